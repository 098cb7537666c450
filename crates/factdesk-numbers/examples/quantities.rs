//! Prints the quantities of a file (or stdin) and, with `--bench`, the throughput.
//!
//! `cargo run --release -p factdesk-numbers --example quantities -- FILE [id|en] [--bench | --once]`
//!
//! `--bench` repeats the search over about 20 MB and prints MB/s by wall time and
//! by this process's CPU time (from `/proc/self/schedstat`, so other load on a
//! shared machine does not skew it); `--once` runs one pass and prints only the
//! count, for instruction counting under `valgrind --tool=callgrind`.

use std::io::Read;
use std::time::Instant;

use factdesk_numbers::{Language, find_quantities};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args
        .iter()
        .find_map(|a| Language::from_code(a))
        .unwrap_or(Language::Id);
    let bench = args.iter().any(|a| a == "--bench");
    let once = args.iter().any(|a| a == "--once");
    let mut text = String::new();
    match args
        .iter()
        .find(|a| !a.starts_with("--") && Language::from_code(a).is_none())
    {
        Some(path) if path != "-" => {
            text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?
        }
        _ => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    if once {
        println!("{} quantities", find_quantities(&text, lang).len());
        return Ok(());
    }
    if bench {
        // one warm-up pass builds the word tables
        let per_pass = find_quantities(&text, lang).len();
        let reps = (20_000_000 / text.len().max(1)).max(1);
        let cpu_start = cpu_time_ns();
        let start = Instant::now();
        for _ in 0..reps {
            std::hint::black_box(find_quantities(std::hint::black_box(&text), lang));
        }
        let secs = start.elapsed().as_secs_f64();
        let bytes = (text.len() * reps) as f64;
        let cpu = match (cpu_start, cpu_time_ns()) {
            (Some(a), Some(b)) if b > a => {
                format!("{:.1} MB/s CPU time", bytes / ((b - a) as f64 / 1e9) / 1e6)
            }
            _ => "CPU time unavailable".to_string(),
        };
        println!(
            "{:.1} MB/s wall, {cpu} ({} bytes x {reps} passes, {per_pass} quantities per pass)",
            bytes / secs / 1e6,
            text.len(),
        );
        return Ok(());
    }
    for q in find_quantities(&text, lang) {
        println!(
            "{:?}\t{:?}\tv={:?} [{:?},{:?}] unit={:?} approx={:?}",
            q.text, q.category, q.value, q.low, q.high, q.unit, q.approx
        );
    }
    Ok(())
}

/// Nanoseconds this process has spent on a CPU (Linux only).
fn cpu_time_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}
