//! The claims list, built for the visible window only.

use factdesk_review::{ClaimKind, ClaimStatus, Origin};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::{block, styled_spans};
use crate::state::State;

fn kind_abbrev(kinds: &[ClaimKind]) -> &'static str {
    match kinds.first() {
        Some(ClaimKind::Numeric) => "num",
        Some(ClaimKind::Quote) => "quo",
        Some(ClaimKind::Attributed) => "att",
        Some(ClaimKind::Factual) => "fac",
        None => "   ",
    }
}

/// Draws the list window `offset..offset+rows` with a throwaway ListState.
pub(super) fn draw_list(state: &State, frame: &mut Frame, area: Rect) {
    let theme = &state.theme;
    let rows = usize::from(area.height.saturating_sub(2)).max(1);
    let len = state.visible.len();
    // The state keeps the selection in view; clamp again in case the
    // frame is smaller than the state was told.
    let mut offset = state.offset.min(len.saturating_sub(rows));
    if state.selected < offset {
        offset = state.selected;
    } else if state.selected >= offset + rows {
        offset = state.selected + 1 - rows;
    }
    let end = (offset + rows).min(len);
    let query = &state.search.lower;
    let marker = theme.glyphs.selected_marker();
    let items: Vec<ListItem> = (offset..end)
        .filter_map(|pos| {
            let index = *state.visible.get(pos)?;
            let claim = state.file.claims.get(index)?;
            let view = state.views.get(index)?;
            let selected = pos == state.selected;
            let verdict = claim.verdict_value();
            let mut spans = vec![
                Span::raw(if selected {
                    format!("{marker} ")
                } else {
                    "  ".to_string()
                }),
                Span::styled(theme.glyphs.verdict(verdict), theme.verdict(verdict)),
                Span::styled(
                    format!(" {} {:.2} ", kind_abbrev(&claim.kinds), claim.score),
                    theme.dim,
                ),
            ];
            if claim.conflict {
                spans.push(Span::styled("! ", theme.error));
            }
            match claim.status {
                ClaimStatus::Dismissed => spans.push(Span::styled("[dismissed] ", theme.dim)),
                ClaimStatus::Orphaned => spans.push(Span::styled("[orphaned] ", theme.error)),
                ClaimStatus::Active => {}
            }
            if claim.origin == Origin::Manual {
                spans.push(Span::styled("+ ", theme.dim));
            }
            let text = first_chars(&view.line, usize::from(area.width));
            let marks = search_marks(text, query, theme.search);
            spans.extend(styled_spans(text, 0, &marks, Style::default()));
            Some(ListItem::new(Line::from(spans)))
        })
        .collect();
    let title = format!(
        " Claims {}/{}{}{} ",
        if len == 0 { 0 } else { state.selected + 1 },
        len,
        if state.filter.is_default() {
            ""
        } else {
            " (filtered)"
        },
        match state.sort {
            crate::config::SortOrder::Article => "",
            crate::config::SortOrder::Score => " by score",
        }
    );
    let mut list_state = ListState::default();
    list_state.select(state.selected.checked_sub(offset).filter(|_| len > 0));
    let list = List::new(items)
        .block(block(state, title))
        .highlight_style(theme.selected);
    frame.render_stateful_widget(list, area, &mut list_state);
}

/// The prefix of `text` that can show in `columns` (a little more is fine:
/// the widget clips), so long claims are not styled in full.
fn first_chars(text: &str, columns: usize) -> &str {
    match text.char_indices().nth(columns) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// Display ranges of case-insensitive matches of `query` in `text`.
pub(super) fn search_marks(
    text: &str,
    query: &str,
    style: Style,
) -> Vec<(std::ops::Range<usize>, Style)> {
    if query.is_empty() {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        // Lowercasing changed byte lengths: offsets would not line up.
        return Vec::new();
    }
    lower
        .match_indices(query)
        .map(|(at, m)| (at..at + m.len(), style))
        .collect()
}
