//! Sentence splitting that survives real news text.
//!
//! Generic splitters break after every abbreviation and inside quotations;
//! news needs more care: Indonesian titles, companies and addresses
//! ("Ir.", "PT.", "Jl."), English abbreviations ("U.S.", "a.m."), datelines,
//! quotations that span sentences, and the stray one-word fragments that
//! machine translation leaves ("Suriah. Irak. ."). A fragment is merged into
//! its neighbour so it never becomes a claim on its own.

use memchr::{memchr, memchr3, memrchr, memrchr2};
use serde::{Deserialize, Serialize};

use crate::Language;
use crate::words::{FUNCTION_WORDS_EN, FUNCTION_WORDS_ID, char_at};

/// A sentence (or headline) as a byte span of the article, trimmed of
/// surrounding whitespace; `article[start..end]` is its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// A sentence plus the layout facts the attribution rules need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph (non-blank line) the unit lies in.
    pub paragraph: usize,
    /// The article's headline.
    pub headline: bool,
}

/// The units of an article and the span of its headline, if any.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    pub units: Vec<Unit>,
    pub title: Option<(usize, usize)>,
}

/// Splits `text` into sentences, read with the conventions of `lang`.
///
/// A headline (a first line followed by a blank line) is its own unit; a
/// dateline ("LONDON:", "JAKARTA, KOMPAS.com -") is left out of the first
/// sentence's span. A byte-order mark is skipped, never counted as text, so
/// offsets stay byte offsets into the given string.
pub fn sentences(text: &str, lang: Language) -> Vec<Sentence> {
    layout(text, lang)
        .units
        .into_iter()
        .map(|unit| Sentence {
            start: unit.start,
            end: unit.end,
        })
        .collect()
}

/// Splits `text` into units (see [`sentences`]).
pub(crate) fn layout(text: &str, lang: Language) -> Layout {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut pos = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut out = Layout::default();
    // About one unit per 130 bytes of news: reserve so the list rarely grows.
    out.units.reserve(len / 96 + 4);
    let mut paragraph = 0usize;
    let mut seen_content = false;
    let mut first_body = true;
    let mut scratch = Vec::new();
    while pos < len {
        let newline = memchr(b'\n', &bytes[pos..]).map_or(len, |i| pos + i);
        let (line_start, line_end) = trim_span(text, pos, newline);
        pos = newline + 1;
        if line_start == line_end {
            continue;
        }
        if !seen_content {
            seen_content = true;
            if is_headline(text, line_start, line_end, newline) {
                out.title = Some((line_start, line_end));
                out.units.push(Unit {
                    start: line_start,
                    end: line_end,
                    paragraph,
                    headline: true,
                });
                paragraph += 1;
                continue;
            }
        }
        let mut body_start = line_start;
        if first_body {
            first_body = false;
            body_start += dateline_len(&text[line_start..line_end]);
        }
        // A separator run ("==========") glued between a heading and the
        // text ends what comes before it and is in neither.
        let mut split = |from: usize, to: usize| {
            let (start, end) = trim_span(text, from, to);
            split_paragraph(
                text,
                start,
                end,
                paragraph,
                lang,
                &mut scratch,
                &mut out.units,
            );
        };
        let mut piece_start = body_start;
        let mut at = body_start;
        while let Some(offset) = memchr(b'=', &bytes[at..line_end]) {
            let run_start = at + offset;
            let run_end = bytes[run_start..line_end]
                .iter()
                .position(|&b| b != b'=')
                .map_or(line_end, |n| run_start + n);
            if run_end - run_start >= SEPARATOR_RUN {
                split(piece_start, run_start);
                piece_start = run_end;
            }
            at = run_end;
        }
        split(piece_start, line_end);
        paragraph += 1;
    }
    out
}

/// How many `=` in a row make a separator rather than text ("a == b").
const SEPARATOR_RUN: usize = 4;

/// Trims whitespace (including `\r`, NBSP and other Unicode spaces) off a span.
fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let trimmed_front = slice.trim_start();
    let new_start = start + (slice.len() - trimmed_front.len());
    let trimmed = trimmed_front.trim_end();
    (new_start, new_start + trimmed.len())
}

/// A headline is a short first line, not ending in a full stop, followed by
/// a blank line.
fn is_headline(text: &str, start: usize, end: usize, newline: usize) -> bool {
    if end - start > 300 || text[start..end].ends_with('.') {
        return false;
    }
    let bytes = text.as_bytes();
    let next_start = newline + 1;
    if next_start >= bytes.len() {
        return false;
    }
    let next_end = memchr(b'\n', &bytes[next_start..]).map_or(bytes.len(), |i| next_start + i);
    next_end < bytes.len() && text[next_start..next_end].trim().is_empty()
}

/// Length in bytes of a dateline at the start of `line`, including the
/// separator and following spaces; 0 when there is none.
///
/// Two shapes: an upper-case place followed by a colon ("LONDON:"), and a
/// short place/outlet prefix followed by a dash ("JAKARTA, KOMPAS.com -",
/// "Jakarta (ANTARA) -", "LONDON (Reuters) —").
pub(crate) fn dateline_len(line: &str) -> usize {
    let head_end = floor_boundary(line, line.len().min(90));
    let head = &line[..head_end];
    // "LONDON:"
    if let Some(colon) = head.find(':') {
        let prefix = &head[..colon];
        let letters = prefix.chars().filter(|c| c.is_alphabetic()).count();
        if colon <= 40
            && letters >= 3
            && prefix
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | ',' | '(' | ')' | '-' | '\''))
        {
            return skip_spaces(line, colon + 1);
        }
    }
    // "JAKARTA, KOMPAS.com -" and friends.
    for dash in [" - ", " – ", " — ", " -- "] {
        if let Some(at) = head.find(dash) {
            let prefix = &head[..at];
            let words = prefix.split_whitespace().count();
            let starts_upper = prefix.chars().next().is_some_and(char::is_uppercase);
            let caps_word = prefix
                .split(|c: char| !c.is_alphabetic())
                .any(|word| word.chars().count() >= 3 && word.chars().all(|c| c.is_uppercase()));
            let outlet = prefix.contains(".com") || prefix.contains('(');
            let sentence_like =
                prefix.contains(". ") || prefix.contains('“') || prefix.contains('"');
            if starts_upper && words <= 6 && (caps_word || outlet) && !sentence_like {
                return skip_spaces(line, at + dash.len());
            }
        }
    }
    0
}

fn skip_spaces(line: &str, from: usize) -> usize {
    let rest = &line[from..];
    from + (rest.len() - rest.trim_start().len())
}

/// The largest char boundary at or below `at`.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | '»' | ']')
}

/// Splits one paragraph `text[start..end]` and pushes its sentences.
fn split_paragraph(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    lang: Language,
    segments: &mut Vec<(usize, usize)>,
    units: &mut Vec<Unit>,
) {
    if start >= end {
        return;
    }
    let para = &text[start..end];
    segments.clear();
    // A quote only opens when it closes later in the paragraph, so an
    // unbalanced mark from scraping cannot swallow the rest of the text.
    let last_curly_close = last_curly_close(para.as_bytes());
    let last_straight = memrchr(b'"', para.as_bytes());
    let mut depth = 0u32;
    let mut in_straight = false;
    let mut seg_start = 0usize;
    let bytes = para.as_bytes();
    let mut i = 0usize;
    // Only terminators and quote marks matter: everything between them is
    // skipped without decoding. 0xE2 leads “ ” „ ‘ ’ …, 0xC2 leads « ». The
    // next terminator and the next quote lead byte are each found by memchr
    // and kept until the scan passes them, so each byte is searched once.
    let find_terminator = |from: usize| {
        bytes
            .get(from..)
            .and_then(|rest| memchr3(b'.', b'!', b'?', rest))
            .map_or(bytes.len(), |at| from + at)
    };
    let find_quote = |from: usize| {
        bytes
            .get(from..)
            .and_then(|rest| memchr3(b'"', 0xE2, 0xC2, rest))
            .map_or(bytes.len(), |at| from + at)
    };
    let mut next_terminator = find_terminator(0);
    let mut next_quote = find_quote(0);
    loop {
        if next_terminator < i {
            next_terminator = find_terminator(i);
        }
        if next_quote < i {
            next_quote = find_quote(i);
        }
        i = next_terminator.min(next_quote);
        if i >= bytes.len() {
            break;
        }
        let Some(c) = para[i..].chars().next() else {
            break;
        };
        let prev = para[..i].chars().next_back().unwrap_or(' ');
        let char_end = i + c.len_utf8();
        let mut boundary_check = false;
        match c {
            '“' | '«' | '„' if last_curly_close.is_some_and(|last| last > i) => {
                depth += 1;
            }
            '”' | '»' => {
                if depth > 0 {
                    depth -= 1;
                    boundary_check = depth == 0 && !in_straight && is_terminator(prev);
                } else if (i == 0 || prev.is_whitespace())
                    && last_curly_close.is_some_and(|last| last > i)
                {
                    // Some outlets open quotes with ” as well.
                    depth += 1;
                }
            }
            '"' => {
                if in_straight {
                    in_straight = false;
                    boundary_check = depth == 0 && is_terminator(prev);
                } else if (i == 0 || prev.is_whitespace() || matches!(prev, '(' | '[' | ':'))
                    && last_straight.is_some_and(|last| last > i)
                {
                    in_straight = true;
                }
            }
            _ if is_terminator(c) => {
                boundary_check = depth == 0 && !in_straight;
            }
            _ => {}
        }
        i = char_end;
        if !boundary_check {
            continue;
        }
        // Extend over trailing terminators and closing marks.
        let mut after = char_end;
        for next in para[after..].chars() {
            if is_terminator(next) || (is_closer(next) && next != '"') {
                after += next.len_utf8();
            } else {
                break;
            }
        }
        let rest = &para[after..];
        let Some(first) = rest.chars().next() else {
            continue;
        };
        // "… stunting.“Indonesia negara …": a quotation glued to the full
        // stop of a sentence still starts a new one (not after "U.S.").
        let glued_quote = matches!(first, '“' | '«')
            && prev.is_lowercase()
            && rest[first.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        if glued_quote {
            segments.push((seg_start, after));
            seg_start = after;
            i = after;
            continue;
        }
        if !first.is_whitespace() {
            continue;
        }
        let next_word = rest.trim_start();
        let Some(next_char) = next_word.chars().next() else {
            continue;
        };
        if next_char.is_lowercase() {
            continue;
        }
        let terminator_at = last_terminator_before(para, after);
        if let Some(dot) = terminator_at.filter(|&t| para.as_bytes()[t] == b'.')
            && !abbreviation_allows_split(para, dot, next_word, lang)
        {
            continue;
        }
        segments.push((seg_start, after));
        seg_start = after;
        i = after;
    }
    segments.push((seg_start, para.len()));
    merge_fragments(text, start, paragraph, segments, units);
}

/// Where the last ” or » in `para` starts (the same as
/// `para.rfind(['”', '»'])`, found by their final UTF-8 byte).
fn last_curly_close(para: &[u8]) -> Option<usize> {
    let mut end = para.len();
    while let Some(last) = memrchr2(0x9D, 0xBB, &para[..end]) {
        let closes = match para[last] {
            // ” is E2 80 9D.
            0x9D => last >= 2 && para[last - 2..last] == [0xE2, 0x80],
            // » is C2 BB.
            _ => last >= 1 && para[last - 1] == 0xC2,
        };
        if closes {
            return Some(if para[last] == 0x9D {
                last - 2
            } else {
                last - 1
            });
        }
        end = last;
    }
    None
}

/// The byte index of the last terminator character at or before `end`
/// within the run of terminators and closers ending at `end`.
fn last_terminator_before(para: &str, end: usize) -> Option<usize> {
    for (i, c) in para[..end].char_indices().rev() {
        if is_terminator(c) {
            return Some(i);
        }
        if !is_closer(c) {
            return None;
        }
    }
    None
}

/// Titles and prefixes that precede a name, a number or an address and so
/// never end a sentence (compared case-insensitively, without the dot).
const NEVER_FINAL: &[&str] = &[
    "dr", "dra", "drs", "prof", "ir", "h", "hj", "kh", "pt", "cv", "jl", "jln", "gg", "no", "kel",
    "kec", "kab", "kp", "rt", "rw", "mr", "mrs", "ms", "messrs", "st", "sdr", "sdri", "bpk", "ny",
    "tn", "rp", "kol", "brigjen", "mayjen", "letjen", "jend", "gen", "lt", "col", "capt", "cmdr",
    "sgt", "sen", "rep", "gov", "rev", "fig", "vol", "art", "ps", "hlm", "tel", "telp", "vs",
    "approx", "dept", "univ", "ust", "e.g", "i.e", "cf", "mt", "ft", "pp", "nos",
];

/// Abbreviations that can also end a sentence: they split only when the
/// next word is a typical sentence opener.
const MAYBE_FINAL: &[&str] = &[
    "s.h", "s.e", "m.si", "ph.d", "s.ag", "m.m", "m.h", "s.pd", "s.sos", "s.kom", "s.t", "m.t",
    "m.a", "b.a", "m.sc", "s.ip", "s.ked", "tbk", "dll", "dsb", "dkk", "tsb", "s.d", "u.s", "u.k",
    "u.n", "a.m", "p.m", "etc", "inc", "ltd", "corp", "co", "jr", "sr", "bros", "al", "dst", "plc",
    // months, which a date's day follows ("since Jan. 1.")
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "agu",
    "agt", "okt", "des",
];

/// Decides whether the full stop at `dot` ends a sentence, given the word
/// that follows.
fn abbreviation_allows_split(para: &str, dot: usize, next_word: &str, lang: Language) -> bool {
    let before = &para[..dot];
    let token_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = before[token_start..].trim_start_matches(|c: char| !c.is_alphanumeric());
    if token.is_empty() {
        return true;
    }
    let mut chars = token.chars();
    if let (Some(only), None) = (chars.next(), chars.next()) {
        // An initial ("J. Smith", "H. Abdul").
        return !only.is_alphabetic();
    }
    if NEVER_FINAL
        .iter()
        .any(|abbr| abbr.eq_ignore_ascii_case(token))
    {
        return false;
    }
    let dotted_initials = token.contains('.')
        && token.split('.').all(|part| {
            !part.is_empty() && part.len() <= 3 && part.chars().all(char::is_alphabetic)
        });
    if dotted_initials
        || MAYBE_FINAL
            .iter()
            .any(|abbr| abbr.eq_ignore_ascii_case(token))
    {
        let word_end = next_word
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(next_word.len());
        let word = &next_word[..word_end];
        let openers = match lang {
            Language::Id => FUNCTION_WORDS_ID,
            Language::En => FUNCTION_WORDS_EN,
        };
        return openers
            .iter()
            .any(|opener| opener.eq_ignore_ascii_case(word));
    }
    true
}

/// Whether `text` has at least two words (runs of alphanumeric characters
/// and hyphens) of at least two letters each; stops at the second.
fn has_two_real_words(text: &str) -> bool {
    let (mut words, mut letters) = (0usize, 0usize);
    let mut at = 0usize;
    while let Some((c, len)) = char_at(text, at) {
        at += len;
        if c.is_alphanumeric() || c == '-' {
            letters += usize::from(c.is_alphabetic());
            continue;
        }
        if letters >= 2 {
            words += 1;
            if words == 2 {
                return true;
            }
        }
        letters = 0;
    }
    words + usize::from(letters >= 2) >= 2
}

/// A fragment is what machine translation or scraping leaves behind: fewer
/// than two real words, or a piece that starts with stray punctuation.
fn is_fragment(text: &str) -> bool {
    !has_two_real_words(text) || text.starts_with(['.', ',', ';', ':'])
}

/// A list item's number standing alone: "3.", "12)", "(4)".
fn is_list_number(fragment: &str) -> bool {
    let inner = fragment.strip_prefix('(').unwrap_or(fragment);
    let Some(digits) = inner.strip_suffix(['.', ')']) else {
        return false;
    };
    (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Trims the raw segments, merges fragments into their neighbour and pushes
/// the result.
fn merge_fragments(
    text: &str,
    base: usize,
    paragraph: usize,
    segments: &[(usize, usize)],
    units: &mut Vec<Unit>,
) {
    let first_of_paragraph = units.len();
    let mut pending_start: Option<usize> = None;
    for &(seg_start, seg_end) in segments {
        let (start, end) = trim_span(text, base + seg_start, base + seg_end);
        if start == end {
            continue;
        }
        if is_fragment(&text[start..end]) {
            // A list item's number ("… masih berlangsung. 3. Bandara
            // Silangit …") opens the next sentence; other fragments end
            // the one before.
            if units.len() > first_of_paragraph && !is_list_number(&text[start..end]) {
                if let Some(last) = units.last_mut() {
                    last.end = end;
                }
            } else {
                pending_start.get_or_insert(start);
            }
            continue;
        }
        units.push(Unit {
            start: pending_start.take().unwrap_or(start),
            end,
            paragraph,
            headline: false,
        });
    }
    if let Some(start) = pending_start {
        let end = segments.last().map_or(start, |&(_, seg_end)| {
            trim_span(text, start, base + seg_end).1
        });
        // a list number that closes its paragraph has no item to open
        if units.len() > first_of_paragraph {
            if let Some(last) = units.last_mut() {
                last.end = last.end.max(end);
            }
        } else if end > start {
            units.push(Unit {
                start,
                end,
                paragraph,
                headline: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, lang: Language) -> Vec<&str> {
        sentences(text, lang)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        let text =
            "Harga naik. Warga mengeluh! Apa kata pemerintah? Tidak ada jawaban dari mereka.";
        assert_eq!(
            texts(text, Language::Id),
            vec![
                "Harga naik.",
                "Warga mengeluh!",
                "Apa kata pemerintah?",
                "Tidak ada jawaban dari mereka."
            ]
        );
    }

    #[test]
    fn indonesian_titles_companies_and_addresses_do_not_split() {
        let text = "Prof. Dr. Ir. H. Budi Santoso, M.Si. hadir di Jl. Sudirman No. 5 Kec. Menteng bersama PT. Bank Mandiri Tbk. dan CV. Maju. Acara selesai sore hari.";
        let got = texts(text, Language::Id);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("CV. Maju."));
    }

    #[test]
    fn indonesian_abbreviations_can_end_a_sentence_before_an_opener() {
        let text = "Mereka membawa beras, gula, dll. Selain itu ada minyak goreng.";
        assert_eq!(texts(text, Language::Id).len(), 2);
        let text = "Saham PT Bank Rakyat Indonesia Tbk. Hari ini naik tajam sekali.";
        assert_eq!(texts(text, Language::Id).len(), 1);
    }

    #[test]
    fn english_abbreviations() {
        let text = "Mr. Smith met Dr. Jones at 9 a.m. on Monday in the U.S. Capitol. The talks ended at 5 p.m. They agreed.";
        let got = texts(text, Language::En);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].ends_with("U.S. Capitol."));
        assert_eq!(got[1], "The talks ended at 5 p.m.");
        // a month's abbreviation before its day ends no sentence
        let text = "The marketplace launched on Oct. 1, 2013, and he owed a fine. Since Sept. 11 it changed. It ended in Dec.";
        assert_eq!(
            texts(text, Language::En),
            vec![
                "The marketplace launched on Oct. 1, 2013, and he owed a fine.",
                "Since Sept. 11 it changed.",
                "It ended in Dec."
            ]
        );
    }

    #[test]
    fn as_is_a_word_and_numbers_keep_their_dots_and_commas() {
        let text =
            "Menteri Luar Negeri AS datang. Biayanya Rp 2.000 atau 2,5 persen dari anggaran.";
        assert_eq!(
            texts(text, Language::Id),
            vec![
                "Menteri Luar Negeri AS datang.",
                "Biayanya Rp 2.000 atau 2,5 persen dari anggaran."
            ]
        );
    }

    #[test]
    fn quotes_spanning_sentences_and_ellipses_do_not_split() {
        let text = "Kerry mengatakan ISIS telah “dihentikan… dan dalam beberapa kasus dibatalkan” di Irak. “Kami datang. Kami menang,” katanya. Selesai sudah semuanya.";
        let got = texts(text, Language::Id);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], "“Kami datang. Kami menang,” katanya.");
        let text = "\"We came. We won,\" he said. It was over.";
        assert_eq!(texts(text, Language::En).len(), 2);
    }

    #[test]
    fn separator_runs_and_glued_quotations_end_sentences() {
        // A heading between "=" runs glued to the text is neither in the
        // sentence before it nor in the one after.
        let text = "Cek fakta.\n\n==================Kategori : Klarifikasi==================Calon \
                    presiden nomor urut 02 membacakan pidato. Ia prihatin.";
        let got = texts(text, Language::Id);
        assert_eq!(
            got,
            [
                "Cek fakta.",
                "Kategori : Klarifikasi",
                "Calon presiden nomor urut 02 membacakan pidato.",
                "Ia prihatin."
            ]
        );
        // "a == b" is text, not a separator.
        assert_eq!(texts("If a == b then 2 are equal.", Language::En).len(), 1);
        // A quotation glued to a full stop starts a new sentence, but not
        // after an abbreviation.
        let text = "Satu dari tiga anak stunting.“Indonesia negara yang gagal,” kata Prabowo.";
        let got = texts(text, Language::Id);
        assert_eq!(
            got,
            [
                "Satu dari tiga anak stunting.",
                "“Indonesia negara yang gagal,” kata Prabowo."
            ]
        );
        assert_eq!(
            texts("He spoke of the U.S.“Great” plan today.", Language::En).len(),
            1
        );
    }

    #[test]
    fn sentence_ending_inside_a_quote_splits_after_the_closing_mark() {
        let text = "“Kami sendirian dalam hal ini,” katanya pada hari Rabu. “Banyak yang dikatakan, tapi sedikit yang terjadi.” Lalu dia pergi dari sana.";
        let got = texts(text, Language::Id);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[1].starts_with('“') && got[1].ends_with('”'));
    }

    #[test]
    fn unbalanced_quote_does_not_swallow_the_paragraph() {
        let text = "Dia berkata “tidak ada. Lalu pergi begitu saja. Semua orang diam.";
        assert_eq!(texts(text, Language::Id).len(), 3);
    }

    #[test]
    fn machine_translation_fragments_join_their_neighbour() {
        let text = "Kelompok itu menguasai sebagian besar wilayah Suriah dan Suriah. Irak. .\nKota besar Mosul masih menjadi wilayah militan. . kontrol.";
        let got = texts(text, Language::Id);
        assert_eq!(
            got,
            vec![
                "Kelompok itu menguasai sebagian besar wilayah Suriah dan Suriah. Irak. .",
                "Kota besar Mosul masih menjadi wilayah militan. . kontrol."
            ]
        );
    }

    #[test]
    fn a_list_number_opens_the_item_after_it() {
        let text = "Pembangunan jalur ganda ini masih berlangsung. 3. Bandara Silangit diresmikan pada 2005. Jalurnya panjang.";
        assert_eq!(
            texts(text, Language::Id),
            vec![
                "Pembangunan jalur ganda ini masih berlangsung.",
                "3. Bandara Silangit diresmikan pada 2005.",
                "Jalurnya panjang."
            ]
        );
        // closing its paragraph it has no item: it stays with the sentence
        let text = "Pembangunan jalur ganda ini masih berlangsung. 3.\nBandara baru.";
        assert_eq!(
            texts(text, Language::Id)[0],
            "Pembangunan jalur ganda ini masih berlangsung. 3."
        );
        // after a month's abbreviation the number is the day, not an item
        let text = "They had thousands of shootings since Jan. 1. Thousands of shootings.";
        assert_eq!(
            texts(text, Language::En)[0],
            "They had thousands of shootings since Jan. 1."
        );
    }

    #[test]
    fn datelines_are_left_out() {
        let text = "LONDON: Irak dan mitranya maju. Kerry senang.";
        assert_eq!(texts(text, Language::Id)[0], "Irak dan mitranya maju.");
        let text = "JAKARTA, KOMPAS.com - Harga beras naik lagi.";
        assert_eq!(texts(text, Language::Id), vec!["Harga beras naik lagi."]);
        let text = "Jakarta (ANTARA) - Harga beras naik lagi.";
        assert_eq!(texts(text, Language::Id), vec!["Harga beras naik lagi."]);
        let text = "TRIBUNNEWS.COM, JAKARTA - Pengamat menilai begitu.";
        assert_eq!(texts(text, Language::Id), vec!["Pengamat menilai begitu."]);
    }

    #[test]
    fn fragment_test_counts_two_real_words() {
        assert!(is_fragment("Irak."));
        assert!(is_fragment("Suriah. Irak. ."[8..].trim()));
        assert!(is_fragment("a b c 12 x-"));
        assert!(!is_fragment("al-Abadi tiba"));
        assert!(!is_fragment("Éa ßo"));
        assert!(is_fragment(", lalu pergi"));
    }

    #[test]
    fn last_closing_curly_quote_is_found_by_bytes() {
        for para in ["“a” b « c » d", "no quotes", "”", "»x”y", "x\u{9d}\u{bb}”"] {
            assert_eq!(
                last_curly_close(para.as_bytes()),
                para.rfind(['”', '»']),
                "{para:?}"
            );
        }
    }

    #[test]
    fn headline_is_its_own_unit() {
        let text = "Harga Beras Naik Lagi\n\nHarga beras naik 5 persen. Warga mengeluh.";
        let layout = layout(text, Language::Id);
        assert_eq!(layout.title, Some((0, 21)));
        assert!(layout.units[0].headline);
        assert_eq!(layout.units.len(), 3);
    }

    #[test]
    fn crlf_and_bom_keep_byte_offsets() {
        let text = "\u{feff}Harga beras naik.\r\nWarga mengeluh keras.\r\n";
        let got = sentences(text, Language::Id);
        assert_eq!(got[0].start, 3);
        assert_eq!(&text[got[0].start..got[0].end], "Harga beras naik.");
        assert_eq!(&text[got[1].start..got[1].end], "Warga mengeluh keras.");
    }
}
