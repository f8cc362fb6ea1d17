//! Folding events into the current facts. Applying an event cannot fail.
//!
//! The projection keeps what the graph is built from, compactly: every actor id, name,
//! mention and title is interned once ([`Sym`]), and statements and relations keep their
//! sequence number, id and links but not their words, which stay in the log and are read
//! back by sequence number when shown ([`crate::Graph::statement_view`]). That keeps a
//! replay lean and makes the projection cheap to snapshot ([`crate::snapshot`]).

use crate::graph::normalize_name;
use fxhash::FxHashMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::{Arc, OnceLock};
use whosaid_model::{
    ActorId, ActorKind, Date, DocumentId, Envelope, Event, Extractor, Modality, Polarity,
    Predicate, RelationId, RoleCategory, StatementId, StatementKind,
};

/// An interned value: an index into an [`Interner`].
pub(crate) type Sym = u32;

/// Values stored once and named by index. Serialized as the list of values; the
/// look-up index is rebuilt from it the first time it is needed (a query that loads a
/// snapshot and folds no new events never needs it).
#[derive(Debug, Clone)]
pub(crate) struct Interner<T: Eq + Hash> {
    items: Vec<T>,
    index: OnceLock<FxHashMap<T, Sym>>,
}

impl<T: Eq + Hash> Default for Interner<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            index: OnceLock::new(),
        }
    }
}

impl<T: Clone + Eq + Hash> Interner<T> {
    fn index(&self) -> &FxHashMap<T, Sym> {
        self.index.get_or_init(|| {
            let mut index =
                FxHashMap::with_capacity_and_hasher(self.items.len(), Default::default());
            for (i, v) in self.items.iter().enumerate() {
                // A duplicate would mean a damaged snapshot that still checksummed; the
                // first wins, as when it was interned.
                index.entry(v.clone()).or_insert(i as Sym);
            }
            index
        })
    }

    /// The symbol of `key`, making `T` from it only when it is new.
    pub fn intern<Q>(&mut self, key: &Q, make: impl FnOnce(&Q) -> T) -> Sym
    where
        T: Borrow<Q>,
        Q: ?Sized + Eq + Hash,
    {
        if let Some(&s) = self.index().get(key) {
            return s;
        }
        let s = Sym::try_from(self.items.len()).expect("fewer than 2^32 distinct values");
        let v = make(key);
        self.items.push(v.clone());
        self.index.get_mut().expect("built above").insert(v, s);
        s
    }

    /// The symbol of `key`, if interned.
    pub fn find<Q>(&self, key: &Q) -> Option<Sym>
    where
        T: Borrow<Q>,
        Q: ?Sized + Eq + Hash,
    {
        self.index().get(key).copied()
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

impl<T: Serialize + Eq + Hash> Serialize for Interner<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

impl<'de, T: Deserialize<'de> + Eq + Hash> Deserialize<'de> for Interner<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self {
            items: Vec::deserialize(d)?,
            index: OnceLock::new(),
        })
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
    /// Look-up keys ([`normalize_name`]) of the interned strings and ids, each computed
    /// once, when its string or id is first seen.
    pub(crate) keys: Interner<Arc<str>>,
    /// The key of each of `strings`.
    pub(crate) string_keys: Vec<Sym>,
    /// The key of each of `ids`.
    pub(crate) id_keys: Vec<Sym>,
    pub(crate) extractors: Interner<Extractor>,
    /// Documents in ingest order.
    pub(crate) docs: Vec<DocState>,
    /// Documents by id; rebuilt from `docs` when first needed.
    #[serde(skip)]
    doc_index: Option<FxHashMap<DocumentId, u32>>,
    /// The document the last fact belonged to, and its index.
    #[serde(skip)]
    last_doc: Option<(DocumentId, usize)>,
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

    /// Interns an actor id (and its look-up key when it is new).
    fn id(&mut self, id: &ActorId) -> Sym {
        let s = self.ids.intern(id, Clone::clone);
        if s as usize == self.id_keys.len() {
            let key = normalize_name(id.as_str());
            let k = self.keys.intern(key.as_str(), |k: &str| Arc::from(k));
            self.id_keys.push(k);
        }
        s
    }

    /// Interns a name, mention or title (and its look-up key when it is new).
    fn string(&mut self, v: &str) -> Sym {
        let s = self.strings.intern(v, |v: &str| Arc::from(v));
        if s as usize == self.string_keys.len() {
            let key = normalize_name(v);
            let k = self.keys.intern(key.as_str(), |k: &str| Arc::from(k));
            self.string_keys.push(k);
        }
        s
    }

    /// Documents by id, built from `docs` the first time (after a snapshot is loaded).
    fn doc_index(&mut self) -> &mut FxHashMap<DocumentId, u32> {
        let docs = &self.docs;
        self.doc_index.get_or_insert_with(|| {
            docs.iter()
                .enumerate()
                .map(|(i, d)| (d.id.clone(), i as u32))
                .collect()
        })
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
                let n = self.docs.len() as u32;
                if !self.doc_index().contains_key(&d.document) {
                    self.doc_index().insert(d.document.clone(), n);
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
            Event::DocumentExtracted(x) => match self.doc_index().get(&x.document).copied() {
                Some(i) => {
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
                    actor: self.id(&e.actor),
                    name: self.string(&e.name),
                    mention: self.string(&e.mention),
                    kind: e.kind,
                    part_of: e.part_of.map(|p| self.id(&p)),
                    government: e.government,
                };
                self.docs[d].facts.actors.push(fact);
            }
            Event::RoleAttributed(e) => {
                let Some(d) = self.current(&e.provenance.document, &e.provenance.extractor) else {
                    return;
                };
                let fact = RoleFact {
                    actor: self.id(&e.actor),
                    title: self.string(&e.title),
                    of: e.of.map(|o| self.id(&o)),
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
                    speaker: self.id(&e.speaker),
                    about: e.about.iter().map(|a| self.id(a)).collect(),
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
                    source: self.id(&e.source),
                    predicate: e.predicate,
                    target: self.id(&e.target),
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
                        self.id(&m.from);
                        self.id(&m.into);
                    }
                    Event::ActorRenamed(r) => {
                        self.id(&r.actor);
                    }
                    Event::ActorKindSet(k) => {
                        self.id(&k.actor);
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
        // A run's facts follow each other in the log: remember the last document.
        let index = match &self.last_doc {
            Some((id, i)) if id == doc => Some(*i),
            _ => {
                let i = self.doc_index().get(doc).map(|&i| i as usize);
                self.last_doc = i.map(|i| (doc.clone(), i));
                i
            }
        };
        let found = index.filter(|&i| {
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
