//! How much several reviewers of one article agree.
//!
//! Fact-checkers who review the same article apart want to know whether
//! their disagreements are noise or a pattern, so a merge reports raw
//! percent agreement plus a chance-corrected kappa: Cohen's for two
//! reviewers, Fleiss' for three or more.
//!
//! # What counts as an item
//!
//! The categories are the three verdicts. Kappa needs every rater to have
//! rated every item, so only *complete* items count: a claim is an item
//! when every reviewer gave it a verdict. A claim someone left pending (or
//! dismissed, or never had because it was added by hand in another file)
//! is left out of the statistics; [`merge`](crate::merge) reports such
//! claims separately so they are not silently forgotten.

use std::collections::HashMap;

use crate::model::{ClaimStatus, ReviewFile, Verdict};

/// Agreement statistics over the items every rater rated.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// How many raters (review files) took part.
    pub raters: usize,
    /// How many items every rater rated; the statistics cover these only.
    pub items: usize,
    /// Observed agreement in percent (0..=100): for two raters the share of
    /// items they gave the same verdict; for more, the mean share of
    /// agreeing rater pairs per item (Fleiss' P̄). `None` without items.
    pub percent: Option<f64>,
    /// Share of items (percent) on which all raters gave the same verdict.
    /// `None` without items.
    pub unanimous_percent: Option<f64>,
    /// Cohen's kappa, for exactly two raters. `None` for another number of
    /// raters, without items, or when it is undefined because chance
    /// agreement is total (both raters used one and the same verdict for
    /// every item, so `p_e = 1` and kappa is 0/0).
    pub cohen_kappa: Option<f64>,
    /// Fleiss' kappa, for three or more raters. `None` for fewer raters,
    /// without items, or when undefined because every rating used the same
    /// verdict (`P̄_e = 1`).
    pub fleiss_kappa: Option<f64>,
}

/// Computes agreement from a rating table: one row per item, one column per
/// rater, `None` where that rater gave no verdict.
///
/// Rows that are not complete (any `None`, or shorter than `raters`) are
/// skipped, as explained in the module docs.
pub fn agreement(raters: usize, rows: &[Vec<Option<Verdict>>]) -> Agreement {
    let complete: Vec<Vec<Verdict>> = rows
        .iter()
        .filter(|row| row.len() == raters)
        .filter_map(|row| row.iter().copied().collect::<Option<Vec<Verdict>>>())
        .collect();
    let items = complete.len();
    if raters < 2 || items == 0 {
        return Agreement {
            raters,
            items,
            percent: None,
            unanimous_percent: None,
            cohen_kappa: None,
            fleiss_kappa: None,
        };
    }
    let unanimous = complete
        .iter()
        .filter(|row| row.iter().all(|v| Some(v) == row.first()))
        .count();
    let (observed, fleiss) = fleiss(raters, &complete);
    Agreement {
        raters,
        items,
        percent: Some(observed * 100.0),
        unanimous_percent: Some(unanimous as f64 / items as f64 * 100.0),
        cohen_kappa: if raters == 2 { cohen(&complete) } else { None },
        fleiss_kappa: if raters >= 3 { fleiss } else { None },
    }
}

/// Agreement between review files of one article, each file one rater.
///
/// A claim is an item when every file has it, active, with a verdict.
pub fn agreement_of_files(files: &[ReviewFile]) -> Agreement {
    let per_file: Vec<HashMap<&str, Verdict>> = files
        .iter()
        .map(|file| {
            file.claims
                .iter()
                .filter(|claim| claim.status == ClaimStatus::Active)
                .filter_map(|claim| Some((claim.id.as_str(), claim.verdict_value()?)))
                .collect()
        })
        .collect();
    let rows: Vec<Vec<Option<Verdict>>> = match files.first() {
        Some(first) => first
            .claims
            .iter()
            .map(|claim| {
                per_file
                    .iter()
                    .map(|verdicts| verdicts.get(claim.id.as_str()).copied())
                    .collect()
            })
            .collect(),
        None => Vec::new(),
    };
    agreement(files.len(), &rows)
}

fn category(verdict: Verdict) -> usize {
    match verdict {
        Verdict::Verified => 0,
        Verdict::Disputed => 1,
        Verdict::Unverified => 2,
    }
}

/// Cohen's kappa over complete two-rater rows: `(p_o - p_e) / (1 - p_e)`.
fn cohen(rows: &[Vec<Verdict>]) -> Option<f64> {
    let n = rows.len() as f64;
    let mut first = [0.0f64; 3];
    let mut second = [0.0f64; 3];
    let mut agree = 0.0;
    for row in rows {
        let (&a, &b) = (row.first()?, row.get(1)?);
        first[category(a)] += 1.0;
        second[category(b)] += 1.0;
        if a == b {
            agree += 1.0;
        }
    }
    let p_o = agree / n;
    let p_e: f64 = (0..3).map(|k| (first[k] / n) * (second[k] / n)).sum();
    kappa(p_o, p_e)
}

/// Fleiss' observed agreement P̄ and kappa over complete rows.
fn fleiss(raters: usize, rows: &[Vec<Verdict>]) -> (f64, Option<f64>) {
    let n = raters as f64;
    let mut totals = [0.0f64; 3];
    let mut p_bar = 0.0;
    for row in rows {
        let mut counts = [0.0f64; 3];
        for &verdict in row {
            counts[category(verdict)] += 1.0;
        }
        for k in 0..3 {
            totals[k] += counts[k];
        }
        let squares: f64 = counts.iter().map(|c| c * c).sum();
        p_bar += (squares - n) / (n * (n - 1.0));
    }
    let items = rows.len() as f64;
    p_bar /= items;
    let p_e: f64 = totals.iter().map(|t| (t / (items * n)).powi(2)).sum();
    (p_bar, kappa(p_bar, p_e))
}

fn kappa(observed: f64, chance: f64) -> Option<f64> {
    // Chance agreement of 1 means every rating fell in one category: kappa
    // is 0/0, undefined rather than perfect.
    if (1.0 - chance).abs() < 1e-12 {
        None
    } else {
        Some((observed - chance) / (1.0 - chance))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::{Disputed as D, Unverified as U, Verified as V};

    fn close(actual: Option<f64>, expected: f64) -> bool {
        actual.is_some_and(|a| (a - expected).abs() < 1e-9)
    }

    fn rows(pairs: &[&[Verdict]]) -> Vec<Vec<Option<Verdict>>> {
        pairs
            .iter()
            .map(|row| row.iter().copied().map(Some).collect())
            .collect()
    }

    #[test]
    fn cohen_two_raters_hand_computed() {
        // Ten items, raters A and B:
        //   A: V V V V V D D D U U
        //   B: V V V V D D D U U V
        // Agreements: items 1-4 (V), 6-7 (D), 9 (U) = 7, so p_o = 0.7.
        // Marginals A: V 5, D 3, U 2; B: V 5, D 3, U 2 (B has V at 1-4 and 10,
        // D at 5-7, U at 8-9).
        // p_e = 0.5*0.5 + 0.3*0.3 + 0.2*0.2 = 0.25 + 0.09 + 0.04 = 0.38.
        // kappa = (0.7 - 0.38) / (1 - 0.38) = 0.32 / 0.62 = 0.516129...
        let table = rows(&[
            &[V, V],
            &[V, V],
            &[V, V],
            &[V, V],
            &[V, D],
            &[D, D],
            &[D, D],
            &[D, U],
            &[U, U],
            &[U, V],
        ]);
        let result = agreement(2, &table);
        assert_eq!(result.items, 10);
        assert!(close(result.percent, 70.0));
        assert!(close(result.unanimous_percent, 70.0));
        assert!(close(result.cohen_kappa, 0.32 / 0.62));
        assert_eq!(result.fleiss_kappa, None);
    }

    #[test]
    fn cohen_worse_than_chance_is_negative() {
        // A: V D, B: D V. p_o = 0; marginals both V 1/2, D 1/2;
        // p_e = 0.25 + 0.25 = 0.5; kappa = (0 - 0.5) / 0.5 = -1.
        let result = agreement(2, &rows(&[&[V, D], &[D, V]]));
        assert!(close(result.percent, 0.0));
        assert!(close(result.cohen_kappa, -1.0));
    }

    #[test]
    fn perfect_agreement_on_one_verdict_leaves_kappa_undefined() {
        // Both raters say V on all three items: p_o = 1, p_e = 1*1 = 1,
        // kappa = 0/0: reported as None, while percent is 100.
        let result = agreement(2, &rows(&[&[V, V], &[V, V], &[V, V]]));
        assert!(close(result.percent, 100.0));
        assert_eq!(result.cohen_kappa, None);
    }

    #[test]
    fn perfect_agreement_over_several_verdicts_is_one() {
        // A = B = V, D, U: p_o = 1, p_e = 3 * (1/3)^2 = 1/3,
        // kappa = (1 - 1/3) / (1 - 1/3) = 1.
        let result = agreement(2, &rows(&[&[V, V], &[D, D], &[U, U]]));
        assert!(close(result.cohen_kappa, 1.0));
    }

    #[test]
    fn fleiss_three_raters_hand_computed() {
        // Four items, three raters:
        //   item 1: V V V  counts (3,0,0)  P_1 = (9 - 3) / 6 = 1
        //   item 2: V V D  counts (2,1,0)  P_2 = (4 + 1 - 3) / 6 = 1/3
        //   item 3: D D U  counts (0,2,1)  P_3 = 1/3
        //   item 4: U U U  counts (0,0,3)  P_4 = 1
        // P̄ = (1 + 1/3 + 1/3 + 1) / 4 = (8/3) / 4 = 2/3.
        // Totals over 12 ratings: V 5, D 3, U 4.
        // P̄_e = (5/12)^2 + (3/12)^2 + (4/12)^2 = (25 + 9 + 16) / 144 = 50/144.
        // kappa = (2/3 - 50/144) / (1 - 50/144) = (96/144 - 50/144) / (94/144)
        //       = 46/94 = 0.489361...
        let table = rows(&[&[V, V, V], &[V, V, D], &[D, D, U], &[U, U, U]]);
        let result = agreement(3, &table);
        assert_eq!(result.items, 4);
        assert!(close(result.percent, 200.0 / 3.0));
        assert!(close(result.unanimous_percent, 50.0));
        assert!(close(result.fleiss_kappa, 46.0 / 94.0));
        assert_eq!(result.cohen_kappa, None);
    }

    #[test]
    fn fleiss_all_one_verdict_is_undefined() {
        // Every rating V: P̄ = 1, P̄_e = 1, kappa = 0/0 -> None.
        let result = agreement(3, &rows(&[&[V, V, V], &[V, V, V]]));
        assert!(close(result.percent, 100.0));
        assert_eq!(result.fleiss_kappa, None);
    }

    #[test]
    fn two_raters_get_cohen_only() {
        // Two raters get Cohen only; Fleiss is reserved for three or more.
        let result = agreement(2, &rows(&[&[V, D], &[V, V]]));
        assert_eq!(result.fleiss_kappa, None);
        assert!(result.cohen_kappa.is_some());
    }

    #[test]
    fn incomplete_rows_are_skipped() {
        // Only the first row is rated by both; it agrees on V: percent 100,
        // kappa undefined (p_e = 1).
        let table = vec![
            vec![Some(V), Some(V)],
            vec![Some(D), None],
            vec![None, None],
            vec![Some(U)],
        ];
        let result = agreement(2, &table);
        assert_eq!(result.items, 1);
        assert!(close(result.percent, 100.0));
        assert_eq!(result.cohen_kappa, None);
    }

    #[test]
    fn no_common_items_gives_no_statistics() {
        let table = vec![vec![Some(V), None], vec![None, Some(D)]];
        let result = agreement(2, &table);
        assert_eq!(result.items, 0);
        assert_eq!(result.percent, None);
        assert_eq!(result.unanimous_percent, None);
        assert_eq!(result.cohen_kappa, None);
        assert_eq!(result.fleiss_kappa, None);
    }

    #[test]
    fn a_single_rater_gives_no_statistics() {
        let result = agreement(1, &rows(&[&[V], &[D]]));
        assert_eq!(result.percent, None);
        assert_eq!(result.cohen_kappa, None);
    }
}
