//! The `html` report: one self-contained page.
//!
//! The article with each claim highlighted in its verdict colour, a legend,
//! and the verdict table. Inline CSS only: no scripts, no fonts, images or
//! anything else fetched from the network, and a Content-Security-Policy
//! that forbids them even if something slipped through. It prints
//! readably: highlights keep their colour and also differ by underline
//! style, so a black-and-white print still tells verdicts apart, and link
//! targets are printed after each link.
//!
//! Every piece of article text, claim text, note, name and source is
//! HTML-escaped. A source becomes an `<a href>` only when it is a plain
//! http(s) URL, and then with `rel="noopener noreferrer"`.
//!
//! A claim is highlighted only when its byte offsets fall inside the
//! article, on character boundaries, and the slice there is the claim's
//! text; otherwise (the article changed, the offsets are wrong, or two
//! claims overlap) it is listed in the table only, and a warning says why.

use std::fmt::Write;

use factdesk_review::{Claim, ClaimStatus, ReviewFile};

use crate::common::{
    STATES, Tally, dates_read_from, display_time, http_url, latest_decision, neutralize, reviewers,
    selected_claims, speaker_line, state_title,
};
use crate::quantity::normalize;
use crate::{Report, ReportError, ReportOptions, VerdictFilter};

/// The page's style sheet: verdict colours, the table, and print rules.
const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: Georgia, "Times New Roman", serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.1rem 1rem; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.article-text { white-space: pre-wrap; font-size: 1.05rem; }
mark { color: inherit; padding: 0 0.1em; border-bottom: 2px solid; }
.v-verified { background: #d3f2d3; border-color: #1b7f1b; border-bottom-style: solid; }
.v-disputed { background: #f9d0d0; border-color: #b00020; border-bottom-style: double; border-bottom-width: 3px; }
.v-unverified { background: #fbe8b5; border-color: #a66a00; border-bottom-style: dashed; }
.v-pending { background: #e6e6e6; border-color: #777; border-bottom-style: dotted; }
sup.claim-ref { font-family: sans-serif; font-size: 0.7rem; }
sup.claim-ref a { color: #333; text-decoration: none; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
ul.legend .swatch { display: inline-block; min-width: 6rem; padding: 0 0.3rem; }
table { border-collapse: collapse; width: 100%; font-family: sans-serif; font-size: 0.85rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #f2f2f2; }
td.verdict { white-space: nowrap; font-weight: bold; }
td ul { margin: 0; padding-left: 1rem; }
.orig { color: #555; }
.muted { color: #666; font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  mark, .swatch, td.verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; word-break: break-all; }
  sup.claim-ref a::after { content: none; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
"#;

/// Renders the HTML report.
pub(crate) fn render(
    review: &ReviewFile,
    article: Option<&str>,
    options: &ReportOptions,
) -> Result<Report, ReportError> {
    let tally = Tally::of(review);
    let claims = selected_claims(review, options);
    let mut warnings = Vec::new();
    let title = review
        .article
        .title
        .as_deref()
        .unwrap_or(&review.article.path);
    let mut out = String::new();

    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"{}\">", review.article.language.code())?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    )?;
    writeln!(out, "<meta name=\"referrer\" content=\"no-referrer\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(out, "<meta name=\"generator\" content=\"factdesk\">")?;
    writeln!(out, "<title>Fact-check: {}</title>", text(title))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<header>")?;
    writeln!(out, "<h1>Fact-check: {}</h1>", text(title))?;
    writeln!(out, "<dl class=\"meta\">")?;
    writeln!(
        out,
        "<dt>Article</dt><dd>{}</dd>",
        text(&review.article.path)
    )?;
    if let Some(url) = options.url.as_deref().or(review.article.url.as_deref()) {
        writeln!(out, "<dt>URL</dt><dd>{}</dd>", link_or_text(url))?;
    }
    if let Some((day, why)) = dates_read_from(review) {
        writeln!(
            out,
            "<dt>Relative dates read from</dt><dd>{day} ({})</dd>",
            text(&why)
        )?;
    }
    let names = reviewers(review);
    let names = if names.is_empty() {
        "none yet".to_owned()
    } else {
        names.iter().map(|n| text(n)).collect::<Vec<_>>().join(", ")
    };
    writeln!(out, "<dt>Reviewers</dt><dd>{names}</dd>")?;
    match latest_decision(review) {
        Some(at) => writeln!(
            out,
            "<dt>Date</dt><dd><time datetime=\"{}\">{}</time> (latest decision)</dd>",
            at.to_rfc3339(),
            display_time(&at)
        )?,
        None => writeln!(out, "<dt>Date</dt><dd>no decision yet</dd>")?,
    }
    writeln!(
        out,
        "<dt>Reviewed</dt><dd>{} of {} claims ({} %)</dd>",
        tally.reviewed(),
        tally.total(),
        tally.percent_reviewed()
    )?;
    if let Some(only) = &options.only {
        let names: Vec<&str> = only.iter().map(|f| f.name()).collect();
        writeln!(out, "<dt>Showing only</dt><dd>{}</dd>", names.join(", "))?;
    }
    writeln!(out, "</dl>")?;
    writeln!(out, "</header>")?;

    writeln!(out, "<section aria-labelledby=\"legend\">")?;
    writeln!(out, "<h2 id=\"legend\">Legend</h2>")?;
    writeln!(out, "<ul class=\"legend\">")?;
    for state in STATES {
        writeln!(
            out,
            "<li><mark class=\"swatch v-{}\">{}</mark> {} {}</li>",
            state.name(),
            state_title(state),
            tally.count(state),
            if tally.count(state) == 1 {
                "claim"
            } else {
                "claims"
            }
        )?;
    }
    writeln!(out, "</ul>")?;
    writeln!(out, "</section>")?;

    let highlighted = match article {
        Some(article) => {
            let spans = highlight_spans(article, &claims, &mut warnings);
            writeln!(out, "<section aria-labelledby=\"article\">")?;
            writeln!(out, "<h2 id=\"article\">Article</h2>")?;
            write!(out, "<div class=\"article-text\">")?;
            write_article(&mut out, article, &spans)?;
            writeln!(out, "</div>")?;
            writeln!(out, "</section>")?;
            spans.iter().map(|span| span.row).collect()
        }
        None => {
            writeln!(
                out,
                "<p class=\"muted\">The article text was not supplied, so claims are listed without it.</p>"
            )?;
            Vec::new()
        }
    };

    writeln!(out, "<section aria-labelledby=\"verdicts\">")?;
    writeln!(out, "<h2 id=\"verdicts\">Verdicts</h2>")?;
    if claims.is_empty() {
        writeln!(out, "<p class=\"muted\">No claims to show.</p>")?;
    } else {
        writeln!(out, "<table>")?;
        writeln!(
            out,
            "<thead><tr><th>#</th><th>Claim</th><th>Verdict</th><th>Quantities</th><th>Speaker</th><th>Note</th><th>Sources</th><th>Reviewer</th><th>Time</th></tr></thead>"
        )?;
        writeln!(out, "<tbody>")?;
        for (index, claim) in claims.iter().enumerate() {
            let row = index + 1;
            write_row(&mut out, row, claim, highlighted.contains(&row))?;
        }
        writeln!(out, "</tbody>")?;
        writeln!(out, "</table>")?;
    }
    writeln!(out, "</section>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")?;
    Ok(Report {
        body: out,
        warnings,
    })
}

/// A claim to highlight: its validated byte range and its table row.
struct Span {
    start: usize,
    end: usize,
    row: usize,
    state: VerdictFilter,
}

/// The claims that can be highlighted safely, in article order.
fn highlight_spans(article: &str, claims: &[&Claim], warnings: &mut Vec<String>) -> Vec<Span> {
    let mut candidates: Vec<Span> = Vec::new();
    for (index, claim) in claims.iter().enumerate() {
        if claim.status == ClaimStatus::Orphaned {
            continue;
        }
        let (start, end) = (claim.start, claim.end);
        let fits = start < end && article.is_char_boundary(start) && article.is_char_boundary(end);
        match article.get(start..end).filter(|slice| fits && *slice == claim.text) {
            Some(_) => candidates.push(Span {
                start,
                end,
                row: index + 1,
                state: VerdictFilter::of(claim.verdict_value()),
            }),
            None => warnings.push(format!(
                "claim {}: bytes {start}..{end} do not hold the claim's text in this article (was it edited?); listed in the table but not highlighted",
                neutralize(&claim.id, true)
            )),
        }
    }
    candidates.sort_by_key(|span| (span.start, span.end));
    let mut spans: Vec<Span> = Vec::with_capacity(candidates.len());
    for span in candidates {
        match spans.last() {
            Some(previous) if span.start < previous.end => warnings.push(format!(
                "claim {} (row {}) overlaps the claim in row {}; listed in the table but not highlighted",
                claims
                    .get(span.row - 1)
                    .map(|c| neutralize(&c.id, true).into_owned())
                    .unwrap_or_default(),
                span.row,
                previous.row
            )),
            _ => spans.push(span),
        }
    }
    spans
}

/// The escaped article with each span wrapped in a `<mark>`.
fn write_article(out: &mut String, article: &str, spans: &[Span]) -> Result<(), ReportError> {
    let mut at = 0;
    for span in spans {
        out.push_str(&text_block(article.get(at..span.start).unwrap_or_default()));
        write!(
            out,
            "<mark class=\"v-{}\" id=\"claim-{}\" title=\"{}\">",
            span.state.name(),
            span.row,
            state_title(span.state)
        )?;
        out.push_str(&text_block(
            article.get(span.start..span.end).unwrap_or_default(),
        ));
        write!(
            out,
            "</mark><sup class=\"claim-ref\"><a href=\"#row-{}\">[{}]</a></sup>",
            span.row, span.row
        )?;
        at = span.end;
    }
    out.push_str(&text_block(article.get(at..).unwrap_or_default()));
    Ok(())
}

/// One table row.
fn write_row(
    out: &mut String,
    row: usize,
    claim: &Claim,
    highlighted: bool,
) -> Result<(), ReportError> {
    let state = VerdictFilter::of(claim.verdict_value());
    writeln!(out, "<tr id=\"row-{row}\">")?;
    if highlighted {
        writeln!(out, "<td><a href=\"#claim-{row}\">{row}</a></td>")?;
    } else {
        writeln!(out, "<td>{row}</td>")?;
    }
    write!(out, "<td>{}", text(&claim.text))?;
    if let Some(summary) = claim.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        write!(
            out,
            "<br><span class=\"orig\">Summary: {}</span>",
            text(summary.trim())
        )?;
    }
    write!(
        out,
        "<br><span class=\"orig\">Id: {}</span>",
        text(&claim.id)
    )?;
    if claim.status == ClaimStatus::Orphaned {
        write!(
            out,
            "<br><span class=\"muted\">No longer found in the current article.</span>"
        )?;
    }
    writeln!(out, "</td>")?;
    write!(
        out,
        "<td class=\"verdict v-{}\">{}",
        state.name(),
        state_title(state)
    )?;
    if claim.conflict {
        write!(out, "<br><span class=\"muted\">reviewers disagree</span>")?;
    }
    for review in &claim.reviews {
        write!(
            out,
            "<br><span class=\"orig\">{}: {}</span>",
            text(&review.reviewer),
            VerdictFilter::of(review.value).name()
        )?;
    }
    writeln!(out, "</td>")?;
    write!(out, "<td>")?;
    if !claim.quantities.is_empty() {
        write!(out, "<ul>")?;
        for quantity in &claim.quantities {
            write!(
                out,
                "<li>{} <span class=\"orig\">(“{}”)</span></li>",
                text(&normalize(quantity)),
                text(quantity.text.trim())
            )?;
        }
        write!(out, "</ul>")?;
    }
    writeln!(out, "</td>")?;
    writeln!(
        out,
        "<td>{}</td>",
        speaker_line(claim).map(|s| text(&s)).unwrap_or_default()
    )?;
    writeln!(
        out,
        "<td>{}</td>",
        text_block(claim.note.trim()).replace('\n', "<br>")
    )?;
    write!(out, "<td>")?;
    if !claim.sources.is_empty() {
        write!(out, "<ul>")?;
        for source in &claim.sources {
            write!(
                out,
                "<li>{}</li>",
                crate::common::source_text(source, link_or_text, text)
            )?;
        }
        write!(out, "</ul>")?;
    }
    writeln!(out, "</td>")?;
    match &claim.verdict {
        Some(decision) => {
            writeln!(out, "<td>{}</td>", text(&decision.reviewer))?;
            writeln!(
                out,
                "<td><time datetime=\"{}\">{}</time></td>",
                decision.at.to_rfc3339(),
                display_time(&decision.at)
            )?;
        }
        None => writeln!(out, "<td></td>\n<td></td>")?,
    }
    writeln!(out, "</tr>")?;
    Ok(())
}

/// `<a href>` for an http(s) URL, escaped text for anything else.
fn link_or_text(reference: &str) -> String {
    match http_url(reference) {
        Some(url) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape(url),
            escape(url)
        ),
        None => text(reference.trim()),
    }
}

/// Untrusted single-line text, escaped.
fn text(value: &str) -> String {
    escape(&neutralize(value, true))
}

/// Untrusted text that keeps its line breaks (the page shows it with
/// `white-space: pre-wrap` or turns them into `<br>`), escaped.
fn text_block(value: &str) -> String {
    escape(&neutralize(value, false))
}

/// Escapes the five characters HTML gives meaning to, valid both in text
/// and in quoted attribute values.
pub(crate) fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 16);
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_text_and_attributes() {
        assert_eq!(
            escape(r#"<a href="x" onclick='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn links_only_for_http() {
        assert_eq!(
            link_or_text("https://example.org/?a=1&b=\"2\""),
            "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">https://example.org/?a=1&amp;b=&quot;2&quot;</a>"
        );
        assert_eq!(link_or_text("javascript:alert(1)"), "javascript:alert(1)");
    }
}
