//! Re-anchoring claims after the article changed under a review.

#[path = "store_fixtures/mod.rs"]
mod store_fixtures;

use factdesk_review::build::{ReanchorReport, reanchor};
use factdesk_review::store::{self, sha256_hex};
use factdesk_review::{ClaimStatus, ReviewFile, Verdict};
use proptest::prelude::*;
use store_fixtures::{
    ARTICLE, CALM, JAKARTA, KERRY, QUOTE, RICE, claim, claim_at, entry, file_with, marked,
};

fn review() -> ReviewFile {
    file_with(
        ARTICLE,
        vec![
            marked(claim(ARTICLE, "c-kerry", KERRY), Verdict::Verified),
            claim(ARTICLE, "c-quote", QUOTE),
            marked(claim(ARTICLE, "c-rice", RICE), Verdict::Disputed),
            claim(ARTICLE, "c-calm", CALM),
            claim(ARTICLE, "c-jakarta", JAKARTA),
        ],
    )
}

#[test]
fn text_inserted_before_a_claim_moves_it_and_its_spans() {
    let mut file = review();
    // Insert a sentence between the quote and the rice claim.
    let insert_at = ARTICLE.find(RICE).unwrap();
    let inserted = "Sebuah kalimat baru — dengan tanda pisah. ";
    let edited = format!(
        "{}{inserted}{}",
        &ARTICLE[..insert_at],
        &ARTICLE[insert_at..]
    );
    let before = file.clone();

    let report = reanchor(&mut file, &edited);
    assert_eq!(
        report,
        ReanchorReport {
            unchanged: 2,
            moved: 3,
            orphaned: 0,
            recovered: 0
        }
    );
    for (old, new) in before.claims.iter().zip(&file.claims) {
        assert_eq!(new.id, old.id);
        let shift = if old.start >= insert_at {
            inserted.len()
        } else {
            0
        };
        assert_eq!(new.start, old.start + shift, "{}", new.id);
        assert_eq!(new.text, old.text);
        assert_eq!(new.verdict, old.verdict);
        for (q_old, q_new) in old.quantities.iter().zip(&new.quantities) {
            assert_eq!(q_new.start, q_old.start + shift);
        }
    }
    assert_eq!(file.article.sha256, sha256_hex(edited.as_bytes()));
    assert!(store::validate_against_article(&file, &edited).is_empty());
    // The moved claims' context now describes the edited article.
    let rice = &file.claims[2];
    assert_eq!(rice.anchor.prefix.chars().count(), 32);
    assert!(
        inserted.ends_with(&rice.anchor.prefix),
        "{:?}",
        rice.anchor.prefix
    );
}

#[test]
fn a_deleted_sentence_is_orphaned_with_its_verdict_then_recovered() {
    let mut file = review();
    let edited = ARTICLE.replace(&format!("{RICE} "), "");
    let report = reanchor(&mut file, &edited);
    assert_eq!(report.orphaned, 1);
    assert_eq!(report.unchanged, 2);
    assert_eq!(report.moved, 2);
    let rice = file.claims.last().unwrap();
    assert_eq!(rice.id, "c-rice", "orphans are listed last");
    assert_eq!(rice.status, ClaimStatus::Orphaned);
    assert_eq!(rice.verdict_value(), Some(Verdict::Disputed));
    assert!(store::validate_against_article(&file, &edited).is_empty());

    // Reverting the edit brings it back as it was.
    let report = reanchor(&mut file, ARTICLE);
    assert_eq!(report.recovered, 1);
    assert_eq!(report.orphaned, 0);
    assert_eq!(file, review());
}

#[test]
fn a_dismissed_orphan_comes_back_dismissed() {
    let mut file = review();
    file.claims[3].status = ClaimStatus::Orphaned;
    file.claims[3]
        .history
        .push(entry(factdesk_review::HistoryAction::Dismissed, None));
    reanchor(&mut file, ARTICLE);
    assert_eq!(file.claims[3].status, ClaimStatus::Dismissed);
}

#[test]
fn crlf_conversion_moves_claims_that_contain_no_line_break() {
    let mut file = review();
    let edited = ARTICLE.replace('\n', "\r\n");
    let report = reanchor(&mut file, &edited);
    assert_eq!(report.orphaned, 0);
    assert_eq!(report.moved, 5);
    assert!(store::validate_against_article(&file, &edited).is_empty());
}

#[test]
fn thousands_of_claims_shift_together() {
    let count = 3000;
    let article: String = (0..count)
        .map(|i| format!("Kalimat {i} menyebut {} orang. ", i * 3))
        .collect();
    let mut claims = Vec::new();
    let mut start = 0;
    for i in 0..count {
        let end = start + article[start..].find(". ").unwrap() + 1;
        claims.push(claim_at(&article, &format!("c-{i}"), start, end));
        start = end + 1;
    }
    let mut file = file_with(&article, claims);
    let edited = format!("JUDUL BARU\n\n{article}");
    let report = reanchor(&mut file, &edited);
    assert_eq!(report.moved, count);
    assert!(store::validate_against_article(&file, &edited).is_empty());
}

/// Sentences that are all distinct, so each has exactly one right place.
fn sentence(i: usize) -> String {
    format!(
        "Kalimat ke-{i} mencatat {} ribu warga — “benar”. ",
        i * 13 + 1
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// After any mix of deleted, inserted and kept sentences, every claim is
    /// either at the exact place of its sentence or orphaned because its
    /// sentence is gone, and no verdict is lost.
    #[test]
    fn reanchoring_finds_every_surviving_sentence(
        keep in prop::collection::vec(any::<bool>(), 1..30),
        inserts in prop::collection::vec(0usize..4, 1..30),
    ) {
        let article: String = (0..keep.len()).map(sentence).collect();
        let mut claims = Vec::new();
        for i in 0..keep.len() {
            let text = sentence(i);
            let text = text.trim_end();
            let mut claim = claim(&article, &format!("c-{i}"), text);
            if i % 2 == 0 {
                claim = marked(claim, Verdict::Verified);
            }
            claims.push(claim);
        }
        let mut file = file_with(&article, claims);
        let verdicts_before = file.claims.iter().filter(|c| c.verdict.is_some()).count();

        let mut edited = String::new();
        for (i, kept) in keep.iter().enumerate() {
            for extra in 0..inserts.get(i).copied().unwrap_or(0) {
                edited.push_str(&format!("Sisipan {i}-{extra}. "));
            }
            if *kept {
                edited.push_str(&sentence(i));
            }
        }
        let report = reanchor(&mut file, &edited);

        prop_assert!(store::validate_against_article(&file, &edited).is_empty());
        prop_assert_eq!(report.orphaned, keep.iter().filter(|k| !**k).count());
        for claim in &file.claims {
            let i: usize = claim.id[2..].parse().unwrap();
            if keep[i] {
                prop_assert_eq!(claim.status, ClaimStatus::Active);
                prop_assert_eq!(Some(claim.start), edited.find(sentence(i).trim_end()));
            } else {
                prop_assert_eq!(claim.status, ClaimStatus::Orphaned);
            }
        }
        let verdicts_after = file.claims.iter().filter(|c| c.verdict.is_some()).count();
        prop_assert_eq!(verdicts_after, verdicts_before);
    }
}
