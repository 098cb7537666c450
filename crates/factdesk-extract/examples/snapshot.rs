//! Writes every output of `extract` and `find_quantities` on a fixed set of
//! inputs as JSON lines, so an optimisation can be checked to change nothing
//! (`diff` two snapshots).
//!
//! `cargo run --release -p factdesk-extract --example snapshot -- OUT_FILE ARTICLE_OR_DIR... [--sentences FILE] [--numerals DIR] [--noise N]`
//!
//! Every article is extracted with the language detected, as Indonesian and
//! as English, and its quantities found in both languages. `--sentences`
//! reads one article per line; `--numerals` reads the first column of every
//! `.tsv` file; `--noise N` adds N deterministic mutations of the articles
//! (spliced slices with quote marks, digits, newlines and cue words
//! inserted), which reach code paths clean news text does not.

use std::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};

use factdesk_extract::{Language, extract};
use factdesk_numbers::find_quantities;

/// A small deterministic generator (xorshift64*), so snapshots repeat.
struct Rng(u64);

impl Rng {
    /// The next 64 random bits.
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `i` clamped to the text and moved down to a char boundary.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Pieces the noise generator inserts: quote marks, terminators, numbers,
/// cue words, abbreviations and page furniture.
const INSERTS: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "\n",
    "\n\n",
    ". ",
    "? ",
    "! ",
    "Rp ",
    "2.000",
    "3,5",
    " persen",
    " kata dia",
    " katanya",
    " said",
    " he said",
    "Menurut ",
    "According to ",
    " juta",
    " million",
    "é",
    "\u{a0}",
    "  ",
    "(",
    ")",
    " - ",
    "—",
    "Dr. ",
    "Jl. ",
    "U.S. ",
    " 12/3/2024 ",
    "½",
    "$5m",
    "...",
    "…",
    "SCROLL TO CONTINUE\n",
    "Baca juga: ",
    "\t",
    "ujar ",
    " ungkapnya.",
];

/// One noisy text: up to four slices of the corpus joined, then up to 30
/// deletions, upper-casings and insertions of [`INSERTS`].
fn noise(corpus: &str, rng: &mut Rng) -> String {
    let mut out = String::new();
    for _ in 0..1 + rng.below(4) {
        let start = floor(corpus, rng.below(corpus.len()));
        let end = floor(corpus, start + rng.below(3000));
        out.push_str(&corpus[start..end]);
    }
    for _ in 0..rng.below(30) {
        let at = floor(&out, rng.below(out.len() + 1));
        match rng.below(5) {
            0 => {
                let end = floor(&out, at + rng.below(40));
                out.replace_range(at..end, "");
            }
            1 => {
                let end = floor(&out, at + rng.below(20));
                let upper = out[at..end].to_uppercase();
                out.replace_range(at..end, &upper);
            }
            _ => out.insert_str(at, INSERTS[rng.below(INSERTS.len())]),
        }
    }
    out
}

/// Reads a whole file, naming it in the error.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The entries of a folder, sorted so snapshots list inputs in one order.
fn list(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut found: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    found.sort();
    Ok(found)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let out_path = args.next().ok_or(
        "usage: snapshot OUT_FILE ARTICLE_OR_DIR... [--sentences FILE] [--numerals DIR] [--noise N]",
    )?;
    let mut inputs: Vec<(String, String)> = Vec::new();
    let mut numerals: Vec<(String, String)> = Vec::new();
    let mut noise_count = 0usize;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--sentences" => {
                let path = PathBuf::from(args.next().ok_or("--sentences needs a file")?);
                for (n, line) in read(&path)?.lines().enumerate() {
                    inputs.push((format!("{}:{}", path.display(), n + 1), line.to_string()));
                }
            }
            "--numerals" => {
                let dir = PathBuf::from(args.next().ok_or("--numerals needs a folder")?);
                for file in list(&dir)?
                    .into_iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
                {
                    for (n, line) in read(&file)?.lines().enumerate().skip(1) {
                        let text = line.split('\t').next().unwrap_or("");
                        numerals.push((format!("{}:{}", file.display(), n + 1), text.to_string()));
                    }
                }
            }
            "--noise" => {
                let count = args.next().ok_or("--noise needs a count")?;
                noise_count = count.parse().map_err(|e| format!("--noise {count}: {e}"))?;
            }
            _ => {
                let path = PathBuf::from(&arg);
                let files = if path.is_dir() {
                    list(&path)?
                } else {
                    vec![path]
                };
                for file in files
                    .into_iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                {
                    let text = read(&file)?;
                    inputs.push((file.display().to_string(), text));
                }
            }
        }
    }
    let corpus: String = inputs
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for n in 0..noise_count {
        inputs.push((format!("noise:{n}"), noise(&corpus, &mut rng)));
    }
    let file =
        std::fs::File::create(&out_path).map_err(|e| format!("cannot create {out_path}: {e}"))?;
    let mut out = std::io::BufWriter::new(file);
    let langs = [
        ("auto", None),
        ("id", Some(Language::Id)),
        ("en", Some(Language::En)),
    ];
    for (name, text) in &inputs {
        for (label, lang) in langs {
            let extraction = extract(text, lang);
            let json = serde_json::to_string(&extraction)?;
            writeln!(out, "extract {label} {name} {json}")?;
        }
        for lang in [Language::Id, Language::En] {
            let json = serde_json::to_string(&find_quantities(text, lang))?;
            writeln!(out, "quantities {} {name} {json}", lang.code())?;
        }
    }
    for (name, text) in &numerals {
        for lang in [Language::Id, Language::En] {
            let json = serde_json::to_string(&find_quantities(text, lang))?;
            writeln!(out, "quantities {} {name} {json}", lang.code())?;
        }
    }
    out.flush()?;
    Ok(())
}
