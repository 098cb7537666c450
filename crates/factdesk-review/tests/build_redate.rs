//! Setting the day an article was published after extraction: its
//! relative dates are read again, a reviewer's work is untouched.

use chrono::{DateTime, NaiveDate};
use factdesk_review::build::{new_review, set_publication_day};
use factdesk_review::edit::Stamp;
use factdesk_review::{ReferenceSource, ReviewFile, Verdict};

const DATED: &str = "Harga beras naik 5 persen dibanding tahun lalu, kata Kepala BPS \
                     Amalia Adininggar Widyasanti di Jakarta, Selasa (21/10/2025).\n\n\
                     Pekan lalu harga cabai turun 3 persen di 34 provinsi.\n";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

fn review(article: &str) -> ReviewFile {
    new_review(
        "a.txt",
        article,
        factdesk_extract::extract(article, Some(factdesk_review::Language::Id)),
    )
}

/// (value, low, high) of the quantity spelled `span`.
fn read(file: &ReviewFile, span: &str) -> (Option<f64>, Option<f64>, Option<f64>) {
    let q = file
        .claims
        .iter()
        .flat_map(|c| &c.quantities)
        .find(|q| q.text == span)
        .unwrap_or_else(|| panic!("no {span:?}"));
    (q.value, q.low, q.high)
}

#[test]
fn a_given_day_rereads_every_relative_date_and_keeps_the_verdicts() {
    let mut file = review(DATED);
    let found = file
        .article
        .reference_date
        .clone()
        .expect("dated by its Tuesday");
    assert_eq!(
        (found.date, found.source),
        (day(2025, 10, 21), ReferenceSource::Article)
    );
    assert_eq!(read(&file, "tahun lalu").0, Some(2024.0));
    let stamp = Stamp {
        reviewer: "ayu".to_string(),
        at: DateTime::parse_from_rfc3339("2025-10-22T09:00:00+07:00").expect("a time"),
    };
    file.claims[0].set_verdict(Some(Verdict::Verified), &stamp);
    let reviewed = file.claims[0].clone();

    assert!(set_publication_day(&mut file, Some(day(2024, 3, 5))));
    let given = file.article.reference_date.clone().expect("the given day");
    assert_eq!(
        (given.date, given.source),
        (day(2024, 3, 5), ReferenceSource::Given)
    );
    assert_eq!(read(&file, "tahun lalu").0, Some(2023.0));
    assert_eq!(
        read(&file, "Pekan lalu"),
        (None, Some(20240226.0), Some(20240303.0))
    );
    // An absolute date stays what it says.
    assert_eq!(read(&file, "Selasa (21/10/2025)").0, Some(20251021.0));
    let claim = &file.claims[0];
    assert_eq!(
        (&claim.verdict, &claim.history, &claim.note),
        (&reviewed.verdict, &reviewed.history, &reviewed.note)
    );
    // The same day again changes nothing.
    assert!(!set_publication_day(&mut file, Some(day(2024, 3, 5))));

    // No day given: back to the article's own Tuesday.
    assert!(set_publication_day(&mut file, None));
    assert_eq!(file.article.reference_date, Some(found));
    assert_eq!(read(&file, "tahun lalu").0, Some(2024.0));
}

#[test]
fn without_any_day_relative_dates_lose_their_value() {
    let article = "Harga beras naik 5 persen dibanding tahun lalu, kata BPS.\n";
    let mut file = review(article);
    assert_eq!(read(&file, "tahun lalu"), (None, None, None));
    assert!(set_publication_day(&mut file, Some(day(2025, 10, 21))));
    assert_eq!(read(&file, "tahun lalu").0, Some(2024.0));
    assert!(set_publication_day(&mut file, None));
    assert_eq!(file.article.reference_date, None);
    assert_eq!(read(&file, "tahun lalu"), (None, None, None));
}

#[test]
fn a_date_counted_back_from_a_relative_one_is_read_again_with_it() {
    let article = "Ekspor tahun lalu naik 7 persen dibanding tahun sebelumnya, kata Menteri \
                   Perdagangan Budi Santoso.\n";
    let mut file = review(article);
    // No day known: neither has a value.
    assert_eq!(read(&file, "tahun lalu").0, None);
    assert_eq!(read(&file, "tahun sebelumnya").0, None);
    assert!(set_publication_day(&mut file, Some(day(2025, 10, 21))));
    assert_eq!(read(&file, "tahun lalu").0, Some(2024.0));
    assert_eq!(read(&file, "tahun sebelumnya").0, Some(2023.0));
    // Another day moves both.
    assert!(set_publication_day(&mut file, Some(day(2020, 1, 2))));
    assert_eq!(read(&file, "tahun sebelumnya").0, Some(2018.0));
    // Back to none: both lose their value.
    assert!(set_publication_day(&mut file, None));
    assert_eq!(read(&file, "tahun sebelumnya").0, None);
}

#[test]
fn a_bare_weekday_is_read_again_on_the_side_its_sentence_puts_it() {
    let article = "Polisi menangkap dua tersangka pada Senin, kata Kapolres Budi Santoso.\n\n\
                   Sidang perdana akan digelar pada Kamis di Pengadilan Negeri Jakarta Pusat.\n";
    let mut file = review(article);
    // No day known: neither has a value.
    assert_eq!(read(&file, "pada Senin").0, None);
    assert_eq!(read(&file, "pada Kamis").0, None);
    // Written on Wednesday 22 October 2025: the Monday before, the
    // Thursday after ("akan").
    assert!(set_publication_day(&mut file, Some(day(2025, 10, 22))));
    assert_eq!(read(&file, "pada Senin").0, Some(20251020.0));
    assert_eq!(read(&file, "pada Kamis").0, Some(20251023.0));
    // Written on a Thursday: that day itself, on either side.
    assert!(set_publication_day(&mut file, Some(day(2025, 10, 23))));
    assert_eq!(read(&file, "pada Kamis").0, Some(20251023.0));
    assert!(set_publication_day(&mut file, None));
    assert_eq!(read(&file, "pada Senin").0, None);
}
