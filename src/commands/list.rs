//! `factdesk list`: claims as a table or as JSON lines.

use std::io::Write;

use anyhow::Context;
use factdesk_extract::ClaimKind;
use factdesk_review::{Claim, ClaimStatus, Verdict};
use factdesk_text::{Glyphs, sanitize_line};
use serde::Serialize;

use crate::cli::ListArgs;
use crate::commands::load_review;
use crate::exit::{Exit, fail};

/// Runs `factdesk list`.
pub fn run(args: &ListArgs) -> anyhow::Result<Exit> {
    let verdict_filter = match args.verdict.as_deref() {
        None => None,
        Some("pending") => Some(None),
        Some(name) => Some(Some(Verdict::parse(name).ok_or_else(|| {
            fail(
                Exit::Usage,
                format!("unknown verdict '{name}': use verified, disputed, unverified or pending"),
            )
        })?)),
    };
    let kind_filter = match args.kind.as_deref() {
        None => None,
        Some(name) => Some(parse_kind(name).ok_or_else(|| {
            fail(
                Exit::Usage,
                format!("unknown kind '{name}': use numeric, quote, attributed or factual"),
            )
        })?),
    };
    let file = load_review(&args.review)?;
    let claims = file.claims.iter().filter(|c| {
        (args.all || c.status != ClaimStatus::Dismissed)
            && verdict_filter.is_none_or(|v| c.verdict_value() == v)
            && kind_filter.is_none_or(|k| c.kinds.contains(&k))
    });
    let mut out = std::io::stdout().lock();
    for claim in claims {
        let line = if args.json {
            serde_json::to_string(&Row::of(claim)).context("cannot encode a claim")?
        } else {
            table_row(claim)
        };
        writeln!(out, "{line}").context("cannot write to standard output")?;
    }
    Ok(Exit::Success)
}

fn parse_kind(name: &str) -> Option<ClaimKind> {
    [
        ClaimKind::Numeric,
        ClaimKind::Quote,
        ClaimKind::Attributed,
        ClaimKind::Factual,
    ]
    .into_iter()
    .find(|k| k.as_str() == name.trim().to_ascii_lowercase())
}

/// One claim as a JSON line.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    start: usize,
    end: usize,
    kinds: &'a [ClaimKind],
    score: f64,
    verdict: Option<Verdict>,
    status: ClaimStatus,
    speaker: Option<&'a str>,
    text: &'a str,
}

impl<'a> Row<'a> {
    fn of(claim: &'a Claim) -> Row<'a> {
        Row {
            id: &claim.id,
            start: claim.start,
            end: claim.end,
            kinds: &claim.kinds,
            score: claim.score,
            verdict: claim.verdict_value(),
            status: claim.status,
            speaker: claim.speaker.as_ref().map(|s| s.name.as_str()),
            text: claim.display_text(),
        }
    }
}

fn table_row(claim: &Claim) -> String {
    let verdict = match (claim.status, claim.verdict_value()) {
        (ClaimStatus::Dismissed, _) => "dismissed",
        (_, Some(v)) => v.as_str(),
        (_, None) => "pending",
    };
    let kinds = claim
        .kinds
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let text = sanitize_line(claim.display_text(), Glyphs::Unicode);
    let short: String = text.chars().take(72).collect();
    let ellipsis = if short.len() < text.len() { "…" } else { "" };
    format!(
        "{:<16} {:<10} {:<20} {:>4.2}  {short}{ellipsis}",
        claim.id, verdict, kinds, claim.score
    )
}
