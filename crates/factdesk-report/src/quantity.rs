//! Quantities written the same way in every report, whatever the article's
//! language: English digit grouping, the hedge in words, the unit after the
//! number and the currency code before it.
//!
//! "hampir 2.000 serangan udara" becomes `nearly 2,000 serangan udara`,
//! "satu digit ribuan" `1,000–9,999`, "Rp 4,5 miliar"
//! `IDR 4,500,000,000 (4.5 billion)`, "50 persen" `50 %`. Dates are
//! written as ISO dates when their day or month is known ("22 Januari 2015"
//! `2015-01-22`, "kemarin" `2025-10-20`, "pekan lalu" `2025-10-13 to
//! 2025-10-19`); clock times, identifiers and dates without a value are
//! names rather than amounts, so they keep the article's wording, and a
//! score keeps both sides in their order ("menang 2-1" `2–1`).

use factdesk_review::{Approx, Category, Quantity, iso_date};

/// The normalized reading of a quantity, for a reader to check against the
/// original wording (which reports print beside it).
pub fn normalize(quantity: &Quantity) -> String {
    match quantity.category {
        Category::Date => return date(quantity),
        Category::Time | Category::Identifier => {
            return quantity.text.trim().to_owned();
        }
        // Both sides as written, even when level ("3–3").
        Category::Score => {
            return match (quantity.low, quantity.high) {
                (Some(first), Some(second)) => {
                    format!("{}–{}", group_digits(first), group_digits(second))
                }
                _ => quantity.text.trim().to_owned(),
            };
        }
        Category::Year => {
            return match quantity.value {
                Some(year) if year.is_finite() && year.fract() == 0.0 && year.abs() < 1e6 => {
                    format!("{year:.0}")
                }
                _ => quantity.text.trim().to_owned(),
            };
        }
        _ => {}
    }
    let Some(amount) = amount(quantity) else {
        return quantity.text.trim().to_owned();
    };
    let unit = quantity
        .unit
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    let measured = match (quantity.category, unit) {
        (Category::Money, Some(code)) => format!("{code} {amount}"),
        (Category::Percent, _) => format!("{amount} %"),
        (Category::Ordinal, _) => amount,
        (_, Some(unit)) => format!("{amount} {unit}"),
        (_, None) => amount,
    };
    let scaled = match (quantity.category, quantity.value) {
        (Category::Ordinal | Category::Percent | Category::PercentagePoint, _) => None,
        (_, Some(value)) => scale_words(value),
        _ => None,
    };
    let hedged = match quantity.approx {
        Some(approx) => format!("{} {measured}", hedge(approx)),
        None => measured,
    };
    match scaled {
        Some(words) => format!("{hedged} ({words})"),
        None => hedged,
    }
}

/// A date as ISO 8601, a stretch of days as "FROM to TO", hedged as the
/// article hedged it; its wording when the value is unknown.
fn date(quantity: &Quantity) -> String {
    let written = match (quantity.value, quantity.low, quantity.high) {
        (Some(value), _, _) => iso_date(value),
        (None, Some(low), Some(high)) => iso_date(low)
            .zip(iso_date(high))
            .map(|(low, high)| format!("{low} to {high}")),
        _ => None,
    };
    match (written, quantity.approx) {
        (Some(written), Some(approx)) => format!("{} {written}", hedge(approx)),
        (Some(written), None) => written,
        (None, _) => quantity.text.trim().to_owned(),
    }
}

/// The hedge in English words.
fn hedge(approx: Approx) -> &'static str {
    match approx {
        Approx::About => "about",
        Approx::Nearly => "nearly",
        Approx::MoreThan => "more than",
        Approx::LessThan => "less than",
        Approx::AtLeast => "at least",
        Approx::AtMost => "up to",
        Approx::Estimated => "an estimated",
    }
}

/// The number part: a value, a range, or an open bound.
fn amount(quantity: &Quantity) -> Option<String> {
    let number = |value: f64| {
        if quantity.category == Category::Ordinal {
            ordinal(value)
        } else {
            group_digits(value)
        }
    };
    match (quantity.value, quantity.low, quantity.high) {
        (Some(value), _, _) => Some(number(value)),
        (None, Some(low), Some(high)) if low == high => Some(number(low)),
        (None, Some(low), Some(high)) => Some(format!("{}–{}", number(low), number(high))),
        (None, Some(low), None) => Some(format!("{} or more", number(low))),
        (None, None, Some(high)) => Some(format!("{} or less", number(high))),
        (None, None, None) => None,
    }
}

/// A number with comma thousands separators and at most four decimals
/// ("4,500,000,000", "3.25"); "?" for a value that is not a number.
pub fn group_digits(value: f64) -> String {
    if !value.is_finite() {
        return "?".to_owned();
    }
    let written = if value.fract() == 0.0 && value.abs() < 1e16 {
        format!("{value:.0}")
    } else {
        let fixed = format!("{value:.4}");
        fixed.trim_end_matches('0').trim_end_matches('.').to_owned()
    };
    let (sign, unsigned) = match written.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", written.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None if grouped == "0" => "0".to_owned(),
        None => format!("{sign}{grouped}"),
    }
}

/// "1st", "2nd", "3rd", "11th", "21st".
fn ordinal(value: f64) -> String {
    if !(value.is_finite() && value.fract() == 0.0 && (0.0..1e15).contains(&value)) {
        return group_digits(value);
    }
    let whole = value as u64;
    let suffix = match (whole % 10, whole % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{}{suffix}", group_digits(value))
}

/// "4.5 billion" for large values, so a long row of digits is read right.
fn scale_words(value: f64) -> Option<String> {
    const SCALES: [(f64, &str); 4] = [
        (1e15, "quadrillion"),
        (1e12, "trillion"),
        (1e9, "billion"),
        (1e6, "million"),
    ];
    if !value.is_finite() {
        return None;
    }
    let (scale, word) = SCALES.iter().find(|(scale, _)| value.abs() >= *scale)?;
    let scaled = value / scale;
    let rounded = (scaled * 1000.0).round() / 1000.0;
    Some(format!("{} {word}", group_digits(rounded)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quantity(text: &str, value: Option<f64>, low: Option<f64>, high: Option<f64>) -> Quantity {
        Quantity {
            text: text.to_owned(),
            start: 0,
            end: text.len(),
            value,
            low,
            high,
            unit: None,
            category: Category::Number,
            approx: None,
        }
    }

    #[test]
    fn digits_are_grouped_in_threes() {
        assert_eq!(group_digits(0.0), "0");
        assert_eq!(group_digits(-0.0), "0");
        assert_eq!(group_digits(999.0), "999");
        assert_eq!(group_digits(2000.0), "2,000");
        assert_eq!(group_digits(4_500_000_000.0), "4,500,000,000");
        assert_eq!(group_digits(-1234567.5), "-1,234,567.5");
        assert_eq!(group_digits(3.25), "3.25");
        assert_eq!(group_digits(1.0 / 3.0), "0.3333");
        assert_eq!(group_digits(f64::NAN), "?");
    }

    #[test]
    fn hedged_counts_ranges_money_and_percent() {
        let mut airstrikes = quantity(
            "hampir 2.000 serangan udara",
            Some(2000.0),
            Some(2000.0),
            Some(2000.0),
        );
        airstrikes.category = Category::Count;
        airstrikes.unit = Some("serangan udara".to_owned());
        airstrikes.approx = Some(Approx::Nearly);
        assert_eq!(normalize(&airstrikes), "nearly 2,000 serangan udara");

        let thousands = quantity("satu digit ribuan", None, Some(1000.0), Some(9999.0));
        assert_eq!(normalize(&thousands), "1,000–9,999");

        let mut money = quantity("Rp 4,5 miliar", Some(4.5e9), Some(4.5e9), Some(4.5e9));
        money.category = Category::Money;
        money.unit = Some("IDR".to_owned());
        assert_eq!(normalize(&money), "IDR 4,500,000,000 (4.5 billion)");

        let mut percent = quantity("50 persen", Some(50.0), Some(50.0), Some(50.0));
        percent.category = Category::Percent;
        percent.unit = Some("%".to_owned());
        assert_eq!(normalize(&percent), "50 %");

        let mut open = quantity("lebih dari 21 negara", None, Some(21.0), None);
        open.category = Category::Count;
        open.unit = Some("negara".to_owned());
        assert_eq!(normalize(&open), "21 or more negara");
    }

    #[test]
    fn a_score_keeps_both_sides_in_order() {
        let mut win = quantity("2-1", None, Some(2.0), Some(1.0));
        win.category = Category::Score;
        assert_eq!(normalize(&win), "2–1");
        // Level, it is still two sides, not one number.
        let mut draw = quantity("3-3", None, Some(3.0), Some(3.0));
        draw.category = Category::Score;
        assert_eq!(normalize(&draw), "3–3");
        let mut tally = quantity("300-131", None, Some(300.0), Some(131.0));
        tally.category = Category::Score;
        assert_eq!(normalize(&tally), "300–131");
    }

    #[test]
    fn dates_are_written_as_iso_dates() {
        let mut day = quantity(
            "22 Januari 2015",
            Some(20150122.0),
            Some(20150122.0),
            Some(20150122.0),
        );
        day.category = Category::Date;
        assert_eq!(normalize(&day), "2015-01-22");
        let mut month = quantity("Maret 2024", Some(202403.0), Some(202403.0), Some(202403.0));
        month.category = Category::Date;
        assert_eq!(normalize(&month), "2024-03");
        let mut week = quantity("pekan lalu", None, Some(20251013.0), Some(20251019.0));
        week.category = Category::Date;
        assert_eq!(normalize(&week), "2025-10-13 to 2025-10-19");
        let mut stretch = quantity(
            "sekitar 3 bulan terakhir",
            None,
            Some(20250721.0),
            Some(20251021.0),
        );
        stretch.category = Category::Date;
        stretch.approx = Some(Approx::About);
        assert_eq!(normalize(&stretch), "about 2025-07-21 to 2025-10-21");
        // Not read (no reference day): the wording.
        let mut unread = quantity("kemarin", None, None, None);
        unread.category = Category::Date;
        assert_eq!(normalize(&unread), "kemarin");
        // A value that is no date code: the wording, never a made-up day.
        let mut odd = quantity("Rabu", Some(3.0), Some(3.0), Some(3.0));
        odd.category = Category::Date;
        assert_eq!(normalize(&odd), "Rabu");
    }

    #[test]
    fn names_keep_their_wording() {
        let mut date = quantity("pada hari Rabu", None, None, None);
        date.category = Category::Date;
        assert_eq!(normalize(&date), "pada hari Rabu");
        let mut year = quantity("tahun 2015", Some(2015.0), Some(2015.0), Some(2015.0));
        year.category = Category::Year;
        assert_eq!(normalize(&year), "2015");
        let mut third = quantity("ketiga", Some(3.0), Some(3.0), Some(3.0));
        third.category = Category::Ordinal;
        assert_eq!(normalize(&third), "3rd");
        let vague = quantity("berbulan-bulan", None, None, None);
        assert_eq!(normalize(&vague), "berbulan-bulan");
    }
}
