//! Property: for any review file (any text, including control characters
//! and astral-plane characters, any finite numbers, any timestamps), saving
//! then loading gives back exactly the same value, and the JSON is stable.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use factdesk_review::store;
use factdesk_review::{
    Anchor, Approx, Article, Category, Claim, ClaimKind, ClaimStatus, Decision, ExtractorInfo,
    HistoryAction, HistoryEntry, Language, Origin, Quantity, ReferenceDate, ReferenceSource,
    ReviewFile, ReviewerVerdict, SCHEMA_VERSION, Signal, Source, Speaker, Verdict,
};
use proptest::option;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter)
}

/// Finite doubles across the whole range, subnormals and signed zero
/// included: exactly what JSON must carry without loss.
fn number() -> impl Strategy<Value = f64> {
    prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO
}

fn timestamp() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (0i64..4_000_000_000, 0u32..1_000_000_000, -720i32..=840).prop_map(|(secs, nanos, minutes)| {
        let offset = FixedOffset::east_opt(minutes * 60).expect("offset within a day");
        offset
            .timestamp_opt(secs, nanos)
            .single()
            .expect("timestamp in range")
    })
}

fn verdict() -> impl Strategy<Value = Verdict> {
    prop::sample::select(Verdict::ALL.to_vec())
}

fn source() -> impl Strategy<Value = Source> {
    (text(), option::of(text()), option::of(text())).prop_map(
        |(reference, archived, description)| Source {
            reference,
            archived,
            description,
        },
    )
}

fn span() -> impl Strategy<Value = (usize, usize)> {
    (0usize..1 << 40, 0usize..10_000).prop_map(|(start, len)| (start, start + len))
}

fn quantity() -> impl Strategy<Value = Quantity> {
    (
        text(),
        span(),
        option::of(number()),
        option::of(number()),
        option::of(number()),
        option::of(text()),
        prop::sample::select(vec![
            Category::Number,
            Category::Count,
            Category::Percent,
            Category::Money,
            Category::Score,
            Category::Identifier,
        ]),
        option::of(prop::sample::select(vec![
            Approx::About,
            Approx::Nearly,
            Approx::AtMost,
        ])),
    )
        .prop_map(
            |(text, (start, end), value, low, high, unit, category, approx)| Quantity {
                text,
                start,
                end,
                value,
                low,
                high,
                unit,
                category,
                approx,
            },
        )
}

fn history_entry() -> impl Strategy<Value = HistoryEntry> {
    (
        timestamp(),
        text(),
        prop::sample::select(vec![
            HistoryAction::Marked,
            HistoryAction::Noted,
            HistoryAction::SourceRemoved,
            HistoryAction::Adjudicated,
            HistoryAction::Restored,
        ]),
        option::of(verdict()),
        option::of(text()),
        prop::collection::vec(source(), 0..2),
        option::of(text()),
    )
        .prop_map(
            |(at, reviewer, action, verdict, note, sources, detail)| HistoryEntry {
                at,
                reviewer,
                action,
                verdict,
                note,
                sources,
                detail,
            },
        )
}

fn reviewer_verdict() -> impl Strategy<Value = ReviewerVerdict> {
    (
        text(),
        option::of(verdict()),
        option::of(timestamp()),
        text(),
        prop::collection::vec(source(), 0..2),
    )
        .prop_map(|(reviewer, value, at, note, sources)| ReviewerVerdict {
            reviewer,
            value,
            at,
            note,
            sources,
        })
}

/// The parts of a claim the extractor fills.
fn extracted_part() -> impl Strategy<Value = Claim> {
    (
        text(),
        span(),
        prop::collection::vec(
            prop::sample::select(vec![
                ClaimKind::Numeric,
                ClaimKind::Quote,
                ClaimKind::Factual,
            ]),
            0..3,
        ),
        number(),
        prop::collection::vec(
            (text(), number(), option::of(text())).prop_map(|(name, weight, evidence)| Signal {
                name,
                weight,
                evidence,
            }),
            0..3,
        ),
        (text(), text(), text()).prop_map(|(exact, prefix, suffix)| Anchor {
            exact,
            prefix,
            suffix,
        }),
        prop::collection::vec(quantity(), 0..3),
        option::of(
            (
                text(),
                option::of(text()),
                span(),
                text(),
                option::of(text()),
                prop_oneof![
                    Just(factdesk_review::SourceKind::Person),
                    Just(factdesk_review::SourceKind::Organisation),
                    Just(factdesk_review::SourceKind::Document),
                ],
            )
                .prop_map(|(name, role, (start, end), cue, via, kind)| Speaker {
                    name,
                    role,
                    start,
                    end,
                    cue,
                    via,
                    kind,
                }),
        ),
    )
        .prop_map(
            |(text, (start, end), kinds, score, signals, anchor, quantities, speaker)| {
                Claim::from_extracted(factdesk_review::ExtractedClaim {
                    id: String::new(),
                    text,
                    start,
                    end,
                    kinds,
                    score,
                    signals,
                    anchor,
                    quantities,
                    speaker,
                })
            },
        )
}

fn claim() -> impl Strategy<Value = Claim> {
    (
        extracted_part(),
        option::of(
            (verdict(), text(), timestamp()).prop_map(|(value, reviewer, at)| Decision {
                value,
                reviewer,
                at,
            }),
        ),
        text(),
        prop::collection::vec(source(), 0..3),
        (option::of(text()), option::of(text())),
        prop::sample::select(vec![Origin::Extracted, Origin::Manual]),
        prop::sample::select(vec![
            ClaimStatus::Active,
            ClaimStatus::Dismissed,
            ClaimStatus::Orphaned,
        ]),
        prop::collection::vec(reviewer_verdict(), 0..3),
        any::<bool>(),
        prop::collection::vec(history_entry(), 0..4),
    )
        .prop_map(
            |(
                base,
                verdict,
                note,
                sources,
                (summary, rewording),
                origin,
                status,
                reviews,
                conflict,
                history,
            )| Claim {
                verdict,
                note,
                sources,
                summary,
                rewording,
                origin,
                status,
                reviews,
                conflict,
                history,
                ..base
            },
        )
}

/// A day between 1900 and 2100, given or found in the article.
fn reference_date() -> impl Strategy<Value = ReferenceDate> {
    (
        0u64..73_000,
        option::of((text(), 0usize..1_000_000, 0usize..100)),
    )
        .prop_map(|(days, found)| {
            let base = NaiveDate::from_ymd_opt(1900, 1, 1).expect("a real day");
            let date = base + chrono::Days::new(days);
            match found {
                None => ReferenceDate::given(date),
                Some((text, start, len)) => ReferenceDate {
                    date,
                    source: ReferenceSource::Article,
                    text: Some(text),
                    start: Some(start),
                    end: Some(start + len),
                },
            }
        })
}

fn review_file() -> impl Strategy<Value = ReviewFile> {
    (
        (
            text(),
            "[0-9a-f]{64}",
            any::<bool>(),
            option::of(text()),
            option::of(text()),
        ),
        (text(), text()),
        prop::collection::vec((text(), claim()), 0..6),
        option::of(reference_date()),
    )
        .prop_map(
            |((path, sha256, english, title, url), (name, version), claims, reference_date)| {
                ReviewFile {
                    schema_version: SCHEMA_VERSION,
                    article: Article {
                        path,
                        sha256,
                        language: if english { Language::En } else { Language::Id },
                        title,
                        url,
                        reference_date,
                    },
                    extractor: ExtractorInfo { name, version },
                    claims: claims
                        .into_iter()
                        .enumerate()
                        // Ids must be unique; the index makes them so.
                        .map(|(index, (id, claim))| Claim {
                            id: format!("{id}#{index}"),
                            ..claim
                        })
                        .collect(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn save_then_load_is_identity(file in review_file()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("review.json");
        store::save(&path, &file).unwrap();
        let loaded = store::load(&path).unwrap();
        prop_assert_eq!(&loaded, &file);
        // Saving the loaded copy writes the very same bytes.
        let first = std::fs::read(&path).unwrap();
        store::save(&path, &loaded).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), first);
    }

    #[test]
    fn streamed_json_is_byte_for_byte_to_json(file in review_file()) {
        let mut streamed = Vec::new();
        store::write_json(&mut streamed, &file).unwrap();
        prop_assert_eq!(String::from_utf8(streamed).unwrap(), store::to_json(&file));
    }
}
