//! Invariants of `factdesk_extract::extract`, shared by the `extract` fuzz
//! target and by `crates/factdesk-extract/tests/fuzz_regressions.rs` (which
//! includes this file, and `numbers.rs` beside it, with `#[path]`).

use std::collections::HashSet;

use factdesk_extract::{Extraction, Language, extract};

/// Checks an extraction of `text`: every claim is the exact slice
/// `text[start..end]` on char boundaries, claims come in article order
/// without overlapping, ids are unique (a review file refuses duplicates),
/// scores are finite and in 0..=1, the anchor's `exact` is the claim text,
/// each claim's quantities are valid, sorted and inside the claim, and the
/// speaker span is a valid slice of `text`.
pub fn check_extraction(text: &str, extraction: &Extraction) -> Result<(), String> {
    let mut ids = HashSet::new();
    let mut previous_end = 0usize;
    for claim in &extraction.claims {
        let (start, end) = (claim.start, claim.end);
        let place = format!("claim {} at {start}..{end}", claim.id);
        if start > end || end > text.len() {
            return Err(format!("{place}: outside the text ({} bytes)", text.len()));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(format!("{place}: offset inside a character"));
        }
        if text.get(start..end) != Some(claim.text.as_str()) {
            return Err(format!(
                "{place}: text {:?} is not the source slice",
                claim.text
            ));
        }
        if start < previous_end {
            return Err(format!(
                "{place}: starts before the previous claim ends ({previous_end})"
            ));
        }
        previous_end = end;
        if !ids.insert(claim.id.as_str()) {
            return Err(format!("{place}: duplicate id"));
        }
        if !(claim.score.is_finite() && (0.0..=1.0).contains(&claim.score)) {
            return Err(format!("{place}: score {} outside 0..=1", claim.score));
        }
        if claim.kinds.is_empty() || !claim.kinds.is_sorted() {
            return Err(format!(
                "{place}: kinds {:?} empty or unsorted",
                claim.kinds
            ));
        }
        if claim.anchor.exact != claim.text {
            return Err(format!("{place}: anchor.exact differs from the claim text"));
        }
        super::numbers::check_quantities(text, &claim.quantities)
            .map_err(|err| format!("{place}: {err}"))?;
        if let Some(outside) = claim
            .quantities
            .iter()
            .find(|q| q.start < start || q.end > end)
        {
            return Err(format!(
                "{place}: quantity {:?} at {}..{} lies outside the claim",
                outside.text, outside.start, outside.end
            ));
        }
        if let Some(speaker) = &claim.speaker
            && (speaker.start > speaker.end || text.get(speaker.start..speaker.end).is_none())
        {
            return Err(format!(
                "{place}: speaker {:?} span {}..{} is not a slice of the text",
                speaker.name, speaker.start, speaker.end
            ));
        }
    }
    if let Some(title) = &extraction.title
        && !text.contains(title.as_str())
    {
        return Err(format!("title {title:?} does not occur in the text"));
    }
    Ok(())
}

/// Extracts `text` with language detection and again read as English, and
/// checks both: what the `extract` fuzz target does with each input.
pub fn check_text(text: &str) -> Result<(), String> {
    for lang in [None, Some(Language::En)] {
        let extraction = extract(text, lang);
        let shown = lang.map_or("detected", Language::code);
        check_extraction(text, &extraction).map_err(|err| format!("[{shown}] {err}"))?;
    }
    Ok(())
}
