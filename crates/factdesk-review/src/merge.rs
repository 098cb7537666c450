//! Combining several reviewers' files of one article into one.
//!
//! Two fact-checkers often review an article apart and then reconcile:
//! [`merge_reviews`] lays their decisions side by side per claim id,
//! flags disagreements as conflicts and measures agreement; [`adjudicate`]
//! settles a conflict afterwards, on the record.
//!
//! # Rules
//!
//! - Every input must be a review of the same article bytes (same sha256);
//!   a file for another version must be re-anchored first.
//! - Each claim keeps one [`ReviewerVerdict`] per file that has the claim,
//!   in file order, pending ones included (their note may still matter).
//!   The reviewer is the one on the claim's verdict, else the last person
//!   in its history, else the name seen most often in that file, else
//!   `file N`. A name that another file already used for the same claim
//!   gets ` (file N)` appended so the two stay apart.
//! - A pending verdict never conflicts with a given one: "not looked at
//!   yet" is no disagreement. The merged `verdict` is set when everyone who
//!   gave a verdict gave the same one (its reviewer lists them all); when
//!   verdicts differ the claim is left pending with `conflict = true`.
//!   Claims that not every file rated are listed in
//!   [`MergeOutcome::incomplete`] so a single opinion is not mistaken for a
//!   consensus.
//! - Notes: one distinct note is kept as is; several become
//!   `reviewer: note` paragraphs. Sources are unioned by reference. Summary
//!   and rewording come from the first file that has one. A claim is active
//!   when any file has it active.
//! - Histories are unioned, sorted by time, exact duplicates removed.
//! - Claims only some files have (manual claims) are kept.
//! - The publication day (`article.reference_date` given by a reviewer,
//!   with `--published` or `D`) is the first one a file gives, in file
//!   order, and the merged claims' relative dates are read again from it;
//!   without one, the first file's reference stands. Files that give
//!   different days are listed in [`MergeOutcome::publication_days`].
//! - A file that is itself a merge result contributes its `reviews`
//!   entries instead of its own combined verdict (for the agreement
//!   statistics it still counts as one rater, with its combined verdict).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::agreement::{Agreement, agreement_of_files};
use crate::model::{
    Claim, ClaimStatus, Decision, HistoryAction, HistoryEntry, Origin, ReferenceDate,
    ReferenceSource, ReviewFile, ReviewerVerdict, Source, Verdict,
};

/// What a merge produced.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeOutcome {
    /// The combined review file, ready to save.
    pub merged: ReviewFile,
    /// Claims whose reviewers gave different verdicts, in merged order.
    pub conflicts: Vec<MergeConflict>,
    /// Ids of active claims that at least one file left pending or lacks:
    /// their merged verdict rests on fewer than all reviewers.
    pub incomplete: Vec<String>,
    /// Agreement over the claims every file rated.
    pub agreement: Agreement,
    /// When the files give different publication days: each file's label
    /// (its reviewer, else `file N`) and the day it gives, in file order.
    /// The first one was kept. Empty when they agree or none gives one.
    pub publication_days: Vec<(String, NaiveDate)>,
}

/// One claim on which reviewers disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeConflict {
    /// The claim id.
    pub claim_id: String,
    /// The claim text, so a report can show what the disagreement is about.
    pub text: String,
    /// Every reviewer's verdict on it, in file order.
    pub reviews: Vec<ReviewerVerdict>,
}

/// Why files could not be merged. File numbers in messages count from 1,
/// in the order the files were given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// A merge needs something to merge.
    #[error("merging needs at least two review files, got {count}")]
    TooFewFiles {
        /// How many were given.
        count: usize,
    },
    /// A file reviews other article bytes than the first file.
    #[error(
        "review file {number} is for another version of the article (sha256 {found}, \
         while file 1 has {expected}); re-anchor it against the same article before merging",
        number = .index + 1
    )]
    ArticleMismatch {
        /// Index of the offending file in the input slice.
        index: usize,
        /// The first file's article sha256.
        expected: String,
        /// This file's article sha256.
        found: String,
    },
    /// A file has another schema version than the first.
    #[error(
        "review file {number} has schema version {found} while file 1 has {expected}; \
         open and save both with the same factdesk version first",
        number = .index + 1
    )]
    SchemaMismatch {
        /// Index of the offending file in the input slice.
        index: usize,
        /// The first file's version.
        expected: u32,
        /// This file's version.
        found: u32,
    },
    /// A claim id appears twice in one file, so claims cannot be paired.
    #[error(
        "review file {number} holds claim id {id} more than once; the file is damaged, \
         fix or re-extract it before merging",
        number = .index + 1
    )]
    DuplicateClaim {
        /// Index of the offending file in the input slice.
        index: usize,
        /// The repeated id.
        id: String,
    },
}

/// Merges the review files of several reviewers of one article.
///
/// The article and extractor information come from the first file. See the
/// module docs for how each field is combined.
pub fn merge_reviews(files: &[ReviewFile]) -> Result<MergeOutcome, MergeError> {
    let first = match files {
        [first, _, ..] => first,
        _ => return Err(MergeError::TooFewFiles { count: files.len() }),
    };
    for (index, file) in files.iter().enumerate() {
        if file.article.sha256 != first.article.sha256 {
            return Err(MergeError::ArticleMismatch {
                index,
                expected: first.article.sha256.clone(),
                found: file.article.sha256.clone(),
            });
        }
        if file.schema_version != first.schema_version {
            return Err(MergeError::SchemaMismatch {
                index,
                expected: first.schema_version,
                found: file.schema_version,
            });
        }
    }

    // Group claims by id, remembering first-seen order.
    let mut order: Vec<&str> = Vec::new();
    let mut by_id: HashMap<&str, Vec<(usize, &Claim)>> = HashMap::new();
    for (index, file) in files.iter().enumerate() {
        let mut seen_here: HashSet<&str> = HashSet::new();
        for claim in &file.claims {
            if !seen_here.insert(claim.id.as_str()) {
                return Err(MergeError::DuplicateClaim {
                    index,
                    id: claim.id.clone(),
                });
            }
            let entry = by_id.entry(claim.id.as_str()).or_default();
            if entry.is_empty() {
                order.push(claim.id.as_str());
            }
            entry.push((index, claim));
        }
    }

    let labels: Vec<String> = files
        .iter()
        .enumerate()
        .map(|(index, file)| file_reviewer(file).unwrap_or_else(|| format!("file {}", index + 1)))
        .collect();

    let mut claims = Vec::with_capacity(order.len());
    let mut conflicts = Vec::new();
    let mut incomplete = Vec::new();
    for id in order {
        let Some(copies) = by_id.get(id) else {
            continue;
        };
        let Some(merged) = merge_claim(copies, &labels) else {
            continue;
        };
        let rated = copies
            .iter()
            .filter(|(_, claim)| claim.status != ClaimStatus::Dismissed && claim.verdict.is_some())
            .count();
        if merged.status == ClaimStatus::Active && rated < files.len() {
            incomplete.push(merged.id.clone());
        }
        if merged.conflict {
            conflicts.push(MergeConflict {
                claim_id: merged.id.clone(),
                text: merged.text.clone(),
                reviews: merged.reviews.clone(),
            });
        }
        claims.push(merged);
    }
    // Claims are kept in article order; first-seen order breaks ties.
    claims.sort_by_key(|claim| claim.start);
    let position_of: HashMap<&str, usize> = claims
        .iter()
        .enumerate()
        .map(|(position, claim)| (claim.id.as_str(), position))
        .collect();
    conflicts.sort_by_key(|c| position_of.get(c.claim_id.as_str()).copied());
    incomplete.sort_by_key(|id| position_of.get(id.as_str()).copied());

    let mut merged = ReviewFile {
        schema_version: first.schema_version,
        article: first.article.clone(),
        extractor: first.extractor.clone(),
        claims,
    };
    // A day one reviewer typed in their copy must survive the merge
    // whichever file comes first.
    let given: Vec<(String, NaiveDate)> = files
        .iter()
        .zip(&labels)
        .filter_map(|(file, label)| {
            let reference = file.article.reference_date.as_ref()?;
            (reference.source == ReferenceSource::Given).then(|| (label.clone(), reference.date))
        })
        .collect();
    if let Some((_, day)) = given.first()
        && merged.article.reference_date != Some(ReferenceDate::given(*day))
    {
        crate::build::set_publication_day(&mut merged, Some(*day));
    }
    let disagree = given
        .iter()
        .any(|(_, day)| Some(day) != given.first().map(|g| &g.1));
    Ok(MergeOutcome {
        merged,
        conflicts,
        incomplete,
        agreement: agreement_of_files(files),
        publication_days: if disagree { given } else { Vec::new() },
    })
}

/// Settles a conflict: the adjudicator's verdict becomes the claim's,
/// `conflict` is cleared and the history records who decided, when, and
/// what the reviewers had said (in `detail`). Reviewers' entries in
/// `reviews` stay for the record.
pub fn adjudicate(claim: &mut Claim, verdict: Verdict, reviewer: &str, at: DateTime<FixedOffset>) {
    let detail = if claim.reviews.is_empty() {
        None
    } else {
        Some(
            claim
                .reviews
                .iter()
                .map(|review| {
                    let value = review.value.map_or("pending", Verdict::as_str);
                    format!("{}: {value}", review.reviewer)
                })
                .collect::<Vec<_>>()
                .join("; "),
        )
    };
    claim.verdict = Some(Decision {
        value: verdict,
        reviewer: reviewer.to_string(),
        at,
    });
    claim.conflict = false;
    claim.history.push(HistoryEntry {
        at,
        reviewer: reviewer.to_string(),
        action: HistoryAction::Adjudicated,
        verdict: Some(verdict),
        note: (!claim.note.is_empty()).then(|| claim.note.clone()),
        sources: claim.sources.clone(),
        detail,
    });
}

/// The name seen most often on a file's verdicts and history entries (ties
/// go to the name seen first), or `None` for an untouched file.
pub fn file_reviewer(file: &ReviewFile) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let names = file.claims.iter().flat_map(|claim| {
        claim
            .verdict
            .iter()
            .map(|decision| decision.reviewer.as_str())
            .chain(claim.history.iter().map(|entry| entry.reviewer.as_str()))
    });
    for name in names.filter(|name| !name.trim().is_empty()) {
        match counts.iter_mut().find(|(seen, _)| *seen == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for (name, count) in counts {
        if best.is_none_or(|(_, best_count)| count > best_count) {
            best = Some((name, count));
        }
    }
    best.map(|(name, _)| name.to_string())
}

/// One file's entry for a claim, as a reviewer's verdict.
fn own_review(claim: &Claim, label: &str) -> ReviewerVerdict {
    let reviewer = claim
        .verdict
        .as_ref()
        .map(|decision| decision.reviewer.clone())
        .or_else(|| claim.history.last().map(|entry| entry.reviewer.clone()))
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| label.to_string());
    let rated = claim.status != ClaimStatus::Dismissed;
    ReviewerVerdict {
        reviewer,
        value: claim.verdict_value().filter(|_| rated),
        at: claim.verdict.as_ref().map(|decision| decision.at),
        note: claim.note.clone(),
        sources: claim.sources.clone(),
    }
}

fn merge_claim(copies: &[(usize, &Claim)], labels: &[String]) -> Option<Claim> {
    // Entries with the file they came from, for name disambiguation.
    let mut entries: Vec<(usize, ReviewerVerdict)> = Vec::new();
    for &(index, claim) in copies {
        let label = labels.get(index).map_or("", String::as_str);
        let contributed = if claim.reviews.is_empty() {
            vec![own_review(claim, label)]
        } else {
            claim.reviews.clone()
        };
        for mut review in contributed {
            if entries.iter().any(|(_, seen)| *seen == review) {
                continue;
            }
            if entries
                .iter()
                .any(|(other, seen)| *other != index && seen.reviewer == review.reviewer)
            {
                review.reviewer = format!("{} (file {})", review.reviewer, index + 1);
            }
            entries.push((index, review));
        }
    }
    let reviews: Vec<ReviewerVerdict> = entries.into_iter().map(|(_, review)| review).collect();

    let mut values: Vec<Verdict> = reviews.iter().filter_map(|r| r.value).collect();
    values.sort();
    values.dedup();
    let conflict = values.len() > 1;
    let verdict = match values.as_slice() {
        [agreed] => Some(agreed_decision(*agreed, &reviews, copies)),
        _ => None,
    };

    let mut notes: Vec<(&str, &str)> = Vec::new();
    for review in &reviews {
        let note = review.note.trim();
        if !note.is_empty() && !notes.iter().any(|(_, seen)| seen.trim() == note) {
            notes.push((review.reviewer.as_str(), review.note.as_str()));
        }
    }
    let note = match notes.as_slice() {
        [] => String::new(),
        [(_, only)] => (*only).to_string(),
        many => many
            .iter()
            .map(|(reviewer, note)| format!("{reviewer}: {note}"))
            .collect::<Vec<_>>()
            .join("\n\n"),
    };

    let mut sources: Vec<Source> = Vec::new();
    for source in reviews
        .iter()
        .flat_map(|r| &r.sources)
        .chain(copies.iter().flat_map(|(_, c)| &c.sources))
    {
        if !sources
            .iter()
            .any(|seen| seen.reference == source.reference)
        {
            sources.push(source.clone());
        }
    }

    let statuses: Vec<ClaimStatus> = copies.iter().map(|(_, c)| c.status).collect();
    let status = if statuses.contains(&ClaimStatus::Active) {
        ClaimStatus::Active
    } else if statuses.contains(&ClaimStatus::Orphaned) {
        ClaimStatus::Orphaned
    } else {
        ClaimStatus::Dismissed
    };
    let origin = if copies.iter().any(|(_, c)| c.origin == Origin::Extracted) {
        Origin::Extracted
    } else {
        Origin::Manual
    };

    // The base copy: the first file that has the claim, preferring an
    // active copy so its position matches the status.
    let mut merged = copies
        .iter()
        .find(|(_, c)| c.status == status)
        .or_else(|| copies.first())
        .map(|(_, c)| (*c).clone())?;
    merged.summary = copies.iter().find_map(|(_, c)| c.summary.clone());
    merged.rewording = copies.iter().find_map(|(_, c)| c.rewording.clone());
    merged.history = union_histories(copies.iter().map(|(_, c)| c.history.as_slice()));
    merged.verdict = verdict;
    merged.conflict = conflict;
    merged.reviews = reviews;
    merged.note = note;
    merged.sources = sources;
    merged.status = status;
    merged.origin = origin;
    Some(merged)
}

/// The merged decision when everyone who rated agrees: one rater's own
/// decision as is; several raters listed together at the latest time.
fn agreed_decision(
    value: Verdict,
    reviews: &[ReviewerVerdict],
    copies: &[(usize, &Claim)],
) -> Decision {
    let raters: Vec<&ReviewerVerdict> = reviews.iter().filter(|r| r.value == Some(value)).collect();
    let latest = raters
        .iter()
        .filter_map(|r| r.at)
        .chain(copies.iter().filter_map(|(_, c)| {
            c.verdict
                .as_ref()
                .filter(|d| d.value == value)
                .map(|d| d.at)
        }))
        .max()
        .unwrap_or_else(|| chrono::DateTime::UNIX_EPOCH.fixed_offset());
    let mut names: Vec<&str> = Vec::new();
    for rater in &raters {
        if !names.contains(&rater.reviewer.as_str()) {
            names.push(rater.reviewer.as_str());
        }
    }
    Decision {
        value,
        reviewer: names.join(", "),
        at: latest,
    }
}

/// Every entry of several histories, oldest first, exact duplicates once.
/// Entries at the same instant keep the order they were given in.
pub fn union_histories<'a>(
    histories: impl IntoIterator<Item = &'a [HistoryEntry]>,
) -> Vec<HistoryEntry> {
    let mut all: Vec<HistoryEntry> = Vec::new();
    for history in histories {
        for entry in history {
            if !all.contains(entry) {
                all.push(entry.clone());
            }
        }
    }
    all.sort_by_key(|entry| entry.at);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Anchor, Article, ExtractedClaim, ExtractorInfo, Language, SCHEMA_VERSION};

    fn time(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_else(|_| DateTime::UNIX_EPOCH.fixed_offset())
    }

    fn claim(id: &str, start: usize) -> Claim {
        let text = format!("Claim {id} with 12 percent.");
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
            score: 0.5,
            signals: Vec::new(),
            quantities: Vec::new(),
            speaker: None,
        })
    }

    fn file(claims: Vec<Claim>) -> ReviewFile {
        ReviewFile {
            schema_version: SCHEMA_VERSION,
            article: Article {
                path: "article.txt".into(),
                sha256: "ab".repeat(32),
                language: Language::En,
                title: None,
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

    fn marked(mut claim: Claim, value: Verdict, reviewer: &str, at: &str) -> Claim {
        let at = time(at);
        claim.verdict = Some(Decision {
            value,
            reviewer: reviewer.into(),
            at,
        });
        claim.history.push(HistoryEntry {
            at,
            reviewer: reviewer.into(),
            action: HistoryAction::Marked,
            verdict: Some(value),
            note: None,
            sources: Vec::new(),
            detail: None,
        });
        claim
    }

    #[test]
    fn a_publication_day_from_any_file_is_kept() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2025, 10, d).expect("a day");
        let found = ReferenceDate {
            date: day(1),
            source: ReferenceSource::Article,
            text: Some("Rabu (1/10/2025)".into()),
            start: Some(0),
            end: Some(16),
        };
        let mut first = file(vec![claim("c-1", 0)]);
        first.article.reference_date = Some(found.clone());
        let mut second = file(vec![claim("c-1", 0)]);
        second.article.reference_date = Some(ReferenceDate::given(day(21)));
        let outcome = merge_reviews(&[first.clone(), second.clone()]).expect("merges");
        assert_eq!(
            outcome.merged.article.reference_date,
            Some(ReferenceDate::given(day(21)))
        );
        assert!(outcome.publication_days.is_empty());
        // None given: the first file's own stands.
        let outcome = merge_reviews(&[first.clone(), file(vec![claim("c-1", 0)])]).expect("merges");
        assert_eq!(outcome.merged.article.reference_date, Some(found));
        // Two days given: the first kept, both reported.
        let mut third = file(vec![claim("c-1", 0)]);
        third.article.reference_date = Some(ReferenceDate::given(day(22)));
        let outcome = merge_reviews(&[first, second, third]).expect("merges");
        assert_eq!(
            outcome.merged.article.reference_date,
            Some(ReferenceDate::given(day(21)))
        );
        let days: Vec<NaiveDate> = outcome.publication_days.iter().map(|(_, d)| *d).collect();
        assert_eq!(days, [day(21), day(22)]);
    }

    #[test]
    fn pending_does_not_conflict_with_a_verdict() {
        let a = file(vec![marked(
            claim("c1", 0),
            Verdict::Verified,
            "ana",
            "2024-05-01T10:00:00+07:00",
        )]);
        let b = file(vec![claim("c1", 0)]);
        let outcome = merge_reviews(&[a, b]).map_err(|e| e.to_string());
        let outcome = outcome.as_ref();
        let merged = outcome.map(|o| &o.merged.claims[0]);
        assert_eq!(merged.map(|c| c.conflict), Ok(false));
        assert_eq!(
            merged.map(|c| c.verdict_value()),
            Ok(Some(Verdict::Verified))
        );
        assert_eq!(merged.map(|c| c.reviews.len()), Ok(2));
        assert_eq!(
            outcome.map(|o| o.incomplete.clone()),
            Ok(vec!["c1".to_string()])
        );
    }

    #[test]
    fn same_reviewer_name_in_two_files_is_told_apart() {
        let a = file(vec![marked(
            claim("c1", 0),
            Verdict::Verified,
            "me",
            "2024-05-01T10:00:00Z",
        )]);
        let b = file(vec![marked(
            claim("c1", 0),
            Verdict::Disputed,
            "me",
            "2024-05-01T11:00:00Z",
        )]);
        let outcome = merge_reviews(&[a, b]).map_err(|e| e.to_string());
        let names: Result<Vec<String>, String> = outcome.map(|o| {
            o.merged.claims[0]
                .reviews
                .iter()
                .map(|r| r.reviewer.clone())
                .collect()
        });
        assert_eq!(names, Ok(vec!["me".to_string(), "me (file 2)".to_string()]));
    }

    #[test]
    fn adjudication_settles_and_records() {
        let a = file(vec![marked(
            claim("c1", 0),
            Verdict::Verified,
            "ana",
            "2024-05-01T10:00:00Z",
        )]);
        let b = file(vec![marked(
            claim("c1", 0),
            Verdict::Disputed,
            "budi",
            "2024-05-01T11:00:00Z",
        )]);
        let Ok(mut outcome) = merge_reviews(&[a, b]) else {
            panic!("merge failed");
        };
        let Some(claim) = outcome.merged.claims.first_mut() else {
            panic!("no claim");
        };
        assert!(claim.conflict);
        assert_eq!(claim.verdict, None);
        let at = time("2024-05-02T09:00:00Z");
        adjudicate(claim, Verdict::Disputed, "editor", at);
        assert!(!claim.conflict);
        assert_eq!(
            claim.verdict,
            Some(Decision {
                value: Verdict::Disputed,
                reviewer: "editor".into(),
                at
            })
        );
        let last = claim.history.last();
        assert_eq!(last.map(|e| e.action), Some(HistoryAction::Adjudicated));
        assert_eq!(
            last.and_then(|e| e.detail.clone()),
            Some("ana: verified; budi: disputed".to_string())
        );
        assert_eq!(claim.reviews.len(), 2, "reviewers' verdicts stay on record");
    }

    #[test]
    fn the_busiest_reviewer_names_the_file() {
        let f = file(vec![
            marked(
                claim("c1", 0),
                Verdict::Verified,
                "ana",
                "2024-05-01T10:00:00Z",
            ),
            marked(
                claim("c2", 40),
                Verdict::Verified,
                "ana",
                "2024-05-01T10:00:00Z",
            ),
            marked(
                claim("c3", 80),
                Verdict::Verified,
                "budi",
                "2024-05-01T10:00:00Z",
            ),
        ]);
        assert_eq!(file_reviewer(&f), Some("ana".to_string()));
        assert_eq!(file_reviewer(&file(vec![claim("c1", 0)])), None);
    }
}
