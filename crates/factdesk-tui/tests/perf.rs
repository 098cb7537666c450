//! Interface speed with 100,000 claims (issue 6 targets). Timing tests are
//! meaningful only with optimizations, so they are ignored by default:
//! `cargo test --release -p factdesk-tui --test perf -- --ignored --nocapture`.

mod common;

use std::time::{Duration, Instant};

use factdesk_review::cache::Changes;
use factdesk_review::{Anchor, Claim, ClaimKind, ExtractedClaim, ReviewFile};
use factdesk_tui::{
    Action, Config, Persist, Saved, StartOptions, Writer, draw, initial_state, update,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const CLAIMS: usize = 100_000;

/// A deterministic article of 100,000 sentences in paragraphs of five,
/// each sentence a claim.
fn big_state() -> factdesk_tui::State {
    let mut article = String::new();
    let mut spans = Vec::with_capacity(CLAIMS);
    for i in 0..CLAIMS {
        let start = article.len();
        article.push_str(&format!(
            "Pemerintah daerah nomor {i} melaporkan sedikitnya {} rumah terendam banjir dan {} warga mengungsi ke posko terdekat pada pekan ini menurut data resmi BPBD setempat.",
            (i * 7919) % 5000,
            (i * 104_729) % 20_000
        ));
        spans.push((start, article.len()));
        article.push(if i % 5 == 4 { '\n' } else { ' ' });
    }
    let mut file = common::review_file("", &[]);
    file.claims = spans
        .iter()
        .enumerate()
        .map(|(i, &(start, end))| {
            let text = article[start..end].to_string();
            Claim::from_extracted(ExtractedClaim {
                id: format!("c-{i:08x}"),
                anchor: Anchor {
                    exact: text.clone(),
                    prefix: String::new(),
                    suffix: String::new(),
                },
                text,
                start,
                end,
                kinds: vec![ClaimKind::Numeric],
                score: (i % 100) as f64 / 100.0,
                signals: Vec::new(),
                quantities: Vec::new(),
                speaker: None,
            })
        })
        .collect();
    let mut state = initial_state(
        file,
        article,
        "ana".to_string(),
        &Config::default(),
        StartOptions {
            now: Some(common::at(0)),
            ..Default::default()
        },
    );
    update(&mut state, Action::Resize(200, 60));
    state
}

fn best_of<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
#[ignore = "timing: run with --release -- --ignored"]
fn hundred_thousand_claims_stay_fast() {
    let started = Instant::now();
    let mut state = big_state();
    eprintln!("state for {CLAIMS} claims built in {:?}", started.elapsed());
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    update(&mut state, Action::Last);
    update(&mut state, Action::MoveUp);
    let frame = best_of(20, || {
        terminal.draw(|f| draw(&state, f)).unwrap();
    });
    eprintln!("draw 200x60 with the detail pane: {frame:?}");
    assert!(frame < Duration::from_millis(2), "frame took {frame:?}");

    let nav = best_of(200, || {
        update(&mut state, Action::MoveDown);
        update(&mut state, Action::MoveUp);
    }) / 2;
    eprintln!("navigation key: {nav:?}");
    assert!(nav < Duration::from_micros(100), "key took {nav:?}");

    update(&mut state, Action::Search);
    let search = best_of(5, || {
        for c in "posko".chars() {
            update(&mut state, Action::TypeChar(c));
        }
        update(&mut state, Action::DeleteBack);
        update(&mut state, Action::DeleteBack);
        update(&mut state, Action::DeleteBack);
        update(&mut state, Action::DeleteBack);
        update(&mut state, Action::DeleteBack);
    }) / 10;
    eprintln!("incremental search step over {CLAIMS} claims: {search:?}");
    assert!(search < Duration::from_millis(20), "search took {search:?}");
    update(&mut state, Action::Cancel);

    update(&mut state, Action::ArticleView);
    let article = best_of(20, || {
        terminal.draw(|f| draw(&state, f)).unwrap();
    });
    eprintln!("draw article view 200x60: {article:?}");
    assert!(
        article < Duration::from_millis(2),
        "article frame took {article:?}"
    );
    update(&mut state, Action::Close);

    let mark = best_of(5, || {
        update(&mut state, Action::MarkVerified);
    });
    eprintln!("marking (with undo snapshot and recount): {mark:?}");
}

/// A persister as slow as a real save of 100,000 claims (most of a
/// second), which copies nothing: only the time matters here.
struct SlowPersist {
    saves: usize,
}

impl Persist for SlowPersist {
    fn save(&mut self, _file: &ReviewFile, _changes: &Changes) -> Result<Saved, String> {
        std::thread::sleep(Duration::from_millis(700));
        self.saves += 1;
        Ok(Saved::Written)
    }

    fn save_as(
        &mut self,
        _path: &std::path::Path,
        _file: &ReviewFile,
        _changes: &Changes,
    ) -> Result<(), String> {
        Ok(())
    }

    fn save_draft(&mut self, _draft: Option<&factdesk_tui::DraftText>) {}
}

#[test]
#[ignore = "timing: run with --release -- --ignored"]
fn a_verdict_key_never_waits_for_a_save_of_hundred_thousand_claims() {
    let mut state = big_state();
    let mut persist = SlowPersist { saves: 0 };
    let mirror = state.file.clone();
    let keys = [
        Action::MarkVerified,
        Action::MarkDisputed,
        Action::MarkUnverified,
    ];
    std::thread::scope(|scope| {
        let mut writer = Writer::spawn(scope, &mut persist, mirror).unwrap();
        let mut slowest = Duration::ZERO;
        let mut slowest_hand_over = Duration::ZERO;
        for n in 0..300 {
            let key = Instant::now();
            update(&mut state, keys[n % 3].clone());
            let hand_over = Instant::now();
            writer.poll(&mut state);
            writer.hand_over(&mut state);
            slowest_hand_over = slowest_hand_over.max(hand_over.elapsed());
            slowest = slowest.max(key.elapsed());
            assert!(n == 0 || writer.busy(), "a save is in flight");
        }
        eprintln!(
            "300 verdict keys while a 700 ms save is in flight: slowest key {slowest:?}, slowest hand-over {slowest_hand_over:?}"
        );
        assert!(slowest < Duration::from_millis(5), "a key took {slowest:?}");
        let exit = Instant::now();
        writer.finish(&mut state);
        eprintln!("the exit waited {:?} for the last save", exit.elapsed());
    });
    assert!(
        persist.saves <= 3,
        "300 keys took {} saves: not coalesced",
        persist.saves
    );
}
