//! A review of the seed article with a fixed set of verdicts, built in code.
//!
//! Sentences are located in the article with `str::find`, so these tests do
//! not depend on the claim extractor; quantities, speakers, verdicts, notes,
//! sources and history carry fixed timestamps so every report is stable.

#![allow(dead_code)]

use chrono::{DateTime, FixedOffset};
use factdesk_review::{
    Anchor, Approx, Article, Category, Claim, ClaimKind, ClaimStatus, Decision, ExtractorInfo,
    HistoryAction, HistoryEntry, Language, Quantity, ReviewFile, ReviewerVerdict, SCHEMA_VERSION,
    Signal, Source, Speaker, Verdict,
};

/// The seed article, read from the repository's fixtures.
pub fn article() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/report/kerry-london-coalition.txt"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// A fixed time in Jakarta's offset.
pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("bad time {text}: {e}"))
}

/// The byte range of `needle` in `haystack`, searching from `from`.
fn locate(haystack: &str, needle: &str, from: usize) -> (usize, usize) {
    let start = haystack[from..]
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not found in the article"))
        + from;
    (start, start + needle.len())
}

/// Up to 32 characters either side, as the extractor's anchors hold.
fn anchor(article: &str, start: usize, end: usize) -> Anchor {
    let before = &article[..start];
    let prefix_start = before
        .char_indices()
        .rev()
        .nth(31)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let after = &article[end..];
    let suffix_end = after
        .char_indices()
        .nth(32)
        .map(|(i, _)| i)
        .unwrap_or(after.len());
    Anchor {
        exact: article[start..end].to_owned(),
        prefix: before[prefix_start..].to_owned(),
        suffix: after[..suffix_end].to_owned(),
    }
}

/// A claim on the sentence `sentence`, unreviewed.
pub fn claim(article: &str, id: &str, sentence: &str, kinds: &[ClaimKind]) -> Claim {
    let (start, end) = locate(article, sentence, 0);
    Claim {
        id: id.to_owned(),
        text: article[start..end].to_owned(),
        start,
        end,
        kinds: kinds.to_vec(),
        score: 0.75,
        signals: vec![Signal {
            name: "fixture".to_owned(),
            weight: 1.0,
            evidence: None,
        }],
        anchor: anchor(article, start, end),
        quantities: Vec::new(),
        speaker: None,
        verdict: None,
        note: String::new(),
        sources: Vec::new(),
        summary: None,
        rewording: None,
        origin: Default::default(),
        status: ClaimStatus::Active,
        reviews: Vec::new(),
        conflict: false,
        history: Vec::new(),
    }
}

/// A quantity whose wording `text` lies inside `claim`.
#[allow(clippy::too_many_arguments)]
pub fn quantity(
    article: &str,
    claim: &Claim,
    text: &str,
    value: Option<f64>,
    bounds: (Option<f64>, Option<f64>),
    unit: Option<&str>,
    category: Category,
    approx: Option<Approx>,
) -> Quantity {
    let (start, end) = locate(article, text, claim.start);
    assert!(
        end <= claim.end,
        "`{text}` is not inside claim {}",
        claim.id
    );
    Quantity {
        text: text.to_owned(),
        start,
        end,
        value,
        low: bounds.0.or(value),
        high: bounds.1.or(value),
        unit: unit.map(str::to_owned),
        category,
        approx,
    }
}

/// A speaker whose mention `mention` lies inside `claim`.
pub fn speaker(
    article: &str,
    claim: &Claim,
    name: &str,
    role: Option<&str>,
    mention: &str,
    cue: &str,
) -> Speaker {
    let (start, end) = locate(article, mention, claim.start);
    Speaker {
        name: name.to_owned(),
        role: role.map(str::to_owned),
        start,
        end,
        cue: cue.to_owned(),
        via: None,
        kind: factdesk_review::SourceKind::Person,
    }
}

/// Gives `claim` a verdict, with the history entry that records it.
pub fn decide(claim: &mut Claim, verdict: Verdict, reviewer: &str, when: &str, note: &str) {
    let when = at(when);
    claim.note = note.to_owned();
    claim.verdict = Some(Decision {
        value: verdict,
        reviewer: reviewer.to_owned(),
        at: when,
    });
    claim.history.push(HistoryEntry {
        at: when,
        reviewer: reviewer.to_owned(),
        action: HistoryAction::Marked,
        verdict: Some(verdict),
        note: Some(note.to_owned()).filter(|n| !n.is_empty()),
        sources: claim.sources.clone(),
        detail: None,
    });
}

/// A source.
pub fn source(reference: &str, archived: Option<&str>, description: Option<&str>) -> Source {
    Source {
        reference: reference.to_owned(),
        archived: archived.map(str::to_owned),
        description: description.map(str::to_owned),
    }
}

/// The review file around some claims.
pub fn review_file(article: &str, claims: Vec<Claim>) -> ReviewFile {
    ReviewFile {
        schema_version: SCHEMA_VERSION,
        article: factdesk_review::Article {
            path: "kerry-london-coalition.txt".to_owned(),
            sha256: "bd3b7b357e2882f2e4226b6db700682e3f2d62b87237cf7045715b794da97b1d".to_owned(),
            language: Language::Id,
            title: None,
            url: None,
            reference_date: None,
        },
        extractor: ExtractorInfo {
            name: "factdesk".to_owned(),
            version: "0.1.0".to_owned(),
        },
        claims: {
            assert!(
                claims
                    .iter()
                    .all(|c| article.get(c.start..c.end) == Some(c.text.as_str()))
            );
            claims
        },
    }
}

/// The seed review: seven claims, two reviewers, every verdict state, one
/// conflict, one dismissed claim.
pub fn seed_review() -> (String, ReviewFile) {
    let article = article();
    let a = article.as_str();
    let mut claims = Vec::new();

    // 1. Kerry's headline claim: unverified.
    let mut lead = claim(
        a,
        "5f1c0a3e",
        "LONDON: Irak dan mitra internasionalnya telah memperoleh kemajuan signifikan dalam perang melawan militan Negara Islam (ISIS), dengan menewaskan ribuan pejuang kelompok tersebut dan 50 persen pemimpinnya, kata Menteri Luar Negeri AS John Kerry.",
        &[ClaimKind::Numeric, ClaimKind::Attributed],
    );
    lead.quantities = vec![
        quantity(
            a,
            &lead,
            "ribuan pejuang",
            None,
            (Some(1000.0), Some(9999.0)),
            Some("pejuang"),
            Category::Count,
            None,
        ),
        quantity(
            a,
            &lead,
            "50 persen",
            Some(50.0),
            (None, None),
            Some("%"),
            Category::Percent,
            None,
        ),
    ];
    lead.speaker = Some(speaker(
        a,
        &lead,
        "John Kerry",
        Some("Menteri Luar Negeri AS"),
        "John Kerry",
        "kata",
    ));
    lead.summary =
        Some("Coalition killed thousands of ISIS fighters and half its leaders".to_owned());
    decide(
        &mut lead,
        Verdict::Unverified,
        "ayu",
        "2015-01-23T09:15:00+07:00",
        "The State Department gave no breakdown of the 50 percent figure.\nAsked on 23 January; no answer yet.",
    );
    claims.push(lead);

    // 2. Airstrikes and territory: verified, with a URL and a document source.
    let mut airstrikes = claim(
        a,
        "9b27d4c1",
        "Pada pertemuan koalisi anti-ISIS di London, Kerry juga mengatakan pasukan darat Irak, yang didukung oleh hampir 2.000 serangan udara, telah merebut kembali wilayah seluas 700 kilometer persegi.",
        &[ClaimKind::Attributed, ClaimKind::Numeric],
    );
    airstrikes.quantities = vec![
        quantity(
            a,
            &airstrikes,
            "hampir 2.000 serangan udara",
            Some(2000.0),
            (None, None),
            Some("serangan udara"),
            Category::Count,
            Some(Approx::Nearly),
        ),
        quantity(
            a,
            &airstrikes,
            "700 kilometer persegi",
            Some(700.0),
            (None, None),
            Some("km2"),
            Category::Measure,
            None,
        ),
    ];
    airstrikes.speaker = Some(speaker(
        a,
        &airstrikes,
        "John Kerry",
        Some("Menteri Luar Negeri AS"),
        "Kerry",
        "mengatakan",
    ));
    airstrikes.summary = Some("Nearly 2,000 airstrikes; 700 km2 retaken".to_owned());
    airstrikes.sources = vec![
        source(
            "https://www.defense.gov/News/Releases/operation-inherent-resolve-strikes",
            Some(
                "https://web.archive.org/web/20150123000000/https://www.defense.gov/News/Releases/operation-inherent-resolve-strikes",
            ),
            Some("CENTCOM strike tally to 22 January 2015: 1,946 strikes"),
        ),
        source(
            "Pentagon briefing transcript, 22 January 2015, p. 3",
            None,
            Some("700 km2 figure"),
        ),
    ];
    decide(
        &mut airstrikes,
        Verdict::Verified,
        "budi",
        "2015-01-23T10:40:00+07:00",
        "1,946 strikes by 22 January matches \"nearly 2,000\".",
    );
    claims.push(airstrikes);

    // 3. "Single-digit thousands": disputed; its summary is too long for ClaimReview.
    let mut toll = claim(
        a,
        "2d6e8f90",
        "Dia mengatakan jumlah militan ISIS yang terbunuh mencapai “satu digit” ribuan.",
        &[ClaimKind::Attributed, ClaimKind::Numeric],
    );
    toll.quantities = vec![quantity(
        a,
        &toll,
        "“satu digit” ribuan",
        None,
        (Some(1000.0), Some(9999.0)),
        None,
        Category::Number,
        None,
    )];
    toll.speaker = Some(speaker(
        a,
        &toll,
        "John Kerry",
        Some("Menteri Luar Negeri AS"),
        "Dia",
        "mengatakan",
    ));
    toll.summary = Some(
        "Kerry says the number of ISIS militants killed so far runs into the single-digit thousands".to_owned(),
    );
    toll.sources = vec![source(
        "https://www.theguardian.com/world/2015/jan/22/isis-fighters-killed-coalition",
        None,
        Some("US officials put the toll at about 6,000"),
    )];
    decide(
        &mut toll,
        Verdict::Disputed,
        "ayu",
        "2015-01-23T11:05:00+07:00",
        "Other US officials the same week said about 6,000 — within range, but the figure is contested & unsourced.",
    );
    toll.history.push(HistoryEntry {
        at: at("2015-01-23T11:30:00+07:00"),
        reviewer: "ayu".to_owned(),
        action: HistoryAction::SourceAdded,
        verdict: None,
        note: None,
        sources: Vec::new(),
        detail: Some(
            "https://www.theguardian.com/world/2015/jan/22/isis-fighters-killed-coalition"
                .to_owned(),
        ),
    });
    claims.push(toll);

    // 4. Who met whom: verified by both reviewers after a merge.
    let mut meeting = claim(
        a,
        "71aa03b5",
        "Kerry bertemu dengan Menteri Luar Negeri Inggris Philip Hammond, Perdana Menteri Irak Haider al-Abadi dan para pejabat dari 21 negara pada konferensi satu hari di London yang dimaksudkan untuk menutup celah dalam koalisi internasional melawan kelompok ekstremis, yang menguasai sebagian besar wilayah Suriah dan Suriah.",
        &[ClaimKind::Factual, ClaimKind::Numeric],
    );
    meeting.quantities = vec![
        quantity(
            a,
            &meeting,
            "21 negara",
            Some(21.0),
            (None, None),
            Some("negara"),
            Category::Count,
            None,
        ),
        quantity(
            a,
            &meeting,
            "satu hari",
            Some(1.0),
            (None, None),
            Some("hari"),
            Category::Duration,
            None,
        ),
    ];
    meeting.summary = Some("Officials from 21 countries met in London for one day".to_owned());
    meeting.sources = vec![source(
        "https://www.gov.uk/government/news/london-meeting-of-the-global-coalition-against-isil",
        None,
        None,
    )];
    decide(
        &mut meeting,
        Verdict::Verified,
        "ayu",
        "2015-01-23T09:50:00+07:00",
        "",
    );
    meeting.reviews = vec![
        ReviewerVerdict {
            reviewer: "ayu".to_owned(),
            value: Some(Verdict::Verified),
            at: Some(at("2015-01-23T09:50:00+07:00")),
            note: String::new(),
            sources: Vec::new(),
        },
        ReviewerVerdict {
            reviewer: "budi".to_owned(),
            value: Some(Verdict::Verified),
            at: Some(at("2015-01-23T10:02:00+07:00")),
            note: "UK FCO list has 21 participants.".to_owned(),
            sources: Vec::new(),
        },
    ];
    claims.push(meeting);

    // 5. Abadi's quote to AP: still pending.
    let mut alone = claim(
        a,
        "c4e5b6a7",
        "“Kami sendirian dalam hal ini,” katanya kepada The Associated Press pada hari Rabu.",
        &[ClaimKind::Quote, ClaimKind::Attributed],
    );
    alone.speaker = Some(speaker(
        a,
        &alone,
        "Haider al-Abadi",
        Some("Perdana Menteri Irak"),
        "katanya",
        "katanya",
    ));
    claims.push(alone);

    // 6. Oil prices a "disaster": reviewers disagree; no summary.
    let mut oil = claim(
        a,
        "e0f1d2c3",
        "Hambatan potensial lainnya adalah jatuhnya harga minyak, yang menurut Abadi merupakan “bencana” bagi anggaran Irak.",
        &[ClaimKind::Attributed],
    );
    oil.speaker = Some(speaker(
        a,
        &oil,
        "Haider al-Abadi",
        Some("Perdana Menteri Irak"),
        "Abadi",
        "menurut",
    ));
    decide(
        &mut oil,
        Verdict::Unverified,
        "budi",
        "2015-01-23T10:55:00+07:00",
        "Budget figures for 2015 not yet published.",
    );
    oil.reviews = vec![
        ReviewerVerdict {
            reviewer: "ayu".to_owned(),
            value: Some(Verdict::Disputed),
            at: Some(at("2015-01-23T10:20:00+07:00")),
            note: "Oil is 90% of revenue; \"disaster\" is fair, not false.".to_owned(),
            sources: Vec::new(),
        },
        ReviewerVerdict {
            reviewer: "budi".to_owned(),
            value: Some(Verdict::Unverified),
            at: Some(at("2015-01-23T10:55:00+07:00")),
            note: "Budget figures for 2015 not yet published.".to_owned(),
            sources: Vec::new(),
        },
    ];
    oil.conflict = true;
    claims.push(oil);

    // 7. Not a claim: dismissed, so no report shows it.
    let mut reassured = claim(
        a,
        "f9e8d7c6",
        "Hammond meyakinkannya bahwa itu tidak akan terjadi.",
        &[ClaimKind::Factual],
    );
    reassured.status = ClaimStatus::Dismissed;
    reassured.history.push(HistoryEntry {
        at: at("2015-01-23T09:00:00+07:00"),
        reviewer: "ayu".to_owned(),
        action: HistoryAction::Dismissed,
        verdict: None,
        note: None,
        sources: Vec::new(),
        detail: None,
    });
    claims.push(reassured);

    let review = review_file(a, claims);
    (article, review)
}

/// The seed review with a title and URL, as a publisher would report it.
pub fn article_meta(review: &mut ReviewFile) {
    review.article = Article {
        title: Some("Kerry: koalisi anti-ISIS membuat kemajuan".to_owned()),
        url: Some("https://example.id/berita/kerry-london-coalition".to_owned()),
        ..review.article.clone()
    };
}
