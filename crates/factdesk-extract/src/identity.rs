//! Stable claim identity: ids from normalized text, text-quote anchors.

use sha2::{Digest, Sha256};

use crate::Anchor;

/// How many characters of context an anchor keeps on each side.
pub const ANCHOR_CONTEXT_CHARS: usize = 32;

/// A claim id derived from its text, so re-extracting an edited article keeps
/// the ids of unchanged sentences. The text is normalized (lowercased, white
/// space collapsed) before hashing; `occurrence` (1 for the first) keeps
/// repeated sentences apart.
pub fn claim_id(text: &str, occurrence: usize) -> String {
    let mut hasher = Sha256::new();
    let mut first = true;
    for word in text.split_whitespace() {
        if !first {
            hasher.update(b" ");
        }
        first = false;
        hasher.update(word.to_lowercase().as_bytes());
    }
    let digest = hasher.finalize();
    let mut id = String::with_capacity(20);
    id.push_str("c-");
    for byte in digest.iter().take(6) {
        id.push_str(&format!("{byte:02x}"));
    }
    if occurrence > 1 {
        id.push_str(&format!("-{occurrence}"));
    }
    id
}

/// The W3C TextQuoteSelector for `article[start..end]`: the exact text plus
/// up to [`ANCHOR_CONTEXT_CHARS`] characters either side. Offsets that are
/// out of range or off a char boundary are clamped to the nearest valid one.
pub fn anchor_for(article: &str, start: usize, end: usize) -> Anchor {
    let start = floor_boundary(article, start);
    let end = floor_boundary(article, end.max(start));
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

fn floor_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
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
    fn anchors_keep_context_on_char_boundaries() {
        let article = "é".repeat(40) + "KLAIM" + &"ü".repeat(40);
        let start = 80;
        let a = anchor_for(&article, start, start + 5);
        assert_eq!(a.exact, "KLAIM");
        assert_eq!(a.prefix.chars().count(), ANCHOR_CONTEXT_CHARS);
        assert_eq!(a.suffix.chars().count(), ANCHOR_CONTEXT_CHARS);
        let clamped = anchor_for(&article, 1, 10_000);
        assert!(clamped.exact.starts_with('é'));
        assert_eq!(clamped.prefix, "");
    }
}
