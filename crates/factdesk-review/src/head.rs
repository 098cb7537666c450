//! The head of a review file: its header and first claims, read from the
//! file's first bytes.
//!
//! A review of 100,000 claims is ~200 MB of JSON and takes a second or more
//! to parse; the interface shows its first screen from the head meanwhile.
//! The head is only a preview: [`crate::store::load`] still reads and
//! checks the whole file, and its result replaces the head. So reading the
//! head never fails loudly; anything unexpected (a file whose `claims`
//! come before its header, another schema version, duplicate ids, bytes
//! that are not UTF-8 where the head ends) gives `None`, and the caller
//! simply waits for the full load.

use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::model::{Article, Claim, ExtractorInfo, ReviewFile, SCHEMA_VERSION};

/// Reads the first `max_bytes` of the review file at `path` and parses its
/// head with [`parse_head`]. `None` when the file cannot be read or has no
/// usable head.
pub fn read_head(path: &Path, max_bytes: usize, max_claims: usize) -> Option<ReviewFile> {
    let file = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::with_capacity(max_bytes.min(1 << 24));
    file.take(max_bytes as u64).read_to_end(&mut bytes).ok()?;
    parse_head(&bytes, max_claims)
}

/// The header and at most `max_claims` first claims of a review file,
/// from `bytes`, a prefix of it (the whole file is a prefix too). Only
/// claims that are complete within `bytes` are returned; the header
/// (`schema_version`, `article`, `extractor`) must come before `claims`,
/// as factdesk writes it.
pub fn parse_head(bytes: &[u8], max_claims: usize) -> Option<ReviewFile> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A prefix may end inside a character: parse up to the last whole one.
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) if err.error_len().is_none() => {
            std::str::from_utf8(&bytes[..err.valid_up_to()]).ok()?
        }
        Err(_) => return None,
    };
    let mut head = Head {
        max_claims,
        ..Head::default()
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // The document is usually cut short, so the parser's own result is an
    // error by design; what was read before it is in `head`.
    let _ = de::Deserializer::deserialize_map(&mut deserializer, HeadVisitor(&mut head));
    if !head.reached_claims || head.schema_version != Some(SCHEMA_VERSION) {
        return None;
    }
    let mut seen = std::collections::HashSet::with_capacity(head.claims.len());
    if head
        .claims
        .iter()
        .any(|claim| claim.start > claim.end || !seen.insert(claim.id.as_str()))
    {
        return None;
    }
    Some(ReviewFile {
        schema_version: SCHEMA_VERSION,
        article: head.article?,
        extractor: head.extractor?,
        claims: head.claims,
    })
}

/// What the visitors have read so far.
#[derive(Default)]
struct Head {
    max_claims: usize,
    schema_version: Option<u32>,
    article: Option<Article>,
    extractor: Option<ExtractorInfo>,
    /// The `claims` key was reached (the header fields are complete).
    reached_claims: bool,
    claims: Vec<Claim>,
}

/// Visits the top-level object, field by field, until `claims`.
struct HeadVisitor<'a>(&'a mut Head);

impl<'de> Visitor<'de> for HeadVisitor<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a review file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let head = self.0;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "schema_version" => head.schema_version = Some(map.next_value()?),
                "article" => head.article = Some(map.next_value()?),
                "extractor" => head.extractor = Some(map.next_value()?),
                "claims" => {
                    head.reached_claims = true;
                    map.next_value_seed(ClaimsSeed(head))?;
                    // Stop here: the rest of the file is the full load's.
                    return Err(de::Error::custom("head read"));
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// Reads the first claims of the `claims` array into the [`Head`].
struct ClaimsSeed<'a>(&'a mut Head);

impl<'de> DeserializeSeed<'de> for ClaimsSeed<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ClaimsSeed<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list of claims")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let head = self.0;
        while head.claims.len() < head.max_claims {
            match seq.next_element::<Claim>()? {
                Some(claim) => head.claims.push(claim),
                None => return Ok(()),
            }
        }
        Err(de::Error::custom("enough claims read"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build;
    use crate::store;

    fn review(copies: usize) -> (ReviewFile, String) {
        let sentence = "Menurut BPS, 2.000 rumah rusak dan 21 negara membantu. ";
        let article = sentence.repeat(copies);
        let extraction = factdesk_extract::extract(&article, None);
        let mut file = build::new_review("a.txt", &article, extraction);
        file.article.title = Some("Judul".to_string());
        let json = store::to_json(&file);
        (file, json)
    }

    #[test]
    fn the_whole_file_gives_the_header_and_the_first_claims() {
        let (file, json) = review(20);
        assert!(file.claims.len() > 5, "{}", file.claims.len());
        let head = parse_head(json.as_bytes(), 5).expect("a head");
        assert_eq!(head.article, file.article);
        assert_eq!(head.extractor, file.extractor);
        assert_eq!(head.claims, file.claims[..5]);
        let all = parse_head(json.as_bytes(), usize::MAX).expect("a head");
        assert_eq!(all, file);
    }

    #[test]
    fn a_prefix_gives_only_the_claims_complete_within_it() {
        let (file, json) = review(20);
        for cut in (json.len() / 4..json.len()).step_by(97) {
            let Some(head) = parse_head(&json.as_bytes()[..cut], usize::MAX) else {
                continue;
            };
            assert!(head.claims.len() < file.claims.len(), "cut at {cut}");
            assert_eq!(head.claims, file.claims[..head.claims.len()], "cut {cut}");
        }
        // Cut inside a multi-byte character: still a head.
        let cut = json.find("rusak").expect("claim text") + 2;
        let mut bytes = json.as_bytes()[..cut].to_vec();
        bytes.extend_from_slice("é".as_bytes().get(..1).expect("lead byte"));
        assert!(parse_head(&bytes, 10).is_some());
    }

    #[test]
    fn a_prefix_that_ends_before_the_claims_gives_none() {
        let (_, json) = review(3);
        let cut = json.find("\"claims\"").expect("claims key");
        assert!(parse_head(&json.as_bytes()[..cut], 10).is_none());
    }

    #[test]
    fn unexpected_shapes_give_none() {
        let (file, json) = review(3);
        let mut value: serde_json::Value = serde_json::from_str(&json).expect("json");
        value["schema_version"] = serde_json::json!(SCHEMA_VERSION + 1);
        assert!(parse_head(value.to_string().as_bytes(), 10).is_none());

        // Claims before the header: nothing to show them with.
        let claims = serde_json::to_string(&file.claims).expect("claims");
        let article = serde_json::to_string(&file.article).expect("article");
        let extractor = serde_json::to_string(&file.extractor).expect("extractor");
        let reordered = format!(
            r#"{{"claims":{claims},"schema_version":{SCHEMA_VERSION},"article":{article},"extractor":{extractor}}}"#
        );
        assert!(parse_head(reordered.as_bytes(), 10).is_none());

        // Duplicate ids are the full load's error to report.
        let mut twice = file.clone();
        twice.claims.push(file.claims[0].clone());
        let json = serde_json::to_string(&twice).expect("json");
        assert!(parse_head(json.as_bytes(), usize::MAX).is_none());

        for junk in [
            &b""[..],
            b"[]",
            b"{",
            b"\xff\xfe",
            b"null",
            b"{\"claims\":7}",
        ] {
            assert!(parse_head(junk, 10).is_none(), "{junk:?}");
        }
    }

    #[test]
    fn read_head_reads_only_the_beginning_of_the_file() {
        let (file, json) = review(200);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.json");
        std::fs::write(&path, &json).expect("write");
        let head = read_head(&path, 4096, usize::MAX).expect("a head");
        assert!(!head.claims.is_empty());
        assert!(head.claims.len() < file.claims.len());
        assert!(read_head(&dir.path().join("missing.json"), 4096, 10).is_none());
    }
}
