//! Turns a news article into checkable claims.
//!
//! The pipeline: detect the language, split sentences that survive real news
//! text, find quantities (`factdesk-numbers`), find speakers and quotes, then
//! score each sentence for check-worthiness and keep the ones that carry
//! something a fact-checker can check. Every claim keeps exact byte offsets
//! into the article and a text-quote anchor so it can be found again after
//! the article is edited.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use factdesk_numbers::{Approx, Category, Language, Quantity};

mod attribution;
mod cues;
mod identity;
mod lang;
mod scoring;
mod sentences;
mod words;

pub use identity::{ANCHOR_CONTEXT_CHARS, anchor_for, claim_id};
pub use lang::detect_language;
pub use sentences::{Sentence, sentences};

/// The extractor's name, as recorded in review files.
pub const EXTRACTOR_NAME: &str = "factdesk-extract";

/// The extractor's version: a review file records it so a reviewer knows
/// which rules produced its claims.
pub const EXTRACTOR_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Minimum content weight for a sentence with no number, quote or speaker
/// to be kept as a `factual` claim.
const FACTUAL_MIN_CONTENT: f64 = 0.6;
/// Minimum score for a `factual` claim.
const FACTUAL_MIN_SCORE: f64 = 0.5;

/// What makes a claim checkable. A claim can be several kinds at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Carries at least one quantity.
    Numeric,
    /// Carries a direct quotation.
    Quote,
    /// Reports what a named source said (directly or indirectly).
    Attributed,
    /// A factual statement with neither numbers nor attribution.
    Factual,
}

impl ClaimKind {
    /// The name used in JSON, on the command line and on screen.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Numeric => "numeric",
            ClaimKind::Quote => "quote",
            ClaimKind::Attributed => "attributed",
            ClaimKind::Factual => "factual",
        }
    }
}

/// One reason a sentence was judged check-worthy, with its contribution to
/// the score, so a reviewer can see why a claim is there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// A stable machine name (`quantity`, `speaker`, `superlative` …).
    pub name: String,
    /// How much it added to the raw score.
    pub weight: f64,
    /// The article text that triggered it, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// A W3C Web Annotation TextQuoteSelector: the claim's exact text plus a
/// little context either side, enough to find it again in an edited article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The exact text of the claim.
    pub exact: String,
    /// Up to 32 characters of article text just before it.
    pub prefix: String,
    /// Up to 32 characters of article text just after it.
    pub suffix: String,
}

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The person's (or organisation's) full name, as first introduced
    /// ("John Kerry", even when this sentence says "Kerry" or "dia").
    pub name: String,
    /// Title or role when the article gives one ("Menteri Luar Negeri AS").
    pub role: Option<String>,
    /// Byte span of the mention in this claim's sentence that refers to the
    /// speaker (a name, a pronoun, or a clitic such as "katanya"). When the
    /// sentence has no mention (a quote-only paragraph) it is the span of
    /// the mention that introduced the speaker.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The reporting verb or cue that attributes the statement
    /// ("mengatakan", "katanya", "menurut", "said"; "quote-continuation" for a
    /// quotation paragraph that goes on with the last speaker,
    /// "quote-signature" for a quotation signed without a verb).
    pub cue: String,
    /// The pronoun, clitic, epithet or description resolved to `name`,
    /// when the speaker was found through one ("dia", "-nya", "he", "sang
    /// menteri", "the US firm").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Whether the source is a person, an organisation or a document, as
    /// far as the article's wording tells. Omitted for a person (files
    /// written before the field existed read as persons).
    #[serde(default, skip_serializing_if = "SourceKind::is_person")]
    pub kind: SourceKind,
}

/// What kind of source a [`Speaker`] is.
///
/// Read from the wording, not from a knowledge base: an abbreviation
/// ("NIESR", "KPK"), an institution's head ("Bank of England", "Badan
/// Pusat Statistik"), a company mark ("PT", "&") or a description before
/// the name ("accountancy firm Ernst & Young") make an organisation; a
/// report, survey or data set ("according to a survey", "menurut data
/// Kementerian Keuangan") is a document; anyone else, titled or not, is a
/// person. Reports use it: ClaimReview's `author` is an `Organization` for
/// an organisation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A person, named or described ("the chancellor", "the 22-year-old").
    #[default]
    Person,
    /// A company, institution, party, agency or other body.
    Organisation,
    /// A report, study, survey, data set or regulation.
    Document,
}

impl SourceKind {
    /// The name used in the review file and in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organisation => "organisation",
            SourceKind::Document => "document",
        }
    }

    /// Whether this is [`SourceKind::Person`] (the default, which the
    /// review file leaves out).
    pub fn is_person(&self) -> bool {
        *self == SourceKind::Person
    }
}

/// A claim as the extractor sees it: no verdict, no reviewer data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedClaim {
    /// Stable id derived from the normalized text plus its occurrence.
    pub id: String,
    /// `article[start..end]`.
    pub text: String,
    /// UTF-8 byte offset of the sentence start in the article.
    pub start: usize,
    /// UTF-8 byte offset one past the sentence end.
    pub end: usize,
    /// What makes it checkable, sorted.
    pub kinds: Vec<ClaimKind>,
    /// Check-worthiness in 0..=1.
    pub score: f64,
    /// Why it scored what it did.
    pub signals: Vec<Signal>,
    /// Text-quote anchor for re-anchoring after edits.
    pub anchor: Anchor,
    /// Quantities inside the sentence (offsets are article offsets).
    pub quantities: Vec<Quantity>,
    /// Who said it, when attributed.
    pub speaker: Option<Speaker>,
}

/// The result of extracting one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The language the article was read in.
    pub language: Language,
    /// The headline, when the article starts with one (a first line followed
    /// by a blank line).
    pub title: Option<String>,
    /// The day the article's relative dates ("kemarin", "last year") were
    /// read from, when one was given or found.
    pub reference: Option<ReferenceDate>,
    /// Claims in article order.
    pub claims: Vec<ExtractedClaim>,
}

/// How to read an article: what [`extract_with`] is told rather than finds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExtractOptions {
    /// The article's language; detected when `None`.
    pub lang: Option<Language>,
    /// The day the article was published. Relative dates ("kemarin",
    /// "tahun lalu", "last year") are read from it; without it, from the
    /// article's own latest dated day ("Selasa (21/10/2025)"), else they
    /// keep no value.
    pub published: Option<NaiveDate>,
}

/// The day an article's relative dates are read from, and why that day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    /// The day (`YYYY-MM-DD`).
    pub date: NaiveDate,
    /// Who said it is the day.
    pub source: ReferenceSource,
    /// The article's words that date it ("Selasa (21/10/2025)"), when the
    /// day came from the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Byte offset of `text` in the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// Byte offset one past `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// Where a [`ReferenceDate`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceSource {
    /// The user gave the publication day (`--published`).
    Given,
    /// The latest day the article names with its weekday: Indonesian news
    /// dates what it reports that way, so it is the day of writing or
    /// close to it.
    Article,
}

impl ReferenceDate {
    /// A day typed as `YYYY-MM-DD`, with a year the review file can store
    /// (1 to 9999); `None` for anything else.
    pub fn parse_day(text: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .filter(|day| (1..=9999).contains(&chrono::Datelike::year(day)))
    }

    /// Why this day, for a reader: "the publication day given", or the
    /// article's words that date it ("Selasa (21/10/2025) in the
    /// article"). Not neutralized: each output cleans it its own way.
    pub fn why(&self) -> String {
        match (self.source, &self.text) {
            (ReferenceSource::Given, _) => "the publication day given".to_owned(),
            (ReferenceSource::Article, Some(text)) => format!("{text} in the article"),
            (ReferenceSource::Article, None) => "dated in the article".to_owned(),
        }
    }

    /// A publication day the user gave.
    pub fn given(date: NaiveDate) -> ReferenceDate {
        ReferenceDate {
            date,
            source: ReferenceSource::Given,
            text: None,
            start: None,
            end: None,
        }
    }
}

/// Extracts the checkable claims of `article`, in article order.
///
/// `lang` overrides language detection. Claims carry byte offsets into
/// `article` (a byte-order mark is skipped, not removed), a score in 0..1
/// with the signals behind it, the quantities inside the sentence and the
/// speaker when the sentence is attributed. Never panics, whatever the
/// input.
pub fn extract(article: &str, lang: Option<Language>) -> Extraction {
    extract_with(
        article,
        ExtractOptions {
            lang,
            published: None,
        },
    )
}

/// [`extract`], told the language or the publication day (see
/// [`ExtractOptions`]).
pub fn extract_with(article: &str, options: ExtractOptions) -> Extraction {
    let language = options.lang.unwrap_or_else(|| detect_language(article));
    let layout = sentences::layout(article, language);
    let title = layout.title.map(|(a, b)| article[a..b].to_string());
    if layout.units.is_empty() {
        return Extraction {
            language,
            title,
            reference: options.published.map(ReferenceDate::given),
            claims: Vec::new(),
        };
    }
    // The per-article work buffers live on in the thread between calls:
    // allocating and freeing blocks this large for every article made the
    // allocator consolidate its free lists each time.
    thread_local! {
        static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
    }
    let published = options.published;
    let (claims, reference) = BUFFERS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buffers) => {
            let found = extract_claims(article, language, published, &layout, &mut buffers);
            buffers.trim();
            found
        }
        // Only reachable by re-entering from inside an extraction.
        Err(_) => extract_claims(
            article,
            language,
            published,
            &layout,
            &mut Buffers::default(),
        ),
    });
    Extraction {
        language,
        title,
        reference,
        claims,
    }
}

/// Work buffers of [`extract`], reused from one article to the next.
#[derive(Default)]
struct Buffers {
    quantities: Vec<Quantity>,
    cue_hits: Vec<cues::CueHit>,
    scratch: attribution::Scratch,
}

impl Buffers {
    /// Cue hits and quantities kept between articles: enough for a 1 MB
    /// article.
    const KEEP_CUES: usize = 1 << 14;

    /// Drops a buffer grown for a very long article, so a thread does not
    /// hold on to it.
    fn trim(&mut self) {
        if self.cue_hits.capacity() > Self::KEEP_CUES {
            self.cue_hits = Vec::new();
        }
        // Quantities own strings: free them now, not at the next article.
        self.quantities.clear();
        if self.quantities.capacity() > Self::KEEP_CUES {
            self.quantities = Vec::new();
        }
        self.scratch.trim();
    }
}

/// Hashes a claim-id digest by its own bytes: they are already uniformly
/// distributed (SHA-256), so SipHash over them only costs time.
#[derive(Default)]
struct DigestHasher(u64);

impl std::hash::Hasher for DigestHasher {
    fn finish(&self) -> u64 {
        // Spread the bytes to the high bits too (hashbrown reads both ends).
        self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }
}

/// The claims of an article whose sentence layout is known, and the day
/// its relative dates were read from.
fn extract_claims(
    article: &str,
    language: Language,
    published: Option<NaiveDate>,
    layout: &sentences::Layout,
    buffers: &mut Buffers,
) -> (Vec<ExtractedClaim>, Option<ReferenceDate>) {
    let Buffers {
        quantities,
        cue_hits,
        scratch,
    } = buffers;
    // About one quantity per 65 bytes of news: reserve so the list rarely
    // regrows (and copies).
    quantities.clear();
    quantities.reserve(article.len() / 48 + 4);
    factdesk_numbers::find_quantities_into(article, language, quantities);
    let reference = read_relative_dates(quantities, language, published);
    // Sized from the text so the vector rarely grows (a regrowth copies
    // everything so far): news has a cue word every ~100 bytes.
    cue_hits.clear();
    cue_hits.reserve(article.len() / 64 + 4);
    cues::scan(article, cue_hits);

    let mut tracker = attribution::Tracker::default();
    let mut occurrences: HashMap<[u8; 6], usize, BuildHasherDefault<DigestHasher>> =
        HashMap::with_capacity_and_hasher(layout.units.len(), BuildHasherDefault::default());
    // Every claim is a unit: news has one every ~130 bytes.
    let mut claims = Vec::with_capacity(layout.units.len());
    // Indices into `quantities` of the current unit's quantities.
    let mut unit_quantities: Vec<usize> = Vec::new();
    let (mut next_quantity, mut next_cue) = (0usize, 0usize);
    for unit in &layout.units {
        while quantities
            .get(next_quantity)
            .is_some_and(|q| q.start < unit.start)
        {
            next_quantity += 1;
        }
        let quantity_end = next_quantity
            + quantities[next_quantity..]
                .iter()
                .take_while(|q| q.start < unit.end)
                .count();
        while cue_hits.get(next_cue).is_some_and(|c| c.start < unit.start) {
            next_cue += 1;
        }
        let cue_end = next_cue
            + cue_hits[next_cue..]
                .iter()
                .take_while(|c| c.start < unit.end)
                .count();
        let unit_cues = &cue_hits[next_cue..cue_end];
        // "akan digelar pada Kamis", "tahun sebelumnya": read from the
        // sentence they stand in.
        factdesk_numbers::resolve_sentence_dates(
            &mut quantities[next_quantity..quantity_end],
            article.get(unit.start..unit.end).unwrap_or_default(),
            unit.start,
            language,
            reference.as_ref().map(|r| r.date),
        );
        unit_quantities.clear();
        unit_quantities.extend((next_quantity..quantity_end).filter(|&i| {
            let q = &quantities[i];
            q.end <= unit.end && article.get(q.start..q.end).is_some()
        }));
        next_quantity = quantity_end;
        next_cue = cue_end;

        let text = &article[unit.start..unit.end];
        if is_boilerplate(text) {
            continue;
        }
        let facts = if unit.headline {
            // A headline is read on its own: it must not set up pronouns.
            let mut headline_tracker = attribution::Tracker::default();
            attribution::analyze(
                article,
                unit,
                unit_cues,
                language,
                &mut headline_tracker,
                scratch,
            )
        } else {
            attribution::analyze(article, unit, unit_cues, language, &mut tracker, scratch)
        };
        let scored = scoring::score(
            article,
            unit_quantities.iter().map(|&i| &quantities[i]),
            unit_cues,
            &facts,
        );
        let mut kinds = Vec::new();
        if scored.numeric {
            kinds.push(ClaimKind::Numeric);
        }
        if facts.quote.is_some() {
            kinds.push(ClaimKind::Quote);
        }
        if facts.speaker.is_some() {
            kinds.push(ClaimKind::Attributed);
        }
        if kinds.is_empty()
            && scored.content >= FACTUAL_MIN_CONTENT
            && scored.score >= FACTUAL_MIN_SCORE
        {
            kinds.push(ClaimKind::Factual);
        }
        if kinds.is_empty() || (facts.words < 3 && !scored.numeric) {
            continue;
        }
        kinds.sort();
        let digest = identity::id_digest(text);
        let occurrence = occurrences.entry(digest).or_insert(0);
        *occurrence += 1;
        let id = identity::format_id(&digest, *occurrence);
        let (score, signals) = (scored.score, scored.signals());
        claims.push(ExtractedClaim {
            id,
            text: text.to_string(),
            start: unit.start,
            end: unit.end,
            kinds,
            score,
            signals,
            anchor: anchor_for(article, unit.start, unit.end),
            // Units do not overlap, so no quantity belongs to two claims:
            // move each one into its claim instead of cloning its strings.
            quantities: unit_quantities
                .iter()
                .map(|&i| std::mem::replace(&mut quantities[i], placeholder_quantity()))
                .collect(),
            speaker: facts.speaker,
        });
    }
    (claims, reference)
}

/// Every quantity in `text` (as [`factdesk_numbers::find_quantities`]
/// finds them) with its relative dates read from `published`, else from
/// the latest day the text dates with its weekday; and that day.
pub fn dated_quantities(
    text: &str,
    lang: Language,
    published: Option<NaiveDate>,
) -> (Vec<Quantity>, Option<ReferenceDate>) {
    let mut quantities = factdesk_numbers::find_quantities(text, lang);
    let reference = read_relative_dates(&mut quantities, lang, published);
    // No sentences here: the whole text stands for one (a weekday's tense
    // is looked for back to its sentence's stop, a date counted back from
    // takes the nearest dated quantity within about a sentence).
    factdesk_numbers::resolve_sentence_dates(
        &mut quantities,
        text,
        0,
        lang,
        reference.as_ref().map(|r| r.date),
    );
    (quantities, reference)
}

/// Gives the relative dates among `quantities` their value, read from the
/// day given, else from the day the quantities date themselves by (see
/// [`factdesk_numbers::reference_in`]); returns that day.
fn read_relative_dates(
    quantities: &mut [Quantity],
    lang: Language,
    published: Option<NaiveDate>,
) -> Option<ReferenceDate> {
    let reference = match published {
        Some(date) => ReferenceDate::given(date),
        None => {
            let (i, date) = factdesk_numbers::reference_in(quantities)?;
            let q = &quantities[i];
            ReferenceDate {
                date,
                source: ReferenceSource::Article,
                text: Some(q.text.clone()),
                start: Some(q.start),
                end: Some(q.end),
            }
        }
    };
    factdesk_numbers::resolve_relative_dates(quantities, lang, reference.date);
    Some(reference)
}

/// What a quantity moved into a claim leaves behind in the work list (it
/// allocates nothing and is never read).
fn placeholder_quantity() -> Quantity {
    Quantity {
        text: String::new(),
        start: 0,
        end: 0,
        value: None,
        low: None,
        high: None,
        unit: None,
        category: Category::Number,
        approx: None,
    }
}

/// Scores `sentence` as one sentence, out of any article context, and
/// returns its check-worthiness in 0..1 with the signals behind it.
///
/// Used to evaluate the scoring model on labelled sentence sets and to
/// score a claim a reviewer typed in by hand.
pub fn score_sentence(sentence: &str, lang: Language) -> (f64, Vec<Signal>) {
    let start = sentence.len() - sentence.trim_start().len();
    let end = start + sentence.trim().len();
    let unit = sentences::Unit {
        start,
        end,
        paragraph: 0,
        headline: false,
    };
    let quantities = factdesk_numbers::find_quantities(sentence, lang);
    let mut cue_hits = Vec::new();
    cues::scan(sentence, &mut cue_hits);
    let mut tracker = attribution::Tracker::default();
    let mut scratch = attribution::Scratch::default();
    let facts = attribution::analyze(sentence, &unit, &cue_hits, lang, &mut tracker, &mut scratch);
    let scored = scoring::score(sentence, quantities.iter(), &cue_hits, &facts);
    (scored.score, scored.signals())
}

/// Scraping debris and page furniture that is never a claim.
fn is_boilerplate(text: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "baca juga",
        "simak video",
        "simak juga",
        "lihat juga",
        "tonton juga",
        "saksikan juga",
        "baca selengkapnya",
        "(penulis:",
        "penulis:",
        "editor:",
        "advertisement",
        "scroll to continue",
        "read more",
        "also read",
    ];
    let head = &text[..sentences::floor_boundary(text, 24)];
    if PREFIXES.iter().any(|prefix| {
        head.len() >= prefix.len()
            && head.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    }) {
        return true;
    }
    // A shouting line with no lower-case letter at all ("SCROLL TO CONTINUE").
    text.len() < 120 && !text.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_furniture_is_never_a_claim() {
        let article = "Banjir merendam 1.200 rumah di Jakarta Timur.\n\
                       Baca juga: 5 Tips Hadapi Banjir\n\
                       Tonton juga video \"Mensos Tinjau Sekolah Rakyat 4 Sumedang\" di sini:\n\
                       SCROLL TO CONTINUE WITH 3 CONTENT\n\
                       Warga mengungsi ke 12 posko.\n";
        let texts: Vec<String> = extract(article, Some(Language::Id))
            .claims
            .into_iter()
            .map(|claim| claim.text)
            .collect();
        assert_eq!(
            texts,
            [
                "Banjir merendam 1.200 rumah di Jakarta Timur.",
                "Warga mengungsi ke 12 posko."
            ]
        );
    }
}
