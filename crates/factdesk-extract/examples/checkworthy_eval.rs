//! Evaluates the check-worthiness score on labelled sentence sets.
//!
//! `cargo run --release -p factdesk-extract --example checkworthy_eval -- FILE... [--signals] [--misses N]`
//!
//! Reads each file by its extension:
//! - `.json`: ClaimBuster (`3xNCS.json`), a list of `{"label", "text", …}`
//!   (label 1 = check-worthy factual sentence);
//! - `.csv`: CLEF 2019 CheckThat! Task 1 (`line_number, speaker, text,
//!   label, file_name`): debate and speech transcripts, one ranking per
//!   transcript;
//! - `.tsv`: CLEF 2020 CheckThat! Task 1 (`tweet_text` and
//!   `check_worthiness` or `claim_worthiness`): English tweets.
//!
//! Each sentence is scored on its own with `score_sentence(text,
//! Language::En)`. Printed per file: ROC AUC (ties count half), average
//! precision of the whole ranking (ties broken against the score: positives
//! last), and, for files made of several transcripts, the official CLEF 2019
//! measure, mean average precision over the transcripts, with the mean
//! precision at 10. `--signals` adds the AUC of each signal's presence alone;
//! `--misses N` prints the N highest-scored negatives and the N
//! lowest-scored positives, to read what the score gets wrong.

use std::collections::BTreeMap;
use std::process::ExitCode;

use factdesk_extract::{Language, score_sentence};
use serde::Deserialize;

/// One labelled sentence.
struct Row {
    text: String,
    positive: bool,
    /// The transcript (CLEF 2019) or the whole file.
    group: String,
}

#[derive(Deserialize)]
struct ClaimBusterRow {
    label: u8,
    text: String,
}

fn read(path: &str) -> Result<Vec<Row>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    if path.ends_with(".json") {
        let rows: Vec<ClaimBusterRow> = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        return Ok(rows
            .into_iter()
            .map(|r| Row {
                text: r.text,
                positive: r.label == 1,
                group: String::new(),
            })
            .collect());
    }
    let tab = path.ends_with(".tsv");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if tab { b'\t' } else { b',' })
        .quoting(!tab)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let column = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h))
            .ok_or_else(|| format!("no column named {}", names.join(" or ")))
    };
    let (text_at, label_at) = if tab {
        (
            column(&["tweet_text"])?,
            column(&["check_worthiness", "claim_worthiness"])?,
        )
    } else {
        (column(&["text"])?, column(&["label"])?)
    };
    let group_at = column(&["file_name"]).ok();
    let mut rows = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("record {}: {e}", line + 1))?;
        let field = |at: usize| record.get(at).unwrap_or_default();
        rows.push(Row {
            text: field(text_at).to_string(),
            positive: field(label_at).trim() == "1",
            group: group_at.map(field).unwrap_or_default().to_string(),
        });
    }
    Ok(rows)
}

/// ROC AUC by the rank-sum (Mann–Whitney) formula, ties averaged.
fn auc(scored: &[(f64, bool)]) -> f64 {
    let mut scored = scored.to_vec();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let positives = scored.iter().filter(|s| s.1).count() as f64;
    let negatives = scored.len() as f64 - positives;
    if positives == 0.0 || negatives == 0.0 {
        return f64::NAN;
    }
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < scored.len() {
        let mut j = i;
        while j < scored.len() && scored[j].0 == scored[i].0 {
            j += 1;
        }
        let average_rank = (i + 1 + j) as f64 / 2.0;
        rank_sum += average_rank * scored[i..j].iter().filter(|s| s.1).count() as f64;
        i = j;
    }
    (rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives)
}

/// The ranking by score, highest first; among equal scores the negatives
/// come first, so a constant score earns nothing.
fn ranking(scored: &[(f64, bool)]) -> Vec<bool> {
    let mut sorted = scored.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    sorted.into_iter().map(|s| s.1).collect()
}

/// Average precision: the mean, over the positives, of the precision at
/// each one's rank.
fn average_precision(ranked: &[bool]) -> f64 {
    let mut found = 0.0;
    let mut sum = 0.0;
    for (rank, &positive) in ranked.iter().enumerate() {
        if positive {
            found += 1.0;
            sum += found / (rank + 1) as f64;
        }
    }
    if found == 0.0 { f64::NAN } else { sum / found }
}

fn precision_at(ranked: &[bool], k: usize) -> f64 {
    ranked.iter().take(k).filter(|&&p| p).count() as f64 / k as f64
}

fn main() -> ExitCode {
    let mut paths = Vec::new();
    let mut signals = false;
    let mut misses = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--signals" => signals = true,
            "--misses" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => misses = n,
                None => {
                    eprintln!("checkworthy_eval: --misses needs a number");
                    return ExitCode::from(2);
                }
            },
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("usage: checkworthy_eval FILE.{{json,csv,tsv}}... [--signals] [--misses N]");
        return ExitCode::from(2);
    }
    for path in paths {
        let rows = match read(&path) {
            Ok(rows) => rows,
            Err(err) => {
                eprintln!("checkworthy_eval: cannot read {path}: {err}");
                return ExitCode::from(1);
            }
        };
        evaluate(&path, &rows, signals, misses);
    }
    ExitCode::SUCCESS
}

fn evaluate(path: &str, rows: &[Row], signals: bool, misses: usize) {
    let mut scored = Vec::with_capacity(rows.len());
    let mut by_signal: BTreeMap<String, Vec<bool>> = BTreeMap::new();
    for (index, row) in rows.iter().enumerate() {
        let (score, found) = score_sentence(&row.text, Language::En);
        scored.push((score, row.positive));
        for signal in found {
            by_signal
                .entry(signal.name)
                .or_insert_with(|| vec![false; rows.len()])[index] = true;
        }
    }
    let positives = scored.iter().filter(|s| s.1).count();
    println!(
        "{path}: {} sentences ({positives} check-worthy), ROC AUC of score: {:.4}, average precision {:.4}",
        rows.len(),
        auc(&scored),
        average_precision(&ranking(&scored)),
    );
    let mut groups: BTreeMap<&str, Vec<(f64, bool)>> = BTreeMap::new();
    for (row, &s) in rows.iter().zip(&scored) {
        groups.entry(&row.group).or_default().push(s);
    }
    if groups.len() > 1 {
        let ranked: Vec<Vec<bool>> = groups
            .values()
            .map(|g| ranking(g))
            .filter(|r| r.contains(&true))
            .collect();
        let n = ranked.len() as f64;
        println!(
            "  over {} transcripts with a check-worthy sentence: MAP {:.4}, mean P@10 {:.4}, mean AUC {:.4}",
            ranked.len(),
            ranked.iter().map(|r| average_precision(r)).sum::<f64>() / n,
            ranked.iter().map(|r| precision_at(r, 10)).sum::<f64>() / n,
            groups
                .values()
                .map(|g| auc(g))
                .filter(|a| !a.is_nan())
                .sum::<f64>()
                / n,
        );
    }
    if signals {
        for (name, present) in by_signal {
            let single: Vec<(f64, bool)> = present
                .iter()
                .zip(rows)
                .map(|(&p, row)| (if p { 1.0 } else { 0.0 }, row.positive))
                .collect();
            let count = present.iter().filter(|&&p| p).count();
            println!(
                "  {name:16} fires on {count:5}, AUC alone {:.4}",
                auc(&single)
            );
        }
    }
    if misses > 0 {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by(|&a, &b| scored[b].0.total_cmp(&scored[a].0));
        println!("  highest-scored sentences not labelled check-worthy:");
        for &i in order.iter().filter(|&&i| !rows[i].positive).take(misses) {
            println!("    {:.3}  {}", scored[i].0, rows[i].text);
        }
        println!("  lowest-scored sentences labelled check-worthy:");
        for &i in order
            .iter()
            .rev()
            .filter(|&&i| rows[i].positive)
            .take(misses)
        {
            println!("    {:.3}  {}", scored[i].0, rows[i].text);
        }
    }
}
