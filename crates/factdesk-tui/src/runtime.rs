//! The event loop: terminal setup and restore, keys to actions, saving at
//! the edge.
//!
//! Draws only after an event; waits for events (read on their own thread,
//! see `input.rs`) with a timeout so the shutdown flag
//! (set by the root's SIGHUP/SIGTERM/SIGINT handler) and the tty's presence
//! are checked even when no key arrives; hands every acknowledged change to
//! the writer thread ([`crate::writer`]) before handling the next key, and
//! on every way out waits for the writer to have saved it.
//!
//! [`run_loading`] puts a loading screen, then a preview of the first
//! claims, in front of a review that takes long to load, keeping the keys
//! typed meanwhile for the loaded review.

use std::collections::VecDeque;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, ThreadId};
use std::time::Duration;

use factdesk_review::ReviewFile;
use ratatui::Terminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};
use ratatui::crossterm::terminal::{
    self, BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen,
    LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute};
use thiserror::Error;

use crate::action::Action;
use crate::input::{EventSource, Polled};
use crate::loading::{LoadingScreen, draw_loading, waiting_note};
use crate::state::{Mode, SaveState, State};
use crate::theme::{ColorMode, GlyphSet};
use crate::update::{key_to_action, update};
use crate::wire::{WireBackend, WireOptions};
use crate::writer::Writer;
pub use crate::writer::{Persist, Saved};

/// The terminal the interface draws on: ratatui over the byte-saving
/// backend (SSH sessions pay for every byte).
type DefaultTerminal = Terminal<WireBackend<std::io::Stdout>>;

/// How long to wait for input while a save is in flight, so its report
/// reaches the header promptly.
const SAVE_POLL: Duration = Duration::from_millis(15);

/// How to run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Set by the root's signal handler: save, keep the draft, restore, return.
    pub shutdown: Arc<AtomicBool>,
    /// Colour or monochrome (NO_COLOR, `--color never`).
    pub color: ColorMode,
    /// ASCII glyphs only.
    pub ascii: bool,
    /// Capture the mouse (wheel scrolls the list). Off by default: it breaks
    /// text selection over SSH.
    pub mouse: bool,
    /// How long to wait for an event before checking the flags.
    pub poll: Duration,
    /// How often to check the terminal is still there.
    pub tty_check: Duration,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            shutdown: Arc::new(AtomicBool::new(false)),
            color: ColorMode::Color,
            ascii: false,
            mouse: false,
            poll: Duration::from_millis(250),
            tty_check: Duration::from_secs(2),
        }
    }
}

/// Why the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitReason {
    /// The reviewer quit.
    Quit,
    /// The shutdown flag was set (a signal).
    Shutdown,
    /// The terminal went away.
    TerminalLost,
}

/// How the session ended.
#[derive(Debug, Clone)]
pub struct RunOutcome {
    /// Why.
    pub reason: ExitReason,
    /// Whether everything was on disk at the end.
    pub saved: bool,
    /// The last save error, when not.
    pub save_error: Option<String>,
    /// The review as it stood at the end.
    pub file: ReviewFile,
}

/// Errors that stop the interface from starting or running.
#[derive(Debug, Error)]
pub enum TuiError {
    /// stdin or stdout is not a terminal.
    #[error(
        "factdesk review needs a terminal: {0} is not one (over ssh, use `ssh -t`; to script, use `factdesk mark`)"
    )]
    NotATerminal(&'static str),
    /// The terminal could not be set up or written to.
    #[error("terminal error: {0}")]
    Io(#[from] std::io::Error),
}

/// The thread that drew the screen last set up (the interface thread),
/// while the terminal is in raw mode on the alternate screen.
static SCREEN_OWNER: Mutex<Option<ThreadId>> = Mutex::new(None);

/// Panic messages of other threads (writer, loader, preview) that came
/// while the interface owned the screen: printed once it is restored.
static DEFERRED_PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Marks the current thread as the one drawing the screen.
fn own_screen() {
    *SCREEN_OWNER.lock().unwrap_or_else(PoisonError::into_inner) = Some(thread::current().id());
}

/// The screen is no longer drawn: returns the panic messages kept
/// meanwhile, to be printed now.
fn release_screen() -> Vec<String> {
    SCREEN_OWNER
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    std::mem::take(
        &mut *DEFERRED_PANICS
            .lock()
            .unwrap_or_else(PoisonError::into_inner),
    )
}

/// Keeps `message` for later when a thread other than the screen's owner
/// panics while the screen is owned; true when it was kept.
fn defer_panic(message: impl FnOnce(&str) -> String) -> bool {
    let owner = *SCREEN_OWNER.lock().unwrap_or_else(PoisonError::into_inner);
    let current = thread::current();
    if owner.is_none_or(|owner| owner == current.id()) {
        return false;
    }
    let message = message(current.name().unwrap_or("<unnamed>"));
    DEFERRED_PANICS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(message);
    true
}

/// Restores the terminal, ignoring errors (it may be gone).
fn restore_terminal() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    for message in release_screen() {
        // Not `eprintln!`: standard error may be a terminal that is gone.
        let _ = writeln!(std::io::stderr(), "{message}");
    }
}

fn setup_terminal(mouse: bool) -> std::io::Result<DefaultTerminal> {
    terminal::enable_raw_mode()?;
    own_screen();
    let mut out = std::io::stdout();
    execute!(out, EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Terminal::new(WireBackend::new(out, WireOptions::from_env())?)
}

/// Restores the terminal when dropped, on every exit path.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Installs a panic hook that restores the terminal, then chains to the
/// previous hook (which prints the panic).
///
/// A panic on another thread while the interface owns the screen (the
/// writer, the loader, the preview) leaves the screen alone: restoring it
/// under a running interface, or printing into the alternate screen,
/// would corrupt what the reviewer sees. Its message is kept and printed
/// when the terminal is restored; the interface learns of the thread's end
/// itself (the writer's "the saving thread stopped", a loader's panic
/// re-raised on the interface thread, no preview).
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if defer_panic(|name| format!("factdesk: thread '{name}' {info}")) {
            return;
        }
        restore_terminal();
        previous(info);
    }));
}

/// Runs the interface until the reviewer quits, a signal arrives or the
/// terminal goes away. Saves happen on a writer thread (see
/// [`crate::writer`]); every way out waits for it to have saved the last
/// change before returning.
pub fn run(
    state: State,
    persist: &mut dyn Persist,
    options: RunOptions,
) -> Result<RunOutcome, TuiError> {
    if !std::io::stdin().is_terminal() {
        return Err(TuiError::NotATerminal("standard input"));
    }
    if !std::io::stdout().is_terminal() {
        return Err(TuiError::NotATerminal("standard output"));
    }
    with_writer(state, persist, |state, writer| {
        interact(state, writer, &options)
    })
}

/// Runs `body` with a writer thread saving the state's changes, then
/// waits for it to have saved them all (a note being typed becomes a
/// draft): the frame around every way a session runs.
fn with_writer(
    mut state: State,
    persist: &mut dyn Persist,
    body: impl FnOnce(&mut State, &mut Writer<'_>) -> Result<ExitReason, TuiError>,
) -> Result<RunOutcome, TuiError> {
    let mirror = persist.take_loaded().unwrap_or_else(|| state.file.clone());
    debug_assert!(
        mirror == state.file,
        "Persist::take_loaded must hand over exactly the file the state starts with"
    );
    std::thread::scope(|scope| {
        let mut writer = Writer::spawn(scope, persist, mirror)?;
        let reason = body(&mut state, &mut writer)?;
        let saved = finish(&mut state, writer);
        let save_error = match &state.save {
            SaveState::Failed(message) => Some(message.clone()),
            _ => None,
        };
        Ok(RunOutcome {
            reason,
            saved,
            save_error,
            file: state.file,
        })
    })
}

/// How a session started with [`run_loading`] ended.
#[derive(Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "one value per session, moved once; boxing buys nothing"
)]
pub enum Started<P, E> {
    /// The review loaded and the interface ran.
    Ran {
        /// How it ended.
        outcome: RunOutcome,
        /// The persister the loader built (where saves went).
        persist: P,
    },
    /// The loader failed. The terminal is restored (or was never set up,
    /// when the failure came within [`LOADING_GRACE`]), so the caller
    /// reports the error exactly as it would without a loading screen.
    Failed(E),
    /// The session ended before the review was loaded (Ctrl-C or `q` on
    /// the loading screen, a signal, the terminal gone) with nothing typed
    /// but moves, or with keys typed against a preview the loaded review
    /// turned out not to begin with: nothing is saved. The loader thread
    /// is left to be ended with the process.
    Abandoned(ExitReason),
}

/// How long the loader may take before the loading screen is drawn: a
/// review that loads this fast opens straight on its first real frame,
/// exactly as without a loader.
pub const LOADING_GRACE: Duration = Duration::from_millis(30);

/// How often the loading screen looks for the loader's result between
/// keys: the most it adds to the time until the claims are on screen.
const LOADING_POLL: Duration = Duration::from_millis(5);

/// The runtime's start: the loader's result, or the screen shown until it
/// comes.
#[expect(
    clippy::large_enum_variant,
    reason = "one value per session, moved once; boxing buys nothing"
)]
enum Startup<P, E> {
    /// Loaded: the state and persister, with the events typed meanwhile.
    /// With an ending, the session already ended (a signal, the terminal
    /// gone) while keys that change the review waited: they are applied
    /// and saved without a screen.
    Ready(State, P, Vec<Event>, Option<Ending>),
    /// The loader returned an error (and how the session was ending).
    Failed(E, ExitReason),
    /// The loader thread panicked (its message is printed when the
    /// terminal is restored).
    Panicked,
    /// The session ended while loading.
    Ended(ExitReason),
}

/// A preview's start: builds the [`State`] of the review's first claims
/// (from the head of the file), or `None` when there is nothing safe to
/// show before the full load.
pub type Preview = Box<dyn FnOnce() -> Option<State> + Send>;

/// Like [`run`], but the review is loaded by `load` on its own thread
/// while the interface already shows something: `screen`, and, as soon as
/// `preview` (run on a third thread) returns it, the first claims of the
/// review, so a review of 100,000 claims puts a frame on screen at once
/// instead of after seconds of parsing.
///
/// Keys typed while loading are kept and applied in order once the state
/// is ready (type-ahead). On the preview, moves within its claims are
/// shown at once; the first other key (a verdict, a search, a move past
/// the preview's last claim) is only kept, so what the reviewer sees is
/// always what the full review will do. Ctrl-C and `q` end the session at
/// once while nothing but moves was typed (nothing is lost), as do the
/// shutdown flag and a lost terminal; after other keys, Ctrl-C and `q` are
/// kept with them and quit, saving, once the review is loaded, and a
/// signal or a lost terminal waits for the load, applies the kept keys
/// without a screen and saves. Resizes redraw.
/// When `load` finishes within [`LOADING_GRACE`] nothing else is drawn at
/// all: the session is exactly [`run`]'s. A panic in the loader is
/// re-raised here after the terminal is restored.
pub fn run_loading<P, E, F>(
    screen: LoadingScreen,
    preview: Option<Preview>,
    load: F,
    options: RunOptions,
) -> Result<Started<P, E>, TuiError>
where
    P: Persist + 'static,
    E: Send + 'static,
    F: FnOnce() -> Result<(State, P), E> + Send + 'static,
{
    if !std::io::stdin().is_terminal() {
        return Err(TuiError::NotATerminal("standard input"));
    }
    if !std::io::stdout().is_terminal() {
        return Err(TuiError::NotATerminal("standard output"));
    }
    let (sender, results) = mpsc::sync_channel(1);
    let loader = std::thread::Builder::new()
        .name("factdesk-loader".to_string())
        .spawn(move || {
            // The receiver is gone only when the session already ended.
            let _ = sender.send(load());
        })?;
    let (preview_sender, previews) = mpsc::sync_channel(1);
    if let Some(preview) = preview {
        // A preview that panics or finds nothing to show sends nothing:
        // the loading screen stays until the full load.
        std::thread::Builder::new()
            .name("factdesk-preview".to_string())
            .spawn(move || {
                if let Some(state) = preview() {
                    let _ = preview_sender.send(state);
                }
            })?;
    } else {
        drop(preview_sender);
    }
    match results.recv_timeout(LOADING_GRACE) {
        Ok(Ok((state, mut persist))) => {
            let outcome = run(state, &mut persist, options)?;
            return Ok(Started::Ran { outcome, persist });
        }
        Ok(Err(error)) => return Ok(Started::Failed(error)),
        Err(RecvTimeoutError::Disconnected) => rethrow(loader),
        Err(RecvTimeoutError::Timeout) => {}
    }
    install_panic_hook();
    let mut terminal = setup_terminal(options.mouse).inspect_err(|_| restore_terminal())?;
    let guard = Guard;
    match wait_loading(&mut terminal, &screen, &results, &previews, &options) {
        Startup::Ready(state, persist, typed_ahead, Some(ending)) => {
            leave(terminal, guard, ending.reason);
            let outcome = unattended(state, persist, typed_ahead, ending, &options)?;
            Ok(outcome)
        }
        Startup::Ready(state, mut persist, typed_ahead, None) => {
            let outcome = with_writer(state, &mut persist, |state, writer| {
                session(terminal, guard, state, writer, &options, typed_ahead)
            })?;
            Ok(Started::Ran { outcome, persist })
        }
        Startup::Failed(error, reason) => {
            leave(terminal, guard, reason);
            Ok(Started::Failed(error))
        }
        Startup::Ended(reason) => {
            leave(terminal, guard, reason);
            Ok(Started::Abandoned(reason))
        }
        Startup::Panicked => {
            leave(terminal, guard, ExitReason::Quit);
            rethrow(loader)
        }
    }
}

/// How a session that ended while loading ends once the review is loaded.
#[derive(Debug, Clone, Copy)]
struct Ending {
    reason: ExitReason,
    /// The terminal's last known size (page moves depend on it).
    size: (u16, u16),
}

/// Applies the keys typed while loading to the loaded review and saves,
/// with no screen: the session ended (a signal, the terminal gone) while
/// they waited, and a key that changes the review must not be lost. Keys
/// after a quit are dropped, as they would be on screen; a suspend or a
/// redraw has no screen to act on.
fn unattended<P: Persist + 'static, E>(
    state: State,
    mut persist: P,
    typed_ahead: Vec<Event>,
    ending: Ending,
    options: &RunOptions,
) -> Result<Started<P, E>, TuiError> {
    let outcome = with_writer(state, &mut persist, |state, _| {
        let size = ending.size;
        update(state, Action::Resize(size.0, size.1));
        for event in typed_ahead {
            let Some(action) = event_action(state, event, options) else {
                continue;
            };
            if matches!(action, Action::Suspend | Action::Redraw) {
                continue;
            }
            state.now = chrono::Local::now().fixed_offset();
            update(state, action);
            if state.quit {
                break;
            }
        }
        Ok(ending.reason)
    })?;
    Ok(Started::Ran { outcome, persist })
}

/// The session ended while loading: at once when nothing typed would
/// change the review, else once the load is done (see [`unattended`]).
fn ended_while_loading<P, E>(
    reason: ExitReason,
    kept_keys: bool,
    size: (u16, u16),
    results: &mpsc::Receiver<Result<(State, P), E>>,
    preview: Option<&PreviewState>,
    typed_ahead: Vec<Event>,
) -> Startup<P, E> {
    if !kept_keys {
        return Startup::Ended(reason);
    }
    match results.recv() {
        Ok(Ok((state, persist))) => {
            if preview.is_some_and(|shown| !state.begins_with(&shown.state)) {
                // As on screen: keys typed against other claims are not
                // replayed; with no screen left to say so, nothing changes.
                return Startup::Ended(reason);
            }
            Startup::Ready(state, persist, typed_ahead, Some(Ending { reason, size }))
        }
        Ok(Err(error)) => Startup::Failed(error, reason),
        Err(_) => Startup::Panicked,
    }
}

/// Re-raises the loader thread's panic on this thread.
fn rethrow(loader: std::thread::JoinHandle<()>) -> ! {
    match loader.join() {
        Err(payload) => std::panic::resume_unwind(payload),
        // A loader that returned always sent its result first.
        Ok(()) => unreachable!("the loader thread ended without a result"),
    }
}

/// Restores the terminal after a session: drops it, or forgets it when the
/// terminal is gone (dropping would write to a dead tty).
fn leave(terminal: DefaultTerminal, guard: Guard, reason: ExitReason) {
    crate::input::stop_reading();
    if reason == ExitReason::TerminalLost {
        // Dropping the terminal would try to show the cursor on a dead tty
        // and report the failure with `eprintln!`, which panics when
        // standard error is that same dead tty. The process is ending.
        std::mem::forget(terminal);
    } else {
        drop(terminal);
    }
    drop(guard);
}

/// The loading screen's loop: draws `screen` (or the preview once it
/// comes), keeps typed events, until the loader's result comes or the
/// session ends.
fn wait_loading<P, E>(
    terminal: &mut DefaultTerminal,
    screen: &LoadingScreen,
    results: &mpsc::Receiver<Result<(State, P), E>>,
    previews: &mpsc::Receiver<State>,
    options: &RunOptions,
) -> Startup<P, E> {
    let glyphs = glyphs(options);
    let mut typed_ahead = Vec::new();
    let mut preview: Option<PreviewState> = None;
    // Something other than a move shown on the preview was typed: leaving
    // at once would drop it.
    let mut kept_keys = false;
    // How many keys wait for the full review.
    let mut waiting = 0;
    let mut needs_draw = true;
    let mut source = EventSource::new(terminal::size().unwrap_or((0, 0)));
    let reason = loop {
        match results.try_recv() {
            Ok(Ok((mut state, persist))) => {
                if let Some(shown) = &preview
                    && !state.begins_with(&shown.state)
                {
                    // The keys were typed against claims the review does
                    // not start with (the file changed between the two
                    // reads, or re-anchoring reordered it): replaying them
                    // could act on claims the reviewer never saw.
                    typed_ahead.clear();
                    if waiting > 0 {
                        state.info(format!(
                            "The review differed from the first claims shown while it loaded: {waiting} typed {} not applied; please repeat",
                            if waiting == 1 { "key was" } else { "keys were" }
                        ));
                    }
                }
                return Startup::Ready(state, persist, typed_ahead, None);
            }
            Ok(Err(error)) => return Startup::Failed(error, ExitReason::Quit),
            Err(TryRecvError::Disconnected) => return Startup::Panicked,
            Err(TryRecvError::Empty) => {}
        }
        if preview.is_none()
            && let Ok(state) = previews.try_recv()
        {
            // Keys typed on the loading screen go through the preview as
            // if it had been there: moves show, the rest waits.
            let mut shown = PreviewState::new(state, screen, options, source.size());
            waiting = 0;
            for event in &typed_ahead {
                if !shown.show(event, options) && is_typed(event) {
                    waiting += 1;
                }
            }
            kept_keys = waiting > 0;
            if kept_keys {
                shown.say_waiting(waiting);
            }
            preview = Some(shown);
            needs_draw = true;
        }
        if options.shutdown.load(Ordering::SeqCst) {
            break ExitReason::Shutdown;
        }
        if needs_draw {
            let drawn = match &preview {
                Some(shown) => draw_synchronized(terminal, &shown.state),
                None => draw_frame(terminal, |frame| {
                    draw_loading(screen, waiting, options.color, glyphs, frame);
                }),
            };
            if drawn.is_err() {
                break ExitReason::TerminalLost;
            }
            needs_draw = false;
        }
        if source.terminal_gone(options.tty_check) {
            break ExitReason::TerminalLost;
        }
        let event = match source.next(LOADING_POLL) {
            Polled::Lost => break ExitReason::TerminalLost,
            Polled::Idle => continue,
            Polled::Resized(width, height) => {
                // The interface reads the size itself once loaded.
                if let Some(shown) = &mut preview {
                    update(&mut shown.state, Action::Resize(width, height));
                }
                needs_draw = true;
                continue;
            }
            Polled::Event(event) => event,
        };
        match &event {
            Event::Key(key)
                if key.kind == KeyEventKind::Press && !kept_keys && ends_loading(key) =>
            {
                return Startup::Ended(ExitReason::Quit);
            }
            Event::FocusGained => needs_draw = true,
            _ => {
                let shown = match &mut preview {
                    Some(shown) => shown.show(&event, options),
                    None => false,
                };
                if !shown && is_typed(&event) {
                    kept_keys = true;
                    waiting += 1;
                    if let Some(preview) = &mut preview {
                        preview.say_waiting(waiting);
                    }
                }
                typed_ahead.push(event);
                needs_draw = true;
            }
        }
    };
    ended_while_loading(
        reason,
        kept_keys,
        source.size(),
        results,
        preview.as_ref(),
        typed_ahead,
    )
}

/// A key or a paste: what the reviewer typed (as opposed to a mouse or
/// focus event), counted while it waits for the loaded review.
fn is_typed(event: &Event) -> bool {
    matches!(event, Event::Key(_) | Event::Paste(_))
}

/// The preview on screen while the review loads: the state of its first
/// claims, and whether keys may still be shown on it.
struct PreviewState {
    state: State,
    /// What the header says (the size being read).
    message: String,
    /// A key was typed that the preview cannot show faithfully; from then
    /// on keys only wait for the full review.
    frozen: bool,
}

impl PreviewState {
    fn new(
        mut state: State,
        screen: &LoadingScreen,
        options: &RunOptions,
        size: (u16, u16),
    ) -> Self {
        state.set_display(options.color, glyphs(options));
        update(&mut state, Action::Resize(size.0, size.1));
        let message = format!(
            "first {} claims; {}",
            state.file.claims.len(),
            screen.message(glyphs(options))
        );
        state.loading = Some(message.clone());
        PreviewState {
            state,
            message,
            frozen: false,
        }
    }

    /// Shows `event` on the preview when it is a move that the full review
    /// will make exactly the same; false when it only waits.
    fn show(&mut self, event: &Event, options: &RunOptions) -> bool {
        if self.frozen {
            return false;
        }
        match event_action(&self.state, event.clone(), options) {
            // A key bound to nothing does nothing in the full review either.
            None => return true,
            Some(action) if shows_on_preview(&action) => update(&mut self.state, action),
            Some(_) => {
                self.frozen = true;
                return false;
            }
        }
        // The preview ends where the review goes on: a move that reached
        // its last claim may have been cut short there.
        let last = self.state.visible.len().saturating_sub(1);
        if self.state.selected >= last {
            self.frozen = true;
        }
        true
    }

    /// Says in the header that `count` keys wait for the full review.
    fn say_waiting(&mut self, count: usize) {
        self.state.loading = Some(format!("{}{}", self.message, waiting_note(count)));
    }
}

/// The actions a preview shows at once: moves whose result on the first
/// claims is the full review's too (while they stay inside the preview).
fn shows_on_preview(action: &Action) -> bool {
    matches!(
        action,
        Action::MoveDown
            | Action::MoveUp
            | Action::PageDown
            | Action::PageUp
            | Action::First
            | Action::TogglePane
            | Action::ScrollDetailDown
            | Action::ScrollDetailUp
    )
}

/// Ctrl-C, or `q` alone: the keys that leave the loading screen (while
/// nothing but moves was typed; after other keys they wait with them).
fn ends_loading(key: &KeyEvent) -> bool {
    match key.code {
        KeyCode::Char('c') => key.modifiers.contains(KeyModifiers::CONTROL),
        KeyCode::Char('q') => (key.modifiers - KeyModifiers::SHIFT).is_empty(),
        _ => false,
    }
}

/// The exit path shared by every way out: hands over what is left, waits
/// for the writer to save it, keeps the draft, stops the writer. True when
/// everything is on disk.
pub fn finish(state: &mut State, writer: Writer<'_>) -> bool {
    writer.finish(state);
    !state.dirty && state.save == SaveState::Saved
}

/// The terminal part of [`run`]: set up, loop over events, restore.
fn interact(
    state: &mut State,
    writer: &mut Writer<'_>,
    options: &RunOptions,
) -> Result<ExitReason, TuiError> {
    install_panic_hook();
    let terminal = setup_terminal(options.mouse).inspect_err(|_| restore_terminal())?;
    session(terminal, Guard, state, writer, options, Vec::new())
}

/// The glyphs `options` ask for.
fn glyphs(options: &RunOptions) -> GlyphSet {
    if options.ascii {
        GlyphSet::Ascii
    } else {
        GlyphSet::Unicode
    }
}

/// The action an event asks for in `state`.
fn event_action(state: &State, event: Event, options: &RunOptions) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => key_to_action(state, &key),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) if options.mouse => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::MoveDown),
            MouseEventKind::ScrollUp => Some(Action::MoveUp),
            _ => None,
        },
        _ => None,
    }
}

/// On a terminal already set up: applies `typed_ahead` (events that
/// arrived while the review was loading, in order), loops over events,
/// restores the terminal.
fn session(
    mut terminal: DefaultTerminal,
    guard: Guard,
    state: &mut State,
    writer: &mut Writer<'_>,
    options: &RunOptions,
    typed_ahead: Vec<Event>,
) -> Result<ExitReason, TuiError> {
    state.set_display(options.color, glyphs(options));
    let size = terminal.size()?;
    update(state, Action::Resize(size.width, size.height));
    let mut source = EventSource::new((size.width, size.height));
    let mut typed_ahead = VecDeque::from(typed_ahead);

    let mut needs_draw = true;
    let reason = loop {
        if writer.poll(state) {
            needs_draw = true;
        }
        writer.hand_over(state);
        if state.quit {
            // Quitting waits for the last save, so a failure can still be
            // asked about (unless it was already: "quit anyway").
            let confirmed = state.mode == Mode::ConfirmQuit;
            if writer.busy() || state.dirty {
                // A large review takes a moment: say why the screen waits.
                state.info("Saving before quitting...");
                if draw_synchronized(&mut terminal, state).is_err() {
                    break ExitReason::TerminalLost;
                }
            }
            writer.wait_idle(state);
            if matches!(state.save, SaveState::Failed(_)) && !confirmed {
                state.quit = false;
                state.mode = Mode::ConfirmQuit;
                needs_draw = true;
            } else {
                break ExitReason::Quit;
            }
        }
        if options.shutdown.load(Ordering::SeqCst) {
            break ExitReason::Shutdown;
        }
        if state.suspend {
            state.suspend = false;
            if suspend(&mut terminal, options.mouse).is_err() {
                break ExitReason::TerminalLost;
            }
            needs_draw = true;
        }
        if state.repaint {
            state.repaint = false;
            if terminal.clear().is_err() {
                break ExitReason::TerminalLost;
            }
            needs_draw = true;
        }
        if let Some(event) = typed_ahead.pop_front() {
            // Keys typed while loading go through the same loop as any key
            // (a quit or a suspend among them takes effect in order); the
            // screen is drawn once they are all applied.
            if let Some(action) = event_action(state, event, options) {
                state.now = chrono::Local::now().fixed_offset();
                update(state, action);
                needs_draw = true;
            }
            continue;
        }
        if needs_draw {
            // A write error means the terminal is gone: leave through the
            // saving exit path rather than returning an error.
            if draw_synchronized(&mut terminal, state).is_err() {
                break ExitReason::TerminalLost;
            }
            needs_draw = false;
        }
        if source.terminal_gone(options.tty_check) {
            break ExitReason::TerminalLost;
        }
        let wait = if writer.busy() {
            options.poll.min(SAVE_POLL)
        } else {
            options.poll
        };
        let event = match source.next(wait) {
            Polled::Lost => break ExitReason::TerminalLost,
            Polled::Idle => continue,
            Polled::Resized(width, height) => Event::Resize(width, height),
            Polled::Event(event) => event,
        };
        if matches!(event, Event::FocusGained) {
            needs_draw = true;
        }
        let action = event_action(state, event, options);
        if let Some(action) = action {
            state.now = chrono::Local::now().fixed_offset();
            update(state, action);
            needs_draw = true;
        }
    };

    // Hand over the last changes before the terminal is restored, so the
    // writer is already saving them meanwhile.
    writer.hand_over(state);
    leave(terminal, guard, reason);
    Ok(reason)
}

fn draw_synchronized(terminal: &mut DefaultTerminal, state: &State) -> std::io::Result<()> {
    draw_frame(terminal, |frame| crate::draw::draw(state, frame))
}

/// Draws one frame inside a synchronized update.
fn draw_frame(
    terminal: &mut DefaultTerminal,
    render: impl FnOnce(&mut ratatui::Frame),
) -> std::io::Result<()> {
    execute!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    let result = terminal.draw(render).map(drop);
    execute!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    result
}

/// Ctrl-Z: restore the terminal, stop the process, set up again on resume.
fn suspend(terminal: &mut DefaultTerminal, mouse: bool) -> std::io::Result<()> {
    restore_terminal();
    let _ = std::io::stdout().flush();
    #[cfg(unix)]
    {
        // SIGTSTP to ourselves; execution continues here after `fg`.
        let _ = std::process::Command::new("kill")
            .args(["-TSTP", &std::process::id().to_string()])
            .status();
    }
    terminal::enable_raw_mode()?;
    own_screen();
    execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste
    )?;
    if mouse {
        execute!(std::io::stdout(), EnableMouseCapture)?;
    }
    terminal.clear()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn ctrl_c_and_q_leave_the_loading_screen() {
        assert!(ends_loading(&key(
            KeyCode::Char('c'),
            KeyModifiers::CONTROL
        )));
        assert!(ends_loading(&key(KeyCode::Char('q'), KeyModifiers::NONE)));
        assert!(!ends_loading(&key(KeyCode::Char('c'), KeyModifiers::NONE)));
        assert!(!ends_loading(&key(KeyCode::Char('q'), KeyModifiers::ALT)));
    }

    #[test]
    fn panics_of_other_threads_wait_until_the_screen_is_released() {
        own_screen();
        let kept = std::thread::Builder::new()
            .name("factdesk-writer".to_string())
            .spawn(|| defer_panic(|name| format!("thread '{name}' boom")))
            .expect("spawn")
            .join()
            .expect("join");
        assert!(kept, "another thread's panic is kept");
        assert!(
            !defer_panic(|_| "own".to_string()),
            "the screen's owner restores the terminal itself"
        );
        assert_eq!(release_screen(), vec!["thread 'factdesk-writer' boom"]);
        // Released: every thread's panic restores and prints at once.
        let kept = std::thread::spawn(|| defer_panic(|_| "late".to_string()))
            .join()
            .expect("join");
        assert!(!kept);
        assert!(release_screen().is_empty());
    }

    #[test]
    fn only_moves_show_on_a_preview() {
        for action in [Action::MoveDown, Action::PageUp, Action::First] {
            assert!(shows_on_preview(&action), "{action:?}");
        }
        // The last claim, a search, the next pending claim and any change
        // depend on claims the preview has not read.
        for action in [
            Action::Last,
            Action::Search,
            Action::NextPending,
            Action::MarkVerified,
            Action::ToggleSort,
            Action::Quit,
        ] {
            assert!(!shows_on_preview(&action), "{action:?}");
        }
    }
}
