//! End to end: the real binary in a real pseudo-terminal (portable-pty),
//! its screen read through a vt100 parser. Every wait is for a screen
//! condition with a timeout (FACTDESK_TEST_TIMEOUT), never a bare sleep.

mod common;

use std::path::Path;
use std::time::Duration;

use common::PtySession;
use common::read_json;
use serde_json::Value;

const COLS: u16 = 120;
const ROWS: u16 = 40;

fn verdicts(review: &Value) -> Vec<Option<String>> {
    review["claims"]
        .as_array()
        .expect("claims array")
        .iter()
        .map(|c| c["verdict"]["value"].as_str().map(str::to_string))
        .collect()
}

fn start_review(dir: &Path, env: &[(&str, &str)]) -> PtySession {
    let session = PtySession::spawn(&["review", "a.txt"], dir, COLS, ROWS, env);
    session.wait_for_text("reviewed");
    session
}

#[test]
fn three_verdicts_and_a_note_reach_the_file_and_show_again_on_reopen() {
    let (dir, _) = common::seed_workspace();
    let mut tui = start_review(dir.path(), &[]);
    tui.wait_for_text("0/");
    tui.send("v");
    tui.wait_for_text("1 verified");
    tui.send("d");
    tui.wait_for_text("1 disputed");
    tui.send("u");
    tui.wait_for_text("1 unverified");
    tui.send("e");
    tui.wait_for_text("Ctrl-S");
    tui.send("Dicek dengan data BPS");
    tui.wait_for_text("Dicek dengan data BPS");
    tui.send("\x13"); // Ctrl-S saves the note
    tui.wait_for("note editor closed", |s| {
        !s.contains("Ctrl-S save") && s.contains("Dicek dengan data BPS")
    });
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);

    let review = read_json(&dir.path().join("a.json"));
    let given: Vec<String> = verdicts(&review).into_iter().flatten().collect();
    assert_eq!(given, ["verified", "disputed", "unverified"]);
    let claims = review["claims"].as_array().unwrap();
    for claim in claims.iter().filter(|c| !c["verdict"].is_null()) {
        assert_eq!(claim["verdict"]["reviewer"], "Pty Tester");
        let at = claim["verdict"]["at"].as_str().unwrap();
        chrono::DateTime::parse_from_rfc3339(at).expect("RFC 3339 timestamp with offset");
        assert!(!claim["history"].as_array().unwrap().is_empty());
    }
    let noted: Vec<&Value> = claims
        .iter()
        .filter(|c| c["note"] == "Dicek dengan data BPS")
        .collect();
    assert_eq!(noted.len(), 1, "exactly one claim carries the note");
    assert!(
        noted[0]["verdict"].is_null(),
        "the note went to the next pending claim"
    );

    // Reopen: earlier verdicts show, the cursor is on the first pending claim.
    let mut again = start_review(dir.path(), &[]);
    again.wait_for_text("3/");
    again.wait_for_text("1 verified");
    again.wait_for_text("1 disputed");
    again.wait_for_text("1 unverified");
    again.wait_for_text("Dicek dengan data BPS");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn sighup_keeps_every_verdict_and_the_note_being_typed_as_a_draft() {
    let (dir, _) = common::seed_workspace();
    let mut tui = start_review(dir.path(), &[]);
    tui.send("v");
    tui.wait_for_text("1 verified");
    tui.send("v");
    tui.wait_for_text("2 verified");
    tui.send("e");
    tui.wait_for_text("Ctrl-S");
    tui.send("catatan belum selesai");
    tui.wait_for_text("catatan belum selesai");
    tui.signal(libc::SIGHUP);
    tui.wait_exit();

    let review = read_json(&dir.path().join("a.json"));
    let given: Vec<String> = verdicts(&review).into_iter().flatten().collect();
    assert_eq!(given, ["verified", "verified"]);
    let draft = read_json(&factdesk_review::draft::draft_path(
        &dir.path().join("a.json"),
    ));
    assert_eq!(draft["text"], "catatan belum selesai");
    assert!(!dir.path().join("a.json.lock").exists(), "lock released");

    // The draft is offered back on the next start.
    let mut again = start_review(dir.path(), &[]);
    again.wait_for_text("catatan belum selesai");
    again.signal(libc::SIGTERM);
    again.wait_exit();
}

#[test]
fn a_hostile_article_never_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "Judul berita\n\n\
        Menurut BPS, 21 provinsi terdampak \u{1b}]52;c;cm0gLXJmIH4=\u{7} banjir.\n\
        Sebanyak 300 rumah rusak \u{1b}]0;pwned\u{7} kata Kepala BNPB Suharyanto.\n\
        Hampir 2.000 warga mengungsi \u{1b}[2J ke 12 posko \u{1b}[99;99H darurat.\n\
        Kerugian mencapai Rp 4,5 miliar \u{9b}31m menurut \u{202e}BNPB\u{202c} kemarin.\n";
    std::fs::write(dir.path().join("a.txt"), hostile).unwrap();
    let mut tui = PtySession::spawn(&["review", "a.txt"], dir.path(), COLS, ROWS, &[]);
    tui.wait_for_text("reviewed");
    tui.send("a"); // the article view shows the whole text
    tui.wait_for_text("␛");
    tui.wait_for_text("⟨U+202E⟩");
    tui.send("\x1b");
    tui.wait_for("back in the claims list", |s| s.contains("Claims"));
    tui.send("q");
    tui.wait_exit();
    let raw = tui.raw();
    let contains = |needle: &[u8]| raw.windows(needle.len()).any(|w| w == needle);
    assert!(
        !contains(b"\x1b]52"),
        "OSC 52 clipboard write reached the terminal"
    );
    assert!(
        !contains(b"\x1b]0;pwned"),
        "OSC 0 title change reached the terminal"
    );
    assert!(!contains(b"\x1b[2J"), "CSI 2J reached the terminal");
    assert!(
        !contains(b"\x1b[99;99H"),
        "the article's cursor move reached the terminal"
    );
    assert!(
        !contains("\u{9b}".as_bytes()),
        "C1 CSI reached the terminal"
    );
    assert!(
        !contains("\u{202e}".as_bytes()),
        "bidi override reached the terminal"
    );
    assert!(!contains(b"\x07"), "BEL reached the terminal");
}

/// Closes the terminal under `pid` and checks it exits promptly with little
/// CPU: crossterm's event source can spin at 100% on a vanished tty.
fn assert_exits_quietly_after_close(tui: &mut PtySession, pid: u32) {
    let before = common::cpu_time(pid).expect("factdesk is running");
    let closed_at = std::time::Instant::now();
    tui.close_master();
    let mut last_cpu = before;
    let mut pause = Duration::from_millis(10);
    let exit = loop {
        if let Some(cpu) = common::cpu_time(pid) {
            last_cpu = cpu;
        }
        if let Some(code) = tui.exited() {
            break code;
        }
        assert!(
            closed_at.elapsed() < Duration::from_secs(15),
            "factdesk still running 15 s after its terminal vanished (CPU used since: {:?})",
            last_cpu.saturating_sub(before)
        );
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(100));
    };
    let elapsed = closed_at.elapsed();
    let spent = last_cpu.saturating_sub(before);
    eprintln!("exited with {exit} after {elapsed:?}, CPU {spent:?}");
    // The tty check runs every 2 s; a spinning loop would burn the whole
    // interval. Allow for slow saves on a loaded machine, not for spinning.
    assert!(
        spent < Duration::from_millis(800) || spent < elapsed / 3,
        "factdesk used {spent:?} of CPU in the {elapsed:?} after its terminal vanished"
    );
}

#[test]
fn closing_the_terminal_saves_and_exits_without_spinning() {
    // factdesk leads the terminal's session, so the kernel's hangup sends
    // it SIGHUP, as sshd closing the link does.
    let (dir, _) = common::seed_workspace();
    let mut tui = start_review(dir.path(), &[]);
    tui.send("d");
    tui.wait_for_text("1 disputed");
    let pid = tui.pid();
    assert_exits_quietly_after_close(&mut tui, pid);
    let review = read_json(&dir.path().join("a.json"));
    let given: Vec<String> = verdicts(&review).into_iter().flatten().collect();
    assert_eq!(given, ["disputed"]);
    assert!(!dir.path().join("a.json.lock").exists(), "lock released");
}

#[test]
fn a_terminal_that_vanishes_without_any_signal_is_noticed() {
    // factdesk runs under a shell that leads the session and ignores SIGHUP,
    // so the hangup signals nobody: only factdesk's own tty check can see
    // that the terminal is gone.
    let (dir, _) = common::seed_workspace();
    let factdesk = common::bin();
    let mut tui = PtySession::spawn_program(
        "/bin/sh",
        &[
            "-c",
            "trap '' HUP; \"$0\" review a.txt; exit $?",
            factdesk.to_str().expect("UTF-8 path"),
        ],
        dir.path(),
        COLS,
        ROWS,
        &[],
    );
    tui.wait_for_text("reviewed");
    tui.send("v");
    tui.wait_for_text("1 verified");
    tui.send("d");
    tui.wait_for_text("1 disputed");
    let shell = tui.pid();
    let children = common::children_of(shell);
    assert_eq!(children.len(), 1, "one factdesk under the shell");
    assert_exits_quietly_after_close(&mut tui, children[0]);
    let review = read_json(&dir.path().join("a.json"));
    let given: Vec<String> = verdicts(&review).into_iter().flatten().collect();
    assert_eq!(given, ["verified", "disputed"]);
    assert!(!dir.path().join("a.json.lock").exists(), "lock released");
}

#[test]
fn no_color_keeps_the_selected_row_visible() {
    let (dir, _) = common::seed_workspace();
    let mut tui = start_review(dir.path(), &[("NO_COLOR", "1")]);
    tui.wait_for_text("▶");
    let inverse_marker = tui.with_screen(|screen| {
        (0..ROWS).any(|row| {
            let text = screen.contents_between(row, 0, row, COLS);
            text.contains('▶')
                && (0..COLS).any(|col| screen.cell(row, col).is_some_and(|c| c.inverse()))
        })
    });
    assert!(
        inverse_marker,
        "the selected row is marked and reversed without colour"
    );
    tui.send("q");
    tui.wait_exit();
}

#[test]
fn shrinking_shows_the_too_small_screen_and_growing_recovers() {
    let (dir, _) = common::seed_workspace();
    let mut tui = start_review(dir.path(), &[]);
    tui.resize(30, 10);
    tui.wait_for_text("too small");
    tui.resize(COLS, ROWS);
    tui.wait_for_text("reviewed");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn a_second_writer_is_told_who_holds_the_file() {
    let (dir, _) = common::seed_workspace();
    let mut first = start_review(dir.path(), &[]);
    let second = common::factdesk(&["extract", "a.txt"], dir.path());
    assert!(
        second.status.success(),
        "extract works beside an open session"
    );
    let mut blocked = PtySession::spawn(&["review", "a.json"], dir.path(), COLS, ROWS, &[]);
    assert_eq!(
        blocked.wait_exit(),
        6,
        "exit code 6 while another factdesk holds the file"
    );
    let mut read_only = PtySession::spawn(
        &["review", "a.json", "--read-only"],
        dir.path(),
        COLS,
        ROWS,
        &[],
    );
    read_only.wait_for_text("reviewed");
    read_only.send("q");
    read_only.wait_exit();
    first.send("q");
    assert_eq!(first.wait_exit(), 0);
}

#[test]
fn a_publication_day_typed_in_the_interface_reaches_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "Harga beras naik 5 persen dibanding tahun lalu, kata BPS.\n\n\
         Kemarin harga cabai turun 3 persen di 34 provinsi.\n",
    )
    .expect("write the article");
    let mut tui = start_review(dir.path(), &[]);
    tui.send("D");
    tui.wait_for_text("Published on");
    tui.send("2025-10-21\r");
    tui.wait_for_text("Relative dates read from 2025-10-21");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);

    let review = read_json(&dir.path().join("a.json"));
    assert_eq!(
        review["article"]["reference_date"],
        serde_json::json!({"date": "2025-10-21", "source": "given"})
    );
    let last_year = review["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .flat_map(|c| c["quantities"].as_array().expect("quantities"))
        .find(|q| q["text"] == "tahun lalu")
        .expect("the relative date");
    assert_eq!(last_year["value"], 2024.0);
}
