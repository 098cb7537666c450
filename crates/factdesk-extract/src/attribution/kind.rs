//! What a source is: a person, an organisation or a document, read from
//! the wording of its name and role.

use super::*;

/// Whether `person` is an organisation or a document rather than a
/// person: what "it said" may refer to, and never "he", "she" or "the
/// 22-year-old".
pub(super) fn is_organisation(person: &Person) -> bool {
    !person.plural && source_kind(person) != SourceKind::Person
}

/// What kind of source `person` is, from the wording of their name and
/// role (see [`SourceKind`]).
pub(super) fn source_kind(person: &Person) -> SourceKind {
    let name = person.name.as_str();
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default();
    let last = words.next_back().unwrap_or(first);
    // "according to a survey", "menurut data Kementerian Keuangan",
    // "Laporan P2BK Purabaya", "studio estimates".
    let document = |word: &str| with_lowercase(word, |w| DOCUMENTS.contains(&w));
    let org_word = |w: &str| org_words().contains(w);
    // "Office for National Statistics": an institution whose proper name
    // ends in a document noun ("government report" is a document).
    let institution_name = org_word(first) && last.starts_with(char::is_uppercase);
    if person.role.is_none() && (document(first) || document(last) && !institution_name) {
        return SourceKind::Document;
    }
    // A titled person ("Ketua DKPP", "Kepala BPS NTB Wahyudin") is a
    // person whatever organisation their title names.
    match person.role.as_deref() {
        Some(role) if describes_organisation(role) => return SourceKind::Organisation,
        Some(_) => return SourceKind::Person,
        None => {}
    }
    // "Ketua DKPP", "Treasury spokesperson": an office, held by a person.
    if !org_word(first) && !org_word(last) && word_flags(first.as_bytes()) & ROLE_WORD != 0
        || ROLE_NOUNS.contains(&last)
    {
        return SourceKind::Person;
    }
    // "G7", "P2BK": capitals and digits.
    let initials = first.len() >= 2
        && first.bytes().any(|b| b.is_ascii_uppercase())
        && first
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let organisation = name.ends_with(')')
        || name.contains(" & ")
        || initials && !PERSON_INITIALS.contains(&first)
        || name.split_whitespace().any(org_word);
    if organisation {
        SourceKind::Organisation
    } else {
        SourceKind::Person
    }
}

/// Every word that makes a name an organisation's ([`ORG_HEADS`],
/// [`INSTITUTION_HEADS`], [`ORG_NAMES`], [`COMPANY_MARKS`],
/// [`ORG_SOURCES`]), in one set: [`source_kind`] asks for each word of
/// every speaker's name.
fn org_words() -> &'static std::collections::HashSet<&'static str> {
    static WORDS: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        [
            ORG_HEADS,
            INSTITUTION_HEADS,
            ORG_NAMES,
            COMPANY_MARKS,
            ORG_SOURCES,
        ]
        .into_iter()
        .flatten()
        .copied()
        .collect()
    })
}

/// People known by their initials, and offices abbreviated ("JPU" is the
/// public prosecutor), who are no organisation.
const PERSON_INITIALS: &[&str] = &["SBY", "JK", "AHY", "BJ", "JFK", "LBJ", "FDR", "JPU"];

/// Words that make a name an organisation's, besides [`ORG_HEADS`] and
/// [`INSTITUTION_HEADS`]: "Green Party", "the Treasury", "Lib Dems",
/// "Divisi Humas Polri", "Pemprov NTB", "Redaksi Liputan 6".
const ORG_NAMES: &[&str] = &[
    "Party",
    "Treasury",
    "Tories",
    "Labour",
    "Conservatives",
    "Dems",
    "Democrats",
    "Republicans",
    "Government",
    "Parliament",
    "Congress",
    "Senate",
    "Police",
    "Army",
    "Pentagon",
    "Kremlin",
    "Group",
    "Inc",
    "Ltd",
    "plc",
    "Corp",
    "Corporation",
    "Airways",
    "Airlines",
    "Foundation",
    "Trust",
    "Authority",
    "Navy",
    "Divisi",
    "Direktorat",
    "Kepolisian",
    "Kejaksaan",
    "Pengadilan",
    "Mahkamah",
    "Perseroan",
    "Pemerintah",
    "Pemprov",
    "Pemkab",
    "Pemkot",
    "Polda",
    "Polres",
    "Polsek",
    "Polri",
    "Redaksi",
    "Satgas",
    "Kemensos",
    "Kemenkeu",
    // Platforms and newsrooms quoted as sources ("sumber dari Facebook dan
    // juga Whatsapp menyebut", "Litbang Kompas"); none is also a surname
    // news would quote (unlike "Bloomberg").
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Whatsapp",
    "Instagram",
    "YouTube",
    "TikTok",
    "Google",
    "Reuters",
    "Kompas",
    // Pollsters and research centres ("Charta Politika", "Indikator
    // Politik Indonesia", "Indo Barometer", "Populi Center", "Pew Research
    // Center", "Lingkaran Survei Indonesia").
    "Center",
    "Centre",
    "Politika",
    "Barometer",
    "Poltracking",
    "Indikator",
    "Survei",
];

/// Whether `role` is an organisation's description ("accountancy firm",
/// "the French broadcasting regulator"), not a person's place in one
/// ("senior manager in Symantec's security response group").
pub(super) fn describes_organisation(role: &str) -> bool {
    let mut words = role.split_whitespace();
    words
        .next_back()
        .is_some_and(|last| ORG_DESCRIPTORS.contains(&last))
        && !words.any(|w| {
            ["of", "in", "at", "for", "from", "di", "dari"].contains(&w)
                || w.ends_with("'s")
                || w.ends_with("’s")
        })
}

/// Whether `person` is a definite description nobody known answers to
/// ("the chancellor said", no Chancellor named before; "the bank said"),
/// or a document ("according to a survey", "menurut data Kementerian
/// Keuangan"). It is this
/// sentence's source, but news uses such a description for someone already
/// in the story (en/010: "Gordon Brown … the chancellor said"), so it does
/// not take over who a later "he" refers to (a quotation that follows is
/// still theirs).
pub(super) fn unresolved_office(person: &Person) -> bool {
    let mut words = person.name.split(' ');
    let first = words.next().unwrap_or_default();
    let last = words.next_back().unwrap_or(first);
    person.role.is_none()
        && (OFFICE_HEADS.contains(&last)
            || last.ends_with("-year-old")
            || ORG_SOURCES.contains(&last)
            || DOCUMENTS.contains(&first)
            || DOCUMENTS.contains(&last))
}
