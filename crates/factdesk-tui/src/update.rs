//! Applies actions to the state. No I/O and no clock reads: the time and
//! reviewer come from [`State::now`] and [`State::reviewer`], so every test
//! is deterministic. Saving happens at the edge, in the runtime, whenever
//! [`State::dirty`] is set; every change to `state.file` goes through
//! [`State::claim_changed`] or [`State::structure_changed`] so the runtime
//! knows which claims to hand to the writer thread.

use factdesk_review::edit::{EditError, Stamp};
use factdesk_review::{Claim, ClaimKind, ClaimStatus, ReferenceSource, Source, Verdict};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;
use crate::config::SortOrder;
use crate::editor::TextField;
use crate::keymap::{Context, KeyChord};
use crate::state::{ArticleCursor, Change, Counts, Mode, Pane, SaveState, State};
use crate::text::{ClaimView, wrap};

/// The action a key press means in the current mode, or `None` when the
/// key does nothing there. Unbound printable keys become
/// [`Action::TypeChar`] in modes that take text.
pub fn key_to_action(state: &State, key: &KeyEvent) -> Option<Action> {
    let chord = KeyChord::from_event(key);
    if let Some(action) = state.keymap.lookup(state.mode.context(), chord) {
        return Some(action);
    }
    match key.code {
        KeyCode::Char(c)
            if state.mode.takes_text()
                && !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::TypeChar(c))
        }
        _ => None,
    }
}

/// Applies one action.
pub fn update(state: &mut State, action: Action) {
    match action {
        Action::Resize(width, height) => {
            state.size = (width, height);
            state.scroll_to_selection();
            if state.mode == Mode::Article {
                ensure_sentence_visible(state);
            }
            return;
        }
        Action::SaveFailed(message) => {
            state.save = SaveState::Failed(message.clone());
            let keys = state.keymap.keys_for(Context::Normal, &Action::SaveAs);
            state.error(format!(
                "Save failed: {message}. Nothing is lost; press {keys} to save elsewhere"
            ));
            return;
        }
        _ => {}
    }
    state.message = None;
    match action {
        Action::ForceQuit => state.quit = true,
        Action::Suspend => state.suspend = true,
        Action::Redraw => state.repaint = true,
        action => match state.mode.context() {
            Context::Normal | Context::Global => normal(state, action),
            Context::Article => article(state, action),
            Context::Note => note(state, action),
            Context::Input => input(state, action),
            Context::Search => search(state, action),
            Context::Sources => sources(state, action),
            Context::Filter => filter(state, action),
            Context::Conflict => conflict(state, action),
            Context::Help => help(state, action),
            Context::Confirm => confirm(state, action),
        },
    }
}

fn stamp(state: &State) -> Stamp {
    Stamp {
        reviewer: state.reviewer.clone(),
        at: state.now,
    }
}

fn normal(state: &mut State, action: Action) {
    let page = state.list_rows().max(1);
    match action {
        Action::MoveDown => select(state, state.selected.saturating_add(1)),
        Action::MoveUp => select(state, state.selected.saturating_sub(1)),
        Action::PageDown => select(state, state.selected.saturating_add(page)),
        Action::PageUp => select(state, state.selected.saturating_sub(page)),
        Action::First => select(state, 0),
        Action::Last => select(state, state.visible.len().saturating_sub(1)),
        Action::NextPending | Action::PrevPending => {
            let found = if action == Action::NextPending {
                jump_pending(state, state.selected + 1, true)
            } else {
                jump_pending(state, state.selected, false)
            };
            if !found {
                state.info("No pending claim in the list");
            }
        }
        Action::MarkVerified => mark(state, Some(Verdict::Verified)),
        Action::MarkDisputed => mark(state, Some(Verdict::Disputed)),
        Action::MarkUnverified => mark(state, Some(Verdict::Unverified)),
        Action::ClearVerdict => mark(state, None),
        Action::EditNote => {
            if let Some(claim) = editable_claim(state) {
                state.mode = Mode::Note {
                    claim_id: claim.id.clone(),
                    field: TextField::new(&claim.note, false),
                };
            }
        }
        Action::EditSources => {
            if let Some(claim) = editable_claim(state) {
                state.mode = Mode::Sources {
                    claim_id: claim.id.clone(),
                    cursor: 0,
                };
            }
        }
        Action::EditSummary => {
            if let Some(claim) = editable_claim(state) {
                state.mode = Mode::Summary {
                    claim_id: claim.id.clone(),
                    field: TextField::new(claim.summary.as_deref().unwrap_or(""), true),
                };
            }
        }
        Action::Reword => {
            if let Some(claim) = editable_claim(state) {
                state.mode = Mode::Reword {
                    claim_id: claim.id.clone(),
                    field: TextField::new(claim.display_text(), true),
                };
            }
        }
        Action::ToggleDismiss => toggle_dismiss(state),
        Action::Undo => undo(state),
        Action::Redo => redo(state),
        Action::Search => {
            state.search.origin = state.selected;
            state.search.query.clear();
            state.search.lower.clear();
            state.search.hits.clear();
            state.mode = Mode::Search;
        }
        Action::SearchNext => step_search(state, true),
        Action::SearchPrev => step_search(state, false),
        Action::FilterMenu => state.mode = Mode::Filter,
        Action::ToggleSort => toggle_sort(state),
        Action::ArticleView => open_article(state),
        Action::TogglePane => {
            if state.two_panes() {
                state.info("Both panes are shown at this width");
            } else {
                state.pane = match state.pane {
                    Pane::List => Pane::Detail,
                    Pane::Detail => Pane::List,
                };
            }
        }
        Action::ScrollDetailDown => state.detail_scroll = state.detail_scroll.saturating_add(1),
        Action::ScrollDetailUp => state.detail_scroll = state.detail_scroll.saturating_sub(1),
        Action::ConflictView => match state.selected_claim() {
            Some(claim) if claim.conflict || !claim.reviews.is_empty() => {
                let id = claim.id.clone();
                if !state.read_only {
                    state.mode = Mode::Conflict {
                        claim_id: id,
                        pick: 0,
                    };
                } else {
                    state.error("Read-only: cannot adjudicate");
                }
            }
            Some(_) => state.info("This claim has only one reviewer: nothing to adjudicate"),
            None => state.info("No claim selected"),
        },
        Action::Help => state.mode = Mode::Help { scroll: 0 },
        Action::SaveAs => {
            state.mode = Mode::SaveAs {
                field: TextField::new("", true),
            }
        }
        Action::PublicationDay if state.read_only => {
            state.error("Read-only: another session holds this file");
        }
        Action::PublicationDay => {
            // A day given before is there to correct; one the article
            // dates itself by is not a given one.
            let given = state
                .file
                .article
                .reference_date
                .as_ref()
                .filter(|r| r.source == ReferenceSource::Given)
                .map(|r| r.date.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            state.mode = Mode::PublicationDay {
                field: TextField::new(&given, true),
            }
        }
        Action::Quit => {
            if matches!(state.save, SaveState::Failed(_)) {
                state.mode = Mode::ConfirmQuit;
            } else {
                state.quit = true;
            }
        }
        Action::Paste(_) => state.info("Paste goes into a note, a summary or a search"),
        _ => {}
    }
}

/// Selects list position `pos` (clamped) and scrolls to it.
fn select(state: &mut State, pos: usize) {
    let last = state.visible.len().saturating_sub(1);
    let pos = pos.min(last);
    if pos != state.selected {
        state.detail_scroll = 0;
    }
    state.selected = pos;
    state.scroll_to_selection();
}

fn is_pending_at(state: &State, pos: usize) -> bool {
    state
        .visible
        .get(pos)
        .and_then(|&i| state.file.claims.get(i))
        .is_some_and(Claim::is_pending)
}

/// Selects the next pending claim at or after `from` (forward), or before
/// `from` (backward), wrapping around; false when there is none.
fn jump_pending(state: &mut State, from: usize, forward: bool) -> bool {
    let len = state.visible.len();
    if len == 0 {
        return false;
    }
    let found = if forward {
        (from..len)
            .chain(0..from.min(len))
            .find(|&p| is_pending_at(state, p))
    } else {
        (0..from.min(len))
            .rev()
            .chain((from.min(len)..len).rev())
            .find(|&p| is_pending_at(state, p))
    };
    match found {
        Some(pos) => {
            select(state, pos);
            true
        }
        None => false,
    }
}

fn editable_claim(state: &mut State) -> Option<Claim> {
    if state.read_only {
        state.error("Read-only: another session holds this file");
        return None;
    }
    let claim = state.selected_claim().cloned();
    if claim.is_none() {
        state.info("No claim selected");
    }
    claim
}

/// Applies `edit` to claim `index`, recording an undo step when it changed
/// anything; false when refused or unchanged.
fn edit_claim(
    state: &mut State,
    index: usize,
    edit: impl FnOnce(&mut Claim, &Stamp) -> Result<(), EditError>,
) -> bool {
    if state.read_only {
        state.error("Read-only: another session holds this file");
        return false;
    }
    let stamp = stamp(state);
    let Some(claim) = state.file.claims.get_mut(index) else {
        return false;
    };
    let before = claim.clone();
    if let Err(e) = edit(claim, &stamp) {
        // A refused edit leaves the claim as it was, so nothing unsaved
        // can hide in it.
        *claim = before;
        state.error(e.to_string());
        return false;
    }
    if *claim == before {
        return false;
    }
    let after = claim.clone();
    after_change(state, index, &before);
    state.undo.push(Change::Edit {
        before: Box::new(before),
        after: Box::new(after),
    });
    state.redo.clear();
    true
}

/// Brings the caches up to date after claim `index` changed from `before`,
/// touching only that claim when it can (with 100,000 claims, a verdict key
/// must not walk the whole file): its counts are moved, and the list is
/// rebuilt only when the claim enters or leaves it, or a search is active
/// (its text may now match or not).
fn after_change(state: &mut State, index: usize, before: &Claim) {
    state.claim_changed(index);
    state.refresh_claim(index);
    let Some(claim) = state.file.claims.get(index) else {
        return;
    };
    state.counts.remove(before);
    state.counts.add(claim);
    let listed_before = state.filter.accepts(before);
    let listed_now = state.filter.accepts(claim);
    if listed_before != listed_now || !state.search.lower.is_empty() {
        state.refresh_visible(Some(index));
    }
}

fn mark(state: &mut State, verdict: Option<Verdict>) {
    let Some(index) = state.selected_index() else {
        state.info("No claim selected");
        return;
    };
    let Some(claim) = state.file.claims.get(index) else {
        return;
    };
    if claim.status == ClaimStatus::Dismissed {
        let keys = state
            .keymap
            .keys_for(Context::Normal, &Action::ToggleDismiss);
        state.info(format!(
            "This claim is dismissed: restore it first ({keys})"
        ));
        return;
    }
    if verdict.is_none() && claim.verdict.is_none() {
        state.info("Already pending");
        return;
    }
    if !edit_claim(state, index, |c, s| {
        c.set_verdict(verdict, s);
        Ok(())
    }) {
        return;
    }
    let word = verdict.map_or("pending", Verdict::as_str);
    state.info(format!("Marked {word}"));
    if verdict.is_some() && state.auto_advance {
        let from = if state.selected_index() == Some(index) {
            state.selected + 1
        } else {
            state.selected
        };
        if !jump_pending(state, from, true) {
            state.info(format!("Marked {word}. Every listed claim is reviewed"));
        }
    }
}

fn toggle_dismiss(state: &mut State) {
    let Some(index) = state.selected_index() else {
        state.info("No claim selected");
        return;
    };
    let dismissed = state
        .file
        .claims
        .get(index)
        .is_some_and(|c| c.status == ClaimStatus::Dismissed);
    let done = edit_claim(state, index, |c, s| {
        if dismissed {
            c.restore(s);
        } else {
            c.dismiss(s);
        }
        Ok(())
    });
    if done {
        let undo = state.keymap.keys_for(Context::Normal, &Action::Undo);
        if dismissed {
            state.info("Restored");
        } else {
            state.info(format!(
                "Dismissed as not a claim (kept in the file; {undo} undoes, the filter menu shows dismissed claims)"
            ));
        }
    }
}

/// Makes `claim` match `target` in everything a reviewer can change,
/// recording each difference in its history (history is never rewritten).
fn restore_fields(claim: &mut Claim, target: &Claim, stamp: &Stamp) {
    if claim.note != target.note {
        claim.set_note(&target.note, stamp);
        claim.note.clone_from(&target.note);
    }
    if claim.sources != target.sources {
        for i in (0..claim.sources.len()).rev() {
            if claim
                .sources
                .get(i)
                .is_some_and(|s| !target.sources.contains(s))
            {
                let _ = claim.remove_source(i, stamp);
            }
        }
        for source in &target.sources {
            if !claim.sources.contains(source) {
                let _ = claim.add_source(source.clone(), stamp);
            }
        }
        claim.sources.clone_from(&target.sources);
    }
    if claim.summary != target.summary {
        let _ = claim.set_summary(target.summary.as_deref().unwrap_or(""), stamp);
        claim.summary.clone_from(&target.summary);
    }
    if claim.rewording != target.rewording {
        claim.set_rewording(target.rewording.as_deref().unwrap_or(""), stamp);
        claim.rewording.clone_from(&target.rewording);
    }
    if claim.status != target.status {
        match target.status {
            ClaimStatus::Dismissed => claim.dismiss(stamp),
            _ => claim.restore(stamp),
        }
        claim.status = target.status;
    }
    if claim.verdict != target.verdict {
        claim.set_verdict(target.verdict_value(), stamp);
        claim.verdict.clone_from(&target.verdict);
    }
    claim.conflict = target.conflict;
    claim.reviews.clone_from(&target.reviews);
}

fn undo(state: &mut State) {
    if state.read_only {
        state.error("Read-only: another session holds this file");
        return;
    }
    let Some(change) = state.undo.pop() else {
        state.info("Nothing to undo");
        return;
    };
    apply_change(state, &change, true);
    state.redo.push(change);
    let redo = state.keymap.keys_for(Context::Normal, &Action::Redo);
    state.info(format!("Undone ({redo} redoes)"));
}

fn redo(state: &mut State) {
    if state.read_only {
        state.error("Read-only: another session holds this file");
        return;
    }
    let Some(change) = state.redo.pop() else {
        state.info("Nothing to redo");
        return;
    };
    apply_change(state, &change, false);
    state.undo.push(change);
    state.info("Redone");
}

/// Undoes (`backwards`) or redoes one change.
fn apply_change(state: &mut State, change: &Change, backwards: bool) {
    let stamp = stamp(state);
    match change {
        Change::Edit { before, after } => {
            let target = if backwards { before } else { after };
            let Some(index) = state.index_of(&target.id) else {
                state.error("That claim is no longer in the file");
                return;
            };
            let Some(claim) = state.file.claims.get_mut(index) else {
                return;
            };
            let before = claim.clone();
            restore_fields(claim, target, &stamp);
            after_change(state, index, &before);
            select_claim(state, index);
        }
        Change::Added { claim } if backwards => {
            if let Some(index) = state.index_of(&claim.id) {
                state.file.claims.remove(index);
                state.views.remove(index);
                state.rebuild_positions();
                state.structure_changed();
                state.counts = Counts::of(&state.file);
                state.refresh_visible(None);
            }
        }
        Change::Added { claim } => {
            let index = state
                .file
                .claims
                .iter()
                .position(|c| (c.start, c.end) > (claim.start, claim.end))
                .unwrap_or(state.file.claims.len());
            insert_claim(state, index, (**claim).clone());
        }
    }
}

fn insert_claim(state: &mut State, index: usize, claim: Claim) {
    let view = ClaimView::new(&claim, &state.article, state.theme.glyphs);
    state.file.claims.insert(index, claim);
    state.views.insert(index, view);
    state.rebuild_positions();
    state.structure_changed();
    state.counts = Counts::of(&state.file);
    state.refresh_visible(Some(index));
    select_claim(state, index);
}

/// Selects claim `index` if it is listed.
fn select_claim(state: &mut State, index: usize) {
    if let Some(pos) = state.visible.iter().position(|&i| i == index) {
        select(state, pos);
    }
}

fn toggle_sort(state: &mut State) {
    state.sort = match state.sort {
        SortOrder::Article => SortOrder::Score,
        SortOrder::Score => SortOrder::Article,
    };
    let keep = state.selected_index();
    state.refresh_visible(keep);
    state.info(match state.sort {
        SortOrder::Article => "Sorted by article order",
        SortOrder::Score => "Sorted by score, highest first",
    });
}

// ---------------------------------------------------------------- search

fn search(state: &mut State, action: Action) {
    match action {
        Action::TypeChar(c) => {
            state.search.query.push(c);
            run_search(state);
        }
        Action::Paste(text) => {
            let text = factdesk_text::sanitize_line(&text, state.theme.glyphs.text_glyphs());
            state.search.query.push_str(&text);
            run_search(state);
        }
        Action::DeleteBack => {
            state.search.query.pop();
            run_search(state);
        }
        Action::SearchNext => step_search(state, true),
        Action::SearchPrev => step_search(state, false),
        Action::Confirm => {
            state.mode = Mode::Normal;
            let n = state.search.hits.len();
            state.info(format!("{n} matching claims"));
        }
        Action::Cancel => {
            let origin = state.search.origin;
            state.search = Default::default();
            select(state, origin);
            state.mode = Mode::Normal;
        }
        _ => {}
    }
}

/// Recomputes the matches and selects the first at or after where the
/// search started.
fn run_search(state: &mut State) {
    state.search.lower = state.search.query.to_lowercase();
    if state.search.lower.is_empty() {
        state.search.hits.clear();
        let origin = state.search.origin;
        select(state, origin);
        return;
    }
    state.search.hits = state.search_hits(&state.search.lower);
    let origin = state.search.origin;
    let hit = state
        .search
        .hits
        .iter()
        .find(|&&p| p >= origin)
        .or_else(|| state.search.hits.first())
        .copied();
    match hit {
        Some(pos) => select(state, pos),
        None => state.info("No match"),
    }
}

fn step_search(state: &mut State, forward: bool) {
    if state.search.lower.is_empty() {
        let keys = state.keymap.keys_for(Context::Normal, &Action::Search);
        state.info(format!("No search: press {keys} first"));
        return;
    }
    let hits = &state.search.hits;
    let current = state.selected;
    let next = if forward {
        hits.iter().find(|&&p| p > current).or_else(|| hits.first())
    } else {
        hits.iter()
            .rev()
            .find(|&&p| p < current)
            .or_else(|| hits.last())
    }
    .copied();
    match next {
        Some(pos) => select(state, pos),
        None => state.info("No match"),
    }
}

// ---------------------------------------------------------------- editors

fn note(state: &mut State, action: Action) {
    let glyphs = state.theme.glyphs.text_glyphs();
    let Mode::Note { claim_id, field } = &mut state.mode else {
        return;
    };
    match action {
        Action::TypeChar(c) => field.insert_char(c),
        Action::Paste(text) => field.insert(&factdesk_text::sanitize_input(&text, glyphs)),
        Action::NewLine => field.insert_char('\n'),
        Action::CursorLeft => field.left(),
        Action::CursorRight => field.right(),
        Action::CursorUp => field.up(),
        Action::CursorDown => field.down(),
        Action::LineStart => field.home(),
        Action::LineEnd => field.end(),
        Action::DeleteBack => field.backspace(),
        Action::DeleteForward => field.delete(),
        Action::Cancel => {
            state.mode = Mode::Normal;
            state.info("Note not changed");
        }
        Action::Confirm => {
            let (id, text) = (claim_id.clone(), field.text.clone());
            state.mode = Mode::Normal;
            if let Some(index) = state.index_of(&id) {
                if edit_claim(state, index, |c, s| {
                    c.set_note(&text, s);
                    Ok(())
                }) {
                    state.info("Note saved");
                } else if state.message.is_none() {
                    state.info("Note unchanged");
                }
            }
        }
        _ => {}
    }
}

/// Applies an editing action to a one-line field; true when it was one.
fn edit_field(field: &mut TextField, action: &Action, glyphs: factdesk_text::Glyphs) -> bool {
    match action {
        Action::TypeChar(c) => field.insert_char(*c),
        Action::Paste(text) => field.insert(&factdesk_text::sanitize_input_line(text, glyphs)),
        Action::CursorLeft => field.left(),
        Action::CursorRight => field.right(),
        Action::LineStart => field.home(),
        Action::LineEnd => field.end(),
        Action::DeleteBack => field.backspace(),
        Action::DeleteForward => field.delete(),
        _ => return false,
    }
    true
}

fn input(state: &mut State, action: Action) {
    let glyphs = state.theme.glyphs.text_glyphs();
    match &mut state.mode {
        Mode::SourceForm { fields, focus, .. } => {
            let len = fields.len();
            match action {
                Action::NextField => *focus = (*focus + 1) % len,
                Action::PrevField => *focus = (*focus + len - 1) % len,
                ref other => {
                    if let Some(field) = fields.get_mut(*focus)
                        && edit_field(field, other, glyphs)
                    {
                        return;
                    }
                    input_commit(state, action);
                }
            }
        }
        Mode::Summary { field, .. }
        | Mode::Reword { field, .. }
        | Mode::SaveAs { field }
        | Mode::PublicationDay { field } => {
            let edited = edit_field(field, &action, glyphs);
            if !edited {
                input_commit(state, action);
            }
        }
        _ => {}
    }
}

/// Confirm or cancel in a one-line input.
fn input_commit(state: &mut State, action: Action) {
    match action {
        Action::Cancel => {
            state.mode = match std::mem::replace(&mut state.mode, Mode::Normal) {
                Mode::SourceForm { claim_id, .. } => Mode::Sources {
                    claim_id,
                    cursor: 0,
                },
                _ => Mode::Normal,
            };
        }
        Action::Confirm => match state.mode.clone() {
            Mode::Summary { claim_id, field } => {
                let Some(index) = state.index_of(&claim_id) else {
                    state.mode = Mode::Normal;
                    return;
                };
                let text = field.text.clone();
                let refused = edit_claim_refused(state, index, |c, s| c.set_summary(&text, s));
                if !refused {
                    state.mode = Mode::Normal;
                    state.info("Summary saved");
                }
            }
            Mode::Reword { claim_id, field } => {
                state.mode = Mode::Normal;
                if let Some(index) = state.index_of(&claim_id) {
                    let text = field.text.clone();
                    if edit_claim(state, index, |c, s| {
                        c.set_rewording(&text, s);
                        Ok(())
                    }) {
                        state.info("Reworded; the article text is kept beside it");
                    }
                }
            }
            Mode::SourceForm {
                claim_id, fields, ..
            } => {
                let Some(index) = state.index_of(&claim_id) else {
                    state.mode = Mode::Normal;
                    return;
                };
                let [reference, archived, description] = fields;
                let source = Source {
                    reference: reference.text,
                    archived: Some(archived.text),
                    description: Some(description.text),
                };
                if !edit_claim_refused(state, index, |c, s| c.add_source(source, s)) {
                    let count = state.file.claims.get(index).map_or(0, |c| c.sources.len());
                    state.mode = Mode::Sources {
                        claim_id,
                        cursor: count.saturating_sub(1),
                    };
                    state.info("Source added");
                }
            }
            Mode::SaveAs { field } => {
                let path = field.text.trim();
                if path.is_empty() {
                    state.error("Type a path to save the review to");
                    return;
                }
                state.save_as_request = Some(std::path::PathBuf::from(path));
                state.mode = Mode::Normal;
            }
            Mode::PublicationDay { field } => set_publication_day(state, field.text.trim()),
            _ => {}
        },
        _ => {}
    }
}

/// Reads the review's relative dates again from the publication day typed
/// (`YYYY-MM-DD`), or from the article's own dated day when `typed` is
/// empty. A day that does not parse keeps the input open for correction.
/// Quantity values are extractor data, so this is no reviewer edit: no
/// history entry, and no undo (type the day again, or clear it).
fn set_publication_day(state: &mut State, typed: &str) {
    let day = if typed.is_empty() {
        None
    } else {
        match factdesk_review::ReferenceDate::parse_day(typed) {
            Some(day) => Some(day),
            None => {
                state.error("Write the day as YYYY-MM-DD, e.g. 2025-10-21");
                return;
            }
        }
    };
    state.mode = Mode::Normal;
    let mut file = state.file.clone();
    if !factdesk_review::build::set_publication_day(&mut file, day) {
        state.info("Nothing changed");
        return;
    }
    let told = match &file.article.reference_date {
        Some(r) => format!(
            "Relative dates read from {} ({})",
            r.date.format("%Y-%m-%d"),
            r.why()
        ),
        None => "No publication day: relative dates have no value".to_string(),
    };
    // Undo keeps whole claims as they were, quantities included: undoing
    // one now would bring back the old reading, so the history goes.
    let undone = if state.undo.is_empty() && state.redo.is_empty() {
        ""
    } else {
        "; earlier changes can no longer be undone"
    };
    state.adopt_file(file);
    state.info(format!("{told}{undone}"));
}

/// Like [`edit_claim`] but returns whether the edit was refused (so an
/// input stays open for correction); an unchanged value is not a refusal.
fn edit_claim_refused(
    state: &mut State,
    index: usize,
    edit: impl FnOnce(&mut Claim, &Stamp) -> Result<(), EditError>,
) -> bool {
    let mut refused = false;
    edit_claim(state, index, |c, s| {
        let result = edit(c, s);
        refused = result.is_err();
        result
    });
    refused
}

fn sources(state: &mut State, action: Action) {
    let Mode::Sources { claim_id, cursor } = &mut state.mode else {
        return;
    };
    let id = claim_id.clone();
    let count = state
        .file
        .claims
        .iter()
        .find(|c| c.id == id)
        .map_or(0, |c| c.sources.len());
    match action {
        Action::MoveDown => *cursor = (*cursor + 1).min(count.saturating_sub(1)),
        Action::MoveUp => *cursor = cursor.saturating_sub(1),
        Action::AddSource => {
            state.mode = Mode::SourceForm {
                claim_id: id,
                fields: [
                    TextField::new("", true),
                    TextField::new("", true),
                    TextField::new("", true),
                ],
                focus: 0,
            };
        }
        Action::RemoveSource => {
            let at = *cursor;
            if count == 0 {
                state.info("No source to remove");
                return;
            }
            if let Some(index) = state.index_of(&id)
                && edit_claim(state, index, |c, s| c.remove_source(at, s).map(drop))
            {
                if let Mode::Sources { cursor, .. } = &mut state.mode {
                    *cursor = at.min(count.saturating_sub(2));
                }
                state.info("Source removed");
            }
        }
        Action::Close | Action::Cancel => state.mode = Mode::Normal,
        _ => {}
    }
}

// ---------------------------------------------------------------- menus

fn filter(state: &mut State, action: Action) {
    let f = &mut state.filter;
    match action {
        Action::FilterPending => f.pending = !f.pending,
        Action::FilterVerified => f.verified = !f.verified,
        Action::FilterDisputed => f.disputed = !f.disputed,
        Action::FilterUnverified => f.unverified = !f.unverified,
        Action::FilterKind => {
            f.kind = match f.kind {
                None => Some(ClaimKind::Numeric),
                Some(ClaimKind::Numeric) => Some(ClaimKind::Quote),
                Some(ClaimKind::Quote) => Some(ClaimKind::Attributed),
                Some(ClaimKind::Attributed) => Some(ClaimKind::Factual),
                Some(ClaimKind::Factual) => None,
            }
        }
        Action::ScoreUp => f.min_score = ((f.min_score * 10.0).round() + 1.0).min(10.0) / 10.0,
        Action::ScoreDown => f.min_score = ((f.min_score * 10.0).round() - 1.0).max(0.0) / 10.0,
        Action::FilterDismissed => f.show_dismissed = !f.show_dismissed,
        Action::FilterConflicts => f.conflicts_only = !f.conflicts_only,
        Action::FilterReset => {
            *f = crate::state::Filter::default();
        }
        Action::ToggleSort => {
            toggle_sort(state);
            return;
        }
        Action::Close | Action::Cancel => {
            state.mode = Mode::Normal;
            return;
        }
        _ => return,
    }
    let keep = state.selected_index();
    state.refresh_visible(keep);
    let shown = state.visible.len();
    state.info(format!("{shown} claims listed"));
}

fn help(state: &mut State, action: Action) {
    let Mode::Help { scroll } = &mut state.mode else {
        return;
    };
    let page = usize::from(state.size.1.saturating_sub(4)).max(1);
    match action {
        Action::MoveDown => *scroll += 1,
        Action::MoveUp => *scroll = scroll.saturating_sub(1),
        Action::PageDown => *scroll += page,
        Action::PageUp => *scroll = scroll.saturating_sub(page),
        Action::Close | Action::Cancel | Action::Help => state.mode = Mode::Normal,
        _ => {}
    }
    let lines = crate::draw::help_line_count(state);
    if let Mode::Help { scroll } = &mut state.mode {
        *scroll = (*scroll).min(lines.saturating_sub(page));
    }
}

fn confirm(state: &mut State, action: Action) {
    match action {
        Action::Yes => state.quit = true,
        Action::No | Action::Cancel => state.mode = Mode::Normal,
        _ => {}
    }
}

fn conflict(state: &mut State, action: Action) {
    let Mode::Conflict { claim_id, pick } = &state.mode else {
        return;
    };
    let (id, mut pick_now) = (claim_id.clone(), *pick);
    let pick = &mut pick_now;
    let Some(index) = state.index_of(&id) else {
        state.mode = Mode::Normal;
        return;
    };
    let reviews = state.file.claims.get(index).map_or(0, |c| c.reviews.len());
    let verdict = match action {
        Action::PickPrev | Action::PickNext => {
            *pick = if action == Action::PickPrev {
                pick.saturating_sub(1)
            } else {
                (*pick + 1).min(reviews.saturating_sub(1))
            };
            let picked = *pick;
            if let Mode::Conflict { pick, .. } = &mut state.mode {
                *pick = picked;
            }
            return;
        }
        Action::Close | Action::Cancel => {
            state.mode = Mode::Normal;
            return;
        }
        Action::Confirm => {
            let picked = state
                .file
                .claims
                .get(index)
                .and_then(|c| c.reviews.get(*pick))
                .and_then(|r| r.value);
            match picked {
                Some(v) => v,
                None => {
                    state.error("That reviewer left the claim pending: overrule with v, d or u");
                    return;
                }
            }
        }
        Action::MarkVerified => Verdict::Verified,
        Action::MarkDisputed => Verdict::Disputed,
        Action::MarkUnverified => Verdict::Unverified,
        _ => return,
    };
    state.mode = Mode::Normal;
    if edit_claim(state, index, |c, s| {
        factdesk_review::merge::adjudicate(c, verdict, &s.reviewer, s.at);
        Ok(())
    }) {
        state.info(format!("Adjudicated: {}", verdict.as_str()));
    }
}

// ---------------------------------------------------------------- article

fn open_article(state: &mut State) {
    let start = state
        .selected_index()
        .and_then(|i| state.views.get(i))
        .map_or(0, |v| v.span.start);
    let sentence = state.article.sentence_of(start);
    set_sentence(state, sentence);
    state.mode = Mode::Article;
}

fn set_sentence(state: &mut State, sentence: usize) {
    let sentence = sentence.min(state.article.sentences.len().saturating_sub(1));
    let selection = state
        .article
        .sentences
        .get(sentence)
        .cloned()
        .unwrap_or(0..0);
    state.article_cursor.sentence = sentence;
    state.article_cursor.selection = selection;
    ensure_sentence_visible(state);
}

/// Wrapped line ranges (display offsets) of paragraph `p` at the view width.
pub(crate) fn paragraph_lines(state: &State, p: usize) -> Vec<std::ops::Range<usize>> {
    let (width, _) = state.article_area();
    let Some(range) = state.article.paragraphs.get(p) else {
        return Vec::new();
    };
    let text = state.article.text().get(range.clone()).unwrap_or("");
    wrap(text, width)
        .into_iter()
        .map(|r| range.start + r.start..range.start + r.end)
        .collect()
}

/// Paragraph and line holding display offset `at`.
fn line_of(state: &State, at: usize) -> (usize, usize) {
    let p = state.article.paragraph_of(at);
    let lines = paragraph_lines(state, p);
    let l = lines.iter().rposition(|r| r.start <= at).unwrap_or(0);
    (p, l)
}

/// Scrolls the article so the cursor's selection start is on screen.
fn ensure_sentence_visible(state: &mut State) {
    let (_, height) = state.article_area();
    let at = state.article_cursor.selection.start;
    let (p, l) = line_of(state, at);
    let cursor = &state.article_cursor;
    if (p, l) < (cursor.top, cursor.top_line) {
        state.article_cursor.top = p;
        state.article_cursor.top_line = l;
        return;
    }
    // Count lines from the top to the cursor, stopping once past a screen.
    let (mut tp, mut tl) = (cursor.top, cursor.top_line);
    let mut seen = 0;
    while (tp, tl) < (p, l) {
        let count = paragraph_lines(state, tp).len();
        if tp == p {
            seen += l - tl;
            break;
        }
        seen += count.saturating_sub(tl);
        tp += 1;
        tl = 0;
        if seen >= height {
            break;
        }
    }
    if seen >= height {
        state.article_cursor.top = p;
        state.article_cursor.top_line = l;
    }
}

fn article(state: &mut State, action: Action) {
    let sentence = state.article_cursor.sentence;
    let last = state.article.sentences.len().saturating_sub(1);
    let (_, height) = state.article_area();
    match action {
        Action::MoveDown => set_sentence(state, sentence + 1),
        Action::MoveUp => set_sentence(state, sentence.saturating_sub(1)),
        Action::First => set_sentence(state, 0),
        Action::Last => set_sentence(state, last),
        Action::PageDown | Action::PageUp => {
            let (mut p, mut l) = (state.article_cursor.top, state.article_cursor.top_line);
            for _ in 0..height {
                if action == Action::PageDown {
                    if l + 1 < paragraph_lines(state, p).len() {
                        l += 1;
                    } else if p + 1 < state.article.paragraphs.len() {
                        p += 1;
                        l = 0;
                    }
                } else if l > 0 {
                    l -= 1;
                } else if p > 0 {
                    p -= 1;
                    l = paragraph_lines(state, p).len().saturating_sub(1);
                }
            }
            state.article_cursor.top = p;
            state.article_cursor.top_line = l;
            let at = paragraph_lines(state, p).get(l).map_or(0, |r| r.start);
            let s = state
                .article
                .sentences
                .partition_point(|s| s.start < at)
                .min(last);
            let selection = state.article.sentences.get(s).cloned().unwrap_or(0..0);
            state.article_cursor.sentence = s;
            state.article_cursor.selection = selection;
        }
        Action::ExtendSelection => {
            let end = state.article_cursor.selection.end;
            let limit = paragraph_end(state, state.article_cursor.selection.start);
            state.article_cursor.selection.end = next_word_end(state.article.text(), end, limit);
        }
        Action::ShrinkSelection => {
            let sel = state.article_cursor.selection.clone();
            let end = prev_word_end(state.article.text(), sel.end, sel.start);
            if end > sel.start {
                state.article_cursor.selection.end = end;
            }
        }
        Action::SelectionStartForward => {
            let sel = state.article_cursor.selection.clone();
            let start = next_word_start(state.article.text(), sel.start, sel.end);
            if start < sel.end {
                state.article_cursor.selection.start = start;
            }
        }
        Action::SelectionStartBack => {
            let sel = state.article_cursor.selection.clone();
            let limit = state
                .article
                .paragraphs
                .get(state.article.paragraph_of(sel.start))
                .map_or(0, |p| p.start);
            state.article_cursor.selection.start =
                prev_word_start(state.article.text(), sel.start, limit);
        }
        Action::AddClaim => add_claim(state),
        Action::Close | Action::Cancel | Action::ArticleView => state.mode = Mode::Normal,
        _ => {}
    }
}

fn paragraph_end(state: &State, at: usize) -> usize {
    state
        .article
        .paragraphs
        .get(state.article.paragraph_of(at))
        .map_or(at, |p| p.end)
}

fn next_word_end(text: &str, from: usize, limit: usize) -> usize {
    let rest = text.get(from..limit).unwrap_or("");
    let skip_space = rest.len() - rest.trim_start().len();
    let word = rest[skip_space..]
        .find(char::is_whitespace)
        .unwrap_or(rest.len() - skip_space);
    from + skip_space + word
}

fn prev_word_end(text: &str, from: usize, limit: usize) -> usize {
    let before = text.get(limit..from).unwrap_or("");
    let trimmed = before.trim_end();
    let word_start = trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let end = before[..word_start].trim_end().len();
    limit + end
}

fn next_word_start(text: &str, from: usize, limit: usize) -> usize {
    let rest = text.get(from..limit).unwrap_or("");
    let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let after = &rest[word..];
    from + word + (after.len() - after.trim_start().len())
}

fn prev_word_start(text: &str, from: usize, limit: usize) -> usize {
    let before = text.get(limit..from).unwrap_or("").trim_end();
    limit + before.rfind(char::is_whitespace).map_or(0, |i| i + 1)
}

fn add_claim(state: &mut State) {
    if state.read_only {
        state.error("Read-only: another session holds this file");
        return;
    }
    let ArticleCursor { selection, .. } = state.article_cursor.clone();
    let start = state.article.safe.to_original(selection.start);
    let end = state.article.safe.to_original(selection.end);
    if state
        .file
        .claims
        .iter()
        .any(|c| c.start == start && c.end == end)
    {
        state.info("That text is already a claim");
        return;
    }
    let stamp = stamp(state);
    match state
        .file
        .add_manual_claim(&state.article.raw, start, end, &stamp)
    {
        Ok(index) => {
            let Some(claim) = state.file.claims.get(index).cloned() else {
                return;
            };
            // Re-insert through the common path so caches stay in step.
            state.file.claims.remove(index);
            state.undo.push(Change::Added {
                claim: Box::new(claim.clone()),
            });
            state.redo.clear();
            if !state.filter.accepts(&claim) {
                state.filter = crate::state::Filter {
                    show_dismissed: state.filter.show_dismissed,
                    ..Default::default()
                };
            }
            insert_claim(state, index, claim);
            state.mode = Mode::Normal;
            state.info("Claim added");
        }
        Err(e) => state.error(e.to_string()),
    }
}
