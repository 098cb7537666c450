//! Folding another writer's saved changes into ours.

mod common;

use std::path::Path;
use std::process::Command;

use common::{at, claim_with, mark, review_file};
use factdesk_review::sync::{
    Fingerprint, SyncConflictKind, disk_changed, disk_fingerprint, three_way,
};
use factdesk_review::{
    Claim, ClaimStatus, HistoryAction, HistoryEntry, Language, ReviewFile, Source, Verdict,
};
use proptest::prelude::*;

fn claim(id: &str, start: usize) -> Claim {
    claim_with(
        id,
        start,
        format!("Claim {id}: exports grew 7 percent."),
        0.4,
    )
}

fn file(claims: Vec<Claim>) -> ReviewFile {
    review_file(claims, "12".repeat(32), Language::En, None)
}

fn base() -> ReviewFile {
    file(vec![claim("a", 0), claim("b", 100), claim("c", 200)])
}

fn note(claim: &mut Claim, text: &str, reviewer: &str, when: &str) {
    claim.note = text.into();
    claim.history.push(HistoryEntry {
        at: at(when),
        reviewer: reviewer.into(),
        action: HistoryAction::Noted,
        verdict: None,
        note: Some(text.into()),
        sources: Vec::new(),
        detail: None,
    });
}

fn get<'a>(file: &'a mut ReviewFile, id: &str) -> &'a mut Claim {
    file.claims
        .iter_mut()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("claim {id} missing"))
}

fn source(reference: &str) -> Source {
    Source {
        reference: reference.into(),
        archived: None,
        description: None,
    }
}

#[test]
fn changes_on_different_claims_combine_cleanly() {
    let base = base();
    let mut ours = base.clone();
    mark(
        get(&mut ours, "a"),
        Verdict::Verified,
        "ana",
        "2024-05-01T10:00:00Z",
    );
    let mut theirs = base.clone();
    mark(
        get(&mut theirs, "b"),
        Verdict::Disputed,
        "script",
        "2024-05-01T10:01:00Z",
    );
    // Both made the very same change to c.
    mark(
        get(&mut ours, "c"),
        Verdict::Unverified,
        "ana",
        "2024-05-01T10:02:00Z",
    );
    mark(
        get(&mut theirs, "c"),
        Verdict::Unverified,
        "ana",
        "2024-05-01T10:02:00Z",
    );

    let mut outcome = three_way(&base, &ours, &theirs);
    assert!(outcome.is_clean(), "{:?}", outcome.conflicts);
    let merged = &mut outcome.merged;
    assert_eq!(get(merged, "a").verdict_value(), Some(Verdict::Verified));
    assert_eq!(get(merged, "b").verdict_value(), Some(Verdict::Disputed));
    assert_eq!(get(merged, "c").history.len(), 1);
}

#[test]
fn different_verdicts_keep_ours_and_record_theirs() {
    let base = base();
    let mut ours = base.clone();
    mark(
        get(&mut ours, "a"),
        Verdict::Verified,
        "ana",
        "2024-05-01T10:00:00Z",
    );
    let mut theirs = base.clone();
    mark(
        get(&mut theirs, "a"),
        Verdict::Disputed,
        "budi",
        "2024-05-01T10:05:00Z",
    );

    let mut outcome = three_way(&base, &ours, &theirs);
    assert_eq!(outcome.conflicts.len(), 1);
    let conflict = &outcome.conflicts[0];
    assert_eq!(conflict.claim_id.as_deref(), Some("a"));
    match &conflict.kind {
        SyncConflictKind::Verdict { ours, theirs } => {
            assert_eq!(ours.as_ref().map(|d| d.value), Some(Verdict::Verified));
            assert_eq!(theirs.as_ref().map(|d| d.value), Some(Verdict::Disputed));
        }
        other => panic!("expected a verdict conflict, got {other:?}"),
    }
    let a = get(&mut outcome.merged, "a");
    assert_eq!(a.verdict_value(), Some(Verdict::Verified));
    assert!(a.conflict);
    let recorded: Vec<(&str, Option<Verdict>)> = a
        .reviews
        .iter()
        .map(|r| (r.reviewer.as_str(), r.value))
        .collect();
    assert_eq!(
        recorded,
        [
            ("ana", Some(Verdict::Verified)),
            ("budi", Some(Verdict::Disputed))
        ]
    );
    assert_eq!(a.history.len(), 2, "both markings stay in history");
}

#[test]
fn the_same_verdict_twice_is_no_conflict() {
    let base = base();
    let mut ours = base.clone();
    mark(
        get(&mut ours, "a"),
        Verdict::Verified,
        "ana",
        "2024-05-01T10:00:00Z",
    );
    let mut theirs = base.clone();
    mark(
        get(&mut theirs, "a"),
        Verdict::Verified,
        "budi",
        "2024-05-01T11:00:00Z",
    );
    let mut outcome = three_way(&base, &ours, &theirs);
    assert!(outcome.is_clean());
    let a = get(&mut outcome.merged, "a");
    assert_eq!(
        a.verdict.as_ref().map(|d| d.reviewer.as_str()),
        Some("budi")
    );
    assert!(!a.conflict);
    assert_eq!(a.history.len(), 2);
}

#[test]
fn field_level_merge_within_one_claim() {
    let mut base = base();
    get(&mut base, "b").sources = vec![source("https://old.example/0")];
    let mut ours = base.clone();
    mark(
        get(&mut ours, "b"),
        Verdict::Verified,
        "ana",
        "2024-05-01T10:00:00Z",
    );
    get(&mut ours, "b")
        .sources
        .push(source("https://ours.example/1"));
    let mut theirs = base.clone();
    note(
        get(&mut theirs, "b"),
        "See page 4.",
        "budi",
        "2024-05-01T10:03:00Z",
    );
    get(&mut theirs, "b").sources = vec![source("https://theirs.example/2")];
    get(&mut theirs, "b").summary = Some("Exports grew 7%".into());

    let mut outcome = three_way(&base, &ours, &theirs);
    assert!(outcome.is_clean(), "{:?}", outcome.conflicts);
    let b = get(&mut outcome.merged, "b");
    assert_eq!(b.verdict_value(), Some(Verdict::Verified));
    assert_eq!(b.note, "See page 4.");
    assert_eq!(b.summary.as_deref(), Some("Exports grew 7%"));
    let references: Vec<&str> = b.sources.iter().map(|s| s.reference.as_str()).collect();
    // They removed old/0, we added ours/1, they added theirs/2.
    assert_eq!(
        references,
        ["https://ours.example/1", "https://theirs.example/2"]
    );
    let actions: Vec<HistoryAction> = b.history.iter().map(|e| e.action).collect();
    assert_eq!(actions, [HistoryAction::Marked, HistoryAction::Noted]);
}

#[test]
fn conflicting_notes_keep_ours_and_theirs_stays_in_history() {
    let base = base();
    let mut ours = base.clone();
    note(
        get(&mut ours, "c"),
        "Our note.",
        "ana",
        "2024-05-01T10:00:00Z",
    );
    let mut theirs = base.clone();
    note(
        get(&mut theirs, "c"),
        "Their note.",
        "budi",
        "2024-05-01T09:00:00Z",
    );
    get(&mut theirs, "c").status = ClaimStatus::Dismissed;
    get(&mut ours, "c").status = ClaimStatus::Orphaned;

    let mut outcome = three_way(&base, &ours, &theirs);
    let kinds: Vec<&SyncConflictKind> = outcome.conflicts.iter().map(|c| &c.kind).collect();
    assert_eq!(
        kinds,
        [
            &SyncConflictKind::Note {
                ours: "Our note.".into(),
                theirs: "Their note.".into()
            },
            &SyncConflictKind::Status {
                ours: ClaimStatus::Orphaned,
                theirs: ClaimStatus::Dismissed
            }
        ]
    );
    let c = get(&mut outcome.merged, "c");
    assert_eq!(c.note, "Our note.");
    let notes: Vec<Option<&str>> = c.history.iter().map(|e| e.note.as_deref()).collect();
    assert_eq!(notes, [Some("Their note."), Some("Our note.")]);
}

#[test]
fn added_claims_from_both_sides_are_kept_in_place() {
    let base = base();
    let mut ours = base.clone();
    ours.claims.insert(1, claim("ours-new", 50));
    let mut theirs = base.clone();
    theirs.claims.insert(2, claim("theirs-new", 150));
    theirs.claims.push(claim("theirs-last", 300));
    let outcome = three_way(&base, &ours, &theirs);
    assert!(outcome.is_clean());
    let ids: Vec<&str> = outcome
        .merged
        .claims
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["a", "ours-new", "b", "theirs-new", "c", "theirs-last"]
    );
}

#[test]
fn removals_follow_unless_the_other_side_changed_the_claim() {
    let base = base();
    // They removed a (untouched by us) and b (which we marked).
    let mut ours = base.clone();
    mark(
        get(&mut ours, "b"),
        Verdict::Verified,
        "ana",
        "2024-05-01T10:00:00Z",
    );
    let mut theirs = base.clone();
    theirs.claims.retain(|c| c.id == "c");
    // We removed c, which they had noted.
    ours.claims.retain(|c| c.id != "c");
    note(
        get(&mut theirs, "c"),
        "Keep me.",
        "budi",
        "2024-05-01T10:00:00Z",
    );

    let outcome = three_way(&base, &ours, &theirs);
    let ids: Vec<&str> = outcome
        .merged
        .claims
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["b", "c"]);
    let kinds: Vec<(&str, &SyncConflictKind)> = outcome
        .conflicts
        .iter()
        .map(|c| (c.claim_id.as_deref().unwrap_or(""), &c.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("b", &SyncConflictKind::RemovedByThem),
            ("c", &SyncConflictKind::RemovedByUs)
        ]
    );
}

#[test]
fn different_articles_keep_ours_and_report() {
    let base = base();
    let mut ours = base.clone();
    ours.article.sha256 = "aa".repeat(32);
    let mut theirs = base.clone();
    theirs.article.sha256 = "bb".repeat(32);
    let outcome = three_way(&base, &ours, &theirs);
    assert_eq!(outcome.merged.article.sha256, "aa".repeat(32));
    assert!(matches!(
        outcome.conflicts.as_slice(),
        [c] if c.claim_id.is_none() && matches!(c.kind, SyncConflictKind::Article { .. })
    ));
}

#[test]
fn fingerprint_sees_same_length_rewrites_and_ignores_touch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("r.json");
    std::fs::write(&path, b"{\"verdict\":\"verified\"}").expect("write");
    let loaded = disk_fingerprint(&path).expect("fingerprint");
    assert_eq!(loaded, Fingerprint::of_bytes(b"{\"verdict\":\"verified\"}"));
    assert!(!disk_changed(&path, &loaded).expect("check"));
    // Same bytes rewritten (a touch): no change.
    std::fs::write(&path, b"{\"verdict\":\"verified\"}").expect("rewrite");
    assert!(!disk_changed(&path, &loaded).expect("check"));
    // Same length, other content.
    std::fs::write(&path, b"{\"verdict\":\"disputed\"}").expect("rewrite");
    assert!(disk_changed(&path, &loaded).expect("check"));
    // Other length.
    std::fs::write(&path, b"{}").expect("rewrite");
    assert!(disk_changed(&path, &loaded).expect("check"));
    std::fs::remove_file(&path).expect("remove");
    assert_eq!(
        disk_changed(&path, &loaded).map_err(|e| e.kind()),
        Err(std::io::ErrorKind::NotFound)
    );
}

const WRITER_ENV: &str = "FACTDESK_SYNC_WRITER";

/// Another process (like `factdesk mark` from a script) marks claim b and
/// saves while we hold the file open; our save detects it and merges.
#[test]
fn another_process_saves_while_we_work() {
    if let Some(target) = std::env::var_os(WRITER_ENV) {
        let target = Path::new(&target);
        let bytes = std::fs::read(target).expect("writer reads");
        let mut theirs: ReviewFile = serde_json::from_slice(&bytes).expect("writer parses");
        mark(
            get(&mut theirs, "b"),
            Verdict::Disputed,
            "script",
            "2024-05-01T12:00:00Z",
        );
        let temp = target.with_extension("writer.tmp");
        std::fs::write(&temp, serde_json::to_vec_pretty(&theirs).expect("json")).expect("write");
        std::fs::rename(&temp, target).expect("rename");
        return;
    }

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("article.review.json");
    let bytes = serde_json::to_vec_pretty(&base()).expect("json");
    std::fs::write(&path, &bytes).expect("write base");

    // We load and fingerprint exactly the bytes we parsed.
    let loaded_bytes = std::fs::read(&path).expect("read");
    let loaded = Fingerprint::of_bytes(&loaded_bytes);
    let base: ReviewFile = serde_json::from_slice(&loaded_bytes).expect("parse");
    let mut ours = base.clone();
    mark(
        get(&mut ours, "a"),
        Verdict::Verified,
        "ana",
        "2024-05-01T11:00:00Z",
    );

    let status = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "another_process_saves_while_we_work",
            "--test-threads=1",
        ])
        .env(WRITER_ENV, &path)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run the other writer");
    assert!(status.success());

    // Before saving: the disk changed, so merge instead of overwriting.
    assert!(disk_changed(&path, &loaded).expect("check"));
    let theirs: ReviewFile =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("parse");
    let mut outcome = three_way(&base, &ours, &theirs);
    assert!(outcome.is_clean());
    assert_eq!(
        get(&mut outcome.merged, "a").verdict_value(),
        Some(Verdict::Verified)
    );
    assert_eq!(
        get(&mut outcome.merged, "b").verdict_value(),
        Some(Verdict::Disputed)
    );
}

fn edited(base: &ReviewFile, edits: &[(usize, u8)], reviewer: &str) -> ReviewFile {
    let mut file = base.clone();
    let count = file.claims.len();
    for (step, &(index, what)) in edits.iter().enumerate() {
        let when = format!("2024-05-01T10:{:02}:{:02}Z", step / 60, step % 60);
        let Some(claim) = file.claims.get_mut(index % count) else {
            continue;
        };
        match what % 5 {
            0 => mark(claim, Verdict::Verified, reviewer, &when),
            1 => mark(claim, Verdict::Disputed, reviewer, &when),
            2 => note(claim, &format!("{reviewer} note {step}"), reviewer, &when),
            3 => claim
                .sources
                .push(source(&format!("https://{reviewer}.example/{step}"))),
            _ => claim.status = ClaimStatus::Dismissed,
        }
    }
    file
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// One-sided changes come through unchanged, and nothing either side
    /// recorded in history is lost.
    #[test]
    fn three_way_loses_nothing(
        ours_edits in proptest::collection::vec((0usize..6, 0u8..5), 0..12),
        theirs_edits in proptest::collection::vec((0usize..6, 0u8..5), 0..12),
    ) {
        let base = file((0..6).map(|n| claim(&format!("k{n}"), n * 100)).collect());
        let ours = edited(&base, &ours_edits, "ana");
        let theirs = edited(&base, &theirs_edits, "budi");

        prop_assert_eq!(&three_way(&base, &ours, &base).merged, &ours);
        prop_assert_eq!(&three_way(&base, &base, &theirs).merged, &theirs);

        let outcome = three_way(&base, &ours, &theirs);
        for side in [&ours, &theirs] {
            for claim in &side.claims {
                let merged = outcome.merged.claims.iter().find(|c| c.id == claim.id);
                prop_assert!(merged.is_some());
                if let Some(merged) = merged {
                    for entry in &claim.history {
                        prop_assert!(merged.history.contains(entry));
                    }
                    for source in &claim.sources {
                        prop_assert!(merged.sources.contains(source));
                    }
                    if let Some(decision) = &claim.verdict {
                        let kept = merged.verdict.as_ref().map(|d| d.value) == Some(decision.value)
                            || merged.reviews.iter().any(|r| r.value == Some(decision.value));
                        prop_assert!(kept, "verdict {:?} of {} lost", decision.value, claim.id);
                    }
                }
            }
        }
    }
}
