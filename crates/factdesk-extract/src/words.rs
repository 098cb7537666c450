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

#[cfg(test)]
mod tests {
    use super::*;

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
