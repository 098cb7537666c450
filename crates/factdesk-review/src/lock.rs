//! One writer per review file.
//!
//! Reviewers share machines over SSH; two factdesk sessions saving the same
//! review file would silently drop each other's work. A writer therefore
//! holds `<review file name>.lock` beside the file, a small JSON document
//! saying who holds it ([`LockInfo`]), so a second session can tell its
//! user who is working (reviewer, pid, host, since when) and offer
//! read-only or waiting ([`acquire_wait`]).
//!
//! # Guarantees
//!
//! - Creation is atomic and the lock is never seen half written: the
//!   content is written to a temporary file that is then hard-linked to the
//!   lock name, which fails if the name exists. (On filesystems without hard
//!   links, `create_new` plus a write is used instead.)
//! - A lock whose process is gone (same host, `kill(pid, 0)` reports
//!   `ESRCH`) is stale and taken over. Takeovers are serialized with
//!   `flock` on the stale lock file and re-checked under it, so two
//!   sessions racing for the same stale lock cannot both win.
//! - A lock from another host cannot be checked and is reported as held;
//!   [`break_lock`] lets a user who knows better remove it.
//! - An unreadable lock file younger than [`CORRUPT_LOCK_GRACE`] is
//!   reported ([`LockError::Corrupt`]); an older one is taken over.
//! - [`LockGuard`] removes the lock on drop, but only while the file still
//!   holds its own information.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::MetadataExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, FixedOffset, Local};
use serde::{Deserialize, Serialize};

/// How old an unreadable lock file must be before it is treated as stale.
/// Younger ones may be in the middle of being written by a session using
/// the `create_new` fallback.
pub const CORRUPT_LOCK_GRACE: Duration = Duration::from_secs(10);

/// Who holds a lock: what the second session shows its user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    /// The reviewer working on the file.
    pub reviewer: String,
    /// Their process id on `host`.
    pub pid: u32,
    /// The machine the process runs on.
    pub host: String,
    /// When they took the lock.
    pub since: DateTime<FixedOffset>,
}

/// Why a lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another live process holds the lock.
    #[error(
        "{} is open for writing by {} (pid {} on {}) since {}; open it read-only or wait",
        .path.display(), .info.reviewer, .info.pid, .info.host,
        .info.since.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    )]
    Held {
        /// The lock file.
        path: PathBuf,
        /// Who holds it.
        info: LockInfo,
    },
    /// The lock file exists but cannot be understood and is recent.
    #[error(
        "lock file {} cannot be read ({reason}); if no factdesk is working on this review, delete it",
        .path.display()
    )]
    Corrupt {
        /// The lock file.
        path: PathBuf,
        /// What was wrong with it.
        reason: String,
    },
    /// The lock file could not be created, read or removed.
    #[error("cannot lock {}: {source}", .path.display())]
    Io {
        /// The lock file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// Waiting for the lock took longer than allowed.
    #[error(
        "gave up waiting for {} after {waited:?}: still held by {} (pid {} on {})",
        .path.display(), .info.reviewer, .info.pid, .info.host
    )]
    Timeout {
        /// The lock file.
        path: PathBuf,
        /// Who still holds it.
        info: LockInfo,
        /// How long we waited.
        waited: Duration,
    },
}

impl LockError {
    /// Who holds the lock, when that is the reason.
    pub fn holder(&self) -> Option<&LockInfo> {
        match self {
            LockError::Held { info, .. } | LockError::Timeout { info, .. } => Some(info),
            _ => None,
        }
    }
}

/// Proof that this process is the one writer of a review file. Dropping it
/// releases the lock.
#[derive(Debug)]
pub struct LockGuard {
    path: PathBuf,
    info: LockInfo,
    released: bool,
}

impl LockGuard {
    /// The information written to the lock file.
    pub fn info(&self) -> &LockInfo {
        &self.info
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the lock file on disk still names this guard (someone may
    /// have broken the lock with [`break_lock`]).
    pub fn still_held(&self) -> bool {
        matches!(read_lock_file(&self.path), Ok(Some(info)) if info == self.info)
    }

    /// Releases the lock now, reporting failures that `drop` would swallow.
    pub fn release(mut self) -> Result<(), LockError> {
        self.released = true;
        remove_if_ours(&self.path, &self.info)
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        if !self.released {
            // Nothing useful can be done about a failure while dropping; the
            // worst case is a lock left behind, which the next session sees
            // as stale because our pid is gone.
            let _ = remove_if_ours(&self.path, &self.info);
        }
    }
}

/// The lock file for a review file: its name plus `.lock`, beside it.
pub fn lock_path(review_path: &Path) -> PathBuf {
    let mut name = review_path
        .file_name()
        .map(OsString::from)
        .unwrap_or_default();
    name.push(".lock");
    review_path.with_file_name(name)
}

/// Who holds the lock on a review file, if anyone (an unreadable lock file
/// counts as no information).
pub fn read_lock(review_path: &Path) -> Option<LockInfo> {
    read_lock_file(&lock_path(review_path)).ok().flatten()
}

/// Takes the lock on a review file for `reviewer`, taking over a stale one.
pub fn acquire(review_path: &Path, reviewer: &str) -> Result<LockGuard, LockError> {
    let path = lock_path(review_path);
    let info = LockInfo {
        reviewer: reviewer.to_string(),
        pid: std::process::id(),
        host: hostname(),
        since: Local::now().fixed_offset(),
    };
    // A few rounds: each failed creation is followed by a check of the
    // existing lock, which either reports it or removes a stale one.
    for _ in 0..8 {
        match create_lock(&path, &info) {
            Ok(()) => {
                return Ok(LockGuard {
                    path,
                    info,
                    released: false,
                });
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
            Err(source) => return Err(LockError::Io { path, source }),
        }
        match try_take_over(&path)? {
            Takeover::Removed | Takeover::Vanished => continue,
            Takeover::Live(holder) => return Err(LockError::Held { path, info: holder }),
        }
    }
    // Someone keeps recreating the lock between our attempts.
    match read_lock_file(&path) {
        Ok(Some(holder)) => Err(LockError::Held { path, info: holder }),
        _ => Err(LockError::Io {
            path,
            source: io::Error::other("the lock file kept changing; try again"),
        }),
    }
}

/// Like [`acquire`], but while the lock is held by someone else, polls every
/// `poll` until `timeout` has passed.
pub fn acquire_wait(
    review_path: &Path,
    reviewer: &str,
    timeout: Duration,
    poll: Duration,
) -> Result<LockGuard, LockError> {
    let started = Instant::now();
    loop {
        match acquire(review_path, reviewer) {
            Err(LockError::Held { path, info }) => {
                let waited = started.elapsed();
                if waited >= timeout {
                    return Err(LockError::Timeout { path, info, waited });
                }
                thread::sleep(poll.min(timeout - waited));
            }
            other => return other,
        }
    }
}

/// Removes a lock the user decided to override (for example one left by a
/// crashed session on another host), but only if it still holds `expected`,
/// so a lock someone took meanwhile is not broken by mistake. Returns
/// whether a lock was removed.
pub fn break_lock(review_path: &Path, expected: &LockInfo) -> Result<bool, LockError> {
    let path = lock_path(review_path);
    match read_lock_file(&path) {
        Ok(Some(info)) if &info == expected => {
            remove_if_ours(&path, expected)?;
            Ok(true)
        }
        Ok(_) => Ok(false),
        Err(source) => Err(LockError::Io { path, source }),
    }
}

/// This machine's host name, or `localhost` when it cannot be read.
pub fn hostname() -> String {
    let mut buffer = [0u8; 256];
    // SAFETY: the pointer and length describe `buffer`, which outlives the
    // call; gethostname writes at most `len` bytes.
    let result = unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) };
    if result != 0 {
        return "localhost".to_string();
    }
    let end = buffer.iter().position(|&b| b == 0).unwrap_or(buffer.len());
    let name = String::from_utf8_lossy(buffer.get(..end).unwrap_or_default()).into_owned();
    if name.is_empty() {
        "localhost".to_string()
    } else {
        name
    }
}

/// Whether a process with this pid exists on this machine. A process we may
/// not signal (`EPERM`) exists; only `ESRCH` means it is gone.
pub fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // SAFETY: signal 0 performs only the existence and permission checks.
    let result = unsafe { libc::kill(pid, 0) };
    if result == 0 {
        return true;
    }
    io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

enum Takeover {
    /// The stale lock was removed; try creating ours again.
    Removed,
    /// The lock disappeared meanwhile; try again.
    Vanished,
    /// The lock belongs to a live process (or one we cannot check).
    Live(LockInfo),
}

fn is_stale(info: &LockInfo) -> bool {
    info.host == hostname() && !process_alive(info.pid)
}

/// Examines an existing lock and removes it when stale, under `flock` so
/// concurrent takeovers of one stale lock are decided one at a time.
fn try_take_over(path: &Path) -> Result<Takeover, LockError> {
    let io_error = |source| LockError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Takeover::Vanished),
        Err(error) => return Err(io_error(error)),
    };
    flock_exclusive(&file).map_err(io_error)?;
    // Under the flock: is the name still this file (no one replaced it)?
    let opened = file.metadata().map_err(io_error)?;
    match fs::metadata(path) {
        Ok(current) if current.dev() == opened.dev() && current.ino() == opened.ino() => {}
        Ok(_) => return Ok(Takeover::Vanished),
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Takeover::Vanished),
        Err(error) => return Err(io_error(error)),
    }
    let mut text = String::new();
    let parsed = file
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())
        .and_then(|_| serde_json::from_str::<LockInfo>(&text).map_err(|e| e.to_string()));
    match parsed {
        Ok(info) if !is_stale(&info) => return Ok(Takeover::Live(info)),
        Ok(_) => {}
        Err(reason) => {
            let age = opened
                .modified()
                .ok()
                .and_then(|modified| SystemTime::now().duration_since(modified).ok())
                .unwrap_or_default();
            if age < CORRUPT_LOCK_GRACE {
                return Err(LockError::Corrupt {
                    path: path.to_path_buf(),
                    reason,
                });
            }
        }
    }
    match fs::remove_file(path) {
        Ok(()) => {}
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(io_error(error)),
    }
    // The flock goes with `file`, after the name is gone: a racer that
    // waited on it finds the name no longer matches and starts over.
    drop(file);
    Ok(Takeover::Removed)
}

fn flock_exclusive(file: &File) -> io::Result<()> {
    loop {
        // SAFETY: the descriptor is valid for the lifetime of `file`.
        let result = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
        if result == 0 {
            return Ok(());
        }
        let error = io::Error::last_os_error();
        if error.kind() != io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

/// Creates the lock file holding `info`, failing with `AlreadyExists` when
/// it exists.
fn create_lock(path: &Path, info: &LockInfo) -> io::Result<()> {
    let json = serde_json::to_vec_pretty(info).map_err(io::Error::other)?;
    let mut temp_name = path.file_name().map(OsString::from).unwrap_or_default();
    temp_name.push(format!(".{}.{}.tmp", info.pid, unique_suffix()));
    let temp = path.with_file_name(temp_name);
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(&json)?;
        file.sync_all()
    })();
    let linked = written.and_then(|()| fs::hard_link(&temp, path));
    let _ = fs::remove_file(&temp);
    match linked {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(error),
        // No hard links here (some network or FAT filesystems): fall back
        // to create_new and write; readers give a young unreadable lock a
        // grace period.
        Err(_) => {
            let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
            file.write_all(&json)?;
            file.sync_all()
        }
    }
}

fn unique_suffix() -> u128 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default()
}

fn read_lock_file(path: &Path) -> io::Result<Option<LockInfo>> {
    match fs::read(path) {
        Ok(bytes) => Ok(serde_json::from_slice(&bytes).ok()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

fn remove_if_ours(path: &Path, info: &LockInfo) -> Result<(), LockError> {
    match read_lock_file(path) {
        Ok(Some(current)) if &current == info => match fs::remove_file(path) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(LockError::Io {
                path: path.to_path_buf(),
                source,
            }),
        },
        Ok(_) => Ok(()),
        Err(source) => Err(LockError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_path_appends_to_the_file_name() {
        assert_eq!(
            lock_path(Path::new("/tmp/x/article.review.json")),
            PathBuf::from("/tmp/x/article.review.json.lock")
        );
    }

    #[test]
    fn our_own_process_is_alive_and_pid_zero_is_not_checked() {
        assert!(process_alive(std::process::id()));
        assert!(!process_alive(0));
        assert!(!process_alive(u32::MAX));
    }

    #[test]
    fn hostname_is_not_empty() {
        assert!(!hostname().is_empty());
    }
}
