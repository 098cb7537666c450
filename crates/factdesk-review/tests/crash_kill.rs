//! Crash safety with real processes: a writer saving a review file as fast
//! as it can is killed with SIGKILL at random moments, a thousand saves in
//! all; after every kill the file and its backup must parse and hold a state
//! that was written, never older than the last save the writer reported
//! done.
//!
//! The test binary re-executes itself as the writer (see
//! [`writer_process`]): `FACTDESK_CRASH_WRITER` names the review file and
//! `FACTDESK_CRASH_FROM` / `FACTDESK_CRASH_TO` the counters to write. The
//! random delays come from a seed printed at the start; set
//! `FACTDESK_CRASH_SEED` to replay a run.

mod store_fixtures;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use factdesk_review::{ReviewFile, store};

/// Saves in all, across every killed writer.
const TOTAL_SAVES: u64 = 1_000;
/// The note of the first claim carries the counter: `save N`.
const NOTE_PREFIX: &str = "save ";

const WRITER_ENV: &str = "FACTDESK_CRASH_WRITER";
const FROM_ENV: &str = "FACTDESK_CRASH_FROM";
const TO_ENV: &str = "FACTDESK_CRASH_TO";

/// The counter a review file holds, or a description of what is wrong.
fn counter_of(file: &ReviewFile) -> Result<u64, String> {
    let claim = file.claims.first().ok_or("the review has no claims")?;
    let text = claim
        .note
        .strip_prefix(NOTE_PREFIX)
        .ok_or_else(|| format!("unexpected note {:?}", claim.note))?;
    text.parse()
        .map_err(|e| format!("note {:?} holds no counter: {e}", claim.note))
}

/// Loads `path` and returns its counter, failing the test with the file's
/// bytes when it does not parse.
fn load_counter(path: &Path) -> u64 {
    match store::load(path) {
        Ok(file) => counter_of(&file).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        Err(e) => {
            let bytes = std::fs::read(path).unwrap_or_default();
            panic!(
                "{} does not load after a kill: {e}\n{} bytes, starting {:?}",
                path.display(),
                bytes.len(),
                String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
            )
        }
    }
}

/// The writer: not a test of its own. Without the environment variable it
/// returns at once; in the child process it saves counters FROM..=TO, one
/// atomic save each, printing `@@saved N` after each save returns.
#[test]
fn writer_process() {
    let Some(path) = std::env::var_os(WRITER_ENV).map(PathBuf::from) else {
        return;
    };
    let from: u64 = std::env::var(FROM_ENV)
        .expect("counter range")
        .parse()
        .expect("numeric counter");
    let to: u64 = std::env::var(TO_ENV)
        .expect("counter range")
        .parse()
        .expect("numeric counter");
    let mut file = store::load(&path).expect("the writer starts from a valid file");
    println!("@@ready");
    for counter in from..=to {
        if let Some(claim) = file.claims.first_mut() {
            claim.note = format!("{NOTE_PREFIX}{counter}");
        }
        store::save(&path, &file).expect("save");
        println!("@@saved {counter}");
    }
}

/// A small xorshift generator: enough randomness for kill timings, with a
/// seed that can be printed and replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn seed() -> u64 {
    if let Some(seed) = std::env::var("FACTDESK_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        return seed;
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1);
    nanos | 1
}

fn spawn_writer(path: &Path, from: u64, to: u64) -> Child {
    Command::new(std::env::current_exe().expect("test binary path"))
        .args([
            "--exact",
            "writer_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(WRITER_ENV, path)
        .env(FROM_ENV, from.to_string())
        .env(TO_ENV, to.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the writer")
}

/// Forwards the writer's progress lines: `None` for "@@ready", `Some(n)` for
/// "@@saved n".
fn watch(child: &mut Child) -> mpsc::Receiver<Option<u64>> {
    let stdout = child.stdout.take().expect("writer stdout");
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            // libtest prints "test writer_process ... " before the first
            // line without a newline: look for the marker anywhere.
            let Some(at) = line.find("@@") else { continue };
            let line = &line[at + 2..];
            let message = if line == "ready" {
                None
            } else if let Some(n) = line.strip_prefix("saved ") {
                match n.parse() {
                    Ok(n) => Some(n),
                    Err(_) => continue,
                }
            } else {
                continue;
            };
            if tx.send(message).is_err() {
                break;
            }
        }
    });
    rx
}

#[test]
fn sigkill_during_a_thousand_saves_leaves_old_or_new_never_torn() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("review.json");
    let backup = dir.path().join("review.json.bak");
    let mut initial = store_fixtures::rich_review();
    initial.claims[0].note = format!("{NOTE_PREFIX}0");
    store::save(&path, &initial).expect("first save");

    let seed = seed();
    eprintln!("FACTDESK_CRASH_SEED={seed}");
    let mut rng = Rng(seed);
    let started = Instant::now();
    let mut on_disk = 0u64;
    let (mut kills, mut saves_done, mut backup_missing) = (0u32, 0u64, 0u32);
    let mut backup_seen = false;
    while on_disk < TOTAL_SAVES {
        let from = on_disk + 1;
        let mut writer = spawn_writer(&path, from, TOTAL_SAVES);
        let progress = watch(&mut writer);
        // Kill only once the writer has loaded the file, at a random moment
        // among its next saves (each takes a few milliseconds).
        let ready = progress
            .recv_timeout(Duration::from_secs(60))
            .expect("the writer started");
        assert_eq!(ready, None, "the writer says ready first");
        thread::sleep(Duration::from_micros(rng.below(30_000)));
        let _ = writer.kill(); // SIGKILL; it may have finished already
        let status = writer.wait().expect("reap the writer");
        kills += u32::from(!status.success());
        let acknowledged = progress.iter().flatten().max();

        let now = load_counter(&path);
        let lowest = acknowledged.unwrap_or(on_disk);
        assert!(
            now >= lowest,
            "the file went back to save {now} after save {lowest} was reported done (seed {seed})"
        );
        // The writer starts save N+1 only after reporting save N done, so
        // the file holds the last reported save or the one in flight.
        assert!(
            now <= lowest + 1,
            "save {now} was never started: the last reported was {lowest} (seed {seed})"
        );
        if backup.exists() {
            let kept = load_counter(&backup);
            assert!(
                kept <= now,
                "the backup holds save {kept}, newer than the file's {now} (seed {seed})"
            );
        } else if backup_seen {
            backup_missing += 1;
        }
        backup_seen |= backup.exists();
        saves_done += now - on_disk;
        on_disk = now;
    }
    let elapsed = started.elapsed();
    let leftovers = std::fs::read_dir(dir.path())
        .expect("list the folder")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    eprintln!(
        "{saves_done} saves reached the disk, {kills} writers killed mid-run, \
         backup briefly missing after {backup_missing} kills, \
         {leftovers} temporary files left by killed writers, {elapsed:?}"
    );
    assert_eq!(load_counter(&path), TOTAL_SAVES);
    assert!(
        backup_missing == 0,
        "the backup was missing after {backup_missing} kills: once made, a .bak must always exist"
    );
    assert!(kills >= 5, "the writers were killed while saving ({kills})");
}
