//! Cheap language detection: Indonesian or English.

use std::sync::OnceLock;

use crate::Language;

/// Frequent Indonesian function words that are not English words.
const ID_WORDS: &[&str] = &[
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada",
    "adalah", "juga", "ke", "oleh", "karena", "bahwa", "kata", "telah", "sudah", "para",
    "tersebut", "mereka", "kami", "saya", "atau", "ada", "bisa", "lebih",
];

/// Frequent English function words that are not Indonesian words.
const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "on", "are", "by", "it",
    "he", "said", "has", "have", "from", "at", "this", "be", "were", "which", "will", "not",
    "they", "but", "his", "we",
];

/// Packs a lower-case ASCII word of at most 8 bytes into a `u64`, first
/// byte lowest, so a word compares as one integer.
const fn pack(word: &[u8]) -> u64 {
    let mut packed = 0u64;
    let mut i = 0;
    while i < word.len() {
        packed |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    packed
}

/// Slots of the open-addressed word table (a power of two, more than
/// twice the number of words so probes stay short).
const SLOTS: usize = 256;

/// Both word lists in one table from the packed word to its language, built
/// once; an empty slot holds 0, which no word packs to.
fn lists() -> &'static [(u64, Language); SLOTS] {
    static TABLE: OnceLock<[(u64, Language); SLOTS]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [(0u64, Language::Id); SLOTS];
        // English first, then Indonesian, which wins a word in both lists.
        let words = EN_WORDS
            .iter()
            .map(|w| (w, Language::En))
            .chain(ID_WORDS.iter().map(|w| (w, Language::Id)));
        for (word, lang) in words {
            let key = pack(word.as_bytes());
            let mut slot = slot_of(key);
            while table[slot].0 != 0 && table[slot].0 != key {
                slot = (slot + 1) % SLOTS;
            }
            table[slot] = (key, lang);
        }
        table
    })
}

/// The first slot to probe for `key`.
fn slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % SLOTS
}

/// The language whose list holds the packed word `key`.
fn lookup(table: &[(u64, Language); SLOTS], key: u64) -> Option<Language> {
    let mut slot = slot_of(key);
    loop {
        let (held, lang) = table[slot];
        if held == key {
            return Some(lang);
        }
        if held == 0 {
            return None;
        }
        slot = (slot + 1) % SLOTS;
    }
}

/// How much text is enough to decide; articles rarely change language.
const SAMPLE_BYTES: usize = 4 * 1024;

/// Guesses whether `text` is Indonesian or English by counting frequent
/// function words of each language in its first 4 KiB.
///
/// Ties (including text with no words at all) go to Indonesian, the
/// project's main language.
pub fn detect_language(text: &str) -> Language {
    // Words are runs of ASCII letters: every byte of a multi-byte character
    // is a separator, so a byte-level split is the same as a char-level one.
    // One pass packs each run of up to 8 letters, lower-cased, into a u64
    // (no list word is longer) and looks it up when the run ends.
    let sample = &text.as_bytes()[..text.len().min(SAMPLE_BYTES)];
    let table = lists();
    let mut scores = [0usize; 2];
    let mut packed = 0u64;
    let mut len = 0usize;
    let mut count = |packed: u64, len: usize| {
        if (1..=8).contains(&len) {
            match lookup(table, packed) {
                Some(Language::Id) => scores[0] += 1,
                Some(Language::En) => scores[1] += 1,
                None => {}
            }
        }
    };
    for &byte in sample {
        if byte.is_ascii_alphabetic() {
            if len < 8 {
                packed |= u64::from(byte | 0x20) << (8 * len);
            }
            len += 1;
        } else {
            count(packed, len);
            packed = 0;
            len = 0;
        }
    }
    count(packed, len);
    if scores[1] > scores[0] {
        Language::En
    } else {
        Language::Id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_indonesian() {
        let text = "Irak dan mitra internasionalnya telah memperoleh kemajuan yang signifikan, kata Kerry.";
        assert_eq!(detect_language(text), Language::Id);
    }

    #[test]
    fn detects_english() {
        let text = "India is to boost spending on primary schools and health in a budget, he said.";
        assert_eq!(detect_language(text), Language::En);
    }

    #[test]
    fn every_list_word_is_found_in_any_case() {
        for word in ID_WORDS {
            assert_eq!(
                detect_language(&word.to_uppercase()),
                Language::Id,
                "{word}"
            );
        }
        for word in EN_WORDS {
            assert_eq!(detect_language(word), Language::En, "{word}");
            assert_eq!(
                detect_language(&format!("x {word}")),
                Language::En,
                "{word}"
            );
        }
        // A longer word that starts like a list word is not that word.
        assert_eq!(detect_language("thesaurus theses"), Language::Id);
        assert_eq!(detect_language("the the yang"), Language::En);
    }

    #[test]
    fn empty_and_junk_default_to_indonesian() {
        assert_eq!(detect_language(""), Language::Id);
        assert_eq!(detect_language("\u{0}\u{1}§§§ 1234"), Language::Id);
    }
}
