//! From paragraphs, tokens and references to actors, statements and relations.

use crate::lexicon::{self, possessive_of, CueKind, Form, Lexicon};
use crate::mention::{self, Head, Pronoun, Ref, RoleRef};
use crate::text::{self, ParaKind, Tk, Tok};
use fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use whosaid_model::{ActorId, ActorKind, Modality, Polarity, RoleCategory, Span, StatementKind};

/// An actor of one document.
#[derive(Debug, Clone)]
pub struct DocActor {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Index of the actor it is part of.
    pub part_of: Option<usize>,
    /// Whether it is a government or government body.
    pub government: bool,
    /// Mentions: span and text, in order, one per distinct text.
    pub mentions: Vec<Span>,
    /// Roles.
    pub roles: Vec<DocRole>,
    /// Document-local actors (anonymous groups) get an id scoped to the document.
    pub local: bool,
    /// Merged into another actor found to be the same one (no output of its own).
    pub merged: bool,
}

impl DocActor {
    /// A person the text names, not a document-local one ("the author").
    fn is_named_person(&self) -> bool {
        self.kind == ActorKind::Person && !self.local
    }
}

/// A role held by a document actor.
#[derive(Debug, Clone)]
pub struct DocRole {
    /// Canonical title.
    pub title: String,
    /// Actor index it is held in.
    pub of: Option<usize>,
    /// Sphere (upgraded to government when held in a government body).
    pub category: RoleCategory,
    /// Evidence bytes.
    pub span: Span,
}

/// A statement found in the document.
#[derive(Debug, Clone)]
pub struct DocStatement {
    /// How it is reported.
    pub kind: StatementKind,
    /// Speaker actor index.
    pub speaker: usize,
    /// The mention the attribution used.
    pub mention: Option<Span>,
    /// Content bytes.
    pub content: Span,
    /// Cue verb bytes.
    pub cue: Option<Span>,
    /// Actors it is about.
    pub about: Vec<usize>,
    /// The whole attribution.
    pub span: Span,
}

/// A relation found in the document.
#[derive(Debug, Clone)]
pub struct DocRelation {
    /// Subject actor index.
    pub source: usize,
    /// Predicate (kebab case).
    pub predicate: String,
    /// Object actor index.
    pub target: usize,
    /// Polarity.
    pub polarity: Polarity,
    /// Modality.
    pub modality: Modality,
    /// Evidence bytes.
    pub span: Span,
    /// Index of the statement whose content holds it.
    pub claimed_in: Option<usize>,
}

/// Everything found in one document.
#[derive(Debug, Default)]
pub struct Found {
    /// Actors.
    pub actors: Vec<DocActor>,
    /// Statements, in text order.
    pub statements: Vec<DocStatement>,
    /// Relations, in text order.
    pub relations: Vec<DocRelation>,
}

struct Quote {
    open: usize,
    close: Option<usize>,
    para: usize,
    used: bool,
}

impl Quote {
    /// Token range of the content (inside the marks).
    fn inner(&self, para_len: usize) -> Range<usize> {
        self.open + 1..self.close.unwrap_or(para_len)
    }
}

struct Engine<'a> {
    text: &'a str,
    lex: &'static Lexicon,
    found: Found,
    by_name: HashMap<String, usize>,
    /// The last person who spoke and where they were named (byte), for the pronouns
    /// after it.
    last_person_speaker: Option<(usize, usize)>,
    /// The person who opened the latest sentences (outside quotations), with the
    /// sentence's byte range: "Harry Kane won the award. He said, ..." is Kane's, even
    /// when someone else spoke last.
    subjects: Vec<(Range<usize>, Subject)>,
    /// Organizations that opened a sentence, with its bytes: before any organization
    /// has spoken, "it said" is the one named last so ("Deutsche Bank has challenged
    /// ... In a filing, it said").
    org_subjects: Vec<(Range<usize>, usize)>,
    /// Organizations whose document opened a sentence, with its bytes: "But a recent
    /// report from Continental Research reflects ... It said" is theirs, spoken or not.
    document_subjects: Vec<(Range<usize>, usize)>,
    /// Every speaker that is no person, in the order they spoke: the last is the
    /// antecedent of "they" and "it", and "it" passes over the plural ones.
    collective_speakers: Vec<usize>,
    /// Speaker of the last direct quote and the paragraph it was in.
    last_direct: Option<(usize, usize)>,
    /// A person a pronoun is being resolved again without (`not_named_in`).
    excluded: Option<usize>,
    /// An attribution that ends its paragraph with a colon ("Cruz continued:"): speaker,
    /// mention, cue, paragraph. The quote opening the next paragraph is theirs.
    pending_colon: Option<(usize, Option<Span>, Option<Span>, usize)>,
    /// Full names seen as capitalised runs but not (yet) known to be people: a later
    /// lone surname or pronoun that needs a person may refer to them; with where each
    /// starts (byte).
    candidates: Vec<(usize, String)>,
    /// Every mention of an actor by where it starts (byte), in the order they were
    /// resolved: `DocActor::mentions` keeps one per distinct text.
    named_at: Vec<(usize, usize)>,
    /// The sex a person's mentions state ("Mrs Blackman", "the spokeswoman", "Lord
    /// Falconer"): "she" never stands for a man so known, nor "he" for a woman.
    sex: HashMap<usize, Sex>,
    /// The same for full names not (yet) actors, by name.
    name_sex: HashMap<String, Sex>,
    /// Who issued the document last cited as a source ("says a report from analysts
    /// Gartner"): "the report" after it is theirs.
    last_issuer: Option<usize>,
    /// Where the headline ends (byte; 0 without one): a name seen only there is no
    /// antecedent for a pronoun in the body ("... For Supporting Gays." then "After he
    /// blasted ...").
    headline_end: usize,
    /// Where each paragraph starts (byte), by index.
    para_starts: Vec<usize>,
    /// Where each sentence of the body read so far starts (byte), but those that start
    /// inside a quotation, and whether a reporting verb is in it outside quotations:
    /// "He added" goes on from the sentence before its own.
    sentence_starts: Vec<(usize, bool)>,
    /// Where the body's first paragraph starts (byte): its first sentence's subject is
    /// the person the article is about.
    first_body_start: Option<usize>,
    /// Organizations a document's description named as its issuer ("The Hefce
    /// report", "a report from analysts Gartner"), with the document's kind.
    issuers: Vec<(usize, String)>,
    /// Organizations and the nouns they were described by ("the media watchdog,
    /// Reporters Without Borders" is a watchdog): "the watchdog" later is that one.
    described_as: Vec<(usize, String)>,
    /// Unknown names found to be bodies by the noun the text writes after them
    /// ([`Engine::body_by_noun`]), with their kind.
    bodies_by_noun: Vec<(String, ActorKind)>,
    /// Capitalised single words met as names that are no actor (yet), by byte range:
    /// "the firm" with no organization before it is the one named so ("helped Renault
    /// boost its profits, although the firm warned").
    unknown_names: Vec<(usize, usize)>,
    /// Speakers known so far only by a title nobody named holds ("The Texas attorney
    /// general said"), with the byte their mention ends at: a person named later in
    /// apposition to the title is who they were.
    late_titles: Vec<(usize, usize, bool)>,
    /// Candidate full names met only inside quotations: no pronoun's antecedent.
    quoted_names: HashSet<String>,
}

/// How close before a bare title ("the chancellor") the person it may stand for must
/// have been named: about two paragraphs of news copy.
const SALIENT_BYTES: usize = 1200;

/// The bytes of tokens `r`; an empty range gives an empty span where it would start.
fn span_of(toks: &[Tok], r: Range<usize>) -> Span {
    let end = r.end.min(toks.len());
    if r.start >= end {
        let at = toks
            .get(r.start)
            .map_or_else(|| toks.last().map_or(0, |t| t.end), |t| t.start);
        return Span::new(at, at);
    }
    Span::new(toks[r.start].start, toks[end - 1].end)
}

/// The tokens that lie wholly inside `span`, the inverse of [`span_of`] (empty when
/// none does).
fn toks_within(toks: &[Tok], span: Span) -> Range<usize> {
    let first = toks.partition_point(|t| t.start < span.start as usize);
    let last = toks.partition_point(|t| t.end <= span.end as usize);
    first..last.max(first)
}

fn is_word(t: &Tok, text: &str, words: &[&str]) -> bool {
    if t.kind != Tk::Word {
        return false;
    }
    let w = t.text(text);
    words.iter().any(|x| x.eq_ignore_ascii_case(w))
}

const OBJECT_WORDS: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "parliament",
    "congress",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "newspaper",
    "paper",
    "television",
    "radio",
    "interviewer",
    "audience",
    "crowd",
    "supporters",
    "students",
    "delegates",
    "me",
    "us",
    "them",
    "him",
    "agency",
    "broadcaster",
    "station",
    "magazine",
    "network",
    "senators",
    "members",
    "committee",
    "conference",
    "website",
    "local",
    "state",
    "news",
    "press",
    "jurors",
    "jury",
    "court",
    "investors",
    "programme",
    "program",
];

/// Articles and possessives that open a noun phrase ("told the newspaper", "in its
/// statement").
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its"];

/// The articles (`is_word` compares without case).
const ARTICLES: &[&str] = &["the", "a", "an"];

/// The forms of "be" that make a passive ("was described as", "is due to be ...").
const BE_FORMS: &[&str] = &["be", "is", "are", "was", "were", "been", "being"];

/// Words before an organization that make it whom a document went to, not who issued
/// it ("filed with the Securities and Exchange Commission").
const RECIPIENT_WORDS: &[&str] = &["with", "to", "on"];

/// Verbs that report words, whatever their form: "was reported to have suggested".
const SPEECH_VERBS: &[&str] = &[
    "said",
    "told",
    "suggested",
    "claimed",
    "admitted",
    "warned",
    "insisted",
    "argued",
    "stated",
    "confirmed",
    "denied",
    "predicted",
    "revealed",
    "indicated",
    "described",
];

/// Verbs whose object is the speaker of the "saying" after it: "Interfax quoted Yuri
/// Trutnev as saying", "Reuters reported BaFin as saying", "cited a spokesman as saying".
const REPORTED_AS: &[&str] = &["quoted", "reported", "cited"];

/// Plurals that describe the one-word name after them as a firm's: "technology analysts
/// Gartner", "consultants Deloitte" (not "rivals": "her rivals Sanders, O'Malley").
const FIRMS_DESCRIBED: &[&str] = &[
    "analysts",
    "consultants",
    "researchers",
    "retailers",
    "makers",
    "manufacturers",
    "publishers",
    "developers",
    "brokers",
    "insurers",
    "lenders",
    "operators",
    "carriers",
];

/// Words that open a subordinate clause at a sentence's start ("If Steam proves
/// effective, ...").
const SUBORDINATORS: &[&str] = &[
    "If", "Unless", "When", "Although", "Though", "While", "Because", "Once", "Until", "Whether",
];

/// Nouns for a medium's outlet after its name ("the BBC News website", "Radio 4's
/// Today programme").
const MEDIA_NOUNS: &[&str] = &["programme", "program", "show", "website", "newspaper"];

/// Verbs whose next word is the person addressed, not what was said.
const ADDRESSING_VERBS: &[&str] = &[
    "told", "tells", "tell", "asked", "asks", "ask", "urged", "warned", "assured", "assures",
    "reminded",
];

/// Words after a reporting verb that do not open what was said: prepositions and
/// adverbs of the attribution ("said as he launched", "writes to Sullivan").
const NOT_CLAUSE_STARTS: &[&str] = &[
    "as",
    "to",
    "of",
    "for",
    "in",
    "on",
    "at",
    "about",
    "with",
    "during",
    "after",
    "before",
    "while",
    "when",
    "later",
    "again",
    "then",
    "from",
    "into",
    "and",
    "but",
    "or",
    "loudly",
    "quietly",
    "simply",
    "flatly",
    "repeatedly",
    "afterward",
    "afterwards",
    "once",
];

/// Lowercase words that do not describe a person named after them: prepositions,
/// determiners, pronouns, adverbs of time ("said on Monday", "said in Washington").
const NOT_DESCRIPTORS: &[&str] = &[
    "on",
    "in",
    "at",
    "to",
    "by",
    "for",
    "of",
    "with",
    "from",
    "about",
    "after",
    "before",
    "during",
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "today",
    "yesterday",
    "earlier",
    "later",
    "recently",
    "again",
    "last",
    "this",
    "next",
    "when",
    "while",
    "as",
    "if",
    "so",
    "not",
    "no",
    "there",
    "here",
    "then",
    "now",
];

const PP_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "last",
    "this",
    "late",
    "early",
    "earlier",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "a",
    "an",
    "the",
    "statement",
    "interview",
    "briefing",
    "conference",
    "news",
    "press",
    "speech",
    "letter",
    "email",
    "e-mail",
    "written",
    "televised",
    "today",
    "yesterday",
    "recently",
    "during",
    "after",
    "before",
    "told",
    "by",
    "phone",
    "telephone",
    "separate",
    "joint",
    "recent",
    "an",
    "exclusive",
    "with",
    "when",
    "asked",
    "about",
    "it",
    "also",
    "however",
    "again",
    "later",
    "then",
    "tuesday's",
];

impl<'a> Engine<'a> {
    fn actor_for_entry(&mut self, entry: usize, mention: Span) -> usize {
        if let Some(o) = self.local_acronym(entry, mention) {
            self.add_mention(o, mention);
            return o;
        }
        let i = self.actor_for_entry_silent(entry);
        self.add_mention(i, mention);
        i
    }

    /// The organization of this document whose initials a body's acronym written at
    /// `mention` spells, when it is not that body: "EPA" after Japan's "Economic
    /// Planning Agency" is not the U.S. Environmental Protection Agency.
    fn local_acronym(&self, entry: usize, mention: Span) -> Option<usize> {
        let e = &self.lex.entries[entry];
        if e.kind != ActorKind::Organization {
            return None;
        }
        // (The entry's own acronym: "European Union ambassador to the WTO" holds none.)
        let acronym = self.text[mention.range()].split(' ').find(|w| {
            w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && self.lex.form(w).is_some_and(|(f, _)| f == entry)
        })?;
        let o = self.abbreviated_org(acronym)?;
        (self.found.actors[o].name != e.name).then_some(o)
    }

    /// The actor of a gazetteer entry, tied to the country the entry is part of, with
    /// no mention (a role's body: "a Home Office spokesman").
    fn actor_for_entry_silent(&mut self, entry: usize) -> usize {
        let e = &self.lex.entries[entry];
        let part_of = e
            .part_of
            .clone()
            .and_then(|p| self.lex.form(&p))
            .map(|(pe, _)| pe);
        let part_of = part_of.map(|pe| self.actor_for_entry_silent(pe));
        let e = &self.lex.entries[entry];
        let i = self.intern(&e.name.clone(), e.kind, e.government, false);
        self.found.actors[i].part_of = self.found.actors[i].part_of.or(part_of);
        i
    }

    fn intern(&mut self, name: &str, kind: ActorKind, government: bool, local: bool) -> usize {
        let key = name_key(name, local);
        if let Some(&i) = self.by_name.get(&key) {
            return i;
        }
        // A body the text also writes run together or apart ("TimeWarner", "Time
        // Warner") is one, under the spelling with its words apart.
        // (The spelling apart reads as a person's name at first: "Time Warner".)
        let body = |k: ActorKind| matches!(k, ActorKind::Organization | ActorKind::Media);
        if !local && (body(kind) || kind == ActorKind::Person) {
            let same = self.found.actors.iter().position(|a| {
                (body(a.kind) || (a.kind == ActorKind::Person && body(kind)))
                    && !a.local
                    && !a.merged
                    && a.name != name
                    && spelt_apart(&a.name, name)
            });
            if let Some(i) = same {
                let a = &mut self.found.actors[i];
                if a.kind == ActorKind::Person {
                    a.kind = kind;
                }
                if name.matches(' ').count() > a.name.matches(' ').count() {
                    name.clone_into(&mut a.name);
                }
                self.by_name.insert(key, i);
                return i;
            }
        }
        let i = self.found.actors.len();
        self.found.actors.push(DocActor {
            name: name.to_owned(),
            kind,
            part_of: None,
            government,
            mentions: Vec::new(),
            roles: Vec::new(),
            local,
            merged: false,
        });
        self.by_name.insert(key, i);
        i
    }

    fn add_mention(&mut self, actor: usize, span: Span) {
        let text = &self.text[span.range()];
        let a = &mut self.found.actors[actor];
        if !a.mentions.iter().any(|m| &self.text[m.range()] == text) {
            a.mentions.push(span);
        }
        self.named_at.push((span.start as usize, actor));
    }

    /// A person by name: full names are canonical, a lone surname finds the person
    /// already named in this document; a full name upgrades an earlier lone surname.
    fn person(&mut self, name: &str, mention: Span) -> usize {
        let words: Vec<&str> = name.split_whitespace().collect();
        let surname = words.last().copied().unwrap_or(name);
        // The sex an honorific states ("Mrs Howard"): not the man of that surname
        // ("Michael Howard"), nor "Mr Howard" a woman.
        let stated = {
            // (Every honorific starts with an "M": most words are turned away by it.)
            let prev = word_before(self.text, mention.start as usize);
            let written = &self.text[mention.range()];
            let first = written.split_once(' ').map_or(written, |(f, _)| f);
            [prev, first]
                .into_iter()
                .filter(|w| w.starts_with('M') && mention::honorific(w))
                .find_map(stated_sex)
        };
        // (Or its given name's: "Michael Howard" is not the "Mrs Howard" met before;
        // asked only of an actor whose name fits, and only when one was told apart.)
        let sexed = stated.is_some() || !self.sex.is_empty();
        let own = || stated.or_else(|| (words.len() > 1).then(|| self.given_sex(name)).flatten());
        let known = |eng: &Self, a: usize| {
            eng.sex
                .get(&a)
                .or_else(|| eng.name_sex.get(&eng.found.actors[a].name))
                .copied()
                .or_else(|| eng.given_sex(&eng.found.actors[a].name))
        };
        let other_sex = |eng: &Self, a: usize| {
            sexed && own().is_some_and(|s| known(eng, a).is_some_and(|k| k != s))
        };
        let fits = |a: &DocActor| {
            a.kind == ActorKind::Person
                && !a.local
                && (a.name == name
                    || is_surname_of(name, &a.name)
                    || (words.len() > 1 && a.name == surname))
        };
        // (One known to be of the stated sex first: "Ms. Khan" is the mother named
        // before, not her son named after her.)
        let pick = |same: bool| {
            self.found.actors.iter().enumerate().rev().find(|&(i, a)| {
                fits(a)
                    && !other_sex(self, i)
                    && (!same || stated.is_some_and(|s| known(self, i) == Some(s)))
            })
        };
        let mut found = stated
            .is_some()
            .then(|| pick(true))
            .flatten()
            .or_else(|| pick(false));
        // A lone surname is not somebody named only after it ("coach Andy Robinson ...
        // But Robinson was bullish ... skipper Jason Robinson"), when another of the
        // name came before.
        let at = mention.start as usize;
        let named_after = |a: usize| self.named_at.iter().all(|&(m, x)| x != a || m > at);
        if words.len() == 1 && found.is_some_and(|(f, _)| named_after(f)) {
            let before = self
                .named_at
                .iter()
                // (At `at` itself: this very mention, resolved before the paragraph's
                // later names were met.)
                .filter(|&&(m, a)| m <= at && fits(&self.found.actors[a]) && !other_sex(self, a))
                .max()
                .map(|&(_, a)| a);
            if let Some(b) = before {
                found = Some((b, &self.found.actors[b]));
            }
        }
        let i = match found {
            Some((i, a)) if words.len() > 1 && a.name == surname => {
                let old_key = name_key(&a.name, false);
                self.by_name.remove(&old_key);
                self.found.actors[i].name = name.to_owned();
                self.by_name.insert(name_key(name, false), i);
                i
            }
            // "Trump" met alone (in the headline) and again after "Donald Trump" was
            // seen: the person takes the full name.
            Some((i, a)) if words.len() == 1 && a.name == surname => {
                let full = self.full_name_for(surname);
                if let Some(full) = full.filter(|f| !self.by_name.contains_key(&name_key(f, false)))
                {
                    self.by_name.remove(&name_key(surname, false));
                    self.found.actors[i].name = full.clone();
                    self.by_name.insert(name_key(&full, false), i);
                }
                i
            }
            Some((i, _)) => i,
            None => {
                // "Cruz" after "Ted Cruz spoke": the full name seen earlier.
                // The one named last before it, if any ("coach Andy Robinson" for
                // "Robinson" before "skipper Jason Robinson"), else the last.
                let full = (words.len() == 1)
                    .then(|| {
                        let fits = |(_, c): &&(usize, String)| {
                            is_surname_of(surname, c)
                                && !stated
                                    .is_some_and(|s| self.given_sex(c).is_some_and(|g| g != s))
                        };
                        let mut named = self.candidates.iter().rev();
                        named
                            .clone()
                            .filter(|(m, _)| *m < at)
                            .find(fits)
                            .or_else(|| named.find(fits))
                            .map(|(_, c)| c.clone())
                    })
                    .flatten();
                // A misspelt repeat ("Montieth" after "David Monteith"): the one person
                // whose surname is a letter or two away.
                let near = if words.len() == 1 && full.is_none() {
                    self.near_surname(surname)
                } else {
                    None
                };
                match near {
                    Some(i) => i,
                    None => self.intern(
                        full.as_deref().unwrap_or(name),
                        ActorKind::Person,
                        false,
                        false,
                    ),
                }
            }
        };
        self.add_mention(i, mention);
        i
    }

    /// The one full name seen for a lone surname: a given name and the surname, perhaps
    /// with an initial between ("Donald J. Trump"); not a place or a sentence's first
    /// word ("Iowa Democrats", "Once Fox"). Two full names of that surname ("Barack" and
    /// "Michelle Obama") give none.
    fn full_name_for(&self, surname: &str) -> Option<String> {
        if surname.contains(' ') {
            return None;
        }
        let mut fulls: Vec<&String> = self
            .candidates
            .iter()
            .map(|(_, c)| c)
            .filter(|c| {
                // Cheap first: the candidate ends with the surname as a word.
                if !c
                    .strip_suffix(surname)
                    .is_some_and(|head| head.ends_with(char::is_whitespace))
                {
                    return false;
                }
                let w: Vec<&str> = c.split_whitespace().collect();
                let given = w[0];
                (w.len() == 2 || (w.len() == 3 && w[1].len() == 2 && w[1].ends_with('.')))
                    && w.last() == Some(&surname)
                    && self.lex.form(given).is_none()
                    && !given.chars().all(|ch| ch.is_uppercase())
                    && !matches!(
                        given,
                        "Is" | "Once"
                            | "Several"
                            | "Plus"
                            | "Many"
                            | "Some"
                            | "Other"
                            | "Former"
                            | "New"
                            | "More"
                            | "Most"
                            | "All"
                            | "Both"
                    )
            })
            .collect();
        fulls.sort();
        fulls.dedup();
        match fulls[..] {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// A knight or dame named by title and first name ("Sir Howard" after "Sir Howard
    /// Newby", as British copy names them): the person named in full with that first
    /// name, the latest such.
    fn knight(&self, written: &str, name: &str) -> Option<usize> {
        let titled = ["Sir ", "Dame "].iter().any(|t| written.starts_with(t));
        if !titled || name.contains(' ') {
            return None;
        }
        self.found.actors.iter().rposition(|a| {
            a.kind == ActorKind::Person
                && !a.local
                && a.name.contains(' ')
                && a.name.split_whitespace().next() == Some(name)
        })
    }

    /// The only person (an actor not local to a description) whose surname is within a
    /// typo of `surname`: one edit for names under eight letters, two from eight.
    fn near_surname(&self, surname: &str) -> Option<usize> {
        let len = surname.chars().count();
        if len < 5 {
            return None;
        }
        let limit = if len >= 8 { 2 } else { 1 };
        let mut hits = self.found.actors.iter().enumerate().filter(|(_, a)| {
            a.kind == ActorKind::Person
                && !a.local
                && a.name.contains(' ')
                && a.name.split_whitespace().last().is_some_and(|last| {
                    last.chars().next() == surname.chars().next()
                        && edit_distance(last, surname) <= limit
                })
        });
        let (i, _) = hits.next()?;
        hits.next().is_none().then_some(i)
    }

    fn known_person(&self, name: &str) -> Option<usize> {
        self.found.actors.iter().rposition(|a| {
            a.kind == ActorKind::Person
                && !a.local
                && (a.name == name || is_surname_of(name, &a.name))
        })
    }

    /// Remembers that name `name` is a body of `kind` ([`Engine::body_by_noun`] answers
    /// with it from then on); the first kind remembered stays.
    fn remember_body(&mut self, name: &str, kind: ActorKind) {
        if !self.bodies_by_noun.iter().any(|(n, _)| n == name) {
            self.bodies_by_noun.push((name.to_owned(), kind));
        }
    }

    /// The kind of body an unknown name is when the text writes it, somewhere, right
    /// before a medium's noun ("PC Pro magazine", "Vedomosti newspaper": a medium) or
    /// a company's noun or staff ("the Falic group", "Twitter staff": an organization);
    /// never a person's name the text has met, nor one a given name opens.
    fn body_by_noun(&self, name: &str) -> Option<ActorKind> {
        // A word that describes ("Montreal-based", "Democratic", "Republican") is none.
        let describes = name.ends_with("-based")
            || (!name.contains(' ')
                && ["ic", "an", "ese", "ish"].iter().any(|e| name.ends_with(e)));
        let given = name
            .split(' ')
            .next()
            .is_some_and(|w| self.lex.given.contains_key(w));
        if describes || given {
            return None;
        }
        if let Some(&(_, kind)) = self.bodies_by_noun.iter().find(|(n, _)| n == name) {
            return Some(kind);
        }
        if self.met_person(name) {
            return None;
        }
        let text = self.text;
        let mut kind = None;
        for (k, _) in text.match_indices(name) {
            let before = &text[..k];
            if before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '\'' | '-'))
            {
                continue;
            }
            // The whole name ("James Hardie chairwoman" is not Hardie's), a name for
            // one ("a Baton Rouge newspaper" is a place's), not a capitalised first
            // word ("Chart analysts said").
            let prev = word_before(text, k);
            // "Mr Kok" is a person, though "the Kok report" is named after him.
            if mention::honorific(prev) {
                return None;
            }
            let sentence_start = before.trim_end_matches(' ').is_empty()
                || before
                    .trim_end_matches(' ')
                    .ends_with(['.', '!', '?', '\n', '"', '\u{201c}']);
            if matches!(prev, "a" | "an" | "A" | "An")
                || (prev.starts_with(char::is_uppercase) && !matches!(prev, "The"))
                || (sentence_start && !name.contains(' '))
            {
                continue;
            }
            let Some(rest) = text[k + name.len()..].strip_prefix(' ') else {
                continue;
            };
            let next = rest
                .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
                .next()
                .unwrap_or("");
            if !next.starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            if lexicon::medium_noun(next) {
                return Some(ActorKind::Media);
            }
            if lexicon::company_descriptor(next) || lexicon::company_staff(next) {
                kind = Some(ActorKind::Organization);
            }
        }
        kind
    }

    /// The organization whose name `noun` heads ("the commission" for the Electoral
    /// Commission, "the Ministry of Finance"; not "General Mining Union Corp"), in either
    /// spelling, that spoke not long before byte `at`, or else was named last before it:
    /// "The FAO has urged the World Trade Organisation to ... It recommends ...
    /// According to the organisation" is the FAO's; else the body the text described
    /// with a name and the noun in lower case that spoke ("the Nomura research
    /// institute"). A name that is the word alone is none.
    fn institution_headed(&self, noun: &str, at: usize) -> Option<usize> {
        let noun = spelt_z(noun);
        let headed = |name: &str| {
            let words: Vec<&str> = name.split(' ').collect();
            words.len() > 1
                && words.iter().enumerate().any(|(k, w)| {
                    spelt_z(w) == noun
                        && words
                            .get(k + 1)
                            .is_none_or(|n| n.starts_with(char::is_lowercase))
                })
        };
        let fits = |a: &DocActor| a.kind == ActorKind::Organization && !a.local && headed(&a.name);
        // Else one the text described in lower case after a name, that spoke: "the
        // Commons science and technology committee". (Not "the agency": the agency
        // that spoke last, as the caller finds it, whatever its name.)
        let described = |a: &DocActor| {
            noun != "agency"
                && matches!(a.kind, ActorKind::Organization | ActorKind::Group)
                && a.name.starts_with(char::is_uppercase)
                && a.name.contains(' ')
                && a.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| spelt_z(w) == noun)
        };
        self.recent_collective_speaker(at, fits)
            .map(|(o, _)| o)
            .or_else(|| self.last_named_before(at, fits))
            .or_else(|| {
                self.recent_collective_speaker(at, described)
                    .map(|(o, _)| o)
            })
    }

    /// The body of this name: the company named before with its legal form, if any,
    /// else one of this kind.
    fn body_named(&mut self, name: &str, kind: ActorKind) -> usize {
        self.company_by_short_name(name)
            .unwrap_or_else(|| self.intern(name, kind, false, false))
    }

    /// The company named before with a legal suffix after `name` ("Coastal" after
    /// "Coastal Corp", "Monier" after "Monier Ltd"), or the magazine ("Stuff" after "Stuff
    /// Magazine"): the same body.
    fn company_by_short_name(&self, name: &str) -> Option<usize> {
        self.found.actors.iter().position(|a| {
            // (The cheap tests first: the byte after the short name is a space.)
            let rest = || {
                (a.name.as_bytes().get(name.len()) == Some(&b' '))
                    .then(|| a.name.strip_prefix(name))
                    .flatten()
                    .map(|rest| &rest[1..])
            };
            !a.local
                && match a.kind {
                    ActorKind::Organization => rest().is_some_and(lexicon::legal_suffix),
                    ActorKind::Media => rest() == Some("Magazine"),
                    _ => false,
                }
        })
    }

    /// Whether a person of this name was met: an actor, or a full name seen earlier
    /// whose surname a lone word repeats ("Clinton" after "Hillary Clinton").
    fn met_person(&self, name: &str) -> bool {
        self.known_person(name).is_some()
            || (!name.contains(' ') && self.candidates.iter().any(|(_, c)| is_surname_of(name, c)))
    }

    /// The actor a role is held in: a gazetteer entry, or a name the gazetteer does not
    /// know ("director of Context"), which is a person met before ("adviser to Hillary
    /// Clinton") or else an organization.
    fn role_holder(&mut self, ro: &RoleRef) -> Option<usize> {
        if let Some(e) = ro.of {
            // "EPA chief Tetsuo Kondo" after Japan's Economic Planning Agency.
            let local = self.local_acronym(e, Span::new(ro.start, ro.end));
            return Some(local.unwrap_or_else(|| self.actor_for_entry_silent(e)));
        }
        let (start, end) = ro.of_name?;
        let name = name_text(&self.text[start..end]);
        let mspan = Span::new(start, end);
        let i = match self.known_person(&name) {
            Some(p) => p,
            None => self.intern(&name, ActorKind::Organization, false, false),
        };
        self.add_mention(i, mspan);
        Some(i)
    }

    /// Speakers first known only by a title nobody held ("The Texas attorney general
    /// said ...") are the person the article names later with that title, in
    /// apposition ("said Greg Abbott, Texas attorney general") or before the name
    /// ("Attorney General Greg Abbott"), when it names exactly one so.
    ///
    /// A speaker so known in the lede (the first body paragraph: "UK Muslims should
    /// accept ..., a Home Office minister has said.") is the person named in full who
    /// speaks in the first sentence of the next paragraph ("Hazel Blears said ..."),
    /// as news copy introduces its source.
    fn name_late_titles(&mut self, body: &[Range<usize>]) {
        if self.late_titles.is_empty() {
            return;
        }
        let lower = self.text.to_ascii_lowercase();
        for (a, at, description) in std::mem::take(&mut self.late_titles) {
            if self.found.actors[a].merged {
                continue;
            }
            // A description ("a Home Office minister") is too common a phrase to be
            // matched later in the text: only the lede's source is named after it.
            if description {
                if let Some(p) = self.lede_speaker(a, at, body, true) {
                    self.merge_actor(a, p);
                }
                continue;
            }
            let desc = self.found.actors[a].name.to_ascii_lowercase();
            let mut named: Vec<usize> = Vec::new();
            for (i, _) in lower[at..].match_indices(desc.as_str()) {
                let (i, end) = (at + i, at + i + desc.len());
                let word_char = |c: char| c.is_alphanumeric() || c == '-';
                if lower[..i].ends_with(word_char) || lower[end..].starts_with(word_char) {
                    continue;
                }
                let name_at = end + lower[end..].len() - lower[end..].trim_start_matches(' ').len();
                let apposed = |m: usize| {
                    let Some((name, words)) = self.text[m..i].split_once(',') else {
                        return false;
                    };
                    !name.contains(['.', ';', '\n', '"', '(', ')'])
                        && name
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                        && !words.contains([',', '.', ';', '\n', '"'])
                        && words.split_whitespace().count() <= 3
                        && words.split_whitespace().all(|w| {
                            w.starts_with(char::is_uppercase)
                                || ARTICLES.iter().any(|d| w.eq_ignore_ascii_case(d))
                        })
                };
                for &(m, p) in &self.named_at {
                    if p != a
                        && self.person_named_in_full_at(p, m)
                        && (m == name_at || m < i && m + 80 > i && apposed(m))
                        && !named.contains(&p)
                    {
                        named.push(p);
                    }
                }
            }
            // "a spokeswoman for MTV said" ... "MTV spokeswoman Jeannie Kedas said": the
            // person named later with the same title in the same body.
            if named.is_empty() {
                let held: Vec<(&str, usize)> = self.found.actors[a]
                    .roles
                    .iter()
                    .filter_map(|r| Some((r.title.as_str(), r.of?)))
                    .collect();
                let same_role = |p: usize| {
                    self.found.actors[p].roles.iter().any(|r| {
                        held.iter()
                            .any(|&(t, of)| r.of == Some(of) && r.title.eq_ignore_ascii_case(t))
                    })
                };
                for &(m, p) in &self.named_at {
                    if m > at
                        && p != a
                        && !named.contains(&p)
                        && self.person_named_in_full_at(p, m)
                        && same_role(p)
                    {
                        named.push(p);
                    }
                }
            }
            if named.is_empty() {
                named.extend(self.lede_speaker(a, at, body, false));
            }
            if let [p] = named[..] {
                self.merge_actor(a, p);
            }
        }
    }

    /// A source the lede knows only by a common noun ("..., a charity has warned.",
    /// "..., says a race group.", "..., the singer's agent has confirmed.") is who
    /// speaks first in the paragraph after it, when they fit the noun: for an
    /// organization's noun, an organization ("Christian Aid condemned the move,
    /// saying") or one speaking through a person who holds a role in it ("An Operation
    /// Black Vote spokesman said"); for a person's noun, a person named in full with
    /// that noun right before the name ("said Aguilera's agent Meghan Prophet") or as
    /// their title. News copy introduces the lede's source so.
    fn name_lede_sources(&mut self, body: &[Range<usize>]) {
        let (Some(lede), Some(next)) = (body.first(), body.get(1)) else {
            return;
        };
        // A lede is a sentence or two, not a text without paragraph breaks.
        if lede.len() > 600 {
            return;
        }
        let text = self.text;
        for a in 0..self.found.actors.len() {
            let actor = &self.found.actors[a];
            if !actor.local || actor.merged {
                continue;
            }
            let Some(head) = actor.name.rsplit(' ').next() else {
                continue;
            };
            // Documents are credited to their issuer elsewhere, and a government to its
            // country (no party or charity that speaks next is one).
            if study_noun(head).is_some()
                || !head.starts_with(char::is_lowercase)
                || head == "government"
            {
                continue;
            }
            let mut named = self.named_at.iter().filter(|&&(_, x)| x == a);
            if !named.all(|&(m, _)| lede.contains(&m)) {
                continue;
            }
            let speaks_in_lede = self.found.statements.iter().any(|s| {
                s.speaker == a
                    && s.mention
                        .is_some_and(|m| lede.contains(&(m.start as usize)))
            });
            if !speaks_in_lede {
                continue;
            }
            // Not one the lede itself names: a lede's source is not its subject.
            let in_lede = |o: usize| {
                self.named_at
                    .iter()
                    .any(|&(m, x)| x == o && lede.contains(&m))
            };
            let organization = |o: usize| {
                let x = &self.found.actors[o];
                x.kind == ActorKind::Organization && !x.local && !x.government && !in_lede(o)
            };
            // A body opening the next paragraph under a name its noun ends, when nobody
            // fitter speaks there: "A US bank has said it will donate ... ¶ Riggs Bank
            // will put money in a special fund".
            let named_next = self
                .org_subjects
                .iter()
                .find(|(sent, _)| sent.start == next.start)
                .map(|&(_, o)| o)
                .filter(|&o| {
                    let name = &self.found.actors[o].name;
                    organization(o)
                        && name.contains(' ')
                        && name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case(head))
                });
            let first = self
                .found
                .statements
                .iter()
                .filter(|s| s.speaker != a && next.contains(&(s.span.start as usize)))
                .min_by_key(|s| s.span.start)
                .map(|s| (s.speaker, s.mention));
            let Some((sp, mention)) = first else {
                if let Some(o) = named_next {
                    self.merge_actor(a, o);
                }
                continue;
            };
            let speaker = &self.found.actors[sp];
            let found = if lexicon::nominal_speaker(head) == Some(ActorKind::Organization) {
                if organization(sp) {
                    Some(sp)
                } else if speaker.kind == ActorKind::Person {
                    // Not a minister or an officer: their body is no charity or group.
                    if speaker
                        .roles
                        .iter()
                        .any(|r| r.category != RoleCategory::Civil)
                    {
                        continue;
                    }
                    let mut of = speaker.roles.iter().filter_map(|r| r.of);
                    of.next()
                        .filter(|&o| organization(o) && of.next().is_none())
                } else {
                    None
                }
            } else {
                let before_name = mention.is_some_and(|m| {
                    let m = m.range();
                    let written = &text[m.clone()];
                    let before = written
                        .strip_suffix(speaker.name.as_str())
                        .map_or(&text[..m.start], |t| &text[..m.start + t.len()]);
                    ends_with_word(before.trim_end(), head)
                });
                let titled = speaker
                    .roles
                    .iter()
                    .any(|r| r.title.eq_ignore_ascii_case(head));
                (speaker.kind == ActorKind::Person
                    && !speaker.local
                    && speaker.name.contains(' ')
                    && !in_lede(sp)
                    && (before_name || titled))
                    .then_some(sp)
            };
            if let Some(o) = found.or(named_next) {
                self.merge_actor(a, o);
            }
        }
    }

    /// The person who speaks, named in full, in the first sentence of the paragraph
    /// after the lede, when actor `a` spoke in the lede (its mention ends at `at`).
    /// With `opening`, the lede's first sentence only.
    fn lede_speaker(
        &mut self,
        a: usize,
        at: usize,
        body: &[Range<usize>],
        opening: bool,
    ) -> Option<usize> {
        let first_sentence_of = |p: &Range<usize>| {
            p.start
                ..self.text[p.clone()]
                    .find(". ")
                    .map_or(p.end, |k| p.start + k + 1)
        };
        let (lede, next) = (body.first()?, body.get(1)?);
        // A lede is a sentence or two, not a text without paragraph breaks.
        if lede.len() > 600 {
            return None;
        }
        let lede = if opening {
            first_sentence_of(lede)
        } else {
            lede.clone()
        };
        if !lede.contains(&at) {
            return None;
        }
        let first_sentence = first_sentence_of(next);
        let speaks_there = |p: usize| {
            self.found.statements.iter().any(|s| {
                s.speaker == p
                    && s.mention
                        .is_some_and(|m| first_sentence.contains(&(m.start as usize)))
            })
        };
        // Or the sentence says whose words they were: "David Myers made the comments
        // under questioning", "during a statement by Jack McConnell".
        let sentence = self.text[first_sentence.clone()].to_ascii_lowercase();
        let owned = ["made the comment", "made the remark", "statement by"]
            .iter()
            .any(|w| sentence.contains(w));
        let named = self
            .named_at
            .iter()
            .filter(|&&(m, p)| {
                first_sentence.contains(&m) && p != a && self.person_named_in_full_at(p, m)
            })
            .min()
            .map(|&(_, p)| p);
        if let Some(p) = named {
            return (speaks_there(p) || owned).then_some(p);
        }
        // A subject known so far only by its full name.
        let name = self
            .subjects
            .iter()
            .find_map(|(sent, s)| match s {
                Subject::Name(n) if sent.start == first_sentence.start && n.contains(' ') => {
                    Some(n.clone())
                }
                _ => None,
            })
            .filter(|_| owned)?;
        Some(self.intern(&name, ActorKind::Person, false, false))
    }

    /// Whether actor `p` is a person of the whole text, named at byte `m` by its full
    /// name, not by a surname that may be another's.
    fn person_named_in_full_at(&self, p: usize, m: usize) -> bool {
        let actor = &self.found.actors[p];
        let name = actor.name.as_str();
        let at = &self.text[m..];
        // A peer is named in full by title and name: "Lord Woolf", "Baroness Kennedy".
        let peer = || {
            ["Lord ", "Lady ", "Baroness ", "Baron "].iter().any(|t| {
                at.strip_prefix(t)
                    .and_then(|rest| rest.strip_prefix(name))
                    .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
            })
        };
        actor.kind == ActorKind::Person
            && !actor.local
            && ((name.contains(' ') && at.starts_with(name)) || peer())
    }

    /// A document a body's attribution names as its own ("the US Federal Reserve said
    /// in its latest Beige Book report"): where the document's title speaks later ("the
    /// Beige Book said"), the body speaks.
    fn credit_titled_documents(&mut self) {
        let text = self.text;
        // Where a statement's cue goes on "in its [latest] <Title> <document noun>".
        let mut titled: Vec<(usize, &str)> = Vec::new();
        for k in self
            .found
            .statements
            .iter()
            .filter_map(|s| s.cue.map(|c| c.end as usize))
        {
            let Some(mut rest) = text[k..].strip_prefix(" in its ") else {
                continue;
            };
            for adjective in ["latest ", "new ", "annual ", "monthly ", "quarterly "] {
                rest = rest.strip_prefix(adjective).unwrap_or(rest);
            }
            let mut len = 0;
            for (words, w) in rest.split(' ').take(6).enumerate() {
                let bare = w.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                if words > 0 && lexicon::document_noun(bare) {
                    titled.push((k, rest[..len].trim_end()));
                    break;
                }
                if !w.starts_with(char::is_uppercase) {
                    break;
                }
                len += w.len() + 1;
            }
        }
        for (at, title) in titled {
            // The body whose cue ends right before "in its".
            let Some(o) = self.found.statements.iter().find_map(|s| {
                let o = s.speaker;
                (s.cue?.end as usize == at
                    && matches!(
                        self.found.actors[o].kind,
                        ActorKind::Organization | ActorKind::Media
                    ))
                .then_some(o)
            }) else {
                continue;
            };
            // The title that speaks; a name read as a person's may be it, not one with a
            // given name or a role.
            let a = self.found.actors.iter().position(|actor| {
                actor.name == title
                    && !actor.merged
                    && !(actor.kind == ActorKind::Person
                        && (!actor.roles.is_empty() || self.lex.given_sex(&actor.name).is_some()))
            });
            if let Some(a) = a.filter(|&a| a != o) {
                self.merge_actor(a, o);
            }
        }
    }

    /// A lawsuit that speaks ("The lawsuit said ...", "According to the suit, ...") says
    /// what its plaintiff claims: the one person or organization the article names
    /// suing ("Actor Bruce Willis is suing Revolution Studios", "Californian Thomas
    /// Slattery filed the suit"). With no plaintiff named, or two, it stays a lawsuit.
    fn credit_lawsuits_to_plaintiff(&mut self) {
        let suits: Vec<usize> = (0..self.found.actors.len())
            .filter(|&a| {
                let x = &self.found.actors[a];
                x.local
                    && !x.merged
                    && matches!(
                        x.name.as_str(),
                        "lawsuit" | "suit" | "legal action" | "civil action" | "complaint"
                    )
                    && self.found.statements.iter().any(|s| s.speaker == a)
            })
            .collect();
        if suits.is_empty() {
            return;
        }
        let text = self.text;
        let lower = text.to_ascii_lowercase();
        // The actor whose name or a mention of it ends right before byte `v`, but for
        // an auxiliary (whether or not the text was read as naming it there).
        let named_before = |v: usize| -> Option<usize> {
            let mut before = text[..v].trim_end();
            while let Some(rest) = ["is", "are", "has", "have", "had", "also", "now"]
                .iter()
                .find_map(|w| before.strip_suffix(w).filter(|r| r.ends_with(' ')))
            {
                before = rest.trim_end();
            }
            (0..self.found.actors.len()).rev().find(|&a| {
                let actor = &self.found.actors[a];
                !actor.merged
                    && !actor.local
                    && matches!(actor.kind, ActorKind::Person | ActorKind::Organization)
                    && actor
                        .mentions
                        .iter()
                        .map(|sp| &text[sp.range()])
                        .chain([actor.name.as_str()])
                        .any(|w| {
                            w.starts_with(char::is_uppercase)
                                && before.ends_with(w)
                                && !before[..before.len() - w.len()]
                                    .ends_with(|c: char| c.is_alphanumeric())
                        })
            })
        };
        let mut plaintiffs: Vec<usize> = Vec::new();
        for verb in [
            " suing ",
            " sued ",
            " sues ",
            " filed the suit",
            " filed a suit",
            " filed the lawsuit",
            " filed a lawsuit",
            " filed the complaint",
            " filed a complaint",
            " brought the lawsuit",
            " brought a lawsuit",
        ] {
            for (v, _) in lower.match_indices(verb) {
                if let Some(a) = named_before(v) {
                    if !plaintiffs.contains(&a) {
                        plaintiffs.push(a);
                    }
                }
            }
        }
        if let [p] = plaintiffs[..] {
            for s in suits {
                self.merge_actor(s, p);
            }
        }
    }

    /// A document an article cites before naming who issued it (", a report says."
    /// then "The Hefce report said", "according to new research." then "The survey,
    /// conducted by the Pew Internet and American Life Project"): when the article names
    /// exactly one issuer of a document of that kind (a report, study, research or data
    /// may be any kind), the anonymous one that speaks is that issuer's.
    fn credit_documents_to_issuer(&mut self) {
        // "a report", "new research", "an influential survey"; not one whose words say
        // who issued it ("a congressional report", "exit polls"), nor "reports" in
        // general.
        let kind_of = |a: &DocActor| -> Option<String> {
            // (Only a description's document: no other is credited.)
            if !a.local || a.merged {
                return None;
            }
            // Its subject says nothing of who issued it: "a report into search habits".
            let name = [" into ", " on ", " about ", " of "]
                .iter()
                .find_map(|p| a.name.split_once(p).map(|(d, _)| d))
                .unwrap_or(&a.name);
            let mut words = name.rsplit(' ');
            let noun = words.next()?;
            // (A length of time says nothing of who: "a two-year study".)
            let duration = |w: &str| {
                ["-year", "-month", "-week"]
                    .iter()
                    .any(|u| w.strip_suffix(u).is_some_and(|n| !n.is_empty()))
            };
            let plain = words.all(|w| {
                duration(w)
                    || matches!(
                        &*lexicon::ascii_lower(w),
                        "new"
                            | "latest"
                            | "recent"
                            | "influential"
                            | "just-released"
                            | "annual"
                            | "independent"
                            | "major"
                            | "separate"
                            | "detailed"
                            | "leaked"
                    )
            });
            let kind = study_noun(noun)?;
            (plain && (kind == noun.to_ascii_lowercase() || kind == "data")).then_some(kind)
        };
        let (text, lex) = (self.text, self.lex);
        let speaking: Vec<(usize, String)> = (0..self.found.actors.len())
            .filter_map(|a| {
                let kind = kind_of(&self.found.actors[a])?;
                // Its issuer written after it, even if not understood ("recent data
                // from comScore").
                let issued_after = self.found.statements.iter().any(|s| {
                    s.speaker == a
                        && s.mention.is_some_and(|m| {
                            let after = text[m.end as usize..].trim_start();
                            ["from ", "by ", "in ", "of "]
                                .iter()
                                .any(|p| after.starts_with(p))
                        })
                });
                let speaks = self.found.statements.iter().any(|s| s.speaker == a);
                (speaks && !issued_after).then_some((a, kind))
            })
            .collect();
        if speaking.is_empty() {
            return;
        }
        // The kind of document an organization named at `start..end` issued: named
        // right before its noun ("The Conference Board survey", "Nokia-sponsored
        // research"), after "[noun] by/from/in" ("Research by handset maker Nokia",
        // "The survey, conducted by the Pew ..."), or before "which commissioned the".
        let issued_at = |start: usize, end: usize| -> Option<String> {
            let word_after = |s: &str| {
                s.split(|c: char| !c.is_alphanumeric())
                    .next()
                    .and_then(study_noun)
            };
            let after = text[end..].trim_start_matches(['-', ' ']);
            let after = after
                .strip_prefix("sponsored ")
                .or_else(|| after.strip_prefix("commissioned "))
                .unwrap_or(after);
            if let Some(kind) = word_after(after) {
                return Some(kind);
            }
            // The active voice: "Polling company Mori carried out both surveys".
            let did = ["carried out ", "conducted ", "commissioned ", "published "]
                .iter()
                .find_map(|v| after.strip_prefix(v));
            if let Some(object) = did {
                let object = [
                    "the ", "both ", "a ", "an ", "its ", "their ", "this ", "these ",
                ]
                .iter()
                .find_map(|d| object.strip_prefix(d))
                .unwrap_or(object);
                if let Some(kind) = word_after(object) {
                    return Some(kind);
                }
            }
            let commissioned = text[end..].trim_start_matches([',', ' ']);
            if let Some(rest) = commissioned.strip_prefix("which commissioned the ") {
                return word_after(rest);
            }
            // Past a description of the issuer ("handset maker", "the US").
            let mut before = text[..start].trim_end();
            for _ in 0..3 {
                let (head, last) = before.rsplit_once(' ').unwrap_or(("", before));
                let describes = last.starts_with(char::is_lowercase)
                    && !matches!(last, "by" | "from" | "in" | "the")
                    && last.chars().all(|c| c.is_alphabetic() || c == '-');
                let country = lex.form(last).is_some_and(|(e, f)| {
                    f == Form::Demonym || lex.entries[e].kind == ActorKind::Country
                });
                if describes || country {
                    before = head;
                }
            }
            let before = before
                .strip_suffix(" the")
                .or_else(|| before.strip_suffix(" The"))
                .unwrap_or(before);
            // (Or "for" whoever commissioned it: "The study, for net security firm
            // Preventon, shows".)
            let before = ["by", "from", "in", "for"].iter().find_map(|p| {
                ends_with_word(before, p).then(|| &before[..before.len() - p.len()])
            })?;
            let before = before.trim_end().trim_end_matches(',').trim_end();
            let verb = ["conducted", "commissioned", "published", "carried out"]
                .iter()
                .find_map(|v| ends_with_word(before, v).then(|| &before[..before.len() - v.len()]));
            let Some(clause) = verb else {
                let last = before.rsplit(|c: char| !c.is_alphanumeric()).next();
                // A participle opening the sentence: the document follows the issuer
                // ("Produced by Jupiter Research the analysis of ... found").
                let opening = before[..before.len() - last.map_or(0, str::len)]
                    .trim_end()
                    .ends_with(['.', '\n'])
                    || last.map(str::len) == Some(before.len());
                if opening
                    && last.is_some_and(|w| {
                        matches!(w, "Produced" | "Conducted" | "Commissioned" | "Compiled")
                    })
                {
                    return after
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .take(3)
                        .find_map(study_noun);
                }
                return last.and_then(study_noun);
            };
            let clause = clause.trim_end().trim_end_matches(',').trim_end();
            // In the passive, the document is the clause's subject, perhaps with words
            // of its own: "The survey of consumers in the UK, France, Germany and the
            // Netherlands was carried out by consultancy group Capgemini".
            let passive = ["was", "were", "has been", "had been", "is", "are"]
                .iter()
                .find_map(|v| ends_with_word(clause, v).then(|| &clause[..clause.len() - v.len()]));
            match passive {
                None => clause
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .and_then(study_noun),
                Some(subject) => {
                    let sentence = subject
                        .rsplit(['.', '!', '?', '\n'])
                        .next()
                        .unwrap_or(subject);
                    sentence
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .take(4)
                        .find_map(study_noun)
                }
            }
        };
        let mut issuers = self.issuers.clone();
        // Each place the text names an issuer, once.
        let mut scanned: Vec<(usize, usize, String)> = Vec::new();
        for (a, actor) in self.found.actors.iter().enumerate() {
            if actor.local
                || actor.merged
                || !matches!(actor.kind, ActorKind::Organization | ActorKind::Media)
            {
                continue;
            }
            for m in &actor.mentions {
                let written = &text[m.range()];
                // (Not a mention that is a document's noun itself: "survey".)
                if study_noun(written).is_some() {
                    continue;
                }
                for (at, w) in text.match_indices(written) {
                    // (Not the start of a longer name: "Pew Research" in "the US Pew
                    // Research Center".)
                    let longer = text[at + w.len()..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_uppercase));
                    if longer {
                        continue;
                    }
                    if let Some(kind) = issued_at(at, at + w.len()) {
                        if !scanned.iter().any(|&(o, m, _)| o == a && m == at) {
                            scanned.push((a, at, kind.clone()));
                        }
                        issuers.push((a, kind));
                    }
                }
            }
        }
        for (a, kind) in speaking {
            let fits = |k: &str| {
                k == kind
                    || matches!(kind.as_str(), "report" | "study" | "research" | "data")
                    // A study or research the text names may be the survey it cited
                    // ("according to a survey." then "A study by the Pew Internet and
                    // American Life Project found").
                    || matches!(k, "study" | "research")
                    // A poll is a survey.
                    || matches!((k, kind.as_str()), ("poll", "survey") | ("survey", "poll"))
            };
            let mut theirs: Vec<usize> = issuers
                .iter()
                .filter(|(_, k)| fits(k))
                .map(|&(o, _)| o)
                .collect();
            theirs.sort_unstable();
            theirs.dedup();
            // One issuer, or one the text names as issuing more often than any other
            // ("the Mori survey ... Mori carried out both surveys" against "the
            // Countryfile survey").
            let named = |o: usize| {
                scanned
                    .iter()
                    .filter(|(x, _, k)| *x == o && fits(k))
                    .count()
            };
            let mut counts: Vec<(usize, usize)> = theirs.iter().map(|&o| (named(o), o)).collect();
            counts.sort_unstable_by(|x, y| y.cmp(x));
            let issuer = match counts[..] {
                [(_, o)] => Some(o),
                [(n, o), (m, _), ..] if n >= 2 && n > m => Some(o),
                _ => None,
            };
            if let Some(issuer) = issuer {
                self.merge_actor(a, issuer);
            }
        }
    }

    /// The country a document is about, when one clearly leads: each mention of a
    /// country counts for it, and so does each mention of a body, party or place that
    /// is part of one ("Labour", "Downing Street", "London").
    fn home_country(&self) -> Option<usize> {
        let mut counts: HashMap<usize, usize> = HashMap::default();
        // (A mention resolved twice, for its sentence and for a statement, counts once.)
        let seen: HashSet<(usize, usize)> = self.named_at.iter().copied().collect();
        for &(_, a) in &seen {
            let actor = &self.found.actors[a];
            let country = if actor.kind == ActorKind::Country {
                Some(a)
            } else {
                actor
                    .part_of
                    .filter(|&c| self.found.actors[c].kind == ActorKind::Country)
            };
            if let Some(c) = country {
                *counts.entry(c).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, usize)> = counts.into_iter().map(|(c, n)| (n, c)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        let &(top, country) = ranked.first()?;
        let second = ranked.get(1).map_or(0, |&(n, _)| n);
        (top >= 2 && top >= 2 * second).then_some(country)
    }

    /// The one country whose government bodies the document names ("the Home Office",
    /// "a Department for Constitutional Affairs spokeswoman"), when it names no other
    /// country's: the government that speaks in an article on the Home Office's plans
    /// is the UK's, though the article may name Albania more often than the UK.
    fn country_of_bodies(&self) -> Option<usize> {
        let mut found = None;
        // (Also a body named only as a role's: "a Home Office spokesman".)
        for actor in &self.found.actors {
            if !actor.government || actor.merged || actor.kind != ActorKind::Organization {
                continue;
            }
            let Some(c) = actor
                .part_of
                .filter(|&c| self.found.actors[c].kind == ActorKind::Country)
            else {
                continue;
            };
            if found.is_some_and(|f| f != c) {
                return None;
            }
            found = Some(c);
        }
        found
    }

    /// "The government has denied reports ..." in an article on Labour and the Tories:
    /// a government the text never tied to a country is that of the country the
    /// document is about, once the whole document is read, or else of the one country
    /// whose government bodies it names.
    fn credit_government_to_home_country(&mut self) {
        let unowned = |a: &DocActor| {
            a.local
                && !a.merged
                && a.kind == ActorKind::Organization
                && matches!(
                    &*lexicon::ascii_lower(&a.name),
                    "government"
                        | "federal government"
                        | "national government"
                        | "central government"
                )
        };
        if !self.found.actors.iter().any(unowned) {
            return;
        }
        let Some(country) = self.home_country().or_else(|| self.country_of_bodies()) else {
            return;
        };
        for g in 0..self.found.actors.len() {
            if unowned(&self.found.actors[g]) {
                self.merge_actor(g, country);
            }
        }
    }

    /// Makes actor `from` the same as `into`: its statements, mentions, roles and
    /// relations become `into`'s, and it has no output of its own.
    fn merge_actor(&mut self, from: usize, into: usize) {
        let swap = |x: &mut usize| {
            if *x == from {
                *x = into;
            }
        };
        for k in 0..self.found.statements.len() {
            let s = &mut self.found.statements[k];
            swap(&mut s.speaker);
            let speaker = s.speaker;
            let mut about = std::mem::take(&mut s.about);
            about.iter_mut().for_each(swap);
            self.found.statements[k].about = finish_about(self, about, Some(speaker));
        }
        for r in &mut self.found.relations {
            swap(&mut r.source);
            swap(&mut r.target);
        }
        for a in &mut self.found.actors {
            if let Some(x) = a.part_of.as_mut() {
                swap(x);
            }
            for ro in &mut a.roles {
                if let Some(x) = ro.of.as_mut() {
                    swap(x);
                }
            }
        }
        for (_, x) in &mut self.named_at {
            swap(x);
        }
        let mentions = std::mem::take(&mut self.found.actors[from].mentions);
        let old_roles = std::mem::take(&mut self.found.actors[from].roles);
        for m in mentions {
            self.add_mention(into, m);
        }
        self.found.actors[into]
            .mentions
            .sort_by_key(|m| (m.start, m.end));
        let roles = &mut self.found.actors[into].roles;
        for ro in old_roles {
            if !roles.iter().any(|r| r.title == ro.title) {
                roles.push(ro);
            }
        }
        self.found.actors[from].merged = true;
    }

    /// An organization known by an acronym met before the name it abbreviates (a
    /// headline's "BNP" before the story's "a British National Party leaflet") is that
    /// organization, when exactly one organization of the text has those initials.
    fn merge_early_acronyms(&mut self) {
        let acronyms: Vec<usize> = (0..self.found.actors.len())
            .filter(|&a| {
                let actor = &self.found.actors[a];
                !actor.merged
                    && !actor.local
                    && actor.kind == ActorKind::Organization
                    && actor.name.len() >= 2
                    && actor.name.bytes().all(|c| c.is_ascii_uppercase())
            })
            .collect();
        for a in acronyms {
            let acronym = self.found.actors[a].name.clone();
            let mut full = (0..self.found.actors.len()).filter(|&o| {
                let x = &self.found.actors[o];
                o != a
                    && !x.merged
                    && x.kind == ActorKind::Organization
                    && x.name.contains(' ')
                    && initials_of(&acronym, &x.name)
            });
            if let (Some(o), None) = (full.next(), full.next()) {
                self.merge_actor(a, o);
                continue;
            }
            // Or the one name the text spells so, written only as a modifier ("a
            // British National Party leaflet"): the acronym's actor takes that name.
            if let Some(name) = spelled_name(self.text, &acronym) {
                if let std::collections::hash_map::Entry::Vacant(e) =
                    self.by_name.entry(name_key(&name, false))
                {
                    e.insert(a);
                    self.found.actors[a].name = name;
                }
            }
        }
    }

    /// Whether a demonym is a noun for a person next to a reporting verb: alone after
    /// "the", before a verb ("The Argentine had stoked up the temperature ... by
    /// saying") or after one ("said the American"), not before a noun ("the Argentine
    /// government").
    fn demonym_noun(&self, r: &Ref, written: &str) -> bool {
        let before = self.text[..r.start].trim_end_matches(' ');
        let next = self.text[r.end..]
            .trim_start_matches(' ')
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("");
        let verb_before = before
            .strip_suffix("the")
            .map(|b| b.trim_end_matches(' '))
            .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|w| lexicon::cue(w).is_some());
        demonym_ref(self.lex, self.text, r)
            && !written.contains(' ')
            && ends_with_word(before, "the")
            && (lexicon::cue(next).is_some()
                || lexicon::auxiliary(next)
                || lexicon::helping_verb(next)
                || verb_before)
    }

    /// The person a nationality used as a noun stands for: the person the text
    /// introduced with it last ("Argentine David Nalbandian").
    fn nationality_noun(&self, r: &Ref, written: &str) -> Option<String> {
        if !self.demonym_noun(r, written) {
            return None;
        }
        // The demonym right before the name, or opening its mention.
        let introduced = |m: usize| {
            self.text[..m]
                .trim_end_matches(' ')
                .strip_suffix(written)
                .is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
                || self.text[m..]
                    .strip_prefix(written)
                    .is_some_and(|rest| rest.starts_with(' '))
        };
        let actor = self
            .named_at
            .iter()
            .filter(|&&(m, a)| {
                let actor = &self.found.actors[a];
                m < r.start && introduced(m) && actor.is_named_person()
            })
            .max()
            .map(|&(m, a)| (m, self.found.actors[a].name.clone()));
        let candidate = self
            .candidates
            .iter()
            .filter(|(m, c)| *m < r.start && introduced(*m) && c.contains(' '))
            .max()
            .map(|(m, c)| (*m, c.clone()));
        actor.max(candidate).map(|(_, name)| name)
    }

    /// Resolves a reference to a document actor. `speaker` says the reference is the
    /// subject of a reporting verb, which makes an unknown name a person.
    fn resolve(&mut self, r: &Ref, speaker: bool) -> Option<usize> {
        let span = Span::new(r.start, r.end);
        let actor = match &r.head {
            Head::Known(e) => {
                let written = &self.text[span.range()];
                let capital = self
                    .lex
                    .form(written)
                    .is_some_and(|(_, f)| f == Form::Capital);
                // (Or after an honorific: "said Mr Irish" is a man, not Ireland.)
                if !r.locative
                    && !written.contains(' ')
                    && mention::honorific(word_before(self.text, span.start as usize))
                {
                    return Some(self.person(written, span));
                }
                if capital && !r.locative && self.met_person(written) {
                    // "Paris claims" after "Valeska Paris": the person, not France.
                    return Some(self.person(written, span));
                }
                if capital && r.locative && !speaker {
                    // "talks in Vienna": the city as a place, not its government.
                    let country = self.actor_for_entry_silent(*e);
                    let i = self.intern(written, ActorKind::Location, false, false);
                    self.found.actors[i].part_of = Some(country);
                    self.add_mention(i, span);
                    Some(i)
                } else if let Some(name) =
                    speaker.then(|| self.nationality_noun(r, written)).flatten()
                {
                    Some(self.person(&name, span))
                } else if let Some(p) =
                    (speaker && self.demonym_noun(r, written) && singular_demonym(written))
                        .then(|| self.named_person_at(r.start))
                        .flatten()
                {
                    // "said the American" of nobody introduced so: the person the text
                    // is about, as "he" would be.
                    self.add_mention(p, span);
                    Some(p)
                } else {
                    Some(self.actor_for_entry(*e, span))
                }
            }
            Head::Name {
                start,
                end,
                org,
                media,
            } => {
                let name = name_text(&self.text[*start..*end]);
                let mspan = Span::new(*start, *end);
                // "the Indian Government" capitalised: the country, as "the Indian
                // government" is.
                let country = name
                    .strip_suffix(" Government")
                    .and_then(|whose| self.lex.form(whose))
                    .filter(|&(e, f)| {
                        self.lex.entries[e].kind == ActorKind::Country
                            && matches!(f, Form::Name | Form::Demonym)
                    });
                if let Some((e, _)) = country {
                    return Some(self.actor_for_entry(e, span));
                }
                // "the Salford MP": a place and a post-nominal title after "the" describe
                // a person, the one holding no other title named last.
                // So does a portfolio before a title, after "the" and perhaps a
                // nationality: "The Indonesian Economics Minister explained".
                if !org && !media && speaker {
                    let before = self.text[..*start].trim_end_matches(' ');
                    let the_before = self.definite_before(before);
                    // (Not a body or a person the text has named: "The Opec President"
                    // holds the title in Opec, and is no Opec.)
                    let named = |lead: &str| {
                        self.found.actors.iter().any(|a| {
                            a.name == lead
                                || a.mentions.iter().any(|m| &self.text[m.range()] == lead)
                        })
                    };
                    // (The title look-up first: the scan of the actors only for a name
                    // that ends in one.)
                    let title = name.rsplit_once(' ').and_then(|(lead, last)| {
                        let t = self.lex.title(last)?;
                        (post_nominal(last)
                            || (last.starts_with(char::is_uppercase) && !named(lead)))
                        .then_some(t)
                    });
                    if let (true, Some(t)) = (the_before, title) {
                        let title = self.lex.titles[t].name.clone();
                        if let Some(p) = self.described_person(mspan, Some(&title), speaker) {
                            self.add_mention(p, mspan);
                            return Some(p);
                        }
                    }
                }
                // "the Bank said", "the Commission added": capitalised, the noun still
                // stands for the body named before whose name it heads (the Bank of
                // England, the European Commission).
                if speaker
                    && !name.contains(' ')
                    && (lexicon::institution_noun(&name)
                        || matches!(name.as_str(), "Bank" | "Treasury"))
                    && ends_with_word(self.text[..*start].trim_end_matches(' '), "the")
                {
                    if let Some(o) = self.institution_headed(&name, *start) {
                        self.add_mention(o, mspan);
                        return Some(o);
                    }
                }
                // "the outgoing European Commissioner" after Neil Kinnock spoke: an
                // epithet of the person the text is about.
                let last = name.rsplit(' ').next().unwrap_or(&name);
                if !org && !media && speaker && office_noun(self.lex, last) {
                    if let Some(p) = self.former_holder(mspan) {
                        self.add_mention(p, span);
                        return Some(p);
                    }
                }
                let acronym = name.len() >= 2
                    && !name.contains(' ')
                    && name
                        .chars()
                        .all(|c| c.is_uppercase() || c == '.' || c == '&');
                if acronym && lexicon::thing_acronym(&name) {
                    // "GDP", "DVD", "GMT": things, not actors.
                    return None;
                }
                // A web address names a site ("Gawker.com"), not a person.
                let site = lexicon::web_address(name.strip_suffix('.').unwrap_or(&name));
                let name = if site {
                    name.trim_end_matches('.').to_owned()
                } else {
                    name
                };
                // "GE" after "General Electric": the organization its letters abbreviate;
                // also written as a word ("Sepa" after "the Scottish Environment
                // Protection Agency", as British copy writes it).
                let word_acronym = !acronym
                    && name.len() >= 4
                    && !name.contains([' ', '-', '\''])
                    && name.chars().skip(1).all(|c| c.is_ascii_lowercase());
                let abbreviated = ((acronym || word_acronym) && r.roles.is_empty())
                    .then(|| self.abbreviated_org(&name.to_ascii_uppercase()))
                    .flatten();
                // "the Scot admitted": the person the text is about.
                let before = self.text[..*start].trim_end_matches(' ');
                if r.roles.is_empty()
                    && !name.contains(' ')
                    && lexicon::topic_noun(&name)
                    && ends_with_word(before, "the")
                {
                    if let Some(p) = self.epithet_person(*start) {
                        self.add_mention(p, mspan);
                        return Some(p);
                    }
                }
                // "sportswear firm Umbro", "media group Reuters", "Renault boss",
                // "Nissan chairman Carlos Ghosn": a company.
                let org = *org || {
                    // The whole word: "film-maker George Lucas" is a person.
                    let word = before.rsplit(text::is_space).next().unwrap_or("");
                    let next = self.text[*end..]
                        .trim_start_matches(' ')
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    (!word.is_empty() && lexicon::company_descriptor(word))
                        || (lexicon::company_staff(next) && !self.met_person(&name))
                };
                if let Some(o) = abbreviated {
                    self.by_name.insert(name_key(&name, false), o);
                    self.add_mention(o, mspan);
                    Some(o)
                } else if org || *media || site || (acronym && r.roles.is_empty()) {
                    let kind = if *media || site {
                        ActorKind::Media
                    } else {
                        ActorKind::Organization
                    };
                    let i = self.body_named(&name, kind);
                    self.add_mention(i, mspan);
                    Some(i)
                } else if let Some(k) = self.knight(&self.text[*start..*end], &name) {
                    self.add_mention(k, mspan);
                    Some(k)
                } else if !r.roles.is_empty()
                    || speaker
                    || self.known_person(&name).is_some()
                    || self.full_name_for(&name).is_some()
                {
                    // A name the text writes elsewhere before a medium's or a company's
                    // noun ("A survey by PC Pro magazine ... According to PC Pro",
                    // "Twitter staff"): that body, not a person.
                    let body = (speaker && r.roles.is_empty())
                        .then(|| self.body_by_noun(&name))
                        .flatten();
                    Some(match body {
                        Some(kind) => {
                            self.remember_body(&name, kind);
                            let i = self.body_named(&name, kind);
                            self.add_mention(i, mspan);
                            i
                        }
                        // (A company or a magazine named before in full, not a
                        // person's surname: "Stuff predicts" after "Stuff Magazine",
                        // "Chrysler said" after "Chrysler Corp".)
                        None => match self
                            .company_by_short_name(&name)
                            .filter(|_| !self.met_person(&name))
                        {
                            Some(o) => {
                                self.add_mention(o, mspan);
                                o
                            }
                            None => self.person(&name, mspan),
                        },
                    })
                } else {
                    None
                }
            }
            Head::Pronoun(Pronoun::Person) => self.pronoun_person(r.start),
            // "it" is no plural group nor a share ("40% said they were ... It said"):
            // the last speaker that is neither.
            Head::Pronoun(Pronoun::Collective)
                if self.text[span.range()].eq_ignore_ascii_case("it")
                    && self
                        .last_collective_speaker()
                        .is_some_and(|a| self.plural_group(a)) =>
            {
                self.collective_speakers
                    .iter()
                    .rev()
                    .copied()
                    .find(|&a| !self.plural_group(a))
                    .or_else(|| self.recent_org_subject(r.start))
                    .or(self.last_collective_speaker())
            }
            Head::Pronoun(Pronoun::Collective) => self.text[span.range()]
                .eq_ignore_ascii_case("it")
                .then(|| {
                    self.speaker_subject_before(r.start)
                        .or_else(|| self.document_subject_before(r.start))
                })
                .flatten()
                // "it" opening a clause joined inside the sentence an organization opened:
                // "Even sports car maker Porsche may join the race, although it insists
                // ..." (not a closing "..., it said": the body giving the news).
                .or_else(|| {
                    (&self.text[span.range()] == "it"
                        && matches!(
                            word_before(self.text, span.start as usize),
                            "although" | "though" | "but" | "while" | "yet"
                        ))
                    .then(|| {
                        self.org_subject_of(r.start)
                            .or_else(|| self.unknown_subject_of(r.start))
                    })
                    .flatten()
                })
                .or_else(|| self.last_collective_speaker())
                .or_else(|| self.recent_org_subject(r.start))
                .or_else(|| {
                    self.text[span.range()]
                        .eq_ignore_ascii_case("it")
                        .then(|| self.unknown_subject_before(r.start))
                        .flatten()
                }),
            // First person in the narration (quotes are never searched for speakers):
            // the article's author, an actor of this document only.
            Head::Pronoun(Pronoun::First) => {
                let i = self.intern("the author", ActorKind::Person, false, true);
                self.add_mention(i, span);
                Some(i)
            }
            Head::TitleOnly => {
                // "Ms King said", "says King" after "Kristin King": a surname that is
                // also a title names the person.
                let written = &self.text[span.range()];
                let capitalised = written.starts_with(char::is_uppercase) && !written.contains(' ');
                if capitalised && !r.locative {
                    let honoured = mention::honorific(word_before(self.text, span.start as usize));
                    if honoured || self.met_person(written) {
                        return Some(self.person(written, span));
                    }
                }
                let first = r.roles.first()?;
                // "the president of the Communications Workers of America" is not the
                // president of another country or body named before.
                let held_in = if first.of.is_some() || first.of_name.is_some() {
                    Some(self.role_holder(first))
                } else {
                    None
                };
                let title = &self.lex.titles[first.title].name;
                // A holder of the title in the same body, or in none named; an unnamed
                // one known only as holding it in another body is somebody else ("A
                // CRE spokesman" after "An Operation Black Vote spokesman").
                // For a minister's title, the words between "the" and it ("the culture
                // secretary"), when an article opens the phrase.
                let lead = if lexicon::ministerial(title) {
                    self.title_lead(span)
                } else {
                    None
                };
                let portfolio: Vec<String> = lead
                    .iter()
                    .flatten()
                    .filter(|w| !matches!(w.as_str(), "former" | "new" | "outgoing" | "then"))
                    .cloned()
                    .collect();
                let text = self.text;
                let holds = |a: &DocActor| {
                    // (With its portfolio: "the culture secretary" is not Education
                    // Secretary Ruth Kelly.)
                    let mut same = a
                        .roles
                        .iter()
                        .filter(|ro| {
                            ro.title.eq_ignore_ascii_case(title)
                                && (portfolio.is_empty() || {
                                    let held = text[ro.span.range()].to_lowercase();
                                    portfolio.iter().all(|w| held.contains(w.as_str()))
                                })
                        })
                        .peekable();
                    a.kind == ActorKind::Person
                        && same.peek().is_some()
                        && held_in.is_none_or(|of| {
                            let (mut any_here, mut elsewhere) = (false, false);
                            for ro in same {
                                any_here |= ro.of.is_none() || ro.of == of;
                                elsewhere |= ro.of.is_some() && ro.of != of;
                            }
                            any_here && !(a.local && elsewhere)
                        })
                };
                // The holder named last before ("the president" after "President George
                // W. Bush" in a story about President Obama), else the last one met.
                let holder = self
                    .named_at
                    .iter()
                    .filter(|&&(m, a)| m < r.start && holds(&self.found.actors[a]))
                    .max()
                    .map(|&(_, a)| a)
                    .or_else(|| self.found.actors.iter().rposition(holds));
                // An age before the title says it is someone met: "the 47-year-old
                // director said" is the person the text is about.
                let holder = holder.or_else(|| {
                    word_before(self.text, span.start as usize)
                        .ends_with("-year-old")
                        .then(|| self.named_person_at(span.start as usize))
                        .flatten()
                });
                // A former or outgoing title nobody named holds is an epithet of the
                // person the text is about: "Neil Kinnock has said ... But the outgoing
                // European Commissioner said", "The former Labour leader said".
                let holder = holder.or_else(|| {
                    held_in
                        .is_none()
                        .then(|| self.spokesperson_body(span, title))
                        .flatten()
                });
                let holder = holder.or_else(|| self.former_holder(span));
                // "Gordon Brown has delivered a rousing speech ... The chancellor said":
                // before anyone else speaks, the person the lede is about.
                let holder = holder.or_else(|| self.lede_epithet(span, speaker));
                // "Ms Jowell complained ... The culture secretary said": a minister's
                // title nobody holds, after "the", is the person named just before, when
                // no title of theirs says otherwise.
                let holder = holder.or_else(|| {
                    (speaker && lead.is_some())
                        .then(|| self.titled_antecedent(span, first.title))
                        .flatten()
                });
                // A speaker known only by a title nobody named holds ("the prime
                // minister's spokesman said"): an actor of this document, as written.
                let holder = holder.or_else(|| self.described_person(span, Some(title), speaker));
                let holder = holder.or_else(|| self.office_epithet(span, speaker));
                match holder {
                    Some(h) => Some(h),
                    None if speaker => {
                        let name = self.described_name(span);
                        let i = self.intern(&name, ActorKind::Person, false, true);
                        self.add_mention(i, span);
                        self.late_titles.push((i, span.end as usize, false));
                        Some(i)
                    }
                    None => None,
                }
            }
            Head::Group { of } => {
                let noun = self.text[span.range()].to_lowercase();
                match of {
                    Some(e) => {
                        let country = self
                            .local_acronym(*e, span)
                            .unwrap_or_else(|| self.actor_for_entry_silent(*e));
                        let cname = self.found.actors[country].name.clone();
                        let last = noun
                            .split_whitespace()
                            .last()
                            .unwrap_or("officials")
                            .to_owned();
                        let i =
                            self.intern(&format!("{cname} {last}"), ActorKind::Group, false, false);
                        self.found.actors[i].part_of = Some(country);
                        self.add_mention(i, span);
                        Some(i)
                    }
                    None => {
                        let name = self.described_name(span);
                        let head = name.split_whitespace().last().unwrap_or("");
                        // "the OECD secretariat": the body it serves.
                        if head == "secretariat" {
                            let body = name[..name.len() - head.len()].trim_end();
                            let known = self
                                .lex
                                .form(body)
                                .filter(|&(e, _)| {
                                    self.lex.entries[e].kind == ActorKind::Organization
                                })
                                .map(|(e, _)| self.actor_for_entry_silent(e));
                            // (Or one the text named: "the Organisation for Economic
                            // Cooperation and Development, OECD".)
                            let named = || {
                                let acronym =
                                    body.len() > 1 && body.chars().all(|c| c.is_ascii_uppercase());
                                acronym
                                    .then(|| self.abbreviated_org(body))
                                    .flatten()
                                    .or_else(|| {
                                        self.found.actors.iter().position(|a| {
                                            a.kind == ActorKind::Organization
                                                && !a.local
                                                && a.name == body
                                        })
                                    })
                            };
                            if let Some(o) = known.or_else(named) {
                                self.add_mention(o, span);
                                return Some(o);
                            }
                        }
                        // "the council's ruling said": the body named so before ("The
                        // Ugandan Media Council").
                        if let Some(o) = self.issuing_body(&name, span) {
                            self.add_mention(o, span);
                            return Some(o);
                        }
                        // "the actress", "the 23-year-old": the person the text is about.
                        let topical = written_definite(&self.text[span.range()])
                            // (A name inside counts as one word: "the two-time
                            // Academy Award winner".)
                            && name
                                .split_whitespace()
                                .filter(|w| w.starts_with(|c: char| !c.is_uppercase()))
                                .count()
                                <= 3
                            && (lexicon::topic_noun(head)
                                || head.ends_with("-year-old")
                                // An age before any noun: "the 41-year-old chart-topper".
                                || name.split_whitespace().any(|w| w.ends_with("-year-old")));
                        if office_noun(self.lex, head) {
                            // "the Tory leader" after "Tory leader Michael Howard": that
                            // person.
                            if let Some(p) = self
                                .former_holder(span)
                                .or_else(|| self.described_person(span, None, speaker))
                            {
                                self.add_mention(p, span);
                                return Some(p);
                            }
                        }
                        if office_noun(self.lex, head) || topical {
                            if let Some(p) = self.lede_epithet(span, speaker) {
                                self.add_mention(p, span);
                                return Some(p);
                            }
                        }
                        if topical {
                            if let Some(p) = self.named_person_at(span.start as usize) {
                                self.add_mention(p, span);
                                return Some(p);
                            }
                        }
                        if let Some(p) = self.office_epithet(span, speaker) {
                            self.add_mention(p, span);
                            return Some(p);
                        }
                        // "the US government", "the Japanese government": the country,
                        // as "Washington" and "Tokyo" are.
                        if let Some(whose) = name
                            .strip_suffix("government")
                            .or_else(|| name.strip_suffix("Government"))
                            .and_then(|w| w.strip_suffix(' '))
                        {
                            let country = self.lex.form(whose).filter(|&(e, f)| {
                                self.lex.entries[e].kind == ActorKind::Country
                                    && matches!(f, Form::Name | Form::Demonym)
                            });
                            if let Some((e, _)) = country {
                                return Some(self.actor_for_entry(e, span));
                            }
                        }
                        // "the government" after Downing Street spoke: its country's.
                        if name.eq_ignore_ascii_case("government")
                            && written_definite(&self.text[span.range()])
                        {
                            if let Some(c) = self
                                .speaking_government()
                                .or_else(|| self.named_government(span.start as usize))
                            {
                                self.add_mention(c, span);
                                return Some(c);
                            }
                            // Whose it is may be known once the sentence's speakers are.
                            if !speaker {
                                return None;
                            }
                        }
                        let kind = if lexicon::group_noun(head) {
                            ActorKind::Group
                        } else {
                            lexicon::nominal_speaker(head).unwrap_or(ActorKind::Group)
                        };
                        // "his son said" after "Mr Nogar's son Stephen": the person
                        // the relation introduced.
                        if written_possessive(&self.text[span.range()]) {
                            if let Some(p) = self.described_person(span, None, speaker) {
                                self.add_mention(p, span);
                                return Some(p);
                            }
                        }
                        // "the president": the person already named with that title.
                        if kind == ActorKind::Person {
                            if let Some(p) = self.found.actors.iter().rposition(|a| {
                                a.kind == ActorKind::Person
                                    && a.roles.iter().any(|ro| ro.title.eq_ignore_ascii_case(head))
                            }) {
                                self.add_mention(p, span);
                                return Some(p);
                            }
                            // "the Lions coach": the person introduced as "Lions coach".
                            if let Some(p) = self.described_person(span, None, speaker) {
                                self.add_mention(p, span);
                                return Some(p);
                            }
                            // "Nicholas Betts-Green ... quit. The former teacher
                            // confirmed": what a person was is an epithet of the person
                            // the text is about, as "he" would be.
                            if speaker && former_epithet(self.text, span) {
                                if let Some(p) = self.named_person_at(span.start as usize) {
                                    self.add_mention(p, span);
                                    return Some(p);
                                }
                            }
                        }
                        // "a statement on her website said": the person "her" stands for.
                        let written = &self.text[span.range()];
                        if speaker
                            && written
                                .split(' ')
                                .any(|w| lexicon::document_noun(w) || w == "website")
                        {
                            let owner = [" her ", " his "]
                                .iter()
                                .find_map(|p| written.find(p).map(|k| span.start as usize + k + 1));
                            if let Some(p) = owner.and_then(|at| self.named_person_at(at)) {
                                self.add_mention(p, span);
                                return Some(p);
                            }
                            // "according to the company's annual report": the company
                            // that spoke last, not long before.
                            let firm = written
                                .split(' ')
                                .any(|w| possessive_of(w).is_some_and(lexicon::business_noun));
                            let business = |a: &DocActor| {
                                a.kind == ActorKind::Organization && !a.local && !a.government
                            };
                            if let Some((o, _)) = firm
                                .then(|| {
                                    self.recent_collective_speaker(span.start as usize, business)
                                })
                                .flatten()
                            {
                                self.add_mention(o, span);
                                return Some(o);
                            }
                        }
                        // "the report", "the paper", "the company": a definite description
                        // that is its noun alone refers back.
                        // (A day's possessive points as "the" does: "Wednesday's
                        // statement".)
                        let bare_definite = name.eq_ignore_ascii_case(head)
                            && (written_definite(&self.text[span.range()])
                                || lexicon::dated_possessive(word_before(
                                    self.text,
                                    span.start as usize,
                                )));
                        if lexicon::document_noun(head) {
                            // "a World Bank report", "the Hefce report": its issuer.
                            let named = issuer_words_before(self.text, span)
                                .filter(|_| !name.contains(' '))
                                .map_or_else(|| name.clone(), |lead| format!("{lead} {name}"));
                            if let Some(o) = self.issuer_named_in(&named, head) {
                                self.add_mention(o, span);
                                self.last_issuer = Some(o);
                                if let Some(kind) = study_noun(head) {
                                    self.issuers.push((o, kind));
                                }
                                return Some(o);
                            }
                            // "the report" after "a report from analysts Gartner", or
                            // after the organization that spoke last ("the OECD said
                            // ... the report forecast"): the one named last.
                            if bare_definite {
                                let speaker = self.last_collective_speaker().filter(|&o| {
                                    let a = &self.found.actors[o];
                                    a.kind == ActorKind::Organization && !a.local
                                });
                                let at = span.start as usize;
                                let issuer = [self.last_issuer, speaker]
                                    .into_iter()
                                    .flatten()
                                    .max_by_key(|&o| self.last_named(o, at));
                                if let Some(o) = issuer {
                                    self.add_mention(o, span);
                                    return Some(o);
                                }
                            }
                        }
                        // "the paper", "the magazine", "the club": the one the text
                        // introduced with a noun of that kind, named last before.
                        if let Some(outlet) = lexicon::outlet_noun(&head.to_ascii_lowercase())
                            .filter(|_| bare_definite)
                        {
                            let at = span.start as usize;
                            // (A club the text names more than once: "Rival local club
                            // Manchester City" is seldom the club the story is about.)
                            let salient = |o: usize| {
                                let name = self.found.actors[o].name.as_str();
                                outlet != "club" || self.text.matches(name).nth(1).is_some()
                            };
                            let found = self
                                .described_as
                                .iter()
                                .filter(|&&(o, ref n)| {
                                    lexicon::outlet_noun(n) == Some(outlet) && salient(o)
                                })
                                .filter_map(|&(o, _)| self.last_named(o, at).map(|m| (m, o)))
                                .max()
                                .map(|(_, o)| o);
                            if let Some(o) = found {
                                self.add_mention(o, span);
                                return Some(o);
                            }
                        }
                        // "the paper", "the newspaper": the news medium named last before;
                        // "the station", "the channel": the broadcaster ("part of a BBC
                        // Radio 2 special ... The station also confirmed").
                        // (Also with the trade or reach it serves: "the industry
                        // newspaper", "the local paper".)
                        let lowered = head.to_ascii_lowercase();
                        let print = matches!(&*lowered, "paper" | "newspaper");
                        let served = || {
                            written_definite(&self.text[span.range()])
                                && name.split_once(' ').is_some_and(|(modifier, noun)| {
                                    noun == head
                                        && matches!(
                                            modifier,
                                            "industry"
                                                | "trade"
                                                | "business"
                                                | "financial"
                                                | "local"
                                                | "music"
                                                | "entertainment"
                                        )
                                })
                        };
                        if (print || matches!(&*lowered, "station" | "channel"))
                            && (bare_definite || served())
                        {
                            let media = |a: &DocActor| {
                                a.kind == ActorKind::Media
                                    && !a.local
                                    && lexicon::print_medium(&a.name) == print
                            };
                            if let Some(o) = self.last_named_before(span.start as usize, media) {
                                self.add_mention(o, span);
                                return Some(o);
                            }
                        }
                        // "the party": the political party named last in its paragraph;
                        // else the one that spoke last, not long before; else the one
                        // named last. (The paragraph's own speakers are not known yet:
                        // "The Tories say ... / The Liberal Democrats want ... They say
                        // ... The party says" is the Liberal Democrats'.)
                        if head.eq_ignore_ascii_case("party") && bare_definite && speaker {
                            let at = span.start as usize;
                            let lex = self.lex;
                            let party = |a: &DocActor| {
                                a.kind == ActorKind::Organization
                                    && !a.local
                                    && (a.name.split(' ').any(|w| w == "Party")
                                        || lex
                                            .form(&a.name)
                                            .is_some_and(|(e, _)| lex.entries[e].party))
                            };
                            let spoken = self.recent_collective_speaker(at, party);
                            let paragraph = self.text[..at].rfind('\n').unwrap_or(0);
                            let here = self
                                .named_at
                                .iter()
                                .filter(|&&(m, a)| {
                                    m >= paragraph && m < at && party(&self.found.actors[a])
                                })
                                .max()
                                .map(|&(_, a)| a);
                            let found = here
                                .or(spoken.map(|(o, _)| o))
                                .or_else(|| self.last_named_before(at, party));
                            if let Some(o) = found {
                                self.add_mention(o, span);
                                return Some(o);
                            }
                        }
                        // "the commission", "the alliance": the organization that spoke
                        // last, not long before, or else was named last, whose name that
                        // word heads ("the Electoral Commission", "the
                        // Ministry of Finance"; not "General Mining Union Corp"), in
                        // either spelling ("the organization" for the World Health
                        // Organisation). A name that is the word alone is none.
                        if bare_definite && speaker && lexicon::institution_noun(head) {
                            if let Some(o) = self.institution_headed(head, span.start as usize) {
                                self.add_mention(o, span);
                                return Some(o);
                            }
                            // "the organisation" fits every organization: the one that
                            // spoke last, not long before, or else the one named last
                            // ("A spokesman for Reporters Without Borders ... "...," the
                            // organisation said").
                            if spelt_z(head) == "organization" {
                                let at = span.start as usize;
                                let body = |a: &DocActor| {
                                    a.kind == ActorKind::Organization && !a.local && !a.government
                                };
                                let found = self
                                    .recent_collective_speaker(at, body)
                                    .map(|(o, _)| o)
                                    .or_else(|| {
                                        self.last_named_before(at, body).filter(|&o| {
                                            self.last_named(o, at)
                                                .is_some_and(|m| m + SALIENT_BYTES >= at)
                                        })
                                    });
                                if let Some(o) = found {
                                    self.add_mention(o, span);
                                    return Some(o);
                                }
                            }
                        }
                        // "Moody's said ... The agency said", "the rating agency added",
                        // "The American Stock Exchange said ... the exchange explained":
                        // an agency, exchange or utility no name has that word for is the
                        // organization that spoke last, not long before.
                        if speaker
                            && written_definite(&self.text[span.range()])
                            && matches!(
                                &*head.to_ascii_lowercase(),
                                "agency" | "exchange" | "utility"
                            )
                            && !name.contains(|c: char| c.is_uppercase())
                        {
                            let at = span.start as usize;
                            let body = |a: &DocActor| {
                                matches!(a.kind, ActorKind::Organization | ActorKind::Media)
                                    && !a.local
                            };
                            if let Some((o, _)) = self.recent_collective_speaker(at, body) {
                                self.add_mention(o, span);
                                return Some(o);
                            }
                        }
                        // "the company", "the firm": the organization named last before;
                        // "the bank", "the group": the last one that is called or was
                        // described so; "the Paris-based pressure group", "the search
                        // giant": an epithet for one named before.
                        if kind == ActorKind::Organization
                            && written_definite(&self.text[span.range()])
                            && (bare_definite || self.epithet(&name))
                            && lexicon::company_noun(head)
                        {
                            let at = span.start as usize;
                            let noun = head.to_ascii_lowercase();
                            // A business is none of the gazetteer's bodies ("the social
                            // media company" is not the Islamic State named before it),
                            // unless its name has the noun ("the central bank" is the
                            // Bank of Japan).
                            let lex = self.lex;
                            let named_so = |a: &DocActor| {
                                a.name.split(' ').any(|w| w.eq_ignore_ascii_case(head))
                            };
                            let fits = |a: &DocActor| {
                                !(lexicon::business_noun(head) && lex.form(&a.name).is_some())
                                    || named_so(a)
                            };
                            let described = self
                                .described_as
                                .iter()
                                .filter(|&(o, n)| *n == noun && fits(&self.found.actors[*o]))
                                .filter_map(|&(o, _)| self.last_named(o, at).map(|m| (m, o)))
                                .max()
                                .map(|(_, o)| o);
                            let called = bare_definite
                                .then(|| {
                                    self.last_named_before(at, |a| {
                                        a.kind == ActorKind::Organization
                                            && !a.local
                                            && fits(a)
                                            && a.name.split(' ').any(|w| {
                                                // "the airline": "Delta Airlines".
                                                w.eq_ignore_ascii_case(head)
                                                    || w.strip_suffix('s').is_some_and(|w| {
                                                        w.eq_ignore_ascii_case(head)
                                                    })
                                            })
                                    })
                                })
                                .flatten();
                            // The organization (not a government body, a country or a
                            // document's own description) named last before; "the real
                            // estate developer" may be a person.
                            // (A watchdog is no business the text called one, "the
                            // German regulator" after "US banking giant Citigroup", and
                            // may be a government body: "the financial regulator"
                            // after "the Securities and Exchange Commission".)
                            let overseer = matches!(&*noun, "regulator" | "watchdog");
                            let businesses: Vec<&str> = if overseer {
                                self.described_as
                                    .iter()
                                    .filter(|(_, n)| lexicon::business_noun(n))
                                    .map(|&(o, _)| self.found.actors[o].name.as_str())
                                    .collect()
                            } else {
                                Vec::new()
                            };
                            let business = |a: &DocActor| {
                                a.kind == ActorKind::Organization
                                    && (!a.government || named_so(a) || overseer)
                                    && !a.local
                                    && fits(a)
                                    && !businesses.contains(&a.name.as_str())
                            };
                            let last = (bare_definite || lexicon::company_descriptor(head))
                                .then(|| self.last_named_before(at, business))
                                .flatten();
                            // Of those, one that has spoken, named not long before: "Cairn
                            // said ... relegated from the FTSE 100 ... the group said" is
                            // Cairn's. (Named with the last one, too: "Emery Air Freight
                            // Corp said it plans ... offer for ... Purolator Courier Corp.
                            // The company said".)
                            let last_at = last.and_then(|l| self.last_named(l, at));
                            let spoken = bare_definite
                                .then(|| self.recent_collective_speaker(at, business))
                                .flatten()
                                // (A watchdog that spoke is the one, whatever body was
                                // named since: "the watchdog" after the Electoral
                                // Commission's words is not the Northern Ireland
                                // Assembly it listed.)
                                .filter(|&(_, m)| {
                                    overseer || last_at.is_none_or(|ml| m + 400 >= ml)
                                })
                                .map(|(o, _)| o);
                            // An epithet right after a sentence an organization opened
                            // is that one: "Brougher Insurance Group Inc said it plans
                            // to sell 40 pct of its subsidiary, Intercontinental Corp
                            // ... The parent company said".
                            // (The description's mention leaves out its "The".)
                            let sentence_at =
                                self.text[..at].strip_suffix("The ").map_or(at, str::len);
                            let opened = (!bare_definite)
                                .then(|| self.org_subject_before(sentence_at))
                                .flatten()
                                .filter(|&o| business(&self.found.actors[o]));
                            // A one-word name that spoke just before, taken for a
                            // person, over a business named only in what it said:
                            // "Oracle has announced it is cutting ... its smaller rival
                            // Peoplesoft last week. The company said".
                            let taken = (speaker && bare_definite && lexicon::business_noun(head))
                                .then(|| self.company_taken_for_person(at))
                                .flatten()
                                .filter(|&(_, m)| {
                                    let own =
                                        self.sentence_starts.partition_point(|&(b, _)| b <= m);
                                    let sentence_end =
                                        self.sentence_starts.get(own).map_or(at, |&(b, _)| b);
                                    spoken.is_none()
                                        && last_at.is_none_or(|ml| ml > m && ml < sentence_end)
                                })
                                .map(|(p, _)| p);
                            if let Some(p) = taken {
                                self.found.actors[p].kind = ActorKind::Organization;
                                self.last_person_speaker = None;
                                self.collective_speakers.push(p);
                            }
                            let last = taken.or(opened).or(spoken).or(last);
                            // A bare noun ("the group") is the one last described so; an
                            // epithet with words of its own is the one named last.
                            let found = if bare_definite {
                                taken.or(described).or(called).or(last)
                            } else {
                                last.or(described)
                            };
                            // No organization named before: the unknown name just before
                            // is one ("helped Renault boost its profits, although the firm
                            // warned").
                            let found = found.or_else(|| {
                                if !bare_definite || !lexicon::business_noun(head) {
                                    return None;
                                }
                                // (Not a lone capitalised word opening its sentence that
                                // the text also writes in lower case, a common noun:
                                // "Coffee export revenue ..., according to the bank",
                                // "Revenues slipped ...".)
                                let text = self.text;
                                let common = |s0: usize, e0: usize| {
                                    let word = &text[s0..e0];
                                    let opens = s0 == 0
                                        || text[..s0]
                                            .trim_end_matches([' ', '\n'])
                                            .ends_with(['.', '!', '?', '"']);
                                    opens
                                        && !word.contains(' ')
                                        && text.contains(&*word.to_lowercase())
                                };
                                let near = |&&(s0, e0): &&(usize, usize)| {
                                    s0 < at && at - s0 <= SALIENT_BYTES && !common(s0, e0)
                                };
                                // (One the text calls a company first: "Game maker Valve
                                // ... Valve also said that rumours about fake Half-Life 2
                                // keys were false. The company said".)
                                let &(s0, e0) = self
                                    .unknown_names
                                    .iter()
                                    .rev()
                                    .filter(near)
                                    .find(|&&(s0, e0)| {
                                        self.body_by_noun(&name_text(&text[s0..e0]))
                                            == Some(ActorKind::Organization)
                                    })
                                    .or_else(|| self.unknown_names.iter().rev().find(near))?;
                                let name = name_text(&self.text[s0..e0]);
                                if self.met_person(&name) {
                                    return None;
                                }
                                let o = self.intern(&name, ActorKind::Organization, false, false);
                                self.add_mention(o, Span::new(s0, e0));
                                Some(o)
                            });
                            if let Some(o) = found {
                                self.describe(o, &noun);
                                self.add_mention(o, span);
                                return Some(o);
                            }
                        }
                        let i = self.intern(&name, kind, false, true);
                        self.add_mention(i, span);
                        if speaker && kind == ActorKind::Person {
                            // ("her agent said" is someone's one agent, who may be named
                            // later with the word: "Agent Simon Beresford said".)
                            let one =
                                written_possessive(&self.text[span.range()]) && !name.contains(' ');
                            self.late_titles.push((i, span.end as usize, !one));
                        }
                        Some(i)
                    }
                }
            }
        }?;
        // Roles stated in the reference.
        if self.found.actors[actor].kind == ActorKind::Person {
            if let Some(sex) = stated_sex(&self.text[titles_of(self.text, r)]) {
                self.sex.entry(actor).or_insert(sex);
            }
            for ro in &r.roles {
                let of = self.role_holder(ro);
                let t = &self.lex.titles[ro.title];
                let of_gov = of.is_some_and(|o| self.found.actors[o].government);
                let category = if t.category == RoleCategory::Civil && of_gov {
                    RoleCategory::Government
                } else {
                    t.category
                };
                let a = &mut self.found.actors[actor];
                if !a.roles.iter().any(|x| x.title == t.name && x.of == of) {
                    a.roles.push(DocRole {
                        title: t.name.clone(),
                        of,
                        category,
                        span: Span::new(ro.start, ro.end),
                    });
                }
            }
        }
        Some(actor)
    }

    /// The person a definite description with no holder stands for ("the Lions coach",
    /// "the chancellor"). A description that is not a bare title stands for the person
    /// whose name the same words last stood before ("British and Irish Lions coach Clive
    /// Woodward"). A bare title of government or diplomacy that speaks ("the chancellor" after
    /// "Gordon Brown has said") stands for the person holding no other title who was
    /// named last, within the last [`SALIENT_BYTES`] bytes ("the secretary of state"
    /// after "a rally with Clinton and Grimes" is Grimes; Clinton holds another title
    /// when the text gave her one). Words last used in an indefinite phrase ("a law
    /// enforcement official ... The official said") introduced somebody unnamed. A
    /// person found by title takes the title, with the description as its evidence.
    fn described_person(
        &mut self,
        span: Span,
        title: Option<&str>,
        speaker: bool,
    ) -> Option<usize> {
        let written = &self.text[span.range()];
        let before = self.text[..span.start as usize].trim_end_matches(' ');
        let the_before = self.definite_before(before);
        if !written_definite(written) && !the_before && !written_possessive(written) {
            return None;
        }
        let desc = self.described_name(span).to_lowercase();
        let at = span.start as usize;
        // ("his son" was used before as written, "son Stephen", or not at all: no need
        // to lower the text to look.)
        if title.is_none() && written_possessive(written) && !self.text[..at].contains(&*desc) {
            return None;
        }
        let persons = DocActor::is_named_person;
        // The description's last use before: right before a name, it introduced that
        // person, and so in apposition to one; in an indefinite phrase, somebody
        // unnamed.
        let lower = self.text[..at].to_ascii_lowercase();
        let last_use = lower
            .match_indices(desc.as_str())
            .map(|(i, _)| i)
            .filter(|&i| ends_with_word(&lower[..i + desc.len()], &desc))
            .filter(|&i| {
                !lower[i + desc.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            })
            // Not the opposition's: "shadow chancellor Oliver Letwin" is no chancellor.
            .filter(|&i| !ends_with_word(lower[..i].trim_end(), "shadow"))
            .last();
        // A bare title, also after the place or body it is held in ("the Salford MP",
        // "The Amnesty secretary-general").
        let bare = title.filter(|t| {
            t.eq_ignore_ascii_case(&desc)
                || desc
                    .strip_suffix(&*t.to_lowercase())
                    .and_then(|lead| lead.strip_suffix(' '))
                    .is_some_and(|lead| {
                        // Not a nationality: "the American ambassador" is no person
                        // named before.
                        let n = lead.split(' ').count();
                        let mut words = written.split(' ').rev().skip(t.split(' ').count()).take(n);
                        words.all(|w| {
                            w.starts_with(char::is_uppercase)
                                && !self.lex.form(w).is_some_and(|(e, _)| {
                                    self.lex.entries[e].kind == ActorKind::Country
                                })
                        })
                    })
        });
        if let Some(i) = last_use {
            let name_at = i + desc.len() + lower[i + desc.len()..].len()
                - lower[i + desc.len()..].trim_start().len();
            // (The name's mention may take the description in: "Tory leader Michael
            // Howard" is one mention.)
            let introduced = self
                .named_at
                .iter()
                .rev()
                .find(|&&(m, a)| (m == name_at || m == i) && persons(&self.found.actors[a]))
                .map(|&(_, a)| a);
            // A full name there that is no actor yet ("Tory leader Michael Howard spoke").
            let introduced = introduced.or_else(|| self.candidate_at(name_at));
            // "But Guardian, the first Republican mayor elected in ...": the person the
            // words stood in apposition to.
            let apposed = || {
                self.named_at
                    .iter()
                    .filter(|&&(m, a)| m < i && m + 80 > i && persons(&self.found.actors[a]))
                    .max()
                    .filter(|&&(m, _)| {
                        let between = &lower[m..i];
                        between.matches(',').count() == 1
                            && !between.contains(['.', ';', '\n'])
                            && [", the ", ", a ", ", an "]
                                .iter()
                                .any(|d| between.contains(d))
                    })
                    .map(|&(_, a)| a)
            };
            // "Mike Tindall's agent has warned ..." then "the agent added": the person
            // whose mention held the description (named later, perhaps, as the lede's
            // source).
            let covering = || {
                self.named_at
                    .iter()
                    .rev()
                    .filter(|&&(m, a)| m < i && self.found.actors[a].kind == ActorKind::Person)
                    .find(|&&(m, a)| {
                        self.mentions_written_at(a, m)
                            .any(|w| m + w.len() >= i + desc.len())
                    })
                    .map(|&(_, a)| a)
            };
            if let Some(p) = introduced.or_else(apposed).or_else(covering) {
                return Some(p);
            }
            if indefinite_before(&lower[..i]) {
                return None;
            }
        }
        let title = bare.filter(|_| speaker)?;
        let t = self.lex.titles.iter().find(|t| t.name == title)?;
        if t.category == RoleCategory::Military
            || t.category == RoleCategory::Civil
            || court_title(&t.name)
        {
            // "the major", "the director": too often not a person named before; "the
            // judge", most often not the party named before.
            return None;
        }
        // The person holding no other title named last, not long before.
        let p = self
            .named_at
            .iter()
            .filter(|&&(m, a)| {
                let actor = &self.found.actors[a];
                m < at
                    && m + SALIENT_BYTES >= at
                    && persons(actor)
                    && actor
                        .roles
                        .iter()
                        .all(|r| r.title.eq_ignore_ascii_case(title))
            })
            .max()
            .map(|&(_, a)| a)?;
        self.take_title(p, &t.name.clone(), t.category, span);
        Some(p)
    }

    /// The speaker of a quotation attributed to "he" or "she": when the quotation names
    /// the person the pronoun was resolved to by surname, someone else the pronoun may
    /// stand for (""I wasn't advised by Scott Sullivan ...," he told the court" after
    /// Mr Sullivan spoke and Mr Ebbers denied the allegations).
    fn not_named_in(&mut self, speaker: usize, content: Span, sref: &Ref) -> usize {
        let actor = &self.found.actors[speaker];
        if !matches!(sref.head, Head::Pronoun(Pronoun::Person)) || !actor.is_named_person() {
            return speaker;
        }
        let Some((_, surname)) = actor.name.rsplit_once(' ') else {
            return speaker;
        };
        let quote = &self.text[content.range()];
        // The person, not a name's modifier: "Scott Sullivan of", "Cruz is", "Senator
        // Sanders's", not "the peaceful Trump supporters" or "the Clinton Foundation".
        let named = quote.match_indices(surname).any(|(i, _)| {
            let after = &quote[i + surname.len()..];
            let next = after
                .strip_prefix(' ')
                .map(|a| a.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
            !quote[..i].ends_with(char::is_alphanumeric)
                && match next {
                    Some(w) => matches!(
                        w,
                        "is" | "was"
                            | "has"
                            | "had"
                            | "can"
                            | "could"
                            | "will"
                            | "would"
                            | "should"
                            | "did"
                            | "does"
                            | "said"
                            | "says"
                            | "of"
                            | "in"
                            | "at"
                            | "to"
                            | "for"
                            | "and"
                            | "or"
                            | "who"
                    ),
                    None => !after.starts_with(char::is_alphanumeric),
                }
        });
        if !named {
            return speaker;
        }
        self.excluded = Some(speaker);
        let other = self.pronoun_person(sref.start);
        self.excluded = None;
        other
            .filter(|&a| a != speaker && self.found.actors[a].is_named_person())
            .unwrap_or(speaker)
    }

    /// Gives person `p` the title (canonical `name`) a description found them by, with
    /// the description as its evidence, unless they hold it already.
    fn take_title(&mut self, p: usize, name: &str, category: RoleCategory, span: Span) {
        let a = &mut self.found.actors[p];
        if !a.roles.iter().any(|r| r.title == name) {
            a.roles.push(DocRole {
                title: name.to_owned(),
                of: None,
                category,
                span,
            });
        }
    }

    /// The lowercase words between an article and the title at `span` ("culture" in
    /// "The culture secretary"); none when no article opens the phrase.
    fn title_lead(&self, span: Span) -> Option<Vec<String>> {
        let before = &self.text[..span.start as usize];
        let mut words = Vec::new();
        for w in before.trim_end().rsplit([' ', '\n']).take(4) {
            if w.eq_ignore_ascii_case("the") {
                words.reverse();
                return Some(words);
            }
            if !w.starts_with(|c: char| c.is_ascii_lowercase()) || w.contains(['\n', ',', '.']) {
                return None;
            }
            words.push(w.to_owned());
        }
        None
    }

    /// The person named last, within about two sentences before the title at `span`,
    /// when they hold no title or one this one may stand for (a minister is a
    /// secretary of state in the UK): "Ms Jowell complained ... The culture secretary
    /// said", "unveiled by David Blunkett. The home secretary said". The person takes
    /// the title, with the description as its evidence.
    fn titled_antecedent(&mut self, span: Span, title: usize) -> Option<usize> {
        // The title alone, or after a nationality ("The Japanese minister"); not a
        // possessive ("the California secretary of state's website").
        let written = &self.text[span.range()];
        let t = &self.lex.titles[title];
        let plain = !possessive(written)
            && written.split(' ').all(|w| {
                t.name.split(' ').any(|t| t.eq_ignore_ascii_case(w))
                    || self.lex.form(w).is_some_and(|(_, f)| f == Form::Demonym)
            });
        // (Not a court's: the person named before "the judge" is most often a party.)
        if !plain || court_title(&t.name) {
            return None;
        }
        let at = span.start as usize;
        // (About two sentences of news copy.)
        let recent = |m: usize| m < at && m + 400 >= at;
        let named = self
            .named_at
            .iter()
            .filter(|&&(m, a)| recent(m) && self.found.actors[a].is_named_person())
            .max()
            .copied();
        // (A name not met as an actor yet, when its first word is a given name:
        // "unveiled by David Blunkett", not "the Evening Standard".)
        let candidate = self
            .candidates
            .iter()
            .filter(|(m, c)| {
                recent(*m)
                    && !self.quoted_names.contains(c)
                    && c.split(' ')
                        .next()
                        .is_some_and(|g| self.lex.given.contains_key(g))
            })
            .map(|(m, _)| *m)
            .max();
        let p = match (named, candidate) {
            (Some((m, a)), c) if c.is_none_or(|c| c <= m) => a,
            (_, Some(c)) => self.candidate_at(c)?,
            _ => return None,
        };
        let t = &self.lex.titles[title];
        let fits = self.found.actors[p].roles.iter().all(|ro| {
            ro.title == t.name || (lexicon::ministerial(&ro.title) && lexicon::ministerial(&t.name))
        });
        if !fits {
            return None;
        }
        self.take_title(p, &t.name.clone(), t.category, span);
        Some(p)
    }

    /// The issuer a document's description names before its noun (`name` is "World
    /// Bank report", `noun` "report"): the capitalised words before the noun as a
    /// gazetteer actor, an actor of this document (also by its initials: "Hefce" for
    /// the Higher Education Funding Council for England), else a new organization.
    fn issuer_named_in(&mut self, name: &str, noun: &str) -> Option<usize> {
        let before = name.get(..name.len().checked_sub(noun.len())?)?.trim_end();
        let words: Vec<&str> = before.split(' ').collect();
        let proper = words
            .iter()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        // A date is no issuer: "a June poll", "The April survey".
        let proper = words[words.len() - proper..]
            .iter()
            .rev()
            .take_while(|w| !lexicon::non_name(w))
            .count();
        if proper == 0 {
            return None;
        }
        let issuer = words[words.len() - proper..].join(" ");
        let issuer = possessive_of(&issuer).unwrap_or(&issuer).to_owned();
        if let Some((e, _)) = self.lex.form(&issuer) {
            return Some(self.actor_for_entry_silent(e));
        }
        // A single word that opens the name of an organization met before: "the Bank's
        // minutes" after "the Bank of England" (even when "the Bank's committee" made
        // "Bank" an actor of its own).
        let opening = || {
            (!issuer.contains(' '))
                .then(|| {
                    // (The first such: the one the text is about, not a unit named
                    // after it.)
                    self.found.actors.iter().position(|a| {
                        matches!(a.kind, ActorKind::Organization | ActorKind::Media)
                            && !a.local
                            && !a.merged
                            && a.name
                                .strip_prefix(issuer.as_str())
                                .is_some_and(|rest| rest.starts_with(' '))
                    })
                })
                .flatten()
        };
        if let Some(o) = opening() {
            return Some(o);
        }
        if let Some(&a) = self.by_name.get(&name_key(&issuer, false)) {
            return Some(a);
        }
        let abbreviated = self.abbreviated_org(&issuer.to_uppercase());
        Some(
            abbreviated
                .unwrap_or_else(|| self.intern(&issuer, ActorKind::Organization, false, false)),
        )
    }

    /// The organization met last whose name's initials spell `acronym` (upper case):
    /// "GE" is General Electric, "HEFCE" the Higher Education Funding Council for England.
    fn abbreviated_org(&self, acronym: &str) -> Option<usize> {
        // (An ampersand joins the letters as it joins the names: "S&P" for "Standard
        // & Poor's".)
        if acronym.len() < 2 || !acronym.bytes().all(|c| c.is_ascii_uppercase() || c == b'&') {
            return None;
        }
        let first = acronym.chars().next();
        self.found.actors.iter().rposition(|a| {
            a.kind == ActorKind::Organization
                // A name that opens with a capital opens its initials (a cheap test
                // first: this runs for every capitalised word).
                && a.name.chars().next().is_some_and(|c| !c.is_uppercase() || Some(c) == first)
                && a.name.contains(' ')
                && initials_of(acronym, &a.name)
        })
    }

    /// Where `actor` was named last before byte `at`.
    fn last_named(&self, actor: usize, at: usize) -> Option<usize> {
        self.named_at
            .iter()
            .filter(|&&(m, a)| a == actor && m < at)
            .map(|&(m, _)| m)
            .max()
    }

    /// The texts of actor `a`'s mentions that the text at byte `m` opens with: what was
    /// written there when `named_at` records `(m, a)` (a mention keeps the span of its
    /// text's first use only).
    fn mentions_written_at(&self, a: usize, m: usize) -> impl Iterator<Item = &'a str> + '_ {
        let text = self.text;
        self.found.actors[a]
            .mentions
            .iter()
            .map(move |s| &text[s.range()])
            .filter(move |w| text[m..].starts_with(w))
    }

    /// The actor `which` accepts that was named last before byte `at`.
    fn last_named_before(&self, at: usize, which: impl Fn(&DocActor) -> bool) -> Option<usize> {
        self.named_at
            .iter()
            .filter(|&&(m, a)| m < at && which(&self.found.actors[a]))
            .max()
            .map(|&(_, a)| a)
    }

    /// The name of an actor known by a description: as written ("senior Cruz adviser",
    /// "Western diplomats"), without a leading determiner; a lone noun in lower case
    /// ("Officials said" opens a sentence).
    fn described_name(&self, span: Span) -> String {
        let written = &self.text[span.range()];
        let det = [
            "a ", "an ", "the ", "this ", "that ", "his ", "her ", "their ", "its ",
        ]
        .iter()
        .find(|d| {
            written
                .get(..d.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(d))
        })
        .map_or(0, |d| d.len());
        let rest = written.get(det..).unwrap_or(written);
        if rest.contains(' ') {
            rest.to_owned()
        } else {
            rest.to_lowercase()
        }
    }

    /// Makes the acronym `r`, in parentheses right after tokens ending at `end` that
    /// named `actor`, another name of that actor when its letters are the initials of
    /// the actor's name or of the capitalised words before the parenthesis, a demonym
    /// included ("Korean Central News Agency (KCNA)"); the actor then takes that full
    /// name. Says whether it did.
    fn acronym_alias(&mut self, toks: &[Tok], r: &Ref, end: usize, actor: usize) -> bool {
        let text = self.text;
        let acronym = &text[r.start..r.end];
        let mut w = end;
        while w > 0
            && end - w < 8
            && toks[w - 1].kind == Tk::Word
            && toks[w - 1].text(text).starts_with(char::is_uppercase)
        {
            w -= 1;
        }
        let run = (w < end)
            .then(|| &text[toks[w].start..toks[end - 1].end])
            .filter(|run| initials_of(acronym, run));
        if run.is_none() && !initials_of(acronym, &self.found.actors[actor].name) {
            return false;
        }
        if let Some(run) = run.filter(|run| run.ends_with(self.found.actors[actor].name.as_str())) {
            self.found.actors[actor].name = run.to_owned();
            self.by_name.insert(name_key(run, false), actor);
        }
        self.by_name.insert(name_key(acronym, false), actor);
        self.add_mention(actor, Span::new(r.start, r.end));
        true
    }

    /// Makes the acronym `r`, in parentheses, and the capitalised words before the
    /// parenthesis whose initials it spells ("The British Phonographic Industry (BPI)")
    /// one organization of that full name. Says whether it did.
    fn spelled_acronym(&mut self, toks: &[Tok], r: &Ref) -> bool {
        let text = self.text;
        let acronym = &text[r.start..r.end];
        let end = r.toks.start - 1;
        let capital = |k: usize| toks[k].text(text).starts_with(char::is_uppercase);
        let mut w = end;
        while w > 0
            && end - w < 10
            && toks[w - 1].kind == Tk::Word
            && (capital(w - 1) || is_word(&toks[w - 1], text, &["of", "for", "and", "on"]))
        {
            w -= 1;
        }
        while w < end && (!capital(w) || is_word(&toks[w], text, ARTICLES)) {
            w += 1;
        }
        if w >= end || w + 1 == end {
            return false;
        }
        // (Not its possessive: "Deutsche Boerse's (DB) shares".)
        let last = toks[end - 1].text(text);
        let last_len = possessive_of(last).map_or(last.len(), str::len);
        let span = Span::new(toks[w].start, toks[end - 1].start + last_len);
        let run = &text[span.range()];
        if !initials_of(acronym, run) {
            return false;
        }
        // One met before under that name (perhaps taken for a person) is the
        // organization.
        let a = self.intern(run, ActorKind::Organization, false, false);
        if self.found.actors[a].kind == ActorKind::Person && !self.found.actors[a].local {
            self.found.actors[a].kind = ActorKind::Organization;
        }
        self.add_mention(a, span);
        self.by_name.insert(name_key(acronym, false), a);
        self.add_mention(a, Span::new(r.start, r.end));
        true
    }

    /// Whether a description is an epithet for something named before: its words are
    /// lowercase, hyphenated compounds ("Paris-based") or nationalities ("the Japanese
    /// carmaker"), never a name of its own ("the Virgin group").
    fn epithet(&self, description: &str) -> bool {
        description.split_whitespace().all(|w| {
            !w.starts_with(char::is_uppercase)
                || w.contains('-')
                || self.lex.form(w).is_some_and(|(e, f)| {
                    // A country's name as a modifier: "the US company".
                    f == Form::Demonym || self.lex.entries[e].kind == ActorKind::Country
                })
        })
    }

    /// For a description of a body's document or decision ("council's ruling",
    /// "committee's report") written after "the", the organization named before whose
    /// name holds the body's noun ("Ugandan Media Council").
    fn issuing_body(&self, name: &str, span: Span) -> Option<usize> {
        let (body, what) = name.split_once(' ')?;
        let body = possessive_of(body)?;
        let document = lexicon::document_noun(what)
            || matches!(
                what,
                "ruling" | "verdict" | "judgment" | "judgement" | "decision"
            );
        if !document
            || !body.starts_with(char::is_lowercase)
            || lexicon::nominal_speaker(body) != Some(ActorKind::Organization)
            || !written_definite(&self.text[span.range()])
        {
            return None;
        }
        self.last_named_before(span.start as usize, |a| {
            a.kind == ActorKind::Organization
                && !a.local
                && a.name.split(' ').any(|w| w.eq_ignore_ascii_case(body))
        })
    }

    /// The country whose government the text named last before byte `at` ("A US
    /// government claim ... the government claimed"), when no other country was
    /// named in between.
    fn named_government(&self, at: usize) -> Option<usize> {
        let &(m, c) = self
            .named_at
            .iter()
            .filter(|&&(m, a)| m < at && self.found.actors[a].kind == ActorKind::Country)
            .max()?;
        let rest = &self.text[m..];
        let written = self.found.actors[c]
            .mentions
            .iter()
            .map(|s| &self.text[s.range()])
            .find(|w| rest.starts_with(w))?;
        let after = rest[written.len()..].trim_start_matches(['\'', '\u{2019}', 's']);
        (after.starts_with(" government") || after.starts_with(" Government")).then_some(c)
    }

    /// The one-word name that spoke last, not long before byte `at`, taken for a person
    /// though no given name, honorific, pronoun or title says it is one: a company's
    /// name when "the company" refers back to it ("Oracle has announced it is cutting
    /// ... The company said"), with where it was named.
    fn company_taken_for_person(&self, at: usize) -> Option<(usize, usize)> {
        let (p, m) = self.last_person_speaker?;
        let a = &self.found.actors[p];
        let text = self.text;
        let honoured = || {
            text.match_indices(a.name.as_str())
                .any(|(k, _)| mention::honorific(word_before(text, k)))
        };
        (!a.name.contains(' ')
            && !a.local
            && a.roles.is_empty()
            && m < at
            && m + SALIENT_BYTES >= at
            && self.known_sex(p).is_none()
            && !self.lex.given.contains_key(a.name.as_str())
            && !honoured())
        .then_some((p, m))
    }

    /// Remembers that organization `o` was described by `noun` ("watchdog").
    fn describe(&mut self, o: usize, noun: &str) {
        if !self.described_as.iter().any(|(a, n)| *a == o && n == noun) {
            self.described_as.push((o, noun.to_owned()));
        }
    }

    /// The country whose government spoke last (a government body, "Downing Street",
    /// stands for its country's government), if the last organization or country to speak
    /// was one.
    fn speaking_government(&self) -> Option<usize> {
        let a = self.last_collective_speaker()?;
        let actor = &self.found.actors[a];
        match actor.kind {
            ActorKind::Country => Some(a),
            ActorKind::Organization if actor.government => actor
                .part_of
                .filter(|&c| self.found.actors[c].kind == ActorKind::Country),
            _ => None,
        }
    }

    /// Whether an actor is a group that only "they" stands for: a plural ("the
    /// respondents", "analysts") or a share ("40%", "a quarter of web users").
    fn plural_group(&self, a: usize) -> bool {
        let actor = &self.found.actors[a];
        actor.kind == ActorKind::Group
            && (actor.name.starts_with(|c: char| c.is_ascii_digit())
                || actor.name.rsplit(' ').next().is_some_and(|w| {
                    w.len() > 3
                        && w.bytes().all(|b| b.is_ascii_lowercase())
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                }))
    }

    /// The collective speaker `which` accepts that spoke last and was named not long
    /// before byte `at` (within [`SALIENT_BYTES`]), with where it was named last.
    fn recent_collective_speaker(
        &self,
        at: usize,
        which: impl Fn(&DocActor) -> bool,
    ) -> Option<(usize, usize)> {
        self.collective_speakers.iter().rev().find_map(|&o| {
            let m = self.last_named(o, at)?;
            (which(&self.found.actors[o]) && m + SALIENT_BYTES >= at).then_some((o, m))
        })
    }

    /// The last speaker that is no person.
    fn last_collective_speaker(&self) -> Option<usize> {
        self.collective_speakers.last().copied()
    }

    /// The organization that opened a sentence ending shortly before byte `at` ("Deutsche
    /// Bank has challenged ... In a filing, it said"), the last such.
    fn recent_org_subject(&self, at: usize) -> Option<usize> {
        self.org_subjects
            .iter()
            .rev()
            .find(|(sent, _)| sent.end <= at && sent.end + SALIENT_BYTES > at)
            .map(|&(_, o)| o)
    }

    /// The organization that opened the sentence holding byte `at`.
    fn org_subject_of(&self, at: usize) -> Option<usize> {
        subject_holding(&self.org_subjects, at).copied()
    }

    /// An organization that has spoken and opened the sentence right before the pronoun
    /// at byte `at`, which itself opens a sentence: after Ernst & Young spoke, "... the
    /// NIESR report was optimistic about the economy. It said" is NIESR's.
    fn speaker_subject_before(&self, at: usize) -> Option<usize> {
        self.org_subject_before(at)
            .filter(|o| self.collective_speakers.contains(o))
    }

    /// With no organization named or speaking before it, what "It" at byte `at` opening
    /// a sentence stands for: the unknown one-word name that opened the sentence before
    /// it ("Sony has promised to have a million units ready ... It also said"), an
    /// organization.
    fn unknown_subject_before(&mut self, at: usize) -> Option<usize> {
        let own = self.sentence_starts.partition_point(|&(b, _)| b <= at);
        let &(start, _) = self.sentence_starts.get(own.checked_sub(2)?)?;
        let opens_own = self
            .sentence_starts
            .get(own - 1)
            .is_some_and(|&(b, _)| b == at);
        let &(s0, e0) = self
            .unknown_names
            .iter()
            .find(|&&(s0, _)| s0 == start)
            .filter(|_| opens_own)?;
        self.unknown_org(s0, e0)
    }

    /// What "it" at byte `at`, inside a sentence, stands for when an unknown one-word
    /// name opened that sentence's subject: "Even sports car maker Porsche may join the
    /// race, although it insists", an organization.
    fn unknown_subject_of(&mut self, at: usize) -> Option<usize> {
        let own = self.sentence_starts.partition_point(|&(b, _)| b <= at);
        let &(start, _) = self.sentence_starts.get(own.checked_sub(1)?)?;
        let &(s0, e0) = self
            .unknown_names
            .iter()
            .find(|&&(s0, _)| s0 >= start && s0 < at)?;
        // (Only a few words before it, none a clause's: "Even sports car maker".)
        let before = &self.text[start..s0];
        if before.split_whitespace().count() > 4 || before.contains([',', '"', '\u{201c}']) {
            return None;
        }
        self.unknown_org(s0, e0)
    }

    /// The unknown one-word name at `s0..e0` as an organization, when the text never
    /// writes it in lower case nor met it as a person.
    fn unknown_org(&mut self, s0: usize, e0: usize) -> Option<usize> {
        let name = name_text(&self.text[s0..e0]);
        // (Not a common noun opening its sentence, "Revenues slipped": a name the text
        // also writes capitalised inside a sentence.)
        let mid_sentence = self.text.match_indices(name.as_str()).any(|(k, _)| {
            self.text[..k]
                .trim_end_matches(' ')
                .ends_with(|c: char| c.is_alphanumeric() || c == ',')
        });
        if self.met_person(&name) || !mid_sentence || self.text.contains(&*name.to_lowercase()) {
            return None;
        }
        let o = self.intern(&name, ActorKind::Organization, false, false);
        self.add_mention(o, Span::new(s0, e0));
        Some(o)
    }

    /// The organization whose document opened the sentence right before byte `at`.
    fn document_subject_before(&self, at: usize) -> Option<usize> {
        subject_right_before(self.text, &self.document_subjects, at)
    }

    /// The organization that opened the sentence right before byte `at`.
    fn org_subject_before(&self, at: usize) -> Option<usize> {
        // (The subjects of a paragraph are recorded before its statements are read.)
        subject_right_before(self.text, &self.org_subjects, at)
    }

    /// Records that `actor` speaks, named at byte `at`: the antecedent of the pronouns
    /// that follow.
    fn note_speaker(&mut self, actor: usize, at: usize) {
        match self.found.actors[actor].kind {
            ActorKind::Person => self.last_person_speaker = Some((actor, at)),
            _ => self.collective_speakers.push(actor),
        }
    }

    /// The body "the spokesman" at `span` speaks for, when the text introduced an unnamed
    /// one so not long before ("A spokesman for the Home Office said ... said the
    /// spokesman", "The Ofcom spokesman said"): the organization named right after the
    /// title's last use and "for", or right before it. Such a spokesperson speaks as the
    /// body, so no person holds the title.
    fn spokesperson_body(&self, span: Span, title: &str) -> Option<usize> {
        let at = span.start as usize;
        let definite = written_definite(&self.text[span.range()])
            || ends_with_word(self.text[..at].trim_end_matches(' '), "the");
        if !definite || !lexicon::spokesperson(title) {
            return None;
        }
        let mut from = at.saturating_sub(SALIENT_BYTES);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        // The title's uses before, the last first ("A spokesman for the Home Office
        // said ... said the spokesman. The spokesman stressed").
        let body_after_use = |word: usize| {
            let after = &self.text[word + title.len()..at];
            let body_at = after
                .strip_prefix(" for the ")
                .or_else(|| after.strip_prefix(" for "))
                .map(|rest| at - rest.len());
            let named_before_title = |m: usize, a: usize| {
                self.mentions_written_at(a, m).any(|w| {
                    self.text
                        .get(m + w.len()..word)
                        .is_some_and(|gap| gap.trim_start_matches(['\'', 's']) == " ")
                })
            };
            self.named_at
                .iter()
                .filter(|&&(m, a)| {
                    let actor = &self.found.actors[a];
                    let body = matches!(actor.kind, ActorKind::Organization | ActorKind::Media)
                        && !actor.local;
                    // Or the unnamed spokesperson of this document ("a Benetton
                    // spokeswoman here"), where the body was not read apart.
                    let unnamed = actor.local
                        && matches!(actor.kind, ActorKind::Person | ActorKind::Group)
                        && actor.name.split(' ').any(|w| w == title);
                    m >= from
                        && m < at
                        && ((body && (Some(m) == body_at || named_before_title(m, a)))
                            || (unnamed && m <= word))
                })
                .max()
                .map(|&(_, a)| a)
        };
        self.text[from..at]
            .rmatch_indices(title)
            .take(3)
            .find_map(|(k, _)| body_after_use(from + k))
    }

    /// The person a former or outgoing title at `span` stands for: "Neil Kinnock has said
    /// ... But the outgoing European Commissioner said", "The former Labour leader
    /// said". Only the last person who spoke, and only when the title is the phrase's
    /// head ("the former vice president's spokeswoman" is somebody else).
    fn former_holder(&self, span: Span) -> Option<usize> {
        let written = &self.text[span.range()];
        if !former_epithet(self.text, span)
            || written.contains("'s")
            || written.contains("\u{2019}s")
        {
            return None;
        }
        self.last_person_speaker
            .map(|(p, _)| p)
            .filter(|&p| !self.found.actors[p].local)
    }

    /// The person an epithet made of a name and an office or a person's noun stands for,
    /// as "he" would: "Michael Howard has denied ... The Tory leader said", "said the
    /// Warriors chief", "says the Waterford man". Not a person known by another office
    /// held elsewhere ("the Lib Dem leader" is not Home Secretary Charles Clarke, named
    /// before Charles Kennedy): then the last person named before who is not.
    fn office_epithet(&mut self, span: Span, speaker: bool) -> Option<usize> {
        let written = &self.text[span.range()];
        let after = self.text[span.end as usize..].trim_start_matches(' ');
        let words: Vec<&str> = written.split(' ').collect();
        let (&head, modifiers) = words.get(1..)?.split_last()?;
        let lower = lexicon::ascii_lower(head);
        let noun = office_noun(self.lex, head)
            || matches!(&*lower, "man" | "woman" | "head")
            || (lower == "forward" && head != "Forward");
        // A name among the modifiers ("the Senate minority leader") or a sportsman's
        // position ("the lock forward"), and no nationality: "the Russian leader" is no
        // American named before.
        let named = modifiers
            .iter()
            .any(|w| w.starts_with(char::is_uppercase) || lexicon::topic_noun(w))
            && !modifiers
                .iter()
                .any(|w| self.lex.form(w).is_some_and(|(_, f)| f == Form::Demonym));
        // Not a relative clause, a body the office is held in, a possessive or a
        // spokesperson (who speaks for somebody else).
        if !speaker
            || !written_definite(written)
            || !noun
            || !named
            || modifiers.len() > 3
            || lexicon::spokesperson(head)
            || written.contains('\'')
            || written.contains('\u{2019}')
            || ["who ", "whose ", "that ", "of ", "at ", "for ", "in "]
                .iter()
                .any(|w| after.starts_with(w))
        {
            return None;
        }
        let at = span.start as usize;
        let generic = matches!(
            &*lower,
            "man" | "woman" | "boss" | "chief" | "head" | "leader"
        );
        // Known by another office: titles none of which is this one, each held in a
        // body none of the modifiers names, or a public office held in none named
        // ("Education Secretary Ruth Kelly" is no "Tory leader").
        let other_office = |eng: &Self, p: usize| {
            let roles = &eng.found.actors[p].roles;
            // (A body is named by any of its mentions: "UAW" for the United Automobile
            // Workers.)
            let names_body = |o: usize| {
                let body = &eng.found.actors[o];
                std::iter::once(body.name.as_str())
                    .chain(body.mentions.iter().map(|m| &eng.text[m.range()]))
                    .any(|b| b.split(' ').any(|w| modifiers.contains(&w)))
            };
            !roles.is_empty()
                && roles.iter().all(|ro| {
                    (generic || !ro.title.to_ascii_lowercase().contains(&*lower))
                        && ro.of.map_or(ro.category.is_official(), |o| !names_body(o))
                })
        };
        let p = self.named_person_at(at)?;
        if !other_office(self, p) {
            return Some(p);
        }
        self.named_at
            .iter()
            .rev()
            .filter(|&&(m, a)| m < at && self.found.actors[a].is_named_person())
            .map(|&(_, a)| a)
            .find(|&a| !other_office(self, a))
    }

    /// The person a definite description that speaks before anyone else has stands for
    /// ("Michael Howard has launched an attack ... The Tory leader said", "Jose Antonio
    /// Reyes has added to speculation ... the 21-year-old told Cadena Cope"): the
    /// subject of the body's first sentence, when that is a person.
    fn lede_epithet(&mut self, span: Span, speaker: bool) -> Option<usize> {
        let before = self.text[..span.start as usize].trim_end_matches(' ');
        // An office held in a body named after it is no epithet: "The attorney general
        // of the state of New York".
        let held_in = self.text[span.end as usize..].starts_with(" of ");
        // A spokesperson speaks for somebody else: "The Ofcom spokesman said" is not
        // the person the lede is about. Nor does a court's: "the sentencing judge" is
        // not the man the lede puts in the dock.
        let noun = self.text[span.range()].rsplit(' ').next().unwrap_or("");
        if !speaker
            || held_in
            || lexicon::spokesperson(noun)
            || court_title(noun)
            || !(written_definite(&self.text[span.range()]) || ends_with_word(before, "the"))
        {
            return None;
        }
        let start = self.first_body_start?;
        let (sent, subject) = self.subjects.first()?;
        let (sent, subject) = (sent.clone(), subject.clone());
        if sent.start != start || sent.end > span.start as usize {
            return None;
        }
        // Not a headline taken for the lede ("Hillary Clinton Accused Of ...").
        let words: Vec<&str> = self.text[sent.clone()].split_whitespace().collect();
        let capitalised = words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        if words.len() < 6
            || capitalised * 2 > words.len()
            || self.text[sent.clone()].trim_end().ends_with('?')
        {
            return None;
        }
        let is_lede = |eng: &Self, a: usize| match &subject {
            Subject::Actor(l) => a == *l,
            Subject::Name(n) => eng.found.actors[a].name == *n,
        };
        // Once somebody has spoken, the epithet may be theirs; the lede's person's
        // still, when the lede gave them the epithet's noun ("France coach Bernard
        // Laporte believes ..., but claims" then "said the French coach").
        let lede_noun = || {
            let noun = self.text[span.range()].rsplit(' ').next().unwrap_or("");
            self.text[sent.clone()]
                .split_whitespace()
                .take(6)
                .any(|w| w.eq_ignore_ascii_case(noun))
        };
        if self
            .last_person_speaker
            .is_some_and(|(a, _)| !(is_lede(self, a) && lede_noun()))
        {
            return None;
        }
        match &subject {
            Subject::Actor(a) => {
                let actor = &self.found.actors[*a];
                if actor.kind != ActorKind::Person || actor.local {
                    return None;
                }
            }
            // A name the gazetteer or the text knows as something else is no person
            // ("Real Madrid midfielder David Beckham").
            Subject::Name(name) => {
                // Nor one before a description and a name: the name is the subject.
                let after = self.text[sent.start..]
                    .strip_prefix(name.as_str())
                    .unwrap_or("");
                // "Veteran US television host Dick Clark": up to three lowercase words
                // that are no verb, then a capitalised one.
                let mut next = after.split_whitespace();
                let mut lowercase = 0;
                let premodifies = loop {
                    match next.next() {
                        Some(w) if w.starts_with(char::is_lowercase) => {
                            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                            if lowercase == 3
                                || lexicon::cue(w).is_some()
                                || lexicon::auxiliary(w)
                                || lexicon::helping_verb(w)
                                || lexicon::function_word(w)
                                || lexicon::preposition(w)
                                // Nor a verb's ending: "Cat Deeley has resigned".
                                || w.ends_with("ed")
                                || (w.ends_with('s') && !w.ends_with("ss"))
                            {
                                break false;
                            }
                            lowercase += 1;
                        }
                        Some(w) => break lowercase > 0 && w.starts_with(char::is_uppercase),
                        None => break false,
                    }
                };
                if premodifies
                    || self.lex.form(name).is_some()
                    || self
                        .by_name
                        .get(&name_key(name, false))
                        .is_some_and(|&a| self.found.actors[a].kind != ActorKind::Person)
                {
                    return None;
                }
            }
        }
        // Another person the text went on to name with a title, or twice, may be the
        // one meant ("... a rift with Gordon Brown ... pledge to Mr Brown ... The
        // chancellor has said").
        let window = sent.end..span.start as usize;
        let mut others: Vec<usize> = self
            .named_at
            .iter()
            .filter(|&&(m, a)| {
                window.contains(&m)
                    && !is_lede(self, a)
                    && self.found.actors[a].kind == ActorKind::Person
                    && !self.found.actors[a].local
            })
            .map(|&(_, a)| a)
            .collect();
        // Titled, or described by the words before the name ("Magpies manager Graeme
        // Souness"), also when not yet an actor.
        let described_at = |m: usize| {
            let before = self.text[..m].trim_end_matches(' ');
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap_or("");
            word.starts_with(char::is_lowercase)
                && (office_noun(self.lex, word)
                    || lexicon::nominal_speaker(word) == Some(ActorKind::Person))
        };
        let lede_name = match &subject {
            Subject::Actor(a) => self.found.actors[*a].name.clone(),
            Subject::Name(n) => n.clone(),
        };
        let described = self
            .named_at
            .iter()
            .any(|&(m, a)| others.contains(&a) && window.contains(&m) && described_at(m))
            || self
                .candidates
                .iter()
                .any(|(m, c)| window.contains(m) && *c != lede_name && described_at(*m));
        let titled = described
            || others
                .iter()
                .any(|&a| !self.found.actors[a].roles.is_empty());
        others.sort_unstable();
        let repeated = others.windows(2).any(|w| w[0] == w[1]);
        if titled || repeated {
            return None;
        }
        Some(match subject {
            Subject::Actor(a) => a,
            Subject::Name(name) => self.intern(&name, ActorKind::Person, false, false),
        })
    }

    /// The person "he"/"she" at byte `at` stands for: the subject of a sentence before it
    /// when that sentence comes after the last speaker was named, else the last speaker,
    /// else the last subject or person met.
    fn pronoun_person(&mut self, at: usize) -> Option<usize> {
        // "she" is not a man the text called "Mr", nor "he" a woman.
        let pronoun = self.text[at..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let wanted = match &*lexicon::ascii_lower(pronoun) {
            "he" | "him" | "his" | "himself" => Some(Sex::Male),
            "she" | "her" | "hers" | "herself" => Some(Sex::Female),
            _ => None,
        };
        let sex_of = |eng: &Self, a: usize| eng.known_sex(a);
        let name_sex =
            |eng: &Self, n: &str| eng.name_sex.get(n).copied().or_else(|| eng.given_sex(n));
        // A sex the pronoun does not rule out: unknown, or the pronoun's own.
        let allows = |sex: Option<Sex>| wanted.is_none_or(|w| sex.is_none_or(|s| s == w));
        // (A person still: "Rover told BBC News" made a person of Rover until "MG
        // Rover" was found to be the company.)
        let fits = |eng: &Self, a: usize| {
            allows(sex_of(eng, a))
                && eng.excluded != Some(a)
                && eng.found.actors[a].kind == ActorKind::Person
        };
        let name_fits = |eng: &Self, n: &str| allows(name_sex(eng, n));
        // "After he blasted ..., Pastor Kevin Swanson has now ...": a pronoun in a
        // clause opening the sentence stands for the person the main clause names.
        if let Some(p) = self.cataphora(at).filter(|&p| fits(self, p)) {
            return Some(p);
        }
        // "O'Leary has been in talks over a new deal and he said": a pronoun opening a
        // clause joined inside the sentence a person opened stands for that person.
        if matches!(
            word_before(self.text, at),
            "and" | "but" | "although" | "though" | "while" | "yet"
        ) {
            match subject_holding(&self.subjects, at).cloned() {
                Some(Subject::Actor(a))
                    if self.found.actors[a].kind == ActorKind::Person && fits(self, a) =>
                {
                    return Some(a);
                }
                Some(Subject::Name(n)) if name_fits(self, &n) && !self.known_non_person(&n) => {
                    return Some(self.intern(&n, ActorKind::Person, false, false));
                }
                _ => {}
            }
        }
        // "He added: ...": who goes on speaking is the last speaker, whoever was named
        // since, unless the sentence just before names another person ("the defender
        // said: ... Newcastle boss Graeme Souness is said to have been impressed ... But
        // the 25-year-old Dubliner underlined his intention to stay. He added:").
        let after = self.text[at + pronoun.len()..].trim_start_matches(' ');
        let goes_on = ["added", "adds", "continued", "continues"].iter().any(|v| {
            after
                .strip_prefix(v)
                .is_some_and(|rest| rest.starts_with([':', ',', '.']) || rest.starts_with(" that "))
        }) && {
            // The sentence before the pronoun's names no one else, and reports
            // nothing but the last speaker's words.
            let own = self.sentence_starts.partition_point(|&(b, _)| b <= at);
            own.checked_sub(2).is_some_and(|p| {
                let (start, cue) = self.sentence_starts[p];
                let before = start..self.sentence_starts[p + 1].0;
                let speaker = self.last_person_speaker.map(|(p, _)| p);
                let persons = self
                    .named_at
                    .iter()
                    .filter(|&&(m, a)| {
                        before.contains(&m) && self.found.actors[a].is_named_person()
                    })
                    .map(|&(_, a)| a);
                persons.clone().all(|a| Some(a) == speaker)
                    && !self.candidates.iter().any(|(m, _)| before.contains(m))
                    && (!cue || persons.clone().next().is_some())
            })
        };
        if let Some((p, _)) = self
            .last_person_speaker
            .filter(|&(p, _)| goes_on && fits(self, p))
        {
            return Some(p);
        }
        let subject = self
            .subjects
            .iter()
            .rev()
            .find(|(sent, _)| sent.end <= at)
            .filter(|(sent, _)| {
                self.last_person_speaker
                    .is_none_or(|(_, at)| sent.start > at)
            })
            .filter(|(_, s)| match s {
                // (One later found to be an organization is none: "Deutsche Boerse"
                // before "Deutsche Boerse's (DB) shares".)
                Subject::Actor(a) => {
                    self.found.actors[*a].kind == ActorKind::Person && fits(self, *a)
                }
                Subject::Name(n) => name_fits(self, n) && !self.known_non_person(n),
            })
            .map(|(_, s)| s.clone());
        if let Some(s) = subject {
            let a = match s {
                Subject::Actor(a) => a,
                Subject::Name(name) => self.intern(&name, ActorKind::Person, false, false),
            };
            return Some(self.of_pronoun_sex(a, at, wanted));
        }
        // Only what the text has said before the pronoun: a paragraph's later sentences
        // are read before its quotes are attributed.
        let last_subject = self
            .subjects
            .iter()
            .rev()
            .filter(|(sent, _)| sent.end <= at)
            .find_map(|(_, s)| match s {
                Subject::Actor(a) => Some(*a),
                Subject::Name(_) => None,
            })
            .filter(|&a| self.found.actors[a].kind == ActorKind::Person);
        let person = self
            .last_person_speaker
            .map(|(a, _)| a)
            .filter(|&a| fits(self, a))
            .or(last_subject.filter(|&a| fits(self, a)));
        if let Some(p) = person {
            return Some(self.of_pronoun_sex(p, at, wanted));
        }
        // Else the person of that sex named last (a sex that rules out the speaker and
        // the subject), or the last person met.
        let named = wanted
            .and_then(|w| {
                self.named_at
                    .iter()
                    .rev()
                    .filter(|&&(m, _)| m < at)
                    .map(|&(_, a)| a)
                    .find(|&a| {
                        sex_of(self, a) == Some(w)
                            && !self.found.actors[a].local
                            && self.excluded != Some(a)
                    })
            })
            .filter(|_| self.last_person_speaker.is_some() || last_subject.is_some());
        // A person the pronoun may stand for, named before it.
        let person = |eng: &Self, a: usize| eng.found.actors[a].is_named_person();
        let last_fitting = self
            .named_at
            .iter()
            .rev()
            .find(|&&(m, a)| m < at && person(self, a) && fits(self, a))
            .map(|&(m, _)| m);
        // A full name of that sex not yet an actor ("Ms Jane Doe met ..."), named after
        // any person the pronoun may stand for.
        let named = named.or_else(|| {
            let w = wanted?;
            let name = self
                .candidates
                .iter()
                .rev()
                .filter(|&&(m, _)| m < at && last_fitting.is_none_or(|l| m > l))
                .map(|(_, c)| c)
                .find(|c| name_sex(self, c) == Some(w) && !self.quoted_names.contains(*c))?
                .clone();
            Some(self.intern(&name, ActorKind::Person, false, false))
        });
        named
            .or(self.last_person_speaker.map(|(a, _)| a))
            .or(last_subject)
            .or_else(|| {
                // The person named last before the pronoun (of a sex it allows, if any
                // is), else a full name seen before it, else the last person met.
                let last = |fitting: bool| {
                    self.named_at
                        .iter()
                        .rev()
                        .find(|&&(m, a)| m < at && person(self, a) && (!fitting || fits(self, a)))
                        .map(|&(_, a)| a)
                };
                last(true).or_else(|| last(false))
            })
            .or_else(|| {
                let c = self
                    .candidates
                    .iter()
                    .rev()
                    .filter(|&&(m, _)| m < at && m >= self.headline_end)
                    .map(|(_, c)| c)
                    .find(|c| !self.quoted_names.contains(*c) && !self.known_non_person(c))?
                    .clone();
                Some(self.intern(&c, ActorKind::Person, false, false))
            })
            .or_else(|| {
                self.found
                    .actors
                    .iter()
                    .rposition(DocActor::is_named_person)
            })
    }

    /// The sex the text gives actor `a`: stated ("Mrs", "she" of them), or their given
    /// name's for a person.
    fn known_sex(&self, a: usize) -> Option<Sex> {
        let actor = &self.found.actors[a];
        self.sex
            .get(&a)
            .or_else(|| self.name_sex.get(&actor.name))
            .copied()
            .or_else(|| {
                (actor.kind == ActorKind::Person)
                    .then(|| self.given_sex(&actor.name))
                    .flatten()
            })
    }

    /// Person `p`, the antecedent found for a pronoun of sex `wanted` at byte `at`, or,
    /// when the text never gave `p`'s sex, a lone given name of the pronoun's sex met
    /// after a word for kin since `p` was last named: "Ozzy Osbourne has said ... His
    /// wife Sharon, who ..., agreed. "...," she said."
    fn of_pronoun_sex(&mut self, p: usize, at: usize, wanted: Option<Sex>) -> usize {
        let Some(w) = wanted else { return p };
        if self.known_sex(p).is_some() {
            return p;
        }
        let Some(since) = self.last_named(p, at) else {
            return p;
        };
        let other = self
            .candidates
            .iter()
            .rev()
            .filter(|&&(m, _)| {
                m < at
                    && m > since
                    && self.text[..m]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(lexicon::kin_noun)
            })
            .map(|(_, c)| c)
            .find(|c| {
                // (A lone given name after a word for kin: a full name met since is
                // found otherwise, and "Dallas, who" after "an actor in" is a place.)
                let sex = match self.lex.given.get(c.as_str()) {
                    Some(lexicon::GivenSex::Male) => Some(Sex::Male),
                    Some(lexicon::GivenSex::Female) => Some(Sex::Female),
                    _ => None,
                };
                !c.contains(' ') && sex == Some(w) && !self.quoted_names.contains(*c)
            })
            .cloned();
        match other {
            Some(name) => self.intern(&name, ActorKind::Person, false, false),
            None => p,
        }
    }

    /// Whether the text before a name ends in "the", perhaps with a nationality after it
    /// ("the Salford MP", "The Indonesian Economics Minister").
    fn definite_before(&self, before: &str) -> bool {
        ends_with_word(before, "the")
            || before.rsplit_once(' ').is_some_and(|(rest, w)| {
                ends_with_word(rest.trim_end(), "the")
                    && self.lex.form(w).is_some_and(|(_, f)| f == Form::Demonym)
            })
    }

    /// Whether a full name seen before is an actor that is no person ("Deutsche Boerse",
    /// found an organization by its acronym).
    fn known_non_person(&self, name: &str) -> bool {
        self.by_name
            .get(&name_key(name, false))
            .is_some_and(|&a| self.found.actors[a].kind != ActorKind::Person)
    }

    /// The person an epithet at byte `at` stands for, as "he" would ("the Scot admitted",
    /// "said the American"): the person the text is about, never an anonymous group.
    fn epithet_person(&mut self, at: usize) -> Option<usize> {
        self.pronoun_person(at)
            .filter(|&p| !self.found.actors[p].local)
    }

    /// The person a pronoun at byte `at` stands for, if the text names one ("said the
    /// American", "a statement on her website").
    fn named_person_at(&mut self, at: usize) -> Option<usize> {
        self.pronoun_person(at)
            .filter(|&p| self.found.actors[p].is_named_person())
    }

    /// The sex a full name's given name usually names, when the census tells it.
    fn given_sex(&self, name: &str) -> Option<Sex> {
        match self.lex.given_sex(name)? {
            lexicon::GivenSex::Male => Some(Sex::Male),
            lexicon::GivenSex::Female => Some(Sex::Female),
            lexicon::GivenSex::Either => None,
        }
    }

    /// The person a pronoun at byte `at` points forward to: the pronoun follows a
    /// subordinator opening its sentence ("After he blasted", "When she was asked") and
    /// a person is named after the clause's comma, in the same sentence.
    fn cataphora(&mut self, at: usize) -> Option<usize> {
        let before = self.text[..at].trim_end_matches(' ');
        let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let opener = &before[word_start..];
        let sentence_start = self.text[..word_start]
            .trim_end_matches(' ')
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\u{201d}' | '"'));
        if !sentence_start
            || !matches!(
                opener,
                "After"
                    | "Before"
                    | "When"
                    | "While"
                    | "As"
                    | "Although"
                    | "Though"
                    | "Since"
                    | "Once"
                    | "Until"
                    | "If"
                    | "Because"
            )
        {
            return None;
        }
        let clause_end = at + self.text[at..].find([',', '.', '\n'])?;
        if !self.text[clause_end..].starts_with(',') {
            return None;
        }
        // The main clause's subject comes right after the comma (and a closing quote).
        let subject_at = clause_end
            + 1
            + self.text[clause_end + 1..].find(|c: char| !matches!(c, ' ' | '\u{201d}' | '"'))?;
        let person = self
            .named_at
            .iter()
            .find(|&&(m, a)| {
                m == subject_at
                    && self.found.actors[a].kind == ActorKind::Person
                    && !self.found.actors[a].local
            })
            .map(|&(_, a)| a);
        // A full name there that is not an actor yet (this sentence's references are
        // being resolved).
        person.or_else(|| self.candidate_at(subject_at))
    }

    /// The full name seen at byte `at` that is not an actor yet, made a person; not a
    /// name seen only inside a quotation.
    fn candidate_at(&mut self, at: usize) -> Option<usize> {
        let name = self
            .candidates
            .iter()
            .find(|(m, c)| *m == at && !self.quoted_names.contains(c))?
            .1
            .clone();
        Some(self.intern(&name, ActorKind::Person, false, false))
    }

    /// Actors a reference stands for in an about-list or a relation: a group of a
    /// country also stands for its country.
    fn about_actors(&mut self, r: &Ref, out: &mut Vec<usize>) {
        if matches!(r.head, Head::Pronoun(_)) {
            return;
        }
        if let Some(a) = self.resolve(r, false) {
            if self.found.actors[a].local {
                return;
            }
            out.push(a);
            if self.found.actors[a].kind == ActorKind::Group {
                if let Some(p) = self.found.actors[a].part_of {
                    out.push(p);
                }
            }
        }
        for ro in &r.roles {
            if let Some(o) = self.role_holder(ro) {
                out.push(o);
                if let Some(p) = self.found.actors[o].part_of {
                    if self.found.actors[o].kind != ActorKind::Organization {
                        out.push(p);
                    }
                }
            }
        }
    }
}

/// The reference after `r` past at most three lowercase words that are no reporting
/// verb, one `fits` accepts: the name a place or a description modifies ("British actor
/// Clive Owen", "US research think-tank Pew Internet").
fn described_after<'c>(
    ctx: &'c ParaCtx,
    text: &str,
    r: &Ref,
    fits: impl Fn(&Ref) -> bool,
) -> Option<&'c Ref> {
    let toks = ctx.toks;
    ctx.refs.iter().find(|n| {
        n.toks.start > r.toks.end
            && n.toks.start <= r.toks.end + 3
            && toks[r.toks.end..n.toks.start].iter().all(|t| {
                t.kind == Tk::Word
                    && t.cue.is_none()
                    && t.text(text).starts_with(char::is_lowercase)
            })
            && fits(n)
    })
}

/// Whether "the" stands before token `at`, perhaps with a modifier or two between ("the
/// Austrian", "the 27-year-old Austrian"), after `start`.
fn the_before(toks: &[Tok], text: &str, start: usize, at: usize) -> bool {
    (1..=3).any(|m| {
        at >= start + m
            && is_word(&toks[at - m], text, &["the"])
            && toks[at - m + 1..at].iter().all(|t| {
                t.kind == Tk::Word
                    && t.text(text)
                        .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            })
    })
}

/// Whether a demonym reference reads as one person after "the" ("the American", "the
/// New Zealander"; not "the Americans"), with "the" at or after token `start`.
fn the_demonym(toks: &[Tok], text: &str, start: usize, r: &Ref) -> bool {
    the_before(toks, text, start, r.toks.start) && !text[r.start..r.end].ends_with('s')
}

/// Whether reference `r` is a country's demonym as written ("British", "Argentine").
fn demonym_ref(lex: &Lexicon, text: &str, r: &Ref) -> bool {
    matches!(r.head, Head::Known(e) if lex.entries[e].kind == ActorKind::Country)
        && lex
            .form(&text[r.start..r.end])
            .is_some_and(|(_, f)| f == Form::Demonym)
}

/// Whether a reference names an organization or a medium: by its words, or as the
/// gazetteer knows it.
fn body_ref(lex: &Lexicon, r: &Ref) -> bool {
    match r.head {
        Head::Name { org, media, .. } => org || media,
        Head::Known(e) => matches!(
            lex.entries[e].kind,
            ActorKind::Organization | ActorKind::Media
        ),
        _ => false,
    }
}

/// Whether a word is a company's noun written in lowercase ("the ... company, UPS,
/// said"), not a capitalised name's word.
fn lowercase_company_noun(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && lexicon::company_noun(word)
}

/// Whether a reference's head is a name that is neither an organization's nor a
/// medium's: a person's, as far as the mention tells.
fn person_name(head: &Head) -> bool {
    matches!(
        head,
        Head::Name {
            org: false,
            media: false,
            ..
        }
    )
}

/// The key of a document actor by name: its slug, and whether it is local to the
/// document.
/// The kind of a document that reports findings, singular and in lower case: a report,
/// study, survey, poll, research, data or analysis (written either number); not a
/// memo, letter or statement.
fn study_noun(word: &str) -> Option<String> {
    let w = lexicon::ascii_lower(word);
    let kind = match &*w {
        "report" | "reports" => "report",
        "study" | "studies" => "study",
        "survey" | "surveys" => "survey",
        "poll" | "polls" => "poll",
        "research" => "research",
        "data" => "data",
        "analysis" | "analyses" => "analysis",
        _ => return None,
    };
    Some(kind.to_owned())
}

/// A full name's surname: its last word, after any generational suffix ("Biden" in
/// "Joseph R. Biden Jr.", so "Mr. Biden" is the same person).
fn surname_of(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace().rev();
    let last = words.next()?;
    if matches!(last, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV") {
        words.next().or(Some(last))
    } else {
        Some(last)
    }
}

/// Whether two spellings of a name differ at most in their first letter's case
/// ("diCaprio" and "DiCaprio", as a sentence's start capitalises it).
fn same_but_first_case(a: &str, b: &str) -> bool {
    // Cheap tests first: this runs for every person met, at every name.
    if a == b {
        return true;
    }
    if a.len() != b.len() {
        return false;
    }
    let (mut x, mut y) = (a.chars(), b.chars());
    match (x.next(), y.next()) {
        (Some(p), Some(q)) => x.as_str() == y.as_str() && p.to_lowercase().eq(q.to_lowercase()),
        _ => false,
    }
}

/// Whether `name` as written is the surname of the full name `full`: its last word
/// ("Kirby" for "John Kirby"), also with its first letter's case changed ("DiCaprio"
/// for "Leonardo diCaprio"), or, from a particle on, its last words ("De Blasio" for
/// "Bill de Blasio").
fn is_surname_of(name: &str, full: &str) -> bool {
    let Some(cut) = full.len().checked_sub(name.len()) else {
        return false;
    };
    // Where `name` would start in `full`: at its start, or after a space.
    let at_word =
        |cut: usize| cut == 0 || (full.is_char_boundary(cut) && full[..cut].ends_with(' '));
    // A peer by the name before the territorial title: "Roberts" for "Lord Roberts of
    // Conwy". (Most names are turned away by their first letter.)
    if matches!(full.as_bytes().first(), Some(b'L' | b'B')) {
        let rest = ["Lord ", "Lady ", "Baroness ", "Baron "]
            .iter()
            .find_map(|rank| full.strip_prefix(rank));
        if rest.is_some_and(|rest| {
            rest.strip_prefix(name)
                .is_some_and(|after| after.starts_with(" of "))
        }) {
            return true;
        }
    }
    // (A byte search: `split_once` builds a searcher, and this runs for every person met.)
    let Some(space) = name.bytes().position(|b| b == b' ') else {
        // The last word (cheap: this runs for every person met, at every name), or the
        // word before a generational suffix ("Biden" in "Joseph R. Biden Jr.").
        // (A suffix ends in one of these bytes: most names are turned away by the last.)
        let suffixed = || {
            matches!(full.as_bytes().last(), Some(b'.' | b'r' | b'I' | b'V'))
                && [" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV"]
                    .iter()
                    .any(|x| full.ends_with(x))
        };
        return (at_word(cut) && same_but_first_case(&full[cut..], name))
            || (suffixed() && surname_of(full).is_some_and(|s| same_but_first_case(s, name)));
    };
    let particle = &name[..space];
    // (Particles are short words: most names are turned away here.)
    particle.len() <= 3
        && cut > 0
        && at_word(cut)
        && same_but_first_case(&full[cut..], name)
        && mention::particle(&particle.to_lowercase())
}

/// Whether two names are the same but for the spaces between their words ("TimeWarner",
/// "Time Warner"), in ASCII case.
fn spelt_apart(a: &str, b: &str) -> bool {
    let letters = |s: &str| s.bytes().filter(|c| *c != b' ').count();
    a.len().abs_diff(b.len()) <= 3
        && a.as_bytes().first().map(u8::to_ascii_lowercase)
            == b.as_bytes().first().map(u8::to_ascii_lowercase)
        && letters(a) == letters(b)
        && a.bytes()
            .filter(|c| *c != b' ')
            .zip(b.bytes().filter(|c| *c != b' '))
            .all(|(x, y)| x.eq_ignore_ascii_case(&y))
}

fn name_key(name: &str, local: bool) -> String {
    // (Pushed, not formatted: this runs for every actor looked up.)
    let mut key = whosaid_model::slug(name);
    key.push('\u{0}');
    key.push_str(if local { "true" } else { "false" });
    key
}

/// Whether token `c` opens a quantity with "as ... as" ("said as many as 3,000 firms
/// may ...") or a phrase with "as well as" ("said as well as educating children ...,
/// it would also protect ..."): a clause's start, not the "as" of "said as he
/// launched".
fn as_much_as(toks: &[Tok], text: &str, c: usize) -> bool {
    is_word(&toks[c], text, &["as"])
        && toks
            .get(c + 1)
            .is_some_and(|t| is_word(t, text, &["many", "much", "few", "little", "well"]))
        && toks.get(c + 2).is_some_and(|t| is_word(t, text, &["as"]))
}

/// Of `subjects` (sentences' byte ranges and the actors that opened them), the actor
/// of the last sentence before byte `at`, when nothing but its closing punctuation and
/// spaces lies between them.
fn subject_right_before(
    text: &str,
    subjects: &[(Range<usize>, usize)],
    at: usize,
) -> Option<usize> {
    let (sent, o) = subjects.iter().rev().find(|(sent, _)| sent.end <= at)?;
    let between = text.get(sent.end..at)?;
    between
        .trim_start_matches(['.', '!', '?'])
        .trim()
        .is_empty()
        .then_some(*o)
}

/// Of `subjects`, what opened the sentence holding byte `at` (strictly inside it).
fn subject_holding<T>(subjects: &[(Range<usize>, T)], at: usize) -> Option<&T> {
    subjects
        .iter()
        .rev()
        .find(|(sent, _)| sent.start < at && at < sent.end)
        .map(|(_, s)| s)
}

/// The one run of capitalised words in `text` whose initials spell `acronym` ("British
/// National Party" for "BNP"), if there is exactly one: capitalised words and the short
/// words that join a name's ("of", "and"), not "Marsh chief executive Michael
/// Cherkasky", "Kenya AK" or "BT's own"; the name's first word and last.
fn spelled_name(text: &str, acronym: &str) -> Option<String> {
    fn trim(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    fn joiner(w: &str) -> bool {
        matches!(
            w,
            "of" | "and" | "for" | "the" | "de" | "du" | "del" | "di" | "la"
        )
    }
    fn capital(w: &str) -> bool {
        w.starts_with(char::is_uppercase)
            && !w.contains(['\'', '\u{2019}'])
            && !(w.len() > 1 && w.bytes().all(|c| c.is_ascii_uppercase()))
    }
    let letters: Vec<char> = acronym.chars().collect();
    let mut found: Option<String> = None;
    // (Only where a word opens with the first letter: searched, not split.)
    for (at, _) in text.match_indices(letters[0]) {
        if at > 0 && text.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        if !text[at..]
            .split_whitespace()
            .next()
            .map(trim)
            .is_some_and(capital)
        {
            continue;
        }
        // (A capitalised word before it in the same phrase opens the name instead.)
        if text[..at].split_whitespace().next_back().is_some_and(|w| {
            capital(trim(w)) && !w.ends_with(['.', '!', '?', ':', ';', ',', ')', '"'])
        }) {
            continue;
        }
        let words: Vec<&str> = text[at..]
            .split_whitespace()
            .take(2 * letters.len() + 1)
            .map(trim)
            .collect();
        let (mut k, mut l) = (0, 0);
        while k < words.len() && l < letters.len() {
            let w = words[k];
            if capital(w) && w.starts_with(letters[l]) {
                l += 1;
            } else if !(l > 0 && joiner(w)) {
                break;
            }
            k += 1;
        }
        if l < letters.len() || words.get(k).is_some_and(|w| capital(w)) {
            continue;
        }
        let name = words[..k].join(" ");
        if !initials_of(acronym, &name) {
            continue;
        }
        match &found {
            Some(f) if *f != name => return None,
            _ => found = Some(name),
        }
    }
    found
}

/// Whether `acronym` ("KCNA", "WHO") is made of the initials of `name`'s capitalised
/// words ("Korean Central News Agency", "World Health Organisation").
/// A company's legal form after the name is no part of them ("GM" for "General Motors
/// Corp"), nor, for three letters or more, a region before it ("CAS" for "North American
/// Court of Arbitration for Sport").
fn initials_of(acronym: &str, name: &str) -> bool {
    let spells = |name: &str| {
        name.split(|c: char| text::is_space(c) || c == '-')
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .eq(acronym.chars().filter(|&c| c != '&'))
    };
    acronym.len() >= 2
        && acronym.bytes().all(|c| c.is_ascii_uppercase() || c == b'&')
        && acronym.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && (spells(name)
            || name.rsplit_once(' ').is_some_and(|(lead, last)| {
                lexicon::legal_suffix(last) && lead.contains(' ') && spells(lead)
            })
            // A region before a body's name the acronym leaves out: "North American
            // Court of Arbitration for Sport (CAS)", "West African ...".
            || (acronym.len() >= 3
                && name.split_once(' ').is_some_and(|(compass, rest)| {
                    matches!(compass, "North" | "South" | "East" | "West" | "Central")
                        && rest.split_once(' ').is_some_and(|(_, body)| spells(body))
                })))
}

/// Edit distance with adjacent transpositions (optimal string alignment), in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (i, row) in d.chunks_mut(w).enumerate() {
        row[0] = i;
    }
    for (j, cell) in d.iter_mut().take(w).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// Where a coordinated second attribution starts inside `c..e`: a conjunction followed
/// by a reporting verb, directly ("and said", "but added") or after its own speaker
/// ("while the Lib Dems say"). The content of the first attribution ends before it.
fn coordinated_attribution(ctx: &ParaCtx, text: &str, c: usize, e: usize) -> Option<usize> {
    let toks = ctx.toks;
    let verb_at = |v: usize| {
        let mut v = v;
        while v < e && toks[v].kind == Tk::Word && lexicon::auxiliary(toks[v].text(text)) {
            v += 1;
        }
        v < e && toks[v].kind == Tk::Word && toks[v].cue == Some(CueKind::Verb)
    };
    // The verb after a name and an appositive set off by dashes ("Ghana - the world's
    // second largest exporter - announced").
    let verb_after_dashes = |v: usize| {
        v < e
            && toks[v].kind == Tk::Dash
            && (v + 1..e.min(v + 20))
                .find(|&d| toks[d].kind == Tk::Dash)
                .is_some_and(|d| verb_at(d + 1))
    };
    // "... claimed that United chief executive David Gill and Arsenal vice-chairman David
    // Dein had agreed ...": names joined before one verb are one subject.
    let subject_so_far = |k: usize| {
        ctx.refs
            .iter()
            .any(|r| (r.toks.start == c || r.toks.start == c + 1) && r.toks.end == k)
    };
    (c + 1..e).find(|&k| {
        // "As Nigeria announced its initiative, Ghana - ... - announced ...".
        let after_comma = toks[k].is(',')
            && ctx.refs.iter().any(|r| {
                r.toks.start == k + 1
                    && !matches!(r.head, Head::Pronoun(_))
                    && (verb_at(r.toks.end) || verb_after_dashes(r.toks.end))
            });
        // Or an inverted attribution closing the sentence: "The barrister ... had said
        // the rules were ..., said Mr Clarke." (the whole is Mr Clarke's).
        let inverted_after = toks[k].is(',')
            && k + 2 < e
            && toks[k + 1].kind == Tk::Word
            && toks[k + 1].cue == Some(CueKind::Verb)
            && ctx.refs.iter().any(|r| {
                let article = usize::from(is_word(&toks[k + 2], text, &["the"]));
                r.toks.start == k + 2 + article
                    && r.toks.end == e
                    && !matches!(r.head, Head::Pronoun(_))
            });
        // Or a participle opening the second attribution: "..., but speaking in
        // Thailand Hingis admitted: ...".
        let participle_opened = is_word(&toks[k], text, &["and", "but"])
            && k + 2 < e
            && toks[k + 1].kind == Tk::Word
            && {
                let w = toks[k + 1].text(text);
                w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_lowercase)
            }
            && ctx.refs.iter().any(|r| {
                r.toks.start > k + 2
                    && r.toks.start <= k + 8
                    && toks[k + 2..r.toks.start]
                        .iter()
                        .all(|t| (t.kind == Tk::Word && t.cue.is_none()) || t.is(','))
                    && verb_at(r.toks.end)
            });
        after_comma
            || inverted_after
            || participle_opened
            || is_word(&toks[k], text, &["and", "but", "while", "whereas"])
                && !subject_so_far(k)
                && (verb_at(k + 1)
                    || ctx.refs.iter().any(|r| {
                        (r.toks.start == k + 1
                            || (r.toks.start == k + 2 && is_word(&toks[k + 1], text, &["the"])))
                            && !matches!(r.head, Head::Pronoun(_))
                            && verb_at(r.toks.end)
                    }))
    })
}

/// The length of a time adjunct ending right before token `k` ("on Sunday", "last week",
/// "yesterday", "earlier this month", "in 2003"), if there is one after `start`.
fn time_adjunct_before(toks: &[Tok], text: &str, start: usize, k: usize) -> Option<usize> {
    let word = |j: usize| (toks[j].kind == Tk::Word).then(|| toks[j].text(text));
    let last = word(k.checked_sub(1).filter(|&j| j >= start)?)?;
    if matches!(last, "yesterday" | "today" | "tonight") {
        return Some(1);
    }
    // A year: "The Downing Street Strategy Unit in 2003 said".
    let year = last.len() == 4
        && (last.starts_with("19") || last.starts_with("20"))
        && last.bytes().all(|b| b.is_ascii_digit());
    if year && k >= start + 2 && word(k - 2) == Some("in") {
        return Some(2);
    }
    let unit = lexicon::time_unit(last);
    if !unit || k < start + 2 {
        return None;
    }
    match word(k - 2)? {
        "on" | "last" | "this" | "next" => {
            let earlier = k >= start + 3 && word(k - 3).is_some_and(|w| w == "earlier");
            Some(if earlier { 3 } else { 2 })
        }
        _ => None,
    }
}

/// Who issued a document named as a speaker: "a report from analysts Gartner", "a
/// statement by the Foreign Ministry" (up to three words between).
fn issuer_of(ctx: &ParaCtx, text: &str, r: &Ref, end: usize) -> Option<Ref> {
    let toks = ctx.toks;
    // (Or documents: "reports from Russian News Agency Interfax".)
    let document = |w: &str| {
        lexicon::document_noun(w) || w.strip_suffix('s').is_some_and(lexicon::document_noun)
    };
    if !matches!(r.head, Head::Group { of: None })
        || r.toks.is_empty()
        || !document(toks[r.toks.end - 1].text(text))
    {
        return None;
    }
    let by = r.toks.end;
    if by >= end || !is_word(&toks[by], text, &["from", "by", "of"]) {
        return None;
    }
    // The first name or known actor, past a describing group ("analysts"); a body
    // after "from" reads as a place ("from Russian News Agency Interfax") and counts.
    (by + 1..(by + 4).min(end))
        .take_while(|&q| toks[q].kind == Tk::Word)
        .filter_map(|q| ctx.refs.iter().find(|x| x.toks.start == q))
        .find(|x| match x.head {
            Head::Name { org, media, .. } => org || media || !x.locative,
            Head::Pronoun(_) | Head::Group { .. } => false,
            _ => !x.locative,
        })
        .cloned()
}

/// The capitalised words between a determiner and a reference that does not include
/// the determiner itself ("The Hefce report" when "Hefce" is a name of its own): the
/// issuer a document's description names. None after anything but a determiner ("But
/// the report" is a reference that includes its "the").
fn issuer_words_before(text: &str, span: Span) -> Option<String> {
    let first = text[span.range()]
        .split(text::is_space)
        .next()
        .unwrap_or("");
    if DETERMINERS.contains(&&*first.to_lowercase()) {
        return None;
    }
    let mut lead: Vec<&str> = Vec::new();
    for w in text[..span.start as usize]
        .trim_end()
        .rsplit(text::is_space)
    {
        if DETERMINERS.contains(&&*w.to_lowercase()) {
            if lead.is_empty() {
                return None;
            }
            lead.reverse();
            return Some(lead.join(" "));
        }
        if lead.len() < 4
            && w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphanumeric)
        {
            lead.push(w);
        } else {
            return None;
        }
    }
    None
}

/// Whether the noun phrase ending `s` opened with an indefinite determiner ("a law
/// enforcement ", "another senior "): up to four words back, within the sentence.
fn indefinite_before(s: &str) -> bool {
    let clause = s
        .rsplit(['.', ',', ';', ':', '!', '?', '\n'])
        .next()
        .unwrap_or(s);
    clause
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| matches!(w, "a" | "an" | "one" | "another"))
}

/// The word before byte `at` of `text`, past the spaces before `at` ("Mr" before "Irish"
/// in "said Mr Irish"); the whole text before when it has no space or line break.
fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches(' ');
    before
        .rfind([' ', '\n'])
        .map_or(before, |k| &before[k + 1..])
}

/// Whether `s` ends with the words `words` (ASCII case ignored), not inside a longer
/// word ("the" in "breathe", "coach" in "stagecoach").
fn ends_with_word(s: &str, words: &str) -> bool {
    s.len()
        .checked_sub(words.len())
        .and_then(|i| Some((s.get(..i)?, s.get(i..)?)))
        .is_some_and(|(rest, end)| {
            end.eq_ignore_ascii_case(words)
                && !rest.ends_with(|c: char| c.is_alphanumeric() || c == '-')
        })
}

/// Whether a description opens with "his", "her" or "their" ("his son said").
fn written_possessive(written: &str) -> bool {
    ["his ", "her ", "their "].iter().any(|p| {
        written
            .get(..p.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
    })
}

/// Whether a description is definite: "the company", not "a company".
fn written_definite(written: &str) -> bool {
    written
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("the "))
}

/// A word in lower case, with the British "-isation" spelt "-ization".
pub(crate) fn spelt_z(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.strip_suffix("isation") {
        Some(stem) => format!("{stem}ization"),
        None => lower,
    }
}

/// Whether the description at `span` (or the words before it) opens with "the" and a word
/// for a title its holder has left or is leaving: "the former Labour leader", "the
/// outgoing European Commissioner".
fn former_epithet(text: &str, span: Span) -> bool {
    let former = |w: &str| {
        matches!(
            &*lexicon::ascii_lower(w),
            "former" | "outgoing" | "retiring" | "departing"
        ) || w.starts_with("ex-")
    };
    let mut words = text[span.range()].split_whitespace();
    if let (Some(the), Some(w)) = (words.next(), words.next()) {
        if the.eq_ignore_ascii_case("the") && former(w) {
            return true;
        }
    }
    // Left out of the span: "the outgoing" before a title.
    let before = &text[..span.start as usize];
    let mut back = before.split_whitespace().rev();
    matches!((back.next(), back.next()), (Some(w), Some(the))
        if former(w) && the.eq_ignore_ascii_case("the"))
        && before.ends_with(char::is_whitespace)
}

/// Whether a reference ends in a noun for a person ("a Washington-based lawyer", "one
/// London-based broker").
fn person_noun_ref(text: &str, r: &Ref) -> bool {
    let last = text[r.start..r.end].rsplit(' ').next().unwrap_or("");
    lexicon::nominal_speaker(last) == Some(ActorKind::Person)
}

/// Whether a demonym used as a noun names one person: "the American", "the Briton",
/// not "the Israelis", "the French" or "the Japanese".
fn singular_demonym(w: &str) -> bool {
    !(w.ends_with('s') || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("ch"))
}

/// Whether a word names an office a person holds: a title, or "leader", "commissioner",
/// "chairman", "boss"...
fn office_noun(lex: &Lexicon, word: &str) -> bool {
    let word = lexicon::shared_post(word).unwrap_or(word);
    lex.title(word).is_some()
        || matches!(
            &*lexicon::ascii_lower(word),
            "leader"
                | "commissioner"
                | "chairman"
                | "chairwoman"
                | "director"
                | "chief"
                | "boss"
                | "coach"
                | "manager"
                | "captain"
        )
}

/// A court's titles: "judge", "magistrate", "coroner", "justice".
fn court_title(w: &str) -> bool {
    ["judge", "magistrate", "coroner", "justice"]
        .iter()
        .any(|t| w.eq_ignore_ascii_case(t))
}

/// Whether a word or phrase ends in a possessive ("Trump's", "Friday’s").
fn possessive(w: &str) -> bool {
    possessive_of(w).is_some()
}

/// Whether reference `r` is written as an owner, its last token with a possessive
/// ("France's Le Figaro", "Mr Jackson's lawyers").
fn possessive_ref(toks: &[Tok], text: &str, r: &Ref) -> bool {
    possessive(&text[r.start..toks[r.toks.end - 1].end])
}

/// Titles and honours written after a full name ("Peter Ainsworth MP", "Cherie Booth
/// QC").
fn post_nominal(w: &str) -> bool {
    matches!(
        w,
        "MP" | "MEP" | "MSP" | "AM" | "MLA" | "QC" | "KC" | "OBE" | "MBE" | "CBE"
    )
}

/// Cleans a name as written: possessive and honorifics off, whitespace single.
fn name_text(s: &str) -> String {
    // `strip_suffix` in a loop is `trim_end_matches` without building a searcher.
    let mut s = s;
    while let Some(t) = s.strip_suffix("'s") {
        s = t;
    }
    while let Some(t) = s.strip_suffix("\u{2019}s") {
        s = t;
    }
    // A post-nominal after a full name: "Peter Ainsworth MP", "Cherie Booth QC".
    // (Byte searches: this runs for every name met.)
    if let Some(sp) = s.bytes().rposition(|b| b == b' ') {
        let (head, last) = (&s[..sp], &s[sp + 1..]);
        if head.as_bytes().contains(&b' ') && post_nominal(last) {
            s = head;
        }
    }
    let honorific = |w: &str| {
        matches!(
            w,
            "Mr."
                | "Mrs."
                | "Ms."
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Dr."
                | "Sir"
                | "Dame"
                | "Lord"
                | "Lady"
                | "Baroness"
                | "Baron"
        )
    };
    // Most names are already clean: words of non-space characters joined by single
    // ASCII spaces, none an honorific. One pass tells.
    let mut word_start = 0;
    let mut clean = !s.is_empty();
    for (i, c) in s.char_indices() {
        if !clean {
            break;
        }
        if c == ' ' || text::is_space(c) {
            clean = c == ' ' && i > word_start && !honorific(&s[word_start..i]);
            word_start = i + c.len_utf8();
        }
    }
    if clean && word_start < s.len() && !honorific(&s[word_start..]) {
        return s.to_owned();
    }
    let words: Vec<&str> = s.split(text::is_space).filter(|w| !w.is_empty()).collect();
    // A peer's territorial title keeps its rank: "Lord Roberts of Conwy" ("Roberts of
    // Conwy" is no name anyone is called by).
    let peer = words.len() >= 4
        && matches!(words[0], "Lord" | "Lady" | "Baroness" | "Baron")
        && words[2] == "of";
    if peer {
        return words.join(" ");
    }
    let words: Vec<&str> = words.into_iter().filter(|w| !honorific(w)).collect();
    words.join(" ")
}

/// A person's sex, as the text states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sex {
    Male,
    Female,
}

/// The bytes of a reference that may state a sex: the honorific and titles before a
/// name ("King" in "Billie Jean King" is a surname), or the whole of a description.
fn titles_of(text: &str, r: &Ref) -> Range<usize> {
    match r.head {
        Head::Name { start, end, .. } => {
            // The name's own first word when it is an honorific ("Mr John Smith").
            let first = text[start..end].split(' ').next().unwrap_or("");
            let honorific = stated_sex(first).is_some() && first.len() <= 4;
            let upto = if honorific {
                start + first.len()
            } else {
                start
            };
            r.start..upto.max(r.start)
        }
        _ => r.start..r.end,
    }
}

/// The sex a mention states by an honorific or a gendered title ("Mrs Blackman", "Lord
/// Falconer", "spokeswoman Jane Roe"), if any.
fn stated_sex(mention: &str) -> Option<Sex> {
    mention
        .split(|c: char| !c.is_alphabetic())
        .find_map(|w| match &*lexicon::ascii_lower(w) {
            // Not "chairman": British copy gives women that title ("UKIP chairman
            // Petrina Holdsworth").
            "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "baron" | "spokesman"
            | "congressman" | "businessman" | "actor" => Some(Sex::Male),
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "duchess"
            | "baroness" | "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman"
            | "actress" => Some(Sex::Female),
            _ => None,
        })
}

/// Who opened a sentence: an actor, or a full name not yet an actor.
#[derive(Debug, Clone)]
enum Subject {
    Actor(usize),
    Name(String),
}

struct ParaCtx<'t> {
    idx: usize,
    toks: &'t [Tok],
    sents: Vec<Range<usize>>,
    refs: Vec<Ref>,
    quotes: Vec<usize>,
    /// The next paragraph is a signature ("- Bernie Sanders."): this paragraph's
    /// quotation is the signer's, not a continuation.
    signed_next: bool,
}

/// The token after the comma that closes a sentence's opening phrase: a participle or
/// preposition and what it governs ("Hounded by the press, ", "After meeting Blair, "),
/// an adverb or a time ("Recently, ", "Last week, "), or the sentence's start when it has
/// none.
fn opening_phrase_end(text: &str, toks: &[Tok], s: Range<usize>) -> usize {
    opening_phrase_from(text, toks, s, false)
}

/// [`opening_phrase_end`], the phrase's first word lowercase after a conjunction.
fn opening_phrase_from(text: &str, toks: &[Tok], s: Range<usize>, conjoined: bool) -> usize {
    let Some(first) = toks.get(s.start).filter(|t| t.kind == Tk::Word) else {
        return s.start;
    };
    let w = first.text(text);
    // After a conjunction: "And despite the recent results, skipper Jason Robinson".
    if !conjoined && matches!(w, "And" | "But" | "Yet" | "So") && s.start + 1 < s.end {
        let inner = opening_phrase_from(text, toks, s.start + 1..s.end, true);
        return if inner > s.start + 1 { inner } else { s.start };
    }
    // (Or an irregular one: "Born in New Jersey, Hill began ...".)
    let participle = w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"))
        || matches!(
            w,
            "Born"
                | "Known"
                | "Brought"
                | "Built"
                | "Made"
                | "Seen"
                | "Taken"
                | "Given"
                | "Written"
                | "Held"
                | "Caught"
                | "Driven"
                | "Beaten"
                | "Chosen"
        );
    // An adverb or a time: "Recently, Herman Cain ...", "Last week, ...".
    let adverb = (w.len() > 4 && w.ends_with("ly"))
        || matches!(
            &*crate::lexicon::ascii_lower(w),
            "last" | "this" | "next" | "yesterday" | "today" | "earlier" | "later"
        );
    // After a conjunction, a clause of its own ("But if Mr. Ackman has been brought to
    // his knees, you would never know it") keeps its subject as the sentence's.
    let clause = conjoined
        && matches!(
            w,
            "if" | "when" | "while" | "although" | "though" | "once" | "until" | "since"
        );
    // Two-word prepositions: "Other than its warning on tax, the report was ...",
    // "Apart from ...", "Aside from ...".
    let compound = toks.get(s.start + 1).is_some_and(|n| {
        matches!(
            (&*crate::lexicon::ascii_lower(w), n.text(text)),
            ("other", "than") | ("apart" | "aside", "from")
        )
    });
    if !(conjoined || w.starts_with(char::is_uppercase))
        || clause
        || !(participle || adverb || compound || lexicon::opening_preposition(w))
    {
        return s.start;
    }
    let Some(comma) = (s.start + 1..s.end.min(s.start + OPENING_PHRASE_TOKENS))
        .take_while(|&k| {
            // (A reporting word inside "Other than its warning ..." is a noun.)
            !matches!(toks[k].kind, Tk::Open | Tk::Close | Tk::Dash)
                && (compound || toks[k].cue.is_none())
        })
        .find(|&k| toks[k].is(','))
    else {
        return s.start;
    };
    // Not a name that looks like a participle: "Groening recently heaped praise on The
    // Office, saying", "Downing Street would not be drawn on the claim, saying" (the
    // scan of the text last: it is the dear test).
    let name = participle
        && !(adverb || lexicon::opening_preposition(w))
        && (toks
            .get(s.start + 1)
            .is_some_and(|n| n.kind == Tk::Word && n.text(text).starts_with(char::is_uppercase))
            || crate::mention::named_mid_sentence(text, w));
    if name {
        s.start
    } else {
        comma + 1
    }
}

/// Determiners and possessives that start a noun phrase of their own: [`DETERMINERS`]
/// and the demonstratives and quantifiers.
fn subject_determiner(w: &str) -> bool {
    let w = crate::lexicon::ascii_lower(w);
    DETERMINERS.contains(&&*w)
        || matches!(
            &*w,
            "this"
                | "that"
                | "these"
                | "those"
                | "such"
                | "our"
                | "my"
                | "your"
                | "some"
                | "many"
                | "no"
        )
}

/// How far an opening phrase may run, in tokens.
const OPENING_PHRASE_TOKENS: usize = 12;

/// Whether a paragraph is a signature line: a dash and a few words, no quotation.
fn signature_line(p: &str) -> bool {
    p.starts_with(['-', '\u{2013}', '\u{2014}', '\u{2015}'])
        && p.split_whitespace().count() <= 6
        && !p.contains(['"', '\u{201c}', '\u{201d}'])
}

/// Extracts actors, statements and relations from `text`.
pub fn run(text: &str, title_hint: Option<&str>) -> Found {
    let lex = Lexicon::get();
    let paras = text::paragraphs(text, title_hint);
    let mut eng = Engine {
        text,
        lex,
        found: Found::default(),
        by_name: HashMap::default(),
        last_person_speaker: None,
        subjects: Vec::new(),
        org_subjects: Vec::new(),
        document_subjects: Vec::new(),
        collective_speakers: Vec::new(),
        described_as: Vec::new(),
        bodies_by_noun: Vec::new(),
        unknown_names: Vec::new(),
        late_titles: Vec::new(),
        quoted_names: HashSet::default(),
        last_direct: None,
        excluded: None,
        pending_colon: None,
        candidates: Vec::new(),
        named_at: Vec::new(),
        sex: HashMap::default(),
        name_sex: HashMap::default(),
        last_issuer: None,
        headline_end: 0,
        para_starts: paras.iter().map(|p| p.start).collect(),
        sentence_starts: Vec::new(),
        first_body_start: None,
        issuers: Vec::new(),
    };
    let mut all_quotes: Vec<Quote> = Vec::new();
    let mut para_toks: Vec<Vec<Tok>> = Vec::new();
    // Statement index per quote, for continuation across paragraphs.
    let mut quote_stmt: HashMap<usize, usize> = HashMap::default();
    for (pi, p) in paras.iter().enumerate() {
        if p.kind == ParaKind::Title {
            eng.headline_end = p.end;
        }
        if p.kind == ParaKind::Body && eng.first_body_start.is_none() {
            eng.first_body_start = Some(p.start);
        }
        let toks = text::tokens(text, p.start, p.end);
        let mut ctx = ParaCtx {
            idx: pi,
            toks: &toks,
            sents: text::sentences(text, &toks),
            refs: Vec::new(),
            quotes: Vec::new(),
            signed_next: paras
                .get(pi + 1)
                .is_some_and(|n| signature_line(&text[n.start..n.end])),
        };
        if matches!(
            p.kind,
            ParaKind::Byline | ParaKind::Boilerplate | ParaKind::Meta
        ) {
            para_toks.push(toks.clone());
            continue;
        }
        // Quotes: pair opening and closing marks within the paragraph. Marks of the
        // other style inside a quotation are a quotation within it when they open and
        // close in turn (“He said "no" to me,”); a closing mark of the other style with
        // no inner quotation open closes the quotation (inconsistent typing: opened
        // curly, closed straight, “Our roads are crumbling," she said).
        let curly = |t: &Tok| !text[t.start..t.end].starts_with('"');
        let mut open: Option<usize> = None;
        let mut inner_open = false;
        for (i, t) in toks.iter().enumerate() {
            if !matches!(t.kind, Tk::Open | Tk::Close) {
                continue;
            }
            match open {
                Some(o) if curly(&toks[o]) != curly(t) && (t.kind == Tk::Open || inner_open) => {
                    inner_open = t.kind == Tk::Open;
                }
                Some(o) => {
                    // A closing mark closes; an opening mark of the same style means the
                    // last quotation was never closed: it ends here, or before the
                    // sentence that introduces the new one with a colon ("... for one
                    // or two seconds. Freddie Ljungberg is likely to ... Gunners boss
                    // Arsene Wenger said: "Freddie is an option").
                    let mut close = i;
                    if t.kind == Tk::Open && i > 0 && toks[i - 1].is(':') {
                        if let Some(s) = ctx.sents.iter().find(|s| s.contains(&(i - 1))) {
                            if s.start > o + 2 {
                                close = s.start - 1;
                            }
                        }
                    }
                    ctx.quotes.push(all_quotes.len());
                    all_quotes.push(Quote {
                        open: o,
                        close: Some(close),
                        para: pi,
                        used: false,
                    });
                    open = (t.kind == Tk::Open).then_some(i);
                    inner_open = false;
                }
                None if t.kind == Tk::Open => open = Some(i),
                None => {}
            }
        }
        if let Some(o) = open {
            ctx.quotes.push(all_quotes.len());
            all_quotes.push(Quote {
                open: o,
                close: None,
                para: pi,
                used: false,
            });
        }
        let quoted = |k: usize| {
            ctx.quotes
                .iter()
                .any(|&q| k > all_quotes[q].open && k <= all_quotes[q].close.unwrap_or(toks.len()))
        };
        eng.sentence_starts.extend(
            ctx.sents
                .iter()
                .filter(|s| s.start < toks.len() && !quoted(s.start))
                .map(|s| {
                    let cue = s.clone().any(|k| toks[k].cue.is_some() && !quoted(k));
                    (toks[s.start].start, cue)
                }),
        );
        let mut ps = Vec::new();
        for s in ctx.sents.clone() {
            mention::pieces_into(text, &toks, s.clone(), &mut ps);
            mention::refs_into(text, &toks, &ps, &mut ctx.refs);
        }
        // Register every reference (actors, roles), in text order, and track subjects.
        let mut last_resolved: Option<(usize, usize)> = None;
        for s in ctx.sents.clone() {
            let mut first = true;
            // A sentence in title case (a headline written as a sentence) capitalises
            // words that name nothing. Counted only when an unknown name asks.
            let title_case = std::cell::OnceCell::new();
            let is_title_case = || {
                *title_case.get_or_init(|| {
                    let words = toks[s.clone()].iter().filter(|t| t.kind == Tk::Word);
                    let (caps, all) = words.fold((0, 0), |(c, n), t| {
                        (
                            c + usize::from(t.text(text).starts_with(char::is_uppercase)),
                            n + 1,
                        )
                    });
                    all >= 4 && caps * 10 >= all * 6
                })
            };
            // References in an opening phrase ("Hounded by the press, Tevez grew ...") are
            // not the sentence's subject.
            let opener_end = opening_phrase_end(text, &toks, s.clone());
            let mut subject_from = opener_end;
            // Words before the subject's name may describe it ("Oscar-winning actress
            // Susan Sarandon"); a determiner starts a subject of its own ("The radio
            // talker has filled his speeches for Cruz").
            let before_name = |k: usize| !subject_determiner(toks[k].text(text));
            let mut last_name_end = None;
            let subjects_before = eng.subjects.len();
            let mut copula_subject = None;
            for r in ctx.refs.iter().filter(|r| s.contains(&r.toks.start)) {
                let in_opener = r.toks.start < opener_end;
                // "Peter Jones, the manager, said": the description is the person named
                // right before it, not somebody else.
                let apposed = matches!(r.head, Head::Group { of: None })
                    && r.toks.start > 0
                    && toks[r.toks.start - 1].is(',')
                    && last_name_end == Some(r.toks.start - 1);
                // A full name ("Peter Jones"), not a place ("Maine, voters with ...").
                last_name_end = (person_name(&r.head) && text[r.start..r.end].contains(' '))
                    .then_some(r.toks.end);
                if apposed {
                    continue;
                }
                if matches!(r.head, Head::Pronoun(_)) {
                    // ("it appears" opens a clause whose subject follows: "But it now
                    // appears Pearce is keen to wait".)
                    let mut v = r.toks.end;
                    if toks
                        .get(v)
                        .is_some_and(|t| is_word(t, text, &["now", "also"]))
                    {
                        v += 1;
                    }
                    let impersonal = is_word(&toks[r.toks.start], text, &["it", "It"])
                        && toks
                            .get(v)
                            .is_some_and(|t| is_word(t, text, &["appears", "seems"]));
                    if !impersonal {
                        first &= in_opener;
                    }
                    continue;
                }
                // "Korean Central News Agency (KCNA)": the acronym names the same actor.
                if let Some((end, actor)) = last_resolved {
                    if r.toks.start == end + 1
                        && toks[end].is('(')
                        && toks.get(r.toks.end).is_some_and(|t| t.is(')'))
                        && eng.acronym_alias(&toks, r, end, actor)
                    {
                        continue;
                    }
                }
                // "The British Phonographic Industry (BPI)": a name read as pieces (a
                // nationality first) is still the name its acronym spells.
                if r.toks.start > 0
                    && toks[r.toks.start - 1].is('(')
                    && toks.get(r.toks.end).is_some_and(|t| t.is(')'))
                    && eng.spelled_acronym(&toks, r)
                {
                    continue;
                }
                let mut a = eng.resolve(r, false);
                let organization = |eng: &Engine, a: usize| {
                    let actor = &eng.found.actors[a];
                    matches!(actor.kind, ActorKind::Organization | ActorKind::Media) && !actor.local
                };
                let unknown_name = a.is_none() && matches!(r.head, Head::Name { .. });
                let nouns = if unknown_name || a.is_some_and(|a| organization(&eng, a)) {
                    apposed_nouns(text, &toks, s.clone(), r)
                } else {
                    Vec::new()
                };
                // An unknown name a company noun stands in apposition to is an
                // organization ("Alphabet, the parent company of Google").
                if let (None, Head::Name { start, end, .. }) = (a, &r.head) {
                    if !nouns.is_empty() {
                        let name = name_text(&text[*start..*end]);
                        let medium = nouns
                            .iter()
                            .any(|n| lexicon::outlet_noun(n).is_some_and(|k| k != "club"));
                        let kind = if medium {
                            ActorKind::Media
                        } else {
                            ActorKind::Organization
                        };
                        let o = eng.intern(&name, kind, false, false);
                        eng.add_mention(o, Span::new(*start, *end));
                        a = Some(o);
                    }
                }
                if let (None, Head::Name { start, end, .. }) = (a, &r.head) {
                    // In body text (a headline capitalises every word), not after an
                    // article ("the Television channel NY1").
                    let article =
                        r.toks.start > 0 && is_word(&toks[r.toks.start - 1], text, ARTICLES);
                    if p.kind == ParaKind::Body
                        && !r.locative
                        && !article
                        && !text[*start..*end].contains(' ')
                        && !is_title_case()
                    {
                        eng.unknown_names.push((*start, *end));
                    }
                }
                if let Some(a) = a {
                    last_resolved = Some((r.toks.end, a));
                    if organization(&eng, a) {
                        for noun in &nouns {
                            eng.describe(a, noun);
                        }
                    }
                }
                let quoted = ctx
                    .quotes
                    .iter()
                    .any(|&q| all_quotes[q].inner(toks.len()).contains(&r.toks.start));
                let sent = toks[s.start].start..toks[s.end - 1].end;
                let mut candidate = None;
                if a.is_none() {
                    if let Head::Name {
                        start,
                        end,
                        org: false,
                        media: false,
                    } = r.head
                    {
                        let name = name_text(&text[start..end]);
                        let words = name.split_whitespace().count();
                        // A product's maker, developer or publisher is a company: "Game
                        // maker Valve", "browser maker Netscape" (not "film maker Theo",
                        // "documentary maker Michael Cockerell": a person's name, which a
                        // given name opens, is none).
                        // So is a name that a plural describes: "technology analysts
                        // Gartner", "consultants Deloitte" (many, not one person).
                        let maker = r.toks.start >= s.start + 2
                            && is_word(
                                &toks[r.toks.start - 1],
                                text,
                                &["maker", "developer", "publisher"],
                            )
                            && toks[r.toks.start - 2].kind == Tk::Word
                            && !matches!(
                                &*toks[r.toks.start - 2].text(text).to_ascii_lowercase(),
                                "film" | "documentary" | "programme" | "movie" | "music" | "policy"
                            );
                        let many = words == 1
                            && r.toks.start > s.start
                            && is_word(&toks[r.toks.start - 1], text, FIRMS_DESCRIBED)
                            && !eng.lex.given.contains_key(name.as_str());
                        if maker || many {
                            eng.remember_body(&name, ActorKind::Organization);
                        }
                        // A surname after a word for a person is one too: "British actor
                        // Owen is hoping".
                        let described = words == 1
                            && r.toks.start > s.start
                            && toks[r.toks.start - 1].kind == Tk::Word
                            && {
                                let w = toks[r.toks.start - 1].text(text);
                                w.starts_with(char::is_lowercase)
                                    && (lexicon::topic_noun(w)
                                        || office_noun(eng.lex, w)
                                        || lexicon::nominal_speaker(w) == Some(ActorKind::Person)
                                        || lexicon::kin_noun(w))
                            };
                        // So is one a relative clause says is a person: "DiCaprio, who
                        // lost out on the best actor Bafta to Foxx, will face him".
                        let who = words == 1
                            && toks.get(r.toks.end).is_some_and(|t| t.is(','))
                            && toks
                                .get(r.toks.end + 1)
                                .is_some_and(|t| is_word(t, text, &["who"]));
                        // (A surname the text gave in full before stands for the full
                        // name: "Investor Sumner Redstone, who ... Redstone, who
                        // controls".)
                        let full = who
                            .then(|| {
                                eng.candidates
                                    .iter()
                                    .rev()
                                    .find(|(_, n)| {
                                        n.contains(' ')
                                            && n.rsplit(' ').next() == Some(name.as_str())
                                    })
                                    .map(|(_, n)| n.clone())
                            })
                            .flatten();
                        // A name the text also writes before a noun is a club's or a
                        // place's, whatever "who" says: "Leicester, who signed White"
                        // after "The Leicester tight-head".
                        let modifier = || {
                            text.match_indices(name.as_str()).any(|(k, _)| {
                                let next = text[k + name.len()..]
                                    .strip_prefix(' ')
                                    .and_then(|r| r.split([' ', ',', '.']).next())
                                    .unwrap_or("");
                                next.starts_with(char::is_lowercase)
                                    && lexicon::cue(next).is_none()
                                    && !lexicon::auxiliary(next)
                                    && !lexicon::helping_verb(next)
                                    && !lexicon::function_word(next)
                            })
                        };
                        let who = who && (full.is_some() || !modifier());
                        let described = described || who;
                        // A work's title after its noun is no person: "single Hey Ya!",
                        // "drama Wasp", "musical Sweet Charity".
                        let work = r.toks.start > s.start && {
                            let t = &toks[r.toks.start - 1];
                            t.kind == Tk::Word && lexicon::work_noun(t.text(text))
                        };
                        if ((2..=4).contains(&words) || described)
                            && !work
                            && name
                                .split_whitespace()
                                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                        {
                            if let Some(sex) = stated_sex(&text[titles_of(text, r)]) {
                                eng.name_sex.entry(name.clone()).or_insert(sex);
                            }
                            let name = full.unwrap_or(name);
                            candidate = Some(name.clone());
                            // A name seen only inside a quotation ("clear with
                            // Speakerboxxx/The Love Below") may give a surname its full
                            // name, but is no antecedent for a pronoun outside it.
                            if quoted {
                                eng.quoted_names.insert(name.clone());
                            }
                            eng.candidates.push((start, name));
                        }
                    }
                }
                // An unknown word in a title before the name ("World number one Lindsay
                // Davenport") does not take the subject's place.
                // Nor does a nationality ("British actor Clive Owen is hoping").
                // Nor a club or a body before a job and a person's name ("Liverpool boss
                // Rafael Benitez is keen").
                // So does a band's name, read as a person's, before a trade and a full
                // name ("Beach Boys veteran Brian Wilson was another winner").
                let employer = (a.is_some_and(|x| eng.found.actors[x].kind != ActorKind::Person)
                    || (a.is_none() && candidate.is_some()))
                    && toks.get(r.toks.end).is_some_and(|t| {
                        let w = t.text(text);
                        t.kind == Tk::Word
                            && w.starts_with(char::is_lowercase)
                            && (office_noun(eng.lex, w) || lexicon::topic_noun(w))
                    });
                // A body's name right before a lowercase title the lexicon knows and its
                // holder's full name: "General Workers' Union general secretary Tony
                // Woodley repeated". The subject is the holder.
                let titled_holder = a
                    .is_some_and(|x| eng.found.actors[x].kind != ActorKind::Person)
                    .then(|| {
                        ctx.refs.iter().find(|n| {
                            n.toks.start == r.toks.end
                                && !n.roles.is_empty()
                                && person_name(&n.head)
                                && text[n.start..n.end].starts_with(char::is_lowercase)
                                && text[n.start..n.end].contains(' ')
                        })
                    })
                    .flatten();
                let demonym = demonym_ref(eng.lex, text, r);
                let lone = a.is_none() && candidate.is_none() && r.toks.len() == 1;
                let premodified = (lone || demonym || employer)
                    .then(|| {
                        described_after(&ctx, text, r, |n| {
                            lone || demonym
                                || (person_name(&n.head) && text[n.start..n.end].contains(' '))
                        })
                    })
                    .flatten()
                    .or(titled_holder)
                    // A title and the body it is held at before the holder's full name:
                    // "general secretary of the public services union Unison Dave
                    // Prentis criticised the plans".
                    .or_else(|| {
                        let held_at = matches!(r.head, Head::TitleOnly)
                            && toks
                                .get(r.toks.end)
                                .is_some_and(|t| is_word(t, text, &["of", "at", "for"]));
                        ctx.refs.iter().find(|n| {
                            held_at
                                && n.toks.start > r.toks.end
                                && n.toks.start <= r.toks.end + 10
                                && person_name(&n.head)
                                && text[n.start..n.end].contains(' ')
                                && toks[r.toks.end..n.toks.start]
                                    .iter()
                                    .all(|t| t.kind == Tk::Word && t.cue.is_none())
                        })
                    });
                // "Labour's Elizabeth Blackman won the seat": the subject is the person
                // the possessive is the affiliation of, also after what the name is
                // there ("Finland's national oil company Neste Oy said").
                let word_end = toks[r.toks.end - 1].end;
                if possessive(&text[r.start..word_end])
                    && ctx.refs.iter().any(|n| {
                        n.toks.start >= r.toks.end
                            && n.toks.start <= r.toks.end + 3
                            && toks[r.toks.end..n.toks.start].iter().all(|t| {
                                t.kind == Tk::Word && t.text(text).starts_with(char::is_lowercase)
                            })
                            && person_name(&n.head)
                            && text[n.start..n.end].contains(' ')
                    })
                {
                    continue;
                }
                if let Some(n) = premodified {
                    // The subject may start at the name it modifies.
                    if (subject_from..r.toks.start).all(before_name) {
                        subject_from = n.toks.start;
                    }
                    continue;
                }
                // The subject opens its clause; a title after "the" opens it too when a
                // person's name stands in apposition to it ("The Attorney General, Lord
                // Goldsmith, has ...").
                // (After a conjunction too: "But the Liberal Democrat's shadow home
                // secretary, Mark Oaten, accused ...".)
                let title = matches!(r.head, Head::TitleOnly | Head::Group { of: None });
                let apposed = (first && !quoted && !in_opener && title && a.is_none())
                    .then(|| {
                        (subject_from..r.toks.start)
                            .all(|k| {
                                is_word(&toks[k], text, ARTICLES)
                                    || (k == s.start
                                        && is_word(&toks[k], text, &["But", "And", "Yet"]))
                            })
                            .then(|| named_in_apposition(&ctx, text, r, s.end))
                            .flatten()
                    })
                    .flatten();
                // An organization's document opens its clause after "the" too, as the
                // organization: "the NIESR report was optimistic".
                let the_org_document = a.is_some_and(|x| {
                    matches!(
                        eng.found.actors[x].kind,
                        ActorKind::Organization | ActorKind::Media
                    )
                }) && r.toks.start == subject_from + 1
                    && is_word(&toks[subject_from], text, &["The", "the"])
                    && toks.get(r.toks.end).is_some_and(|t| {
                        t.kind == Tk::Word && lexicon::document_noun(t.text(text))
                    });
                // A document from or by an organization opening the clause: "But a
                // recent report from Continental Research reflects".
                let issued_document = a.is_some_and(|x| {
                    matches!(
                        eng.found.actors[x].kind,
                        ActorKind::Organization | ActorKind::Media
                    )
                }) && r.toks.start >= subject_from + 3
                    && is_word(&toks[r.toks.start - 1], text, &["from", "by"])
                    && lexicon::document_noun(toks[r.toks.start - 2].text(text))
                    && {
                        let mut k = subject_from;
                        if is_word(&toks[k], text, &["But", "And", "Yet"]) {
                            k += 1;
                        }
                        is_word(&toks[k], text, ARTICLES)
                            && toks[k + 1..r.toks.start - 2].iter().all(|t| {
                                t.kind == Tk::Word && t.text(text).starts_with(char::is_lowercase)
                            })
                    };
                if first && !quoted && !in_opener && issued_document {
                    if let Some(o) = a {
                        eng.document_subjects.push((sent.clone(), o));
                    }
                }
                let opens = (subject_from..r.toks.start).all(before_name)
                    || apposed.is_some()
                    || the_org_document;
                if first && !quoted && !in_opener && opens {
                    let mut person = a.filter(|&a| eng.found.actors[a].kind == ActorKind::Person);
                    if let Some(mut n) = apposed {
                        // (A full name holding the title it stands in apposition to: "The
                        // Bishop of Durham, the Rt Rev Dr Tom Wright, described ..." before
                        // "the Bishop said".)
                        if matches!(r.head, Head::TitleOnly)
                            && person_name(&n.head)
                            && text[n.start..n.end].contains(' ')
                        {
                            n.roles.extend(r.roles.iter().cloned());
                        }
                        person = eng
                            .resolve(&n, true)
                            .filter(|&a| eng.found.actors[a].kind == ActorKind::Person);
                    }
                    let org = a.filter(|&a| {
                        let actor = &eng.found.actors[a];
                        matches!(actor.kind, ActorKind::Organization | ActorKind::Media)
                            && !actor.local
                    });
                    if let Some(o) = org {
                        eng.org_subjects.push((sent.clone(), o));
                    }
                    match (person, candidate.clone()) {
                        (Some(a), _) => eng.subjects.push((sent, Subject::Actor(a))),
                        (None, Some(name)) => eng.subjects.push((sent, Subject::Name(name))),
                        _ => {}
                    }
                }
                // "The musical's British director is Matthew Warchus, best known for
                // ...": the person a description opening the sentence is said to be is
                // who it is about.
                if copula_subject.is_none()
                    && !quoted
                    && (s.start + 3..s.start + 8).contains(&r.toks.start)
                    && is_word(&toks[s.start], text, &["The"])
                    && is_word(&toks[r.toks.start - 1], text, &["is", "was"])
                    // A noun phrase, not a clause ("The federal judge Trump was
                    // referring to is Gonzalo Curiel").
                    && toks[s.start..r.toks.start - 1].iter().all(|t| {
                        t.kind == Tk::Word
                            && t.cue.is_none()
                            && !lexicon::helping_verb(t.text(text))
                            && !is_word(t, text, &["who", "that", "which"])
                    })
                {
                    copula_subject = match (
                        a.filter(|&a| eng.found.actors[a].kind == ActorKind::Person),
                        candidate,
                    ) {
                        (Some(a), _) => Some(Subject::Actor(a)),
                        (None, Some(name)) => Some(Subject::Name(name)),
                        _ => None,
                    };
                }
                if !quoted && !in_opener {
                    first = false;
                }
            }
            if eng.subjects.len() == subjects_before {
                if let Some(subject) = copula_subject {
                    eng.subjects
                        .push((toks[s.start].start..toks[s.end - 1].end, subject));
                }
            }
        }
        if p.kind == ParaKind::Body {
            if pi > 0 && signature_line(&text[p.start..p.end]) {
                sign_previous(
                    &mut eng,
                    &ctx,
                    &para_toks[pi - 1],
                    &mut all_quotes,
                    &mut quote_stmt,
                );
            }
            attribute(&mut eng, &ctx, &mut all_quotes, &mut quote_stmt);
        }
        if p.kind == ParaKind::Title {
            headline(&mut eng, &ctx);
        }
        if matches!(p.kind, ParaKind::Body | ParaKind::Title) {
            relations(&mut eng, &ctx);
        }
        para_toks.push(toks.clone());
    }
    // Quotes that run over several paragraphs: an unclosed quote takes the speaker of
    // the quote that reopens the next paragraph.
    for qi in (0..all_quotes.len()).rev() {
        let q = &all_quotes[qi];
        if q.used || q.close.is_some() {
            continue;
        }
        let next = all_quotes
            .iter()
            .enumerate()
            .skip(qi + 1)
            .find(|(_, n)| n.para == q.para + 1 && n.open == 0);
        if let Some((ni, _)) = next {
            if let Some(&si) = quote_stmt.get(&ni) {
                let toks = &para_toks[q.para];
                let content = span_of(toks, q.inner(toks.len()));
                let (speaker, mention) = (
                    eng.found.statements[si].speaker,
                    eng.found.statements[si].mention,
                );
                if let Some(idx) =
                    push_quote(&mut eng, toks, speaker, mention, None, content, content)
                {
                    quote_stmt.insert(qi, idx);
                    all_quotes[qi].used = true;
                }
            }
        }
    }
    // A quote left open at a paragraph's end that the next paragraph closes without
    // reopening ("said, “I think we learned a lot. ¶ It was an emotional day.”"): the
    // next paragraph up to the closing mark is the same speaker's.
    for (qi, q) in all_quotes.iter().enumerate() {
        if q.close.is_some() || !q.used || q.para + 1 >= para_toks.len() {
            continue;
        }
        let Some(&si) = quote_stmt.get(&qi) else {
            continue;
        };
        if paras[q.para + 1].kind != ParaKind::Body {
            continue;
        }
        let toks = &para_toks[q.para + 1];
        let first_mark = toks
            .iter()
            .position(|t| matches!(t.kind, Tk::Open | Tk::Close));
        if let Some(close) = first_mark.filter(|&c| c > 2 && toks[c].kind == Tk::Close) {
            let content = span_of(toks, 0..trim_end_quote(toks, 0..close));
            let (speaker, mention) = (
                eng.found.statements[si].speaker,
                eng.found.statements[si].mention,
            );
            push_quote(&mut eng, toks, speaker, mention, None, content, content);
        }
    }
    let body: Vec<Range<usize>> = paras
        .iter()
        .filter(|p| p.kind == ParaKind::Body)
        .map(|p| p.start..p.end)
        .collect();
    eng.name_late_titles(&body);
    eng.merge_early_acronyms();
    eng.name_lede_sources(&body);
    eng.credit_documents_to_issuer();
    eng.credit_lawsuits_to_plaintiff();
    eng.credit_titled_documents();
    eng.credit_government_to_home_country();
    eng.found
        .statements
        .sort_by_key(|s| (s.content.start, s.content.end));
    eng.found
        .relations
        .sort_by_key(|r| (r.span.start, r.span.end));
    // Statement indices in relations refer to the unsorted order; recompute by span.
    for r in &mut eng.found.relations {
        r.claimed_in = eng.found.statements.iter().position(|s| {
            s.content.contains(r.span)
                || s.content.overlaps(r.span) && s.content.start <= r.span.start
        });
    }
    eng.found
}

/// Actors referred to inside `span` of a paragraph (excluding the speaker).
fn about_in(
    eng: &mut Engine,
    text: &str,
    toks: &[Tok],
    span: Span,
    speaker: Option<usize>,
) -> Vec<usize> {
    let inside = toks_within(toks, span);
    let first = inside.start;
    let mut out = Vec::new();
    if !inside.is_empty() {
        for s in text::sentences(text, &toks[inside]) {
            let r = s.start + first..s.end + first;
            let ps = mention::pieces(text, toks, r);
            for rf in mention::refs(text, toks, &ps) {
                eng.about_actors(&rf, &mut out);
            }
        }
    }
    finish_about(eng, out, speaker)
}

/// Actors referred to inside `span`, from the references already found in its
/// paragraph (excluding the speaker).
fn about_refs(eng: &mut Engine, refs: &[Ref], span: Span, speaker: Option<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for rf in refs
        .iter()
        .filter(|r| r.start >= span.start as usize && r.end <= span.end as usize)
    {
        eng.about_actors(rf, &mut out);
    }
    finish_about(eng, out, speaker)
}

fn finish_about(eng: &Engine, mut out: Vec<usize>, speaker: Option<usize>) -> Vec<usize> {
    let mut seen = HashSet::default();
    out.retain(|a| {
        Some(*a) != speaker && eng.found.actors[*a].kind != ActorKind::Location && seen.insert(*a)
    });
    out
}

/// The nouns an organization's name stands in apposition to, lowercase: "the media
/// watchdog, Reporters Without Borders", "the oil giant Exxon Mobil", "Alphabet, the
/// parent company of Google".
fn apposed_nouns(text: &str, toks: &[Tok], s: Range<usize>, r: &Ref) -> Vec<String> {
    let mut out = Vec::new();
    let word = |k: usize| toks[k].kind == Tk::Word;
    let lower = |k: usize| word(k) && toks[k].text(text).starts_with(char::is_lowercase);
    let det = |k: usize| is_word(&toks[k], text, ARTICLES);
    // Before: "the [modifiers] noun[,] NAME".
    let mut e = r.toks.start;
    if e > s.start && toks[e - 1].is(',') {
        e -= 1;
    }
    // "Spanish daily ABC", "football club Borussia Dortmund": an outlet's noun right
    // before the name, with or without an article.
    if r.toks.start > s.start && lower(r.toks.start - 1) {
        let noun = toks[r.toks.start - 1].text(text);
        if noun != "paper" && lexicon::outlet_noun(noun).is_some() {
            out.push(noun.to_owned());
        }
    }
    // "Vedomosti newspaper", "Broadcast magazine": one right after it (not "a Hong
    // Kong daily", a place's).
    let indefinite = r.toks.start > s.start && is_word(&toks[r.toks.start - 1], text, &["a", "an"]);
    if r.toks.end < s.end && lower(r.toks.end) && !indefinite {
        let noun = toks[r.toks.end].text(text);
        // (Nor "the East L.A. station", "Paddington station": a place's.)
        if !matches!(noun, "club" | "station") && lexicon::outlet_noun(noun).is_some() {
            out.push(noun.to_owned());
        }
    }
    if e > s.start && lower(e - 1) && lexicon::company_noun(toks[e - 1].text(text)) {
        let noun = e - 1;
        let mut b = noun;
        while b > s.start && b + 4 > noun && lower(b - 1) && !det(b - 1) {
            b -= 1;
        }
        // With its article, or right before the name after a compound of its own
        // ("from e-mail management firm Email Systems"; not "games maker Peter
        // Molyneux", a person as often, nor "its holding company Security Financial",
        // another's).
        let w = toks[noun].text(text);
        let owned = (b.saturating_sub(1).max(s.start)..noun).any(|k| {
            is_word(&toks[k], text, &["its", "his", "her", "their"])
                || possessive(toks[k].text(text))
        });
        let compound = e == r.toks.start && noun > b && !owned && lexicon::company_descriptor(w);
        if (b > s.start && det(b - 1)) || compound {
            out.push(w.to_ascii_lowercase());
        }
    }
    // After: "NAME, the [modifiers] noun" up to a comma, a period or "of".
    let a = r.toks.end;
    if a + 2 < s.end && toks[a].is(',') && det(a + 1) {
        let mut k = a + 2;
        // (A possessive name among the modifiers: "Barclays, the UK's third-biggest
        // bank".)
        let owner = |k: usize| word(k) && possessive(toks[k].text(text));
        while k < s.end
            && k < a + 7
            && (lower(k) || owner(k))
            && !lexicon::preposition(toks[k].text(text))
            && !is_word(&toks[k], text, &["that", "which", "who"])
        {
            k += 1;
        }
        let noun = toks[k - 1].text(text);
        if k > a + 2 && (lexicon::company_noun(noun) || lexicon::outlet_noun(noun).is_some()) {
            out.push(toks[k - 1].text(text).to_ascii_lowercase());
        }
    }
    out
}

/// Whether the cue word at `i` reports speech here. Not in the passive ("The pair were
/// charged after missing tests", "he was told"), where the subject did not speak; not as
/// a noun after a determiner ("the first reports under this scheme"); and "adding to"
/// adds to something ("adding to honours it has already picked up").
fn speaking_use(toks: &[Tok], text: &str, start: usize, i: usize, kind: CueKind) -> bool {
    let adverb = |w: &str| {
        (w.len() > 4 && w.ends_with("ly"))
            || matches!(w, "also" | "later" | "then" | "not" | "never" | "already")
    };
    let word_at = |k: usize| (k >= start && toks[k].kind == Tk::Word).then(|| toks[k].text(text));
    let mut b = i;
    while b > start && word_at(b - 1).is_some_and(adverb) {
        b -= 1;
    }
    let before = b.checked_sub(1).and_then(word_at);
    let determiner = |w: &str| {
        matches!(
            &*lexicon::ascii_lower(w),
            "the" | "a" | "an" | "these" | "those"
        )
    };
    let passive = kind == CueKind::Verb
        && before.is_some_and(|w| BE_FORMS.contains(&&*lexicon::ascii_lower(w)));
    let noun = before.is_some_and(determiner)
        || (before.is_some_and(|w| {
            matches!(
                w,
                "first" | "second" | "new" | "latest" | "recent" | "annual"
            )
        }) && b.checked_sub(2).and_then(word_at).is_some_and(determiner));
    let adds_to = kind == CueKind::Participle
        && is_word(&toks[i], text, &["adding"])
        && toks.get(i + 1).is_some_and(|n| is_word(n, text, &["to"]));
    // A past form after a verb in "-ing" is an adjective: "highlighting claimed
    // improvements", "citing reported losses".
    let adjective = kind == CueKind::Verb
        && toks[i].text(text).ends_with("ed")
        && before.is_some_and(|w| {
            w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase)
        })
        && toks[b - 1].cue.is_none();
    // After a possessive it is a noun: "including Friday's tweets" (not a past form
    // after a name with its "'s": "McDonald's announced").
    // ("Mr Blair's reported treaty", "The party's declared aims" are adjectives.)
    let name_with_s = kind == CueKind::Verb
        && (toks[i].text(text).ends_with("ed") || is_word(&toks[i], text, &["said"]))
        && toks.get(i + 1).is_some_and(|n| {
            n.kind != Tk::Word
                || lexicon::function_word(n.text(text))
                || is_word(
                    n,
                    text,
                    &[
                        "it", "he", "she", "they", "we", "the", "a", "an", "that", "its", "their",
                    ],
                )
        });
    let possessive = before.is_some_and(possessive) && !name_with_s;
    // Something won, not said: "Jake White claimed the coaching award", "claimed
    // responsibility", "Argentina claimed top spot in Group A".
    let won = is_word(&toks[i], text, &["claimed", "claims", "claim"])
        && toks[i + 1..toks.len().min(i + 5)]
            .iter()
            .take_while(|t| t.kind == Tk::Word && t.cue.is_none())
            .any(|t| {
                is_word(
                    t,
                    text,
                    &[
                        "award",
                        "title",
                        "prize",
                        "victory",
                        "win",
                        "medal",
                        "trophy",
                        "crown",
                        "responsibility",
                        "seat",
                        "lives",
                        "gold",
                        "silver",
                        "bronze",
                        "spot",
                        "place",
                    ],
                )
            });
    // Where, not what: "Jane Doe, writing in the Guardian, said", "responding to
    // questions, he said" (but "writing on Twitter that ..." reports).
    let frame = kind == CueKind::Participle
        && is_word(
            &toks[i],
            text,
            &["writing", "tweeting", "responding", "replying"],
        )
        && toks
            .get(i + 1)
            .is_some_and(|n| is_word(n, text, &["in", "for", "on", "to", "from", "at"]))
        && toks[i + 1..]
            .iter()
            .find(|t| {
                t.is(',') || t.is(':') || t.kind == Tk::Punct('.') || is_word(t, text, &["that"])
            })
            .is_some_and(|t| t.is(',') || t.is(':'));
    // A request, not a statement: "asking for anonymity", "asking not to be named".
    let request = kind == CueKind::Participle
        && is_word(&toks[i], text, &["asking"])
        && toks
            .get(i + 1)
            .is_some_and(|n| is_word(n, text, &["for", "not"]));
    // Who is reported is the speaker, and "saying" the verb: "Reuters reported BaFin as
    // saying" (`quoted_as_saying`).
    let as_saying = kind == CueKind::Verb
        && is_word(&toks[i], text, REPORTED_AS)
        && (i + 1..toks.len().min(i + 12))
            .take_while(|&k| (toks[k].kind == Tk::Word && toks[k].cue.is_none()) || toks[k].is(','))
            .any(|k| {
                is_word(&toks[k], text, &["as"])
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| is_word(t, text, &["saying"]))
            });
    !(passive || noun || adds_to || adjective || possessive || won || frame || request || as_saying)
}

/// For "saying" at `i` in "Yuri Trutnev was quoted (by Interfax) as saying", "... has been
/// reported as saying", "Interfax quoted Yuri Trutnev as saying", "Reuters reported
/// BaFin as saying" or "the Evening Standard quoted Mr Clarke telling": the token where
/// the speaker's name ends.
fn quoted_as_saying(ctx: &ParaCtx, text: &str, start: usize, i: usize) -> Option<usize> {
    let toks = ctx.toks;
    // Without "as", the participle right after the one quoted: "London's Evening
    // Standard quoted Mr Clarke telling Labour activists that ...".
    if i >= start + 2
        && !is_word(&toks[i - 1], text, &["as"])
        && ctx.refs.iter().any(|r| {
            r.toks.end == i
                && r.toks.start > start
                && !matches!(r.head, Head::Pronoun(_))
                && is_word(&toks[r.toks.start - 1], text, &["quoted"])
        })
    {
        return Some(i);
    }
    if i < start + 3 || !is_word(&toks[i - 1], text, &["as"]) {
        return None;
    }
    // Active: the person quoted is the object, perhaps described first ("quoted
    // prosecutor Russell McGuire", "quoted the prosecutor Russell McGuire"), or after
    // ("quoted Yang Jike, vice-governor of Anhui, as saying"); so is the one reported or
    // cited so ("Reuters reported BaFin as saying").
    let appositive = toks[i - 2].is(',').then(|| {
        (i.saturating_sub(12).max(start + 1)..i - 2)
            .find(|&k| {
                toks[k].is(',')
                    && toks[k + 1..i - 2]
                        .iter()
                        .all(|t| t.kind == Tk::Word && t.cue.is_none())
            })
            .unwrap_or(i - 1)
    });
    let object_end = appositive.unwrap_or(i - 1);
    if let Some(r) = ctx.refs.iter().find(|r| r.toks.end == object_end) {
        let described = (r.toks.start.saturating_sub(3).max(start + 1)..r.toks.start)
            .rev()
            .take_while(|&k| {
                let w = toks[k].text(text);
                // Not the agent of a passive: "was quoted by Itar-Tass as saying".
                // (A body may open the description: "quoted Peoplesoft worker David
                // Ogden".)
                toks[k].kind == Tk::Word && w != "by"
            })
            .any(|k| is_word(&toks[k], text, REPORTED_AS));
        let next_to = r.toks.start > start && is_word(&toks[r.toks.start - 1], text, REPORTED_AS);
        if next_to || described {
            return Some(object_end);
        }
    }
    // Passive: "quoted" right before "as", or before a "by" phrase.
    let q = (i.saturating_sub(8).max(start + 1)..i - 1)
        .rev()
        .find(|&q| is_word(&toks[q], text, &["quoted", "reported"]))?;
    let by = q + 1 == i - 1
        || is_word(&toks[q + 1], text, &["by"])
            && toks[q + 1..i - 1].iter().all(|t| t.kind == Tk::Word);
    let mut k = q;
    if by && is_word(&toks[k - 1], text, &["was", "were", "is", "are", "been"]) {
        k -= 1;
    }
    by.then_some(k)
}

/// For a reporting verb at `i` in the passive with a quoted phrase and its agent after it
/// ("was called “...” by the judge"): the quote and the agent's reference.
fn passive_quote_agent(
    ctx: &ParaCtx,
    quotes: &[Quote],
    text: &str,
    s: Range<usize>,
    i: usize,
) -> Option<(usize, Ref)> {
    let toks = ctx.toks;
    let mut b = i;
    while b > s.start && toks[b - 1].kind == Tk::Word && lexicon::auxiliary(toks[b - 1].text(text))
    {
        b -= 1;
    }
    if b == s.start
        || !is_word(
            &toks[b - 1],
            text,
            &["is", "are", "was", "were", "been", "be"],
        )
    {
        return None;
    }
    let mut o = i + 1;
    if toks.get(o).is_some_and(|t| is_word(t, text, &["as"])) {
        o += 1;
    }
    let qi = *ctx
        .quotes
        .iter()
        .find(|&&q| quotes[q].open == o && !quotes[q].used)?;
    let close = quotes[qi].close?;
    if close + 2 >= s.end || !is_word(&toks[close + 1], text, &["by"]) {
        return None;
    }
    // The agent's phrase, with or without its article and a word or two that describe
    // it ("by the sentencing judge").
    let article = usize::from(is_word(&toks[close + 2], text, ARTICLES));
    let described = |r: &Ref| {
        let from = close + 2 + article;
        r.toks.start > from
            && r.toks.start <= from + 2
            && toks[from..r.toks.start].iter().all(|t| {
                t.kind == Tk::Word
                    && t.cue.is_none()
                    && t.text(text).starts_with(char::is_lowercase)
            })
    };
    let agent = ctx
        .refs
        .iter()
        .filter(|r| {
            r.toks.start == close + 2 || r.toks.start == close + 2 + article || described(r)
        })
        .max_by_key(|r| r.toks.end)
        .filter(|r| !r.locative)?;
    Some((qi, agent.clone()))
}

/// Whether a word opens a quantity after "about" ("about 40 percent", "about half",
/// "about a third").
fn quantity_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            &*lexicon::ascii_lower(w),
            "half" | "a" | "one" | "two" | "three" | "four" | "five" | "one-third"
        )
}

/// A description that opens the sentence and ends right before `end` ("The South
/// Yorkshire company"): a determiner, up to four modifiers, and a noun that names a
/// speaker.
fn description_ending(toks: &[Tok], text: &str, start: usize, end: usize) -> Option<Ref> {
    if end < start + 2 || !is_word(&toks[start], text, ARTICLES) || end - start > 6 {
        return None;
    }
    let noun = toks[end - 1].text(text);
    let speaker_noun = noun.starts_with(char::is_lowercase)
        && (lexicon::nominal_speaker(noun).is_some() || lexicon::group_noun(noun));
    if !speaker_noun || !toks[start + 1..end].iter().all(|t| t.kind == Tk::Word) {
        return None;
    }
    Some(Ref::group(toks, start + 1..end))
}

/// The speaker's reference that a phrase after it modifies, when the reference at token
/// `at` lies inside that phrase: "close to", "familiar with" or "involved in", or a past
/// participle, then a preposition, after the speaker's noun ("A senior official close to
/// the talks", "36 people accused in connection with the blasts", "adults quizzed by
/// ICM"). Only words lie between the noun and `at`, none of them a reporting verb.
fn modified_head(ctx: &ParaCtx, text: &str, start: usize, at: usize) -> Option<Ref> {
    let toks = ctx.toks;
    // A document sent or written by someone speaks as its sender: "A message sent to
    // Finnish security firm F-Secure by Google's security team said".
    let lo = at.saturating_sub(10).max(start + 1);
    if let Some(p) = (lo..at).find(|&p| {
        matches!(toks[p].text(text), "sent" | "written" | "issued" | "signed")
            && (lexicon::document_noun(toks[p - 1].text(text))
                || matches!(toks[p - 1].text(text), "message" | "note"))
    }) {
        let by = (p + 1..at).find(|&k| is_word(&toks[k], text, &["by"]))?;
        let mut a = by + 1;
        if a < at && is_word(&toks[a], text, ARTICLES) {
            a += 1;
        }
        return ctx
            .refs
            .iter()
            .find(|r| r.toks.start == a && r.toks.end <= at.max(r.toks.end))
            .cloned();
    }
    let lo = at.saturating_sub(6).max(start + 1);
    let m = (lo..at).rev().find(|&m| {
        let w = toks[m].text(text);
        let next = |words: &[&str]| toks.get(m + 1).is_some_and(|p| is_word(p, text, words));
        toks[m].kind == Tk::Word
            && toks[m].cue.is_none()
            && match w {
                "close" => next(&["to"]),
                "familiar" => next(&["with"]),
                "involved" => next(&["in"]),
                // (Not "declined to say": an infinitive is no phrase of this kind.)
                _ => {
                    w.len() > 5
                        && w.ends_with("ed")
                        && w.starts_with(char::is_lowercase)
                        && next(&["in", "by", "with", "at", "on"])
                }
            }
    })?;
    // (Nor a clause joined after it: "met relatives of the 49 people killed on
    // Thursday and said".)
    if !toks[m..at].iter().all(|t| {
        let w = t.text(text);
        t.kind == Tk::Word
            && t.cue.is_none()
            && !lexicon::helping_verb(w)
            && !lexicon::auxiliary(w)
            && !matches!(w, "and" | "or" | "but")
    }) {
        return None;
    }
    // The speaker's noun right before the phrase: a person's or a group's, or people
    // counted ("36 people", "87% of the 1,000 adults"); a name too before "close to"
    // ("Soybeans rallied in response to" is the sentence's own verb).
    let participle = !matches!(toks[m].text(text), "close" | "familiar" | "involved");
    if let Some(head) = ctx.refs.iter().find(|r| r.toks.end == m) {
        // (Not a noun after "of": "A group of companies controlled by Brookehill".)
        let mut b = head.toks.start;
        if b > start && is_word(&toks[b - 1], text, ARTICLES) {
            b -= 1;
        }
        if b > start && is_word(&toks[b - 1], text, &["of"]) {
            return None;
        }
        let speaks = match head.head {
            Head::Group { .. } | Head::TitleOnly => true,
            Head::Name { .. } | Head::Known(_) => !head.locative && !participle,
            Head::Pronoun(_) => false,
        };
        return speaks.then(|| head.clone());
    }
    let noun = toks[m - 1].text(text);
    let people = toks[m - 1].kind == Tk::Word
        && (lexicon::group_noun(noun)
            || matches!(noun, "people" | "adults" | "men" | "women" | "respondents"));
    if !people {
        return None;
    }
    let mut b = m - 1;
    while b > start
        && b + 6 > m
        && (toks[b - 1].is('%')
            || toks[b - 1].kind == Tk::Word && {
                let w = toks[b - 1].text(text);
                w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    && toks[b - 1].cue.is_none()
            })
    {
        b -= 1;
    }
    Some(Ref::group(toks, b..m))
}

/// Finds statements in one body paragraph.
fn attribute(
    eng: &mut Engine,
    ctx: &ParaCtx,
    quotes: &mut [Quote],
    quote_stmt: &mut HashMap<usize, usize>,
) {
    let text = eng.text;
    let toks = ctx.toks;
    let n = toks.len();
    let in_quote =
        |i: usize, quotes: &[Quote]| ctx.quotes.iter().any(|&q| quotes[q].inner(n).contains(&i));
    let ref_ending = |end: usize| ctx.refs.iter().find(|r| r.toks.end == end).cloned();
    let ref_starting = |start: usize| ctx.refs.iter().find(|r| r.toks.start == start).cloned();
    // Who spoke in this paragraph, and at which token, in order.
    let mut speakers_here: Vec<(usize, usize)> = Vec::new();
    // The last direct speaker before this paragraph: its later quotes are attributed
    // first, and one that opens it continues the speaker before it.
    let direct_before = eng.last_direct;
    for s in &ctx.sents {
        let mut i = s.start;
        while i < s.end {
            let t = toks[i];
            if t.kind != Tk::Word || in_quote(i, quotes) {
                i += 1;
                continue;
            }
            let w = t.text(text);
            // "according to X"
            if w.eq_ignore_ascii_case("according")
                && toks.get(i + 1).is_some_and(|n| n.text(text) == "to")
            {
                // "according to the ...", "according to some Indian firms".
                let skip_the = toks.get(i + 2).is_some_and(|n| {
                    is_word(n, text, &["the", "some", "several", "many", "other"])
                });
                // The source's phrase runs to the next punctuation.
                let np_end = (i + 2..s.end)
                    .find(|&k| toks[k].kind != Tk::Word)
                    .unwrap_or(s.end);
                // "according to Russia's competition law", "according to the rules of
                // the league", "according to plan": in accordance with, no source.
                let accordance = (i + 2..np_end.min(i + 7)).any(|k| {
                    lexicon::accordance_noun(toks[k].text(text))
                        && (k + 1 == np_end || is_word(&toks[k + 1], text, &["of"]))
                });
                if accordance {
                    i = np_end;
                    continue;
                }
                // A place or body before a description and a name is the name's
                // modifier: "according to US research think-tank Pew Internet".
                // So is a possessive one before a name: "a table drawn up by France's
                // Le Figaro newspaper".
                // So is one in a hyphenated modifier: "the UK-published China Review".
                let modified = |r: Ref| {
                    let owner = possessive_ref(toks, text, &r)
                        || text[r.end..toks[r.toks.end - 1].end].starts_with('-');
                    let next = described_after(ctx, text, &r, |n| {
                        n.toks.end <= np_end && matches!(n.head, Head::Name { .. })
                    })
                    .or_else(|| {
                        ctx.refs.iter().find(|n| {
                            owner
                                && n.toks.start == r.toks.end
                                && n.toks.end <= np_end
                                && matches!(n.head, Head::Name { .. })
                        })
                    });
                    match (&r.head, next) {
                        (Head::Known(_), Some(n)) => n.clone(),
                        _ => r,
                    }
                };
                // (A possessive's noun runs to the comma: "According to the BNP's
                // website, they have been posted".)
                let phrase_end = |r: &Ref| {
                    let owner = possessive_ref(toks, text, r);
                    if owner
                        && np_end < s.end
                        && toks[np_end].is(',')
                        && np_end <= r.toks.end + 3
                        && toks[r.toks.end..np_end]
                            .iter()
                            .all(|t| t.text(text).starts_with(char::is_lowercase))
                    {
                        np_end
                    } else {
                        r.toks.end
                    }
                };
                let found = ref_starting(i + 2)
                    .or_else(|| if skip_the { ref_starting(i + 3) } else { None })
                    // A noun before the group, closing the phrase: "according to
                    // industry experts", "according to market analysts".
                    .or_else(|| {
                        let noun = toks.get(i + 2)?.text(text);
                        (np_end == i + 4
                            && noun.starts_with(char::is_lowercase)
                            && !lexicon::function_word(noun))
                        .then(|| ref_starting(i + 3))
                        .flatten()
                        .filter(|r| {
                            matches!(r.head, Head::Group { of: None }) && r.toks.end == np_end
                        })
                    })
                    .map(modified)
                    // "according to reports from Russian News Agency Interfax": who
                    // issued them.
                    .map(|r| issuer_of(ctx, text, &r, s.end).unwrap_or(r))
                    .map(|r| named_in_apposition(ctx, text, &r, s.end).unwrap_or(r))
                    .map(|r| (phrase_end(&r), r))
                    .or_else(|| {
                        // "according to a count by The Associated Press": who made it.
                        let issuer =
                            (i + 3..np_end.min(i + 12))
                                .filter_map(&ref_starting)
                                .find(|r| {
                                    // Not whom it went to: "a registration document filed
                                    // with the Securities and Exchange Commission".
                                    let mut b = r.toks.start;
                                    if b > 1 && is_word(&toks[b - 1], text, &["the"]) {
                                        b -= 1;
                                    }
                                    let recipient =
                                        b > 0 && is_word(&toks[b - 1], text, RECIPIENT_WORDS);
                                    !r.locative
                                        && !recipient
                                        && !matches!(r.head, Head::Pronoun(_) | Head::Group { .. })
                                });
                        // "according to a new poll": the document, as written.
                        let document = || {
                            let noun = (i + 2..np_end.min(i + 8)).find(|&k| {
                                lexicon::document_noun(toks[k].text(text))
                                    || is_word(
                                        &toks[k],
                                        text,
                                        &[
                                            "data",
                                            "figures",
                                            "records",
                                            "documents",
                                            "papers",
                                            "count",
                                            "estimates",
                                            "polls",
                                            "surveys",
                                            "research",
                                            "findings",
                                        ],
                                    )
                            })?;
                            let mut first = i + 2;
                            while first < noun && is_word(&toks[first], text, &["a", "an", "the"]) {
                                first += 1;
                            }
                            Some(Ref::group(toks, first..noun + 1))
                        };
                        // "according to the budget office": any source named as written.
                        // (Or an owner's: "according to his former chief economic
                        // adviser".)
                        let described = || {
                            if i + 2 >= np_end
                                || !(is_word(&toks[i + 2], text, ARTICLES)
                                    || is_word(&toks[i + 2], text, &["his", "her", "their", "its"]))
                            {
                                return None;
                            }
                            let last = (i + 3..np_end.min(i + 7))
                                .take_while(|&k| !is_word(&toks[k], text, PP_WORDS))
                                .last()?;
                            let head = toks[last].text(text);
                            // (An owner's speaker is a person's or a body's noun: not
                            // "according to its estimate", "his wishes".)
                            let owned = !is_word(&toks[i + 2], text, ARTICLES);
                            let speaker_noun = lexicon::group_noun(head)
                                || (lexicon::nominal_speaker(head).is_some()
                                    && !lexicon::document_noun(head)
                                    && study_noun(head).is_none());
                            // (With its article, which says it is one met before:
                            // "according to the firm" is the firm named before.)
                            let from = if owned { i + 3 } else { i + 2 };
                            (!lexicon::function_word(head)
                                && head.len() > 2
                                && (!owned || speaker_noun))
                                .then(|| Ref::group(toks, from..last + 1))
                        };
                        // (A country or nationality before a description and a name
                        // modifies the name: "according to former British team member
                        // Chris Bailey", "a report by UK think-tank Demos".)
                        issuer
                            .map(|r| {
                                let country = matches!(r.head, Head::Known(e)
                                    if eng.lex.entries[e].kind == ActorKind::Country);
                                if country {
                                    modified(r)
                                } else {
                                    r
                                }
                            })
                            .or_else(document)
                            .or_else(described)
                            .map(|r| (np_end, r))
                    });
                if let Some((phrase_end, r)) = found {
                    let chunk = i..phrase_end.max(r.toks.end);
                    // Set off by commas inside the sentence, it reports the whole of it.
                    // (Not before a coordinated clause of the narrator's: "BandAid was
                    // the fastest ever-selling ringtone this year, according to the MDA,
                    // and chat was given some publicity".)
                    let parenthetical = chunk.start > s.start + 1
                        && toks[chunk.start - 1].is(',')
                        && chunk.end < s.end
                        && toks[chunk.end].is(',')
                        && !toks
                            .get(chunk.end + 1)
                            .is_some_and(|t| is_word(t, text, &["and", "but", "while"]));
                    let content = if chunk.start == s.start
                        || (chunk.start == s.start + 1 && toks[s.start].kind != Tk::Word)
                    {
                        let mut c = chunk.end;
                        while c < s.end && toks[c].is(',') {
                            c += 1;
                        }
                        c..trim_end(toks, c, s.end)
                    } else if parenthetical {
                        s.start..trim_end(toks, s.start, s.end)
                    } else {
                        let mut e = chunk.start;
                        while e > s.start && toks[e - 1].is(',') {
                            e -= 1;
                        }
                        s.start..e
                    };
                    if let Some(sp) = eng.resolve(&r, true) {
                        if content.len() >= 3 {
                            add_statement(
                                eng,
                                ctx,
                                quotes,
                                sp,
                                &r,
                                Some(i..i + 2),
                                content,
                                s.clone(),
                            );
                            eng.note_speaker(sp, r.start);
                            speakers_here.push((i, sp));
                        }
                    }
                    i = chunk.end;
                    continue;
                }
            }
            let Some(kind) = t.cue else {
                i += 1;
                continue;
            };
            // In the passive, who said it is named after the quoted phrase: "was called
            // “one of the biggest pirates” by the sentencing judge", "was ruled “too
            // American” by a Paris court".
            if let Some((qi, agent)) = passive_quote_agent(ctx, quotes, text, s.clone(), i) {
                if let Some(sp) = eng.resolve(&agent, true) {
                    quotes[qi].used = true;
                    let content = span_of(toks, quotes[qi].inner(n));
                    push_statement(
                        eng,
                        ctx,
                        StatementKind::Mixed,
                        sp,
                        &agent,
                        Some(i..i + 1),
                        content,
                        s.clone(),
                        i..agent.toks.end,
                    );
                    eng.note_speaker(sp, agent.start);
                    speakers_here.push((i, sp));
                    i = agent.toks.end;
                    continue;
                }
            }
            if !speaking_use(toks, text, s.start, i, kind) {
                i += 1;
                continue;
            }
            // A participle read as a verb, with where its subject ends: "Yuri Trutnev was
            // quoted as saying" (read as "Yuri Trutnev said"), and the progressive "the
            // agency is warning", "ecologists are warning MSPs that" (not "is writing an
            // episode").
            // ("have been saying": the subject before "have".)
            let perfect = i > s.start + 2
                && is_word(&toks[i - 1], text, &["been"])
                && is_word(&toks[i - 2], text, &["have", "has"]);
            let progressive = (kind == CueKind::Participle
                && i > s.start + 1
                && (is_word(&toks[i - 1], text, &["is", "are", "was", "were"]) || perfect)
                && is_word(
                    &toks[i],
                    text,
                    &[
                        "warning",
                        "saying",
                        "telling",
                        "claiming",
                        "insisting",
                        "arguing",
                    ],
                ))
            .then(|| if perfect { i - 2 } else { i - 1 });
            // "with the Countryside Alliance saying many hunts will be out": the
            // participle's own subject, after "with".
            // ("with China adding 178 million PCs" is no speech.)
            let with_subject = (kind == CueKind::Participle
                && is_word(
                    &toks[i],
                    text,
                    &[
                        "saying",
                        "claiming",
                        "warning",
                        "arguing",
                        "insisting",
                        "telling",
                    ],
                )
                && ctx.refs.iter().any(|r| {
                    let st = r.toks.start;
                    r.toks.end == i
                        && st > s.start
                        && !matches!(r.head, Head::Pronoun(_))
                        && (is_word(&toks[st - 1], text, &["with"])
                            || (st > s.start + 1
                                && is_word(&toks[st - 1], text, ARTICLES)
                                && is_word(&toks[st - 2], text, &["with"])))
                }))
            .then_some(i);
            let as_verb_at = (kind == CueKind::Participle)
                .then(|| quoted_as_saying(ctx, text, s.start, i))
                .flatten()
                .or(progressive)
                .or(with_subject);
            let as_verb = as_verb_at.is_some();
            // Participles borrow the subject: ", adding that ...".
            if kind == CueKind::Participle && !as_verb {
                // (Or after ", but": "e-mailed Mr McFadyen pointing out the mistake,
                // but suggesting ...".)
                // (Or after a document the subject wrote: "sent a letter to MCI's board
                // on Thursday saying that ...".)
                let letter = is_word(&toks[i], text, &["saying"])
                    && (1..=6).any(|b| {
                        i >= s.start + b
                            && is_word(&toks[i - b], text, &["letter", "memo", "note"])
                            && (i - b + 1..i).all(|j| {
                                toks[j].kind == Tk::Word && toks[j].cue.is_none()
                                    || text::plural_possessive_mark(toks, text, j)
                            })
                    });
                // (Before the phrase: ", pointing out there are".)
                let p = i - text::phrasal_lead(toks, text, i);
                let after_comma_or_by = p > s.start
                    && (toks[p - 1].is(',')
                        || letter
                        || toks[p - 1].kind == Tk::Dash
                        || is_word(&toks[p - 1], text, &["by"])
                        || (p > s.start + 1
                            && is_word(&toks[p - 1], text, &["but", "and"])
                            && toks[p - 2].is(',')));
                // The subject: with a reporting verb before it in the sentence ("...,
                // Nefzi said, adding"), the paragraph's last speaker; else the
                // sentence's first actor ("Thabo Mbeki has attacked ..., saying" after
                // Brown spoke), else the paragraph's last speaker.
                let verb_before = (s.start..i).any(|k| toks[k].cue == Some(CueKind::Verb));
                // Its speaker: one who spoke earlier in this sentence ("..., Nefzi said,
                // adding"), not the paragraph's last speaker when the verb before
                // reported nothing ("Mr Blair dismissed claims ..., saying").
                let sentence_bytes = toks[s.start].start..t.start;
                let speaker_in_sentence = speakers_here
                    .iter()
                    .rev()
                    .find(|&&(k, _)| k >= s.start)
                    .map(|&(_, sp)| sp)
                    .or_else(|| {
                        if !verb_before {
                            return None;
                        }
                        let st = eng.found.statements.iter().rev().find(|st| {
                            st.cue.is_some_and(|c| {
                                sentence_bytes.contains(&(c.start as usize))
                                    && c.end as usize <= sentence_bytes.end
                            })
                        });
                        if let Some(st) = st {
                            return Some(st.speaker);
                        }
                        // Its statement not made yet: the name next to the verb
                        // ("Mateen didn't mingle ..., Nefzi said, adding").
                        let k = (s.start..i)
                            .rev()
                            .find(|&k| toks[k].cue == Some(CueKind::Verb))?;
                        let comma_at = |j: usize| toks.get(j).is_some_and(|t| t.is(','));
                        // Not a possessive: "shrugged off Trump's comments, telling".
                        let r = ref_ending(k)
                            .filter(|r| {
                                comma_at(k + 1) && !possessive(toks[r.toks.end - 1].text(text))
                            })
                            .or_else(|| ref_starting(k + 1).filter(|r| comma_at(r.toks.end)))
                            // Or a pronoun: "Mr Blair has failed ..., he claimed, saying".
                            .filter(|r| {
                                !r.locative
                                    && (person_name(&r.head) || matches!(r.head, Head::Pronoun(_)))
                            })?;
                        eng.resolve(&r, true)
                    });
                let subject_ref = if speaker_in_sentence.is_some() {
                    None
                } else {
                    // Past an opening phrase ("Shortly after collecting a Waterford
                    // Crystal trophy, ..., Federer ... concluded by saying").
                    let opening = opening_phrase_end(text, toks, s.clone());
                    // Not a place ("in Ames, Iowa,"), nor a name used as an adjective
                    // ("a Mercedes convertible").
                    let attributive = |r: &Ref| {
                        matches!(r.head, Head::Name { .. } | Head::Known(_))
                            && r.toks.start > 0
                            && is_word(&toks[r.toks.start - 1], text, &["a", "an"])
                            && toks.get(r.toks.end).is_some_and(|t| {
                                t.kind == Tk::Word && t.text(text).starts_with(char::is_lowercase)
                            })
                    };
                    ctx.refs
                        .iter()
                        .filter(|r| {
                            r.toks.start >= opening
                                && r.toks.end <= i
                                && (!r.locative || person_name(&r.head))
                                && !attributive(r)
                                && (!matches!(r.head, Head::Group { of: None })
                                    // A description opening the clause is its subject:
                                    // "The firm closed the book on Friday, saying".
                                    || (r.toks.start == opening
                                        && is_word(&toks[opening], text, &["The"])
                                        && {
                                            // (Or a public body's: "The government
                                            // refuses to publish his advice - saying".)
                                            let noun = toks[r.toks.end - 1].text(text);
                                            lexicon::company_noun(noun)
                                                || lexicon::institution_noun(noun)
                                                || matches!(noun, "government" | "administration")
                                        }
                                        // (After a speaker in the paragraph, "the
                                        // company" is theirs, found below.)
                                        && speakers_here.is_empty())
                                    // A group opening the clause before its verb: "Church
                                    // ministers are trying to ..., saying" (not "Users
                                    // will be able to ... just by saying the actor's name").
                                    || (r.toks.start == opening
                                        && (toks[i - 1].is(',') || toks[i - 1].kind == Tk::Dash)
                                        && toks.get(r.toks.end).is_some_and(|t| {
                                            let w = t.text(text);
                                            t.kind == Tk::Word
                                                && (t.cue.is_some()
                                                    || lexicon::auxiliary(w)
                                                    || lexicon::helping_verb(w)
                                                    || ((w.ends_with("ed")
                                                        || (w.len() > 4
                                                            && w.ends_with('s')
                                                            && !w.ends_with("ss")))
                                                        && w.starts_with(char::is_lowercase)))
                                        })))
                        })
                        .find_map(|r| {
                            let r = r.clone();
                            eng.resolve(&r, true).map(|a| (a, r))
                        })
                };
                // A name right before the participle is its subject: "with Boswell
                // stating: “...”".
                let named = ref_ending(i)
                    .filter(|r| !r.locative && person_name(&r.head))
                    .and_then(|r| eng.resolve(&r, true).map(|a| (a, r)));
                let (subject_ref, after_comma_or_by) = match named {
                    Some(n) => (Some(n), true),
                    None => (subject_ref, after_comma_or_by),
                };
                let last_speaker_here = speaker_in_sentence.or_else(|| {
                    subject_ref
                        .is_none()
                        .then(|| speakers_here.last().map(|&(_, sp)| sp))
                        .flatten()
                });
                let subject = match &subject_ref {
                    Some((a, r)) if r.toks.end == i => Some(*a),
                    _ => last_speaker_here.or(subject_ref.as_ref().map(|(a, _)| *a)),
                };
                // What "suggesting" follows is a person's or a body's act, not a market's
                // or a country's: "stock markets reached record highs, suggesting that
                // investors do not fear" is the writer's inference.
                let subject = subject.filter(|&a| {
                    !is_word(&toks[i], text, &["suggesting"])
                        || matches!(
                            eng.found.actors[a].kind,
                            ActorKind::Person | ActorKind::Organization | ActorKind::Media
                        )
                });
                // A quote right after the participle: "saying, “...”".
                let mut q = i + 1;
                while q < s.end
                    && q < i + 4
                    && (toks[q].is(',')
                        || toks[q].is(':')
                        || toks[q].kind == Tk::Word
                            && is_word(
                                &toks[q],
                                text,
                                &["them", "him", "her", "us", "reporters", "supporters"],
                            ))
                {
                    q += 1;
                }
                if let (Some(sp), true, true) = (
                    subject,
                    after_comma_or_by,
                    q < n && toks[q].kind == Tk::Open,
                ) {
                    // (Not a quoted phrase the clause goes on after: "saying "insider
                    // information" could have contributed ..." is reported speech.)
                    let clause_goes_on = |x: usize| {
                        quotes[x].close.is_some_and(|c| {
                            toks.get(c + 1).is_some_and(|t| {
                                let w = t.text(text);
                                t.kind == Tk::Word
                                    && w.starts_with(char::is_lowercase)
                                    // (Not a clause of its own: "saying "..." as she
                                    // tried", "saying "..." for his victory".)
                                    && !lexicon::preposition(w)
                                    && !matches!(
                                        w,
                                        "as" | "when"
                                            | "while"
                                            | "and"
                                            | "but"
                                            | "or"
                                            | "because"
                                            | "if"
                                            | "so"
                                            | "then"
                                    )
                            })
                        })
                    };
                    if let Some(&qi) = ctx
                        .quotes
                        .iter()
                        .find(|&&x| quotes[x].open == q && !quotes[x].used && !clause_goes_on(x))
                    {
                        let dummy = Ref {
                            toks: i..i,
                            start: t.start,
                            end: t.start,
                            head: Head::TitleOnly,
                            roles: vec![],
                            locative: false,
                        };
                        let sref = subject_ref.as_ref().map_or(&dummy, |(_, r)| r);
                        add_quote_statement(
                            eng,
                            ctx,
                            quotes,
                            quote_stmt,
                            qi,
                            sp,
                            sref,
                            Some(i..i + 1),
                            i..i + 1,
                        );
                        speakers_here.push((i, sp));
                        i = q + 1;
                        continue;
                    }
                }
                if let (Some(sp), true) = (subject, after_comma_or_by) {
                    let mut c = i + 1;
                    while c < s.end
                        && (toks[c].is(',')
                            || is_word(
                                &toks[c],
                                text,
                                &["however", "though", "also", "that", "too"],
                            ))
                    {
                        c += 1;
                    }
                    let e = trim_end(toks, c, s.end);
                    if e > c + 2 && !in_quote(c, quotes) {
                        let dummy = Ref {
                            toks: i..i,
                            start: t.start,
                            end: t.start,
                            head: Head::TitleOnly,
                            roles: vec![],
                            locative: false,
                        };
                        // The sentence's subject is the participle's mention ("Unions
                        // reacted angrily ..., arguing that"); a speaker before it in
                        // the sentence has the attribution's.
                        let sref = subject_ref
                            .as_ref()
                            .filter(|(a, _)| speaker_in_sentence.is_none() && Some(*a) == subject)
                            .map_or(&dummy, |(_, r)| r);
                        add_statement(eng, ctx, quotes, sp, sref, Some(i..i + 1), c..e, c..c);
                        // A quotation opening the next sentence continues this speaker
                        // ("..., saying it was a sign of strength. “The economy is
                        // growing ...”"); a quotation further on is left to its own frame.
                        if toks.get(s.end).is_some_and(|t| t.kind == Tk::Open) {
                            speakers_here.push((i, sp));
                        }
                        i = e;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            // The speaker: left of the cue (skipping auxiliaries and an appositive), or
            // right of it after a quote ("..., said Kirby").
            // From here such a participle is a verb.
            let kind = if as_verb { CueKind::Verb } else { kind };
            let mut k = as_verb_at.unwrap_or(i);
            // The speaker stands before a reporting phrase: "has made it clear".
            k -= text::phrasal_lead(toks, text, k);
            loop {
                if k > s.start
                    && toks[k - 1].kind == Tk::Word
                    && lexicon::auxiliary(toks[k - 1].text(text))
                {
                    k -= 1;
                } else if let Some(n) = time_adjunct_before(toks, text, s.start, k) {
                    // "The prime minister on Sunday said", "Smith last week told".
                    k -= n;
                    // With a participle before it: "An annual economic survey released
                    // on Friday said".
                    let participle = k > s.start + 1 && toks[k - 1].kind == Tk::Word && {
                        let w = toks[k - 1].text(text);
                        w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
                    };
                    if participle && ref_ending(k - 1).is_some() {
                        k -= 1;
                    }
                } else if let Some(n) = text::going_on_before(toks, text, s.start, k) {
                    // "The government is continuing to insist that", "He went on to say".
                    k -= n;
                } else if k > s.start + 1
                    && toks[k - 2].is(',')
                    && is_word(
                        &toks[k - 1],
                        text,
                        &[
                            "afterwards",
                            "afterward",
                            "later",
                            "then",
                            "also",
                            "again",
                            "previously",
                            "earlier",
                            "subsequently",
                            "reportedly",
                            "publicly",
                            "privately",
                            "separately",
                            "repeatedly",
                        ],
                    )
                {
                    // An adverb after an appositive: "Caprice, who left ..., afterwards
                    // said".
                    k -= 1;
                } else if let Some(d) = (k > s.start + 2 && toks[k - 1].kind == Tk::Dash)
                    .then(|| {
                        (k.saturating_sub(14).max(s.start + 1)..k - 1)
                            .rev()
                            .find(|&d| toks[d].kind == Tk::Dash)
                    })
                    .flatten()
                    .filter(|&d| {
                        toks[d + 1..k - 1]
                            .iter()
                            .all(|t| t.cue.is_none() && !matches!(t.kind, Tk::Open | Tk::Close))
                    })
                {
                    // A remark set off by dashes: "Laah Chong-gyu, executive director of
                    // Korea Development Bank - one of the firm's creditors - said".
                    k = d;
                } else if k >= s.start + 4
                    && is_word(&toks[i], text, SPEECH_VERBS)
                    && is_word(&toks[k], text, &["have"])
                    && is_word(&toks[k - 1], text, &["to"])
                    && is_word(
                        &toks[k - 2],
                        text,
                        &[
                            "reported",
                            "said",
                            "understood",
                            "believed",
                            "thought",
                            "alleged",
                        ],
                    )
                    && is_word(&toks[k - 3], text, &["is", "are", "was", "were"])
                {
                    // What others say was said: "Howard Flight was reported to have
                    // suggested ..." (its "have" skipped as an auxiliary).
                    k -= 3;
                } else {
                    break;
                }
            }
            let mut speaker_ref = ref_ending(k).filter(|r| !in_quote(r.toks.start, quotes));
            // Whom a document went to is not its speaker: "United's statement to the
            // stock exchange said" is United's.
            if let Some(r) = speaker_ref.as_ref() {
                let mut b = r.toks.start;
                if b > s.start && is_word(&toks[b - 1], text, ARTICLES) {
                    b -= 1;
                }
                if b > s.start + 2
                    && is_word(&toks[b - 1], text, &["to"])
                    && lexicon::document_noun(toks[b - 2].text(text))
                {
                    if let Some(owner) = ref_ending(b - 2).filter(|o| {
                        possessive_ref(toks, text, o) && !in_quote(o.toks.start, quotes)
                    }) {
                        speaker_ref = Some(owner);
                    }
                }
            }
            // A body's headquarters speak as the body: "Tory headquarters says".
            if speaker_ref.is_none()
                && k > s.start + 1
                && is_word(&toks[k - 1], text, &["headquarters", "HQ"])
            {
                speaker_ref = ref_ending(k - 1).filter(|r| {
                    matches!(r.head, Head::Known(_) | Head::Name { org: true, .. })
                        && !in_quote(r.toks.start, quotes)
                });
            }
            // What a phrase after the speaker's noun names is not the speaker: "A senior
            // official close to the talks said", "36 people accused in connection with
            // the blasts said", "sources familiar with the deal said".
            // (Or no reference at all: "the blasts" is none.)
            let phrase_end = speaker_ref.as_ref().map_or(k, |r| r.toks.start);
            if let Some(h) = modified_head(ctx, text, s.start, phrase_end) {
                speaker_ref = Some(h);
            }
            // Someone known by whom they stand by is not that person: "A friend of Tony
            // Blair said", "a lawyer for Mr Jackson said", "an aide to the president
            // said", "A close associate of former Yukos boss Mikhail Khodorkovsky has
            // told".
            // (Their description may come between: "of former Yukos boss".)
            let linked = speaker_ref
                .as_ref()
                .filter(|r| !matches!(r.head, Head::Pronoun(_)))
                .and_then(|r| {
                    (r.toks.start.saturating_sub(4).max(s.start + 1)..r.toks.start)
                        .rev()
                        .take_while(|&p| toks[p].kind == Tk::Word && toks[p].cue.is_none())
                        .find(|&p| is_word(&toks[p], text, &["of", "for", "to"]))
                        .map(|p| (r, p))
                });
            if let Some((r, link)) = linked {
                let noun = link - 1;
                if toks[noun].kind == Tk::Word
                    && matches!(
                        &*toks[noun].text(text).to_ascii_lowercase(),
                        "friend"
                            | "friends"
                            | "lawyer"
                            | "lawyers"
                            | "aide"
                            | "aides"
                            | "associate"
                            | "associates"
                            | "ally"
                            | "allies"
                            | "supporters"
                            | "relative"
                            | "relatives"
                            | "colleague"
                            | "colleagues"
                            | "adviser"
                            | "advisers"
                            | "advisor"
                            | "advisors"
                            | "opponents"
                            | "critics"
                    )
                    // (A body of them, written in lower case: "a committee of MPs has
                    // warned", "an advisory committee of the FDA".)
                    || is_word(&toks[noun], text, &["committee", "panel", "delegation"])
                {
                    let mut b = noun;
                    while b > s.start
                        && b + 4 > noun
                        && toks[b - 1].kind == Tk::Word
                        && toks[b - 1].cue.is_none()
                        && (is_word(&toks[b - 1], text, ARTICLES)
                            || (toks[b - 1].text(text).starts_with(char::is_lowercase)
                                && !lexicon::preposition(toks[b - 1].text(text))))
                    {
                        b -= 1;
                    }
                    let first = if is_word(&toks[b], text, ARTICLES) {
                        b + 1
                    } else {
                        b
                    };
                    speaker_ref = Some(Ref {
                        toks: first..r.toks.end,
                        start: toks[first].start,
                        end: r.end,
                        head: Head::Group { of: None },
                        roles: vec![],
                        locative: false,
                    });
                }
            }
            // Two speakers joined before one verb speak first as the one named first:
            // "The prime minister and his campaign boss Alan Milburn have insisted".
            if let Some(r) = speaker_ref.as_ref() {
                // (People, by a title or a full name: not "Duff and Phelps said".)
                let person = |r: &Ref| {
                    matches!(r.head, Head::TitleOnly)
                        || (person_name(&r.head) && text[r.start..r.end].contains(' '))
                };
                // (The second with a determiner of its own, or two people's full names:
                // not "Fellow speaker and classical composer James MacMillan agreed", one
                // person.)
                let given = |r: &Ref| match r.head {
                    Head::Name { start, end, .. } => {
                        person_name(&r.head)
                            && text[start..end]
                                .split_once(' ')
                                .is_some_and(|(g, _)| eng.lex.given.contains_key(g))
                    }
                    _ => false,
                };
                let mut b = r.toks.start;
                b -= descriptors_before(toks, text, s.start, b, true);
                let determined =
                    b > s.start && is_word(&toks[b - 1], text, &["his", "her", "their", "the"]);
                b -= usize::from(determined);
                let first = (b > s.start + 1 && is_word(&toks[b - 1], text, &["and"]))
                    .then(|| ref_ending(b - 1))
                    .flatten()
                    .filter(|f| {
                        // (The subject of the sentence, of "as ... have said", or after a
                        // quotation: "“...,” singer Gary Lightbody and drummer Jonny
                        // Quinn said".)
                        let article = usize::from(is_word(&toks[s.start], text, ARTICLES));
                        let described = descriptors_before(toks, text, s.start, f.toks.start, true);
                        let fb = f.toks.start - described;
                        let opens = fb <= s.start + article
                            || is_word(&toks[fb - 1], text, &["as"])
                            || toks[fb - 1].kind == Tk::Close;
                        // (Two bare full names with given names, or two described ones,
                        // a given name in either: "singer Gary Lightbody and drummer
                        // Jonny Quinn".)
                        let parallel = described > 0
                            && b < r.toks.start
                            && matches!(f.head, Head::Name { .. })
                            && matches!(r.head, Head::Name { .. });
                        let named = (b == r.toks.start && given(f) && given(r))
                            || (parallel && (given(f) || given(r)));
                        opens && person(f) && person(r) && (determined || named)
                    });
                if let Some(mut f) = first {
                    // (With its article: "The prime minister".)
                    if f.toks.start == s.start + 1 {
                        f.toks.start = s.start;
                        f.start = toks[s.start].start;
                    }
                    speaker_ref = Some(f);
                }
            }
            // A firm's name of two names joined before its "'s": "Standard and Poor's
            // said" (not "Poor's").
            if let Some(r) = speaker_ref.as_ref().filter(|r| {
                r.toks.end == k
                    && r.toks.start >= s.start + 2
                    && matches!(r.head, Head::Name { .. })
                    && possessive(&text[r.start..r.end])
                    && is_word(&toks[r.toks.start - 1], text, &["and"])
            }) {
                if let Some(first) = ref_ending(r.toks.start - 1)
                    .filter(|f| matches!(f.head, Head::Name { .. }) && f.toks.start == s.start)
                {
                    speaker_ref = Some(Ref {
                        toks: first.toks.start..r.toks.end,
                        start: first.start,
                        end: r.end,
                        head: Head::Name {
                            start: first.start,
                            end: r.end,
                            org: true,
                            media: false,
                        },
                        roles: vec![],
                        locative: false,
                    });
                }
            }
            // A place after a body or a person is where they are: "the High Court in
            // London ruled", "BBC correspondent Simon Hall at Postbridge on Dartmoor in
            // the West Country said" (places in a row, each after its preposition).
            let after_preposition = |b: &Ref| {
                let mut q = b.toks.start;
                if q > s.start && is_word(&toks[q - 1], text, ARTICLES) {
                    q -= 1;
                }
                (q > s.start + 1 && is_word(&toks[q - 1], text, &["in", "at", "on"])).then(|| q - 1)
            };
            if let Some(mut p) = speaker_ref
                .as_ref()
                .filter(|r| !in_quote(r.toks.start, quotes))
                .and_then(after_preposition)
            {
                for _ in 0..4 {
                    let Some(b) = ref_ending(p) else { break };
                    // Another place before this one: go on past its preposition.
                    if let Some(q) = after_preposition(&b) {
                        p = q;
                        continue;
                    }
                    let named = person_name(&b.head) && text[b.start..b.end].contains(' ');
                    if !b.locative && (body_ref(eng.lex, &b) || named) {
                        speaker_ref = Some(b);
                    }
                    break;
                }
            }
            // The object of a relative clause whose closing comma is missing is not the
            // speaker: "Ms Robinson, who presents The Weakest Link tells Cockerell that"
            // is Ms Robinson's.
            if let Some(r) = &speaker_ref {
                let relative_object = (s.start..r.toks.start).rev().find(|&c| toks[c].is(','));
                if let Some(c) = relative_object.filter(|&c| {
                    c > s.start
                        && toks.get(c + 1).is_some_and(|t| is_word(t, text, &["who"]))
                        && c + 3 <= r.toks.start
                        && toks[c + 2..r.toks.start]
                            .iter()
                            .all(|t| t.kind == Tk::Word && t.cue.is_none())
                        // A pronoun may be the clause's own subject after a subordinate
                        // word ("who got frustrated by what he claimed"); any other
                        // reference after one is ("than aides say") another speaker.
                        && (matches!(r.head, Head::Pronoun(Pronoun::Person))
                            || !toks[c + 2..r.toks.start].iter().any(|t| {
                                is_word(
                                    t,
                                    text,
                                    &["than", "that", "when", "because", "as", "if", "while", "what"],
                                )
                            }))
                }) {
                    if let Some(person) = ref_ending(c)
                        .filter(|p| person_name(&p.head) && !in_quote(p.toks.start, quotes))
                    {
                        speaker_ref = Some(person);
                    }
                }
            }
            // "A statement from Chelsea explaining the decision read:": a document's
            // words are its issuer's, named after "from" or "by", else the document's.
            if matches!(w, "read" | "reads") {
                let doc = (s.start..k).rev().take(8).find(|&j| {
                    toks[j].kind == Tk::Word && lexicon::document_noun(toks[j].text(text))
                });
                if let Some(d) = doc {
                    let mut from = d + 1;
                    let issuer = is_word(&toks[from], text, &["from", "by"]);
                    if issuer {
                        from += 1;
                        if from < k && is_word(&toks[from], text, ARTICLES) {
                            from += 1;
                        }
                    }
                    let found = if issuer {
                        ref_starting(from)
                    } else {
                        ref_ending(d + 1)
                    };
                    if let Some(r) = found.filter(|r| !in_quote(r.toks.start, quotes)) {
                        speaker_ref = Some(r);
                    }
                }
            }
            // Two bodies speaking together speak as the first: "Labour and the Liberal
            // Democrats say", "Both the CML and the BSA said".
            if let Some(second) = speaker_ref.clone() {
                let mut a = second.toks.start;
                if a > s.start && is_word(&toks[a - 1], text, ARTICLES) {
                    a -= 1;
                }
                let first = (a > s.start + 1 && is_word(&toks[a - 1], text, &["and"]))
                    .then(|| ref_ending(a - 1))
                    .flatten()
                    .filter(|f| {
                        let org = |r: &Ref| match r.head {
                            Head::Known(e) => eng.lex.entries[e].kind != ActorKind::Country,
                            Head::Name { org, .. } => org,
                            _ => false,
                        };
                        org(f) && org(&second) && !in_quote(f.toks.start, quotes)
                    });
                if first.is_some() {
                    speaker_ref = first;
                } else {
                    // A list of three or more names speaks as its first: "Paramount,
                    // Universal and Warner Brothers said", "France, Germany and Italy
                    // said" (two joined by "and" alone may be two clauses: "He visited
                    // France and Chirac said").
                    let named = |r: &Ref| matches!(r.head, Head::Name { .. } | Head::Known(_));
                    let mut list = Vec::new();
                    let mut p = a;
                    let joined = a > s.start + 1 && is_word(&toks[a - 1], text, &["and"]);
                    while joined && p > s.start + 1 && (list.is_empty() || toks[p - 1].is(',')) {
                        let Some(f) = ref_ending(p - 1).filter(|f| {
                            named(f) && f.toks.start >= s.start && !in_quote(f.toks.start, quotes)
                        }) else {
                            break;
                        };
                        p = f.toks.start;
                        list.push(f);
                    }
                    // The list is the subject: it opens the sentence or follows an
                    // opening phrase ("Last month, Paramount, ..."), not a preposition
                    // ("Among Republicans, Donald Trump and Ted Cruz"); nor is a word
                    // opening the sentence that the text writes nowhere else a name
                    // ("Afterwards, Reynolds and Reynolds told").
                    let subject = list.last().is_some_and(|f| {
                        let b = f.toks.start;
                        let word = &text[f.start..f.end];
                        if b == s.start {
                            word.contains(' ')
                                || matches!(f.head, Head::Known(_))
                                || text.match_indices(word).any(|(at, _)| {
                                    text[..at]
                                        .trim_end()
                                        .ends_with(|c: char| c.is_alphanumeric() || c == ',')
                                })
                        } else {
                            toks[b - 1].is(',')
                        }
                    });
                    let plain = |r: &Ref| r.roles.is_empty();
                    if subject
                        && named(&second)
                        && plain(&second)
                        && list.len() >= 2
                        && list.iter().all(plain)
                    {
                        speaker_ref = list.pop();
                    }
                }
            }
            // A person's full name with an affiliation before the verb: "Matthew Herren
            // from EduVision told", "Jane Roe of the local council said".
            let full_person = |r: &Ref| {
                person_name(&r.head) && r.end - r.start > 3 && text[r.start..r.end].contains(' ')
            };
            // A place right before the verb is where the speaker is: "The BBC's Zubair
            // Ahmed in Mumbai says".
            let placed = speaker_ref.as_ref().is_some_and(|r| r.locative);
            if !speaker_ref.as_ref().is_some_and(full_person) {
                let lo = k.saturating_sub(8).max(s.start);
                // A document its issuer's name opens, published in a medium: "A YouGov
                // poll in the Daily Telegraph suggested" is YouGov's ("a report in the
                // Financial Times" stays the newspaper's).
                let issuer_before = |p: usize| {
                    (p > s.start + 1 && lexicon::document_noun(toks[p - 1].text(text)))
                        .then(|| ref_ending(p - 1))
                        .flatten()
                        .filter(|r| matches!(r.head, Head::Name { .. } | Head::Known(_)))
                };
                let affiliated = (lo + 1..k).rev().find_map(|p| {
                    if is_word(&toks[p], text, &["in"]) {
                        if let Some(r) = issuer_before(p).filter(|_| {
                            (p + 1..k).all(|j| toks[j].kind == Tk::Word && toks[j].cue.is_none())
                        }) {
                            return Some(r);
                        }
                    }
                    let preposition = is_word(&toks[p], text, &["from", "of", "at", "with", "for"])
                        || (placed && is_word(&toks[p], text, &["in"]));
                    // A post held at a body ("The former chief financial officer at US
                    // telecoms firm WorldCom has admitted") is its holder's; a
                    // spokesperson speaks as the body.
                    let post_at = is_word(&toks[p], text, &["at"]);
                    if !preposition {
                        return None;
                    }
                    // No coordinated verb: "praised the police for their action and
                    // said" is not the police's.
                    // (A plural's possessive apostrophe may stand alone: "Nigel McCune
                    // from the Musicians' Union said".)
                    let plain = (p + 1..k).all(|j| {
                        let t = &toks[j];
                        (t.kind == Tk::Word
                            && t.cue.is_none()
                            && !is_word(t, text, &["and", "but", "or"]))
                            || (j > p + 1 && text::plural_possessive_mark(toks, text, j))
                    });
                    // Also a group: "Creditors of the firm have said", "analysts at
                    // Barclays said".
                    ref_ending(p).filter(|r| {
                        plain
                            && !in_quote(r.toks.start, quotes)
                            && (full_person(r)
                                || matches!(r.head, Head::Group { of: None })
                                || (placed && matches!(r.head, Head::TitleOnly))
                                || (post_at
                                    && matches!(r.head, Head::TitleOnly)
                                    && !r.roles.iter().any(|ro| {
                                        lexicon::spokesperson(&eng.lex.titles[ro.title].name)
                                    })
                                    // (A description opening the sentence, not a post
                                    // after its holder's name: "Dr Mark Tuffy games
                                    // systems director at ... THX told".)
                                    && toks[s.start..r.toks.start].iter().all(|t| {
                                        t.kind == Tk::Word
                                            && t.text(text).starts_with(char::is_lowercase)
                                            || is_word(t, text, ARTICLES)
                                    })))
                    })
                });
                if affiliated.is_some() {
                    speaker_ref = affiliated;
                }
            }
            // An appositive left open before the verb: "Mark Serwotka, the leader of the
            // union said", "Mike Lake, a spokesman for Yukos' lawyers said", "John Smith,
            // chief executive of Acme said": the subject's name before the comma speaks.
            // (Or a place of work, which runs longer: "Dr Erel Avineri, of the Centre for
            // Transport and Society at the University of the West of England in Bristol
            // said".)
            if !speaker_ref.as_ref().is_some_and(full_person) && k > s.start + 2 {
                let lo = k.saturating_sub(24).max(s.start + 1);
                let open_appositive = (lo..k - 1).rev().find(|&c| toks[c].is(',')).and_then(|c| {
                    // (An organization may close the appositive with a comma of its own.)
                    let end = if toks[k - 1].is(',') && k - 1 > c + 1 {
                        k - 1
                    } else {
                        k
                    };
                    let words = &toks[c + 1..end];
                    let plain = words
                        .iter()
                        .all(|t| t.kind == Tk::Word && t.cue.is_none() && !t.is(','));
                    // "Colin Asplin, Blackpool Hotel Association said": the body the
                    // person speaks for.
                    let employer = ctx.refs.iter().any(|r| {
                        r.toks.start == c + 1 && r.toks.end == end && body_ref(eng.lex, r)
                    });
                    // "Labour's election strategist": an owner's description.
                    let described = is_word(&toks[c + 1], text, DETERMINERS)
                        || is_word(&toks[c + 1], text, &["of", "from", "at"])
                        || (possessive(toks[c + 1].text(text))
                            && toks.get(c + 2).is_some_and(|t| {
                                t.kind == Tk::Word && t.text(text).starts_with(char::is_lowercase)
                            }))
                        || ctx.refs.iter().any(|r| {
                            r.toks.start == c + 1
                                && matches!(r.head, Head::TitleOnly | Head::Group { of: None })
                        });
                    let named = ref_ending(c).filter(|r| {
                        let st = r.toks.start;
                        // The sentence's subject: at its start, after a conjunction,
                        // or after an opening phrase's comma ("In London, ...").
                        // Also right after a quotation: "“...,” Peter Dobrow, a T-Mobile
                        // spokesperson said".
                        let subject = st == s.start
                            || st > s.start && toks[st - 1].kind == Tk::Close
                            || st == s.start + 1
                                && is_word(&toks[s.start], text, &["but", "and", "however"])
                            || st > s.start + 1
                                && toks[st - 1].is(',')
                                && lexicon::opening_preposition(toks[s.start].text(text))
                            // After what was said, fronted: "... remains undimmed, Alan
                            // Milburn, Labour's election strategist told Radio 4".
                            || st > s.start + 3
                                && toks[st - 1].is(',')
                                && !toks[s.start..st].iter().any(|t| {
                                    t.cue.is_some() || matches!(t.kind, Tk::Open | Tk::Close)
                                });
                        subject && full_person(r) && !in_quote(st, quotes)
                    })?;
                    (plain && (described || employer)).then_some((c, end, named))
                });
                if let Some((c, end, named)) = open_appositive {
                    let mut merged = named;
                    if let Some(title) = ctx.refs.iter().find(|r| {
                        matches!(r.head, Head::TitleOnly) && r.toks.start > c && r.toks.end == end
                    }) {
                        merged.roles.extend(title.roles.iter().cloned());
                    }
                    speaker_ref = Some(merged);
                }
            }
            // A name before its own description: "Reuters news agency reported".
            if speaker_ref.is_none() && k > s.start + 1 {
                let noun = toks[k - 1].text(text);
                if toks[k - 1].kind == Tk::Word
                    && noun.starts_with(char::is_lowercase)
                    && lexicon::nominal_speaker(noun) == Some(ActorKind::Organization)
                {
                    speaker_ref = (1..=2).find_map(|m| {
                        let e = k.checked_sub(m)?;
                        let lower = toks[e..k].iter().all(|t| {
                            t.kind == Tk::Word && t.text(text).starts_with(char::is_lowercase)
                        });
                        ref_ending(e).filter(|r| {
                            lower
                                && r.toks.start == s.start
                                && matches!(r.head, Head::Known(_) | Head::Name { .. })
                                && !in_quote(r.toks.start, quotes)
                        })
                    });
                }
            }
            // A person known by whom they work for: "Michael Jackson's lawyer said",
            // "Tindall's agent said" (a title after the possessive is a reference of its
            // own already: "Beckham's spokesman").
            if speaker_ref.is_none() && k > s.start + 1 {
                let noun = toks[k - 1].text(text);
                let owner = ref_ending(k - 1).filter(|r| {
                    person_name(&r.head)
                        && possessive_ref(toks, text, r)
                        && !in_quote(r.toks.start, quotes)
                });
                if let Some(o) = owner.filter(|_| {
                    toks[k - 1].kind == Tk::Word
                        && noun.starts_with(char::is_lowercase)
                        && lexicon::nominal_speaker(noun) == Some(ActorKind::Person)
                }) {
                    speaker_ref = Some(Ref {
                        toks: o.toks.start..k,
                        start: o.start,
                        end: toks[k - 1].end,
                        head: Head::Group { of: None },
                        roles: vec![],
                        locative: false,
                    });
                }
            }
            // A described speaker with a relative clause: "a message that said, “...”".
            if speaker_ref.is_none()
                && k > s.start + 1
                && is_word(&toks[k - 1], text, &["that", "which", "who"])
            {
                speaker_ref = ref_ending(k - 1).filter(|r| {
                    matches!(r.head, Head::Group { of: None }) && !in_quote(r.toks.start, quotes)
                });
            }
            // A person's relative clause: "John Smith, who said it would cut costs",
            // "The mayor, who told reporters ...". What was said ends at the clause's
            // comma ("..., who said the budget was tight, left early").
            let mut relative_clause = false;
            // A body's: "the House of Lords Economic Affairs Committee, which said".
            if speaker_ref.is_none()
                && k > s.start + 2
                && is_word(&toks[k - 1], text, &["which"])
                && toks[k - 2].is(',')
                // (Of speech: "the IMF, which declared it ineligible" is no statement.)
                && is_word(&toks[i], text, &["said", "says", "added", "warned", "argued", "told"])
            {
                speaker_ref = ref_ending(k - 2).filter(|r| {
                    !in_quote(r.toks.start, quotes) && !r.locative && body_ref(eng.lex, r)
                });
                relative_clause = speaker_ref.is_some();
            }
            // A full name's, its comma left out: "Home Secretary Charles Clarke who said".
            if speaker_ref.is_none()
                && k > s.start + 2
                && is_word(&toks[k - 1], text, &["who"])
                && !toks[k - 2].is(',')
            {
                // (A name after a title, not a description: "an influential Hispanic
                // Republican who said".)
                speaker_ref = ref_ending(k - 1).filter(|r| {
                    !in_quote(r.toks.start, quotes)
                        && !r.locative
                        && full_person(r)
                        && !(1..=2).any(|m| {
                            r.toks.start >= s.start + m
                                && is_word(&toks[r.toks.start - m], text, &["a", "an", "the"])
                                && toks[r.toks.start - m + 1..r.toks.start].iter().all(|t| {
                                    t.kind == Tk::Word
                                        && t.text(text).starts_with(char::is_lowercase)
                                })
                        })
                });
                relative_clause = speaker_ref.is_some();
            }
            if speaker_ref.is_none()
                && k > s.start + 2
                && is_word(&toks[k - 1], text, &["who"])
                && toks[k - 2].is(',')
            {
                // A full name or a person met, not a place ("a voter from Manchester,
                // who said").
                speaker_ref = ref_ending(k - 2).filter(|r| {
                    let named = &text[r.start..r.end];
                    // Or a group: "some senior Conservative members, who say".
                    !in_quote(r.toks.start, quotes)
                        && (matches!(r.head, Head::TitleOnly | Head::Group { of: None })
                            || person_name(&r.head)
                                && !r.locative
                                && (named.contains(' ') || eng.met_person(&name_text(named))))
                });
                // Not the person an appositive names as kin or employer of the one it
                // describes: "Princess Marguerite of Romania, the eldest daughter of
                // ex-King Michael of Romania, who said" is the princess's.
                let described = speaker_ref.as_ref().and_then(|r| {
                    let c = (r.toks.start.saturating_sub(8).max(s.start)..r.toks.start)
                        .rev()
                        .find(|&c| toks[c].is(','))?;
                    let between = &toks[c + 1..r.toks.start];
                    // (A noun of someone's: "the eldest daughter of ex-King".)
                    let of = between.iter().position(|t| is_word(t, text, &["of"]));
                    let description = between.len() >= 3
                        && is_word(&between[0], text, ARTICLES)
                        && of.is_some_and(|o| {
                            o >= 2
                                && between[..o].iter().all(|t| {
                                    t.kind == Tk::Word
                                        && t.text(text).starts_with(char::is_lowercase)
                                })
                                && between[o..].iter().all(|t| t.kind == Tk::Word)
                        });
                    description
                        .then(|| {
                            ref_ending(c)
                                .filter(|x| full_person(x) && !in_quote(x.toks.start, quotes))
                        })
                        .flatten()
                });
                if described.is_some() {
                    speaker_ref = described;
                }
                relative_clause = speaker_ref.is_some();
            }
            // A parenthesis between the name and the verb: "Gov. John Kasich (R-OH), said".
            let mut kk = k;
            if kk > s.start && toks[kk - 1].is(',') {
                kk -= 1;
            }
            if speaker_ref.is_none() && kk > s.start && toks[kk - 1].is(')') {
                if let Some(open) = (kk.saturating_sub(8).max(s.start)..kk - 1)
                    .rev()
                    .find(|&p| toks[p].is('('))
                {
                    // Not a title set off after a name: "Chittabrata Majumdar, general
                    // secretary of the Centre of Indian Trade Unions (CITU), said" is
                    // found below.
                    speaker_ref = ref_ending(open).filter(|r| {
                        let title_set_off =
                            matches!(r.head, Head::TitleOnly | Head::Group { of: None })
                                && r.toks.start > s.start + 1
                                && toks[r.toks.start - 1].is(',');
                        !in_quote(r.toks.start, quotes) && !title_set_off
                    });
                }
            }
            // A name set off by a comma before its verb: "..., Jake Sullivan, said".
            if speaker_ref.is_none() && k > s.start + 1 && toks[k - 1].is(',') {
                speaker_ref = ref_ending(k - 1).filter(|r| {
                    let person = person_name(&r.head);
                    // Set off by commas, a full name or a known actor ("..., Jake
                    // Sullivan, said"), not a lone place ("Arkansas, Fayetteville, said").
                    let set_off = r.toks.start > 0
                        && toks[r.toks.start - 1].is(',')
                        && (text[r.start..r.end].contains(' ')
                            || text[r.start..r.end].contains('.')
                            || !person);
                    // A title or description set off after a name is that name's
                    // appositive ("Mike Lake, spokesman for Yukos, said", "Peter Jones,
                    // the manager, said"), found below.
                    let before =
                        r.toks.start.checked_sub(1).and_then(|c| {
                            (c > s.start).then(|| (ref_ending(c), toks[c - 1].is(')')))
                        });
                    let apposed_title = match (&r.head, &before) {
                        (Head::TitleOnly, Some((named, paren))) => named.is_some() || *paren,
                        (Head::Group { of: None }, Some((Some(named), _))) => {
                            person_name(&named.head)
                        }
                        _ => false,
                    };
                    // Its title before it, as a phrase of its own: "Chairman of the
                    // Environmental Audit Committee Peter Ainsworth MP, said".
                    // Not what a possessive before it owns: "founder of MIT's Media
                    // Labs, says".
                    let titled = ref_ending(r.toks.start)
                        .is_some_and(|t| matches!(t.head, Head::TitleOnly))
                        && !possessive(toks[r.toks.start - 1].text(text));
                    // Not the agent in an appositive: "The South Yorkshire company, led by
                    // new chief executive Gerry Spindler, said".
                    let agent = (s.start..r.toks.start)
                        .rev()
                        .find(|&c| toks[c].is(','))
                        .is_some_and(|c| {
                            c + 2 < r.toks.start
                                && toks[c + 1].text(text).starts_with(char::is_lowercase)
                                && is_word(&toks[c + 2], text, &["by"])
                        });
                    // A company's name after its noun: "the world's largest package
                    // delivery company, UPS, said".
                    let company_named = r.toks.start > s.start + 2
                        && toks[r.toks.start - 1].is(',')
                        && toks[r.toks.start - 2].kind == Tk::Word
                        && lowercase_company_noun(toks[r.toks.start - 2].text(text));
                    !in_quote(r.toks.start, quotes)
                        && !apposed_title
                        && !agent
                        && (person && (!r.roles.is_empty() || titled) || set_off || company_named)
                });
                if let Some(sr) = speaker_ref.as_mut() {
                    if let Some(t) = ref_ending(sr.toks.start)
                        .filter(|t| matches!(t.head, Head::TitleOnly) && person_name(&sr.head))
                    {
                        sr.roles.extend(t.roles);
                    }
                }
            }
            // Letters after a name are no speaker of their own: "Deputy High Court Judge
            // Richard Mawrey, QC told the hearing" is Mawrey's.
            if let Some(r) = speaker_ref.as_ref().filter(|r| {
                r.toks.len() == 1
                    && r.toks.start > s.start + 1
                    && toks[r.toks.start - 1].is(',')
                    && is_word(
                        &toks[r.toks.start],
                        text,
                        &[
                            "QC", "KC", "MP", "MSP", "MEP", "AM", "OBE", "MBE", "CBE", "JP",
                        ],
                    )
            }) {
                if let Some(p) = ref_ending(r.toks.start - 1).filter(|p| person_name(&p.head)) {
                    speaker_ref = Some(p.clone());
                }
            }
            // A "who" clause with no commas between a description and the verb: "The
            // 28-year-old host who also presents Stars In Their Eyes said" is the
            // host's, not the show's.
            if let Some(r) = speaker_ref.as_ref().filter(|r| r.toks.end + 1 >= k) {
                let who = (r.toks.start.saturating_sub(8).max(s.start + 1)..r.toks.start)
                    .rev()
                    .take_while(|&w| toks[w].kind == Tk::Word && toks[w].cue.is_none())
                    .find(|&w| is_word(&toks[w], text, &["who"]));
                if let Some(w) = who {
                    // (Or a title's reference: "The 28-year-old host".)
                    let d = description_ending(toks, text, s.start, w)
                        .or_else(|| {
                            ref_ending(w)
                                .filter(|t| !matches!(t.head, Head::Pronoun(_)) && !t.locative)
                        })
                        .or_else(|| {
                            // Else the article's phrase itself: "The host who ...".
                            let a = (w.saturating_sub(4).max(s.start)..w.saturating_sub(1))
                                .rev()
                                .find(|&a| is_word(&toks[a], text, ARTICLES))?;
                            // (Words that describe, not a clause: "the public can see
                            // who" is none.)
                            let plain = toks[a + 1..w].iter().all(|t| {
                                let x = t.text(text);
                                t.kind == Tk::Word
                                    && t.cue.is_none()
                                    && x.starts_with(|c: char| {
                                        c.is_lowercase() || c.is_ascii_digit()
                                    })
                                    && !lexicon::auxiliary(x)
                                    && !lexicon::helping_verb(x)
                                    && !lexicon::function_word(x)
                            });
                            plain.then(|| Ref::group(toks, a + 1..w))
                        });
                    if let Some(mut d) = d {
                        // (With its article: "The ... host" refers back.)
                        if d.toks.start > s.start
                            && is_word(&toks[d.toks.start - 1], text, ARTICLES)
                        {
                            d.toks.start -= 1;
                            d.start = toks[d.toks.start].start;
                        }
                        speaker_ref = Some(d);
                    }
                }
            }
            // A relative clause with commas of its own, or a long one, between the subject
            // and the verb:
            // "The Oscar-nominated actor, whose films include Schindler's List, Michael
            // Collins and Star Wars, said" is the actor's, not a name in the clause.
            if k > s.start + 2 && toks[k - 1].is(',') {
                let lo = k.saturating_sub(40).max(s.start + 1);
                let opener = (lo..k - 1).find(|&c| {
                    toks[c].is(',')
                        && toks
                            .get(c + 1)
                            .is_some_and(|t| is_word(t, text, &["who", "whose", "which"]))
                });
                // (Commas of its own, or too long for the appositive's window below.)
                // (Or a person's "who" clause that names someone else: "Rusedski, who
                // takes on Roger Federer at the Qatar Open later on Wednesday,
                // conceded".)
                let long = opener.is_some_and(|c| {
                    c + 16 < k
                        || toks[c + 1..k - 1].iter().any(|t| t.is(','))
                        || (is_word(&toks[c + 1], text, &["who"])
                            && (description_ending(toks, text, s.start, c).is_some()
                                || ref_ending(c).is_some_and(|r| {
                                    // (Not a place the person is in: "an actor in Dallas,
                                    // who runs".)
                                    person_name(&r.head)
                                        && !r.locative
                                        && (r.toks.start == 0
                                            || !lexicon::preposition(
                                                toks[r.toks.start - 1].text(text),
                                            ))
                                })))
                });
                if let Some(c) = opener.filter(|_| long) {
                    let plain = !toks[c + 1..k - 1]
                        .iter()
                        .any(|t| t.cue.is_some() || matches!(t.kind, Tk::Open | Tk::Close));
                    let subject = plain
                        .then(|| {
                            // (With its article: "The ... actor" refers back.)
                            description_ending(toks, text, s.start, c)
                                .map(|mut r| {
                                    r.toks.start -= 1;
                                    r.start = toks[r.toks.start].start;
                                    r
                                })
                                .or_else(|| {
                                    ref_ending(c).filter(|r| !in_quote(r.toks.start, quotes))
                                })
                        })
                        .flatten();
                    if subject.is_some() {
                        speaker_ref = subject;
                    }
                }
            }
            if speaker_ref.is_none() && k > s.start && toks[k - 1].is(',') {
                // "Hugh Hill, a doctor, said": find the comma opening the appositive.
                let lo = k.saturating_sub(16).max(s.start);
                let person_before = |c: usize| {
                    ref_ending(c)
                        .is_some_and(|r| !in_quote(r.toks.start, quotes) && full_person(&r))
                };
                let no_verb = |a: usize| {
                    !toks[a..k - 1].iter().any(|t| {
                        t.kind == Tk::Word && t.cue.is_some()
                            || matches!(t.kind, Tk::Open | Tk::Close)
                    })
                };
                if let Some(c) = (lo..k - 1).rev().find(|&c| toks[c].is(',')) {
                    let app = toks[c + 1].text(text);
                    // An age ("Susan Sarandon, 69, said") or a share ("A majority, 52%,
                    // said").
                    let age = app.bytes().all(|b| b.is_ascii_digit())
                        && (c + 2 == k - 1 || c + 3 == k - 1 && toks[c + 2].is('%'));
                    // An adjunct set off between speaker and verb: "the company, in a
                    // statement, said", "the chancellor, speaking in Dar es Salaam, said".
                    let adjunct = matches!(
                        app,
                        "in" | "on"
                            | "at"
                            | "during"
                            | "after"
                            | "before"
                            | "for"
                            | "however"
                            | "meanwhile"
                            | "though"
                            | "too"
                            | "also"
                            | "when"
                            | "while"
                    ) || (app.len() > 5
                        && app.ends_with("ing")
                        && app.starts_with(char::is_lowercase))
                        // "The South Yorkshire company, led by new chief executive Gerry
                        // Spindler, said".
                        || (app.starts_with(char::is_lowercase)
                            && toks.get(c + 2).is_some_and(|t| is_word(t, text, &["by"])));
                    // A member of a class: "Doubleclick, one of the leading providers of
                    // online advertising, warned".
                    let one_of =
                        app == "one" && toks.get(c + 2).is_some_and(|t| is_word(t, text, &["of"]));
                    // A name the speaker also goes by: "Jay-Z, real name Shawn Carter, said".
                    let real_name = app == "real"
                        && toks.get(c + 2).is_some_and(|t| is_word(t, text, &["name"]));
                    if age
                        || adjunct
                        || one_of
                        || real_name
                        || matches!(app, "a" | "an" | "the" | "who" | "which" | "whose")
                        || ctx.refs.iter().any(|r| r.toks.start == c + 1)
                    {
                        // "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..., said".
                        speaker_ref = ref_ending(c).or_else(|| {
                            let close = c.checked_sub(1).filter(|&p| p > s.start)?;
                            if !toks[close].is(')') {
                                return None;
                            }
                            (close.saturating_sub(8).max(s.start)..close)
                                .rev()
                                .find(|&p| toks[p].is('('))
                                .and_then(&ref_ending)
                        });
                        // A description set off before its verb: "The South Yorkshire
                        // company, led by ..., said".
                        if speaker_ref.is_none() && !matches!(app, "who" | "which") {
                            speaker_ref = description_ending(toks, text, s.start, c);
                        }
                        // A relative clause after a longer noun phrase: "The organisers of
                        // the first grand slam of 2005, which begins ..., said" (the head
                        // before its "of"), "The Florida-based Falic group, which ...,
                        // said" (the name before its company noun).
                        if speaker_ref.is_none() && matches!(app, "who" | "which") {
                            let mut p = c;
                            while p > s.start.max(c.saturating_sub(10)) {
                                p -= 1;
                                let t = &toks[p];
                                if t.kind != Tk::Word || t.cue.is_some() {
                                    break;
                                }
                                let head = if is_word(t, text, &["of", "for", "at", "from"]) {
                                    ref_ending(p).filter(|r| {
                                        matches!(r.head, Head::Group { of: None })
                                            || person_name(&r.head)
                                    })
                                } else if p + 1 == c && lexicon::company_noun(t.text(text)) {
                                    ref_ending(p).filter(|r| matches!(r.head, Head::Name { .. }))
                                } else if p + 1 == c && lexicon::document_noun(t.text(text)) {
                                    // A writer's document: "Mr Campbell's e-mail, which
                                    // was intended for ..., suggested".
                                    ref_ending(p).filter(|r| {
                                        person_name(&r.head) && possessive(&text[r.start..r.end])
                                    })
                                } else {
                                    None
                                };
                                if let Some(h) = head.filter(|h| !in_quote(h.toks.start, quotes)) {
                                    speaker_ref = Some(h);
                                    break;
                                }
                            }
                        }
                        // "Lord Condon, head of the International Cricket Council's
                        // anti-corruption unit, who originally made the call ..., said":
                        // the name before an appositive without a verb.
                        // (The appositive opens in lower case or with an age: "Paul
                        // Porter, a truck driver from Ava, Mo., who" is Porter's, not
                        // Ava's; "Dr Greenspan, 79, who").
                        if speaker_ref.is_none() && matches!(app, "who" | "whose") {
                            let lo = s.start.max(c.saturating_sub(24));
                            let verbless = |b: usize| {
                                !toks[b + 1..c].iter().any(|t| {
                                    t.kind == Tk::Word
                                        && (t.cue.is_some() || lexicon::helping_verb(t.text(text)))
                                })
                            };
                            speaker_ref = (lo..c)
                                .rev()
                                .filter(|&b| {
                                    toks[b].is(',')
                                        && toks[b + 1].kind == Tk::Word
                                        && toks[b + 1].text(text).starts_with(|ch: char| {
                                            ch.is_lowercase() || ch.is_ascii_digit()
                                        })
                                })
                                .take_while(|&b| verbless(b))
                                .find_map(|b| {
                                    ref_ending(b).filter(|r| {
                                        person_name(&r.head) && !in_quote(r.toks.start, quotes)
                                    })
                                });
                        }
                        // "Hogan Gidley, a former executive director of the party, whose
                        // roots are ..., said": the person the title is set off after.
                        if let Some(r) = speaker_ref.as_ref().filter(|r| {
                            matches!(r.head, Head::TitleOnly | Head::Group { of: None })
                        }) {
                            let mut b = r.toks.start;
                            while b > s.start + 1
                                && b + 3 > r.toks.start
                                && toks[b - 1].kind == Tk::Word
                                && toks[b - 1].text(text).starts_with(char::is_lowercase)
                            {
                                b -= 1;
                            }
                            if b > s.start + 1 && toks[b - 1].is(',') {
                                if let Some(named) =
                                    ref_ending(b - 1).filter(|n| person_name(&n.head))
                                {
                                    speaker_ref = Some(named);
                                }
                            }
                        }
                        // The roles of an appositive title ("John Kirby, the Pentagon
                        // spokesman, said") belong to the speaker; a relative clause
                        // ("Reagan, who met Prime Minister Nakasone, said") lends none.
                        let title_appositive =
                            !adjunct && !matches!(app, "who" | "which" | "whose");
                        if let (Some(sr), true) = (&speaker_ref, title_appositive) {
                            if let Some(ar) = ctx.refs.iter().find(|r| {
                                matches!(r.head, Head::TitleOnly)
                                    && (r.toks.start == c + 1 || r.toks.start == c + 2)
                                    && r.toks.end + 1 == k
                                    && !r.roles.is_empty()
                            }) {
                                let mut merged = sr.clone();
                                merged.roles.extend(ar.roles.iter().cloned());
                                speaker_ref = Some(merged);
                            }
                        }
                    }
                }
                // A person's full name opening a longer appositive or a prepositional
                // phrase: "Cynthia Thompson, curator at the University of Arkansas,
                // Fayetteville, said", "Claudio De Vincenti, undersecretary to the prime
                // minister, said", "Jane Roe of the local council, says" (a name that
                // swallowed the phrase, "Lydia Buchtmann for Food Standards Australia",
                // is not found here).
                // It speaks only when the nearest appositive gave no person's full name
                // (a place, an institution).
                if !speaker_ref
                    .as_ref()
                    .is_some_and(|r| person_before(r.toks.end))
                {
                    let person_phrase = (lo..k - 1).find(|&c| {
                        (toks[c].is(',') || is_word(&toks[c], text, &["for", "of", "at", "from"]))
                            && person_before(c)
                            && no_verb(c + 1)
                    });
                    if let Some(c) = person_phrase {
                        speaker_ref = ref_ending(c);
                    }
                }
            }
            // A stray comma between the sentence's subject and its verb: "The men's
            // solicitor Matthew Knight, said that ..." (not a participle: "Szilard
            // Nemeth, recalled in place of ...").
            if speaker_ref.is_none()
                && k > s.start + 1
                && toks[k - 1].is(',')
                && is_word(&toks[k], text, &["said", "says", "told", "added"])
            {
                speaker_ref = ref_ending(k - 1).filter(|r| {
                    full_person(r)
                        && !in_quote(r.toks.start, quotes)
                        && r.toks.start <= s.start + 3
                        && toks[s.start..r.toks.start]
                            .iter()
                            .all(|t| t.kind == Tk::Word && t.cue.is_none())
                });
            }
            // An appositive set off by dashes: "Ghana - the world's second largest cocoa
            // exporter - announced", "Mr Herron - who gained fame as ... - said".
            if speaker_ref.is_none() && k > s.start + 2 && toks[k - 1].kind == Tk::Dash {
                let lo = k.saturating_sub(30).max(s.start + 1);
                if let Some(d) = (lo..k - 1).rev().find(|&d| toks[d].kind == Tk::Dash) {
                    let plain = !toks[d + 1..k - 1]
                        .iter()
                        .any(|t| matches!(t.kind, Tk::Open | Tk::Close) || t.is('.'));
                    speaker_ref = ref_ending(d)
                        .filter(|r| plain && !r.locative && !in_quote(r.toks.start, quotes));
                }
            }
            let mut inverted = false;
            let mut bare_inverted = false;
            // An inverted attribution with no comma before it, after a clause and before
            // a full name that ends the sentence or an appositive opens after: "... the
            // complex rules of cinematography and editing said John Wyver, from TV
            // producer Illuminations".
            if kind == CueKind::Verb
                && k == i
                && i > s.start + 3
                && is_word(&toks[i], text, &["said", "says"])
                && toks[i - 1].kind == Tk::Word
                && toks[i - 1].text(text).starts_with(char::is_lowercase)
                && !lexicon::function_word(toks[i - 1].text(text))
                // (No speaker's noun before the verb: "the rules of editing" is none.)
                && !ctx.refs.iter().any(|r| {
                    r.toks.end == i
                        && (!matches!(r.head, Head::Group { of: None })
                            || lexicon::group_noun(toks[i - 1].text(text))
                            || lexicon::nominal_speaker(toks[i - 1].text(text)).is_some())
                })
                && !toks[s.start..i]
                    .iter()
                    .any(|t| t.cue.is_some() || matches!(t.kind, Tk::Open | Tk::Close))
                && clause_like(toks, text, s.start..i)
            {
                if let Some(p) = ref_starting(i + 1).filter(|p| {
                    full_person(p)
                        && p.roles.is_empty()
                        && (p.toks.end >= trim_end(toks, p.toks.end, s.end)
                            || toks[p.toks.end].is(','))
                }) {
                    speaker_ref = Some(p);
                    inverted = true;
                    bare_inverted = true;
                }
            }
            if speaker_ref.is_none() {
                // (Or "Said" opening the sentence: "Said the Pew report: ...".)
                let after_quote_or_comma = (i > s.start
                    && (toks[i - 1].is(',') || toks[i - 1].kind == Tk::Close))
                    || (i == s.start && toks[i].text(text).starts_with(char::is_uppercase));
                if after_quote_or_comma {
                    // "said Final Wars producer Shogo Tomiyama": the person after the
                    // name of what they work for and their job.
                    let employer_then_person = |r: Ref| {
                        // A country before an organization's name only places it: "said
                        // the UK National Tremor Foundation", "said UK National Tremor
                        // Foundation chief Karen Walsh".
                        let r = match r.head {
                            Head::Known(e) if eng.lex.entries[e].kind == ActorKind::Country => {
                                ref_starting(r.toks.end)
                                    .filter(|o| matches!(o.head, Head::Name { org: true, .. }))
                                    .unwrap_or(r)
                            }
                            _ => r,
                        };
                        // Two titles joined before the name: "said chairman and chief
                        // executive officer Bill Ford".
                        if matches!(r.head, Head::TitleOnly)
                            && toks
                                .get(r.toks.end)
                                .is_some_and(|t| is_word(t, text, &["and"]))
                        {
                            if let Some(p) = ref_starting(r.toks.end + 1)
                                .filter(|p| full_person(p) && !p.roles.is_empty())
                            {
                                return p;
                            }
                        }
                        let mut j = r.toks.end;
                        while j < s.end && j <= r.toks.end + 3 {
                            // A surname alone after the job ends the phrase: "said
                            // Real Madrid striker Morientes."
                            // (Not after a person's name: "says Stephen Candillon of
                            // Respond imaging partner Sertit".)
                            let surname = |p: &Ref| {
                                j > r.toks.end
                                    && matches!(r.head, Head::Name { .. })
                                    && !eng.lex.given.contains_key(toks[r.toks.start].text(text))
                                    && person_name(&p.head)
                                    && (p.toks.end >= s.end
                                        || matches!(toks[p.toks.end].kind, Tk::Punct('.' | ',')))
                            };
                            if let Some(p) = ref_starting(j).filter(|p| {
                                (full_person(p) || surname(p))
                                    && (j > r.toks.end || !p.roles.is_empty())
                            }) {
                                return p;
                            }
                            let w = toks[j].text(text);
                            // Not after a preposition: "said Ken Mayland at Clearview
                            // Economics" is Ken Mayland.
                            if toks[j].kind != Tk::Word
                                || !w.starts_with(char::is_lowercase)
                                || lexicon::function_word(w)
                                || lexicon::preposition(w)
                                || toks[j].cue.is_some()
                            {
                                break;
                            }
                            j += 1;
                        }
                        r
                    };
                    // "said Florida-based Republican strategist Al Cardenas": where the
                    // speaker is based is no part of the phrase.
                    let first = if toks.get(i + 1).is_some_and(|t| {
                        let w = t.text(text);
                        t.kind == Tk::Word && lexicon::origin_descriptor(w)
                    }) {
                        i + 2
                    } else {
                        i + 1
                    };
                    speaker_ref = ref_starting(first).map(employer_then_person).or_else(|| {
                        // Lowercase descriptors before the name: "said retired
                        // neurosurgeon Ben Carson", "said former tech executive Carly
                        // Fiorina".
                        let mut j = i + 1;
                        if j < s.end
                            && is_word(
                                &toks[j],
                                text,
                                &[
                                    "the", "a", "an", "one", "another", "its", "his", "her",
                                    "their",
                                ],
                            )
                        {
                            j += 1;
                        }
                        while j < s.end
                            && j <= i + 4
                            && ref_starting(j).is_none()
                            && toks[j].kind == Tk::Word
                            && (toks[j].text(text).starts_with(char::is_lowercase)
                                // An age: "said the 21-year-old Wayne Rooney".
                                || toks[j].text(text).ends_with("-year-old"))
                            && !lexicon::function_word(toks[j].text(text))
                            && toks[j].cue.is_none()
                            && !is_word(&toks[j], text, NOT_DESCRIPTORS)
                        {
                            j += 1;
                        }
                        // Or an organization's name after "the" alone: "..., said the
                        // British Retail Consortium." (Not whom one told: ", told The
                        // Huffington Post.")
                        let the_body = |r: &Ref| {
                            j == i + 2
                                && is_word(&toks[i + 1], text, &["the", "The"])
                                && !is_word(&toks[i], text, &["told", "tells", "tell"])
                                && matches!(r.head, Head::Name { org: true, .. })
                        };
                        // Or a person's noun: "said one London-based broker".
                        let personal_noun = |r: &Ref| {
                            matches!(r.head, Head::Group { of: None }) && person_noun_ref(text, r)
                        };
                        ref_starting(j).map(employer_then_person).filter(|r| {
                            j > i + 1
                                && !r.locative
                                && (person_name(&r.head)
                                    || !r.roles.is_empty()
                                    || the_body(r)
                                    || personal_noun(r))
                        })
                    });
                    // "said its chief executive, Sir Howard Newby": the person named in
                    // apposition to the title, with the title's roles.
                    // (The title's body may run on before the comma: "said the chairman
                    // of the Commons education select committee, Labour MP Barry
                    // Sheerman.")
                    if let Some(r) = speaker_ref.as_ref().filter(|r| !full_person(r)) {
                        let comma = (r.toks.end..s.end.min(r.toks.end + 7))
                            .take_while(|&c| {
                                toks[c].is(',')
                                    || (toks[c].kind == Tk::Word && toks[c].cue.is_none())
                            })
                            .find(|&c| toks[c].is(','))
                            .filter(|&c| c == r.toks.end || !r.roles.is_empty());
                        let p = comma.map_or(r.toks.end, |c| c + 1);
                        if p < s.end && comma.is_some() {
                            if let Some(person) = ref_starting(p).filter(|x| {
                                full_person(x)
                                    && (x.toks.end >= trim_end(toks, x.toks.end, s.end)
                                        || toks[x.toks.end].is(','))
                            }) {
                                let mut merged = person;
                                merged.roles.extend(r.roles.iter().cloned());
                                speaker_ref = Some(merged);
                            }
                        }
                    }
                    // "says a report from analysts Gartner": who issued the document.
                    if let Some(issuer) = speaker_ref
                        .as_ref()
                        .and_then(|r| issuer_of(ctx, text, r, s.end))
                    {
                        // "The report predicts" later in the text is theirs too.
                        eng.last_issuer = eng
                            .resolve(&issuer, true)
                            .filter(|&a| !eng.found.actors[a].local);
                        let kind = speaker_ref
                            .as_ref()
                            .and_then(|r| study_noun(toks[r.toks.end - 1].text(text)));
                        if let (Some(o), Some(kind)) = (eng.last_issuer, kind) {
                            eng.issuers.push((o, kind));
                        }
                        speaker_ref = Some(issuer);
                    }
                    inverted = speaker_ref.is_some();
                }
            }
            // A verb coordinated with the sentence's previous attribution borrows its
            // speaker: "Weissler said he was proud, but said the decision was painful",
            // "Nintendo has a 95% share and said it expected ...".
            let mut borrowed = None;
            if speaker_ref.is_none() && kind == CueKind::Verb {
                let mut b = i;
                loop {
                    if b > s.start
                        && toks[b - 1].kind == Tk::Word
                        && lexicon::auxiliary(toks[b - 1].text(text))
                    {
                        b -= 1;
                    } else if let Some(n) = text::going_on_before(toks, text, s.start, b) {
                        // "but continues to insist that".
                        b -= n;
                    } else {
                        break;
                    }
                }
                // (Or "although": "wants to focus on the Grand Slams in 2005, although
                // insists he will return".)
                if b > s.start && is_word(&toks[b - 1], text, &["and", "but", "although"]) {
                    // The mention is the earlier attribution's (an empty span), or the
                    // subject's.
                    let mut mention = t.start..t.start;
                    borrowed = speakers_here
                        .iter()
                        .rev()
                        .find(|&&(at, _)| s.contains(&at))
                        .map(|&(_, sp)| sp)
                        .or_else(|| {
                            // Else the sentence's subject, when it opens the sentence.
                            // A name after a description of it opens the sentence too:
                            // "Anti-abortion group the Pro-Life Alliance", "Campaign
                            // group the Pro-Life Alliance".
                            let described = |r: &Ref| {
                                let st = r.toks.start;
                                st > s.start + 1
                                    && st <= s.start + 4
                                    && matches!(r.head, Head::Name { .. } | Head::Known(_))
                                    && is_word(&toks[st - 1], text, &["the"])
                                    && toks[st - 2].kind == Tk::Word
                                    && lexicon::nominal_speaker(toks[st - 2].text(text))
                                        == Some(ActorKind::Organization)
                                    && toks[s.start..st].iter().all(|t| t.kind == Tk::Word)
                            };
                            // (After a conjunction: "But Assistant Chief Constable
                            // David Warcup has liaised with ... and said".)
                            let mut st = s.start;
                            if is_word(&toks[st], text, &["But", "And", "However", "Yet"]) {
                                st += 1;
                                if toks.get(st).is_some_and(|t| t.is(',')) {
                                    st += 1;
                                }
                            }
                            // (After an opening phrase too: "In theory, the government
                            // has ...".)
                            let opened = opening_phrase_end(text, toks, s.clone());
                            let dt = if opened > st && opened < b {
                                opened
                            } else {
                                st
                            };
                            let opening_description = (dt + 2 < b
                                && toks[dt + 2].kind == Tk::Word
                                && !ctx.refs.iter().any(|r| r.toks.start == dt + 1))
                            .then(|| description_ending(toks, text, dt, dt + 2))
                            .flatten()
                            .map(|mut r| {
                                // (With its article: "the government" is a country's.)
                                r.toks.start = dt;
                                r.start = toks[dt].start;
                                r
                            });
                            let r = ctx
                                .refs
                                .iter()
                                .find(|r| {
                                    // (At the sentence's start or after its opening
                                    // phrase: "In December, the EU pledged ... but said".)
                                    let opens = |at: usize| {
                                        r.toks.start == at
                                            || (r.toks.start == at + 1
                                                && is_word(&toks[at], text, ARTICLES))
                                    };
                                    // (Not the place that ends the phrase: "At a June
                                    // event in St. Clairsville, Ohio, 62-year-old Brenda
                                    // Johnson ... explained".)
                                    let after_phrase = dt > st
                                        && opens(dt)
                                        && !r.locative
                                        && !toks[r.toks.end].is(',')
                                        && !matches!(r.head, Head::Known(e)
                                            if eng.lex.entries[e].kind == ActorKind::Country);
                                    (opens(st) || after_phrase || described(r)) && r.toks.end < b
                                })
                                // Or a description opening the sentence: "The government
                                // has a 7% growth target, but continues to insist that".
                                .or(opening_description.as_ref())
                                // (A pronoun only for a person opening the sentence: "He
                                // accepted the ruling but argued ...".)
                                .filter(|r| {
                                    !r.locative
                                        && match r.head {
                                            Head::Pronoun(Pronoun::Person) => r.toks.start == st,
                                            Head::Pronoun(_) => false,
                                            _ => true,
                                        }
                                })
                                // After a conjunction only a name, not a place, a demonym
                                // or an owner: "But Trump's candidacy ... features ...
                                // and states that".
                                .filter(|r| {
                                    st == s.start
                                        || match r.head {
                                            Head::Name { .. } => true,
                                            Head::Known(e) => {
                                                eng.lex.entries[e].kind != ActorKind::Country
                                            }
                                            _ => false,
                                        } && !possessive_ref(toks, text, r)
                                })?;
                            let r = ctx
                                .refs
                                .iter()
                                .find(|n| {
                                    n.toks.start > r.toks.start && n.toks.end < b && described(n)
                                })
                                // A nationality and a noun describe the name after them:
                                // "Finnish security firm F-Secure issued a warning but
                                // said", as they do a subject.
                                .or_else(|| {
                                    demonym_ref(eng.lex, text, r)
                                        .then(|| {
                                            described_after(ctx, text, r, |n| {
                                                n.toks.end < b
                                                    && !matches!(n.head, Head::Pronoun(_))
                                                    && !n.locative
                                            })
                                        })
                                        .flatten()
                                })
                                .unwrap_or(r);
                            // A name that only modifies the subject's noun: "Nuclear
                            // proliferation experts have discounted ..., but have said".
                            let e = r.toks.end;
                            let modifier = toks[e].kind == Tk::Word
                                && toks[e].cue.is_none()
                                && toks[e].text(text).starts_with(char::is_lowercase)
                                && !lexicon::auxiliary(toks[e].text(text))
                                && !lexicon::helping_verb(toks[e].text(text));
                            let verb_at = |k: usize| {
                                toks.get(k).is_some_and(|t| {
                                    let w = t.text(text);
                                    t.kind == Tk::Word
                                        && (t.cue.is_some()
                                            || lexicon::auxiliary(w)
                                            || lexicon::helping_verb(w))
                                })
                            };
                            let head = ctx.refs.iter().find(|g| {
                                modifier
                                    && (e..e + 3).contains(&g.toks.start)
                                    && matches!(g.head, Head::Group { of: None })
                                    && verb_at(g.toks.end)
                            });
                            // A body before a post is the post's holder's: "The Tory
                            // co-chairman attacked ... and said" is no party's.
                            let post = modifier && head.is_none() && {
                                let w = toks[e].text(text);
                                office_noun(eng.lex, w)
                                    || lexicon::nominal_speaker(w) == Some(ActorKind::Person)
                            };
                            let described;
                            // (The holder may be named after it: "France coach Bernard
                            // Laporte believes ..., but claims".)
                            let holder = ctx.refs.iter().find(|n| {
                                post && n.toks.start == e + 1 && n.toks.end < b && full_person(n)
                            });
                            // A firm named after its description: "Internet monitoring
                            // firm WebSideStory has charted ... and says".
                            let firm = ctx.refs.iter().find(|n| {
                                modifier
                                    && (e + 1..=e + 3).contains(&n.toks.start)
                                    && n.toks.end < b
                                    && matches!(n.head, Head::Name { .. } | Head::Known(_))
                                    && toks[e..n.toks.start].iter().all(|t| {
                                        t.kind == Tk::Word
                                            && t.text(text).starts_with(char::is_lowercase)
                                    })
                                    && lexicon::company_noun(toks[n.toks.start - 1].text(text))
                                    && verb_at(n.toks.end)
                            });
                            // An owner before the subject's titled name: "Moazzam Begg's
                            // Labour MP Roger Godsiff welcomed ..., but said" is Godsiff's.
                            let owned = possessive_ref(toks, text, r)
                                .then(|| {
                                    ctx.refs.iter().find(|n| {
                                        (e..=e + 2).contains(&n.toks.start)
                                            && n.toks.end < b
                                            && full_person(n)
                                            // (Not past a verb: "Moody's said Home
                                            // Shopping leads ..., but noted".)
                                            && toks[e..n.toks.start].iter().all(|t| {
                                                t.kind == Tk::Word && t.cue.is_none()
                                            })
                                    })
                                })
                                .flatten();
                            let r = if let Some(h) = holder.or(firm).or(owned) {
                                h
                            } else if post {
                                described = Ref {
                                    toks: r.toks.start..e + 1,
                                    start: r.start,
                                    end: toks[e].end,
                                    head: Head::Group { of: None },
                                    roles: vec![],
                                    locative: false,
                                };
                                &described
                            } else {
                                head.unwrap_or(r)
                            };
                            mention = r.start..r.end;
                            eng.resolve(r, true)
                        });
                    if borrowed.is_some() {
                        speaker_ref = Some(Ref {
                            toks: i..i,
                            start: mention.start,
                            end: mention.end,
                            head: Head::TitleOnly,
                            roles: vec![],
                            locative: false,
                        });
                    }
                }
            }
            // No speaker next to the verb, and none it borrows (after the verb's
            // coordinated with the sentence's subject: "Redknapp, 57, quit his Fratton Park
            // position and vowed: “...”"), but a quotation right after it: the clause's
            // first actor, an owner included ("PC World's recent analysis of its traffic
            // concluded, “...”", "Cornyn's statement added, “...”").
            if speaker_ref.is_none() && kind == CueKind::Verb {
                let mut a = i + 1;
                while a < n && (toks[a].is(',') || toks[a].is(':')) {
                    a += 1;
                }
                if a > i + 1 && a < n && toks[a].kind == Tk::Open {
                    let clause = (s.start..k)
                        .rev()
                        .find(|&c| toks[c].is(',') || toks[c].is(';'))
                        .map_or(s.start, |c| c + 1);
                    speaker_ref = ctx
                        .refs
                        .iter()
                        .find(|r| {
                            r.toks.start >= clause
                                && r.toks.end <= k
                                && !r.locative
                                && !in_quote(r.toks.start, quotes)
                                && !matches!(r.head, Head::Pronoun(_))
                        })
                        .cloned();
                }
            }
            // What a study, a survey or research "revealed" is a finding, not a
            // statement ("a survey by the firm revealed", "The research revealed that");
            // a person who reveals speaks ("Souness also revealed he tried").
            // So is what figures or data "suggest" ("sales figures suggest", "Cell's
            // specifications suggest"; a report that suggests speaks).
            let data = |w: &str| {
                matches!(
                    &*lexicon::ascii_lower(w),
                    "research"
                        | "figures"
                        | "data"
                        | "findings"
                        | "statistics"
                        | "specifications"
                        | "results"
                        | "estimates"
                        | "projections"
                        | "returns"
                )
            };
            let revealed = is_word(&toks[i], text, &["revealed", "reveals", "reveal"]);
            let indicated = is_word(&toks[i], text, &["indicated", "indicates"]);
            let suggested = indicated
                || is_word(
                    &toks[i],
                    text,
                    &["suggest", "suggests", "suggested", "suggesting"],
                );
            let finding = (revealed || suggested)
                && speaker_ref.as_ref().is_some_and(|r| {
                    !r.toks.is_empty()
                        && r.toks.start < i
                        && toks[r.toks.start..r.toks.end].iter().any(|t| {
                            let w = t.text(text);
                            // (Not a name's word: "Jupiter Research suggested"; but
                            // "Estimates suggest" opening a sentence.)
                            let noun = w.starts_with(char::is_lowercase) || r.toks.len() == 1;
                            ((revealed || indicated) && lexicon::document_noun(w))
                                || (noun && data(w))
                        })
                });
            // Nothing said: "Neither Mr Howard nor Mr Letwin would say how ...", "Neither
            // Genentech nor the FDA would confirm that ...".
            let neither_nor = speaker_ref.as_ref().is_some_and(|r| {
                let mut b = r.toks.start;
                if b > s.start && is_word(&toks[b - 1], text, ARTICLES) {
                    b -= 1;
                }
                b > s.start + 1
                    && is_word(&toks[b - 1], text, &["nor"])
                    && toks[s.start..b - 1]
                        .iter()
                        .any(|t| is_word(t, text, &["Neither", "neither"]))
            });
            // "indicated" reports only a clause it opens with "that" or a pronoun: "Mr
            // Tellier had indicated he wanted to stay", not "indicated its intention".
            // Nor what a thing indicated: "A preliminary field test indicated it was not
            // hazardous", "the IWCC release indicated".
            let indicated_nothing = indicated
                && (!toks.get(i + 1).is_some_and(|t| {
                    is_word(t, text, &["that", "he", "she", "it", "they", "we", "i"])
                }) || borrowed.is_none()
                    && speaker_ref.as_ref().is_some_and(|r| {
                        let last = toks[r.toks.end - 1].text(text);
                        // (A place is where, not who: "exit polls in New Hampshire and
                        // Iowa indicated".)
                        let mut b = r.toks.start;
                        if b > s.start + 1 && is_word(&toks[b - 1], text, &["and"]) {
                            b = ref_ending(b - 1).map_or(b, |f| f.toks.start);
                        }
                        let place =
                            r.locative || (b > s.start && is_word(&toks[b - 1], text, &["in"]));
                        place
                            || !matches!(r.head, Head::Pronoun(_))
                                && r.roles.is_empty()
                                && !lexicon::group_noun(last)
                                && lexicon::nominal_speaker(last).is_none()
                                && (last.starts_with(char::is_lowercase)
                                    || lexicon::document_noun(&lexicon::ascii_lower(last)))
                    }));
            // A charge the law brings is no statement: "Greek prosecutors have also
            // charged them with faking a crash", "was charged with testing" (but "critics
            // charged that ...", and "Leahy charged Japan with lying" accuses).
            let charged_with = is_word(&toks[i], text, &["charged", "charges", "charge"])
                && (i + 1..s.end.min(i + 6))
                    .take_while(|&k| toks[k].kind == Tk::Word)
                    .any(|k| is_word(&toks[k], text, &["with"]))
                && (is_word(&toks[i - 1], text, &["was", "were", "been", "being", "is", "are"])
                    // ("a researcher at Futurelab charged with testing the game")
                    || toks.get(i + 1).is_some_and(|t| is_word(t, text, &["with"]))
                    || speaker_ref.as_ref().is_some_and(|r| {
                        !r.toks.is_empty()
                            && is_word(
                                &toks[r.toks.end - 1],
                                text,
                                &[
                                    "prosecutors",
                                    "prosecutor",
                                    "police",
                                    "detectives",
                                    "officers",
                                    "authorities",
                                ],
                            )
                    }));
            // With no agent named, nobody said the words a passive names something by:
            // "HSDPA has been described as “3G on steroids”" is not HSDPA's.
            // (The agent after the quoted name is read elsewhere: "has been branded a
            // “disgraceful waste” by MPs".)
            let named =
                ctx.quotes.iter().copied().find(|&q| {
                    quotes[q].open > i && quotes[q].open <= i + 3 && quotes[q].open < s.end
                });
            let agent = named
                .and_then(|q| quotes[q].close)
                .and_then(|c| toks.get(c + 1))
                .is_some_and(|t| is_word(t, text, &["by"]));
            let passive_naming = kind == CueKind::Naming
                && i > s.start
                && !agent
                && is_word(&toks[i - 1], text, BE_FORMS);
            if passive_naming {
                // (Nor is the quoted name anybody else's words.)
                if let Some(q) = named {
                    quotes[q].used = true;
                }
            }
            // "The name says it all: it is web-based radio": an idiom, not a report
            // (but "Marca's headline says it all: “...”" quotes the headline).
            let says_it_all = toks.get(i + 2).is_some_and(|t| is_word(t, text, &["all"]))
                && is_word(&toks[i + 1], text, &["it"])
                && is_word(&toks[i], text, &["says", "said"])
                && !toks.get(i + 4).is_some_and(|t| t.kind == Tk::Open);
            // What a book or a film tells is its story, not a statement: "Wolf Brother
            // tells the story of Torak", "Wasp tells the story of a young mum".
            let story = is_word(&toks[i], text, &["tells", "told", "tell"])
                && toks
                    .get(i + 2)
                    .is_some_and(|t| is_word(t, text, &["story", "tale"]))
                && is_word(&toks[i + 1], text, &["the", "a"]);
            if finding
                || story
                || neither_nor
                || indicated_nothing
                || charged_with
                || passive_naming
                || says_it_all
            {
                i += 1;
                continue;
            }
            let Some(sref) = speaker_ref else {
                i += 1;
                continue;
            };
            let demonym = demonym_ref(eng.lex, text, &sref);
            // A demonym speaks only as "the American": the person the text is about.
            let speaker = if borrowed.is_some() {
                borrowed
            } else if demonym {
                if the_demonym(toks, text, s.start, &sref) {
                    eng.epithet_person(sref.start)
                } else {
                    None
                }
            } else {
                eng.resolve(&sref, true)
            };
            let Some(speaker) = speaker else {
                i += 1;
                continue;
            };
            let chunk = if inverted {
                i..sref.toks.end
            } else if as_verb && toks.get(i + 1).is_some_and(|t| is_word(t, text, &["by"])) {
                // "... was quoted as saying by the Interfax news agency": the agency
                // belongs to the attribution.
                let by_end = (i + 1..s.end)
                    .find(|&k| toks[k].kind != Tk::Word)
                    .unwrap_or(s.end);
                sref.toks.start..by_end
            } else {
                sref.toks.start..i + 1
            };
            // (A reporting phrase is the cue whole: "pointed out", "went on".)
            let cue = Some(i - text::phrasal_lead(toks, text, i)..i + 1);
            let mut done = false;
            // (1) A quote closing just before the attribution.
            let mut b = chunk.start;
            // An organization named before the speaker's title ("AT&T spokesman Bob
            // Jones said") belongs to the speaker's phrase, as does an owner ("Mr
            // Jackson's lawyers stated").
            if let Some(m) = ctx
                .refs
                .iter()
                .find(|r| r.toks.end == b && !r.toks.is_empty() && !inverted && r.toks.start < b)
            {
                if !sref.roles.is_empty() || possessive_ref(toks, text, m) {
                    b = m.toks.start;
                }
            }
            // Lowercase descriptors before the name ("coach Tom Reyes said"); a verb that
            // borrows its speaker has none ("faced “major risks” and warned").
            let descriptors = if inverted || borrowed.is_some() {
                0
            } else {
                descriptors_before(toks, text, 0, b, false)
            };
            b -= descriptors;
            let opens_phrase = |b: usize| {
                b > 0 && matches!(toks[b - 1].kind, Tk::Punct(',') | Tk::Dash | Tk::Close)
            };
            // A name or organization owning the descriptors: "Sanders campaign manager
            // Jeff Weaver said", "Trump's senior communications adviser Jason Miller said".
            if !opens_phrase(b) && descriptors > 0 && !inverted {
                if let Some(m) = ctx
                    .refs
                    .iter()
                    .find(|r| r.toks.end == b && r.toks.start < b)
                {
                    if opens_phrase(m.toks.start) {
                        b = m.toks.start;
                    }
                }
            }
            if !opens_phrase(b) {
                b = chunk.start;
            }
            // "“...,” the agency quoted worker David Ogden as saying": the one who
            // quoted, and the words that describe the one quoted, belong to the
            // attribution.
            if as_verb && !inverted && !opens_phrase(b) {
                let quoted = (chunk.start.saturating_sub(4).max(s.start)..chunk.start)
                    .rev()
                    .find(|&k| is_word(&toks[k], text, REPORTED_AS));
                if let Some(q) = quoted {
                    let mut d = q;
                    while d > s.start.max(q.saturating_sub(6)) && toks[d - 1].kind == Tk::Word {
                        d -= 1;
                    }
                    if opens_phrase(d) {
                        b = d;
                    }
                }
            }
            // Where the speaker's phrase starts: its words are not what the quote is
            // about.
            let mut phrase = b.min(chunk.start);
            while b > 0 && (toks[b - 1].is(',') || toks[b - 1].kind == Tk::Dash) {
                b -= 1;
            }
            // A description set off before the name: "“...” the presumptive GOP
            // nominee, Donald Trump, tweeted".
            if !inverted && b > 0 && toks[b - 1].kind == Tk::Word && b < chunk.start {
                let mut d = b;
                while d > s.start.max(b.saturating_sub(7))
                    && toks[d - 1].kind == Tk::Word
                    && toks[d - 1].cue.is_none()
                {
                    d -= 1;
                }
                // Or lowercase words alone after a quote that closes on its comma:
                // "“...,” hunt master, Captain Ian Farquhar, said".
                let lowercase = b - d <= 4
                    && d >= 2
                    && toks[d - 2].is(',')
                    && toks[d..b]
                        .iter()
                        .all(|t| t.text(text).starts_with(char::is_lowercase));
                if d > 0
                    && d < b
                    && toks[d - 1].kind == Tk::Close
                    && (is_word(&toks[d], text, ARTICLES) || lowercase)
                {
                    b = d;
                    phrase = d;
                }
            }
            // A quotation that ended its own sentence is not the quote of a verb that
            // goes on to its own content ("“... the project.” Ann Sundra says the goal
            // is ...").
            // Where the verb's own content would start.
            let c = skip_adjuncts(toks, text, chunk.end, s.end);
            // Where what was said starts after the addressee from `c` ("told the BBC",
            // "told reporters").
            let addressee_end = |mut c: usize| {
                let after_the = if toks.get(c).is_some_and(|t| is_word(t, text, &["the"])) {
                    ref_starting(c + 1)
                } else {
                    None
                };
                if let Some(r) = ref_starting(c).or(after_the) {
                    c = r.toks.end;
                    // The rest of the addressee's name ("BBC News 24", "BBC Radio 4's"),
                    // and an owner's programme or presenter: "BBC Radio 4's Today
                    // programme", "BBC One's Breakfast with Frost", "CNN's Jake Tapper".
                    let capital = |k: usize| {
                        k < s.end
                            && toks[k].kind == Tk::Word
                            && toks[k]
                                .text(text)
                                .starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
                    };
                    let owner = |k: usize| capital(k) && possessive(toks[k].text(text));
                    let mut o = c;
                    while o < c + 3 && !owner(o - 1) && capital(o) {
                        o += 1;
                    }
                    if owner(o - 1) {
                        let mut k = o;
                        while k < o + 5
                            && (capital(k)
                                || (k > o
                                    && is_word(&toks[k], text, &["with", "of", "and"])
                                    && capital(k + 1)))
                        {
                            k += 1;
                        }
                        if k > o {
                            c = k + usize::from(k < s.end && is_word(&toks[k], text, MEDIA_NOUNS));
                        }
                    } else if o > c
                        && toks[c..o]
                            .iter()
                            .all(|t| t.text(text).starts_with(|ch: char| ch.is_ascii_digit()))
                    {
                        c = o;
                    } else if c < s.end && is_word(&toks[c], text, MEDIA_NOUNS) {
                        // The medium's noun after its name: "told the BBC News website
                        // there are".
                        c += 1;
                    }
                } else {
                    // "told reporters", "told the newspaper": determiners, then the
                    // noun; a determiner after the noun opens what was said ("told
                    // reporters the plan would work").
                    let mut noun = false;
                    while c < s.end
                        && c < chunk.end + 4
                        && is_word(&toks[c], text, OBJECT_WORDS)
                        && !(noun && is_word(&toks[c], text, DETERMINERS))
                    {
                        noun |= !is_word(&toks[c], text, DETERMINERS);
                        c += 1;
                    }
                }
                c
            };
            let own_content = !inverted && {
                let addressing = is_word(&toks[i], text, ADDRESSING_VERBS);
                (c < s.end
                    && toks[c].kind == Tk::Word
                    && toks[c].cue.is_none()
                    && !addressing
                    && (!is_word(&toks[c], text, NOT_CLAUSE_STARTS) || as_much_as(toks, text, c)))
                    // "told World Business Report that ...".
                    || (addressing
                        && (chunk.end..s.end.min(chunk.end + 8))
                            .any(|c| is_word(&toks[c], text, &["that"])))
                    // Or a clause after the addressee: "told BBC Radio 4's Today
                    // programme it was impossible ...".
                    || (is_word(&toks[i], text, &["told", "tells", "tell"]) && {
                        let a = addressee_end(chunk.end);
                        a > chunk.end
                            && a + 2 < s.end
                            && toks[a].kind == Tk::Word
                            && toks[a].cue.is_none()
                            && !is_word(&toks[a], text, NOT_CLAUSE_STARTS)
                            && clause_like(toks, text, a..s.end)
                    })
                    // "Mike Hobday ... said: “...”": the quotation after the colon (or
                    // the comma: "Saumil Nanavati, president of Sydus, said, “...”").
                    || (c < n
                        && toks[c].is(':')
                        && toks.get(c + 1).is_some_and(|t| t.kind == Tk::Open))
                    || (c < n
                        && c > chunk.end
                        && toks[c].kind == Tk::Open
                        && toks[chunk.end].is(','))
                    // "“... studying here.” Mr Wallace agreed and said the figures ...":
                    // a reporting verb coordinated after it has the content.
                    || (c + 1 < s.end
                        && is_word(&toks[c], text, &["and", "but"])
                        && toks[c + 1].cue.is_some())
            };
            // A quotation that ended its sentence is not the words of a verb with content
            // of its own; a question or exclamation neither, before "said that" ("...
            // chasing away?" Tory MP Peter Luff ... said that ...).
            let that_clause = c < s.end && is_word(&toks[c], text, &["that"]);
            let ended_sentence = |qi: usize| {
                let inner = quotes[qi].inner(n);
                inner.end > inner.start
                    && (toks[inner.end - 1].is('.')
                        || that_clause && matches!(toks[inner.end - 1].kind, Tk::Punct('?' | '!')))
            };
            // The unused quotation closing at a token, and not empty.
            let closing_at = |quotes: &[Quote], close: usize| {
                ctx.quotes.iter().copied().find(|&q| {
                    quotes[q].close == Some(close)
                        && !quotes[q].used
                        && !quotes[q].inner(n).is_empty()
                })
            };
            // A quoted phrase closing the first of two coordinated verbs is the speaker's
            // too, while the second verb's clause is the statement: "accused Labour of
            // “at best misrepresentation” and said the “smear” tactics were ...",
            // "attacked the pledges as “vacuous” and said ...".
            let coordinated = || {
                let mut a = i;
                while a > s.start
                    && toks[a - 1].kind == Tk::Word
                    && lexicon::auxiliary(toks[a - 1].text(text))
                {
                    a -= 1;
                }
                (borrowed.is_some()
                    && a >= s.start + 2
                    && is_word(&toks[a - 1], text, &["and", "but"])
                    && toks[a - 2].kind == Tk::Close)
                    .then(|| closing_at(quotes, a - 2).map(|q| (q, a - 1, false)))
                    .flatten()
            };
            // A quoted phrase inside an opening participle's clause is the speaker's, but
            // not all that was said ("Describing Mr Jackson as "a good person", the
            // mother-of-nine said she feared ...").
            let opening_participle = |qi: usize| {
                let w = toks[s.start].text(text);
                toks[s.start].kind == Tk::Word
                    && w.len() > 4
                    && w.ends_with("ing")
                    && w.starts_with(char::is_uppercase)
                    && quotes[qi].open > s.start
            };
            let before = (b > 0 && toks[b - 1].kind == Tk::Close)
                .then(|| {
                    closing_at(quotes, b - 1)
                        .filter(|&q| !(own_content && ended_sentence(q)))
                        .map(|q| (q, phrase, !(own_content && opening_participle(q))))
                })
                .flatten()
                .or_else(coordinated);
            if let Some((qi, from, whole)) = before {
                add_quote_statement(
                    eng,
                    ctx,
                    quotes,
                    quote_stmt,
                    qi,
                    speaker,
                    &sref,
                    cue.clone(),
                    from..chunk.end,
                );
                done |= whole;
            }
            // (2) A quote opening after the attribution (after a colon or comma, or a
            // quoted phrase for "called X a '...'").
            let mut phrase_quote = None;
            let mut a = chunk.end;
            let limit = (chunk.end + 14).min(s.end.max(chunk.end));
            while a < limit
                && a < n
                && !matches!(toks[a].kind, Tk::Open)
                && !(toks[a].kind == Tk::Word && toks[a].cue.is_some())
                && !toks[a].is('.')
            {
                a += 1;
            }
            if a < n && toks[a].kind == Tk::Open {
                let lead_ok = a == chunk.end || toks[a - 1].is(':') || toks[a - 1].is(',');
                if let Some(&qi) = ctx.quotes.iter().find(|&&q| {
                    quotes[q].open == a && !quotes[q].used && !quoted_title(text, toks, &quotes[q])
                }) {
                    if kind == CueKind::Verb && !lead_ok && !done {
                        // A quoted phrase inside reported speech: the clause is the
                        // statement ("said Turkey was of “importance ...”"), else the
                        // phrase alone (below).
                        phrase_quote = Some(qi);
                    } else if (kind == CueKind::Naming
                        // ("dismissed" names only with "as": "dismissed the research as
                        // "complete rubbish"", not "dismissed claims that he was "...".)
                        && (cue.as_ref().is_none_or(|c| {
                            !is_word(&toks[c.end - 1], text, &["dismissed"])
                        }) || is_word(&toks[a - 1], text, &["as"])))
                        || (!lead_ok && !done)
                    {
                        // A quoted phrase inside reported speech.
                        let inner = quotes[qi].inner(n);
                        if !inner.is_empty() {
                            quotes[qi].used = true;
                            let content = span_of(toks, inner);
                            push_statement(
                                eng,
                                ctx,
                                StatementKind::Mixed,
                                speaker,
                                &sref,
                                cue.clone(),
                                content,
                                s.clone(),
                                chunk.clone(),
                            );
                            done = true;
                        }
                    } else if lead_ok {
                        add_quote_statement(
                            eng,
                            ctx,
                            quotes,
                            quote_stmt,
                            qi,
                            speaker,
                            &sref,
                            cue.clone(),
                            chunk.clone(),
                        );
                        done = true;
                    }
                }
            }
            // (3) Reported speech after the verb: "X said (that) ...". An inverted
            // attribution set off by commas is a parenthetical one too ("Also, said Mr
            // Trainor, research is being done ...").
            // (Not after a clause, which the attribution reports, nor before an
            // appositive: "Digging up roads can take weeks, said Mr R. Sridharan, vice
            // president of networks at Tata." A subordinate clause is no statement of its
            // own: "If Steam proves effective ..., said Mr Fahey, other game makers may
            // be tempted".)
            let inverted_parenthetical = inverted
                && chunk.start > s.start + 1
                && toks[chunk.start - 1].is(',')
                && chunk.end + 1 < s.end
                && toks[chunk.end].is(',')
                && (!clause_like(toks, text, s.start..chunk.start - 1)
                    || is_word(&toks[s.start], text, SUBORDINATORS))
                && clause_like(toks, text, chunk.end + 1..s.end);
            if !done && kind == CueKind::Verb && (!inverted || inverted_parenthetical) {
                let mut c = chunk.end;
                let told = is_word(
                    &toks[i],
                    text,
                    &[
                        "told", "tells", "tell", "warned", "urged", "assured", "assures",
                        "reminded", "warning", "telling",
                    ],
                );
                if told {
                    c = addressee_end(c);
                }
                // "warned the British and Irish Lions will be ...": no addressee, what
                // was said starts right after the verb.
                if told
                    && c < s.end
                    && !is_word(&toks[i], text, &["told", "tells", "tell"])
                    && is_word(&toks[c], text, &["and", "or"])
                {
                    c = chunk.end;
                }
                // A long addressee ends at "that": "is telling a packed crowd in snowy
                // Windham, New Hampshire, on the final campaign day that ...".
                if told {
                    if let Some(t) = (c..s.end.min(c + 20))
                        .take_while(|&k| {
                            toks[k].cue.is_none()
                                && !matches!(toks[k].kind, Tk::Open | Tk::Close)
                                && !lexicon::helping_verb(toks[k].text(text))
                        })
                        .find(|&k| is_word(&toks[k], text, &["that"]))
                    {
                        c = t;
                    }
                }
                // Skip "on Monday", "in a statement", "last week", commas.
                c = skip_adjuncts(toks, text, c, s.end);
                // "has denied to Reuters that ...": whom it was said to.
                if c + 2 < s.end && is_word(&toks[c], text, &["to"]) {
                    let article = usize::from(is_word(&toks[c + 1], text, ARTICLES));
                    if let Some(r) = ref_starting(c + 1 + article) {
                        if r.toks.end < s.end && is_word(&toks[r.toks.end], text, &["that"]) {
                            c = r.toks.end;
                        }
                    }
                }
                // "said that, so far, ...": after "that" a clause follows whatever its
                // first word.
                let that = c < s.end && is_word(&toks[c], text, &["that"]);
                if that {
                    c += 1;
                    while c + 1 < s.end && toks[c].is(',') {
                        c += 1;
                    }
                }
                let e = trim_end(toks, c, s.end);
                // (A comma closing a quotation closes the clause too: "Roffman, who
                // estimates that his costs were "in the seven figures," described".)
                let e = match (c..e).find(|&x| {
                    toks[x].is(',')
                        && (!in_quote(x, quotes)
                            || toks.get(x + 1).is_some_and(|t| t.kind == Tk::Close))
                }) {
                    Some(comma) if relative_clause => trim_end(toks, c, comma),
                    _ => e,
                };
                // A second attribution coordinated after the content ends it ("..., but
                // said ...", "... while the Lib Dems say ...").
                let second = coordinated_attribution(ctx, text, c, e);
                let e = second.map_or(e, |k| trim_end(toks, c, k));
                // The frame ends there too: the second speaker is not what this is about.
                let frame = s.start..second.unwrap_or(s.end);
                let starts_clause = c < s.end
                    && (toks[c].kind == Tk::Word
                        || matches!(toks[c].kind, Tk::Punct('£' | '$' | '€' | '¥')))
                    // "Smith said, adding that ...": the participle is its own statement.
                    && !(toks[c].cue == Some(CueKind::Participle) && toks[c - 1].is(','))
                    // ("ruled out free personal care ..., saying": no clause.)
                    // (After "that" a clause may open with a phrase: "claim that of the
                    // £750m ..., only £41m had been spent".)
                    && (that || !is_word(&toks[c], text, &["to", "of", "out"]))
                    && (that
                        // (Right after the verb: "By the time those primaries concluded,
                        // as many as 40 percent of Clinton voters said" is the voters'.)
                        || (c == chunk.end && as_much_as(toks, text, c))
                        // (A condition before its main clause: "said if the bill was
                        // passed by peers, he would urge MPs to oppose it"; not "said
                        // if" for "whether".)
                        || (is_word(&toks[c], text, &["if"])
                            && !relative_clause
                            && (c + 2..s.end).any(|k| {
                                toks[k].is(',')
                                    && toks[c + 1..k].iter().all(|t| t.cue.is_none())
                                    && k + 2 < s.end
                                    && toks[k + 1].kind == Tk::Word
                                    && matches!(
                                        toks[k + 1].text(text),
                                        "he" | "she" | "it" | "they" | "we" | "I" | "there" | "the"
                                    )
                                    && clause_like(toks, text, k + 1..s.end)
                            }))
                        || !is_word(
                            &toks[c],
                            text,
                            &["for", "by", "and", "or", "as", "so", "if", "whether"],
                        ))
                    // "spoke about the race" is no clause; "said about half of ..." is.
                    && (!is_word(&toks[c], text, &["about"])
                        || toks.get(c + 1).is_some_and(|t| quantity_word(t.text(text))))
                    // A request, not a statement: "urged music fans to boycott the
                    // concert", "asked Venezuelan authorities to resolve the conflict".
                    && !(is_word(&toks[i], text, &["urged", "asked", "told", "called"])
                        && (c + 1..(c + 6).min(e)).any(|k| {
                            is_word(&toks[k], text, &["to"])
                                && toks.get(k + 1).is_some_and(|t| {
                                    t.kind == Tk::Word
                                        && t.text(text).starts_with(char::is_lowercase)
                                })
                                && toks[c..k].iter().all(|t| {
                                    t.kind == Tk::Word
                                        && t.cue.is_none()
                                        && !lexicon::helping_verb(t.text(text))
                                        && !is_word(
                                            t,
                                            text,
                                            &["that", "he", "she", "they", "it", "we", "i", "you"],
                                        )
                                })
                        }))
                    // "who asked not to be named".
                    && !(is_word(&toks[c], text, &["not"])
                        && toks.get(c + 1).is_some_and(|t| is_word(t, text, &["to"])))
                    // "pressed" reports a question after it ("“...?” Mr Weingarten
                    // pressed"), never a clause: "Todd pressed Reince Priebus on ...".
                    && !is_word(&toks[i], text, &["pressed"]);
                // "posted a comment, saying, “...”": the participle introduces the quote,
                // and what was said ends before it ("He insisted there was no plan ...
                // saying: “...”").
                let participle_quote = (c..e).find(|&k| {
                    toks[k].kind == Tk::Word
                        && toks[k].cue == Some(CueKind::Participle)
                        && (k + 1..(k + 4).min(n)).any(|q| toks[q].kind == Tk::Open)
                });
                let e = participle_quote.map_or(e, |k| {
                    let mut k = k;
                    while k > c && toks[k - 1].is(',') {
                        k -= 1;
                    }
                    k
                });
                // A parenthetical attribution, set off by commas inside the sentence ("The
                // question, she said, is not so simple", "In some places, he said, roads
                // ...") reports the whole sentence around it.
                let parenthetical = chunk.start > s.start + 1
                    && toks[chunk.start - 1].is(',')
                    && chunk.end < s.end
                    && toks[chunk.end].is(',')
                    && !toks[s.start..chunk.start]
                        .iter()
                        .any(|t| t.cue.is_some() || matches!(t.kind, Tk::Open | Tk::Close));
                // (Not one opened by "as", whose clause follows it: "if, as Tony Blair
                // and Ruth Kelly have suggested, GCSEs and A-levels stay".)
                let as_said = sref.toks.start > s.start
                    && is_word(&toks[sref.toks.start - 1], text, &["as", "As"])
                    && chunk.end < s.end
                    && toks[chunk.end].is(',');
                let c = if parenthetical && e > c && !as_said {
                    let mut st = s.start;
                    while st < chunk.start && (toks[st].kind == Tk::Dash || toks[st].is('(')) {
                        st += 1;
                    }
                    st
                } else {
                    c
                };
                // Without "that", what follows the verb must be a clause: "announced
                // plans to merge ..." reports nothing.
                let that = c > chunk.end && is_word(&toks[c - 1], text, &["that"]);
                if e >= c + 3
                    && starts_clause
                    && !in_quote(c, quotes)
                    && (that || as_said || clause_like(toks, text, c..e))
                {
                    // "added that A and that B": two clauses, each reported.
                    // (Not "that" as a pronoun: "and that was it".)
                    let and_that = (c + 3..e.saturating_sub(3)).find(|&k| {
                        is_word(&toks[k], text, &["and"])
                            && is_word(&toks[k + 1], text, &["that"])
                            && !in_quote(k, quotes)
                            && toks[k + 2].kind == Tk::Word
                            && !lexicon::auxiliary(toks[k + 2].text(text))
                            && !lexicon::helping_verb(toks[k + 2].text(text))
                    });
                    let (first, second) = match and_that {
                        Some(k) => (c..trim_end(toks, c, k), Some(k + 2..e)),
                        None => (c..e, None),
                    };
                    let said = Said {
                        speaker,
                        sref: &sref,
                        cue: cue.clone(),
                        frame: frame.clone(),
                        chunk: chunk.clone(),
                    };
                    let last = push_clauses(eng, ctx, quotes, &said, [Some(first), second], true);
                    done = true;
                    i = last.unwrap_or(e);
                }
            }
            // (4) Reported speech before the attribution: "..., the Pentagon said."
            if !done && kind == CueKind::Verb {
                let mut e = skip_adjuncts(toks, text, chunk.end, s.end);
                // The addressee may close the sentence: "..., a witness has told jurors",
                // "..., the institute has told Associated Press".
                if is_word(&toks[i], text, &["told", "tells", "telling", "warning"]) {
                    let mut a = e;
                    while a < s.end && a < e + 6 && toks[a].kind == Tk::Word && {
                        let w = toks[a].text(text);
                        is_word(&toks[a], text, OBJECT_WORDS)
                            || w.starts_with(char::is_uppercase)
                            // "Radio 4's Today programme"
                            || w.starts_with(|c: char| c.is_ascii_digit())
                                && toks[a - 1].text(text).starts_with(char::is_uppercase)
                            || lexicon::group_noun(w)
                            // "a committee of MSPs"
                            || w == "of" && a > e
                    } {
                        a += 1;
                    }
                    e = skip_adjuncts(toks, text, a, s.end);
                }
                // An appositive may close the sentence after the speaker: "..., said
                // John Smith, a vice president at Tata."
                // No other verb and no quotation from token `k` to the sentence's end.
                let quiet_from = |k: usize| {
                    !toks[k..s.end].iter().any(|t| {
                        t.cue == Some(CueKind::Verb) || matches!(t.kind, Tk::Open | Tk::SOpen)
                    })
                };
                let appositive =
                    chunk.end < s.end && toks[chunk.end].is(',') && quiet_from(chunk.end);
                // Or a participle of its own follows: "..., he claimed, saying he has the
                // “wrong solution”".
                let participle_next = e > chunk.end
                    && e < s.end
                    && toks[e - 1].is(',')
                    && toks[e].cue == Some(CueKind::Participle);
                // Or a relative clause about the speaker closes the sentence: "..., said
                // a Washington-based lawyer who specializes in the drug field."
                // (A person's name or a person's noun: "said the number of people who
                // have ..." is reported speech.)
                let personal = person_name(&sref.head)
                    || matches!(sref.head, Head::TitleOnly)
                    || person_noun_ref(text, &sref);
                // (After the body the speaker heads, too: "..., says the boss of the
                // organisation that cleared them of missing a drugs test.")
                let mut r = e;
                if r < s.end && is_word(&toks[r], text, &["of"]) {
                    r = (r + 1..s.end.min(r + 6))
                        .take_while(|&x| toks[x].kind == Tk::Word && toks[x].cue.is_none())
                        .find(|&x| is_word(&toks[x], text, &["who", "whose", "that"]))
                        .unwrap_or(r);
                }
                let relative_next = inverted
                    && personal
                    && r < s.end
                    && (is_word(&toks[r], text, &["who", "whose"])
                        || (r > e && is_word(&toks[r], text, &["that"])))
                    && quiet_from(r);
                // Or the speaker reports a second clause: "..., said Mr Chandratillake and
                // that it was likely that ...".
                let and_that = e + 2 < s.end
                    && is_word(&toks[e], text, &["and"])
                    && is_word(&toks[e + 1], text, &["that"]);
                // Or a dash sets off a remark of the writer's after it, with no verb of
                // its own: "..., says the party - and insulation could save £100 ...".
                // (Not the closing dash of an attribution set off by two: "put a lot of
                // effort - too much, critics argue - into enforcement".)
                let dash_next = e + 1 < s.end
                    && toks[e].kind == Tk::Dash
                    && !toks[s.start..chunk.start]
                        .iter()
                        .skip_while(|t| t.kind == Tk::Dash)
                        .any(|t| t.kind == Tk::Dash)
                    && !toks[e + 1..s.end]
                        .iter()
                        .any(|t| t.cue == Some(CueKind::Verb) || t.kind == Tk::Dash);
                // Or a clause of time or reason closes the sentence: "..., the shadow
                // chancellor said as the Tory Party spring conference began."
                // (What was said a clause with no quotation, the clause after with no
                // comma: not "In its offer, TWA said as an alternative to a merger ...,
                // it would", nor "Apart from this, however, the festival has continued
                // as originally planned".)
                let clause_next = e + 2 < s.end
                    && is_word(
                        &toks[e],
                        text,
                        &[
                            "as", "when", "while", "because", "although", "though", "since",
                        ],
                    )
                    && quiet_from(e)
                    && !toks[e..s.end].iter().any(|t| t.is(','))
                    && clause_like(toks, text, e + 1..s.end)
                    && !toks[s.start..chunk.start]
                        .iter()
                        .any(|t| matches!(t.kind, Tk::Open | Tk::Close | Tk::SOpen))
                    && clause_like(toks, text, s.start..chunk.start);
                let at_end = trim_end(toks, e, s.end) == e
                    || clause_next
                    || appositive
                    || participle_next
                    || relative_next
                    || and_that
                    || dash_next;
                let mut b = chunk.start;
                // Who reported the speaker so: "..., Reuters reported BaFin as saying."
                if as_verb {
                    let mut v = b;
                    while v > s.start && is_word(&toks[v - 1], text, ARTICLES) {
                        v -= 1;
                    }
                    if v > s.start + 1 && is_word(&toks[v - 1], text, REPORTED_AS) {
                        if let Some(agent) = ref_ending(v - 1) {
                            b = agent.toks.start;
                        }
                    }
                }
                // The speaker's job and employer before the name: "..., BBC environment
                // correspondent Richard Black said."
                let descriptors = if inverted {
                    0
                } else {
                    descriptors_before(toks, text, s.start, b, true)
                };
                b -= descriptors;
                // The employer before a job or title: "..., a Home Office minister said".
                // A known body right before a name is its parent too: "..., the United
                // Nations Economic Commission for Europe (UNECE) said".
                let parent = |r: &Ref| {
                    matches!(r.head, Head::Known(_))
                        && matches!(sref.head, Head::Name { .. })
                        && sref.roles.is_empty()
                };
                let employer = ctx
                    .refs
                    .iter()
                    .find(|r| r.toks.end == b && r.toks.start < b);
                // And a body's country: "..., the US Federal Reserve said".
                let country = |r: &Ref| {
                    matches!(r.head, Head::Known(e) if eng.lex.entries[e].kind == ActorKind::Country)
                        && body_ref(eng.lex, &sref)
                };
                if let Some(m) = employer.filter(|m| {
                    descriptors > 0 || !sref.roles.is_empty() || parent(m) || country(m)
                }) {
                    b = m.toks.start;
                }
                // An owner before the speaker: "..., the state's National Land
                // Institute has told Associated Press".
                if b > s.start + 1
                    && toks[b - 1].kind == Tk::Word
                    && possessive(toks[b - 1].text(text))
                    && is_word(&toks[b - 2], text, ARTICLES)
                {
                    b -= 1;
                }
                // (Or a possessive one: "..., its chief executive has said".)
                while b > s.start && is_word(&toks[b - 1], text, DETERMINERS) {
                    b -= 1;
                }
                // "..., as Tony Blair has suggested."
                if b > s.start + 1 && is_word(&toks[b - 1], text, &["as"]) && toks[b - 2].is(',') {
                    b -= 1;
                }
                // "..., the Pentagon said", "... - it added"; or with no comma, a name
                // closing a clause's sentence after a figure: "This equated to a annual
                // investment growth rate of 8% Axa said."
                let marked = b > s.start && (toks[b - 1].is(',') || toks[b - 1].kind == Tk::Dash);
                let unmarked = !marked
                    && descriptors == 0
                    && b > s.start + 3
                    && trim_end(toks, e, s.end) == e
                    && matches!(sref.head, Head::Name { .. } | Head::Known(_))
                    // (After a figure only: after a noun, the name and verb are a
                    // relative clause's, "the 0-5% range Nationwide predicts", "anything
                    // Mr Blair told him".)
                    && (toks[b - 1].is('%')
                        || toks[b - 1].kind == Tk::Word
                            && toks[b - 1].text(text).bytes().all(|c| c.is_ascii_digit()))
                    && clause_like(toks, text, s.start..b)
                    // (No quotation in it: its words are the quotation's speaker's.)
                    && !toks[s.start..b]
                        .iter()
                        .any(|t| matches!(t.kind, Tk::Open | Tk::Close | Tk::SOpen))
                    // (Nor a comma shortly before: ", lead manager Credit Suisse First
                    // Boston Ltd said" is an attribution whose name was read in part.)
                    && !toks[b.saturating_sub(8).max(s.start)..b].iter().any(|t| t.is(','));
                if (at_end && (marked || bare_inverted)) || unmarked {
                    let mut st = s.start;
                    while st < b && (toks[st].kind == Tk::Dash || toks[st].is('(')) {
                        st += 1;
                    }
                    let ce = if marked { b - 1 } else { b };
                    if ce >= st + 3 {
                        // (With "and that", the clause after it too.)
                        let second = and_that
                            .then(|| e + 2..trim_end(toks, e + 2, s.end))
                            .filter(|c| c.len() > 2);
                        let said = Said {
                            speaker,
                            sref: &sref,
                            cue: cue.clone(),
                            frame: s.clone(),
                            chunk: chunk.clone(),
                        };
                        push_clauses(eng, ctx, quotes, &said, [Some(st..ce), second], false);
                        done = true;
                    }
                }
            }
            if let (false, Some(qi)) = (done, phrase_quote) {
                let inner = quotes[qi].inner(n);
                if !inner.is_empty() && !quotes[qi].used {
                    quotes[qi].used = true;
                    push_statement(
                        eng,
                        ctx,
                        StatementKind::Mixed,
                        speaker,
                        &sref,
                        cue.clone(),
                        span_of(toks, inner),
                        s.clone(),
                        chunk.clone(),
                    );
                    done = true;
                }
            }
            if !done && kind == CueKind::Verb {
                // "Cruz continued:" at the end of the paragraph.
                let last = n - 1;
                if toks[last].is(':') && last >= chunk.end && last <= chunk.end + 10 && !inverted {
                    let mention = Span::new(sref.start, sref.end);
                    eng.pending_colon = Some((
                        speaker,
                        Some(mention),
                        Some(span_of(toks, i..i + 1)),
                        ctx.idx,
                    ));
                    eng.note_speaker(speaker, sref.start);
                }
            }
            if done {
                eng.note_speaker(speaker, sref.start);
                speakers_here.push((i, speaker));
            }
            i = i.max(chunk.end).max(i + 1);
        }
    }
    // Quotes with no attribution that continue the previous speaker: a paragraph that
    // opens with a quote, right after a paragraph that ended on a direct quote.
    let mut deferred = Vec::new();
    for &qi in &ctx.quotes {
        if quotes[qi].used {
            continue;
        }
        let inner = quotes[qi].inner(n);
        let words = toks[inner.clone()]
            .iter()
            .filter(|t| t.kind == Tk::Word)
            .count();
        if words < 4 || quoted_title(text, toks, &quotes[qi]) {
            continue;
        }
        // A quotation right after one a colon opened that is not attributed yet (or
        // after a run of such quotations) goes on with it: the framing pass below gives
        // them all to the colon's speaker ("- Manchester United boss Sir Alex Ferguson:
        // “...” “...”").
        let mut after_colon_quote = false;
        let mut next_open = quotes[qi].open;
        for &q in ctx.quotes.iter().rev() {
            if quotes[q].open >= next_open {
                continue;
            }
            let adjoining = !quotes[q].used
                && quotes[q]
                    .close
                    .is_some_and(|c| (c + 1..next_open).all(|k| toks[k].kind == Tk::Punct('.')));
            if !adjoining {
                break;
            }
            if quotes[q].open > 0 && toks[quotes[q].open - 1].is(':') {
                after_colon_quote = true;
                break;
            }
            next_open = quotes[q].open;
        }
        if after_colon_quote {
            continue;
        }
        if let Some((sp, mention, cue, para)) = eng.pending_colon {
            if para + 1 == ctx.idx && quotes[qi].open == 0 {
                let content = span_of(toks, inner.start..trim_end_quote(toks, inner.clone()));
                let span = Span::new(
                    mention.map_or(content.start as usize, |m| m.start as usize),
                    content.end as usize,
                );
                if let Some(idx) = push_quote(eng, toks, sp, mention, cue, content, span) {
                    quote_stmt.insert(qi, idx);
                    quotes[qi].used = true;
                    eng.last_direct = Some((sp, ctx.idx));
                    eng.pending_colon = None;
                    continue;
                }
            }
        }
        // A quote signed with a dash is its signer's, not a continuation.
        if quotes[qi].close.is_some_and(|c| signed(ctx, c)) || ctx.signed_next {
            continue;
        }
        // A quote whose comma hands over to a speaker after it ("“...,” Trump shot back",
        // "“...,” Brent Bozell III tells ...") is first left to the framing pass.
        let attributed_after = quotes[qi].close.is_some_and(|c| {
            let comma = inner.end > inner.start && toks[inner.end - 1].is(',')
                || toks.get(c + 1).is_some_and(|t| t.is(','));
            comma
                && (c + 1..(c + 5).min(n)).any(|k| {
                    toks[k].cue.is_some()
                        || ctx.refs.iter().any(|r| r.toks.start == k && !r.locative)
                })
        });
        // The paragraph's last speaker before the quote, not one named after it.
        let open = quotes[qi].open;
        let last_speaker_here = speakers_here
            .iter()
            .rev()
            .find(|&&(at, _)| at < open)
            .map(|&(_, sp)| sp);
        // A quotation opening its sentence right after a sentence about another person,
        // named in full, that reports nothing is that person's ("Double try scorer
        // Martyn Williams was keen not to talk about a Grand Slam. “We've got more
        // self-belief,” ...", after Stephen Jones spoke).
        // Not when a speaker is named after it, nor when it speaks of a third person
        // ("“It's his first year at that level,” ... he said" after "Burger, 21, was
        // crowned").
        let open_byte = toks[open].start;
        let third_person = toks[inner.clone()].iter().any(|t| {
            t.kind == Tk::Word && is_word(t, text, &["he", "his", "him", "she", "her", "hers"])
        });
        // Whether the quotation names the person by surname ("... Simon Taylor is an
        // outstanding player"): not theirs.
        let named_inside = |name: &str| {
            surname_of(name).is_some_and(|surname| {
                toks[inner.clone()]
                    .iter()
                    .any(|t| t.kind == Tk::Word && t.text(text) == surname)
            })
        };
        // (With no speaker yet in the paragraph, against the last one quoted before it:
        // "Fostering Network executive director Robert Tapsfield criticised the existing
        // system. “There is just no logic ...”".)
        let may_be_another = last_speaker_here
            .or(eng.last_direct.map(|(sp, _)| sp))
            .filter(|_| quotes[qi].open > 0 && !attributed_after && !third_person);
        // (Or, with nothing reported yet in the article, a quotation after a sentence
        // about a named person that opens a paragraph too: a feature's "On this subject,
        // Morris appears almost evangelical. / “I was on a cruise ...”".)
        let first_reported = eng.found.statements.is_empty()
            && last_speaker_here.is_none()
            && !attributed_after
            && !third_person;
        let before = may_be_another
            .map(Some)
            .or(first_reported.then_some(None))
            .and_then(|sp| {
                let (sent, subject) = eng.subjects.iter().rev().find(|(sent, _)| {
                    sent.end <= open_byte
                        && eng.text[sent.end..open_byte]
                            .trim_start_matches(['.', '!', '?'])
                            .trim()
                            .is_empty()
                })?;
                let reports = eng
                    .found
                    .statements
                    .iter()
                    .any(|st| sent.contains(&(st.span.start as usize)));
                (!reports).then(|| (sp, subject.clone(), sent.clone()))
            });
        // A person known so far only by the name the sentence opens with becomes one.
        let about_other = before.and_then(|(sp, subject, sent)| {
            let a = match subject {
                Subject::Actor(a) => a,
                // A person's name: capitalised words, none a title or a place.
                Subject::Name(n)
                    if n.contains(' ')
                        && eng.lex.form(&n).is_none()
                        && n.split(' ').all(|w| {
                            w.starts_with(char::is_uppercase)
                                && w.chars().all(char::is_alphabetic)
                                && eng.lex.title(w).is_none()
                                && eng.lex.form(w).is_none()
                        }) =>
                {
                    let at = sent.start + eng.text[sent.clone()].find(n.as_str())?;
                    eng.person(&n, Span::new(at, at + n.len()))
                }
                Subject::Name(_) => return None,
            };
            let actor = &eng.found.actors[a];
            // Nor one the quotation names.
            let named_inside = named_inside(&actor.name);
            (Some(a) != sp
                && actor.kind == ActorKind::Person
                && !actor.local
                && actor.name.contains(' ')
                && !named_inside)
                .then_some(a)
        });
        // The person a possessive or a pronoun opening the sentence right before stands
        // for, when that sentence reports nothing ("His main concern is “privacy”.",
        // "And he is scathing of the Tory party ...").
        let pronoun_before = (quotes[qi].open > 0 && !attributed_after && !third_person)
            .then(|| {
                let prev = ctx.sents.iter().find(|s| {
                    s.end <= open
                        && s.end > s.start
                        && toks[s.end..open].iter().all(|t| t.kind == Tk::Punct('.'))
                })?;
                let reports = prev.clone().any(|k| toks[k].cue.is_some())
                    || eng.found.statements.iter().any(|st| {
                        (toks[prev.start].start..toks[prev.end - 1].end)
                            .contains(&(st.span.start as usize))
                    });
                // (Opening it, or after a conjunction that does: "And he is ...".)
                let conjunction = is_word(&toks[prev.start], text, &["And", "But", "So", "Yet"]);
                let first = prev.start + usize::from(conjunction);
                let pronoun = if conjunction {
                    first < prev.end && is_word(&toks[first], text, &["he", "she"])
                } else {
                    is_word(&toks[first], text, &["He", "She", "His", "Her"])
                };
                if reports || !pronoun {
                    return None;
                }
                let a = eng.pronoun_person(toks[first].start)?;
                let actor = &eng.found.actors[a];
                (!actor.local && actor.name.contains(' ') && !named_inside(&actor.name))
                    .then_some(a)
            })
            .flatten();
        // Or, when no one has spoken before it in the paragraph but someone is quoted
        // after it, that person: "Mr Pearson picks up the theme, pointing out .... His
        // main concern is “privacy”. “We are looking at electronics ...”" is Pearson's,
        // not that of the speaker quoted later in the paragraph.
        let about_other = about_other.or_else(|| {
            let sp = may_be_another
                .filter(|_| last_speaker_here.is_none())
                .filter(|_| eng.last_direct.is_some_and(|(_, para)| para == ctx.idx))?;
            pronoun_before.filter(|&a| a != sp)
        });
        // The previous paragraph's last statement, when a named actor made it: a
        // paragraph of quotation after reported speech goes on with it ("Mr Gates said
        // that a lot of work had been done. / “We predicted ...”").
        let last_before = ctx.idx.checked_sub(1).and_then(|prev| {
            let (from, to) = (eng.para_starts[prev], eng.para_starts[ctx.idx]);
            eng.found
                .statements
                .iter()
                .filter(|s| s.span.start as usize >= from && s.span.end as usize <= to)
                .max_by_key(|s| s.span.end)
                .map(|s| s.speaker)
        });
        let reported_before = last_before.is_some_and(|sp| !eng.found.actors[sp].local);
        let continues = match (eng.last_direct, last_speaker_here) {
            _ if about_other.is_some() => about_other,
            (_, Some(sp)) if quotes[qi].open > 0 => Some(sp),
            // A quotation standing as its own sentence, not a title the sentence goes
            // on about ("“All that Glitters is Not Gold” was to be ...").
            _ if quotes[qi].open == 0
                && (direct_before.is_some_and(|(_, para)| para + 1 == ctx.idx)
                    || reported_before)
                && quotes[qi].close.is_none_or(|c| {
                    toks[c].kind == Tk::Open
                        || (c > 0 && matches!(toks[c - 1].kind, Tk::Punct('.' | '?' | '!')))
                        || toks.get(c + 1).is_none_or(|t| t.kind != Tk::Word)
                }) =>
            {
                // The speaker of the previous paragraph's last statement (this
                // paragraph's own start after it), else its last direct speaker.
                last_before.or(direct_before.map(|(sp, _)| sp))
            }
            (Some((sp, para)), _) if para + 1 == ctx.idx && quotes[qi].open == 0 => Some(sp),
            // So does one after a sentence about that speaker that a pronoun opens ("And
            // he is scathing of the Tory party .... “The Tory party is ...”").
            (Some((sp, para)), _) if para + 1 == ctx.idx && pronoun_before == Some(sp) => Some(sp),
            // A quotation before that speaker's in the paragraph opens its sentence; a
            // phrase quoted inside another sentence is left to that sentence ("...
            // accused Lord Woolf of having an “arrogant contempt ...”. The association said
            // the move would be “political suicide”.").
            (Some((sp, para)), _)
                if para == ctx.idx
                    && (open == 0
                        || matches!(
                            toks[open - 1].kind,
                            Tk::Punct('.' | '?' | '!') | Tk::Close
                        )
                        || eng.found.statements.iter().any(|st| {
                            st.speaker == sp
                                && (eng.para_starts[ctx.idx]..open_byte)
                                    .contains(&(st.content.start as usize))
                        })) =>
            {
                Some(sp)
            }
            _ => None,
        };
        match continues {
            Some(sp) if attributed_after => deferred.push((qi, sp)),
            Some(sp) => continue_quote(eng, ctx, quotes, quote_stmt, qi, sp),
            None => {}
        }
    }
    framed_quotes(eng, ctx, quotes, quote_stmt);
    for (qi, sp) in deferred {
        if !quotes[qi].used {
            continue_quote(eng, ctx, quotes, quote_stmt, qi, sp);
        }
    }
    // A paragraph that ends on a colon without a reporting verb ("Cruz called them on
    // it:", "The email goes on to say:") hands the next paragraph's quote to its subject.
    if n > 1 && toks[n - 1].is(':') && eng.pending_colon.is_none_or(|p| p.3 != ctx.idx) {
        let s = sentence_of(ctx, n - 1);
        if let Some((sp, r)) = clause_subject(eng, ctx, quotes, s.start..n - 1, false) {
            eng.pending_colon = Some((sp, Some(Span::new(r.start, r.end)), None, ctx.idx));
        }
    }
}

/// Records a quotation as a continuation of `sp`'s speech, pointing at their last mention.
fn continue_quote(
    eng: &mut Engine,
    ctx: &ParaCtx,
    quotes: &mut [Quote],
    quote_stmt: &mut HashMap<usize, usize>,
    qi: usize,
    sp: usize,
) {
    let toks = ctx.toks;
    let n = toks.len();
    let inner = quotes[qi].inner(n);
    let span = span_of(toks, quotes[qi].open..quotes[qi].close.map_or(n, |c| c + 1));
    let mention = last_mention_before(eng, sp, span.start as usize);
    if let Some(idx) = push_quote(eng, toks, sp, mention, None, span_of(toks, inner), span) {
        quote_stmt.insert(qi, idx);
        quotes[qi].used = true;
        eng.last_direct = Some((sp, ctx.idx));
    }
}

/// The first actor named in tokens `range` outside quotation marks (a clause's subject,
/// as news sentences put it first), with its reference. With `leading`, only a
/// reference that opens the range (after at most two words: "But", "Then") counts.
fn clause_subject(
    eng: &mut Engine,
    ctx: &ParaCtx,
    quotes: &[Quote],
    range: Range<usize>,
    leading: bool,
) -> Option<(usize, Ref)> {
    let n = ctx.toks.len();
    let text = eng.text;
    let toks = ctx.toks;
    let in_quote = |i: usize| ctx.quotes.iter().any(|&q| quotes[q].inner(n).contains(&i));
    // A clause opened by a prepositional phrase ("During Prime Minister's Questions
    // Wednesday, Sunak defended ...:") has its subject after the phrase's comma.
    let mut range = range;
    // Inside a sentence, the subject comes after an opening phrase too ("Speaking on
    // BBC Radio 4, he criticised the fact that ... “out of dire poverty”").
    if leading {
        range.start = opening_phrase_from(text, toks, range.clone(), false);
    }
    if !leading
        && range.start < n
        && is_word(
            &toks[range.start],
            text,
            &[
                "during",
                "in",
                "at",
                "after",
                "before",
                "on",
                "following",
                "since",
                "despite",
                "under",
                "for",
                "with",
                "amid",
                "asked",
                "speaking",
            ],
        )
    {
        if let Some(c) =
            (range.start + 1..range.end.min(range.start + 12)).find(|&c| toks[c].is(','))
        {
            range.start = c + 1;
        }
    }
    let r = ctx
        .refs
        .iter()
        .filter(|r| {
            r.toks.start >= range.start
                && r.toks.end <= range.end
                && !r.locative
                && !in_quote(r.toks.start)
        })
        .find(|r| {
            let demonym = demonym_ref(eng.lex, text, r);
            // A lone capitalised word opening the sentence is as likely a verb or an
            // adverb ("Wait, ...", "Hours later") as a name: only a known one counts.
            let words = &text[r.start..r.end];
            let lone_opener = r.toks.len() == 1
                && r.toks.start == range.start
                && matches!(r.head, Head::Name { .. })
                && r.roles.is_empty()
                && !eng.met_person(words);
            // Without a reporting verb the name must look like a speaker: not a heading
            // in capitals, not a possessive ("Trump's campaign"), and a single word
            // only when it is an actor already met ("Kirby") or says it is an
            // organization.
            let heading = words.contains(' ')
                && !matches!(r.head, Head::Known(_))
                && !words.chars().any(char::is_lowercase);
            let possessive = possessive(words);
            let lone_unknown = person_name(&r.head)
                && !words.contains(' ')
                && r.roles.is_empty()
                && !eng.met_person(words);
            !demonym && !lone_opener && !heading && !possessive && !lone_unknown
        })?
        .clone();
    if leading && r.toks.start > range.start + 2 {
        return None;
    }
    // A club or body before a post and a name is where the person holds it:
    // "Manchester United coach Sir Alex Ferguson: "..."", "Burnley boss Steve Cotterill:".
    let post = |k: usize| {
        toks[k].kind == Tk::Word && {
            let w = toks[k].text(text);
            lexicon::topic_noun(w)
                || matches!(
                    w,
                    "coach" | "boss" | "manager" | "chairman" | "chief" | "owner" | "president"
                )
        }
    };
    let r = if matches!(r.head, Head::Name { .. } | Head::Known(_))
        && r.roles.is_empty()
        && r.toks.end < range.end
        && post(r.toks.end)
    {
        ctx.refs
            .iter()
            .find(|p| {
                p.toks.start == r.toks.end + 1
                    && p.toks.end <= range.end
                    && person_name(&p.head)
                    && text[p.start..p.end].contains(' ')
            })
            .cloned()
            .unwrap_or(r)
    } else {
        r
    };
    let r = named_in_apposition(ctx, text, &r, range.end).unwrap_or(r);
    let sp = eng.resolve(&r, true)?;
    Some((sp, r))
}

/// The person named in apposition right after a reference that is not a person's name:
/// "the secretary general of CEI (...), Nunzio Galantino, has called", "according to
/// the Afghan team's coach, Alireza Mehraban, ...".
fn named_in_apposition(ctx: &ParaCtx, text: &str, r: &Ref, end: usize) -> Option<Ref> {
    // A pronoun has none: the name after "she vented to her husband," is the husband's.
    if matches!(r.head, Head::Pronoun(_)) {
        return None;
    }
    // A person's name needs no apposition; an acronym ("secretary general of CEI") is an
    // organization's.
    if let Head::Name {
        start,
        end: name_end,
        org: false,
        media: false,
    } = r.head
    {
        if text[start..name_end].chars().any(char::is_lowercase) {
            return None;
        }
    }
    let toks = ctx.toks;
    // A company's noun may have the company's name in apposition: "the world's largest
    // package delivery company, UPS, said".
    let company = matches!(r.head, Head::Group { of: None })
        && lowercase_company_noun(toks[r.toks.end - 1].text(text));
    ctx.refs
        .iter()
        .find(|p| {
            // (Perhaps after "the": "The Bishop of Durham, the Rt Rev Dr Tom Wright,".)
            let lead = usize::from(
                p.toks.start >= r.toks.end + 2 && is_word(&toks[p.toks.start - 1], text, &["the"]),
            );
            p.toks.start > r.toks.end
                && p.toks.start <= r.toks.end + 8
                && p.toks.end <= end
                && toks[p.toks.start - 1 - lead].is(',')
                // (Or closing the sentence: "said the chairman of the committee, Labour
                // MP Barry Sheerman.")
                && (toks.get(p.toks.end).is_some_and(|t| t.is(','))
                    || p.toks.end == end
                    || (p.toks.end + 1 == end && toks[p.toks.end].is('.')))
                && (person_name(&p.head)
                    || (company
                        && matches!(p.head, Head::Name { media: false, .. } | Head::Known(_))))
                && !toks[r.toks.end..p.toks.start - 1 - lead]
                    .iter()
                    .any(|t| t.is(',') || t.kind == Tk::Open || t.cue.is_some())
        })
        .cloned()
}

/// The reference right after a dash after the quote closing at `close` (“...” ― Karen
/// Bell).
fn signature<'c>(ctx: &'c ParaCtx, close: usize) -> Option<&'c Ref> {
    let toks = ctx.toks;
    let d = close + 1 + usize::from(toks.get(close + 1).is_some_and(|t| t.is(',')));
    if !toks.get(d).is_some_and(|t| t.kind == Tk::Dash) {
        return None;
    }
    // A person signs; "“Title” — CBC.ca, August 15" cites an article.
    ctx.refs
        .iter()
        .find(|r| r.toks.start == d + 1 && !matches!(r.head, Head::Name { media: true, .. }))
}

/// Whether the quote closing at `close` is signed with a dash and a name.
fn signed(ctx: &ParaCtx, close: usize) -> bool {
    signature(ctx, close).is_some()
}

/// “...” ― Karen Bell: the speaker named after a dash after the quote closing at `close`.
fn signed_by(eng: &mut Engine, ctx: &ParaCtx, close: usize) -> Option<(usize, Ref)> {
    let r = signature(ctx, close)?.clone();
    eng.resolve(&r, true).map(|sp| (sp, r))
}

/// “...” beamed Maria Lopez: a name within two words after the quote closing at
/// `close`, in the same sentence (ending at `end`).
fn named_after(
    eng: &mut Engine,
    ctx: &ParaCtx,
    open: usize,
    close: usize,
    end: usize,
) -> Option<(usize, Ref)> {
    let toks = ctx.toks;
    let mut a = close + 1;
    while a < end && toks[a].is(',') {
        a += 1;
    }
    // A quoted phrase inside a clause names no speaker after it: not the agent of a
    // passive ("is due to be "phone cast" by the operator"), nor a clause's subject
    // after the phrase ("the financial "black hole" the Tories believe"), nor the
    // object of what follows ("the "complete mess" produced by Mr Brown").
    let inside = open > 0 && toks[open - 1].kind == Tk::Word;
    let after_be = inside && is_word(&toks[open - 1], eng.text, BE_FORMS);
    // Right after such a phrase only an agent names the speaker ("branded a
    // "disgraceful waste" by MPs"), and not a passive's ("was "phone cast" by").
    if inside && a == close + 1 && (after_be || !(a < end && is_word(&toks[a], eng.text, &["by"])))
    {
        return None;
    }
    for (at, t) in toks.iter().enumerate().take((a + 3).min(end)).skip(a) {
        if let Some(r) = ctx.refs.iter().find(|r| r.toks.start == at) {
            if r.locative {
                return None;
            }
            // A place, a nationality or an owner describes the name after it ("said
            // Spanish teenager Nadal", "Wales' team physiotherapist Mark Davies said"),
            // and whoever quoted someone is not the one quoted ("Reuters quoted a
            // central bank official as saying").
            let text = eng.text;
            let describes = match r.head {
                Head::Known(e) => {
                    eng.lex.entries[e].kind == ActorKind::Country || demonym_ref(eng.lex, text, r)
                }
                Head::Name { .. } => possessive_ref(toks, text, r),
                _ => false,
            };
            let quoted = toks
                .get(r.toks.end)
                .is_some_and(|t| is_word(t, text, &["quoted", "cited"]));
            let later = (describes || quoted)
                .then(|| {
                    let from = r.toks.end + usize::from(quoted);
                    ctx.refs.iter().find(|n| {
                        // (A word between, for a person: "Swiss Re" is one name.)
                        n.toks.start >= from + usize::from(!quoted)
                            && n.toks.start <= from + 3
                            && n.toks.end <= end
                            && !n.locative
                            && !matches!(n.head, Head::Pronoun(_))
                            && toks[from..n.toks.start].iter().all(|t| {
                                (t.kind == Tk::Word
                                    && t.text(text).starts_with(char::is_lowercase))
                                    // (The mark of "Wales'".)
                                    || t.kind == Tk::SClose
                            })
                    })
                })
                .flatten();
            // "said the New Zealander": the person the text is about, as "he" would be.
            if later.is_none()
                && demonym_ref(eng.lex, text, r)
                && the_demonym(toks, text, a.saturating_sub(1), r)
            {
                let r = r.clone();
                return eng.epithet_person(r.start).map(|sp| (sp, r));
            }
            let r = later.unwrap_or(r).clone();
            return eng.resolve(&r, true).map(|sp| (sp, r));
        }
        if t.kind != Tk::Word {
            return None;
        }
    }
    None
}

/// Quotes no reporting verb claimed, framed by a sentence that names who they come
/// from: after a colon ("Republican pollster Daron Shaw: “...”", "Kelly responded with a
/// smile: “...”"), as the object of another verb ("the protesters chanted “...”", "Trump
/// blasted Disney for its “outrageous practices”"), or before a verb and a name
/// ("“This is fantastic!” beamed Donald Hartley"). The speaker is the sentence's first
/// actor before the quote, else the actor right after it.
fn framed_quotes(
    eng: &mut Engine,
    ctx: &ParaCtx,
    quotes: &mut [Quote],
    quote_stmt: &mut HashMap<usize, usize>,
) {
    let toks = ctx.toks;
    let n = toks.len();
    // The last quote attributed after a colon: a quote that opens the next sentence
    // right after it goes on with the same speaker ("Said Wales assistant coach Scott
    // Johnson: "They've worked through the weekend ... "So we're getting a couple
    // back ..."").
    let mut after: Option<(usize, usize, Ref)> = None;
    for &qi in &ctx.quotes {
        if quotes[qi].used {
            continue;
        }
        let inner = quotes[qi].inner(n);
        let words = toks[inner.clone()]
            .iter()
            .filter(|t| t.kind == Tk::Word)
            .count();
        let open = quotes[qi].open;
        let after_colon = open > 0 && toks[open - 1].is(':');
        if words == 0 || (words < 2 && !after_colon) {
            continue;
        }
        if quoted_title(eng.text, toks, &quotes[qi]) {
            continue;
        }
        let s = sentence_of(ctx, open);
        // A sentence that says its words were said by nobody named frames no quote:
        // "... to ensure they are "socially responsible", it has been suggested."
        let unnamed = (s.start..s.end.saturating_sub(2)).any(|k| {
            if !is_word(&toks[k], eng.text, &["it", "It"]) {
                return false;
            }
            let participle = |t: &Tok| {
                t.cue == Some(CueKind::Verb)
                    && (t.text(eng.text).ends_with("ed") || is_word(t, eng.text, &["said"]))
            };
            // "it has been suggested", "it had been claimed", "it was said".
            let mut v = k + 1;
            while v < s.end && is_word(&toks[v], eng.text, &["has", "had", "been"]) {
                v += 1;
            }
            let perfect = v < s.end && is_word(&toks[v - 1], eng.text, &["been"]);
            let simple = is_word(&toks[k + 1], eng.text, &["is", "was"]);
            (perfect && participle(&toks[v])) || (simple && participle(&toks[k + 2]))
        });
        if unnamed {
            continue;
        }
        let close = quotes[qi].close;
        // Signed with a dash; else, after a colon, the clause's first actor, and inside a
        // sentence only its subject; else a verb and a name right after the quote.
        let framed = close
            .and_then(|c| signed_by(eng, ctx, c))
            .or_else(|| clause_subject(eng, ctx, quotes, s.start..open, !after_colon));
        let named = framed
            .is_none()
            .then(|| close.and_then(|c| named_after(eng, ctx, open, c, s.end)))
            .flatten();
        let by_name_after = named.is_some();
        let found = framed.or(named);
        let continued = after
            .take()
            .filter(|&(c, _, _)| {
                // (Not across an ellipsis: ""Is it time ...?" . . . "Have you ...?"" are
                // different questioners'.)
                open == s.start
                    && open <= c + 2
                    && (c + 1..open).all(|k| toks[k].kind == Tk::Punct('.'))
            })
            .map(|(_, sp, r)| (sp, r));
        let is_continued = found.is_none() && continued.is_some();
        let Some((speaker, sref)) = found.or(continued) else {
            continue;
        };
        if after_colon || is_continued {
            if let Some(c) = close {
                after = Some((c, speaker, sref.clone()));
            }
        } else if by_name_after && s.end > 0 && toks[s.end - 1].is('.') {
            // So does one that opens the sentence after an attribution that named its
            // speaker after the quote ("“...,” Dr Mark Tuffy games systems director at
            // digital content firm THX told the BBC News website. “Every game ...").
            after = Some((s.end - 1, speaker, sref.clone()));
        }
        let chunk = sref.toks.clone();
        let whole = after_colon
            || open == s.start
            || (open > s.start && toks[open - 1].is(','))
            || quotes[qi]
                .close
                .is_some_and(|c| c + 1 >= s.end || toks[c + 1].is(','));
        if whole {
            add_quote_statement(
                eng, ctx, quotes, quote_stmt, qi, speaker, &sref, None, chunk,
            );
        } else {
            quotes[qi].used = true;
            let content = span_of(toks, inner);
            push_statement(
                eng,
                ctx,
                StatementKind::Mixed,
                speaker,
                &sref,
                None,
                content,
                s.clone(),
                chunk,
            );
        }
        eng.note_speaker(speaker, sref.start);
    }
}

/// A title in quotation marks names something rather than quoting anyone: `says on
/// "The Internet Explorer 6 Countdown"`, `curator of "Andy Warhol: Photographs and
/// Prints"`, `known as "Super District Council"`.
fn quoted_title(text: &str, toks: &[Tok], q: &Quote) -> bool {
    let title_case = toks[q.inner(toks.len())]
        .iter()
        .filter(|t| t.kind == Tk::Word)
        .all(|t| {
            let w = t.text(text);
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(
                    w,
                    "of" | "the" | "and" | "for" | "from" | "on" | "in" | "a" | "to"
                )
        });
    let naming = |i: usize| {
        let w = toks[i].text(text);
        is_word(
            &toks[i],
            text,
            &[
                "on", "of", "as", "titled", "called", "named", "dubbed", "in", "at",
            ],
        ) || (toks[i].kind == Tk::Word && possessive(w))
    };
    // Also after a comma that follows a noun for a work: `a new website, "The ..."`.
    title_case
        && q.open > 0
        && (naming(q.open - 1)
            || (q.open > 1
                && toks[q.open - 1].is(',')
                && is_word(
                    &toks[q.open - 2],
                    text,
                    &[
                        "website", "site", "book", "film", "show", "song", "program", "campaign",
                    ],
                )))
}

/// Skips adverbial adjuncts after a reporting verb: "on Monday", "in a statement to
/// reporters", "last week", "earlier", and commas.
fn skip_adjuncts(toks: &[Tok], text: &str, mut c: usize, end: usize) -> usize {
    let mut guard = 0;
    while c < end && guard < 4 {
        guard += 1;
        if toks[c].is(',') {
            c += 1;
            continue;
        }
        if is_word(
            &toks[c],
            text,
            &[
                "on", "in", "at", "during", "after", "before", "by", "via", "over",
            ],
        ) {
            // A phrase that runs up to "that": "said during the Games that ...", "said in
            // an interview with the BBC that ...".
            let object_starts = toks.get(c + 1).is_some_and(|t| {
                t.kind == Tk::Word
                    && (t.text(text).starts_with(char::is_uppercase)
                        || is_word(t, text, DETERMINERS))
            });
            if let Some(t) = (c + 2..(c + 9).min(end))
                .take_while(|&k| object_starts && toks[k].kind == Tk::Word && toks[k].cue.is_none())
                .find(|&k| is_word(&toks[k], text, &["that"]))
            {
                c = t;
                continue;
            }
            // A document it was said in: "said in its latest Beige Book report".
            if is_word(&toks[c], text, &["in"])
                && toks
                    .get(c + 1)
                    .is_some_and(|t| is_word(t, text, &["its", "their", "his", "her", "a", "the"]))
            {
                let words = (c + 2..(c + 8).min(end))
                    .take_while(|&k| toks[k].kind == Tk::Word && toks[k].cue.is_none())
                    .find(|&k| lexicon::document_noun(toks[k].text(text)));
                if let Some(k) = words {
                    c = k + 1;
                    // With its subject: "in its latest report on Export Markets for
                    // U.S grains".
                    // (A title to the sentence's end, not a clause: "in its latest
                    // monthly report on the French economy it expected ...".)
                    if c < end && is_word(&toks[c], text, &["on", "into", "about", "of"]) {
                        let mut j = c + 1;
                        while j < end
                            && toks[j].kind == Tk::Word
                            && (toks[j].text(text).starts_with(char::is_uppercase)
                                || lexicon::function_word(toks[j].text(text)))
                        {
                            j += 1;
                        }
                        if j > c + 1 && (j == end || toks[j].kind != Tk::Word) {
                            c = j;
                        }
                    }
                    continue;
                }
            }
            // Place names are capitalised objects of "in", "at", "from": "on Monday in
            // London".
            let place = |k: usize| {
                toks[k].kind == Tk::Word
                    && toks[k].text(text).starts_with(char::is_uppercase)
                    && (is_word(&toks[k - 1], text, &["in", "at", "from"])
                        || (k > c + 1
                            && toks[k - 1].kind == Tk::Word
                            && toks[k - 1].text(text).starts_with(char::is_uppercase)))
            };
            let mut k = c + 1;
            while k < end
                && k < c + 6
                && (is_word(&toks[k], text, PP_WORDS) || place(k))
                && !is_word(&toks[k], text, &["that", "it"])
            {
                k += 1;
            }
            if k > c + 1 {
                c = k;
                continue;
            }
            break;
        }
        if is_word(&toks[c], text, &["last", "this", "late", "early"])
            && toks.get(c + 1).is_some_and(|t| is_word(t, text, PP_WORDS))
        {
            c += 2;
            continue;
        }
        if is_word(
            &toks[c],
            text,
            &[
                "today",
                "yesterday",
                "earlier",
                "later",
                "recently",
                "again",
                "also",
                "however",
            ],
        ) || (toks[c].kind == Tk::Word && lexicon::weekday(toks[c].text(text)))
        {
            c += 1;
            continue;
        }
        break;
    }
    c
}

/// Records a quotation whose attribution lies elsewhere (a colon ending the paragraph
/// before, a continuation paragraph, a quote reopened over paragraphs): what it is about
/// comes from its content alone. Empty content records nothing.
fn push_quote(
    eng: &mut Engine,
    toks: &[Tok],
    speaker: usize,
    mention: Option<Span>,
    cue: Option<Span>,
    content: Span,
    span: Span,
) -> Option<usize> {
    if content.is_empty() {
        return None;
    }
    let about = about_in(eng, eng.text, toks, content, Some(speaker));
    eng.found.statements.push(DocStatement {
        kind: StatementKind::Direct,
        speaker,
        mention,
        content,
        cue,
        about,
        span,
    });
    Some(eng.found.statements.len() - 1)
}

/// A signature line ("- Bernie Sanders.") gives the previous paragraph's unattributed
/// quotations to the person it names.
fn sign_previous(
    eng: &mut Engine,
    ctx: &ParaCtx,
    prev: &[Tok],
    quotes: &mut [Quote],
    quote_stmt: &mut HashMap<usize, usize>,
) {
    // The line names someone and nothing else ("- Cut taxes." is a list item).
    let Some(r) = ctx
        .refs
        .iter()
        .find(|r| {
            r.toks.start == 1
                && ctx.toks[r.toks.end..].iter().all(|t| t.kind != Tk::Word)
                && !matches!(r.head, Head::Pronoun(_))
        })
        .cloned()
    else {
        return;
    };
    let Some(speaker) = eng.resolve(&r, true) else {
        return;
    };
    let mention = Span::new(r.start, r.end);
    for (qi, q) in quotes.iter_mut().enumerate() {
        if q.para + 1 != ctx.idx || q.used {
            continue;
        }
        let inner = q.inner(prev.len());
        if inner.is_empty() {
            continue;
        }
        let content = span_of(prev, inner.start..trim_end_quote(prev, inner.clone()));
        if let Some(idx) = push_quote(eng, prev, speaker, Some(mention), None, content, content) {
            quote_stmt.insert(qi, idx);
            q.used = true;
            eng.note_speaker(speaker, r.start);
        }
    }
}

/// The mention used by the speaker's latest attribution.
fn last_mention(eng: &Engine, speaker: usize) -> Option<Span> {
    eng.found
        .statements
        .iter()
        .rev()
        .find(|s| s.speaker == speaker && s.mention.is_some())
        .and_then(|s| s.mention)
}

/// The speaker's last mention before byte `at` (as the speaker of a statement, or as
/// an actor), else their last one. Statements are not recorded in text order (a verb's
/// attributions come before the continuations of its paragraph), so the latest is
/// looked for by position.
fn last_mention_before(eng: &Engine, speaker: usize, at: usize) -> Option<Span> {
    let as_speaker = eng
        .found
        .statements
        .iter()
        .filter(|s| s.speaker == speaker)
        .filter_map(|s| s.mention)
        .filter(|m| (m.start as usize) < at)
        .max_by_key(|m| m.start);
    let as_actor = eng.found.actors[speaker]
        .mentions
        .iter()
        .filter(|m| (m.start as usize) < at)
        .max_by_key(|m| m.start)
        .copied();
    // The actor's mention only when it comes after the statement's (not inside it:
    // "Ann Lee" in "Mayor Ann Lee").
    match (as_speaker, as_actor) {
        (Some(s), Some(a)) if a.start >= s.end => Some(a),
        (Some(s), _) => Some(s),
        (None, a) => a,
    }
    .or_else(|| last_mention(eng, speaker))
}

/// Past forms of common irregular verbs: a clause's verb where no helping verb or
/// "-ed" shows one ("the sequel took $44.7m").
const IRREGULAR_PAST: &[&str] = &[
    "took",
    "made",
    "went",
    "came",
    "gave",
    "got",
    "saw",
    "knew",
    "thought",
    "felt",
    "left",
    "kept",
    "held",
    "brought",
    "bought",
    "sold",
    "paid",
    "won",
    "lost",
    "met",
    "ran",
    "fell",
    "rose",
    "grew",
    "began",
    "became",
    "found",
    "sent",
    "spent",
    "built",
    "led",
    "meant",
    "stood",
    "heard",
    "drove",
    "chose",
    "broke",
    "spoke",
    "told",
    "said",
    "wrote",
    "hit",
    "cut",
    "put",
    "set",
    "let",
    "shut",
    "quit",
    "struck",
    "fought",
    "sought",
    "taught",
    "caught",
    "threw",
    "flew",
    "drew",
    "forgot",
    "hid",
    "bit",
    "lay",
    "sat",
    "slept",
    "swore",
    "tore",
    "wore",
    "woke",
    "understood",
    "overtook",
    "withdrew",
    "undertook",
];

/// Whether the words of `r` read as a clause (they have a verb) rather than a noun
/// phrase: "announced [plans to merge 35 agencies]", "warned [users about it]" report
/// nothing. A helping verb or contraction, a past form ("-ed" or irregular), a word
/// after a subject pronoun, or a present form in "-s" after a noun.
fn clause_like(toks: &[Tok], text: &str, r: Range<usize>) -> bool {
    const NOT_BEFORE_VERB: &[&str] = &[
        "the", "a", "an", "of", "for", "in", "on", "to", "and", "or", "its", "his", "her", "their",
        "our", "my", "your", "these", "those", "this", "that", "by", "with", "at", "from", "some",
        "many", "all", "other", "about", "into", "over", "under", "as",
    ];
    let mut prev: Option<&str> = None;
    for (k, t) in toks[r.clone()].iter().enumerate() {
        if t.kind != Tk::Word {
            prev = None;
            continue;
        }
        let w = t.text(text);
        let lower = lexicon::ascii_lower(w);
        let lw = lower.as_ref();
        // "it's", "they're", "don't"; not a possessive ("Tottenham's fixture").
        let contraction = lw
            .rsplit_once(['\'', '\u{2019}'])
            .is_some_and(|(head, tail)| {
                matches!(tail, "re" | "ve" | "ll" | "d" | "t")
                    || tail == "s"
                        && matches!(
                            head,
                            "it" | "that"
                                | "there"
                                | "here"
                                | "he"
                                | "she"
                                | "what"
                                | "who"
                                | "where"
                        )
            });
        if lexicon::helping_verb(lw) || contraction || IRREGULAR_PAST.contains(&lw) {
            return true;
        }
        // A past form anywhere but first: "John Kerry, the Secretary of State,
        // contacted ...".
        let long = lw.len() > 3 && lw.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        if k > 0 && long && lw.ends_with("ed") {
            return true;
        }
        if let Some(p) = prev {
            let after_pronoun = matches!(
                &*lexicon::ascii_lower(p),
                "they" | "we" | "i" | "you" | "he" | "she" | "it" | "who" | "which"
            );
            let noun_before = p.bytes().all(|b| b.is_ascii_alphabetic())
                && !NOT_BEFORE_VERB.iter().any(|d| p.eq_ignore_ascii_case(d));
            let present = long
                && lw.ends_with('s')
                && !lw.ends_with("ss")
                && noun_before
                && !NOT_BEFORE_VERB.contains(&lw)
                && !lexicon::function_word(lw);
            // A plural noun, then a verb's base form: "the results confirm".
            let plural = p.len() > 3
                && p.ends_with('s')
                && !p.ends_with("ss")
                && p.bytes().all(|b| b.is_ascii_lowercase())
                && long
                && !lw.ends_with('s')
                && !NOT_BEFORE_VERB.contains(&lw)
                && !lexicon::function_word(lw)
                && !lexicon::preposition(lw);
            if after_pronoun || present || plural && noun_before {
                return true;
            }
        }
        prev = Some(w);
    }
    false
}

/// How many lowercase words (at most three, not before `lo`) describe the speaker
/// named at token `b`: "coach Tom Reyes", "BBC environment correspondent Richard
/// Black". `strict` also stops at a reporting verb, a function word, a preposition or
/// a word in "-ing" ("a study by", "including Friday's").
fn descriptors_before(toks: &[Tok], text: &str, lo: usize, b: usize, strict: bool) -> usize {
    let mut n = 0;
    while b - n > lo && n < 3 {
        let t = &toks[b - n - 1];
        let w = t.text(text);
        let plain = t.kind == Tk::Word && w.chars().all(|c| c.is_lowercase() || c == '-');
        // (A conjunction never describes: "“desperate”, while the Liberal Democrats
        // said", "if, as Tony Blair ... said".)
        let conjunction = matches!(
            w,
            "as" | "if" | "when" | "while" | "whereas" | "because" | "although"
        );
        let excluded = conjunction
            || strict
                && (t.cue.is_some()
                    || lexicon::function_word(w)
                    || lexicon::preposition(w)
                    || w.ends_with("ing"));
        if !plain || excluded {
            break;
        }
        n += 1;
    }
    n
}

/// Drops trailing punctuation (".", closing marks) from a token range end.
fn trim_end(toks: &[Tok], start: usize, mut end: usize) -> usize {
    while end > start
        && matches!(
            toks[end - 1].kind,
            Tk::Punct('.' | ',' | ';' | ':' | '?' | '!') | Tk::Close | Tk::SClose
        )
    {
        end -= 1;
    }
    end
}

#[allow(clippy::too_many_arguments)]
fn add_quote_statement(
    eng: &mut Engine,
    ctx: &ParaCtx,
    quotes: &mut [Quote],
    quote_stmt: &mut HashMap<usize, usize>,
    qi: usize,
    speaker: usize,
    sref: &Ref,
    cue: Option<Range<usize>>,
    chunk: Range<usize>,
) {
    let n = ctx.toks.len();
    let inner = quotes[qi].inner(n);
    let content_end = trim_end_quote(ctx.toks, inner.clone());
    let content = span_of(ctx.toks, inner.start..content_end);
    quotes[qi].used = true;
    let speaker = eng.not_named_in(speaker, content, sref);
    let frame = sentence_of(ctx, chunk.start);
    if let Some(idx) = push_statement(
        eng,
        ctx,
        StatementKind::Direct,
        speaker,
        sref,
        cue,
        content,
        frame,
        chunk,
    ) {
        quote_stmt.insert(qi, idx);
        eng.last_direct = Some((speaker, ctx.idx));
    }
}

/// Drops a trailing comma inside a quote ("...Iraq,” he said).
fn trim_end_quote(toks: &[Tok], inner: Range<usize>) -> usize {
    let mut e = inner.end;
    while e > inner.start + 1 && toks[e - 1].is(',') {
        e -= 1;
    }
    e
}

fn sentence_of(ctx: &ParaCtx, tok: usize) -> Range<usize> {
    ctx.sents
        .iter()
        .find(|s| s.contains(&tok))
        .cloned()
        .unwrap_or(0..ctx.toks.len())
}

/// Marks the paragraph's quotations that open inside reported speech `content` as part of
/// it (not statements of their own), except those opening where `skip` says; returns
/// them.
fn claim_quotes(
    ctx: &ParaCtx,
    quotes: &mut [Quote],
    content: Range<usize>,
    skip: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut claimed = Vec::new();
    for &q in &ctx.quotes {
        if content.contains(&quotes[q].open) && !skip(quotes[q].open) {
            quotes[q].used = true;
            claimed.push(q);
        }
    }
    claimed
}

/// Who said the clauses of one attribution, and where: the speaker, its reference,
/// the cue, the sentence that frames them and the attribution's tokens.
struct Said<'r> {
    speaker: usize,
    sref: &'r Ref,
    cue: Option<Range<usize>>,
    frame: Range<usize>,
    chunk: Range<usize>,
}

/// Pushes one statement for each clause an attribution reports ("said A" or "said A and
/// that B"), each Mixed when it claims a quotation; with `closing`, a quotation that
/// closes right after a clause ends it. Returns where the last clause ends.
fn push_clauses(
    eng: &mut Engine,
    ctx: &ParaCtx,
    quotes: &mut [Quote],
    said: &Said,
    clauses: [Option<Range<usize>>; 2],
    closing: bool,
) -> Option<usize> {
    let mut last = None;
    for clause in clauses.into_iter().flatten() {
        let claimed = claim_quotes(ctx, quotes, clause.clone(), |_| false);
        let mut e = clause.end;
        for &q in claimed.iter().filter(|_| closing) {
            // Its closing mark, when the sentence ends right after it.
            if quotes[q].close.is_some_and(|x| x >= e && x <= e + 1) {
                e = quotes[q].close.map_or(e, |x| x + 1);
            }
        }
        push_statement(
            eng,
            ctx,
            mixed_if(&claimed),
            said.speaker,
            said.sref,
            said.cue.clone(),
            span_of(ctx.toks, clause.start..e),
            said.frame.clone(),
            said.chunk.clone(),
        );
        last = Some(e);
    }
    last
}

/// Reported speech with quoted words in it is mixed.
fn mixed_if(claimed: &[usize]) -> StatementKind {
    if claimed.is_empty() {
        StatementKind::Indirect
    } else {
        StatementKind::Mixed
    }
}

/// Records reported speech. A participle's statement passes an empty reference: its
/// attribution spans the cue, and its mention is that of the statement it continues.
/// Quotations inside it are part of it ("“her skin was weeping”, according to the
/// Herald"), not statements of their own.
#[allow(clippy::too_many_arguments)]
fn add_statement(
    eng: &mut Engine,
    ctx: &ParaCtx,
    quotes: &mut [Quote],
    speaker: usize,
    sref: &Ref,
    cue: Option<Range<usize>>,
    content: Range<usize>,
    frame: Range<usize>,
) {
    // A quotation after another reporting verb inside the content is that verb's
    // ("According to Yahoo, Lehrich said ... “...”").
    let first = content.start;
    let nested = |at: usize| (first..at).any(|k| ctx.toks[k].cue.is_some());
    let claimed = claim_quotes(ctx, quotes, content.clone(), nested);
    let kind = mixed_if(&claimed);
    let mut content = content;
    for &q in &claimed {
        // A quotation running past the sentence is taken whole.
        let close = quotes[q].close.unwrap_or(ctx.toks.len());
        if (content.end..close).any(|k| ctx.toks[k].kind == Tk::Word) {
            content.end = (close + 1).min(ctx.toks.len());
        }
    }
    let content = span_of(ctx.toks, content);
    let chunk = if sref.toks.is_empty() {
        cue.clone().unwrap_or(0..0)
    } else {
        sref.toks.clone()
    };
    push_statement(eng, ctx, kind, speaker, sref, cue, content, frame, chunk);
}

/// Whether the words after the verb at `cue` are its object, a noun phrase, rather than a
/// clause: "posted a $676m loss for the last three months", "announced a number of
/// management appointments", "admitted one felony count of scheming to defraud",
/// "reiterated his desire to win trophies", "confirmed rows over the issue" (but
/// "announced a deal had been struck", "added that the settlement sends ..."). Only verbs
/// that take either, and a phrase without a verb that opens with an article, a number,
/// a possessive or a plural (for "added", "the" only around a `quoted_phrase` that is
/// the statement); also what one warns of or against.
fn noun_object(
    toks: &[Tok],
    text: &str,
    cue: usize,
    content: Range<usize>,
    quoted_phrase: bool,
) -> bool {
    let verb = toks[cue].text(text);
    // What one warns of or against: "warned against proposed changes".
    if matches!(verb, "warned" | "warns" | "warn")
        && toks
            .get(content.start)
            .is_some_and(|t| is_word(t, text, &["of", "against", "about"]))
    {
        return true;
    }
    // Nor what one argues against or for: "Defence lawyers argued against the bid"
    // (but "argued for the second consecutive debate that ...").
    if matches!(verb, "argued" | "argues" | "argue")
        && toks
            .get(content.start)
            .is_some_and(|t| is_word(t, text, &["against", "for"]))
        && !(content.start..content.end.min(content.start + 8))
            .any(|k| is_word(&toks[k], text, &["that"]))
    {
        return true;
    }
    // After "that" it is a clause ("added that the settlement sends ...").
    let after_that = content.start > 0 && is_word(&toks[content.start - 1], text, &["that"]);
    // What one continues reports nothing ("The band continued without Osbourne",
    // "continued its record-breaking slide"; but "..., the opinion continued").
    if matches!(verb, "continued" | "continues" | "continue" | "continuing")
        && !after_that
        && content.start > cue
    {
        return true;
    }
    if matches!(verb, "denied" | "denies" | "deny" | "denying") && !after_that {
        return denied_thing(toks, text, content);
    }
    // What one suggests doing is a proposal, not a claim: "suggests increasing state
    // funding", "suggested changing the law to let judges view evidence" (but not a
    // gerund that opens a clause: "suggested keeping British troops in Iraq could cost
    // another £1bn", "suggested policing ... was the one major public service").
    if matches!(verb, "suggested" | "suggests" | "suggest")
        && !after_that
        && toks.get(content.start).is_some_and(|t| {
            let w = t.text(text);
            t.kind == Tk::Word
                && w.len() > 5
                && w.ends_with("ing")
                && w.starts_with(char::is_lowercase)
                && !w.ends_with("thing")
        })
        && !toks[content.clone()]
            .iter()
            // (Up to a clause of its own: "increasing state funding ... so help can be
            // extended", "doubling the money which can be spent".)
            .take_while(|t| {
                !is_word(
                    t,
                    text,
                    &["so", "which", "who", "that", "because", "if", "while"],
                )
            })
            .any(|t| t.kind == Tk::Word && lexicon::helping_verb(t.text(text)))
    {
        return true;
    }
    // Figures a firm posts are no statement, whatever follows: "TimeWarner posted a
    // profit of $3.36bn, up 27%, while revenues grew".
    if matches!(verb, "posted" | "posts" | "post")
        && toks[content.start..content.end.min(content.start + 4)]
            .iter()
            .any(|t| {
                is_word(
                    t,
                    text,
                    &[
                        "profit", "profits", "loss", "losses", "revenue", "revenues", "sales",
                        "results", "earnings", "deficit", "surplus", "gain", "gains", "rise",
                        "fall", "drop", "increase", "decline",
                    ],
                )
            })
    {
        return true;
    }
    let either = matches!(
        verb,
        "announced"
            | "announce"
            | "announces"
            | "reported"
            | "agreed"
            | "posted"
            | "reiterated"
            | "continued"
            | "admitted"
            | "forecast"
            | "unveiled"
            | "added"
            | "confirmed"
            | "confirms"
    );
    let Some(first) = toks.get(content.start).filter(|t| t.kind == Tk::Word) else {
        return false;
    };
    if !either || after_that {
        return false;
    }
    let w = first.text(text);
    // An indefinite or possessive opening: the object runs to a relative pronoun, whose
    // clause has verbs of its own.
    let indefinite = matches!(
        w,
        "a" | "an" | "one" | "two" | "three" | "its" | "his" | "her" | "their"
    );
    // "the", "what" and a bare plural ("confirmed rows over the issue") open clauses as
    // often: the whole of it must be without a verb.
    // ("added the software costs 5,000 dlrs" is a clause: "added" keeps to the first,
    // unless the statement is a quoted phrase inside the object.)
    let definite = (matches!(w, "the" | "what")
        && (verb != "added" || w == "what" || quoted_phrase))
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && w.starts_with(char::is_lowercase)
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && !lexicon::function_word(w));
    if !indefinite && !definite {
        return false;
    }
    let head: Vec<&Tok> = toks[content.clone()]
        .iter()
        .take_while(|t| {
            definite || !(t.kind == Tk::Word && matches!(t.text(text), "which" | "who" | "that"))
        })
        .collect();
    // "what it calls smart folders" names a thing.
    let so_called = head.len() >= 4
        && w == "what"
        && matches!(
            head[2].text(text),
            "calls" | "called" | "describes" | "described" | "terms" | "termed" | "dubs" | "dubbed"
        );
    if so_called {
        return true;
    }
    // A time is no object: "announced two days earlier that it was ...".
    let time = head.len() >= 3
        && matches!(
            head[1].text(text),
            "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
        )
        && matches!(head[2].text(text), "earlier" | "later" | "ago");
    !time && !head.into_iter().any(|t| verb_like(t, text))
}

/// Whether a word reads as a verb: a helping verb, a reporting verb, a past form.
fn verb_like(t: &Tok, text: &str) -> bool {
    let w = t.text(text);
    t.kind == Tk::Word
        && (lexicon::helping_verb(w)
            || t.cue.is_some()
            || (w.len() > 3 && w.ends_with("ed"))
            || matches!(
                w,
                "won"
                    | "led"
                    | "made"
                    | "took"
                    | "fell"
                    | "rose"
                    | "grew"
                    | "gave"
                    | "went"
                    | "came"
                    | "lost"
                    | "paid"
                    | "sold"
                    | "became"
                    | "left"
                    | "held"
                    | "kept"
                    | "saw"
                    | "met"
                    | "hit"
                    | "cut"
                    | "set"
                    | "got"
                    | "put"
            ))
}

/// Whether what is denied is a thing, not a clause: a claim ("denied claims that he knew",
/// "denied multiple charges of conspiracy", "denied an earlier report that"), an act
/// ("denied being "leaned on"", "denied the killing, saying"), or "this" or "them"
/// before a comma. ("denied the campaign was anti-Semitic", "denied there was any
/// intimidation" report what was said.)
fn denied_thing(toks: &[Tok], text: &str, content: Range<usize>) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| k < content.end && t.kind == Tk::Word)
            .map(|t| t.text(text))
    };
    let Some(first) = word(content.start) else {
        return false;
    };
    // A gerund: "denied being", "denied having any role".
    if first.len() > 4 && first.ends_with("ing") && first.starts_with(char::is_lowercase) {
        return true;
    }
    if matches!(first, "this" | "them" | "it")
        && toks
            .get(content.start + 1)
            .is_none_or(|t| content.start + 1 >= content.end || t.is(','))
    {
        return true;
    }
    // A claim noun after at most two determiners or adjectives.
    let claim = |w: &str| {
        matches!(
            w,
            "claim"
                | "claims"
                | "report"
                | "reports"
                | "allegation"
                | "allegations"
                | "accusation"
                | "accusations"
                | "suggestion"
                | "suggestions"
                | "charge"
                | "charges"
                | "rumour"
                | "rumours"
                | "rumor"
                | "rumors"
                | "speculation"
                | "involvement"
                | "wrongdoing"
                | "responsibility"
                | "killing"
                | "murder"
        )
    };
    let modifier = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "all"
                | "any"
                | "these"
                | "those"
                | "such"
                | "multiple"
                | "earlier"
                | "new"
                | "fresh"
                | "recent"
                | "press"
                | "media"
                | "newspaper"
                | "his"
                | "her"
                | "their"
                | "its"
        )
    };
    let mut k = content.start;
    while let Some(w) = word(k) {
        // (Unless a clause says what the claim was: "denied reports that Gordon Brown is
        // preparing", "denied allegations they had planted the device".)
        // (Not past "and": "denied the charges and ended with a defiant appearance";
        // nor after "of": "denied rumours of race riots ... after an armed man killed".)
        if claim(w) {
            let clause = word(k + 1).is_none_or(|n| n != "of")
                && toks[k + 1..content.end]
                    .iter()
                    .take_while(|t| !t.is(',') && !is_word(t, text, &["and", "but"]))
                    .any(|t| verb_like(t, text) || is_word(t, text, &["that"]));
            return !clause;
        }
        if k >= content.start + 2 || !modifier(w) {
            return false;
        }
        k += 1;
    }
    false
}

/// Headline attributions: the speaker, a colon and what they said ("Pentagon: U.S. could
/// discuss Iraq with Iran", "Trump: ‘I’m the worst thing that ever happened to the
/// establishment’"). The part before the colon must be one reference to an actor, and
/// not a series heading ("The Latest:", "Exclusive:").
fn headline(eng: &mut Engine, ctx: &ParaCtx) {
    let toks = ctx.toks;
    let text = eng.text;
    let n = toks.len();
    let Some(colon) = toks.iter().take(10).position(|t| t.is(':')) else {
        return;
    };
    let lead = usize::from(colon > 1 && is_word(&toks[0], text, &["the"]));
    let Some(r) = ctx
        .refs
        .iter()
        .find(|r| r.toks.start == lead && r.toks.end == colon && !r.locative)
        .cloned()
    else {
        return;
    };
    let prefix = &text[toks[0].start..toks[colon - 1].end];
    // A heading in capitals ("BOOM:", "HUFFPOLLSTER:") is a series or an interjection
    // unless the gazetteer knows it ("NATO:").
    let shouted = !prefix.chars().any(char::is_lowercase) && !matches!(r.head, Head::Known(_));
    if shouted
        || SERIES_HEADINGS
            .iter()
            .any(|h| prefix.eq_ignore_ascii_case(h))
    {
        return;
    }
    if demonym_ref(eng.lex, text, &r) {
        return;
    }
    let start = colon + 1;
    let end = trim_end(toks, start, n);
    let words = toks[start..end]
        .iter()
        .filter(|t| t.kind == Tk::Word)
        .count();
    if words < 3 {
        return;
    }
    let Some(speaker) = eng.resolve(&r, true) else {
        return;
    };
    // Entirely a quotation: a direct quote; with a quoted phrase: mixed.
    let first_open = toks[start..end]
        .iter()
        .position(|t| matches!(t.kind, Tk::Open | Tk::SOpen));
    let last_close = toks[start..n]
        .iter()
        .rposition(|t| matches!(t.kind, Tk::Close | Tk::SClose))
        .map(|c| start + c);
    let (kind, content) = match (first_open, last_close) {
        (Some(0), Some(close)) if close + 1 >= end => {
            let inner = trim_end(toks, start + 1, close.max(start + 1));
            (StatementKind::Direct, start + 1..inner)
        }
        (Some(_), _) => (StatementKind::Mixed, start..end),
        (None, _) => (StatementKind::Indirect, start..end),
    };
    if content.is_empty() {
        return;
    }
    let chunk = r.toks.clone();
    push_statement(
        eng,
        ctx,
        kind,
        speaker,
        &r,
        Some(colon..colon + 1),
        span_of(toks, content),
        0..n,
        chunk,
    );
}

/// Headings of a series or a kind of article, not speakers, before a headline's colon.
const SERIES_HEADINGS: &[&str] = &[
    "The Latest",
    "Latest",
    "Breaking",
    "Breaking News",
    "Exclusive",
    "Watch",
    "Live",
    "Update",
    "Analysis",
    "Opinion",
    "Editorial",
    "Review",
    "Factbox",
    "Explainer",
    "Timeline",
    "Fact Check",
    "Correction",
    "Video",
    "Photos",
    "Interview",
    "Q&A",
    "Paid Notice",
    "Wow",
    "Boom",
    "Bombshell",
    "Look",
    "Must Read",
    "Report",
];

/// Records a statement: content, the framing sentence's other actors as what it is about.
#[allow(clippy::too_many_arguments)]
fn push_statement(
    eng: &mut Engine,
    ctx: &ParaCtx,
    mut kind: StatementKind,
    speaker: usize,
    sref: &Ref,
    mut cue: Option<Range<usize>>,
    mut content: Span,
    frame: Range<usize>,
    chunk: Range<usize>,
) -> Option<usize> {
    // A statement with quoted words may be continued by a quotation in the next
    // paragraph ("Blair said Turkey was of “importance ...”." / "“We are stating ...”").
    if kind == StatementKind::Mixed {
        eng.last_direct = Some((speaker, ctx.idx));
    }
    // Every statement goes through here: none may be empty.
    if content.is_empty() {
        return None;
    }
    let toks = ctx.toks;
    // Nor is a verb's noun-phrase object one ("posted a $676m loss", "added the ability
    // to "save" websites").
    if matches!(kind, StatementKind::Indirect | StatementKind::Mixed) {
        if let Some(c) = &cue {
            // (The cue's last word is its verb: "has added".)
            let verb = c.end - 1;
            let inside = toks_within(toks, content);
            // A quoted word inside the object: "added the ability to "save" websites".
            let object =
                (kind == StatementKind::Mixed && c.end < inside.start).then_some(c.end..inside.end);
            if !inside.is_empty()
                && (noun_object(toks, eng.text, verb, inside.clone(), false)
                    || object.is_some_and(|o| noun_object(toks, eng.text, verb, o, true)))
            {
                // What a participle after it says is the statement: "has denied the
                // killing, saying her death was accidental".
                let participle = (inside.start + 1..inside.end)
                    .find(|&k| toks[k].cue == Some(CueKind::Participle) && toks[k - 1].is(','))?;
                // (Past whom it was told to: "telling French media that there is".)
                let told = is_word(&toks[participle], eng.text, &["telling"])
                    .then(|| {
                        (participle + 2..inside.end.min(participle + 6))
                            .find(|&k| is_word(&toks[k], eng.text, &["that"]))
                    })
                    .flatten();
                let from = match told {
                    Some(that) => that + 1,
                    None => {
                        let that = toks
                            .get(participle + 1)
                            .is_some_and(|t| is_word(t, eng.text, &["that"]));
                        participle + 1 + usize::from(that)
                    }
                };
                if from >= inside.end {
                    return None;
                }
                content = Span::new(toks[from].start, content.end as usize);
                cue = Some(participle..participle + 1);
                if !toks[from..inside.end].iter().any(|t| t.kind == Tk::Open) {
                    kind = StatementKind::Indirect;
                }
            }
        }
    }
    let mut about = about_refs(eng, &ctx.refs, content, Some(speaker));
    // The frame: the rest of the attribution's sentence, minus the speaker, the
    // addressee of "told", and the content.
    let mut frame_refs = Vec::new();
    let quoted = |i: usize| {
        let (mut open, mut inside) = (false, false);
        for t in &toks[frame.start.min(i)..i] {
            match t.kind {
                Tk::Open => open = true,
                Tk::Close => open = false,
                _ => {}
            }
            inside = open;
        }
        inside
    };
    for r in ctx
        .refs
        .iter()
        .filter(|r| frame.contains(&r.toks.start) && !quoted(r.toks.start))
    {
        let span = Span::new(r.start, r.end);
        if content.overlaps(span)
            || (!sref.toks.is_empty() && r.toks.start >= sref.toks.start && r.toks.end <= sref.toks.end)
            // "AT&T spokesman Bob Jones": the speaker's own organization.
            || (!sref.toks.is_empty() && r.toks.end == sref.toks.start)
            // "Cynthia Thompson, curator at the University of Arkansas, said": the
            // speaker's appositive.
            || (cue.as_ref().is_some_and(|c| {
                !sref.toks.is_empty() && r.toks.start >= sref.toks.end && r.toks.end <= c.start
            }) && chunk.contains(&r.toks.start))
            // "the presumptive GOP nominee, Donald Trump, tweeted": the speaker's phrase.
            || (chunk.start < sref.toks.start && r.toks.start >= chunk.start && r.toks.end <= sref.toks.start)
        {
            continue;
        }
        if let Some(c) = &cue {
            if r.toks.start == c.end || r.toks.start == c.end + 1 {
                continue; // "told Yahoo!News": the addressee
            }
        }
        frame_refs.push(r.clone());
    }
    let mut extra = Vec::new();
    for r in &frame_refs {
        eng.about_actors(r, &mut extra);
    }
    extra.retain(|&a| {
        !matches!(
            eng.found.actors[a].kind,
            ActorKind::Media | ActorKind::Location
        )
    });
    about.extend(extra);
    let about = finish_about(eng, about, Some(speaker));
    // A participle or continuation has no mention of its own: it points at the mention
    // of the attribution it continues.
    let mention = if sref.toks.is_empty() && sref.start == sref.end {
        last_mention_before(eng, speaker, content.start as usize)
    } else {
        Some(Span::new(sref.start, sref.end))
    };
    let mut whole = content;
    for r in [chunk, frame] {
        if !r.is_empty() && r.end <= toks.len() {
            let sp = span_of(toks, r);
            whole = Span::new(
                whole.start.min(sp.start) as usize,
                whole.end.max(sp.end) as usize,
            );
        }
    }
    let cue = cue.filter(|c| !c.is_empty()).map(|c| span_of(toks, c));
    eng.found.statements.push(DocStatement {
        kind,
        speaker,
        mention,
        content,
        cue,
        about,
        span: whole,
    });
    Some(eng.found.statements.len() - 1)
}

const TALK: &[&str] = &[
    "discuss",
    "discusses",
    "discussed",
    "discussing",
    "discussion",
    "discussions",
    "talk",
    "talks",
    "talked",
    "talking",
    "meet",
    "meets",
    "met",
    "meeting",
    "negotiate",
    "negotiates",
    "negotiated",
    "negotiating",
    "negotiation",
    "negotiations",
    "consult",
    "consulted",
    "consultations",
];
const COORDINATE: &[&str] = &[
    "coordinate",
    "coordinates",
    "coordinated",
    "coordinating",
    "coordination",
];
const COOPERATE: &[&str] = &[
    "cooperate",
    "cooperates",
    "cooperated",
    "cooperating",
    "cooperation",
];
const NEGATORS: &[&str] = &[
    "not", "never", "no", "cannot", "without", "refused", "refuses", "rejected", "nor",
];
const POSSIBLE: &[&str] = &[
    "may",
    "might",
    "could",
    "can",
    "possible",
    "possibly",
    "perhaps",
    "consider",
    "considering",
    "if",
    "whether",
];
const PLANNED: &[&str] = &[
    "will",
    "plan",
    "plans",
    "planned",
    "intend",
    "intends",
    "expected",
    "scheduled",
    "set",
    "going",
];
const DENIED: &[&str] = &["deny", "denied", "denies"];

fn object_predicate(w: &str) -> Option<&'static str> {
    Some(match w {
        "accused" | "accuses" | "accuse" => "accuses",
        "attacked" | "attacks" | "attack" => "attacks",
        "criticized" | "criticised" | "criticizes" | "criticises" => "criticizes",
        "condemned" | "condemns" => "condemns",
        "supports" | "supported" | "backed" | "backs" => "supports",
        "invaded" | "invades" => "invades",
        "sanctioned" => "sanctions",
        "threatened" | "threatens" => "threatens",
        "fought" | "fights" => "fights",
        _ => return None,
    })
}

fn adversary_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "adversary" | "adversaries" | "foe" | "foes" | "enemy" | "enemies" | "rival" | "rivals"
        | "arch-rival" | "archrival" | "arch-enemy" => "adversary-of",
        "ally" | "allies" | "partner" | "partners" => "ally-of",
        _ => return None,
    })
}

/// Finds relations between actors in a paragraph.
fn relations(eng: &mut Engine, ctx: &ParaCtx) {
    let text = eng.text;
    let toks = ctx.toks;
    for s in &ctx.sents {
        let refs: Vec<Ref> = ctx
            .refs
            .iter()
            .filter(|r| s.contains(&r.toks.start))
            .cloned()
            .collect();
        // Clause boundaries: ";", "but", ":", quote marks, and ", and"/", while".
        let is_boundary = |i: usize| {
            let t = &toks[i];
            t.is(';')
                || t.is(':')
                || matches!(t.kind, Tk::Open | Tk::Close | Tk::Dash)
                || is_word(
                    t,
                    text,
                    &[
                        "but", "while", "whereas", "although", "because", "when", "where", "which",
                        "who", "if", "whether", "after", "since", "until",
                    ],
                )
                || (is_word(t, text, &["and"]) && i > 0 && toks[i - 1].is(','))
                || (t.cue.is_some_and(|k| k != CueKind::Naming) && !is_word(t, text, DENIED))
        };
        let clause_start = |i: usize| {
            (s.start..i)
                .rev()
                .find(|&k| is_boundary(k))
                .map_or(s.start, |k| k + 1)
        };
        let clause_end = |i: usize| (i..s.end).find(|&k| is_boundary(k)).unwrap_or(s.end);
        let resolve_rel = |eng: &mut Engine, r: &Ref| -> Option<usize> {
            if matches!(r.head, Head::Pronoun(_) | Head::TitleOnly) {
                return None;
            }
            let a = eng.resolve(r, false)?;
            let actor = &eng.found.actors[a];
            if actor.kind == ActorKind::Group {
                return actor.part_of;
            }
            (actor.kind != ActorKind::Location).then_some(a)
        };
        for i in s.clone() {
            let t = toks[i];
            if t.kind != Tk::Word {
                continue;
            }
            let lw = crate::lexicon::ascii_lower(t.text(text));
            let lw: &str = &lw;
            let with_kind = if TALK.contains(&lw) {
                Some("talks-with")
            } else if COORDINATE.contains(&lw) {
                Some("coordinates-with")
            } else if COOPERATE.contains(&lw) {
                Some("cooperates-with")
            } else {
                None
            };
            let obj_kind = object_predicate(lw);
            if with_kind.is_none() && obj_kind.is_none() {
                // Appositive relation nouns: "its longtime adversary Tehran".
                if let Some(pred) = adversary_noun(lw) {
                    if let Some(target) = refs.iter().find(|r| r.toks.start == i + 1) {
                        let cs = clause_start(i);
                        let det = (cs..i)
                            .rev()
                            .take(3)
                            .find(|&k| is_word(&toks[k], text, &["its", "their", "his", "her"]));
                        let owner = (cs..i).rev().take(3).find_map(|k| {
                            refs.iter().find(|r| {
                                r.toks.end == k + 1 && toks[k].text(text).ends_with(['s'])
                            })
                        });
                        let source_ref = if det.is_some() {
                            refs.iter().find(|r| r.toks.start >= cs && r.toks.end <= i)
                        } else {
                            owner
                        };
                        if let Some(sr) = source_ref.cloned() {
                            if let (Some(a), Some(b)) =
                                (resolve_rel(eng, &sr), resolve_rel(eng, target))
                            {
                                if a != b {
                                    eng.found.relations.push(DocRelation {
                                        source: a,
                                        predicate: pred.into(),
                                        target: b,
                                        polarity: Polarity::Positive,
                                        modality: Modality::Asserted,
                                        span: Span::new(
                                            toks[cs.max(sr.toks.start)].start,
                                            target.end,
                                        ),
                                        claimed_in: None,
                                    });
                                }
                            }
                        }
                    }
                }
                continue;
            }
            let cs = clause_start(i);
            let ce = clause_end(i + 1);
            let mut source: Option<Ref> = None;
            let mut target: Option<Ref> = None;
            let mut qualifier = false;
            if let Some(_pred) = with_kind {
                // "between A and B"
                if let Some(b) = (i + 1..ce).find(|&k| is_word(&toks[k], text, &["between"])) {
                    let a_ref = refs.iter().find(|r| {
                        r.toks.start == b + 1
                            || (r.toks.start == b + 2 && is_word(&toks[b + 1], text, &["the"]))
                    });
                    if let Some(a_ref) = a_ref {
                        let after = a_ref.toks.end;
                        if is_word(&toks[after.min(toks.len() - 1)], text, &["and"]) {
                            let b_ref = refs.iter().find(|r| {
                                r.toks.start == after + 1
                                    || (r.toks.start == after + 2
                                        && is_word(&toks[after + 1], text, &["the"]))
                            });
                            source = Some(a_ref.clone());
                            target = b_ref.cloned();
                        }
                    }
                    qualifier = (i..b).any(|k| is_word(&toks[k], text, &["military"]));
                }
                if target.is_none() {
                    if let Some(wk) = (i + 1..ce).find(|&k| is_word(&toks[k], text, &["with"])) {
                        // Skip "its longtime adversary" to the named actor.
                        target = refs
                            .iter()
                            .find(|r| {
                                r.toks.start > wk && r.toks.start <= wk + 5 && r.toks.end <= ce
                            })
                            .cloned();
                        qualifier = (i.saturating_sub(1)..wk)
                            .any(|k| is_word(&toks[k], text, &["military"]));
                    }
                }
                if source.is_none() {
                    // "U.S.-Iranian coordination": a compound right before the noun.
                    let compound: Vec<&Ref> = refs
                        .iter()
                        .filter(|r| i > 0 && r.toks == (i - 1..i))
                        .collect();
                    if compound.len() == 2 && target.is_none() {
                        source = Some(compound[0].clone());
                        target = Some(compound[1].clone());
                    } else {
                        source = refs
                            .iter()
                            .rev()
                            .find(|r| r.toks.start >= cs && r.toks.end <= i)
                            .cloned();
                    }
                }
            } else {
                source = refs
                    .iter()
                    .rev()
                    .find(|r| r.toks.start >= cs && r.toks.end <= i)
                    .cloned();
                target = refs
                    .iter()
                    .find(|r| r.toks.start > i && r.toks.start <= i + 3 && r.toks.end <= ce)
                    .cloned();
            }
            let (Some(sr), Some(tr)) = (source, target) else {
                continue;
            };
            let (Some(a), Some(b)) = (resolve_rel(eng, &sr), resolve_rel(eng, &tr)) else {
                continue;
            };
            if a == b {
                continue;
            }
            // Polarity and modality from the words before the trigger in its clause.
            let window = cs.max(sr.toks.end.min(i))..i;
            let window = if window.is_empty() { cs..i } else { window };
            let words: Vec<String> = toks[window.clone()]
                .iter()
                .filter(|t| t.kind == Tk::Word)
                .map(|t| t.text(text).to_lowercase().replace('\u{2019}', "'"))
                .collect();
            let after: Vec<String> = toks[i + 1..(i + 4).min(ce)]
                .iter()
                .filter(|t| t.kind == Tk::Word)
                .map(|t| t.text(text).to_lowercase())
                .collect();
            let negative = words
                .iter()
                .any(|w| NEGATORS.contains(&w.as_str()) || w.ends_with("n't"));
            let mut modality = if words.iter().any(|w| DENIED.contains(&w.as_str())) {
                Modality::Denied
            } else if words
                .iter()
                .chain(after.iter())
                .any(|w| POSSIBLE.contains(&w.as_str()))
                || words.iter().any(|w| w == "asked")
            {
                Modality::Possible
            } else if words
                .iter()
                .any(|w| PLANNED.contains(&w.as_str()) || w == "won't")
            {
                Modality::Planned
            } else {
                Modality::Asserted
            };
            if negative && modality == Modality::Planned {
                modality = Modality::Asserted;
            }
            let predicate = match (with_kind, obj_kind) {
                (Some("coordinates-with"), _) if qualifier => {
                    "coordinates-military-with".to_owned()
                }
                (Some("cooperates-with"), _) if qualifier => "cooperates-military-with".to_owned(),
                (Some(p), _) => p.to_owned(),
                (None, Some(p)) => p.to_owned(),
                (None, None) => continue,
            };
            let start = toks[sr.toks.start.min(i)].start.min(sr.start);
            let end = tr.end.max(t.end);
            eng.found.relations.push(DocRelation {
                source: a,
                predicate,
                target: b,
                polarity: if negative {
                    Polarity::Negative
                } else {
                    Polarity::Positive
                },
                modality,
                span: Span::new(start, end),
                claimed_in: None,
            });
        }
    }
}

/// Whether an actor id is one of a single document's actors, known only by a
/// description ("Tory leader", "analysts"): its slug carries the document's short id
/// after a dot, which no name's slug has.
pub fn is_document_local(id: &ActorId) -> bool {
    id.as_str().contains('.')
}

/// Stable id for a document actor.
pub fn actor_id(a: &DocActor, doc_short: &str) -> Option<ActorId> {
    if a.merged {
        return None;
    }
    let base = ActorId::from_name(&a.name)?;
    if a.local {
        ActorId::new(format!(
            "{}.{}",
            base.as_str().chars().take(100).collect::<String>(),
            doc_short
        ))
        .ok()
    } else {
        Some(base)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn edit_distance_counts_typos() {
        assert_eq!(super::edit_distance("Montieth", "Monteith"), 1);
        assert_eq!(super::edit_distance("Daveport", "Davenport"), 1);
        assert_eq!(super::edit_distance("Bauchtman", "Buchtmann"), 2);
        assert_eq!(super::edit_distance("Kirby", "Kirby"), 0);
        assert_eq!(super::edit_distance("", "abc"), 3);
    }
}
