//! Reading digit numerals in either convention.
//!
//! Indonesian writes `1.250.000` and `2,5`; English writes `1,250,000` and
//! `2.5`. A separator that is repeated, or followed by other than three
//! digits, decides by shape; only a lone separator before exactly three
//! digits (`2.500`, `2,500`) is decided by the document language.

use crate::Language;

/// A digit numeral as read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DigitNum {
    pub value: f64,
    /// Has a fractional part (a decimal separator was read).
    pub decimal: bool,
    /// Has thousands separators.
    pub grouped: bool,
    /// Number of digits before the decimal separator (leading zeros included).
    pub int_digits: usize,
}

/// Thousands groups: a first group of one to three digits, then groups of three.
fn groups_ok<'a>(mut groups: impl Iterator<Item = &'a str>) -> bool {
    match groups.next() {
        Some(first) => !first.is_empty() && first.len() <= 3 && groups.all(|g| g.len() == 3),
        None => false,
    }
}

/// Longest plain digit run read by integer arithmetic: below 2^53, so the
/// value is exact and equal to what `str::parse::<f64>` gives.
const FAST_DIGITS: usize = 15;

/// Reads a numeral token (digits with `.`, `,`, NBSP or thin-space separators).
/// Returns `None` for shapes that are not one number (`12.03.2024`).
pub(crate) fn parse(raw: &str, lang: Language) -> Option<DigitNum> {
    // Most numerals in news are plain digit runs ("21", "2024").
    let rb = raw.as_bytes();
    if !rb.is_empty() && rb.len() <= FAST_DIGITS && rb.iter().all(u8::is_ascii_digit) {
        let v = rb.iter().fold(0u64, |v, &b| v * 10 + u64::from(b - b'0'));
        return Some(DigitNum {
            value: v as f64,
            decimal: false,
            grouped: false,
            int_digits: rb.len(),
        });
    }
    // Space-like separators are always thousands separators.
    let cleaned: String;
    let mut grouped = false;
    let s = if raw.bytes().any(|b| b >= 0x80) {
        let seps = ['\u{a0}', '\u{2009}', '\u{202f}'];
        if !groups_ok(raw.split(seps)) {
            return None;
        }
        grouped = true;
        cleaned = raw.split(seps).collect();
        cleaned.as_str()
    } else {
        raw
    };
    let dots = s.bytes().filter(|&b| b == b'.').count();
    let commas = s.bytes().filter(|&b| b == b',').count();
    let (thousands, decimal): (Option<u8>, Option<u8>) = match (dots, commas) {
        (0, 0) => (None, None),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { b'.' } else { b',' };
            let n = dots + commas;
            let parts = || s.split(sep as char);
            if n > 1 {
                if !groups_ok(parts()) || grouped {
                    return None;
                }
                (Some(sep), None)
            } else {
                let ambiguous = groups_ok(parts()) && !s.starts_with('0') && !grouped;
                let lang_thousands = match lang {
                    Language::Id => b'.',
                    Language::En => b',',
                };
                // "Rp. 500,000" in Indonesian is five hundred thousand:
                // nobody writes a decimal as ",000".
                let round_thousands = lang == Language::Id && sep == b',' && s.ends_with(",000");
                if ambiguous && (sep == lang_thousands || round_thousands) {
                    (Some(sep), None)
                } else {
                    (None, Some(sep))
                }
            }
        }
        _ => {
            // Both: the last one is the decimal mark.
            let last_dot = s.rfind('.')?;
            let last_comma = s.rfind(',')?;
            let (dec, th) = if last_dot > last_comma {
                (b'.', b',')
            } else {
                (b',', b'.')
            };
            let dec_count = if dec == b'.' { dots } else { commas };
            if dec_count != 1 {
                return None;
            }
            let int_part = &s[..s.rfind(dec as char)?];
            if !groups_ok(int_part.split(th as char)) {
                return None;
            }
            (Some(th), Some(dec))
        }
    };
    // The numeral without thousands marks and with `.` as decimal mark, in a
    // stack buffer (on the heap only for a numeral longer than 64 bytes).
    let mut stack = [0u8; 64];
    let mut heap: Vec<u8> = Vec::new();
    let long = s.len() > stack.len();
    let mut len = 0;
    let mut int_digits = 0;
    let mut seen_dec = false;
    for b in s.bytes() {
        if Some(b) == thousands {
            grouped = true;
            continue;
        }
        let out = if Some(b) == decimal {
            seen_dec = true;
            b'.'
        } else {
            if !seen_dec {
                int_digits += 1;
            }
            b
        };
        if long {
            heap.push(out);
        } else {
            *stack.get_mut(len)? = out;
        }
        len += 1;
    }
    let plain = if long { &heap[..] } else { stack.get(..len)? };
    let value: f64 = std::str::from_utf8(plain).ok()?.parse().ok()?;
    Some(DigitNum {
        value,
        decimal: seen_dec,
        grouped,
        int_digits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str, l: Language) -> Option<f64> {
        parse(s, l).map(|d| d.value)
    }

    #[test]
    fn indonesian_convention() {
        assert_eq!(v("1.250.000", Language::Id), Some(1_250_000.0));
        assert_eq!(v("2,5", Language::Id), Some(2.5));
        assert_eq!(v("1.234,56", Language::Id), Some(1234.56));
        assert_eq!(v("2.500", Language::Id), Some(2500.0));
        assert_eq!(v("0,77", Language::Id), Some(0.77));
        assert_eq!(v("2.5", Language::Id), Some(2.5));
        // ",000" is thousands even in Indonesian ("Rp. 500,000").
        assert_eq!(v("500,000", Language::Id), Some(500_000.0));
        assert_eq!(v("1,116", Language::Id), Some(1.116));
    }

    #[test]
    fn english_convention() {
        assert_eq!(v("1,250,000", Language::En), Some(1_250_000.0));
        assert_eq!(v("2.5", Language::En), Some(2.5));
        assert_eq!(v("1,234.56", Language::En), Some(1234.56));
        assert_eq!(v("2,500", Language::En), Some(2500.0));
        assert_eq!(v("2.500", Language::En), Some(2.5));
        assert_eq!(v("1.250.000", Language::En), Some(1_250_000.0));
    }

    #[test]
    fn space_thousands_and_bad_shapes() {
        assert_eq!(v("2\u{a0}000", Language::En), Some(2000.0));
        assert_eq!(
            v("2\u{202f}500\u{202f}000", Language::Id),
            Some(2_500_000.0)
        );
        assert_eq!(v("12.03.2024", Language::Id), None);
        assert_eq!(v("1.2.3", Language::En), None);
    }
}
