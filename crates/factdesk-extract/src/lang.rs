//! Cheap language detection: Indonesian or English.

use std::sync::OnceLock;

use crate::Language;

/// Frequent Indonesian function words that are not English words.
const ID_WORDS: &[&str] = &[
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada",
    "adalah", "juga", "ke", "oleh", "karena", "bahwa", "kata", "telah", "sudah", "para",
    "tersebut", "mereka", "kami", "saya", "atau", "ada", "bisa", "lebih", "sebagai", "kepada",
    "namun", "masih", "menjadi", "hingga", "serta", "bagi", "jika", "saat",
];

/// Frequent English function words that are not Indonesian words.
const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "on", "are", "by", "it",
    "he", "said", "has", "have", "from", "at", "this", "be", "were", "which", "will", "not",
    "they", "but", "his", "we", "says", "our", "who", "their", "been", "would", "than", "its",
    "more",
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
    //
    // A byte loop that branches on letter/non-letter mispredicts at every
    // word boundary, which made this the costliest loop of `extract` per
    // byte. Instead the letters of each 64-byte block are found eight bytes
    // at a time into a bit mask (see `letter_bits`), and the loop visits
    // words, not bytes: each run of set bits is a word, packed lower-cased
    // into a u64 (no list word is longer than 8 letters) and looked up.
    let sample = &text.as_bytes()[..text.len().min(SAMPLE_BYTES)];
    // Zero padding: a zero byte is not a letter, and every 8-byte load
    // below stays inside the buffer.
    let mut padded = [0u8; SAMPLE_BYTES + 72];
    if let Some(head) = padded.get_mut(..sample.len()) {
        head.copy_from_slice(sample);
    }
    let table = lists();
    let mut scores = [0usize; 2];
    let mut count = |start: usize, len: usize| {
        if (1..=8).contains(&len) {
            let mask = if len == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * len)) - 1
            };
            let key = (load8(&padded, start) | 0x2020_2020_2020_2020) & mask;
            match lookup(table, key) {
                Some(Language::Id) => scores[0] += 1,
                Some(Language::En) => scores[1] += 1,
                None => {}
            }
        }
    };
    // Start of a word that runs into the next block.
    let mut open: Option<usize> = None;
    for base in (0..sample.len()).step_by(64) {
        let mut bits = 0u64;
        for chunk in 0..8 {
            bits |= letter_bits(load8(&padded, base + 8 * chunk)) << (8 * chunk);
        }
        if let Some(start) = open {
            let run = (!bits).trailing_zeros() as usize;
            if run == 64 {
                continue;
            }
            count(start, base + run - start);
            open = None;
            bits &= !((1u64 << run) - 1);
        }
        while bits != 0 {
            let first = bits.trailing_zeros() as usize;
            let run = (!(bits >> first)).trailing_zeros() as usize;
            if first + run == 64 {
                open = Some(base + first);
                break;
            }
            count(base + first, run);
            bits &= !(((1u64 << run) - 1) << first);
        }
    }
    if let Some(start) = open {
        count(start, sample.len() - start);
    }
    match scores[1].cmp(&scores[0]) {
        std::cmp::Ordering::Greater => Language::En,
        std::cmp::Ordering::Less => Language::Id,
        std::cmp::Ordering::Equal => by_word_shapes(sample),
    }
}

/// Breaks a tie of the function words (a headline, a one-line claim such
/// as "Says Romney called Russia our No. 1 enemy.") by word shapes that
/// belong to one language: English "-ed", "-ing", "-tion" and "th";
/// Indonesian "-kan", "-nya" and the prefixes "meng-", "meny-", "peng-",
/// "peny-". Still a tie: Indonesian.
fn by_word_shapes(sample: &[u8]) -> Language {
    let (mut en, mut id) = (0usize, 0usize);
    for word in sample.split(|b| !b.is_ascii_alphabetic()) {
        if word.len() < 4 {
            continue;
        }
        let lower = |i: usize| word[i].to_ascii_lowercase();
        let ends = |tail: &[u8]| {
            word.len() > tail.len() + 1
                && word[word.len() - tail.len()..].eq_ignore_ascii_case(tail)
        };
        let starts = |head: &[u8]| {
            word.len() > head.len() + 1 && word[..head.len()].eq_ignore_ascii_case(head)
        };
        let english = ends(b"ed")
            || ends(b"ing")
            || ends(b"tion")
            || ends(b"tions")
            || (0..word.len() - 1).any(|i| lower(i) == b't' && lower(i + 1) == b'h');
        let indonesian = ends(b"kan")
            || ends(b"nya")
            || [&b"meng"[..], b"meny", b"peng", b"peny"]
                .iter()
                .any(|h| starts(h));
        en += usize::from(english && !indonesian);
        id += usize::from(indonesian && !english);
    }
    if en > id { Language::En } else { Language::Id }
}

/// The eight bytes of `buf` from `at`, little-endian (zeros past its end).
fn load8(buf: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    if let Some(bytes) = buf.get(at..at + 8) {
        word.copy_from_slice(bytes);
    }
    u64::from_le_bytes(word)
}

/// Bit `i` is set when byte `i` (little-endian) of `word` is an ASCII
/// letter: lower-cased (`| 0x20`) it lies in `a..=z` and it is below 0x80.
/// Each byte test is a carry-free addition that sets the byte's high bit,
/// and a multiplication gathers the eight high bits into the low byte.
fn letter_bits(word: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let lower = (word | 0x2020_2020_2020_2020) & !HIGH;
    let at_least_a = lower + 0x1F1F_1F1F_1F1F_1F1F; // high bit: byte >= 0x61
    let past_z = lower + 0x0505_0505_0505_0505; // high bit: byte >= 0x7B
    let letters = at_least_a & !past_z & !word & HIGH;
    (letters >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
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
    fn a_tie_of_function_words_goes_by_word_shapes() {
        for text in [
            "Says Romney called Russia our No. 1 enemy.",
            "Obama slashed funding.",
            "Unemployment rising among graduates",
        ] {
            assert_eq!(detect_language(text), Language::En, "{text}");
        }
        for text in [
            "Polri Tetapkan 2 Tersangka Kasus Korupsi",
            "Pemerintah menaikkan harga BBM",
            "Anggarannya Rp 5 triliun",
            "",
            "1.250.000",
        ] {
            assert_eq!(detect_language(text), Language::Id, "{text}");
        }
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
        assert_eq!(detect_language("ofxy inxy andy"), Language::Id);
        assert_eq!(detect_language("the the yang"), Language::En);
    }

    /// The plain byte-by-byte count the word-mask version must agree with.
    fn reference(text: &str) -> Language {
        let sample = &text.as_bytes()[..text.len().min(SAMPLE_BYTES)];
        let (mut id, mut en) = (0, 0);
        for word in sample.split(|b| !b.is_ascii_alphabetic()) {
            if word.is_empty() || word.len() > 8 {
                continue;
            }
            let lower = word.to_ascii_lowercase();
            if ID_WORDS.iter().any(|w| w.as_bytes() == lower) {
                id += 1;
            } else if EN_WORDS.iter().any(|w| w.as_bytes() == lower) {
                en += 1;
            }
        }
        match en.cmp(&id) {
            std::cmp::Ordering::Greater => Language::En,
            std::cmp::Ordering::Less => Language::Id,
            std::cmp::Ordering::Equal => by_word_shapes(sample),
        }
    }

    #[test]
    fn letter_bits_marks_exactly_the_ascii_letters() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let word =
                    (u64::from(b) << (8 * lane)) | (0x3030_3030_3030_3030 & !(0xFF << (8 * lane)));
                let want = if b.is_ascii_alphabetic() {
                    1u64 << lane
                } else {
                    0
                };
                assert_eq!(letter_bits(word), want, "byte {b:#x} in lane {lane}");
            }
        }
        assert_eq!(
            letter_bits(u64::from_le_bytes(*b"aZ{@`z0\xc3")),
            0b0010_0011
        );
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_byte_loop(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "the", "THE", "yang", "Dan", "said", "tersebut", "tersebutx", "a", "di",
                    "x", "élan", "ké", "of", "dengan", " ", "  ", ",", ".", "\n", "é", "’",
                    "1", "abcdefgh", "abcdefghi", "and", "in", "ini",
                ]),
                0..1500,
            ),
        ) {
            let text: String = words.concat();
            proptest::prop_assert_eq!(detect_language(&text), reference(&text));
            for cut in [63, 64, 65, 127, 128, 4095, 4096, 4097] {
                let cut = (0..=cut.min(text.len())).rev().find(|&c| text.is_char_boundary(c)).unwrap_or(0);
                proptest::prop_assert_eq!(detect_language(&text[..cut]), reference(&text[..cut]));
            }
        }
    }

    #[test]
    fn empty_and_junk_default_to_indonesian() {
        assert_eq!(detect_language(""), Language::Id);
        assert_eq!(detect_language("\u{0}\u{1}§§§ 1234"), Language::Id);
    }
}
