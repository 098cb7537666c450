//! Incremental saving: the review file's JSON kept claim by claim, so a
//! save after one verdict re-serializes one claim instead of all of them.
//!
//! [`JsonCache`] holds the pretty-printed JSON of a [`ReviewFile`] as a
//! head (everything before the claims array), one fragment per claim and a
//! tail. Its bytes are always identical to [`store::to_json`] of the file
//! it was last updated with: the fragments are produced by serde_json's own
//! pretty printer at the depth claims have inside the file (each claim is
//! serialized nested two arrays deep, `[[claim]]`, and the two wrapping
//! brackets are cut off), so nothing about the format is re-implemented
//! here and the property tests below compare byte for byte.
//!
//! # How changes are known
//!
//! The caller says what changed, in [`Changes`]: the indices of the claims
//! whose content changed, or "everything" for structural changes (a claim
//! added or removed, a whole file adopted after a merge). The interface
//! knows exactly which claim each action touched, at no cost, whereas
//! finding changes by comparison would need a second copy of every claim
//! and a pass over all of them on every save (100,000 claims, per key).
//! A claim count that no longer matches the cache is treated as a
//! structural change whatever the caller said, and the head (schema
//! version, article, extractor: a few hundred bytes) is serialized again on
//! every update, so only a claim changed in place without being reported can
//! be missed; `factdesk-tui`'s tests drive random action sequences and
//! compare the writer's copy with the interface's after every save to keep
//! that from happening, and [`JsonCache::verify`] checks a cache against a
//! full serialization.
//!
//! # Saving
//!
//! [`JsonCache::save`] writes the bytes through [`store::write_atomic`]
//! (temporary file, fsync, `.bak`, rename, folder fsync): the same
//! crash-safe steps as [`store::save`]. [`JsonCache::matches_file`] tells
//! whether a file on disk holds exactly the cached bytes, by comparing
//! (not hashing) them as they are read.
//!
//! [`store::to_json`]: crate::store::to_json
//! [`store::write_atomic`]: crate::store::write_atomic
//! [`store::save`]: crate::store::save

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::model::{Claim, ReviewFile};
use crate::store;

/// What changed in a file since a cache (or any other copy) last saw it.
///
/// Claim indices refer to the file as it is now; they are only meaningful
/// while the claim list keeps its length and order, which is why adding or
/// removing a claim is recorded as [`Changes::everything`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    claims: BTreeSet<usize>,
    everything: bool,
}

impl Changes {
    /// No change.
    pub fn new() -> Changes {
        Changes::default()
    }

    /// Everything may have changed: the next update serializes the whole
    /// file.
    pub fn everything() -> Changes {
        Changes {
            claims: BTreeSet::new(),
            everything: true,
        }
    }

    /// Records that the content of claim `index` changed.
    pub fn claim(&mut self, index: usize) {
        if !self.everything {
            self.claims.insert(index);
        }
    }

    /// Records a structural change (claims added, removed or reordered, or
    /// the whole file replaced).
    pub fn set_everything(&mut self) {
        self.everything = true;
        self.claims.clear();
    }

    /// Adds the changes of `other` (made after these).
    pub fn extend(&mut self, other: &Changes) {
        if other.everything {
            self.set_everything();
        } else if !self.everything {
            self.claims.extend(other.claims.iter().copied());
        }
    }

    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        !self.everything && self.claims.is_empty()
    }

    /// True after a structural change.
    pub fn is_everything(&self) -> bool {
        self.everything
    }

    /// The changed claim indices, ascending (empty after a structural
    /// change: then every claim counts as changed).
    pub fn claims(&self) -> impl Iterator<Item = usize> + '_ {
        self.claims.iter().copied()
    }

    /// Forgets every change.
    pub fn clear(&mut self) {
        self.claims.clear();
        self.everything = false;
    }
}

/// Why a cache could not be updated or saved.
#[derive(Debug, Error)]
pub enum CacheError {
    /// A number JSON cannot represent (NaN, infinite): it would be written
    /// as `null` and the file would not load back.
    #[error(
        "refusing to save: claim {id} has a non-finite {field}; fix the value (the previous file is untouched)"
    )]
    NonFiniteNumber {
        /// The claim holding the value.
        id: String,
        /// Which field.
        field: &'static str,
    },
    /// serde_json refused the value, or printed it in an unexpected shape.
    #[error("cannot serialize the review: {0}")]
    Serialize(String),
    /// Writing the file failed at some step.
    #[error(
        "could not save review file {}: {source}; the previous version is untouched: free disk space or fix the folder's permissions, or save to another path",
        path.display()
    )]
    Save {
        /// The file being saved.
        path: PathBuf,
        /// What failed, naming the step.
        source: io::Error,
    },
}

/// What `[[claim]]` looks like around the claim in serde_json's pretty
/// output: the claim itself then sits at the depth of the file's claims.
const WRAP_OPEN: &[u8] = b"[\n  [\n";
const WRAP_CLOSE: &[u8] = b"\n  ]\n]";
/// The line that holds the claims in the pretty-printed file when it has
/// none; what comes before and after it are the head and the tail.
const EMPTY_CLAIMS: &[u8] = b"\n  \"claims\": []";

/// One claim's JSON as it appears inside the file (its first line
/// indented), stored with the two wrapping brackets of `[[claim]]` so no
/// bytes are moved after serializing.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fragment(Vec<u8>);

impl Fragment {
    fn of(claim: &Claim) -> Result<Fragment, CacheError> {
        if let Some(field) = non_finite_field(claim) {
            return Err(CacheError::NonFiniteNumber {
                id: claim.id.clone(),
                field,
            });
        }
        let bytes = serde_json::to_vec_pretty(&[[claim]])
            .map_err(|e| CacheError::Serialize(e.to_string()))?;
        if bytes.len() < WRAP_OPEN.len() + WRAP_CLOSE.len()
            || !bytes.starts_with(WRAP_OPEN)
            || !bytes.ends_with(WRAP_CLOSE)
        {
            return Err(CacheError::Serialize(
                "serde_json printed a nested array in an unexpected shape".to_string(),
            ));
        }
        Ok(Fragment(bytes))
    }

    fn body(&self) -> &[u8] {
        self.0
            .get(WRAP_OPEN.len()..self.0.len() - WRAP_CLOSE.len())
            .unwrap_or_default()
    }
}

/// The name of a field of `claim` holding a number JSON cannot represent.
fn non_finite_field(claim: &Claim) -> Option<&'static str> {
    if !claim.score.is_finite() {
        return Some("score");
    }
    if claim.signals.iter().any(|s| !s.weight.is_finite()) {
        return Some("signal weight");
    }
    claim
        .quantities
        .iter()
        .flat_map(|q| [q.value, q.low, q.high])
        .flatten()
        .any(|v| !v.is_finite())
        .then_some("quantity value")
}

/// Head and tail of a file's JSON: everything before the claims array and
/// everything after it (with the trailing newline [`store::to_json`] adds).
fn head_and_tail(file: &ReviewFile) -> Result<(Vec<u8>, Vec<u8>), CacheError> {
    // Every field but the claims, which are serialized one by one. Naming
    // each field makes a new field of `ReviewFile` a compile error here
    // rather than a silent difference.
    let shell = ReviewFile {
        schema_version: file.schema_version,
        article: file.article.clone(),
        extractor: file.extractor.clone(),
        claims: Vec::new(),
    };
    let mut bytes =
        serde_json::to_vec_pretty(&shell).map_err(|e| CacheError::Serialize(e.to_string()))?;
    // Strings never hold a raw newline, so a newline followed by two spaces
    // and the key can only be the top-level "claims" field.
    let at = bytes
        .windows(EMPTY_CLAIMS.len())
        .position(|w| w == EMPTY_CLAIMS)
        .ok_or_else(|| {
            CacheError::Serialize("no claims field in the serialized review".to_string())
        })?;
    let open = at + EMPTY_CLAIMS.len() - 2;
    let mut tail = bytes.split_off(open + 2);
    bytes.truncate(open);
    tail.push(b'\n');
    Ok((bytes, tail))
}

/// Undoes one [`JsonCache::update`], for a save that failed: the cache then
/// again holds the bytes last written.
#[derive(Debug)]
#[must_use = "drop it to keep the update, or pass it to JsonCache::revert"]
pub struct Revert {
    head: Vec<u8>,
    tail: Vec<u8>,
    fragments: Replaced,
}

#[derive(Debug)]
enum Replaced {
    Some(Vec<(usize, Fragment)>),
    All(Vec<Fragment>),
}

/// A review file's JSON, claim by claim; see the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonCache {
    head: Vec<u8>,
    tail: Vec<u8>,
    fragments: Vec<Fragment>,
}

impl JsonCache {
    /// Serializes the whole file.
    pub fn new(file: &ReviewFile) -> Result<JsonCache, CacheError> {
        let (head, tail) = head_and_tail(file)?;
        let fragments = file
            .claims
            .iter()
            .map(Fragment::of)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(JsonCache {
            head,
            tail,
            fragments,
        })
    }

    /// Brings the cache up to date with `file`, given what changed since
    /// the last update (see the module docs): re-serializes the changed
    /// claims only, or everything after a structural change or when the
    /// claim count differs. Returns how to undo it; on an error nothing
    /// was changed.
    pub fn update(&mut self, file: &ReviewFile, changes: &Changes) -> Result<Revert, CacheError> {
        let (head, tail) = head_and_tail(file)?;
        let fragments = if changes.is_everything()
            || self.fragments.len() != file.claims.len()
            || changes.claims().any(|i| i >= file.claims.len())
        {
            let fresh = file
                .claims
                .iter()
                .map(Fragment::of)
                .collect::<Result<Vec<_>, _>>()?;
            Replaced::All(std::mem::replace(&mut self.fragments, fresh))
        } else {
            let mut fresh = Vec::new();
            for index in changes.claims() {
                if let Some(claim) = file.claims.get(index) {
                    fresh.push((index, Fragment::of(claim)?));
                }
            }
            for (index, fragment) in &mut fresh {
                if let Some(slot) = self.fragments.get_mut(*index) {
                    std::mem::swap(slot, fragment);
                }
            }
            Replaced::Some(fresh)
        };
        Ok(Revert {
            head: std::mem::replace(&mut self.head, head),
            tail: std::mem::replace(&mut self.tail, tail),
            fragments,
        })
    }

    /// Undoes the update that returned `revert` (the last one).
    pub fn revert(&mut self, revert: Revert) {
        self.head = revert.head;
        self.tail = revert.tail;
        match revert.fragments {
            Replaced::All(fragments) => self.fragments = fragments,
            Replaced::Some(fragments) => {
                for (index, fragment) in fragments {
                    if let Some(slot) = self.fragments.get_mut(index) {
                        *slot = fragment;
                    }
                }
            }
        }
    }

    /// The number of claims cached.
    pub fn claim_count(&self) -> usize {
        self.fragments.len()
    }

    /// The JSON's length in bytes.
    pub fn len(&self) -> usize {
        self.pieces().map(<[u8]>::len).sum()
    }

    /// True when there are no bytes (never: a review file is an object).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The JSON in order, as slices: the head, the array's brackets and
    /// separators, each claim, the tail.
    fn pieces(&self) -> impl Iterator<Item = &[u8]> {
        let (open, close): (&[u8], &[u8]) = if self.fragments.is_empty() {
            (b"[]", b"")
        } else {
            (b"[", b"\n  ]")
        };
        std::iter::once(self.head.as_slice())
            .chain(std::iter::once(open))
            .chain(self.fragments.iter().enumerate().flat_map(|(i, fragment)| {
                let separator: &[u8] = if i == 0 { b"\n" } else { b",\n" };
                [separator, fragment.body()]
            }))
            .chain(std::iter::once(close))
            .chain(std::iter::once(self.tail.as_slice()))
    }

    /// The JSON, identical to [`store::to_json`] of
    /// the file last given.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.len());
        for piece in self.pieces() {
            bytes.extend_from_slice(piece);
        }
        bytes
    }

    /// Writes the JSON to `out`.
    pub fn write_to(&self, out: &mut impl Write) -> io::Result<()> {
        self.pieces().try_for_each(|piece| out.write_all(piece))
    }

    /// Saves the JSON to `path` atomically and crash-safely, with the same
    /// steps as [`store::save`].
    pub fn save(&self, path: &Path) -> Result<(), CacheError> {
        store::write_atomic(path, &self.to_bytes()).map_err(|source| CacheError::Save {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Whether `reader` yields exactly the cached bytes, compared as they
    /// are read (no hashing, no second copy of the file in memory).
    pub fn matches_reader(&self, reader: &mut impl Read) -> io::Result<bool> {
        let mut scratch = Vec::new();
        for piece in self.pieces() {
            scratch.clear();
            scratch.resize(piece.len(), 0);
            match reader.read_exact(&mut scratch) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(false),
                Err(e) => return Err(e),
            }
            if scratch != piece {
                return Ok(false);
            }
        }
        let mut one = [0u8; 1];
        loop {
            match reader.read(&mut one) {
                Ok(0) => return Ok(true),
                Ok(_) => return Ok(false),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Whether the file at `path` holds exactly the cached bytes (a length
    /// that differs is seen from the metadata alone).
    pub fn matches_file(&self, path: &Path) -> io::Result<bool> {
        let file = File::open(path)?;
        if file.metadata()?.len() != self.len() as u64 {
            return Ok(false);
        }
        self.matches_reader(&mut BufReader::with_capacity(1 << 16, file))
    }

    /// Whether the cache holds exactly [`store::to_json`]
    /// of `file` (a full serialization: for tests and checks, not saves).
    pub fn verify(&self, file: &ReviewFile) -> bool {
        self.to_bytes() == store::to_json(file).into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Stamp;
    use crate::model::{
        Anchor, Article, ClaimKind, ExtractedClaim, ExtractorInfo, Language, SCHEMA_VERSION,
        Source, Verdict,
    };
    use chrono::{DateTime, FixedOffset, TimeZone};
    use proptest::prelude::*;

    fn file_with(texts: &[String], title: Option<String>) -> ReviewFile {
        ReviewFile {
            schema_version: SCHEMA_VERSION,
            article: Article {
                path: "a \"quoted\"\nname.txt".to_string(),
                sha256: "0".repeat(64),
                language: Language::Id,
                title,
                url: None,
                reference_date: None,
            },
            extractor: ExtractorInfo {
                name: "factdesk".to_string(),
                version: "0.1.0".to_string(),
            },
            claims: texts
                .iter()
                .enumerate()
                .map(|(i, text)| claim(i, text))
                .collect(),
        }
    }

    fn claim(i: usize, text: &str) -> Claim {
        Claim::from_extracted(ExtractedClaim {
            id: format!("c{i}"),
            text: text.to_string(),
            start: i * 100,
            end: i * 100 + text.len(),
            kinds: vec![ClaimKind::Factual],
            score: 0.25 + i as f64 / 1e3,
            signals: Vec::new(),
            anchor: Anchor {
                exact: text.to_string(),
                prefix: "\u{1b}[2J".to_string(),
                suffix: "\t\r\n".to_string(),
            },
            quantities: Vec::new(),
            speaker: None,
        })
    }

    fn stamp(n: i64) -> Stamp {
        let offset = FixedOffset::east_opt(7 * 3600).unwrap_or_else(|| unreachable!());
        let at: DateTime<FixedOffset> = offset
            .timestamp_opt(1_700_000_000 + n, 0)
            .single()
            .unwrap_or_else(|| unreachable!());
        Stamp {
            reviewer: format!("reviewer {}", n % 3),
            at,
        }
    }

    fn assert_identical(cache: &JsonCache, file: &ReviewFile) {
        let expected = store::to_json(file);
        let got = cache.to_bytes();
        assert_eq!(
            String::from_utf8_lossy(&got),
            expected,
            "cache differs from to_json"
        );
        assert_eq!(cache.len(), expected.len());
        let mut written = Vec::new();
        cache
            .write_to(&mut written)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(written, expected.as_bytes());
        let mut reader = expected.as_bytes();
        assert!(cache.matches_reader(&mut reader).unwrap_or(false));
    }

    #[test]
    fn empty_and_one_claim_files_match_to_json() {
        for texts in [vec![], vec!["Satu.".to_string()]] {
            for title in [None, Some("Judul\u{202e}".to_string())] {
                let file = file_with(&texts, title);
                let cache = JsonCache::new(&file).unwrap_or_else(|e| panic!("{e}"));
                assert_identical(&cache, &file);
            }
        }
    }

    #[test]
    fn a_changed_claim_that_was_not_reported_is_caught_by_verify() {
        let mut file = file_with(&["a".to_string(), "b".to_string()], None);
        let mut cache = JsonCache::new(&file).unwrap_or_else(|e| panic!("{e}"));
        file.claims[1].set_verdict(Some(Verdict::Verified), &stamp(1));
        let _ = cache.update(&file, &Changes::new());
        assert!(!cache.verify(&file));
        let mut changes = Changes::new();
        changes.claim(1);
        let _ = cache.update(&file, &changes);
        assert!(cache.verify(&file));
    }

    #[test]
    fn revert_restores_the_bytes_of_the_previous_update() {
        let mut file = file_with(&["a".to_string(), "b".to_string()], None);
        let mut cache = JsonCache::new(&file).unwrap_or_else(|e| panic!("{e}"));
        let before = cache.to_bytes();
        file.claims[0].set_note("catatan", &stamp(2));
        let mut changes = Changes::new();
        changes.claim(0);
        let revert = cache
            .update(&file, &changes)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(cache.to_bytes(), before);
        cache.revert(revert);
        assert_eq!(cache.to_bytes(), before);
        file.claims.push(claim(9, "baru"));
        let revert = cache
            .update(&file, &Changes::everything())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_identical(&cache, &file);
        cache.revert(revert);
        assert_eq!(cache.to_bytes(), before);
    }

    #[test]
    fn a_non_finite_number_is_refused_and_leaves_the_cache_alone() {
        let mut file = file_with(&["a".to_string()], None);
        let mut cache = JsonCache::new(&file).unwrap_or_else(|e| panic!("{e}"));
        let before = cache.clone();
        file.claims[0].score = f64::NAN;
        let mut changes = Changes::new();
        changes.claim(0);
        match cache.update(&file, &changes) {
            Err(CacheError::NonFiniteNumber { field, .. }) => assert_eq!(field, "score"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(cache, before);
        assert!(JsonCache::new(&file).is_err());
    }

    #[test]
    fn save_writes_the_bytes_and_matches_file_compares_them() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("r.json");
        let mut file = file_with(&["a".to_string(), "b".to_string()], None);
        let mut cache = JsonCache::new(&file).unwrap_or_else(|e| panic!("{e}"));
        cache.save(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap_or_default(),
            store::to_json(&file)
        );
        assert!(cache.matches_file(&path).unwrap_or(false));
        assert_eq!(store::load(&path).unwrap_or_else(|e| panic!("{e}")), file);
        // Same length, one byte different: not a match.
        file.claims[0].id = "c9".to_string();
        let mut changes = Changes::new();
        changes.claim(0);
        let _ = cache.update(&file, &changes);
        assert!(!cache.matches_file(&path).unwrap_or(true));
        cache.save(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(cache.matches_file(&path).unwrap_or(false));
        assert!(path.with_file_name("r.json.bak").exists(), "backup kept");
    }

    #[test]
    fn changes_merge_and_structural_changes_absorb_claims() {
        let mut a = Changes::new();
        assert!(a.is_empty());
        a.claim(3);
        a.claim(1);
        a.claim(3);
        assert_eq!(a.claims().collect::<Vec<_>>(), [1, 3]);
        let mut b = Changes::new();
        b.claim(2);
        a.extend(&b);
        assert_eq!(a.claims().collect::<Vec<_>>(), [1, 2, 3]);
        a.extend(&Changes::everything());
        assert!(a.is_everything());
        assert_eq!(a.claims().count(), 0);
        a.claim(5);
        assert!(a.is_everything());
        a.clear();
        assert!(a.is_empty());
    }

    /// One reviewer edit on claim `index % len`.
    #[derive(Debug, Clone)]
    enum Edit {
        Verdict(usize, Option<u8>),
        Note(usize, String),
        Source(usize, String, Option<String>),
        RemoveSource(usize),
        Summary(usize, String),
        Reword(usize, String),
        Dismiss(usize),
        Restore(usize),
        Add(String),
        Remove(usize),
        Title(Option<String>),
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::collection::vec(any::<char>(), 0..10).prop_map(String::from_iter),
            "[a-z \"\\\\\n\t]{0,12}",
        ]
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            4 => (any::<usize>(), prop::option::of(0u8..3)).prop_map(|(i, v)| Edit::Verdict(i, v)),
            2 => (any::<usize>(), any_text()).prop_map(|(i, t)| Edit::Note(i, t)),
            1 => (any::<usize>(), any_text(), prop::option::of(any_text()))
                .prop_map(|(i, r, d)| Edit::Source(i, r, d)),
            1 => any::<usize>().prop_map(Edit::RemoveSource),
            1 => (any::<usize>(), any_text()).prop_map(|(i, t)| Edit::Summary(i, t)),
            1 => (any::<usize>(), any_text()).prop_map(|(i, t)| Edit::Reword(i, t)),
            1 => any::<usize>().prop_map(Edit::Dismiss),
            1 => any::<usize>().prop_map(Edit::Restore),
            1 => any_text().prop_map(Edit::Add),
            1 => any::<usize>().prop_map(Edit::Remove),
            1 => prop::option::of(any_text()).prop_map(Edit::Title),
        ]
    }

    /// Applies `edit`, recording what it changed the way the interface
    /// does.
    fn apply(file: &mut ReviewFile, edit: &Edit, n: i64, changes: &mut Changes) {
        let s = stamp(n);
        let len = file.claims.len();
        let pick = |i: &usize| if len == 0 { None } else { Some(i % len) };
        match edit {
            Edit::Verdict(i, v) => {
                if let Some(i) = pick(i) {
                    let verdict = v.and_then(|v| Verdict::ALL.get(usize::from(v)).copied());
                    file.claims[i].set_verdict(verdict, &s);
                    changes.claim(i);
                }
            }
            Edit::Note(i, text) => {
                if let Some(i) = pick(i) {
                    file.claims[i].set_note(text, &s);
                    changes.claim(i);
                }
            }
            Edit::Source(i, reference, description) => {
                if let Some(i) = pick(i) {
                    let source = Source {
                        reference: reference.clone(),
                        archived: None,
                        description: description.clone(),
                    };
                    let _ = file.claims[i].add_source(source, &s);
                    changes.claim(i);
                }
            }
            Edit::RemoveSource(i) => {
                if let Some(i) = pick(i) {
                    let _ = file.claims[i].remove_source(0, &s);
                    changes.claim(i);
                }
            }
            Edit::Summary(i, text) => {
                if let Some(i) = pick(i) {
                    let _ = file.claims[i].set_summary(text, &s);
                    changes.claim(i);
                }
            }
            Edit::Reword(i, text) => {
                if let Some(i) = pick(i) {
                    file.claims[i].set_rewording(text, &s);
                    changes.claim(i);
                }
            }
            Edit::Dismiss(i) => {
                if let Some(i) = pick(i) {
                    file.claims[i].dismiss(&s);
                    changes.claim(i);
                }
            }
            Edit::Restore(i) => {
                if let Some(i) = pick(i) {
                    file.claims[i].restore(&s);
                    changes.claim(i);
                }
            }
            Edit::Add(text) => {
                let at = (n as usize) % (len + 1);
                file.claims.insert(at, claim(1000 + n as usize, text));
                changes.set_everything();
            }
            Edit::Remove(i) => {
                if let Some(i) = pick(i) {
                    file.claims.remove(i);
                    changes.set_everything();
                }
            }
            Edit::Title(title) => {
                // The head is serialized on every update, reported or not.
                file.article.title.clone_from(title);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// After any sequence of edits, the cache updated after every few
        /// of them, the cache's bytes equal `to_json` byte for byte.
        #[test]
        fn cached_json_equals_to_json_after_any_edits(
            texts in prop::collection::vec(any_text(), 0..6),
            edits in prop::collection::vec(edit(), 0..40),
            every in 1usize..5,
        ) {
            let mut file = file_with(&texts, None);
            let mut cache = JsonCache::new(&file).map_err(|e| TestCaseError::fail(e.to_string()))?;
            assert_identical(&cache, &file);
            let mut changes = Changes::new();
            for (n, edit) in edits.iter().enumerate() {
                apply(&mut file, edit, n as i64, &mut changes);
                if (n + 1) % every == 0 || n + 1 == edits.len() {
                    let _ = cache.update(&file, &changes).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    changes.clear();
                    assert_identical(&cache, &file);
                    prop_assert!(cache.verify(&file));
                    prop_assert_eq!(cache.claim_count(), file.claims.len());
                }
            }
        }
    }
}
