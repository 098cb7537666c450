//! Replays inputs saved by the `numbers` fuzz target (see FUZZING.md).
//!
//! The invariants come from `fuzz/src/numbers.rs`, included here, so a
//! replay judges an input exactly as the fuzzer did. Every file under
//! `fuzz/regressions/numbers/` is replayed, except the open crashes listed in
//! [`OPEN_CRASHES`]: each of those has its own ignored test naming the bug.

use std::path::{Path, PathBuf};

#[path = "../../../fuzz/src/numbers.rs"]
mod numbers;

use factdesk_numbers::{Category, Language, Quantity};

/// Saved crash inputs whose bug is not fixed yet (file names in
/// `fuzz/regressions/numbers/`); each has an `#[ignore]`d test below.
const OPEN_CRASHES: &[&str] = &[];

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/numbers")
}

/// Reads a saved input; the fuzz target skips non-UTF-8 inputs, so do we.
fn saved_text(name: &str) -> Option<String> {
    let path = regressions_dir().join(name);
    let bytes =
        std::fs::read(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    String::from_utf8(bytes).ok()
}

#[test]
fn every_fixed_regression_input_keeps_the_invariants() {
    let Ok(entries) = std::fs::read_dir(regressions_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if OPEN_CRASHES.contains(&name.as_str()) || name.ends_with(".md") {
            continue;
        }
        if let Some(text) = saved_text(&name)
            && let Err(broken) = numbers::check_text(&text)
        {
            panic!("{name}: {broken}");
        }
    }
}

#[test]
fn repository_articles_keep_the_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/corpus");
    let mut checked = 0;
    for lang in ["id", "en"] {
        let Ok(entries) = std::fs::read_dir(root.join(lang)) else {
            continue;
        };
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if let Err(broken) = numbers::check_text(&text) {
                panic!("{}: {broken}", entry.path().display());
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "no articles found under {}", root.display());
}

/// A quantity as the parser would return it for `text[start..end]`.
fn point(text: &str, start: usize, end: usize, value: f64) -> Quantity {
    Quantity {
        text: text[start..end].to_string(),
        start,
        end,
        value: Some(value),
        low: Some(value),
        high: Some(value),
        unit: None,
        category: Category::Number,
        approx: None,
    }
}

#[test]
fn the_checks_reject_each_broken_invariant() {
    let text = "ada 12 dan 30 orang, 5 € lagi";
    let found = factdesk_numbers::find_quantities(text, Language::Id);
    assert!(numbers::check_quantities(text, &found).is_ok());

    let good = point(text, 4, 6, 12.0);
    assert!(numbers::check_quantity(text, &good).is_ok());
    let mut wrong_text = good.clone();
    wrong_text.text = "13".into();
    assert!(numbers::check_quantity(text, &wrong_text).is_err());
    let mut outside = good.clone();
    outside.end = text.len() + 1;
    assert!(numbers::check_quantity(text, &outside).is_err());
    let euro = text.find('€').unwrap_or(0);
    let mut inside_char = good.clone();
    inside_char.start = euro + 1;
    inside_char.end = euro + 2;
    assert!(numbers::check_quantity(text, &inside_char).is_err());
    let mut inverted = good.clone();
    inverted.low = Some(20.0);
    assert!(numbers::check_quantity(text, &inverted).is_err());
    let mut infinite = good.clone();
    infinite.value = Some(f64::INFINITY);
    assert!(numbers::check_quantity(text, &infinite).is_err());

    let second = point(text, 11, 13, 30.0);
    assert!(numbers::check_quantities(text, &[good.clone(), second.clone()]).is_ok());
    assert!(numbers::check_quantities(text, &[second, good.clone()]).is_err());
    let overlapping = point(text, 5, 6, 2.0);
    assert!(numbers::check_quantities(text, &[good, overlapping]).is_err());
}
