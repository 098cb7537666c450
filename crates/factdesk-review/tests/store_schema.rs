//! The hand-written JSON Schema in docs/ matches what `to_json` writes:
//! every field and every enum value of a rich review validates, and broken
//! files are rejected.

mod store_fixtures;

use chrono::NaiveDate;
use factdesk_review::store;
use factdesk_review::{
    Approx, Category, ClaimKind, ClaimStatus, HistoryAction, HistoryEntry, Origin, Quantity,
    ReferenceDate, ReferenceSource, ReviewFile, Verdict,
};
use serde_json::{Value, json};
use store_fixtures::{entry, rich_review};

fn schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/review-file.schema.json"
    );
    let text = std::fs::read_to_string(path).expect("docs/review-file.schema.json");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema())
        .expect("the schema compiles")
}

fn written(file: &ReviewFile) -> Value {
    serde_json::from_str(&store::to_json(file)).expect("to_json writes JSON")
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

// Exhaustive matches: adding a variant to the model breaks this test's
// build until the variant is listed here, and so checked against the schema.
fn all_actions() -> Vec<HistoryAction> {
    use HistoryAction::*;
    let all = vec![
        Marked,
        Cleared,
        Noted,
        SourceAdded,
        SourceRemoved,
        Summarized,
        Reworded,
        Dismissed,
        Restored,
        Added,
        Adjudicated,
    ];
    for action in &all {
        match action {
            Marked | Cleared | Noted | SourceAdded | SourceRemoved | Summarized | Reworded
            | Dismissed | Restored | Added | Adjudicated => {}
        }
    }
    all
}

fn all_categories() -> Vec<Category> {
    use Category::*;
    let all = vec![
        Number,
        Count,
        Ordinal,
        Percent,
        PercentagePoint,
        Money,
        Measure,
        Duration,
        Date,
        Year,
        Time,
        Ratio,
        Score,
        Identifier,
    ];
    for category in &all {
        match category {
            Number | Count | Ordinal | Percent | PercentagePoint | Money | Measure | Duration
            | Date | Year | Time | Ratio | Score | Identifier => {}
        }
    }
    all
}

fn all_hedges() -> Vec<Option<Approx>> {
    use Approx::*;
    let all = vec![
        About, Nearly, MoreThan, LessThan, AtLeast, AtMost, Estimated,
    ];
    for hedge in &all {
        match hedge {
            About | Nearly | MoreThan | LessThan | AtLeast | AtMost | Estimated => {}
        }
    }
    all.into_iter().map(Some).chain([None]).collect()
}

fn all_kinds() -> Vec<ClaimKind> {
    use ClaimKind::*;
    let all = vec![Numeric, Quote, Attributed, Factual];
    for kind in &all {
        match kind {
            Numeric | Quote | Attributed | Factual => {}
        }
    }
    all
}

#[test]
fn the_schema_is_valid_draft_2020_12() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        json!("https://json-schema.org/draft/2020-12/schema")
    );
    assert!(jsonschema::meta::is_valid(&schema));
}

#[test]
fn a_rich_review_validates() {
    let mut file = rich_review();
    for reference in [
        ReferenceDate::given(NaiveDate::from_ymd_opt(2025, 10, 21).expect("a day")),
        ReferenceDate {
            date: NaiveDate::from_ymd_opt(2025, 10, 21).expect("a day"),
            source: ReferenceSource::Article,
            text: Some("Selasa (21/10/2025)".to_string()),
            start: Some(10),
            end: Some(29),
        },
    ] {
        file.article.reference_date = Some(reference);
        let errors = errors(&validator(), &written(&file));
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // The fixture really exercises every optional part of the format.
    let statuses: Vec<ClaimStatus> = file.claims.iter().map(|c| c.status).collect();
    assert!(
        statuses.contains(&ClaimStatus::Dismissed) && statuses.contains(&ClaimStatus::Orphaned)
    );
    assert!(file.claims.iter().any(|c| c.origin == Origin::Manual));
    assert!(
        file.claims
            .iter()
            .any(|c| c.conflict && !c.reviews.is_empty())
    );
    assert!(file.claims.iter().any(|c| c.verdict.is_none()));
    let errors = errors(&validator(), &written(&file));
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn every_enum_value_of_the_model_validates() {
    let mut file = rich_review();
    let template: Quantity = file.claims[0].quantities[0].clone();
    let claim = &mut file.claims[0];
    claim.kinds = all_kinds();
    claim.quantities = all_categories()
        .into_iter()
        .zip(all_hedges().into_iter().cycle())
        .map(|(category, approx)| Quantity {
            category,
            approx,
            ..template.clone()
        })
        .collect();
    claim.history = all_actions()
        .into_iter()
        .zip(Verdict::ALL.into_iter().map(Some).chain([None]).cycle())
        .map(|(action, verdict)| HistoryEntry {
            detail: Some("detail".to_string()),
            note: Some("note".to_string()),
            ..entry(action, verdict)
        })
        .collect();
    // Ranges and vague magnitudes have no point value.
    claim.quantities[0].value = None;
    claim.quantities[1].unit = None;
    claim.speaker.as_mut().expect("fixture speaker").via = Some("dia".to_string());
    claim.speaker.as_mut().expect("fixture speaker").role = None;
    let errors = errors(&validator(), &written(&file));
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn broken_files_are_rejected() {
    let validator = validator();
    let good = written(&rich_review());
    type Break = fn(&mut Value);
    let breaks: [(&str, Break); 12] = [
        ("reference day not as YYYY-MM-DD", |v| {
            v["article"]["reference_date"] = json!({"date": "21/10/2025", "source": "given"})
        }),
        ("reference day from nowhere", |v| {
            v["article"]["reference_date"] = json!({"date": "2025-10-21", "source": "guess"})
        }),
        ("no claims", |v| {
            v.as_object_mut().unwrap().remove("claims");
        }),
        ("future version", |v| v["schema_version"] = json!(2)),
        ("unknown verdict", |v| {
            v["claims"][0]["verdict"]["value"] = json!("maybe")
        }),
        ("misspelt field", |v| {
            v["claims"][0]["verdcit"] = json!(null);
        }),
        ("uppercase hash", |v| {
            v["article"]["sha256"] = json!("A".repeat(64))
        }),
        ("negative offset", |v| v["claims"][1]["start"] = json!(-3)),
        ("unknown language", |v| {
            v["article"]["language"] = json!("fr")
        }),
        ("timestamp without offset", |v| {
            v["claims"][0]["verdict"]["at"] = json!("yesterday")
        }),
        ("score above one", |v| v["claims"][0]["score"] = json!(1.5)),
        ("unknown history action", |v| {
            v["claims"][0]["history"][0]["action"] = json!("deleted")
        }),
    ];
    assert!(validator.is_valid(&good));
    for (what, break_it) in breaks {
        let mut bad = good.clone();
        break_it(&mut bad);
        assert!(
            !validator.is_valid(&bad),
            "schema accepted a file with {what}"
        );
    }
}
