//! The cheap first pass: find where quantities can be, then parse only there.
//!
//! Every quantity contains a digit, a currency or fraction sign, or a cue word
//! (a number word, vague magnitude, ordinal, day or month name, unit). One
//! pass over the bytes finds both: signs by a byte table, cue words as whole
//! ASCII letter runs looked up in one table (see [`hits`]). Each hit opens a window of
//! text around it; overlapping windows merge into regions, which are cut at
//! line breaks so no quantity is split, then tokenized and parsed.

use std::sync::OnceLock;

use crate::table::WordTable;
use crate::{Language, Quantity, dates, grammar, lexicon, tokens, units};

/// How far before a hit a hedge, currency or opener can start.
const BEFORE: usize = 64;
/// How far after a hit a unit, scale or range can end.
const AFTER: usize = 96;
/// The most entries a reused hit or token list keeps between searches
/// (512 KB of hits: enough for a 1 MB article).
const KEEP_HITS: usize = 1 << 16;

/// The cue words of a language: every number word, vague magnitude,
/// ordinal, day and month name, the words of relative dates ("kemarin",
/// "tahun lalu", "last year"), and in English the unit words too.
pub(crate) fn cue_words(lang: Language) -> Vec<String> {
    let mut words = lexicon::starter_words(lang);
    let relative = match lang {
        Language::Id => dates::TRIGGERS_ID,
        Language::En => dates::TRIGGERS_EN,
    };
    words.extend(relative.iter().map(|w| w.to_string()));
    if lang == Language::En {
        words.extend(units::cue_words().into_iter().map(str::to_string));
        // "a quarter point", "a half-point cut": a share of a unit the
        // unit list does not hold ("half" is a number word already).
        words.push("quarter".to_string());
    }
    words.sort();
    words.dedup();
    words
}

fn cue_table(lang: Language) -> &'static WordTable<()> {
    static ID: OnceLock<WordTable<()>> = OnceLock::new();
    static EN: OnceLock<WordTable<()>> = OnceLock::new();
    let cell = match lang {
        Language::Id => &ID,
        Language::En => &EN,
    };
    cell.get_or_init(|| WordTable::new(cue_words(lang).into_iter().map(|w| (w, ()))))
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Is `i` a byte that starts a quantity by itself (digit or sign)?
#[inline]
fn sign_at(b: &[u8], i: usize) -> bool {
    let c = b[i];
    if c.is_ascii_digit() || c == b'$' {
        return true;
    }
    if c == 0xC2 {
        // £ ¥ ½ ¼ ¾
        return matches!(b.get(i + 1), Some(0xA3 | 0xA5 | 0xBD | 0xBC | 0xBE));
    }
    if c == 0xE2 {
        // €
        return b.get(i + 1) == Some(&0x82) && b.get(i + 2) == Some(&0xAC);
    }
    false
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The line breaks around a moving position, found with one forward memchr
/// pass over the text instead of a `memrchr`/`memchr` over the window at
/// every hit (news has a hit every ~20 bytes and a line break every few
/// hundred, so the windows were scanned about eight times over).
struct Lines<'a> {
    breaks: memchr::Memchr<'a>,
    /// The last line break before the position, if any.
    prev: Option<usize>,
    /// The first line break at or after the position (`usize::MAX`: none).
    next: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
        let next = breaks.next().unwrap_or(usize::MAX);
        Lines {
            breaks,
            prev: None,
            next,
        }
    }

    /// Moves to `at`, which must not be before the last position.
    #[inline]
    fn seek(&mut self, at: usize) {
        while self.next < at {
            self.prev = Some(self.next);
            self.next = self.breaks.next().unwrap_or(usize::MAX);
        }
    }
}

/// Extends a window start back to the start of a word (and of a line if near).
///
/// `lines` is at `at`: the line break it wants is the last one before `at`.
fn region_start(text: &str, at: usize, lines: &Lines<'_>) -> usize {
    let b = text.as_bytes();
    let lo = at.saturating_sub(BEFORE);
    // prefer the line start when it is inside the window
    if let Some(p) = lines.prev.filter(|&p| p >= lo) {
        return p + 1;
    }
    let mut i = floor_char(text, lo);
    while i > 0 && is_word_byte(b[i - 1]) {
        i -= 1;
    }
    // step back over punctuation glued to the word (e.g. "-" of "-504")
    while i > 0 && !b[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    floor_char(text, i)
}

/// Extends a window end to the end of a word, or stops at the line break.
///
/// `lines` is at `at`: the line break it wants is the first one at or after
/// `at`.
fn region_end(text: &str, at: usize, lines: &Lines<'_>) -> usize {
    let b = text.as_bytes();
    let hi = (at + AFTER).min(b.len());
    if lines.next < hi {
        return lines.next;
    }
    let mut i = ceil_char(text, hi);
    while i < b.len() && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    ceil_char(text, i)
}

/// Bytes that may begin a sign: digits, '$', and lead bytes of £ ¥ ½ ¼ ¾ €
/// (the byte-at-a-time reference of `block_masks`' second mask).
#[cfg(test)]
static FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = b'0';
    while c <= b'9' {
        t[c as usize] = true;
        c += 1;
    }
    t[b'$' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// Where quantities can be, in increasing order: the last byte of each run
/// of adjacent digits and signs, and the start of each ASCII letter run that
/// is a cue word.
///
/// A cue word is matched as a whole run of ASCII letters, case-insensitively:
/// exactly the hits of one leftmost-longest Aho-Corasick automaton over the
/// cue words with ASCII word-boundary checks (the cue words are all letters,
/// so a match never crosses a run, and a match that is not the whole run
/// fails a boundary check). One pass over the bytes with a table lookup per
/// letter run costs a fraction of the automaton's per-byte transitions on a
/// list this long (see PERFORMANCE.md); a test checks both give the same hits.
///
/// The bytes are classified 64 at a time into two bit masks (ASCII letters,
/// and bytes that may begin a sign), and the loop visits only letter-run
/// starts and sign candidates, in text order: a loop that branches on every
/// byte's class mispredicts at each word boundary, which cost more than the
/// lookups. [`hits_bytewise`] is the same scan one byte at a time; a test
/// checks both agree.
#[cfg(test)]
pub(crate) fn hits(text: &str, lang: Language) -> Vec<usize> {
    let mut hits = Vec::new();
    hits_into(text, lang, &mut hits);
    hits
}

/// [`hits`] into a list the caller owns (cleared first), so a buffer can be
/// reused from one text to the next.
fn hits_into(text: &str, lang: Language, hits: &mut Vec<usize>) {
    let b = text.as_bytes();
    let cues = cue_table(lang);
    hits.clear();
    // News has a hit every ~20 bytes: reserve so the list rarely grows.
    hits.reserve(b.len() / 16 + 8);
    let mut last_sign: Option<usize> = None;
    // Was the last byte of the previous block a letter (its run is done)?
    let mut carry = 0u64;
    for base in (0..b.len()).step_by(64) {
        let (letters, signs) = block_masks(b, base);
        let starts = letters & !((letters << 1) | carry);
        carry = letters >> 63;
        let mut events = starts | signs;
        while events != 0 {
            let at = events.trailing_zeros() as usize;
            events &= events - 1;
            let i = base + at;
            if starts & (1 << at) != 0 {
                // A letter run: its end from the mask, or past the block by bytes.
                let run = (!(letters >> at)).trailing_zeros() as usize;
                let mut end = i + run;
                if at + run == 64 {
                    while b.get(end).is_some_and(u8::is_ascii_alphabetic) {
                        end += 1;
                    }
                }
                if cues.get(&b[i..end]).is_some() {
                    hits.push(i);
                }
            } else if sign_at(b, i) {
                // a run of adjacent signs ("2024", "1.250" is two runs) keeps its last byte
                match (last_sign, hits.last_mut()) {
                    (Some(l), Some(h)) if l + 1 == i => *h = i,
                    _ => hits.push(i),
                }
                last_sign = Some(i);
            }
        }
    }
}

/// For the 64 bytes of `b` from `base` (zeros past the end): bit `k` of the
/// first mask is set when byte `base + k` is an ASCII letter, of the second
/// when it may begin a sign (a digit, `$`, or the lead byte 0xC2 or 0xE2 of
/// £ ¥ ½ ¼ ¾ and €).
#[inline]
fn block_masks(b: &[u8], base: usize) -> (u64, u64) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Gathers the high bit of each byte into the low byte, byte k to bit k.
    let gather = |m: u64| (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    // High bit set in each byte of `w` equal to `c` (exact: no carries).
    let equal = |w: u64, c: u8| {
        let t = w ^ (ONES * u64::from(c));
        !(((t & !HIGH) + !HIGH) | t) & HIGH
    };
    let (mut letters, mut signs) = (0u64, 0u64);
    for chunk in 0..8 {
        let from = base + 8 * chunk;
        let mut bytes = [0u8; 8];
        if let Some(src) = b.get(from..) {
            let n = src.len().min(8);
            bytes[..n].copy_from_slice(&src[..n]);
        }
        let w = u64::from_le_bytes(bytes);
        let low = w & !HIGH;
        let lower = (w | (ONES * 0x20)) & !HIGH;
        // carry-free additions: the high bit says "at least" the bound
        let letter = (lower + ONES * 0x1F) & !(lower + ONES * 0x05) & !w & HIGH;
        let digit = (low + ONES * 0x50) & !(low + ONES * 0x46) & !w & HIGH;
        let sign = digit | equal(w, b'$') | equal(w, 0xC2) | equal(w, 0xE2);
        letters |= gather(letter) << (8 * chunk);
        signs |= gather(sign) << (8 * chunk);
    }
    (letters, signs)
}

/// [`hits`], one byte at a time: the reference the block scan is tested
/// against.
#[cfg(test)]
fn hits_bytewise(text: &str, lang: Language) -> Vec<usize> {
    let b = text.as_bytes();
    let cues = cue_table(lang);
    let mut hits: Vec<usize> = Vec::new();
    let mut last_sign: Option<usize> = None;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii_alphabetic() {
            let s = i;
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
            if cues.get(&b[s..i]).is_some() {
                hits.push(s);
            }
            continue;
        }
        if FIRST[usize::from(c)] && sign_at(b, i) {
            match (last_sign, hits.last_mut()) {
                (Some(l), Some(h)) if l + 1 == i => *h = i,
                _ => hits.push(i),
            }
            last_sign = Some(i);
        }
        i += 1;
    }
    hits
}

/// Finds all quantities in `text`.
pub(crate) fn find(text: &str, lang: Language) -> Vec<Quantity> {
    // About one quantity per 65 bytes of news: reserve so the list rarely
    // regrows (and copies).
    let mut out = Vec::with_capacity(text.len() / 48 + 4);
    find_into(text, lang, &mut out);
    out
}

/// [`find`], appending to a list the caller owns.
pub(crate) fn find_into(text: &str, lang: Language, out: &mut Vec<Quantity>) {
    // The hit and token lists live on in the thread between calls: they are
    // large (a hit per ~20 bytes), and allocating and freeing blocks that big
    // for every article made the allocator consolidate its free lists each
    // time (see PERFORMANCE.md).
    thread_local! {
        static BUFFERS: std::cell::RefCell<(Vec<usize>, Vec<tokens::Tok>)> =
            const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
    }
    BUFFERS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buffers) => {
            let (hits, toks) = &mut *buffers;
            find_with(text, lang, hits, toks, out);
            // Keep what a long article needs, not what a 20 MB one did.
            if hits.capacity() > KEEP_HITS {
                *hits = Vec::new();
            }
            if toks.capacity() > KEEP_HITS {
                *toks = Vec::new();
            }
        }
        // Only reachable by re-entering from inside a search; stay correct.
        Err(_) => find_with(text, lang, &mut Vec::new(), &mut Vec::new(), out),
    });
}

/// [`find`] with the caller's buffers for the hits and the tokens.
fn find_with(
    text: &str,
    lang: Language,
    hits: &mut Vec<usize>,
    toks: &mut Vec<tokens::Tok>,
    out: &mut Vec<Quantity>,
) {
    hits_into(text, lang, hits);
    toks.clear();
    toks.reserve(128);
    let mut lines = Lines::new(text);
    let mut i = 0;
    let mut done_to = 0usize;
    // Most articles hold no web address: look once, not per quantity.
    let has_urls = memchr::memmem::find(text.as_bytes(), b"://").is_some()
        || memchr::memmem::find(text.as_bytes(), b"www.").is_some();
    while i < hits.len() {
        // Hits are in increasing order, so the line breaks move forward only.
        lines.seek(hits[i]);
        let start = region_start(text, hits[i], &lines).max(done_to);
        let mut end = region_end(text, hits[i], &lines);
        i += 1;
        // A later hit whose window reaches back into this region joins it,
        // so a hedge between the two ("… compared with Sky. Almost 60%")
        // is parsed with the number after it, not cut off with the region
        // before.
        while i < hits.len() {
            lines.seek(hits[i]);
            if hits[i] > end && region_start(text, hits[i], &lines) >= end {
                break;
            }
            end = end.max(region_end(text, hits[i], &lines));
            i += 1;
        }
        toks.clear();
        tokens::tokenize(text, start, end, lang, toks);
        let first_new = out.len();
        grammar::parse_region(text, toks, lang, out);
        drop_unrepresentable(out, first_new);
        if has_urls {
            drop_inside_urls(text, out, first_new);
        }
        done_to = end;
    }
}

/// Drops the quantities from `first` on whose value, low or high is not a
/// finite number: a digit run of over 300 digits overflows `f64` to
/// infinity. No article means such a number, and a review file cannot
/// store infinity (JSON has no such number), so it is not a quantity.
/// Found by the `numbers` fuzz target (`fuzz/regressions/numbers/`).
fn drop_unrepresentable(out: &mut Vec<Quantity>, first: usize) {
    let finite = |q: &Quantity| {
        [q.value, q.low, q.high]
            .into_iter()
            .flatten()
            .all(f64::is_finite)
    };
    if out[first..].iter().all(finite) {
        return;
    }
    let kept: Vec<Quantity> = out.drain(first..).filter(|q| finite(q)).collect();
    out.extend(kept);
}

/// How far back from a number to look for the start of a web address.
const URL_LOOKBACK: usize = 2048;

/// Drops the quantities from `first` on that begin inside a web address:
/// "…/operasi-zebra-2018-tanggal-30…", "…/permalink/619845211681351/" are
/// parts of a link, not a year and a count.
fn drop_inside_urls(text: &str, out: &mut Vec<Quantity>, first: usize) {
    let in_url = |q: &Quantity| {
        let mut from = q.start.saturating_sub(URL_LOOKBACK);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text.as_bytes()[from..q.start];
        let word_start = before
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(0, |at| at + 1);
        let word = &before[word_start..];
        memchr::memmem::find(word, b"://").is_some() || word.starts_with(b"www.")
    };
    if !out[first..].iter().any(in_url) {
        return;
    }
    let kept: Vec<Quantity> = out.drain(first..).filter(|q| !in_url(q)).collect();
    out.extend(kept);
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
    use proptest::prelude::*;

    /// The hits as one leftmost-longest Aho-Corasick automaton over the cue
    /// words with ASCII word-boundary checks finds them, plus the sign scan.
    fn automaton_hits(text: &str, lang: Language) -> Vec<usize> {
        let b = text.as_bytes();
        let mut hits: Vec<usize> = Vec::new();
        for (i, &c) in b.iter().enumerate() {
            if FIRST[usize::from(c)] && sign_at(b, i) {
                if hits.last().is_none_or(|&l| i > l + 1) {
                    hits.push(i);
                } else if let Some(l) = hits.last_mut() {
                    *l = i;
                }
            }
        }
        static ID: OnceLock<AhoCorasick> = OnceLock::new();
        static EN: OnceLock<AhoCorasick> = OnceLock::new();
        let cell = match lang {
            Language::Id => &ID,
            Language::En => &EN,
        };
        let ac = cell.get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(cue_words(lang))
                .unwrap_or_else(|e| panic!("automaton: {e}"))
        });
        for m in ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let left_ok = s == 0 || !b[s - 1].is_ascii_alphabetic();
            let right_ok = e == b.len() || !b[e].is_ascii_alphabetic();
            if left_ok && right_ok {
                hits.push(s);
            }
        }
        hits.sort_unstable();
        hits
    }

    #[test]
    fn a_number_too_large_for_f64_is_not_a_quantity() {
        let huge = "6".repeat(400);
        for lang in [Language::Id, Language::En] {
            for text in [
                huge.clone(),
                format!("{huge} persen, lalu 21 negara"),
                format!("Rp {huge} miliar"),
            ] {
                let found = find(&text, lang);
                assert!(
                    found.iter().all(|q| [q.value, q.low, q.high]
                        .into_iter()
                        .flatten()
                        .all(f64::is_finite)),
                    "{lang:?}: {found:?}"
                );
                assert!(
                    !found.iter().any(|q| q.text.contains(&huge)),
                    "{lang:?}: {found:?}"
                );
            }
        }
        // The numbers around it are still found.
        let text = format!("{huge} lalu 21 negara");
        assert!(
            find(&text, Language::Id)
                .iter()
                .any(|q| q.value == Some(21.0))
        );
    }

    #[test]
    fn cue_words_are_ascii_letters() {
        for lang in [Language::Id, Language::En] {
            let words = cue_words(lang);
            assert!(words.len() > 50, "{lang:?}: {}", words.len());
            for w in words {
                assert!(w.bytes().all(|b| b.is_ascii_alphabetic()), "{w:?}");
            }
        }
    }

    #[test]
    fn letter_runs_find_what_the_automaton_finds_on_examples() {
        for text in [
            "Hampir 2.000 serangan udara, dua ratus ribu, ketiga, Rabu (12/3/2024).",
            "kesatuan bersatu satuan 3km Three-fifths £1.4bn ½ €5 $5 ¥3 twentyone",
            "éthree thréé dua\u{a0}juta 2\u{a0}000 thousand's THOUSANDS million-dollar",
            "",
            "a",
            "1",
        ] {
            for lang in [Language::Id, Language::En] {
                assert_eq!(hits(text, lang), automaton_hits(text, lang), "{text:?}");
            }
        }
    }

    fn piece() -> impl Strategy<Value = String> {
        let mut words = cue_words(Language::Id);
        words.extend(cue_words(Language::En));
        prop_oneof![
            4 => proptest::sample::select(words),
            2 => "[a-zA-Z]{1,6}",
            1 => "[0-9]{1,4}",
            2 => proptest::sample::select(vec![
                " ", " ", "", "-", ".", ",", "'", "é", "ü", "ß", "£", "½", "€", "$", "\u{a0}",
                "\n", "“", "Â", "\u{2009}",
            ])
            .prop_map(str::to_string),
        ]
    }

    #[test]
    fn block_masks_classify_every_byte_in_every_lane() {
        for c in 0..=255u8 {
            for lane in 0..64 {
                let mut bytes = vec![b' '; 64];
                bytes[lane] = c;
                let (letters, signs) = block_masks(&bytes, 0);
                let bit = 1u64 << lane;
                assert_eq!(
                    letters,
                    if c.is_ascii_alphabetic() { bit } else { 0 },
                    "{c:#x}@{lane}"
                );
                assert_eq!(
                    signs,
                    if FIRST[usize::from(c)] { bit } else { 0 },
                    "{c:#x}@{lane}"
                );
            }
        }
    }

    #[test]
    fn block_scan_equals_byte_scan_across_block_edges() {
        let base = "Hampir 2.000 serangan udara, dua ratus ribu, ketiga £1.4bn ½ €5 $5 ";
        for pad in 0..130 {
            let text = format!("{}{}{}", "x".repeat(pad), base, "ribu".repeat(pad % 7));
            for lang in [Language::Id, Language::En] {
                assert_eq!(hits(&text, lang), hits_bytewise(&text, lang), "{text:?}");
            }
        }
        let long_word = format!("{} dua", "a".repeat(200));
        assert_eq!(
            hits(&long_word, Language::Id),
            hits_bytewise(&long_word, Language::Id)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn block_scan_equals_byte_scan(
            pieces in proptest::collection::vec(piece(), 0..120),
            en in any::<bool>(),
        ) {
            let text: String = pieces.concat();
            let lang = if en { Language::En } else { Language::Id };
            prop_assert_eq!(hits(&text, lang), hits_bytewise(&text, lang));
        }

        #[test]
        fn letter_runs_find_what_the_automaton_finds(
            pieces in proptest::collection::vec(piece(), 0..24),
            en in any::<bool>(),
        ) {
            let text: String = pieces.concat();
            let lang = if en { Language::En } else { Language::Id };
            prop_assert_eq!(hits(&text, lang), automaton_hits(&text, lang));
        }
    }
}
