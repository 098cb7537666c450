//! The writer thread: saves off the interface thread, coalesced, reported
//! back, and waited for on exit; and, above all, the writer's copy of the
//! file always ends up equal to the interface's, whatever the actions (and
//! the counts and list, updated claim by claim, equal a recount).

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use common::*;
use factdesk_review::cache::{Changes, JsonCache};
use factdesk_review::{ReviewFile, ReviewerVerdict, Verdict};
use factdesk_tui::state::{Counts, DraftText, Mode, SaveState};
use factdesk_tui::{Persist, Saved, State, Writer};

/// What the in-memory persister saw.
#[derive(Default)]
struct Record {
    /// Successful saves.
    saves: usize,
    /// The file as last saved.
    saved: Option<ReviewFile>,
    /// Paths saved to with save-as.
    saved_as: Vec<PathBuf>,
    /// Drafts kept (or forgotten: `None`).
    drafts: Vec<Option<DraftText>>,
    /// Saves whose reported changes missed a change: the incremental
    /// cache, updated with only the reported claims, differed from a full
    /// serialization.
    missed: Vec<String>,
    /// Fail this many saves before succeeding.
    fail: usize,
    /// Report this change on disk at the next save.
    disk_change: Option<(ReviewFile, ReviewFile)>,
    /// How long each save takes.
    delay: Duration,
}

/// A persister that keeps the last saved file in memory, and checks the
/// changes it is told about with a [`JsonCache`] as the real one does.
struct MemoryPersist {
    record: Arc<Mutex<Record>>,
    cache: Option<JsonCache>,
    unwritten: Changes,
}

impl MemoryPersist {
    fn new() -> (MemoryPersist, Arc<Mutex<Record>>) {
        let record = Arc::new(Mutex::new(Record::default()));
        let persist = MemoryPersist {
            record: Arc::clone(&record),
            cache: None,
            unwritten: Changes::new(),
        };
        (persist, record)
    }
}

fn lock(record: &Mutex<Record>) -> MutexGuard<'_, Record> {
    record.lock().unwrap_or_else(|e| e.into_inner())
}

impl Persist for MemoryPersist {
    fn prepare(&mut self, file: &ReviewFile) {
        self.cache = Some(JsonCache::new(file).expect("cache of the start file"));
    }

    fn save(&mut self, file: &ReviewFile, changes: &Changes) -> Result<Saved, String> {
        let delay = lock(&self.record).delay;
        std::thread::sleep(delay);
        self.unwritten.extend(changes);
        let mut record = lock(&self.record);
        if record.fail > 0 {
            record.fail -= 1;
            return Err("the disk is full".to_string());
        }
        if let Some((base, theirs)) = record.disk_change.take() {
            return Ok(Saved::DiskChanged {
                base: Box::new(base),
                theirs: Box::new(theirs),
                path: PathBuf::from("r.json"),
            });
        }
        let cache = self.cache.as_mut().expect("prepare was called first");
        let _ = cache.update(file, &self.unwritten).expect("serializable");
        if !cache.verify(file) {
            let which = format!("save {}: changes {:?}", record.saves + 1, self.unwritten);
            record.missed.push(which);
        }
        self.unwritten.clear();
        record.saves += 1;
        record.saved = Some(file.clone());
        Ok(Saved::Written)
    }

    fn save_as(&mut self, path: &Path, file: &ReviewFile, changes: &Changes) -> Result<(), String> {
        self.unwritten.extend(changes);
        let cache = self.cache.as_mut().expect("prepare was called first");
        let _ = cache.update(file, &self.unwritten).expect("serializable");
        self.unwritten.clear();
        let mut record = lock(&self.record);
        record.saved_as.push(path.to_path_buf());
        record.saved = Some(file.clone());
        Ok(())
    }

    fn save_draft(&mut self, draft: Option<&DraftText>) {
        lock(&self.record).drafts.push(draft.cloned());
    }
}

/// The sample review with two claims that reviewers disagree on, so the
/// conflict view has something to adjudicate.
fn conflicted_state() -> State {
    let mut file = sample_file();
    for index in [1, 3] {
        let claim = &mut file.claims[index];
        claim.conflict = true;
        for (reviewer, value) in [("budi", Verdict::Verified), ("citra", Verdict::Disputed)] {
            claim.reviews.push(ReviewerVerdict {
                reviewer: reviewer.to_string(),
                value: Some(value),
                at: Some(at(1)),
                note: String::new(),
                sources: Vec::new(),
            });
        }
    }
    state_with(file, &factdesk_tui::Config::default())
}

/// xorshift64*: a fixed sequence per seed, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One random step of a reviewer's session: keys through the real keymap,
/// covering every action that changes the file (verdicts, notes, sources,
/// summaries, rewording, dismissing, undo/redo, adjudication, adding a
/// claim from the article view) and some that only move.
fn random_step(state: &mut State, rng: &mut Rng, minute: &mut u32) {
    *minute = (*minute + 1) % 60;
    state.now = at(*minute);
    let words = [
        "cek",
        "BPS 2024",
        "data\tresmi",
        "\"kutipan\"",
        "catatan\nbaru",
        "",
    ];
    let word = words[rng.below(words.len())];
    if state.mode != Mode::Normal {
        press(state, &["Esc"]);
    }
    match rng.below(22) {
        0 => press(state, &["j"]),
        1 => press(state, &["k"]),
        2 => press(state, &["G"]),
        3 => press(state, &["g"]),
        4 => press(state, &["v"]),
        5 => press(state, &["d"]),
        6 => press(state, &["u"]),
        7 => press(state, &["c"]),
        8 => press(state, &["x"]),
        9 => press(state, &["U"]),
        10 => press(state, &["R"]),
        11 => {
            press(state, &["e"]);
            type_text(state, word);
            press(state, &[if rng.below(4) == 0 { "Esc" } else { "Ctrl-s" }]);
        }
        12 => {
            press(state, &["S"]);
            type_text(state, word);
            press(state, &["Enter"]);
        }
        13 => {
            press(state, &["r"]);
            type_text(state, word);
            press(state, &["Enter"]);
        }
        14 => {
            press(state, &["s", "a"]);
            type_text(state, &format!("https://contoh.id/{word}"));
            press(state, &["Tab"]);
            type_text(state, word);
            press(state, &["Enter", "Esc"]);
        }
        15 => press(state, &["s", "d", "Esc"]),
        16 => {
            // Adjudicate a conflict (when the selected claim has one).
            press(state, &["C"]);
            let keys: &[&str] = match rng.below(3) {
                0 => &["l", "Enter"],
                1 => &["v"],
                _ => &["Enter"],
            };
            press(state, keys);
        }
        17 => {
            // Add a claim from the article view: a sentence, perhaps
            // shortened or moved first.
            press(state, &["a"]);
            for _ in 0..rng.below(4) {
                press(state, &["j"]);
            }
            if rng.below(2) == 0 {
                press(state, &["h"]);
            }
            press(state, &["Enter"]);
        }
        18 => press(state, &["f", "x", "Esc"]),
        19 => press(state, &["o"]),
        20 => press(state, &["n"]),
        _ => press(state, &["PageDown"]),
    }
}

#[test]
fn the_writers_copy_equals_the_interfaces_after_every_flush_of_random_sessions() {
    let mut checked = 0;
    for seed in 1..=60u64 {
        let mut state = conflicted_state();
        let (mut persist, record) = MemoryPersist::new();
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let mut minute = 0;
        std::thread::scope(|scope| {
            let mirror = state.file.clone();
            let mut writer = Writer::spawn(scope, &mut persist, mirror).expect("spawn the writer");
            for step in 0..120 {
                random_step(&mut state, &mut rng, &mut minute);
                // The header counts and the list, kept up to date claim by
                // claim, match a recount from scratch.
                assert_eq!(
                    state.counts,
                    Counts::of(&state.file),
                    "seed {seed}, step {step}"
                );
                let mut fresh = state.clone();
                fresh.refresh_visible(state.selected_index());
                assert_eq!(fresh.visible, state.visible, "seed {seed}, step {step}");
                // What the runtime does between keys.
                writer.poll(&mut state);
                writer.hand_over(&mut state);
                if rng.below(7) == 0 || step == 119 {
                    writer.wait_idle(&mut state);
                    let record = lock(&record);
                    assert!(
                        record.missed.is_empty(),
                        "seed {seed}, step {step}: a change was not reported: {:?}",
                        record.missed
                    );
                    if let Some(saved) = &record.saved {
                        assert!(
                            *saved == state.file,
                            "seed {seed}, step {step}: the writer's copy differs from the interface's"
                        );
                        checked += 1;
                    }
                    assert_eq!(state.save, SaveState::Saved, "seed {seed}, step {step}");
                }
            }
            writer.finish(&mut state);
        });
        let record = lock(&record);
        assert_eq!(
            record.saved.as_ref(),
            Some(&state.file),
            "seed {seed} at exit"
        );
    }
    assert!(checked > 300, "only {checked} flushes compared");
}

#[test]
fn the_exit_path_waits_for_a_save_in_flight_and_keeps_the_draft() {
    let mut state = sample_state();
    let (mut persist, record) = MemoryPersist::new();
    lock(&record).delay = Duration::from_millis(400);
    let started = Instant::now();
    std::thread::scope(|scope| {
        let mirror = state.file.clone();
        let mut writer = Writer::spawn(scope, &mut persist, mirror).expect("spawn the writer");
        press(&mut state, &["v"]);
        writer.hand_over(&mut state);
        assert!(writer.busy(), "the save is in flight");
        // The interface went on at once.
        assert!(started.elapsed() < Duration::from_millis(300));
        press(&mut state, &["e"]);
        type_text(&mut state, "belum selesai");
        let saved = factdesk_tui::runtime::finish(&mut state, writer);
        assert!(saved, "finish reports everything saved");
        assert!(started.elapsed() >= Duration::from_millis(400));
        let record = lock(&record);
        let on_disk = record.saved.as_ref().expect("the verdict was saved");
        assert_eq!(on_disk.claims[0].verdict_value(), Some(Verdict::Verified));
        assert_eq!(
            record.drafts.last().cloned().flatten().map(|d| d.text),
            Some("belum selesai".to_string())
        );
    });
}

#[test]
fn saves_queued_behind_a_slow_one_are_coalesced_into_one() {
    let mut state = sample_state();
    let (mut persist, record) = MemoryPersist::new();
    lock(&record).delay = Duration::from_millis(200);
    std::thread::scope(|scope| {
        let mirror = state.file.clone();
        let mut writer = Writer::spawn(scope, &mut persist, mirror).expect("spawn the writer");
        for key in ["v", "d", "u", "g", "d", "d", "c", "v", "u", "v"] {
            press(&mut state, &[key]);
            writer.hand_over(&mut state);
        }
        assert_eq!(state.save, SaveState::Unsaved);
        writer.wait_idle(&mut state);
        assert_eq!(state.save, SaveState::Saved);
        let record = lock(&record);
        assert!(
            record.saves <= 3,
            "ten changes behind a slow save took {} saves",
            record.saves
        );
        assert_eq!(record.saved.as_ref(), Some(&state.file));
        drop(record);
        writer.finish(&mut state);
    });
}

#[test]
fn a_failed_save_is_shown_and_retried_on_exit() {
    let mut state = sample_state();
    let (mut persist, record) = MemoryPersist::new();
    lock(&record).fail = 1;
    std::thread::scope(|scope| {
        let mirror = state.file.clone();
        let mut writer = Writer::spawn(scope, &mut persist, mirror).expect("spawn the writer");
        press(&mut state, &["v"]);
        writer.hand_over(&mut state);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !matches!(state.save, SaveState::Failed(_)) {
            assert!(Instant::now() < deadline, "no failure reported");
            writer.poll(&mut state);
            std::thread::sleep(Duration::from_millis(5));
        }
        let message = state.message.clone().expect("an error message");
        assert!(message.error && message.text.contains("the disk is full"));
        assert!(lock(&record).saved.is_none());
        // Quitting retries: the disk has room again.
        assert!(factdesk_tui::runtime::finish(&mut state, writer));
        assert_eq!(lock(&record).saved.as_ref(), Some(&state.file));
    });
}

#[test]
fn a_change_on_disk_is_merged_on_the_interface_thread_with_later_changes() {
    let mut state = sample_state();
    let (mut persist, record) = MemoryPersist::new();
    let base = state.file.clone();
    let mut theirs = base.clone();
    theirs.claims[3].set_verdict(Some(Verdict::Verified), &stamp(5));
    lock(&record).disk_change = Some((base.clone(), theirs));
    lock(&record).delay = Duration::from_millis(50);
    std::thread::scope(|scope| {
        let mut writer = Writer::spawn(scope, &mut persist, base).expect("spawn the writer");
        press(&mut state, &["d"]);
        writer.hand_over(&mut state);
        // A change made while the writer finds the other process's.
        press(&mut state, &["u"]);
        writer.hand_over(&mut state);
        writer.wait_idle(&mut state);
        let verdicts: Vec<_> = state
            .file
            .claims
            .iter()
            .map(|c| c.verdict_value())
            .collect();
        assert_eq!(
            verdicts[..4],
            [
                Some(Verdict::Disputed),
                Some(Verdict::Unverified),
                None,
                Some(Verdict::Verified)
            ]
        );
        let message = state.message.clone().expect("the merge is explained");
        assert!(
            message
                .text
                .contains("Merged changes saved by another process")
        );
        assert_eq!(lock(&record).saved.as_ref(), Some(&state.file));
        assert_eq!(state.save, SaveState::Saved);
        writer.finish(&mut state);
    });
}

#[test]
fn save_as_goes_through_the_writer_in_order() {
    let mut state = sample_state();
    let (mut persist, record) = MemoryPersist::new();
    std::thread::scope(|scope| {
        let mirror = state.file.clone();
        let mut writer = Writer::spawn(scope, &mut persist, mirror).expect("spawn the writer");
        press(&mut state, &["v", "W"]);
        type_text(&mut state, "/tmp/lain.json");
        press(&mut state, &["Enter"]);
        writer.hand_over(&mut state);
        writer.wait_idle(&mut state);
        assert_eq!(state.label, "/tmp/lain.json");
        let record = lock(&record);
        assert_eq!(record.saved_as, [PathBuf::from("/tmp/lain.json")]);
        let saved = record.saved.as_ref().expect("saved");
        assert_eq!(saved.claims[0].verdict_value(), Some(Verdict::Verified));
        drop(record);
        writer.finish(&mut state);
    });
}
