//! English news text in, the facts of one document out: actors, roles, statements
//! (direct, indirect, mixed) with resolved speakers and what they are about, and
//! relations between actors with polarity and modality. Rule-based and deterministic;
//! this crate does no I/O (its word lists are compiled in from `data/`).
//!
//! ```
//! use whosaid_extract::extract;
//!
//! let text = "Talks\n\n\u{201c}We will talk to Iran,\u{201d} U.S. Secretary of State John Kerry said.";
//! let x = extract(text, None);
//! let s = &x.statements[0];
//! assert_eq!(s.speaker.name, "John Kerry");
//! assert_eq!(s.content.text, "We will talk to Iran");
//! assert_eq!(s.about[0].name, "Iran");
//! ```
#![deny(missing_docs)]

mod engine;
pub mod eval;
pub mod lexicon;
pub mod mention;
pub mod text;

use serde::Serialize;
use whosaid_model::{
    ActorId, ActorIdentified, ActorKind, DocumentExtracted, DocumentId, Event, Extractor, Modality,
    Polarity, Predicate, Provenance, RelationId, RelationObserved, RoleAttributed, RoleCategory,
    Span, StatementAttributed, StatementId, StatementKind, TextSpan,
};

/// This extractor's name, as recorded in provenance.
pub const EXTRACTOR_NAME: &str = "whosaid-extract";
/// This extractor's version, as recorded in provenance: the crate's version and the
/// revision of its rules. Bump the revision whenever the output for any text changes, so
/// that facts from different rules never claim the same version and `reextract` knows
/// what to re-run; `tests/version.rs` fails when the output of the bundled examples
/// changes without it.
pub const EXTRACTOR_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+rules.204");

/// The extractor reference recorded in provenance.
pub fn extractor() -> Extractor {
    Extractor::new(EXTRACTOR_NAME, EXTRACTOR_VERSION)
}

/// A span of the document with its text, in UTF-8 byte offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The text, verbatim.
    pub text: String,
}

impl Text {
    /// The span of `doc` with its text (empty text when the span is not on character
    /// boundaries or out of bounds).
    pub fn cut(doc: &str, span: Span) -> Self {
        Self {
            start: span.start,
            end: span.end,
            text: doc.get(span.range()).unwrap_or_default().to_owned(),
        }
    }

    /// The span.
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
}

/// An actor reference in output: id and canonical name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    /// Id.
    pub id: ActorId,
    /// Canonical name.
    pub name: String,
}

/// A statement's speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Resolved actor id.
    pub id: ActorId,
    /// Resolved actor name.
    pub name: String,
    /// Actor kind.
    pub kind: ActorKind,
    /// The local mention the attribution used ("he", "Kirby"), if any.
    pub mention: Option<Text>,
}

/// A statement found in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// Direct, indirect or mixed.
    pub kind: StatementKind,
    /// What was said.
    pub content: Text,
    /// The reporting verb.
    pub cue: Option<Text>,
    /// Who said it.
    pub speaker: Speaker,
    /// Actors it is about.
    pub about: Vec<ActorRef>,
    /// The whole attribution (content, speaker, cue and framing clause).
    pub attribution: Text,
}

/// A role held by an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    /// Title.
    pub title: String,
    /// The actor it is held in.
    pub of: Option<ActorRef>,
    /// Sphere.
    pub category: RoleCategory,
    /// Evidence.
    pub evidence: Text,
}

/// An actor found in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// Id.
    pub id: ActorId,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Mentions, one per distinct spelling.
    pub mentions: Vec<Text>,
    /// Roles.
    pub roles: Vec<Role>,
    /// The actor it is part of.
    pub part_of: Option<ActorRef>,
    /// Whether it is a government or government body.
    pub government: bool,
    /// Whether it is a person holding a government, military, diplomatic or
    /// intergovernmental role.
    pub official: bool,
}

/// A relation between two actors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Relation {
    /// Subject.
    pub source: ActorRef,
    /// Predicate.
    pub predicate: Predicate,
    /// Object.
    pub target: ActorRef,
    /// Polarity.
    pub polarity: Polarity,
    /// Modality.
    pub modality: Modality,
    /// Evidence.
    pub evidence: Text,
    /// Index (in `statements`) of the statement whose content asserts it.
    pub claimed_in: Option<usize>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extraction {
    /// Statements in text order.
    pub statements: Vec<Statement>,
    /// Actors in order of first mention.
    pub actors: Vec<Actor>,
    /// Relations in text order.
    pub relations: Vec<Relation>,
}

/// Extracts the facts of one English news document. `title` is the headline from
/// metadata when the caller has one (it helps recognise the headline paragraph).
///
/// Never panics on any input; text that is not news simply yields few facts.
pub fn extract(text: &str, title: Option<&str>) -> Extraction {
    let doc = DocumentId::for_text(text);
    let found = engine::run(text, title);
    let ids: Vec<Option<ActorId>> = found
        .actors
        .iter()
        .map(|a| engine::actor_id(a, doc.short()))
        .collect();
    let aref = |i: usize| -> Option<ActorRef> {
        Some(ActorRef {
            id: ids[i].clone()?,
            name: found.actors[i].name.clone(),
        })
    };
    let actors: Vec<Actor> = found
        .actors
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            Some(Actor {
                id: ids[i].clone()?,
                name: a.name.clone(),
                kind: a.kind,
                mentions: a.mentions.iter().map(|m| Text::cut(text, *m)).collect(),
                roles: a
                    .roles
                    .iter()
                    .map(|r| Role {
                        title: r.title.clone(),
                        of: r.of.and_then(aref),
                        category: r.category,
                        evidence: Text::cut(text, r.span),
                    })
                    .collect(),
                part_of: a.part_of.and_then(aref),
                government: a.government,
                official: a.kind == ActorKind::Person
                    && a.roles.iter().any(|r| r.category.is_official()),
            })
        })
        .collect();
    let statements: Vec<Statement> = found
        .statements
        .iter()
        .filter_map(|s| {
            let sp = &found.actors[s.speaker];
            Some(Statement {
                kind: s.kind,
                content: Text::cut(text, s.content),
                cue: s.cue.map(|c| Text::cut(text, c)),
                speaker: Speaker {
                    id: ids[s.speaker].clone()?,
                    name: sp.name.clone(),
                    kind: sp.kind,
                    mention: s.mention.map(|m| Text::cut(text, m)),
                },
                about: s.about.iter().filter_map(|&a| aref(a)).collect(),
                attribution: Text::cut(text, s.span),
            })
        })
        .collect();
    let relations = found
        .relations
        .iter()
        .filter_map(|r| {
            Some(Relation {
                source: aref(r.source)?,
                predicate: Predicate::new(r.predicate.clone())?,
                target: aref(r.target)?,
                polarity: r.polarity,
                modality: r.modality,
                evidence: Text::cut(text, r.span),
                claimed_in: r.claimed_in,
            })
        })
        .collect();
    Extraction {
        statements,
        actors,
        relations,
    }
}

impl Extraction {
    /// The extraction run as events: a `DocumentExtracted` followed by the run's facts,
    /// each with provenance naming `document` and `extractor`.
    pub fn to_events(&self, document: &DocumentId, extractor: &Extractor) -> Vec<Event> {
        let tag = extractor.tag();
        let prov = |span: Span| Provenance {
            document: document.clone(),
            span,
            extractor: extractor.clone(),
        };
        let mut facts = Vec::new();
        for a in &self.actors {
            // One event per mention; an actor named only as part of another (a
            // country a body belongs to) gets one with its name and an empty span.
            let fallback = [Text {
                start: 0,
                end: 0,
                text: a.name.clone(),
            }];
            let mentions = if a.mentions.is_empty() {
                &fallback[..]
            } else {
                &a.mentions[..]
            };
            for m in mentions {
                facts.push(Event::ActorIdentified(ActorIdentified {
                    actor: a.id.clone(),
                    name: a.name.clone(),
                    kind: a.kind,
                    mention: m.text.clone(),
                    part_of: a.part_of.as_ref().map(|p| p.id.clone()),
                    government: a.government,
                    provenance: prov(m.span()),
                }));
            }
            for r in &a.roles {
                facts.push(Event::RoleAttributed(RoleAttributed {
                    actor: a.id.clone(),
                    title: r.title.clone(),
                    of: r.of.as_ref().map(|o| o.id.clone()),
                    category: r.category,
                    evidence: r.evidence.text.clone(),
                    provenance: prov(r.evidence.span()),
                }));
            }
        }
        let stmt_ids: Vec<StatementId> = (0..self.statements.len())
            .map(|n| StatementId::nth(document, &tag, n as u32))
            .collect();
        for (s, id) in self.statements.iter().zip(&stmt_ids) {
            facts.push(Event::StatementAttributed(StatementAttributed {
                statement: id.clone(),
                kind: s.kind,
                speaker: s.speaker.id.clone(),
                speaker_mention: s.speaker.mention.as_ref().map(|m| TextSpan {
                    span: m.span(),
                    text: m.text.clone(),
                }),
                content: TextSpan {
                    span: s.content.span(),
                    text: s.content.text.clone(),
                },
                cue: s.cue.as_ref().map(|c| TextSpan {
                    span: c.span(),
                    text: c.text.clone(),
                }),
                about: s.about.iter().map(|a| a.id.clone()).collect(),
                provenance: prov(s.attribution.span()),
            }));
        }
        for (n, r) in self.relations.iter().enumerate() {
            facts.push(Event::RelationObserved(RelationObserved {
                relation: RelationId::nth(document, &tag, n as u32),
                source: r.source.id.clone(),
                predicate: r.predicate.clone(),
                target: r.target.id.clone(),
                polarity: r.polarity,
                modality: r.modality,
                claimed_in: r.claimed_in.and_then(|i| stmt_ids.get(i).cloned()),
                evidence: r.evidence.text.clone(),
                provenance: prov(r.evidence.span()),
            }));
        }
        let mut events = Vec::with_capacity(facts.len() + 1);
        events.push(Event::DocumentExtracted(DocumentExtracted {
            document: document.clone(),
            extractor: extractor.clone(),
            facts: u32::try_from(facts.len()).unwrap_or(u32::MAX),
        }));
        events.extend(facts);
        events
    }
}
