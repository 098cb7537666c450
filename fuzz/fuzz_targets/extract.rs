//! Fuzzes `factdesk_extract::extract` (language detected, and forced to
//! English) and checks the spans of every claim, quantity and speaker.
//!
//! Inputs that are not valid UTF-8 are skipped: `extract` takes `&str`, and
//! feeding it the exact bytes (rather than a lossy copy) keeps a saved crash
//! reproducible byte for byte.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(broken) = factdesk_fuzz::extract::check_text(text) {
        panic!("invariant broken: {broken}");
    }
});
