//! Review files from an extraction, merging a re-extraction into an
//! existing review, and re-anchoring claims after the article changed.
//!
//! The rule throughout: a reviewer's work is never dropped. A claim that
//! carries anything a reviewer did (verdict, note, sources, summary,
//! rewording, per-reviewer verdicts, history, dismissal) or that a reviewer
//! added by hand is kept; when its text can no longer be found in the
//! article it stays in the file with status [`ClaimStatus::Orphaned`].
//!
//! Claims are found again by their text-quote anchor (the exact text plus a
//! little context either side, like the W3C TextQuoteSelector): of all
//! places where the exact text occurs, the one whose surrounding text best
//! matches the stored context wins, ties going to the place nearest the
//! claim's old offset.

use std::collections::HashMap;

use chrono::NaiveDate;
use factdesk_extract::{Anchor, Extraction, anchor_for};

use crate::model::{
    Article, Category, Claim, ClaimStatus, ExtractorInfo, HistoryAction, Quantity, ReferenceDate,
    ReferenceSource, ReviewFile, SCHEMA_VERSION,
};
use crate::store::sha256_hex;

/// Name written in `extractor.name` by this program.
pub const EXTRACTOR_NAME: &str = "factdesk";

/// A new review file for an article, with every extracted claim pending.
///
/// `article_path` is stored as given (the caller decides whether it is
/// relative to the review file). Claims are put in article order.
pub fn new_review(article_path: &str, article: &str, extraction: Extraction) -> ReviewFile {
    let mut claims: Vec<Claim> = extraction
        .claims
        .into_iter()
        .map(Claim::from_extracted)
        .collect();
    claims.sort_by_key(|claim| (claim.start, claim.end));
    ReviewFile {
        schema_version: SCHEMA_VERSION,
        article: Article {
            path: article_path.to_string(),
            sha256: sha256_hex(article.as_bytes()),
            language: extraction.language,
            title: extraction.title,
            url: None,
            reference_date: extraction.reference,
        },
        extractor: ExtractorInfo {
            name: EXTRACTOR_NAME.to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        },
        claims,
    }
}

/// Merges a fresh extraction of `article` into an existing review of (an
/// earlier version of) it.
///
/// - A claim carrying reviewer work is matched to a fresh claim by id, else
///   re-anchored by its text-quote anchor; when it lands exactly on a fresh
///   claim's span it takes that claim's extractor data (id, offsets, kinds,
///   score, quantities …) and keeps all its reviewer data.
/// - A reviewed, noted, dismissed or manual claim that re-anchors but that
///   the extractor no longer reports is kept at its new place; one that no
///   longer anchors at all is kept with status `Orphaned` and its verdict.
/// - Claims without reviewer work are replaced by the fresh extraction, so
///   unreviewed claims that vanished are dropped.
/// - Fresh claims nobody matched are added, pending.
///
/// The result is in article order (orphaned claims last), with the
/// article's current sha256, the fresh extractor info, title and
/// reference date (a caller that wants a publication day given before to
/// hold extracts with it, as `factdesk extract` does); a URL recorded in
/// the existing file is kept.
pub fn merge_extraction(existing: ReviewFile, fresh: ReviewFile, article: &str) -> ReviewFile {
    let fresh_claims = fresh.claims;
    let by_id: HashMap<&str, usize> = fresh_claims
        .iter()
        .enumerate()
        .map(|(index, claim)| (claim.id.as_str(), index))
        .collect();
    let by_span: HashMap<(usize, usize), usize> = fresh_claims
        .iter()
        .enumerate()
        .map(|(index, claim)| ((claim.start, claim.end), index))
        .collect();

    // Which existing claim (carrying reviewer work) each fresh claim absorbs.
    let mut absorbed: Vec<Option<Claim>> = vec![None; fresh_claims.len()];
    let mut unmatched = Vec::new();
    for old in existing.claims {
        if !carries_reviewer_work(&old) {
            continue;
        }
        match by_id.get(old.id.as_str()) {
            Some(&index) if absorbed.get(index).is_some_and(Option::is_none) => {
                absorbed[index] = Some(old);
            }
            _ => unmatched.push(old),
        }
    }

    let mut relocated = Vec::new();
    let mut orphans = Vec::new();
    let mut tracker = ShiftTracker::default();
    for mut old in unmatched {
        match tracker.locate(&old, article) {
            Some((start, end)) => match by_span.get(&(start, end)) {
                Some(&index) if absorbed.get(index).is_some_and(Option::is_none) => {
                    absorbed[index] = Some(old);
                }
                _ => {
                    move_claim(&mut old, article, start, end);
                    old.status = status_when_found(&old);
                    relocated.push(old);
                }
            },
            None => {
                old.status = ClaimStatus::Orphaned;
                orphans.push(old);
            }
        }
    }

    let mut claims: Vec<Claim> = fresh_claims
        .into_iter()
        .zip(absorbed)
        .map(|(new, old)| match old {
            Some(old) => carry_over(old, new),
            None => new,
        })
        .chain(relocated)
        .collect();
    claims.sort_by_key(|claim| (claim.start, claim.end));
    claims.extend(orphans);

    let mut article_info = fresh.article;
    article_info.sha256 = sha256_hex(article.as_bytes());
    if article_info.url.is_none() {
        article_info.url = existing.article.url;
    }
    ReviewFile {
        schema_version: SCHEMA_VERSION,
        article: article_info,
        extractor: fresh.extractor,
        claims,
    }
}

/// Reads the review's relative dates ("kemarin", "tahun lalu", "last
/// year", "Rabu (15/5)") again from `published`, the day the article was
/// published, or without one from the latest day its claims name with a
/// matching weekday (as extraction does, though only the claims' dates
/// are looked at now), else leaves them without a value; records that
/// day as `article.reference_date`. Returns whether anything changed.
///
/// Only extractor data changes (quantity values and the article's
/// reference), never a reviewer's work.
pub fn set_publication_day(file: &mut ReviewFile, published: Option<NaiveDate>) -> bool {
    let lang = file.article.language;
    let reference = match published {
        Some(day) => Some(ReferenceDate::given(day)),
        None => {
            let dates: Vec<Quantity> = file
                .claims
                .iter()
                .flat_map(|c| &c.quantities)
                .filter(|q| q.category == Category::Date && q.value.is_some())
                .cloned()
                .collect();
            factdesk_numbers::reference_in(&dates).map(|(i, day)| ReferenceDate {
                date: day,
                source: ReferenceSource::Article,
                text: Some(dates[i].text.clone()),
                start: Some(dates[i].start),
                end: Some(dates[i].end),
            })
        }
    };
    let mut changed = file.article.reference_date != reference;
    for claim in &mut file.claims {
        let quantities = &mut claim.quantities;
        let read = |qs: &[Quantity]| -> Vec<_> {
            qs.iter()
                .map(|q| (q.value, q.low, q.high, q.category))
                .collect()
        };
        let before = read(quantities);
        for q in quantities.iter_mut() {
            if factdesk_numbers::is_relative_date(q, lang)
                || factdesk_numbers::is_earlier_date(q, lang)
            {
                (q.value, q.low, q.high) = (None, None, None);
            }
        }
        if let Some(reference) = &reference {
            factdesk_numbers::resolve_relative_dates(quantities, lang, reference.date);
        }
        // "akan digelar pada Kamis", "tahun sebelumnya": from the claim's
        // own sentence, and the dates just read again.
        factdesk_numbers::resolve_sentence_dates(
            quantities,
            &claim.text,
            claim.start,
            lang,
            reference.as_ref().map(|r| r.date),
        );
        changed |= read(quantities) != before;
    }
    file.article.reference_date = reference;
    changed
}

/// What [`reanchor`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReanchorReport {
    /// Claims found exactly where they were.
    pub unchanged: usize,
    /// Claims found elsewhere; their offsets, text and anchor were updated.
    pub moved: usize,
    /// Claims whose text is no longer in the article; now `Orphaned`.
    pub orphaned: usize,
    /// Claims that were orphaned and are in the article again; they are
    /// active (or dismissed, if that was their last state) once more.
    pub recovered: usize,
}

/// Relocates every claim in an article whose sha256 no longer matches the
/// file's, by the claims' text-quote anchors.
///
/// Found claims get their new offsets, text, anchor context and shifted
/// quantity spans; claims that cannot be found become `Orphaned`, keeping
/// their verdict and all reviewer data; orphaned claims that can be found
/// again are restored. Afterwards the file records the article's sha256 and
/// holds its claims in article order (orphaned ones last).
pub fn reanchor(file: &mut ReviewFile, article: &str) -> ReanchorReport {
    let mut report = ReanchorReport::default();
    let mut tracker = ShiftTracker::default();
    for claim in &mut file.claims {
        let was_orphaned = claim.status == ClaimStatus::Orphaned;
        match tracker.locate(claim, article) {
            Some((start, end)) => {
                if was_orphaned {
                    report.recovered += 1;
                    claim.status = status_when_found(claim);
                } else if (start, end) == (claim.start, claim.end)
                    && article.get(start..end) == Some(claim.text.as_str())
                {
                    report.unchanged += 1;
                    continue;
                } else {
                    report.moved += 1;
                }
                move_claim(claim, article, start, end);
            }
            None => {
                if !was_orphaned {
                    claim.status = ClaimStatus::Orphaned;
                    report.orphaned += 1;
                }
            }
        }
    }
    // Orphans' offsets point nowhere in this article: list them last.
    file.claims.sort_by_key(|claim| {
        (
            claim.status == ClaimStatus::Orphaned,
            claim.start,
            claim.end,
        )
    });
    file.article.sha256 = sha256_hex(article.as_bytes());
    report
}

/// Where `anchor` lies in `article`: the occurrence of its exact text whose
/// surrounding text best matches the anchor's prefix and suffix, ties going
/// to the occurrence nearest `near` (a byte offset, usually the claim's old
/// start). `None` when the exact text is empty or absent.
pub fn locate_anchor(anchor: &Anchor, article: &str, near: usize) -> Option<(usize, usize)> {
    locate_quote(anchor, &anchor.exact, article, &[near])
}

/// Finds `quote` in `article`, checking the `hints` first: an occurrence at
/// a hint whose context matches perfectly is taken at once (no scan), which
/// keeps re-anchoring fast on large articles where every claim shifted by
/// the same amount.
fn locate_quote(
    anchor: &Anchor,
    quote: &str,
    article: &str,
    hints: &[usize],
) -> Option<(usize, usize)> {
    if quote.is_empty() {
        return None;
    }
    let perfect = anchor.prefix.chars().count() + anchor.suffix.chars().count();
    for &hint in hints {
        let end = hint.checked_add(quote.len())?;
        if article.get(hint..end) == Some(quote)
            && context_score(anchor, article, hint, end) == perfect
        {
            return Some((hint, end));
        }
    }
    let near = hints.first().copied().unwrap_or(0);
    let step = quote.chars().next().map_or(1, char::len_utf8);
    let mut best: Option<(usize, usize, usize)> = None; // (score, distance, start)
    let mut from = 0;
    while let Some(found) = article.get(from..).and_then(|rest| rest.find(quote)) {
        let start = from + found;
        let end = start + quote.len();
        let score = context_score(anchor, article, start, end);
        let distance = start.abs_diff(near);
        let better = match best {
            None => true,
            Some((best_score, best_distance, _)) => {
                score > best_score || (score == best_score && distance < best_distance)
            }
        };
        if better {
            best = Some((score, distance, start));
        }
        // Past `near`, a perfect match cannot be beaten.
        if score == perfect && start >= near {
            break;
        }
        from = start + step;
    }
    best.map(|(_, _, start)| (start, start + quote.len()))
}

/// How many characters of the anchor's prefix (read backwards) and suffix
/// (read forwards) agree with the article around `start..end`.
fn context_score(anchor: &Anchor, article: &str, start: usize, end: usize) -> usize {
    let before = article.get(..start).unwrap_or("");
    let after = article.get(end..).unwrap_or("");
    let prefix = anchor
        .prefix
        .chars()
        .rev()
        .zip(before.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = anchor
        .suffix
        .chars()
        .zip(after.chars())
        .take_while(|(a, b)| a == b)
        .count();
    prefix + suffix
}

/// Remembers the last shift seen, so the next claim is first looked for at
/// its old offset plus that shift (an insertion moves everything after it by
/// the same amount).
#[derive(Default)]
struct ShiftTracker {
    shift: isize,
}

impl ShiftTracker {
    fn locate(&mut self, claim: &Claim, article: &str) -> Option<(usize, usize)> {
        let quote = if claim.anchor.exact.is_empty() {
            claim.text.as_str()
        } else {
            claim.anchor.exact.as_str()
        };
        let shifted = claim.start.checked_add_signed(self.shift);
        let hints: Vec<usize> = [Some(claim.start), shifted].into_iter().flatten().collect();
        let found = locate_quote(&claim.anchor, quote, article, &hints)?;
        if let (Ok(new), Ok(old)) = (isize::try_from(found.0), isize::try_from(claim.start)) {
            self.shift = new - old;
        }
        Some(found)
    }
}

/// Puts a claim at `start..end` of `article`: text, offsets and anchor
/// context follow, and spans inside the claim (quantities, the speaker's
/// mention) shift with it. A quantity that no longer matches its text after
/// the shift is dropped (it is extractor output; re-extraction restores it);
/// a speaker span outside the claim (the mention that introduced a speaker
/// of a quote-only paragraph) is left as it was.
fn move_claim(claim: &mut Claim, article: &str, start: usize, end: usize) {
    let (old_start, old_end) = (claim.start, claim.end);
    let shift = |offset: usize| -> Option<usize> {
        if start >= old_start {
            offset.checked_add(start - old_start)
        } else {
            offset.checked_sub(old_start - start)
        }
    };
    let inside = |a: usize, b: usize| old_start <= a && a <= b && b <= old_end;
    claim.quantities.retain_mut(|quantity| {
        if !inside(quantity.start, quantity.end) {
            return article.get(quantity.start..quantity.end) == Some(quantity.text.as_str());
        }
        match (shift(quantity.start), shift(quantity.end)) {
            (Some(new_start), Some(new_end))
                if article.get(new_start..new_end) == Some(quantity.text.as_str()) =>
            {
                quantity.start = new_start;
                quantity.end = new_end;
                true
            }
            _ => false,
        }
    });
    if let Some(speaker) = &mut claim.speaker
        && inside(speaker.start, speaker.end)
        && let (Some(new_start), Some(new_end)) = (shift(speaker.start), shift(speaker.end))
    {
        speaker.start = new_start;
        speaker.end = new_end;
    }
    claim.start = start;
    claim.end = end;
    claim.text = article.get(start..end).unwrap_or_default().to_string();
    claim.anchor = anchor_for(article, start, end);
}

/// True when losing the claim would lose something a reviewer did.
fn carries_reviewer_work(claim: &Claim) -> bool {
    claim.verdict.is_some()
        || !claim.note.is_empty()
        || !claim.sources.is_empty()
        || claim.summary.is_some()
        || claim.rewording.is_some()
        || !claim.reviews.is_empty()
        || !claim.history.is_empty()
        || claim.conflict
        || claim.origin == crate::model::Origin::Manual
        || claim.status != ClaimStatus::Active
}

/// The status of a claim that is in the article (again): dismissed stays
/// dismissed; an orphan gets back whatever its history last said.
fn status_when_found(claim: &Claim) -> ClaimStatus {
    match claim.status {
        ClaimStatus::Active => ClaimStatus::Active,
        ClaimStatus::Dismissed => ClaimStatus::Dismissed,
        ClaimStatus::Orphaned => {
            let last = claim.history.iter().rev().find(|entry| {
                matches!(
                    entry.action,
                    HistoryAction::Dismissed | HistoryAction::Restored
                )
            });
            match last.map(|entry| entry.action) {
                Some(HistoryAction::Dismissed) => ClaimStatus::Dismissed,
                _ => ClaimStatus::Active,
            }
        }
    }
}

/// The fresh claim's extractor data with the old claim's reviewer data.
fn carry_over(old: Claim, fresh: Claim) -> Claim {
    let status = status_when_found(&old);
    Claim {
        verdict: old.verdict,
        note: old.note,
        sources: old.sources,
        summary: old.summary,
        rewording: old.rewording,
        origin: old.origin,
        status,
        reviews: old.reviews,
        conflict: old.conflict,
        history: old.history,
        ..fresh
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(prefix: &str, exact: &str, suffix: &str) -> Anchor {
        Anchor {
            exact: exact.to_string(),
            prefix: prefix.to_string(),
            suffix: suffix.to_string(),
        }
    }

    #[test]
    fn best_context_wins_over_nearest() {
        let article = "A rose. B fell. A rose. C won.";
        let found = locate_anchor(&anchor("fell. ", "A rose.", " C won."), article, 0);
        assert_eq!(found, Some((16, 23)));
        let found = locate_anchor(&anchor("", "A rose.", " B fell."), article, 16);
        assert_eq!(found, Some((0, 7)));
    }

    #[test]
    fn ties_go_to_nearest_occurrence() {
        let article = "x. x. x.";
        assert_eq!(
            locate_anchor(&anchor("", "x.", ""), article, 5),
            Some((6, 8))
        );
        assert_eq!(
            locate_anchor(&anchor("", "x.", ""), article, 0),
            Some((0, 2))
        );
    }

    #[test]
    fn absent_or_empty_quote_is_not_found() {
        assert_eq!(locate_anchor(&anchor("", "zzz", ""), "abc", 0), None);
        assert_eq!(locate_anchor(&anchor("a", "", "b"), "ab", 0), None);
    }

    #[test]
    fn overlapping_occurrences_are_all_considered() {
        // "aa" occurs at 0, 1 and 2 in "aaaa"; context picks the middle one.
        let found = locate_anchor(&anchor("a", "aa", "a"), "aaaa", 3);
        assert_eq!(found, Some((1, 3)));
    }
}
