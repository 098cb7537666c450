//! The interface under the terminals reviewers really use: several TERM
//! values, ASCII-only output (`--ascii`, a non-UTF-8 locale), bracketed
//! paste, the byte stream's clean ending, and a real tmux.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use common::PtySession;
use common::read_json;

const COLS: u16 = 120;
const ROWS: u16 = 40;

/// Where `needle` last occurs in `haystack`.
fn last_index(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn first_index(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

const ENTER_ALT_SCREEN: &[u8] = b"\x1b[?1049h";
const LEAVE_ALT_SCREEN: &[u8] = b"\x1b[?1049l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
const END_SYNC_UPDATE: &[u8] = b"\x1b[?2026l";

#[test]
fn the_claims_list_shows_and_q_exits_under_common_terminal_types() {
    for term in ["xterm-256color", "screen-256color", "vt100", "linux"] {
        let (dir, _) = common::seed_workspace();
        let mut tui = PtySession::spawn(
            &["review", "a.txt"],
            dir.path(),
            COLS,
            ROWS,
            &[("TERM", term)],
        );
        tui.wait_for(&format!("the claims list under TERM={term}"), |s| {
            s.contains("Claims") && s.contains("reviewed")
        });
        tui.send("q");
        assert_eq!(tui.wait_exit(), 0, "q exits 0 under TERM={term}");
    }
}

/// Opens the review with `args` and `env`, quits, and returns every byte
/// written after the alternate screen was entered.
fn bytes_after_entering(args: &[&str], env: &[(&str, &str)]) -> Vec<u8> {
    let (dir, _) = common::seed_workspace();
    let mut tui = PtySession::spawn(args, dir.path(), COLS, ROWS, env);
    tui.wait_for_text("reviewed");
    tui.send("a"); // the article view: the most text on screen
    tui.wait_for_text("Article");
    tui.send("\x1b");
    tui.wait_for("back in the claims list", |s| s.contains("Claims"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let raw = tui.raw();
    let start = first_index(&raw, ENTER_ALT_SCREEN).expect("the alternate screen was entered");
    raw[start..].to_vec()
}

fn assert_ascii(bytes: &[u8], what: &str) {
    let Some(at) = bytes.iter().position(|b| !b.is_ascii()) else {
        return;
    };
    let from = at.saturating_sub(40);
    let to = (at + 40).min(bytes.len());
    let mut distinct: Vec<char> = String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| !c.is_ascii())
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    panic!(
        "{what}: non-ASCII byte {:#04x} at {at}, near {:?}; every non-ASCII character written: {distinct:?}",
        bytes[at],
        String::from_utf8_lossy(&bytes[from..to])
    );
}

#[test]
fn ascii_flag_writes_only_ascii_bytes() {
    let bytes = bytes_after_entering(&["review", "a.txt", "--ascii"], &[]);
    assert_ascii(&bytes, "--ascii");
}

#[test]
fn a_non_utf8_locale_writes_only_ascii_bytes() {
    let bytes = bytes_after_entering(&["review", "a.txt"], &[("LANG", "C")]);
    assert_ascii(&bytes, "LANG=C");
}

#[test]
fn pasted_text_reaches_the_note_sanitized() {
    let (dir, article) = common::seed_workspace();
    let review = article.with_extension("json");
    let mut tui = PtySession::spawn(&["review", "a.txt"], dir.path(), COLS, ROWS, &[]);
    tui.wait_for_text("reviewed");
    tui.send("e");
    tui.wait_for_text("Ctrl-S");
    tui.send("\x1b[200~text with \x1b]0;x\x07 escape\x1b[201~");
    tui.wait_for_text("text with");
    tui.wait_for_text("escape");
    tui.send("\x13"); // Ctrl-S saves the note
    tui.wait_for("note editor closed", |s| !s.contains("Ctrl-S save"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);

    let raw = tui.raw();
    assert!(
        first_index(&raw, b"\x1b]0;x").is_none(),
        "the pasted title change reached the terminal"
    );
    let file = read_json(&review);
    let notes: Vec<&str> = file["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter_map(|c| c["note"].as_str())
        .filter(|n| n.contains("text with"))
        .collect();
    assert_eq!(notes.len(), 1, "the pasted note was saved once");
    let note = notes[0];
    assert!(note.contains("escape"), "the whole paste arrived: {note:?}");
    assert!(
        !note.chars().any(|c| c.is_control()),
        "the saved note holds control characters: {note:?}"
    );
}

#[test]
fn on_exit_the_stream_leaves_the_alternate_screen_and_shows_the_cursor() {
    let (dir, _) = common::seed_workspace();
    let mut tui = PtySession::spawn(&["review", "a.txt"], dir.path(), COLS, ROWS, &[]);
    tui.wait_for_text("reviewed");
    tui.send("j");
    tui.wait_for_quiet(Duration::from_millis(200));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let raw = tui.raw();
    let last_draw = last_index(&raw, END_SYNC_UPDATE).expect("frames are synchronized updates");
    let leave = last_index(&raw, LEAVE_ALT_SCREEN).expect("the alternate screen is left");
    let show = last_index(&raw, SHOW_CURSOR).expect("the cursor is shown");
    assert!(
        leave > last_draw && show > last_draw,
        "restore sequences come after the last frame (frame end {last_draw}, leave {leave}, show {show})"
    );
    assert!(
        last_index(&raw, ENTER_ALT_SCREEN).is_some_and(|enter| enter < leave),
        "the alternate screen is not entered again after leaving"
    );
    assert!(
        tui.with_screen(|s| !s.hide_cursor()),
        "the cursor is visible at the end"
    );
}

/// A tmux server of our own (its own socket), killed when dropped.
struct Tmux {
    socket: PathBuf,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux")
    }

    fn pane(&self) -> Option<String> {
        let output = self.run(&["capture-pane", "-p", "-t", "t"]);
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    fn wait_for(&self, what: &str, condition: impl Fn(Option<&str>) -> bool) {
        let deadline = Instant::now() + common::timeout();
        let mut pause = Duration::from_millis(20);
        loop {
            let pane = self.pane();
            if condition(pane.as_deref()) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out in tmux waiting for {what}; pane:\n{}",
                pane.unwrap_or_default()
            );
            thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(200));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn a_verdict_given_inside_a_real_tmux_reaches_the_file() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed (.ci/run installs it where apt-get exists)");
        return;
    }
    let (dir, article) = common::seed_workspace();
    let review = article.with_extension("json");
    let tmux = Tmux {
        socket: dir.path().join("tmux.sock"),
    };
    let bin = common::bin();
    let command = format!(
        "env FACTDESK_REVIEWER='Tmux Tester' FACTDESK_DATA_DIR=data XDG_CONFIG_HOME=config \
         LANG=C.UTF-8 '{}' review a.txt; echo \"factdesk exited $?\"; sleep 60",
        bin.display()
    );
    let started = tmux.run(&[
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "120",
        "-y",
        "40",
        "-c",
        dir.path().to_str().expect("UTF-8 temp path"),
        &command,
    ]);
    assert!(
        started.status.success(),
        "tmux new-session failed: {}",
        String::from_utf8_lossy(&started.stderr)
    );
    tmux.wait_for("the claims list", |p| {
        p.is_some_and(|p| p.contains("reviewed"))
    });
    tmux.run(&["send-keys", "-t", "t", "v"]);
    tmux.wait_for("the verdict", |p| {
        p.is_some_and(|p| p.contains("1 verified"))
    });
    tmux.run(&["send-keys", "-t", "t", "q"]);
    tmux.wait_for("factdesk to exit", |p| {
        p.is_some_and(|p| p.contains("factdesk exited"))
    });
    let pane = tmux.pane().unwrap_or_default();
    assert!(
        pane.contains("factdesk exited 0"),
        "exit status 0 in tmux:\n{pane}"
    );
    let file = read_json(&review);
    let verified = file["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter(|c| c["verdict"]["value"] == "verified")
        .count();
    assert_eq!(verified, 1);
}
