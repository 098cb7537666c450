//! Word lists: number words (Indonesian and English), vague magnitudes,
//! ordinals, months, days and the function words that are never counted nouns.
//!
//! One table per language: Indonesian words are only read in Indonesian text
//! and English ones in English text, so "Dua Lipa" is no number in English.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::Language;
use crate::table::WordTable;

/// A role a word can play.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum W {
    /// nol..sembilan.
    IdDigit(f64),
    /// se- forms: sepuluh, sebelas (level 1), seratus (2), seribu/sejuta (3).
    IdSe(f64, u8),
    /// belas (teens).
    IdBelas,
    /// puluh (tens).
    IdPuluh,
    /// ratus (hundreds).
    IdRatus,
    /// zero..nine.
    EnDigit(f64),
    /// ten..nineteen.
    EnTeen(f64),
    /// twenty..ninety.
    EnTens(f64),
    /// hundred.
    EnHundred,
    /// thousand-and-up scale words, both languages.
    Scale(f64),
    /// A fraction word that stands alone: setengah, separuh, half.
    Frac(f64),
    /// A denominator after a numerator: tiga perempat, dua pertiga.
    Denom(f64),
    /// A vague magnitude: ribuan, thousands.
    Vague(f64, f64),
    /// An ordinal word: ketiga, third.
    Ordinal(f64),
    /// koma, point: spoken decimal mark.
    Point,
    /// minus, negatif, negative.
    Minus,
    /// a, an (English "a dozen", "a hundred").
    Article,
    /// couple, pair (after "a").
    Pair,
    /// dozen: times twelve.
    Dozen,
    /// A multiple said in one word: "twice", "doubled", "tripled",
    /// "halved"; the base forms ("double", "triple") only after a modal
    /// (see `grammar::P::multiple`).
    Multiple(f64),
    /// A month, 1..12.
    Month(u8),
    /// A day of the week.
    Day,
    /// pagi, siang, morning...
    DayPart,
    /// A function word: never a counted noun.
    Stop,
    /// berbulan, bertahun...: the first half of "berbulan-bulan".
    DurVague(&'static str),
    /// setahun, sebulan, sepekan...: one of a unit of time, in one word.
    DurOne(&'static str),
    /// beribu, berjuta...: the first half of "beribu-ribu", a vague
    /// magnitude as "ribuan" is; with the word its second half repeats.
    VagueRepeated(&'static str, f64, f64),
}

/// Built once per language, then frozen into a [`WordTable`].
type Map = HashMap<String, Vec<W>>;

const ID_DIGITS: [&str; 10] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];
const EN_DIGITS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const EN_TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const EN_ORD_UNITS: [&str; 9] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
const EN_ORD_TEENS: [&str; 10] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const EN_ORD_TENS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

const ID_MONTHS: [(&str, u8); 27] = [
    ("januari", 1),
    ("jan", 1),
    ("februari", 2),
    ("feb", 2),
    ("pebruari", 2),
    ("maret", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("agustus", 8),
    ("agu", 8),
    ("agt", 8),
    ("agust", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("desember", 12),
    ("des", 12),
];
const EN_MONTHS: [(&str, u8); 24] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const ID_STOP: &[&str] = &[
    // Connectives and verbs that follow a number in a list or a clause
    // ("desil 1, 2, 3, dan 4 sesuai data …"), never what it counts.
    "sesuai",
    "menurut",
    "berdasarkan",
    "terpaksa",
    "yakni",
    "yaitu",
    "melalui",
    "tanpa",
    "sehingga",
    "agar",
    "jika",
    "bila",
    "kalau",
    "sedangkan",
    "sementara",
    "bahkan",
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "pada",
    "untuk",
    "dengan",
    "itu",
    "ini",
    "atau",
    "adalah",
    "juga",
    "tidak",
    "akan",
    "telah",
    "sudah",
    "dalam",
    "oleh",
    "sebagai",
    "karena",
    "tersebut",
    "saat",
    "lalu",
    "lebih",
    "kurang",
    "hingga",
    "sampai",
    "menjadi",
    "jadi",
    "sekitar",
    "per",
    "antara",
    "bagi",
    "para",
    "tetapi",
    "tapi",
    "namun",
    "bahwa",
    "secara",
    "serta",
    "masih",
    "hanya",
    "sejak",
    "selama",
    "setelah",
    "sebelum",
    "ketika",
    "kepada",
    "terhadap",
    "tentang",
    "seperti",
    "pun",
    "lagi",
    "belum",
    "bisa",
    "dapat",
    "harus",
    "ada",
    "mereka",
    "kami",
    "kita",
    "dia",
    "ia",
    "saja",
    "sebesar",
    "sebanyak",
    "senilai",
    "mencapai",
    "naik",
    "turun",
    "kali",
    "meningkat",
    "menurun",
    "atas",
    "bawah",
    "persen",
    "tahun",
    "bulan",
    "hari",
    "jam",
    "lipat",
    "digit",
    "koma",
    "terakhir",
    "pertama",
    "lain",
    "lainnya",
    "sebelumnya",
    "berikutnya",
    "kemudian",
    "yakni",
    "yaitu",
    "maupun",
    "bila",
    "jika",
    "kalau",
    "agar",
    "supaya",
    "sehingga",
    "nya",
    "se",
    "ayat",
    "tahap",
    "pekan",
    "minggu",
    "detik",
    "menit",
    "abad",
    "dekade",
    "kuartal",
    "triwulan",
    "semester",
];
const EN_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "than",
    "more",
    "less",
    "fewer",
    "per",
    "percent",
    "but",
    "not",
    "no",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "said",
    "says",
    "who",
    "which",
    "what",
    "when",
    "where",
    "while",
    "if",
    "into",
    "over",
    "under",
    "about",
    "up",
    "down",
    "out",
    "after",
    "before",
    "since",
    "during",
    "between",
    "among",
    "through",
    "they",
    "he",
    "she",
    "we",
    "you",
    "i",
    "times",
    "year",
    "years",
    "month",
    "months",
    "day",
    "days",
    "week",
    "weeks",
    "so",
    "then",
    "also",
    "there",
    "their",
    "other",
    "each",
    "all",
    "some",
    "such",
    "only",
    "just",
    "last",
    "next",
    "first",
    "second",
    "third",
    "percentage",
    "points",
    "point",
    "am",
    "pm",
    "m",
    "st",
    "nd",
    "rd",
    "th",
    "hours",
    "minutes",
    "seconds",
    "decades",
    "lakh",
    "crore",
];

fn add(m: &mut Map, k: &str, w: W) {
    m.entry(k.to_string()).or_default().push(w);
}

fn build(lang: Language) -> Map {
    let mut m = Map::default();
    match lang {
        Language::Id => {
            for (i, d) in ID_DIGITS.iter().enumerate() {
                add(&mut m, d, W::IdDigit(i as f64));
                if i >= 2 {
                    add(&mut m, &format!("ke{d}"), W::Ordinal(i as f64));
                }
            }
            add(&mut m, "kosong", W::IdDigit(0.0));
            add(&mut m, "pertama", W::Ordinal(1.0));
            add(&mut m, "kesatu", W::Ordinal(1.0));
            add(&mut m, "kesepuluh", W::Ordinal(10.0));
            add(&mut m, "kesebelas", W::Ordinal(11.0));
            add(&mut m, "keseratus", W::Ordinal(100.0));
            add(&mut m, "keseribu", W::Ordinal(1000.0));
            add(&mut m, "sepuluh", W::IdSe(10.0, 1));
            add(&mut m, "sebelas", W::IdSe(11.0, 1));
            add(&mut m, "seratus", W::IdSe(100.0, 2));
            add(&mut m, "seribu", W::IdSe(1e3, 3));
            add(&mut m, "sejuta", W::IdSe(1e6, 3));
            add(&mut m, "semiliar", W::IdSe(1e9, 3));
            add(&mut m, "semilyar", W::IdSe(1e9, 3));
            add(&mut m, "setriliun", W::IdSe(1e12, 3));
            add(&mut m, "belas", W::IdBelas);
            add(&mut m, "puluh", W::IdPuluh);
            add(&mut m, "ratus", W::IdRatus);
            for (k, v) in [
                ("ribu", 1e3),
                ("juta", 1e6),
                ("miliar", 1e9),
                ("milyar", 1e9),
                ("triliun", 1e12),
                ("trilyun", 1e12),
            ] {
                add(&mut m, k, W::Scale(v));
            }
            for (k, v) in [("setengah", 0.5), ("separuh", 0.5), ("seperempat", 0.25)] {
                add(&mut m, k, W::Frac(v));
            }
            add(&mut m, "sepertiga", W::Frac(1.0 / 3.0));
            add(&mut m, "perempat", W::Denom(4.0));
            add(&mut m, "pertiga", W::Denom(3.0));
            // "seperlima penduduk", "sepersepuluh anggaran", "dua perlima"
            for (one, denom, d) in [
                ("seperlima", "perlima", 5.0),
                ("seperenam", "perenam", 6.0),
                ("sepertujuh", "pertujuh", 7.0),
                ("seperdelapan", "perdelapan", 8.0),
                ("sepersembilan", "persembilan", 9.0),
                ("sepersepuluh", "persepuluh", 10.0),
            ] {
                add(&mut m, one, W::Frac(1.0 / d));
                add(&mut m, denom, W::Denom(d));
            }
            for (k, lo, hi) in [
                ("belasan", 11.0, 19.0),
                ("puluhan", 10.0, 99.0),
                ("ratusan", 100.0, 999.0),
                ("ribuan", 1e3, 9999.0),
                ("jutaan", 1e6, 1e7 - 1.0),
                ("miliaran", 1e9, 1e10 - 1.0),
                ("milyaran", 1e9, 1e10 - 1.0),
                ("triliunan", 1e12, 1e13 - 1.0),
            ] {
                add(&mut m, k, W::Vague(lo, hi));
            }
            for (k, base, lo, hi) in [
                ("berpuluh", "puluh", 10.0, 99.0),
                ("beratus", "ratus", 100.0, 999.0),
                ("beribu", "ribu", 1e3, 9999.0),
                ("berjuta", "juta", 1e6, 1e7 - 1.0),
            ] {
                add(&mut m, k, W::VagueRepeated(base, lo, hi));
            }
            add(&mut m, "koma", W::Point);
            add(&mut m, "minus", W::Minus);
            add(&mut m, "negatif", W::Minus);
            for (k, v) in ID_MONTHS {
                add(&mut m, k, W::Month(v));
            }
            for d in crate::WEEKDAYS_ID {
                add(&mut m, d, W::Day);
            }
            for p in ["pagi", "siang", "sore", "malam", "petang", "dini"] {
                add(&mut m, p, W::DayPart);
            }
            for (k, u) in [
                ("berbulan", "month"),
                ("bertahun", "year"),
                ("berhari", "day"),
                ("berminggu", "week"),
                ("berjam", "hour"),
                ("berabad", "century"),
                ("berdekade", "decade"),
                ("berpekan", "week"),
            ] {
                add(&mut m, k, W::DurVague(u));
            }
            for (k, u) in [
                ("sedetik", "second"),
                ("semenit", "minute"),
                ("sejam", "hour"),
                ("sehari", "day"),
                ("seminggu", "week"),
                ("sepekan", "week"),
                ("sebulan", "month"),
                ("setahun", "year"),
                ("sedekade", "decade"),
                ("seabad", "century"),
            ] {
                add(&mut m, k, W::DurOne(u));
            }
            for s in ID_STOP {
                add(&mut m, s, W::Stop);
            }
        }
        Language::En => {
            for (i, d) in EN_DIGITS.iter().enumerate() {
                add(&mut m, d, W::EnDigit(i as f64));
            }
            for d in ["naught", "nought", "nil"] {
                add(&mut m, d, W::EnDigit(0.0));
            }
            for (i, d) in EN_TEENS.iter().enumerate() {
                add(&mut m, d, W::EnTeen(10.0 + i as f64));
            }
            for (i, d) in EN_TENS.iter().enumerate() {
                add(&mut m, d, W::EnTens(20.0 + 10.0 * i as f64));
            }
            add(&mut m, "hundred", W::EnHundred);
            add(&mut m, "hundreds", W::Vague(100.0, 999.0));
            for (k, v) in [
                ("thousand", 1e3),
                ("million", 1e6),
                ("billion", 1e9),
                ("trillion", 1e12),
                ("lakh", 1e5),
                ("lakhs", 1e5),
                ("lac", 1e5),
                ("lkh", 1e5),
                ("lkhs", 1e5),
                ("crore", 1e7),
                ("crores", 1e7),
                ("cr", 1e7),
                ("koti", 1e7),
                ("krore", 1e7),
                ("krores", 1e7),
                ("kr", 1e7),
                ("trillions", 1e12),
                ("billions", 1e9),
                ("millions", 1e6),
                ("thousands", 1e3),
            ] {
                add(&mut m, k, W::Scale(v));
            }
            for (k, lo, hi) in [
                ("thousands", 1e3, 9999.0),
                ("millions", 1e6, 1e7 - 1.0),
                ("billions", 1e9, 1e10 - 1.0),
                ("trillions", 1e12, 1e13 - 1.0),
                ("dozens", 24.0, 99.0),
                ("scores", 40.0, 99.0),
                ("tens", 10.0, 99.0),
            ] {
                add(&mut m, k, W::Vague(lo, hi));
            }
            add(&mut m, "half", W::Frac(0.5));
            add(&mut m, "quarter", W::Denom(4.0));
            add(&mut m, "quarters", W::Denom(4.0));
            for (i, o) in EN_ORD_UNITS.iter().enumerate() {
                add(&mut m, o, W::Ordinal(1.0 + i as f64));
            }
            for (i, o) in EN_ORD_TEENS.iter().enumerate() {
                add(&mut m, o, W::Ordinal(10.0 + i as f64));
            }
            for (i, o) in EN_ORD_TENS.iter().enumerate() {
                add(&mut m, o, W::Ordinal(20.0 + 10.0 * i as f64));
            }
            for (ti, t) in EN_TENS.iter().enumerate() {
                for (ui, u) in EN_ORD_UNITS.iter().enumerate() {
                    add(
                        &mut m,
                        &format!("{t}{u}"),
                        W::Ordinal(20.0 + 10.0 * ti as f64 + 1.0 + ui as f64),
                    );
                }
            }
            add(&mut m, "hundredth", W::Ordinal(100.0));
            add(&mut m, "thousandth", W::Ordinal(1000.0));
            add(&mut m, "point", W::Point);
            add(&mut m, "minus", W::Minus);
            add(&mut m, "negative", W::Minus);
            add(&mut m, "a", W::Article);
            add(&mut m, "an", W::Article);
            add(&mut m, "couple", W::Pair);
            add(&mut m, "pair", W::Pair);
            add(&mut m, "few", W::Pair);
            add(&mut m, "dozen", W::Dozen);
            add(&mut m, "twice", W::Multiple(2.0));
            for (words, times) in [
                (["double", "doubled", "doubling", "doubles"], 2.0),
                (["triple", "tripled", "tripling", "triples"], 3.0),
                (
                    ["quadruple", "quadrupled", "quadrupling", "quadruples"],
                    4.0,
                ),
                (["halve", "halved", "halving", "halves"], 0.5),
            ] {
                for w in words {
                    add(&mut m, w, W::Multiple(times));
                }
            }
            for (k, v) in EN_MONTHS {
                add(&mut m, k, W::Month(v));
            }
            for d in crate::WEEKDAYS_EN {
                add(&mut m, d, W::Day);
            }
            for p in ["morning", "afternoon", "evening", "night"] {
                add(&mut m, p, W::DayPart);
            }
            for s in EN_STOP {
                add(&mut m, s, W::Stop);
            }
        }
    }
    m
}

/// A word's lexicon roles, and whether a grammar rule can begin at it.
pub(crate) struct Entry {
    roles: Box<[W]>,
    cue: bool,
}

fn table(lang: Language) -> &'static WordTable<Entry> {
    static ID: OnceLock<WordTable<Entry>> = OnceLock::new();
    static EN: OnceLock<WordTable<Entry>> = OnceLock::new();
    let cell = match lang {
        Language::Id => &ID,
        Language::En => &EN,
    };
    cell.get_or_init(|| {
        let mut m = build(lang);
        for w in crate::grammar::start_words() {
            m.entry(w.to_ascii_lowercase()).or_default();
        }
        let starts: Vec<String> = crate::grammar::start_words()
            .map(str::to_ascii_lowercase)
            .collect();
        WordTable::new(m.into_iter().map(|(k, roles)| {
            let cue = starts.contains(&k);
            (
                k,
                Entry {
                    roles: roles.into_boxed_slice(),
                    cue,
                },
            )
        }))
    })
}

/// The roles of an ASCII word (case-insensitive; empty when it has none),
/// and whether it is one of the grammar's start words.
#[inline]
pub(crate) fn lookup(word: &str, lang: Language) -> (&'static [W], bool) {
    match table(lang).get(word.as_bytes()) {
        Some(e) => (&e.roles[..], e.cue),
        None => (&[], false),
    }
}

/// Words that can begin a quantity without a digit: the scanner's cue list.
pub(crate) fn starter_words(lang: Language) -> Vec<String> {
    table(lang)
        .iter()
        .filter(|(_, e)| {
            e.roles.iter().any(|r| {
                !matches!(
                    r,
                    W::Stop | W::Article | W::Point | W::Denom(_) | W::DayPart
                )
            })
        })
        .map(|(k, _)| String::from_utf8_lossy(k).into_owned())
        .collect()
}
