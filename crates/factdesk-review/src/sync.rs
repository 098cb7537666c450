//! Folding changes another process saved into ours, instead of overwriting
//! them.
//!
//! A session loads a review file, the reviewer works, and meanwhile the
//! file on disk may change under it (`git pull`, `factdesk mark` from a
//! script, a second session opened read-only then saved elsewhere). Before
//! saving, a caller compares [`disk_fingerprint`] with the fingerprint of
//! the bytes it loaded; when they differ it loads the disk version and
//! calls [`three_way`] with the version it loaded (the base), its own
//! (ours) and the disk's (theirs), then saves the result.
//!
//! # Rules, per claim id
//!
//! - Changed on one side only: that side is taken. Changed identically on
//!   both: taken once.
//! - Changed differently on both: merged field by field. Sources and the
//!   reviewers' `reviews` entries are merged as sets (additions and
//!   removals from both sides apply). For any other field changed on both
//!   sides, ours is kept and a [`SyncConflict`] reports both values; a
//!   differing verdict also records both sides' verdicts in `reviews` and
//!   sets `conflict = true`, so the interface's conflict filter shows it
//!   for adjudication. Their note is not lost either: edits record every
//!   note in history, and histories are always unioned.
//! - Added on either side: kept, in the order its side had it.
//! - Removed on one side and untouched on the other: removed. Removed on
//!   one side but changed on the other: kept with the change, and reported.
//! - The article, extractor and schema version follow the same rule; when
//!   both sides re-anchored to different articles, ours is kept and the
//!   conflict reported.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::merge::union_histories;
use crate::model::{Article, Claim, ClaimStatus, Decision, ReviewFile, ReviewerVerdict};

/// What a file's bytes were, cheap to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint {
    /// Length in bytes.
    pub len: u64,
    /// SHA-256 of the content. Modification times are not used: they can
    /// stay the same across a fast rewrite and change on a mere `touch`.
    pub sha256: [u8; 32],
}

impl Fingerprint {
    /// The fingerprint of bytes in memory: use it on exactly the bytes that
    /// were parsed at load, so nothing can change between reading and
    /// fingerprinting.
    pub fn of_bytes(bytes: &[u8]) -> Fingerprint {
        Fingerprint {
            len: bytes.len() as u64,
            sha256: Sha256::digest(bytes).into(),
        }
    }
}

/// The fingerprint of a file as it is on disk now.
pub fn disk_fingerprint(path: &Path) -> io::Result<Fingerprint> {
    fs::read(path).map(|bytes| Fingerprint::of_bytes(&bytes))
}

/// Whether the file on disk differs from what was loaded. A length change
/// is detected from metadata alone; otherwise the content is hashed. A file
/// that no longer exists is reported as the `NotFound` error, not as a
/// change: there is nothing to merge, the caller can just save.
pub fn disk_changed(path: &Path, loaded: &Fingerprint) -> io::Result<bool> {
    if fs::metadata(path)?.len() != loaded.len {
        return Ok(true);
    }
    Ok(disk_fingerprint(path)? != *loaded)
}

/// The result of a three-way merge.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncOutcome {
    /// The merged file to save.
    pub merged: ReviewFile,
    /// What both sides changed differently; empty when the merge was clean.
    pub conflicts: Vec<SyncConflict>,
}

impl SyncOutcome {
    /// True when both sides' changes combined without any conflict.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// One field both sides changed differently (ours was kept), or a claim one
/// side removed while the other changed it (it was kept).
#[derive(Debug, Clone, PartialEq)]
pub struct SyncConflict {
    /// The claim, or `None` for the file-level article information.
    pub claim_id: Option<String>,
    /// What clashed, with both values.
    pub kind: SyncConflictKind,
}

/// The field that clashed and the two values.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncConflictKind {
    /// Different verdicts; ours kept, both recorded in `reviews`.
    Verdict {
        /// Our verdict.
        ours: Option<Decision>,
        /// Theirs.
        theirs: Option<Decision>,
    },
    /// Different notes; ours kept, theirs stays in history.
    Note {
        /// Our note.
        ours: String,
        /// Theirs.
        theirs: String,
    },
    /// Different summaries; ours kept.
    Summary {
        /// Our summary.
        ours: Option<String>,
        /// Theirs.
        theirs: Option<String>,
    },
    /// Different rewordings; ours kept.
    Rewording {
        /// Our rewording.
        ours: Option<String>,
        /// Theirs.
        theirs: Option<String>,
    },
    /// Different statuses (dismissed, restored, orphaned); ours kept.
    Status {
        /// Our status.
        ours: ClaimStatus,
        /// Theirs.
        theirs: ClaimStatus,
    },
    /// Both sides moved or re-extracted the claim differently; ours kept.
    Placement {
        /// Our byte span.
        ours: (usize, usize),
        /// Theirs.
        theirs: (usize, usize),
    },
    /// We removed the claim but they changed it: their version was kept.
    RemovedByUs,
    /// They removed the claim but we changed it: our version was kept.
    RemovedByThem,
    /// Both sides re-anchored to different article versions; ours kept.
    Article {
        /// Our article.
        ours: Box<Article>,
        /// Theirs.
        theirs: Box<Article>,
    },
}

/// Merges `ours` and `theirs`, both derived from `base`. See the module
/// docs for the rules.
pub fn three_way(base: &ReviewFile, ours: &ReviewFile, theirs: &ReviewFile) -> SyncOutcome {
    let mut conflicts = Vec::new();
    let article = match pick(&base.article, &ours.article, &theirs.article) {
        Pick::Agreed(article) => article,
        Pick::Conflict { ours, theirs } => {
            conflicts.push(SyncConflict {
                claim_id: None,
                kind: SyncConflictKind::Article {
                    ours: Box::new(ours.clone()),
                    theirs: Box::new(theirs),
                },
            });
            ours
        }
    };
    let extractor = pick(&base.extractor, &ours.extractor, &theirs.extractor).keep_ours();
    let schema_version = pick(
        &base.schema_version,
        &ours.schema_version,
        &theirs.schema_version,
    )
    .keep_ours();

    let base_by_id = index(base);
    let theirs_by_id = index(theirs);
    let ours_ids: HashSet<&str> = ours.claims.iter().map(|c| c.id.as_str()).collect();

    let mut claims: Vec<Claim> = Vec::with_capacity(ours.claims.len());
    for our in &ours.claims {
        let id = our.id.as_str();
        match (base_by_id.get(id), theirs_by_id.get(id)) {
            (Some(old), Some(their)) => claims.push(merge_claim(old, our, their, &mut conflicts)),
            (None, Some(their)) => {
                let blank = placement(our);
                claims.push(merge_claim(&blank, our, their, &mut conflicts));
            }
            (Some(old), None) => {
                // They removed it: follow unless we changed it.
                if our != *old {
                    conflicts.push(SyncConflict {
                        claim_id: Some(our.id.clone()),
                        kind: SyncConflictKind::RemovedByThem,
                    });
                    claims.push(our.clone());
                }
            }
            (None, None) => claims.push(our.clone()),
        }
    }

    // Claims only theirs has: added by them, or removed by us.
    let mut after: Option<usize> = None;
    for their in &theirs.claims {
        let id = their.id.as_str();
        if ours_ids.contains(id) {
            after = claims.iter().position(|c| c.id == id);
            continue;
        }
        let keep = match base_by_id.get(id) {
            None => true,
            Some(old) if their != *old => {
                conflicts.push(SyncConflict {
                    claim_id: Some(their.id.clone()),
                    kind: SyncConflictKind::RemovedByUs,
                });
                true
            }
            Some(_) => false,
        };
        if keep {
            let at = after.map_or_else(
                || {
                    claims
                        .iter()
                        .position(|c| c.start > their.start)
                        .unwrap_or(claims.len())
                },
                |position| position + 1,
            );
            let at = at.min(claims.len());
            claims.insert(at, their.clone());
            after = Some(at);
        }
    }

    SyncOutcome {
        merged: ReviewFile {
            schema_version,
            article,
            extractor,
            claims,
        },
        conflicts,
    }
}

fn index(file: &ReviewFile) -> HashMap<&str, &Claim> {
    file.claims.iter().map(|c| (c.id.as_str(), c)).collect()
}

enum Pick<T> {
    Agreed(T),
    Conflict { ours: T, theirs: T },
}

impl<T> Pick<T> {
    fn keep_ours(self) -> T {
        match self {
            Pick::Agreed(value) | Pick::Conflict { ours: value, .. } => value,
        }
    }
}

/// The three-way choice for one value.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> Pick<T> {
    if ours == theirs || theirs == base {
        Pick::Agreed(ours.clone())
    } else if ours == base {
        Pick::Agreed(theirs.clone())
    } else {
        Pick::Conflict {
            ours: ours.clone(),
            theirs: theirs.clone(),
        }
    }
}

/// Three-way merge of lists treated as sets: ours, plus what they added,
/// minus what they removed. Order: ours, then their additions.
fn pick_set<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    let mut merged: Vec<T> = ours
        .iter()
        // Dropped only when they removed it (in base, gone from theirs).
        .filter(|item| !base.contains(item) || theirs.contains(item))
        .cloned()
        .collect();
    for item in theirs {
        if !base.contains(item) && !merged.contains(item) {
            merged.push(item.clone());
        }
    }
    merged
}

/// The fields that say where a claim is and what the extractor saw, with
/// no review on them (also the base for a claim both sides added).
fn placement(claim: &Claim) -> Claim {
    Claim {
        verdict: None,
        note: String::new(),
        sources: Vec::new(),
        summary: None,
        rewording: None,
        status: ClaimStatus::Active,
        reviews: Vec::new(),
        conflict: false,
        history: Vec::new(),
        ..claim.clone()
    }
}

fn merge_claim(
    base: &Claim,
    ours: &Claim,
    theirs: &Claim,
    conflicts: &mut Vec<SyncConflict>,
) -> Claim {
    if ours == theirs || theirs == base {
        return ours.clone();
    }
    if ours == base {
        return theirs.clone();
    }
    let id = ours.id.clone();
    let mut report = |kind| {
        conflicts.push(SyncConflict {
            claim_id: Some(id.clone()),
            kind,
        })
    };

    let mut merged = match pick(&placement(base), &placement(ours), &placement(theirs)) {
        Pick::Agreed(claim) => claim,
        Pick::Conflict { ours: o, theirs: t } => {
            report(SyncConflictKind::Placement {
                ours: (o.start, o.end),
                theirs: (t.start, t.end),
            });
            o
        }
    };
    merged.note = match pick(&base.note, &ours.note, &theirs.note) {
        Pick::Agreed(note) => note,
        Pick::Conflict { ours, theirs } => {
            report(SyncConflictKind::Note {
                ours: ours.clone(),
                theirs,
            });
            ours
        }
    };
    merged.summary = match pick(&base.summary, &ours.summary, &theirs.summary) {
        Pick::Agreed(summary) => summary,
        Pick::Conflict { ours, theirs } => {
            report(SyncConflictKind::Summary {
                ours: ours.clone(),
                theirs,
            });
            ours
        }
    };
    merged.rewording = match pick(&base.rewording, &ours.rewording, &theirs.rewording) {
        Pick::Agreed(rewording) => rewording,
        Pick::Conflict { ours, theirs } => {
            report(SyncConflictKind::Rewording {
                ours: ours.clone(),
                theirs,
            });
            ours
        }
    };
    merged.status = match pick(&base.status, &ours.status, &theirs.status) {
        Pick::Agreed(status) => status,
        Pick::Conflict { ours, theirs } => {
            report(SyncConflictKind::Status { ours, theirs });
            ours
        }
    };
    merged.sources = pick_set(&base.sources, &ours.sources, &theirs.sources);
    merged.reviews = pick_set(&base.reviews, &ours.reviews, &theirs.reviews);
    merged.conflict = pick(&base.conflict, &ours.conflict, &theirs.conflict).keep_ours();
    merged.history = union_histories([ours.history.as_slice(), theirs.history.as_slice()]);
    merged.verdict = match pick(&base.verdict, &ours.verdict, &theirs.verdict) {
        Pick::Agreed(verdict) => verdict,
        Pick::Conflict {
            ours: our_verdict,
            theirs: their_verdict,
        } => {
            let our_value = our_verdict.as_ref().map(|d| d.value);
            let their_value = their_verdict.as_ref().map(|d| d.value);
            if our_value == their_value {
                // The same verdict given twice: keep the later decision.
                let later = match (&our_verdict, &their_verdict) {
                    (Some(o), Some(t)) if t.at > o.at => their_verdict.clone(),
                    _ => our_verdict.clone(),
                };
                return Claim {
                    verdict: later,
                    ..merged
                };
            }
            report(SyncConflictKind::Verdict {
                ours: our_verdict.clone(),
                theirs: their_verdict.clone(),
            });
            for (claim, verdict) in [(ours, &our_verdict), (theirs, &their_verdict)] {
                let review = side_review(claim, verdict.as_ref());
                if !merged.reviews.contains(&review) {
                    merged.reviews.push(review);
                }
            }
            merged.conflict = true;
            our_verdict
        }
    };
    merged
}

/// One side's state of a claim as a reviewer's verdict, for the record.
fn side_review(claim: &Claim, verdict: Option<&Decision>) -> ReviewerVerdict {
    let reviewer = verdict
        .map(|d| d.reviewer.clone())
        .or_else(|| claim.history.last().map(|e| e.reviewer.clone()))
        .unwrap_or_else(|| "unknown reviewer".to_string());
    ReviewerVerdict {
        reviewer,
        value: verdict.map(|d| d.value),
        at: verdict.map(|d| d.at),
        note: claim.note.clone(),
        sources: claim.sources.clone(),
    }
}
