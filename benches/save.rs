//! Saving and loading review files (issue 6): `store::save` of a review of
//! 1,000 claims (target < 5 ms) and of 100,000 claims, `store::to_json`
//! alone (the part a writer thread cannot hide from the caller unless it
//! serializes off the interface thread), and `store::load`.
//!
//! The reviews come from real extractions (`inputs::review_with_claims`),
//! with a reviewer's work on every third claim (verdict, note and one
//! source), so the files look like reviews in progress, not fresh ones.
//!
//! `cargo bench --bench save`. Under `cargo test` (no `--bench` flag) the
//! large review has 5,000 claims instead of 100,000.

#[path = "support/inputs.rs"]
mod inputs;

use std::hint::black_box;
use std::path::Path;

use chrono::DateTime;
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use factdesk_review::edit::Stamp;
use factdesk_review::{ReviewFile, Source, Verdict, store};

fn full_size() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// A review of `claims` claims with a reviewer's work on every third one.
fn reviewed(claims: usize, min_article_bytes: usize) -> ReviewFile {
    let (mut file, _) = inputs::review_with_claims(claims, min_article_bytes);
    let at = match DateTime::parse_from_rfc3339("2026-02-03T09:00:00+07:00") {
        Ok(at) => at,
        Err(e) => panic!("fixed timestamp: {e}"),
    };
    let stamp = Stamp {
        reviewer: "Bench Reviewer".to_string(),
        at,
    };
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
    file
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
    let large = if full_size() {
        reviewed(100_000, 20 << 20)
    } else {
        reviewed(5_000, 1 << 20)
    };
    save_load(c, &large, dir.path());
}

criterion_group!(benches, store_benches);
criterion_main!(benches);
