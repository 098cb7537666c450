//! Ctrl-Z suspends the interface (the terminal restored for the shell) and
//! resuming repaints it, in a real pseudo-terminal.

mod common;

use std::time::{Duration, Instant};

use common::PtySession;

/// The process state letter from /proc/PID/stat ('T' = stopped).
fn state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = stat.rfind(')')?;
    stat[after_name + 1..].trim_start().chars().next()
}

fn wait_state(pid: u32, wanted: impl Fn(char) -> bool, what: &str) {
    let deadline = Instant::now() + common::timeout();
    while !state(pid).is_some_and(&wanted) {
        assert!(Instant::now() < deadline, "process never became {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ctrl_z_suspends_with_the_terminal_restored_and_resume_repaints() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::fixture("seed/kerry-london-coalition.id.txt"),
        dir.path().join("a.txt"),
    )
    .unwrap();
    // Job control needs a shell: a stop signal sent to a process group with
    // no parent in the session (as the pty's session leader would be) is
    // discarded by the kernel. `read` holds the shell at the prompt while
    // the interface is stopped; the newline we send resumes it with `fg`.
    let script = format!(
        "set -m; '{}' review a.txt; read line; fg",
        common::bin().display()
    );
    let mut tui = PtySession::spawn_program("bash", &["-c", &script], dir.path(), 120, 40, &[]);
    tui.wait_for_text("reviewed");
    let pid = *common::children_of(tui.pid())
        .first()
        .expect("factdesk runs under the shell");
    let before = tui.raw_len();
    tui.send("\x1a");
    wait_state(pid, |s| s == 'T', "stopped");
    let while_stopped = tui.raw()[before..].to_vec();
    let contains = |bytes: &[u8], needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(
        contains(&while_stopped, b"\x1b[?1049l"),
        "the alternate screen is left before stopping, so the shell is usable"
    );
    let resumed_from = tui.raw_len();
    tui.send("\n");
    wait_state(pid, |s| s != 'T', "running");
    let deadline = Instant::now() + common::timeout();
    while !contains(&tui.raw()[resumed_from..], b"\x1b[?1049h") {
        assert!(Instant::now() < deadline, "the interface did not come back");
        std::thread::sleep(Duration::from_millis(20));
    }
    // On resume the terminal is asked where its cursor is (ESC [6n); the
    // vt100 parser does not answer, so answer as a terminal would.
    while !contains(&tui.raw()[resumed_from..], b"\x1b[6n") {
        assert!(Instant::now() < deadline, "no cursor query after resume");
        std::thread::sleep(Duration::from_millis(20));
    }
    tui.send("\x1b[1;1R");
    tui.wait_for_text("reviewed");
    tui.send("v");
    tui.wait_for_text("1 verified");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "fg returns factdesk's exit status");
}
