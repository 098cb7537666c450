//! Fast exact lookups of short lower-case ASCII words.
//!
//! The word lists are small and looked up once per token, so the cost that
//! matters is hashing a short key: std's SipHash spends ~300 instructions
//! per lookup, FNV-1a about a tenth of that. The keys are fixed, so the
//! hash needs no protection against adversarial collisions.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Longest word any list holds; longer tokens are never looked up.
pub(crate) const MAX_WORD: usize = 24;

/// FNV-1a over the bytes written.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = self.0;
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map from a lower-case ASCII word to what is known about it.
pub(crate) type WordMap<V> = HashMap<&'static [u8], V, BuildHasherDefault<FnvHasher>>;

/// Lower-cases the ASCII letters of `word` into `buf`; `None` when the word
/// is longer than [`MAX_WORD`] or holds a non-ASCII byte, so it cannot be
/// in any (all-ASCII) list.
pub(crate) fn ascii_lower<'a>(word: &[u8], buf: &'a mut [u8; MAX_WORD]) -> Option<&'a [u8]> {
    let slot = buf.get_mut(..word.len())?;
    for (out, &byte) in slot.iter_mut().zip(word) {
        if !byte.is_ascii() {
            return None;
        }
        *out = byte.to_ascii_lowercase();
    }
    Some(slot)
}

/// The character at byte `at` of `text` and its length, decoding only
/// when it is not ASCII; `None` at the end or off a char boundary.
pub(crate) fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    match text.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => Some((char::from(byte), 1)),
        Some(_) => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map(|c| (c, c.len_utf8())),
        None => None,
    }
}

/// High bit of every byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// Low bit of every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// For eight bytes read little-endian: the high bit of each byte that is an
/// ASCII letter, and of each that is an ASCII digit. Carry-free: every sum
/// is of a byte below 0x80 and a constant below 0x80, so no byte carries
/// into the next, and a set high bit says "at least" the bound.
#[inline]
fn letter_digit_bits(w: u64) -> (u64, u64) {
    let low = w & !HIGH;
    let lower = (w | (ONES * 0x20)) & !HIGH;
    // 'a'..='z' after setting bit 5 ('A'..='Z' land there too, and nothing
    // else does: 0x40 and 0x5B..0x5F land on 0x60 and 0x7B..0x7F).
    let letter = (lower + ONES * 0x1F) & !(lower + ONES * 0x05) & !w & HIGH;
    // '0'..='9'
    let digit = (low + ONES * 0x50) & !(low + ONES * 0x46) & !w & HIGH;
    (letter, digit)
}

/// The end of the run of ASCII letters and digits starting at `i` (the
/// first index at or after `i` holding another byte, or `bytes.len()`),
/// and whether the run holds a letter.
///
/// Reads eight bytes at a time: a byte loop branches on every byte and
/// mispredicts at the end of every word, and the tokenizer and the id
/// normalizer run this over the whole text of every sentence.
#[inline]
pub(crate) fn alnum_run(bytes: &[u8], mut i: usize) -> (usize, bool) {
    let mut has_letter = false;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let (letter, digit) = letter_digit_bits(u64::from_le_bytes(word));
        let other = !(letter | digit) & HIGH;
        if other != 0 {
            // Bits of the bytes before the first other byte.
            let before = (other & other.wrapping_neg()) - 1;
            return (
                i + (other.trailing_zeros() / 8) as usize,
                has_letter || letter & before != 0,
            );
        }
        has_letter |= letter != 0;
        i += 8;
    }
    while let Some(&byte) = bytes.get(i) {
        if !byte.is_ascii_alphanumeric() {
            break;
        }
        has_letter |= byte.is_ascii_alphabetic();
        i += 1;
    }
    (i, has_letter)
}

/// Indonesian function words that open sentences: pronouns, conjunctions,
/// prepositions, discourse markers. Capitalized, they end no abbreviation's
/// sentence by accident (`sentences`) and start no name (`attribution`).
pub(crate) const FUNCTION_WORDS_ID: &[&str] = &[
    "ia",
    "dia",
    "mereka",
    "kami",
    "kita",
    "saya",
    "namun",
    "tetapi",
    "sementara",
    "selain",
    "hal",
    "ini",
    "itu",
    "pada",
    "dalam",
    "sebelumnya",
    "kemudian",
    "menurut",
    "adapun",
    "sedangkan",
    "oleh",
    "karena",
    "jika",
    "untuk",
    "dengan",
    "di",
    "ke",
    "dari",
    "para",
    "sejumlah",
    "berdasarkan",
    "yang",
    "akan",
    "hingga",
    "bahkan",
    "selanjutnya",
    "sebab",
];

/// The English function words that play the same two parts.
pub(crate) const FUNCTION_WORDS_EN: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "however",
    "meanwhile",
    "when",
    "if",
    "after",
    "before",
    "while",
    "for",
    "as",
    "so",
    "yet",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// [`alnum_run`] one byte at a time.
    fn alnum_run_bytewise(bytes: &[u8], mut i: usize) -> (usize, bool) {
        let mut has_letter = false;
        while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            has_letter |= bytes[i].is_ascii_alphabetic();
            i += 1;
        }
        (i, has_letter)
    }

    #[test]
    fn alnum_run_classifies_every_byte_in_every_lane() {
        for c in 0..=255u8 {
            for lane in 0..20 {
                for fill in [b'a', b'Z', b'5'] {
                    let mut bytes = vec![fill; 24];
                    bytes[lane] = c;
                    for start in 0..=lane {
                        assert_eq!(
                            alnum_run(&bytes, start),
                            alnum_run_bytewise(&bytes, start),
                            "{c:#x} at {lane} in {fill}s from {start}"
                        );
                    }
                }
            }
        }
        assert_eq!(alnum_run(b"", 0), (0, false));
        assert_eq!(alnum_run(b"12345678901", 0), (11, false));
        assert_eq!(alnum_run(b"1234567890a", 0), (11, true));
        assert_eq!(alnum_run(b"1234567a901 x", 0), (11, true));
        assert_eq!(alnum_run(b"12 a", 0), (2, false));
    }

    #[test]
    fn lowers_ascii_and_rejects_what_no_list_holds() {
        let mut buf = [0u8; MAX_WORD];
        assert_eq!(ascii_lower(b"KaTa", &mut buf), Some(&b"kata"[..]));
        assert_eq!(ascii_lower("Écrit".as_bytes(), &mut buf), None);
        assert_eq!(ascii_lower(&[b'a'; MAX_WORD + 1], &mut buf), None);
        assert_eq!(ascii_lower(b"", &mut buf), Some(&b""[..]));
    }

    #[test]
    fn char_at_decodes_ascii_and_multibyte() {
        let text = "aé”";
        assert_eq!(char_at(text, 0), Some(('a', 1)));
        assert_eq!(char_at(text, 1), Some(('é', 2)));
        assert_eq!(char_at(text, 2), None);
        assert_eq!(char_at(text, 3), Some(('”', 3)));
        assert_eq!(char_at(text, 6), None);
    }

    #[test]
    fn map_finds_words() {
        let mut map: WordMap<u8> = WordMap::default();
        map.insert(b"said", 1);
        map.insert(b"kata", 2);
        assert_eq!(map.get(&b"said"[..]), Some(&1));
        assert_eq!(map.get(&b"saif"[..]), None);
    }
}
