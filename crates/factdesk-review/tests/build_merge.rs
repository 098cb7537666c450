//! Building review files and merging a re-extraction into an existing one:
//! verdicts are never dropped.

#[path = "store_fixtures/mod.rs"]
mod store_fixtures;

use factdesk_extract::Extraction;
use factdesk_review::build::{EXTRACTOR_NAME, merge_extraction, new_review};
use factdesk_review::store::{self, sha256_hex};
use factdesk_review::{
    Claim, ClaimStatus, ExtractedClaim, HistoryAction, Language, Origin, ReviewFile, Verdict,
};
use store_fixtures::{ARTICLE, CALM, JAKARTA, KERRY, QUOTE, RICE, claim, entry, file_with, marked};

fn extracted(claim: &Claim) -> ExtractedClaim {
    ExtractedClaim {
        id: claim.id.clone(),
        text: claim.text.clone(),
        start: claim.start,
        end: claim.end,
        kinds: claim.kinds.clone(),
        score: claim.score,
        signals: claim.signals.clone(),
        anchor: claim.anchor.clone(),
        quantities: claim.quantities.clone(),
        speaker: claim.speaker.clone(),
    }
}

/// What a fresh extraction of `article` would give for these sentences.
fn fresh(article: &str, claims: &[(&str, &str)]) -> ReviewFile {
    let extraction = Extraction {
        language: Language::Id,
        title: Some("Koalisi Melawan Militan".to_string()),
        reference: None,
        claims: claims
            .iter()
            .map(|(id, sentence)| extracted(&claim(article, id, sentence)))
            .collect(),
    };
    new_review("kerry.txt", article, extraction)
}

fn by_id<'a>(file: &'a ReviewFile, id: &str) -> &'a Claim {
    file.claims
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no claim {id} in {:#?}", ids(file)))
}

fn ids(file: &ReviewFile) -> Vec<&str> {
    file.claims.iter().map(|c| c.id.as_str()).collect()
}

fn assert_consistent(file: &ReviewFile, article: &str) {
    let problems = store::validate_against_article(file, article);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(file.article.sha256, sha256_hex(article.as_bytes()));
    let mut seen = std::collections::HashSet::new();
    for claim in &file.claims {
        assert!(seen.insert(&claim.id), "duplicate id {}", claim.id);
    }
}

#[test]
fn a_new_review_has_every_claim_pending_in_article_order() {
    // Extractor output ranked by score, not in article order.
    let file = fresh(ARTICLE, &[("c-jakarta", JAKARTA), ("c-kerry", KERRY)]);
    assert_eq!(file.schema_version, factdesk_review::SCHEMA_VERSION);
    assert_eq!(file.extractor.name, EXTRACTOR_NAME);
    assert_eq!(file.extractor.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(file.article.path, "kerry.txt");
    assert_eq!(file.article.language, Language::Id);
    assert_eq!(
        file.article.title.as_deref(),
        Some("Koalisi Melawan Militan")
    );
    assert_eq!(file.article.sha256, sha256_hex(ARTICLE.as_bytes()));
    assert_eq!(ids(&file), ["c-kerry", "c-jakarta"]);
    assert!(file.claims.iter().all(Claim::is_pending));
    assert_consistent(&file, ARTICLE);
}

#[test]
fn re_extracting_the_same_article_keeps_everything() {
    let mut existing = fresh(
        ARTICLE,
        &[("c-kerry", KERRY), ("c-quote", QUOTE), ("c-rice", RICE)],
    );
    existing.claims[0] = marked(existing.claims[0].clone(), Verdict::Verified);
    existing.claims[0].note = "Cocok dengan data Pentagon.".to_string();
    existing.claims[2].status = ClaimStatus::Dismissed;
    existing.claims[2]
        .history
        .push(entry(HistoryAction::Dismissed, None));
    existing.article.url = Some("https://example.org/a".to_string());

    let mut again = fresh(
        ARTICLE,
        &[("c-kerry", KERRY), ("c-quote", QUOTE), ("c-rice", RICE)],
    );
    again.claims[0].score = 0.9; // a newer extractor scores differently
    let merged = merge_extraction(existing.clone(), again, ARTICLE);

    assert_eq!(ids(&merged), ["c-kerry", "c-quote", "c-rice"]);
    let kerry = by_id(&merged, "c-kerry");
    assert_eq!(kerry.verdict, existing.claims[0].verdict);
    assert_eq!(kerry.note, "Cocok dengan data Pentagon.");
    assert_eq!(kerry.history, existing.claims[0].history);
    assert_eq!(kerry.score, 0.9, "extractor data comes from the fresh run");
    assert_eq!(by_id(&merged, "c-rice").status, ClaimStatus::Dismissed);
    assert_eq!(merged.article.url.as_deref(), Some("https://example.org/a"));
    assert_consistent(&merged, ARTICLE);
}

#[test]
fn an_edited_article_keeps_verdicts_orphans_what_vanished_and_adds_new_claims() {
    let mut existing = fresh(
        ARTICLE,
        &[
            ("c-kerry", KERRY),
            ("c-quote", QUOTE),
            ("c-rice", RICE),
            ("c-jakarta", JAKARTA),
        ],
    );
    existing.claims[0] = marked(existing.claims[0].clone(), Verdict::Verified);
    existing.claims[1] = marked(existing.claims[1].clone(), Verdict::Disputed);
    existing.claims[1].sources.push(factdesk_review::Source {
        reference: "rekaman wawancara".to_string(),
        archived: None,
        description: None,
    });
    // c-rice stays unreviewed; c-jakarta gets only a note.
    existing.claims[3].note = "Cek sensus 2020.".to_string();
    let mut manual = claim(ARTICLE, "m-calm", CALM);
    manual.origin = Origin::Manual;
    manual.history.push(entry(HistoryAction::Added, None));
    existing.claims.push(manual);

    // The edit: a paragraph inserted at the top shifts everything; the
    // quote and the rice sentence are deleted; a new sentence appears.
    let inserted = "PEMBARUAN: Berita ini diperbarui pukul 10.00.\n\n";
    let added = "Sebanyak 300 relawan ikut membantu.";
    let edited = format!("{inserted}{ARTICLE}")
        .replace(&format!("{QUOTE} "), "")
        .replace(&format!("{RICE} "), &format!("{added} "));
    // The extractor now gives the Kerry claim a different id (say, its
    // occurrence count changed): it must be found by its anchor.
    let again = fresh(
        &edited,
        &[
            ("c-kerry-2", KERRY),
            ("c-added", added),
            ("c-jakarta", JAKARTA),
        ],
    );
    let merged = merge_extraction(existing.clone(), again, &edited);

    let kerry = by_id(&merged, "c-kerry-2");
    assert_eq!(kerry.verdict_value(), Some(Verdict::Verified));
    assert_eq!(kerry.start, edited.find(KERRY).unwrap());
    assert_eq!(kerry.status, ClaimStatus::Active);

    let quote = by_id(&merged, "c-quote");
    assert_eq!(quote.status, ClaimStatus::Orphaned);
    assert_eq!(quote.verdict, existing.claims[1].verdict);
    assert_eq!(quote.sources, existing.claims[1].sources);
    assert_eq!(
        quote.text, QUOTE,
        "an orphan keeps the text it was reviewed on"
    );

    assert!(
        merged.claims.iter().all(|c| c.id != "c-rice"),
        "unreviewed and gone: dropped"
    );
    assert!(by_id(&merged, "c-added").is_pending());
    assert_eq!(by_id(&merged, "c-jakarta").note, "Cek sensus 2020.");

    let calm = by_id(&merged, "m-calm");
    assert_eq!(calm.origin, Origin::Manual);
    assert_eq!(calm.start, edited.find(CALM).unwrap());
    assert_eq!(calm.text, CALM);
    assert_eq!(
        calm.anchor.prefix,
        factdesk_extract::anchor_for(&edited, calm.start, calm.end).prefix
    );

    // Article order, orphans last.
    assert_eq!(
        ids(&merged),
        ["c-kerry-2", "c-added", "m-calm", "c-jakarta", "c-quote"]
    );
    // No verdict was lost.
    let verdicts = |file: &ReviewFile| file.claims.iter().filter(|c| c.verdict.is_some()).count();
    assert_eq!(verdicts(&merged), verdicts(&existing));
    assert_consistent(&merged, &edited);
}

#[test]
fn of_several_occurrences_the_one_with_matching_context_is_chosen() {
    let sentence = "Harga naik 5 persen.";
    let article = format!("Januari: {sentence} Februari: {sentence} Maret: {sentence}");
    let second = article.match_indices(sentence).nth(1).unwrap().0;
    let mut existing = file_with(
        &article,
        vec![marked(
            store_fixtures::claim_at(&article, "c-feb", second, second + sentence.len()),
            Verdict::Disputed,
        )],
    );
    existing.claims[0].id = "c-old".to_string();
    // After the edit the February sentence is the first one; the fresh
    // extraction has other ids and no claim for it.
    let edited = article.replace("Januari: Harga naik 5 persen. ", "");
    let again = file_with(&edited, vec![]);
    let merged = merge_extraction(existing, again, &edited);
    assert_eq!(merged.claims.len(), 1);
    let feb = &merged.claims[0];
    assert_eq!(
        feb.start,
        edited.find("Februari: ").unwrap() + "Februari: ".len()
    );
    assert_eq!(feb.verdict_value(), Some(Verdict::Disputed));
    assert_consistent(&merged, &edited);
}

#[test]
fn an_orphan_whose_text_returns_is_restored() {
    let mut existing = fresh(ARTICLE, &[("c-rice", RICE)]);
    existing.claims[0] = marked(existing.claims[0].clone(), Verdict::Unverified);
    existing.claims[0]
        .history
        .push(entry(HistoryAction::Dismissed, None));
    existing.claims[0].status = ClaimStatus::Orphaned;
    let merged = merge_extraction(existing, fresh(ARTICLE, &[]), ARTICLE);
    assert_eq!(merged.claims.len(), 1);
    // Its last recorded state was dismissed, so that is what comes back.
    assert_eq!(merged.claims[0].status, ClaimStatus::Dismissed);
    assert_eq!(merged.claims[0].verdict_value(), Some(Verdict::Unverified));
    assert_consistent(&merged, ARTICLE);
}
