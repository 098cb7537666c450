//! `factdesk extract`: articles in, review files out.
//!
//! One article or thousands: folders and glob patterns expand to every
//! `.txt` article, extracted in parallel (rayon), each merged into the
//! review file beside it so earlier verdicts survive. A bad file is
//! reported and skipped; the batch goes on.
//!
//! A batch saves each file atomically (temporary file, fsync, rename; a
//! backup of a file it replaces) but fsyncs each folder once, after the
//! last rename, through a [`store::FolderSync`]: per-file folder fsyncs and
//! leftover sweeps cost more than the writing and kept two workers from
//! being much faster than one.

use std::collections::BTreeMap;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use factdesk_extract::{ClaimKind, ExtractOptions};
use factdesk_review::{ReferenceSource, ReviewFile, build, store};
use rayon::prelude::*;

use crate::cli::ExtractArgs;
use crate::commands::{language, load_review, read_article};
use crate::exit::{Exit, code_for, describe, fail};

/// Runs `factdesk extract`.
pub fn run(args: &ExtractArgs) -> anyhow::Result<Exit> {
    let articles = expand_paths(&args.paths)?;
    let options = ExtractOptions {
        lang: language(args.lang),
        published: args.published,
    };
    if args.stdout {
        let [article] = articles.as_slice() else {
            return Err(fail(
                Exit::Usage,
                format!(
                    "--stdout takes exactly one article, got {}; drop --stdout to write review files",
                    articles.len()
                ),
            ));
        };
        let review = extract_one(article, options)?;
        // Streamed: a large review's JSON is never held in memory whole.
        let mut out = BufWriter::new(std::io::stdout().lock());
        store::write_json(&mut out, &review.file)
            .and_then(|()| out.flush())
            .context("cannot write to standard output")?;
        return Ok(Exit::Success);
    }
    if articles.len() == 1 {
        let review = extract_and_save(&articles[0], options)?;
        println!("{}", review.summary());
        return Ok(Exit::Success);
    }
    run_batch(&articles, options, args.jobs)
}

fn run_batch(
    articles: &[PathBuf],
    options: ExtractOptions,
    jobs: Option<usize>,
) -> anyhow::Result<Exit> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let progress = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(articles.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} articles {elapsed_precise} {wide_msg}",
        ) {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let folders = store::FolderSync::new();
    // Only the claim count of each review is kept, not the review itself,
    // so memory does not grow with the size of the batch.
    let results: Vec<(PathBuf, anyhow::Result<usize>)> = pool.install(|| {
        articles
            .par_iter()
            .map(|path| {
                let result =
                    extract_and_save_with(path, options, store::SaveOptions::batch(&folders))
                        .map(|extracted| extracted.file.claims.len());
                progress.inc(1);
                (path.clone(), result)
            })
            .collect()
    });
    progress.finish_and_clear();
    // After the last rename: each folder's fsync makes its renames durable.
    let synced = folders.finish();
    let mut claims = 0;
    let mut failed = Vec::new();
    let mut worst = Exit::Success;
    for (path, result) in &results {
        match result {
            Ok(count) => claims += count,
            Err(error) => {
                eprintln!("factdesk: skipped {}: {}", path.display(), describe(error));
                failed.push(path);
                worst = code_for(error);
            }
        }
    }
    if let Err(error) = synced {
        eprintln!("factdesk: {error}");
        worst = Exit::from_code(error.exit_code());
    }
    println!(
        "{} articles, {} extracted, {} failed, {} claims",
        results.len(),
        results.len() - failed.len(),
        failed.len(),
        claims
    );
    Ok(worst)
}

/// One article's extraction and where it went.
pub struct Extracted {
    /// The article that was read.
    pub article: PathBuf,
    /// The review file written (or that would be written).
    pub review: PathBuf,
    /// Its content.
    pub file: ReviewFile,
}

impl Extracted {
    /// The one-line summary: claims found, by kind.
    pub fn summary(&self) -> String {
        let mut by_kind: BTreeMap<ClaimKind, usize> = BTreeMap::new();
        for claim in &self.file.claims {
            for kind in &claim.kinds {
                *by_kind.entry(*kind).or_default() += 1;
            }
        }
        let kinds = by_kind
            .iter()
            .map(|(kind, n)| format!("{n} {}", kind.as_str()))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "{}: {} claims ({}), language {} -> {}",
            self.article.display(),
            self.file.claims.len(),
            if kinds.is_empty() {
                "none".to_string()
            } else {
                kinds
            },
            self.file.article.language.code(),
            self.review.display()
        )
    }
}

/// The review file that belongs to an article: the same name ending in `.json`.
pub fn review_path_for(article: &Path) -> PathBuf {
    article.with_extension("json")
}

/// Extracts one article and merges it with the review file beside it, if
/// one exists (without writing anything).
///
/// A publication day given once (`--published`) is recorded in the review
/// file and used again by every later extraction that gives none.
pub fn extract_one(article: &Path, options: ExtractOptions) -> anyhow::Result<Extracted> {
    let text = read_article(article)?;
    let review = review_path_for(article);
    let name = article
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| article.display().to_string());
    let existing = if review.exists() {
        Some(load_review(&review)?)
    } else {
        None
    };
    let given = existing
        .as_ref()
        .and_then(|file| file.article.reference_date.as_ref())
        .filter(|reference| reference.source == ReferenceSource::Given)
        .map(|reference| reference.date);
    let options = ExtractOptions {
        published: options.published.or(given),
        ..options
    };
    let extraction = factdesk_extract::extract_with(&text, options);
    let fresh = build::new_review(&name, &text, extraction);
    let file = match existing {
        Some(existing) => build::merge_extraction(existing, fresh, &text),
        None => fresh,
    };
    Ok(Extracted {
        article: article.to_path_buf(),
        review,
        file,
    })
}

/// Extracts one article and saves its review file atomically.
pub fn extract_and_save(article: &Path, options: ExtractOptions) -> anyhow::Result<Extracted> {
    extract_and_save_with(article, options, store::SaveOptions::default())
}

/// [`extract_and_save`] with save options (a batch defers folder fsyncs).
fn extract_and_save_with(
    article: &Path,
    options: ExtractOptions,
    save: store::SaveOptions<'_>,
) -> anyhow::Result<Extracted> {
    let extracted = extract_one(article, options)?;
    store::save_with(&extracted.review, &extracted.file, save)
        .map_err(|e| fail(Exit::from_code(e.exit_code()), e.to_string()))?;
    Ok(extracted)
}

/// Expands folders (recursively, `.txt` files) and glob patterns; keeps
/// plain file paths as given so a missing file is reported by name.
pub fn expand_paths(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        let text = path.to_string_lossy();
        if path.is_dir() {
            let before = out.len();
            collect_dir(path, &mut out)?;
            if out.len() == before {
                return Err(fail(
                    Exit::InputUnreadable,
                    format!("no article (.txt file) in folder {}", path.display()),
                ));
            }
        } else if !path.exists() && text.contains(['*', '?', '[']) {
            let matches = glob::glob(&text)
                .map_err(|e| fail(Exit::Usage, format!("bad pattern {text}: {e}")))?;
            let before = out.len();
            for entry in matches.flatten() {
                if entry.is_dir() {
                    collect_dir(&entry, &mut out)?;
                } else {
                    out.push(entry);
                }
            }
            if out.len() == before {
                return Err(fail(
                    Exit::InputUnreadable,
                    format!("no article matches {text}"),
                ));
            }
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            fail(
                Exit::InputUnreadable,
                format!("cannot read folder {}: {e}", dir.display()),
            )
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_dir(&entry, out)?;
        } else if entry.extension().is_some_and(|ext| ext == "txt") {
            out.push(entry);
        }
    }
    Ok(())
}
