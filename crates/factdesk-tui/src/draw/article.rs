//! The whole-article view: wraps only the paragraphs on screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{block, styled_spans};
use crate::state::State;
use crate::text::wrap;

pub(super) fn draw_article(state: &State, frame: &mut Frame, area: Rect) {
    let theme = &state.theme;
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let height = usize::from(area.height.saturating_sub(2));
    let text = state.article.text();
    let cursor = &state.article_cursor;
    let selected_claim = state.selected_index();
    let mut lines: Vec<Line> = Vec::with_capacity(height);
    let mut p = cursor.top;
    let mut skip = cursor.top_line;
    while lines.len() < height {
        let Some(range) = state.article.paragraphs.get(p).cloned() else {
            break;
        };
        let para = text.get(range.clone()).unwrap_or("");
        // Claims overlapping this paragraph, via the position index.
        let first = state.by_position.partition_point(|&i| {
            state
                .views
                .get(i)
                .is_some_and(|v| v.span.end <= range.start)
        });
        let mut marks: Vec<(std::ops::Range<usize>, Style)> = Vec::new();
        for &i in state.by_position.iter().skip(first) {
            let (Some(view), Some(claim)) = (state.views.get(i), state.file.claims.get(i)) else {
                continue;
            };
            if view.span.start >= range.end {
                break;
            }
            if claim.status != factdesk_review::ClaimStatus::Active {
                continue;
            }
            let mut style = theme.verdict_highlight(claim.verdict_value());
            if Some(i) == selected_claim {
                style = style.add_modifier(ratatui::style::Modifier::BOLD);
            }
            marks.push((view.span.clone(), style));
        }
        marks.push((cursor.selection.clone(), theme.selection));
        for line in wrap(para, width).into_iter().skip(skip) {
            if lines.len() >= height {
                break;
            }
            let start = range.start + line.start;
            let piece = para.get(line).unwrap_or("");
            lines.push(Line::from(styled_spans(
                piece,
                start,
                &marks,
                Style::default(),
            )));
        }
        skip = 0;
        p += 1;
    }
    let sentences = state.article.sentences.len();
    let sep = theme.glyphs.separator();
    let title = format!(
        " Article{sep}sentence {}/{}{sep}select a span and add it as a claim ",
        (cursor.sentence + 1).min(sentences),
        sentences
    );
    frame.render_widget(Paragraph::new(lines).block(block(state, title)), area);
}
