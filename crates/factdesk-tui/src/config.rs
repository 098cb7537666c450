//! The interface's TOML config file.
//!
//! ```toml
//! [ui]
//! auto_advance = true      # after a verdict, jump to the next pending claim
//! sort = "article"         # "article" or "score"
//! show_dismissed = false   # list dismissed claims too
//!
//! [keys]                   # action = [keys]; replaces that action's keys
//! move_down = ["j", "Down", "Ctrl-n"]
//! undo = ["z"]
//! ```
//!
//! Action names and key syntax are listed in KEYS.md. Every field is
//! optional; a missing file means the defaults.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::action::Action;
use crate::keymap::{KeyChord, Keymap};

/// The order of the claims list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// As the claims appear in the article.
    #[default]
    Article,
    /// Highest check-worthiness first.
    Score,
}

/// Loaded settings: the keymap plus the `[ui]` switches.
#[derive(Debug, Clone)]
pub struct Config {
    /// After a verdict, move to the next pending claim.
    pub auto_advance: bool,
    /// The initial sort order.
    pub sort: SortOrder,
    /// List dismissed claims from the start.
    pub show_dismissed: bool,
    /// The effective key bindings.
    pub keymap: Keymap,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            auto_advance: true,
            sort: SortOrder::Article,
            show_dismissed: false,
            keymap: Keymap::default(),
        }
    }
}

/// Why a config file was refused; each names the file and what to fix.
#[derive(Debug, Error)]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Not valid TOML, or a field of the wrong type.
    #[error("config file {path}, line {line}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// What the parser said.
        message: String,
    },
    /// An action name that does not exist.
    #[error(
        "config file {path}, line {line}: unknown action '{action}' in [keys] (see KEYS.md for the names)"
    )]
    UnknownAction {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// The name given.
        action: String,
    },
    /// A key that cannot be parsed.
    #[error(
        "config file {path}, line {line}: cannot read key '{key}' for {action} (write e.g. \"j\", \"Down\", \"Ctrl-r\")"
    )]
    BadKey {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// The action.
        action: String,
        /// The key as written.
        key: String,
    },
    /// Two actions of one context bound to the same key.
    #[error(
        "config file {path}: key '{key}' is bound to both {first} and {second} in the {context}; give one of them another key"
    )]
    Clash {
        /// The file.
        path: PathBuf,
        /// The key.
        key: String,
        /// Where they clash.
        context: String,
        /// First action.
        first: String,
        /// Second action.
        second: String,
    },
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    ui: RawUi,
    #[serde(default)]
    keys: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawUi {
    auto_advance: Option<bool>,
    sort: Option<SortOrder>,
    show_dismissed: Option<bool>,
}

impl Config {
    /// Reads the config at `path`; a missing file gives the defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(source) => Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    /// Parses config text; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            path: path.to_path_buf(),
            line: e.span().map(|s| line_of(text, s.start)).unwrap_or(1),
            message: e.message().to_string(),
        })?;
        let mut overrides = Vec::new();
        for (name, keys) in &raw.keys {
            let line = line_of_key(text, name);
            let action = Action::from_name(name).ok_or_else(|| ConfigError::UnknownAction {
                path: path.to_path_buf(),
                line,
                action: name.clone(),
            })?;
            let chords = keys
                .iter()
                .map(|k| {
                    KeyChord::parse(k).ok_or_else(|| ConfigError::BadKey {
                        path: path.to_path_buf(),
                        line,
                        action: name.clone(),
                        key: k.clone(),
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            overrides.push((action, chords));
        }
        let keymap = Keymap::with_overrides(&overrides).map_err(|c| ConfigError::Clash {
            path: path.to_path_buf(),
            key: c.key,
            context: c.context.to_lowercase(),
            first: c.first,
            second: c.second,
        })?;
        let defaults = Config::default();
        Ok(Config {
            auto_advance: raw.ui.auto_advance.unwrap_or(defaults.auto_advance),
            sort: raw.ui.sort.unwrap_or(defaults.sort),
            show_dismissed: raw.ui.show_dismissed.unwrap_or(defaults.show_dismissed),
            keymap,
        })
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    1 + text
        .get(..byte.min(text.len()))
        .unwrap_or(text)
        .matches('\n')
        .count()
}

fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .or_else(|| l.strip_prefix(&format!("\"{key}\"")))
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::Context;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("config.toml"))
    }

    #[test]
    fn overrides_from_toml_take_effect() {
        let config = parse("[ui]\nauto_advance = false\nsort = \"score\"\n\n[keys]\nundo = [\"z\"]\nredo = [\"Z\"]\n").unwrap();
        assert!(!config.auto_advance);
        assert_eq!(config.sort, SortOrder::Score);
        let z = KeyChord::parse("z").unwrap();
        assert_eq!(config.keymap.lookup(Context::Normal, z), Some(Action::Undo));
        assert_eq!(
            config
                .keymap
                .lookup(Context::Normal, KeyChord::parse("U").unwrap()),
            None
        );
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse("[keys]\nmove_down = [\"j\"]\nfly_away = [\"x\"]\n").unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
        assert!(err.to_string().contains("fly_away"), "{err}");
        let err = parse("[ui]\nauto_advance = \"yes\"\n").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = parse("[keys]\nundo = [\"NotAKey\"]\n").unwrap_err();
        assert!(matches!(err, ConfigError::BadKey { line: 2, .. }), "{err}");
        let err = parse("[keys]\nundo = [\"v\"]\n").unwrap_err();
        assert!(matches!(err, ConfigError::Clash { .. }), "{err}");
    }

    #[test]
    fn missing_file_gives_defaults() {
        let config = Config::load(Path::new("/nonexistent/factdesk/config.toml")).unwrap();
        assert!(config.auto_advance);
    }
}
