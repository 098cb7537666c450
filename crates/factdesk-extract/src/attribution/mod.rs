//! Attribution: who said what.
//!
//! Works sentence by sentence in article order, carrying a small discourse
//! state: the people introduced so far (so "Kerry" resolves to "John
//! Kerry" and "al-Abadi" to "Haider al-Abadi"), the last speaker (for quote
//! paragraphs that continue a speaker) and the most recent person a pronoun
//! or clitic ("dia", "-nya", "he") can refer to.
//!
//! [`analyze`] reads one sentence; the parts it leans on, one job each:
//! - `tokens`: the sentence's words and its direct quotations;
//! - `lexicon`: the word lists (titles, roles, places, organisation and
//!   document words) and the per-token flags looked up from them;
//! - `runs`: capitalized runs split into role and name;
//! - `sentence`: where the speaker stands around a reporting cue;
//! - `tracker`: the discourse state from sentence to sentence;
//! - `kind`: whether a source is a person, an organisation or a document;
//! - `tests`: every rule on a short text, through the public `extract`.

use std::collections::HashMap;
use std::sync::OnceLock;

use factdesk_numbers::{WEEKDAYS_EN, WEEKDAYS_ID};
use memchr::memchr3;

use crate::cues::{CueClass, CueHit, Report};
use crate::sentences::Unit;
use crate::words::{
    FUNCTION_WORDS_EN, FUNCTION_WORDS_ID, MAX_WORD, WordMap, alnum_run, ascii_lower, char_at,
};
use crate::{Language, SourceKind, Speaker};

mod kind;
mod lexicon;
mod runs;
mod sentence;
#[cfg(test)]
mod tests;
mod tokens;
mod tracker;

use self::kind::*;
use self::lexicon::*;
use self::runs::*;
use self::sentence::*;
use self::tokens::*;
use self::tracker::*;

pub(crate) use self::tracker::Tracker;

/// Reusable buffers, so analysing a sentence allocates next to nothing.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    tokens: Vec<Token>,
    runs: Vec<Run>,
    pub quotes: Vec<(usize, usize)>,
}

impl Scratch {
    /// Entries a buffer keeps between articles (a very long sentence's
    /// buffers are dropped, not held by the thread).
    const KEEP: usize = 1 << 12;

    /// Drops any buffer grown past [`Scratch::KEEP`] entries.
    pub(crate) fn trim(&mut self) {
        if self.tokens.capacity() > Self::KEEP {
            self.tokens = Vec::new();
        }
        if self.runs.capacity() > Self::KEEP {
            self.runs = Vec::new();
        }
        if self.quotes.capacity() > Self::KEEP {
            self.quotes = Vec::new();
        }
    }
}

/// What attribution found in one sentence.
#[derive(Debug, Default)]
pub(crate) struct Facts {
    pub speaker: Option<Speaker>,
    /// The longest direct quotation, when it has at least two words.
    pub quote: Option<(usize, usize)>,
    /// Named-entity mentions (capitalized runs not opening the sentence).
    pub entities: usize,
    /// The first such mention.
    pub entity_span: Option<(usize, usize)>,
    /// Words with at least one letter.
    pub words: usize,
    /// First-person pronouns outside quotations.
    pub first_person: bool,
    /// Ends with a question mark.
    pub question: bool,
}

/// A resolved speaker before it becomes a [`Speaker`].
struct Candidate {
    person: Person,
    mention: (usize, usize),
    via: Option<String>,
    cue: (usize, usize),
    verb: bool,
}

/// Reporting participles that, after a comma, report what the clause's
/// subject said, as "saying" does anywhere.
const PARTICIPLE_CUES: &[&str] = &["warning", "adding", "arguing", "insisting"];

/// Whether `cue` is "saying" or one of [`PARTICIPLE_CUES`].
fn is_participle(cue: &str) -> bool {
    cue.eq_ignore_ascii_case("saying") || PARTICIPLE_CUES.contains(&cue)
}

/// Whether `rest`, the text after "adding", is what was said: "that", a
/// colon or a quotation follows ("…, adding that …"), not an object
/// ("…, adding pay-TV channels later").
fn reports_speech(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.starts_with([':', '"', '“', '‘', '\''])
        || rest
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("that"))
}

/// Analyses one sentence: finds its quotations, entity mentions and
/// speaker, and (when `update` is set) advances the discourse state.
pub(crate) fn analyze(
    text: &str,
    unit: &Unit,
    cues: &[CueHit],
    lang: Language,
    tracker: &mut Tracker,
    scratch: &mut Scratch,
) -> Facts {
    let Scratch {
        tokens,
        runs,
        quotes,
    } = scratch;
    tokens.clear();
    quotes.clear();
    tokenize(text, unit.start, unit.end, tokens);
    // "2. Angka Bunuh Diri di IndonesiaPrabowo juga mengungkapkan": a
    // numbered heading glued to the text that follows it.
    // The item's number opens the sentence ("2. Angka Bunuh Diri …") or
    // ended the one before ("… di antaranya.1." then "Anak StuntingPrabowo
    // membeberkan …").
    let list_item = tokens.first().is_some_and(|t| {
        text[t.start..t.end].bytes().all(|b| b.is_ascii_digit()) && text[t.end..].starts_with('.')
    }) || ends_with_list_number(&text[..unit.start]);
    if list_item {
        drop_glued_heading(text, tokens);
    }
    find_quotes(text, unit.start, unit.end, quotes);
    find_runs(text, tokens, runs);
    let inside_quote =
        |start: usize, end: usize| quotes.iter().any(|&(a, b)| start >= a && end <= b);

    let mut facts = Facts {
        words: tokens.iter().filter(|t| t.alphabetic).count(),
        ..Facts::default()
    };
    let body = text[unit.start..unit.end].trim_end_matches(['”', '"', '’', ')', '»', ' ']);
    facts.question = body.ends_with('?');
    // Indonesian speaks of itself with saya, aku, kami, kita: there "I" is
    // a Roman numeral ("Komisi I", "semester I 2025", "PLTA Asahan I").
    let own_language = |word: &str| {
        lang == Language::En
            || ["saya", "aku", "kami", "kita"]
                .iter()
                .any(|p| word.eq_ignore_ascii_case(p))
    };
    facts.first_person = tokens.iter().any(|t| {
        // The flag first: slicing every token's text costs 0.5% of a pass.
        t.flags & FIRST_PERSON_WORD != 0 && {
            let word = &text[t.start..t.end];
            !is_acronym(word) && own_language(word) && !inside_quote(t.start, t.end)
        }
    });
    facts.quote = quotes
        .iter()
        .copied()
        .filter(|&(a, b)| text[a..b].split_whitespace().count() >= 2)
        .max_by_key(|&(a, b)| b - a);

    // Register people introduced here, count entity mentions.
    let mut introduced: Option<Person> = None;
    let subject_start = subject_start(tokens);
    for run in runs.iter() {
        let sentence = Sentence { text, tokens, runs };
        let Some((start, end)) = sentence.span(run.first, run.last) else {
            continue;
        };
        if run.first > 0 || run.last > run.first {
            facts.entities += 1;
            // "Council of Mortgage Lenders (CML)" with its bracket.
            let end = close_bracket(text, start, end);
            facts.entity_span.get_or_insert((start, end));
        }
        if run.name_first > run.last {
            continue;
        }
        // "(Gus Ipul)" after "Saifullah Yusuf": another name of the person
        // before the bracket, not someone new.
        if let Some(person_run) = sentence.alias_of(run)
            && let Some((person, _)) = sentence.person_from_run(person_run, tracker)
            && let Some((alias, _, _)) = sentence.span_text(run.first, run.last)
            && tracker.lookup(&alias).is_none()
        {
            tracker.add_alias(&person.name, &alias);
            continue;
        }
        let name_tokens = run.last + 1 - run.name_first;
        // "3. Impor dan Tingginya Harga Gula Prabowo juga menyoroti": a
        // numbered heading's words before a known name are no part of it.
        if list_item
            && run.role.is_none()
            && name_tokens >= 2
            && let Some(known) = tracker.lookup_or_recent(sentence.word(run.last))
        {
            if let Some(last) = tokens.get(run.last)
                && !inside_quote(last.start, last.end)
            {
                introduced = Some(Person {
                    start: last.start,
                    end: last.end,
                    ..known.clone()
                });
            }
            continue;
        }
        // "Plaid Cymru's spokesman": an owner, not a person.
        let possessive = sentence
            .span(run.last, run.last)
            .is_some_and(|(_, end)| text[..end].ends_with("'s") || text[..end].ends_with("’s"));
        // "Double Olympic" of "Double Olympic champion Kelly Holmes" is
        // part of her role, not a person.
        let in_a_role = runs.iter().any(|other| {
            other
                .role
                .is_some_and(|(a, b)| a <= run.first && run.last <= b && other.first > run.last)
        });
        // "Ms Essex" after "Finance Minister Sue Essex": what the title
        // tells of someone already known.
        let told_from = run.role.map_or(run.first, |(a, _)| a.min(run.first));
        let gender = (told_from..run.name_first)
            .find_map(|i| gender_of_flags(tokens.get(i).map_or(0, |t| t.flags)));
        if name_tokens == 1
            && run.role.is_none()
            && let Some(gender) = gender
        {
            let surname = sentence.word(run.name_first);
            match tracker.lookup_index(surname) {
                Some(index) => tracker.note_gender(index, Some(gender)),
                None => tracker.note_gender_of_name(surname, gender),
            }
        }
        // "Jason Gardener's unbeaten run": an owner is no antecedent, but
        // a full name is known from here on ("said Gardener").
        if possessive && name_tokens >= 2 && run.role.is_none() && !in_a_role {
            if let Some((name, start, _)) = sentence.span_text(run.name_first, run.last) {
                let name = name.trim_end_matches("'s").trim_end_matches("’s");
                tracker.register(Person::new(name.to_string(), start, start + name.len()));
            }
            continue;
        }
        // "Bupati Karanganyar" after "Bupati Karanganyar Juliyatmono": the
        // office of someone known, who is again who "-nya" refers to.
        if let Some(known) = sentence.office_holder(run, tracker)
            && !possessive
            && !in_a_role
        {
            if !inside_quote(start, end) {
                introduced = Some(Person {
                    start,
                    end,
                    ..known.clone()
                });
            }
            continue;
        }
        if (name_tokens >= 2 || run.role.is_some()) && !possessive && !in_a_role {
            let Some((name, name_start, name_end)) = sentence.span_text(run.name_first, run.last)
            else {
                continue;
            };
            // "Dr Richard Lewis, Welsh secretary of the British Medical
            // Association (BMA), welcomed …": the appositive is the role.
            let role = run
                .role
                .and_then(|(a, b)| sentence.role_text(a, b))
                .or_else(|| {
                    (name_tokens >= 2)
                        .then(|| sentence.trailing_role(run.last))
                        .flatten()
                });
            let had_role = role.is_some();
            let person = Person {
                name,
                role,
                start: name_start,
                end: name_end,
                plural: false,
            };
            let index = tracker.register(person.clone());
            tracker.note_gender(index, gender);
            // Known under a fuller name: "Jaksa Tegar" is Tegar Djati Kusuma.
            let person = match tracker.people.get(index) {
                Some(known) if known.name != person.name => Person {
                    name: known.name.clone(),
                    role: known.role.clone(),
                    ..person
                },
                _ => person,
            };
            // A name inside a quotation is what the speaker talked about,
            // not who "he" refers to next ("… does not work for the United
            // States," he said).
            // Only a person with a title, or the subject, is who "dia" or
            // "he" refers to next: not a name in passing ("… tercermin
            // dari Prompt Manufacturing Index (PMI)").
            // An organisation's description ("Video game giant …") makes
            // no one whom "dia" or "he" means.
            let prominent = had_role && !person.role.as_deref().is_some_and(describes_organisation)
                || run.first == subject_start;
            if prominent
                && (had_role || introduced.is_none())
                && !inside_quote(name_start, name_end)
            {
                introduced = Some(person);
            }
        }
    }

    let sentence = Sentence { text, tokens, runs };
    // Try every reporting cue outside quotations.
    let mut best: Option<Candidate> = None;
    for hit in cues {
        let CueClass::Report(report) = hit.class else {
            continue;
        };
        if inside_quote(hit.start, hit.end) {
            continue;
        }
        // "Wisconsin added 23,608 jobs", "Dollar General added 2,500
        // stores": an increase, not speech.
        if adds_a_quantity(&text[hit.start..hit.end], &text[hit.end..unit.end]) {
            continue;
        }
        // "Says Gov. Chris Christie cut spending": a fact-check's claim
        // line, whose speaker is outside the text; what follows is what
        // was said, not who said it.
        if hit.start == unit.start && text[hit.start..hit.end].eq_ignore_ascii_case("says") {
            continue;
        }
        let found = match report {
            Report::Pre => sentence.before(hit.start, tracker),
            Report::Finding => sentence
                .before(hit.start, tracker)
                .filter(|(person, _, _)| source_kind(person) == SourceKind::Document),
            // "Berdasarkan data Bloomberg": the data is the source, a
            // document, as in "menurut data Kementerian Keuangan".
            Report::Post if text[hit.start..hit.end].eq_ignore_ascii_case("berdasarkan data") => {
                sentence.after(hit.end - "data".len(), tracker, false)
            }
            Report::Post => sentence.after(hit.end, tracker, false),
            // After the verb only when the name ends the clause; after
            // "told" it is the listener ("told Reuters").
            // "X dismissed the claims, saying …": the subject of the clause.
            // "… quoted an insider in the talks as saying": the one quoted.
            // "… issued a rallying cry, warning the stakes are too high":
            // the other participles only after a comma, so "a profit
            // warning" names nobody.
            Report::Both
                if text[hit.start..hit.end].eq_ignore_ascii_case("saying")
                    || PARTICIPLE_CUES.contains(&&text[hit.start..hit.end])
                        && text[..hit.start].trim_end().ends_with(',')
                        && (!text[hit.start..hit.end].eq_ignore_ascii_case("adding")
                            || reports_speech(&text[hit.end..unit.end])) =>
            {
                sentence.token_from(hit.start).and_then(|at| {
                    sentence
                        .quoted_as_saying(at, tracker)
                        .or_else(|| sentence.clause_subject(at, tracker))
                })
            }
            // "announced by X": the agent is the source.
            Report::Both if sentence.by_follows(hit.end) => sentence.after(hit.end, tracker, false),
            Report::Both => sentence.before(hit.start, tracker).or_else(|| {
                let cue = &text[hit.start..hit.end];
                // "told Reuters": the listener; "called Assad a
                // different kind of leader", "branded it …": what was
                // named.
                if [
                    "told",
                    "tells",
                    "called",
                    "calls",
                    "branded",
                    "dubbed",
                    "described",
                ]
                .iter()
                .any(|c| cue.eq_ignore_ascii_case(c))
                {
                    return None;
                }
                // A pronoun is kept as before ("said he was …"), except
                // "it": "… they said it was impossible" reports what "it"
                // was, not what it said.
                sentence
                    .after(hit.end, tracker, false)
                    .filter(|(_, (_, end), via)| {
                        via.as_deref().is_some_and(|v| v != "it") || sentence.ends_clause(*end)
                    })
            }),
            Report::PostAfterQuote => {
                if ends_with_closing_quote(&text[unit.start..hit.start]) {
                    sentence.after(hit.end, tracker, false)
                } else {
                    // "Satu dari tiga anak, dia sebut, stunting": in an
                    // aside the speaker comes first; "sebut saja Ani" and
                    // "yang ia sebut" report nothing.
                    sentence
                        .before(hit.start, tracker)
                        .filter(|(_, (start, _), _)| sentence.parenthetical(*start, hit.end))
                }
            }
            Report::Clitic => tracker
                .antecedent()
                .cloned()
                .map(|person| (person, (hit.start, hit.end), Some("-nya".to_string()))),
            Report::Noun => sentence.after(hit.end, tracker, true),
        };
        let Some((mut person, mention, via)) = found else {
            continue;
        };
        // "\"Despite weak growth …,\" NIESR said, adding that …": words
        // inside a quotation are what was said, never who said it.
        if inside_quote(mention.0, mention.1) {
            continue;
        }
        // "… president Nelson Mandela backed the plan when he urged …": a
        // person introduced earlier in this sentence, with a title or as
        // its subject, is who a later "he", "she", "dia" or "ia" means.
        if let (Some(pronoun), Some(here)) = (via.as_deref(), introduced.as_ref())
            && ["he", "she", "dia", "ia"].contains(&pronoun)
            && here.end <= mention.0
            && !sentence.parenthetical(mention.0, hit.end)
            && here.name != person.name
            && match pronoun {
                "he" => tracker.gender(here) != Some(Gender::Female),
                "she" => tracker.gender(here) != Some(Gender::Male),
                _ => true,
            }
        {
            person = Person {
                start: person.start,
                end: person.end,
                ..here.clone()
            };
        }
        // "\"… Masjid Agung Karanganyar,\" ujarnya": whoever is named in
        // the quotation is its subject, not who "-nya" or "he" is; the
        // last speaker is.
        if via.is_some() && !person.plural && named_in(text, quotes, &person.name) {
            match &tracker.last_speaker {
                Some((last, _)) if !named_in(text, quotes, &last.name) => {
                    person = Person {
                        start: person.start,
                        end: person.end,
                        ..last.clone()
                    };
                }
                _ => continue,
            }
        }
        let candidate = Candidate {
            person,
            mention,
            via,
            cue: (hit.start, hit.end),
            // A participle ("…, adding that …") yields to a finite verb,
            // whose subject it shares: "Hinting at …, NIESR said …,
            // adding that …" is NIESR, not "Hinting".
            verb: report != Report::Noun && !is_participle(&text[hit.start..hit.end]),
        };
        best = Some(match best {
            None => candidate,
            Some(current) => prefer(current, candidate, quotes),
        });
    }

    if let Some(candidate) = best.as_mut() {
        name_known_here(candidate, tracker, text);
    }
    let mut speaker_person: Option<Person> = None;
    if let Some(candidate) = best {
        let cue = text[candidate.cue.0..candidate.cue.1].to_lowercase();
        facts.speaker = Some(speaker(
            &candidate.person,
            candidate.mention,
            cue,
            candidate.via,
        ));
        speaker_person = Some(candidate.person);
    } else if let Some((person, mention)) = sentence.signature(quotes, unit.end, tracker) {
        facts.speaker = Some(speaker(
            &person,
            mention,
            "quote-signature".to_string(),
            None,
        ));
        speaker_person = Some(person);
    } else if text[unit.start..unit.end].starts_with(['“', '"', '«', '„', '”', '‘'])
        && !quotes.is_empty()
        && let Some((person, paragraph)) = &tracker.last_speaker
        && unit.paragraph <= paragraph + 1
    {
        let mention = (person.start, person.end);
        facts.speaker = Some(speaker(
            person,
            mention,
            "quote-continuation".to_string(),
            None,
        ));
    }

    // Advance the discourse state.
    let impersonal = facts
        .speaker
        .as_ref()
        .is_some_and(|s| s.kind != SourceKind::Person);
    if let Some(person) = speaker_person.as_ref().filter(|p| impersonal && !p.plural) {
        tracker.organisation = Some(person.clone());
        if person.name.contains(' ')
            && facts
                .speaker
                .as_ref()
                .is_some_and(|s| s.kind == SourceKind::Organisation)
            && !tracker.organisations.iter().any(|o| o.name == person.name)
        {
            tracker.organisations.push(person.clone());
        }
    }
    // A document is not whom "dia", "-nya", "he" or "she" means: "Data
    // BPS menunjukkan …" then "katanya" is still the person before.
    let document = facts
        .speaker
        .as_ref()
        .is_some_and(|s| s.kind == SourceKind::Document);
    // A document mentioned inside the sentence ("Said merespons paparan
    // Litbang Kompas yang menunjukkan …") is not whose words a following
    // quotation paragraph continues; one that opens it ("Data BPS
    // menunjukkan …") is.
    let opens = facts.speaker.as_ref().is_some_and(|s| {
        sentence
            .tokens
            .get(subject_start)
            .is_some_and(|t| t.start == s.start)
    });
    let continues_quotes = !document || opens;
    if let Some(person) = speaker_person.as_ref().filter(|p| unresolved_office(p)) {
        if continues_quotes {
            tracker.last_speaker = Some((person.clone(), unit.paragraph));
        }
    } else if let Some(person) = speaker_person {
        // A role learnt here ("President LPPI, Trioksa Siahaan,
        // menjelaskan") lets a later first name find the person.
        if !person.plural {
            tracker.learn_role(&person);
        }
        if person.plural {
            tracker.plural_antecedent = Some(person.clone());
        } else if !document {
            tracker.set_antecedent(person.clone());
        }
        if continues_quotes {
            tracker.last_speaker = Some((person, unit.paragraph));
        }
    } else if let Some(subject) = subject(&sentence, tracker, &inside_quote) {
        tracker.set_antecedent(subject);
    } else if let Some(person) = introduced {
        tracker.set_antecedent(person);
    }
    // "… the NIESR report was optimistic …. It said …": a report or an
    // organisation that is the subject of a sentence without a speaker
    // is what a later "it said" means.
    if facts.speaker.is_none()
        && let Some(source) = impersonal_subject(&sentence)
        && !inside_quote(source.start, source.end)
    {
        tracker.organisation = Some(source);
    }
    facts
}

/// The speaker a claim records: `person` as `mention` names them, found
/// through `cue` (and the pronoun `via`, if any).
fn speaker(person: &Person, mention: (usize, usize), cue: String, via: Option<String>) -> Speaker {
    Speaker {
        name: person.name.clone(),
        role: person.role.clone(),
        start: mention.0,
        end: mention.1,
        cue,
        via,
        kind: source_kind(person),
    }
}

/// Names the chosen speaker as the article knew them before, where the
/// words at the cue say less: "Nationwide said" after "says the
/// Nationwide building society" (an organisation by its first word, as a
/// person by their surname); "P2BK Purabaya Yanto Prayitno" after
/// "Petugas Penanggulangan Bencana Kecamatan (P2BK) Cisolok" (an office's
/// abbreviation, then the name); "the US firm says" after "Electronic
/// Arts (EA) says" (see [`described_organisation`]).
fn name_known_here(candidate: &mut Candidate, tracker: &Tracker, text: &str) {
    if candidate.via.is_none()
        && candidate.person.role.is_none()
        && let Some((description, known)) = described_organisation(text, &candidate.person, tracker)
    {
        candidate.via = Some(description.to_string());
        candidate.person = Person {
            start: candidate.person.start,
            end: candidate.person.end,
            ..known.clone()
        };
        return;
    }
    if candidate.via.is_none()
        && candidate.person.role.is_none()
        && !candidate.person.name.contains(' ')
        && let Some(known) = tracker.organisation_by_first_word(&candidate.person.name)
    {
        candidate.person = Person {
            start: candidate.person.start,
            end: candidate.person.end,
            ..known.clone()
        };
    }
    if candidate.person.role.is_none()
        && let Some((role, name)) = tracker.split_office_abbreviation(&candidate.person.name)
    {
        candidate.person.role = Some(role);
        candidate.person.name = name;
    }
}

/// An organisation named by a definite description, and the description:
/// "the US firm", "the company", Indonesian "Perseroan" (the company) is
/// the latest organisation that spoke; "the bank", "the society" is the
/// latest whose name has that word ("Nationwide building society"), and
/// nobody when none has ("the bank said" after Nationwide alone stays "the
/// bank"). Words before the head may be lower-case or a nationality ("the
/// US firm"), never a name ("the Nationwide building society" is a name).
fn described_organisation<'t>(
    text: &'t str,
    person: &Person,
    tracker: &'t Tracker,
) -> Option<(&'t str, &'t Person)> {
    /// Heads any organisation fits.
    const GENERIC: &[&str] = &[
        "firm",
        "company",
        "group",
        "corporation",
        "conglomerate",
        "perseroan",
        "perusahaan",
        "emiten",
    ];
    /// Heads an organisation fits when its name has the word.
    const SPECIFIC: &[&str] = &[
        "bank",
        "lender",
        "airline",
        "carrier",
        "broadcaster",
        "insurer",
        "retailer",
        "society",
        "studio",
        "union",
        "regulator",
        "watchdog",
        "agency",
        "ministry",
        "council",
    ];
    const NATIONALITIES: &[&str] = &[
        "US",
        "UK",
        "EU",
        "British",
        "American",
        "European",
        "Japanese",
        "German",
        "French",
        "Chinese",
        "Korean",
        "Indian",
        "Canadian",
        "Australian",
        "Dutch",
        "Swiss",
        "Italian",
        "Spanish",
        "Russian",
        "Indonesian",
    ];
    let name = person.name.as_str();
    let mut words = name.split(' ');
    let head = words.next_back()?;
    let head_lower = head.to_lowercase();
    let generic = GENERIC.contains(&head_lower.as_str());
    if !generic && !SPECIFIC.contains(&head_lower.as_str()) {
        return None;
    }
    let modifiers_plain = words
        .all(|w| NATIONALITIES.contains(&w) || w.chars().all(|c| c.is_lowercase() || c == '-'));
    // English needs its article; Indonesian has none ("Perseroan
    // menegaskan").
    let before = text.get(..person.start)?;
    let the = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| w.eq_ignore_ascii_case("the"));
    let indonesian =
        matches!(head_lower.as_str(), "perseroan" | "perusahaan" | "emiten") && name == head;
    if !modifiers_plain || (the.is_none() && !indonesian) {
        return None;
    }
    if !generic && head.starts_with(char::is_uppercase) {
        return None;
    }
    let description_start = match the {
        Some(the) => person.start - (before.len() - before.trim_end().len()) - the.len(),
        None => person.start,
    };
    let description = text.get(description_start..person.end)?;
    let fits = |org: &&Person| {
        source_kind(org) == SourceKind::Organisation
            && (generic
                || org
                    .name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(head)))
    };
    let known = if generic {
        tracker.organisation.as_ref().filter(fits)
    } else {
        tracker
            .organisation
            .as_ref()
            .filter(fits)
            .or_else(|| tracker.organisations.iter().rev().find(fits))
    }?;
    (known.name != person.name).then_some((description, known))
}

/// The subject of a sentence when it is a definite description of a
/// document or an organisation: "the NIESR report was …", "Other than its
/// warning …, the NIESR report was …", "The bank has …". It opens the
/// sentence or the clause after its first comma, and a lower-case word (a
/// verb) follows its head.
fn impersonal_subject(sentence: &Sentence<'_>) -> Option<Person> {
    let tokens = sentence.tokens;
    let after_comma = (1..tokens.len().min(24))
        .find(|&i| tokens[i].gap_punct && is_comma(sentence.gap(i - 1, i)))
        .into_iter();
    for the in std::iter::once(subject_start(tokens)).chain(after_comma) {
        if !sentence.word(the).eq_ignore_ascii_case("the") {
            continue;
        }
        let head = (the + 1..(the + 5).min(tokens.len())).find(|&i| {
            let word = sentence.word(i);
            DOCUMENTS.contains(&word) || ORG_SOURCES.contains(&word)
        })?;
        let unbroken = (the + 1..=head + 1).all(|i| tokens.get(i).is_some_and(|t| !t.gap_punct));
        let verb_follows = tokens
            .get(head + 1)
            .is_some_and(|t| !t.capitalized && t.alphabetic);
        if !unbroken || !verb_follows {
            return None;
        }
        let (name, start, end) = sentence.span_text(the + 1, head)?;
        return Some(Person::new(name, start, end));
    }
    None
}

/// Whether the cue is "add", "adds" or "added" followed by what was
/// added rather than by what was said: a number, an amount or "to", "by",
/// "with", "up".
fn adds_a_quantity(cue: &str, rest: &str) -> bool {
    if !["add", "adds", "added"]
        .iter()
        .any(|c| cue.eq_ignore_ascii_case(c))
    {
        return false;
    }
    let next = rest.trim_start();
    next.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
        || next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|word| {
                [
                    "to",
                    "by",
                    "with",
                    "up",
                    "more",
                    "another",
                    "nearly",
                    "almost",
                    "about",
                    "around",
                    "roughly",
                    "over",
                    "some",
                    "jobs",
                    "million",
                    "billion",
                    "thousands",
                    "hundreds",
                ]
                .contains(&word)
            })
}

/// Whether a quotation in `quotes` names `name`, by its last word: the
/// surname, or the whole of a one-word name.
fn named_in(text: &str, quotes: &[(usize, usize)], name: &str) -> bool {
    let Some(last) = name.split_whitespace().last() else {
        return false;
    };
    quotes.iter().any(|&(a, b)| {
        text[a..b].match_indices(last).any(|(at, _)| {
            let quote = &text[a..b];
            let before = quote[..at].chars().next_back();
            let after = quote[at + last.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// The sentence's subject, when it is a person already known and not
/// inside a quotation.
fn subject(
    sentence: &Sentence<'_>,
    tracker: &Tracker,
    inside_quote: &impl Fn(usize, usize) -> bool,
) -> Option<Person> {
    let first = subject_start(sentence.tokens);
    // "But the Lib Dem spokesman questioned …": an office holder met
    // before, described again.
    if let Some((person, (start, end))) = sentence.described_subject(first, tracker) {
        return (!inside_quote(start, end)).then_some(person);
    }
    let run = sentence.titled_run_at(first)?;
    // "Kapolsek Genuk, Kompol Rismanto, meninjau …": the name after the
    // office.
    if let Some((person, (start, end))) = sentence.name_after_office(run, tracker) {
        return (!inside_quote(start, end)).then_some(person);
    }
    if run.name_first > run.last {
        return None;
    }
    let (start, end) = sentence.span(run.name_first, run.last)?;
    if inside_quote(start, end) {
        return None;
    }
    tracker.lookup(&sentence.text[start..end]).cloned()
}

/// Picks between two speaker candidates: a verb beats a noun; with
/// quotations, the cue nearer a quotation wins; otherwise the first.
fn prefer(current: Candidate, other: Candidate, quotes: &[(usize, usize)]) -> Candidate {
    if current.verb != other.verb {
        return if current.verb { current } else { other };
    }
    if quotes.is_empty() {
        return current;
    }
    let distance = |cue: (usize, usize)| {
        quotes
            .iter()
            .map(|&(a, b)| {
                let to_open = a.abs_diff(cue.1).min(a.abs_diff(cue.0));
                let to_close = b.abs_diff(cue.0).min(b.abs_diff(cue.1));
                to_open.min(to_close)
            })
            .min()
            .unwrap_or(usize::MAX)
    };
    if distance(other.cue) < distance(current.cue) {
        other
    } else {
        current
    }
}
