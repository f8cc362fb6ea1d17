//! Folding events into the current facts. Applying an event cannot fail.
//!
//! The projection keeps what the graph is built from, compactly: every actor id, name,
//! mention and title is interned once ([`Sym`]), and statements and relations keep their
//! sequence number, id and links but not their words, which stay in the log and are read
//! back by sequence number when shown ([`crate::Graph::statement_view`]). That keeps a
//! replay lean and makes the projection cheap to snapshot ([`crate::snapshot`]).

use fxhash::FxHashMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::Arc;
use whosaid_model::{
    ActorId, ActorKind, Date, DocumentId, Envelope, Event, Extractor, Modality, Polarity,
    Predicate, RelationId, RoleCategory, StatementId, StatementKind,
};

/// An interned value: an index into an [`Interner`].
pub(crate) type Sym = u32;

/// Values stored once and named by index. Serialized as the list of values; the
/// look-up index is rebuilt when read.
#[derive(Debug, Clone)]
pub(crate) struct Interner<T> {
    items: Vec<T>,
    index: FxHashMap<T, Sym>,
}

impl<T> Default for Interner<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            index: FxHashMap::default(),
        }
    }
}

impl<T: Clone + Eq + Hash> Interner<T> {
    /// The symbol of `key`, making `T` from it only when it is new.
    pub fn intern<Q>(&mut self, key: &Q, make: impl FnOnce(&Q) -> T) -> Sym
    where
        T: Borrow<Q>,
        Q: ?Sized + Eq + Hash,
    {
        if let Some(&s) = self.index.get(key) {
            return s;
        }
        let s = Sym::try_from(self.items.len()).expect("fewer than 2^32 distinct values");
        let v = make(key);
        self.items.push(v.clone());
        self.index.insert(v, s);
        s
    }

    /// The symbol of `key`, if interned.
    pub fn find<Q>(&self, key: &Q) -> Option<Sym>
    where
        T: Borrow<Q>,
        Q: ?Sized + Eq + Hash,
    {
        self.index.get(key).copied()
    }

    /// The value of a symbol.
    pub fn get(&self, s: Sym) -> &T {
        &self.items[s as usize]
    }

    /// How many values.
    pub fn len(&self) -> usize {
        self.items.len()
    }
}

impl<T: Serialize> Serialize for Interner<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

impl<'de, T: Deserialize<'de> + Clone + Eq + Hash> Deserialize<'de> for Interner<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let items: Vec<T> = Vec::deserialize(d)?;
        let mut index = FxHashMap::with_capacity_and_hasher(items.len(), Default::default());
        for (i, v) in items.iter().enumerate() {
            // A duplicate would mean a corrupt snapshot that still checksummed; the
            // first wins, as when it was interned.
            index.entry(v.clone()).or_insert(i as Sym);
        }
        Ok(Self { items, index })
    }
}

/// An actor identified in a document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ActorFact {
    pub actor: Sym,
    pub name: Sym,
    pub mention: Sym,
    pub kind: ActorKind,
    pub part_of: Option<Sym>,
    pub government: bool,
}

/// A role a document gives an actor.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct RoleFact {
    pub actor: Sym,
    pub title: Sym,
    pub of: Option<Sym>,
    pub category: RoleCategory,
}

/// A statement attribution; its words are in the log at `seq`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct StatementFact {
    pub seq: u64,
    pub id: StatementId,
    pub kind: StatementKind,
    pub speaker: Sym,
    pub about: Vec<Sym>,
}

/// A relation observation; its evidence is in the log at `seq`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct RelationFact {
    pub seq: u64,
    pub id: RelationId,
    pub source: Sym,
    pub predicate: Predicate,
    pub target: Sym,
    pub polarity: Polarity,
    pub modality: Modality,
}

/// The facts of a document's current extraction run.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub(crate) struct DocFacts {
    pub actors: Vec<ActorFact>,
    pub roles: Vec<RoleFact>,
    pub statements: Vec<StatementFact>,
    pub relations: Vec<RelationFact>,
}

/// A stored document and its current extraction run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct DocState {
    pub id: DocumentId,
    /// Sequence number of its `DocumentIngested`.
    pub ingested: u64,
    pub title: Option<Arc<str>>,
    pub date: Option<Date>,
    pub origin: Arc<str>,
    /// The current run: its extractor (a symbol of `Projection::extractors`) and the
    /// sequence number of its `DocumentExtracted`.
    pub run: Option<(Sym, u64)>,
    pub facts: DocFacts,
    /// Extraction runs seen for this document.
    pub runs: u32,
}

/// Everything the log says, as of the last applied event.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Projection {
    /// Actor ids, as interned.
    pub(crate) ids: Interner<ActorId>,
    /// Names, mentions and titles, as interned.
    pub(crate) strings: Interner<Arc<str>>,
    pub(crate) extractors: Interner<Extractor>,
    /// Documents in ingest order.
    pub(crate) docs: Vec<DocState>,
    #[serde(skip)]
    doc_index: FxHashMap<DocumentId, u32>,
    /// Curation events in log order, with their sequence numbers.
    pub(crate) curation: Vec<(u64, Event)>,
    /// Sequence numbers of curation events that were reverted.
    pub(crate) reverted: HashSet<u64>,
    pub(crate) events: u64,
    pub(crate) last_seq: Option<u64>,
    pub(crate) last_recorded_ms: Option<i64>,
    pub(crate) orphans: u64,
}

impl Projection {
    /// An empty projection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Rebuilds the look-up indexes that are not serialized.
    pub(crate) fn reindex(&mut self) {
        self.doc_index = self
            .docs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i as u32))
            .collect();
    }

    /// Number of events applied.
    pub fn events(&self) -> u64 {
        self.events
    }

    /// Sequence number of the last applied event.
    pub fn last_seq(&self) -> Option<u64> {
        self.last_seq
    }

    /// When the last applied event was recorded (milliseconds since the Unix epoch).
    pub fn last_recorded_ms(&self) -> Option<i64> {
        self.last_recorded_ms
    }

    /// Events whose document or run was unknown when they were applied (ignored).
    pub fn orphans(&self) -> u64 {
        self.orphans
    }

    /// Applies one event.
    pub fn apply(&mut self, env: &Envelope) {
        self.apply_owned(env.clone());
    }

    /// Applies one event, taking it. Facts of a run other than their document's current
    /// run are superseded and ignored; facts for unknown documents are counted as orphans.
    pub fn apply_owned(&mut self, env: Envelope) {
        self.events += 1;
        self.last_seq = Some(env.seq);
        self.last_recorded_ms = Some(env.recorded_at_ms);
        let seq = env.seq;
        match env.event {
            Event::DocumentIngested(d) => {
                if !self.doc_index.contains_key(&d.document) {
                    self.doc_index
                        .insert(d.document.clone(), self.docs.len() as u32);
                    self.docs.push(DocState {
                        id: d.document,
                        ingested: seq,
                        title: d.title.map(Arc::from),
                        date: d.date,
                        origin: Arc::from(d.origin),
                        run: None,
                        facts: DocFacts::default(),
                        runs: 0,
                    });
                }
            }
            Event::DocumentExtracted(x) => match self.doc_index.get(&x.document) {
                Some(&i) => {
                    let e = self.extractors.intern(&x.extractor, Clone::clone);
                    let doc = &mut self.docs[i as usize];
                    doc.run = Some((e, seq));
                    doc.facts = DocFacts::default();
                    doc.runs += 1;
                }
                None => self.orphans += 1,
            },
            Event::ActorIdentified(e) => {
                let Some(d) = self.current(&e.provenance.document, &e.provenance.extractor) else {
                    return;
                };
                let fact = ActorFact {
                    actor: self.ids.intern(&e.actor, Clone::clone),
                    name: self.strings.intern(e.name.as_str(), |s: &str| Arc::from(s)),
                    mention: self
                        .strings
                        .intern(e.mention.as_str(), |s: &str| Arc::from(s)),
                    kind: e.kind,
                    part_of: e.part_of.map(|p| self.ids.intern(&p, Clone::clone)),
                    government: e.government,
                };
                self.docs[d].facts.actors.push(fact);
            }
            Event::RoleAttributed(e) => {
                let Some(d) = self.current(&e.provenance.document, &e.provenance.extractor) else {
                    return;
                };
                let fact = RoleFact {
                    actor: self.ids.intern(&e.actor, Clone::clone),
                    title: self
                        .strings
                        .intern(e.title.as_str(), |s: &str| Arc::from(s)),
                    of: e.of.map(|o| self.ids.intern(&o, Clone::clone)),
                    category: e.category,
                };
                self.docs[d].facts.roles.push(fact);
            }
            Event::StatementAttributed(e) => {
                let Some(d) = self.current(&e.provenance.document, &e.provenance.extractor) else {
                    return;
                };
                let fact = StatementFact {
                    seq,
                    id: e.statement,
                    kind: e.kind,
                    speaker: self.ids.intern(&e.speaker, Clone::clone),
                    about: e
                        .about
                        .iter()
                        .map(|a| self.ids.intern(a, Clone::clone))
                        .collect(),
                };
                self.docs[d].facts.statements.push(fact);
            }
            Event::RelationObserved(e) => {
                let Some(d) = self.current(&e.provenance.document, &e.provenance.extractor) else {
                    return;
                };
                let fact = RelationFact {
                    seq,
                    id: e.relation,
                    source: self.ids.intern(&e.source, Clone::clone),
                    predicate: e.predicate,
                    target: self.ids.intern(&e.target, Clone::clone),
                    polarity: e.polarity,
                    modality: e.modality,
                };
                self.docs[d].facts.relations.push(fact);
            }
            Event::CurationReverted(r) => {
                self.reverted.insert(r.seq);
            }
            e => {
                // The rest are curation events (merges, retractions, renames, kinds). Their
                // actors are interned so that the graph can resolve every id they name.
                match &e {
                    Event::ActorsMerged(m) => {
                        self.ids.intern(&m.from, Clone::clone);
                        self.ids.intern(&m.into, Clone::clone);
                    }
                    Event::ActorRenamed(r) => {
                        self.ids.intern(&r.actor, Clone::clone);
                    }
                    Event::ActorKindSet(k) => {
                        self.ids.intern(&k.actor, Clone::clone);
                    }
                    _ => {}
                }
                if e.is_curation() {
                    self.curation.push((seq, e));
                }
            }
        }
    }

    /// The index of `doc` when `extractor` made its current run.
    fn current(&mut self, doc: &DocumentId, extractor: &Extractor) -> Option<usize> {
        let found = self.doc_index.get(doc).map(|&i| i as usize).filter(|&i| {
            self.docs[i]
                .run
                .is_some_and(|(e, _)| self.extractors.get(e) == extractor)
        });
        if found.is_none() {
            self.orphans += 1;
        }
        found
    }
}

/// The curation that applies: events not reverted, in log order.
#[derive(Debug, Default)]
pub(crate) struct Curation {
    pub merges: Vec<(ActorId, ActorId)>,
    pub retracted_statements: HashSet<StatementId>,
    pub retracted_relations: HashSet<RelationId>,
    pub names: HashMap<ActorId, String>,
    pub kinds: HashMap<ActorId, ActorKind>,
}

impl Projection {
    /// The curation in force (reverted events left out; later renames win).
    pub(crate) fn curation(&self) -> Curation {
        let mut c = Curation::default();
        for (seq, e) in &self.curation {
            if self.reverted.contains(seq) {
                continue;
            }
            match e {
                Event::ActorsMerged(m) => c.merges.push((m.from.clone(), m.into.clone())),
                Event::StatementRetracted(r) => {
                    c.retracted_statements.insert(r.statement.clone());
                }
                Event::RelationRetracted(r) => {
                    c.retracted_relations.insert(r.relation.clone());
                }
                Event::ActorRenamed(r) => {
                    c.names.insert(r.actor.clone(), r.name.clone());
                }
                Event::ActorKindSet(k) => {
                    c.kinds.insert(k.actor.clone(), k.kind);
                }
                _ => {}
            }
        }
        c
    }

    /// Every document in ingest order, with the extractor of its current run and its title.
    pub fn documents(&self) -> Vec<(DocumentId, Option<Extractor>, Option<String>)> {
        self.docs
            .iter()
            .map(|d| {
                (
                    d.id.clone(),
                    d.run.map(|(e, _)| self.extractors.get(e).clone()),
                    d.title.as_deref().map(str::to_owned),
                )
            })
            .collect()
    }

    /// The curation event at `seq`, if there is one.
    pub fn curation_event(&self, seq: u64) -> Option<&Event> {
        self.curation
            .iter()
            .find(|(s, _)| *s == seq)
            .map(|(_, e)| e)
    }

    /// Whether the curation event at `seq` was reverted.
    pub fn is_reverted(&self, seq: u64) -> bool {
        self.reverted.contains(&seq)
    }
}
