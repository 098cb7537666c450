//! Units, currencies, percent and duration words, as token phrases.
//!
//! A phrase is a list of pieces separated by spaces; each piece matches one
//! token, case-insensitively (a piece written `=x` must match exactly).
//! Units are normalized to one symbol each: `km2` for km², "kilometer
//! persegi" and "square kilometres"; money to its ISO 4217 code. Currency
//! names that several countries share ("dinar", "riyal", "rial") and "cent"
//! keep that lowercase name, since no single code is right.

use std::sync::OnceLock;

use crate::Category;
use crate::table::WordTable;
use crate::tokens::{Gap, Kind, Tok};

/// One suffix phrase: what follows a number.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Suffix {
    pub pieces: &'static str,
    pub cat: Category,
    pub unit: &'static str,
}

impl Suffix {
    /// "pound" or "pounds": sterling or a weight, which a number joined by
    /// a hyphen leaves open ("a 5-pound bag").
    pub(crate) fn is_pound_word(&self) -> bool {
        matches!(self.pieces, "pound" | "pounds")
    }

    /// "pounds" read as a weight ("weighs 80 pounds").
    pub(crate) fn pounds_of_weight() -> Suffix {
        s("pounds", Category::Measure, "lb")
    }
}

const fn s(pieces: &'static str, cat: Category, unit: &'static str) -> Suffix {
    Suffix { pieces, cat, unit }
}

use Category::{Duration as D, Measure as Me, Money as Mo, Percent as P, PercentagePoint as PP};

/// Everything that can follow a number and name what it measures.
pub(crate) const SUFFIXES: &[Suffix] = &[
    s("%", P, "%"),
    s("persen", P, "%"),
    s("percent", P, "%"),
    s("per cent", P, "%"),
    s("pct", P, "%"),
    s("prosen", P, "%"),
    s("poin persentase", PP, "pp"),
    s("persentase poin", PP, "pp"),
    s("percentage points", PP, "pp"),
    s("percentage point", PP, "pp"),
    s("pp", PP, "pp"),
    s("ppt", PP, "pp"),
    s("basis poin", PP, "bps"),
    s("basis points", PP, "bps"),
    s("basis point", PP, "bps"),
    s("bps", PP, "bps"),
    s("bp", PP, "bps"),
    // an index's or a currency's points: "melemah 54,50 poin", "fell 120
    // points" (percentage points above are longer and win)
    s("poin", Me, "points"),
    s("points", Me, "points"),
    // money
    s("rupiah", Mo, "IDR"),
    s("=Rp", Mo, "IDR"),
    s("IDR", Mo, "IDR"),
    s("dolar AS", Mo, "USD"),
    s("dollar AS", Mo, "USD"),
    s("dolar Amerika Serikat", Mo, "USD"),
    s("dolar Amerika", Mo, "USD"),
    s("US dollars", Mo, "USD"),
    s("US dollar", Mo, "USD"),
    s("dolar Singapura", Mo, "SGD"),
    s("dolar Australia", Mo, "AUD"),
    s("dolar", Mo, "USD"),
    s("dollars", Mo, "USD"),
    s("dollar", Mo, "USD"),
    s("bucks", Mo, "USD"),
    s("US $", Mo, "USD"),
    s("USD", Mo, "USD"),
    s("$", Mo, "USD"),
    s("€ ur", Mo, "EUR"),
    s("€", Mo, "EUR"),
    s("euros", Mo, "EUR"),
    s("euro", Mo, "EUR"),
    s("EUR", Mo, "EUR"),
    s("pound sterling", Mo, "GBP"),
    s("pounds sterling", Mo, "GBP"),
    s("poundsterling", Mo, "GBP"),
    s("sterling", Mo, "GBP"),
    s("GBP", Mo, "GBP"),
    s("£", Mo, "GBP"),
    s("lebanese pounds", Mo, "LBP"),
    s("lebanese pound", Mo, "LBP"),
    s("LBP", Mo, "LBP"),
    s("egyptian pounds", Mo, "EGP"),
    s("egyptian pound", Mo, "EGP"),
    s("egyptianpound", Mo, "EGP"),
    s("EGP", Mo, "EGP"),
    s("l . e .", Mo, "EGP"),
    s("l . e", Mo, "EGP"),
    s("le", Mo, "EGP"),
    s("geneh", Mo, "EGP"),
    s("genihat masriya", Mo, "EGP"),
    s("pounds", Mo, "GBP"),
    s("pound", Mo, "GBP"),
    s("yen", Mo, "JPY"),
    s("¥ .", Mo, "JPY"),
    s("¥", Mo, "JPY"),
    s("JPY", Mo, "JPY"),
    s("yuan", Mo, "CNY"),
    s("renminbi", Mo, "CNY"),
    s("CNY", Mo, "CNY"),
    s("malaysian ringgits", Mo, "MYR"),
    s("malaysian ringgit", Mo, "MYR"),
    s("malaysia ringgits", Mo, "MYR"),
    s("malaysia ringgit", Mo, "MYR"),
    s("ringgits", Mo, "MYR"),
    s("ringgit", Mo, "MYR"),
    s("=RM", Mo, "MYR"),
    s("MYR", Mo, "MYR"),
    s("SGD", Mo, "SGD"),
    s("AUD", Mo, "AUD"),
    s("CAD", Mo, "CAD"),
    s("CHF", Mo, "CHF"),
    s("rupees", Mo, "INR"),
    s("rupee", Mo, "INR"),
    s("=Rs", Mo, "INR"),
    s("INR", Mo, "INR"),
    s("kuwaiti dinars", Mo, "KWD"),
    s("kuwaiti dinar", Mo, "KWD"),
    s("KWD", Mo, "KWD"),
    s("qatari riyals", Mo, "QAR"),
    s("qatari riyal", Mo, "QAR"),
    s("QAR", Mo, "QAR"),
    s("saudi riyals", Mo, "SAR"),
    s("saudi riyal", Mo, "SAR"),
    s("saudiriyal", Mo, "SAR"),
    s("SAR", Mo, "SAR"),
    s("BGN", Mo, "BGN"),
    s("shekels", Mo, "ILS"),
    s("shekel", Mo, "ILS"),
    s("ILS", Mo, "ILS"),
    s("tugriks", Mo, "MNT"),
    s("tugrik", Mo, "MNT"),
    s("MNT", Mo, "MNT"),
    s("UAH", Mo, "UAH"),
    s("hryvnia", Mo, "UAH"),
    s("baht", Mo, "THB"),
    s("south african rand", Mo, "ZAR"),
    s("=rand", Mo, "ZAR"),
    s("ZAR", Mo, "ZAR"),
    s("won Korea", Mo, "KRW"),
    s("dinars", Mo, "dinar"),
    s("dinar", Mo, "dinar"),
    s("riyals", Mo, "riyal"),
    s("riyal", Mo, "riyal"),
    s("rials", Mo, "rial"),
    s("rial", Mo, "rial"),
    s("cents", Mo, "cent"),
    s("cent", Mo, "cent"),
    s("pennies", Mo, "cent"),
    s("penny", Mo, "cent"),
    s("pence", Mo, "cent"),
    s("sen", Mo, "cent"),
    s("=c", Mo, "cent"),
    s("¢", Mo, "cent"),
    // area
    s("kilometer persegi", Me, "km2"),
    s("km persegi", Me, "km2"),
    s("square kilometres", Me, "km2"),
    s("square kilometers", Me, "km2"),
    s("square kilometre", Me, "km2"),
    s("square kilometer", Me, "km2"),
    s("sq km", Me, "km2"),
    s("km 2", Me, "km2"),
    s("km ²", Me, "km2"),
    s("meter persegi", Me, "m2"),
    s("square metres", Me, "m2"),
    s("square meters", Me, "m2"),
    s("=m 2", Me, "m2"),
    s("m ²", Me, "m2"),
    s("square metre", Me, "m2"),
    s("square meter", Me, "m2"),
    s("sq m", Me, "m2"),
    s("square miles", Me, "mi2"),
    s("square mile", Me, "mi2"),
    s("sq mi", Me, "mi2"),
    s("square feet", Me, "ft2"),
    s("square foot", Me, "ft2"),
    s("sq ft", Me, "ft2"),
    s("sq . ft .", Me, "ft2"),
    s("sq . ft", Me, "ft2"),
    // before a noun: "a 3,000-square-foot house", "a 500-square-mile area"
    s("square - foot", Me, "ft2"),
    s("square - feet", Me, "ft2"),
    s("square - mile", Me, "mi2"),
    s("square - metre", Me, "m2"),
    s("square - meter", Me, "m2"),
    s("square - kilometre", Me, "km2"),
    s("square - kilometer", Me, "km2"),
    s("hektare", Me, "ha"),
    s("hektar", Me, "ha"),
    s("hectares", Me, "ha"),
    s("hectare", Me, "ha"),
    s("ha", Me, "ha"),
    s("acres", Me, "acre"),
    s("acre", Me, "acre"),
    // volume
    s("meter kubik", Me, "m3"),
    s("cubic metres", Me, "m3"),
    s("cubic meters", Me, "m3"),
    s("=m 3", Me, "m3"),
    s("m ³", Me, "m3"),
    s("liters", Me, "l"),
    s("litres", Me, "l"),
    s("liter", Me, "l"),
    s("litre", Me, "l"),
    s("l", Me, "l"),
    s("milliliters", Me, "ml"),
    s("millilitres", Me, "ml"),
    s("milliliter", Me, "ml"),
    s("millilitre", Me, "ml"),
    s("mililiter", Me, "ml"),
    s("mls", Me, "ml"),
    s("ml", Me, "ml"),
    s("hectoliters", Me, "hl"),
    s("hectolitres", Me, "hl"),
    s("hectoliter", Me, "hl"),
    s("hectolitre", Me, "hl"),
    s("gallons", Me, "gal"),
    s("gallon", Me, "gal"),
    s("gals", Me, "gal"),
    s("gal", Me, "gal"),
    s("cups", Me, "cup"),
    s("cup", Me, "cup"),
    s("barel", Me, "bbl"),
    s("barrels", Me, "bbl"),
    s("barrel", Me, "bbl"),
    s("bbl", Me, "bbl"),
    // length
    s("kilometers", Me, "km"),
    s("kilometres", Me, "km"),
    s("kilometer", Me, "km"),
    s("kilometre", Me, "km"),
    s("kms", Me, "km"),
    s("km", Me, "km"),
    // metres above sea level ("meter di atas permukaan laut")
    s("mdpl", Me, "m"),
    s("meters", Me, "m"),
    s("metres", Me, "m"),
    s("meter", Me, "m"),
    s("metre", Me, "m"),
    s("=m", Me, "m"),
    s("centimeters", Me, "cm"),
    s("centimetres", Me, "cm"),
    s("centimeter", Me, "cm"),
    s("centimetre", Me, "cm"),
    s("sentimeter", Me, "cm"),
    s("cm", Me, "cm"),
    s("millimeters", Me, "mm"),
    s("millimetres", Me, "mm"),
    s("millimeter", Me, "mm"),
    s("millimetre", Me, "mm"),
    s("milimeter", Me, "mm"),
    s("mm", Me, "mm"),
    s("miles", Me, "mi"),
    s("mile", Me, "mi"),
    s("mil", Me, "mi"),
    s("mi", Me, "mi"),
    s("inches", Me, "in"),
    s("inch", Me, "in"),
    s("' '", Me, "in"),
    s("\"", Me, "in"),
    s("feet", Me, "ft"),
    s("foot", Me, "ft"),
    s("ft", Me, "ft"),
    s("'", Me, "ft"),
    s("yards", Me, "yd"),
    s("yard", Me, "yd"),
    s("yds", Me, "yd"),
    s("yd", Me, "yd"),
    s("knots", Me, "kn"),
    s("knot", Me, "kn"),
    // speed: "70 mph speed limits", "120 km/jam"
    s("mph", Me, "mph"),
    s("miles per hour", Me, "mph"),
    s("miles an hour", Me, "mph"),
    s("mile per hour", Me, "mph"),
    s("km / h", Me, "km/h"),
    s("km / jam", Me, "km/h"),
    s("km per jam", Me, "km/h"),
    s("kilometer per jam", Me, "km/h"),
    s("kph", Me, "km/h"),
    s("kmh", Me, "km/h"),
    s("kilometres per hour", Me, "km/h"),
    s("kilometers per hour", Me, "km/h"),
    s("kilometres an hour", Me, "km/h"),
    s("kilometers an hour", Me, "km/h"),
    // mass
    s("kilograms", Me, "kg"),
    s("kilogram", Me, "kg"),
    s("kilogrammes", Me, "kg"),
    s("kg", Me, "kg"),
    s("k . g .", Me, "kg"),
    s("k . gs", Me, "kg"),
    s("kuintal", Me, "q"),
    s("tonnes", Me, "ton"),
    s("tonne", Me, "ton"),
    s("tons", Me, "ton"),
    s("ton", Me, "ton"),
    s("milligrams", Me, "mg"),
    s("milligram", Me, "mg"),
    s("miligram", Me, "mg"),
    s("mg", Me, "mg"),
    s("grams", Me, "g"),
    s("gram", Me, "g"),
    s("grammes", Me, "g"),
    s("gs", Me, "g"),
    s("g .", Me, "g"),
    s("=g", Me, "g"),
    s("pounds of", Me, "lb"),
    s("pound of", Me, "lb"),
    s("lbs", Me, "lb"),
    s("lb", Me, "lb"),
    s("ounces", Me, "oz"),
    s("ounce", Me, "oz"),
    s("oz", Me, "oz"),
    // energy, power
    s("MW", Me, "MW"),
    s("GW", Me, "GW"),
    s("kW", Me, "kW"),
    s("kWh", Me, "kWh"),
    s("MWh", Me, "MWh"),
    s("GWh", Me, "GWh"),
    s("kV", Me, "kV"),
    s("kilovolt", Me, "kV"),
    s("kilovolts", Me, "kV"),
    s("MVA", Me, "MVA"),
    s("megawatt", Me, "MW"),
    s("megawatts", Me, "MW"),
    s("gigawatt", Me, "GW"),
    s("gigawatts", Me, "GW"),
    // temperature
    s("° C", Me, "°C"),
    s("° celsius", Me, "°C"),
    s("derajat celsius", Me, "°C"),
    s("derajat celcius", Me, "°C"),
    s("derajat C", Me, "°C"),
    s("degrees celsius", Me, "°C"),
    s("degree celsius", Me, "°C"),
    s("degrees C", Me, "°C"),
    s("celsius", Me, "°C"),
    s("° F", Me, "°F"),
    s("° fahrenheit", Me, "°F"),
    s("degrees fahrenheit", Me, "°F"),
    s("degrees F", Me, "°F"),
    s("fahrenheit", Me, "°F"),
    // "35C", "100F", "60W": one capital glued to the number (only then).
    s("=C", Me, "°C"),
    s("=F", Me, "°F"),
    s("=W", Me, "W"),
    s("derajat", Me, "°"),
    s("degrees", Me, "°"),
    s("degree", Me, "°"),
    s("deg .", Me, "°"),
    s("deg", Me, "°"),
    s("°", Me, "°"),
    // durations
    s("detik", D, "second"),
    s("seconds", D, "second"),
    s("second", D, "second"),
    s("secs", D, "second"),
    s("sec", D, "second"),
    s("menit", D, "minute"),
    s("minutes", D, "minute"),
    s("minute", D, "minute"),
    s("mins", D, "minute"),
    s("min", D, "minute"),
    s("jam", D, "hour"),
    s("hours", D, "hour"),
    s("hour", D, "hour"),
    s("hrs", D, "hour"),
    s("hr", D, "hour"),
    s("=h", D, "hour"),
    s("hari", D, "day"),
    s("days", D, "day"),
    s("day", D, "day"),
    s("pekan", D, "week"),
    s("minggu", D, "week"),
    s("weeks", D, "week"),
    s("week", D, "week"),
    s("bulan", D, "month"),
    s("months", D, "month"),
    s("month", D, "month"),
    s("kuartal", D, "quarter"),
    s("triwulan", D, "quarter"),
    s("quarters", D, "quarter"),
    s("tahun", D, "year"),
    s("years", D, "year"),
    s("year", D, "year"),
    s("yrs", D, "year"),
    s("dekade", D, "decade"),
    s("decades", D, "decade"),
    s("decade", D, "decade"),
    s("abad", D, "century"),
    s("centuries", D, "century"),
    s("century", D, "century"),
];

/// Currency marks written before the number ("Rp 5", "US$2", "£1.4bn").
pub(crate) const PREFIX_CURRENCIES: &[(&str, &str)] = &[
    ("=Rp .", "IDR"),
    ("=Rp", "IDR"),
    ("=RP", "IDR"),
    ("IDR", "IDR"),
    ("US $", "USD"),
    ("USD", "USD"),
    ("=S $", "SGD"),
    ("SGD", "SGD"),
    ("=A $", "AUD"),
    ("AUD", "AUD"),
    ("=HK $", "HKD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("GBP", "GBP"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("¥", "JPY"),
    ("JPY", "JPY"),
    ("=RM", "MYR"),
    ("MYR", "MYR"),
    ("CNY", "CNY"),
    ("CAD", "CAD"),
    ("CHF", "CHF"),
    ("UAH", "UAH"),
    ("=Rs .", "INR"),
    ("=Rs", "INR"),
    ("INR", "INR"),
    ("KRW", "KRW"),
    ("THB", "THB"),
    ("TWD", "TWD"),
    ("VND", "VND"),
    ("HKD", "HKD"),
    ("NZD", "NZD"),
    ("malaysian ringgits", "MYR"),
    ("malaysian ringgit", "MYR"),
    ("malaysia ringgits", "MYR"),
    ("malaysia ringgit", "MYR"),
    ("ringgit", "MYR"),
];

/// Does the token text equal this piece (`=x`: exactly; else ASCII case-insensitively)?
fn piece_eq(text: &str, tok: &Tok, piece: &str) -> bool {
    let t = &text[tok.s..tok.e];
    match piece.strip_prefix('=') {
        Some(exact) => t == exact,
        None => t.eq_ignore_ascii_case(piece),
    }
}

/// Matches a phrase at token `i`; returns the index one past its last token.
/// Pieces after the first may not be separated by a line break.
pub(crate) fn match_phrase(text: &str, toks: &[Tok], i: usize, pieces: &str) -> Option<usize> {
    let mut k = i;
    for (n, piece) in pieces.split(' ').enumerate() {
        let tok = toks.get(k)?;
        if n > 0 && tok.gap == Gap::Break {
            return None;
        }
        if !piece_eq(text, tok, piece) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// Matches a phrase that ends just before token `end` (exclusive), starting
/// no earlier than `floor`; returns its first token index.
pub(crate) fn match_phrase_before(
    text: &str,
    toks: &[Tok],
    end: usize,
    floor: usize,
    pieces: &str,
) -> Option<usize> {
    let n = pieces.split(' ').count();
    if end < floor + n {
        return None;
    }
    let start = end - n;
    match_phrase(text, toks, start, pieces)
        .filter(|&e| e == end)
        .map(|_| start)
}

fn first_key(pieces: &str) -> String {
    let first = pieces.split(' ').next().unwrap_or("");
    first.trim_start_matches('=').to_ascii_lowercase()
}

/// Groups rows by one piece (lowercased), keeping the rows' order in each group.
fn group_by_piece<T>(rows: impl IntoIterator<Item = (String, T)>) -> WordTable<Vec<T>> {
    let mut groups: Vec<(String, Vec<T>)> = Vec::new();
    for (key, row) in rows {
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(row),
            None => groups.push((key, vec![row])),
        }
    }
    WordTable::new(groups)
}

fn suffix_index() -> &'static WordTable<Vec<Suffix>> {
    static IDX: OnceLock<WordTable<Vec<Suffix>>> = OnceLock::new();
    IDX.get_or_init(|| {
        let mut rows: Vec<(String, Suffix)> = SUFFIXES
            .iter()
            .map(|sfx| (first_key(sfx.pieces), *sfx))
            .collect();
        // longest phrase first within each first word (a stable sort keeps the table's order)
        rows.sort_by_key(|(_, s)| std::cmp::Reverse(s.pieces.split(' ').count()));
        group_by_piece(rows)
    })
}

/// The longest suffix phrase at token `i`, with the index past it.
pub(crate) fn suffix_at(text: &str, toks: &[Tok], i: usize) -> Option<(Suffix, usize)> {
    let tok = toks.get(i)?;
    if tok.gap == Gap::Break || matches!(tok.kind, Kind::Num) {
        return None;
    }
    let cands = suffix_index().get(text.as_bytes().get(tok.s..tok.e)?)?;
    cands
        .iter()
        .find_map(|sfx| match_phrase(text, toks, i, sfx.pieces).map(|e| (*sfx, e)))
}

type Index<T> = WordTable<Vec<(&'static str, T)>>;

/// Rows grouped by their first (or, with `last`, last) piece; with `longest_first`
/// each group is ordered by falling piece count (stable, so ties keep the rows' order).
fn build_index<T: Copy>(
    rows: &'static [(&'static str, T)],
    last: bool,
    longest_first: bool,
) -> Index<T> {
    let mut keyed: Vec<(String, (&'static str, T))> = rows
        .iter()
        .map(|(p, v)| {
            let piece = if last {
                p.split(' ').next_back()
            } else {
                p.split(' ').next()
            }
            .unwrap_or("");
            (piece.trim_start_matches('=').to_ascii_lowercase(), (*p, *v))
        })
        .collect();
    if longest_first {
        keyed.sort_by_key(|(_, (p, _))| std::cmp::Reverse(p.split(' ').count()));
    }
    group_by_piece(keyed)
}

/// The first pieces of the currencies written before a number ("Rp", "US", "$").
pub(crate) fn prefix_currency_first_words() -> impl Iterator<Item = &'static str> {
    PREFIX_CURRENCIES
        .iter()
        .filter_map(|(p, _)| p.split(' ').next())
        .map(|w| w.trim_start_matches('='))
}

/// The currency mark starting at token `i`: its code and the index past it.
pub(crate) fn prefix_currency_at(
    text: &str,
    toks: &[Tok],
    i: usize,
) -> Option<(&'static str, usize)> {
    static IDX: OnceLock<Index<&'static str>> = OnceLock::new();
    let idx = IDX.get_or_init(|| build_index(PREFIX_CURRENCIES, false, false));
    let tok = toks.get(i)?;
    idx.get(text.as_bytes().get(tok.s..tok.e)?)?
        .iter()
        .find_map(|(p, code)| match_phrase(text, toks, i, p).map(|e| (*code, e)))
        // "A$3 billion" is Australian; in "A $3 billion deal" the "A" is
        // the article, as "us" in "give us $400 million" is the pronoun.
        .filter(|&(code, _)| {
            code != "AUD"
                || &text[tok.s..tok.e] != "A"
                || toks.get(i + 1).is_some_and(|t| t.gap == Gap::Glued)
        })
        .filter(|&(code, _)| {
            code != "USD"
                || !matches!(&text[tok.s..tok.e], "us" | "Us")
                || toks.get(i + 1).is_some_and(|t| t.gap == Gap::Glued)
        })
}

/// The hedge phrase ending just before token `end` (not before `floor`).
pub(crate) fn hedge_before(
    text: &str,
    toks: &[Tok],
    end: usize,
    floor: usize,
) -> Option<(Option<crate::Approx>, usize)> {
    static IDX: OnceLock<Index<Option<crate::Approx>>> = OnceLock::new();
    let idx = IDX.get_or_init(|| build_index(crate::hedges::HEDGES, true, true));
    let tok = toks.get(end.checked_sub(1)?)?;
    idx.get(text.as_bytes().get(tok.s..tok.e)?)?
        .iter()
        .find_map(|(p, a)| match_phrase_before(text, toks, end, floor, p).map(|s| (*a, s)))
}

/// Unit words worth a scanner cue in English ("a dollar", "an hour").
pub(crate) fn cue_words() -> Vec<&'static str> {
    SUFFIXES
        .iter()
        .map(|s| s.pieces.split(' ').next().unwrap_or(""))
        .filter(|p| {
            p.len() >= 2
                && !matches!(*p, "le" | "ha" | "pp" | "bp")
                && p.bytes().all(|b| b.is_ascii_alphabetic())
        })
        .collect()
}
