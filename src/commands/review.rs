//! `factdesk review` and the bare `factdesk`: the review interface.
//!
//! Everything around the interface happens here: finding or extracting the
//! review file, re-anchoring when the article changed, taking the one-writer
//! lock, offering back a draft from a dropped session, turning SIGHUP,
//! SIGTERM, SIGINT and SIGQUIT into a clean save-and-exit, and saying where
//! the verdicts went.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context;
use factdesk_extract::ExtractOptions;
use factdesk_review::sync::Fingerprint;
use factdesk_review::{ReviewFile, build, draft, lock, store};
use factdesk_tui::{
    ColorMode, Config, DraftText, ExitReason, LoadingScreen, RunOptions, SortOrder, StartOptions,
    Started,
};

use crate::cli::{ColorArg, InterfaceArgs, ReviewArgs};
use crate::commands::extract::{extract_one, review_path_for};
use crate::commands::{article_path_of, load_review_with_fingerprint, read_article, save_review};
use crate::exit::{Exit, fail};
use crate::persist::FilePersist;

/// Runs `factdesk` with no command: the bundled article's working copy.
pub fn run_bundled(interface: &InterfaceArgs) -> anyhow::Result<Exit> {
    let dir = crate::bundled::data_dir()?;
    let review = crate::bundled::working_copy(&dir)?;
    open(&review, ExtractOptions::default(), false, false, interface)
}

/// Runs `factdesk review FILE`.
pub fn run(args: &ReviewArgs, interface: &InterfaceArgs) -> anyhow::Result<Exit> {
    let options = ExtractOptions {
        lang: crate::commands::language(args.lang),
        published: args.published,
    };
    open(&args.file, options, args.read_only, args.wait, interface)
}

/// A review file ready for the interface.
struct Opened {
    path: PathBuf,
    file: ReviewFile,
    article: String,
    banner: Option<String>,
    /// Whether `file` differs from the disk (a fresh extraction, or claims
    /// re-anchored to an edited article): written once the lock is held,
    /// so the disk matches what the interface shows and later commands
    /// (`mark`, `report`) see offsets that fit the article.
    unsaved: bool,
    /// The fingerprint of the bytes `file` was parsed from, when it was
    /// read from disk unchanged (see `FilePersist::with_fingerprint`).
    fingerprint: Option<Fingerprint>,
}

/// Loads (or extracts) the review for `path`, an article or a review JSON,
/// and re-anchors its claims if the article changed since extraction.
fn load(path: &Path, options: ExtractOptions) -> anyhow::Result<Opened> {
    let is_review = path.extension().is_some_and(|ext| ext == "json");
    if !is_review {
        let extracted = extract_one(path, options)?;
        let article = read_article(path)?;
        return Ok(Opened {
            path: extracted.review,
            file: extracted.file,
            article,
            banner: None,
            unsaved: true,
            fingerprint: None,
        });
    }
    let (mut file, fingerprint) = load_review_with_fingerprint(path)?;
    let article_path = article_path_of(path, &file);
    let article = read_article(&article_path).with_context(|| {
        format!(
            "{} names its article as {}",
            path.display(),
            article_path.display()
        )
    })?;
    let sha = store::sha256_hex(article.as_bytes());
    let problems = store::validate_against_article(&file, &article);
    let banner = if sha != file.article.sha256 || !problems.is_empty() {
        let report = build::reanchor(&mut file, &article);
        file.article.sha256 = sha;
        Some(format!(
            "The article changed since extraction: claims re-anchored ({} moved, {} orphaned); every verdict kept",
            report.moved, report.orphaned
        ))
    } else {
        None
    };
    let unsaved = banner.is_some();
    Ok(Opened {
        path: path.to_path_buf(),
        file,
        article,
        banner,
        unsaved,
        // A re-anchored file is written before the session: its
        // fingerprint is then read back from disk.
        fingerprint: (!unsaved).then_some(fingerprint),
    })
}

fn open(
    path: &Path,
    options: ExtractOptions,
    read_only: bool,
    wait: bool,
    interface: &InterfaceArgs,
) -> anyhow::Result<Exit> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(fail(
            Exit::NoTerminal,
            "the review interface needs a terminal; over SSH use `ssh -t`, or use the headless commands (mark, status, list, report)",
        ));
    }
    let reviewer = crate::identity::reviewer(interface.reviewer.as_deref());
    let config = load_config(interface)?;
    let is_review = path.extension().is_some_and(|ext| ext == "json");
    let size = match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => meta.len(),
        // A missing or unreadable input fails in `load` with its usual
        // message, before any lock is taken.
        _ => {
            load(path, options)?;
            return Err(fail(
                Exit::InputInvalid,
                format!("{} is not a regular file", path.display()),
            ));
        }
    };
    // The lock needs only the review's path, so it is taken before the
    // (possibly long) load, which then runs behind the loading screen.
    let review_path = if is_review {
        path.to_path_buf()
    } else {
        review_file_for(path)
    };
    let _lock = if read_only {
        None
    } else {
        Some(take_lock(&review_path, &reviewer, wait)?)
    };
    let shutdown = Arc::new(AtomicBool::new(false));
    register_signals(&shutdown)?;
    install_panic_note(&review_path);
    let label = review_path.display().to_string();
    let screen = LoadingScreen {
        label: label.clone(),
        reviewer: reviewer.clone(),
        bytes: Some(size),
    };
    // Set when the session ends before the load does: the loader then
    // writes nothing (the lock is released as this function returns).
    let abandoned = Arc::new(AtomicBool::new(false));
    let loader = Loader {
        path: path.to_path_buf(),
        options,
        read_only,
        reviewer: reviewer.clone(),
        config: config.clone(),
        label,
        abandoned: Arc::clone(&abandoned),
    };
    let options = RunOptions {
        shutdown,
        color: color_mode(interface.color),
        ascii: interface.ascii || !locale_is_utf8(),
        mouse: interface.mouse,
        poll: Duration::from_millis(250),
        tty_check: Duration::from_secs(2),
    };
    let preview = (is_review && config.sort == SortOrder::Article).then(|| {
        let head = Head {
            path: review_path.clone(),
            read_only,
            reviewer: reviewer.clone(),
            config: config.clone(),
            label: screen.label.clone(),
        };
        Box::new(move || head.preview()) as factdesk_tui::Preview
    });
    let started = factdesk_tui::run_loading(screen, preview, move || loader.load(), options)
        .map_err(|e| match e {
            factdesk_tui::TuiError::NotATerminal(_) => fail(Exit::NoTerminal, e.to_string()),
            other => fail(Exit::Internal, other.to_string()),
        })?;
    let (outcome, persist) = match started {
        Started::Ran { outcome, persist } => (outcome, persist),
        // Exactly the error a load without the loading screen reports.
        Started::Failed(error) => return Err(error),
        Started::Abandoned(reason) => {
            abandoned.store(true, Ordering::SeqCst);
            if !read_only {
                let _ = writeln!(
                    std::io::stderr(),
                    "factdesk: closed before {} was loaded; no verdict was changed{}",
                    review_path.display(),
                    reason_note(reason)
                );
            }
            return Ok(Exit::Success);
        }
    };
    let saved_to = persist.path().display().to_string();
    if let Some(error) = outcome.save_error {
        return Err(fail(
            Exit::WriteFailed,
            format!("the last change could not be saved to {saved_to}: {error}"),
        ));
    }
    if !read_only {
        // Not `eprintln!`: it panics when standard error is the terminal
        // that just went away.
        let _ = writeln!(
            std::io::stderr(),
            "factdesk: verdicts saved to {saved_to}{}",
            reason_note(outcome.reason)
        );
    }
    Ok(Exit::Success)
}

/// What the exit line adds for a way out other than quitting.
fn reason_note(reason: ExitReason) -> &'static str {
    match reason {
        ExitReason::Quit => "",
        ExitReason::Shutdown => " (stopped by a signal)",
        ExitReason::TerminalLost => " (the terminal went away)",
    }
}

/// Everything the loader thread needs to turn the input into the
/// interface's start.
struct Loader {
    path: PathBuf,
    options: ExtractOptions,
    read_only: bool,
    reviewer: String,
    config: Config,
    label: String,
    abandoned: Arc<AtomicBool>,
}

impl Loader {
    /// Reads, parses, validates and re-anchors the review, writes it back
    /// when it changed (the lock is already held), and builds the state
    /// and the persister: all of a start's slow work, off the interface
    /// thread.
    fn load(self) -> anyhow::Result<(factdesk_tui::State, FilePersist)> {
        let opened = load(&self.path, self.options)?;
        if opened.unsaved && !self.read_only && !self.abandoned.load(Ordering::SeqCst) {
            // The previous version stays in FILE.bak.
            save_review(&opened.path, &opened.file)?;
        }
        let draft = match draft::load_draft(&opened.path) {
            Ok(Some(d)) => Some(DraftText {
                claim_id: d.claim_id,
                text: d.text,
            }),
            Ok(None) => None,
            Err(e) => {
                eprintln!("factdesk: warning: {e}");
                None
            }
        };
        let Opened {
            path,
            file,
            article,
            banner,
            fingerprint,
            ..
        } = opened;
        let options = StartOptions {
            draft,
            banner,
            read_only: self.read_only,
            label: self.label,
            now: Some(chrono::Local::now().fixed_offset()),
        };
        // The persister's copy of the file (and, after a write, its
        // fingerprint of the disk) is made on a second thread while the
        // state is built.
        let reviewer = self.reviewer;
        let config = self.config;
        let copy = file.clone();
        std::thread::scope(|scope| {
            let persist = scope.spawn(|| match fingerprint {
                Some(known) => FilePersist::with_fingerprint(&path, copy, &reviewer, Some(known)),
                None => FilePersist::new(&path, copy, &reviewer),
            });
            let state =
                factdesk_tui::initial_state(file, article, reviewer.clone(), &config, options);
            match persist.join() {
                Ok(persist) => Ok((state, persist)),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }
}

/// How many claims a preview reads: several screens' worth, so moves stay
/// inside it for a while.
const PREVIEW_CLAIMS: usize = 500;

/// How much of the review file a preview reads: room for
/// [`PREVIEW_CLAIMS`] claims of ~2 KB and a long header.
const PREVIEW_BYTES: usize = 2 << 20;

/// Everything the preview thread needs to show the first claims of a
/// large review while the loader reads all of it.
struct Head {
    path: PathBuf,
    read_only: bool,
    reviewer: String,
    config: Config,
    label: String,
}

impl Head {
    /// The state of the review's first claims, when it is exactly what the
    /// full load will start with: the article unchanged since extraction
    /// (no re-anchoring), the claims fitting it, no draft to restore, and
    /// a pending claim among them (the full review selects the first
    /// pending claim; the preview must select the same one).
    fn preview(self) -> Option<factdesk_tui::State> {
        let head = factdesk_review::head::read_head(&self.path, PREVIEW_BYTES, PREVIEW_CLAIMS)?;
        if !matches!(draft::load_draft(&self.path), Ok(None)) {
            return None;
        }
        let article = store::read_article(&article_path_of(&self.path, &head)).ok()?;
        if store::sha256_hex(article.as_bytes()) != head.article.sha256
            || !store::validate_against_article(&head, &article).is_empty()
        {
            return None;
        }
        let state = factdesk_tui::initial_state(
            head,
            article,
            self.reviewer,
            &self.config,
            StartOptions {
                draft: None,
                banner: None,
                read_only: self.read_only,
                label: self.label,
                now: Some(chrono::Local::now().fixed_offset()),
            },
        );
        let selected = state.selected_index()?;
        state
            .file
            .claims
            .get(selected)
            .is_some_and(factdesk_review::Claim::is_pending)
            .then_some(state)
    }
}

fn take_lock(path: &Path, reviewer: &str, wait: bool) -> anyhow::Result<lock::LockGuard> {
    let result = if wait {
        eprintln!("factdesk: waiting for {} to be free…", path.display());
        lock::acquire_wait(
            path,
            reviewer,
            Duration::from_secs(24 * 3600),
            Duration::from_millis(500),
        )
    } else {
        lock::acquire(path, reviewer)
    };
    result.map_err(|e| match e {
        lock::LockError::Held { .. } | lock::LockError::Timeout { .. } => fail(
            Exit::Locked,
            format!("{e}: use --read-only to look without changing, or --wait to wait for it"),
        ),
        other => fail(Exit::WriteFailed, other.to_string()),
    })
}

fn load_config(interface: &InterfaceArgs) -> anyhow::Result<Config> {
    let path = match &interface.config {
        Some(path) => path.clone(),
        None => match dirs::config_dir() {
            Some(dir) => dir.join("factdesk").join("config.toml"),
            None => return Ok(Config::default()),
        },
    };
    Config::load(&path).map_err(|e| fail(Exit::InputInvalid, e.to_string()))
}

/// The first SIGHUP/SIGTERM/SIGINT/SIGQUIT asks the interface to save and
/// exit; a second one of the same kind ends the process at once.
fn register_signals(flag: &Arc<AtomicBool>) -> anyhow::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    for signal in [SIGHUP, SIGTERM, SIGINT, SIGQUIT] {
        signal_hook::flag::register_conditional_shutdown(signal, 1, Arc::clone(flag))
            .context("cannot install signal handlers")?;
        signal_hook::flag::register(signal, Arc::clone(flag))
            .context("cannot install signal handlers")?;
    }
    Ok(())
}

/// After the interface's own hook has restored the terminal, say where the
/// review file is, so a crash never leaves the reviewer guessing.
fn install_panic_note(review: &Path) {
    let review = review.display().to_string();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        // A failed write must not panic inside the panic hook (that aborts).
        let _ = writeln!(
            std::io::stderr(),
            "factdesk crashed (a bug: please report it). Every change acknowledged on screen is saved in {review}"
        );
    }));
}

fn color_mode(arg: ColorArg) -> ColorMode {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    match arg {
        ColorArg::Always => ColorMode::Color,
        ColorArg::Never => ColorMode::Monochrome,
        ColorArg::Auto if no_color => ColorMode::Monochrome,
        ColorArg::Auto => ColorMode::Color,
    }
}

/// True when the locale says UTF-8 (LC_ALL, then LC_CTYPE, then LANG); an
/// unset locale counts as UTF-8, as modern terminals are.
fn locale_is_utf8() -> bool {
    for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
        if let Ok(value) = std::env::var(name)
            && !value.is_empty()
        {
            let value = value.to_ascii_lowercase();
            return value.contains("utf-8") || value.contains("utf8");
        }
    }
    true
}

/// The review file `factdesk review ARTICLE` uses.
pub fn review_file_for(article: &Path) -> PathBuf {
    review_path_for(article)
}
