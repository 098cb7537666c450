//! The review file: one JSON document per article holding its claims and
//! every reviewer decision made on them.
//!
//! Everything that reads or writes verdicts (the interface, the headless
//! `mark` command, reports, merges) goes through this crate, so validation,
//! history and atomic saving behave the same everywhere.
//!
//! - [`model`]: the serialized data model.
//! - [`store`]: loading with validation, atomic crash-safe saving.
//! - [`cache`]: the JSON kept claim by claim, so a save re-serializes only
//!   the claims that changed.
//! - [`build`]: a review file from an extraction; merging a re-extraction
//!   into an existing file; re-anchoring claims after the article changed.
//! - [`edit`]: every change a reviewer can make, each recorded in history.
//! - [`merge`] and [`agreement`]: several reviewers on one article.
//! - [`lock`]: one writer per review file.
//! - [`sync`]: folding changes another process saved into ours.
//! - [`draft`]: unsaved note text kept across a dropped connection.

pub mod agreement;
pub mod build;
pub mod cache;
pub mod draft;
pub mod edit;
pub mod head;
pub mod lock;
pub mod merge;
pub mod model;
pub mod store;
pub mod sync;

pub use model::*;
