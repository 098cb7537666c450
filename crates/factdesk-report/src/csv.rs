//! The `csv` report: one row per claim, for spreadsheets.
//!
//! Columns, in this order, under a header row: `id`, `start`, `end`,
//! `kinds`, `text`, `quantities`, `speaker`, `verdict`, `note`, `sources`,
//! `reviewer`, `updated_at`. Several values in one cell are joined with
//! `; ` (kinds), ` | ` (quantities and sources). `verdict` is `verified`,
//! `disputed`, `unverified` or `pending`; `updated_at` is the latest change
//! to the claim (history or verdict), RFC 3339, empty when never touched.
//! Quoting follows RFC 4180 through the `csv` crate; newlines in notes are
//! kept inside quoted cells.
//!
//! Formula injection: a spreadsheet runs a cell that begins with `=`, `+`,
//! `-`, `@`, a tab or a carriage return as a formula (`=HYPERLINK(...)`,
//! `@SUM(...)`). Any such cell is written with a single quote `'` in front,
//! which spreadsheets show as text and do not display. Readers that want the
//! exact text back strip one leading `'` from a cell whose next character is
//! one of those six ([`unneutralize`] does it). A cell that itself starts
//! with `'` followed by one of them gets a second `'`, so the round trip is
//! exact for every value.

use factdesk_review::{Claim, ReviewFile};

use crate::common::{rfc3339, selected_claims, speaker_line, state_name, updated_at};
use crate::quantity::normalize;
use crate::{Report, ReportError, ReportOptions};

/// The header row.
pub const COLUMNS: [&str; 12] = [
    "id",
    "start",
    "end",
    "kinds",
    "text",
    "quantities",
    "speaker",
    "verdict",
    "note",
    "sources",
    "reviewer",
    "updated_at",
];

/// Renders the CSV report.
pub(crate) fn render(review: &ReviewFile, options: &ReportOptions) -> Result<Report, ReportError> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for claim in selected_claims(review, options) {
        let row = row(claim);
        writer.write_record(row.iter().map(|cell| neutralize_formula(cell).into_owned()))?;
    }
    let bytes = writer.into_inner().map_err(|error| ReportError::Internal {
        format: "csv",
        detail: error.to_string(),
    })?;
    let body = String::from_utf8(bytes).map_err(|error| ReportError::Internal {
        format: "csv",
        detail: error.to_string(),
    })?;
    Ok(Report {
        body,
        warnings: Vec::new(),
    })
}

/// The cells of one claim, before neutralizing.
fn row(claim: &Claim) -> [String; 12] {
    let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
    let quantities: Vec<String> = claim
        .quantities
        .iter()
        .map(|q| format!("{} ({})", normalize(q), q.text.trim()))
        .collect();
    let sources: Vec<String> = claim
        .sources
        .iter()
        .map(|source| {
            let mut cell = source.reference.trim().to_owned();
            if let Some(archived) = source.archived.as_deref().filter(|a| !a.trim().is_empty()) {
                cell.push_str(&format!(" (archived: {})", archived.trim()));
            }
            if let Some(description) = source
                .description
                .as_deref()
                .filter(|d| !d.trim().is_empty())
            {
                cell.push_str(&format!(" - {}", description.trim()));
            }
            cell
        })
        .collect();
    [
        claim.id.clone(),
        claim.start.to_string(),
        claim.end.to_string(),
        kinds.join("; "),
        claim.text.clone(),
        quantities.join(" | "),
        speaker_line(claim).unwrap_or_default(),
        state_name(claim).to_owned(),
        claim.note.clone(),
        sources.join(" | "),
        claim
            .verdict
            .as_ref()
            .map(|d| d.reviewer.clone())
            .unwrap_or_default(),
        updated_at(claim).map(|at| rfc3339(&at)).unwrap_or_default(),
    ]
}

/// True for the first characters a spreadsheet reads as a formula.
fn is_formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Prefixes `'` to a cell a spreadsheet would run as a formula (see the
/// module docs), and to a cell that would otherwise be mistaken for one
/// already neutralized.
pub fn neutralize_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = cell.chars();
    let first = chars.next();
    let needs_quote = match first {
        Some(c) if is_formula_start(c) => true,
        Some('\'') => chars.next().is_some_and(is_formula_start) || cell.starts_with("''"),
        _ => false,
    };
    if needs_quote {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Undoes [`neutralize_formula`]: the exact cell text back.
pub fn unneutralize(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest)
            if rest
                .chars()
                .next()
                .is_some_and(|c| is_formula_start(c) || c == '\'') =>
        {
            rest
        }
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_quoted_and_come_back_exact() {
        for cell in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'=already",
            "''",
            "'",
            "''x",
            "it's",
            "",
            "plain",
        ] {
            let written = neutralize_formula(cell);
            let first = written.chars().next();
            assert!(
                !first.is_some_and(is_formula_start),
                "{cell:?} written as {written:?}"
            );
            assert_eq!(unneutralize(&written), cell, "round trip of {cell:?}");
        }
        assert_eq!(neutralize_formula("=1+1"), "'=1+1");
        assert_eq!(neutralize_formula("plain"), "plain");
    }
}
