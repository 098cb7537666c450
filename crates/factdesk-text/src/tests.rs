use super::*;

fn show(raw: &str) -> String {
    sanitize(raw, Glyphs::Unicode).as_str().to_owned()
}

fn show_ascii(raw: &str) -> String {
    sanitize(raw, Glyphs::Ascii).as_str().to_owned()
}

/// A character that must never appear in multi-line output.
fn forbidden(c: char) -> bool {
    !matches!(classify(c), Class::Keep | Class::Newline)
}

fn assert_clean(text: &str) {
    if let Some(bad) = text.chars().find(|&c| forbidden(c)) {
        panic!("{bad:?} left in {text:?}");
    }
}

#[test]
fn osc52_clipboard_write_is_neutralised() {
    let raw = "before\x1b]52;c;cm0gLXJmIH4=\x07after";
    let safe = show(raw);
    assert_eq!(safe, "before␛]52;c;cm0gLXJmIH4=␇after");
    assert_clean(&safe);
    assert_eq!(show_ascii(raw), "before^[]52;c;cm0gLXJmIH4=^Gafter");
}

#[test]
fn osc0_title_change_is_neutralised() {
    let safe = show("\x1b]0;pwned\x07Headline");
    assert_eq!(safe, "␛]0;pwned␇Headline");
    // The string-terminator form (ESC \) too.
    assert_eq!(show("\x1b]0;pwned\x1b\\"), "␛]0;pwned␛\\");
}

#[test]
fn csi_clear_screen_and_cursor_move_are_neutralised() {
    assert_eq!(show("\x1b[2J"), "␛[2J");
    assert_eq!(show("\x1b[10;10Hx"), "␛[10;10Hx");
    assert_eq!(show("\x1b[31mred\x1b[0m"), "␛[31mred␛[0m");
    assert_eq!(show_ascii("\x1b[2J"), "^[[2J");
}

#[test]
fn c1_csi_is_shown_by_code() {
    assert_eq!(show("\u{9b}31m"), "⟨U+009B⟩31m");
    assert_eq!(show_ascii("\u{9b}31m"), "<U+009B>31m");
    assert_eq!(show("\u{85}\u{9d}"), "⟨U+0085⟩⟨U+009D⟩");
}

#[test]
fn bidi_controls_are_shown_by_code() {
    assert_eq!(show("abc\u{202e}fed"), "abc⟨U+202E⟩fed");
    assert_eq!(show_ascii("\u{2066}x\u{2069}"), "<U+2066>x<U+2069>");
    for c in [
        '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}',
        '\u{2067}', '\u{2068}',
    ] {
        assert_eq!(show(&c.to_string()), format!("⟨U+{:04X}⟩", u32::from(c)));
    }
}

#[test]
fn invisible_characters_are_shown_by_code() {
    assert_eq!(show("pass\u{200b}word"), "pass⟨U+200B⟩word");
    assert_eq!(show("\u{2060}\u{180e}"), "⟨U+2060⟩⟨U+180E⟩");
    assert_eq!(show("a\u{e0041}"), "a⟨U+E0041⟩");
    assert_eq!(show("Jo\u{ad}kowi"), "Jo-kowi");
}

#[test]
fn joiners_emoji_and_scripts_survive() {
    let raw = "👩\u{200d}🔬 ❤\u{fe0f} क्\u{200d}ष می\u{200c}خواهم “quoted” café";
    assert_eq!(show(raw), raw);
    assert!(!needs_sanitizing(raw, Glyphs::Unicode));
}

#[test]
fn other_c0_controls_and_del_use_control_pictures() {
    assert_eq!(show("\0\x07\x08\x0b\x0c\x1f\x7f"), "␀␇␈␋␌␟␡");
    assert_eq!(show_ascii("\0\x07\x08\x0b\x0c\x1f\x7f"), "^@^G^H^K^L^_^?");
}

#[test]
fn byte_order_mark_is_shown() {
    assert_eq!(show("\u{feff}Title"), "⟨U+FEFF⟩Title");
}

#[test]
fn crlf_and_lone_cr_become_newlines() {
    assert_eq!(show("one\r\ntwo\r\n"), "one\ntwo\n");
    assert_eq!(show("one\rtwo"), "one\ntwo");
    assert_eq!(show("a\r\r\nb"), "a\n\nb");
    assert_eq!(show("a\n\rb"), "a\n\nb");
}

#[test]
fn tabs_expand_to_the_next_multiple_of_four_columns() {
    assert_eq!(show("\tx"), "    x");
    assert_eq!(show("a\tx"), "a   x");
    assert_eq!(show("abc\tx"), "abc x");
    assert_eq!(show("abcd\tx"), "abcd    x");
    assert_eq!(show("a\t\tx"), "a       x");
    // Wide characters count two columns.
    assert_eq!(show("日\tx"), "日  x");
    assert_eq!(show("日本\tx"), "日本    x");
    assert_eq!(show("a日\tx"), "a日 x");
    assert_eq!(show("😀😀a\tx"), "😀😀a   x");
    // Combining marks count zero columns.
    assert_eq!(show("e\u{301}\tx"), "e\u{301}   x");
    // Columns restart after every kind of newline.
    assert_eq!(show("abc\n\tx"), "abc\n    x");
    assert_eq!(show("abc\r\n\tx"), "abc\n    x");
    assert_eq!(show("abc\r\tx"), "abc\n    x");
    // Placeholders count by their width (␛ is 1, a code is 8).
    assert_eq!(show("\x1b\tx"), "␛   x");
    assert_eq!(show("\u{202e}\tx"), "⟨U+202E⟩    x");
    assert_eq!(show_ascii("\x1b\tx"), "^[  x");
}

#[test]
fn single_line_fields_get_spaces_for_line_breaks_and_tabs() {
    assert_eq!(
        sanitize_line("a\nb\r\nc\rd\te", Glyphs::Unicode),
        "a b c d e"
    );
    assert_eq!(
        sanitize_line("\x1b[2Jname\u{202e}", Glyphs::Unicode),
        "␛[2Jname⟨U+202E⟩"
    );
    assert_eq!(sanitize_line("x\x07", Glyphs::Ascii), "x^G");
    assert_eq!(sanitize_line("clean", Glyphs::Unicode), "clean");
}

#[test]
fn paste_matches_sanitize() {
    for raw in ["", "plain", "a\tb\r\nc\x1b[1m", "\u{9b}\u{202e}日\tx"] {
        for glyphs in [Glyphs::Unicode, Glyphs::Ascii] {
            assert_eq!(sanitize_paste(raw, glyphs), sanitize(raw, glyphs).as_str());
        }
    }
}

#[test]
fn needs_sanitizing_matches_what_sanitize_changes() {
    let long_clean = "Harga beras naik 5% pada 2024. ".repeat(20);
    for raw in ["", "plain\ntext", "“curly” — dash", long_clean.as_str()] {
        assert!(!needs_sanitizing(raw, Glyphs::Unicode), "{raw:?}");
        assert_eq!(show(raw), raw);
    }
    let dirty_tail = format!("{long_clean}\x1b");
    for raw in [
        "\t",
        "\r",
        "\x1b",
        "\x7f",
        "\u{85}",
        "\u{ad}",
        "\u{202e}",
        "\u{200b}",
        "\u{feff}",
        "\u{e0020}",
        dirty_tail.as_str(),
    ] {
        assert!(needs_sanitizing(raw, Glyphs::Unicode), "{raw:?}");
        assert_ne!(show(raw), raw);
    }
}

#[test]
fn placeholders_have_fixed_nonzero_width() {
    for glyphs in [Glyphs::Unicode, Glyphs::Ascii] {
        for (raw, width) in [
            ("\x1b", if glyphs == Glyphs::Unicode { 1 } else { 2 }),
            ("\x7f", if glyphs == Glyphs::Unicode { 1 } else { 2 }),
            ("\u{9b}", 8),
            ("\u{202e}", 8),
            ("\u{e0041}", 9),
            ("\u{ad}", 1),
        ] {
            let safe = sanitize_line(raw, glyphs);
            assert_eq!(safe.width(), width, "{raw:?} -> {safe:?}");
            assert_eq!(safe.width_cjk(), width, "{raw:?} -> {safe:?}");
        }
    }
    assert!(sanitize_line("\x1b\u{9b}\u{202e}", Glyphs::Ascii).is_ascii());
}

#[test]
fn hostile_article_output_has_no_forbidden_characters() {
    let raw = "\u{feff}Title\r\n\x1b]52;c;Y2xpcA==\x07\x1b]0;pwned\x07\x1b[2J\x1b[10;10H\
               \u{9b}31m\u{202e}txet\u{2066}\t\x00\x7f\u{200b}\u{e0041}\rend";
    let safe = sanitize(raw, Glyphs::Unicode);
    assert_clean(safe.as_str());
    let line = sanitize_line(raw, Glyphs::Ascii);
    assert!(!line.contains('\n'));
    assert!(line.is_ascii());
    assert_clean(&line);
}

/// The display text covered by the display range of `needle`'s original span.
fn highlighted<'a>(safe: &'a SafeText, raw: &str, needle: &str) -> &'a str {
    let start = raw.find(needle).expect("needle is in the test article");
    let range = safe.display_range(start..start + needle.len());
    &safe.as_str()[range]
}

#[test]
fn claim_spans_after_replacements_land_on_the_same_text() {
    let raw = "\u{feff}Intro\r\n\x1b[31mred\x1b[0m said:\tGDP grew 5,2%\r\n\
               \u{202e}x\u{9b}\tInflasi naik 3% \u{200b}di Jakarta.";
    let safe = sanitize(raw, Glyphs::Unicode);
    for needle in [
        "GDP grew 5,2%",
        "Inflasi naik 3%",
        "Intro",
        "red",
        "Jakarta.",
    ] {
        assert_eq!(highlighted(&safe, raw, needle), needle);
    }
    // A span covering replaced characters covers their placeholders.
    assert_eq!(highlighted(&safe, raw, "\x1b[0m said"), "␛[0m said");
    assert_eq!(highlighted(&safe, raw, "3% \u{200b}di"), "3% ⟨U+200B⟩di");
    let ascii = sanitize(raw, Glyphs::Ascii);
    assert_eq!(highlighted(&ascii, raw, "GDP grew 5,2%"), "GDP grew 5,2%");
}

#[test]
fn offsets_inside_replaced_sequences_map_to_the_placeholder_start() {
    let raw = "ab\r\ncd";
    let safe = sanitize(raw, Glyphs::Unicode);
    assert_eq!(safe.as_str(), "ab\ncd");
    assert_eq!(safe.to_display(2), 2);
    assert_eq!(safe.to_display(3), 2); // the '\n' of CRLF
    assert_eq!(safe.to_display(4), 3);
    assert_eq!(safe.to_original(2), 2);
    assert_eq!(safe.to_original(3), 4);
    // A range ending inside CRLF includes the newline.
    assert_eq!(safe.display_range(0..3), 0..3);

    let raw = "x\u{202e}y";
    let safe = sanitize(raw, Glyphs::Unicode);
    for inside in 2..4 {
        assert_eq!(safe.to_display(inside), 1);
    }
    for inside in 1..safe.to_display(4) {
        assert_eq!(safe.to_original(inside), 1);
    }
    assert_eq!(safe.display_range(2..3), 1..1 + "⟨U+202E⟩".len());
}

#[test]
fn offsets_off_boundaries_or_past_the_end_are_clamped() {
    let raw = "é\x1bü";
    let safe = sanitize(raw, Glyphs::Unicode);
    assert_eq!(safe.as_str(), "é␛ü");
    assert_eq!(safe.to_display(1), 0);
    assert_eq!(safe.to_display(4), "é␛".len());
    assert_eq!(safe.to_display(5), "é␛ü".len());
    assert_eq!(safe.to_display(usize::MAX), "é␛ü".len());
    assert_eq!(safe.to_original(1), 0);
    assert_eq!(safe.to_original(3), 2); // inside ␛
    assert_eq!(safe.to_original(usize::MAX), raw.len());
    // Range ends round up to cover a partly included character.
    assert_eq!(safe.display_range(0..1), 0..2);
    // A backwards range is empty at its start.
    assert_eq!(
        safe.display_range(std::ops::Range { start: 4, end: 3 }),
        5..5
    );
    assert_eq!(safe.display_range(usize::MAX - 1..usize::MAX), 7..7);
}

#[test]
fn clean_text_maps_offsets_to_themselves() {
    let raw = "Harga “beras” naik.";
    let safe = sanitize(raw, Glyphs::Unicode);
    for offset in 0..=raw.len() {
        if raw.is_char_boundary(offset) {
            assert_eq!(safe.to_display(offset), offset);
            assert_eq!(safe.to_original(offset), offset);
        }
    }
    assert_eq!(safe.original_len(), raw.len());
}

#[test]
fn long_runs_of_controls_map_each_one() {
    let raw = format!("{}x{}", "\0".repeat(1000), "\t".repeat(10));
    let safe = sanitize(&raw, Glyphs::Unicode);
    assert_eq!(
        safe.as_str(),
        format!("{}x{}", "␀".repeat(1000), " ".repeat(3 + 36))
    );
    assert_eq!(safe.to_display(500), 1500);
    assert_eq!(safe.to_original(1501), 500);
    assert_eq!(safe.to_display(1000), 3000);
    assert_eq!(safe.to_display(1001), 3001);
    assert_eq!(safe.to_display(1002), 3004);
    assert_eq!(safe.to_original(3003), 1001);
}

#[test]
fn ascii_mode_folds_punctuation_and_letters() {
    let raw = "“Kopi” — café… naïve · ‘ok’ – Łódź\u{a0}straße €5";
    assert_eq!(
        show_ascii(raw),
        "\"Kopi\" - cafe... naive * 'ok' - Lodz strasse EUR5"
    );
    assert_eq!(
        sanitize_line("é\n–", Glyphs::Ascii),
        "e -",
        "single-line fields fold too"
    );
    // Unicode mode keeps all of it.
    assert_eq!(show(raw), raw);
    assert!(needs_sanitizing(raw, Glyphs::Ascii));
    assert!(!needs_sanitizing(raw, Glyphs::Unicode));
    assert!(!needs_sanitizing("plain ascii\n", Glyphs::Ascii));
}

#[test]
fn ascii_mode_keeps_the_width_of_unknown_characters() {
    // Wide characters become two '?' so tables and wrapping keep their
    // shape; narrow ones one; combining accents are dropped (the base
    // letter stays), like joiners and variation selectors.
    assert_eq!(show_ascii("日本 ok"), "???? ok");
    assert_eq!(show_ascii("Ж😀"), "???");
    assert_eq!(show_ascii("e\u{301}\u{200d}\u{fe0f}x"), "ex");
    // Tabs count the folded text: "??" is two columns.
    assert_eq!(show_ascii("日\tx"), "??  x");
    assert_eq!(show_ascii("…\tx"), "... x");
}

#[test]
fn ascii_mode_claim_spans_still_land_on_the_same_words() {
    let raw = "Menurut “BPS”, inflasi naik 2,5% — tertinggi sejak 2019… 日本 café.";
    let safe = sanitize(raw, Glyphs::Ascii);
    assert!(safe.as_str().is_ascii());
    for (needle, shown) in [
        ("“BPS”", "\"BPS\""),
        ("inflasi naik 2,5%", "inflasi naik 2,5%"),
        ("— tertinggi", "- tertinggi"),
        ("2019…", "2019..."),
        ("日本", "????"),
        ("café.", "cafe."),
    ] {
        assert_eq!(highlighted(&safe, raw, needle), shown, "{needle:?}");
    }
    // Every display offset maps back to the start of what it shows.
    let at = safe.as_str().find("cafe").unwrap();
    assert_eq!(safe.to_original(at), raw.find("café").unwrap());
    assert_eq!(safe.to_original(safe.as_str().len()), raw.len());
}

#[test]
fn dropped_combining_accents_map_to_where_they_were() {
    let raw = "Se\u{301}n x";
    let safe = sanitize(raw, Glyphs::Ascii);
    assert_eq!(safe.as_str(), "Sen x");
    // The accent (bytes 2..4) has no display text: its range is empty,
    // and a span including it covers the letters around it.
    assert_eq!(safe.display_range(2..4), 2..2);
    assert_eq!(safe.display_range(0..5), 0..3);
    assert_eq!(safe.to_display(3), 2);
    assert_eq!(safe.to_original(2), 4);
    assert_eq!(safe.to_original(1), 1);
}

#[test]
fn folding_unicode_output_gives_the_ascii_output() {
    // Text sanitized for Unicode (a title, a restored draft) and folded
    // later reads like text sanitized for ASCII from the start.
    let raw = "a\x1b[2J\x7f\u{9b}\u{202e}“b”";
    let unicode = sanitize_line(raw, Glyphs::Unicode);
    assert_eq!(
        sanitize_line(&unicode, Glyphs::Ascii),
        sanitize_line(raw, Glyphs::Ascii)
    );
}

#[test]
fn input_keeps_letters_but_not_controls() {
    let raw = "café “x”\x1b[1m\u{202e}\r\n";
    assert_eq!(
        sanitize_input(raw, Glyphs::Ascii),
        "café “x”^[[1m<U+202E>\n"
    );
    assert_eq!(
        sanitize_input_line(raw, Glyphs::Ascii),
        "café “x”^[[1m<U+202E> "
    );
    for glyphs in [Glyphs::Unicode, Glyphs::Ascii] {
        let stored = sanitize_input(raw, glyphs);
        assert_eq!(sanitize_input(&stored, glyphs), stored, "idempotent");
    }
    assert_eq!(
        sanitize_input(raw, Glyphs::Unicode),
        sanitize_paste(raw, Glyphs::Unicode)
    );
}
