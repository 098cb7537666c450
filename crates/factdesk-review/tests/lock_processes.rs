//! The review-file lock between real processes.
//!
//! The test binary re-executes itself as the second process: with
//! `FACTDESK_LOCK_CHILD=<review path>` set, the `child_or_parent` test takes
//! the lock as reviewer "child", then holds it until its stdin closes.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use factdesk_review::lock::{
    LockError, LockInfo, acquire, acquire_wait, break_lock, hostname, lock_path, read_lock,
};

const CHILD_ENV: &str = "FACTDESK_LOCK_CHILD";

fn spawn_holder(review: &Path) -> Child {
    let exe = std::env::current_exe().expect("test binary path");
    Command::new(exe)
        .args([
            "--exact",
            "child_or_parent",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, review)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn the holding process")
}

fn wait_for_holder(review: &Path, pid: u32) -> LockInfo {
    let started = Instant::now();
    loop {
        if let Some(info) = read_lock(review).filter(|info| info.pid == pid) {
            return info;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the child never took the lock"
        );
        thread::sleep(Duration::from_millis(20));
    }
}

/// A pid that belonged to a process that has exited and been reaped.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().expect("spawn true");
    let pid = child.id();
    child.wait().expect("reap true");
    pid
}

#[test]
fn child_or_parent() {
    if let Some(review) = std::env::var_os(CHILD_ENV) {
        // Child role: hold the lock until the parent closes our stdin.
        let guard = acquire(Path::new(&review), "child").expect("child takes the lock");
        let mut sink = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut sink);
        drop(guard);
        return;
    }

    let dir = tempfile::tempdir().expect("temp dir");
    let review = dir.path().join("article.review.json");

    // A live holder in another process: we are told who holds it.
    let mut child = spawn_holder(&review);
    let holder = wait_for_holder(&review, child.id());
    match acquire(&review, "parent") {
        Err(LockError::Held { info, .. }) => {
            assert_eq!(info, holder);
            assert_eq!(info.reviewer, "child");
            assert_eq!(info.pid, child.id());
            assert_eq!(info.host, hostname());
        }
        other => panic!("expected Held, got {other:?}"),
    }
    // Waiting gives up with the holder named.
    match acquire_wait(
        &review,
        "parent",
        Duration::from_millis(200),
        Duration::from_millis(50),
    ) {
        Err(LockError::Timeout { info, .. }) => assert_eq!(info.pid, child.id()),
        other => panic!("expected Timeout, got {other:?}"),
    }

    // The holder finishes normally: its guard removes the lock, and a waiter
    // gets it.
    drop(child.stdin.take());
    let guard = acquire_wait(
        &review,
        "parent",
        Duration::from_secs(30),
        Duration::from_millis(20),
    )
    .expect("lock after the child released it");
    assert!(child.wait().expect("child exit").success());
    assert_eq!(guard.info().pid, std::process::id());
    drop(guard);
    assert!(
        !lock_path(&review).exists(),
        "dropping the guard removes the lock"
    );

    // The holder is killed: its lock stays behind, stale, and is taken over.
    let mut child = spawn_holder(&review);
    wait_for_holder(&review, child.id());
    child.kill().expect("kill the child");
    child.wait().expect("reap the child");
    assert!(lock_path(&review).exists(), "SIGKILL leaves the lock file");
    let guard = acquire(&review, "parent").expect("stale lock taken over");
    assert_eq!(read_lock(&review).map(|i| i.pid), Some(std::process::id()));
    assert_eq!(guard.info().reviewer, "parent");
}

#[test]
fn only_one_of_many_racing_writers_wins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let review = Arc::new(dir.path().join("race.review.json"));
    let winners = race(&review, 8);
    assert_eq!(winners, 1);
}

#[test]
fn only_one_of_many_racing_takeovers_wins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let review = Arc::new(dir.path().join("stale.review.json"));
    for _ in 0..50 {
        let stale = LockInfo {
            reviewer: "gone".into(),
            pid: dead_pid(),
            host: hostname(),
            since: chrono::Local::now().fixed_offset(),
        };
        std::fs::write(
            lock_path(&review),
            serde_json::to_vec(&stale).expect("serialize"),
        )
        .expect("write stale lock");
        assert_eq!(race(&review, 6), 1);
        std::fs::remove_file(lock_path(&review)).expect("clean up the winner's lock");
    }
}

/// Starts `count` threads that try to take the lock at once and hold what
/// they get until all have tried; returns how many got it.
fn race(review: &Arc<PathBuf>, count: usize) -> usize {
    let barrier = Arc::new(Barrier::new(count));
    let done = Arc::new(Barrier::new(count));
    let handles: Vec<_> = (0..count)
        .map(|n| {
            let review = Arc::clone(review);
            let barrier = Arc::clone(&barrier);
            let done = Arc::clone(&done);
            thread::spawn(move || {
                barrier.wait();
                let result = acquire(&review, &format!("racer {n}"));
                done.wait();
                let won = match &result {
                    Ok(_) => true,
                    Err(LockError::Held { .. }) => false,
                    Err(other) => panic!("unexpected lock error: {other}"),
                };
                // Keep the winner's lock in place for the caller to inspect.
                std::mem::forget(result);
                won
            })
        })
        .collect();
    handles
        .into_iter()
        .map(|h| h.join().expect("racer thread"))
        .filter(|&won| won)
        .count()
}

#[test]
fn a_lock_from_another_host_is_held_until_broken() {
    let dir = tempfile::tempdir().expect("temp dir");
    let review = dir.path().join("remote.review.json");
    let remote = LockInfo {
        reviewer: "ana".into(),
        pid: dead_pid(),
        host: format!("{}-elsewhere", hostname()),
        since: chrono::Local::now().fixed_offset(),
    };
    std::fs::write(
        lock_path(&review),
        serde_json::to_vec(&remote).expect("serialize"),
    )
    .expect("write lock");
    match acquire(&review, "me") {
        Err(error @ LockError::Held { .. }) => {
            assert_eq!(error.holder(), Some(&remote));
            let message = error.to_string();
            assert!(
                message.contains("ana") && message.contains("-elsewhere"),
                "{message}"
            );
        }
        other => panic!("expected Held, got {other:?}"),
    }
    let mut other = remote.clone();
    other.pid += 1;
    assert!(
        !break_lock(&review, &other).expect("break_lock"),
        "a different lock is kept"
    );
    assert!(break_lock(&review, &remote).expect("break_lock"));
    let guard = acquire(&review, "me").expect("lock after breaking");
    assert!(guard.still_held());
    guard.release().expect("release");
    assert!(!lock_path(&review).exists());
}

#[test]
fn a_guard_leaves_a_lock_that_is_no_longer_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let review = dir.path().join("broken.review.json");
    let guard = acquire(&review, "me").expect("lock");
    let mine = guard.info().clone();
    assert!(break_lock(&review, &mine).expect("break"));
    let newcomer = acquire(&review, "newcomer").expect("lock after break");
    assert!(!guard.still_held());
    drop(guard);
    assert_eq!(
        read_lock(&review).map(|i| i.reviewer),
        Some("newcomer".into())
    );
    drop(newcomer);
    assert_eq!(read_lock(&review), None);
}

#[test]
fn a_fresh_unreadable_lock_is_reported_not_taken() {
    let dir = tempfile::tempdir().expect("temp dir");
    let review = dir.path().join("corrupt.review.json");
    std::fs::write(lock_path(&review), b"{ not json").expect("write");
    match acquire(&review, "me") {
        Err(LockError::Corrupt { path, .. }) => assert_eq!(path, lock_path(&review)),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert_eq!(read_lock(&review), None);
}
