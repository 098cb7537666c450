//! The sample article shipped with factdesk, and its working copy.
//!
//! `factdesk` with no arguments reviews the article in `claims/`. So that
//! reviewing it never changes the repository (and the test comparing the
//! committed review file with a fresh extraction keeps passing), the article
//! and its review file are embedded in the binary and copied on first use to
//! the user's data folder, where verdicts accumulate across runs.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;
use factdesk_review::{build, store};

use crate::exit::{Exit, fail};

/// File name of the bundled article.
pub const ARTICLE_NAME: &str = "kerry-london-coalition.txt";
/// File name of its review file.
pub const REVIEW_NAME: &str = "kerry-london-coalition.json";
/// The bundled article, byte for byte as in `claims/`.
pub const ARTICLE: &str = include_str!("../claims/kerry-london-coalition.txt");
/// The bundled review file, as committed in `claims/`.
pub const REVIEW: &str = include_str!("../claims/kerry-london-coalition.json");

/// The folder holding the working copy: `$FACTDESK_DATA_DIR`, else
/// `factdesk/` in the platform data folder (`~/.local/share/factdesk` on
/// Linux), else `.factdesk` in the home folder.
pub fn data_dir() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("FACTDESK_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir()
        .map(|d| d.join("factdesk"))
        .or_else(|| dirs::home_dir().map(|h| h.join(".factdesk")))
        .ok_or_else(|| {
            fail(
                Exit::WriteFailed,
                "cannot find a data folder for the working copy; set FACTDESK_DATA_DIR",
            )
        })
}

/// Makes sure the working copy exists in `dir` and returns its review path.
///
/// A first run copies the article and its review file. Later runs keep the
/// copy and its verdicts; if a newer build ships a changed article or
/// review, the bundled claims are merged in without dropping any verdict.
pub fn working_copy(dir: &Path) -> anyhow::Result<PathBuf> {
    fs::create_dir_all(dir).map_err(|e| {
        fail(
            Exit::WriteFailed,
            format!("cannot create {}: {e}", dir.display()),
        )
    })?;
    let article_path = dir.join(ARTICLE_NAME);
    let review_path = dir.join(REVIEW_NAME);
    let bundled = store::parse(Path::new(REVIEW_NAME), REVIEW.as_bytes())
        .context("the bundled review file is damaged (a bug in this build)")?;
    let article_on_disk = fs::read(&article_path).ok();
    if article_on_disk.as_deref() != Some(ARTICLE.as_bytes()) {
        write_plain(&article_path, ARTICLE)?;
    }
    let review = if review_path.exists() {
        let existing = store::load(&review_path)
            .map_err(|e| fail(Exit::from_code(e.exit_code()), e.to_string()))?;
        if existing.article.sha256 == bundled.article.sha256
            && existing.extractor == bundled.extractor
        {
            return Ok(review_path);
        }
        build::merge_extraction(existing, bundled, ARTICLE)
    } else {
        bundled
    };
    store::save(&review_path, &review)
        .map_err(|e| fail(Exit::from_code(e.exit_code()), e.to_string()))?;
    Ok(review_path)
}

fn write_plain(path: &Path, text: &str) -> anyhow::Result<()> {
    fs::write(path, text).map_err(|e| {
        fail(
            Exit::WriteFailed,
            format!("cannot write {}: {e}", path.display()),
        )
    })
}
