//! The detail pane: everything about the selected claim.

use factdesk_review::{Approx, Category, Claim, Quantity};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{block, styled_spans};
use crate::state::State;
use crate::theme::GlyphSet;

/// How much article text around the claim the context shows, per side.
const CONTEXT_BYTES: usize = 320;

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

/// The lines of the detail pane for the selected claim.
pub(super) fn detail_lines(state: &State) -> Vec<Line<'static>> {
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
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(view.line.clone(), theme.claim)));
    if claim.rewording.is_some() {
        lines.push(Line::from(Span::styled(
            format!("Original: {}", clean(state, &claim.text)),
            theme.dim,
        )));
    }
    if let Some(summary) = &claim.summary {
        lines.push(Line::from(format!("Summary: {}", clean(state, summary))));
    }

    lines.push(Line::from(""));
    lines.push(heading(state, "In the article"));
    lines.extend(context_lines(state, claim, view.span.clone()));

    if !claim.quantities.is_empty() {
        lines.push(Line::from(""));
        lines.push(heading(state, "Quantities"));
        for q in &claim.quantities {
            lines.push(Line::from(vec![
                Span::styled(format!("  {}", clean(state, &q.text)), theme.quantity),
                Span::raw(format!(
                    " {} {} ",
                    g.arrow(),
                    clean(state, &format_quantity(q, g))
                )),
                Span::styled(format!("({:?})", q.category).to_lowercase(), theme.dim),
            ]));
        }
    }
    if let Some(s) = &claim.speaker {
        lines.push(Line::from(""));
        lines.push(heading(state, "Speaker"));
        let role = s
            .role
            .as_deref()
            .map(|r| format!(", {}", clean(state, r)))
            .unwrap_or_default();
        let via = s
            .via
            .as_deref()
            .map(|v| format!(" via \"{}\"", clean(state, v)))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("  {}", clean(state, &s.name)), theme.speaker),
            Span::raw(format!("{role} ({}{via})", clean(state, &s.cue))),
        ]));
    }
    if !claim.signals.is_empty() {
        lines.push(Line::from(""));
        lines.push(heading(state, "Signals"));
        for s in &claim.signals {
            let evidence = s
                .evidence
                .as_deref()
                .map(|e| format!(" \"{}\"", clean(state, e)))
                .unwrap_or_default();
            lines.push(Line::from(format!(
                "  {} {:+.2}{evidence}",
                s.name, s.weight
            )));
        }
    }
    lines.push(Line::from(""));
    lines.push(heading(state, "Note"));
    if claim.note.is_empty() {
        lines.push(Line::from(Span::styled("  (none)", theme.dim)));
    } else {
        let note = factdesk_text::sanitize_paste(&claim.note, g.text_glyphs());
        lines.extend(note.lines().map(|l| Line::from(format!("  {l}"))));
    }
    lines.push(Line::from(""));
    lines.push(heading(state, "Sources"));
    if claim.sources.is_empty() {
        lines.push(Line::from(Span::styled("  (none)", theme.dim)));
    }
    for (n, s) in claim.sources.iter().enumerate() {
        lines.push(Line::from(format!(
            "  {}. {}",
            n + 1,
            clean(state, &s.reference)
        )));
        if let Some(a) = &s.archived {
            lines.push(Line::from(Span::styled(
                format!("     archived: {}", clean(state, a)),
                theme.dim,
            )));
        }
        if let Some(d) = &s.description {
            lines.push(Line::from(format!("     {}", clean(state, d))));
        }
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
            lines.push(Line::from(vec![
                Span::styled(format!("  {} ", h.at.format("%Y-%m-%d %H:%M")), theme.dim),
                Span::raw(format!(
                    "{} {what}{verdict}{detail}",
                    clean(state, &h.reviewer)
                )),
            ]));
        }
    }
    lines
}

/// The claim's sentence inside its paragraph (a window of it for long
/// paragraphs), with quantities and the speaker marked. Looks at one
/// paragraph only, found by binary search.
fn context_lines(state: &State, claim: &Claim, span: std::ops::Range<usize>) -> Vec<Line<'static>> {
    let theme = &state.theme;
    let text = state.article.text();
    let Some(paragraph) = state
        .article
        .paragraphs
        .get(state.article.paragraph_of(span.start))
        .cloned()
    else {
        return Vec::new();
    };
    let from = text.floor_char_boundary(
        span.start
            .saturating_sub(CONTEXT_BYTES)
            .max(paragraph.start),
    );
    let to = text.ceil_char_boundary((span.end + CONTEXT_BYTES).min(paragraph.end).max(from));
    let Some(window) = text.get(from..to) else {
        return Vec::new();
    };
    let mut marks: Vec<(std::ops::Range<usize>, Style)> = vec![(span.clone(), theme.claim)];
    for q in &claim.quantities {
        marks.push((
            state.article.safe.display_range(q.start..q.end),
            theme.quantity,
        ));
    }
    if let Some(r) = speaker_range(state, claim) {
        marks.push((r, theme.speaker));
    }
    let ellipsis = theme.glyphs.ellipsis();
    let mut spans = Vec::new();
    if from > paragraph.start {
        spans.push(Span::styled(ellipsis, theme.dim));
    }
    spans.extend(styled_spans(window, from, &marks, theme.dim));
    if to < paragraph.end {
        spans.push(Span::styled(ellipsis, theme.dim));
    }
    vec![Line::from(spans)]
}

pub(super) fn draw_detail(state: &State, frame: &mut Frame, area: Rect) {
    let lines = detail_lines(state);
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
