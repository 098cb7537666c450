//! Hand-built review files for the store and build tests, independent of
//! what the extractor currently produces.

#![allow(dead_code)] // Each test binary uses a different part.

use chrono::{DateTime, FixedOffset};
use factdesk_extract::anchor_for;
use factdesk_review::{
    Article, Category, Claim, ClaimKind, ClaimStatus, Decision, ExtractedClaim, ExtractorInfo,
    HistoryAction, HistoryEntry, Language, Origin, Quantity, ReviewFile, ReviewerVerdict,
    SCHEMA_VERSION, Signal, Source, Speaker, Verdict,
};

/// A short Indonesian article with multi-byte punctuation (em dashes,
/// typographic quotes) so offsets are tested off ASCII.
pub const ARTICLE: &str = "Koalisi Melawan Militan\n\n\
LONDON: Menteri Luar Negeri AS John Kerry mengatakan koalisi 60 negara telah melancarkan hampir 2.000 serangan udara. \
“Kami akan menang,” katanya. \
Harga beras—menurut BPS—naik 12 persen tahun ini. \
Kota itu tenang pada malam hari. \
Jakarta dihuni sekitar 10 juta orang.\n";

pub const KERRY: &str = "LONDON: Menteri Luar Negeri AS John Kerry mengatakan koalisi 60 negara telah melancarkan hampir 2.000 serangan udara.";
pub const QUOTE: &str = "“Kami akan menang,” katanya.";
pub const RICE: &str = "Harga beras—menurut BPS—naik 12 persen tahun ini.";
pub const CALM: &str = "Kota itu tenang pada malam hari.";
pub const JAKARTA: &str = "Jakarta dihuni sekitar 10 juta orang.";

pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("fixture timestamp")
}

/// A pending extracted claim for `sentence`, which must occur in `article`
/// (the first occurrence is used); its first run of digits becomes a
/// quantity, and "John Kerry" a speaker when present.
pub fn claim(article: &str, id: &str, sentence: &str) -> Claim {
    let start = article.find(sentence).expect("fixture sentence in article");
    claim_at(article, id, start, start + sentence.len())
}

/// Like [`claim`] for an explicit span.
pub fn claim_at(article: &str, id: &str, start: usize, end: usize) -> Claim {
    let text = article[start..end].to_string();
    let mut quantities = Vec::new();
    if let Some(digit) = text.find(|c: char| c.is_ascii_digit()) {
        let len = text[digit..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len() - digit);
        let number = &text[digit..digit + len];
        let value: f64 = number.parse().expect("digits");
        quantities.push(Quantity {
            text: number.to_string(),
            start: start + digit,
            end: start + digit + len,
            value: Some(value),
            low: Some(value),
            high: Some(value),
            unit: Some("negara".to_string()),
            category: Category::Count,
            approx: None,
        });
    }
    let speaker = text.find("John Kerry").map(|pos| Speaker {
        name: "John Kerry".to_string(),
        role: Some("Menteri Luar Negeri AS".to_string()),
        start: start + pos,
        end: start + pos + "John Kerry".len(),
        cue: "mengatakan".to_string(),
        via: None,
        kind: factdesk_review::SourceKind::Person,
    });
    let kinds = if quantities.is_empty() {
        vec![ClaimKind::Factual]
    } else {
        vec![ClaimKind::Numeric]
    };
    Claim::from_extracted(ExtractedClaim {
        id: id.to_string(),
        text,
        start,
        end,
        kinds,
        score: 0.625,
        signals: vec![Signal {
            name: "quantity".to_string(),
            weight: 0.4,
            evidence: Some("60".to_string()),
        }],
        anchor: anchor_for(article, start, end),
        quantities,
        speaker,
    })
}

pub fn file_with(article: &str, claims: Vec<Claim>) -> ReviewFile {
    ReviewFile {
        schema_version: SCHEMA_VERSION,
        article: Article {
            path: "kerry.txt".to_string(),
            sha256: factdesk_review::store::sha256_hex(article.as_bytes()),
            language: Language::Id,
            title: Some("Koalisi Melawan Militan".to_string()),
            url: None,
            reference_date: None,
        },
        extractor: ExtractorInfo {
            name: "factdesk".to_string(),
            version: "0.1.0".to_string(),
        },
        claims,
    }
}

pub fn decision(value: Verdict, reviewer: &str) -> Decision {
    Decision {
        value,
        reviewer: reviewer.to_string(),
        at: at("2024-05-01T10:00:00+07:00"),
    }
}

pub fn entry(action: HistoryAction, verdict: Option<Verdict>) -> HistoryEntry {
    HistoryEntry {
        at: at("2024-05-01T10:00:00+07:00"),
        reviewer: "ayu".to_string(),
        action,
        verdict,
        note: None,
        sources: Vec::new(),
        detail: None,
    }
}

/// A claim marked with `value` by "ayu", history included.
pub fn marked(mut claim: Claim, value: Verdict) -> Claim {
    claim.verdict = Some(decision(value, "ayu"));
    claim
        .history
        .push(entry(HistoryAction::Marked, Some(value)));
    claim
}

/// A review using every part of the format: verdicts with history,
/// sources, summaries, per-reviewer verdicts with a conflict, and
/// dismissed, orphaned, manual and pending claims.
pub fn rich_review() -> ReviewFile {
    let source = Source {
        reference: "https://example.org/bps/beras-2024".to_string(),
        archived: Some("https://web.archive.org/web/2024/https://example.org/bps".to_string()),
        description: Some("BPS monthly rice prices".to_string()),
    };

    let mut kerry = marked(claim(ARTICLE, "c-kerry", KERRY), Verdict::Verified);
    kerry.note = "Pentagon figures agree.\nSecond line of the note.".to_string();
    kerry.sources = vec![source.clone()];
    kerry.summary = Some("Coalition of 60 nations made nearly 2,000 air strikes".to_string());
    kerry.history.push(HistoryEntry {
        note: Some(kerry.note.clone()),
        sources: vec![source.clone()],
        ..entry(HistoryAction::Noted, None)
    });
    kerry.history.push(HistoryEntry {
        detail: Some(source.reference.clone()),
        ..entry(HistoryAction::SourceAdded, None)
    });

    let mut quote = claim(ARTICLE, "c-quote", QUOTE);
    quote.verdict = Some(decision(Verdict::Disputed, "budi"));
    quote.reviews = vec![
        ReviewerVerdict {
            reviewer: "ayu".to_string(),
            value: Some(Verdict::Verified),
            at: Some(at("2024-05-01T09:00:00+07:00")),
            note: "Heard it on the recording.".to_string(),
            sources: vec![source.clone()],
        },
        ReviewerVerdict {
            reviewer: "budi".to_string(),
            value: None,
            at: None,
            note: String::new(),
            sources: Vec::new(),
        },
    ];
    quote.conflict = true;
    quote
        .history
        .push(entry(HistoryAction::Adjudicated, Some(Verdict::Disputed)));

    let mut rice = claim(ARTICLE, "c-rice", RICE);
    rice.status = ClaimStatus::Dismissed;
    rice.history.push(entry(HistoryAction::Dismissed, None));

    let mut calm = claim(ARTICLE, "m-calm", CALM);
    calm.origin = Origin::Manual;
    calm.kinds = vec![ClaimKind::Factual];
    calm.rewording = Some("The city was calm at night.".to_string());
    calm.history.push(HistoryEntry {
        detail: Some("added from the article view".to_string()),
        ..entry(HistoryAction::Added, None)
    });
    calm.history.push(HistoryEntry {
        detail: calm.rewording.clone(),
        ..entry(HistoryAction::Reworded, None)
    });

    let jakarta = claim(ARTICLE, "c-jakarta", JAKARTA);

    // A reviewed claim whose sentence was edited out of the article.
    let mut gone = marked(
        claim(
            "Surabaya punya 3 juta warga. Lain.",
            "c-gone",
            "Surabaya punya 3 juta warga.",
        ),
        Verdict::Unverified,
    );
    gone.status = ClaimStatus::Orphaned;

    let mut file = file_with(ARTICLE, vec![kerry, quote, rice, calm, jakarta, gone]);
    file.article.url = Some("https://example.org/news/kerry".to_string());
    file
}
