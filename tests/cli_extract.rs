//! `factdesk extract` run as a real process: the committed review file is
//! reproducible, everything the binary writes matches the documented JSON
//! Schema, re-extraction keeps verdicts and ids, and bad input fails with a
//! one-line error, the documented exit code and no file left behind.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{claims, read_json};
use common::{factdesk, root, stderr, stdout};
use serde_json::Value;
use tempfile::TempDir;

/// File name of the committed sample article (and of its temp copies).
const SEED_NAME: &str = "kerry-london-coalition.txt";

fn seed_bytes() -> Vec<u8> {
    fs::read(root().join("claims").join(SEED_NAME)).expect("read the committed sample article")
}

/// Writes the sample article into `dir` under its own name; returns the path.
fn copy_seed(dir: &Path) -> PathBuf {
    let path = dir.join(SEED_NAME);
    fs::write(&path, seed_bytes()).expect("copy the sample article");
    path
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("factdesk exited with a code")
}

fn run_ok(args: &[&str], dir: &Path) -> Output {
    let output = factdesk(args, dir);
    assert_eq!(
        code(&output),
        0,
        "factdesk {args:?} failed: {}",
        stderr(&output)
    );
    output
}

fn claim_by_id<'a>(review: &'a Value, id: &str) -> &'a Value {
    claims(review)
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no claim {id} in the review file"))
}

fn ids(review: &Value) -> Vec<String> {
    claims(review)
        .iter()
        .map(|c| c["id"].as_str().expect("id is a string").to_string())
        .collect()
}

/// Names of the entries of `dir`, sorted (to show that nothing extra appeared).
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list the temp folder")
        .map(|e| {
            e.expect("folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

fn schema_validator() -> jsonschema::Validator {
    let schema = read_json(&root().join("docs/review-file.schema.json"));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .expect("docs/review-file.schema.json compiles")
}

fn assert_valid(validator: &jsonschema::Validator, what: &str, instance: &Value) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match docs/review-file.schema.json:\n{}",
        errors.join("\n")
    );
}

/// Every claim and quantity span of `review` is the exact slice of `article`.
fn assert_spans_valid(article: &[u8], review: &Value) {
    for claim in claims(review) {
        let (start, end) = span(claim);
        let slice = article
            .get(start..end)
            .unwrap_or_else(|| panic!("claim {} span {start}..{end} is out of range", claim["id"]));
        let slice = std::str::from_utf8(slice)
            .unwrap_or_else(|_| panic!("claim {} span is not on char boundaries", claim["id"]));
        assert_eq!(slice, claim["text"], "claim {} text", claim["id"]);
        for quantity in claim["quantities"].as_array().expect("quantities array") {
            let (qs, qe) = span(quantity);
            assert!(
                start <= qs && qe <= end,
                "quantity {quantity} lies outside claim {}",
                claim["id"]
            );
            let text = article
                .get(qs..qe)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_else(|| panic!("quantity span {qs}..{qe} is not valid text"));
            assert_eq!(text, quantity["text"], "quantity span");
        }
    }
}

fn span(value: &Value) -> (usize, usize) {
    let offset = |key: &str| {
        value[key]
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or_else(|| panic!("{key} is not an offset in {value}"))
    };
    (offset("start"), offset("end"))
}

// (a) The committed review file is what the binary produces today.

#[test]
fn committed_review_file_equals_a_fresh_extraction() {
    let dir = TempDir::new().expect("temp dir");
    copy_seed(dir.path());
    let output = run_ok(&["extract", SEED_NAME, "--stdout"], dir.path());
    let fresh: Value = serde_json::from_slice(&output.stdout).expect("--stdout prints JSON");
    let committed = read_json(&root().join("claims/kerry-london-coalition.json"));
    assert_eq!(
        fresh, committed,
        "claims/kerry-london-coalition.json is stale: re-run `factdesk extract claims/{SEED_NAME}`"
    );
    assert_eq!(
        entries(dir.path()),
        vec![SEED_NAME.to_string()],
        "--stdout must not write a review file"
    );
}

#[test]
fn stdout_prints_the_bytes_the_review_file_gets() {
    let dir = TempDir::new().expect("temp dir");
    let article = copy_seed(dir.path());
    let printed = run_ok(&["extract", SEED_NAME, "--stdout"], dir.path());
    run_ok(&["extract", SEED_NAME], dir.path());
    let written = fs::read(article.with_extension("json")).expect("review file written");
    assert!(written.ends_with(b"}\n"), "one trailing newline");
    assert_eq!(
        String::from_utf8_lossy(&printed.stdout),
        String::from_utf8_lossy(&written),
        "both are streamed with the same formatting"
    );
}

// (b) Every review file the binary writes validates against the schema.

#[test]
fn every_written_review_file_validates_against_the_schema() {
    let validator = schema_validator();
    let committed = read_json(&root().join("claims/kerry-london-coalition.json"));
    assert_valid(&validator, "the committed review file", &committed);

    let dir = TempDir::new().expect("temp dir");
    let article = copy_seed(dir.path());
    run_ok(&["extract", SEED_NAME], dir.path());
    let review_path = article.with_extension("json");
    let fresh = read_json(&review_path);
    assert_valid(&validator, "a fresh extraction", &fresh);

    let first = ids(&fresh)[0].clone();
    let second = ids(&fresh)[1].clone();
    run_ok(
        &[
            "mark",
            "kerry-london-coalition.json",
            &first,
            "disputed",
            "--note",
            "Ministry figures say otherwise",
            "--source",
            "https://example.org/report",
            "--source",
            "BPS, Statistik Indonesia 2024, p. 12",
        ],
        dir.path(),
    );
    let marked = read_json(&review_path);
    assert_valid(&validator, "a review file after `mark`", &marked);

    // Two reviewers disagree on one claim: the merged file carries
    // per-reviewer verdicts and a conflict flag.
    fs::copy(&review_path, dir.path().join("b.json")).expect("copy for reviewer B");
    run_ok(
        &["mark", "b.json", &first, "verified", "--reviewer", "Budi"],
        dir.path(),
    );
    run_ok(
        &[
            "mark",
            "b.json",
            &second,
            "unverified",
            "--reviewer",
            "Budi",
        ],
        dir.path(),
    );
    run_ok(
        &[
            "merge",
            "kerry-london-coalition.json",
            "b.json",
            "-o",
            "merged.json",
        ],
        dir.path(),
    );
    let merged = read_json(&dir.path().join("merged.json"));
    assert_eq!(
        claim_by_id(&merged, &first)["conflict"],
        true,
        "the merge must record the disagreement"
    );
    assert_valid(&validator, "a merged review file", &merged);

    // A re-extraction that orphans a reviewed claim.
    let text = fs::read(&article).expect("read article");
    let (start, end) = span(claim_by_id(&marked, &first));
    let mut edited = text[..start].to_vec();
    edited.extend_from_slice(&text[end..]);
    fs::write(&article, edited).expect("edit article");
    run_ok(&["extract", SEED_NAME], dir.path());
    let orphaned = read_json(&review_path);
    assert_eq!(claim_by_id(&orphaned, &first)["status"], "orphaned");
    assert_valid(
        &validator,
        "a review file with an orphaned claim",
        &orphaned,
    );
}

// (c) Writing beside the article, the summary, and merging on re-extraction.

#[test]
fn extract_writes_the_review_beside_the_article_and_prints_a_summary_by_kind() {
    let dir = TempDir::new().expect("temp dir");
    let article = copy_seed(dir.path());
    let output = run_ok(&["extract", SEED_NAME], dir.path());
    let review = read_json(&article.with_extension("json"));
    assert_eq!(review["article"]["path"], SEED_NAME);
    assert_spans_valid(&seed_bytes(), &review);

    let summary = stdout(&output);
    assert_eq!(
        summary.lines().count(),
        1,
        "the summary is one line: {summary:?}"
    );
    let total = claims(&review).len();
    assert!(total > 0, "the sample article has claims");
    assert!(
        summary.contains(&format!("{total} claims")),
        "summary {summary:?} should count {total} claims"
    );
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    for claim in claims(&review) {
        for kind in claim["kinds"].as_array().expect("kinds array") {
            *by_kind
                .entry(kind.as_str().expect("kind name").to_string())
                .or_default() += 1;
        }
    }
    for (kind, count) in &by_kind {
        assert!(
            summary.contains(&format!("{count} {kind}")),
            "summary {summary:?} should say {count} {kind}"
        );
    }
    assert!(
        summary.contains("kerry-london-coalition.json"),
        "summary names the review file"
    );
    assert!(
        stderr(&output).is_empty(),
        "no warnings: {}",
        stderr(&output)
    );
}

#[test]
fn re_extracting_leaves_only_the_review_file_and_its_backup() {
    // Each save keeps the previous file as `.bak` and retires the backup
    // before it; the command must not exit before that retired copy is
    // deleted, or hidden `.….bak.old.…` files pile up beside the article
    // (and in `git status`).
    let dir = TempDir::new().expect("temp dir");
    copy_seed(dir.path());
    for _ in 0..10 {
        run_ok(&["extract", SEED_NAME], dir.path());
    }
    assert_eq!(
        entries(dir.path()),
        [
            "kerry-london-coalition.json",
            "kerry-london-coalition.json.bak",
            SEED_NAME,
        ]
    );
}

#[test]
fn re_extracting_after_mark_keeps_the_verdict_note_and_history() {
    let dir = TempDir::new().expect("temp dir");
    let article = copy_seed(dir.path());
    run_ok(&["extract", SEED_NAME], dir.path());
    let review_path = article.with_extension("json");
    let before = read_json(&review_path);
    let id = ids(&before)[2].clone();
    run_ok(
        &[
            "mark",
            "kerry-london-coalition.json",
            &id,
            "unverified",
            "--note",
            "no public record yet",
        ],
        dir.path(),
    );
    let marked = read_json(&review_path);
    run_ok(&["extract", SEED_NAME], dir.path());
    let after = read_json(&review_path);
    let claim = claim_by_id(&after, &id);
    assert_eq!(claim["verdict"]["value"], "unverified");
    assert_eq!(claim["verdict"]["reviewer"], "Test Reviewer");
    assert_eq!(claim["note"], "no public record yet");
    assert_eq!(
        claim["history"],
        claim_by_id(&marked, &id)["history"],
        "history survives re-extraction"
    );
    assert_eq!(ids(&after), ids(&before), "same article, same claims");
}

#[test]
fn re_extracting_an_edited_article_keeps_unchanged_ids_and_orphans_reviewed_deleted_claims() {
    let dir = TempDir::new().expect("temp dir");
    let article = copy_seed(dir.path());
    run_ok(&["extract", SEED_NAME], dir.path());
    let review_path = article.with_extension("json");
    let before = read_json(&review_path);
    let before_ids = ids(&before);
    assert!(before_ids.len() >= 4, "need a few claims to edit");
    // Delete a sentence from the middle of the article, after reviewing it.
    let deleted = before_ids[before_ids.len() / 2].clone();
    run_ok(
        &[
            "mark",
            "kerry-london-coalition.json",
            &deleted,
            "verified",
            "--note",
            "checked against the transcript",
        ],
        dir.path(),
    );
    let text = fs::read(&article).expect("read article");
    let (start, end) = span(claim_by_id(&before, &deleted));
    let mut edited = text[..start].to_vec();
    // Drop the space or newline after the sentence too.
    let rest = &text[end..];
    edited.extend_from_slice(rest.strip_prefix(b" ").unwrap_or(rest));
    fs::write(&article, &edited).expect("edit article");

    let output = run_ok(&["extract", SEED_NAME], dir.path());
    assert_eq!(stdout(&output).lines().count(), 1);
    let after = read_json(&review_path);

    for id in before_ids.iter().filter(|id| **id != deleted) {
        let claim = claim_by_id(&after, id);
        assert_ne!(
            claim["status"], "orphaned",
            "claim {id} is unchanged and must still anchor"
        );
    }
    let orphan = claim_by_id(&after, &deleted);
    assert_eq!(orphan["status"], "orphaned");
    assert_eq!(orphan["verdict"]["value"], "verified");
    assert_eq!(orphan["note"], "checked against the transcript");

    // Live claims point into the edited article.
    let live = serde_json::json!({
        "claims": claims(&after)
            .iter()
            .filter(|c| c["status"] != "orphaned")
            .cloned()
            .collect::<Vec<_>>()
    });
    assert_spans_valid(&edited, &live);
    assert_eq!(
        after["article"]["sha256"].as_str().map(str::len),
        Some(64),
        "sha256 is recorded"
    );
    assert_ne!(after["article"]["sha256"], before["article"]["sha256"]);
}

// (d) Bad input: documented exit code, one-line message, nothing written.

/// Asserts a failed extraction: the exit code, a one-line message that
/// contains every piece of `expected`, nothing on stdout, and no new file.
fn assert_fails_cleanly(dir: &Path, args: &[&str], exit: i32, expected: &[&str]) {
    let before = entries(dir);
    let output = factdesk(args, dir);
    let message = stderr(&output);
    assert_eq!(code(&output), exit, "factdesk {args:?}: {message}");
    assert_eq!(
        message.trim_end().lines().count(),
        1,
        "one-line error: {message:?}"
    );
    for piece in expected {
        assert!(
            message.contains(piece),
            "{message:?} should mention {piece:?}"
        );
    }
    assert!(stdout(&output).is_empty(), "nothing on stdout on error");
    assert_eq!(entries(dir), before, "a failed extract must write nothing");
}

#[test]
fn a_missing_article_exits_3_and_names_the_file() {
    let dir = TempDir::new().expect("temp dir");
    assert_fails_cleanly(
        dir.path(),
        &["extract", "no-such-article.txt"],
        3,
        &["no-such-article.txt"],
    );
    assert_fails_cleanly(
        dir.path(),
        &["extract", "no-such-article.txt", "--stdout"],
        3,
        &["no-such-article.txt"],
    );
}

#[test]
fn a_directory_with_stdout_is_refused_without_writing() {
    let dir = TempDir::new().expect("temp dir");
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).expect("make folder");
    fs::write(folder.join("one.txt"), seed_bytes()).expect("write one");
    fs::write(folder.join("two.txt"), seed_bytes()).expect("write two");
    let before = entries(&folder);
    assert_fails_cleanly(
        dir.path(),
        &["extract", "folder", "--stdout"],
        2,
        &["--stdout", "2"],
    );
    assert_eq!(
        entries(&folder),
        before,
        "nothing written inside the folder"
    );
}

#[test]
fn an_empty_article_exits_4() {
    let dir = TempDir::new().expect("temp dir");
    fs::write(dir.path().join("empty.txt"), b"").expect("write empty file");
    assert_fails_cleanly(
        dir.path(),
        &["extract", "empty.txt"],
        4,
        &["empty.txt", "empty"],
    );
    assert_fails_cleanly(
        dir.path(),
        &["extract", "empty.txt", "--stdout"],
        4,
        &["empty.txt"],
    );
}

#[test]
fn invalid_utf8_exits_4_and_names_the_byte_offset() {
    let dir = TempDir::new().expect("temp dir");
    let mut bytes = "Harga beras naik 50 persen tahun ini.\nMenteri "
        .as_bytes()
        .to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xff\xfe mengatakan 2.000 ton.\n");
    fs::write(dir.path().join("latin.txt"), &bytes).expect("write file");
    assert_fails_cleanly(
        dir.path(),
        &["extract", "latin.txt"],
        4,
        &["latin.txt", "UTF-8", &format!("byte offset {offset}")],
    );
}

#[test]
fn a_binary_file_exits_4() {
    let dir = TempDir::new().expect("temp dir");
    // The start of a PNG image: signature, then a chunk with NUL bytes.
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00".to_vec();
    png.extend((0u8..=255).cycle().take(4096));
    fs::write(dir.path().join("image.txt"), &png).expect("write binary file");
    assert_fails_cleanly(
        dir.path(),
        &["extract", "image.txt"],
        4,
        &["image.txt", "binary"],
    );
    // Control characters without any NUL byte are binary too.
    let controls: Vec<u8> = (1u8..9).cycle().take(2048).collect();
    fs::write(dir.path().join("controls.txt"), &controls).expect("write control bytes");
    assert_fails_cleanly(
        dir.path(),
        &["extract", "controls.txt"],
        4,
        &["controls.txt", "binary"],
    );
}

#[test]
fn a_malformed_existing_review_file_stops_extract_and_stays_untouched() {
    let dir = TempDir::new().expect("temp dir");
    copy_seed(dir.path());
    let review = dir.path().join("kerry-london-coalition.json");
    let broken = b"{\n  \"schema_version\": 1,\n  \"article\": {\n".to_vec();
    fs::write(&review, &broken).expect("write broken review");
    assert_fails_cleanly(
        dir.path(),
        &["extract", SEED_NAME],
        4,
        &["kerry-london-coalition.json", "line"],
    );
    assert_eq!(fs::read(&review).expect("read review"), broken);
}

#[test]
fn crlf_line_ends_and_a_bom_extract_with_valid_spans() {
    let dir = TempDir::new().expect("temp dir");
    let lf = seed_bytes();
    let mut crlf = b"\xEF\xBB\xBF".to_vec();
    for &byte in &lf {
        if byte == b'\n' {
            crlf.push(b'\r');
        }
        crlf.push(byte);
    }
    fs::write(dir.path().join("windows.txt"), &crlf).expect("write CRLF article");
    fs::write(dir.path().join("unix.txt"), &lf).expect("write LF article");
    run_ok(&["extract", "windows.txt"], dir.path());
    run_ok(&["extract", "unix.txt"], dir.path());
    let windows = read_json(&dir.path().join("windows.json"));
    let unix = read_json(&dir.path().join("unix.json"));
    assert_spans_valid(&crlf, &windows);
    for claim in claims(&windows) {
        assert!(span(claim).0 >= 3, "no claim starts inside the BOM");
    }
    assert_eq!(windows["article"]["language"], unix["article"]["language"]);
    assert_eq!(
        ids(&windows),
        ids(&unix),
        "line ends and a BOM do not change the claims"
    );
    let texts = |review: &Value| -> Vec<String> {
        claims(review)
            .iter()
            .map(|c| c["text"].as_str().expect("text").replace("\r\n", "\n"))
            .collect()
    };
    assert_eq!(texts(&windows), texts(&unix));
}

#[test]
fn a_one_megabyte_single_line_article_extracts() {
    let dir = TempDir::new().expect("temp dir");
    let corpus = root().join("benches/corpus/en");
    let mut paragraph = String::new();
    for name in ["001.txt", "002.txt", "003.txt"] {
        let text = fs::read_to_string(corpus.join(name)).expect("read corpus article");
        paragraph.push_str(&text.split_whitespace().collect::<Vec<_>>().join(" "));
        paragraph.push(' ');
    }
    let mut line = String::with_capacity(1 << 20);
    while line.len() < 1 << 20 {
        line.push_str(&paragraph);
    }
    assert!(!line.contains('\n'));
    fs::write(dir.path().join("long.txt"), &line).expect("write long line");
    let output = run_ok(&["extract", "long.txt"], dir.path());
    assert_eq!(stdout(&output).lines().count(), 1);
    let review = read_json(&dir.path().join("long.json"));
    assert_eq!(review["article"]["language"], "en");
    assert!(
        claims(&review).len() > 100,
        "a megabyte of news has many claims, got {}",
        claims(&review).len()
    );
    assert_spans_valid(line.as_bytes(), &review);
}

/// The quantities of every claim of a review, flattened.
fn all_quantities(review: &Value) -> Vec<&Value> {
    claims(review)
        .iter()
        .flat_map(|c| c["quantities"].as_array().expect("quantities"))
        .collect()
}

#[test]
fn a_given_publication_day_dates_the_article_and_is_kept() {
    let dir = TempDir::new().expect("temp dir");
    let article = "Harga beras naik 5 persen dibanding tahun lalu, kata Kepala BPS Amalia \
                   Adininggar Widyasanti.\n\nPekan depan pemerintah menggelar operasi pasar \
                   di 34 provinsi.\n";
    fs::write(dir.path().join("beras.txt"), article).expect("write the article");
    run_ok(
        &["extract", "beras.txt", "--published", "2025-10-21"],
        dir.path(),
    );
    let review = read_json(&dir.path().join("beras.json"));
    assert_eq!(
        review["article"]["reference_date"],
        serde_json::json!({"date": "2025-10-21", "source": "given"})
    );
    let read = |review: &Value, span: &str| -> (Value, Value, Value) {
        let q = all_quantities(review)
            .into_iter()
            .find(|q| q["text"] == span)
            .unwrap_or_else(|| panic!("no {span:?}"))
            .clone();
        (q["value"].clone(), q["low"].clone(), q["high"].clone())
    };
    assert_eq!(read(&review, "tahun lalu").0, 2024.0);
    assert_eq!(
        read(&review, "Pekan depan"),
        (Value::Null, 20251027.0.into(), 20251102.0.into())
    );
    assert_valid(&schema_validator(), "a dated review file", &review);

    // Extracted again without the day: the day given before still holds.
    run_ok(&["extract", "beras.txt"], dir.path());
    let again = read_json(&dir.path().join("beras.json"));
    assert_eq!(
        again["article"]["reference_date"],
        review["article"]["reference_date"]
    );
    assert_eq!(read(&again, "tahun lalu").0, 2024.0);
}

#[test]
fn stretches_and_quarters_are_dated_in_the_file_and_the_reports() {
    let dir = TempDir::new().expect("temp dir");
    let article = "Harga beras naik 20 persen dalam 10 tahun terakhir, kata Kepala BPS \
                   Amalia Adininggar Widyasanti.\n\nEkonomi tumbuh 5,04 persen pada kuartal \
                   III, kata Amalia.\n";
    fs::write(dir.path().join("beras.txt"), article).expect("write the article");
    run_ok(
        &["extract", "beras.txt", "--published", "2025-10-21"],
        dir.path(),
    );
    let review = read_json(&dir.path().join("beras.json"));
    let read = |span: &str| -> (Value, Value, Value, Value) {
        let q = all_quantities(&review)
            .into_iter()
            .find(|q| q["text"] == span)
            .unwrap_or_else(|| panic!("no {span:?}"))
            .clone();
        (
            q["value"].clone(),
            q["low"].clone(),
            q["high"].clone(),
            q["category"].clone(),
        )
    };
    assert_eq!(
        read("10 tahun terakhir"),
        (
            Value::Null,
            20151021.0.into(),
            20251021.0.into(),
            "date".into()
        )
    );
    assert_eq!(
        read("kuartal III"),
        (Value::Null, 202507.0.into(), 202509.0.into(), "date".into())
    );
    assert_valid(&schema_validator(), "a review with stretches", &review);
    // The reports write them as dates, beside the article's words.
    let markdown = common::stdout(&run_ok(
        &["report", "beras.json", "-f", "markdown"],
        dir.path(),
    ));
    assert!(
        markdown.contains("2015-10-21 to 2025-10-21 (“10 tahun terakhir”)"),
        "{markdown}"
    );
    assert!(
        markdown.contains("2025-07 to 2025-09 (“kuartal III”)"),
        "{markdown}"
    );
}

#[test]
fn an_article_dated_by_its_weekday_needs_no_publication_day() {
    let dir = TempDir::new().expect("temp dir");
    let article = "KPK menyita aset Rp 2,3 triliun tahun ini, kata Asep Guntur di Jakarta, \
                   Selasa (21/10/2025).\n\nTahun lalu nilainya Rp 2,9 triliun.\n";
    fs::write(dir.path().join("kpk.txt"), article).expect("write the article");
    run_ok(&["extract", "kpk.txt"], dir.path());
    let review = read_json(&dir.path().join("kpk.json"));
    let reference = &review["article"]["reference_date"];
    assert_eq!(reference["date"], "2025-10-21");
    assert_eq!(reference["source"], "article");
    let (start, end) = (
        reference["start"].as_u64().expect("start") as usize,
        reference["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&article[start..end], "Selasa (21/10/2025)");
    assert_eq!(reference["text"], "Selasa (21/10/2025)");
    let year = |span: &str| {
        all_quantities(&review)
            .into_iter()
            .find(|q| q["text"] == span)
            .unwrap_or_else(|| panic!("no {span:?}"))["value"]
            .clone()
    };
    assert_eq!(year("tahun ini"), 2025.0);
    assert_eq!(year("Tahun lalu"), 2024.0);
    assert_valid(
        &schema_validator(),
        "a review dated by its article",
        &review,
    );
}
