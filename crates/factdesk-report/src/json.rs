//! The `json` report: the review data in a stable, documented shape for
//! other systems.
//!
//! Unlike the review file (which is the working format and may grow), this
//! shape is a contract: `report_version` changes whenever a field is
//! renamed, removed or changes meaning; new fields may be added within a
//! version. Every field is always present (`null` or `[]` when empty), so
//! consumers never need to guess whether a key is missing or empty. Claims
//! come in article order; times are RFC 3339 exactly as recorded.
//!
//! ```text
//! {
//!   "report_version": 1,
//!   "generator": "factdesk-report",
//!   "article":  { "path", "sha256", "language", "title", "url",
//!                 "reference_date": null | { "date", "source", "text" } },
//!   "filter":   null | ["disputed", ...],          // --only
//!   "summary":  { "total", "verified", "disputed", "unverified", "pending",
//!                 "dismissed", "conflicts", "reviewed", "percent_reviewed",
//!                 "latest_decision", "reviewers" },
//!   "claims": [ { "id", "start", "end", "text", "kinds", "verdict",
//!                 "reviewer", "decided_at", "updated_at", "summary",
//!                 "rewording", "note", "speaker", "quantities", "sources",
//!                 "origin", "status", "conflict", "reviews", "history" } ]
//! }
//! ```
//!
//! `summary` always covers the whole review (dismissed claims counted only
//! in `dismissed`); `claims` holds the claims `--only` selects, never the
//! dismissed ones.

use serde::Serialize;

use factdesk_review::{
    Claim, ClaimStatus, HistoryAction, Origin, ReferenceSource, ReviewFile, Verdict,
};

use crate::common::{
    Tally, latest_decision, reviewers, rfc3339, selected_claims, state_name, updated_at,
};
use crate::quantity::normalize;
use crate::{Report, ReportError, ReportOptions};

/// The version of the JSON report shape; see the module docs.
pub const REPORT_VERSION: u32 = 1;

/// The whole JSON report.
#[derive(Debug, Serialize)]
pub struct JsonReport {
    /// [`REPORT_VERSION`].
    pub report_version: u32,
    /// Always `factdesk-report`, so a consumer can tell this from a review file.
    pub generator: &'static str,
    /// The article reviewed.
    pub article: JsonArticle,
    /// The verdict states listed (`--only`), or `null` for all.
    pub filter: Option<Vec<&'static str>>,
    /// Counts over the whole review.
    pub summary: JsonSummary,
    /// The listed claims, in article order.
    pub claims: Vec<JsonClaim>,
}

/// The article.
#[derive(Debug, Serialize)]
pub struct JsonArticle {
    /// Its path, as the review file records it.
    pub path: String,
    /// Lowercase hex sha256 of the article bytes reviewed.
    pub sha256: String,
    /// ISO 639-1 code (`id`, `en`).
    pub language: &'static str,
    /// The headline, when known.
    pub title: Option<String>,
    /// Where it was published: `--url`, else the review file's URL.
    pub url: Option<String>,
    /// The day its relative dates ("kemarin", "last year") were read from.
    pub reference_date: Option<JsonReferenceDate>,
}

/// The day an article's relative dates were read from.
#[derive(Debug, Serialize)]
pub struct JsonReferenceDate {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `given` (the publication day, told by the user) or `article` (the
    /// latest day the article names with its weekday).
    pub source: ReferenceSource,
    /// The article's words that date it, for `article`.
    pub text: Option<String>,
}

/// Progress and counts.
#[derive(Debug, Serialize)]
pub struct JsonSummary {
    /// Claims in the review, dismissed ones excluded.
    pub total: usize,
    /// Claims marked verified.
    pub verified: usize,
    /// Claims marked disputed.
    pub disputed: usize,
    /// Claims marked unverified.
    pub unverified: usize,
    /// Claims without a verdict.
    pub pending: usize,
    /// Claims set aside as non-claims.
    pub dismissed: usize,
    /// Claims on which merged reviewers disagree.
    pub conflicts: usize,
    /// Claims with a verdict.
    pub reviewed: usize,
    /// Whole percent reviewed, rounded down.
    pub percent_reviewed: usize,
    /// The latest verdict time, RFC 3339.
    pub latest_decision: Option<String>,
    /// Everyone who gave a verdict, sorted.
    pub reviewers: Vec<String>,
}

/// One claim.
#[derive(Debug, Serialize)]
pub struct JsonClaim {
    /// Stable id.
    pub id: String,
    /// UTF-8 byte offset in the article.
    pub start: usize,
    /// UTF-8 byte offset one past the end.
    pub end: usize,
    /// The exact article text.
    pub text: String,
    /// `numeric`, `quote`, `attributed`, `factual`.
    pub kinds: Vec<&'static str>,
    /// `verified`, `disputed`, `unverified` or `pending`.
    pub verdict: &'static str,
    /// Who gave the verdict.
    pub reviewer: Option<String>,
    /// When, RFC 3339.
    pub decided_at: Option<String>,
    /// The latest change to the claim (history or verdict), RFC 3339.
    pub updated_at: Option<String>,
    /// The short summary reports use as the claim reviewed.
    pub summary: Option<String>,
    /// A reviewer's rewording.
    pub rewording: Option<String>,
    /// The reviewer's note; empty when none.
    pub note: String,
    /// Who said it.
    pub speaker: Option<JsonSpeaker>,
    /// Quantities in the claim.
    pub quantities: Vec<JsonQuantity>,
    /// Evidence.
    pub sources: Vec<JsonSource>,
    /// `extracted` or `manual`.
    pub origin: &'static str,
    /// `active` or `orphaned` (its text is gone from the current article).
    pub status: &'static str,
    /// True when merged reviewers disagree.
    pub conflict: bool,
    /// Each reviewer's verdict, after a merge.
    pub reviews: Vec<JsonReview>,
    /// Every change, oldest first.
    pub history: Vec<JsonHistoryEntry>,
}

/// A speaker.
#[derive(Debug, Serialize)]
pub struct JsonSpeaker {
    /// Full name.
    pub name: String,
    /// Title or role.
    pub role: Option<String>,
    /// `person`, `organisation` or `document`, as the extractor read the
    /// source.
    pub kind: &'static str,
}

/// A quantity.
#[derive(Debug, Serialize)]
pub struct JsonQuantity {
    /// The article's wording.
    pub text: String,
    /// The normalized reading (see `factdesk_report::quantity`).
    pub normalized: String,
    /// The value, or `null` for a range or vague magnitude.
    pub value: Option<f64>,
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// Unit, currency code or counted noun.
    pub unit: Option<String>,
    /// The category in snake case (`money`, `percent` …).
    pub category: String,
    /// The hedge in snake case (`nearly`, `more_than` …).
    pub approx: Option<String>,
}

/// A source.
#[derive(Debug, Serialize)]
pub struct JsonSource {
    /// URL or document reference.
    pub reference: String,
    /// Archived copy.
    pub archived: Option<String>,
    /// What it shows.
    pub description: Option<String>,
}

/// One reviewer's verdict after a merge.
#[derive(Debug, Serialize)]
pub struct JsonReview {
    /// The reviewer.
    pub reviewer: String,
    /// Their verdict state.
    pub verdict: &'static str,
    /// When, RFC 3339.
    pub at: Option<String>,
    /// Their note.
    pub note: String,
    /// Their sources.
    pub sources: Vec<JsonSource>,
}

/// One history entry.
#[derive(Debug, Serialize)]
pub struct JsonHistoryEntry {
    /// When, RFC 3339.
    pub at: String,
    /// Who.
    pub reviewer: String,
    /// What, in snake case (`marked`, `source_added` …).
    pub action: String,
    /// The verdict after the change.
    pub verdict: Option<&'static str>,
    /// The note at the time.
    pub note: Option<String>,
    /// Free detail.
    pub detail: Option<String>,
}

/// Builds the report structure (exposed so callers can embed it).
pub fn build(review: &ReviewFile, options: &ReportOptions) -> JsonReport {
    let tally = Tally::of(review);
    JsonReport {
        report_version: REPORT_VERSION,
        generator: "factdesk-report",
        article: JsonArticle {
            path: review.article.path.clone(),
            sha256: review.article.sha256.clone(),
            language: review.article.language.code(),
            title: review.article.title.clone(),
            url: options.url.clone().or_else(|| review.article.url.clone()),
            reference_date: review.article.reference_date.as_ref().map(|reference| {
                JsonReferenceDate {
                    date: reference.date.format("%Y-%m-%d").to_string(),
                    source: reference.source,
                    text: reference.text.clone(),
                }
            }),
        },
        filter: options
            .only
            .as_ref()
            .map(|only| only.iter().map(|f| f.name()).collect()),
        summary: JsonSummary {
            total: tally.total(),
            verified: tally.verified,
            disputed: tally.disputed,
            unverified: tally.unverified,
            pending: tally.pending,
            dismissed: tally.dismissed,
            conflicts: tally.conflicts,
            reviewed: tally.reviewed(),
            percent_reviewed: tally.percent_reviewed(),
            latest_decision: latest_decision(review).map(|at| rfc3339(&at)),
            reviewers: reviewers(review),
        },
        claims: selected_claims(review, options)
            .into_iter()
            .map(claim)
            .collect(),
    }
}

/// Renders the JSON report, pretty-printed, ending in a newline.
pub(crate) fn render(review: &ReviewFile, options: &ReportOptions) -> Result<Report, ReportError> {
    let mut body = serde_json::to_string_pretty(&build(review, options))?;
    body.push('\n');
    Ok(Report {
        body,
        warnings: Vec::new(),
    })
}

fn claim(claim: &Claim) -> JsonClaim {
    JsonClaim {
        id: claim.id.clone(),
        start: claim.start,
        end: claim.end,
        text: claim.text.clone(),
        kinds: claim.kinds.iter().map(|k| k.as_str()).collect(),
        verdict: state_name(claim),
        reviewer: claim.verdict.as_ref().map(|d| d.reviewer.clone()),
        decided_at: claim.verdict.as_ref().map(|d| rfc3339(&d.at)),
        updated_at: updated_at(claim).map(|at| rfc3339(&at)),
        summary: claim.summary.clone(),
        rewording: claim.rewording.clone(),
        note: claim.note.clone(),
        speaker: claim.speaker.as_ref().map(|s| JsonSpeaker {
            name: s.name.clone(),
            role: s.role.clone(),
            kind: s.kind.as_str(),
        }),
        quantities: claim
            .quantities
            .iter()
            .map(|q| JsonQuantity {
                text: q.text.clone(),
                normalized: normalize(q),
                value: q.value,
                low: q.low,
                high: q.high,
                unit: q.unit.clone(),
                category: snake_name(&q.category),
                approx: q.approx.as_ref().map(snake_name),
            })
            .collect(),
        sources: claim.sources.iter().map(source).collect(),
        origin: match claim.origin {
            Origin::Extracted => "extracted",
            Origin::Manual => "manual",
        },
        status: match claim.status {
            ClaimStatus::Active => "active",
            ClaimStatus::Dismissed => "dismissed",
            ClaimStatus::Orphaned => "orphaned",
        },
        conflict: claim.conflict,
        reviews: claim
            .reviews
            .iter()
            .map(|r| JsonReview {
                reviewer: r.reviewer.clone(),
                verdict: crate::VerdictFilter::of(r.value).name(),
                at: r.at.as_ref().map(rfc3339),
                note: r.note.clone(),
                sources: r.sources.iter().map(source).collect(),
            })
            .collect(),
        history: claim
            .history
            .iter()
            .map(|h| JsonHistoryEntry {
                at: rfc3339(&h.at),
                reviewer: h.reviewer.clone(),
                action: action_name(h.action),
                verdict: h.verdict.map(Verdict::as_str),
                note: h.note.clone(),
                detail: h.detail.clone(),
            })
            .collect(),
    }
}

fn source(source: &factdesk_review::Source) -> JsonSource {
    JsonSource {
        reference: source.reference.clone(),
        archived: source.archived.clone(),
        description: source.description.clone(),
    }
}

/// The serde name of a unit-like enum value (`money`, `more_than`), taken
/// from the data model's own serialization so the two never drift apart.
fn snake_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

fn action_name(action: HistoryAction) -> String {
    snake_name(&action)
}
