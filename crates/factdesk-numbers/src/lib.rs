//! Numbers and quantities in Indonesian and English news text.
//!
//! This crate has one job: find every number-bearing expression in a text
//! ("hampir 2.000 serangan udara", "Rp 4,5 M", "single-digit thousands",
//! "rose 50 percent to 3.2%") and give each one an exact byte span and a
//! normalized value. The claim extractor (`factdesk-extract`) builds on it.
//!
//! Values are `f64`: news quantities (money in rupiah runs to 10^15) fit
//! exactly below 2^53, and a range or a vague magnitude is kept as
//! `low`/`high` rather than averaged into one point.

use serde::{Deserialize, Serialize};

mod dates;
mod digits;
mod grammar;
mod hedges;
mod lexicon;
mod scan;
mod table;
mod tokens;
mod units;
mod words;

pub use dates::{
    earlier_date_anchor, is_earlier_date, is_relative_date, iso_date, reference_in,
    resolve_earlier_dates, resolve_relative_dates, resolve_sentence_dates, resolve_weekdays_ahead,
};

/// The language whose conventions decide how a text is read
/// (`2.500` is 2500 in Indonesian and 2.5 in English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Indonesian (Bahasa Indonesia).
    Id,
    /// English.
    En,
}

impl Language {
    /// The ISO 639-1 code, as written in review files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Language::Id => "id",
            Language::En => "en",
        }
    }

    /// Parses an ISO 639-1 code (`id`, `en`), case-insensitively.
    pub fn from_code(code: &str) -> Option<Language> {
        match code.to_ascii_lowercase().as_str() {
            "id" | "ind" | "indonesian" => Some(Language::Id),
            "en" | "eng" | "english" => Some(Language::En),
            _ => None,
        }
    }
}

/// What kind of thing a quantity measures; decides how a reviewer checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// A bare number with nothing counted ("dua ratus ribu", "1,5").
    Number,
    /// A count of things: the counted noun is the unit ("21 negara").
    Count,
    /// A position in an order ("ke-3", "ketiga", "21st").
    Ordinal,
    /// A percentage; unit `%`.
    Percent,
    /// Percentage points or basis points (unit `pp` or `bps`).
    PercentagePoint,
    /// An amount of money; unit is the ISO 4217 code.
    Money,
    /// A physical measure: distance, area, mass, volume, temperature, energy.
    Measure,
    /// A length of time ("satu hari", "berbulan-bulan", "three weeks").
    Duration,
    /// A calendar date or day ("22 Januari 2015", "pada hari Rabu").
    Date,
    /// A year on its own ("pada 2023", "tahun 2015").
    Year,
    /// A clock time ("pukul 10.30 WIB"): kept so it is not read as a quantity.
    Time,
    /// A ratio or rate ("1 dari 3 orang", "one in five", "dua kali lipat").
    Ratio,
    /// The result of a match or a vote, two counts side by side ("menang
    /// 2-1", "won 3-1", "voted 51-49"): no value; `low` is the first
    /// side's count and `high` the second's, as written (so `low` may be
    /// the larger).
    Score,
    /// A number that names rather than measures: law numbers, "COVID-19",
    /// "G20", phone numbers. Marked so nothing treats it as an amount.
    Identifier,
}

/// A hedge or bound attached to a number ("hampir", "more than").
///
/// The value stays the number as written; the hedge says how to read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// sekitar, kira-kira, kurang lebih, about, around, roughly, some, ±.
    About,
    /// hampir, nyaris, mendekati, nearly, almost, close to: just below.
    Nearly,
    /// lebih dari, di atas, more than, over, upwards of: strictly above.
    MoreThan,
    /// kurang dari, di bawah, less than, fewer than, under, below.
    LessThan,
    /// setidaknya, sedikitnya, paling sedikit, minimal, at least.
    AtLeast,
    /// hingga, sampai, paling banyak, maksimal, up to, as many as.
    AtMost,
    /// diperkirakan, ditaksir, an estimated: an estimate, not a count.
    Estimated,
}

/// One number-bearing expression found in a text.
///
/// `start`/`end` are UTF-8 byte offsets into the text that was searched, and
/// `text == &source[start..end]` always holds. For a point value `low` and
/// `high` equal `value`; for a range or a vague magnitude ("ribuan") `value`
/// is `None` and `low`/`high` bound it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The exact slice of the source text.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The normalized value, or `None` for ranges and vague magnitudes.
    pub value: Option<f64>,
    /// Lower bound (inclusive), when known.
    pub low: Option<f64>,
    /// Upper bound (inclusive), when known.
    pub high: Option<f64>,
    /// `%`, an ISO 4217 code, a unit symbol (`km2`, `km`, `kg`), or the
    /// counted noun for counts ("negara"). `None` for bare numbers.
    pub unit: Option<String>,
    /// What the quantity measures.
    pub category: Category,
    /// The hedge attached to it, if any.
    pub approx: Option<Approx>,
}

/// The days of the week in Indonesian, lower-cased: the date words this
/// crate reads ("pada Senin"), and what `factdesk-extract` skips between a
/// subject and its verb ("Trump pada Senin mengatakan").
pub const WEEKDAYS_ID: &[&str] = &[
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
];

/// The days of the week in English, lower-cased ([`WEEKDAYS_ID`]).
pub const WEEKDAYS_EN: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Finds every quantity in `text`, read with the conventions of `lang`.
///
/// Results are sorted by `start` and never overlap.
pub fn find_quantities(text: &str, lang: Language) -> Vec<Quantity> {
    scan::find(text, lang)
}

/// [`find_quantities`], appending to `out` instead of returning a new list,
/// so a caller that searches text after text can reuse one list (a list
/// sized for an article is a large block to allocate and free each time).
///
/// `out` is not cleared: the quantities of `text` are appended after
/// whatever it holds.
pub fn find_quantities_into(text: &str, lang: Language, out: &mut Vec<Quantity>) {
    scan::find_into(text, lang, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_into_appends_what_find_returns() {
        let texts = [
            "Hampir 2.000 serangan udara menewaskan 6.000 militan, kata dia.",
            "Rp 740,4 miliar\nnaik 3,5 persen pada 2024",
            "",
            "more than 50 percent of $5m, one in five",
        ];
        let mut out = Vec::new();
        for lang in [Language::Id, Language::En] {
            for (i, text) in texts.iter().enumerate() {
                // A list reused after a longer text, and one already holding
                // quantities: the new ones are appended, the old ones kept.
                let before = find_quantities(texts[(i + 1) % texts.len()], lang);
                out.clear();
                out.extend(before.iter().cloned());
                find_quantities_into(text, lang, &mut out);
                assert_eq!(out[..before.len()], before[..], "{text:?}");
                assert_eq!(
                    out[before.len()..],
                    find_quantities(text, lang)[..],
                    "{text:?}"
                );
            }
        }
        assert!(!find_quantities(texts[0], Language::Id).is_empty());
    }

    /// The one quantity found in `text`, checked for text, value, unit and category.
    fn one(text: &str, lang: Language) -> Quantity {
        let found = find_quantities(text, lang);
        assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    /// A text and what its one quantity reads: span, category, value, unit
    /// and hedge.
    type Reading<'a> = (
        &'a str,
        &'a str,
        Category,
        f64,
        Option<&'a str>,
        Option<Approx>,
    );

    /// Asserts each text's one quantity reads as given.
    fn assert_reads(lang: Language, cases: &[Reading]) {
        for &(text, span, category, value, unit, approx) in cases {
            let q = one(text, lang);
            assert_eq!(
                (
                    q.text.as_str(),
                    q.category,
                    q.value,
                    q.unit.as_deref(),
                    q.approx
                ),
                (span, category, Some(value), unit, approx),
                "{text}"
            );
        }
    }

    /// The quantity whose text is `span` among those found in `text`.
    fn named(text: &str, lang: Language, span: &str) -> Quantity {
        let found = find_quantities(text, lang);
        found
            .iter()
            .find(|q| q.text == span)
            .cloned()
            .unwrap_or_else(|| panic!("{text}: no quantity {span:?} in {found:#?}"))
    }

    /// Asserts that `text` holds no quantity at all.
    fn nothing(text: &str, lang: Language) {
        let found = find_quantities(text, lang);
        assert!(found.is_empty(), "{text:?} gave {found:#?}");
    }

    fn check(
        text: &str,
        lang: Language,
        span: &str,
        value: Option<f64>,
        unit: Option<&str>,
        cat: Category,
    ) {
        let found = find_quantities(text, lang);
        let q = found
            .iter()
            .find(|q| q.text == span)
            .unwrap_or_else(|| panic!("{text:?}: no quantity {span:?} in {found:#?}"));
        assert_eq!(q.value, value, "{text:?} value");
        assert_eq!(q.unit.as_deref(), unit, "{text:?} unit");
        assert_eq!(q.category, cat, "{text:?} category");
    }

    fn range(text: &str, lang: Language, lo: f64, hi: f64) {
        let q = one(text, lang);
        assert_eq!(
            (q.value, q.low, q.high),
            (None, Some(lo), Some(hi)),
            "{text:?}: {q:#?}"
        );
    }

    use Category::*;
    use Language::{En, Id};

    #[test]
    fn digits_both_conventions() {
        check(
            "1.250.000",
            Id,
            "1.250.000",
            Some(1_250_000.0),
            None,
            Number,
        );
        check("2,5", Id, "2,5", Some(2.5), None, Number);
        check("1.234,56", Id, "1.234,56", Some(1234.56), None, Number);
        check(
            "1,250,000",
            En,
            "1,250,000",
            Some(1_250_000.0),
            None,
            Number,
        );
        check("2.5", En, "2.5", Some(2.5), None, Number);
        check("2\u{a0}000", En, "2\u{a0}000", Some(2000.0), None, Number);
        check("suhu \u{2212}5", Id, "\u{2212}5", Some(-5.0), None, Number);
        range("10–15", Id, 10.0, 15.0);
    }

    #[test]
    fn indonesian_number_words() {
        for (t, v) in [
            ("sebelas", 11.0),
            ("seratus", 100.0),
            ("seribu", 1000.0),
            ("sejuta", 1e6),
            ("semiliar", 1e9),
            ("dua ratus ribu", 200_000.0),
            ("tujuh ratus dua puluh satu ribu dua belas", 721_012.0),
            ("tiga miliar", 3e9),
            ("lima triliun", 5e12),
            ("setengah", 0.5),
            ("satu setengah juta", 1.5e6),
            ("dua setengah juta", 2.5e6),
            ("seperempat", 0.25),
            ("tiga perempat", 0.75),
            ("dua koma lima", 2.5),
            ("2,5 juta", 2.5e6),
            ("5 rb", 5000.0),
            ("5 jt", 5e6),
            // mid-phrase too: neither is a word
            ("gaji 5 jt per bulan", 5e6),
            ("sekitar 300 rb orang", 3e5),
        ] {
            assert_eq!(one(t, Id).value, Some(v), "{t}");
        }
    }

    #[test]
    fn english_number_words() {
        for (t, v) in [
            ("thirty-five", 35.0),
            ("two hundred and five", 205.0),
            ("a hundred", 100.0),
            ("a dozen", 12.0),
            ("one and a half million", 1.5e6),
            ("half a million", 5e5),
            ("1.5 million", 1.5e6),
            ("1.5m", 1.5e6),
            ("20k", 20_000.0),
        ] {
            assert_eq!(one(t, En).value, Some(v), "{t}");
        }
    }

    #[test]
    fn never_inside_words() {
        assert!(find_quantities("dia menambahkan bahwa wilayah terparah", Id).is_empty());
        assert!(find_quantities("satuan tugas", Id).is_empty());
        assert!(find_quantities("Masjid Raya", Id).is_empty());
    }

    #[test]
    fn ordinals() {
        for (t, l, v) in [
            ("ke-3", Id, 3.0),
            ("ketiga", Id, 3.0),
            ("pertama", Id, 1.0),
            ("third", En, 3.0),
            ("21st", En, 21.0),
        ] {
            let q = one(t, l);
            assert_eq!((q.category, q.value), (Ordinal, Some(v)), "{t}");
        }
    }

    #[test]
    fn ranges_share_the_scale() {
        range("antara 10 dan 15", Id, 10.0, 15.0);
        range("10 hingga 15", Id, 10.0, 15.0);
        range("between 10 and 15", En, 10.0, 15.0);
        range("2-3 juta", Id, 2e6, 3e6);
        range("2 hingga 3 juta", Id, 2e6, 3e6);
        range("from 10 dollars to 20 dollars", En, 10.0, 20.0);
        range("It costs from $5 to $7", En, 5.0, 7.0);
        // After a verb of change, "from X to Y" is the amount before and
        // after: two quantities, the first taking a unit written once.
        for (text, first, second) in [
            (
                "bot computers rose from 2,000 to 30,000 per day",
                "2,000",
                "30,000",
            ),
            (
                "the surcharge was raised from £2.50 to £4 a leg",
                "£2.50",
                "£4",
            ),
            (
                "which has come down from 17 to 6 percent",
                "17",
                "6 percent",
            ),
        ] {
            let found = find_quantities(text, En);
            let texts: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
            assert_eq!(texts, [first, second], "{text}");
            assert_eq!(found[0].unit, found[1].unit, "{text}");
        }
        // Two ends in different units are no range: "a year" is a rate
        // (and after the amount no quantity of its own), or a length.
        let found = find_quantities("climbed from $250 billion a year to $1.6 trillion", En);
        assert_eq!(
            found
                .iter()
                .map(|q| (q.text.as_str(), q.value))
                .collect::<Vec<_>>(),
            [
                ("$250 billion", Some(2.5e11)),
                ("$1.6 trillion", Some(1.6e12))
            ]
        );
        let text = "from a year to about a hundred and twenty million dollars";
        let found = find_quantities(text, En);
        assert!(
            found.iter().all(|q| q.value.is_some()),
            "{text}: {found:#?}"
        );
        assert!(
            found.iter().any(|q| q.text == "a year"),
            "{text}: {found:#?}"
        );
    }

    #[test]
    fn vague_magnitudes() {
        range("belasan", Id, 11.0, 19.0);
        range("ribuan", Id, 1000.0, 9999.0);
        range("puluhan ribu", Id, 10_000.0, 99_999.0);
        range("thousands", En, 1000.0, 9999.0);
        range("mencapai “satu digit” ribuan", Id, 1000.0, 9999.0);
        range("single-digit thousands", En, 1000.0, 9999.0);
        // A plural scale before a currency stays vague: "billions of
        // dollars" is not one billion.
        // "scores" counts only before "of" and what it counts
        assert_eq!(one("scores of people died", En).low, Some(40.0));
        nothing("the use of student test scores", En);
        let q = one("the deal cost billions of dollars.", En);
        assert_eq!(
            (q.value, q.low, q.high, q.unit.as_deref()),
            (None, Some(1e9), Some(1e10 - 1.0), Some("USD"))
        );
        assert_eq!(one("a thousand liters", En).value, Some(1000.0));
        // A few of a scale is two to nine of it: "several hundred million
        // dollars" was one million, "a few thousand" three
        range("several hundred people", En, 200.0, 999.0);
        range("a few thousand troops", En, 2000.0, 9999.0);
        range("several hundred thousand troops", En, 200_000.0, 999_999.0);
        range("beberapa ratus orang", Id, 200.0, 999.0);
        range("beberapa ratus juta rupiah", Id, 2e8, 1e9 - 1.0);
        let q = one("several hundred million dollars below estimates", En);
        assert_eq!(
            (q.text.as_str(), q.low, q.unit.as_deref()),
            ("several hundred million dollars", Some(2e8), Some("USD"))
        );
        // without a scale "a few" is three, "several" none
        assert_eq!(one("a few people came", En).value, Some(3.0));
        nothing("several people came", En);
        // After digits a vague magnitude is a rough scale: "Rp 2,9
        // triliunan" is about 2.9 trillion rupiah; not after a year.
        let q = one("sekitar Rp 2,9 triliunan seperti itu", Id);
        assert_eq!(
            (q.text.as_str(), q.value, q.unit.as_deref(), q.approx),
            (
                "sekitar Rp 2,9 triliunan",
                Some(2.9e12),
                Some("IDR"),
                Some(Approx::About)
            )
        );
        assert_eq!(one("Rp 2,9 triliunan", Id).approx, Some(Approx::About));
        let found = find_quantities("2024 ribuan warga mengungsi", Id);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].category, Category::Year);
        assert_eq!(found[1].low, Some(1000.0));
    }

    #[test]
    fn hedges_are_in_the_span() {
        let q = one("hampir 2.000", Id);
        assert_eq!(
            (q.text.as_str(), q.value, q.approx),
            ("hampir 2.000", Some(2000.0), Some(Approx::Nearly))
        );
        assert_eq!(
            one("lebih dari 50 orang", Id).approx,
            Some(Approx::MoreThan)
        );
        assert_eq!(one("setidaknya 3", Id).approx, Some(Approx::AtLeast));
        assert_eq!(one("upwards of 300", En).approx, Some(Approx::MoreThan));
        assert_eq!(one("fewer than 20", En).approx, Some(Approx::LessThan));
    }

    #[test]
    fn bounds_written_as_phrases() {
        for (text, lang, span, approx) in [
            (
                "owned, in excess of 90 percent, by",
                En,
                "in excess of 90 percent",
                Approx::MoreThan,
            ),
            (
                "costing as much as $6,400 more",
                En,
                "as much as $6,400",
                Approx::AtMost,
            ),
            (
                "rates as high as 39 percent",
                En,
                "as high as 39 percent",
                Approx::AtMost,
            ),
            (
                "well over 2,000 people",
                En,
                "well over 2,000",
                Approx::MoreThan,
            ),
            (
                "just shy of 2,000 votes",
                En,
                "just shy of 2,000",
                Approx::Nearly,
            ),
            (
                "upward of 300 people",
                En,
                "upward of 300",
                Approx::MoreThan,
            ),
            (
                "paling tidak 10 orang tewas",
                Id,
                "paling tidak 10",
                Approx::AtLeast,
            ),
            (
                "setidak-tidaknya 5 rumah",
                Id,
                "setidak-tidaknya 5",
                Approx::AtLeast,
            ),
            (
                "sekurang-kurangnya 3 persen",
                Id,
                "sekurang-kurangnya 3 persen",
                Approx::AtLeast,
            ),
            (
                "sebanyak-banyaknya Rp 5 juta",
                Id,
                "sebanyak-banyaknya Rp 5 juta",
                Approx::AtMost,
            ),
            (
                "inflasi di kisaran 2,5 persen",
                Id,
                "di kisaran 2,5 persen",
                Approx::About,
            ),
        ] {
            assert_eq!(named(text, lang, span).approx, Some(approx), "{text}");
        }
    }

    #[test]
    fn hedges_written_after_the_quantity() {
        for (text, lang, span, approx, unit, cat) in [
            (
                "for a decade or more.",
                En,
                "a decade or more",
                Approx::AtLeast,
                Some("decade"),
                Duration,
            ),
            (
                "5 percent or less",
                En,
                "5 percent or less",
                Approx::AtMost,
                Some("%"),
                Percent,
            ),
            (
                "some 100 or so people died",
                En,
                "some 100 or so",
                Approx::About,
                Some("people"),
                Count,
            ),
            (
                "10 people or more",
                En,
                "10 people or more",
                Approx::AtLeast,
                Some("people"),
                Count,
            ),
            (
                "people 65 and older are",
                En,
                "65 and older",
                Approx::AtLeast,
                Some("year"),
                Duration,
            ),
            (
                "mengeluarkan 8.000 lebih penerima bansos",
                Id,
                "8.000 lebih",
                Approx::MoreThan,
                Some("penerima"),
                Count,
            ),
            (
                "selama 20 tahun lebih",
                Id,
                "20 tahun lebih",
                Approx::MoreThan,
                Some("year"),
                Duration,
            ),
            (
                "sebanyak 100 orang lebih tewas",
                Id,
                "100 orang lebih",
                Approx::MoreThan,
                Some("orang"),
                Count,
            ),
            (
                "usia 17 tahun ke atas",
                Id,
                "17 tahun ke atas",
                Approx::AtLeast,
                Some("year"),
                Duration,
            ),
        ] {
            let q = named(text, lang, span);
            assert_eq!(
                (q.approx, q.unit.as_deref(), q.category),
                (Some(approx), unit, cat),
                "{text}"
            );
        }
        for (text, span, approx, unit, cat) in [
            (
                "after 40-odd years in office",
                "40-odd years",
                Approx::About,
                "year",
                Duration,
            ),
            (
                "his 20-plus years",
                "20-plus years",
                Approx::MoreThan,
                "year",
                Duration,
            ),
            ("300-odd people", "300-odd", Approx::About, "people", Count),
            (
                "a 50-plus percent drop",
                "50-plus percent",
                Approx::MoreThan,
                "%",
                Percent,
            ),
        ] {
            let q = named(text, En, span);
            assert_eq!(
                (q.approx, q.unit.as_deref(), q.category),
                (Some(approx), Some(unit), cat),
                "{text}"
            );
        }
        // A comparison or a second amount is no hedge: the span stops
        // before it and keeps the hedge it had.
        for (text, lang, span, approx) in [
            ("10 tahun lebih muda", Id, "10 tahun", None),
            ("5 persen lebih agresif", Id, "5 persen", None),
            ("2 hari lebih singkat", Id, "2 hari", None),
            ("Rp 5 juta lebih dari tahun lalu", Id, "Rp 5 juta", None),
            ("selama 2 jam lebih 15 menit", Id, "2 jam", None),
            (
                "is 4.4 percent and over 10 percent for",
                En,
                "4.4 percent",
                None,
            ),
            (
                "more than $60,000 and up to 100 you",
                En,
                "more than $60,000",
                Some(Approx::MoreThan),
            ),
            ("up 5 percent and over the next year", En, "5 percent", None),
        ] {
            assert_eq!(named(text, lang, span).approx, approx, "{text}");
        }
    }

    #[test]
    fn half_after_a_period_adds_half_of_it() {
        for (text, span, value, unit) in [
            (
                "a vote for a year and a half",
                "a year and a half",
                1.5,
                "year",
            ),
            ("an hour and a half", "an hour and a half", 1.5, "hour"),
            ("three days and a half", "three days and a half", 3.5, "day"),
            (
                "a year, two months and a half",
                "a year, two months and a half",
                14.5,
                "month",
            ),
        ] {
            check(text, En, span, Some(value), Some(unit), Duration);
        }
        // A comma alone does not join the half of what follows.
        // ("an hour" right after the amount is its rate, no quantity.)
        let text = "the minimum wage to $10.10 an hour, half a million people";
        check(text, En, "half a million", Some(5e5), Some("people"), Count);
        assert!(
            find_quantities(text, En)
                .iter()
                .all(|q| q.text != "an hour")
        );
    }

    #[test]
    fn banding_is_a_ratio() {
        for (text, span, value) in [
            ("rasio satu banding sepuluh", "satu banding sepuluh", 0.1),
            ("perbandingan 1 banding 4 orang", "1 banding 4", 0.25),
        ] {
            check(text, Id, span, Some(value), None, Ratio);
        }
    }

    #[test]
    fn odds_with_spaces_and_ratios_with_a_colon() {
        for (text, lang, span, value, approx) in [
            (
                "Republicans by 2 to 1 vote to endorse",
                En,
                "2 to 1",
                2.0,
                None,
            ),
            (
                "outnumber them by more than 2 to 1.",
                En,
                "more than 2 to 1",
                2.0,
                Some(Approx::MoreThan),
            ),
            (
                "by a margin of nearly two to one",
                En,
                "nearly two to one",
                2.0,
                Some(Approx::Nearly),
            ),
            ("won with a 3 to 2 margin", En, "3 to 2", 1.5, None),
            ("The odds are 100 to 1 against", En, "100 to 1", 100.0, None),
            ("a 2:1 Democrat to Republican ratio", En, "2:1", 2.0, None),
            ("rasio guru 1:20 di sekolah itu", Id, "1:20", 0.05, None),
            ("perbandingan 1:3 antara", Id, "1:3", 1.0 / 3.0, None),
            (
                "hampir 1 banding 3",
                Id,
                "hampir 1 banding 3",
                1.0 / 3.0,
                Some(Approx::Nearly),
            ),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (q.text.as_str(), q.category, q.value, q.approx),
                (span, Ratio, Some(value), approx),
                "{text}"
            );
        }
        // Ranges, changes, times and verses stay as they were (tallies and
        // scores: see `scores_and_tallies_keep_both_sides`).
        for (text, lang, count) in [
            ("it increased by 2 to 3 percent", En, 1),
            ("prices fell by 5 to 3 percent", En, 2),
            ("it fell from 10 to 1", En, 2),
            ("QS 2:5", Id, 2),
        ] {
            let found = find_quantities(text, lang);
            assert_eq!(found.len(), count, "{text}: {found:#?}");
            assert!(
                found.iter().all(|q| q.category != Ratio),
                "{text}: {found:#?}"
            );
        }
        assert_ne!(one("John 3:16 says", En).category, Ratio);
        assert_eq!(one("pukul 9:05 WIB", Id).category, Time);
    }

    #[test]
    fn scores_and_tallies_keep_both_sides() {
        assert_ranges(
            Score,
            &[
                ("Indonesia menang 2-1 atas Vietnam", Id, "2-1", 2.0, 1.0),
                ("Timnas kalah 0-2 dari Jepang", Id, "0-2", 0.0, 2.0),
                ("skor akhir 3-3", Id, "3-3", 3.0, 3.0),
                ("Persib menang 3:1", Id, "3:1", 3.0, 1.0),
                ("laga berakhir 2:1", Id, "2:1", 2.0, 1.0),
                ("Arsenal won 3–1 at home", En, "3–1", 3.0, 1.0),
                (
                    "The Lakers beat Boston 110-102",
                    En,
                    "110-102",
                    110.0,
                    102.0,
                ),
                (
                    "The House voted 300-131 to remove it",
                    En,
                    "300-131",
                    300.0,
                    131.0,
                ),
                ("a 5-4 decision", En, "5-4", 5.0, 4.0),
                ("approved by a 15-3 vote", En, "15-3", 15.0, 3.0),
                ("The Senate voted 52 to 48", En, "52 to 48", 52.0, 48.0),
                ("they beat us 3 to 1", En, "3 to 1", 3.0, 1.0),
                ("passed by 10 to 2 votes", En, "10 to 2", 10.0, 2.0),
                (
                    "The measure passed the House 220-207",
                    En,
                    "220-207",
                    220.0,
                    207.0,
                ),
            ],
        );
        // An amount after a word of score, a margin, a pair with no word
        // of score, and more than a pair are no score.
        for (text, lang) in [
            ("Persija kalah 2-3 kali musim ini", Id),
            ("He won 2-3 percent of the vote", En),
            ("Republicans by 2 to 1 vote to endorse", En),
            ("they won 2 to 3 seats in the north", En),
            ("harga naik 2-3 persen", Id),
            ("usia 10-15 tahun", Id),
            ("won 2-1-0 in the group", En),
        ] {
            let found = find_quantities(text, lang);
            assert!(
                found.iter().all(|q| q.category != Score),
                "{text}: {found:#?}"
            );
        }
    }

    #[test]
    fn a_multiple_said_in_one_word_is_a_ratio() {
        assert_reads(
            En,
            &[
                (
                    "Prices have doubled",
                    "doubled",
                    Ratio,
                    2.0,
                    Some("x"),
                    None,
                ),
                (
                    "The deficit more than doubled",
                    "more than doubled",
                    Ratio,
                    2.0,
                    Some("x"),
                    Some(Approx::MoreThan),
                ),
                (
                    "Enrollment nearly tripled",
                    "nearly tripled",
                    Ratio,
                    3.0,
                    Some("x"),
                    Some(Approx::Nearly),
                ),
                (
                    "The budget was halved",
                    "halved",
                    Ratio,
                    0.5,
                    Some("x"),
                    None,
                ),
                (
                    "a doubling in the jobless rate",
                    "doubling",
                    Ratio,
                    2.0,
                    Some("x"),
                    None,
                ),
                (
                    "Spending will triple",
                    "triple",
                    Ratio,
                    3.0,
                    Some("x"),
                    None,
                ),
                (
                    "he would halve the deficit",
                    "halve",
                    Ratio,
                    0.5,
                    Some("x"),
                    None,
                ),
                (
                    "more than twice as many",
                    "more than twice",
                    Ratio,
                    2.0,
                    Some("x"),
                    Some(Approx::MoreThan),
                ),
                (
                    "almost double the number",
                    "almost double",
                    Ratio,
                    2.0,
                    Some("x"),
                    Some(Approx::Nearly),
                ),
                (
                    "has more than doubled over the decade",
                    "more than doubled",
                    Ratio,
                    2.0,
                    Some("x"),
                    Some(Approx::MoreThan),
                ),
            ],
        );
        // A base form without a modal, an idiom, a glued compound and a
        // verb's third person are none.
        for text in [
            "He scored a double",
            "They will double down on it",
            "we should have doubled up the sanctions",
            "a triple-A rating",
            "The shop doubles as a cafe",
        ] {
            nothing(text, En);
        }
        assert_eq!(one("a double-digit rise", En).category, Number);
    }

    #[test]
    fn some_of_the_whole_is_a_share() {
        for (text, span, value, unit) in [
            (
                "Eight of the nine justices said",
                "Eight of the nine",
                8.0 / 9.0,
                "justices",
            ),
            (
                "44 of the 50 states saw a rise",
                "44 of the 50",
                0.88,
                "states",
            ),
            (
                "two of the three suspects were held",
                "two of the three",
                2.0 / 3.0,
                "suspects",
            ),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.category, q.value, q.unit.as_deref()),
                (span, Ratio, Some(value), Some(unit)),
                "{text}"
            );
        }
        // "one of the 10 largest" names a member, not a share
        assert_eq!(one("one of the 10 largest cities", En).category, Count);
    }

    #[test]
    fn indonesian_fractions_down_to_a_tenth() {
        for (text, value) in [
            ("Sepersepuluh anggaran", 0.1),
            ("Seperlima penduduk", 0.2),
            ("dua perlima warga", 0.4),
        ] {
            let q = one(text, Id);
            assert_eq!((q.category, q.value), (Ratio, Some(value)), "{text}");
        }
    }

    #[test]
    fn an_owner_s_nya_is_no_part_of_the_counted_noun() {
        // and a reporting verb with it counts nothing
        check(
            "beserta lima anggotanya",
            Id,
            "lima",
            Some(5.0),
            Some("anggota"),
            Count,
        );
        check(
            "jumlahnya 700 katanya",
            Id,
            "700",
            Some(700.0),
            None,
            Number,
        );
    }

    #[test]
    fn an_after_hundreds_or_more_is_about_that_many() {
        for (text, span, value, unit) in [
            ("Sebanyak 3.000-an orang", "3.000-an", 3000.0, Some("orang")),
            ("Rp 500-an ribu", "Rp 500-an ribu", 500_000.0, Some("IDR")),
        ] {
            let q = one(text, Id);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.approx),
                (span, Some(value), unit, Some(Approx::About)),
                "{text}"
            );
        }
    }

    #[test]
    fn pounds_after_weighing_are_a_weight_and_a_unit_in_a_name_is_none() {
        check(
            "The dog weighs 80 pounds.",
            En,
            "80 pounds",
            Some(80.0),
            Some("lb"),
            Measure,
        );
        check(
            "It cost 80 pounds.",
            En,
            "80 pounds",
            Some(80.0),
            Some("GBP"),
            Money,
        );
        // a number word and a unit inside a Title Case name measure nothing
        assert!(
            find_quantities("even when Three Mile Island failed", En).is_empty(),
            "Three Mile Island"
        );
        check(
            "It ran three miles north.",
            En,
            "three miles",
            Some(3.0),
            Some("mi"),
            Measure,
        );
    }

    #[test]
    fn indonesian_heights_temperatures_shares_and_years_of_names() {
        check(
            "setinggi 4.676 mdpl",
            Id,
            "4.676 mdpl",
            Some(4676.0),
            Some("m"),
            Measure,
        );
        check(
            "suhu mencapai 35 derajat Celcius",
            Id,
            "35 derajat Celcius",
            Some(35.0),
            Some("°C"),
            Measure,
        );
        // a fraction before "dari", or in digits before its noun, is a share
        for text in [
            "hanya sepertiga dari harga jual",
            "Sebanyak 1/3 wilayah terendam",
        ] {
            assert_eq!(find_quantities(text, Id)[0].category, Ratio, "{text}");
        }
        // a year-shaped number after a name and before a verb is its year
        for text in [
            "Pemilu 2024 digelar pada Februari.",
            "APBN 2026 disahkan DPR.",
        ] {
            assert_eq!(find_quantities(text, Id)[0].category, Year, "{text}");
        }
        for text in ["Sebanyak 2000 orang hadir.", "Tercatat 2000 kasus baru."] {
            assert_eq!(find_quantities(text, Id)[0].category, Count, "{text}");
        }
    }

    #[test]
    fn an_ordinal_in_a_name_or_a_compound_ranks_nothing() {
        for text in [
            "first responders got it",
            "in the first place",
            "the First Amendment",
            "third-world countries",
            "the first lady said",
        ] {
            nothing(text, En);
        }
        assert_eq!(one("his first term", En).category, Ordinal);
    }

    #[test]
    fn a_length_of_time_from_now_is_a_date_ahead() {
        let june = day(2016, 6, 15);
        assert_eq!(
            read_on("Five years from now, prices rose", En, june).0,
            Some(2021.0)
        );
        let found = |text: &str, lang| {
            let mut found = find_quantities(text, lang);
            resolve_relative_dates(&mut found, lang, june);
            found
                .into_iter()
                .map(|q| (q.text, q.category, q.low, q.high))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("two weeks from now", En),
            [(
                "two weeks from now".to_string(),
                Date,
                Some(20160627.0),
                Some(20160703.0)
            )]
        );
        assert_eq!(
            found("Tiga tahun lagi proyek selesai.", Id),
            [(
                "Tiga tahun lagi".to_string(),
                Year,
                Some(2019.0),
                Some(2019.0)
            )]
        );
        // "lagi" after a count is "more"
        assert_eq!(one("tiga orang lagi", Id).category, Count);
    }

    #[test]
    fn about_after_a_verb_of_speech_says_what_it_is_about() {
        for (text, span) in [
            ("Let's talk about two important issues", "two"),
            ("in polls about 2016 candidate skills", "2016"),
        ] {
            let q = named(text, En, span);
            assert_eq!(q.approx, None, "{text}");
        }
        assert_eq!(
            named("polls about 2016 candidates", En, "2016").category,
            Year
        );
        // "I think about 40 percent" hedges
        assert_eq!(
            one("I think about 40 percent agree.", En).approx,
            Some(Approx::About)
        );
    }

    #[test]
    fn a_minimum_or_maximum_of_bounds_the_amount() {
        for (text, approx) in [
            ("a minimum of 5 years", Approx::AtLeast),
            ("a maximum of $500", Approx::AtMost),
        ] {
            assert_eq!(one(text, En).approx, Some(approx), "{text}");
        }
    }

    #[test]
    fn a_day_and_month_in_digits_after_on_is_a_date() {
        let june = day(2016, 6, 15);
        for (text, lang, value) in [
            ("On 3/15 we voted.", En, 20160315.0),
            ("the vote on 1/23 was close", En, 20160123.0),
            ("Rapat pada 15/5 lalu", Id, 20160515.0),
        ] {
            assert_eq!(read_on(text, lang, june).0, Some(value), "{text}");
        }
        // a fraction of something stays one
        assert_eq!(one("spent on 3/4 of the budget", En).value, Some(0.75));
    }

    #[test]
    fn cents_on_the_dollar_are_a_share_of_it() {
        for (text, span, value) in [
            (
                "Less than ten cents on the dollar has gone to charity.",
                "Less than ten cents on the dollar",
                0.1,
            ),
            (
                "or 41 cents of every dollar we spent",
                "41 cents of every dollar",
                0.41,
            ),
        ] {
            let q = named(text, En, span);
            assert_eq!(
                (q.category, q.value, q.unit),
                (Ratio, Some(value), None),
                "{text}"
            );
        }
        check(
            "it costs 50 cents",
            En,
            "50 cents",
            Some(50.0),
            Some("cent"),
            Money,
        );
    }

    #[test]
    fn english_plural_trillions_and_a_scale_after_plus() {
        range("It cost trillions of dollars.", En, 1e12, 1e13 - 1.0);
        let q = one("The debt is $11-plus trillion.", En);
        assert_eq!(
            (q.text.as_str(), q.value, q.approx),
            ("$11-plus trillion", Some(11e12), Some(Approx::MoreThan))
        );
    }

    #[test]
    fn a_rate_per_a_round_population_is_a_share_of_it() {
        for (text, lang, span, value, unit) in [
            (
                "infant mortality of 5.6 per 1,000 live births",
                En,
                "5.6 per 1,000",
                0.0056,
                "births",
            ),
            (
                "about 30 homicides per 100,000 residents",
                En,
                "about 30 homicides per 100,000",
                0.0003,
                "residents",
            ),
            (
                "Angka kematian ibu mencapai 189 per 100.000 kelahiran hidup",
                Id,
                "189 per 100.000",
                0.00189,
                "kelahiran",
            ),
            (
                "setara 3 kasus per 100.000 orang",
                Id,
                "3 kasus per 100.000",
                0.00003,
                "orang",
            ),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (q.text.as_str(), q.category, q.value, q.unit.as_deref()),
                (span, Ratio, Some(value), Some(unit)),
                "{text}"
            );
        }
        // not a population that is not round, nor a measure
        assert_eq!(find_quantities("costs 40 per 1000", En).len(), 2);
        assert_eq!(find_quantities("$5 per 100 grams", En).len(), 2);
        assert_eq!(find_quantities("3 buses per 250 pupils", En).len(), 2);
    }

    #[test]
    fn a_number_after_a_word_of_age_is_an_age() {
        for (text, lang, span, age) in [
            ("By age 65, the average woman", En, "65", 65.0),
            ("those under age 55 will", En, "55", 55.0),
            ("seorang pria berusia 40 ditangkap", Id, "40", 40.0),
            ("meninggal pada usia 65", Id, "65", 65.0),
            ("until they turn 26", En, "26", 26.0),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (q.text.as_str(), q.category, q.value, q.unit.as_deref()),
                (span, Duration, Some(age), Some("year")),
                "{text}"
            );
        }
        // A unit, a hedge or a range after it is read as before.
        assert_eq!(one("usia 40 hari", Id).unit.as_deref(), Some("day"));
        assert_eq!(one("age 65 and older", En).approx, Some(Approx::AtLeast));
        assert_eq!(one("it turned 90 degrees", En).category, Measure);
        // people, then a bound: an age with its bound
        for (text, span, approx) in [
            ("children under 18 have", "under 18", Approx::LessThan),
            ("people over 65 vote", "over 65", Approx::MoreThan),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.category, q.unit.as_deref(), q.approx),
                (span, Duration, Some("year"), Some(approx)),
                "{text}"
            );
        }
        assert_eq!(one("people over 30 percent", En).category, Percent);
    }

    #[test]
    fn a_rank_after_a_verb_of_being() {
        for text in [
            "Texas is No. 1 in jobs",
            "We're No. 1",
            "Georgia ranks No. 9 in",
        ] {
            assert_eq!(one(text, En).category, Ordinal, "{text}");
        }
        assert_eq!(one("UU No. 11 Tahun 2020", Id).category, Identifier);
    }

    #[test]
    fn a_number_after_a_word_of_rank_is_a_position() {
        for (text, lang, value) in [
            ("di peringkat 172 dalam kasus bunuh diri", Id, 172.0),
            ("menempati urutan 3", Id, 3.0),
            ("the state ranked 45 in the nation", En, 45.0),
        ] {
            let q = one(text, lang);
            assert_eq!((q.category, q.value), (Ordinal, Some(value)), "{text}");
        }
        // a share or a measure after it is read as before
        assert_eq!(one("ranked 45% of", En).category, Percent);
    }

    #[test]
    fn a_decade_listed_after_another_reads_as_the_first() {
        let found = find_quantities("playing in their 30s, 40s and 50s", En);
        assert!(
            found
                .iter()
                .all(|q| q.category == Duration && q.unit.as_deref() == Some("year")),
            "{found:#?}"
        );
        let found = find_quantities("the 80s and 90s", En);
        assert_eq!(found.len(), 2);
        assert_eq!((found[1].category, found[1].low), (Year, Some(1990.0)));
        let found = find_quantities("warga usia 20-an dan 30-an", Id);
        assert!(found.iter().all(|q| q.category == Duration), "{found:#?}");
        // a list without such a word stays numbers
        let found = find_quantities("scores of 80s and 90s", En);
        assert!(found.iter().all(|q| q.category == Number), "{found:#?}");
        // after a decade of four digits, in its century
        for (text, lang, span, low) in [
            (
                "prices peaked in the 1980s, 90s and 2000s",
                En,
                "90s",
                1990.0,
            ),
            ("in the 1980s and '90s", En, "'90s", 1990.0),
            ("the 2000s and 10s", En, "10s", 2010.0),
            ("pada 1980-an dan 90-an", Id, "90-an", 1990.0),
        ] {
            let q = named(text, lang, span);
            assert_eq!(
                (q.category, q.low, q.high),
                (Year, Some(low), Some(low + 9.0)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_stock_index_carries_its_number() {
        for (text, span) in [
            ("The S&P 500 closed up", "S&P 500"),
            ("the Nikkei 225 average rose", "Nikkei 225"),
            ("the Nasdaq 100 index", "Nasdaq 100"),
            ("The Russell 2000 fell", "Russell 2000"),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.category), (span, Identifier), "{text}");
        }
        // a year after the name of a person keeps its year
        assert_eq!(one("Bertrand Russell 1950 essay", En).category, Year);
    }

    #[test]
    fn a_name_or_a_noun_in_ics_before_a_plural_modifies_it() {
        for (text, span, unit) in [
            (
                "Romneycare has killed 18,000 Massachusetts jobs.",
                "18,000",
                "jobs",
            ),
            (
                "Darryl Hicks had seven ethics violations",
                "seven",
                "ethics violations",
            ),
            (
                "vetoed funding for 30 Florida rape crisis centers",
                "30",
                "centers",
            ),
            ("16,000 new IRS agents", "16,000", "agents"),
        ] {
            let q = named(text, En, span);
            assert_eq!(
                (q.category, q.unit.as_deref()),
                (Count, Some(unit)),
                "{text}"
            );
        }
        // a plural name before a verb is still what is counted
        check(
            "two distinguished Americans",
            En,
            "two",
            Some(2.0),
            Some("americans"),
            Count,
        );
        // and so are the people of a place
        let q = one("One in four Texans lacks health insurance", En);
        assert_eq!(q.unit.as_deref(), Some("texans"));
    }

    #[test]
    fn others_are_not_what_is_counted() {
        // "melukai belasan lainnya": a dozen-odd others, not a count of
        // "lainnya"
        for text in ["melukai belasan lainnya", "5 lainnya hilang"] {
            assert_eq!(one(text, Id).unit, None, "{text}");
        }
    }

    #[test]
    fn a_fraction_of_a_point_is_of_a_percentage_point() {
        assert_reads(
            En,
            &[
                (
                    "the Fed raised rates by a quarter point",
                    "a quarter point",
                    PercentagePoint,
                    0.25,
                    Some("pp"),
                    None,
                ),
                (
                    "a half-point cut",
                    "a half-point",
                    PercentagePoint,
                    0.5,
                    Some("pp"),
                    None,
                ),
                (
                    "cut rates by half a point",
                    "half a point",
                    PercentagePoint,
                    0.5,
                    Some("pp"),
                    None,
                ),
                (
                    "cut by a quarter of a point",
                    "a quarter of a point",
                    PercentagePoint,
                    0.25,
                    Some("pp"),
                    None,
                ),
                (
                    "about a quarter-point rise",
                    "about a quarter-point",
                    PercentagePoint,
                    0.25,
                    Some("pp"),
                    Some(Approx::About),
                ),
            ],
        );
        // Whole points are an index's; a quarter of people a share.
        assert_eq!(one("the index fell 120 points", En).category, Measure);
        let share = one("Nearly a quarter of all adults", En);
        assert_eq!(
            (share.value, share.approx),
            (Some(0.25), Some(Approx::Nearly))
        );
        assert!(
            find_quantities("third quarter profits", En)
                .iter()
                .all(|q| q.text == "third")
        );
    }

    #[test]
    fn two_percentages_joined_by_a_dash_or_in_a_range_of_are_one_range() {
        for (text, lang, span, low, high) in [
            ("a target range of 5.25%-5.5%", En, "5.25%-5.5%", 5.25, 5.5),
            ("a range of 5.25% to 5.5%", En, "5.25% to 5.5%", 5.25, 5.5),
            ("prices rose 4%–5%", En, "4%–5%", 4.0, 5.0),
            ("inflasi 2,5%-3,5%", Id, "2,5%-3,5%", 2.5, 3.5),
            // "to" without a word of change before
            (
                "accounts for 5 percent to 30 percent of convictions",
                En,
                "5 percent to 30 percent",
                5.0,
                30.0,
            ),
            (
                "a forecast of 3% to 3.5% in 2005",
                En,
                "3% to 3.5%",
                3.0,
                3.5,
            ),
        ] {
            let q = named(text, lang, span);
            assert_eq!(
                (q.text.as_str(), q.category, q.value, q.low, q.high),
                (span, Percent, None, Some(low), Some(high)),
                "{text}"
            );
        }
        // A change stays two values; so does a fall written with a dash.
        assert_eq!(find_quantities("rose from 2% to 3%", En).len(), 2);
        assert_eq!(find_quantities("fell 5%-3% on Monday", En).len(), 3);
        for text in [
            "rates rose 5 percent to 30 percent",
            "the rate was cut by 5% to 3%",
        ] {
            assert_eq!(find_quantities(text, En).len(), 2, "{text}");
        }
    }

    #[test]
    fn a_hedge_before_two_amounts_joined_by_or_hedges_both() {
        for (text, lang) in [
            ("rates came down about 9 or 10 points", En),
            ("about four or five thousand people", En),
            ("sekitar 20 atau 30 orang", Id),
        ] {
            let found = find_quantities(text, lang);
            assert_eq!(found.len(), 2, "{text}");
            assert!(
                found.iter().all(|q| q.approx == Some(Approx::About)),
                "{text}: {found:#?}"
            );
        }
        // two things counted, or "and", keep their own
        for text in ["about 9 people or 10 dogs", "about 9 and 10 points"] {
            let found = find_quantities(text, En);
            assert_eq!(found[1].approx, None, "{text}: {found:#?}");
        }
    }

    #[test]
    fn a_range_in_spoken_thousands_reads_its_first_end_in_thousands() {
        for (text, lang, span, low, high) in [
            (
                "cost the family 6 to $7,000 a year",
                En,
                "6 to $7,000",
                6e3,
                7e3,
            ),
            ("some 5 to 6,000 jobs", En, "some 5 to 6,000", 5e3, 6e3),
            (
                "between 3 and 5,000 people",
                En,
                "between 3 and 5,000",
                3e3,
                5e3,
            ),
            (
                "antara 6 hingga 7.000 orang",
                Id,
                "antara 6 hingga 7.000",
                6e3,
                7e3,
            ),
            // far below the second's thousands: taken as written
            ("from 2 to 10,000 people", En, "from 2 to 10,000", 2.0, 1e4),
            // "7.000" is seven in English
            (
                "between 6 and 7.000 people",
                En,
                "between 6 and 7.000",
                6.0,
                7.0,
            ),
        ] {
            let q = named(text, lang, span);
            assert_eq!((q.low, q.high), (Some(low), Some(high)), "{text}");
        }
    }

    #[test]
    fn a_plus_after_a_number_is_at_least() {
        for (text, lang, span, value, unit, cat) in [
            (
                "lost 50%+ of its members",
                En,
                "50%+",
                50.0,
                Some("%"),
                Percent,
            ),
            (
                "5,000+ people came",
                En,
                "5,000+",
                5e3,
                Some("people"),
                Count,
            ),
            (
                "a 20+ year career",
                En,
                "20+ year",
                20.0,
                Some("year"),
                Duration,
            ),
            (
                "27+ miles of road",
                En,
                "27+ miles",
                27.0,
                Some("mi"),
                Measure,
            ),
            (
                "100+ million people",
                En,
                "100+ million",
                1e8,
                Some("people"),
                Count,
            ),
            (
                "a $5+ billion deal",
                En,
                "$5+ billion",
                5e9,
                Some("USD"),
                Money,
            ),
            (
                "usia 17+ tahun",
                Id,
                "17+ tahun",
                17.0,
                Some("year"),
                Duration,
            ),
            (
                "sebanyak 1.000+ peserta",
                Id,
                "1.000+",
                1e3,
                Some("peserta"),
                Count,
            ),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (
                    q.text.as_str(),
                    q.value,
                    q.unit.as_deref(),
                    q.category,
                    q.approx
                ),
                (span, Some(value), unit, cat, Some(Approx::AtLeast)),
                "{text}"
            );
        }
        // a sum is two numbers, neither bounded
        let found = find_quantities("5+3 is 8", En);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found.iter().all(|q| q.approx.is_none()), "{found:#?}");
    }

    #[test]
    fn us_before_a_dollar_sign_is_the_pronoun_when_spaced() {
        check(
            "They tried to give us $400 million",
            En,
            "$400 million",
            Some(4e8),
            Some("USD"),
            Money,
        );
        check(
            "US $400 million in aid",
            En,
            "US $400 million",
            Some(4e8),
            Some("USD"),
            Money,
        );
    }

    #[test]
    fn a_unit_or_a_count_is_a_range_and_a_factor_is_a_multiple() {
        for (text, span, high, unit) in [
            (
                "Over a period of a week or two, or less",
                "a week or two",
                2.0,
                "week",
            ),
            (
                "it won't be around for a year or two.",
                "a year or two",
                2.0,
                "year",
            ),
            ("an hour or three later", "an hour or three", 3.0, "hour"),
            ("a mile or two away", "a mile or two", 2.0, "mi"),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.low, q.high, q.unit.as_deref()),
                (span, None, Some(1.0), Some(high), Some(unit)),
                "{text}"
            );
        }
        // the count has its own unit or scale: two amounts
        assert_eq!(
            find_quantities("a year or two million dollars", En).len(),
            2
        );
        for (text, span, value, approx) in [
            (
                "more than the Bush cuts by at least a factor of two.",
                "at least a factor of two",
                2.0,
                Some(Approx::AtLeast),
            ),
            ("it grew by a factor of 10", "a factor of 10", 10.0, None),
        ] {
            let q = one(text, En);
            assert_eq!(
                (
                    q.text.as_str(),
                    q.category,
                    q.value,
                    q.unit.as_deref(),
                    q.approx
                ),
                (span, Ratio, Some(value), Some("x"), approx),
                "{text}"
            );
        }
        for text in ["when you led the Gang of Eight", "I joined the Gang of 14"] {
            assert_eq!(one(text, En).category, Identifier, "{text}");
        }
    }

    #[test]
    fn half_a_dozen_is_six() {
        for (text, span, approx) in [
            ("there were half a dozen coin flips", "half a dozen", None),
            (
                "about half a dozen people",
                "about half a dozen",
                Some(Approx::About),
            ),
            ("a half-dozen states", "a half-dozen", None),
            ("half-a-dozen times", "half-a-dozen", None),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.approx),
                (span, Some(6.0), approx),
                "{text}"
            );
        }
    }

    #[test]
    fn indonesian_tens_days_as_hours_and_spans_and_hedges_of_clock_time() {
        let q = one("Sekitar 70-an orang hadir.", Id);
        assert_eq!(
            (
                q.text.as_str(),
                q.low,
                q.high,
                q.unit.as_deref(),
                q.category,
                q.approx
            ),
            (
                "Sekitar 70-an",
                Some(70.0),
                Some(79.0),
                Some("orang"),
                Count,
                Some(Approx::About)
            )
        );
        let q = one("suhu 30-an derajat Celsius", Id);
        assert_eq!(
            (q.category, q.low, q.high),
            (Measure, Some(30.0), Some(39.0))
        );
        for (text, span, hours) in [
            ("Tersangka ditahan 3x24 jam.", "3x24 jam", 72.0),
            ("wajib lapor 1 x 24 jam", "1 x 24 jam", 24.0),
            ("dalam 2×24 jam", "2×24 jam", 48.0),
        ] {
            let q = one(text, Id);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.category),
                (span, Some(hours), Some("hour"), Duration),
                "{text}"
            );
        }
        for (text, lang, span) in [
            (
                "Layanan buka pukul 14.00-16.00 WIB.",
                Id,
                "pukul 14.00-16.00 WIB",
            ),
            (
                "pukul 08.00 hingga 12.00 WIB",
                Id,
                "pukul 08.00 hingga 12.00 WIB",
            ),
            ("open from 10:00 to 12:00 GMT", En, "10:00 to 12:00 GMT"),
        ] {
            let q = one(text, lang);
            assert_eq!((q.text.as_str(), q.category), (span, Time), "{text}");
        }
        // a clock time keeps a hedge of about or nearly
        for (text, lang, span, approx) in [
            (
                "Kejadian sekitar pukul 10.00 WIB.",
                Id,
                "sekitar pukul 10.00 WIB",
                Approx::About,
            ),
            (
                "hampir pukul 12.00",
                Id,
                "hampir pukul 12.00",
                Approx::Nearly,
            ),
            ("it began around 3 p.m.", En, "around 3 p.m.", Approx::About),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (q.text.as_str(), q.category, q.approx),
                (span, Time, Some(approx)),
                "{text}"
            );
        }
    }

    #[test]
    fn an_earthquake_magnitude_is_a_measure() {
        for (text, lang, span, value) in [
            (
                "Gempa bermagnitudo 5,6 mengguncang Cianjur.",
                Id,
                "bermagnitudo 5,6",
                5.6,
            ),
            ("gempa berkekuatan 5,6 SR", Id, "5,6 SR", 5.6),
            ("gempa M 5,6 di Banten", Id, "M 5,6", 5.6),
            ("gempa M5,6 di Banten", Id, "M5,6", 5.6),
            ("a magnitude 5.6 earthquake", En, "magnitude 5.6", 5.6),
            ("a 7.8-magnitude quake", En, "7.8-magnitude", 7.8),
            (
                "it measured 6.5 on the Richter scale",
                En,
                "6.5 on the Richter scale",
                6.5,
            ),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.category),
                (span, Some(value), Some("magnitude"), Measure),
                "{text}"
            );
        }
        // a road named M5 is no magnitude
        assert_eq!(one("the M5 motorway", En).category, Identifier);
    }

    #[test]
    fn a_share_of_one_percent_is_a_percent() {
        for (text, span, value, approx) in [
            (
                "less than one-quarter of 1 percent of foreclosures",
                "less than one-quarter of 1 percent",
                0.25,
                Some(Approx::LessThan),
            ),
            (
                "half of one percent of the budget",
                "half of one percent",
                0.5,
                None,
            ),
            ("one-tenth of 1% of them", "one-tenth of 1%", 0.1, None),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.category, q.approx),
                (span, Some(value), Percent, approx),
                "{text}"
            );
        }
        // half of ten percent is no share of one percent
        assert_eq!(find_quantities("half of 10 percent", En).len(), 2);
        // "about" and "over" before a vague magnitude are prepositions
        let q = one("He said nothing about thousands of rockets", En);
        assert_eq!((q.text.as_str(), q.approx), ("thousands", None));
        let q = one("paving over thousands of acres", En);
        assert_eq!((q.text.as_str(), q.approx), ("thousands of acres", None));
        assert_eq!(one("about 5,000 people", En).approx, Some(Approx::About));
    }

    #[test]
    fn a_hedge_before_the_verb_of_age_bounds_the_age() {
        for (text, span, age, approx) in [
            (
                "Pemilih minimal berusia 17 tahun.",
                "minimal berusia 17 tahun",
                17.0,
                Approx::AtLeast,
            ),
            (
                "maksimal berumur 35 tahun",
                "maksimal berumur 35 tahun",
                35.0,
                Approx::AtMost,
            ),
        ] {
            let q = one(text, Id);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.approx),
                (span, Some(age), Some("year"), Some(approx)),
                "{text}"
            );
        }
        assert_eq!(one("pria berusia 45 tahun", Id).approx, None);
    }

    #[test]
    fn business_news_forms_points_changes_rates_and_heights() {
        for (text, span, value) in [
            (
                "cut rates by a quarter of a percentage point to 5%",
                "a quarter of a percentage point",
                0.25,
            ),
            (
                "cut rates by half a percentage point",
                "half a percentage point",
                0.5,
            ),
            (
                "three-quarters of a percentage point",
                "three-quarters of a percentage point",
                0.75,
            ),
        ] {
            let q = named(text, En, span);
            assert_eq!(
                (q.value, q.unit.as_deref(), q.category),
                (Some(value), Some("pp"), PercentagePoint),
                "{text}"
            );
        }
        // a share of any unit: "three-quarters of a mile"
        for (text, span, value, unit) in [
            (
                "tanks that cannot drive more than three-quarters of a mile",
                "more than three-quarters of a mile",
                0.75,
                "mi",
            ),
            (
                "a quarter of an hour later",
                "a quarter of an hour",
                0.25,
                "hour",
            ),
        ] {
            let q = named(text, En, span);
            assert_eq!(
                (q.value, q.unit.as_deref()),
                (Some(value), Some(unit)),
                "{text}"
            );
        }
        // a year with an apostrophe after "the", "year" or "a"
        for (text, year) in [
            ("the '82 tax increase", 1982.0),
            ("by fiscal year '81 which", 1981.0),
        ] {
            let q = one(text, En);
            assert_eq!((q.category, q.value), (Year, Some(year)), "{text}");
        }
        // "by" a change "to" a level far above it: two amounts
        let texts = |text: &str| -> Vec<String> {
            find_quantities(text, En)
                .into_iter()
                .map(|q| q.text)
                .collect()
        };
        assert_eq!(
            texts("Unemployment rose by 52,000 to 1.6 million."),
            ["52,000", "1.6 million"]
        );
        assert_eq!(texts("prices rose by 2 to 3 percent"), ["2 to 3 percent"]);
        // a rate joined by hyphens
        assert_eq!(texts("A £3.5bn-a-year scheme was announced."), ["£3.5bn"]);
        // a height in feet and inches is one measure in inches
        for (text, span, inches) in [
            ("The 5ft 10in striker scored twice.", "5ft 10in", 70.0),
            ("The 6-foot-4 forward joined.", "6-foot-4", 76.0),
            ("he is 5 feet 10 inches tall", "5 feet 10 inches", 70.0),
        ] {
            let q = named(text, En, span);
            assert_eq!(
                (q.value, q.unit.as_deref()),
                (Some(inches), Some("in")),
                "{text}"
            );
        }
    }

    #[test]
    fn hyphened_fractions_dashed_dates_hyphened_names_and_hash_ranks() {
        let q = one("saved about a quarter-of-a-million dollars", En);
        assert_eq!(
            (q.text.as_str(), q.value, q.category, q.approx),
            (
                "about a quarter-of-a-million dollars",
                Some(250_000.0),
                Money,
                Some(Approx::About)
            )
        );
        assert_eq!(one("half-of-a-million people", En).value, Some(500_000.0));
        // day first in Indonesian, month first in English where it can be
        for (text, lang, value) in [
            ("pada 12-03-2024", Id, 20_240_312.0),
            ("on 12-03-2024", En, 20_241_203.0),
            ("on 31-12-2024", En, 20_241_231.0),
        ] {
            let q = one(text, lang);
            assert_eq!((q.category, q.value), (Date, Some(value)), "{text}");
        }
        for text in ["his 9-9-9 tax plan", "a 4-4-2 formation"] {
            assert_eq!(one(text, En).category, Identifier, "{text}");
        }
        for (text, span, rank) in [
            ("Meek was #1 in Florida", "#1", 1.0),
            ("the #2 official", "#2", 2.0),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.category, q.value),
                (span, Ordinal, Some(rank)),
                "{text}"
            );
        }
        assert_eq!(one("issue #1234 on GitHub", En).category, Number);
        // after an article "No. 1" is a rank too; after a name an identifier
        for (text, span, cat) in [
            ("the No. 1 recipient of contributions", "No. 1", Ordinal),
            ("the No.1 pick", "No.1", Ordinal),
            ("Rule No. 1 is", "No. 1", Identifier),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.category), (span, cat), "{text}");
        }
        // a hyphenated share, and places and people called zero
        let q = one("virtually 1-in-2 are killed", En);
        assert_eq!(
            (q.text.as_str(), q.category, q.value),
            ("1-in-2", Ratio, Some(0.5))
        );
        for text in ["ground zero workers", "patient zero"] {
            nothing(text, En);
        }
    }

    #[test]
    fn a_fraction_after_by_and_a_half_before_a_scale() {
        for (text, span, value) in [
            ("cut funds by a third.", "a third", 1.0 / 3.0),
            ("fell by a quarter last year", "a quarter", 0.25),
            ("grew by a half in 2010", "a half", 0.5),
        ] {
            check(text, En, span, Some(value), None, Number);
        }
        check(
            "hired by a third party",
            En,
            "third",
            Some(3.0),
            None,
            Ordinal,
        );
        check(
            "5 and a half million people came",
            En,
            "5 and a half million",
            Some(5.5e6),
            Some("people"),
            Count,
        );
        check(
            "2 and a half hours",
            En,
            "2 and a half hours",
            Some(2.5),
            Some("hour"),
            Duration,
        );
    }

    #[test]
    fn over_a_period_after_an_amount_is_no_hedge() {
        for (text, span) in [
            ("will cost $1.76 trillion over 10 years", "10 years"),
            ("save approximately $680 over four years.", "four years"),
            (
                "could generate more than 50,000 jobs over five years",
                "five years",
            ),
            (
                "a total growth of eleven percent over seven years",
                "seven years",
            ),
        ] {
            let q = named(text, En, span);
            assert_eq!((q.category, q.approx), (Duration, None), "{text}");
        }
        // Opening a clause, or after a word of change, "over" says over
        // what time too
        for (text, span) in [
            (
                "Over 30 years, federal spending on education has grown",
                "30 years",
            ),
            ("debts built up over 20 or 30 years", "30 years"),
            ("debts built up over 20 or 30 years", "20"),
            ("prices rose over 10 years", "10 years"),
        ] {
            let q = named(text, En, span);
            assert_eq!((q.category, q.approx), (Duration, None), "{text}");
        }
        // Elsewhere "over" is "more than".
        for (text, span) in [
            ("the first time in over 10 years", "over 10 years"),
            ("3 children over 5 years old", "over 5 years"),
            ("It lasted over two hours", "over two hours"),
            ("He served over 30 years.", "over 30 years"),
        ] {
            assert_eq!(
                named(text, En, span).approx,
                Some(Approx::MoreThan),
                "{text}"
            );
        }
    }

    #[test]
    fn percent_change_is_two_quantities() {
        for (t, l) in [
            ("naik 50 persen menjadi 3,2%", Id),
            ("rose 50 percent to 3.2%", En),
        ] {
            let f = find_quantities(t, l);
            assert_eq!(f.len(), 2, "{f:#?}");
            assert_eq!((f[0].value, f[1].value), (Some(50.0), Some(3.2)));
            assert!(
                f.iter()
                    .all(|q| q.category == Percent && q.unit.as_deref() == Some("%"))
            );
        }
        check(
            "1,5 poin persentase",
            Id,
            "1,5 poin persentase",
            Some(1.5),
            Some("pp"),
            PercentagePoint,
        );
        check(
            "25 basis points",
            En,
            "25 basis points",
            Some(25.0),
            Some("bps"),
            PercentagePoint,
        );
    }

    #[test]
    fn money() {
        check("Rp 4,5 M", Id, "Rp 4,5 M", Some(4.5e9), Some("IDR"), Money);
        check("Rp 2 T", Id, "Rp 2 T", Some(2e12), Some("IDR"), Money);
        check(
            "Rp 5.000,-",
            Id,
            "Rp 5.000",
            Some(5000.0),
            Some("IDR"),
            Money,
        );
        check(
            "2 miliar dolar AS",
            Id,
            "2 miliar dolar AS",
            Some(2e9),
            Some("USD"),
            Money,
        );
        check("£1.4bn", En, "£1.4bn", Some(1.4e9), Some("GBP"), Money);
        check("$5m", En, "$5m", Some(5e6), Some("USD"), Money);
        check(
            "US$ 2 billion",
            En,
            "US$ 2 billion",
            Some(2e9),
            Some("USD"),
            Money,
        );
        check(
            "2 billion dollars",
            En,
            "2 billion dollars",
            Some(2e9),
            Some("USD"),
            Money,
        );
        check("S$ 10", En, "S$ 10", Some(10.0), Some("SGD"), Money);
    }

    #[test]
    fn units_counts_durations() {
        check(
            "700 kilometer persegi",
            Id,
            "700 kilometer persegi",
            Some(700.0),
            Some("km2"),
            Measure,
        );
        check("700 km²", Id, "700 km²", Some(700.0), Some("km2"), Measure);
        check("5 hektare", Id, "5 hektare", Some(5.0), Some("ha"), Measure);
        check(
            "30 derajat Celsius",
            Id,
            "30 derajat Celsius",
            Some(30.0),
            Some("°C"),
            Measure,
        );
        check("21 negara", Id, "21", Some(21.0), Some("negara"), Count);
        check(
            "hampir 2.000 serangan udara",
            Id,
            "hampir 2.000",
            Some(2000.0),
            Some("serangan"),
            Count,
        );
        check(
            "21 countries",
            En,
            "21",
            Some(21.0),
            Some("countries"),
            Count,
        );
        check(
            "konferensi satu hari",
            Id,
            "satu hari",
            Some(1.0),
            Some("day"),
            Duration,
        );
        check(
            "three weeks",
            En,
            "three weeks",
            Some(3.0),
            Some("week"),
            Duration,
        );
        check("2 jam", Id, "2 jam", Some(2.0), Some("hour"), Duration);
        assert_eq!(one("berbulan-bulan", Id).category, Duration);
    }

    #[test]
    fn dates_years_times_identifiers() {
        check("tahun 2015", Id, "tahun 2015", Some(2015.0), None, Year);
        check("pada 2023", Id, "pada 2023", Some(2023.0), None, Year);
        check("in 2004", En, "in 2004", Some(2004.0), None, Year);
        check(
            "22 Januari 2015",
            Id,
            "22 Januari 2015",
            Some(20150122.0),
            None,
            Date,
        );
        check("12/3/2024", Id, "12/3/2024", Some(20240312.0), None, Date);
        check(
            "Sabtu (12/3/2024)",
            Id,
            "Sabtu (12/3/2024)",
            Some(20240312.0),
            None,
            Date,
        );
        check(
            "March 3, 2024",
            En,
            "March 3, 2024",
            Some(20240303.0),
            None,
            Date,
        );
        assert_eq!(one("pada hari Rabu", Id).category, Date);
        assert_eq!(one("Kamis pagi", Id).category, Date);
        assert_eq!(one("on Tuesday", En).category, Date);
        assert_eq!(one("pukul 10.30 WIB", Id).category, Time);
        // The short form "pkl", and "jam" before an hour; a part of the
        // day belongs to the time. "24 jam" after the number stays a
        // duration.
        for (t, span) in [
            ("siang ini pkl 12.30, sudah direvisi", "pkl 12.30"),
            ("mulai pkl. 9 WIB", "pkl. 9 WIB"),
            ("Hari ini jam 11 di Bareskrim", "jam 11"),
            ("pukul 10 pagi tadi", "pukul 10 pagi"),
            ("sejak jam 2 siang", "jam 2 siang"),
        ] {
            // "Hari ini" is a date of its own
            let found = named(t, Id, span);
            assert_eq!((found.text.as_str(), found.category), (span, Time), "{t}");
        }
        assert_eq!(one("selama 24 jam", Id).category, Duration);
        for t in [
            "UU No. 11 Tahun 2020",
            "Pasal 27",
            "COVID-19",
            "G20",
            "0812-3456-7890",
        ] {
            let f = find_quantities(t, Id);
            assert!(
                f.iter().all(|q| q.category == Identifier) && !f.is_empty(),
                "{t}: {f:#?}"
            );
        }
        // a virus's name in any case is one name, never 19 of the next word
        for (t, lang, span) in [
            ("pandemi Covid-19 melanda", Id, "Covid-19"),
            ("pasien covid-19", Id, "covid-19"),
            ("the SARS-CoV-2 virus", En, "SARS-CoV-2"),
            ("sars-cov-2 spread", En, "sars-cov-2"),
        ] {
            let q = one(t, lang);
            assert_eq!((q.text.as_str(), q.category), (span, Identifier), "{t}");
        }
    }

    #[test]
    fn english_counted_nouns_are_plural_heads() {
        // The noun is the first plural within three words, past adjectives,
        // hyphenated modifiers and capitalized names.
        for (text, unit) in [
            ("150 domestic programmes", "programmes"),
            ("the 20 biggest-selling games", "games"),
            ("14 free-to-air channels", "channels"),
            ("some 12,500 civil servant posts", "posts"),
            ("three US soldiers were killed", "soldiers"),
            ("5 NHS hospitals", "hospitals"),
            ("some 16,000 new IRS agents", "agents"),
            ("305,775 people on a waiting list", "people"),
            ("two children", "children"),
            ("one high-profile arrest", "arrest"),
            // a plural that looks singular, before the plural it modifies
            ("Flint had only 144 police officers", "police officers"),
            ("collect up to 400 data points", "data points"),
            ("hired 300 police as", "police"),
            // past "more" or "fewer"
            ("every day, 13,000 more people have been", "people"),
            ("hired 300 more teachers", "teachers"),
        ] {
            let found = find_quantities(text, En);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            assert_eq!(
                (found[0].category, found[0].unit.as_deref()),
                (Count, Some(unit)),
                "{text}"
            );
        }
        // No plural after a number above one: nothing is counted, and a
        // year stays a year.
        for (text, category) in [
            ("7,800 relocated out of the south", Number),
            ("41 million saw the films", Number),
            ("the five nominated for best film", Number),
            ("his 2006 budget", Year),
            ("2004 saw a rise", Year),
            ("the 2014 Senate Democrats", Year),
        ] {
            let found = find_quantities(text, En);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            assert_eq!(
                (found[0].category, found[0].unit.as_deref()),
                (category, None),
                "{text}"
            );
        }
        // Indonesian keeps the noun first: no plural marking.
        check("21 negara", Id, "21", Some(21.0), Some("negara"), Count);
        // An Indonesian abbreviation is counted too, but not after a year
        // and not a name in English.
        check(
            "Polri memiliki 672 SPPG dengan",
            Id,
            "672",
            Some(672.0),
            Some("sppg"),
            Count,
        );
        check(
            "kepada 496.778 KPM,",
            Id,
            "496.778",
            Some(496_778.0),
            Some("kpm"),
            Count,
        );
        check("Ada dua SK yang", Id, "dua", Some(2.0), Some("sk"), Count);
        check(
            "tahun 1998 ABRI",
            Id,
            "tahun 1998",
            Some(1998.0),
            None,
            Year,
        );
        check("the 1961 NFL game", En, "1961", Some(1961.0), None, Year);
    }

    #[test]
    fn hyphenated_units_and_ages() {
        for (text, span, value, unit, category) in [
            ("over a 20-year period", "20-year", 20.0, "year", Duration),
            ("a five-year plan", "five-year", 5.0, "year", Duration),
            ("a 10-day trip", "10-day", 10.0, "day", Duration),
            ("a 30-minute show", "30-minute", 30.0, "minute", Duration),
            ("The 34-year-old won", "34-year-old", 34.0, "year", Duration),
            ("for 17-year-olds", "17-year-olds", 17.0, "year", Duration),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.category),
                (span, Some(value), Some(unit), category),
                "{text}"
            );
        }
        // A range keeps its reading.
        assert_eq!(one("aged 16-18 years", En).low, Some(16.0));
        // "N times" before a comparative is a ratio.
        for (text, span, value) in [
            ("are four times more likely", "four times", 4.0),
            ("3 times as many", "3 times", 3.0),
            ("ten times the size", "ten times", 10.0),
            ("almost five times as many", "almost five times", 5.0),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.category),
                (span, Some(value), Some("x"), Ratio),
                "{text}"
            );
        }
        let q = one("naik sekitar dua kali lipat", Id);
        assert_eq!(
            (q.text.as_str(), q.value, q.category, q.approx),
            (
                "sekitar dua kali lipat",
                Some(2.0),
                Ratio,
                Some(Approx::About)
            )
        );
        let found = find_quantities("he took the Fifth 75 times", En);
        assert!(found.iter().all(|q| q.category != Ratio), "{found:#?}");
    }

    #[test]
    fn race_times_and_letter_codes() {
        let q = one("won in 8:41.43 ahead", En);
        assert_eq!(
            (q.text.as_str(), q.value, q.unit.as_deref(), q.category),
            ("8:41.43", Some(521.43), Some("second"), Duration)
        );
        for (text, span) in [
            ("the 29A virus group", "29A"),
            ("new 5G phones", "5G"),
            ("a 3D film", "3D"),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.category), (span, Identifier), "{text}");
        }
        // Scale letters keep their meaning; a clock time stays a time.
        // A glued C, F or W is a unit: "35C", "-5C", "100F", "60W".
        for (text, span, value, unit) in [
            ("temperatures of 35C, up from", "35C", 35.0, "°C"),
            ("down to -5C overnight", "-5C", -5.0, "°C"),
            ("it hit 100F in Texas", "100F", 100.0, "°F"),
            ("a 60W bulb", "60W", 60.0, "W"),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref()),
                (span, Some(value), Some(unit)),
                "{text}"
            );
        }
        // A possessive is no foot mark: "BBC Radio 4's", "FTSE 100's".
        for text in ["BBC Radio 4's Today programme", "the FTSE 100's fall"] {
            let found = find_quantities(text, En);
            assert!(
                found.iter().all(|q| q.unit.as_deref() != Some("ft")),
                "{found:#?}"
            );
        }
        assert_eq!(one("he is 6' tall", En).unit.as_deref(), Some("ft"));
        // Spaced or followed by more letters it is not.
        assert_ne!(one("grade 35 C pupils", En).unit.as_deref(), Some("°C"));
        assert_ne!(one("the 35CX model", En).unit.as_deref(), Some("°C"));
        assert_eq!(one("a 10K run", En).value, Some(10_000.0));
        assert_eq!(one("raised $5G", En).value, Some(5e9));
        assert_eq!(named("at 10:30 today", En, "10:30").category, Time);
    }

    #[test]
    fn a_glued_m_is_millions_or_metres_by_context() {
        // Millions: money, a decimal, or a noun counted in millions.
        for (text, span, value) in [
            ("a profit of £75m this year", "£75m", 75e6),
            ("1.6m people moved", "1.6m", 1.6e6),
            ("about 3m viewers watched", "about 3m", 3e6),
            ("unemployment fell to 1.42m", "1.42m", 1.42e6),
            ("sales passed the 1.5m mark", "1.5m", 1.5e6),
            ("a 2.5m increase in visitors", "2.5m", 2.5e6),
        ] {
            let q = named(text, En, span);
            assert_eq!((q.text.as_str(), q.value), (span, Some(value)), "{text}");
        }
        // Metres: a whole number with no counted noun, or a decimal in an
        // athletics report.
        for (text, span, value) in [
            ("the women's 60m sprint", "60m", 60.0),
            ("to break the 5m barrier soon", "5m", 5.0),
            ("a season's best of 7.95m, taking", "7.95m", 7.95),
            ("set a new world mark of 4.88m to break", "4.88m", 4.88),
            (
                "The heptathlon gold medallist reached 6.66m today",
                "6.66m",
                6.66,
            ),
            ("she cleared 2.05m", "2.05m", 2.05),
            ("the roof is 2.5m high", "2.5m", 2.5),
            ("behind a 2.5m-high wall", "2.5m", 2.5),
            ("they built a 2.5m wall", "2.5m", 2.5),
            ("waves of 4.5m hit the coast", "4.5m", 4.5),
            ("a 6.5m drop", "6.5m", 6.5),
        ] {
            let q = named(text, En, span);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref()),
                (span, Some(value), Some("m")),
                "{text}"
            );
        }
    }

    #[test]
    fn twenty_four_hour_clocks_splits_and_units_inside_ranges() {
        // A 24-hour clock is a time, with a leading zero or a zone.
        for (text, span) in [
            ("schools open from 0800 to 1800GMT daily", "0800 to 1800GMT"),
            ("buka 0800-1600 WIB setiap hari", "0800-1600 WIB"),
            ("the attack began at 0530 hours", "0530 hours"),
            ("before the 1800 GMT deadline", "1800 GMT"),
        ] {
            let found = find_quantities(text, En);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            assert_eq!(
                (found[0].text.as_str(), found[0].category),
                (span, Time),
                "{text}"
            );
        }
        // Without either it stays a count or a year.
        assert_eq!(one("from 1000 to 2000 people came", En).category, Count);
        assert_eq!(one("in 1800 the town grew", En).category, Year);
        assert_ne!(one("founded 2004 est", En).category, Time);
        // A split is the first share; "24/7" is no number; a fraction is one.
        let q = one("a 50/50 chance", En);
        assert_eq!((q.category, q.value), (Ratio, Some(0.5)));
        assert_eq!(one("a 60/40 split", En).value, Some(0.6));
        assert_eq!(one("open 24/7 now", En).category, Identifier);
        assert_eq!(one("siaga 24/7 di posko", Id).category, Identifier);
        assert_eq!(one("a 2/3 majority", En).value, Some(2.0 / 3.0));
        // A fraction over a smaller number is no fraction: two ratings of
        // one unit.
        for (text, first, second) in [
            ("GITET 275/150 kV Simangkuk", 275.0, 150.0),
            ("trafo 20/0,4 kV", 20.0, 0.4),
        ] {
            let read: Vec<_> = find_quantities(text, Id)
                .iter()
                .map(|q| (q.value, q.unit.clone()))
                .collect();
            let kv = Some("kV".to_string());
            assert_eq!(
                read,
                [(Some(first), kv.clone()), (Some(second), kv)],
                "{text}"
            );
        }
        // Old transcripts flatten "3½" into "31/2": halves and quarters.
        for (text, span, value) in [
            ("For 31/2 years, this", "31/2 years", 3.5),
            ("it's up 81/2 percent.", "81/2 percent", 8.5),
            ("the 211/2-percent interest rates", "211/2-percent", 21.5),
            ("It's now 121/4, and", "121/4", 12.25),
            ("I mentioned 31/2 million women", "31/2 million", 3.5e6),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.value), (span, Some(value)), "{text}");
        }
        // Not a date, not in Indonesian, not thirds.
        for (text, lang) in [
            ("on 11/2 we met", En),
            ("sebanyak 31/2 unit", Id),
            ("a 21/3 share", En),
        ] {
            assert!(
                find_quantities(text, lang)
                    .iter()
                    .all(|q| q.value != Some(3.5)
                        && q.value != Some(1.5)
                        && q.value != Some(2.0 + 1.0 / 3.0)),
                "{text}"
            );
        }
        // A unit written only after the first number of a range is the
        // range's: "from six months to nine".
        let q = one("jailed for from six months to nine", En);
        assert_eq!(
            (q.low, q.high, q.unit.as_deref(), q.category),
            (Some(6.0), Some(9.0), Some("month"), Duration)
        );
        let q = one("from 10 km to 15", En);
        assert_eq!(q.unit.as_deref(), Some("km"));
        // A currency after a hyphen names a scaled amount's money.
        for (text, span, value, unit) in [
            ("a 418bn-rand budget", "418bn-rand", 418e9, "ZAR"),
            ("a 5bn-euro deal", "5bn-euro", 5e9, "EUR"),
            ("a 10m-pound contract", "10m-pound", 10e6, "GBP"),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.category),
                (span, Some(value), Some(unit), Money),
                "{text}"
            );
        }
        assert_ne!(one("a 5-pound bag", En).category, Money);
        // A number word in an adjective that counts nothing is no number.
        for text in [
            "a one-off council tax refund",
            "a two-way street",
            "a one-time surplus",
            "a one-on-one meeting",
        ] {
            assert_eq!(find_quantities(text, En), Vec::new(), "{text}");
        }
        assert_eq!(one("a one-day conference", En).unit.as_deref(), Some("day"));
        assert_eq!(one("a two-time Olympic medallist", En).value, Some(2.0));
    }

    #[test]
    fn a_hedge_between_two_search_windows_stays_with_its_number() {
        // The window around "five times" (cue words reach up to
        // "compared") ends between "Almost" and "60%"; the hedge must not
        // be cut off with it.
        let text = "In 2004, almost five times as many people signed up to the UK's \
                    free-to-air DTT service compared with Sky. Almost 60% of UK households \
                    have gone digital.";
        let found = find_quantities(text, En);
        let q = found
            .iter()
            .find(|q| q.text.ends_with("60%"))
            .unwrap_or_else(|| panic!("{found:#?}"));
        assert_eq!(
            (q.text.as_str(), q.approx),
            ("Almost 60%", Some(Approx::Nearly))
        );
        // Same in Indonesian: "kurang dari 20 persen".
        let text = "Sementara itu, batasan World Health Organization (WHO) menyebutkan, \
                    angka normal seharusnya kurang dari 20 persen.";
        let q = one(text, Id);
        assert_eq!(q.text, "kurang dari 20 persen");
    }

    #[test]
    fn numbers_inside_web_addresses_and_ballot_numbers_are_not_amounts() {
        let text = "Sumber: https://news.detik.com/…/kpu-bukan-13-juta-pemilih dan \
                    www.kompas.com/read/2017/09/25/175929326 naik 5 persen";
        let found: Vec<String> = find_quantities(text, Id)
            .into_iter()
            .map(|q| q.text)
            .collect();
        assert_eq!(found, ["5 persen"]);
        let q = one("Calon presiden nomor urut 02 Prabowo Subianto", Id);
        assert_eq!((q.text.as_str(), q.category), ("nomor urut 02", Identifier));
    }

    #[test]
    fn list_item_numbers_are_not_quantities() {
        let text = "1. Pembangunan IKN\n2) Pemindahan ke IKN\n";
        assert_eq!(find_quantities(text, Id), Vec::new());
        let text = "1. Kabupaten Bima dari Rp 1,2 triliun menjadi Rp 1 triliun.2. Kabupaten Dompu";
        let found: Vec<String> = find_quantities(text, Id)
            .into_iter()
            .map(|q| q.text)
            .collect();
        assert_eq!(found, ["Rp 1,2 triliun", "Rp 1 triliun"]);
        // Still numbers: mid-sentence, or followed by a lower-case word.
        assert_eq!(one("He came 2. Then left", En).text, "2");
        assert_eq!(one("3. sebanyak itu", Id).text, "3");
    }

    #[test]
    fn a_dash_before_a_list_item_is_no_minus() {
        let text = "- 73 SPPG Polda Jateng (33 telah beroperasi, 40 tahap pembangunan)";
        let first = &find_quantities(text, Id)[0];
        assert_eq!((first.text.as_str(), first.value), ("73", Some(73.0)));
        // A number alone on its line keeps its sign ("- 2 degrees" is a
        // peer suite's row), and a glued minus is always one.
        assert_eq!(one("- 2 degrees", En).value, Some(-2.0));
        assert_eq!(one("- 1.200.000", Id).value, Some(-1_200_000.0));
        assert_eq!(
            one("suhu -5 derajat di puncak gunung pagi ini", Id).value,
            Some(-5.0)
        );
        // A sign glued after a bracket: a stock's fall.
        let q = one("saham AMMN (-4,37%) melemah", Id);
        assert_eq!((q.text.as_str(), q.value), ("-4,37%", Some(-4.37)));
        assert_eq!(one("BBRI (+5,14%)", Id).value, Some(5.14));
    }

    #[test]
    fn indonesian_number_words_that_count_nothing() {
        for t in [
            "menjadi salah satu modal bank",
            "bahkan satu-satunya di Jawa Tengah",
            "kendaraan roda dua dan empat terpaksa melaju",
            "dilalui roda dua atau roda empat",
            "adalah Letnan Satu Soebianto Djojohadikusumo",
        ] {
            assert_eq!(find_quantities(t, Id), Vec::new(), "{t}");
        }
        // Still counts: a number word elsewhere, or after "salah satu".
        assert_eq!(one("satu orang tewas", Id).value, Some(1.0));
        assert_eq!(one("dua roda", Id).value, Some(2.0));
        assert_eq!(one("salah satu dari 3 orang", Id).value, Some(3.0));
    }

    #[test]
    fn repeated_vague_magnitudes_are_ranges() {
        for (t, low, high) in [
            ("beribu-ribu orang bergantung", 1e3, 9999.0),
            ("berjuta-juta rakyat", 1e6, 1e7 - 1.0),
            ("Beratus-ratus rumah", 100.0, 999.0),
        ] {
            let found = one(t, Id);
            assert_eq!(
                (found.low, found.high, found.value),
                (Some(low), Some(high), None),
                "{t}"
            );
        }
        assert_eq!(find_quantities("ibu-ibu dan beribu", Id), Vec::new());
    }

    #[test]
    fn a_connective_after_a_number_is_not_what_it_counts() {
        let found = find_quantities("di desil 1, 2, 3, dan 4 sesuai data tunggal", Id);
        assert!(found.iter().all(|q| q.unit.is_none()), "{found:#?}");
    }

    #[test]
    fn a_capital_letter_code_is_no_scale_without_money() {
        // "daerah 3T": tertinggal, terdepan, terluar.
        let code = one("bukan pada daerah 3T.", Id);
        assert_eq!((code.text.as_str(), code.category), ("3T", Identifier));
        assert_eq!(one("anggaran Rp 2 T", Id).value, Some(2e12));
        assert_eq!(one("utang mencapai 2,5T", Id).value, Some(2.5e12));
        // "A $3 billion deal": the article, not Australian dollars.
        let deal = one("A $3 billion deal was signed", En);
        assert_eq!(
            (deal.text.as_str(), deal.unit.as_deref()),
            ("$3 billion", Some("USD"))
        );
        assert_eq!(one("A$3 billion", En).unit.as_deref(), Some("AUD"));
    }

    #[test]
    fn a_second_before_a_noun_is_the_ordinal() {
        for t in ["dependent on a second offer", "she won a second term"] {
            let found = one(t, En);
            assert_eq!(
                (found.text.as_str(), found.category, found.value),
                ("second", Ordinal, Some(2.0)),
                "{t}"
            );
        }
        for t in ["he paused for a second before he spoke", "for a second."] {
            let found = one(t, En);
            assert_eq!(
                (found.category, found.unit.as_deref()),
                (Duration, Some("second")),
                "{t}"
            );
        }
    }

    #[test]
    fn english_time_past_an_adjective_is_a_duration() {
        for (t, unit) in [
            (
                "the economy had grown for 50 consecutive quarters",
                "quarter",
            ),
            (
                "we've had 43 straight months with unemployment above 8%",
                "month",
            ),
        ] {
            let found = &find_quantities(t, En)[0];
            assert_eq!(
                (found.category, found.unit.as_deref()),
                (Duration, Some(unit)),
                "{t}"
            );
        }
        assert_eq!(one("16,000 new IRS agents", En).category, Count);
    }

    #[test]
    fn english_spoken_forms_of_times_percentages_and_names() {
        let cut = one("a 25-percent tax cut", En);
        assert_eq!((cut.category, cut.value), (Percent, Some(25.0)));
        assert_eq!(one("a 15- percent drop in crime", En).category, Percent);
        for (t, span) in [
            ("awake at 3 o'clock in the morning", "3 o'clock"),
            ("until 7 or 8 o'clock at night", "7 or 8 o'clock"),
        ] {
            let time = one(t, En);
            assert_eq!((time.text.as_str(), time.category), (span, Time), "{t}");
        }
        for (t, span) in [
            ("After 9/11, we had to look", "9/11"),
            ("his 401K plan", "401K"),
            ("his 401(k) plan", "401(k)"),
            ("The 287(g) immigration programs", "287(g)"),
            ("a 501(c)(3) charity", "501(c)(3)"),
        ] {
            let name = one(t, En);
            assert_eq!(
                (name.text.as_str(), name.category),
                (span, Identifier),
                "{t}"
            );
        }
        // "from 8 to 8:30" is no range of numbers ending in a stray 30.
        let found = find_quantities("on NBC from 8 to 8:30, and", En);
        assert!(
            found.iter().all(|q| q.text != "30" && q.low == q.high),
            "{found:#?}"
        );
        assert!(
            found.iter().any(|q| q.text == "8:30" && q.category == Time),
            "{found:#?}"
        );
        assert_eq!(one("1/5", En).value, Some(0.2));
        // "half-a-trillion dollars" as "half a trillion dollars"; "$.50"
        // is fifty cents ("Rp.500" stays five hundred rupiah).
        assert_eq!(
            one("a half-a-trillion dollars we owe", En).value,
            Some(5e11)
        );
        assert_eq!(
            find_quantities("about $.50 a gallon more", En)[0].value,
            Some(0.5)
        );
        assert_eq!(one("Rp.500 per lembar", Id).value, Some(500.0));
        // A scale word after a hyphen scales; it is no range's end.
        let acres = one("68-million acres of land", En);
        assert_eq!((acres.value, acres.low), (Some(68e6), Some(68e6)));
        assert_eq!(one("a 4-billion dollar deficit", En).value, Some(4e9));
        assert_eq!(one("10-15 million people", En).high, Some(15e6));
    }

    #[test]
    fn english_age_groups_are_bounds() {
        let over = one("payments for the over-70s", En);
        assert_eq!(
            (over.value, over.approx, over.unit.as_deref()),
            (Some(70.0), Some(Approx::MoreThan), Some("year"))
        );
        let under = one("under-18s also have players", En);
        assert_eq!(
            (under.text.as_str(), under.approx),
            ("under-18s", Some(Approx::LessThan))
        );
        // A decade of age stays a range.
        assert_eq!(one("in their 30s", En).high, Some(39.0));
    }

    #[test]
    fn a_number_over_a_year_is_no_fraction() {
        // A decision numbered 135 of 2015; a month and a year.
        let decision = one("sesuai Putusan MK 135/2015 adalah", Id);
        assert_eq!(
            (decision.text.as_str(), decision.category),
            ("135/2015", Identifier)
        );
        let month = one("pada 12/2025 lalu", Id);
        assert_eq!((month.category, month.value), (Date, Some(202_512.0)));
        // Fractions stay fractions.
        assert_eq!(one("sekitar 1/3 warga", Id).value, Some(1.0 / 3.0));
        assert_eq!(one("3/1000", Id).value, Some(0.003));
    }

    #[test]
    fn scaled_decimals_are_exact_whole_numbers() {
        // Decimal times scale must not print as 533299999999.99994.
        for (text, lang, value) in [
            ("Rp 533,30 miliar", Id, 533_300_000_000.0),
            ("4,03 ribu orang", Id, 4030.0),
            ("more than 8.2 million people", En, 8_200_000.0),
            ("2 yards, 7 feet", En, 13.0),
            // Above 10^15 the noise is a whole unit: 8560360000000001.
            ("Rp 8.560,36 triliun", Id, 8_560_360_000_000_000.0),
        ] {
            let got = one(text, lang).value;
            assert_eq!(got, Some(value), "{text}");
        }
        // Fractions keep their digits, and so does a figure written with
        // sixteen.
        assert_eq!(one("a third of voters", En).value, Some(1.0 / 3.0));
        assert_eq!(
            one("1.234.567.890.123.456 rupiah", Id).value,
            Some(1_234_567_890_123_456.0)
        );
    }

    #[test]
    fn words_scraped_together_are_read_apart() {
        // id/023 lost its line breaks: "Premium: 21 hariSolar: 24 hari…".
        let found = find_quantities("Premium: 21 hariSolar: 24 hariPertalite: 21 hari", Id);
        let read: Vec<_> = found
            .iter()
            .map(|q| (q.text.as_str(), q.unit.as_deref(), q.category))
            .collect();
        assert_eq!(
            read,
            vec![
                ("21 hari", Some("day"), Category::Duration),
                ("24 hari", Some("day"), Category::Duration),
                ("21 hari", Some("day"), Category::Duration),
            ]
        );
        // Brand names keep their shape.
        let found = find_quantities("sold 3 iPhone units and 5 eBay vouchers", En);
        assert!(
            found.iter().all(|q| q.unit.as_deref() != Some("phone")),
            "{found:#?}"
        );
    }

    #[test]
    fn years_and_decades_after_an_apostrophe() {
        for (text, lang, span, low, high) in [
            ("music of the '80s", En, "'80s", 1980.0, 1989.0),
            ("in the ’90s", En, "’90s", 1990.0, 1999.0),
            ("the Roaring '20s", En, "'20s", 1920.0, 1929.0),
            ("the class of ’82 met", En, "’82", 1982.0, 1982.0),
            ("he left in '08.", En, "'08", 2008.0, 2008.0),
            ("sejak krisis '98 itu", Id, "'98", 1998.0, 1998.0),
        ] {
            let found = find_quantities(text, lang);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            let q = &found[0];
            assert_eq!(
                (q.text.as_str(), q.category, q.low, q.high),
                (span, Category::Year, Some(low), Some(high)),
                "{text}"
            );
        }
        // A single quotation mark before a count opens a quote.
        for (text, lang) in [
            ("he said '20 people died' there", En),
            ("katanya '25 orang' hilang", Id),
            ("rock'82 band", En),
        ] {
            let found = find_quantities(text, lang);
            assert!(
                found.iter().all(|q| q.category != Category::Year),
                "{text}: {found:#?}"
            );
        }
    }

    #[test]
    fn a_count_hyphenated_before_a_noun_counts_it() {
        for (text, span, value, unit) in [
            ("a 10-member panel", "10-member", 10.0, "member"),
            ("the 28-nation bloc agreed", "28-nation", 28.0, "nation"),
            ("a 600-ship navy", "600-ship", 600.0, "ship"),
            ("a five-page letter", "five-page", 5.0, "page"),
        ] {
            let found = find_quantities(text, En);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            let q = &found[0];
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.category),
                (span, Some(value), Some(unit), Category::Count),
                "{text}"
            );
        }
        // Adjectives, ordinal-like words and a unit count nothing ("a
        // two-time champion" counts times, not a noun: see
        // `an_english_count_of_times_before_a_title`).
        for text in [
            "a 10-fold increase",
            "a two-sided coin",
            "a 10-mile race",
            "a one-on-one meeting",
        ] {
            let found = find_quantities(text, En);
            assert!(
                found.iter().all(|q| q.category != Category::Count),
                "{text}: {found:#?}"
            );
        }
        // Indonesian has no such compound.
        assert!(
            find_quantities("a 10-member panel", Id)
                .iter()
                .all(|q| q.unit.as_deref() != Some("member"))
        );
    }

    #[test]
    fn product_and_model_numbers_are_identifiers() {
        for (text, lang, span) in [
            ("orders for 20 Boeing 737 jets", En, "Boeing 737"),
            ("sales of Halo 2 reached", En, "Halo 2"),
            ("users of Windows 95 complained", En, "Windows 95"),
            ("the FTSE 100 index", En, "FTSE 100"),
            ("delivered Boeing 737-800 jets", En, "Boeing 737-800"),
            ("maskapai memesan Boeing 737 baru", Id, "Boeing 737"),
            ("73 hariPertamax/Akra 92: 21 hari", Id, "Akra 92"),
            ("Redaksi Liputan 6 SCTV menyatakan", Id, "Liputan 6"),
            ("kata redaksi Liputan 6 SCTV", Id, "Liputan 6"),
            ("he told Channel 4 News on Monday", En, "Channel 4"),
            ("Fortune 500 companies grew", En, "Fortune 500"),
        ] {
            let found = find_quantities(text, lang);
            let id = found.iter().find(|q| q.category == Identifier);
            assert_eq!(
                id.map(|q| q.text.as_str()),
                Some(span),
                "{text}: {found:#?}"
            );
        }
        // No identifier in a Title Case headline, before "times", after
        // plural people, or in a range of days.
        for (text, lang, span) in [
            ("Polri Tetapkan 2 Tersangka Kasus Korupsi", Id, "2"),
            ("he took the Fifth 75 times", En, "75"),
            ("of Americans 65 and older", En, "65 and older"),
            ("dari 15-16 Juli 2025", Id, "15-16 Juli 2025"),
            ("from 4-6 March", En, "4-6 March"),
            ("Warga Jakarta 5 orang tewas", Id, "5"),
            ("voters in Texas 3 people said", En, "3"),
            ("Polri Punya 672 SPPG", Id, "672"),
            ("broke that Ferguson 18-year-old Michael", En, "18-year-old"),
            ("opening it to all Texas 4-year-olds", En, "4-year-olds"),
            ("The Greenlight Pinellas 1-cent sales tax", En, "1-cent"),
        ] {
            let found = find_quantities(text, lang);
            assert!(found.iter().any(|q| q.text == span), "{text}: {found:#?}");
            assert!(
                found.iter().all(|q| q.category != Identifier),
                "{text}: {found:#?}"
            );
        }
        // A day of a date ends no range: "three months to 31 December".
        for (text, lang, duration, date) in [
            (
                "profit in the three months to 31 December rose",
                En,
                "three months",
                "31 December",
            ),
            (
                "laba tiga bulan hingga 31 Desember naik",
                Id,
                "tiga bulan",
                "31 Desember",
            ),
        ] {
            let found = find_quantities(text, lang);
            let texts: Vec<(&str, Category)> = found
                .iter()
                .map(|q| (q.text.as_str(), q.category))
                .collect();
            assert!(texts.contains(&(duration, Duration)), "{text}: {found:#?}");
            assert!(texts.contains(&(date, Date)), "{text}: {found:#?}");
        }
        // Still quantities: a year, a sentence's first word, a hedge, a
        // currency, a measure, a scale.
        for (text, lang, span, category) in [
            ("at Euro 2024 in Berlin", En, "2024", Year),
            ("Some 37 countries could benefit", En, "Some 37", Count),
            ("Sebanyak 12 orang tewas", Id, "12", Count),
            ("the company Acme 5 km away", En, "5 km", Measure),
            ("raised Rp 5 miliar", Id, "Rp 5 miliar", Money),
            ("bought Twitter 44 billion", En, "44 billion", Number),
        ] {
            let found = find_quantities(text, lang);
            assert!(
                found
                    .iter()
                    .any(|q| q.text == span && q.category == category),
                "{text}: {found:#?}"
            );
        }
    }

    #[test]
    fn fractions_decades_pence_rand_and_clock_hours() {
        // English fractions, spelled and hyphenated, and "a third of" (not
        // the ordinal of "a third term").
        for (text, span, value) in [
            ("two thirds of its business", "two thirds", 2.0 / 3.0),
            ("two-thirds of voters", "two-thirds", 2.0 / 3.0),
            ("probably three-fourths of the rest", "three-fourths", 0.75),
            ("about 2-1/2 million", "about 2-1/2 million", 2.5e6),
            ("it took 2 1/2", "2 1/2", 2.5),
            ("one fourth of the budget", "one fourth", 0.25),
            ("a third of voters", "a third", 1.0 / 3.0),
            ("one fifth of the budget", "one fifth", 0.2),
            ("three quarters of the seats", "three quarters", 0.75),
            (
                "one-and-a-half million families",
                "one-and-a-half million",
                1.5e6,
            ),
        ] {
            let found = find_quantities(text, En);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            assert_eq!(found[0].text, span, "{text}");
            let got = found[0].value.unwrap_or(f64::NAN);
            assert!((got - value).abs() < 1e-9, "{text}: {got}");
        }
        assert_eq!(one("a third term", En).category, Ordinal);
        assert_eq!(one("for three quarters", En).category, Duration);
        // Decades, English and Indonesian: ranges.
        for (text, lang, span, low, high, category) in [
            ("in the 1990s", En, "1990s", 1990.0, 1999.0, Year),
            ("the 1970's", En, "1970's", 1970.0, 1979.0, Year),
            (
                "pada tahun 1990-an",
                Id,
                "tahun 1990-an",
                1990.0,
                1999.0,
                Year,
            ),
            // ages by decade: years of age
            ("in their 30s", En, "30s", 30.0, 39.0, Duration),
            ("usia 40-an", Id, "40-an", 40.0, 49.0, Duration),
        ] {
            let found = find_quantities(text, lang);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            let q = &found[0];
            assert_eq!(
                (q.text.as_str(), q.low, q.high, q.category),
                (span, Some(low), Some(high), category),
                "{text}"
            );
        }
        // A determiner before a bare year: the year, not a count.
        assert_eq!(one("the 2001 attacks", En).category, Year);
        // Pence written short; rand.
        check(
            "at 925p by midday",
            En,
            "925p",
            Some(925.0),
            Some("cent"),
            Money,
        );
        check(
            "6.8bn rand",
            En,
            "6.8bn rand",
            Some(6.8e9),
            Some("ZAR"),
            Money,
        );
        // Model codes are identifiers, not counts: "321 aircraft" was one.
        for text in ["six Airbus A321 aircraft", "two F-16 jets"] {
            let found = find_quantities(text, En);
            assert!(
                found.iter().any(|q| q.category == Identifier)
                    && found.iter().all(|q| q.category != Count),
                "{text}: {found:#?}"
            );
        }
        assert_eq!(one("pesawat C-130 Hercules", Id).category, Identifier);
        // A Roman numeral before a year is not a code: "triwulan I-2024"
        // is a quarter (see `quarters_and_halves_of_a_year_are_dates`).
        assert_eq!(one("pada triwulan I-2024", Id).category, Date);
        // "no-one" is nobody.
        assert!(
            find_quantities("no-one waits more than a year", En)
                .iter()
                .all(|q| q.text != "one")
        );
        // An hour with a.m. or p.m. is a time, never "3 pence".
        for text in ["at 3 p.m. on", "at 3p.m. on", "from 9am", "at 11 am"] {
            assert_eq!(one(text, En).category, Time, "{text}");
        }
    }

    #[test]
    fn indonesian_years_after_names_addresses_and_sen() {
        // A bare year after a capitalized name or "di" is the year, not a
        // count of whatever verb follows.
        for text in [
            "logistik Pemilu 2024 sangat sempit",
            "tahapan di 2025 dikecilkan",
        ] {
            let q = one(text, Id);
            assert_eq!((q.category, q.unit.as_deref()), (Year, None), "{text}");
        }
        // But a count written with a thousands dot stays a count.
        check(
            "Sebanyak 2.000 orang",
            Id,
            "2.000",
            Some(2000.0),
            Some("orang"),
            Count,
        );
        // Neighbourhood units of an address are identifiers.
        assert_eq!(
            one("Kampung Cileutik RT 09/02 menimpa", Id).category,
            Identifier
        );
        check(
            "hanya 10,1 sen per pon",
            Id,
            "10,1 sen",
            Some(10.1),
            Some("cent"),
            Money,
        );
        // Ranges of years between words.
        for (text, lang, span) in [
            ("antara 2007 dan 2012, harga", Id, "antara 2007 dan 2012"),
            ("dari 2007 hingga 2012", Id, "dari 2007 hingga 2012"),
            ("between 2007 and 2012, prices", En, "between 2007 and 2012"),
            ("from 2007 to 2012 the", En, "from 2007 to 2012"),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (q.text.as_str(), q.category, q.low, q.high),
                (span, Year, Some(2007.0), Some(2012.0)),
                "{text}"
            );
        }
    }

    #[test]
    fn year_ranges_abbreviated_and_iso_dates() {
        // Fiscal years and seasons: one quantity, a range of years, never
        // "6 target" or "20 season" counted.
        assert_ranges(
            Year,
            &[
                ("the 2005-6 target", En, "2005-6", 2005.0, 2006.0),
                ("the 2005-06 budget", En, "2005-06", 2005.0, 2006.0),
                ("in 2005/06", En, "in 2005/06", 2005.0, 2006.0),
                ("the 2019–20 season", En, "2019–20", 2019.0, 2020.0),
                ("from 1999-00", En, "1999-00", 1999.0, 2000.0),
                ("the 2010-15 plan", En, "2010-15", 2010.0, 2015.0),
                (
                    "tahun anggaran 2023-24",
                    Id,
                    "tahun anggaran 2023-24",
                    2023.0,
                    2024.0,
                ),
                (
                    "tahun anggaran 2020-2021",
                    Id,
                    "tahun anggaran 2020-2021",
                    2020.0,
                    2021.0,
                ),
                ("fiscal 2019-20", En, "fiscal 2019-20", 2019.0, 2020.0),
                ("tahun 2014-2015", Id, "tahun 2014-2015", 2014.0, 2015.0),
            ],
        );
        // Not a range: a one-digit end more than a year on, a two-digit
        // one more than ten, or a year that goes backwards.
        for text in ["in 2009-3 steps", "the 2005-17 plan"] {
            assert!(
                find_quantities(text, En)
                    .iter()
                    .all(|q| q.category != Year || q.high == q.low),
                "{text}: {:#?}",
                find_quantities(text, En)
            );
        }
        check(
            "on 2024-03-12",
            En,
            "on 2024-03-12",
            Some(20240312.0),
            None,
            Date,
        );
        check("2015-01-22", Id, "2015-01-22", Some(20150122.0), None, Date);
        // An impossible month or day is not an ISO date.
        assert!(
            find_quantities("2024-13-12", En)
                .iter()
                .all(|q| q.category != Date),
        );
    }

    #[test]
    fn ratios() {
        check(
            "1 dari 3 orang",
            Id,
            "1 dari 3",
            Some(1.0 / 3.0),
            Some("orang"),
            Ratio,
        );
        check("one in five", En, "one in five", Some(0.2), None, Ratio);
        check(
            "dua kali lipat",
            Id,
            "dua kali lipat",
            Some(2.0),
            Some("x"),
            Ratio,
        );
        check("twice as many", En, "twice", Some(2.0), Some("x"), Ratio);
    }

    #[test]
    fn english_one_as_a_pronoun_is_no_quantity() {
        for text in [
            "No one else believes that.",
            "She is one of the favourites.",
            "One of them said so.",
            "I like this one.",
            "the one who left",
            "They love one another.",
            "Every one of us voted.",
            "that one is mine",
            "She is the only one who voted against it.",
            "It is hard to keep one's hope going.",
            "One's in technical school.",
        ] {
            nothing(text, En);
        }
        // "another one and a half billion dollars" counts
        assert_eq!(
            one("added back another one and a half billion dollars", En).value,
            Some(1.5e9)
        );
        // A verb after "one" is not what it counts ("two passed, one
        // failed" still has the number).
        for text in ["One knows the answer.", "one failed to appear"] {
            let q = one(text, En);
            assert_eq!((q.category, q.unit), (Number, None), "{text}");
        }
        // Still a number: a noun, a unit or a ratio after it, a fraction,
        // or "one of" a number.
        check(
            "the fact that one town has",
            En,
            "one",
            Some(1.0),
            Some("town"),
            Count,
        );
        check(
            "claimed that one in three homes",
            En,
            "one in three",
            Some(1.0 / 3.0),
            Some("homes"),
            Ratio,
        );
        check(
            "that one percent",
            En,
            "one percent",
            Some(1.0),
            Some("%"),
            Percent,
        );
        check(
            "one business closed",
            En,
            "one",
            Some(1.0),
            Some("business"),
            Count,
        );
        check(
            "one-third of voters",
            En,
            "one-third",
            Some(1.0 / 3.0),
            None,
            Number,
        );
        check("one of 50 states", En, "one", Some(1.0), None, Number);
        check(
            "not one shred of evidence",
            En,
            "one",
            Some(1.0),
            Some("shred"),
            Count,
        );
        // Indonesian has no such pronoun: "one" is no word there.
        assert!(find_quantities("satu di antara mereka", Id).len() == 1);
    }

    #[test]
    fn english_number_words_joined_by_hyphens_as_transcripts_write_them() {
        for (text, span, value) in [
            ("a forty-thousand increase", "forty-thousand", 40_000.0),
            (
                "twenty-four hundred launchers",
                "twenty-four hundred",
                2_400.0,
            ),
            (
                "a twenty-four-hundred limitation",
                "twenty-four-hundred",
                2_400.0,
            ),
            (
                "five-hundred thousand more",
                "five-hundred thousand",
                500_000.0,
            ),
            (
                "eleven billion eight-hundred million",
                "eleven billion eight-hundred million",
                11.8e9,
            ),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.value), (span, Some(value)), "{text}");
        }
        check(
            "the two-hundred-year history",
            En,
            "two-hundred-year",
            Some(200.0),
            Some("year"),
            Duration,
        );
    }

    #[test]
    fn indonesian_labels_ages_and_informal_thousands() {
        // An age in brackets after a name, not after a web address.
        check(
            "Wawan (35), pengemudi ojol",
            Id,
            "35",
            Some(35.0),
            Some("year"),
            Duration,
        );
        let url = find_quantities("https://id.wikipedia.org/wiki/Rupiah (2) lalu", Id);
        assert!(url.iter().all(|q| q.category != Duration), "{url:#?}");
        // Zero-padded labels; English writes years so.
        check(
            "pasangan 01: 54,52 persen",
            Id,
            "01",
            Some(1.0),
            None,
            Identifier,
        );
        check(
            "pada 01 Januari 2025",
            Id,
            "pada 01 Januari 2025",
            Some(20250101.0),
            None,
            Date,
        );
        let years = find_quantities("in 05, 06, 07", En);
        assert!(years.iter().all(|q| q.category != Identifier), "{years:#?}");
        // A case number, an article with a letter ("B" is billions only in
        // English).
        check(
            "Perkara nomor 178-PKE-DKPP/VII/2025",
            Id,
            "nomor 178",
            Some(178.0),
            None,
            Identifier,
        );
        check(
            "Pasal 18A dan 18B Peraturan",
            Id,
            "18B",
            None,
            None,
            Identifier,
        );
        check("a $18B deal", En, "$18B", Some(18e9), Some("USD"), Money);
        // ",000" is never a decimal in Indonesian; other commas are.
        check(
            "Tidak ada STNK Rp. 500,000 lagi",
            Id,
            "Rp. 500,000",
            Some(500_000.0),
            Some("IDR"),
            Money,
        );
        check(
            "total Rp1,116 triliun",
            Id,
            "Rp1,116 triliun",
            Some(1.116e12),
            Some("IDR"),
            Money,
        );
    }

    #[test]
    fn english_ages_after_aged_and_a_years_possessive() {
        for (text, span) in [
            ("learners aged 16 to 18.", "16 to 18"),
            ("defined as being aged over 19.", "over 19"),
            ("children aged under 18 have", "under 18"),
            ("those aged 30-39 and", "30-39"),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.category, q.unit.as_deref()),
                (span, Duration, Some("year")),
                "{text}"
            );
        }
        check(
            "down on 2003's figures",
            En,
            "2003",
            Some(2003.0),
            None,
            Year,
        );
    }

    #[test]
    fn an_english_degree_after_an_article_is_a_diploma_or_a_manner() {
        for text in [
            "She has a degree in law",
            "kicked out of college short of a degree",
            "it's been investigated to a degree, but",
            "if we can achieve a degree of unity",
        ] {
            nothing(text, En);
        }
        for (text, span, value, unit) in [
            ("temperatures rose by a degree", "a degree", 1.0, "°"),
            ("up one degree", "one degree", 1.0, "°"),
            ("half a degree", "half a degree", 0.5, "°"),
            ("a degree Celsius", "a degree Celsius", 1.0, "°C"),
        ] {
            check(text, En, span, Some(value), Some(unit), Measure);
        }
    }

    #[test]
    fn english_spoken_mixed_numbers_in_tenths_and_thirds() {
        for (text, span, value, unit, cat) in [
            (
                "we find that it's six and nine-tenths per cent and",
                "six and nine-tenths per cent",
                6.9,
                Some("%"),
                Percent,
            ),
            (
                "a maximum of four and nine-tenths billion dollar a year",
                "a maximum of four and nine-tenths billion dollar",
                4.9e9,
                Some("USD"),
                Money,
            ),
            (
                "two and two-thirds years",
                "two and two-thirds years",
                8.0 / 3.0,
                Some("year"),
                Duration,
            ),
            (
                "one and one-half percent",
                "one and one-half percent",
                1.5,
                Some("%"),
                Percent,
            ),
        ] {
            check(text, En, span, Some(value), unit, cat);
        }
    }

    #[test]
    fn english_half_of_a_scale_after_it() {
        check(
            "There are a million and a half people out there",
            En,
            "a million and a half",
            Some(1.5e6),
            Some("people"),
            Count,
        );
        check(
            "an appropriation of a billion and a half for five years",
            En,
            "a billion and a half",
            Some(1.5e9),
            None,
            Number,
        );
        check(
            "two million and a half dollars",
            En,
            "two million and a half dollars",
            Some(2.5e6),
            Some("USD"),
            Money,
        );
        // "and one" still adds a unit
        check(
            "a thousand and one nights",
            En,
            "a thousand and one",
            Some(1001.0),
            Some("nights"),
            Count,
        );
    }

    #[test]
    fn english_years_said_as_two_pairs_of_words() {
        for (text, span, year) in [
            ("born in nineteen sixty-one.", "nineteen sixty-one", 1961.0),
            (
                "Nineteen fifty-three we tried to put",
                "Nineteen fifty-three",
                1953.0,
            ),
            ("by twenty twenty, the", "twenty twenty", 2020.0),
            ("in nineteen oh five", "nineteen oh five", 1905.0),
            ("since eighteen twelve", "eighteen twelve", 1812.0),
        ] {
            check(text, En, span, Some(year), None, Year);
        }
        // Without a word that takes a year, or followed by a scale, they
        // stay numbers.
        check(
            "counted nineteen twenty times",
            En,
            "nineteen",
            Some(19.0),
            None,
            Number,
        );
        check(
            "in nineteen sixty thousand cases",
            En,
            "sixty thousand",
            Some(60_000.0),
            Some("cases"),
            Count,
        );
        check(
            "in twenty-one days",
            En,
            "twenty-one days",
            Some(21.0),
            Some("day"),
            Duration,
        );
        // Indonesian has no such form.
        assert!(
            find_quantities("in nineteen sixty-one", Id)
                .iter()
                .all(|q| q.category != Year)
        );
    }

    #[test]
    fn an_english_thousands_comma_with_a_space_after_it() {
        check(
            "those earning less than $30, 000 ( £15,000).",
            En,
            "less than $30, 000",
            Some(30_000.0),
            Some("USD"),
            Money,
        );
        // only before "000": a list stays a list, and Indonesian commas
        // are decimal marks
        let values: Vec<_> = find_quantities("the numbers 30, 500 and 20", En)
            .iter()
            .map(|q| q.value)
            .collect();
        assert_eq!(values, [Some(30.0), Some(500.0), Some(20.0)]);
        assert!(
            find_quantities("skor 30, 000 poin", Id)
                .iter()
                .all(|q| q.value != Some(30_000.0))
        );
    }

    #[test]
    fn an_english_ordinal_inside_a_name_is_no_rank() {
        nothing("said acquiring Korea First Bank (KFB) fulfilled", En);
        nothing("The Fourth Amendment was what we fought for", En);
        for (text, span) in [
            ("KFB is South Korea's seventh largest bank", "seventh"),
            ("the First World War", "First"),
            ("in the third quarter", "third"),
            ("Obama Announces Plans For A Third Term Run", "Third"),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.category), (span, Ordinal), "{text}");
        }
    }

    #[test]
    fn english_odds_and_a_hyphenated_number_one() {
        for (text, span, value) in [
            ("better than a 10-to-1 advantage", "10-to-1", 10.0),
            ("By a two-to-one margin, voters want", "two-to-one", 2.0),
            ("a 3-to-2 vote", "3-to-2", 1.5),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.category, q.value),
                (span, Ratio, Some(value)),
                "{text}"
            );
        }
        assert_eq!(one("a 9-to-5 job", En).category, Identifier);
        nothing("a one-to-one meeting", En);
        let q = one("the number-one source of illegal immigration", En);
        assert_eq!(
            (q.text.as_str(), q.category, q.value),
            ("number-one", Ordinal, Some(1.0))
        );
        // words that never follow a counting "one" are not its noun
        for text in [
            "soldiers commit suicide, one every 36 hours.",
            "the propagation is banned, one cannot import a Koran",
            "a multinational one known as CAFTA",
        ] {
            let found = find_quantities(text, En);
            assert!(
                found.iter().all(|q| q.category != Count),
                "{text}: {found:#?}"
            );
        }
    }

    #[test]
    fn the_group_of_eight_is_a_name() {
        for (text, span) in [
            ("presidency of the Group of Eight (G8), which", "Eight"),
            ("the Group of 20 nations met", "20"),
            ("the Group of Seven richest nations", "Seven"),
        ] {
            let q = named(text, En, span);
            assert_eq!(q.category, Identifier, "{text}");
        }
        check(
            "a group of eight people",
            En,
            "eight",
            Some(8.0),
            Some("people"),
            Count,
        );
    }

    #[test]
    fn an_english_count_of_times_before_a_title() {
        for (text, span, times) in [
            ("a two-time Olympic medallist", "two-time", 2.0),
            ("the 10-time Grand Slam winner", "10-time", 10.0),
            ("a twenty-two-time champion", "twenty-two-time", 22.0),
        ] {
            check(text, En, span, Some(times), Some("times"), Count);
        }
        // single, former or new: no count
        nothing("a one-time payment", En);
        nothing("his one-time ally", En);
        // a quality, not a rank
        for text in [
            "doing a first-class job",
            "second-hand cars",
            "a third-party candidate",
            "first-degree murderers",
        ] {
            nothing(text, En);
        }
        nothing("first-time buyers", En);
    }

    #[test]
    fn a_number_of_times_counts_occurrences_and_a_multiple_is_a_ratio() {
        for (text, span, value) in [
            (
                "has voted to defund Planned Parenthood six times.",
                "six",
                6.0,
            ),
            ("He was arrested 12 times by police", "12", 12.0),
            ("lets them out of class five times a day", "five", 5.0),
            (
                "stated 22 times that he does not have the power",
                "22",
                22.0,
            ),
            // "twice" before the end of a clause or a preposition
            ("a million people voted twice in the election", "twice", 2.0),
            ("I've cut my own salary -- twice.", "twice", 2.0),
        ] {
            check(text, En, span, Some(value), Some("times"), Count);
        }
        // Indonesian "kali" counting what happened: after "sebanyak",
        // "sudah", "selama", before a verb, "dalam", the clause's end
        for (text, span, value) in [
            ("penggunaan jet dilakukan sebanyak 59 kali", "59", 59.0),
            ("Polisi sudah tiga kali memeriksa tersangka.", "tiga", 3.0),
            ("selama dua kali pemilihan presiden", "dua", 2.0),
            ("rapat digelar tiga kali dalam setahun", "tiga", 3.0),
        ] {
            check(text, Id, span, Some(value), Some("kali"), Count);
        }
        // and a multiple before a comparison, after a change, or of a noun
        for (text, span, value) in [
            ("harganya 3 kali lebih mahal", "3 kali", 3.0),
            ("naik dua kali lipat", "dua kali lipat", 2.0),
            ("harga naik dua kali", "dua kali", 2.0),
            ("dua kali gaji pokok", "dua kali", 2.0),
        ] {
            check(text, Id, span, Some(value), Some("x"), Ratio);
        }
        for (text, span, value) in [
            ("prices are twice as high", "twice", 2.0),
            ("twice the rate", "twice", 2.0),
            ("spending is 10 times what it was", "10 times", 10.0),
            (
                "two-and-a-half times higher for those",
                "two-and-a-half times",
                2.5,
            ),
            ("three times the size of Texas", "three times", 3.0),
            ("lives four times longer", "four times", 4.0),
        ] {
            check(text, En, span, Some(value), Some("x"), Ratio);
        }
        // a name
        check(
            "The Times said 3 Times Square",
            En,
            "3",
            Some(3.0),
            None,
            Number,
        );
    }

    #[test]
    fn one_counts_the_noun_past_its_adjectives() {
        for (text, unit) in [
            ("have not identified one single instance where", "instance"),
            ("was able to create one new job", "job"),
            ("at one critical point in the race", "point"),
            ("on one single major issue", "issue"),
            ("on one major welfare program", "welfare"),
            // an adjective's shape with no noun after it is the noun
            ("one official said", "official"),
            ("one representative who voted", "representative"),
            ("one man sacrificed for his country", "man"),
            // "last", a word of dates, is an adjective here
            ("make one last point", "point"),
        ] {
            check(text, En, "one", Some(1.0), Some(unit), Count);
        }
        check("one last year", En, "one", Some(1.0), None, Number);
        // an adverb or a preposition after it: no noun
        check(
            "the only one fully funded in",
            En,
            "one",
            Some(1.0),
            None,
            Number,
        );
        check(
            "pitting people one against the other",
            En,
            "one",
            Some(1.0),
            None,
            Number,
        );
        check("would be one too many", En, "one", Some(1.0), None, Number);
    }

    #[test]
    fn things_counted_to_three_decimals_were_thousands() {
        for (text, lang, span, value, unit) in [
            (
                "mencapai 7,355 kasus atau setara",
                Id,
                "7,355",
                7355.0,
                "kasus",
            ),
            (
                "sekitar 2,500 orang mengungsi",
                Id,
                "sekitar 2,500",
                2500.0,
                "orang",
            ),
            ("there were 7.355 cases", En, "7.355", 7355.0, "cases"),
            // a real decimal: two places, a leading zero, a measure
            ("rata-rata 2,5 orang per rumah", Id, "2,5", 2.5, "orang"),
            (
                "rata-rata 0,125 anak per keluarga",
                Id,
                "0,125",
                0.125,
                "anak",
            ),
        ] {
            check(text, lang, span, Some(value), Some(unit), Count);
        }
        check(
            "sepanjang 7,355 km",
            Id,
            "7,355 km",
            Some(7.355),
            Some("km"),
            Measure,
        );
    }

    #[test]
    fn a_fraction_of_a_noun_is_a_share_of_it() {
        for (text, span, value, unit) in [
            (
                "Lebih dari sepertiga anak berusia",
                "Lebih dari sepertiga",
                1.0 / 3.0,
                "anak",
            ),
            (
                "dua pertiga warga menolak",
                "dua pertiga",
                2.0 / 3.0,
                "warga",
            ),
        ] {
            check(text, Id, span, Some(value), Some(unit), Ratio);
        }
        check(
            "zero jobs were created",
            En,
            "zero",
            Some(0.0),
            Some("jobs"),
            Count,
        );
        check(
            "setengah jam",
            Id,
            "setengah jam",
            Some(0.5),
            Some("hour"),
            Duration,
        );
    }

    #[test]
    fn speeds_are_measures() {
        for (text, lang, span, unit) in [
            ("already have 70 mph speed limits", En, "70 mph", "mph"),
            ("at 70 miles per hour", En, "70 miles per hour", "mph"),
            ("winds of 150 km/h", En, "150 km/h", "km/h"),
            ("melaju 120 km/jam", Id, "120 km/jam", "km/h"),
            (
                "dengan kecepatan 80 km per jam",
                Id,
                "80 km per jam",
                "km/h",
            ),
        ] {
            let q = named(text, lang, span);
            assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
            assert_eq!(q.category, Measure, "{text}");
        }
    }

    #[test]
    fn ballot_measures_and_bills_are_identifiers() {
        for (text, span, value) in [
            ("if Prop. 57 passes", "Prop. 57", 57.0),
            ("Proposition 8 passed", "Proposition 8", 8.0),
            ("Amendment 2 would ban", "Amendment 2", 2.0),
            ("Senate Bill 5 limits", "Bill 5", 5.0),
            ("HB 56 is the law", "HB 56", 56.0),
            ("H.B. 194, the Voter Suppression Bill", "H.B. 194", 194.0),
            ("H.R. 3590 was signed", "H.R. 3590", 3590.0),
            ("S.B. 5 passed", "S.B. 5", 5.0),
            ("HR 676 would", "HR 676", 676.0),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.category), (span, Identifier), "{text}");
            assert_eq!(q.value, Some(value), "{text}");
        }
    }

    #[test]
    fn a_number_listed_after_a_numbered_article_is_another_article() {
        for (text, lang, listed) in [
            ("melanggar Pasal 27 dan 28 UU ITE", Id, vec!["28"]),
            ("Pasal 27, 28 dan 29", Id, vec!["28", "29"]),
            ("to fight Amendments 5 and 6", En, vec!["6"]),
        ] {
            let found = find_quantities(text, lang);
            assert!(
                found.iter().all(|q| q.category == Identifier),
                "{text}: {found:#?}"
            );
            for span in listed {
                assert!(found.iter().any(|q| q.text == span), "{text}: {found:#?}");
            }
        }
        // a count after a name without a number stays a count
        let q = named("COVID-19 dan 20 orang", Id, "20");
        assert_eq!((q.category, q.unit.as_deref()), (Count, Some("orang")));
    }

    #[test]
    fn a_share_out_of_every_is_a_ratio_with_its_hedge() {
        for (text, lang, span, value, unit, approx) in [
            (
                "nine out of ten doctors",
                En,
                "nine out of ten",
                0.9,
                Some("doctors"),
                None,
            ),
            (
                "Almost nine out of every 10 pennies",
                En,
                "Almost nine out of every 10",
                0.9,
                Some("pennies"),
                Some(Approx::Nearly),
            ),
            (
                "One in every five Texas children",
                En,
                "One in every five",
                0.2,
                Some("children"),
                None,
            ),
            (
                "1 dari setiap 5 anak",
                Id,
                "1 dari setiap 5",
                0.2,
                Some("anak"),
                None,
            ),
            (
                "sekitar 1 dari 3 anak",
                Id,
                "sekitar 1 dari 3",
                1.0 / 3.0,
                Some("anak"),
                Some(Approx::About),
            ),
        ] {
            let q = one(text, lang);
            assert_eq!(q.text, span, "{text}");
            assert_eq!((q.category, q.value), (Ratio, Some(value)), "{text}");
            assert_eq!((q.unit.as_deref(), q.approx), (unit, approx), "{text}");
        }
        // two measures stay two
        let found = find_quantities("2,000 out of 20-million acres", En);
        assert_eq!(found.len(), 2, "{found:#?}");
    }

    #[test]
    fn a_quarter_of_a_scale_and_money_joined_by_a_hyphen() {
        for (text, span, value, unit, cat) in [
            (
                "a quarter million dollars",
                "a quarter million dollars",
                250_000.0,
                Some("USD"),
                Money,
            ),
            (
                "a quarter-million-dollar campaign contribution",
                "a quarter-million-dollar",
                250_000.0,
                Some("USD"),
                Money,
            ),
            ("a 5-dollar bill", "5-dollar", 5.0, Some("USD"), Money),
            ("a 10-euro note", "10-euro", 10.0, Some("EUR"), Money),
            ("a 50-cent coin", "50-cent", 50.0, Some("cent"), Money),
            // a weight or pounds sterling: not money below a million
            ("a 5-pound bag", "5-pound", 5.0, Some("pound"), Count),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.category), (span, cat), "{text}");
            assert_eq!((q.value, q.unit.as_deref()), (Some(value), unit), "{text}");
        }
        // a quarter alone is a share, no money nor weight
        assert_eq!(one("a quarter of voters", En).value, Some(0.25));
        // "-men" plurals count
        check(
            "between 150 and 200 servicemen",
            En,
            "between 150 and 200",
            None,
            Some("servicemen"),
            Count,
        );
        check(
            "12 firemen died",
            En,
            "12",
            Some(12.0),
            Some("firemen"),
            Count,
        );
    }

    #[test]
    fn indonesian_headlines_count_capitalized_nouns_and_names_keep_their_numbers() {
        let headline = "Polri Tetapkan 2 Tersangka Kasus Korupsi BUMD di Riau";
        check(headline, Id, "2", Some(2.0), Some("tersangka"), Count);
        // a helper verb or a prefixed verb is no noun; a sentence keeps
        // capitalized words out
        check(
            "Polda Jateng: 33 Telah Beroperasi Sejak Juli",
            Id,
            "33",
            Some(33.0),
            None,
            Number,
        );
        check(
            "Polda Jateng Punya 9 Beroperasi Penuh Kini",
            Id,
            "9",
            Some(9.0),
            None,
            Number,
        );
        check(
            "Kota ini punya 2 Tersangka baru.",
            Id,
            "2",
            Some(2.0),
            None,
            Number,
        );
        // a number word ending a place's name
        nothing(
            "Penyidik juga melakukan penggeledahan di rumah yang berada di Jalan Linggar Jati, \
             Simpang Tiga, Pekanbaru.",
            Id,
        );
        check(
            "Warga Dua desa mengungsi",
            Id,
            "Dua",
            Some(2.0),
            Some("desa"),
            Count,
        );
    }

    #[test]
    fn a_couple_of_takes_its_unit_noun_or_scale() {
        for (text, span, value, unit, cat) in [
            (
                "A couple of years ago, DTT had",
                "A couple of years",
                2.0,
                Some("year"),
                Duration,
            ),
            (
                "for a couple of weeks",
                "a couple of weeks",
                2.0,
                Some("week"),
                Duration,
            ),
            ("a couple of kids", "a couple of", 2.0, Some("kids"), Count),
            (
                "a couple of hundred people",
                "a couple of hundred",
                200.0,
                Some("people"),
                Count,
            ),
            (
                "a couple of million dollars",
                "a couple of million dollars",
                2e6,
                Some("USD"),
                Money,
            ),
            ("a couple of them", "a couple", 2.0, None, Number),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.category), (span, cat), "{text}");
            assert_eq!((q.value, q.unit.as_deref()), (Some(value), unit), "{text}");
        }
        // "a third more" is a fraction, "a third term" a position
        check(
            "with a third more properties",
            En,
            "a third",
            Some(1.0 / 3.0),
            None,
            Number,
        );
        check("a third term", En, "third", Some(3.0), None, Ordinal);
    }

    #[test]
    fn english_nouns_after_a_dotted_country_and_numbers_ending_names() {
        check(
            "500,000 U.S. troops came home",
            En,
            "500,000",
            Some(5e5),
            Some("troops"),
            Count,
        );
        check(
            "Thirty U.K. firms",
            En,
            "Thirty",
            Some(30.0),
            Some("firms"),
            Count,
        );
        for text in [
            "a Tier One research university",
            "the use of Air Force One on the campaign trail",
            "a mosque at Ground Zero.",
            "the Big Three automakers",
        ] {
            nothing(text, En);
        }
        // shouted, or opening a sentence: still a number
        check(
            "HE SAID TWO people died",
            En,
            "TWO",
            Some(2.0),
            Some("people"),
            Count,
        );
        check(
            "He said. Two people died",
            En,
            "Two",
            Some(2.0),
            Some("people"),
            Count,
        );
    }

    #[test]
    fn up_to_after_a_rising_verb_is_a_target_not_a_bound() {
        let q = one("premiums will go up to $104.20 in", En);
        assert_eq!((q.text.as_str(), q.approx), ("$104.20", None));
        let q = one("and we just moved up to 17 places", En);
        assert_eq!((q.text.as_str(), q.approx), ("17", None));
        let q = one("could cost up to $5 million", En);
        assert_eq!(
            (q.text.as_str(), q.approx),
            ("up to $5 million", Some(Approx::AtMost))
        );
    }

    #[test]
    fn points_of_an_index_or_a_poll_are_measured() {
        for (text, lang, span, value) in [
            (
                "Rupiah melemah 54,50 poin atau 0,34%",
                Id,
                "54,50 poin",
                54.5,
            ),
            ("the Dow fell 120 points", En, "120 points", 120.0),
            (
                "he leads by almost five points",
                En,
                "almost five points",
                5.0,
            ),
        ] {
            check(text, lang, span, Some(value), Some("points"), Measure);
        }
        let q = one("turun 0,5 poin persentase", Id);
        assert_eq!(
            (q.category, q.unit.as_deref()),
            (PercentagePoint, Some("pp"))
        );
    }

    #[test]
    fn first_as_the_order_of_an_argument_is_no_ordinal() {
        nothing("First of all, he is wrong.", En);
        nothing("I didn't like it at first, but", En);
        nothing("first and foremost a teacher", En);
        nothing("Pertama-tama, kami berterima kasih.", Id);
        check(
            "the first of all three reports",
            En,
            "first",
            Some(1.0),
            None,
            Ordinal,
        );
        check(
            "the first time since 1990",
            En,
            "first",
            Some(1.0),
            None,
            Ordinal,
        );
        check(
            "Pertama, pembangunan IKN",
            Id,
            "Pertama",
            Some(1.0),
            None,
            Ordinal,
        );
    }

    #[test]
    fn indonesian_two_word_nouns_are_counted_whole() {
        for (text, unit) in [
            ("namun lima kepala keluarga mengungsi", "kepala keluarga"),
            ("serta menyerap 33.600 tenaga kerja", "tenaga kerja"),
            (
                "dan 36.000 penyandang disabilitas",
                "penyandang disabilitas",
            ),
            ("1.200 rumah tangga miskin", "rumah tangga"),
            ("10 ibu hamil", "ibu hamil"),
            // a first word alone, or with another word after it
            ("5 rumah warga rusak", "rumah"),
            ("dua orang tewas", "orang"),
        ] {
            assert_eq!(one(text, Id).unit.as_deref(), Some(unit), "{text}");
        }
    }

    #[test]
    fn an_indonesian_ke_word_before_its_noun_counts_it() {
        for (text, span, value, unit) in [
            (
                "Ketiga terdakwa kemudian dibawa ke rutan",
                "Ketiga",
                3.0,
                "terdakwa",
            ),
            (
                "penahanan terhadap kedua tersangka di Rutan",
                "kedua",
                2.0,
                "tersangka",
            ),
            (
                "Dia mengungkapkan kedua tersangka adalah direktur",
                "kedua",
                2.0,
                "tersangka",
            ),
            ("Kedua jalan layang itu dibuka", "Kedua", 2.0, "jalan"),
            (
                "perbaikan mendesak di ketiga lokasi meliputi",
                "ketiga",
                3.0,
                "lokasi",
            ),
            ("dan kedua menteri bertemu", "kedua", 2.0, "menteri"),
            ("disepakati kedua belah pihak", "kedua", 2.0, "pihak"),
            ("Keempat orang tua murid hadir", "Keempat", 4.0, "orang tua"),
        ] {
            check(text, Id, span, Some(value), Some(unit), Count);
        }
        // after a noun, before a verb, "kali", a superlative or a comma:
        // a position
        for (text, span, value) in [
            ("Kemudian sasaran ketiga mewujudkan simbol", "ketiga", 3.0),
            ("dan yang kedua menambah KPM", "kedua", 2.0),
            ("pertumbuhan tertinggi kedua setelah PT", "kedua", 2.0),
            ("Ia terpilih untuk kedua kalinya", "kedua", 2.0),
            ("Kedua, pembangunan kawasan", "Kedua", 2.0),
            ("menjadi ketiga terbesar di dunia", "ketiga", 3.0),
            ("Ketiga ditangkap di rumahnya", "Ketiga", 3.0),
        ] {
            check(text, Id, span, Some(value), None, Ordinal);
        }
    }

    #[test]
    fn a_unit_written_once_for_two_numbers_is_both_numbers() {
        for (text, lang, span, value, unit, cat) in [
            (
                "a national minimum wage for 16 and 17-year-olds",
                En,
                "16",
                16.0,
                "year",
                Duration,
            ),
            (
                "the next five or ten years",
                En,
                "five",
                5.0,
                "year",
                Duration,
            ),
            ("by 35 or 40 percent", En, "35", 35.0, "%", Percent),
            // the scale is shared too
            (
                "has cost 20 or 40 million dollars",
                En,
                "20",
                20e6,
                "USD",
                Money,
            ),
            (
                "walk two and three hundred miles",
                En,
                "two",
                200.0,
                "mi",
                Measure,
            ),
            (
                "sekitar dua atau tiga juta orang",
                Id,
                "sekitar dua",
                2e6,
                "orang",
                Count,
            ),
            ("naik 5 dan 6 persen", Id, "5", 5.0, "%", Percent),
            (
                "three or four times as high as",
                En,
                "three",
                3.0,
                "x",
                Ratio,
            ),
        ] {
            check(text, lang, span, Some(value), Some(unit), cat);
        }
        // "or" restating an amount in another measure shares nothing.
        for (text, lang, span) in [
            ("sebanyak 363.200 atau 0,191% dari DPT", Id, "363.200"),
            ("life expectancy is 78 and three workers support", En, "78"),
        ] {
            let q = named(text, lang, span);
            assert_eq!((q.unit.as_deref(), q.category), (None, Number), "{text}");
        }
    }

    #[test]
    fn generating_units_of_one_power_are_their_product() {
        for (text, span, value) in [
            (
                "Pembangkit dengan kapasitas 2×115 MW ini",
                "2×115 MW",
                230.0,
            ),
            ("kapasitas 2 x 100 MW", "2 x 100 MW", 200.0),
        ] {
            check(text, Id, span, Some(value), Some("MW"), Measure);
        }
        // A size is not a product of lengths.
        check(
            "a 3x4 meter room",
            En,
            "4 meter",
            Some(4.0),
            Some("m"),
            Measure,
        );
    }

    #[test]
    fn a_unit_written_once_after_a_list_is_every_items() {
        for (text, lang, spans, unit, cat) in [
            (
                "cuts of 10, 20 and 30 percent",
                En,
                &["10", "20"][..],
                "%",
                Percent,
            ),
            (
                "cuts of 10, 20, and 30 percent",
                En,
                &["10", "20"],
                "%",
                Percent,
            ),
            (
                "sebesar 5, 10, dan 15 persen",
                Id,
                &["5", "10"],
                "%",
                Percent,
            ),
            (
                "who are 12 and 13, and 14 and 15 years old",
                En,
                &["12", "13", "14"],
                "year",
                Duration,
            ),
            (
                "as late as one or two or three or four days prior",
                En,
                &["one", "two", "three"],
                "day",
                Duration,
            ),
        ] {
            for span in spans {
                let q = named(text, lang, span);
                assert_eq!(
                    (q.unit.as_deref(), q.category),
                    (Some(unit), cat),
                    "{text}: {span}"
                );
            }
        }
        // A comma alone, or a comma and "or" with no list before, joins
        // nothing; nor does a list of guessed counted nouns.
        for (text, lang, span) in [
            ("Of the 50, 20 percent left", En, "50"),
            ("rose 6,630, or 12.9%", En, "6,630"),
            ("naik 6,630, atau 12,9%", Id, "6,630"),
            ("desil 1, 2, 3, dan 4 warga", Id, "1"),
        ] {
            let q = named(text, lang, span);
            assert_ne!(q.unit.as_deref(), Some("%"), "{text}: {q:#?}");
            assert!(matches!(q.category, Number | Year), "{text}: {q:#?}");
        }
    }

    #[test]
    fn the_second_amount_of_a_change_takes_the_first_ones_unit() {
        for (text, lang, span, unit, cat) in [
            (
                "Kota Bima dari Rp 581 miliar menjadi 425 miliar.",
                Id,
                "425 miliar",
                "IDR",
                Money,
            ),
            ("naik dari 5 persen ke 7", Id, "7", "%", Percent),
            ("rose from 5% to 7", En, "7", "%", Percent),
            ("dari 5 km menjadi 7", Id, "7", "km", Measure),
        ] {
            let q = named(text, lang, span);
            assert_eq!((q.unit.as_deref(), q.category), (Some(unit), cat), "{text}");
        }
        // Without "dari"/"from" the second number is its own.
        check(
            "naik 5 persen menjadi 120 orang",
            Id,
            "120",
            Some(120.0),
            Some("orang"),
            Count,
        );
        check("5% to 7 people", En, "7", Some(7.0), Some("people"), Count);
        // Exchange rates quoted with the currency's code first.
        check(
            "ke posisi KRW 1.369,2/US$, yen",
            Id,
            "KRW 1.369,2",
            Some(1369.2),
            Some("KRW"),
            Money,
        );
    }

    #[test]
    fn quarters_and_halves_of_a_year_are_dates() {
        for (text, lang, span, low, high) in [
            (
                "pada triwulan I-2024",
                Id,
                "triwulan I-2024",
                202401.0,
                202403.0,
            ),
            (
                "pada kuartal III-2024",
                Id,
                "kuartal III-2024",
                202407.0,
                202409.0,
            ),
            (
                "tumbuh 5% pada kuartal II/2024",
                Id,
                "kuartal II/2024",
                202404.0,
                202406.0,
            ),
            (
                "pada kuartal ketiga 2024",
                Id,
                "kuartal ketiga 2024",
                202407.0,
                202409.0,
            ),
            (
                "semester II tahun 2023",
                Id,
                "semester II tahun 2023",
                202307.0,
                202312.0,
            ),
            ("in Q3 2024 sales", En, "Q3 2024", 202407.0, 202409.0),
            (
                "in the third quarter of 2024",
                En,
                "third quarter of 2024",
                202407.0,
                202409.0,
            ),
            (
                "the first half of 2025",
                En,
                "first half of 2025",
                202501.0,
                202506.0,
            ),
            ("H1 2025 results", En, "H1 2025", 202501.0, 202506.0),
        ] {
            let q = named(text, lang, span);
            assert_eq!(
                (q.category, q.low, q.high),
                (Date, Some(low), Some(high)),
                "{text}"
            );
        }
        check("FY2024 revenue", En, "FY2024", Some(2024.0), None, Year);
        // two digits glued after "FY" are a year too
        check("FY24 revenue", En, "FY24", Some(2024.0), None, Year);
        check("FY99 results", En, "FY99", Some(1999.0), None, Year);
        let span = one("the FY24-25 plan", En);
        assert_eq!(
            (span.category, span.low, span.high),
            (Year, Some(2024.0), Some(2025.0))
        );
        // Without a year a quarter is a position.
        check(
            "in the third quarter",
            En,
            "third",
            Some(3.0),
            None,
            Ordinal,
        );
        // An Indonesian quarter without its year is this year's (see
        // `parts_of_a_year_without_the_year`).
        let quarter = named(
            "dalam triwulan kedua pembangunan jalan",
            Id,
            "triwulan kedua",
        );
        assert_eq!(quarter.category, Date);
    }

    #[test]
    fn abbreviated_english_months_with_a_period_are_dates() {
        for (text, span, value) in [
            ("on Jan. 20, 2009, he", "on Jan. 20, 2009", Some(20090120.0)),
            ("on Dec. 7, 1941", "on Dec. 7, 1941", Some(19411207.0)),
            ("since Sep. 30, 2020", "Sep. 30, 2020", Some(20200930.0)),
            ("at the Sept. 11 memorial", "Sept. 11", None),
            ("in Jan. 2015 the", "Jan. 2015", Some(201501.0)),
        ] {
            check(text, En, span, value, None, Date);
        }
        let q = named("held Dec. 7-9, 2024 in", En, "Dec. 7-9, 2024");
        assert_eq!((q.low, q.high), (Some(20241207.0), Some(20241209.0)));
        // A full name's period ends the sentence.
        check(
            "in May. 5 people died",
            En,
            "5",
            Some(5.0),
            Some("people"),
            Count,
        );
    }

    #[test]
    fn ranges_of_days_are_one_date_range() {
        assert_ranges(
            Date,
            &[
                (
                    "Survei ini digelar pada periode 1-10 Oktober 2025 dengan",
                    Id,
                    "1-10 Oktober 2025",
                    20251001.0,
                    20251010.0,
                ),
                (
                    "responden pada 3-10 Oktober 2025.",
                    Id,
                    "pada 3-10 Oktober 2025",
                    20251003.0,
                    20251010.0,
                ),
                (
                    "Operasi Zebra dari 30 Oktober hingga 12 November 2018.",
                    Id,
                    "30 Oktober hingga 12 November 2018",
                    20181030.0,
                    20181112.0,
                ),
                (
                    "tanggal 1 s.d. 5 Mei 2023",
                    Id,
                    "tanggal 1 s.d. 5 Mei 2023",
                    20230501.0,
                    20230505.0,
                ),
                (
                    "antara 10 dan 12 Agustus 2019",
                    Id,
                    "10 dan 12 Agustus 2019",
                    20190810.0,
                    20190812.0,
                ),
                (
                    "on 4-6 March 2005",
                    En,
                    "on 4-6 March 2005",
                    20050304.0,
                    20050306.0,
                ),
                (
                    "March 4-6, 2024 in Texas",
                    En,
                    "March 4-6, 2024",
                    20240304.0,
                    20240306.0,
                ),
                (
                    "between 3 and 5 June 2020",
                    En,
                    "3 and 5 June 2020",
                    20200603.0,
                    20200605.0,
                ),
            ],
        );
        // Without a year the days are a date still, as "pada 4 Maret" is.
        let q = one("in Madrid from 4-6 March.", En);
        assert_eq!(
            (q.text.as_str(), q.category, q.low),
            ("4-6 March", Date, None)
        );
        // "on 3 and 5 June" is two days; a falling pair is no range.
        assert_eq!(find_quantities("on 3 and 5 June 2020", En).len(), 2);
        assert!(
            find_quantities("skor 5-2 Mei 2020", Id)
                .iter()
                .all(|q| q.low != Some(20200505.0))
        );
    }

    #[test]
    fn an_english_day_name_inside_a_name_is_no_date() {
        for text in [
            "the Sunday Times reported",
            "were Sunday Night Football and",
            "the Good Friday Agreement",
            "Saturday Night Live executive producer",
        ] {
            nothing(text, En);
        }
        for (text, span) in [
            ("on Sunday Mr Brown said", "on Sunday"),
            ("on Sunday night he said", "on Sunday night"),
            ("Sunday March 5", "Sunday March 5"),
        ] {
            let q = one(text, En);
            assert_eq!((q.text.as_str(), q.category), (span, Date), "{text}");
        }
    }

    #[test]
    fn voltages_and_apparent_power_are_units() {
        check(
            "jaringan 150 kV",
            Id,
            "150 kV",
            Some(150.0),
            Some("kV"),
            Measure,
        );
        check(
            "a line of 400 kilovolts",
            En,
            "400 kilovolts",
            Some(400.0),
            Some("kV"),
            Measure,
        );
        check(
            "trafo 60 MVA",
            Id,
            "60 MVA",
            Some(60.0),
            Some("MVA"),
            Measure,
        );
    }

    #[test]
    fn an_enumeration_run_into_one_paragraph_has_no_quantities_in_its_markers() {
        let text = "Kapolri baru mantap 1. Tidak ada STNK Rp. 500,000 2. Tdk bawa SIM Rp. 250,000 3. Tdk pakai Helm";
        let found: Vec<_> = find_quantities(text, Id)
            .into_iter()
            .map(|q| q.text)
            .collect();
        assert_eq!(found, ["Rp. 500,000", "Rp. 250,000"]);
        for text in ["Narasi : 1. “Beredarnya pesan", "===== 2. Angka Bunuh Diri"] {
            nothing(text, Id);
        }
        // A list of references: web addresses open the items.
        for text in [
            "REFERENSI (1) https://id.wikipedia.org/wiki/Rupiah (2) https://www.merdeka.com/x",
            "Referensi: 1. https://a.com/b 2. http://c.com/d",
        ] {
            nothing(text, Id);
        }
        // Two sentences ending in numbers are no list, nor is an answer
        // after a colon.
        assert_eq!(
            find_quantities("Skor naik 2. Lalu turun menjadi 3. Tim itu kalah.", Id).len(),
            2
        );
        let found = find_quantities("killed in the last decade: 24. Number of", En);
        assert_eq!(
            found.last().map(|q| (q.text.as_str(), q.value)),
            Some(("24", Some(24.0)))
        );
    }

    #[test]
    fn english_one_after_an_adjective_is_a_pronoun() {
        for text in [
            "it's an important one.",
            "lower than the previous one,",
            "there will probably be another one.",
            "a bill that is one that I support",
            "I am one who believes",
            "not the one the president describes",
        ] {
            nothing(text, En);
        }
        // Nothing before it to make it a pronoun: a number.
        for text in ["He won by one.", "the total was one."] {
            assert_eq!(one(text, En).value, Some(1.0), "{text}");
        }
    }

    #[test]
    fn number_one_is_a_rank() {
        check(
            "Saudi Arabia is number three.",
            En,
            "number three",
            Some(3.0),
            None,
            Ordinal,
        );
        check(
            "Number two, we cut spending.",
            En,
            "Number two",
            Some(2.0),
            None,
            Ordinal,
        );
        check(
            "America is number one in auto production",
            En,
            "number one",
            Some(1.0),
            None,
            Ordinal,
        );
        check(
            "Number one, cut taxes.",
            En,
            "Number one",
            Some(1.0),
            None,
            Ordinal,
        );
        check(
            "the number one priority",
            En,
            "number one",
            Some(1.0),
            None,
            Ordinal,
        );
    }

    #[test]
    fn a_vague_plural_counts_the_noun_after_of() {
        for (text, span, unit) in [
            ("millions of people lost", "millions", "people"),
            (
                "tens of thousands of refugees",
                "tens of thousands",
                "refugees",
            ),
            ("Dozens of artists, including", "Dozens", "artists"),
            (
                "hundreds of thousands of jobs",
                "hundreds of thousands",
                "jobs",
            ),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.category, q.unit.as_deref()),
                (span, Count, Some(unit)),
                "{text}"
            );
        }
        // Money after "of" makes the amount money.
        check(
            "hundreds of millions of pounds each year",
            En,
            "hundreds of millions of pounds",
            None,
            Some("GBP"),
            Money,
        );
        // "of the …", "of them", a fraction: nothing counted.
        for text in [
            "thousands of the protesters",
            "millions of them",
            "two thirds of people",
        ] {
            let found = find_quantities(text, En);
            assert!(found.iter().all(|q| q.unit.is_none()), "{text}: {found:#?}");
        }
    }

    /// A date relative to the day of writing: its span and category, no
    /// value yet (see `dates::resolve_relative_dates`).
    fn relative(text: &str, lang: Language, span: &str, cat: Category) {
        let q = named(text, lang, span);
        assert_eq!(q.category, cat, "{text}: {q:#?}");
        assert_eq!(
            (q.value, q.low, q.high),
            (None, None, None),
            "{text}: {q:#?}"
        );
    }

    #[test]
    fn relative_dates_indonesian() {
        relative("Harga naik dibanding tahun lalu.", Id, "tahun lalu", Year);
        relative(
            "Pada tahun lalu rapat digelar.",
            Id,
            "Pada tahun lalu",
            Year,
        );
        relative("Target tahun ini tercapai.", Id, "tahun ini", Year);
        // After another quantity's number, as after any word.
        relative("aset Rp 2,3 triliun tahun ini", Id, "tahun ini", Year);
        relative("Tahun depan tarif naik.", Id, "Tahun depan", Year);
        relative("Rapat digelar bulan lalu.", Id, "bulan lalu", Date);
        relative("Sidang dilanjutkan pekan depan.", Id, "pekan depan", Date);
        relative("Minggu lalu banjir surut.", Id, "Minggu lalu", Date);
        relative("Kemarin tiga rumah terbakar.", Id, "Kemarin", Date);
        relative("Pengumuman hari ini.", Id, "hari ini", Date);
        relative("pada pembukaan pagi hari ini", Id, "hari ini", Date);
        relative("Hasilnya keluar besok.", Id, "besok", Date);
        // A length of time counted back: the number is part of the date.
        relative("Kejadian itu tiga tahun lalu.", Id, "tiga tahun lalu", Year);
        relative("Ia tiba 3 hari yang lalu.", Id, "3 hari yang lalu", Date);
        relative(
            "Dua tahun silam pabrik dibuka.",
            Id,
            "Dua tahun silam",
            Year,
        );
        let hedged = named("sekitar 5 tahun lalu", Id, "sekitar 5 tahun lalu");
        assert_eq!(
            (hedged.category, hedged.approx),
            (Year, Some(Approx::About))
        );
    }

    #[test]
    fn an_item_numbered_zero_is_read_without_overflow() {
        // Found by the property test of relative dates: "0." as a list
        // item looked for an item -1 before it (a panic in debug builds).
        for text in ["(0. A ", "0. Anggaran", "daftar:\n0. Pertama\n1. Kedua"] {
            let _ = find_quantities(text, Id);
            let _ = find_quantities(text, En);
        }
    }

    #[test]
    fn a_number_plate_names_a_vehicle() {
        for (text, span) in [
            ("mobil berpelat B 1234 ABC melaju", "B 1234 ABC"),
            ("truk AD 5678 XY terguling", "AD 5678 XY"),
            ("motor DK 1 A", "DK 1 A"),
        ] {
            let q = named(text, Id, span);
            assert_eq!(q.category, Identifier, "{text}");
        }
        // A count after an abbreviation stays one; English has no such plates.
        check(
            "DPR 560 anggota",
            Id,
            "560",
            Some(560.0),
            Some("anggota"),
            Count,
        );
        assert_ne!(one("B 1234 ABC", En).category, Identifier);
    }

    #[test]
    fn one_unit_of_time_in_one_word() {
        check(
            "selama setahun",
            Id,
            "setahun",
            Some(1.0),
            Some("year"),
            Duration,
        );
        check(
            "dalam sepekan penuh",
            Id,
            "sepekan",
            Some(1.0),
            Some("week"),
            Duration,
        );
        check(
            "sebulan penuh",
            Id,
            "sebulan",
            Some(1.0),
            Some("month"),
            Duration,
        );
        let nearly = named("hampir setahun", Id, "hampir setahun");
        assert_eq!(
            (nearly.value, nearly.approx),
            (Some(1.0), Some(Approx::Nearly))
        );
        relative("Pabrik dibuka setahun lalu.", Id, "setahun lalu", Year);
        relative("sekitar sebulan lalu", Id, "sekitar sebulan lalu", Date);
        // Everyday, and rates: "twice a year", "50 thousand a day".
        nothing("kebutuhan sehari-hari", Id);
        assert!(
            find_quantities("dua kali setahun", Id)
                .iter()
                .all(|q| q.text == "dua kali")
        );
        assert!(
            find_quantities("Rp 50 ribu sehari", Id)
                .iter()
                .all(|q| q.text == "Rp 50 ribu")
        );
    }

    #[test]
    fn relative_dates_english() {
        relative("Prices rose last year.", En, "last year", Year);
        relative("This year's budget is larger.", En, "This year", Year);
        relative("The vote is next month.", En, "next month", Date);
        relative("He resigned last week.", En, "last week", Date);
        relative("Yesterday, the minister said so.", En, "Yesterday", Date);
        relative("The strike ends tomorrow.", En, "tomorrow", Date);
        relative("It opened five years ago.", En, "five years ago", Year);
        relative("It closed two weeks ago.", En, "two weeks ago", Date);
        relative("The law passed a decade ago.", En, "a decade ago", Year);
        let hedged = named("almost 20 years ago", En, "almost 20 years ago");
        assert_eq!(
            (hedged.category, hedged.approx),
            (Year, Some(Approx::Nearly))
        );
    }

    #[test]
    fn what_is_no_relative_date() {
        // A stretch of time, not the calendar's last year (see
        // `stretches_up_to_the_day_of_writing`).
        assert_eq!(one("over the last year", En).text, "the last year");
        assert_eq!(one("over the last year", En).value, None);
        nothing("in the next month", En);
        nothing("the last year of his life", En);
        // A name.
        nothing("on the Today programme", En);
        // The end of a compound; a vague length of time before the words.
        nothing("tahun-tahun lalu", Id);
        assert!(
            find_quantities("beberapa tahun lalu", Id).is_empty(),
            "a few years ago is no last year"
        );
        // No count to go back by: the length of time stays one.
        check(
            "a few years ago",
            En,
            "a few years",
            Some(3.0),
            Some("year"),
            Duration,
        );
        // "hari lalu" needs its number.
        nothing("hari lalu", Id);
        // Words of the other language.
        nothing("kemarin", En);
        nothing("yesterday", Id);
    }

    #[test]
    fn stretches_up_to_the_day_of_writing() {
        // Found as dates without a value: the days wait for a reference.
        for (text, lang, span, approx) in [
            ("dalam 10 tahun terakhir", Id, "10 tahun terakhir", None),
            (
                "selama lima tahun belakangan ini",
                Id,
                "lima tahun belakangan ini",
                None,
            ),
            ("dalam setahun terakhir", Id, "setahun terakhir", None),
            ("sepekan belakangan", Id, "sepekan belakangan", None),
            (
                "dalam sekitar 3 bulan terakhir",
                Id,
                "sekitar 3 bulan terakhir",
                Some(Approx::About),
            ),
            ("in the past five years", En, "the past five years", None),
            ("over the last 12 months", En, "the last 12 months", None),
            ("in past two weeks", En, "past two weeks", None),
            ("over the last decade", En, "the last decade", None),
            ("in the past year", En, "the past year", None),
        ] {
            let q = named(text, lang, span);
            assert_eq!(
                (q.category, q.value, q.low, q.high, q.approx),
                (Date, None, None, None, approx),
                "{text}"
            );
        }
        // Not up to now: a vague length, a stretch of something else, the
        // calendar's last year, one period before something.
        assert!(find_quantities("dalam beberapa tahun terakhir", Id).is_empty());
        check(
            "in the last two years of the war",
            En,
            "two years",
            Some(2.0),
            Some("year"),
            Duration,
        );
        assert_eq!(one("last year", En).category, Year);
        nothing("the past week's events", En);
        nothing("in the last week before the vote", En);
        nothing("in the past few years", En);
        for text in [
            "in its last three months",
            "four times in the last 10 years before we came",
        ] {
            assert!(
                find_quantities(text, En).iter().all(|q| q.category != Date),
                "{text}"
            );
        }
    }

    #[test]
    fn fiscal_and_budget_years_are_years() {
        for (text, lang, span, year) in [
            ("In fiscal 2024 sales rose", En, "fiscal 2024", 2024.0),
            (
                "in fiscal year 2014 spending",
                En,
                "fiscal year 2014",
                2014.0,
            ),
            ("Fiscal Year 2016 budget", En, "Fiscal Year 2016", 2016.0),
            ("FY 2024", En, "FY 2024", 2024.0),
            (
                "Tahun anggaran 2024 defisit",
                Id,
                "Tahun anggaran 2024",
                2024.0,
            ),
            (
                "laba tahun buku 2023 dibagikan",
                Id,
                "tahun buku 2023",
                2023.0,
            ),
            ("APBD TA 2024 naik", Id, "TA 2024", 2024.0),
        ] {
            let q = named(text, lang, span);
            assert_eq!((q.category, q.value), (Year, Some(year)), "{text}");
            assert_eq!(find_quantities(text, lang).len(), 1, "{text}");
        }
        // Not a fiscal year: no year after it.
        assert!(
            find_quantities("the fiscal cliff", En).is_empty()
                && find_quantities("TA Budi", Id).is_empty()
        );
    }

    #[test]
    fn halves_of_a_year_and_of_anything_else() {
        for (text, lang, span, low, high) in [
            (
                "paruh pertama 2025 ekonomi",
                Id,
                "paruh pertama 2025",
                202501.0,
                202506.0,
            ),
            (
                "paruh kedua tahun 2024",
                Id,
                "paruh kedua tahun 2024",
                202407.0,
                202412.0,
            ),
            (
                "the first half of 2024",
                En,
                "first half of 2024",
                202401.0,
                202406.0,
            ),
        ] {
            let q = named(text, lang, span);
            assert_eq!(
                (q.category, q.low, q.high),
                (Date, Some(low), Some(high)),
                "{text}"
            );
        }
        // One of two halves: neither an ordinal nor 0.5.
        nothing("in the second half of the match", En);
        nothing("the first half of this session", En);
        nothing("pada paruh kedua pertandingan", Id);
        // A half that is one.
        assert_eq!(one("Half the people left", En).value, Some(0.5));
        check(
            "the second half-mile",
            En,
            "half-mile",
            Some(0.5),
            Some("mi"),
            Measure,
        );
    }

    #[test]
    fn an_english_year_before_a_noun_is_the_noun_s_year() {
        for (text, span) in [
            ("spending returned to 2007 levels", "2007"),
            ("According to 2009 estimates", "2009"),
            ("Final election 2016 numbers", "2016"),
            ("funded at 1989 levels", "1989"),
        ] {
            let q = named(text, En, span);
            assert_eq!(q.category, Year, "{text}");
            assert_eq!(q.unit, None, "{text}");
        }
        // Round numbers and hedged ones stay counts; a unit stays a measure.
        for (text, span, category) in [
            ("he sent 2000 troops", "2000", Count),
            ("he sent 1950 troops", "1950", Count),
            ("nearly 1985 people came", "nearly 1985", Count),
            ("a 1995 km road", "1995 km", Measure),
        ] {
            assert_eq!(named(text, En, span).category, category, "{text}");
        }
        // Indonesian groups thousands with a dot; no change there.
        assert_eq!(named("2.009 orang", Id, "2.009").category, Count);
    }

    #[test]
    fn parts_of_a_year_without_the_year() {
        for (text, lang, span) in [
            ("tumbuh 5% pada kuartal III.", Id, "kuartal III"),
            ("pada triwulan I ini", Id, "triwulan I ini"),
            ("triwulan pertama dan", Id, "triwulan pertama"),
            ("semester I tahun lalu", Id, "semester I tahun lalu"),
            ("paruh kedua tahun ini", Id, "paruh kedua tahun ini"),
            (
                "in the first quarter of this year",
                En,
                "first quarter of this year",
            ),
            (
                "the second half of last year",
                En,
                "second half of last year",
            ),
        ] {
            let q = named(text, lang, span);
            assert_eq!((q.category, q.low, q.high), (Date, None, None), "{text}");
        }
        // A school's semester, a match's half or quarter, a word after it.
        nothing("mahasiswa semester I mendaftar", Id);
        nothing("kuartal III-nya", Id);
        nothing("in the second half of the match", En);
        assert!(
            find_quantities("in the fourth quarter the Patriots scored", En)
                .iter()
                .all(|q| q.category != Date)
        );
    }

    /// A day of the calendar, for reading relative dates from.
    fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    /// A text, the span of its one quantity, and the quantity's low and
    /// high ends.
    type RangeReading<'a> = (&'a str, Language, &'a str, f64, f64);

    /// Asserts that each text's one quantity spans `span` and is a range
    /// of `category` from low to high, without a single value.
    fn assert_ranges(category: Category, cases: &[RangeReading]) {
        for &(text, lang, span, low, high) in cases {
            let q = one(text, lang);
            assert_eq!(
                (q.text.as_str(), q.category, q.value, q.low, q.high),
                (span, category, None, Some(low), Some(high)),
                "{text}"
            );
        }
    }

    /// Asserts that each text's one quantity, read from `day`, is a date
    /// from `low` to `high` without a single value.
    fn assert_date_ranges(day: chrono::NaiveDate, cases: &[(&str, Language, f64, f64)]) {
        for &(text, lang, low, high) in cases {
            assert_eq!(
                read_on(text, lang, day),
                (None, Some(low), Some(high), Date),
                "{text} on {day}"
            );
        }
    }

    /// The one quantity in `text`, its relative dates read from `day`, as
    /// (value, low, high, category).
    fn read_on(
        text: &str,
        lang: Language,
        day: chrono::NaiveDate,
    ) -> (Option<f64>, Option<f64>, Option<f64>, Category) {
        let mut found = find_quantities(text, lang);
        resolve_relative_dates(&mut found, lang, day);
        let [q] = found.as_slice() else {
            panic!("{text}: {found:?}");
        };
        (q.value, q.low, q.high, q.category)
    }

    #[test]
    fn a_month_named_by_its_direction_reads_from_the_month_of_writing() {
        let october = day(2025, 10, 21);
        for (text, lang, value) in [
            ("Sejak pertengahan Juli lalu.", Id, 202507.0),
            // a month's own name in that month is last year's
            ("sejak Oktober lalu", Id, 202410.0),
            ("pada Maret mendatang", Id, 202603.0),
            ("Desember nanti", Id, 202512.0),
            ("Oktober ini", Id, 202510.0),
            ("since last July", En, 202507.0),
            ("since last May.", En, 202505.0),
            ("next January", En, 202601.0),
            ("this June", En, 202506.0),
        ] {
            assert_eq!(
                read_on(text, lang, october),
                (Some(value), Some(value), Some(value), Date),
                "{text}"
            );
        }
        // without a day of writing it waits for one
        relative("pada Juli lalu", Id, "pada Juli lalu", Date);
        // a year written is read as written; a clause's "lalu" is no date
        assert_eq!(one("Mei 2024 lalu", Id).value, Some(202405.0));
        // ("pada Juli" is then a month named alone)
        assert_eq!(one("tiba pada Juli, lalu pergi", Id).text, "pada Juli");
        nothing("it may last", En);
    }

    #[test]
    fn a_bare_month_is_the_latest_up_to_the_month_unless_its_sentence_looks_ahead() {
        let october = day(2025, 10, 21);
        let read = |text: &str, lang| -> Vec<(String, Option<f64>)> {
            let mut found = find_quantities(text, lang);
            resolve_relative_dates(&mut found, lang, october);
            resolve_weekdays_ahead(&mut found, text, 0, lang, october);
            found
                .into_iter()
                .filter(|q| q.category == Date)
                .map(|q| (q.text, q.value))
                .collect()
        };
        for (text, lang, span, value) in [
            (
                "Inflasi pada Oktober tercatat 1,71 persen.",
                Id,
                "pada Oktober",
                202510.0,
            ),
            (
                "Penjualan turun pada bulan Desember.",
                Id,
                "pada bulan Desember",
                202412.0,
            ),
            (
                "The merger closed in September.",
                En,
                "in September",
                202509.0,
            ),
            // a future's tense reads it ahead
            (
                "Pemilu akan digelar pada Februari.",
                Id,
                "pada Februari",
                202602.0,
            ),
            ("The vote will be held in March.", En, "in March", 202603.0),
        ] {
            assert_eq!(
                read(text, lang),
                vec![(span.to_string(), Some(value))],
                "{text}"
            );
        }
        // without a day of writing it waits for one
        relative("closed in October", En, "in October", Date);
        // "sejak", "since" open one too
        assert_eq!(
            read("Harga naik sejak Maret.", Id),
            vec![("sejak Maret".to_string(), Some(202503.0))]
        );
        assert_eq!(
            read("Prices have risen since March.", En),
            vec![("since March".to_string(), Some(202503.0))]
        );
        // a year joined by "of", or after a comma ending the phrase, makes
        // it a month of that year
        assert_eq!(one("in August of 1974", En).value, Some(197408.0));
        assert_eq!(
            one("the general election in November, 2016.", En).value,
            Some(201611.0)
        );
        assert_eq!(
            find_quantities("In March, 2015 tax returns were due.", En)[0].text,
            "In March"
        );
        assert_eq!(one("in August of 1974", En).text, "August of 1974");
        // a day or a year after it, a direction, a lower-case "may" are
        // read as before
        assert_eq!(one("pada Oktober 2024", Id).text, "Oktober 2024");
        assert_eq!(one("They met in October 5", En).text, "October 5");
        nothing("prices in may rise", En);
    }

    #[test]
    fn a_range_of_months_without_its_year_is_placed_as_a_bare_month() {
        let october = day(2025, 10, 21);
        let read = |text: &str, lang| -> Vec<(String, Option<f64>, Option<f64>)> {
            let mut found = find_quantities(text, lang);
            resolve_relative_dates(&mut found, lang, october);
            resolve_weekdays_ahead(&mut found, text, 0, lang, october);
            found.into_iter().map(|q| (q.text, q.low, q.high)).collect()
        };
        for (text, lang, span, low, high) in [
            (
                "Penjualan naik pada Januari-Maret.",
                Id,
                "pada Januari-Maret",
                202501.0,
                202503.0,
            ),
            (
                "data Januari s.d. Mei",
                Id,
                "Januari s.d. Mei",
                202501.0,
                202505.0,
            ),
            (
                "Sales rose between January and March, it said.",
                En,
                "January and March",
                202501.0,
                202503.0,
            ),
            // the last month is the latest up to the month of writing
            (
                "Sales fell from November to December.",
                En,
                "November to December",
                202411.0,
                202412.0,
            ),
            // across the new year the first is the year before
            (
                "prices rose from November to February",
                En,
                "November to February",
                202411.0,
                202502.0,
            ),
            // a future's tense reads it ahead
            (
                "Acara akan digelar pada Januari-Maret.",
                Id,
                "pada Januari-Maret",
                202601.0,
                202603.0,
            ),
        ] {
            assert_eq!(
                read(text, lang),
                vec![(span.to_string(), Some(low), Some(high))],
                "{text}"
            );
        }
        // without a day of writing a date without its months
        assert_eq!(read_on("pada Januari-Maret", Id, october).3, Date,);
        assert_eq!(find_quantities("from January to March", En)[0].low, None);
        // a verb "march", two months listed without "between"
        nothing("they march to June's office", En);
        nothing("in January and March", En);
    }

    #[test]
    fn a_range_of_days_without_its_year_takes_the_year_a_day_would() {
        let october = day(2025, 10, 21);
        assert_date_ranges(
            october,
            &[
                ("pada 15-17 Agustus", Id, 20250815.0, 20250817.0),
                ("on March 3-4", En, 20250303.0, 20250304.0),
                ("dibuka 1 hingga 15 Desember", Id, 20251201.0, 20251215.0),
                (
                    "dari 30 Oktober hingga 12 November",
                    Id,
                    20251030.0,
                    20251112.0,
                ),
                ("from March 4 to 6", En, 20250304.0, 20250306.0),
            ],
        );
        // a day the calendar lacks keeps no value
        assert_eq!(
            read_on("pada 30-31 Februari", Id, october),
            (None, None, None, Date)
        );
    }

    #[test]
    fn a_day_listed_beside_a_dated_day_takes_its_month_and_year() {
        let dates = |text: &str, lang: Language, reference: Option<chrono::NaiveDate>| {
            let mut found = find_quantities(text, lang);
            if let Some(day) = reference {
                resolve_relative_dates(&mut found, lang, day);
            }
            resolve_sentence_dates(&mut found, text, 0, lang, reference);
            found
                .iter()
                .map(|q| (q.text.clone(), q.category, q.value))
                .collect::<Vec<_>>()
        };
        let date = |text: &str, v: f64| (text.to_string(), Date, Some(v));
        // the year written once: valued without a day of writing
        assert_eq!(
            dates("digelar pada 3 dan 4 Maret 2024 di Jakarta", Id, None),
            [date("pada 3", 20240303.0), date("4 Maret 2024", 20240304.0)]
        );
        assert_eq!(
            dates("talks on Jan. 5 and 6, 2021 in Geneva", En, None),
            [date("on Jan. 5", 20210105.0), date("6, 2021", 20210106.0)]
        );
        // without a year, from the neighbour once it has one
        let june = Some(day(2024, 6, 10));
        assert_eq!(
            dates("pada 3, 4, dan 5 Maret lalu", Id, june),
            [
                date("pada 3", 20240303.0),
                date("4", 20240304.0),
                date("5 Maret", 20240305.0)
            ]
        );
        assert_eq!(
            dates("held on March 3, 4 and 5 in Geneva", En, june),
            [
                date("on March 3", 20240303.0),
                date("4", 20240304.0),
                date("5", 20240305.0)
            ]
        );
        assert_eq!(
            dates("the fair runs 3 and 4 March", En, june),
            [date("3", 20240303.0), date("4 March", 20240304.0)]
        );
        // no day of writing, no year: dates still, without a value
        assert_eq!(
            dates("on March 3 and 4", En, None),
            [
                ("on March 3".to_string(), Date, None),
                ("4".to_string(), Date, None)
            ]
        );
        // what a number after a date counts is no day of its month
        for text in ["On March 3, 4 people died", "On March 3 and 4 people died"] {
            let found = find_quantities(text, En);
            assert_eq!(found[1].category, Count, "{text}");
        }
        check(
            "Sebanyak 3 dan 4 orang",
            Id,
            "3",
            Some(3.0),
            Some("orang"),
            Count,
        );
    }

    #[test]
    fn parts_of_a_year_read_from_a_reference_day() {
        let october = day(2025, 10, 21);
        let february = day(2026, 2, 10);
        for (text, lang, day, low, high) in [
            ("kuartal III", Id, october, 202507.0, 202509.0),
            ("kuartal IV", Id, october, 202510.0, 202512.0),
            // Written in February, the fourth quarter is last year's; the
            // first this year's.
            ("kuartal IV", Id, february, 202510.0, 202512.0),
            ("triwulan I", Id, february, 202601.0, 202603.0),
            ("semester I tahun lalu", Id, october, 202401.0, 202406.0),
            ("triwulan II tahun depan", Id, october, 202604.0, 202606.0),
            (
                "the first quarter of this year",
                En,
                october,
                202501.0,
                202503.0,
            ),
            (
                "the second half of last year",
                En,
                february,
                202507.0,
                202512.0,
            ),
        ] {
            assert_eq!(
                read_on(text, lang, day),
                (None, Some(low), Some(high), Date),
                "{text} on {day}"
            );
        }
    }

    #[test]
    fn months_counted_from_a_years_start_or_end_are_a_date() {
        // with the year written
        assert_ranges(
            Date,
            &[
                (
                    "in the first six months of 2024",
                    En,
                    "first six months of 2024",
                    202401.0,
                    202406.0,
                ),
                (
                    "in the last three months of 2012",
                    En,
                    "last three months of 2012",
                    201210.0,
                    201212.0,
                ),
                (
                    "the first 10 months of 2011",
                    En,
                    "first 10 months of 2011",
                    201101.0,
                    201110.0,
                ),
                (
                    "pada sembilan bulan pertama 2024",
                    Id,
                    "sembilan bulan pertama 2024",
                    202401.0,
                    202409.0,
                ),
                (
                    "dalam enam bulan pertama tahun 2024",
                    Id,
                    "enam bulan pertama tahun 2024",
                    202401.0,
                    202406.0,
                ),
                // quarters counted the same way
                (
                    "pada dua triwulan pertama 2025",
                    Id,
                    "dua triwulan pertama 2025",
                    202501.0,
                    202506.0,
                ),
                (
                    "in the first two quarters of 2025",
                    En,
                    "first two quarters of 2025",
                    202501.0,
                    202506.0,
                ),
            ],
        );
        // with the year's words, from the day of writing
        let june = day(2024, 6, 10);
        assert_date_ranges(
            june,
            &[
                ("the first nine months of the year", En, 202401.0, 202409.0),
                ("the first six months of this year", En, 202401.0, 202406.0),
                ("the last three months of last year", En, 202310.0, 202312.0),
                ("10 bulan pertama tahun ini", Id, 202401.0, 202410.0),
                ("tiga bulan terakhir tahun lalu", Id, 202310.0, 202312.0),
            ],
        );
        // "the last nine months of this year", said before it is out, may
        // be the months up to the day: a length and a year, as before; so
        // are months without a year ("tiga bulan terakhir" reaches up to
        // the day of writing) and months of something else
        for (text, lang) in [
            ("in the last nine months of this year, we had a drop", En),
            ("the first two months of the war", En),
        ] {
            let found = find_quantities(text, lang);
            let categories: Vec<_> = found.iter().map(|q| q.category).collect();
            assert!(
                categories.contains(&Duration) && !categories.contains(&Date),
                "{text}: {found:?}"
            );
        }
        assert_eq!(
            read_on("dalam tiga bulan terakhir", Id, june),
            (None, Some(20240310.0), Some(20240610.0), Date)
        );
    }

    #[test]
    fn holidays_the_calendar_fixes() {
        // With the year written: the day itself.
        for (text, lang, span, low, high) in [
            (
                "Perayaan Natal 2024 meriah",
                Id,
                "Natal 2024",
                20241225.0,
                20241225.0,
            ),
            (
                "pasca Tahun Baru 2019",
                Id,
                "Tahun Baru 2019",
                20190101.0,
                20190101.0,
            ),
            (
                "Upacara HUT RI ke-80 digelar",
                Id,
                "HUT RI ke-80",
                20250817.0,
                20250817.0,
            ),
            ("Nataru 2024", Id, "Nataru 2024", 20241225.0, 20250101.0),
            (
                "On New Year's Eve 2019",
                En,
                "New Year's Eve 2019",
                20191231.0,
                20191231.0,
            ),
            (
                "by Thanksgiving 2025",
                En,
                "Thanksgiving 2025",
                20251127.0,
                20251127.0,
            ),
        ] {
            let q = named(text, lang, span);
            assert_eq!(
                (q.category, q.low, q.high),
                (Date, Some(low), Some(high)),
                "{text}"
            );
        }
        // Without it: found, read later from the day of writing.
        for (text, lang, span) in [
            ("harga naik menjelang Natal", Id, "Natal"),
            ("pada malam Tahun Baru", Id, "malam Tahun Baru"),
            ("Pada Hari Kemerdekaan RI", Id, "Hari Kemerdekaan RI"),
            ("Natal tahun lalu ramai", Id, "Natal tahun lalu"),
            ("troops home by Christmas", En, "Christmas"),
            ("on Christmas Day alone", En, "Christmas Day"),
            ("Last Christmas sales fell", En, "Last Christmas"),
        ] {
            let q = named(text, lang, span);
            assert_eq!((q.category, q.value, q.low), (Date, None, None), "{text}");
        }
        // Another calendar's new year, another country, the season's
        // things, a bare name with no word that takes a date.
        for (text, lang) in [
            ("Tahun Baru Imlek dirayakan", Id),
            ("Hari Kemerdekaan Amerika Serikat", Id),
            ("kado Natal dibeli", Id),
            ("a new tax on Christmas trees", En),
            ("Christmas shopping rose", En),
            ("the KwaZulu-Natal province", En),
        ] {
            assert!(
                find_quantities(text, lang)
                    .iter()
                    .all(|q| q.category != Date),
                "{text}"
            );
        }
    }

    #[test]
    fn holidays_read_from_a_reference_day() {
        let october = day(2025, 10, 21);
        let january = day(2026, 1, 10);
        for (text, lang, day, low, high) in [
            // The nearest one: this year's in October, last year's in January.
            ("menjelang Natal", Id, october, 20251225.0, 20251225.0),
            ("on Christmas Day", En, january, 20251225.0, 20251225.0),
            ("Natal tahun lalu", Id, october, 20241225.0, 20241225.0),
            ("last Christmas", En, october, 20241225.0, 20241225.0),
            ("last Christmas", En, january, 20251225.0, 20251225.0),
            ("next Thanksgiving", En, october, 20251127.0, 20251127.0),
            ("libur Nataru", Id, october, 20251225.0, 20260101.0),
            ("Pada Hari Kemerdekaan", Id, october, 20250817.0, 20250817.0),
        ] {
            let value = (low == high).then_some(low);
            assert_eq!(
                read_on(text, lang, day),
                (value, Some(low), Some(high), Date),
                "{text} on {day}"
            );
        }
    }

    #[test]
    fn a_period_before_a_date_the_sentence_names() {
        // Found, and read from the date before them in the same text.
        for (text, lang, span, value, category) in [
            (
                "Rp 31,69 triliun hingga Mei 2025, dari Rp 30,41 triliun di periode yang sama \
                 tahun sebelumnya.",
                Id,
                "periode yang sama tahun sebelumnya",
                202405.0,
                Date,
            ),
            (
                "Pada 2024 ekspor naik dibanding tahun sebelumnya.",
                Id,
                "tahun sebelumnya",
                2023.0,
                Year,
            ),
            (
                "naik 3% pada Oktober 2025 dari bulan sebelumnya",
                Id,
                "bulan sebelumnya",
                202509.0,
                Date,
            ),
            (
                "profit in the three months to 31 December 2004 of £75m compared with £125m \
                 a year earlier",
                En,
                "a year earlier",
                20031231.0,
                Date,
            ),
            (
                "sales in March 2024 rose 5% from the previous month",
                En,
                "the previous month",
                202402.0,
                Date,
            ),
        ] {
            let mut found = find_quantities(text, lang);
            resolve_earlier_dates(&mut found, lang);
            let q = found
                .iter()
                .find(|q| q.text == span)
                .unwrap_or_else(|| panic!("{text}: no {span:?} in {found:#?}"));
            assert_eq!((q.value, q.category), (Some(value), category), "{text}");
        }
        // A stretch read back whole: the third quarter a year earlier.
        let text = "inflation in the third quarter of this year was 3%, up from 2% a year earlier";
        let mut found = find_quantities(text, En);
        let day = day(2025, 10, 21);
        resolve_relative_dates(&mut found, En, day);
        resolve_earlier_dates(&mut found, En);
        let earlier = named(text, En, "a year earlier");
        assert_eq!(earlier.category, Year);
        let read = found
            .iter()
            .find(|q| q.text == "a year earlier")
            .expect("found");
        assert_eq!((read.low, read.high), (Some(202407.0), Some(202409.0)));
        // No date before it in the text: no value, not a guess from today.
        let mut found = find_quantities("Laba naik 25% dari bulan sebelumnya.", Id);
        resolve_earlier_dates(&mut found, Id);
        let q = found
            .iter()
            .find(|q| q.text == "bulan sebelumnya")
            .expect("found");
        assert_eq!((q.value, q.low), (None, None));
        // Not a comparison's other side: a length counted, a compound, a
        // date before something else, sooner than planned.
        for (text, lang) in [
            ("naik dibanding dua tahun sebelumnya", Id),
            ("untuk tahun-tahun sebelumnya", Id),
            ("he left the year before the election", En),
            ("it came a year earlier than planned", En),
            ("should the cycle end a year earlier, the", En),
        ] {
            assert!(
                find_quantities(text, lang)
                    .iter()
                    .all(|q| !is_earlier_date(q, lang)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_day_named_by_its_week() {
        // 2025-10-23 was a Thursday.
        let thursday = day(2025, 10, 23);
        for (text, lang, span, day) in [
            ("ditangkap Selasa lalu", Id, "Selasa lalu", 20251021.0),
            ("Selasa kemarin", Id, "Selasa kemarin", 20251021.0),
            ("Pada Kamis lalu", Id, "Pada Kamis lalu", 20251016.0),
            ("digelar Rabu depan", Id, "Rabu depan", 20251029.0),
            ("Jumat pekan lalu", Id, "Jumat pekan lalu", 20251017.0),
            (
                "pada hari Senin pekan depan",
                Id,
                "pada hari Senin pekan depan",
                20251027.0,
            ),
            ("arrested last Tuesday", En, "last Tuesday", 20251021.0),
            ("meet next Friday", En, "next Friday", 20251024.0),
        ] {
            assert_eq!(
                named(text, lang, span).value,
                None,
                "{text}: waits for a day"
            );
            let mut found = find_quantities(text, lang);
            resolve_relative_dates(&mut found, lang, thursday);
            let q = found.iter().find(|q| q.text == span).expect(span);
            assert_eq!((q.value, q.category), (Some(day), Date), "{text}");
        }
        // "Minggu lalu" is last week, not last Sunday.
        let mut found = find_quantities("Minggu lalu harga naik", Id);
        resolve_relative_dates(&mut found, Id, thursday);
        assert_eq!(
            (found[0].low, found[0].high),
            (Some(20251013.0), Some(20251019.0))
        );
        // A day read from the reference never fixes the reference.
        let mut found = find_quantities("Selasa (21/10/2025). Rapat Rabu depan.", Id);
        let (_, day) = reference_in(&found).expect("dated");
        resolve_relative_dates(&mut found, Id, day);
        assert_eq!(reference_in(&found).map(|(_, d)| d), Some(day));
    }

    #[test]
    fn stretches_read_from_a_reference_day() {
        let october = day(2025, 10, 21);
        assert_date_ranges(
            october,
            &[
                ("dalam 10 tahun terakhir", Id, 20151021.0, 20251021.0),
                ("dua pekan terakhir", Id, 20251007.0, 20251021.0),
                ("7 hari belakangan ini", Id, 20251014.0, 20251021.0),
                ("satu dekade terakhir", Id, 20151021.0, 20251021.0),
                ("the past five years", En, 20201021.0, 20251021.0),
                ("the last 12 months", En, 20241021.0, 20251021.0),
                ("the past year", En, 20241021.0, 20251021.0),
                ("the last decade", En, 20151021.0, 20251021.0),
            ],
        );
        // 29 February back a year is the 28th.
        let leap = day(2024, 2, 29);
        assert_eq!(read_on("the past year", En, leap).1, Some(20230228.0));
    }

    #[test]
    fn list_items_before_a_date_counted_back_stay_lengths() {
        let found = find_quantities("ten, fifteen or twenty years ago", En);
        let read: Vec<(&str, Category, Option<&str>)> = found
            .iter()
            .map(|q| (q.text.as_str(), q.category, q.unit.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                ("ten", Duration, Some("year")),
                ("fifteen", Duration, Some("year")),
                ("twenty years ago", Year, None),
            ]
        );
    }

    #[test]
    fn a_range_after_about_is_rough_wherever_the_region_begins() {
        for (text, lang, span) in [
            ("sekitar 7-9%", Id, "sekitar 7-9%"),
            ("kredit tahun ini sekitar 7-9%", Id, "sekitar 7-9%"),
            ("naik sekitar 7-9%", Id, "sekitar 7-9%"),
            ("naik kira-kira 7-9%", Id, "kira-kira 7-9%"),
            ("rose about 40 to 45 percent", En, "about 40 to 45 percent"),
        ] {
            let q = named(text, lang, span);
            assert_eq!(
                (q.low, q.high),
                (
                    Some(if lang == Id { 7.0 } else { 40.0 }),
                    Some(if lang == Id { 9.0 } else { 45.0 })
                ),
                "{text}"
            );
            assert_eq!(q.approx, Some(Approx::About), "{text}");
        }
        assert_eq!(named("naik antara 7-9%", Id, "antara 7-9%").approx, None);
    }

    #[test]
    fn relative_dates_read_from_a_reference_day() {
        let text = "Selasa (21/10/2025) harga naik. Kemarin turun, pekan lalu stabil, \
                    tahun lalu anjlok, dua tahun silam naik. Rapat Rabu (15/5) dan bulan depan. \
                    Sidang pada 3 Maret.";
        let mut found = find_quantities(text, Id);
        let (at, day) = reference_in(&found).expect("the dated Tuesday");
        assert_eq!(found[at].text, "Selasa (21/10/2025)");
        resolve_relative_dates(&mut found, Id, day);
        let read = |span: &str| {
            let q = found.iter().find(|q| q.text == span).expect(span);
            (q.value, q.low, q.high, q.category)
        };
        assert_eq!(
            read("Kemarin"),
            (Some(20251020.0), Some(20251020.0), Some(20251020.0), Date)
        );
        assert_eq!(
            read("pekan lalu"),
            (None, Some(20251013.0), Some(20251019.0), Date)
        );
        assert_eq!(
            read("tahun lalu"),
            (Some(2024.0), Some(2024.0), Some(2024.0), Year)
        );
        assert_eq!(
            read("dua tahun silam"),
            (Some(2023.0), Some(2023.0), Some(2023.0), Year)
        );
        // 15 May was a Wednesday in 2024, not in 2025.
        assert_eq!(
            read("Rabu (15/5)"),
            (Some(20240515.0), Some(20240515.0), Some(20240515.0), Date)
        );
        assert_eq!(
            read("bulan depan"),
            (Some(202511.0), Some(202511.0), Some(202511.0), Date)
        );
        // No year: the reference's.
        let march = Some(20250303.0);
        assert_eq!(read("pada 3 Maret"), (march, march, march, Date));
        // The part of the day, "tanggal" before it, are no obstacle.
        let more = "Selasa (21/10/2025). Sejak Senin (20/10) malam, hingga Senin (20/10) dini \
                    hari, berlaku tanggal 1 Agustus.";
        let mut found = find_quantities(more, Id);
        resolve_relative_dates(&mut found, Id, day);
        let values: Vec<(&str, Option<f64>)> =
            found.iter().map(|q| (q.text.as_str(), q.value)).collect();
        assert_eq!(
            values[1..],
            [
                ("Senin (20/10) malam", Some(20251020.0)),
                ("Senin (20/10) dini hari", Some(20251020.0)),
                ("tanggal 1 Agustus", Some(20250801.0)),
            ]
        );
        // After a date "besok" is "coming": no day of its own.
        let coming = find_quantities("paling lambat 9 Juli 2025 besok", Id);
        assert!(coming.iter().all(|q| q.text != "besok"), "{coming:#?}");
    }

    #[test]
    fn a_later_day_without_its_year_dates_an_article_that_quotes_an_old_one() {
        // id/024: a 2018 clarification that quotes a 2017 message.
        let text = "Polri, Minggu (4/11). Pesan itu beredar sejak Jumat (8/9/2017).";
        let found = find_quantities(text, Id);
        let (at, found_day) = reference_in(&found).expect("a dated day");
        assert_eq!(found[at].text, "Minggu (4/11)");
        assert_eq!(found_day, day(2018, 11, 4));
        // An earlier yearless day does not move the reference back.
        let text = "Rapat Rabu (15/5) dan Selasa (21/10/2025).";
        let found = find_quantities(text, Id);
        let (at, found_day) = reference_in(&found).expect("a dated day");
        assert_eq!(found[at].text, "Selasa (21/10/2025)");
        assert_eq!(found_day, day(2025, 10, 21));
        // Without any dated day, a yearless one alone fixes nothing.
        assert!(reference_in(&find_quantities("Polri, Minggu (4/11).", Id)).is_none());
    }

    #[test]
    fn the_reference_day_is_the_latest_whose_weekday_is_right() {
        // 22/10/2025 was a Wednesday, not a Tuesday: not trusted. The
        // earlier, correct date is the reference.
        let found = find_quantities(
            "Rabu (15/5/2024) rapat. Senin (20/10/2025) sidang. Selasa (22/10/2025) putusan.",
            Id,
        );
        let (at, day) = reference_in(&found).expect("a dated day");
        assert_eq!(found[at].text, "Senin (20/10/2025)");
        assert_eq!(day.to_string(), "2025-10-20");
        // A date without its day name dates nothing.
        assert!(reference_in(&find_quantities("pada 21 Oktober 2025", Id)).is_none());
        // English too: "Monday, March 3, 2025" is dated by its weekday.
        let found = find_quantities("on Monday, March 3, 2025, the bill passed", En);
        assert!(reference_in(&found).is_some(), "{found:#?}");
    }

    // ---------- the sixteenth round: forms from the LIAR statements ----------

    #[test]
    fn a_fraction_of_a_scale_starts_at_its_article() {
        for (text, span, value, approx) in [
            (
                "a quarter million people",
                "a quarter million",
                250_000.0,
                None,
            ),
            (
                "almost a quarter million of our neighbours",
                "almost a quarter million",
                250_000.0,
                Some(Approx::Nearly),
            ),
            (
                "nearly a half million jobs",
                "nearly a half million",
                500_000.0,
                Some(Approx::Nearly),
            ),
            ("a half-million jobs", "a half-million", 500_000.0, None),
            (
                "a quarter of a million people",
                "a quarter of a million",
                250_000.0,
                None,
            ),
            (
                "three quarters of a million dollars",
                "three quarters of a million dollars",
                750_000.0,
                None,
            ),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.approx),
                (span, Some(value), approx),
                "{text}"
            );
        }
        // a hyphen makes a fraction without "of": "one-quarter are"
        assert_eq!(one("one-quarter are Floridians", En).value, Some(0.25));
        assert_eq!(one("three-quarters went home", En).value, Some(0.75));
        // "three quarters" alone is still nine months
        assert_eq!(one("three quarters", En).category, Duration);
        // not a scale after it: a share, as "a half" is
        assert_eq!(one("a quarter of voters", En).value, Some(0.25));
        assert_eq!(one("a half of the people", En).value, Some(0.5));
    }

    #[test]
    fn grand_after_a_currency_sign_is_thousands() {
        check(
            "earning $60 grand a year",
            En,
            "$60 grand",
            Some(60_000.0),
            Some("USD"),
            Money,
        );
        check(
            "$40 grand in cash",
            En,
            "$40 grand",
            Some(40_000.0),
            Some("USD"),
            Money,
        );
        // the noun "grand" describes
        check(
            "a $500 grand prize",
            En,
            "$500",
            Some(500.0),
            Some("USD"),
            Money,
        );
        check("a $5 grand total", En, "$5", Some(5.0), Some("USD"), Money);
    }

    #[test]
    fn a_first_amount_takes_the_scale_of_the_last() {
        let values = |text: &str, lang| -> Vec<Option<f64>> {
            find_quantities(text, lang)
                .iter()
                .map(|q| q.value)
                .collect()
        };
        assert_eq!(values("$2 or $3 million", En), [Some(2e6), Some(3e6)]);
        assert_eq!(values("Rp 2 atau Rp 3 miliar", Id), [Some(2e9), Some(3e9)]);
        assert_eq!(
            values("$2, $3 or $4 billion", En),
            [Some(2e9), Some(3e9), Some(4e9)]
        );
        // larger than the last once scaled: its own amount
        assert_eq!(
            values("cost $20 or $3 million", En),
            [Some(20.0), Some(3e6)]
        );
    }

    #[test]
    fn percent_ranges_that_write_the_sign_twice() {
        for (text, lang, span, (lo, hi), approx) in [
            (
                "antara 10 persen dan 15 persen",
                Id,
                "antara 10 persen dan 15 persen",
                (10.0, 15.0),
                None,
            ),
            (
                "naik 10 persen hingga 15 persen",
                Id,
                "10 persen hingga 15 persen",
                (10.0, 15.0),
                None,
            ),
            (
                "sekitar 10 persen hingga 15 persen",
                Id,
                "sekitar 10 persen hingga 15 persen",
                (10.0, 15.0),
                Some(Approx::About),
            ),
            (
                "dari 10 persen hingga 15 persen",
                Id,
                "dari 10 persen hingga 15 persen",
                (10.0, 15.0),
                None,
            ),
            (
                "between 33 percent and 100 percent",
                En,
                "between 33 percent and 100 percent",
                (33.0, 100.0),
                None,
            ),
            (
                "fares rose anywhere from 25 percent to 47 percent",
                En,
                "from 25 percent to 47 percent",
                (25.0, 47.0),
                None,
            ),
            (
                "ranging from 5% to 9%",
                En,
                "from 5% to 9%",
                (5.0, 9.0),
                None,
            ),
            (
                "between 3.5% and 9%",
                En,
                "between 3.5% and 9%",
                (3.5, 9.0),
                None,
            ),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (q.text.as_str(), q.value, q.low, q.high, q.approx),
                (span, None, Some(lo), Some(hi), approx),
                "{text}"
            );
            assert_eq!(q.unit.as_deref(), Some("%"), "{text}");
        }
        // A change and its result, or a percentage and something else.
        for (text, lang) in [
            ("rose 5 percent to 30 percent", En),
            ("from 10% to 15%", En),
            ("rose from 10% to 15%", En),
            ("naik dari 10 persen menjadi 15 persen", Id),
            ("10 persen dan 15 persen", Id),
        ] {
            let found = find_quantities(text, lang);
            assert_eq!(found.len(), 2, "{text}: {found:#?}");
            assert!(
                found.iter().all(|q| q.value.is_some()),
                "{text}: {found:#?}"
            );
        }
        let found = find_quantities("tumbuh sebesar 50 persen hingga 2024", Id);
        assert_eq!(
            found
                .iter()
                .map(|q| (q.text.as_str(), q.category))
                .collect::<Vec<_>>(),
            [("50 persen", Percent), ("2024", Year)]
        );
    }

    #[test]
    fn some_after_a_round_number_is_rough() {
        for (text, span, value) in [
            ("for 40-some years we kept the peace", "40-some years", 40.0),
            ("thirty-some years", "thirty-some years", 30.0),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.approx),
                (span, Some(value), Some("year"), Some(Approx::About)),
                "{text}"
            );
        }
        // not after a number that is not round
        assert_eq!(one("the 1-some thing", En).text, "1");
    }

    #[test]
    fn stretches_of_a_year_and_a_half_reach_the_day_of_writing() {
        let october = day(2025, 10, 21);
        for (text, lang, from) in [
            ("in the last year and a half", En, 20_240_421.0),
            ("over the past decade and a half", En, 20_101_021.0),
            ("the last two and a half years", En, 20_230_421.0),
            ("the past 2.5 years", En, 20_230_421.0),
            ("dalam 1,5 tahun terakhir", Id, 20_240_421.0),
            ("satu setengah tahun terakhir", Id, 20_240_421.0),
            ("dua setengah tahun belakangan ini", Id, 20_230_421.0),
        ] {
            assert_eq!(
                read_on(text, lang, october),
                (None, Some(from), Some(20_251_021.0), Date),
                "{text}"
            );
        }
        // a length that is no whole number of months, or one of something else
        assert_eq!(read_on("1,5 bulan terakhir", Id, october).3, Duration);
        // counted back, a year and a half is 18 months: a month's date
        for (text, lang, month, approx) in [
            ("2,5 tahun lalu", Id, 202_304.0, None),
            ("a vote a year and a half ago", En, 202_404.0, None),
            (
                "almost a year-and-a-half ago",
                En,
                202_404.0,
                Some(Approx::Nearly),
            ),
        ] {
            assert_eq!(
                read_on(text, lang, october),
                (Some(month), Some(month), Some(month), Date),
                "{text}"
            );
            assert_eq!(one(text, lang).approx, approx, "{text}");
        }
        assert_eq!(one("for a year-and-a-half", En).value, Some(1.5));
        assert!(
            find_quantities("the last year and a half of his life", En)
                .iter()
                .all(|q| q.category != Date)
        );
    }

    #[test]
    fn english_days_of_a_month_as_ordinals() {
        let october = day(2025, 10, 21);
        for (text, span, value) in [
            (
                "on May fifteenth after the flight",
                "on May fifteenth",
                20_250_515.0,
            ),
            ("May 15th", "May 15th", 20_250_515.0),
            (
                "on the fifteenth of May",
                "on the fifteenth of May",
                20_250_515.0,
            ),
            (
                "on March twenty-first",
                "on March twenty-first",
                20_250_321.0,
            ),
            ("the 4th of July", "4th of July", 20_250_704.0),
        ] {
            let q = named(text, En, span);
            assert_eq!(q.category, Date, "{text}");
            assert_eq!(read_on(text, En, october).0, Some(value), "{text}");
        }
        check(
            "the twenty-first of March, 2020",
            En,
            "twenty-first of March, 2020",
            Some(20_200_321.0),
            None,
            Date,
        );
        check(
            "15th May 2024",
            En,
            "15th May 2024",
            Some(20_240_515.0),
            None,
            Date,
        );
        // "Sept. 11th" is the attacks of 2001 as often as a day this year
        assert_eq!(read_on("Sept. 11th", En, october).0, None);
        // an ordinal that is no day of a month
        for text in [
            "the first May Day rally",
            "May first-time buyers",
            "the third of the month",
        ] {
            assert!(
                find_quantities(text, En).iter().all(|q| q.category != Date),
                "{text}"
            );
        }
    }

    #[test]
    fn one_in_at_any_one_time_counts_nothing() {
        assert_eq!(
            one("at any one time about 100,000 are unaccounted for", En).text,
            "about 100,000"
        );
        nothing("At one time, he was", En);
        // still a count elsewhere
        assert_eq!(one("one time payment", En).value, Some(1.0));
    }

    #[test]
    fn english_areas_in_square_feet_miles_and_metres() {
        for (text, span, value, unit) in [
            (
                "his 3,000-square-foot house",
                "3,000-square-foot",
                3000.0,
                "ft2",
            ),
            (
                "a 2,000 square foot house",
                "2,000 square foot",
                2000.0,
                "ft2",
            ),
            (
                "2,000 square feet of office space",
                "2,000 square feet",
                2000.0,
                "ft2",
            ),
            ("2,000 sq. ft. of space", "2,000 sq. ft.", 2000.0, "ft2"),
            ("100 sq ft", "100 sq ft", 100.0, "ft2"),
            ("a 500-square-mile area", "500-square-mile", 500.0, "mi2"),
            (
                "a 10-square-kilometer park",
                "10-square-kilometer",
                10.0,
                "km2",
            ),
            ("40 sq m", "40 sq m", 40.0, "m2"),
            ("a square meter of land", "a square meter", 1.0, "m2"),
        ] {
            check(text, En, span, Some(value), Some(unit), Measure);
        }
    }

    #[test]
    fn ranges_of_months_are_one_date() {
        assert_ranges(
            Date,
            &[
                (
                    "sepanjang Januari-Agustus 2025 naik",
                    Id,
                    "Januari-Agustus 2025",
                    202_501.0,
                    202_508.0,
                ),
                (
                    "periode Januari hingga Maret 2025",
                    Id,
                    "Januari hingga Maret 2025",
                    202_501.0,
                    202_503.0,
                ),
                (
                    "antara Januari dan Juni 2024",
                    Id,
                    "Januari dan Juni 2024",
                    202_401.0,
                    202_406.0,
                ),
                (
                    "dari September 2024 sampai Maret 2025",
                    Id,
                    "September 2024 sampai Maret 2025",
                    202_409.0,
                    202_503.0,
                ),
                // across the new year, the year written once
                (
                    "Desember-Februari 2025",
                    Id,
                    "Desember-Februari 2025",
                    202_412.0,
                    202_502.0,
                ),
                (
                    "from January to March 2025",
                    En,
                    "January to March 2025",
                    202_501.0,
                    202_503.0,
                ),
                (
                    "March to June, 2024",
                    En,
                    "March to June, 2024",
                    202_403.0,
                    202_406.0,
                ),
                (
                    "between September 2005 and March 2006",
                    En,
                    "September 2005 and March 2006",
                    200_509.0,
                    200_603.0,
                ),
            ],
        );
        // Without a year a range whose months wait for the day of writing
        // (see `a_range_of_months_without_its_year_is_placed_as_a_bare_month`);
        // with a year only on the first, no range; two months joined by
        // "and" without "between" are two months.
        assert_eq!(one("Januari-Maret", Id).low, None);
        assert_eq!(one("Maret 2025 - April", Id).text, "Maret 2025");
        assert_eq!(one("in March and April 2025", En).text, "April 2025");
        // the same month twice is no range
        assert_eq!(
            find_quantities("Januari 2025 hingga Januari 2025", Id).len(),
            2
        );
    }

    #[test]
    fn ranges_of_years_after_since_and_tahun() {
        assert_ranges(
            Year,
            &[
                (
                    "sejak 2022 hingga 2024, KPK mencatat",
                    Id,
                    "sejak 2022 hingga 2024",
                    2022.0,
                    2024.0,
                ),
                (
                    "dari tahun 2020 hingga 2024",
                    Id,
                    "dari tahun 2020 hingga 2024",
                    2020.0,
                    2024.0,
                ),
                (
                    "sejak tahun 2022 hingga tahun 2024",
                    Id,
                    "sejak tahun 2022 hingga tahun 2024",
                    2022.0,
                    2024.0,
                ),
                (
                    "tahun 2022 sampai 2024",
                    Id,
                    "tahun 2022 sampai 2024",
                    2022.0,
                    2024.0,
                ),
                (
                    "periode 2010 hingga 2015",
                    Id,
                    "periode 2010 hingga 2015",
                    2010.0,
                    2015.0,
                ),
                (
                    "from 2002 through 2008",
                    En,
                    "from 2002 through 2008",
                    2002.0,
                    2008.0,
                ),
                (
                    "since 2009 through 2012",
                    En,
                    "since 2009 through 2012",
                    2009.0,
                    2012.0,
                ),
            ],
        );
        // "and" makes a range only after "between"; a later year first is none
        assert_eq!(find_quantities("sejak 2022 dan 2024", Id).len(), 2);
        assert_eq!(find_quantities("dari 2025 hingga 2020", Id).len(), 2);
    }

    #[test]
    fn a_law_number_with_a_lower_case_no() {
        for (text, span, value) in [
            (
                "tertera dalam UU. no 22 tahun 2009 tentang",
                "UU. no 22 tahun 2009",
                22.0,
            ),
            ("PP no. 5 tahun 2021", "PP no. 5 tahun 2021", 5.0),
            ("Permendagri no 20 tahun 2018", "no 20 tahun 2018", 20.0),
        ] {
            let q = one(text, Id);
            assert_eq!(
                (q.text.as_str(), q.category, q.value),
                (span, Identifier, Some(value)),
                "{text}"
            );
        }
        // "no" as a word still counts what follows
        check(
            "there were no 5 people",
            En,
            "5",
            Some(5.0),
            Some("people"),
            Count,
        );
    }

    #[test]
    fn a_bare_weekday_is_the_latest_up_to_the_day_unless_its_sentence_looks_ahead() {
        // Wednesday 22 October 2025
        let wednesday = day(2025, 10, 22);
        let read = |text: &str, lang| -> Vec<(String, Option<f64>)> {
            let mut found = find_quantities(text, lang);
            resolve_relative_dates(&mut found, lang, wednesday);
            resolve_weekdays_ahead(&mut found, text, 0, lang, wednesday);
            found
                .into_iter()
                .filter(|q| q.category == Date)
                .map(|q| (q.text, q.value))
                .collect()
        };
        let days = |pairs: &[(&str, f64)]| -> Vec<(String, Option<f64>)> {
            pairs
                .iter()
                .map(|(t, v)| (t.to_string(), Some(*v)))
                .collect()
        };
        for (text, lang, expected) in [
            ("kata dia, Selasa.", Id, &[("Selasa", 20_251_021.0)][..]),
            // the day of writing itself
            ("pada hari Rabu", Id, &[("pada hari Rabu", 20_251_022.0)]),
            (
                "He was arrested on Friday night.",
                En,
                &[("on Friday night", 20_251_017.0)],
            ),
            (
                "Sidang akan digelar pada Kamis.",
                Id,
                &[("pada Kamis", 20_251_023.0)],
            ),
            ("Rapat dijadwalkan Senin.", Id, &[("Senin", 20_251_027.0)]),
            // the reporting verb is nearer than the future of what it reports
            (
                "The minister said on Tuesday that the vote will be held on Thursday.",
                En,
                &[("on Tuesday", 20_251_021.0), ("on Thursday", 20_251_023.0)],
            ),
            // a future in the sentence before does not reach across it
            (
                "The vote will be held soon. He resigned on Monday.",
                En,
                &[("on Monday", 20_251_020.0)],
            ),
        ] {
            assert_eq!(read(text, lang), days(expected), "{text}");
        }
        // a clock time's point ends no sentence
        assert_eq!(
            read("Sidang akan digelar pukul 10.00 WIB pada Kamis.", Id)
                .into_iter()
                .filter(|(t, _)| t == "pada Kamis")
                .collect::<Vec<_>>(),
            days(&[("pada Kamis", 20_251_023.0)])
        );
        // without a day of writing, no value
        let found = find_quantities("kata dia, Selasa.", Id);
        assert_eq!(found[0].value, None);
    }

    #[test]
    fn a_two_digit_decade_is_an_age_a_decade_or_a_number() {
        for (text, lang, cat, low, high) in [
            ("people in their 80s", En, Duration, 80.0, 89.0),
            ("pria berusia 40-an", Id, Duration, 40.0, 49.0),
            ("the program for the 80s", En, Year, 1980.0, 1989.0),
            (
                "It was just the opposite in the 30s.",
                En,
                Year,
                1930.0,
                1939.0,
            ),
            ("tahun 80-an", Id, Year, 1980.0, 1989.0),
            // temperatures, and anything unclear, stay the numbers
            ("temperatures in the 80s", En, Number, 80.0, 89.0),
            ("Highs in the 70s", En, Number, 70.0, 79.0),
            ("skor 80-an", Id, Number, 80.0, 89.0),
        ] {
            let q = one(text, lang);
            assert_eq!(
                (q.category, q.value, q.low, q.high),
                (cat, None, Some(low), Some(high)),
                "{text}"
            );
        }
        assert_eq!(one("a man in his 40s", En).unit.as_deref(), Some("year"));
    }

    #[test]
    fn one_period_or_unit_right_after_an_amount_is_its_rate() {
        let texts = |text: &str| -> Vec<String> {
            find_quantities(text, En)
                .into_iter()
                .map(|q| q.text)
                .collect()
        };
        assert_eq!(texts("it will cost $2,500 a year"), ["$2,500"]);
        assert_eq!(texts("prices rose 10 percent a year"), ["10 percent"]);
        assert_eq!(texts("twice a year"), ["twice"]);
        assert_eq!(texts("they earn $40,000 an hour"), ["$40,000"]);
        assert_eq!(texts("5 days a week"), ["5 days"]);
        // past the counted noun too
        assert_eq!(texts("We lose 33,000 people a year already"), ["33,000"]);
        assert_eq!(texts("losing 750,000 jobs a month"), ["750,000"]);
        assert_eq!(texts("10 people a year ago"), ["10", "a year ago"]);
        // one unit after a price or a measure is its rate too
        assert_eq!(texts("gas was $3 a gallon"), ["$3"]);
        assert_eq!(texts("gold at $1,800 an ounce"), ["$1,800"]);
        assert_eq!(texts("beef at $2 a pound"), ["$2"]);
        assert_eq!(texts("it gets 30 miles a gallon"), ["30 miles"]);
        assert_eq!(texts("10 people a mile away"), ["10", "a mile"]);
        // a hedge after the rate bounds the amount
        let q = one("incomes of $51,000 a year or less", En);
        assert_eq!(
            (q.text.as_str(), q.approx),
            ("$51,000", Some(Approx::AtMost))
        );
        // a date counted from it still reads, and a period on its own counts
        assert_eq!(
            texts("raised $2 million a year ago"),
            ["$2 million", "a year ago"]
        );
        assert_eq!(texts("it rose 5% in a year"), ["5%", "a year"]);
        assert_eq!(
            texts("He spent $5. A year later he left."),
            ["$5", "A year"]
        );
    }

    #[test]
    fn a_range_or_a_hanging_hyphen_takes_the_unit_joined_after_it() {
        for (text, span, low, high, unit) in [
            (
                "10 to 15-year-olds",
                "10 to 15-year-olds",
                10.0,
                15.0,
                "year",
            ),
            (
                "a 5 to 10-minute walk",
                "5 to 10-minute",
                5.0,
                10.0,
                "minute",
            ),
            ("10-15-year-olds", "10-15-year-olds", 10.0, 15.0, "year"),
            (
                "among 15- to 19-year-olds",
                "15- to 19-year-olds",
                15.0,
                19.0,
                "year",
            ),
            (
                "between 12- and 17-year-olds",
                "between 12- and 17-year-olds",
                12.0,
                17.0,
                "year",
            ),
        ] {
            let q = one(text, En);
            assert_eq!(
                (q.text.as_str(), q.value, q.low, q.high, q.unit.as_deref()),
                (span, None, Some(low), Some(high), Some(unit)),
                "{text}"
            );
        }
        // two amounts, the first with the second's unit
        check(
            "injecting 11- and 12-year-old girls",
            En,
            "11",
            Some(11.0),
            Some("year"),
            Duration,
        );
        check(
            "15- and 30-year mortgages",
            En,
            "15",
            Some(15.0),
            Some("year"),
            Duration,
        );
        // a hyphen before anything else joins nothing
        assert_eq!(find_quantities("it was 5- and then 6", En)[0].unit, None);
    }
}
