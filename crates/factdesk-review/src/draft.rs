//! Unsaved text kept across a dropped connection.
//!
//! Every acknowledged change is saved at once, but a note still being typed
//! is not yet a change. When the SSH link drops (SIGHUP) or the session is
//! told to stop, the interface saves what was typed as a draft beside the
//! review file, `<review file name>.draft.json`, and offers it back on the
//! next start. One draft per review file: only one text is typed at a time.
//!
//! [`save_draft`] uses plain std I/O and takes no lock, so it can run on the
//! path that handles a signal (a signal-hook thread, or the main loop after
//! a flag was set). It allocates, so it must not run inside a raw
//! async-signal handler.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

static SAVE_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Which text of a claim the draft belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftField {
    /// The reviewer's note.
    Note,
    /// The short summary reports use.
    Summary,
    /// A rewording of the claim.
    Rewording,
}

/// Text a reviewer was typing when the session ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The claim being edited.
    pub claim_id: String,
    /// Which of its texts.
    pub field: DraftField,
    /// What had been typed.
    pub text: String,
    /// Who was typing.
    pub reviewer: String,
    /// When the draft was saved.
    pub at: DateTime<FixedOffset>,
}

/// Why a draft file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// The draft file exists but cannot be read.
    #[error("cannot read the draft {}: {source}", .path.display())]
    Read {
        /// The draft file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// The draft file is not a draft (damaged, or written by something else).
    #[error(
        "the draft {} is damaged ({source}); open it to copy the text out, then delete it",
        .path.display()
    )]
    Corrupt {
        /// The draft file.
        path: PathBuf,
        /// What the parser found.
        #[source]
        source: serde_json::Error,
    },
}

/// The draft file for a review file: its name plus `.draft.json`, beside it.
pub fn draft_path(review_path: &Path) -> PathBuf {
    let mut name = review_path
        .file_name()
        .map(OsString::from)
        .unwrap_or_default();
    name.push(".draft.json");
    review_path.with_file_name(name)
}

/// Saves a draft atomically: written to a temporary file in the same folder,
/// flushed to disk, then renamed over the draft, so a crash leaves either
/// the old draft or the new one, never half of one.
pub fn save_draft(review_path: &Path, draft: &Draft) -> io::Result<()> {
    let path = draft_path(review_path);
    let json = serde_json::to_vec_pretty(draft).map_err(io::Error::other)?;
    let mut temp_name = path.file_name().map(OsString::from).unwrap_or_default();
    // Unique per process and per call, so two threads saving at once (the
    // main loop and a signal-handling thread) never share a temporary file.
    let call = SAVE_COUNTER.fetch_add(1, Ordering::Relaxed);
    temp_name.push(format!(".{}.{call}.tmp", std::process::id()));
    let temp = path.with_file_name(temp_name);
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        file.write_all(&json)?;
        file.sync_all()?;
        fs::rename(&temp, &path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written?;
    // Make the rename itself durable; a folder that cannot be opened or
    // synced (some filesystems) does not undo the save.
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(folder) = File::open(folder)
    {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// The draft saved for a review file: `Ok(None)` when there is none.
pub fn load_draft(review_path: &Path) -> Result<Option<Draft>, DraftError> {
    let path = draft_path(review_path);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(DraftError::Read { path, source }),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|source| DraftError::Corrupt { path, source })
}

/// Deletes the draft once it was used or declined; no draft is no error.
pub fn clear_draft(review_path: &Path) -> io::Result<()> {
    match fs::remove_file(draft_path(review_path)) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_path_appends_to_the_file_name() {
        assert_eq!(
            draft_path(Path::new("reviews/a.json")),
            PathBuf::from("reviews/a.json.draft.json")
        );
    }

    #[test]
    fn field_names_are_snake_case_in_json() {
        let json = serde_json::to_string(&DraftField::Rewording).ok();
        assert_eq!(json.as_deref(), Some("\"rewording\""));
    }
}
