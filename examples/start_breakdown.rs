//! Where the time to the first frame goes with a large review: each step
//! `factdesk review FILE.json` takes before the first frame, timed alone.
//!
//! ```sh
//! cargo run --release --example start_breakdown            # 100,000 claims
//! cargo run --release --example start_breakdown -- 20000   # another count
//! ```
//!
//! The review is built from a real extraction of a 20 MB article (see
//! `benches/support/inputs.rs`), saved to a temporary folder, then opened
//! step by step: read and parse the JSON, read the article, hash it, check
//! the offsets against it, copy the file (the runtime keeps one copy for
//! saving), sanitize and split the article, build the per-claim caches,
//! build the whole state, draw one 200x60 frame; then the preview's steps
//! (the head of the file, a state of its claims). Each step runs 3 times;
//! the median is printed.

#[path = "../benches/support/inputs.rs"]
mod inputs;

use std::time::{Duration, Instant};

use factdesk_review::store;
use factdesk_tui::text::{ArticleText, ClaimView};
use factdesk_tui::{Action, Config, GlyphSet, StartOptions, draw, initial_state, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Runs `step` three times and returns its last result and median time.
fn timed<T>(name: &str, mut step: impl FnMut() -> T) -> T {
    let mut times = Vec::new();
    let mut out = None;
    for _ in 0..3 {
        let started = Instant::now();
        let value = step();
        times.push(started.elapsed());
        // Dropping is not part of the step.
        out = Some(value);
    }
    times.sort();
    let median = times.get(1).copied().unwrap_or(Duration::ZERO);
    println!("{name:<44} {:>9.1} ms", median.as_secs_f64() * 1e3);
    match out {
        Some(value) => value,
        None => unreachable!("three runs"),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let claims: usize = match std::env::args().nth(1) {
        Some(n) => n.parse()?,
        None => 100_000,
    };
    let (file, article) = inputs::review_with_claims(claims, 20 << 20);
    let dir = tempfile::tempdir()?;
    let review_path = dir.path().join("article.json");
    let article_path = dir.path().join("article.txt");
    std::fs::write(&article_path, &article)?;
    store::save(&review_path, &file)?;
    println!(
        "{} claims, article {:.1} MB, review file {:.1} MB",
        file.claims.len(),
        article.len() as f64 / 1e6,
        std::fs::metadata(&review_path)?.len() as f64 / 1e6
    );

    let bytes = timed("read review file", || std::fs::read(&review_path));
    let bytes = bytes?;
    let loaded = timed("parse and validate JSON (store::parse)", || {
        store::parse(&review_path, &bytes)
    })?;
    let text = timed("read article (store::read_article)", || {
        store::read_article(&article_path)
    })?;
    timed("sha256 of the article", || {
        store::sha256_hex(text.as_bytes())
    });
    let problems = timed("offsets against the article", || {
        store::validate_against_article(&loaded, &text)
    });
    println!("  ({} problems)", problems.len());
    timed("copy of the review (kept for saving)", || loaded.clone());
    timed("  of which sanitize (factdesk_text::sanitize)", || {
        factdesk_text::sanitize(&text, factdesk_text::Glyphs::Unicode)
    });
    let shown = timed("sanitize and split article (ArticleText)", || {
        ArticleText::new(text.clone(), GlyphSet::Unicode)
    });
    timed("per-claim caches (ClaimView::all)", || {
        ClaimView::all(&loaded, &shown, GlyphSet::Unicode)
    });
    let mut state = timed("initial_state (all of the above it does)", || {
        initial_state(
            loaded.clone(),
            text.clone(),
            "Breakdown".to_string(),
            &Config::default(),
            StartOptions::default(),
        )
    });
    // The preview `factdesk review` shows while the rest loads.
    let head = timed("preview: head of the file (2 MB, 500 claims)", || {
        factdesk_review::head::read_head(&review_path, 2 << 20, 500)
    })
    .ok_or("no head")?;
    timed("preview: initial_state on the head", || {
        initial_state(
            head.clone(),
            text.clone(),
            "Breakdown".to_string(),
            &Config::default(),
            StartOptions::default(),
        )
    });
    update(&mut state, Action::Resize(200, 60));
    timed("first frame 200x60", || {
        // The test backend cannot fail (its error type is Infallible).
        let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 60));
        let Ok(_) = terminal.draw(|f| draw(&state, f));
    });
    Ok(())
}
