//! `factdesk extract` over many articles, run as a real process: a folder
//! (recursively) and a glob pattern, one review file per article, bad files
//! reported by name and skipped without stopping the batch, and a second run
//! that merges instead of overwriting.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::read_json;
use common::{factdesk, root, stderr, stdout};
use serde_json::Value;
use tempfile::TempDir;

fn code(output: &Output) -> i32 {
    output.status.code().expect("factdesk exited with a code")
}

fn claim_count(review: &Value) -> usize {
    review["claims"].as_array().map_or(0, Vec::len)
}

/// Copies `count` articles of each language from the repository's benchmark
/// corpus into `dest`, Indonesian ones in a subfolder (to show recursion).
/// Returns the paths written.
fn copy_corpus(dest: &Path, count: usize) -> Vec<PathBuf> {
    let mut written = Vec::new();
    for lang in ["id", "en"] {
        let source = root().join("benches/corpus").join(lang);
        let target = if lang == "id" {
            dest.join("indonesia")
        } else {
            dest.to_path_buf()
        };
        fs::create_dir_all(&target).expect("make folder");
        let mut names: Vec<PathBuf> = fs::read_dir(&source)
            .expect("list corpus")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        names.sort();
        for path in names.into_iter().take(count) {
            let name = format!(
                "{lang}-{}",
                path.file_name().expect("file name").to_string_lossy()
            );
            let to = target.join(name);
            // Read and write, not copy: the corpus files are read-only.
            fs::write(&to, fs::read(&path).expect("read corpus article")).expect("write copy");
            written.push(to);
        }
    }
    written
}

/// The folder of a batch test: 12 good articles, one invalid UTF-8, one empty,
/// and a file that is not an article.
struct Archive {
    dir: TempDir,
    good: Vec<PathBuf>,
}

impl Archive {
    fn new() -> Archive {
        let dir = TempDir::new().expect("temp dir");
        let good = copy_corpus(dir.path(), 6);
        let mut corrupt = b"Harga minyak naik 12 persen.\n".to_vec();
        corrupt.extend_from_slice(b"Menteri \xc3\x28 mengatakan.\n");
        fs::write(dir.path().join("corrupt.txt"), corrupt).expect("write corrupt file");
        fs::write(dir.path().join("indonesia/empty.txt"), b"").expect("write empty file");
        fs::write(dir.path().join("notes.md"), "not an article").expect("write notes");
        Archive { dir, good }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// Parses "N articles, N extracted, N failed, N claims".
fn summary_counts(text: &str) -> BTreeMap<String, usize> {
    let line = text
        .lines()
        .find(|l| l.contains(" articles, "))
        .unwrap_or_else(|| panic!("no summary line in {text:?}"));
    line.split(", ")
        .map(|part| {
            let (n, what) = part
                .trim()
                .split_once(' ')
                .unwrap_or_else(|| panic!("bad summary part {part:?}"));
            (
                what.to_string(),
                n.parse()
                    .unwrap_or_else(|_| panic!("bad count in {line:?}")),
            )
        })
        .collect()
}

fn assert_good_reviews_written(good: &[PathBuf]) -> usize {
    let mut claims = 0;
    for article in good {
        let review = read_json(&article.with_extension("json"));
        let name = article.file_name().expect("name").to_string_lossy();
        assert_eq!(review["article"]["path"], name.as_ref());
        let bytes = fs::read(article).expect("read article");
        let language = if name.starts_with("id-") { "id" } else { "en" };
        assert_eq!(review["article"]["language"], language, "{name}");
        for claim in review["claims"].as_array().expect("claims") {
            let start = usize::try_from(claim["start"].as_u64().expect("start")).expect("start");
            let end = usize::try_from(claim["end"].as_u64().expect("end")).expect("end");
            let slice = bytes.get(start..end).map(String::from_utf8_lossy);
            assert_eq!(slice.as_deref(), claim["text"].as_str(), "{name}");
        }
        claims += claim_count(&review);
    }
    claims
}

#[test]
fn a_folder_with_bad_files_extracts_the_good_ones_and_reports_the_bad() {
    let archive = Archive::new();
    let output = factdesk(&["extract", "."], archive.path());
    let errors = stderr(&output);
    assert_eq!(code(&output), 4, "invalid content exits 4: {errors}");

    let claims = assert_good_reviews_written(&archive.good);
    assert!(claims > 0, "news articles have claims");
    for bad in ["corrupt", "indonesia/empty"] {
        let name = format!("{bad}.txt");
        assert!(
            errors.lines().any(|l| l.contains(&name)),
            "{name} is reported on stderr: {errors}"
        );
        assert!(
            !archive.path().join(format!("{bad}.json")).exists(),
            "no review for {name}"
        );
    }
    assert!(errors.contains("byte offset 37"), "the offset: {errors}");
    assert_eq!(errors.lines().count(), 2, "one line per bad file: {errors}");
    assert!(!archive.path().join("notes.json").exists());

    let counts = summary_counts(&stdout(&output));
    assert_eq!(counts["articles"], 14);
    assert_eq!(counts["extracted"], 12);
    assert_eq!(counts["failed"], 2);
    assert_eq!(counts["claims"], claims);
}

#[test]
fn a_glob_pattern_given_literally_is_expanded_by_factdesk() {
    let dir = TempDir::new().expect("temp dir");
    let good = copy_corpus(dir.path(), 3);
    let top: Vec<PathBuf> = good
        .iter()
        .filter(|p| p.parent() == Some(dir.path()))
        .cloned()
        .collect();
    assert_eq!(top.len(), 3, "the English copies lie at the top");
    let output = factdesk(&["extract", "*.txt"], dir.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let claims = assert_good_reviews_written(&top);
    let counts = summary_counts(&stdout(&output));
    assert_eq!(counts["articles"], 3);
    assert_eq!(counts["extracted"], 3);
    assert_eq!(counts["failed"], 0);
    assert_eq!(counts["claims"], claims);
    for nested in good.iter().filter(|p| p.parent() != Some(dir.path())) {
        assert!(
            !nested.with_extension("json").exists(),
            "*.txt does not reach into subfolders"
        );
    }

    let nested = factdesk(&["extract", "indonesia/*.txt"], dir.path());
    assert_eq!(code(&nested), 0, "{}", stderr(&nested));
    assert_eq!(summary_counts(&stdout(&nested))["articles"], 3);

    let none = factdesk(&["extract", "nothing-*.txt"], dir.path());
    assert_eq!(code(&none), 3, "{}", stderr(&none));
    assert!(stderr(&none).contains("nothing-*.txt"));
}

#[test]
fn several_paths_mix_files_and_folders() {
    let dir = TempDir::new().expect("temp dir");
    let good = copy_corpus(dir.path(), 2);
    let top = good
        .iter()
        .find(|p| p.parent() == Some(dir.path()))
        .expect("a top-level article");
    let top_name = top
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let output = factdesk(&["extract", &top_name, "indonesia"], dir.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(summary_counts(&stdout(&output))["articles"], 3);
    assert!(top.with_extension("json").exists());
}

#[test]
fn running_the_batch_twice_merges_and_keeps_verdicts() {
    let archive = Archive::new();
    let first = factdesk(&["extract", "."], archive.path());
    assert_eq!(code(&first), 4, "{}", stderr(&first));
    let target = &archive.good[archive.good.len() - 1];
    let review_path = target.with_extension("json");
    let before = read_json(&review_path);
    let id = before["claims"][0]["id"]
        .as_str()
        .expect("a claim to mark")
        .to_string();
    let review_arg = review_path.to_string_lossy().into_owned();
    let marked = factdesk(
        &[
            "mark",
            &review_arg,
            &id,
            "disputed",
            "--note",
            "contradicted by the budget document",
        ],
        archive.path(),
    );
    assert_eq!(code(&marked), 0, "{}", stderr(&marked));
    let snapshots: Vec<Value> = archive
        .good
        .iter()
        .filter(|p| *p != target)
        .map(|p| read_json(&p.with_extension("json")))
        .collect();

    let second = factdesk(&["extract", "."], archive.path());
    assert_eq!(code(&second), 4, "{}", stderr(&second));
    assert_eq!(
        summary_counts(&stdout(&second)),
        summary_counts(&stdout(&first)),
        "the same articles, the same counts"
    );
    let after = read_json(&review_path);
    let claim = after["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .find(|c| c["id"] == id.as_str())
        .expect("the marked claim survives");
    assert_eq!(claim["verdict"]["value"], "disputed");
    assert_eq!(claim["note"], "contradicted by the budget document");
    assert_eq!(claim_count(&after), claim_count(&before));
    let again: Vec<Value> = archive
        .good
        .iter()
        .filter(|p| *p != target)
        .map(|p| read_json(&p.with_extension("json")))
        .collect();
    assert_eq!(again, snapshots, "unchanged articles give unchanged files");
}

#[test]
fn the_result_does_not_depend_on_the_number_of_workers() {
    let one = TempDir::new().expect("temp dir");
    let many = TempDir::new().expect("temp dir");
    let good_one = copy_corpus(one.path(), 4);
    let good_many = copy_corpus(many.path(), 4);
    let serial = factdesk(&["extract", ".", "-j", "1"], one.path());
    assert_eq!(code(&serial), 0, "{}", stderr(&serial));
    let parallel = factdesk(&["extract", ".", "-j", "4"], many.path());
    assert_eq!(code(&parallel), 0, "{}", stderr(&parallel));
    assert_eq!(stdout(&serial), stdout(&parallel));
    for (a, b) in good_one.iter().zip(&good_many) {
        assert_eq!(
            fs::read(a.with_extension("json")).expect("serial review"),
            fs::read(b.with_extension("json")).expect("parallel review"),
            "{}",
            a.display()
        );
    }
}

/// The hidden files in `dir` and its subfolders: temporary files or staged
/// and retired backups a save left behind.
fn hidden_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).expect("list folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            found.extend(hidden_files(&path));
        } else if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            found.push(path);
        }
    }
    found
}

#[test]
fn a_batch_backs_up_the_review_files_it_replaces_and_no_new_one() {
    let dir = TempDir::new().expect("temp dir");
    let good = copy_corpus(dir.path(), 3);
    // Two articles already have a review file: one extracted before, one
    // marked by a reviewer since.
    let (before, rest) = good.split_at(2);
    for article in before {
        let name = article.to_string_lossy().into_owned();
        let output = factdesk(&["extract", &name], dir.path());
        assert_eq!(code(&output), 0, "{}", stderr(&output));
    }
    let marked_review = before[1].with_extension("json");
    let id = read_json(&marked_review)["claims"][0]["id"]
        .as_str()
        .expect("a claim to mark")
        .to_string();
    let review_arg = marked_review.to_string_lossy().into_owned();
    let marked = factdesk(&["mark", &review_arg, &id, "verified"], dir.path());
    assert_eq!(code(&marked), 0, "{}", stderr(&marked));
    // `mark` keeps its own backup; start the batch without any.
    for article in before {
        let _ = fs::remove_file(article.with_extension("json.bak"));
    }
    let previous: Vec<Vec<u8>> = before
        .iter()
        .map(|a| fs::read(a.with_extension("json")).expect("existing review"))
        .collect();

    let output = factdesk(&["extract", ".", "-j", "2"], dir.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(summary_counts(&stdout(&output))["extracted"], good.len());
    assert_good_reviews_written(&good);
    for (article, old) in before.iter().zip(&previous) {
        let backup = article.with_extension("json.bak");
        assert_eq!(
            &fs::read(&backup).unwrap_or_else(|e| panic!("{}: {e}", backup.display())),
            old,
            "the replaced review is kept as {}",
            backup.display()
        );
    }
    let after = read_json(&marked_review);
    let claim = after["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .find(|c| c["id"] == id.as_str())
        .expect("the marked claim survives");
    assert_eq!(claim["verdict"]["value"], "verified");
    for article in rest {
        assert!(article.with_extension("json").exists());
        assert!(
            !article.with_extension("json.bak").exists(),
            "a new review file has nothing to back up: {}",
            article.display()
        );
    }
    assert_eq!(
        hidden_files(dir.path()),
        Vec::<PathBuf>::new(),
        "no temporary file or retired backup is left"
    );
}

#[test]
fn a_folder_without_articles_is_an_error_like_an_unmatched_glob() {
    let dir = TempDir::new().expect("temp dir");
    fs::create_dir(dir.path().join("empty")).expect("make folder");
    let output = factdesk(&["extract", "empty"], dir.path());
    assert_eq!(code(&output), 3, "{}", stdout(&output));
    assert!(stderr(&output).contains("empty"));
}
