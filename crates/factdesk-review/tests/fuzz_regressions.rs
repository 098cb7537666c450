//! Replays inputs saved by the `review` fuzz target (see FUZZING.md).
//!
//! The invariants come from `fuzz/src/review.rs`, included here, so a replay
//! judges an input exactly as the fuzzer did. Every file under
//! `fuzz/regressions/review/` is replayed, except the open crashes listed
//! in [`OPEN_CRASHES`]: each of those has its own ignored test naming the
//! bug.

use std::path::{Path, PathBuf};

#[path = "../../../fuzz/src/review.rs"]
mod review;

/// The article of the sample review file, as the fuzz target uses it.
const SAMPLE_ARTICLE: &str = include_str!("../../../claims/kerry-london-coalition.txt");

/// Saved crash inputs whose bug is not fixed yet (file names in
/// `fuzz/regressions/review/`); each has an `#[ignore]`d test below.
const OPEN_CRASHES: &[&str] = &[];

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/review")
}

fn saved_bytes(name: &str) -> Vec<u8> {
    let path = regressions_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
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
        if let Err(broken) = review::check_bytes(&saved_bytes(&name), &[SAMPLE_ARTICLE]) {
            panic!("{name}: {broken}");
        }
    }
}

#[test]
fn the_sample_review_file_loads_and_reloads_equal() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../claims/kerry-london-coalition.json");
    let bytes =
        std::fs::read(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let file = factdesk_review::store::parse(&path, &bytes);
    assert!(file.is_ok(), "{file:?}");
    assert_eq!(review::check_bytes(&bytes, &[SAMPLE_ARTICLE]), Ok(()));
}

#[test]
fn refused_input_is_not_an_invariant_failure() {
    for bytes in [
        &b"{"[..],
        b"[1, 2]",
        b"\xff\xfe",
        b"{\"schema_version\": 9}",
    ] {
        assert_eq!(review::check_bytes(bytes, &[SAMPLE_ARTICLE]), Ok(()));
    }
}
