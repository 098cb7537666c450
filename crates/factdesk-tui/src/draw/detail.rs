//! The detail pane: everything about the selected claim.

use std::ops::Range;

use factdesk_review::{Approx, Category, Claim, Quantity, SourceKind};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{block, styled_spans};
use crate::state::State;
use crate::text::{width as text_width, wrap};
use crate::theme::GlyphSet;

/// A quantity's normalized reading: "nearly 2,000 serangan",
/// "1,000–9,999", "Rp 4.5 miliar", "50%"; range signs come from `glyphs`
/// so ASCII mode writes "1,000-9,999" and ">= 5".
pub fn format_quantity(q: &Quantity, glyphs: GlyphSet) -> String {
    let hedge = match q.approx {
        Some(Approx::About) => "about ",
        Some(Approx::Nearly) => "nearly ",
        Some(Approx::MoreThan) => "more than ",
        Some(Approx::LessThan) => "less than ",
        Some(Approx::AtLeast) => "at least ",
        Some(Approx::AtMost) => "up to ",
        Some(Approx::Estimated) => "an estimated ",
        None => "",
    };
    let unit = q.unit.as_deref();
    let number = |v: f64| match (q.category, unit) {
        (Category::Money, Some("IDR")) => rupiah(v),
        (Category::Money, Some(code)) => format!("{code} {}", group(v)),
        (Category::Percent, _) => format!("{}%", group(v)),
        (Category::Year | Category::Identifier, _) => format!("{v}"),
        (Category::Date, _) => factdesk_review::iso_date(v).unwrap_or_else(|| group(v)),
        _ => group(v),
    };
    let amount = match (q.value, q.low, q.high) {
        (Some(v), _, _) => number(v),
        (None, Some(lo), Some(hi)) => {
            let (a, b) = (number(lo), number(hi));
            format!("{a}{}{b}", glyphs.range_dash())
        }
        (None, Some(lo), None) => format!("{} {}", glyphs.bounds().0, number(lo)),
        (None, None, Some(hi)) => format!("{} {}", glyphs.bounds().1, number(hi)),
        (None, None, None) => q.text.clone(),
    };
    let suffix = match (q.category, unit) {
        (Category::Money | Category::Percent, _) | (_, None) => String::new(),
        (_, Some(u)) => format!(" {u}"),
    };
    format!("{hedge}{amount}{suffix}")
}

/// Rupiah the way Indonesian news writes it: "Rp 4.5 miliar".
fn rupiah(v: f64) -> String {
    for (scale, word) in [(1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")] {
        if v.abs() >= scale {
            return format!("Rp {} {word}", trim_decimals(v / scale));
        }
    }
    format!("Rp {}", group(v))
}

fn trim_decimals(v: f64) -> String {
    let text = format!("{v:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Thousands grouped with commas, up to two decimals: 1,234,567.5.
fn group(v: f64) -> String {
    let text = trim_decimals(v.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if v < 0.0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// The speaker's mention as a display range, whether the extractor gave
/// article offsets or offsets inside the sentence.
fn speaker_range(state: &State, claim: &Claim) -> Option<std::ops::Range<usize>> {
    let s = claim.speaker.as_ref()?;
    let (start, end) = if s.start >= claim.start && s.end <= claim.end {
        (s.start, s.end)
    } else if s.end <= claim.end - claim.start {
        (claim.start + s.start, claim.start + s.end)
    } else {
        return None;
    };
    Some(state.article.safe.display_range(start..end))
}

fn heading(state: &State, text: &str) -> Line<'static> {
    Line::from(Span::styled(text.to_string(), state.theme.heading))
}

fn clean(state: &State, text: &str) -> String {
    // Small per-claim fields (notes, sources, names) of the one selected
    // claim; sanitizing a few hundred bytes per frame is cheap.
    factdesk_text::sanitize_line(text, state.theme.glyphs.text_glyphs())
}

fn history_word(action: factdesk_review::HistoryAction) -> &'static str {
    use factdesk_review::HistoryAction as H;
    match action {
        H::Marked => "marked",
        H::Cleared => "cleared the verdict",
        H::Noted => "wrote a note",
        H::SourceAdded => "added source",
        H::SourceRemoved => "removed source",
        H::Summarized => "summarized",
        H::Reworded => "reworded",
        H::Dismissed => "dismissed",
        H::Restored => "restored",
        H::Added => "added the claim",
        H::Adjudicated => "adjudicated",
    }
}

/// Text being assembled from pieces of different styles, then wrapped.
#[derive(Default)]
struct Styled {
    text: String,
    marks: Vec<(Range<usize>, Style)>,
}

impl Styled {
    fn push(&mut self, piece: &str, style: Style) -> &mut Styled {
        let start = self.text.len();
        self.text.push_str(piece);
        self.marks.push((start..self.text.len(), style));
        self
    }
}

/// `text` wrapped at word boundaries into rows of at most `width`
/// columns, each row split into spans by `marks` (byte ranges of `text`).
/// The rows are pre-wrapped so the pane knows how many rows each section
/// takes (and the paragraph widget has nothing left to wrap).
fn wrap_marked(
    text: &str,
    marks: &[(Range<usize>, Style)],
    plain: Style,
    width: usize,
) -> Vec<Vec<Span<'static>>> {
    wrap(text, width)
        .into_iter()
        .map(|row| match text.get(row.clone()) {
            Some(piece) => styled_spans(piece, row.start, marks, plain),
            None => Vec::new(),
        })
        .collect()
}

/// A section on one or more rows: the label in a fixed column on the
/// first row, the value wrapped beside it (continuation rows indented),
/// so labels stay in place from claim to claim and only values change.
fn labelled(state: &State, label: &str, value: &Styled, width: usize) -> Vec<Line<'static>> {
    let lead = Span::styled(format!("{label:<LABEL_COLUMNS$}"), state.theme.heading);
    hanging(lead, LABEL_COLUMNS, value, width)
}

/// `value` wrapped beside `lead` (which is `indent` columns wide), its
/// continuation rows indented to the same column.
fn hanging(lead: Span<'static>, indent: usize, value: &Styled, width: usize) -> Vec<Line<'static>> {
    let value_width = width.saturating_sub(indent).max(MIN_VALUE_COLUMNS);
    let rows = wrap_marked(&value.text, &value.marks, Style::default(), value_width);
    let mut lead = Some(lead);
    rows.into_iter()
        .map(|row| {
            let first = lead.take().unwrap_or_else(|| Span::raw(" ".repeat(indent)));
            let mut spans = vec![first];
            spans.extend(row);
            Line::from(spans)
        })
        .collect()
}

/// "(none)" in the dim style, for a section with nothing in it: the
/// section keeps its row so the ones below do not move.
fn none(state: &State) -> Styled {
    let mut value = Styled::default();
    value.push("(none)", state.theme.dim);
    value
}

/// Columns of the label column ("Quantities" plus a space).
const LABEL_COLUMNS: usize = 11;
/// A value column never narrower than this, even in a 40-column terminal.
const MIN_VALUE_COLUMNS: usize = 16;
/// Rows the article block (a row of the sentence before, then the claim
/// and the start of the sentence after) takes at least, so the sections
/// below it stay on the same rows from claim to claim: 4 rows of claim
/// hold 256 characters at 120 columns (312 at 80), longer than most
/// claims.
const CLAIM_BLOCK_ROWS: usize = 5;
/// The same in a pane of at least [`TALL_PANE_ROWS`] rows, where there
/// is room: 6 rows of claim hold 384 characters at 120 columns, enough
/// for most quotations with their attribution.
const TALL_CLAIM_BLOCK_ROWS: usize = 7;
/// Rows of text inside the pane from which [`TALL_CLAIM_BLOCK_ROWS`] is
/// used (120x40 gives 35).
const TALL_PANE_ROWS: usize = 30;
/// Rows the quantities take at least, for the same reason: most claims
/// have one or two (up to four in a tall pane).
const QUANTITY_ROWS: usize = 2;
/// The same in a pane of at least [`TALL_PANE_ROWS`] rows.
const TALL_QUANTITY_ROWS: usize = 4;
/// Rows the signals take at least: three or four signals wrap onto a
/// second row at 120 columns.
const SIGNAL_ROWS: usize = 2;

/// The lines of the detail pane for the selected claim, `width` columns
/// wide in a pane of `height` rows.
///
/// Laid out for a selection move to rewrite only what differs between two
/// claims over a slow link: fixed rows for the verdict, the kinds and id,
/// the article block (at least [`CLAIM_BLOCK_ROWS`] rows), then labelled
/// rows for the speaker (one), the quantities (at least
/// [`QUANTITY_ROWS`], one each) and the signals (at least
/// [`SIGNAL_ROWS`]), then note and sources, whose labels do not move
/// unless a claim needs more rows than reserved; no text is shown twice
/// (the claim appears once, inside its article context, and signal
/// evidence that only repeats the claim, a quantity or the speaker is
/// left out). A tall pane reserves more rows (see [`TALL_PANE_ROWS`]).
pub(super) fn detail_lines(state: &State, width: usize, height: usize) -> Vec<Line<'static>> {
    let theme = &state.theme;
    let Some(index) = state.selected_index() else {
        return vec![Line::from("No claim matches the filters.")];
    };
    let (Some(claim), Some(view)) = (state.file.claims.get(index), state.views.get(index)) else {
        return Vec::new();
    };
    let g = theme.glyphs;
    let verdict = claim.verdict_value();
    let mut lines = Vec::new();
    let status = match &claim.verdict {
        Some(d) => format!(
            "{} {} by {} at {}",
            g.verdict(verdict),
            d.value.as_str().to_uppercase(),
            clean(state, &d.reviewer),
            d.at.format("%Y-%m-%d %H:%M %:z")
        ),
        None => format!("{} PENDING", g.verdict(None)),
    };
    lines.push(Line::from(Span::styled(
        status,
        theme.verdict(verdict).patch(theme.header),
    )));
    let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
    let sep = g.separator();
    lines.push(Line::from(Span::styled(
        format!(
            "{}{sep}score {:.2}{sep}{}{}",
            kinds.join(", "),
            claim.score,
            clean(state, &claim.id),
            match claim.status {
                factdesk_review::ClaimStatus::Active => String::new(),
                factdesk_review::ClaimStatus::Dismissed => format!("{sep}DISMISSED"),
                factdesk_review::ClaimStatus::Orphaned => {
                    format!("{sep}ORPHANED (text no longer in article)")
                }
            },
        ),
        theme.dim,
    )));
    if claim.rewording.is_some() {
        // The list shows the rewording; the article block below shows the
        // words as written.
        let mut value = Styled::default();
        value.push(&view.line, theme.claim);
        lines.extend(labelled(state, "Reworded", &value, width));
    }
    if let Some(summary) = &claim.summary {
        let mut value = Styled::default();
        value.push(&clean(state, summary), Style::default());
        lines.extend(labelled(state, "Summary", &value, width));
    }

    lines.push(Line::from(""));
    lines.push(heading(state, "In the article"));
    let (block_rows, quantity_rows) = if height >= TALL_PANE_ROWS {
        (TALL_CLAIM_BLOCK_ROWS, TALL_QUANTITY_ROWS)
    } else {
        (CLAIM_BLOCK_ROWS, QUANTITY_ROWS)
    };
    lines.extend(article_block(state, claim, view, width, block_rows));
    lines.push(Line::from(""));

    let speaker = match &claim.speaker {
        Some(s) => {
            let mut value = Styled::default();
            value.push(&clean(state, &s.name), theme.speaker);
            if let Some(role) = &s.role {
                value.push(&format!(", {}", clean(state, role)), Style::default());
            }
            let via = s
                .via
                .as_deref()
                .map(|v| format!(" via \"{}\"", clean(state, v)))
                .unwrap_or_default();
            // "an organisation" / "a document": what the source is, when
            // not a person (ClaimReview exports it the same way).
            let kind = match s.kind {
                SourceKind::Person => "",
                SourceKind::Organisation => "organisation, ",
                SourceKind::Document => "document, ",
            };
            value.push(
                &format!(" ({kind}{}{via})", clean(state, &s.cue)),
                theme.dim,
            );
            value
        }
        None => none(state),
    };
    lines.extend(labelled(state, "Speaker", &speaker, width));

    let mut quantities = Vec::new();
    if claim.quantities.is_empty() {
        quantities.extend(labelled(state, "Quantities", &none(state), width));
    }
    for (n, q) in claim.quantities.iter().enumerate() {
        let written = clean(state, &q.text);
        let reading = clean(state, &format_quantity(q, g));
        let mut value = Styled::default();
        value.push(&written, theme.quantity);
        if reading != written {
            value.push(&format!(" {} ", g.arrow()), Style::default());
            value.push(&reading, Style::default());
        }
        if let Some(word) = category(q.category) {
            value.push(&format!(" {word}"), theme.dim);
        }
        // "tahun lalu → 2024": say which day it was read from; "tahun
        // sebelumnya → 2023": which of the claim's dates it counts back from.
        let article = &state.file.article;
        if let Some(reference) = &article.reference_date
            && q.low.is_some()
            && factdesk_numbers::is_relative_date(q, article.language)
        {
            value.push(
                &format!(" from {}", reference.date.format("%Y-%m-%d")),
                theme.dim,
            );
        } else if q.low.is_some()
            && factdesk_numbers::is_earlier_date(q, article.language)
            && let Some(anchor) = factdesk_numbers::earlier_date_anchor(&claim.quantities[..n], q)
        {
            value.push(
                &format!(" before \"{}\"", clean(state, &anchor.text)),
                theme.dim,
            );
        }
        quantities.extend(labelled(
            state,
            if n == 0 { "Quantities" } else { "" },
            &value,
            width,
        ));
    }
    while quantities.len() < quantity_rows {
        quantities.push(Line::from(""));
    }
    lines.extend(quantities);

    let signals = if claim.signals.is_empty() {
        none(state)
    } else {
        let mut value = Styled::default();
        for (n, s) in claim.signals.iter().enumerate() {
            if n > 0 {
                value.push(sep, theme.dim);
            }
            value.push(&format!("{} {:+.2}", s.name, s.weight), Style::default());
            if let Some(e) = s.evidence.as_deref().filter(|e| !repeats(claim, e)) {
                value.push(&format!(" \"{}\"", clean(state, e)), theme.dim);
            }
        }
        value
    };
    let mut signal_rows = labelled(state, "Signals", &signals, width);
    while signal_rows.len() < SIGNAL_ROWS {
        signal_rows.push(Line::from(""));
    }
    lines.extend(signal_rows);

    lines.push(Line::from(""));
    if claim.note.is_empty() {
        lines.extend(labelled(state, "Note", &none(state), width));
    } else {
        let note = factdesk_text::sanitize_paste(&claim.note, g.text_glyphs());
        for (n, l) in note.lines().enumerate() {
            let mut value = Styled::default();
            value.push(l, Style::default());
            lines.extend(labelled(
                state,
                if n == 0 { "Note" } else { "" },
                &value,
                width,
            ));
        }
    }
    if claim.sources.is_empty() {
        lines.extend(labelled(state, "Sources", &none(state), width));
    }
    for (n, s) in claim.sources.iter().enumerate() {
        let mut value = Styled::default();
        value.push(
            &format!("{}. {}", n + 1, clean(state, &s.reference)),
            Style::default(),
        );
        if let Some(a) = &s.archived {
            value.push(&format!(" archived: {}", clean(state, a)), theme.dim);
        }
        if let Some(d) = &s.description {
            value.push(&format!(" {}", clean(state, d)), Style::default());
        }
        lines.extend(labelled(
            state,
            if n == 0 { "Sources" } else { "" },
            &value,
            width,
        ));
    }
    if !claim.reviews.is_empty() {
        lines.push(Line::from(""));
        lines.push(heading(
            state,
            if claim.conflict {
                "Reviewers disagree"
            } else {
                "Reviewers"
            },
        ));
        for r in &claim.reviews {
            lines.push(Line::from(vec![
                Span::styled(format!("  {} ", g.verdict(r.value)), theme.verdict(r.value)),
                Span::raw(format!(
                    "{} {}",
                    clean(state, &r.reviewer),
                    r.value.map_or("pending", |v| v.as_str())
                )),
            ]));
        }
    }
    if !claim.history.is_empty() {
        lines.push(Line::from(""));
        lines.push(heading(state, "History"));
        for h in claim.history.iter().rev() {
            let what = history_word(h.action);
            let verdict = h
                .verdict
                .map(|v| format!(" {}", v.as_str()))
                .unwrap_or_default();
            let detail = h
                .detail
                .as_deref()
                .map(|d| format!(": {}", clean(state, d)))
                .unwrap_or_default();
            let when = format!("  {} ", h.at.format("%Y-%m-%d %H:%M"));
            let indent = text_width(&when);
            let mut value = Styled::default();
            value.push(
                &format!("{} {what}{verdict}{detail}", clean(state, &h.reviewer)),
                Style::default(),
            );
            lines.extend(hanging(
                Span::styled(when, theme.dim),
                indent,
                &value,
                width,
            ));
        }
    }
    lines
}

/// A quantity's category as one word, unless its reading already says
/// it: money carries its currency, percentages their sign, dates their
/// ISO form.
fn category(c: Category) -> Option<&'static str> {
    Some(match c {
        Category::Money | Category::Percent => return None,
        Category::Date => return None,
        Category::Number => "number",
        Category::Count => "count",
        Category::Ordinal => "ordinal",
        Category::PercentagePoint => "percentage points",
        Category::Measure => "measure",
        Category::Duration => "duration",
        Category::Year => "year",
        Category::Time => "time",
        Category::Ratio => "ratio",
        Category::Score => "score",
        Category::Identifier => "identifier",
    })
}

/// Whether a signal's evidence only repeats what the pane already shows:
/// a quantity as written or the speaker's name (each on its own row), or
/// words of the claim (a quote signal quotes the whole quotation, an
/// entity or a cue word is part of the sentence shown in bold above).
/// Evidence from outside the claim, such as the cue of a quotation that
/// continues from an earlier paragraph, is kept.
fn repeats(claim: &Claim, evidence: &str) -> bool {
    let evidence = evidence.trim();
    let same = |a: &str| a.trim().eq_ignore_ascii_case(evidence);
    evidence.is_empty()
        || claim.text.contains(evidence)
        || claim.quantities.iter().any(|q| same(&q.text))
        || claim.speaker.as_ref().is_some_and(|s| same(&s.name))
}

/// The claim once, inside its article context: one row of the text before
/// it in its paragraph (from the start of the sentence before, its end
/// kept when it does not fit), then the claim in bold with its quantities
/// and speaker marked, then the sentence after it, dimmed, on the rest of
/// the claim's last row (one more row when less than a third is left).
/// Padded to `min_rows`. The whole paragraph is in the article
/// view (`a`); the cut ends carry an ellipsis.
fn article_block(
    state: &State,
    claim: &Claim,
    view: &crate::text::ClaimView,
    width: usize,
    min_rows: usize,
) -> Vec<Line<'static>> {
    let theme = &state.theme;
    let ellipsis = theme.glyphs.ellipsis();
    let article = &state.article;
    let text = article.text();
    let span = view.span.clone();
    let sentence_text = text.get(span.clone()).filter(|_| {
        claim.status != factdesk_review::ClaimStatus::Orphaned && span.start < span.end
    });
    let mut lines = Vec::new();
    let Some(sentence_text) = sentence_text else {
        // The words are no longer in the article: show them as stored.
        lines.push(Line::from(""));
        lines.extend(
            wrap_marked(&view.line, &[], theme.claim, width)
                .into_iter()
                .map(Line::from),
        );
        return pad(lines, min_rows);
    };
    let paragraph = article
        .paragraphs
        .get(article.paragraph_of(span.start))
        .cloned()
        .unwrap_or(span.clone());
    let sentences = &article.sentences;

    // The sentence before (and the part of the claim's own sentence before
    // it, when the claim starts inside one).
    let here = article.sentence_of(span.start);
    let before_from = here
        .checked_sub(1)
        .and_then(|s| sentences.get(s))
        .map_or(paragraph.start, |s| s.start)
        .clamp(paragraph.start, span.start);
    let before = text.get(before_from..span.start).unwrap_or("").trim();
    let (before, cut) = tail_within(before, width.saturating_sub(text_width(ellipsis)));
    let mut row = Vec::new();
    if cut || (before_from > paragraph.start && !before.is_empty()) {
        row.push(Span::styled(ellipsis, theme.dim));
    }
    if !before.is_empty() {
        row.push(Span::styled(before.to_string(), theme.dim));
    }
    lines.push(Line::from(row));

    // The sentence after: to the end of the sentence following the one
    // the claim ends in.
    let last = article.sentence_of(span.end);
    let after_to = match sentences.get(last) {
        Some(s) if s.start >= span.end => s.end,
        Some(s) => sentences.get(last + 1).map_or(s.end, |n| n.end),
        None => span.end,
    }
    .clamp(span.end, paragraph.end.max(span.end));
    let after = text.get(span.end..after_to).unwrap_or("").trim();

    let mut block = Styled::default();
    block.push(sentence_text, theme.claim);
    let claim_end = block.text.len();
    // Quantities underlined in the claim's own colours: their colour is on
    // their rows below, and a colour change costs bytes twice per quantity.
    let underlined = Style::default().add_modifier(Modifier::UNDERLINED);
    for q in &claim.quantities {
        let r = article.safe.display_range(q.start..q.end);
        if span.start <= r.start && r.end <= span.end {
            block
                .marks
                .push((r.start - span.start..r.end - span.start, underlined));
        }
    }
    if let Some(r) = speaker_range(state, claim)
        && span.start <= r.start
        && r.end <= span.end
    {
        block
            .marks
            .push((r.start - span.start..r.end - span.start, theme.speaker));
    }
    if !after.is_empty() {
        block.push(" ", Style::default());
        block.push(after, theme.dim);
    }
    let mut rows = wrap(&block.text, width);
    // The row holding the claim's end, and whether the sentence after
    // gets one more row.
    let claim_row = rows
        .iter()
        .position(|r| r.end >= claim_end)
        .unwrap_or(rows.len().saturating_sub(1));
    let left = rows.get(claim_row).map_or(0, |r| {
        width.saturating_sub(text_width(
            block
                .text
                .get(r.start..claim_end.max(r.start))
                .unwrap_or(""),
        ))
    });
    let keep = claim_row + 1 + usize::from(left < width / 3);
    if rows.len() > keep {
        rows.truncate(keep);
        if let Some(last_row) = rows.last_mut() {
            // Leave room for the ellipsis, cutting between words where
            // possible but never inside the claim.
            let room = width.saturating_sub(text_width(ellipsis));
            let from = last_row.start.max(claim_end.min(last_row.end));
            let mut cut = last_row.start;
            let mut used = text_width(block.text.get(last_row.start..from).unwrap_or(""));
            let mut space_cut = None;
            for (at, c) in block
                .text
                .get(from..last_row.end)
                .unwrap_or("")
                .char_indices()
            {
                let w = text_width(c.encode_utf8(&mut [0; 4]));
                if used + w > room {
                    break;
                }
                used += w;
                cut = from + at + c.len_utf8();
                if c == ' ' {
                    space_cut = Some(from + at);
                }
            }
            cut = space_cut.unwrap_or(cut).max(from);
            *last_row = last_row.start..cut;
        }
    }
    let count = rows.len();
    for (n, r) in rows.into_iter().enumerate() {
        let Some(piece) = block.text.get(r.clone()) else {
            continue;
        };
        let mut spans = styled_spans(piece, r.start, &block.marks, Style::default());
        if n + 1 == count && r.end < block.text.len() {
            spans.push(Span::styled(ellipsis, theme.dim));
        }
        lines.push(Line::from(spans));
    }
    pad(lines, min_rows)
}

fn pad(mut lines: Vec<Line<'static>>, rows: usize) -> Vec<Line<'static>> {
    while lines.len() < rows {
        lines.push(Line::from(""));
    }
    lines
}

/// The end of `text` that fits in `columns`, starting at a word when it
/// is cut, and whether it was cut.
fn tail_within(text: &str, columns: usize) -> (&str, bool) {
    if text_width(text) <= columns {
        return (text, false);
    }
    let mut used = 0;
    let mut start = text.len();
    for (at, c) in text.char_indices().rev() {
        let w = text_width(c.encode_utf8(&mut [0; 4]));
        if used + w > columns {
            break;
        }
        used += w;
        start = at;
    }
    let tail = &text[start..];
    match tail.find(' ') {
        Some(space) if space + 1 < tail.len() => (&tail[space + 1..], true),
        _ => (tail, true),
    }
}

pub(super) fn draw_detail(state: &State, frame: &mut Frame, area: Rect) {
    let lines = detail_lines(
        state,
        usize::from(area.width.saturating_sub(2)).max(1),
        usize::from(area.height.saturating_sub(2)),
    );
    let paragraph = Paragraph::new(lines)
        .block(block(state, " Detail "))
        .wrap(Wrap { trim: false })
        .scroll((state.detail_scroll, 0));
    frame.render_widget(paragraph, area);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        unit: Option<&str>,
        category: Category,
        approx: Option<Approx>,
    ) -> Quantity {
        Quantity {
            text: String::new(),
            start: 0,
            end: 0,
            value,
            low,
            high,
            unit: unit.map(str::to_string),
            category,
            approx,
        }
    }

    #[test]
    fn quantities_read_the_way_a_reviewer_checks_them() {
        assert_eq!(
            format_quantity(
                &q(
                    Some(2000.0),
                    Some(2000.0),
                    Some(2000.0),
                    Some("serangan"),
                    Category::Count,
                    Some(Approx::Nearly)
                ),
                GlyphSet::Unicode
            ),
            "nearly 2,000 serangan"
        );
        assert_eq!(
            format_quantity(
                &q(
                    None,
                    Some(1000.0),
                    Some(9999.0),
                    None,
                    Category::Number,
                    None
                ),
                GlyphSet::Unicode
            ),
            "1,000–9,999"
        );
        assert_eq!(
            format_quantity(
                &q(Some(4.5e9), None, None, Some("IDR"), Category::Money, None),
                GlyphSet::Unicode
            ),
            "Rp 4.5 miliar"
        );
        assert_eq!(
            format_quantity(
                &q(Some(3.2), None, None, Some("%"), Category::Percent, None),
                GlyphSet::Unicode
            ),
            "3.2%"
        );
        assert_eq!(
            format_quantity(
                &q(Some(2015.0), None, None, None, Category::Year, None),
                GlyphSet::Unicode
            ),
            "2015"
        );
    }

    #[test]
    fn a_score_reads_as_its_two_sides_and_says_so() {
        let score = q(None, Some(2.0), Some(1.0), None, Category::Score, None);
        assert_eq!(format_quantity(&score, GlyphSet::Unicode), "2–1");
        assert_eq!(format_quantity(&score, GlyphSet::Ascii), "2-1");
        assert_eq!(category(Category::Score), Some("score"));
    }

    #[test]
    fn dates_read_as_iso_dates() {
        let day = q(Some(20251019.0), None, None, None, Category::Date, None);
        assert_eq!(format_quantity(&day, GlyphSet::Unicode), "2025-10-19");
        let month = q(Some(202505.0), None, None, None, Category::Date, None);
        assert_eq!(format_quantity(&month, GlyphSet::Unicode), "2025-05");
        // Not a date the extractor writes: shown as the number it is.
        let odd = q(Some(20251399.0), None, None, None, Category::Date, None);
        assert_eq!(format_quantity(&odd, GlyphSet::Unicode), "20,251,399");
    }

    #[test]
    fn a_long_context_keeps_its_end_and_starts_at_a_word() {
        assert_eq!(tail_within("short text", 20), ("short text", false));
        assert_eq!(
            tail_within("the sentence before ends here.", 15),
            ("ends here.", true)
        );
    }

    #[test]
    fn ascii_quantities_use_ascii_range_signs() {
        let range = q(
            None,
            Some(1000.0),
            Some(9999.0),
            None,
            Category::Number,
            None,
        );
        assert_eq!(format_quantity(&range, GlyphSet::Ascii), "1,000-9,999");
        let floor = q(None, Some(5.0), None, None, Category::Count, None);
        assert_eq!(format_quantity(&floor, GlyphSet::Ascii), ">= 5");
        assert_eq!(format_quantity(&floor, GlyphSet::Unicode), "≥ 5");
        let ceiling = q(None, None, Some(5.0), None, Category::Count, None);
        assert_eq!(format_quantity(&ceiling, GlyphSet::Ascii), "<= 5");
    }
}
