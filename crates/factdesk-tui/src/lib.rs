//! The review interface: a keyboard-driven ratatui workbench.
//!
//! The root crate parses arguments, loads and locks the review file, then
//! calls [`initial_state`] and [`run`] (or hands both to a loader thread
//! with [`run_loading`], which shows a loading screen meanwhile). Inside, keys become
//! [`Action`]s through one [`keymap`] table; [`update()`] applies them to
//! the [`State`] with no I/O; [`draw()`] only reads the state; the runtime
//! hands every change to a writer thread ([`writer`]) that saves it off the
//! interface thread.
//!
//! Key bindings and the config file are documented in KEYS.md.

pub mod action;
pub mod config;
pub mod draw;
pub mod editor;
mod input;
pub mod keymap;
pub mod loading;
pub mod runtime;
pub mod state;
pub mod text;
pub mod theme;
pub mod update;
pub mod wire;
pub mod writer;

pub use action::Action;
pub use config::{Config, ConfigError, SortOrder};
pub use draw::draw;
pub use loading::LoadingScreen;
pub use runtime::{
    ExitReason, LOADING_GRACE, Preview, RunOptions, RunOutcome, Started, TuiError, run, run_loading,
};
pub use state::{DraftText, Mode, StartOptions, State, initial_state};
pub use theme::{ColorMode, GlyphSet, Theme};
pub use update::{key_to_action, update};
pub use writer::{Persist, Saved, Writer};
