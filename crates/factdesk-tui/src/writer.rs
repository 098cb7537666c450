//! The writer thread: saves leave the interface thread.
//!
//! The interface hands every acknowledged change to a writer thread and
//! goes on at once; with 100,000 claims a save takes most of a second, and
//! the reviewer should never wait for it.
//!
//! # What crosses the channel
//!
//! The writer owns a mirror of the interface's [`ReviewFile`]. After each
//! action [`Writer::hand_over`] sends only the claims that action changed
//! (indices recorded by [`State::claim_changed`], each claim cloned: a few
//! kilobytes), or, after a structural change (a claim added or removed,
//! [`State::structure_changed`]), a copy of the whole file. Nothing per key
//! is proportional to the number of claims. The writer applies what it
//! receives to its mirror in order, and when the queue is empty saves the
//! mirror once through [`Persist::save`], telling it which claims changed
//! so it can re-serialize only those: queued saves coalesce, and only the
//! latest state is written.
//!
//! # Reports
//!
//! Every save is reported back with the sequence number of the last request
//! it includes; the interface shows "unsaved" until the save that includes
//! its latest change is reported, "saved" after it, and the error of a
//! failed one (nothing is lost: the writer retries on the next change and
//! on exit). When another process changed the file on disk, [`Persist`]
//! writes nothing and returns both versions; the interface merges them with
//! its own ([`factdesk_review::sync::three_way`]) on its own thread, so the
//! merge includes every change made meanwhile, adopts the result and sends
//! it back whole. That is the only case besides structural changes that
//! copies the whole file on the interface thread, and it is rare (a
//! `git pull` or `factdesk mark` during a session).
//!
//! # Exit
//!
//! [`Writer::finish`] hands over what is left, waits until the writer has
//! reported the save that includes it, keeps the note being typed as a
//! draft, and joins the thread: every exit path of the runtime (quit,
//! signal, terminal lost) goes through it, so every acknowledged change is
//! on disk before the process exits.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{Scope, ScopedJoinHandle};

use factdesk_review::cache::Changes;
use factdesk_review::sync::{self, SyncConflictKind};
use factdesk_review::{Claim, ReviewFile};

use crate::action::Action;
use crate::state::{DraftText, SaveState, State};
use crate::update::update;

/// What a save found.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    /// The file was written.
    Written,
    /// Another process changed the file on disk since this persister last
    /// read or wrote it: nothing was written. The persister now counts
    /// `theirs` as read, so the next save (of the three-way merge of
    /// `base`, ours and `theirs`) is written.
    DiskChanged {
        /// The file as this persister last read or wrote it.
        base: Box<ReviewFile>,
        /// The file on disk now.
        theirs: Box<ReviewFile>,
        /// The file's path, for messages.
        path: PathBuf,
    },
}

/// Where the interface's changes go; implemented by the root crate. Runs on
/// the writer thread, hence `Send`.
pub trait Persist: Send {
    /// The review exactly as the interface's [`State::file`] starts (the root
    /// builds both from one load), handed over once so the writer's mirror
    /// needs no copy on the interface thread. `None` (the default): the
    /// runtime copies `State::file` instead.
    fn take_loaded(&mut self) -> Option<ReviewFile> {
        None
    }

    /// Called once on the writer thread with the mirror as it starts,
    /// before any save: the place for work that would otherwise delay the
    /// first save (building a serialization cache).
    fn prepare(&mut self, file: &ReviewFile) {
        let _ = file;
    }

    /// Writes the review (atomically) to its file. `changes` says what
    /// changed in `file` since the previous call of `save` or `save_as`,
    /// whether that call succeeded or not.
    fn save(&mut self, file: &ReviewFile, changes: &Changes) -> Result<Saved, String>;

    /// Writes the review to another path; later saves go there too.
    /// `changes` as for [`Persist::save`].
    fn save_as(&mut self, path: &Path, file: &ReviewFile, changes: &Changes) -> Result<(), String>;

    /// Keeps a note being typed (or, with `None`, forgets any old draft).
    fn save_draft(&mut self, draft: Option<&DraftText>);
}

/// From the interface to the writer.
#[derive(Debug)]
enum Request {
    /// These claims (by index) changed in place.
    Claims {
        seq: u64,
        claims: Vec<(usize, Claim)>,
    },
    /// The whole file, after a structural change.
    Whole { seq: u64, file: Box<ReviewFile> },
    /// The merge the writer asked for with `Report::DiskChanged`.
    Merged { seq: u64, file: Box<ReviewFile> },
    /// Save to another path from now on.
    SaveAs { seq: u64, path: PathBuf },
    /// Report once everything up to here is saved (and retry a failed save).
    Flush { seq: u64 },
    /// Keep (or forget) the note being typed.
    Draft(Option<DraftText>),
}

/// From the writer to the interface.
#[derive(Debug)]
enum Report {
    /// Everything up to request `seq` is on disk.
    Saved { seq: u64 },
    /// The save that included request `seq` failed.
    Failed { seq: u64, message: String },
    /// Save-as `seq` succeeded.
    SavedAs { seq: u64, path: PathBuf },
    /// Save-as `seq` failed.
    SaveAsFailed { seq: u64, message: String },
    /// The file changed on disk: merge and send `Request::Merged`.
    DiskChanged {
        base: Box<ReviewFile>,
        theirs: Box<ReviewFile>,
        path: PathBuf,
    },
    /// The mirror is out of step (a claim index it does not have): send
    /// the whole file.
    OutOfStep,
}

/// The interface's end of the writer thread.
pub struct Writer<'scope> {
    requests: Option<Sender<Request>>,
    reports: Receiver<Report>,
    thread: Option<ScopedJoinHandle<'scope, ()>>,
    /// Sequence number of the last request sent.
    sent: u64,
    /// Sequence number of the last request whose save was reported.
    acked: u64,
    /// A merge's message, shown once the save that includes it is done.
    merge_note: Option<(u64, String)>,
}

impl<'scope> Writer<'scope> {
    /// Starts the writer thread in `scope` with `mirror`, an exact copy of
    /// the interface's `State::file`.
    pub fn spawn<'env>(
        scope: &'scope Scope<'scope, 'env>,
        persist: &'scope mut dyn Persist,
        mirror: ReviewFile,
    ) -> std::io::Result<Writer<'scope>> {
        let (requests, inbox) = mpsc::channel();
        let (outbox, reports) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("factdesk-writer".to_string())
            .spawn_scoped(scope, move || writer_loop(persist, mirror, &inbox, &outbox))?;
        Ok(Writer {
            requests: Some(requests),
            reports,
            thread: Some(thread),
            sent: 0,
            acked: 0,
            merge_note: None,
        })
    }

    /// True while a request sent has not been reported saved or failed.
    pub fn busy(&self) -> bool {
        self.acked < self.sent
    }

    /// Everything handed over is reported saved and nothing waits: the
    /// disk holds what the interface shows.
    pub fn all_saved(&self, state: &State) -> bool {
        !self.busy() && !state.dirty && state.save == SaveState::Saved
    }

    fn send(&mut self, state: &mut State, request: impl FnOnce(u64) -> Request) {
        self.sent += 1;
        let request = request(self.sent);
        let sent = self
            .requests
            .as_ref()
            .is_some_and(|requests| requests.send(request).is_ok());
        if !sent {
            // The thread is gone (it panicked): nothing more can be saved.
            self.acked = self.sent;
            update(
                state,
                Action::SaveFailed("the saving thread stopped".to_string()),
            );
        }
    }

    /// Hands what changed to the writer: the save-as asked for, then the
    /// claims changed since the last hand-over (a whole copy only after a
    /// structural change). Returns at once.
    pub fn hand_over(&mut self, state: &mut State) {
        if let Some(path) = state.save_as_request.take() {
            self.send_changes(state);
            self.send(state, |seq| Request::SaveAs { seq, path });
        }
        self.send_changes(state);
    }

    fn send_changes(&mut self, state: &mut State) {
        if !state.dirty && state.changed.is_empty() {
            return;
        }
        let changed = std::mem::take(&mut state.changed);
        state.dirty = false;
        debug_assert!(
            !changed.is_empty(),
            "state.dirty was set without recording what changed"
        );
        if changed.is_everything() || changed.is_empty() {
            // A structural change, or (never, see the assertion) a change
            // nobody recorded: the whole file is the safe answer.
            let file = Box::new(state.file.clone());
            self.send(state, |seq| Request::Whole { seq, file });
        } else {
            let claims: Vec<(usize, Claim)> = changed
                .claims()
                .filter_map(|i| state.file.claims.get(i).map(|c| (i, c.clone())))
                .collect();
            self.send(state, |seq| Request::Claims { seq, claims });
        }
    }

    /// Applies the reports that arrived; true when there were any (the
    /// screen may need drawing).
    pub fn poll(&mut self, state: &mut State) -> bool {
        let mut any = false;
        while let Ok(report) = self.reports.try_recv() {
            self.handle(state, report);
            any = true;
        }
        any
    }

    /// Hands over what is left, asks the writer to retry a failed save, and
    /// waits until the save that includes everything is reported.
    pub fn wait_idle(&mut self, state: &mut State) {
        self.hand_over(state);
        self.send(state, |seq| Request::Flush { seq });
        while self.busy() {
            match self.reports.recv() {
                Ok(report) => {
                    self.handle(state, report);
                    // A merge adopted while waiting is sent back; wait for
                    // its save too.
                    self.hand_over(state);
                }
                Err(_) => {
                    self.acked = self.sent;
                    update(
                        state,
                        Action::SaveFailed("the saving thread stopped".to_string()),
                    );
                }
            }
        }
    }

    /// The exit path: waits for the last save, keeps the note being typed
    /// as a draft (or forgets an old one), stops the thread and waits for
    /// it. Afterwards everything acknowledged is on disk, unless a save
    /// failed (then `state.save` says why).
    pub fn finish(mut self, state: &mut State) {
        self.wait_idle(state);
        let draft = state.draft();
        if let Some(requests) = &self.requests {
            let _ = requests.send(Request::Draft(draft));
        }
        self.requests = None;
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            update(
                state,
                Action::SaveFailed("the saving thread stopped".to_string()),
            );
        }
    }

    fn handle(&mut self, state: &mut State, report: Report) {
        match report {
            Report::Saved { seq } => {
                self.acked = self.acked.max(seq);
                if let Some((at, note)) = self.merge_note.take() {
                    if seq >= at {
                        state.error(note);
                    } else {
                        self.merge_note = Some((at, note));
                    }
                }
                if !self.busy() && !state.dirty {
                    state.save = SaveState::Saved;
                }
            }
            Report::Failed { seq, message } => {
                self.acked = self.acked.max(seq);
                update(state, Action::SaveFailed(message));
            }
            Report::SavedAs { seq, path } => {
                self.acked = self.acked.max(seq);
                if !self.busy() && !state.dirty {
                    state.save = SaveState::Saved;
                }
                let shown = factdesk_text::sanitize_line(
                    &path.display().to_string(),
                    state.theme.glyphs.text_glyphs(),
                );
                state.info(format!("Saved to {shown}"));
                state.label = shown;
            }
            Report::SaveAsFailed { seq, message } => {
                self.acked = self.acked.max(seq);
                update(state, Action::SaveFailed(message));
            }
            Report::DiskChanged { base, theirs, path } => {
                let note = merge_with_disk(state, &base, &theirs, &path);
                let file = Box::new(state.file.clone());
                state.changed.clear();
                state.dirty = false;
                state.save = SaveState::Unsaved;
                self.send(state, |seq| Request::Merged { seq, file });
                self.merge_note = Some((self.sent, note));
            }
            Report::OutOfStep => state.structure_changed(),
        }
    }
}

/// Merges what another process saved with the interface's file (base: what
/// the persister last read or wrote), adopts the result, and returns the
/// message to show once it is saved.
fn merge_with_disk(
    state: &mut State,
    base: &ReviewFile,
    theirs: &ReviewFile,
    path: &Path,
) -> String {
    let outcome = sync::three_way(base, &state.file, theirs);
    let mut messages = vec![format!(
        "{} changed on disk; merged {} conflict(s)",
        path.display(),
        outcome.conflicts.len()
    )];
    for conflict in &outcome.conflicts {
        messages.push(format!(
            "conflict on {}: {}; yours kept, theirs recorded",
            conflict.claim_id.as_deref().unwrap_or("the article"),
            conflict_label(&conflict.kind)
        ));
    }
    state.adopt_file(outcome.merged);
    format!(
        "Merged changes saved by another process: {}",
        messages.join("; ")
    )
}

fn conflict_label(kind: &SyncConflictKind) -> &'static str {
    match kind {
        SyncConflictKind::Verdict { .. } => "different verdicts",
        SyncConflictKind::Note { .. } => "different notes",
        SyncConflictKind::Summary { .. } => "different summaries",
        SyncConflictKind::Rewording { .. } => "different rewordings",
        _ => "changed on both sides",
    }
}

/// The writer thread: applies requests to the mirror in order, then saves
/// once when the queue is empty.
fn writer_loop(
    persist: &mut dyn Persist,
    mut mirror: ReviewFile,
    inbox: &Receiver<Request>,
    outbox: &Sender<Report>,
) {
    persist.prepare(&mirror);
    // What changed since the last call of save or save_as.
    let mut changes = Changes::new();
    // Something is not on disk yet (changes, or a failed save).
    let mut unsaved = false;
    // A report is owed for a flush even when nothing is unsaved.
    let mut flush = false;
    // Waiting for the merge asked for: nothing may be written before it,
    // or the other process's changes would be overwritten.
    let mut awaiting_merge = false;
    let mut seq = 0;
    // The interface may hang up at any time; reports are then dropped.
    let report = |r: Report| {
        let _ = outbox.send(r);
    };
    while let Ok(first) = inbox.recv() {
        let mut next = Some(first);
        while let Some(request) = next {
            match request {
                Request::Claims { seq: s, claims } => {
                    seq = s;
                    for (index, claim) in claims {
                        match mirror.claims.get_mut(index) {
                            Some(slot) => {
                                *slot = claim;
                                changes.claim(index);
                                unsaved = true;
                            }
                            None => report(Report::OutOfStep),
                        }
                    }
                }
                Request::Whole { seq: s, file } => {
                    seq = s;
                    mirror = *file;
                    changes.set_everything();
                    unsaved = true;
                }
                Request::Merged { seq: s, file } => {
                    seq = s;
                    mirror = *file;
                    changes.set_everything();
                    unsaved = true;
                    awaiting_merge = false;
                }
                Request::SaveAs { seq: s, path } => {
                    seq = s;
                    let result = persist.save_as(&path, &mirror, &changes);
                    changes.clear();
                    match result {
                        Ok(()) => {
                            unsaved = false;
                            report(Report::SavedAs { seq, path });
                        }
                        Err(message) => report(Report::SaveAsFailed { seq, message }),
                    }
                }
                Request::Flush { seq: s } => {
                    seq = s;
                    flush = true;
                }
                Request::Draft(draft) => persist.save_draft(draft.as_ref()),
            }
            next = inbox.try_recv().ok();
        }
        if awaiting_merge {
            continue;
        }
        if unsaved {
            let result = persist.save(&mirror, &changes);
            changes.clear();
            match result {
                Ok(Saved::Written) => {
                    unsaved = false;
                    report(Report::Saved { seq });
                }
                Ok(Saved::DiskChanged { base, theirs, path }) => {
                    awaiting_merge = true;
                    report(Report::DiskChanged { base, theirs, path });
                }
                Err(message) => report(Report::Failed { seq, message }),
            }
            flush = false;
        } else if flush {
            flush = false;
            report(Report::Saved { seq });
        }
    }
}
