//! Shared helpers for the integration tests: running the real binary, and
//! driving it inside a real pseudo-terminal.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
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
pub struct PtySession {
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
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
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let mut command = CommandBuilder::new(bin());
        command.args(args);
        command.cwd(cwd);
        command.env("TERM", "xterm-256color");
        command.env("LANG", "C.UTF-8");
        command.env("FACTDESK_REVIEWER", "Pty Tester");
        command.env("FACTDESK_DATA_DIR", cwd.join("data"));
        command.env("XDG_CONFIG_HOME", cwd.join("config"));
        command.env_remove("NO_COLOR");
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn in pty");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            non_zero(rows),
            non_zero(cols),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (parser_in, raw_in) = (Arc::clone(&parser), Arc::clone(&raw));
        let handle = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        raw_in.lock().unwrap().extend_from_slice(&buf[..n]);
                        parser_in.lock().unwrap().process(&buf[..n]);
                    }
                }
            }
        });
        PtySession {
            master: Some(pair.master),
            writer: Some(writer),
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
        let writer = self.writer.as_mut().expect("pty writer open");
        writer.write_all(bytes.as_bytes()).expect("write to pty");
        writer.flush().expect("flush pty");
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

    /// Closes the master side, as when a terminal window or SSH link vanishes.
    pub fn close_master(&mut self) {
        self.writer = None;
        self.master = None;
    }

    /// Waits for the child to exit and returns its exit code, or panics.
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + timeout();
        let mut pause = Duration::from_millis(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
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
        self.writer = None;
        self.master = None;
        if let Some(handle) = self.reader.take() {
            let _ = handle.join();
        }
    }
}

impl PtySession {
    /// Runs `f` on the parsed screen (cells with their attributes).
    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.parser.lock().unwrap().screen())
    }
}

fn non_zero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("terminal sizes are not zero")
}
