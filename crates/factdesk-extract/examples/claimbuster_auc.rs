//! Evaluates the check-worthiness score on a labelled ClaimBuster file.
//!
//! `cargo run --release -p factdesk-extract --example claimbuster_auc -- 3xNCS.json`
//!
//! The file is a JSON list of `{"sentence_id", "label", "text"}` (label 1 =
//! check-worthy factual sentence, 0 = not). Each sentence is scored on its
//! own with `score_sentence(text, Language::En)`; the program prints the ROC
//! AUC of that score against the label (ties count half), and the AUC of
//! each single signal's presence, to show what carries the ranking.

use std::collections::BTreeMap;
use std::process::ExitCode;

use factdesk_extract::{Language, score_sentence};
use serde::Deserialize;

#[derive(Deserialize)]
struct Row {
    label: u8,
    text: String,
}

/// ROC AUC by the rank-sum (Mann–Whitney) formula, ties averaged.
fn auc(scored: &mut [(f64, bool)]) -> f64 {
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

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: claimbuster_auc FILE.json");
        return ExitCode::from(2);
    };
    let rows: Vec<Row> = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(rows) => rows,
        Err(err) => {
            eprintln!("claimbuster_auc: cannot read {path}: {err}");
            return ExitCode::from(1);
        }
    };
    let mut scored = Vec::with_capacity(rows.len());
    let mut by_signal: BTreeMap<String, Vec<bool>> = BTreeMap::new();
    for (index, row) in rows.iter().enumerate() {
        let (score, signals) = score_sentence(&row.text, Language::En);
        scored.push((score, row.label == 1));
        for signal in signals {
            by_signal
                .entry(signal.name)
                .or_insert_with(|| vec![false; rows.len()])[index] = true;
        }
    }
    let positives = scored.iter().filter(|s| s.1).count();
    println!(
        "{} sentences ({positives} check-worthy), ROC AUC of score: {:.4}",
        rows.len(),
        auc(&mut scored)
    );
    for (name, present) in by_signal {
        let mut single: Vec<(f64, bool)> = present
            .iter()
            .zip(&rows)
            .map(|(&p, row)| (if p { 1.0 } else { 0.0 }, row.label == 1))
            .collect();
        let count = present.iter().filter(|&&p| p).count();
        println!(
            "  {name:16} fires on {count:5}, AUC alone {:.4}",
            auc(&mut single)
        );
    }
    ExitCode::SUCCESS
}
