//! The screen shown while a large review is still loading.
//!
//! Reading and parsing a review of 100,000 claims takes a second or more;
//! the runtime ([`crate::runtime::run_loading`]) draws this frame at once
//! instead of a blank terminal, and swaps in the real interface when the
//! loader thread hands over the [`crate::State`]. It needs no state: only
//! the file's label, the reviewer and how much there is to read.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::theme::{ColorMode, GlyphSet};

/// What the loading screen says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadingScreen {
    /// The review file's label, as the header shows it once loaded.
    pub label: String,
    /// Who is reviewing (shown where the loaded header shows it).
    pub reviewer: String,
    /// The size of the file being read, so a long wait says why.
    pub bytes: Option<u64>,
}

impl LoadingScreen {
    /// The line under the header: "loading 180.3 MB…".
    pub fn message(&self, glyphs: GlyphSet) -> String {
        let ellipsis = glyphs.ellipsis();
        match self.bytes {
            Some(bytes) if bytes >= 1_000_000 => {
                format!("loading {:.1} MB{ellipsis}", bytes as f64 / 1e6)
            }
            Some(bytes) => format!("loading {} kB{ellipsis}", bytes.div_ceil(1000)),
            None => format!("loading{ellipsis}"),
        }
    }
}

/// What the loading line adds when `count` typed keys wait for the review
/// (nothing when none do).
pub fn waiting_note(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => "; 1 key typed, applied once loaded".to_string(),
        _ => format!("; {count} keys typed, applied once loaded"),
    }
}

/// Draws the loading frame: the header line as the interface will show it
/// (program, file label, reviewer) and the loading line under it, which
/// counts the `waiting` keys typed meanwhile.
pub fn draw_loading(
    screen: &LoadingScreen,
    waiting: usize,
    color: ColorMode,
    glyphs: GlyphSet,
    frame: &mut Frame,
) {
    let text_glyphs = match glyphs {
        GlyphSet::Unicode => factdesk_text::Glyphs::Unicode,
        GlyphSet::Ascii => factdesk_text::Glyphs::Ascii,
    };
    // The label and reviewer come from outside: no control characters.
    let label = factdesk_text::sanitize_line(&screen.label, text_glyphs);
    let reviewer = factdesk_text::sanitize_line(&screen.reviewer, text_glyphs);
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let dim = match color {
        ColorMode::Color => Style::default().fg(ratatui::style::Color::DarkGray),
        ColorMode::Monochrome => Style::default(),
    };
    let [first, second] = frame
        .area()
        .layout(&Layout::vertical([Constraint::Length(1); 2]));
    let right = format!(" {reviewer} ");
    let right_width = u16::try_from(crate::text::width(&right)).unwrap_or(u16::MAX);
    let [left_area, right_area] = first.layout(&Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(right_width.min(first.width)),
    ]));
    // As in the interface's header: the label loses its start, not its
    // file name, when the line is short.
    let room = usize::from(left_area.width).saturating_sub(crate::text::width(" factdesk  "));
    let label = crate::text::elide_start(&label, room, glyphs.ellipsis());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(" factdesk ", bold),
            Span::styled(format!(" {label}"), dim),
        ])),
        left_area,
    );
    frame.render_widget(Paragraph::new(right), right_area);
    frame.render_widget(
        Paragraph::new(format!(
            " {}{}",
            screen.message(glyphs),
            waiting_note(waiting)
        )),
        second,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn screen(bytes: Option<u64>) -> LoadingScreen {
        LoadingScreen {
            label: "big\u{1b}[2J.json".to_string(),
            reviewer: "Ana".to_string(),
            bytes,
        }
    }

    #[test]
    fn the_message_says_how_much_is_read() {
        assert_eq!(
            screen(Some(180_300_000)).message(GlyphSet::Unicode),
            "loading 180.3 MB…"
        );
        assert_eq!(
            screen(Some(1500)).message(GlyphSet::Ascii),
            "loading 2 kB..."
        );
        assert_eq!(screen(None).message(GlyphSet::Unicode), "loading…");
    }

    #[test]
    fn the_frame_shows_header_and_loading_line_without_control_characters() {
        let Ok(mut terminal) = Terminal::new(TestBackend::new(60, 6));
        let shown = screen(Some(180_300_000));
        let Ok(_) =
            terminal.draw(|f| draw_loading(&shown, 0, ColorMode::Color, GlyphSet::Ascii, f));
        let buffer = terminal.backend().buffer();
        let row = |y: u16| -> String {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect()
        };
        assert!(row(0).starts_with(" factdesk "), "{:?}", row(0));
        assert!(row(0).contains("big"), "{:?}", row(0));
        assert!(!row(0).contains('\u{1b}'), "{:?}", row(0));
        assert!(row(0).trim_end().ends_with("Ana"), "{:?}", row(0));
        assert_eq!(row(1).trim_end(), " loading 180.3 MB...");
        let Ok(_) =
            terminal.draw(|f| draw_loading(&shown, 2, ColorMode::Color, GlyphSet::Ascii, f));
        let buffer = terminal.backend().buffer();
        let row: String = (0..buffer.area.width)
            .map(|x| buffer[(x, 1)].symbol().to_string())
            .collect();
        assert_eq!(
            row.trim_end(),
            " loading 180.3 MB...; 2 keys typed, applied once loaded"
        );
    }
}
