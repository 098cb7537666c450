//! The `text` report: a compact summary for a terminal, readable over SSH.
//!
//! Counts per verdict, percent reviewed, then the claims that need an
//! editor's attention (disputed and unverified ones, or the states chosen
//! with `--only`) with their notes and sources.
//!
//! The layout uses ASCII only, so it survives any terminal and any pager.
//! Untrusted text (claim text, notes, names, sources) is printed with every
//! terminal control character (C0, DEL, C1) and bidirectional control shown
//! as a visible `<U+XXXX>` mark, so a note cannot move the cursor, change
//! colours, retitle the window or reorder what is shown. Colour, when asked
//! for, wraps only the report's own labels.

use std::fmt::Write;

use factdesk_review::{Claim, ReviewFile};

use crate::common::{
    STATES, Tally, dates_read_from, display_time, latest_decision, neutralize, reviewers,
    selected_claims, speaker_line, state_title, truncate_chars,
};
use crate::{Report, ReportError, ReportOptions, VerdictFilter};

/// The longest claim text shown, in characters; the full text is in the
/// other formats.
const CLAIM_CHARS: usize = 200;

/// Renders the text report.
pub(crate) fn render(review: &ReviewFile, options: &ReportOptions) -> Result<Report, ReportError> {
    let tally = Tally::of(review);
    let paint = Paint { on: options.color };
    let mut out = String::new();

    let title = review
        .article
        .title
        .as_deref()
        .unwrap_or(&review.article.path);
    writeln!(out, "Fact-check report: {}", clean(title))?;
    writeln!(out, "Article: {}", clean(&review.article.path))?;
    if let Some(url) = options.url.as_deref().or(review.article.url.as_deref()) {
        writeln!(out, "URL: {}", clean(url))?;
    }
    if let Some((day, why)) = dates_read_from(review) {
        writeln!(out, "Relative dates read from: {day} ({})", clean(&why))?;
    }
    let names = reviewers(review);
    if !names.is_empty() {
        let names: Vec<String> = names.iter().map(|n| clean(n)).collect();
        writeln!(out, "Reviewers: {}", names.join(", "))?;
    }
    if let Some(at) = latest_decision(review) {
        writeln!(out, "Latest decision: {}", display_time(&at))?;
    }
    writeln!(
        out,
        "Reviewed: {} of {} claims ({}%)",
        tally.reviewed(),
        tally.total(),
        tally.percent_reviewed()
    )?;
    for state in STATES {
        let label = format!("{:<11}", state.name());
        writeln!(
            out,
            "  {} {:>5}",
            paint.state(state, &label),
            tally.count(state)
        )?;
    }
    if tally.conflicts > 0 {
        writeln!(out, "Conflicts between reviewers: {}", tally.conflicts)?;
    }

    let shown: Vec<VerdictFilter> = match &options.only {
        Some(only) => STATES
            .into_iter()
            .filter(|state| only.contains(state))
            .collect(),
        None => vec![VerdictFilter::Disputed, VerdictFilter::Unverified],
    };
    let claims = selected_claims(review, options);
    for state in shown {
        let in_state: Vec<&Claim> = claims
            .iter()
            .copied()
            .filter(|c| state.matches(c))
            .collect();
        writeln!(out)?;
        let heading = format!(
            "{} ({})",
            state_title(state).to_ascii_uppercase(),
            in_state.len()
        );
        writeln!(out, "{}", paint.state(state, &heading))?;
        if in_state.is_empty() {
            writeln!(out, "  (none)")?;
        }
        for (number, claim) in in_state.iter().enumerate() {
            write_claim(&mut out, number + 1, claim)?;
        }
    }
    Ok(Report {
        body: out,
        warnings: Vec::new(),
    })
}

/// One claim: number, id and text, then its details indented.
fn write_claim(out: &mut String, number: usize, claim: &Claim) -> Result<(), ReportError> {
    let text = clean(claim.rewording.as_deref().unwrap_or(&claim.text));
    writeln!(
        out,
        "{number:>3}. [{}] \"{}\"",
        clean(&claim.id),
        truncate_chars(&text, CLAIM_CHARS)
    )?;
    const INDENT: &str = "     ";
    if let Some(speaker) = speaker_line(claim) {
        writeln!(out, "{INDENT}Speaker: {}", clean(&speaker))?;
    }
    if !claim.note.trim().is_empty() {
        let note = neutralize(claim.note.trim(), false).replace('\t', " ");
        for (index, line) in note.lines().enumerate() {
            let label = if index == 0 { "Note: " } else { "      " };
            writeln!(out, "{INDENT}{label}{line}")?;
        }
    }
    for source in &claim.sources {
        write!(out, "{INDENT}Source: {}", clean(source.reference.trim()))?;
        if let Some(description) = source
            .description
            .as_deref()
            .filter(|d| !d.trim().is_empty())
        {
            write!(out, " - {}", clean(description.trim()))?;
        }
        writeln!(out)?;
    }
    if let Some(decision) = &claim.verdict {
        writeln!(
            out,
            "{INDENT}By {}, {}",
            clean(&decision.reviewer),
            display_time(&decision.at)
        )?;
    }
    if claim.conflict {
        writeln!(out, "{INDENT}Conflict: reviewers disagree on this claim")?;
    }
    if claim.status == factdesk_review::ClaimStatus::Orphaned {
        writeln!(
            out,
            "{INDENT}Orphaned: no longer found in the current article"
        )?;
    }
    Ok(())
}

/// Untrusted text on one line, safe for a terminal.
fn clean(text: &str) -> String {
    neutralize(text, true).into_owned()
}

/// ANSI colour for the report's own labels, when the caller asked for it.
struct Paint {
    on: bool,
}

impl Paint {
    /// `label` in the colour of `state` (green, red, yellow, dim grey).
    fn state(&self, state: VerdictFilter, label: &str) -> String {
        if !self.on {
            return label.to_owned();
        }
        let code = match state {
            VerdictFilter::Verified => "32",
            VerdictFilter::Disputed => "31",
            VerdictFilter::Unverified => "33",
            VerdictFilter::Pending => "2",
        };
        format!("\u{1b}[{code}m{label}\u{1b}[0m")
    }
}
