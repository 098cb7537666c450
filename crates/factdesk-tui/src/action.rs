//! Everything the interface can be asked to do.
//!
//! Keys become [`Action`]s through the [`crate::keymap`] table, and
//! [`crate::update::update`] applies them. Actions are serde values so the
//! TOML config can name them (`move_down = ["j", "Down"]`); the variants
//! that carry data (typed text, pastes, resizes) come from the runtime, not
//! from the keymap.

use serde::{Deserialize, Serialize};

/// One thing the reviewer (or the terminal) asked for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Next row (claim, sentence, source, help line).
    MoveDown,
    /// Previous row.
    MoveUp,
    /// One screen down.
    PageDown,
    /// One screen up.
    PageUp,
    /// First row.
    First,
    /// Last row.
    Last,
    /// Next claim still pending.
    NextPending,
    /// Previous claim still pending.
    PrevPending,
    /// Mark the claim verified (in the conflict view: overrule with it).
    MarkVerified,
    /// Mark the claim disputed.
    MarkDisputed,
    /// Mark the claim unverified.
    MarkUnverified,
    /// Clear the verdict back to pending.
    ClearVerdict,
    /// Open the note editor.
    EditNote,
    /// Open the sources editor.
    EditSources,
    /// Edit the short summary reports use.
    EditSummary,
    /// Reword the claim (the article slice stays as it is).
    Reword,
    /// Dismiss a non-claim, or restore a dismissed one.
    ToggleDismiss,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Start an incremental search.
    Search,
    /// Jump to the next search match.
    SearchNext,
    /// Jump to the previous search match.
    SearchPrev,
    /// Open the filter menu.
    FilterMenu,
    /// Switch between article order and score order.
    ToggleSort,
    /// Open (or close) the whole-article view.
    ArticleView,
    /// In one-pane layouts, switch between the list and the detail.
    TogglePane,
    /// Scroll the detail pane down.
    ScrollDetailDown,
    /// Scroll the detail pane up.
    ScrollDetailUp,
    /// Show the reviewers' verdicts side by side for a conflicting claim.
    ConflictView,
    /// Show every key.
    Help,
    /// Write the review to another path.
    SaveAs,
    /// Set the day the article was published, to read its relative dates
    /// ("kemarin", "last year") from.
    PublicationDay,
    /// Repaint the whole screen.
    Redraw,
    /// Save and quit.
    Quit,
    /// Quit at once (saving what is acknowledged); Ctrl-C.
    ForceQuit,
    /// Suspend to the shell; Ctrl-Z.
    Suspend,
    /// Close the current view or menu.
    Close,
    /// In the article view: extend the selection by a word.
    ExtendSelection,
    /// In the article view: shrink the selection by a word.
    ShrinkSelection,
    /// In the article view: move the selection start one word later.
    SelectionStartForward,
    /// In the article view: move the selection start one word earlier.
    SelectionStartBack,
    /// In the article view: add the selection as a manual claim.
    AddClaim,
    /// In the sources editor: add a source.
    AddSource,
    /// In the sources editor: remove the selected source.
    RemoveSource,
    /// In editors: accept (note editor: save the note).
    Confirm,
    /// In editors and prompts: cancel without changing anything.
    Cancel,
    /// Cursor one character left.
    CursorLeft,
    /// Cursor one character right.
    CursorRight,
    /// Cursor one line up.
    CursorUp,
    /// Cursor one line down.
    CursorDown,
    /// Cursor to the start of the line.
    LineStart,
    /// Cursor to the end of the line.
    LineEnd,
    /// Delete the character before the cursor.
    DeleteBack,
    /// Delete the character under the cursor.
    DeleteForward,
    /// Insert a line break (note editor).
    NewLine,
    /// Next field of a form.
    NextField,
    /// Previous field of a form.
    PrevField,
    /// Filter menu: show/hide pending claims.
    FilterPending,
    /// Filter menu: show/hide verified claims.
    FilterVerified,
    /// Filter menu: show/hide disputed claims.
    FilterDisputed,
    /// Filter menu: show/hide unverified claims.
    FilterUnverified,
    /// Filter menu: cycle the claim kind shown.
    FilterKind,
    /// Filter menu: raise the minimum score.
    ScoreUp,
    /// Filter menu: lower the minimum score.
    ScoreDown,
    /// Filter menu: show or hide dismissed claims.
    FilterDismissed,
    /// Filter menu: only claims with conflicting reviewers.
    FilterConflicts,
    /// Filter menu: remove every filter.
    FilterReset,
    /// Conflict view: pick the previous reviewer.
    PickPrev,
    /// Conflict view: pick the next reviewer.
    PickNext,
    /// Confirmation: yes.
    Yes,
    /// Confirmation: no.
    No,
    /// A typed character for the active text field (not bindable).
    #[serde(skip)]
    TypeChar(char),
    /// A bracketed paste, raw as the terminal sent it (not bindable).
    #[serde(skip)]
    Paste(String),
    /// The terminal changed size (not bindable).
    #[serde(skip)]
    Resize(u16, u16),
    /// The last save failed with this message (from the runtime).
    #[serde(skip)]
    SaveFailed(String),
}

impl Action {
    /// The name used in the config file (`move_down`), or `None` for the
    /// data-carrying variants that cannot be bound.
    pub fn name(&self) -> Option<String> {
        match self {
            Action::TypeChar(_) | Action::Paste(_) | Action::Resize(..) | Action::SaveFailed(_) => {
                None
            }
            other => toml::Value::try_from(other)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string)),
        }
    }

    /// Parses a config-file action name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::deserialize(toml::Value::String(name.to_string())).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        assert_eq!(Action::MoveDown.name().as_deref(), Some("move_down"));
        assert_eq!(
            Action::from_name("mark_verified"),
            Some(Action::MarkVerified)
        );
        assert_eq!(Action::from_name("nonsense"), None);
        assert_eq!(Action::TypeChar('x').name(), None);
    }
}
