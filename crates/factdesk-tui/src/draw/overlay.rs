//! Pop-ups over the body: editors, menus, help, conflict, questions.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{block, centered, shown};
use crate::editor::TextField;
use crate::keymap::{Context, KeyChord};
use crate::state::{Mode, State};

/// The help overlay's lines: every row of the keymap, grouped by context.
fn help_lines(state: &State) -> Vec<Line<'static>> {
    let theme = &state.theme;
    let mut lines = Vec::new();
    for context in Context::ALL {
        let rows: Vec<_> = state.keymap.context_rows(context).collect();
        if rows.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(
            context.title().to_string(),
            theme.heading,
        )));
        for row in rows {
            let keys = row
                .keys
                .iter()
                .map(KeyChord::to_string)
                .collect::<Vec<_>>()
                .join(" ");
            let keys = if keys.is_empty() {
                "(unbound)".to_string()
            } else {
                keys
            };
            let keys = shown(state, &keys);
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<16}"), theme.key),
                Span::raw(format!(" {}", shown(state, row.help))),
            ]));
        }
    }
    lines
}

/// How many lines the help overlay has (for scrolling).
pub fn help_line_count(state: &State) -> usize {
    help_lines(state).len()
}

pub(super) fn draw_overlay(state: &State, frame: &mut Frame, body: Rect) {
    match &state.mode {
        Mode::Help { scroll } => {
            let area = centered(body, 64, body.height);
            frame.render_widget(Clear, area);
            let scroll = u16::try_from(*scroll).unwrap_or(u16::MAX);
            frame.render_widget(
                Paragraph::new(help_lines(state))
                    .block(block(state, " Keys (? or Esc closes) "))
                    .scroll((scroll, 0)),
                area,
            );
        }
        Mode::Note { field, .. } => {
            let area = centered(body, 72, body.height.min(14));
            draw_field(
                state,
                frame,
                area,
                " Note (Ctrl-S saves, Esc cancels) ",
                field,
                true,
            );
        }
        Mode::Summary { field, .. } => {
            let count = field.text.chars().count();
            let max = factdesk_review::edit::SUMMARY_MAX_CHARS;
            let title = format!(" Summary {count}/{max} (Enter saves, Esc cancels) ");
            let area = centered(body, 80, 5);
            draw_field(state, frame, area, &title, field, false);
            if count > max {
                let warn = Rect::new(
                    area.x + 1,
                    area.bottom().saturating_sub(2),
                    area.width.saturating_sub(2),
                    1,
                );
                frame.render_widget(
                    Paragraph::new(format!("{} characters too long", count - max))
                        .style(state.theme.error),
                    warn,
                );
            }
        }
        Mode::Reword { field, .. } => {
            let area = centered(body, 80, 5);
            draw_field(
                state,
                frame,
                area,
                " Reword (the article text is kept) ",
                field,
                false,
            );
        }
        Mode::SaveAs { field } => {
            let area = centered(body, 72, 5);
            draw_field(state, frame, area, " Save review as (path) ", field, false);
        }
        Mode::PublicationDay { field } => {
            let area = centered(body, 72, 5);
            draw_field(
                state,
                frame,
                area,
                " Published on (YYYY-MM-DD; empty: the article's own dated day) ",
                field,
                false,
            );
        }
        Mode::SourceForm { fields, focus, .. } => {
            let area = centered(body, 76, 11);
            frame.render_widget(Clear, area);
            let outer = block(
                state,
                " New source (Tab next field, Enter adds, Esc cancels) ",
            );
            let inner = outer.inner(area);
            frame.render_widget(outer, area);
            let labels = [
                "URL or document reference",
                "Archived copy URL (optional)",
                "What it shows (optional)",
            ];
            for (i, (label, field)) in labels.iter().zip(fields.iter()).enumerate() {
                let y = inner.y + (i as u16) * 3;
                if y + 1 >= inner.bottom() {
                    break;
                }
                let style = if i == *focus {
                    state.theme.key
                } else {
                    state.theme.dim
                };
                let marker = if i == *focus {
                    state.theme.glyphs.selected_marker()
                } else {
                    " "
                };
                frame.render_widget(
                    Paragraph::new(Span::styled(format!("{marker} {label}"), style)),
                    Rect::new(inner.x, y, inner.width, 1),
                );
                let line_area = Rect::new(inner.x + 2, y + 1, inner.width.saturating_sub(2), 1);
                draw_line_text(state, frame, line_area, field, i == *focus);
            }
        }
        Mode::Sources { claim_id, cursor } => {
            let area = centered(body, 76, body.height.min(14));
            frame.render_widget(Clear, area);
            let claim = state.file.claims.iter().find(|c| &c.id == claim_id);
            let g = state.theme.glyphs.text_glyphs();
            let mut lines = Vec::new();
            for (n, s) in claim
                .map(|c| c.sources.as_slice())
                .unwrap_or(&[])
                .iter()
                .enumerate()
            {
                let selected = n == *cursor;
                let marker = if selected {
                    state.theme.glyphs.selected_marker()
                } else {
                    " "
                };
                let style = if selected {
                    state.theme.selected
                } else {
                    Default::default()
                };
                lines.push(Line::from(Span::styled(
                    format!(
                        "{marker} {}. {}",
                        n + 1,
                        factdesk_text::sanitize_line(&s.reference, g)
                    ),
                    style,
                )));
                if let Some(a) = &s.archived {
                    lines.push(Line::from(format!(
                        "     archived: {}",
                        factdesk_text::sanitize_line(a, g)
                    )));
                }
                if let Some(d) = &s.description {
                    lines.push(Line::from(format!(
                        "     {}",
                        factdesk_text::sanitize_line(d, g)
                    )));
                }
            }
            if lines.is_empty() {
                lines.push(Line::from(Span::styled(
                    "No sources yet: press a to add one",
                    state.theme.dim,
                )));
            }
            frame.render_widget(
                Paragraph::new(lines)
                    .block(block(state, {
                        let keys =
                            |a: crate::action::Action| state.keymap.keys_for(Context::Sources, &a);
                        use crate::action::Action as A;
                        format!(
                            " Sources ({} add, {} remove, {} back) ",
                            keys(A::AddSource),
                            keys(A::RemoveSource),
                            keys(A::Close)
                        )
                    }))
                    .wrap(Wrap { trim: false }),
                area,
            );
        }
        Mode::Filter => {
            let f = &state.filter;
            let check = |on: bool| if on { "[x]" } else { "[ ]" };
            let kind = f.kind.map_or("all", |k| k.as_str());
            let keys = |a: crate::action::Action| {
                shown(state, &state.keymap.keys_for(Context::Filter, &a)).into_owned()
            };
            use crate::action::Action as A;
            let lines = vec![
                Line::from(format!(
                    "{} {:<6} pending",
                    check(f.pending),
                    keys(A::FilterPending)
                )),
                Line::from(format!(
                    "{} {:<6} verified",
                    check(f.verified),
                    keys(A::FilterVerified)
                )),
                Line::from(format!(
                    "{} {:<6} disputed",
                    check(f.disputed),
                    keys(A::FilterDisputed)
                )),
                Line::from(format!(
                    "{} {:<6} unverified",
                    check(f.unverified),
                    keys(A::FilterUnverified)
                )),
                Line::from(format!(
                    "{} {:<6} dismissed shown",
                    check(f.show_dismissed),
                    keys(A::FilterDismissed)
                )),
                Line::from(format!(
                    "{} {:<6} conflicts only",
                    check(f.conflicts_only),
                    keys(A::FilterConflicts)
                )),
                Line::from(format!("    {:<6} kind: {kind}", keys(A::FilterKind))),
                Line::from(format!(
                    "    {:<6} min score: {:.1}",
                    format!("{}/{}", keys(A::ScoreUp), keys(A::ScoreDown)),
                    f.min_score
                )),
                Line::from(
                    format!("    {:<6} sort: {:?}", keys(A::ToggleSort), state.sort).to_lowercase(),
                ),
                Line::from(format!("    {:<6} clear filters", keys(A::FilterReset))),
            ];
            let area = centered(body, 44, 12);
            frame.render_widget(Clear, area);
            frame.render_widget(Paragraph::new(lines).block(block(state, " Filters ")), area);
        }
        Mode::Conflict { claim_id, pick } => {
            let area = centered(body, 76, body.height.min(16));
            frame.render_widget(Clear, area);
            let theme = &state.theme;
            let g = theme.glyphs;
            let mut lines = Vec::new();
            if let Some(claim) = state.file.claims.iter().find(|c| &c.id == claim_id) {
                for (n, r) in claim.reviews.iter().enumerate() {
                    let selected = n == *pick;
                    let marker = if selected { g.selected_marker() } else { " " };
                    let style = if selected {
                        theme.selected
                    } else {
                        theme.verdict(r.value)
                    };
                    lines.push(Line::from(Span::styled(
                        format!(
                            "{marker} {} {:<16} {}",
                            g.verdict(r.value),
                            factdesk_text::sanitize_line(&r.reviewer, g.text_glyphs()),
                            r.value.map_or("pending", |v| v.as_str())
                        ),
                        style,
                    )));
                    if !r.note.is_empty() {
                        lines.push(Line::from(format!(
                            "     {}",
                            factdesk_text::sanitize_line(&r.note, g.text_glyphs())
                        )));
                    }
                }
            }
            frame.render_widget(
                Paragraph::new(lines)
                    .block(block(
                        state,
                        " Reviewers disagree: Enter adopts the pick, v/d/u overrule ",
                    ))
                    .wrap(Wrap { trim: false }),
                area,
            );
        }
        Mode::ConfirmQuit => {
            let area = centered(body, 60, 5);
            frame.render_widget(Clear, area);
            frame.render_widget(
                Paragraph::new(
                    "The last save failed. Quit anyway and lose the unsaved changes? (y/n)",
                )
                .style(state.theme.error)
                .wrap(Wrap { trim: true })
                .block(block(state, " Unsaved changes ")),
                area,
            );
        }
        Mode::Search => {
            let area = Rect::new(body.x, body.bottom().saturating_sub(1), body.width, 1);
            frame.render_widget(Clear, area);
            let hits = state.search.hits.len();
            let prompt = format!("/{}", shown(state, &state.search.query));
            let count = format!("  {hits} matches");
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(prompt.clone(), state.theme.header),
                    Span::styled(count, state.theme.dim),
                ])),
                area,
            );
            let x = area.x + crate::text::width(&prompt).min(usize::from(area.width)) as u16;
            frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
        }
        Mode::Normal | Mode::Article => {}
    }
}

/// A bordered text field; the cursor is placed on screen.
fn draw_field(
    state: &State,
    frame: &mut Frame,
    area: Rect,
    title: &str,
    field: &TextField,
    multi: bool,
) {
    frame.render_widget(Clear, area);
    let outer = block(state, title);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    if multi {
        let row = field.row();
        let height = usize::from(inner.height).max(1);
        let skip = row.saturating_sub(height - 1);
        let lines: Vec<Line> = field
            .text
            .split('\n')
            .skip(skip)
            .take(height)
            .map(|l| Line::from(shown(state, l).into_owned()))
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
        // The cursor's column in the text as shown (ASCII mode may spell
        // one character with several).
        let before = field.text.get(..field.cursor).unwrap_or_default();
        let row_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let column = crate::text::width(&shown(state, before.get(row_start..).unwrap_or_default()));
        let x = inner.x
            + u16::try_from(column)
                .unwrap_or(u16::MAX)
                .min(inner.width.saturating_sub(1));
        let y = inner.y + u16::try_from(row - skip).unwrap_or(0);
        frame.set_cursor_position(Position::new(x, y));
    } else {
        draw_line_text(
            state,
            frame,
            Rect::new(inner.x, inner.y, inner.width, 1),
            field,
            true,
        );
    }
}

/// One line of text scrolled horizontally so the cursor stays visible.
fn draw_line_text(state: &State, frame: &mut Frame, area: Rect, field: &TextField, focused: bool) {
    let width = usize::from(area.width).max(1);
    let before = &field.text[..field.cursor];
    let mut start = 0;
    while crate::text::width(&before[start..]) >= width {
        match before[start..].chars().next() {
            Some(c) => start += c.len_utf8(),
            None => break,
        }
    }
    let style = if focused {
        ratatui::style::Style::default().add_modifier(Modifier::UNDERLINED)
    } else {
        state.theme.dim
    };
    frame.render_widget(
        Paragraph::new(Span::styled(
            shown(state, &field.text[start..]).into_owned(),
            style,
        )),
        area,
    );
    if focused {
        let column = crate::text::width(&shown(state, &before[start..]));
        let x = area.x
            + u16::try_from(column)
                .unwrap_or(u16::MAX)
                .min(area.width.saturating_sub(1));
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::DEFAULT_BINDINGS;

    #[test]
    fn help_lists_every_bound_action_with_its_keys() {
        let file: factdesk_review::ReviewFile = serde_json_free_file();
        let state = crate::initial_state(
            file,
            "Satu.".to_string(),
            "ana".to_string(),
            &crate::Config::default(),
            Default::default(),
        );
        let text: Vec<String> = help_lines(&state)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        for b in DEFAULT_BINDINGS {
            let keys = b.keys.join(" ");
            assert!(
                text.iter().any(|l| l.contains(&keys) && l.contains(b.help)),
                "help lacks {keys} {}",
                b.help
            );
        }
    }

    fn serde_json_free_file() -> factdesk_review::ReviewFile {
        factdesk_review::ReviewFile {
            schema_version: factdesk_review::SCHEMA_VERSION,
            article: factdesk_review::Article {
                path: "a.txt".to_string(),
                sha256: String::new(),
                language: factdesk_review::Language::Id,
                title: None,
                url: None,
                reference_date: None,
            },
            extractor: factdesk_review::ExtractorInfo {
                name: "factdesk".to_string(),
                version: "0".to_string(),
            },
            claims: Vec::new(),
        }
    }
}
