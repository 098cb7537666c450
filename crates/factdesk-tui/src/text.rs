//! Sanitized, measured text cached at load time.
//!
//! Everything untrusted is passed through `factdesk-text` once here; the
//! drawing code only reads these caches, never the raw strings.

use std::borrow::Cow;
use std::ops::Range;

use factdesk_review::{Claim, ReviewFile};
use factdesk_text::SafeText;
use unicode_width::UnicodeWidthChar;

use crate::theme::GlyphSet;

/// The article as shown: sanitized, with paragraph and sentence ranges in
/// display offsets so views never scan the whole text per frame.
#[derive(Debug, Clone)]
pub struct ArticleText {
    /// The original article (claims' offsets point into it).
    pub raw: String,
    /// The sanitized text and its map back to `raw`.
    pub safe: SafeText,
    /// Display ranges of lines (paragraphs), without the '\n'.
    pub paragraphs: Vec<Range<usize>>,
    /// Display ranges of sentences, in order, trimmed of white space.
    pub sentences: Vec<Range<usize>>,
}

impl ArticleText {
    /// Sanitizes `raw` and splits it once.
    pub fn new(raw: String, glyphs: GlyphSet) -> ArticleText {
        let safe = factdesk_text::sanitize(&raw, glyphs.text_glyphs());
        let text = safe.as_str();
        let paragraphs = paragraphs(text);
        let sentences = split_sentences(text, &paragraphs);
        ArticleText {
            raw,
            safe,
            paragraphs,
            sentences,
        }
    }

    /// The sanitized text.
    pub fn text(&self) -> &str {
        self.safe.as_str()
    }

    /// Index of the paragraph holding display offset `at`.
    pub fn paragraph_of(&self, at: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end < at)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// Index of the sentence holding (or first after) display offset `at`.
    pub fn sentence_of(&self, at: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= at)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// The ranges of `text`'s lines, without their '\n'.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices('\n') {
        paragraphs.push(start..at);
        start = at + 1;
    }
    paragraphs.push(start..text.len());
    paragraphs
}

/// Sentence ranges for the article view: a sentence ends at `.`, `!` or
/// `?` (with any closing quotes, brackets and further marks after it)
/// followed by white space or the paragraph's end.
///
/// Good enough for picking a span to add as a claim; the extractor has
/// the careful splitter.
///
/// The marks are found with `memchr3` (they are ASCII, so a byte search
/// on UTF-8 is exact): this runs over the whole article before the first
/// frame, and a character-by-character walk took ~150 ms on a 20 MB one.
fn split_sentences(text: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for p in paragraphs {
        let Some(para) = text.get(p.clone()) else {
            continue;
        };
        let mut start = 0;
        let mut from = 0;
        while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &para.as_bytes()[from..]) {
            let mark = from + found;
            let mut end = mark + 1;
            let mut rest = para[end..].chars();
            let mut next = rest.next();
            while let Some(c) = next
                && matches!(c, '"' | '\'' | '”' | '’' | ')' | '.' | '!' | '?')
            {
                end += c.len_utf8();
                next = rest.next();
            }
            if next.is_none_or(char::is_whitespace) {
                push_trimmed(&mut out, para, p.start, start..end);
                start = end;
            }
            from = end;
        }
        push_trimmed(&mut out, para, p.start, start..para.len());
    }
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, para: &str, base: usize, range: Range<usize>) {
    let Some(slice) = para.get(range.clone()) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = base + range.start + lead;
        out.push(start..start + trimmed.len());
    }
}

/// What the list, search and detail pane need of one claim, cached.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimView {
    /// The claim's wording on one line, sanitized.
    pub line: String,
    /// Lowercase haystack for search: wording, original text, note, speaker.
    pub haystack: String,
    /// The claim's span in the sanitized article.
    pub span: Range<usize>,
}

impl ClaimView {
    /// Builds the cache for one claim.
    pub fn new(claim: &Claim, article: &ArticleText, glyphs: GlyphSet) -> ClaimView {
        let g = glyphs.text_glyphs();
        let line = factdesk_text::sanitize_line(claim.display_text(), g);
        let mut haystack = line.to_lowercase();
        if claim.rewording.is_some() {
            haystack.push('\n');
            haystack.push_str(&factdesk_text::sanitize_line(&claim.text, g).to_lowercase());
        }
        if !claim.note.is_empty() {
            haystack.push('\n');
            haystack.push_str(&factdesk_text::sanitize_line(&claim.note, g).to_lowercase());
        }
        if let Some(speaker) = &claim.speaker {
            haystack.push('\n');
            haystack.push_str(&factdesk_text::sanitize_line(&speaker.name, g).to_lowercase());
        }
        ClaimView {
            line,
            haystack,
            span: article.safe.display_range(claim.start..claim.end),
        }
    }

    /// Caches for every claim of a file.
    pub fn all(file: &ReviewFile, article: &ArticleText, glyphs: GlyphSet) -> Vec<ClaimView> {
        file.claims
            .iter()
            .map(|c| ClaimView::new(c, article, glyphs))
            .collect()
    }
}

/// Wraps `text` at word boundaries into lines of at most `width` columns
/// (measured with unicode-width); returns byte ranges into `text`. Words
/// longer than a line are broken between characters. Never returns an
/// empty list: an empty text is one empty line.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut col = 0;
    // Last break opportunity: byte offset after a space, and the column there.
    let mut last_break: Option<(usize, usize)> = None;
    for (at, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if col + w > width && at > line_start {
            match last_break {
                Some((brk, brk_col)) if brk > line_start => {
                    lines.push(line_start..brk);
                    line_start = brk;
                    col -= brk_col;
                }
                _ => {
                    lines.push(line_start..at);
                    line_start = at;
                    col = 0;
                }
            }
            last_break = None;
        }
        col += w;
        if c == ' ' {
            last_break = Some((at + 1, col));
        }
    }
    lines.push(line_start..text.len());
    lines
}

/// The display width of `text` (never `.len()`).
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` cut from the start to at most `max` columns, `ellipsis` marking
/// the cut: for paths, whose end (the file name) says the most.
pub fn elide_start<'a>(text: &'a str, max: usize, ellipsis: &str) -> Cow<'a, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut used = 0;
    let mut start = text.len();
    for (at, c) in text.char_indices().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        start = at;
    }
    Cow::Owned(format!("{ellipsis}{}", &text[start..]))
}

/// `text` cut at its end to at most `max` columns, `ellipsis` marking the
/// cut: for names, whose start says the most.
pub fn elide_end<'a>(text: &'a str, max: usize, ellipsis: &str) -> Cow<'a, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut used = 0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        end = at + c.len_utf8();
    }
    Cow::Owned(format!("{}{ellipsis}", &text[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn elide_end_keeps_the_start_within_the_width() {
        let name = "Ana Putri <ana.putri@redaksi.example.id>";
        assert_eq!(elide_end(name, 60, "…"), name);
        assert_eq!(elide_end(name, 10, "…"), "Ana Putri…");
        assert_eq!(elide_end("中文文件", 5, "…"), "中文…");
        assert_eq!(elide_end("中文", 1, "…"), "…");
    }

    #[test]
    fn elide_start_keeps_the_end_within_the_width() {
        let path = "/home/ana/.local/share/factdesk/kerry.json";
        assert_eq!(elide_start(path, 60, "…"), path);
        assert_eq!(elide_start(path, 12, "…"), "…/kerry.json");
        assert_eq!(elide_start(path, 12, "..."), "...erry.json");
        // Wide characters are never split and never overflow.
        assert_eq!(elide_start("/data/中文文件.json", 9, "…"), "…件.json");
        assert_eq!(elide_start("中文", 1, "…"), "…");
    }

    /// The character-by-character walk `split_sentences` replaced: the
    /// reference its output must equal.
    fn split_sentences_by_chars(text: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        for p in paragraphs {
            let Some(para) = text.get(p.clone()) else {
                continue;
            };
            let mut start = 0;
            let mut chars = para.char_indices().peekable();
            while let Some((at, c)) = chars.next() {
                if matches!(c, '.' | '!' | '?') {
                    let mut end = at + c.len_utf8();
                    while let Some(&(next_at, next)) = chars.peek() {
                        if matches!(next, '"' | '\'' | '”' | '’' | ')' | '.' | '!' | '?') {
                            end = next_at + next.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    if chars.peek().is_none_or(|&(_, n)| n.is_whitespace()) {
                        push_trimmed(&mut out, para, p.start, start..end);
                        start = end;
                    }
                }
            }
            push_trimmed(&mut out, para, p.start, start..para.len());
        }
        out
    }

    #[test]
    fn sentences_end_at_marks_with_their_closing_quotes() {
        let text =
            "Dia berkata: “Kami sendirian.” Lalu pergi! Benarkah?) Ya...\nRp 2.5 juta. Akhir";
        let got: Vec<&str> = split_sentences(text, &paragraphs(text))
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            got,
            [
                "Dia berkata: “Kami sendirian.”",
                "Lalu pergi!",
                "Benarkah?)",
                "Ya...",
                "Rp 2.5 juta.",
                "Akhir"
            ]
        );
    }

    proptest! {
        #[test]
        fn the_byte_search_splits_exactly_as_the_character_walk(
            text in "([a-zA-Z .!?\"'”’)\n\t\u{a0}\u{2003}é中]|\\.\\.\\.){0,80}"
        ) {
            let paragraphs = paragraphs(&text);
            prop_assert_eq!(
                split_sentences(&text, &paragraphs),
                split_sentences_by_chars(&text, &paragraphs)
            );
        }
    }

    #[test]
    fn wrap_breaks_at_spaces_and_measures_wide_chars() {
        let text = "satu dua tiga empat";
        let lines: Vec<&str> = wrap(text, 9).into_iter().map(|r| &text[r]).collect();
        assert_eq!(lines, ["satu dua ", "tiga ", "empat"]);
        let cjk = "中文中文中文";
        let lines: Vec<&str> = wrap(cjk, 5).into_iter().map(|r| &cjk[r]).collect();
        assert_eq!(lines, ["中文", "中文", "中文"]);
        assert_eq!(wrap("", 10), vec![0..0]);
    }

    #[test]
    fn sentences_split_at_terminal_punctuation() {
        let article = ArticleText::new(
            "Judul\n\nSatu dua. Tiga \"empat!\" Lima".to_string(),
            GlyphSet::Unicode,
        );
        let text = article.text();
        let got: Vec<&str> = article.sentences.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["Judul", "Satu dua.", "Tiga \"empat!\"", "Lima"]);
        assert_eq!(article.paragraph_of(text.find("Tiga").unwrap()), 2);
    }

    #[test]
    fn control_characters_never_reach_the_cache() {
        let article = ArticleText::new("A\u{1b}[2J b. C\u{202e}d.".to_string(), GlyphSet::Unicode);
        assert!(!article.text().contains('\u{1b}'));
        assert!(!article.text().contains('\u{202e}'));
    }
}
