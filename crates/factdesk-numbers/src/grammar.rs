//! Assembling quantities from tokens: number cores, scales, ranges, units,
//! hedges, dates, times and identifiers.
//!
//! The parser walks the tokens of one region left to right. At each token it
//! first tries the forms that are *not* amounts (dates, clock times, law
//! numbers, glued codes such as "G20"), then a number core; a core is then
//! extended forward (scale, range, unit, counted noun) and backward (currency
//! mark, minus, hedge, range opener), never into the previous quantity.

use crate::hedges::RANGE_OPENERS;
use crate::lexicon::W;
use crate::tokens::{Gap, Kind, Tok};
use crate::units;
use crate::{Approx, Category, Language, Quantity, digits, words};

/// A number as read, before units and hedges.
#[derive(Debug, Clone, Copy)]
struct Core {
    e: usize,
    value: f64,
    range: Option<(f64, f64)>,
    ordinal: bool,
    /// The scale word applied, if any (for "2-3 juta").
    scale: Option<f64>,
    /// Plain digits without separators or decimals (year candidates).
    plain_int_digits: Option<usize>,
    /// Scaled by a vague magnitude after digits: "Rp 2,9 triliunan" is
    /// about 2.9 trillion.
    vague_scale: bool,
}

struct P<'a> {
    text: &'a str,
    toks: &'a [Tok],
    lang: Language,
    /// Tokens before this index belong to earlier quantities.
    floor: usize,
}

fn q(text: &str, toks: &[Tok], s: usize, e: usize, cat: Category) -> Quantity {
    let (a, b) = (toks[s].s, toks[e - 1].e);
    Quantity {
        text: text[a..b].to_string(),
        start: a,
        end: b,
        value: None,
        low: None,
        high: None,
        unit: None,
        category: cat,
        approx: None,
    }
}

fn set_point(qt: &mut Quantity, v: f64) {
    qt.value = Some(v);
    qt.low = Some(v);
    qt.high = Some(v);
}

/// A person's age, tokens `s..e`: a duration in years, the way "the
/// 34-year-old" reads through its unit, so every form of age ("Wawan
/// (35)", "the over-70s", "aged 16 to 18") lands in the same category and
/// unit.
fn age_in_years(text: &str, toks: &[Tok], s: usize, e: usize, years: u32) -> Quantity {
    let mut age = q(text, toks, s, e, Category::Duration);
    set_point(&mut age, f64::from(years));
    age.unit = Some(AGE_UNIT.to_string());
    age
}

/// The unit of an age ([`age_in_years`], and "aged" before a count).
const AGE_UNIT: &str = "year";

/// Names of broadcasters, programmes, lists and series that carry a
/// number: "Liputan 6", "Trans 7", "Channel 4", "Radio 4", "Fortune 500",
/// "Formula 1", "Liga 1", "Apollo 11". Their number is part of the name even
/// at the start of a sentence or before a capitalized word ("Liputan 6
/// SCTV", "Channel 4 News").
const NUMBERED_NAMES: &[&str] = &[
    "liputan", "trans", "channel", "radio", "fortune", "formula", "liga", "ligue", "apollo",
    // stock indices: "Nikkei 225", "Russell 2000", "Nasdaq 100" (a
    // year-shaped number only after "Russell": see `index_of_year_shape`)
    "nikkei", "russell", "nasdaq", "dax", "cac", "stoxx",
];

/// Words after "of" that start no counted noun: "one of the reasons",
/// "thousands of them" (neither a count of "the" nor of "them").
const OF_DETERMINERS: &[&str] = &[
    "the", "those", "these", "them", "us", "you", "our", "their", "his", "her", "its", "my",
    "your", "which", "whom",
];

/// Nouns that count people and places: after "Jakarta 5" or "Texas 3"
/// the number counts them, a product name is not followed by them.
const COUNTED_NOT_MODELS: &[&str] = &[
    "orang",
    "jiwa",
    "warga",
    "korban",
    "pasien",
    "siswa",
    "anak",
    "rumah",
    "desa",
    "kecamatan",
    "kabupaten",
    "provinsi",
    "negara",
    "kota",
    "people",
    "persons",
    "children",
    "residents",
    "deaths",
    "victims",
    "patients",
    "students",
    "homes",
    "villages",
    "counties",
    "states",
    "countries",
    "cities",
];

impl<'a> P<'a> {
    fn tok(&self, k: usize) -> Option<&'a Tok> {
        self.toks.get(k)
    }
    fn t(&self, k: usize) -> &'a str {
        self.toks.get(k).map(|t| &self.text[t.s..t.e]).unwrap_or("")
    }
    // Called from hundreds of rules: with the rules of the eighteenth round
    // the compiler stopped inlining it on a hint alone, and the calls cost
    // about 0.8 M instructions per pass over the corpus together.
    #[inline(always)]
    fn is_word(&self, k: usize, w: &str) -> bool {
        matches!(self.tok(k), Some(t) if t.kind == Kind::Word && self.t(k).eq_ignore_ascii_case(w))
    }
    fn is_sym(&self, k: usize, c: char) -> bool {
        matches!(self.tok(k), Some(t) if t.kind == Kind::Sym(c))
    }
    fn glued(&self, k: usize) -> bool {
        matches!(self.tok(k), Some(t) if t.gap == Gap::Glued)
    }
    /// A hyphen at `k` glued to both neighbours: "9-9-9", "year-and-a-half".
    fn hyphen_joins(&self, k: usize) -> bool {
        self.is_sym(k, '-') && self.glued(k) && self.glued(k + 1)
    }
    fn same_line(&self, k: usize) -> bool {
        matches!(self.tok(k), Some(t) if t.gap != Gap::Break)
    }
    fn has(&self, k: usize, f: impl Fn(&W) -> bool) -> bool {
        self.tok(k).is_some_and(|t| t.lex.iter().any(f))
    }
    fn num(&self, k: usize) -> bool {
        matches!(self.tok(k), Some(t) if t.kind == Kind::Num)
    }
    /// Index past a run of quote marks at `k`.
    fn skip_quotes(&self, mut k: usize) -> usize {
        while matches!(self.tok(k), Some(t) if matches!(t.kind, Kind::Sym('"' | '“' | '”' | '\'' | '‘' | '’' | '«' | '»')))
        {
            k += 1;
        }
        k
    }
    /// True when token `k` ends the phrase: end of region, line break or punctuation.
    fn at_end(&self, k: usize) -> bool {
        match self.tok(k) {
            None => true,
            Some(t) => {
                t.gap == Gap::Break || matches!(t.kind, Kind::Sym(c) if ".,;:!?)]".contains(c))
            }
        }
    }

    fn small_int(&self, k: usize, max: u32) -> Option<u32> {
        let t = self.tok(k)?;
        if t.kind != Kind::Num {
            return None;
        }
        let raw = self.t(k);
        if raw.len() > 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let v: u32 = raw.parse().ok()?;
        (v <= max).then_some(v)
    }
    fn year_at(&self, k: usize) -> Option<u32> {
        // the token's kind first: it is asked at most tokens
        if !self.num(k) {
            return None;
        }
        let raw = self.t(k);
        if raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
            let y: u32 = raw.parse().ok()?;
            return (1800..=2100).contains(&y).then_some(y);
        }
        None
    }
    fn month_at(&self, k: usize) -> Option<u8> {
        if !self.same_line(k) && k > 0 {
            return None;
        }
        let t = self.tok(k)?;
        t.lex
            .iter()
            .find_map(|w| if let W::Month(m) = w { Some(*m) } else { None })
            // short month names must be capitalized ("Mar", not "mar")
            .filter(|_| {
                self.t(k).len() > 3 || self.t(k).starts_with(|c: char| c.is_ascii_uppercase())
            })
    }

    // ---------- forms that are not amounts ----------

    /// Dates, years with a cue, day names, clock times and identifiers at `i`.
    fn special(&self, i: usize) -> Option<(Quantity, usize)> {
        let text = self.text;
        let toks = self.toks;
        let tok = self.tok(i)?;
        if let Some(found) = self
            .relative_date(i)
            .or_else(|| self.recent_period(i))
            .or_else(|| self.holiday(i))
            .or_else(|| self.earlier_date(i))
            .or_else(|| self.number_plate(i))
            .or_else(|| self.part_of_year(i))
            .or_else(|| self.fiscal_year(i))
            .or_else(|| self.short_year(i))
            .or_else(|| self.number_rank(i))
            .or_else(|| self.age_after_name(i))
            .or_else(|| self.rank_after_word(i))
            .or_else(|| self.spoken_year(i))
            .or_else(|| self.group_of(i))
            .or_else(|| self.score(i))
            .or_else(|| self.fraction_of_a_point(i))
            .or_else(|| self.odds(i))
            .or_else(|| self.factor_of(i))
            .or_else(|| self.magnitude(i))
            .or_else(|| self.month_from_now(i))
            .or_else(|| self.bare_month(i))
            .or_else(|| self.month_of_year(i))
        {
            return Some(found);
        }
        // "After 9/11": the attacks, not 0.82; "his 401(k) plan", "a
        // 401K": a retirement plan, not 401,000.
        if self.lang == Language::En && self.num(i) {
            let end = match self.t(i) {
                "9" if self.is_sym(i + 1, '/')
                    && self.glued(i + 1)
                    && self.glued(i + 2)
                    && self.t(i + 2) == "11"
                    && !self.is_sym(i + 3, '/') =>
                {
                    Some(i + 3)
                }
                "401" | "403" | "457" if self.glued(i + 1) => {
                    if self.is_word(i + 1, "k")
                        || self.is_word(i + 1, "K")
                        || self.is_word(i + 1, "b")
                    {
                        Some(i + 2)
                    } else if self.is_sym(i + 1, '(')
                        && self.glued(i + 2)
                        && (self.is_word(i + 2, "k") || self.is_word(i + 2, "b"))
                        && self.is_sym(i + 3, ')')
                    {
                        Some(i + 4)
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(e) = end {
                return Some((q(text, toks, i, e, Category::Identifier), e));
            }
        }
        // "the S&P 500": an index's name
        if self.lang == Language::En
            && self.t(i) == "500"
            && i >= 3
            && self.t(i - 1) == "P"
            && self.is_sym(i - 2, '&')
            && self.t(i - 3) == "S"
            && self.glued(i - 1)
            && self.glued(i - 2)
            && !self.glued(i)
        {
            return Some((q(text, toks, i - 3, i + 1, Category::Identifier), i + 1));
        }
        // "ditahan 3x24 jam", "wajib lapor 1 x 24 jam": the law's way of
        // writing days as hours, a length of N times 24 hours
        if self.lang == Language::Id
            && self.num(i)
            && (self.is_word(i + 1, "x") || self.is_sym(i + 1, '×'))
            && self.t(i + 2) == "24"
            && self.is_word(i + 3, "jam")
            && (i + 1..=i + 3).all(|k| self.same_line(k))
            && let Some(n) = self.small_int(i, 30).filter(|&n| n > 0)
        {
            let mut qt = q(text, toks, i, i + 4, Category::Duration);
            set_point(&mut qt, f64::from(n * 24));
            qt.unit = Some("hour".into());
            return Some((qt, i + 4));
        }
        // A section of a code: "287(g) programs", "a 501(c)(3) charity",
        // "Pasal 28(j)": a lower-case letter in brackets glued after the
        // number, then maybe more ("(3)").
        if self.num(i) && self.is_sym(i + 1, '(') && self.glued(i + 1) {
            let letter = |k: usize| {
                self.glued(k)
                    && self.t(k).len() == 1
                    && self.t(k).bytes().all(|b| b.is_ascii_lowercase())
            };
            let group = |k: usize, digits: bool| {
                self.is_sym(k, '(')
                    && self.glued(k)
                    && (letter(k + 1)
                        || digits && self.glued(k + 1) && self.small_int(k + 1, 99).is_some())
                    && self.is_sym(k + 2, ')')
                    && self.glued(k + 2)
            };
            if group(i + 1, false) {
                let mut e = i + 4;
                while group(e, true) {
                    e += 3;
                }
                return Some((q(text, toks, i, e, Category::Identifier), e));
            }
        }
        // "3 o'clock", "7 or 8 o'clock": an hour, never a count.
        // Only a number followed by a word ("o", "or", "to", "and") is
        // looked at further: this runs at every token that may start.
        if self.lang == Language::En
            && self.num(i)
            && self.tok(i + 1).is_some_and(|t| t.kind == Kind::Word)
            && self.small_int(i, 12).is_some()
        {
            let oclock = |k: usize| {
                self.is_word(k, "o")
                    && (self.is_sym(k + 1, '\'') || self.is_sym(k + 1, '’'))
                    && self.glued(k + 1)
                    && self.glued(k + 2)
                    && self.is_word(k + 2, "clock")
            };
            let end = if oclock(i + 1) {
                Some(i + 4)
            } else if ["or", "to", "and"].iter().any(|w| self.is_word(i + 1, w))
                && self.small_int(i + 2, 12).is_some()
                && oclock(i + 3)
            {
                Some(i + 6)
            } else {
                None
            };
            if let Some(e) = end {
                return Some((self.clock_time(i, e), e));
            }
        }
        // Clock time: "pukul 10.30 WIB", "10:30", "10.30 WIB".
        {
            // "pkl" and "pkl." are the short form of "pukul".
            let short = self.is_word(i, "pkl");
            let after_short = if short && self.is_sym(i + 1, '.') {
                i + 2
            } else {
                i + 1
            };
            // "jam 11 di Bareskrim": "jam" before an hour is a clock time
            // ("24 jam" after the number is a duration).
            let hour_after_jam = self.is_word(i, "jam")
                && self.num(i + 1)
                && (self.t(i + 1).contains('.')
                    || self.t(i + 1).bytes().all(|b| b.is_ascii_digit())
                        && self.small_int(i + 1, 24).is_some()
                        && !self.glued(i + 2));
            let pukul = self.is_word(i, "pukul");
            let (k, cue) = if pukul || hour_after_jam {
                (i + 1, true)
            } else if short {
                (after_short, true)
            } else {
                (i, false)
            };
            let bare_hour = (hour_after_jam || short || pukul)
                && self.t(k).bytes().all(|b| b.is_ascii_digit())
                && self.small_int(k, 24).is_some();
            if self.num(k) {
                let raw = self.t(k);
                let mut e = None;
                if let Some((h, m)) = raw.split_once('.')
                    && !m.contains('.')
                    && m.len() == 2
                    && h.len() <= 2
                    && h.parse::<u32>().is_ok_and(|h| h <= 24)
                    && m.parse::<u32>().is_ok_and(|m| m < 60)
                {
                    e = Some(k + 1);
                } else if self.is_sym(k + 1, ':')
                    && self.glued(k + 1)
                    && self.glued(k + 2)
                    && self.small_int(k + 2, 59).is_some()
                    && self.t(k + 2).len() == 2
                    && self.small_int(k, 24).is_some()
                {
                    e = Some(k + 3);
                } else if (cue && (self.is_tz(k + 1) || bare_hour)
                    || self.small_int(k, 12).is_some() && self.is_am_pm(k + 1))
                    && self.small_int(k, 24).is_some()
                    && raw.bytes().all(|b| b.is_ascii_digit())
                {
                    // "pukul 10 WIB"; an hour with a.m. or p.m. needs no cue:
                    // "3 p.m.", "11am".
                    e = Some(k + 1);
                }
                if let Some(mut e) = e {
                    // "pukul 14.00-16.00 WIB", "10:00 to 12:00": one span
                    if let Some(after) = self.second_clock(e) {
                        e = after;
                    }
                    let zone = self.is_tz(e);
                    if cue || zone || self.t(k).contains(':') || self.is_sym(k + 1, ':') {
                        if zone {
                            e = self.tz_end(e);
                        } else if cue
                            && ["pagi", "siang", "sore", "malam"]
                                .iter()
                                .any(|w| self.is_word(e, w))
                        {
                            // "pukul 10 pagi", "jam 2 siang": the part of
                            // the day belongs to the time.
                            e += 1;
                        }
                        return Some((self.clock_time(i, e), e));
                    }
                }
            }
        }
        // A 24-hour clock without a separator: "0800 GMT", "from 0800 to
        // 1800", "0800-1800 WIB". A leading zero or a zone after it tells
        // it from a count or a year ("from 1000 to 2000 people").
        if self.hhmm(i) {
            let connector = self.is_sym(i + 1, '-')
                || ["to", "until", "and", "hingga", "sampai", "dan"]
                    .iter()
                    .any(|w| self.is_word(i + 1, w));
            let padded = |j: usize| self.t(j).starts_with('0');
            let range = connector
                && self.same_line(i + 2)
                && self.hhmm(i + 2)
                && (padded(i) || padded(i + 2) || self.zone_or_hours(i + 3));
            let cued = i > 0
                && ["at", "by", "until", "since", "before", "after", "from"]
                    .iter()
                    .any(|w| self.is_word(i - 1, w));
            let end = if range {
                Some(i + 3)
            } else if self.zone_or_hours(i + 1) || padded(i) && cued {
                Some(i + 1)
            } else {
                None
            };
            if let Some(mut e) = end {
                if self.zone_or_hours(e) {
                    e = self.tz_end(e);
                }
                return Some((self.clock_time(i, e), e));
            }
        }
        // A split: "50/50", "60/40" (the first share, as a ratio); "24/7"
        // ("layanan 24/7") means "always", not 3.43.
        if self.num(i)
            && self.is_sym(i + 1, '/')
            && self.glued(i + 1)
            && self.num(i + 2)
            && self.glued(i + 2)
            && !self.is_sym(i + 3, '/')
            && let (Some(a), Some(b)) = (self.small_int(i, 99), self.small_int(i + 2, 99))
        {
            if a + b == 100 && a >= 5 && b >= 5 {
                let mut qt = q(text, toks, i, i + 3, Category::Ratio);
                set_point(&mut qt, f64::from(a) / 100.0);
                return Some((qt, i + 3));
            }
            if (a, b) == (24, 7) {
                return Some((q(text, toks, i, i + 3, Category::Identifier), i + 3));
            }
        }
        // A number over a year: "Putusan MK 135/2015" is the decision
        // numbered 135 of that year, "12/2025" a month and a year; neither
        // is a fraction (a denominator written as a year is not one).
        if self.is_sym(i + 1, '/')
            && self.num(i)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && !self.is_sym(i + 3, '/')
            && self.t(i).bytes().all(|b| b.is_ascii_digit())
            && !(i > 0 && self.is_sym(i - 1, '/') && self.glued(i))
            && let Some(year) = self.year_at(i + 2)
            && let Ok(number) = self.t(i).parse::<u32>()
            && number > 0
        {
            if number <= 12 && self.t(i).len() <= 2 {
                let mut qt = q(text, toks, i, i + 3, Category::Date);
                set_point(&mut qt, f64::from(year) * 100.0 + f64::from(number));
                return Some((qt, i + 3));
            }
            return Some((q(text, toks, i, i + 3, Category::Identifier), i + 3));
        }
        // A race time, minutes and seconds with hundredths: "8:41.43"
        // (a clock time never has a decimal part).
        if let Some(minutes) = self.small_int(i, 59)
            && self.is_sym(i + 1, ':')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.num(i + 2)
            && let Some((whole, fraction)) = self.t(i + 2).split_once('.')
            && whole.len() == 2
            && !fraction.is_empty()
            && fraction.bytes().all(|b| b.is_ascii_digit())
            && let Ok(seconds) = self.t(i + 2).parse::<f64>()
            && seconds < 60.0
        {
            let mut qt = q(text, toks, i, i + 3, Category::Duration);
            set_point(&mut qt, f64::from(minutes) * 60.0 + seconds);
            qt.unit = Some("second".into());
            return Some((qt, i + 3));
        }
        // A bill named by dotted initials: "H.B. 194", "S.B. 5", "H.R.
        // 3590", "A.B. 5" (the undotted "HB 56" is a cue below).
        if self.lang == Language::En
            && matches!(self.t(i), "H" | "S" | "A")
            && self.is_sym(i + 1, '.')
            && matches!(self.t(i + 2), "B" | "R")
            && self.is_sym(i + 3, '.')
            && (i + 1..=i + 3).all(|k| self.glued(k))
            && self.num(i + 4)
            && self.same_line(i + 4)
            && let Some(n) = self.small_int(i + 4, 99_999)
        {
            let mut qt = q(text, toks, i, i + 5, Category::Identifier);
            set_point(&mut qt, f64::from(n));
            return Some((qt, i + 5));
        }
        // A zero-padded number alone is a label, not an amount: "pasangan
        // 01", "paslon 02", "Kamar 007" (not a date, a clock time or a
        // decimal: "01 Januari", "09.15", "0,5").
        if self.num(i) && self.zero_padded(i) {
            let mut qt = q(text, toks, i, i + 1, Category::Identifier);
            if let Some(d) = digits::parse(self.t(i), self.lang) {
                qt.value = Some(d.value);
            }
            return Some((qt, i + 1));
        }
        // "the No. 1 recipient", "the No.1 pick": after an article a rank,
        // as "#1" and "number one" are
        // "Texas is No. 1 in jobs", "We're No. 1": after a verb of being
        // too
        if self.lang == Language::En
            && self.t(i) == "No"
            && i > self.floor
            && [
                "the", "a", "is", "are", "was", "were", "be", "been", "re", "remains", "remain",
                "became", "become", "ranked", "ranks",
            ]
            .iter()
            .any(|w| self.is_word(i - 1, w))
        {
            let k = if self.is_sym(i + 1, '.') {
                i + 2
            } else {
                i + 1
            };
            if self.num(k)
                && self.same_line(k)
                && let Some(n) = self.small_int(k, 100).filter(|&n| n > 0)
            {
                let mut qt = q(text, toks, i, k + 1, Category::Ordinal);
                set_point(&mut qt, f64::from(n));
                return Some((qt, k + 1));
            }
        }
        // Identifiers after a cue: "UU No. 11 Tahun 2020", "Pasal 27 ayat
        // (3)"; a lower-case "no" after another cue ("UU. no 22 tahun
        // 2009") or, in Indonesian, before a law's number and year ("no. 5
        // tahun 2021").
        let lower_no = |k: usize| {
            self.is_word(k, "no") && self.t(k).starts_with('n') && {
                let n = if self.is_sym(k + 1, '.') {
                    k + 2
                } else {
                    k + 1
                };
                k > i
                    || self.lang == Language::Id
                        && self.num(n)
                        && self.is_word(n + 1, "tahun")
                        && self.year_at(n + 2).is_some()
            }
        };
        let cue = |k: usize| {
            self.tok(k).is_some_and(|t| t.kind == Kind::Word)
                && (is_id_cue(self.t(k)) || lower_no(k))
        };
        if cue(i) {
            let mut k = i;
            while cue(k) && (k == i || self.same_line(k)) {
                k += 1;
                if self.is_sym(k, '.') {
                    k += 1;
                }
            }
            if self.num(k) && self.same_line(k) {
                let mut e = k + 1;
                while (self.is_sym(e, '/') || self.is_sym(e, '-') || self.is_sym(e, '.'))
                    && self.glued(e)
                    && self.num(e + 1)
                    && self.glued(e + 1)
                {
                    e += 2;
                }
                if self.is_word(e, "tahun") && self.year_at(e + 1).is_some() {
                    e += 2;
                }
                if self.is_word(e, "ayat") {
                    if self.is_sym(e + 1, '(') && self.num(e + 2) && self.is_sym(e + 3, ')') {
                        e += 4;
                    } else if self.num(e + 1) {
                        e += 2;
                    }
                }
                // "nomor urut 02": the lower-case "nomor" before "urut".
                let s = if i > 0
                    && self.t(i) == "urut"
                    && self.is_word(i - 1, "nomor")
                    && self.same_line(i)
                {
                    i - 1
                } else {
                    i
                };
                let mut qt = q(text, toks, s, e, Category::Identifier);
                if let Some(d) = digits::parse(self.t(k), self.lang) {
                    qt.value = Some(d.value);
                }
                return Some((qt, e));
            }
        }
        // A virus named in any case: "Covid-19", "covid-19", "SARS-CoV-2",
        // "sars-cov-2" (the capitals alone are a code below).
        if tok.kind == Kind::Word && self.is_sym(i + 1, '-') {
            let virus = |k: usize| {
                ["covid", "sars", "mers", "cov", "ncov"]
                    .iter()
                    .any(|v| self.t(k).eq_ignore_ascii_case(v))
            };
            let mut k = i;
            while virus(k)
                && self.hyphen_joins(k + 1)
                && self.tok(k + 2).is_some_and(|t| t.kind == Kind::Word)
            {
                k += 2;
            }
            if virus(k) && self.hyphen_joins(k + 1) && self.num(k + 2) {
                let e = k + 3;
                return Some((q(text, toks, i, e, Category::Identifier), e));
            }
        }
        // Glued codes: "G20", "COVID-19", "H5N1", "MH-17".
        if tok.kind == Kind::Word && (i == 0 || !self.glued(i) || !self.num(i - 1)) {
            let w = self.t(i);
            let caps = w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
            // "A", "S", "HK" and "US" are currencies only with a dollar
            // sign (A$, S$, HK$, US$): glued to digits they start a code,
            // "Airbus A321".
            let dollar_prefix = matches!(w, "A" | "S" | "HK" | "US");
            let code = (self.num(i + 1)
                && self.glued(i + 1)
                && (!is_currency_word(w) || dollar_prefix)
                && !self.is_word(i, "ke"))
                // "F-16", "B-52", "C-130": one capital, a hyphen, a number;
                // not a Roman numeral before a year ("triwulan I-2024").
                || (w.len() == 1
                    && w.bytes().all(|b| b.is_ascii_uppercase())
                    && !matches!(w, "I" | "V" | "X")
                    && self.year_at(i + 2).is_none()
                    && self.is_sym(i + 1, '-')
                    && self.glued(i + 1)
                    && self.num(i + 2)
                    && self.glued(i + 2))
                || (caps
                    && !is_currency_word(w)
                    && self.is_sym(i + 1, '-')
                    && self.glued(i + 1)
                    && self.num(i + 2)
                    && self.glued(i + 2));
            if code {
                let mut e = i + 1;
                while self.glued(e)
                    && (self.num(e)
                        || self.tok(e).is_some_and(|t| t.kind == Kind::Word)
                        || (self.is_sym(e, '-') && self.glued(e + 1) && (self.num(e + 1))))
                {
                    e += 1;
                }
                return Some((q(text, toks, i, e, Category::Identifier), e));
            }
        }
        // Phone numbers: "+62 21 555 1234", "0812-3456-7890".
        if (self.is_sym(i, '+') && self.num(i + 1) && self.glued(i + 1))
            || (self.num(i)
                && self.t(i).starts_with('0')
                && self.t(i).len() >= 3
                && self.t(i).bytes().all(|b| b.is_ascii_digit()))
        {
            let mut k = if self.num(i) { i } else { i + 1 };
            let mut digits_n = 0;
            let mut e = k;
            loop {
                if !self.num(k) || !self.t(k).bytes().all(|b| b.is_ascii_digit()) {
                    break;
                }
                digits_n += self.t(k).len();
                e = k + 1;
                if self.is_sym(k + 1, '-') && self.num(k + 2) {
                    k += 2;
                } else if self.num(k + 1) && self.tok(k + 1).is_some_and(|t| t.gap == Gap::Space) {
                    k += 1;
                } else {
                    break;
                }
            }
            if digits_n >= 9 {
                return Some((q(text, toks, i, e, Category::Identifier), e));
            }
        }
        // Day names: "pada hari Rabu", "Kamis pagi", "Sabtu (12/3/2024)", "on Tuesday".
        {
            let mut k = i;
            if self.is_word(k, "pada")
                || self.is_word(k, "on")
                || self.is_word(k, "last")
                || self.is_word(k, "next")
            {
                k += 1;
            }
            if self.is_word(k, "hari") && self.same_line(k + 1) {
                k += 1;
            }
            if self.has(k, |w| matches!(w, W::Day))
                && self.t(k).starts_with(|c: char| c.is_ascii_uppercase())
                && (k == i || self.same_line(k))
            {
                let mut e = k + 1;
                let mut value = None;
                if self.is_sym(e, '(')
                    && let Some((v, e2)) = self.slash_date(e + 1)
                    && self.is_sym(e2, ')')
                {
                    value = v;
                    e = e2 + 1;
                } else if self.is_sym(e, ',')
                    && let Some((v, e2)) = self.dmy_words(e + 1)
                {
                    value = v;
                    e = e2;
                } else if let Some((v, e2)) = self.dmy_words(e) {
                    value = v;
                    e = e2;
                }
                // "Selasa lalu", "Rabu depan", "Jumat pekan lalu": a day
                // named by the week it falls in ("Minggu lalu" alone is last
                // week, see `relative_date`).
                if e == k + 1 && self.lang == Language::Id && self.same_line(e) {
                    let sunday = self.is_word(k, "Minggu");
                    if !sunday
                        && ["lalu", "kemarin", "depan", "mendatang"]
                            .iter()
                            .any(|w| self.is_word(e, w))
                    {
                        e += 1;
                    } else if (self.is_word(e, "pekan") || self.is_word(e, "minggu"))
                        && (self.is_word(e + 1, "lalu") || self.is_word(e + 1, "depan"))
                        && self.same_line(e + 1)
                    {
                        e += 2;
                    }
                }
                if self.has(e, |w| matches!(w, W::DayPart)) && self.same_line(e) {
                    e += 1;
                    if self.is_word(e, "hari") && self.is_word(e - 1, "dini") {
                        e += 1;
                    }
                }
                // "the Sunday Times", "Sunday Night Football", "the Good
                // Friday Agreement": an English name, not a day ("on Sunday
                // Mr Brown said" keeps its date).
                let name = self.lang == Language::En
                    && k == i
                    && value.is_none()
                    && self
                        .tok(e)
                        .is_some_and(|t| t.kind == Kind::Word && t.gap == Gap::Space)
                    && self.t(e).starts_with(|c: char| c.is_ascii_uppercase())
                    && self.t(e).bytes().skip(1).any(|b| b.is_ascii_lowercase())
                    && self.month_at(e).is_none();
                if name {
                    return None;
                }
                let mut qt = q(text, toks, i, e, Category::Date);
                qt.value = value;
                qt.low = value;
                qt.high = value;
                return Some((qt, e));
            }
        }
        // Absolute dates: "22 Januari 2015", "March 3, 2024", "12/3/2024", "12.03.2024",
        // "2024-03-12".
        {
            let k = if self.is_word(i, "pada")
                || self.is_word(i, "on")
                || self.is_word(i, "tanggal")
                || self.is_word(i, "per")
            {
                i + 1
            } else {
                i
            };
            // "12-14 Januari 2025", "from 4-6 March", "22 Januari - 3
            // Februari 2015", "March 4-6": the days of an event.
            if (k == i || self.same_line(k))
                && let Some((low, high, e)) = self.date_range(k)
            {
                let mut qt = q(text, toks, i, e, Category::Date);
                qt.low = low;
                qt.high = high;
                return Some((qt, e));
            }
            if k == i || self.same_line(k) {
                if let Some((v, e)) = self
                    .dmy_words(k)
                    .or_else(|| self.slash_date(k))
                    .or_else(|| self.iso_date(k))
                    .or_else(|| self.dashed_date(k))
                {
                    let mut qt = q(text, toks, i, e, Category::Date);
                    qt.value = v;
                    qt.low = v;
                    qt.high = v;
                    return Some((qt, e));
                }
                if self.num(k)
                    && let Some(v) = self.dotted_date(k)
                {
                    let mut qt = q(text, toks, i, k + 1, Category::Date);
                    set_point(&mut qt, v);
                    return Some((qt, k + 1));
                }
                // "3" of "pada 3 dan 4 Maret", "4" of "March 3 and 4"
                if let Some((v, e)) = self.listed_day(k) {
                    let mut qt = q(text, toks, i, e, Category::Date);
                    qt.value = v;
                    qt.low = v;
                    qt.high = v;
                    return Some((qt, e));
                }
            }
        }
        // Age groups: "the over-70s", "under-18s" are people older or
        // younger than that age (as "34-year-old" is an age in years).
        if self.lang == Language::En
            && i >= 2
            && self.is_sym(i - 1, '-')
            && self.glued(i - 1)
            && self.glued(i)
            && self.glued(i + 1)
            && self.is_word(i + 1, "s")
            && self.t(i).bytes().all(|b| b.is_ascii_digit())
            && let Some(age) = self.small_int(i, 120)
            && let Some(approx) = if self.is_word(i - 2, "over") {
                Some(Approx::MoreThan)
            } else if self.is_word(i - 2, "under") {
                Some(Approx::LessThan)
            } else {
                None
            }
        {
            let mut qt = age_in_years(text, toks, i - 2, i + 2, age);
            qt.approx = Some(approx);
            return Some((qt, i + 2));
        }
        // A decade of two digits: an age after a possessive or an age word
        // ("in their 30s", "usia 30-an"), a decade of the last century
        // after "the" or a word for an era ("program for the 80s", "tahun
        // 80-an"); else, as temperatures ("in the 80s" with "degrees"
        // near) and anything unclear, the numbers.
        if self.num(i)
            && self.glued(i + 1)
            && self.t(i).len() == 2
            && let Some(v) = self.small_int(i, 90).filter(|v| *v >= 10)
            && let Some(e) = self.decade_suffix(i, v)
        {
            let (low, high) = (f64::from(v), f64::from(v + 9));
            let mut before = i
                .checked_sub(1)
                .filter(|&b| b >= self.floor && self.same_line(i));
            // a decade listed after another is read as the first is
            match self.first_decade_of_list(i) {
                Some(DecadeList::WordBefore(b)) => before = Some(b),
                Some(DecadeList::Century(century)) => {
                    let mut qt = q(text, toks, i, e, Category::Year);
                    (qt.low, qt.high) = (
                        Some(f64::from(century + v)),
                        Some(f64::from(century + v + 9)),
                    );
                    return Some((qt, e));
                }
                None => {}
            }
            let word_before =
                |words: &[&str]| before.is_some_and(|b| words.iter().any(|w| self.is_word(b, w)));
            const AGE: &[&str] = &[
                "their", "his", "her", "my", "your", "our", "usia", "berusia", "umur", "aged",
            ];
            const ERA: &[&str] = &["the", "tahun", "era", "dekade", "medio", "akhir", "awal"];
            if word_before(AGE) {
                let mut qt = age_in_years(text, toks, i, e, v);
                qt.value = None;
                (qt.low, qt.high) = (Some(low), Some(high));
                return Some((qt, e));
            }
            let mut qt = q(text, toks, i, e, Category::Number);
            if v >= 20 && word_before(ERA) && !self.temperature_near(i) {
                qt.category = Category::Year;
                (qt.low, qt.high) = (Some(1900.0 + low), Some(1900.0 + high));
                return Some((qt, e));
            }
            // "sekitar 70-an orang", "20-an korban": a count in tens, with
            // its hedge and its noun
            let (approx, start) = self.hedge_before(i).unwrap_or((None, i));
            let unit = self
                .suffix(e, high)
                .filter(|(sfx, _)| sfx.cat != Category::Count);
            let noun = (self.lang == Language::Id && unit.is_none())
                .then(|| self.counted_noun(e, high, false))
                .flatten();
            let end = unit.as_ref().map_or(e, |&(_, ue)| ue);
            let mut qt = q(text, toks, start, end, Category::Number);
            (qt.low, qt.high, qt.approx) = (Some(low), Some(high), approx);
            if let Some((sfx, _)) = unit {
                qt.category = sfx.cat;
                qt.unit = Some(sfx.unit.to_string());
            } else if let Some(noun) = noun {
                qt.category = Category::Count;
                qt.unit = Some(noun);
            }
            return Some((qt, end));
        }
        // A range of years between words: "antara 2007 dan 2012",
        // "between 2007 and 2012", "from 2007 to 2012", "dari 2007 hingga
        // 2012". Found at the first year, so that the common opener words
        // start no parse of their own; the span reaches back to the opener.
        if let Some(found) = self.year_range(i) {
            return Some(found);
        }
        // Years: "tahun 2015", "pada 2023", "in 2004", "2014-2015".
        {
            let cue_in_span = [
                "tahun",
                "pada",
                "in",
                "sejak",
                "since",
                "sepanjang",
                "during",
            ];
            let mut k = i;
            let mut cue = false;
            if cue_in_span.iter().any(|c| self.is_word(i, c)) {
                k = i + 1;
                cue = true;
            }
            if let Some(y) = self
                .year_at(k)
                .filter(|_| (k == i || self.same_line(k)) && !self.index_of_year_shape(k))
            {
                if let Some(e) = self.decade_suffix(k, y) {
                    // A decade: "the 1990s", "the 1970's", "tahun 1990-an".
                    let mut qt = q(text, toks, i, e, Category::Year);
                    qt.low = Some(f64::from(y));
                    qt.high = Some(f64::from(y + 9));
                    return Some((qt, e));
                }
                // "on 2003's figures": a year's possessive
                let possessive = (self.is_sym(k + 1, '\'') || self.is_sym(k + 1, '’'))
                    && self.glued(k + 1)
                    && self.glued(k + 2)
                    && self.is_word(k + 2, "s");
                // "Pemilu 2024 digelar", "APBN 2026 disahkan": a year-shaped
                // number after a name in Indonesian (which groups a count's
                // thousands, "2.024") is that name's year
                let year_of_a_name = self.lang == Language::Id
                    && k == i
                    && (1900..=2100).contains(&y)
                    && i.checked_sub(1).is_some_and(|b| {
                        b >= self.floor
                            && self.tok(b).is_some_and(|t| t.kind == Kind::Word)
                            && self.t(b).starts_with(|c: char| c.is_uppercase())
                            && self.tok(i).is_some_and(|t| t.gap == Gap::Space)
                            // not a word of amounts ("Sebanyak 2000 orang")
                            && self.tok(b).is_some_and(|t| t.lex.is_empty() && !t.cue)
                    })
                    && self.hedge_before(i).is_none()
                    // before a verb ("digelar", "menjadi"), the end or a
                    // sign: "Tercatat 2000 kasus" counts cases
                    && (self.at_end(k + 1)
                        || self.tok(k + 1).is_some_and(|t| t.kind == Kind::Word)
                            && self.t(k + 1).len() >= 5
                            && ["di", "me", "ber", "ter"]
                                .iter()
                                .any(|p| self.t(k + 1).starts_with(p)));
                let year_like_context = cue
                    || possessive
                    || year_of_a_name
                    || self.prev_is_year_cue(i)
                    || self.year_determiner_before(i, y);
                let next_is_noun = self
                    .tok(k + 1)
                    .is_some_and(|t| t.gap == Gap::Space && t.kind == Kind::Word)
                    && self.counted_noun(k + 1, f64::from(y), true).is_some();
                let unit_next = units::suffix_at(text, toks, k + 1).is_some()
                    || self.scale_word(k + 1).is_some();
                // English groups a count's thousands ("1,989 levels"), so a
                // bare year-like number before a noun is the noun's year:
                // "at 1989 levels", "2009 estimates", "the 2012 elections";
                // round numbers ("2000 people", "1950 troops") and hedged
                // ones ("nearly 1985 people") stay counts.
                let english_year_of_noun = self.lang == Language::En
                    && (1900..=2099).contains(&y)
                    && !y.is_multiple_of(50)
                    && !unit_next
                    && k == i
                    && self.hedge_before(i).is_none();
                if year_like_context || english_year_of_noun || (!next_is_noun && !unit_next) {
                    // A year range "2014-2015".
                    if (self.is_sym(k + 1, '-') || self.is_sym(k + 1, '–'))
                        && let Some(y2) = self.year_at(k + 2)
                        && y2 > y
                    {
                        let mut qt = q(text, toks, i, k + 3, Category::Year);
                        qt.low = Some(f64::from(y));
                        qt.high = Some(f64::from(y2));
                        return Some((qt, k + 3));
                    }
                    // An abbreviated range: "2005-6", "2019-20", "1999-00",
                    // "2005/06" (fiscal years, seasons).
                    if let Some(y2) = self.short_year_after(k, y) {
                        let mut qt = q(text, toks, i, k + 3, Category::Year);
                        qt.low = Some(f64::from(y));
                        qt.high = Some(f64::from(y2));
                        return Some((qt, k + 3));
                    }
                    if self.is_sym(k + 1, '-') && self.num(k + 2) && self.glued(k + 2) {
                        // "2024-03-12" etc.: leave it to the number rules
                    } else {
                        let mut qt = q(text, toks, i, k + 1, Category::Year);
                        set_point(&mut qt, f64::from(y));
                        return Some((qt, k + 1));
                    }
                }
            }
        }
        // Month and year: "Januari 2015".
        if let Some(m) = self.month_at(i)
            && let year = self.after_month(i)
            && let Some(y) = self.year_at(year)
            && self.same_line(year)
        {
            let mut qt = q(text, toks, i, year + 1, Category::Date);
            set_point(&mut qt, f64::from(y) * 100.0 + f64::from(m));
            return Some((qt, year + 1));
        }
        // "berbulan-bulan", "bertahun-tahun".
        if let Some(unit) = tok.lex.iter().find_map(|w| {
            if let W::DurVague(u) = w {
                Some(*u)
            } else {
                None
            }
        }) && self.is_sym(i + 1, '-')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word)
        {
            let mut qt = q(text, toks, i, i + 3, Category::Duration);
            qt.low = Some(2.0);
            qt.unit = Some(unit.to_string());
            return Some((qt, i + 3));
        }
        // "setahun", "sebulan", "sepekan": one year, month, week. Not
        // "sehari-hari" (everyday), nor a rate's "dua kali setahun" (twice
        // a year) or "Rp 50 ribu sehari" (a day) right after its amount.
        if let Some(unit) = tok.lex.iter().find_map(|w| match w {
            W::DurOne(u) => Some(*u),
            _ => None,
        }) && !(self.is_sym(i + 1, '-') && self.glued(i + 1))
            && !self.is_word(i.wrapping_sub(1), "kali")
            && !(i > 0 && self.floor == i)
        {
            let (approx, start) = self.hedge_before(i).unwrap_or((None, i));
            let mut qt = q(text, toks, start, i + 1, Category::Duration);
            set_point(&mut qt, 1.0);
            qt.unit = Some(unit.to_string());
            qt.approx = approx;
            return Some((qt, i + 1));
        }
        // "#1 in Florida", "the #2 official": a rank, as "number one" is
        // (not "#1234", an issue's number)
        if i > self.floor
            && self.is_sym(i - 1, '#')
            && self.glued(i)
            && self.num(i)
            && let Some(n) = self.small_int(i, 100).filter(|&n| n > 0)
            && !(self.glued(i + 1) && self.tok(i + 1).is_some_and(|t| t.kind != Kind::Sym('.')))
        {
            let mut qt = q(text, toks, i - 1, i + 1, Category::Ordinal);
            set_point(&mut qt, f64::from(n));
            return Some((qt, i + 1));
        }
        // "the 9-9-9 plan", "a 4-4-2 formation": three or more numbers of
        // one or two digits joined by hyphens name something (a date has
        // a four-digit year and was read above)
        {
            let short = |k: usize| {
                self.num(k) && self.t(k).len() <= 2 && self.t(k).bytes().all(|b| b.is_ascii_digit())
            };
            if short(i)
                && !(i > 0 && self.glued(i) && self.is_sym(i - 1, '-'))
                && self.hyphen_joins(i + 1)
                && short(i + 2)
                && self.hyphen_joins(i + 3)
                && short(i + 4)
            {
                let mut e = i + 5;
                while self.hyphen_joins(e) && short(e + 1) {
                    e += 2;
                }
                return Some((q(text, toks, i, e, Category::Identifier), e));
            }
        }
        // Digit-count idioms: "satu digit ribuan", "“satu digit” ribuan", "single-digit thousands".
        if let Some(r) = self.digit_idiom(i) {
            return Some(r);
        }
        if let Some(times) = self.multiple(i) {
            let (approx, start) = self.hedge_before(i).unwrap_or((None, i));
            let mut qt = q(text, toks, start, i + 1, Category::Ratio);
            set_point(&mut qt, times);
            qt.unit = Some("x".into());
            if self.twice_counts_occurrences(i) {
                qt.category = Category::Count;
                qt.unit = Some("times".into());
            }
            qt.approx = approx;
            return Some((qt, i + 1));
        }
        None
    }

    /// Whether "kali" at `kali`, after a number starting at `start`, counts
    /// occurrences ("dilakukan sebanyak 59 kali", "sudah tiga kali
    /// memeriksa", "selama dua kali pemilihan presiden", "dua kali dalam
    /// setahun") rather than a multiple ("tiga kali lebih mahal", "dua
    /// kali lipat", "naik dua kali", "dua kali gaji"; "dua kali setahun"
    /// stays a multiple with its rate, as "twice a year" does).
    fn occurrences_of_kali(&self, start: usize, kali: usize) -> bool {
        const RATIO_AFTER: &[&str] = &[
            "lipat",
            "lebih",
            "dari",
            "daripada",
            "dibanding",
            "dibandingkan",
            "lebihnya",
        ];
        const CHANGE_BEFORE: &[&str] = &[
            "naik",
            "meningkat",
            "turun",
            "menurun",
            "melonjak",
            "bertambah",
            "tumbuh",
            "berkurang",
            "menjadi",
        ];
        const COUNTING_BEFORE: &[&str] = &[
            "sebanyak", "sudah", "telah", "pernah", "selama", "baru", "hingga", "sampai", "sempat",
        ];
        #[rustfmt::skip]
        const OCCURRENCE_AFTER: &[&str] = &[
            "dalam", "lagi", "pula", "juga", "sejak", "selama", "di", "pada", "dan", "atau", "sebelumnya",
            "terakhir", "berturut",
        ];
        let next = kali + 1;
        if RATIO_AFTER.iter().any(|w| self.is_word(next, w)) {
            return false;
        }
        let before = start.checked_sub(1).filter(|_| self.same_line(start));
        if before.is_some_and(|b| CHANGE_BEFORE.iter().any(|w| self.is_word(b, w))) {
            return false;
        }
        let verb = self.tok(next).is_some_and(|t| t.kind == Kind::Word)
            && self.t(next).len() >= 5
            && ["me", "di", "ber", "ter"]
                .iter()
                .any(|p| self.t(next).starts_with(p));
        before.is_some_and(|b| COUNTING_BEFORE.iter().any(|w| self.is_word(b, w)))
            || self.at_end(next)
            || verb
            || OCCURRENCE_AFTER.iter().any(|w| self.is_word(next, w))
    }

    /// "voted twice in the election", "cut my salary -- twice.", "twice a
    /// year": "twice" counting occurrences, as "three times" does unless a
    /// comparison or what is multiplied follows ("twice the rate", "twice
    /// as high", "twice his salary" stay multiples; see `COMPARATIVES`).
    fn twice_counts_occurrences(&self, i: usize) -> bool {
        const MULTIPLIED: &[&str] = &[
            "that", "this", "those", "these", "its", "his", "her", "their", "our", "my", "your",
        ];
        self.is_word(i, "twice")
            && !COMPARATIVES
                .iter()
                .chain(MULTIPLIED)
                .any(|w| self.is_word(i + 1, w))
            && (!self.glued(i + 1) || self.at_end(i + 1))
    }

    /// A multiple said in one word at `i`: "twice", "prices have doubled",
    /// "more than tripled", "was halved", "spending will double". A base
    /// form ("double", "triple") only after a modal or "to", not glued
    /// on ("double-digit") nor in "double down".
    fn multiple(&self, i: usize) -> Option<f64> {
        let times = self.tok(i)?.lex.iter().find_map(|w| match w {
            W::Multiple(v) => Some(*v),
            _ => None,
        })?;
        if self.glued(i + 1) && !self.at_end(i + 1) || self.glued(i) {
            return None;
        }
        let base = ["double", "triple", "quadruple", "halve"]
            .iter()
            .any(|w| self.is_word(i, w));
        let third_person = ["doubles", "triples", "quadruples", "halves"]
            .iter()
            .any(|w| self.is_word(i, w));
        if third_person {
            return None;
        }
        // "doubled up the sanctions", "double down": a phrasal verb, no
        // multiple ("doubled over the decade" is one)
        if ["up", "down", "back"]
            .iter()
            .any(|w| self.is_word(i + 1, w))
        {
            return None;
        }
        if base {
            const MODALS: &[&str] = &[
                "will", "would", "could", "can", "may", "might", "should", "to", "must",
            ];
            // "almost double the number expected": a hedge makes the base
            // form a multiple too
            let after_modal = i > self.floor && MODALS.iter().any(|w| self.is_word(i - 1, w));
            if !after_modal && self.hedge_before(i).is_none() {
                return None;
            }
        }
        Some(times)
    }

    /// Cheap test: can anything start at token `i`? Every form begins with a
    /// number, a sign, a lexicon word, or a cue word a few tokens before one.
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        match t.kind {
            Kind::Num => true,
            Kind::Sym('$' | '£' | '€' | '¥' | '½' | '¼' | '¾') => true,
            Kind::Word if t.lex.iter().any(|w| *w != W::Stop) => true,
            Kind::Word
                if t.cue
                    && (self.relative_date(i).is_some()
                        || self.recent_period(i).is_some()
                        || self.part_of_this_year(i).is_some()
                        || self.holiday(i).is_some()
                        || self.earlier_date(i).is_some()) =>
            {
                true
            }
            _ => (i + 1..(i + 5).min(self.toks.len())).any(|k| {
                let n = &self.toks[k];
                // a word with any role but a stop word's: "May" is a
                // month as well as a modal ("last May")
                n.kind == Kind::Num || n.lex.iter().any(|w| *w != W::Stop)
            }),
        }
    }

    /// "am", "pm", "a.m." or "p.m." at `k`; checked after every small
    /// number, so the length is looked at before any comparison.
    fn is_am_pm(&self, k: usize) -> bool {
        if !matches!(self.tok(k), Some(t) if t.kind == Kind::Word && t.e - t.s <= 2) {
            return false;
        }
        match self.t(k).as_bytes() {
            [a, b] => matches!(a | 0x20, b'a' | b'p') && b | 0x20 == b'm',
            [a] => {
                matches!(a | 0x20, b'a' | b'p')
                    && self.is_sym(k + 1, '.')
                    && self.glued(k + 1)
                    && self.is_word(k + 2, "m")
            }
            _ => false,
        }
    }

    fn is_tz(&self, k: usize) -> bool {
        ["WIB", "WITA", "WIT", "GMT", "UTC", "am", "pm"]
            .iter()
            .any(|z| self.is_word(k, z))
            || (self.is_word(k, "a") || self.is_word(k, "p"))
                && self.is_sym(k + 1, '.')
                && self.is_word(k + 2, "m")
    }
    /// "a second offer", "a second term": "second" at `k` is the ordinal
    /// when a word it can describe follows ("for a second before",
    /// "a second or two" stay one second).
    fn second_before_noun(&self, k: usize) -> bool {
        const NOT_NOUNS: &[&str] = &[
            "or", "and", "before", "after", "later", "ago", "to", "of", "in", "for", "then",
            "while", "when", "longer", "earlier", "faster", "slower", "per", "each", "too", "at",
            "on", "as", "than", "but",
        ];
        self.lang == Language::En
            && self.is_word(k, "second")
            && self
                .tok(k + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.gap == Gap::Space)
            && !NOT_NOUNS
                .iter()
                .any(|w| self.t(k + 1).eq_ignore_ascii_case(w))
    }

    /// The end of "Three Mile Island", "the Seven Mile Bridge": a number
    /// word and a unit in a Title Case name, which measure nothing.
    fn measure_in_a_name(&self, i: usize) -> Option<usize> {
        let capital = |at: usize| {
            self.tok(at).is_some_and(|t| t.kind == Kind::Word)
                && self.t(at).starts_with(|c: char| c.is_ascii_uppercase())
        };
        if self.lang != Language::En
            || !capital(i)
            || !self.has(i, |w| {
                matches!(w, W::EnDigit(_) | W::EnTeen(_) | W::EnTens(_))
            })
            || !capital(i + 1)
        {
            return None;
        }
        let (sfx, e) = units::suffix_at(self.text, self.toks, i + 1)?;
        (sfx.cat == Category::Measure && capital(e) && (i + 1..=e).all(|k| self.same_line(k)))
            .then_some(e + 1)
    }

    /// The end of "the first half", "the second half (of the match)",
    /// "paruh kedua": one of two halves, neither the ordinal of anything
    /// nor a ratio of 0.5. A half of a year ("the first half of 2024",
    /// "paruh pertama 2025") is left to `part_of_year`.
    fn half_of_a_whole(&self, i: usize) -> Option<usize> {
        let tok = self.tok(i)?;
        if tok.kind != Kind::Word {
            return None;
        }
        let (half, ordinal) = match self.lang {
            Language::En => (i + 1, i),
            Language::Id => (i, i + 1),
        };
        let halves = match self.lang {
            Language::En => self.is_word(half, "half"),
            Language::Id => self.is_word(half, "paruh"),
        };
        if !halves
            || !matches!(self.ordinal_at(ordinal), Some(o) if o == 1.0 || o == 2.0)
            || !self.tok(i + 1).is_some_and(|t| t.gap == Gap::Space)
            || self.glued(i + 2)
        {
            return None;
        }
        if self.part_of_year(i).is_some() {
            return None;
        }
        Some(i + 2)
    }

    /// The end of an Indonesian phrase whose number word counts nothing:
    /// "salah satu" (one of), "satu-satunya" (the only), "kendaraan roda
    /// dua dan empat" (motorcycles and cars), and a military rank
    /// ("Letnan Satu", "Sersan Dua").
    fn indonesian_idiom(&self, i: usize) -> Option<usize> {
        const RANKS: &[&str] = &[
            "Letnan",
            "Sersan",
            "Kopral",
            "Prajurit",
            "Kelasi",
            "Laksamana",
        ];
        const WHEELS: &[&str] = &["dua", "tiga", "empat", "enam"];
        if self.lang != Language::Id || self.tok(i).is_none_or(|t| t.kind != Kind::Word) {
            return None;
        }
        let before = |w: &str| i > 0 && self.same_line(i) && self.is_word(i - 1, w);
        let word = self.t(i);
        if word.eq_ignore_ascii_case("satu") {
            if before("salah") {
                return Some(i + 1);
            }
            if self.is_sym(i + 1, '-')
                && self.glued(i + 1)
                && self.glued(i + 2)
                && self.t(i + 2).eq_ignore_ascii_case("satunya")
            {
                return Some(i + 3);
            }
        }
        if (word == "Satu" || word == "Dua")
            && i > 0
            && self.same_line(i)
            && RANKS.contains(&self.t(i - 1))
        {
            return Some(i + 1);
        }
        if WHEELS.contains(&word) && before("roda") {
            // "roda dua dan empat", "roda dua atau roda empat"
            let mut e = i + 1;
            if (self.is_word(e, "dan") || self.is_word(e, "atau")) && self.same_line(e + 1) {
                let next = if self.is_word(e + 1, "roda") {
                    e + 2
                } else {
                    e + 1
                };
                if WHEELS.contains(&self.t(next)) {
                    e = next + 1;
                }
            }
            return Some(e);
        }
        None
    }

    /// The end of an adjective made of a number word, a hyphen and a
    /// word that counts nothing: "a one-off £200 refund", "a two-way
    /// street", "a five-star hotel" hold no quantity ("a one-day
    /// conference" and "two-fold" do, and are not matched).
    fn compound_adjective(&self, i: usize) -> Option<usize> {
        const NUMBER_WORDS: &[&str] = &[
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ];
        const HEADS: &[&str] = &[
            "off", "way", "sided", "stop", "size", "man", "party", "horse", "star", "pronged",
            "piece", "liner", "shot",
        ];
        // The cheap tests first: this runs at every word that may start a
        // quantity.
        if !self.is_sym(i + 1, '-') || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let word = self.tok(i).is_some_and(|t| t.kind == Kind::Word);
        // "a first-class job", "second-hand cars", "third-party
        // candidates", "first-degree murder": a quality, not a rank
        const ORDINAL_HEADS: &[&str] = &[
            "class", "rate", "hand", "degree", "party", "guess", "guessing", "string",
        ];
        if word
            && ["first", "second", "third"]
                .iter()
                .any(|w| self.t(i).eq_ignore_ascii_case(w))
            && ORDINAL_HEADS
                .iter()
                .any(|h| self.t(i + 2).eq_ignore_ascii_case(h))
        {
            return Some(i + 3);
        }
        let number = word
            && NUMBER_WORDS
                .iter()
                .any(|w| self.t(i).eq_ignore_ascii_case(w));
        if !number {
            return None;
        }
        let head = self.t(i + 2);
        let mut e = i + 3;
        // "one-on-one", "one-to-one", "two-on-one"; "two-to-one" is odds
        // (see `odds`)
        if ["on", "to"].contains(&head) && self.is_sym(e, '-') && self.glued(e) && self.glued(e + 1)
        {
            e += 2;
            let odds = head == "to" && !self.t(i).eq_ignore_ascii_case("one");
            return (self.is_word(e - 1, "one") && !odds).then_some(e);
        }
        // "a one-time payment" holds no number; a "two-time Olympic
        // medallist" does.
        let once = head == "time" && self.t(i).eq_ignore_ascii_case("one");
        (self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word) && (HEADS.contains(&head) || once))
            .then_some(e)
    }

    /// A time zone written in capitals, or "hours", after a 24-hour time
    /// ("0800 GMT", "0800 hours"); never "am"/"pm", and not "est" (an
    /// estimate).
    fn zone_or_hours(&self, k: usize) -> bool {
        matches!(self.tok(k), Some(t) if t.kind == Kind::Word)
            && [
                "WIB", "WITA", "WIT", "GMT", "UTC", "BST", "CET", "EST", "PST", "hours", "hrs",
            ]
            .contains(&self.t(k))
    }
    /// Four plain digits that read as a 24-hour time: "0800", "1830".
    fn hhmm(&self, k: usize) -> bool {
        let raw = self.t(k).as_bytes();
        self.num(k)
            && raw.len() == 4
            && raw.iter().all(u8::is_ascii_digit)
            && (raw[0] - b'0') * 10 + (raw[1] - b'0') <= 24
            && raw[2] < b'6'
    }
    /// Does a code such as "3T" end before token `k`? Yes at a space or
    /// at glued punctuation ("3T.", "3T,"), but not before "-", "/" or a
    /// decimal point that continue it ("3D-printed", "5G.2").
    fn code_ends(&self, k: usize) -> bool {
        if !self.glued(k) {
            return true;
        }
        match self.tok(k).map(|t| t.kind) {
            Some(Kind::Sym('-' | '/')) => false,
            Some(Kind::Sym('.')) => !self.glued(k + 1),
            Some(Kind::Sym(_)) => true,
            _ => false,
        }
    }
    fn tz_end(&self, k: usize) -> usize {
        if (self.is_word(k, "a") || self.is_word(k, "p")) && self.is_word(k + 2, "m") {
            if self.is_sym(k + 3, '.') {
                k + 4
            } else {
                k + 3
            }
        } else {
            k + 1
        }
    }

    /// English "the 2001 attacks", "its 2004 target", "their 2016
    /// elections": a determiner before a bare recent year makes it the
    /// year the noun belongs to, not a count of 2,001 attacks (news writes
    /// such counts with a comma). Indonesian: see below.
    fn year_determiner_before(&self, i: usize, y: u32) -> bool {
        if !(1900..=2099).contains(&y) || i <= self.floor {
            return false;
        }
        match self.lang {
            Language::En => ["the", "its", "his", "her", "their", "our", "this", "that"]
                .iter()
                .any(|d| self.is_word(i - 1, d)),
            // Indonesian names an event or a budget before its year
            // ("Pemilu 2024 sangat", "APBN 2025"), and thousands take a
            // dot ("2.000 orang"), so a bare year after a capitalized word,
            // or after "di", is the year.
            Language::Id => {
                self.is_word(i - 1, "di")
                    || self.tok(i - 1).is_some_and(|t| {
                        t.kind == Kind::Word
                            && t.gap != Gap::Break
                            && self.t(i - 1).starts_with(|c: char| c.is_ascii_uppercase())
                    })
            }
        }
    }

    fn prev_is_year_cue(&self, i: usize) -> bool {
        i > self.floor
            && [
                "akhir",
                "awal",
                "pertengahan",
                "hingga",
                "sampai",
                "until",
                "by",
                "of",
                "sejak",
                "since",
                "tahun",
                "pada",
                "in",
            ]
            .iter()
            .any(|c| self.is_word(i - 1, c))
    }

    /// The day of a month written at `k` as English writes it beside a
    /// month's name: "15", "15th", "fifteenth", "twenty-first"; with
    /// the token after it and whether it was a word ("fifteenth" needs
    /// "of" before a month: "the first May Day rally" is no date).
    fn day_of_month(&self, k: usize) -> Option<(u32, usize, bool)> {
        if let Some(d) = self.small_int(k, 31).filter(|&d| d >= 1) {
            let suffix = self.lang == Language::En
                && self.glued(k + 1)
                && ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|w| self.is_word(k + 1, w));
            return Some((d, if suffix { k + 2 } else { k + 1 }, false));
        }
        if self.lang != Language::En {
            return None;
        }
        let whole = |o: f64| (o.fract() == 0.0 && (1.0..=31.0).contains(&o)).then_some(o as u32);
        let (day, e) = if let Some(o) = self.ordinal_at(k) {
            (whole(o)?, k + 1)
        } else {
            let tens = self.tok(k)?.lex.iter().find_map(|w| match w {
                W::EnTens(t) => Some(*t),
                _ => None,
            })?;
            let j = if self.is_sym(k + 1, '-') && self.glued(k + 1) {
                k + 2
            } else {
                k + 1
            };
            let unit = self.ordinal_at(j).filter(|u| *u < 10.0)?;
            (whole(tens + unit)?, j + 1)
        };
        // "May first-time buyers": a word going on is no day
        if self.is_sym(e, '-') && self.glued(e) {
            return None;
        }
        Some((day, e, true))
    }

    /// "22 Januari 2015", "22 Januari", "March 3, 2024", "3 March 2024",
    /// "May fifteenth", "the 15th of May", "the twenty-first of March".
    fn dmy_words(&self, k: usize) -> Option<(Option<f64>, usize)> {
        let en = self.lang == Language::En;
        // "the fifteenth of May": "the" starts the date
        let day_at = if en
            && self.is_word(k, "the")
            && self
                .day_of_month(k + 1)
                .is_some_and(|(_, e, _)| self.is_word(e, "of"))
        {
            k + 1
        } else {
            k
        };
        if let Some((d, mut e, word)) = self.day_of_month(day_at) {
            let of = en && self.is_word(e, "of") && self.same_line(e);
            if of {
                e += 1;
            }
            if (of || !word)
                && let Some(m) = self.month_at(e)
                && self.tok(e).is_some_and(|t| t.gap == Gap::Space)
            {
                // "the fifteenth of May, 2020": English may put a comma before the year
                let y_at = if of && self.is_sym(e + 1, ',') {
                    e + 2
                } else {
                    e + 1
                };
                if let Some(y) = self.year_at(y_at).filter(|_| self.same_line(y_at)) {
                    return Some((Some(ymd(y, m.into(), d)), y_at + 1));
                }
                return Some((None, e + 1));
            }
        }
        if let Some(m) = self.month_at(k)
            && en
            && let day = self.after_month(k)
            && let Some((d, end, _)) = self.day_of_month(day)
            && self.tok(day).is_some_and(|t| t.gap == Gap::Space)
        {
            let mut j = end;
            if self.is_sym(j, ',') {
                j += 1;
            }
            if let Some(y) = self.year_at(j).filter(|_| self.same_line(j)) {
                return Some((Some(ymd(y, m.into(), d)), j + 1));
            }
            // "March 3 and 4, 2024": the year written once, after the list
            let year = self.year_after_listed_days(end);
            return Some((year.map(|y| ymd(y, m.into(), d)), end));
        }
        None
    }

    /// Where a separator in a list of days at `k` ends: a comma, "dan",
    /// "and", "atau", "or", "serta", "&", or a comma before one of those;
    /// and whether it had a word ("March 3, 4 people" has none).
    fn day_list_separator(&self, k: usize) -> Option<(usize, bool)> {
        if !self.same_line(k) {
            return None;
        }
        let word = |at: usize| {
            self.same_line(at)
                && (self.is_sym(at, '&')
                    || ["dan", "and", "atau", "or", "serta"]
                        .iter()
                        .any(|w| self.is_word(at, w)))
        };
        if self.is_sym(k, ',') {
            return Some(if word(k + 1) {
                (k + 2, true)
            } else {
                (k + 1, false)
            });
        }
        word(k).then_some((k + 1, true))
    }

    /// A day of the month written as a number at `k` ("3", "3rd") and the
    /// token past it.
    fn numbered_day(&self, k: usize) -> Option<(u32, usize)> {
        match self.day_of_month(k)? {
            (d, e, false) => Some((d, e)),
            _ => None,
        }
    }

    /// A day listed beside a dated day of the same month, with no month
    /// of its own: "3" of "pada 3 dan 4 Maret 2024", "3, 4 and 5 March";
    /// in English "4" of "March 3 and 4" (with its year, "March 3 and 4,
    /// 2024"). Its value when the list writes a year; else none yet, and
    /// `dates::resolve_listed_days` reads it from its neighbour once that
    /// has one. The token past it.
    fn listed_day(&self, k: usize) -> Option<(Option<f64>, usize)> {
        let (d, end) = self.numbered_day(k)?;
        // before the dated day: "3 dan 4 Maret 2024"
        let mut at = end;
        for _ in 0..4 {
            let Some((next, _)) = self.day_list_separator(at) else {
                break;
            };
            let Some((_, e)) = self.numbered_day(next) else {
                break;
            };
            if self.tok(e).is_some_and(|t| t.gap == Gap::Space)
                && let Some(m) = self.month_at(e)
            {
                let year = self.dmy_words(next).and_then(|(v, _)| v);
                let year = year.map(|v| (v / 10_000.0) as u32);
                return Some((year.map(|y| ymd(y, m.into(), d)), end));
            }
            at = e;
        }
        if self.lang != Language::En {
            return None;
        }
        // after the dated day: "March 3 and 4", "March 3, 4 and 5"; a day
        // after a bare comma only inside the list ("On March 3, 4 people
        // died" lists nothing)
        let month = self.month_of_listed_days(k)?;
        let (_, worded) = self.separator_before(k)?;
        let inside = || {
            self.day_list_separator(end)
                .is_some_and(|(next, _)| self.numbered_day(next).is_some())
        };
        if !worded && !inside() {
            return None;
        }
        let year_at = if self.is_sym(end, ',') { end + 1 } else { end };
        let (value, end) = match self.year_at(year_at).filter(|_| self.same_line(year_at)) {
            Some(y) => (Some(ymd(y, month.into(), d)), year_at + 1),
            None => (None, end),
        };
        // "On March 3 and 4 people died": a word after it other than a
        // small word of a sentence's frame counts what the number does
        #[rustfmt::skip]
        const FRAME: &[&str] = &[
            "in", "at", "on", "when", "where", "to", "from", "respectively", "the", "this", "last",
            "next", "before", "after", "during", "for", "with", "as", "by", "that", "which", "was",
            "were", "will", "and", "or", "but", "of",
        ];
        let counted = self.tok(end).is_some_and(|t| t.kind == Kind::Word)
            && self.same_line(end)
            && !FRAME.iter().any(|w| self.is_word(end, w));
        (!counted).then_some((value, end))
    }

    /// The separator of a list of days ending just before `k`: where it
    /// starts, and whether it had a word.
    fn separator_before(&self, k: usize) -> Option<(usize, bool)> {
        (k.saturating_sub(2)..k).find_map(|s| match self.day_list_separator(s) {
            Some((e, worded)) if e == k => Some((s, worded)),
            _ => None,
        })
    }

    /// Whether the number at `k`, shaped as a year, is the number of a
    /// stock index's name: "the Russell 2000" (the one family of them
    /// whose numbers look like years: 1000, 2000, 3000; "Bertrand Russell
    /// 1950" keeps its year).
    fn index_of_year_shape(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|name| {
            self.t(name) == "Russell"
                && self.tok(k).is_some_and(|t| t.gap == Gap::Space)
                && matches!(self.t(k), "1000" | "2000" | "3000")
        })
    }

    /// The month an English list of days after it names, seen from a day
    /// `k` in the list: "March" of "March 3 and 4", "Sept. 3, 4 and 5".
    /// It looks back past the quantity before (the dated day), which the
    /// list shares.
    fn month_of_listed_days(&self, mut k: usize) -> Option<u8> {
        for _ in 0..4 {
            let (sep, _) = self.separator_before(k)?;
            // the day before the separator, maybe with its suffix ("3rd")
            let day = (sep.saturating_sub(3)..sep)
                .find(|&p| self.numbered_day(p).is_some_and(|(_, e)| e == sep))?;
            if self.tok(day).is_some_and(|t| t.gap == Gap::Space)
                && let Some(month) = (day.saturating_sub(2)..day)
                    .find_map(|m| self.month_at(m).filter(|_| self.after_month(m) == day))
            {
                return Some(month);
            }
            k = day;
        }
        None
    }

    /// The year written once after an English list of days that goes on
    /// at `k`, past a month's first day: "and 4, 2024" of "March 3 and 4,
    /// 2024".
    fn year_after_listed_days(&self, mut k: usize) -> Option<u32> {
        for _ in 0..4 {
            let (next, _) = self.day_list_separator(k)?;
            let (_, e) = self.numbered_day(next)?;
            let at = if self.is_sym(e, ',') { e + 1 } else { e };
            if let Some(y) = self.year_at(at).filter(|_| self.same_line(at)) {
                return Some(y);
            }
            k = e;
        }
        None
    }

    /// A quarter or half of a year: "kuartal III-2024", "triwulan I
    /// 2025", "semester II tahun 2023", "Q3 2024", "the third quarter of
    /// 2024", "the first half of 2025", "H1 2025". A date whose low and
    /// high are its first and last months (YYYYMM).
    fn part_of_year(&self, i: usize) -> Option<(Quantity, usize)> {
        let tok = self.tok(i)?;
        if let Some(found) = self.months_of_year(i) {
            return Some(found);
        }
        if tok.kind != Kind::Word {
            return None;
        }
        // (months in a part, index of the part, token after it)
        let (months, index, mut k) = match self.lang {
            Language::Id => {
                let months = if self.is_word(i, "kuartal") || self.is_word(i, "triwulan") {
                    3
                } else if self.is_word(i, "semester") || self.is_word(i, "paruh") {
                    6
                } else {
                    return None;
                };
                let index = self
                    .roman_or_digit(i + 1)
                    .or_else(|| self.ordinal_word(i + 1))?;
                (months, index, i + 2)
            }
            Language::En => {
                let letter = self.t(i);
                if (letter == "Q" || letter == "H") && self.glued(i + 1) && self.num(i + 1) {
                    let months = if letter == "Q" { 3 } else { 6 };
                    (months, self.small_int(i + 1, 4)?, i + 2)
                } else if let Some(index) = self.ordinal_word(i)
                    && (self.is_word(i + 1, "quarter") || self.is_word(i + 1, "half"))
                    && self.is_word(i + 2, "of")
                {
                    let months = if self.is_word(i + 1, "quarter") { 3 } else { 6 };
                    (months, index, i + 3)
                } else {
                    return None;
                }
            }
        };
        if index == 0 || index * months > 12 {
            return None;
        }
        // "III-2024", "II/2024", "I tahun 2025"
        let joined =
            (self.is_sym(k, '-') || self.is_sym(k, '/')) && self.glued(k) && self.glued(k + 1);
        if joined || (self.is_word(k, "tahun") && self.same_line(k + 1)) {
            k += 1;
        }
        let Some(year) = self.year_at(k).filter(|_| self.same_line(k)) else {
            return self.part_of_this_year(i);
        };
        let first = f64::from(year) * 100.0 + f64::from(index * months - months + 1);
        let mut qt = q(self.text, self.toks, i, k + 1, Category::Date);
        qt.low = Some(first);
        qt.high = Some(first + f64::from(months - 1));
        Some((qt, k + 1))
    }

    /// Months counted from a year's start or end, with the year: "the
    /// first six months of 2024", "the last three months of 2012",
    /// "sembilan bulan pertama 2024", "enam bulan pertama tahun 2024"
    /// (YYYYMM low and high, as a quarter's). With the year's words
    /// instead ("of this year", "tahun ini") see `part_of_this_year`.
    fn months_of_year(&self, i: usize) -> Option<(Quantity, usize)> {
        let counted = match self.lang {
            Language::En => self.is_word(i, "first") || self.is_word(i, "last"),
            Language::Id => ["bulan", "triwulan", "kuartal"]
                .iter()
                .any(|w| self.is_word(i + 1, w)),
        };
        if !counted {
            return None;
        }
        let (words, len) = self.spaced_words_at::<4>(i, true);
        let (first, months, n) = crate::dates::months_of_year_at(&words[..len], self.lang)?;
        let mut k = i + n;
        if self.lang == Language::Id && self.is_word(k, "tahun") {
            k += 1;
        }
        if !(i + 1..=k).all(|t| self.same_line(t)) {
            return None;
        }
        let Some(year) = self.year_at(k) else {
            return self.part_of_this_year(i);
        };
        let low = f64::from(year) * 100.0 + f64::from(first);
        let mut qt = q(self.text, self.toks, i, k + 1, Category::Date);
        qt.low = Some(low);
        qt.high = Some(low + f64::from(months - 1));
        Some((qt, k + 1))
    }

    /// A quarter or half of a year named without its year, read from the
    /// day of writing: "kuartal III", "triwulan I ini", "semester I tahun
    /// lalu", "the first quarter of this year" (see
    /// `dates::part_of_year_at`). Its months wait for a reference day.
    fn part_of_this_year(&self, i: usize) -> Option<(Quantity, usize)> {
        let opens = match self.lang {
            Language::Id => {
                ["kuartal", "triwulan", "semester", "paruh"]
                    .iter()
                    .any(|w| self.is_word(i, w))
                    || ["bulan", "triwulan", "kuartal"]
                        .iter()
                        .any(|w| self.is_word(i + 1, w))
            }
            Language::En => self.ordinal_at(i).is_some() || self.is_word(i, "last"),
        };
        if !opens {
            return None;
        }
        let (words, len) = self.spaced_words_at::<6>(i, true);
        let (_, n) = crate::dates::part_of_year_at(&words[..len], self.lang)?;
        // "kuartal III-nya", "kuartal 3,5": not a quarter's name
        if self.glued(i + n)
            && self.tok(i + n).is_some_and(|t| {
                matches!(t.kind, Kind::Word | Kind::Num | Kind::Sym('-' | ',' | '.'))
                    && self.glued(i + n + 1)
            })
        {
            return None;
        }
        Some((q(self.text, self.toks, i, i + n, Category::Date), i + n))
    }

    /// A fiscal or budget year: "FY2024", "FY 2024", "fiscal 2024", "fiscal
    /// year 2024", "fiscal 2019-20"; Indonesian "tahun anggaran 2024",
    /// "tahun buku 2024", "TA 2024". A year, never a count of what follows
    /// ("fiscal 2024 sales").
    fn fiscal_year(&self, i: usize) -> Option<(Quantity, usize)> {
        let k = match self.lang {
            Language::En if self.t(i) == "FY" => i + 1,
            Language::En if self.is_word(i, "fiscal") => {
                if self.is_word(i + 1, "year") {
                    i + 2
                } else {
                    i + 1
                }
            }
            Language::Id if self.t(i) == "TA" => i + 1,
            Language::Id
                if self.is_word(i, "tahun")
                    && (self.is_word(i + 1, "anggaran") || self.is_word(i + 1, "buku")) =>
            {
                i + 2
            }
            _ => return None,
        };
        if !(i + 1..=k).all(|t| self.same_line(t)) {
            return None;
        }
        // "FY24": two digits glued after "FY", this century up to '30
        let short = || {
            let two = self
                .small_int(k, 99)
                .filter(|_| self.t(i) == "FY" && self.glued(k) && self.t(k).len() == 2)?;
            Some(if two <= 30 { 2000 + two } else { 1900 + two })
        };
        let year = self.year_at(k).or_else(short)?;
        let full = (self.is_sym(k + 1, '-') || self.is_sym(k + 1, '–') || self.is_sym(k + 1, '/'))
            && self.glued(k + 1)
            && self.glued(k + 2);
        let last = match self.year_at(k + 2).filter(|_| full) {
            Some(last) => Some(last).filter(|&last| last > year),
            None => self.short_year_after(k, year),
        };
        if let Some(last) = last {
            let mut qt = q(self.text, self.toks, i, k + 3, Category::Year);
            qt.low = Some(f64::from(year));
            qt.high = Some(f64::from(last));
            return Some((qt, k + 3));
        }
        let mut qt = q(self.text, self.toks, i, k + 1, Category::Year);
        set_point(&mut qt, f64::from(year));
        Some((qt, k + 1))
    }

    /// The proper fraction of a mixed number after its whole part, from
    /// token `k`: " 1/2", "-1/2", "-3/4" (halves, thirds, quarters and
    /// eighths); its value and the token past it.
    fn fraction_after_whole(&self, k: usize) -> Option<(f64, usize)> {
        let at = if self.is_sym(k, '-') && self.glued(k) && self.glued(k + 1) {
            k + 1
        } else if self.tok(k).is_some_and(|t| t.gap == Gap::Space) {
            k
        } else {
            return None;
        };
        if !(self.is_sym(at + 1, '/') && self.glued(at + 1) && self.glued(at + 2))
            || (self.is_sym(at + 3, '/') && self.glued(at + 3))
        {
            return None;
        }
        let numerator = self.small_int(at, 7)?;
        let denominator = self.small_int(at + 2, 8)?;
        (numerator >= 1 && numerator < denominator && [2, 3, 4, 8].contains(&denominator))
            .then(|| (f64::from(numerator) / f64::from(denominator), at + 3))
    }

    /// A Roman numeral up to IV or a digit up to 4 at `k`: the quarter
    /// of "kuartal III", "triwulan 2".
    fn roman_or_digit(&self, k: usize) -> Option<u32> {
        match self.t(k) {
            "I" => Some(1),
            "II" => Some(2),
            "III" => Some(3),
            "IV" => Some(4),
            _ if self.num(k) => self.small_int(k, 4),
            _ => None,
        }
    }

    /// The value of an ordinal word at `k` ("ketiga", "third").
    fn ordinal_at(&self, k: usize) -> Option<f64> {
        self.tok(k)?.lex.iter().find_map(|w| match w {
            W::Ordinal(o) => Some(*o),
            _ => None,
        })
    }

    /// The part of a year an ordinal word at `k` names: first to fourth.
    fn ordinal_word(&self, k: usize) -> Option<u32> {
        self.ordinal_at(k)
            .filter(|o| (1.0..=4.0).contains(o))
            .map(|o| o as u32)
    }

    /// The token after the month name at `k`, past the period of an
    /// English abbreviation ("Sept. 11", "Jan. 20, 2009", as AP style
    /// writes dates); not after a full name, where a period ends the
    /// sentence ("in May. 5 people").
    fn after_month(&self, k: usize) -> usize {
        let abbreviated = self.lang == Language::En
            && self.is_sym(k + 1, '.')
            && self.glued(k + 1)
            && self.t(k).len() <= 4
            && !["may", "june", "july"]
                .iter()
                .any(|m| self.t(k).eq_ignore_ascii_case(m));
        k + 1 + usize::from(abbreviated)
    }

    /// Where a separator of a range of days starts at `k`: a dash glued or
    /// spaced, "to", "hingga", "sampai", "s.d."; "and", "dan" only when
    /// "between", "antara" stands before the range's first token `first`
    /// ("on 3 and 5 June" is two days). The index of the second day.
    fn day_range_separator(&self, k: usize, first: usize) -> Option<usize> {
        if !self.same_line(k) {
            return None;
        }
        if self.is_sym(k, '-') || self.is_sym(k, '–') || self.is_sym(k, '—') {
            return Some(k + 1);
        }
        const WORDS: &[&str] = &["to", "hingga", "sampai", "until", "through"];
        if WORDS.iter().any(|w| self.is_word(k, w))
            || (self.is_word(k, "and") || self.is_word(k, "dan"))
                && first
                    .checked_sub(1)
                    .is_some_and(|w| self.is_word(w, "between") || self.is_word(w, "antara"))
        {
            return Some(k + 1);
        }
        // "s.d." and "s/d" (sampai dengan)
        if self.is_word(k, "s")
            && (self.is_sym(k + 1, '.') || self.is_sym(k + 1, '/'))
            && self.is_word(k + 2, "d")
            && self.glued(k + 1)
            && self.glued(k + 2)
        {
            return Some(if self.is_sym(k + 3, '.') && self.glued(k + 3) {
                k + 4
            } else {
                k + 3
            });
        }
        None
    }

    /// A range of days at `k`: "12-14 Januari 2025", "4 to 6 March",
    /// "22 Januari - 3 Februari 2015", in English also "March 4-6, 2024".
    /// The low and high dates (null without a year, as a single date
    /// without one is) and the index past the range.
    fn date_range(&self, k: usize) -> Option<(Option<f64>, Option<f64>, usize)> {
        let day = |at: usize| self.small_int(at, 31).filter(|&d| d >= 1);
        let year_after = |at: usize, comma: bool| {
            let at = if comma && self.is_sym(at, ',') {
                at + 1
            } else {
                at
            };
            self.year_at(at)
                .filter(|_| self.same_line(at))
                .map(|y| (y, at + 1))
        };
        // Only a number or a month can start one; this runs at every token
        // that may start a date.
        let first = self.tok(k)?;
        if first.kind != Kind::Num && first.lex.is_empty() {
            return None;
        }
        if let Some(months) = self.month_range(k) {
            return Some(months);
        }
        if first.kind != Kind::Num && self.lang != Language::En {
            return None;
        }
        // The range ends at `at` unless a year follows there; then both
        // days are dates of that year.
        let finish =
            |at: usize, comma: bool, (m1, d1): (u8, u32), (m2, d2): (u8, u32)| match year_after(
                at, comma,
            ) {
                Some((y, e)) => (Some(ymd(y, m1.into(), d1)), Some(ymd(y, m2.into(), d2)), e),
                None => (None, None, at),
            };
        // "12-14 Januari 2025"
        if let Some(d1) = day(k)
            && let Some(second) = self.day_range_separator(k + 1, k)
            && self.same_line(second)
            && let Some(d2) = day(second)
            && d2 > d1
            && self.tok(second + 1).is_some_and(|t| t.gap == Gap::Space)
            && let Some(m) = self.month_at(second + 1)
        {
            return Some(finish(second + 2, false, (m, d1), (m, d2)));
        }
        // "22 Januari - 3 Februari 2015": the year written once, at the end
        if let Some(d1) = day(k)
            && self.tok(k + 1).is_some_and(|t| t.gap == Gap::Space)
            && let Some(m1) = self.month_at(k + 1)
            && year_after(k + 2, false).is_none()
            && let Some(second) = self.day_range_separator(k + 2, k)
            && self.same_line(second)
            && let Some(d2) = day(second)
            && self.tok(second + 1).is_some_and(|t| t.gap == Gap::Space)
            && let Some(m2) = self.month_at(second + 1)
            && (m2, d2) > (m1, d1)
        {
            return Some(finish(second + 2, false, (m1, d1), (m2, d2)));
        }
        // "March 4-6, 2024", "Dec. 7-9"
        if self.lang == Language::En
            && let Some(m) = self.month_at(k)
            && let first = self.after_month(k)
            && self.tok(first).is_some_and(|t| t.gap == Gap::Space)
            && let Some(d1) = day(first)
            && let Some(second) = self.day_range_separator(first + 1, k)
            && self.same_line(second)
            && let Some(d2) = day(second)
            && d2 > d1
        {
            return Some(finish(second + 1, true, (m, d1), (m, d2)));
        }
        None
    }

    /// A range of years written with words: "between 2007 and 2012",
    /// "from 2007 to 2012", "dari 2007 hingga 2012", "sejak 2022 hingga
    /// 2024", "since 2009 through 2012", "dari tahun 2020 hingga tahun
    /// 2024", "tahun 2022 sampai 2024", "periode 2010 hingga 2015". Found
    /// at the first year (the common opener words start no parse of their
    /// own) or at the "sejak", "since", "pada" or "tahun" before it, which
    /// do; the span reaches back to the opener.
    fn year_range(&self, i: usize) -> Option<(Quantity, usize)> {
        const OPENERS: &[&str] = &[
            "antara", "between", "dari", "from", "sejak", "since", "pada", "periode",
        ];
        let id = self.lang == Language::Id;
        let opener = |k: usize| OPENERS.iter().any(|w| self.is_word(k, w));
        let tahun = |k: usize| id && self.is_word(k, "tahun");
        // The first year. This runs at every token that may start a
        // quantity: the years are looked for before any word is compared.
        let k = if self.year_at(i).is_some() {
            i
        } else if self.year_at(i + 1).is_some() && (opener(i) || tahun(i)) {
            i + 1
        } else if self.year_at(i + 2).is_some() && opener(i) && tahun(i + 1) {
            i + 2
        } else {
            return None;
        };
        let y = self.year_at(k)?;
        // back to the opener, past "tahun"
        let before = |at: usize| at.checked_sub(1).filter(|&b| b >= self.floor);
        let mut start = k;
        let with_tahun = before(start).is_some_and(tahun);
        if with_tahun {
            start -= 1;
        }
        let opened_by = before(start).filter(|&b| opener(b));
        if let Some(b) = opened_by {
            start = b;
        }
        if start > i || (opened_by.is_none() && !with_tahun) || !self.same_line(k) {
            return None;
        }
        // "antara 2007 dan 2012": "and" only after "between"
        let between =
            opened_by.is_some_and(|b| self.is_word(b, "antara") || self.is_word(b, "between"));
        let separator = ["to", "hingga", "sampai", "until", "through"]
            .iter()
            .any(|w| self.is_word(k + 1, w))
            || between && (self.is_word(k + 1, "dan") || self.is_word(k + 1, "and"));
        if !separator {
            return None;
        }
        let second = if tahun(k + 2) { k + 3 } else { k + 2 };
        let y2 = self.year_at(second).filter(|&y2| y2 > y)?;
        if !self.same_line(second) {
            return None;
        }
        let mut qt = q(self.text, self.toks, start, second + 1, Category::Year);
        qt.low = Some(f64::from(y));
        qt.high = Some(f64::from(y2));
        Some((qt, second + 1))
    }

    /// A range of months at `k`, as YYYYMM low and high and the index
    /// past it: "Januari-Maret 2025", "January to March 2025", "antara
    /// Januari dan Juni 2024" (the year written once, at the end; a range
    /// across the new year, "Desember-Februari 2025", starts the year
    /// before), "September 2005 - March 2006", "between January 2020 and
    /// March 2021". Without a year ("Januari-Maret", "between January and
    /// March") a range still, without its months: they are read from the
    /// day of writing as a bare month is (see `dates::bare_months`).
    fn month_range(&self, k: usize) -> Option<(Option<f64>, Option<f64>, usize)> {
        let year_at = |at: usize| {
            self.year_at(at)
                .filter(|_| self.same_line(at))
                .map(|y| (f64::from(y), at + 1))
        };
        let m1 = f64::from(self.month_at(k)?);
        let after_first = self.after_month(k);
        let first_year = year_at(after_first);
        let separator_at = first_year.map_or(after_first, |(_, e)| e);
        let second = self.day_range_separator(separator_at, k)?;
        let m2 = f64::from(self.month_at(second)?);
        // "March to June, 2024"
        let month_end = self.after_month(second);
        let at = if self.lang == Language::En && self.is_sym(month_end, ',') {
            month_end + 1
        } else {
            month_end
        };
        let Some((y2, end)) = year_at(at) else {
            // "Januari-Maret": two months, each with its capital, the second
            // ending a phrase or followed by a word ("Maret lalu")
            let capital = |at: usize| self.t(at).starts_with(|c: char| c.is_uppercase());
            let bare = first_year.is_none()
                && m1 != m2
                && capital(k)
                && capital(second)
                && (self.at_end(month_end)
                    || self.tok(month_end).is_some_and(|t| t.kind == Kind::Word));
            return bare.then_some((None, None, month_end));
        };
        let y1 = match first_year {
            Some((y1, _)) => y1,
            None if m1 <= m2 => y2,
            None => y2 - 1.0,
        };
        let (low, high) = (y1 * 100.0 + m1, y2 * 100.0 + m2);
        (low < high).then_some((Some(low), Some(high), end))
    }

    /// The words of tokens `k` and `k + 1` on one line, for the word
    /// lists of `dates`, and how many there are (fewer at a line break, a
    /// sign or a hyphen).
    fn two_words_at(&self, k: usize) -> ([&str; 2], usize) {
        let mut words = [""; 2];
        let mut len = 0;
        while len < 2 {
            let at = k + len;
            let plain = matches!(self.tok(at), Some(t) if t.kind == Kind::Word)
                && (len == 0 || self.tok(at).is_some_and(|t| t.gap == Gap::Space))
                && !(self.is_sym(at + 1, '-') && self.glued(at + 1));
            if !plain {
                break;
            }
            words[len] = self.t(at);
            len += 1;
        }
        (words, len)
    }

    /// Up to `N` words from token `k` on, each after a space (numbers too
    /// when `numbers`), and how many there are: the words a date's phrase
    /// is read from ("kuartal III tahun ini", "periode yang sama tahun
    /// sebelumnya").
    fn spaced_words_at<const N: usize>(&self, k: usize, numbers: bool) -> ([&str; N], usize) {
        let mut words = [""; N];
        let mut len = 0;
        while len < N {
            let at = k + len;
            let plain = matches!(self.tok(at), Some(t)
                if t.kind == Kind::Word || (numbers && t.kind == Kind::Num))
                && (len == 0 || self.tok(at).is_some_and(|t| t.gap == Gap::Space));
            if !plain {
                break;
            }
            words[len] = self.t(at);
            len += 1;
        }
        (words, len)
    }

    /// A date relative to the day of writing, without a number: "kemarin",
    /// "(pada) tahun lalu", "bulan depan", "hari ini", "yesterday", "last
    /// year", "this month". Its value waits for a reference day (see
    /// `dates::resolve_relative_dates`).
    ///
    /// Not "the last year" or "the next month" (a stretch of time, or one
    /// after another date), nor a day word inside a name or a compound
    /// ("Today programme", "tahun-tahun").
    fn relative_date(&self, i: usize) -> Option<(Quantity, usize)> {
        let tok = self.tok(i)?;
        // A cheap test first, as this runs wherever a quantity may start:
        // every word a relative date begins with is a start word (see
        // `start_words`) but "Minggu", a day. And in "tahun-tahun lalu"
        // the end of a compound is no date.
        if tok.kind != Kind::Word
            || (i > 0 && tok.gap == Gap::Glued)
            || !(tok.cue || tok.lex.contains(&W::Day))
        {
            return None;
        }
        let k = if self.lang == Language::Id && self.is_word(i, "pada") {
            i + 1
        } else {
            i
        };
        if k > i && !self.tok(k).is_some_and(|t| t.gap == Gap::Space) {
            return None;
        }
        let (words, len) = self.two_words_at(k);
        let (relative, n) = crate::dates::relative_at(&words[..len], self.lang)?;
        let e = k + n;
        // "beberapa tahun lalu", "puluhan tahun lalu": a length of time
        // before it, not last year (a number's "20 tahun lalu" is read by
        // `ago_date`; one that ends a quantity before, "Rp 2,3 triliun
        // tahun ini", is not the length's)
        let before = k.wrapping_sub(1);
        if n == 2
            && self.lang == Language::Id
            && before >= self.floor
            && self.same_line(k)
            && (self.num(before)
                || self.has(before, |w| {
                    matches!(
                        w,
                        W::IdDigit(_) | W::IdSe(..) | W::Scale(_) | W::Vague(..) | W::Frac(_)
                    )
                })
                || [
                    "beberapa", "sekian", "berapa", "banyak", "belasan", "puluhan", "ratusan",
                ]
                .iter()
                .any(|w| self.is_word(before, w)))
        {
            return None;
        }
        // "paling lambat 9 Juli 2025 besok": after a date, "besok" is
        // "coming", not tomorrow.
        if n == 1
            && i > 0
            && self.same_line(i)
            && (self.year_at(i - 1).is_some() || self.month_at(i - 1).is_some())
        {
            return None;
        }
        // "the last year", "a next step", "the year before": not the
        // calendar's year before this one.
        if n == 2
            && self.lang == Language::En
            && ["the", "a", "an", "its", "their", "his", "her", "our"]
                .iter()
                .any(|w| self.is_word(i.wrapping_sub(1), w))
        {
            return None;
        }
        // "the Today programme", "Today Show": a capitalised day word after
        // "the" or before a capitalised word is a name in English.
        if n == 1
            && self.lang == Language::En
            && self.t(k).starts_with(|c: char| c.is_ascii_uppercase())
            && (self.is_word(i.wrapping_sub(1), "the")
                || self
                    .tok(e)
                    .is_some_and(|t| t.kind == Kind::Word && t.gap == Gap::Space)
                    && self.t(e).starts_with(|c: char| c.is_ascii_uppercase()))
        {
            return None;
        }
        Some((q(self.text, self.toks, i, e, relative.period.category()), e))
    }

    /// Whether a possessive stands before token `k`: "its (last three
    /// months)", "his (last two years)" are someone's own stretch, not the
    /// one up to the day of writing.
    fn possessive_before(&self, k: usize) -> bool {
        k > self.floor
            && ["its", "his", "her", "their", "our", "my", "your"]
                .iter()
                .any(|w| self.is_word(k - 1, w))
    }

    /// A holiday the calendar fixes: "Christmas 2024", "on Christmas Day",
    /// "last Christmas", "New Year's Eve", "Thanksgiving"; "Natal 2024",
    /// "menjelang Natal", "malam Tahun Baru", "Nataru", "HUT RI ke-80",
    /// "Hari Kemerdekaan" (see `dates::holiday_at`). With its year written
    /// it has its value; otherwise it waits for a reference day. A bare
    /// "Christmas" or "Natal" needs a word before it that takes a date
    /// ("by Christmas", "jelang Natal"): "Christmas shopping", "kado Natal"
    /// are no day.
    fn holiday(&self, i: usize) -> Option<(Quantity, usize)> {
        use crate::dates::{Holiday, HolidayYear};
        let tok = self.tok(i)?;
        let initial = self.t(i).as_bytes().first().map(|b| b | 0x20);
        if tok.kind != Kind::Word
            || !matches!(initial, Some(b'c' | b'n' | b't' | b'h' | b'm' | b'l'))
        {
            return None;
        }
        let first = self.t(i);
        let opens = match self.lang {
            Language::En => {
                matches!(first, "Christmas" | "New" | "Thanksgiving")
                    || (["this", "last", "next"]
                        .iter()
                        .any(|w| first.eq_ignore_ascii_case(w))
                        && matches!(self.t(i + 1), "Christmas" | "New" | "Thanksgiving"))
            }
            Language::Id => {
                matches!(first, "Natal" | "Tahun" | "Nataru" | "HUT" | "Hari")
                    || first.eq_ignore_ascii_case("malam")
            }
        };
        if !opens {
            return None;
        }
        // The words from `i` on this line, with the token each is; an
        // apostrophe ("New Year's") or a hyphen ("ke-80") between them is
        // skipped as the dates module's word split skips it.
        let mut words = [""; 7];
        let mut at = [0usize; 7];
        let mut len = 0;
        let mut k = i;
        while len < words.len() && self.tok(k).is_some() && (k == i || self.same_line(k)) {
            match self.tok(k).map(|t| t.kind) {
                Some(Kind::Word | Kind::Num) => {
                    words[len] = self.t(k);
                    at[len] = k;
                    len += 1;
                }
                Some(Kind::Sym('\'' | '’' | '-')) if self.glued(k) && self.glued(k + 1) => {}
                _ => break,
            }
            k += 1;
        }
        let (holiday, year, n) = crate::dates::holiday_at(&words[..len], self.lang)?;
        let end = at[n - 1] + 1;
        let bare = year == HolidayYear::Nearest
            && n == 1
            && matches!(holiday, Holiday::Christmas | Holiday::Thanksgiving);
        if bare {
            const TAKES_A_DATE: &[&str] = &[
                "on",
                "at",
                "by",
                "before",
                "after",
                "since",
                "until",
                "till",
                "over",
                "during",
                "for",
                "from",
                "through",
                "around",
                "near",
                "saat",
                "menjelang",
                "jelang",
                "pada",
                "sebelum",
                "setelah",
                "usai",
                "selama",
                "libur",
                "liburan",
                "perayaan",
                "hingga",
                "sampai",
                "sejak",
                "masa",
                "momen",
                "musim",
            ];
            // "a tax on Christmas trees": the season's things, no day
            const THINGS: &[&str] = &[
                "tree",
                "trees",
                "card",
                "cards",
                "gift",
                "gifts",
                "present",
                "presents",
                "light",
                "lights",
                "decoration",
                "decorations",
                "shopping",
                "party",
                "parties",
                "carol",
                "carols",
                "dinner",
                "market",
                "markets",
                "ornament",
                "ornaments",
                "sale",
                "sales",
                "bonus",
                "bonuses",
                "spirit",
                "music",
                "song",
                "songs",
                "movie",
                "movies",
                "special",
                "specials",
                "turkey",
                "pudding",
                "number",
                "single",
            ];
            let before = i
                .checked_sub(1)
                .filter(|&b| b >= self.floor && self.same_line(i));
            if !before.is_some_and(|b| TAKES_A_DATE.iter().any(|w| self.is_word(b, w)))
                || THINGS.iter().any(|w| self.is_word(end, w))
            {
                return None;
            }
        }
        let mut qt = q(self.text, self.toks, i, end, Category::Date);
        if let HolidayYear::Written(_) = year {
            let (low, high) = crate::dates::place_holiday(holiday, year, None)?;
            qt.low = Some(low);
            qt.high = Some(high);
            qt.value = (low == high).then_some(low);
        }
        Some((qt, end))
    }

    /// One period before a date the sentence names before it: "tahun
    /// sebelumnya", "setahun sebelumnya", "periode yang sama tahun
    /// sebelumnya", "a year earlier", "the year before", "the previous
    /// month" (see `dates::earlier_at`). Found at its first word, or at its
    /// period word when the words before it start no parse ("the previous
    /// year"). Its value waits for that date (`dates::resolve_earlier_dates`).
    ///
    /// Not "dua tahun sebelumnya" (a length), "the year before the
    /// election" (before something else), "a year earlier than planned".
    fn earlier_date(&self, i: usize) -> Option<(Quantity, usize)> {
        const PERIOD_WORDS: &[&str] = &[
            "tahun", "bulan", "pekan", "minggu", "hari", "setahun", "sebulan", "sepekan",
            "seminggu", "sehari", "periode", "a", "year", "month", "week", "day",
        ];
        let tok = self.tok(i)?;
        // Cheap tests first, as this runs wherever a quantity may start:
        // the first letter of a period word or "a", then the phrase's last
        // word after it, or "previous" before it.
        let first = self.t(i).as_bytes().first().map(|b| b | 0x20);
        if tok.kind != Kind::Word
            || !matches!(
                first,
                Some(b't' | b'b' | b'p' | b'm' | b'h' | b's' | b'a' | b'y' | b'w' | b'd')
            )
        {
            return None;
        }
        let marker = |k: usize| {
            ["sebelumnya", "earlier", "before"]
                .iter()
                .any(|w| self.is_word(k, w))
        };
        let near = marker(i + 1)
            || (self.is_word(i, "a") && marker(i + 2))
            || ["previous", "prior", "preceding"]
                .iter()
                .any(|w| self.is_word(i.wrapping_sub(1), w));
        if !near || !PERIOD_WORDS.iter().any(|w| self.is_word(i, w)) {
            return None;
        }
        // The longest phrase first: "periode yang sama tahun sebelumnya"
        // over its "tahun sebelumnya".
        for back in (0..=3usize).rev() {
            let Some(s) = i.checked_sub(back).filter(|&s| s >= self.floor) else {
                continue;
            };
            let (words, len) = self.spaced_words_at::<5>(s, false);
            let Some((_, n)) = crate::dates::earlier_at(&words[..len], self.lang) else {
                continue;
            };
            let e = s + n;
            // the phrase must hold `i` (found at its period word), and
            // stand alone on its line
            if e <= i || !(s + 1..e).all(|k| self.same_line(k)) {
                continue;
            }
            let length_before = s > self.floor
                && (self.num(s - 1)
                    || self.has(s - 1, |w| {
                        matches!(w, W::IdDigit(_) | W::IdSe(..) | W::Scale(_) | W::EnDigit(_))
                    }));
            let goes_on = self.same_line(e)
                && self
                    .tok(e)
                    .is_some_and(|t| t.kind == Kind::Word && t.gap == Gap::Space)
                && (self.is_word(e - 1, "before") || self.is_word(e, "than"));
            if length_before || goes_on {
                return None;
            }
            // A comparison's other side: after the amount it is compared
            // with ("£125m a year earlier") or a word that takes a date
            // ("dibanding tahun sebelumnya", "than the year before"); not
            // "end a year earlier" (sooner) nor "tahun-tahun sebelumnya".
            const TAKES_ONE: &[&str] = &[
                "from",
                "with",
                "on",
                "over",
                "than",
                "versus",
                "vs",
                "against",
                "in",
                "of",
                "since",
                "during",
                "for",
                "to",
                "dibanding",
                "dibandingkan",
                "dari",
                "di",
                "pada",
                "ketimbang",
                "daripada",
                "sejak",
                "selama",
                "dengan",
                "atas",
                "terhadap",
                "periode",
                "masa",
            ];
            let after_amount = s == self.floor && s > 0;
            let after_word = s > self.floor
                && self.same_line(s)
                && TAKES_ONE.iter().any(|w| self.is_word(s - 1, w));
            if self.glued(s) || !(after_amount || after_word) {
                return None;
            }
            let period_is_year = words[..n].iter().any(|w| {
                w.eq_ignore_ascii_case("year") || w.to_ascii_lowercase().ends_with("tahun")
            });
            let category = if period_is_year {
                Category::Year
            } else {
                Category::Date
            };
            return Some((q(self.text, self.toks, s, e, category), e));
        }
        None
    }

    /// "the past year", "the last decade", "over the past month": one
    /// period up to the day of writing (English; "last year" without "the"
    /// is the calendar's year before this one, see `relative_date`). Not
    /// "the last year of his life", "the past year's", "the last week
    /// before the vote".
    fn recent_period(&self, i: usize) -> Option<(Quantity, usize)> {
        let tok = self.tok(i)?;
        if self.lang != Language::En
            || tok.kind != Kind::Word
            || !tok.cue
            || !crate::dates::recent_before(self.t(i), self.lang)
        {
            return None;
        }
        let the = i
            .checked_sub(1)
            .filter(|&t| t >= self.floor && self.same_line(i) && self.is_word(t, "the"))?;
        let (words, len) = self.two_words_at(i);
        if len < 2
            || !["year", "month", "week", "decade"]
                .iter()
                .any(|p| words[1].eq_ignore_ascii_case(p))
        {
            return None;
        }
        let mut e = i + 2;
        // "the last year and a half", "the past decade and a half"
        if (words[1].eq_ignore_ascii_case("year") || words[1].eq_ignore_ascii_case("decade"))
            && self.is_word(e, "and")
            && self.is_word(e + 1, "a")
            && self.is_word(e + 2, "half")
            && self.same_line(e + 2)
        {
            e += 3;
        }
        let possessive = (self.is_sym(e, '\'') || self.is_sym(e, '’')) && self.glued(e);
        if possessive || self.is_word(e, "of") || self.is_word(e, "before") {
            return None;
        }
        Some((q(self.text, self.toks, the, e, Category::Date), e))
    }

    /// "B 1234 ABC", "AD 5678 XY": an Indonesian number plate (the
    /// region's letters, a number of up to four digits, up to three
    /// letters) names a vehicle, it counts nothing. Tokens from the
    /// region's letters, before `i`.
    fn number_plate(&self, i: usize) -> Option<(Quantity, usize)> {
        if self.lang != Language::Id || !self.num(i) || i == 0 || i - 1 < self.floor {
            return None;
        }
        let capitals = |k: usize, most: usize| {
            matches!(self.tok(k), Some(t) if t.kind == Kind::Word && t.gap == Gap::Space)
                && (1..=most).contains(&self.t(k).len())
                && self.t(k).bytes().all(|b| b.is_ascii_uppercase())
        };
        let digits = self.t(i);
        let plate = digits.len() <= 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && self.tok(i).is_some_and(|t| t.gap == Gap::Space)
            && matches!(self.tok(i - 1), Some(t) if t.kind == Kind::Word)
            && (1..=2).contains(&self.t(i - 1).len())
            && self.t(i - 1).bytes().all(|b| b.is_ascii_uppercase())
            && capitals(i + 1, 3)
            // the letters end there: "B 1234 ABC", not "B 1234 ABCD"
            && !self.glued(i + 2);
        if !plate {
            return None;
        }
        let mut qt = q(self.text, self.toks, i - 1, i + 2, Category::Identifier);
        set_point(&mut qt, digits.parse().ok()?);
        Some((qt, i + 2))
    }

    /// A length of time read back from the day of writing: "tiga tahun
    /// lalu", "3 hari yang lalu", "dua tahun silam", "five years ago", "a
    /// decade ago" (`qt`, tokens `i..e`, is the length). Returns the date
    /// it makes and where it ends; its value waits for a reference day.
    fn ago_date(&self, qt: &Quantity, i: usize, e: usize) -> Option<(Quantity, usize)> {
        if qt.category != Category::Duration {
            return None;
        }
        // "a few years ago", "a couple of weeks ago": no count to go back by
        if (i..e).any(|k| self.has(k, |w| matches!(w, W::Pair))) {
            return None;
        }
        let (words, len) = self.two_words_at(e);
        let (marker, ahead) = crate::dates::relative_marker_at(&words[..len], self.lang)?;
        let (unit, length) = (qt.unit.as_deref()?, qt.value?);
        let relative = if ahead {
            crate::dates::Relative::ahead(unit, length)?
        } else {
            crate::dates::Relative::back(unit, length)?
        };
        let end = e + marker;
        // From the length's own start: a hedge before it is part of it.
        let mut date = q(self.text, self.toks, i, end, relative.period.category());
        date.start = qt.start;
        date.text = self.text[qt.start..date.end].to_string();
        date.approx = qt.approx;
        Some((date, end))
    }

    /// A length of time that reaches up to the day of writing: "10 tahun
    /// terakhir", "lima tahun belakangan ini", "setahun terakhir", "the
    /// past five years", "over the last 12 months" (`qt`, tokens `i..e`, is
    /// the length). Returns the stretch as a date and where it ends; its
    /// days wait for a reference day.
    ///
    /// Not "the last two years of the war": a stretch of something else.
    fn recent_date(&self, qt: &Quantity, i: usize, e: usize) -> Option<(Quantity, usize)> {
        if qt.category != Category::Duration {
            return None;
        }
        crate::dates::Recent::of_length(qt.unit.as_deref()?, qt.value?)?;
        // "a few years", "a couple of weeks": no count
        if (i..e).any(|k| self.has(k, |w| matches!(w, W::Pair))) {
            return None;
        }
        let (first, end) = match self.lang {
            Language::Id => {
                let (words, len) = self.two_words_at(e);
                let marker = crate::dates::recent_after(&words[..len], self.lang)?;
                (i, e + marker)
            }
            Language::En => {
                let marker = i.checked_sub(1).filter(|&m| m >= self.floor)?;
                if !crate::dates::recent_before(self.t(marker), self.lang)
                    || !self.same_line(i)
                    || self.is_word(e, "of")
                    || self.is_word(e, "before")
                    || self.possessive_before(marker)
                {
                    return None;
                }
                let the = marker.checked_sub(1).filter(|&t| {
                    t >= self.floor && self.same_line(marker) && self.is_word(t, "the")
                });
                (the.unwrap_or(marker), e)
            }
        };
        let mut date = q(self.text, self.toks, first, end, Category::Date);
        if self.lang == Language::Id {
            // From the length's own start: a hedge before it is part of it.
            date.start = qt.start;
            date.text = self.text[qt.start..date.end].to_string();
        }
        date.approx = qt.approx;
        Some((date, end))
    }

    /// "12/3/2024" (D/M/Y in Indonesian, M/D/Y in English) or "1/4" after a day name.
    fn slash_date(&self, k: usize) -> Option<(Option<f64>, usize)> {
        let a = self.small_int(k, 31)?;
        if !(self.is_sym(k + 1, '/') && self.glued(k + 1) && self.glued(k + 2)) {
            return None;
        }
        let b = self.small_int(k + 2, 31)?;
        let (d, m) = self.day_and_month(a, b)?;
        if self.is_sym(k + 3, '/') && self.glued(k + 3) && self.glued(k + 4) {
            let raw = self.t(k + 4);
            let y: u32 = if raw.len() == 4 {
                self.year_at(k + 4)?
            } else if raw.len() == 2 {
                2000 + self.small_int(k + 4, 99)?
            } else {
                return None;
            };
            return Some((Some(ymd(y, m, d)), k + 5));
        }
        // Without a year only inside "(...)": the caller checks; or after
        // "on", "pada", "tanggal" ("On 3/15 we voted"; not "on 3/4 of
        // the budget", a fraction)
        if self.is_sym(k.wrapping_sub(1), '(') && self.is_sym(k + 3, ')') {
            return Some((None, k + 3));
        }
        let after_on = k.checked_sub(1).is_some_and(|on| {
            ["on", "pada", "tanggal"]
                .iter()
                .any(|w| self.is_word(on, w))
        });
        if after_on
            && !self.glued(k + 3)
            && !self.is_word(k + 3, "of")
            && !self.is_word(k + 3, "dari")
        {
            return Some((None, k + 3));
        }
        None
    }

    /// The day and the month two numbers of a written date give: day first,
    /// in English month first when the first can be a month.
    fn day_and_month(&self, a: u32, b: u32) -> Option<(u32, u32)> {
        let (d, m) = if self.lang == Language::En && a <= 12 {
            (b, a)
        } else {
            (a, b)
        };
        ((1..=12).contains(&m) && d != 0).then_some((d, m))
    }

    /// "12-03-2024" (day, month and a four-digit year glued by hyphens; in
    /// English month first when it can be a month, as with slashes). A
    /// two-digit year is left alone: "3-5-10" may be anything.
    fn dashed_date(&self, k: usize) -> Option<(Option<f64>, usize)> {
        if !(self.hyphen_joins(k + 1) && self.hyphen_joins(k + 3)) || self.t(k + 4).len() != 4 {
            return None;
        }
        let (a, b) = (self.small_int(k, 31)?, self.small_int(k + 2, 31)?);
        let y = self.year_at(k + 4)?;
        let (d, m) = self.day_and_month(a, b)?;
        if self.hyphen_joins(k + 5) {
            return None;
        }
        Some((Some(ymd(y, m, d)), k + 5))
    }

    /// The end of a decade's suffix after the round number `v` at `k`:
    /// English "1990s", "1970's", "30s"; Indonesian "1990-an", "1980an",
    /// "30-an".
    /// Whether a word of temperature stands within a few words of token
    /// `k` on its line: "temperatures in the 80s", "highs in the 70s".
    fn temperature_near(&self, k: usize) -> bool {
        const WORDS: &[&str] = &[
            "degree",
            "degrees",
            "temperature",
            "temperatures",
            "high",
            "highs",
            "low",
            "lows",
            "fahrenheit",
            "celsius",
            "suhu",
            "derajat",
        ];
        let temperature =
            |j: usize| WORDS.iter().any(|w| self.is_word(j, w)) || self.is_sym(j, '°');
        // back while each token is on the line of the one before it
        let mut j = k;
        for _ in 0..6 {
            if j <= self.floor || !self.same_line(j) {
                break;
            }
            j -= 1;
            if temperature(j) {
                return true;
            }
        }
        (k + 1..k + 7)
            .take_while(|&j| self.same_line(j))
            .any(temperature)
    }

    /// The word before the first decade of a list the decade at token `i`
    /// closes: "in their 30s, 40s and 50s" ("their"), "the 80s and 90s"
    /// ("the"), "usia 20-an atau 30-an" ("usia"); a later decade is read
    /// the way the first is. A decade of four digits before ("the 1980s,
    /// 90s") gives its century instead of a word. (Decades already read
    /// are behind the parse's floor: this only looks.)
    fn first_decade_of_list(&self, i: usize) -> Option<DecadeList> {
        let mut at = i;
        let mut found = None;
        // up to three decades back, each joined by a comma, "and" or "or"
        for _ in 0..3 {
            let mut sep = at;
            while sep > 0
                && sep + 2 > at
                && (self.is_sym(sep - 1, ',')
                    || ["and", "or", "dan", "atau"]
                        .iter()
                        .any(|w| self.is_word(sep - 1, w)))
            {
                sep -= 1;
            }
            if sep == at {
                break;
            }
            let before = |back: usize| sep.checked_sub(back);
            // a decade of four digits: "1980s", "1980-an"
            if let Some(y) = (2..=3).filter_map(before).find_map(|n| {
                let y = self.year_at(n).filter(|y| y % 10 == 0)?;
                (self.decade_suffix(n, y) == Some(sep)).then_some(y)
            }) {
                return Some(DecadeList::Century(y / 100 * 100));
            }
            // the decade before: a two-digit number and its suffix, maybe
            // past an apostrophe or hyphen ("30-an")
            let Some(number) = (2..=3).filter_map(before).find(|&n| {
                self.num(n)
                    && self.t(n).len() == 2
                    && self.small_int(n, 90).and_then(|v| self.decade_suffix(n, v)) == Some(sep)
            }) else {
                break;
            };
            found = number.checked_sub(1).map(DecadeList::WordBefore);
            at = number;
        }
        found
    }

    fn decade_suffix(&self, k: usize, v: u32) -> Option<usize> {
        if !v.is_multiple_of(10) {
            return None;
        }
        let suffix = match self.lang {
            Language::En => "s",
            Language::Id => "an",
        };
        let suffix_at = |at: usize| {
            self.glued(at)
                && matches!(self.tok(at), Some(t) if t.kind == Kind::Word)
                && self.t(at) == suffix
        };
        if suffix_at(k + 1) {
            return Some(k + 2);
        }
        let joiner = match self.lang {
            Language::En => self.is_sym(k + 1, '\'') || self.is_sym(k + 1, '’'),
            Language::Id => self.is_sym(k + 1, '-'),
        };
        (joiner && self.glued(k + 1) && suffix_at(k + 2)).then_some(k + 3)
    }

    /// "2024-03-12" (ISO 8601), the three parts glued by hyphens.
    fn iso_date(&self, k: usize) -> Option<(Option<f64>, usize)> {
        let y = self.year_at(k)?;
        if !(self.hyphen_joins(k + 1) && self.hyphen_joins(k + 3)) {
            return None;
        }
        let two_digits = |at: usize| self.t(at).len() == 2;
        if !(two_digits(k + 2) && two_digits(k + 4)) {
            return None;
        }
        let m = self.small_int(k + 2, 12).filter(|&m| m > 0)?;
        let d = self.small_int(k + 4, 31).filter(|&d| d > 0)?;
        // Not "2024-03-12-..." (a longer code).
        if self.is_sym(k + 5, '-') && self.glued(k + 5) {
            return None;
        }
        Some((Some(ymd(y, m, d)), k + 5))
    }

    /// The end year of "2005-6", "2005-06", "2019-20", "1999-00" or
    /// "2005/06" after the year `y` at `k`: one or two digits glued by a
    /// hyphen, en dash or slash, read in `y`'s decade or century: one digit
    /// the next year, two digits one to ten years later. Not the month of an
    /// ISO date ("2005-06-12").
    fn short_year_after(&self, k: usize, y: u32) -> Option<u32> {
        let sep = self.is_sym(k + 1, '-') || self.is_sym(k + 1, '–') || self.is_sym(k + 1, '/');
        if !(sep && self.glued(k + 1) && self.glued(k + 2)) {
            return None;
        }
        let raw = self.t(k + 2);
        if !self.num(k + 2)
            || !(1..=2).contains(&raw.len())
            || !raw.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        // "2005-06-12", "2005/06/07": a date, not a range.
        if (self.is_sym(k + 3, '-') || self.is_sym(k + 3, '/')) && self.glued(k + 3) {
            return None;
        }
        let short: u32 = raw.parse().ok()?;
        let base = if raw.len() == 1 { 10 } else { 100 };
        let mut end = y - y % base + short;
        if end <= y {
            end += base;
        }
        // One digit only for consecutive years ("2005-6"); two may span a
        // few ("2010-15").
        let span = end - y;
        let plausible = if base == 10 {
            span == 1
        } else {
            (1..=10).contains(&span)
        };
        plausible.then_some(end)
    }

    fn dotted_date(&self, k: usize) -> Option<f64> {
        let raw = self.t(k);
        let parts: Vec<&str> = raw.split('.').collect();
        if parts.len() != 3 || parts[2].len() != 4 || parts[0].len() > 2 || parts[1].len() > 2 {
            return None;
        }
        let d: u32 = parts[0].parse().ok()?;
        let m: u32 = parts[1].parse().ok()?;
        let y: u32 = parts[2].parse().ok()?;
        ((1..=31).contains(&d) && (1..=12).contains(&m)).then(|| ymd(y, m, d))
    }

    fn digit_idiom(&self, i: usize) -> Option<(Quantity, usize)> {
        let count_word = |k: usize| -> Option<u32> {
            let w = self.t(k);
            [
                ("satu", 1),
                ("single", 1),
                ("dua", 2),
                ("double", 2),
                ("tiga", 3),
                ("triple", 3),
            ]
            .iter()
            .find(|(c, _)| w.eq_ignore_ascii_case(c))
            .map(|(_, n)| *n)
        };
        let vague_scale = |k: usize| -> Option<f64> {
            self.tok(k)?.lex.iter().find_map(|w| match w {
                W::Vague(lo, _) if *lo >= 1000.0 => Some(*lo),
                _ => None,
            })
        };
        let digit_word = |k: usize| self.is_word(k, "digit") || self.is_word(k, "digits");
        // count [-] digit [quotes] [vague-scale]
        if let Some(n) = count_word(i) {
            let mut k = i + 1;
            if self.is_sym(k, '-') {
                k += 1;
            }
            if digit_word(k) && self.same_line(k) {
                let mut e = k + 1;
                let after = self.skip_quotes(e);
                let mut scale = 1.0;
                if let Some(sc) = vague_scale(after).filter(|_| self.same_line(after)) {
                    scale = sc;
                    e = after + 1;
                }
                return Some(self.idiom_q(i, e, n, scale));
            }
        }
        // vague-scale [quotes] count digit
        if let Some(sc) = vague_scale(i) {
            let k = self.skip_quotes(i + 1);
            if let Some(n) = count_word(k)
                && digit_word(k + 1)
                && self.same_line(k)
            {
                return Some(self.idiom_q(i, k + 2, n, sc));
            }
        }
        // "six-figure"
        if let Some(n) = self.tok(i).and_then(|t| {
            t.lex.iter().find_map(|w| {
                if let W::EnDigit(d) = w {
                    Some(*d as u32)
                } else {
                    None
                }
            })
        }) && self.is_sym(i + 1, '-')
            && self.is_word(i + 2, "figure")
            && n >= 1
        {
            return Some(self.idiom_q(i, i + 3, n, 1.0));
        }
        None
    }

    fn idiom_q(&self, s: usize, e: usize, digits_n: u32, scale: f64) -> (Quantity, usize) {
        let lo = 10f64.powi(digits_n as i32 - 1).max(1.0);
        let hi = 10f64.powi(digits_n as i32) - 1.0;
        let mut qt = q(self.text, self.toks, s, e, Category::Number);
        qt.low = Some(if digits_n == 1 && scale == 1.0 {
            1.0
        } else {
            lo * scale
        });
        qt.high = Some(if scale == 1.0 {
            hi
        } else {
            hi * scale + (scale - 1.0)
        });
        (qt, e)
    }

    // ---------- number cores ----------

    /// A scale word or short scale at `k` after a digit numeral; `money` allows
    /// spaced short forms ("Rp 4,5 M").
    /// "several hundred", "a few thousand", "beberapa ratus juta": a few
    /// of a scale, read as two to nine of it the way "hundreds" is 100 to
    /// 999 ("several hundred million dollars" was one million, "a few
    /// thousand" three). The token past it and the low and high.
    fn few_of_a_scale(&self, i: usize) -> Option<(usize, f64, f64)> {
        let j = match self.t(i).len() {
            1 if self.is_word(i, "a") && self.is_word(i + 1, "few") => i + 2,
            7 if self.is_word(i, "several") => i + 1,
            8 if self.is_word(i, "beberapa") => i + 1,
            _ => return None,
        };
        if !self.same_line(j) {
            return None;
        }
        let hundred = self.has(j, |w| matches!(w, W::EnHundred | W::IdRatus));
        let scale = if hundred { 100.0 } else { self.scale_word(j)? };
        let (mut lo, mut hi, mut e) = (2.0 * scale, 9.0 * scale + (scale - 1.0), j + 1);
        // "several hundred million", "beberapa ratus ribu"
        if hundred && let Some(next) = self.scale_word(e) {
            (lo, hi, e) = (lo * next, hi * next + (next - 1.0), e + 1);
        }
        Some((e, lo, hi))
    }

    fn scale_word(&self, k: usize) -> Option<f64> {
        let t = self.tok(k)?;
        if t.gap == Gap::Break || t.kind != Kind::Word {
            return None;
        }
        t.lex
            .iter()
            .find_map(|w| if let W::Scale(s) = w { Some(*s) } else { None })
    }

    /// A clock time on tokens `i..e`, with a hedge of about or nearly
    /// before it: "sekitar pukul 10.00 WIB", "around 3 p.m.", "hampir
    /// pukul 12".
    fn clock_time(&self, i: usize, e: usize) -> Quantity {
        match self.hedge_before(i) {
            Some((approx @ Some(Approx::About | Approx::Nearly), start)) => {
                let mut qt = q(self.text, self.toks, start, e, Category::Time);
                qt.approx = approx;
                qt
            }
            _ => q(self.text, self.toks, i, e, Category::Time),
        }
    }

    /// The end of a second clock time joined at `k` to one just read: a
    /// dash or "hingga", "sampai", "to", "until", then "16.00" or "16:00".
    fn second_clock(&self, k: usize) -> Option<usize> {
        if !self.same_line(k) {
            return None;
        }
        let dash = self.is_sym(k, '-') || self.is_sym(k, '–');
        let word = ["hingga", "sampai", "to", "until"]
            .iter()
            .any(|w| self.is_word(k, w));
        if !(dash || word) || !self.same_line(k + 1) || !self.num(k + 1) {
            return None;
        }
        let j = k + 1;
        let hour_ok = |h: &str| h.len() <= 2 && h.parse::<u32>().is_ok_and(|h| h <= 24);
        let minute_ok = |m: &str| m.len() == 2 && m.parse::<u32>().is_ok_and(|m| m < 60);
        if let Some((h, m)) = self.t(j).split_once('.')
            && hour_ok(h)
            && minute_ok(m)
        {
            return Some(j + 1);
        }
        (hour_ok(self.t(j))
            && self.is_sym(j + 1, ':')
            && self.glued(j + 1)
            && self.glued(j + 2)
            && minute_ok(self.t(j + 2)))
        .then_some(j + 3)
    }

    /// The token after "-of-a-" starting at `k` ("a quarter-of-a-million"),
    /// all glued.
    fn hyphened_of_a(&self, k: usize) -> Option<usize> {
        (self.hyphen_joins(k)
            && self.is_word(k + 1, "of")
            && self.hyphen_joins(k + 2)
            && self.has(k + 3, |w| matches!(w, W::Article))
            && self.hyphen_joins(k + 4))
        .then_some(k + 5)
    }

    /// Where the unit starts after a fraction ending before `k`, past "of
    /// a" or "a" (English): "a quarter of a percentage point", "half a
    /// percentage point", "three-quarters of a mile", "a quarter of an
    /// hour", "two-thirds of a dollar"; not a counted noun.
    fn unit_after_share(&self, k: usize) -> Option<usize> {
        if self.lang != Language::En {
            return None;
        }
        let mut j = k;
        if self.is_word(j, "of") {
            j += 1;
        }
        if self.has(j, |w| matches!(w, W::Article)) {
            j += 1;
        }
        if j == k || !self.same_line(j) {
            return None;
        }
        let points = self.is_word(j, "percentage")
            && (self.is_word(j + 1, "point") || self.is_word(j + 1, "points"));
        let unit = || {
            self.suffix(j, 1.0).is_some_and(|(sfx, _)| {
                matches!(
                    sfx.cat,
                    Category::Measure | Category::Duration | Category::Money
                )
            })
        };
        (points || unit()).then_some(j)
    }

    /// A scale word at `k`, or "dozen" in English: "half a dozen", "a
    /// half-dozen" are six, as "half a million" is 500,000.
    fn scale_or_dozen(&self, k: usize) -> Option<f64> {
        self.scale_word(k)
            .or_else(|| (self.lang == Language::En && self.is_word(k, "dozen")).then_some(12.0))
    }

    /// The scale of a vague magnitude word at `k` that is a power of a
    /// thousand ("ribuan", "jutaan", "miliaran", "triliunan"), spaced
    /// after a numeral on the same line.
    fn vague_scale_word(&self, k: usize) -> Option<f64> {
        let t = self.tok(k)?;
        if t.gap != Gap::Space || t.kind != Kind::Word || self.lang != Language::Id {
            return None;
        }
        t.lex.iter().find_map(|w| match w {
            W::Vague(lo, _) if [1e3, 1e6, 1e9, 1e12].contains(lo) => Some(*lo),
            _ => None,
        })
    }

    fn short_scale(&self, k: usize, money: bool, decimal: bool) -> Option<f64> {
        let t = self.tok(k)?;
        if t.kind != Kind::Word || t.gap == Gap::Break {
            return None;
        }
        let glued = t.gap == Gap::Glued;
        let w = self.t(k);
        let id = self.lang == Language::Id;
        // spaced short forms need money or the end of the phrase after
        // them, except the Indonesian ones that are no word ("gaji 5 jt
        // per bulan")
        let wordless = id && matches!(w, "rb" | "jt");
        if !(glued || money || wordless || self.at_end(k + 1)) {
            return None;
        }
        let v = match w {
            "rb" | "ribu" => 1e3,
            "jt" => 1e6,
            "k" | "K" => 1e3,
            "M" => {
                if id {
                    1e9
                } else {
                    1e6
                }
            }
            // Trillions with money, a decimal or a space ("Rp 2 T",
            // "2,5T", "mencapai 1 T"); a glued "daerah 3T" is a name
            // (tertinggal, terdepan, terluar).
            "T" if money || decimal || !glued => 1e12,
            // A whole number before "G" without money is a network
            // generation ("4G", "5G"); ".0012G" is still giga.
            "G" if money || decimal => 1e9,
            "bn" | "b" | "B" | "Bn" if !id || money => 1e9,
            "mn" | "mln" => 1e6,
            "tn" | "trn" => 1e12,
            // "1.6m people", "£4m", "3m viewers": millions; "100m
            // sprint", "5m barrier" and an athlete's "mark of 6.52m":
            // metres.
            "m" if !id
                && (money
                    || (glued && self.counts_millions(k + 1))
                    || (glued && self.hyphen_currency(k + 1))
                    || (decimal && glued && !self.measures_distance(k))) =>
            {
                1e6
            }
            "miliar" | "milyar" => 1e9,
            // "$60 grand a year": thousands, only after a currency sign
            // and not before the noun "grand" describes ("a $500 grand
            // prize", "a $5 grand total").
            "grand"
                if !id
                    && money
                    && (self.at_end(k + 1)
                        || self.tok(k + 1).is_some_and(|n| n.lex.contains(&W::Stop))) =>
            {
                1e3
            }
            _ => return None,
        };
        if !glued && w.len() == 1 && !money && w != "M" && w != "T" {
            return None;
        }
        // "m" or "k" followed by more letters is a word, not a scale (tokens split words already)
        Some(v)
    }

    /// Whether token `k` (after "3m") is a noun counted in millions:
    /// "3m viewers".
    fn counts_millions(&self, k: usize) -> bool {
        matches!(self.tok(k), Some(t) if t.kind == Kind::Word && t.gap == Gap::Space)
            && COUNTED_IN_MILLIONS.contains(&self.t(k))
    }

    /// Whether a glued hyphen and a currency word follow at `k`: "10m-pound
    /// contract".
    fn hyphen_currency(&self, k: usize) -> bool {
        self.is_sym(k, '-')
            && self.glued(k)
            && self.glued(k + 1)
            && matches!(self.tok(k + 1), Some(t) if t.kind == Kind::Word)
            && units::suffix_at(self.text, self.toks, k + 1)
                .is_some_and(|(sfx, _)| sfx.cat == Category::Money)
    }

    /// Whether the number before the "m" at token `k` is a distance in an
    /// athletics report ("mark of 6.52m", "cleared 2.05m", or within a
    /// few words of "heptathlon", "long jump", "javelin") or a size
    /// ("2.5m high").
    fn measures_distance(&self, k: usize) -> bool {
        let Some(number) = k.checked_sub(1) else {
            return false;
        };
        let athletics = |j: usize| {
            matches!(self.tok(j), Some(t) if t.kind == Kind::Word)
                && ATHLETICS_WORDS
                    .iter()
                    .any(|w| self.t(j).eq_ignore_ascii_case(w))
        };
        let mark_of = number >= 2
            && self.is_word(number - 1, "of")
            && ["mark", "best", "height", "distance", "waves", "depth"]
                .iter()
                .any(|w| self.is_word(number - 2, w));
        // The word after the unit, past a hyphen: "2.5m high", "a
        // 2.5m-high wall".
        let next = if self.is_sym(k + 1, '-') {
            k + 2
        } else {
            k + 1
        };
        // "2.5m high", "1.8m tall"; "a 2.5m wall", "a 6.5m drop": a
        // dimension, or a structure or fall that has one.
        let dimension = ["high", "tall", "long", "wide", "deep", "thick", "across"]
            .iter()
            .chain(MEASURED_THINGS)
            .any(|w| self.is_word(next, w));
        mark_of
            || dimension
            || (number.saturating_sub(12)..number)
                .chain(k + 1..k + 3)
                .any(athletics)
    }

    /// A number at `i` (digits or words), with its scale.
    fn core(&self, i: usize, money: bool) -> Option<Core> {
        let tok = self.tok(i)?;
        let en = self.lang == Language::En;
        match tok.kind {
            Kind::Num => {
                let d = digits::parse(self.t(i), self.lang)?;
                let mut c = Core {
                    e: i + 1,
                    value: d.value,
                    range: None,
                    ordinal: false,
                    scale: None,
                    plain_int_digits: None,
                    vague_scale: false,
                };
                if !d.decimal && !d.grouped {
                    c.plain_int_digits = Some(d.int_digits);
                }
                // "less than $30, 000 (£15,000)": an English thousands
                // separator with a space typed after it; only before
                // "000", so a list ("30, 500") stays two numbers.
                if en
                    && !d.decimal
                    && !d.grouped
                    && (1..=3).contains(&self.t(i).len())
                    && self.is_sym(i + 1, ',')
                    && self.glued(i + 1)
                    && self.num(i + 2)
                    && self.tok(i + 2).is_some_and(|t| t.gap == Gap::Space)
                    && self.t(i + 2) == "000"
                    && !(self.glued(i + 3) && self.num(i + 3))
                {
                    c.value = d.value * 1000.0;
                    c.e = i + 3;
                    c.plain_int_digits = None;
                    return Some(c);
                }
                // ordinal suffix: 3rd, 21st
                if self.glued(i + 1)
                    && ["st", "nd", "rd", "th"]
                        .iter()
                        .any(|s| self.is_word(i + 1, s))
                    && !d.decimal
                {
                    c.e = i + 2;
                    c.ordinal = true;
                    return Some(c);
                }
                // fraction 1/5
                if self.is_sym(i + 1, '/')
                    && self.glued(i + 1)
                    && self.num(i + 2)
                    && self.glued(i + 2)
                    && !self.is_sym(i + 3, '/')
                {
                    let den = digits::parse(self.t(i + 2), self.lang)?;
                    // A fraction written with a slash is a proper one
                    // ("1/3", "3/4"); "275/150 kV", "20/0,4 kV" are two
                    // ratings of a transformer, not 1.83 kV.
                    if den.value > d.value && !d.decimal && self.t(i + 2).len() <= 4 {
                        c.value = d.value / den.value;
                        c.e = i + 3;
                        c.plain_int_digits = None;
                    } else if let Some(mixed) = self.squashed_mixed_number(i) {
                        c.value = mixed;
                        c.e = i + 3;
                        c.plain_int_digits = None;
                    }
                }
                // "2 1/2 years", "2-1/2 million": a mixed number
                if en
                    && c.e == i + 1
                    && !d.decimal
                    && let Some((fraction, e)) = self.fraction_after_whole(i + 1)
                {
                    c.value += fraction;
                    c.e = e;
                    c.plain_int_digits = None;
                }
                // "1 point 1"
                if en
                    && self.is_word(c.e, "point")
                    && self.num(c.e + 1)
                    && self.t(c.e + 1).bytes().all(|b| b.is_ascii_digit())
                    && !d.decimal
                {
                    let frac: f64 = format!("0.{}", self.t(c.e + 1)).parse().ok()?;
                    c.value += frac;
                    c.e += 2;
                    c.plain_int_digits = None;
                }
                self.apply_scale(&mut c, money, d.decimal);
                if en && self.is_word(c.e, "and") {
                    let mut j = c.e + 1;
                    if self.has(j, |w| matches!(w, W::Article)) {
                        j += 1;
                    }
                    let scale = self.scale_word(j + 1).filter(|_| c.scale.is_none());
                    if !self.is_word(j, "half") {
                        // no fraction
                    } else if let Some(sc) = scale {
                        // "5 and a half million people"
                        c.value = (c.value + 0.5) * sc;
                        c.scale = Some(sc);
                        c.e = j + 2;
                        c.plain_int_digits = None;
                    } else if units::suffix_at(self.text, self.toks, j + 1).is_some() {
                        c.value += 0.5;
                        c.e = j + 1;
                        c.plain_int_digits = None;
                    }
                }
                Some(c)
            }
            Kind::Sym('.' | ',') => {
                // ",77" / ".77"
                let prev_ok =
                    i == self.floor || !self.glued(i) || self.is_sym(i.wrapping_sub(1), '-');
                if prev_ok
                    && self.num(i + 1)
                    && self.glued(i + 1)
                    && self.t(i + 1).bytes().all(|b| b.is_ascii_digit())
                {
                    let sep = if self.is_sym(i, '.') { '.' } else { ',' };
                    let decimal_sep = if en { '.' } else { ',' };
                    if sep != decimal_sep {
                        return None;
                    }
                    let v: f64 = format!("0.{}", self.t(i + 1)).parse().ok()?;
                    let mut c = Core {
                        e: i + 2,
                        value: v,
                        range: None,
                        ordinal: false,
                        scale: None,
                        plain_int_digits: None,
                        vague_scale: false,
                    };
                    self.apply_scale(&mut c, money, true);
                    return Some(c);
                }
                None
            }
            Kind::Sym('½' | '¼' | '¾') => {
                let v = match tok.kind {
                    Kind::Sym('½') => 0.5,
                    Kind::Sym('¼') => 0.25,
                    _ => 0.75,
                };
                Some(Core {
                    e: i + 1,
                    value: v,
                    range: None,
                    ordinal: false,
                    scale: None,
                    plain_int_digits: None,
                    vague_scale: false,
                })
            }
            Kind::Word => self.word_core(i),
            _ => None,
        }
    }

    fn apply_scale(&self, c: &mut Core, money: bool, decimal: bool) {
        // "8-million people", "a 4-billion dollar deficit": a scale word
        // joined by a hyphen scales the number (it is no range to it).
        if self.is_sym(c.e, '-')
            && self.glued(c.e)
            && self.glued(c.e + 1)
            && self.scale_word(c.e + 1).is_some()
        {
            c.e += 1;
        }
        if let Some(sc) = self
            .scale_word(c.e)
            .or_else(|| self.short_scale(c.e, money, decimal))
        {
            c.value *= sc;
            c.scale = Some(sc);
            c.e += 1;
            c.plain_int_digits = None;
            // "three thousand millions" style on digits: "3 thousand million"
            if let Some(sc2) = self.scale_word(c.e).filter(|&s2| s2 > sc) {
                c.value *= sc2;
                c.e += 1;
            }
        } else if let Some(sc) = self.vague_scale_word(c.e).filter(|_| {
            c.scale.is_none()
                && !(c.plain_int_digits == Some(4) && (1800.0..=2100.0).contains(&c.value))
        }) {
            // "Rp 2,9 triliunan": digits before a vague magnitude scale it,
            // roughly; a year before one does not ("2024 ribuan warga").
            c.value *= sc;
            c.scale = Some(sc);
            c.e += 1;
            c.plain_int_digits = None;
            c.vague_scale = true;
        } else if self.lang == Language::Id
            && c.value >= 100.0
            && c.plain_int_digits.is_none_or(|d| d != 4)
            && self.is_sym(c.e, '-')
            && self.glued(c.e)
            && self.glued(c.e + 1)
            && self.is_word(c.e + 1, "an")
            && !(self.glued(c.e + 2) && self.tok(c.e + 2).is_some_and(|t| t.kind == Kind::Word))
        {
            // "3.000-an orang", "200-an warga": about that many, as
            // "5 ribuan" is (two-digit "30-an" are decades or ages)
            c.e += 2;
            c.plain_int_digits = None;
            c.vague_scale = true;
            // "Rp 500-an ribu"
            if let Some(sc) = self.scale_word(c.e) {
                c.value *= sc;
                c.scale = Some(sc);
                c.e += 1;
            }
        }
        if self.lang == Language::En
            && (self.is_word(c.e, "dozen") || self.is_word(c.e, "dozens"))
            && self.same_line(c.e)
        {
            c.value *= 12.0;
            c.e += 1;
            c.plain_int_digits = None;
        }
    }

    fn word_core(&self, i: usize) -> Option<Core> {
        let tok = self.tok(i)?;
        let mk = |_s: usize, e, v| Core {
            e,
            value: v,
            range: None,
            ordinal: false,
            scale: None,
            plain_int_digits: None,
            vague_scale: false,
        };
        if let Some((e, lo, hi)) = self.few_of_a_scale(i) {
            let mut c = mk(i, e, lo);
            c.range = Some((lo, hi));
            return Some(c);
        }
        if tok.lex.is_empty() {
            return None;
        }
        // "ke-3", "ke-00003"
        if self.is_word(i, "ke")
            && self.is_sym(i + 1, '-')
            && self.glued(i + 1)
            && self.num(i + 2)
            && self.glued(i + 2)
        {
            let d = digits::parse(self.t(i + 2), self.lang)?;
            let mut c = mk(i, i + 3, d.value);
            c.ordinal = true;
            return Some(c);
        }
        if self.lang == Language::En {
            // "a liter", "an hour", "half a liter", "half-litre", "quarter-litre",
            // "fourth of liter", "tenth of a gallon", "thousand liters"
            let frac = if tok.lex.contains(&W::Article) {
                Some(1.0)
            } else if self.is_word(i, "half") {
                Some(0.5)
            } else if self.is_word(i, "quarter") {
                Some(0.25)
            } else if let Some(o) = self.ordinal_at(i) {
                (o >= 3.0 && self.is_word(i + 1, "of")).then(|| 1.0 / o)
            } else {
                tok.lex
                    .iter()
                    .find_map(|w| if let W::Scale(s) = w { Some(*s) } else { None })
                    .filter(|_| {
                        i == self.floor
                            || !self.same_line(i)
                            || self
                                .tok(i.wrapping_sub(1))
                                .is_some_and(|t| t.kind != Kind::Num)
                    })
            };
            if let Some(f) = frac {
                let mut j = i + 1;
                if (self.is_sym(j, '-') && self.glued(j)) || self.is_word(j, "of") {
                    j += 1;
                }
                if self.has(j, |w| matches!(w, W::Article))
                    && j > i
                    && !tok.lex.contains(&W::Article)
                {
                    j += 1;
                }
                if let Some((sfx, _)) = units::suffix_at(self.text, self.toks, j)
                    && matches!(
                        sfx.cat,
                        Category::Money | Category::Measure | Category::Duration
                    )
                    && sfx.pieces.trim_start_matches('=').len() > 1
                    && !self.num(j + sfx.pieces.split(' ').count())
                    && !(tok.lex.contains(&W::Article) && self.second_before_noun(j))
                    && !(tok.lex.contains(&W::Article) && self.academic_degree(i, j, sfx.unit))
                {
                    // "billions of dollars" is a vague amount, not one billion.
                    let vague = tok.lex.iter().find_map(|w| match w {
                        W::Vague(lo, hi) => Some((*lo, *hi)),
                        _ => None,
                    });
                    let mut c = mk(i, j, f);
                    c.range = vague;
                    return Some(c);
                }
                if tok.lex.contains(&W::Article) && self.is_word(i + 1, "few") {
                    return Some(mk(i, i + 2, 3.0));
                }
            }
            // "point 77"
            if self.is_word(i, "point")
                && self.num(i + 1)
                && self.t(i + 1).bytes().all(|b| b.is_ascii_digit())
                && (i == self.floor
                    || !self.same_line(i)
                    || self
                        .tok(i.wrapping_sub(1))
                        .is_some_and(|t| t.kind != Kind::Num && t.lex.is_empty()))
            {
                let v: f64 = format!("0.{}", self.t(i + 1)).parse().ok()?;
                return Some(mk(i, i + 2, v));
            }
        }
        // ordinal words
        if let Some(o) = self.ordinal_at(i) {
            let mut c = mk(i, i + 1, o);
            c.ordinal = true;
            return Some(c);
        }
        // English compound ordinals: twenty-fifth, twenty fifth
        if self.lang == Language::En
            && let Some(t) = tok
                .lex
                .iter()
                .find_map(|w| if let W::EnTens(t) = w { Some(*t) } else { None })
        {
            let mut j = i + 1;
            if matches!(self.tok(j), Some(x) if matches!(x.kind, Kind::Sym('-' | '—' | '–')))
                && self.glued(j)
            {
                j += 1;
            }
            if self.tok(j).is_some_and(|x| x.gap != Gap::Break)
                && let Some(u) = self.ordinal_at(j)
                && u < 10.0
            {
                let mut c = mk(i, j + 1, t + u);
                c.ordinal = true;
                return Some(c);
            }
        }
        // "beribu-ribu", "berjuta-juta": as "ribuan", "jutaan".
        if let Some((base, lo, hi)) = tok.lex.iter().find_map(|w| match w {
            W::VagueRepeated(b, l, h) => Some((*b, *l, *h)),
            _ => None,
        }) {
            let repeated = self.is_sym(i + 1, '-')
                && self.glued(i + 1)
                && self.glued(i + 2)
                && self.t(i + 2).eq_ignore_ascii_case(base);
            if !repeated {
                return None;
            }
            let mut c = mk(i, i + 3, lo);
            c.range = Some((lo, hi));
            return Some(c);
        }
        // vague magnitudes, with a following scale: "puluhan ribu", "tens of thousands"
        if let Some((lo, hi)) = tok.lex.iter().find_map(|w| {
            if let W::Vague(l, h) = w {
                Some((*l, *h))
            } else {
                None
            }
        }) {
            let mut j = i + 1;
            if self.is_word(j, "of") && self.lang == Language::En {
                j += 1;
            }
            let tens_of = self.is_word(i, "tens");
            if let Some(sc) = self.scale_word(j).filter(|_| lo < 1000.0) {
                let mut c = mk(i, j + 1, lo * sc);
                c.range = Some((lo * sc, hi * sc + (sc - 1.0)));
                return Some(c);
            }
            // "student test scores", "scores of 90 and 95": "scores" is a
            // number only before "of" and what it counts
            if tens_of
                || (self.is_word(i, "scores") && (!self.is_word(i + 1, "of") || self.num(i + 2)))
            {
                return None;
            }
            let mut c = mk(i, i + 1, lo);
            c.range = Some((lo, hi));
            return Some(c);
        }
        // "a quarter million", "a half-million": the article starts the
        // amount, so a hedge before it ("almost a quarter million") holds.
        if self.lang == Language::En && tok.lex.contains(&W::Article) {
            let half_or_quarter = if self.is_word(i + 1, "half") {
                Some(0.5)
            } else if self.is_word(i + 1, "quarter") {
                Some(0.25)
            } else {
                None
            };
            if let Some(f) = half_or_quarter {
                let mut j = i + 2;
                if let Some(after) = self.hyphened_of_a(j) {
                    j = after;
                } else if self.is_sym(j, '-') && self.glued(j) && self.glued(j + 1) {
                    j += 1;
                }
                if let Some(sc) = self.scale_or_dozen(j) {
                    return Some(mk(i, j + 1, f * sc));
                }
                // "a quarter of a percentage point", "a quarter of an
                // hour": the unit follows
                if let Some(unit_at) = self.unit_after_share(i + 2) {
                    return Some(mk(i, unit_at, f));
                }
            }
        }
        let (v, e) = match self.lang {
            Language::Id => words::id_words(self.text, self.toks, i)?,
            Language::En => {
                if let Some(r) = words::en_words(self.text, self.toks, i) {
                    r
                } else if tok.lex.contains(&W::Article) {
                    // a dozen, a couple (of), a pair, a few
                    if self.is_word(i + 1, "dozen") {
                        let mut e = i + 2;
                        if self.is_word(e, "of") && self.at_end(e + 1) {
                            e += 1;
                        }
                        (12.0, e)
                    } else if self.is_word(i + 1, "couple") || self.is_word(i + 1, "pair") {
                        let mut e = i + 2;
                        // "a couple of years", "a couple of kids": the
                        // unit or noun after "of" (not "of them", "of
                        // the …", "of million")
                        let noun_after_of = self.tok(e + 1).is_some_and(|t| {
                            t.kind == Kind::Word
                                && t.gap == Gap::Space
                                && (!t.lex.contains(&W::Stop) || self.suffix(e + 1, 2.0).is_some())
                        }) && !OF_DETERMINERS
                            .iter()
                            .any(|w| self.is_word(e + 1, w));
                        let scale = self.scale_word(e + 1).or_else(|| {
                            [("hundred", 100.0), ("dozen", 12.0)]
                                .into_iter()
                                .find_map(|(w, v)| self.is_word(e + 1, w).then_some(v))
                        });
                        if self.is_word(e, "of")
                            && let Some(scale) = scale
                        {
                            // "a couple of million dollars"
                            (2.0 * scale, e + 2)
                        } else {
                            if self.is_word(e, "of") && (self.at_end(e + 1) || noun_after_of) {
                                e += 1;
                            }
                            (2.0, e)
                        }
                    } else {
                        return None;
                    }
                } else if let Some(f) = tok
                    .lex
                    .iter()
                    .find_map(|w| if let W::Frac(f) = w { Some(*f) } else { None })
                    // "a quarter million", "a quarter-million-dollar
                    // contribution", "a quarter of a million": only before
                    // a scale
                    .or_else(|| {
                        (self.lang == Language::En && self.is_word(i, "quarter")).then_some(0.25)
                    })
                {
                    // half a million, "half-a-trillion"
                    let mut j = i + 1;
                    if let Some(after) = self.hyphened_of_a(j) {
                        // "quarter-of-a-million"
                        j = after;
                    } else {
                        if self.hyphen_joins(j) && self.has(j + 1, |w| matches!(w, W::Article)) {
                            j += 1;
                        }
                        if self.is_word(j, "of") && self.has(j + 1, |w| matches!(w, W::Article)) {
                            j += 1;
                        }
                        if self.has(j, |w| matches!(w, W::Article)) {
                            j += 1;
                            if self.hyphen_joins(j) {
                                j += 1;
                            }
                        } else if self.hyphen_joins(j) && f == 0.25 {
                            j += 1;
                        }
                    }
                    match self.scale_or_dozen(j) {
                        Some(sc) => (f * sc, j + 1),
                        // "half a percentage point", "half a mile": the unit
                        // follows
                        None if self.unit_after_share(j).is_some() => (f, j),
                        None if f == 0.25 => return None,
                        None => (f, i + 1),
                    }
                } else {
                    return None;
                }
            }
        };
        let mut c = mk(i, e, v);
        if self.lang == Language::En && self.is_word(c.e, "dozen") {
            c.value *= 12.0;
            c.e += 1;
        }
        // "a quarter of a million", "three quarters of a million": a
        // fraction of a scale, not a fraction and a million.
        if self.lang == Language::En
            && c.value > 0.0
            && c.value < 1.0
            && self.is_word(c.e, "of")
            && self.has(c.e + 1, |w| matches!(w, W::Article))
            && let Some(sc) = self.scale_word(c.e + 2)
        {
            c.value *= sc;
            c.e += 3;
        } else if self.lang == Language::En
            && c.value > 0.0
            && c.value < 1.0
            && let Some(unit_at) = self.unit_after_share(c.e)
        {
            // "three-quarters of a percentage point", "of a mile"
            c.e = unit_at;
        }
        Some(c)
    }

    // ---------- full quantities ----------

    /// A quantity whose number core starts at `i` (possibly after a currency).
    fn quantity(&self, i: usize) -> Option<(Quantity, usize)> {
        let text = self.text;
        let toks = self.toks;
        if self.list_marker(i) {
            return None;
        }
        // "no-one" is nobody, not the number one.
        if i >= 2
            && self.glued(i)
            && self.is_sym(i - 1, '-')
            && self.glued(i - 1)
            && self.is_word(i - 2, "no")
        {
            return None;
        }
        if self.pronoun_one(i) || self.number_word_ends_a_name(i) {
            return None;
        }
        // "ground zero", "patient zero": a place and a person, no amount
        if self.lang == Language::En
            && i > 0
            && self.is_word(i, "zero")
            && (self.is_word(i - 1, "ground") || self.is_word(i - 1, "patient"))
        {
            return None;
        }
        // currency written before: "Rp 5", "US$ 2", "£1.4bn"
        let mut cur_before: Option<(&'static str, usize)> = None;
        let mut ci = i;
        if let Some((code, e)) = units::prefix_currency_at(text, toks, i) {
            let e2 = if self.is_sym(e, '.') && self.num(e + 1) {
                e + 1
            } else {
                e
            };
            if self.tok(e2).is_some_and(|t| t.gap != Gap::Break)
                && (self.num(e2) || self.core(e2, true).is_some())
            {
                cur_before = Some((code, i));
                ci = e2;
            }
        }
        let money = cur_before.is_some();
        // minus: "-504", "−3", "minus 1.200.000"
        let mut neg_start = None;
        if cur_before.is_none() {
            if (self.is_sym(i, '-') || self.is_sym(i, '−'))
                && (self.num(i + 1) || self.is_sym(i + 1, '.') || self.is_sym(i + 1, ','))
            {
                let starts_line = self.tok(i).is_some_and(|t| t.gap == Gap::Break) || i == 0;
                // "- 2 degrees" alone on its line is negative; "- 73 SPPG
                // Polda Jateng (33 telah beroperasi, …)" is a list item.
                let short_line = (i + 1..)
                    .take(5)
                    .take_while(|&k| {
                        self.tok(k)
                            .is_some_and(|t| k == i + 1 || t.gap != Gap::Break)
                    })
                    .count()
                    <= 4;
                // "saham AMMN (-4,37%)": a sign glued after a bracket
                let after_bracket = i > 0 && self.glued(i) && self.is_sym(i - 1, '(');
                if (self.glued(i + 1) && (i == 0 || !self.glued(i) || after_bracket))
                    || starts_line && short_line
                {
                    neg_start = Some(i);
                    ci = i + 1;
                }
            } else if self.has(i, |w| matches!(w, W::Minus))
                && self.tok(i + 1).is_some_and(|t| t.gap == Gap::Space)
            {
                neg_start = Some(i);
                ci = i + 1;
            }
        }
        let mut c = self.core(ci, money)?;
        if neg_start.is_some() {
            c.value = -c.value;
        }
        // "a two-time champion", "the 10-time winner": a count of times;
        // "a one-time payment", "his one-time ally", "first-time buyers":
        // single, former or new, no count.
        if self.lang == Language::En
            && !money
            && neg_start.is_none()
            && self.is_sym(c.e, '-')
            && self.glued(c.e)
            && self.glued(c.e + 1)
            && self.is_word(c.e + 1, "time")
            && !self.glued(c.e + 2)
        {
            if c.value == 1.0 || c.ordinal {
                return None;
            }
            let mut qt = q(text, toks, ci, c.e + 2, Category::Count);
            set_point(&mut qt, c.value);
            qt.unit = Some("times".to_string());
            return Some((qt, c.e + 2));
        }
        // "$.50 a gallon": a sign and a point glued before the digits
        // write cents (unlike "Rp.500", five hundred rupiah).
        if let Some((_, sign)) = cur_before
            && ci == sign + 2
            && self.is_sym(sign + 1, '.')
            && self.glued(sign + 1)
            && self.glued(ci)
            && matches!(self.t(sign), "$" | "£" | "€")
            && c.e == ci + 1
            && let Ok(cents) = format!("0.{}", self.t(ci)).parse::<f64>()
        {
            c.value = cents;
            c.plain_int_digits = None;
        }
        let start = cur_before.map(|(_, s)| s).or(neg_start).unwrap_or(ci);
        if start == ci
            && let Some(e) = self.product_number(ci, &c)
        {
            return Some((q(text, toks, ci - 1, e, Category::Identifier), e));
        }
        // A code of digits and one capital letter: "29A", "3D", "5G",
        // "daerah 3T." (a trillion only with money or a decimal); not a
        // unit or scale letter ("100C", "60W", "10K", "5M"), and not the
        // start of a longer code ("3D-printed", "5G2").
        if start == ci
            && c.e == ci + 1
            && c.scale.is_none()
            && self.t(ci).len() <= 3
            && self.t(ci).bytes().all(|b| b.is_ascii_digit())
            && self.glued(c.e)
            && self.tok(c.e).is_some_and(|t| t.kind == Kind::Word)
            && self.t(c.e).len() == 1
            && self.t(c.e).bytes().all(|b| {
                // "B" is billions only in English ("$18B"; "Pasal 18B")
                let scale_or_unit: &[u8] = if self.lang == Language::En {
                    b"BCFKLMVWX"
                } else {
                    b"CFKLMVWX"
                };
                b.is_ascii_uppercase() && !scale_or_unit.contains(&b)
            })
            && self.code_ends(c.e + 1)
        {
            return Some((q(text, toks, ci, c.e + 1, Category::Identifier), c.e + 1));
        }
        if c.ordinal && (self.ordinal_in_a_name(ci, c.e) || self.first_as_discourse(ci, c.e)) {
            return None;
        }
        if c.ordinal
            && let Some(noun) = self.collective(ci, c.e)
        {
            let mut qt = q(text, toks, start, c.e, Category::Count);
            qt.unit = Some(noun);
            set_point(&mut qt, c.value);
            return Some((qt, c.e));
        }
        if c.ordinal {
            let mut qt = q(text, toks, start, c.e, Category::Ordinal);
            set_point(&mut qt, c.value);
            return Some((qt, c.e));
        }
        // "ke-3", "ke-00003"
        let mut end = c.e;
        let mut value = c.value;
        let mut range = c.range;
        // restatement in parentheses: "forty-five (45)", "lima (5)"
        if self.is_sym(end, '(')
            && let Some(c2) = self.core(end + 1, false)
            && (c2.value - value).abs() < 1e-9
            && self.is_sym(c2.e, ')')
        {
            end = c2.e + 1;
        }
        // "45 (forty five)" handled the same way above.
        // range: "10-15", "10 hingga 15", "2-3 juta", "10 dolar sampai 20 dolar"
        let mut unit: Option<(Category, &'static str)> =
            cur_before.map(|(code, _)| (Category::Money, code));
        let mut after_first = end;
        // The unit written only after the first number: "from six months
        // to nine".
        let mut first_unit = None;
        if unit.is_none()
            && let Some((sfx, e)) = self.suffix(end, value)
            && (matches!(
                sfx.cat,
                Category::Money | Category::Measure | Category::Duration
            ) || sfx.cat == Category::Percent && self.percent_range_may_follow(start, e))
        {
            // only keep if a range follows; decided below
            after_first = e;
            first_unit = Some((sfx.cat, sfx.unit));
        }
        let mut range_end = None;
        let mut unit_inside = false;
        let froms = [after_first, end];
        let froms = if after_first != end {
            &froms[..]
        } else {
            &froms[1..]
        };
        for &from in froms {
            if let Some(r) = self.range_tail(from, start, value, c.scale) {
                // "the three months to 31 December": after a unit, a day
                // of a date ends no range ("15-16 Juli" stays one).
                let day_of_date = from != end
                    && r.3.is_none()
                    && r.1.fract() == 0.0
                    && (1.0..=31.0).contains(&r.1)
                    && self.month_at(r.2).is_some();
                // "from $250 billion a year to $1.6 trillion": the first
                // end's unit is a period and the second end's money, so
                // "a year to $1.6 trillion" is no range.
                // A percentage's second end writes its sign too: "50
                // persen hingga 2024" is no range.
                let other_unit = from != end
                    && first_unit.is_some_and(|(cat, u)| {
                        r.3.is_some_and(|_| cat != Category::Money)
                            || self
                                .suffix(r.2, r.1)
                                .map_or(cat == Category::Percent, |(sfx, _)| {
                                    sfx.cat != cat || sfx.unit != u
                                })
                    });
                if !day_of_date && !other_unit {
                    range_end = Some(r);
                    unit_inside = from != end;
                }
                break;
            }
        }
        let mut opener = None;
        if let Some((lo, hi, e, code)) = range_end {
            if code.is_some() && unit.is_none() {
                unit = code.map(|c| (Category::Money, c));
            }
            range = Some((lo, hi));
            end = e;
        } else if c.range.is_none() {
            range = None;
        }
        if range_end.is_some() {
            opener = self.opener_before(start);
        }
        // "40-odd years", "40-some years", "20-plus years": a rough number
        // before its unit
        let mut rough = None;
        if range.is_none()
            && self.lang == Language::En
            && self.is_sym(end, '-')
            && self.glued(end)
            && self.glued(end + 1)
            && let Some(approx) = if self.is_word(end + 1, "odd")
                || self.is_word(end + 1, "some") && value >= 20.0 && value % 10.0 == 0.0
            {
                Some(Approx::About)
            } else if self.is_word(end + 1, "plus") {
                Some(Approx::MoreThan)
            } else {
                None
            }
        {
            rough = Some(approx);
            end += 2;
            // "$11-plus trillion": the scale after the rough number
            if c.scale.is_none()
                && let Some(scale) = self.scale_word(end)
            {
                value *= scale;
                end += 1;
            }
        }
        // unit after the number (or after the range)
        let mut cat = Category::Number;
        let mut unit_s: Option<String> = None;
        if let Some((sfx, e)) = self.hyphen_unit(end, range, value, unit.is_some()) {
            unit = Some((sfx.cat, sfx.unit));
            end = e;
        } else if let Some((sfx, e)) = self.suffix(end, range.map(|r| r.1).unwrap_or(value)) {
            if unit.is_none()
                || sfx.cat == Category::Money && unit.is_some_and(|u| u.0 == Category::Money)
            {
                if unit.is_none() {
                    unit = Some((sfx.cat, sfx.unit));
                }
                end = e;
            }
        } else if unit_inside && unit.is_none() {
            unit = first_unit;
        }
        if let Some((c0, u)) = unit {
            cat = c0;
            unit_s = Some(u.to_string());
        }
        // cents: "$20 and 43c", "20 dollars 43 cents", "US$3 and fourteen"
        if cat == Category::Money
            && range.is_none()
            && value.fract() == 0.0
            && let Some((cents, e)) = self.cents_tail(end)
        {
            value += cents / 100.0;
            end = e;
        }
        // "5 in": inches only at the end of the phrase
        if unit.is_none()
            && unit_s.is_none()
            && self.lang == Language::En
            && self.is_word(end, "in")
            && self.at_end(end + 1)
            && self.tok(end + 1).is_none_or(|t| t.kind != Kind::Num)
        {
            cat = Category::Measure;
            unit_s = Some("in".into());
            end += 1;
        }
        // lengths written in parts: "7 feet 10 inches", "2 km and 1 meter"
        if cat == Category::Measure
            && range.is_none()
            && let Some((v, u, e)) =
                self.length_compound(end, value, unit_s.as_deref().unwrap_or(""))
        {
            value = v;
            unit_s = Some(u.to_string());
            end = e;
        }
        // durations: compounds and modifiers
        if cat == Category::Duration
            && range.is_none()
            && let Some((v, u, e)) =
                self.duration_compound(end, value, unit_s.as_deref().unwrap_or(""))
        {
            value = v;
            unit_s = Some(u.to_string());
            end = e;
        }
        if cat == Category::Number && range.is_none() {
            // "2 more minutes"
            if ["more", "additional", "extra", "less", "fewer", "lagi"]
                .iter()
                .any(|m| self.is_word(end, m))
                && let Some((sfx, e)) = self.suffix(end + 1, value)
                && sfx.cat == Category::Duration
            {
                cat = Category::Duration;
                unit_s = Some(sfx.unit.to_string());
                end = e;
            }
        }
        // "2 below zero", "2 degrees below zero"
        if self.is_word(end, "below")
            && self.is_word(end + 1, "zero")
            && matches!(cat, Category::Number | Category::Measure)
        {
            value = -value;
            cat = Category::Measure;
            unit_s.get_or_insert_with(|| "°".to_string());
            end += 2;
        }
        // Pence written short, glued: "925p", "1p a pint" (not "3 p.m.").
        if cat == Category::Number
            && range.is_none()
            && self.lang == Language::En
            && self.glued(end)
            && self.t(end) == "p"
            && self.num(end - 1)
            && !(self.is_sym(end + 1, '.')
                && self.glued(end + 1)
                && self.glued(end + 2)
                && self.t(end + 2).eq_ignore_ascii_case("m"))
        {
            cat = Category::Money;
            unit_s = Some("cent".to_string());
            end += 1;
        }
        // "four times more likely", "three times the size": a ratio; "75
        // times" alone counts occurrences. Falls through to the hedges.
        if range.is_none()
            && self.lang == Language::En
            && cat == Category::Number
            && self.is_word(end, "times")
            && COMPARATIVES.iter().any(|w| self.is_word(end + 1, w))
        {
            cat = Category::Ratio;
            unit_s = Some("x".to_string());
            end += 1;
        }
        // "voted against it six times", "arrested 12 times": a count of
        // occurrences (the word, not in the span, as a counted noun's)
        if cat == Category::Number && self.lang == Language::En && self.t(end) == "times" {
            cat = Category::Count;
            unit_s = Some("times".to_string());
        }
        // "sebanyak 59 kali", "tiga kali memeriksa": a count of occurrences,
        // as "75 times" is (the word not in the span)
        if cat == Category::Number
            && range.is_none()
            && self.is_word(end, "kali")
            && self.occurrences_of_kali(start, end)
        {
            cat = Category::Count;
            unit_s = Some("kali".to_string());
        }
        // ratios: "dua kali lipat", "1 dari 3 orang", "one in five"
        if cat == Category::Number && range.is_none() && self.is_word(end, "kali") {
            // Falls through to the hedges: "sekitar dua kali lipat".
            cat = Category::Ratio;
            unit_s = Some("x".to_string());
            end += if self.is_word(end + 1, "lipat") { 2 } else { 1 };
        }
        if cat == Category::Number
            && range.is_none()
            && let Some(of) = self.share_of(end)
            && let Some(c2) = self.core(of, false)
            && c2.range.is_none()
            && !c2.ordinal
            && c2.value > value
            && value >= 1.0
            && (value >= 2.0 || !self.is_word(end, "of"))
            && c2.plain_int_digits.is_none_or(|d| d < 4)
            // "2,000 out of 20-million acres" are two areas ("nine out of
            // every 10 pennies" is a share)
            && self
                .suffix(c2.e, c2.value)
                .is_none_or(|(sfx, _)| sfx.cat != Category::Measure)
        {
            // "almost nine out of every 10"
            let (approx, s) = self.hedge_before(start).unwrap_or((None, start));
            let mut qt = q(text, toks, s, c2.e, Category::Ratio);
            set_point(&mut qt, value / c2.value);
            qt.unit = self.counted_noun(c2.e, c2.value, false);
            qt.approx = approx;
            return Some((qt, c2.e));
        }
        // "a 10-member panel", "the 28-nation bloc": the counted noun
        // joined by a hyphen before the noun it describes.
        if cat == Category::Number
            && range.is_none()
            && value.fract() == 0.0
            && value >= 1.0
            && let Some((noun, e)) = self.hyphen_noun(end)
        {
            cat = Category::Count;
            unit_s = Some(noun);
            end = e;
        }
        // "millions of people", "thousands of jobs", "tens of thousands of
        // refugees": a vague number counts the noun after "of" (not "of
        // the …", "of them").
        const VAGUE_PLURALS: &[&str] = &[
            "tens",
            "dozens",
            "scores",
            "hundreds",
            "thousands",
            "millions",
            "billions",
            "trillions",
        ];
        let vague_of = cat == Category::Number
            && self.lang == Language::En
            && range.is_some()
            && (start..end).all(|k| !self.num(k))
            && end > start
            && VAGUE_PLURALS.iter().any(|w| self.is_word(end - 1, w))
            && self.is_word(end, "of")
            && self
                .tok(end + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.gap == Gap::Space)
            && !OF_DETERMINERS.iter().any(|w| self.is_word(end + 1, w))
            && !self.is_word(end + 1, "it");
        // "hundreds of millions of pounds": money, not a count of pounds
        if vague_of
            && let Some((sfx, e)) = self.suffix(end + 1, range.map_or(value, |(_, hi)| hi))
            && sfx.cat == Category::Money
        {
            cat = Category::Money;
            unit_s = Some(sfx.unit.to_string());
            end = e;
        }
        let noun_at = if vague_of { end + 1 } else { end };
        // "aged 16 to 18", "aged over 19", "children aged under 18", "by age
        // 65", "berusia 40": an age in years, as "the 34-year-old" is.
        if cat == Category::Number
            && range.map_or(value, |(_, hi)| hi) <= 120.0
            && self.after_aged(start)
            // "usia 17+ tahun": a unit after it (past a plus) reads it
            && self
                .suffix(end + usize::from(self.is_sym(end, '+')), value)
                .is_none_or(|(sfx, _)| sfx.cat == Category::Count)
        {
            cat = Category::Duration;
            unit_s = Some(AGE_UNIT.to_string());
        }
        // counted noun: "21 negara", "ribuan pejuang" (the noun is not in the span)
        if cat == Category::Number
            && let Some(noun) = self.counted_noun(noun_at, range.map_or(value, |(_, hi)| hi), false)
        {
            // "43 straight months", "31 consecutive months", "50 quarters
            // of growth": a length of time past an adjective.
            match english_duration(&noun) {
                Some(unit) => {
                    cat = Category::Duration;
                    unit_s = Some(unit.to_string());
                }
                None => {
                    cat = Category::Count;
                    unit_s = Some(noun);
                }
            }
            if cat == Category::Count && range.is_none() {
                // "sekitar 2,500 orang", "mencapai 7,355 kasus": whole
                // things are not counted to three decimals; the mark
                // separated thousands, as in English.
                if self.thousands_after_decimal_mark(ci, c.e, value) {
                    value *= 1000.0;
                } else if value > 0.0
                    && value < 1.0
                    && ((ci..c.e).all(|k| !self.num(k))
                        || c.e == ci + 3 && self.is_sym(ci + 1, '/'))
                {
                    // "lebih dari sepertiga anak", "dua pertiga warga",
                    // "1/3 wilayah": a share of the noun, as "1 dari 3
                    // anak" is.
                    cat = Category::Ratio;
                }
            }
        }
        // "sepertiga dari harga jual", "separuh dari 514 kabupaten": a
        // fraction word before "dari" is a share too
        if cat == Category::Number
            && range.is_none()
            && value > 0.0
            && value < 1.0
            && (ci..c.e).all(|k| !self.num(k))
            && self.lang == Language::Id
            && self.is_word(end, "dari")
        {
            cat = Category::Ratio;
        }
        let mut qt = q(text, toks, start, end, cat);
        qt.unit = unit_s;
        match range {
            Some((lo, hi)) => {
                qt.low = Some(lo);
                qt.high = Some(hi);
            }
            None => set_point(&mut qt, value),
        }
        // hedges and range openers before
        let mut s = start;
        if let Some((o, hedge)) = opener {
            s = o;
            if hedge.is_some() {
                qt.approx = hedge;
            }
        } else if let Some((h, hs)) = self.hedge_before(s)
            // "said nothing about thousands of rockets", "paving over
            // thousands of acres": before a vague magnitude English "about"
            // and "over" are prepositions
            && !(self.lang == Language::En
                && hs + 1 == s
                && (self.is_word(hs, "about") || self.is_word(hs, "over"))
                && self.has(s, |w| matches!(w, W::Vague(..))))
        {
            qt.approx = h;
            s = hs;
        }
        if c.vague_scale && qt.approx.is_none() {
            qt.approx = Some(Approx::About);
        }
        if qt.approx.is_none() {
            qt.approx = rough;
        }
        // hedges after: "5 percent or less", "8.000 lebih", and past a
        // counted noun of one word, "100 orang lebih", "10 people or more"
        let mut e = end;
        let after_noun = (qt.category == Category::Count
            && noun_at == end
            && self
                .tok(end)
                .is_some_and(|t| t.kind == Kind::Word && t.gap == Gap::Space)
            && qt
                .unit
                .as_deref()
                .is_some_and(|u| self.t(end).eq_ignore_ascii_case(u)))
        .then_some(end + 1);
        if range.is_none()
            && let Some((h, he)) = self
                .hedge_after(end)
                .or_else(|| after_noun.and_then(|k| self.hedge_after(k)))
        {
            if qt.approx.is_none() {
                qt.approx = Some(h);
            }
            e = he;
            // "65 and older", "55 or older": an age in years
            if qt.category == Category::Number && self.is_word(he - 1, "older") {
                qt.category = Category::Duration;
                qt.unit = Some(AGE_UNIT.to_string());
            }
            let mut past = he;
            let mut value = value;
            if self.is_sym(end, '+') {
                // a scale past a plus: "100+ million people", "$5+ billion"
                if let Some(sc) = self.scale_word(he)
                    && value < 1000.0
                {
                    map_values(&mut qt, |v| v * sc);
                    value *= sc;
                    past = he + 1;
                    e = past;
                }
                // a unit past a plus: "a 20+ year career", "usia 17+ tahun"
                if qt.category == Category::Number
                    && let Some((sfx, ue)) = self.suffix(past, value)
                    && sfx.cat != Category::Count
                {
                    qt.category = sfx.cat;
                    qt.unit = Some(sfx.unit.to_string());
                    e = ue;
                }
            }
            // the noun past the hedge: "8.000 lebih penerima", "100 or so
            // people"
            if qt.category == Category::Number
                && let Some(noun) = self.counted_noun(past, value, false)
            {
                match english_duration(&noun) {
                    Some(unit) => {
                        qt.category = Category::Duration;
                        qt.unit = Some(unit.to_string());
                    }
                    None => {
                        qt.category = Category::Count;
                        qt.unit = Some(noun);
                    }
                }
            }
        }
        if s != start || e != end {
            let old = qt.clone();
            qt = q(text, toks, s, e, old.category);
            qt.value = old.value;
            qt.low = old.low;
            qt.high = old.high;
            qt.unit = old.unit;
            qt.approx = old.approx;
        }
        Some((qt, e))
    }

    /// A hedge written after a quantity ending before token `k`: "or
    /// more", "or so", "or less", "and over" (English); "lebih", "ke atas",
    /// "ke bawah" (Indonesian); a plus sign in either ("5,000+"). The hedge and the token past it. Not a
    /// comparison: "10 tahun lebih muda", "Rp 5 juta lebih dari", "and
    /// over the next year".
    fn hedge_after(&self, k: usize) -> Option<(Approx, usize)> {
        use Approx::*;
        if !self.same_line(k) {
            return None;
        }
        // "5,000+ people", "50%+": a plus glued after, not a sum ("5+3")
        if self.is_sym(k, '+')
            && self.glued(k)
            && !(self.glued(k + 1) && (self.num(k + 1) || self.is_sym(k + 1, '+')))
        {
            return Some((AtLeast, k + 1));
        }
        let free = |at: usize| {
            self.at_end(at)
                || ![
                    "the", "a", "an", "this", "that", "his", "her", "their", "its", "our",
                ]
                .iter()
                .any(|w| self.is_word(at, w))
        };
        match self.lang {
            Language::En => {
                let pair = |first: &str, second: &[&str]| {
                    self.is_word(k, first)
                        && self.same_line(k + 1)
                        && second.iter().any(|w| self.is_word(k + 1, w))
                };
                let found = if pair("or", &["more", "longer", "higher", "greater"]) {
                    AtLeast
                } else if pair("or", &["less", "fewer", "lower"]) {
                    AtMost
                } else if pair("or", &["so"]) {
                    About
                } else if pair("and", &["over", "above", "older", "up"]) || pair("or", &["older"]) {
                    AtLeast
                } else {
                    return None;
                };
                // "or more than", "and up to 100", "4.4 percent and over 10
                // percent": a second bound or amount follows
                let bound_next = ["than", "to"].iter().any(|w| self.is_word(k + 2, w))
                    || self.num(k + 2)
                    || self.is_sym(k + 2, '$')
                    || self.core(k + 2, false).is_some();
                (!bound_next && free(k + 2)).then_some((found, k + 2))
            }
            Language::Id => {
                if self.is_word(k, "ke")
                    && self.same_line(k + 1)
                    && (self.is_word(k + 1, "atas") || self.is_word(k + 1, "bawah"))
                {
                    let found = if self.is_word(k + 1, "atas") {
                        AtLeast
                    } else {
                        AtMost
                    };
                    return Some((found, k + 2));
                }
                if !self.is_word(k, "lebih") {
                    return None;
                }
                let next = k + 1;
                // "2 jam lebih 15 menit": "lebih" joins two amounts
                if self.num(next) || self.core(next, false).is_some() {
                    return None;
                }
                let word = self.t(next);
                // a comparison: an adjective or a verb after "lebih"
                // (adjectives borrowed with "-if": "lebih agresif")
                let compared = COMPARED_AFTER_LEBIH.iter().any(|w| self.is_word(next, w))
                    || (word.len() > 4 && word.ends_with("if"))
                    || indonesian_verb_like(&word.to_lowercase());
                let hedge = self.at_end(next)
                    || !self.same_line(next)
                    || self.tok(next).is_some_and(|t| t.kind == Kind::Word) && !compared;
                hedge.then_some((MoreThan, next))
            }
        }
    }

    fn suffix(&self, k: usize, value: f64) -> Option<(units::Suffix, usize)> {
        let (sfx, e) = units::suffix_at(self.text, self.toks, k)?;
        let p = sfx.pieces;
        // quote-like units only glued, and not closing an open quote
        if matches!(p, "\"" | "' '" | "'") && (!self.glued(k) || self.open_quote_before(k)) {
            return None;
        }
        // "BBC Radio 4's": a possessive, not four feet
        if p == "'" && self.glued(k + 1) && self.tok(k + 1).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        // "$" after the number only glued ("10$")
        if p == "$" && !self.glued(k) {
            return None;
        }
        // "35C", "60W" only glued and ending the word: "35 C" may be a
        // grade, "35CX" a code.
        let word_goes_on = self.glued(k + 1)
            && self
                .tok(k + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num));
        if matches!(p, "=C" | "=F" | "=W") && (!self.glued(k) || word_goes_on) {
            return None;
        }
        // "pounds of meat": weight; keep "of" out of the span
        if p.ends_with(" of") {
            return Some((sfx, e - 1));
        }
        // durations must not read "tahun 2015" backwards, nor "1 second" as ordinal trouble
        if sfx.cat == Category::Measure
            && sfx.unit == "m"
            && value.fract() != 0.0
            && self.glued(k)
            && self.lang == Language::En
            && !self.measures_distance(k)
        {
            return None;
        }
        let connector_next = ["and", "of", "to", "dan", "hingga", "sampai"]
            .iter()
            .any(|w| self.is_word(e, w))
            || self.is_sym(e, '-');
        if matches!(p, "=c" | "le" | "l" | "=h" | "=g" | "ha" | "mil")
            && !self.glued(k)
            && !self.at_end(e)
            && !connector_next
        {
            return None;
        }
        // "The dog weighs 80 pounds": a weight after a verb of weighing
        if sfx.is_pound_word()
            && (k.saturating_sub(5)..k).any(|w| {
                ["weigh", "weighs", "weighed", "weighing", "weight"]
                    .iter()
                    .any(|v| self.is_word(w, v))
            })
        {
            return Some((units::Suffix::pounds_of_weight(), e));
        }
        Some((sfx, e))
    }

    fn open_quote_before(&self, k: usize) -> bool {
        let line_start = self.text[..self.toks[k].s]
            .rfind('\n')
            .map(|p| p + 1)
            .unwrap_or(0);
        let seg = &self.text[line_start..self.toks[k].s];
        seg.bytes().filter(|&b| b == b'"').count() % 2 == 1
    }

    /// Whether a percentage starting at token `start`, its sign or word
    /// ending before `after`, may be the first end of a range that writes
    /// the sign twice: "between 33 percent and 100 percent", "anywhere
    /// from 5% to 10%", "a range of 5.25% to 5.5%", "5.25%-5.5%", "antara
    /// 10 persen dan 15 persen", "10 persen hingga 15 persen". English "X
    /// percent to Y percent" only without a word of change before (see
    /// `en_percent_to_percent`).
    fn percent_range_may_follow(&self, start: usize, after: usize) -> bool {
        const FROM_RANGE: &[&str] = &["anywhere", "ranging", "range", "ranges", "ranged"];
        match self.opener_before(start) {
            Some((k, None)) if self.is_word(k, "between") || self.is_word(k, "antara") => true,
            Some((k, None)) if self.is_word(k, "from") => {
                k > self.floor && FROM_RANGE.iter().any(|w| self.is_word(k - 1, w))
            }
            Some((k, None)) if self.is_word(k, "dari") => true,
            Some((_, None)) => false,
            _ => {
                // "5.25%-5.5%", "4%–5%": a dash glued to both signs; "a
                // range of 5.25% to 5.5%"
                let dash = (self.is_sym(after, '-') || self.is_sym(after, '–'))
                    && self.glued(after)
                    && self.glued(after + 1);
                let range_of =
                    start >= 2 && self.is_word(start - 1, "of") && self.is_word(start - 2, "range");
                dash || (range_of || self.en_percent_to_percent(start, after))
                    && self.is_word(after, "to")
                    || self.lang == Language::Id
                        && (self.is_word(after, "hingga")
                            || self.is_word(after, "sampai")
                            || self.is_sym(after, '-'))
            }
        }
    }

    /// English "5 percent to 30 percent of convictions", "rates of 70% to
    /// 80%": a range when no word of change or its amount stands in the
    /// few words before (`start`), where it is a change and its result
    /// ("rose 5 percent to 30 percent", "cut by 5% to 3%").
    fn en_percent_to_percent(&self, start: usize, after: usize) -> bool {
        const MOVES: &[&str] = &[
            "by", "cut", "cuts", "raise", "raises", "hike", "hikes", "go",
        ];
        self.lang == Language::En
            && self.is_word(after, "to")
            && !(start.saturating_sub(6)..start).any(|k| {
                !self.same_line(k + 1) || CHANGES.iter().chain(MOVES).any(|w| self.is_word(k, w))
            })
    }

    /// The rest of a range after the first number ends at `k`.
    fn range_tail(
        &self,
        k: usize,
        start: usize,
        first: f64,
        first_scale: Option<f64>,
    ) -> Option<(f64, f64, usize, Option<&'static str>)> {
        let opener_at = self.opener_before(start).map(|(k, _)| k);
        // "rose from 2,000 to 30,000 per day": a change, the amount before
        // and after, not a range
        if self.lang == Language::En
            && let Some(from) = opener_at
            && self.is_word(from, "from")
            && from > self.floor
            && CHANGES.iter().any(|w| self.is_word(from - 1, w))
        {
            return None;
        }
        let opener = opener_at.is_some();
        let mut j = k;
        // "10- to 15-year-olds": a hyphen left hanging after the first
        // number before the word that joins the second
        if self.is_sym(j, '-')
            && self.glued(j)
            && self.tok(j + 1).is_some_and(|t| t.gap == Gap::Space)
            && ["to", "and", "or"].iter().any(|w| self.is_word(j + 1, w))
        {
            j += 1;
        }
        let tok = self.tok(j)?;
        if tok.gap == Gap::Break {
            return None;
        }
        let dash = matches!(tok.kind, Kind::Sym('-' | '–' | '—'));
        let word_conn = ["hingga", "sampai", "to", "until"]
            .iter()
            .any(|w| self.is_word(j, w))
            || (opener && ["dan", "and"].iter().any(|w| self.is_word(j, w)));
        let sd = self.is_word(j, "s") && self.is_sym(j + 1, '/') && self.is_word(j + 2, "d");
        if !(dash || word_conn || sd) {
            return None;
        }
        if dash
            && matches!(tok.kind, Kind::Sym('-'))
            && tok.gap == Gap::Space
            && self.tok(j + 1).is_some_and(|t| t.gap == Gap::Glued)
            && !opener
        {
            // "10 -15" reads as a range only when spaced on both sides or glued
            if !self.num(j.wrapping_sub(1)) {
                return None;
            }
        }
        j += if sd { 3 } else { 1 };
        if self.is_sym(j, '~') || self.is_word(j, "about") || self.is_word(j, "sekitar") {
            j += 1;
        }
        let mut code = None;
        if let Some((c, e)) = units::prefix_currency_at(self.text, self.toks, j)
            && self.num(e)
        {
            code = Some(c);
            j = e;
        }
        let c2 = self.core(j, code.is_some())?;
        if c2.ordinal || c2.range.is_some() || self.tok(j).is_some_and(|t| t.gap == Gap::Break) {
            return None;
        }
        // "from 8 to 8:30": the second end is a clock time, not a number.
        if self.is_sym(c2.e, ':') && self.glued(c2.e) && self.glued(c2.e + 1) && self.num(c2.e + 1)
        {
            return None;
        }

        let mut lo = first;
        if let Some(sc) = c2.scale
            && first_scale.is_none()
            && first * sc <= c2.value
        {
            lo = first * sc;
        }
        // "6 to $7,000", "some 5 to 6,000 jobs", "antara 3 hingga 5.000":
        // spoken shorthand, the first in thousands too when it is just
        // below the second's thousands ("from 2 to 10,000" stays).
        if first_scale.is_none()
            && c2.scale.is_none()
            && c2.e == j + 1
            && first.fract() == 0.0
            && (1.0..100.0).contains(&first)
            && let Some((head, "000")) = self.t(j).split_once([',', '.'])
            && let Ok(thousands) = head.parse::<f64>()
            && c2.value == thousands * 1000.0
            && first < thousands
            && thousands <= 2.0 * first
        {
            lo = first * 1000.0;
        }
        if lo > c2.value {
            return None;
        }
        // "rose by 52,000 to 1.6 million": after a verb of change, "by" a
        // change "to" a level far above it are two amounts ("rose by 2 to
        // 3 percent" stays a range)
        if self.lang == Language::En
            && start >= 2
            && start - 1 > self.floor
            && self.is_word(start - 1, "by")
            && CHANGES.iter().any(|w| self.is_word(start - 2, w))
            && c2.value > 10.0 * lo
        {
            return None;
        }
        // a dash between plain years or codes is left to other rules
        Some((lo, c2.value, c2.e, code))
    }

    /// A duration or measure joined to its number by a hyphen, as English
    /// writes it before a noun: "a 20-year period", "a five-year plan", "a
    /// 10-km run"; with "-old" or "-olds", an age: "the 34-year-old". `k`
    /// is the token after the number.
    fn hyphen_unit(
        &self,
        k: usize,
        range: Option<(f64, f64)>,
        value: f64,
        has_unit: bool,
    ) -> Option<(units::Suffix, usize)> {
        // "a 25-percent tax cut", and "a 15- percent drop" as spoken
        // transcripts write it.
        let percent_after = |at: usize| self.is_word(at, "percent") || self.is_word(at, "persen");
        // A range takes the unit too: "10 to 15-year-olds", "a 5 to
        // 10-minute walk" (its high end is what the unit follows).
        let value = range.map_or(value, |(_, high)| high);
        if has_unit
            || !self.is_sym(k, '-')
            || !self.glued(k)
            || !(self.glued(k + 1) || self.same_line(k + 1) && percent_after(k + 1))
        {
            return None;
        }
        // "a 418bn-rand budget", "a 5-dollar bill": money, but pounds only
        // after millions, so "a 5-pound bag" is not read as money.
        let (sfx, mut e) = self.suffix(k + 1, value).filter(|(sfx, _)| {
            matches!(
                sfx.cat,
                Category::Duration | Category::Measure | Category::Percent
            ) || sfx.cat == Category::Money && (value >= 1e6 || !sfx.is_pound_word())
        })?;
        if self.is_sym(e, '-')
            && self.glued(e)
            && self.glued(e + 1)
            && (self.is_word(e + 1, "old") || self.is_word(e + 1, "olds"))
        {
            e += 2;
        }
        Some((sfx, e))
    }

    /// English "one" standing for a person or thing, not counting:
    /// "no one", "this one", "the other one", "the one who", "one of the
    /// reasons", "one of them", "one another". A noun after it still
    /// counts ("that one town", "that one percent"), and so do "one in
    /// three", "one-third", "one of 50".
    fn pronoun_one(&self, i: usize) -> bool {
        const DETERMINERS: &[&str] = &["this", "that", "which", "other", "any", "every", "each"];
        const FOLLOW_PRONOUN: &[&str] = &[
            "is", "was", "has", "had", "will", "would", "can", "could", "does", "did", "may",
            "might", "should", "must", "and", "or", "but", "else", "who", "that", "which", "for",
            "to", "at", "on", "with", "from", "by", "as", "more", "again",
        ];
        const AFTER_THE: &[&str] = &[
            "who", "that", "which", "whom", "i", "we", "you", "he", "she", "they", "the",
        ];
        const ADJECTIVES: &[&str] = &[
            "previous",
            "next",
            "other",
            "different",
            "same",
            "new",
            "old",
            "last",
            "right",
            "wrong",
            "good",
            "bad",
            "big",
            "small",
            "best",
            "real",
            "only",
            "little",
            "first",
        ];
        if self.lang != Language::En || !self.is_word(i, "one") {
            return false;
        }
        let next = self.tok(i + 1);
        // "to keep one's hope going", "One's in technical school": a
        // possessive or "one is"
        if (self.is_sym(i + 1, '\'') || self.is_sym(i + 1, '’'))
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_word(i + 2, "s")
        {
            return true;
        }
        if next.is_some_and(|t| {
            t.gap == Gap::Glued && t.kind != Kind::Sym('.') && t.kind != Kind::Sym(',')
        }) {
            // "one-third"
            return false;
        }
        let before = i > self.floor && self.same_line(i);
        if before && self.is_word(i - 1, "no") {
            return true;
        }
        // "at any one time", "at one time": whenever, formerly
        if before
            && self.is_word(i + 1, "time")
            && (self.is_word(i - 1, "at")
                || self.is_word(i - 1, "any") && i - 1 > self.floor && self.is_word(i - 2, "at"))
        {
            return true;
        }
        // Nothing after "one" but punctuation or the end.
        let ends = next.is_none_or(|t| matches!(t.kind, Kind::Sym(_)));
        // "this one is", "that one.", but "that one town", "claimed that
        // one in three homes": only a word that cannot be a counted noun
        // may follow the determiner.
        let bare = ends || FOLLOW_PRONOUN.iter().any(|w| self.is_word(i + 1, w));
        if before && bare && DETERMINERS.iter().any(|w| self.is_word(i - 1, w)) {
            return true;
        }
        if before
            && self.is_word(i - 1, "the")
            && (ends || AFTER_THE.iter().any(|w| self.is_word(i + 1, w)))
        {
            return true;
        }
        // "an important one.", "the previous one,", "another one": an
        // adjective after an article, with nothing after "one" ("the only
        // one who voted": or a word that cannot be what it counts, not
        // "and", "or": "another one and a half billion dollars").
        let frame = ends || bare && !self.is_word(i + 1, "and") && !self.is_word(i + 1, "or");
        if frame && before && i >= self.floor + 2 && self.same_line(i - 1) {
            let adjective = self.tok(i - 1).is_some_and(|t| t.kind == Kind::Word) && {
                let word = self.t(i - 1).to_ascii_lowercase();
                ADJECTIVES.contains(&word.as_str())
                    || [
                        "ant", "ent", "ous", "ful", "ive", "ic", "al", "ble", "est", "er",
                    ]
                    .iter()
                    .any(|end| word.len() > 4 && word.ends_with(end))
            };
            if ends && self.is_word(i - 1, "another")
                || adjective
                    && [
                        "a", "an", "the", "this", "that", "another", "very", "his", "her", "their",
                        "our", "my", "your",
                    ]
                    .iter()
                    .any(|w| self.is_word(i - 2, w))
            {
                return true;
            }
        }
        // "is one that I support", "I am one who believes"
        if before
            && ["is", "was", "am", "are", "be", "been"]
                .iter()
                .any(|w| self.is_word(i - 1, w))
            && ["that", "who", "which", "whom"]
                .iter()
                .any(|w| self.is_word(i + 1, w))
        {
            return true;
        }
        if self.is_word(i + 1, "another") {
            return true;
        }
        self.is_word(i + 1, "of")
            && (OF_DETERMINERS.iter().any(|w| self.is_word(i + 2, w))
                || self.is_word(i + 2, "many")
                || self.is_word(i + 2, "several"))
    }

    /// Does a word of age stand before token `start`, past at most two
    /// hedge words ("aged over 19", "aged at least 65", "by age 65",
    /// "berusia 40", "until they turn 26"), or people before "under" or
    /// "over" ("children under 18", "people over 65")?
    fn after_aged(&self, start: usize) -> bool {
        const HEDGES: &[&str] = &[
            "over", "under", "about", "around", "nearly", "almost", "at", "least", "more", "less",
            "than", "up", "to", "between", "from", "roughly",
        ];
        #[rustfmt::skip]
        const AGE_WORDS: &[&str] = &[
            "aged", "ages", "age", "usia", "berusia", "umur", "berumur", "turn", "turns", "turned",
            "turning",
        ];
        #[rustfmt::skip]
        const PEOPLE: &[&str] = &[
            "children", "kids", "people", "adults", "americans", "those", "anyone", "women", "men",
            "seniors", "youth", "teens", "teenagers", "voters", "residents", "patients", "citizens",
            "workers", "girls", "boys", "everyone",
        ];
        let mut k = start;
        for _ in 0..3 {
            if k <= self.floor || !self.same_line(k) {
                return false;
            }
            k -= 1;
            if AGE_WORDS.iter().any(|w| self.is_word(k, w)) {
                return true;
            }
            let bound = self.is_word(k + 1, "under") || self.is_word(k + 1, "over");
            if k + 1 < start && bound && PEOPLE.iter().any(|w| self.is_word(k, w)) {
                return true;
            }
            if !HEDGES.iter().any(|w| self.is_word(k, w)) {
                return false;
            }
        }
        false
    }

    /// Is token `i` an Indonesian zero-padded label ("01", "007") standing alone:
    /// nothing glued on either side that makes it part of a date, a time,
    /// a decimal or a code, and no month, time zone or clock word next to it?
    fn zero_padded(&self, i: usize) -> bool {
        let raw = self.t(i).as_bytes();
        // English writes years so: "in 05, 06, 07", "the 08 race".
        if self.lang != Language::Id
            || !(2..=3).contains(&raw.len())
            || raw[0] != b'0'
            || !raw.iter().all(u8::is_ascii_digit)
            || raw.iter().all(|&b| b == b'0')
        {
            return false;
        }
        let glued_before = i > self.floor && self.glued(i);
        // Punctuation may follow ("pasangan 01: 54,52 persen") unless a
        // number is glued after it ("09.15", "01/05", "0,5").
        let closing = matches!(
            self.tok(i + 1).map(|t| t.kind),
            Some(Kind::Sym(')' | ',' | ';' | ':' | '.'))
        ) && !(self.glued(i + 2) && self.num(i + 2));
        let glued_after = self.glued(i + 1) && !closing;
        let clock = i > self.floor
            && ["pukul", "pkl", "jam", "at"]
                .iter()
                .any(|w| self.is_word(i - 1, w));
        let next_word = ["WIB", "WITA", "WIT", "GMT", "UTC", "am", "pm", "a", "p"]
            .iter()
            .any(|w| self.is_word(i + 1, w));
        !glued_before && !glued_after && !clock && !next_word && self.month_at(i + 1).is_none()
    }

    /// "di peringkat 172", "menempati urutan 3", "ranked 45 out of 50": a
    /// bare whole number after a word of rank is a position, as "ke-34"
    /// and "45th" are.
    fn rank_after_word(&self, i: usize) -> Option<(Quantity, usize)> {
        const RANK_WORDS: &[&str] = &["peringkat", "urutan", "ranking", "rank", "ranked", "ranks"];
        if !self.num(i) {
            return None;
        }
        let word = i.checked_sub(1).filter(|&w| w >= self.floor)?;
        if !self.same_line(i)
            || !RANK_WORDS.iter().any(|w| self.is_word(word, w))
            || self.glued(i + 1) && !self.at_end(i + 1)
            || self.is_sym(i + 1, '%')
        {
            return None;
        }
        let rank = self.small_int(i, 1000).filter(|&r| r > 0)?;
        let mut found = q(self.text, self.toks, i, i + 1, Category::Ordinal);
        set_point(&mut found, f64::from(rank));
        Some((found, i + 1))
    }

    /// "Wawan (35), pengemudi ojol": a person's age in brackets after the
    /// name, the way Indonesian (and British) news gives it; an age in
    /// years, as "the 34-year-old" is. An abbreviation before the bracket
    /// ("BI (2)") or a lower-case word ("ayat (2)") is no name.
    fn age_after_name(&self, i: usize) -> Option<(Quantity, usize)> {
        if !self.num(i) || !self.is_sym(i + 1, ')') || !self.glued(i + 1) || !self.glued(i) {
            return None;
        }
        let open = i.checked_sub(1).filter(|&o| o > self.floor)?;
        let name = self.t(open - 1);
        // Not a web address's last word ("…/wiki/Rupiah (2)").
        let is_name = self.is_sym(open, '(')
            && self.same_line(open)
            && !self.glued(open - 1)
            && self
                .tok(open - 1)
                .is_some_and(|t| t.kind == Kind::Word && t.lex.is_empty())
            && name.len() >= 2
            && name.starts_with(|c: char| c.is_uppercase())
            && name.chars().skip(1).any(|c| c.is_lowercase());
        if !is_name {
            return None;
        }
        let age = self
            .small_int(i, 120)
            .filter(|&age| age >= 1 && self.t(i).len() <= 3)?;
        Some((age_in_years(self.text, self.toks, i, i + 1, age), i + 1))
    }

    /// "a degree in law", "short of a degree", "to a degree", "a degree of
    /// unity": an article before a bare "degree" (token `unit_at`) is a
    /// diploma or a manner of speaking; only "by a degree" is an angle or
    /// a temperature. The article is token `article`.
    fn academic_degree(&self, article: usize, unit_at: usize, unit: &str) -> bool {
        unit == "°"
            && self.is_word(unit_at, "degree")
            && !article
                .checked_sub(1)
                .is_some_and(|by| self.same_line(article) && self.is_word(by, "by"))
    }

    /// "dari Rp 581 miliar menjadi 425 miliar", "from 5% to 7": the bare
    /// second amount `qt` (starting at token `i`) of a change takes the
    /// unit of the first, `before`, which spans tokens `from..=to`.
    fn unit_from_change(
        &self,
        (from, to): (usize, usize),
        before: Option<&Quantity>,
        qt: &mut Quantity,
        i: usize,
    ) {
        if let Some(before) = before
            && qt.unit.is_none()
            && qt.category == Category::Number
            && self.change_to(from, to, i)
            && matches!(
                before.category,
                Category::Money | Category::Percent | Category::Measure
            )
        {
            qt.category = before.category;
            qt.unit.clone_from(&before.unit);
        }
    }

    /// "kapasitas 2×115 MW", "2 x 100 MW": a few generating units of one
    /// power are their product, one quantity from `before` (the bare
    /// count, and the token it ends at) to `qt` (whose number starts at
    /// token `i`). Not lengths: "3x4 meter" is a size.
    fn multiplied(&self, (before, to): (&Quantity, usize), qt: &mut Quantity, i: usize) -> bool {
        const POWER: &[&str] = &["W", "kW", "MW", "GW", "kWh", "MWh", "GWh"];
        let Some(count) = before.value else {
            return false;
        };
        if to + 1 != i
            || !(self.is_sym(to, '×') || self.is_word(to, "x"))
            || before.category != Category::Number
            || !(count.fract() == 0.0 && (1.0..=20.0).contains(&count))
            || qt.category != Category::Measure
            || !qt.unit.as_deref().is_some_and(|u| POWER.contains(&u))
            || qt.start != self.toks[i].s
            || !self.same_line(to)
        {
            return false;
        }
        map_values(qt, |v| without_float_noise(v * count));
        self.start_at(qt, before);
        true
    }

    /// "one-quarter of 1 percent", "half of one percent", "a tenth of 1%":
    /// a share of one percent is that many percent, one quantity from
    /// `before` (the fraction and the token it ends at, its hedge kept) to
    /// `qt` (the percent, starting at token `i`).
    fn share_of_one_percent(
        &self,
        (before, to): (&Quantity, usize),
        qt: &mut Quantity,
        i: usize,
    ) -> bool {
        let Some(share) = before.value.filter(|v| *v > 0.0 && *v < 1.0) else {
            return false;
        };
        if to + 1 != i
            || !self.is_word(to, "of")
            || before.category != Category::Number
            || qt.category != Category::Percent
            || qt.value != Some(1.0)
            || qt.approx.is_some()
            || qt.start != self.toks[i].s
            || !self.same_line(to)
        {
            return false;
        }
        map_values(qt, |v| without_float_noise(v * share));
        qt.approx = before.approx;
        self.start_at(qt, before);
        true
    }

    /// "3 deaths per 1,000 people", "3 kasus per 100.000 orang": a count
    /// per a round population is a share of it, as "5.6 per 1,000 live
    /// births" is (see `share_of`), its noun between. `before` is the
    /// count and the token its number ends at; `qt` starts at token `i`.
    fn rate_per_population(
        &self,
        (before, to): (&Quantity, usize),
        qt: &mut Quantity,
        i: usize,
    ) -> bool {
        let (Some(count), Some(population)) = (before.value, qt.value) else {
            return false;
        };
        let round = (100.0..=1e6).contains(&population)
            && population.log10().fract() == 0.0
            && qt.text.starts_with('1');
        // the counted noun, one or two words, then "per"
        let per = i.wrapping_sub(1);
        if before.category != Category::Count
            || !matches!(qt.category, Category::Count | Category::Number)
            || !round
            || count >= population
            || qt.approx.is_some()
            || !self.is_word(per, "per")
            || !(to + 1..=to + 2).contains(&per)
            || !(to..=i).all(|k| self.same_line(k))
        {
            return false;
        }
        qt.category = Category::Ratio;
        map_values(qt, |v| without_float_noise(count / v));
        qt.approx = before.approx;
        self.start_at(qt, before);
        true
    }

    /// A height in feet and inches, "5ft 10in", "the 6-foot-4 forward":
    /// one measure in inches (70), as "5 feet 10 inches" is, from `before`
    /// (the feet and the token they end at) to `qt` (the inches, starting
    /// at token `i` and ending before `e`, where "in" may follow).
    fn feet_and_inches(
        &self,
        (before, to): (&Quantity, usize),
        qt: &mut Quantity,
        i: usize,
        e: usize,
    ) -> bool {
        let (Some(feet), Some(inches)) = (before.value, qt.value) else {
            return false;
        };
        let adjacent = to == i && self.same_line(i)
            || to + 1 == i && self.is_sym(to, '-') && self.glued(to) && self.glued(i);
        let bare = qt.category == Category::Number && e == i + 1;
        if self.lang != Language::En
            || !adjacent
            || before.unit.as_deref() != Some("ft")
            || before.approx.is_some()
            || !(feet.fract() == 0.0 && (3.0..=8.0).contains(&feet))
            || !(inches.fract() == 0.0 && (0.0..12.0).contains(&inches))
            || !(bare || qt.unit.as_deref() == Some("in"))
            || qt.approx.is_some()
        {
            return false;
        }
        // "10in", "10 in.", "10 inches" after a bare number
        let mut end = qt.end;
        if bare
            && let Some(t) = self.tok(e)
            && self.same_line(e)
            && ["in", "inches", "inch", "ins"]
                .iter()
                .any(|w| self.is_word(e, w))
        {
            end = t.e;
        }
        qt.category = Category::Measure;
        qt.unit = Some("in".into());
        set_point(qt, feet * 12.0 + inches);
        qt.end = end;
        self.start_at(qt, before);
        true
    }

    /// `qt` widened back to start where `before` starts (two quantities
    /// read as one).
    fn start_at(&self, qt: &mut Quantity, before: &Quantity) {
        qt.start = before.start;
        qt.text = self.text[before.start..qt.end].to_string();
    }

    /// "Pasal 27 dan 28", "Pasal 27, 28 dan 29", "Amendments 5 and 6": a
    /// bare number listed right after a numbered article, law or measure
    /// is another of them, not a count of the word after it ("28 UU ITE"
    /// counted "UU"). `before` spans `last` (its cue and number); `qt`
    /// starts at token `i` and ends before `e`.
    fn identifier_listed(
        &self,
        (_, to): (usize, usize),
        before: Option<&Quantity>,
        qt: &mut Quantity,
        i: usize,
        e: usize,
    ) {
        let Some(before) = before else { return };
        let joiner = |k: usize| {
            self.is_sym(k, ',')
                || ["dan", "atau", "serta", "and", "or"]
                    .iter()
                    .any(|w| self.is_word(k, w))
        };
        let whole = qt.value.is_some_and(|v| v.fract() == 0.0 && v >= 1.0);
        if before.category == Category::Identifier
            && before.value.is_some()
            && matches!(qt.category, Category::Number | Category::Count)
            && whole
            && qt.approx.is_none()
            && e == i + 1
            && to < i
            && i - to <= 2
            && (to..i).all(joiner)
            && (to..=i).all(|k| self.same_line(k))
        {
            qt.category = Category::Identifier;
            qt.unit = None;
        }
    }

    /// "a week or two", "an hour or three", "a year or two": one unit and a
    /// bare count after "or" is a range of that unit from one. `before`
    /// (spanning `last`) is widened to end at `e` and `qt`, the bare count
    /// starting at token `i`, is dropped.
    fn unit_or_count(
        &self,
        (from, to): (usize, usize),
        before: Option<&mut Quantity>,
        qt: &Quantity,
        i: usize,
        e: usize,
    ) -> bool {
        let Some(before) = before else { return false };
        if self.lang != Language::En
            || to + 1 != i
            || !self.is_word(to, "or")
            || !self.same_line(i)
            || !matches!(before.category, Category::Duration | Category::Measure)
            || before.value != Some(1.0)
            || before.approx.is_some()
            || !(self.is_word(from, "a") || self.is_word(from, "an"))
            || qt.category != Category::Number
            || qt.approx.is_some()
            || e != i + 1
        {
            return false;
        }
        let Some(high) = qt
            .value
            .filter(|v| v.fract() == 0.0 && (2.0..=10.0).contains(v))
        else {
            return false;
        };
        before.value = None;
        before.low = Some(1.0);
        before.high = Some(high);
        before.end = qt.end;
        before.text = self.text[before.start..before.end].to_string();
        true
    }

    /// "$2,500 a year", "10 percent a year", "twice a year", "five days a
    /// week": one period right after an amount is the amount's rate, no
    /// length of time of its own (as "Rp 50 ribu sehari" is not, and "per
    /// year" never was). So is one unit after a price or a measure: "$3 a
    /// gallon", "$1,800 an ounce", "$2 a pound", "30 miles a gallon".
    /// `qt`, starting at token `i`, is dropped; `last` spans the amount,
    /// `before` is it.
    fn rate_after_amount(
        &self,
        (_, to): (usize, usize),
        before: Option<&Quantity>,
        qt: &Quantity,
        i: usize,
    ) -> bool {
        let Some(before) = before else { return false };
        // "33,000 people a year": the counted noun stands between
        let noun_between = to + 1 == i
            && before.category == Category::Count
            && before
                .unit
                .as_deref()
                .is_some_and(|u| self.t(to).eq_ignore_ascii_case(u));
        // "a £3.5bn-a-year scheme"
        let hyphen_between = to + 1 == i && self.is_sym(to, '-') && self.glued(to) && self.glued(i);
        if self.lang != Language::En
            || !(to == i || noun_between || hyphen_between)
            || !self.same_line(i)
            || qt.value != Some(1.0)
            || !self.has(i, |w| matches!(w, W::Article))
        {
            return false;
        }
        match qt.category {
            Category::Duration => matches!(
                before.category,
                Category::Money
                    | Category::Percent
                    | Category::Count
                    | Category::Ratio
                    | Category::Measure
                    | Category::Duration
                    | Category::Number
            ),
            Category::Measure => matches!(before.category, Category::Money | Category::Measure),
            // "$2 a pound" is by weight
            Category::Money => {
                before.category == Category::Money
                    && qt.unit.as_deref() == Some("GBP")
                    && self.is_word(i + 1, "pound")
            }
            _ => false,
        }
    }

    /// "save $680 over four years", "cut 50,000 jobs over five years":
    /// "over" between an amount and a period says over what time, not
    /// "more than", so `qt` (whose number starts at token `i`) loses the
    /// hedge; `last` spans the amount, `before` is it. Not an age
    /// ("3 children over 5 years old").
    fn period_after_amount(
        &self,
        (_, to): (usize, usize),
        before: Option<&Quantity>,
        qt: &mut Quantity,
        i: usize,
    ) {
        let Some(before) = before else { return };
        let over = i.wrapping_sub(1);
        let adjacent = to == over
            // the counted noun between: "50,000 jobs over five years"
            || (to + 1 == over
                && before.category == Category::Count
                && before.unit.as_deref().is_some_and(|u| self.t(to).eq_ignore_ascii_case(u)));
        if qt.category != Category::Duration
            || qt.approx != Some(Approx::MoreThan)
            || !self.is_word(over, "over")
            || self.tok(over).is_none_or(|t| t.s != qt.start)
            || !adjacent
            || !self.same_line(over)
            || matches!(
                before.category,
                Category::Duration | Category::Year | Category::Date
            )
            || self.text[qt.end..].trim_start().starts_with("old")
        {
            return;
        }
        let start = self.toks[i].s;
        qt.text = self.text[start..qt.end].to_string();
        qt.start = start;
        qt.approx = None;
    }

    /// "Over 30 years, federal spending has grown", "debts built up over
    /// 20 or 30 years", "grew 5 percent over 10 years": "over" opening a
    /// clause or after a word of change says over what time, not "more
    /// than", so `qt` (whose number starts at token `i`) loses the hedge
    /// (see also `period_after_amount`). Not "over 30 years ago", "over
    /// 30 years old", nor "for over 30 years".
    fn period_of_a_clause(&self, qt: &mut Quantity, i: usize) {
        let over = i.wrapping_sub(1);
        if qt.category != Category::Duration
            || qt.approx != Some(Approx::MoreThan)
            || !self.is_word(over, "over")
            || self.tok(over).is_none_or(|t| t.s != qt.start)
        {
            return;
        }
        let after = self.text[qt.end..].trim_start();
        let opens = (over == 0
            || !self.same_line(over)
            || matches!(
                self.tok(over - 1).map(|t| t.kind),
                Some(Kind::Sym('.' | '!' | '?' | ';' | ':' | '"' | '“'))
            ))
            && after.starts_with(',');
        let after_change = over >= 1
            && (self.is_word(over - 1, "up") || CHANGES.iter().any(|w| self.is_word(over - 1, w)));
        if !(opens || after_change) || after.starts_with("ago") || after.starts_with("old") {
            return;
        }
        let start = self.toks[i].s;
        qt.text = self.text[start..qt.end].to_string();
        qt.start = start;
        qt.approx = None;
    }

    /// "ten cents on the dollar", "41 cents of every dollar we spent": a
    /// share of each dollar, not an amount of money (`qt` ends before
    /// token `e`). The token past "dollar", when it is one.
    fn cents_on_the_dollar(&self, qt: &mut Quantity, e: usize) -> Option<usize> {
        if qt.category != Category::Money || qt.unit.as_deref() != Some("cent") {
            return None;
        }
        let of = ["on", "of", "for"].iter().any(|w| self.is_word(e, w));
        let mut k = e + 1;
        if self.is_word(k, "out") && self.is_word(k + 1, "of") {
            k += 2;
        }
        if !(self.is_word(k, "the") || self.is_word(k, "every") || self.is_word(k, "each")) {
            return None;
        }
        if !of || !self.is_word(k + 1, "dollar") || !(e..=k + 1).all(|t| self.same_line(t)) {
            return None;
        }
        qt.category = Category::Ratio;
        map_values(qt, |v| without_float_noise(v / 100.0));
        qt.unit = None;
        let end = self.toks[k + 1].e;
        qt.text = self.text[qt.start..end].to_string();
        qt.end = end;
        Some(k + 2)
    }

    /// "for 16 and 17-year-olds", "three or four times a week": a unit
    /// written once, after the second number `qt` (tokens `i..e`), is the
    /// bare first number's too (`before`, ending before token `to`), its
    /// scale included ("20 or 40 million dollars": 20 million); and two
    /// ratings of one measure, "GITET 275/150 kV"; also the first amount
    /// of a change ("rose from 5 to 7 percent"). Whether it was given.
    fn unit_for_both(
        &self,
        spans: &[(usize, usize)],
        before: Option<&mut Quantity>,
        qt: &Quantity,
        i: usize,
        e: usize,
    ) -> bool {
        let Some(&(from, to)) = spans.last() else {
            return false;
        };
        // "11- and 12-year-old girls": the first number's hanging hyphen
        let to = if self.is_sym(to, '-')
            && self.glued(to)
            && self.tok(to + 1).is_some_and(|t| t.gap == Gap::Space)
        {
            to + 1
        } else {
            to
        };
        let slash = qt.category == Category::Measure
            && self.is_sym(to, '/')
            && self.glued(to)
            && self.glued(i);
        // "16 and 17", "10, 20, and 30 percent", "5, 10, dan 15 persen";
        // not a comma alone ("In 2010, 20 percent"), nor a comma and "or"
        // with no list before ("to 6,630, or 12.9%" restates).
        let joined = match i.checked_sub(to) {
            Some(1) => !self.is_sym(to, ','),
            Some(2) => {
                spans.len() >= 2
                    && self.list_gap(spans[spans.len() - 2].1, spans[spans.len() - 1].0)
            }
            _ => false,
        };
        // "rose from 5 to 7 percent": the change's first amount
        let joined = slash || (joined && self.list_gap(to, i)) || self.change_to(from, to, i);
        let Some(before) = before else { return false };
        if qt.unit.is_none()
            || !matches!(
                qt.category,
                Category::Money
                    | Category::Percent
                    | Category::Measure
                    | Category::Duration
                    | Category::Count
                    | Category::Ratio
            )
            || !joined
            || !self.same_line(to)
            || !self.same_line(i)
        {
            return false;
        }
        let unscaled = self.scale_in(from, to) == 1.0;
        self.share_unit(before, qt, self.scale_in(i, e), slash, unscaled)
    }

    /// "about 9 or 10 points", "sekitar 20 atau 30 orang": a hedge before
    /// the first of two amounts joined by "or" hedges the second too.
    /// `last` spans `before`, `qt` starts at token `i`.
    fn hedge_for_both(
        &self,
        last: (usize, usize),
        before: Option<&Quantity>,
        qt: &mut Quantity,
        i: usize,
    ) {
        let Some(before) = before else { return };
        if qt.approx.is_none()
            && before.approx.is_some()
            && before.category == qt.category
            && before.unit == qt.unit
            && last.1 + 1 == i
            && (self.is_word(last.1, "or") || self.is_word(last.1, "atau"))
        {
            qt.approx = before.approx;
        }
    }

    /// "cuts of 10, 20 and 30 percent": once the last pair of a list
    /// shares its unit (see [`P::unit_for_both`]), the bare numbers listed
    /// before it (after commas, "and", "or") take it too. `spans` are the token spans of
    /// the last quantities found, the last one `out`'s last, which has
    /// the unit; `e` ends the quantity with the unit, `i` starts it.
    fn unit_for_list(
        &self,
        spans: &[(usize, usize)],
        out: &mut [Quantity],
        qt: &Quantity,
        i: usize,
        e: usize,
    ) {
        // Counted nouns are guessed; a list of them ("desil 1, 2, 3, dan 4
        // sesuai data") is left to the pair.
        if !matches!(
            qt.category,
            Category::Money | Category::Percent | Category::Measure | Category::Duration
        ) {
            return;
        }
        let scale = self.scale_in(i, e);
        let mut next_start = match spans.last() {
            Some(&(s, _)) => s,
            None => return,
        };
        for (back, &(s, end)) in spans.iter().rev().enumerate().skip(1) {
            let Some(k) = out.len().checked_sub(back + 1) else {
                return;
            };
            if !self.list_gap(end, next_start)
                || !self.same_line(end)
                || !self.share_unit(&mut out[k], qt, scale, false, self.scale_in(s, end) == 1.0)
            {
                return;
            }
            next_start = s;
        }
    }

    /// Whether tokens `from..to` separate two items of a list: a comma,
    /// "and" or "or" ("dan", "atau"), or a comma and one of them.
    fn list_gap(&self, from: usize, to: usize) -> bool {
        const JOINS: [&str; 4] = ["and", "or", "dan", "atau"];
        let join = |k: usize| JOINS.iter().any(|w| self.is_word(k, w));
        match to.checked_sub(from) {
            Some(1) => self.is_sym(from, ',') || join(from),
            Some(2) => self.is_sym(from, ',') && join(from + 1),
            _ => false,
        }
    }

    /// Gives a bare number `before` the unit (and the scale) of `qt`, the
    /// number it is listed with, when the two are alike. Whether it did.
    /// `unscaled`: `before` has no scale word of its own.
    fn share_unit(
        &self,
        before: &mut Quantity,
        qt: &Quantity,
        scale: f64,
        slash: bool,
        unscaled: bool,
    ) -> bool {
        let Some(value) = before.value else {
            return false;
        };
        // "$2 or $3 million", "Rp 2 atau Rp 3 miliar": the first amount
        // writes its currency but leaves its scale to the last.
        if before.category == Category::Money
            && qt.category == Category::Money
            && before.unit == qt.unit
            && scale > 1.0
            && unscaled
            && value * scale <= qt.value.unwrap_or(0.0)
        {
            map_values(before, |v| without_float_noise(v * scale));
            return true;
        }
        if before.category != Category::Number || before.unit.is_some() {
            return false;
        }
        // "sebanyak 363.200 atau 0,191%", "to 6,630, or 12.9%": "or"
        // restating an amount in another measure; two values of one
        // measure lie within a factor of ten (ratings may not: "20/0,4 kV").
        let (a, b) = (value * scale, qt.value.unwrap_or(0.0));
        let comparable = a <= 0.0 || b <= 0.0 || a.max(b) <= 10.0 * a.min(b) || slash;
        if (scale == 1.0 || value < 1000.0) && comparable {
            map_values(before, |v| without_float_noise(v * scale));
            before.category = qt.category;
            before.unit.clone_from(&qt.unit);
            return true;
        }
        false
    }

    /// The scale words among tokens `from..to` multiplied: 10⁶ for "40
    /// million dollars", 100 for "three hundred miles", 1 for none.
    fn scale_in(&self, from: usize, to: usize) -> f64 {
        (from..to)
            .filter_map(|k| self.tok(k))
            .flat_map(|t| t.lex.iter())
            .map(|w| match w {
                W::Scale(s) => *s,
                W::EnHundred | W::IdRatus => 100.0,
                _ => 1.0,
            })
            .product()
    }

    /// "dari Rp 581 miliar menjadi 425 miliar", "from 5% to 7": a change
    /// whose second amount leaves its unit to the first. The first
    /// quantity spans tokens `from..to`, the second starts at `next`.
    fn change_to(&self, from: usize, to: usize, next: usize) -> bool {
        const TO: &[&str] = &["menjadi", "jadi", "ke", "to"];
        next == to + 1
            && self.same_line(to)
            && self.same_line(next)
            && TO.iter().any(|w| self.is_word(to, w))
            && from.checked_sub(1).is_some_and(|before| {
                self.same_line(from)
                    && (self.is_word(before, "dari") || self.is_word(before, "from"))
            })
    }

    /// A mixed number whose fraction glyph was flattened into digits, as
    /// old English transcripts print "3½ years": "31/2 years" (3.5),
    /// "81/2 percent", "121/4" (12.25). Only halves and quarters, whose
    /// numerator is the last digit, and not after "on" ("on 11/2" is a
    /// date). Token `i` is the number before the slash.
    fn squashed_mixed_number(&self, i: usize) -> Option<f64> {
        if self.lang != Language::En || i.checked_sub(1).is_some_and(|on| self.is_word(on, "on")) {
            return None;
        }
        let whole_and_numerator = self.t(i);
        let denominator = match self.t(i + 2) {
            "2" => 2.0,
            "4" => 4.0,
            _ => return None,
        };
        if !(2..=3).contains(&whole_and_numerator.len())
            || !whole_and_numerator.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let (whole, numerator) = whole_and_numerator.split_at(whole_and_numerator.len() - 1);
        let numerator = match numerator {
            "1" => 1.0,
            "3" if denominator == 4.0 => 3.0,
            _ => return None,
        };
        let whole: f64 = whole.parse().ok()?;
        Some(whole + numerator / denominator)
    }

    /// A word at `k`, after a space, starting with a capital.
    fn capitalized_word(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.kind == Kind::Word
                && t.gap == Gap::Space
                && self.t(k).starts_with(|c: char| c.is_ascii_uppercase())
        })
    }

    /// "Korea First Bank", "Wells Fargo Second Fund": a capitalized
    /// ordinal word between two capitalized words is part of a name, not a
    /// rank. Token `i` is the ordinal, `end` the token after it.
    fn ordinal_in_a_name(&self, i: usize, end: usize) -> bool {
        self.lang == Language::En
            && end == i + 1
            && i > 0
            && self.tok(i).is_some_and(|t| t.kind == Kind::Word)
            && self.capitalized_word(i)
            && self.capitalized_word(end)
            && self.tok(i - 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && self.t(i - 1).starts_with(|c: char| c.is_ascii_uppercase())
            })
            // "Plans For A Third Term": an article in a Title Case
            // headline, not a name
            && !self.is_word(i - 1, "a")
            && !self.is_word(i - 1, "an")
            // not at a sentence start ("… 2004. First Bank …")
            && i.checked_sub(2).is_none_or(|k| !self.is_sym(k, '.'))
    }

    /// "first responders", "the First Amendment", "the first lady",
    /// "third-world countries": an ordinal that is part of a name or a
    /// compound, ranking nothing.
    fn ordinal_of_a_name(&self, i: usize, end: usize) -> bool {
        #[rustfmt::skip]
        const AFTER: &[(&str, &[&str])] = &[
            ("first", &["responders", "responder", "lady", "amendment", "world"]),
            ("second", &["amendment", "world"]),
            ("third", &["world"]),
            ("fourth", &["amendment", "estate"]),
            ("fifth", &["amendment", "column"]),
        ];
        let next = if self.is_sym(end, '-') && self.glued(end) && self.glued(end + 1) {
            end + 1
        } else {
            end
        };
        // "the First World War" ranks a war
        if self.is_word(next, "world") && self.is_word(next + 1, "war") {
            return false;
        }
        AFTER.iter().any(|(ordinal, nouns)| {
            self.is_word(i, ordinal) && nouns.iter().any(|noun| self.is_word(next, noun))
        })
    }

    /// "First of all", "first and foremost", "at first", "pertama-tama":
    /// the order of an argument or a time, no position to check.
    fn first_as_discourse(&self, i: usize, end: usize) -> bool {
        if end != i + 1 {
            return false;
        }
        match self.lang {
            Language::En => {
                self.is_word(i, "first")
                    // not "the first of all three reports"
                    && ((self.is_word(end, "of")
                        && self.is_word(end + 1, "all")
                        && !i.checked_sub(1).is_some_and(|k| self.is_word(k, "the")))
                        || (self.is_word(end, "and") && self.is_word(end + 1, "foremost"))
                        || i.checked_sub(1).is_some_and(|k| self.is_word(k, "at"))
                        // "in the first place"
                        || self.is_word(end, "place")
                            && i >= 2
                            && self.is_word(i - 1, "the")
                            && self.is_word(i - 2, "in"))
                    || self.ordinal_of_a_name(i, end)
            }
            Language::Id => {
                self.is_word(i, "pertama")
                    && self.is_sym(end, '-')
                    && self.glued(end)
                    && self.glued(end + 1)
                    && self.is_word(end + 1, "tama")
            }
        }
    }

    /// Whether the number `ci..e` worth `value` is digits with one mark
    /// followed by exactly three digits that the language reads as a
    /// decimal ("7,355" in Indonesian, "2.500" in English): a count of
    /// things written with the other convention's thousands separator.
    fn thousands_after_decimal_mark(&self, ci: usize, e: usize, value: f64) -> bool {
        if e != ci + 1 || value.fract() == 0.0 || !self.num(ci) {
            return false;
        }
        let decimal_mark = match self.lang {
            Language::Id => b',',
            Language::En => b'.',
        };
        let digits = self.t(ci).as_bytes();
        match digits.iter().position(|&b| b == decimal_mark) {
            Some(mark) => {
                // "0,004 poin" is a decimal
                (1..=3).contains(&mark)
                    && digits[0] != b'0'
                    && digits.len() == mark + 4
                    && digits[..mark].iter().all(u8::is_ascii_digit)
                    && digits[mark + 1..].iter().all(u8::is_ascii_digit)
            }
            None => false,
        }
    }

    /// The token after the words that make the number before `k` a share
    /// of the next one: "1 dari 3", "1 dari setiap 5", "one in five",
    /// "1-in-2", "nine out of ten", "nine out of every 10", "eight of the
    /// nine".
    fn share_of(&self, k: usize) -> Option<usize> {
        // "5.6 per 1,000 live births", "189 per 100.000 kelahiran hidup":
        // a rate per a round population is a share of it
        if self.is_word(k, "per") {
            let digits: String = self
                .t(k + 1)
                .chars()
                .filter(|c| !matches!(c, '.' | ','))
                .collect();
            let round = digits.len() >= 3
                && digits.starts_with('1')
                && digits[1..].bytes().all(|b| b == b'0')
                && self.num(k + 1);
            return round.then_some(k + 1);
        }
        let after = match self.lang {
            Language::Id => (self.is_word(k, "dari")).then_some(k + 1)?,
            Language::En if self.is_word(k, "in") => k + 1,
            // "virtually 1-in-2", "one-in-five children"
            Language::En
                if self.hyphen_joins(k)
                    && self.is_word(k + 1, "in")
                    && self.hyphen_joins(k + 2) =>
            {
                k + 3
            }
            Language::En if self.is_word(k, "out") && self.is_word(k + 1, "of") => k + 2,
            // "eight of the nine countries" (the caller wants two or more:
            // "one of the 10 largest" names a member, not a share)
            Language::En if self.is_word(k, "of") && self.is_word(k + 1, "the") => k + 2,
            Language::En => return None,
        };
        let every = match self.lang {
            Language::Id => "setiap",
            Language::En => "every",
        };
        Some(if self.is_word(after, every) {
            after + 1
        } else {
            after
        })
    }

    /// A number word that ends a name: "Simpang Tiga, Pekanbaru",
    /// "Kampung Empat", "a Tier One research university", "the Big Three
    /// automakers" (a capitalized word before it, none after it, outside a
    /// Title Case headline).
    fn number_word_ends_a_name(&self, i: usize) -> bool {
        // Title Case only: "HE SAID TWO YEARS" shouts, it names nothing
        let title_case = |k: usize| self.t(k).bytes().skip(1).any(|b| b.is_ascii_lowercase());
        i > 0
            && self.capitalized_word(i)
            && title_case(i)
            && title_case(i - 1)
            && self.has(i, |w| match self.lang {
                Language::Id => matches!(w, W::IdDigit(_) | W::IdSe(..)),
                Language::En => matches!(w, W::EnDigit(_)),
            })
            && self.tok(i - 1).is_some_and(|t| t.kind == Kind::Word && t.gap != Gap::Break)
            && self.t(i - 1).starts_with(|c: char| c.is_ascii_uppercase())
            // not a sentence's first word: "Warga Dua desa"
            && i.checked_sub(2).is_some_and(|k| {
                self.tok(k).is_some_and(|t| !matches!(t.kind, Kind::Sym('.' | '!' | '?' | ':' | '"' | '“')))
            })
            && !self.capitalized_word(i + 1)
            && !self.tok(i + 1).is_some_and(|t| t.kind == Kind::Num)
            && !self.headline_noun(i)
    }

    /// Whether the capitalized word at `k` may be a noun of a line in
    /// Title Case, as Indonesian headlines are written ("Polri Tetapkan 2
    /// Tersangka Kasus Korupsi"): at least four words, four in five of
    /// the longer ones capitalized, and the word itself not a verb's
    /// helper ("33 Telah Beroperasi").
    fn headline_noun(&self, k: usize) -> bool {
        if INDONESIAN_FUNCTION_WORDS.iter().any(|w| self.is_word(k, w)) {
            return false;
        }
        let line_start = (0..=k)
            .rev()
            .find(|&i| i == 0 || self.tok(i).is_some_and(|t| t.gap == Gap::Break))
            .unwrap_or(0);
        let line_end = (k + 1..self.toks.len())
            .find(|&i| self.tok(i).is_some_and(|t| t.gap == Gap::Break))
            .unwrap_or(self.toks.len());
        // "Simak video \"Sekolah Rakyat Terintegrasi 4 Sumedang\" di sini:"
        // quotes a name and introduces something: no headline
        let quotes_or_introduces = (line_start..line_end).any(|i| {
            matches!(
                self.tok(i).map(|t| t.kind),
                Some(Kind::Sym('"' | '“' | '”'))
            )
        }) || line_end
            .checked_sub(1)
            .is_some_and(|last| last > k && self.is_sym(last, ':'));
        if quotes_or_introduces || indonesian_verb_like(&self.t(k).to_ascii_lowercase()) {
            return false;
        }
        let (mut words, mut capitalized) = (0, 0);
        for i in line_start..line_end {
            let word = self.t(i);
            if self.tok(i).is_some_and(|t| t.kind == Kind::Word) && word.len() >= 3 {
                words += 1;
                if word.starts_with(|c: char| c.is_uppercase()) {
                    capitalized += 1;
                }
            }
        }
        words >= 4 && capitalized * 5 >= words * 4
    }

    /// The noun of an Indonesian collective: a "ke-" word before its noun
    /// counts it ("Ketiga terdakwa kemudian …" are three defendants,
    /// "penahanan terhadap kedua tersangka", "kedua belah pihak"), while
    /// after a noun it is an ordinal ("sasaran ketiga", "triwulan kedua
    /// pembangunan", "yang kedua menambah"). So the word before must not
    /// be a noun (nothing, a mark, a preposition or conjunction, a
    /// prefixed verb) and the word after must be one (not a verb, a
    /// superlative, "kali").
    fn collective(&self, i: usize, end: usize) -> Option<String> {
        const OPENERS: &[&str] = &[
            "terhadap",
            "di",
            "ke",
            "dari",
            "dengan",
            "untuk",
            "bagi",
            "pada",
            "oleh",
            "antara",
            "dan",
            "serta",
            "bahwa",
            "karena",
            "kepada",
            "bersama",
            "atas",
            "sedangkan",
            "namun",
            "tetapi",
            "sementara",
            "yakni",
            "yaitu",
        ];
        let word = self.t(i);
        if self.lang != Language::Id
            || end != i + 1
            || word.len() < 5
            || !word
                .get(..2)
                .is_some_and(|ke| ke.eq_ignore_ascii_case("ke"))
        {
            return None;
        }
        let verb_like = |w: &str| indonesian_verb_like(&w.to_ascii_lowercase());
        if let Some(before) = i.checked_sub(1)
            && self
                .tok(before)
                .is_some_and(|t| t.kind == Kind::Word && t.gap != Gap::Break)
            && !OPENERS.iter().any(|w| self.is_word(before, w))
        {
            // a verb: "mengungkapkan kedua tersangka", "menahan ketiga …"
            let previous = self.t(before);
            let verb = previous.bytes().all(|b| b.is_ascii_lowercase())
                && !previous.starts_with("ter")
                && verb_like(previous);
            if !verb {
                return None;
            }
        }
        // "kedua belah pihak": both sides
        let noun_at = if self.is_word(i + 1, "belah") {
            i + 2
        } else {
            i + 1
        };
        let noun = self.counted_noun(noun_at, 2.0, false)?;
        let first = noun.split(' ').next().unwrap_or_default();
        (!INDONESIAN_FUNCTION_WORDS.contains(&first) && !verb_like(first)).then_some(noun)
    }

    /// Odds and margins: "a 10-to-1 advantage", "by a two-to-one margin",
    /// "3-to-2", "won by 2 to 1", "a 3 to 1 margin", "a ratio of 3:1",
    /// "rasio 1:20", and Indonesian "satu banding sepuluh", "1 banding 3":
    /// a ratio, the first over the second (it was two numbers, the second
    /// counting the noun), with a hedge before it ("by more than 2 to 1").
    fn odds(&self, i: usize) -> Option<(Quantity, usize)> {
        let hyphens = self.lang == Language::En
            && self.is_sym(i + 1, '-')
            && self.is_word(i + 2, "to")
            && self.is_sym(i + 3, '-')
            && (i + 1..=i + 4).all(|k| self.glued(k));
        let banding =
            self.lang == Language::Id && self.is_word(i + 1, "banding") && self.same_line(i + 2);
        let spaced = self.lang == Language::En
            && self.is_word(i + 1, "to")
            && self.same_line(i + 2)
            && self.spaced_odds(i);
        let (second, end) = if hyphens {
            (i + 4, i + 5)
        } else if banding || spaced || self.colon_ratio(i) {
            (i + 2, i + 3)
        } else {
            return None;
        };
        let (a, b) = (self.small_whole(i)?, self.small_whole(second)?);
        if b <= 0.0 || self.glued(end) && self.num(end) {
            return None;
        }
        // "a 9-to-5 job" is office hours, as "24/7" is always: no number
        if self.lang == Language::En && (a, b) == (9.0, 5.0) {
            return Some((q(self.text, self.toks, i, end, Category::Identifier), end));
        }
        // Spaced, only a descending pair is odds: "2 to 3" is a range.
        if second == i + 2 && self.is_word(i + 1, "to") && a <= b {
            return None;
        }
        let (approx, start) = self.hedge_before(i).unwrap_or((None, i));
        let mut found = q(self.text, self.toks, start, end, Category::Ratio);
        set_point(&mut found, a / b);
        found.approx = approx;
        Some((found, end))
    }

    /// "a quarter point", "a half-point cut", "half a point", "a quarter
    /// of a point": a fraction of a point is of a percentage point, as
    /// interest rates move (an index moves by whole points).
    fn fraction_of_a_point(&self, i: usize) -> Option<(Quantity, usize)> {
        if self.lang != Language::En {
            return None;
        }
        let article = |k: usize| self.has(k, |w| matches!(w, W::Article));
        let share = |k: usize| {
            if self.is_word(k, "quarter") {
                Some(0.25)
            } else if self.is_word(k, "half") {
                Some(0.5)
            } else {
                None
            }
        };
        let (fraction, mut j) = if article(i) {
            (share(i + 1)?, i + 2)
        } else if self.is_word(i, "half") && article(i + 1) {
            (0.5, i + 2)
        } else {
            return None;
        };
        if self.hyphen_joins(j) {
            j += 1;
        } else if self.is_word(j, "of") && article(j + 1) {
            j += 2;
        }
        if !self.is_word(j, "point") || !(i + 1..=j).all(|k| self.same_line(k)) {
            return None;
        }
        let (approx, start) = self.hedge_before(i).unwrap_or((None, i));
        let mut found = q(
            self.text,
            self.toks,
            start,
            j + 1,
            Category::PercentagePoint,
        );
        set_point(&mut found, fraction);
        found.unit = Some("pp".into());
        found.approx = approx;
        Some((found, j + 1))
    }

    /// The result of a match or a vote, two counts side by side: "menang
    /// 2-1", "kalah 0-2 dari Jepang", "skor akhir 3:3", "won 3-1", "beat
    /// Boston 110-102", "voted 51-49", "a 5-4 decision", "voted 52 to 48".
    /// A word of score or vote must come within three words before, or a
    /// word of result right after; the pair must not be an amount ("kalah
    /// 2-3 kali", "won 2-3 percent"). Each side stays as written: `low` is
    /// the first, `high` the second, whichever is larger.
    fn score(&self, i: usize) -> Option<(Quantity, usize)> {
        #[rustfmt::skip]
        const BEFORE: &[&str] = &[
            "skor", "menang", "kalah", "unggul", "imbang", "takluk", "tertinggal", "membantai",
            "mengalahkan", "menundukkan", "menaklukkan", "bermain", "score", "scores", "won", "win",
            "wins", "beat", "beats", "defeated", "lost", "lose", "loses", "drew", "tied", "trailed",
            "trailing", "leads", "led", "leading", "voted", "vote", "votes", "tally", "berakhir",
            "ended", "passed", "approved", "rejected", "confirmed",
        ];
        #[rustfmt::skip]
        const AFTER: &[&str] = &[
            "win", "victory", "defeat", "loss", "lead", "draw", "vote", "votes", "decision",
            "ruling", "verdict", "kemenangan", "kekalahan", "keunggulan",
        ];
        let digits = |k: usize| self.t(k).bytes().all(|b| b.is_ascii_digit());
        if !self.num(i) || !digits(i) {
            return None;
        }
        // Glued "2-1", "2–1", "3:3"; spaced "52 to 48" only for a vote.
        let joined = |c: char| self.is_sym(i + 1, c) && self.glued(i + 1) && self.glued(i + 2);
        let spaced_to = self.lang == Language::En
            && self.is_word(i + 1, "to")
            && self.same_line(i + 1)
            && self.same_line(i + 2);
        if !(joined('-') || joined('–') || joined(':') || spaced_to)
            || !self.num(i + 2)
            || !digits(i + 2)
        {
            return None;
        }
        let (a, b) = (self.small_int(i, 999)?, self.small_int(i + 2, 999)?);
        let end = i + 3;
        // "2-1-0", "3-1.5", "2-1km": more than a pair
        if self.glued(end) && !self.at_end(end) {
            return None;
        }
        let cue_before = (i.saturating_sub(3).max(self.floor)..i)
            .filter(|&k| (k..i).all(|j| self.same_line(j + 1)))
            .any(|k| BEFORE.iter().any(|w| self.is_word(k, w)));
        let cue_after = self.same_line(end) && AFTER.iter().any(|w| self.is_word(end, w));
        let vote_before = (i.saturating_sub(3).max(self.floor)..i).any(|k| {
            ["voted", "vote", "votes", "tally"]
                .iter()
                .any(|w| self.is_word(k, w))
        });
        // Spaced, after a vote or before a word of result, or ending the
        // phrase ("they beat us 3 to 1", not "won 2 to 3 seats"); "by 2
        // to 1", "a 3 to 2 margin" are margins, read as odds.
        let spaced_score = vote_before || cue_after || self.at_end(end);
        if !(cue_before || cue_after) || (spaced_to && (!spaced_score || self.spaced_odds(i))) {
            return None;
        }
        // An amount after a word of score: "kalah 2-3 kali", "won 2-3
        // percent of the vote", "led 2 to 3 million".
        let amount = self.is_sym(end, '%')
            || ["kali", "times", "x"].iter().any(|w| self.is_word(end, w))
            || self.has(end, |w| matches!(w, W::Scale(_) | W::Dozen))
            || self
                .suffix(end, f64::from(b))
                .is_some_and(|(unit, _)| unit.cat != Category::Count);
        if self.same_line(end) && amount {
            return None;
        }
        let mut found = q(self.text, self.toks, i, end, Category::Score);
        found.low = Some(f64::from(a));
        found.high = Some(f64::from(b));
        Some((found, end))
    }

    /// "N to M" with spaces (first larger) is odds only where a margin is
    /// meant: before a word of margin or after "odds" ("a 3 to 2 margin",
    /// "odds of 100 to 1"), or "N to 1" after "by" or "of" (a hedge may
    /// stand between: "by more than 2 to 1") or before "vote"; never
    /// before a unit ("by 5 to 3 percent" is a change). A score ("beat
    /// them 3 to 1") and a tally ("voted 52 to 48", "a 10 to 2 vote")
    /// stay two numbers.
    fn spaced_odds(&self, i: usize) -> bool {
        const MARGIN: &[&str] = &[
            "margin",
            "margins",
            "majority",
            "ratio",
            "odds",
            "edge",
            "advantage",
            "split",
        ];
        let after = i + 3;
        let glued_on = self.glued(after)
            && self
                .tok(after)
                .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num | Kind::Sym('%' | '-')));
        if glued_on || self.is_sym(after, '%') {
            return false;
        }
        let (Some(a), Some(b)) = (self.small_whole(i), self.small_whole(i + 2)) else {
            return false;
        };
        // A word of margin makes any descending pair odds ("a 3 to 2
        // margin"); "vote" only "by 2 to 1": "a 10 to 2 vote" is a tally.
        let start = self.hedge_before(i).map_or(i, |(_, s)| s);
        if MARGIN.iter().any(|w| self.is_word(after, w))
            || (start.saturating_sub(3)..start).any(|k| self.is_word(k, "odds"))
        {
            return true;
        }
        if b != 1.0 || a <= b {
            return false;
        }
        if ["vote", "votes"].iter().any(|w| self.is_word(after, w)) {
            return true;
        }
        if ["percent", "per", "percentage", "points", "point", "times"]
            .iter()
            .any(|w| self.is_word(after, w))
        {
            return false;
        }
        start > 0 && (self.is_word(start - 1, "by") || self.is_word(start - 1, "of"))
    }

    /// "3:1", "1:20" glued by a colon is a ratio, not a clock time, when a
    /// word of ratio comes just before ("rasio 1:20", "a ratio of 3:1") or
    /// the second number has one digit (a time's minutes have two); not
    /// after a word of score ("menang 3:1", "won 2:1") or of time.
    fn colon_ratio(&self, i: usize) -> bool {
        if !(self.num(i)
            && self.is_sym(i + 1, ':')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.num(i + 2)
            && !(self.glued(i + 3) && (self.is_sym(i + 3, ':') || self.num(i + 3))))
        {
            return false;
        }
        let whole = |k: usize| self.t(k).bytes().all(|b| b.is_ascii_digit());
        if !whole(i) || !whole(i + 2) {
            return false;
        }
        let before = |words: &[&str]| {
            (i.saturating_sub(3)..i).any(|k| words.iter().any(|w| self.is_word(k, w)))
        };
        if before(&["rasio", "ratio", "ratios", "perbandingan", "nisbah"]) {
            return true;
        }
        const SCORE_OR_TIME: &[&str] = &[
            "skor", "score", "menang", "kalah", "unggul", "imbang", "takluk", "won", "win", "wins",
            "beat", "beats", "lost", "lose", "defeated", "leads", "led", "pukul", "jam", "pkl",
            "at", "ayat", "verse", "surah", "surat", "qs", "berakhir", "ended", "final",
        ];
        // Without a word of ratio, only the usual shapes: "3:1", "1:3".
        (self.t(i) == "1" || self.t(i + 2) == "1")
            && self.t(i + 2).len() == 1
            && self.t(i).len() <= 3
            && !before(SCORE_OR_TIME)
    }

    /// A month named by its direction from the day of writing: "Juli
    /// lalu", "pada Maret mendatang", "Desember nanti", "last July", "next
    /// March", "this June"; a date the reader places (see
    /// `dates::reading`), value-less until then. "pada" is kept, as dates
    /// keep it.
    fn month_from_now(&self, i: usize) -> Option<(Quantity, usize)> {
        // "pada", "last", "next" and "this" have four letters; a month's
        // lexicon entry is looked at before any word is compared
        let four = self.t(i).len() == 4;
        let (start, end) = match self.lang {
            Language::Id => {
                let m = if four && self.is_word(i, "pada") {
                    i + 1
                } else {
                    i
                };
                self.month_at(m)?;
                let direction = ["lalu", "kemarin", "mendatang", "depan", "nanti", "ini"]
                    .iter()
                    .any(|w| self.is_word(m + 1, w));
                // "Juli lalu," but not "Mei 2024 lalu" (a year is read
                // as written) nor a month glued into a compound
                if !direction || !self.same_line(m + 1) || self.glued(m + 1) {
                    return None;
                }
                (i, m + 2)
            }
            Language::En => {
                if !four || !["last", "next", "this"].iter().any(|w| self.is_word(i, w)) {
                    return None;
                }
                let m = i + 1;
                // a capital: "last May", not "this may"
                self.month_at(m)?;
                if !self.t(m).starts_with(|c: char| c.is_ascii_uppercase())
                    || !self.same_line(m)
                    // "last March 3": a day of that month is a date of its
                    // own; "the last May Day" a holiday
                    || self.num(m + 1) && self.same_line(m + 1)
                    || self.is_word(m + 1, "Day")
                {
                    return None;
                }
                (i, m + 1)
            }
        };
        Some((q(self.text, self.toks, start, end, Category::Date), end))
    }

    /// "August of 1974", "in March of 2020": a month of a year joined by
    /// "of", as "August 1974" is.
    fn month_of_year(&self, i: usize) -> Option<(Quantity, usize)> {
        if self.lang != Language::En || !self.has(i, |w| matches!(w, W::Month(_))) {
            return None;
        }
        // "in November, 2016": the year after a comma, ending the phrase
        // ("In March, 2015 tax returns …" is no such date)
        let comma = self.lang == Language::En
            && self.is_sym(i + 1, ',')
            && self.year_at(i + 2).is_some()
            && self.at_end(i + 3);
        if !self.is_word(i + 1, "of") && !comma {
            return None;
        }
        let month = self.month_at(i)?;
        let year = self.year_at(i + 2)?;
        if !self.t(i).starts_with(|c: char| c.is_ascii_uppercase())
            || !(i + 1..=i + 2).all(|k| self.same_line(k) && (comma || !self.glued(k)))
        {
            return None;
        }
        let mut found = q(self.text, self.toks, i, i + 3, Category::Date);
        set_point(&mut found, f64::from(year) * 100.0 + f64::from(month));
        Some((found, i + 3))
    }

    /// A month named alone after its preposition: "pada Oktober", "pada
    /// bulan Oktober", "in October"; a date the reader places (see
    /// `dates::reading`: the latest such month up to the month of
    /// writing, or the next one when the sentence's tense is a future's),
    /// value-less until then. Not before a day or a year ("pada Oktober
    /// 2024", "in October 5"), nor a direction ("Juli lalu"), nor an
    /// English month in lower case ("in may").
    fn bare_month(&self, i: usize) -> Option<(Quantity, usize)> {
        // "pada", "in", "sejak" and "since" are the only openers: their
        // length first ("sejak Maret" is past, as "pada Maret" is read)
        if !matches!(self.t(i).len(), 2 | 4 | 5) {
            return None;
        }
        let m = match self.lang {
            Language::Id if self.is_word(i, "pada") || self.is_word(i, "sejak") => {
                if self.is_word(i + 1, "bulan") {
                    i + 2
                } else {
                    i + 1
                }
            }
            Language::En if self.is_word(i, "in") || self.is_word(i, "since") => i + 1,
            _ => return None,
        };
        self.month_at(m)?;
        if !(i + 1..=m).all(|k| self.same_line(k) && !self.glued(k))
            || !self.t(m).starts_with(|c: char| c.is_uppercase())
        {
            return None;
        }
        // "Jan. 2015": an abbreviation's point before the year
        let next = m + 1;
        let after = if self.is_sym(next, '.') && self.glued(next) {
            next + 1
        } else {
            next
        };
        // a day, a year, a direction, or another month joined to it ("in
        // March and April 2025", "pada Januari-Maret")
        #[rustfmt::skip]
        const RUNS_ON: &[&str] = &[
            "lalu", "kemarin", "mendatang", "depan", "nanti", "ini", "tahun", "of", "and", "or",
            "to", "through", "until", "dan", "atau", "hingga", "sampai", "-", "–",
        ];
        // "in November, 2016": the month of that year (see `month_of_year`)
        let year_after_comma =
            self.is_sym(after, ',') && self.year_at(after + 1).is_some() && self.at_end(after + 2);
        let runs_on = year_after_comma
            || self.same_line(after)
                && (self.num(after)
                    || self.glued(after) && !self.at_end(after)
                    || RUNS_ON
                        .iter()
                        .any(|w| self.is_word(after, w) || self.t(after) == *w));
        if runs_on {
            return None;
        }
        Some((q(self.text, self.toks, i, next, Category::Date), next))
    }

    /// An earthquake's magnitude: "bermagnitudo 5,6", "magnitudo 6,2",
    /// "M 5,6", "M5,6", "berkekuatan 5,6 SR", "a magnitude 5.6", "a
    /// 7.8-magnitude quake", "6.5 on the Richter scale"; a measure, not a
    /// count of the next word. `i` is the number, or the "M" glued to it.
    fn magnitude(&self, i: usize) -> Option<(Quantity, usize)> {
        let glued_m = self.t(i) == "M" && self.glued(i + 1) && self.num(i + 1);
        let k = if glued_m { i + 1 } else { i };
        // a magnitude is one or two digits, maybe with a decimal: "5,6"
        if !self.num(k) || self.t(k).len() > 4 {
            return None;
        }
        // every form has "m…", "b…", "SR", "on" or a hyphen beside the
        // number: one byte tells most numbers apart before any word
        let beside = |at: usize| {
            self.is_sym(at, '-')
                || self.tok(at).is_some_and(|t| t.kind == Kind::Word)
                    && matches!(
                        self.t(at).as_bytes().first(),
                        Some(b'm' | b'M' | b'b' | b'S' | b'o')
                    )
        };
        if !(glued_m || beside(k + 1) || k > 0 && beside(k - 1)) {
            return None;
        }
        // "M2.000s", "M2.000P3": a code runs on
        if self.glued(k + 1)
            && self
                .tok(k + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
        {
            return None;
        }
        let raw = self.t(k);
        let decimal = raw.contains(['.', ',']);
        let word_before = |words: &[&str]| {
            k > self.floor && k > 0 && words.iter().any(|w| self.is_word(k - 1, w))
        };
        let mut start = k;
        let mut end = k + 1;
        let mut found = false;
        if glued_m {
            found = decimal;
            start = i;
        } else if word_before(&["magnitudo", "bermagnitudo", "magnitude"])
            || decimal && k > self.floor && k > 0 && self.t(k - 1) == "M"
        {
            found = true;
            start = k - 1;
        } else if k >= 2
            && self.is_sym(k - 1, '-')
            && self.glued(k - 1)
            && self.glued(k)
            && self.is_word(k - 2, "magnitude")
        {
            found = true;
            start = k - 2;
        }
        // after: "5,6 SR", "7.8-magnitude", "6.1 magnitude", "6.5 on the
        // Richter scale"
        if self.is_word(end, "SR") && self.t(end) == "SR" && self.same_line(end) {
            found = true;
            end += 1;
        } else if self.is_sym(end, '-') && self.glued(end) && self.is_word(end + 1, "magnitude") {
            found = true;
            end += 2;
        } else if self.is_word(end, "magnitude") && self.same_line(end) {
            found = true;
            end += 1;
        } else if self.is_word(end, "on")
            && self.is_word(end + 1, "the")
            && self.is_word(end + 2, "Richter")
            && self.is_word(end + 3, "scale")
        {
            found = true;
            end += 4;
        }
        if !found {
            return None;
        }
        let value = digits::parse(raw, self.lang)?.value;
        if !(value > 0.0 && value < 10.0) {
            return None;
        }
        let mut qt = q(self.text, self.toks, start, end, Category::Measure);
        set_point(&mut qt, value);
        qt.unit = Some("magnitude".into());
        Some((qt, end))
    }

    /// "by a factor of two", "at least a factor of 10": a multiple, as
    /// "twice" and "three times" are.
    fn factor_of(&self, i: usize) -> Option<(Quantity, usize)> {
        if self.lang != Language::En
            || i < 3
            || !self.is_word(i - 1, "of")
            || !self.is_word(i - 2, "factor")
            || !self.is_word(i - 3, "a")
        {
            return None;
        }
        let (value, end) = if self.num(i) {
            (digits::parse(self.t(i), self.lang)?.value, i + 1)
        } else {
            words::en_words(self.text, self.toks, i)?
        };
        if value < 1.0 || self.glued(end) && !self.at_end(end) {
            return None;
        }
        let (approx, start) = self.hedge_before(i - 3).unwrap_or((None, i - 3));
        let mut found = q(self.text, self.toks, start, end, Category::Ratio);
        set_point(&mut found, value);
        found.unit = Some("x".into());
        found.approx = approx;
        Some((found, end))
    }

    /// A whole number up to 1,000 in one token at `k`: digits or one
    /// number word ("ten", "sepuluh").
    fn small_whole(&self, k: usize) -> Option<f64> {
        if self.num(k) {
            return self.small_int(k, 1000).map(f64::from);
        }
        let (v, end) = match self.lang {
            Language::Id => words::id_words(self.text, self.toks, k)?,
            Language::En => words::en_words(self.text, self.toks, k)?,
        };
        (end == k + 1).then_some(v)
    }

    /// "the Group of Eight (G8)", "the Group of 20": the name of a club of
    /// nations, not a count (as "G8" and "G20" are not); so is "the Gang
    /// of Eight".
    fn group_of(&self, i: usize) -> Option<(Quantity, usize)> {
        if self.lang != Language::En
            || i < 2
            || !matches!(self.t(i - 2), "Group" | "Gang")
            || !self.is_word(i - 1, "of")
            || !self.same_line(i)
        {
            return None;
        }
        let end = if self.num(i) && self.small_int(i, 100).is_some() {
            i + 1
        } else if self.t(i).starts_with(|c: char| c.is_ascii_uppercase()) {
            words::en_words(self.text, self.toks, i)
                .filter(|&(v, _)| (2.0..=100.0).contains(&v))?
                .1
        } else {
            return None;
        };
        Some((q(self.text, self.toks, i, end, Category::Identifier), end))
    }

    /// A year as transcripts of speech write it, "in nineteen sixty-one",
    /// "by twenty twenty", "Nineteen fifty-three we tried …": after a word
    /// that takes a year, or opening a sentence. Elsewhere two number words
    /// in a row stay numbers ("nineteen, twenty").
    fn spoken_year(&self, i: usize) -> Option<(Quantity, usize)> {
        const YEAR_CUES: &[&str] = &[
            "in", "by", "since", "until", "till", "from", "through", "circa", "year", "before",
            "after", "during",
        ];
        // The words are read first: they rule out almost every token
        // before the cue words need comparing.
        if self.lang != Language::En || self.tok(i)?.kind != Kind::Word {
            return None;
        }
        let (year, end) = words::en_spoken_year(self.text, self.toks, i)?;
        let opens_sentence = match i.checked_sub(1) {
            None => true,
            Some(before) => {
                !self.same_line(i)
                    || self.is_sym(before, '.')
                    || self.is_sym(before, '!')
                    || self.is_sym(before, '?')
            }
        };
        let cue = i.checked_sub(1).is_some_and(|before| {
            self.same_line(i) && YEAR_CUES.iter().any(|c| self.is_word(before, c))
        });
        if !opens_sentence && !cue {
            return None;
        }
        let mut found = q(self.text, self.toks, i, end, Category::Year);
        set_point(&mut found, f64::from(year));
        Some((found, end))
    }

    /// "number one in auto production", "Number two, …" in a spoken list:
    /// a rank, the ordinal.
    fn number_rank(&self, i: usize) -> Option<(Quantity, usize)> {
        const RANKS: &[&str] = &[
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ];
        if self.lang != Language::En {
            return None;
        }
        // "number one", and hyphenated before a noun: "the number-one
        // source of"
        let hyphen = i >= 2 && self.is_sym(i - 1, '-') && self.glued(i - 1) && self.glued(i);
        let number = i
            .checked_sub(if hyphen { 2 } else { 1 })
            .filter(|&n| n >= self.floor)?;
        if !self.is_word(number, "number") || !self.same_line(i) {
            return None;
        }
        let rank = RANKS.iter().position(|w| self.is_word(i, w))?;
        // "number two-thirds", "number three hundred": not a rank
        if self.glued(i + 1) && self.is_sym(i + 1, '-')
            || self.scale_word(i + 1).is_some()
            || self.is_word(i + 1, "hundred")
        {
            return None;
        }
        let mut found = q(self.text, self.toks, number, i + 1, Category::Ordinal);
        set_point(&mut found, (rank + 1) as f64);
        Some((found, i + 1))
    }

    /// A year or decade written with two digits after an apostrophe:
    /// "the '80s" (1980 to 1989), "the class of ’82", "krisis '98",
    /// "since '08" (2008). A plain year needs a word before it that takes
    /// a year ("in", "of", "since", "tahun", "angkatan" …), since a single
    /// quotation mark opens quotes too ("'20 people died'"). Two digits up
    /// to 30 are this century, the rest the last; decades the same, but
    /// "'20s" is the 1920s.
    fn short_year(&self, i: usize) -> Option<(Quantity, usize)> {
        const YEAR_CUES: &[&str] = &[
            "in", "of", "since", "until", "by", "from", "to", "through", "class", "summer",
            "spring", "autumn", "fall", "winter", "tahun", "sejak", "pada", "hingga", "sampai",
            "angkatan", "krisis", "era", "pemilu", "pilpres",
            // "the '82 tax increase", "fiscal year '81", "a '67 Mustang"
            "the", "year", "a",
        ];
        if !self.num(i) {
            return None;
        }
        let raw = self.t(i);
        if raw.len() != 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mark = i.checked_sub(1).filter(|&m| m >= self.floor)?;
        let opens = (self.is_sym(mark, '\'') || self.is_sym(mark, '’'))
            && self.glued(i)
            && !self.glued(mark);
        if !opens {
            return None;
        }
        let two: u16 = raw.parse().ok()?;
        let decade = self.is_word(i + 1, "s") && self.glued(i + 1);
        let goes_on = self.glued(i + 1)
            && self
                .tok(i + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num | Kind::Sym('\'' | '’')));
        if decade {
            if !two.is_multiple_of(10)
                || self.glued(i + 2) && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word)
            {
                return None;
            }
            let century = if two <= 10 { 2000 } else { 1900 };
            let low = f64::from(century + two);
            let mut found = q(self.text, self.toks, mark, i + 2, Category::Year);
            found.low = Some(low);
            found.high = Some(low + 9.0);
            return Some((found, i + 2));
        }
        let cue = mark
            .checked_sub(1)
            .filter(|&w| w >= self.floor)
            .is_some_and(|w| YEAR_CUES.iter().any(|c| self.is_word(w, c)));
        if goes_on || !cue {
            return None;
        }
        let century = if two <= 30 { 2000 } else { 1900 };
        let mut found = q(self.text, self.toks, mark, i + 1, Category::Year);
        set_point(&mut found, f64::from(century + two));
        Some((found, i + 1))
    }

    /// A list item's number, not a quantity: "1. Pembangunan IKN" at the
    /// start of a line, "… Rp 1 triliun.2. Kabupaten Dompu" glued to the
    /// previous item's full stop, "2) Pemindahan".
    ///
    /// Inside a line, after a colon or a rule ("Narasi : 1. “Beredarnya",
    /// "===== 2. Angka Bunuh Diri") or with its neighbour in the same shape
    /// nearby ("… mantap 1. Tidak ada STNK Rp. 500,000 2. Tdk bawa SIM"):
    /// an enumeration run into one paragraph.
    fn list_marker(&self, k: usize) -> bool {
        let Some(tok) = self.tok(k) else {
            return false;
        };
        let raw = self.t(k);
        let starts_item =
            |t: &Tok| t.gap == Gap::Space && t.kind != Kind::Num && opens_item(&self.text[t.s..]);
        let item = self.num(k)
            && raw.len() <= 2
            && raw.bytes().all(|b| b.is_ascii_digit())
            && (self.is_sym(k + 1, '.') || self.is_sym(k + 1, ')'))
            && self.glued(k + 1)
            && self.tok(k + 2).is_some_and(starts_item);
        if !item {
            return false;
        }
        if starts_line(&self.text[..tok.s]) || (k > 0 && self.glued(k) && self.is_sym(k - 1, '.')) {
            return true;
        }
        // After a colon only a first item ("… last decade: 24. Number of
        // …" is an answer, not an item).
        let after_rule = k > self.floor
            && (self.is_sym(k - 1, '=') || self.is_sym(k - 1, ':') && raw == "1")
            && self.same_line(k);
        after_rule || self.has_neighbour_item(k, raw)
    }

    /// Are the neighbours of item `raw` at token `k` written in the same
    /// shape within 600 bytes: "2. " after a "1. ", and for a later item
    /// the one before and one more ("3. " needs "2. " and "1. " or "4. "),
    /// so two sentences that end in numbers ("naik 2. Lalu … menjadi 3.
    /// Tim") are no list.
    fn has_neighbour_item(&self, k: usize, raw: &str) -> bool {
        let Ok(n) = raw.parse::<u32>() else {
            return false;
        };
        let near = |m: u32, before: bool| m > 0 && self.item_near(k, m, before);
        match n {
            // "0. " starts no list (and has no item before it)
            0 => false,
            1 => near(2, false),
            _ => near(n - 1, true) && (n == 2 || near(n - 2, true) || near(n + 1, false)),
        }
    }

    /// Is "`m`. " (with the punctuation after token `k`'s number) followed
    /// by a capital or a quote within 600 bytes before or after token `k`?
    fn item_near(&self, k: usize, m: u32, before: bool) -> bool {
        const WINDOW: usize = 600;
        let (Some(tok), Some(mark)) = (self.tok(k), self.tok(k + 1)) else {
            return false;
        };
        let needle = format!("{m}{} ", &self.text[mark.s..mark.e]);
        let (mut from, mut to) = if before {
            (tok.s.saturating_sub(WINDOW), tok.s)
        } else {
            (mark.e, (mark.e + WINDOW).min(self.text.len()))
        };
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        let b = self.text.as_bytes();
        self.text[from..to].match_indices(&needle).any(|(at, _)| {
            let at = from + at;
            let rest = &self.text[at + needle.len()..];
            !(at > 0 && b[at - 1].is_ascii_digit()) && opens_item(rest)
        })
    }

    /// The end of a product or model name when the plain number `c` at
    /// token `k` follows a capitalized word in mid-sentence: "Boeing 737",
    /// "Halo 2", "Windows 95", "FTSE 100", "Boeing 737-800 jets". A word
    /// with a lexicon role ("Rp", "March", "About"), a year, a scaled,
    /// decimal or measured number, or the first word of a sentence keeps
    /// the number a quantity.
    fn product_number(&self, k: usize, c: &Core) -> Option<usize> {
        let name = k.checked_sub(1)?;
        let before = name.checked_sub(1);
        let word = self.tok(name)?;
        let raw = self.t(k);
        let is_name = word.kind == Kind::Word
            && word.lex.is_empty()
            && !word.cue
            && name >= self.floor
            && self.t(name).len() >= 2
            && self.t(name).starts_with(|ch: char| ch.is_uppercase())
            && self.tok(k).is_some_and(|t| t.gap == Gap::Space);
        // Mid-sentence: a word, a number, a comma, a bracket or a slash
        // ("Pertamax/Akra 92") before the name.
        let mid_sentence = self.same_line(name)
            && before.and_then(|b| self.tok(b)).is_some_and(|t| {
                matches!(t.kind, Kind::Word | Kind::Num | Kind::Sym(',' | '(' | '/'))
            });
        let plain = c.e == k + 1
            && c.range.is_none()
            && !c.ordinal
            && c.scale.is_none()
            && raw.len() <= 4
            && raw.bytes().all(|b| b.is_ascii_digit())
            && (self.year_at(k).is_none() || self.index_of_year_shape(k));
        // Not in a Title Case headline ("Polri Tetapkan 2 Tersangka"), not
        // a repetition ("the Fifth 75 times"), not an age group after a
        // plural people ("Americans 65 and older").
        let headline = self
            .tok(c.e)
            .is_some_and(|t| t.kind == Kind::Word && t.gap == Gap::Space)
            && self.t(c.e).starts_with(|ch: char| ch.is_uppercase());
        // The word lists are tried last: most numbers fail the cheap tests.
        if !(is_name && plain)
            || ["times", "kali", "x"].iter().any(|w| self.is_word(c.e, w))
            || ["ans", "ons"].iter().any(|end| self.t(name).ends_with(end))
        {
            return None;
        }
        // "Liputan 6 SCTV", "Fortune 500 companies": a name that carries
        // its number, wherever it stands.
        let series = NUMBERED_NAMES.iter().any(|w| self.is_word(name, w));
        // "Warga Jakarta 5 orang", "in Texas 3 people": a place before a
        // count of people or places, not a model number.
        if (!series && (!mid_sentence || headline))
            || COUNTED_NOT_MODELS.iter().any(|w| self.is_word(c.e, w))
        {
            return None;
        }
        if let Some((suffix, _)) = self.suffix(c.e, c.value)
            && suffix.cat != Category::Count
        {
            return None;
        }
        // "Ferguson 18-year-old Michael Brown": an age after a place
        if self.hyphen_unit(c.e, None, c.value, false).is_some() {
            return None;
        }
        let mut e = c.e;
        while self.glued(e)
            && (self.num(e)
                || self.tok(e).is_some_and(|t| t.kind == Kind::Word)
                || (self.is_sym(e, '-') && self.glued(e + 1) && self.num(e + 1)))
        {
            e += 1;
        }
        Some(e)
    }

    /// The word or sign that opens a range ending before `start`
    /// ("antara", "from", "sekitar", "~"), and the hedge it carries: a
    /// range after "sekitar" or "about" is a rough one ("sekitar 7-9%").
    fn opener_before(&self, start: usize) -> Option<(usize, Option<Approx>)> {
        if start <= self.floor {
            return None;
        }
        let k = start - 1;
        if (self.is_word(k, "sekitar") || self.is_word(k, "around") || self.is_word(k, "about"))
            && k > self.floor
        {
            // "sekitar 10 sampai 20": the hedge stays out of the range's
            // values, and is its approx
            return Some((k, Some(Approx::About)));
        }
        if self.is_word(k, "kira")
            && k >= self.floor + 2
            && self.is_sym(k - 1, '-')
            && self.is_word(k - 2, "kira")
        {
            return Some((k - 2, Some(Approx::About)));
        }
        if RANGE_OPENERS.iter().any(|o| self.is_word(k, o)) || self.is_sym(k, '~') {
            return Some((k, None));
        }
        None
    }

    fn hedge_before(&self, start: usize) -> Option<(Option<Approx>, usize)> {
        if self.tok(start).is_some_and(|t| t.gap == Gap::Break) {
            return None;
        }
        // "minimal berusia 17 tahun": the hedge stands before the verb of age
        let start = if start >= 2
            && start > self.floor
            && self.lang == Language::Id
            && (self.is_word(start - 1, "berusia") || self.is_word(start - 1, "berumur"))
            && units::hedge_before(self.text, self.toks, start, self.floor).is_none()
        {
            start - 1
        } else {
            start
        };
        let (approx, hedge_start) = units::hedge_before(self.text, self.toks, start, self.floor)?;
        // "we just moved up to 17", "it went up to 5%": the verb's "up"
        // and a target, not "at most"
        const RISING: &[&str] = &[
            "moved", "move", "moves", "moving", "went", "go", "goes", "going", "climbed", "climb",
            "climbs", "jumped", "rose", "rise", "rises", "rising", "soared", "shot", "ran", "came",
            "come", "comes", "crept", "ticked", "stepped", "bumped", "ramped", "pushed",
        ];
        // the hedge is `hedge` and one of `words` stands before it
        let after = |hedge: &str, words: &[&str]| {
            self.is_word(hedge_start, hedge)
                && hedge_start
                    .checked_sub(1)
                    .is_some_and(|k| words.iter().any(|w| self.is_word(k, w)))
        };
        let rising = approx == Some(Approx::AtMost) && after("up", RISING);
        // "talk about two issues", "polls about 2016 candidates": "about"
        // after a verb of speech, or a noun of it, says what it is about
        // (not after "think": "I think about 40 percent" is a hedge)
        #[rustfmt::skip]
        const ABOUT_WHAT: &[&str] = &[
            "talk", "talks", "talked", "talking", "care", "cares", "cared", "worry", "worried",
            "heard", "hear", "learn", "learned", "read", "wrote", "write", "written", "ask", "asked",
            "asking", "speak", "spoke", "spoken", "complain", "complained", "concerned",
            "polls", "poll", "questions", "question", "story", "stories", "debate", "lied",
            "lying", "lie", "something", "nothing", "anything", "everything", "bring", "brought",
        ];
        let about_what = approx == Some(Approx::About) && after("about", ABOUT_WHAT);
        (!rising && !about_what).then_some((approx, hedge_start))
    }

    fn cents_tail(&self, k: usize) -> Option<(f64, usize)> {
        let mut j = k;
        if self.is_word(j, "and") || self.is_word(j, "dan") {
            j += 1;
        }
        if !self.same_line(j) {
            return None;
        }
        let c = self.core(j, false)?;
        if c.value.fract() != 0.0
            || !(1.0..100.0).contains(&c.value)
            || c.ordinal
            || c.range.is_some()
        {
            return None;
        }
        if let Some((sfx, e)) = units::suffix_at(self.text, self.toks, c.e)
            && (sfx.unit == "cent"
                || ["sen", "sens", "kopiykas", "kopiyka"]
                    .contains(&self.t(c.e).to_ascii_lowercase().as_str()))
        {
            return Some((c.value, e));
        }
        if ["sen", "sens", "kopiykas", "kopiyka"]
            .iter()
            .any(|w| self.is_word(c.e, w))
        {
            return Some((c.value, c.e + 1));
        }
        if self.at_end(c.e) && self.tok(c.e).is_none() {
            return Some((c.value, c.e));
        }
        None
    }

    fn duration_compound(
        &self,
        mut k: usize,
        value: f64,
        unit: &str,
    ) -> Option<(f64, &'static str, usize)> {
        let secs = |u: &str| -> f64 {
            match u {
                "second" => 1.0,
                "minute" => 60.0,
                "hour" => 3600.0,
                "day" => 86400.0,
                "week" => 604800.0,
                "month" => 2_592_000.0,
                "quarter" => 7_776_000.0,
                "year" => 31_536_000.0,
                "decade" => 315_360_000.0,
                "century" => 3_153_600_000.0,
                _ => 0.0,
            }
        };
        let months = |u: &str| -> Option<f64> {
            match u {
                "month" => Some(1.0),
                "quarter" => Some(3.0),
                "year" => Some(12.0),
                _ => None,
            }
        };
        let mut parts: Vec<(f64, &'static str)> = vec![(value, leak_unit(unit)?)];
        let mut end = k;
        // "a year and a half" is 1.5 years, as "one and a half years" is.
        let mut halved = false;
        loop {
            // "a year-and-a-half"
            if !halved
                && self.hyphen_joins(k)
                && self.is_word(k + 1, "and")
                && self.hyphen_joins(k + 2)
                && self.has(k + 3, |w| matches!(w, W::Article))
                && self.hyphen_joins(k + 4)
                && self.is_word(k + 5, "half")
                && let Some(last) = parts.last_mut()
            {
                last.0 += 0.5;
                halved = true;
                end = k + 6;
                k = end;
                continue;
            }
            let mut j = k;
            if self.is_sym(j, ',') {
                j += 1;
            }
            if self.is_word(j, "and") {
                j += 1;
            }
            if !self.same_line(j) {
                break;
            }
            // "and a half", "and half"
            // (not "$10.10 an hour, half a million people")
            if let Some(last) = parts.last_mut()
                && !halved
                && self.is_word(j.wrapping_sub(1), "and")
                && (self.is_word(j, "half")
                    || (self.has(j, |w| matches!(w, W::Article)) && self.is_word(j + 1, "half")))
                && j > k
            {
                let e = if self.is_word(j, "half") {
                    j + 1
                } else {
                    j + 2
                };
                last.0 += 0.5;
                halved = true;
                end = e;
                k = e;
                continue;
            }
            let Some(c) = self.core(j, false) else { break };
            if c.ordinal || c.range.is_some() {
                break;
            }
            if let Some((sfx, e)) = units::suffix_at(self.text, self.toks, c.e)
                && sfx.cat == Category::Duration
            {
                let prev = parts.last().map(|p| p.1).unwrap_or("second");
                if secs(sfx.unit) >= secs(prev) {
                    break;
                }
                parts.push((c.value, sfx.unit));
                end = e;
                k = e;
                continue;
            }
            // "1 hour thirty": a bare number after the unit counts the next smaller unit
            let prev = parts.last().map(|p| p.1).unwrap_or("second");
            if self.at_end(c.e) && matches!(prev, "hour" | "minute") && c.value < 60.0 {
                parts.push((c.value, smaller(prev)));
                end = c.e;
                k = c.e;
                continue;
            }
            break;
        }
        if parts.len() < 2 && !halved {
            return None;
        }
        let grain = parts
            .iter()
            .map(|p| p.1)
            .min_by(|a, b| secs(a).total_cmp(&secs(b)))?;
        let total = if let Some(gm) = months(grain) {
            parts
                .iter()
                .map(|(v, u)| v * months(u).unwrap_or(0.0) / gm)
                .sum()
        } else {
            parts.iter().map(|(v, u)| v * secs(u)).sum::<f64>() / secs(grain)
        };
        Some((total, grain, end))
    }

    fn length_compound(
        &self,
        mut k: usize,
        value: f64,
        unit: &str,
    ) -> Option<(f64, &'static str, usize)> {
        let metres = |u: &str| -> Option<f64> {
            Some(match u {
                "km" => 1000.0,
                "m" => 1.0,
                "cm" => 0.01,
                "mm" => 0.001,
                "mi" => 1609.344,
                "in" => 0.0254,
                "ft" => 0.3048,
                "yd" => 0.9144,
                _ => return None,
            })
        };
        let first = ["km", "m", "cm", "mm", "mi", "in", "ft", "yd"]
            .into_iter()
            .find(|x| *x == unit)?;
        let mut parts: Vec<(f64, &'static str)> = vec![(value, first)];
        let mut end = k;
        loop {
            let mut j = k;
            if self.is_sym(j, ',') {
                j += 1;
            }
            if self.is_word(j, "and") || self.is_word(j, "dan") {
                j += 1;
            }
            if !self.same_line(j) {
                break;
            }
            let Some(c) = self.core(j, false) else { break };
            if c.ordinal || c.range.is_some() {
                break;
            }
            let unit2 = if let Some((sfx, e)) = self.suffix(c.e, c.value) {
                (sfx.cat == Category::Measure && metres(sfx.unit).is_some())
                    .then_some((sfx.unit, e))
            } else if self.lang == Language::En && self.is_word(c.e, "in") && self.at_end(c.e + 1) {
                Some(("in", c.e + 1))
            } else {
                None
            };
            let Some((u2, e)) = unit2 else { break };
            let prev = parts.last().map(|p| p.1).unwrap_or("m");
            if u2 == prev {
                break;
            }
            parts.push((
                c.value,
                ["km", "m", "cm", "mm", "mi", "in", "ft", "yd"]
                    .into_iter()
                    .find(|x| *x == u2)?,
            ));
            end = e;
            k = e;
        }
        if parts.len() < 2 {
            return None;
        }
        let grain = parts.iter().map(|p| p.1).min_by(|a, b| {
            metres(a)
                .unwrap_or(1.0)
                .total_cmp(&metres(b).unwrap_or(1.0))
        })?;
        let total: f64 = parts
            .iter()
            .map(|(v, u)| v * metres(u).unwrap_or(0.0))
            .sum::<f64>()
            / metres(grain)?;
        Some((total, grain, end))
    }

    /// The counted noun after a number, if the next word is one.
    fn count_noun(&self, k: usize) -> Option<String> {
        let t = self.tok(k)?;
        if t.kind != Kind::Word || t.gap != Gap::Space || !t.lex.is_empty() {
            return None;
        }
        let w = self.t(k);
        if w.len() < 2 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        // Proper names are not counted nouns; an Indonesian abbreviation
        // is: "672 SPPG" (kitchens), "496.778 KPM" (families), "2 KK";
        // not after a year ("pada 1998 ABRI").
        if w.starts_with(|c: char| c.is_ascii_uppercase())
            && !(self.lang == Language::Id
                && w.len() <= 6
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && k.checked_sub(1).is_none_or(|n| self.year_at(n).is_none()))
            && !(self.lang == Language::Id && self.headline_noun(k))
        {
            return None;
        }
        Some(w.to_ascii_lowercase())
    }

    /// The second word of an Indonesian noun whose first word, counted
    /// alone, names something else: "kepala keluarga" (households, not
    /// heads), "tenaga kerja" (workers), "penyandang disabilitas", "rumah
    /// tangga", "ibu hamil". `k` is the token after the first word.
    fn indonesian_compound(&self, first: &str, k: usize) -> Option<&'static str> {
        const COMPOUNDS: &[(&str, &[&str])] = &[
            ("kepala", &["keluarga", "desa", "daerah", "sekolah"]),
            (
                "tenaga",
                &["kerja", "kesehatan", "medis", "pendidik", "honorer", "ahli"],
            ),
            ("penyandang", &["disabilitas"]),
            ("rumah", &["tangga", "sakit", "ibadah", "makan"]),
            ("ibu", &["hamil", "menyusui"]),
            ("anak", &["yatim", "sekolah", "jalanan"]),
            ("pekerja", &["migran"]),
            ("pasangan", &["calon"]),
            ("orang", &["tua"]),
            ("aparatur", &["sipil"]),
            ("pegawai", &["negeri"]),
            ("sekolah", &["rakyat"]),
        ];
        let (_, seconds) = COMPOUNDS.iter().find(|(one, _)| *one == first)?;
        let t = self.tok(k)?;
        if t.kind != Kind::Word || t.gap != Gap::Space {
            return None;
        }
        let word = self.t(k);
        seconds.iter().copied().find(|second| *second == word)
    }

    /// The noun counted by a number worth `value` whose words end before
    /// token `k`: Indonesian puts it first ("21 negara", "2.000 serangan
    /// udara"). English puts adjectives first and marks the plural, so
    /// the noun is the first plural within three words ("150 domestic
    /// programmes", "20 biggest-selling games"), and a number above one
    /// with no plural after it counts nothing: "his 2006 budget", "2004
    /// saw", "7,800 relocated".
    ///
    /// A capitalized word may open an English noun phrase ("three US
    /// soldiers", "5 NHS hospitals") unless `year_like` (a year followed
    /// by a name, "2014 Senate Democrats", is a year).
    fn counted_noun(&self, k: usize, value: f64, year_like: bool) -> Option<String> {
        if self.lang != Language::En {
            let mut first = self.count_noun(k)?;
            // "lima anggotanya", "tiga anaknya": the noun without its owner;
            // "… 700," katanya": a reporting verb counts nothing
            if first.len() > 6 && first.ends_with("nya") {
                first.truncate(first.len() - 3);
                #[rustfmt::skip]
                const SAID: &[&str] = &[
                    "kata", "ujar", "ungkap", "jelas", "tutur", "tambah", "imbuh", "sebut",
                    "lanjut", "papar", "terang", "tegas", "harap", "pungkas", "tandas",
                ];
                if SAID.contains(&first.as_str()) {
                    return None;
                }
            }
            // "lima kepala keluarga" counts households, not heads
            return Some(match self.indonesian_compound(&first, k + 1) {
                Some(second) => format!("{first} {second}"),
                None => first,
            });
        }
        // "500,000 U.S. troops", "three U.K. firms": past the dotted
        // country to the noun
        let initial = |at: usize| {
            self.tok(at).is_some_and(|t| t.kind == Kind::Word)
                && self.t(at).len() == 1
                && self.t(at).bytes().all(|b| b.is_ascii_uppercase())
        };
        // "13,000 more people", "300 fewer teachers": past the comparison
        let k = if (self.is_word(k, "more") || self.is_word(k, "fewer"))
            && value > 1.0
            && self.same_line(k + 1)
            && !self.is_word(k + 1, "than")
        {
            k + 1
        } else {
            k
        };
        let k = if initial(k)
            && self.is_sym(k + 1, '.')
            && self.glued(k + 1)
            && self.glued(k + 2)
            && initial(k + 2)
            && self.is_sym(k + 3, '.')
            && self.glued(k + 3)
            && self.tok(k + 4).is_some_and(|t| t.gap == Gap::Space)
        {
            k + 4
        } else {
            k
        };
        let capitalized_opener = !year_like
            && value != 1.0
            && self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.gap == Gap::Space
                    && t.lex.is_empty()
                    && self.t(k).bytes().all(|b| b.is_ascii_alphabetic())
            });
        let first = match self.count_noun(k) {
            Some(word) => word,
            None if capitalized_opener => self.t(k).to_ascii_lowercase(),
            // "one last point": a word of dates ("last year") is an
            // adjective here, for `noun_after_one` to pass
            None if value == 1.0 && self.is_word(k, "last") => "last".to_string(),
            None => return None,
        };
        let mut at = k;
        for _ in 0..4 {
            let last = self.compound_end(at);
            let word = self.t(last).to_ascii_lowercase();
            if value == 1.0 {
                // "one every 36 hours", "one cannot import", "makes one
                // wonder", "the one having trouble", "one known as":
                // words that never follow a counting "one"
                const NOT_COUNTED_AFTER_ONE: &[&str] = &[
                    "every", "each", "cannot", "known", "having", "being", "wonder",
                ];
                if at == k && NOT_COUNTED_AFTER_ONE.contains(&word.as_str()) {
                    return None;
                }
                // "one knows", "one failed": a verb after the pronoun, not
                // a counted noun (a singular noun ends in -s only as
                // "-ss", "-us", "-is": "one business", "one bonus").
                if at == k && last == at && k > 0 && self.is_word(k - 1, "one") {
                    const ED_NOUNS: &[&str] = &["shred", "thread", "sled", "hundred", "bed"];
                    let verb = word.len() > 3
                        && (word.ends_with("ed")
                            && !word.ends_with("eed")
                            && !ED_NOUNS.contains(&word.as_str())
                            || word.ends_with('s')
                                && !["ss", "us", "is"].iter().any(|end| word.ends_with(end)));
                    if verb {
                        return None;
                    }
                }
                // "one thing"; "one high-profile arrest": the noun after a
                // hyphenated modifier.
                if last != at {
                    return Some(self.count_noun_shape(last + 1).unwrap_or(first));
                }
                return self.noun_after_one(k, first).filter(|noun| noun != "last");
            }
            // An acronym in capitals is not a plural ("IRS", "NHS"); "PACs" is.
            let acronym = self.t(last).bytes().all(|b| b.is_ascii_uppercase());
            if !acronym && is_english_plural(&word) {
                // "144 police officers", "400 data points", "aircraft
                // carriers": a plural that looks singular may modify the
                // plural noun after it
                const UNMARKED: &[&str] = &[
                    "police",
                    "data",
                    "aircraft",
                    "staff",
                    "media",
                    "crew",
                    "youth",
                    "personnel",
                ];
                // "18,000 Massachusetts jobs", "seven ethics violations": a
                // place's name or a noun in -ics before the plural it
                // modifies
                let plural_after = self.tok(last + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && t.gap == Gap::Space
                        && self.t(last + 1).len() > 3
                        && self.t(last + 1).bytes().all(|b| b.is_ascii_lowercase())
                        && is_english_plural(self.t(last + 1))
                        && !self.t(last + 1).ends_with("ss")
                });
                // (not the people themselves: "One in four Texans lacks")
                let capitalized = self.t(last).starts_with(|c: char| c.is_ascii_uppercase())
                    && !["ans", "ers", "ites"].iter().any(|end| word.ends_with(end));
                if plural_after && capitalized && last == at {
                    return Some(self.t(last + 1).to_ascii_lowercase());
                }
                let mut end = last;
                if plural_after && word.ends_with("ics") {
                    end = last + 1;
                }
                if UNMARKED.contains(&word.as_str())
                    && self.tok(last + 1).is_some_and(|t| {
                        t.kind == Kind::Word
                            && t.gap == Gap::Space
                            && self.t(last + 1).bytes().all(|b| b.is_ascii_lowercase())
                    })
                    && self.t(last + 1).ends_with('s')
                    && is_english_plural(self.t(last + 1))
                {
                    end = last + 1;
                }
                let span = self.text.get(self.tok(at)?.s..self.tok(end)?.e)?;
                return Some(span.to_ascii_lowercase());
            }
            if ENGLISH_STOPS.contains(&word.as_str()) {
                return None;
            }
            // Further words may be capitalized: "16,000 new IRS agents",
            // "two distinguished Americans".
            at = last + 1;
            let next_word = self.tok(at).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.gap == Gap::Space
                    && self.t(at).bytes().all(|b| b.is_ascii_alphabetic())
            });
            if !next_word {
                return None;
            }
        }
        None
    }

    /// The noun counted by an English "one" whose first word, `first`, is
    /// at `k`: past adjectives ("one single instance", "one new job", "one
    /// critical point in …") to the noun, and none after an adverb or a
    /// preposition ("the only one fully funded", "one against the other").
    /// An adjective is passed only when a noun follows it, so "one
    /// official said" and "one representative who" count themselves.
    fn noun_after_one(&self, k: usize, first: String) -> Option<String> {
        const NOT_NOUNS: &[&str] = &[
            "against", "now", "too", "again", "ago", "later", "apart", "away", "back", "still",
            "else", "either", "fully", "already", "alone", "instead",
        ];
        const ADJECTIVES: &[&str] = &[
            "single",
            "new",
            "old",
            "major",
            "minor",
            "final",
            "tiny",
            "big",
            "small",
            "large",
            "little",
            "top",
            "black",
            "white",
            "male",
            "female",
            "joint",
            "private",
            "public",
            "key",
            "main",
            "last",
            "extra",
            "whole",
            "full",
            "good",
            "bad",
            "great",
            "huge",
            "real",
            "true",
            "simple",
            "specific",
            "particular",
            "certain",
            "serious",
            "common",
            "senior",
            "junior",
            "former",
            "current",
            "recent",
            "early",
            "late",
            "high",
            "low",
            "long",
            "short",
            "young",
            "entire",
            "separate",
            "different",
            "previous",
            "typical",
            "average",
            "lone",
            "sole",
            "tough",
            "hard",
            "easy",
            "important",
            "significant",
        ];
        let adverb = |w: &str| {
            w.len() > 5
                && ["ally", "ously", "ively", "ently", "antly", "ately", "arly"]
                    .iter()
                    .any(|end| w.ends_with(end))
        };
        let adjective = |w: &str| {
            ADJECTIVES.contains(&w)
                || (w.len() > 5
                    && ["al", "ive", "ous", "ful", "ic", "able", "ible"]
                        .iter()
                        .any(|end| w.ends_with(end)))
        };
        // A noun may follow: not a verb's shape ("one man sacrificed", "one
        // person dies"), nor a word above.
        let noun_at = |at: usize| {
            // "point", a stop word before numbers, is a noun here
            let t = self.tok(at)?;
            let word = self.t(at);
            let plain = t.kind == Kind::Word
                && t.gap == Gap::Space
                && (!t.lex.contains(&W::Stop) || word == "point")
                && word.len() >= 2
                && word.bytes().all(|b| b.is_ascii_lowercase());
            plain.then(|| word.to_string()).filter(|w| {
                let verb = w.len() > 3
                    && (w.ends_with("ed") && !w.ends_with("eed")
                        || w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e)));
                !verb && !NOT_NOUNS.contains(&w.as_str()) && !adverb(w)
            })
        };
        if NOT_NOUNS.contains(&first.as_str()) || adverb(&first) {
            return None;
        }
        let mut noun = first;
        let mut at = k;
        for _ in 0..2 {
            if !adjective(&noun) {
                break;
            }
            match noun_at(at + 1) {
                Some(next) => {
                    noun = next;
                    at += 1;
                }
                None => break,
            }
        }
        Some(noun)
    }

    /// An English singular noun glued by a hyphen after the number, with
    /// the noun it describes after it: "-member panel", "-nation bloc",
    /// "-ship navy", "-page report". Returns the noun and the token after
    /// it. Adjectives and fractions stay out: "-odd", "-fold", "-plus",
    /// "-sided", "two-thirds", "one-on-one", "two-time champion".
    fn hyphen_noun(&self, k: usize) -> Option<(String, usize)> {
        const NOT_NOUNS: &[&str] = &[
            "odd",
            "some",
            "fold",
            "plus",
            "ish",
            "something",
            "ever",
            "way",
            "time",
            "to",
            "on",
            "in",
            "and",
            "or",
            "nil",
            "all",
            "digit",
            "half",
            "third",
            "quarter",
            "fifth",
            "one",
        ];
        if self.lang != Language::En || !self.is_sym(k, '-') || !self.glued(k) || !self.glued(k + 1)
        {
            return None;
        }
        let word = self.tok(k + 1)?;
        let noun = self.t(k + 1);
        let after = self.tok(k + 2)?;
        let is_noun = word.kind == Kind::Word
            && word.lex.is_empty()
            && noun.len() >= 3
            && noun.bytes().all(|b| b.is_ascii_lowercase())
            && !noun.ends_with("ed")
            && !is_english_plural(noun)
            && !NOT_NOUNS.contains(&noun)
            // "a 5-dollar bill" is money ("a 5-pound bag" may be a weight)
            && units::suffix_at(self.text, self.toks, k + 1)
                .is_none_or(|(sfx, _)| sfx.is_pound_word());
        let described = after.kind == Kind::Word && after.gap == Gap::Space;
        (is_noun && described).then(|| (noun.to_string(), k + 2))
    }

    /// The last word of a hyphenated compound starting at word `k`
    /// ("free-to-air", "pay-TV", "biggest-selling"), or `k` itself.
    fn compound_end(&self, k: usize) -> usize {
        let mut last = k;
        while self.is_sym(last + 1, '-')
            && self.glued(last + 1)
            && self.glued(last + 2)
            && matches!(self.tok(last + 2), Some(t) if t.kind == Kind::Word)
        {
            last += 2;
        }
        last
    }

    /// A lower-case word at `k` as a counted noun could be, whatever its
    /// gap (the words after the first of a noun phrase).
    fn count_noun_shape(&self, k: usize) -> Option<String> {
        let t = self.tok(k)?;
        let w = self.t(k);
        (t.kind == Kind::Word && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()))
            .then(|| w.to_string())
    }
}

/// What the first decade of a list tells a later one written with two
/// digits (see `P::first_decade_of_list`).
enum DecadeList {
    /// The word before the first decade: "their" of "in their 30s, 40s".
    WordBefore(usize),
    /// The century of a first decade written with four digits: 1900 of
    /// "the 1980s, 90s".
    Century(u32),
}

/// Nouns counted in millions after a bare "3m" ("3m viewers"); without
/// one, a whole number before "m" is metres ("100m sprint").
const COUNTED_IN_MILLIONS: &[&str] = &[
    "people",
    "viewers",
    "users",
    "customers",
    "homes",
    "households",
    "jobs",
    "votes",
    "voters",
    "listeners",
    "readers",
    "subscribers",
    "passengers",
    "visitors",
    "workers",
    "pensioners",
    "children",
    "adults",
    "residents",
    "copies",
    "shares",
    "barrels",
    "tonnes",
    "tons",
    "units",
    "cars",
    "vehicles",
    "tickets",
    "members",
    "patients",
    "cases",
    "calls",
    "downloads",
    "fans",
    "deaths",
    "refugees",
    "migrants",
    "immigrants",
    "students",
    "pupils",
    "taxpayers",
    "families",
    "consumers",
    "buyers",
    "claimants",
    "jobless",
    "unemployed",
    "borrowers",
    "savers",
    "motorists",
    "smokers",
    "women",
    "men",
    "americans",
    "britons",
];

/// Things with a size, after which a decimal before "m" is metres: "a
/// 2.5m wall", "a 6.5m drop" (a sum would be "a £2.5m wall").
const MEASURED_THINGS: &[&str] = &[
    "wall", "walls", "fence", "barrier", "bridge", "tower", "statue", "wave", "waves", "drop",
    "hole", "pole", "ladder", "gap", "pool", "crater", "tunnel",
];

/// Words of athletics reports, near which a decimal before "m" is a
/// distance in metres ("the heptathlete reached 6.66m").
const ATHLETICS_WORDS: &[&str] = &[
    "heptathlon",
    "pentathlon",
    "decathlon",
    "jump",
    "jumped",
    "jumper",
    "jumps",
    "vault",
    "vaulted",
    "vaulter",
    "javelin",
    "discus",
    "hammer",
    "shot",
    "athletics",
    "leap",
    "leapt",
    "cleared",
    "throw",
    "threw",
    "thrower",
    "metres",
    "meters",
];

/// English words that end a counted noun phrase before its noun is found.
const ENGLISH_STOPS: &[&str] = &[
    "of", "in", "to", "the", "and", "or", "for", "from", "with", "at", "on", "by", "as", "than",
    "was", "were", "is", "are", "be", "been", "have", "has", "had", "will", "would", "could",
    "should", "may", "might", "who", "which", "that", "said", "says", "out", "more", "less",
];

/// Whether an English word (lower case) reads as a plural noun: a regular
/// plural in -s (not -ss, -us, -is, and not a function word or adverb
/// ending in s), or a common irregular plural.
fn is_english_plural(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people",
        "children",
        "men",
        "women",
        "police",
        "staff",
        "personnel",
        "cattle",
        "aircraft",
        "sheep",
        "fish",
        "livestock",
        "feet",
        "teeth",
        "mice",
        "geese",
        "criteria",
        "data",
        "media",
        "bacteria",
        "offspring",
        "deer",
        "crew",
        "militia",
        "youth",
    ];
    const NOT_PLURAL: &[&str] = &[
        // places: "one in five Texas children"
        "texas",
        "kansas",
        "arkansas",
        "illinois",
        "paris",
        "was",
        "has",
        "his",
        "its",
        "this",
        "as",
        "yes",
        "always",
        "perhaps",
        "sometimes",
        "besides",
        "towards",
        "afterwards",
        "whereas",
        "news",
        "series",
        "species",
        "means",
        "less",
        "unless",
        "plus",
        "thus",
        "versus",
        "across",
        "various",
        "previous",
        "famous",
        "serious",
        "numerous",
        "does",
        "goes",
        "says",
        "gets",
        "makes",
        "takes",
        "comes",
        "sees",
    ];
    if IRREGULAR.contains(&word) {
        return true;
    }
    // "servicemen", "firemen", "congressmen" (not "specimen", "abdomen")
    if word.len() > 4 && word.ends_with("men") && !word.ends_with("imen") && !word.ends_with("omen")
    {
        return true;
    }
    word.len() >= 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !NOT_PLURAL.contains(&word)
}

fn smaller(u: &str) -> &'static str {
    match u {
        "century" => "year",
        "decade" => "year",
        "year" => "month",
        "quarter" => "month",
        "month" => "day",
        "week" => "day",
        "day" => "hour",
        "hour" => "minute",
        _ => "second",
    }
}

/// The unit of an English plural of time ("months" → "month").
fn english_duration(noun: &str) -> Option<&'static str> {
    let singular = noun.strip_suffix('s')?;
    let singular = if singular == "centurie" {
        "century"
    } else {
        singular
    };
    leak_unit(singular)
}

fn leak_unit(u: &str) -> Option<&'static str> {
    [
        "second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century",
    ]
    .into_iter()
    .find(|x| *x == u)
}

fn ymd(y: u32, m: u32, d: u32) -> f64 {
    f64::from(y * 10000 + m * 100 + d)
}

fn is_currency_word(w: &str) -> bool {
    [
        "Rp", "RP", "IDR", "USD", "US", "EUR", "GBP", "JPY", "RM", "MYR", "SGD", "CNY", "CAD",
        "CHF", "UAH", "INR", "Rs", "AUD", "S", "A", "HK", "KWD", "QAR", "SAR", "BGN", "ILS", "MNT",
        "EGP", "LBP",
    ]
    .contains(&w)
}

/// Words that cue an identifier ("UU No. 11", "Pasal 27"); matched exactly.
const ID_CUES: &[&str] = &[
    "UU",
    "Undang",
    "No",
    "Nomor",
    // "Perkara nomor 178-PKE-DKPP/VII/2025"
    "nomor",
    "Nomer",
    "Pasal",
    "ayat",
    "Perpres",
    "Perppu",
    "PP",
    "Permen",
    "Keppres",
    "Inpres",
    "Perda",
    "Komisi",
    "Article",
    "Section",
    "Resolution",
    // Ballot measures and bills: "if Prop. 57 passes", "Amendment 2",
    // "Senate Bill 5", "HB 56".
    "Prop",
    "Proposition",
    "Propositions",
    "Amendment",
    "Amendments",
    "Measure",
    "Initiative",
    "Bill",
    "HB",
    "SB",
    "HR",
    "Chapter",
    "Perkap",
    "Perma",
    "SK",
    "Kepmen",
    // Neighbourhood units of an address: "RT 09/02", "RW 05".
    "RT",
    "RW",
    // A candidate's ballot number: "nomor urut 02".
    "urut",
];

fn is_id_cue(w: &str) -> bool {
    ID_CUES.contains(&w)
}

/// Words without a lexicon role at which a rule of [`P::special`] or
/// [`P::quantity`] can still begin: cues of clock times, days, dates and
/// years, digit idioms, "twice", "ke-3", identifier cues and the first
/// words of currencies written before the number. A word that has no
/// lexicon role, is not listed here and is not glued to the next token
/// starts nothing, so the parser skips it without trying any rule
/// (`parse_region`'s gate; a test checks that the gate changes no result).
pub(crate) fn start_words() -> impl Iterator<Item = &'static str> {
    const CUES: &[&str] = &[
        "pukul",
        "pkl",
        "jam",
        "pada",
        "on",
        "last",
        "past",
        "fiscal",
        "FY",
        "TA",
        "christmas",
        "thanksgiving",
        "new",
        "natal",
        "nataru",
        "hut",
        "malam",
        "next",
        "hari",
        "tanggal",
        "per",
        "tahun",
        "in",
        "sejak",
        "since",
        "sepanjang",
        "during",
        "satu",
        "single",
        // "several hundred", "beberapa ratus"
        "several",
        "beberapa",
        "dua",
        "double",
        "tiga",
        "triple",
        "twice",
        "ke",
        "kuartal",
        "triwulan",
        "semester",
        "paruh",
        // "this year" (the other words of relative dates are `dates`'s
        // triggers, chained below)
        "this",
        // "H.B. 194", "H.R. 3590" ("S" and "A" start other rules already)
        "H",
        // "SARS-CoV-2": the virus's name starts before its number
        "SARS",
        "Sars",
        "sars",
    ];
    CUES.iter()
        .chain(crate::dates::TRIGGERS_ID)
        .chain(crate::dates::TRIGGERS_EN)
        .chain(ID_CUES)
        .copied()
        .chain(units::prefix_currency_first_words())
}

/// Parses all quantities in the tokens of one region.
pub(crate) fn parse_region(text: &str, toks: &[Tok], lang: Language, out: &mut Vec<Quantity>) {
    parse_region_gated(text, toks, lang, out, true);
}

/// English verbs (and "up", "down") of a change, before "from X to Y".
const CHANGES: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "increased",
    "increase",
    "increases",
    "increasing",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "climbed",
    "climbs",
    "jumped",
    "jumps",
    "soared",
    "surged",
    "doubled",
    "tripled",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "dropped",
    "drops",
    "declined",
    "declines",
    "decreased",
    "decreases",
    "slipped",
    "slid",
    "plunged",
    "plummeted",
    "shrank",
    "shrunk",
    "raised",
    "reduced",
    "lowered",
    "slashed",
    "boosted",
    "went",
    "gone",
    "moved",
    "up",
    "down",
    "expanded",
    "improved",
    "changed",
    "swelled",
    "ballooned",
    "spiked",
    "tumbled",
    "sank",
];

/// Words after "N times" that make it a ratio, not a count of occurrences.
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "as", "the", "higher", "lower", "larger", "bigger", "greater",
    "smaller", "faster", "slower", "likelier", "cheaper", "dearer", "over", "what", "longer",
    "shorter", "worse", "better", "older", "younger", "wider", "deeper", "richer", "poorer",
    "deadlier", "stronger", "weaker", "costlier", "safer", "above", "below",
];

/// Can `rest` be the text of a list item: a capital, a quote, or a web
/// address ("[3]. https://…" in a list of references)?
fn opens_item(rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"'))
        || rest.starts_with("http")
        || rest.starts_with("www.")
}

/// Whether `before` (the text before a token) puts the token at the start
/// of a line, spaces aside.
fn starts_line(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with(['\n', '\r'])
}

/// `v` as the whole number it is meant to be when binary floating point
/// missed it by a rounding error: "Rp 533,30 miliar" is 533.3 × 10⁹, which
/// multiplies out to 533299999999.99994, and "4,03 ribu" to
/// 4030.0000000000005. Within one part in 10¹⁵ of a whole number means
/// noise; a number written with more significant digits than that cannot
/// be told apart in an `f64` anyway.
fn without_float_noise(v: f64) -> f64 {
    let whole = v.round();
    if whole != v && (v - whole).abs() <= v.abs() * 1e-15 {
        return whole;
    }
    // From 10¹⁵ up the noise is a whole unit or more: "Rp 8.560,36
    // triliun" multiplies out to 8560360000000001. Such a figure is
    // written with far fewer than 15 significant digits, so the nearest
    // 15-digit number is the one meant, when it is within two units in
    // the last place (a written 16-digit figure is further off and kept).
    if v.is_finite()
        && v.abs() >= 1e15
        && let Ok(snapped) = format!("{v:.14e}").parse::<f64>()
        && (snapped - v).abs() <= v.abs() * 4e-16
    {
        return snapped;
    }
    v
}

/// Applies `f` to a quantity's value, low and high, those it has.
fn map_values(qt: &mut Quantity, f: impl Fn(f64) -> f64) {
    for v in [&mut qt.value, &mut qt.low, &mut qt.high]
        .into_iter()
        .flatten()
    {
        *v = f(*v);
    }
}

/// Can any rule begin at token `i`? A cheap, exact pre-check. Numbers,
/// money and fraction signs, minus signs, words with a lexicon role other
/// than [`W::Stop`], the [`start_words`], and codes glued to a number
/// ("G20", "MH-17", "+62", ",5") pass; at any other token every rule fails.
#[inline]
fn can_start(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    let glued = |k: usize, f: fn(Kind) -> bool| {
        toks.get(k)
            .is_some_and(|n| n.gap == Gap::Glued && f(n.kind))
    };
    let num = |k: Kind| k == Kind::Num;
    match t.kind {
        Kind::Num => true,
        Kind::Word => {
            t.cue
                || t.lex.iter().any(|w| *w != W::Stop)
                || glued(i + 1, num)
                || (glued(i + 1, |k| k == Kind::Sym('-')) && glued(i + 2, num))
        }
        Kind::Sym('$' | '£' | '€' | '¥' | '½' | '¼' | '¾' | '-' | '−') => true,
        Kind::Sym('+' | '.' | ',') => glued(i + 1, num),
        Kind::Sym(_) => false,
    }
}

/// [`parse_region`], with the [`can_start`] gate switchable so a test can
/// show that the gate only saves work.
fn parse_region_gated(
    text: &str,
    toks: &[Tok],
    lang: Language,
    out: &mut Vec<Quantity>,
    gate: bool,
) {
    let mut p = P {
        text,
        toks,
        lang,
        floor: 0,
    };
    let mut i = 0;
    // Tokens of the last quantity found: its start and its end.
    let mut last: Option<(usize, usize)> = None;
    // Token spans of the quantities found in this region, in order (the
    // last ones are `out`'s last ones), for lists that share a unit.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    while i < toks.len() {
        if (gate && !can_start(toks, i)) || !p.may_start(i) {
            i += 1;
            continue;
        }
        if let Some(e) = p
            .compound_adjective(i)
            .or_else(|| p.indonesian_idiom(i))
            .or_else(|| p.half_of_a_whole(i))
            .or_else(|| p.measure_in_a_name(i))
        {
            i = e;
            p.floor = e;
            continue;
        }
        let found = p.special(i).or_else(|| p.quantity(i));
        match found {
            Some((mut qt, mut e)) if e > i => {
                // "Rp 533,30 miliar" is 533.3 billion, not a rounding
                // error short of it
                map_values(&mut qt, without_float_noise);
                // the token the quantity starts at: the count's, once merged
                let mut first = i;
                // the quantity before and the token it ends at
                let before = out.last().zip(spans.last().map(|&(_, to)| to));
                let joined = before.is_some_and(|before| {
                    p.multiplied(before, &mut qt, i)
                        || p.share_of_one_percent(before, &mut qt, i)
                        || p.rate_per_population(before, &mut qt, i)
                        || p.feet_and_inches(before, &mut qt, i, e)
                });
                if joined {
                    out.pop();
                    first = spans.pop().map_or(i, |(s, _)| s);
                } else if let Some(last) = last {
                    p.period_after_amount(last, out.last(), &mut qt, i);
                    p.unit_from_change(last, out.last(), &mut qt, i);
                    if p.unit_for_both(&spans, out.last_mut(), &qt, i, e) {
                        p.unit_for_list(&spans, out, &qt, i, e);
                        // "built up over 20 or 30 years": the first is a
                        // length of time now
                        if let Some(before) = out.last_mut() {
                            p.period_of_a_clause(before, last.0);
                        }
                    }
                    p.hedge_for_both(last, out.last(), &mut qt, i);
                }
                p.period_of_a_clause(&mut qt, i);
                if let Some(end) = p.cents_on_the_dollar(&mut qt, e) {
                    e = end;
                }
                // After the list rules: in "ten, fifteen or twenty years
                // ago" the first two are lengths of time.
                if let Some((date, end)) =
                    p.ago_date(&qt, i, e).or_else(|| p.recent_date(&qt, i, e))
                {
                    (qt, e) = (date, end);
                } else if let Some(prev) = last
                    && p.unit_or_count(prev, out.last_mut(), &qt, i, e)
                {
                    // "a week or two": the period became a range to `e`
                    let widened = (prev.0, e);
                    spans.pop();
                    spans.push(widened);
                    last = Some(widened);
                    i = e;
                    p.floor = e;
                    continue;
                } else if let Some(last) = last
                    && p.rate_after_amount(last, out.last(), &qt, i)
                {
                    // "$51,000 a year or less": the hedge after the rate
                    // bounds the amount
                    if let Some(amount) = out.last_mut()
                        && amount.approx.is_none()
                    {
                        amount.approx = qt.approx;
                    }
                    i = e;
                    p.floor = e;
                    continue;
                }
                if let Some(prev) = last {
                    p.identifier_listed(prev, out.last(), &mut qt, i, e);
                }
                out.push(qt);
                last = Some((first, e));
                spans.push((first, e));
                i = e;
                p.floor = e;
            }
            _ => i += 1,
        }
    }
}

/// Words after a quantity and "lebih" that make it a comparison ("10
/// tahun lebih muda", "Rp 5 juta lebih dari tahun lalu"), not a hedge
/// ("8.000 lebih penerima").
const COMPARED_AFTER_LEBIH: &[&str] = &[
    "dari",
    "daripada",
    "tinggi",
    "rendah",
    "besar",
    "kecil",
    "banyak",
    "sedikit",
    "murah",
    "mahal",
    "cepat",
    "lambat",
    "baik",
    "buruk",
    "muda",
    "tua",
    "lama",
    "panjang",
    "pendek",
    "luas",
    "berat",
    "ringan",
    "kuat",
    "lemah",
    "awal",
    "dulu",
    "dahulu",
    "lanjut",
    "jauh",
    "dekat",
    "mudah",
    "sulit",
    "susah",
    "penting",
    "tepat",
    "efektif",
    "efisien",
    "aman",
    "parah",
    "lebar",
    "sempit",
    "dalam",
    "tebal",
    "tipis",
    "kaya",
    "miskin",
    "maju",
    "unggul",
    "lengkap",
    "sering",
    "jarang",
    "jelas",
    "ketat",
    "cermat",
    "giat",
    "serius",
    "baru",
    "hemat",
    "sehat",
    "produktif",
    "kompetitif",
    "transparan",
    "optimal",
    "dini",
    "besarnya",
    "tingginya",
    "banyaknya",
    "kecilnya",
    "lagi",
    "singkat",
    "panas",
    "dingin",
    "ramai",
    "padat",
    "stabil",
    "rentan",
    "tajam",
    "signifikan",
    "pesat",
    "kompleks",
    "sederhana",
    "akurat",
    "realistis",
    "ideal",
    "layak",
    "longgar",
    "cerah",
    "gelap",
    "sepi",
];

/// Indonesian words that are never a counted noun: helpers of verbs,
/// prepositions, conjunctions, demonstratives and "kali" ("kedua kalinya",
/// "33 Telah Beroperasi", "ketiga yang").
const INDONESIAN_FUNCTION_WORDS: &[&str] = &[
    "kali", "kalinya", "yang", "dari", "setelah", "sebelum", "oleh", "untuk", "di", "ke", "pada",
    "dengan", "adalah", "ialah", "ini", "itu", "tersebut", "dan", "atau", "juga", "akan", "sudah",
    "telah", "belum", "masih", "sedang", "tidak", "bagi", "dalam", "sebagai", "kemudian", "lalu",
    "pun", "sama",
];

/// Whether a lower-cased Indonesian word looks like a verb or a
/// superlative by its prefix (me-, di-, ber-, ter-: "mewujudkan",
/// "ditahan", "beroperasi", "terbesar"), unless it is one of the nouns
/// that open the same way ("menteri", "direktur", "tersangka").
fn indonesian_verb_like(word: &str) -> bool {
    const PREFIXED_NOUNS: &[&str] = &[
        "menteri",
        "media",
        "meja",
        "merek",
        "metode",
        "mesin",
        "menara",
        "dinas",
        "direktur",
        "direksi",
        "distrik",
        "divisi",
        "diplomat",
        "tersangka",
        "terdakwa",
        "terpidana",
        "terlapor",
        "tergugat",
        "terduga",
        "tertuduh",
        "berkas",
        "beras",
        "berita",
    ];
    word.len() > 5
        && ["me", "di", "ber", "ter"]
            .iter()
            .any(|p| word.starts_with(p))
        && !PREFIXED_NOUNS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens;
    use proptest::prelude::*;

    /// Parses `text` with and without the [`can_start`] gate; both must agree.
    fn gate_changes_nothing(text: &str) {
        for lang in [Language::Id, Language::En] {
            let mut toks = Vec::new();
            tokens::tokenize(text, 0, text.len(), lang, &mut toks);
            let (mut gated, mut full) = (Vec::new(), Vec::new());
            parse_region_gated(text, &toks, lang, &mut gated, true);
            parse_region_gated(text, &toks, lang, &mut full, false);
            assert_eq!(gated, full, "{lang:?}: {text:?}");
        }
    }

    #[test]
    fn gate_changes_nothing_on_the_duckling_suites() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/numerals");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{dir}: {e}")).path();
            if path.extension().is_some_and(|x| x == "tsv") {
                let body = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                for row in body.lines().skip(1) {
                    gate_changes_nothing(row.split('\t').next().unwrap_or(""));
                    n += 1;
                }
            }
        }
        assert!(n > 500, "only {n} rows read from {dir}");
    }

    /// Words from every rule's vocabulary, plus plain words and punctuation.
    fn piece() -> impl Strategy<Value = String> {
        let mut words: Vec<&'static str> = start_words().collect();
        words.extend(crate::hedges::HEDGES.iter().flat_map(|(p, _)| p.split(' ')));
        words.extend(crate::hedges::RANGE_OPENERS);
        words.extend(units::SUFFIXES.iter().flat_map(|s| s.pieces.split(' ')));
        words.extend([
            "satu",
            "dua",
            "puluh",
            "ribu",
            "juta",
            "ribuan",
            "Januari",
            "Maret",
            "Rabu",
            "pagi",
            "one",
            "twenty",
            "hundred",
            "thousand",
            "a",
            "an",
            "and",
            "of",
            "March",
            "Tuesday",
            "half",
            "dozen",
            "point",
            "koma",
            "ke",
            "digit",
            "figure",
            "kali",
            "lipat",
            "dari",
            "zero",
            "below",
            "more",
            "lagi",
            "WIB",
            "pm",
            "st",
            "th",
            "No",
            "UU",
            "berbulan",
            "bulan",
            "orang",
            "negara",
            "Kota",
            "the",
            "people",
            "COVID",
            "G",
            "H",
            "N",
            "x",
            // the sixteenth round's words
            "no",
            "sejak",
            "since",
            "pada",
            "periode",
            "tahun",
            "through",
            "hingga",
            "quarter",
            "grand",
            "square",
            "foot",
            "some",
            "their",
            "usia",
            "era",
            "fifteenth",
            "twenty",
            "first",
            "May",
            "Agustus",
            "akan",
            "will",
            "said",
            "kata",
            // the seventeenth round's words
            "odds",
            "margin",
            "by",
            "rasio",
            "menang",
            "B",
            "R",
            "S",
            "Covid",
            "SARS",
            "CoV",
            "factor",
            "gallon",
            "magnitudo",
            "magnitude",
            "M",
            "SR",
            "jam",
            "lalu",
            "mendatang",
            "last",
            "next",
            "Juli",
            "Day",
            // the eighteenth round's words
            "voted",
            "beat",
            "kalah",
            "decision",
            "to",
            "percent",
            "doubled",
            "double",
            "will",
            "down",
            // the nineteenth round's
            "dan",
            "&",
            "Sept",
            "s",
            "an",
            "first",
            "months",
            "bulan",
            "pertama",
            "terakhir",
            "year",
            "perlima",
            "sepersepuluh",
            "triwulan",
            "quarters",
            "pounds",
            "weighs",
            "Mile",
            "Island",
            "one",
            "only",
            "another",
            "per",
            "several",
            "beberapa",
            "kali",
            "twice",
            "over",
            "sejak",
            "since",
            "cents",
            "dollar",
            "every",
            "trillions",
            "plus",
            "from",
            "now",
            "lagi",
            "about",
            "talk",
            "mdpl",
        ]);
        let words: Vec<String> = words
            .into_iter()
            .map(|w| w.trim_start_matches('=').to_string())
            .collect();
        prop_oneof![
            3 => proptest::sample::select(words),
            2 => "[0-9]{1,4}",
            1 => "[0-9]{1,3}([.,][0-9]{3}){0,2}([.,][0-9]{1,2})?",
            2 => proptest::sample::select(vec![
                " ", " ", " ", "", "-", "/", ".", ",", ":", "(", ")", "+", "\n", "“", "”", "\"",
                "$", "£", "½", "−", "–", "'",
            ])
            .prop_map(str::to_string),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn gate_changes_nothing_on_random_phrases(
            pieces in proptest::collection::vec((piece(), proptest::bool::weighted(0.7)), 1..14)
        ) {
            let mut text = String::new();
            for (p, space) in pieces {
                text.push_str(&p);
                if space {
                    text.push(' ');
                }
            }
            gate_changes_nothing(&text);
        }
    }
}
