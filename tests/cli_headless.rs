//! The headless commands run as real processes: `mark`, `status`, `list`,
//! `report` in every format, and `merge` of two and three reviewers, with
//! their exit codes, and refusal of malformed or foreign review files
//! without touching them.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::{bin, factdesk, root, stderr, stdout};
use common::{claims, read_json};
use serde_json::Value;
use tempfile::TempDir;

const SEED_NAME: &str = "kerry-london-coalition.txt";
const REVIEW_NAME: &str = "kerry-london-coalition.json";

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

/// Runs factdesk with extra environment variables (and no FACTDESK_REVIEWER
/// unless given).
fn run_with_env(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(bin());
    command
        .args(args)
        .current_dir(dir)
        .env_remove("FACTDESK_REVIEWER")
        .env("FACTDESK_DATA_DIR", dir.join("data"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("run factdesk")
}

/// A temp folder holding the sample article and its fresh review file.
fn extracted() -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let article = dir.path().join(SEED_NAME);
    fs::write(
        &article,
        fs::read(root().join("claims").join(SEED_NAME)).expect("read sample article"),
    )
    .expect("copy sample article");
    run_ok(&["extract", SEED_NAME], dir.path());
    let review = dir.path().join(REVIEW_NAME);
    (dir, review)
}

fn ids(review: &Value) -> Vec<String> {
    claims(review)
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_string())
        .collect()
}

fn claim<'a>(review: &'a Value, id: &str) -> &'a Value {
    claims(review)
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no claim {id}"))
}

fn history(review: &Value, id: &str) -> Vec<Value> {
    claim(review, id)["history"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The shortest prefix of `id` that no other id starts with.
fn unique_prefix(id: &str, all: &[String]) -> String {
    (3..=id.len())
        .map(|n| &id[..n])
        .find(|prefix| all.iter().filter(|other| other.starts_with(prefix)).count() == 1)
        .unwrap_or(id)
        .to_string()
}

fn names(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = fs::read_dir(dir)
        .expect("list folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

// mark

#[test]
fn mark_by_full_id_records_verdict_reviewer_and_history() {
    let (dir, review) = extracted();
    let id = ids(&read_json(&review))[0].clone();
    let output = run_ok(&["mark", REVIEW_NAME, &id, "verified"], dir.path());
    assert_eq!(
        stdout(&output).trim(),
        format!("{id}: verified by Test Reviewer")
    );
    let file = read_json(&review);
    let verdict = &claim(&file, &id)["verdict"];
    assert_eq!(verdict["value"], "verified");
    assert_eq!(verdict["reviewer"], "Test Reviewer");
    assert!(
        chrono::DateTime::parse_from_rfc3339(verdict["at"].as_str().expect("at")).is_ok(),
        "verdict time is RFC 3339: {verdict}"
    );
    let entries = history(&file, &id);
    let last = entries.last().expect("a history entry");
    assert_eq!(last["action"], "marked");
    assert_eq!(last["verdict"], "verified");
    assert_eq!(last["reviewer"], "Test Reviewer");
    // Nothing else changed.
    let others: Vec<&Value> = claims(&file).iter().filter(|c| c["id"] != id).collect();
    assert!(others.iter().all(|c| c["verdict"].is_null()));
}

#[test]
fn mark_accepts_a_unique_prefix_and_refuses_an_ambiguous_one() {
    let (dir, review) = extracted();
    let all = ids(&read_json(&review));
    let target = all[all.len() - 1].clone();
    let prefix = unique_prefix(&target, &all);
    assert!(prefix.len() < target.len(), "a shorter prefix exists");
    run_ok(&["mark", REVIEW_NAME, &prefix, "disputed"], dir.path());
    assert_eq!(
        claim(&read_json(&review), &target)["verdict"]["value"],
        "disputed"
    );

    let before = fs::read(&review).expect("read review");
    let output = factdesk(&["mark", REVIEW_NAME, "c-", "verified"], dir.path());
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("matches"),
        "names the ambiguity: {}",
        stderr(&output)
    );
    assert_eq!(fs::read(&review).expect("read review"), before);

    let output = factdesk(
        &["mark", REVIEW_NAME, "c-nonexistent", "verified"],
        dir.path(),
    );
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert_eq!(fs::read(&review).expect("read review"), before);
}

#[test]
fn mark_with_an_unknown_verdict_exits_2_and_changes_nothing() {
    let (dir, review) = extracted();
    let id = ids(&read_json(&review))[0].clone();
    let before = fs::read(&review).expect("read review");
    let output = factdesk(&["mark", REVIEW_NAME, &id, "probably"], dir.path());
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(stderr(&output).contains("probably"));
    assert_eq!(fs::read(&review).expect("read review"), before);
}

#[test]
fn mark_sets_note_and_repeated_sources_and_history_only_grows() {
    let (dir, review) = extracted();
    let id = ids(&read_json(&review))[1].clone();
    run_ok(
        &[
            "mark",
            REVIEW_NAME,
            &id,
            "unverified",
            "--note",
            "Figures not yet published",
            "--source",
            "https://example.org/a",
            "--source",
            "Ministry press release, 22 January 2015",
        ],
        dir.path(),
    );
    let first = read_json(&review);
    let c = claim(&first, &id);
    assert_eq!(c["note"], "Figures not yet published");
    let references: Vec<&str> = c["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["reference"].as_str().expect("reference"))
        .collect();
    assert_eq!(
        references,
        [
            "https://example.org/a",
            "Ministry press release, 22 January 2015"
        ]
    );
    let after_first = history(&first, &id);

    run_ok(&["mark", REVIEW_NAME, &id, "disputed"], dir.path());
    let second = read_json(&review);
    let after_second = history(&second, &id);
    assert!(after_second.len() > after_first.len());
    assert_eq!(
        after_second[..after_first.len()],
        after_first[..],
        "history is appended, never rewritten"
    );
    assert_eq!(after_second.last().expect("entry")["verdict"], "disputed");
    assert_eq!(
        claim(&second, &id)["note"],
        "Figures not yet published",
        "a mark without --note keeps the note"
    );

    let output = run_ok(&["mark", REVIEW_NAME, &id, "clear"], dir.path());
    assert!(stdout(&output).contains("pending"));
    let cleared = read_json(&review);
    assert!(claim(&cleared, &id)["verdict"].is_null());
    let entries = history(&cleared, &id);
    assert_eq!(entries.len(), after_second.len() + 1);
    assert_eq!(entries.last().expect("entry")["action"], "cleared");
}

#[test]
fn reviewer_comes_from_the_flag_then_the_environment() {
    let (dir, review) = extracted();
    let all = ids(&read_json(&review));
    let output = run_with_env(
        &["mark", REVIEW_NAME, &all[0], "verified"],
        dir.path(),
        &[("FACTDESK_REVIEWER", "Ana Putri")],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let output = run_with_env(
        &[
            "mark",
            REVIEW_NAME,
            &all[1],
            "verified",
            "--reviewer",
            "Budi Santoso",
        ],
        dir.path(),
        &[("FACTDESK_REVIEWER", "Ana Putri")],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let file = read_json(&review);
    assert_eq!(claim(&file, &all[0])["verdict"]["reviewer"], "Ana Putri");
    assert_eq!(claim(&file, &all[1])["verdict"]["reviewer"], "Budi Santoso");
    assert_eq!(
        history(&file, &all[1]).last().expect("entry")["reviewer"],
        "Budi Santoso"
    );
}

// status

fn status_json(dir: &Path) -> Value {
    let output = run_ok(&["status", REVIEW_NAME, "--json"], dir);
    serde_json::from_slice(&output.stdout).expect("status --json prints JSON")
}

#[test]
fn status_counts_in_text_and_json() {
    let (dir, review) = extracted();
    let all = ids(&read_json(&review));
    let total = all.len();
    let start = status_json(dir.path());
    assert_eq!(start["total"], total);
    assert_eq!(start["pending"], total);
    assert_eq!(start["reviewed"], 0);

    run_ok(&["mark", REVIEW_NAME, &all[0], "verified"], dir.path());
    run_ok(&["mark", REVIEW_NAME, &all[1], "disputed"], dir.path());
    run_ok(&["mark", REVIEW_NAME, &all[2], "unverified"], dir.path());
    let counts = status_json(dir.path());
    assert_eq!(counts["total"], total);
    assert_eq!(counts["reviewed"], 3);
    assert_eq!(counts["pending"], total - 3);
    assert_eq!(counts["verified"], 1);
    assert_eq!(counts["disputed"], 1);
    assert_eq!(counts["unverified"], 1);

    let text = stdout(&run_ok(&["status", REVIEW_NAME], dir.path()));
    assert_eq!(text.lines().count(), 1, "{text:?}");
    for piece in [
        format!("3 of {total} claims reviewed"),
        "1 verified".to_string(),
        "1 disputed".to_string(),
        "1 unverified".to_string(),
        format!("{} pending", total - 3),
    ] {
        assert!(text.contains(&piece), "{text:?} should contain {piece:?}");
    }
}

#[test]
fn fail_on_pending_exits_1_until_every_claim_has_a_verdict() {
    let (dir, review) = extracted();
    let all = ids(&read_json(&review));
    let gate = |dir: &Path| {
        code(&factdesk(
            &["status", REVIEW_NAME, "--fail-on-pending"],
            dir,
        ))
    };
    assert_eq!(gate(dir.path()), 1);
    for id in &all[..all.len() - 1] {
        run_ok(&["mark", REVIEW_NAME, id, "verified"], dir.path());
    }
    assert_eq!(gate(dir.path()), 1, "one claim still pending");
    run_ok(
        &["mark", REVIEW_NAME, &all[all.len() - 1], "unverified"],
        dir.path(),
    );
    assert_eq!(gate(dir.path()), 0, "nothing pending");
}

#[test]
fn fail_on_disputed_exits_1_only_with_a_disputed_claim() {
    let (dir, review) = extracted();
    let all = ids(&read_json(&review));
    let gate = |dir: &Path| {
        code(&factdesk(
            &["status", REVIEW_NAME, "--fail-on-disputed"],
            dir,
        ))
    };
    assert_eq!(gate(dir.path()), 0, "pending claims are not disputed");
    run_ok(&["mark", REVIEW_NAME, &all[0], "disputed"], dir.path());
    assert_eq!(gate(dir.path()), 1);
    run_ok(&["mark", REVIEW_NAME, &all[0], "clear"], dir.path());
    assert_eq!(gate(dir.path()), 0);
}

// list

fn list_json(dir: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["list", REVIEW_NAME, "--json"];
    args.extend_from_slice(extra);
    stdout(&run_ok(&args, dir))
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{line:?}: {e}")))
        .collect()
}

fn listed_ids(rows: &[Value]) -> BTreeSet<String> {
    rows.iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn list_filters_by_verdict_and_kind() {
    let (dir, review) = extracted();
    let file = read_json(&review);
    let all = ids(&file);
    run_ok(&["mark", REVIEW_NAME, &all[0], "verified"], dir.path());
    run_ok(&["mark", REVIEW_NAME, &all[3], "verified"], dir.path());
    run_ok(&["mark", REVIEW_NAME, &all[1], "disputed"], dir.path());

    let every = list_json(dir.path(), &[]);
    assert_eq!(listed_ids(&every), all.iter().cloned().collect());
    for row in &every {
        let id = row["id"].as_str().expect("id");
        assert_eq!(row["text"], claim(&file, id)["text"]);
    }

    let verified = list_json(dir.path(), &["--verdict", "verified"]);
    assert_eq!(
        listed_ids(&verified),
        [all[0].clone(), all[3].clone()].into_iter().collect()
    );
    assert!(verified.iter().all(|r| r["verdict"] == "verified"));
    let pending = list_json(dir.path(), &["--verdict", "pending"]);
    assert_eq!(pending.len(), all.len() - 3);
    assert!(pending.iter().all(|r| r["verdict"].is_null()));

    for kind in ["numeric", "quote", "attributed", "factual"] {
        let expected: BTreeSet<String> = claims(&file)
            .iter()
            .filter(|c| {
                c["kinds"]
                    .as_array()
                    .expect("kinds")
                    .iter()
                    .any(|k| k == kind)
            })
            .map(|c| c["id"].as_str().expect("id").to_string())
            .collect();
        assert_eq!(
            listed_ids(&list_json(dir.path(), &["--kind", kind])),
            expected,
            "--kind {kind}"
        );
    }
    let both = list_json(dir.path(), &["--kind", "numeric", "--verdict", "verified"]);
    assert!(both.iter().all(|r| {
        r["verdict"] == "verified"
            && r["kinds"]
                .as_array()
                .expect("kinds")
                .iter()
                .any(|k| k == "numeric")
    }));

    let table = stdout(&run_ok(&["list", REVIEW_NAME], dir.path()));
    assert_eq!(table.lines().count(), all.len());
    for (line, id) in table.lines().zip(&all) {
        assert!(line.starts_with(id.as_str()), "{line:?} starts with {id}");
    }
    for bad in [["--verdict", "maybe"], ["--kind", "opinion"]] {
        let output = factdesk(&["list", REVIEW_NAME, bad[0], bad[1]], dir.path());
        assert_eq!(code(&output), 2, "{bad:?}: {}", stderr(&output));
    }
}

// report

/// A review with one claim of each verdict, hostile text in a note and a
/// `javascript:` source. Returns the folder, the review path and the ids
/// (verified, disputed, unverified).
fn reviewed() -> (TempDir, PathBuf, [String; 3]) {
    let (dir, review) = extracted();
    let all = ids(&read_json(&review));
    let [v, d, u] = [all[0].clone(), all[1].clone(), all[2].clone()];
    run_ok(
        &[
            "mark",
            REVIEW_NAME,
            &v,
            "verified",
            "--source",
            "https://example.org/source",
        ],
        dir.path(),
    );
    run_ok(
        &[
            "mark",
            REVIEW_NAME,
            &d,
            "disputed",
            "--note",
            "<script>alert(1)</script> & \"quoted\"",
            "--source",
            "javascript:alert(2)",
        ],
        dir.path(),
    );
    run_ok(&["mark", REVIEW_NAME, &u, "unverified"], dir.path());
    (dir, review, [v, d, u])
}

fn report(dir: &Path, format: &str, extra: &[&str]) -> String {
    let mut args = vec!["report", REVIEW_NAME, "--format", format];
    args.extend_from_slice(extra);
    stdout(&run_ok(&args, dir))
}

/// Splits CSV into records of fields (RFC 4180: quoted fields may hold
/// commas, quotes doubled, and line breaks).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, other) => field.push(other),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, other) => field.push(other),
        }
    }
    assert!(!quoted, "unterminated quoted CSV field");
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

#[test]
fn report_text_and_markdown_summarise_the_verdicts() {
    let (dir, _review, [_, disputed, _]) = reviewed();
    let text = report(dir.path(), "text", &[]);
    assert!(text.contains("disputed"), "{text}");
    assert!(text.contains(&disputed), "the disputed claim is listed");
    assert!(text.contains("alert(1)"), "with its note");

    let markdown = report(dir.path(), "markdown", &[]);
    assert!(markdown.starts_with("# "), "a title first");
    assert!(markdown.contains("|---"), "a summary table");
    assert!(markdown.contains(&disputed));
    assert!(
        !markdown.to_lowercase().contains("<script"),
        "the note's markup is inert in Markdown"
    );
    assert!(
        !markdown.contains("](javascript:"),
        "a javascript: source is not a link"
    );
    assert!(
        markdown.contains("(https://example.org/source)"),
        "an https source is a link"
    );
}

#[test]
fn report_html_is_self_contained_and_escaped() {
    let (dir, _review, [verified, disputed, _]) = reviewed();
    let html = report(dir.path(), "html", &[]);
    let lower = html.to_lowercase();
    assert!(lower.contains("<html"), "an HTML document");
    assert!(lower.contains("<style"), "inline CSS");
    assert!(!lower.contains("<script"), "no scripts, even from a note");
    assert!(!lower.contains("<link"), "no external stylesheet");
    assert!(
        !lower.contains("src=\"http"),
        "nothing loaded from the network"
    );
    assert!(
        !lower.contains("href=\"javascript:"),
        "javascript: is not a link"
    );
    assert!(
        html.contains("&lt;script&gt;"),
        "the note is escaped, not dropped"
    );
    assert!(html.contains("href=\"https://example.org/source\""));
    assert!(html.contains(&verified) && html.contains(&disputed));
}

#[test]
fn report_csv_has_one_row_per_claim() {
    let (dir, review, [_, disputed, _]) = reviewed();
    let total = ids(&read_json(&review)).len();
    let records = csv_records(&report(dir.path(), "csv", &[]));
    let header = &records[0];
    for column in ["id", "start", "end", "kinds", "text", "verdict", "note"] {
        assert!(header.iter().any(|h| h == column), "column {column}");
    }
    assert_eq!(records.len(), total + 1, "a header and one row per claim");
    assert!(records.iter().all(|r| r.len() == header.len()));
    let verdict_col = header.iter().position(|h| h == "verdict").expect("verdict");
    let note_col = header.iter().position(|h| h == "note").expect("note");
    let row = records
        .iter()
        .find(|r| r[0] == disputed)
        .expect("the disputed row");
    assert_eq!(row[verdict_col], "disputed");
    assert_eq!(row[note_col], "<script>alert(1)</script> & \"quoted\"");
}

#[test]
fn report_json_and_claimreview_parse() {
    let (dir, review, _) = reviewed();
    let total = ids(&read_json(&review)).len();
    let json: Value = serde_json::from_str(&report(dir.path(), "json", &[])).expect("JSON");
    assert_eq!(json["claims"].as_array().map(Vec::len), Some(total));
    assert_eq!(json["summary"]["verified"], 1);
    assert_eq!(json["summary"]["disputed"], 1);
    assert_eq!(json["summary"]["unverified"], 1);

    let items: Value = serde_json::from_str(&report(
        dir.path(),
        "claimreview",
        &["--org", "Cek Fakta", "--url", "https://example.org/article"],
    ))
    .expect("ClaimReview JSON-LD");
    let items = items.as_array().expect("a list of ClaimReview items");
    assert_eq!(items.len(), 3, "one item per reviewed claim");
    let mut verdicts = BTreeSet::new();
    for item in items {
        assert_eq!(item["@type"], "ClaimReview");
        assert_eq!(item["@context"], "https://schema.org");
        assert!(item["claimReviewed"].is_string());
        let rating = &item["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        let (best, worst, value) = (
            rating["bestRating"].as_f64().expect("bestRating"),
            rating["worstRating"].as_f64().expect("worstRating"),
            rating["ratingValue"].as_f64().expect("ratingValue"),
        );
        assert!(worst <= value && value <= best, "{rating}");
        verdicts.insert(
            rating["alternateName"]
                .as_str()
                .expect("alternateName")
                .to_lowercase(),
        );
        assert_eq!(item["itemReviewed"]["@type"], "Claim");
        assert_eq!(
            item["itemReviewed"]["appearance"]["url"], "https://example.org/article",
            "{item}"
        );
        assert_eq!(item["author"]["name"], "Cek Fakta");
    }
    assert_eq!(
        verdicts,
        ["verified", "disputed", "unverified"]
            .into_iter()
            .map(String::from)
            .collect()
    );
}

#[test]
fn report_to_a_file_equals_the_stdout_report_for_every_format() {
    let (dir, _review, _) = reviewed();
    for format in ["text", "markdown", "html", "csv", "json", "claimreview"] {
        let printed = report(dir.path(), format, &[]);
        let name = format!("report.{format}");
        let output = run_ok(
            &["report", REVIEW_NAME, "--format", format, "-o", &name],
            dir.path(),
        );
        assert!(stdout(&output).is_empty(), "-o prints nothing on stdout");
        let written = fs::read_to_string(dir.path().join(&name)).expect("report written");
        assert!(!written.is_empty());
        assert_eq!(written, printed, "{format}: file and stdout differ");
        // Deterministic: the same input gives the same bytes.
        assert_eq!(report(dir.path(), format, &[]), printed, "{format}");
    }
}

#[test]
fn report_only_disputed_keeps_only_disputed_claims() {
    let (dir, _review, [_, disputed, _]) = reviewed();
    let json: Value =
        serde_json::from_str(&report(dir.path(), "json", &["--only", "disputed"])).expect("JSON");
    let listed: Vec<&Value> = json["claims"].as_array().expect("claims").iter().collect();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["id"], disputed.as_str());
    let records = csv_records(&report(dir.path(), "csv", &["--only", "disputed"]));
    assert_eq!(records.len(), 2, "header and the disputed row");
    assert_eq!(records[1][0], disputed);
    let output = factdesk(&["report", REVIEW_NAME, "--only", "wrong"], dir.path());
    assert_eq!(code(&output), 2, "{}", stderr(&output));
}

// merge

/// Copies of one fresh extraction, one per reviewer, each marked with the
/// given verdicts on the first claims. Returns the folder and file names.
fn reviewers(verdicts: &[(&str, &[&str])]) -> (TempDir, Vec<String>, Vec<String>) {
    let (dir, review) = extracted();
    let all = ids(&read_json(&review));
    let mut files = Vec::new();
    for (reviewer, marks) in verdicts {
        let name = format!("{}.json", reviewer.to_lowercase());
        fs::copy(&review, dir.path().join(&name)).expect("copy review");
        for (id, verdict) in all.iter().zip(marks.iter()) {
            run_ok(
                &["mark", &name, id, verdict, "--reviewer", reviewer],
                dir.path(),
            );
        }
        files.push(name);
    }
    (dir, files, all)
}

#[test]
fn merge_keeps_a_publication_day_any_reviewer_gave() {
    let dir = TempDir::new().expect("temp dir");
    fs::write(
        dir.path().join("beras.txt"),
        "Harga beras naik 5 persen dibanding tahun lalu, kata Kepala BPS Amalia \
         Adininggar Widyasanti.\n",
    )
    .expect("write the article");
    let extract = |name: &str, published: Option<&str>| {
        let mut args = vec!["extract", "beras.txt", "--stdout"];
        if let Some(day) = published {
            args.extend(["--published", day]);
        }
        let output = run_ok(&args, dir.path());
        fs::write(dir.path().join(name), &output.stdout).expect("write a review");
    };
    extract("ana.json", None);
    extract("budi.json", Some("2025-10-21"));
    extract("citra.json", Some("2026-01-05"));
    let last_year = |review: &Value| {
        claims(review)
            .iter()
            .flat_map(|c| c["quantities"].as_array().expect("quantities"))
            .find(|q| q["text"] == "tahun lalu")
            .map(|q| q["value"].clone())
            .expect("tahun lalu")
    };
    // Ana's file comes first and has no day: Budi's is kept, and the
    // merged claims read "tahun lalu" from it.
    let output = run_ok(
        &["merge", "ana.json", "budi.json", "-o", "merged.json"],
        dir.path(),
    );
    assert!(!stderr(&output).contains("publication days"));
    let merged = read_json(&dir.path().join("merged.json"));
    assert_eq!(merged["article"]["reference_date"]["date"], "2025-10-21");
    assert_eq!(merged["article"]["reference_date"]["source"], "given");
    assert_eq!(last_year(&merged), 2024.0);
    // Two different days: the first is kept, and the merge says so.
    let output = run_ok(
        &[
            "merge",
            "budi.json",
            "citra.json",
            "-o",
            "both.json",
            "--json",
        ],
        dir.path(),
    );
    let warning = stderr(&output);
    assert!(
        warning.contains("different publication days") && warning.contains("2026-01-05"),
        "{warning}"
    );
    let figures: Value = serde_json::from_slice(&output.stdout).expect("merge --json");
    assert_eq!(figures["published"], "2025-10-21");
    assert_eq!(
        figures["publication_days"]
            .as_array()
            .map(|days| days.iter().map(|d| d["date"].clone()).collect::<Vec<_>>()),
        Some(vec!["2025-10-21".into(), "2026-01-05".into()])
    );
    let both = read_json(&dir.path().join("both.json"));
    assert_eq!(last_year(&both), 2024.0);
}

#[test]
fn merge_of_two_reviewers_counts_the_conflict_and_cohen_kappa() {
    // Hand computed: agreement 3/4; Ana says verified 2/4, Budi 1/4, so
    // chance agreement .5*.25 + .5*.75 = .5 and kappa (.75-.5)/(1-.5) = .5.
    let (dir, files, all) = reviewers(&[
        ("Ana", &["verified", "verified", "disputed", "disputed"]),
        ("Budi", &["verified", "disputed", "disputed", "disputed"]),
    ]);
    let output = run_ok(
        &["merge", &files[0], &files[1], "-o", "merged.json"],
        dir.path(),
    );
    let text = stdout(&output);
    assert!(text.contains("1 conflicts"), "{text}");
    assert!(text.contains("Cohen's kappa 0.500"), "{text}");
    assert!(text.contains("75.0% agreement"), "{text}");

    let merged = read_json(&dir.path().join("merged.json"));
    let conflicted: Vec<&str> = claims(&merged)
        .iter()
        .filter(|c| c["conflict"] == true)
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    assert_eq!(conflicted, [all[1].as_str()]);
    let reviews = claim(&merged, &all[1])["reviews"]
        .as_array()
        .expect("per-reviewer verdicts");
    let by: BTreeSet<(String, String)> = reviews
        .iter()
        .map(|r| {
            (
                r["reviewer"].as_str().expect("reviewer").to_string(),
                r["value"].as_str().expect("value").to_string(),
            )
        })
        .collect();
    assert_eq!(
        by,
        [
            ("Ana".to_string(), "verified".to_string()),
            ("Budi".to_string(), "disputed".to_string())
        ]
        .into_iter()
        .collect()
    );
    let status = stdout(&run_ok(&["status", "merged.json", "--json"], dir.path()));
    let status: Value = serde_json::from_str(&status).expect("status JSON");
    assert_eq!(status["conflicts"], 1);

    let output = run_ok(
        &["merge", &files[0], &files[1], "-o", "again.json", "--json"],
        dir.path(),
    );
    let figures: Value = serde_json::from_slice(&output.stdout).expect("merge --json");
    assert_eq!(figures["reviewers"], 2);
    assert_eq!(figures["claims"], all.len());
    assert_eq!(figures["conflicts"], serde_json::json!([all[1]]));
    assert_eq!(figures["items_rated_by_all"], 4);
    let close = |v: &Value, x: f64| (v.as_f64().expect("number") - x).abs() < 1e-9;
    assert!(close(&figures["percent_agreement"], 75.0), "{figures}");
    assert!(close(&figures["cohen_kappa"], 0.5), "{figures}");
    assert!(figures["fleiss_kappa"].is_null() || figures["fleiss_kappa"].is_number());
    assert!(
        figures["output"]
            .as_str()
            .is_some_and(|o| o.ends_with("again.json"))
    );
}

#[test]
fn merge_of_three_reviewers_reports_fleiss_kappa() {
    // Hand computed, 4 claims, 3 raters, categories V/D/U:
    // per-claim agreement 1, 1/3, 1, 0 -> mean 7/12; category shares
    // 6/12, 5/12, 1/12 -> chance 62/144; kappa (7/12 - 62/144)/(1 - 62/144)
    // = 22/82 = 0.268.
    let (dir, files, all) = reviewers(&[
        ("Ana", &["verified", "verified", "disputed", "verified"]),
        ("Budi", &["verified", "verified", "disputed", "disputed"]),
        ("Citra", &["verified", "disputed", "disputed", "unverified"]),
    ]);
    let output = run_ok(
        &[
            "merge",
            &files[0],
            &files[1],
            &files[2],
            "-o",
            "merged.json",
        ],
        dir.path(),
    );
    let text = stdout(&output);
    assert!(text.contains("merged 3 reviewers"), "{text}");
    assert!(text.contains("2 conflicts"), "{text}");
    assert!(text.contains("Fleiss' kappa 0.268"), "{text}");

    let output = run_ok(
        &[
            "merge",
            &files[0],
            &files[1],
            &files[2],
            "-o",
            "merged2.json",
            "--json",
        ],
        dir.path(),
    );
    let figures: Value = serde_json::from_slice(&output.stdout).expect("merge --json");
    assert_eq!(figures["reviewers"], 3);
    let fleiss = figures["fleiss_kappa"].as_f64().expect("fleiss_kappa");
    assert!((fleiss - 22.0 / 82.0).abs() < 1e-9, "{figures}");
    assert_eq!(figures["conflicts"], serde_json::json!([all[1], all[3]]));
    let merged = read_json(&dir.path().join("merged.json"));
    assert_eq!(
        claim(&merged, &all[3])["reviews"].as_array().map(Vec::len),
        Some(3)
    );
}

#[test]
fn merging_reviews_of_different_articles_fails_with_exit_4() {
    let (dir, _review) = extracted();
    let english = fs::read(root().join("benches/corpus/en/001.txt")).expect("read corpus article");
    fs::write(dir.path().join("other.txt"), english).expect("write article");
    run_ok(&["extract", "other.txt"], dir.path());
    let output = factdesk(
        &["merge", REVIEW_NAME, "other.json", "-o", "merged.json"],
        dir.path(),
    );
    assert_eq!(code(&output), 4, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("other.json"),
        "names the files: {}",
        stderr(&output)
    );
    assert!(!dir.path().join("merged.json").exists());
}

// refusing bad review files

/// Runs every command that reads a review file on `name` and checks each
/// exits 4 with a message containing `expected`, leaving the folder as it was.
fn assert_refused_untouched(dir: &Path, name: &str, id: &str, expected: &[&str]) {
    let bytes = fs::read(dir.join(name)).expect("read review");
    let before = names(dir);
    let commands: [Vec<&str>; 5] = [
        vec!["mark", name, id, "verified"],
        vec!["status", name],
        vec!["list", name],
        vec!["report", name, "--format", "json"],
        vec!["merge", name, name, "-o", "merged.json"],
    ];
    for args in &commands {
        let output = factdesk(args, dir);
        let message = stderr(&output);
        assert_eq!(code(&output), 4, "{args:?}: {message}");
        assert_eq!(message.trim_end().lines().count(), 1, "{message:?}");
        for piece in expected {
            assert!(
                message.contains(piece),
                "{args:?}: {message:?} lacks {piece:?}"
            );
        }
        assert_eq!(fs::read(dir.join(name)).expect("read review"), bytes);
        assert_eq!(names(dir), before, "{args:?} wrote something");
    }
}

#[test]
fn malformed_review_json_exits_4_with_line_and_column_and_is_left_alone() {
    let (dir, review) = extracted();
    let text = fs::read_to_string(&review).expect("read review");
    let id = ids(&read_json(&review))[0].clone();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let index = lines
        .iter()
        .position(|l| l.trim_start().starts_with("\"sha256\""))
        .expect("the sha256 line");
    let broken = lines[index].replacen("\",", "\" oops,", 1);
    let column = broken.find("oops").expect("inserted") + 1;
    lines[index] = broken;
    fs::write(dir.path().join("broken.json"), lines.join("\n")).expect("write broken file");
    assert_refused_untouched(
        dir.path(),
        "broken.json",
        &id,
        &[
            "broken.json",
            &format!("line {}, column {column}", index + 1),
        ],
    );
}

#[test]
fn an_unknown_schema_version_is_refused_naming_the_version() {
    let (dir, review) = extracted();
    let id = ids(&read_json(&review))[0].clone();
    let mut file = read_json(&review);
    file["schema_version"] = Value::from(99);
    fs::write(
        dir.path().join("future.json"),
        serde_json::to_string_pretty(&file).expect("encode"),
    )
    .expect("write future file");
    assert_refused_untouched(dir.path(), "future.json", &id, &["future.json", "99"]);
}

#[test]
fn a_json_file_that_is_not_a_review_is_refused() {
    let (dir, review) = extracted();
    let id = ids(&read_json(&review))[0].clone();
    fs::write(
        dir.path().join("package.json"),
        "{\"name\": \"left-pad\"}\n",
    )
    .expect("write");
    assert_refused_untouched(dir.path(), "package.json", &id, &["package.json"]);
}

#[test]
fn a_missing_review_file_exits_3() {
    let dir = TempDir::new().expect("temp dir");
    for args in [
        vec!["status", "nope.json"],
        vec!["list", "nope.json"],
        vec!["mark", "nope.json", "c-1", "verified"],
        vec!["report", "nope.json"],
    ] {
        let output = factdesk(&args, dir.path());
        assert_eq!(code(&output), 3, "{args:?}: {}", stderr(&output));
        assert!(stderr(&output).contains("nope.json"));
    }
    assert!(!dir.path().join("nope.json").exists());
}
