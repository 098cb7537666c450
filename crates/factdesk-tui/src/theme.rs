//! Colours, attributes and glyphs.
//!
//! The default palette uses only the 16 ANSI colours with the background
//! left as `Reset`, because ssh and tmux rarely forward truecolor. Under
//! `NO_COLOR` crossterm resets every attribute with each colour change, so
//! the monochrome theme uses no colours at all, only REVERSED, BOLD and
//! UNDERLINED, and every state also carries a text marker ("▶", "✓").

use factdesk_review::Verdict;
use ratatui::style::{Color, Modifier, Style};

/// Whether to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorMode {
    /// The 16-colour palette.
    #[default]
    Color,
    /// No colours, only attributes and markers (NO_COLOR, `--color never`).
    Monochrome,
}

/// The character set for symbols drawn by the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GlyphSet {
    /// ✓ ✗ ? · ▶ → … and rounded box lines.
    #[default]
    Unicode,
    /// Badges `+ x ? .`, `>`, `->`, `...` and boxes of `+ - |`: every byte
    /// the interface writes is ASCII (`--ascii`, non-UTF-8 locales);
    /// untrusted text is folded to ASCII by `factdesk-text` in this mode.
    Ascii,
}

impl GlyphSet {
    /// The badge of a verdict (or pending).
    pub fn verdict(self, verdict: Option<Verdict>) -> &'static str {
        match (self, verdict) {
            (GlyphSet::Unicode, Some(Verdict::Verified)) => "✓",
            (GlyphSet::Unicode, Some(Verdict::Disputed)) => "✗",
            (GlyphSet::Unicode, Some(Verdict::Unverified)) => "?",
            (GlyphSet::Unicode, None) => "·",
            (GlyphSet::Ascii, Some(Verdict::Verified)) => "+",
            (GlyphSet::Ascii, Some(Verdict::Disputed)) => "x",
            (GlyphSet::Ascii, Some(Verdict::Unverified)) => "?",
            (GlyphSet::Ascii, None) => ".",
        }
    }

    /// The marker in front of the selected row.
    pub fn selected_marker(self) -> &'static str {
        match self {
            GlyphSet::Unicode => "▶",
            GlyphSet::Ascii => ">",
        }
    }

    /// The separator between items on one line (" · ").
    pub fn separator(self) -> &'static str {
        match self {
            GlyphSet::Unicode => " · ",
            GlyphSet::Ascii => " | ",
        }
    }

    /// The arrow from a quantity as written to its normalized reading.
    pub fn arrow(self) -> &'static str {
        match self {
            GlyphSet::Unicode => "→",
            GlyphSet::Ascii => "->",
        }
    }

    /// The dash between the ends of a range ("1,000–9,999").
    pub fn range_dash(self) -> &'static str {
        match self {
            GlyphSet::Unicode => "–",
            GlyphSet::Ascii => "-",
        }
    }

    /// The signs of an open range: at least, at most.
    pub fn bounds(self) -> (&'static str, &'static str) {
        match self {
            GlyphSet::Unicode => ("≥", "≤"),
            GlyphSet::Ascii => (">=", "<="),
        }
    }

    /// The header's save state: saved, unsaved. The ASCII ones differ in
    /// text (the '*'), not only in a symbol.
    pub fn save_marks(self) -> (&'static str, &'static str) {
        match self {
            GlyphSet::Unicode => ("● saved", "○ unsaved"),
            GlyphSet::Ascii => ("saved", "unsaved*"),
        }
    }

    /// The ellipsis for cut text.
    pub fn ellipsis(self) -> &'static str {
        match self {
            GlyphSet::Unicode => "…",
            GlyphSet::Ascii => "...",
        }
    }

    /// Filled and empty cells of the progress bar.
    pub fn bar(self) -> (&'static str, &'static str) {
        match self {
            GlyphSet::Unicode => ("█", "░"),
            GlyphSet::Ascii => ("#", "-"),
        }
    }

    /// The ratatui border set.
    pub fn border(self) -> ratatui::symbols::border::Set<'static> {
        match self {
            GlyphSet::Unicode => ratatui::symbols::border::ROUNDED,
            GlyphSet::Ascii => ASCII_BORDER,
        }
    }

    /// The glyph set `factdesk-text` uses for placeholders (and, in ASCII
    /// mode, for folding every non-ASCII character).
    pub fn text_glyphs(self) -> factdesk_text::Glyphs {
        match self {
            GlyphSet::Unicode => factdesk_text::Glyphs::Unicode,
            GlyphSet::Ascii => factdesk_text::Glyphs::Ascii,
        }
    }
}

const ASCII_BORDER: ratatui::symbols::border::Set<'static> = ratatui::symbols::border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// Every style the drawing code uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Colour or monochrome.
    pub mode: ColorMode,
    /// Glyphs.
    pub glyphs: GlyphSet,
    /// Title bar text.
    pub header: Style,
    /// Dimmed secondary text.
    pub dim: Style,
    /// The selected list row.
    pub selected: Style,
    /// Section headings in the detail pane.
    pub heading: Style,
    /// The claim's sentence inside its article context.
    pub claim: Style,
    /// Quantities inside the claim.
    pub quantity: Style,
    /// The speaker mention.
    pub speaker: Style,
    /// Search matches.
    pub search: Style,
    /// Key names in the footer.
    pub key: Style,
    /// Errors (failed save, refused edits).
    pub error: Style,
    /// The article-changed banner.
    pub banner: Style,
    /// The article view's selection.
    pub selection: Style,
}

impl Theme {
    /// The theme for a colour mode and glyph set.
    pub fn new(mode: ColorMode, glyphs: GlyphSet) -> Theme {
        let plain = Style::default();
        match mode {
            ColorMode::Color => Theme {
                mode,
                glyphs,
                header: plain.add_modifier(Modifier::BOLD),
                dim: plain.fg(Color::DarkGray),
                selected: plain
                    .fg(Color::Black)
                    .bg(Color::Cyan)
                    .add_modifier(Modifier::BOLD),
                heading: plain.fg(Color::Blue).add_modifier(Modifier::BOLD),
                claim: plain.add_modifier(Modifier::BOLD),
                quantity: plain.fg(Color::Yellow).add_modifier(Modifier::UNDERLINED),
                speaker: plain.fg(Color::Magenta).add_modifier(Modifier::BOLD),
                search: plain.fg(Color::Black).bg(Color::Yellow),
                key: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
                error: plain
                    .fg(Color::White)
                    .bg(Color::Red)
                    .add_modifier(Modifier::BOLD),
                banner: plain.fg(Color::Black).bg(Color::Yellow),
                selection: plain.add_modifier(Modifier::REVERSED),
            },
            ColorMode::Monochrome => Theme {
                mode,
                glyphs,
                header: plain.add_modifier(Modifier::BOLD),
                dim: plain,
                selected: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
                heading: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                claim: plain.add_modifier(Modifier::BOLD),
                quantity: plain.add_modifier(Modifier::UNDERLINED),
                speaker: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                search: plain.add_modifier(Modifier::REVERSED),
                key: plain.add_modifier(Modifier::BOLD),
                error: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
                banner: plain.add_modifier(Modifier::REVERSED),
                selection: plain.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            },
        }
    }

    /// The style of a verdict badge or a highlighted claim of that verdict.
    pub fn verdict(&self, verdict: Option<Verdict>) -> Style {
        let plain = Style::default();
        match self.mode {
            ColorMode::Monochrome => match verdict {
                Some(_) => plain.add_modifier(Modifier::BOLD),
                None => plain,
            },
            ColorMode::Color => match verdict {
                Some(Verdict::Verified) => plain.fg(Color::Green),
                Some(Verdict::Disputed) => plain.fg(Color::Red),
                Some(Verdict::Unverified) => plain.fg(Color::Yellow),
                None => plain.fg(Color::Gray),
            },
        }
    }

    /// The background used to highlight a claim of that verdict in the
    /// article view.
    pub fn verdict_highlight(&self, verdict: Option<Verdict>) -> Style {
        let plain = Style::default();
        match self.mode {
            ColorMode::Monochrome => match verdict {
                Some(_) => plain.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                None => plain.add_modifier(Modifier::UNDERLINED),
            },
            ColorMode::Color => match verdict {
                Some(Verdict::Verified) => {
                    plain.fg(Color::Green).add_modifier(Modifier::UNDERLINED)
                }
                Some(Verdict::Disputed) => plain.fg(Color::Red).add_modifier(Modifier::UNDERLINED),
                Some(Verdict::Unverified) => {
                    plain.fg(Color::Yellow).add_modifier(Modifier::UNDERLINED)
                }
                None => plain.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            },
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(ColorMode::Color, GlyphSet::Unicode)
    }
}
