//! `factdesk mark`: one verdict from a script, with the same validation,
//! history and atomic save as the interface.

use factdesk_review::edit::Stamp;
use factdesk_review::{Source, Verdict};

use crate::cli::{InterfaceArgs, MarkArgs};
use crate::commands::{load_review, save_review};
use crate::exit::{Exit, fail};
use crate::identity::reviewer;

/// Runs `factdesk mark`.
pub fn run(args: &MarkArgs, interface: &InterfaceArgs) -> anyhow::Result<Exit> {
    let verdict = match args.verdict.trim().to_ascii_lowercase().as_str() {
        "clear" | "pending" => None,
        name => Some(Verdict::parse(name).ok_or_else(|| {
            fail(
                Exit::Usage,
                format!(
                    "unknown verdict '{}': use verified, disputed, unverified or clear",
                    args.verdict
                ),
            )
        })?),
    };
    let mut file = load_review(&args.review)?;
    let index = file
        .find(&args.claim)
        .map_err(|e| fail(Exit::Usage, format!("{}: {e}", args.review.display())))?;
    let stamp = Stamp::now(&reviewer(interface.reviewer.as_deref()));
    let claim = &mut file.claims[index];
    if let Some(note) = &args.note {
        claim.set_note(note, &stamp);
    }
    for reference in &args.sources {
        let source = Source {
            reference: reference.clone(),
            archived: None,
            description: None,
        };
        claim
            .add_source(source, &stamp)
            .map_err(|e| fail(Exit::Usage, e.to_string()))?;
    }
    claim.set_verdict(verdict, &stamp);
    let id = claim.id.clone();
    save_review(&args.review, &file)?;
    println!(
        "{id}: {} by {}",
        verdict.map_or("pending", Verdict::as_str),
        stamp.reviewer
    );
    Ok(Exit::Success)
}
