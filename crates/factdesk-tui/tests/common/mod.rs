//! A small Indonesian article and review file written for these tests
//! (independent of the extractor's output).

#![allow(dead_code)]

use chrono::{DateTime, FixedOffset};
use factdesk_review::edit::Stamp;
use factdesk_review::{
    Anchor, Approx, Article, Category, Claim, ClaimKind, ExtractedClaim, ExtractorInfo, Language,
    Quantity, ReviewFile, SCHEMA_VERSION, Signal, Speaker,
};
use factdesk_tui::{Config, StartOptions, State, initial_state, key_to_action, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub const ARTICLE: &str = "Banjir Rendam 1.200 Rumah di Jakarta Timur\n\n\
Banjir besar merendam sedikitnya 1.200 rumah di Jakarta Timur pada Senin pagi. \
Gubernur DKI Jakarta Budi Santoso mengatakan kerugian ditaksir mencapai Rp 4,5 miliar.\n\n\
\"Kami sudah mengerahkan 300 petugas ke lokasi,\" kata Budi. \
Curah hujan tercatat 150 milimeter dalam sehari, tertinggi sejak 2020.\n\n\
Warga berharap pemerintah segera memperbaiki saluran air. \
Menurut BPBD, hampir 2.000 warga mengungsi ke 12 posko.";

/// The sentences made into claims, with kinds, score and quantities.
const CLAIMS: &[(&str, ClaimKind, f64)] = &[
    (
        "Banjir besar merendam sedikitnya 1.200 rumah di Jakarta Timur pada Senin pagi.",
        ClaimKind::Numeric,
        0.81,
    ),
    (
        "Gubernur DKI Jakarta Budi Santoso mengatakan kerugian ditaksir mencapai Rp 4,5 miliar.",
        ClaimKind::Numeric,
        0.92,
    ),
    (
        "\"Kami sudah mengerahkan 300 petugas ke lokasi,\" kata Budi.",
        ClaimKind::Quote,
        0.64,
    ),
    (
        "Curah hujan tercatat 150 milimeter dalam sehari, tertinggi sejak 2020.",
        ClaimKind::Numeric,
        0.73,
    ),
    (
        "Menurut BPBD, hampir 2.000 warga mengungsi ke 12 posko.",
        ClaimKind::Attributed,
        0.55,
    ),
];

pub fn at(minute: u32) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2026-02-03T09:{minute:02}:00+07:00")).unwrap()
}

/// The quantity spelled `text` in the sentence that starts at byte
/// `sentence_start` of the article.
pub fn quantity(
    sentence_start: usize,
    sentence: &str,
    text: &str,
    value: f64,
    unit: Option<&str>,
    category: Category,
    approx: Option<Approx>,
) -> Quantity {
    let start = sentence_start + sentence.find(text).unwrap();
    Quantity {
        text: text.to_string(),
        start,
        end: start + text.len(),
        value: Some(value),
        low: Some(value),
        high: Some(value),
        unit: unit.map(str::to_string),
        category,
        approx,
    }
}

pub fn claim_for(article: &str, text: &str, kind: ClaimKind, score: f64) -> Claim {
    let start = article.find(text).unwrap();
    let end = start + text.len();
    let mut quantities = Vec::new();
    let mut speaker = None;
    if text.contains("1.200 rumah") {
        quantities.push(quantity(
            start,
            text,
            "sedikitnya 1.200 rumah",
            1200.0,
            Some("rumah"),
            Category::Count,
            Some(Approx::AtLeast),
        ));
    }
    if text.contains("Rp 4,5 miliar") {
        quantities.push(quantity(
            start,
            text,
            "Rp 4,5 miliar",
            4.5e9,
            Some("IDR"),
            Category::Money,
            Some(Approx::Estimated),
        ));
        let s = start + text.find("Budi Santoso").unwrap();
        speaker = Some(Speaker {
            name: "Budi Santoso".to_string(),
            role: Some("Gubernur DKI Jakarta".to_string()),
            start: s,
            end: s + "Budi Santoso".len(),
            cue: "mengatakan".to_string(),
            via: None,
            kind: factdesk_review::SourceKind::Person,
        });
    }
    if text.contains("hampir 2.000") {
        quantities.push(quantity(
            start,
            text,
            "hampir 2.000 warga",
            2000.0,
            Some("warga"),
            Category::Count,
            Some(Approx::Nearly),
        ));
    }
    Claim::from_extracted(ExtractedClaim {
        id: factdesk_extract::claim_id(text, 1),
        text: text.to_string(),
        start,
        end,
        kinds: vec![kind],
        score,
        signals: vec![Signal {
            name: "quantity".to_string(),
            weight: 0.4,
            evidence: quantities.first().map(|q| q.text.clone()),
        }],
        anchor: Anchor {
            exact: text.to_string(),
            prefix: String::new(),
            suffix: String::new(),
        },
        quantities,
        speaker,
    })
}

pub fn review_file(article: &str, claims: &[(&str, ClaimKind, f64)]) -> ReviewFile {
    ReviewFile {
        schema_version: SCHEMA_VERSION,
        article: Article {
            path: "banjir-jakarta.txt".to_string(),
            sha256: "0".repeat(64),
            language: Language::Id,
            title: Some("Banjir Rendam 1.200 Rumah di Jakarta Timur".to_string()),
            url: None,
            reference_date: None,
        },
        extractor: ExtractorInfo {
            name: "factdesk".to_string(),
            version: "test".to_string(),
        },
        claims: claims
            .iter()
            .map(|(t, k, s)| claim_for(article, t, *k, *s))
            .collect(),
    }
}

pub fn sample_file() -> ReviewFile {
    review_file(ARTICLE, CLAIMS)
}

pub fn state_with(file: ReviewFile, config: &Config) -> State {
    let mut state = initial_state(
        file,
        ARTICLE.to_string(),
        "ana".to_string(),
        config,
        StartOptions {
            label: "banjir-jakarta.review.json".to_string(),
            now: Some(at(0)),
            ..Default::default()
        },
    );
    update(&mut state, factdesk_tui::Action::Resize(120, 40));
    state
}

/// The state of a review of `article` as the interface starts it, with
/// the default configuration and no start options.
pub fn state_of(file: ReviewFile, article: &str) -> State {
    initial_state(
        file,
        article.to_string(),
        "ana".to_string(),
        &Config::default(),
        StartOptions::default(),
    )
}

pub fn sample_state() -> State {
    state_with(sample_file(), &Config::default())
}

pub fn stamp(minute: u32) -> Stamp {
    Stamp {
        reviewer: "budi".to_string(),
        at: at(minute),
    }
}

/// Presses keys given in config syntax ("j", "Ctrl-s", "Enter"), through
/// the real keymap.
pub fn press(state: &mut State, keys: &[&str]) {
    for key in keys {
        let chord = factdesk_tui::keymap::KeyChord::parse(key).unwrap();
        let modifiers = if chord.ctrl {
            KeyModifiers::CONTROL
        } else {
            KeyModifiers::NONE
        };
        let event = KeyEvent::new(chord.code, modifiers);
        if let Some(action) = key_to_action(state, &event) {
            update(state, action);
        }
    }
}

/// Types text character by character.
pub fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        let event = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        if let Some(action) = key_to_action(state, &event) {
            update(state, action);
        }
    }
}

pub fn selected_text(state: &State) -> String {
    state
        .selected_claim()
        .map(|c| c.text.clone())
        .unwrap_or_default()
}
