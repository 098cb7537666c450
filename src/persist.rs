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
    /// The cache holds the file as last read or written (built by
    /// `prepare` from the start file, or written since), so it can serve
    /// as the base of a merge.
    cache_is_base: bool,
    known: Known,
    reviewer: String,
}

impl FilePersist {
    /// A persister for `path`, whose content on disk is `base`.
    pub fn new(path: &Path, base: ReviewFile, reviewer: &str) -> FilePersist {
        // The file on disk is what `base` was read from.
        let known = sync::disk_fingerprint(path).ok();
        FilePersist::with_fingerprint(path, base, reviewer, known)
    }

    /// A persister for `path`, whose content `base` was parsed from bytes
    /// with this fingerprint: taken from those very bytes, a change made
    /// on disk after they were read is still seen at the first save.
    pub fn with_fingerprint(
        path: &Path,
        base: ReviewFile,
        reviewer: &str,
        fingerprint: Option<Fingerprint>,
    ) -> FilePersist {
        let known = fingerprint.map_or(Known::Unknown, Known::Read);
        FilePersist {
            path: path.to_path_buf(),
            loaded: Some(base),
            cache: None,
            unwritten: Changes::new(),
            cache_is_base: false,
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
        if self.cache.is_none() {
            self.cache_is_base = self.cache(file).is_ok();
        }
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
                Some(cache) if self.cache_is_base => store::parse(&self.path, &cache.to_bytes())
                    .map_err(|e| format!("cannot read back the last save: {e}"))?,
                _ => {
                    return Err(format!(
                        "{} changed on disk, and this session has no record of the version it started from to merge with; save elsewhere (save-as) and merge with `factdesk merge`",
                        self.path.display()
                    ));
                }
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
        self.cache_is_base = true;
        Ok(Saved::Written)
    }

    fn save_as(&mut self, path: &Path, file: &ReviewFile, changes: &Changes) -> Result<(), String> {
        self.write(path, file, changes)?;
        self.path = path.to_path_buf();
        self.known = Known::Cache;
        self.cache_is_base = true;
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

#[cfg(test)]
mod tests {
    use super::*;
    use factdesk_review::Verdict;
    use factdesk_review::edit::Stamp;

    fn review() -> ReviewFile {
        let article =
            "Banjir merendam 1.200 rumah. Kerugian Rp 4,5 miliar. Sebanyak 300 petugas dikerahkan.";
        let extraction = factdesk_extract::extract(article, None);
        factdesk_review::build::new_review("a.txt", article, extraction)
    }

    fn persist_at(path: &Path, file: &ReviewFile) -> FilePersist {
        store::save(path, file).unwrap_or_else(|e| panic!("{e}"));
        let mut persist = FilePersist::new(path, file.clone(), "ana");
        let start = persist
            .take_loaded()
            .unwrap_or_else(|| panic!("the loaded file"));
        persist.prepare(&start);
        persist
    }

    fn mark(file: &mut ReviewFile, index: usize, verdict: Verdict) -> Changes {
        file.claims[index].set_verdict(Some(verdict), &Stamp::now("ana"));
        let mut changes = Changes::new();
        changes.claim(index);
        changes
    }

    #[test]
    fn incremental_saves_write_what_store_save_writes() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("a.json");
        let mut file = review();
        assert!(file.claims.len() >= 2, "the article gives claims");
        let mut persist = persist_at(&path, &file);
        for (n, verdict) in [Verdict::Verified, Verdict::Disputed, Verdict::Unverified]
            .into_iter()
            .enumerate()
        {
            let index = n % file.claims.len();
            let changes = mark(&mut file, index, verdict);
            assert_eq!(persist.save(&file, &changes), Ok(Saved::Written));
            let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(on_disk, store::to_json(&file));
        }
    }

    #[test]
    fn a_change_made_between_the_load_and_the_persister_is_still_seen() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("a.json");
        let mut file = review();
        store::save(&path, &file).unwrap_or_else(|e| panic!("{e}"));
        // The session parses these bytes...
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let loaded = store::parse(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        // ...then, before its persister exists, a `git pull` rewrites it.
        let mut theirs = loaded.clone();
        theirs.claims[1].set_verdict(Some(Verdict::Disputed), &Stamp::now("budi"));
        store::save(&path, &theirs).unwrap_or_else(|e| panic!("{e}"));

        let fingerprint = Some(Fingerprint::of_bytes(&bytes));
        let mut persist = FilePersist::with_fingerprint(&path, loaded.clone(), "ana", fingerprint);
        let start = persist
            .take_loaded()
            .unwrap_or_else(|| panic!("the loaded file"));
        persist.prepare(&start);
        let changes = mark(&mut file, 0, Verdict::Verified);
        match persist.save(&file, &changes) {
            Ok(Saved::DiskChanged { theirs: t, .. }) => assert_eq!(*t, theirs),
            other => panic!("the pulled change must come back to merge, got {other:?}"),
        }
        assert_eq!(store::load(&path).ok(), Some(theirs), "nothing overwritten");
    }

    #[test]
    fn a_change_by_another_process_comes_back_to_merge_and_is_then_written() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("a.json");
        let mut file = review();
        let mut persist = persist_at(&path, &file);
        // One save of ours, so the check compares with the cache.
        let changes = mark(&mut file, 0, Verdict::Verified);
        assert_eq!(persist.save(&file, &changes), Ok(Saved::Written));
        let base = file.clone();
        let mut theirs = file.clone();
        theirs.claims[1].set_verdict(Some(Verdict::Disputed), &Stamp::now("budi"));
        store::save(&path, &theirs).unwrap_or_else(|e| panic!("{e}"));

        let changes = mark(&mut file, 0, Verdict::Unverified);
        match persist.save(&file, &changes) {
            Ok(Saved::DiskChanged {
                base: b, theirs: t, ..
            }) => {
                assert_eq!(*b, base, "the base is what we last wrote");
                assert_eq!(*t, theirs);
            }
            other => panic!("expected the disk change, got {other:?}"),
        }
        assert_eq!(
            store::load(&path).ok(),
            Some(theirs.clone()),
            "nothing written"
        );
        let merged = factdesk_review::sync::three_way(&base, &file, &theirs).merged;
        assert_eq!(
            persist.save(&merged, &Changes::everything()),
            Ok(Saved::Written)
        );
        assert_eq!(store::load(&path).ok(), Some(merged));
    }

    #[test]
    fn a_failed_save_keeps_its_changes_for_the_next_one() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("a.json");
        let mut file = review();
        let mut persist = persist_at(&path, &file);
        // The folder disappears: the save fails and the cache is put back.
        let gone = dir.path().join("gone");
        std::fs::create_dir(&gone).unwrap_or_else(|e| panic!("{e}"));
        let changes = mark(&mut file, 0, Verdict::Verified);
        assert!(
            persist
                .save_as(&gone.join("x").join("b.json"), &file, &changes)
                .is_err()
        );
        // Nothing new is reported, yet the next save writes that change.
        let elsewhere = dir.path().join("b.json");
        persist
            .save_as(&elsewhere, &file, &Changes::new())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            std::fs::read_to_string(&elsewhere).unwrap_or_default(),
            store::to_json(&file)
        );
        assert_eq!(persist.path(), elsewhere);
    }
}
