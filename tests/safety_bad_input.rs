//! Bad input end to end: `factdesk review` in a real terminal on files that
//! are not what they should be gives one clear message, the documented exit
//! code (src/exit.rs), no panic, and leaves the file untouched; an article
//! edited between sessions is re-anchored with every verdict kept; a 50 MB
//! article goes through `factdesk extract`.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::PtySession;
use serde_json::Value;

const COLS: u16 = 120;
const ROWS: u16 = 40;

/// Runs `factdesk review TARGET` in a pseudo-terminal (the interface checks
/// for one before anything else) and returns its exit code and screen.
fn review_in_terminal(dir: &Path, target: &str) -> (u32, String) {
    let mut tui = PtySession::spawn(&["review", target], dir, COLS, ROWS, &[]);
    let code = tui.wait_exit();
    // The message may still be in flight when the exit is seen.
    tui.wait_for_quiet(Duration::from_millis(100));
    (code, tui.screen())
}

/// One `factdesk:` message, no panic, no interface drawn.
fn assert_one_clear_message(screen: &str, expected: &[&str]) {
    assert!(
        !screen.contains("panicked") && !screen.contains("RUST_BACKTRACE"),
        "a panic:\n{screen}"
    );
    assert_eq!(
        screen.matches("factdesk:").count(),
        1,
        "exactly one message:\n{screen}"
    );
    for part in expected {
        assert!(
            screen.contains(part),
            "the message should mention {part:?}:\n{screen}"
        );
    }
}

fn extract(dir: &Path) -> PathBuf {
    let output = common::factdesk(&["extract", "a.txt"], dir);
    assert!(output.status.success(), "{}", common::stderr(&output));
    dir.join("a.json")
}

#[test]
fn malformed_json_names_the_place_and_is_left_untouched() {
    let (dir, _) = common::seed_workspace();
    let review = extract(dir.path());
    let good = std::fs::read_to_string(&review).expect("read review");
    let cut = good.len() / 2;
    let broken = format!("{}\n", &good[..cut]);
    std::fs::write(&review, &broken).expect("write broken review");
    let (code, screen) = review_in_terminal(dir.path(), "a.json");
    assert_eq!(code, 4, "exit 4: invalid content\n{screen}");
    assert_one_clear_message(&screen, &["a.json", "line"]);
    assert_eq!(
        std::fs::read_to_string(&review).expect("read review"),
        broken,
        "the malformed file is left byte for byte"
    );
}

#[test]
fn json_that_is_not_a_review_is_refused() {
    let (dir, _) = common::seed_workspace();
    let other = b"{\"name\": \"package\", \"version\": \"1.0.0\"}\n";
    std::fs::write(dir.path().join("b.json"), other).expect("write");
    let (code, screen) = review_in_terminal(dir.path(), "b.json");
    assert_eq!(code, 4, "{screen}");
    assert_one_clear_message(&screen, &["b.json"]);
    assert_eq!(std::fs::read(dir.path().join("b.json")).unwrap(), other);
}

#[test]
fn a_directory_and_a_missing_path_are_unreadable_input() {
    let (dir, _) = common::seed_workspace();
    std::fs::create_dir(dir.path().join("folder")).expect("mkdir");
    std::fs::create_dir(dir.path().join("folder.json")).expect("mkdir");
    for target in ["folder", "folder.json", "missing.txt", "missing.json"] {
        let (code, screen) = review_in_terminal(dir.path(), target);
        assert_eq!(code, 3, "exit 3 for {target}\n{screen}");
        assert_one_clear_message(&screen, &[target]);
    }
    assert!(!dir.path().join("missing.json").exists());
    assert!(!dir.path().join("folder/review.json").exists());
}

#[test]
fn a_binary_file_is_invalid_input_and_untouched() {
    let (dir, _) = common::seed_workspace();
    let blob: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
    std::fs::write(dir.path().join("blob.txt"), &blob).expect("write blob");
    let (code, screen) = review_in_terminal(dir.path(), "blob.txt");
    assert_eq!(code, 4, "{screen}");
    assert_one_clear_message(&screen, &["blob.txt"]);
    assert_eq!(std::fs::read(dir.path().join("blob.txt")).unwrap(), blob);
    assert!(!dir.path().join("blob.json").exists(), "no review written");
}

#[test]
fn claims_outside_the_article_never_crash_the_interface() {
    let (dir, _) = common::seed_workspace();
    let review = extract(dir.path());
    let mut json: Value = serde_json::from_str(&std::fs::read_to_string(&review).unwrap()).unwrap();
    let claims = json["claims"].as_array_mut().expect("claims");
    claims[0]["start"] = Value::from(900_000);
    claims[0]["end"] = Value::from(900_100);
    let bad = serde_json::to_string_pretty(&json).unwrap();
    std::fs::write(&review, &bad).unwrap();

    let mut tui = PtySession::spawn(&["review", "a.json"], dir.path(), COLS, ROWS, &[]);
    let deadline = Instant::now() + common::timeout();
    // Either refused with exit 4 and one message, or opened with the claims
    // re-anchored and the reviewer told so; never a panic.
    loop {
        if let Some(code) = tui.exited() {
            tui.wait_for_quiet(Duration::from_millis(100));
            let screen = tui.screen();
            assert_eq!(code, 4, "{screen}");
            assert_one_clear_message(&screen, &["a.json"]);
            assert_eq!(std::fs::read_to_string(&review).unwrap(), bad);
            return;
        }
        if tui.screen().contains("re-anchored") {
            break;
        }
        assert!(Instant::now() < deadline, "neither refused nor opened");
        std::thread::sleep(Duration::from_millis(50));
    }
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let reloaded = factdesk_review::store::load(&review).expect("the saved file loads");
    let article = std::fs::read_to_string(dir.path().join("a.txt")).unwrap();
    assert!(
        factdesk_review::store::validate_against_article(&reloaded, &article).is_empty(),
        "what was saved fits the article"
    );
}

#[test]
fn an_article_edited_between_sessions_is_reanchored_and_verdicts_kept() {
    let (dir, article) = common::seed_workspace();
    let mut tui = PtySession::spawn(&["review", "a.txt"], dir.path(), COLS, ROWS, &[]);
    tui.wait_for_text("reviewed");
    tui.send("v");
    tui.wait_for_text("1 verified");
    tui.send("d");
    tui.wait_for_text("1 disputed");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);

    // An editor's correction lands at the top of the article.
    let text = std::fs::read_to_string(&article).unwrap();
    let edited = format!("Koreksi: judul diperbarui pada pukul 10.00 WIB.\n\n{text}");
    std::fs::write(&article, edited).unwrap();

    let mut again = PtySession::spawn(&["review", "a.json"], dir.path(), COLS, ROWS, &[]);
    again.wait_for_text("re-anchored");
    again.wait_for_text("1 verified");
    again.wait_for_text("1 disputed");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
    let saved = factdesk_review::store::load(&dir.path().join("a.json")).expect("loads");
    let article_now = std::fs::read_to_string(&article).unwrap();
    assert!(factdesk_review::store::validate_against_article(&saved, &article_now).is_empty());
    assert_eq!(
        saved.claims.iter().filter(|c| c.verdict.is_some()).count(),
        2,
        "both verdicts kept"
    );
}

#[test]
fn a_50_mb_article_goes_through_extract() {
    const SIZE: usize = 50 * 1024 * 1024;
    let (dir, article) = common::seed_workspace();
    let seed = std::fs::read_to_string(&article).unwrap();
    // Measure a 1 MB slice first: in a debug build the full run could take
    // minutes, which is not worth a CI slot.
    let mut probe = String::new();
    while probe.len() < 1024 * 1024 {
        probe.push_str(&seed);
        probe.push_str("\n\n");
    }
    std::fs::write(dir.path().join("probe.txt"), &probe).unwrap();
    let started = Instant::now();
    let output = common::factdesk(&["extract", "probe.txt"], dir.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let per_mb = started.elapsed();
    let estimate = per_mb * 50;
    if estimate > Duration::from_secs(60) {
        eprintln!(
            "skipped: a 50 MB extract would take about {estimate:?} in this build \
             (1 MB took {per_mb:?}); run `cargo test --release --test safety_bad_input`"
        );
        return;
    }
    let mut big = String::with_capacity(SIZE + seed.len());
    while big.len() < SIZE {
        big.push_str(&seed);
        big.push_str("\n\n");
    }
    std::fs::write(dir.path().join("big.txt"), &big).unwrap();
    let started = Instant::now();
    let output = common::factdesk(&["extract", "big.txt"], dir.path());
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "extract of 50 MB failed: {}",
        common::stderr(&output)
    );
    eprintln!("50 MB article extracted in {elapsed:?}");
    let review = factdesk_review::store::load(&dir.path().join("big.json")).expect("loads");
    assert!(!review.claims.is_empty());
    assert!(factdesk_review::store::validate_against_article(&review, &big).is_empty());
}
