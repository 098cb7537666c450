//! A transparent additive check-worthiness model.
//!
//! Each signal adds a fixed weight to a raw score that starts at [`BIAS`];
//! the raw score is squashed into 0..1 with the logistic function. The
//! weights are round numbers chosen by reasoning about news text, not
//! fitted to a data set; SCORING.md gives the measured ranking quality.

use factdesk_numbers::{Category, Quantity};

use crate::Signal;
use crate::attribution::Facts;
use crate::cues::{CueClass, CueHit};

/// Where every sentence starts: without any signal it is not worth checking.
pub const BIAS: f64 = -1.0;
/// A counted or measured quantity (not a date, clock time or identifier).
pub const W_QUANTITY: f64 = 1.2;
/// Each further quantity, up to three.
pub const W_EXTRA_QUANTITY: f64 = 0.2;
/// An amount of money.
pub const W_MONEY: f64 = 0.4;
/// A percentage or percentage points.
pub const W_PERCENT: f64 = 0.4;
/// A date or year: the claim is time-scoped.
pub const W_DATE: f64 = 0.4;
/// A hedged quantity ("hampir 2.000"): someone estimated, worth checking.
pub const W_HEDGED: f64 = 0.2;
/// A comparison or change ("naik", "fell", "lebih tinggi").
pub const W_COMPARISON: f64 = 0.6;
/// A superlative or record.
pub const W_SUPERLATIVE: f64 = 0.6;
/// A verb of a checkable event ("menewaskan", "arrested").
pub const W_EVENT: f64 = 0.5;
/// Each named-entity mention, up to three.
pub const W_ENTITY: f64 = 0.3;
/// An identified speaker.
pub const W_SPEAKER: f64 = 0.6;
/// A direct quotation.
pub const W_QUOTE: f64 = 0.2;
/// A long sentence (15 words or more) usually carries content.
pub const W_LONG: f64 = 0.3;
/// Future, plans, possibility: not yet checkable.
pub const W_MODALITY: f64 = -0.5;
/// First-person opinion or hope ("I think", "saya pikir").
pub const W_OPINION: f64 = -1.0;
/// First-person pronoun outside quotation marks.
pub const W_FIRST_PERSON: f64 = -0.3;
/// A question asks rather than claims.
pub const W_QUESTION: f64 = -1.5;
/// Fewer than six words rarely state a checkable fact.
pub const W_SHORT: f64 = -0.8;

/// Signals that count as checkable content for a `factual` claim.
const CONTENT_SIGNALS: &[&str] = &[
    "quantity",
    "date",
    "comparison",
    "superlative",
    "event",
    "named_entity",
];

/// The score of one sentence.
#[derive(Debug, Clone)]
pub(crate) struct Scored {
    pub score: f64,
    pub signals: Vec<Signal>,
    /// Sum of the content signals (see `CONTENT_SIGNALS`).
    pub content: f64,
    /// A quantity that counts for the `numeric` kind.
    pub numeric: bool,
}

/// The logistic squash of a raw score into 0..1.
pub(crate) fn squash(raw: f64) -> f64 {
    1.0 / (1.0 + (-raw).exp())
}

fn push(signals: &mut Vec<Signal>, name: &str, weight: f64, evidence: Option<&str>) {
    signals.push(Signal {
        name: name.to_string(),
        weight,
        evidence: evidence.map(str::to_string),
    });
}

/// Scores a sentence from its quantities, cue words and attribution facts.
pub(crate) fn score(text: &str, quantities: &[Quantity], cues: &[CueHit], facts: &Facts) -> Scored {
    let mut signals = Vec::new();
    let counted: Vec<&Quantity> = quantities
        .iter()
        .filter(|q| {
            !matches!(
                q.category,
                Category::Identifier | Category::Time | Category::Date | Category::Year
            )
        })
        .collect();
    let numeric = quantities
        .iter()
        .any(|q| !matches!(q.category, Category::Identifier | Category::Time));
    if let Some(first) = counted.first() {
        let extra = (counted.len() - 1).min(3) as f64;
        push(
            &mut signals,
            "quantity",
            W_QUANTITY + W_EXTRA_QUANTITY * extra,
            Some(&first.text),
        );
    }
    if let Some(q) = counted.iter().find(|q| q.category == Category::Money) {
        push(&mut signals, "money", W_MONEY, Some(&q.text));
    }
    if let Some(q) = counted
        .iter()
        .find(|q| matches!(q.category, Category::Percent | Category::PercentagePoint))
    {
        push(&mut signals, "percent", W_PERCENT, Some(&q.text));
    }
    if let Some(q) = quantities
        .iter()
        .find(|q| matches!(q.category, Category::Date | Category::Year))
    {
        push(&mut signals, "date", W_DATE, Some(&q.text));
    }
    if let Some(q) = counted.iter().find(|q| q.approx.is_some()) {
        push(&mut signals, "hedged_quantity", W_HEDGED, Some(&q.text));
    }
    let mut seen = [false; 5];
    for hit in cues {
        let (slot, name, weight) = match hit.class {
            CueClass::Change => (0, "comparison", W_COMPARISON),
            CueClass::Superlative => (1, "superlative", W_SUPERLATIVE),
            CueClass::Event => (2, "event", W_EVENT),
            CueClass::Modality => (3, "modality", W_MODALITY),
            CueClass::Opinion => (4, "opinion", W_OPINION),
            CueClass::Report(_) => continue,
        };
        if !seen[slot] {
            seen[slot] = true;
            push(&mut signals, name, weight, text.get(hit.start..hit.end));
        }
    }
    if facts.entities > 0 {
        let evidence = facts.entity_span.and_then(|(a, b)| text.get(a..b));
        push(
            &mut signals,
            "named_entity",
            W_ENTITY * facts.entities.min(3) as f64,
            evidence,
        );
    }
    if let Some(speaker) = &facts.speaker {
        push(&mut signals, "speaker", W_SPEAKER, Some(&speaker.name));
    }
    if let Some((a, b)) = facts.quote {
        push(&mut signals, "quote", W_QUOTE, text.get(a..b));
    }
    if facts.words >= 15 {
        push(&mut signals, "long_sentence", W_LONG, None);
    }
    if facts.first_person {
        push(&mut signals, "first_person", W_FIRST_PERSON, None);
    }
    if facts.question {
        push(&mut signals, "question", W_QUESTION, None);
    }
    if facts.words < 6 {
        push(&mut signals, "short", W_SHORT, None);
    }
    let raw = BIAS + signals.iter().map(|s| s.weight).sum::<f64>();
    let content = signals
        .iter()
        .filter(|s| CONTENT_SIGNALS.contains(&s.name.as_str()))
        .map(|s| s.weight)
        .sum();
    Scored {
        score: squash(raw),
        signals,
        content,
        numeric,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_is_monotonic_and_bounded() {
        assert!(squash(-50.0) >= 0.0 && squash(50.0) <= 1.0);
        assert!(squash(-1.0) < squash(0.0) && squash(0.0) < squash(1.0));
        assert!((squash(0.0) - 0.5).abs() < 1e-12);
    }
}
