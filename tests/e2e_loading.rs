//! Opening a large review (issue 6): the interface draws a loading screen
//! at once while the review is read on another thread, keys typed during
//! the load are applied in order once it is ready, Ctrl-C on the loading
//! screen leaves at once without touching the file, and a load that fails
//! after the loading screen is up ends exactly as a quick failure does. The
//! first claims are shown (a preview read from the head of the file) while
//! the rest loads; moves show on them at once, other keys wait.
//!
//! The review is built here from the bundled article repeated 1,900 times
//! (30,400 claims, about 48 MB of JSON), which takes the (debug) binary
//! well over the 30 ms after which the loading screen is drawn.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::PtySession;
use factdesk_review::{ReviewFile, store};

const COLS: u16 = 100;
const ROWS: u16 = 30;
const COPIES: usize = 1_900;

/// How long the debug binary may take to load the large review.
fn load_timeout() -> Duration {
    common::timeout().max(Duration::from_secs(120))
}

/// Writes `big.txt` (the bundled article `COPIES` times) and `big.json`
/// (its claims, shifted into every copy, all pending) to `dir`.
fn write_large_review(dir: &Path) -> ReviewFile {
    let root = common::root();
    let base =
        store::load(&root.join("claims/kerry-london-coalition.json")).expect("bundled review");
    let text = std::fs::read_to_string(root.join("claims/kerry-london-coalition.txt"))
        .expect("bundled article");
    let piece = format!("{text}\n\n");
    let mut article = String::with_capacity(piece.len() * COPIES);
    let mut file = base.clone();
    file.claims.clear();
    for copy in 0..COPIES {
        let offset = article.len();
        article.push_str(&piece);
        for claim in &base.claims {
            let mut claim = claim.clone();
            claim.id = format!("{}-{copy}", claim.id);
            claim.start += offset;
            claim.end += offset;
            claim.verdict = None;
            claim.history.clear();
            for quantity in &mut claim.quantities {
                quantity.start += offset;
                quantity.end += offset;
            }
            if let Some(speaker) = &mut claim.speaker {
                speaker.start += offset;
                speaker.end += offset;
            }
            file.claims.push(claim);
        }
    }
    file.article.path = "big.txt".to_string();
    file.article.sha256 = store::sha256_hex(article.as_bytes());
    assert!(
        store::validate_against_article(&file, &article).is_empty(),
        "the shifted claims fit the repeated article"
    );
    std::fs::write(dir.join("big.txt"), &article).expect("write article");
    store::save(&dir.join("big.json"), &file).expect("write review");
    file
}

/// A temporary folder holding the large review (see [`write_large_review`]).
fn large_review() -> (tempfile::TempDir, ReviewFile) {
    let dir = tempfile::tempdir().expect("temp dir");
    let built = write_large_review(dir.path());
    (dir, built)
}

/// `factdesk review big.json` in `dir`, in a pseudo-terminal.
fn open_review(dir: &Path) -> PtySession {
    PtySession::spawn(&["review", "big.json"], dir, COLS, ROWS, &[])
}

/// Waits up to [`load_timeout`] for `condition` on the screen.
fn wait_long(tui: &PtySession, what: &str, condition: impl Fn(&str) -> bool) {
    let deadline = Instant::now() + load_timeout();
    loop {
        let screen = tui.screen();
        if condition(&screen) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}; screen:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The exit code, waiting up to [`load_timeout`] for the program to end.
fn exit_code_within_load_timeout(tui: &mut PtySession) -> u32 {
    let deadline = Instant::now() + load_timeout();
    loop {
        if let Some(code) = tui.exited() {
            return code;
        }
        assert!(Instant::now() < deadline, "no exit:\n{}", tui.screen());
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The positions of the claims that have a verdict.
fn with_verdicts(file: &ReviewFile) -> Vec<usize> {
    file.claims
        .iter()
        .enumerate()
        .filter(|(_, claim)| claim.verdict.is_some())
        .map(|(index, _)| index)
        .collect()
}

#[test]
fn keys_typed_while_loading_are_applied_once_the_review_is_ready() {
    let (dir, built) = large_review();
    let mut tui = open_review(dir.path());
    // The loading screen comes first: the header and what is being read.
    tui.wait_for("the loading screen", |s| {
        s.contains("factdesk") && s.contains("big.json") && s.contains("loading")
    });
    assert!(
        !tui.screen().contains("reviewed"),
        "the loading screen is not the loaded interface:\n{}",
        tui.screen()
    );
    // Typed before the claims exist: two moves down, then a verdict.
    tui.send("j");
    tui.send("j");
    tui.send("v");
    // Whether the preview came before or after them, the moves show on it
    // and only the verdict waits.
    wait_long(&tui, "the preview or the loaded interface", |s| {
        s.contains("first 500 claims") && s.contains("1 key typed") || s.contains("reviewed")
    });
    wait_long(&tui, "the loaded interface", |s| s.contains("reviewed"));
    tui.wait_for_text("1 verified");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "{}", tui.screen());
    let saved = store::load(&dir.path().join("big.json")).expect("reload review");
    let verified = with_verdicts(&saved);
    // The list is in article order: `j j` moved to the third claim.
    assert_eq!(verified, vec![2], "the verdict landed on the third claim");
    let verdict = saved.claims[2].verdict.as_ref().expect("a verdict");
    assert_eq!(verdict.value.as_str(), "verified");
    assert_eq!(saved.claims.len(), built.claims.len(), "no claim lost");
}

#[test]
fn ctrl_c_on_the_loading_screen_leaves_at_once_and_changes_nothing() {
    let (dir, _) = large_review();
    let review = dir.path().join("big.json");
    let before = std::fs::read(&review).expect("read review");
    let mut tui = open_review(dir.path());
    tui.wait_for_text("loading");
    let pressed = Instant::now();
    tui.send("\u{3}");
    let code = tui.wait_exit();
    let took = pressed.elapsed();
    assert_eq!(code, 0);
    tui.wait_for_quiet(Duration::from_millis(100));
    assert!(
        tui.screen().contains("no verdict was changed"),
        "says the review was left alone:\n{}",
        tui.screen()
    );
    assert!(
        !tui.screen().contains("panicked"),
        "no panic:\n{}",
        tui.screen()
    );
    assert_eq!(
        std::fs::read(&review).expect("read review"),
        before,
        "the review is untouched"
    );
    assert!(
        !dir.path().join("big.json.lock").exists(),
        "the lock is released"
    );
    println!("Ctrl-C on the loading screen: exited after {took:?}");
}

#[test]
fn a_load_error_after_the_loading_screen_ends_as_a_quick_one_does() {
    let (dir, _) = large_review();
    let review = dir.path().join("big.json");
    let good = std::fs::read_to_string(&review).expect("read review");
    // Cut near the end: the parser reads almost all of it before failing.
    let cut = good.len() - 1000;
    let broken = format!("{}\n", &good[..cut]);
    std::fs::write(&review, &broken).expect("write broken review");
    let mut tui = open_review(dir.path());
    let code = exit_code_within_load_timeout(&mut tui);
    tui.wait_for_quiet(Duration::from_millis(100));
    let screen = tui.screen();
    assert_eq!(code, 4, "exit 4: invalid content\n{screen}");
    assert!(
        tui.raw().windows(8).any(|w| w == b"\x1b[?1049h"),
        "the loading screen was up (the alternate screen was entered)"
    );
    // Back on the normal screen with exactly one message, as for a small file.
    assert_eq!(
        screen.matches("factdesk:").count(),
        1,
        "one message:\n{screen}"
    );
    assert!(
        screen.contains("big.json") && screen.contains("line"),
        "{screen}"
    );
    assert!(
        !screen.contains("loading"),
        "the loading screen is gone:\n{screen}"
    );
    assert_eq!(
        std::fs::read_to_string(&review).expect("read review"),
        broken,
        "the malformed file is left byte for byte"
    );
}

#[test]
fn the_first_claims_are_shown_while_the_rest_loads_and_moves_show_on_them() {
    let (dir, _) = large_review();
    let mut tui = open_review(dir.path());
    // The preview: the first claims, with the header saying what is read.
    tui.wait_for("the preview", |s| s.contains("first 500 claims"));
    let before = tui.screen();
    assert!(
        !before.contains("reviewed"),
        "no counts before they are known:\n{before}"
    );
    // A move shows at once on the preview.
    tui.send("j");
    tui.wait_for("the move on the preview", |s| {
        s != before && s.contains("first 500 claims") && !s.contains("typed")
    });
    // A verdict waits for the full review, and the header says so.
    tui.send("v");
    tui.wait_for_text("1 key typed, applied once loaded");
    wait_long(&tui, "the loaded interface", |s| s.contains("reviewed"));
    tui.wait_for_text("1 verified");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "{}", tui.screen());
    let saved = store::load(&dir.path().join("big.json")).expect("reload review");
    let verified = with_verdicts(&saved);
    assert_eq!(
        verified,
        vec![1],
        "the verdict landed on the claim the preview showed selected"
    );
}

#[test]
fn a_hangup_while_loading_still_applies_and_saves_the_keys_that_waited() {
    let (dir, _) = large_review();
    let mut tui = open_review(dir.path());
    tui.wait_for_text("loading");
    // A verdict typed before the claims are all loaded, then the link drops.
    tui.send("v");
    tui.wait_for_text("applied once loaded");
    assert!(
        !tui.screen().contains("reviewed"),
        "still loading when the hangup comes:\n{}",
        tui.screen()
    );
    tui.signal(libc::SIGHUP);
    let code = exit_code_within_load_timeout(&mut tui);
    assert_eq!(code, 0, "{}", tui.screen());
    tui.wait_for_quiet(Duration::from_millis(100));
    assert!(
        tui.screen().contains("stopped by a signal"),
        "{}",
        tui.screen()
    );
    let saved = store::load(&dir.path().join("big.json")).expect("reload review");
    let verified = with_verdicts(&saved);
    assert_eq!(verified, vec![0], "the waiting verdict was saved");
    assert!(
        !dir.path().join("big.json.lock").exists(),
        "the lock is released"
    );
}
