//! What the interface costs over SSH (issue 6): the bytes the real binary
//! writes to a 120x40 pseudo-terminal for one key, after the first frame
//! has settled.
//!
//! - moving the selection within the visible rows (`j`): target ≤ 600 bytes
//!   for the median move (the maximum is reported);
//! - a key that changes nothing (`k` on the first row): target < 100 bytes;
//! - scrolling the list by one row (`j` on the last visible row): reported;
//! - every draw wrapped in synchronized-update sequences
//!   (`ESC[?2026h` … `ESC[?2026l`).
//!
//! The figures depend only on the program, not on timing, but telling when
//! the program has finished answering a key means waiting for its output to
//! go quiet, so the full measurement is ignored by default:
//!
//! ```sh
//! cargo test --release --test perf_bandwidth -- --ignored --nocapture
//! ```
//!
//! A sanity version with generous bounds runs in the normal test run. The
//! same file holds the (ignored) start-to-first-frame timing with 100,000
//! claims.

#[path = "../benches/support/inputs.rs"]
mod inputs;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const COLS: u16 = 120;
const ROWS: u16 = 40;
const SCREEN_COLS: NonZeroU16 = NonZeroU16::new(COLS).expect("120 is not zero");
const SCREEN_ROWS: NonZeroU16 = NonZeroU16::new(ROWS).expect("40 is not zero");
const SYNC_BEGIN: &[u8] = b"\x1b[?2026h";
const SYNC_END: &[u8] = b"\x1b[?2026l";

/// How long to wait for any one screen condition before failing.
fn timeout() -> Duration {
    let secs = std::env::var("FACTDESK_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    Duration::from_secs(secs)
}

/// The real binary in a pseudo-terminal, every byte it writes recorded and
/// fed to a vt100 screen.
struct Terminal {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    raw: Arc<Mutex<Vec<u8>>>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Terminal {
    fn spawn(dir: &Path, args: &[&str]) -> Terminal {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_factdesk"));
        command.args(args);
        command.cwd(dir);
        command.env("TERM", "xterm-256color");
        command.env("LANG", "C.UTF-8");
        command.env("FACTDESK_REVIEWER", "Bandwidth Tester");
        command.env("FACTDESK_DATA_DIR", dir.join("data"));
        command.env("XDG_CONFIG_HOME", dir.join("config"));
        command.env_remove("NO_COLOR");
        command.env_remove("LC_ALL");
        command.env_remove("LC_CTYPE");
        let child = pair.slave.spawn_command(command).expect("spawn factdesk");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let raw = Arc::new(Mutex::new(Vec::new()));
        let screen = Arc::new(Mutex::new(vt100::Parser::new(SCREEN_ROWS, SCREEN_COLS, 0)));
        let (raw_in, screen_in) = (Arc::clone(&raw), Arc::clone(&screen));
        thread::spawn(move || {
            let mut buf = [0u8; 16 * 1024];
            // Ends at end of file or EIO, when the child has exited.
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                raw_in.lock().unwrap().extend_from_slice(&buf[..n]);
                screen_in.lock().unwrap().process(&buf[..n]);
            }
        });
        Terminal {
            master: pair.master,
            writer,
            child,
            raw,
            screen,
        }
    }

    fn written(&self) -> usize {
        self.raw.lock().unwrap().len()
    }

    fn bytes_since(&self, start: usize) -> Vec<u8> {
        self.raw.lock().unwrap()[start..].to_vec()
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("type into pty");
        self.writer.flush().expect("flush pty");
    }

    fn wait_for_text(&self, text: &str) {
        let deadline = Instant::now() + timeout();
        while !self.contents().contains(text) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; screen:\n{}",
                self.contents()
            );
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// Waits until nothing has been written for `quiet`.
    fn settle(&self, quiet: Duration) {
        let deadline = Instant::now() + timeout();
        let mut last = self.written();
        let mut since = Instant::now();
        while Instant::now() < deadline {
            thread::sleep(Duration::from_millis(10));
            let now = self.written();
            if now != last {
                last = now;
                since = Instant::now();
            } else if since.elapsed() >= quiet {
                return;
            }
        }
        panic!("the program never stopped writing");
    }

    /// Types `keys` and returns every byte written in answer: waits for the
    /// first byte (when `expect_output`) or `quiet`, then for `quiet`
    /// without output.
    fn answer_to(&mut self, keys: &str, expect_output: bool, quiet: Duration) -> Vec<u8> {
        let start = self.written();
        self.send(keys);
        if expect_output {
            let deadline = Instant::now() + timeout();
            while self.written() == start {
                assert!(Instant::now() < deadline, "no answer to {keys:?}");
                thread::sleep(Duration::from_millis(2));
            }
        } else {
            thread::sleep(quiet);
        }
        self.settle(quiet);
        self.bytes_since(start)
    }

    fn quit(mut self) {
        self.send("q");
        let deadline = Instant::now() + timeout();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                assert!(status.success(), "factdesk exited with {status:?}");
                break;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("factdesk did not quit; screen:\n{}", self.contents());
            }
            thread::sleep(Duration::from_millis(10));
        }
        drop(self.master);
    }
}

/// Counts the draws in `bytes` and the bytes written outside any
/// synchronized-update block.
fn sync_blocks(bytes: &[u8]) -> (usize, usize) {
    let mut blocks = 0;
    let mut outside = 0;
    let mut rest = bytes;
    loop {
        match find(rest, SYNC_BEGIN) {
            None => {
                outside += rest.len();
                return (blocks, outside);
            }
            Some(begin) => {
                outside += begin;
                let inner = &rest[begin + SYNC_BEGIN.len()..];
                match find(inner, SYNC_END) {
                    // An unterminated block: everything after it is outside.
                    None => return (blocks, outside + rest.len() - begin),
                    Some(end) => {
                        blocks += 1;
                        rest = &inner[end + SYNC_END.len()..];
                    }
                }
            }
        }
    }
}

/// Splits the bytes of one answer by where they land: (left of
/// `boundary` column, from `boundary` on, before the column is known).
/// Follows the cursor through absolute moves (`ESC[row;colH`), relative
/// ones (`ESC[nC`, `ESC[nD`, carriage return) and printed characters
/// (one column each: the split only needs the side of the boundary); a
/// cursor move counts for the column it lands on, anything else for the
/// column the cursor is at. Scroll-region resets home the cursor.
fn bytes_by_column(bytes: &[u8], boundary: u16) -> (usize, usize, usize) {
    let (mut left, mut right, mut other) = (0, 0, 0);
    let mut column: Option<u16> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (len, landing) = match control(&bytes[i..]) {
            Some((len, Move::To(col))) => (len, Some(col)),
            Some((len, Move::By(delta))) => (len, column.map(|c| c.saturating_add_signed(delta))),
            Some((len, Move::Stay)) => (len, column),
            None if bytes[i] == b'\r' => (1, Some(1)),
            None => {
                // A printed character (all bytes of one UTF-8 sequence).
                let len = 1 + bytes[i + 1..]
                    .iter()
                    .take_while(|b| (**b & 0xC0) == 0x80)
                    .count();
                let at = column;
                match at {
                    None => other += len,
                    Some(c) if c < boundary => left += len,
                    Some(_) => right += len,
                }
                column = at.map(|c| c + 1);
                i += len;
                continue;
            }
        };
        column = landing;
        match column {
            None => other += len,
            Some(c) if c < boundary => left += len,
            Some(_) => right += len,
        }
        i += len;
    }
    (left, right, other)
}

/// What a control sequence does to the cursor column.
enum Move {
    To(u16),
    By(i16),
    Stay,
}

/// A control sequence at the start of `bytes` (CSI or a two-byte escape):
/// its length and effect on the column (1-based).
fn control(bytes: &[u8]) -> Option<(usize, Move)> {
    if bytes.first() != Some(&0x1b) {
        return None;
    }
    let Some(rest) = bytes.strip_prefix(b"\x1b[") else {
        return Some((2.min(bytes.len()), Move::Stay));
    };
    let end = rest.iter().position(|b| (0x40..=0x7e).contains(b))?;
    let params = std::str::from_utf8(&rest[..end]).ok()?;
    let n = |p: &str| p.parse::<u16>().unwrap_or(1).max(1);
    let effect = match rest[end] {
        b'H' => Move::To(params.split_once(';').map_or(1, |(_, c)| n(c))),
        b'C' => Move::By(n(params) as i16),
        b'D' => Move::By(-(n(params) as i16)),
        b'r' => Move::To(1),
        _ => Move::Stay,
    };
    Some((end + 3, effect))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn median(values: &mut [usize]) -> usize {
    values.sort_unstable();
    values.get(values.len() / 2).copied().unwrap_or(0)
}

/// Visible bytes for the report: escapes shown as `\e`, carriage
/// returns and line feeds as `\r` and `\n`.
fn printable(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .replace('\x1b', "\\e")
        .replace('\r', "\\r")
        .replace('\n', "\\n")
}

/// The figures for one session.
struct Figures {
    first_frame: usize,
    no_change: Vec<u8>,
    moves: Vec<Vec<u8>>,
    scrolls: Vec<Vec<u8>>,
}

/// A temp folder with a generated Indonesian article long enough that the
/// claim list overflows the window several times over.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = inputs::long_article(48 << 10, true);
    std::fs::write(dir.path().join("a.txt"), article).expect("write article");
    dir
}

/// Rows the claim list shows at 120x40, and where the selection starts,
/// from the same state code the binary runs.
fn list_geometry(review: &Path) -> (usize, usize, usize) {
    let file = factdesk_review::store::load(review).expect("load the review the binary wrote");
    let claims = file.claims.len();
    let article = std::fs::read_to_string(review.with_extension("txt")).expect("read article");
    let mut state = factdesk_tui::initial_state(
        file,
        article,
        "Bandwidth Tester".to_string(),
        &factdesk_tui::Config::default(),
        factdesk_tui::StartOptions::default(),
    );
    factdesk_tui::update(&mut state, factdesk_tui::Action::Resize(COLS, ROWS));
    (state.list_rows(), state.selected - state.offset, claims)
}

/// Measures the answers to `k` on the first row, up to `measured_moves`
/// presses of `j` inside the window, then (after moving to the last
/// visible row) `scrolls` presses of `j` that scroll the list.
fn measure(quiet: Duration, measured_moves: usize, scrolls: usize) -> Figures {
    let dir = workspace();
    let mut term = Terminal::spawn(dir.path(), &["review", "a.txt"]);
    term.wait_for_text("reviewed");
    term.settle(quiet);
    let first_frame = term.written();
    let (rows, selected_row, claims) = list_geometry(&dir.path().join("a.json"));
    assert!(
        claims > rows + scrolls + 2,
        "only {claims} claims for {rows} rows"
    );
    assert_eq!(selected_row, 0, "the first pending claim is the first row");

    // The selection is on the first row: `k` has nowhere to go.
    let no_change = term.answer_to("k", false, quiet);
    let mut moves = Vec::new();
    let in_window = rows - 1 - selected_row;
    for _ in 0..measured_moves.min(in_window) {
        moves.push(term.answer_to("j", true, quiet));
    }
    let rest = in_window.saturating_sub(measured_moves);
    if rest > 0 {
        term.answer_to(&"j".repeat(rest), true, quiet);
    }
    let mut scroll_bytes = Vec::new();
    for _ in 0..scrolls {
        scroll_bytes.push(term.answer_to("j", true, quiet));
    }
    term.quit();
    Figures {
        first_frame,
        no_change,
        moves,
        scrolls: scroll_bytes,
    }
}

fn check_synchronized(what: &str, bytes: &[u8]) {
    let (blocks, outside) = sync_blocks(bytes);
    assert!(
        blocks >= 1 && outside == 0,
        "{what}: {blocks} synchronized draws, {outside} bytes outside them: {}",
        printable(bytes)
    );
}

#[test]
fn a_key_costs_few_bytes_and_every_draw_is_synchronized() {
    let figures = measure(Duration::from_millis(300), 2, 2);
    let first_move = figures.moves.first().expect("at least one move");
    // Generous bounds: moving the selection must not repaint the screen
    // (the first frame), and a key that changes nothing must write almost
    // nothing.
    assert!(
        first_move.len() < figures.first_frame / 2,
        "moving the selection wrote {} bytes, the first frame {}: {}",
        first_move.len(),
        figures.first_frame,
        printable(first_move)
    );
    assert!(
        figures.no_change.len() <= 200,
        "a key that changes nothing wrote {} bytes: {}",
        figures.no_change.len(),
        printable(&figures.no_change)
    );
    check_synchronized("moving the selection", first_move);
    for scroll in &figures.scrolls {
        check_synchronized("scrolling", scroll);
    }
}

#[test]
#[ignore = "timing-dependent measurement: cargo test --release --test perf_bandwidth -- --ignored --nocapture"]
fn bandwidth_figures_at_120x40() {
    let figures = measure(Duration::from_millis(500), usize::MAX, 9);
    let mut moves: Vec<usize> = figures.moves.iter().map(Vec::len).collect();
    let mut scrolls: Vec<usize> = figures.scrolls.iter().map(Vec::len).collect();
    let move_max = moves.iter().copied().max().unwrap_or(0);
    let scroll_max = scrolls.iter().copied().max().unwrap_or(0);
    let moves_within = moves.iter().filter(|&&n| n <= 600).count();
    let move_median = median(&mut moves);
    let scroll_median = median(&mut scrolls);
    println!("first frame: {} bytes", figures.first_frame);
    println!(
        "key that changes nothing (k on the first row): {} bytes (target < 100)",
        figures.no_change.len()
    );
    println!(
        "selection move within the window (j), {} presses: median {move_median} bytes, max {move_max}, {moves_within} within 600 (target <= 600)",
        moves.len()
    );
    println!(
        "scroll by one row (j on the last visible row), {} presses: median {scroll_median} bytes, max {scroll_max}",
        scrolls.len()
    );
    let all: Vec<&Vec<u8>> = figures
        .moves
        .iter()
        .chain(&figures.scrolls)
        .chain(std::iter::once(&figures.no_change))
        .filter(|b| !b.is_empty())
        .collect();
    let outside: usize = all.iter().map(|b| sync_blocks(b).1).sum();
    let blocks: usize = all.iter().map(|b| sync_blocks(b).0).sum();
    println!(
        "synchronized updates: {blocks} draws in {} answers, {outside} bytes outside them",
        all.len()
    );
    // Two panes at 120 columns: the list takes 45% (54 columns).
    let boundary = COLS * 45 / 100 + 1;
    for (what, answers) in [("move", &figures.moves), ("scroll", &figures.scrolls)] {
        let mut left: Vec<usize> = answers
            .iter()
            .map(|b| bytes_by_column(b, boundary).0)
            .collect();
        let mut right: Vec<usize> = answers
            .iter()
            .map(|b| bytes_by_column(b, boundary).1)
            .collect();
        let mut other: Vec<usize> = answers
            .iter()
            .map(|b| bytes_by_column(b, boundary).2)
            .collect();
        println!(
            "  {what}: median bytes in columns 1-{}: {}, in the detail pane (columns {boundary}-): {}, before any cursor move: {}",
            boundary - 1,
            median(&mut left),
            median(&mut right),
            median(&mut other)
        );
    }
    if let Some(first) = figures.moves.first() {
        println!("one selection move: {}", printable(first));
    }
    let mut by_size: Vec<&Vec<u8>> = figures.moves.iter().collect();
    by_size.sort_by_key(|b| b.len());
    if let Some(middle) = by_size.get(by_size.len() / 2) {
        println!("the median selection move: {}", printable(middle));
    }
    if std::env::var_os("FACTDESK_BANDWIDTH_DUMP").is_some() {
        for (n, answer) in figures.moves.iter().enumerate() {
            println!("move {n}: {} bytes: {}", answer.len(), printable(answer));
        }
    }
    if let Some(first) = figures.scrolls.first() {
        println!("one scroll: {}", printable(first));
    }
    println!("no-change answer: {}", printable(&figures.no_change));
    // The target is the typical move; a long claim (300 characters and
    // more, a quotation with its attribution) costs its own length and
    // is reported as the maximum above.
    assert!(
        move_median <= 600,
        "moving the selection: median {move_median} bytes (max {move_max})"
    );
    assert!(
        figures.no_change.len() < 100,
        "no change: {} bytes",
        figures.no_change.len()
    );
    assert_eq!(outside, 0, "bytes written outside synchronized updates");
}

/// Start to first frame with 100,000 claims: the real binary, a 20 MB
/// article and its review file written by `factdesk extract`, the clock
/// running from spawn until the first frame is on screen (the loading
/// screen, or the interface when the load beat it), until the first claims
/// are (the preview read from the head of the file, or the loaded
/// interface), and until all are (the header's "reviewed" count). Medians
/// of 3.
#[test]
#[ignore = "timing: cargo test --release --test perf_bandwidth -- --ignored --nocapture"]
fn first_frame_with_a_20_mb_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = inputs::long_article(20 << 20, true);
    std::fs::write(dir.path().join("a.txt"), &article).expect("write article");
    let extracted = std::process::Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["extract", "a.txt"])
        .current_dir(dir.path())
        .env("FACTDESK_REVIEWER", "Bandwidth Tester")
        .env("FACTDESK_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("run factdesk extract");
    assert!(
        extracted.status.success(),
        "extract failed: {}",
        String::from_utf8_lossy(&extracted.stderr)
    );
    let review = dir.path().join("a.json");
    let claims = factdesk_review::store::load(&review)
        .expect("load review")
        .claims
        .len();
    let review_mb = std::fs::metadata(&review).expect("review size").len() as f64 / 1e6;
    let (mut first, mut claims_shown, mut ready) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..3 {
        let started = Instant::now();
        let term = Terminal::spawn(dir.path(), &["review", "a.json"]);
        let deadline = started + timeout();
        let wait_until = |what: &str, seen: &dyn Fn(&str) -> bool| {
            loop {
                let screen = term.contents();
                if seen(&screen) {
                    return started.elapsed();
                }
                assert!(Instant::now() < deadline, "no {what}; screen:\n{screen}");
                thread::sleep(Duration::from_millis(1));
            }
        };
        // The first frame: the loading screen, the preview, or the
        // interface itself when the load beat them.
        first.push(wait_until("first frame", &|screen| {
            screen.contains("factdesk")
                && (screen.contains("loading") || screen.contains("reviewed"))
        }));
        // The first claims: the preview, or the loaded interface.
        claims_shown.push(wait_until("claims", &|screen| {
            screen.contains("first 500 claims") || screen.contains("reviewed")
        }));
        term.wait_for_text("reviewed");
        ready.push(started.elapsed());
        term.settle(Duration::from_millis(300));
        term.quit();
    }
    first.sort();
    claims_shown.sort();
    ready.sort();
    println!(
        "{claims} claims, article {:.1} MB, review file {review_mb:.1} MB",
        article.len() as f64 / 1e6,
    );
    println!(
        "first frame:       median {:?} of {first:?} (target < 300 ms)",
        first[1]
    );
    println!(
        "first claims:      median {:?} of {claims_shown:?} (target < 300 ms)",
        claims_shown[1]
    );
    println!("all claims loaded: median {:?} of {ready:?}", ready[1]);
}
