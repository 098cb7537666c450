//! A small tokenizer for the regions the scanner picked out.
//!
//! Tokens are numbers (digit runs with their thousands/decimal separators),
//! words (letters, ASCII or not) and single symbols. Each token records
//! whether whitespace separates it from the previous one, because glued
//! forms ("3km", "Rp20", "ke-3") read differently from spaced ones.

use crate::Language;
use crate::lexicon::{self, W};

/// The broad shape of a token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    /// Digits, possibly with internal `.`, `,` or no-break/thin spaces.
    Num,
    /// A run of letters.
    Word,
    /// Any other single non-space character.
    Sym(char),
}

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Gap {
    /// Directly adjacent.
    Glued,
    /// Spaces or tabs on one line.
    Space,
    /// A line break (or the start of the region).
    Break,
}

/// One token with its byte span in the source text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    pub gap: Gap,
    /// Lexicon roles of a word (empty for other tokens).
    pub lex: &'static [W],
    /// A word at which a rule can begin although it has no lexicon role
    /// ("pukul", "pada", "Rp"): see `grammar::start_words`.
    pub cue: bool,
}

/// Thousands separators that are spaces: NBSP, thin space, narrow NBSP.
fn space_sep_len(b: &[u8], i: usize) -> usize {
    match b.get(i..i + 2) {
        Some([0xC2, 0xA0]) => 2,
        _ => match b.get(i..i + 3) {
            Some([0xE2, 0x80, 0x89]) | Some([0xE2, 0x80, 0xAF]) => 3,
            _ => 0,
        },
    }
}

/// Byte classes for the tokenizer's dispatch.
const OTHER: u8 = 0;
const SPACE: u8 = 1;
const BREAK: u8 = 2;
const DIGIT: u8 = 3;
const ALPHA: u8 = 4;
const HIGH: u8 = 5;

static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut c = 0usize;
    while c < 256 {
        let b = c as u8;
        t[c] = if b == b' ' || b == b'\t' {
            SPACE
        } else if b == b'\n' || b == b'\r' {
            BREAK
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_alphabetic() {
            ALPHA
        } else if b >= 0x80 {
            HIGH
        } else {
            OTHER
        };
        c += 1;
    }
    t
};

#[inline]
fn class(b: &[u8], i: usize) -> u8 {
    b.get(i).map_or(OTHER, |&c| CLASS[usize::from(c)])
}

/// The first index at or after `i` that does not hold an ASCII letter (or
/// `b.len()`), found eight bytes at a time: a byte loop mispredicts its
/// exit at the end of every word, and regions cover most of the text.
#[inline]
fn letter_run_end(b: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let w = u64::from_le_bytes(bytes);
        // The letter test of `scan::block_masks`: carry-free, exact for
        // every byte value (see the tests there and below).
        let lower = (w | (ONES * 0x20)) & !HIGH;
        let letter = (lower + ONES * 0x1F) & !(lower + ONES * 0x05) & !w & HIGH;
        let other = !letter & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// The end of the first word in `b[s..e]` when two words were scraped
/// together without their line break ("21 hariSolar: 24 hari"): a run of
/// at least three lower-case letters from the start, then a capital and a
/// lower-case letter, or with `abbreviations` (Indonesian, where scraped
/// lists run "30 hariLPG: 18 hari") at least four lower-case letters and
/// three capitals or more to the end. Brand names keep their shape: "iPhone", "eBay"
/// (one letter first), "YouTube", "McDonald" (a capital first), "macOS",
/// "watchOS".
///
/// `b[s..e]` holds ASCII letters only, so a capital is a byte without the
/// 0x20 bit, found eight bytes at a time: this runs on every word.
#[inline]
fn camel_join(b: &[u8], s: usize, e: usize, abbreviations: bool) -> usize {
    const CASE: u64 = 0x2020_2020_2020_2020;
    if e < s + 5 || !b[s].is_ascii_lowercase() {
        return e;
    }
    let mut j = s;
    while j < e {
        let Some(chunk) = b.get(j..j + 8) else {
            while j < e && b[j].is_ascii_lowercase() {
                j += 1;
            }
            break;
        };
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let lanes = (e - j).min(8);
        let valid = if lanes == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * lanes)) - 1
        };
        let capitals = !u64::from_le_bytes(bytes) & CASE & valid;
        if capitals != 0 {
            j += (capitals.trailing_zeros() / 8) as usize;
            break;
        }
        j += lanes;
    }
    let joined =
        j >= s + 3 && j + 1 < e && b[j].is_ascii_uppercase() && b[j + 1].is_ascii_lowercase();
    // "30 hariLPG: 18 hari": an abbreviation of three capitals or more
    // ends the word ("watchOS", "macOS" keep their shape)
    let abbreviation =
        abbreviations && j >= s + 4 && e >= j + 3 && b[j..e].iter().all(u8::is_ascii_uppercase);
    if joined || abbreviation { j } else { e }
}

/// Tokenizes `text[from..to]` (both on char boundaries).
pub(crate) fn tokenize(text: &str, from: usize, to: usize, lang: Language, out: &mut Vec<Tok>) {
    let b = text.as_bytes().get(..to).unwrap_or(text.as_bytes());
    let mut i = from;
    let mut gap = Gap::Break;
    while i < b.len() {
        let c = b[i];
        match CLASS[usize::from(c)] {
            SPACE => {
                if gap == Gap::Glued {
                    gap = Gap::Space;
                }
                i += 1;
            }
            BREAK => {
                gap = Gap::Break;
                i += 1;
            }
            DIGIT => {
                let s = i;
                i += 1;
                loop {
                    while class(b, i) == DIGIT {
                        i += 1;
                    }
                    if matches!(b.get(i), Some(b'.' | b',')) && class(b, i + 1) == DIGIT {
                        i += 1;
                        continue;
                    }
                    let sl = space_sep_len(b, i);
                    if sl > 0 && class(b, i + sl) == DIGIT {
                        i += sl;
                        continue;
                    }
                    break;
                }
                out.push(Tok {
                    s,
                    e: i,
                    kind: Kind::Num,
                    gap,
                    lex: &[],
                    cue: false,
                });
                gap = Gap::Glued;
            }
            ALPHA | HIGH => {
                if c >= 0x80 {
                    // Decode one char to see whether it is a letter or a symbol.
                    let Some(ch) = text.get(i..).and_then(|r| r.chars().next()) else {
                        break;
                    };
                    if !ch.is_alphabetic() {
                        if ch.is_whitespace() {
                            if gap == Gap::Glued {
                                gap = Gap::Space;
                            }
                        } else {
                            out.push(Tok {
                                s: i,
                                e: i + ch.len_utf8(),
                                kind: Kind::Sym(ch),
                                gap,
                                lex: &[],
                                cue: false,
                            });
                            gap = Gap::Glued;
                        }
                        i += ch.len_utf8();
                        continue;
                    }
                }
                let s = i;
                let mut ascii = true;
                loop {
                    i = letter_run_end(b, i);
                    if class(b, i) != HIGH {
                        break;
                    }
                    match text.get(i..).and_then(|r| r.chars().next()) {
                        Some(ch) if ch.is_alphabetic() => {
                            ascii = false;
                            i += ch.len_utf8();
                        }
                        _ => break,
                    }
                }
                if ascii {
                    i = camel_join(b, s, i, lang == Language::Id);
                }
                let (lex, cue) = match text.get(s..i) {
                    Some(word) if ascii => lexicon::lookup(word, lang),
                    _ => (&[][..], false),
                };
                out.push(Tok {
                    s,
                    e: i,
                    kind: Kind::Word,
                    gap,
                    lex,
                    cue,
                });
                gap = Gap::Glued;
            }
            _ => {
                out.push(Tok {
                    s: i,
                    e: i + 1,
                    kind: Kind::Sym(c as char),
                    gap,
                    lex: &[],
                    cue: false,
                });
                gap = Gap::Glued;
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_join_splits_only_scraped_joins() {
        for (word, head) in [
            ("hariSolar", "hari"),
            ("junctoPasal", "juncto"),
            ("iPhone", "iPhone"),
            ("eBay", "eBay"),
            ("meNiadakan", "meNiadakan"),
            ("YouTube", "YouTube"),
            ("macOS", "macOS"),
            ("watchOS", "watchOS"),
            ("hariLPG", "hari"),
            ("hariLPg", "hariLPg"),
            ("hari", "hari"),
            ("hariS", "hariS"),
            ("tersebutkanDiaBilang", "tersebutkan"),
            ("abcdefghijklmnopQrs", "abcdefghijklmnop"),
            ("abcdefghIj", "abcdefgh"),
            ("abcdefgHij", "abcdefg"),
            ("abcdefghijklmnopqrsT", "abcdefghijklmnopqrsT"),
        ] {
            // Alone (the byte loop at the end of the text) and inside a
            // longer text (eight bytes at a time).
            let b = word.as_bytes();
            assert_eq!(&word[..camel_join(b, 0, b.len(), true)], head, "{word}");
            let padded = format!("{word} AAAAAAAAAAAAAAAA");
            let end = camel_join(padded.as_bytes(), 0, word.len(), true);
            assert_eq!(&word[..end], head, "{word} in a text");
        }
        // English text keeps a word that ends in capitals whole.
        assert_eq!(camel_join(b"hariLPG", 0, 7, false), 7);
    }

    #[test]
    fn letter_run_end_classifies_every_byte_in_every_lane() {
        for c in 0..=255u8 {
            for lane in 0..20 {
                let mut bytes = vec![b'q'; 24];
                bytes[lane] = c;
                for start in 0..=lane {
                    let mut want = start;
                    while bytes.get(want).is_some_and(u8::is_ascii_alphabetic) {
                        want += 1;
                    }
                    assert_eq!(
                        letter_run_end(&bytes, start),
                        want,
                        "{c:#x} at {lane} from {start}"
                    );
                }
            }
        }
        assert_eq!(letter_run_end(b"", 0), 0);
        assert_eq!(letter_run_end(b"Zz", 0), 2);
    }
}
