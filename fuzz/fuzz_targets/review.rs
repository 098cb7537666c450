//! Fuzzes the review-file loader `factdesk_review::store::parse` with raw
//! bytes (invalid UTF-8 included: the loader must refuse it cleanly); a file
//! that loads must reload equal after `to_json`, and
//! `validate_against_article` must not panic and must keep its promise.

#![no_main]

use libfuzzer_sys::fuzz_target;

/// The article the sample review file belongs to, so offsets in mutated
/// copies of that file are checked against real text.
const SAMPLE_ARTICLE: &str = include_str!("../../claims/kerry-london-coalition.txt");

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = factdesk_fuzz::review::check_bytes(data, &[SAMPLE_ARTICLE]) {
        panic!("invariant broken: {broken}");
    }
});
