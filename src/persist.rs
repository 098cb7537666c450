//! Saving from the interface: the edge where state meets disk.
//!
//! Before every save the file on disk is compared with what this session
//! last read or wrote; if another process changed it (`git pull`,
//! `factdesk mark`), both sets of changes are merged per claim and the
//! conflicts shown, so nothing is overwritten.

use std::path::{Path, PathBuf};

use factdesk_review::draft::{self, Draft, DraftField};
use factdesk_review::sync::{self, Fingerprint, SyncConflictKind};
use factdesk_review::{ReviewFile, store};
use factdesk_tui::{DraftText, Persist, SaveReport};

/// Saves a review file for the interface, merging concurrent changes.
pub struct FilePersist {
    path: PathBuf,
    base: ReviewFile,
    fingerprint: Fingerprint,
    reviewer: String,
}

impl FilePersist {
    /// A persister for `path`, whose content on disk is `base`.
    pub fn new(path: &Path, base: ReviewFile, reviewer: &str) -> FilePersist {
        // The file on disk is what `base` was read from; serializing `base`
        // (half a second for 100,000 claims) is only the fallback.
        let fingerprint = sync::disk_fingerprint(path)
            .unwrap_or_else(|_| Fingerprint::of_bytes(store::to_json(&base).as_bytes()));
        FilePersist {
            path: path.to_path_buf(),
            base,
            fingerprint,
            reviewer: reviewer.to_string(),
        }
    }

    /// Where saves go now (save-as moves it).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Persist for FilePersist {
    fn save(&mut self, file: &ReviewFile) -> Result<SaveReport, String> {
        let changed = sync::disk_changed(&self.path, &self.fingerprint).unwrap_or(false);
        let mut report = SaveReport::default();
        let to_write = if changed {
            let theirs = store::load(&self.path).map_err(|e| e.to_string())?;
            let outcome = sync::three_way(&self.base, file, &theirs);
            report.messages.push(format!(
                "{} changed on disk; merged {} conflict(s)",
                self.path.display(),
                outcome.conflicts.len()
            ));
            for conflict in &outcome.conflicts {
                report.messages.push(format!(
                    "conflict on {}: {}; yours kept, theirs recorded",
                    conflict.claim_id.as_deref().unwrap_or("the article"),
                    conflict_label(&conflict.kind)
                ));
            }
            report.merged = Some(outcome.merged.clone());
            outcome.merged
        } else {
            file.clone()
        };
        let json = store::to_json(&to_write);
        store::save(&self.path, &to_write).map_err(|e| e.to_string())?;
        self.fingerprint = Fingerprint::of_bytes(json.as_bytes());
        self.base = to_write;
        Ok(report)
    }

    fn save_as(&mut self, path: &Path, file: &ReviewFile) -> Result<(), String> {
        store::save(path, file).map_err(|e| e.to_string())?;
        self.path = path.to_path_buf();
        self.fingerprint = Fingerprint::of_bytes(store::to_json(file).as_bytes());
        self.base = file.clone();
        Ok(())
    }

    fn save_draft(&mut self, text: Option<&DraftText>) {
        // Best effort: this runs while the session is ending; there is no
        // screen left to report a failure on.
        match text {
            Some(text) => {
                let draft = Draft {
                    claim_id: text.claim_id.clone(),
                    field: DraftField::Note,
                    text: text.text.clone(),
                    reviewer: self.reviewer.clone(),
                    at: chrono::Local::now().fixed_offset(),
                };
                let _ = draft::save_draft(&self.path, &draft);
            }
            None => {
                let _ = draft::clear_draft(&self.path);
            }
        }
    }
}

fn conflict_label(kind: &SyncConflictKind) -> &'static str {
    match kind {
        SyncConflictKind::Verdict { .. } => "different verdicts",
        SyncConflictKind::Note { .. } => "different notes",
        SyncConflictKind::Summary { .. } => "different summaries",
        SyncConflictKind::Rewording { .. } => "different rewordings",
        _ => "changed on both sides",
    }
}
