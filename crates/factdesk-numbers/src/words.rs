//! Number words: Indonesian and English compositions over tokens.
//!
//! Both grammars read a value below one thousand, then a scale word
//! (ribu/juta/miliar/triliun; thousand/million/billion/trillion, lakh,
//! crore), and repeat with strictly falling scales: "tujuh ratus dua puluh
//! satu ribu dua belas" = 721 012. Fractions (setengah, "and a half") and
//! spoken decimals (dua koma lima, two point two) attach before the scale.

use crate::lexicon::W;
use crate::tokens::{Gap, Kind, Tok};

/// Roles of token `k`, if it exists and is on the same line as the previous one.
fn roles(toks: &[Tok], k: usize, first: bool) -> &'static [W] {
    match toks.get(k) {
        Some(t) if first || t.gap != Gap::Break => t.lex,
        _ => &[],
    }
}

fn find<T>(toks: &[Tok], k: usize, first: bool, f: impl Fn(&W) -> Option<T>) -> Option<T> {
    roles(toks, k, first).iter().find_map(f)
}

fn id_digit(toks: &[Tok], k: usize, first: bool) -> Option<f64> {
    find(toks, k, first, |w| {
        if let W::IdDigit(d) = w {
            Some(*d)
        } else {
            None
        }
    })
}
fn has(toks: &[Tok], k: usize, w: W) -> bool {
    roles(toks, k, false).contains(&w)
}
fn scale(toks: &[Tok], k: usize) -> Option<f64> {
    find(toks, k, false, |w| {
        if let W::Scale(s) = w { Some(*s) } else { None }
    })
}
fn word_is(text: &str, toks: &[Tok], k: usize, w: &str) -> bool {
    matches!(toks.get(k), Some(t) if t.kind == Kind::Word && t.gap != Gap::Break && text[t.s..t.e].eq_ignore_ascii_case(w))
}

/// An Indonesian value below 1000 at `k`.
fn id_below_1000(toks: &[Tok], k0: usize) -> Option<(f64, usize)> {
    let first = true;
    let mut k = k0;
    let mut v = 0.0;
    let mut any = false;
    if has(toks, k, W::IdSe(100.0, 2))
        || (k == k0 && roles(toks, k, first).contains(&W::IdSe(100.0, 2)))
    {
        v = 100.0;
        k += 1;
        any = true;
    } else if let Some(d) = id_digit(toks, k, k == k0)
        && d >= 1.0
        && has(toks, k + 1, W::IdRatus)
    {
        v = d * 100.0;
        k += 2;
        any = true;
    }
    let f = k == k0;
    if let Some(x) = find(toks, k, f, |w| match w {
        W::IdSe(x, 1) => Some(*x),
        _ => None,
    }) {
        return Some((v + x, k + 1));
    }
    if let Some(d) = id_digit(toks, k, f) {
        if d >= 1.0 && has(toks, k + 1, W::IdBelas) {
            return Some((v + 10.0 + d, k + 2));
        }
        if d >= 1.0 && has(toks, k + 1, W::IdPuluh) {
            let mut v = v + d * 10.0;
            let mut k = k + 2;
            if let Some(u) = id_digit(toks, k, false)
                && u >= 1.0
                && !has(toks, k + 1, W::IdBelas)
                && !has(toks, k + 1, W::IdPuluh)
                && !has(toks, k + 1, W::IdRatus)
            {
                v += u;
                k += 1;
            }
            return Some((v, k));
        }
        if !(has(toks, k + 1, W::IdRatus) || any && d == 0.0) {
            return Some((v + d, k + 1));
        }
    }
    any.then_some((v, k))
}

/// Spoken decimals after `koma`/`point`: digit words or one digit token.
fn decimals(text: &str, toks: &[Tok], k: usize, en: bool) -> Option<(f64, usize)> {
    if !has(toks, k, W::Point) {
        return None;
    }
    let mut j = k + 1;
    if let Some(t) = toks.get(j)
        && t.kind == Kind::Num
        && t.gap == Gap::Space
    {
        let raw = &text[t.s..t.e];
        if raw.bytes().all(|b| b.is_ascii_digit()) {
            let v: f64 = format!("0.{raw}").parse().ok()?;
            return Some((v, j + 1));
        }
        return None;
    }
    let mut digits = String::new();
    loop {
        let d = if en {
            find(toks, j, false, |w| {
                if let W::EnDigit(d) = w {
                    Some(*d)
                } else {
                    None
                }
            })
        } else {
            id_digit(toks, j, false)
        };
        match d {
            Some(d) => {
                digits.push(char::from(b'0' + d as u8));
                j += 1;
            }
            None => break,
        }
    }
    if digits.is_empty() {
        return None;
    }
    let v: f64 = format!("0.{digits}").parse().ok()?;
    Some((v, j))
}

/// A fraction tail: "setengah" (ID) or "and a half", "and three quarters" (EN).
fn fraction_tail(text: &str, toks: &[Tok], k: usize, en: bool) -> Option<(f64, usize)> {
    if !en {
        if word_is(text, toks, k, "setengah") {
            return Some((0.5, k + 1));
        }
        return None;
    }
    // Also hyphenated: "one-and-a-half million".
    let k = skip_hyphen(toks, k);
    if !word_is(text, toks, k, "and") {
        return None;
    }
    let mut j = skip_hyphen(toks, k + 1);
    let mut n = 1.0;
    if has(toks, j, W::Article) {
        j = skip_hyphen(toks, j + 1);
    } else if let Some(d) = find(toks, j, false, |w| {
        if let W::EnDigit(d) = w {
            Some(*d)
        } else {
            None
        }
    }) && (1.0..=9.0).contains(&d)
    {
        n = d;
        j = skip_hyphen(toks, j + 1);
    }
    let f = if word_is(text, toks, j, "half") {
        0.5
    } else if word_is(text, toks, j, "quarter") || word_is(text, toks, j, "quarters") {
        0.25
    } else if let Some((d, past)) = en_denominator(text, toks, j, n) {
        // "six and nine-tenths per cent", "two and two-thirds"
        j = past - 1;
        1.0 / d
    } else {
        return None;
    };
    j += 1;
    if word_is(text, toks, j, "of") {
        j += 1;
    }
    Some((n * f, j))
}

/// Past a hyphen glued to the words on both sides ("one-and-a-half",
/// "two-thirds"), or `k` itself.
fn skip_hyphen(toks: &[Tok], k: usize) -> usize {
    let glued = |i: usize| toks.get(i).is_some_and(|t| t.gap == Gap::Glued);
    match toks.get(k) {
        Some(t) if matches!(t.kind, Kind::Sym('-')) && glued(k) && glued(k + 1) => k + 1,
        _ => k,
    }
}

/// English denominators: "thirds" = 3. Plural after a numerator of two or
/// more, singular after one.
const EN_DENOMINATORS: &[(&str, &str, f64)] = &[
    ("half", "halves", 2.0),
    ("third", "thirds", 3.0),
    ("quarter", "quarters", 4.0),
    ("fourth", "fourths", 4.0),
    ("fifth", "fifths", 5.0),
    ("sixth", "sixths", 6.0),
    ("seventh", "sevenths", 7.0),
    ("eighth", "eighths", 8.0),
    ("ninth", "ninths", 9.0),
    ("tenth", "tenths", 10.0),
];

/// A fraction's denominator after a numerator `n` ending before `k`:
/// "two thirds", "two-thirds", "one fifth", "three quarters of". The
/// denominator and the index past it. "Quarters" needs "of" after it
/// ("three quarters" alone is a duration), and so does "half" after one
/// ("one half of"), unless a hyphen joins them ("one-quarter are").
fn en_denominator(text: &str, toks: &[Tok], k: usize, n: f64) -> Option<(f64, usize)> {
    if !(1.0..=10.0).contains(&n) || n.fract() != 0.0 {
        return None;
    }
    let j = skip_hyphen(toks, k);
    let word = toks
        .get(j)
        .filter(|t| t.kind == Kind::Word && t.gap != Gap::Break)?;
    let word = &text[word.s..word.e];
    let &(singular, _, d) = EN_DENOMINATORS
        .iter()
        .find(|(one, many, _)| word.eq_ignore_ascii_case(if n == 1.0 { one } else { many }))?;
    // "one-quarter are Floridians": the hyphen makes it a fraction anyway
    let of_next = word_is(text, toks, j + 1, "of") || j > k;
    if (singular == "quarter" || singular == "half") && !of_next {
        return None;
    }
    (n < d).then_some((d, j + 1))
}

/// "cut by a third", "fell by a quarter last year": after "by", an
/// article and a denominator ending the phrase are a fraction of what
/// changed (not "by a third party", "by a quarter of the votes" is left to
/// "of"). `k0` is the article.
fn by_a_fraction(text: &str, toks: &[Tok], k0: usize) -> Option<(f64, usize)> {
    const AFTER: &[&str] = &[
        "in", "since", "from", "over", "last", "this", "and", "or", "to", "compared", "between",
        "during", "after", "before", "while", "when", "as", "but", "on", "at", "for", "each",
        "every", "a", "per", "within",
    ];
    if !has_first(toks, k0, W::Article)
        || !k0
            .checked_sub(1)
            .is_some_and(|by| word_is(text, toks, by, "by"))
    {
        return None;
    }
    let word = toks
        .get(k0 + 1)
        .filter(|t| t.kind == Kind::Word && t.gap == Gap::Space)?;
    let word = &text[word.s..word.e];
    let &(_, _, d) = EN_DENOMINATORS
        .iter()
        .find(|(one, _, _)| word.eq_ignore_ascii_case(one))?;
    let past = k0 + 2;
    let ends = match toks.get(past) {
        None => true,
        Some(t) if t.gap == Gap::Break => true,
        Some(t) if matches!(t.kind, Kind::Sym(_)) => true,
        Some(_) => AFTER.iter().any(|w| word_is(text, toks, past, w)),
    };
    ends.then_some((1.0 / d, past))
}

/// Indonesian number words at `k0`: value and the index past them.
pub(crate) fn id_words(text: &str, toks: &[Tok], k0: usize) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut k = k0;
    let mut last_scale = f64::INFINITY;
    let mut any = false;
    loop {
        let first = k == k0;
        if let Some(x) = find(toks, k, first, |w| match w {
            W::IdSe(x, 3) => Some(*x),
            _ => None,
        }) && x < last_scale
        {
            total += x;
            last_scale = x;
            k += 1;
            any = true;
            continue;
        }
        let (mut v, mut k2) = if let Some((v, k2)) = id_below_1000(toks, k) {
            (v, k2)
        } else if let Some(f) = find(toks, k, first, |w| {
            if let W::Frac(f) = w { Some(*f) } else { None }
        }) {
            (f, k + 1)
        } else {
            break;
        };
        if let Some((d, k3)) = decimals(text, toks, k2, false) {
            v += d;
            k2 = k3;
        } else if let Some((f, k3)) = fraction_tail(text, toks, k2, false) {
            v += f;
            k2 = k3;
        } else if let Some(den) = find(toks, k2, false, |w| {
            if let W::Denom(d) = w { Some(*d) } else { None }
        }) {
            v /= den;
            k2 += 1;
        }
        k = k2;
        any = true;
        if let Some(sc) = scale(toks, k)
            && sc < last_scale
        {
            total += v * sc;
            last_scale = sc;
            k += 1;
            continue;
        }
        total += v;
        break;
    }
    any.then_some((total, k))
}

fn en_digit(toks: &[Tok], k: usize, first: bool) -> Option<f64> {
    find(toks, k, first, |w| {
        if let W::EnDigit(d) = w {
            Some(*d)
        } else {
            None
        }
    })
}

/// An English value below 100 at `k`.
fn en_below_100(toks: &[Tok], k: usize, first: bool) -> Option<(f64, usize)> {
    if let Some(t) = find(toks, k, first, |w| {
        if let W::EnTens(t) = w { Some(*t) } else { None }
    }) {
        // twenty-one, twenty—one, twenty one
        let mut j = k + 1;
        if matches!(toks.get(j), Some(tok) if matches!(tok.kind, Kind::Sym('-' | '—' | '–')) && tok.gap == Gap::Glued)
        {
            j += 1;
        }
        if let Some(u) = en_digit(toks, j, false)
            && u >= 1.0
        {
            return Some((t + u, j + 1));
        }
        return Some((t, k + 1));
    }
    if let Some(x) = find(toks, k, first, |w| {
        if let W::EnTeen(t) = w { Some(*t) } else { None }
    }) {
        return Some((x, k + 1));
    }
    en_digit(toks, k, first).map(|d| (d, k + 1))
}

/// An English value below 1000 at `k`.
fn en_below_1000(text: &str, toks: &[Tok], k: usize) -> Option<(f64, usize)> {
    let first = true;
    // "a hundred", "one hundred", "two hundred and five", and as spoken
    // transcripts write them "two-hundred", "twenty-four hundred" (2,400)
    let head = if has(toks, k + 1, W::EnHundred) && roles(toks, k, first).contains(&W::Article) {
        Some((1.0, k + 1))
    } else {
        en_below_100(toks, k, first).and_then(|(v, j)| {
            let hundred = skip_hyphen(toks, j);
            has(toks, hundred, W::EnHundred).then_some((v, hundred))
        })
    };
    if let Some((h, hundred)) = head {
        let mut j = hundred + 1;
        let mut v = h * 100.0;
        let mut jj = j;
        if word_is(text, toks, jj, "and") {
            jj += 1;
        }
        if let Some((r, j2)) = en_below_100(toks, jj, false)
            && !has(toks, j2, W::EnHundred)
        {
            v += r;
            j = j2;
        }
        return Some((v, j));
    }
    let (v, j) = en_below_100(toks, k, first)?;
    // "one twenty two" = 122: a digit word followed by a tens word.
    if j == k + 1
        && (1.0..=9.0).contains(&v)
        && en_digit(toks, k, true).is_some()
        && let Some((r, j2)) = en_below_100(toks, j, false)
        && r >= 10.0
        && find(toks, j, false, |w| {
            if let W::EnTens(t) = w { Some(*t) } else { None }
        })
        .is_some()
    {
        return Some((v * 100.0 + r, j2));
    }
    Some((v, j))
}

/// English number words at `k0`: value and the index past them.
pub(crate) fn en_words(text: &str, toks: &[Tok], k0: usize) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut k = k0;
    let mut last_scale = f64::INFINITY;
    let mut any = false;
    loop {
        let start = k;
        let (mut v, mut k2) = match en_below_1000(text, toks, k) {
            Some(x) => x,
            None => {
                // "a thousand", "a million"
                if k == k0 && has_first(toks, k, W::Article) && scale(toks, k + 1).is_some() {
                    (1.0, k + 1)
                } else if k == k0
                    && has_first(toks, k, W::Article)
                    && let Some((d, past)) = en_denominator(text, toks, k + 1, 1.0)
                    && ["of", "more", "less", "fewer"]
                        .iter()
                        .any(|w| word_is(text, toks, past, w))
                {
                    // "a third of", "a fifth of", "a third more properties"
                    // (not "a third term")
                    return Some((1.0 / d, past));
                } else if k == k0
                    && let Some(found) = by_a_fraction(text, toks, k0)
                {
                    return Some(found);
                } else {
                    break;
                }
            }
        };
        if k == k0
            && let Some((d, past)) = en_denominator(text, toks, k2, v)
        {
            // "two thirds", "two-thirds of", "one fifth"
            return Some((v / d, past));
        }
        if start != k0 && toks.get(start).is_some_and(|t| t.gap == Gap::Break) {
            break;
        }
        if let Some((d, k3)) = decimals(text, toks, k2, true) {
            v += d;
            k2 = k3;
        } else if let Some((f, k3)) = fraction_tail(text, toks, k2, true) {
            v += f;
            k2 = k3;
        }
        if has(toks, k2, W::Dozen) || word_is(text, toks, k2, "dozens") {
            v *= 12.0;
            k2 += 1;
        }
        k = k2;
        any = true;
        // "forty-thousand", "eight-million": a hyphen before the scale word
        let scale_at = skip_hyphen(toks, k);
        if let Some(sc) = scale(toks, scale_at)
            && sc < last_scale
        {
            let mut j = scale_at + 1;
            let mut sc2 = sc;
            // "three thousand millions"
            if let Some(sc_next) = scale(toks, j)
                && sc_next > sc
            {
                sc2 = sc * sc_next;
                j += 1;
            }
            total += v * sc2;
            last_scale = sc;
            k = j;
            // "a million and a half people", "a billion and a half": half
            // of the scale just read.
            if word_is(text, toks, k, "and")
                && (has(toks, k + 1, W::Article) || word_is(text, toks, k + 1, "one"))
                && word_is(text, toks, k + 2, "half")
            {
                total += sc2 / 2.0;
                k += 3;
                break;
            }
            if word_is(text, toks, k, "and") && en_below_1000(text, toks, k + 1).is_some() {
                k += 1;
            }
            continue;
        }
        total += v;
        break;
    }
    if any && k > k0 {
        // drop a dangling "and" consumed before a failed continuation
        while k > k0 && word_is(text, toks, k - 1, "and") {
            k -= 1;
        }
        Some((total, k))
    } else {
        None
    }
}

/// A year said as two pairs of words, the way transcripts write speech:
/// "nineteen sixty-one" (1961), "twenty twenty" (2020), "nineteen oh
/// five" (1905), "eighteen twelve". Only the words are read here; whether
/// they stand for a year is for the caller to judge from the words around
/// them. Returns the year and the index past its words.
pub(crate) fn en_spoken_year(text: &str, toks: &[Tok], k: usize) -> Option<(u32, usize)> {
    let century = find(toks, k, true, |w| match w {
        W::EnTeen(t) if *t == 18.0 || *t == 19.0 => Some(*t),
        W::EnTens(t) if *t == 20.0 => Some(*t),
        _ => None,
    })?;
    // The pairs are said apart: "nineteen-sixty" is written as one number
    // only by mistake, and "twenty-one" is a number.
    if toks.get(k + 1).is_none_or(|t| t.gap != Gap::Space) {
        return None;
    }
    let (rest, end) = if word_is(text, toks, k + 1, "oh") {
        if toks.get(k + 2).is_none_or(|t| t.gap != Gap::Space) {
            return None;
        }
        let digit = en_digit(toks, k + 2, false).filter(|&d| d >= 1.0)?;
        (digit, k + 3)
    } else {
        en_below_100(toks, k + 1, false).filter(|&(rest, _)| rest >= 10.0)?
    };
    // "nineteen sixty thousand", "twenty twenty-five hundred": an amount
    let after = skip_hyphen(toks, end);
    if has(toks, after, W::EnHundred) || scale(toks, after).is_some() {
        return None;
    }
    // Both parts are whole numbers below 100, so the year is exact.
    Some(((century * 100.0 + rest) as u32, end))
}

fn has_first(toks: &[Tok], k: usize, w: W) -> bool {
    roles(toks, k, true).contains(&w)
}
