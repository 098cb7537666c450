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

mod digits;
mod grammar;
mod hedges;
mod lexicon;
mod scan;
mod tokens;
mod units;
mod words;

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

/// Finds every quantity in `text`, read with the conventions of `lang`.
///
/// Results are sorted by `start` and never overlap.
pub fn find_quantities(text: &str, lang: Language) -> Vec<Quantity> {
    scan::find(text, lang)
}
