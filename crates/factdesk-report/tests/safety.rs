//! Hostile input stays inert: markup and `javascript:` in notes and sources
//! must not become live HTML or Markdown, control characters must not reach
//! a terminal, and bad offsets must not panic or highlight the wrong text.

mod common;

use factdesk_report::{Format, ReportOptions, render};
use factdesk_review::{ReviewFile, Verdict};
use pulldown_cmark::{Event, Options, Parser, Tag};

const HOSTILE_NOTE: &str = "<script>alert(\"pwned\")</script> & <img src=x onerror=alert(1)> [click](javascript:alert(2)) \"quoted\" <a href='javascript:alert(3)'>x</a>";
const HOSTILE_SOURCE: &str = "javascript:alert(document.cookie)";

/// The seed review with hostile text planted in a disputed claim.
fn hostile_review() -> (String, ReviewFile) {
    let (article, mut review) = common::seed_review();
    let claim = review
        .claims
        .iter_mut()
        .find(|c| c.verdict_value() == Some(Verdict::Disputed))
        .unwrap_or_else(|| panic!("the seed review has a disputed claim"));
    claim.note = HOSTILE_NOTE.to_owned();
    claim.sources = vec![
        common::source(
            HOSTILE_SOURCE,
            Some("JavaScript:alert(4)"),
            Some("<b>bold</b> & \"desc\""),
        ),
        common::source(" java\tscript:alert(5)", None, None),
        common::source("data:text/html,<script>alert(6)</script>", None, None),
        common::source("https://example.org/a?b=1&c=\"2\"<x>", None, None),
    ];
    claim.summary = Some("<i>summary</i> [s](javascript:alert(7))".to_owned());
    if let Some(decision) = claim.verdict.as_mut() {
        decision.reviewer = "<u>mallory</u>".to_owned();
    }
    (article, review)
}

fn render_body(review: &ReviewFile, article: &str, format: Format) -> String {
    render(review, Some(article), format, &ReportOptions::default())
        .map(|r| r.body)
        .unwrap_or_else(|e| panic!("{format}: {e}"))
}

#[test]
fn html_is_inert() {
    let (article, review) = hostile_review();
    let html = render_body(&review, &article, Format::Html);
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "a script tag got through");
    assert!(!lower.contains("<img"), "an img tag got through");
    assert!(
        !lower.contains("<b>"),
        "markup in a description got through"
    );
    assert!(
        !lower.contains("<u>"),
        "markup in a reviewer name got through"
    );
    assert!(!lower.contains("<i>"), "markup in a summary got through");
    // Every tag in the page is one the report writes, with no event handler.
    const TAGS: [&str; 30] = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "dl",
        "dt", "dd", "time", "section", "ul", "li", "mark", "div", "sup", "a", "p", "table",
        "thead", "tbody", "tr", "th", "td", "br", "span",
    ];
    for (index, _) in lower.match_indices('<') {
        let tag = &lower[index + 1..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let name = tag
            .trim_start_matches('/')
            .split([' ', '>'])
            .next()
            .unwrap_or_default();
        assert!(TAGS.contains(&name), "unexpected tag <{tag}>");
        assert!(!tag.contains(" on"), "event handler in <{tag}>");
    }
    // The note is there, escaped, quotes included.
    assert!(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &lt;img"));
    // Every link goes to an http(s) URL or to an anchor in the page, and
    // every external link carries rel="noopener noreferrer".
    let mut external = 0;
    for (index, _) in lower.match_indices("href=\"") {
        let target = &lower[index + 6..];
        assert!(
            target.starts_with('#')
                || target.starts_with("http://")
                || target.starts_with("https://"),
            "unsafe link: {}",
            &html[index..(index + 60).min(html.len())]
        );
        if !target.starts_with('#') {
            external += 1;
            let tag_end = target.find('>').unwrap_or(target.len());
            assert!(target[..tag_end].contains("rel=\"noopener noreferrer\""));
        }
    }
    assert!(external > 0, "the http sources should be links");
    // The hostile https URL is a link with its quotes and brackets escaped.
    assert!(html.contains("href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;&lt;x&gt;\""));
    // Self-contained: no scripts, no external resources.
    // (The tag check above already rules out script, link, img, iframe.)
    for needle in ["@import", "url("] {
        assert!(!lower.contains(needle), "found {needle}");
    }
    assert!(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
}

#[test]
fn markdown_is_inert() {
    let (article, review) = hostile_review();
    let markdown = render_body(&review, &article, Format::Markdown);
    assert!(!markdown.contains('<'), "a raw < reached the Markdown");
    for (index, _) in markdown.match_indices("](javascript") {
        assert!(
            index > 0 && markdown.as_bytes()[index - 1] == b'\\',
            "an unescaped javascript link reached the Markdown"
        );
    }
    // Parse it as CommonMark with GitHub's table extension: no raw HTML and
    // no link whose destination is not http(s).
    let mut links = 0;
    for event in Parser::new_ext(
        &markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                panic!("raw HTML in the Markdown: {html}")
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let dest = dest_url.to_ascii_lowercase();
                assert!(
                    dest.starts_with("https://") || dest.starts_with("http://"),
                    "unsafe link {dest_url}"
                );
                links += 1;
            }
            _ => {}
        }
    }
    assert!(links > 0, "the http sources should be links");
    // The note's text survives as text.
    let text: String = Parser::new(&markdown)
        .filter_map(|event| match event {
            Event::Text(text) => Some(text.into_string()),
            _ => None,
        })
        .collect();
    assert!(text.contains("<script>alert(\"pwned\")</script> & <img src=x onerror=alert(1)> [click](javascript:alert(2))"));
}

#[test]
fn markdown_link_destinations_survive_parsing() {
    let (article, mut review) = common::seed_review();
    let url = "https://example.org/path_(with)_parens?a=1&b=[2]";
    if let Some(claim) = review.claims.iter_mut().find(|c| c.verdict.is_some()) {
        claim.sources = vec![common::source(url, None, None)];
    }
    let markdown = render_body(&review, &article, Format::Markdown);
    let dests: Vec<String> = Parser::new(&markdown)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect();
    assert!(
        dests.contains(&"https://example.org/path_%28with%29_parens?a=1&b=%5B2%5D".to_owned()),
        "{dests:?}"
    );
}

#[test]
fn text_report_neutralizes_terminal_controls() {
    let (article, mut review) = common::seed_review();
    let claim = review
        .claims
        .iter_mut()
        .find(|c| c.verdict_value() == Some(Verdict::Disputed))
        .unwrap_or_else(|| panic!("the seed review has a disputed claim"));
    claim.note =
        "clear\u{1b}[2J\u{1b}]0;owned\u{7}screen \u{9b}31m C1 \u{202e}reversed\u{2066} \u{7f}"
            .to_owned();
    claim.sources = vec![common::source(
        "https://x.example/\u{1b}[31m",
        None,
        Some("\u{8}\u{8}back"),
    )];
    if let Some(decision) = claim.verdict.as_mut() {
        decision.reviewer = "eve\u{1b}[0m".to_owned();
    }
    let text = render_body(&review, &article, Format::Text);
    for c in text.chars() {
        let allowed = c == '\n'
            || !(c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'));
        assert!(
            allowed,
            "control character U+{:04X} reached the text report",
            u32::from(c)
        );
    }
    assert!(text.contains("clear<U+001B>[2J<U+001B>]0;owned<U+0007>screen <U+009B>31m C1 <U+202E>reversed<U+2066> <U+007F>"));
    assert!(text.contains("eve<U+001B>[0m"));
}

#[test]
fn html_guards_offsets_that_do_not_fit_the_article() {
    let (article, mut review) = common::seed_review();
    // Out of range, inside a multi-byte character, and stale text.
    review.claims[0].start = article.len() + 10;
    review.claims[0].end = article.len() + 20;
    let quote_at = article.find('“').unwrap_or(0);
    review.claims[2].start = quote_at + 1;
    review.claims[2].end = quote_at + 5;
    review.claims[3].text = "text the article no longer holds".to_owned();
    // Overlapping another claim's span.
    let mut overlapping = review.claims[1].clone();
    overlapping.id = "overlap1".to_owned();
    overlapping.start += 5;
    overlapping.end += 5;
    overlapping.text = article[overlapping.start..overlapping.end].to_owned();
    review.claims.push(overlapping);
    let report = render(
        &review,
        Some(&article),
        Format::Html,
        &ReportOptions::default(),
    )
    .unwrap_or_else(|e| panic!("html: {e}"));
    assert_eq!(report.warnings.len(), 4, "{:#?}", report.warnings);
    for id in ["5f1c0a3e", "2d6e8f90", "71aa03b5", "overlap1"] {
        assert!(
            report.warnings.iter().any(|w| w.contains(id)),
            "no warning for {id}"
        );
        // Still listed in the table.
        assert!(report.body.contains(&format!("Id: {id}")));
    }
    let marks = report.body.matches("<mark class=\"v-").count();
    assert_eq!(marks, 3, "only the three claims that fit are highlighted");
}

#[test]
fn html_highlights_each_claim_over_its_exact_text() {
    let (article, review) = common::seed_review();
    let html = render_body(&review, &article, Format::Html);
    // Six claims are reported (one is dismissed); each highlight holds the
    // escaped claim text and the verdict class.
    assert_eq!(html.matches("<mark class=\"v-").count(), 6);
    assert!(html.contains(
        "<mark class=\"v-disputed\" id=\"claim-3\" title=\"Disputed\">Dia mengatakan jumlah militan ISIS yang terbunuh mencapai “satu digit” ribuan.</mark>"
    ));
    assert!(!html.contains("Hammond meyakinkannya bahwa itu tidak akan terjadi.</mark>"));
    assert!(html.contains("Hammond meyakinkannya bahwa itu tidak akan terjadi."));
}

#[test]
fn markdown_note_lines_cannot_open_blocks() {
    let structure = |note: &str| {
        let (article, mut review) = common::seed_review();
        review.claims[0].note = note.to_owned();
        review.claims[0].text = format!("{}\n{note}", review.claims[0].text);
        let markdown = render_body(&review, &article, Format::Markdown);
        Parser::new_ext(&markdown, Options::ENABLE_TABLES)
            .filter_map(|event| match event {
                Event::Start(tag) => Some(
                    format!("{tag:?}")
                        .split(['(', ' ', '{'])
                        .next()
                        .map(str::to_owned),
                ),
                Event::Rule => Some(Some("Rule".to_owned())),
                _ => None,
            })
            .flatten()
            .collect::<Vec<_>>()
    };
    let benign = structure("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight");
    let hostile = structure(
        "- item\n# heading\n1. ordered\n---\n===\n> quote\n    code\n| a | b |\n|---|---|",
    );
    assert_eq!(benign, hostile);
}
