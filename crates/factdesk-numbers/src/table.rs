//! A small read-only hash table for short words, looked up by bytes and
//! ASCII-case-insensitively, without lowercasing into a `String` first.
//!
//! The engine looks up every word of a candidate region (number words, unit
//! and currency names, hedges), so the lookup must cost a few dozen
//! instructions: a word longer than every key is rejected by its length, the
//! hash reads the word eight bytes at a time, and one probe usually settles it.

/// Keys (stored lowercased) mapped to values; open addressing, linear probing.
pub(crate) struct WordTable<V> {
    /// `0` is an empty slot; otherwise the entry index plus one.
    slots: Box<[u32]>,
    entries: Vec<(Box<[u8]>, V)>,
    mask: usize,
    max_len: usize,
    /// Bit `len` of `shapes[first byte & 31]` is set when some key shorter
    /// than 32 bytes has that first byte (either case) and length: most
    /// words fail this test and are never hashed.
    shapes: [u32; 32],
}

/// Hashes a word as if it were lowercased (`| 0x20` on every byte, which
/// maps ASCII capitals to small letters; the few other bytes it merges only
/// make collisions, settled by the comparison).
#[inline]
fn hash(b: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ (u64::from_le_bytes(w) | 0x2020_2020_2020_2020)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h ^ (u64::from_le_bytes(w) | 0x2020_2020_2020_2020)).wrapping_mul(K);
    }
    h ^ (h >> 32)
}

/// The row of [`WordTable::shapes`] for a word: its first byte, case folded.
#[inline]
fn shape_row(word: &[u8]) -> usize {
    word.first().map_or(0, |&c| usize::from(c & 31))
}

impl<V> WordTable<V> {
    /// Builds the table; keys are lowercased here, and a repeated key keeps
    /// its first value (callers merge values before).
    pub(crate) fn new(pairs: impl IntoIterator<Item = (String, V)>) -> Self {
        let mut entries: Vec<(Box<[u8]>, V)> = Vec::new();
        for (k, v) in pairs {
            let k = k.to_ascii_lowercase().into_bytes().into_boxed_slice();
            if !entries.iter().any(|(e, _)| *e == k) {
                entries.push((k, v));
            }
        }
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![0u32; size].into_boxed_slice();
        for (n, (k, _)) in entries.iter().enumerate() {
            let mut at = hash(k) as usize & mask;
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = n as u32 + 1;
        }
        let max_len = entries.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut shapes = [0u32; 32];
        for (k, _) in &entries {
            if k.len() < 32 {
                shapes[shape_row(k)] |= 1 << k.len();
            }
        }
        WordTable {
            slots,
            entries,
            mask,
            max_len,
            shapes,
        }
    }

    /// The value of `word`, compared ASCII-case-insensitively.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<&V> {
        if word.len() > self.max_len
            || (word.len() < 32 && self.shapes[shape_row(word)] & (1 << word.len()) == 0)
        {
            return None;
        }
        let mut at = hash(word) as usize & self.mask;
        loop {
            let slot = *self.slots.get(at)?;
            if slot == 0 {
                return None;
            }
            let (k, v) = self.entries.get(slot as usize - 1)?;
            if k.len() == word.len() && k.eq_ignore_ascii_case(word) {
                return Some(v);
            }
            at = (at + 1) & self.mask;
        }
    }

    /// Every key (lowercase) with its value, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.entries.iter().map(|(k, v)| (&k[..], v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_in_any_case_and_nothing_else() {
        let words = [
            "satu",
            "dua",
            "thousand",
            "a",
            "kilometer persegi",
            "±",
            "%",
        ];
        let t = WordTable::new(words.iter().enumerate().map(|(i, w)| (w.to_string(), i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w.as_bytes()), Some(&i), "{w}");
            assert_eq!(t.get(w.to_ascii_uppercase().as_bytes()), Some(&i), "{w}");
        }
        for miss in [
            "sat",
            "satuu",
            "",
            "b",
            "A ",
            "thousands",
            "Kilometer Persegi!",
        ] {
            assert_eq!(t.get(miss.as_bytes()), None, "{miss}");
        }
        // `| 0x20` merges '@' with '`': the comparison must still tell them apart
        let t = WordTable::new([("@".to_string(), 1)]);
        assert_eq!(t.get(b"`"), None);
        assert_eq!(t.get(b"@"), Some(&1));
    }

    #[test]
    fn first_value_of_a_repeated_key_wins() {
        let t = WordTable::new([("Ribu".to_string(), 1), ("ribu".to_string(), 2)]);
        assert_eq!(t.get(b"RIBU"), Some(&1));
        assert_eq!(t.iter().count(), 1);
    }
}
