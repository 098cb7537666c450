//! Capitalized runs: the names in a sentence, each split into a role and
//! a name ("Menteri Luar Negeri AS John Kerry"), with the lower-case
//! titles English writes before a name ("Tory leader Michael Howard").

use super::*;

/// A run of capitalized tokens, split into an optional role and a name.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    /// Token index range of the whole run.
    pub(super) first: usize,
    pub(super) last: usize,
    /// Token index where the name starts (== last + 1 when role only).
    pub(super) name_first: usize,
    /// Token index range of the role, without honorifics.
    pub(super) role: Option<(usize, usize)>,
}

/// Groups tokens into capitalized runs and splits each into role and name.
pub(super) fn find_runs(text: &str, tokens: &[Token], out: &mut Vec<Run>) {
    out.clear();
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
    let is_name_token = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| (t.capitalized && t.alphabetic) || is_particle_name(word(i)))
    };
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_token(i) || not_a_name(text, tokens, i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        // The run ends with an office's abbreviation in brackets: no name
        // is in it.
        let mut office_only = false;
        loop {
            let next = last + 1;
            let Some(token) = tokens.get(next) else { break };
            let joined = !token.gap_punct
                || (token.gap_dot
                    && (has(tokens, last, HONORIFIC) || word(last).chars().count() == 1))
                // "Ernst & Young", "Procter & Gamble".
                || gap_between(text, tokens, last, next) == "&";
            if joined && is_name_token(next) && !not_a_name(text, tokens, next) {
                last = next;
                continue;
            }
            // A lower-case particle inside a name: "Nick Van den Brul",
            // "Henri de Bodinat", "Mohammed bin Salman".
            // … two of them too: "Ursula von der Leyen"
            let particles = if NAME_PARTICLES.contains(&word(next + 1))
                && tokens.get(next + 1).is_some_and(|t| !t.gap_punct)
            {
                2
            } else {
                1
            };
            let surname = next + particles;
            let particle = !token.gap_punct
                && NAME_PARTICLES.contains(&word(next))
                && tokens.get(surname).is_some_and(|t| !t.gap_punct)
                && is_name_token(surname)
                && !not_a_name(text, tokens, surname);
            if particle {
                last = surname;
                continue;
            }
            // "dan" between the fields of an office: "Deputi Penindakan dan
            // Eksekusi KPK Asep Guntur Rahayu", "Kepala Dinas Pendidikan
            // dan Kebudayaan …", "Kepala Pusat Data dan Informasi BNPB
            // Abdul Muhari". Only after an Indonesian field noun (pe-…-an,
            // ke-…-an) or an institution's head ("Pusat", "Badan") in a
            // run that began with a title, so two people joined by "dan"
            // stay apart, and only when two more words follow the field,
            // so a name ends the run.
            let office_and = !token.gap_punct
                && word(next) == "dan"
                && has(tokens, first, ROLE_WORD)
                && (is_field_noun(word(last))
                    || (first + 1..=last).any(|j| INSTITUTION_HEADS.contains(&word(j))))
                && !has(tokens, next + 1, ROLE_WORD | HONORIFIC)
                && (next + 1..=next + 3).all(|j| {
                    tokens.get(j).is_some_and(|t| !t.gap_punct)
                        && is_name_token(j)
                        && !not_a_name(text, tokens, j)
                });
            if office_and {
                last = next + 1;
                continue;
            }
            // English departments joined by "and" (and commas) in an
            // office: "Trade and Industry Secretary Patricia Hewitt",
            // "Culture, Media and Sport Secretary", "Minister for Trade and
            // Industry Alan Johnson". Both sides must be departments, so
            // "Blair and Industry Secretary …" stays two people.
            if department_joined(text, tokens, first, last, next) {
                last = next + 1;
                continue;
            }
            // "of" inside an institution's or an office's name: "Bank of
            // England", "Council of Mortgage Lenders", "Chancellor of the
            // Exchequer Gordon Brown".
            let of_the = usize::from(word(next + 1).eq_ignore_ascii_case("the"));
            let after_of = next + 1 + of_the;
            // … and "for": "Secretary of State for Wales Peter Hain",
            // "Minister for Trade and Industry Alan Johnson", "Institute
            // for Fiscal Studies".
            let institution = !token.gap_punct
                && (word(next) == "of" || word(next) == "for")
                && (ORG_HEADS.contains(&word(last)) || has(tokens, last, ROLE_WORD))
                && tokens.get(last).is_some_and(|t| t.capitalized)
                && (next + 1..=after_of).all(|i| tokens.get(i).is_some_and(|t| !t.gap_punct))
                && is_name_token(after_of)
                && !not_a_name(text, tokens, after_of);
            if institution {
                last = after_of;
                continue;
            }
            // An abbreviation in brackets inside an office's name: "Badan
            // Pengelola Pendapatan Daerah (Bappenda) NTB Fathurrahman".
            let gap = |a: usize, b: usize| gap_between(text, tokens, a, b);
            let bracketed = gap(last, next) == "("
                && is_name_token(next)
                && gap(next, next + 1) == ")"
                && is_name_token(next + 1)
                && !not_a_name(text, tokens, next + 1);
            // … or ending it before a comma: "Lembaga Pengembangan
            // Perbankan Indonesia (LPPI), Trioksa Siahaan, menjelaskan".
            let bracket_ends = gap(last, next) == "("
                && is_acronym(word(next))
                && is_bracket_comma(gap(next, next + 1));
            if bracketed {
                last = next + 1;
            } else if bracket_ends {
                last = next;
                office_only = true;
                break;
            } else {
                break;
            }
        }
        // Role words, honorifics, places and acronyms lead; the rest is the name.
        let mut name_first = first;
        let mut role_first: Option<usize> = None;
        let mut has_role_word = false;
        // Where the role ends, when not just before the name.
        let mut role_last: Option<usize> = None;
        while name_first <= last {
            let w = word(name_first);
            let honorific = has(tokens, name_first, HONORIFIC);
            let role = continues_title(tokens, first, name_first)
                || (has(tokens, name_first + 1, ROLE_WORD)
                    && with_lowercase(w, |w| TITLE_PREFIXES.contains(&w)));
            let place = has(tokens, name_first, PLACE_WORD)
                || is_acronym(w)
                || (!role && !honorific && names_region(text, tokens, first, name_first));
            // "Mr German", "Ms Wales": after an honorific, the last word
            // is the surname even when it names a place.
            let surname = !role
                && name_first == last
                && name_first > first
                && has(tokens, name_first - 1, HONORIFIC);
            if !(honorific || role || place) || surname {
                break;
            }
            if !honorific && role_first.is_none() {
                role_first = Some(name_first);
            }
            has_role_word |= role || honorific;
            name_first += 1;
        }
        if !has_role_word && name_first <= last {
            // No title at the start: leading places are part of the name
            // ("Amerika Serikat"), unless a title stands later in the run
            // with a name after it: "US Treasury Under-Secretary John
            // Taylor", "South Africa Finance Minister Trevor Manuel",
            // "Auditor General Sir John Bourn". The role runs to the last
            // title word; honorifics after it belong to neither.
            name_first = first;
            role_first = None;
            role_last = None;
            let title_at =
                |i: usize| continues_title(tokens, first, i) || has(tokens, i, HONORIFIC);
            if let Some(last_title) = (first..last).rev().find(|&i| title_at(i))
                && let Some(role_end) = (first..=last_title)
                    .rev()
                    .find(|&i| has(tokens, i, ROLE_WORD))
            {
                // An organisation's abbreviation after the title is part
                // of the role: "Research & Analytics Manager KIC Satria
                // Triputra Wisnumurti".
                let mut name_start = last_title + 1;
                while name_start < last
                    && (is_acronym(word(name_start)) || has(tokens, name_start, PLACE_WORD))
                {
                    name_start += 1;
                }
                if last + 1 - name_start <= 3 {
                    name_first = name_start;
                    role_first = Some(first);
                    role_last = (name_start == last_title + 1).then_some(role_end);
                }
            }
        } else if has_role_word && last + 1 - name_first > 2 {
            // "Menteri Perdagangan Budi Santoso", "Kepala Dinas Pendidikan
            // Rina Wati": after a title, the office runs on and the name is
            // the last two words (a three-word name after such an office
            // loses its first word; after an acronym it is kept whole).
            if role_first.is_none() {
                role_first = Some(name_first);
            }
            // An organisation or place just before the last word belongs
            // to the office: "… (Bappenda) NTB Fathurrahman". After an
            // abbreviation of the office the name is whole, up to three
            // words: "Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma"; not
            // after a company's "PT", whose name follows it.
            let after_abbreviation = (name_first..last - 1)
                .rev()
                .find(|&i| is_acronym(word(i)))
                .filter(|&i| last - i <= 3 && !COMPANY_MARKS.contains(&word(i)));
            // "Presiden Susilo Bambang Yudhoyono": after a title that
            // takes no office, three words are one name.
            // Not across brackets: "Wakil Presiden (Cawapres) Prabowo
            // Subianto".
            let complete_title = last + 1 - name_first == 3
                && name_first > first
                && (name_first..=last).all(|i| tokens.get(i).is_some_and(|t| !t.gap_punct))
                && with_lowercase(word(name_first - 1), |w| {
                    COMPLETE_TITLES.contains(&w) || SHORTENED_MINISTRIES.contains(&w)
                });
            name_first = if complete_title {
                name_first
            } else if has(tokens, last - 1, PLACE_WORD) || is_acronym(word(last - 1)) {
                last
            } else if let Some(abbreviation) = after_abbreviation {
                // A place the abbreviation names is the office's too:
                // "Kepala Dinas Kesehatan DKI Jakarta Ani Ruspitawati".
                let mut start = abbreviation + 1;
                while start + 1 < last && has(tokens, start, PLACE_WORD) {
                    start += 1;
                }
                start
            } else if word(last - 2).eq_ignore_ascii_case("partai") {
                // "Wakil Ketua Umum Partai Gerindra Habiburokhman": a
                // party's name is one word after "Partai".
                last
            } else if begins_three_word_name(word(last - 2)) {
                // "Direktur Riset Ali Noer Zaman", "Menteri Keuangan Sri
                // Mulyani Indrawati".
                last - 2
            } else if last + 1 - name_first == 3
                && name_first > first
                && is_acronym(word(name_first - 1))
                && called_by_elsewhere(text, tokens, name_first, name_first - 1)
            {
                // "Kepala BPS Amalia Adininggar Widyasanti … kata Amalia":
                // after an organisation's abbreviation, three words are one
                // name when the article calls the person by the first.
                name_first
            } else {
                last - 1
            };
        }
        // A police or military rank ends the role wherever it stands:
        // "Kapolda Metro Jaya Irjen Karyoto", "Kabid Humas Polda Metro
        // Jaya Kombes Pol Ade Ary Syam Indradi".
        if let Some(name_start) = name_after_rank(text, tokens, first, last) {
            name_first = name_start;
            role_first = role_first.filter(|&r| r < name_start).or(Some(first));
            role_last = None;
        }
        // Honorifics between the role and the name belong to neither
        // ("Auditor General Sir John Bourn").
        let role = role_first.filter(|&r| r < name_first).and_then(|r| {
            let end = role_last.unwrap_or(name_first - 1);
            (r..=end)
                .rev()
                .find(|&i| !has(tokens, i, HONORIFIC))
                .map(|end| (r, end))
        });
        // Only before a full name: a single word after a title is the
        // title's organisation ("juru bicara Polri"), read as a source.
        // "security firm Sophos", "property website Rightmove": after an
        // organisation's description one word is the organisation.
        let described_organisation = first > 0
            && tokens.get(first).is_some_and(|t| !t.gap_punct)
            && ORG_DESCRIPTORS.contains(&word(first - 1));
        let role = role.or_else(|| {
            let (role_start, _) = (last > first || described_organisation)
                .then(|| lower_case_title_before(text, tokens, first, name_first))
                .flatten()?;
            // After a lower-case title, leading organisations and places
            // belong to the role when a full name follows: "jubir KPK Budi
            // Prasetyo", "anggota DKPP Dewi Pitalolo".
            let mut start_of_name = first;
            while start_of_name + 2 <= last
                && (has(tokens, start_of_name, PLACE_WORD) || is_acronym(word(start_of_name)))
            {
                start_of_name += 1;
            }
            // "Analis politik Universitas Muhammadiyah Tangerang Ahmad
            // Chumaedy": an institution's name, then the person's two.
            if start_of_name == first
                && INSTITUTION_HEADS.contains(&word(first))
                && last >= first + 3
            {
                start_of_name = last - 1;
            }
            name_first = start_of_name;
            Some((role_start, start_of_name - 1))
        });
        // "Bupati Karanganyar ini menerangkan": a demonstrative after a
        // title and one word makes it an office, not a person called
        // Karanganyar.
        let demonstrative = tokens.get(last + 1).is_some_and(|t| !t.gap_punct)
            && DEMONSTRATIVES.contains(&word(last + 1));
        let role = match role {
            Some((role_start, _)) if demonstrative && name_first == last => {
                name_first = last + 1;
                Some((role_start, last))
            }
            role => role,
        };
        // "Komisioner Komisi Pemilihan Umum (KPU), …": a titled office
        // ending in its abbreviation is all role; the name, if any, comes
        // after the comma.
        let role = match role {
            Some((role_start, _)) if office_only => {
                name_first = last + 1;
                Some((role_start, last))
            }
            role => role,
        };
        out.push(Run {
            first,
            last,
            name_first,
            role,
        });
        i = last + 1;
    }
}

/// Whether token `next` (an "and" or a comma) joins two departments inside
/// the office that began at `first`: the department after it must lead
/// to a title ("… and Industry Secretary"), or the run began with one
/// ("Minister for Trade and Industry …") or with an institution
/// ("Department for Education and Skills").
fn department_joined(text: &str, tokens: &[Token], first: usize, last: usize, next: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
    let joined = |i: usize| tokens.get(i).is_some_and(|t| !t.gap_punct);
    let department = |i: usize| DEPARTMENTS.contains(&word(i));
    let capital_title =
        |i: usize| tokens.get(i).is_some_and(|t| t.capitalized) && has(tokens, i, ROLE_WORD);
    // Cheap tests first: this runs after every word of every name.
    let comma = tokens.get(next).is_some_and(|t| t.gap_punct);
    if comma && word(next + 1) != "and" || !comma && word(next) != "and" || !department(last) {
        return false;
    }
    // "Culture, Media and Sport Secretary": a comma, then a department,
    // "and", a department and the title.
    if comma {
        if !is_comma(gap_between(text, tokens, last, next)) {
            return false;
        }
        return department(next)
            && joined(next + 1)
            && joined(next + 2)
            && department(next + 2)
            && (next + 3..=next + 4).any(capital_title);
    }
    if !joined(next + 1) || !department(next + 1) {
        return false;
    }
    let title_follows = (next + 2..=next + 3).any(|i| joined(i) && capital_title(i));
    // "Department for Education and Skills": an institution's name.
    let institution = ORG_HEADS.contains(&word(first)) && word(first + 1) == "for";
    let title_led = capital_title(first)
        && (first..last).any(|i| ["for", "of"].contains(&word(i)))
        && (next + 2..=next + 3).all(|i| joined(i) && tokens.get(i).is_some_and(|t| t.capitalized));
    title_follows || title_led || institution
}

/// An Indonesian field noun of an office's name: "Penindakan",
/// "Pendidikan", "Kebudayaan", "Perdagangan" (pe-…-an, ke-…-an).
pub(super) fn is_field_noun(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 7
        && (bytes.starts_with(b"Pe") || bytes.starts_with(b"Ke"))
        && bytes.ends_with(b"an")
}

/// Whether token `i` of a run starting at `first` is the region right
/// after a regional title: "Karanganyar" in "Bupati Karanganyar
/// menilai" is a place, not a person. An institution is not a region
/// ("Gubernur Bank Indonesia").
pub(super) fn names_region(text: &str, tokens: &[Token], first: usize, i: usize) -> bool {
    if i <= first || !has(tokens, i - 1, ROLE_WORD) {
        return false;
    }
    let word = |j: usize| tokens.get(j).map_or("", |t| &text[t.start..t.end]);
    let title = word(i - 1);
    let regional = REGIONAL_TITLES
        .iter()
        .any(|t| title.eq_ignore_ascii_case(t))
        || (title.eq_ignore_ascii_case("kota")
            && i >= first + 2
            && word(i - 2).eq_ignore_ascii_case("wali"));
    regional && !ORG_HEADS.contains(&word(i)) && !INSTITUTION_HEADS.contains(&word(i))
}

/// Where the name starts after the last rank of the run `first..=last`
/// (past the service's mark: "Kombes Pol", "Brigjen TNI"), when one to four
/// words follow it. "Jenderal" after an office it completes ("Direktur
/// Jenderal Pajak") is no rank.
fn name_after_rank(text: &str, tokens: &[Token], first: usize, last: usize) -> Option<usize> {
    let is_rank = |i: usize| {
        let marked = has(tokens, i, MARKED_RANK) && i < last && has(tokens, i + 1, SERVICE_MARK);
        marked
            || has(tokens, i, RANK)
                && !(i > first
                    && tokens
                        .get(i)
                        .is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("jenderal"))
                    && tokens.get(i - 1).is_some_and(|t| {
                        with_lowercase(&text[t.start..t.end], |w| GENERAL_OFFICES.contains(&w))
                    }))
    };
    let rank = (first..last).rev().find(|&i| is_rank(i))?;
    let mut name_start = rank + 1;
    while name_start < last && has(tokens, name_start, SERVICE_MARK) {
        name_start += 1;
    }
    (last + 1 - name_start <= 4).then_some(name_start)
}

/// Whether token `i` of a run starting at `first` is a title word: a role
/// word, and for a modifier ("Agung", "Utama") one right after another
/// role word.
fn continues_title(tokens: &[Token], first: usize, i: usize) -> bool {
    has(tokens, i, ROLE_WORD)
        && (!has(tokens, i, ROLE_MODIFIER) || i > first && has(tokens, i - 1, ROLE_WORD))
}

/// A title written in lower case just before a name, as English news
/// does: "UK chancellor Gordon Brown", "Education minister Ivan Lewis",
/// "BBC correspondent Patrick Bartlett", "Oxfam senior policy adviser Max
/// Lawson". The word next to the name must be a title; up to three more
/// title words, and capitalized places or organisations, may lead it.
fn lower_case_title_before(
    text: &str,
    tokens: &[Token],
    first: usize,
    name_first: usize,
) -> Option<(usize, usize)> {
    if name_first != first || tokens.get(first)?.gap_punct {
        return None;
    }
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
    let title = |i: usize| {
        tokens.get(i).is_some_and(|t| !t.capitalized)
            && (has(tokens, i, ROLE_WORD)
                || has(tokens, i, ROLE_NOUN)
                || LOWER_TITLES.contains(&word(i))
                || ORG_DESCRIPTORS.contains(&word(i)))
    };
    let next_to_name = first.checked_sub(1)?;
    // "Pengamat politik Dedi Kurnia", "Analis politik Universitas …":
    // Indonesian puts the field after the title, which may be capitalized
    // at the start of a sentence.
    let field = FIELD_WORDS.contains(&word(next_to_name))
        && !tokens.get(next_to_name)?.gap_punct
        && next_to_name
            .checked_sub(1)
            .is_some_and(|t| has(tokens, t, ROLE_WORD) || has(tokens, t, ROLE_NOUN));
    let head = if field {
        next_to_name - 1
    } else if title(next_to_name) {
        next_to_name
    } else {
        return None;
    };
    let mut start = head;
    while start > 0 && next_to_name - start < 6 && !tokens.get(start)?.gap_punct {
        let prev = start - 1;
        // "Institute for Fiscal Studies director Robert Chote": an
        // organisation's "of" or "for" when its head comes before.
        let connector = ["of", "for"].contains(&word(prev))
            && prev > 0
            && !tokens.get(prev)?.gap_punct
            && (ORG_HEADS.contains(&word(prev - 1)) || has(tokens, prev - 1, ROLE_WORD))
            && tokens.get(prev - 1).is_some_and(|t| t.capitalized);
        let leading = connector
            || title(prev)
            || LOWER_MODIFIERS.contains(&word(prev))
            || tokens
                .get(prev)
                .is_some_and(|t| t.capitalized && t.alphabetic)
                && !has(tokens, prev, NOT_NAME)
                && !has(tokens, prev, ADVERB)
                // "Seorang juru bicara Kementerian …": an article.
                && !["Seorang", "Sebuah", "Salah"].contains(&word(prev));
        if !leading {
            // "Yet aviation analyst Mike Powell", "an energy economist":
            // one lower-case noun naming the field, when what comes before
            // it cannot be part of the title.
            // "Earlier this month, accountancy firm Ernst & Young said",
            // "data from property website Rightmove": an organisation's
            // field wherever it stands.
            if start == head
                && (field_modifier(text, tokens, prev)
                    || ORG_DESCRIPTORS.contains(&word(head))
                        && organisation_field(text, tokens, prev))
            {
                start = prev;
            }
            break;
        }
        start = prev;
    }
    Some((start, next_to_name))
}

/// Whether token `at` is a lower-case word naming a title's field
/// ("aviation" analyst, "energy" economist) and the title begins with it:
/// an article or a conjunction comes right before ("Yet aviation analyst
/// Mike Powell"), so "said analyst …" has no field.
fn field_modifier(text: &str, tokens: &[Token], at: usize) -> bool {
    let Some(token) = tokens.get(at) else {
        return false;
    };
    let opens = !token.gap_punct
        && at
            .checked_sub(1)
            .and_then(|i| tokens.get(i))
            .is_some_and(|t| {
                ["the", "a", "an", "yet", "but", "and"]
                    .iter()
                    .any(|w| text[t.start..t.end].eq_ignore_ascii_case(w))
            });
    opens && field_word(text, tokens, at)
}

/// Whether token `at` reads as a lower-case noun that can name a field
/// ("aviation", "accountancy"): four letters or more, not an adverb, a
/// conjunction or a participle ("-ed", "-ly", "-ing").
fn field_word(text: &str, tokens: &[Token], at: usize) -> bool {
    let Some(token) = tokens.get(at) else {
        return false;
    };
    let word = &text[token.start..token.end];
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !["ed", "ly", "ing"].iter().any(|end| word.ends_with(end))
        && !not_a_name(text, tokens, at)
        && !has(tokens, at, ADVERB | CONJUNCTION)
}

/// Whether token `at` is a lower-case noun naming an organisation's
/// field ("accountancy" firm, "property" website): not a verb ("…, said
/// bank X", "…, claims firm X").
fn organisation_field(text: &str, tokens: &[Token], at: usize) -> bool {
    let Some(token) = tokens.get(at) else {
        return false;
    };
    let word = &text[token.start..token.end];
    field_word(text, tokens, at) && !word.ends_with('s') && !["said", "told"].contains(&word)
}

/// How far around a name [`called_by_elsewhere`] looks: about an article,
/// so a file of many articles costs no more per name than one does.
const NEIGHBOURHOOD: usize = 8_192;

/// Whether the article calls someone by the word at token `at` alone
/// elsewhere: the word stands somewhere else near it in `text` as a word
/// of its own, neither before the word that follows it here nor after the
/// organisation `org` ("kata Amalia" after "Kepala BPS Amalia Adininggar
/// Widyasanti"; "BRI Life" again is no sign that "Life" is a name).
fn called_by_elsewhere(text: &str, tokens: &[Token], at: usize, org: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
    let (name, next, org) = (word(at), word(at + 1), word(org));
    let Some(here) = tokens.get(at).map(|t| t.start) else {
        return false;
    };
    let from = crate::sentences::floor_boundary(text, here.saturating_sub(NEIGHBOURHOOD));
    let to = crate::sentences::floor_boundary(text, here.saturating_add(NEIGHBOURHOOD));
    let (text, here) = (&text[from..to], here - from);
    let word_char = |c: char| c.is_alphanumeric();
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).any(|start| {
        let end = start + name.len();
        if start == here
            || text[..start].chars().next_back().is_some_and(word_char)
            || text[end..].chars().next().is_some_and(word_char)
        {
            return false;
        }
        let following = text[end..]
            .trim_start()
            .split(|c: char| !word_char(c))
            .next()
            .unwrap_or("");
        let preceding = text[..start]
            .trim_end()
            .rsplit(|c: char| !word_char(c))
            .next()
            .unwrap_or("");
        following != next && preceding != org
    })
}
