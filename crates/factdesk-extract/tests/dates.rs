//! Relative dates in claims are read from the publication day given, else
//! from the day the article dates itself by, else left without a value.

use chrono::NaiveDate;
use factdesk_extract::{
    ExtractOptions, Extraction, Language, Quantity, ReferenceSource, extract_with,
};

const ARTICLE: &str = "Harga beras naik 5 persen dibanding tahun lalu, kata Kepala BPS \
                       Amalia Adininggar Widyasanti kemarin.\n\nBulan depan pemerintah \
                       menggelar operasi pasar di 34 provinsi.\n";

/// The quantity spelled `span` in any claim of `extraction`.
fn quantity<'a>(extraction: &'a Extraction, span: &str) -> &'a Quantity {
    extraction
        .claims
        .iter()
        .flat_map(|c| &c.quantities)
        .find(|q| q.text == span)
        .unwrap_or_else(|| panic!("no {span:?} in {:#?}", extraction.claims))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

#[test]
fn a_given_day_dates_every_claim() {
    let extraction = extract_with(
        ARTICLE,
        ExtractOptions {
            lang: Some(Language::Id),
            published: Some(day(2025, 10, 21)),
        },
    );
    let reference = extraction.reference.as_ref().expect("the given day");
    assert_eq!(
        (reference.date, reference.source),
        (day(2025, 10, 21), ReferenceSource::Given)
    );
    assert_eq!(quantity(&extraction, "tahun lalu").value, Some(2024.0));
    assert_eq!(quantity(&extraction, "kemarin").value, Some(20251020.0));
    assert_eq!(quantity(&extraction, "Bulan depan").value, Some(202511.0));
}

#[test]
fn without_a_day_nothing_is_guessed() {
    let extraction = extract_with(
        ARTICLE,
        ExtractOptions {
            lang: Some(Language::Id),
            published: None,
        },
    );
    assert!(extraction.reference.is_none());
    for span in ["tahun lalu", "kemarin", "Bulan depan"] {
        let q = quantity(&extraction, span);
        assert_eq!((q.value, q.low, q.high), (None, None, None), "{span}");
    }
}

#[test]
fn the_article_dates_itself_by_its_latest_named_day() {
    let article = format!("{ARTICLE}Rapat digelar Senin (20/10/2025) dan Selasa (21/10/2025).\n");
    let extraction = extract_with(&article, ExtractOptions::default());
    let reference = extraction
        .reference
        .as_ref()
        .expect("a day from the article");
    assert_eq!(reference.date, day(2025, 10, 21));
    assert_eq!(reference.source, ReferenceSource::Article);
    let (start, end) = (reference.start.expect("start"), reference.end.expect("end"));
    assert_eq!(&article[start..end], "Selasa (21/10/2025)");
    assert_eq!(quantity(&extraction, "tahun lalu").value, Some(2024.0));
}
