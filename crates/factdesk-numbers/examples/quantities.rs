//! Prints the quantities of a file (or stdin) and, with `--bench`, the throughput.
//!
//! `cargo run --release -p factdesk-numbers --example quantities -- FILE [id|en] [--bench]`

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
    if bench {
        let reps = (20_000_000 / text.len().max(1)).max(1);
        let start = Instant::now();
        let mut n = 0;
        for _ in 0..reps {
            n += find_quantities(&text, lang).len();
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{:.1} MB/s ({} quantities per pass)",
            (text.len() * reps) as f64 / secs / 1e6,
            n / reps
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
