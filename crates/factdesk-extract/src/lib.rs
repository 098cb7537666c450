//! Turns a news article into checkable claims.
//!
//! The pipeline: detect the language, split sentences that survive real news
//! text, find quantities (`factdesk-numbers`), find speakers and quotes, then
//! score each sentence for check-worthiness and keep the ones that carry
//! something a fact-checker can check. Every claim keeps exact byte offsets
//! into the article and a text-quote anchor so it can be found again after
//! the article is edited.

use serde::{Deserialize, Serialize};

mod identity;

pub use identity::{ANCHOR_CONTEXT_CHARS, anchor_for, claim_id};

pub use factdesk_numbers::{Approx, Category, Language, Quantity};

/// What makes a claim checkable. A claim can be several kinds at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Carries at least one quantity.
    Numeric,
    /// Carries a direct quotation.
    Quote,
    /// Reports what a named source said (directly or indirectly).
    Attributed,
    /// A factual statement with neither numbers nor attribution.
    Factual,
}

impl ClaimKind {
    /// The name used in JSON, on the command line and on screen.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Numeric => "numeric",
            ClaimKind::Quote => "quote",
            ClaimKind::Attributed => "attributed",
            ClaimKind::Factual => "factual",
        }
    }
}

/// One reason a sentence was judged check-worthy, with its contribution to
/// the score, so a reviewer can see why a claim is there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// A stable machine name (`quantity`, `speaker`, `superlative` …).
    pub name: String,
    /// How much it added to the raw score.
    pub weight: f64,
    /// The article text that triggered it, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// A W3C Web Annotation TextQuoteSelector: the claim's exact text plus a
/// little context either side, enough to find it again in an edited article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The exact text of the claim.
    pub exact: String,
    /// Up to 32 characters of article text just before it.
    pub prefix: String,
    /// Up to 32 characters of article text just after it.
    pub suffix: String,
}

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The person's (or organisation's) full name, as first introduced
    /// ("John Kerry", even when this sentence says "Kerry" or "dia").
    pub name: String,
    /// Title or role when the article gives one ("Menteri Luar Negeri AS").
    pub role: Option<String>,
    /// Byte span of the mention in this claim's sentence that refers to the
    /// speaker (a name, a pronoun, or a clitic such as "katanya"). When the
    /// sentence has no mention (a quote-only paragraph) it is the span of
    /// the mention that introduced the speaker.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The reporting verb or cue that attributes the statement
    /// ("mengatakan", "katanya", "menurut", "said", or "quote-continuation").
    pub cue: String,
    /// The pronoun or clitic resolved to `name`, when the speaker was found
    /// through one ("dia", "-nya", "he").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

/// A claim as the extractor sees it: no verdict, no reviewer data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedClaim {
    /// Stable id derived from the normalized text plus its occurrence.
    pub id: String,
    /// `article[start..end]`.
    pub text: String,
    /// UTF-8 byte offset of the sentence start in the article.
    pub start: usize,
    /// UTF-8 byte offset one past the sentence end.
    pub end: usize,
    /// What makes it checkable, sorted.
    pub kinds: Vec<ClaimKind>,
    /// Check-worthiness in 0..=1.
    pub score: f64,
    /// Why it scored what it did.
    pub signals: Vec<Signal>,
    /// Text-quote anchor for re-anchoring after edits.
    pub anchor: Anchor,
    /// Quantities inside the sentence (offsets are article offsets).
    pub quantities: Vec<Quantity>,
    /// Who said it, when attributed.
    pub speaker: Option<Speaker>,
}

/// The result of extracting one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The language the article was read in.
    pub language: Language,
    /// The headline, when the article starts with one (a first line followed
    /// by a blank line).
    pub title: Option<String>,
    /// Claims in article order.
    pub claims: Vec<ExtractedClaim>,
}
