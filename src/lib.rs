//! factdesk: a terminal fact-checking workbench.
//!
//! This crate is the command line: each subcommand lives in [`commands`] and
//! stitches together the workspace crates that do the work:
//!
//! - `factdesk-numbers`: numbers and quantities with normalized values;
//! - `factdesk-extract`: sentences, speakers, claims and their scores;
//! - `factdesk-review`: the review file, atomic saving, merging, locking;
//! - `factdesk-report`: Markdown, HTML, CSV, JSON, ClaimReview and text reports;
//! - `factdesk-text`: untrusted text made safe for a terminal;
//! - `factdesk-tui`: the ratatui review interface.
//!
//! `main.rs` only parses arguments and calls [`run`]; errors carry the exit
//! status documented in [`exit`].

pub mod bundled;
pub mod cli;
pub mod commands;
pub mod exit;
pub mod identity;
pub mod persist;

pub use factdesk_extract as extract;
pub use factdesk_numbers as numbers;
pub use factdesk_review as review;

use cli::{Cli, Command};
use exit::Exit;

/// Runs one command line and returns the exit status to end with.
pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    let result = run_command(cli);
    // Saves delete superseded backups on background threads; wait for
    // them so no hidden `.<name>.bak.old…` file outlives the command.
    factdesk_review::store::finish_cleanups();
    result
}

/// Runs the command `cli` names.
fn run_command(cli: Cli) -> anyhow::Result<Exit> {
    match cli.command {
        None => commands::review::run_bundled(&cli.interface),
        Some(Command::Extract(args)) => commands::extract::run(&args),
        Some(Command::Quantities(args)) => commands::quantities::run(&args),
        Some(Command::Review(args)) => commands::review::run(&args, &cli.interface),
        Some(Command::Report(args)) => commands::report::run(&args),
        Some(Command::Mark(args)) => commands::mark::run(&args, &cli.interface),
        Some(Command::Status(args)) => commands::status::run(&args),
        Some(Command::List(args)) => commands::list::run(&args),
        Some(Command::Merge(args)) => commands::merge::run(&args),
    }
}
