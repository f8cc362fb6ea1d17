//! The materialised graph: actors as nodes, relations, roles and "spoke about" as
//! edges, with a name/alias index and the statements behind every answer.

use crate::projection::{Curation, Projection, Sym};
use crate::QueryError;
use fxhash::FxHashMap;
use petgraph::stable_graph::{NodeIndex, StableGraph};
use serde::Serialize;
use std::collections::BTreeSet;
use std::sync::Arc;
use whosaid_model::{
    fold_char, ActorId, ActorKind, Date, DocumentId, Event, Extractor, Modality, Polarity,
    Predicate, RelationId, RoleCategory, Span, StatementId, StatementKind,
};
use whosaid_store::Store;

/// A role as the graph knows it, with where it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleView {
    /// Title.
    pub title: String,
    /// Where it is held.
    pub of: Option<ActorId>,
    /// Name of where it is held.
    pub of_name: Option<String>,
    /// Sphere.
    pub category: RoleCategory,
    /// Documents that state it.
    pub documents: usize,
}

/// An actor node.
#[derive(Debug, Clone, Serialize)]
pub struct ActorView {
    /// Id (after merges).
    pub id: ActorId,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Every spelling seen, and merged-in ids' names.
    pub aliases: BTreeSet<String>,
    /// Roles held.
    pub roles: Vec<RoleView>,
    /// Larger actor it belongs to.
    pub part_of: Option<ActorId>,
    /// Government or government body.
    pub government: bool,
    /// A person holding a government, military, diplomatic or intergovernmental role.
    pub official: bool,
    /// Documents that mention it.
    pub documents: usize,
}

impl ActorView {
    /// The role to show first: official roles before others, then the most attested.
    pub fn headline_role(&self) -> Option<String> {
        let mut roles: Vec<&RoleView> = self.roles.iter().collect();
        roles.sort_by_key(|r| {
            (
                !r.category.is_official(),
                r.of.is_none(),
                std::cmp::Reverse(r.documents),
            )
        });
        roles.first().map(|r| match &r.of_name {
            Some(of) => format!("{} ({})", r.title, of),
            None => r.title.clone(),
        })
    }
}

/// A statement as the graph holds it: who, about whom, where; its words stay in the log
/// at `seq` ([`Graph::statement_view`] reads them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRec {
    /// Sequence number of its event.
    pub seq: u64,
    /// Id.
    pub id: StatementId,
    /// Kind.
    pub kind: StatementKind,
    /// Speaker id (after merges).
    pub speaker: ActorId,
    /// Actors it is about (after merges), each once.
    pub about: Vec<ActorId>,
    /// Source document.
    pub document: DocumentId,
    /// The document's date.
    pub date: Option<Date>,
    /// The document's place in the graph's document table.
    doc: u32,
}

/// A relation observation as the graph holds it; its evidence stays in the log at `seq`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationRec {
    /// Sequence number of its event.
    pub seq: u64,
    /// Id.
    pub id: RelationId,
    /// Subject (after merges).
    pub source: ActorId,
    /// Predicate.
    pub predicate: Predicate,
    /// Object (after merges).
    pub target: ActorId,
    /// Polarity.
    pub polarity: Polarity,
    /// Modality.
    pub modality: Modality,
    /// Source document.
    pub document: DocumentId,
}

/// What the graph keeps of a document to show with its statements.
#[derive(Debug, Clone)]
struct DocInfo {
    title: Option<Arc<str>>,
    origin: Arc<str>,
}

/// A statement with its words and provenance, read back from the log.
#[derive(Debug, Clone, Serialize)]
pub struct StatementView {
    /// Id.
    pub id: StatementId,
    /// Kind.
    pub kind: StatementKind,
    /// Speaker id (after merges).
    pub speaker: ActorId,
    /// Speaker name.
    pub speaker_name: String,
    /// The mention the attribution used.
    pub speaker_mention: Option<String>,
    /// What was said.
    pub content: String,
    /// Reporting verb.
    pub cue: Option<String>,
    /// Actors it is about (after merges).
    pub about: Vec<ActorId>,
    /// Source document.
    pub document: DocumentId,
    /// The document's title.
    pub title: Option<String>,
    /// The document's date.
    pub date: Option<Date>,
    /// Where whosaid read the document.
    pub origin: String,
    /// Bytes of the whole attribution in the document.
    pub span: Span,
    /// Bytes of the content.
    pub content_span: Span,
    /// Who extracted it.
    pub extractor: Extractor,
    /// Sequence number of its event.
    pub seq: u64,
}

/// A relation observation with its evidence, read back from the log.
#[derive(Debug, Clone, Serialize)]
pub struct RelationView {
    /// Id.
    pub id: RelationId,
    /// Subject (after merges).
    pub source: ActorId,
    /// Subject name.
    pub source_name: String,
    /// Predicate.
    pub predicate: Predicate,
    /// Object (after merges).
    pub target: ActorId,
    /// Object name.
    pub target_name: String,
    /// Polarity.
    pub polarity: Polarity,
    /// Modality.
    pub modality: Modality,
    /// Evidence text.
    pub evidence: String,
    /// Statement that claims it.
    pub claimed_in: Option<StatementId>,
    /// Source document.
    pub document: DocumentId,
    /// Bytes of the evidence.
    pub span: Span,
    /// Who extracted it.
    pub extractor: Extractor,
    /// Sequence number of its event.
    pub seq: u64,
}

/// What an edge of the graph says.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    /// A relation (aggregated over observations with the same polarity and modality).
    Relation {
        /// Predicate.
        predicate: Predicate,
        /// Polarity.
        polarity: Polarity,
        /// Modality.
        modality: Modality,
    },
    /// A role held in an organization or country (`spokesman-of`).
    Role {
        /// The role's title.
        title: String,
    },
    /// The speaker made statements about the target.
    SpokeAbout,
    /// The source is part of the target (the Pentagon of the United States).
    PartOf,
}

/// An edge with how many observations support it.
#[derive(Debug, Clone)]
pub struct Edge {
    /// What it says.
    pub kind: EdgeKind,
    /// How many observations (statements, relation observations, documents).
    pub count: usize,
}

/// Summary of the rebuilt graph.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GraphStats {
    /// Events applied.
    pub events: u64,
    /// Last sequence number applied.
    pub last_seq: Option<u64>,
    /// Documents.
    pub documents: usize,
    /// Actors (nodes).
    pub actors: usize,
    /// Statements (current, not retracted).
    pub statements: usize,
    /// Relation observations (current, not retracted).
    pub relations: usize,
    /// Edges in the graph.
    pub edges: usize,
    /// Merges applied.
    pub merges: usize,
    /// Retractions applied.
    pub retractions: usize,
}

/// The graph rebuilt from the log.
#[derive(Debug, Clone)]
pub struct Graph {
    /// Nodes are actor ids, edges what links them.
    pub graph: StableGraph<ActorId, Edge>,
    nodes: FxHashMap<ActorId, NodeIndex>,
    actors: FxHashMap<ActorId, ActorView>,
    /// Normalised names to the actors they name, sorted.
    index: FxHashMap<Arc<str>, Vec<ActorId>>,
    docs: Vec<DocInfo>,
    statements: Vec<StatementRec>,
    relations: Vec<RelationRec>,
    stats: GraphStats,
}

/// Normalises a name for look-up: diacritics folded, case folded, dots and
/// apostrophes dropped, a leading "the" removed, spaces single.
pub fn normalize_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s
        .chars()
        .map(|c| if c.is_ascii() { c } else { fold_char(c) })
    {
        if matches!(c, '.' | '\'' | '\u{2019}') {
            continue;
        }
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            space = true;
        }
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_owned(),
        None => out,
    }
}

/// What the build gathers about one (canonical) actor.
struct ActorAcc {
    name: Sym,
    kind: ActorKind,
    /// Names and mentions, deduplicated whenever the list doubles.
    aliases: Vec<Sym>,
    aliases_dedup_at: usize,
    government: bool,
    part_of: Option<Sym>,
    documents: usize,
    last_doc: usize,
}

/// A role: holder, title, and where it is held (canonical symbols).
type RoleKey = (Sym, Sym, Option<Sym>);

/// A role's sphere as first read, and the documents that state it (count, last seen).
type RoleAcc = (RoleCategory, usize, usize);

/// How many distinct documents, counted while documents are visited in order.
fn count_doc(count: &mut usize, last: &mut usize, doc: usize) {
    if *last != doc {
        *last = doc;
        *count += 1;
    }
}

/// Union-find root with path halving.
fn root(parent: &mut [Sym], mut x: Sym) -> Sym {
    while parent[x as usize] != x {
        let p = parent[x as usize];
        parent[x as usize] = parent[p as usize];
        x = parent[x as usize];
    }
    x
}

/// Statement and relation records, and how often each speaker spoke about each actor.
struct Records {
    statements: Vec<StatementRec>,
    relations: Vec<RelationRec>,
    /// Speaker → subject statement counts, by canonical symbol.
    spoke_about: FxHashMap<(Sym, Sym), usize>,
}

/// The current statements and relations, in log order, after merges and retractions.
fn records(p: &Projection, canon: &[Sym], cur: &Curation) -> Records {
    let id = |s: Sym| p.ids.get(s).clone();
    let mut spoke_about: FxHashMap<(Sym, Sym), usize> = FxHashMap::default();
    let mut statements = Vec::new();
    let mut relations = Vec::new();
    for (doc_n, doc) in p.docs.iter().enumerate() {
        let facts = &doc.facts;
        for s in &facts.statements {
            if cur.retracted_statements.contains(&s.id) {
                continue;
            }
            let speaker = canon[s.speaker as usize];
            let mut about: Vec<Sym> = Vec::with_capacity(s.about.len());
            for a in s.about.iter().map(|&a| canon[a as usize]) {
                if !about.contains(&a) {
                    about.push(a);
                    *spoke_about.entry((speaker, a)).or_insert(0) += 1;
                }
            }
            statements.push(StatementRec {
                seq: s.seq,
                id: s.id.clone(),
                kind: s.kind,
                speaker: id(speaker),
                about: about.into_iter().map(id).collect(),
                document: doc.id.clone(),
                date: doc.date,
                doc: doc_n as u32,
            });
        }
        for r in &facts.relations {
            if cur.retracted_relations.contains(&r.id) {
                continue;
            }
            relations.push(RelationRec {
                seq: r.seq,
                id: r.id.clone(),
                source: id(canon[r.source as usize]),
                predicate: r.predicate.clone(),
                target: id(canon[r.target as usize]),
                polarity: r.polarity,
                modality: r.modality,
                document: doc.id.clone(),
            });
        }
    }
    statements.sort_by_key(|s| s.seq);
    relations.sort_by_key(|r| r.seq);
    Records {
        statements,
        relations,
        spoke_about,
    }
}

impl Graph {
    /// Materialises the graph from a projection.
    pub fn build(p: &Projection) -> Graph {
        let cur = p.curation();
        // Merges: union-find over interned ids; the later merge wins, and merging into
        // oneself is a no-op. Every id a curation event names is interned.
        let mut parent: Vec<Sym> = (0..p.ids.len() as Sym).collect();
        for (from, into) in &cur.merges {
            if let (Some(f), Some(i)) = (p.ids.find(from), p.ids.find(into)) {
                let (a, b) = (root(&mut parent, f), root(&mut parent, i));
                if a != b {
                    parent[a as usize] = b;
                }
            }
        }
        let canon: Vec<Sym> = (0..parent.len() as Sym)
            .map(|x| root(&mut parent, x))
            .collect();
        std::thread::scope(|scope| {
            // Statements and relations on a second core, actors and roles on this one.
            let records = scope.spawn(|| records(p, &canon, &cur));
            Self::assemble(p, &canon, &cur, records)
        })
    }

    /// Everything but the statement and relation records, then the graph.
    fn assemble(
        p: &Projection,
        canon: &[Sym],
        cur: &Curation,
        records: std::thread::ScopedJoinHandle<'_, Records>,
    ) -> Graph {
        let canon_of = |id: &ActorId| p.ids.find(id).map(|s| canon[s as usize]);
        let id = |s: Sym| p.ids.get(s).clone();
        let mut acc: Vec<Option<ActorAcc>> = Vec::new();
        acc.resize_with(canon.len(), || None);
        let mut role_docs: FxHashMap<RoleKey, RoleAcc> = FxHashMap::default();
        let mut docs = Vec::with_capacity(p.docs.len());
        for (doc_n, doc) in p.docs.iter().enumerate() {
            docs.push(DocInfo {
                title: doc.title.clone(),
                origin: doc.origin.clone(),
            });
            let facts = &doc.facts;
            for a in &facts.actors {
                let c = canon[a.actor as usize];
                let v = acc[c as usize].get_or_insert_with(|| ActorAcc {
                    name: a.name,
                    kind: a.kind,
                    aliases: Vec::new(),
                    aliases_dedup_at: 16,
                    government: false,
                    part_of: None,
                    documents: 0,
                    last_doc: usize::MAX,
                });
                if c == a.actor {
                    v.name = a.name;
                    v.kind = a.kind;
                }
                v.aliases.push(a.name);
                v.aliases.push(a.mention);
                if v.aliases.len() >= v.aliases_dedup_at {
                    v.aliases.sort_unstable();
                    v.aliases.dedup();
                    v.aliases_dedup_at = (2 * v.aliases.len()).max(16);
                }
                v.government |= a.government;
                if v.part_of.is_none() {
                    v.part_of = a.part_of.map(|p| canon[p as usize]);
                }
                count_doc(&mut v.documents, &mut v.last_doc, doc_n);
            }
            for r in &facts.roles {
                let key = (
                    canon[r.actor as usize],
                    r.title,
                    r.of.map(|o| canon[o as usize]),
                );
                let e = role_docs.entry(key).or_insert((r.category, 0, usize::MAX));
                count_doc(&mut e.1, &mut e.2, doc_n);
            }
        }
        let string = |s: Sym| p.strings.get(s).to_string();
        let mut actors: FxHashMap<ActorId, ActorView> = FxHashMap::default();
        // Look-up keys of every actor, from the keys the projection computed once.
        let mut index: FxHashMap<Arc<str>, Vec<ActorId>> = FxHashMap::default();
        let mut keys: Vec<Sym> = Vec::new();
        for (c, a) in acc.into_iter().enumerate() {
            let Some(mut a) = a else { continue };
            a.aliases.sort_unstable();
            a.aliases.dedup();
            keys.clear();
            keys.extend(a.aliases.iter().map(|&s| p.string_keys[s as usize]));
            keys.push(p.id_keys[c]);
            keys.sort_unstable();
            keys.dedup();
            for &k in &keys {
                index
                    .entry(p.keys.get(k).clone())
                    .or_default()
                    .push(id(c as Sym));
            }
            actors.insert(
                id(c as Sym),
                ActorView {
                    id: id(c as Sym),
                    name: string(a.name),
                    kind: a.kind,
                    aliases: a.aliases.into_iter().map(string).collect(),
                    roles: Vec::new(),
                    part_of: a.part_of.map(id),
                    government: a.government,
                    official: false,
                    documents: a.documents,
                },
            );
        }
        let mut add_key = |name: &str, id: &ActorId| {
            let ids = index.entry(Arc::from(normalize_name(name))).or_default();
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        };
        // Merged-away ids stay findable by their old names.
        for (from, _) in &cur.merges {
            if let Some(v) = canon_of(from).and_then(|c| actors.get_mut(p.ids.get(c))) {
                let alias = from.as_str().replace('-', " ");
                add_key(&alias, &v.id);
                v.aliases.insert(alias);
            }
        }
        // Renames and kind corrections; the old name stays findable.
        for (actor, name) in &cur.names {
            if let Some(v) = canon_of(actor).and_then(|c| actors.get_mut(p.ids.get(c))) {
                let old = std::mem::replace(&mut v.name, name.clone());
                add_key(name, &v.id);
                v.aliases.insert(old);
                v.aliases.insert(name.clone());
            }
        }
        for (actor, kind) in &cur.kinds {
            if let Some(v) = canon_of(actor).and_then(|c| actors.get_mut(p.ids.get(c))) {
                v.kind = *kind;
            }
        }
        for ((actor, title, of), (category, documents, _)) in role_docs {
            let of = of.map(id);
            let of_view = of.as_ref().and_then(|o| actors.get(o));
            let of_gov = of_view.is_some_and(|o| o.government || o.kind == ActorKind::Country);
            let category = if category == RoleCategory::Civil && of_gov {
                RoleCategory::Government
            } else {
                category
            };
            let of_name = of_view.map(|o| o.name.clone());
            if let Some(v) = actors.get_mut(p.ids.get(actor)) {
                v.roles.push(RoleView {
                    title: string(title),
                    of,
                    of_name,
                    category,
                    documents,
                });
            }
        }
        for v in actors.values_mut() {
            // A total order: HashMap iteration must not leak into the graph.
            v.roles.sort_by(|a, b| {
                b.documents
                    .cmp(&a.documents)
                    .then_with(|| a.title.cmp(&b.title))
                    .then_with(|| a.of.cmp(&b.of))
                    .then_with(|| a.category.cmp(&b.category))
            });
            v.official =
                v.kind == ActorKind::Person && v.roles.iter().any(|r| r.category.is_official());
        }
        // Nodes, sorted by id so the graph is the same for the same log.
        let mut ids: Vec<&ActorId> = actors.keys().collect();
        ids.sort();
        let mut graph: StableGraph<ActorId, Edge> = StableGraph::new();
        let mut nodes = FxHashMap::default();
        for id in ids {
            nodes.insert(id.clone(), graph.add_node(id.clone()));
        }
        let Records {
            statements,
            relations,
            spoke_about,
        } = records
            .join()
            .expect("building statement records does not panic");
        let mut edges: FxHashMap<(NodeIndex, NodeIndex, EdgeKind), usize> = FxHashMap::default();
        let mut bump = |x: Option<NodeIndex>, y: Option<NodeIndex>, kind: EdgeKind, n: usize| {
            if let (Some(x), Some(y)) = (x, y) {
                if x != y {
                    *edges.entry((x, y, kind)).or_insert(0) += n;
                }
            }
        };
        let node = |id: &ActorId| nodes.get(id).copied();
        for r in &relations {
            let kind = EdgeKind::Relation {
                predicate: r.predicate.clone(),
                polarity: r.polarity,
                modality: r.modality,
            };
            bump(node(&r.source), node(&r.target), kind, 1);
        }
        for v in actors.values() {
            for ro in &v.roles {
                if let Some(of) = &ro.of {
                    let kind = EdgeKind::Role {
                        title: ro.title.clone(),
                    };
                    bump(node(&v.id), node(of), kind, ro.documents);
                }
            }
            if let Some(p) = &v.part_of {
                bump(node(&v.id), node(p), EdgeKind::PartOf, 1);
            }
        }
        for ((speaker, about), n) in spoke_about {
            let (x, y) = (node(p.ids.get(speaker)), node(p.ids.get(about)));
            bump(x, y, EdgeKind::SpokeAbout, n);
        }
        let mut edge_list: Vec<_> = edges.into_iter().collect();
        edge_list.sort_by(|a, b| a.0.cmp(&b.0));
        for ((x, y, kind), count) in edge_list {
            graph.add_edge(x, y, Edge { kind, count });
        }
        for ids in index.values_mut() {
            ids.sort_unstable();
        }
        let stats = GraphStats {
            events: p.events,
            last_seq: p.last_seq,
            documents: p.docs.len(),
            actors: actors.len(),
            statements: statements.len(),
            relations: relations.len(),
            edges: graph.edge_count(),
            merges: cur.merges.len(),
            retractions: cur.retracted_statements.len() + cur.retracted_relations.len(),
        };
        Graph {
            graph,
            nodes,
            actors,
            index,
            docs,
            statements,
            relations,
            stats,
        }
    }

    /// A statement with its words, read back from the log by sequence number.
    pub fn statement_view(
        &self,
        store: &Store,
        s: &StatementRec,
    ) -> Result<StatementView, QueryError> {
        let Event::StatementAttributed(e) = self.event_at(store, s.seq, "StatementAttributed")?
        else {
            unreachable!("event_at checked the kind");
        };
        if e.statement != s.id {
            return Err(QueryError::Inconsistent {
                seq: s.seq,
                what: format!("holds statement {}, not {}", e.statement, s.id),
            });
        }
        let doc = self.docs.get(s.doc as usize);
        Ok(StatementView {
            id: s.id.clone(),
            kind: s.kind,
            speaker: s.speaker.clone(),
            speaker_name: self.name_of(&s.speaker),
            speaker_mention: e.speaker_mention.map(|m| m.text),
            content: e.content.text,
            cue: e.cue.map(|c| c.text),
            about: s.about.clone(),
            document: s.document.clone(),
            title: doc.and_then(|d| d.title.as_deref().map(str::to_owned)),
            date: s.date,
            origin: doc.map(|d| d.origin.to_string()).unwrap_or_default(),
            span: e.provenance.span,
            content_span: e.content.span,
            extractor: e.provenance.extractor,
            seq: s.seq,
        })
    }

    /// A relation observation with its evidence, read back from the log.
    pub fn relation_view(
        &self,
        store: &Store,
        r: &RelationRec,
    ) -> Result<RelationView, QueryError> {
        let Event::RelationObserved(e) = self.event_at(store, r.seq, "RelationObserved")? else {
            unreachable!("event_at checked the kind");
        };
        if e.relation != r.id {
            return Err(QueryError::Inconsistent {
                seq: r.seq,
                what: format!("holds relation {}, not {}", e.relation, r.id),
            });
        }
        Ok(RelationView {
            id: r.id.clone(),
            source: r.source.clone(),
            source_name: self.name_of(&r.source),
            predicate: r.predicate.clone(),
            target: r.target.clone(),
            target_name: self.name_of(&r.target),
            polarity: r.polarity,
            modality: r.modality,
            evidence: e.evidence,
            claimed_in: e.claimed_in,
            document: r.document.clone(),
            span: e.provenance.span,
            extractor: e.provenance.extractor,
            seq: r.seq,
        })
    }

    fn event_at(&self, store: &Store, seq: u64, kind: &str) -> Result<Event, QueryError> {
        match store.get(seq)? {
            Some(env) if env.event.name() == kind => Ok(env.event),
            Some(env) => Err(QueryError::Inconsistent {
                seq,
                what: format!("is a {}, not a {kind}", env.event.name()),
            }),
            None => Err(QueryError::Inconsistent {
                seq,
                what: "is not in the log".into(),
            }),
        }
    }

    /// An actor's name, or its id when the graph does not know it.
    pub fn name_of(&self, id: &ActorId) -> String {
        self.actors
            .get(id)
            .map_or_else(|| id.as_str().to_owned(), |a| a.name.clone())
    }

    /// A stable digest (BLAKE3, hex) of everything the graph says: actors with their
    /// aliases and roles, statements, relations and edges, in a canonical order. The
    /// same log always gives the same digest. Statements and relations enter by their
    /// sequence numbers, ids and links; their words are the log's at that sequence number.
    pub fn digest(&self) -> String {
        use std::fmt::Write as _;
        let mut s = String::new();
        for a in self.actors() {
            let _ = writeln!(
                s,
                "A {} {:?} {} {:?} {:?} {} {}",
                a.id, a.name, a.kind, a.aliases, a.part_of, a.government, a.official
            );
            for r in &a.roles {
                let _ = writeln!(
                    s,
                    "R {} {:?} {:?} {} {}",
                    a.id,
                    r.title,
                    r.of,
                    r.category.as_str(),
                    r.documents
                );
            }
        }
        for st in &self.statements {
            let _ = writeln!(
                s,
                "S {} {} {} {:?} {} {}",
                st.seq, st.id, st.speaker, st.about, st.kind, st.document
            );
        }
        for r in &self.relations {
            let _ = writeln!(
                s,
                "L {} {} {} {} {} {} {}",
                r.seq,
                r.id,
                r.source,
                r.predicate,
                r.target,
                r.polarity.as_str(),
                r.modality.as_str()
            );
        }
        let mut edges: Vec<String> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                let w = &self.graph[e];
                Some(format!(
                    "E {} {} {:?} {}",
                    self.graph[a], self.graph[b], w.kind, w.count
                ))
            })
            .collect();
        edges.sort();
        for e in edges {
            s.push_str(&e);
            s.push('\n');
        }
        blake3::hash(s.as_bytes()).to_hex().to_string()
    }

    /// Summary numbers.
    pub fn stats(&self) -> &GraphStats {
        &self.stats
    }

    /// All actors, sorted by name.
    pub fn actors(&self) -> Vec<&ActorView> {
        let mut v: Vec<&ActorView> = self.actors.values().collect();
        v.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        v
    }

    /// One actor by id.
    pub fn actor(&self, id: &ActorId) -> Option<&ActorView> {
        self.actors.get(id)
    }

    /// All current statements, in log order.
    pub fn statements(&self) -> &[StatementRec] {
        &self.statements
    }

    /// All current relation observations, in log order.
    pub fn relations(&self) -> &[RelationRec] {
        &self.relations
    }

    /// The node of an actor.
    pub fn node(&self, id: &ActorId) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// Actors a name refers to: an id, a canonical name or any alias ("Tehran" finds Iran).
    pub fn lookup(&self, name: &str) -> Vec<ActorId> {
        let key = normalize_name(name);
        self.index.get(key.as_str()).cloned().unwrap_or_default()
    }

    /// Names that contain the query, for "did you mean" hints.
    pub fn suggest(&self, name: &str, max: usize) -> Vec<String> {
        let key = normalize_name(name);
        if key.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<String> = self
            .actors
            .values()
            .filter(|a| {
                a.aliases.iter().any(|al| normalize_name(al).contains(&key))
                    || normalize_name(&a.name).contains(&key)
            })
            .map(|a| a.name.clone())
            .collect();
        out.sort();
        out.dedup();
        out.truncate(max);
        out
    }
}
