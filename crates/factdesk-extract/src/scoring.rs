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

/// Most signals one sentence can fire: one per rule below.
const MAX_SIGNALS: usize = 17;

/// A signal before it becomes a [`Signal`]: the evidence is borrowed, so
/// scoring a sentence that is then dropped allocates nothing.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PendingSignal<'a> {
    pub name: &'static str,
    pub weight: f64,
    pub evidence: Option<&'a str>,
}

/// The score of one sentence.
#[derive(Debug, Clone)]
pub(crate) struct Scored<'a> {
    pub score: f64,
    signals: [PendingSignal<'a>; MAX_SIGNALS],
    len: usize,
    /// Sum of the content signals (see `CONTENT_SIGNALS`).
    pub content: f64,
    /// A quantity that counts for the `numeric` kind.
    pub numeric: bool,
}

impl Scored<'_> {
    /// The signals that fired, in the order they were found.
    pub fn pending(&self) -> &[PendingSignal<'_>] {
        &self.signals[..self.len]
    }

    /// The signals as they go into a claim.
    pub fn signals(&self) -> Vec<Signal> {
        self.pending()
            .iter()
            .map(|s| Signal {
                name: s.name.to_string(),
                weight: s.weight,
                evidence: s.evidence.map(str::to_string),
            })
            .collect()
    }
}

/// The logistic squash of a raw score into 0..1.
pub(crate) fn squash(raw: f64) -> f64 {
    1.0 / (1.0 + (-raw).exp())
}

/// Collects signals into a fixed array (there are never more than
/// [`MAX_SIGNALS`]).
struct Collector<'a> {
    signals: [PendingSignal<'a>; MAX_SIGNALS],
    len: usize,
}

impl<'a> Collector<'a> {
    /// Records a signal. Weights are kept to hundredths: three entities at
    /// 0.3 add up to 0.8999999999999999 in binary floating point, which a
    /// reviewer would read in the review file.
    fn push(&mut self, name: &'static str, weight: f64, evidence: Option<&'a str>) {
        if let Some(slot) = self.signals.get_mut(self.len) {
            *slot = PendingSignal {
                name,
                weight: (weight * 100.0).round() / 100.0,
                evidence,
            };
            self.len += 1;
        }
    }
}

/// Whether a quantity counts as a measured or counted quantity (not a
/// date, year, clock time or identifier).
fn is_counted(q: &Quantity) -> bool {
    !matches!(
        q.category,
        Category::Identifier | Category::Time | Category::Date | Category::Year
    )
}

/// Scores a sentence from its quantities, cue words and attribution facts.
///
/// The quantities come as an iterator (walked a few times through clones)
/// so the caller needs no list of references for every sentence.
pub(crate) fn score<'a>(
    text: &'a str,
    quantities: impl Iterator<Item = &'a Quantity> + Clone,
    cues: &[CueHit],
    facts: &'a Facts,
) -> Scored<'a> {
    let mut out = Collector {
        signals: [PendingSignal::default(); MAX_SIGNALS],
        len: 0,
    };
    let mut counted = quantities.clone().filter(|q| is_counted(q));
    let numeric = quantities
        .clone()
        .any(|q| !matches!(q.category, Category::Identifier | Category::Time));
    if let Some(first) = counted.next() {
        let extra = counted.count().min(3) as f64;
        out.push(
            "quantity",
            W_QUANTITY + W_EXTRA_QUANTITY * extra,
            Some(&first.text),
        );
    }
    let mut counted = quantities.clone().filter(|q| is_counted(q));
    if let Some(q) = counted.clone().find(|q| q.category == Category::Money) {
        out.push("money", W_MONEY, Some(&q.text));
    }
    if let Some(q) = counted
        .clone()
        .find(|q| matches!(q.category, Category::Percent | Category::PercentagePoint))
    {
        out.push("percent", W_PERCENT, Some(&q.text));
    }
    if let Some(q) = quantities
        .clone()
        .find(|q| matches!(q.category, Category::Date | Category::Year))
    {
        out.push("date", W_DATE, Some(&q.text));
    }
    if let Some(q) = counted.find(|q| q.approx.is_some()) {
        out.push("hedged_quantity", W_HEDGED, Some(&q.text));
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
            out.push(name, weight, text.get(hit.start..hit.end));
        }
    }
    if facts.entities > 0 {
        let evidence = facts.entity_span.and_then(|(a, b)| text.get(a..b));
        out.push(
            "named_entity",
            W_ENTITY * facts.entities.min(3) as f64,
            evidence,
        );
    }
    if let Some(speaker) = &facts.speaker {
        out.push("speaker", W_SPEAKER, Some(&speaker.name));
    }
    if let Some((a, b)) = facts.quote {
        out.push("quote", W_QUOTE, text.get(a..b));
    }
    if facts.words >= 15 {
        out.push("long_sentence", W_LONG, None);
    }
    if facts.first_person {
        out.push("first_person", W_FIRST_PERSON, None);
    }
    if facts.question {
        out.push("question", W_QUESTION, None);
    }
    if facts.words < 6 {
        out.push("short", W_SHORT, None);
    }
    let signals = &out.signals[..out.len];
    let raw = BIAS + signals.iter().map(|s| s.weight).sum::<f64>();
    let content = signals
        .iter()
        .filter(|s| CONTENT_SIGNALS.contains(&s.name))
        .map(|s| s.weight)
        .sum();
    Scored {
        score: squash(raw),
        signals: out.signals,
        len: out.len,
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

    #[test]
    fn signal_weights_print_as_written() {
        let text = "Menteri Luar Negeri AS John Kerry mengatakan 60 negara dari Eropa Barat, Asia Tenggara dan Timur Tengah bergabung.";
        let extraction = crate::extract(text, Some(crate::Language::Id));
        let weights: Vec<f64> = extraction
            .claims
            .iter()
            .flat_map(|c| c.signals.iter().map(|s| s.weight))
            .collect();
        assert!(!weights.is_empty());
        for weight in weights {
            let shown = serde_json::to_string(&weight).unwrap_or_default();
            assert!(shown.len() <= 5, "weight {shown}");
        }
    }
}
