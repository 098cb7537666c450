//! Every change a reviewer can make to a claim, each recorded in its history.
//!
//! The interface, the headless `mark` command and merges all change claims
//! through these functions, so validation and history are the same wherever
//! a change comes from. Nothing here does I/O: saving is the caller's job.

use chrono::{DateTime, FixedOffset};
use thiserror::Error;

use crate::model::{
    Claim, ClaimStatus, Decision, HistoryAction, HistoryEntry, Origin, ReviewFile, Source, Verdict,
};

/// The longest short summary reports accept as `claimReviewed`.
pub const SUMMARY_MAX_CHARS: usize = 75;

/// A change that was refused, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditError {
    /// No claim has this id or id prefix.
    #[error("no claim with id '{0}': run `factdesk list` to see the ids")]
    NoSuchClaim(String),
    /// The prefix matches several claims.
    #[error("id prefix '{prefix}' matches {count} claims ({examples}): give more characters")]
    AmbiguousId {
        /// The prefix given.
        prefix: String,
        /// How many claims it matches.
        count: usize,
        /// A few of the matching ids.
        examples: String,
    },
    /// A source with an empty reference.
    #[error("a source needs a URL or a document reference")]
    EmptySource,
    /// The summary is too long for ClaimReview's `claimReviewed`.
    #[error("the summary has {0} characters; keep it under {SUMMARY_MAX_CHARS}")]
    SummaryTooLong(usize),
    /// A source index out of range.
    #[error("claim has no source number {0}")]
    NoSuchSource(usize),
    /// A span that does not lie inside the article on character boundaries.
    #[error("the span {start}..{end} is not a piece of the article's text")]
    BadSpan {
        /// Start offset given.
        start: usize,
        /// End offset given.
        end: usize,
    },
    /// A manual claim over a span that is blank.
    #[error("the selected text is empty")]
    EmptySpan,
}

/// Who made a change and when; every edit takes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// The reviewer's name.
    pub reviewer: String,
    /// The moment of the change, with the reviewer's UTC offset.
    pub at: DateTime<FixedOffset>,
}

impl Stamp {
    /// A stamp for `reviewer` at the current local time.
    pub fn now(reviewer: &str) -> Stamp {
        Stamp {
            reviewer: reviewer.to_string(),
            at: chrono::Local::now().fixed_offset(),
        }
    }

    fn entry(&self, action: HistoryAction) -> HistoryEntry {
        HistoryEntry {
            at: self.at,
            reviewer: self.reviewer.clone(),
            action,
            verdict: None,
            note: None,
            sources: Vec::new(),
            detail: None,
        }
    }
}

impl Claim {
    /// Gives a verdict (or clears it with `None`), recording the note and
    /// sources as they stand at that moment.
    pub fn set_verdict(&mut self, verdict: Option<Verdict>, stamp: &Stamp) {
        let mut entry = stamp.entry(match verdict {
            Some(_) => HistoryAction::Marked,
            None => HistoryAction::Cleared,
        });
        entry.verdict = verdict;
        if verdict.is_some() {
            entry.note = (!self.note.is_empty()).then(|| self.note.clone());
            entry.sources = self.sources.clone();
        }
        self.verdict = verdict.map(|value| Decision {
            value,
            reviewer: stamp.reviewer.clone(),
            at: stamp.at,
        });
        self.history.push(entry);
    }

    /// Replaces the note. Trailing whitespace is dropped; an unchanged note
    /// records nothing.
    pub fn set_note(&mut self, note: &str, stamp: &Stamp) {
        let note = note.trim_end();
        if note == self.note {
            return;
        }
        self.note = note.to_string();
        let mut entry = stamp.entry(HistoryAction::Noted);
        entry.note = Some(self.note.clone());
        self.history.push(entry);
    }

    /// Adds an evidence source; the reference must not be blank.
    pub fn add_source(&mut self, source: Source, stamp: &Stamp) -> Result<(), EditError> {
        let source = clean_source(source)?;
        let mut entry = stamp.entry(HistoryAction::SourceAdded);
        entry.detail = Some(source.reference.clone());
        self.sources.push(source);
        self.history.push(entry);
        Ok(())
    }

    /// Removes the source at `index` (0-based) and returns it.
    pub fn remove_source(&mut self, index: usize, stamp: &Stamp) -> Result<Source, EditError> {
        if index >= self.sources.len() {
            return Err(EditError::NoSuchSource(index + 1));
        }
        let removed = self.sources.remove(index);
        let mut entry = stamp.entry(HistoryAction::SourceRemoved);
        entry.detail = Some(removed.reference.clone());
        self.history.push(entry);
        Ok(removed)
    }

    /// Sets the short summary reports use as the claim reviewed; a blank
    /// summary removes it.
    pub fn set_summary(&mut self, summary: &str, stamp: &Stamp) -> Result<(), EditError> {
        let summary = one_line(summary);
        let chars = summary.chars().count();
        if chars > SUMMARY_MAX_CHARS {
            return Err(EditError::SummaryTooLong(chars));
        }
        let summary = (!summary.is_empty()).then_some(summary);
        if summary == self.summary {
            return Ok(());
        }
        let mut entry = stamp.entry(HistoryAction::Summarized);
        entry.detail = summary.clone();
        self.summary = summary;
        self.history.push(entry);
        Ok(())
    }

    /// Rewords the claim; `text` stays the exact article slice. A blank
    /// wording removes the rewording.
    pub fn set_rewording(&mut self, wording: &str, stamp: &Stamp) {
        let wording = wording.trim();
        let wording = (!wording.is_empty() && wording != self.text).then(|| wording.to_string());
        if wording == self.rewording {
            return;
        }
        let mut entry = stamp.entry(HistoryAction::Reworded);
        entry.detail = wording.clone();
        self.rewording = wording;
        self.history.push(entry);
    }

    /// Sets the claim aside as a non-claim (kept in the file, restorable).
    pub fn dismiss(&mut self, stamp: &Stamp) {
        if self.status != ClaimStatus::Dismissed {
            self.status = ClaimStatus::Dismissed;
            self.history.push(stamp.entry(HistoryAction::Dismissed));
        }
    }

    /// Brings a dismissed claim back.
    pub fn restore(&mut self, stamp: &Stamp) {
        if self.status == ClaimStatus::Dismissed {
            self.status = ClaimStatus::Active;
            self.history.push(stamp.entry(HistoryAction::Restored));
        }
    }

    /// The wording reports and the interface show: the rewording when there
    /// is one, else the article text.
    pub fn display_text(&self) -> &str {
        self.rewording.as_deref().unwrap_or(&self.text)
    }
}

impl ReviewFile {
    /// Finds a claim by its full id or by a unique id prefix.
    pub fn find(&self, id_or_prefix: &str) -> Result<usize, EditError> {
        let wanted = id_or_prefix.trim();
        if let Some(index) = self.claims.iter().position(|c| c.id == wanted) {
            return Ok(index);
        }
        let matches: Vec<usize> = (0..self.claims.len())
            .filter(|&i| !wanted.is_empty() && self.claims[i].id.starts_with(wanted))
            .collect();
        match matches.as_slice() {
            [] => Err(EditError::NoSuchClaim(wanted.to_string())),
            [only] => Ok(*only),
            many => Err(EditError::AmbiguousId {
                prefix: wanted.to_string(),
                count: many.len(),
                examples: many
                    .iter()
                    .take(3)
                    .map(|&i| self.claims[i].id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    /// Adds a claim the extractor missed, over `article[start..end]`
    /// (trimmed of surrounding white space), keeping article order.
    /// Returns the new claim's index.
    pub fn add_manual_claim(
        &mut self,
        article: &str,
        start: usize,
        end: usize,
        stamp: &Stamp,
    ) -> Result<usize, EditError> {
        let slice = article
            .get(start..end)
            .ok_or(EditError::BadSpan { start, end })?;
        let lead = slice.len() - slice.trim_start().len();
        let trimmed = slice.trim();
        if trimmed.is_empty() {
            return Err(EditError::EmptySpan);
        }
        let (start, end) = (start + lead, start + lead + trimmed.len());
        let occurrence = 1 + self
            .claims
            .iter()
            .filter(|c| c.text == trimmed && c.start < start)
            .count();
        let mut id = factdesk_extract::claim_id(trimmed, occurrence);
        while self.claims.iter().any(|c| c.id == id) {
            id.push('m');
        }
        let language = self.article.language;
        let quantities = factdesk_numbers::find_quantities(trimmed, language)
            .into_iter()
            .map(|mut q| {
                q.start += start;
                q.end += start;
                q
            })
            .collect::<Vec<_>>();
        let mut kinds = Vec::new();
        if !quantities.is_empty() {
            kinds.push(factdesk_extract::ClaimKind::Numeric);
        }
        if kinds.is_empty() {
            kinds.push(factdesk_extract::ClaimKind::Factual);
        }
        let mut claim = Claim::from_extracted(factdesk_extract::ExtractedClaim {
            id,
            text: trimmed.to_string(),
            start,
            end,
            kinds,
            score: 1.0,
            signals: vec![factdesk_extract::Signal {
                name: "manual".to_string(),
                weight: 1.0,
                evidence: None,
            }],
            anchor: factdesk_extract::anchor_for(article, start, end),
            quantities,
            speaker: None,
        });
        claim.origin = Origin::Manual;
        claim.history.push(stamp.entry(HistoryAction::Added));
        let index = self
            .claims
            .iter()
            .position(|c| (c.start, c.end) > (start, end))
            .unwrap_or(self.claims.len());
        self.claims.insert(index, claim);
        Ok(index)
    }
}

fn clean_source(source: Source) -> Result<Source, EditError> {
    let reference = one_line(&source.reference);
    if reference.is_empty() {
        return Err(EditError::EmptySource);
    }
    let optional = |text: Option<String>| {
        text.map(|t| one_line(&t))
            .filter(|t: &String| !t.is_empty())
    };
    Ok(Source {
        reference,
        archived: optional(source.archived),
        description: optional(source.description),
    })
}

/// Collapses all white space (line breaks included) to single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Anchor, Article, ExtractorInfo, Language, SCHEMA_VERSION};
    use factdesk_extract::{ClaimKind, ExtractedClaim};

    fn stamp(reviewer: &str, minute: u32) -> Stamp {
        Stamp {
            reviewer: reviewer.to_string(),
            at: DateTime::parse_from_rfc3339(&format!("2026-01-02T03:{minute:02}:00+07:00"))
                .unwrap(),
        }
    }

    fn claim(id: &str) -> Claim {
        Claim::from_extracted(ExtractedClaim {
            id: id.to_string(),
            text: "Ada 21 negara.".to_string(),
            start: 0,
            end: 14,
            kinds: vec![ClaimKind::Numeric],
            score: 0.5,
            signals: vec![],
            anchor: Anchor {
                exact: "Ada 21 negara.".to_string(),
                prefix: String::new(),
                suffix: String::new(),
            },
            quantities: vec![],
            speaker: None,
        })
    }

    fn file(ids: &[&str]) -> ReviewFile {
        ReviewFile {
            schema_version: SCHEMA_VERSION,
            article: Article {
                path: "a.txt".to_string(),
                sha256: String::new(),
                language: Language::Id,
                title: None,
                url: None,
                reference_date: None,
            },
            extractor: ExtractorInfo {
                name: "factdesk".to_string(),
                version: "0".to_string(),
            },
            claims: ids.iter().map(|id| claim(id)).collect(),
        }
    }

    #[test]
    fn marking_records_verdict_note_and_sources_in_history() {
        let mut c = claim("c-1");
        c.set_note("checked with BPS", &stamp("ana", 1));
        c.add_source(
            Source {
                reference: " https://bps.go.id/x ".to_string(),
                archived: Some(String::new()),
                description: None,
            },
            &stamp("ana", 2),
        )
        .unwrap();
        c.set_verdict(Some(Verdict::Verified), &stamp("ana", 3));
        let decision = c.verdict.clone().unwrap();
        assert_eq!(decision.value, Verdict::Verified);
        assert_eq!(decision.reviewer, "ana");
        assert_eq!(decision.at.to_rfc3339(), "2026-01-02T03:03:00+07:00");
        let last = c.history.last().unwrap();
        assert_eq!(last.action, HistoryAction::Marked);
        assert_eq!(last.note.as_deref(), Some("checked with BPS"));
        assert_eq!(last.sources[0].reference, "https://bps.go.id/x");
        assert_eq!(last.sources[0].archived, None);
        assert_eq!(c.history.len(), 3);
        c.set_verdict(None, &stamp("budi", 4));
        assert!(c.is_pending());
        assert_eq!(c.history.last().unwrap().action, HistoryAction::Cleared);
    }

    #[test]
    fn unchanged_note_records_nothing_and_blank_source_is_refused() {
        let mut c = claim("c-1");
        c.set_note("x  \n", &stamp("ana", 1));
        c.set_note("x", &stamp("ana", 2));
        assert_eq!(c.history.len(), 1);
        let blank = Source {
            reference: "  ".to_string(),
            archived: None,
            description: None,
        };
        assert_eq!(
            c.add_source(blank, &stamp("ana", 3)),
            Err(EditError::EmptySource)
        );
        assert_eq!(
            c.remove_source(0, &stamp("ana", 3)),
            Err(EditError::NoSuchSource(1))
        );
    }

    #[test]
    fn summary_longer_than_75_characters_is_refused() {
        let mut c = claim("c-1");
        let long = "é".repeat(76);
        assert_eq!(
            c.set_summary(&long, &stamp("ana", 1)),
            Err(EditError::SummaryTooLong(76))
        );
        c.set_summary(&"é".repeat(75), &stamp("ana", 1)).unwrap();
        assert_eq!(c.summary.as_deref().map(|s| s.chars().count()), Some(75));
        c.set_summary("  ", &stamp("ana", 2)).unwrap();
        assert_eq!(c.summary, None);
    }

    #[test]
    fn rewording_keeps_the_article_text() {
        let mut c = claim("c-1");
        c.set_rewording("Twenty-one countries attended", &stamp("ana", 1));
        assert_eq!(c.text, "Ada 21 negara.");
        assert_eq!(c.display_text(), "Twenty-one countries attended");
        c.set_rewording("", &stamp("ana", 2));
        assert_eq!(c.display_text(), "Ada 21 negara.");
    }

    #[test]
    fn dismiss_and_restore_are_recorded_once() {
        let mut c = claim("c-1");
        c.dismiss(&stamp("ana", 1));
        c.dismiss(&stamp("ana", 2));
        assert!(!c.is_pending());
        c.restore(&stamp("ana", 3));
        assert!(c.is_pending());
        let actions: Vec<_> = c.history.iter().map(|h| h.action).collect();
        assert_eq!(actions, [HistoryAction::Dismissed, HistoryAction::Restored]);
    }

    #[test]
    fn find_accepts_unique_prefixes_only() {
        let f = file(&["c-abc1", "c-abd2", "c-x"]);
        assert_eq!(f.find("c-x"), Ok(2));
        assert_eq!(f.find("c-abc"), Ok(0));
        assert!(matches!(
            f.find("c-ab"),
            Err(EditError::AmbiguousId { count: 2, .. })
        ));
        assert!(matches!(f.find("zz"), Err(EditError::NoSuchClaim(_))));
        assert!(matches!(f.find(""), Err(EditError::NoSuchClaim(_))));
    }

    #[test]
    fn manual_claim_is_trimmed_anchored_and_kept_in_order() {
        let article = "Satu. Dua puluh satu negara hadir. Tiga.";
        let mut f = file(&[]);
        let first = f
            .add_manual_claim(article, 35, 40, &stamp("ana", 1))
            .unwrap();
        assert_eq!(first, 0);
        let index = f
            .add_manual_claim(article, 5, 34, &stamp("ana", 2))
            .unwrap();
        assert_eq!(index, 0);
        let c = &f.claims[0];
        assert_eq!(c.text, "Dua puluh satu negara hadir.");
        assert_eq!(&article[c.start..c.end], c.text);
        assert_eq!(c.origin, Origin::Manual);
        assert_eq!(c.history[0].action, HistoryAction::Added);
        assert!(matches!(
            f.add_manual_claim(article, 3, 200, &stamp("ana", 3)),
            Err(EditError::BadSpan { .. })
        ));
        assert_eq!(
            f.add_manual_claim(article, 5, 6, &stamp("ana", 3)),
            Err(EditError::EmptySpan)
        );
    }
}
