//! Invariants of the review-file loader, shared by the `review` fuzz target
//! and by `crates/factdesk-review/tests/fuzz_regressions.rs` (which includes
//! this file with `#[path]`).

use std::path::Path;

use factdesk_review::ClaimStatus;
use factdesk_review::head::parse_head;
use factdesk_review::store::{parse, to_json, validate_against_article};

/// The path named in errors; nothing is read from or written to it.
const FUZZ_PATH: &str = "fuzz-input.json";

/// Parses `bytes` as a review file. A refusal is fine (that is the loader
/// doing its job); a file that loads must survive `to_json` → `parse`
/// unchanged, and `validate_against_article` must keep its promise (no
/// problem reported means every live claim is the exact article slice)
/// against each article in `articles`. The head of the bytes (the preview
/// `factdesk review` shows while a large file loads) must be exactly the
/// start of what the whole file loads as, whenever both exist.
pub fn check_bytes(bytes: &[u8], articles: &[&str]) -> Result<(), String> {
    let path = Path::new(FUZZ_PATH);
    // The head is read from any bytes (it must never panic), whether or
    // not the whole file loads.
    let heads = [
        parse_head(bytes, usize::MAX),
        parse_head(bytes, 1),
        parse_head(&bytes[..bytes.len() / 2], usize::MAX),
    ];
    let Ok(file) = parse(path, bytes) else {
        return Ok(());
    };
    check_heads(&file, &heads)?;
    let json = to_json(&file);
    let reloaded = parse(path, json.as_bytes())
        .map_err(|err| format!("a loaded file no longer loads once saved: {err}\n{json}"))?;
    if reloaded != file {
        return Err(format!(
            "saved file reloads different:\nloaded   {file:?}\nreloaded {reloaded:?}"
        ));
    }
    let lossy = String::from_utf8_lossy(bytes);
    for article in articles.iter().copied().chain([lossy.as_ref(), ""]) {
        if !validate_against_article(&file, article).is_empty() {
            continue;
        }
        for claim in file
            .claims
            .iter()
            .filter(|c| c.status != ClaimStatus::Orphaned)
        {
            if article.get(claim.start..claim.end) != Some(claim.text.as_str()) {
                return Err(format!(
                    "validate_against_article found no problem, yet claim {} at {}..{} is not the article slice",
                    claim.id, claim.start, claim.end
                ));
            }
            if let Some(q) = claim
                .quantities
                .iter()
                .find(|q| article.get(q.start..q.end) != Some(q.text.as_str()))
            {
                return Err(format!(
                    "validate_against_article found no problem, yet quantity {:?} of claim {} at {}..{} is not the article slice",
                    q.text, claim.id, q.start, q.end
                ));
            }
        }
    }
    Ok(())
}

/// Each head read from the bytes (or a prefix of them) has the loaded
/// file's header and begins its claims.
fn check_heads(
    file: &factdesk_review::ReviewFile,
    heads: &[Option<factdesk_review::ReviewFile>],
) -> Result<(), String> {
    for head in heads.iter().flatten() {
        if head.schema_version != file.schema_version
            || head.article != file.article
            || head.extractor != file.extractor
        {
            return Err(format!(
                "the head's header differs from the file's:\nhead {:?} {:?}\nfile {:?} {:?}",
                head.article, head.extractor, file.article, file.extractor
            ));
        }
        if file.claims.get(..head.claims.len()) != Some(head.claims.as_slice()) {
            return Err(format!(
                "the head's {} claims are not the first claims of the file's {}",
                head.claims.len(),
                file.claims.len()
            ));
        }
    }
    Ok(())
}
