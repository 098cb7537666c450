//! Verdict reports: how a fact-check leaves the terminal.
//!
//! One review file becomes a report an editor reads (`text`, `markdown`,
//! `html`) or data another system takes in (`csv`, `json`, `claimreview`).
//! Each format lives in its own module; [`render`] picks one.
//!
//! Every report is deterministic for the same input: claims come in article
//! order, and the only times printed are those recorded in the review file
//! (never the clock), so reports can be checked into git and diffed.
//!
//! Every string that comes from the review file or the article is untrusted:
//! each format escapes it for its own medium (terminal control characters,
//! Markdown and HTML markup, spreadsheet formulas, JSON-LD inside a
//! `<script>` tag). `FORMATS.md` beside this crate documents every format.

pub mod claimreview;
mod common;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod quantity;
pub mod text;

use std::fmt;
use std::str::FromStr;

use factdesk_review::{Claim, ClaimStatus, ReviewFile, SCHEMA_VERSION, Verdict};

/// The report formats, as named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A compact plain-text summary for a terminal (SSH-friendly).
    Text,
    /// A Markdown document for editors, wikis and pull requests.
    Markdown,
    /// One self-contained HTML page with the article highlighted.
    Html,
    /// One spreadsheet row per claim.
    Csv,
    /// The review data in a stable, versioned JSON shape.
    Json,
    /// schema.org ClaimReview JSON-LD for search engines and aggregators.
    ClaimReview,
}

impl Format {
    /// Every format, in the order help text lists them.
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Markdown,
        Format::Html,
        Format::Csv,
        Format::Json,
        Format::ClaimReview,
    ];

    /// Every name [`Format::from_str`] accepts (`md` is an alias of
    /// `markdown`), for help text and error messages.
    pub const NAMES: [&'static str; 7] = [
        "text",
        "markdown",
        "md",
        "html",
        "csv",
        "json",
        "claimreview",
    ];

    /// The canonical name of the format.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::ClaimReview => "claimreview",
        }
    }

    /// The usual file extension, so a caller can suggest an output name.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::ClaimReview => "jsonld",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ReportError;

    fn from_str(name: &str) -> Result<Format, ReportError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            "claimreview" => Ok(Format::ClaimReview),
            _ => Err(ReportError::UnknownFormat(name.to_owned())),
        }
    }
}

/// Which claims a report lists (`--only`): a verdict, or still pending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerdictFilter {
    /// Claims marked verified.
    Verified,
    /// Claims marked disputed.
    Disputed,
    /// Claims marked unverified.
    Unverified,
    /// Claims without a verdict yet.
    Pending,
}

impl VerdictFilter {
    /// Every name [`VerdictFilter::from_str`] accepts.
    pub const NAMES: [&'static str; 4] = ["verified", "disputed", "unverified", "pending"];

    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            VerdictFilter::Verified => "verified",
            VerdictFilter::Disputed => "disputed",
            VerdictFilter::Unverified => "unverified",
            VerdictFilter::Pending => "pending",
        }
    }

    /// The filter that selects exactly the claims in this state.
    pub fn of(verdict: Option<Verdict>) -> VerdictFilter {
        match verdict {
            Some(Verdict::Verified) => VerdictFilter::Verified,
            Some(Verdict::Disputed) => VerdictFilter::Disputed,
            Some(Verdict::Unverified) => VerdictFilter::Unverified,
            None => VerdictFilter::Pending,
        }
    }

    /// True when `claim`'s current verdict (or lack of one) is this one.
    pub fn matches(self, claim: &Claim) -> bool {
        VerdictFilter::of(claim.verdict_value()) == self
    }

    /// Parses a comma-separated list such as `disputed,unverified`, the
    /// form `--only` takes; duplicates are dropped, order is kept.
    pub fn parse_list(list: &str) -> Result<Vec<VerdictFilter>, ReportError> {
        let mut filters = Vec::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let filter = name.parse::<VerdictFilter>()?;
            if !filters.contains(&filter) {
                filters.push(filter);
            }
        }
        if filters.is_empty() {
            return Err(ReportError::UnknownVerdictFilter(list.to_owned()));
        }
        Ok(filters)
    }
}

impl fmt::Display for VerdictFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for VerdictFilter {
    type Err = ReportError;

    fn from_str(name: &str) -> Result<VerdictFilter, ReportError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "verified" => Ok(VerdictFilter::Verified),
            "disputed" => Ok(VerdictFilter::Disputed),
            "unverified" => Ok(VerdictFilter::Unverified),
            "pending" => Ok(VerdictFilter::Pending),
            _ => Err(ReportError::UnknownVerdictFilter(name.to_owned())),
        }
    }
}

/// Choices that shape a report beyond its format.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportOptions {
    /// List only claims in these states (`--only`); `None` lists all.
    /// Summary counts always cover the whole review, so a filtered report
    /// still says how far the review as a whole has come.
    pub only: Option<Vec<VerdictFilter>>,
    /// The article's URL (`--url`), used as the ClaimReview `appearance`;
    /// overrides the URL stored in the review file.
    pub url: Option<String>,
    /// The fact-checking organisation (`--org`), the ClaimReview `author`.
    pub org: Option<String>,
    /// Colour the text format's verdict labels (only for a terminal).
    pub color: bool,
}

/// A rendered report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The report itself, ready to print or write to a file.
    pub body: String,
    /// Things the reader should fix or know (a claim without a ClaimReview
    /// summary, a claim that could not be highlighted); print them on
    /// stderr, never inside the report.
    pub warnings: Vec<String>,
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The format name is not one of [`Format::NAMES`].
    #[error(
        "unknown report format `{0}`: use one of text, markdown (md), html, csv, json, claimreview"
    )]
    UnknownFormat(String),
    /// The verdict name is not one of [`VerdictFilter::NAMES`].
    #[error(
        "unknown verdict `{0}` for --only: use a comma-separated list of verified, disputed, unverified, pending"
    )]
    UnknownVerdictFilter(String),
    /// The review file is of a format version this build cannot report on.
    #[error(
        "the review file has schema version {found}, but this build reads version {expected}: upgrade factdesk or re-create the review"
    )]
    UnsupportedSchema {
        /// The version in the file.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// Writing a CSV record failed.
    #[error("could not write the CSV report: {0}")]
    Csv(#[from] ::csv::Error),
    /// Serializing JSON failed.
    #[error("could not write the JSON report: {0}")]
    Json(#[from] serde_json::Error),
    /// A report builder produced something that is not text (a bug).
    #[error("internal error while writing the {format} report: {detail}")]
    Internal {
        /// The format being written.
        format: &'static str,
        /// What went wrong.
        detail: String,
    },
}

impl From<fmt::Error> for ReportError {
    fn from(_: fmt::Error) -> ReportError {
        ReportError::Internal {
            format: "text",
            detail: "formatting into a string failed".to_owned(),
        }
    }
}

/// Renders `review` in `format`.
///
/// `article` is the article text; the HTML report needs it to highlight the
/// claims in place and shows only the claims without it. Dismissed claims
/// never appear. Warnings are returned beside the body, not inside it.
pub fn render(
    review: &ReviewFile,
    article: Option<&str>,
    format: Format,
    options: &ReportOptions,
) -> Result<Report, ReportError> {
    if review.schema_version != SCHEMA_VERSION {
        return Err(ReportError::UnsupportedSchema {
            found: review.schema_version,
            expected: SCHEMA_VERSION,
        });
    }
    match format {
        Format::Text => text::render(review, options),
        Format::Markdown => markdown::render(review, options),
        Format::Html => html::render(review, article, options),
        Format::Csv => csv::render(review, options),
        Format::Json => json::render(review, options),
        Format::ClaimReview => claimreview::render(review, options),
    }
}

/// True for claims that belong in a report at all (not dismissed).
fn is_reported(claim: &Claim) -> bool {
    claim.status != ClaimStatus::Dismissed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_format_name_parses_and_round_trips() {
        for name in Format::NAMES {
            let format: Format = name.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(format.name().parse::<Format>().ok(), Some(format));
        }
        for format in Format::ALL {
            assert_eq!(format.to_string().parse::<Format>().ok(), Some(format));
        }
        assert_eq!("MD".parse::<Format>().ok(), Some(Format::Markdown));
        assert!(matches!(
            "pdf".parse::<Format>(),
            Err(ReportError::UnknownFormat(name)) if name == "pdf"
        ));
    }

    #[test]
    fn verdict_filter_list_parses_and_rejects() {
        let parsed = VerdictFilter::parse_list("disputed, Pending,disputed");
        assert_eq!(
            parsed.ok(),
            Some(vec![VerdictFilter::Disputed, VerdictFilter::Pending])
        );
        assert!(VerdictFilter::parse_list("disputed,false").is_err());
        assert!(VerdictFilter::parse_list(" , ").is_err());
        assert_eq!(VerdictFilter::of(None), VerdictFilter::Pending);
    }
}
