//! Drafts of unsaved text kept across a dropped connection.

use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use chrono::DateTime;
use factdesk_review::draft::{
    Draft, DraftError, DraftField, clear_draft, draft_path, load_draft, save_draft,
};

fn draft(text: &str) -> Draft {
    Draft {
        claim_id: "k3f9a2".into(),
        field: DraftField::Note,
        text: text.into(),
        reviewer: "ana".into(),
        at: DateTime::parse_from_rfc3339("2024-05-01T22:10:00+07:00").expect("time"),
    }
}

#[test]
fn a_draft_round_trips_and_is_cleared() {
    let dir = tempfile::tempdir().expect("temp dir");
    let review = dir.path().join("article.review.json");
    assert!(load_draft(&review).expect("no draft").is_none());

    let first = draft("BPS says 7,2 persen — half written, with \"quotes\"\nand a newline");
    save_draft(&review, &first).expect("save");
    assert_eq!(load_draft(&review).expect("load"), Some(first));

    let mut second = draft("overwritten");
    second.field = DraftField::Summary;
    save_draft(&review, &second).expect("save again");
    assert_eq!(load_draft(&review).expect("load"), Some(second));

    clear_draft(&review).expect("clear");
    assert!(!draft_path(&review).exists());
    assert!(load_draft(&review).expect("after clear").is_none());
    clear_draft(&review).expect("clearing nothing is fine");

    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn a_damaged_draft_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let review = dir.path().join("article.review.json");
    std::fs::write(draft_path(&review), b"{\"claim_id\": \"k1\", \"text\": ").expect("write");
    match load_draft(&review) {
        Err(error @ DraftError::Corrupt { .. }) => {
            let message = error.to_string();
            assert!(
                message.contains("article.review.json.draft.json"),
                "{message}"
            );
        }
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

#[test]
fn saving_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let review = dir.path().join("gone").join("article.review.json");
    assert!(save_draft(&review, &draft("x")).is_err());
}

const SAVER_ENV: &str = "FACTDESK_DRAFT_SAVER";

/// A process killed with SIGKILL while saving drafts in a loop always
/// leaves a complete draft: the old one or the new one.
#[test]
fn killed_mid_save_leaves_a_whole_draft() {
    if let Some(review) = std::env::var_os(SAVER_ENV) {
        let review = std::path::PathBuf::from(review);
        // Long texts make each write take a while, widening the window.
        for round in 0u64.. {
            let text = format!("{round} ").repeat(20_000);
            save_draft(&review, &draft(&text)).expect("saver saves");
        }
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let review = dir.path().join("article.review.json");
    for kill_after_ms in [5u64, 13, 29, 41, 67] {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "killed_mid_save_leaves_a_whole_draft",
                "--test-threads=1",
            ])
            .env(SAVER_ENV, &review)
            .stdout(Stdio::null())
            .spawn()
            .expect("spawn saver");
        let started = Instant::now();
        while !draft_path(&review).exists() && started.elapsed() < Duration::from_secs(30) {
            thread::sleep(Duration::from_millis(1));
        }
        thread::sleep(Duration::from_millis(kill_after_ms));
        child.kill().expect("kill saver");
        child.wait().expect("reap saver");
        let loaded = load_draft(&review)
            .expect("draft parses")
            .expect("draft exists");
        let first = loaded
            .text
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_string();
        assert!(
            loaded
                .text
                .split(' ')
                .filter(|w| !w.is_empty())
                .all(|w| w == first),
            "a draft mixed two saves"
        );
    }
}
