//! The cheap first pass: find where quantities can be, then parse only there.
//!
//! Every quantity contains a digit, a currency or fraction sign, or a cue word
//! (a number word, vague magnitude, ordinal, day or month name, unit). Digits
//! and signs are found with a byte scan, cue words with one Aho-Corasick
//! automaton checked for ASCII word boundaries. Each hit opens a window of
//! text around it; overlapping windows merge into regions, which are cut at
//! line breaks so no quantity is split, then tokenized and parsed.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::{Language, Quantity, grammar, lexicon, tokens, units};

/// How far before a hit a hedge, currency or opener can start.
const BEFORE: usize = 64;
/// How far after a hit a unit, scale or range can end.
const AFTER: usize = 96;

fn automaton(lang: Language) -> Option<&'static AhoCorasick> {
    static ID: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    static EN: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let cell = match lang {
        Language::Id => &ID,
        Language::En => &EN,
    };
    cell.get_or_init(|| {
        let mut words = lexicon::starter_words(lang);
        if lang == Language::En {
            words.extend(units::cue_words().into_iter().map(str::to_string));
        }
        words.sort();
        words.dedup();
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(&words)
            .ok()
    })
    .as_ref()
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

/// Extends a window start back to the start of a word (and of a line if near).
fn region_start(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let lo = at.saturating_sub(BEFORE);
    // prefer the line start when it is inside the window
    if let Some(p) = memchr::memrchr(b'\n', &b[lo..at]) {
        return lo + p + 1;
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

fn region_end(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let hi = (at + AFTER).min(b.len());
    if let Some(p) = memchr::memchr(b'\n', &b[at.min(hi)..hi]) {
        return at.min(hi) + p;
    }
    let mut i = ceil_char(text, hi);
    while i < b.len() && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    ceil_char(text, i)
}

/// Finds all quantities in `text`.
pub(crate) fn find(text: &str, lang: Language) -> Vec<Quantity> {
    let b = text.as_bytes();
    let mut hits: Vec<usize> = Vec::new();
    // bytes that may begin a sign: digits, '$', and lead bytes of £ ¥ ½ € (0xC2, 0xE2)
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
    for (i, &c) in b.iter().enumerate() {
        if FIRST[c as usize] && sign_at(b, i) {
            if hits.last().is_none_or(|&l| i > l + 1) {
                hits.push(i);
            } else if let Some(l) = hits.last_mut() {
                *l = i;
            }
        }
    }
    if let Some(ac) = automaton(lang) {
        let mut word_hits = Vec::new();
        for m in ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let left_ok = s == 0 || !b[s - 1].is_ascii_alphabetic();
            let right_ok = e == b.len() || !b[e].is_ascii_alphabetic();
            if left_ok && right_ok {
                word_hits.push(s);
            }
        }
        if !word_hits.is_empty() {
            hits.extend(word_hits);
            hits.sort_unstable();
        }
    }
    if std::env::var_os("NUMSPEED_DEBUG").is_some() {
        eprintln!("HITS {}", hits.len());
    }
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut i = 0;
    let mut done_to = 0usize;
    while i < hits.len() {
        let start = region_start(text, hits[i]).max(done_to);
        let mut end = region_end(text, hits[i]);
        i += 1;
        while i < hits.len() && hits[i] <= end {
            end = end.max(region_end(text, hits[i]));
            i += 1;
        }
        toks.clear();
        tokens::tokenize(text, start, end, lang, &mut toks);
        grammar::parse_region(text, &toks, lang, &mut out);
        if std::env::var_os("NUMSPEED_DEBUG").is_some() {
            eprintln!("REGION {} {} {}", start, end, toks.len());
        }
        done_to = end;
    }
    out
}
