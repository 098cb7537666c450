//! The data model of a review file, exactly as serialized.
//!
//! Field names are part of the file format (documented in
//! `docs/review-file.schema.json`); rename nothing without bumping
//! [`SCHEMA_VERSION`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

pub use factdesk_extract::{
    Anchor, ClaimKind, ExtractedClaim, ReferenceDate, ReferenceSource, Signal, SourceKind, Speaker,
};
pub use factdesk_numbers::{Approx, Category, Language, Quantity, iso_date};

/// The version of the review-file format this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole review file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewFile {
    /// Format version; files with another version are refused.
    pub schema_version: u32,
    /// The article the claims come from.
    pub article: Article,
    /// What produced the claims.
    pub extractor: ExtractorInfo,
    /// Claims in article order (manual claims included, dismissed ones too).
    pub claims: Vec<Claim>,
}

/// The article a review file belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Path of the article, relative to the review file's folder when it
    /// lies beside it, else as given.
    pub path: String,
    /// Lowercase hex sha256 of the article bytes; a mismatch means the
    /// article changed since extraction and claims must be re-anchored.
    pub sha256: String,
    /// The language the article was read in.
    pub language: Language,
    /// The headline, when the article has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the article was published, when known (used by ClaimReview).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day the article's relative dates ("kemarin", "last year") were
    /// read from: the publication day the user gave, or the latest day the
    /// article names with its weekday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<ReferenceDate>,
}

/// Name and version of the extractor that produced the claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractorInfo {
    /// Always `factdesk` for files this program writes.
    pub name: String,
    /// The crate version that extracted.
    pub version: String,
}

/// The three verdicts a reviewer can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The claim checks out against the sources.
    Verified,
    /// The sources contradict the claim.
    Disputed,
    /// The claim could not be confirmed or refuted.
    Unverified,
}

impl Verdict {
    /// All verdicts, in display order.
    pub const ALL: [Verdict; 3] = [Verdict::Verified, Verdict::Disputed, Verdict::Unverified];

    /// The name used in JSON, on the command line and on screen.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::Disputed => "disputed",
            Verdict::Unverified => "unverified",
        }
    }

    /// Parses the name used in JSON and on the command line.
    pub fn parse(name: &str) -> Option<Verdict> {
        match name.trim().to_ascii_lowercase().as_str() {
            "verified" => Some(Verdict::Verified),
            "disputed" => Some(Verdict::Disputed),
            "unverified" => Some(Verdict::Unverified),
            _ => None,
        }
    }
}

/// A verdict together with who gave it and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The verdict.
    pub value: Verdict,
    /// Who decided.
    pub reviewer: String,
    /// When, as RFC 3339 with the reviewer's UTC offset.
    pub at: DateTime<FixedOffset>,
}

/// Evidence cited for a verdict, precise enough for anyone to repeat the check.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    /// A URL or a document reference ("BPS, Statistik Indonesia 2024, p. 12").
    pub reference: String,
    /// An archived copy (web.archive.org, archive.today), when made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<String>,
    /// One line on what the source shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Where a claim came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Found by the extractor.
    #[default]
    Extracted,
    /// Added by a reviewer from the article view.
    Manual,
}

/// Whether a claim is live, set aside, or lost its place in the article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    /// A claim to review.
    #[default]
    Active,
    /// Judged not a claim; kept (hidden by default) and restorable.
    Dismissed,
    /// Reviewed, but its text no longer anchors in the current article;
    /// kept with its verdict so no decision is ever lost.
    Orphaned,
}

/// What a history entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryAction {
    /// A verdict was given (or changed).
    Marked,
    /// The verdict was cleared back to pending.
    Cleared,
    /// The note changed.
    Noted,
    /// A source was added.
    SourceAdded,
    /// A source was removed.
    SourceRemoved,
    /// The short summary changed.
    Summarized,
    /// The claim was reworded.
    Reworded,
    /// The claim was dismissed as a non-claim.
    Dismissed,
    /// A dismissed claim was restored.
    Restored,
    /// A reviewer added the claim by hand.
    Added,
    /// An adjudicator settled a conflict between reviewers.
    Adjudicated,
}

/// One change to a claim: who, what, when. Appended, never rewritten.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// When the change was made.
    pub at: DateTime<FixedOffset>,
    /// Who made it.
    pub reviewer: String,
    /// What kind of change.
    pub action: HistoryAction,
    /// The verdict after the change (for `marked`, `adjudicated`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// The note at the time of a verdict, or the new note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The sources at the time of a verdict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Free detail: the new summary or wording, the source touched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// One reviewer's verdict on a claim, kept side by side after a merge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewerVerdict {
    /// The reviewer.
    pub reviewer: String,
    /// Their verdict, or `None` when they left the claim pending.
    pub value: Option<Verdict>,
    /// When they decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<DateTime<FixedOffset>>,
    /// Their note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Their sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// A claim in a review file: what the extractor found plus what reviewers did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id (see `factdesk_extract`); unique within the file.
    pub id: String,
    /// `article[start..end]`: always the exact article slice.
    pub text: String,
    /// UTF-8 byte offset of the claim in the article.
    pub start: usize,
    /// UTF-8 byte offset one past its end.
    pub end: usize,
    /// What makes it checkable.
    pub kinds: Vec<ClaimKind>,
    /// Check-worthiness in 0..=1.
    pub score: f64,
    /// Why it scored what it did.
    pub signals: Vec<Signal>,
    /// Text-quote anchor for re-anchoring.
    pub anchor: Anchor,
    /// Quantities in the claim.
    pub quantities: Vec<Quantity>,
    /// Who said it, when attributed.
    pub speaker: Option<Speaker>,
    /// The current verdict; `None` while pending.
    pub verdict: Option<Decision>,
    /// The reviewer's note (may be written before a verdict).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Evidence sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// A short summary (under 75 characters) that reports use as the claim
    /// reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// A reviewer's rewording; `text` stays the exact article slice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rewording: Option<String>,
    /// Extracted or added by hand.
    #[serde(default, skip_serializing_if = "is_default")]
    pub origin: Origin,
    /// Active, dismissed or orphaned.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: ClaimStatus,
    /// Every reviewer's verdict, after `factdesk merge`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<ReviewerVerdict>,
    /// Set by a merge when reviewers disagree; cleared by adjudication.
    #[serde(default, skip_serializing_if = "is_default")]
    pub conflict: bool,
    /// Every change, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Claim {
    /// A fresh, unreviewed claim from an extractor result.
    pub fn from_extracted(claim: ExtractedClaim) -> Claim {
        Claim {
            id: claim.id,
            text: claim.text,
            start: claim.start,
            end: claim.end,
            kinds: claim.kinds,
            score: claim.score,
            signals: claim.signals,
            anchor: claim.anchor,
            quantities: claim.quantities,
            speaker: claim.speaker,
            verdict: None,
            note: String::new(),
            sources: Vec::new(),
            summary: None,
            rewording: None,
            origin: Origin::Extracted,
            status: ClaimStatus::Active,
            reviews: Vec::new(),
            conflict: false,
            history: Vec::new(),
        }
    }

    /// True while no verdict has been given (dismissed claims never count).
    pub fn is_pending(&self) -> bool {
        self.verdict.is_none() && self.status == ClaimStatus::Active
    }

    /// The verdict value, if any.
    pub fn verdict_value(&self) -> Option<Verdict> {
        self.verdict.as_ref().map(|d| d.value)
    }
}
