//! `factdesk merge`: several reviewers' files of one article into one,
//! with conflicts marked and agreement reported.

use factdesk_review::merge::merge_reviews;
use serde::Serialize;

use crate::cli::MergeArgs;
use crate::commands::{load_review, save_review};
use crate::exit::{Exit, fail};

/// Runs `factdesk merge`.
pub fn run(args: &MergeArgs) -> anyhow::Result<Exit> {
    let files = args
        .reviews
        .iter()
        .map(|path| load_review(path))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let outcome = merge_reviews(&files).map_err(|e| {
        let detail = e.to_string();
        fail(Exit::InputInvalid, name_files(&detail, &args.reviews))
    })?;
    save_review(&args.output, &outcome.merged)?;
    if let [(_, kept), ..] = outcome.publication_days.as_slice() {
        let days = outcome
            .publication_days
            .iter()
            .map(|(reviewer, day)| format!("{reviewer} {day}"))
            .collect::<Vec<_>>()
            .join(", ");
        eprintln!(
            "factdesk: warning: the files give different publication days ({days}); kept {kept}: \
             change it with D in the interface or `factdesk extract --published`"
        );
    }
    let a = &outcome.agreement;
    if args.json {
        #[derive(Serialize)]
        struct Out<'a> {
            output: String,
            reviewers: usize,
            claims: usize,
            conflicts: Vec<&'a str>,
            items_rated_by_all: usize,
            percent_agreement: Option<f64>,
            cohen_kappa: Option<f64>,
            fleiss_kappa: Option<f64>,
            /// The publication day of the merged file.
            published: Option<String>,
            /// Each file's publication day when they differ.
            publication_days: Vec<PublicationDay<'a>>,
        }
        #[derive(Serialize)]
        struct PublicationDay<'a> {
            reviewer: &'a str,
            date: String,
        }
        let out = Out {
            output: args.output.display().to_string(),
            reviewers: a.raters,
            claims: outcome.merged.claims.len(),
            conflicts: outcome
                .conflicts
                .iter()
                .map(|c| c.claim_id.as_str())
                .collect(),
            items_rated_by_all: a.items,
            percent_agreement: a.percent,
            cohen_kappa: a.cohen_kappa,
            fleiss_kappa: a.fleiss_kappa,
            published: outcome
                .merged
                .article
                .reference_date
                .as_ref()
                .filter(|r| r.source == factdesk_review::ReferenceSource::Given)
                .map(|r| r.date.to_string()),
            publication_days: outcome
                .publication_days
                .iter()
                .map(|(reviewer, day)| PublicationDay {
                    reviewer,
                    date: day.to_string(),
                })
                .collect(),
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        let fmt = |v: Option<f64>, digits: usize| {
            v.map_or("n/a".to_string(), |x| format!("{x:.digits$}"))
        };
        let kappa = if a.raters == 2 {
            format!("Cohen's kappa {}", fmt(a.cohen_kappa, 3))
        } else {
            format!("Fleiss' kappa {}", fmt(a.fleiss_kappa, 3))
        };
        println!(
            "merged {} reviewers into {}: {} claims, {} conflicts; over {} claims rated by all: {}% agreement, {}",
            a.raters,
            args.output.display(),
            outcome.merged.claims.len(),
            outcome.conflicts.len(),
            a.items,
            fmt(a.percent, 1),
            kappa
        );
    }
    Ok(Exit::Success)
}

/// Merge errors count files from 1; put the paths in.
fn name_files(detail: &str, paths: &[std::path::PathBuf]) -> String {
    let names = paths
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{} = {}", i + 1, p.display()))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{detail} (files: {names})")
}
