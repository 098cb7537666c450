//! The discourse state carried from sentence to sentence: the people met
//! so far under every name they go by, their sex where the article tells
//! it, the last speaker, and whom a pronoun or clitic can mean.

use super::*;

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

impl Person {
    /// A single source first met at `start..end`, with no role yet.
    pub(super) fn new(name: String, start: usize, end: usize) -> Person {
        Person {
            name,
            role: None,
            start,
            end,
            plural: false,
        }
    }

    /// Someone known before, at a new mention `start..end` ("kata
    /// Menkeu" is Sri Mulyani Indrawati, named there).
    pub(super) fn at(&self, start: usize, end: usize) -> Person {
        Person {
            name: self.name.clone(),
            role: self.role.clone(),
            start,
            end,
            plural: false,
        }
    }
}

/// Discourse state carried from sentence to sentence.
#[derive(Debug, Default)]
pub(crate) struct Tracker {
    pub(super) people: Vec<Person>,
    by_name: HashMap<String, usize>,
    by_surname: HashMap<String, usize>,
    /// The latest titled person of two or more words by every shorter head
    /// of their name, as Indonesian news shortens "Hasyim Asy'ari" to
    /// "Hasyim" and "Bhakti Eri Nurmansyah" to "Bhakti Eri".
    by_first_name: HashMap<String, usize>,
    pub(super) last_speaker: Option<(Person, usize)>,
    pub(super) plural_antecedent: Option<Person>,
    /// The latest organisation that spoke: who "it said" refers to.
    pub(super) organisation: Option<Person>,
    /// Every organisation that spoke under a name of two words or more,
    /// oldest first: "Nationwide" after "the Nationwide building society".
    pub(super) organisations: Vec<Person>,
    /// The latest antecedents, newest last: the last is who "dia", "-nya"
    /// or "he" refers to; the others are for a "she" whose latest
    /// antecedent is known to be a man (and the other way round).
    pub(super) recent: Vec<Person>,
    /// What the article says of each person's sex ("Ms Essex", "Mr
    /// Brown", "spokeswoman"), by index into `people`.
    genders: HashMap<usize, Gender>,
    /// The same for a surname met with its title before anyone of that
    /// name is known ("Mr Rowley said …" opening the article), by the
    /// name in lower case.
    genders_by_name: HashMap<String, Gender>,
}

/// A person's grammatical gender, for English "he" and "she" only:
/// Indonesian "dia", "ia" and "-nya" have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Female,
    Male,
}

/// How many antecedents "he" or "she" may look back over.
const RECENT_ANTECEDENTS: usize = 4;

/// Titles that tell a person's sex in English news ("Ms Essex",
/// "spokeswoman"). Indonesian "dia", "ia" and "-nya" have no gender,
/// so its titles need no such list.
pub(super) static FEMALE_TITLES: &[&str] = &[
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
pub(super) static MALE_TITLES: &[&str] = &[
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
/// "she" is resolved: the ones news named first, then about a hundred of
/// each that the US Social Security Administration's lists of popular
/// names rank highest for one sex, leaving out names given to both
/// ("jordan", "taylor", "terry", "jean"). An unlisted name stays unknown
/// and fits either.
#[rustfmt::skip]
static FEMALE_NAMES: &[&str] = &[
    "sue", "jane", "mary", "sarah", "margaret", "elizabeth", "anne", "ann", "helen", "patricia",
    "linda", "susan", "karen", "nancy", "lisa", "emma", "kate", "catherine", "katherine",
    "hillary", "theresa", "angela", "nicola", "harriet", "yvette", "julie", "laura", "rachel",
    "rebecca", "claire", "louise", "christine", "diane", "ruth", "alice", "amy", "emily",
    "jennifer", "jessica", "michelle", "barbara", "carol", "sharon", "deborah", "janet", "joan",
    "judith", "julia", "maria", "marie", "tessa", "estelle", "glenys", "kelly", "caroline",
    "sally", "kamala", "betty", "sandra", "ashley", "kimberly", "donna", "amanda", "dorothy",
    "melissa", "stephanie", "cynthia", "kathleen", "shirley", "anna", "brenda", "pamela", "nicole",
    "samantha", "debra", "carolyn", "heather", "olivia", "joyce", "virginia", "victoria", "lauren",
    "christina", "evelyn", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria",
    "teresa", "sara", "madison", "frances", "kathryn", "janice", "abigail", "judy", "sophia",
    "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "diana",
    "natalie", "brittany", "charlotte", "kayla", "alexis", "lori",
];
#[rustfmt::skip]
static MALE_NAMES: &[&str] = &[
    "john", "james", "michael", "david", "gordon", "tony", "robert", "william", "richard",
    "thomas", "charles", "peter", "paul", "mark", "george", "andrew", "stephen", "steven", "kevin",
    "brian", "alan", "ian", "simon", "mike", "bob", "jack", "tom", "nick", "max", "vince",
    "vincent", "oliver", "rod", "glyn", "dai", "barack", "donald", "joe", "mitt", "bill",
    "gerhard", "trevor", "rhodri", "henry", "edward", "frank", "gary", "jeff", "larry", "ken",
    "neil", "jim", "joseph", "dan", "daniel", "matthew", "martin", "patrick", "philip", "roger",
    "ronald", "howard", "eric", "christopher", "anthony", "joshua", "kenneth", "timothy", "jason",
    "jeffrey", "ryan", "jacob", "nicholas", "jonathan", "justin", "scott", "brandon", "benjamin",
    "samuel", "gregory", "alexander", "raymond", "dennis", "jerry", "tyler", "aaron", "jose",
    "adam", "nathan", "douglas", "zachary", "kyle", "walter", "ethan", "jeremy", "harold", "keith",
    "christian", "noah", "gerald", "carl", "sean", "austin", "arthur", "lawrence", "jesse",
    "dylan", "bryan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "juan", "wayne",
    "roy", "ralph", "randy", "eugene", "russell", "elijah", "louis", "bobby", "johnny",
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
    "amalia", "ade", "ayu", "indah", "fitri", "ratna", "hendra", "rudi", "irfan", "bayu",
    "wahyu", "slamet", "dimas", "reza", "yohanes", "maria", "ignatius", "antonius", "fransiskus",
];

/// Whether `word` usually begins a three-word name: a common Indonesian
/// given name, or an English one from the lists above.
pub(super) fn begins_three_word_name(word: &str) -> bool {
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
pub(super) fn gender_of_flags(flags: u32) -> Option<Gender> {
    if flags & FEMALE_TITLE != 0 {
        Some(Gender::Female)
    } else if flags & MALE_TITLE != 0 {
        Some(Gender::Male)
    } else {
        None
    }
}

impl Tracker {
    /// Makes `alias` ("Gus Ipul", "Jokowi") find the person known as
    /// `name`.
    pub(super) fn add_alias(&mut self, name: &str, alias: &str) {
        let Some(index) = self.lookup_index(name) else {
            return;
        };
        if alias.contains(char::is_whitespace) {
            self.by_name.insert(alias.to_lowercase(), index);
        } else {
            self.by_surname.insert(surname_key(alias), index);
        }
    }

    /// Records `person` and returns their index. A single word naming
    /// someone already known ("Kerry", "Jaksa Tegar") is that person, who
    /// takes the role if they had none.
    pub(super) fn register(&mut self, person: Person) -> usize {
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
    pub(super) fn lookup_first_name(&self, name: &str) -> Option<&Person> {
        self.people.iter().rev().find(|p| {
            let mut words = p.name.split_whitespace();
            words
                .next()
                .is_some_and(|first| first.eq_ignore_ascii_case(name))
                && words.next().is_some()
        })
    }

    /// Makes `person` who "dia", "-nya", "he" or "she" refers to next.
    pub(super) fn set_antecedent(&mut self, person: Person) {
        if let Some(at) = self.recent.iter().position(|p| p.name == person.name) {
            self.recent.remove(at);
        } else if self.recent.len() == RECENT_ANTECEDENTS {
            self.recent.remove(0);
        }
        self.recent.push(person);
    }

    /// Who "dia", "ia", "-nya" or an English pronoun refers to.
    pub(super) fn antecedent(&self) -> Option<&Person> {
        self.recent.last()
    }

    /// Records a speaker found with a role ("President LPPI, Trioksa
    /// Siahaan, menjelaskan"), so a later first name or surname finds them
    /// with it; a known person without a role takes this one.
    pub(super) fn learn_role(&mut self, person: &Person) {
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
    pub(super) fn note_gender(&mut self, index: usize, gender: Option<Gender>) {
        if let Some(gender) = gender {
            self.genders.insert(index, gender);
        }
    }

    /// Records the sex a title tells of a surname nobody of that name is
    /// known by yet ("Mr Rowley", "Ms Cooper").
    pub(super) fn note_gender_of_name(&mut self, name: &str, gender: Gender) {
        self.genders_by_name.insert(name.to_lowercase(), gender);
    }

    /// The gender known for `person`: from the article, else from their
    /// first name.
    pub(super) fn gender(&self, person: &Person) -> Option<Gender> {
        self.lookup_index(&person.name)
            .and_then(|index| self.genders.get(&index).copied())
            .or_else(|| {
                (!self.genders_by_name.is_empty())
                    .then(|| {
                        self.genders_by_name
                            .get(&person.name.to_lowercase())
                            .copied()
                    })
                    .flatten()
            })
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
    pub(super) fn antecedent_of(&self, gender: Gender) -> Option<&Person> {
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
    pub(super) fn holding(&self, office: &str) -> Option<&Person> {
        self.people.iter().rev().find(|person| {
            person
                .role
                .as_deref()
                .is_some_and(|role| role.eq_ignore_ascii_case(office))
        })
    }

    /// The latest person whose role is `title` or begins with it: "Jaksa"
    /// is the one whose role is "Jaksa Penuntut Umum (JPU)".
    pub(super) fn with_title(&self, title: &str) -> Option<&Person> {
        self.people.iter().rev().find(|person| {
            person.role.as_deref().is_some_and(|role| {
                role.get(..title.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(title))
                    && (role.len() == title.len() || role[title.len()..].starts_with(' '))
            })
        })
    }

    /// The person whose whole role an abbreviation spells, as Indonesian
    /// court and police news names the office again: "tegas JPU" after
    /// "Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma". The bracket must
    /// end the role and the initials of its capitalized words must be the
    /// abbreviation, so "AS" after "Presiden Amerika Serikat (AS)" is no
    /// one (it spells the country, not the office).
    pub(super) fn abbreviated_role(&self, acronym: &str) -> Option<&Person> {
        self.people.iter().rev().find(|person| {
            let Some(words) = person.role.as_deref().and_then(|role| {
                role.strip_suffix(')')?
                    .strip_suffix(acronym)?
                    .strip_suffix('(')
            }) else {
                return false;
            };
            let mut initials = words
                .split_whitespace()
                .filter_map(|word| word.chars().next())
                .filter(|c| c.is_uppercase());
            acronym
                .chars()
                .all(|letter| initials.next() == Some(letter))
                && initials.next().is_none()
        })
    }

    /// The person `name` refers to: a full name, a surname, or the first
    /// name of someone introduced with a title ("Jaksa Tegar" after
    /// "Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma", as Indonesian news
    /// shortens names).
    pub(super) fn lookup(&self, name: &str) -> Option<&Person> {
        self.lookup_index(name)
            .and_then(|index| self.people.get(index))
    }

    /// [`Tracker::lookup`], or else a recent antecedent called `word`
    /// (a one-word name such as "Prabowo" is never registered).
    pub(super) fn lookup_or_recent(&self, word: &str) -> Option<&Person> {
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

    /// "P2BK Purabaya Yanto Prayitno" after "Petugas Penanggulangan
    /// Bencana Kecamatan (P2BK) Cisolok, Andri Firmansah": an abbreviation
    /// the article gave an office, in brackets after it, is that office,
    /// so a name of three words or more that opens with it is the office
    /// (with its place) and a two-word name. Returns the role and the name.
    pub(super) fn split_office_abbreviation(&self, name: &str) -> Option<(String, String)> {
        let first = name.split_whitespace().next()?;
        let abbreviation = first.len() >= 2
            && first.bytes().any(|b| b.is_ascii_uppercase())
            && first
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !abbreviation || name.split_whitespace().nth(2).is_none() {
            return None;
        }
        // The office is spelt from the role's first word ("Petugas …
        // (P2BK)"), not an organisation named inside it ("Ketua Harian
        // Partai Solidaritas Indonesia (PSI)").
        let bracketed = format!("({first})");
        let known_office = self.people.iter().any(|person| {
            person.role.as_deref().is_some_and(|role| {
                role.contains(&bracketed) && role.bytes().next() == first.bytes().next()
            })
        });
        if !known_office {
            return None;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let name_start = words.len() - 2;
        Some((
            words.get(..name_start)?.join(" "),
            words.get(name_start..)?.join(" "),
        ))
    }

    /// The organisation that spoke before under a longer name starting
    /// with the one word `word` ("Nationwide building society" for
    /// "Nationwide") or ending with it as an abbreviation in brackets
    /// ("Electronic Arts (EA)" for "EA", "Conseil Superieur de
    /// l'Audiovisuel (CSA)" for "CSA"), when no person is known by that
    /// word.
    pub(super) fn organisation_by_first_word(&self, word: &str) -> Option<&Person> {
        if self.lookup(word).is_some() {
            return None;
        }
        self.organisations.iter().rev().find(|org| {
            org.name
                .split_once(' ')
                .is_some_and(|(first, _)| first.eq_ignore_ascii_case(word))
                || bracketed_abbreviation(&org.name) == Some(word)
        })
    }

    /// The index of [`Tracker::lookup`]'s answer.
    pub(super) fn lookup_index(&self, name: &str) -> Option<usize> {
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

/// The abbreviation a name ends with in brackets, spelt in capitals (and
/// digits): "EA" of "Electronic Arts (EA)"; none for "Jakarta (Antara)".
fn bracketed_abbreviation(name: &str) -> Option<&str> {
    let inner = name.strip_suffix(')')?;
    let (before, abbreviation) = inner.rsplit_once(" (")?;
    let spelt = (2..=8).contains(&abbreviation.len())
        && abbreviation.starts_with(|c: char| c.is_ascii_uppercase())
        && abbreviation
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    (spelt && !before.is_empty()).then_some(abbreviation)
}
