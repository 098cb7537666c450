//! `factdesk report`: a verdict report in one of six formats.

use std::io::{IsTerminal, Write};

use anyhow::Context;
use factdesk_report::{Format, ReportOptions, VerdictFilter};

use crate::cli::{FormatArg, ReportArgs};
use crate::commands::{article_path_of, load_review};
use crate::exit::{Exit, fail};

/// Runs `factdesk report`.
pub fn run(args: &ReportArgs) -> anyhow::Result<Exit> {
    let file = load_review(&args.review)?;
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let format = match args.format {
        Some(FormatArg::Text) => Format::Text,
        Some(FormatArg::Markdown) => Format::Markdown,
        Some(FormatArg::Html) => Format::Html,
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Claimreview) => Format::ClaimReview,
        None if to_terminal => Format::Text,
        None => Format::Json,
    };
    let only = if args.only.is_empty() {
        None
    } else {
        let filters = args
            .only
            .iter()
            .map(|name| {
                name.parse::<VerdictFilter>()
                    .map_err(|e| fail(Exit::Usage, e.to_string()))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Some(filters)
    };
    // The article is optional: a report of a review whose article moved
    // still lists every claim, only HTML loses the highlighted article.
    let article_path = article_path_of(&args.review, &file);
    let article = factdesk_review::store::read_article(&article_path).ok();
    let options = ReportOptions {
        only,
        url: args.url.clone(),
        org: args.org.clone(),
        color: to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let report = factdesk_report::render(&file, article.as_deref(), format, &options)
        .map_err(|e| fail(Exit::InputInvalid, e.to_string()))?;
    for warning in &report.warnings {
        eprintln!("factdesk: warning: {warning}");
    }
    match &args.output {
        Some(path) => {
            factdesk_review::store::write_atomic(path, report.body.as_bytes()).map_err(|e| {
                fail(
                    Exit::WriteFailed,
                    format!("cannot write {}: {e}", path.display()),
                )
            })?
        }
        None => std::io::stdout()
            .lock()
            .write_all(report.body.as_bytes())
            .context("cannot write to standard output")?,
    }
    Ok(Exit::Success)
}
