//! Exit codes, one per kind of failure, so scripts can tell them apart.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | a `--fail-on-*` condition held (claims pending or disputed) |
//! | 2 | bad command line (unknown flag, bad value) |
//! | 3 | an input file is missing, unreadable, or a directory |
//! | 4 | an input file's content is invalid (not UTF-8, binary, malformed or foreign JSON, unknown schema version, claims that do not fit the article) |
//! | 5 | a file could not be written (read-only folder, disk full) |
//! | 6 | the review file is open for writing in another factdesk |
//! | 7 | the interface needs a terminal and there is none |
//! | 70 | an internal error (a bug: please report it) |

use std::process::ExitCode;

/// A documented exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything worked.
    Success = 0,
    /// A `--fail-on-pending` / `--fail-on-disputed` condition held.
    ConditionFailed = 1,
    /// The command line was wrong.
    Usage = 2,
    /// An input file is missing, unreadable or a directory.
    InputUnreadable = 3,
    /// An input file's content is invalid.
    InputInvalid = 4,
    /// Writing a file failed.
    WriteFailed = 5,
    /// Another factdesk holds the review file.
    Locked = 6,
    /// No terminal for the interface.
    NoTerminal = 7,
    /// A bug.
    Internal = 70,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}

/// An error that knows its exit status. Commands wrap library errors in it
/// at the edge so `main` can pick the code.
#[derive(Debug)]
pub struct Failure {
    /// The exit status.
    pub exit: Exit,
    /// The message, one line.
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// Builds an [`anyhow::Error`] carrying an exit status.
pub fn fail(exit: Exit, message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Failure {
        exit,
        message: message.into(),
    })
}

/// The exit status for an error returned by a command.
pub fn code_for(error: &anyhow::Error) -> Exit {
    error
        .chain()
        .find_map(|cause| cause.downcast_ref::<Failure>().map(|f| f.exit))
        .unwrap_or(Exit::Internal)
}

/// The message to print: the outermost context first, then its causes.
pub fn describe(error: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in error.chain() {
        let text = cause.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    parts.join(": ")
}

impl Exit {
    /// The status for a numeric code from a library crate's `exit_code()`
    /// (they share this table).
    pub fn from_code(code: i32) -> Exit {
        match code {
            0 => Exit::Success,
            1 => Exit::ConditionFailed,
            2 => Exit::Usage,
            3 => Exit::InputUnreadable,
            4 => Exit::InputInvalid,
            5 => Exit::WriteFailed,
            6 => Exit::Locked,
            7 => Exit::NoTerminal,
            _ => Exit::Internal,
        }
    }
}
