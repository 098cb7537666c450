//! Dates relative to the day of writing ("kemarin", "tahun lalu", "three
//! years ago", "Rabu (15/5)"), and reading them from a reference day.
//!
//! The grammar marks such a date with its span and no value, since the
//! text alone does not say which day "yesterday" was. Given the day the
//! article was written (told by the user, or found in the article by
//! [`reference_in`]), [`resolve_relative_dates`] reads each one again from
//! its text and fills in the calendar value, in the same encoding as the
//! absolute dates: YYYYMMDD for a day, YYYYMM for a month, a YYYYMMDD range
//! (Monday to Sunday) for a week, the year for a year, and a YYYYMMDD range
//! ending on the day of writing for a stretch that reaches it ("10 tahun
//! terakhir", "the past five years").

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::lexicon::W;
use crate::{Category, Language, Quantity, WEEKDAYS_EN, WEEKDAYS_ID};

/// The calendar unit a relative date counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

impl Period {
    /// The category of a date of this precision: a year stands alone as
    /// "2023" does.
    pub(crate) fn category(self) -> Category {
        match self {
            Period::Year | Period::Decade => Category::Year,
            _ => Category::Date,
        }
    }

    /// The period a duration's unit (as the grammar writes it) counts in.
    pub(crate) fn of_unit(unit: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.unit() == unit)
    }

    const ALL: [Period; 5] = [
        Period::Day,
        Period::Week,
        Period::Month,
        Period::Year,
        Period::Decade,
    ];

    /// The unit a duration of this period has, as the grammar writes it.
    fn unit(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
            Period::Decade => "decade",
        }
    }
}

/// A date `offset` periods after (negative: before) the day of writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Relative {
    pub period: Period,
    pub offset: i64,
}

impl Relative {
    /// `n` periods of `unit` (a duration's unit as the grammar writes it)
    /// before the day of writing: "tiga tahun lalu", and "a year and a
    /// half ago" 18 months (see [`in_whole_periods`]).
    pub(crate) fn back(unit: &str, n: f64) -> Option<Relative> {
        let (period, count) = in_whole_periods(unit, n)?;
        Some(Relative {
            period,
            offset: -count,
        })
    }

    /// `n` periods of `unit` after the day of writing: "tiga tahun lagi",
    /// "two weeks from now".
    pub(crate) fn ahead(unit: &str, n: f64) -> Option<Relative> {
        let (period, count) = in_whole_periods(unit, n)?;
        Some(Relative {
            period,
            offset: count,
        })
    }
}

/// A length of time a date can count: `n` whole periods of `unit`, from
/// 1 to 1,000 ("a few years" counts none).
fn whole_periods(unit: &str, n: f64) -> Option<(Period, i64)> {
    let period = Period::of_unit(unit)?;
    (n.fract() == 0.0 && (1.0..=1000.0).contains(&n)).then_some((period, n as i64))
}

/// [`whole_periods`], or a length in years or decades that is a whole
/// number of months or years counted in those: "1,5 tahun" is 18 months,
/// "a decade and a half" 15 years ("2,25 bulan" counts none).
fn in_whole_periods(unit: &str, n: f64) -> Option<(Period, i64)> {
    if let Some(whole) = whole_periods(unit, n) {
        return Some(whole);
    }
    let (smaller, per) = match Period::of_unit(unit)? {
        Period::Year => ("month", 12.0),
        Period::Decade => ("year", 10.0),
        _ => return None,
    };
    whole_periods(smaller, n * per)
}

/// A stretch of `count` periods that reaches up to the day of writing:
/// "10 tahun terakhir", "the past five years", "the last decade".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Recent {
    pub period: Period,
    pub count: i64,
}

impl Recent {
    /// The `n` whole periods of `unit` (a duration's unit as the grammar
    /// writes it) up to the day of writing; a length in years or decades
    /// that is a whole number of months or years counts those ("1,5 tahun
    /// terakhir" is the last 18 months, "the past decade and a half" the
    /// last 15 years).
    pub(crate) fn of_length(unit: &str, n: f64) -> Option<Recent> {
        let (period, count) = in_whole_periods(unit, n)?;
        Some(Recent { period, count })
    }
}

/// The period one of which lies between a date and the one the words at
/// the start of `words` name, and how many words they take: "tahun
/// sebelumnya", "setahun sebelumnya", "periode yang sama tahun
/// sebelumnya", "bulan sebelumnya"; "a year earlier", "a year before",
/// "the year before", "the previous month", "the prior year". The date it
/// counts back from is the one the sentence names before it (see
/// [`resolve_earlier_dates`]).
pub(crate) fn earlier_at(words: &[&str], lang: Language) -> Option<(Period, usize)> {
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    // The period words of relative dates ("tahun lalu"), and their one-of
    // forms ("setahun") and English "day", which "a day earlier" takes.
    let period_of = |k: usize| {
        let word = *words.get(k)?;
        period_word(word, lang).or_else(|| match lang {
            Language::Id => word
                .get(..2)
                .filter(|se| se.eq_ignore_ascii_case("se"))
                .and_then(|_| period_word(&word[2..], lang)),
            Language::En => word.eq_ignore_ascii_case("day").then_some(Period::Day),
        })
    };
    match lang {
        Language::Id => {
            let at = if is(0, "periode") && is(1, "yang") && is(2, "sama") {
                3
            } else {
                0
            };
            let period = period_of(at)?;
            is(at + 1, "sebelumnya").then_some((period, at + 2))
        }
        Language::En => {
            if is(0, "a") && (is(2, "earlier") || is(2, "before")) {
                return Some((period_of(1)?, 3));
            }
            if is(0, "the") && is(2, "before") {
                return Some((period_of(1)?, 3));
            }
            if is(0, "the") && (is(1, "previous") || is(1, "prior") || is(1, "preceding")) {
                return Some((period_of(2)?, 3));
            }
            None
        }
    }
}

/// Whether `quantity` counts back from a date before it ("tahun
/// sebelumnya", "a year earlier"): see [`resolve_earlier_dates`].
pub fn is_earlier_date(quantity: &Quantity, lang: Language) -> bool {
    matches!(quantity.category, Category::Date | Category::Year)
        && earlier_at(&words_of(&quantity.text), lang)
            .is_some_and(|(_, n)| n == words_of(&quantity.text).len())
}

/// How far before a date that counts back from it ("a year earlier") the
/// date it counts from may start: about a sentence.
const EARLIER_REACH: usize = 400;

/// Gives each date in `quantities` that counts back from a date before it
/// ("tahun sebelumnya", "periode yang sama tahun sebelumnya", "a year
/// earlier", "the previous month") its value: one period before the
/// nearest dated quantity before it (within about a sentence; callers
/// pass one sentence's quantities when they know them) at that date's own
/// precision: "hingga Mei 2025 … periode yang sama tahun sebelumnya" is
/// May 2024 (202405), "2024 … tahun sebelumnya" 2023. Without such a date
/// no value: the day of writing is no safe stand-in, since reported
/// figures lag it ("naik 25,61% dari bulan sebelumnya" in July compares
/// May with April). Quantities already valued are left as they are.
pub fn resolve_earlier_dates(quantities: &mut [Quantity], lang: Language) {
    for k in 0..quantities.len() {
        let q = &quantities[k];
        let open = q.value.is_none() && q.low.is_none() && q.high.is_none();
        if !open || !is_earlier_date(q, lang) {
            continue;
        }
        let Some((period, _)) = earlier_at(&words_of(&q.text), lang) else {
            continue;
        };
        let read = earlier_date_anchor(&quantities[..k], q).and_then(|anchor| {
            let back = |v: Option<f64>| v.and_then(|v| one_period_before(v, period));
            let value = back(anchor.value);
            Some((
                value,
                back(anchor.low)?,
                back(anchor.high)?,
                anchor.category,
            ))
        });
        if let Some((value, low, high, category)) = read {
            let q = &mut quantities[k];
            q.value = value;
            q.low = Some(low);
            q.high = Some(high);
            q.category = category;
        }
    }
}

/// The dated quantity among `before` (the quantities before `q`, in text
/// order) that a date counting back from it (`q`, "tahun sebelumnya")
/// counts from: the nearest one ending before `q`, within about a
/// sentence. The interface names it beside the reading.
pub fn earlier_date_anchor<'a>(before: &'a [Quantity], q: &Quantity) -> Option<&'a Quantity> {
    // Quantities are in text order: stop at the first one too far back,
    // so a long text full of these costs no more than its quantities.
    before
        .iter()
        .rev()
        .take_while(|a| q.start.saturating_sub(a.start) <= EARLIER_REACH)
        .find(|a| {
            matches!(a.category, Category::Date | Category::Year)
                && a.low.is_some()
                && a.high.is_some()
                && a.end <= q.start
        })
}

/// Gives the dates a sentence (`text`, starting at `text_start` in the
/// article) reads from the day of writing their final value, once
/// [`resolve_relative_dates`] has read them: a weekday its tense puts ahead
/// ([`resolve_weekdays_ahead`], only with a `reference` day), then the
/// dates counted back from the date before them
/// ([`resolve_earlier_dates`]), which may be one of those. Extraction,
/// `factdesk quantities` and a publication day set later all read a
/// sentence this way.
pub fn resolve_sentence_dates(
    quantities: &mut [Quantity],
    text: &str,
    text_start: usize,
    lang: Language,
    reference: Option<NaiveDate>,
) {
    if let Some(reference) = reference {
        resolve_weekdays_ahead(quantities, text, text_start, lang, reference);
    }
    resolve_listed_days(quantities, text, text_start);
    resolve_earlier_dates(quantities, lang);
}

/// Gives each day listed beside a dated day of the same month ("3" of
/// "pada 3 dan 4 Maret", "4" of "March 3 and 4"; the grammar finds them
/// and values those whose list writes its year) the month and year of
/// its neighbour in the list, once that neighbour has been read. A list
/// is walked from its dated end: "3, 4 dan 5 Maret" from the right,
/// "March 3, 4 and 5" from the left.
fn resolve_listed_days(quantities: &mut [Quantity], text: &str, text_start: usize) {
    // most sentences have no value-less date: nothing to look at
    if !quantities
        .iter()
        .any(|q| q.category == Category::Date && q.value.is_none() && q.low.is_none())
    {
        return;
    }
    let listed = |q: &Quantity| -> Option<u32> {
        if q.category != Category::Date || q.value.is_some() || q.low.is_some() {
            return None;
        }
        let words = words_of(&q.text);
        let [day] = without_opener(&words) else {
            return None;
        };
        let digits = day.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    };
    // Only list words between the two: a comma, "dan", "and", "&" …
    let joined = |a: &Quantity, b: &Quantity| {
        let between = a
            .end
            .checked_sub(text_start)
            .zip(b.start.checked_sub(text_start))
            .and_then(|(from, to)| text.get(from..to));
        between.is_some_and(|between| {
            between
                .split(|c: char| c.is_whitespace() || c == ',')
                .all(|w| w.is_empty() || ["dan", "and", "atau", "or", "serta", "&"].contains(&w))
        })
    };
    let take = |quantities: &mut [Quantity], k: usize, from: usize| {
        let Some(day) = listed(&quantities[k]) else {
            return;
        };
        let anchor = &quantities[from];
        let Some(month) = anchor.value.and_then(day_of) else {
            return;
        };
        if !joined(&quantities[k.min(from)], &quantities[k.max(from)]) {
            return;
        }
        if let Some(value) = month.with_day(day).and_then(ymd) {
            let q = &mut quantities[k];
            (q.value, q.low, q.high) = (Some(value), Some(value), Some(value));
        }
    };
    for k in (0..quantities.len().saturating_sub(1)).rev() {
        take(quantities, k, k + 1);
    }
    for k in 1..quantities.len() {
        take(quantities, k, k - 1);
    }
}

/// A date value (a year, YYYYMM or YYYYMMDD) one `period` earlier, at its
/// own precision: a year back from 202405 is 202305; a month back from a
/// year is no date (`None`), nor a day back from a month.
fn one_period_before(value: f64, period: Period) -> Option<f64> {
    if value.fract() != 0.0 || value < 0.0 {
        return None;
    }
    if (0.0..=9999.0).contains(&value) {
        // a year: only a year (or a decade) back
        return match period {
            Period::Year => (value >= 1.0).then_some(value - 1.0),
            Period::Decade => (value >= 10.0).then_some(value - 10.0),
            _ => None,
        };
    }
    if let Some(day) = day_of(value) {
        let back = match period {
            Period::Day => day.checked_sub_days(Days::new(1))?,
            Period::Week => day.checked_sub_days(Days::new(7))?,
            Period::Month => day.checked_sub_months(Months::new(1))?,
            Period::Year => day.checked_sub_months(Months::new(12))?,
            Period::Decade => day.checked_sub_months(Months::new(120))?,
        };
        return ymd(back);
    }
    // YYYYMM
    if !(100_001.0..=999_912.0).contains(&value) {
        return None;
    }
    let n = value as u32;
    let (year, month) = (n / 100, n % 100);
    let first = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, 1)?;
    let back = match period {
        Period::Month => first.checked_sub_months(Months::new(1))?,
        Period::Year => first.checked_sub_months(Months::new(12))?,
        Period::Decade => first.checked_sub_months(Months::new(120))?,
        Period::Day | Period::Week => return None,
    };
    ym(back)
}

/// A holiday whose day the Gregorian calendar fixes, as news names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// 25 December ("Christmas", "Christmas Day", "Natal", "Hari Natal").
    Christmas,
    /// 24 December ("Christmas Eve", "malam Natal").
    ChristmasEve,
    /// 1 January ("New Year's Day", "Tahun Baru").
    NewYear,
    /// 31 December ("New Year's Eve", "malam Tahun Baru").
    NewYearsEve,
    /// 25 December to 1 January ("Nataru": Natal dan Tahun Baru).
    Nataru,
    /// 17 August, Indonesia's independence day ("Hari Kemerdekaan", "HUT
    /// RI").
    IndependenceId,
    /// The fourth Thursday of November (the United States').
    Thanksgiving,
}

impl Holiday {
    /// Its first and last day in `year` (the last in the next year for
    /// "Nataru").
    pub(crate) fn days(self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        let on = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);
        let one = |day: Option<NaiveDate>| day.map(|d| (d, d));
        match self {
            Holiday::Christmas => one(on(12, 25)),
            Holiday::ChristmasEve => one(on(12, 24)),
            Holiday::NewYear => one(on(1, 1)),
            Holiday::NewYearsEve => one(on(12, 31)),
            Holiday::Nataru => Some((on(12, 25)?, NaiveDate::from_ymd_opt(year + 1, 1, 1)?)),
            Holiday::IndependenceId => one(on(8, 17)),
            Holiday::Thanksgiving => one(NaiveDate::from_weekday_of_month_opt(
                year,
                11,
                Weekday::Thu,
                4,
            )),
        }
    }
}

/// A holiday named at the start of `words`, with the year written after
/// it or the offset from the day of writing a word before it gives
/// ("last Christmas", "Natal tahun lalu"), and how many words it takes.
/// Only capitalized names: "tahun baru" in lower case is any new year.
pub(crate) fn holiday_at(words: &[&str], lang: Language) -> Option<(Holiday, HolidayYear, usize)> {
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| *x == w);
    let (holiday, mut n) = match lang {
        Language::En => {
            // "this/last/next Christmas"
            let first = |w: &str| words.first().is_some_and(|x| x.eq_ignore_ascii_case(w));
            let (which, at) = if first("this") {
                (Some(HolidayYear::Calendar(0)), 1)
            } else if first("last") {
                (Some(HolidayYear::Before), 1)
            } else if first("next") {
                (Some(HolidayYear::After), 1)
            } else {
                (None, 0)
            };
            let is = |k: usize, w: &str| is(at + k, w);
            let (holiday, n) = if is(0, "Christmas") && is(1, "Eve") {
                (Holiday::ChristmasEve, 2)
            } else if is(0, "Christmas") {
                (Holiday::Christmas, if is(1, "Day") { 2 } else { 1 })
            } else if is(0, "New") && is(1, "Year") && is(2, "s") && is(3, "Eve") {
                (Holiday::NewYearsEve, 4)
            } else if is(0, "New") && is(1, "Year") && is(2, "s") && is(3, "Day") {
                (Holiday::NewYear, 4)
            } else if is(0, "Thanksgiving") {
                (Holiday::Thanksgiving, if is(1, "Day") { 2 } else { 1 })
            } else {
                return None;
            };
            if let Some(which) = which {
                return Some((holiday, which, at + n));
            }
            (holiday, n)
        }
        Language::Id => {
            let (malam, at) = if words
                .first()
                .is_some_and(|w| w.eq_ignore_ascii_case("malam"))
            {
                (true, 1)
            } else if words.first().is_some_and(|w| *w == "Hari") {
                (false, 1)
            } else {
                (false, 0)
            };
            let is = |k: usize, w: &str| is(at + k, w);
            let holiday = if is(0, "Natal") {
                if malam {
                    Holiday::ChristmasEve
                } else {
                    Holiday::Christmas
                }
            } else if is(0, "Tahun") && is(1, "Baru") {
                // "Tahun Baru Imlek", "Tahun Baru Islam": other calendars
                let other = words.get(at + 2).is_some_and(|w| {
                    [
                        "Imlek", "Islam", "Hijriah", "Hijriyah", "Cina", "China", "Saka",
                    ]
                    .iter()
                    .any(|o| w.eq_ignore_ascii_case(o))
                });
                if other {
                    return None;
                }
                if malam {
                    Holiday::NewYearsEve
                } else {
                    Holiday::NewYear
                }
            } else if is(0, "Nataru") && !malam {
                Holiday::Nataru
            } else if is(0, "Kemerdekaan") && at == 1 && !malam {
                // "Hari Kemerdekaan (RI)", not another country's
                let other = words.get(at + 1).is_some_and(|w| {
                    w.starts_with(|c: char| c.is_uppercase()) && *w != "RI" && *w != "Indonesia"
                });
                if other {
                    return None;
                }
                Holiday::IndependenceId
            } else if is(0, "HUT") && is(1, "RI") && at == 0 {
                Holiday::IndependenceId
            } else {
                return None;
            };
            let mut n = at
                + match holiday {
                    Holiday::NewYear | Holiday::NewYearsEve | Holiday::IndependenceId
                        if !is(0, "Kemerdekaan") =>
                    {
                        2
                    }
                    _ => 1,
                };
            if is(0, "Kemerdekaan") && (is(1, "RI") || is(1, "Indonesia")) {
                n += 1;
            }
            // "HUT RI ke-80": the 80th anniversary of 1945, in 2025
            if holiday == Holiday::IndependenceId && is(0, "HUT") && is(2, "ke") {
                let nth: i32 = words
                    .get(3)?
                    .parse()
                    .ok()
                    .filter(|n| (1..=200).contains(n))?;
                return Some((holiday, HolidayYear::Written(1945 + nth), 4));
            }
            (holiday, n)
        }
    };
    // "Natal 2024", "Christmas 2024"; "Natal tahun lalu"
    if let Some(year) = words.get(n).and_then(|w| year_word(w)) {
        return Some((holiday, HolidayYear::Written(year), n + 1));
    }
    if lang == Language::Id
        && words
            .get(n)
            .is_some_and(|w| w.eq_ignore_ascii_case("tahun"))
        && let Some(offset) = words
            .get(n + 1)
            .and_then(|w| direction_after(Period::Year, w))
    {
        n += 2;
        return Some((holiday, HolidayYear::Calendar(offset as i32), n));
    }
    Some((holiday, HolidayYear::Nearest, n))
}

/// Which year a holiday's name means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HolidayYear {
    /// Written after it: "Natal 2024".
    Written(i32),
    /// That many calendar years from the day of writing: "Natal tahun
    /// lalu" (-1), "this Christmas" (0).
    Calendar(i32),
    /// The latest one before the day of writing: "last Christmas".
    Before,
    /// The first one after the day of writing: "next Christmas".
    After,
    /// Nothing says: the occurrence nearest the day of writing.
    Nearest,
}

/// A four-digit year from 1800 to 2100, as the grammar reads one.
fn year_word(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

/// The days (low, high) as YYYYMMDD of `holiday` in the year `year`
/// says, read from `reference` when it is not written (see
/// [`HolidayYear`]).
pub(crate) fn place_holiday(
    holiday: Holiday,
    year: HolidayYear,
    reference: Option<NaiveDate>,
) -> Option<(f64, f64)> {
    let shifted = |reference: NaiveDate, by: i32| holiday.days(reference.year().checked_add(by)?);
    let (low, high) = match year {
        HolidayYear::Written(y) => holiday.days(y)?,
        HolidayYear::Calendar(offset) => shifted(reference?, offset)?,
        HolidayYear::Before => {
            let reference = reference?;
            let this = shifted(reference, 0)?;
            if this.0 < reference {
                this
            } else {
                shifted(reference, -1)?
            }
        }
        HolidayYear::After => {
            let reference = reference?;
            let this = shifted(reference, 0)?;
            if this.0 > reference {
                this
            } else {
                shifted(reference, 1)?
            }
        }
        HolidayYear::Nearest => {
            let reference = reference?;
            (-1..=1)
                .filter_map(|by| shifted(reference, by))
                .min_by_key(|(d, _)| (*d - reference).num_days().abs())?
        }
    };
    Some((ymd(low)?, ymd(high)?))
}

/// A part of a year named without the year: "kuartal III", "triwulan I
/// ini", "semester I tahun lalu", "the first quarter of this year", "the
/// first six months of this year", "tiga bulan terakhir tahun lalu".
/// `first` is its first month (1 to 12) and `months` how many it spans;
/// `year` is the year's offset from the day of writing when the words say
/// it, `None` when they leave it to the reader (see [`place_part`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PartOfYear {
    pub first: u32,
    pub months: u32,
    pub year: Option<i64>,
}

/// The months that "the first six months of", "the last three months
/// of", "the first two quarters of", "sembilan bulan pertama", "tiga
/// bulan terakhir", "dua triwulan pertama" at the start of
/// `words` name within a year (first month, how many), and how many words
/// they take; the year follows them.
pub(crate) fn months_of_year_at(words: &[&str], lang: Language) -> Option<(u32, u32, usize)> {
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    // how many months: 2 to 11, in digits or a word
    let count = |k: usize| -> Option<u32> {
        let word = *words.get(k)?;
        let n = word.parse::<u32>().ok().or_else(|| {
            crate::lexicon::lookup(word, lang)
                .0
                .iter()
                .find_map(|w| match *w {
                    W::IdDigit(v) | W::EnDigit(v) | W::EnTeen(v) | W::IdSe(v, 1) => Some(v as u32),
                    _ => None,
                })
        })?;
        (2..=11).contains(&n).then_some(n)
    };
    // months in one of the counted periods: "bulan", "triwulan", "quarters"
    let period = |k: usize| match lang {
        Language::En if is(k, "months") => Some(1),
        Language::En if is(k, "quarters") => Some(3),
        Language::Id if is(k, "bulan") => Some(1),
        Language::Id if is(k, "triwulan") || is(k, "kuartal") => Some(3),
        _ => None,
    };
    let (from_start, n, months_each, len) = match lang {
        Language::En => {
            let from_start = if is(0, "first") {
                true
            } else if is(0, "last") || is(0, "final") {
                false
            } else {
                return None;
            };
            if !is(3, "of") {
                return None;
            }
            (from_start, count(1)?, period(2)?, 4)
        }
        Language::Id => {
            let from_start = if is(2, "pertama") {
                true
            } else if is(2, "terakhir") {
                false
            } else {
                return None;
            };
            (from_start, count(0)?, period(1)?, 3)
        }
    };
    let months = n * months_each;
    if months > 11 {
        return None;
    }
    let first = if from_start { 1 } else { 13 - months };
    Some((first, months, len))
}

/// The part of a year the words at the start of `words` name without its
/// year, and how many words it takes: counted months ("the first six
/// months of this year", see [`counted_months_of_year_at`]), quarters and
/// halves. Indonesian "kuartal"/"triwulan"
/// stand alone ("kuartal III"), as business news writes of this year's
/// quarters; "semester" and "paruh" need the year's words after them
/// ("semester I ini", "paruh kedua tahun lalu"), since alone they are a
/// school's semesters or a match's halves. English needs "of this (last,
/// next) year" ("the first quarter of this year"), for the same reason.
pub(crate) fn part_of_year_at(words: &[&str], lang: Language) -> Option<(PartOfYear, usize)> {
    if let Some(found) = counted_months_of_year_at(words, lang) {
        return Some(found);
    }
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    let ordinal = |word: &str| {
        crate::lexicon::lookup(word, lang)
            .0
            .iter()
            .find_map(|w| match w {
                W::Ordinal(o) if (1.0..=4.0).contains(o) => Some(*o as u32),
                _ => None,
            })
    };
    let (months, index, year, n) = match lang {
        Language::Id => {
            let (months, alone) = if is(0, "kuartal") || is(0, "triwulan") {
                (3, true)
            } else if is(0, "semester") || is(0, "paruh") {
                (6, false)
            } else {
                return None;
            };
            let second = *words.get(1)?;
            let index = match second {
                "I" => 1,
                "II" => 2,
                "III" => 3,
                "IV" => 4,
                _ => second
                    .parse::<u32>()
                    .ok()
                    .filter(|_| months == 3)
                    .or_else(|| ordinal(second))?,
            };
            let (year, n) = if is(2, "ini") {
                (Some(0), 3)
            } else if is(2, "tahun")
                && let Some(o) = words.get(3).and_then(|w| direction_after(Period::Year, w))
            {
                (Some(o), 4)
            } else if alone {
                (None, 2)
            } else {
                return None;
            };
            (months, index, year, n)
        }
        Language::En => {
            let index = ordinal(words.first()?)?;
            let months = if is(1, "quarter") {
                3
            } else if is(1, "half") {
                6
            } else {
                return None;
            };
            if !is(2, "of") || !is(4, "year") {
                return None;
            }
            let year = direction_before(words.get(3)?)?;
            (months, index, Some(year), 5)
        }
    };
    // (the first month is worked out only for a part the year has:
    // "kuartal 0" has none)
    (index >= 1 && index * months <= 12).then(|| {
        (
            PartOfYear {
                first: months * (index - 1) + 1,
                months,
                year,
            },
            n,
        )
    })
}

/// [`months_of_year_at`] with the words of its year after it: "the first
/// six months of this year" ("the year", "last year", "next year"),
/// "sembilan bulan pertama tahun ini" ("tahun lalu", "tahun depan").
fn counted_months_of_year_at(words: &[&str], lang: Language) -> Option<(PartOfYear, usize)> {
    let (first, months, n) = months_of_year_at(words, lang)?;
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    let year = match lang {
        Language::En if is(n + 1, "year") => {
            let word = *words.get(n)?;
            if word.eq_ignore_ascii_case("the") {
                0
            } else {
                direction_before(word)?
            }
        }
        Language::Id if is(n, "tahun") => direction_after(Period::Year, words.get(n + 1)?)?,
        _ => return None,
    };
    // "in the last nine months of this year, we've had a drop": said
    // before the year is out, the months up to the day of speaking, which
    // the words do not tell apart from the year's last months
    if first > 1 && year == 0 {
        return None;
    }
    let part = PartOfYear {
        first,
        months,
        year: Some(year),
    };
    Some((part, n + 2))
}

/// The months (low, high) as YYYYMM that `part` spans on `reference`: in
/// the year its words say, else the reference's, unless the part would
/// begin over three months after the reference ("kuartal IV" written in
/// February is last year's).
fn place_part(part: PartOfYear, reference: NaiveDate) -> Option<(f64, f64)> {
    let first = part.first;
    let year = match part.year {
        Some(offset) => i64::from(reference.year()).checked_add(offset)?,
        None if first > reference.month() + 3 => i64::from(reference.year()) - 1,
        None => i64::from(reference.year()),
    };
    if !(0..=9999).contains(&year) {
        return None;
    }
    let low = year as f64 * 100.0 + f64::from(first);
    Some((low, low + f64::from(part.months - 1)))
}

/// How many words at the start of `words` say that a length of time before
/// them reaches up to the day of writing: "(10 tahun) terakhir", "(lima
/// tahun) belakangan ini", "(setahun) terakhir ini". Indonesian only;
/// English says it before the length (see [`recent_before`]).
pub(crate) fn recent_after(words: &[&str], lang: Language) -> Option<usize> {
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    if lang != Language::Id || !(is(0, "terakhir") || is(0, "belakangan")) {
        return None;
    }
    Some(if is(1, "ini") { 2 } else { 1 })
}

/// Whether `word` before a length of time makes it reach up to the day of
/// writing: "(the) past (five years)", "(the) last (decade)".
pub(crate) fn recent_before(word: &str, lang: Language) -> bool {
    lang == Language::En && (word.eq_ignore_ascii_case("past") || word.eq_ignore_ascii_case("last"))
}

/// Words that open a region for the scanner, so a relative date without a
/// digit or number word is still parsed.
pub(crate) const TRIGGERS_ID: &[&str] = &[
    "kemarin",
    "besok",
    "lusa",
    "hari",
    "pekan",
    "bulan",
    "tahun",
    "kuartal",
    "triwulan",
    "semester",
    "paruh",
    "natal",
    "nataru",
    "hut",
    "kemerdekaan",
];
/// [`TRIGGERS_ID`] in English.
pub(crate) const TRIGGERS_EN: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "week",
    "month",
    "year",
    "christmas",
    "thanksgiving",
];

/// A word that is a date by itself: "kemarin", "yesterday".
fn day_word(word: &str, lang: Language) -> Option<i64> {
    let table: &[(&str, i64)] = match lang {
        Language::Id => &[("kemarin", -1), ("besok", 1), ("lusa", 2)],
        Language::En => &[
            ("yesterday", -1),
            ("today", 0),
            ("tonight", 0),
            ("tomorrow", 1),
        ],
    };
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, offset)| offset)
}

/// The period a word names, in the singular form a relative date uses
/// ("tahun lalu", "last year").
fn period_word(word: &str, lang: Language) -> Option<Period> {
    let table: &[(&str, Period)] = match lang {
        Language::Id => &[
            ("hari", Period::Day),
            ("pekan", Period::Week),
            ("minggu", Period::Week),
            ("bulan", Period::Month),
            ("tahun", Period::Year),
        ],
        Language::En => &[
            ("week", Period::Week),
            ("month", Period::Month),
            ("year", Period::Year),
        ],
    };
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, period)| period)
}

/// Indonesian words after a period that place it: "tahun lalu",
/// "bulan depan", "pekan ini". "hari" only takes "ini" ("hari ini").
fn direction_after(period: Period, word: &str) -> Option<i64> {
    let offset = [
        ("ini", 0),
        ("lalu", -1),
        ("kemarin", -1),
        ("depan", 1),
        ("mendatang", 1),
    ]
    .into_iter()
    .find(|(w, _)| w.eq_ignore_ascii_case(word))?
    .1;
    (period != Period::Day || offset == 0).then_some(offset)
}

/// English words before a period that place it: "last year", "next
/// month", "this week".
fn direction_before(word: &str) -> Option<i64> {
    [("last", -1), ("this", 0), ("next", 1)]
        .into_iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, offset)| offset)
}

/// The relative date the words at the start of `words` make, and how many
/// words it takes: "kemarin", "tahun lalu", "yesterday", "last year".
/// Words are compared without regard to case.
pub(crate) fn relative_at(words: &[&str], lang: Language) -> Option<(Relative, usize)> {
    let first = *words.first()?;
    if let Some(offset) = day_word(first, lang) {
        let relative = Relative {
            period: Period::Day,
            offset,
        };
        return Some((relative, 1));
    }
    let second = *words.get(1)?;
    let (period, offset) = match lang {
        Language::Id => {
            let period = period_word(first, lang)?;
            (period, direction_after(period, second)?)
        }
        Language::En => (period_word(second, lang)?, direction_before(first)?),
    };
    Some((Relative { period, offset }, 2))
}

/// How many words at the start of `words` say that a length of time before
/// them reaches back from the day of writing: "(tiga tahun) lalu",
/// "(3 hari) yang lalu", "(dua tahun) silam", "(two years) ago".
pub(crate) fn ago_at(words: &[&str], lang: Language) -> Option<usize> {
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    match lang {
        Language::Id if is(0, "lalu") || is(0, "silam") => Some(1),
        Language::Id if is(0, "yang") && is(1, "lalu") => Some(2),
        Language::En if is(0, "ago") => Some(1),
        _ => None,
    }
}

/// The words after a length of time that put a date that far after the
/// day of writing, and how many: "from now" ("two weeks from now"),
/// Indonesian "lagi" ("tiga tahun lagi").
pub(crate) fn ahead_at(words: &[&str], lang: Language) -> Option<usize> {
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    match lang {
        Language::Id if is(0, "lagi") => Some(1),
        Language::En if is(0, "from") && is(1, "now") => Some(2),
        _ => None,
    }
}

/// A length of time's marker after it ([`ago_at`] or [`ahead_at`]), how
/// many words it takes, and whether it points ahead.
pub(crate) fn relative_marker_at(words: &[&str], lang: Language) -> Option<(usize, bool)> {
    ago_at(words, lang)
        .map(|n| (n, false))
        .or_else(|| ahead_at(words, lang).map(|n| (n, true)))
}

/// The alphanumeric words of a text, in order.
fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The weekday a day name means, in either language.
fn weekday_named(word: &str) -> Option<Weekday> {
    const DAYS: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    let at = |names: &[&str]| names.iter().position(|d| d.eq_ignore_ascii_case(word));
    at(WEEKDAYS_ID).or_else(|| at(WEEKDAYS_EN)).map(|i| DAYS[i])
}

/// A date's words without the preposition before it, "hari" before a
/// day name ("pada hari Rabu"; "hari ini" keeps its "hari"), or the part
/// of the day after it ("Selasa (21/10) malam", "Monday morning").
fn without_opener<'a>(mut words: &'a [&'a str]) -> &'a [&'a str] {
    let is =
        |words: &[&str], k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    if ["pada", "on", "tanggal", "per"]
        .iter()
        .any(|w| is(words, 0, w))
    {
        words = &words[1..];
    }
    if is(words, 0, "hari") && words.get(1).is_some_and(|w| weekday_named(w).is_some()) {
        words = &words[1..];
    }
    let day_part = |word: &str| {
        [Language::Id, Language::En].into_iter().any(|lang| {
            crate::lexicon::lookup(word, lang)
                .0
                .iter()
                .any(|w| matches!(w, W::DayPart))
        })
    };
    // "Senin (20/10) dini hari"
    if let [rest @ .., dini, hari] = words
        && dini.eq_ignore_ascii_case("dini")
        && hari.eq_ignore_ascii_case("hari")
    {
        words = rest;
    } else if let [rest @ .., last] = words
        && day_part(last)
    {
        words = rest;
    }
    words
}

/// The day a YYYYMMDD value encodes (`None` for a month or year).
fn day_of(value: f64) -> Option<NaiveDate> {
    if value.fract() != 0.0 || !(10_000_101.0..=99_991_231.0).contains(&value) {
        return None;
    }
    let n = value as u32;
    NaiveDate::from_ymd_opt((n / 10_000) as i32, n / 100 % 100, n % 100)
}

/// A day as the number YYYYMMDD, for the years that encoding holds.
fn ymd(day: NaiveDate) -> Option<f64> {
    let year = u32::try_from(day.year()).ok().filter(|y| *y <= 9999)?;
    Some(f64::from(year * 10_000 + day.month() * 100 + day.day()))
}

/// A month as the number YYYYMM, for the years that encoding holds.
fn ym(day: NaiveDate) -> Option<f64> {
    let year = u32::try_from(day.year()).ok().filter(|y| *y <= 9999)?;
    Some(f64::from(year * 100 + day.month()))
}

/// A date value as ISO 8601: YYYYMMDD (a day) as "YYYY-MM-DD", YYYYMM (a
/// month) as "YYYY-MM"; `None` for anything else (a year is written as
/// itself).
///
/// The review file stores dates as these numbers so they sort and compare
/// as numbers; a reader wants them written as dates.
pub fn iso_date(value: f64) -> Option<String> {
    if value.fract() != 0.0 || !(100_001.0..=99_991_231.0).contains(&value) {
        return None;
    }
    let n = value as u32;
    if n < 1_000_000 {
        let (year, month) = (n / 100, n % 100);
        return (year >= 1000 && (1..=12).contains(&month))
            .then(|| format!("{year:04}-{month:02}"));
    }
    let day = day_of(value)?;
    Some(day.format("%Y-%m-%d").to_string())
}

/// The quantity that fixes the day an article was written, when it has
/// one: the latest date written with its day name and whose day name
/// matches ("Selasa (21/10/2025)", Indonesian news's way of dating what it
/// reports). A date whose day name is wrong ("Selasa (22/10/2025)" was a
/// Wednesday) is not trusted. A later day written with its day name but
/// no year ("Minggu (4/11)") wins over it, in the nearby year its weekday
/// fits: an article that quotes an old dated day can be written later.
///
/// Returns the index into `quantities` and the day.
pub fn reference_in(quantities: &[Quantity]) -> Option<(usize, NaiveDate)> {
    let (dated, at) = quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| q.category == Category::Date)
        .filter_map(|(i, q)| {
            let day = day_of(q.value?)?;
            let words = words_of(&q.text);
            let words = without_opener(&words);
            let named = weekday_named(words.first()?)?;
            // The day written out ("Selasa (21/10/2025)"), not one read
            // from the reference itself ("Selasa lalu", "Rabu depan")
            let written = words[1..]
                .iter()
                .any(|w| w.bytes().all(|b| b.is_ascii_digit()));
            (named == day.weekday() && written).then_some((day, i))
        })
        .max()?;
    // A later day named without its year ("Minggu (4/11)" in an article
    // that quotes an old "Jumat (8/9/2017)"): its year is the one near the
    // dated day in which its weekday fits, and the article was written on
    // or after it.
    let (later, at) = quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| q.category == Category::Date && q.value.is_none() && q.low.is_none())
        .filter_map(|(i, q)| Some((yearless_named_day(&q.text, dated)?, i)))
        .filter(|(day, _)| *day > dated)
        .max()
        .unwrap_or((dated, at));
    Some((at, later))
}

/// The day a day name with a day and month but no year means near
/// `near` ("Minggu (4/11)": the 4th of November, D/M as Indonesian writes
/// it, in the nearby year in which it was a Sunday).
fn yearless_named_day(text: &str, near: NaiveDate) -> Option<NaiveDate> {
    let all = words_of(text);
    let [name, day, month] = without_opener(&all) else {
        return None;
    };
    let weekday = weekday_named(name)?;
    year_of_named_day(weekday, month.parse().ok()?, day.parse().ok()?, near)
}

/// The day `reference` moved by `relative`, as (value, low, high).
fn place(relative: Relative, reference: NaiveDate) -> Option<(Option<f64>, f64, f64)> {
    let Relative { period, offset } = relative;
    let shift_days = |days: i64| {
        if days >= 0 {
            reference.checked_add_days(Days::new(days as u64))
        } else {
            reference.checked_sub_days(Days::new(days.unsigned_abs()))
        }
    };
    match period {
        Period::Day => {
            let v = ymd(shift_days(offset)?)?;
            Some((Some(v), v, v))
        }
        Period::Week => {
            let day = shift_days(offset.checked_mul(7)?)?;
            let monday =
                day.checked_sub_days(Days::new(u64::from(day.weekday().num_days_from_monday())))?;
            let sunday = monday.checked_add_days(Days::new(6))?;
            Some((None, ymd(monday)?, ymd(sunday)?))
        }
        Period::Month => {
            let months = Months::new(u32::try_from(offset.unsigned_abs()).ok()?);
            let day = if offset >= 0 {
                reference.checked_add_months(months)?
            } else {
                reference.checked_sub_months(months)?
            };
            let v = ym(day)?;
            Some((Some(v), v, v))
        }
        Period::Year | Period::Decade => {
            let step = if period == Period::Decade { 10 } else { 1 };
            let year = i64::from(reference.year()).checked_add(offset.checked_mul(step)?)?;
            let v = year as f64;
            (0..=9999).contains(&year).then_some((Some(v), v, v))
        }
    }
}

/// The days `recent` spans on `reference`, as (low, high) YYYYMMDD: "the
/// past five years" on 2025-10-21 is 20201021 to 20251021.
fn place_recent(recent: Recent, reference: NaiveDate) -> Option<(f64, f64)> {
    let Recent { period, count } = recent;
    let count = u64::try_from(count).ok()?;
    let months = |n: u64| {
        u32::try_from(n)
            .ok()
            .and_then(|n| reference.checked_sub_months(Months::new(n)))
    };
    let start = match period {
        Period::Day => reference.checked_sub_days(Days::new(count))?,
        Period::Week => reference.checked_sub_days(Days::new(count.checked_mul(7)?))?,
        Period::Month => months(count)?,
        Period::Year => months(count.checked_mul(12)?)?,
        Period::Decade => months(count.checked_mul(120)?)?,
    };
    Some((ymd(start)?, ymd(reference)?))
}

/// The stretch up to the day of writing that `words` (a quantity's words
/// without its opener, `text` its text) name: "10 tahun terakhir", "the
/// past five years", "the last decade". The length is read by the grammar
/// itself, from the text that holds it.
fn recent_in(words: &[&str], text: &str, lang: Language) -> Option<Recent> {
    let length = |part: &str| {
        let found = crate::find_quantities(part, lang);
        let [length] = found.as_slice() else {
            return None;
        };
        if length.category != Category::Duration {
            return None;
        }
        Recent::of_length(length.unit.as_deref()?, length.value?)
    };
    match lang {
        Language::Id => {
            let cut = (1..words.len())
                .find(|&k| recent_after(&words[k..], lang) == Some(words.len() - k))?;
            length(text.get(..text.rfind(words[cut])?)?)
        }
        Language::En => {
            let words = match words {
                [the, rest @ ..] if the.eq_ignore_ascii_case("the") => rest,
                _ => words,
            };
            let [marker, rest @ ..] = words else {
                return None;
            };
            if !recent_before(marker, lang) || rest.is_empty() {
                return None;
            }
            // "the last decade", "the past year": one period; "the last
            // year and a half": one and a half
            let and_a_half = |words: &[&str]| {
                matches!(words, [and, a, half] if and.eq_ignore_ascii_case("and")
                    && a.eq_ignore_ascii_case("a")
                    && half.eq_ignore_ascii_case("half"))
            };
            if let [period, more @ ..] = rest
                && (more.is_empty() || and_a_half(more))
            {
                let period = if period.eq_ignore_ascii_case("decade") {
                    Period::Decade
                } else {
                    period_word(period, lang)?
                };
                let count = if more.is_empty() { 1.0 } else { 1.5 };
                return Recent::of_length(period.unit(), count);
            }
            let past_marker = text.find(*marker)? + marker.len();
            let at = past_marker + text.get(past_marker..)?.find(rest[0])?;
            length(text.get(at..)?)
        }
    }
}

/// The day that `words` name by a weekday and the week it falls in, on
/// `reference`: "Selasa lalu", "Selasa kemarin", "last Tuesday" (the latest
/// Tuesday before it), "Rabu depan", "Rabu mendatang", "next Wednesday"
/// (the first after it), "Jumat pekan lalu", "Jumat pekan depan" (the
/// Friday of the week, Monday to Sunday, before or after its own).
fn named_day_from(words: &[&str], lang: Language, reference: NaiveDate) -> Option<NaiveDate> {
    let is = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
    // (weekday, days to step: -1 back, 1 on; or whole weeks from this one)
    enum Which {
        Step(i64),
        Week(i64),
    }
    let (name, which) = match (lang, words) {
        (Language::En, [dir, name]) if is(dir, "last") => (name, Which::Step(-1)),
        (Language::En, [dir, name]) if is(dir, "next") => (name, Which::Step(1)),
        (Language::Id, [name, dir]) if is(dir, "lalu") || is(dir, "kemarin") => {
            (name, Which::Step(-1))
        }
        (Language::Id, [name, dir]) if is(dir, "depan") || is(dir, "mendatang") => {
            (name, Which::Step(1))
        }
        (Language::Id, [name, week, dir]) if is(week, "pekan") || is(week, "minggu") => {
            let offset = direction_after(Period::Week, dir).filter(|o| *o != 0)?;
            (name, Which::Week(offset))
        }
        _ => return None,
    };
    let weekday = weekday_named(name)?;
    match which {
        Which::Step(step) => {
            let mut day = reference;
            for _ in 0..7 {
                day = if step < 0 {
                    day.checked_sub_days(Days::new(1))?
                } else {
                    day.checked_add_days(Days::new(1))?
                };
                if day.weekday() == weekday {
                    return Some(day);
                }
            }
            None
        }
        Which::Week(offset) => {
            let monday = reference.checked_sub_days(Days::new(u64::from(
                reference.weekday().num_days_from_monday(),
            )))?;
            let days = offset * 7 + i64::from(weekday.num_days_from_monday());
            if days >= 0 {
                monday.checked_add_days(Days::new(days.unsigned_abs()))
            } else {
                monday.checked_sub_days(Days::new(days.unsigned_abs()))
            }
        }
    }
}

/// The day named by `weekday` nearest `reference` on its side: the latest
/// up to it, or with `ahead` the first from it on (the day itself counts:
/// "on Tuesday" written on a Tuesday is that day).
fn bare_weekday(weekday: Weekday, reference: NaiveDate, ahead: bool) -> Option<NaiveDate> {
    (0..7u64)
        .filter_map(|n| {
            if ahead {
                reference.checked_add_days(Days::new(n))
            } else {
                reference.checked_sub_days(Days::new(n))
            }
        })
        .find(|day| day.weekday() == weekday)
}

/// The first and last (month, day) of a range of days written without
/// its year: "15 17 Agustus" (the dash gone with the other signs), "1
/// hingga 15 Desember", "30 Oktober hingga 12 November", "March 3 4",
/// "March 30 to April 2". A single month's days must rise.
fn yearless_days(words: &[&str], lang: Language) -> Option<((u32, u32), (u32, u32))> {
    #[rustfmt::skip]
    const SEPARATORS: &[&str] = &[
        "hingga", "sampai", "s", "d", "to", "until", "through", "and", "dan",
    ];
    let mut kept = [""; 4];
    let mut len = 0;
    for word in words {
        if SEPARATORS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            continue;
        }
        *kept.get_mut(len)? = word;
        len += 1;
    }
    let day = |x: &str| x.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let month = |x: &str| month_named(x, lang);
    let (first, last) = match kept[..len] {
        // "15 17 Agustus", "March 3 4"
        [a, b, m] if month(m).is_some() => ((month(m)?, day(a)?), (month(m)?, day(b)?)),
        [m, a, b] => ((month(m)?, day(a)?), (month(m)?, day(b)?)),
        // "30 Oktober 12 November", "March 30 April 2"
        [d1, m1, d2, m2] if month(m1).is_some() => ((month(m1)?, day(d1)?), (month(m2)?, day(d2)?)),
        [m1, d1, m2, d2] => ((month(m1)?, day(d1)?), (month(m2)?, day(d2)?)),
        _ => return None,
    };
    (first.0 != last.0 || first.1 < last.1).then_some((first, last))
}

/// The months a date quantity names alone ("pada Oktober", "in
/// October", "Januari-Maret"), without a day or a year: see
/// [`bare_months`].
fn bare_months_of(quantity: &Quantity, lang: Language) -> Option<(u32, u32)> {
    if quantity.category != Category::Date
        || quantity.text.len() > 40
        || quantity.text.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let all = words_of(&quantity.text);
    bare_months(without_opener(&all), lang)
}

/// The weekday a date quantity names alone ("Rabu", "pada Selasa
/// malam", "on Tuesday"), without a day, a month or a week.
fn bare_weekday_of(quantity: &Quantity) -> Option<Weekday> {
    // Before the words are split: a short text without a digit.
    if quantity.category != Category::Date
        || quantity.text.len() > 24
        || quantity.text.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let all = words_of(&quantity.text);
    match without_opener(&all) {
        [name] => weekday_named(name),
        _ => None,
    }
}

/// Words that put what a sentence tells after the day of writing, and
/// words that put it before; the nearest before a weekday decides which
/// day it is ("akan digelar pada Kamis", "will vote on Thursday"; "kata
/// dia, Rabu", "said on Tuesday that it will": the verb that reports it).
#[rustfmt::skip]
fn tense_of(word: &str, lang: Language) -> Option<bool> {
    let (ahead, before): (&[&str], &[&str]) = match lang {
        Language::Id => (
            &["akan", "bakal", "rencananya", "dijadwalkan", "direncanakan", "berencana",
              "hendak", "mendatang", "nanti"],
            &["kata", "katanya", "ujar", "ujarnya", "tutur", "tuturnya", "mengatakan",
              "menyatakan", "menjelaskan", "telah", "sudah", "sempat", "lalu", "kemarin", "tadi"],
        ),
        Language::En => (
            &["will", "ll", "shall", "scheduled", "planned", "plans", "planning", "upcoming",
              "due", "set", "expected"],
            &["said", "told", "announced", "was", "were", "had", "did", "last", "reported",
              "claimed", "added"],
        ),
    };
    let is_in = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(word));
    if is_in(ahead) {
        Some(true)
    } else if is_in(before) {
        Some(false)
    } else {
        None
    }
}

/// How far back in its sentence a weekday looks for a word of tense.
const TENSE_REACH: usize = 200;

/// Reads again, as the first such day from `reference` on, every weekday
/// named alone among `quantities` whose sentence in `text` puts it ahead,
/// and as the first such month from the month of `reference` on, every
/// month named alone ("akan digelar pada Februari"): the nearest word of
/// tense before it in the same sentence (within 200 bytes) is a future's
/// ("akan", "dijadwalkan", "will", "scheduled"), not a report's ("kata",
/// "telah", "said", "was"). `text_start` is where `text` starts in the
/// article the quantities' offsets count in. Run after
/// [`resolve_relative_dates`], which reads them all as past days and
/// months.
pub fn resolve_weekdays_ahead(
    quantities: &mut [Quantity],
    text: &str,
    text_start: usize,
    lang: Language,
    reference: NaiveDate,
) {
    for q in quantities {
        let weekday = bare_weekday_of(q);
        let month = match weekday {
            Some(_) => None,
            None => bare_months_of(q, lang),
        };
        if weekday.is_none() && month.is_none() {
            continue;
        }
        let Some(end) = q.start.checked_sub(text_start) else {
            continue;
        };
        let mut from = end.saturating_sub(TENSE_REACH);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let Some(before) = text.get(from..end) else {
            continue;
        };
        // the same sentence only: back to a stop before a space (not the
        // point of "10.00" or "Rp 5.000"), "!", "?" or a line break
        let bytes = before.as_bytes();
        let stop = (0..bytes.len()).rev().find(|&at| match bytes[at] {
            b'!' | b'?' | b'\n' => true,
            b'.' => bytes.get(at + 1).is_some_and(u8::is_ascii_whitespace),
            _ => false,
        });
        let sentence = stop.map_or(before, |at| &before[at + 1..]);
        let ahead = sentence
            .split(|c: char| !c.is_alphanumeric())
            .rev()
            .find_map(|w| tense_of(w, lang))
            .unwrap_or(false);
        if !ahead {
            continue;
        }
        let read = match (weekday, month) {
            (Some(weekday), _) => bare_weekday(weekday, reference, true)
                .and_then(ymd)
                .map(|v| (Some(v), v, v)),
            (None, Some(months)) => months_around(months, reference, true).map(months_reading),
            (None, None) => None,
        };
        if let Some((value, low, high)) = read {
            (q.value, q.low, q.high) = (value, Some(low), Some(high));
        }
    }
}

/// The year of a day written with its day name but no year ("Rabu
/// (15/5)"): the one near `reference` (five years before to one after)
/// whose calendar puts that day on that weekday, the nearest if several
/// do.
fn year_of_named_day(
    weekday: Weekday,
    month: u32,
    day: u32,
    reference: NaiveDate,
) -> Option<NaiveDate> {
    (reference.year() - 5..=reference.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .filter(|d| d.weekday() == weekday)
        .min_by_key(|d| (*d - reference).num_days().abs())
}

/// The date a relative quantity's text means on `reference`, as (value,
/// low, high, category).
fn reading(
    text: &str,
    lang: Language,
    reference: NaiveDate,
) -> Option<(Option<f64>, f64, f64, Category)> {
    let all = words_of(text);
    let words = without_opener(&all);
    if let Some((relative, n)) = relative_at(words, lang)
        && n == words.len()
    {
        let (value, low, high) = place(relative, reference)?;
        return Some((value, low, high, relative.period.category()));
    }
    // "Juli lalu", "Maret mendatang", "last July", "this June": the month
    // of the nearest year in that direction from the month of writing.
    if let Some(v) = month_from_now(words, lang, reference) {
        return Some((Some(v), v, v, Category::Date));
    }
    // "pada Oktober", "in October": the latest such month up to the month
    // of writing, as news reports what happened (a future's tense reads it
    // ahead: see `resolve_weekdays_ahead`).
    if let Some(months) = bare_months(words, lang) {
        let (value, low, high) = months_reading(months_around(months, reference, false)?);
        return Some((value, low, high, Category::Date));
    }
    // "Natal", "last Christmas", "Tahun Baru": a holiday's day.
    if let Some((holiday, year, n)) = holiday_at(words, lang)
        && n == words.len()
        && !matches!(year, HolidayYear::Written(_))
    {
        let (low, high) = place_holiday(holiday, year, Some(reference))?;
        let value = (low == high).then_some(low);
        return Some((value, low, high, Category::Date));
    }
    // "Selasa lalu", "Jumat pekan lalu", "last Tuesday": a day named by
    // the week it falls in.
    if let Some(day) = named_day_from(words, lang, reference) {
        let v = ymd(day)?;
        return Some((Some(v), v, v, Category::Date));
    }
    // "kuartal III", "the first half of this year": months of a year.
    if let Some((part, n)) = part_of_year_at(words, lang)
        && n == words.len()
    {
        let (low, high) = place_part(part, reference)?;
        return Some((None, low, high, Category::Date));
    }
    // "10 tahun terakhir", "the past five years": the days up to now.
    if let Some(recent) = recent_in(words, text, lang) {
        let (low, high) = place_recent(recent, reference)?;
        return Some((None, low, high, Category::Date));
    }
    // "tiga tahun lalu", "two weeks ago", "tiga tahun lagi", "two weeks
    // from now": the length of time is read by the grammar itself, from
    // the text before the marker.
    if let Some((cut, ahead)) = (1..words.len()).find_map(|k| {
        relative_marker_at(&words[k..], lang)
            .filter(|&(n, _)| n == words.len() - k)
            .map(|(_, ahead)| (k, ahead))
    }) {
        let marker = words[cut];
        let before = text.get(..text.rfind(marker)?)?;
        let found = crate::find_quantities(before, lang);
        let [length] = found.as_slice() else {
            return None;
        };
        if length.category != Category::Duration {
            return None;
        }
        let unit = length.unit.as_deref()?;
        let relative = if ahead {
            Relative::ahead(unit, length.value?)?
        } else {
            Relative::back(unit, length.value?)?
        };
        let (value, low, high) = place(relative, reference)?;
        return Some((value, low, high, relative.period.category()));
    }
    // A day of a month without the year: "Rabu (15/5)", "3 Maret",
    // "Monday, March 3".
    let (weekday, rest) = match words.first().and_then(|w| weekday_named(w)) {
        Some(weekday) => (Some(weekday), &words[1..]),
        None => (None, words),
    };
    // A weekday alone ("kata dia, Rabu", "said on Tuesday"): news reports
    // what has happened, the latest such day up to the day of writing
    // (see `resolve_weekdays_ahead` for those a future tense points on).
    if let Some(weekday) = weekday
        && rest.is_empty()
    {
        let v = ymd(bare_weekday(weekday, reference, false)?)?;
        return Some((Some(v), v, v, Category::Date));
    }
    let month_of = |word: &str| month_named(word, lang);
    // "15-17 Agustus", "1 hingga 15 Desember", "March 3-4", "30 Oktober
    // hingga 12 November": days without their year (the grammar found
    // them a range), from the first to the last, the first in the year a
    // single day would take and the last after it.
    if weekday.is_none()
        && (3..=6).contains(&rest.len())
        && let Some((first, last)) = yearless_days(rest, lang)
    {
        let start = year_of_day(first.0, first.1, reference)?;
        let mut end = NaiveDate::from_ymd_opt(start.year(), last.0, last.1)?;
        if end <= start {
            end = NaiveDate::from_ymd_opt(start.year() + 1, last.0, last.1)?;
        }
        return Some((None, ymd(start)?, ymd(end)?, Category::Date));
    }
    // English days as words or with their ordinal suffix: "May 15th",
    // "the fifteenth of May", "March twenty-first" (a day and month in
    // digits, "on 3/15", are read below).
    let digits = rest.len() == 2 && rest.iter().all(|w| w.bytes().all(|b| b.is_ascii_digit()));
    if lang == Language::En && weekday.is_none() && !digits {
        let kept: Vec<&str> = rest
            .iter()
            .copied()
            .filter(|w| !w.eq_ignore_ascii_case("the") && !w.eq_ignore_ascii_case("of"))
            .collect();
        let at = kept.iter().position(|w| month_of(w).is_some())?;
        let month = month_of(kept[at])?;
        let day = english_day([&kept[..at], &kept[at + 1..]].concat().as_slice())?;
        // "Sept. 11", "on September 11": in English the attacks of 2001
        // more often than a day of this year (as "9/11" is).
        if (month, day) == (9, 11) {
            return None;
        }
        let v = ymd(year_of_day(month, day, reference)?)?;
        return Some((Some(v), v, v, Category::Date));
    }
    let [a, b] = rest else { return None };
    let (day, month) = match (a.parse::<u32>(), b.parse::<u32>()) {
        // "15/5" is D/M, in English M/D ("Rabu (15/5)", "on 3/15")
        (Ok(a), Ok(b)) => match lang {
            Language::En if a <= 12 => (b, a),
            _ => (a, b),
        },
        (Ok(day), Err(_)) => (day, month_of(b)?),
        (Err(_), Ok(day)) => (day, month_of(a)?),
        _ => return None,
    };
    let date = match weekday {
        Some(weekday) => year_of_named_day(weekday, month, day, reference)?,
        None => year_of_day(month, day, reference)?,
    };
    let v = ymd(date)?;
    Some((Some(v), v, v, Category::Date))
}

/// The month a word names ("Juli", "July", "Sept").
fn month_named(word: &str, lang: Language) -> Option<u32> {
    crate::lexicon::lookup(word, lang)
        .0
        .iter()
        .find_map(|w| match w {
            W::Month(m) => Some(u32::from(*m)),
            _ => None,
        })
}

/// The first and last month a date quantity's words name alone: one
/// month, "Oktober" (after "pada", which the caller strips), "bulan
/// Oktober", "in October"; or a range of them the grammar found without a
/// year, "Januari-Maret", "Januari hingga Maret", "January to March",
/// "(between) January and March".
fn bare_months(words: &[&str], lang: Language) -> Option<(u32, u32)> {
    let is = |word: &str, w: &str| word.eq_ignore_ascii_case(w);
    let words = match words {
        [first, rest @ ..]
            if ["in", "pada", "sejak", "since"]
                .iter()
                .any(|w| is(first, w)) =>
        {
            rest
        }
        all => all,
    };
    let words = match words {
        [first, rest @ ..] if is(first, "bulan") => rest,
        all => all,
    };
    let month = |word: &str| month_named(word, lang);
    #[rustfmt::skip]
    const SEPARATORS: &[&str] = &[
        "to", "through", "until", "and", "hingga", "sampai", "dan",
    ];
    match words {
        [m] => month(m).map(|m| (m, m)),
        [first, last] => Some((month(first)?, month(last)?)),
        [first, sep, last] if SEPARATORS.iter().any(|w| is(sep, w)) => {
            Some((month(first)?, month(last)?))
        }
        // "Januari s.d. Maret"
        [first, s, d, last] if is(s, "s") && is(d, "d") => Some((month(first)?, month(last)?)),
        _ => None,
    }
}

/// The YYYYMM of the first and last of the months `first` to `last`
/// nearest `reference` on one side, as [`month_around`] places one: the
/// last month is placed, and the first is in its year, or the one before
/// when the range crosses the new year ("November-Februari").
fn months_around(
    (first, last): (u32, u32),
    reference: NaiveDate,
    ahead: bool,
) -> Option<(f64, f64)> {
    let high = month_around(last, reference, ahead)?;
    let year = (high / 100.0).floor() as i32;
    let year = if first <= last { year } else { year - 1 };
    Some((ym(NaiveDate::from_ymd_opt(year, first, 1)?)?, high))
}

/// A date's reading from its months' first and last YYYYMM: one month
/// is its value, a range has none.
fn months_reading((low, high): (f64, f64)) -> (Option<f64>, f64, f64) {
    ((low == high).then_some(low), low, high)
}

/// The YYYYMM of `month` nearest `reference` on one side: the latest up
/// to the month of writing (that month included), or with `ahead` the
/// first from it on.
fn month_around(month: u32, reference: NaiveDate, ahead: bool) -> Option<f64> {
    let now = reference.month();
    let year = match (ahead, month.cmp(&now)) {
        (false, std::cmp::Ordering::Greater) => reference.year() - 1,
        (true, std::cmp::Ordering::Less) => reference.year() + 1,
        _ => reference.year(),
    };
    ym(NaiveDate::from_ymd_opt(year, month, 1)?)
}

/// "Juli lalu" (the last July before the month of `reference`), "Maret
/// mendatang" (the next March after it), "Juni ini" (June of its year), in
/// English "last July", "next March", "this June": a YYYYMM value.
fn month_from_now(words: &[&str], lang: Language, reference: NaiveDate) -> Option<f64> {
    let (month, direction) = match (lang, words) {
        (Language::Id, [month, direction]) => (month_named(month, lang)?, *direction),
        (Language::En, [direction, month]) => (month_named(month, lang)?, *direction),
        _ => return None,
    };
    let is = |ws: &[&str]| ws.iter().any(|w| w.eq_ignore_ascii_case(direction));
    let now = reference.month();
    let year = reference.year();
    let year = if is(&["lalu", "kemarin", "last"]) {
        if month < now { year } else { year - 1 }
    } else if is(&["mendatang", "depan", "nanti", "next"]) {
        if month > now { year } else { year + 1 }
    } else if is(&["ini", "this"]) {
        year
    } else {
        return None;
    };
    ym(NaiveDate::from_ymd_opt(year, month, 1)?)
}

/// The day of a month English `words` write: "15", "15th", "fifteenth",
/// "twenty first" (the hyphen already split off).
fn english_day(words: &[&str]) -> Option<u32> {
    let lexicon = |word: &str| crate::lexicon::lookup(word, Language::En).0;
    let ordinal = |word: &str| {
        lexicon(word).iter().find_map(|w| match w {
            W::Ordinal(o) => Some(*o),
            _ => None,
        })
    };
    let day = match words {
        [word] => {
            let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &word[digits.len()..];
            if digits.is_empty() {
                ordinal(word)?
            } else if suffix.is_empty()
                || ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(suffix))
            {
                digits.parse::<f64>().ok()?
            } else {
                return None;
            }
        }
        [tens, unit] => {
            let tens = lexicon(tens).iter().find_map(|w| match w {
                W::EnTens(t) => Some(*t),
                _ => None,
            })?;
            tens + ordinal(unit).filter(|u| *u < 10.0)?
        }
        _ => return None,
    };
    (day.fract() == 0.0 && (1.0..=31.0).contains(&day)).then_some(day as u32)
}

/// The year of a day written without its year or day name ("3 Maret",
/// "March 3"): the reference's own year, as news means it, unless that
/// day is over six months from the reference and the one in the year
/// before or after is within three ("5 Januari" written late in December
/// is next month's).
fn year_of_day(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let distance = |d: NaiveDate| (d - reference).num_days().abs();
    let same = NaiveDate::from_ymd_opt(reference.year(), month, day)?;
    if distance(same) <= 183 {
        return Some(same);
    }
    [reference.year() - 1, reference.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| distance(*d) <= 92)
        .or(Some(same))
}

/// Whether `quantity` is a date read from the day of writing ("tahun
/// lalu", "three years ago", "Rabu (15/5)", "3 Maret"), so a reader can be
/// told which day its value comes from.
pub fn is_relative_date(quantity: &Quantity, lang: Language) -> bool {
    // Any day will do: only whether the text needs one is asked.
    let any_day = NaiveDate::from_ymd_opt(2000, 6, 15);
    matches!(quantity.category, Category::Date | Category::Year)
        && any_day.is_some_and(|day| reading(&quantity.text, lang, day).is_some())
}

/// Fills in the value of every date in `quantities` that is relative to
/// the day of writing, read from `reference` (that day): "kemarin" on
/// 2025-10-21 is 20251020, "tahun lalu" 2024, "pekan lalu" the days
/// 20251013 to 20251019, "Rabu (15/5)" 20240515 (the nearby year in which
/// 15 May was a Wednesday), "3 Maret" 20250303 (see `year_of_day`).
///
/// Quantities that already have a value, or that are not such dates, are
/// left as they are.
pub fn resolve_relative_dates(quantities: &mut [Quantity], lang: Language, reference: NaiveDate) {
    for q in quantities {
        let open = q.value.is_none() && q.low.is_none() && q.high.is_none();
        if !open || !matches!(q.category, Category::Date | Category::Year) {
            continue;
        }
        if let Some((value, low, high, category)) = reading(&q.text, lang, reference) {
            q.value = value;
            q.low = Some(low);
            q.high = Some(high);
            q.category = category;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    #[test]
    fn relative_words_both_languages() {
        let rel =
            |words: &[&str], lang| relative_at(words, lang).map(|(r, n)| (r.period, r.offset, n));
        assert_eq!(rel(&["kemarin"], Language::Id), Some((Period::Day, -1, 1)));
        assert_eq!(
            rel(&["Tahun", "lalu"], Language::Id),
            Some((Period::Year, -1, 2))
        );
        assert_eq!(
            rel(&["pekan", "depan"], Language::Id),
            Some((Period::Week, 1, 2))
        );
        assert_eq!(
            rel(&["hari", "ini"], Language::Id),
            Some((Period::Day, 0, 2))
        );
        // "hari lalu" is no date without a number ("3 hari lalu").
        assert_eq!(rel(&["hari", "lalu"], Language::Id), None);
        assert_eq!(
            rel(&["last", "year"], Language::En),
            Some((Period::Year, -1, 2))
        );
        assert_eq!(
            rel(&["This", "month"], Language::En),
            Some((Period::Month, 0, 2))
        );
        assert_eq!(rel(&["tomorrow"], Language::En), Some((Period::Day, 1, 1)));
        // Words of the other language are not read.
        assert_eq!(rel(&["last", "year"], Language::Id), None);
        assert_eq!(rel(&["kemarin"], Language::En), None);
        assert_eq!(ago_at(&["yang", "lalu"], Language::Id), Some(2));
        assert_eq!(ago_at(&["ago"], Language::En), Some(1));
        assert_eq!(ago_at(&["later"], Language::En), None);
    }

    #[test]
    fn date_values_written_as_iso_dates() {
        assert_eq!(iso_date(20251021.0).as_deref(), Some("2025-10-21"));
        assert_eq!(iso_date(202403.0).as_deref(), Some("2024-03"));
        assert_eq!(iso_date(10000101.0).as_deref(), Some("1000-01-01"));
        for not_a_date in [
            2024.0,
            20251321.0,
            20250231.0,
            202413.0,
            20251021.5,
            -20251021.0,
        ] {
            assert_eq!(iso_date(not_a_date), None, "{not_a_date}");
        }
    }

    #[test]
    fn placed_on_the_reference_day() {
        let on = day(2025, 10, 21); // a Tuesday
        let place = |period, offset| place(Relative { period, offset }, on);
        assert_eq!(
            place(Period::Day, -1),
            Some((Some(20251020.0), 20251020.0, 20251020.0))
        );
        assert_eq!(
            place(Period::Week, -1),
            Some((None, 20251013.0, 20251019.0))
        );
        assert_eq!(place(Period::Week, 0), Some((None, 20251020.0, 20251026.0)));
        assert_eq!(
            place(Period::Month, -10),
            Some((Some(202412.0), 202412.0, 202412.0))
        );
        assert_eq!(
            place(Period::Month, 3),
            Some((Some(202601.0), 202601.0, 202601.0))
        );
        assert_eq!(
            place(Period::Year, -1),
            Some((Some(2024.0), 2024.0, 2024.0))
        );
        assert_eq!(
            place(Period::Decade, -1),
            Some((Some(2015.0), 2015.0, 2015.0))
        );
        // The last day of a longer month moves to the last of a shorter one.
        let end = place_from(day(2025, 3, 31), Period::Month, -1);
        assert_eq!(end, Some((Some(202502.0), 202502.0, 202502.0)));
    }

    fn place_from(on: NaiveDate, period: Period, offset: i64) -> Option<(Option<f64>, f64, f64)> {
        place(Relative { period, offset }, on)
    }

    #[test]
    fn relative_dates_are_told_from_absolute_ones() {
        let date = |text: &str, category| Quantity {
            text: text.to_string(),
            start: 0,
            end: text.len(),
            value: None,
            low: None,
            high: None,
            unit: None,
            category,
            approx: None,
        };
        for (text, category) in [
            ("tahun lalu", Category::Year),
            ("pada hari ini", Category::Date),
            ("3 hari yang lalu", Category::Date),
            ("Rabu (15/5)", Category::Date),
            ("3 Maret", Category::Date),
        ] {
            assert!(
                is_relative_date(&date(text, category), Language::Id),
                "{text}"
            );
        }
        for (text, category) in [
            ("22 Januari 2015", Category::Date),
            ("Rabu (15/5/2024)", Category::Date),
            ("tahun 2015", Category::Year),
            // a length of time is no date
            ("tahun lalu", Category::Duration),
        ] {
            assert!(
                !is_relative_date(&date(text, category), Language::Id),
                "{text}"
            );
        }
        assert!(is_relative_date(
            &date("five years ago", Category::Year),
            Language::En
        ));
        assert!(is_relative_date(
            &date("on March 3", Category::Date),
            Language::En
        ));
        // The attacks of 2001, not a day of the year of writing.
        for name in ["on Sept. 11", "September 11"] {
            assert!(
                !is_relative_date(&date(name, Category::Date), Language::En),
                "{name}"
            );
        }
        assert!(is_relative_date(
            &date("11 September", Category::Date),
            Language::Id
        ));
    }

    #[test]
    fn a_day_without_its_year_is_in_the_reference_year_unless_a_neighbour_is_near() {
        let october = day(2025, 10, 21);
        assert_eq!(year_of_day(1, 22, october), Some(day(2025, 1, 22)));
        assert_eq!(year_of_day(12, 24, october), Some(day(2025, 12, 24)));
        let december = day(2025, 12, 20);
        assert_eq!(year_of_day(1, 5, december), Some(day(2026, 1, 5)));
        assert_eq!(year_of_day(6, 5, december), Some(day(2025, 6, 5)));
        let january = day(2026, 1, 10);
        assert_eq!(year_of_day(12, 22, january), Some(day(2025, 12, 22)));
        // 29 February only in leap years: none in 2025 and its neighbours
        // is near, and 2025 has none.
        assert_eq!(year_of_day(2, 29, october), None);
    }

    #[test]
    fn a_reference_at_the_calendar_s_ends_gives_no_value_and_no_panic() {
        for reference in [
            NaiveDate::MIN,
            NaiveDate::MAX,
            day(-5, 1, 1),
            day(0, 1, 1),
            day(9999, 12, 31),
        ] {
            for period in [
                Period::Day,
                Period::Week,
                Period::Month,
                Period::Year,
                Period::Decade,
            ] {
                for offset in [-1000, -1, 0, 1, 1000, i64::MAX, i64::MIN] {
                    if let Some((_, low, high)) = place(Relative { period, offset }, reference) {
                        assert!((0.0..=99_991_231.0).contains(&low) && low <= high);
                    }
                }
            }
            let _ = year_of_named_day(Weekday::Mon, 1, 1, reference);
            let _ = year_of_day(1, 1, reference);
            for words in [["Juli", "lalu"], ["Desember", "mendatang"]] {
                let _ = month_from_now(&words, Language::Id, reference);
            }
            for month in [1, 12] {
                let _ = month_around(month, reference, false);
                let _ = month_around(month, reference, true);
            }
        }
    }

    proptest::proptest! {
        /// Whatever the text and the day, reading relative dates never
        /// panics and writes only values of the date encodings.
        #[test]
        fn reading_any_text_from_any_day_is_safe(
            text in "((kemarin|besok|hari ini|tahun lalu|pekan depan|bulan ini|3 hari yang lalu|\
                      dua tahun silam|Rabu \\(15/5\\)|Senin \\(31/2\\) malam|3 Maret|29 Februari|\
                      last year|next week|five years ago|Monday, March 3|10 tahun terakhir|\
                      setahun belakangan ini|the past five years|the last decade|kuartal IV|\
                      triwulan I ini|semester II tahun lalu|the first half of next year|\
                      Natal|menjelang Natal 2024|malam Tahun Baru|Nataru|HUT RI ke-80|HUT RI ke-999|\
                      Hari Kemerdekaan RI|by Christmas|last Christmas|New Year's Eve|\
                      next Thanksgiving|Minggu \\(4/11\\)|Jumat \\(8/9/2017\\)|fiscal 2019-20|\
                      tahun anggaran 2020-2021|dari tahun sebelumnya|Mei 2025 dari bulan sebelumnya|\
                      from a year earlier|than the year before|Selasa lalu|Jumat pekan lalu|\
                      Minggu pekan depan|last Tuesday|next Sunday|the last year and a half|\
                      the past decade and a half|1,5 tahun terakhir|the last 3 3/4 years|\
                      May fifteenth|the thirty-first of February|March 31st|on Tuesday|\
                      akan digelar pada Kamis|will vote on Sunday|kata dia, Rabu|\
                      Juli lalu|pada Desember mendatang|Oktober ini|last May|next January|\
                      pada Oktober|pada bulan Desember|in March|will be held in January|\
                      akan digelar pada Februari|in Jan. 2015|15-17 Agustus|March 30-31|\
                      pada 3 dan 4 Maret|March 3, 4 and 5|4 dan 31 Februari|\
                      pada Januari-Maret|from November to February|will run from May to June|\
                      the first six months of this year|tiga bulan terakhir tahun lalu|\
                      1 hingga 15 Desember|30 Oktober hingga 12 November|from March 4 to 6|\
                      sejak Maret|since March|in November, 2016|dua triwulan pertama 2025|\
                      two weeks from now|tiga tahun lagi|999 years from now|\
                      [A-Za-z0-9 (),./'-]{0,12}) ){1,6}",
            days in -1_000_000i32..4_000_000,
            english in proptest::bool::ANY,
        ) {
            let lang = if english { Language::En } else { Language::Id };
            if let Some(reference) = NaiveDate::from_num_days_from_ce_opt(days) {
                let mut found = crate::find_quantities(&text, lang);
                resolve_relative_dates(&mut found, lang, reference);
                resolve_sentence_dates(&mut found, &text, 0, lang, Some(reference));
                for q in &found {
                    if matches!(q.category, Category::Date | Category::Year) {
                        for v in [q.value, q.low, q.high].into_iter().flatten() {
                            proptest::prop_assert!((0.0..=99_991_231.0).contains(&v), "{q:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_named_day_without_its_year_takes_the_year_its_weekday_fits() {
        let on = day(2025, 10, 21);
        // 15 May 2025 was a Thursday, 15 May 2024 a Wednesday.
        assert_eq!(
            year_of_named_day(Weekday::Wed, 5, 15, on),
            Some(day(2024, 5, 15))
        );
        assert_eq!(
            year_of_named_day(Weekday::Mon, 10, 20, on),
            Some(day(2025, 10, 20))
        );
        // No year near the reference fits: no guess.
        assert_eq!(year_of_named_day(Weekday::Mon, 2, 30, on), None);
    }
}
