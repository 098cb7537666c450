//! Screens rendered into ratatui's TestBackend and compared with insta
//! snapshots (tests/snapshots/*.snap), at 80x24 and 120x40.

mod common;

use common::*;
use factdesk_tui::{Action, ColorMode, GlyphSet, State, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

fn render(state: &mut State, width: u16, height: u16) -> Terminal<TestBackend> {
    update(state, Action::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| draw(state, frame)).unwrap();
    terminal
}

/// A session under way: two verdicts, a note, a source.
fn reviewed_state() -> State {
    let mut state = sample_state();
    press(&mut state, &["v", "d", "g", "e"]);
    type_text(&mut state, "Data BPBD: 1.180 rumah.");
    press(&mut state, &["Ctrl-s", "s", "a"]);
    type_text(&mut state, "https://bpbd.jakarta.go.id/banjir");
    press(&mut state, &["Enter", "Esc"]);
    state.message = None;
    state.save = factdesk_tui::state::SaveState::Saved;
    state
}

#[test]
fn main_screen() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut state = reviewed_state();
        let terminal = render(&mut state, w, h);
        insta::assert_snapshot!(format!("main_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn detail_pane() {
    // One pane below 100 columns: Tab shows the detail.
    let mut state = reviewed_state();
    update(&mut state, Action::Resize(80, 24));
    press(&mut state, &["j", "Tab"]);
    let terminal = render(&mut state, 80, 24);
    insta::assert_snapshot!("detail_80x24", terminal.backend());
    let mut state = reviewed_state();
    press(&mut state, &["j"]);
    let terminal = render(&mut state, 120, 40);
    insta::assert_snapshot!("detail_120x40", terminal.backend());
}

/// The text rows inside the detail pane at 120 columns (right of the
/// list, which takes 45%), trailing blanks trimmed.
fn detail_rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    let left = area.width * 45 / 100 + 1;
    (0..area.height)
        .map(|y| {
            (left..area.width - 1)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect()
}

#[test]
fn the_detail_shows_the_claim_once_and_keeps_its_labels_in_place() {
    let mut state = reviewed_state();
    let first = detail_rows(&render(&mut state, 120, 40));
    press(&mut state, &["j"]);
    let second = detail_rows(&render(&mut state, 120, 40));
    let labels = |rows: &[String]| -> Vec<(usize, &'static str)> {
        let mut found = Vec::new();
        for (y, row) in rows.iter().enumerate() {
            for label in [
                "In the article",
                "Speaker ",
                "Quantities ",
                "Signals ",
                "Note ",
                "Sources ",
            ] {
                if row.starts_with(label) {
                    found.push((y, label));
                }
            }
        }
        found
    };
    assert_eq!(labels(&first).len(), 6, "{first:#?}");
    assert_eq!(
        labels(&first),
        labels(&second),
        "moving between claims moves no section label"
    );
    // The claim is drawn once, inside its context, and the context of
    // the second claim starts with the end of the first.
    let joined = |rows: &[String]| rows.join(" ");
    assert_eq!(joined(&first).matches("Banjir besar merendam").count(), 1);
    assert_eq!(joined(&second).matches("kerugian ditaksir").count(), 1);
    assert!(joined(&second).contains("Senin pagi."), "{second:#?}");
    // Signal evidence that repeats the quantity is left out; the quantity
    // is on its own row with its reading.
    assert!(first.iter().any(|r| r.ends_with("quantity +0.40")));
    assert_eq!(
        joined(&first).matches("sedikitnya 1.200 rumah").count(),
        2,
        "once in the claim, once on the quantity's row"
    );
    assert!(joined(&second).contains("Rp 4,5 miliar → an estimated Rp 4.5 miliar"));
}

#[test]
fn a_relative_date_says_which_day_it_was_read_from() {
    let article =
        "Harga beras naik 5 persen dibanding tahun lalu.\n\nRapat digelar 22 Januari 2015.\n";
    use factdesk_review::ClaimKind;
    let sentences: &[(&str, ClaimKind, f64)] = &[
        (
            "Harga beras naik 5 persen dibanding tahun lalu.",
            ClaimKind::Numeric,
            0.9,
        ),
        ("Rapat digelar 22 Januari 2015.", ClaimKind::Numeric, 0.8),
    ];
    let mut file = review_file(article, sentences);
    use factdesk_review::Category::{Date, Year};
    let date = |sentence: &str, text: &str, value: f64, category| {
        let start = article.find(sentence).expect("in the article");
        quantity(start, sentence, text, value, None, category, None)
    };
    file.claims[0].quantities = vec![date(sentences[0].0, "tahun lalu", 2024.0, Year)];
    file.claims[1].quantities = vec![date(sentences[1].0, "22 Januari 2015", 20150122.0, Date)];
    let rows_of = |file: factdesk_review::ReviewFile| {
        let mut state = state_of(file, article);
        let first = detail_rows(&render(&mut state, 120, 40)).join("\n");
        press(&mut state, &["j"]);
        let second = detail_rows(&render(&mut state, 120, 40)).join("\n");
        (first, second)
    };
    // Without a reference day the reading stands alone.
    let (first, _) = rows_of(file.clone());
    assert!(first.contains("tahun lalu → 2024 year"), "{first}");
    assert!(!first.contains(" from "), "{first}");
    file.article.reference_date = Some(factdesk_review::ReferenceDate::given(
        chrono::NaiveDate::from_ymd_opt(2025, 10, 21).expect("a day"),
    ));
    let (first, second) = rows_of(file);
    assert!(
        first.contains("tahun lalu → 2024 year from 2025-10-21"),
        "{first}"
    );
    // A date written out in full is not read from any day.
    assert!(second.contains("22 Januari 2015 → 2015-01-22"), "{second}");
    assert!(!second.contains("from 2025-10-21"), "{second}");
}

#[test]
fn a_date_counted_back_names_the_date_it_counts_from() {
    let sentence = "Pada 2024 ekspor naik 7 persen dibanding tahun sebelumnya.";
    let article = format!("{sentence}\n");
    use factdesk_review::Category::Year;
    use factdesk_review::ClaimKind;
    let mut file = review_file(&article, &[(sentence, ClaimKind::Numeric, 0.9)]);
    file.claims[0].quantities = vec![
        quantity(0, sentence, "Pada 2024", 2024.0, None, Year, None),
        quantity(0, sentence, "tahun sebelumnya", 2023.0, None, Year, None),
    ];
    let mut state = state_of(file, &article);
    let rows = detail_rows(&render(&mut state, 120, 40)).join("\n");
    assert!(
        rows.contains("tahun sebelumnya → 2023 year before \"Pada 2024\""),
        "{rows}"
    );
}

#[test]
fn the_speaker_row_tells_an_organisation_or_a_document() {
    for (kind, label) in [
        (
            factdesk_review::SourceKind::Organisation,
            "(organisation, mengatakan)",
        ),
        (
            factdesk_review::SourceKind::Document,
            "(document, mengatakan)",
        ),
    ] {
        let mut file = sample_file();
        let speaker = file
            .claims
            .iter_mut()
            .find_map(|c| c.speaker.as_mut())
            .unwrap_or_else(|| panic!("the sample has a speaker"));
        speaker.kind = kind;
        let name = speaker.name.clone();
        let mut state = state_with(file, &factdesk_tui::Config::default());
        // Walk to the attributed claim.
        let mut rows = detail_rows(&render(&mut state, 120, 40));
        for _ in 0..10 {
            if rows
                .iter()
                .any(|r| r.starts_with("Speaker ") && r.contains(&name))
            {
                break;
            }
            press(&mut state, &["j"]);
            rows = detail_rows(&render(&mut state, 120, 40));
        }
        // The speaker's row and the one it wraps onto, spaces collapsed.
        let at = rows
            .iter()
            .position(|r| r.starts_with("Speaker "))
            .unwrap_or_else(|| panic!("no speaker row in {rows:#?}"));
        let speaker = rows[at..(at + 2).min(rows.len())]
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(speaker.contains(&name), "{speaker}");
        assert!(speaker.contains(label), "{speaker}");
    }
    // A person has no such word.
    let mut state = sample_state();
    let rows = detail_rows(&render(&mut state, 120, 40));
    assert!(!rows.join(" ").contains("organisation,"));
}

#[test]
fn article_view() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut state = reviewed_state();
        update(&mut state, Action::Resize(w, h));
        press(&mut state, &["j", "a", "k", "l"]);
        let terminal = render(&mut state, w, h);
        // The selection (sentence plus one word) is drawn reversed.
        let buffer = terminal.backend().buffer();
        let reversed: String = buffer
            .content()
            .iter()
            .filter(|c| c.modifier.contains(Modifier::REVERSED))
            .map(|c| c.symbol())
            .collect();
        assert!(
            reversed.starts_with("Banjir besar") && reversed.ends_with("pagi. Gubernur"),
            "{reversed}"
        );
        insta::assert_snapshot!(format!("article_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn help_overlay() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut state = reviewed_state();
        press(&mut state, &["?"]);
        let terminal = render(&mut state, w, h);
        insta::assert_snapshot!(format!("help_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn note_editor() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut state = reviewed_state();
        press(&mut state, &["e", "End"]);
        press(&mut state, &["Enter"]);
        type_text(&mut state, "Dicek ke BNPB, selisih 20 rumah. 中文 🙂 ok");
        let terminal = render(&mut state, w, h);
        insta::assert_snapshot!(format!("note_editor_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn too_small_and_smallest_usable() {
    let mut state = reviewed_state();
    let terminal = render(&mut state, 30, 10);
    insta::assert_snapshot!("too_small_30x10", terminal.backend());
    let terminal = render(&mut state, 40, 12);
    insta::assert_snapshot!("smallest_40x12", terminal.backend());
}

#[test]
fn ascii_mode() {
    let mut state = reviewed_state();
    state.set_display(ColorMode::Color, GlyphSet::Ascii);
    let terminal = render(&mut state, 80, 24);
    let text = terminal.backend().to_string();
    insta::assert_snapshot!("ascii_80x24", terminal.backend());
    for line in text.lines() {
        let inner = line.trim_matches('"');
        assert!(inner.is_ascii(), "non-ASCII in ASCII mode: {inner}");
    }
}

#[test]
fn search_matches_are_highlighted() {
    let mut state = reviewed_state();
    press(&mut state, &["/"]);
    type_text(&mut state, "budi");
    let terminal = render(&mut state, 120, 40);
    insta::assert_snapshot!("search_120x40", terminal.backend());
}

#[test]
fn monochrome_selection_is_visible_without_colour() {
    let mut state = reviewed_state();
    state.set_display(ColorMode::Monochrome, GlyphSet::Unicode);
    let terminal = render(&mut state, 80, 24);
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    let row = (0..area.height)
        .find(|&y| buffer[(1, y)].symbol() == "▶")
        .expect("the selected row carries a text marker");
    let mut reversed = 0;
    for x in 1..area.width - 1 {
        let cell = &buffer[(x, row)];
        assert_eq!(cell.fg, Color::Reset, "no colour under NO_COLOR");
        assert_eq!(cell.bg, Color::Reset, "no colour under NO_COLOR");
        if cell.modifier.contains(Modifier::REVERSED) {
            reversed += 1;
        }
    }
    assert!(
        reversed > 70,
        "the selected row is drawn reversed ({reversed} cells)"
    );
    for y in 0..area.height {
        for x in 0..area.width {
            let cell = &buffer[(x, y)];
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
    // Verdicts are told apart by symbol and word, not colour.
    let text = terminal.backend().to_string();
    assert!(text.contains("✓ 1 verified") && text.contains("✗ 1 disputed"));
}

/// Fails naming the first non-ASCII cell and showing the screen.
fn assert_ascii_screen(terminal: &Terminal<TestBackend>, what: &str) {
    let backend = terminal.backend();
    if let Some(cell) = backend
        .buffer()
        .content()
        .iter()
        .find(|c| !c.symbol().is_ascii())
    {
        panic!("{what}: {:?} drawn in ASCII mode\n{backend}", cell.symbol());
    }
}

#[test]
fn ascii_mode_draws_typographic_text_in_ascii_and_saves_it_unfolded() {
    use factdesk_review::ClaimKind;
    let article = "Banjir “besar” — kata Gubernur… Rumah rusak: sedikitnya 1.200 rumah \
                   di Jakarta Timur.\n\nWarga 日本 café ‘aman’ · ±2 °C → ≥ 5.";
    let claims = [
        ("Banjir “besar” — kata Gubernur…", ClaimKind::Quote, 0.9),
        (
            "sedikitnya 1.200 rumah di Jakarta Timur.",
            ClaimKind::Numeric,
            0.8,
        ),
        ("Warga 日本 café ‘aman’", ClaimKind::Factual, 0.5),
    ];
    let mut state = factdesk_tui::initial_state(
        review_file(article, &claims),
        article.to_string(),
        "ána".to_string(),
        &factdesk_tui::Config::default(),
        factdesk_tui::StartOptions {
            label: "banjir–jakarta.review.json".to_string(),
            now: Some(at(0)),
            ..Default::default()
        },
    );
    state.set_display(ColorMode::Color, GlyphSet::Ascii);
    press(&mut state, &["j"]);
    let terminal = render(&mut state, 120, 40);
    assert_ascii_screen(&terminal, "claims list and detail");
    insta::assert_snapshot!("ascii_detail_120x40", terminal.backend());

    // The claim highlighted in the article view is the same words, folded.
    press(&mut state, &["a"]);
    let terminal = render(&mut state, 120, 40);
    assert_ascii_screen(&terminal, "article view");
    let buffer = terminal.backend().buffer();
    let bold: String = buffer
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED | Modifier::BOLD))
        .map(|c| c.symbol())
        .collect();
    assert!(
        bold.contains("sedikitnya 1.200 rumah") && bold.ends_with("Timur."),
        "{bold}"
    );
    press(&mut state, &["Esc", "?"]);
    assert_ascii_screen(&render(&mut state, 120, 40), "help");
    press(&mut state, &["Esc", "e"]);
    type_text(&mut state, "Dicek: café — ok ");
    update(&mut state, Action::Paste("“kutipan” 中文".to_string()));
    assert_ascii_screen(&render(&mut state, 120, 40), "note editor");
    press(&mut state, &["Ctrl-s"]);
    let note = &state.selected_claim().expect("a claim is selected").note;
    assert_eq!(note, "Dicek: café — ok “kutipan” 中文", "saved as typed");
    assert_ascii_screen(&render(&mut state, 120, 40), "detail with the note");
}

#[test]
fn a_preview_says_what_is_loading_instead_of_counts() {
    let mut state = sample_state();
    state.loading = Some("first 500 claims; loading 208.7 MB…".to_string());
    let terminal = render(&mut state, 80, 24);
    insta::assert_snapshot!("preview_80x24", terminal.backend());
    let header: String = (0..80)
        .map(|x| terminal.backend().buffer()[(x, 1)].symbol().to_string())
        .collect();
    assert_eq!(header.trim_end(), " first 500 claims; loading 208.7 MB…");
}

/// The bottom row of the screen, trailing blanks trimmed.
fn footer(terminal: &Terminal<TestBackend>) -> String {
    row(terminal, terminal.backend().buffer().area.height - 1)
}

#[test]
fn the_footer_drops_whole_hints_when_narrow() {
    // The full footer at a width where everything fits, split into hints.
    let mut state = reviewed_state();
    let wide = footer(&render(&mut state, 400, 40));
    let hints: Vec<&str> = wide.split("  ").map(str::trim).collect();
    assert!(hints.len() > 5, "footer: {wide:?}");
    assert!(wide.trim_start().starts_with("? help"), "footer: {wide:?}");
    for width in 40..=220 {
        let mut state = reviewed_state();
        let shown = footer(&render(&mut state, width, 24));
        let shown_hints: Vec<&str> = shown.split("  ").map(str::trim).collect();
        // A prefix of the full list, each hint whole.
        assert_eq!(
            shown_hints,
            hints[..shown_hints.len()],
            "at {width} columns the footer is {shown:?}"
        );
        // And no room was left for the next one.
        if let Some(next) = hints.get(shown_hints.len()) {
            assert!(
                shown.chars().count() + 2 + next.chars().count() > usize::from(width),
                "at {width} columns {next:?} would have fit after {shown:?}"
            );
        }
    }
}

/// Row `y` of the screen, trailing blanks trimmed.
fn row(terminal: &Terminal<TestBackend>, y: u16) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol().to_string())
        .collect::<String>()
        .trim_end()
        .to_string()
}

#[test]
fn a_long_reviewer_name_gives_way_to_the_label() {
    let long = "Ana Putri Wulandari <ana.putri.wulandari@redaksi.example.id>";
    for width in [80, 100, 120] {
        let mut state = reviewed_state();
        state.reviewer = long.to_string();
        let title = row(&render(&mut state, width, 24), 0);
        assert!(title.ends_with("saved"), "at {width}: {title:?}");
        assert!(
            title.contains("review.json"),
            "at {width} the label's file name is missing: {title:?}"
        );
        assert!(title.contains("Ana Putri"), "at {width}: {title:?}");
    }
    // With room for both, nothing is cut.
    let mut state = reviewed_state();
    state.reviewer = long.to_string();
    let title = row(&render(&mut state, 200, 24), 0);
    assert!(
        title.contains(long) && title.contains(&state.label),
        "{title:?}"
    );
}

#[test]
fn the_header_never_cuts_a_count_or_the_file_name() {
    for width in 40..=220 {
        let mut state = reviewed_state();
        let terminal = render(&mut state, width, 24);
        let counts = row(&terminal, 1);
        assert!(
            counts.ends_with("3 pending"),
            "at {width} columns the counts read {counts:?}"
        );
        for count in ["2/5 reviewed", "1", "0"] {
            assert!(counts.contains(count), "at {width}: {counts:?}");
        }
        let title = row(&terminal, 0);
        assert!(title.ends_with("saved"), "at {width}: {title:?}");
        // The label is whole, cut at its start, or left out; never cut at
        // its end.
        let label = state.label.as_str();
        if width >= 100 {
            assert!(title.contains(label), "at {width}: {title:?}");
        }
        // The label, when shown, is the last part before the reviewer
        // (the headline may be cut at its end before it).
        let before_reviewer = title
            .rsplit_once(&format!(" {} ", state.reviewer))
            .map_or(title.as_str(), |(before, _)| before)
            .trim_end();
        let last_part = before_reviewer.rsplit("  ").next().unwrap_or_default();
        if let Some(tail) = last_part.strip_prefix('…') {
            assert!(
                tail.len() >= 4 && label.ends_with(tail),
                "at {width} the label is cut badly: {title:?}"
            );
        } else {
            assert!(
                last_part == label || !last_part.contains("banjir-"),
                "at {width} the label is cut at its end: {title:?}"
            );
        }
    }
}

#[test]
fn the_publication_day_input_says_what_to_type() {
    let mut state = reviewed_state();
    press(&mut state, &["D"]);
    type_text(&mut state, "2025-10-21");
    let terminal = render(&mut state, 120, 40);
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|cell| cell.symbol())
        .collect();
    assert!(screen.contains("Published on (YYYY-MM-DD; empty: the article's own dated day)"));
    assert!(screen.contains("2025-10-21"));
}
