//! Replays inputs saved by the `extract` fuzz target (see FUZZING.md).
//!
//! The invariants come from `fuzz/src/extract.rs` (and `numbers.rs`, which
//! it uses for quantities), included here, so a replay judges an input
//! exactly as the fuzzer did. Every file under `fuzz/regressions/extract/`
//! is replayed, except the open crashes listed in [`OPEN_CRASHES`]: each of
//! those has its own ignored test naming the bug.

use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "../../../fuzz/src/numbers.rs"]
mod numbers;

#[path = "../../../fuzz/src/extract.rs"]
mod extract;

use factdesk_extract::Language;

/// Saved crash inputs whose bug is not fixed yet (file names in
/// `fuzz/regressions/extract/`); each has an `#[ignore]`d test below.
const OPEN_CRASHES: &[&str] = &[];

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/extract")
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
            && let Err(broken) = extract::check_text(&text)
        {
            panic!("{name}: {broken}");
        }
    }
}

#[test]
fn the_sample_article_keeps_the_invariants_and_yields_claims() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/seed/kerry-london-coalition.id.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let extraction = factdesk_extract::extract(&text, None);
    assert!(!extraction.claims.is_empty());
    assert_eq!(extract::check_extraction(&text, &extraction), Ok(()));
    assert_eq!(extract::check_text(&text), Ok(()));
}

#[test]
fn the_checks_reject_each_broken_invariant() {
    let text = "Menteri Luar Negeri John Kerry mengatakan 2.000 serangan udara telah dilakukan. \
                \"Kami menang,\" katanya.";
    let good = factdesk_extract::extract(text, Some(Language::Id));
    assert!(!good.claims.is_empty());
    assert_eq!(extract::check_extraction(text, &good), Ok(()));

    let mut shifted = good.clone();
    shifted.claims[0].start += 1;
    assert!(extract::check_extraction(text, &shifted).is_err());

    let mut past_end = good.clone();
    past_end.claims[0].end = text.len() + 1;
    assert!(extract::check_extraction(text, &past_end).is_err());

    let mut duplicated = good.clone();
    let first = duplicated.claims[0].clone();
    duplicated.claims.push(first);
    assert!(extract::check_extraction(text, &duplicated).is_err());

    let mut bad_score = good.clone();
    bad_score.claims[0].score = f64::NAN;
    assert!(extract::check_extraction(text, &bad_score).is_err());

    let mut bad_anchor = good.clone();
    bad_anchor.claims[0].anchor.exact.push('x');
    assert!(extract::check_extraction(text, &bad_anchor).is_err());

    if let Some(speaker) = good.claims.iter().position(|c| c.speaker.is_some()) {
        let mut bad_speaker = good.clone();
        if let Some(s) = bad_speaker.claims[speaker].speaker.as_mut() {
            s.end = text.len() + 5;
        }
        assert!(extract::check_extraction(text, &bad_speaker).is_err());
    }
    if let Some(numeric) = good.claims.iter().position(|c| !c.quantities.is_empty()) {
        let mut bad_quantity = good.clone();
        bad_quantity.claims[numeric].quantities[0].start = 0;
        assert!(extract::check_extraction(text, &bad_quantity).is_err());
    }
}
