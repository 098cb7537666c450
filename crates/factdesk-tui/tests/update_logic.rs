//! The update logic, driven through the real keymap.

mod common;

use common::*;
use factdesk_review::{ClaimStatus, HistoryAction, Origin, ReviewerVerdict, Verdict};
use factdesk_tui::state::{DraftText, Mode, SaveState};
use factdesk_tui::{Action, Config, StartOptions, initial_state, update};

#[test]
fn starts_on_first_pending_claim_and_shows_earlier_verdicts() {
    let mut file = sample_file();
    file.claims[0].set_verdict(Some(Verdict::Verified), &stamp(1));
    file.claims[1].set_verdict(Some(Verdict::Disputed), &stamp(2));
    let state = state_with(file, &Config::default());
    assert_eq!(state.selected, 2);
    assert_eq!(state.counts.reviewed, 2);
    assert_eq!(state.counts.verified, 1);
}

#[test]
fn marking_records_reviewer_time_and_advances_to_next_pending() {
    let mut state = sample_state();
    press(&mut state, &["v"]);
    let claim = &state.file.claims[0];
    let decision = claim.verdict.as_ref().unwrap();
    assert_eq!(decision.value, Verdict::Verified);
    assert_eq!(decision.reviewer, "ana");
    assert_eq!(decision.at, at(0));
    assert!(state.dirty);
    assert_eq!(state.save, SaveState::Unsaved);
    assert_eq!(state.selected, 1, "auto-advance to the next pending claim");
    press(&mut state, &["d", "u"]);
    assert_eq!(
        state.file.claims[1].verdict_value(),
        Some(Verdict::Disputed)
    );
    assert_eq!(
        state.file.claims[2].verdict_value(),
        Some(Verdict::Unverified)
    );
    assert_eq!(state.selected, 3);
    // Back up to a reviewed claim and clear it.
    press(&mut state, &["g", "c"]);
    assert!(state.file.claims[0].is_pending());
    assert_eq!(
        state.file.claims[0].history.last().unwrap().action,
        HistoryAction::Cleared
    );
}

#[test]
fn auto_advance_can_be_turned_off_and_skips_reviewed_claims() {
    let config = Config::parse(
        "[ui]\nauto_advance = false\n",
        std::path::Path::new("c.toml"),
    )
    .unwrap();
    let mut state = state_with(sample_file(), &config);
    press(&mut state, &["v"]);
    assert_eq!(state.selected, 0);
    let mut state = sample_state();
    state.file.claims[1].set_verdict(Some(Verdict::Verified), &stamp(1));
    press(&mut state, &["v"]);
    assert_eq!(state.selected, 2, "the reviewed claim 1 is skipped");
}

#[test]
fn navigation_keys_and_pending_jumps() {
    let mut state = sample_state();
    press(&mut state, &["j", "j", "k"]);
    assert_eq!(state.selected, 1);
    press(&mut state, &["G"]);
    assert_eq!(state.selected, 4);
    press(&mut state, &["Down"]);
    assert_eq!(state.selected, 4, "clamped at the end");
    press(&mut state, &["g"]);
    assert_eq!(state.selected, 0);
    state.file.claims[1].set_verdict(Some(Verdict::Verified), &stamp(1));
    press(&mut state, &["n"]);
    assert_eq!(state.selected, 2);
    press(&mut state, &["N"]);
    assert_eq!(state.selected, 0);
    press(&mut state, &["PageDown"]);
    assert_eq!(state.selected, 4);
}

#[test]
fn undo_and_redo_cover_every_kind_of_change() {
    let mut state = sample_state();
    let original = state.file.clone();
    // verdict, note, source, summary, rewording, dismiss
    press(&mut state, &["v", "g"]);
    press(&mut state, &["e"]);
    type_text(&mut state, "cek BPS");
    press(&mut state, &["Ctrl-s", "s", "a"]);
    type_text(&mut state, "https://bpbd.jakarta.go.id/laporan");
    press(&mut state, &["Enter", "Esc", "S"]);
    type_text(&mut state, "1.200 rumah terendam");
    press(&mut state, &["Enter", "r", "Ctrl-a"]);
    type_text(&mut state, "Kata: ");
    press(&mut state, &["Enter", "x"]);
    assert_eq!(state.undo.len(), 6);
    let changed = state.file.clone();
    let c = &changed.claims[0];
    assert_eq!(c.note, "cek BPS");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.summary.as_deref(), Some("1.200 rumah terendam"));
    assert!(c.rewording.as_deref().unwrap().starts_with("Kata: Banjir"));
    assert_eq!(c.status, ClaimStatus::Dismissed);
    for _ in 0..6 {
        press(&mut state, &["U"]);
    }
    let undone = &state.file.claims[0];
    let before = &original.claims[0];
    assert_eq!(undone.verdict, before.verdict);
    assert_eq!(undone.note, before.note);
    assert_eq!(undone.sources, before.sources);
    assert_eq!(undone.summary, before.summary);
    assert_eq!(undone.rewording, before.rewording);
    assert_eq!(undone.status, before.status);
    assert!(
        undone.history.len() > c.history.len(),
        "undo is recorded, history never rewritten"
    );
    press(&mut state, &["U"]);
    assert_eq!(state.message.as_ref().unwrap().text, "Nothing to undo");
    for _ in 0..6 {
        press(&mut state, &["Ctrl-r"]);
    }
    let redone = &state.file.claims[0];
    assert_eq!(redone.verdict, c.verdict);
    assert_eq!(redone.note, c.note);
    assert_eq!(redone.sources, c.sources);
    assert_eq!(redone.summary, c.summary);
    assert_eq!(redone.rewording, c.rewording);
    assert_eq!(redone.status, c.status);
}

#[test]
fn a_new_change_clears_redo() {
    let mut state = sample_state();
    press(&mut state, &["v", "U"]);
    assert_eq!(state.redo.len(), 1);
    press(&mut state, &["d"]);
    assert!(state.redo.is_empty());
}

#[test]
fn note_editor_moves_cursor_saves_and_cancels() {
    let mut state = sample_state();
    press(&mut state, &["e"]);
    type_text(&mut state, "baris satu");
    press(&mut state, &["Enter"]);
    type_text(&mut state, "dua");
    press(&mut state, &["Up", "Home"]);
    type_text(&mut state, ">");
    press(&mut state, &["End", "Backspace", "Down", "Left", "Delete"]);
    let Mode::Note { field, .. } = &state.mode else {
        panic!("note editor should be open");
    };
    assert_eq!(field.text, ">baris sat\ndu");
    update(
        &mut state,
        Action::Paste("\u{1b}]52;c;aGk=\u{7}tempel".to_string()),
    );
    let Mode::Note { field, .. } = &state.mode else {
        panic!("note editor should be open");
    };
    assert!(!field.text.contains('\u{1b}'), "pasted text is sanitized");
    assert!(field.text.contains("tempel"));
    press(&mut state, &["Esc"]);
    assert_eq!(state.file.claims[0].note, "");
    assert!(state.undo.is_empty(), "Esc cancels without a change");
    press(&mut state, &["e"]);
    type_text(&mut state, "catatan");
    press(&mut state, &["Ctrl-s"]);
    assert_eq!(state.file.claims[0].note, "catatan");
    assert_eq!(state.mode, Mode::Normal);
}

#[test]
fn sources_are_added_with_all_fields_and_removed() {
    let mut state = sample_state();
    press(&mut state, &["s", "a"]);
    type_text(&mut state, "BNPB, Laporan Harian 3 Februari 2026");
    press(&mut state, &["Tab"]);
    type_text(&mut state, "https://web.archive.org/x");
    press(&mut state, &["Tab"]);
    type_text(&mut state, "jumlah rumah terendam");
    press(&mut state, &["Enter"]);
    let source = &state.file.claims[0].sources[0];
    assert_eq!(source.reference, "BNPB, Laporan Harian 3 Februari 2026");
    assert_eq!(
        source.archived.as_deref(),
        Some("https://web.archive.org/x")
    );
    assert_eq!(source.description.as_deref(), Some("jumlah rumah terendam"));
    // An empty reference is refused and the form stays open.
    press(&mut state, &["a", "Enter"]);
    assert!(matches!(state.mode, Mode::SourceForm { .. }));
    assert!(state.message.as_ref().unwrap().error);
    press(&mut state, &["Esc", "d"]);
    assert!(state.file.claims[0].sources.is_empty());
    press(&mut state, &["Esc"]);
    assert_eq!(state.mode, Mode::Normal);
}

#[test]
fn summary_over_75_characters_is_refused_and_input_stays_open() {
    let mut state = sample_state();
    press(&mut state, &["S"]);
    type_text(&mut state, &"a".repeat(76));
    press(&mut state, &["Enter"]);
    assert!(matches!(state.mode, Mode::Summary { .. }));
    assert!(state.message.as_ref().unwrap().text.contains("76"));
    assert_eq!(state.file.claims[0].summary, None);
    press(&mut state, &["Backspace", "Enter"]);
    assert_eq!(
        state.file.claims[0].summary.as_deref().map(str::len),
        Some(75)
    );
}

#[test]
fn filters_by_verdict_kind_score_dismissed_and_conflicts() {
    let mut state = sample_state();
    press(&mut state, &["v", "d"]);
    press(&mut state, &["f", "v", "d", "u"]);
    assert_eq!(state.visible.len(), 3, "pending only");
    press(&mut state, &["0", "k"]);
    assert_eq!(state.visible.len(), 3, "numeric claims");
    press(&mut state, &["k"]);
    assert_eq!(state.visible.len(), 1, "quotes");
    press(&mut state, &["0"]);
    for _ in 0..7 {
        press(&mut state, &["+"]);
    }
    assert_eq!(state.visible.len(), 3, "score at least 0.7");
    press(&mut state, &["0", "Esc", "g", "x"]);
    assert_eq!(state.visible.len(), 4, "dismissed hidden by default");
    press(&mut state, &["f", "x"]);
    assert_eq!(state.visible.len(), 5);
    press(&mut state, &["c"]);
    assert_eq!(state.visible.len(), 0, "no conflicts");
    press(&mut state, &["0", "Esc"]);
}

#[test]
fn dismissed_claims_are_restorable() {
    let mut state = sample_state();
    press(&mut state, &["x"]);
    assert_eq!(state.file.claims[0].status, ClaimStatus::Dismissed);
    assert_eq!(state.counts.dismissed, 1);
    assert_eq!(state.counts.total, 4);
    press(&mut state, &["f", "x", "Esc", "g"]);
    press(&mut state, &["v"]);
    assert!(
        state.file.claims[0].verdict.is_none(),
        "a dismissed claim is not marked"
    );
    press(&mut state, &["x"]);
    assert_eq!(state.file.claims[0].status, ClaimStatus::Active);
}

#[test]
fn incremental_search_jumps_and_highlights_and_esc_returns() {
    let mut state = sample_state();
    press(&mut state, &["j", "/"]);
    type_text(&mut state, "BUDI");
    assert_eq!(
        state.search.hits,
        vec![1, 2],
        "case-insensitive, text and speaker"
    );
    assert_eq!(state.selected, 1);
    press(&mut state, &["Down"]);
    assert_eq!(state.selected, 2);
    press(&mut state, &["Enter", "]"]);
    assert_eq!(state.selected, 1, "wraps to the first match");
    press(&mut state, &["["]);
    assert_eq!(state.selected, 2);
    press(&mut state, &["/"]);
    type_text(&mut state, "posko");
    assert_eq!(state.selected, 4);
    press(&mut state, &["Esc"]);
    assert_eq!(state.selected, 2, "Esc returns to where the search began");
}

#[test]
fn sort_by_score_puts_highest_first() {
    let mut state = sample_state();
    press(&mut state, &["o", "g"]);
    assert!(selected_text(&state).contains("Rp 4,5 miliar"));
    press(&mut state, &["o"]);
    assert_eq!(state.visible, vec![0, 1, 2, 3, 4]);
}

#[test]
fn manual_claim_from_article_selection_and_undo_removes_it() {
    let mut state = sample_state();
    press(&mut state, &["G", "a"]);
    assert_eq!(state.mode, Mode::Article);
    // The cursor sentence is the selected claim; go one sentence back,
    // then narrow the selection to a span.
    press(&mut state, &["k"]);
    let text = state.article.text().to_string();
    let sel = state.article_cursor.selection.clone();
    assert_eq!(
        &text[sel.clone()],
        "Warga berharap pemerintah segera memperbaiki saluran air."
    );
    press(&mut state, &["L", "h", "h"]);
    let sel = state.article_cursor.selection.clone();
    assert_eq!(&text[sel], "berharap pemerintah segera memperbaiki");
    press(&mut state, &["Enter"]);
    assert_eq!(state.mode, Mode::Normal);
    assert_eq!(state.file.claims.len(), 6);
    let added = state.selected_claim().unwrap();
    assert_eq!(added.origin, Origin::Manual);
    assert_eq!(added.text, "berharap pemerintah segera memperbaiki");
    assert_eq!(&common::ARTICLE[added.start..added.end], added.text);
    assert_eq!(state.views.len(), 6);
    press(&mut state, &["U"]);
    assert_eq!(state.file.claims.len(), 5);
    assert_eq!(state.views.len(), 5);
    press(&mut state, &["R"]);
    assert_eq!(state.file.claims.len(), 6);
    assert!(state.file.claims.iter().any(|c| c.origin == Origin::Manual));
}

#[test]
fn adjudication_settles_a_conflict_and_can_be_undone() {
    let mut file = sample_file();
    for (name, verdict) in [("ana", Verdict::Verified), ("budi", Verdict::Disputed)] {
        file.claims[0].reviews.push(ReviewerVerdict {
            reviewer: name.to_string(),
            value: Some(verdict),
            at: Some(at(1)),
            note: String::new(),
            sources: Vec::new(),
        });
    }
    file.claims[0].conflict = true;
    let mut state = state_with(file, &Config::default());
    assert_eq!(state.counts.conflicts, 1);
    press(&mut state, &["f", "c", "Esc"]);
    assert_eq!(state.visible, vec![0]);
    press(&mut state, &["C", "l", "Enter"]);
    let claim = &state.file.claims[0];
    assert!(!claim.conflict);
    assert_eq!(claim.verdict_value(), Some(Verdict::Disputed));
    assert_eq!(
        claim.history.last().unwrap().action,
        HistoryAction::Adjudicated
    );
    press(&mut state, &["U"]);
    assert!(state.file.claims[0].conflict);
    assert_eq!(state.file.claims[0].verdict, None);
    // Overrule with one's own verdict.
    press(&mut state, &["C", "u"]);
    assert_eq!(
        state.file.claims[0].verdict_value(),
        Some(Verdict::Unverified)
    );
}

#[test]
fn read_only_refuses_changes() {
    let mut state = initial_state(
        sample_file(),
        ARTICLE.to_string(),
        "ana".to_string(),
        &Config::default(),
        StartOptions {
            read_only: true,
            now: Some(at(0)),
            ..Default::default()
        },
    );
    press(&mut state, &["v", "e"]);
    assert!(state.file.claims.iter().all(|c| c.verdict.is_none()));
    assert!(!state.dirty);
    assert!(state.banner.is_some());
}

#[test]
fn a_draft_is_offered_back_in_the_note_editor() {
    let file = sample_file();
    let id = file.claims[2].id.clone();
    let state = initial_state(
        file,
        ARTICLE.to_string(),
        "ana".to_string(),
        &Config::default(),
        StartOptions {
            draft: Some(DraftText {
                claim_id: id.clone(),
                text: "setengah ditulis".to_string(),
            }),
            now: Some(at(0)),
            ..Default::default()
        },
    );
    assert_eq!(state.selected, 2);
    let Mode::Note { claim_id, field } = &state.mode else {
        panic!("the note editor should open with the draft");
    };
    assert_eq!(claim_id, &id);
    assert_eq!(field.text, "setengah ditulis");
    assert!(state.message.as_ref().unwrap().text.contains("Ctrl-s"));
    assert_eq!(state.draft().unwrap().text, "setengah ditulis");
}

#[test]
fn quit_asks_when_the_last_save_failed() {
    let mut state = sample_state();
    press(&mut state, &["v"]);
    update(
        &mut state,
        Action::SaveFailed("read-only folder".to_string()),
    );
    assert!(state.message.as_ref().unwrap().error);
    press(&mut state, &["q"]);
    assert_eq!(state.mode, Mode::ConfirmQuit);
    assert!(!state.quit);
    press(&mut state, &["n", "W"]);
    type_text(&mut state, "/tmp/elsewhere.json");
    press(&mut state, &["Enter"]);
    assert_eq!(
        state.save_as_request.as_deref(),
        Some(std::path::Path::new("/tmp/elsewhere.json"))
    );
    press(&mut state, &["q"]);
    assert_eq!(state.mode, Mode::ConfirmQuit);
    press(&mut state, &["y"]);
    assert!(state.quit);
}

#[test]
fn ctrl_c_quits_from_any_mode() {
    let mut state = sample_state();
    press(&mut state, &["e"]);
    type_text(&mut state, "draf");
    press(&mut state, &["Ctrl-c"]);
    assert!(state.quit);
    assert_eq!(state.draft().unwrap().text, "draf");
}

#[test]
fn keymap_overrides_from_toml_drive_update() {
    let config = Config::parse(
        "[keys]\nundo = [\"z\"]\nredo = [\"Z\"]\nmark_verified = [\"v\", \"1\"]\n",
        std::path::Path::new("config.toml"),
    )
    .unwrap();
    let mut state = state_with(sample_file(), &config);
    press(&mut state, &["1"]);
    assert_eq!(
        state.file.claims[0].verdict_value(),
        Some(Verdict::Verified)
    );
    press(&mut state, &["U"]);
    assert!(
        state.file.claims[0].verdict.is_some(),
        "U is no longer undo"
    );
    press(&mut state, &["z"]);
    assert!(state.file.claims[0].verdict.is_none());
    press(&mut state, &["Z"]);
    assert!(state.file.claims[0].verdict.is_some());
}

#[test]
fn resize_keeps_the_selection_in_the_list_window() {
    let mut state = sample_state();
    update(&mut state, Action::Resize(80, 12));
    press(&mut state, &["G"]);
    let rows = state.list_rows();
    assert!(state.selected >= state.offset && state.selected < state.offset + rows);
}

#[test]
fn a_review_begins_with_its_head_only_when_its_first_claims_are_the_same() {
    let full = sample_state();
    let mut head_file = sample_file();
    head_file.claims.truncate(3);
    let head = state_with(head_file.clone(), &Config::default());
    assert!(full.begins_with(&head));
    assert!(full.begins_with(&full));
    assert!(
        !head.begins_with(&full),
        "a shorter review does not begin with a longer one"
    );

    // Reordered: the second claim first.
    let mut reordered = sample_file();
    reordered.claims.swap(0, 1);
    assert!(!state_with(reordered, &Config::default()).begins_with(&head));

    // Same order, but a claim differs (a verdict given meanwhile).
    let mut changed = sample_state();
    press(&mut changed, &["v"]);
    assert!(!changed.begins_with(&head));
}

/// A state on an article whose relative dates the extractor read.
fn dated_state(article: &str, read_only: bool) -> factdesk_tui::State {
    let extraction = factdesk_extract::extract(article, Some(factdesk_review::Language::Id));
    let file = factdesk_review::build::new_review("a.txt", article, extraction);
    initial_state(
        file,
        article.to_string(),
        "ana".to_string(),
        &Config::default(),
        StartOptions {
            read_only,
            now: Some(at(0)),
            ..Default::default()
        },
    )
}

fn value_of(state: &factdesk_tui::State, span: &str) -> Option<f64> {
    state
        .file
        .claims
        .iter()
        .flat_map(|c| &c.quantities)
        .find(|q| q.text == span)
        .unwrap_or_else(|| panic!("no {span:?}"))
        .value
}

#[test]
fn the_publication_day_typed_rereads_relative_dates() {
    let article = "Harga beras naik 5 persen dibanding tahun lalu, kata BPS.\n\n\
                   Kemarin harga cabai turun 3 persen di 34 provinsi.\n";
    let mut state = dated_state(article, false);
    assert_eq!(value_of(&state, "tahun lalu"), None);
    press(&mut state, &["v"]);
    // A day that is no day keeps the input open.
    press(&mut state, &["D"]);
    type_text(&mut state, "21/10/2025");
    press(&mut state, &["Enter"]);
    assert!(matches!(state.mode, Mode::PublicationDay { .. }));
    assert!(state.message.as_ref().is_some_and(|m| m.error));
    // Corrected: every relative date is read from it, and saved.
    for _ in 0.."21/10/2025".len() {
        press(&mut state, &["Backspace"]);
    }
    type_text(&mut state, "2025-10-21");
    press(&mut state, &["Enter"]);
    assert!(matches!(state.mode, Mode::Normal));
    assert_eq!(value_of(&state, "tahun lalu"), Some(2024.0));
    assert_eq!(value_of(&state, "Kemarin"), Some(20251020.0));
    assert!(state.dirty);
    let message = state.message.as_ref().expect("a message").text.clone();
    assert!(
        message.contains("2025-10-21") && message.contains("undone"),
        "{message}"
    );
    // The verdict given before stays.
    assert!(state.file.claims.iter().any(|c| c.verdict.is_some()));
    // The input offers the given day back; emptied, the day goes.
    press(&mut state, &["D"]);
    let Mode::PublicationDay { field } = &state.mode else {
        panic!("the input is open");
    };
    assert_eq!(field.text, "2025-10-21");
    for _ in 0.."2025-10-21".len() {
        press(&mut state, &["Backspace"]);
    }
    press(&mut state, &["Enter"]);
    assert_eq!(state.file.article.reference_date, None);
    assert_eq!(value_of(&state, "tahun lalu"), None);
}

#[test]
fn a_read_only_session_sets_no_publication_day() {
    let mut state = dated_state("Harga naik dibanding tahun lalu, kata BPS.\n", true);
    press(&mut state, &["D"]);
    assert!(matches!(state.mode, Mode::Normal));
    assert!(!state.dirty);
    assert_eq!(state.file.article.reference_date, None);
}
