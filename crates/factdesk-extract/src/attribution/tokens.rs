//! Tokens and quotations: the words of one sentence, with what the name
//! rules need to know of each, and its direct quotations.

use super::*;

/// A word of a sentence, with what the name rules need to know about it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    /// Something other than whitespace separates it from the previous token.
    pub gap_punct: bool,
    /// That separator is a lone full stop ("Mr. Brown").
    pub gap_dot: bool,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Contains a letter.
    pub alphabetic: bool,
    /// The word lists the token is in (bits of [`ALL_LISTS`]), looked up
    /// once here so the rules test bits instead of hashing words.
    pub flags: u32,
}

/// Splits `text[start..end]` into word tokens, appending to `out`.
///
/// A word is a run of alphanumeric characters, joined across a single
/// `-`, `'` or `’` that has an alphanumeric character on its right.
/// ASCII bytes are classified without decoding (for them `char`'s Unicode
/// predicates are the ASCII ones); only non-ASCII characters are decoded.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let mut gap_start = 0usize;
    let mut i = 0usize;
    while let Some(&byte) = bytes.get(i) {
        let (c, len) = if byte.is_ascii() {
            if !byte.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            (char::from(byte), 1)
        } else {
            let Some((c, len)) = char_at(slice, i) else {
                break;
            };
            if !c.is_alphanumeric() {
                i += len;
                continue;
            }
            (c, len)
        };
        let (gap_empty, gap_dot) = gap_kind(&slice[gap_start..i]);
        let mut word_end = i + len;
        let mut alphabetic = c.is_alphabetic();
        loop {
            // The ASCII letters and digits, eight bytes at a time.
            let (run_end, letters) = alnum_run(bytes, word_end);
            alphabetic |= letters;
            word_end = run_end;
            match bytes.get(word_end) {
                Some(b'-' | b'\'') => {
                    if starts_alphanumeric(slice, word_end + 1) {
                        word_end += 1;
                    } else {
                        break;
                    }
                }
                Some(&next) if !next.is_ascii() => {
                    let Some((next, next_len)) = char_at(slice, word_end) else {
                        break;
                    };
                    if next.is_alphanumeric() {
                        alphabetic |= next.is_alphabetic();
                        word_end += next_len;
                    } else if next == '’' && starts_alphanumeric(slice, word_end + next_len) {
                        word_end += next_len;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        out.push(Token {
            start: start + i,
            end: start + word_end,
            gap_punct: !gap_empty && gap_start > 0,
            gap_dot,
            capitalized: c.is_uppercase(),
            alphabetic,
            flags: word_flags(&bytes[i..word_end]),
        });
        gap_start = word_end;
        i = word_end;
    }
}

/// Whether `before` ends with a list item's number: one or two digits
/// and a full stop, after a space, a line break or another full stop
/// ("… di antaranya.1.").
pub(super) fn ends_with_list_number(before: &str) -> bool {
    let Some(rest) = before.trim_end().strip_suffix('.') else {
        return false;
    };
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&digits)
        && rest[..rest.len() - digits]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '.')
}

/// Drops a numbered heading glued to the text after it: the words up to
/// where a heading's last word runs into the next sentence's capitalized
/// first word ("Anak StuntingPrabowo membeberkan …", "Angka Bunuh Diri di
/// IndonesiaPrabowo juga …"), as text copied from a web page leaves them;
/// what is left starts with that first word ("Prabowo"). Only for a
/// numbered list item, where such headings are: elsewhere
/// "PricewaterhouseCoopers" and "WhatsApp" are one name. Both parts of the
/// glued word need three letters or more, the first ending in lower case,
/// the second a capital then lower case.
pub(super) fn drop_glued_heading(text: &str, tokens: &mut Vec<Token>) {
    let glued = tokens.iter().enumerate().find_map(|(i, token)| {
        let bytes = &text.as_bytes()[token.start..token.end];
        let split = (3..bytes.len().saturating_sub(2)).find(|&k| {
            bytes[k].is_ascii_uppercase()
                && bytes[k - 1].is_ascii_lowercase()
                && bytes[k + 1].is_ascii_lowercase()
                && bytes[k + 2].is_ascii_lowercase()
        })?;
        (token.capitalized && token.alphabetic).then_some((i, split))
    });
    let Some((i, k)) = glued else {
        return;
    };
    let Some(token) = tokens.get(i).copied() else {
        return;
    };
    let start = token.start + k;
    tokens.drain(..=i);
    tokens.insert(
        0,
        Token {
            start,
            gap_punct: false,
            gap_dot: false,
            capitalized: true,
            flags: word_flags(&text.as_bytes()[start..token.end]),
            ..token
        },
    );
}

/// Whether the character at byte `at` of `text` is alphanumeric.
fn starts_alphanumeric(text: &str, at: usize) -> bool {
    char_at(text, at).is_some_and(|(c, _)| c.is_alphanumeric())
}

/// Whether the text between two words is empty once trimmed, and whether
/// it is a lone full stop: `(gap.trim().is_empty(), gap.trim() == ".")`,
/// with the usual single space answered without trimming.
fn gap_kind(gap: &str) -> (bool, bool) {
    match gap.as_bytes() {
        [] | [b' '] => (true, false),
        _ => {
            let trimmed = gap.trim();
            (trimmed.is_empty(), trimmed == ".")
        }
    }
}

/// `end`, moved past the closing bracket of an abbreviation that
/// `text[start..end]` leaves open: "Presiden Amerika Serikat (AS)", not
/// "… (AS".
pub(super) fn close_bracket(text: &str, start: usize, end: usize) -> usize {
    // The cheap test first: it runs for every name in the article.
    if !text[end..].starts_with(')') {
        return end;
    }
    let span = &text[start..end];
    if span.matches('(').count() > span.matches(')').count() {
        end + 1
    } else {
        end
    }
}

/// Whether the punctuation between two words is a comma, also after the
/// bracket of an abbreviation: "… Indonesia (LPPI), Trioksa Siahaan,".
pub(super) fn is_comma(gap: &str) -> bool {
    // Some outlets put a space before the comma: "(PSI) , Ahmad Ali ,".
    let mut marks = gap.chars().filter(|c| !c.is_whitespace());
    matches!(
        (marks.next(), marks.next(), marks.next()),
        (Some(','), None, _) | (Some(')'), Some(','), None)
    )
}

/// The text between tokens `before` and `after`, trimmed ("" when either
/// is missing).
/// A closing bracket then a comma, spaced or not: "),", ") ,".
pub(super) fn is_bracket_comma(gap: &str) -> bool {
    gap.starts_with(')') && is_comma(gap)
}

pub(super) fn gap_between<'a>(
    text: &'a str,
    tokens: &[Token],
    before: usize,
    after: usize,
) -> &'a str {
    match (tokens.get(before), tokens.get(after)) {
        (Some(a), Some(b)) => text[a.end..b.start].trim(),
        _ => "",
    }
}

/// Whether token `index` exists and is in the list marked by `bit`.
pub(super) fn has(tokens: &[Token], index: usize, bit: u32) -> bool {
    tokens.get(index).is_some_and(|t| t.flags & bit != 0)
}

/// A function word, pronoun, day or month; acronyms ("AS", "IT") are
/// never function words.
// Inlined into `find_runs`, which asks it of every capitalized word; the
// rare month-as-surname test stays out of line.
#[inline]
pub(super) fn not_a_name(text: &str, tokens: &[Token], index: usize) -> bool {
    has(tokens, index, NOT_NAME)
        && tokens
            .get(index)
            .is_some_and(|t| !is_acronym(&text[t.start..t.end]))
        && !surname_may(text, tokens, index)
}

/// "Theresa May", "Brian May": the month is a surname right after a
/// first name, when no day or year follows it ("in May 2016", "Tuesday
/// May 5" are dates: "in" and "Tuesday" are no names either).
#[inline(never)]
fn surname_may(text: &str, tokens: &[Token], index: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
    index > 0
        && word(index) == "May"
        && tokens.get(index).is_some_and(|t| !t.gap_punct)
        && tokens
            .get(index - 1)
            .is_some_and(|t| t.capitalized && t.alphabetic)
        && !has(tokens, index - 1, NOT_NAME)
        && tokens.get(index + 1).is_none_or(|next| {
            next.gap_punct || !word(index + 1).starts_with(|c: char| c.is_ascii_digit())
        })
}

fn quote_closer(opener: char) -> Option<char> {
    match opener {
        '“' | '”' => Some('”'),
        '«' => Some('»'),
        '„' => Some('“'),
        '"' => Some('"'),
        '‘' => Some('’'),
        _ => None,
    }
}

/// Finds the direct quotations in `text[start..end]` (article offsets of
/// their contents). An opening mark at the very start that never closes
/// quotes to the end: a quote paragraph that continues in the next one.
pub(crate) fn find_quotes(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let mut open: Option<(usize, char)> = None;
    let mut opened_at_start = false;
    let mut from = 0usize;
    // Every quote mark starts with one of these bytes (`"`, or the lead
    // byte of “ ” „ ‘ ’ and « »), and none of them is a continuation byte,
    // so each hit is a char boundary and everything between can be skipped.
    while let Some(found) = bytes
        .get(from..)
        .and_then(|rest| memchr3(b'"', 0xE2, 0xC2, rest))
    {
        let i = from + found;
        let Some((c, len)) = char_at(slice, i) else {
            break;
        };
        from = i + len;
        match open {
            None => {
                let after_space = i == 0
                    || slice[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|prev| prev.is_whitespace() || matches!(prev, '(' | ':'));
                let opens = match c {
                    '“' | '«' | '„' => true,
                    '"' | '‘' | '”' => after_space,
                    _ => false,
                };
                if let Some(closer) = quote_closer(c).filter(|_| opens) {
                    open = Some((i + len, closer));
                    opened_at_start = i == 0;
                }
            }
            Some((content_start, closer)) => {
                let closes = c == closer
                    && (closer != '’'
                        || !char_at(slice, from).is_some_and(|(next, _)| next.is_alphanumeric()));
                if closes {
                    out.push((start + content_start, start + i));
                    open = None;
                }
            }
        }
    }
    if let Some((content_start, _)) = open.filter(|_| opened_at_start) {
        out.push((start + content_start, end));
    }
}

pub(super) fn ends_with_closing_quote(text: &str) -> bool {
    let trimmed = text.trim_end();
    trimmed.ends_with(['”', '"', '’', '»'])
}
