//! Interface speed with 100,000 claims from a 20 MB article (issue 6):
//! one frame at 200x60 (target < 2 ms), one navigation key (< 100 µs), one
//! search keystroke over every claim (< 20 ms), building the state, and the
//! whole path to the first frame (load the review file, read the article,
//! build the state, draw: < 300 ms).
//!
//! `cargo bench --bench interface`. The review is built once, from a real
//! extraction of `inputs::long_article` (see `inputs::review_with_claims`:
//! when 20 MB yields fewer than 100,000 claims the article is lengthened
//! until it does, and the counts are printed). Under `cargo test` (no
//! `--bench` flag) 2,000 claims of a 256 KB article are used instead so the
//! test run stays quick.

#[path = "support/cpu_time.rs"]
mod cpu_time;
#[path = "support/inputs.rs"]
mod inputs;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};
use factdesk_review::ReviewFile;
use factdesk_tui::{Action, Config, StartOptions, State, draw, initial_state, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Claims in the full-size review.
const TARGET_CLAIMS: usize = 100_000;
/// The article the issue names: 20 MB.
const ARTICLE_BYTES: usize = 20 << 20;
/// The frame size the targets are stated at.
const COLS: u16 = 200;
const ROWS: u16 = 60;

fn full_size() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// The review measured and its article: 100,000 claims from a real
/// extraction of a 20 MB article (lengthened if 20 MB yields fewer), or
/// 2,000 claims from a 256 KB one under `cargo test`.
fn big_review() -> (ReviewFile, String) {
    let (file, article) = if full_size() {
        inputs::review_with_claims(TARGET_CLAIMS, ARTICLE_BYTES)
    } else {
        inputs::review_with_claims(2_000, 256 << 10)
    };
    eprintln!(
        "interface benchmarks: {} claims over a {:.1} MB article",
        file.claims.len(),
        article.len() as f64 / 1e6
    );
    (file, article)
}

/// The state the reviewer sees after start, sized to 200x60, the
/// selection in the middle of the list (not at an end, where some work is
/// skipped).
fn started_state(file: ReviewFile, article: String) -> State {
    let mut state = initial_state(
        file,
        article,
        "Bench Reviewer".to_string(),
        &Config::default(),
        StartOptions::default(),
    );
    update(&mut state, Action::Resize(COLS, ROWS));
    let middle = state.visible.len() / 2;
    update(&mut state, Action::Last);
    let mut pages = state.visible.len();
    while state.selected > middle && pages > 0 {
        update(&mut state, Action::PageUp);
        pages -= 1;
    }
    state
}

/// A 200x60 test terminal, as ratatui draws into a real one.
fn terminal() -> Terminal<TestBackend> {
    match Terminal::new(TestBackend::new(COLS, ROWS)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    }
}

fn interface(c: &mut Criterion) {
    let (file, article) = big_review();
    let claims = file.claims.len();
    let mut group = c.benchmark_group(format!("interface_{claims}_claims"));
    group.sample_size(if full_size() { 20 } else { 10 });
    // Whole-state and whole-file operations take tens to hundreds of
    // milliseconds at full size: one run per sample.
    group.sampling_mode(SamplingMode::Flat);

    group.bench_function("initial_state", |b| {
        b.iter_batched(
            || (file.clone(), article.clone()),
            |(file, article)| {
                initial_state(
                    file,
                    article,
                    "Bench Reviewer".to_string(),
                    &Config::default(),
                    StartOptions::default(),
                )
            },
            BatchSize::PerIteration,
        )
    });

    let mut state = started_state(file.clone(), article.clone());
    let mut term = terminal();
    // CPU time beside the wall-clock figures (the machine may be loaded).
    let build = cpu_time::median_cpu(3, || {
        initial_state(
            file.clone(),
            article.clone(),
            "Bench Reviewer".to_string(),
            &Config::default(),
            StartOptions::default(),
        )
    });
    let copy = cpu_time::median_cpu(3, || (file.clone(), article.clone()));
    let mut down = true;
    let frame = cpu_time::median_cpu(101, || {
        update(
            &mut state,
            if down {
                Action::MoveDown
            } else {
                Action::MoveUp
            },
        );
        down = !down;
        term.draw(|f| draw(&state, f)).map(drop)
    });
    eprintln!(
        "CPU time, median: initial_state {:.1} ms (less the input copy), key + draw 200x60 {:.3} ms",
        build.saturating_sub(copy).as_secs_f64() * 1e3,
        frame.as_secs_f64() * 1e3
    );

    // A frame that differs from the last one (the selection moved), so the
    // cell diff cannot skip work: the cost of drawing after a key.
    let mut down = true;
    group.bench_function("draw_200x60_after_key", |b| {
        b.iter(|| {
            update(
                &mut state,
                if down {
                    Action::MoveDown
                } else {
                    Action::MoveUp
                },
            );
            down = !down;
            if let Err(e) = term.draw(|f| draw(black_box(&state), f)) {
                panic!("draw: {e}");
            }
        })
    });

    group.bench_function("draw_200x60_unchanged", |b| {
        b.iter(|| {
            if let Err(e) = term.draw(|f| draw(black_box(&state), f)) {
                panic!("draw: {e}");
            }
        })
    });

    update(&mut state, Action::ArticleView);
    group.bench_function("draw_200x60_article_view", |b| {
        b.iter(|| {
            if let Err(e) = term.draw(|f| draw(black_box(&state), f)) {
                panic!("draw: {e}");
            }
        })
    });
    update(&mut state, Action::Close);

    // One key: alternately down and up so the selection stays in the
    // middle of the list.
    let mut down = true;
    group.bench_function("navigation_key_j_k", |b| {
        b.iter(|| {
            update(
                &mut state,
                if down {
                    Action::MoveDown
                } else {
                    Action::MoveUp
                },
            );
            down = !down;
        })
    });

    let mut down = true;
    group.bench_function("navigation_key_page_down_up", |b| {
        b.iter(|| {
            update(
                &mut state,
                if down {
                    Action::PageDown
                } else {
                    Action::PageUp
                },
            );
            down = !down;
        })
    });

    // One search keystroke: the query goes between "rumah" and "ruma" (a
    // word found in many claims), then between "xyzzyq" and "xyzzy" (found
    // in none: every haystack is scanned to the end).
    for (name, stem, last) in [
        ("search_keystroke_common_word", "ruma", 'h'),
        ("search_keystroke_no_match", "xyzzy", 'q'),
    ] {
        update(&mut state, Action::Search);
        for ch in stem.chars() {
            update(&mut state, Action::TypeChar(ch));
        }
        let mut typing = true;
        group.bench_function(name, |b| {
            b.iter(|| {
                update(
                    &mut state,
                    if typing {
                        Action::TypeChar(last)
                    } else {
                        Action::DeleteBack
                    },
                );
                typing = !typing;
            })
        });
        update(&mut state, Action::Cancel);
    }

    // Start to first frame, minus process start: load and validate the
    // review file, read the article, build the state, draw once.
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("temp dir: {e}"),
    };
    let review_path = dir.path().join("article.json");
    let article_path = dir.path().join("article.txt");
    if let Err(e) = std::fs::write(&article_path, &article) {
        panic!("write {}: {e}", article_path.display());
    }
    if let Err(e) = factdesk_review::store::save(&review_path, &file) {
        panic!("save {}: {e}", review_path.display());
    }
    group.sample_size(10);
    group.bench_function("first_frame_load_read_build_draw", |b| {
        b.iter_with_large_drop(|| {
            let file = match factdesk_review::store::load(&review_path) {
                Ok(f) => f,
                Err(e) => panic!("load: {e}"),
            };
            let article = match factdesk_review::store::read_article(&article_path) {
                Ok(a) => a,
                Err(e) => panic!("read article: {e}"),
            };
            let mut state = initial_state(
                file,
                article,
                "Bench Reviewer".to_string(),
                &Config::default(),
                StartOptions::default(),
            );
            update(&mut state, Action::Resize(COLS, ROWS));
            let mut term = terminal();
            if let Err(e) = term.draw(|f| draw(&state, f)) {
                panic!("draw: {e}");
            }
            state
        })
    });
    group.finish();
}

criterion_group!(benches, interface);
criterion_main!(benches);
