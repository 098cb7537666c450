//! `factdesk status`: review progress, for people and for CI gates.

use factdesk_review::{ClaimStatus, ReviewFile, Verdict};
use serde::Serialize;

use crate::cli::StatusArgs;
use crate::commands::load_review;
use crate::exit::Exit;

/// Progress of one review file. Dismissed claims are not counted as claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Claims to review (active and orphaned).
    pub total: usize,
    /// Claims with a verdict.
    pub reviewed: usize,
    /// Claims still without one.
    pub pending: usize,
    /// Verified claims.
    pub verified: usize,
    /// Disputed claims.
    pub disputed: usize,
    /// Unverified claims.
    pub unverified: usize,
    /// Claims set aside as non-claims.
    pub dismissed: usize,
    /// Reviewed claims that no longer anchor in the article.
    pub orphaned: usize,
    /// Claims on which merged reviewers disagree.
    pub conflicts: usize,
}

impl Progress {
    /// Counts a review file.
    pub fn of(file: &ReviewFile) -> Progress {
        let mut p = Progress {
            total: 0,
            reviewed: 0,
            pending: 0,
            verified: 0,
            disputed: 0,
            unverified: 0,
            dismissed: 0,
            orphaned: 0,
            conflicts: 0,
        };
        for claim in &file.claims {
            if claim.status == ClaimStatus::Dismissed {
                p.dismissed += 1;
                continue;
            }
            p.total += 1;
            p.orphaned += usize::from(claim.status == ClaimStatus::Orphaned);
            p.conflicts += usize::from(claim.conflict);
            match claim.verdict_value() {
                None => p.pending += 1,
                Some(v) => {
                    p.reviewed += 1;
                    match v {
                        Verdict::Verified => p.verified += 1,
                        Verdict::Disputed => p.disputed += 1,
                        Verdict::Unverified => p.unverified += 1,
                    }
                }
            }
        }
        p
    }

    /// Percent reviewed, 100 for an empty review.
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.reviewed as f64 * 100.0 / self.total as f64
        }
    }
}

/// Runs `factdesk status`.
pub fn run(args: &StatusArgs) -> anyhow::Result<Exit> {
    let file = load_review(&args.review)?;
    let p = Progress::of(&file);
    if args.json {
        #[derive(Serialize)]
        struct Out<'a> {
            review: String,
            #[serde(flatten)]
            progress: &'a Progress,
            percent_reviewed: f64,
        }
        let out = Out {
            review: args.review.display().to_string(),
            progress: &p,
            percent_reviewed: (p.percent() * 10.0).round() / 10.0,
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!(
            "{}: {} of {} claims reviewed ({:.0}%): {} verified, {} disputed, {} unverified, {} pending{}{}{}",
            factdesk_text::sanitize_line(
                &args.review.display().to_string(),
                factdesk_text::Glyphs::Unicode
            ),
            p.reviewed,
            p.total,
            p.percent(),
            p.verified,
            p.disputed,
            p.unverified,
            p.pending,
            if p.dismissed > 0 {
                format!(", {} dismissed", p.dismissed)
            } else {
                String::new()
            },
            if p.orphaned > 0 {
                format!(", {} orphaned", p.orphaned)
            } else {
                String::new()
            },
            if p.conflicts > 0 {
                format!(", {} in conflict", p.conflicts)
            } else {
                String::new()
            },
        );
    }
    let failing =
        (args.fail_on_pending && p.pending > 0) || (args.fail_on_disputed && p.disputed > 0);
    Ok(if failing {
        Exit::ConditionFailed
    } else {
        Exit::Success
    })
}
