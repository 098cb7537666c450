//! Drawing: reads the state, never changes it.
//!
//! Only the visible window of the claims list is built each frame, the
//! detail pane looks at one paragraph of the article, and the article view
//! wraps only the paragraphs on screen, so a frame costs the same with ten
//! claims or a hundred thousand.

mod article;
mod detail;
mod list;
mod overlay;

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::action::Action;
use crate::keymap::Context;
use crate::state::{FOOTER_ROWS, HEADER_ROWS, MIN_SIZE, Mode, Pane, SaveState, State};
use crate::theme::GlyphSet;

pub use detail::format_quantity;
pub use overlay::help_line_count;

/// Draws the whole screen for the current state.
pub fn draw(state: &State, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(frame, area);
        return;
    }
    let banner_rows = u16::from(state.banner.is_some());
    let [header, banner, body, footer] = area.layout(&Layout::vertical([
        Constraint::Length(HEADER_ROWS),
        Constraint::Length(banner_rows),
        Constraint::Min(1),
        Constraint::Length(FOOTER_ROWS),
    ]));
    draw_header(state, frame, header);
    if let Some(text) = &state.banner {
        frame.render_widget(
            Paragraph::new(Line::from(format!(" {}", shown(state, text))))
                .style(state.theme.banner),
            banner,
        );
    }
    if state.mode == Mode::Article {
        article::draw_article(state, frame, body);
    } else if area.width >= crate::state::TWO_PANE_MIN_WIDTH {
        let [left, right] = body.layout(&Layout::horizontal([
            Constraint::Percentage(45),
            Constraint::Percentage(55),
        ]));
        list::draw_list(state, frame, left);
        detail::draw_detail(state, frame, right);
    } else {
        match state.pane {
            Pane::List => list::draw_list(state, frame, body),
            Pane::Detail => detail::draw_detail(state, frame, body),
        }
    }
    overlay::draw_overlay(state, frame, body);
    draw_footer(state, frame, footer);
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::from("Terminal too small"),
        Line::from(format!("{}x{}", area.width, area.height)),
        Line::from(format!("need {}x{}", MIN_SIZE.0, MIN_SIZE.1)),
    ];
    let height = (text.len() as u16).min(area.height);
    let top = area.y + area.height.saturating_sub(height) / 2;
    let rect = Rect::new(area.x, top, area.width, height);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(ratatui::layout::HorizontalAlignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}

/// Fewer columns than this for the label, and the header leaves it out.
const MIN_LABEL_WIDTH: usize = 8;
/// Columns a long reviewer name gives up for the label.
const LABEL_WANTED_WIDTH: usize = 28;
/// Columns the headline gives up for the label: an ellipsis and the end
/// of a file name ("…review.json").
const LABEL_MIN_WIDTH: usize = 12;
/// A reviewer name is never cut to fewer columns than this.
const REVIEWER_MIN_WIDTH: usize = 12;
/// Nor the article's headline.
const TITLE_MIN_WIDTH: usize = 24;
/// The progress bar is drawn at least this wide, or not at all.
const MIN_BAR_WIDTH: usize = 5;

fn draw_header(state: &State, frame: &mut Frame, area: Rect) {
    let theme = &state.theme;
    let (saved, unsaved) = theme.glyphs.save_marks();
    let reviewer = shown(state, &state.reviewer);
    let (save_text, save_style) = match &state.save {
        SaveState::Saved => (saved, theme.dim),
        SaveState::Unsaved => (unsaved, theme.header),
        SaveState::Failed(_) => ("! SAVE FAILED", theme.error),
    };
    let read_only = if state.read_only { " [read-only]" } else { "" };
    let [first, second] = area.layout(&Layout::vertical([Constraint::Length(1); 2]));
    let name = shown(state, &state.title);
    let label = shown(state, &state.label);
    // When the line is short, a long reviewer name gives way first (down
    // to REVIEWER_MIN_WIDTH) so the label (where verdicts go) can have up
    // to LABEL_WANTED_WIDTH columns; then the headline (down to
    // TITLE_MIN_WIDTH) so the label keeps LABEL_MIN_WIDTH; then the label
    // loses its start.
    let width = crate::text::width;
    let budget = usize::from(first.width)
        .saturating_sub(width(" factdesk ") + width(&format!(" {read_only}  {save_text} ")));
    let label_width = |most: usize| width(&label).min(most) + 2;
    let mut reviewer_width = width(&reviewer);
    let mut title_width = width(&name);
    let excess =
        (title_width + reviewer_width + label_width(LABEL_WANTED_WIDTH)).saturating_sub(budget);
    reviewer_width -= excess.min(reviewer_width.saturating_sub(REVIEWER_MIN_WIDTH));
    let excess =
        (title_width + reviewer_width + label_width(LABEL_MIN_WIDTH)).saturating_sub(budget);
    let shorter_title = title_width - excess.min(title_width.saturating_sub(TITLE_MIN_WIDTH));
    // Only worth it when the label then shows.
    if budget.saturating_sub(shorter_title + reviewer_width + 2) >= MIN_LABEL_WIDTH {
        title_width = shorter_title;
    }
    let ellipsis = theme.glyphs.ellipsis();
    let reviewer = crate::text::elide_end(&reviewer, reviewer_width, ellipsis);
    let name = crate::text::elide_end(&name, title_width, ellipsis);
    let right = format!(" {reviewer}{read_only}  {save_text} ");
    let right_width = crate::text::width(&right) as u16;
    let [left_area, right_area] = first.layout(&Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(right_width.min(first.width)),
    ]));
    let mut title = vec![
        Span::styled(" factdesk ", theme.header),
        Span::raw(name.clone().into_owned()),
    ];
    // The label (where verdicts go) loses its start, not its file name,
    // when the line is short; below a few columns it is left out.
    let room = usize::from(left_area.width)
        .saturating_sub(crate::text::width(" factdesk ") + crate::text::width(&name) + 2);
    if room >= MIN_LABEL_WIDTH {
        let label = crate::text::elide_start(&label, room, theme.glyphs.ellipsis());
        title.push(Span::styled(format!("  {label}"), theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(title)), left_area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::raw(format!(" {reviewer}{read_only}  ")),
            Span::styled(format!("{save_text} "), save_style),
        ])),
        right_area,
    );

    if let Some(loading) = &state.loading {
        // A preview: the counts cover only the claims read so far.
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {loading}"), theme.dim)),
            second,
        );
        return;
    }
    let c = &state.counts;
    let g = theme.glyphs;
    let pending = c.total.saturating_sub(c.reviewed);
    let reviewed = format!(" {}/{} reviewed ", c.reviewed, c.total);
    let verdicts = [
        (Some(factdesk_review::Verdict::Verified), c.verified),
        (Some(factdesk_review::Verdict::Disputed), c.disputed),
        (Some(factdesk_review::Verdict::Unverified), c.unverified),
        (None, pending),
    ];
    // Narrow terminals first lose the bar, then the names of the three
    // verdicts (their glyphs and colours stay), never the numbers.
    let counts = |named: bool| -> Vec<(String, Style)> {
        let mut parts: Vec<(String, Style)> = verdicts
            .iter()
            .map(|&(verdict, count)| {
                let text = match verdict {
                    Some(v) if named => format!(" {} {count} {}", g.verdict(verdict), v.as_str()),
                    Some(_) => format!(" {} {count}", g.verdict(verdict)),
                    None => format!(" {} {count} pending", g.verdict(verdict)),
                };
                (text, theme.verdict(verdict))
            })
            .collect();
        if c.conflicts > 0 {
            parts.push((format!("  ! {} conflicts", c.conflicts), theme.error));
        }
        parts
    };
    let width_of = |parts: &[(String, Style)]| -> usize {
        parts.iter().map(|(text, _)| crate::text::width(text)).sum()
    };
    let available = usize::from(second.width);
    let mut parts = counts(true);
    let mut fixed = 1 + crate::text::width(&reviewed) + width_of(&parts);
    if fixed + MIN_BAR_WIDTH > available {
        let short = counts(false);
        let short_fixed = 1 + crate::text::width(&reviewed) + width_of(&short);
        if short_fixed < fixed && fixed > available {
            parts = short;
            fixed = short_fixed;
        }
    }
    let room = available.saturating_sub(fixed);
    let bar_width = (available / 5).clamp(MIN_BAR_WIDTH, 24).min(room);
    let bar_width = if bar_width < MIN_BAR_WIDTH {
        0
    } else {
        bar_width
    };
    let filled = (c.reviewed * bar_width).checked_div(c.total).unwrap_or(0);
    let (full, empty) = g.bar();
    let mut spans = vec![Span::raw(" ")];
    if bar_width > 0 {
        spans.push(Span::styled(
            full.repeat(filled),
            theme.verdict(Some(factdesk_review::Verdict::Verified)),
        ));
        spans.push(Span::styled(empty.repeat(bar_width - filled), theme.dim));
    }
    let reviewed = if bar_width > 0 {
        reviewed
    } else {
        reviewed.trim_start().to_string()
    };
    spans.push(Span::styled(reviewed, theme.header));
    spans.extend(
        parts
            .into_iter()
            .map(|(text, style)| Span::styled(text, style)),
    );
    frame.render_widget(Paragraph::new(Line::from(spans)), second);
}

/// Which actions the footer lists in each mode, most needed first (the
/// footer drops whole hints from the end when the terminal is narrow).
fn footer_actions(context: Context) -> &'static [Action] {
    use Action as A;
    match context {
        Context::Normal => &[
            A::Help,
            A::MarkVerified,
            A::MarkDisputed,
            A::MarkUnverified,
            A::ClearVerdict,
            A::NextPending,
            A::EditNote,
            A::EditSources,
            A::Search,
            A::FilterMenu,
            A::ArticleView,
            A::Undo,
            A::Quit,
        ],
        // What the view is for, and the way out, come first: a narrow
        // footer keeps only the hints that fit.
        Context::Article => &[
            A::AddClaim,
            A::Close,
            A::MoveDown,
            A::ExtendSelection,
            A::ShrinkSelection,
            A::SelectionStartForward,
        ],
        Context::Note => &[A::Confirm, A::Cancel, A::NewLine],
        Context::Input => &[A::Confirm, A::Cancel, A::NextField],
        Context::Search => &[A::Confirm, A::Cancel, A::SearchNext, A::SearchPrev],
        Context::Sources => &[A::AddSource, A::RemoveSource, A::MoveDown, A::Close],
        Context::Filter => &[A::Close, A::FilterReset],
        Context::Conflict => &[
            A::PickNext,
            A::Confirm,
            A::MarkVerified,
            A::MarkDisputed,
            A::MarkUnverified,
            A::Close,
        ],
        Context::Help => &[A::MoveDown, A::Close],
        Context::Confirm => &[A::Yes, A::No],
        Context::Global => &[],
    }
}

fn draw_footer(state: &State, frame: &mut Frame, area: Rect) {
    let theme = &state.theme;
    if let Some(message) = &state.message {
        let style = if message.error {
            theme.error
        } else {
            theme.header
        };
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(
                format!(" {}", shown(state, &message.text)),
                style,
            ))),
            area,
        );
        return;
    }
    let context = state.mode.context();
    let mut spans = Vec::new();
    // Whole hints only: one cut off mid-word ("add clai") reads as a typo,
    // and `?` (first) lists every key anyway.
    let mut width = 0;
    for action in footer_actions(context) {
        let Some(row) = state
            .keymap
            .context_rows(context)
            .find(|r| r.action == *action)
        else {
            continue;
        };
        let Some(key) = row.keys.first() else {
            continue;
        };
        let key = Span::styled(shown(state, &key.to_string()).into_owned(), theme.key);
        let help = Span::raw(format!(" {}", shown(state, row.help)));
        let hint = 1 + key.width() + help.width();
        if width + hint > usize::from(area.width) {
            break;
        }
        width += hint + 1;
        spans.extend([Span::raw(" "), key, help, Span::raw(" ")]);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Text the interface did not write itself (file names, messages that
/// quote paths or errors, key names, text being edited), as it may be
/// drawn: unchanged in Unicode mode, folded to ASCII in ASCII mode so the
/// terminal receives only ASCII. Untrusted text is already sanitized when
/// cached; this only adds the folding, and costs nothing for ASCII text.
fn shown<'a>(state: &State, text: &'a str) -> Cow<'a, str> {
    if state.theme.glyphs == GlyphSet::Ascii && !text.is_ascii() {
        Cow::Owned(factdesk_text::sanitize_line(
            text,
            factdesk_text::Glyphs::Ascii,
        ))
    } else {
        Cow::Borrowed(text)
    }
}

/// A bordered block with a title, in the theme's glyphs.
/// The title may quote key names from the user's keymap, so it is shown
/// through [`shown`].
fn block(state: &State, title: impl AsRef<str>) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_set(state.theme.glyphs.border())
        .title(Line::from(shown(state, title.as_ref()).into_owned()))
}

/// Splits `text` (whose first byte is at display offset `base`) into spans
/// styled by `marks` (display ranges, later marks patched over earlier).
fn styled_spans(
    text: &str,
    base: usize,
    marks: &[(std::ops::Range<usize>, Style)],
    plain: Style,
) -> Vec<Span<'static>> {
    let end = base + text.len();
    let mut cuts: Vec<usize> = vec![base, end];
    for (range, _) in marks {
        for at in [range.start, range.end] {
            if at > base && at < end && text.is_char_boundary(at - base) {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::new();
    for pair in cuts.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        let Some(piece) = text.get(from - base..to - base) else {
            continue;
        };
        let style = marks
            .iter()
            .filter(|(r, _)| r.start <= from && to <= r.end && r.start < r.end)
            .fold(plain, |s, (_, m)| s.patch(*m));
        spans.push(Span::styled(piece.to_string(), style));
    }
    spans
}

/// A centered rectangle of at most `width` x `height` inside `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}
