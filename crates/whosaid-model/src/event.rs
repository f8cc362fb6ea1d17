//! Events: past-tense facts, appended to the log and never edited.
//!
//! Serialized events are a compatibility promise (see `docs/EVENTS.md`): variants and
//! fields are only ever appended, never reordered or removed; a change of shape bumps
//! [`SCHEMA_VERSION`] and the store upcasts older envelopes when it reads them.

use crate::date::Date;
use crate::fact::{
    ActorKind, Extractor, Modality, Polarity, Predicate, Provenance, RoleCategory, StatementKind,
    TextSpan,
};
use crate::id::{ActorId, DocumentId, RelationId, StatementId};
use serde::{Deserialize, Serialize};

/// The schema version written into every new envelope.
pub const SCHEMA_VERSION: u16 = 1;

/// An event with its place in the log and the facts about its recording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// Schema version of `event`'s shape when it was written.
    pub schema: u16,
    /// Position in the log: 0, 1, 2, ... without gaps.
    pub seq: u64,
    /// When the store appended it, in milliseconds since the Unix epoch (UTC).
    pub recorded_at_ms: i64,
    /// The program (and version) that appended it.
    pub producer: Extractor,
    /// The fact itself.
    pub event: Event,
}

/// Everything that can happen to a whosaid store.
///
/// Extraction events (from [`Event::DocumentExtracted`] to [`Event::RelationObserved`])
/// name the extractor in their provenance. A [`Event::DocumentExtracted`] opens one
/// extraction run of a document; the facts of that run follow it in the same atomic
/// batch. A later run for the same document supersedes the earlier one in queries
/// without removing it from history. Curation events ([`Event::ActorsMerged`],
/// [`Event::StatementRetracted`], [`Event::RelationRetracted`]) are ordinary events too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// An article's text was stored.
    DocumentIngested(DocumentIngested),
    /// An extractor ran over a document; the run's facts follow.
    DocumentExtracted(DocumentExtracted),
    /// A mention in a document was identified as an actor.
    ActorIdentified(ActorIdentified),
    /// A document gave an actor a role or title.
    RoleAttributed(RoleAttributed),
    /// A document reports that an actor made a statement.
    StatementAttributed(StatementAttributed),
    /// A document states a relation between two actors.
    RelationObserved(RelationObserved),
    /// A curator decided two actor ids are the same entity.
    ActorsMerged(ActorsMerged),
    /// A curator withdrew a statement attribution.
    StatementRetracted(StatementRetracted),
    /// A curator withdrew a relation observation.
    RelationRetracted(RelationRetracted),
    /// A curator gave an actor another canonical name.
    ActorRenamed(ActorRenamed),
    /// A curator corrected an actor's kind.
    ActorKindSet(ActorKindSet),
    /// A curator undid an earlier curation event.
    CurationReverted(CurationReverted),
}

impl Event {
    /// The event's name as written in `docs/EVENTS.md` and in `whosaid log`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::DocumentIngested(_) => "DocumentIngested",
            Self::DocumentExtracted(_) => "DocumentExtracted",
            Self::ActorIdentified(_) => "ActorIdentified",
            Self::RoleAttributed(_) => "RoleAttributed",
            Self::StatementAttributed(_) => "StatementAttributed",
            Self::RelationObserved(_) => "RelationObserved",
            Self::ActorsMerged(_) => "ActorsMerged",
            Self::StatementRetracted(_) => "StatementRetracted",
            Self::RelationRetracted(_) => "RelationRetracted",
            Self::ActorRenamed(_) => "ActorRenamed",
            Self::ActorKindSet(_) => "ActorKindSet",
            Self::CurationReverted(_) => "CurationReverted",
        }
    }

    /// The document an event belongs to, for document-scoped events.
    pub fn document(&self) -> Option<&DocumentId> {
        match self {
            Self::DocumentIngested(e) => Some(&e.document),
            Self::DocumentExtracted(e) => Some(&e.document),
            Self::ActorIdentified(e) => Some(&e.provenance.document),
            Self::RoleAttributed(e) => Some(&e.provenance.document),
            Self::StatementAttributed(e) => Some(&e.provenance.document),
            Self::RelationObserved(e) => Some(&e.provenance.document),
            Self::ActorsMerged(_)
            | Self::StatementRetracted(_)
            | Self::RelationRetracted(_)
            | Self::ActorRenamed(_)
            | Self::ActorKindSet(_)
            | Self::CurationReverted(_) => None,
        }
    }
}

/// Where an ingested document came from and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentIngested {
    /// Content hash of the text.
    pub document: DocumentId,
    /// The id the source gave it (a JSONL `id`), if any.
    pub source_id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
    /// Publisher or wire service.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Where whosaid read it: a path, `path:line` for JSONL, or `-` for stdin.
    pub origin: String,
    /// Length of the text in bytes.
    pub bytes: u64,
}

/// An extraction run over a document began; its facts follow in the same batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentExtracted {
    /// The document.
    pub document: DocumentId,
    /// Who extracted.
    pub extractor: Extractor,
    /// How many actor, role, statement and relation events the run adds.
    pub facts: u32,
}

/// A mention identified as an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorIdentified {
    /// The resolved actor.
    pub actor: ActorId,
    /// Its canonical name.
    pub name: String,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// The mention as written (becomes an alias), e.g. `Tehran` for Iran.
    pub mention: String,
    /// The larger actor it belongs to (the Pentagon is part of the United States).
    pub part_of: Option<ActorId>,
    /// Whether it is a government, government body or intergovernmental body.
    pub government: bool,
    /// Where the mention is.
    pub provenance: Provenance,
}

/// A role or title held by an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleAttributed {
    /// Who holds it.
    pub actor: ActorId,
    /// The title, normalised ("spokesman", "Secretary of State", "Rear Admiral").
    pub title: String,
    /// The organization or country it is held in, if named.
    pub of: Option<ActorId>,
    /// Its sphere, which decides whether the holder is an official.
    pub category: RoleCategory,
    /// The words that give the role, e.g. `Pentagon spokesman`.
    pub evidence: String,
    /// Where those words are.
    pub provenance: Provenance,
}

/// A statement attributed to a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementAttributed {
    /// Its id.
    pub statement: StatementId,
    /// Direct, indirect or mixed.
    pub kind: StatementKind,
    /// The resolved speaker.
    pub speaker: ActorId,
    /// The local mention the attribution used (`he`, `Kirby`), if any.
    pub speaker_mention: Option<TextSpan>,
    /// What was said (without the quotation marks).
    pub content: TextSpan,
    /// The reporting verb (`said`, `told`, `according to`), if any.
    pub cue: Option<TextSpan>,
    /// The actors the statement is about.
    pub about: Vec<ActorId>,
    /// The whole attribution: content, speaker and cue.
    pub provenance: Provenance,
}

/// A relation between two actors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationObserved {
    /// Its id.
    pub relation: RelationId,
    /// Subject.
    pub source: ActorId,
    /// What relation.
    pub predicate: Predicate,
    /// Object.
    pub target: ActorId,
    /// Whether it holds.
    pub polarity: Polarity,
    /// How certain.
    pub modality: Modality,
    /// The statement whose content asserts it, when it is a speaker's claim.
    pub claimed_in: Option<StatementId>,
    /// The words that give the relation.
    pub evidence: String,
    /// Where those words are.
    pub provenance: Provenance,
}

/// Two actor ids name the same entity; `from` is folded into `into`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorsMerged {
    /// The id that disappears into the other.
    pub from: ActorId,
    /// The id that remains.
    pub into: ActorId,
    /// Why.
    pub reason: String,
}

/// A statement attribution is withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementRetracted {
    /// Which statement.
    pub statement: StatementId,
    /// Why.
    pub reason: String,
}

/// A relation observation is withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationRetracted {
    /// Which relation.
    pub relation: RelationId,
    /// Why.
    pub reason: String,
}

/// An actor gets another canonical name (its id stays; the old name stays an alias).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRenamed {
    /// Which actor.
    pub actor: ActorId,
    /// The new canonical name.
    pub name: String,
    /// Why.
    pub reason: String,
}

/// An actor's kind is corrected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorKindSet {
    /// Which actor.
    pub actor: ActorId,
    /// Its kind from now on.
    pub kind: ActorKind,
    /// Why.
    pub reason: String,
}

/// An earlier curation event (merge, retraction, rename, kind) no longer applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurationReverted {
    /// Sequence number of the curation event undone.
    pub seq: u64,
    /// Why.
    pub reason: String,
}

impl Event {
    /// Whether this is a curation event (one a person decided, which can be reverted).
    pub fn is_curation(&self) -> bool {
        matches!(
            self,
            Self::ActorsMerged(_)
                | Self::StatementRetracted(_)
                | Self::RelationRetracted(_)
                | Self::ActorRenamed(_)
                | Self::ActorKindSet(_)
        )
    }
}
