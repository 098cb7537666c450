//! The word lists the rules read (titles, roles, places, function words,
//! organisation and document words), each with why it is there, and the
//! per-token flags looked up once from them.

use super::*;

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
    // Offices shortened to one word, as Indonesian news writes them before
    // a name: "Dirjen Pajak Suryo Utomo", "Kadiv Humas Polri …".
    "dirjen",
    "sekjen",
    "kadiv",
    "kadis",
    "kabag",
    "kasubdit",
    "kasubbid",
    "kanit",
    "wadir",
    "kapuspen",
    "kapuspenkum",
    "kasatreskrim",
    "kasatlantas",
    "kasatnarkoba",
    "kabareskrim",
    "wakapolri",
    "kakorlantas",
    "dirlantas",
    "dirreskrimum",
    "dirreskrimsus",
    "dirresnarkoba",
    "jampidsus",
    "jampidum",
    "kakanwil",
    "kalapas",
    "danramil",
    "danyon",
    "pangkostrad",
    "kasad",
    "kasal",
    "kasau",
    "ketum",
    "waketum",
    "bendahara",
    "komisioner",
    "panglima",
    "anggota",
    "hakim",
    "pengamat",
    "ekonom",
    "analis",
    // sport, science and the law: "Pelatih Timnas Indonesia Patrick
    // Kluivert", "Epidemiolog Universitas Indonesia Pandu Riono"
    "pelatih",
    "kapten",
    "manajer",
    "asisten",
    "epidemiolog",
    "sosiolog",
    "psikolog",
    "kriminolog",
    "peneliti",
    "pengacara",
    "kuasa",
    "hukum",
    "dirut",
    "menko",
    "wapres",
    "wagub",
    "wamen",
    "duta",
    "besar",
    "dubes",
    "senator",
    // local elected offices: "Councillor Jane Smith"
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "assemblyman",
    "assemblywoman",
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
    "jakarta",
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
pub(super) static ROLE_NOUNS: &[&str] = &[
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
    // People quoted for what they saw or sell: "kata pedagang di Pasar
    // Minggu", "witnesses said".
    "pedagang",
    "petani",
    "nelayan",
    "dokter",
    "peneliti",
    "saksi",
    "pengacara",
    "residents",
    "witnesses",
    "doctors",
    "lawyers",
    // and one of them, or the family: "a witness said", "a teacher told
    // the BBC", "the family said"
    "resident",
    "witness",
    "doctor",
    "lawyer",
    "teacher",
    "teachers",
    "nurse",
    "nurses",
    "economist",
    "scientist",
    "scientists",
    "officer",
    "officers",
    "survivor",
    "survivors",
    "family",
    "relatives",
    "neighbours",
    "neighbors",
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

pub(super) const ROLE_WORD: u32 = 1 << 0;
pub(super) const HONORIFIC: u32 = 1 << 1;
pub(super) const PLACE_WORD: u32 = 1 << 2;
pub(super) const ROLE_NOUN: u32 = 1 << 3;
pub(super) const NOT_NAME: u32 = 1 << 4;
pub(super) const ADVERB: u32 = 1 << 5;
pub(super) const PRONOUN_SINGULAR: u32 = 1 << 6;
pub(super) const PRONOUN_PLURAL: u32 = 1 << 7;
pub(super) const FIRST_PERSON_WORD: u32 = 1 << 8;
pub(super) const SUBJECT_SKIP_WORD: u32 = 1 << 9;
pub(super) const BY_WORD: u32 = 1 << 10;
pub(super) const CONJUNCTION: u32 = 1 << 11;
pub(super) const INVERSION_FOLLOWER: u32 = 1 << 12;
pub(super) const ROLE_MODIFIER: u32 = 1 << 13;
pub(super) const FEMALE_TITLE: u32 = 1 << 14;
pub(super) const MALE_TITLE: u32 = 1 << 15;
pub(super) const RANK: u32 = 1 << 16;
pub(super) const MARKED_RANK: u32 = 1 << 17;
pub(super) const SERVICE_MARK: u32 = 1 << 18;

/// Every word list with the bit that marks its members.
pub(super) static ALL_LISTS: &[(&[&str], u32)] = &[
    (ROLE_WORDS, ROLE_WORD),
    (SHORTENED_MINISTRIES, ROLE_WORD),
    (RANKS, ROLE_WORD),
    (RANKS, RANK),
    (MARKED_RANKS, MARKED_RANK),
    (SERVICE_MARKS, SERVICE_MARK),
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
pub(super) static INVERSION_FOLLOWERS: &[&str] = &[
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
pub(super) const APPOSITIVE_WORDS: usize = 12;

/// "kata oleh X", "dikutip dari X", "said by X".
static BY_WORDS: &[&str] = &["oleh", "by", "dari"];

/// Every word list above, merged into one map from the lower-case word to
/// the bits of the lists it is in, with a filter that rejects most other
/// words before hashing.
struct WordLists {
    pub(super) map: WordMap<u32>,
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
pub(super) fn word_flags(word: &[u8]) -> u32 {
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

pub(super) fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// "al-Abadi", "el-Sisi": a lower-case particle glued to a name.
pub(super) fn is_particle_name(word: &str) -> bool {
    if !matches!(word.as_bytes().get(2), Some(b'-')) {
        return false;
    }
    let lower = word.get(..3).unwrap_or("");
    (lower.eq_ignore_ascii_case("al-") || lower.eq_ignore_ascii_case("el-"))
        && word[3..].chars().next().is_some_and(char::is_uppercase)
}

/// The key a surname is looked up by: lower case, without "al-"/"el-".
pub(super) fn surname_key(word: &str) -> String {
    strip_particle(word).to_lowercase()
}

/// `word` without a leading "al-"/"el-" particle.
pub(super) fn strip_particle(word: &str) -> &str {
    if is_particle_name(word) {
        &word[3..]
    } else {
        word
    }
}

/// Calls `f` with `word.to_lowercase()`, built on the stack when the word
/// is short ASCII (most names), so a lookup allocates nothing.
#[inline]
pub(super) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
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

/// Government departments as English offices name them: "Trade and
/// Industry Secretary", "Secretary of State for Work and Pensions".
pub(super) const DEPARTMENTS: &[&str] = &[
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

/// Titles of a region's office, which the region's name follows:
/// "Bupati Karanganyar Juliyatmono", "Kapolsek Genuk". ("Wali Kota" is
/// matched by its second word.)
pub(super) const REGIONAL_TITLES: &[&str] = &[
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

/// Titles that are whole without an office or a place after them: the
/// president, the national police chief (and the shortened offices of
/// [`SHORTENED_MINISTRIES`], which already name their ministry). The words
/// after one are a name, up to three of them ("Presiden Susilo Bambang
/// Yudhoyono"), where after "Menteri" they would be the ministry first.
/// Ranks do the same wherever they stand: see [`RANKS`].
pub(super) const COMPLETE_TITLES: &[&str] = &["presiden", "wapres", "kapolri"];

/// Police and military ranks written before a name. A rank ends the role
/// wherever it stands in a run, and the words after it are the name:
/// "Kapolda Metro Jaya Irjen Karyoto", "Kapolri Jenderal Listyo Sigit
/// Prabowo" (see `runs::name_after_rank`).
#[rustfmt::skip]
static RANKS: &[&str] = &[
    // Police, from general to constable.
    "jenderal", "komjen", "irjen", "brigjen", "kombes", "akbp", "kompol", "akp", "iptu", "ipda",
    "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda", "bharada", "bharaka", "bharatu",
    // Army, navy and air force.
    "letjen", "mayjen", "letkol", "lettu", "letda", "serma", "serka", "sertu", "serda", "laksdya",
    "laksda", "laksma", "marsdya", "marsda", "marsma",
];

/// Ranks that are also given names or other words ("Laksamana Sukardi",
/// "Mayor" the English office): ranks only with a service's mark after
/// them ("Laksamana TNI Yudo Margono", "Kolonel Inf Ariyanto").
static MARKED_RANKS: &[&str] = &[
    "laksamana",
    "marsekal",
    "kolonel",
    "mayor",
    "kapten",
    "brigadir",
];

/// A service's or corps' mark written after a rank: "Kombes Pol",
/// "Brigjen TNI", "Kolonel Inf", "Jenderal TNI Purn".
static SERVICE_MARKS: &[&str] = &[
    "pol", "polisi", "tni", "inf", "kav", "art", "arh", "czi", "cpl", "mar", "pnb", "purn",
];

/// Offices that "Jenderal" completes, where it is no rank: "Sekretaris
/// Jenderal PDIP", "Direktur Jenderal Pajak".
pub(super) static GENERAL_OFFICES: &[&str] = &["sekretaris", "direktur", "inspektur", "gubernur"];

/// A minister's office shortened to one word that names the ministry
/// ("Menkeu" is Menteri Keuangan; see [`OFFICE_REFERENCES`]): a title
/// word, and a complete one (see [`COMPLETE_TITLES`]). Not "Mendes", a
/// surname, nor "Menko", which a field follows ("Menko Perekonomian").
pub(super) static SHORTENED_MINISTRIES: &[&str] = &[
    "menkeu",
    "menlu",
    "mendagri",
    "mensos",
    "menhan",
    "menkes",
    "mentan",
    "menag",
    "menaker",
    "menhub",
    "mendag",
    "menperin",
    "menpora",
    "mendikbud",
    "mendikbudristek",
    "mendikdasmen",
    "menkominfo",
    "menkomdigi",
    "menparekraf",
    "menpar",
    "menpan-rb",
    "menpanrb",
    // their deputies: "Wamendagri Bima Arya Sugiarto"
    "wamenkeu",
    "wamenlu",
    "wamendagri",
    "wamensos",
    "wamenhan",
    "wamenkes",
    "wamentan",
    "wamenag",
    "wamenaker",
    "wamenhub",
    "wamendag",
    "wamenperin",
    "wamenpora",
    "wamendikbud",
    "wamendikdasmen",
    "wamenkominfo",
    "wamenkomdigi",
    "wamenparekraf",
    "wamenpar",
];

/// Fields written after an Indonesian title: "pengamat politik",
/// "analis pasar", "pakar hukum".
pub(super) const FIELD_WORDS: &[&str] = &[
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
pub(super) const INSTITUTION_HEADS: &[&str] = &[
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
pub(super) const COMPANY_MARKS: &[&str] = &["PT", "CV", "UD", "PD", "Tbk"];

/// Heads of institutions' names that go on with "of": "Bank of England".
pub(super) const ORG_HEADS: &[&str] = &[
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
pub(super) const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "den", "der", "du", "del", "bin", "binti", "ibn",
];

/// Title words inside hyphenated ones: "vice-president",
/// "co-founder", "editor-in-chief".
pub(super) const ROLE_WORD_PARTS: &[&str] = &[
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

/// Words that begin a role when a title follows them, and are no title on
/// their own: "Mantan Menteri Kesehatan Siti Fadilah Supari", "Pj Gubernur
/// DKI Jakarta Heru Budi Hartono".
pub(super) const TITLE_PREFIXES: &[&str] = &["mantan", "eks", "bekas", "pj", "pjs", "plh"];

/// Lower-case title words that are not in the role lists.
pub(super) const LOWER_TITLES: &[&str] = &[
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
pub(super) const OFFICE_HEADS: &[&str] = &[
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

/// Indonesian news refers back to an office holder by a shortened office
/// or an epithet once the full title has been given: "Menkeu" after
/// "Menteri Keuangan Sri Mulyani Indrawati", "Kepala Negara" for the
/// president. Each is the lower-case reference and the title it stands
/// for (see [`Sentence::office_reference_before`]).
pub(super) const OFFICE_REFERENCES: &[(&str, &str)] = &[
    ("menkeu", "menteri keuangan"),
    ("menlu", "menteri luar negeri"),
    ("mendagri", "menteri dalam negeri"),
    ("menhan", "menteri pertahanan"),
    ("menkes", "menteri kesehatan"),
    ("mentan", "menteri pertanian"),
    ("menag", "menteri agama"),
    ("menaker", "menteri ketenagakerjaan"),
    ("mensos", "menteri sosial"),
    ("menhub", "menteri perhubungan"),
    ("mendag", "menteri perdagangan"),
    ("menperin", "menteri perindustrian"),
    ("menpora", "menteri pemuda dan olahraga"),
    ("mendikbud", "menteri pendidikan"),
    ("mendikbudristek", "menteri pendidikan"),
    ("mendikdasmen", "menteri pendidikan dasar"),
    ("menkominfo", "menteri komunikasi"),
    ("menkomdigi", "menteri komunikasi"),
    ("menparekraf", "menteri pariwisata"),
    ("menpar", "menteri pariwisata"),
    ("menko", "menteri koordinator"),
    ("menpan-rb", "menteri pendayagunaan aparatur negara"),
    ("menpanrb", "menteri pendayagunaan aparatur negara"),
    ("wamenkeu", "wakil menteri keuangan"),
    ("wamenlu", "wakil menteri luar negeri"),
    ("wamendagri", "wakil menteri dalam negeri"),
    ("wamenhan", "wakil menteri pertahanan"),
    ("wamenkes", "wakil menteri kesehatan"),
    ("wapres", "wakil presiden"),
    ("wagub", "wakil gubernur"),
    ("kepala negara", "presiden"),
];

/// Indonesian demonstratives after a noun that point back to something
/// named before: "Bupati Karanganyar ini", "Gubernur itu", "survei
/// tersebut".
pub(super) const DEMONSTRATIVES: &[&str] = &["ini", "itu", "tersebut"];

/// Lower-case words inside an organisation's name that its abbreviation
/// skips: "Institute of Economic and Social Research (NIESR)".
pub(super) const ORG_CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "de", "du", "des", "la", "le", "l", "van", "von", "dan", "untuk",
    "&",
];

/// Lower-case nouns of documents that are a source after "according
/// to" or "menurut": "according to a survey", "menurut data BPS".
pub(super) const DOCUMENTS: &[&str] = &[
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
    "tabel",
    "lampiran",
    "paparan",
    "table",
];

/// Lower-case words after a source that place or join it: "Polisi
/// setempat", "Tim SAR gabungan", "Pemerintah daerah setempat", "pihak
/// terkait".
pub(super) const SOURCE_MODIFIERS: &[&str] = &["setempat", "gabungan", "terkait", "daerah"];

/// Participles that follow a document and its publisher: "a survey
/// released on Friday", "The report, published by the Institute for
/// Fiscal Studies, found".
pub(super) const PUBLISHED: &[&str] = &[
    "released",
    "published",
    "issued",
    "conducted",
    "commissioned",
];

/// Indonesian nouns of time before "ini"/"lalu": "hari ini", "pekan lalu".
pub(super) const TIME_NOUNS_ID: &[&str] = &[
    "hari", "pagi", "siang", "sore", "malam", "pekan", "minggu", "bulan", "tahun",
];

/// Lower-case heads of organisations and documents that, after "the",
/// are a source: "the bank said", "says the assembly government",
/// "the report said".
pub(super) const ORG_SOURCES: &[&str] = &[
    "administration",
    "agency",
    "airline",
    "association",
    "bank",
    "broadcaster",
    "campaign",
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

/// What a person or an organisation has that speaks for them, after a
/// possessive: "Gov. Gavin Newsom's office", "Trump's lawyer" (source
/// nouns such as "spokesman" count too).
pub(super) const POSSESSED_HEADS: &[&str] = &[
    "office",
    "campaign",
    "administration",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "aide",
    "aides",
    "team",
    "camp",
];

/// Lower-case nouns that describe an organisation before its name, as a
/// title describes a person: "accountancy firm Ernst & Young", "UK-based
/// bank Standard Chartered", "Web portal Lycos Europe". The description is
/// the source's role, and tells that the source is an organisation.
pub(super) const ORG_DESCRIPTORS: &[&str] = &[
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
pub(super) const LOWER_MODIFIERS: &[&str] = &[
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
    // A company's officers: "chief financial officer", "chief operating
    // officer", "general counsel".
    "financial",
    "operating",
    "technology",
    "information",
    "marketing",
    "communications",
    "medical",
    "general",
];

/// The US states (and D.C.) as a party-and-state tag writes them ("D-N.Y.",
/// "R-Texas", "D-NY"): postal codes, AP abbreviations and names.
#[rustfmt::skip]
pub(super) static US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "PR",
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
];
