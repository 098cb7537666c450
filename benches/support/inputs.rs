//! Large benchmark inputs, built deterministically from `benches/corpus/`.
//!
//! Shared by the benchmarks and by `examples/gen_inputs.rs` (which writes
//! them to files for the memory and batch measurements), so every figure in
//! the README comes from the same bytes.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The folder holding the copied Indonesian and English articles.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/corpus")
}

/// Every corpus article, Indonesian first, in file-name order.
pub fn articles() -> Vec<String> {
    let mut out = Vec::new();
    for lang in ["id", "en"] {
        let dir = corpus_dir().join(lang);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            out.push(text);
        }
    }
    out
}

/// A small deterministic generator (xorshift64*), so inputs never depend on
/// a random seed from the system.
pub struct Xorshift(u64);

impl Xorshift {
    /// A generator from a fixed seed.
    pub fn new(seed: u64) -> Xorshift {
        Xorshift(seed.max(1))
    }

    /// The next number below `bound`.
    pub fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % bound as u64) as usize
    }
}

/// Corpus articles in a fixed pseudo-random order, repeated until they add
/// up to at least `min_bytes`: a mixed Indonesian/English corpus.
pub fn article_set(min_bytes: usize) -> Vec<String> {
    let articles = articles();
    let mut rng = Xorshift::new(0x00FA_C7DE_5C00);
    let mut out = Vec::new();
    let mut total = 0;
    while total < min_bytes {
        let article = articles[rng.below(articles.len())].clone();
        total += article.len();
        out.push(article);
    }
    out
}

/// The same corpus as one text, articles separated by blank lines.
pub fn mixed_corpus(min_bytes: usize) -> String {
    article_set(min_bytes).join("\n\n")
}

/// One very long article of at least `min_bytes`, made of corpus paragraphs
/// of one language in a fixed pseudo-random order (a single article is in
/// one language).
pub fn long_article(min_bytes: usize, indonesian: bool) -> String {
    let articles = articles();
    let paragraphs: Vec<&str> = articles
        .iter()
        .filter(|a| {
            factdesk_extract::detect_language(a)
                == if indonesian {
                    factdesk_numbers::Language::Id
                } else {
                    factdesk_numbers::Language::En
                }
        })
        .flat_map(|a| a.split("\n\n").skip(1))
        .flat_map(|p| p.split('\n'))
        .filter(|p| p.trim().len() > 40)
        .collect();
    let mut rng = Xorshift::new(0x0020_0000_0000);
    let mut out = String::with_capacity(min_bytes + 64 * 1024);
    out.push_str("Artikel panjang untuk uji kecepatan\n\n");
    while out.len() < min_bytes {
        out.push_str(paragraphs[rng.below(paragraphs.len())].trim());
        out.push('\n');
    }
    out
}

/// A review file of exactly `claims` claims, from a real extraction of a
/// [`long_article`] of at least `min_article_bytes`, and that article.
///
/// When the article yields fewer claims it is lengthened in proportion
/// (same generator, more paragraphs) and extracted again; claims past the
/// `claims`-th are dropped, so every figure is for the same count. Prints
/// what it extracted on stderr, so the bench output says what was measured.
pub fn review_with_claims(
    claims: usize,
    min_article_bytes: usize,
) -> (factdesk_review::ReviewFile, String) {
    let mut bytes = min_article_bytes.max(16 << 10);
    loop {
        let article = long_article(bytes, true);
        let started = std::time::Instant::now();
        let extraction = factdesk_extract::extract(&article, None);
        let found = extraction.claims.len();
        eprintln!(
            "extracting {:.2} MB gave {found} claims in {:.2?}",
            article.len() as f64 / 1e6,
            started.elapsed()
        );
        if found >= claims {
            let mut file = factdesk_review::build::new_review("article.txt", &article, extraction);
            file.claims.truncate(claims);
            return (file, article);
        }
        let per_claim = article.len() / found.max(1);
        bytes = (per_claim * claims * 21 / 20).max(bytes + (bytes >> 3));
    }
}
