//! Merging several reviewers' files of one article.

mod common;

use common::{at, claim_with, mark, review_file};
use factdesk_review::merge::{MergeError, adjudicate, merge_reviews};
use factdesk_review::{
    Claim, HistoryAction, HistoryEntry, Language, Origin, ReviewFile, Source, Verdict,
};

fn claim(id: &str, start: usize) -> Claim {
    claim_with(
        id,
        start,
        format!("Sentence {id} says 40 percent rose."),
        0.5,
    )
}

fn file(claims: Vec<Claim>) -> ReviewFile {
    review_file(claims, "0f".repeat(32), Language::Id, Some("Harga beras"))
}

/// A claim marked by `reviewer`, with the matching history entry.
fn marked(id: &str, start: usize, value: Verdict, reviewer: &str, when: &str) -> Claim {
    let mut claim = claim(id, start);
    mark(&mut claim, value, reviewer, when);
    claim
}

fn source(reference: &str) -> Source {
    Source {
        reference: reference.into(),
        archived: None,
        description: None,
    }
}

fn find<'a>(file: &'a ReviewFile, id: &str) -> &'a Claim {
    file.claims
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("claim {id} missing from the merge"))
}

fn two_reviewers() -> (ReviewFile, ReviewFile) {
    let mut a1 = marked(
        "c1",
        0,
        Verdict::Verified,
        "ana",
        "2024-05-01T09:00:00+07:00",
    );
    a1.note = "BPS table 3 confirms.".into();
    a1.sources = vec![source("https://bps.go.id/t3")];
    let a = file(vec![
        a1,
        marked(
            "c2",
            100,
            Verdict::Verified,
            "ana",
            "2024-05-01T09:05:00+07:00",
        ),
        marked(
            "c3",
            200,
            Verdict::Disputed,
            "ana",
            "2024-05-01T09:10:00+07:00",
        ),
        marked(
            "c4",
            300,
            Verdict::Unverified,
            "ana",
            "2024-05-01T09:15:00+07:00",
        ),
    ]);
    let mut b1 = marked(
        "c1",
        0,
        Verdict::Verified,
        "budi",
        "2024-05-01T10:00:00+07:00",
    );
    b1.note = "Matches the ministry release.".into();
    b1.sources = vec![
        source("https://bps.go.id/t3"),
        source("https://kemendag.go.id/rilis"),
    ];
    let mut manual = marked(
        "m1",
        150,
        Verdict::Disputed,
        "budi",
        "2024-05-01T10:30:00+07:00",
    );
    manual.origin = Origin::Manual;
    let b = file(vec![
        b1,
        marked(
            "c2",
            100,
            Verdict::Disputed,
            "budi",
            "2024-05-01T10:05:00+07:00",
        ),
        claim("c3", 200),
        marked(
            "c4",
            300,
            Verdict::Unverified,
            "budi",
            "2024-05-01T10:15:00+07:00",
        ),
        manual,
    ]);
    (a, b)
}

#[test]
fn two_reviewers_agree_disagree_and_leave_gaps() {
    let (a, b) = two_reviewers();
    let outcome = merge_reviews(&[a, b]).expect("merge");
    let merged = &outcome.merged;

    // Article order, the manual claim from B only included.
    let ids: Vec<&str> = merged.claims.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c1", "c2", "m1", "c3", "c4"]);

    // Agreement: everyone who rated agrees.
    let c1 = find(merged, "c1");
    assert!(!c1.conflict);
    let decision = c1.verdict.as_ref().expect("agreed verdict");
    assert_eq!(decision.value, Verdict::Verified);
    assert_eq!(decision.reviewer, "ana, budi");
    assert_eq!(decision.at, at("2024-05-01T10:00:00+07:00"));
    assert_eq!(
        c1.note,
        "ana: BPS table 3 confirms.\n\nbudi: Matches the ministry release."
    );
    let references: Vec<&str> = c1.sources.iter().map(|s| s.reference.as_str()).collect();
    assert_eq!(
        references,
        ["https://bps.go.id/t3", "https://kemendag.go.id/rilis"]
    );
    assert_eq!(c1.reviews.len(), 2);
    assert_eq!(c1.reviews[1].note, "Matches the ministry release.");

    // Disagreement: pending with both verdicts on record.
    let c2 = find(merged, "c2");
    assert!(c2.conflict);
    assert_eq!(c2.verdict, None);
    let values: Vec<(String, Option<Verdict>)> = c2
        .reviews
        .iter()
        .map(|r| (r.reviewer.clone(), r.value))
        .collect();
    assert_eq!(
        values,
        [
            ("ana".to_string(), Some(Verdict::Verified)),
            ("budi".to_string(), Some(Verdict::Disputed))
        ]
    );
    assert_eq!(outcome.conflicts.len(), 1);
    assert_eq!(outcome.conflicts[0].claim_id, "c2");
    assert_eq!(outcome.conflicts[0].reviews, c2.reviews);

    // Pending against a verdict: no conflict, the one verdict stands, and
    // the claim is listed as incomplete.
    let c3 = find(merged, "c3");
    assert!(!c3.conflict);
    assert_eq!(c3.verdict_value(), Some(Verdict::Disputed));
    assert_eq!(c3.reviews[1].value, None);
    assert_eq!(outcome.incomplete, ["m1", "c3"]);
    assert_eq!(find(merged, "m1").origin, Origin::Manual);

    // Histories unioned in time order.
    let c2_times: Vec<_> = c2.history.iter().map(|e| e.at).collect();
    assert_eq!(
        c2_times,
        [
            at("2024-05-01T09:05:00+07:00"),
            at("2024-05-01T10:05:00+07:00")
        ]
    );

    // Agreement over c1, c2, c4 (c3 and m1 not rated by both):
    // A: V V U, B: V D U; p_o = 2/3; A marginals V 2/3 D 0 U 1/3, B V 1/3
    // D 1/3 U 1/3; p_e = 2/9 + 0 + 1/9 = 1/3; kappa = (2/3 - 1/3)/(2/3) = 0.5.
    let agreement = &outcome.agreement;
    assert_eq!(agreement.raters, 2);
    assert_eq!(agreement.items, 3);
    assert!((agreement.percent.expect("percent") - 200.0 / 3.0).abs() < 1e-9);
    assert!((agreement.cohen_kappa.expect("kappa") - 0.5).abs() < 1e-9);
    assert_eq!(agreement.fleiss_kappa, None);
}

#[test]
fn three_reviewers_get_fleiss_kappa() {
    use Verdict::{Disputed as D, Unverified as U, Verified as V};
    let table = [[V, V, V], [V, V, D], [D, D, U], [U, U, U]];
    let names = ["ana", "budi", "citra"];
    let files: Vec<ReviewFile> = (0..3)
        .map(|rater| {
            file(
                table
                    .iter()
                    .enumerate()
                    .map(|(item, row)| {
                        marked(
                            &format!("c{item}"),
                            item * 100,
                            row[rater],
                            names[rater],
                            "2024-05-01T09:00:00Z",
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    let outcome = merge_reviews(&files).expect("merge");
    // Hand computation (see agreement.rs): P̄ = 2/3, P̄_e = 50/144,
    // kappa = 46/94.
    assert_eq!(outcome.agreement.items, 4);
    assert!((outcome.agreement.fleiss_kappa.expect("fleiss") - 46.0 / 94.0).abs() < 1e-9);
    assert_eq!(outcome.agreement.cohen_kappa, None);
    let conflicts: Vec<&str> = outcome
        .conflicts
        .iter()
        .map(|c| c.claim_id.as_str())
        .collect();
    assert_eq!(conflicts, ["c1", "c2"]);
    assert_eq!(find(&outcome.merged, "c1").reviews.len(), 3);
    assert_eq!(
        find(&outcome.merged, "c3")
            .verdict
            .as_ref()
            .map(|d| d.reviewer.as_str()),
        Some("ana, budi, citra")
    );
}

#[test]
fn another_article_version_is_refused_naming_the_file() {
    let (a, mut b) = two_reviewers();
    b.article.sha256 = "aa".repeat(32);
    let error = merge_reviews(&[a.clone(), a, b]).expect_err("must refuse");
    assert!(matches!(
        error,
        MergeError::ArticleMismatch { index: 2, .. }
    ));
    let message = error.to_string();
    assert!(message.contains("review file 3"), "{message}");
    assert!(message.contains("re-anchor"), "{message}");
}

#[test]
fn one_file_is_not_a_merge() {
    let (a, _) = two_reviewers();
    assert_eq!(
        merge_reviews(&[a]),
        Err(MergeError::TooFewFiles { count: 1 })
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let (a, mut b) = two_reviewers();
    b.claims.push(claim("c1", 999));
    assert!(matches!(
        merge_reviews(&[a, b]),
        Err(MergeError::DuplicateClaim { index: 1, ref id }) if id == "c1"
    ));
}

#[test]
fn shared_history_appears_once() {
    // Both reviewers started from a file where c1 was already marked.
    let common = marked("c1", 0, Verdict::Verified, "desk", "2024-04-30T08:00:00Z");
    let mut a = common.clone();
    a.verdict = None;
    a.history.push(HistoryEntry {
        at: at("2024-05-01T08:00:00Z"),
        reviewer: "ana".into(),
        action: HistoryAction::Cleared,
        verdict: None,
        note: None,
        sources: Vec::new(),
        detail: None,
    });
    let b = common.clone();
    let outcome = merge_reviews(&[file(vec![a]), file(vec![b])]).expect("merge");
    let history = &outcome.merged.claims[0].history;
    assert_eq!(history.len(), 2);
    assert_eq!(history[0], common.history[0]);
    assert_eq!(history[1].action, HistoryAction::Cleared);
}

#[test]
fn merging_a_merge_with_a_third_reviewer_keeps_everyone() {
    let (a, b) = two_reviewers();
    let first = merge_reviews(&[a, b]).expect("merge").merged;
    let third = file(vec![marked(
        "c2",
        100,
        Verdict::Verified,
        "citra",
        "2024-05-02T09:00:00Z",
    )]);
    let again = merge_reviews(&[first, third]).expect("merge again");
    let c2 = find(&again.merged, "c2");
    let reviewers: Vec<&str> = c2.reviews.iter().map(|r| r.reviewer.as_str()).collect();
    assert_eq!(reviewers, ["ana", "budi", "citra"]);
    assert!(c2.conflict);
}

#[test]
fn adjudicated_merge_round_trips_through_json() {
    let (a, b) = two_reviewers();
    let mut merged = merge_reviews(&[a, b]).expect("merge").merged;
    let c2 = merged.claims.iter_mut().find(|c| c.id == "c2").expect("c2");
    adjudicate(
        c2,
        Verdict::Disputed,
        "editor",
        at("2024-05-03T12:00:00+07:00"),
    );
    assert!(!c2.conflict);
    assert_eq!(c2.verdict_value(), Some(Verdict::Disputed));
    assert_eq!(
        c2.history.last().map(|e| e.action),
        Some(HistoryAction::Adjudicated)
    );
    let json = serde_json::to_string_pretty(&merged).expect("serialize");
    let back: ReviewFile = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, merged);
}
