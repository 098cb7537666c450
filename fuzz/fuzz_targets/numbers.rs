//! Fuzzes `factdesk_numbers::find_quantities` in Indonesian and English and
//! checks spans, order, overlap and bounds of every quantity.
//!
//! Inputs that are not valid UTF-8 are skipped (see `extract.rs` for why).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(broken) = factdesk_fuzz::numbers::check_text(text) {
        panic!("invariant broken: {broken}");
    }
});
