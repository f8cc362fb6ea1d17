//! Folding events into the current facts. Applying an event cannot fail.

use std::collections::{HashMap, HashSet};
use whosaid_model::{
    ActorId, ActorIdentified, ActorKind, DocumentId, DocumentIngested, Envelope, Event, Extractor,
    RelationId, RelationObserved, RoleAttributed, StatementAttributed, StatementId,
};

/// The facts of a document's current extraction run.
#[derive(Debug, Default, Clone)]
pub(crate) struct DocFacts {
    pub actors: Vec<ActorIdentified>,
    pub roles: Vec<RoleAttributed>,
    pub statements: Vec<(u64, StatementAttributed)>,
    pub relations: Vec<(u64, RelationObserved)>,
}

/// A stored document and its current extraction run.
#[derive(Debug, Clone)]
pub(crate) struct DocState {
    pub meta: DocumentIngested,
    pub run: Option<(Extractor, u64)>,
    pub facts: DocFacts,
    /// Extraction runs seen for this document, oldest first.
    pub runs: u32,
}

/// Everything the log says, as of the last applied event.
#[derive(Debug, Default, Clone)]
pub struct Projection {
    pub(crate) docs: HashMap<DocumentId, DocState>,
    pub(crate) doc_order: Vec<DocumentId>,
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

    /// Number of events applied.
    pub fn events(&self) -> u64 {
        self.events
    }

    /// Sequence number of the last applied event.
    pub fn last_seq(&self) -> Option<u64> {
        self.last_seq
    }

    /// Events whose document or run was unknown when they were applied (ignored).
    pub fn orphans(&self) -> u64 {
        self.orphans
    }

    /// Applies one event. Facts of a run other than their document's current run are
    /// superseded and ignored; facts for unknown documents are counted as orphans.
    pub fn apply(&mut self, env: &Envelope) {
        self.apply_owned(env.clone());
    }

    /// Applies one event, taking it (its facts are moved, not copied).
    pub fn apply_owned(&mut self, env: Envelope) {
        self.events += 1;
        self.last_seq = Some(env.seq);
        self.last_recorded_ms = Some(env.recorded_at_ms);
        let seq = env.seq;
        match env.event {
            Event::DocumentIngested(d) => {
                if !self.docs.contains_key(&d.document) {
                    self.doc_order.push(d.document.clone());
                }
                let key = d.document.clone();
                self.docs.entry(key).or_insert_with(|| DocState {
                    meta: d,
                    run: None,
                    facts: DocFacts::default(),
                    runs: 0,
                });
            }
            Event::DocumentExtracted(x) => match self.docs.get_mut(&x.document) {
                Some(doc) => {
                    doc.run = Some((x.extractor, seq));
                    doc.facts = DocFacts::default();
                    doc.runs += 1;
                }
                None => self.orphans += 1,
            },
            Event::ActorIdentified(e) => {
                if let Some(f) = self.current(&e.provenance.document, &e.provenance.extractor) {
                    f.actors.push(e);
                }
            }
            Event::RoleAttributed(e) => {
                if let Some(f) = self.current(&e.provenance.document, &e.provenance.extractor) {
                    f.roles.push(e);
                }
            }
            Event::StatementAttributed(e) => {
                if let Some(f) = self.current(&e.provenance.document, &e.provenance.extractor) {
                    f.statements.push((seq, e));
                }
            }
            Event::RelationObserved(e) => {
                if let Some(f) = self.current(&e.provenance.document, &e.provenance.extractor) {
                    f.relations.push((seq, e));
                }
            }
            Event::CurationReverted(r) => {
                self.reverted.insert(r.seq);
            }
            e => {
                // The rest are curation events (merges, retractions, renames, kinds).
                if e.is_curation() {
                    self.curation.push((seq, e));
                }
            }
        }
    }

    fn current(&mut self, doc: &DocumentId, extractor: &Extractor) -> Option<&mut DocFacts> {
        match self.docs.get_mut(doc) {
            Some(d) if d.run.as_ref().is_some_and(|(e, _)| e == extractor) => Some(&mut d.facts),
            _ => {
                self.orphans += 1;
                None
            }
        }
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
        self.doc_order
            .iter()
            .filter_map(|id| {
                let d = self.docs.get(id)?;
                Some((
                    id.clone(),
                    d.run.as_ref().map(|(e, _)| e.clone()),
                    d.meta.title.clone(),
                ))
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
