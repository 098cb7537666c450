//! Measures `extract` throughput on one core.
//!
//! `cargo run --release -p factdesk-extract --example throughput -- FILE_OR_DIR...`
//!
//! Reads every `.txt` file given (directories are scanned one level deep),
//! repeats the set until it reaches at least 10 MB, extracts each article
//! separately, and prints MB/s (1 MB = 10^6 bytes) for the best of 3 runs.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use factdesk_extract::extract;

const TARGET_BYTES: usize = 10_000_000;

fn main() -> ExitCode {
    let mut files: Vec<PathBuf> = Vec::new();
    for arg in std::env::args().skip(1) {
        let path = PathBuf::from(&arg);
        if path.is_dir() {
            match std::fs::read_dir(&path) {
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                        .collect();
                    found.sort();
                    files.extend(found);
                }
                Err(err) => {
                    eprintln!("throughput: cannot list {arg}: {err}");
                    return ExitCode::from(1);
                }
            }
        } else {
            files.push(path);
        }
    }
    let mut articles = Vec::new();
    for file in &files {
        match std::fs::read_to_string(file) {
            Ok(text) => articles.push(text),
            Err(err) => {
                eprintln!("throughput: cannot read {}: {err}", file.display());
                return ExitCode::from(1);
            }
        }
    }
    let one_pass: usize = articles.iter().map(String::len).sum();
    if one_pass == 0 {
        eprintln!("usage: throughput FILE_OR_DIR... (with some non-empty .txt files)");
        return ExitCode::from(2);
    }
    let repeats = TARGET_BYTES.div_ceil(one_pass);
    let total = one_pass * repeats;
    let mut best = f64::INFINITY;
    let mut claims = 0usize;
    for _ in 0..3 {
        let started = Instant::now();
        claims = 0;
        for _ in 0..repeats {
            for article in &articles {
                claims += extract(article, None).claims.len();
            }
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "{} articles x {repeats} = {:.1} MB, {claims} claims, best of 3: {:.3} s, {:.1} MB/s",
        articles.len(),
        total as f64 / 1e6,
        best,
        total as f64 / 1e6 / best
    );
    ExitCode::SUCCESS
}
