//! One module per subcommand. Each takes its parsed arguments, does its work
//! through the library crates, and returns the exit status.

pub mod extract;
pub mod list;
pub mod mark;
pub mod merge;
pub mod quantities;
pub mod report;
pub mod review;
pub mod status;

use std::path::{Path, PathBuf};

use factdesk_numbers::Language;
use factdesk_review::{ReviewFile, store};

use crate::cli::LangArg;
use crate::exit::{Exit, fail};

/// The language a `--lang` flag asks for.
pub fn language(arg: Option<LangArg>) -> Option<Language> {
    arg.map(|lang| match lang {
        LangArg::Id => Language::Id,
        LangArg::En => Language::En,
    })
}

/// Loads a review file, turning errors into documented exit statuses.
pub fn load_review(path: &Path) -> anyhow::Result<ReviewFile> {
    store::load(path).map_err(store_failure)
}

/// Loads a review file, with the fingerprint of exactly the bytes parsed
/// (so a change on disk made after this read is still detected).
pub fn load_review_with_fingerprint(
    path: &Path,
) -> anyhow::Result<(ReviewFile, factdesk_review::sync::Fingerprint)> {
    let bytes = store::read_review_bytes(path).map_err(store_failure)?;
    let file = store::parse(path, &bytes).map_err(store_failure)?;
    Ok((file, factdesk_review::sync::Fingerprint::of_bytes(&bytes)))
}

/// A store error as the exit status it maps to.
fn store_failure(error: store::StoreError) -> anyhow::Error {
    fail(Exit::from_code(error.exit_code()), error.to_string())
}

/// Saves a review file atomically, turning errors into exit statuses.
pub fn save_review(path: &Path, file: &ReviewFile) -> anyhow::Result<()> {
    store::save(path, file).map_err(|e| fail(Exit::from_code(e.exit_code()), e.to_string()))
}

/// Reads an article, turning errors into exit statuses.
pub fn read_article(path: &Path) -> anyhow::Result<String> {
    store::read_article(path).map_err(|e| fail(Exit::from_code(e.exit_code()), e.to_string()))
}

/// The article of a review file: its `article.path`, taken relative to the
/// review file's folder when it is relative.
pub fn article_path_of(review_path: &Path, file: &ReviewFile) -> PathBuf {
    let recorded = Path::new(&file.article.path);
    if recorded.is_absolute() {
        recorded.to_path_buf()
    } else {
        review_path
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join(recorded)
    }
}
