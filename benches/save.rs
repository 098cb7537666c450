//! Saving and loading review files (issue 6): `store::save` of a review of
//! 1,000 claims (target < 5 ms) and of 100,000 claims, `store::to_json`
//! alone (the part a writer thread cannot hide from the caller unless it
//! serializes off the interface thread), and `store::load`.
//!
//! The reviews come from real extractions (`inputs::review_with_claims`),
//! with a reviewer's work on every third claim (verdict, note and one
//! source), so the files look like reviews in progress, not fresh ones.
//!
//! Incremental saving (`factdesk_review::cache`, the interface's writer
//! thread): at 1,000 claims, the save after one verdict change that the
//! writer does per key (`FilePersist::save`: compare the file on disk with
//! the last save, re-serialize the one claim, write atomically) beside the
//! cold full save; at 100,000 claims, the time the interface thread spends
//! per verdict key while the writer is saving, and the writer's save time.
//!
//! `cargo bench --bench save`. Under `cargo test` (no `--bench` flag) the
//! large review has 5,000 claims instead of 100,000.

#[path = "support/cpu_time.rs"]
mod cpu_time;
#[path = "support/inputs.rs"]
mod inputs;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::DateTime;
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use factdesk::persist::FilePersist;
use factdesk_review::cache::{Changes, JsonCache};
use factdesk_review::edit::Stamp;
use factdesk_review::{Decision, ReviewFile, Source, Verdict, store};
use factdesk_tui::{Action, Config, Persist, StartOptions, Writer, initial_state, update};

fn full_size() -> bool {
    std::env::args().any(|a| a == "--bench")
}

fn stamp() -> Stamp {
    let at = match DateTime::parse_from_rfc3339("2026-02-03T09:00:00+07:00") {
        Ok(at) => at,
        Err(e) => panic!("fixed timestamp: {e}"),
    };
    Stamp {
        reviewer: "Bench Reviewer".to_string(),
        at,
    }
}

/// A review of `claims` claims with a reviewer's work on every third one.
fn reviewed(claims: usize, min_article_bytes: usize) -> ReviewFile {
    reviewed_with_article(claims, min_article_bytes).0
}

/// [`reviewed`] and its article.
fn reviewed_with_article(claims: usize, min_article_bytes: usize) -> (ReviewFile, String) {
    let (mut file, article) = inputs::review_with_claims(claims, min_article_bytes);
    let stamp = stamp();
    for (i, claim) in file
        .claims
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 3 == 0)
    {
        claim.set_note(
            &format!("Checked against the agency release, item {i}."),
            &stamp,
        );
        let source = Source {
            reference: format!("https://example.org/releases/{i}"),
            archived: None,
            description: Some("Agency release with the figure".to_string()),
        };
        if let Err(e) = claim.add_source(source, &stamp) {
            panic!("add source: {e}");
        }
        let verdict = [Verdict::Verified, Verdict::Disputed, Verdict::Unverified][(i / 3) % 3];
        claim.set_verdict(Some(verdict), &stamp);
    }
    (file, article)
}

/// The verdict the `n`-th change gives: cycling, so every change changes.
fn nth_verdict(n: usize) -> Verdict {
    Verdict::ALL[n % 3]
}

/// Gives a claim a new verdict and says which claim changed. The decision
/// is set directly, without the history entry a reviewer's key adds, so the
/// file keeps its size however many iterations run.
fn change_one_verdict(file: &mut ReviewFile, n: usize, stamp: &Stamp) -> Changes {
    let index = (n * 7919) % file.claims.len();
    file.claims[index].verdict = Some(Decision {
        value: nth_verdict(n),
        reviewer: stamp.reviewer.clone(),
        at: stamp.at,
    });
    let mut changes = Changes::new();
    changes.claim(index);
    changes
}

/// The per-key save at 1,000 claims through the incremental path, and the
/// cold full save it replaces.
fn incremental(c: &mut Criterion, file: &ReviewFile, dir: &Path) {
    let claims = file.claims.len();
    let stamp = stamp();
    let path = dir.join(format!("incremental-{claims}.json"));
    if let Err(e) = store::save(&path, file) {
        panic!("save {}: {e}", path.display());
    }
    let mut group = c.benchmark_group(format!("incremental_save_{claims}_claims"));
    group.sample_size(50);

    // What the writer thread does per verdict key: FilePersist::save after
    // one claim changed (compare the file on disk with the last save byte
    // for byte, re-serialize the claim, write atomically with fsync).
    let mut ours = file.clone();
    let mut persist = FilePersist::new(&path, file.clone(), "Bench Reviewer");
    let _ = persist.take_loaded();
    persist.prepare(&ours);
    let mut n = 0;
    let mut save_one = |ours: &mut ReviewFile, persist: &mut FilePersist| {
        n += 1;
        let changes = change_one_verdict(ours, n, &stamp);
        match persist.save(ours, &changes) {
            Ok(factdesk_tui::Saved::Written) => {}
            Ok(other) => panic!("unexpected save outcome {other:?}"),
            Err(e) => panic!("save: {e}"),
        }
    };
    // The first save compares with the fingerprint read at start; later
    // ones with the cache.
    save_one(&mut ours, &mut persist);
    // CPU time (fsync waits are not CPU; the disk is shared with other
    // work, so wall times of fsync-bound saves vary more than the work):
    // the four saves, interleaved, median of 31 rounds each.
    let bytes = store::to_json(file).into_bytes();
    let (mut old, mut new, mut cold, mut floor) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..31 {
        new.push(cpu_time::median_cpu(1, || {
            save_one(&mut ours, &mut persist)
        }));
        old.push(cpu_time::median_cpu(1, || store::save(&path, file)));
        cold.push(cpu_time::median_cpu(1, || {
            JsonCache::new(file).map(|cache| cache.save(&path))
        }));
        floor.push(cpu_time::median_cpu(1, || {
            store::write_atomic(&path, &bytes)
        }));
        // The others wrote another file: put back what the writer last
        // saved, or its next check would see a change and rightly refuse
        // to write.
        if let Err(e) = store::write_atomic(&path, &store::to_json(&ours).into_bytes()) {
            panic!("write: {e}");
        }
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2].as_secs_f64() * 1e3
    };
    eprintln!(
        "{claims} claims, CPU time median: store::save {:.3} ms, writer save after one verdict {:.3} ms, cold full save {:.3} ms, atomic write alone {:.3} ms",
        median(&mut old),
        median(&mut new),
        median(&mut cold),
        median(&mut floor)
    );
    group.bench_function("writer_save_after_one_verdict", |b| {
        b.iter(|| save_one(&mut ours, &mut persist))
    });
    match store::load(&path) {
        Ok(on_disk) if on_disk == ours => {}
        Ok(_) => panic!("the incremental saves did not write the file in memory"),
        Err(e) => panic!("load {}: {e}", path.display()),
    }

    // The cache alone: re-serialize one claim and assemble the bytes.
    let mut cache = match JsonCache::new(&ours) {
        Ok(cache) => cache,
        Err(e) => panic!("cache: {e}"),
    };
    let mut m = 0;
    group.bench_function("cache_update_one_claim_and_assemble", |b| {
        b.iter(|| {
            m += 1;
            let changes = change_one_verdict(&mut ours, m, &stamp);
            match cache.update(&ours, &changes) {
                Ok(revert) => drop(revert),
                Err(e) => panic!("update: {e}"),
            }
            black_box(cache.to_bytes())
        })
    });

    // The floor of any save: the atomic write alone (temporary file,
    // fsync, backup, rename, folder fsync) of bytes already serialized.
    let bytes = store::to_json(file).into_bytes();
    group.bench_function("write_atomic_only", |b| {
        b.iter(|| {
            if let Err(e) = store::write_atomic(&path, black_box(&bytes)) {
                panic!("write: {e}");
            }
        })
    });

    // The cold path: the first save of a session, or after a structural
    // change (serialize every claim, write atomically); same file as
    // `store_1000_claims/save_atomic_fsync`.
    group.bench_function("cold_full_save", |b| {
        b.iter(|| match JsonCache::new(black_box(file)) {
            Ok(cache) => {
                if let Err(e) = cache.save(&path) {
                    panic!("save: {e}");
                }
            }
            Err(e) => panic!("cache: {e}"),
        })
    });
    group.finish();
}

/// 100,000 claims: the interface thread per verdict key while the writer
/// thread saves, and the writer's own save time.
fn writer_thread(c: &mut Criterion, file: ReviewFile, article: String, dir: &Path) {
    let claims = file.claims.len();
    let path = dir.join(format!("writer-{claims}.json"));
    if let Err(e) = store::save(&path, &file) {
        panic!("save {}: {e}", path.display());
    }
    let mut group = c.benchmark_group(format!("writer_thread_{claims}_claims"));
    group.sample_size(if full_size() { 30 } else { 10 });

    let mut state = initial_state(
        file.clone(),
        article,
        "Bench Reviewer".to_string(),
        &Config {
            // Stay on the claim: the key changes a verdict every time.
            auto_advance: false,
            ..Config::default()
        },
        StartOptions::default(),
    );
    update(&mut state, Action::Resize(200, 60));
    update(&mut state, Action::First);
    let mut persist = FilePersist::new(&path, file.clone(), "Bench Reviewer");
    let keys = [
        Action::MarkVerified,
        Action::MarkDisputed,
        Action::MarkUnverified,
    ];
    let started = std::thread::scope(|scope| {
        let mirror = match persist.take_loaded() {
            Some(mirror) => mirror,
            None => panic!("FilePersist hands over the file it loaded"),
        };
        let mut writer = match Writer::spawn(scope, &mut persist, mirror) {
            Ok(writer) => writer,
            Err(e) => panic!("writer thread: {e}"),
        };
        // Each key marks the next claim (the selection moves outside the
        // timing), so no claim's history grows without bound.
        let mut n = 0;
        let next_claim = |state: &mut factdesk_tui::State| {
            if state.selected + 1 >= state.visible.len() {
                update(state, Action::First);
            } else {
                update(state, Action::MoveDown);
            }
        };
        // The save's share of a key on the interface thread: handing the
        // changed claim to the writer and reading its reports.
        group.bench_function("interface_hand_over_per_verdict_key", |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    n += 1;
                    next_claim(&mut state);
                    update(&mut state, keys[n % 3].clone());
                    let start = Instant::now();
                    writer.poll(&mut state);
                    writer.hand_over(&mut state);
                    spent += start.elapsed();
                }
                spent
            })
        });
        let busy_at_end = writer.busy();
        // The whole key on the interface thread: update (verdict, history,
        // undo step, counts, list) and hand-over.
        group.bench_function("interface_whole_verdict_key", |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    n += 1;
                    next_claim(&mut state);
                    let start = Instant::now();
                    update(&mut state, keys[n % 3].clone());
                    writer.poll(&mut state);
                    writer.hand_over(&mut state);
                    spent += start.elapsed();
                }
                spent
            })
        });
        // CPU time beside the wall time (the writer competes for the two
        // cores): median of 101 hand-overs, and of 101 whole keys.
        let mut hand_over_cpu = Vec::new();
        let mut key_cpu = Vec::new();
        for _ in 0..101 {
            n += 1;
            next_claim(&mut state);
            let key_start = cpu_time::thread_cpu();
            update(&mut state, keys[n % 3].clone());
            let start = cpu_time::thread_cpu();
            writer.poll(&mut state);
            writer.hand_over(&mut state);
            let end = cpu_time::thread_cpu();
            hand_over_cpu.push(end.saturating_sub(start));
            key_cpu.push(end.saturating_sub(key_start));
        }
        hand_over_cpu.sort();
        key_cpu.sort();
        eprintln!(
            "{claims} claims, CPU time median: hand-over {:.1} µs, whole verdict key {:.3} ms (save in flight: {})",
            hand_over_cpu[50].as_secs_f64() * 1e6,
            key_cpu[50].as_secs_f64() * 1e3,
            writer.busy()
        );
        let waited = Instant::now();
        writer.finish(&mut state);
        eprintln!(
            "{claims} claims: a save was in flight at the end of the hand-over bench: {busy_at_end}; the exit waited {:.0} ms for the last save",
            waited.elapsed().as_secs_f64() * 1e3
        );
        state.file.clone()
    });
    match store::load(&path) {
        Ok(on_disk) if on_disk == started => {}
        Ok(_) => panic!("the writer thread did not save the interface's file"),
        Err(e) => panic!("load {}: {e}", path.display()),
    }

    // The writer's own time per save after one verdict, outside the thread.
    let stamp = stamp();
    let mut ours = started;
    let mut persist = FilePersist::new(&path, ours.clone(), "Bench Reviewer");
    let _ = persist.take_loaded();
    persist.prepare(&ours);
    let mut m = 0;
    let mut save_one = |ours: &mut ReviewFile, persist: &mut FilePersist| {
        m += 1;
        let changes = change_one_verdict(ours, m, &stamp);
        match persist.save(ours, &changes) {
            Ok(factdesk_tui::Saved::Written) => {}
            Ok(other) => panic!("unexpected save outcome {other:?}"),
            Err(e) => panic!("save: {e}"),
        }
    };
    save_one(&mut ours, &mut persist);
    let cpu = cpu_time::median_cpu(5, || save_one(&mut ours, &mut persist));
    eprintln!(
        "{claims} claims: writer save after one verdict, CPU time median {:.1} ms",
        cpu.as_secs_f64() * 1e3
    );
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.bench_function("writer_save_after_one_verdict", |b| {
        b.iter(|| save_one(&mut ours, &mut persist))
    });
    group.finish();
}

fn save_load(c: &mut Criterion, file: &ReviewFile, dir: &Path) {
    let claims = file.claims.len();
    let json = store::to_json(file);
    let path = dir.join(format!("review-{claims}.json"));
    if let Err(e) = store::save(&path, file) {
        panic!("save {}: {e}", path.display());
    }
    eprintln!(
        "review of {claims} claims: {:.2} MB of JSON",
        json.len() as f64 / 1e6
    );
    let mut group = c.benchmark_group(format!("store_{claims}_claims"));
    group.throughput(Throughput::BytesDecimal(json.len() as u64));
    if claims > 10_000 {
        // Hundreds of megabytes per run: one run per sample.
        group.sample_size(10);
        group.sampling_mode(SamplingMode::Flat);
    } else {
        group.sample_size(50);
    }
    group.bench_function("save_atomic_fsync", |b| {
        b.iter(|| {
            if let Err(e) = store::save(&path, black_box(file)) {
                panic!("save {}: {e}", path.display());
            }
        })
    });
    group.bench_function("to_json", |b| b.iter(|| store::to_json(black_box(file))));
    group.bench_function("load_and_validate", |b| {
        b.iter(|| match store::load(black_box(&path)) {
            Ok(file) => file,
            Err(e) => panic!("load {}: {e}", path.display()),
        })
    });
    group.finish();
}

fn store_benches(c: &mut Criterion) {
    let dir = match tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")) {
        Ok(d) => d,
        Err(e) => panic!("temp dir: {e}"),
    };
    let small = reviewed(1_000, 64 << 10);
    save_load(c, &small, dir.path());
    incremental(c, &small, dir.path());
    let (large, article) = if full_size() {
        reviewed_with_article(100_000, 20 << 20)
    } else {
        reviewed_with_article(5_000, 1 << 20)
    };
    save_load(c, &large, dir.path());
    writer_thread(c, large, article, dir.path());
}

criterion_group!(benches, store_benches);
criterion_main!(benches);
