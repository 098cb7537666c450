//! Stable claim identity: ids from normalized text, and text-quote anchors.

use sha2::{Digest, Sha256};

use crate::Anchor;
use crate::sentences::floor_boundary;
use crate::words::alnum_run;

/// How many characters of context an anchor keeps on each side.
pub const ANCHOR_CONTEXT_CHARS: usize = 32;

/// Normalizes claim text for identity: lowercase, punctuation dropped,
/// whitespace collapsed, so re-wrapping a line or fixing a quote mark keeps
/// the id. The reference for [`IdNormalizer`], which streams the same bytes
/// into the hash without building the string.
#[cfg(test)]
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

/// [`ASCII_ID`] entry of a byte that is dropped from the normalized text.
const DROP: u8 = 0;
/// [`ASCII_ID`] entry of a whitespace byte (`char::is_whitespace`: tab,
/// line feed, vertical tab, form feed, carriage return, space).
const SPACE: u8 = 1;

/// What each ASCII byte becomes in the normalized text: [`DROP`],
/// [`SPACE`], or (letters and digits) its lower-case self.
static ASCII_ID: [u8; 128] = {
    let mut table = [DROP; 128];
    let mut b = 0u8;
    while b < 128 {
        if b.is_ascii_alphanumeric() {
            table[b as usize] = b.to_ascii_lowercase();
        } else if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            table[b as usize] = SPACE;
        }
        b += 1;
    }
    table
};

/// Feeds the normalized form of a text (see `normalize_for_id`) to
/// SHA-256 through a small stack buffer, so computing an id allocates
/// nothing.
struct IdNormalizer {
    hasher: Sha256,
    buf: [u8; 256],
    len: usize,
    /// Something has been written (a space is only written between words).
    started: bool,
    pending_space: bool,
}

impl IdNormalizer {
    fn new() -> Self {
        IdNormalizer {
            hasher: Sha256::new(),
            buf: [0; 256],
            len: 0,
            started: false,
            pending_space: false,
        }
    }

    fn byte(&mut self, byte: u8) {
        if self.len == self.buf.len() {
            self.hasher.update(self.buf);
            self.len = 0;
        }
        self.buf[self.len] = byte;
        self.len += 1;
    }

    /// Writes ASCII `bytes` lower-cased.
    fn ascii_lowered(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            if self.len == self.buf.len() {
                self.hasher.update(self.buf);
                self.len = 0;
            }
            let n = bytes.len().min(self.buf.len() - self.len);
            let (now, rest) = bytes.split_at(n);
            for (out, &byte) in self.buf[self.len..self.len + n].iter_mut().zip(now) {
                *out = byte.to_ascii_lowercase();
            }
            self.len += n;
            bytes = rest;
        }
    }

    /// Starts a word character: writes the space owed since the last one.
    // Runs once per character hashed; left to the compiler, it was not
    // always inlined (0.7 M instructions per pass when it was not).
    #[inline]
    fn word_char(&mut self) {
        if self.pending_space && self.started {
            self.byte(b' ');
        }
        self.pending_space = false;
        self.started = true;
    }

    fn text(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&byte) = bytes.get(i) {
            if byte.is_ascii() {
                match ASCII_ID[usize::from(byte)] {
                    DROP => i += 1,
                    SPACE => {
                        self.pending_space = true;
                        i += 1;
                    }
                    _ => {
                        // A run of ASCII letters and digits: found eight
                        // bytes at a time and copied lower-cased in one go,
                        // not classified and written byte by byte.
                        let (end, _) = alnum_run(bytes, i);
                        self.word_char();
                        self.ascii_lowered(&bytes[i..end]);
                        i = end;
                    }
                }
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            if c.is_alphanumeric() {
                self.word_char();
                for lower in c.to_lowercase() {
                    let mut utf8 = [0u8; 4];
                    for &b in lower.encode_utf8(&mut utf8).as_bytes() {
                        self.byte(b);
                    }
                }
            } else if c.is_whitespace() {
                self.pending_space = true;
            }
        }
    }

    fn finish(mut self) -> [u8; ID_BYTES] {
        self.hasher.update(&self.buf[..self.len]);
        let digest = self.hasher.finalize();
        let mut out = [0u8; ID_BYTES];
        for (slot, byte) in out.iter_mut().zip(digest.iter()) {
            *slot = *byte;
        }
        out
    }
}

/// How many bytes of the digest an id shows (as hex digits).
const ID_BYTES: usize = 6;

/// The digest bytes an id is made of; equal digests mean equal
/// first-occurrence ids, so occurrences can be counted by digest.
pub(crate) fn id_digest(text: &str) -> [u8; ID_BYTES] {
    let mut normalizer = IdNormalizer::new();
    normalizer.text(text);
    normalizer.finish()
}

/// A stable, short claim id: `c-` plus 12 hex digits of the sha256 of the
/// normalized text, with `-N` appended for the N-th occurrence (N ≥ 2) of
/// the same text in one article.
///
/// Because it depends only on the sentence's own text, editing other parts
/// of the article leaves the id unchanged.
pub fn claim_id(text: &str, occurrence: usize) -> String {
    format_id(&id_digest(text), occurrence)
}

/// Formats digest bytes as an id, with the occurrence suffix.
pub(crate) fn format_id(digest: &[u8; ID_BYTES], occurrence: usize) -> String {
    let mut id = String::with_capacity(20);
    id.push_str("c-");
    for byte in digest {
        id.push(hex_digit(byte >> 4));
        id.push(hex_digit(byte & 0x0f));
    }
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
    fn ascii_table_matches_char_predicates() {
        for b in 0u8..128 {
            let c = char::from(b);
            let want = if c.is_ascii_alphanumeric() {
                b.to_ascii_lowercase()
            } else if c.is_whitespace() {
                SPACE
            } else {
                DROP
            };
            assert_eq!(ASCII_ID[usize::from(b)], want, "{b:#x}");
        }
    }

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
    fn streamed_normalization_hashes_like_the_reference() {
        let long = "Kata  “Ä” ǅemal İstanbul\u{b}\u{a0}ß ".repeat(40);
        for text in [
            "",
            "   ",
            "Kerry said “50 percent” of them.",
            "  ÉCOLE\tdu\r\nMONDE — Ⅻ ٣ ﬁ ",
            long.as_str(),
        ] {
            let reference = Sha256::digest(normalize_for_id(text).as_bytes());
            assert_eq!(id_digest(text)[..], reference[..ID_BYTES], "{text:?}");
        }
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
