//! Golden-file tests: every format on the seed review, compared with the
//! committed snapshots under `tests/snapshots/`.

mod common;

use factdesk_report::{Format, ReportOptions, VerdictFilter, render};

fn publisher_options() -> ReportOptions {
    ReportOptions {
        only: None,
        url: Some("https://example.id/berita/kerry-london-coalition".to_owned()),
        org: Some("Cek Fakta Contoh".to_owned()),
        color: false,
    }
}

/// Renders and snapshots one format, body and warnings apart.
fn snapshot(format: Format, with_article: bool, options: &ReportOptions, name: &str) {
    let (article, review) = common::seed_review();
    let article = with_article.then_some(article.as_str());
    let report =
        render(&review, article, format, options).unwrap_or_else(|e| panic!("{format}: {e}"));
    insta::assert_snapshot!(name, report.body);
    insta::assert_snapshot!(format!("{name}-warnings"), report.warnings.join("\n"));
}

#[test]
fn text() {
    snapshot(Format::Text, true, &ReportOptions::default(), "text");
}

#[test]
fn text_only_pending_and_verified() {
    let options = ReportOptions {
        only: Some(vec![VerdictFilter::Pending, VerdictFilter::Verified]),
        ..ReportOptions::default()
    };
    snapshot(Format::Text, true, &options, "text-only-pending-verified");
}

#[test]
fn markdown() {
    snapshot(Format::Markdown, true, &publisher_options(), "markdown");
}

#[test]
fn html_with_article() {
    snapshot(Format::Html, true, &publisher_options(), "html");
}

#[test]
fn html_without_article_with_title_and_url_from_the_file() {
    let (_, mut review) = common::seed_review();
    common::article_meta(&mut review);
    let report = render(&review, None, Format::Html, &ReportOptions::default())
        .unwrap_or_else(|e| panic!("html: {e}"));
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert!(
        !report.body.contains("<mark class=\"v-"),
        "nothing to highlight without the article"
    );
    insta::assert_snapshot!("html-no-article", report.body);
}

#[test]
fn csv() {
    snapshot(Format::Csv, true, &ReportOptions::default(), "csv");
}

#[test]
fn json() {
    snapshot(Format::Json, true, &publisher_options(), "json");
}

#[test]
fn claimreview() {
    snapshot(
        Format::ClaimReview,
        true,
        &publisher_options(),
        "claimreview",
    );
}

#[test]
fn claimreview_without_org_or_url() {
    snapshot(
        Format::ClaimReview,
        true,
        &ReportOptions::default(),
        "claimreview-no-org",
    );
}

#[test]
fn reports_are_deterministic_and_ignore_file_order() {
    let (article, review) = common::seed_review();
    let mut shuffled = review.clone();
    shuffled.claims.reverse();
    for format in Format::ALL {
        let options = publisher_options();
        let first = render(&review, Some(&article), format, &options)
            .map(|r| r.body)
            .ok();
        let again = render(&review, Some(&article), format, &options)
            .map(|r| r.body)
            .ok();
        let reordered = render(&shuffled, Some(&article), format, &options)
            .map(|r| r.body)
            .ok();
        assert!(first.is_some(), "{format} failed");
        assert_eq!(first, again, "{format} is not deterministic");
        assert_eq!(
            first, reordered,
            "{format} depends on the order of claims in the file"
        );
    }
}

#[test]
fn color_wraps_only_labels() {
    let (article, review) = common::seed_review();
    let plain = render(
        &review,
        Some(&article),
        Format::Text,
        &ReportOptions::default(),
    )
    .map(|r| r.body);
    let options = ReportOptions {
        color: true,
        ..ReportOptions::default()
    };
    let colored = render(&review, Some(&article), Format::Text, &options).map(|r| r.body);
    let (plain, colored) = (plain.unwrap_or_default(), colored.unwrap_or_default());
    assert!(!plain.contains('\u{1b}'));
    assert!(colored.contains("\u{1b}[31mDISPUTED (1)\u{1b}[0m"));
    // Stripping the colour codes gives back the plain report.
    let stripped = [
        "\u{1b}[31m",
        "\u{1b}[32m",
        "\u{1b}[33m",
        "\u{1b}[2m",
        "\u{1b}[0m",
    ]
    .iter()
    .fold(colored.clone(), |text, code| text.replace(code, ""));
    assert_eq!(stripped, plain);
}

#[test]
fn wrong_schema_version_is_refused() {
    let (article, mut review) = common::seed_review();
    review.schema_version += 1;
    let error = render(
        &review,
        Some(&article),
        Format::Json,
        &ReportOptions::default(),
    );
    assert!(matches!(
        error,
        Err(factdesk_report::ReportError::UnsupportedSchema { .. })
    ));
}
