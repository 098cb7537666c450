//! Which characters are unsafe or invisible, and a fast scan for them.
//!
//! The scan looks at bytes, not chars: every character we may replace is
//! either an ASCII byte (C0, DEL) or starts with one of a handful of UTF-8
//! lead bytes. Text that contains none of those bytes is clean, and that is
//! checked 32 bytes at a time with plain comparisons the compiler turns into
//! vector instructions, so clean text passes at close to memory speed.

/// What the sanitizer does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Shown as it is.
    Keep,
    /// Line feed: kept in multi-line text, a space in single-line fields.
    Newline,
    /// Carriage return: with a following '\n' it merges into one newline.
    CarriageReturn,
    /// Horizontal tab: expanded to spaces.
    Tab,
    /// A C0 control other than '\n', '\t' and '\r' (the byte value).
    C0(u8),
    /// DEL (0x7F).
    Delete,
    /// A C1 control, bidi control or invisible format character: shown
    /// by its code point.
    Coded(char),
    /// U+00AD: shown as '-' (see the crate docs for why).
    SoftHyphen,
}

/// Sorts one character into its [`Class`].
pub(crate) fn classify(c: char) -> Class {
    match c {
        '\n' => Class::Newline,
        '\r' => Class::CarriageReturn,
        '\t' => Class::Tab,
        // The match arm guarantees the value fits in a byte.
        '\u{0}'..='\u{1F}' => Class::C0(c as u8),
        '\u{7F}' => Class::Delete,
        '\u{AD}' => Class::SoftHyphen,
        // C1 controls (U+009B is a one-byte CSI on some terminals).
        '\u{80}'..='\u{9F}'
        // Arabic letter mark, Mongolian vowel separator.
        | '\u{61C}'
        | '\u{180E}'
        // Zero-width space, LRM, RLM (U+200C ZWNJ and U+200D ZWJ are kept:
        // scripts and emoji sequences need them).
        | '\u{200B}'
        | '\u{200E}'
        | '\u{200F}'
        // Line and paragraph separators, bidi embeddings and overrides.
        | '\u{2028}'..='\u{202E}'
        // Word joiner, invisible operators, bidi isolates, deprecated
        // format controls (all invisible).
        | '\u{2060}'..='\u{206F}'
        // Byte order mark / zero-width no-break space.
        | '\u{FEFF}'
        // Interlinear annotation controls: they can hide a run of text.
        | '\u{FFF9}'..='\u{FFFB}'
        // Tag characters: invisible, used to smuggle hidden ASCII text.
        | '\u{E0000}'..='\u{E007F}' => Class::Coded(c),
        _ => Class::Keep,
    }
}

/// True for a byte that may start a character [`classify`] does not keep.
///
/// Only ASCII bytes and UTF-8 lead bytes qualify, so a hit is always on a
/// char boundary. `LINE` adds '\n' (single-line fields replace it), `FOLD`
/// every lead byte (ASCII mode replaces every non-ASCII character).
#[inline(always)]
fn is_candidate_byte<const LINE: bool, const FOLD: bool>(b: u8) -> bool {
    ((b < 0x20) & (LINE | (b != b'\n')))
        | (FOLD & (b >= 0xC0))
        | (b == 0x7F)
        // U+0080..U+00BF (C1, soft hyphen)
        | (b == 0xC2)
        // U+0600..U+063F (U+061C)
        | (b == 0xD8)
        // U+1800..U+183F (U+180E)
        | (b == 0xE1)
        // U+2000..U+2FFF (zero-width, bidi, separators, word joiner)
        | (b == 0xE2)
        // U+F000..U+FFFF (BOM, interlinear annotations)
        | (b == 0xEF)
        // U+C0000..U+FFFFF (tags)
        | (b == 0xF3)
}

/// Bytes checked per step of the vectorised clean-text scan.
const CHUNK: usize = 32;

/// Position of the first candidate byte at or after `from`, if any.
#[inline]
pub(crate) fn next_candidate<const LINE: bool, const FOLD: bool>(
    bytes: &[u8],
    from: usize,
) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut skipped = 0;
    for chunk in rest.chunks_exact(CHUNK) {
        // No early exit inside the chunk: this keeps the loop branch-free
        // so it vectorises.
        let any = chunk
            .iter()
            .fold(false, |any, &b| any | is_candidate_byte::<LINE, FOLD>(b));
        if any {
            break;
        }
        skipped += CHUNK;
    }
    rest.get(skipped..)?
        .iter()
        .position(|&b| is_candidate_byte::<LINE, FOLD>(b))
        .map(|at| from + skipped + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character that is not kept must start with a candidate byte,
    /// or the fast scan would let it through.
    #[test]
    fn every_replaced_char_starts_with_a_candidate_byte() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            match classify(c) {
                Class::Keep => {}
                Class::Newline => {
                    assert!(is_candidate_byte::<true, false>(lead));
                    assert!(!is_candidate_byte::<false, false>(lead));
                }
                _ => {
                    assert!(is_candidate_byte::<false, false>(lead), "{c:?} missed");
                    assert!(is_candidate_byte::<true, false>(lead), "{c:?} missed");
                }
            }
            // ASCII mode replaces every non-ASCII character.
            if !c.is_ascii() {
                assert!(is_candidate_byte::<false, true>(lead), "{c:?} missed");
                assert!(is_candidate_byte::<true, true>(lead), "{c:?} missed");
            }
        }
    }

    #[test]
    fn scan_finds_first_candidate_across_chunks() {
        let mut text = "a".repeat(100);
        text.push('\u{1b}');
        text.push_str(&"b".repeat(40));
        assert_eq!(
            next_candidate::<false, false>(text.as_bytes(), 0),
            Some(100)
        );
        assert_eq!(next_candidate::<false, false>(text.as_bytes(), 101), None);
        assert_eq!(next_candidate::<false, false>(b"ab\ncd", 0), None);
        assert_eq!(next_candidate::<true, false>(b"ab\ncd", 0), Some(2));
        assert_eq!(next_candidate::<false, false>(b"", 0), None);
        assert_eq!(next_candidate::<false, false>(b"abc", 7), None);
        let folded = format!("{}\u{e9}", "a".repeat(40));
        assert_eq!(next_candidate::<false, false>(folded.as_bytes(), 0), None);
        assert_eq!(
            next_candidate::<false, true>(folded.as_bytes(), 0),
            Some(40)
        );
    }

    #[test]
    fn joiners_and_ordinary_text_are_kept() {
        for c in [
            'a', 'é', '\u{200C}', '\u{200D}', '“', '—', '€', '\u{FE0F}', '😀',
        ] {
            assert_eq!(classify(c), Class::Keep, "{c:?}");
        }
    }
}
