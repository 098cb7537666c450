//! Throughput on 20 MB articles, clean and dirty.
//!
//! Ignored by default (it is a measurement, and only meaningful in release
//! mode). Run with:
//!
//! ```text
//! cargo test -p factdesk-text --release --test throughput -- --ignored --nocapture
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use factdesk_text::{Glyphs, needs_sanitizing, sanitize, sanitize_line};

const TARGET_BYTES: usize = 20 * 1024 * 1024;

/// Repeats `paragraph` until the text reaches the target size.
fn article(paragraph: &str) -> String {
    let mut text = String::with_capacity(TARGET_BYTES + paragraph.len());
    while text.len() < TARGET_BYTES {
        text.push_str(paragraph);
    }
    text
}

/// Best of three runs, in MB/s (MB = 10^6 bytes).
fn megabytes_per_second(bytes: usize, mut work: impl FnMut()) -> f64 {
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        work();
        best = best.min(started.elapsed());
    }
    bytes as f64 / 1e6 / best.as_secs_f64()
}

fn report(name: &str, text: &str) {
    let bytes = text.len();
    let copy = megabytes_per_second(bytes, || {
        black_box(black_box(text).to_owned());
    });
    let check = megabytes_per_second(bytes, || {
        black_box(needs_sanitizing(black_box(text), Glyphs::Unicode));
    });
    let full = megabytes_per_second(bytes, || {
        black_box(sanitize(black_box(text), Glyphs::Unicode));
    });
    let line = megabytes_per_second(bytes, || {
        black_box(sanitize_line(black_box(text), Glyphs::Ascii));
    });
    // On dirty text needs_sanitizing stops at the first hit: no figure.
    let check = if needs_sanitizing(text, Glyphs::Unicode) {
        "first hit".to_owned()
    } else {
        format!("{check:.0} MB/s")
    };
    println!(
        "{name:<32} memcpy {copy:>6.0} MB/s | needs_sanitizing {check:>9} | \
         sanitize {full:>5.0} MB/s | sanitize_line {line:>5.0} MB/s"
    );
}

#[test]
#[ignore = "measurement: run in release with --ignored --nocapture"]
fn throughput_on_20_mb() {
    let ascii = article(
        "Badan Pusat Statistik mencatat inflasi tahunan sebesar 2,75 persen pada Maret 2024, \
         naik dari 2,61 persen bulan sebelumnya. Harga beras medium di Jakarta mencapai \
         Rp 14.000 per kilogram, kata Kepala BPS Amalia Adininggar Widyasanti.\n\n",
    );
    let unicode = article(
        "“The economy grew 5.2% last year,” the minister said — adding that exports \
         rose to €3.4 billion. Café owners in Zürich disagree: “Prices doubled.”\n\n",
    );
    let dirty = article(
        "\x1b[1mInflasi\x1b[0m naik\t2,75 persen\r\nHarga beras\tRp 14.000\u{200b}/kg \
         \u{202e}kata BPS\u{202c}.\r\n",
    );
    assert!(!needs_sanitizing(&ascii, Glyphs::Unicode));
    assert!(!needs_sanitizing(&unicode, Glyphs::Unicode));
    assert!(needs_sanitizing(&dirty, Glyphs::Unicode));
    assert_eq!(sanitize(&unicode, Glyphs::Unicode).as_str(), unicode);
    report("clean ASCII (Indonesian)", &ascii);
    report("clean with “” — € ü", &unicode);
    report("dirty (ANSI, tabs, CRLF, bidi)", &dirty);
}
