//! Properties that hold on any input: no panic, spans on char boundaries,
//! `text == source[start..end]`, sorted and non-overlapping, `low <= high`.

use factdesk_numbers::{Language, find_quantities};
use proptest::prelude::*;

fn check(text: &str) {
    for lang in [Language::Id, Language::En] {
        let found = find_quantities(text, lang);
        let mut last_end = 0;
        for q in &found {
            assert!(q.start < q.end && q.end <= text.len(), "{q:?}");
            assert!(
                text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
                "{q:?}"
            );
            assert_eq!(&text[q.start..q.end], q.text);
            assert!(q.start >= last_end, "overlap or unsorted: {found:?}");
            last_end = q.end;
            if let (Some(lo), Some(hi)) = (q.low, q.high) {
                assert!(lo <= hi, "{q:?}");
            }
        }
    }
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,4}",
        "[0-9]{1,3}([.,][0-9]{3}){0,3}([.,][0-9]{1,2})?",
        Just("juta".to_string()),
        Just("miliar".to_string()),
        Just("Rp".to_string()),
        Just("Rp.".to_string()),
        Just("US$".to_string()),
        Just("M".to_string()),
        Just("m".to_string()),
        Just("persen".to_string()),
        Just("%".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("-".to_string()),
        Just("–".to_string()),
        Just("−".to_string()),
        Just("/".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("ke".to_string()),
        Just("satu digit".to_string()),
        Just("ribuan".to_string()),
        Just("hampir".to_string()),
        Just("antara".to_string()),
        Just("dan".to_string()),
        Just("and".to_string()),
        Just("between".to_string()),
        Just("a".to_string()),
        Just("half".to_string()),
        Just("km²".to_string()),
        Just("°C".to_string()),
        Just("é".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{202f}".to_string()),
        Just("½".to_string()),
        Just("£".to_string()),
        Just("€".to_string()),
        Just("\n".to_string()),
        Just("dua ratus".to_string()),
        Just("Sabtu".to_string()),
        Just("Januari".to_string()),
        Just("pukul".to_string()),
        Just("No.".to_string()),
        "[a-zA-Z]{1,8}",
        "\\PC{1,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn corpus_like_tokens(parts in prop::collection::vec((token(), prop_oneof![Just(""), Just(" "), Just(", ")]), 0..30)) {
        let s: String = parts.into_iter().map(|(t, sep)| format!("{t}{sep}")).collect();
        check(&s);
    }
}
