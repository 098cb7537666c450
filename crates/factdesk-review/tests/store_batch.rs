//! Streaming saves and batch saves: the streamed JSON is byte for byte what
//! `to_json` builds, and a batch (`SaveOptions::batch` with a `FolderSync`)
//! keeps every per-file guarantee (whole files, backups of replaced files)
//! while leaving the folder fsync and the leftover sweep to the end.

mod store_fixtures;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use factdesk_review::store::{self, FolderSync, SaveOptions, StoreError, exit};
use factdesk_review::{ReviewFile, Verdict};
use store_fixtures::{claim_at, file_with, marked, rich_review};

/// A review with `count` claims, every third one marked with a note holding
/// characters JSON must escape (quotes, a backslash, a control character).
fn big_review(count: usize) -> ReviewFile {
    let article: String = (0..count)
        .map(|i| format!("Kalimat “nomor” {i} menyebut {} negara. ", i * 7))
        .collect();
    let mut claims = Vec::with_capacity(count);
    let mut start = 0;
    for i in 0..count {
        let end = start + article[start..].find(". ").expect("sentence end") + 1;
        let mut claim = claim_at(&article, &format!("c-{i:06}"), start, end);
        if i % 3 == 0 {
            claim = marked(claim, Verdict::Disputed);
            claim.note = format!("Lihat \"laporan\" C:\\data\\{i}\u{1}\nbaris dua — ✓");
        }
        claims.push(claim);
        start = end + 1;
    }
    file_with(&article, claims)
}

fn streamed(file: &ReviewFile) -> Vec<u8> {
    let mut out = Vec::new();
    store::write_json(&mut out, file).expect("writing to a Vec cannot fail");
    out
}

#[test]
fn streamed_json_is_byte_for_byte_to_json() {
    for file in [
        rich_review(),
        big_review(0),
        big_review(1),
        big_review(3_000),
    ] {
        let expected = store::to_json(&file);
        let got = streamed(&file);
        assert_eq!(got.len(), expected.len());
        assert!(got == expected.as_bytes(), "streamed bytes differ");
    }
    // Through a small buffer too: many partial writes, the same bytes.
    let file = big_review(500);
    let mut out = Vec::new();
    store::write_json(std::io::BufWriter::with_capacity(7, &mut out), &file).expect("write");
    assert!(out == store::to_json(&file).as_bytes());
}

#[test]
fn save_writes_exactly_to_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Larger than the write buffer, so the file is written in several parts.
    let file = big_review(3_000);
    let expected = store::to_json(&file);
    assert!(expected.len() > 512 * 1024, "{} bytes", expected.len());
    let path = dir.path().join("big.json");
    store::save(&path, &file).expect("save");
    assert!(fs::read(&path).expect("read") == expected.as_bytes());
    let folders = FolderSync::new();
    let batched = dir.path().join("batched.json");
    store::save_with(&batched, &file, SaveOptions::batch(&folders)).expect("batch save");
    folders.finish().expect("folder sync");
    assert!(fs::read(&batched).expect("read") == expected.as_bytes());
    assert_eq!(store::load(&batched).expect("load"), file);
}

#[test]
fn a_streamed_write_error_is_reported() {
    /// A writer that accepts `room` bytes and then fails like a full disk.
    struct Full {
        room: usize,
    }
    impl std::io::Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                return Err(std::io::Error::other("no space left"));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let error = store::write_json(Full { room: 100 }, &rich_review())
        .expect_err("the writer's failure is returned");
    assert!(error.to_string().contains("no space left"), "{error}");
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_batch_backs_up_replaced_files_only_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).expect("make folder");
    let old = dir.path().join("old.json");
    let old_in_sub = sub.join("old.json");
    let first = big_review(2);
    store::save(&old, &first).expect("first save");
    store::save(&old_in_sub, &first).expect("first save");
    let previous = fs::read(&old).expect("read");

    let folders = FolderSync::new();
    let second = big_review(5);
    let new = dir.path().join("new.json");
    let new_in_sub = sub.join("new.json");
    for path in [&old, &new, &old_in_sub, &new_in_sub] {
        store::save_with(path, &second, SaveOptions::batch(&folders)).expect("batch save");
    }
    assert_eq!(folders.pending_folders(), 2, "two distinct folders");
    folders.finish().expect("folder sync");

    for path in [&old, &new, &old_in_sub, &new_in_sub] {
        assert_eq!(store::load(path).expect("load"), second);
    }
    assert_eq!(
        fs::read(dir.path().join("old.json.bak")).expect("backup"),
        previous
    );
    assert_eq!(
        fs::read(sub.join("old.json.bak")).expect("backup"),
        previous
    );
    assert_eq!(
        names_in(dir.path()),
        ["new.json", "old.json", "old.json.bak", "sub"],
        "no backup for a new file, no temporary or retired file left"
    );
    assert_eq!(names_in(&sub), ["new.json", "old.json", "old.json.bak"]);

    // A second batch replaces the backup (the retired one is deleted).
    let folders = FolderSync::new();
    store::save_with(&old, &first, SaveOptions::batch(&folders)).expect("batch save");
    folders.finish().expect("folder sync");
    assert_eq!(
        store::load(&dir.path().join("old.json.bak")).expect("backup"),
        second
    );
    assert_eq!(
        names_in(dir.path()),
        ["new.json", "old.json", "old.json.bak", "sub"]
    );
}

#[test]
fn backup_off_replaces_without_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cache.json");
    store::save(&path, &big_review(2)).expect("save");
    let options = SaveOptions {
        backup: false,
        ..SaveOptions::default()
    };
    store::save_with(&path, &big_review(4), options).expect("save");
    assert_eq!(store::load(&path).expect("load"), big_review(4));
    assert_eq!(names_in(dir.path()), ["cache.json"]);
    store::write_atomic_with(&path, b"{}\n", options).expect("write");
    assert_eq!(fs::read(&path).expect("read"), b"{}\n");
    assert_eq!(names_in(dir.path()), ["cache.json"]);
}

/// Makes `path` with an mtime an hour ago (a writer killed long ago).
fn stale_file(path: &Path) {
    fs::write(path, b"partial").expect("write leftover");
    fs::File::options()
        .write(true)
        .open(path)
        .expect("open leftover")
        .set_modified(SystemTime::now() - Duration::from_secs(3600))
        .expect("set mtime");
}

/// Leftovers beside `review.json` in `dir`: (stale ones of it, a fresh one,
/// a stale one of a file the batch did not save).
fn plant_leftovers(dir: &Path) -> (Vec<PathBuf>, PathBuf, PathBuf) {
    let stale: Vec<PathBuf> = [
        ".review.json.a1B2c3.tmp",
        ".review.json.bak.old.1.2.3",
        ".review.json.bak.new.1.2.3",
    ]
    .iter()
    .map(|name| dir.join(name))
    .collect();
    for path in &stale {
        stale_file(path);
    }
    let young = dir.join(".review.json.inflight.tmp");
    fs::write(&young, b"partial").expect("write leftover");
    let unrelated = dir.join(".other.json.killed.tmp");
    stale_file(&unrelated);
    (stale, young, unrelated)
}

#[test]
fn finishing_a_batch_sweeps_stale_leftovers_of_the_files_it_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (stale, young, unrelated) = plant_leftovers(dir.path());
    let folders = FolderSync::new();
    store::save_with(
        &dir.path().join("review.json"),
        &rich_review(),
        SaveOptions::batch(&folders),
    )
    .expect("batch save");
    assert!(
        stale.iter().all(|p| p.exists()),
        "nothing is swept before the batch ends"
    );
    folders.finish().expect("folder sync");
    for path in &stale {
        assert!(!path.exists(), "{} is swept", path.display());
    }
    assert!(young.exists(), "a fresh one may belong to a live writer");
    assert!(unrelated.exists(), "another file's leftovers are not ours");
}

#[test]
fn a_batch_dropped_without_finish_still_does_its_folder_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (stale, _, _) = plant_leftovers(dir.path());
    {
        let folders = FolderSync::new();
        store::save_with(
            &dir.path().join("review.json"),
            &rich_review(),
            SaveOptions::batch(&folders),
        )
        .expect("batch save");
    }
    assert!(stale.iter().all(|p| !p.exists()), "swept on drop");
}

#[test]
fn a_folder_that_cannot_be_synced_fails_the_batch_with_exit_code_5() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gone = dir.path().join("gone");
    let kept = dir.path().join("kept");
    fs::create_dir(&gone).expect("make folder");
    fs::create_dir(&kept).expect("make folder");
    let folders = FolderSync::new();
    for folder in [&gone, &kept] {
        store::save_with(
            &folder.join("review.json"),
            &rich_review(),
            SaveOptions::batch(&folders),
        )
        .expect("batch save");
    }
    fs::remove_dir_all(&gone).expect("remove folder");
    let error = folders
        .finish()
        .expect_err("a vanished folder cannot be synced");
    assert_eq!(error.exit_code(), exit::SAVE_FAILED);
    assert!(
        matches!(&error, StoreError::Save { path, .. } if path == &gone),
        "{error}"
    );
    assert!(error.to_string().contains("syncing the folder"), "{error}");
    assert_eq!(
        store::load(&kept.join("review.json")).expect("load"),
        rich_review()
    );
}
