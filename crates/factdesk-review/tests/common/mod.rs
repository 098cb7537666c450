//! Builders shared by the merge and sync tests: timestamps, claims with a
//! given text, and review files around them.

#![allow(dead_code)]

use chrono::{DateTime, FixedOffset};
use factdesk_review::{
    Anchor, Article, Claim, Decision, ExtractedClaim, ExtractorInfo, HistoryAction, HistoryEntry,
    Language, ReviewFile, SCHEMA_VERSION, Verdict,
};

/// A fixed timestamp from RFC 3339 text.
pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("test timestamp")
}

/// A pending claim `id` with `text` at `start`, anchored on itself.
pub fn claim_with(id: &str, start: usize, text: String, score: f64) -> Claim {
    Claim::from_extracted(ExtractedClaim {
        id: id.to_string(),
        end: start + text.len(),
        anchor: Anchor {
            exact: text.clone(),
            prefix: String::new(),
            suffix: String::new(),
        },
        text,
        start,
        kinds: Vec::new(),
        score,
        signals: Vec::new(),
        quantities: Vec::new(),
        speaker: None,
    })
}

/// A review file of `claims` for `article.txt` (whose hash is `sha256`).
pub fn review_file(
    claims: Vec<Claim>,
    sha256: String,
    language: Language,
    title: Option<&str>,
) -> ReviewFile {
    ReviewFile {
        schema_version: SCHEMA_VERSION,
        article: Article {
            path: "article.txt".into(),
            sha256,
            language,
            title: title.map(str::to_string),
            url: None,
            reference_date: None,
        },
        extractor: ExtractorInfo {
            name: "factdesk".into(),
            version: "0.1.0".into(),
        },
        claims,
    }
}

/// Marks `claim` as `value` by `reviewer` at `when`, with the history entry
/// the interface would write.
pub fn mark(claim: &mut Claim, value: Verdict, reviewer: &str, when: &str) {
    let when = at(when);
    claim.verdict = Some(Decision {
        value,
        reviewer: reviewer.into(),
        at: when,
    });
    claim.history.push(HistoryEntry {
        at: when,
        reviewer: reviewer.into(),
        action: HistoryAction::Marked,
        verdict: Some(value),
        note: None,
        sources: Vec::new(),
        detail: None,
    });
}
