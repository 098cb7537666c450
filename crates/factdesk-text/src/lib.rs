//! Untrusted text made safe to show in a terminal.
//!
//! Articles, claims, notes, sources and file names come from anywhere. A
//! terminal obeys escape sequences wherever they appear, and bidi or
//! zero-width characters make text read differently from what it is, so
//! everything shown on screen or exported passes through this crate once, at
//! load or paste time.
//!
//! # What is replaced, and with what
//!
//! | characters | [`Glyphs::Unicode`] | [`Glyphs::Ascii`] | width |
//! |---|---|---|---|
//! | C0 controls except '\n', '\t', '\r' (ESC, BEL, BS, NUL, VT, FF …) | Control Pictures U+2400 + code: ESC → `␛`, NUL → `␀` | caret notation: `^[`, `^@`, `^G` | 1 / 2 |
//! | DEL (U+007F) | `␡` | `^?` | 1 / 2 |
//! | C1 controls U+0080–U+009F | `⟨U+009B⟩` | `<U+009B>` | 8 |
//! | bidi marks, embeddings, overrides, isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) | `⟨U+202E⟩` | `<U+202E>` | 8 |
//! | invisible characters that can hide text: U+200B, U+2060–U+206F, U+FEFF (BOM), U+180E, U+FFF9–U+FFFB, line/paragraph separators U+2028/U+2029 | `⟨U+200B⟩` | `<U+200B>` | 8 |
//! | tag characters U+E0000–U+E007F (hidden "ASCII smuggling") | `⟨U+E0041⟩` | `<U+E0041>` | 9 |
//! | soft hyphen U+00AD | `-` | `-` | 1 |
//! | tab | spaces to the next multiple of 4 columns (one space in single-line fields) | same | 1–4 |
//! | "\r\n" and a lone '\r' | '\n' (one space in single-line fields) | same | — |
//! | any other non-ASCII character | kept | folded to ASCII, see below | — |
//!
//! # ASCII mode
//!
//! A terminal that cannot show UTF-8 turns every non-ASCII byte into
//! mojibake, so [`Glyphs::Ascii`] output is pure ASCII. Each non-ASCII
//! character is replaced through the same offset map as the controls, so
//! claim spans still highlight the right words:
//!
//! - typographic quotes become `"` and `'`, dashes and the minus sign `-`,
//!   the ellipsis `...`, bullets and the middle dot `*`, no-break and other
//!   spaces a space, arrows and comparison signs `->`, `>=` …, and a few
//!   symbols common in news a short spelling (`€` → `EUR`, `°` → `deg`);
//! - Latin-1 Supplement and Latin Extended-A letters their base letter or
//!   letters (`é` → `e`, `Ł` → `L`, `ß` → `ss`, `Æ` → `AE`);
//! - this crate's own Unicode placeholders their ASCII form (`␛` → `^[`,
//!   `⟨U+202E⟩` → `<U+202E>`), so text sanitized for Unicode and folded
//!   later reads the same as text sanitized for ASCII;
//! - zero-width characters (combining accents, ZWJ, variation selectors)
//!   are dropped: a decomposed `e` + U+0301 shows as `e`, and an offset
//!   inside the accent maps to where it was;
//! - anything else becomes one `?` per column it takes: `?` for a narrow
//!   character, `??` for a wide one (CJK, emoji), so wrapped text and
//!   aligned columns keep their shape.
//!
//! Text a reviewer supplies and that is saved (pasted notes, source fields)
//! goes through [`sanitize_input`] / [`sanitize_input_line`] instead, which
//! never fold: ASCII mode changes how text looks, not what is saved.
//!
//! Every placeholder has a fixed, non-zero width that is the same in
//! East-Asian-ambiguous terminals. ZWNJ and ZWJ (U+200C, U+200D) and
//! variation selectors are kept: scripts and emoji need them.
//!
//! The soft hyphen becomes a plain '-' rather than a code: it is common in
//! text pasted from web pages, where a code in the middle of words would be
//! noise, yet terminals disagree on its width (`unicode-width` says 0, many
//! terminals draw one column), which would misalign every line after it.
//!
//! An escape sequence like "\x1b[31m" becomes "␛[31m": the tail stays as
//! visible text, on purpose. The terminal never receives the ESC, and the
//! reader sees that the article contained one.
//!
//! Clean text, the common case, is found with a vectorised byte scan and
//! copied in one piece with an empty offset map.
//!
//! # Example: highlighting a claim
//!
//! ```
//! use factdesk_text::{Glyphs, sanitize};
//!
//! let article = "\x1b]0;pwned\x07Inflation\trose 3% in May.";
//! let claim = article.find("rose").unwrap()..article.len();
//! let safe = sanitize(article, Glyphs::Unicode);
//! assert_eq!(safe.as_str(), "␛]0;pwned␇Inflation rose 3% in May.");
//! assert_eq!(&safe.as_str()[safe.display_range(claim)], "rose 3% in May.");
//! ```

mod classify;
mod fold;
mod map;

use unicode_width::UnicodeWidthStr;

use classify::{Class, classify, next_candidate};
use map::{NoMap, OffsetMap, Recorder};

pub use map::SafeText;

/// How text is drawn: `Ascii` for terminals or locales that cannot show
/// UTF-8 (`--ascii`, non-UTF-8 locales); see the crate docs for what it
/// changes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Glyphs {
    /// Control Pictures (`␛`) and `⟨U+202E⟩`.
    #[default]
    Unicode,
    /// Caret notation (`^[`) and `<U+202E>`, and every other non-ASCII
    /// character folded to ASCII: the output is pure ASCII.
    Ascii,
}

/// Tab stops fall on every multiple of this many columns.
const TAB_WIDTH: usize = 4;

/// The most spaces one tab can expand to.
const SPACES: &str = "    ";

/// Sanitizes multi-line text (articles, notes) and keeps the offset map.
///
/// Keeps '\n', turns "\r\n" and a lone '\r' into '\n', expands tabs to the
/// next multiple of 4 columns (columns counted with `unicode-width` since
/// the last newline), and replaces the rest as the crate docs list; with
/// [`Glyphs::Ascii`] it also folds every non-ASCII character to ASCII.
pub fn sanitize(raw: &str, glyphs: Glyphs) -> SafeText {
    let mut map = OffsetMap::default();
    let text = for_display::<false, _>(raw, glyphs, &mut map);
    SafeText::new(text, raw.len(), map)
}

/// Sanitizes a single-line field (claim text in a list row, source URLs,
/// file names, speaker names, text pasted into one-line inputs): like
/// [`sanitize`], but newlines, "\r\n", lone '\r' and tabs each become one
/// space so the field cannot break the row it is drawn in.
pub fn sanitize_line(raw: &str, glyphs: Glyphs) -> String {
    for_display::<true, _>(raw, glyphs, &mut NoMap)
}

/// Sanitizes multi-line text for display without building an offset map:
/// the same text as `sanitize(raw, glyphs).as_str()`.
pub fn sanitize_paste(raw: &str, glyphs: Glyphs) -> String {
    for_display::<false, _>(raw, glyphs, &mut NoMap)
}

/// Sanitizes multi-line text a reviewer supplies that is kept, not only
/// shown (a pasted or restored note): controls and invisible characters
/// are replaced as [`sanitize_paste`] does, but non-ASCII characters are
/// never folded, even with [`Glyphs::Ascii`], so "café" pasted in ASCII
/// mode is saved as "café". Draw the result through [`sanitize_paste`].
pub fn sanitize_input(raw: &str, glyphs: Glyphs) -> String {
    run::<false, false, _>(raw, glyphs, &mut NoMap)
}

/// [`sanitize_input`] for single-line fields (sources, summaries, reworded
/// claims): line breaks and tabs become spaces as in [`sanitize_line`].
pub fn sanitize_input_line(raw: &str, glyphs: Glyphs) -> String {
    run::<true, false, _>(raw, glyphs, &mut NoMap)
}

/// True when [`sanitize`] with `glyphs` would change the text; lets
/// callers keep clean text (most text) borrowed and skip the copy.
///
/// These are the multi-line rules: a '\n' does not count. Text that may
/// hold one and is shown in a single row must still go through
/// [`sanitize_line`] (or be checked for '\n' as well).
pub fn needs_sanitizing(raw: &str, glyphs: Glyphs) -> bool {
    match glyphs {
        Glyphs::Unicode => changes::<false>(raw),
        Glyphs::Ascii => changes::<true>(raw),
    }
}

/// [`needs_sanitizing`] for one glyph set; `FOLD` is true for ASCII.
fn changes<const FOLD: bool>(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    let mut from = 0;
    while let Some(at) = next_candidate::<false, FOLD>(bytes, from) {
        // Candidates are always on char boundaries (ASCII or lead bytes);
        // if one were not, "needs sanitizing" is the safe answer.
        let Some(c) = raw.get(at..).and_then(|rest| rest.chars().next()) else {
            return true;
        };
        if !is_kept::<false, FOLD>(classify(c), c) {
            return true;
        }
        from = at + c.len_utf8();
    }
    false
}

/// True when `c` (of class `class`) is copied unchanged.
#[inline]
fn is_kept<const LINE: bool, const FOLD: bool>(class: Class, c: char) -> bool {
    match class {
        Class::Keep => !FOLD || c.is_ascii(),
        Class::Newline => !LINE,
        _ => false,
    }
}

/// The sanitizer for text that is shown: folds to ASCII exactly when the
/// glyphs are ASCII.
fn for_display<const LINE: bool, R: Recorder>(
    raw: &str,
    glyphs: Glyphs,
    recorder: &mut R,
) -> String {
    match glyphs {
        Glyphs::Unicode => run::<LINE, false, _>(raw, glyphs, recorder),
        Glyphs::Ascii => run::<LINE, true, _>(raw, glyphs, recorder),
    }
}

/// Where the current line's column count can resume from without
/// re-measuring the whole line at every tab.
struct Columns {
    /// Display byte offset from which width is still unmeasured.
    measured_to: usize,
    /// Column at `measured_to`.
    column: usize,
}

/// The sanitizer. `LINE` selects single-line behaviour, `FOLD` replaces
/// every non-ASCII character with its ASCII spelling; `recorder` gets
/// every replacement (or ignores them).
fn run<const LINE: bool, const FOLD: bool, R: Recorder>(
    raw: &str,
    glyphs: Glyphs,
    recorder: &mut R,
) -> String {
    let bytes = raw.as_bytes();
    let mut out = String::new();
    let mut replaced_any = false;
    // Start of the original text not yet copied to `out`.
    let mut copied = 0;
    // Where to resume scanning (past characters found to be fine).
    let mut from = 0;
    let mut columns = Columns {
        measured_to: 0,
        column: 0,
    };
    while let Some(at) = next_candidate::<LINE, FOLD>(bytes, from) {
        // Invariant: `at` is a char boundary (the scan only stops on ASCII
        // or UTF-8 lead bytes), and `copied <= at`.
        let Some(c) = raw.get(at..).and_then(|rest| rest.chars().next()) else {
            // Unreachable; if it ever were reached, dropping the unchecked
            // rest is safe where copying it raw would not be.
            debug_assert!(false, "scan stopped off a char boundary at {at}");
            return out;
        };
        let class = classify(c);
        if is_kept::<LINE, FOLD>(class, c) {
            from = at + c.len_utf8();
            continue;
        }
        if !replaced_any {
            // First replacement: room for the text plus some growth.
            out.reserve(raw.len() + raw.len() / 8 + 16);
            replaced_any = true;
        }
        out.push_str(raw.get(copied..at).unwrap_or_default());
        let display_start = out.len();
        let mut original_len = c.len_utf8();
        match class {
            // Only reached when folding a non-ASCII character.
            Class::Keep => out.push_str(fold::ascii_for(c)),
            Class::Newline => out.push(' '),
            Class::CarriageReturn => {
                if bytes.get(at + 1) == Some(&b'\n') {
                    original_len = 2;
                }
                if LINE {
                    out.push(' ');
                } else {
                    out.push('\n');
                }
            }
            Class::Tab if LINE => out.push(' '),
            Class::Tab => {
                let column = column_at_end(&out, &mut columns);
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.push_str(SPACES.get(..spaces).unwrap_or(" "));
                columns.measured_to = out.len();
                columns.column = column + spaces;
            }
            Class::C0(code) => match glyphs {
                Glyphs::Unicode => {
                    out.push(char::from_u32(0x2400 + u32::from(code)).unwrap_or('␦'))
                }
                Glyphs::Ascii => {
                    out.push('^');
                    out.push(char::from(code ^ 0x40));
                }
            },
            Class::Delete => match glyphs {
                Glyphs::Unicode => out.push('␡'),
                Glyphs::Ascii => out.push_str("^?"),
            },
            Class::Coded(c) => push_code(&mut out, c, glyphs),
            Class::SoftHyphen => out.push('-'),
        }
        recorder.replaced(at, original_len, display_start, out.len() - display_start);
        from = at + original_len;
        copied = from;
    }
    if !replaced_any {
        // Clean: one copy, no map.
        return raw.to_owned();
    }
    out.push_str(raw.get(copied..).unwrap_or_default());
    out
}

/// Appends the placeholder naming `c` by its code point: `⟨U+202E⟩`, or
/// `<U+202E>` in ASCII (at least four hex digits, like `U+` notation).
fn push_code(out: &mut String, c: char, glyphs: Glyphs) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let (open, close) = match glyphs {
        Glyphs::Unicode => ('⟨', '⟩'),
        Glyphs::Ascii => ('<', '>'),
    };
    out.push(open);
    out.push_str("U+");
    let code = u32::from(c);
    let digits = (4..=6)
        .find(|&digits| code >> (digits * 4) == 0)
        .unwrap_or(6);
    for shift in (0..digits).rev() {
        let nibble = (code >> (shift * 4)) & 0xF;
        out.push(char::from(
            HEX.get(nibble as usize).copied().unwrap_or(b'?'),
        ));
    }
    out.push(close);
}

/// The display column at the end of `out`, measuring only what was added
/// since the last call (or since the last newline in it).
fn column_at_end(out: &str, columns: &mut Columns) -> usize {
    let unmeasured = out.get(columns.measured_to..).unwrap_or_default();
    let (line_part, column) = match unmeasured.rfind('\n') {
        Some(newline) => (unmeasured.get(newline + 1..).unwrap_or_default(), 0),
        None => (unmeasured, columns.column),
    };
    column + line_part.width()
}

#[cfg(test)]
mod tests;
