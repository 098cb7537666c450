//! Cheap language detection: Indonesian or English.

use std::sync::OnceLock;

use crate::Language;
use crate::words::WordMap;

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

/// Both word lists in one map, built once.
fn lists() -> &'static WordMap<Language> {
    static MAP: OnceLock<WordMap<Language>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = WordMap::default();
        for word in EN_WORDS {
            map.insert(word.as_bytes(), Language::En);
        }
        for word in ID_WORDS {
            map.insert(word.as_bytes(), Language::Id);
        }
        map
    })
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
    let sample = &text.as_bytes()[..text.len().min(SAMPLE_BYTES)];
    let mut id_score = 0usize;
    let mut en_score = 0usize;
    for word in sample.split(|byte| !byte.is_ascii_alphabetic()) {
        if word.is_empty() || word.len() > 8 {
            continue;
        }
        let mut lower = [0u8; 8];
        for (slot, byte) in lower.iter_mut().zip(word) {
            *slot = byte.to_ascii_lowercase();
        }
        let lower = &lower[..word.len()];
        match lists().get(lower) {
            Some(Language::Id) => id_score += 1,
            Some(Language::En) => en_score += 1,
            None => {}
        }
    }
    if en_score > id_score {
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
    fn empty_and_junk_default_to_indonesian() {
        assert_eq!(detect_language(""), Language::Id);
        assert_eq!(detect_language("\u{0}\u{1}§§§ 1234"), Language::Id);
    }
}
