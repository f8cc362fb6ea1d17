//! Mentions: gazetteer actors, titles, names, pronouns and groups, found per sentence
//! and assembled into references ("Pentagon spokesman Rear Admiral John Kirby" is one
//! person reference with two roles).

use crate::lexicon::{self, CueKind, Form, Lexicon};
use crate::text::{plural_possessive_mark, Tk, Tok};
use std::ops::Range;
use whosaid_model::{ActorKind, RoleCategory};

/// A piece of a sentence recognised by the lexicon or by capitalisation.
#[derive(Debug, Clone)]
pub enum Piece {
    /// A gazetteer form.
    Gaz {
        /// Entry index.
        entry: usize,
        /// How it refers.
        form: Form,
    },
    /// A title or rank.
    Title(usize),
    /// A run of capitalised words.
    Name,
    /// He, she, they, it.
    Pronoun(Pronoun),
    /// A group noun ("officials").
    Group,
}

/// A pronoun that can stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// He / she: a person.
    Person,
    /// They / it: an organization, country or group.
    Collective,
    /// I: outside quotation marks, the article's author.
    First,
}

/// A recognised piece with its tokens and bytes.
#[derive(Debug, Clone)]
pub struct Piece0 {
    /// Token range.
    pub toks: Range<usize>,
    /// Byte range (may be part of one token: "U.S." inside "U.S.-Iranian").
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// What it is.
    pub piece: Piece,
}

/// A role stated in a reference: title and the actor it is held in.
#[derive(Debug, Clone)]
pub struct RoleRef {
    /// Title index in the lexicon.
    pub title: usize,
    /// Gazetteer entry it is held in, if named.
    pub of: Option<usize>,
    /// Bytes of a name the gazetteer does not know that the role is held in or for
    /// ("director of Context", "spokesman for Yukos").
    pub of_name: Option<(usize, usize)>,
    /// Bytes of the title words (with their organization).
    pub start: usize,
    /// End byte.
    pub end: usize,
}

/// What a reference refers to, before resolution to a document actor.
#[derive(Debug, Clone)]
pub enum Head {
    /// A gazetteer actor.
    Known(usize),
    /// A name (person or organization, decided by context).
    Name {
        /// The name's bytes.
        start: usize,
        /// End byte.
        end: usize,
        /// Whether the words say it is an organization.
        org: bool,
        /// Whether it is a news medium.
        media: bool,
    },
    /// A pronoun.
    Pronoun(Pronoun),
    /// A title with no name ("the spokesman").
    TitleOnly,
    /// A group ("U.S. officials", "sources"), possibly of a country.
    Group {
        /// Country (gazetteer entry) the group belongs to.
        of: Option<usize>,
    },
}

/// A reference to an actor in a sentence.
#[derive(Debug, Clone)]
pub struct Ref {
    /// Token range.
    pub toks: Range<usize>,
    /// Bytes.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// What it refers to.
    pub head: Head,
    /// Roles the reference states.
    pub roles: Vec<RoleRef>,
    /// Whether a locative preposition precedes it ("in Vienna"): a capital is then a place.
    pub locative: bool,
}

impl Ref {
    /// A reference that states no role; `refs` marks whether a locative preposition
    /// precedes it afterwards.
    fn plain(toks: Range<usize>, start: usize, end: usize, head: Head) -> Self {
        Self {
            toks,
            start,
            end,
            head,
            roles: Vec::new(),
            locative: false,
        }
    }

    /// A group's reference over the tokens `range`, from the first's start to the
    /// last's end ("the barrister", "analysts who follow the sector").
    pub(crate) fn group(toks: &[Tok], range: Range<usize>) -> Self {
        let (start, end) = (toks[range.start].start, toks[range.end - 1].end);
        Self::plain(range, start, end, Head::Group { of: None })
    }

    /// A plain reference over the pieces from `first` to `last`.
    fn over(first: &Piece0, last: &Piece0, head: Head) -> Self {
        Self::plain(first.toks.start..last.toks.end, first.start, last.end, head)
    }
}

fn cap(w: &str) -> bool {
    // Asked of nearly every word: ASCII first letters are read without decoding.
    match w.as_bytes() {
        [b, ..] if b.is_ascii_uppercase() => true,
        [b, c, ..] if b.is_ascii_lowercase() => c.is_ascii_uppercase() && camel_name(w),
        [b, ..] if b.is_ascii() => false,
        [] => false,
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// A brand written with a lowercase first letter and a capital second: "eBay",
/// "iTunes", "iDefence" (not a unit: "kWh").
fn camel_name(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b[0].is_ascii_lowercase()
        && b[1].is_ascii_uppercase()
        && b[2..].iter().any(u8::is_ascii_lowercase)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'\'' | b'-'))
}

/// How many tokens from `j` (before `end`) make a time adjunct: "on Monday", "last
/// month", "this week", "yesterday", "late last night"; none, 0.
pub(crate) fn time_adjunct_at(toks: &[Tok], text: &str, j: usize, end: usize) -> usize {
    let word = |k: usize| {
        (k < end && toks.get(k).is_some_and(|t| t.kind == Tk::Word)).then(|| toks[k].text(text))
    };
    // "late last night", "earlier this month".
    if matches!(word(j), Some("late" | "earlier")) {
        let n = time_adjunct_at(toks, text, j + 1, end);
        return if n > 0 { n + 1 } else { 0 };
    }
    match word(j) {
        Some("yesterday" | "today" | "tonight") => 1,
        Some("on" | "last" | "this" | "next") if word(j + 1).is_some_and(lexicon::time_unit) => 2,
        _ => 0,
    }
}

/// A determiner that opens a description.
#[inline]
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "The" | "a" | "A" | "an" | "An" | "one" | "One" | "another" | "Another"
    )
}

/// Declares the plain words: a list for the tests, a `match` for the hot path.
macro_rules! plain_words {
    ($($w:literal)|+) => {
        /// The plain words, for the tests.
        #[cfg(test)]
        const PLAIN_WORDS: &[&str] = &[$($w),+];

        /// A frequent lowercase word that no test of [`pieces_into`] after the share's
        /// takes: no title, gazetteer form or group opens with it, it is no pronoun,
        /// and a description turns it away as its noun (a test holds each word to
        /// this). A third of the words of news text; turned away at once.
        fn plain_word(w: &str) -> bool {
            matches!(w, $($w)|+)
        }
    };
}

plain_words!(
    "the"
        | "to"
        | "of"
        | "a"
        | "and"
        | "in"
        | "that"
        | "for"
        | "is"
        | "on"
        | "with"
        | "his"
        | "has"
        | "was"
        | "have"
        | "at"
        | "who"
        | "not"
        | "be"
        | "by"
        | "from"
        | "are"
        | "an"
        | "her"
        | "about"
        | "would"
        | "will"
        | "this"
        | "their"
        | "but"
        | "had"
        | "or"
        | "been"
        | "than"
        | "were"
        | "which"
        | "also"
        | "its"
        | "can"
        | "could"
        | "into"
        | "over"
        | "after"
        | "do"
        | "did"
        | "does"
        | "should"
        | "may"
        | "our"
        | "these"
        | "against"
        | "during"
        | "before"
        | "between"
        | "since"
        | "being"
        | "then"
        | "only"
        | "two"
        | "three"
        | "time"
        | "day"
        | "week"
);

/// A possessive within reach of the noun at `i`, with at most one adjective between
/// ("his lawyer", "his closest associate"; not "His lead among undeclared voters"),
/// when the noun is one for someone of someone's. (Off the path of every lowercase
/// word: asked only when no article is near.)
#[inline(never)]
fn possessive_before(toks: &[Tok], text: &str, start: usize, i: usize) -> Option<usize> {
    let possessive = |k: usize| {
        toks[k].kind == Tk::Word
            && matches!(
                toks[k].text(text),
                "his" | "His" | "her" | "Her" | "their" | "Their" | "its" | "Its"
            )
    };
    let m = if i > start && possessive(i - 1) {
        1
    } else if i > start + 1 && possessive(i - 2) && toks[i - 1].kind == Tk::Word && {
        let a = toks[i - 1].text(text);
        !cap(a) && !lexicon::function_word(a) && !lexicon::preposition(a)
    } {
        2
    } else {
        return None;
    };
    // Only next to a reporting verb (after an auxiliary, "has told") is it a speaker.
    let cue = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Tk::Word && t.cue.is_some())
    };
    let near_verb = cue(i + 1) || cue(i + 2) || (i - m > start && cue(i - m - 1));
    // A thing's is a business: "..., its central bank says", "its distributor has
    // said" (its report or its board speak for it, which the engine reads apart).
    let noun = toks[i].text(text);
    let fits = if matches!(toks[i - m].text(text), "its" | "Its") {
        lexicon::company_noun(noun) || noun == "distributor"
    } else {
        someone_of(noun)
    };
    (near_verb && fits).then_some(m)
}

/// A noun for someone of someone's, after "his", "her" or "their": a nominal speaker
/// that is a person or a group, or a relation ("his son", "her closest associate").
fn someone_of(noun: &str) -> bool {
    lexicon::group_noun(noun)
        || lexicon::nominal_speaker(noun) == Some(whosaid_model::ActorKind::Person)
        || lexicon::kin_noun(noun)
        || matches!(
            noun,
            "friends"
                | "associate"
                | "colleague"
                | "colleagues"
                | "relatives"
                | "family"
                | "parents"
        )
}

/// For "committee" at `i`, a determiner up to two words further than any other noun's
/// may open its description, as a committee's remit may take them: "the Commons
/// science and technology committee added". (Apart from the common path, whose reach
/// is fixed.)
#[inline(never)]
fn committee_determiner(toks: &[Tok], text: &str, start: usize, i: usize) -> Option<usize> {
    if toks[i].text(text) != "committee" {
        return None;
    }
    (1..=MAX_MODIFIERS + 3)
        .take_while(|&m| i >= start + m && toks[i - m].kind == Tk::Word)
        .find(|&m| determiner(toks[i - m].text(text)))
}

/// How many words may stand between a determiner and its noun in a description ("one
/// former senior agency official").
const MAX_MODIFIERS: usize = 3;

/// A noun phrase "the/a/an/one/another [up to three modifiers] noun" with the noun (lowercase) at
/// token `i` that speaks: a reporting verb follows it ("the gambling tycoon told"), or
/// it follows a quote and its verb ("”, said a senior Cruz adviser"). Returns its first
/// modifier's token (or the noun's). `capital` is whether the word at `i` is
/// capitalised, which the caller has read once for all its tests.
fn description(
    toks: &[Tok],
    text: &str,
    range: Range<usize>,
    i: usize,
    capital: bool,
) -> Option<usize> {
    let word = |j: usize| toks[j].kind == Tk::Word;
    let lower = |j: usize| word(j) && !cap(toks[j].text(text));
    let cue = |j: usize| word(j) && toks[j].cue == Some(CueKind::Verb);
    // Cheap tests first: this runs for every lowercase word.
    if capital || !word(i) {
        return None;
    }
    // The nearest determiner within reach, with only words between it and the noun.
    // (Or a possessive before a noun for someone: "his lawyer said", "her agent told",
    // "his closest associate has told"; not "his comments suggested"; or for a body:
    // "its central bank says".)
    let det = match (1..=MAX_MODIFIERS + 1)
        .take_while(|&m| i >= range.start + m && word(i - m))
        .find(|&m| {
            // (By length first: "a", "an", "the", "one", "another".)
            let t = &toks[i - m];
            matches!(t.end - t.start, 1 | 2 | 3 | 7) && determiner(t.text(text))
        })
        // (The rarer kinds apart, by length and first letter first.)
        .or_else(|| {
            (toks[i].end - toks[i].start == 9 && text.as_bytes()[toks[i].start] == b'c')
                .then(|| committee_determiner(toks, text, range.start, i))
                .flatten()
        })
        // A document a day's possessive dates: "Wednesday's statement said".
        .or_else(|| {
            (i > range.start
                && word(i - 1)
                && toks[i - 1].end - toks[i - 1].start >= 8
                && lexicon::dated_possessive(toks[i - 1].text(text))
                && lexicon::document_noun(toks[i].text(text)))
            .then_some(1)
        }) {
        Some(m) => m,
        // A count of people or bodies: "Three men said", "All three men said that",
        // "Five banks said" (not "three days later said", "Six pct said"). (Apart, and
        // a plural's last letter first: this is asked of most lowercase words.)
        None if {
            let noun = &text.as_bytes()[toks[i].start..toks[i].end];
            noun.last() == Some(&b's') || matches!(noun, b"men" | b"women" | b"people")
        } && counted_at(toks, text, range.start, i) =>
        {
            1
        }
        // (A first letter and a length rule out nearly every word before the call.)
        None if (1..=2).any(|m| {
            i >= range.start + m && {
                let t = &toks[i - m];
                matches!(
                    (text.as_bytes()[t.start], t.end - t.start),
                    (b'h' | b'H' | b'i' | b'I', 3) | (b't' | b'T', 5)
                )
            }
        }) =>
        {
            possessive_before(toks, text, range.start, i)?
        }
        None => return None,
    };
    // (Nor the first word of a reporting phrase: "a spokesman pointed out that".)
    if toks[i].cue.is_some()
        || (i - det + 1..i).any(cue)
        || (i + 1 < toks.len()
            // ("points", "pointed", "voiced", "expressed": by length first.)
            && matches!(toks[i].end - toks[i].start, 6 | 7 | 9)
            && crate::text::phrasal_lead(toks, text, i + 1) > 0)
    {
        return None;
    }
    let d = i - det;
    // The noun is a content word ("the crowd and said", "the five said" are not
    // descriptions) and no clause boundary lies between it and the determiner; numbers
    // may modify it ("a 2008 Clinton veteran", "one of those advisers").
    let noun = toks[i].text(text);
    if noun.len() < 2
        || noun.bytes().all(|b| b.is_ascii_digit() || b == b',')
        || lexicon::function_word(noun)
        // Nor an article: "said the MPC faced an “interesting” challenge".
        || determiner(noun)
        // Nor a reflexive: "The WTO itself has warned".
        || matches!(noun, "itself" | "himself" | "herself" | "themselves")
        // Nor a measure of time, an adjective: "the nine-year recommended term".
        || ["-year", "-month", "-week", "-day", "-hour", "-minute"]
            .iter()
            .any(|unit| noun.ends_with(unit))
        || lexicon::auxiliary(noun)
        // "the quality of reports": a preposition is not the noun, nor a verb ("the
        // Greek pair were charged") or an adjective before a noun that a reporting verb
        // also spells ("the first reports").
        || lexicon::preposition(noun)
        || lexicon::helping_verb(noun)
        || matches!(
            noun,
            "first" | "second" | "third" | "new" | "latest" | "recent" | "annual" | "last" | "next"
        )
        // Nor a time after its noun ("The company last month"), nor a participle before
        // one ("the statement issued on Monday").
        || (i > range.start && time_adjunct_at(toks, text, i - 1, i + 1) == 2)
        || (noun.ends_with("ed") && time_adjunct_at(toks, text, i + 1, range.end) > 0)
        || (d + 1..i).any(|j| {
            let w = toks[j].text(text);
            // Nor is there a verb before it: "the patients were well".
            (matches!(w, "and" | "or" | "but" | "who" | "which" | "that")
                && !(w == "and" && toks[i].text(text) == "committee"))
                || lexicon::helping_verb(w)
        })
    {
        return None;
    }
    // A subject is not the object of a preposition: "Trump at the time said".
    let governed = d > range.start
        && word(d - 1)
        && matches!(
            toks[d - 1].text(text),
            "at" | "in"
                | "on"
                | "for"
                | "of"
                | "by"
                | "with"
                | "from"
                | "during"
                | "after"
                | "before"
                | "since"
                | "over"
                | "under"
                | "into"
                | "about"
                | "than"
                | "like"
                | "behind"
        );
    // "a message that said": the verb of a relative clause on the noun.
    // The verb of a relative clause on the noun speaks for it wherever the noun stands
    // ("replaced by a message that said").
    // The verb may follow auxiliaries and adverbs: "the regulator also said".
    let mut v = i + 1;
    while v < range.end && v < i + 3 && word(v) && lexicon::auxiliary(toks[v].text(text)) {
        v += 1;
    }
    // And a time, when the description opens its clause: "The judge on Monday ruled",
    // "the Ministry statement issued on Monday said" (not "in disclosing the new
    // agreement last night said").
    let opens_clause = d == range.start
        || toks[d - 1].is(',')
        || matches!(toks[d - 1].text(text), "and" | "but" | "But" | "And");
    if opens_clause {
        let participle = v < range.end && word(v) && {
            let w = toks[v].text(text);
            w.len() > 4 && w.ends_with("ed") && !cap(w)
        };
        // (A participle only before the time and a verb: "reported on Monday that"
        // is the verb.)
        let after = if participle {
            let time = time_adjunct_at(toks, text, v + 1, range.end);
            let w = v + 1 + time;
            (time > 0 && w < range.end && cue(w)).then_some(w)
        } else {
            None
        };
        v = after.unwrap_or(v + time_adjunct_at(toks, text, v, range.end));
    }
    let verb_after = (!governed && v < range.end && cue(v))
        || (i + 2 < range.end
            && word(i + 1)
            && matches!(toks[i + 1].text(text), "that" | "which" | "who")
            && cue(i + 2));
    // After the verb the phrase runs on to its noun: the last word before punctuation
    // or a word that starts what follows ("a longtime adviser to Trump, who ...").
    let phrase_ends = toks.get(i + 1).is_none_or(|n| {
        i + 1 >= range.end
            || n.kind != Tk::Word
            || matches!(
                n.text(text),
                "to" | "of" | "for" | "at" | "in" | "on" | "with" | "who" | "close" | "from" | "by"
            )
    });
    // (Or the "Said" that opens a sentence: "Said the Pew report: ...".)
    let opening_said = d > range.start && cue(d - 1) && cap(toks[d - 1].text(text));
    // "..., said the quality of reports has improved": a clause, not a description.
    let clause_follows = || {
        (i + 1..range.end)
            .take_while(|&j| {
                // (After the "Said" that opens a sentence, not into the quotation after
                // its colon.)
                // (Nor past a dash: "..., says the party - and insulation could
                // save ..." is a remark after the attribution.)
                let stop = toks[j].is(',')
                    || toks[j].is('.')
                    || toks[j].kind == Tk::Dash
                    || (opening_said && matches!(toks[j].kind, Tk::Punct(':') | Tk::Open))
                    || matches!(toks[j].text(text), "who" | "which" | "that" | "whose");
                !stop
            })
            .any(|j| word(j) && (cue(j) || lexicon::helping_verb(toks[j].text(text))))
    };
    let verb_before = phrase_ends
        && d > range.start
        && cue(d - 1)
        && (opening_said
            || (d >= range.start + 2 && (toks[d - 2].is(',') || toks[d - 2].kind == Tk::Close)))
        && !clause_follows();
    // The agent of a passive after a quoted phrase: "was called “...” by the sentencing
    // judge".
    let agent_after_quote = toks.get(i + 1).is_none_or(|n| {
        i + 1 >= range.end
            || n.kind != Tk::Word
            || lexicon::function_word(n.text(text))
            || lexicon::preposition(n.text(text))
            || matches!(n.text(text), "as" | "because" | "and" | "but")
    }) && d >= range.start + 2
        && toks[d - 1].text(text) == "by"
        && toks[d - 2].kind == Tk::Close;
    if governed && i + 1 < range.end && cue(i + 1) && d >= range.start + 3 {
        // The prepositional phrase belongs to a description before it: "a narrator in
        // the Clinton ad asks", "the leader of the group said".
        let head = d - 2;
        if lower(head) && !lexicon::function_word(toks[head].text(text)) {
            return (1..=3)
                .find(|&m| {
                    head >= range.start + m
                        && word(head - m)
                        && determiner(toks[head - m].text(text))
                        && (head - m + 1..head).all(lower)
                })
                .map(|m| head - m + 1);
        }
    }
    // A company opening the sentence whose participle reports: "The firm closed the
    // book on Friday, saying ...".
    let participle_after = d == range.start
        && toks[d].text(text) == "The"
        && i == d + 1
        && lexicon::company_noun(noun)
        && (i + 2..range.end)
            .any(|j| toks[j].cue == Some(CueKind::Participle) && toks[j - 1].is(','));
    // (A possessive is part of the description: "..., his lawyer said" follows its comma.
    // It only describes a speaker right before the verb or at the sentence's end; "said
    // his wife, Sheila", "said his best friend at Lehigh, Bruce Turry" name theirs.)
    if !determiner(toks[d].text(text)) && !lexicon::dated_possessive(toks[d].text(text)) {
        let ends = toks
            .get(i + 1)
            .is_none_or(|n| i + 1 >= range.end || n.is('.'));
        let verb_next = toks.get(i + 1).is_some_and(|n| {
            n.kind == Tk::Word && (n.cue.is_some() || lexicon::auxiliary(n.text(text)))
        });
        return ((verb_after && verb_next) || (verb_before && ends)).then_some(d);
    }
    (verb_after || verb_before || agent_after_quote || participle_after).then_some(d + 1)
}

/// Whether a small number counts the plural at `i` for people or bodies ("three men").
#[inline(never)]
fn counted_at(toks: &[Tok], text: &str, start: usize, i: usize) -> bool {
    i > start
        && toks[i - 1].kind == Tk::Word
        && (3..=5).contains(&(toks[i - 1].end - toks[i - 1].start))
        && cardinal(toks[i - 1].text(text))
        && counted_speakers(toks[i].text(text))
}

/// A small number written as a word, counting the noun after it ("three men").
fn cardinal(w: &str) -> bool {
    matches!(
        &*lexicon::ascii_lower(w),
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// A plural noun for people or bodies a count may open: "men", "analysts", "banks".
fn counted_speakers(noun: &str) -> bool {
    matches!(noun, "men" | "women" | "people")
        || lexicon::group_noun(noun)
        || noun
            .strip_suffix('s')
            .is_some_and(|one| lexicon::nominal_speaker(one).is_some())
}

/// A number written in figures or words ("32", "Thirty", "forty-three").
fn number_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        || w.split('-').all(|part| {
            (3..=7).contains(&part.len())
                && matches!(
                    &*lexicon::ascii_lower(part),
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "eleven"
                        | "twelve"
                        | "fifteen"
                        | "twenty"
                        | "thirty"
                        | "forty"
                        | "fifty"
                        | "sixty"
                        | "seventy"
                        | "eighty"
                        | "ninety"
                )
        })
}

/// The end of a share written as a poll's subject at token `i` ("32%", "Thirty per
/// cent", "One in four", "A majority", "Three-quarters"), when a reporting verb follows
/// it (after auxiliaries, or after a share set off by commas: "A majority, 52%, said").
fn share_subject(text: &str, toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    // This runs for every word: turn away at once those that cannot open a share (no
    // "%", "per", "in", "majority", "minority", "third" or "quarter" after it, and not
    // a fraction word).
    // (The next word by its first letter and length: "per", "in", "majority",
    // "minority", "third", "quarter".)
    let next_may = toks.get(i + 1).is_some_and(|n| {
        i + 1 < end
            && (n.is('%')
                || (n.kind == Tk::Word
                    && matches!(
                        (text.as_bytes()[n.start], n.end - n.start),
                        (b'p', 3) | (b'i', 2) | (b'm', 8) | (b't', 5) | (b'q', 7)
                    )))
    });
    let fraction_may = matches!(
        text.as_bytes()[..toks[i].end].last(),
        Some(b's' | b'f' | b'F')
    );
    if !next_may && !fraction_may {
        return None;
    }
    let word = |k: usize| (k < end && toks[k].kind == Tk::Word).then(|| toks[k].text(text));
    let share_at = |k: usize| -> Option<usize> {
        let w = word(k)?;
        // The next word decides before any look-up: "%", "per cent", "in four",
        // "majority"; else a fraction word alone.
        let next = word(k + 1);
        if k + 1 < end && toks[k + 1].is('%') && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        {
            return Some(k + 2);
        }
        match next {
            Some("per") if word(k + 2) == Some("cent") && number_word(w) => Some(k + 3),
            Some("in") if word(k + 2).is_some_and(number_word) && number_word(w) => Some(k + 3),
            Some("majority" | "minority" | "third" | "quarter")
                if matches!(w, "a" | "A" | "the" | "The") =>
            {
                Some(k + 2)
            }
            _ => {
                let fraction = w.ends_with("-thirds")
                    || w.ends_with("-quarters")
                    || w.eq_ignore_ascii_case("half");
                fraction.then_some(k + 1)
            }
        }
    };
    let mut e = share_at(i)?;
    // The share of whom: "18% of all searchers say" (a plural noun of any kind).
    if word(e) == Some("of") {
        let mut j = e + 1;
        if word(j).is_some_and(|w| matches!(w, "all" | "the")) {
            j += 1;
        }
        let nouns = (j..(j + 3).min(end))
            .take_while(|&k| {
                word(k).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && toks[k].cue.is_none()
                        && !lexicon::auxiliary(w)
                        && !lexicon::function_word(w)
                        // (Not "half of what researchers say they need".)
                        && !matches!(w, "what" | "which" | "whom" | "those" | "these")
                })
            })
            .count();
        // (Not the respondents of a survey: "27% of consumers asked are interested".)
        let respondents = word(j + nouns).is_some_and(|w| {
            matches!(
                w,
                "asked" | "questioned" | "surveyed" | "polled" | "interviewed"
            )
        });
        if nouns > 0
            && !respondents
            && word(j + nouns - 1).is_some_and(|w| w.ends_with('s') || w == "people")
        {
            e = j + nouns;
        }
    }
    let mut k = e;
    // ", 52%," set off after the share.
    if k < end && toks[k].is(',') {
        let inner = share_at(k + 1)?;
        if inner < end && toks[inner].is(',') {
            k = inner + 1;
        }
    }
    while word(k).is_some_and(lexicon::auxiliary) {
        k += 1;
    }
    (k < end && toks[k].kind == Tk::Word && toks[k].cue == Some(lexicon::CueKind::Verb))
        .then_some(e)
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .or_else(|| w.strip_suffix('\u{2019}'))
        .unwrap_or(w)
}

/// Whether `w` is a particle of a name ("de", "van", "al-" in "al-Maliki").
pub(crate) fn particle(w: &str) -> bool {
    // "al-Maliki", "el-Sisi": a lowercase particle joined to a capitalised name.
    if let Some((head, tail)) = w.split_once('-') {
        if matches!(
            head,
            "al" | "el" | "ad" | "as" | "ash" | "at" | "az" | "bin" | "ben" | "abu"
        ) && cap(tail)
        {
            return true;
        }
    }
    matches!(
        w,
        "al" | "bin"
            | "ibn"
            | "abu"
            | "de"
            | "van"
            | "von"
            | "der"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "del"
            | "dos"
            | "el"
    )
}

/// Joins the words of tokens `r` with single spaces (for lexicon look-ups).
fn joined<'b>(text: &str, toks: &[Tok], r: Range<usize>, s: &'b mut String) -> Option<&'b str> {
    s.clear();
    for (k, t) in toks[r.clone()].iter().enumerate() {
        if t.kind != Tk::Word {
            return None;
        }
        if k > 0 {
            s.push(' ');
        }
        let w = t.text(text);
        if k + 1 == r.len() {
            s.push_str(strip_possessive(w));
        } else {
            s.push_str(w);
        }
    }
    Some(s)
}

/// How many words from token `i` on (at most `max`) may each be a word of a phrase
/// the lexicon knows, by `fits`: no longer phrase from `i` is looked up.
fn may_run(text: &str, toks: &[Tok], i: usize, max: usize, fits: impl Fn(&str) -> bool) -> usize {
    let mut n = 1;
    while n < max && toks[i + n].kind == Tk::Word && fits(strip_possessive(toks[i + n].text(text)))
    {
        n += 1;
    }
    n.min(max)
}

/// Finds the pieces of the sentence `toks[range]`.
pub fn pieces(text: &str, toks: &[Tok], range: Range<usize>) -> Vec<Piece0> {
    let mut out = Vec::new();
    pieces_into(text, toks, range, &mut out);
    out
}

/// [`pieces`], written into `out` (cleared first): one buffer serves every sentence.
pub fn pieces_into(text: &str, toks: &[Tok], range: Range<usize>, out: &mut Vec<Piece0>) {
    out.clear();
    let lex = Lexicon::get();
    // One buffer for the candidate phrases of every look-up.
    let mut buf = String::new();
    let mut i = range.start;
    while i < range.end {
        let t = toks[i];
        if t.kind != Tk::Word {
            i += 1;
            continue;
        }
        let w = t.text(text);
        let capital = cap(w);
        let sentence_start = i == range.start
            || (i > range.start
                && matches!(
                    toks[i - 1].kind,
                    Tk::Open | Tk::SOpen | Tk::Dash | Tk::Punct('(')
                ));
        // "Said Scott Johnson: ...": a sentence that opens with the verb names its
        // speaker after it; the verb is no part of the name.
        if sentence_start
            && i == range.start
            && matches!(w, "Said" | "Says")
            && toks
                .get(i + 1)
                .is_some_and(|n| n.kind == Tk::Word && cap(n.text(text)))
        {
            i += 1;
            continue;
        }
        // A share of those polled, alone before a reporting verb: "32% said", "One in
        // four said", "Thirty per cent said", "A majority, 52%, said".
        if let Some(end) = share_subject(text, toks, i, range.end) {
            out.push(Piece0 {
                toks: i..end,
                start: t.start,
                end: toks[end - 1].end,
                piece: Piece::Group,
            });
            i = end;
            continue;
        }
        if plain_word(w) {
            i += 1;
            continue;
        }
        // A privy counsellor's style before a name is no part of it: "the Rt Hon Tony
        // Blair" (a clergyman's is a title: "the Rt Rev Dr Tom Wright").
        let word_at = |k: usize| {
            toks.get(k)
                .filter(|t| k < range.end && t.kind == Tk::Word)
                .map(|t| t.text(text))
        };
        let honourable = |v: Option<&str>| matches!(v, Some("Hon" | "Hon." | "Honourable"));
        if (matches!(w, "Rt" | "Rt." | "Right") && honourable(word_at(i + 1)))
            || (honourable(Some(w))
                && i > range.start
                && matches!(word_at(i - 1), Some("Rt" | "Rt." | "Right")))
        {
            i += 1;
            continue;
        }
        // Longest gazetteer match.
        let max = if lex.may_start_form(w) {
            may_run(text, toks, i, lex.max_form_words.min(range.end - i), |w| {
                !w.is_ascii() || lex.form_words.may_hold(w)
            })
        } else {
            0
        };
        let mut found = None;
        for n in (1..=max).rev() {
            if let Some(s) = joined(text, toks, i..i + n, &mut buf) {
                if !cap(s) && !s.starts_with("al") {
                    continue;
                }
                if let Some((entry, form)) = lex.form(s) {
                    found = Some((n, entry, form, s.len()));
                    break;
                }
            }
        }
        // "Congress of South African Trade Unions" is no legislature of the U.S.
        let found = found.filter(|&(n, ..)| {
            !(n == 1
                && matches!(w, "Congress" | "Senate")
                && toks.get(i + 2).is_some_and(|x| {
                    i + 2 < range.end
                        && toks[i + 1].kind == Tk::Word
                        && toks[i + 1].text(text) == "of"
                        && x.kind == Tk::Word
                        && cap(x.text(text))
                }))
        });
        if let Some((n, entry, form, len)) = found {
            // A nationality, a country or a city opening an organization's name is part
            // of it ("British Chamber of Commerce", "Chinese Academy of Sciences", "UK
            // Coal", "London Stock Exchange", "Paris Club").
            if matches!(form, Form::Demonym | Form::Name | Form::Capital) {
                let mut j = i + n;
                while j < range.end {
                    // A plural's possessive apostrophe inside the name: "British
                    // Bankers' Association".
                    if j > i + n
                        && plural_possessive_mark(toks, text, j)
                        && toks.get(j + 1).is_some_and(|x| {
                            j + 1 < range.end && x.kind == Tk::Word && cap(x.text(text))
                        })
                    {
                        j += 1;
                        continue;
                    }
                    if toks[j].kind != Tk::Word {
                        break;
                    }
                    let wj = toks[j].text(text);
                    let next_cap = toks.get(j + 1).is_some_and(|x| {
                        j + 1 < range.end && x.kind == Tk::Word && cap(x.text(text))
                    });
                    if (cap(wj) && !lexicon::non_name(wj))
                        || (matches!(wj, "of" | "for" | "and") && next_cap)
                    {
                        j += 1;
                    } else {
                        break;
                    }
                }
                // After a country's name only one word, itself the keyword: "UK Coal", not
                // "White House Press Secretary Josh Earnest".
                // After a demonym, also a trade's body: "the British Phonographic
                // Industry" ("Industry" alone is no keyword: "Industry sources said").
                let org = if form == Form::Name {
                    j == i + n + 1 && {
                        let w = strip_possessive(toks[i + n].text(text));
                        // (Or a medium: "China Daily", "China Review".)
                        lexicon::org_keyword(w) || lexicon::media_last_word(w) || w == "Review"
                    }
                } else {
                    (i + n..j).any(|k| lexicon::org_keyword(strip_possessive(toks[k].text(text))))
                        || (j > i + n + 1
                            && matches!(
                                strip_possessive(toks[j - 1].text(text)),
                                "Industry" | "Industries"
                            ))
                };
                if org {
                    out.push(Piece0 {
                        toks: i..j,
                        start: t.start,
                        end: toks[j - 1].start + strip_possessive(toks[j - 1].text(text)).len(),
                        piece: Piece::Name,
                    });
                    i = j;
                    continue;
                }
            }
            out.push(Piece0 {
                toks: i..i + n,
                start: t.start,
                end: t.start + len,
                piece: Piece::Gaz { entry, form },
            });
            i += n;
            continue;
        }
        // Hyphenated compounds: "U.S.-Iranian".
        if capital && w.contains('-') {
            let mut off = t.start;
            let mut any = false;
            for part in w.split('-') {
                if let Some((entry, form)) = lex.form(strip_possessive(part)) {
                    out.push(Piece0 {
                        toks: i..i + 1,
                        start: off,
                        end: off + strip_possessive(part).len(),
                        piece: Piece::Gaz { entry, form },
                    });
                    any = true;
                }
                off += part.len() + 1;
            }
            if any {
                i += 1;
                continue;
            }
        }
        // Longest title.
        let max = if lex.may_start_title(w) {
            may_run(text, toks, i, lex.max_title_words.min(range.end - i), |w| {
                lex.title_words.may_hold_lowered(w)
            })
        } else {
            0
        };
        let mut title = None;
        for n in (1..=max).rev() {
            if let Some(s) = joined(text, toks, i..i + n, &mut buf) {
                if let Some(ti) = lex.title(s) {
                    title = Some((n, ti));
                    break;
                }
            }
        }
        if let Some((n, ti)) = title {
            // A capitalised title word at sentence start that is not followed by a name
            // is still a title ("President said" is rare; "Officials" is a group below).
            out.push(Piece0 {
                toks: i..i + n,
                start: t.start,
                end: toks[i + n - 1].end,
                piece: Piece::Title(ti),
            });
            i += n;
            continue;
        }
        let is = |words: &[&str]| words.iter().any(|p| w.eq_ignore_ascii_case(p));
        // (By length first: this is asked of nearly every word.)
        let pronoun = if !(1..=4).contains(&w.len()) {
            None
        } else if w == "I" {
            Some(Pronoun::First)
        } else if is(&["he", "she"]) {
            Some(Pronoun::Person)
        } else if is(&["they", "it"]) {
            Some(Pronoun::Collective)
        } else {
            None
        };
        if let Some(p) = pronoun {
            out.push(Piece0 {
                toks: i..i + 1,
                start: t.start,
                end: t.end,
                piece: Piece::Pronoun(p),
            });
            i += 1;
            continue;
        }
        let det = |j: usize| {
            toks[j].kind == Tk::Word
                && matches!(
                    toks[j].text(text),
                    "the" | "The" | "a" | "A" | "an" | "An" | "this" | "This" | "that" | "That"
                )
        };
        // "the judge", or "the Christie supporter" (a name between determiner and noun).
        // (Closures: asked only of a word that may be a nominal speaker.)
        let determined = || {
            (i > range.start && det(i - 1))
                || (i > range.start + 1
                    && det(i - 2)
                    && toks[i - 1].kind == Tk::Word
                    && cap(toks[i - 1].text(text)))
        };
        let next_is_verb = || {
            toks.get(i + 1)
                .is_some_and(|n| n.kind == Tk::Word && n.cue.is_some())
                || toks.get(i + 1).is_some_and(|n| n.is(','))
        };
        // Any description that is the subject of a reporting verb, or follows one after
        // a quote: "the gambling tycoon told Reuters", "said the 46-year-old." The
        // piece spans its modifiers, not the determiner.
        if let Some(first) = description(toks, text, range.clone(), i, capital) {
            // It takes in the pieces it spans ("Clinton" in "a narrator in the Clinton
            // ad").
            // (And the day that dates it: "Wednesday's statement" is no one's.)
            let dated = i > range.start && lexicon::dated_possessive(toks[i - 1].text(text));
            let spanned = if dated { first.min(i - 1) } else { first };
            while out.last().is_some_and(|p| p.toks.start >= spanned) {
                out.pop();
            }
            out.push(Piece0 {
                toks: first..i + 1,
                start: toks[first].start,
                end: t.end,
                piece: Piece::Group,
            });
            i += 1;
            continue;
        }
        // "those questioned", "those polled": a survey's respondents.
        if matches!(w, "those" | "Those")
            && toks.get(i + 1).is_some_and(|n| {
                i + 1 < range.end
                    && matches!(
                        n.text(text),
                        "questioned" | "polled" | "surveyed" | "interviewed" | "asked"
                    )
            })
        {
            out.push(Piece0 {
                toks: i..i + 2,
                start: t.start,
                end: toks[i + 1].end,
                piece: Piece::Group,
            });
            i += 2;
            continue;
        }
        // "The charity welcomed the news and said ...": an organization's noun after
        // the "The" that opens the sentence, before a verb in the past, is the
        // subject a reporting verb coordinated after it borrows.
        // (Or a participle after a comma or dash borrows it: "The government refuses
        // to publish his advice - saying ...".)
        let opens_before_past = i == range.start + 1
            && toks[range.start].text(text) == "The"
            && lexicon::nominal_speaker(w) == Some(whosaid_model::ActorKind::Organization)
            && toks.get(i + 1).is_some_and(|n| {
                let v = n.text(text);
                n.kind == Tk::Word
                    && !cap(v)
                    && ((v.len() > 4
                        && (v.ends_with("ed") || (v.ends_with('s') && !v.ends_with("ss"))))
                        || lexicon::auxiliary(v))
            })
            && (i + 2..range.end.min(i + 24)).any(|k| {
                let next_cue = |cue: CueKind| {
                    toks.get(k + 1)
                        .is_some_and(|n| k + 1 < range.end && n.cue == Some(cue))
                };
                (k < i + 16
                    && matches!(toks[k].text(text), "and" | "but")
                    && next_cue(CueKind::Verb))
                    || ((toks[k].is(',') || toks[k].kind == Tk::Dash)
                        && next_cue(CueKind::Participle))
            });
        // "Many said they were confused": a quantifier standing for people, opening its
        // sentence before a reporting verb.
        let quantifier = sentence_start
            && matches!(w, "Many" | "Some" | "Most")
            && toks.get(i + 1).is_some_and(|n| {
                // (Not a plural noun a verb also spells: "Some reports claim".)
                n.kind == Tk::Word && n.cue.is_some() && !lexicon::group_noun(n.text(text))
            });
        // ("Social media" is where things are said, not who says them.)
        let social_media = w == "media"
            && i > range.start
            && toks[i - 1].text(text).eq_ignore_ascii_case("social");
        if (lexicon::group_noun(w) && !social_media)
            || (next_is_verb() && !capital && determined() && lexicon::nominal_speaker(w).is_some())
            || opens_before_past
            || quantifier
        {
            out.push(Piece0 {
                toks: i..i + 1,
                start: t.start,
                end: t.end,
                piece: Piece::Group,
            });
            i += 1;
            continue;
        }
        // A capitalised participle or adverb opening a sentence is not a name
        // ("Having", "Asked", "Boasting", "Finally"), unless the text also writes it
        // capitalised after another word, as a surname ("Matt Groening").
        if sentence_start
            && capital
            && w.len() > 4
            && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
            && toks
                .get(i + 1)
                .is_none_or(|n| n.kind != Tk::Word || !cap(n.text(text)))
            && !named_mid_sentence(text, w)
        {
            i += 1;
            continue;
        }
        // A web address names a site ("says gamesindustry.biz", "Gawker.com"); a
        // sentence's full stop after it is not part of it.
        let site = w.strip_suffix('.').unwrap_or(w);
        if lexicon::web_address(site) {
            out.push(Piece0 {
                toks: i..i + 1,
                start: t.start,
                end: t.start + site.len(),
                piece: Piece::Name,
            });
            i += 1;
            continue;
        }
        // Where a name's bearer is based, written in two or three words, is no part of
        // the name: "the San Francisco-based US Court of Appeals" (one word: below).
        if capital {
            // (The rare descriptor first: this is asked of every capitalised word.)
            let place_end = (i + 1..range.end.min(i + 3))
                .find(|&k| {
                    toks[k].kind == Tk::Word && lexicon::origin_descriptor(toks[k].text(text))
                })
                .filter(|&k| {
                    (i + 1..=k).all(|m| toks[m].kind == Tk::Word && cap(toks[m].text(text)))
                });
            if let Some(k) = place_end.filter(|&k| {
                toks.get(k + 1)
                    .is_some_and(|n| k + 1 < range.end && n.kind == Tk::Word && cap(n.text(text)))
            }) {
                i = k + 1;
                continue;
            }
        }
        // "Florida-based Falic group", "Dublin-born Bob Geldof": where the name's bearer
        // is based or born is no part of the name, nor an epithet ("Man-of-the-match
        // Stephen Jones", "Oscar-winning Hilary Swank").
        // Nor is a stance for or against something before a noun ("Anti-abortion group
        // the Pro-Life Alliance", "Pro-democracy activists"); a company may be called
        // "E-tron" or "Euro-clear".
        let stance =
            (w.starts_with("Anti-") || w.starts_with("Pro-")) && lexicon::hyphenated_epithet(w);
        if capital
            && (lexicon::origin_descriptor(w) || lexicon::hyphenated_epithet(w))
            && toks.get(i + 1).is_some_and(|n| {
                i + 1 < range.end
                    && n.kind == Tk::Word
                    && (cap(n.text(text))
                        || (stance && n.text(text).starts_with(char::is_lowercase)))
            })
        {
            i += 1;
            continue;
        }
        // A creed or compass word opens a name when a name follows it: "Christian Aid",
        // "Christian Bale", "the Catholic Church", "the Muslim Council of Britain",
        // "Western Union" (but "Western officials", "Sunni Arabs", "Western Europe").
        let opens_name = lexicon::name_adjective(w)
            && toks.get(i + 1).is_some_and(|n| {
                i + 1 < range.end
                    && n.kind == Tk::Word
                    && cap(n.text(text))
                    && !lexicon::non_name(n.text(text))
                    && lex.form(strip_possessive(n.text(text))).is_none()
            })
            && (lexicon::creed(w)
                || (i + 1..range.end.min(i + 5))
                    .take_while(|&k| toks[k].kind == Tk::Word && cap(toks[k].text(text)))
                    .any(|k| lexicon::org_keyword(strip_possessive(toks[k].text(text)))));
        // A surname that is also a month or a word ("May", "Read") names a person after
        // an honorific or before a reporting verb: "Mrs May said", "Read said"; so does a
        // day's name too when it alone ends a quotation's attribution: "“...,” said
        // Friday." (not "“...,” he said Friday.").
        let reporting = |t: &Tok| {
            t.kind == Tk::Word && matches!(t.text(text), "said" | "says" | "added" | "told")
        };
        let surname = || {
            let word = strip_possessive(w);
            let ends_attribution = || {
                i >= range.start + 2
                    && reporting(&toks[i - 1])
                    && (toks[i - 2].is(',') || toks[i - 2].kind == Tk::Close)
                    && toks.get(i + 1).is_none_or(|n| n.is('.'))
            };
            (lexicon::surname_word(word)
                && ((i > range.start && honorific(toks[i - 1].text(text)))
                    || toks
                        .get(i + 1)
                        .is_some_and(|n| i + 1 < range.end && reporting(n))
                    || ends_attribution()))
                || (lexicon::weekday(word) && ends_attribution())
        };
        // A company noun opening the sentence before a name describes it: "Bookmaker
        // William Hill has stopped ...".
        if sentence_start
            && w.as_bytes()[0].is_ascii_uppercase()
            && lexicon::opening_descriptor(w)
            && toks
                .get(i + 1)
                .is_some_and(|n| i + 1 < range.end && n.kind == Tk::Word && cap(n.text(text)))
        {
            i += 1;
            continue;
        }
        // A number opening the sentence before a noun is no name: "Eight years ago, he
        // supported ..." (but a channel before its verb is: "Five admitted").
        if sentence_start
            && capital
            && toks.get(i + 1).is_some_and(|n| {
                let v = n.text(text);
                i + 1 < range.end
                    && n.kind == Tk::Word
                    && !cap(v)
                    && n.cue.is_none()
                    && !lexicon::auxiliary(v)
                    && !lexicon::helping_verb(v)
            })
            && number_word(w)
        {
            i += 1;
            continue;
        }
        // Capitalised name run.
        if capital
            && (opens_name
                || !(lexicon::non_name(w)
                    || (sentence_start && lexicon::non_name(strip_possessive(w))))
                || surname())
            && w.chars().any(char::is_lowercase)
            || (capital
                && w.len() >= 2
                && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
                && !lexicon::non_name(w))
            // A lone capital before a name opens it ("G Money"), not "A" or "I".
            || (w.len() == 1
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && !matches!(w, "A" | "I")
                && toks.get(i + 1).is_some_and(|n| {
                    i + 1 < range.end
                        && n.kind == Tk::Word
                        && n.start == t.end + 1
                        && cap(n.text(text))
                        && n.text(text).chars().any(char::is_lowercase)
                }))
        {
            let mut j = i + 1;
            while j < range.end {
                let tj = toks[j];
                // An ampersand between capitalised words joins one name: "Marks &
                // Spencer", "Ernst & Young", "Procter & Gamble".
                if tj.is('&')
                    && j + 1 < range.end
                    && toks[j + 1].kind == Tk::Word
                    && cap(toks[j + 1].text(text))
                    && !text.as_bytes()[toks[j - 1].end..toks[j + 1].start].contains(&b'\n')
                {
                    j += 1;
                    continue;
                }
                // A name never runs over a line break ("Gabrielle Hatcher\nAge: 25").
                if tj.kind != Tk::Word
                    || text.as_bytes()[toks[j - 1].end..tj.start].contains(&b'\n')
                {
                    break;
                }
                let wj = tj.text(text);
                let next_cap = toks
                    .get(j + 1)
                    .is_some_and(|n| n.kind == Tk::Word && cap(n.text(text)));
                if lex.title(wj).is_some() && !cap(wj) {
                    break;
                }
                // A capitalised title between a name and a person's name starts a new
                // mention: "Green MEP Alain Lipietz", "Texas Sen. Ted Cruz".
                if cap(wj) && next_cap && lex.title(wj).is_some() && !lexicon::org_keyword(wj) {
                    break;
                }
                // An organization's name ends at its keyword when a person's two-word
                // name follows: "the Environmental Audit Committee Peter Ainsworth MP".
                let org_word = |k: usize| {
                    toks.get(k).is_some_and(|t| {
                        t.kind == Tk::Word && lexicon::org_keyword(strip_possessive(t.text(text)))
                    })
                };
                if j > i + 1
                    && next_cap
                    && cap(wj)
                    && org_word(j - 1)
                    && !org_word(j)
                    && !org_word(j + 1)
                    && !org_word(j + 2)
                {
                    break;
                }
                // (After a first word, a surname that is also a month or a word:
                // "Theresa May", "Mike Read".)
                if cap(wj)
                    && (!lexicon::non_name(wj)
                        || lexicon::surname_word(strip_possessive(wj))
                        || (j == i + 1
                            && lexicon::weekday(strip_possessive(wj))
                            && lex.given.contains_key(w))
                        // (Or a creed's word after a given name: "Lawyer Louise
                        // Christian".)
                        || (lexicon::creed(strip_possessive(wj))
                            && lex.given.contains_key(toks[j - 1].text(text))))
                {
                    // A legislature's word after a name word ends that name, not the
                    // U.S. one: "World Petroleum Congress", "Trades Union Congress",
                    // "Florida Senate" (but "Republican Congress").
                    let legislature = matches!(strip_possessive(wj), "Congress" | "Senate")
                        // (Not a headline's capitalised word, "Top Senate candidates",
                        // nor after "and": "House and Senate".)
                        && (j > i + 1 || !sentence_start)
                        && cap(toks[j - 1].text(text))
                        && !matches!(
                            toks[j - 1].text(text),
                            "Republican" | "Democratic" | "Democrat" | "GOP" | "US" | "U.S."
                        );
                    if !legislature
                        && lex.form(strip_possessive(wj)).is_some_and(|(e, _)| {
                            lex.entries[e].kind != whosaid_model::ActorKind::Country
                        })
                    {
                        break;
                    }
                    j += 1;
                    if wj != strip_possessive(wj) {
                        break;
                    }
                } else if (particle(wj) && wj.contains('-'))
                    || ((particle(wj)
                        || matches!(wj, "of" | "for" | "and")
                        // "the" only after "of"/"for": "Bank of the West", not
                        // "Rathbun the Scientology property".
                        || (wj == "the" && matches!(toks[j - 1].text(text), "of" | "for")))
                        && next_cap)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            // Trailing connectors never end a name.
            while j > i + 1 && matches!(toks[j - 1].text(text), "of" | "for" | "and" | "the") {
                j -= 1;
            }
            // A possessive place or body before a person's name is not part of it:
            // "Birmingham's Sion Simon" (but "Domino's Pizza", "Sotheby's Inc").
            if w != strip_possessive(w)
                && j >= i + 3
                && !(i + 1..j).any(|k| lexicon::org_keyword(toks[k].text(text)))
            {
                j = i + 1;
            }
            // "and" joins the words of an organization's name ("Department of Health
            // and Human Services", "Deere and Co"), not two people ("Jeb Bush and
            // Hillary Clinton"); nor the portfolio a capitalised title after it holds
            // ("Work and Pensions Secretary Alan Johnson").
            // (A secretary's or minister's, the run naming no one and no country: not
            // "Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi".)
            let portfolio = || {
                toks.get(j).is_some_and(|n| {
                    j < range.end
                        && n.kind == Tk::Word
                        && matches!(n.text(text), "Secretary" | "Minister")
                }) && !(i..j).any(|k| {
                    let w = strip_possessive(toks[k].text(text));
                    lex.given.contains_key(w) || lex.form(w).is_some()
                })
            };
            // (Nor the owner of what follows, one word either side: "Ernst and Young's
            // Sanjay Mehta", "Marks and Spencer's".)
            // (Not a firm's own possessive before its suffix: "Standard and Poor's
            // Corp".)
            let owner = j == i + 3
                && {
                    let w = toks[j - 1].text(text);
                    w != strip_possessive(w)
                }
                && toks.get(j).is_some_and(|n| {
                    let w = n.text(text);
                    j < range.end
                        && n.kind == Tk::Word
                        && cap(w)
                        && !lexicon::legal_suffix(w)
                        && !lexicon::org_keyword(w)
                });
            if let Some(and) = (i + 1..j).find(|&k| toks[k].text(text) == "and") {
                if !(i..j).any(|k| {
                    let w = strip_possessive(toks[k].text(text));
                    lexicon::org_keyword(w) || lexicon::legal_suffix(w)
                }) && !portfolio()
                    && !owner
                {
                    j = and;
                }
            }
            // An honorific right before belongs to the mention ("Mr Ellis said", "said
            // Mrs. Clinton"), so the verb next to it finds its speaker; the name drops it.
            let first = if i > range.start && honorific(toks[i - 1].text(text)) {
                i - 1
            } else {
                i
            };
            out.push(Piece0 {
                toks: first..j,
                start: toks[first].start,
                end: toks[j - 1].end,
                piece: Piece::Name,
            });
            i = j;
            continue;
        }
        i += 1;
    }
}

/// The tokens between a piece and the token `to` ("of the" in "President of the United
/// States"), as written; none when `to` is not after the piece.
fn words_between<'t>(text: &'t str, toks: &[Tok], piece: &Piece0, to: usize) -> Vec<&'t str> {
    toks[piece.toks.end..to.max(piece.toks.end)]
        .iter()
        .map(|x| x.text(text))
        .collect()
}

/// Whether `word` appears in `text` right after another word and a space ("Matt
/// Groening"), where only a name is capitalised.
pub(crate) fn named_mid_sentence(text: &str, word: &str) -> bool {
    // (A quick test first, for the word after a space at all: `contains` has a fast
    // path that finding every match has not.)
    let spaced = format!(" {word}");
    if !text.contains(&*spaced) {
        return false;
    }
    text.match_indices(word).any(|(at, _)| {
        let before = &text[..at];
        let after = text[at + word.len()..].chars().next();
        before.ends_with(' ')
            && before[..before.len() - 1]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Honorifics written before a name, with or without the period.
pub fn honorific(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mr." | "Mrs." | "Ms." | "Messrs" | "Messrs."
    )
}

/// Assembles pieces into references.
pub fn refs(text: &str, toks: &[Tok], pieces: &[Piece0]) -> Vec<Ref> {
    let mut out = Vec::new();
    refs_into(text, toks, pieces, &mut out);
    out
}

/// [`refs`], appended to `out`.
pub fn refs_into(text: &str, toks: &[Tok], pieces: &[Piece0], out: &mut Vec<Ref>) {
    let lex = Lexicon::get();
    let first = out.len();
    let mut k = 0;
    let adjacent = |a: &Piece0, b: &Piece0| -> bool {
        // b follows a with at most "the" / "of" / "to" between them.
        if b.toks.start == a.toks.end || (a.toks == b.toks && b.start > a.end) {
            return true;
        }
        b.toks.start > a.toks.end
            && toks[a.toks.end..b.toks.start]
                .iter()
                .all(|t| t.kind == Tk::Word && matches!(t.text(text), "the" | "of" | "to"))
            && b.toks.start - a.toks.end <= 2
    };
    while k < pieces.len() {
        let p = &pieces[k];
        // Optional modifier: a gazetteer actor directly before a title, name or group.
        let mut modifier = None;
        let mut j = k;
        if let Piece::Gaz { entry, .. } = p.piece {
            if let Some(n) = pieces.get(k + 1) {
                if n.toks.start == p.toks.end && matches!(n.piece, Piece::Title(_) | Piece::Group) {
                    modifier = Some(entry);
                    j = k + 1;
                }
            }
        }
        // A name before a title and a person's name is where the role is held ("Texas
        // Sen. Ted Cruz", "Acme Corp spokesman Bob Jones"); an organization when it says
        // so, is an acronym or is more than one word (a lone "Texas" is only a place).
        let mut name_modifier = None;
        if matches!(p.piece, Piece::Name) {
            let titled_person = pieces
                .get(k + 1)
                .is_some_and(|n| n.toks.start == p.toks.end && matches!(n.piece, Piece::Title(_)))
                && pieces[k + 1..]
                    .iter()
                    .find(|q| !matches!(q.piece, Piece::Title(_)))
                    .is_some_and(|q| matches!(q.piece, Piece::Name));
            // After an article, a name before a title is the body the title is held in
            // even with no person named: "An Operation Black Vote spokesman said".
            let titled_after_article = p.toks.start > 0
                && toks[p.toks.start - 1].kind == Tk::Word
                && matches!(
                    toks[p.toks.start - 1].text(text),
                    "a" | "A" | "an" | "An" | "the" | "The"
                )
                && strip_possessive(&text[p.start..p.end]).len() == p.end - p.start
                // A party's adjective is the holder's affiliation: "the Democrat
                // senator" is one of the senators named.
                && !matches!(
                    &text[p.start..p.end],
                    "Democrat" | "Democratic" | "Republican" | "Independent"
                )
                && pieces.get(k + 1).is_some_and(|n| {
                    n.toks.start == p.toks.end && matches!(n.piece, Piece::Title(_))
                });
            if titled_person || titled_after_article {
                j = k + 1;
                let written = &text[p.start..p.end];
                let acronym = written.len() >= 2
                    && written
                        .chars()
                        .all(|c| c.is_uppercase() || matches!(c, '&' | '.'));
                let org = matches!(name_head(text, toks, p), Head::Name { org: true, .. })
                    || p.toks.len() > 1
                    || acronym
                    // "A Vodafone spokesman"; but "the Texas attorney general", "the
                    // Salford MP" name a place.
                    || titled_after_article
                        && matches!(pieces[k + 1].piece, Piece::Title(ti)
                            if lex.titles[ti].category == RoleCategory::Civil);
                name_modifier = Some(org.then_some((p.start, p.end)));
            }
        }
        // Titles ("spokesman Rear Admiral"), each with an optional "of X".
        let mut roles = Vec::new();
        let mut last = j;
        let mut t = j;
        while let Some(q) = pieces.get(t) {
            if t > j && !adjacent(&pieces[t - 1], q) {
                break;
            }
            if let Piece::Title(ti) = q.piece {
                let of_start = if roles.is_empty() {
                    modifier.map(|_| p.start).or(name_modifier.map(|_| p.start))
                } else {
                    None
                };
                let mut role = RoleRef {
                    title: ti,
                    of: if roles.is_empty() { modifier } else { None },
                    of_name: if roles.is_empty() {
                        name_modifier.flatten()
                    } else {
                        None
                    },
                    start: of_start.unwrap_or(q.start),
                    end: q.end,
                };
                // "President of Iran", "Ambassador to the United States".
                if let Some(Piece0 {
                    piece:
                        Piece::Gaz {
                            entry,
                            form: Form::Name | Form::Capital,
                        },
                    toks: gt,
                    end,
                    ..
                }) = pieces.get(t + 1)
                {
                    let between = words_between(text, toks, q, gt.start);
                    if matches!(between.as_slice(), ["of"] | ["of", "the"]) && role.of.is_none() {
                        role.of = Some(*entry);
                        role.end = *end;
                        t += 1;
                    } else if matches!(between.as_slice(), ["to"] | ["to", "the"]) {
                        role.end = *end;
                        t += 1;
                    }
                }
                roles.push(role);
                last = t;
                t += 1;
            } else {
                break;
            }
        }
        let after_titles = if roles.is_empty() { j } else { last + 1 };
        // "director of Context", "spokesman for Yukos": a name after the title and a
        // preposition is where the role is held, not the holder's name.
        if let (Some(role), Some(n)) = (roles.last_mut(), pieces.get(after_titles)) {
            let title = &pieces[last];
            let between = words_between(text, toks, title, n.toks.start);
            let held_in = matches!(
                between.as_slice(),
                ["of" | "to" | "for" | "at"] | ["of" | "to" | "for" | "at", "the"]
            );
            // Not when a title opens a person's name inside the run ("Speaker of the
            // House Rep. Paul Ryan").
            let titled_person = toks[n.toks.clone()].iter().skip(1).any(|t| {
                t.kind == Tk::Word && cap(t.text(text)) && lex.title(t.text(text)).is_some()
            });
            // "Undersecretary of Agriculture Daniel Amstutz", "Under-Secretary of State for
            // Economic Affairs Allen Wallis": a portfolio, then a full name that a given
            // name opens, is the holder.
            let holder_at = (held_in && !titled_person && matches!(n.piece, Piece::Name))
                .then(|| {
                    let words = &toks[n.toks.clone()];
                    // (Not a body's name: "the San Francisco Police Department".)
                    if words.iter().any(|w| {
                        let w = strip_possessive(w.text(text));
                        lexicon::org_keyword(w) || lexicon::media_keyword(w)
                    }) {
                        return None;
                    }
                    (1..words.len().saturating_sub(1)).find(|&g| {
                        given_sexed(lex, words[g].text(text))
                            && words[..g].iter().all(|w| cap(w.text(text)))
                            && words[g + 1..].iter().all(|w| cap(w.text(text)))
                    })
                })
                .flatten();
            // "the minister for civil aviation Praful Patel": a portfolio in lower case,
            // then a full name (no body's), is the holder too.
            let lower_portfolio = between.len() >= 2
                && between.len() <= 4
                && matches!(between[0], "for" | "of")
                && between[1..].iter().all(|w| {
                    // (Not a body's description: "spokesman for anti-virus firm Trend
                    // Micro".)
                    w.starts_with(|c: char| c.is_ascii_lowercase())
                        && lexicon::nominal_speaker(w) != Some(ActorKind::Organization)
                        && !lexicon::company_noun(w)
                        && !matches!(
                            *w,
                            "the"
                                | "a"
                                | "an"
                                | "at"
                                | "of"
                                | "for"
                                | "in"
                                | "on"
                                | "to"
                                | "with"
                                | "from"
                                | "by"
                        )
                });
            let holder_at = holder_at.or_else(|| {
                (lower_portfolio
                    && !titled_person
                    && matches!(n.piece, Piece::Name)
                    && n.toks.len() >= 2
                    && toks[n.toks.clone()].iter().all(|w| {
                        let w = strip_possessive(w.text(text));
                        cap(w) && !lexicon::org_keyword(w) && !lexicon::media_keyword(w)
                    }))
                .then_some(0)
            });
            if let Some(g) = holder_at {
                let last = &toks[n.toks.end - 1];
                let end = last.start + strip_possessive(last.text(text)).len();
                out.push(Ref {
                    roles,
                    ..Ref::over(
                        p,
                        n,
                        Head::Name {
                            start: toks[n.toks.start + g].start,
                            end,
                            org: false,
                            media: false,
                        },
                    )
                });
                k = after_titles + 1;
                continue;
            }
            if held_in && !titled_person && role.of.is_none() && matches!(n.piece, Piece::Name) {
                role.of_name = Some((n.start, n.end));
                role.end = n.end;
                out.push(Ref {
                    roles,
                    ..Ref::over(p, n, Head::TitleOnly)
                });
                k = after_titles + 1;
                continue;
            }
        }
        let name = pieces.get(after_titles).filter(|n| {
            matches!(n.piece, Piece::Name)
                && (roles.is_empty() && after_titles == k || adjacent(&pieces[after_titles - 1], n))
        });
        if !roles.is_empty() {
            if let Some(n) = name {
                let title = &pieces[last];
                let head = name_head(text, toks, n);
                // "General Electric", "National Grid plc": a capitalised title word
                // right before an organization's name is the first word of that name.
                if let Head::Name {
                    end,
                    org: true,
                    media,
                    ..
                } = head
                {
                    if modifier.is_none()
                        && roles.len() == 1
                        && roles[0].of.is_none()
                        && matches!(title.piece, Piece::Title(_))
                        && title.toks.end == n.toks.start
                        && cap(&text[title.start..title.end])
                    {
                        out.push(Ref {
                            toks: title.toks.start..n.toks.end,
                            start: title.start,
                            end: n.end,
                            head: Head::Name {
                                start: title.start,
                                end,
                                org: true,
                                media,
                            },
                            roles: Vec::new(),
                            locative: false,
                        });
                        k = after_titles + 1;
                        continue;
                    }
                }
                out.push(Ref {
                    roles,
                    ..Ref::over(p, n, name_head(text, toks, n))
                });
                k = after_titles + 1;
            } else {
                let endp = &pieces[last];
                out.push(Ref {
                    roles,
                    ..Ref::over(p, endp, Head::TitleOnly)
                });
                k = last + 1;
            }
            continue;
        }
        match &p.piece {
            Piece::Gaz { entry, .. } => {
                if let (Some(m), Some(g)) = (modifier, pieces.get(k + 1)) {
                    if matches!(g.piece, Piece::Group) {
                        out.push(Ref::over(p, g, Head::Group { of: Some(m) }));
                        k += 2;
                        continue;
                    }
                }
                out.push(Ref::over(p, p, Head::Known(*entry)));
            }
            Piece::Name => {
                // "NBC's Dante Chinni", "Sky Networks' Sophie Turner Laing": the person,
                // with the employer in the mention.
                let employer = strip_possessive(&text[p.start..p.end]).len() < p.end - p.start;
                let plural_employer =
                    p.toks.end < toks.len() && plural_possessive_mark(toks, text, p.toks.end);
                if let Some(n) = pieces.get(k + 1).filter(|n| {
                    ((employer && n.toks.start == p.toks.end)
                        || (plural_employer && n.toks.start == p.toks.end + 1))
                        && matches!(n.piece, Piece::Name)
                        && n.toks.len() >= 2
                        && matches!(
                            name_head(text, toks, n),
                            Head::Name {
                                org: false,
                                media: false,
                                ..
                            }
                        )
                }) {
                    out.push(Ref::over(p, n, name_head(text, toks, n)));
                    k += 2;
                    continue;
                }
                let head = name_head(text, toks, p);
                // A body's name before a group only says whose the group is: "say
                // Cranfield University experts" are experts, as "BBC experts" are.
                // (Not a verb: "The Washington Times reports Beck will ...", but "Press
                // reports suggest", "Press reports from the region said".)
                let read_as_noun = |g: &Piece0| {
                    toks[g.toks.end - 1].cue.is_none()
                        || toks.get(g.toks.end).is_some_and(|t| {
                            t.cue.is_some()
                                || t.kind == Tk::Word
                                    && matches!(t.text(text), "from" | "in" | "on" | "at" | "by")
                        })
                };
                if let Some(g) = pieces.get(k + 1).filter(|g| {
                    g.toks.start == p.toks.end
                        && matches!(g.piece, Piece::Group)
                        && matches!(head, Head::Name { org: true, .. })
                        && !employer
                        && read_as_noun(g)
                }) {
                    out.push(Ref::over(p, g, Head::Group { of: None }));
                    k += 2;
                    continue;
                }
                out.push(Ref::over(p, p, head));
            }
            Piece::Pronoun(pr) => out.push(Ref::over(p, p, Head::Pronoun(*pr))),
            Piece::Group => {
                // Include a determiner or adjectives before the noun ("a source", "senior officials").
                let mut s = p.toks.start;
                while s > 0 && toks[s - 1].kind == Tk::Word {
                    let w = toks[s - 1].text(text);
                    if matches!(
                        w,
                        "a" | "an"
                            | "the"
                            | "A"
                            | "An"
                            | "The"
                            | "senior"
                            | "Senior"
                            | "Western"
                            | "western"
                            | "other"
                            | "local"
                            | "government"
                            | "some"
                            | "Some"
                            | "two"
                            | "several"
                            | "many"
                            | "Many"
                            | "military"
                            | "security"
                            | "intelligence"
                    ) {
                        s -= 1;
                    } else {
                        break;
                    }
                }
                // A share of the group: "most of those questioned", "69% of them".
                if s >= 2 && toks[s - 1].kind == Tk::Word && toks[s - 1].text(text) == "of" {
                    let share = toks[s - 2].text(text);
                    if toks[s - 2].kind == Tk::Word
                        && matches!(
                            &*lexicon::ascii_lower(share),
                            "most"
                                | "many"
                                | "some"
                                | "half"
                                | "all"
                                | "few"
                                | "majority"
                                | "third"
                        )
                    {
                        s -= 2;
                    } else if share == "%" && s >= 3 {
                        s -= 3;
                    } else if share.ends_with('%') {
                        s -= 2;
                    }
                }
                out.push(Ref::plain(
                    s..p.toks.end,
                    toks[s].start,
                    p.end,
                    Head::Group { of: None },
                ));
            }
            Piece::Title(_) => {}
        }
        k += 1;
    }
    for r in &mut out[first..] {
        r.locative = r.toks.start > 0
            && toks[r.toks.start - 1].kind == Tk::Word
            && matches!(
                toks[r.toks.start - 1].text(text),
                "in" | "at"
                    | "from"
                    | "near"
                    | "to"
                    | "outside"
                    | "inside"
                    | "around"
                    | "across"
                    | "into"
                    | "In"
                    | "At"
                    | "From"
            );
    }
}

/// Whether the census gives this name mostly to one sex (a given name more surely than
/// one given to either).
fn given_sexed(lex: &Lexicon, w: &str) -> bool {
    lex.given
        .get(w)
        .is_some_and(|&s| s != lexicon::GivenSex::Either)
}

fn name_head(text: &str, toks: &[Tok], p: &Piece0) -> Head {
    let lex = Lexicon::get();
    let mut words: Vec<&str> = toks[p.toks.clone()].iter().map(|t| t.text(text)).collect();
    let mut last = p.toks.end - 1;
    // "of" joins the words of a body's name ("Bank of England"), not a person's name
    // to where they work: "Stephen Candillon of Respond" (a given name opens it) is the
    // person. The mention keeps the whole phrase.
    // (So does an honorific: "Mr Skeens of Brownsville".)
    let honoured =
        honorific(words[0]) || (p.toks.start > 0 && honorific(toks[p.toks.start - 1].text(text)));
    let from = if honoured { 1 } else { 2 };
    if let Some(of) = words
        .iter()
        .skip(from)
        .position(|w| matches!(*w, "of" | "for"))
    {
        let of = of + from;
        // (Or a country or a city after it, whatever the given name, when the text
        // also writes the surname alone as a person's: "Olivier Rochus of Belgium ...
        // Rochus made the semi-finals"; not "Writers Guild of America".)
        let place = || {
            let mut buf = String::new();
            let placed = joined(text, toks, p.toks.start + of + 1..p.toks.end, &mut buf)
                .and_then(|w| lex.form(w))
                .is_some_and(|(e, f)| {
                    matches!(
                        lex.entries[e].kind,
                        ActorKind::Country | ActorKind::Location
                    ) && matches!(f, Form::Name | Form::Capital)
                });
            placed
                && !words[..of].iter().any(|w| lexicon::legal_suffix(w))
                && surname_alone(text, words[of - 1], p.start..p.end)
        };
        if (honoured || lex.given.contains_key(words[0]) || place())
            && !words[..of]
                .iter()
                .any(|w| lexicon::org_keyword(strip_possessive(w)))
        {
            words.truncate(of);
            last = p.toks.start + of - 1;
        }
    }
    // (An ampersand joins a firm's names: "Marsh & McLennan".)
    // ("Research" ends a firm's name, "Jupiter Research", but opens a portfolio:
    // "Research Minister Guy Verhofstadt".)
    let org = words
        .iter()
        .any(|w| lexicon::org_keyword(strip_possessive(w)) || *w == "&")
        || words
            .last()
            .is_some_and(|w| strip_possessive(w) == "Research");
    let media = words
        .iter()
        .any(|w| lexicon::media_keyword(strip_possessive(w)))
        || words
            .last()
            .is_some_and(|w| lexicon::media_last_word(strip_possessive(w)));
    // Words before a full name that opens with a given name and that the lexicon knows
    // as something else describe its bearer and are no part of the name: "Liberal
    // Democrat Alan Beith", "Exchequer Nigel Lawson", "Singer George Michael" (a body,
    // a place or a demonym, a title, or a speaker's or topic noun opening the sentence);
    // not words it does not know ("Luiz Carlos Bresser Pereira"). The mention keeps them.
    let mut start = p.start;
    if !org && !media && words.len() >= 3 && !given_sexed(lex, words[0]) {
        let describes = |d: &str| {
            let lower = lexicon::ascii_lower(d);
            cap(d)
                && !d.contains('.')
                && (lex.form(strip_possessive(d)).is_some()
                    || lex.title(d).is_some()
                    || lexicon::topic_noun(&lower)
                    || lexicon::nominal_speaker(&lower).is_some())
        };
        // A noun for a person ("Boss", "Teenager", "Actor") before two or more words
        // the lexicon does not know describes a bearer whose given name the census
        // lacks: "Boss Graeme Souness", "Striker Didier Drogba".
        let person_noun = |d: &str| {
            cap(d)
                && !lex.given.contains_key(d)
                && lexicon::nominal_speaker(&lexicon::ascii_lower(d)) == Some(ActorKind::Person)
        };
        // So does a place's people-noun before a given name and a surname: "New Yorker
        // Dick Morris", "Glaswegian Billy Connolly".
        let native = |k: usize| {
            k + 2 == words.len()
                && k <= 2
                && given_sexed(lex, words[k])
                && ["er", "ian", "an"]
                    .iter()
                    .any(|e| words[k - 1].ends_with(e))
                // (Not a given name itself: "Jean Pierre Meersseman", "Morgan Stanley
                // International".)
                && !lex.given.contains_key(words[k - 1])
                && words[..k].iter().all(|d| {
                    cap(d) && !d.contains('.') && !lexicon::org_keyword(d) && lex.title(d).is_none()
                })
        };
        let bearer = (1..words.len() - 1)
            .find(|&k| given_sexed(lex, words[k]) && words[..k].iter().all(|d| describes(d)))
            .or_else(|| (1..words.len() - 1).find(|&k| native(k)))
            .or_else(|| {
                (person_noun(words[0])
                    && words[1..]
                        .iter()
                        .all(|w| cap(w) && !w.contains('.') && !describes(w)))
                .then_some(1)
            });
        // After a noun for a body, the words before a given name are the body's name:
        // "the public services union Unison Dave Prentis", "rock band Korn Brian Welch".
        let named_body = p.toks.start > 0 && {
            let t = &toks[p.toks.start - 1];
            let w = t.text(text);
            t.kind == Tk::Word
                && w.starts_with(char::is_lowercase)
                && lexicon::nominal_speaker(w) == Some(ActorKind::Organization)
        };
        let bearer = bearer.or_else(|| {
            named_body
                .then(|| {
                    (1..words.len() - 1).find(|&k| {
                        given_sexed(lex, words[k])
                            && words[..k].iter().all(|d| {
                                cap(d) && !d.contains('.') && !matches!(*d, "Saint" | "St")
                            })
                    })
                })
                .flatten()
        });
        if let Some(k) = bearer {
            start = toks[p.toks.start + k].start;
        }
    }
    let last = toks[last];
    let lw = last.text(text);
    let end = last.start + strip_possessive(lw).len();
    Head::Name {
        start,
        end,
        org,
        media,
    }
}

/// Whether `surname` stands alone somewhere in `text` outside `name`, as a person's
/// does: a whole word, not after "the" nor before "of" ("Rochus made", not "the
/// Guild", "Guild of America").
fn surname_alone(text: &str, surname: &str, name: Range<usize>) -> bool {
    text.match_indices(surname).any(|(at, _)| {
        let before = &text[..at];
        let after = &text[at + surname.len()..];
        !name.contains(&at)
            && before
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
            && after.chars().next().is_none_or(|c| !c.is_alphanumeric())
            && !before.trim_end().ends_with("the")
            && !before.trim_end().ends_with("The")
            && !after.trim_start().starts_with("of ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn show(text: &str) -> Vec<String> {
        let toks = tokens(text, 0, text.len());
        let ps = pieces(text, &toks, 0..toks.len());
        let lex = Lexicon::get();
        refs(text, &toks, &ps)
            .iter()
            .map(|r| {
                let roles: Vec<String> = r
                    .roles
                    .iter()
                    .map(|ro| {
                        format!(
                            "{}{}",
                            lex.titles[ro.title].name,
                            ro.of
                                .map(|e| format!("@{}", lex.entries[e].name))
                                .unwrap_or_default()
                        )
                    })
                    .collect();
                let head = match &r.head {
                    Head::Known(e) => format!("known:{}", lex.entries[*e].name),
                    Head::Name {
                        start, end, org, ..
                    } => format!(
                        "{}:{}",
                        if *org { "org" } else { "name" },
                        &text[*start..*end]
                    ),
                    Head::Pronoun(p) => format!("pron:{p:?}"),
                    Head::TitleOnly => "title".into(),
                    Head::Group { of } => format!(
                        "group:{}",
                        of.map(|e| lex.entries[e].name.clone()).unwrap_or_default()
                    ),
                };
                if roles.is_empty() {
                    head
                } else {
                    format!("{head} [{}]", roles.join(", "))
                }
            })
            .collect()
    }

    #[test]
    fn plain_words_take_no_test() {
        let lex = Lexicon::get();
        for w in PLAIN_WORDS {
            assert!(
                !lex.may_start_form(w),
                "{w}: a gazetteer form opens with it"
            );
            assert!(!lex.may_start_title(w), "{w}: a title opens with it");
            assert!(!lexicon::group_noun(w), "{w}: a group noun");
            assert!(
                lexicon::nominal_speaker(w).is_none(),
                "{w}: a speaker's noun"
            );
            assert!(
                !matches!(*w, "he" | "she" | "they" | "it" | "those"),
                "{w}: a pronoun"
            );
            assert!(
                lexicon::function_word(w)
                    || determiner(w)
                    || lexicon::auxiliary(w)
                    || lexicon::preposition(w)
                    || lexicon::helping_verb(w),
                "{w}: a description may take it as its noun"
            );
        }
        // Between them the pieces are found as ever.
        assert_eq!(
            show("The spokesman of the Pentagon said that the United States would not"),
            ["title [spokesman@Pentagon]", "known:United States"]
        );
    }

    #[test]
    fn references() {
        assert_eq!(
            show("Pentagon spokesman Rear Admiral John Kirby said"),
            ["name:John Kirby [spokesman@Pentagon, Rear Admiral]"]
        );
        assert_eq!(
            show("U.S. Secretary of State John Kerry called"),
            ["name:John Kerry [Secretary of State@United States]"]
        );
        assert_eq!(
            show("Iraqi Prime Minister Nuri al-Maliki, a Shi’ite"),
            ["name:Nuri al-Maliki [Prime Minister@Iraq]"]
        );
        assert_eq!(
            show("U.S. officials may talk with Tehran’s envoy"),
            ["group:United States", "title [envoy@Iran]"]
        );
        assert_eq!(
            show("the Islamic State of Iraq and the Levant (ISIL)"),
            [
                "known:Islamic State of Iraq and the Levant",
                "known:Islamic State of Iraq and the Levant"
            ]
        );
        assert_eq!(
            show("U.S.-Iranian coordination"),
            ["known:United States", "known:Iran"]
        );
        assert_eq!(
            show("Kirby told Yahoo!News he was the Church of Scientology chief"),
            [
                "name:Kirby",
                "known:Yahoo!News",
                "pron:Person",
                "org:Church of Scientology"
            ]
        );
        assert_eq!(
            show("Afghan Ambassador to the United States Hamdullah Mohib"),
            ["name:Hamdullah Mohib [Ambassador@Afghanistan]"]
        );
    }
}
