//! One sentence's rules for the speaker around a reporting cue: the
//! subject before it, the name after it, an appositive, a definite
//! description, a document, a quotation's signature.

use super::*;

/// Where a sentence's subject would start: after leading words such as
/// "But", "Namun", "Sementara itu".
pub(super) fn subject_start(tokens: &[Token]) -> usize {
    let mut index = 0;
    while has(tokens, index, SUBJECT_SKIP_WORD) {
        index += 1;
    }
    index
}

/// An English source noun in the plural ("officials", "witnesses"), not
/// a word that merely ends in "s" ("boss", "bus").
fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss") && word.len() > 3
}

/// What a place after "in" or "di" makes of a cue's subject (see
/// [`Sentence::located`]).
enum Located {
    /// The run is no such place; the other rules decide.
    NotAPlace,
    /// The unnamed source the place belongs to, and its span.
    Source(Person, (usize, usize)),
    /// A place with no source noun before it: nobody spoke.
    Nobody,
}

pub(super) struct Sentence<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) runs: &'a [Run],
}

impl Sentence<'_> {
    /// The punctuation between tokens `before` and `after`, trimmed.
    pub(super) fn gap(&self, before: usize, after: usize) -> &str {
        gap_between(self.text, self.tokens, before, after)
    }

    /// The first token starting at or after byte `at`.
    pub(super) fn token_from(&self, at: usize) -> Option<usize> {
        self.tokens.iter().position(|t| t.start >= at)
    }

    /// Token `index` follows the one before it with no punctuation
    /// between (a word of the same phrase).
    fn joined(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| !t.gap_punct)
    }

    pub(super) fn word(&self, index: usize) -> &str {
        self.tokens
            .get(index)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    pub(super) fn span(&self, first: usize, last: usize) -> Option<(usize, usize)> {
        let (a, b) = (self.tokens.get(first)?, self.tokens.get(last)?);
        Some((a.start, b.end))
    }

    pub(super) fn span_text(&self, first: usize, last: usize) -> Option<(String, usize, usize)> {
        let (a, b) = (self.tokens.get(first)?, self.tokens.get(last)?);
        Some((self.text[a.start..b.end].to_string(), a.start, b.end))
    }

    /// The text of a role from token `first` to `last`, with the closing
    /// bracket of an abbreviation that ends it: "Presiden Amerika Serikat
    /// (AS)", not "… (AS".
    pub(super) fn role_text(&self, first: usize, last: usize) -> Option<String> {
        self.role_span(first, last).map(str::to_string)
    }

    /// [`Sentence::role_text`] without copying it.
    fn role_span(&self, first: usize, last: usize) -> Option<&str> {
        let (start, end) = self.span(first, last)?;
        self.text.get(start..close_bracket(self.text, start, end))
    }

    fn run_at(&self, token: usize, ends_here: bool) -> Option<&Run> {
        self.runs.iter().find(|run| {
            if ends_here {
                run.last == token
            } else {
                run.first == token
            }
        })
    }

    /// The run that starts at token `index`, counting a lower-case title
    /// written before its name: "Tory leader Michael Howard" is one
    /// speaker, not "Tory".
    pub(super) fn titled_run_at(&self, index: usize) -> Option<&Run> {
        self.runs
            .iter()
            .find(|run| {
                run.name_first <= run.last && run.role.is_some_and(|(first, _)| first == index)
            })
            .or_else(|| self.run_at(index, false))
    }

    /// "kata Kepala Dinas Sosial (Dinsos) Kota Mataram, Lalu Samsul Adnan":
    /// after an office and a comma, a full name (or a rank and a name) is
    /// the speaker, and the office its role when the name came with none.
    /// An office without a title word needs a comma and a verb after the
    /// name ("Kapolsek Genuk, Kompol Rismanto, meninjau").
    pub(super) fn name_after_office(
        &self,
        office: &Run,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        let next = office.last + 1;
        if !is_comma(self.gap(office.last, next)) {
            return None;
        }
        // A full name, or a rank and a name ("Kompol Rismanto").
        let run = self
            .run_at(next, false)
            .filter(|run| run.name_first <= run.last && run.last > run.first)?;
        // Without a title the office could be a name in a list ("John
        // Kerry, Sergei Lavrov and …"): then a comma and a verb must close
        // the apposition.
        let closed = self.gap(run.last, run.last + 1) == ","
            && self
                .tokens
                .get(run.last + 1)
                .is_some_and(|after| !after.capitalized)
            && !has(self.tokens, run.last + 1, CONJUNCTION);
        if office.role.is_none() && !closed {
            return None;
        }
        let (mut person, span) = self.person_from_run(run, tracker)?;
        person.role = match (
            person.role.take(),
            self.role_text(office.first, office.last),
        ) {
            // "ujar Kabid Humas Polda Jawa Barat, Kombes Pol Jules Abraham
            // Abast": the office, then the rank, as the appositive before a
            // verb reads.
            (Some(rank), Some(office)) if has(self.tokens, run.first, RANK) => {
                Some(format!("{office} {rank}"))
            }
            (None, office) => office,
            (role, _) => role,
        };
        Some((person, span))
    }

    /// The subject opening the sentence, for a reporting verb joined to an
    /// earlier verb by a conjunction (token `conjunction`).
    pub(super) fn clause_subject(
        &self,
        conjunction: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        let mut index = subject_start(self.tokens);
        if index >= conjunction {
            return None;
        }
        if let Some((person, span, via)) = self.pronoun(index, tracker) {
            return Some((person, span, Some(via)));
        }
        if let Some(run) = self
            .titled_run_at(index)
            .filter(|run| run.last < conjunction)
        {
            return self
                .person_from_run(run, tracker)
                .map(|(p, span)| (p, span, None));
        }
        // "A Treasury spokesperson dismissed the claims, saying …", "The
        // finance minister met them and said …": a described source.
        if ["a", "an", "the"]
            .iter()
            .any(|d| self.word(index).eq_ignore_ascii_case(d))
        {
            index += 1;
        }
        let mut last = index;
        while last + 1 < conjunction
            && last < index + 3
            && self.tokens.get(last + 1).is_some_and(|t| !t.gap_punct)
            && (has(self.tokens, last + 1, ROLE_NOUN)
                || LOWER_MODIFIERS.contains(&self.word(last + 1)))
        {
            last += 1;
        }
        if !has(self.tokens, last, ROLE_NOUN) {
            return None;
        }
        self.described(index, last, tracker)
            .map(|(p, span)| (p, span, None))
    }

    /// Whether the word after byte `cue_end` is "by" (a passive verb).
    pub(super) fn by_follows(&self, cue_end: usize) -> bool {
        self.token_from(cue_end)
            .is_some_and(|next| self.word(next).eq_ignore_ascii_case("by"))
    }

    /// The speaker of a verb after an appositive that ends at token
    /// `last`. The appositive opens with the nearest comma before it, at
    /// most [`APPOSITIVE_WORDS`] words back. When it is a name, it is the
    /// speaker and a title before it the role: "Kapolsek Genuk, Kompol
    /// Rismanto, mengatakan", "shadow chief secretary to the Treasury,
    /// George Osborne, said". Otherwise the name before it is, with the
    /// appositive as the role when it names one: "Mike German, leader of
    /// the Liberal Democrats, claimed", "Bob Wellington, of Torfaen, said".
    /// An appositive with "that" or "bahwa" is a clause, not an appositive.
    fn before_appositive(
        &self,
        last: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        let opening = (last.saturating_sub(APPOSITIVE_WORDS)..=last)
            .rev()
            .filter(|&k| k > 0)
            .find(|&k| is_comma(self.gap(k - 1, k)))?;
        let clause = (opening..=last).any(|k| {
            ["that", "bahwa", "because", "karena"]
                .iter()
                .any(|w| self.word(k).eq_ignore_ascii_case(w))
        });
        if clause {
            return None;
        }
        // "The report, published by the Institute for Fiscal Studies,
        // found that": the document before the participle's aside.
        if PUBLISHED.contains(&self.word(opening))
            && with_lowercase(self.word(opening - 1), |w| DOCUMENTS.contains(&w))
        {
            return self.before(self.tokens.get(opening - 1)?.end, tracker);
        }
        let before = self.run_at(opening - 1, true);
        // The appositive is the name.
        if let Some(run) = self
            .run_at(opening, false)
            .filter(|run| run.last == last && run.name_first <= run.last)
        {
            let (mut person, span) = self.person_from_run(run, tracker)?;
            let title_start = before.and_then(|title| self.title_start(title));
            if let (Some(title), Some(title_start)) = (before, title_start) {
                let office = self.role_text(title_start, title.last);
                person.role = match (person.role.take(), office) {
                    // "Kapolsek Genuk, Kompol Rismanto, mengatakan": the
                    // office, then the rank, as "Kapolsek Genuk Kompol
                    // Rismanto" would give.
                    (Some(rank), Some(office)) if title.name_first > title.last => {
                        Some(format!("{office} {rank}"))
                    }
                    (None, office) => office,
                    (role, _) => role,
                };
            }
            if person.role.is_none() && before.is_none() {
                person.role = self.lower_title_before_comma(opening - 1);
            }
            return Some((person, span, None));
        }
        // "The Conseil Superieur de l'Audiovisuel (CSA), the French
        // broadcasting regulator, said": the organisation, whole.
        if let Some(mut org) = self.abbreviated_organisation(opening - 1) {
            // "…, the French broadcasting regulator, said": what it is.
            let article = ["the", "a", "an"]
                .iter()
                .any(|w| self.word(opening).eq_ignore_ascii_case(w));
            if article
                && last > opening
                && last - opening <= 5
                && ORG_SOURCES.contains(&self.word(last))
            {
                org.role = self.span_text(opening + 1, last).map(|(text, _, _)| text);
            }
            let span = (org.start, org.end);
            return Some((org, span, None));
        }
        // "A senior administration official, speaking on condition of
        // anonymity, said": a participle's aside after a described source.
        if before.is_none()
            && self.word(opening).ends_with("ing")
            && self.tokens.get(opening).is_some_and(|t| !t.capitalized)
        {
            return self.before(self.tokens.get(opening - 1)?.end, tracker);
        }
        let run = before.filter(|run| run.name_first <= run.last)?;
        let (mut person, span) = self.person_from_run(run, tracker)?;
        // "an epidemiologist at Johns Hopkins University": what the person
        // is, without the article.
        let article = ["a", "an"]
            .iter()
            .any(|w| self.word(opening).eq_ignore_ascii_case(w))
            && opening < last
            && self
                .tokens
                .get(opening + 1)
                .is_some_and(|t| t.alphabetic && !t.capitalized)
            && !has(self.tokens, opening + 1, NOT_NAME)
            // "George Bush, a few years ago, said": a time, not a description
            && !["few", "couple", "while", "day", "week", "month", "year", "decade", "time"]
                .iter()
                .any(|w| self.word(opening + 1).eq_ignore_ascii_case(w))
            && !(opening..=last).any(|k| self.word(k).eq_ignore_ascii_case("ago"));
        let described_from = opening + usize::from(article);
        // "leader of …", "BA's chief executive"; not "from the Federation
        // of Small Businesses" or "65".
        let describes = self
            .tokens
            .get(described_from)
            .is_some_and(|t| t.alphabetic)
            && !has(self.tokens, described_from, NOT_NAME)
            && !has(self.tokens, described_from, INVERSION_FOLLOWER)
            && !["for", "with", "dari", "untuk", "di", "pada"]
                .iter()
                .any(|w| self.word(described_from).eq_ignore_ascii_case(w))
            && last + 1 - opening <= 6;
        if person.role.is_none() && describes {
            person.role = self.span_text(described_from, last).map(|(t, _, _)| t);
        }
        Some((person, span, None))
    }

    /// "The firm's chief executive, Mark Smith, said", "Biden's
    /// spokeswoman, Jen Psaki, said", "Its chairman, Lord Browne, said":
    /// a lower-case title that opens the clause and ends at token `last`,
    /// just before the appositive name. A capitalized owner ("Biden's")
    /// belongs to the role; "the firm's", "its" and "the" do not.
    fn lower_title_before_comma(&self, last: usize) -> Option<String> {
        let title = |i: usize| {
            self.tokens
                .get(i)
                .is_some_and(|t| !t.capitalized && t.alphabetic)
                && (has(self.tokens, i, ROLE_WORD | ROLE_NOUN)
                    || [LOWER_TITLES, LOWER_MODIFIERS, ROLE_WORD_PARTS, OFFICE_HEADS]
                        .iter()
                        .any(|list| list.contains(&self.word(i))))
        };
        if !title(last) {
            return None;
        }
        let mut first = last;
        while first > 0
            && last - first < 3
            && self.tokens.get(first).is_some_and(|t| !t.gap_punct)
            && title(first - 1)
        {
            first -= 1;
        }
        // What stands before the title: nothing, a determiner or an owner.
        let opens = |i: usize| i == 0 || self.tokens.get(i).is_some_and(|t| t.gap_punct);
        if opens(first) {
            return self.span_text(first, last).map(|(text, _, _)| text);
        }
        let owner = first - 1;
        let word = self.word(owner);
        // "The White House press secretary, Karine Jean-Pierre, said": an
        // institution's name between "the" and the title is the role's.
        let mut institution = first;
        while institution > 0
            && first - institution < 3
            && self.tokens.get(institution).is_some_and(|t| !t.gap_punct)
            && self
                .tokens
                .get(institution - 1)
                .is_some_and(|t| t.capitalized && t.alphabetic)
            && !self.word(institution - 1).eq_ignore_ascii_case("the")
        {
            institution -= 1;
        }
        if institution < first
            && institution > 0
            && self.tokens.get(institution).is_some_and(|t| !t.gap_punct)
            && self.word(institution - 1).eq_ignore_ascii_case("the")
            && opens(institution - 1)
        {
            return self.span_text(institution, last).map(|(text, _, _)| text);
        }
        let determiner = ["the", "its", "his", "her", "their"]
            .iter()
            .any(|d| word.eq_ignore_ascii_case(d));
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        if !(determiner || possessive)
            || !opens(owner) && !self.word(owner - 1).eq_ignore_ascii_case("the")
        {
            return None;
        }
        let capitalized_owner =
            possessive && self.tokens.get(owner).is_some_and(|t| t.capitalized) && opens(owner);
        let from = if capitalized_owner { owner } else { first };
        self.span_text(from, last).map(|(text, _, _)| text)
    }

    /// The person in "quoted X as saying" before the token `saying`: a
    /// name ("quoted Mr Brown as saying") or a description ("quoted an
    /// insider in the talks as saying"), not whoever did the quoting.
    pub(super) fn quoted_as_saying(
        &self,
        saying: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        let as_ = saying.checked_sub(1)?;
        if self.word(as_) != "as" || self.tokens.get(saying).is_some_and(|t| t.gap_punct) {
            return None;
        }
        let quoted = (as_.saturating_sub(8)..as_)
            .rev()
            .find(|&i| ["quoted", "quoting", "mengutip"].contains(&self.word(i)))?;
        let (first, last) = (quoted + 1, as_.checked_sub(1)?);
        if first > last || (first..=as_).any(|i| self.tokens.get(i).is_some_and(|t| t.gap_punct)) {
            return None;
        }
        if let Some(run) = self.run_at(first, false).filter(|run| run.last == last) {
            return self
                .person_from_run(run, tracker)
                .map(|(p, span)| (p, span, None));
        }
        let from = first + usize::from(["a", "an", "the"].contains(&self.word(first)));
        let (name, start, end) = self.span_text(from, last)?;
        let plural = self.word(from).ends_with('s') && !self.word(from).ends_with("ss");
        let person = Person {
            plural,
            ..Person::new(name, start, end)
        };
        Some((person, (start, end), None))
    }

    /// Where the title ending with `title` begins, when it opens the
    /// sentence or a clause after a comma: the run itself ("Kepala BPS
    /// NTB, Wahyudin, …"), or title words and "dari" joined to it
    /// ("Pengamat politik dari Universitas Islam Negeri (UIN) Syarif
    /// Hidayatullah Jakarta, Adi Prayitno, menilai"; "Responding to the
    /// speech, shadow chief secretary to the Treasury, George Osborne,
    /// said").
    fn title_start(&self, title: &Run) -> Option<usize> {
        let subject = subject_start(self.tokens);
        // "Mengetahui hal itu, Komisioner KPU, Pramono …": a clause after
        // a comma opens with the title.
        let clause_opens = title.first > subject
            && is_comma(self.gap(title.first - 1, title.first))
            && has(self.tokens, title.first, ROLE_WORD);
        if title.first == subject || clause_opens {
            return Some(title.first);
        }
        let mut start = title.first;
        while start > subject && self.tokens.get(start).is_some_and(|t| !t.gap_punct) {
            start -= 1;
        }
        // The clause opens with the title ("Mantan anggota DPR …"), not
        // with words that mention one ("Berbicara setelah pertemuan
        // dengan … perdana menteri Irak, Kerry mengatakan").
        let former = ["mantan", "eks", "bekas", "former"]
            .iter()
            .any(|w| self.word(start).eq_ignore_ascii_case(w));
        let opens = start + usize::from(former);
        let titled = opens < title.first && has(self.tokens, opens, ROLE_WORD | ROLE_NOUN);
        titled.then_some(start)
    }

    /// The person run that `run` is another name of: "Saifullah Yusuf
    /// (Gus Ipul)", "Saifullah Yusuf alias Gus Ipul". An abbreviation in
    /// brackets ("(JPU)", "(BPS)") names an office or an organisation
    /// instead, and a title before it ("Mas Jubir (Budi Prasetyo)") is no
    /// name the alias could be another name of.
    pub(super) fn alias_of(&self, run: &Run) -> Option<&Run> {
        let first = run.first;
        if first == 0 || run.role.is_some() {
            return None;
        }
        let before = if self.gap(first - 1, first) == "(" {
            first - 1
        } else if first >= 2
            && ["alias", "aka"].contains(&self.word(first - 1))
            && self.tokens.get(first).is_some_and(|t| !t.gap_punct)
            && self.tokens.get(first - 1).is_some_and(|t| !t.gap_punct)
        {
            first - 2
        } else {
            return None;
        };
        let named = (first..=run.last).all(|i| {
            self.tokens
                .get(i)
                .is_some_and(|t| t.capitalized && t.alphabetic)
                && !is_acronym(self.word(i))
        });
        if !named {
            return None;
        }
        self.run_at(before, true).filter(|person| {
            person.name_first <= person.last
                && person.last + 1 - person.name_first >= 2
                && !(person.name_first..=person.last)
                    .any(|i| has(self.tokens, i, ROLE_WORD | ROLE_NOUN | HONORIFIC))
        })
    }

    /// The index of the last token that ends before byte `at`.
    /// Where an aside after a name, ending just before byte `at`, begins:
    /// a US party-and-state tag (", D-N.Y.," or " (R-Texas)") or an age in
    /// brackets (" (54)"), so the name is read as if it were not there.
    fn aside_before(&self, at: usize) -> Option<usize> {
        let head = self.text.get(..at)?.trim_end();
        // "Seorang pedagang, Slamet (52), mengaku": an age before the
        // appositive's closing comma
        let head = match head.strip_suffix(',') {
            Some(rest) if rest.trim_end().ends_with(')') => rest.trim_end(),
            _ => head,
        };
        let (inner, open) = if let Some(rest) = head.strip_suffix(')') {
            (rest, '(')
        } else {
            (head.strip_suffix(',')?, ',')
        };
        // A tag is short ("D-New Hampshire" is the longest): look no
        // further back than that for its opening.
        let window = inner.len().saturating_sub(20);
        let window = (window..inner.len()).find(|&k| inner.is_char_boundary(k))?;
        let opening = window + inner[window..].rfind(open)?;
        let aside = inner[opening + 1..].trim();
        // "warga bernama Sutrisno (54) mengatakan": an age in brackets
        let age = open == '('
            && (1..=3).contains(&aside.len())
            && aside.bytes().all(|b| b.is_ascii_digit());
        (is_party_tag(aside) || age).then(|| inner[..opening].trim_end().len())
    }

    fn token_before_byte(&self, at: usize) -> Option<usize> {
        self.tokens.iter().rposition(|t| t.end <= at)
    }

    /// The abbreviation token before a list's joiner: for token `before`
    /// ending just before byte `next` (where the next item starts), the
    /// token of the previous item's abbreviation when a comma or "and"/
    /// "dan" joins them: "(CML), British …", "(BBA) and Building …".
    fn list_joiner(&self, before: usize, next: usize) -> Option<usize> {
        let token = self.tokens.get(before)?;
        let between = self.text[token.end..next].trim();
        if between == ")," || between == ") ," {
            return Some(before);
        }
        if ["and", "dan"].contains(&self.word(before)) && between.is_empty() {
            let abbreviation = before.checked_sub(1)?;
            let gap = self.gap(abbreviation, before);
            return (gap == ")" || gap == "),").then_some(abbreviation);
        }
        None
    }

    /// The organisation whose abbreviation in brackets is token `acronym`:
    /// "National Institute of Economic and Social Research (NIESR)",
    /// "Electronic Arts (EA)". The capitalized words before the bracket
    /// must spell the abbreviation by their initials (connecting words
    /// such as "of", "and", "de" spell nothing), so the name starts where
    /// the organisation does, not at a descriptor ("Video game giant").
    /// An organisation abbreviated just before joins it: "Badan Pusat
    /// Statistik (BPS) Nusa Tenggara Barat (NTB)".
    fn abbreviated_organisation(&self, acronym: usize) -> Option<Person> {
        let letters = self.word(acronym);
        if !is_acronym(letters)
            || acronym == 0
            || self.gap(acronym - 1, acronym) != "("
            || !self.text[self.tokens.get(acronym)?.end..].starts_with(')')
        {
            return None;
        }
        // "PricewaterhouseCoopers (PWC)": one word with capitals inside
        // it, whose letters spell the abbreviation in order.
        let single = self.word(acronym - 1);
        let spelt_inside = single.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && single.len() > letters.len()
            && single.bytes().next() == letters.bytes().next()
            && {
                let mut rest = single.bytes().map(|b| b.to_ascii_uppercase());
                letters.bytes().all(|l| rest.any(|b| b == l))
            };
        let at = if spelt_inside {
            acronym - 1
        } else {
            self.initials_start(acronym, letters)?
        };
        let mut start = self.tokens.get(at)?.start;
        // "Badan Pusat Statistik (BPS) Nusa Tenggara Barat (NTB)": an
        // office of an organisation abbreviated just before.
        if at > 0
            && self.gap(at - 1, at) == ")"
            && let Some(whole) = self.abbreviated_organisation(at - 1)
        {
            start = whole.start;
        }
        let end = close_bracket(self.text, start, self.tokens.get(acronym)?.end);
        Some(Person::new(self.text[start..end].to_string(), start, end))
    }

    /// The first token of the words before `acronym` whose initials spell
    /// `letters` ("National Institute of Economic and Social Research"
    /// for "NIESR"), connectors such as "of" and "and" skipped.
    fn initials_start(&self, acronym: usize, letters: &str) -> Option<usize> {
        let mut wanted = letters.bytes().rev();
        let mut next = wanted.next();
        let mut at = acronym;
        while next.is_some() {
            at = at.checked_sub(1)?;
            // Punctuation only before the bracket: "Arts (EA)"; and the
            // commas of a list inside the name: "Badan Meteorologi,
            // Klimatologi, dan Geofisika (BMKG)".
            if at + 1 < acronym
                && self.tokens.get(at + 1).is_some_and(|t| t.gap_punct)
                && self.gap(at, at + 1) != ","
            {
                return None;
            }
            let word = self.word(at);
            // "l'Audiovisuel": the capital after the article.
            let initial = word
                .rsplit('\'')
                .next()
                .and_then(|w| w.bytes().next())
                .filter(u8::is_ascii_uppercase);
            match initial {
                Some(letter) if Some(letter) == next => next = wanted.next(),
                Some(_) => return None,
                None if ORG_CONNECTORS.contains(&word) => {}
                None => return None,
            }
        }
        Some(at)
    }

    /// The description after a name that follows its verb: "said
    /// Olivier Gerolami, chief operating officer of TNT." gives "chief
    /// operating officer of TNT". It runs from a comma to the next
    /// punctuation, names a title, and begins with one, an article or a
    /// possessive ("Oxfam's senior policy adviser"), so "said Brown,
    /// adding …" or "said Brown, who …" give none.
    pub(super) fn trailing_role(&self, name_last: usize) -> Option<String> {
        let first = name_last + 1;
        if !is_comma(self.gap(name_last, first)) {
            return None;
        }
        let mut last = first;
        while last + 1 < self.tokens.len()
            && last + 1 - first < 10
            && self
                .tokens
                .get(last + 1)
                .is_some_and(|t| !t.gap_punct || t.gap_dot && self.word(last).chars().count() == 1)
        {
            // "head of distribution at Universal which released …": a
            // relative clause is not part of the title.
            if ["which", "who", "whose", "that", "where", "when"].contains(&self.word(last + 1)) {
                return (last > first)
                    .then(|| self.description(first, last))
                    .flatten();
            }
            last += 1;
        }
        // "… Medical Association (BMA),": the abbreviation is in it.
        if self.gap(last, last + 1) == "("
            && is_acronym(self.word(last + 1))
            && self.gap(last + 1, last + 2).starts_with(')')
        {
            last += 1;
        }
        // The description must end where the clause does.
        if self.tokens.get(last + 1).is_some_and(|t| !t.gap_punct) {
            return None;
        }
        self.description(first, last)
    }

    /// [`Sentence::trailing_role`]'s description `first..=last`, when it
    /// reads as a title.
    fn description(&self, first: usize, last: usize) -> Option<String> {
        let title = |i: usize| {
            let word = self.word(i);
            has(self.tokens, i, ROLE_WORD | ROLE_NOUN)
                || with_lowercase(word, |lower| LOWER_TITLES.contains(&lower))
                || word
                    .split('-')
                    .any(|part| with_lowercase(part, |lower| ROLE_WORD_PARTS.contains(&lower)))
        };
        let opening = self.word(first);
        // "Simon Thomas, of Plaid Cymru, said", "Simon Sweetman, from the
        // Federation of Small Businesses, said": the organisation the
        // person speaks for is the role
        if ["of", "from", "at", "for"].contains(&opening) {
            let org = if self.word(first + 1) == "the" {
                first + 2
            } else {
                first + 1
            };
            let capitalized = |i: usize| self.tokens.get(i).is_some_and(|t| t.capitalized);
            if org > last || !capitalized(org) || !capitalized(last) {
                return None;
            }
            let (start, end) = self.span(org, last)?;
            return Some(self.text[start..close_bracket(self.text, start, end)].to_string());
        }
        let article = ["the", "a", "an", "seorang", "sang"].contains(&opening);
        let possessive = opening.ends_with("'s") || opening.ends_with("’s");
        let starts_well = article
            || possessive
            || (title(first) && self.tokens.get(first).is_some_and(|t| !t.capitalized))
            // "Welsh secretary of the British Medical Association"
            || (has(self.tokens, first, PLACE_WORD) && title(first + 1));
        if !starts_well || !(first..=last).any(title) {
            return None;
        }
        let from = if article { first + 1 } else { first };
        let (start, end) = self.span(from, last)?;
        Some(self.text[start..close_bracket(self.text, start, end)].to_string())
    }

    /// Whether a speaker named after an English verb ends at byte `end`
    /// of its clause: the sentence or a punctuation mark follows, or a word
    /// of [`INVERSION_FOLLOWERS`]. A possessive never does ("said Mr
    /// Brown's \"golden rule\" had …").
    pub(super) fn ends_clause(&self, end: usize) -> bool {
        if self.text[..end].ends_with("'s") || self.text[..end].ends_with("’s") {
            return false;
        }
        match self.token_from(end) {
            None => true,
            Some(next) => {
                self.tokens.get(next).is_some_and(|t| t.gap_punct)
                    || has(self.tokens, next, INVERSION_FOLLOWER)
            }
        }
    }

    /// The known person a title and one or two more words name when
    /// together they are that person's whole role: "kata Wali Kota
    /// Surakarta" after "Wali Kota Surakarta Respati Ardi", not a person
    /// called Kota Surakarta.
    pub(super) fn office_holder<'t>(&self, run: &Run, tracker: &'t Tracker) -> Option<&'t Person> {
        let (role_start, _) = run.role?;
        // A role-only run ("Bupati Karanganyar ini") is the office itself;
        // one without a title word ("NIESR") is an organisation.
        if run.name_first <= run.last && run.last - run.name_first > 1
            || !(role_start..=run.last).any(|i| has(self.tokens, i, ROLE_WORD))
        {
            return None;
        }
        tracker.holding(self.role_span(role_start, run.last)?)
    }

    /// "“Tidak pernah ada instruksi itu,” Kepala Korps Lalu Lintas Polri
    /// Irjen Royke Lumowa, Jumat (8/9/2017).": a quotation closed with a
    /// comma and signed with a full name, or a title and a name, and at
    /// most the day: the verb left out, as fact-check sites quote a
    /// statement. The signature ends the sentence.
    pub(super) fn signature(
        &self,
        quotes: &[(usize, usize)],
        end: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        let &(_, close) = quotes.last()?;
        if !self.text[..close].trim_end().ends_with(',') {
            return None;
        }
        let first = self.token_from(close)?;
        // Only the closing mark and spaces between the quotation and the
        // name.
        let between = &self.text[close..self.tokens.get(first)?.start];
        if !between
            .chars()
            .all(|c| c.is_whitespace() || "”\"’»".contains(c))
        {
            return None;
        }
        let run = self.titled_run_at(first)?;
        if run.name_first > run.last || run.last == run.name_first && run.role.is_none() {
            return None;
        }
        // "…," KATA Rismanto: a reporting verb in capitals is no title.
        let opener = self.word(first).to_lowercase();
        let mut hits = Vec::new();
        crate::cues::scan(&opener, &mut hits);
        if hits
            .iter()
            .any(|hit| hit.start == 0 && hit.end == opener.len())
        {
            return None;
        }
        let (_, name_end) = self.span(run.first, run.last)?;
        if !signature_tail(&self.text[name_end..end]) {
            return None;
        }
        self.person_from_run(run, tracker)
    }

    /// Turns a run into a person: the name (resolved to the full name
    /// introduced earlier) and the role given here or at introduction.
    pub(super) fn person_from_run(
        &self,
        run: &Run,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        if let Some(known) = self.office_holder(run, tracker) {
            let (start, end) = self.span(run.first, run.last)?;
            let person = known.at(start, end);
            return Some((person, (start, end)));
        }
        if run.first == run.last
            && let Some(found) = self.abbreviated_office(run.first, tracker)
        {
            return Some(found);
        }
        let role = run.role.and_then(|(a, b)| self.role_text(a, b));
        if run.name_first > run.last {
            // With the bracket of an abbreviation that ends it: "kata
            // Komisioner Komisi Pemilihan Umum (KPU)".
            let (start, end) = self.span(run.first, run.last)?;
            let end = close_bracket(self.text, start, end);
            let name = self.text.get(start..end)?.to_string();
            // "kata Jaksa" after "Jaksa Penuntut Umum (JPU) Tegar Djati
            // Kusuma": a bare title is the person last met with it.
            let title_only = (run.first..=run.last).all(|i| has(self.tokens, i, ROLE_WORD));
            // "Bupati Juliyatmono" after "Bupati Karanganyar Juliyatmono":
            // the word read as the region is the person's name.
            let named = names_region(self.text, self.tokens, run.first, run.last)
                .then(|| tracker.lookup(self.word(run.last)))
                .flatten();
            if let Some(known) =
                named.or_else(|| title_only.then(|| tracker.with_title(&name)).flatten())
            {
                let person = known.at(start, end);
                return Some((person, (start, end)));
            }
            let person = Person::new(name, start, end);
            return Some((person, (start, end)));
        }
        // "The State Department says": an institution named by its head
        // alone is whole, title word and all.
        if run.name_first == run.last
            && run.role.is_some()
            && ORG_HEADS.contains(&self.word(run.last))
        {
            let (name, start, end) = self.span_text(run.first, run.last)?;
            let person = Person::new(name, start, end);
            return Some((person, (start, end)));
        }
        let (name, start, end) = self.span_text(run.name_first, run.last)?;
        // "Sir John", "Dame Judi": a knight is called by the first name.
        let knighted = run.name_first == run.last
            && run.name_first > run.first
            && ["sir", "dame"]
                .iter()
                .any(|h| self.word(run.name_first - 1).eq_ignore_ascii_case(h));
        let known = tracker
            .lookup(&name)
            .or_else(|| knighted.then(|| tracker.lookup_first_name(&name)).flatten());
        let person = match known {
            Some(known) => Person {
                name: known.name.clone(),
                role: role.or_else(|| known.role.clone()),
                start,
                end,
                plural: false,
            },
            None => Person {
                name,
                role,
                start,
                end,
                plural: false,
            },
        };
        Some((person, (start, end)))
    }

    /// A lower-case source description ("diplomat AS", "juru bicara Polri").
    fn role_phrase(&self, first: usize, last: usize) -> Option<(Person, (usize, usize))> {
        let has_noun = (first..=last).any(|i| has(self.tokens, i, ROLE_NOUN))
            || self.definite_start(first, last).is_some();
        if !has_noun {
            return None;
        }
        let (name, start, end) = self.span_text(first, last)?;
        let first_word = self.word(first);
        let last_word = self.word(last);
        let plural = first_word.eq_ignore_ascii_case("para")
            || (last_word.ends_with('s') && last_word.chars().all(|c| c.is_lowercase()));
        Some((
            Person {
                name,
                role: None,
                start,
                end,
                plural,
            },
            (start, end),
        ))
    }

    /// The first word after the article of a description of an office
    /// holder or an organisation that ends at `first..=last`: "the
    /// chancellor said", "the shadow chancellor said", "the bank said",
    /// "The US firm says". An office word is no source on its own
    /// ("state", "party"), but after "the" these heads name one source.
    /// Lower-case title
    /// words may lead an office ("the shadow chancellor"); an
    /// organisation may also carry capitalized and lower-case modifiers
    /// ("the Nationwide building society", "the French broadcasting
    /// regulator").
    pub(super) fn definite_start(&self, first: usize, last: usize) -> Option<usize> {
        let head = self.word(last);
        let office = OFFICE_HEADS.contains(&head);
        if !office && !ORG_SOURCES.contains(&head) {
            return None;
        }
        let mut at = first;
        while at > 0 && self.tokens.get(at).is_some_and(|t| !t.gap_punct) {
            let prev = at - 1;
            let word = self.word(prev);
            // "An annual economic survey … said": an organisation or a
            // document may be indefinite too; an office may not ("a
            // chancellor").
            if word.eq_ignore_ascii_case("the")
                || !office && (word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an"))
            {
                return Some(at);
            }
            let lower = word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            let title_word =
                lower && (LOWER_MODIFIERS.contains(&word) || has(self.tokens, prev, ROLE_WORD));
            let modifier = !office
                && !not_a_name(self.text, self.tokens, prev)
                && !has(self.tokens, prev, ADVERB | CONJUNCTION)
                && self
                    .tokens
                    .get(prev)
                    .is_some_and(|t| t.alphabetic || t.capitalized)
                && (!lower || word.len() >= 3 && !word.ends_with("ed"));
            if !(title_word || modifier) || first - prev > 3 {
                return None;
            }
            at = prev;
        }
        None
    }

    /// A sentence's subject that describes someone met before by their
    /// office, at token `first`: "the Lib Dem spokesman" after "Lib Dem
    /// spokesman Vince Cable", "the finance minister". Only a description
    /// that resolves to a known person counts.
    pub(super) fn described_subject(
        &self,
        first: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        if !self.word(first).eq_ignore_ascii_case("the") {
            return None;
        }
        let mut at = first + 1;
        if let Some(run) = self.run_at(at, false) {
            at = run.last + 1;
        }
        // Up to three lower-case words, the last an office.
        let mut office = None;
        for i in at..at + 3 {
            let word = self.word(i);
            if self
                .tokens
                .get(i)
                .is_none_or(|t| t.gap_punct || t.capitalized)
            {
                break;
            }
            if has(self.tokens, i, ROLE_NOUN | ROLE_WORD) || OFFICE_HEADS.contains(&word) {
                office = Some(i);
            } else if !LOWER_MODIFIERS.contains(&word) {
                break;
            }
        }
        let office = office?;
        let (person, span) = self.described(office, office, tracker)?;
        tracker.lookup(&person.name)?;
        Some((person, span))
    }

    /// [`Sentence::role_phrase`], resolved to the person met before with
    /// that role when it is a definite description: "the finance minister"
    /// after "Finance Minister Palaniappan Chidambaram", "the chancellor"
    /// after "Chancellor Gordon Brown".
    fn described(
        &self,
        first: usize,
        last: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        let (person, span) = self.role_phrase(first, last)?;
        if person.plural {
            return Some((person, span));
        }
        let mut start = first;
        while start > 0
            && self.tokens.get(start).is_some_and(|t| !t.gap_punct)
            && (LOWER_MODIFIERS.contains(&self.word(start - 1))
                || has(self.tokens, start - 1, ROLE_NOUN)
                || has(self.tokens, start - 1, ROLE_WORD))
        {
            start -= 1;
        }
        // "A Treasury spokesperson said", "the White House spokesman":
        // after an article, the capitalized words before a role noun name
        // whose spokesperson it is.
        let mut owner = start;
        while owner > 0
            && start - owner < 3
            && self.tokens.get(owner).is_some_and(|t| !t.gap_punct)
            && self
                .tokens
                .get(owner - 1)
                .is_some_and(|t| t.capitalized && t.alphabetic)
            && !has(self.tokens, owner - 1, NOT_NAME | ADVERB | CONJUNCTION)
        {
            owner -= 1;
        }
        let owned = owner < start
            && owner > 0
            && has(self.tokens, last, ROLE_NOUN)
            && self.tokens.get(owner).is_some_and(|t| !t.gap_punct)
            && ["a", "an", "the"]
                .iter()
                .any(|a| self.word(owner - 1).eq_ignore_ascii_case(a));
        if owned {
            start = owner;
        }
        // An organisation's capitalized modifiers: "the Nationwide
        // building society".
        let determined = self.definite_start(first, last);
        if let Some(after_the) = determined {
            start = start.min(after_the);
        }
        let definite = start > 0 && self.word(start - 1).eq_ignore_ascii_case("the");
        let description = self.span_text(start, last)?.0.to_lowercase();
        // "Finance Minister", "Chancellor of the Exchequer".
        let ending = format!(" {description}");
        let heading = format!("{description} of ");
        let known = definite
            .then(|| {
                tracker.people.iter().rev().find(|known| {
                    known.role.as_ref().is_some_and(|role| {
                        let role = role.to_lowercase();
                        role == description || role.ends_with(&ending) || role.starts_with(&heading)
                    })
                })
            })
            .flatten();
        match known {
            Some(known) => Some((known.at(span.0, span.1), span)),
            // "the shadow chancellor said", nobody known by it: the whole
            // description is the source, not its last word.
            // "An annual economic survey … said": indefinite, never
            // someone known, but named whole.
            None if (definite || owned || determined.is_some()) && start < first => {
                let (name, start, end) = self.span_text(start, last)?;
                Some((
                    Person {
                        name,
                        start,
                        end,
                        ..person
                    },
                    (start, end),
                ))
            }
            None => Some((person, span)),
        }
    }

    fn pronoun(&self, index: usize, tracker: &Tracker) -> Option<(Person, (usize, usize), String)> {
        let token = self.tokens.get(index)?;
        let word = &self.text[token.start..token.end];
        let antecedent = if token.flags & PRONOUN_SINGULAR != 0 {
            match word.to_ascii_lowercase().as_str() {
                "she" => tracker.antecedent_of(Gender::Female),
                "he" => tracker.antecedent_of(Gender::Male),
                _ => tracker.antecedent(),
            }
        } else if token.flags & PRONOUN_PLURAL != 0 {
            tracker.plural_antecedent.as_ref()
        } else if word.eq_ignore_ascii_case("it") {
            tracker.organisation.as_ref()
        } else {
            return None;
        };
        Some((
            antecedent?.clone(),
            (token.start, token.end),
            word.to_lowercase(),
        ))
    }

    /// "May said …", "…,\" said May.": the month word alone is the
    /// person met before with that surname ("Prime Minister Theresa May"),
    /// as a month says nothing. Without one, nobody.
    fn person_called_may(
        &self,
        index: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        if self.word(index) != "May" {
            return None;
        }
        let known = tracker.lookup("May")?;
        let (start, end) = self.span(index, index)?;
        Some((known.at(start, end), (start, end), None))
    }

    /// Whether token `last` ends a noun phrase: the sentence, a
    /// punctuation mark or a word of [`INVERSION_FOLLOWERS`] ("on
    /// Tuesday") follows it.
    fn ends_phrase(&self, last: usize) -> bool {
        self.tokens
            .get(last + 1)
            .is_none_or(|next| next.gap_punct || has(self.tokens, last + 1, INVERSION_FOLLOWER))
    }

    /// The speaker written right after a cue ("kata X", "menurut X").
    pub(super) fn after(
        &self,
        cue_end: usize,
        tracker: &Tracker,
        names_only: bool,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        let mut index = self.token_from(cue_end)?;
        let token = self.tokens.get(index)?;
        if !self.text[cue_end..token.start].trim().is_empty() {
            return None;
        }
        if has(self.tokens, index, BY_WORD) {
            index += 1;
        }
        if !names_only && let Some((person, span, via)) = self.pronoun(index, tracker) {
            return Some((person, span, Some(via)));
        }
        if !names_only && let Some(found) = self.office_reference_after(index, tracker) {
            return Some(found);
        }
        if self.ends_phrase(index)
            && let Some(found) = self.person_called_may(index, tracker)
        {
            return Some(found);
        }
        // "according to the Office for National Statistics, …", "said the
        // Bank of England on Tuesday": a name after "the" that ends the
        // phrase ("the Nationwide building society" is a description).
        let named_at = if self.word(index).eq_ignore_ascii_case("the")
            && self.tokens.get(index + 1).is_some_and(|t| !t.gap_punct)
            && self
                .run_at(index + 1, false)
                .is_some_and(|run| run.first == index + 1 && self.ends_phrase(run.last))
        {
            index + 1
        } else {
            index
        };
        if let Some(run) = self.titled_run_at(named_at) {
            if let Some(named) = self.name_after_office(run, tracker) {
                return Some((named.0, named.1, None));
            }
            let (mut person, span) = self.person_from_run(run, tracker)?;
            if person.role.is_none() && run.name_first <= run.last {
                person.role = self.trailing_role(run.last);
            }
            return Some((person, span, None));
        }
        if names_only {
            return None;
        }
        // "says the Nationwide building society.": a definite description
        // that ends the clause.
        if self.word(index).eq_ignore_ascii_case("the") {
            let head = (index + 1..index + 6)
                .take_while(|&j| self.tokens.get(j).is_some_and(|t| !t.gap_punct))
                .last()
                .filter(|&j| self.tokens.get(j + 1).is_none_or(|t| t.gap_punct));
            if let Some(head) = head
                && self.definite_start(head, head) == Some(index + 1)
            {
                return self
                    .described(head, head, tracker)
                    .map(|(p, span)| (p, span, None));
            }
        }
        // "according to a survey", "according to studio estimates",
        // "menurut data Kementerian Keuangan": a document is the source.
        if let Some(document) = self.document_source(index) {
            return Some(document);
        }
        // "tegas JPU." (not "kata JPU Tegar", a title before a name).
        if self.tokens.get(index + 1).is_none_or(|t| t.gap_punct)
            && let Some((person, span)) = self.abbreviated_office(index, tracker)
        {
            return Some((person, span, None));
        }
        if let Some(found) = self.titled_from_institution(index, tracker) {
            return Some(found);
        }
        // A lower-case source description, possibly ending in a name or acronym.
        let mut last = index;
        while last + 1 < self.tokens.len()
            && last < index + 4
            && self.tokens.get(last + 1).is_some_and(|t| !t.gap_punct)
            && (has(self.tokens, last + 1, ROLE_NOUN)
                || self.tokens.get(last + 1).is_some_and(|t| t.capitalized)
                || self.word(last + 1).eq_ignore_ascii_case("bicara"))
        {
            last += 1;
        }
        // "according to a spokesperson for the Department of Health":
        // the spokesperson, named with whom they speak for.
        if self.word(last + 1).eq_ignore_ascii_case("for") {
            let at = last + 2 + usize::from(self.word(last + 2).eq_ignore_ascii_case("the"));
            if let Some(found) = self
                .run_at(at, false)
                .and_then(|run| self.speaking_for(run))
            {
                return Some(found);
            }
        }
        self.described(index, last, tracker)
            .map(|(p, span)| (p, span, None))
    }

    /// "kata pengamat ekonomi dari Universitas Indonesia (UI) Fithra
    /// Faisal Hastiadi": a lower-case title (and its field) at token
    /// `index`, "dari", "from" or "at", then an institution and the
    /// person's name. The name follows the institution's abbreviation in
    /// brackets, or its last two (three after a common given name) words.
    fn titled_from_institution(
        &self,
        index: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        let lower_title = |k: usize| {
            self.tokens.get(k).is_some_and(|t| !t.capitalized)
                && (has(self.tokens, k, ROLE_WORD | ROLE_NOUN)
                    || FIELD_WORDS.contains(&self.word(k)))
        };
        if !lower_title(index) {
            return None;
        }
        let mut k = index + 1;
        while k < index + 3 && self.joined(k) && lower_title(k) {
            k += 1;
        }
        if !["dari", "from", "at"].contains(&self.word(k)) || !self.joined(k) || !self.joined(k + 1)
        {
            return None;
        }
        let run = *self.run_at(k + 1, false)?;
        let bracketed = (run.first + 1..run.last)
            .find(|&a| self.gap(a - 1, a) == "(" && self.gap(a, a + 1).starts_with(')'));
        let name_first = if run.name_first > run.first {
            run.name_first
        } else if let Some(abbreviation) = bracketed {
            abbreviation + 1
        } else if INSTITUTION_HEADS.contains(&self.word(run.first)) && run.last >= run.first + 2 {
            if run.last >= run.first + 3 && begins_three_word_name(self.word(run.last - 2)) {
                run.last - 2
            } else {
                run.last - 1
            }
        } else {
            return None;
        };
        if name_first > run.last || name_first == run.first {
            return None;
        }
        let named = Run {
            name_first,
            role: Some((run.first, name_first - 1)),
            ..run
        };
        let (mut person, span) = self.person_from_run(&named, tracker)?;
        person.role = self.role_text(index, name_first - 1);
        Some((person, span, None))
    }

    /// The known person whose whole office the abbreviation at token
    /// `index` spells: "tegas JPU" after "Jaksa Penuntut Umum (JPU) Tegar
    /// Djati Kusuma" (see [`Tracker::abbreviated_role`]).
    fn abbreviated_office(
        &self,
        index: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        let word = self.word(index);
        if !is_acronym(word) {
            return None;
        }
        let known = tracker.abbreviated_role(word)?;
        let (start, end) = self.span(index, index)?;
        Some((known.at(start, end), (start, end)))
    }

    /// The speaker written before a verb ("Kerry juga mengatakan").
    pub(super) fn before(
        &self,
        cue_start: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        // "Chuck Schumer, D-N.Y., said", "Rep. Ocasio-Cortez (D-NY)
        // claimed": a party and state after the name stand aside.
        let cue_start = self.aside_before(cue_start).unwrap_or(cue_start);
        let mut index = self.token_before_byte(cue_start)?;
        let mut gap_end = cue_start;
        // "… (BBA) and Building Societies Association (BSA) all said": a
        // group's "all" or "both" after a bracket.
        if ["all", "both", "semua"].contains(&self.word(index))
            && self.gap(index, index + 1).is_empty()
            && index > 0
            && self.gap(index - 1, index) == ")"
        {
            gap_end = self.tokens.get(index)?.start;
            index -= 1;
        }
        let token = self.tokens.get(index)?;
        match self.text[token.end..gap_end].trim() {
            "" => {}
            "," => return self.before_appositive(index, tracker),
            // "Menteri Sosial Saifullah Yusuf (Gus Ipul) menyebut": the
            // person named before the bracket.
            ")" => {
                let alias = self.run_at(index, true)?;
                if let Some(person) = self.alias_of(alias) {
                    let (known, span) = self.person_from_run(person, tracker)?;
                    return Some((known, span, None));
                }
                // "The National Institute of Economic and Social Research
                // (NIESR) claims": an organisation and its abbreviation;
                // "The Council of Mortgage Lenders (CML), British Bankers
                // Association (BBA) and Building Societies Association
                // (BSA) all said": several, together.
                let mut person = self.abbreviated_organisation(index)?;
                let mut count = 1;
                while let Some(before) = self.token_before_byte(person.start)
                    && let Some(joiner) = self.list_joiner(before, person.start)
                    && let Some(earlier) = self.abbreviated_organisation(joiner)
                {
                    person.start = earlier.start;
                    count += 1;
                }
                if count > 1 {
                    person.name = self.text[person.start..person.end].to_string();
                    person.plural = true;
                } else if let Some(owner) = self.token_from(person.start)
                    && let Some(document) = self.document_owning(owner, person.end)
                {
                    // "Laporan survei dari Katadata Insight Center (KIC)
                    // menunjukkan": the organisation's document.
                    return Some(document);
                }
                let span = (person.start, person.end);
                return Some((person, span, None));
            }
            _ => return None,
        }
        loop {
            let word = self.word(index);
            // "presenter SCTV Jati Darma tengah menjelaskan": an aspect
            // word, lower-case ("Lombok Tengah" is a place).
            let skippable = has(self.tokens, index, ADVERB)
                || ["tengah", "sedang", "masih"].contains(&word)
                || (word.eq_ignore_ascii_case("ini")
                    && index > 0
                    && self.word(index - 1).eq_ignore_ascii_case("baru-baru"));
            if skippable && index > 0 && self.tokens.get(index).is_some_and(|t| !t.gap_punct) {
                index -= 1;
                continue;
            }
            // "An annual economic survey released on Friday said",
            // "Figures released on Monday showed": the participle after a
            // document.
            if PUBLISHED.contains(&word)
                && index > 0
                && self.tokens.get(index).is_some_and(|t| !t.gap_punct)
                && (ORG_SOURCES.contains(&self.word(index - 1))
                    || with_lowercase(self.word(index - 1), |w| DOCUMENTS.contains(&w)))
            {
                index -= 1;
                break;
            }
            // "Blair on Tuesday said", "Trump juga pada hari ini telah
            // menyatakan": a time between the subject and the verb.
            match self.time_before(index) {
                Some(before) if before < index => index = before,
                _ => break,
            }
        }
        if index > 0 && has(self.tokens, index, CONJUNCTION) {
            return self.clause_subject(index, tracker);
        }
        // "dua sumber yang menyebut …": the noun before the relative word.
        if index > 0
            && ["yang", "who", "which", "that"]
                .iter()
                .any(|w| self.word(index).eq_ignore_ascii_case(w))
            && self.tokens.get(index).is_some_and(|t| !t.gap_punct)
        {
            index -= 1;
        }
        if let Some(found) = self.possessed_source(index) {
            return Some(found);
        }
        // "Tim SAR gabungan menyatakan", "Pemerintah daerah setempat
        // menyatakan": lower-case words that place or join the source
        // after it. The source is found before them and named with them.
        let mut core = index;
        while core > 0
            && self
                .tokens
                .get(core)
                .is_some_and(|t| !t.gap_punct && !t.capitalized)
            && SOURCE_MODIFIERS.contains(&self.word(core))
        {
            core -= 1;
        }
        if core < index {
            let (mut person, (start, mention_end), via) =
                self.before(self.tokens.get(core)?.end, tracker)?;
            let end = self.tokens.get(index)?.end;
            if via.is_none() && person.start == start && person.end == mention_end {
                person.name = self.text.get(start..end)?.to_string();
                person.end = end;
                return Some((person, (start, end), None));
            }
            return Some((person, (start, mention_end), via));
        }
        if let Some((person, span, via)) = self.pronoun(index, tracker) {
            return Some((person, span, Some(via)));
        }
        if let Some(found) = self.office_reference_before(index, tracker) {
            return Some(found);
        }
        if let Some(found) = self.person_called_may(index, tracker) {
            return Some(found);
        }
        if let Some(found) = self.document_pointed_back(index) {
            return Some(found);
        }
        if let Some(found) = self.age_description(index, tracker) {
            return Some(found);
        }
        let mut first = index;
        if let Some(run) = self.run_at(index, true) {
            // "Officials in Washington said", "Warga di Sukabumi
            // mengatakan": a place after "in" or "di" is where the
            // speakers are, not who spoke.
            match self.located(run) {
                Located::NotAPlace => {}
                Located::Source(person, span) => return Some((person, span, None)),
                Located::Nobody => return None,
            }
            // "A spokesman for the Home Office said": the spokesman,
            // named with whom they speak for.
            if let Some(found) = self.speaking_for(run) {
                return Some(found);
            }
            // "Hasil survei Indikator menunjukkan", "Data BPS mencatat":
            // the document, named by whose it is.
            if let Some(document) = self.document_of(run) {
                return Some(document);
            }
            // "Saifullah Yusuf alias Gus Ipul menjelaskan": the person.
            if let Some(person) = self.alias_of(run) {
                return self
                    .person_from_run(person, tracker)
                    .map(|(p, span)| (p, span, None));
            }
            // "The Conservatives and Lib Dems insisted": both.
            if let Some(group) = self.coordinated(run, tracker) {
                return Some((group.0, group.1, None));
            }
            // "Nick Van den Brul of BNP Paribas described": the person
            // before "of", not the organisation.
            if let Some(person) = self.person_of_organisation(run, tracker) {
                return Some((person.0, person.1, None));
            }
            // "Mantan anggota DPR Komisi I dari Fraksi Golkar, Tantowi
            // Yahya menyatakan": the title before the comma is the role.
            if run.role.is_none()
                && run.name_first <= run.last
                && run.first > 0
                && is_comma(self.gap(run.first - 1, run.first))
                && let Some(title) = self.run_at(run.first - 1, true)
                && let Some(title_start) = self.title_start(title)
                && let Some((mut person, span)) = self.person_from_run(run, tracker)
            {
                if person.role.is_none() {
                    person.role = self.role_text(title_start, title.last);
                }
                return Some((person, span, None));
            }
            let role_only = run.name_first > run.last;
            let noun_before = run.first > 0
                && self.tokens.get(run.first).is_some_and(|t| !t.gap_punct)
                && has(self.tokens, run.first - 1, ROLE_NOUN);
            let unknown_single =
                run.first == run.last && tracker.lookup(self.word(run.first)).is_none();
            if !((role_only || unknown_single) && noun_before) {
                return self
                    .person_from_run(run, tracker)
                    .map(|(p, span)| (p, span, None));
            }
            // "diplomat AS", "juru bicara Polri": the description is the source.
            first = run.first - 1;
        }
        while first > 0
            && first + 3 > index
            && self.tokens.get(first).is_some_and(|t| !t.gap_punct)
            && has(self.tokens, first - 1, ROLE_NOUN)
        {
            first -= 1;
        }
        // "A senior administration official said": lower-case title words
        // before a source noun describe it.
        if has(self.tokens, index, ROLE_NOUN) {
            while first > 0
                && first + 3 > index
                && self.joined(first)
                && self.tokens.get(first - 1).is_some_and(|t| !t.capitalized)
                && [LOWER_TITLES, LOWER_MODIFIERS, ORG_SOURCES]
                    .iter()
                    .any(|list| list.contains(&self.word(first - 1)))
            {
                first -= 1;
            }
        }
        if let Some(named) = self.named_before_title(first, index, tracker) {
            return Some((named.0, named.1, None));
        }
        self.described(first, index, tracker)
            .or_else(|| self.subject_before_with(index, tracker))
            .map(|(p, span)| (p, span, None))
    }

    /// The speaker "sang menteri", "Gubernur itu", "Menkeu" or "Kepala
    /// Negara" names when it is the subject before a cue ending at token
    /// `last` and opens its clause (see [`Sentence::office_reference`]).
    /// "Keputusan menteri itu menyebut" is a decision's, not the
    /// minister's.
    fn office_reference_before(
        &self,
        last: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        (last.saturating_sub(4)..=last)
            .filter(|&first| {
                first == 0
                    || self.tokens.get(first).is_some_and(|t| t.gap_punct)
                    || has(
                        self.tokens,
                        first - 1,
                        CONJUNCTION | ADVERB | SUBJECT_SKIP_WORD,
                    )
            })
            .find_map(|first| self.office_reference(first, last, tracker))
    }

    /// [`Sentence::office_reference`] right after a cue: "kata sang
    /// menteri", "ujar Gubernur itu", "kata Menkeu." A shortened office
    /// followed by a name is a title ("kata Menkeu Sri Mulyani").
    fn office_reference_after(
        &self,
        first: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        (first..first + 5)
            .take_while(|&last| {
                last == first || self.tokens.get(last).is_some_and(|t| !t.gap_punct)
            })
            .filter(|&last| {
                self.tokens.get(last + 1).is_none_or(|next| {
                    next.gap_punct || !next.capitalized || has(self.tokens, last + 1, NOT_NAME)
                })
            })
            .find_map(|last| self.office_reference(first, last, tracker))
    }

    /// An office holder named again by their office, as Indonesian news
    /// refers back to someone introduced with a title: "sang menteri",
    /// "Gubernur Jawa Barat itu", "menteri tersebut", a shortened office
    /// or an epithet from [`OFFICE_REFERENCES`] ("Menkeu" after "Menteri
    /// Keuangan Sri Mulyani Indrawati", "Kepala Negara" for the
    /// president). `first..=last` are the words, "sang", "itu" and
    /// "tersebut" included. The person is the last one met whose role
    /// begins with that office, and the reference is kept as `via`; when
    /// nobody known holds it, the reference itself is the speaker
    /// ("Gubernur itu"), not its last word.
    fn office_reference(
        &self,
        first: usize,
        last: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        if (first + 1..=last).any(|i| self.tokens.get(i).is_none_or(|t| t.gap_punct)) {
            return None;
        }
        let sang = self.word(first).eq_ignore_ascii_case("sang");
        // "Gubernur ini" is already an office in the runs, which resolve
        // it to its holder (see `find_runs`).
        let demonstrative = DEMONSTRATIVES
            .iter()
            .filter(|w| **w != "ini")
            .any(|w| self.word(last).eq_ignore_ascii_case(w));
        let from = first + usize::from(sang);
        let to = last.checked_sub(usize::from(demonstrative))?;
        // Every office, shortened or not, opens with a title word.
        if from > to || to - from > 2 || !has(self.tokens, from, ROLE_WORD) {
            return None;
        }
        let (start, end) = self.span(first, last)?;
        let (office_start, office_end) = self.span(from, to)?;
        let office = self.text.get(office_start..office_end)?;
        let title = with_lowercase(office, |lower| {
            OFFICE_REFERENCES
                .iter()
                .find(|(reference, _)| *reference == lower)
                .map(|&(_, title)| title)
        });
        let described = (sang || demonstrative)
            && (from + 1..=to).all(|i| {
                has(self.tokens, i, ROLE_WORD | ROLE_MODIFIER | PLACE_WORD)
                    || is_acronym(self.word(i))
            });
        if title.is_none() && !described {
            return None;
        }
        let known = title
            .and_then(|title| tracker.with_title(title))
            .or_else(|| tracker.with_title(office));
        let person = match known {
            Some(known) => known.at(start, end),
            None => Person::new(self.text[start..end].to_string(), start, end),
        };
        let via = known.map(|_| self.text[start..end].to_lowercase());
        Some((person, (start, end), via))
    }

    /// "Hasilnya, survei ini menyebut …", "Laporan tersebut mencatat":
    /// a document noun with "ini", "itu" or "tersebut" ending at token
    /// `last` and opening its clause, named as written.
    fn document_pointed_back(
        &self,
        last: usize,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        let noun = last.checked_sub(1)?;
        let pointed = DEMONSTRATIVES
            .iter()
            .any(|w| self.word(last).eq_ignore_ascii_case(w));
        if !pointed
            || self.tokens.get(last).is_none_or(|t| t.gap_punct)
            || !with_lowercase(self.word(noun), |w| DOCUMENTS.contains(&w))
            || noun > 0 && self.tokens.get(noun).is_some_and(|t| !t.gap_punct)
        {
            return None;
        }
        let (name, start, end) = self.span_text(noun, last)?;
        Some((Person::new(name, start, end), (start, end), None))
    }

    /// The document a run is the owner of, as a subject: up to three
    /// lower-case document nouns right before it ("Hasil survei
    /// Indikator", "data BPS", "laporan Bank Dunia") or before "from",
    /// "by" or "dari" and it ("figures from the British Retail
    /// Consortium", "A study by Harvard University"), all read as a
    /// document source.
    fn document_of(&self, run: &Run) -> Option<(Person, (usize, usize), Option<String>)> {
        // A titled person is no owner of a document here; an office or an
        // institution read as a role alone is ("data BPS yang menyebut").
        if run.role.is_some() && run.name_first <= run.last {
            return None;
        }
        self.document_owning(run.first, self.tokens.get(run.last)?.end)
    }

    /// [`Sentence::document_of`] for an owner whose name starts at token
    /// `owner` and ends at byte `end`, which may be past its last word
    /// ("Katadata Insight Center (KIC)"). A title between the document
    /// noun and "dari"/"from" belongs to the document: "Laporan survei
    /// Persepsi Publik … dari Katadata Insight Center".
    fn document_owning(
        &self,
        owner: usize,
        end: usize,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        // "figures from the British Retail Consortium", "A study by
        // Harvard University", "data dari BPS": the document, and whose.
        let mut owner = owner;
        // "A study by the Pew Internet and American Life Project",
        // "figures from the ONS and the Bank of England": names joined by
        // "and" own the document together.
        let mut joiner = owner;
        if joiner > 0 && self.joined(joiner) && self.word(joiner - 1).eq_ignore_ascii_case("the") {
            joiner -= 1;
        }
        if joiner > 1
            && self.joined(joiner)
            && self.joined(joiner - 1)
            && ["and", "dan", "&"]
                .iter()
                .any(|w| self.word(joiner - 1).eq_ignore_ascii_case(w))
            && let Some(before) = self.run_at(joiner - 2, true)
        {
            owner = before.first;
        }
        if owner > 0 && self.joined(owner) && self.word(owner - 1).eq_ignore_ascii_case("the") {
            owner -= 1;
        }
        let linked = owner > 1
            && self.joined(owner)
            && self.joined(owner - 1)
            && ["from", "by", "of", "dari", "oleh"]
                .iter()
                .any(|w| self.word(owner - 1).eq_ignore_ascii_case(w));
        let mut first = if linked { owner - 1 } else { owner };
        // The title's own first word may be the document noun, capitalized
        // at the start of the sentence: "Survei Persepsi Publik dari …".
        let mut titled = false;
        if linked
            && self.joined(first)
            && let Some(title) = self.run_at(first - 1, true)
        {
            let is_document = |i: usize| with_lowercase(self.word(i), |w| DOCUMENTS.contains(&w));
            if is_document(title.first) {
                first = title.first;
                titled = true;
            } else if title.first > 0 && self.joined(title.first) && is_document(title.first - 1) {
                first = title.first;
            }
        }
        let named_from = first;
        while first > 0
            && named_from - first < 3
            && self.tokens.get(first).is_some_and(|t| !t.gap_punct)
            && self.tokens.get(first - 1).is_some_and(|t| t.alphabetic)
            && with_lowercase(self.word(first - 1), |w| DOCUMENTS.contains(&w))
        {
            first -= 1;
        }
        if first == named_from && !titled {
            return None;
        }
        let start = self.tokens.get(first)?.start;
        let person = Person::new(self.text.get(start..end)?.to_string(), start, end);
        Some((person, (start, end), None))
    }

    /// "Gov. Gavin Newsom's office said", "Trump's lawyer said", "Obama's
    /// campaign claimed": whose office, campaign or spokesperson the
    /// source is, named with the owner (the owner's title aside), for a
    /// head ending at token `head`.
    fn possessed_source(&self, head: usize) -> Option<(Person, (usize, usize), Option<String>)> {
        // The owner first: a capitalized word ending in a possessive is
        // rare, the head's lists are not.
        let owner = head.checked_sub(1)?;
        let owned = self.word(owner);
        let possessive = ["'s", "’s", "s'", "s’"].iter().any(|p| owned.ends_with(p));
        if !possessive
            || self.tokens.get(owner).is_none_or(|t| !t.capitalized)
            || !self.joined(head)
        {
            return None;
        }
        let word = self.word(head);
        let is_head = self.tokens.get(head).is_some_and(|t| !t.capitalized)
            && (POSSESSED_HEADS.contains(&word) || has(self.tokens, head, ROLE_NOUN));
        if !is_head {
            return None;
        }
        let run = self.run_at(owner, true)?;
        let first = if run.name_first <= owner {
            run.name_first
        } else {
            run.first
        };
        let (name, start, end) = self.span_text(first, head)?;
        let person = Person {
            plural: looks_plural(word),
            ..Person::new(name, start, end)
        };
        Some((person, (start, end), None))
    }

    /// "A spokesman for the Home Office", "a lawyer for Mr Smith": a
    /// source noun, "for" and the run, named whole (as "a Home Office
    /// spokesman" is), not the organisation alone.
    fn speaking_for(&self, run: &Run) -> Option<(Person, (usize, usize), Option<String>)> {
        let mut at = run.first;
        if at > 0 && self.joined(at) && self.word(at - 1).eq_ignore_ascii_case("the") {
            at -= 1;
        }
        let preposition = at.checked_sub(1)?;
        let noun = preposition.checked_sub(1)?;
        if !self.joined(at)
            || !self.joined(preposition)
            || !self.word(preposition).eq_ignore_ascii_case("for")
            || !has(self.tokens, noun, ROLE_NOUN)
        {
            return None;
        }
        let (name, start, end) = self.span_text(noun, run.last)?;
        let word = self.word(noun);
        let person = Person {
            plural: looks_plural(word),
            ..Person::new(name, start, end)
        };
        Some((person, (start, end), None))
    }

    /// A run that follows "in" or "di", as the subject of a cue: the
    /// unnamed source the place belongs to ("Officials in Washington",
    /// "Police in Jakarta", "Warga di Sukabumi"), or nobody when no source
    /// noun stands before the preposition ("the commission … in America
    /// concluded that" is the commission's, and no rule here names it).
    fn located(&self, run: &Run) -> Located {
        let Some(preposition) = run.first.checked_sub(1) else {
            return Located::NotAPlace;
        };
        // A run of places only ("Jakarta", "Indonesia") reads as a role
        // with no name: still a place.
        if (run.role.is_some() && run.name_first <= run.last)
            || self.tokens.get(run.first).is_none_or(|t| t.gap_punct)
            || !["in", "di"]
                .iter()
                .any(|w| self.word(preposition).eq_ignore_ascii_case(w))
        {
            return Located::NotAPlace;
        }
        // "Officials in Washington", "the health ministry in Gaza"
        let noun = preposition.checked_sub(1).filter(|&noun| {
            self.tokens.get(preposition).is_some_and(|t| !t.gap_punct)
                && (has(self.tokens, noun, ROLE_NOUN) || ORG_SOURCES.contains(&self.word(noun)))
        });
        let Some(noun) = noun else {
            return Located::Nobody;
        };
        // with the office's field before it: "health ministry"
        let mut first = noun;
        while first > 0
            && self.joined(first)
            && self.tokens.get(first - 1).is_some_and(|t| !t.capitalized)
            && LOWER_MODIFIERS.contains(&self.word(first - 1))
        {
            first -= 1;
        }
        let Some((name, start, end)) = self.span_text(first, run.last) else {
            return Located::NotAPlace;
        };
        let word = self.word(noun);
        let plural = word.eq_ignore_ascii_case("para") || looks_plural(word);
        let person = Person {
            plural,
            ..Person::new(name, start, end)
        };
        Located::Source(person, (start, end))
    }

    /// "\"…,\" the 22-year-old told BBC Sport": English sports and
    /// court news names the person in the story by age, as a pronoun
    /// would; it means whom "she" or "he" would mean (not an
    /// organisation).
    fn age_description(
        &self,
        index: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
        let age = self.tokens.get(index)?;
        let word = self.word(index);
        word.strip_suffix("-year-old")
            .filter(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))?;
        let article = index.checked_sub(1)?;
        if age.gap_punct || !self.word(article).eq_ignore_ascii_case("the") {
            return None;
        }
        let start = self.tokens.get(article)?.start;
        let via = self.text[start..age.end].to_lowercase();
        // Without a sex to check, only someone named in this paragraph or
        // the one before: a sports round-up moves from one athlete to
        // the next (en/023: "said Gardener" two paragraphs before is not
        // "the 22-year-old").
        let near = |person: &Person| {
            self.text.get(person.end..start).is_some_and(|between| {
                between
                    .split('\n')
                    .skip(1)
                    .filter(|line| !line.trim().is_empty())
                    .count()
                    <= 1
            })
        };
        match tracker
            .recent
            .last()
            .filter(|p| !p.plural && !is_organisation(p) && near(p))
        {
            Some(person) => Some((person.clone(), (start, age.end), Some(via))),
            // Nobody in view: the description itself, as "the chancellor".
            None => Some((
                Person::new(word.to_string(), age.start, age.end),
                (age.start, age.end),
                None,
            )),
        }
    }

    /// The subject before a "dengan"/"with" phrase that stands between it
    /// and the verb: "Lembaga Indo Barometer dengan suara masuk 99,67
    /// persen menyatakan". The phrase is short and unbroken by
    /// punctuation, and a name or an organisation ends right before it.
    fn subject_before_with(
        &self,
        last: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        let with = (last.saturating_sub(6)..last).rev().find(|&i| {
            ["dengan", "with"]
                .iter()
                .any(|w| self.word(i).eq_ignore_ascii_case(w))
        })?;
        // A decimal comma or point ("99,67 persen") is no break.
        let decimal = |i: usize| {
            i > 0
                && self.tokens.get(i).is_some_and(|t| !t.alphabetic)
                && self.tokens.get(i - 1).is_some_and(|t| !t.alphabetic)
                && [",", "."].contains(&self.gap(i - 1, i))
        };
        if (with..=last).any(|i| self.tokens.get(i).is_some_and(|t| t.gap_punct) && !decimal(i)) {
            return None;
        }
        let run = self.run_at(with.checked_sub(1)?, true)?;
        // "Lembaga CSIS dan Cyrus Network dengan …": both.
        if let Some(group) = self.coordinated(run, tracker) {
            return Some(group);
        }
        if run.name_first <= run.last
            && !INSTITUTION_HEADS.contains(&self.word(run.first))
            && let Some(person) = self.person_from_run(run, tracker)
        {
            return Some(person);
        }
        // "Lembaga survei SMCR", "Lembaga Indo Barometer": an
        // organisation, named by the whole run.
        let (name, start, end) = self.span_text(run.first, run.last)?;
        let person = Person::new(name, start, end);
        Some((person, (start, end)))
    }

    /// A document named right after a cue, up to the end of the clause:
    /// "according to a survey", "according to box office figures",
    /// "menurut data Kementerian Keuangan". A lower-case document noun
    /// must be among its first four words, and the phrase at most six
    /// words long, or eight when it opens with the document noun and the
    /// words past the sixth are names or numbers ("dikutip dari tabel
    /// daftar kegiatan prioritas utama RKP 2025"; not "said the figures
    /// were plausible but also a gamble", nor "said in a survey we are
    /// SCROLL TO CONTINUE"); a leading article is left out of the name.
    fn document_source(&self, first: usize) -> Option<(Person, (usize, usize), Option<String>)> {
        let start = if ["a", "an", "the"].contains(&self.word(first)) {
            first + 1
        } else {
            first
        };
        let mut last = start;
        let name_or_number = |i: usize| {
            self.tokens.get(i).is_some_and(|t| {
                t.capitalized
                    || self.text[t.start..t.end]
                        .bytes()
                        .all(|b| b.is_ascii_digit())
            })
        };
        let opens_with_document = DOCUMENTS.contains(&self.word(start));
        while self.joined(last + 1)
            && (last + 1 - start < 6
                || opens_with_document && last + 1 - start < 8 && name_or_number(last + 1))
        {
            last += 1;
        }
        if !self.tokens.get(last + 1).is_none_or(|t| t.gap_punct) {
            return None;
        }
        if !(start..=last.min(start + 3)).any(|i| DOCUMENTS.contains(&self.word(i))) {
            return None;
        }
        // "data WHO tahun 2017": the year the data are of is no part of
        // whose they are
        let year = |i: usize| {
            let word = self.word(i);
            word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
        };
        if last >= start + 3 && year(last) && self.word(last - 1).eq_ignore_ascii_case("tahun") {
            last -= 2;
        }
        let (name, a, b) = self.span_text(start, last)?;
        let person = Person::new(name, a, b);
        Some((person, (a, b), None))
    }

    /// Whether the words from byte `start` to byte `end` are set off by
    /// commas: "Pemprov NTB, dia berujar, akan melobi …". Such an aside
    /// names the one who is talking, not the clause's subject.
    pub(super) fn parenthetical(&self, start: usize, end: usize) -> bool {
        let before = self.text[..start].trim_end();
        let after = self.text[end..].trim_start();
        before.ends_with(',') && after.starts_with(',')
    }

    /// The token before a time phrase that ends at token `last` and
    /// stands between a subject and its verb: "on Tuesday", "pada Senin",
    /// "kemarin", "hari ini", "pada hari ini", "last week", "pekan lalu".
    /// `None` when `last` ends no such phrase or nothing precedes it.
    fn time_before(&self, last: usize) -> Option<usize> {
        if !self.joined(last) {
            return None;
        }
        let is = |i: usize, words: &[&str]| {
            let word = self.word(i);
            words.iter().any(|w| word.eq_ignore_ascii_case(w))
        };
        // "pekan lalu" whose "lalu" was skipped as an adverb.
        let before_lalu =
            is(last, TIME_NOUNS_ID) && is(last + 1, &["lalu"]) && self.joined(last + 1);
        let mut first = if is(last, WEEKDAYS_ID)
            || is(last, WEEKDAYS_EN)
            || is(last, &["kemarin"])
            || before_lalu
        {
            last
        } else if is(last, &["ini", "lalu", "week", "month", "year"]) {
            // "hari ini", "pekan lalu", "last week", "this month".
            let noun = last.checked_sub(1).filter(|_| self.joined(last))?;
            let english = is(last, &["week", "month", "year"]);
            if english && !is(noun, &["last", "this"]) || !english && !is(noun, TIME_NOUNS_ID) {
                return None;
            }
            noun
        } else {
            return None;
        };
        // "on Tuesday", "pada Senin", "pada hari ini", "Senin lalu".
        if first > 0
            && self.joined(first)
            && ["on", "pada", "late", "early"]
                .iter()
                .any(|w| self.word(first - 1).eq_ignore_ascii_case(w))
        {
            first -= 1;
        }
        first.checked_sub(1).filter(|_| self.joined(first))
    }

    /// Two names joined by "and"/"dan" before a verb, as one group that
    /// "they"/"mereka" may refer to: "The Conservatives and Lib Dems
    /// insisted", "Prabowo dan Gibran menegaskan".
    fn coordinated(&self, second: &Run, tracker: &Tracker) -> Option<(Person, (usize, usize))> {
        let and = second.first.checked_sub(1)?;
        if !has(self.tokens, and, CONJUNCTION)
            || !["and", "dan"].contains(&self.word(and))
            || !self.joined(and)
            || !self.joined(second.first)
        {
            return None;
        }
        let first = self.run_at(and.checked_sub(1)?, true)?;
        // "Kepala Dinas Pendidikan dan Kebudayaan mengatakan": one office
        // whose fields are joined, not two speakers (see `find_runs`).
        if has(self.tokens, first.first, ROLE_WORD)
            && is_field_noun(self.word(first.last))
            && !has(self.tokens, second.first, ROLE_WORD | HONORIFIC)
        {
            let (name, start, end) = self.span_text(first.first, second.last)?;
            let person = match tracker.holding(&name) {
                Some(known) => Person {
                    start,
                    end,
                    ..known.clone()
                },
                None => Person::new(name, start, end),
            };
            return Some((person, (start, end)));
        }
        let (one, (start, _)) = self.person_from_run(first, tracker)?;
        let (two, (_, end)) = self.person_from_run(second, tracker)?;
        let person = Person {
            name: format!("{} {} {}", one.name, self.word(and), two.name),
            role: None,
            start,
            end,
            plural: true,
        };
        Some((person, (start, end)))
    }

    /// The person named just before "of"/"from"/"at" and the organisation
    /// `org`, which is their role when they have none: "Nick Van den Brul
    /// of BNP Paribas", "Paul Dergarabedian of Exhibitor Relations". The
    /// person needs a full name, so "Bank of England" stays an
    /// organisation.
    fn person_of_organisation(
        &self,
        org: &Run,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        let link = org.first.checked_sub(1)?;
        if !["of", "from", "at"].contains(&self.word(link))
            || !self.joined(link)
            || !self.joined(org.first)
        {
            return None;
        }
        let person = self
            .run_at(link.checked_sub(1)?, true)
            .filter(|run| run.name_first < run.last)?;
        let (mut person, span) = self.person_from_run(person, tracker)?;
        // "Howard Archer of IHS Global Insight said": without a title of
        // their own, the organisation is the role (not a place: "Sheila
        // Jackson Lee of Texas"; nor a last word: "Joint Chiefs of Staff")
        let place = (org.first..=org.last).any(|i| has(self.tokens, i, PLACE_WORD));
        if person.role.is_none() && org.last > org.first && !place {
            person.role = self.span_text(org.first, org.last).map(|(text, _, _)| text);
        }
        Some((person, span))
    }

    /// "Rhodri Glyn Thomas, Plaid Cymru health spokesman said": a name,
    /// a comma, then a title running up to the verb (tokens up to
    /// `last`, the title's head word at `head`). The name is the speaker
    /// and the title its role.
    fn named_before_title(
        &self,
        head: usize,
        last: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        if !(head..=last).any(|i| has(self.tokens, i, ROLE_NOUN) || has(self.tokens, i, ROLE_WORD))
        {
            return None;
        }
        let mut start = head;
        while start > 0 && head - start < 5 && self.tokens.get(start).is_some_and(|t| !t.gap_punct)
        {
            let prev = start - 1;
            let leads = LOWER_MODIFIERS.contains(&self.word(prev))
                || has(self.tokens, prev, ROLE_NOUN)
                || self
                    .tokens
                    .get(prev)
                    .is_some_and(|t| t.capitalized && t.alphabetic)
                    && !has(self.tokens, prev, NOT_NAME);
            if !leads {
                break;
            }
            start = prev;
        }
        if self.gap(start.checked_sub(1)?, start) != "," {
            return None;
        }
        let run = self
            .run_at(start - 1, true)
            .filter(|run| run.name_first <= run.last && run.last + 1 - run.name_first >= 2)?;
        let (mut person, span) = self.person_from_run(run, tracker)?;
        if person.role.is_none() {
            person.role = self.span_text(start, last).map(|(text, _, _)| text);
        }
        Some((person, span))
    }
}

/// What may follow the name that signs a quotation: nothing, or the day
/// it was said (", Jumat (8/9/2017)", ", Monday").
fn signature_tail(rest: &str) -> bool {
    let rest = rest.trim_end_matches(['.', '!', ' ']);
    if rest.is_empty() {
        return true;
    }
    let Some(date) = rest.strip_prefix(',') else {
        return false;
    };
    let date = date.trim_start();
    let day_end = date
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(date.len());
    let day = &date[..day_end];
    let is_day = [WEEKDAYS_ID, WEEKDAYS_EN]
        .iter()
        .any(|days| days.iter().any(|d| day.eq_ignore_ascii_case(d)));
    is_day
        && date[day_end..]
            .chars()
            .all(|c| c.is_ascii_digit() || " /().-".contains(c))
}

/// A US party-and-state tag: "D-N.Y.", "R-Texas", "I-Vt.", "D-NY" (not
/// "D-Day").
pub(super) fn is_party_tag(tag: &str) -> bool {
    ["D-", "R-", "I-"]
        .iter()
        .find_map(|p| tag.strip_prefix(p))
        .is_some_and(|state| US_STATES.contains(&state))
}
