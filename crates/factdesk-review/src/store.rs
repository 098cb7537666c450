//! Reading and writing review files and articles, refusing bad input with
//! one-line errors and never leaving a half-written file behind.
//!
//! Every error names the file, what is wrong and what to do, and maps to a
//! process exit code through `exit_code()` (see [`exit`]), so the CLI and the
//! interface report the same thing the same way.
//!
//! Saving is atomic and crash-safe: the new JSON goes to a temporary file in
//! the same folder, is fsynced, the current file is kept as `<file>.bak`, the
//! temporary file is renamed over the target and the folder is fsynced. A
//! crash at any moment leaves either the old or the new file, never a mix.
//!
//! The JSON is streamed into the temporary file ([`write_json`]) rather than
//! built in memory first: a 100,000-claim review is ~180 MB of JSON, which
//! would otherwise sit in memory beside the review itself. A batch of many
//! files saves with [`save_with`] and a [`FolderSync`], which fsyncs each
//! folder once at the end instead of once per file.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::model::{ReviewFile, SCHEMA_VERSION};

/// Process exit codes shared by every factdesk command.
///
/// | code | meaning |
/// |---|---|
/// | 0 | success |
/// | 2 | usage: bad command-line arguments |
/// | 3 | an input file is missing, a directory, or unreadable |
/// | 4 | an input file was read but its content is invalid |
/// | 5 | saving failed; the previous file is untouched |
pub mod exit {
    /// Bad command-line arguments.
    pub const USAGE: i32 = 2;
    /// An input file is missing, is a directory, or cannot be read.
    pub const INPUT_UNREADABLE: i32 = 3;
    /// An input file was read but its content is invalid.
    pub const INVALID_INPUT: i32 = 4;
    /// A save failed; the previous version of the file is untouched.
    pub const SAVE_FAILED: i32 = 5;
}

/// Why a review file could not be loaded or saved.
///
/// Messages are one line, name the file, and say what to do. Text taken from
/// the file (ids, parser messages) is escaped so it cannot carry terminal
/// control sequences or line breaks into the message.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The review file does not exist.
    #[error(
        "review file {} does not exist; check the path, or create it with `factdesk extract ARTICLE`",
        shown_path(path)
    )]
    NotFound {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The path is a directory.
    #[error(
        "{} is a directory, not a review file; give the path of a review .json file",
        shown_path(path)
    )]
    IsDirectory {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The file exists but this user may not read it.
    #[error(
        "cannot read review file {}: permission denied; check the file's permissions",
        shown_path(path)
    )]
    PermissionDenied {
        /// The file.
        path: PathBuf,
    },
    /// Any other I/O error while reading.
    #[error(
        "cannot read review file {}: {source}; check the file and try again",
        shown_path(path)
    )]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The file is not valid JSON (or not UTF-8). The file was not changed.
    #[error(
        "review file {} is not valid JSON at line {line}, column {column}: {}; fix it by hand, or restore the backup {}.bak if there is one (the file was not changed)",
        shown_path(path),
        shown(message),
        shown_path(path)
    )]
    Malformed {
        /// The file.
        path: PathBuf,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column (in bytes) of the error.
        column: usize,
        /// The parser's description.
        message: String,
    },
    /// Valid JSON, but not shaped like a review file.
    #[error(
        "{} is JSON but not a factdesk review file: {}; give a file written by `factdesk extract`",
        shown_path(path),
        shown(detail)
    )]
    NotAReviewFile {
        /// The file.
        path: PathBuf,
        /// What is missing or wrong, with its place in the document.
        detail: String,
    },
    /// The file was written in a format version this build does not read.
    #[error(
        "review file {} has schema_version {}, but this factdesk reads only schema_version {supported}; open it with a factdesk release that supports version {}",
        shown_path(path),
        shown(found),
        shown(found)
    )]
    UnsupportedVersion {
        /// The file.
        path: PathBuf,
        /// The version found, as written in the file.
        found: String,
        /// The version this build reads ([`SCHEMA_VERSION`]).
        supported: u32,
    },
    /// Two claims share an id, so verdicts could be applied to the wrong one.
    #[error(
        "review file {} has two claims with id {} (claims #{first} and #{second}, counting from 1); give one of them a new id or delete it",
        shown_path(path),
        shown(id)
    )]
    DuplicateId {
        /// The file.
        path: PathBuf,
        /// The repeated id.
        id: String,
        /// 1-based position of the first claim with it.
        first: usize,
        /// 1-based position of the second.
        second: usize,
    },
    /// A claim ends before it starts.
    #[error(
        "review file {}: claim {} starts at byte {start} but ends at byte {end}; fix its offsets or delete it and re-extract",
        shown_path(path),
        shown(id)
    )]
    BadSpan {
        /// The file.
        path: PathBuf,
        /// The claim's id.
        id: String,
        /// Its start offset.
        start: usize,
        /// Its end offset.
        end: usize,
    },
    /// A number in the file cannot be written as JSON (NaN or infinite), so
    /// saving would produce a file that does not load back.
    #[error(
        "refusing to save review file {}: claim {} has a non-finite {field}; fix the value (the previous file is untouched)",
        shown_path(path),
        shown(id)
    )]
    NonFiniteNumber {
        /// The file.
        path: PathBuf,
        /// The claim holding the value.
        id: String,
        /// Which field.
        field: &'static str,
    },
    /// Saving failed at some step; the previous file is untouched.
    #[error(
        "could not save review file {}: {step} failed: {source}; the previous version is untouched: free disk space or fix the folder's permissions, or save to another path",
        shown_path(path)
    )]
    Save {
        /// The file being saved.
        path: PathBuf,
        /// The step that failed (create the temporary file, write, fsync …).
        step: String,
        /// The underlying error.
        source: io::Error,
    },
}

impl StoreError {
    /// The process exit code for this error (see [`exit`]): 3 when the file
    /// cannot be read, 4 when its content is invalid, 5 when a save failed.
    pub fn exit_code(&self) -> i32 {
        match self {
            StoreError::NotFound { .. }
            | StoreError::IsDirectory { .. }
            | StoreError::PermissionDenied { .. }
            | StoreError::Read { .. } => exit::INPUT_UNREADABLE,
            StoreError::Malformed { .. }
            | StoreError::NotAReviewFile { .. }
            | StoreError::UnsupportedVersion { .. }
            | StoreError::DuplicateId { .. }
            | StoreError::BadSpan { .. } => exit::INVALID_INPUT,
            StoreError::NonFiniteNumber { .. } | StoreError::Save { .. } => exit::SAVE_FAILED,
        }
    }
}

/// Why an article could not be read as text.
///
/// Messages are one line, name the file and say what to do.
#[derive(Debug, Error)]
pub enum ArticleError {
    /// The article does not exist.
    #[error("article {} does not exist; check the path", shown_path(path))]
    NotFound {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The path is a directory.
    #[error(
        "{} is a directory, not an article; give the path of a text file",
        shown_path(path)
    )]
    IsDirectory {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The file exists but this user may not read it.
    #[error(
        "cannot read article {}: permission denied; check the file's permissions",
        shown_path(path)
    )]
    PermissionDenied {
        /// The file.
        path: PathBuf,
    },
    /// Any other I/O error while reading.
    #[error(
        "cannot read article {}: {source}; check the file and try again",
        shown_path(path)
    )]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The file has no bytes at all.
    #[error(
        "article {} is empty (0 bytes); give a file with the article's text",
        shown_path(path)
    )]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is UTF-16 (it starts with a UTF-16 byte-order mark).
    #[error(
        "article {} is UTF-16 text; convert it to UTF-8 first (for example `iconv -f UTF-16 -t UTF-8`)",
        shown_path(path)
    )]
    Utf16 {
        /// The file.
        path: PathBuf,
    },
    /// The file is not valid UTF-8.
    #[error(
        "article {} is not valid UTF-8 at byte offset {offset} (line {line}); convert it to UTF-8 first (for example `iconv -f LATIN1 -t UTF-8`)",
        shown_path(path)
    )]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line holding it.
        line: usize,
    },
    /// The file looks like binary data, not text.
    #[error(
        "article {} looks like a binary file, not text ({reason}); give a plain-text article",
        shown_path(path)
    )]
    Binary {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
}

impl ArticleError {
    /// The process exit code for this error (see [`exit`]): 3 when the file
    /// cannot be read, 4 when it is not usable text.
    pub fn exit_code(&self) -> i32 {
        match self {
            ArticleError::NotFound { .. }
            | ArticleError::IsDirectory { .. }
            | ArticleError::PermissionDenied { .. }
            | ArticleError::Read { .. } => exit::INPUT_UNREADABLE,
            ArticleError::Empty { .. }
            | ArticleError::Utf16 { .. }
            | ArticleError::InvalidUtf8 { .. }
            | ArticleError::Binary { .. } => exit::INVALID_INPUT,
        }
    }
}

/// Escapes characters that must not reach a terminal or break a one-line
/// message: controls (C0, DEL, C1, including newlines), bidi overrides and
/// isolates, and zero-width characters.
fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let hostile = ch.is_control()
            || matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || matches!(
                ch,
                '\u{200B}'..='\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}'
            );
        if hostile {
            // Writing to a String cannot fail.
            let _ = write!(out, "\\u{{{:x}}}", u32::from(ch));
        } else {
            out.push(ch);
        }
    }
    out
}

fn shown_path(path: &Path) -> String {
    shown(&path.display().to_string())
}

/// What kind of failure an `io::Error` from opening a file is.
enum OpenFailure {
    NotFound,
    IsDirectory,
    PermissionDenied,
    Other(io::Error),
}

/// Reads a whole file, classifying the usual failures so both loaders give
/// the same precise messages.
fn read_bytes(path: &Path) -> Result<Vec<u8>, OpenFailure> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => return Err(OpenFailure::IsDirectory),
        Ok(_) => {}
        Err(err) => return Err(classify(err)),
    }
    fs::read(path).map_err(classify)
}

fn classify(err: io::Error) -> OpenFailure {
    match err.kind() {
        io::ErrorKind::NotFound => OpenFailure::NotFound,
        io::ErrorKind::IsADirectory => OpenFailure::IsDirectory,
        io::ErrorKind::PermissionDenied => OpenFailure::PermissionDenied,
        _ => OpenFailure::Other(err),
    }
}

/// 1-based line and column (in bytes) of a byte offset.
fn line_and_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |pos| pos + 1);
    (line, offset - line_start + 1)
}

/// Loads and validates a review file.
///
/// Refuses (never repairs) anything it cannot trust: malformed JSON (with
/// line and column), JSON that is not a review file, another
/// `schema_version`, duplicate claim ids, claims that end before they start.
/// A UTF-8 byte-order mark at the start is skipped. The file is only read.
///
/// Offsets are checked against the article separately, with
/// [`validate_against_article`], because the article may have moved on.
pub fn load(path: &Path) -> Result<ReviewFile, StoreError> {
    parse(path, &read_review_bytes(path)?)
}

/// Reads the bytes of a review file, with [`load`]'s errors, for callers
/// that parse them with [`parse`] and also need them (a fingerprint of
/// exactly what was parsed, see `sync::Fingerprint::of_bytes`).
pub fn read_review_bytes(path: &Path) -> Result<Vec<u8>, StoreError> {
    read_bytes(path).map_err(|failure| match failure {
        OpenFailure::NotFound => StoreError::NotFound {
            path: path.to_path_buf(),
        },
        OpenFailure::IsDirectory => StoreError::IsDirectory {
            path: path.to_path_buf(),
        },
        OpenFailure::PermissionDenied => StoreError::PermissionDenied {
            path: path.to_path_buf(),
        },
        OpenFailure::Other(source) => StoreError::Read {
            path: path.to_path_buf(),
            source,
        },
    })
}

/// Parses the bytes of a review file; `path` is only used in errors.
///
/// This is [`load`] without the reading, for callers that already hold the
/// bytes (a file read once to compare with the copy in memory, stdin).
pub fn parse(path: &Path, bytes: &[u8]) -> Result<ReviewFile, StoreError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bom_len = bytes.len() - body.len();
    let text = std::str::from_utf8(body).map_err(|err| {
        let offset = err.valid_up_to() + bom_len;
        let (line, column) = line_and_column(bytes, offset);
        StoreError::Malformed {
            path: path.to_path_buf(),
            line,
            column,
            message: format!("invalid UTF-8 at byte offset {offset}"),
        }
    })?;

    // The plain parser is the fast path (tracking the path of every field
    // costs a third more on large files); a failure is parsed again with
    // path tracking so the message can name the field.
    let file: ReviewFile = match serde_json::from_str(text) {
        Ok(file) => file,
        Err(_) => {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            let file: ReviewFile = match serde_path_to_error::deserialize(&mut deserializer) {
                Ok(file) => file,
                Err(err) => return Err(diagnose(path, text, err)),
            };
            // Anything but whitespace after the document is a syntax error too.
            deserializer.end().map_err(|err| StoreError::Malformed {
                path: path.to_path_buf(),
                line: err.line(),
                column: err.column(),
                message: inner_message(&err),
            })?;
            file
        }
    };
    if file.schema_version != SCHEMA_VERSION {
        return Err(StoreError::UnsupportedVersion {
            path: path.to_path_buf(),
            found: file.schema_version.to_string(),
            supported: SCHEMA_VERSION,
        });
    }
    check_claims(path, &file)?;
    Ok(file)
}

/// Turns a failed typed parse into the most useful error: a syntax error,
/// a version we do not read, or a description of what is not review-file
/// shaped (with its path inside the document).
fn diagnose(
    path: &Path,
    text: &str,
    err: serde_path_to_error::Error<serde_json::Error>,
) -> StoreError {
    let inner = err.inner();
    if matches!(
        inner.classify(),
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof
    ) {
        return StoreError::Malformed {
            path: path.to_path_buf(),
            line: inner.line(),
            column: inner.column(),
            message: inner_message(inner),
        };
    }
    // Syntactically valid: look at the version before blaming the shape, so a
    // file from a newer factdesk is named as such.
    if let Ok(serde_json::Value::Object(top)) = serde_json::from_str::<serde_json::Value>(text) {
        match top.get("schema_version") {
            Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {
            }
            Some(found) if top.contains_key("claims") || top.contains_key("article") => {
                return StoreError::UnsupportedVersion {
                    path: path.to_path_buf(),
                    found: found.to_string(),
                    supported: SCHEMA_VERSION,
                };
            }
            _ => {}
        }
    }
    let place = err.path().to_string();
    let detail = if place == "." || place.is_empty() {
        inner_message(inner)
    } else {
        format!("at {place}: {}", inner_message(inner))
    };
    StoreError::NotAReviewFile {
        path: path.to_path_buf(),
        detail: format!(
            "{detail} (line {}, column {})",
            inner.line(),
            inner.column()
        ),
    }
}

/// serde_json's message without its trailing " at line L column C", which
/// the error already carries as fields.
fn inner_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    match full.rfind(" at line ") {
        Some(pos) => full.get(..pos).unwrap_or(&full).to_string(),
        None => full,
    }
}

/// Checks that hold within the file itself, whatever the article says.
fn check_claims(path: &Path, file: &ReviewFile) -> Result<(), StoreError> {
    let mut seen: std::collections::HashMap<&str, usize> =
        std::collections::HashMap::with_capacity(file.claims.len());
    for (index, claim) in file.claims.iter().enumerate() {
        if let Some(&first) = seen.get(claim.id.as_str()) {
            return Err(StoreError::DuplicateId {
                path: path.to_path_buf(),
                id: claim.id.clone(),
                first: first + 1,
                second: index + 1,
            });
        }
        seen.insert(claim.id.as_str(), index);
        if claim.start > claim.end {
            return Err(StoreError::BadSpan {
                path: path.to_path_buf(),
                id: claim.id.clone(),
                start: claim.start,
                end: claim.end,
            });
        }
    }
    Ok(())
}

/// Something about a claim that does not fit the article it is checked
/// against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The claim's id.
    pub claim_id: String,
    /// The claim's position in `ReviewFile::claims`.
    pub index: usize,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with a claim's place in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// `start..end` does not lie inside the article.
    OutOfBounds {
        /// The claim's start.
        start: usize,
        /// The claim's end.
        end: usize,
        /// The article's length in bytes.
        article_len: usize,
    },
    /// An offset falls inside a multi-byte character.
    NotCharBoundary {
        /// The offending offset.
        offset: usize,
    },
    /// `article[start..end]` is not the claim's `text`.
    TextMismatch,
    /// A quantity or speaker span inside the claim is outside the article,
    /// off a char boundary, or (for quantities) not equal to its text.
    BadInnerSpan {
        /// `quantity` or `speaker`.
        what: &'static str,
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let id = shown(&self.claim_id);
        match &self.kind {
            ProblemKind::OutOfBounds {
                start,
                end,
                article_len,
            } => write!(
                f,
                "claim {id}: bytes {start}..{end} lie outside the article ({article_len} bytes)"
            ),
            ProblemKind::NotCharBoundary { offset } => write!(
                f,
                "claim {id}: byte offset {offset} falls inside a multi-byte character"
            ),
            ProblemKind::TextMismatch => write!(
                f,
                "claim {id}: its text no longer matches the article at its offsets"
            ),
            ProblemKind::BadInnerSpan { what, start, end } => write!(
                f,
                "claim {id}: its {what} at bytes {start}..{end} does not fit the article"
            ),
        }
    }
}

/// Checks every claim's offsets and text against the article, so a caller
/// can re-anchor (see [`crate::build::reanchor`]) or refuse.
///
/// Orphaned claims are skipped: they are kept precisely because they no
/// longer have a place in the article. An empty result means every other
/// claim's `text` is exactly `article[start..end]`, and its quantities and
/// speaker spans are valid article slices.
pub fn validate_against_article(file: &ReviewFile, article: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (index, claim) in file.claims.iter().enumerate() {
        if claim.status == crate::model::ClaimStatus::Orphaned {
            continue;
        }
        let problem = |kind| Problem {
            claim_id: claim.id.clone(),
            index,
            kind,
        };
        let kind = match span_problem(article, claim.start, claim.end) {
            Some(kind) => Some(kind),
            None if article.get(claim.start..claim.end) != Some(claim.text.as_str()) => {
                Some(ProblemKind::TextMismatch)
            }
            None => None,
        };
        if let Some(kind) = kind {
            problems.push(problem(kind));
            continue;
        }
        for quantity in &claim.quantities {
            if article.get(quantity.start..quantity.end) != Some(quantity.text.as_str()) {
                problems.push(problem(ProblemKind::BadInnerSpan {
                    what: "quantity",
                    start: quantity.start,
                    end: quantity.end,
                }));
            }
        }
        if let Some(speaker) = &claim.speaker
            && article.get(speaker.start..speaker.end).is_none()
        {
            problems.push(problem(ProblemKind::BadInnerSpan {
                what: "speaker",
                start: speaker.start,
                end: speaker.end,
            }));
        }
    }
    problems
}

fn span_problem(article: &str, start: usize, end: usize) -> Option<ProblemKind> {
    if start > end || end > article.len() {
        return Some(ProblemKind::OutOfBounds {
            start,
            end,
            article_len: article.len(),
        });
    }
    [start, end]
        .into_iter()
        .find(|&offset| !article.is_char_boundary(offset))
        .map(|offset| ProblemKind::NotCharBoundary { offset })
}

/// The file as stable, pretty-printed JSON (2-space indent, fields in model
/// order, a trailing newline), so reviews diff well in git.
///
/// Non-finite numbers would be written as `null` and not load back; [`save`]
/// refuses them. [`write_json`] writes the same bytes to a stream without
/// holding them all in memory; prefer it for large files.
pub fn to_json(file: &ReviewFile) -> String {
    // Serializing these types cannot fail: every map key is a string and
    // every value is plain data. Fall back to an empty object rather than
    // panic should that ever change.
    let mut json = serde_json::to_string_pretty(file).unwrap_or_else(|_| String::from("{}"));
    json.push('\n');
    json
}

/// Writes exactly the bytes of [`to_json`] to `writer`, streaming: memory
/// stays flat whatever the size of the review, where `to_json` holds the
/// whole document (~180 MB for 100,000 claims) at once.
///
/// Give it a buffered writer (`BufWriter`): the serializer makes many small
/// writes. Errors are the writer's; serializing itself cannot fail for these
/// types (see [`to_json`]).
pub fn write_json<W: io::Write>(mut writer: W, file: &ReviewFile) -> io::Result<()> {
    // `to_string_pretty` is `to_writer_pretty` into a Vec: the same
    // formatter (two-space indent), so the bytes are the same.
    serde_json::to_writer_pretty(&mut writer, file).map_err(io::Error::from)?;
    writer.write_all(b"\n")
}

/// Finds a number JSON cannot represent, naming its claim and field.
fn first_non_finite(file: &ReviewFile) -> Option<(&str, &'static str)> {
    for claim in &file.claims {
        if !claim.score.is_finite() {
            return Some((&claim.id, "score"));
        }
        if claim.signals.iter().any(|s| !s.weight.is_finite()) {
            return Some((&claim.id, "signal weight"));
        }
        for quantity in &claim.quantities {
            let bounds = [quantity.value, quantity.low, quantity.high];
            if bounds.iter().flatten().any(|v| !v.is_finite()) {
                return Some((&claim.id, "quantity value"));
            }
        }
    }
    None
}

/// How [`save_with`] and [`write_atomic_with`] write a file.
///
/// Every save writes a temporary file in the same folder, fsyncs it and
/// renames it over the target, so a reader or a crash never sees a
/// half-written file; these options only decide the steps around that.
/// [`SaveOptions::default`] is what [`save`] does: keep a backup and fsync
/// the folder at once.
#[derive(Debug, Clone, Copy)]
pub struct SaveOptions<'a> {
    /// Keep the version being replaced as `<file>.bak` (replaced atomically,
    /// so once a backup exists one always does). A file that did not exist
    /// has nothing to keep and gets no backup either way. Off only for files
    /// that can be regenerated, where the extra links and rename are waste.
    pub backup: bool,
    /// Leave the folder's fsync (which makes the rename itself durable),
    /// the deletion of the replaced backup and the sweep of stale leftovers
    /// to this [`FolderSync`], which does them once per folder when the
    /// batch ends. `None`: do them now, as a single save must.
    ///
    /// Why: per file, the folder fsync and the sweep (a read of the whole
    /// folder on a background thread) cost more than the write itself, and
    /// in a folder of thousands of articles the sweeps alone grow with the
    /// square of the folder's size. Deferring them keeps every file whole
    /// (its data is fsynced before the rename); what a crash before the end
    /// of the batch can lose is only the renames not yet made durable, which
    /// leaves the previous version (or no file) in place, never a mix.
    pub defer_folder: Option<&'a FolderSync>,
}

impl Default for SaveOptions<'_> {
    fn default() -> Self {
        SaveOptions {
            backup: true,
            defer_folder: None,
        }
    }
}

impl<'a> SaveOptions<'a> {
    /// Options for one file of a batch: a backup of any file replaced, the
    /// folder work left to `folders` (see [`SaveOptions::defer_folder`]).
    pub fn batch(folders: &'a FolderSync) -> Self {
        SaveOptions {
            backup: true,
            defer_folder: Some(folders),
        }
    }
}

/// The folder work of a batch of saves, done once per folder when the batch
/// ends: fsync the folder (after all renames, so they are all durable), then
/// sweep stale leftovers of killed writers for the files saved there.
///
/// Share one between threads (`&FolderSync` is `Sync`) and pass it in
/// [`SaveOptions::batch`]; call [`FolderSync::finish`] after the last save to
/// learn whether the folders could be synced. Dropped without `finish` (a
/// panic, an early return), it still syncs the folders, ignoring errors, so
/// a deferred fsync is never silently skipped.
#[derive(Debug, Default)]
pub struct FolderSync {
    /// Folder → names saved in it (for the sweep).
    folders: Mutex<BTreeMap<PathBuf, BTreeSet<String>>>,
}

impl FolderSync {
    /// An empty batch.
    pub fn new() -> FolderSync {
        FolderSync::default()
    }

    /// Records a file saved in `folder` whose folder work is deferred.
    fn record(&self, folder: &Path, name: &str) {
        let mut folders = self.folders.lock().unwrap_or_else(PoisonError::into_inner);
        folders
            .entry(folder.to_path_buf())
            .or_default()
            .insert(name.to_string());
    }

    /// How many distinct folders are waiting for their fsync.
    pub fn pending_folders(&self) -> usize {
        self.folders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// Fsyncs every folder a save was made in, then sweeps stale leftovers
    /// beside the files saved. Every folder is synced even when one fails;
    /// the first failure is returned, naming the folder (the files are
    /// complete and in place, but their renames may not survive a crash).
    pub fn finish(self) -> Result<(), StoreError> {
        self.sync_all()
    }

    fn sync_all(&self) -> Result<(), StoreError> {
        let folders =
            std::mem::take(&mut *self.folders.lock().unwrap_or_else(PoisonError::into_inner));
        let mut first_error = None;
        for (folder, names) in folders {
            if let Err(source) = sync_folder(&folder) {
                first_error.get_or_insert(StoreError::Save {
                    path: folder.clone(),
                    step: "syncing the folder to disk".to_string(),
                    source,
                });
            }
            sweep_leftovers(&folder, &names);
        }
        first_error.map_or(Ok(()), Err)
    }
}

impl Drop for FolderSync {
    fn drop(&mut self) {
        // `finish` has emptied the map; otherwise do the work, best effort.
        let _ = self.sync_all();
    }
}

/// Saves atomically and crash-safely, keeping the previous version as
/// `<file>.bak`.
///
/// Steps: stream the JSON into a temporary file in the same folder and fsync
/// it; hard-link (or copy) the current file to `<file>.bak`; rename the
/// temporary file over the target; fsync the folder. The backup it replaces
/// is parked as `.<file>.bak.old` and deleted on a background thread (see
/// `keep_backup`). A crash at any point
/// leaves the target either old or new. A failure (read-only folder, full
/// disk, missing folder) returns [`StoreError::Save`] and leaves the target
/// as it was. A symlinked target is written through: the link stays, the
/// file it points to is replaced. An existing file's permissions are kept.
/// The bytes written are those of [`to_json`].
pub fn save(path: &Path, file: &ReviewFile) -> Result<(), StoreError> {
    save_with(path, file, SaveOptions::default())
}

/// [`save`] with [`SaveOptions`]: a batch defers the folder work to a
/// [`FolderSync`]; a regenerable file can skip the backup.
pub fn save_with(
    path: &Path,
    file: &ReviewFile,
    options: SaveOptions<'_>,
) -> Result<(), StoreError> {
    if let Some((id, field)) = first_non_finite(file) {
        return Err(StoreError::NonFiniteNumber {
            path: path.to_path_buf(),
            id: id.to_string(),
            field,
        });
    }
    write_atomically(path, options, |out| write_json(out, file)).map_err(|(step, source)| {
        StoreError::Save {
            path: path.to_path_buf(),
            step,
            source,
        }
    })
}

/// Writes any file (a report, say) with the same atomic, crash-safe steps
/// as [`save`]: temporary file, fsync, backup, rename, folder fsync.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, SaveOptions::default())
}

/// [`write_atomic`] with [`SaveOptions`].
pub fn write_atomic_with(path: &Path, bytes: &[u8], options: SaveOptions<'_>) -> io::Result<()> {
    write_atomically(path, options, |out| out.write_all(bytes))
        .map_err(|(step, source)| io::Error::new(source.kind(), format!("{step}: {source}")))
}

/// Buffer between the serializer's many small writes and the file.
const WRITE_BUFFER: usize = 256 * 1024;

/// The atomic write behind [`save`]; `write` fills the temporary file
/// (through a buffer); errors carry the step that failed.
///
/// The buffer's concrete type, not `dyn Write`, reaches the serializer, so
/// its many small writes (indentation, punctuation) compile to inline
/// copies into the buffer rather than a call each.
fn write_atomically(
    path: &Path,
    options: SaveOptions<'_>,
    write: impl FnOnce(&mut BufWriter<&mut fs::File>) -> io::Result<()>,
) -> Result<(), (String, io::Error)> {
    // Write through a symlink rather than replacing it with a regular file.
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|e| ("resolving the symbolic link".to_string(), e))?
        }
        _ => path.to_path_buf(),
    };
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| {
            (
                "naming the file".to_string(),
                io::Error::new(io::ErrorKind::InvalidInput, "the path has no file name"),
            )
        })?;
    let existing = match fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => {
            return Err((
                "checking the target".to_string(),
                io::Error::new(io::ErrorKind::IsADirectory, "the path is a directory"),
            ));
        }
        Ok(meta) => Some(meta),
        Err(err) if err.kind() == io::ErrorKind::NotFound => None,
        Err(err) => return Err(("checking the target".to_string(), err)),
    };

    let prefix = format!(".{name}.");
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|e| {
            (
                format!("creating a temporary file in {}", shown_path(&folder)),
                e,
            )
        })?;
    {
        let mut out = BufWriter::with_capacity(WRITE_BUFFER, temp.as_file_mut());
        write(&mut out)
            .and_then(|()| out.flush())
            .map_err(|e| ("writing the temporary file".to_string(), e))?;
    }
    if let Some(permissions) = existing
        .as_ref()
        .map(fs::Metadata::permissions)
        .or_else(default_permissions)
    {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|e| ("setting the temporary file's permissions".to_string(), e))?;
    }
    temp.as_file()
        .sync_all()
        .map_err(|e| ("syncing the temporary file to disk".to_string(), e))?;

    let retired = match existing {
        Some(_) if options.backup => keep_backup(&target, &folder, &name)
            .map_err(|e| (format!("keeping the backup {}.bak", shown(&name)), e))?,
        _ => None,
    };
    let renamed = temp.persist(&target).map_err(|e| {
        (
            "renaming the temporary file over the target".to_string(),
            e.error,
        )
    });
    if renamed.is_err() {
        if let Some(retired) = retired {
            let _ = fs::remove_file(retired);
        }
        return renamed.map(drop);
    }
    match options.defer_folder {
        Some(folders) => {
            // Only garbage: the backup it names was replaced by the rename
            // in `keep_backup`. Deleted here, on the batch's worker thread.
            if let Some(retired) = retired {
                let _ = fs::remove_file(retired);
            }
            folders.record(&folder, &name);
            Ok(())
        }
        None => {
            let synced =
                sync_folder(&folder).map_err(|e| ("syncing the folder to disk".to_string(), e));
            match synced {
                Ok(()) => discard_in_background(retired, folder, name),
                Err(_) => {
                    if let Some(retired) = retired {
                        let _ = fs::remove_file(retired);
                    }
                }
            }
            synced
        }
    }
}

/// Permissions for a review file that did not exist yet: readable by all,
/// like a file an editor creates (temporary files start private).
#[cfg(unix)]
fn default_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<fs::Permissions> {
    None
}

/// Makes `<name>.bak` a copy of the current target and returns the
/// previous backup's retired name, for the caller to delete once the save is
/// done: freeing a large file's blocks can cost as much as an fsync (more on
/// file systems mounted with `discard`), so it stays off the save's path.
///
/// The new backup is staged under a unique name (a hard link, or a copy
/// where links are unsupported) and renamed over `<name>.bak`, so at every
/// moment a `.bak` exists once one has been made; the old one is first
/// hard-linked to a unique retired name so the rename does not free it.
/// The target itself is never touched here.
fn keep_backup(target: &Path, folder: &Path, name: &str) -> io::Result<Option<PathBuf>> {
    let backup = folder.join(format!("{name}.bak"));
    let retired = match fs::symlink_metadata(&backup) {
        Ok(meta) if meta.is_dir() => {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                format!("{} is a folder; move it away", shown_path(&backup)),
            ));
        }
        Ok(_) => {
            let retired = unique_sibling(folder, name, "bak.old");
            fs::hard_link(&backup, &retired).ok().map(|_| retired)
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => None,
        Err(err) => return Err(err),
    };
    let staged = unique_sibling(folder, name, "bak.new");
    if fs::hard_link(target, &staged).is_err() {
        // Hard links unsupported (some network or FAT file systems).
        if let Err(err) = fs::copy(target, &staged) {
            let _ = fs::remove_file(&staged);
            return Err(err);
        }
    }
    if let Err(err) = fs::rename(&staged, &backup) {
        let _ = fs::remove_file(&staged);
        return Err(err);
    }
    Ok(retired)
}

/// A hidden name beside `name` that no other save (in this process or
/// another) uses: `.<name>.<tag>.<pid>.<nanos>.<counter>`.
fn unique_sibling(folder: &Path, name: &str, tag: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    folder.join(format!(
        ".{name}.{tag}.{}.{nanos}.{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

/// How old a leftover hidden file beside a review must be before a save
/// deletes it: old enough that no live writer can still be using it.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(600);

/// Cleanup threads not yet joined by [`finish_cleanups`].
static CLEANUPS: std::sync::Mutex<Vec<std::thread::JoinHandle<()>>> =
    std::sync::Mutex::new(Vec::new());

/// Deletes a retired backup on a background thread (synchronously when no
/// thread can be started), and sweeps leftovers of writers that were killed
/// mid-save (`.<name>.*.tmp`, retired or staged backups) older than
/// [`STALE_AFTER`]. A process that exits should call [`finish_cleanups`]
/// first; if it is killed instead, the files stay and a later save removes
/// them.
fn discard_in_background(retired: Option<PathBuf>, folder: PathBuf, name: String) {
    fn discard(retired: Option<&Path>, folder: &Path, name: &str) {
        // Nothing to report: these files are only garbage.
        if let Some(path) = retired {
            let _ = fs::remove_file(path);
        }
        sweep_leftovers(folder, &BTreeSet::from([name.to_string()]));
    }
    let (thread_retired, thread_folder, thread_name) =
        (retired.clone(), folder.clone(), name.clone());
    let spawned = std::thread::Builder::new()
        .name("factdesk-backup-cleanup".to_string())
        .spawn(move || discard(thread_retired.as_deref(), &thread_folder, &thread_name));
    match spawned {
        Ok(handle) => {
            let mut pending = CLEANUPS
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            pending.retain(|handle| !handle.is_finished());
            pending.push(handle);
        }
        Err(_) => discard(retired.as_deref(), &folder, &name),
    }
}

/// Waits for the deletions of retired backups that saves started in the
/// background, so a short-lived command (`factdesk extract`) leaves no
/// hidden `.<name>.bak.old…` files behind. Returns at once when none are
/// pending.
pub fn finish_cleanups() {
    let pending = std::mem::take(
        &mut *CLEANUPS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    );
    for handle in pending {
        // A panicking cleanup only leaves garbage for the next sweep.
        let _ = handle.join();
    }
}

/// Deletes, in one read of `folder`, the leftovers older than
/// [`STALE_AFTER`] of saves of any of `names`: `.<name>.*.tmp` and retired or
/// staged backups (`.<name>.bak.old…`, `.<name>.bak.new…`).
fn sweep_leftovers(folder: &Path, names: &BTreeSet<String>) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if !is_leftover_of(&file_name, names) {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// True when `file_name` is `.<name>.<rest>` for one of `names`, with `rest`
/// a temporary file or a retired or staged backup. Every dot in the file
/// name is tried as the end of `<name>`, since names contain dots.
fn is_leftover_of(file_name: &str, names: &BTreeSet<String>) -> bool {
    let Some(hidden) = file_name.strip_prefix('.') else {
        return false;
    };
    hidden.match_indices('.').any(|(dot, _)| {
        let (name, rest) = (&hidden[..dot], &hidden[dot + 1..]);
        names.contains(name)
            && (rest.ends_with(".tmp")
                || rest.starts_with("bak.old")
                || rest.starts_with("bak.new"))
    })
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    // Folders cannot be opened for syncing on this platform; the rename is
    // still atomic.
    Ok(())
}

/// Reads an article as UTF-8 text, refusing what cannot be an article:
/// missing, unreadable, a directory, 0 bytes, UTF-16, invalid UTF-8 (with
/// the byte offset), or binary (NUL bytes, or mostly control characters).
///
/// The text is returned exactly as stored, byte-order mark and CRLF line
/// ends included, because claim offsets are byte offsets into the file.
pub fn read_article(path: &Path) -> Result<String, ArticleError> {
    let bytes = read_bytes(path).map_err(|failure| match failure {
        OpenFailure::NotFound => ArticleError::NotFound {
            path: path.to_path_buf(),
        },
        OpenFailure::IsDirectory => ArticleError::IsDirectory {
            path: path.to_path_buf(),
        },
        OpenFailure::PermissionDenied => ArticleError::PermissionDenied {
            path: path.to_path_buf(),
        },
        OpenFailure::Other(source) => ArticleError::Read {
            path: path.to_path_buf(),
            source,
        },
    })?;
    article_from_bytes(path, bytes)
}

/// Share of control characters above which a file counts as binary.
const MAX_CONTROL_SHARE: f64 = 0.3;

/// [`read_article`] without the reading, for callers that already hold the
/// bytes (stdin); `path` is only used in errors.
pub fn article_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, ArticleError> {
    let owned = || path.to_path_buf();
    if bytes.is_empty() {
        return Err(ArticleError::Empty { path: owned() });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ArticleError::Utf16 { path: owned() });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ArticleError::Binary {
            path: owned(),
            reason: format!("a NUL byte at offset {offset}"),
        });
    }
    let text = String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        let (line, _) = line_and_column(err.as_bytes(), offset);
        ArticleError::InvalidUtf8 {
            path: owned(),
            offset,
            line,
        }
    })?;
    let (mut chars, mut controls) = (0usize, 0usize);
    for ch in text.chars() {
        chars += 1;
        if ch.is_control() && !matches!(ch, '\n' | '\r' | '\t' | '\u{0C}') {
            controls += 1;
        }
    }
    // Precision loss in the casts only matters past 2^53 characters.
    #[allow(clippy::cast_precision_loss)]
    let share = controls as f64 / chars as f64;
    if share > MAX_CONTROL_SHARE {
        return Err(ArticleError::Binary {
            path: owned(),
            reason: format!("{controls} of its {chars} characters are control characters"),
        });
    }
    Ok(text)
}

/// Lowercase hex SHA-256 of `bytes`: how a review file recognises that its
/// article changed.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        // Writing to a String cannot fail.
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_are_recognised_by_the_names_saved_whatever_their_dots() {
        let names = BTreeSet::from(["a.json".to_string(), "b.c.json".to_string()]);
        for ours in [
            ".a.json.x1Y2z3.tmp",
            ".a.json.bak.old.12.34.5",
            ".a.json.bak.new.12.34.5",
            ".b.c.json.x1Y2z3.tmp",
            ".b.c.json.bak.old.1.2.3",
        ] {
            assert!(is_leftover_of(ours, &names), "{ours}");
        }
        for theirs in [
            "a.json",
            "a.json.bak",
            ".a.json",
            ".a.json.bak",
            ".c.json.x1Y2z3.tmp",
            ".other.json.x1Y2z3.tmp",
            ".a.jsonx.tmp",
            "a.json.x1Y2z3.tmp",
            ".b.c.json.notes",
        ] {
            assert!(!is_leftover_of(theirs, &names), "{theirs}");
        }
    }
}
