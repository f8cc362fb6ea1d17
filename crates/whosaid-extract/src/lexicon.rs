//! The gazetteer and word lists, read from the data files under `data/` (embedded at
//! build time). See each file's header for its columns and sources.

use fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;
use whosaid_model::{ActorKind, RoleCategory};

/// A known actor: a country, government body, international organization or medium.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Canonical name of the country it belongs to.
    pub part_of: Option<String>,
    /// Whether it is a government or government body.
    pub government: bool,
    /// Whether it is a political party: its name or an alias has the word "Party"
    /// ("Liberal Democrat Party" for the Liberal Democrats).
    pub party: bool,
}

/// How a gazetteer form refers to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The name or an alias ("Iran", "U.S.").
    Name,
    /// A demonym or adjective ("Iranian").
    Demonym,
    /// A capital used for its government ("Tehran").
    Capital,
}

/// A title from `titles.tsv`.
#[derive(Debug, Clone)]
pub struct Title {
    /// Canonical form.
    pub name: String,
    /// Sphere.
    pub category: RoleCategory,
}

/// All lexical knowledge, built once.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Known actors.
    pub entries: Vec<Entry>,
    /// Surface form (as written) -> entry index and form.
    pub forms: HashMap<String, (usize, Form)>,
    /// Longest form, in words.
    pub max_form_words: usize,
    /// Titles.
    pub titles: Vec<Title>,
    /// Lowercased surface form of a lowercase spelling -> title index.
    pub title_forms: HashMap<String, usize>,
    /// Lowercased surface form of a capitalised spelling -> title index: "President"
    /// (government) and "president" (civil) are distinct entries.
    pub title_caps: HashMap<String, usize>,
    /// Longest title, in words.
    pub max_title_words: usize,
    /// First words of gazetteer forms (as written), to skip tokens that start none.
    pub form_first: HashSet<String>,
    /// The few of those that open with a lowercase ASCII letter ("al-Qaeda"): most words
    /// are lowercase and are checked against this short list without hashing.
    pub form_first_lower: Vec<String>,
    /// First words of titles (lowercase).
    pub title_first: HashSet<String>,
    /// Their shapes, to turn most words away before lowering and hashing them.
    pub title_first_shapes: Shapes,
    /// The shapes of every word of every gazetteer form (as written): a phrase with a
    /// word of no such shape is no form, and is not looked up.
    pub form_words: Shapes,
    /// The shapes of every word of every title (lowercase).
    pub title_words: Shapes,
    /// Given names (as written, capitalised) -> the sex they usually name.
    pub given: HashMap<String, GivenSex>,
}

/// The sex a given name usually names, from `given_names.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GivenSex {
    /// Men, in at least nine of ten uses.
    Male,
    /// Women, in at least nine of ten uses.
    Female,
    /// Either.
    Either,
}

/// Whether `s` has a typographic apostrophe (most words are ASCII: no search).
fn curly_apostrophe(s: &str) -> bool {
    !s.is_ascii() && s.contains('\u{2019}')
}

/// Which byte lengths occur with each first byte, and with each last byte (in ASCII
/// lower case), in a set of words: look-ups that run for every token turn most words
/// away by two bits, before any lowering or hashing.
#[derive(Debug, Clone)]
pub struct Shapes {
    first: [u32; 256],
    last: [u32; 256],
}

impl Default for Shapes {
    fn default() -> Self {
        Self {
            first: [0; 256],
            last: [0; 256],
        }
    }
}

impl Shapes {
    fn bit(len: usize) -> u32 {
        1 << len.min(31)
    }

    /// Records a word of the set.
    pub fn add(&mut self, word: &str) {
        if let (Some(&f), Some(&l)) = (word.as_bytes().first(), word.as_bytes().last()) {
            self.first[usize::from(f)] |= Self::bit(word.len());
            self.last[usize::from(l.to_ascii_lowercase())] |= Self::bit(word.len());
        }
    }

    /// Whether the last byte, in ASCII lower case, ends a word of the set this long.
    fn last_fits(&self, word: &[u8]) -> bool {
        word.last().is_some_and(|&l| {
            self.last[usize::from(l.to_ascii_lowercase())] & Self::bit(word.len()) != 0
        })
    }

    /// False when no word of the set has this one's first byte and length, or its last
    /// byte (in ASCII lower case: a set of lowercase words is asked of any case).
    pub fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        b.first()
            .is_some_and(|&f| self.first[usize::from(f)] & Self::bit(b.len()) != 0)
            && self.last_fits(b)
    }

    /// Like `may_hold` for the word in ASCII lower case (a set of lowercase words);
    /// a word with other letters is let through, as lowering may change its length.
    pub fn may_hold_lowered(&self, word: &str) -> bool {
        let b = word.as_bytes();
        match b.first() {
            Some(&f) if word.is_ascii() => {
                self.first[usize::from(f.to_ascii_lowercase())] & Self::bit(b.len()) != 0
                    && self.last_fits(b)
            }
            Some(_) => true,
            None => false,
        }
    }
}

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const BODIES: &str = include_str!("../data/bodies.tsv");
const TITLES: &str = include_str!("../data/titles.tsv");
const GIVEN_NAMES: &str = include_str!("../data/given_names.tsv");

fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn list<'a>(col: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    col.copied()
        .unwrap_or("")
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Normalises a surface form for lookup: curly apostrophes become straight ones.
pub fn norm_form(s: &str) -> String {
    s.replace('\u{2019}', "'")
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

impl Lexicon {
    /// The lexicon built from the embedded data files.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn add_form(&mut self, form: &str, entry: usize, how: Form) {
        let form = norm_form(form);
        self.max_form_words = self.max_form_words.max(word_count(&form));
        // British spelling is the same name: "World Trade Organisation".
        if form.contains("Organization") {
            let british = form.replace("Organization", "Organisation");
            self.forms.entry(british).or_insert((entry, how));
        }
        // The first entry to claim a form keeps it (names are listed before capitals).
        self.forms.entry(form).or_insert((entry, how));
    }

    fn build() -> Lexicon {
        let mut lex = Lexicon::default();
        let mut later: Vec<(String, usize, Form)> = Vec::new();
        for r in rows(COUNTRIES) {
            let Some(name) = r.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
                continue;
            };
            let i = lex.entries.len();
            lex.entries.push(Entry {
                name: name.to_owned(),
                kind: ActorKind::Country,
                part_of: None,
                government: true,
                party: false,
            });
            lex.add_form(name, i, Form::Name);
            for a in list(r.get(1)) {
                lex.add_form(a, i, Form::Name);
            }
            for d in list(r.get(2)) {
                later.push((d.to_owned(), i, Form::Demonym));
            }
            for c in list(r.get(3)) {
                later.push((c.to_owned(), i, Form::Capital));
            }
        }
        for r in rows(BODIES) {
            let Some(name) = r.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
                continue;
            };
            let kind = match r.get(2).map(|s| s.trim()) {
                Some("media") => ActorKind::Media,
                _ => ActorKind::Organization,
            };
            let part_of = r
                .get(3)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_owned);
            let government = r.get(4).map(|s| s.trim()) == Some("yes");
            let party = std::iter::once(name)
                .chain(list(r.get(1)))
                .any(|n| n.split(' ').any(|w| w == "Party"));
            let i = lex.entries.len();
            lex.entries.push(Entry {
                name: name.to_owned(),
                kind,
                part_of,
                government,
                party,
            });
            lex.add_form(name, i, Form::Name);
            for a in list(r.get(1)) {
                lex.add_form(a, i, Form::Name);
            }
        }
        for (form, i, how) in later {
            lex.add_form(&form, i, how);
        }
        for r in rows(TITLES) {
            let Some(name) = r.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
                continue;
            };
            let category = match r.get(1).map(|s| s.trim()) {
                Some("government") => RoleCategory::Government,
                Some("military") => RoleCategory::Military,
                Some("diplomatic") => RoleCategory::Diplomatic,
                Some("intergovernmental") => RoleCategory::Intergovernmental,
                _ => RoleCategory::Civil,
            };
            let i = lex.titles.len();
            lex.titles.push(Title {
                name: name.to_owned(),
                category,
            });
            let mut add = |form: &str| {
                let key = form.to_lowercase();
                lex.max_title_words = lex.max_title_words.max(word_count(&key));
                let forms = if form.chars().next().is_some_and(char::is_uppercase) {
                    &mut lex.title_caps
                } else {
                    &mut lex.title_forms
                };
                forms.entry(key).or_insert(i);
            };
            add(name);
            for a in list(r.get(2)) {
                add(a);
            }
        }
        // A one-word title's shared and second posts are titles of their own:
        // "co-chairman", "vice-governor" (unless listed: "Vice-President").
        for i in 0..lex.titles.len() {
            let name = lex.titles[i].name.clone();
            if !name.chars().all(char::is_alphabetic) {
                continue;
            }
            let caps = name.starts_with(char::is_uppercase);
            for prefix in ["co-", "vice-"] {
                let derived = if caps {
                    let mut p = prefix.to_owned();
                    p[..1].make_ascii_uppercase();
                    p + &name
                } else {
                    format!("{prefix}{name}")
                };
                let key = derived.to_lowercase();
                if lex.title_caps.contains_key(&key) || lex.title_forms.contains_key(&key) {
                    continue;
                }
                let d = lex.titles.len();
                lex.titles.push(Title {
                    name: derived,
                    category: lex.titles[i].category,
                });
                let forms = if caps {
                    &mut lex.title_caps
                } else {
                    &mut lex.title_forms
                };
                forms.insert(key, d);
            }
        }
        for r in rows(GIVEN_NAMES) {
            let sex = match r.get(1).map(|s| s.trim()) {
                Some("M") => GivenSex::Male,
                Some("F") => GivenSex::Female,
                _ => GivenSex::Either,
            };
            if let Some(name) = r.first().map(|s| s.trim()).filter(|s| !s.is_empty()) {
                lex.given.insert(name.to_owned(), sex);
            }
        }
        lex.form_first = lex
            .forms
            .keys()
            .filter_map(|f| f.split_whitespace().next())
            .map(str::to_owned)
            .collect();
        lex.form_first_lower = lex
            .form_first
            .iter()
            .filter(|f| f.starts_with(|c: char| c.is_ascii_lowercase()))
            .cloned()
            .collect();
        lex.title_first = lex
            .title_forms
            .keys()
            .chain(lex.title_caps.keys())
            .filter_map(|f| f.split_whitespace().next())
            .map(str::to_owned)
            .collect();
        for f in &lex.title_first {
            lex.title_first_shapes.add(f);
        }
        for f in lex.forms.keys() {
            for w in f.split(' ') {
                lex.form_words.add(w);
            }
        }
        for f in lex.title_forms.keys().chain(lex.title_caps.keys()) {
            for w in f.split(' ') {
                lex.title_words.add(w);
            }
        }
        lex
    }

    /// What a person's full name's given name says of their sex: the first of two or
    /// more words, when the census lists it ("Imelda Staunton" -> female).
    pub fn given_sex(&self, name: &str) -> Option<GivenSex> {
        let mut words = name.split_whitespace();
        let first = words.next()?;
        words.next()?;
        self.given.get(first).copied()
    }

    /// Whether some gazetteer form starts with this word (as written; a possessive
    /// ending is ignored).
    pub fn may_start_form(&self, word: &str) -> bool {
        // Most words are lowercase and no form opens with their letter: no further
        // look.
        let lowercase = word.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
        if lowercase
            && !self
                .form_first_lower
                .iter()
                .any(|f| f.as_bytes()[0] == word.as_bytes()[0])
        {
            return false;
        }
        // `strip_suffix` rather than `trim_end_matches`: this runs for every word, and a
        // string pattern builds a searcher each time.
        let w = possessive_of(word).unwrap_or(word);
        if curly_apostrophe(w) {
            return self.form_first.contains(&norm_form(w));
        }
        if lowercase {
            return self.form_first_lower.iter().any(|f| f == w);
        }
        self.form_first.contains(w)
    }

    /// Whether some title starts with this word (any case).
    pub fn may_start_title(&self, word: &str) -> bool {
        if !self.title_first_shapes.may_hold_lowered(word) {
            return false;
        }
        let mut buf = [0; LOWER_BUF];
        self.title_first.contains(&*lower(word, &mut buf))
    }

    /// Looks up a gazetteer form as written.
    pub fn form(&self, s: &str) -> Option<(usize, Form)> {
        if curly_apostrophe(s) {
            self.forms.get(&norm_form(s)).copied()
        } else {
            self.forms.get(s).copied()
        }
    }

    /// Looks up a title: a capitalised spelling prefers a capitalised entry.
    pub fn title(&self, s: &str) -> Option<usize> {
        let mut buf = [0; LOWER_BUF];
        let key = &*lower(s, &mut buf);
        let (first, second) = if s.chars().next().is_some_and(char::is_uppercase) {
            (&self.title_caps, &self.title_forms)
        } else {
            (&self.title_forms, &self.title_caps)
        };
        first.get(key).or_else(|| second.get(key)).copied()
    }
}

/// The post of a shared or second holder, when the word has a "co-" or "vice-" before
/// it: "co-chairman" is a chairman's kind of post, "vice-chairman" too.
pub(crate) fn shared_post(word: &str) -> Option<&str> {
    let b = word.as_bytes();
    let n = if b.len() > 3 && b[..3].eq_ignore_ascii_case(b"co-") {
        3
    } else if b.len() > 5 && b[..5].eq_ignore_ascii_case(b"vice-") {
        5
    } else {
        return None;
    };
    Some(&word[n..])
}

/// Room for the lower case of a word or short phrase without allocating.
const LOWER_BUF: usize = 64;

/// `s` in lower case (Unicode rules, as `str::to_lowercase`), written into `buf` when it
/// is short ASCII: title look-ups run for every capitalised word.
fn lower<'b>(s: &'b str, buf: &'b mut [u8; LOWER_BUF]) -> std::borrow::Cow<'b, str> {
    // Most words are lowercase ASCII already: no copy.
    if !s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return std::borrow::Cow::Borrowed(s);
    }
    if !s.is_ascii() || s.len() > LOWER_BUF {
        return std::borrow::Cow::Owned(s.to_lowercase());
    }
    let out = &mut buf[..s.len()];
    out.copy_from_slice(s.as_bytes());
    out.make_ascii_lowercase();
    // ASCII in, ASCII out.
    std::borrow::Cow::Borrowed(std::str::from_utf8(out).unwrap_or_default())
}

/// `word` in ASCII lower case, copied only when it has capitals (these look-ups run for
/// every token).
pub(crate) fn ascii_lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(word.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Reporting verbs that take a clause or a quote ("said", "told").
const CUE_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "stated",
    "states",
    "announced",
    "announces",
    "declared",
    "declares",
    "explained",
    "explains",
    "warned",
    "warns",
    "argued",
    "argues",
    "insisted",
    "insists",
    "noted",
    "notes",
    "claimed",
    "claims",
    "asserted",
    "asserts",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "denied",
    "denies",
    "confirmed",
    "confirms",
    "replied",
    "replies",
    "responded",
    "wrote",
    "writes",
    "tweeted",
    "continued",
    "recalled",
    "suggested",
    "suggest",
    "disclosed",
    "suggests",
    "read",
    "reads",
    "indicated",
    "indicates",
    "cautioned",
    "urged",
    "predicted",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "reiterated",
    "complained",
    "conceded",
    "countered",
    "maintained",
    "maintains",
    "observed",
    "remarked",
    "reported",
    "reports",
    "report",
    "announce",
    "testified",
    "alleged",
    "alleges",
    "concluded",
    "estimated",
    "forecast",
    "promised",
    "pledged",
    "vowed",
    "threatened",
    "agreed",
    "exclaimed",
    "shouted",
    "asked",
    "answered",
    "joked",
    "quipped",
    "boasted",
    "posted",
    "reads",
    "recounted",
    "mused",
    "wondered",
    "thundered",
    "snapped",
    "retorted",
    "interjected",
    "whispered",
    "cried",
    "yelled",
    "barked",
    "concludes",
    "continues",
    "recalls",
    "asks",
    "answers",
    "echoed",
    "echoes",
    "charged",
    "chanted",
    "proclaimed",
    "exclaims",
    "jokes",
    "quips",
    "retorts",
    "tweets",
    "commented",
    "comments",
    "reasoned",
    "revealed",
    "reveals",
    "recommended",
    "recommends",
    "ruled",
    "assured",
    "assures",
    // Present tense after a plural subject ("Yukos' US lawyers claim", "UKIP officials
    // also argue"), and a few more of speech ("hinted", "demanded", "stammered").
    "claim",
    "argue",
    "agree",
    "agrees",
    "insist",
    "warn",
    "allege",
    "admit",
    "deny",
    "hinted",
    "hints",
    "contend",
    "contends",
    "contended",
    "demanded",
    "stammered",
    "speculated",
    "pressed",
    "predict",
    "predicts",
    "forecasts",
    "estimate",
    "estimates",
];

/// Participles that borrow the subject of the previous clause ("adding", "saying").
const CUE_PARTICIPLES: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "arguing",
    "warning",
    "insisting",
    "explaining",
    "stressing",
    "claiming",
    "suggesting",
    "telling",
    "writing",
    "declaring",
    "asking",
    "tweeting",
    "announcing",
    "asserting",
    "replying",
    "responding",
    "shouting",
    "chanting",
    "interjecting",
    "joking",
    "proclaiming",
    "stating",
];

/// Verbs that name something with a quoted phrase ("called X a 'Y'").
const CUE_NAMING: &[&str] = &[
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "branded",
    "labelled",
    "labeled",
    // "dismissed the research as "complete rubbish"".
    "dismissed",
];

/// Reporting verbs that introduce a statement, with whether they are a participle
/// that borrows the subject of the previous clause ("adding", "saying").
pub fn cue(word: &str) -> Option<CueKind> {
    // Reporting verbs are lowercase in running text: "States" in "United States" and
    // "Said" in a name are not verbs.
    // None is shorter than three letters ("say"): "a", "of", "he" are rejected first.
    if word.len() < 3 || word.len() > 16 || word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    /// The verbs, and their shapes: this runs for every word.
    struct Cues {
        verbs: HashMap<&'static str, CueKind>,
        shapes: Shapes,
    }
    static CUES: OnceLock<Cues> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        let kinds = [
            (CUE_VERBS, CueKind::Verb),
            (CUE_PARTICIPLES, CueKind::Participle),
            (CUE_NAMING, CueKind::Naming),
        ];
        let verbs: HashMap<&'static str, CueKind> = kinds
            .iter()
            .flat_map(|(words, kind)| words.iter().map(move |w| (*w, *kind)))
            .collect();
        let mut shapes = Shapes::default();
        for w in verbs.keys() {
            shapes.add(w);
        }
        Cues { verbs, shapes }
    });
    // The first byte is not an ASCII capital (turned away above), so lowering keeps it.
    if !cues.shapes.may_hold(word) {
        return None;
    }
    cues.verbs.get(&*ascii_lower(word)).copied()
}

/// How a cue verb attaches its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// "said", "told": takes a clause or a quote.
    Verb,
    /// "adding", "saying": continues the previous speaker.
    Participle,
    /// "called X a 'Y'": names something with a quoted phrase.
    Naming,
}

/// Common nouns that name a speaker without naming it ("the judge said", "the newspaper
/// reported"), with the kind of actor they stand for.
pub fn nominal_speaker(word: &str) -> Option<ActorKind> {
    // An age stands for a person: "the 31-year-old, who ..., said".
    // So does a noun for the person a story is about ("the prop said").
    if (word.len() > 9 && word.ends_with("-year-old")) || topic_noun(word) {
        return Some(ActorKind::Person);
    }
    Some(match &*ascii_lower(word) {
        "newspaper" | "paper" | "report" | "statement" | "company" | "campaign" | "agency"
        | "court" | "tribunal" | "party" | "network" | "magazine" | "website" | "study"
        | "survey" | "poll" | "firm" | "bank" | "union" | "group" | "organization"
        | "organisation" | "committee" | "ministry" | "department" | "administration"
        | "government" | "board" | "council" | "memo" | "letter" | "lawsuit" | "complaint"
        | "indictment" | "filing" | "ad" | "advert" | "advertisement" | "sign" | "banner"
        | "headline" | "tweet" | "email" | "e-mail" | "transcript" | "watchdog" | "regulator"
        | "charity" | "think-tank" | "thinktank" | "tank" | "insurer" | "retailer"
        | "manufacturer" | "studio" | "label" | "club" | "federation" | "association"
        | "authority" | "commission" | "broadcaster" | "airline" | "carrier" | "operator"
        | "publisher" | "developer" | "maker" | "supplier" | "giant" | "carmaker" | "chain"
        | "conglomerate" | "brewer" | "brewery" | "drugmaker" | "chipmaker" | "automaker" => {
            ActorKind::Organization
        }
        "judge" | "lawyer" | "attorney" | "prosecutor" | "witness" | "candidate" | "source"
        | "official" | "aide" | "spokesperson" | "doctor" | "expert" | "analyst" | "teacher"
        | "resident" | "woman" | "man" | "father" | "mother" | "victim" | "activist" | "owner"
        | "executive" | "researcher" | "scientist" | "author" | "reporter" | "voter"
        | "supporter" | "critic" | "adviser" | "advisor" | "strategist" | "pollster"
        | "economist" | "officer" | "detective" | "investigator" | "billionaire" | "nominee"
        | "frontrunner" | "front-runner" | "businessman" | "businesswoman" | "governor"
        | "senator" | "congressman" | "congresswoman" | "lawmaker" | "mayor" | "president"
        | "spokesman" | "spokeswoman" | "minister" | "chairman" | "chairwoman" | "coach"
        | "manager" | "director" | "organiser" | "organizer" | "boss" | "chief" | "founder"
        | "producer" | "player" | "striker" | "captain" | "singer" | "actor" | "actress"
        | "star" | "chancellor" | "secretary" | "premier" | "politician" | "diplomat" | "agent"
        | "solicitor" | "publicist" | "broker" | "trader" | "dealer" | "banker" | "associate"
        | "ally" => ActorKind::Person,
        _ => return None,
    })
}

/// Where a name's bearer is based or born, written before the name ("Florida-based",
/// "Dublin-born"): no part of the name.
pub fn origin_descriptor(word: &str) -> bool {
    word.ends_with("-based") || word.ends_with("-born")
}

/// A form of "be", "have" or "do", or a modal: a verb, never a noun's modifier ("the
/// patients were well").
pub fn helping_verb(word: &str) -> bool {
    matches!(
        word,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "had"
            | "have"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "shall"
            | "should"
            | "may"
            | "might"
            | "must"
    )
}

/// A lowercase preposition, which never heads a noun phrase.
pub fn preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "about"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "than"
            | "after"
            | "before"
            | "during"
            | "since"
            | "between"
            | "against"
            | "among"
            | "through"
            | "within"
            | "without"
    )
}

/// Prepositions and conjunctions that open a phrase before a sentence's subject ("After
/// meeting Blair, Bush said"). Not "for": "For Kevin Allton, Warhol was a legend. He
/// said ..." keeps its topic.
pub fn opening_preposition(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "after"
            | "before"
            | "despite"
            | "following"
            | "with"
            | "without"
            | "on"
            | "in"
            | "at"
            | "by"
            | "from"
            | "under"
            | "among"
            | "across"
            | "throughout"
            | "against"
            | "unlike"
            | "like"
            | "since"
            | "during"
            | "amid"
            | "when"
            | "while"
            | "although"
            | "though"
            | "if"
            | "once"
            | "until"
            | "asked"
            | "speaking"
    )
}

/// Nouns for one person close to another, that a name may follow ("his wife Sharon",
/// "her brother").
pub fn kin_noun(word: &str) -> bool {
    matches!(
        word,
        "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "friend"
            | "partner"
            | "widow"
            | "fiancee"
            | "girlfriend"
            | "boyfriend"
    )
}

/// Nouns for a business that "the ..." refers back to ("the company said", "the firm").
pub fn company_noun(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "company"
            | "firm"
            | "group"
            | "bank"
            | "carrier"
            | "airline"
            | "insurer"
            | "retailer"
            | "manufacturer"
            | "maker"
            | "studio"
            | "label"
            | "publisher"
            | "developer"
            | "operator"
            | "supplier"
            | "conglomerate"
            | "giant"
            | "chain"
            | "carmaker"
            | "watchdog"
            | "regulator"
            | "charity"
            | "think-tank"
            | "thinktank"
            // ("think tank", written as two words.)
            | "tank"
            | "broadcaster"
            | "consultancy"
            | "lender"
            | "brokerage"
            | "bookmaker"
            | "brewer"
            | "brewery"
            | "drugmaker"
            | "chipmaker"
            | "automaker"
    )
}

/// A noun for an institution that names it, alone after "the", by the word its name
/// has: "the commission" for the Electoral Commission, "the alliance" for the
/// Countryside Alliance.
pub fn institution_noun(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "ministry"
            | "commission"
            | "committee"
            | "court"
            | "tribunal"
            | "alliance"
            | "coalition"
            | "department"
            | "institute"
            | "council"
            | "federation"
            | "association"
            | "authority"
            | "agency"
            | "union"
            | "foundation"
            | "society"
            | "trust"
            | "league"
            | "academy"
            | "exchange"
            | "organisation"
            | "organization"
    )
}

/// A company noun that only a business answers to (not "group", "watchdog", "charity").
pub fn business_noun(word: &str) -> bool {
    company_noun(word)
        && !matches!(
            &*ascii_lower(word),
            "group" | "watchdog" | "regulator" | "charity" | "broadcaster"
        )
}

/// A company noun that, right before a name, makes it a company's ("sportswear firm
/// Umbro", "media group Reuters"); "games maker Peter Molyneux" and "games developer
/// ..." are people as often as companies.
pub fn company_descriptor(word: &str) -> bool {
    company_noun(word) && !matches!(&*ascii_lower(word), "publisher" | "developer" | "maker")
}

/// A company noun opening a sentence before a name, capitalised there and no part of
/// the name: "Bookmaker William Hill has stopped ...", "Insurer Allianz said". (Not
/// the nouns that open companies' own names: "Bank Negara", "Group Menatep", "Giant
/// Food".)
pub fn opening_descriptor(word: &str) -> bool {
    // Lowered on the stack: this is asked at every sentence's capitalised first word.
    let mut buf = [0; LOWER_BUF];
    let word = &*lower(word, &mut buf);
    company_descriptor(word)
        && !matches!(
            word,
            "bank"
                | "group"
                | "giant"
                | "chain"
                | "label"
                | "studio"
                | "carrier"
                | "operator"
                // (People are broadcasters: "Broadcaster Chris Evans".)
                | "broadcaster"
        )
}

/// Reporting verbs in the form only a plural subject takes, which are nouns as often
/// ("claim", "deny" aside, "a false claim").
pub fn plural_form(word: &str) -> bool {
    matches!(
        word,
        "claim"
            | "argue"
            | "agree"
            | "insist"
            | "warn"
            | "allege"
            | "admit"
            | "deny"
            | "estimate"
            | "suggest"
            | "report"
    )
}

/// Nouns for a creative work, written before its title ("single Hey Ya!", "drama
/// Wasp"): the title is no person. (Not "hit" or "track", verbs as often: "Clinton hit
/// Bernie Sanders on immigration".)
pub fn work_noun(word: &str) -> bool {
    matches!(
        word,
        "single"
            | "album"
            | "song"
            | "film"
            | "movie"
            | "drama"
            | "musical"
            | "novel"
            | "documentary"
            | "sitcom"
            | "opera"
    )
}

/// A minister's title, which a UK secretary of state also answers to ("the minister"
/// for Education Secretary Ruth Kelly).
pub fn ministerial(title: &str) -> bool {
    matches!(
        title,
        "Minister" | "Secretary" | "Secretary of State" | "Home Secretary" | "Foreign Secretary"
    )
}

/// The kind of outlet a noun names, for "the paper", "the magazine", "the station" and
/// "the club" to find the one the text introduced with a noun of that kind ("Vedomosti
/// newspaper", "Spanish daily ABC", "football club Borussia Dortmund").
pub fn outlet_noun(word: &str) -> Option<&'static str> {
    match word {
        "newspaper" | "paper" | "daily" | "tabloid" | "weekly" => Some("paper"),
        "magazine" => Some("magazine"),
        "station" | "channel" => Some("station"),
        "club" => Some("club"),
        _ => None,
    }
}

/// Nouns after a name that make it a news medium's ("PC Pro magazine", "Vedomosti
/// newspaper").
pub fn medium_noun(word: &str) -> bool {
    matches!(
        word,
        "magazine" | "newspaper" | "tabloid" | "weekly" | "daily" | "website" | "network"
    )
}

/// Words after a name that make it a company's: its people ("Renault boss", "Nissan
/// chairman Carlos Ghosn", "BA staff").
pub fn company_staff(word: &str) -> bool {
    matches!(
        word,
        "boss"
            | "bosses"
            | "chairman"
            | "chairwoman"
            | "shareholders"
            | "staff"
            | "workers"
            | "employees"
            | "founder"
            | "owner"
    )
}

/// Abbreviations in capitals that name things, not actors: a run of capitals is
/// otherwise taken for an organization ("GE", "FEC").
pub fn thing_acronym(word: &str) -> bool {
    matches!(
        word.trim_end_matches('s'),
        "GDP"
            | "GMT"
            | "BST"
            | "EST"
            | "DVD"
            | "CD"
            | "PC"
            | "TV"
            | "HD"
            | "GPS"
            | "SMS"
            | "MMS"
            | "MP3"
            | "IT"
            | "IE"
            | "AIDS"
            | "HIV"
            | "SARS"
            | "DNA"
            | "CEO"
            | "CFO"
            | "IPO"
            | "VAT"
            | "ISA"
            | "OK"
            | "PM"
            | "UFO"
    )
}

/// Whether a news medium is a printed paper or its site, as "the paper" refers to:
/// not a broadcaster or a news agency.
pub fn print_medium(name: &str) -> bool {
    !name.split_whitespace().any(|w| {
        matches!(
            w,
            "BBC"
                | "CNN"
                | "ITV"
                | "Sky"
                | "Channel"
                | "TV"
                | "Radio"
                | "Television"
                | "Broadcasting"
                | "Reuters"
                | "Press"
                | "AFP"
                | "Agency"
                | "NBC"
                | "CBS"
                | "ABC"
                | "Fox"
        )
    })
}

/// Nouns that, after "the", stand for the person the story is about ("the actress
/// said", "the striker added") rather than for someone new.
pub fn topic_noun(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "actress"
            | "actor"
            | "singer"
            | "star"
            | "player"
            | "striker"
            | "captain"
            | "champion"
            | "winner"
            | "veteran"
            | "comedian"
            // A musician's, artist's or journalist's trade ("Guitarist Brian May", "radio
            // DJ Mike Read").
            | "guitarist"
            | "drummer"
            | "bassist"
            | "pianist"
            | "violinist"
            | "composer"
            | "songwriter"
            | "singer-songwriter"
            | "dj"
            | "chef"
            | "designer"
            | "photographer"
            | "artist"
            | "painter"
            | "poet"
            | "playwright"
            | "dancer"
            | "journalist"
            | "columnist"
            | "commentator"
            | "pundit"
            | "blogger"
            | "footballer"
            | "cricketer"
            | "rapper"
            | "musician"
            | "author"
            | "billionaire"
            | "businessman"
            | "businesswoman"
            | "frontrunner"
            | "front-runner"
            | "nominee"
            // A profession a story uses for its expert ("The American forensics expert
            // said" after Max Houck spoke).
            | "expert"
            | "scientist"
            | "researcher"
            | "academic"
            | "novelist"
            | "writer"
            | "film-maker"
            | "filmmaker"
            | "presenter"
            | "entrepreneur"
            | "tycoon"
            | "teenager"
            | "youngster"
            | "backbencher"
            | "farmer"
            // A sportsman's position or sport ("Adam Jones says ... The prop said").
            | "prop"
            | "lock"
            | "skipper"
            | "left-back"
            | "right-back"
            | "centre-back"
            | "playmaker"
            | "hooker"
            | "flanker"
            | "winger"
            | "referee"
            | "fly-half"
            | "scrum-half"
            | "full-back"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "keeper"
            | "batsman"
            | "bowler"
            | "all-rounder"
            | "jockey"
            | "golfer"
            | "sprinter"
            | "athlete"
            | "swimmer"
            | "boxer"
            | "cyclist"
            | "seed"
            // A nationality for the person ("the Scot admitted" after Sir Alex
            // Ferguson).
            | "scot"
            | "welshman"
            | "englishman"
            | "irishman"
            | "frenchman"
            | "dutchman"
            | "spaniard"
            | "briton"
            | "argentine"
            | "argentinian"
            | "brazilian"
            | "australian"
            | "american"
    )
}

/// Whether a word is a web address ("Gawker.com", "gamesindustry.biz"): a site.
#[inline]
pub fn web_address(word: &str) -> bool {
    let w = word.as_bytes();
    // Every domain below starts with a dot among the last six bytes: most words, with
    // none there, are turned away before the comparisons (this is asked of every word).
    if !w[w.len().saturating_sub(6)..].contains(&b'.') {
        return false;
    }
    [
        ".com", ".org", ".net", ".gov", ".co.uk", ".us", ".biz", ".info", ".io",
    ]
    .iter()
    .any(|d| w.len() > d.len() + 1 && w[w.len() - d.len()..].eq_ignore_ascii_case(d.as_bytes()))
}

/// Nouns for a document that speaks for whoever issued it ("a report from Gartner says",
/// "a statement by the ministry said").
pub fn document_noun(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "report"
            | "study"
            | "survey"
            | "statement"
            | "poll"
            | "memo"
            | "letter"
            | "e-mail"
            | "email"
            | "analysis"
            | "minutes"
    )
}

/// Nouns after "according to" that mean "in accordance with", not a source: "according
/// to Russia's competition law", "according to the rules", "according to plan".
pub fn accordance_noun(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "law"
            | "laws"
            | "rule"
            | "rules"
            | "plan"
            | "plans"
            | "schedule"
            | "timetable"
            | "constitution"
            | "regulations"
            | "procedure"
            | "procedures"
            | "protocol"
            | "tradition"
            | "script"
            | "guidelines"
    )
}

/// The days of the week, any case ("on Sunday", "said Monday").
pub fn weekday(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// The word without its possessive "'s" (straight or curly), when it has one.
pub(crate) fn possessive_of(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))
}

/// A day's possessive that dates a document as "the" would point to it: "Wednesday's
/// statement", "yesterday's report".
pub fn dated_possessive(word: &str) -> bool {
    // (By length and last letter first: "Monday's" to "Wednesday\u{2019}s".)
    if !(8..=13).contains(&word.len()) || !word.ends_with('s') {
        return false;
    }
    let day = possessive_of(word).unwrap_or("");
    weekday(day) || day.eq_ignore_ascii_case("yesterday") || day.eq_ignore_ascii_case("today")
}

/// A day or a stretch of time that "on", "last", "this" or "next" make a time of ("on
/// Monday", "last week", "this morning").
pub fn time_unit(word: &str) -> bool {
    weekday(word)
        || matches!(
            word,
            "week" | "month" | "year" | "night" | "morning" | "afternoon" | "evening" | "weekend"
        )
}

/// Auxiliaries and adverbs that may stand between a speaker and the reporting verb
/// ("the regulator also said", "Smith has repeatedly said", "Mr Ebbers has always
/// insisted").
pub fn auxiliary(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "did"
            | "does"
            | "has"
            | "had"
            | "have"
            | "also"
            | "later"
            | "again"
            | "then"
            | "previously"
            | "already"
            | "repeatedly"
            | "recently"
            | "publicly"
            | "privately"
            | "once"
            | "would"
            | "will"
            | "separately"
            | "earlier"
            | "further"
            | "simply"
            | "flatly"
            | "quickly"
            | "reportedly"
            | "always"
            | "long"
            | "consistently"
            | "often"
            | "frequently"
            | "firmly"
            | "openly"
            | "initially"
            | "originally"
            | "subsequently"
            | "now"
            | "still"
            | "immediately"
            | "categorically"
            | "vehemently"
            | "meanwhile"
            | "defiantly"
            | "both"
            // "The WTO itself has warned".
            | "itself"
            | "himself"
            | "herself"
            | "themselves"
    )
}

/// Nouns that head a group speaker ("U.S. officials", "Western diplomats", "sources").
pub fn group_noun(word: &str) -> bool {
    // They end in "s", "e" ("source", "police"), "n" ("spokesmen") or "a" ("media"):
    // most words are rejected by their last byte. ("Media" capitalised opens a name as
    // often: "Media Lab Europe".)
    if word == "Media" {
        return false;
    }
    // And they are 4 to 13 bytes long ("fans", "demonstrators"; widen the bounds for a
    // noun added outside them): "the" is turned away.
    if !(4..=13).contains(&word.len())
        || !matches!(
            word.as_bytes().last(),
            Some(b's' | b'S' | b'e' | b'E' | b'n' | b'N' | b'a' | b'A')
        )
    {
        // ("management" is the one that ends in "t", asked apart so that the many
        // words ending so are turned away by their last byte; not "Management", which
        // opens names: "Management and Coordination Agency".)
        return word == "management";
    }
    matches!(
        &*ascii_lower(word),
        "officials"
            | "diplomats"
            | "sources"
            | "source"
            | "analysts"
            | "experts"
            | "residents"
            | "witnesses"
            | "lawmakers"
            | "authorities"
            | "police"
            | "investigators"
            | "prosecutors"
            | "officers"
            | "troops"
            | "militants"
            | "rebels"
            | "activists"
            | "leaders"
            | "parties"
            | "negotiators"
            | "spokesmen"
            | "aides"
            | "critics"
            | "observers"
            | "scientists"
            | "researchers"
            | "doctors"
            | "economists"
            | "traders"
            | "dealers"
            | "bankers"
            | "protesters"
            | "demonstrators"
            | "supporters"
            | "members"
            | "voters"
            | "delegates"
            | "workers"
            | "students"
            | "opponents"
            | "advocates"
            | "proponents"
            | "organizers"
            | "reports"
            | "organisers"
            | "ministers"
            | "campaigners"
            | "regulators"
            | "unions"
            | "charities"
            | "insurers"
            | "manufacturers"
            | "retailers"
            | "councillors"
            | "peers"
            | "teachers"
            | "parents"
            | "employees"
            | "groups"
            | "firms"
            | "companies"
            | "creditors"
            | "shareholders"
            | "investors"
            | "respondents"
            | "lawyers"
            | "attorneys"
            | "solicitors"
            | "executives"
            | "chiefs"
            | "developers"
            | "bosses"
            | "brokers"
            | "users"
            | "others"
            | "customers"
            | "fans"
            | "producers"
            | "exporters"
            | "importers"
            | "buyers"
            | "sellers"
            | "growers"
            | "refiners"
            | "owners"
            | "pilots"
            | "bookmakers"
            | "media"
            | "pundits"
            | "commentators"
            | "broadcasters"
    )
}

/// Lowercase words that are not the content of a describing noun phrase: conjunctions,
/// pronouns, number words and nouns of time ("the crowd and said", "the five said",
/// "at the time said").
pub fn function_word(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "or"
            | "but"
            | "nor"
            | "then"
            | "also"
            | "who"
            | "whom"
            | "which"
            | "that"
            | "this"
            | "these"
            | "those"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "not"
            | "only"
            | "same"
            | "other"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "dozen"
            | "hundred"
            | "thousand"
            | "million"
            | "time"
            | "day"
            | "week"
            | "year"
            | "moment"
            | "end"
            | "rest"
    )
}

/// Capitalised words that never start a name.
pub fn non_name(word: &str) -> bool {
    pronoun_contraction(word)
        || matches!(
            word,
            "The"
                | "ABSTRACT"
                | "Former"
                | "Retired"
                | "A"
                | "An"
                | "But"
                | "And"
                | "Or"
                | "If"
                | "In"
                | "On"
                | "At"
                | "It"
                | "He"
                | "She"
                | "They"
                | "We"
                | "I"
                | "You"
                | "This"
                | "That"
                | "There"
                | "These"
                | "Those"
                | "Asked"
                | "After"
                | "Before"
                | "When"
                | "While"
                | "As"
                | "For"
                | "With"
                | "Without"
                | "From"
                | "By"
                | "To"
                | "Of"
                | "According"
                | "Meanwhile"
                | "However"
                | "Also"
                | "His"
                | "Her"
                | "Their"
                | "Our"
                | "Its"
                | "My"
                | "Your"
                | "Some"
                | "Many"
                | "Most"
                | "All"
                | "No"
                | "Not"
                | "Yes"
                | "Any"
                | "Last"
                | "Next"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
                | "January"
                | "February"
                | "March"
                | "April"
                | "May"
                | "June"
                | "July"
                | "August"
                | "September"
                | "October"
                | "November"
                | "December"
                | "Jan."
                | "Feb."
                | "Mar."
                | "Apr."
                | "Jun."
                | "Jul."
                | "Aug."
                | "Sep."
                | "Sept."
                | "Oct."
                | "Nov."
                | "Dec."
                | "Mr."
                | "Mrs."
                | "Ms."
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Image"
                | "Photo"
                | "Reporting"
                | "Editing"
                | "Writing"
                | "Read"
                | "Click"
                | "Why"
                | "What"
                | "Who"
                | "How"
                | "Where"
                | "Although"
                | "Though"
                | "Because"
                | "Since"
                | "Until"
                | "Under"
                | "Over"
                | "Despite"
                | "During"
                | "Among"
                | "Between"
                | "Such"
                | "Even"
                | "Still"
                | "Yet"
                | "So"
                | "Then"
                | "Now"
                | "Here"
                | "Other"
                | "Another"
                | "Each"
                | "Every"
                | "Both"
                | "Either"
                | "Neither"
                | "One"
                | "Two"
                | "Three"
                | "First"
                | "Second"
                | "Third"
                | "Today"
                | "Tomorrow"
                | "Yesterday"
                | "Instead"
                | "Further"
                | "Earlier"
                | "Later"
                | "Only"
                | "Sunni"
                | "Shi'ite"
                | "Shi\u{2019}ite"
                | "Shiite"
                | "Islamist"
                | "Western"
                | "Eastern"
                | "Northern"
                | "Southern"
                | "Muslim"
                | "Muslims"
                | "Christian"
                | "Jewish"
                | "Catholic"
        )
}

/// A pronoun's contraction opening a sentence, no name: "We've", "It's", "They're",
/// "I'm" (straight or curly apostrophe).
fn pronoun_contraction(word: &str) -> bool {
    // (An apostrophe first: most capitalised words have none.)
    let Some((head, tail)) = word.split_once(['\'', '\u{2019}']) else {
        return false;
    };
    matches!(tail, "ve" | "re" | "ll" | "m" | "d" | "s")
        && matches!(
            head,
            "I" | "We"
                | "You"
                | "They"
                | "He"
                | "She"
                | "It"
                | "That"
                | "There"
                | "Here"
                | "What"
                | "Who"
                | "Let"
        )
}

/// A capitalised compound with a lowercase part, written before a name as an epithet
/// ("Man-of-the-match", "Oscar-winning"); not a double name ("Jean-Pierre",
/// "Rolls-Royce").
pub fn hyphenated_epithet(word: &str) -> bool {
    let mut parts = word.split('-');
    parts.next().is_some_and(|p| !p.is_empty()) && parts.any(|p| p.starts_with(char::is_lowercase))
}

/// Words [`non_name`] keeps from opening a name that are surnames too: "Theresa May",
/// "Mike Read".
pub fn surname_word(word: &str) -> bool {
    matches!(word, "May" | "Read")
}

/// Capitalised adjectives of creed or compass that [`non_name`] keeps from opening a
/// name, though they open some ("Christian Aid", "Western Union").
pub fn name_adjective(word: &str) -> bool {
    creed(word)
        || matches!(
            word,
            "Sunni" | "Shiite" | "Islamist" | "Western" | "Eastern" | "Northern" | "Southern"
        )
}

/// A creed's adjective: before a name that is no place, it is part of the name
/// ("Christian Aid", "Catholic Church", "Christian Bale").
pub fn creed(word: &str) -> bool {
    matches!(word, "Christian" | "Jewish" | "Catholic" | "Muslim")
}

/// A company's legal form written after its name ("Coastal Corp", "Monier Ltd").
pub fn legal_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Corp"
            | "Inc"
            | "Co"
            | "Ltd"
            | "Plc"
            | "PLC"
            | "plc"
            | "AG"
            | "SA"
            | "NV"
            | "LLC"
            | "Corporation"
    )
}

/// Words inside a capitalised chunk that make it an organization.
pub fn org_keyword(word: &str) -> bool {
    matches!(
        word,
        "Department"
            | "Aid"
            | "Relief"
            | "Ministry"
            | "Coal"
            | "Agency"
            | "Council"
            | "Party"
            | "Company"
            | "Inc."
            | "Inc"
            | "Corp."
            | "Corp"
            | "Corporation"
            | "Co."
            | "Ltd"
            | "Ltd."
            | "LLC"
            | "Group"
            | "University"
            | "College"
            | "Bank"
            | "Association"
            | "Committee"
            | "Commission"
            | "Organization"
            | "Organisation"
            | "Institute"
            | "Court"
            | "Church"
            | "Office"
            | "Service"
            | "Services"
            | "Board"
            | "Authority"
            | "Union"
            | "Federation"
            | "Foundation"
            | "Fund"
            | "Army"
            | "Navy"
            | "Force"
            | "Forces"
            | "Police"
            | "Project"
            | "Society"
            | "Center"
            | "Centre"
            | "Network"
            | "Times"
            | "Post"
            | "News"
            | "Journal"
            | "Press"
            | "Daily"
            | "Weekly"
            | "Magazine"
            | "Telegraph"
            | "Mirror"
            | "Express"
            | "Observer"
            | "Chronicle"
            | "Television"
            | "Broadcasting"
            | "Films"
            | "Airlines"
            | "Airways"
            | "Motors"
            | "Industries"
            | "Holdings"
            | "Energy"
            | "Electric"
            | "Dynamics"
            | "Foods"
            | "Chemicals"
            | "Pictures"
            | "Petroleum"
            | "Technologies"
            | "Communications"
            | "Telecom"
            | "Pharmaceuticals"
            | "Entertainment"
            | "Studios"
            | "Records"
            | "Electronics"
            | "Systems"
            | "Enterprises"
            | "Insurance"
            | "Securities"
            | "Investments"
            | "Partners"
            | "Associates"
            | "Consulting"
            | "Trust"
            | "Alliance"
            | "Coalition"
            | "Institution"
            | "Consortium"
            | "Confederation"
            | "Laboratories"
            | "Bancorp"
            | "Railways"
            | "Plc"
            | "plc"
            | "PLC"
            | "AG"
            | "GmbH"
            | "Exchange"
            | "Chamber"
            | "Academy"
            | "Parliament"
            | "Assembly"
            | "Congress"
            | "Senate"
            | "Government"
            | "Administration"
            | "Club"
            | "League"
            | "Team"
            | "FIFA"
            | "Microsoft"
            | "Google"
            | "Apple"
    )
}

/// Whether an org-keyword chunk is a news medium.
pub fn media_keyword(word: &str) -> bool {
    matches!(
        word,
        "Times" | "Post" | "News" | "Journal" | "Press" | "Herald" | "Tribune" | "Gazette"
    )
}

/// Whether a title is a spokesperson's, who speaks for somebody else.
pub fn spokesperson(title: &str) -> bool {
    matches!(title, "spokesman" | "spokeswoman" | "spokesperson")
}

/// Whether a name that ends in this word is a news medium: "China Daily", "PC Pro
/// Magazine", "Jane's Defence Weekly", "the Hollywood Reporter" ("Taft Broadcasting Co"
/// and "American Telephone and Telegraph Co" are companies).
pub fn media_last_word(word: &str) -> bool {
    matches!(
        word,
        "Daily"
            | "Reporter"
            | "Examiner"
            | "Inquirer"
            | "Weekly"
            | "Magazine"
            | "Telegraph"
            | "Mirror"
            | "Observer"
            | "Chronicle"
            | "Television"
            | "Broadcasting"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_filters_never_turn_away_a_word_of_their_set() {
        // The filters only decide when to look further: every title's first word and
        // every reporting verb must get through them, in any ASCII case.
        let lex = Lexicon::get();
        for w in &lex.title_first {
            assert!(lex.may_start_title(w), "{w}");
            assert!(lex.may_start_title(&w.to_ascii_uppercase()), "{w}");
        }
        for w in CUE_VERBS.iter().chain(CUE_PARTICIPLES).chain(CUE_NAMING) {
            assert!(cue(w).is_some(), "{w}");
        }
        let mut shapes = Shapes::default();
        shapes.add("spokesman");
        assert!(shapes.may_hold("spokesman") && shapes.may_hold_lowered("Spokesman"));
        assert!(!shapes.may_hold("said") && !shapes.may_hold(""));
        // First byte and length fit, the last byte does not.
        assert!(!shapes.may_hold("statement") && !shapes.may_hold_lowered("Statement"));
        assert!(shapes.may_hold("spokesmaN") && shapes.may_hold_lowered("SPOKESMAN"));
        // (A possessive ending is read off first: "People's" starts no form as written.)
        for w in lex.form_first.iter().filter(|w| !w.ends_with("'s")) {
            assert!(lex.may_start_form(w), "{w}");
        }
    }

    #[test]
    fn data_files_load() {
        let lex = Lexicon::get();
        assert!(lex.entries.len() > 240, "{}", lex.entries.len());
        let (i, f) = lex.form("Tehran").unwrap();
        assert_eq!((lex.entries[i].name.as_str(), f), ("Iran", Form::Capital));
        let (i, f) = lex.form("U.S.").unwrap();
        assert_eq!(
            (lex.entries[i].name.as_str(), f),
            ("United States", Form::Name)
        );
        let (i, _) = lex.form("Washington").unwrap();
        assert_eq!(lex.entries[i].name, "United States");
        let (i, f) = lex.form("Iraqi").unwrap();
        assert_eq!((lex.entries[i].name.as_str(), f), ("Iraq", Form::Demonym));
        let (i, _) = lex.form("Pentagon").unwrap();
        assert_eq!(lex.entries[i].part_of.as_deref(), Some("United States"));
        assert!(lex.entries[i].government);
        assert!(lex.form("Shi’ite").is_none());
    }

    #[test]
    fn titles_prefer_case() {
        let lex = Lexicon::get();
        let t = |s: &str| {
            lex.title(s)
                .map(|i| (lex.titles[i].name.as_str(), lex.titles[i].category))
        };
        assert_eq!(
            t("President"),
            Some(("President", RoleCategory::Government))
        );
        assert_eq!(t("president"), Some(("president", RoleCategory::Civil)));
        assert_eq!(
            t("Rear Adm."),
            Some(("Rear Admiral", RoleCategory::Military))
        );
        assert_eq!(
            t("secretary of state"),
            Some(("Secretary of State", RoleCategory::Government))
        );
        assert_eq!(t("banana"), None);
    }
}
