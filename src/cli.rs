//! The command line, as clap sees it.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// A terminal fact-checking workbench: find the checkable claims in a news
/// article and review them, keyboard only.
///
/// With no command, opens the bundled sample article for review (verdicts go
/// to a copy in your data folder, never into the repository).
#[derive(Debug, Parser)]
#[command(name = "factdesk", version, about, long_about)]
pub struct Cli {
    /// What to do; without one, review the bundled article.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options for the review interface when no command is given.
    #[command(flatten)]
    pub interface: InterfaceArgs,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract claims from articles into review files (ARTICLE.json beside each).
    Extract(ExtractArgs),
    /// Print every quantity found in a text, one JSON object per line.
    Quantities(QuantitiesArgs),
    /// Open the review interface on an article or a review file.
    Review(ReviewArgs),
    /// Write a verdict report (text, markdown, html, csv, json, claimreview).
    Report(ReportArgs),
    /// Mark one claim from a script: verified, disputed, unverified or clear.
    Mark(MarkArgs),
    /// Show review progress; optionally fail while claims are pending or disputed.
    Status(StatusArgs),
    /// List claims as a table or JSON lines.
    List(ListArgs),
    /// Combine several reviewers' files of one article and report agreement.
    Merge(MergeArgs),
}

/// Language override shared by the extracting commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Indonesian.
    Id,
    /// English.
    En,
}

/// `factdesk extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files, folders (every .txt inside, recursively) or glob patterns.
    #[arg(required = true, value_name = "ARTICLE")]
    pub paths: Vec<PathBuf>,
    /// Print the review JSON to stdout instead of writing ARTICLE.json (one article only).
    #[arg(long)]
    pub stdout: bool,
    /// Read the articles as this language instead of detecting it.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// The day the articles were published (YYYY-MM-DD): relative dates such as "kemarin" or "last year" are read from it. Kept in the review file for later extractions; without it, the latest day an article dates with its weekday ("Selasa (21/10/2025)") is used.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub published: Option<NaiveDate>,
    /// Worker threads for many articles (default: one per core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

/// A day as YYYY-MM-DD (years 1 to 9999, as the review file stores
/// them), with an error that shows the form.
fn parse_day(text: &str) -> Result<NaiveDate, String> {
    factdesk_extract::ReferenceDate::parse_day(text).ok_or_else(|| {
        "not a day from year 1 to 9999: write the day as YYYY-MM-DD, e.g. 2025-10-21".to_string()
    })
}

/// `factdesk quantities`.
#[derive(Debug, Args)]
pub struct QuantitiesArgs {
    /// A text file, or `-` (the default) for standard input.
    #[arg(default_value = "-", value_name = "FILE")]
    pub file: PathBuf,
    /// Read the text as this language instead of detecting it.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// The day the text was written (YYYY-MM-DD), to give relative dates ("kemarin", "last year") their value; else the latest day the text dates with its weekday.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub published: Option<NaiveDate>,
}

/// Colour choice for the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorArg {
    /// Colour unless NO_COLOR is set or the terminal cannot show it.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour: a monochrome theme built on reverse and bold.
    Never,
}

/// Options of the review interface.
#[derive(Debug, Args, Default)]
pub struct InterfaceArgs {
    /// Reviewer name recorded with every verdict (else FACTDESK_REVIEWER, git's user.name, $USER).
    #[arg(long, global = true)]
    pub reviewer: Option<String>,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, global = true)]
    pub color: ColorArg,
    /// Draw with ASCII characters only (automatic when the locale is not UTF-8).
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Enable mouse support (off by default: it breaks text selection over SSH).
    #[arg(long, global = true)]
    pub mouse: bool,
    /// Key bindings and settings file (default: factdesk/config.toml in your config folder).
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
}

/// `factdesk review`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// An article (extracted on the fly into ARTICLE.json beside it) or a review JSON.
    pub file: PathBuf,
    /// Read the article as this language instead of detecting it.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// When FILE is an article: the day it was published (YYYY-MM-DD), to read its relative dates from (as `extract --published`).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub published: Option<NaiveDate>,
    /// Open without taking the write lock; nothing is saved.
    #[arg(long)]
    pub read_only: bool,
    /// If another factdesk holds the file, wait for it instead of failing.
    #[arg(long)]
    pub wait: bool,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Compact plain-text summary (default on a terminal).
    Text,
    /// Markdown for editors.
    #[value(alias = "md")]
    Markdown,
    /// One self-contained HTML file.
    Html,
    /// One row per claim.
    Csv,
    /// The review data in a stable documented shape (default when piped).
    Json,
    /// schema.org ClaimReview JSON-LD.
    Claimreview,
}

/// `factdesk report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The review file.
    pub review: PathBuf,
    /// Output format (default: text on a terminal, json otherwise).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<FormatArg>,
    /// Write to FILE (atomically) instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only these verdicts (comma separated: verified,disputed,unverified,pending).
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// The article's published URL (ClaimReview `appearance`).
    #[arg(long)]
    pub url: Option<String>,
    /// The fact-checking organisation (ClaimReview `author`).
    #[arg(long)]
    pub org: Option<String>,
}

/// `factdesk mark`.
#[derive(Debug, Args)]
pub struct MarkArgs {
    /// The review file.
    pub review: PathBuf,
    /// The claim's id or a unique prefix of it.
    pub claim: String,
    /// verified, disputed, unverified, or clear.
    pub verdict: String,
    /// Replace the claim's note.
    #[arg(long)]
    pub note: Option<String>,
    /// Add an evidence source (URL or document reference); repeatable.
    #[arg(long = "source", value_name = "URL")]
    pub sources: Vec<String>,
}

/// `factdesk status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The review file.
    pub review: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Exit 1 while any claim is pending.
    #[arg(long)]
    pub fail_on_pending: bool,
    /// Exit 1 when any claim is disputed.
    #[arg(long)]
    pub fail_on_disputed: bool,
}

/// `factdesk list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// The review file.
    pub review: PathBuf,
    /// Only claims with this verdict (verified, disputed, unverified, pending).
    #[arg(long)]
    pub verdict: Option<String>,
    /// Only claims of this kind (numeric, quote, attributed, factual).
    #[arg(long)]
    pub kind: Option<String>,
    /// Include dismissed claims.
    #[arg(long)]
    pub all: bool,
    /// JSON lines instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `factdesk merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Two or more review files of the same article.
    #[arg(required = true, num_args = 2.., value_name = "REVIEW")]
    pub reviews: Vec<PathBuf>,
    /// Where to write the merged review.
    #[arg(long, short = 'o', value_name = "FILE", required = true)]
    pub output: PathBuf,
    /// Print the agreement figures as JSON.
    #[arg(long)]
    pub json: bool,
}
