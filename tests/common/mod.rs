//! Shared helpers for the integration tests: running the real binary, and
//! driving it inside a real pseudo-terminal.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The path of the built `factdesk` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_factdesk"))
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture file under `tests/fixtures`.
pub fn fixture(relative: &str) -> PathBuf {
    root().join("tests/fixtures").join(relative)
}

/// A temporary folder holding the seed article as `a.txt`, and that
/// article's path (its review file is `a.json` beside it).
pub fn seed_workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("a.txt");
    std::fs::copy(fixture("seed/kerry-london-coalition.id.txt"), &article)
        .expect("copy seed article");
    (dir, article)
}

/// A JSON file the binary wrote, parsed; panics naming the file.
pub fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The claims of a review file's JSON.
pub fn claims(review: &serde_json::Value) -> &Vec<serde_json::Value> {
    review["claims"].as_array().expect("claims is an array")
}

/// Runs `factdesk ARGS` with a clean environment for reviewer identity and
/// data folder, and returns its output.
pub fn factdesk(args: &[&str], dir: &Path) -> Output {
    factdesk_with_stdin(args, dir, None)
}

/// Like [`factdesk`], feeding `stdin`.
pub fn factdesk_with_stdin(args: &[&str], dir: &Path, stdin: Option<&str>) -> Output {
    let mut command = Command::new(bin());
    command
        .args(args)
        .current_dir(dir)
        .env("FACTDESK_REVIEWER", "Test Reviewer")
        .env("FACTDESK_DATA_DIR", dir.join("data"))
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = command.spawn().expect("spawn factdesk");
    if let (Some(mut pipe), Some(text)) = (child.stdin.take(), stdin) {
        pipe.write_all(text.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("wait for factdesk")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// How long to wait for a screen condition: `FACTDESK_TEST_TIMEOUT` seconds,
/// default 20 (CI machines are slow and shared).
pub fn timeout() -> Duration {
    let secs = std::env::var("FACTDESK_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    Duration::from_secs(secs)
}

/// The real binary running in a pseudo-terminal, with a thread that keeps
/// draining its output into a vt100 screen (and a raw byte log) so the child
/// never blocks on a full pty buffer.
///
/// The harness reads and writes through its own duplicate of the master
/// descriptor and waits for output with poll(2) and a short timeout, so the
/// drain thread can be stopped and every master descriptor closed: that is
/// how [`PtySession::close_master`] makes the terminal truly vanish.
/// (portable-pty's cloned reader would block in read(2) holding a second
/// master descriptor, and its writer types Enter and Ctrl-D when dropped.)
pub struct PtySession {
    master: Option<Box<dyn MasterPty + Send>>,
    io: Option<Arc<std::fs::File>>,
    stop: Arc<AtomicBool>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    reader: Option<thread::JoinHandle<()>>,
}

impl PtySession {
    /// Starts `factdesk ARGS` in a `cols`x`rows` pseudo-terminal with the
    /// given extra environment.
    pub fn spawn(
        args: &[&str],
        cwd: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> PtySession {
        let program = bin();
        let program = program.to_str().expect("binary path is UTF-8");
        PtySession::spawn_program(program, args, cwd, cols, rows, env)
    }

    /// Starts any `program ARGS` in a pseudo-terminal with the environment
    /// factdesk's tests use (a wrapper shell, tmux …).
    pub fn spawn_program(
        program: &str,
        args: &[&str],
        cwd: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> PtySession {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.cwd(cwd);
        command.env("TERM", "xterm-256color");
        command.env("LANG", "C.UTF-8");
        command.env("FACTDESK_REVIEWER", "Pty Tester");
        command.env("FACTDESK_DATA_DIR", cwd.join("data"));
        command.env("XDG_CONFIG_HOME", cwd.join("config"));
        command.env_remove("NO_COLOR");
        command.env_remove("LC_ALL");
        command.env_remove("LC_CTYPE");
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn in pty");
        drop(pair.slave);
        let master_fd = pair.master.as_raw_fd().expect("pty master descriptor");
        // SAFETY: dup(2) of a descriptor the master owns and keeps open; the
        // new descriptor is owned by the File below and closed exactly once.
        let io_fd = unsafe { libc::dup(master_fd) };
        assert!(io_fd >= 0, "dup of the pty master failed");
        // SAFETY: io_fd is a fresh descriptor nothing else owns.
        let io = Arc::new(unsafe { std::fs::File::from_raw_fd(io_fd) });
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            non_zero(rows),
            non_zero(cols),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (parser_in, raw_in, stop_in, io_in) = (
            Arc::clone(&parser),
            Arc::clone(&raw),
            Arc::clone(&stop),
            Arc::clone(&io),
        );
        let handle = thread::spawn(move || {
            drain(&io_in, &stop_in, |bytes| {
                raw_in.lock().unwrap().extend_from_slice(bytes);
                parser_in.lock().unwrap().process(bytes);
            })
        });
        PtySession {
            master: Some(pair.master),
            io: Some(io),
            stop,
            child,
            parser,
            raw,
            reader: Some(handle),
        }
    }

    /// The screen's text now.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Every byte the program has written so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// How many bytes the program has written so far.
    pub fn raw_len(&self) -> usize {
        self.raw.lock().unwrap().len()
    }

    /// Waits until `condition` holds for the screen text, or panics with the
    /// screen after the timeout.
    pub fn wait_for(&self, what: &str, condition: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + timeout();
        let mut pause = Duration::from_millis(10);
        loop {
            let screen = self.screen();
            if condition(&screen) {
                return;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(200));
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for_text(&self, text: &str) {
        self.wait_for(&format!("{text:?} on screen"), |s| s.contains(text));
    }

    /// Waits until the output has been quiet for `quiet` (the program has
    /// finished reacting to the last input).
    pub fn wait_for_quiet(&self, quiet: Duration) {
        let deadline = Instant::now() + timeout();
        let mut last = self.raw_len();
        let mut since = Instant::now();
        while Instant::now() < deadline {
            thread::sleep(Duration::from_millis(20));
            let now = self.raw_len();
            if now != last {
                last = now;
                since = Instant::now();
            } else if since.elapsed() >= quiet {
                return;
            }
        }
        panic!("output never went quiet");
    }

    /// Types bytes into the terminal.
    pub fn send(&mut self, bytes: &str) {
        let mut io: &std::fs::File = self.io.as_ref().expect("pty master open");
        io.write_all(bytes.as_bytes()).expect("write to pty");
    }

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("child pid")
    }

    /// Sends a signal to the child.
    pub fn signal(&self, signal: i32) {
        let pid = self.pid() as i32;
        // SAFETY: kill(2) with a pid we spawned and a valid signal number.
        let rc = unsafe { libc::kill(pid, signal) };
        assert_eq!(rc, 0, "kill({pid}, {signal}) failed");
    }

    /// Resizes the terminal (the child gets SIGWINCH).
    pub fn resize(&self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .set_size(non_zero(rows), non_zero(cols));
        self.master
            .as_ref()
            .expect("pty master open")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize pty");
    }

    /// Closes the master side, as when a terminal window or SSH link
    /// vanishes: stops the drain thread and closes every master descriptor
    /// this process holds, so the child's terminal is hung up.
    pub fn close_master(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(handle) = self.reader.take() {
            handle.join().expect("drain thread");
        }
        self.io = None;
        self.master = None;
    }

    /// Whether the child has exited (without reaping it twice).
    pub fn exited(&mut self) -> Option<u32> {
        self.child
            .try_wait()
            .expect("try_wait")
            .map(|s| s.exit_code())
    }

    /// Waits for the child to exit and returns its exit code, or panics.
    /// Then waits (up to 2 s) for the drain thread to read what the child
    /// wrote last: its exit can come before the harness has read its final
    /// bytes, such as the sequences that restore the terminal.
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + timeout();
        let mut pause = Duration::from_millis(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                let drained = Instant::now() + Duration::from_secs(2);
                while self.reader.as_ref().is_some_and(|h| !h.is_finished())
                    && Instant::now() < drained
                {
                    thread::sleep(Duration::from_millis(5));
                }
                return status.exit_code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("factdesk did not exit; screen:\n{}", self.screen());
            }
            thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(200));
        }
    }
}

impl Drop for PtySession {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        self.stop.store(true, Ordering::SeqCst);
        if let Some(handle) = self.reader.take() {
            let _ = handle.join();
        }
        self.io = None;
        self.master = None;
    }
}

impl PtySession {
    /// Runs `f` on the parsed screen (cells with their attributes).
    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.parser.lock().unwrap().screen())
    }
}

/// Reads `io` until the slave side is gone or `stop` is set, handing every
/// chunk to `sink`. Waits with poll(2) and a 50 ms timeout so `stop` is seen
/// promptly and no read(2) ever blocks.
fn drain(io: &std::fs::File, stop: &AtomicBool, mut sink: impl FnMut(&[u8])) {
    let mut buf = [0u8; 8192];
    while !stop.load(Ordering::SeqCst) {
        let mut pfd = libc::pollfd {
            fd: io.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, a descriptor kept open by `io`.
        let ready = unsafe { libc::poll(&mut pfd, 1, 50) };
        if ready < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        if ready == 0 {
            continue;
        }
        if pfd.revents & libc::POLLIN == 0 {
            // POLLHUP or POLLERR without data: the slave side is closed.
            return;
        }
        let mut reader = io;
        match reader.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => sink(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            // EIO once the child has closed the slave side.
            Err(_) => return,
        }
    }
}

/// CPU time (user + system) a process has used so far, from
/// `/proc/PID/stat`, or `None` once it is gone.
pub fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: fields are
    // counted after the last ')'. utime and stime are fields 14 and 15.
    let after = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    // SAFETY: sysconf with a valid name has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ticks = u64::try_from(ticks).ok().filter(|t| *t > 0)?;
    Some(Duration::from_millis((utime + stime) * 1000 / ticks))
}

/// The ids of `pid`'s child processes, from `/proc`.
pub fn children_of(pid: u32) -> Vec<u32> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return found;
    };
    for entry in entries.flatten() {
        let Some(child) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        let parent = stat
            .rfind(')')
            .and_then(|at| stat[at + 1..].split_whitespace().nth(1))
            .and_then(|ppid| ppid.parse::<u32>().ok());
        if parent == Some(pid) {
            found.push(child);
        }
    }
    found
}

fn non_zero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("terminal sizes are not zero")
}
