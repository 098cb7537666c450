//! `factdesk quantities`: every quantity in a text, one JSON object a line.

use std::io::{Read, Write};

use anyhow::Context;

use crate::cli::QuantitiesArgs;
use crate::commands::{language, read_article};
use crate::exit::{Exit, fail};

/// Runs `factdesk quantities`.
pub fn run(args: &QuantitiesArgs) -> anyhow::Result<Exit> {
    let text = if args.file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        String::from_utf8(bytes).map_err(|e| {
            fail(
                Exit::InputInvalid,
                format!(
                    "standard input is not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            )
        })?
    } else {
        read_article(&args.file)?
    };
    let lang = language(args.lang).unwrap_or_else(|| factdesk_extract::detect_language(&text));
    let mut out = std::io::stdout().lock();
    let (quantities, _) = factdesk_extract::dated_quantities(&text, lang, args.published);
    for quantity in quantities {
        let line = serde_json::to_string(&quantity).context("cannot encode a quantity")?;
        writeln!(out, "{line}").context("cannot write to standard output")?;
    }
    Ok(Exit::Success)
}
