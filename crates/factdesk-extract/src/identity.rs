//! Stable claim identity: ids from normalized text, and text-quote anchors.

use sha2::{Digest, Sha256};

use crate::Anchor;
use crate::sentences::floor_boundary;

/// How many characters of context an anchor keeps on each side.
pub const ANCHOR_CONTEXT_CHARS: usize = 32;

/// Normalizes claim text for identity: lowercase, punctuation dropped,
/// whitespace collapsed, so re-wrapping a line or fixing a quote mark keeps
/// the id.
pub(crate) fn normalize_for_id(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() {
            pending_space = true;
        }
    }
    out
}

/// A stable, short claim id: `c-` plus 12 hex digits of the sha256 of the
/// normalized text, with `-N` appended for the N-th occurrence (N ≥ 2) of
/// the same text in one article.
///
/// Because it depends only on the sentence's own text, editing other parts
/// of the article leaves the id unchanged.
pub fn claim_id(text: &str, occurrence: usize) -> String {
    let digest = Sha256::digest(normalize_for_id(text).as_bytes());
    let mut id = String::with_capacity(20);
    id.push_str("c-");
    for byte in digest.iter().take(6) {
        id.push(hex_digit(byte >> 4));
        id.push(hex_digit(byte & 0x0f));
    }
    with_occurrence(id, occurrence)
}

/// Appends the occurrence suffix to a first-occurrence id.
pub(crate) fn with_occurrence(mut id: String, occurrence: usize) -> String {
    if occurrence > 1 {
        id.push('-');
        id.push_str(&occurrence.to_string());
    }
    id
}

fn hex_digit(nibble: u8) -> char {
    char::from_digit(u32::from(nibble), 16).unwrap_or('0')
}

/// A W3C TextQuoteSelector for `article[start..end]` with up to 32
/// characters of context on each side.
///
/// Offsets out of range or inside a character are clamped down to the
/// nearest char boundary instead of panicking.
pub fn anchor_for(article: &str, start: usize, end: usize) -> Anchor {
    let end = floor_boundary(article, end);
    let start = floor_boundary(article, start.min(end));
    let before = &article[..start];
    let prefix_start = before
        .char_indices()
        .rev()
        .nth(ANCHOR_CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let after = &article[end..];
    let suffix_end = after
        .char_indices()
        .nth(ANCHOR_CONTEXT_CHARS)
        .map_or(after.len(), |(i, _)| i);
    Anchor {
        exact: article[start..end].to_string(),
        prefix: before[prefix_start..].to_string(),
        suffix: after[..suffix_end].to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_ignore_case_and_spacing_but_not_words() {
        assert_eq!(
            claim_id("Ada  21 negara.", 1),
            claim_id("ada 21\nnegara.", 1)
        );
        assert_ne!(claim_id("Ada 21 negara.", 1), claim_id("Ada 22 negara.", 1));
        assert_eq!(claim_id("x", 2), format!("{}-2", claim_id("x", 1)));
        assert_eq!(claim_id("x", 1).len(), 14);
    }

    #[test]
    fn id_ignores_case_spacing_and_punctuation() {
        let a = claim_id("Kerry said “50 percent” of them.", 1);
        let b = claim_id("kerry  said \"50 percent\" of them", 1);
        assert_eq!(a, b);
        assert!(a.starts_with("c-") && a.len() == 14, "{a}");
        assert_ne!(a, claim_id("Kerry said 60 percent of them.", 1));
    }

    #[test]
    fn later_occurrences_get_a_suffix() {
        let first = claim_id("Harga naik.", 1);
        let second = claim_id("Harga naik.", 2);
        assert_eq!(second, format!("{first}-2"));
    }

    #[test]
    fn anchor_keeps_32_chars_of_context() {
        let article = format!("{}CLAIM{}", "é".repeat(40), "ü".repeat(40));
        let start = 80;
        let anchor = anchor_for(&article, start, start + 5);
        assert_eq!(anchor.exact, "CLAIM");
        assert_eq!(anchor.prefix.chars().count(), 32);
        assert_eq!(anchor.suffix.chars().count(), 32);
    }

    #[test]
    fn anchor_clamps_bad_offsets() {
        let article = "aé b";
        let anchor = anchor_for(article, 2, 99);
        assert_eq!(anchor.exact, "é b");
        assert_eq!(anchor.prefix, "a");
        assert_eq!(anchor.suffix, "");
    }
}
