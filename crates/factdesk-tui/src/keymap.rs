//! The one table of key bindings.
//!
//! [`DEFAULT_BINDINGS`] is read by the key handler ([`Keymap::lookup`]), the
//! footer and the help overlay ([`Keymap::rows`]), and the KEYS.md test, so
//! what the screen says is always what the keys do. A user's `[keys]` table
//! replaces the keys of an action in every context where it appears.

use std::collections::HashMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;

/// Where a binding applies; each interface mode reads one or two contexts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    /// Everywhere, checked before the mode's own context.
    Global,
    /// The claims list and detail pane.
    Normal,
    /// The whole-article view.
    Article,
    /// The multi-line note editor.
    Note,
    /// One-line inputs: summary, rewording, source fields, save-as path.
    Input,
    /// The incremental search prompt.
    Search,
    /// The sources editor.
    Sources,
    /// The filter menu.
    Filter,
    /// The conflict view.
    Conflict,
    /// The help overlay.
    Help,
    /// A yes/no question.
    Confirm,
}

impl Context {
    /// Every context, in help order.
    pub const ALL: [Context; 11] = [
        Context::Global,
        Context::Normal,
        Context::Article,
        Context::Note,
        Context::Input,
        Context::Search,
        Context::Sources,
        Context::Filter,
        Context::Conflict,
        Context::Help,
        Context::Confirm,
    ];

    /// A heading for help and KEYS.md.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Normal => "Claims list",
            Context::Article => "Article view",
            Context::Note => "Note editor",
            Context::Input => "One-line inputs (summary, rewording, source, save-as)",
            Context::Search => "Search",
            Context::Sources => "Sources editor",
            Context::Filter => "Filter menu",
            Context::Conflict => "Conflict view",
            Context::Help => "Help",
            Context::Confirm => "Questions",
        }
    }
}

/// One default binding: in `context`, `keys` do `action`.
#[derive(Debug, Clone)]
pub struct DefaultBinding {
    /// Where it applies.
    pub context: Context,
    /// What it does.
    pub action: Action,
    /// The default keys, in the config-file syntax.
    pub keys: &'static [&'static str],
    /// A few words for help, footer and KEYS.md.
    pub help: &'static str,
}

const fn bind(
    context: Context,
    action: Action,
    keys: &'static [&'static str],
    help: &'static str,
) -> DefaultBinding {
    DefaultBinding {
        context,
        action,
        keys,
        help,
    }
}

use Action as A;
use Context as C;

/// Every default binding. The single source of truth for keys.
pub const DEFAULT_BINDINGS: &[DefaultBinding] = &[
    bind(C::Global, A::ForceQuit, &["Ctrl-c"], "quit now (saved)"),
    bind(C::Global, A::Suspend, &["Ctrl-z"], "suspend to shell"),
    bind(C::Global, A::Redraw, &["Ctrl-l"], "repaint screen"),
    bind(C::Normal, A::MoveDown, &["j", "Down"], "next claim"),
    bind(C::Normal, A::MoveUp, &["k", "Up"], "previous claim"),
    bind(C::Normal, A::PageDown, &["PageDown"], "page down"),
    bind(C::Normal, A::PageUp, &["PageUp"], "page up"),
    bind(C::Normal, A::First, &["g", "Home"], "first claim"),
    bind(C::Normal, A::Last, &["G", "End"], "last claim"),
    bind(C::Normal, A::NextPending, &["n"], "next pending"),
    bind(C::Normal, A::PrevPending, &["N"], "previous pending"),
    bind(C::Normal, A::MarkVerified, &["v"], "verified"),
    bind(C::Normal, A::MarkDisputed, &["d"], "disputed"),
    bind(C::Normal, A::MarkUnverified, &["u"], "unverified"),
    bind(C::Normal, A::ClearVerdict, &["c"], "clear verdict"),
    bind(C::Normal, A::EditNote, &["e"], "note"),
    bind(C::Normal, A::EditSources, &["s"], "sources"),
    bind(C::Normal, A::EditSummary, &["S"], "summary"),
    bind(C::Normal, A::Reword, &["r"], "reword"),
    bind(C::Normal, A::ToggleDismiss, &["x"], "dismiss/restore"),
    bind(C::Normal, A::Undo, &["U"], "undo"),
    bind(C::Normal, A::Redo, &["R", "Ctrl-r"], "redo"),
    bind(C::Normal, A::Search, &["/"], "search"),
    bind(C::Normal, A::SearchNext, &["]"], "next match"),
    bind(C::Normal, A::SearchPrev, &["["], "previous match"),
    bind(C::Normal, A::FilterMenu, &["f"], "filters"),
    bind(C::Normal, A::ToggleSort, &["o"], "sort order"),
    bind(C::Normal, A::ArticleView, &["a"], "article / add claim"),
    bind(C::Normal, A::TogglePane, &["Tab"], "list/detail"),
    bind(C::Normal, A::ScrollDetailDown, &["J"], "scroll detail down"),
    bind(C::Normal, A::ScrollDetailUp, &["K"], "scroll detail up"),
    bind(C::Normal, A::ConflictView, &["C"], "conflict"),
    bind(C::Normal, A::SaveAs, &["W"], "save as"),
    bind(C::Normal, A::PublicationDay, &["D"], "publication day"),
    bind(C::Normal, A::Help, &["?"], "help"),
    bind(C::Normal, A::Quit, &["q"], "save and quit"),
    bind(C::Article, A::MoveDown, &["j", "Down"], "next sentence"),
    bind(C::Article, A::MoveUp, &["k", "Up"], "previous sentence"),
    bind(C::Article, A::PageDown, &["PageDown"], "page down"),
    bind(C::Article, A::PageUp, &["PageUp"], "page up"),
    bind(C::Article, A::First, &["g", "Home"], "start"),
    bind(C::Article, A::Last, &["G", "End"], "end"),
    bind(
        C::Article,
        A::ExtendSelection,
        &["l", "Right"],
        "extend selection",
    ),
    bind(
        C::Article,
        A::ShrinkSelection,
        &["h", "Left"],
        "shrink selection",
    ),
    bind(C::Article, A::SelectionStartForward, &["L"], "start later"),
    bind(C::Article, A::SelectionStartBack, &["H"], "start earlier"),
    bind(C::Article, A::AddClaim, &["Enter", "A"], "add as claim"),
    bind(C::Article, A::Close, &["Esc", "a"], "back"),
    bind(C::Note, A::Confirm, &["Ctrl-s"], "save note"),
    bind(C::Note, A::Cancel, &["Esc"], "cancel"),
    bind(C::Note, A::NewLine, &["Enter"], "new line"),
    bind(C::Note, A::CursorLeft, &["Left"], "left"),
    bind(C::Note, A::CursorRight, &["Right"], "right"),
    bind(C::Note, A::CursorUp, &["Up"], "up"),
    bind(C::Note, A::CursorDown, &["Down"], "down"),
    bind(C::Note, A::LineStart, &["Home", "Ctrl-a"], "line start"),
    bind(C::Note, A::LineEnd, &["End", "Ctrl-e"], "line end"),
    bind(C::Note, A::DeleteBack, &["Backspace"], "delete back"),
    bind(C::Note, A::DeleteForward, &["Delete"], "delete"),
    bind(C::Input, A::Confirm, &["Enter", "Ctrl-s"], "accept"),
    bind(C::Input, A::Cancel, &["Esc"], "cancel"),
    bind(C::Input, A::NextField, &["Tab"], "next field"),
    bind(C::Input, A::PrevField, &["BackTab"], "previous field"),
    bind(C::Input, A::CursorLeft, &["Left"], "left"),
    bind(C::Input, A::CursorRight, &["Right"], "right"),
    bind(C::Input, A::LineStart, &["Home", "Ctrl-a"], "start"),
    bind(C::Input, A::LineEnd, &["End", "Ctrl-e"], "end"),
    bind(C::Input, A::DeleteBack, &["Backspace"], "delete back"),
    bind(C::Input, A::DeleteForward, &["Delete"], "delete"),
    bind(C::Search, A::Confirm, &["Enter"], "keep position"),
    bind(C::Search, A::Cancel, &["Esc"], "cancel"),
    bind(C::Search, A::SearchNext, &["Down", "Ctrl-n"], "next match"),
    bind(
        C::Search,
        A::SearchPrev,
        &["Up", "Ctrl-p"],
        "previous match",
    ),
    bind(C::Search, A::DeleteBack, &["Backspace"], "delete back"),
    bind(C::Sources, A::MoveDown, &["j", "Down"], "next source"),
    bind(C::Sources, A::MoveUp, &["k", "Up"], "previous source"),
    bind(C::Sources, A::AddSource, &["a"], "add source"),
    bind(
        C::Sources,
        A::RemoveSource,
        &["d", "Delete"],
        "remove source",
    ),
    bind(C::Sources, A::Close, &["Esc", "q"], "back"),
    bind(C::Filter, A::FilterPending, &["p"], "pending"),
    bind(C::Filter, A::FilterVerified, &["v"], "verified"),
    bind(C::Filter, A::FilterDisputed, &["d"], "disputed"),
    bind(C::Filter, A::FilterUnverified, &["u"], "unverified"),
    bind(C::Filter, A::FilterKind, &["k"], "kind"),
    bind(C::Filter, A::ScoreUp, &["+", "="], "min score up"),
    bind(C::Filter, A::ScoreDown, &["-"], "min score down"),
    bind(C::Filter, A::FilterDismissed, &["x"], "dismissed"),
    bind(C::Filter, A::FilterConflicts, &["c"], "conflicts only"),
    bind(C::Filter, A::FilterReset, &["0"], "clear filters"),
    bind(C::Filter, A::ToggleSort, &["o"], "sort order"),
    bind(C::Filter, A::Close, &["Esc", "Enter", "f"], "back"),
    bind(
        C::Conflict,
        A::PickPrev,
        &["h", "Left"],
        "previous reviewer",
    ),
    bind(C::Conflict, A::PickNext, &["l", "Right"], "next reviewer"),
    bind(C::Conflict, A::Confirm, &["Enter"], "adopt pick"),
    bind(C::Conflict, A::MarkVerified, &["v"], "overrule: verified"),
    bind(C::Conflict, A::MarkDisputed, &["d"], "overrule: disputed"),
    bind(
        C::Conflict,
        A::MarkUnverified,
        &["u"],
        "overrule: unverified",
    ),
    bind(C::Conflict, A::Close, &["Esc", "q"], "back"),
    bind(C::Help, A::MoveDown, &["j", "Down"], "scroll down"),
    bind(C::Help, A::MoveUp, &["k", "Up"], "scroll up"),
    bind(C::Help, A::PageDown, &["PageDown"], "page down"),
    bind(C::Help, A::PageUp, &["PageUp"], "page up"),
    bind(C::Help, A::Close, &["Esc", "?", "q"], "close help"),
    bind(C::Confirm, A::Yes, &["y"], "yes"),
    bind(C::Confirm, A::No, &["n", "Esc"], "no"),
];

/// A key as the keymap sees it: the key plus whether Ctrl was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    /// The key (characters keep their case; Shift is folded into them).
    pub code: KeyCode,
    /// Ctrl held.
    pub ctrl: bool,
}

impl KeyChord {
    /// Normalizes a terminal key event: Shift folds into the character,
    /// Ctrl+letter is lowercase, Alt is not used (Esc+key looks like Alt
    /// over SSH and tmux).
    pub fn from_event(event: &KeyEvent) -> KeyChord {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let code = match event.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        KeyChord { code, ctrl }
    }

    /// Parses the config syntax: a single character (`j`, `G`, `?`), a
    /// named key (`Down`, `PageUp`, `Enter`, `Esc`, `Tab`, `BackTab`,
    /// `Backspace`, `Delete`, `Home`, `End`, `Space`, `F1`..`F12`), or
    /// `Ctrl-` followed by either.
    pub fn parse(text: &str) -> Option<KeyChord> {
        let (ctrl, rest) = match text.get(..5) {
            Some(prefix)
                if prefix.eq_ignore_ascii_case("ctrl-") || prefix.eq_ignore_ascii_case("ctrl+") =>
            {
                (true, &text[5..])
            }
            _ => (false, text),
        };
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            (Some(_), Some(_)) => named_key(rest)?,
            (None, _) => return None,
        };
        Some(KeyChord { code, ctrl })
    }
}

fn named_key(name: &str) -> Option<KeyCode> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" | "shift-tab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" => KeyCode::Insert,
        "space" => KeyCode::Char(' '),
        f if f.starts_with('f') => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
        }
        _ => return None,
    })
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Up => f.write_str("Up"),
            KeyCode::Down => f.write_str("Down"),
            KeyCode::Left => f.write_str("Left"),
            KeyCode::Right => f.write_str("Right"),
            KeyCode::PageUp => f.write_str("PageUp"),
            KeyCode::PageDown => f.write_str("PageDown"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("BackTab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Delete"),
            KeyCode::Insert => f.write_str("Insert"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// One row of the effective keymap: defaults with the user's overrides.
#[derive(Debug, Clone, PartialEq)]
pub struct BindingRow {
    /// Where it applies.
    pub context: Context,
    /// What it does.
    pub action: Action,
    /// The keys now bound (may be empty when the user unbound it).
    pub keys: Vec<KeyChord>,
    /// A few words of help.
    pub help: &'static str,
}

/// A key that two actions of one context both claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyClash {
    /// The contested key.
    pub key: String,
    /// The context where both apply.
    pub context: &'static str,
    /// The first action.
    pub first: String,
    /// The second action.
    pub second: String,
}

/// The effective keymap: rows for display and a lookup for the handler.
#[derive(Debug, Clone)]
pub struct Keymap {
    rows: Vec<BindingRow>,
    lookup: HashMap<(Context, KeyChord), Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        // The defaults are checked by a unit test: no clash is possible.
        Keymap::with_overrides(&[]).unwrap_or_else(|_| Keymap {
            rows: Vec::new(),
            lookup: HashMap::new(),
        })
    }
}

impl Keymap {
    /// Builds the keymap from [`DEFAULT_BINDINGS`], replacing the keys of
    /// each overridden action (in every context it appears in).
    pub fn with_overrides(overrides: &[(Action, Vec<KeyChord>)]) -> Result<Keymap, KeyClash> {
        let rows: Vec<BindingRow> = DEFAULT_BINDINGS
            .iter()
            .map(|b| {
                let keys = overrides
                    .iter()
                    .find(|(action, _)| *action == b.action)
                    .map(|(_, keys)| keys.clone())
                    .unwrap_or_else(|| b.keys.iter().filter_map(|k| KeyChord::parse(k)).collect());
                BindingRow {
                    context: b.context,
                    action: b.action.clone(),
                    keys,
                    help: b.help,
                }
            })
            .collect();
        let mut lookup = HashMap::new();
        for row in &rows {
            for key in &row.keys {
                if let Some(existing) = lookup.insert((row.context, *key), row.action.clone())
                    && existing != row.action
                {
                    return Err(KeyClash {
                        key: key.to_string(),
                        context: row.context.title(),
                        first: existing.name().unwrap_or_default(),
                        second: row.action.name().unwrap_or_default(),
                    });
                }
            }
        }
        Ok(Keymap { rows, lookup })
    }

    /// The action for `key` in `context`, looking at [`Context::Global`]
    /// first.
    pub fn lookup(&self, context: Context, key: KeyChord) -> Option<Action> {
        self.lookup
            .get(&(Context::Global, key))
            .or_else(|| self.lookup.get(&(context, key)))
            .cloned()
    }

    /// Every row, in table order.
    pub fn rows(&self) -> &[BindingRow] {
        &self.rows
    }

    /// The keys bound to `action` in `context`, joined with `/` for footers.
    pub fn keys_for(&self, context: Context, action: &Action) -> String {
        self.rows
            .iter()
            .filter(|r| r.context == context && r.action == *action)
            .flat_map(|r| r.keys.iter().map(KeyChord::to_string))
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The rows of one context.
    pub fn context_rows(&self, context: Context) -> impl Iterator<Item = &BindingRow> {
        self.rows.iter().filter(move |r| r.context == context)
    }
}

/// The key table as Markdown, one section per context; KEYS.md embeds it
/// and a test keeps the two equal.
pub fn markdown_table(keymap: &Keymap) -> String {
    let mut out = String::new();
    for context in Context::ALL {
        let rows: Vec<&BindingRow> = keymap.context_rows(context).collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "### {}\n\n| keys | action | does |\n|---|---|---|\n",
            context.title()
        ));
        for row in rows {
            let keys = row
                .keys
                .iter()
                .map(|k| format!("`{}`", k.to_string().replace('`', "\\`")))
                .collect::<Vec<_>>()
                .join(" ");
            let name = row.action.name().unwrap_or_default();
            out.push_str(&format!(
                "| {keys} | `{name}` | {} |\n",
                row.help.replace('|', "\\|")
            ));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_key_parses_and_nothing_clashes() {
        for b in DEFAULT_BINDINGS {
            for k in b.keys {
                assert!(KeyChord::parse(k).is_some(), "{k} does not parse");
            }
            assert!(b.action.name().is_some(), "{:?} is not bindable", b.action);
        }
        assert!(Keymap::with_overrides(&[]).is_ok());
    }

    #[test]
    fn parse_and_display_round_trip() {
        for text in [
            "j", "G", "Ctrl-r", "PageDown", "Space", "F5", "BackTab", "?",
        ] {
            let chord = KeyChord::parse(text).unwrap();
            assert_eq!(chord.to_string(), text);
        }
        assert_eq!(KeyChord::parse("ctrl+R"), KeyChord::parse("Ctrl-r"));
        assert_eq!(KeyChord::parse("Nonsense"), None);
        assert_eq!(KeyChord::parse(""), None);
    }

    #[test]
    fn lookup_normalizes_shift_and_ctrl() {
        let map = Keymap::default();
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            map.lookup(Context::Normal, KeyChord::from_event(&shifted)),
            Some(Action::Last)
        );
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            map.lookup(Context::Note, KeyChord::from_event(&ctrl_c)),
            Some(Action::ForceQuit)
        );
    }

    #[test]
    fn overrides_replace_keys_and_clashes_are_reported() {
        let keys = vec![KeyChord::parse("Ctrl-n").unwrap()];
        let map = Keymap::with_overrides(&[(Action::MoveDown, keys.clone())]).unwrap();
        assert_eq!(map.lookup(Context::Normal, keys[0]), Some(Action::MoveDown));
        assert_eq!(
            map.lookup(Context::Normal, KeyChord::parse("j").unwrap()),
            None
        );
        let clash =
            Keymap::with_overrides(&[(Action::MoveDown, vec![KeyChord::parse("v").unwrap()])])
                .unwrap_err();
        assert_eq!(clash.key, "v");
    }
}
