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
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use anyhow::Context;
use factdesk_numbers::Language;
use factdesk_review::{ReviewFile, build, draft, lock, store};
use factdesk_tui::{ColorMode, Config, DraftText, ExitReason, RunOptions, StartOptions};

use crate::cli::{ColorArg, InterfaceArgs, ReviewArgs};
use crate::commands::extract::{extract_one, review_path_for};
use crate::commands::{article_path_of, load_review, read_article, save_review};
use crate::exit::{Exit, fail};
use crate::persist::FilePersist;

/// Runs `factdesk` with no command: the bundled article's working copy.
pub fn run_bundled(interface: &InterfaceArgs) -> anyhow::Result<Exit> {
    let dir = crate::bundled::data_dir()?;
    let review = crate::bundled::working_copy(&dir)?;
    open(&review, None, false, false, interface)
}

/// Runs `factdesk review FILE`.
pub fn run(args: &ReviewArgs, interface: &InterfaceArgs) -> anyhow::Result<Exit> {
    open(
        &args.file,
        crate::commands::language(args.lang),
        args.read_only,
        args.wait,
        interface,
    )
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
}

/// Loads (or extracts) the review for `path`, an article or a review JSON,
/// and re-anchors its claims if the article changed since extraction.
fn load(path: &Path, lang: Option<Language>) -> anyhow::Result<Opened> {
    let is_review = path.extension().is_some_and(|ext| ext == "json");
    if !is_review {
        let extracted = extract_one(path, lang)?;
        let article = read_article(path)?;
        return Ok(Opened {
            path: extracted.review,
            file: extracted.file,
            article,
            banner: None,
            unsaved: true,
        });
    }
    let mut file = load_review(path)?;
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
    })
}

fn open(
    path: &Path,
    lang: Option<Language>,
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
    let opened = load(path, lang)?;
    let _lock = if read_only {
        None
    } else {
        Some(take_lock(&opened.path, &reviewer, wait)?)
    };
    if opened.unsaved && !read_only {
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
    let label = opened.path.display().to_string();
    let state = factdesk_tui::initial_state(
        opened.file.clone(),
        opened.article,
        reviewer.clone(),
        &config,
        StartOptions {
            draft,
            banner: opened.banner,
            read_only,
            label,
            now: Some(chrono::Local::now().fixed_offset()),
        },
    );
    let shutdown = Arc::new(AtomicBool::new(false));
    register_signals(&shutdown)?;
    install_panic_note(&opened.path);
    let mut persist = FilePersist::new(&opened.path, opened.file, &reviewer);
    let options = RunOptions {
        shutdown,
        color: color_mode(interface.color),
        ascii: interface.ascii || !locale_is_utf8(),
        mouse: interface.mouse,
        poll: Duration::from_millis(250),
        tty_check: Duration::from_secs(2),
    };
    let outcome = factdesk_tui::run(state, &mut persist, options).map_err(|e| match e {
        factdesk_tui::TuiError::NotATerminal(_) => fail(Exit::NoTerminal, e.to_string()),
        other => fail(Exit::Internal, other.to_string()),
    })?;
    let saved_to = persist.path().display().to_string();
    if let Some(error) = outcome.save_error {
        return Err(fail(
            Exit::WriteFailed,
            format!("the last change could not be saved to {saved_to}: {error}"),
        ));
    }
    if !read_only {
        let reason = match outcome.reason {
            ExitReason::Quit => "",
            ExitReason::Shutdown => " (stopped by a signal)",
            ExitReason::TerminalLost => " (the terminal went away)",
        };
        // Not `eprintln!`: it panics when standard error is the terminal
        // that just went away.
        let _ = writeln!(
            std::io::stderr(),
            "factdesk: verdicts saved to {saved_to}{reason}"
        );
    }
    Ok(Exit::Success)
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
