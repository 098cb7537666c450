//! Measures `extract` throughput on one core.
//!
//! `cargo run --release -p factdesk-extract --example throughput -- [--once | --passes N] [--extract-only] FILE_OR_DIR...`
//!
//! Reads every `.txt` file given (directories are scanned one level deep),
//! repeats the set until it reaches at least 10 MB, extracts each article
//! separately, and prints MB/s (1 MB = 10^6 bytes) for the best of 3 runs.
//!
//! On a shared machine wall time mostly measures the neighbours, so it also
//! prints the thread's CPU time (Linux `/proc/thread-self/schedstat`), and
//! from the same runs the share of `factdesk_numbers::find_quantities` and
//! a plain newline scan (memchr) of the same text as the memory floor.
//! `--extract-only` skips those two, so a profiler sees only `extract()`.
//!
//! `--once` extracts each article once and `--passes N` N times, untimed,
//! for `valgrind --tool=callgrind`: the difference between the counts of
//! `--passes 2` and `--once` is the cost of a pass without the one-time
//! building of the automata and tables.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use factdesk_extract::{detect_language, extract};

const TARGET_BYTES: usize = 10_000_000;

fn main() -> ExitCode {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut passes: Option<usize> = None;
    let mut extract_only = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--once" {
            passes = Some(1);
            continue;
        }
        if arg == "--passes" {
            match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => passes = Some(n),
                None => {
                    eprintln!("throughput: --passes needs a number");
                    return ExitCode::from(2);
                }
            }
            continue;
        }
        if arg == "--extract-only" {
            extract_only = true;
            continue;
        }
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
    if let Some(passes) = passes {
        // Untimed extractions, for instruction counts under
        // `valgrind --tool=callgrind`.
        let mut claims = 0;
        for _ in 0..passes {
            claims += articles
                .iter()
                .map(|a| extract(a, None).claims.len())
                .sum::<usize>();
        }
        println!(
            "{} articles, {one_pass} bytes, {passes} passes, {claims} claims",
            articles.len()
        );
        return ExitCode::SUCCESS;
    }
    let repeats = TARGET_BYTES.div_ceil(one_pass);
    let total = one_pass * repeats;
    let mut best = Best::default();
    let mut best_quantities = Best::default();
    let mut best_scan = Best::default();
    let mut claims = 0usize;
    for _ in 0..3 {
        claims = 0;
        best.time(|| {
            for _ in 0..repeats {
                for article in &articles {
                    claims += extract(article, None).claims.len();
                }
            }
        });
        if extract_only {
            continue;
        }
        best_quantities.time(|| {
            for _ in 0..repeats {
                for article in &articles {
                    let found =
                        factdesk_numbers::find_quantities(article, detect_language(article));
                    std::hint::black_box(found);
                }
            }
        });
        best_scan.time(|| {
            for _ in 0..repeats {
                for article in &articles {
                    std::hint::black_box(memchr::memchr_iter(b'\n', article.as_bytes()).count());
                }
            }
        });
    }
    let mb = total as f64 / 1e6;
    println!(
        "{} articles x {repeats} = {mb:.1} MB, {claims} claims, best of 3",
        articles.len()
    );
    println!("extract():            {}", best.report(mb));
    println!("  find_quantities:    {}", best_quantities.report(mb));
    if let (Some(all), Some(numbers)) = (best.cpu, best_quantities.cpu) {
        println!(
            "  split (CPU): find_quantities {:.0}%, the rest {:.3} s = {:.1} MB/s",
            numbers / all * 100.0,
            all - numbers,
            mb / (all - numbers)
        );
    }
    println!("newline scan (memchr): {}", best_scan.report(mb));
    ExitCode::SUCCESS
}

/// Best (lowest) wall and CPU times over several runs.
#[derive(Default)]
struct Best {
    wall: Option<f64>,
    cpu: Option<f64>,
}

impl Best {
    fn time(&mut self, work: impl FnOnce()) {
        let cpu_start = thread_cpu_seconds();
        let started = Instant::now();
        work();
        let wall = started.elapsed().as_secs_f64();
        let cpu = cpu_start.zip(thread_cpu_seconds()).map(|(a, b)| b - a);
        self.wall = Some(self.wall.map_or(wall, |best| best.min(wall)));
        if let Some(cpu) = cpu {
            self.cpu = Some(self.cpu.map_or(cpu, |best| best.min(cpu)));
        }
    }

    fn report(&self, mb: f64) -> String {
        let wall = self.wall.unwrap_or(f64::NAN);
        let mut line = format!("wall {wall:.3} s = {:.1} MB/s", mb / wall);
        // schedstat advances with the scheduler tick: below a few
        // milliseconds the CPU figure means nothing.
        if let Some(cpu) = self.cpu.filter(|&cpu| cpu > 0.05) {
            line.push_str(&format!(", CPU {cpu:.3} s = {:.1} MB/s", mb / cpu));
        }
        line
    }
}

/// This thread's time on a CPU so far, from Linux's schedstat (nanoseconds
/// on the CPU, the first field); `None` elsewhere.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos as f64 / 1e9)
}
