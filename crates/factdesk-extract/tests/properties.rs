//! Property tests: on arbitrary text the extractor never panics and every
//! span it reports lies on char boundaries and matches its text.

use factdesk_extract::{Language, anchor_for, extract, sentences};
use proptest::prelude::*;

/// Text built from pieces that exercise the rules: abbreviations, quote
/// marks, dots, digits, clitics, a BOM, CRLF, and arbitrary characters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Dr. ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just(". ".to_string()),
        Just("… ".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("2.000 ".to_string()),
        Just("50 persen ".to_string()),
        Just(" katanya".to_string()),
        Just("Kerry mengatakan ".to_string()),
        Just("Menteri Luar Negeri AS John Kerry ".to_string()),
        Just("dia berkata: ".to_string()),
        Just("al-Abadi ".to_string()),
        Just("LONDON: ".to_string()),
        Just(" - ".to_string()),
        Just("he said ".to_string()),
        "[a-zA-Z ]{1,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn check(article: &str) {
    for lang in [None, Some(Language::Id), Some(Language::En)] {
        let extraction = extract(article, lang);
        for claim in &extraction.claims {
            assert!(article.is_char_boundary(claim.start) && article.is_char_boundary(claim.end));
            assert_eq!(&article[claim.start..claim.end], claim.text);
            assert_eq!(claim.anchor.exact, claim.text);
            assert!((0.0..=1.0).contains(&claim.score));
            for q in &claim.quantities {
                assert_eq!(article.get(q.start..q.end), Some(q.text.as_str()));
            }
            if let Some(speaker) = &claim.speaker {
                assert!(speaker.start <= speaker.end);
                assert!(article.get(speaker.start..speaker.end).is_some());
            }
        }
    }
    for sentence in sentences(article, Language::Id) {
        assert!(article.get(sentence.start..sentence.end).is_some());
        assert!(sentence.start < sentence.end);
    }
}

/// `extract` on a thread that has never extracted anything, so none of
/// its reused work buffers hold anything from an earlier article.
fn extract_fresh(article: &str, lang: Option<Language>) -> factdesk_extract::Extraction {
    let article = article.to_string();
    std::thread::spawn(move || extract(&article, lang))
        .join()
        .unwrap_or_else(|_| panic!("extract panicked"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The work buffers `extract` keeps between articles carry nothing
    /// over: after other articles (longer, shorter, other language) the
    /// result is the one a fresh thread gives.
    #[test]
    fn extract_does_not_depend_on_earlier_articles(
        first in newsish(),
        second in newsish(),
        en in any::<bool>(),
    ) {
        let lang = Some(if en { Language::En } else { Language::Id });
        let fresh = extract_fresh(&second, lang);
        let _ = extract(&first, None);
        let _ = extract(&format!("{first}{second}{first}"), lang);
        prop_assert_eq!(extract(&second, lang), fresh);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn extract_never_panics_on_newsish_text(article in newsish()) {
        check(&article);
    }

    #[test]
    fn extract_never_panics_on_any_text(article in any::<String>()) {
        check(&article);
    }

    #[test]
    fn anchor_never_panics(article in any::<String>(), start in 0usize..64, len in 0usize..64) {
        let anchor = anchor_for(&article, start, start + len);
        prop_assert!(article.contains(&anchor.exact));
    }
}

#[test]
fn long_lines_crlf_bom_and_binary_junk() {
    let line = "Harga beras naik 5 persen kata Budi Santoso ".repeat(25_000);
    check(&line);
    check("\u{feff}Harga naik 5 persen.\r\nKata Budi: “Mahal sekali.”\r\n");
    let junk: String = (0u32..4000)
        .filter_map(|i| char::from_u32((i * 7919) % 0x3000))
        .collect();
    check(&junk);
    check("");
    check("\u{feff}");
}
