//! Two writers never clobber each other, with two real processes: the
//! interface open in a pseudo-terminal, and `factdesk mark` changing the
//! same review file from outside. The interface's next save merges per
//! claim; a verdict given on both sides is shown as a conflict and both
//! verdicts stay in the claim's history.

mod common;

use std::path::Path;

use common::PtySession;
use common::{claims, read_json};
use serde_json::Value;

const COLS: u16 = 160;
const ROWS: u16 = 40;

fn claim_id(review: &Value, index: usize) -> String {
    claims(review)[index]["id"]
        .as_str()
        .expect("claim id")
        .to_string()
}

fn verdict_of(review: &Value, id: &str) -> Option<String> {
    claims(review)
        .iter()
        .find(|c| c["id"] == id)
        .and_then(|c| c["verdict"]["value"].as_str())
        .map(str::to_string)
}

/// Every verdict value in a claim's history, oldest first.
fn history_verdicts(review: &Value, id: &str) -> Vec<String> {
    let claim = claims(review)
        .iter()
        .find(|c| c["id"] == id)
        .expect("claim present");
    claim["history"]
        .as_array()
        .expect("history array")
        .iter()
        .filter_map(|entry| entry["verdict"].as_str().map(str::to_string))
        .collect()
}

fn mark(dir: &Path, id: &str, verdict: &str) {
    let output = common::factdesk(&["mark", "a.json", id, verdict], dir);
    assert!(
        output.status.success(),
        "factdesk mark failed: {}",
        common::stderr(&output)
    );
}

/// Opens the interface on the seed article; the cursor is on the first
/// claim and the review file is on disk.
fn open_interface(dir: &Path) -> PtySession {
    let tui = PtySession::spawn(&["review", "a.txt"], dir, COLS, ROWS, &[]);
    tui.wait_for_text("reviewed");
    tui.wait_for_text("0/");
    tui
}

#[test]
fn a_mark_from_outside_on_another_claim_is_merged_not_overwritten() {
    let (dir, article) = common::seed_workspace();
    let review = article.with_extension("json");
    let mut tui = open_interface(dir.path());
    let before = read_json(&review);
    let (first, third) = (claim_id(&before, 0), claim_id(&before, 2));

    mark(dir.path(), &third, "verified");
    tui.send("d"); // disputes the first claim: the interface saves
    tui.wait_for_text("Merged changes");
    // The merged file is adopted: the outside verdict shows in the counts.
    tui.wait_for_text("1 verified");
    tui.wait_for_text("1 disputed");
    let on_disk = read_json(&review);
    assert_eq!(verdict_of(&on_disk, &first).as_deref(), Some("disputed"));
    assert_eq!(verdict_of(&on_disk, &third).as_deref(), Some("verified"));

    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let last = read_json(&review);
    assert_eq!(verdict_of(&last, &first).as_deref(), Some("disputed"));
    assert_eq!(verdict_of(&last, &third).as_deref(), Some("verified"));
}

#[test]
fn the_same_claim_marked_on_both_sides_is_shown_as_a_conflict_and_both_are_kept() {
    let (dir, article) = common::seed_workspace();
    let review = article.with_extension("json");
    let mut tui = open_interface(dir.path());
    let first = claim_id(&read_json(&review), 0);

    mark(dir.path(), &first, "verified");
    tui.send("d"); // the interface disputes the claim the outside verified
    tui.wait_for("the merge and its conflict explained on screen", |s| {
        s.contains("Merged changes") && s.contains("conflict")
    });

    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let on_disk = read_json(&review);
    // Ours is the verdict; theirs is recorded in the history, not lost.
    assert_eq!(verdict_of(&on_disk, &first).as_deref(), Some("disputed"));
    let history = history_verdicts(&on_disk, &first);
    assert!(
        history.iter().any(|v| v == "verified") && history.iter().any(|v| v == "disputed"),
        "both verdicts recorded in the history: {history:?}"
    );
}
