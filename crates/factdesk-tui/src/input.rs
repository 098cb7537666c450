//! The terminal's events, read on a thread of their own.
//!
//! crossterm 0.29 spins forever inside its read loop once the tty is hung
//! up: the descriptor stays readable while `read(2)` returns 0, and the loop
//! retries at once (crossterm issue 793; the fixes, pull requests 1067 and
//! 1116, are not released). Checking for a hangup with poll(2) before asking
//! crossterm narrows the window but cannot close it: the terminal can vanish
//! between the check and crossterm's read, and then the interface thread is
//! stuck in crossterm, burning a core, with the reviewer's last verdicts
//! never handed to the writer.
//!
//! So crossterm is only ever called from the input thread here. The
//! interface thread waits on a channel and checks the descriptor itself;
//! when the terminal is gone it leaves through the saving exit path, and if
//! the input thread is caught in crossterm's loop at that moment, it spins
//! only until the process ends.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::terminal;

/// How long the input thread waits in poll(2) before looking whether it is
/// still wanted.
const INPUT_WAIT: Duration = Duration::from_millis(500);

/// After a hangup, how long the interface waits for events the input
/// thread read just before it (keys typed in the last moment).
const LAST_EVENTS_WAIT: Duration = Duration::from_millis(20);

/// What waiting on the terminal gave.
#[derive(Debug)]
pub(crate) enum Polled {
    /// An event (never a resize: those come as [`Polled::Resized`]).
    Event(Event),
    /// The terminal has this new size (columns, rows).
    Resized(u16, u16),
    /// Nothing yet.
    Idle,
    /// The terminal is gone.
    Lost,
}

/// What the input thread hands over.
enum Delivery {
    Event(Event),
    /// crossterm failed or the descriptor hung up: nothing more will come.
    Gone,
}

/// The input thread's channel, shared by every [`EventSource`] of the
/// process (the loading screen's, then the session's): crossterm's reader
/// is global too.
struct Input {
    events: Receiver<Delivery>,
    /// The generation the running thread serves; see [`stop_reading`].
    generation: u64,
}

/// Bumped by [`stop_reading`]: a thread whose generation is behind ends
/// before it reads again.
static GENERATION: AtomicU64 = AtomicU64::new(0);

fn input() -> &'static Mutex<Option<Input>> {
    static INPUT: OnceLock<Mutex<Option<Input>>> = OnceLock::new();
    INPUT.get_or_init(|| Mutex::new(None))
}

/// Stops the input thread from reading the terminal again, so keys typed
/// after the interface ends (while the last save finishes, or at the shell)
/// stay for the shell. The next [`EventSource`] starts a new thread.
pub(crate) fn stop_reading() {
    GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// Starts the input thread unless one serves the current generation, and
/// runs `f` with its channel.
fn with_input<R>(f: impl FnOnce(Option<&Receiver<Delivery>>) -> R) -> R {
    let mut slot = input().lock().unwrap_or_else(PoisonError::into_inner);
    let generation = GENERATION.load(Ordering::SeqCst);
    if slot
        .as_ref()
        .is_none_or(|input| input.generation != generation)
    {
        let (sender, events) = mpsc::channel();
        let started = std::thread::Builder::new()
            .name("factdesk-input".into())
            .spawn(move || read_events(&sender, generation));
        *slot = started.ok().map(|_| Input { events, generation });
    }
    f(slot.as_ref().map(|input| &input.events))
}

/// The input thread: waits for bytes with poll(2), then lets crossterm
/// parse every event they make.
fn read_events(sender: &Sender<Delivery>, generation: u64) {
    loop {
        let ready = wait_for_input(INPUT_WAIT);
        if GENERATION.load(Ordering::SeqCst) != generation {
            return;
        }
        match ready {
            Readiness::Hangup => {
                let _ = sender.send(Delivery::Gone);
                return;
            }
            Readiness::Idle => continue,
            Readiness::Ready => {}
        }
        let mut delivered = false;
        loop {
            match event::poll(Duration::ZERO) {
                Ok(true) => {}
                Ok(false) => break,
                Err(_) => {
                    let _ = sender.send(Delivery::Gone);
                    return;
                }
            }
            let delivery = match event::read() {
                Ok(event) => Delivery::Event(event),
                Err(_) => Delivery::Gone,
            };
            let gone = matches!(delivery, Delivery::Gone);
            if sender.send(delivery).is_err() || gone {
                return;
            }
            delivered = true;
        }
        if !delivered {
            // Readable bytes that make no event yet (half an escape
            // sequence): do not turn a level-triggered wait into a busy
            // loop.
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// The interface thread's side: events from the input thread, resizes seen
/// while idle, and a terminal that went away.
pub(crate) struct EventSource {
    /// The last size seen (a resize brings no input bytes: crossterm hears
    /// SIGWINCH only when it reads, so the size is looked at while idle).
    size: (u16, u16),
    /// When the descriptors were last checked for still being terminals.
    last_tty_check: Instant,
}

impl EventSource {
    pub(crate) fn new(size: (u16, u16)) -> Self {
        with_input(|_| ());
        EventSource {
            size,
            last_tty_check: Instant::now(),
        }
    }

    /// The last terminal size seen (columns, rows).
    pub(crate) fn size(&self) -> (u16, u16) {
        self.size
    }

    /// True when standard input or output stopped being a terminal; checked
    /// at most every `every`.
    pub(crate) fn terminal_gone(&mut self, every: Duration) -> bool {
        if self.last_tty_check.elapsed() < every {
            return false;
        }
        self.last_tty_check = Instant::now();
        !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal()
    }

    /// Waits up to `wait` for the next event. Events already read come
    /// first, even after a hangup.
    pub(crate) fn next(&mut self, wait: Duration) -> Polled {
        let received = with_input(|events| {
            let Some(events) = events else {
                return Err(());
            };
            match events.try_recv() {
                Ok(delivery) => return Ok(Some(delivery)),
                Err(TryRecvError::Disconnected) => return Err(()),
                Err(TryRecvError::Empty) => {}
            }
            // The input thread may be caught in crossterm's loop on a dead
            // terminal and never say so: look at the descriptor here.
            let wait = if hung_up() { LAST_EVENTS_WAIT } else { wait };
            match events.recv_timeout(wait) {
                Ok(delivery) => Ok(Some(delivery)),
                Err(RecvTimeoutError::Timeout) if hung_up() => Err(()),
                Err(RecvTimeoutError::Timeout) => Ok(None),
                Err(RecvTimeoutError::Disconnected) => Err(()),
            }
        });
        match received {
            Err(()) | Ok(Some(Delivery::Gone)) => Polled::Lost,
            Ok(Some(Delivery::Event(Event::Resize(width, height)))) => {
                self.size = (width, height);
                Polled::Resized(width, height)
            }
            Ok(Some(Delivery::Event(event))) => Polled::Event(event),
            Ok(None) => match terminal::size() {
                Ok(size) if size != self.size => {
                    self.size = size;
                    Polled::Resized(size.0, size.1)
                }
                _ => Polled::Idle,
            },
        }
    }
}

/// What the terminal's input descriptor has for us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Readiness {
    /// Nothing within the wait.
    Idle,
    /// Bytes to read.
    Ready,
    /// The terminal was hung up or closed: reading would never block again.
    Hangup,
}

/// Whether standard input's terminal is hung up, without waiting.
fn hung_up() -> bool {
    wait_for_input(Duration::ZERO) == Readiness::Hangup
}

/// Waits up to `timeout` for input on standard input (the terminal crossterm
/// reads, as `run` checked it is one) with poll(2), reporting a hangup
/// instead of readiness when the terminal is gone.
#[cfg(unix)]
fn wait_for_input(timeout: Duration) -> Readiness {
    use std::os::fd::AsRawFd;
    let mut fd = libc::pollfd {
        fd: std::io::stdin().as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
    // SAFETY: one valid pollfd on a descriptor that stays open for the
    // whole process.
    let ready = unsafe { libc::poll(&mut fd, 1, millis) };
    if ready < 0 {
        // EINTR (a signal such as SIGWINCH or SIGHUP): the caller looks at
        // its flags and comes back.
        return Readiness::Idle;
    }
    if fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        Readiness::Hangup
    } else if fd.revents & libc::POLLIN != 0 {
        Readiness::Ready
    } else {
        Readiness::Idle
    }
}

/// Elsewhere, crossterm's own wait (only the input thread calls this with
/// a timeout; [`hung_up`] asks with none).
#[cfg(not(unix))]
fn wait_for_input(timeout: Duration) -> Readiness {
    if timeout.is_zero() {
        return Readiness::Idle;
    }
    match event::poll(timeout) {
        Ok(true) => Readiness::Ready,
        Ok(false) => Readiness::Idle,
        Err(_) => Readiness::Hangup,
    }
}
