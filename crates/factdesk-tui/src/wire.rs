//! A ratatui backend that writes fewer bytes per frame, for reviewers on
//! slow SSH links.
//!
//! ratatui decides *which* cells changed; this backend decides *how* to
//! tell the terminal. It keeps a copy of what ratatui believes is on screen
//! and, for the cells of each frame:
//!
//! - moves the cursor with the shortest sequence: nothing when the cells
//!   are adjacent, the unchanged cells in between reprinted when that is
//!   shorter than a move (only cells already in the current colours), a
//!   relative move (`CUF`, `CUD`, `CR LF`) or an absolute one (`CUP`), all
//!   in VT100 except `CR LF`, which is plain ASCII;
//! - changes colours with one SGR sequence holding only what differs, or a
//!   reset plus the target when that is shorter; the 16 ANSI colours as
//!   `30`–`37`/`90`–`97` (`38;5;n` only for colours 0–7 on bold text, as
//!   crossterm writes them, because some terminals brighten bold `30`–`37`);
//!   a blank cell is printed in whatever colours are current when they look
//!   the same on a blank (no background, reverse, underline, strike, blink);
//! - erases runs of blank cells with `EL` (`ESC[K`, VT100) when they reach
//!   the end of the line, and with `ECH` (`ESC[nX`) only on terminals whose
//!   terminfo entry has `ech` (see [`erase_chars_for_term`]), from the
//!   run's first cell even right after coloured text (the colours are
//!   reset first, which printing the blank would need too);
//! - scrolls a band of whole rows with a scroll region (`DECSTBM`, then
//!   `LF` at the bottom margin or `RI` at the top) when the frame is the old
//!   one shifted by a few rows, then draws the difference against the
//!   shifted screen; it encodes the frame both ways and keeps the shorter,
//!   so scrolling never costs more than drawing;
//! - writes the cursor show/hide sequences only when they change anything,
//!   and resets the colours at the end of a frame only when they are not
//!   already the default.
//!
//! Every frame is encoded into one buffer and written with one `write`
//! at the next flush. Bytes written through [`std::io::Write`] (the
//! synchronized-update markers) pass through in order.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// Modifiers that show on a blank cell: a blank printed under any of them
/// does not look like a plain blank.
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// How far a scroll region may shift the screen in one frame.
const MAX_SCROLL: u16 = 3;

/// Whether the terminal named by `TERM` understands `ECH` (`ESC[nX`, erase
/// characters). VT100 does not; the entries listed here declare `ech` in
/// ncurses' terminfo, so every program using ncurses on them already sends
/// it. `screen` and `tmux` entries do not declare it, so they get spaces.
pub fn erase_chars_for_term(term: Option<&str>) -> bool {
    let Some(term) = term else {
        return false;
    };
    let family = term.split('-').next().unwrap_or(term);
    matches!(
        family,
        "xterm" | "linux" | "rxvt" | "vte" | "gnome" | "konsole" | "alacritty" | "foot" | "wezterm"
    ) || term == "xterm-kitty"
}

/// Where the backend learns the terminal's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeSource {
    /// Ask the controlling terminal (crossterm).
    Terminal,
    /// A fixed size (tests, or output that is not a terminal).
    Fixed(Size),
}

/// How the backend may talk to the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WireOptions {
    /// Use `ECH` to erase runs of blanks (see [`erase_chars_for_term`]).
    pub erase_chars: bool,
    /// Use scroll regions when the frame is the old one shifted.
    pub scroll_regions: bool,
    /// Where the size comes from.
    pub size: SizeSource,
}

impl WireOptions {
    /// The options for the controlling terminal, from `TERM`.
    pub fn from_env() -> WireOptions {
        WireOptions {
            erase_chars: erase_chars_for_term(std::env::var("TERM").ok().as_deref()),
            scroll_regions: true,
            size: SizeSource::Terminal,
        }
    }
}

/// A colour as it was (or will be) written: the written form matters, not
/// only the colour, because bold `31` and bold `38;5;1` may look different.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ink {
    Reset,
    /// `30`–`37`, `90`–`97` (and `40`–`47`, `100`–`107`).
    Basic(u8),
    /// `38;5;n`.
    Indexed(u8),
    /// `38;2;r;g;b`.
    Rgb(u8, u8, u8),
}

impl Ink {
    fn of(color: Color, bold_fg: bool) -> Ink {
        let basic = |n: u8| {
            if bold_fg && n < 8 {
                Ink::Indexed(n)
            } else {
                Ink::Basic(n)
            }
        };
        match color {
            Color::Reset => Ink::Reset,
            Color::Black => basic(0),
            Color::Red => basic(1),
            Color::Green => basic(2),
            Color::Yellow => basic(3),
            Color::Blue => basic(4),
            Color::Magenta => basic(5),
            Color::Cyan => basic(6),
            Color::Gray => basic(7),
            Color::DarkGray => Ink::Basic(8),
            Color::LightRed => Ink::Basic(9),
            Color::LightGreen => Ink::Basic(10),
            Color::LightYellow => Ink::Basic(11),
            Color::LightBlue => Ink::Basic(12),
            Color::LightMagenta => Ink::Basic(13),
            Color::LightCyan => Ink::Basic(14),
            Color::White => Ink::Basic(15),
            Color::Indexed(n) => Ink::Indexed(n),
            Color::Rgb(r, g, b) => Ink::Rgb(r, g, b),
        }
    }

    /// SGR parameters; `layer` is 3 (foreground), 4 (background) or 5
    /// (underline colour, which has no short forms).
    fn params(self, layer: u8, out: &mut Vec<String>) {
        match (self, layer) {
            (Ink::Reset, 5) => out.push("59".into()),
            (Ink::Reset, _) => out.push(format!("{layer}9")),
            (Ink::Basic(n) | Ink::Indexed(n), 5) => out.push(format!("58;5;{n}")),
            (Ink::Basic(n), _) if n < 8 => out.push(format!("{layer}{n}")),
            (Ink::Basic(n), 3) => out.push(format!("{}", 90 + n - 8)),
            (Ink::Basic(n), _) => out.push(format!("{}", 100 + n - 8)),
            (Ink::Indexed(n), _) => out.push(format!("{layer}8;5;{n}")),
            (Ink::Rgb(r, g, b), _) => out.push(format!("{layer}8;2;{r};{g};{b}")),
        }
    }
}

/// The terminal's current graphic rendition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Ink,
    bg: Ink,
    underline: Ink,
    modifier: Modifier,
}

impl Pen {
    const DEFAULT: Pen = Pen {
        fg: Ink::Reset,
        bg: Ink::Reset,
        underline: Ink::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell) -> Pen {
        Pen {
            fg: Ink::of(cell.fg, cell.modifier.contains(Modifier::BOLD)),
            bg: Ink::of(cell.bg, false),
            underline: Ink::of(cell.underline_color, false),
            modifier: cell.modifier,
        }
    }

    /// Whether a blank printed with this pen looks like a blank of `cell`'s
    /// background.
    fn blank_looks_like(&self, cell: &Cell) -> bool {
        !self.modifier.intersects(VISIBLE_ON_BLANK)
            && !cell.modifier.intersects(VISIBLE_ON_BLANK)
            && self.bg == Ink::of(cell.bg, false)
    }

    /// Whether erasing with this pen leaves default blanks.
    fn erases_clean(&self) -> bool {
        self.bg == Ink::Reset && !self.modifier.intersects(VISIBLE_ON_BLANK)
    }
}

/// SGR codes to switch each modifier on, and the code that switches it
/// off (22 and 25 each switch off two).
const MODIFIER_CODES: [(Modifier, u8, u8); 9] = [
    (Modifier::BOLD, 1, 22),
    (Modifier::DIM, 2, 22),
    (Modifier::ITALIC, 3, 23),
    (Modifier::UNDERLINED, 4, 24),
    (Modifier::SLOW_BLINK, 5, 25),
    (Modifier::RAPID_BLINK, 6, 25),
    (Modifier::REVERSED, 7, 27),
    (Modifier::HIDDEN, 8, 28),
    (Modifier::CROSSED_OUT, 9, 29),
];

/// The shortest SGR sequence from `from` (unknown: `None`) to `to`.
fn sgr(from: Option<Pen>, to: Pen) -> Vec<u8> {
    let inks = |out: &mut Vec<String>, only_changed: Option<Pen>| {
        for (ink, old, layer) in [
            (to.fg, only_changed.map(|p| p.fg), 3),
            (to.bg, only_changed.map(|p| p.bg), 4),
            (to.underline, only_changed.map(|p| p.underline), 5),
        ] {
            let skip = match old {
                Some(old) => old == ink,
                None => ink == Ink::Reset,
            };
            if !skip {
                ink.params(layer, out);
            }
        }
    };
    // From a reset: every attribute and colour of the target.
    let mut reset = vec!["0".to_string()];
    for (m, on, _) in MODIFIER_CODES {
        if to.modifier.contains(m) {
            reset.push(on.to_string());
        }
    }
    inks(&mut reset, None);
    let mut best = reset;
    if let Some(from) = from {
        if from == to {
            return Vec::new();
        }
        let mut params = Vec::new();
        let mut off = Vec::new();
        let mut turn_on = to.modifier - from.modifier;
        for (m, _, code) in MODIFIER_CODES {
            if from.modifier.contains(m) && !to.modifier.contains(m) && !off.contains(&code) {
                off.push(code);
                // One code switches off a pair: switch back on the one kept.
                for (other, _, other_code) in MODIFIER_CODES {
                    if other_code == code && to.modifier.contains(other) {
                        turn_on |= other;
                    }
                }
            }
        }
        params.extend(off.iter().map(u8::to_string));
        for (m, on, _) in MODIFIER_CODES {
            if turn_on.contains(m) {
                params.push(on.to_string());
            }
        }
        inks(&mut params, Some(from));
        if params.join(";").len() < best.join(";").len() {
            best = params;
        }
    }
    let body = best.join(";");
    let body = if body == "0" { "" } else { body.as_str() };
    format!("\x1b[{body}m").into_bytes()
}

/// `ESC[{n}{letter}`, with the count left out when it is 1.
fn csi_count(n: u16, letter: char) -> Vec<u8> {
    if n == 1 {
        format!("\x1b[{letter}").into_bytes()
    } else {
        format!("\x1b[{n}{letter}").into_bytes()
    }
}

/// Absolute cursor position (0-based in, 1-based out), parameters left out
/// where they are 1.
fn cup(x: u16, y: u16) -> Vec<u8> {
    match (x, y) {
        (0, 0) => b"\x1b[H".to_vec(),
        (0, y) => format!("\x1b[{}H", y + 1).into_bytes(),
        (x, y) => format!("\x1b[{};{}H", y + 1, x + 1).into_bytes(),
    }
}

/// What the encoder knows about the terminal while it writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Head {
    /// The cursor, or `None` when unknown (start, after a wide character,
    /// after the last column, after bytes we did not write).
    cursor: Option<(u16, u16)>,
    pen: Option<Pen>,
}

/// The width a cell's symbol takes, as ratatui lays it out.
fn symbol_width(cell: &Cell) -> usize {
    cell.symbol().width()
}

/// Encodes `updates` (cells of `next` that differ from the screen, in
/// row-major order) starting from `head`; `next` is the whole new frame,
/// used to reprint unchanged cells and to find blank runs.
fn encode(
    next: &Buffer,
    updates: &[(u16, u16)],
    head: &mut Head,
    erase_chars: bool,
    known: bool,
    out: &mut Vec<u8>,
) {
    let width = next.area.width;
    let mut i = 0;
    while i < updates.len() {
        let (x, y) = updates[i];
        let cell = &next[(x, y)];
        out.extend(move_to(next, head, x, y, known));
        head.cursor = Some((x, y));

        // A blank after coloured text needs the clean pen whether it is
        // printed or erased, so switch first: the run may then be erased
        // from its first cell rather than from its second.
        if known && erasable(cell) && head.pen.is_some_and(|pen| !pen.erases_clean()) {
            let pen = Pen::of(cell);
            if pen.erases_clean() {
                out.extend(sgr(head.pen, pen));
                head.pen = Some(pen);
            }
        }

        // A run of blanks: maybe erase it instead of printing it.
        if let Some(pen) = head.pen
            && known
            && pen.erases_clean()
            && erasable(cell)
        {
            // The run goes as far as the cells stay erasable; it ends at
            // the last update inside it.
            let mut end = x;
            while end + 1 < width && erasable(&next[(end + 1, y)]) {
                end += 1;
            }
            let to_line_end = end + 1 == width;
            let mut last = i;
            while last + 1 < updates.len() && updates[last + 1].1 == y && updates[last + 1].0 <= end
            {
                last += 1;
            }
            let run_end = updates[last].0;
            let printed = usize::from(run_end - x + 1);
            let erase = if to_line_end {
                Some(b"\x1b[K".to_vec())
            } else if erase_chars {
                Some(csi_count(run_end - x + 1, 'X'))
            } else {
                None
            };
            if let Some(erase) = erase {
                // Compare: erase and move on from x, or print and move on
                // from the end of the run.
                let after = updates.get(last + 1).copied();
                let mut erased_head = Head {
                    cursor: Some((x, y)),
                    pen: head.pen,
                };
                let mut printed_head = Head {
                    cursor: if run_end + 1 < width {
                        Some((run_end + 1, y))
                    } else {
                        None
                    },
                    pen: head.pen,
                };
                let (erase_cost, print_cost) = match after {
                    Some((ax, ay)) => (
                        erase.len() + move_to(next, &mut erased_head, ax, ay, known).len(),
                        printed + move_to(next, &mut printed_head, ax, ay, known).len(),
                    ),
                    None => (erase.len(), printed),
                };
                if erase_cost < print_cost {
                    out.extend(erase);
                    i = last + 1;
                    continue;
                }
            }
        }

        let blank_ok = cell.symbol() == " " && head.pen.is_some_and(|p| p.blank_looks_like(cell));
        if !blank_ok {
            let pen = Pen::of(cell);
            out.extend(sgr(head.pen, pen));
            head.pen = Some(pen);
        }
        out.extend_from_slice(cell.symbol().as_bytes());
        head.cursor = match symbol_width(cell) {
            1 if x + 1 < width => Some((x + 1, y)),
            _ => None,
        };
        i += 1;
    }
}

/// A blank that erasing (with a clean pen) reproduces exactly.
fn erasable(cell: &Cell) -> bool {
    cell.symbol() == " " && cell.bg == Color::Reset && !cell.modifier.intersects(VISIBLE_ON_BLANK)
}

/// The shortest bytes that take the cursor from `head` to (x, y), given
/// that the cells of `next` between them on one row are already on screen
/// (when `known`; otherwise nothing is reprinted).
fn move_to(next: &Buffer, head: &mut Head, x: u16, y: u16, known: bool) -> Vec<u8> {
    let Some((cx, cy)) = head.cursor else {
        return cup(x, y);
    };
    if (cx, cy) == (x, y) {
        return Vec::new();
    }
    let mut best = cup(x, y);
    let mut consider = |candidate: Vec<u8>| {
        if candidate.len() < best.len() {
            best = candidate;
        }
    };
    if cy == y && x > cx {
        consider(csi_count(x - cx, 'C'));
        if let Some(fill) = reprint(next, head.pen, cx, x, y).filter(|_| known) {
            consider(fill);
        }
    }
    if cy == y && x < cx {
        consider(csi_count(cx - x, 'D'));
        if x == 0 {
            consider(b"\r".to_vec());
        }
    }
    if y != cy {
        let mut vertical = if y > cy {
            csi_count(y - cy, 'B')
        } else {
            csi_count(cy - y, 'A')
        };
        match x.cmp(&cx) {
            std::cmp::Ordering::Greater => vertical.extend(csi_count(x - cx, 'C')),
            std::cmp::Ordering::Less => vertical.extend(csi_count(cx - x, 'D')),
            std::cmp::Ordering::Equal => {}
        }
        consider(vertical);
        if y > cy && y - cy <= 4 {
            // CR LF: the start of the next line whatever the tty's output
            // settings (with ONLCR, LF alone already returns).
            let mut newline = b"\r".to_vec();
            newline.extend(std::iter::repeat_n(b'\n', usize::from(y - cy)));
            if x > 0 {
                newline.extend(csi_count(x, 'C'));
            }
            consider(newline);
        }
    }
    best
}

/// The unchanged cells `from..to` of row `y` as bytes, when they can be
/// reprinted in the current colours (single-width symbols only).
fn reprint(next: &Buffer, pen: Option<Pen>, from: u16, to: u16, y: u16) -> Option<Vec<u8>> {
    let pen = pen?;
    // A move costs at most a few bytes: stop early on long gaps.
    if to - from > 8 {
        return None;
    }
    let mut out = Vec::new();
    for x in from..to {
        let cell = &next[(x, y)];
        if symbol_width(cell) != 1 || cell.diff_option != ratatui::buffer::CellDiffOption::None {
            return None;
        }
        let same = Pen::of(cell) == pen || (cell.symbol() == " " && pen.blank_looks_like(cell));
        if !same {
            return None;
        }
        out.extend_from_slice(cell.symbol().as_bytes());
    }
    Some(out)
}

/// Rows `top..=bottom` scrolled by `shift` (positive: content moves up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Scroll {
    top: u16,
    bottom: u16,
    shift: i32,
}

impl Scroll {
    /// The screen after the scroll: rows shifted, uncovered rows blank.
    fn apply(&self, screen: &Buffer) -> Buffer {
        let mut out = screen.clone();
        let width = screen.area.width;
        for y in self.top..=self.bottom {
            let source = i32::from(y) + self.shift;
            for x in 0..width {
                out[(x, y)] = if source >= i32::from(self.top) && source <= i32::from(self.bottom) {
                    // In range by the check above.
                    screen[(x, source as u16)].clone()
                } else {
                    Cell::EMPTY
                };
            }
        }
        out
    }

    /// The bytes that scroll the terminal: set the region, index at the
    /// bottom margin (LF) or reverse-index at the top (RI), reset the
    /// region. The cursor ends at home, which the caller treats as unknown.
    fn bytes(&self) -> Vec<u8> {
        let mut out = format!("\x1b[{};{}r", self.top + 1, self.bottom + 1).into_bytes();
        let count = self.shift.unsigned_abs() as usize;
        if self.shift > 0 {
            out.extend(cup(0, self.bottom));
            out.extend(std::iter::repeat_n(b'\n', count));
        } else {
            out.extend(cup(0, self.top));
            out.extend(b"\x1bM".repeat(count));
        }
        out.extend_from_slice(b"\x1b[r");
        out
    }
}

/// The band of rows that gains most from a shift of `shift` rows, if any.
fn best_band(screen: &Buffer, next: &Buffer, shift: i32) -> Option<Scroll> {
    let (width, height) = (screen.area.width, screen.area.height);
    let equal_cells = |a: u16, b: u16| {
        (0..width)
            .filter(|&x| screen[(x, b)] == next[(x, a)])
            .count() as i64
    };
    // Gain of row y (new) taking old row y + shift instead of old row y.
    let mut best: Option<(i64, u16, u16)> = None;
    let mut run: Option<(i64, u16)> = None;
    for y in 0..height {
        let source = i32::from(y) + shift;
        let gain = if source >= 0 && source < i32::from(height) {
            equal_cells(y, source as u16) - equal_cells(y, y)
        } else {
            i64::MIN / 4
        };
        run = match run {
            Some((sum, start)) if sum > 0 => Some((sum + gain, start)),
            _ => Some((gain, y)),
        };
        if let Some((sum, start)) = run
            && best.is_none_or(|(b, _, _)| sum > b)
        {
            best = Some((sum, start, y));
        }
    }
    let (gain, first, last) = best?;
    if gain <= 0 {
        return None;
    }
    // The band covers the rows that receive shifted content plus the rows
    // the shift uncovers.
    let extra = shift.unsigned_abs() as u16;
    let (top, bottom) = if shift > 0 {
        (first, last.saturating_add(extra).min(height - 1))
    } else {
        (first.saturating_sub(extra), last)
    };
    (top < bottom).then_some(Scroll { top, bottom, shift })
}

/// The ratatui backend; see the module documentation.
#[derive(Debug)]
pub struct WireBackend<W: Write> {
    writer: W,
    options: WireOptions,
    /// Bytes waiting for the next flush.
    out: Vec<u8>,
    /// What ratatui believes is on screen (its previous buffer), or `None`
    /// when that is not known (then every frame is encoded plainly).
    screen: Option<Buffer>,
    head: Head,
    cursor_visible: Option<bool>,
}

impl<W: Write> WireBackend<W> {
    /// A backend writing to `writer`. The screen is assumed blank, as
    /// ratatui assumes for a new terminal (factdesk draws into a fresh
    /// alternate screen).
    pub fn new(writer: W, options: WireOptions) -> io::Result<WireBackend<W>> {
        let mut backend = WireBackend {
            writer,
            options,
            out: Vec::new(),
            screen: None,
            head: Head {
                cursor: None,
                pen: None,
            },
            cursor_visible: None,
        };
        let size = backend.size()?;
        backend.screen = Some(Buffer::empty(Rect::new(0, 0, size.width, size.height)));
        Ok(backend)
    }

    /// The writer (for tests).
    pub fn writer(&self) -> &W {
        &self.writer
    }

    /// The writer (for tests that take what was written).
    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.writer
    }
}

impl<W: Write> Write for WireBackend<W> {
    /// Bytes from outside (synchronized-update markers): kept in order.
    /// They are not expected to move the cursor, but the backend stops
    /// trusting its idea of where the cursor is.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.extend_from_slice(buf);
        self.head.cursor = None;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.out.is_empty() {
            self.writer.write_all(&self.out)?;
            self.out.clear();
        }
        self.writer.flush()
    }
}

impl<W: Write> Backend for WireBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        let mut frame = Vec::new();
        let fits = |screen: &Buffer| {
            cells
                .iter()
                .all(|&(x, y, _)| x < screen.area.width && y < screen.area.height)
        };
        match self.screen.take().filter(fits) {
            None => {
                // Unknown screen: ratatui's cells, adjacent ones without a move.
                let mut next = Buffer::empty(Rect::new(
                    0,
                    0,
                    cells.iter().map(|c| c.0 + 1).max().unwrap_or(0),
                    cells.iter().map(|c| c.1 + 1).max().unwrap_or(0),
                ));
                let mut updates = Vec::with_capacity(cells.len());
                for &(x, y, cell) in &cells {
                    next[(x, y)] = cell.clone();
                    updates.push((x, y));
                }
                encode(
                    &next,
                    &updates,
                    &mut self.head,
                    self.options.erase_chars,
                    false,
                    &mut frame,
                );
            }
            Some(screen) => {
                let mut next = screen.clone();
                let mut updates = Vec::with_capacity(cells.len());
                for &(x, y, cell) in &cells {
                    next[(x, y)] = cell.clone();
                    updates.push((x, y));
                }
                let mut plain_head = self.head;
                encode(
                    &next,
                    &updates,
                    &mut plain_head,
                    self.options.erase_chars,
                    true,
                    &mut frame,
                );
                let mut chosen_head = plain_head;
                if self.options.scroll_regions && updates.len() > usize::from(next.area.width) {
                    for shift in (1..=i32::from(MAX_SCROLL)).flat_map(|s| [s, -s]) {
                        let Some(scroll) = best_band(&screen, &next, shift) else {
                            continue;
                        };
                        let shifted = scroll.apply(&screen);
                        let mut bytes = Vec::new();
                        // Uncovered rows take the current background: reset
                        // first unless the pen is already clean.
                        let mut head = self.head;
                        if !head.pen.is_some_and(|p| p.erases_clean()) {
                            bytes.extend(sgr(head.pen, Pen::DEFAULT));
                            head.pen = Some(Pen::DEFAULT);
                        }
                        bytes.extend(scroll.bytes());
                        head.cursor = None;
                        let diff: Vec<(u16, u16)> = shifted
                            .diff(&next)
                            .into_iter()
                            .map(|(x, y, _)| (x, y))
                            .collect();
                        encode(
                            &next,
                            &diff,
                            &mut head,
                            self.options.erase_chars,
                            true,
                            &mut bytes,
                        );
                        if bytes.len() < frame.len() {
                            frame = bytes;
                            chosen_head = head;
                        }
                    }
                }
                self.head = chosen_head;
                self.screen = Some(next);
            }
        }
        if self.head.pen.is_some_and(|p| p != Pen::DEFAULT) {
            frame.extend(sgr(self.head.pen, Pen::DEFAULT));
            self.head.pen = Some(Pen::DEFAULT);
        }
        self.out.extend(frame);
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(false) {
            self.out.extend_from_slice(b"\x1b[?25l");
            self.cursor_visible = Some(false);
        }
        Write::flush(self)
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(true) {
            self.out.extend_from_slice(b"\x1b[?25h");
            self.cursor_visible = Some(true);
        }
        Write::flush(self)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        if let Some((x, y)) = self.head.cursor {
            return Ok(Position { x, y });
        }
        match self.options.size {
            SizeSource::Terminal => {
                Write::flush(self)?;
                let (x, y) = ratatui::crossterm::cursor::position()?;
                Ok(Position { x, y })
            }
            SizeSource::Fixed(_) => Ok(Position::ORIGIN),
        }
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        if self.head.cursor != Some((x, y)) {
            self.out.extend(cup(x, y));
            self.head.cursor = Some((x, y));
        }
        Write::flush(self)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    /// Clears and forgets: ratatui resets its own buffer after a clear, so
    /// the screen is blank for both. Cursor, colours and cursor visibility
    /// are treated as unknown (a clear follows a suspend, when the shell
    /// had the terminal).
    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        if !self.head.pen.is_some_and(|p| p.erases_clean()) {
            self.out.extend(sgr(self.head.pen, Pen::DEFAULT));
        }
        let sequence: &[u8] = match clear_type {
            ClearType::All => b"\x1b[2J",
            ClearType::AfterCursor => b"\x1b[J",
            ClearType::BeforeCursor => b"\x1b[1J",
            ClearType::CurrentLine => b"\x1b[2K",
            ClearType::UntilNewLine => b"\x1b[K",
        };
        self.out.extend_from_slice(sequence);
        let size = self.size()?;
        self.screen = Some(Buffer::empty(Rect::new(0, 0, size.width, size.height)));
        self.head = Head {
            cursor: None,
            pen: Some(Pen::DEFAULT),
        };
        self.cursor_visible = None;
        Write::flush(self)
    }

    fn size(&self) -> io::Result<Size> {
        match self.options.size {
            SizeSource::Terminal => {
                let (width, height) = ratatui::crossterm::terminal::size()?;
                Ok(Size { width, height })
            }
            SizeSource::Fixed(size) => Ok(size),
        }
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        match self.options.size {
            SizeSource::Terminal => {
                let size = ratatui::crossterm::terminal::window_size()?;
                Ok(WindowSize {
                    columns_rows: Size {
                        width: size.columns,
                        height: size.rows,
                    },
                    pixels: Size {
                        width: size.width,
                        height: size.height,
                    },
                })
            }
            SizeSource::Fixed(size) => Ok(WindowSize {
                columns_rows: size,
                pixels: Size::default(),
            }),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::style::Style;
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Block, Borders, Paragraph};

    /// A small terminal model for the sequences this backend writes:
    /// printing, CUP/CUF/CUB/CUU/CUD, CR, LF, RI, SGR, EL, ECH, ED 2,
    /// DECSTBM, cursor visibility and synchronized updates. Unknown
    /// sequences fail the test.
    struct Model {
        width: u16,
        height: u16,
        cells: Vec<(String, Pen)>,
        x: u16,
        y: u16,
        pen: Pen,
        top: u16,
        bottom: u16,
        wrap_pending: bool,
    }

    impl Model {
        fn new(width: u16, height: u16) -> Model {
            Model {
                width,
                height,
                cells: vec![(" ".to_string(), Pen::DEFAULT); usize::from(width * height)],
                x: 0,
                y: 0,
                pen: Pen::DEFAULT,
                top: 0,
                bottom: height - 1,
                wrap_pending: false,
            }
        }

        fn at(&mut self, x: u16, y: u16) -> &mut (String, Pen) {
            &mut self.cells[usize::from(y) * usize::from(self.width) + usize::from(x)]
        }

        fn erased(&self) -> (String, Pen) {
            (
                " ".to_string(),
                Pen {
                    bg: self.pen.bg,
                    ..Pen::DEFAULT
                },
            )
        }

        fn line_feed(&mut self) {
            if self.y == self.bottom {
                let w = usize::from(self.width);
                let (top, bottom) = (usize::from(self.top), usize::from(self.bottom));
                self.cells.drain(top * w..(top + 1) * w);
                let blank = self.erased();
                let tail = self.cells.split_off(bottom * w);
                self.cells.extend(std::iter::repeat_n(blank, w));
                self.cells.extend(tail);
            } else if self.y + 1 < self.height {
                self.y += 1;
            }
        }

        fn reverse_index(&mut self) {
            if self.y == self.top {
                let w = usize::from(self.width);
                let (top, bottom) = (usize::from(self.top), usize::from(self.bottom));
                self.cells.drain(bottom * w..(bottom + 1) * w);
                let blank = self.erased();
                let tail = self.cells.split_off(top * w);
                self.cells.extend(std::iter::repeat_n(blank, w));
                self.cells.extend(tail);
            } else if self.y > 0 {
                self.y -= 1;
            }
        }

        fn sgr(&mut self, params: &[u16]) {
            let mut i = 0;
            if params.is_empty() {
                self.pen = Pen::DEFAULT;
            }
            while i < params.len() {
                let p = params[i];
                let ext = |i: &mut usize| -> Ink {
                    match params[*i + 1] {
                        5 => {
                            *i += 2;
                            Ink::Indexed(params[*i] as u8)
                        }
                        2 => {
                            *i += 4;
                            Ink::Rgb(params[*i - 2] as u8, params[*i - 1] as u8, params[*i] as u8)
                        }
                        other => panic!("colour form {other}"),
                    }
                };
                match p {
                    0 => self.pen = Pen::DEFAULT,
                    1..=9 => {
                        let (m, _, _) = MODIFIER_CODES[usize::from(p - 1)];
                        self.pen.modifier |= m;
                    }
                    22..=29 => {
                        for (m, _, off) in MODIFIER_CODES {
                            if u16::from(off) == p {
                                self.pen.modifier -= m;
                            }
                        }
                    }
                    30..=37 => self.pen.fg = Ink::Basic((p - 30) as u8),
                    38 => self.pen.fg = ext(&mut i),
                    39 => self.pen.fg = Ink::Reset,
                    40..=47 => self.pen.bg = Ink::Basic((p - 40) as u8),
                    48 => self.pen.bg = ext(&mut i),
                    49 => self.pen.bg = Ink::Reset,
                    58 => self.pen.underline = ext(&mut i),
                    59 => self.pen.underline = Ink::Reset,
                    90..=97 => self.pen.fg = Ink::Basic((p - 90 + 8) as u8),
                    100..=107 => self.pen.bg = Ink::Basic((p - 100 + 8) as u8),
                    other => panic!("SGR {other}"),
                }
                i += 1;
            }
        }

        fn feed(&mut self, bytes: &[u8]) {
            let text = std::str::from_utf8(bytes).expect("UTF-8 output");
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\r' => {
                        self.x = 0;
                        self.wrap_pending = false;
                    }
                    '\n' => {
                        self.wrap_pending = false;
                        self.line_feed();
                    }
                    '\x1b' => match chars.next() {
                        Some('M') => self.reverse_index(),
                        Some('[') => {
                            let mut body = String::new();
                            let end = loop {
                                let c = chars.next().expect("unterminated CSI");
                                if c.is_ascii_alphabetic() {
                                    break c;
                                }
                                body.push(c);
                            };
                            self.wrap_pending = false;
                            if let Some(mode) = body.strip_prefix('?') {
                                assert!(
                                    ["25", "2026"].contains(&mode) && "hl".contains(end),
                                    "private mode {mode}{end}"
                                );
                                continue;
                            }
                            let params: Vec<u16> = if body.is_empty() {
                                Vec::new()
                            } else {
                                body.split(';').map(|p| p.parse().unwrap_or(0)).collect()
                            };
                            let n = params.first().copied().unwrap_or(1).max(1);
                            match end {
                                'H' => {
                                    self.y = params.first().copied().unwrap_or(1).max(1) - 1;
                                    self.x = params.get(1).copied().unwrap_or(1).max(1) - 1;
                                }
                                'C' => self.x = (self.x + n).min(self.width - 1),
                                'D' => self.x = self.x.saturating_sub(n),
                                'A' => self.y = self.y.saturating_sub(n),
                                'B' => self.y = (self.y + n).min(self.height - 1),
                                'm' => self.sgr(&params),
                                'K' => {
                                    assert!(params.is_empty(), "EL {params:?}");
                                    let blank = self.erased();
                                    for x in self.x..self.width {
                                        *self.at(x, self.y) = blank.clone();
                                    }
                                }
                                'X' => {
                                    let blank = self.erased();
                                    for x in self.x..(self.x + n).min(self.width) {
                                        *self.at(x, self.y) = blank.clone();
                                    }
                                }
                                'J' => {
                                    assert_eq!(params, [2], "ED");
                                    let blank = self.erased();
                                    self.cells.iter_mut().for_each(|c| *c = blank.clone());
                                }
                                'r' => {
                                    self.top = params.first().copied().unwrap_or(1).max(1) - 1;
                                    self.bottom =
                                        params.get(1).copied().unwrap_or(self.height).max(1) - 1;
                                    self.x = 0;
                                    self.y = 0;
                                }
                                other => panic!("CSI {body}{other}"),
                            }
                        }
                        other => panic!("ESC {other:?}"),
                    },
                    c => {
                        if self.wrap_pending {
                            panic!("printing after the last column relies on autowrap");
                        }
                        let w = c.to_string().width() as u16;
                        let pen = self.pen;
                        *self.at(self.x, self.y) = (c.to_string(), pen);
                        if self.x + w >= self.width {
                            self.wrap_pending = true;
                        } else {
                            self.x += w;
                        }
                    }
                }
            }
        }

        /// Fails unless every cell looks like the buffer's cell.
        fn assert_shows(&self, buffer: &Buffer) {
            for y in 0..self.height {
                for x in 0..self.width {
                    let want = &buffer[(x, y)];
                    let (symbol, pen) = &self.cells[usize::from(y * self.width + x)];
                    let want_pen = Pen::of(want);
                    let blank_alike = want.symbol() == " "
                        && symbol == " "
                        && pen.blank_looks_like(want)
                        && !want_pen.modifier.intersects(VISIBLE_ON_BLANK);
                    assert!(
                        symbol == want.symbol() && (blank_alike || *pen == want_pen),
                        "cell {x},{y}: shows {symbol:?} {pen:?}, want {:?} {want_pen:?}",
                        want.symbol()
                    );
                }
            }
        }
    }

    fn fixed(width: u16, height: u16, erase_chars: bool) -> WireOptions {
        WireOptions {
            erase_chars,
            scroll_regions: true,
            size: SizeSource::Fixed(Size { width, height }),
        }
    }

    fn terminal(width: u16, height: u16, erase_chars: bool) -> Terminal<WireBackend<Vec<u8>>> {
        Terminal::new(WireBackend::new(Vec::new(), fixed(width, height, erase_chars)).unwrap())
            .unwrap()
    }

    fn take(terminal: &mut Terminal<WireBackend<Vec<u8>>>) -> Vec<u8> {
        std::mem::take(terminal.backend_mut().writer_mut())
    }

    /// Draws one frame, feeds its bytes to `model` and checks that the
    /// modelled terminal then shows exactly the frame; the bytes.
    fn draw_checked(
        terminal: &mut Terminal<WireBackend<Vec<u8>>>,
        model: &mut Model,
        render: impl FnOnce(&mut ratatui::Frame),
    ) -> Vec<u8> {
        let want = terminal.draw(render).unwrap().buffer.clone();
        let bytes = take(terminal);
        model.feed(&bytes);
        model.assert_shows(&want);
        bytes
    }

    /// A two-pane screen like factdesk's: a list with a selected row on the
    /// left, text on the right.
    fn two_panes(
        rows: &[String],
        selected: usize,
        offset: usize,
        detail: &[&str],
    ) -> impl Fn(&mut ratatui::Frame) {
        let rows = rows.to_vec();
        let detail: Vec<String> = detail.iter().map(|s| s.to_string()).collect();
        move |frame| {
            let area = frame.area();
            let left = Rect::new(0, 0, area.width / 2, area.height);
            let right = Rect::new(area.width / 2, 0, area.width - area.width / 2, area.height);
            let lines: Vec<Line> = rows
                .iter()
                .enumerate()
                .skip(offset)
                .map(|(i, r)| {
                    if i == selected {
                        Line::from(Span::styled(
                            format!("▶ {r}"),
                            Style::new()
                                .fg(Color::Black)
                                .bg(Color::Cyan)
                                .add_modifier(Modifier::BOLD),
                        ))
                    } else {
                        Line::from(vec![
                            Span::styled("  · ", Style::new().fg(Color::DarkGray)),
                            Span::raw(r.clone()),
                        ])
                    }
                })
                .collect();
            frame.render_widget(
                Paragraph::new(lines).block(Block::default().borders(Borders::ALL)),
                left,
            );
            let text: Vec<Line> = detail
                .iter()
                .map(|d| {
                    Line::from(vec![
                        Span::styled(
                            "x ",
                            Style::new()
                                .fg(Color::Yellow)
                                .add_modifier(Modifier::UNDERLINED),
                        ),
                        Span::styled(d.clone(), Style::new().add_modifier(Modifier::BOLD)),
                    ])
                })
                .collect();
            frame.render_widget(
                Paragraph::new(text).block(Block::default().borders(Borders::ALL)),
                right,
            );
        }
    }

    fn list_rows(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("claim {i} says {} things", i * 37 % 1000))
            .collect()
    }

    /// Draws a sequence of screens through the backend and checks after
    /// each that the modelled terminal shows exactly the buffer.
    fn check_sequence(erase_chars: bool) -> Vec<usize> {
        let (w, h) = (60, 16);
        let mut terminal = terminal(w, h, erase_chars);
        let mut model = Model::new(w, h);
        let rows = list_rows(40);
        let details: [&[&str]; 4] = [
            &["first detail", "line two", "ünïcödé and 中文 wide"],
            &["second", "line two changed a bit", ""],
            &["", "", "", "a longer fourth line of text here"],
            &["z"],
        ];
        let mut sizes = Vec::new();
        let steps = [
            (0, 0),
            (1, 0),
            (2, 0),
            (13, 0),
            (14, 1),
            (15, 2),
            (14, 2),
            (13, 1),
            (30, 17),
            (0, 0),
        ];
        for (n, &(selected, offset)) in steps.iter().enumerate() {
            let detail = details[n % details.len()];
            let bytes = draw_checked(
                &mut terminal,
                &mut model,
                two_panes(&rows, selected, offset, detail),
            );
            sizes.push(bytes.len());
        }
        sizes
    }

    #[test]
    fn the_terminal_shows_every_frame_exactly() {
        check_sequence(false);
        check_sequence(true);
    }

    #[test]
    fn an_unchanged_frame_writes_nothing_and_the_cursor_is_hidden_once() {
        let mut terminal = terminal(40, 10, false);
        let rows = list_rows(20);
        let draw = two_panes(&rows, 1, 0, &["a"]);
        terminal.draw(&draw).unwrap();
        let first = take(&mut terminal);
        assert!(first.windows(6).filter(|w| w == b"\x1b[?25l").count() == 1);
        terminal.draw(&draw).unwrap();
        assert_eq!(take(&mut terminal), b"");
    }

    #[test]
    fn scrolling_the_list_uses_a_scroll_region_and_costs_less_than_redrawing_it() {
        let (w, h) = (60, 16);
        let rows = list_rows(40);
        let mut terminal = terminal(w, h, false);
        let mut model = Model::new(w, h);
        draw_checked(
            &mut terminal,
            &mut model,
            two_panes(&rows, 13, 0, &["same"]),
        );
        let scroll = draw_checked(
            &mut terminal,
            &mut model,
            two_panes(&rows, 14, 1, &["same"]),
        );
        assert!(
            scroll.windows(3).any(|s| s == b"\x1b[r"),
            "no scroll region: {}",
            String::from_utf8_lossy(&scroll)
        );
        // Without scroll regions the same frame costs more.
        let mut plain = terminal_with(
            w,
            h,
            WireOptions {
                scroll_regions: false,
                ..fixed(w, h, false)
            },
        );
        plain.draw(two_panes(&rows, 13, 0, &["same"])).unwrap();
        take(&mut plain);
        plain.draw(two_panes(&rows, 14, 1, &["same"])).unwrap();
        let redrawn = take(&mut plain);
        assert!(
            scroll.len() * 3 < redrawn.len() * 2,
            "{} vs {}",
            scroll.len(),
            redrawn.len()
        );
    }

    fn terminal_with(w: u16, h: u16, options: WireOptions) -> Terminal<WireBackend<Vec<u8>>> {
        let _ = (w, h);
        Terminal::new(WireBackend::new(Vec::new(), options).unwrap()).unwrap()
    }

    #[test]
    fn erase_characters_only_where_terminfo_has_ech() {
        assert!(erase_chars_for_term(Some("xterm-256color")));
        assert!(erase_chars_for_term(Some("linux")));
        assert!(!erase_chars_for_term(Some("vt100")));
        assert!(!erase_chars_for_term(Some("screen-256color")));
        assert!(!erase_chars_for_term(Some("tmux-256color")));
        assert!(!erase_chars_for_term(None));
        // A frame that blanks a long run mid-line: ECH only when allowed.
        for (allowed, expect) in [(true, true), (false, false)] {
            let mut terminal = terminal(30, 3, allowed);
            terminal
                .draw(|f| f.render_widget(Paragraph::new("abcdefghijklmnopqrstuvwxyz|"), f.area()))
                .unwrap();
            take(&mut terminal);
            terminal
                .draw(|f| f.render_widget(Paragraph::new("a                         |"), f.area()))
                .unwrap();
            let bytes = take(&mut terminal);
            let ech = bytes.contains(&b'X');
            assert_eq!(ech, expect, "{}", String::from_utf8_lossy(&bytes));
        }
    }

    #[test]
    fn a_blank_run_after_coloured_text_is_erased_from_its_first_cell() {
        let mut terminal = terminal(30, 3, true);
        let mut model = Model::new(30, 3);
        draw_checked(&mut terminal, &mut model, |f| {
            f.render_widget(Paragraph::new("abcdefghijklmnopqrstuvwxyz|"), f.area())
        });
        let underlined = Style::default().add_modifier(Modifier::UNDERLINED);
        let line = Line::from(vec![
            Span::styled("AB", underlined),
            Span::raw("                        |"),
        ]);
        let bytes = draw_checked(&mut terminal, &mut model, |f| {
            f.render_widget(Paragraph::new(line), f.area())
        });
        // The pen goes back to default once, then one ECH covers all 24
        // blanks; no blank is printed under the old pen's reset.
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("\x1b[m\x1b[24X"), "{text:?}");
    }

    #[test]
    fn colours_use_short_forms_but_keep_bold_low_colours_indexed() {
        let gray = Cell::new("x").set_fg(Color::DarkGray).clone();
        assert_eq!(sgr(Some(Pen::DEFAULT), Pen::of(&gray)), b"\x1b[90m");
        let red = Cell::new("x").set_fg(Color::Red).clone();
        assert_eq!(sgr(Some(Pen::DEFAULT), Pen::of(&red)), b"\x1b[31m");
        let bold_red = Cell::new("x")
            .set_fg(Color::Red)
            .set_style(Style::new().add_modifier(Modifier::BOLD))
            .clone();
        assert_eq!(
            sgr(Some(Pen::of(&red)), Pen::of(&bold_red)),
            b"\x1b[1;38;5;1m"
        );
        let bold_dim = Pen {
            modifier: Modifier::BOLD | Modifier::DIM,
            ..Pen::DEFAULT
        };
        let dim = Pen {
            modifier: Modifier::DIM,
            ..Pen::DEFAULT
        };
        // Switching bold off but keeping dim: "22;2" is longer than "0;2".
        assert_eq!(sgr(Some(bold_dim), dim), b"\x1b[0;2m");
        let bold_dim_red = Pen {
            fg: Ink::Basic(1),
            ..bold_dim
        };
        let dim_red = Pen {
            fg: Ink::Basic(1),
            ..dim
        };
        assert_eq!(sgr(Some(bold_dim_red), dim_red), b"\x1b[22;2m");
        assert_eq!(sgr(Some(bold_dim), Pen::DEFAULT), b"\x1b[m");
        assert_eq!(sgr(None, dim), b"\x1b[0;2m");
        assert_eq!(sgr(Some(dim), dim), b"");
    }

    #[test]
    fn moves_pick_the_shortest_form() {
        let next = Buffer::with_lines(["abcdefghij", "klmnopqrst", "uvwxyz    "]);
        let pen = Some(Pen::DEFAULT);
        let mut head = Head {
            cursor: Some((1, 0)),
            pen,
        };
        // Two unchanged plain letters: reprinted.
        assert_eq!(move_to(&next, &mut head, 3, 0, true), b"bc");
        // Unknown screen: a relative move instead.
        assert_eq!(move_to(&next, &mut head, 3, 0, false), b"\x1b[2C");
        // The next line's start: CR LF.
        assert_eq!(move_to(&next, &mut head, 0, 1, true), b"\r\n");
        let mut head = Head { cursor: None, pen };
        assert_eq!(move_to(&next, &mut head, 4, 2, true), b"\x1b[3;5H");
    }
}
