//! ASCII stand-ins for non-ASCII characters, for [`crate::Glyphs::Ascii`].
//!
//! A terminal that cannot show UTF-8 (a non-UTF-8 locale, or `--ascii`)
//! turns every non-ASCII byte into mojibake, so in ASCII mode each
//! non-ASCII character the sanitizer keeps is replaced by a readable ASCII
//! spelling: typographic punctuation by its plain form, Latin letters with
//! diacritics by their base letter, and anything else by `?` (one per
//! column the character takes, so wide text keeps its shape).

use unicode_width::UnicodeWidthChar;

/// Base letters of U+00C0..=U+00FF; `?` marks the ones [`ascii_for`] spells
/// with two letters (Æ Þ ß æ þ) before reaching this table.
const LATIN_1: &[u8; 64] = b"AAAAAA?CEEEEIIIIDNOOOOOxOUUUUY??aaaaaa?ceeeeiiiidnooooo/ouuuuy?y";

/// Base letters of Latin Extended-A, U+0100..=U+017F; `?` marks the
/// ligatures (Ĳ ĳ Œ œ) spelled with two letters before reaching this table.
const LATIN_EXTENDED_A: &[u8; 128] = b"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/// Caret notation for the 32 Control Pictures U+2400..=U+241F, two bytes
/// each: text sanitized for Unicode and folded later reads like text
/// sanitized for ASCII in the first place.
const CARETS: &str = "^@^A^B^C^D^E^F^G^H^I^J^K^L^M^N^O^P^Q^R^S^T^U^V^W^X^Y^Z^[^\\^]^^^_";

/// The ASCII spelling of a non-ASCII character: a plain form, a base
/// letter, nothing for zero-width characters (combining accents, joiners,
/// variation selectors: dropping them leaves the base letter), otherwise
/// `?`, or `??` for a double-width character.
pub(crate) fn ascii_for(c: char) -> &'static str {
    if let Some(spelled) = spelled(c) {
        return spelled;
    }
    match c.width() {
        Some(0) => "",
        Some(2) => "??",
        _ => "?",
    }
}

/// The readable spellings: punctuation, symbols common in news, Latin
/// letters, and the sanitizer's own Unicode placeholders.
fn spelled(c: char) -> Option<&'static str> {
    let code = u32::from(c);
    let from_table = |table: &'static [u8], first: u32| {
        let at = usize::try_from(code - first).ok()?;
        std::str::from_utf8(table.get(at..at + 1)?).ok()
    };
    Some(match c {
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => " ",
        '\u{3000}' => "  ",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}'
        | '\u{203A}' | '\u{2BC}' => "'",
        '\u{201C}'..='\u{201F}' | '\u{2033}' | '\u{AB}' | '\u{BB}' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2043}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        '\u{B7}' | '\u{2022}' | '\u{2023}' | '\u{2027}' | '\u{2219}' | '\u{25E6}' => "*",
        '\u{2192}' => "->",
        '\u{2190}' => "<-",
        '\u{2194}' => "<->",
        '\u{21D2}' => "=>",
        '\u{2265}' => ">=",
        '\u{2264}' => "<=",
        '\u{2260}' => "!=",
        '\u{2248}' => "~",
        '\u{B1}' => "+/-",
        '\u{D7}' => "x",
        '\u{F7}' => "/",
        '\u{20AC}' => "EUR",
        '\u{A3}' => "GBP",
        '\u{A5}' => "JPY",
        '\u{A2}' => "c",
        '\u{A9}' => "(c)",
        '\u{AE}' => "(R)",
        '\u{2122}' => "(TM)",
        '\u{B0}' => "deg",
        '\u{BD}' => "1/2",
        '\u{BC}' => "1/4",
        '\u{BE}' => "3/4",
        '\u{B9}' => "1",
        '\u{B2}' => "2",
        '\u{B3}' => "3",
        '\u{B5}' => "u",
        '\u{A1}' => "!",
        '\u{BF}' => "?",
        '\u{A7}' => "S",
        '\u{B6}' => "P",
        '\u{AA}' => "a",
        '\u{BA}' => "o",
        '\u{A6}' => "|",
        '\u{C6}' => "AE",
        '\u{E6}' => "ae",
        '\u{DE}' => "TH",
        '\u{FE}' => "th",
        '\u{DF}' => "ss",
        '\u{132}' => "IJ",
        '\u{133}' => "ij",
        '\u{152}' => "OE",
        '\u{153}' => "oe",
        '\u{C0}'..='\u{FF}' => from_table(LATIN_1, 0xC0)?,
        '\u{100}'..='\u{17F}' => from_table(LATIN_EXTENDED_A, 0x100)?,
        // The sanitizer's Unicode placeholders, so folding Unicode output
        // gives the ASCII one: ␛ → ^[, ␡ → ^?, ⟨U+202E⟩ → <U+202E>.
        '\u{2400}'..='\u{241F}' => {
            let at = usize::try_from(code - 0x2400).ok()? * 2;
            CARETS.get(at..at + 2)?
        }
        '\u{2421}' => "^?",
        '\u{27E8}' => "<",
        '\u{27E9}' => ">",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_is_ascii_and_every_latin_letter_has_one() {
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let ascii = ascii_for(c);
            assert!(ascii.is_ascii(), "{c:?} -> {ascii:?}");
        }
        for c in ('\u{C0}'..='\u{17F}').filter(|c| u32::from(*c) != 0xD7 && u32::from(*c) != 0xF7) {
            let ascii = ascii_for(c);
            assert!(
                !ascii.is_empty() && ascii.bytes().all(|b| b.is_ascii_alphabetic()),
                "{c:?} -> {ascii:?}"
            );
        }
    }

    #[test]
    fn letters_fold_to_their_base_letter() {
        let folded: String = "ÀÉîõüÇñßÆøĀčĐęğİıŁńőŒřšţůźŽſ"
            .chars()
            .map(ascii_for)
            .collect();
        assert_eq!(folded, "AEiouCnssAEoAcDegIiLnoOErstuzZs");
    }

    #[test]
    fn tables_line_up_with_their_blocks() {
        // A letter from each end and the middle of both tables.
        for (c, base) in [
            ('\u{C0}', "A"),
            ('\u{D6}', "O"),
            ('\u{DD}', "Y"),
            ('\u{FF}', "y"),
            ('\u{100}', "A"),
            ('\u{138}', "k"),
            ('\u{149}', "n"),
            ('\u{178}', "Y"),
            ('\u{17E}', "z"),
        ] {
            assert_eq!(ascii_for(c), base, "{c:?}");
        }
    }

    #[test]
    fn punctuation_and_placeholders_read_as_ascii() {
        let folded: String = "“a” ‘b’ – — … · • → ≥ ≤ € \u{a0}\u{2009}␛␡⟨U+202E⟩"
            .chars()
            .map(|c| {
                if c.is_ascii() {
                    c.to_string()
                } else {
                    ascii_for(c).to_owned()
                }
            })
            .collect();
        assert_eq!(folded, "\"a\" 'b' - - ... * * -> >= <= EUR   ^[^?<U+202E>");
    }

    #[test]
    fn unknown_characters_keep_their_width() {
        assert_eq!(ascii_for('日'), "??");
        assert_eq!(ascii_for('😀'), "??");
        assert_eq!(ascii_for('ж'), "?");
        assert_eq!(ascii_for('\u{3000}'), "  ");
        assert_eq!(ascii_for('\u{301}'), "");
        assert_eq!(ascii_for('\u{200D}'), "");
        assert_eq!(ascii_for('\u{FE0F}'), "");
    }
}
