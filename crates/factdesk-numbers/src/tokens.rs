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

/// Tokenizes `text[from..to]` (both on char boundaries).
pub(crate) fn tokenize(text: &str, from: usize, to: usize, lang: Language, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    let mut i = from;
    let mut gap = Gap::Break;
    while i < to {
        let c = b[i];
        if c == b' ' || c == b'\t' {
            if gap == Gap::Glued {
                gap = Gap::Space;
            }
            i += 1;
            continue;
        }
        if c == b'\n' || c == b'\r' {
            gap = Gap::Break;
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let s = i;
            i += 1;
            loop {
                while i < to && b[i].is_ascii_digit() {
                    i += 1;
                }
                if i + 1 < to && (b[i] == b'.' || b[i] == b',') && b[i + 1].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let sl = space_sep_len(b, i);
                if sl > 0 && i + sl < to && b[i + sl].is_ascii_digit() {
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
            continue;
        }
        if c.is_ascii_alphabetic() || c >= 0x80 {
            // Decode one char to see whether it is a letter or a symbol.
            let ch = match text[i..].chars().next() {
                Some(ch) => ch,
                None => break,
            };
            if c >= 0x80 && !ch.is_alphabetic() {
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
            let s = i;
            let mut ascii = true;
            while i < to {
                let d = b[i];
                if d.is_ascii_alphabetic() {
                    i += 1;
                } else if d >= 0x80 {
                    match text[i..].chars().next() {
                        Some(ch) if ch.is_alphabetic() => {
                            ascii = false;
                            i += ch.len_utf8();
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            let (lex, cue) = if ascii {
                lexicon::lookup(&text[s..i], lang)
            } else {
                (&[][..], false)
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
            continue;
        }
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
