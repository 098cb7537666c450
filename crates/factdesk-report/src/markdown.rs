//! The `markdown` report: a document for editors, wikis and pull requests.
//!
//! Title, article, reviewers, date (the latest decision in the data), a
//! summary table, then every claim in article order with its verdict,
//! normalized quantities, speaker, note, sources, reviewer and time.
//!
//! Untrusted text is made inert: `<`, `>`, `&` and `"` become HTML entities
//! (so `<script>` and raw HTML render as text), and every other piece of
//! Markdown punctuation is backslash-escaped (so `[x](javascript:...)`,
//! emphasis, headings or table pipes in a note stay literal). A source
//! becomes a link only when it is a plain http(s) URL; its destination is
//! escaped so it cannot end the link early.

use std::fmt::Write;

use factdesk_review::{Claim, ClaimStatus, ReviewFile};

use crate::common::{
    STATES, Tally, dates_read_from, display_time, http_url, latest_decision, neutralize, reviewers,
    selected_claims, speaker_line, state_title,
};
use crate::quantity::normalize;
use crate::{Report, ReportError, ReportOptions, VerdictFilter};

/// Renders the Markdown report.
pub(crate) fn render(review: &ReviewFile, options: &ReportOptions) -> Result<Report, ReportError> {
    let tally = Tally::of(review);
    let mut out = String::new();
    let title = review
        .article
        .title
        .as_deref()
        .unwrap_or(&review.article.path);
    writeln!(out, "# Fact-check: {}", inline(title))?;
    writeln!(out)?;
    writeln!(out, "- **Article:** {}", inline(&review.article.path))?;
    if let Some(url) = options.url.as_deref().or(review.article.url.as_deref()) {
        writeln!(out, "- **URL:** {}", link_or_text(url))?;
    }
    writeln!(out, "- **Language:** {}", review.article.language.code())?;
    if let Some((day, why)) = dates_read_from(review) {
        writeln!(
            out,
            "- **Relative dates read from:** {day} ({})",
            inline(&why)
        )?;
    }
    let names = reviewers(review);
    let names = if names.is_empty() {
        "none yet".to_owned()
    } else {
        names
            .iter()
            .map(|n| inline(n))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(out, "- **Reviewers:** {names}")?;
    match latest_decision(review) {
        Some(at) => writeln!(out, "- **Date:** {} (latest decision)", display_time(&at))?,
        None => writeln!(out, "- **Date:** no decision yet")?,
    }
    writeln!(
        out,
        "- **Reviewed:** {} of {} claims ({} %)",
        tally.reviewed(),
        tally.total(),
        tally.percent_reviewed()
    )?;
    if let Some(only) = &options.only {
        let names: Vec<&str> = only.iter().map(|f| f.name()).collect();
        writeln!(out, "- **Showing only:** {}", names.join(", "))?;
    }
    writeln!(out)?;

    writeln!(out, "## Summary")?;
    writeln!(out)?;
    writeln!(out, "| Verdict | Claims |")?;
    writeln!(out, "|---|---:|")?;
    for state in STATES {
        writeln!(out, "| {} | {} |", state_title(state), tally.count(state))?;
    }
    writeln!(out, "| **Total** | **{}** |", tally.total())?;
    if tally.conflicts > 0 {
        writeln!(out, "| Conflicts | {} |", tally.conflicts)?;
    }
    writeln!(out)?;

    writeln!(out, "## Claims")?;
    let claims = selected_claims(review, options);
    if claims.is_empty() {
        writeln!(out)?;
        writeln!(out, "No claims to show.")?;
    }
    for (index, claim) in claims.iter().enumerate() {
        writeln!(out)?;
        write_claim(&mut out, index + 1, claim)?;
    }
    Ok(Report {
        body: out,
        warnings: Vec::new(),
    })
}

/// One claim as a third-level section.
fn write_claim(out: &mut String, number: usize, claim: &Claim) -> Result<(), ReportError> {
    let state = VerdictFilter::of(claim.verdict_value());
    writeln!(out, "### {number}. {}", state_title(state))?;
    writeln!(out)?;
    quote(out, &claim.text)?;
    writeln!(out)?;
    writeln!(out, "- **Id:** {}", inline(&claim.id))?;
    match &claim.verdict {
        Some(decision) => writeln!(
            out,
            "- **Verdict:** {} by {}, {}",
            state_title(state),
            inline(&decision.reviewer),
            display_time(&decision.at)
        )?,
        None => writeln!(out, "- **Verdict:** pending")?,
    }
    if !claim.kinds.is_empty() {
        let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
        writeln!(out, "- **Kinds:** {}", kinds.join(", "))?;
    }
    if let Some(summary) = claim.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        writeln!(out, "- **Summary:** {}", inline(summary.trim()))?;
    }
    if let Some(rewording) = claim.rewording.as_deref().filter(|s| !s.trim().is_empty()) {
        writeln!(out, "- **Reworded:** {}", inline(rewording.trim()))?;
    }
    if !claim.quantities.is_empty() {
        writeln!(out, "- **Quantities:**")?;
        for quantity in &claim.quantities {
            writeln!(
                out,
                "  - {} (“{}”)",
                inline(&normalize(quantity)),
                inline(quantity.text.trim())
            )?;
        }
    }
    if let Some(speaker) = speaker_line(claim) {
        writeln!(out, "- **Speaker:** {}", inline(&speaker))?;
    }
    if !claim.note.trim().is_empty() {
        // One paragraph; lines joined by hard breaks (a trailing backslash),
        // so a blank line in the note cannot end the list item.
        let note = neutralize(claim.note.trim(), false);
        let lines: Vec<String> = note
            .lines()
            .map(escape_line)
            .filter(|l| !l.is_empty())
            .collect();
        writeln!(out, "- **Note:** {}", lines.join("\\\n  "))?;
    }
    if !claim.sources.is_empty() {
        writeln!(out, "- **Sources:**")?;
        for source in &claim.sources {
            writeln!(
                out,
                "  - {}",
                crate::common::source_text(source, link_or_text, inline)
            )?;
        }
    }
    if claim.conflict || !claim.reviews.is_empty() {
        let label = if claim.conflict {
            "Reviewers disagree"
        } else {
            "Reviewers"
        };
        writeln!(out, "- **{label}:**")?;
        for review in &claim.reviews {
            let verdict = VerdictFilter::of(review.value).name();
            write!(out, "  - {}: {verdict}", inline(&review.reviewer))?;
            if let Some(at) = &review.at {
                write!(out, ", {}", display_time(at))?;
            }
            if !review.note.trim().is_empty() {
                write!(out, " ({})", inline(review.note.trim()))?;
            }
            writeln!(out)?;
        }
    }
    if claim.status == ClaimStatus::Orphaned {
        writeln!(
            out,
            "- **Orphaned:** no longer found in the current article"
        )?;
    }
    Ok(())
}

/// The claim text as a block quote, one escaped line per article line.
fn quote(out: &mut String, text: &str) -> Result<(), ReportError> {
    let text = neutralize(text.trim(), false);
    for line in text.lines() {
        writeln!(out, "> {}", escape_line(line))?;
    }
    Ok(())
}

/// `[url](url)` for an http(s) URL, escaped plain text for anything else.
fn link_or_text(reference: &str) -> String {
    match http_url(reference) {
        Some(url) => format!("[{}]({})", escape(url), destination(url)),
        None => inline(reference.trim()),
    }
}

/// A link destination that cannot end early or be read as an entity:
/// `(`, `)`, `<`, `>`, `"`, backquote and non-ASCII are percent-encoded;
/// `\` and `&` are backslash-escaped. The URL has no whitespace or controls
/// (checked by `http_url`).
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '\\' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '(' | ')' | '<' | '>' | '"' | '`' | '\'' | '[' | ']' => {
                out.push_str(&format!("%{:02X}", u32::from(c)));
            }
            c if c.is_ascii() => out.push(c),
            c => {
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
        }
    }
    out
}

/// Untrusted text for the middle of a line (after a list marker or label).
fn inline(text: &str) -> String {
    escape(&neutralize(text, true))
}

/// Makes text inert anywhere inside a line: HTML-significant characters
/// become entities, and the characters that open emphasis, links, code,
/// strikethrough, table cells or an ATX heading's closing sequence are
/// backslash-escaped. Other punctuation (`.`, `-`, `:`, parentheses) only
/// matters at the start of a line, which [`escape_line`] handles, or after
/// an already-escaped `]`, so it stays readable.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// [`escape`] for text that starts a line (a block-quote line, a note
/// line): also neutralizes what only means something there, a list marker
/// (`-`, `+`, `1.`, `1)`), a setext underline (`=`) and leading spaces that
/// would make a code block.
pub(crate) fn escape_line(line: &str) -> String {
    let line = line.trim();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (head, rest) = match line.chars().next() {
        Some(c @ ('-' | '+' | '=')) => (format!("\\{c}"), line.get(1..).unwrap_or_default()),
        _ if digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) => {
            let marker = line.get(digits..digits + 1).unwrap_or_default();
            (
                format!("{}\\{marker}", line.get(..digits).unwrap_or_default()),
                line.get(digits + 1..).unwrap_or_default(),
            )
        }
        _ => (String::new(), line),
    };
    format!("{head}{}", escape(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape("<script>alert(\"x\")</script> & [x](javascript:y)"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \\[x\\](javascript:y)"
        );
        assert_eq!(
            escape("# *a* | b_c ~~d~~ `e`"),
            "\\# \\*a\\* \\| b\\_c \\~\\~d\\~\\~ \\`e\\`"
        );
    }

    #[test]
    fn line_starts_cannot_open_blocks() {
        assert_eq!(escape_line("- item"), "\\- item");
        assert_eq!(escape_line("+ item"), "\\+ item");
        assert_eq!(escape_line("==="), "\\===");
        assert_eq!(escape_line("---"), "\\---");
        assert_eq!(escape_line("2015. A year"), "2015\\. A year");
        assert_eq!(escape_line("3) three"), "3\\) three");
        assert_eq!(escape_line("    code?"), "code?");
        assert_eq!(escape_line("> quote"), "&gt; quote");
        assert_eq!(escape_line("# head"), "\\# head");
        assert_eq!(escape_line("21 negara. Ok"), "21 negara. Ok");
    }

    #[test]
    fn only_http_urls_become_links_with_safe_destinations() {
        assert_eq!(
            link_or_text("https://example.org/a_(b)?x=1&y=2"),
            "[https://example.org/a\\_(b)?x=1&amp;y=2](https://example.org/a_%28b%29?x=1\\&y=2)"
        );
        assert_eq!(link_or_text("javascript:alert(1)"), "javascript:alert(1)");
    }
}
