//! The `claimreview` report: schema.org [ClaimReview] JSON-LD, one item per
//! claim with a verdict, for search engines and fact-check aggregators.
//!
//! The output is a JSON array; each item carries its own `@context`, so any
//! item can be cut out and published on its own. `<`, `>` and `&` are
//! written as `\u003c`, `\u003e`, `\u0026` (and U+2028/U+2029 escaped) so
//! the JSON can be pasted into a `<script type="application/ld+json">` tag
//! without a note being able to close the tag.
//!
//! # Verdict to rating
//!
//! factdesk's verdicts form a three-point ordinal scale, which is how
//! ClaimReview's numeric rating is meant to be read (`worstRating` the most
//! false, `bestRating` the most true). `bestRating` 3 and `worstRating` 1
//! are always written, because schema.org otherwise assumes 5 and 1 and a
//! 3 would read as "middling".
//!
//! | verdict      | `ratingValue` | `alternateName` |
//! |--------------|---------------|-----------------|
//! | `verified`   | 3             | `Verified`      |
//! | `unverified` | 2             | `Unverified`    |
//! | `disputed`   | 1             | `Disputed`      |
//!
//! Why this order: a verified claim is confirmed by the sources (the true
//! end), a disputed one contradicted by them (the false end). Unverified
//! means neither could be shown; it sits in the middle, as "Unproven" does
//! on the True / Unproven / False scales many fact-checkers publish, and
//! not at the false end, since a claim nobody could check is not thereby
//! false. `alternateName`, the text a search engine shows, is the verdict
//! itself rather than "True" or "False": "disputed" says the sources
//! contradict the claim, which is what the reviewer decided; "False" would
//! claim more than that.
//!
//! # Other fields
//!
//! - `claimReviewed`: the claim's summary. A claim without one falls back to
//!   its rewording, then its article text, with a warning; so does a
//!   summary over 75 characters (kept, with a warning), the length search
//!   engines show.
//! - `itemReviewed`: a `Claim` whose `author` is the speaker when known: a
//!   `Person` (with `jobTitle` = the role), or an `Organization` when the
//!   extractor read the source as one ("NIESR", "accountancy firm Ernst &
//!   Young"; its description is not written, as `Organization` has no
//!   `jobTitle`). A document ("according to a survey") is no author: the
//!   claim then has none, and the claim's own text names the source. Its
//!   `appearance` is the
//!   article (`--url`, else the URL in the review file) when known.
//!   The claim's `datePublished` is the article's publication day when
//!   one was given (`factdesk extract --published`); a day only found in
//!   the article (the day it dates its report by) is not written, as it
//!   need not be when the claim was made.
//! - `author`: the organisation (`--org`) as an `Organization`; without
//!   `--org`, the reviewer as a `Person`, with a warning.
//! - `datePublished`: the date of the verdict (`YYYY-MM-DD`, in the
//!   reviewer's own UTC offset), never today's date.
//! - `url`: the page where the fact-check itself is published. The review
//!   file does not know it, so it is left out; add it when publishing.
//!
//! [ClaimReview]: https://schema.org/ClaimReview

use serde::Serialize;

use factdesk_review::{Claim, ReferenceSource, ReviewFile, SourceKind, Verdict};

use crate::common::selected_claims;
use crate::{Report, ReportError, ReportOptions};

/// `bestRating`: the rating of a verified claim.
pub const BEST_RATING: u8 = 3;
/// `worstRating`: the rating of a disputed claim.
pub const WORST_RATING: u8 = 1;
/// The longest `claimReviewed` search engines show in full.
pub const SUMMARY_MAX_CHARS: usize = 75;

/// The rating value and display name of a verdict (see the module docs).
pub fn rating(verdict: Verdict) -> (u8, &'static str) {
    match verdict {
        Verdict::Verified => (3, "Verified"),
        Verdict::Unverified => (2, "Unverified"),
        Verdict::Disputed => (1, "Disputed"),
    }
}

/// One ClaimReview item.
#[derive(Debug, Serialize)]
pub struct ClaimReviewItem {
    /// Always `https://schema.org`.
    #[serde(rename = "@context")]
    pub context: &'static str,
    /// Always `ClaimReview`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The fact-check page; unknown to the review file, so `None` for now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The claim's short summary.
    #[serde(rename = "claimReviewed")]
    pub claim_reviewed: String,
    /// The claim: who made it, where it appeared.
    #[serde(rename = "itemReviewed")]
    pub item_reviewed: ItemReviewed,
    /// Who did the fact-check.
    pub author: Agent,
    /// The date of the verdict.
    #[serde(rename = "datePublished")]
    pub date_published: String,
    /// The verdict as a rating.
    #[serde(rename = "reviewRating")]
    pub review_rating: Rating,
}

/// The `itemReviewed` claim.
#[derive(Debug, Serialize)]
pub struct ItemReviewed {
    /// Always `Claim`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The speaker, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Agent>,
    /// The article the claim appeared in, when its URL is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appearance: Option<Appearance>,
    /// When the claim was made, when known.
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    pub date_published: Option<String>,
}

/// A `Person` or an `Organization`.
#[derive(Debug, Serialize)]
pub struct Agent {
    /// `Person` or `Organization`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The name.
    pub name: String,
    /// A person's role, when known.
    #[serde(rename = "jobTitle", skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
}

/// Where the claim appeared.
#[derive(Debug, Serialize)]
pub struct Appearance {
    /// Always `CreativeWork`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The article's URL.
    pub url: String,
    /// The article's headline, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
}

/// The `reviewRating`.
#[derive(Debug, Serialize)]
pub struct Rating {
    /// Always `Rating`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// 1, 2 or 3 (see the mapping in the module docs).
    #[serde(rename = "ratingValue")]
    pub rating_value: u8,
    /// Always [`BEST_RATING`].
    #[serde(rename = "bestRating")]
    pub best_rating: u8,
    /// Always [`WORST_RATING`].
    #[serde(rename = "worstRating")]
    pub worst_rating: u8,
    /// The verdict: `Verified`, `Unverified` or `Disputed`.
    #[serde(rename = "alternateName")]
    pub alternate_name: &'static str,
    /// The reviewer's note, when there is one.
    #[serde(rename = "ratingExplanation", skip_serializing_if = "Option::is_none")]
    pub rating_explanation: Option<String>,
}

/// Builds the items for the reviewed claims that `--only` selects, in
/// article order, with warnings about what a publisher should fix.
pub fn build(review: &ReviewFile, options: &ReportOptions) -> (Vec<ClaimReviewItem>, Vec<String>) {
    let mut warnings = Vec::new();
    let org = options
        .org
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty());
    let appearance_url = options
        .url
        .as_deref()
        .or(review.article.url.as_deref())
        .map(str::trim)
        .filter(|u| !u.is_empty());
    let mut items = Vec::new();
    for claim in selected_claims(review, options) {
        let Some(decision) = &claim.verdict else {
            continue;
        };
        let (rating_value, alternate_name) = rating(decision.value);
        let author = match org {
            Some(org) => Agent {
                kind: "Organization",
                name: org.to_owned(),
                job_title: None,
            },
            None => Agent {
                kind: "Person",
                name: decision.reviewer.clone(),
                job_title: None,
            },
        };
        items.push(ClaimReviewItem {
            context: "https://schema.org",
            kind: "ClaimReview",
            url: None,
            claim_reviewed: claim_reviewed(claim, &mut warnings),
            item_reviewed: ItemReviewed {
                kind: "Claim",
                author: claim
                    .speaker
                    .as_ref()
                    .filter(|s| !s.name.trim().is_empty())
                    .and_then(|s| {
                        let (kind, job_title) = match s.kind {
                            SourceKind::Person => (
                                "Person",
                                s.role
                                    .as_deref()
                                    .map(str::trim)
                                    .filter(|r| !r.is_empty())
                                    .map(str::to_owned),
                            ),
                            SourceKind::Organisation => ("Organization", None),
                            SourceKind::Document => return None,
                        };
                        Some(Agent {
                            kind,
                            name: s.name.trim().to_owned(),
                            job_title,
                        })
                    }),
                appearance: appearance_url.map(|url| Appearance {
                    kind: "CreativeWork",
                    url: url.to_owned(),
                    headline: review.article.title.clone(),
                }),
                date_published: review
                    .article
                    .reference_date
                    .as_ref()
                    .filter(|reference| reference.source == ReferenceSource::Given)
                    .map(|reference| reference.date.format("%Y-%m-%d").to_string()),
            },
            author,
            date_published: decision.at.format("%Y-%m-%d").to_string(),
            review_rating: Rating {
                kind: "Rating",
                rating_value,
                best_rating: BEST_RATING,
                worst_rating: WORST_RATING,
                alternate_name,
                rating_explanation: Some(one_line(&claim.note)).filter(|n| !n.is_empty()),
            },
        });
    }
    if org.is_none() && !items.is_empty() {
        warnings.push(
            "no organisation given (--org): each ClaimReview's author is the reviewer as a Person; fact-check publishers are expected to name their organisation"
                .to_owned(),
        );
    }
    (items, warnings)
}

/// Renders the JSON-LD array, pretty-printed, safe inside a script tag.
pub(crate) fn render(review: &ReviewFile, options: &ReportOptions) -> Result<Report, ReportError> {
    let (items, warnings) = build(review, options);
    let json = serde_json::to_string_pretty(&items)?;
    let mut body = script_safe(&json);
    body.push('\n');
    Ok(Report { body, warnings })
}

/// The claim reviewed: the summary, else the rewording, else the text.
fn claim_reviewed(claim: &Claim, warnings: &mut Vec<String>) -> String {
    let id = crate::common::neutralize(&claim.id, true);
    if let Some(summary) = claim
        .summary
        .as_deref()
        .map(one_line)
        .filter(|s| !s.is_empty())
    {
        let length = summary.chars().count();
        if length > SUMMARY_MAX_CHARS {
            warnings.push(format!(
                "claim {id}: its summary is {length} characters; shorten it to at most {SUMMARY_MAX_CHARS} for claimReviewed"
            ));
        }
        return summary;
    }
    let (fallback, what) = match claim
        .rewording
        .as_deref()
        .map(one_line)
        .filter(|s| !s.is_empty())
    {
        Some(rewording) => (rewording, "rewording"),
        None => (one_line(&claim.text), "article text"),
    };
    warnings.push(format!(
        "claim {id}: no summary, so claimReviewed is its {what} ({} characters); add a summary of at most {SUMMARY_MAX_CHARS} characters",
        fallback.chars().count()
    ));
    fallback
}

/// Text on one line with runs of whitespace folded to one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// JSON that cannot end a `<script>` element or break a JavaScript string:
/// these characters only ever occur inside JSON strings, where the
/// `\uXXXX` form means the same.
fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_spans_best_to_worst() {
        assert_eq!(rating(Verdict::Verified).0, BEST_RATING);
        assert_eq!(rating(Verdict::Disputed).0, WORST_RATING);
        let middle = rating(Verdict::Unverified).0;
        assert!(WORST_RATING < middle && middle < BEST_RATING);
    }

    #[test]
    fn script_safe_json_still_parses_to_the_same_text() {
        let json = serde_json::json!({"note": "</script><b>&amp;\u{2028}"}).to_string();
        let safe = script_safe(&json);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap_or_default();
        assert_eq!(back["note"], "</script><b>&amp;\u{2028}");
    }
}
