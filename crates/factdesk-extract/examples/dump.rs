//! Prints the claims extracted from a file, one per line, for eyeballing.
//!
//! `cargo run -p factdesk-extract --example dump -- FILE [id|en]`

use std::process::ExitCode;

use factdesk_extract::{Language, extract};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: dump FILE [id|en]");
        return ExitCode::from(2);
    };
    let lang = args.next().and_then(|code| Language::from_code(&code));
    let article = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("dump: cannot read {path}: {err}");
            return ExitCode::from(1);
        }
    };
    let extraction = extract(&article, lang);
    println!(
        "language {:?}, title {:?}",
        extraction.language, extraction.title
    );
    for claim in &extraction.claims {
        let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
        println!(
            "\n[{:.2}] {} {:?} {}",
            claim.score, claim.id, kinds, claim.text
        );
        if let Some(speaker) = &claim.speaker {
            println!(
                "   speaker: {} (role {:?}) cue {:?} via {:?} mention {:?}",
                speaker.name,
                speaker.role,
                speaker.cue,
                speaker.via,
                article.get(speaker.start..speaker.end)
            );
        }
        for q in &claim.quantities {
            println!(
                "   qty {:?} value {:?} [{:?},{:?}] unit {:?} {:?} {:?}",
                q.text, q.value, q.low, q.high, q.unit, q.category, q.approx
            );
        }
        let signals: Vec<String> = claim
            .signals
            .iter()
            .map(|s| format!("{}{:+.1}", s.name, s.weight))
            .collect();
        println!("   signals: {}", signals.join(" "));
    }
    ExitCode::SUCCESS
}
