//! Saving from the interface: the edge where state meets disk. Runs on the
//! interface's writer thread (`factdesk_tui::writer`).
//!
//! Saves are incremental: a [`JsonCache`] keeps the review's JSON claim by
//! claim and re-serializes only the claims the interface reports changed,
//! then writes the bytes with the same atomic, crash-safe steps as
//! `store::save` (temporary file, fsync, `.bak`, rename, folder fsync).
//!
//! Before every save the file on disk is compared with what this session
//! last read or wrote; if another process changed it (`git pull`,
//! `factdesk mark`), nothing is written and both versions go back to the
//! interface, which merges them per claim with its own and shows the
//! conflicts, so nothing is overwritten. After this session's first write
//! the comparison is byte for byte against the cache (no hashing);
//! before it, against the fingerprint of the file as loaded.

use std::path::{Path, PathBuf};

use factdesk_review::cache::{Changes, JsonCache};
use factdesk_review::draft::{self, Draft, DraftField};
use factdesk_review::sync::{self, Fingerprint};
use factdesk_review::{ReviewFile, store};
use factdesk_tui::{DraftText, Persist, Saved};

/// What the file on disk should hold if nobody else wrote it.
enum Known {
    /// The bytes read at start, or read when another process's change
    /// was found.
    Read(Fingerprint),
    /// Exactly the cache's bytes: this session wrote them last.
    Cache,
    /// Nothing known (the file could not be read at start): any file
    /// found is compared with the cache.
    Unknown,
}

/// Saves a review file for the interface, merging concurrent changes.
pub struct FilePersist {
    path: PathBuf,
    /// The file as loaded, until the interface takes it as its start.
    loaded: Option<ReviewFile>,
    /// The JSON last written (or, before the first write, of the file as
    /// loaded); built on the writer thread.
    cache: Option<JsonCache>,
    /// Changes reported but not yet written (a failed save keeps them).
    unwritten: Changes,
    known: Known,
    reviewer: String,
}

impl FilePersist {
    /// A persister for `path`, whose content on disk is `base`.
    pub fn new(path: &Path, base: ReviewFile, reviewer: &str) -> FilePersist {
        // The file on disk is what `base` was read from.
        let known = sync::disk_fingerprint(path).map_or(Known::Unknown, Known::Read);
        FilePersist {
            path: path.to_path_buf(),
            loaded: Some(base),
            cache: None,
            unwritten: Changes::new(),
            known,
            reviewer: reviewer.to_string(),
        }
    }

    /// Where saves go now (save-as moves it).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The cache, built from `file` when there is none yet (every claim
    /// then counts as changed).
    fn cache(&mut self, file: &ReviewFile) -> Result<&mut JsonCache, String> {
        match &mut self.cache {
            Some(cache) => Ok(cache),
            slot => {
                let cache = JsonCache::new(file).map_err(|e| e.to_string())?;
                Ok(slot.insert(cache))
            }
        }
    }

    /// Whether another process changed the file since this session last
    /// read or wrote it. A file that cannot be read is not a change: the
    /// save goes ahead (and reports its own error if it cannot write).
    fn disk_changed(&self) -> bool {
        match (&self.known, &self.cache) {
            (Known::Read(fingerprint), _) => {
                sync::disk_changed(&self.path, fingerprint).unwrap_or(false)
            }
            (Known::Cache | Known::Unknown, Some(cache)) => {
                self.path.exists() && !cache.matches_file(&self.path).unwrap_or(true)
            }
            (_, None) => false,
        }
    }

    /// Writes `file` to `path` through the cache; on failure the cache is
    /// put back as it was, so it keeps matching the disk.
    fn write(&mut self, path: &Path, file: &ReviewFile, changes: &Changes) -> Result<(), String> {
        self.unwritten.extend(changes);
        let unwritten = std::mem::take(&mut self.unwritten);
        let result = self.cache(file).and_then(|cache| {
            let revert = cache.update(file, &unwritten).map_err(|e| e.to_string())?;
            cache.save(path).map_err(|e| {
                cache.revert(revert);
                e.to_string()
            })
        });
        if result.is_err() {
            self.unwritten = unwritten;
        }
        result
    }
}

impl Persist for FilePersist {
    fn take_loaded(&mut self) -> Option<ReviewFile> {
        self.loaded.take()
    }

    fn prepare(&mut self, file: &ReviewFile) {
        // Serializing every claim once (half a second for 100,000) happens
        // here, on the writer thread, while the reviewer reads the first
        // screen; a failure (a non-finite number) is reported by the save.
        self.loaded = None;
        let _ = self.cache(file);
    }

    fn save(&mut self, file: &ReviewFile, changes: &Changes) -> Result<Saved, String> {
        if self.cache.is_none() {
            // `prepare` was not called: the cache cannot say what the file
            // was, so build it from this file and write everything.
            self.cache(file)?;
        }
        if self.disk_changed() {
            self.unwritten.extend(changes);
            let bytes = std::fs::read(&self.path)
                .map_err(|e| format!("cannot read {} to merge it: {e}", self.path.display()))?;
            let theirs = store::parse(&self.path, &bytes).map_err(|e| e.to_string())?;
            // The cache still holds the bytes last read or written: the base.
            let base = match &self.cache {
                Some(cache) => store::parse(&self.path, &cache.to_bytes())
                    .map_err(|e| format!("cannot read back the last save: {e}"))?,
                None => return Err("no record of the last save to merge with".to_string()),
            };
            self.known = Known::Read(Fingerprint::of_bytes(&bytes));
            return Ok(Saved::DiskChanged {
                base: Box::new(base),
                theirs: Box::new(theirs),
                path: self.path.clone(),
            });
        }
        let path = self.path.clone();
        self.write(&path, file, changes)?;
        self.known = Known::Cache;
        Ok(Saved::Written)
    }

    fn save_as(&mut self, path: &Path, file: &ReviewFile, changes: &Changes) -> Result<(), String> {
        self.write(path, file, changes)?;
        self.path = path.to_path_buf();
        self.known = Known::Cache;
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
