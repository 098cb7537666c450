//! `factdesk quantities` run as a real process: single phrases on stdin, a
//! file argument, the `--lang` override, and JSON lines shaped exactly like
//! the quantities in a review file.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::{bin, factdesk, factdesk_with_stdin, root, stderr, stdout};
use serde_json::Value;
use tempfile::TempDir;

/// The fields of a quantity, as documented for the review file.
const QUANTITY_FIELDS: [&str; 9] = [
    "text", "start", "end", "value", "low", "high", "unit", "category", "approx",
];

fn code(output: &Output) -> i32 {
    output.status.code().expect("factdesk exited with a code")
}

/// Runs `factdesk quantities ARGS` on `input` and parses the JSON lines.
fn quantities(args: &[&str], dir: &Path, input: Option<&str>) -> Vec<Value> {
    let mut all = vec!["quantities"];
    all.extend_from_slice(args);
    let output = factdesk_with_stdin(&all, dir, input);
    assert_eq!(
        code(&output),
        0,
        "factdesk {all:?} failed: {}",
        stderr(&output)
    );
    parse_lines(&stdout(&output))
}

fn parse_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line {line:?}: {e}"))
        })
        .collect()
}

/// The single quantity found in `phrase`, which must span the whole phrase.
fn only_quantity(phrase: &str, args: &[&str]) -> Value {
    let dir = TempDir::new().expect("temp dir");
    let mut all = vec!["-"];
    all.extend_from_slice(args);
    let found = quantities(&all, dir.path(), Some(phrase));
    let [quantity] = found.as_slice() else {
        panic!("expected one quantity in {phrase:?}, got {found:?}");
    };
    assert_eq!(quantity["text"], phrase, "the span covers the phrase");
    assert_eq!(quantity["start"], 0);
    assert_eq!(quantity["end"], phrase.len());
    quantity.clone()
}

fn number(value: &Value) -> f64 {
    value
        .as_f64()
        .unwrap_or_else(|| panic!("{value} is not a number"))
}

fn assert_close(actual: &Value, expected: f64) {
    let actual = number(actual);
    assert!(
        (actual - expected).abs() <= expected.abs() * 1e-9,
        "{actual} != {expected}"
    );
}

#[test]
fn indonesian_number_words_on_stdin() {
    let q = only_quantity("dua ratus ribu", &[]);
    assert_close(&q["value"], 200_000.0);
    assert_close(&q["low"], 200_000.0);
    assert_close(&q["high"], 200_000.0);
    assert_eq!(q["approx"], Value::Null);
}

#[test]
fn rupiah_short_scale_m_is_miliar() {
    let q = only_quantity("Rp 4,5 M", &[]);
    assert_close(&q["value"], 4.5e9);
    assert_eq!(q["unit"], "IDR");
    assert_eq!(q["category"], "money");
}

#[test]
fn a_hedge_is_kept_as_approx() {
    let q = only_quantity("hampir 2.000", &[]);
    assert_close(&q["value"], 2000.0);
    assert_eq!(q["approx"], "nearly");
}

#[test]
fn pounds_with_bn_suffix() {
    let q = only_quantity("£1.4bn", &[]);
    assert_close(&q["value"], 1.4e9);
    assert_eq!(q["unit"], "GBP");
    assert_eq!(q["category"], "money");
}

#[test]
fn an_english_range_has_low_and_high() {
    let q = only_quantity("between 10 and 15", &["--lang", "en"]);
    assert_close(&q["low"], 10.0);
    assert_close(&q["high"], 15.0);
    assert_eq!(q["value"], Value::Null, "a range has no single value");
}

#[test]
fn lang_override_changes_how_separators_read() {
    // "2.500" is two thousand five hundred in Indonesian, two and a half in English.
    let id = only_quantity("2.500", &["--lang", "id"]);
    let en = only_quantity("2.500", &["--lang", "en"]);
    assert_close(&id["value"], 2500.0);
    assert_close(&en["value"], 2.5);
}

#[test]
fn a_file_argument_reads_the_same_as_stdin_with_offsets_into_the_file() {
    let dir = TempDir::new().expect("temp dir");
    let text = "Pemerintah menyiapkan Rp 2 T untuk 21 provinsi.\n\
                Sekitar 1.250.000 warga terdampak, naik 2,5 persen.\n";
    fs::write(dir.path().join("berita.txt"), text).expect("write article");
    let from_file = quantities(&["berita.txt"], dir.path(), None);
    let from_stdin = quantities(&["-"], dir.path(), Some(text));
    assert!(
        from_file.len() >= 3,
        "money, count and percent: {from_file:?}"
    );
    assert_eq!(from_file, from_stdin);
    for q in &from_file {
        let start = usize::try_from(q["start"].as_u64().expect("start")).expect("offset");
        let end = usize::try_from(q["end"].as_u64().expect("end")).expect("offset");
        assert_eq!(text.get(start..end), q["text"].as_str(), "span of {q}");
    }
    let money = from_file
        .iter()
        .find(|q| q["unit"] == "IDR")
        .expect("the rupiah amount");
    assert_close(&money["value"], 2e12);
    let percent = from_file
        .iter()
        .find(|q| q["category"] == "percent")
        .expect("the percentage");
    assert_close(&percent["value"], 2.5);
    assert_eq!(percent["unit"], "%");
}

#[test]
fn default_input_is_stdin() {
    let dir = TempDir::new().expect("temp dir");
    let found = quantities(&[], dir.path(), Some("seribu"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_close(&found[0]["value"], 1000.0);
}

#[test]
fn lines_have_exactly_the_review_file_fields_and_agree_with_it() {
    let dir = TempDir::new().expect("temp dir");
    let article = root().join("claims/kerry-london-coalition.txt");
    let found = quantities(&[article.to_str().expect("UTF-8 path")], dir.path(), None);
    let expected: BTreeSet<&str> = QUANTITY_FIELDS.into_iter().collect();
    for q in &found {
        let keys: BTreeSet<&str> = q
            .as_object()
            .expect("each line is an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, expected, "fields of {q}");
    }
    // Every quantity in the committed review file is printed, identically.
    let review: Value = serde_json::from_str(
        &fs::read_to_string(root().join("claims/kerry-london-coalition.json"))
            .expect("read committed review"),
    )
    .expect("review JSON");
    let mut in_review = 0;
    for claim in review["claims"].as_array().expect("claims") {
        for q in claim["quantities"].as_array().expect("quantities") {
            in_review += 1;
            assert!(
                found.contains(q),
                "quantity {q} of claim {} is missing from `factdesk quantities`",
                claim["id"]
            );
        }
    }
    assert!(in_review > 0, "the sample article has quantities");
}

#[test]
fn empty_stdin_prints_nothing_and_succeeds() {
    let dir = TempDir::new().expect("temp dir");
    assert!(quantities(&["-"], dir.path(), Some("")).is_empty());
}

#[test]
fn invalid_utf8_on_stdin_or_in_a_file_exits_4_with_the_offset() {
    let dir = TempDir::new().expect("temp dir");
    fs::write(dir.path().join("latin.txt"), b"harga 5 persen \xe9 naik").expect("write file");
    let output = factdesk(&["quantities", "latin.txt"], dir.path());
    assert_eq!(code(&output), 4, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("byte offset 15"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).is_empty());

    let mut child = Command::new(bin())
        .args(["quantities", "-"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn factdesk");
    child
        .stdin
        .take()
        .expect("stdin pipe")
        .write_all(b"naik 7 persen\xff")
        .expect("write stdin");
    let piped = child.wait_with_output().expect("wait for factdesk");
    assert_eq!(code(&piped), 4, "{}", stderr(&piped));
    assert!(stderr(&piped).contains("offset 13"), "{}", stderr(&piped));

    let missing = factdesk(&["quantities", "missing.txt"], dir.path());
    assert_eq!(code(&missing), 3, "{}", stderr(&missing));
    assert!(stderr(&missing).contains("missing.txt"));
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let dir = TempDir::new().expect("temp dir");
    let output = factdesk_with_stdin(&["quantities", "-", "--lang", "fr"], dir.path(), None);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
}

/// The quantity spelled `span` among `found`.
fn spelled<'a>(found: &'a [Value], span: &str) -> &'a Value {
    found
        .iter()
        .find(|q| q["text"] == span)
        .unwrap_or_else(|| panic!("no quantity {span:?} in {found:?}"))
}

#[test]
fn relative_dates_take_their_value_from_the_published_day() {
    let dir = TempDir::new().expect("temp dir");
    let text = "Harga beras naik 5 persen dibanding tahun lalu, kata BPS kemarin.";
    let args = ["-", "--lang", "id", "--published", "2025-10-21"];
    let dated = quantities(&args, dir.path(), Some(text));
    assert_eq!(spelled(&dated, "tahun lalu")["value"], 2024.0);
    assert_eq!(spelled(&dated, "tahun lalu")["category"], "year");
    assert_eq!(spelled(&dated, "kemarin")["value"], 20251020.0);

    // Without a day they are still found, with no value.
    let undated = quantities(&["-", "--lang", "id"], dir.path(), Some(text));
    assert!(spelled(&undated, "tahun lalu")["value"].is_null());
    assert!(spelled(&undated, "kemarin")["low"].is_null());

    // A day the text dates with its weekday stands in for the published day.
    let text = "Rapat digelar Selasa (21/10/2025). Pekan lalu harga stabil.";
    let found = quantities(&["-", "--lang", "id"], dir.path(), Some(text));
    assert_eq!(spelled(&found, "Pekan lalu")["low"], 20251013.0);
    assert_eq!(spelled(&found, "Pekan lalu")["high"], 20251019.0);
}

#[test]
fn a_published_day_not_written_as_a_day_is_a_usage_error() {
    let dir = TempDir::new().expect("temp dir");
    for bad in [
        "21/10/2025",
        "2025-02-30",
        "yesterday",
        "12025-01-01",
        "-0005-01-01",
    ] {
        // Refused before any input is read ("--published=…" so that a
        // leading minus is read as the value's).
        let flag = format!("--published={bad}");
        let output = factdesk_with_stdin(&["quantities", "-", &flag], dir.path(), None);
        assert_eq!(code(&output), 2, "{bad}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("YYYY-MM-DD"),
            "{bad}: {}",
            stderr(&output)
        );
    }
}
