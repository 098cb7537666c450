//! Extraction throughput on a mixed Indonesian/English corpus of at least
//! 10 MB built from `benches/corpus/`, beside a plain memchr scan of the
//! same bytes (the memory-bandwidth floor) from the same run.
//!
//! `cargo bench --bench extract`. Under `cargo test` (no `--bench` flag)
//! the input shrinks to 256 KB so the test run stays quick.

#[path = "support/cpu_time.rs"]
mod cpu_time;
#[path = "support/inputs.rs"]
mod inputs;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn input_size() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        10 << 20
    } else {
        256 << 10
    }
}

fn extraction(c: &mut Criterion) {
    let articles = inputs::article_set(input_size());
    let text = articles.join("\n\n");
    let megabytes = text.len() as f64 / 1e6;
    let runs = if input_size() > 1 << 20 { 5 } else { 1 };
    let floor = cpu_time::median_cpu(runs, || memchr::memchr_iter(b'\n', text.as_bytes()).count());
    let extraction = cpu_time::median_cpu(runs, || {
        articles
            .iter()
            .map(|a| factdesk_extract::extract(a, None).claims.len())
            .sum::<usize>()
    });
    eprintln!(
        "CPU time over {megabytes:.1} MB ({} articles), median of {runs}: extraction {:.1} MB/s, memchr newline scan {:.0} MB/s",
        articles.len(),
        megabytes / extraction.as_secs_f64(),
        megabytes / floor.as_secs_f64()
    );
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::BytesDecimal(text.len() as u64));
    group.sample_size(10);
    group.bench_function("memchr_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count())
    });
    group.bench_function("find_quantities_per_article", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let lang = factdesk_extract::detect_language(a);
                    factdesk_numbers::find_quantities(black_box(a), lang).len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("extract_per_article", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| factdesk_extract::extract(black_box(a), None).claims.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
