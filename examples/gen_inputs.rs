//! Writes the large benchmark inputs to a folder:
//!
//! ```sh
//! cargo run --release --example gen_inputs -- target/bench-inputs
//! ```
//!
//! - `mixed-10mb.txt`: a mixed Indonesian/English corpus of at least 10 MB;
//! - `article-20mb.txt`: one Indonesian article of at least 20 MB;
//! - `batch/NNNN.txt`: 2,000 single articles for batch extraction.
//!
//! The same bytes every time (fixed seeds), so figures can be compared.

#[path = "../benches/support/inputs.rs"]
mod inputs;

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/bench-inputs".to_string()),
    );
    std::fs::create_dir_all(out.join("batch"))?;
    std::fs::write(out.join("mixed-10mb.txt"), inputs::mixed_corpus(10 << 20))?;
    std::fs::write(
        out.join("article-20mb.txt"),
        inputs::long_article(20 << 20, true),
    )?;
    let articles = inputs::articles();
    let mut rng = inputs::Xorshift::new(7);
    for i in 0..2000 {
        let text = &articles[rng.below(articles.len())];
        std::fs::write(out.join("batch").join(format!("{i:04}.txt")), text)?;
    }
    println!("wrote {}", out.display());
    Ok(())
}
