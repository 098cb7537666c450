//! CSV round trip and formula neutralization, the JSON shape, ClaimReview
//! fields, and `--only` filtering across formats.

mod common;

use factdesk_report::csv::{COLUMNS, unneutralize};
use factdesk_report::{Format, ReportOptions, VerdictFilter, render};
use factdesk_review::{Claim, ClaimStatus, Verdict};
use serde_json::Value;

fn body(
    review: &factdesk_review::ReviewFile,
    article: &str,
    format: Format,
    options: &ReportOptions,
) -> String {
    render(review, Some(article), format, options)
        .map(|r| r.body)
        .unwrap_or_else(|e| panic!("{format}: {e}"))
}

fn reported(review: &factdesk_review::ReviewFile) -> Vec<&Claim> {
    review
        .claims
        .iter()
        .filter(|c| c.status != ClaimStatus::Dismissed)
        .collect()
}

#[test]
fn csv_round_trips_through_the_csv_reader() {
    let (article, mut review) = common::seed_review();
    // Cells a spreadsheet would run, and awkward CSV content.
    review.claims[0].note = "=HYPERLINK(\"http://evil.example\",\"click\")".to_owned();
    review.claims[1].note = "+1 line one,\n\"line two\"\r\nline three".to_owned();
    review.claims[2].note = "-2+3".to_owned();
    review.claims[3].note = "@SUM(A1:A9)".to_owned();
    review.claims[4].note = "\tcmd".to_owned();
    review.claims[5].note = "'=already quoted".to_owned();
    if let Some(decision) = review.claims[1].verdict.as_mut() {
        decision.reviewer = "=evil".to_owned();
    }
    let csv = body(&review, &article, Format::Csv, &ReportOptions::default());

    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect::<Vec<_>>());
    assert_eq!(
        headers.ok(),
        Some(COLUMNS.iter().map(|c| c.to_string()).collect())
    );
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    let claims = reported(&review);
    assert_eq!(rows.len(), claims.len());
    for (row, claim) in rows.iter().zip(&claims) {
        // No cell starts like a formula.
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula-like cell {cell:?}"
            );
        }
        let cell = |name: &str| {
            let index = COLUMNS
                .iter()
                .position(|c| *c == name)
                .unwrap_or(usize::MAX);
            unneutralize(row.get(index).unwrap_or_default()).to_owned()
        };
        assert_eq!(cell("id"), claim.id);
        assert_eq!(cell("start"), claim.start.to_string());
        assert_eq!(cell("end"), claim.end.to_string());
        assert_eq!(cell("text"), claim.text);
        assert_eq!(&article[claim.start..claim.end], cell("text"));
        assert_eq!(cell("note"), claim.note);
        let verdict = claim
            .verdict_value()
            .map(Verdict::as_str)
            .unwrap_or("pending");
        assert_eq!(cell("verdict"), verdict);
        assert_eq!(
            cell("reviewer"),
            claim
                .verdict
                .as_ref()
                .map(|d| d.reviewer.clone())
                .unwrap_or_default()
        );
        let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
        assert_eq!(cell("kinds"), kinds.join("; "));
        assert_eq!(cell("quantities").is_empty(), claim.quantities.is_empty());
    }
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
    assert!(csv.contains(",'=evil,"));
    // Articles come back in article order.
    let starts: Vec<usize> = rows.iter().filter_map(|r| r.get(1)?.parse().ok()).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
}

#[test]
fn json_has_a_stable_versioned_shape() {
    let (article, review) = common::seed_review();
    let json: Value = serde_json::from_str(&body(
        &review,
        &article,
        Format::Json,
        &ReportOptions::default(),
    ))
    .unwrap_or(Value::Null);
    assert_eq!(json["report_version"], 1);
    assert_eq!(json["summary"]["total"], 6);
    assert_eq!(json["summary"]["dismissed"], 1);
    assert_eq!(json["summary"]["pending"], 1);
    assert_eq!(json["summary"]["percent_reviewed"], 83);
    assert_eq!(
        json["summary"]["latest_decision"],
        "2015-01-23T11:05:00+07:00"
    );
    assert_eq!(
        json["summary"]["reviewers"],
        serde_json::json!(["ayu", "budi"])
    );
    let claims = json["claims"].as_array().cloned().unwrap_or_default();
    assert_eq!(claims.len(), 6);
    let keys = [
        "id",
        "start",
        "end",
        "text",
        "kinds",
        "verdict",
        "reviewer",
        "decided_at",
        "updated_at",
        "summary",
        "rewording",
        "note",
        "speaker",
        "quantities",
        "sources",
        "origin",
        "status",
        "conflict",
        "reviews",
        "history",
    ];
    for claim in &claims {
        let object = claim.as_object().cloned().unwrap_or_default();
        for key in keys {
            assert!(object.contains_key(key), "claim lacks {key}: {claim}");
        }
        assert_eq!(object.len(), keys.len(), "unexpected keys in {claim}");
    }
    assert_eq!(claims[2]["updated_at"], "2015-01-23T11:30:00+07:00");
    assert_eq!(
        claims[1]["quantities"][0]["normalized"],
        "nearly 2,000 serangan udara"
    );
}

#[test]
fn every_claimreview_item_has_the_required_fields() {
    let (article, review) = common::seed_review();
    let options = ReportOptions {
        only: None,
        url: Some("https://example.id/berita/kerry".to_owned()),
        org: Some("Cek Fakta".to_owned()),
        color: false,
    };
    let report = render(&review, Some(&article), Format::ClaimReview, &options)
        .unwrap_or_else(|e| panic!("claimreview: {e}"));
    let items: Vec<Value> = serde_json::from_str(&report.body).unwrap_or_default();
    let reviewed: Vec<&Claim> = reported(&review)
        .into_iter()
        .filter(|c| c.verdict.is_some())
        .collect();
    assert_eq!(items.len(), reviewed.len());
    assert_eq!(items.len(), 5);
    for (item, claim) in items.iter().zip(&reviewed) {
        assert_eq!(item["@context"], "https://schema.org");
        assert_eq!(item["@type"], "ClaimReview");
        let claim_reviewed = item["claimReviewed"].as_str().unwrap_or_default();
        assert!(!claim_reviewed.is_empty());
        let rating = &item["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        assert_eq!(rating["bestRating"], 3);
        assert_eq!(rating["worstRating"], 1);
        let verdict = claim.verdict_value().unwrap_or(Verdict::Unverified);
        let (value, name) = factdesk_report::claimreview::rating(verdict);
        assert_eq!(rating["ratingValue"], value);
        assert_eq!(rating["alternateName"], name);
        assert!(
            rating["ratingValue"]
                .as_u64()
                .is_some_and(|v| (1..=3).contains(&v))
        );
        let item_reviewed = &item["itemReviewed"];
        assert_eq!(item_reviewed["@type"], "Claim");
        match &claim.speaker {
            Some(speaker) => {
                assert_eq!(item_reviewed["author"]["@type"], "Person");
                assert_eq!(item_reviewed["author"]["name"], speaker.name.as_str());
            }
            None => assert!(item_reviewed.get("author").is_none()),
        }
        assert_eq!(
            item_reviewed["appearance"]["url"],
            "https://example.id/berita/kerry"
        );
        assert_eq!(item["author"]["@type"], "Organization");
        assert_eq!(item["author"]["name"], "Cek Fakta");
        let decided = claim
            .verdict
            .as_ref()
            .map(|d| d.at.format("%Y-%m-%d").to_string());
        assert_eq!(item["datePublished"].as_str().map(str::to_owned), decided);
    }
    // One claim has no summary, one a summary over 75 characters.
    assert_eq!(report.warnings.len(), 2, "{:#?}", report.warnings);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("e0f1d2c3") && w.contains("no summary"))
    );
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("2d6e8f90") && w.contains("characters"))
    );
}

#[test]
fn an_organisation_or_a_document_as_source_is_no_person() {
    let (article, mut review) = common::seed_review();
    // Among the reviewed claims (one ClaimReview item each, in order), the
    // first two with a speaker: one read as an organisation, one as a
    // document.
    let attributed: Vec<usize> = reported(&review)
        .into_iter()
        .filter(|c| c.verdict.is_some())
        .enumerate()
        .filter(|(_, c)| c.speaker.is_some())
        .map(|(item, _)| item)
        .take(2)
        .collect();
    let [organisation_item, document_item] = attributed[..] else {
        panic!("the seed review has two reviewed, attributed claims");
    };
    let reviewed = review
        .claims
        .iter_mut()
        .filter(|c| c.status != ClaimStatus::Dismissed && c.verdict.is_some());
    for (item, claim) in reviewed.enumerate() {
        if let Some(speaker) = claim.speaker.as_mut() {
            if item == organisation_item {
                speaker.kind = factdesk_review::SourceKind::Organisation;
            } else if item == document_item {
                speaker.kind = factdesk_review::SourceKind::Document;
            }
        }
    }
    let options = ReportOptions {
        only: None,
        url: None,
        org: Some("Cek Fakta".to_owned()),
        color: false,
    };
    let report = render(&review, Some(&article), Format::ClaimReview, &options)
        .unwrap_or_else(|e| panic!("claimreview: {e}"));
    let items: Vec<Value> = serde_json::from_str(&report.body).unwrap_or_default();
    let organisation = &items[organisation_item]["itemReviewed"]["author"];
    assert_eq!(organisation["@type"], "Organization");
    assert!(organisation.get("jobTitle").is_none());
    assert!(items[document_item]["itemReviewed"].get("author").is_none());
    // The other speakers stay persons.
    let persons = items
        .iter()
        .filter(|item| item["itemReviewed"]["author"]["@type"] == "Person")
        .count();
    assert!(persons >= 1);
    // The JSON report says what each source is.
    let report = render(&review, Some(&article), Format::Json, &options)
        .unwrap_or_else(|e| panic!("json: {e}"));
    let json: Value = serde_json::from_str(&report.body).unwrap_or_default();
    let kinds: Vec<&str> = json["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["speaker"]["kind"].as_str())
        .collect();
    for kind in ["person", "organisation", "document"] {
        assert!(kinds.contains(&kind), "no {kind} in {kinds:?}");
    }
}

#[test]
fn only_filters_the_listed_claims_in_every_format() {
    let (article, review) = common::seed_review();
    let only = |filters: Vec<VerdictFilter>| ReportOptions {
        only: Some(filters),
        ..ReportOptions::default()
    };
    let disputed = only(vec![VerdictFilter::Disputed]);
    let pending = only(vec![VerdictFilter::Pending]);
    let both = only(vec![VerdictFilter::Verified, VerdictFilter::Pending]);

    let json = |options: &ReportOptions| -> Vec<String> {
        let value: Value = serde_json::from_str(&body(&review, &article, Format::Json, options))
            .unwrap_or(Value::Null);
        value["claims"]
            .as_array()
            .map(|claims| {
                claims
                    .iter()
                    .filter_map(|c| c["id"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(json(&disputed), ["2d6e8f90"]);
    assert_eq!(json(&pending), ["c4e5b6a7"]);
    assert_eq!(json(&both), ["9b27d4c1", "71aa03b5", "c4e5b6a7"]);

    let csv_rows = body(&review, &article, Format::Csv, &both).lines().count();
    assert_eq!(csv_rows, 1 + 3);

    let claimreview: Vec<Value> =
        serde_json::from_str(&body(&review, &article, Format::ClaimReview, &both))
            .unwrap_or_default();
    assert_eq!(claimreview.len(), 2, "pending claims have no ClaimReview");
    let none: Vec<Value> =
        serde_json::from_str(&body(&review, &article, Format::ClaimReview, &pending))
            .unwrap_or_default();
    assert!(none.is_empty());

    let markdown = body(&review, &article, Format::Markdown, &disputed);
    assert_eq!(markdown.matches("\n### ").count(), 1);
    assert!(markdown.contains("### 1. Disputed"));
    assert!(markdown.contains("**Showing only:** disputed"));
    // Summary counts still cover the whole review.
    assert!(markdown.contains("| Verified | 2 |"));

    let html = body(&review, &article, Format::Html, &disputed);
    assert_eq!(html.matches("<tr id=\"row-").count(), 1);

    let text = body(&review, &article, Format::Text, &pending);
    assert!(text.contains("PENDING (1)"));
    assert!(!text.contains("DISPUTED ("));
    assert!(text.contains("[c4e5b6a7]"));
}

#[test]
fn empty_review_renders_in_every_format() {
    let (article, mut review) = common::seed_review();
    review.claims.clear();
    for format in Format::ALL {
        let report = render(&review, Some(&article), format, &ReportOptions::default())
            .unwrap_or_else(|e| panic!("{format}: {e}"));
        assert!(!report.body.is_empty(), "{format} rendered nothing");
    }
    let text = body(&review, &article, Format::Text, &ReportOptions::default());
    assert!(text.contains("Reviewed: 0 of 0 claims (0%)"));
}

#[test]
fn the_day_relative_dates_were_read_from_is_in_every_header() {
    let (article, mut review) = common::seed_review();
    let day = chrono::NaiveDate::from_ymd_opt(2015, 1, 22).expect("a real day");
    let options = ReportOptions {
        org: Some("Cek Fakta".to_owned()),
        ..ReportOptions::default()
    };
    let claimreview_dates = |review: &factdesk_review::ReviewFile| -> Vec<Value> {
        let items: Value =
            serde_json::from_str(&body(review, &article, Format::ClaimReview, &options))
                .unwrap_or(Value::Null);
        items
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|item| item["itemReviewed"]["datePublished"].clone())
            .collect()
    };
    // None recorded: no line, a null in JSON, no date for the claims.
    for format in [Format::Text, Format::Markdown, Format::Html] {
        assert!(!body(&review, &article, format, &options).contains("Relative dates"));
    }
    let json: Value =
        serde_json::from_str(&body(&review, &article, Format::Json, &options)).unwrap_or_default();
    assert_eq!(json["article"]["reference_date"], Value::Null);
    assert!(claimreview_dates(&review).iter().all(Value::is_null));

    // Found in the article: named with its words, but no claim's date.
    review.article.reference_date = Some(factdesk_review::ReferenceDate {
        date: day,
        source: factdesk_review::ReferenceSource::Article,
        text: Some("Kamis (22/1/2015)".to_owned()),
        start: Some(0),
        end: Some(17),
    });
    for format in [Format::Text, Format::Markdown, Format::Html] {
        let out = body(&review, &article, format, &options);
        assert!(
            out.contains("2015-01-22 (Kamis (22/1/2015) in the article)"),
            "{format}: {out}"
        );
    }
    let json: Value =
        serde_json::from_str(&body(&review, &article, Format::Json, &options)).unwrap_or_default();
    assert_eq!(
        json["article"]["reference_date"],
        serde_json::json!({"date": "2015-01-22", "source": "article", "text": "Kamis (22/1/2015)"})
    );
    assert!(claimreview_dates(&review).iter().all(Value::is_null));

    // Given as the publication day: every claim appeared that day.
    review.article.reference_date = Some(factdesk_review::ReferenceDate::given(day));
    let out = body(&review, &article, Format::Markdown, &options);
    assert!(
        out.contains("2015-01-22 (the publication day given)"),
        "{out}"
    );
    let dates = claimreview_dates(&review);
    assert!(!dates.is_empty());
    assert!(dates.iter().all(|d| d == "2015-01-22"), "{dates:?}");
}
