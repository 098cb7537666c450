//! The seed article: its numbers (with values), its speakers and its
//! machine-translation fragments, checked end to end through `extract`.

use factdesk_extract::{
    Approx, Category, ClaimKind, ExtractedClaim, Extraction, Language, Quantity, extract,
};

const SEED: &str = include_str!("../../../tests/fixtures/seed/kerry-london-coalition.id.txt");

fn seed() -> Extraction {
    extract(SEED, None)
}

/// The claim whose text contains `needle`.
fn claim<'a>(extraction: &'a Extraction, needle: &str) -> &'a ExtractedClaim {
    let found: Vec<&ExtractedClaim> = extraction
        .claims
        .iter()
        .filter(|c| c.text.contains(needle))
        .collect();
    assert_eq!(found.len(), 1, "expected one claim containing {needle:?}");
    found[0]
}

/// The quantity of `claim` whose text contains `needle`.
fn quantity<'a>(claim: &'a ExtractedClaim, needle: &str) -> &'a Quantity {
    claim
        .quantities
        .iter()
        .find(|q| q.text.contains(needle))
        .unwrap_or_else(|| panic!("no quantity {needle:?} in {:?}", claim.quantities))
}

fn bounds(q: &Quantity) -> (Option<f64>, Option<f64>) {
    (q.low, q.high)
}

#[test]
fn detects_indonesian_and_drops_the_dateline() {
    let extraction = seed();
    assert_eq!(extraction.language, Language::Id);
    assert_eq!(extraction.title, None);
    let first = &extraction.claims[0];
    assert!(first.text.starts_with("Irak dan mitra"), "{}", first.text);
    assert!(!first.text.contains("LONDON"));
}

#[test]
fn numbers_with_values() {
    let extraction = seed();
    let first = claim(&extraction, "kemajuan signifikan");
    let ribuan = quantity(first, "ribuan");
    assert_eq!(bounds(ribuan), (Some(1000.0), Some(9999.0)));
    assert_eq!(ribuan.value, None);
    let percent = quantity(first, "50 persen");
    assert_eq!(percent.value, Some(50.0));
    assert_eq!(percent.unit.as_deref(), Some("%"));
    assert_eq!(percent.category, Category::Percent);

    let second = claim(&extraction, "serangan udara");
    let strikes = quantity(second, "2.000");
    assert_eq!(strikes.value, Some(2000.0));
    assert_eq!(strikes.approx, Some(Approx::Nearly));
    let area = quantity(second, "700");
    assert_eq!(area.value, Some(700.0));
    assert_eq!(area.unit.as_deref(), Some("km2"));

    let digit = claim(&extraction, "satu digit");
    let thousands = quantity(digit, "satu digit");
    assert_eq!(bounds(thousands), (Some(1000.0), Some(9999.0)));

    let meeting = claim(&extraction, "21 negara");
    let countries = quantity(meeting, "21");
    assert_eq!(countries.value, Some(21.0));
    assert_eq!(countries.unit.as_deref(), Some("negara"));
    let day = quantity(meeting, "satu hari");
    assert_eq!(day.value, Some(1.0));
    assert_eq!(day.category, Category::Duration);

    for claim in [first, second, digit, meeting] {
        assert!(claim.kinds.contains(&ClaimKind::Numeric), "{}", claim.text);
    }
}

#[test]
fn speakers_with_roles_short_names_and_pronouns() {
    let extraction = seed();
    let first = claim(&extraction, "kemajuan signifikan");
    let kerry = first
        .speaker
        .as_ref()
        .expect("first sentence is attributed");
    assert_eq!(kerry.name, "John Kerry");
    assert_eq!(kerry.role.as_deref(), Some("Menteri Luar Negeri AS"));
    assert_eq!(kerry.cue, "kata");
    assert_eq!(&SEED[kerry.start..kerry.end], "John Kerry");

    let short = claim(&extraction, "Kerry juga mengatakan");
    let speaker = short.speaker.as_ref().expect("Kerry juga mengatakan");
    assert_eq!(speaker.name, "John Kerry");
    assert_eq!(&SEED[speaker.start..speaker.end], "Kerry");

    let pronoun = claim(&extraction, "Dia mengatakan jumlah");
    let speaker = pronoun.speaker.as_ref().expect("Dia mengatakan");
    assert_eq!(speaker.name, "John Kerry");
    assert_eq!(speaker.via.as_deref(), Some("dia"));
    assert_eq!(&SEED[speaker.start..speaker.end], "Dia");

    let abadi = claim(&extraction, "Abadi baru-baru ini mengeluh");
    let speaker = abadi.speaker.as_ref().expect("Abadi mengeluh");
    assert_eq!(speaker.name, "Haider al-Abadi");
    assert_eq!(speaker.role.as_deref(), Some("Perdana Menteri Irak"));

    // The quote paragraphs after Abadi's complaint are his.
    for needle in [
        "Kami sendirian",
        "Banyak yang dikatakan",
        "Saya meminta lebih banyak",
        "Kami tidak ingin melihat",
    ] {
        let quote = claim(&extraction, needle);
        let speaker = quote.speaker.as_ref().unwrap_or_else(|| panic!("{needle}"));
        assert_eq!(speaker.name, "Haider al-Abadi", "{needle}");
        assert!(quote.kinds.contains(&ClaimKind::Quote), "{needle}");
    }
    let katanya = claim(&extraction, "Kami sendirian");
    let speaker = katanya.speaker.as_ref().expect("katanya");
    assert_eq!(speaker.cue, "katanya");
    assert_eq!(speaker.via.as_deref(), Some("-nya"));
    let continued = claim(&extraction, "Banyak yang dikatakan");
    assert_eq!(
        continued.speaker.as_ref().map(|s| s.cue.as_str()),
        Some("quote-continuation")
    );

    let menurut = claim(&extraction, "menurut Abadi");
    assert_eq!(
        menurut.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Haider al-Abadi")
    );

    // Hammond where the article attributes something to him.
    for needle in [
        "komentar Hammond",
        "Hammond meyakinkannya",
        "Kampanye ini tidak akan gagal",
    ] {
        let hammond = claim(&extraction, needle);
        let speaker = hammond
            .speaker
            .as_ref()
            .unwrap_or_else(|| panic!("{needle}"));
        assert_eq!(speaker.name, "Philip Hammond", "{needle}");
        assert_eq!(speaker.role.as_deref(), Some("Menteri Luar Negeri Inggris"));
    }

    let later = claim(&extraction, "dihentikan");
    assert_eq!(
        later.speaker.as_ref().map(|s| s.name.as_str()),
        Some("John Kerry")
    );
}

#[test]
fn fragments_never_stand_alone() {
    let extraction = seed();
    for claim in &extraction.claims {
        let letters: String = claim.text.chars().filter(|c| c.is_alphabetic()).collect();
        assert!(
            claim.text.split_whitespace().count() >= 3,
            "{:?}",
            claim.text
        );
        assert_ne!(letters, "Irak");
        assert_ne!(letters, "kontrol");
        assert!(!claim.text.starts_with('.'), "{:?}", claim.text);
    }
    let syria = claim(&extraction, "wilayah Suriah dan Suriah");
    assert!(syria.text.ends_with("Suriah. Irak. ."), "{}", syria.text);
    let mosul = claim(&extraction, "Mosul");
    assert!(
        mosul.text.ends_with("militan. . kontrol."),
        "{}",
        mosul.text
    );
}

#[test]
fn spans_anchors_and_ids_are_consistent() {
    let extraction = seed();
    let mut previous_end = 0;
    for claim in &extraction.claims {
        assert_eq!(&SEED[claim.start..claim.end], claim.text);
        assert!(claim.start >= previous_end, "claims are in article order");
        previous_end = claim.end;
        assert_eq!(claim.anchor.exact, claim.text);
        assert!((0.0..=1.0).contains(&claim.score));
        assert!(!claim.signals.is_empty());
        for q in &claim.quantities {
            assert_eq!(&SEED[q.start..q.end], q.text);
            assert!(q.start >= claim.start && q.end <= claim.end);
        }
    }
}

#[test]
fn editing_one_sentence_keeps_the_other_ids() {
    let before = seed();
    let edited = SEED.replace(
        "hampir 2.000 serangan udara",
        "lebih dari 3.000 serangan udara",
    );
    let after = extract(&edited, None);
    let changed: Vec<&ExtractedClaim> = after
        .claims
        .iter()
        .filter(|c| !before.claims.iter().any(|b| b.id == c.id))
        .collect();
    assert_eq!(changed.len(), 1, "only the edited sentence gets a new id");
    assert!(changed[0].text.contains("3.000"));
    assert_eq!(after.claims.len(), before.claims.len());
}
