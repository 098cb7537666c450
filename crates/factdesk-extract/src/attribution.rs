//! Attribution: who said what.
//!
//! Works sentence by sentence in article order, carrying a small discourse
//! state: the people introduced so far (so "Kerry" resolves to "John
//! Kerry" and "al-Abadi" to "Haider al-Abadi"), the last speaker (for quote
//! paragraphs that continue a speaker) and the most recent person a pronoun
//! or clitic ("dia", "-nya", "he") can refer to.

use std::collections::HashMap;
use std::sync::OnceLock;

use factdesk_numbers::{WEEKDAYS_EN, WEEKDAYS_ID};
use memchr::memchr3;

use crate::cues::{CueClass, CueHit, Report};
use crate::sentences::Unit;
use crate::words::{
    FUNCTION_WORDS_EN, FUNCTION_WORDS_ID, MAX_WORD, WordMap, alnum_run, ascii_lower, char_at,
};
use crate::{SourceKind, Speaker};

/// A word of a sentence, with what the name rules need to know about it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    /// Something other than whitespace separates it from the previous token.
    pub gap_punct: bool,
    /// That separator is a lone full stop ("Mr. Brown").
    pub gap_dot: bool,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Contains a letter.
    pub alphabetic: bool,
    /// The word lists the token is in (bits of [`ALL_LISTS`]), looked up
    /// once here so the rules test bits instead of hashing words.
    pub flags: u16,
}

/// Splits `text[start..end]` into word tokens, appending to `out`.
///
/// A word is a run of alphanumeric characters, joined across a single
/// `-`, `'` or `’` that has an alphanumeric character on its right.
/// ASCII bytes are classified without decoding (for them `char`'s Unicode
/// predicates are the ASCII ones); only non-ASCII characters are decoded.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let mut gap_start = 0usize;
    let mut i = 0usize;
    while let Some(&byte) = bytes.get(i) {
        let (c, len) = if byte.is_ascii() {
            if !byte.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            (char::from(byte), 1)
        } else {
            let Some((c, len)) = char_at(slice, i) else {
                break;
            };
            if !c.is_alphanumeric() {
                i += len;
                continue;
            }
            (c, len)
        };
        let (gap_empty, gap_dot) = gap_kind(&slice[gap_start..i]);
        let mut word_end = i + len;
        let mut alphabetic = c.is_alphabetic();
        loop {
            // The ASCII letters and digits, eight bytes at a time.
            let (run_end, letters) = alnum_run(bytes, word_end);
            alphabetic |= letters;
            word_end = run_end;
            match bytes.get(word_end) {
                Some(b'-' | b'\'') => {
                    if starts_alphanumeric(slice, word_end + 1) {
                        word_end += 1;
                    } else {
                        break;
                    }
                }
                Some(&next) if !next.is_ascii() => {
                    let Some((next, next_len)) = char_at(slice, word_end) else {
                        break;
                    };
                    if next.is_alphanumeric() {
                        alphabetic |= next.is_alphabetic();
                        word_end += next_len;
                    } else if next == '’' && starts_alphanumeric(slice, word_end + next_len) {
                        word_end += next_len;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        out.push(Token {
            start: start + i,
            end: start + word_end,
            gap_punct: !gap_empty && gap_start > 0,
            gap_dot,
            capitalized: c.is_uppercase(),
            alphabetic,
            flags: word_flags(&bytes[i..word_end]),
        });
        gap_start = word_end;
        i = word_end;
    }
}

/// Whether `before` ends with a list item's number: one or two digits
/// and a full stop, after a space, a line break or another full stop
/// ("… di antaranya.1.").
fn ends_with_list_number(before: &str) -> bool {
    let Some(rest) = before.trim_end().strip_suffix('.') else {
        return false;
    };
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&digits)
        && rest[..rest.len() - digits]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '.')
}

/// Drops a numbered heading glued to the text after it: the words up to
/// where a heading's last word runs into the next sentence's capitalized
/// first word ("Anak StuntingPrabowo membeberkan …", "Angka Bunuh Diri di
/// IndonesiaPrabowo juga …"), as text copied from a web page leaves them;
/// what is left starts with that first word ("Prabowo"). Only for a
/// numbered list item, where such headings are: elsewhere
/// "PricewaterhouseCoopers" and "WhatsApp" are one name. Both parts of the
/// glued word need three letters or more, the first ending in lower case,
/// the second a capital then lower case.
fn drop_glued_heading(text: &str, tokens: &mut Vec<Token>) {
    let glued = tokens.iter().enumerate().find_map(|(i, token)| {
        let bytes = &text.as_bytes()[token.start..token.end];
        let split = (3..bytes.len().saturating_sub(2)).find(|&k| {
            bytes[k].is_ascii_uppercase()
                && bytes[k - 1].is_ascii_lowercase()
                && bytes[k + 1].is_ascii_lowercase()
                && bytes[k + 2].is_ascii_lowercase()
        })?;
        (token.capitalized && token.alphabetic).then_some((i, split))
    });
    let Some((i, k)) = glued else {
        return;
    };
    let Some(token) = tokens.get(i).copied() else {
        return;
    };
    let start = token.start + k;
    tokens.drain(..=i);
    tokens.insert(
        0,
        Token {
            start,
            gap_punct: false,
            gap_dot: false,
            capitalized: true,
            flags: word_flags(&text.as_bytes()[start..token.end]),
            ..token
        },
    );
}

/// Whether the character at byte `at` of `text` is alphanumeric.
fn starts_alphanumeric(text: &str, at: usize) -> bool {
    char_at(text, at).is_some_and(|(c, _)| c.is_alphanumeric())
}

/// Whether the text between two words is empty once trimmed, and whether
/// it is a lone full stop: `(gap.trim().is_empty(), gap.trim() == ".")`,
/// with the usual single space answered without trimming.
fn gap_kind(gap: &str) -> (bool, bool) {
    match gap.as_bytes() {
        [] | [b' '] => (true, false),
        _ => {
            let trimmed = gap.trim();
            (trimmed.is_empty(), trimmed == ".")
        }
    }
}

/// A person (or organisation) the article talks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Person {
    pub name: String,
    pub role: Option<String>,
    /// The mention that introduced or last named them.
    pub start: usize,
    pub end: usize,
    /// A group ("para pejabat", "officials"): only "mereka"/"they" refer to it.
    pub plural: bool,
}

/// Discourse state carried from sentence to sentence.
#[derive(Debug, Default)]
pub(crate) struct Tracker {
    people: Vec<Person>,
    by_name: HashMap<String, usize>,
    by_surname: HashMap<String, usize>,
    /// The latest titled person of two or more words by every shorter head
    /// of their name, as Indonesian news shortens "Hasyim Asy'ari" to
    /// "Hasyim" and "Bhakti Eri Nurmansyah" to "Bhakti Eri".
    by_first_name: HashMap<String, usize>,
    last_speaker: Option<(Person, usize)>,
    plural_antecedent: Option<Person>,
    /// The latest organisation that spoke: who "it said" refers to.
    organisation: Option<Person>,
    /// Every organisation that spoke under a name of two words or more,
    /// oldest first: "Nationwide" after "the Nationwide building society".
    organisations: Vec<Person>,
    /// The latest antecedents, newest last: the last is who "dia", "-nya"
    /// or "he" refers to; the others are for a "she" whose latest
    /// antecedent is known to be a man (and the other way round).
    recent: Vec<Person>,
    /// What the article says of each person's sex ("Ms Essex", "Mr
    /// Brown", "spokeswoman"), by index into `people`.
    genders: HashMap<usize, Gender>,
}

/// A person's grammatical gender, for English "he" and "she" only:
/// Indonesian "dia", "ia" and "-nya" have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// How many antecedents "he" or "she" may look back over.
const RECENT_ANTECEDENTS: usize = 4;

/// Titles that tell a person's sex in English news ("Ms Essex",
/// "spokeswoman"). Indonesian "dia", "ia" and "-nya" have no gender,
/// so its titles need no such list.
static FEMALE_TITLES: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "madam",
    "queen",
    "princess",
    "duchess",
    "baroness",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "businesswoman",
];
static MALE_TITLES: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "duke",
    "baron",
    "spokesman",
    "chairman",
    "congressman",
    "businessman",
];

/// Common English first names of one sex, looked up only when "he" or
/// "she" is resolved. An unlisted name stays unknown and fits either.
#[rustfmt::skip]
static FEMALE_NAMES: &[&str] = &[
    "sue", "jane", "mary", "sarah", "margaret", "elizabeth", "anne", "ann", "helen", "patricia",
    "linda", "susan", "karen", "nancy", "lisa", "emma", "kate", "catherine", "katherine", "hillary",
    "theresa", "angela", "nicola", "harriet", "yvette", "julie", "laura", "rachel", "rebecca", "claire",
    "louise", "christine", "diane", "ruth", "alice", "amy", "emily", "jennifer", "jessica", "michelle",
    "barbara", "carol", "sharon", "deborah", "janet", "joan", "judith", "julia", "maria", "marie",
    "tessa", "estelle", "glenys", "kelly", "caroline", "sally", "kamala",
];
#[rustfmt::skip]
static MALE_NAMES: &[&str] = &[
    "john", "james", "michael", "david", "gordon", "tony", "robert", "william", "richard", "thomas",
    "charles", "peter", "paul", "mark", "george", "andrew", "stephen", "steven", "kevin", "brian",
    "alan", "ian", "simon", "mike", "bob", "jack", "tom", "nick", "max", "vince",
    "vincent", "oliver", "rod", "glyn", "dai", "barack", "donald", "joe", "mitt", "bill",
    "gerhard", "trevor", "rhodri", "henry", "edward", "frank", "gary", "jeff", "larry", "ken",
    "neil", "jim", "joseph", "dan", "daniel", "matthew", "martin", "patrick", "philip", "roger",
    "ronald", "howard", "eric",
];

/// Noble and religious titles that begin Indonesian names and are left
/// out when the name is shortened: "Lalu Samsul Adnan" is "Samsul".
static NOBLE_TITLES: &[&str] = &[
    "lalu", "baiq", "raden", "teuku", "tengku", "andi", "gusti", "gus", "kiai", "habib",
];

/// Given names that often begin a three-word Indonesian name ("Ali Noer
/// Zaman", "Sri Mulyani Indrawati", "Muhammad Tito Karnavian"), so that
/// after an office the name keeps all three words.
#[rustfmt::skip]
static THREE_WORD_NAME_STARTS: &[&str] = &[
    "muhammad", "mohammad", "muhamad", "mohamad", "mochammad", "mochamad", "moh", "muh", "ahmad",
    "achmad", "akhmad", "abdul", "abdullah", "ali", "siti", "nur", "nurul", "sri", "dwi", "tri",
    "eko", "agus", "budi", "dewi", "andi", "putu", "made", "nyoman", "ketut", "wayan", "gede",
    "ni", "teuku", "cut", "raden", "lalu", "joko", "bambang", "yusuf", "fadli", "dedi", "ida",
    "rizky", "hadi", "arief", "arif", "dian", "rina", "yuli", "nanang", "heru", "iwan",
];

/// Whether `word` usually begins a three-word name: a common Indonesian
/// given name, or an English one from the lists above.
fn begins_three_word_name(word: &str) -> bool {
    with_lowercase(word, |lower| {
        THREE_WORD_NAME_STARTS.contains(&lower)
            || FEMALE_NAMES.contains(&lower)
            || MALE_NAMES.contains(&lower)
    })
}

/// The sex a first name tells, if it is a common English one.
fn gender_of_first_name(name: &str) -> Option<Gender> {
    with_lowercase(name, |lower| {
        if FEMALE_NAMES.contains(&lower) {
            Some(Gender::Female)
        } else if MALE_NAMES.contains(&lower) {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

/// The sex a title's list bits tell, if any.
fn gender_of_flags(flags: u16) -> Option<Gender> {
    if flags & FEMALE_TITLE != 0 {
        Some(Gender::Female)
    } else if flags & MALE_TITLE != 0 {
        Some(Gender::Male)
    } else {
        None
    }
}

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

/// A run of capitalized tokens, split into an optional role and a name.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// Token index range of the whole run.
    first: usize,
    last: usize,
    /// Token index where the name starts (== last + 1 when role only).
    name_first: usize,
    /// Token index range of the role, without honorifics.
    role: Option<(usize, usize)>,
}

/// Title, office and rank words that form a role before a name.
static ROLE_WORDS: &[&str] = &[
    "menteri",
    "luar",
    "negeri",
    "dalam",
    "perdana",
    "presiden",
    "wakil",
    "ketua",
    "direktur",
    "utama",
    "kepala",
    "juru",
    "bicara",
    "gubernur",
    "bupati",
    "wali",
    "walikota",
    "jaksa",
    "agung",
    "sekretaris",
    "jenderal",
    "pelaksana",
    "tugas",
    "plt",
    "deputi",
    "kapolri",
    "kapolda",
    "kapolres",
    "kapolresta",
    "kapolrestabes",
    "kapolsek",
    "wakapolda",
    "wakapolres",
    "kajati",
    "kajari",
    "pangdam",
    "danrem",
    "dandim",
    "camat",
    "lurah",
    "sekda",
    "kasat",
    "kabid",
    "kombes",
    "komjen",
    "irjen",
    "brigjen",
    "akbp",
    "akp",
    "kompol",
    "letjen",
    "mayjen",
    "panglima",
    "anggota",
    "hakim",
    "pengamat",
    "ekonom",
    "analis",
    "dirut",
    "mendagri",
    "menkeu",
    "menlu",
    "mensos",
    "menko",
    "wamen",
    "duta",
    "besar",
    "dubes",
    "senator",
    "rektor",
    "dekan",
    "profesor",
    "koordinator",
    "keuangan",
    "pertahanan",
    "kepolisian",
    "raja",
    "ratu",
    "pangeran",
    "paus",
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "finance",
    "home",
    "defence",
    "defense",
    "chancellor",
    "under-secretary",
    "undersecretary",
    "secretary-general",
    "attorney-general",
    "director-general",
    "auditor",
    "chief",
    "executive",
    "officer",
    "governor",
    "mayor",
    "general",
    "colonel",
    "captain",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "director",
    "manager",
    "head",
    "leader",
    "ambassador",
    "judge",
    "justice",
    "attorney",
    "state",
    "deputy",
    "commissioner",
    "economist",
    "analyst",
    "professor",
    "king",
    "queen",
    "prince",
    "pope",
    "archbishop",
    "bishop",
    "shadow",
    "labour",
    "tory",
    "conservative",
    "democrat",
    "republican",
    "opposition",
    "party",
    "health",
    "trade",
    "education",
];

/// Honorifics: part of a title run but not of the role.
static HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "pak", "bu", "bapak", "ibu", "prof",
    "h", "hj", "ir", "drs", "kh", "rep", "sen", "gen", "st",
];

/// Countries, nationalities and regions: between a role and a name they
/// belong to the role ("Menteri Luar Negeri Inggris Philip Hammond").
static PLACE_WORDS: &[&str] = &[
    "as",
    "inggris",
    "irak",
    "suriah",
    "indonesia",
    "ri",
    "amerika",
    "serikat",
    "rusia",
    "china",
    "tiongkok",
    "jepang",
    "prancis",
    "perancis",
    "jerman",
    "australia",
    "iran",
    "turki",
    "arab",
    "saudi",
    "israel",
    "palestina",
    "mesir",
    "malaysia",
    "singapura",
    "india",
    "korea",
    "utara",
    "selatan",
    "timur",
    "barat",
    "tengah",
    "jawa",
    "british",
    "welsh",
    "scottish",
    "irish",
    "american",
    "us",
    "uk",
    "iraqi",
    "syrian",
    "french",
    "german",
    "chinese",
    "japanese",
    "russian",
    "indian",
    "australian",
    "european",
    "eu",
    "un",
    "pbb",
    "nato",
    "uni",
    "eropa",
    "belanda",
    "italia",
    "spanyol",
    "kanada",
    "brasil",
    "meksiko",
    "argentina",
    "vietnam",
    "thailand",
    "filipina",
    "myanmar",
    "kamboja",
    "laos",
    "brunei",
    "pakistan",
    "bangladesh",
    "afganistan",
    "ukraina",
    "polandia",
    "swedia",
    "norwegia",
    "denmark",
    "finlandia",
    "swiss",
    "austria",
    "belgia",
    "yunani",
    "portugal",
    "irlandia",
    "selandia",
    "afrika",
    "nigeria",
    "yordania",
    "lebanon",
    "qatar",
    "kuwait",
    "emirat",
    "yaman",
    "libya",
    "sudan",
    "aljazair",
    "maroko",
    "tunisia",
    "ethiopia",
    "kenya",
    "kolombia",
    "chile",
    "peru",
    "venezuela",
    "kuba",
    "singapore",
    "canada",
    "mexico",
    "brazil",
    "ukraine",
    "poland",
    "sweden",
    "norway",
    "finland",
    "switzerland",
    "belgium",
    "greece",
    "ireland",
    "zealand",
    "africa",
    "jordan",
    "yemen",
    "egypt",
    "syria",
    "iraq",
    "israeli",
    "palestinian",
    "ukrainian",
    "dutch",
    "spanish",
    "italian",
    "canadian",
    "mexican",
    "brazilian",
    "korean",
    "vietnamese",
    "thai",
    "filipino",
    "pakistani",
    "afghan",
    "iranian",
    "turkish",
    "egyptian",
    "baru",
    "nugini",
];

/// Lower-case nouns that can name an unnamed source ("diplomat AS",
/// "juru bicara", "police", "officials").
static ROLE_NOUNS: &[&str] = &[
    "diplomat",
    "pejabat",
    "juru",
    "bicara",
    "jubir",
    "polisi",
    "pihak",
    "sumber",
    "warga",
    "ahli",
    "pengamat",
    "analis",
    "ekonom",
    "aparat",
    "petugas",
    "menteri",
    "presiden",
    "para",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "police",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "source",
    "sources",
    "diplomats",
    "authorities",
    "minister",
    "ministers",
    "economists",
    "investigators",
    "prosecutors",
    "researchers",
    "critics",
];

/// Capitalized words that are never part of a name, besides the function
/// words of `words::FUNCTION_WORDS_ID` and `FUNCTION_WORDS_EN` and the
/// days of the week (`factdesk_numbers::WEEKDAYS_ID`, `WEEKDAYS_EN`).
static NOT_NAMES: &[&str] = &[
    "beliau",
    "you",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "december",
    "berbicara",
    "speaking",
    "baca",
    "simak",
    // Cues that open a sentence: "Kata Jaksa Agung Burhanuddin, …",
    // "Says Donald Trump said …" (a fact-check's claim line). Not "said":
    // Said is also a name ("Said Abdullah").
    "kata",
    "katanya",
    "ujar",
    "says",
];

/// Words that can stand between a subject and its reporting verb.
static ADVERBS: &[&str] = &[
    "juga",
    "pun",
    "telah",
    "sudah",
    "sempat",
    "pernah",
    "kemudian",
    "lalu",
    "sebelumnya",
    "akhirnya",
    "kembali",
    "baru-baru",
    "also",
    "has",
    "have",
    "had",
    "previously",
    "later",
    "then",
    "earlier",
    "repeatedly",
    "recently",
    "once",
    "again",
    "reportedly",
    "himself",
    "herself",
    "yesterday",
    "today",
    "has also",
    "publicly",
];

static PRONOUNS_SINGULAR: &[&str] = &["dia", "ia", "beliau", "he", "she"];
static PRONOUNS_PLURAL: &[&str] = &["mereka", "they"];
static FIRST_PERSON: &[&str] = &[
    "saya", "aku", "kami", "kita", "i", "we", "my", "our", "me", "us",
];

/// Leading words skipped when looking for a sentence's subject.
static SUBJECT_SKIP: &[&str] = &[
    "terpisah",
    "sebelumnya",
    "selanjutnya",
    "separately",
    "namun",
    "tetapi",
    "sementara",
    "itu",
    "selain",
    "kemudian",
    "but",
    "however",
    "meanwhile",
    "and",
    "so",
    "then",
];

const ROLE_WORD: u16 = 1 << 0;
const HONORIFIC: u16 = 1 << 1;
const PLACE_WORD: u16 = 1 << 2;
const ROLE_NOUN: u16 = 1 << 3;
const NOT_NAME: u16 = 1 << 4;
const ADVERB: u16 = 1 << 5;
const PRONOUN_SINGULAR: u16 = 1 << 6;
const PRONOUN_PLURAL: u16 = 1 << 7;
const FIRST_PERSON_WORD: u16 = 1 << 8;
const SUBJECT_SKIP_WORD: u16 = 1 << 9;
const BY_WORD: u16 = 1 << 10;
const CONJUNCTION: u16 = 1 << 11;
const INVERSION_FOLLOWER: u16 = 1 << 12;
const ROLE_MODIFIER: u16 = 1 << 13;
const FEMALE_TITLE: u16 = 1 << 14;
const MALE_TITLE: u16 = 1 << 15;

/// Every word list with the bit that marks its members.
static ALL_LISTS: &[(&[&str], u16)] = &[
    (ROLE_WORDS, ROLE_WORD),
    (HONORIFICS, HONORIFIC),
    (PLACE_WORDS, PLACE_WORD),
    (ROLE_NOUNS, ROLE_NOUN),
    (NOT_NAMES, NOT_NAME),
    (WEEKDAYS_ID, NOT_NAME),
    (WEEKDAYS_EN, NOT_NAME),
    (FUNCTION_WORDS_ID, NOT_NAME),
    (FUNCTION_WORDS_EN, NOT_NAME),
    (ADVERBS, ADVERB),
    (PRONOUNS_SINGULAR, PRONOUN_SINGULAR),
    (PRONOUNS_PLURAL, PRONOUN_PLURAL),
    (FIRST_PERSON, FIRST_PERSON_WORD),
    (SUBJECT_SKIP, SUBJECT_SKIP_WORD),
    (BY_WORDS, BY_WORD),
    (CONJUNCTIONS, CONJUNCTION),
    (INVERSION_FOLLOWERS, INVERSION_FOLLOWER),
    (ROLE_MODIFIERS, ROLE_MODIFIER),
    (FEMALE_TITLES, FEMALE_TITLE),
    (MALE_TITLES, MALE_TITLE),
];

/// Role words that only go on a title begun by another ("Jaksa Agung",
/// "Direktur Utama", "Menteri Luar Negeri"). Alone they are names or
/// places: "Agung Laksono", "Masjid Agung Karanganyar".
static ROLE_MODIFIERS: &[&str] = &[
    "agung",
    "utama",
    "besar",
    "luar",
    "negeri",
    "dalam",
    "tugas",
    "bicara",
    "keuangan",
    "pertahanan",
    "kepolisian",
];

/// Words joining a second verb to the subject of the first: "Max Lawson
/// welcomed the statement and said …", "Budi meninjau pasar dan
/// mengatakan …".
static CONJUNCTIONS: &[&str] = &[
    "and", "but", "dan", "tetapi", "namun", "serta", "sambil", "seraya",
];

/// Words that may follow a speaker named after an English verb ("\"…,\"
/// said Michael Howard on Tuesday"). Any other word means the name begins
/// what was said ("said Gordon Brown would …").
static INVERSION_FOLLOWERS: &[&str] = &[
    "in",
    "on",
    "at",
    "of",
    "during",
    "after",
    "afterwards",
    "before",
    "from",
    "who",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "earlier",
    "later",
    "then",
    "when",
    "while",
    "as",
    "adding",
    "speaking",
    "de",
    "da",
    "del",
    "der",
    "van",
    "von",
    "bin",
];

/// The most words an appositive between a name and its verb may have.
const APPOSITIVE_WORDS: usize = 12;

/// "kata oleh X", "dikutip dari X", "said by X".
static BY_WORDS: &[&str] = &["oleh", "by", "dari"];

/// Every word list above, merged into one map from the lower-case word to
/// the bits of the lists it is in, with a filter that rejects most other
/// words before hashing.
struct WordLists {
    map: WordMap<u16>,
    /// Bit `shape_index(len, first, last)` is set when some list word has
    /// that length and those first and last letters.
    shapes: Vec<u64>,
}

/// The filter bit of a word of `len` bytes from `first` to `last` (lower
/// case ASCII letters), or `None` when the word is not of that shape.
fn shape_index(len: usize, first: u8, last: u8) -> Option<usize> {
    if len > MAX_WORD || !first.is_ascii_lowercase() || !last.is_ascii_lowercase() {
        return None;
    }
    Some((len * 26 + usize::from(first - b'a')) * 26 + usize::from(last - b'a'))
}

fn word_lists() -> &'static WordLists {
    static LISTS: OnceLock<WordLists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut map = WordMap::default();
        let mut shapes = vec![0u64; ((MAX_WORD + 1) * 26 * 26).div_ceil(64)];
        for (list, bit) in ALL_LISTS {
            for word in *list {
                *map.entry(word.as_bytes()).or_insert(0) |= bit;
                let bytes = word.as_bytes();
                if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last())
                    && let Some(index) = shape_index(bytes.len(), first, last)
                    && let Some(slot) = shapes.get_mut(index / 64)
                {
                    *slot |= 1 << (index % 64);
                }
            }
        }
        WordLists { map, shapes }
    })
}

/// The bits of the lists `word` is in (compared ASCII case-insensitively).
// Inlined into the tokenizer's loop, where it runs once per word; a call
// there costs about 0.6 M instructions per pass over the corpus.
#[inline(always)]
fn word_flags(word: &[u8]) -> u16 {
    let lists = word_lists();
    if let (Some(&first), Some(&last)) = (word.first(), word.last())
        && let Some(index) = shape_index(
            word.len(),
            first.to_ascii_lowercase(),
            last.to_ascii_lowercase(),
        )
        && lists
            .shapes
            .get(index / 64)
            .is_some_and(|slot| slot & (1 << (index % 64)) == 0)
    {
        // No list word has this length and these first and last letters.
        return 0;
    }
    let mut buf = [0u8; MAX_WORD];
    ascii_lower(word, &mut buf)
        .and_then(|lower| lists.map.get(lower).copied())
        .unwrap_or(0)
}

/// `end`, moved past the closing bracket of an abbreviation that
/// `text[start..end]` leaves open: "Presiden Amerika Serikat (AS)", not
/// "… (AS".
fn close_bracket(text: &str, start: usize, end: usize) -> usize {
    // The cheap test first: it runs for every name in the article.
    if !text[end..].starts_with(')') {
        return end;
    }
    let span = &text[start..end];
    if span.matches('(').count() > span.matches(')').count() {
        end + 1
    } else {
        end
    }
}

/// Whether the punctuation between two words is a comma, also after the
/// bracket of an abbreviation: "… Indonesia (LPPI), Trioksa Siahaan,".
fn is_comma(gap: &str) -> bool {
    // Some outlets put a space before the comma: "(PSI) , Ahmad Ali ,".
    let mut marks = gap.chars().filter(|c| !c.is_whitespace());
    matches!(
        (marks.next(), marks.next(), marks.next()),
        (Some(','), None, _) | (Some(')'), Some(','), None)
    )
}

/// The text between tokens `before` and `after`, trimmed ("" when either
/// is missing).
/// A closing bracket then a comma, spaced or not: "),", ") ,".
fn is_bracket_comma(gap: &str) -> bool {
    gap.starts_with(')') && is_comma(gap)
}

fn gap_between<'a>(text: &'a str, tokens: &[Token], before: usize, after: usize) -> &'a str {
    match (tokens.get(before), tokens.get(after)) {
        (Some(a), Some(b)) => text[a.end..b.start].trim(),
        _ => "",
    }
}

/// Where a sentence's subject would start: after leading words such as
/// "But", "Namun", "Sementara itu".
fn subject_start(tokens: &[Token]) -> usize {
    let mut index = 0;
    while has(tokens, index, SUBJECT_SKIP_WORD) {
        index += 1;
    }
    index
}

/// Whether token `index` exists and is in the list marked by `bit`.
fn has(tokens: &[Token], index: usize, bit: u16) -> bool {
    tokens.get(index).is_some_and(|t| t.flags & bit != 0)
}

/// A function word, pronoun, day or month; acronyms ("AS", "IT") are
/// never function words.
fn not_a_name(text: &str, tokens: &[Token], index: usize) -> bool {
    has(tokens, index, NOT_NAME)
        && tokens
            .get(index)
            .is_some_and(|t| !is_acronym(&text[t.start..t.end]))
}

fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// "al-Abadi", "el-Sisi": a lower-case particle glued to a name.
fn is_particle_name(word: &str) -> bool {
    if !matches!(word.as_bytes().get(2), Some(b'-')) {
        return false;
    }
    let lower = word.get(..3).unwrap_or("");
    (lower.eq_ignore_ascii_case("al-") || lower.eq_ignore_ascii_case("el-"))
        && word[3..].chars().next().is_some_and(char::is_uppercase)
}

/// The key a surname is looked up by: lower case, without "al-"/"el-".
fn surname_key(word: &str) -> String {
    strip_particle(word).to_lowercase()
}

/// `word` without a leading "al-"/"el-" particle.
fn strip_particle(word: &str) -> &str {
    if is_particle_name(word) {
        &word[3..]
    } else {
        word
    }
}

/// Calls `f` with `word.to_lowercase()`, built on the stack when the word
/// is short ASCII (most names), so a lookup allocates nothing.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if let Some(slot) = buf.get_mut(..word.len())
        && word.is_ascii()
    {
        slot.copy_from_slice(word.as_bytes());
        slot.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(slot) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

fn quote_closer(opener: char) -> Option<char> {
    match opener {
        '“' | '”' => Some('”'),
        '«' => Some('»'),
        '„' => Some('“'),
        '"' => Some('"'),
        '‘' => Some('’'),
        _ => None,
    }
}

/// Finds the direct quotations in `text[start..end]` (article offsets of
/// their contents). An opening mark at the very start that never closes
/// quotes to the end: a quote paragraph that continues in the next one.
pub(crate) fn find_quotes(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let mut open: Option<(usize, char)> = None;
    let mut opened_at_start = false;
    let mut from = 0usize;
    // Every quote mark starts with one of these bytes (`"`, or the lead
    // byte of “ ” „ ‘ ’ and « »), and none of them is a continuation byte,
    // so each hit is a char boundary and everything between can be skipped.
    while let Some(found) = bytes
        .get(from..)
        .and_then(|rest| memchr3(b'"', 0xE2, 0xC2, rest))
    {
        let i = from + found;
        let Some((c, len)) = char_at(slice, i) else {
            break;
        };
        from = i + len;
        match open {
            None => {
                let after_space = i == 0
                    || slice[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|prev| prev.is_whitespace() || matches!(prev, '(' | ':'));
                let opens = match c {
                    '“' | '«' | '„' => true,
                    '"' | '‘' | '”' => after_space,
                    _ => false,
                };
                if let Some(closer) = quote_closer(c).filter(|_| opens) {
                    open = Some((i + len, closer));
                    opened_at_start = i == 0;
                }
            }
            Some((content_start, closer)) => {
                let closes = c == closer
                    && (closer != '’'
                        || !char_at(slice, from).is_some_and(|(next, _)| next.is_alphanumeric()));
                if closes {
                    out.push((start + content_start, start + i));
                    open = None;
                }
            }
        }
    }
    if let Some((content_start, _)) = open.filter(|_| opened_at_start) {
        out.push((start + content_start, end));
    }
}

impl Tracker {
    /// Records `person` and returns their index. A single word naming
    /// someone already known ("Kerry", "Jaksa Tegar") is that person, who
    /// takes the role if they had none.
    /// Makes `alias` ("Gus Ipul", "Jokowi") find the person known as
    /// `name`.
    fn add_alias(&mut self, name: &str, alias: &str) {
        let Some(index) = self.lookup_index(name) else {
            return;
        };
        if alias.contains(char::is_whitespace) {
            self.by_name.insert(alias.to_lowercase(), index);
        } else {
            self.by_surname.insert(surname_key(alias), index);
        }
    }

    fn register(&mut self, person: Person) -> usize {
        if let Some(index) = self.lookup_index(&person.name) {
            if let Some(role) = person.role {
                self.give_role(index, role);
            }
            return index;
        }
        let index = self.people.len();
        // "England" alone is not the Bank of England.
        let institution = person
            .name
            .split_whitespace()
            .any(|word| word == "of" || word == "the");
        // "George W Bush" after "President Bush": the full name takes the
        // title the surname had.
        let mut role = person.role.clone();
        if let Some(last) = person.name.split_whitespace().last()
            && !institution
        {
            let key = surname_key(last);
            if role.is_none()
                && let Some(earlier) = self.by_surname.get(&key).and_then(|&i| self.people.get(i))
                && earlier.name.eq_ignore_ascii_case(last)
            {
                role.clone_from(&earlier.role);
            }
            self.by_surname.insert(key, index);
        }
        self.by_name.insert(person.name.to_lowercase(), index);
        self.people.push(Person {
            role: None,
            ..person
        });
        if let Some(role) = role {
            self.give_role(index, role);
        }
        index
    }

    /// Gives person `index` a role when they have none yet; from then on
    /// their first name finds them.
    fn give_role(&mut self, index: usize, role: String) {
        let Some(person) = self.people.get_mut(index) else {
            return;
        };
        if person.role.is_some() {
            return;
        }
        person.role = Some(role);
        // Every shorter head of the name: "Bhakti" and "Bhakti Eri" for
        // "Bhakti Eri Nurmansyah".
        let name = person.name.to_lowercase();
        // After a noble title that begins the name ("Lalu Samsul Adnan",
        // "Teuku Riefky Harsya"), the name is shortened from the word
        // after it: "Samsul".
        let given = NOBLE_TITLES
            .iter()
            .find_map(|title| name.strip_prefix(title)?.strip_prefix(' '))
            .filter(|rest| rest.contains(' '));
        let heads = name
            .match_indices(' ')
            .map(|(at, _)| &name[..at])
            .chain(
                given
                    .into_iter()
                    .flat_map(|rest| rest.match_indices(' ').map(move |(at, _)| &rest[..at])),
            )
            .filter(|head| !head.is_empty());
        for head in heads {
            self.by_first_name
                .entry(head.to_string())
                .and_modify(|latest| *latest = (*latest).max(index))
                .or_insert(index);
        }
    }

    /// The latest person of two or more words whose first name is `name`:
    /// British "Sir John" after "Sir John Bourn".
    fn lookup_first_name(&self, name: &str) -> Option<&Person> {
        self.people.iter().rev().find(|p| {
            let mut words = p.name.split_whitespace();
            words
                .next()
                .is_some_and(|first| first.eq_ignore_ascii_case(name))
                && words.next().is_some()
        })
    }

    /// Makes `person` who "dia", "-nya", "he" or "she" refers to next.
    fn set_antecedent(&mut self, person: Person) {
        if let Some(at) = self.recent.iter().position(|p| p.name == person.name) {
            self.recent.remove(at);
        } else if self.recent.len() == RECENT_ANTECEDENTS {
            self.recent.remove(0);
        }
        self.recent.push(person);
    }

    /// Who "dia", "ia", "-nya" or an English pronoun refers to.
    fn antecedent(&self) -> Option<&Person> {
        self.recent.last()
    }

    /// Records a speaker found with a role ("President LPPI, Trioksa
    /// Siahaan, menjelaskan"), so a later first name or surname finds them
    /// with it; a known person without a role takes this one.
    fn learn_role(&mut self, person: &Person) {
        let Some(role) = person.role.as_deref() else {
            return;
        };
        // What `register` does, without cloning a person already known.
        match self.lookup_index(&person.name) {
            Some(index) => {
                let Some(known) = self.people.get_mut(index) else {
                    return;
                };
                match known.role.as_deref() {
                    None => self.give_role(index, role.to_string()),
                    // "Kompol" when registered, "Kapolsek Genuk Kompol" as
                    // the speaker of "Kapolsek Genuk, Kompol Rismanto,
                    // mengatakan": the fuller role stays.
                    Some(short) if short.len() < role.len() && role.contains(short) => {
                        known.role = Some(role.to_string());
                    }
                    Some(_) => {}
                }
            }
            None => {
                self.register(person.clone());
            }
        }
    }

    /// Records what the article tells of the sex of person `index`.
    fn note_gender(&mut self, index: usize, gender: Option<Gender>) {
        if let Some(gender) = gender {
            self.genders.insert(index, gender);
        }
    }

    /// The gender known for `person`: from the article, else from their
    /// first name.
    fn gender(&self, person: &Person) -> Option<Gender> {
        self.lookup_index(&person.name)
            .and_then(|index| self.genders.get(&index).copied())
            .or_else(|| {
                let mut words = person.name.split_whitespace();
                let first = words.next()?;
                words.next().and_then(|_| gender_of_first_name(first))
            })
    }

    /// Who "he" (`Male`) or "she" (`Female`) refers to: the latest
    /// antecedent, unless that person is known to be of the other sex;
    /// then the latest one known to be of this one, or nobody.
    ///
    /// An organisation is never "he" or "she": after "EA said …", a
    /// "\"…,\" he said" is the latest person before it (en/017: Gerhard
    /// Florin), of this sex or of none known.
    fn antecedent_of(&self, gender: Gender) -> Option<&Person> {
        let latest = self.antecedent()?;
        if is_organisation(latest) {
            return self.recent.iter().rev().find(|person| {
                !is_organisation(person) && self.gender(person).is_none_or(|g| g == gender)
            });
        }
        if self.gender(latest).is_none_or(|g| g == gender) {
            return Some(latest);
        }
        self.recent
            .iter()
            .rev()
            .find(|person| self.gender(person) == Some(gender))
    }

    /// The latest person whose whole role is `office`: "Bupati
    /// Karanganyar" after "Bupati Karanganyar Juliyatmono".
    fn holding(&self, office: &str) -> Option<&Person> {
        self.people.iter().rev().find(|person| {
            person
                .role
                .as_deref()
                .is_some_and(|role| role.eq_ignore_ascii_case(office))
        })
    }

    /// The latest person whose role is `title` or begins with it: "Jaksa"
    /// is the one whose role is "Jaksa Penuntut Umum (JPU)".
    fn with_title(&self, title: &str) -> Option<&Person> {
        self.people.iter().rev().find(|person| {
            person.role.as_deref().is_some_and(|role| {
                role.get(..title.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(title))
                    && (role.len() == title.len() || role[title.len()..].starts_with(' '))
            })
        })
    }

    /// The person `name` refers to: a full name, a surname, or the first
    /// name of someone introduced with a title ("Jaksa Tegar" after
    /// "Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma", as Indonesian news
    /// shortens names).
    fn lookup(&self, name: &str) -> Option<&Person> {
        self.lookup_index(name)
            .and_then(|index| self.people.get(index))
    }

    /// [`Tracker::lookup`], or else a recent antecedent called `word`
    /// (a one-word name such as "Prabowo" is never registered).
    fn lookup_or_recent(&self, word: &str) -> Option<&Person> {
        self.lookup(word).or_else(|| {
            self.recent.iter().rev().find(|person| {
                person
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last.eq_ignore_ascii_case(word))
            })
        })
    }

    /// The organisation that spoke before under a longer name starting
    /// with the one word `word` ("Nationwide building society" for
    /// "Nationwide"), when no person is known by that word.
    fn organisation_by_first_word(&self, word: &str) -> Option<&Person> {
        if self.lookup(word).is_some() {
            return None;
        }
        self.organisations.iter().rev().find(|org| {
            org.name
                .split_once(' ')
                .is_some_and(|(first, _)| first.eq_ignore_ascii_case(word))
        })
    }

    /// The index of [`Tracker::lookup`]'s answer.
    fn lookup_index(&self, name: &str) -> Option<usize> {
        if name.contains(char::is_whitespace) {
            return with_lowercase(name, |key| {
                self.by_name
                    .get(key)
                    .or_else(|| self.by_first_name.get(key))
                    .copied()
            });
        }
        with_lowercase(strip_particle(name), |key| {
            self.by_surname.get(key).copied()
        })
        .or_else(|| with_lowercase(name, |key| self.by_first_name.get(key).copied()))
    }
}

/// A resolved speaker before it becomes a [`Speaker`].
struct Candidate {
    person: Person,
    mention: (usize, usize),
    via: Option<String>,
    cue: (usize, usize),
    verb: bool,
}

struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    runs: &'a [Run],
}

impl Sentence<'_> {
    /// The punctuation between tokens `before` and `after`, trimmed.
    fn gap(&self, before: usize, after: usize) -> &str {
        gap_between(self.text, self.tokens, before, after)
    }

    /// The first token starting at or after byte `at`.
    fn token_from(&self, at: usize) -> Option<usize> {
        self.tokens.iter().position(|t| t.start >= at)
    }

    fn word(&self, index: usize) -> &str {
        self.tokens
            .get(index)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    fn span(&self, first: usize, last: usize) -> Option<(usize, usize)> {
        let (a, b) = (self.tokens.get(first)?, self.tokens.get(last)?);
        Some((a.start, b.end))
    }

    fn span_text(&self, first: usize, last: usize) -> Option<(String, usize, usize)> {
        let (a, b) = (self.tokens.get(first)?, self.tokens.get(last)?);
        Some((self.text[a.start..b.end].to_string(), a.start, b.end))
    }

    /// The text of a role from token `first` to `last`, with the closing
    /// bracket of an abbreviation that ends it: "Presiden Amerika Serikat
    /// (AS)", not "… (AS".
    fn role_text(&self, first: usize, last: usize) -> Option<String> {
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
    fn titled_run_at(&self, index: usize) -> Option<&Run> {
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
    fn name_after_office(
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
        if person.role.is_none() {
            person.role = self.role_text(office.first, office.last);
        }
        Some((person, span))
    }

    /// The subject opening the sentence, for a reporting verb joined to an
    /// earlier verb by a conjunction (token `conjunction`).
    fn clause_subject(
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
    fn by_follows(&self, cue_end: usize) -> bool {
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
        let run = before.filter(|run| run.name_first <= run.last)?;
        let (mut person, span) = self.person_from_run(run, tracker)?;
        // "leader of …", "BA's chief executive"; not "from the Federation
        // of Small Businesses" or "65".
        let describes = self.tokens.get(opening).is_some_and(|t| t.alphabetic)
            && !has(self.tokens, opening, NOT_NAME)
            && !has(self.tokens, opening, INVERSION_FOLLOWER)
            && !["for", "with", "dari", "untuk", "di", "pada"]
                .iter()
                .any(|w| self.word(opening).eq_ignore_ascii_case(w))
            && last + 1 - opening <= 6;
        if person.role.is_none() && describes {
            person.role = self.span_text(opening, last).map(|(t, _, _)| t);
        }
        Some((person, span, None))
    }

    /// Whether a speaker named after an English verb ends at byte `end`
    /// of its clause: the sentence or a punctuation mark follows, or a word
    /// of [`INVERSION_FOLLOWERS`]. A possessive never does ("said Mr
    /// Brown's \"golden rule\" had …").
    /// The person in "quoted X as saying" before the token `saying`: a
    /// name ("quoted Mr Brown as saying") or a description ("quoted an
    /// insider in the talks as saying"), not whoever did the quoting.
    fn quoted_as_saying(
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
            name,
            role: None,
            start,
            end,
            plural,
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
        if title.first == subject {
            return Some(subject);
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
    fn alias_of(&self, run: &Run) -> Option<&Run> {
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
        Some(Person {
            name: self.text[start..end].to_string(),
            role: None,
            start,
            end,
            plural: false,
        })
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
            // Punctuation only before the bracket: "Arts (EA)".
            if at + 1 < acronym && self.tokens.get(at + 1).is_some_and(|t| t.gap_punct) {
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
    fn trailing_role(&self, name_last: usize) -> Option<String> {
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
        let article = ["the", "a", "an"].contains(&opening);
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

    fn ends_clause(&self, end: usize) -> bool {
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

    /// Turns a run into a person: the name (resolved to the full name
    /// introduced earlier) and the role given here or at introduction.
    /// The known person a title and one or two more words name when
    /// together they are that person's whole role: "kata Wali Kota
    /// Surakarta" after "Wali Kota Surakarta Respati Ardi", not a person
    /// called Kota Surakarta.
    fn office_holder<'t>(&self, run: &Run, tracker: &'t Tracker) -> Option<&'t Person> {
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
    fn signature(
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

    fn person_from_run(&self, run: &Run, tracker: &Tracker) -> Option<(Person, (usize, usize))> {
        if let Some(known) = self.office_holder(run, tracker) {
            let (start, end) = self.span(run.first, run.last)?;
            let person = Person {
                name: known.name.clone(),
                role: known.role.clone(),
                start,
                end,
                plural: false,
            };
            return Some((person, (start, end)));
        }
        let role = run.role.and_then(|(a, b)| self.role_text(a, b));
        if run.name_first > run.last {
            let (name, start, end) = self.span_text(run.first, run.last)?;
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
                let person = Person {
                    name: known.name.clone(),
                    role: known.role.clone(),
                    start,
                    end,
                    plural: false,
                };
                return Some((person, (start, end)));
            }
            let person = Person {
                name,
                role: None,
                start,
                end,
                plural: false,
            };
            return Some((person, (start, end)));
        }
        // "The State Department says": an institution named by its head
        // alone is whole, title word and all.
        if run.name_first == run.last
            && run.role.is_some()
            && ORG_HEADS.contains(&self.word(run.last))
        {
            let (name, start, end) = self.span_text(run.first, run.last)?;
            let person = Person {
                name,
                role: None,
                start,
                end,
                plural: false,
            };
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
    fn definite_start(&self, first: usize, last: usize) -> Option<usize> {
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
            Some(known) => Some((
                Person {
                    name: known.name.clone(),
                    role: known.role.clone(),
                    start: span.0,
                    end: span.1,
                    plural: false,
                },
                span,
            )),
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

    /// The speaker written right after a cue ("kata X", "menurut X").
    fn after(
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
        if let Some(run) = self.titled_run_at(index) {
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
        self.described(index, last, tracker)
            .map(|(p, span)| (p, span, None))
    }

    /// The speaker written before a verb ("Kerry juga mengatakan").
    fn before(
        &self,
        cue_start: usize,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize), Option<String>)> {
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
            // "An annual economic survey released on Friday said": the
            // participle after a document.
            if [
                "released",
                "published",
                "issued",
                "conducted",
                "commissioned",
            ]
            .contains(&word)
                && index > 0
                && self.tokens.get(index).is_some_and(|t| !t.gap_punct)
                && ORG_SOURCES.contains(&self.word(index - 1))
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
        if let Some((person, span, via)) = self.pronoun(index, tracker) {
            return Some((person, span, Some(via)));
        }
        if let Some(found) = self.age_description(index, tracker) {
            return Some(found);
        }
        let mut first = index;
        if let Some(run) = self.run_at(index, true) {
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
        if let Some(named) = self.named_before_title(first, index, tracker) {
            return Some((named.0, named.1, None));
        }
        self.described(first, index, tracker)
            .or_else(|| self.subject_before_with(index, tracker))
            .map(|(p, span)| (p, span, None))
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
                Person {
                    name: word.to_string(),
                    role: None,
                    start: age.start,
                    end: age.end,
                    plural: false,
                },
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
        let person = Person {
            name,
            role: None,
            start,
            end,
            plural: false,
        };
        Some((person, (start, end)))
    }

    /// A document named right after a cue, up to the end of the clause:
    /// "according to a survey", "according to box office figures",
    /// "menurut data Kementerian Keuangan". A lower-case document noun
    /// must be among its first four words, and the phrase at most six
    /// words long; a leading article is left out of the name.
    fn document_source(&self, first: usize) -> Option<(Person, (usize, usize), Option<String>)> {
        let joined = |i: usize| self.tokens.get(i).is_some_and(|t| !t.gap_punct);
        let start = if ["a", "an", "the"].contains(&self.word(first)) {
            first + 1
        } else {
            first
        };
        let mut last = start;
        while joined(last + 1) && last + 1 - start < 6 {
            last += 1;
        }
        if !self.tokens.get(last + 1).is_none_or(|t| t.gap_punct) {
            return None;
        }
        if !(start..=last.min(start + 3)).any(|i| DOCUMENTS.contains(&self.word(i))) {
            return None;
        }
        let (name, a, b) = self.span_text(start, last)?;
        let person = Person {
            name,
            role: None,
            start: a,
            end: b,
            plural: false,
        };
        Some((person, (a, b), None))
    }

    /// Whether the words from byte `start` to byte `end` are set off by
    /// commas: "Pemprov NTB, dia berujar, akan melobi …". Such an aside
    /// names the one who is talking, not the clause's subject.
    fn parenthetical(&self, start: usize, end: usize) -> bool {
        let before = self.text[..start].trim_end();
        let after = self.text[end..].trim_start();
        before.ends_with(',') && after.starts_with(',')
    }

    /// The token before a time phrase that ends at token `last` and
    /// stands between a subject and its verb: "on Tuesday", "pada Senin",
    /// "kemarin", "hari ini", "pada hari ini", "last week", "pekan lalu".
    /// `None` when `last` ends no such phrase or nothing precedes it.
    fn time_before(&self, last: usize) -> Option<usize> {
        let joined = |i: usize| self.tokens.get(i).is_some_and(|t| !t.gap_punct);
        if !joined(last) {
            return None;
        }
        let is = |i: usize, words: &[&str]| {
            let word = self.word(i);
            words.iter().any(|w| word.eq_ignore_ascii_case(w))
        };
        // "pekan lalu" whose "lalu" was skipped as an adverb.
        let before_lalu = is(last, TIME_NOUNS_ID) && is(last + 1, &["lalu"]) && joined(last + 1);
        let mut first = if is(last, WEEKDAYS_ID)
            || is(last, WEEKDAYS_EN)
            || is(last, &["kemarin"])
            || before_lalu
        {
            last
        } else if is(last, &["ini", "lalu", "week", "month", "year"]) {
            // "hari ini", "pekan lalu", "last week", "this month".
            let noun = last.checked_sub(1).filter(|_| joined(last))?;
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
            && joined(first)
            && ["on", "pada", "late", "early"]
                .iter()
                .any(|w| self.word(first - 1).eq_ignore_ascii_case(w))
        {
            first -= 1;
        }
        first.checked_sub(1).filter(|_| joined(first))
    }

    /// Two names joined by "and"/"dan" before a verb, as one group that
    /// "they"/"mereka" may refer to: "The Conservatives and Lib Dems
    /// insisted", "Prabowo dan Gibran menegaskan".
    fn coordinated(&self, second: &Run, tracker: &Tracker) -> Option<(Person, (usize, usize))> {
        let and = second.first.checked_sub(1)?;
        let joined = |i: usize| self.tokens.get(i).is_some_and(|t| !t.gap_punct);
        if !has(self.tokens, and, CONJUNCTION)
            || !["and", "dan"].contains(&self.word(and))
            || !joined(and)
            || !joined(second.first)
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
                None => Person {
                    name,
                    role: None,
                    start,
                    end,
                    plural: false,
                },
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
    /// `org`: "Nick Van den Brul of BNP Paribas", "Paul Dergarabedian of
    /// Exhibitor Relations". The person needs a full name, so "Bank of
    /// England" stays an organisation.
    fn person_of_organisation(
        &self,
        org: &Run,
        tracker: &Tracker,
    ) -> Option<(Person, (usize, usize))> {
        let link = org.first.checked_sub(1)?;
        let joined = |i: usize| self.tokens.get(i).is_some_and(|t| !t.gap_punct);
        if !["of", "from", "at"].contains(&self.word(link)) || !joined(link) || !joined(org.first) {
            return None;
        }
        let person = self
            .run_at(link.checked_sub(1)?, true)
            .filter(|run| run.name_first < run.last)?;
        self.person_from_run(person, tracker)
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

fn ends_with_closing_quote(text: &str) -> bool {
    let trimmed = text.trim_end();
    trimmed.ends_with(['”', '"', '’', '»'])
}

/// Groups tokens into capitalized runs and splits each into role and name.
fn find_runs(text: &str, tokens: &[Token], out: &mut Vec<Run>) {
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
            let particle = !token.gap_punct
                && NAME_PARTICLES.contains(&word(next))
                && tokens.get(next + 1).is_some_and(|t| !t.gap_punct)
                && is_name_token(next + 1)
                && !not_a_name(text, tokens, next + 1);
            if particle {
                last = next + 1;
                continue;
            }
            // "dan" between the fields of an office: "Deputi Penindakan dan
            // Eksekusi KPK Asep Guntur Rahayu", "Kepala Dinas Pendidikan
            // dan Kebudayaan …". Only after an Indonesian field noun
            // (pe-…-an, ke-…-an) in a run that began with a title, so two
            // people joined by "dan" stay apart, and only when two more
            // words follow the field, so a name ends the run.
            let office_and = !token.gap_punct
                && word(next) == "dan"
                && has(tokens, first, ROLE_WORD)
                && is_field_noun(word(last))
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
            let role = continues_title(tokens, first, name_first);
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
            name_first = if has(tokens, last - 1, PLACE_WORD) || is_acronym(word(last - 1)) {
                last
            } else if let Some(abbreviation) = after_abbreviation {
                abbreviation + 1
            } else if begins_three_word_name(word(last - 2)) {
                // "Direktur Riset Ali Noer Zaman", "Menteri Keuangan Sri
                // Mulyani Indrawati".
                last - 2
            } else {
                last - 1
            };
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
            && ["ini", "itu", "tersebut"].contains(&word(last + 1));
        let role = match role {
            Some((role_start, _)) if demonstrative && name_first == last => {
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

/// Government departments as English offices name them: "Trade and
/// Industry Secretary", "Secretary of State for Work and Pensions".
const DEPARTMENTS: &[&str] = &[
    "Affairs",
    "Agriculture",
    "Business",
    "Care",
    "Change",
    "Climate",
    "Communities",
    "Culture",
    "Defence",
    "Development",
    "Digital",
    "Education",
    "Employment",
    "Energy",
    "Environment",
    "Fisheries",
    "Food",
    "Health",
    "Housing",
    "Industry",
    "Innovation",
    "Justice",
    "Media",
    "Pensions",
    "Planning",
    "Rural",
    "Science",
    "Skills",
    "Social",
    "Sport",
    "Technology",
    "Trade",
    "Transport",
    "Work",
];

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
fn is_field_noun(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 7
        && (bytes.starts_with(b"Pe") || bytes.starts_with(b"Ke"))
        && bytes.ends_with(b"an")
}

/// Titles of a region's office, which the region's name follows:
/// "Bupati Karanganyar Juliyatmono", "Kapolsek Genuk". ("Wali Kota" is
/// matched by its second word.)
const REGIONAL_TITLES: &[&str] = &[
    "bupati",
    "gubernur",
    "walikota",
    "camat",
    "lurah",
    "kapolres",
    "kapolresta",
    "kapolrestabes",
    "kapolda",
    "kapolsek",
    "wakapolda",
    "wakapolres",
    "kajati",
    "kajari",
    "pangdam",
    "danrem",
    "dandim",
    "sekda",
];

/// Whether token `i` of a run starting at `first` is the region right
/// after a regional title: "Karanganyar" in "Bupati Karanganyar
/// menilai" is a place, not a person. An institution is not a region
/// ("Gubernur Bank Indonesia").
fn names_region(text: &str, tokens: &[Token], first: usize, i: usize) -> bool {
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

/// Whether token `i` of a run starting at `first` is a title word: a role
/// word, and for a modifier ("Agung", "Utama") one right after another
/// role word.
fn continues_title(tokens: &[Token], first: usize, i: usize) -> bool {
    has(tokens, i, ROLE_WORD)
        && (!has(tokens, i, ROLE_MODIFIER) || i > first && has(tokens, i - 1, ROLE_WORD))
}

/// Fields written after an Indonesian title: "pengamat politik",
/// "analis pasar", "pakar hukum".
const FIELD_WORDS: &[&str] = &[
    "politik",
    "ekonomi",
    "hukum",
    "pendidikan",
    "kesehatan",
    "energi",
    "keamanan",
    "militer",
    "kebijakan",
    "publik",
    "sosial",
    "pasar",
    "komunikasi",
    "pertanian",
    "lingkungan",
    "perbankan",
    "pajak",
    "transportasi",
    "pertahanan",
    "keuangan",
];

/// First words of institutions whose name may precede a person's after a
/// title: "Analis politik Universitas Muhammadiyah Tangerang Ahmad
/// Chumaedy".
const INSTITUTION_HEADS: &[&str] = &[
    "Universitas",
    "Institut",
    "Lembaga",
    "Badan",
    "Komisi",
    "Kementerian",
    "Dinas",
    "Partai",
    "Yayasan",
    "Pusat",
    "Sekolah",
    "University",
    "Institute",
];

/// Words before a company's name: "PT Pertamina", "CV Maju Jaya".
const COMPANY_MARKS: &[&str] = &["PT", "CV", "UD", "PD", "Tbk"];

/// Heads of institutions' names that go on with "of": "Bank of England".
const ORG_HEADS: &[&str] = &[
    "Bank",
    "Council",
    "Federation",
    "Institute",
    "Institution",
    "Chamber",
    "Chambers",
    "Confederation",
    "Association",
    "Society",
    "University",
    "Department",
    "Ministry",
    "Office",
    "Board",
    "Union",
    "League",
    "Organisation",
    "Organization",
    "Fund",
    "Court",
    "College",
    "Academy",
    "Agency",
    "Commission",
    "Committee",
];

/// Lower-case words inside personal names.
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "den", "der", "du", "del", "bin", "binti", "ibn",
];

/// Title words inside hyphenated ones: "vice-president",
/// "co-founder", "editor-in-chief".
const ROLE_WORD_PARTS: &[&str] = &[
    "president",
    "founder",
    "chairman",
    "chair",
    "director",
    "editor",
    "secretary",
    "minister",
    "chancellor",
    "governor",
    "officer",
    "executive",
];

/// Lower-case title words that are not in the role lists.
const LOWER_TITLES: &[&str] = &[
    "correspondent",
    "adviser",
    "advisor",
    "editor",
    "reporter",
    "presenter",
    "senior",
    "former",
    "acting",
    "policy",
    "campaigner",
    "lawyer",
    "official",
    "champion",
    "coach",
    "manager",
    "striker",
    "winner",
    "researcher",
    "scientist",
];

/// Lower-case office words that, after "the", mean one person: "the
/// chancellor said" (see [`Sentence::definite_start`]).
const OFFICE_HEADS: &[&str] = &[
    "chancellor",
    "governor",
    "mayor",
    "president",
    "secretary",
    "director",
    "chairman",
    "chairwoman",
    "judge",
    "ambassador",
    "commissioner",
    "professor",
    "leader",
    "king",
    "queen",
    "prince",
    "pope",
    "archbishop",
    "bishop",
    "senator",
    "manager",
    "general",
    "colonel",
    "captain",
    "attorney-general",
    "secretary-general",
    "director-general",
    "under-secretary",
];

/// Lower-case words inside an organisation's name that its abbreviation
/// skips: "Institute of Economic and Social Research (NIESR)".
const ORG_CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "de", "du", "des", "la", "le", "l", "van", "von", "dan", "untuk",
    "&",
];

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

/// Lower-case nouns of documents that are a source after "according
/// to" or "menurut": "according to a survey", "menurut data BPS".
const DOCUMENTS: &[&str] = &[
    "survey",
    "surveys",
    "report",
    "study",
    "poll",
    "figures",
    "estimates",
    "data",
    "statistics",
    "analysis",
    "research",
    "laporan",
    "survei",
    "riset",
    "catatan",
    "hasil",
    "kajian",
    "penelitian",
    "beleid",
    "aturan",
    "peraturan",
    "regulasi",
    "dokumen",
    "putusan",
];

/// Indonesian nouns of time before "ini"/"lalu": "hari ini", "pekan lalu".
const TIME_NOUNS_ID: &[&str] = &[
    "hari", "pagi", "siang", "sore", "malam", "pekan", "minggu", "bulan", "tahun",
];

/// Lower-case heads of organisations and documents that, after "the",
/// are a source: "the bank said", "says the assembly government",
/// "the report said".
const ORG_SOURCES: &[&str] = &[
    "agency",
    "airline",
    "association",
    "bank",
    "broadcaster",
    "commission",
    "committee",
    "company",
    "council",
    "court",
    "department",
    "firm",
    "government",
    "group",
    "institute",
    "insurer",
    "lender",
    "ministry",
    "regulator",
    "report",
    "retailer",
    "society",
    "studio",
    "study",
    "survey",
    "union",
    "watchdog",
];

/// Lower-case nouns that describe an organisation before its name, as a
/// title describes a person: "accountancy firm Ernst & Young", "UK-based
/// bank Standard Chartered", "Web portal Lycos Europe". The description is
/// the source's role, and tells that the source is an organisation.
const ORG_DESCRIPTORS: &[&str] = &[
    "airline",
    "bank",
    "broadcaster",
    "carrier",
    "chain",
    "company",
    "consultancy",
    "firm",
    "giant",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "operator",
    "portal",
    "producer",
    "publisher",
    "regulator",
    "retailer",
    "watchdog",
    "website",
];

/// Lower-case words that may lead a lower-case title but not end it:
/// "Conservative local government spokesman Glyn Davies".
const LOWER_MODIFIERS: &[&str] = &[
    "local",
    "government",
    "finance",
    "foreign",
    "affairs",
    "health",
    "home",
    "defence",
    "defense",
    "education",
    "economic",
    "economics",
    "press",
    "transport",
    "environment",
    "party",
    "chief",
    "deputy",
    "assistant",
    "executive",
    "shadow",
    "political",
    "trade",
    "industry",
];

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

/// Analyses one sentence: finds its quotations, entity mentions and
/// speaker, and (when `update` is set) advances the discourse state.
pub(crate) fn analyze(
    text: &str,
    unit: &Unit,
    cues: &[CueHit],
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
    facts.first_person = tokens.iter().any(|t| {
        t.flags & FIRST_PERSON_WORD != 0
            && !is_acronym(&text[t.start..t.end])
            && !inside_quote(t.start, t.end)
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
            && gender.is_some()
            && let Some(index) = tracker.lookup_index(sentence.word(run.name_first))
        {
            tracker.note_gender(index, gender);
        }
        // "Jason Gardener's unbeaten run": an owner is no antecedent, but
        // a full name is known from here on ("said Gardener").
        if possessive && name_tokens >= 2 && run.role.is_none() && !in_a_role {
            if let Some((name, start, _)) = sentence.span_text(run.name_first, run.last) {
                let name = name.trim_end_matches("'s").trim_end_matches("’s");
                tracker.register(Person {
                    name: name.to_string(),
                    role: None,
                    start,
                    end: start + name.len(),
                    plural: false,
                });
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

    // "Nationwide said" after "says the Nationwide building society": an
    // organisation called by its first word, as a person by their surname.
    if let Some(candidate) = best.as_mut()
        && candidate.via.is_none()
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
    let mut speaker_person: Option<Person> = None;
    if let Some(candidate) = best {
        facts.speaker = Some(Speaker {
            name: candidate.person.name.clone(),
            role: candidate.person.role.clone(),
            start: candidate.mention.0,
            end: candidate.mention.1,
            cue: text[candidate.cue.0..candidate.cue.1].to_lowercase(),
            via: candidate.via,
            kind: source_kind(&candidate.person),
        });
        speaker_person = Some(candidate.person);
    } else if let Some((person, (start, end))) = sentence.signature(quotes, unit.end, tracker) {
        facts.speaker = Some(Speaker {
            name: person.name.clone(),
            role: person.role.clone(),
            start,
            end,
            cue: "quote-signature".to_string(),
            via: None,
            kind: source_kind(&person),
        });
        speaker_person = Some(person);
    } else if text[unit.start..unit.end].starts_with(['“', '"', '«', '„', '”', '‘'])
        && !quotes.is_empty()
        && let Some((person, paragraph)) = &tracker.last_speaker
        && unit.paragraph <= paragraph + 1
    {
        facts.speaker = Some(Speaker {
            name: person.name.clone(),
            role: person.role.clone(),
            start: person.start,
            end: person.end,
            cue: "quote-continuation".to_string(),
            via: None,
            kind: source_kind(person),
        });
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
    if let Some(person) = speaker_person.as_ref().filter(|p| unresolved_office(p)) {
        tracker.last_speaker = Some((person.clone(), unit.paragraph));
    } else if let Some(person) = speaker_person {
        // A role learnt here ("President LPPI, Trioksa Siahaan,
        // menjelaskan") lets a later first name find the person.
        if !person.plural {
            tracker.learn_role(&person);
        }
        if person.plural {
            tracker.plural_antecedent = Some(person.clone());
        } else {
            tracker.set_antecedent(person.clone());
        }
        tracker.last_speaker = Some((person, unit.paragraph));
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
        return Some(Person {
            name,
            role: None,
            start,
            end,
            plural: false,
        });
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

/// Whether `person` is an organisation or a document rather than a
/// person: what "it said" may refer to, and never "he", "she" or "the
/// 22-year-old".
fn is_organisation(person: &Person) -> bool {
    !person.plural && source_kind(person) != SourceKind::Person
}

/// What kind of source `person` is, from the wording of their name and
/// role (see [`SourceKind`]).
fn source_kind(person: &Person) -> SourceKind {
    let name = person.name.as_str();
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default();
    let last = words.next_back().unwrap_or(first);
    // "according to a survey", "menurut data Kementerian Keuangan",
    // "Laporan P2BK Purabaya", "studio estimates".
    let document = |word: &str| with_lowercase(word, |w| DOCUMENTS.contains(&w));
    if person.role.is_none() && (document(first) || document(last)) {
        return SourceKind::Document;
    }
    // A titled person ("Ketua DKPP", "Kepala BPS NTB Wahyudin") is a
    // person whatever organisation their title names.
    match person.role.as_deref() {
        Some(role) if describes_organisation(role) => return SourceKind::Organisation,
        Some(_) => return SourceKind::Person,
        None => {}
    }
    let org_word = |w: &str| org_words().contains(w);
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
];

/// Whether `role` is an organisation's description ("accountancy firm",
/// "the French broadcasting regulator"), not a person's place in one
/// ("senior manager in Symantec's security response group").
fn describes_organisation(role: &str) -> bool {
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
fn unresolved_office(person: &Person) -> bool {
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
    let run = sentence.titled_run_at(subject_start(sentence.tokens))?;
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

#[cfg(test)]
mod tests {
    use crate::{ClaimKind, Language, Speaker, extract};

    /// Speakers of every claim containing each needle.
    fn speaker_of(article: &str, lang: Language, needle: &str) -> Option<Speaker> {
        extract(article, Some(lang))
            .claims
            .into_iter()
            .find(|c| c.text.contains(needle))
            .and_then(|c| c.speaker)
    }

    fn name(speaker: Option<Speaker>) -> Option<String> {
        speaker.map(|s| s.name)
    }

    #[test]
    fn id_speaker_after_cue_with_role() {
        let text = "Harga beras naik 5 persen, kata Menteri Perdagangan Budi Santoso.";
        let speaker = speaker_of(text, Language::Id, "Harga").expect("attributed");
        assert_eq!(speaker.name, "Budi Santoso");
        assert_eq!(speaker.role.as_deref(), Some("Menteri Perdagangan"));
        assert_eq!(speaker.cue, "kata");
    }

    #[test]
    fn a_quotation_signed_without_a_verb_is_the_signer_s() {
        let text = "Juru Bicara Polda Jateng Budi Hartono mengatakan 3 orang ditangkap.\n“Tidak pernah ada instruksi itu,” Kepala Korps Lalu Lintas Polri Royke Lumowa, Jumat (8/9/2017).\n“Ada 12 pos baru,” Sri Wahyuni.\n\"We hired 40 people,\" Tom Baker, Monday.";
        let signed = speaker_of(text, Language::Id, "instruksi").expect("signed");
        assert_eq!(signed.name, "Royke Lumowa");
        assert_eq!(
            signed.role.as_deref(),
            Some("Kepala Korps Lalu Lintas Polri")
        );
        assert_eq!(signed.cue, "quote-signature");
        let bare = speaker_of(text, Language::Id, "12 pos").expect("a full name alone");
        assert_eq!(bare.name, "Sri Wahyuni");
        let english = speaker_of(text, Language::En, "40 people").expect("English");
        assert_eq!(english.name, "Tom Baker");
        assert_eq!(english.cue, "quote-signature");

        // Not a signature: more than the day after the name, a quotation
        // closed with a full stop, a reporting verb in capitals, or a
        // single word.
        for (text, needle) in [
            (
                "“Ada 12 pos baru,” Sri Wahyuni yang hadir di sana.",
                "12 pos",
            ),
            ("“Ada 12 pos baru.” Sri Wahyuni hadir di sana.", "12 pos"),
            ("“Ada 12 pos baru,” KATA Sri Wahyuni.", "12 pos"),
            ("“Ada 12 pos baru,” Wahyuni.", "12 pos"),
        ] {
            assert!(
                speaker_of(text, Language::Id, needle).is_none_or(|s| s.cue != "quote-signature"),
                "{text}"
            );
        }
    }

    #[test]
    fn id_speaker_before_verb_and_short_name() {
        let text = "Gubernur Jawa Tengah Ahmad Luthfi hadir di Semarang. Luthfi juga mengatakan 12 desa terendam banjir.";
        let speaker = speaker_of(text, Language::Id, "12 desa").expect("attributed");
        assert_eq!(speaker.name, "Ahmad Luthfi");
        assert_eq!(speaker.role.as_deref(), Some("Gubernur Jawa Tengah"));
        assert_eq!(speaker.cue, "mengatakan");
    }

    #[test]
    fn id_menurut_and_particle_names() {
        let text = "Perdana Menteri Irak Haider al-Abadi tiba di London. Harga minyak, menurut al-Abadi, turun 40 persen.";
        assert_eq!(
            name(speaker_of(text, Language::Id, "40 persen")).as_deref(),
            Some("Haider al-Abadi")
        );
    }

    #[test]
    fn id_pronoun_and_clitic_resolve_to_the_last_speaker() {
        let text = "Kepala BNPB Suharyanto mengatakan 20 rumah rusak. Dia menambahkan 3 orang luka.\n“Kami terus memantau 5 titik longsor,” ujarnya.";
        let dia = speaker_of(text, Language::Id, "3 orang").expect("dia");
        assert_eq!(dia.name, "Suharyanto");
        assert_eq!(dia.via.as_deref(), Some("dia"));
        let nya = speaker_of(text, Language::Id, "5 titik").expect("ujarnya");
        assert_eq!(nya.name, "Suharyanto");
        assert_eq!(nya.via.as_deref(), Some("-nya"));
    }

    #[test]
    fn id_quote_paragraph_continues_the_speaker() {
        let text = "“Ada 30 sekolah yang rusak,” kata Kepala Dinas Pendidikan Rina Wati.\n“Semua akan diperbaiki sebelum Juli.”";
        let speaker = speaker_of(text, Language::Id, "diperbaiki").expect("continued");
        assert_eq!(speaker.name, "Rina Wati");
        assert_eq!(speaker.cue, "quote-continuation");
    }

    #[test]
    fn id_root_verb_only_reports_after_a_quote() {
        let text = "“Kerugian negara mencapai Rp 5 miliar,” jelas Budi Santoso.";
        assert_eq!(
            name(speaker_of(text, Language::Id, "Kerugian")).as_deref(),
            Some("Budi Santoso")
        );
        let text = "Sudah jelas Budi Santoso membayar Rp 5 miliar kepada negara.";
        assert_eq!(name(speaker_of(text, Language::Id, "membayar")), None);
    }

    #[test]
    fn id_role_only_source() {
        let text = "Namun juru bicara Polri mengatakan 15 orang ditangkap.";
        assert_eq!(
            name(speaker_of(text, Language::Id, "ditangkap")).as_deref(),
            Some("juru bicara Polri")
        );
    }

    #[test]
    fn id_cue_inside_a_quote_is_not_attribution() {
        let text = "“Banyak yang dikatakan Budi Santoso, tapi sedikit yang terjadi di lapangan,” keluh warga.";
        let claims = extract(text, Some(Language::Id)).claims;
        assert!(
            claims
                .iter()
                .all(|c| c.speaker.as_ref().map(|s| s.name.as_str()) != Some("Budi Santoso"))
        );
    }

    #[test]
    fn en_said_before_and_after() {
        let text = "Finance Minister Palaniappan Chidambaram presented the budget. The deficit will be 4.5% of GDP, Mr Chidambaram said.\n\"We have cut waste by 10%,\" said Mr Chidambaram.";
        let before = speaker_of(text, Language::En, "4.5%").expect("X said");
        assert_eq!(before.name, "Palaniappan Chidambaram");
        assert_eq!(before.role.as_deref(), Some("Finance Minister"));
        let after = speaker_of(text, Language::En, "10%").expect("said X");
        assert_eq!(after.name, "Palaniappan Chidambaram");
    }

    #[test]
    fn en_title_after_a_place_and_knights_by_first_name() {
        // A title later in the run still splits role from name.
        for (text, needle, name, role) in [
            (
                "But US Treasury Under-Secretary John Taylor said the deficit was 3%.",
                "3%",
                "John Taylor",
                "US Treasury Under-Secretary",
            ),
            (
                "South Africa Finance Minister Trevor Manuel said growth was 4.3%.",
                "4.3%",
                "Trevor Manuel",
                "South Africa Finance Minister",
            ),
            (
                "Auditor General Sir John Bourn said 5.2 million adults lacked skills.",
                "5.2 million",
                "John Bourn",
                "Auditor General",
            ),
            // Lower-case titles before the name are its role.
            (
                "UK chancellor Gordon Brown said 37 countries could benefit.",
                "37 countries",
                "Gordon Brown",
                "UK chancellor",
            ),
            (
                "BBC correspondent Patrick Bartlett said 12 agencies agreed.",
                "12 agencies",
                "Patrick Bartlett",
                "BBC correspondent",
            ),
            // A sentence-opening adverb is not part of the role.
            (
                "Yesterday Tory leader Michael Howard said 5 people came.",
                "5 people",
                "Michael Howard",
                "Tory leader",
            ),
        ] {
            let speaker = speaker_of(text, Language::En, needle).expect(text);
            assert_eq!(speaker.name, name, "{text}");
            assert_eq!(speaker.role.as_deref(), Some(role), "{text}");
        }
        // "Sir John" is the knight already named, not a new "John".
        let text = "Auditor General Sir John Bourn spoke on Monday. \
                    Sir John said 26 million adults lacked basic skills.";
        let speaker = speaker_of(text, Language::En, "26 million").expect("Sir John said");
        assert_eq!(speaker.name, "John Bourn");
    }

    #[test]
    fn coordinated_reporting_verb_takes_the_clause_subject() {
        // "X welcomed … and said …": the speaker is X, not a name after
        // the verb ("G7 ministers" is what X said something about).
        for (text, lang, needle, name) in [
            (
                "Oxfam senior policy adviser Max Lawson welcomed the statement and said G7 ministers had \"passed the first hurdle of 2005\".",
                Language::En,
                "hurdle",
                "Max Lawson",
            ),
            (
                "Health Minister Jane Hutt met the unions on Monday and said waiting times fell by 10%.",
                Language::En,
                "10%",
                "Jane Hutt",
            ),
            (
                "Menteri Perdagangan Budi Santoso meninjau pasar dan mengatakan harga beras naik 5 persen.",
                Language::Id,
                "5 persen",
                "Budi Santoso",
            ),
        ] {
            let speaker = speaker_of(text, lang, needle).expect(text);
            assert_eq!(speaker.name, name, "{text}");
        }
        // "quoted X as saying": X, not the one quoting.
        let text = "Standard Chartered said it would pay $3.3bn. \"They moved in 2 weeks,\" \
                    the Financial Times quoted an insider in the talks as saying.";
        let speaker = speaker_of(text, Language::En, "2 weeks").expect("as saying");
        assert_eq!(speaker.name, "insider in the talks");
        // A pronoun subject resolves as usual.
        let text = "Tory leader Michael Howard spoke in London. \
                    He visited a school and said 300 teachers had left.";
        let he = speaker_of(text, Language::En, "300 teachers").expect("he … and said");
        assert_eq!(he.name, "Michael Howard");
    }

    #[test]
    fn en_name_after_said_must_end_the_clause() {
        // Inverted "said Kerry" ends the clause; "said Kerry would" is what
        // was said about Kerry, and "told Reuters" names the listener.
        let text = "\"We will stay,\" said Michael Howard on Tuesday.";
        assert_eq!(
            name(speaker_of(text, Language::En, "stay")).as_deref(),
            Some("Michael Howard")
        );
        let text = "\"We will stay,\" said Tory leader Michael Howard.";
        assert_eq!(
            name(speaker_of(text, Language::En, "stay")).as_deref(),
            Some("Michael Howard")
        );
        // The subject is the source, not the name after the verb.
        for (text, source) in [
            (
                "The report said Gordon Brown would cut 3% of jobs.",
                "report",
            ),
            ("The agency told Reuters that 40 people died.", "agency"),
            (
                "Analysts said Gordon Brown would cut 3% of jobs.",
                "Analysts",
            ),
        ] {
            let speaker = name(speaker_of(text, Language::En, ""));
            assert_eq!(speaker.as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn lower_case_title_takes_the_organisation_before_a_name() {
        for (text, needle, name, role) in [
            (
                "\"Kami memulihkan Rp 1,85 triliun,\" kata jubir KPK Budi Prasetyo.",
                "triliun",
                "Budi Prasetyo",
                "jubir KPK",
            ),
            (
                "\"Alasan itu tidak dapat diterima,\" kata anggota DKPP Dewi Pitalolo membacakan pertimbangannya.",
                "Alasan",
                "Dewi Pitalolo",
                "anggota DKPP",
            ),
        ] {
            let speaker = speaker_of(text, Language::Id, needle).expect(text);
            assert_eq!(speaker.name, name, "{text}");
            assert_eq!(speaker.role.as_deref(), Some(role), "{text}");
        }
        // Without a title the organisation stays part of the name.
        let speaker = speaker_of(
            "Amerika Serikat mengatakan 12 kapal tiba.",
            Language::Id,
            "12",
        )
        .expect("subject");
        assert_eq!(speaker.name, "Amerika Serikat");
    }

    #[test]
    fn names_inside_quotes_are_not_antecedents() {
        let text = "US Treasury Under-Secretary John Taylor spoke on Monday. \
                    \"This mechanism does not work for the United States. It works for others.\" \
                    Earlier, he said aid rose to $4.6bn per year.";
        let he = speaker_of(text, Language::En, "$4.6bn").expect("he said");
        assert_eq!(he.name, "John Taylor");
        assert_eq!(he.via.as_deref(), Some("he"));
        let text = "Menteri Luar Negeri AS John Kerry tiba di London. \
                    \"Kami bekerja sama dengan Perdana Menteri Irak.\" \
                    Dia mengatakan 60 negara bergabung.";
        let dia = speaker_of(text, Language::Id, "60 negara").expect("dia mengatakan");
        assert_eq!(dia.name, "John Kerry");
    }

    #[test]
    fn passives_participles_and_more_reporting_verbs() {
        // "announced by X": the agent is the source, not the subject.
        let text = "The settlement includes £7.4m from the UK Treasury announced by Chancellor Gordon Brown.";
        let speaker = speaker_of(text, Language::En, "£7.4m").expect("announced by");
        assert_eq!(speaker.name, "Gordon Brown");
        assert_eq!(speaker.role.as_deref(), Some("Chancellor"));
        // More reporting verbs: "saying" takes the clause's subject.
        for (text, needle, expected) in [
            (
                "A Treasury spokesperson dismissed the claims, saying it was \"on track\" for 2008.",
                "2008",
                "Treasury spokesperson",
            ),
            (
                "The Tories called it a \"vote now, pay later\" budget of £3bn.",
                "£3bn",
                "Tories",
            ),
        ] {
            assert_eq!(
                name(speaker_of(text, Language::En, needle)).as_deref(),
                Some(expected),
                "{text}"
            );
        }
    }

    #[test]
    fn appositives_name_the_speaker() {
        // An appositive between the name and the verb.
        for (text, needle, expected) in [
            (
                "Mike German, leader of the Liberal Democrats in the assembly, claimed that one in three homes faced rises.",
                "one in three",
                "Mike German",
            ),
            (
                "After the announcement WLGA finance spokesman Bob Wellington, of Torfaen, said 12 councils would suffer.",
                "12 councils",
                "Bob Wellington",
            ),
        ] {
            assert_eq!(
                name(speaker_of(text, Language::En, needle)).as_deref(),
                Some(expected),
                "{text}"
            );
        }
        // A name, a comma and a title before the verb.
        let text = "Rhodri Glyn Thomas, Plaid Cymru health spokesman said: \"It leaves 2 years of waiting.\"";
        let speaker = speaker_of(text, Language::En, "2 years").expect("spokesman said");
        assert_eq!(speaker.name, "Rhodri Glyn Thomas");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Plaid Cymru health spokesman")
        );
        // A name after the office and a comma; brackets close.
        let text = "\"Banyak semut,\" kata Kepala Dinas Sosial (Dinsos) Kota Mataram, Lalu Samsul Adnan saat ditemui, 12 Mei.";
        let speaker = speaker_of(text, Language::Id, "semut").expect("kata");
        assert_eq!(speaker.name, "Lalu Samsul Adnan");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Kepala Dinas Sosial (Dinsos) Kota Mataram")
        );
        let text = "Presiden Amerika Serikat (AS) Donald Trump mengumumkan tarif 10%.";
        let speaker = speaker_of(text, Language::Id, "10%").expect("mengumumkan");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Presiden Amerika Serikat (AS)")
        );
        let text = "Kapolsek Genuk, Kompol Rismanto, meninjau lokasi. \
                    \"Jangan sampai 3 orang celaka,\" imbaunya.";
        let speaker = speaker_of(text, Language::Id, "3 orang").expect("imbaunya");
        assert_eq!(speaker.name, "Rismanto");
    }

    #[test]
    fn offices_keep_brackets_organisations_and_particles() {
        // A bracketed abbreviation stays inside the office; a place or
        // organisation before a one-word name belongs to it.
        let text = "\"Sulit karena angka triliunan,\" ujar Plt Kepala Badan Pengelola Pendapatan Daerah (Bappenda) NTB Fathurrahman, Senin.";
        let speaker = speaker_of(text, Language::Id, "triliunan").expect("ujar");
        assert_eq!(speaker.name, "Fathurrahman");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Plt Kepala Badan Pengelola Pendapatan Daerah (Bappenda) NTB")
        );
        // Lower-case modifiers lead a title.
        let text = "Conservative local government spokesman Glyn Davies said 5% was too much.";
        let speaker = speaker_of(text, Language::En, "5%").expect("said");
        assert_eq!(speaker.name, "Glyn Davies");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Conservative local government spokesman")
        );
        // The person before "of" an organisation.
        let text =
            "Aviation analyst Nick Van den Brul of BNP Paribas described the 5% rise as modest.";
        assert_eq!(
            name(speaker_of(text, Language::En, "5%")).as_deref(),
            Some("Nick Van den Brul")
        );
        // "of" inside institutions and offices.
        for (text, needle, expected, role) in [
            (
                "The Council of Mortgage Lenders said 5% more loans were approved.",
                "5%",
                "Council of Mortgage Lenders",
                None,
            ),
            (
                "Chancellor of the Exchequer Gordon Brown said growth was 3%.",
                "3%",
                "Gordon Brown",
                Some("Chancellor of the Exchequer"),
            ),
        ] {
            let speaker = speaker_of(text, Language::En, needle).expect(text);
            assert_eq!(speaker.name, expected, "{text}");
            assert_eq!(speaker.role.as_deref(), role, "{text}");
        }
        // "&" joins a firm's name.
        let text = "Accountancy firm Ernst & Young said 12 forecasts were too optimistic.";
        assert_eq!(
            name(speaker_of(text, Language::En, "12 forecasts")).as_deref(),
            Some("Ernst & Young")
        );
        // Particles inside names.
        let text = "\"It is 5% down,\" said Henri de Bodinat, vice-president of Arthur D. Little.";
        assert_eq!(
            name(speaker_of(text, Language::En, "5%")).as_deref(),
            Some("Henri de Bodinat")
        );
    }

    #[test]
    fn modifiers_of_titles_do_not_start_them() {
        // "Agung" is a title only after "Jaksa"; alone it is a first name.
        let text = "Agung Laksono mengatakan harga beras naik 5 persen.";
        let speaker = speaker_of(text, Language::Id, "5 persen").expect("mengatakan");
        assert_eq!(speaker.name, "Agung Laksono");
        assert_eq!(speaker.role, None);
        // "Masjid Agung Karanganyar" is a building, never who "-nya" is.
        let text = "Kata Jaksa Agung Burhanuddin, kerugian negara Rp 5 miliar. \
                    Kontraktor membangun Masjid Agung Karanganyar tahun 2020. \
                    \"Dananya kurang Rp 2 miliar,\" ujarnya.";
        let speaker = speaker_of(text, Language::Id, "Dananya").expect("ujarnya");
        assert_eq!(speaker.name, "Burhanuddin");
        assert_eq!(speaker.role.as_deref(), Some("Jaksa Agung"));
    }

    #[test]
    fn an_office_named_again_is_its_holder() {
        // Not a person called "Kota Surakarta" with the role "Wali".
        let text = "Wali Kota Surakarta Respati Ardi meninjau pasar. \
                    \"Harga naik 5 persen,\" kata Wali Kota Surakarta.";
        let speaker = speaker_of(text, Language::Id, "5 persen").expect("kata");
        assert_eq!(speaker.name, "Respati Ardi");
        assert_eq!(speaker.role.as_deref(), Some("Wali Kota Surakarta"));
    }

    #[test]
    fn a_title_and_a_word_before_a_demonstrative_is_an_office() {
        // "Bupati Wonogiri ini": the regent, not a person called Wonogiri,
        // so "-nya" stays with the minister named before.
        let text = "Menteri Keuangan Sri Mulyani menilai defisit 3 persen. \
                    Bupati Wonogiri ini menyoroti 2 proyek tertunda. \
                    \"Alokasinya 5 triliun,\" katanya.";
        let speaker = speaker_of(text, Language::Id, "Alokasinya").expect("katanya");
        assert_eq!(speaker.name, "Sri Mulyani");
    }

    #[test]
    fn a_region_after_a_regional_title_belongs_to_the_office() {
        let text = "Bupati Karanganyar Juliyatmono mengatakan 200 rumah terendam. \
                    \"Kami mengirim 30 perahu,\" kata Bupati Karanganyar. \
                    Bupati Juliyatmono menyebut 4 desa terdampak. \
                    Bupati Sleman menilai kerugian mencapai Rp 2 miliar.";
        let speaker = speaker_of(text, Language::Id, "200 rumah").expect("mengatakan");
        assert_eq!(speaker.name, "Juliyatmono");
        assert_eq!(speaker.role.as_deref(), Some("Bupati Karanganyar"));
        // The office named again, and the person called by title and name.
        for needle in ["30 perahu", "4 desa"] {
            let speaker = speaker_of(text, Language::Id, needle).expect(needle);
            assert_eq!(speaker.name, "Juliyatmono", "{needle}");
        }
        // An office nobody was named for speaks as the office, not as a
        // person called Sleman.
        let speaker = speaker_of(text, Language::Id, "Rp 2").expect("menilai");
        assert_eq!(speaker.name, "Bupati Sleman");
        assert_eq!(speaker.role, None);
        // An organisation is not a region: "Gubernur Bank Indonesia".
        let text = "Gubernur Bank Indonesia Perry Warjiyo mengatakan inflasi 2 persen.";
        let speaker = speaker_of(text, Language::Id, "2 persen").expect("mengatakan");
        assert_eq!(speaker.name, "Perry Warjiyo");
        assert_eq!(speaker.role.as_deref(), Some("Gubernur Bank Indonesia"));
        // An office, then the officer and rank in commas.
        let text = "Kapolsek Genuk, Kompol Rismanto, mengatakan genangan 1 kilometer. \
                    \"Macet 6 kilometer,\" kata Rismanto.";
        for needle in ["1 kilometer", "6 kilometer"] {
            let speaker = speaker_of(text, Language::Id, needle).expect(needle);
            assert_eq!(speaker.name, "Rismanto");
            assert_eq!(
                speaker.role.as_deref(),
                Some("Kapolsek Genuk Kompol"),
                "{needle}"
            );
        }
        // An acronym alone is an organisation, not the holder of an office.
        let text = "Ketua NIESR Budi Santoso menilai 5 persen cukup. \
                    Either way, 3 percent is needed, NIESR said.";
        let speaker = speaker_of(text, Language::En, "3 percent").expect("said");
        assert_eq!(speaker.name, "NIESR");
    }

    #[test]
    fn a_claim_line_opening_with_says_has_its_speaker_outside_the_text() {
        // Fact-check claim lines: "Says" is no part of a name, and what
        // follows it is what was said.
        let text = "Says Donald Trump said 3 times he loves war.";
        let speaker = speaker_of(text, Language::En, "3 times").expect("said");
        assert_eq!(speaker.name, "Donald Trump");
        let text = "Says President Barack Obama told a room 40 jobs were lost.";
        let speaker = speaker_of(text, Language::En, "40 jobs").expect("told");
        assert_eq!(speaker.role.as_deref(), Some("President"));
        let text = "Says Gov. Chris Christie cut spending by 9 percent.";
        assert_eq!(speaker_of(text, Language::En, "9 percent"), None);
        // "Said" stays a name: "Said Abdullah".
        let text = "Ketua DPD Said Abdullah menegaskan 4 arah. Said menekankan 2 hal.";
        let speaker = speaker_of(text, Language::Id, "2 hal").expect("menekankan");
        assert_eq!(speaker.name, "Said Abdullah");
    }

    #[test]
    fn a_bracketed_name_is_another_name_of_the_person_before_it() {
        let text = "Menteri Sosial Saifullah Yusuf (Gus Ipul) menyebut 3 program berjalan. \
                    \"Bansos sampai ke 20 juta keluarga,\" kata Gus Ipul.";
        for needle in ["3 program", "20 juta"] {
            let speaker = speaker_of(text, Language::Id, needle).expect(needle);
            assert_eq!(speaker.name, "Saifullah Yusuf", "{needle}");
            assert_eq!(speaker.role.as_deref(), Some("Menteri Sosial"), "{needle}");
        }
        // After a title the bracket holds the name; someone already known
        // stays themself.
        let text = "Hal itu disampaikan jubir KPK Budi Prasetyo. \
                    \"Nilainya bisa ditanyakan sama Mas Jubir (Budi Prasetyo),\" tuturnya. \
                    \"Total Rp 2 triliun,\" kata Budi.";
        let speaker = speaker_of(text, Language::Id, "Rp 2").expect("kata");
        assert_eq!(speaker.name, "Budi Prasetyo");
        // "alias" works the same way.
        let text = "Menteri Sosial (Mensos) Saifullah Yusuf alias Gus Ipul menjelaskan 2 jenis \
                    bantuan. \"Pagunya Rp 71 triliun,\" kata Gus Ipul.";
        for needle in ["2 jenis", "Rp 71"] {
            let speaker = speaker_of(text, Language::Id, needle).expect(needle);
            assert_eq!(speaker.name, "Saifullah Yusuf", "{needle}");
        }
    }

    #[test]
    fn appositives_with_spaced_commas_and_titles_before_an_institution() {
        // "(PSI) , Ahmad Ali ,": a space before each comma.
        let text = "Ketua Harian Partai Solidaritas Indonesia (PSI) , Ahmad Ali , menyatakan \
                    2 kali pilpres.";
        let speaker = speaker_of(text, Language::Id, "2 kali").expect("menyatakan");
        assert_eq!(speaker.name, "Ahmad Ali");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Ketua Harian Partai Solidaritas Indonesia (PSI)")
        );
        // A title, a field and "dari" before the institution, after an
        // opening "Terpisah,".
        let text = "Terpisah, Pengamat politik dari Universitas Islam Negeri (UIN) Syarif \
                    Hidayatullah Jakarta, Adi Prayitno, menilai 3 hal.";
        let speaker = speaker_of(text, Language::Id, "3 hal").expect("menilai");
        assert_eq!(speaker.name, "Adi Prayitno");
        assert_eq!(
            speaker.role.as_deref(),
            Some(
                "Pengamat politik dari Universitas Islam Negeri (UIN) Syarif Hidayatullah Jakarta"
            )
        );
        // One comma only: "Title, Name verb".
        let text = "Mantan anggota DPR Komisi I dari Fraksi Golkar, Tantowi Yahya menyatakan \
                    2 hal. Menurut Tantowi ini terjadi 3 kali.";
        let speaker = speaker_of(text, Language::Id, "2 hal").expect("menyatakan");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Mantan anggota DPR Komisi I dari Fraksi Golkar")
        );
        let speaker = speaker_of(text, Language::Id, "3 kali").expect("menurut");
        assert_eq!(speaker.name, "Tantowi Yahya");
        // A clause that mentions a title is no title.
        let text = "Berbicara setelah pertemuan dengan Hammond dan perdana menteri Irak, Kerry \
                    mengatakan 60 negara bergabung.";
        let speaker = speaker_of(text, Language::Id, "60 negara").expect("mengatakan");
        assert_eq!(speaker.role, None);
        // A title may open a clause after a comma.
        let text = "Responding to the speech, shadow chief secretary to the Treasury, George \
                    Osborne, said 3 promises were broken.";
        let speaker = speaker_of(text, Language::En, "3 promises").expect("said");
        assert_eq!(speaker.name, "George Osborne");
        assert_eq!(
            speaker.role.as_deref(),
            Some("shadow chief secretary to the Treasury")
        );
    }

    #[test]
    fn short_names_skip_a_noble_title_and_abbreviations_join_the_role() {
        // "Lalu" is a Sasak title: the name is shortened to "Samsul".
        let text = "\"Ada 2 SK,\" kata Kepala Dinas Sosial (Dinsos) Kota Mataram Lalu Samsul \
                    Adnan. Samsul menyebut 4 faktor kemiskinan.";
        let speaker = speaker_of(text, Language::Id, "4 faktor").expect("menyebut");
        assert_eq!(speaker.name, "Lalu Samsul Adnan");
        // An organisation's abbreviation after a title is in the role.
        let text = "Research & Analytics Manager KIC Satria Triputra Wisnumurti menjelaskan, \
                    91,1% orang tua setuju. \"Di atas 90%,\" kata Satria.";
        let speaker = speaker_of(text, Language::Id, "91,1%").expect("menjelaskan");
        assert_eq!(speaker.name, "Satria Triputra Wisnumurti");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Research & Analytics Manager KIC")
        );
        let speaker = speaker_of(text, Language::Id, "Di atas").expect("kata");
        assert_eq!(speaker.name, "Satria Triputra Wisnumurti");
    }

    #[test]
    fn a_pronoun_means_the_person_introduced_earlier_in_its_sentence() {
        let text = "South Africa Finance Minister Trevor Manuel told the BBC 3 plans failed. \
                    At a dinner, former South African president Nelson Mandela backed Mr \
                    Brown's plan when he urged the chiefs to provide an extra $50bn a year.";
        let speaker = speaker_of(text, Language::En, "$50bn").expect("urged");
        assert_eq!(speaker.name, "Nelson Mandela");
        // Not across the sexes, and not when the pronoun comes first.
        let text = "Finance Minister Sue Essex said 3 plans failed. \
                    At a dinner, former president Bill Clinton spoke before she warned of \
                    a $50bn gap.";
        let speaker = speaker_of(text, Language::En, "$50bn").expect("warned");
        assert_eq!(speaker.name, "Sue Essex");
        let text = "Finance Minister Trevor Manuel spoke first. \
                    He said 3 plans by former president Nelson Mandela failed.";
        let speaker = speaker_of(text, Language::En, "3 plans").expect("said");
        assert_eq!(speaker.name, "Trevor Manuel");
    }

    #[test]
    fn a_description_after_a_name_after_the_verb_is_the_role() {
        for (text, needle, role) in [
            (
                "\"DTT had a bad image in 2 years,\" said Olivier Gerolami, chief operating officer of TNT.",
                "bad image",
                "chief operating officer of TNT",
            ),
            (
                "\"Pay-TV growth could fall 5%,\" said Henri de Bodinat, vice-president of the Arthur D. Little consultancy.",
                "Pay-TV",
                "vice-president of the Arthur D. Little consultancy",
            ),
            (
                "Revenue hit a record in 2004, said Paul Dergarabedian, president of the industry's tracker Exhibitor Relations.",
                "record",
                "president of the industry's tracker Exhibitor Relations",
            ),
            (
                "\"Awards are not about 3 films,\" said Nikki Rocco, head of distribution at Universal which released Ray.",
                "Awards",
                "head of distribution at Universal",
            ),
        ] {
            let speaker = speaker_of(text, Language::En, needle).expect(text);
            assert_eq!(speaker.role.as_deref(), Some(role), "{text}");
        }
        // A subject's appositive is their role even when no cue follows,
        // so the next "he" carries it.
        let text = "Dr Richard Lewis, Welsh secretary of the British Medical Association (BMA), \
                    welcomed the targets. \"Much remains 5 years on,\" he said.";
        let speaker = speaker_of(text, Language::En, "5 years").expect("he said");
        assert_eq!(speaker.name, "Richard Lewis");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Welsh secretary of the British Medical Association (BMA)")
        );
        // The role stays with the person.
        let text = "\"Sales rose 5%,\" said Lee Rainie, director of the Pew Internet Project. \
                    \"Growth of 10% is inevitable,\" he added.";
        let speaker = speaker_of(text, Language::En, "10%").expect("added");
        assert_eq!(
            speaker.role.as_deref(),
            Some("director of the Pew Internet Project")
        );
        // What goes on with a clause, a number or a verb is no title.
        for text in [
            "\"Sales rose 5%,\" said Lee Rainie, adding that prices fell.",
            "\"Sales rose 5%,\" said Lee Rainie, who runs the project.",
            "\"Sales rose 5%,\" said Lee Rainie, 54.",
        ] {
            let speaker = speaker_of(text, Language::En, "Sales").expect(text);
            assert_eq!(speaker.role, None, "{text}");
        }
    }

    #[test]
    fn a_common_given_name_keeps_a_three_word_name_whole() {
        for (text, lang, needle, name, role) in [
            (
                "\"Skor kinerja 3,07,\" kata Direktur Riset Ali Noer Zaman.",
                Language::Id,
                "3,07",
                "Ali Noer Zaman",
                "Direktur Riset",
            ),
            (
                "Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit 3 persen.",
                Language::Id,
                "3 persen",
                "Sri Mulyani Indrawati",
                "Menteri Keuangan",
            ),
            (
                "Secretary of State Hillary Rodham Clinton said 40 nations agreed.",
                Language::En,
                "40 nations",
                "Hillary Rodham Clinton",
                "Secretary of State",
            ),
            // Otherwise the office runs on and the name is the last two.
            (
                "Menteri Koordinator Perekonomian Airlangga Hartarto mengatakan 5 persen.",
                Language::Id,
                "5 persen",
                "Airlangga Hartarto",
                "Menteri Koordinator Perekonomian",
            ),
        ] {
            let speaker = speaker_of(text, lang, needle).expect(text);
            assert_eq!(speaker.name, name, "{text}");
            assert_eq!(speaker.role.as_deref(), Some(role), "{text}");
        }
        // Later "Ali" is the whole person.
        let text = "\"Skor 3,07,\" kata Direktur Riset Ali Noer Zaman. \
                    Ali mengatakan 2 sektor stabil.";
        let speaker = speaker_of(text, Language::Id, "2 sektor").expect("mengatakan");
        assert_eq!(speaker.name, "Ali Noer Zaman");
    }

    #[test]
    fn fields_joined_by_dan_stay_in_the_office() {
        let text = "\"Kami sita Rp 2,3 triliun,\" kata Pelaksana Tugas Deputi Penindakan \
                    dan Eksekusi KPK Asep Guntur Rahayu.";
        let speaker = speaker_of(text, Language::Id, "Rp 2,3").expect("kata");
        assert_eq!(speaker.name, "Asep Guntur Rahayu");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Pelaksana Tugas Deputi Penindakan dan Eksekusi KPK")
        );
        let text = "Kepala Dinas Pendidikan dan Kebudayaan mengatakan 30 sekolah libur.";
        let speaker = speaker_of(text, Language::Id, "30 sekolah").expect("mengatakan");
        assert_eq!(speaker.name, "Kepala Dinas Pendidikan dan Kebudayaan");
        // Two people joined by "dan" stay two.
        let text = "Menteri Pendidikan Nadiem Makarim dan Menteri Kesehatan Budi Gunadi \
                    Sadikin mengatakan 5 program berjalan.";
        let speaker = speaker_of(text, Language::Id, "5 program").expect("mengatakan");
        assert_eq!(speaker.name, "Nadiem Makarim dan Budi Gunadi Sadikin");
    }

    #[test]
    fn coordinated_subjects_speak_together() {
        let text = "The Conservatives and Lib Dems insisted that 5% more would pay.";
        let speaker = speaker_of(text, Language::En, "5% more").expect("insisted");
        assert_eq!(speaker.name, "Conservatives and Lib Dems");
        // A group: "he" afterwards is not it.
        let text = "Chancellor Gordon Brown announced £2bn. \
                    The Tories and Lib Dems said 3% was too little. \
                    He said 4% was enough.";
        assert_eq!(
            name(speaker_of(text, Language::En, "4% was")).as_deref(),
            Some("Gordon Brown")
        );
        let text = "Prabowo dan Gibran menegaskan 2 program berjalan.";
        assert_eq!(
            name(speaker_of(text, Language::Id, "2 program")).as_deref(),
            Some("Prabowo dan Gibran")
        );
    }

    #[test]
    fn a_country_after_a_title_is_no_name() {
        // "Duta Besar Selandia Baru" is an office, not a person called
        // Selandia Baru: "-nya" stays with the ambassador named before.
        let text = "Mantan Duta Besar Tantowi Yahya menilai anggaran naik 5 persen. \
                    Duta Besar Selandia Baru ini menerangkan bahwa negara berbeda. \
                    \"Alokasinya 2 triliun,\" katanya.";
        let speaker = speaker_of(text, Language::Id, "Alokasinya").expect("katanya");
        assert_eq!(speaker.name, "Tantowi Yahya");
    }

    #[test]
    fn names_after_an_office_abbreviation_are_whole() {
        let text = "Hal itu diungkapkan Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma dalam sidang 3 terdakwa.";
        let speaker = speaker_of(text, Language::Id, "3 terdakwa").expect("diungkapkan");
        assert_eq!(speaker.name, "Tegar Djati Kusuma");
        assert_eq!(speaker.role.as_deref(), Some("Jaksa Penuntut Umum (JPU)"));
        // After a company's "PT" the company is named first.
        let text = "Direktur Utama PT Pertamina Nicke Widyawati mengatakan stok naik 5 persen.";
        let speaker = speaker_of(text, Language::Id, "5 persen").expect("mengatakan");
        assert_eq!(speaker.name, "Nicke Widyawati");
        // An office ending in its abbreviation, then the name between commas.
        let text = "Senior Vice President Lembaga Pengembangan Perbankan Indonesia (LPPI), \
                    Trioksa Siahaan, menjelaskan kredit tumbuh 8 persen. \
                    \"Bunga turun 25 basis poin,\" terang Trioksa.";
        for needle in ["8 persen", "25 basis"] {
            let speaker = speaker_of(text, Language::Id, needle).expect(needle);
            assert_eq!(speaker.name, "Trioksa Siahaan", "{needle}");
            assert_eq!(
                speaker.role.as_deref(),
                Some("Senior Vice President Lembaga Pengembangan Perbankan Indonesia (LPPI)"),
                "{needle}"
            );
        }
    }

    #[test]
    fn first_names_and_bare_titles_find_the_person() {
        let text = "\"Pengadaan logistik cuma 75 hari,\" kata Ketua KPU Hasyim Asy'ari. \
                    \"Kalau gagal, 14 Februari gagal,\" ujar Hasyim.";
        let speaker = speaker_of(text, Language::Id, "14 Februari").expect("ujar");
        assert_eq!(speaker.name, "Hasyim Asy'ari");
        assert_eq!(speaker.role.as_deref(), Some("Ketua KPU"));
        // The first two of three names find the whole person too.
        let text = "Wadir Penindakan Kortas Tipikor Polri Kombes Bhakti Eri Nurmansyah \
                    mengungkapkan 2 tersangka ditahan. \
                    \"Kerugian negara Rp 33 miliar,\" kata Bhakti Eri.";
        let speaker = speaker_of(text, Language::Id, "Rp 33").expect("kata");
        assert_eq!(speaker.name, "Bhakti Eri Nurmansyah");
        // "Jaksa Tegar", then "Jaksa" alone, are the prosecutor named first.
        let text = "Hal itu diungkapkan Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma di sidang. \
                    \"Terdakwa menerima Rp 4,5 miliar,\" kata Jaksa Tegar. \
                    \"Saksi menyetujui 2 proyek,\" kata Jaksa.";
        for needle in ["Rp 4,5", "2 proyek"] {
            let speaker = speaker_of(text, Language::Id, needle).expect(needle);
            assert_eq!(speaker.name, "Tegar Djati Kusuma", "{needle}");
        }
        // "Mr German": a surname that is also a nationality.
        let text = "Mike German, leader of the Liberal Democrats, spoke first. \
                    Mr German said: \"One in three homes face 5% rises.\"";
        assert_eq!(
            name(speaker_of(text, Language::En, "5% rises")).as_deref(),
            Some("Mike German")
        );
    }

    #[test]
    fn fields_after_titles_and_institutions_before_names() {
        let text = "Pengamat politik Dedi Kurnia menilai 2 partai akan terbebani.";
        let speaker = speaker_of(text, Language::Id, "2 partai").expect("menilai");
        assert_eq!(speaker.name, "Dedi Kurnia");
        assert_eq!(speaker.role.as_deref(), Some("Pengamat politik"));
        let text = "Analis politik Universitas Muhammadiyah Tangerang Ahmad Chumaedy \
                    mengatakan 3 menteri mendapat apresiasi.";
        let speaker = speaker_of(text, Language::Id, "3 menteri").expect("mengatakan");
        assert_eq!(speaker.name, "Ahmad Chumaedy");
        assert_eq!(
            speaker.role.as_deref(),
            Some("Analis politik Universitas Muhammadiyah Tangerang")
        );
        // A relative clause: the noun before "yang"/"which" is the source.
        let text = "Diperoleh dua sumber yang menyebut 5 stasiun merevisi hasil.";
        assert_eq!(
            name(speaker_of(text, Language::Id, "5 stasiun")).as_deref(),
            Some("sumber")
        );
        let text = "New data from property website Rightmove which suggested prices fell 8%.";
        assert_eq!(
            name(speaker_of(text, Language::En, "8%")).as_deref(),
            Some("Rightmove")
        );
    }

    #[test]
    fn a_possessive_full_name_is_known_and_takes_an_earlier_title() {
        let text = "Jason Gardener's unbeaten run came to an end in 6.6 seconds. \
                    \"You can't win them all,\" said Gardener afterwards.";
        assert_eq!(
            name(speaker_of(text, Language::En, "win them all")).as_deref(),
            Some("Jason Gardener")
        );
        let text = "President Bush sent Congress a budget. \
                    George W Bush's plan cuts 150 programmes. \
                    \"We must restrain spending,\" Mr Bush said of the 2% rise.";
        let speaker = speaker_of(text, Language::En, "2% rise").expect("said");
        assert_eq!(speaker.name, "George W Bush");
        assert_eq!(speaker.role.as_deref(), Some("President"));
    }

    #[test]
    fn she_and_he_skip_a_person_of_the_other_sex() {
        // Sue Essex spoke first; "Chancellor Gordon Brown" is the latest
        // person, but "she" cannot be him.
        let text = "Finance Minister Sue Essex said it was a good deal. \
                    The settlement includes £7.4m announced by Chancellor Gordon Brown. \
                    She said rises of 5% were reasonable.";
        let speaker = speaker_of(text, Language::En, "5%").expect("she said");
        assert_eq!(speaker.name, "Sue Essex");
        // An honorific tells the sex of a name no list knows.
        let text = "Health Minister Edwina Hart said waiting lists fell. \
                    Opposition spokesman Dai Lloyd disagreed. \
                    Ms Hart said 3,000 more nurses were hired. \
                    Tory leader Glyn Davies called it spin. \
                    She added that 12 hospitals would open.";
        let speaker = speaker_of(text, Language::En, "12 hospitals").expect("she added");
        assert_eq!(speaker.name, "Edwina Hart");
        // With nobody of that sex in view, "she" names no one rather than
        // the wrong person.
        let text = "Chancellor Gordon Brown announced £7.4m. She said 5% was enough.";
        assert_eq!(name(speaker_of(text, Language::En, "5%")), None);
    }

    #[test]
    fn he_and_she_are_never_an_organisation() {
        // en/017: the firm spoke last, but "he" is a person.
        let text = "Mr Florin, EA's managing director, said 50% of games were sold to adults. \
                    EA said the industry was bigger than music. \
                    \"People queue at midnight,\" he said.";
        let speaker = speaker_of(text, Language::En, "midnight").expect("he said");
        assert_eq!(speaker.name, "Florin");
        assert_eq!(speaker.via.as_deref(), Some("he"));
        // With no person before it, "he" names no one rather than the firm.
        let text = "Ernst & Young said revenues would fall. He said the gap was £6bn.";
        assert_eq!(name(speaker_of(text, Language::En, "gap")), None);
        // "It" still means the firm.
        let text = "BA warned that yields would fall. However, it said sales rose 8%.";
        assert_eq!(
            name(speaker_of(text, Language::En, "sales")).as_deref(),
            Some("BA")
        );
    }

    #[test]
    fn id_aspect_words_between_subject_and_verb() {
        let text = "Pada Kamis 18 April 2019, presenter SCTV Jati Darma tengah menjelaskan \
                    hasil hitung cepat 12 lembaga survei.";
        let speaker = speaker_of(text, Language::Id, "hitung cepat").expect("menjelaskan");
        assert_eq!(speaker.name, "Jati Darma");
        assert_eq!(speaker.role.as_deref(), Some("presenter SCTV"));
        // A place ending in "Tengah" stays whole.
        let text = "Bupati Lombok Tengah Pathul Bahri mengatakan 25 desa terdampak.";
        let speaker = speaker_of(text, Language::Id, "25 desa").expect("mengatakan");
        assert_eq!(speaker.name, "Pathul Bahri");
    }

    #[test]
    fn en_one_word_organisation_with_its_abbreviation() {
        let text = "And last summer, economists at PricewaterhouseCoopers (PWC) warned \
                    house prices could fall by 10%.";
        let speaker = speaker_of(text, Language::En, "10%").expect("warned");
        assert_eq!(speaker.name, "PricewaterhouseCoopers (PWC)");
        // The letters must be in the word, in order.
        let text = "Analysts at PricewaterhouseCoopers (KPMG) warned prices could fall 10%.";
        assert_ne!(
            name(speaker_of(text, Language::En, "10%")).as_deref(),
            Some("PricewaterhouseCoopers (KPMG)")
        );
    }

    #[test]
    fn en_the_age_of_the_person_in_the_story_is_that_person() {
        let text = "Yelena Isinbayeva set a world record of 4.88m. \
                    \"I will break the 5m barrier soon,\" the 22-year-old told BBC Sport.";
        let speaker = speaker_of(text, Language::En, "5m barrier").expect("told");
        assert_eq!(speaker.name, "Yelena Isinbayeva");
        assert_eq!(speaker.via.as_deref(), Some("the 22-year-old"));
        // Someone last named two paragraphs before is not who the age
        // means: the description stays the source.
        let text = "\"You can't win them all,\" said Jason Gardener.\n\n\
                    Isinbayeva was back in form.\n\n\
                    \"I will break the 5m barrier soon,\" the 22-year-old told BBC Sport.";
        assert_eq!(
            name(speaker_of(text, Language::En, "5m barrier")).as_deref(),
            Some("22-year-old")
        );
        // Not an organisation, and not "a 22-year-old" (someone new).
        let text = "BA said fares rose 3%. \"Prices will fall,\" the 22-year-old said.";
        assert_eq!(
            name(speaker_of(text, Language::En, "fall")).as_deref(),
            Some("22-year-old")
        );
        let text = "Yelena Isinbayeva won. \"It was cold,\" a 22-year-old told reporters.";
        assert_ne!(
            name(speaker_of(text, Language::En, "cold")).as_deref(),
            Some("Yelena Isinbayeva")
        );
    }

    #[test]
    fn it_is_the_report_that_was_the_subject_since_the_last_speaker() {
        // en/007: Ernst & Young spoke, then the NIESR report is the
        // subject of a sentence without a reporting verb.
        let text = "Accountancy firm Ernst & Young said revenues would be £6bn short. \
                    Other than its warning on tax, the NIESR report was optimistic. \
                    It said world growth would reach 4.1% this year.";
        let speaker = speaker_of(text, Language::En, "4.1%").expect("it said");
        assert_eq!(speaker.name, "NIESR report");
        assert_eq!(speaker.kind, crate::SourceKind::Document);
        // Without such a subject, "it" is still the last organisation
        // that spoke.
        let text = "Accountancy firm Ernst & Young said revenues would be £6bn short. \
                    Growth was strong. It said world growth would reach 4.1% this year.";
        let speaker = speaker_of(text, Language::En, "4.1%").expect("it said");
        assert_eq!(speaker.name, "Ernst & Young");
    }

    #[test]
    fn added_with_a_quantity_is_an_increase_not_speech() {
        for text in [
            "Wisconsin added 23,608 jobs in 2011.",
            "Dollar General added 2,500 stores during his tenure.",
            "The tax cuts add less to the deficit than Obama added with the stimulus in 2009.",
        ] {
            assert_eq!(name(speaker_of(text, Language::En, "20")), None, "{text}");
        }
        // Speech is still speech.
        let text = "Elsewhere, the BBA added underlying mortgage lending rose by £4m.";
        assert_eq!(
            name(speaker_of(text, Language::En, "£4m")).as_deref(),
            Some("BBA")
        );
        // "The State Department": the institution whole; "you" is nobody.
        let text = "The State Department says the pipeline created 42,000 jobs.";
        let speaker = speaker_of(text, Language::En, "42,000").expect("says");
        assert_eq!(
            (speaker.name.as_str(), speaker.role),
            ("State Department", None)
        );
        assert_eq!(speaker.kind, crate::SourceKind::Organisation);
        let text = "You said 40% of the deal was finished.";
        assert_eq!(name(speaker_of(text, Language::En, "40%")), None);
        // "called X a …" names X; it does not quote X.
        let text = "Critics say 400 suits were filed, and a judge called Tom Ganley a fraud.";
        assert_ne!(
            name(speaker_of(text, Language::En, "400")).as_deref(),
            Some("Tom Ganley")
        );
    }

    #[test]
    fn a_spokesperson_keeps_whose_spokesperson_they_are() {
        for (text, name) in [
            (
                "A Treasury spokesperson said 5% was enough.",
                "Treasury spokesperson",
            ),
            (
                "A White House spokesman said 12 people died.",
                "White House spokesman",
            ),
            (
                "The Pentagon spokesman said 40 troops left.",
                "Pentagon spokesman",
            ),
        ] {
            let speaker = speaker_of(text, Language::En, "said").expect(text);
            assert_eq!(speaker.name, name, "{text}");
        }
        // Someone already known by that role is that person.
        let text = "Treasury spokesman John Smith spoke in 2005. \
                    The Treasury spokesman said 5 schools would open.";
        let speaker = speaker_of(text, Language::En, "5 schools").expect("said");
        assert_eq!(speaker.name, "John Smith");
        // Indonesian "seorang" is an article, not part of the title.
        let text = "Seorang juru bicara Kementerian Luar Negeri mengatakan 3 WNI tewas.";
        let speaker = speaker_of(text, Language::Id, "3 WNI").expect("mengatakan");
        assert_eq!(speaker.role.as_deref(), Some("juru bicara"));
    }

    #[test]
    fn a_source_is_a_person_an_organisation_or_a_document() {
        use crate::SourceKind::{Document, Organisation, Person};
        let kind = |text: &str, lang: Language, needle: &str| {
            speaker_of(text, lang, needle).map(|s| (s.name, s.kind))
        };
        let cases = [
            (
                "The Council of Mortgage Lenders (CML) said loans fell 25%.",
                Language::En,
                "25%",
                "Council of Mortgage Lenders (CML)",
                Organisation,
            ),
            (
                "The Green Party said the Budget wasted £2bn.",
                Language::En,
                "£2bn",
                "Green Party",
                Organisation,
            ),
            (
                "The G7 said 37 countries could benefit.",
                Language::En,
                "37",
                "G7",
                Organisation,
            ),
            (
                "One in 10 adults owns an MP3 player, according to a survey.",
                Language::En,
                "One in 10",
                "survey",
                Document,
            ),
            (
                "Finance Minister Sue Essex said it was a 6% rise.",
                Language::En,
                "6%",
                "Sue Essex",
                Person,
            ),
            (
                "A Treasury spokesperson dismissed the claims, saying £2bn was set aside.",
                Language::En,
                "£2bn",
                "Treasury spokesperson",
                Person,
            ),
            (
                "DKPP menilai 59 perjalanan melanggar kode etik.",
                Language::Id,
                "59",
                "DKPP",
                Organisation,
            ),
            (
                "Divisi Humas Polri menyatakan 12 pesan itu hoaks.",
                Language::Id,
                "12 pesan",
                "Divisi Humas Polri",
                Organisation,
            ),
            (
                "Menurut data Kementerian Keuangan, utang jatuh tempo Rp 800 triliun.",
                Language::Id,
                "800",
                "data Kementerian Keuangan",
                Document,
            ),
            (
                "\"Ada 3 saksi,\" kata Ketua DKPP.",
                Language::Id,
                "3 saksi",
                "Ketua DKPP",
                Person,
            ),
            (
                "\"Ada 3 saksi,\" kata SBY.",
                Language::Id,
                "3 saksi",
                "SBY",
                Person,
            ),
        ];
        for (text, lang, needle, name, expected) in cases {
            assert_eq!(
                kind(text, lang, needle),
                Some((name.to_string(), expected)),
                "{text}"
            );
        }
    }

    #[test]
    fn en_a_description_before_an_organisation_is_its_role() {
        let text =
            "Earlier this month, accountancy firm Ernst & Young said revenues would fall by £6bn.";
        let speaker = speaker_of(text, Language::En, "£6bn").expect("said");
        assert_eq!(speaker.name, "Ernst & Young");
        assert_eq!(speaker.role.as_deref(), Some("accountancy firm"));
        // The description tells an organisation: "it" is the bank, "he"
        // is nobody.
        let text = "UK-based bank Standard Chartered said it would spend $3.3bn. \
                    It said the deal would close in April 2005. \
                    He said 16% of revenue would come from KFB.";
        let speaker = speaker_of(text, Language::En, "April").expect("it said");
        assert_eq!(speaker.name, "Standard Chartered");
        assert_eq!(speaker.role.as_deref(), Some("UK-based bank"));
        assert_eq!(name(speaker_of(text, Language::En, "16%")), None);
        // A person's place in a group is no organisation's description.
        let text = "Kevin Hogan, senior manager in Symantec's security response group, said \
                    viruses rose 30%. He said 2004 saw 7,000 new worms.";
        let speaker = speaker_of(text, Language::En, "7,000").expect("he said");
        assert_eq!(speaker.name, "Kevin Hogan");
        // One word after the description is the organisation, and its
        // field is found after a preposition or a nationality too.
        let text = "Prices fell after new data from property website Rightmove which suggested \
                    cuts of 8%. Finnish security firm F-Secure said 2004 saw 40 arrests.";
        let speaker = speaker_of(text, Language::En, "8%").expect("suggested");
        assert_eq!(speaker.name, "Rightmove");
        assert_eq!(speaker.role.as_deref(), Some("property website"));
        assert_eq!(speaker.kind, crate::SourceKind::Organisation);
        let speaker = speaker_of(text, Language::En, "40 arrests").expect("said");
        assert_eq!(speaker.name, "F-Secure");
        assert_eq!(speaker.role.as_deref(), Some("security firm"));
        assert_eq!(speaker.kind, crate::SourceKind::Organisation);
    }

    #[test]
    fn an_organisation_called_by_its_first_word_is_the_one_named_before() {
        let text = "Prices rose 0.9% in February, says the Nationwide building society. \
                    Nationwide said prices went up by 12.6% on a year earlier.";
        let speaker = speaker_of(text, Language::En, "12.6%").expect("said");
        assert_eq!(speaker.name, "Nationwide building society");
        assert_eq!(speaker.kind, crate::SourceKind::Organisation);
        // A person known by that word is that person.
        let text = "Tory leader Michael Howard spoke. Prices rose 0.9%, says the Howard \
                    building society. Howard said taxes rose 5%.";
        let speaker = speaker_of(text, Language::En, "5%").expect("said");
        assert_eq!(speaker.name, "Michael Howard");
    }

    #[test]
    fn a_person_named_in_the_quotation_is_not_its_speaker() {
        // The sentence before makes the director the subject, but the
        // quotation speaks of him: the prosecutor is still speaking.
        let text = "\"Terdakwa bersepakat,\" kata Jaksa Tegar Kusuma. \
                    Terdakwa meminta Direktur Utama PT Total Cetra Alam melaksanakan proyek. \
                    \"Kemudian saksi Cetra Alam menyerahkan dana Rp 68,7 miliar,\" tuturnya.";
        let speaker = speaker_of(text, Language::Id, "68,7").expect("tuturnya");
        assert_eq!(speaker.name, "Tegar Kusuma");
        assert_eq!(speaker.cue, "tuturnya");
    }

    #[test]
    fn antecedents_are_subjects_or_titled_people() {
        // A possessive is an owner, not a person "he" can refer to; the
        // role runs over lower-case modifiers ("local government").
        let text = "Plaid Cymru's local government spokesman Dai Lloyd called it disappointing. \
                    He said 22 councils were short changed.";
        let he = speaker_of(text, Language::En, "22 councils").expect("he said");
        assert_eq!(he.name, "Dai Lloyd");
        // A name in passing is not who "she" is; a titled subject is.
        let text = "Double Olympic champion Kelly Holmes won the 1,000m in Birmingham. \
                    She is undecided about the European Championships in Madrid. \
                    \"I'll probably be entered,\" she said of the 4 races.";
        let she = speaker_of(text, Language::En, "4 races").expect("she said");
        assert_eq!(she.name, "Kelly Holmes");
        assert_eq!(she.role.as_deref(), Some("Double Olympic champion"));
        let text = "Puteri mengatakan ekonomi tumbuh 5,11%. \
                    Produksi tercermin dari Prompt Manufacturing Index (PMI) yang mencapai 52,80%. \
                    \"Lebih tinggi dibanding 3 negara lain,\" ujar dia.";
        let dia = speaker_of(text, Language::Id, "3 negara").expect("ujar dia");
        assert_eq!(dia.name, "Puteri");
        // A definite description names the person with that role.
        let text = "Finance Minister Palaniappan Chidambaram presented the budget. \
                    The finance minister says 4.5% is the target.";
        let speaker = speaker_of(text, Language::En, "4.5%").expect("the finance minister");
        assert_eq!(speaker.name, "Palaniappan Chidambaram");
    }

    #[test]
    fn en_a_field_before_a_lower_case_title_belongs_to_the_role() {
        let text =
            "Fuel costs rose. Yet aviation analyst Mike Powell says the £160m will fall short.";
        let speaker = speaker_of(text, Language::En, "£160m").expect("analyst says");
        assert_eq!(speaker.name, "Mike Powell");
        assert_eq!(speaker.role.as_deref(), Some("aviation analyst"));
        // A verb before the title is no field.
        let text = "Prices fell by 3%, said analyst Mike Powell.";
        let speaker = speaker_of(text, Language::En, "3%").expect("said analyst");
        assert_eq!(speaker.role.as_deref(), Some("analyst"));
    }

    #[test]
    fn en_a_description_after_a_full_name_is_the_role_anywhere_in_the_sentence() {
        // Not the subject: the agent of a passive names him with his role,
        // and the next sentence's speaker keeps it.
        let text = "His comment was echoed by Graham Cluley, senior technology consultant from \
                    anti-virus firm Sophos. Mr Cluley said: \"Virus writers will make 5 times more.\"";
        let speaker = speaker_of(text, Language::En, "5 times").expect("Mr Cluley said");
        assert_eq!(speaker.name, "Graham Cluley");
        assert_eq!(
            speaker.role.as_deref(),
            Some("senior technology consultant from anti-virus firm Sophos")
        );
    }

    #[test]
    fn en_offices_with_for_and_departments_joined_by_and() {
        let cases = [
            (
                "Trade and Industry Secretary Patricia Hewitt said exports rose 5%.",
                "Patricia Hewitt",
                "Trade and Industry Secretary",
            ),
            (
                "Culture, Media and Sport Secretary Tessa Jowell said 3 bids were made.",
                "Tessa Jowell",
                "Culture, Media and Sport Secretary",
            ),
            (
                "Secretary of State for Energy and Climate Change Ed Davey said 40 plants would close.",
                "Ed Davey",
                "Secretary of State for Energy and Climate Change",
            ),
            (
                "Minister for Trade Alan Johnson said jobs rose by 2%.",
                "Alan Johnson",
                "Minister for Trade",
            ),
            (
                "Institute for Fiscal Studies director Robert Chote said 3 taxes rose.",
                "Robert Chote",
                "Institute for Fiscal Studies director",
            ),
        ];
        for (text, name, role) in cases {
            let speaker = speaker_of(text, Language::En, "said").expect(text);
            assert_eq!(speaker.name, name, "{text}");
            assert_eq!(speaker.role.as_deref(), Some(role), "{text}");
        }
        // A person before "and" is no department: two speakers.
        let text = "Mr Blair and Industry Secretary Patricia Hewitt said 4 firms closed.";
        let both = speaker_of(text, Language::En, "4 firms").expect("both said");
        assert_eq!(both.name, "Blair and Patricia Hewitt");
    }

    #[test]
    fn en_an_organisation_described_with_the_is_the_source() {
        let cases = [
            (
                "New mortgage loans fell to 79,000 from 82,000, the bank said.",
                "79,000",
                "bank",
            ),
            (
                "Prices rose 0.5% in February, says the Nationwide building society.",
                "0.5%",
                "Nationwide building society",
            ),
            (
                "The US firm says it wants 5 studios.",
                "5 studios",
                "US firm",
            ),
            (
                "Councils got 6%, says the assembly government.",
                "6%",
                "assembly government",
            ),
            (
                "An annual economic survey released on Friday said India grew 7%.",
                "7%",
                "annual economic survey",
            ),
            (
                "Taxes must rise by £10bn, a report suggests.",
                "£10bn",
                "report",
            ),
        ];
        for (text, needle, source) in cases {
            let speaker = speaker_of(text, Language::En, needle).expect(text);
            assert_eq!(speaker.name, source, "{text}");
            assert_eq!(speaker.role, None, "{text}");
        }
        // A description is no person: a later "he" still means the one
        // named before it.
        let text = "Chancellor Gordon Brown spoke. Loans fell by 4%, the bank said. \
                    He added that 12 rules were met.";
        let he = speaker_of(text, Language::En, "12 rules").expect("he added");
        assert_eq!(he.name, "Gordon Brown");
        // Not every noun after "the" is a source.
        let text = "The state said 7 roads closed.";
        assert_eq!(name(speaker_of(text, Language::En, "7 roads")), None);
    }

    #[test]
    fn a_time_between_the_subject_and_the_verb_is_skipped() {
        let text = "Presiden AS Donald Trump hadir. \
                    Trump juga pada hari ini telah menyatakan tarif naik 10%. \
                    Trump pada Senin mengatakan 5 negara setuju. \
                    Trump kemarin mengatakan 7 negara menolak. \
                    Trump pekan lalu mengatakan 9 negara ragu.";
        for needle in ["10%", "5 negara", "7 negara", "9 negara"] {
            let speaker = speaker_of(text, Language::Id, needle).expect(needle);
            assert_eq!(speaker.name, "Donald Trump", "{needle}");
        }
        let text = "Prime Minister Tony Blair spoke. Blair on Tuesday said 40 schools would open. \
                    Blair last week said 30 schools had closed.";
        for needle in ["40 schools", "30 schools"] {
            let speaker = speaker_of(text, Language::En, needle).expect(needle);
            assert_eq!(speaker.name, "Tony Blair", "{needle}");
        }
        // A time alone is no subject.
        let text = "Pada Senin mengatakan 5 negara setuju.";
        assert_eq!(name(speaker_of(text, Language::Id, "5 negara")), None);
    }

    #[test]
    fn an_organisation_with_its_abbreviation_is_the_source() {
        let cases = [
            (
                "The National Institute of Economic and Social Research (NIESR) claims that \
                 taxes need to rise by about £10bn.",
                Language::En,
                "National Institute of Economic and Social Research (NIESR)",
            ),
            (
                "Video game giant Electronic Arts (EA) says it wants 5 studios.",
                Language::En,
                "Electronic Arts (EA)",
            ),
            (
                "The Conseil Superieur de l'Audiovisuel (CSA), the French broadcasting \
                 regulator, said 7 channels closed.",
                Language::En,
                "Conseil Superieur de l'Audiovisuel (CSA)",
            ),
            (
                "Badan Pusat Statistik (BPS) Nusa Tenggara Barat (NTB) mencatat angka \
                 kemiskinan naik 2 persen.",
                Language::Id,
                "Badan Pusat Statistik (BPS) Nusa Tenggara Barat (NTB)",
            ),
        ];
        for (text, lang, source) in cases {
            let speaker = speaker_of(text, lang, "").expect(text);
            assert_eq!(speaker.name, source, "{text}");
            assert_eq!(&text[speaker.start..speaker.end], source, "{text}");
        }
        // An appositive saying what it is is its role.
        let text = "The Conseil Superieur de l'Audiovisuel (CSA), the French broadcasting \
                    regulator, said 7 channels closed.";
        let csa = speaker_of(text, Language::En, "7 channels").expect("CSA said");
        assert_eq!(csa.role.as_deref(), Some("French broadcasting regulator"));
        // Several, listed, speak together.
        let text = "The Council of Mortgage Lenders (CML), British Bankers Association (BBA) \
                    and Building Societies Association (BSA) all said lending fell 3%.";
        let group = speaker_of(text, Language::En, "3%").expect("all said");
        assert_eq!(
            group.name,
            "Council of Mortgage Lenders (CML), British Bankers Association (BBA) \
             and Building Societies Association (BSA)"
        );
        // Initials that do not spell the abbreviation name nobody.
        let text = "Prices rose at Tesco Express (XYZ) says 5 shops.";
        assert_eq!(name(speaker_of(text, Language::En, "")), None);
    }

    #[test]
    fn id_subject_before_a_dengan_phrase() {
        for (text, source) in [
            (
                "Lembaga Indo Barometer dengan suara masuk 99,67 persen menyatakan pasangan 01 unggul.",
                "Lembaga Indo Barometer",
            ),
            (
                "Lembaga CSIS dan Cyrus Network dengan data masuk 98,15 persen menyatakan \
                 pasangan 01 unggul.",
                "Lembaga CSIS dan Cyrus Network",
            ),
            (
                "Kemudian Charta Politika dengan data masuk 98,6 persen menyatakan, pasangan 01 unggul.",
                "Charta Politika",
            ),
        ] {
            let speaker = speaker_of(text, Language::Id, "pasangan").expect(text);
            assert_eq!(speaker.name, source, "{text}");
        }
        // A comma ends the phrase: what precedes it is another clause.
        let text = "Tim Jokowi bekerja dengan cepat, lalu 3 orang menyatakan puas.";
        assert_ne!(
            name(speaker_of(text, Language::Id, "puas")).as_deref(),
            Some("Tim Jokowi")
        );
    }

    #[test]
    fn id_an_aside_names_who_is_talking_and_menurutnya_follows_them() {
        let text = "\"Termasuk DAK Fisik,\" imbuh Fathurrahman.\n\
                    Pemprov NTB, dia berujar, akan melobi Kemenkeu untuk 3 program. \
                    Menurutnya, NTB masih bergantung pada dana transfer sebesar 40 persen.";
        let aside = speaker_of(text, Language::Id, "3 program").expect("dia berujar");
        assert_eq!(aside.name, "Fathurrahman");
        assert_eq!(aside.via.as_deref(), Some("dia"));
        let menurutnya = speaker_of(text, Language::Id, "40 persen").expect("menurutnya");
        assert_eq!(menurutnya.name, "Fathurrahman");
        assert_eq!(menurutnya.cue, "menurutnya");
        // "sebut" (and "tambah", "jelas" …, which follow a quotation)
        // report in an aside too; "sebut saja" does not.
        let text = "Presiden Prabowo Subianto berpidato. \
                    Satu dari tiga anak di Indonesia, dia sebut, stunting. \
                    Sebut saja Ani, 5 tahun, stunting.";
        let sebut = speaker_of(text, Language::Id, "Satu dari tiga").expect("dia sebut");
        assert_eq!(sebut.name, "Prabowo Subianto");
        assert_eq!(name(speaker_of(text, Language::Id, "5 tahun")), None);
        // Without commas around it, "dia" after a subject is that subject.
        let text = "Menteri Keuangan Sri Mulyani hadir. \
                    Presiden Prabowo Subianto tiba dan dia mengatakan 5 proyek selesai.";
        let dia = speaker_of(text, Language::Id, "5 proyek").expect("dia mengatakan");
        assert_eq!(dia.name, "Prabowo Subianto");
    }

    #[test]
    fn a_document_after_according_to_is_the_source() {
        for (text, lang, needle, source) in [
            (
                "One in 10 adults owns an MP3 player, according to a survey.",
                Language::En,
                "MP3",
                "survey",
            ),
            (
                "It took $42.8m in 12 days, according to studio estimates.",
                Language::En,
                "$42.8m",
                "studio estimates",
            ),
            (
                "Menurut data Kementerian Keuangan, utang jatuh tempo Rp 800,33 triliun.",
                Language::Id,
                "800,33",
                "data Kementerian Keuangan",
            ),
            (
                "Berdasarkan data Bloomberg, Senin (7/7/2025), rupiah melemah 0,34%.",
                Language::Id,
                "0,34%",
                "data Bloomberg",
            ),
        ] {
            let speaker = speaker_of(text, lang, needle).expect(text);
            assert_eq!(speaker.name, source, "{text}");
            assert_eq!(speaker.kind, crate::SourceKind::Document, "{text}");
        }
        // A document is nobody "he" refers to.
        let text = "Tory leader Michael Howard spoke. Prices rose 5%, according to a survey. \
                    He said 3 schools closed.";
        let he = speaker_of(text, Language::En, "3 schools").expect("he said");
        assert_eq!(he.name, "Michael Howard");
    }

    #[test]
    fn id_a_numbered_heading_glued_to_the_text_is_no_part_of_a_name() {
        let text = "“Satu dari tiga anak stunting,” kata Prabowo. Berikut di antaranya.1. \
                    Anak StuntingPrabowo membeberkan 4 hal.\n\
                    2. Angka Bunuh Diri di IndonesiaPrabowo juga mengungkapkan 3 kasus.\n\
                    3. Impor dan Tingginya Harga Gula Prabowo juga menyoroti pertanian. \
                    “Harga gula 3 kali lebih mahal,” ungkap Prabowo.";
        let glued = speaker_of(text, Language::Id, "3 kasus").expect("mengungkapkan");
        assert_eq!(glued.name, "Prabowo");
        let later = speaker_of(text, Language::Id, "3 kali").expect("ungkap Prabowo");
        assert_eq!(later.name, "Prabowo");
        // Outside a numbered item a capital inside a word stays: one name.
        let text = "Economists at PricewaterhouseCoopers said prices would fall 10%.";
        let speaker = speaker_of(text, Language::En, "10%");
        assert!(speaker.is_none_or(|s| s.name != "Coopers"));
    }

    #[test]
    fn participles_asked_and_document_cues() {
        let text =
            "Gordon Brown has issued a rallying cry, warning the stakes are 10 times higher.";
        let warning = speaker_of(text, Language::En, "10 times").expect("warning");
        assert_eq!(warning.name, "Gordon Brown");
        // "adding" reports only what follows as said.
        let text = "Digital TV will launch as a free platform, adding 5 channels later.";
        assert_eq!(name(speaker_of(text, Language::En, "5 channels")), None);
        // A finite verb beats a participle, and a word inside the
        // quotation is never the speaker.
        let text = "\"Despite weak growth, the economy will grow 3%,\" NIESR said, adding that \
                    \"exports will improve\".";
        let said = speaker_of(text, Language::En, "3%").expect("NIESR said");
        assert_eq!(said.name, "NIESR");
        assert_eq!(said.cue, "said");
        let text = "Liberal Democrat leader Charles Kennedy attacked the plan. \
                    \"How can the poorest 20% pay more?\" he asked.";
        let asked = speaker_of(text, Language::En, "20%").expect("he asked");
        assert_eq!(asked.name, "Charles Kennedy");
        let text = "\"Ibu kota politik di tahun 2028,\" bunyi beleid tersebut.";
        let beleid = speaker_of(text, Language::Id, "2028").expect("bunyi beleid");
        assert_eq!(beleid.name, "beleid tersebut");
        let text = "\"Hujan deras sejak pukul 16.00 merendam 3 kampung,\" demikian laporan \
                    tertulis P2BK Purabaya Yanto Prayitno.";
        let report = speaker_of(text, Language::Id, "3 kampung").expect("laporan tertulis");
        assert_eq!(report.name, "P2BK Purabaya Yanto Prayitno");
    }

    #[test]
    fn en_it_is_the_last_organisation_that_spoke() {
        let text = "BA warned that yields would decline. Chairman Martin Broughton was upbeat. \
                    However, it said sales would rise by 3%.";
        let it = speaker_of(text, Language::En, "3%").expect("it said");
        assert_eq!(it.name, "BA");
        assert_eq!(it.via.as_deref(), Some("it"));
        // A person is no "it".
        let text = "Chancellor Gordon Brown spoke. It said sales would rise by 3%.";
        assert_eq!(name(speaker_of(text, Language::En, "3%")), None);
    }

    #[test]
    fn en_the_chancellor_is_the_person_with_that_office() {
        // An office word that is no source on its own ("chancellor" is not
        // "officials") names one person after "the"; a longer office
        // begins with it.
        let text = "Chancellor of the Exchequer Gordon Brown spoke on Monday. \
                    The chancellor said the deficit would fall by 2% next year.";
        let speaker = speaker_of(text, Language::En, "2%").expect("the chancellor said");
        assert_eq!(speaker.name, "Gordon Brown");
        assert_eq!(speaker.role.as_deref(), Some("Chancellor of the Exchequer"));
        // Nobody known by it: the whole description is the source, and a
        // later "he" still means the person the story is about.
        let text = "Gordon Brown has doubled the threshold. \
                    Savings of £2bn have been achieved, the shadow chancellor said. \
                    Some 12,500 posts have gone, he added.";
        let described = speaker_of(text, Language::En, "£2bn").expect("the shadow chancellor");
        assert_eq!(described.name, "shadow chancellor");
        assert_eq!(described.role, None);
        let he = speaker_of(text, Language::En, "12,500").expect("he added");
        assert_eq!(he.name, "Gordon Brown");
        // Only a head that names a person: "the state said" is no source.
        let text = "Officials in the state said 40 people were hurt.";
        let speaker = speaker_of(text, Language::En, "40 people");
        assert!(speaker.is_none_or(|s| s.name != "state"));
    }

    #[test]
    fn en_pronoun_and_according_to() {
        let text = "Tory leader Michael Howard spoke in London. He said taxes rose by 2% last year. Unemployment fell to 5%, according to Howard.";
        let he = speaker_of(text, Language::En, "2%").expect("he said");
        assert_eq!(he.name, "Michael Howard");
        assert_eq!(he.via.as_deref(), Some("he"));
        let according = speaker_of(text, Language::En, "5%").expect("according to");
        assert_eq!(according.name, "Michael Howard");
        assert_eq!(according.cue, "according to");
    }

    #[test]
    fn en_plural_pronoun_needs_a_group() {
        let text = "Police officials met on Monday. They said 40 people were arrested.";
        let claims = extract(text, Some(Language::En)).claims;
        let arrested = claims.iter().find(|c| c.text.contains("40 people"));
        assert!(arrested.is_some_and(|c| c.kinds.contains(&ClaimKind::Numeric)));
    }
}
