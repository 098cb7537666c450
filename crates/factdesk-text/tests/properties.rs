//! Properties of the sanitizer over arbitrary text, checked against an
//! oracle written independently of the crate's own classification.

use factdesk_text::{
    Glyphs, needs_sanitizing, sanitize, sanitize_input, sanitize_input_line, sanitize_line,
    sanitize_paste,
};
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

/// Characters that must never reach the terminal from multi-line text.
fn forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{9}' | '\u{B}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{AD}'
        | '\u{61C}' | '\u{180E}' | '\u{200B}' | '\u{200E}' | '\u{200F}'
        | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}')
}

/// Characters worth mixing into generated text far more often than chance.
const TRICKY: &[char] = &[
    '\x1b',
    '\x07',
    '\0',
    '\x7f',
    '\r',
    '\n',
    '\t',
    '\u{9b}',
    '\u{85}',
    '\u{202e}',
    '\u{2066}',
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{ad}',
    '\u{feff}',
    '\u{e0041}',
    '\u{fe0f}',
    '\u{301}',
    '“',
    '—',
    '…',
    'ß',
    '\u{a0}',
    '\u{3000}',
    '日',
    'é',
    '😀',
    'a',
    ' ',
    '[',
    ';',
];

fn tricky_text() -> impl Strategy<Value = String> {
    let one = prop_oneof![
        3 => proptest::sample::select(TRICKY),
        1 => any::<char>(),
    ];
    proptest::collection::vec(one, 0..64).prop_map(|chars| chars.into_iter().collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![tricky_text(), any::<String>()]
}

fn glyphs() -> impl Strategy<Value = Glyphs> {
    prop_oneof![Just(Glyphs::Unicode), Just(Glyphs::Ascii)]
}

/// Original char starts whose character survives unchanged: not forbidden,
/// not the '\n' of a "\r\n" (that pair is replaced as one), and in ASCII
/// mode ASCII.
fn kept_char_starts(raw: &str, glyphs: Glyphs) -> Vec<(usize, char)> {
    raw.char_indices()
        .filter(|&(at, c)| {
            let newline_of_crlf = c == '\n' && raw[..at].ends_with('\r');
            let folded = glyphs == Glyphs::Ascii && !c.is_ascii();
            !forbidden(c) && !newline_of_crlf && !folded
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn output_never_contains_forbidden_characters(raw in any_text(), glyphs in glyphs()) {
        let safe = sanitize(&raw, glyphs);
        prop_assert!(!safe.as_str().chars().any(forbidden), "{:?}", safe.as_str());
        let line = sanitize_line(&raw, glyphs);
        prop_assert!(!line.chars().any(|c| forbidden(c) || c == '\n'), "{:?}", line);
        prop_assert_eq!(sanitize_paste(&raw, glyphs), safe.as_str());
        prop_assert_eq!(needs_sanitizing(&raw, glyphs), safe.as_str() != raw);
        if glyphs == Glyphs::Ascii {
            prop_assert!(safe.as_str().is_ascii(), "{:?}", safe.as_str());
            prop_assert!(line.is_ascii(), "{:?}", line);
        }
        // Input kept for saving loses no letters, but no control either.
        let input = sanitize_input(&raw, glyphs);
        prop_assert!(!input.chars().any(forbidden), "{:?}", input);
        let input_line = sanitize_input_line(&raw, glyphs);
        prop_assert!(!input_line.chars().any(|c| forbidden(c) || c == '\n'), "{:?}", input_line);
        if glyphs == Glyphs::Unicode {
            prop_assert_eq!(&input, safe.as_str());
            prop_assert_eq!(&input_line, &line);
        }
    }

    #[test]
    fn ascii_output_is_pure_ascii_and_matches_folded_unicode_output(raw in any_text()) {
        let line = sanitize_line(&raw, Glyphs::Ascii);
        prop_assert!(line.is_ascii(), "{:?}", line);
        // A field sanitized for Unicode and drawn in ASCII mode later
        // reads as if it had been sanitized for ASCII from the start.
        let unicode = sanitize_line(&raw, Glyphs::Unicode);
        prop_assert_eq!(sanitize_line(&unicode, Glyphs::Ascii), line);
        // What is saved from ASCII-mode input draws as ASCII too.
        let input = sanitize_input(&raw, Glyphs::Ascii);
        prop_assert!(sanitize_paste(&input, Glyphs::Ascii).is_ascii());
    }

    #[test]
    fn offset_maps_are_total_and_monotonic(raw in any_text(), glyphs in glyphs()) {
        let safe = sanitize(&raw, glyphs);
        let display = safe.as_str();
        let mut previous = 0;
        for original in 0..raw.len() + 3 {
            let mapped = safe.to_display(original);
            prop_assert!(mapped >= previous, "to_display({}) went back", original);
            prop_assert!(display.is_char_boundary(mapped));
            previous = mapped;
        }
        prop_assert_eq!(safe.to_display(usize::MAX), display.len());
        let mut previous = 0;
        for shown in 0..display.len() + 3 {
            let mapped = safe.to_original(shown);
            prop_assert!(mapped >= previous, "to_original({}) went back", shown);
            prop_assert!(raw.is_char_boundary(mapped));
            previous = mapped;
        }
        prop_assert_eq!(safe.to_original(usize::MAX), raw.len());
    }

    #[test]
    fn kept_characters_round_trip(raw in any_text(), glyphs in glyphs()) {
        let safe = sanitize(&raw, glyphs);
        let display = safe.as_str();
        for (at, c) in kept_char_starts(&raw, glyphs) {
            let shown = safe.to_display(at);
            prop_assert_eq!(display[shown..].chars().next(), Some(c));
            prop_assert_eq!(safe.to_original(shown), at);
            // A one-character span highlights exactly that character.
            let range = safe.display_range(at..at + c.len_utf8());
            prop_assert_eq!(&display[range], c.to_string());
        }
        prop_assert_eq!(safe.to_original(safe.to_display(raw.len())), raw.len());
    }

    #[test]
    fn folded_characters_highlight_their_ascii_spelling(raw in any_text()) {
        let safe = sanitize(&raw, Glyphs::Ascii);
        let display = safe.as_str();
        for (at, c) in raw.char_indices().filter(|&(_, c)| !c.is_ascii() && !forbidden(c)) {
            let range = safe.display_range(at..at + c.len_utf8());
            prop_assert!(display[range.clone()].len() <= 4, "{:?} -> {:?}", c, range);
            if !range.is_empty() {
                // The spelling maps back to the character it stands for.
                prop_assert_eq!(safe.to_original(range.start), at);
                prop_assert_eq!(safe.to_display(at), range.start);
            }
        }
    }

    #[test]
    fn display_ranges_are_valid(
        raw in any_text(),
        glyphs in glyphs(),
        a in 0usize..200,
        b in 0usize..200,
    ) {
        let safe = sanitize(&raw, glyphs);
        let range = safe.display_range(a..b);
        prop_assert!(range.start <= range.end);
        prop_assert!(safe.as_str().get(range.clone()).is_some(), "{:?}", range);
        if a <= b {
            // The highlight covers at least what the original span maps to.
            prop_assert!(range.start <= safe.to_display(a));
            prop_assert!(range.end >= safe.to_display(b));
        }
    }

    #[test]
    fn tabs_end_on_a_multiple_of_four_columns(
        chars in proptest::collection::vec(
            proptest::sample::select(&['a', '日', 'é', '\t', '\n', '\r', '\x1b', '\u{202e}', ' '][..]),
            0..40,
        ),
        glyphs in glyphs(),
    ) {
        let raw: String = chars.into_iter().collect();
        let safe = sanitize(&raw, glyphs);
        let display = safe.as_str();
        for (at, _) in raw.match_indices('\t') {
            let range = safe.display_range(at..at + 1);
            let spaces = &display[range.clone()];
            prop_assert!((1..=4).contains(&spaces.len()) && spaces.bytes().all(|b| b == b' '));
            let line_start = display[..range.end].rfind('\n').map_or(0, |nl| nl + 1);
            prop_assert_eq!(display[line_start..range.end].width() % 4, 0);
        }
    }
}
