//! The materialised graph: actors as nodes, relations, roles and "spoke about" as
//! edges, with a name/alias index and the statements behind every answer.

use crate::projection::Projection;
use petgraph::stable_graph::{NodeIndex, StableGraph};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use whosaid_model::{
    fold_char, ActorId, ActorKind, Date, DocumentId, Extractor, Modality, Polarity, Predicate,
    RelationId, RoleCategory, Span, StatementId, StatementKind,
};

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

/// A statement with its provenance.
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

/// A relation observation.
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
    nodes: HashMap<ActorId, NodeIndex>,
    actors: HashMap<ActorId, ActorView>,
    index: HashMap<String, BTreeSet<ActorId>>,
    statements: Vec<StatementView>,
    relations: Vec<RelationView>,
    stats: GraphStats,
}

/// Normalises a name for look-up: diacritics folded, case folded, dots and
/// apostrophes dropped, a leading "the" removed, spaces single.
pub fn normalize_name(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(fold_char)
        .filter(|c| !matches!(c, '.' | '\'' | '\u{2019}'))
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let words = if words.len() > 1 && words[0] == "the" {
        &words[1..]
    } else {
        &words[..]
    };
    words.join(" ")
}

/// A role: holder, title, and where it is held.
type RoleKey = (ActorId, String, Option<ActorId>);

fn find(parent: &HashMap<ActorId, ActorId>, a: &ActorId) -> ActorId {
    let mut cur = a.clone();
    let mut guard = 0;
    while let Some(p) = parent.get(&cur) {
        if *p == cur || guard > 10_000 {
            break;
        }
        cur = p.clone();
        guard += 1;
    }
    cur
}

impl Graph {
    /// Materialises the graph from a projection.
    pub fn build(p: &Projection) -> Graph {
        Self::build_owned(p.clone())
    }

    /// Materialises the graph, consuming the projection: facts are moved into the graph,
    /// not copied, so the two are never both in memory whole.
    pub fn build_owned(p: Projection) -> Graph {
        // Merges: union-find; the later merge wins, and merging into oneself is a no-op.
        let cur = p.curation();
        let mut parent: HashMap<ActorId, ActorId> = HashMap::new();
        for (from, into) in &cur.merges {
            let a = find(&parent, from);
            let b = find(&parent, into);
            if a != b {
                parent.insert(a, b);
            }
        }
        let canon = |id: &ActorId| find(&parent, id);
        let mut actors: HashMap<ActorId, ActorView> = HashMap::new();
        // Documents by their position in ingest order.
        let mut actor_docs: HashMap<ActorId, BTreeSet<usize>> = HashMap::new();
        let mut role_docs: HashMap<RoleKey, (RoleCategory, BTreeSet<usize>)> = HashMap::new();
        let mut statements = Vec::new();
        let mut relations = Vec::new();
        let document_count = p.docs.len();
        let mut docs = p.docs;
        for (doc_n, doc_id) in p.doc_order.iter().enumerate() {
            let Some(doc) = docs.remove(doc_id) else {
                continue;
            };
            let (facts, meta) = (doc.facts, doc.meta);
            for a in facts.actors {
                let id = canon(&a.actor);
                let v = actors.entry(id.clone()).or_insert_with(|| ActorView {
                    id: id.clone(),
                    name: a.name.clone(),
                    kind: a.kind,
                    aliases: BTreeSet::new(),
                    roles: Vec::new(),
                    part_of: None,
                    government: false,
                    official: false,
                    documents: 0,
                });
                if id == a.actor {
                    v.name.clone_from(&a.name);
                    v.kind = a.kind;
                }
                v.aliases.insert(a.name);
                v.aliases.insert(a.mention);
                v.government |= a.government;
                if v.part_of.is_none() {
                    v.part_of = a.part_of.as_ref().map(&canon);
                }
                actor_docs.entry(id).or_default().insert(doc_n);
            }
            for r in facts.roles {
                let key = (canon(&r.actor), r.title, r.of.as_ref().map(&canon));
                let e = role_docs
                    .entry(key)
                    .or_insert((r.category, BTreeSet::new()));
                e.1.insert(doc_n);
            }
            for (seq, s) in facts.statements {
                if cur.retracted_statements.contains(&s.statement) {
                    continue;
                }
                let mut about: Vec<ActorId> = Vec::new();
                for a in s.about.iter().map(&canon) {
                    if !about.contains(&a) {
                        about.push(a);
                    }
                }
                statements.push(StatementView {
                    id: s.statement,
                    kind: s.kind,
                    speaker: canon(&s.speaker),
                    speaker_name: String::new(),
                    speaker_mention: s.speaker_mention.map(|m| m.text),
                    content_span: s.content.span,
                    content: s.content.text,
                    cue: s.cue.map(|c| c.text),
                    about,
                    document: doc_id.clone(),
                    title: meta.title.clone(),
                    date: meta.date,
                    origin: meta.origin.clone(),
                    span: s.provenance.span,
                    extractor: s.provenance.extractor,
                    seq,
                });
            }
            for (seq, r) in facts.relations {
                if cur.retracted_relations.contains(&r.relation) {
                    continue;
                }
                relations.push(RelationView {
                    id: r.relation,
                    source: canon(&r.source),
                    source_name: String::new(),
                    predicate: r.predicate,
                    target: canon(&r.target),
                    target_name: String::new(),
                    polarity: r.polarity,
                    modality: r.modality,
                    evidence: r.evidence,
                    claimed_in: r.claimed_in,
                    document: doc_id.clone(),
                    span: r.provenance.span,
                    extractor: r.provenance.extractor,
                    seq,
                });
            }
        }
        // Merged-away ids stay findable by their old names.
        for (from, _) in &cur.merges {
            let to = canon(from);
            if let Some(v) = actors.get_mut(&to) {
                v.aliases.insert(from.as_str().replace('-', " "));
            }
        }
        // Renames and kind corrections; the old name stays findable.
        for (id, name) in &cur.names {
            if let Some(v) = actors.get_mut(&canon(id)) {
                let old = std::mem::replace(&mut v.name, name.clone());
                v.aliases.insert(old);
                v.aliases.insert(name.clone());
            }
        }
        for (id, kind) in &cur.kinds {
            if let Some(v) = actors.get_mut(&canon(id)) {
                v.kind = *kind;
            }
        }
        for ((actor, title, of), (category, docs)) in role_docs {
            let of_gov = of
                .as_ref()
                .and_then(|o| actors.get(o))
                .is_some_and(|o| o.government || o.kind == ActorKind::Country);
            let category = if category == RoleCategory::Civil && of_gov {
                RoleCategory::Government
            } else {
                category
            };
            let of_name = of
                .as_ref()
                .and_then(|o| actors.get(o))
                .map(|o| o.name.clone());
            if let Some(v) = actors.get_mut(&actor) {
                v.roles.push(RoleView {
                    title,
                    of,
                    of_name,
                    category,
                    documents: docs.len(),
                });
            }
        }
        for (id, v) in actors.iter_mut() {
            v.documents = actor_docs.get(id).map_or(0, BTreeSet::len);
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
        let name_of = |id: &ActorId| {
            actors
                .get(id)
                .map_or_else(|| id.as_str().to_owned(), |a| a.name.clone())
        };
        for s in &mut statements {
            s.speaker_name = name_of(&s.speaker);
        }
        for r in &mut relations {
            r.source_name = name_of(&r.source);
            r.target_name = name_of(&r.target);
        }
        // Nodes, sorted by id so the graph is the same for the same log.
        let mut ids: Vec<&ActorId> = actors.keys().collect();
        ids.sort();
        let mut graph: StableGraph<ActorId, Edge> = StableGraph::new();
        let mut nodes = HashMap::new();
        for id in ids {
            nodes.insert(id.clone(), graph.add_node(id.clone()));
        }
        let mut edges: HashMap<(NodeIndex, NodeIndex, EdgeKind), usize> = HashMap::new();
        let mut bump = |a: &ActorId, b: &ActorId, kind: EdgeKind| {
            if let (Some(&x), Some(&y)) = (nodes.get(a), nodes.get(b)) {
                if x != y {
                    *edges.entry((x, y, kind)).or_insert(0) += 1;
                }
            }
        };
        for r in &relations {
            bump(
                &r.source,
                &r.target,
                EdgeKind::Relation {
                    predicate: r.predicate.clone(),
                    polarity: r.polarity,
                    modality: r.modality,
                },
            );
        }
        for v in actors.values() {
            for ro in &v.roles {
                if let Some(of) = &ro.of {
                    for _ in 0..ro.documents {
                        bump(
                            &v.id,
                            of,
                            EdgeKind::Role {
                                title: ro.title.clone(),
                            },
                        );
                    }
                }
            }
            if let Some(p) = &v.part_of {
                bump(&v.id, p, EdgeKind::PartOf);
            }
        }
        for s in &statements {
            for a in &s.about {
                bump(&s.speaker, a, EdgeKind::SpokeAbout);
            }
        }
        let mut edge_list: Vec<_> = edges.into_iter().collect();
        edge_list.sort_by(|a, b| a.0.cmp(&b.0));
        for ((x, y, kind), count) in edge_list {
            graph.add_edge(x, y, Edge { kind, count });
        }
        let mut index: HashMap<String, BTreeSet<ActorId>> = HashMap::new();
        for v in actors.values() {
            for name in v.aliases.iter().chain([&v.name]) {
                index
                    .entry(normalize_name(name))
                    .or_default()
                    .insert(v.id.clone());
            }
            index
                .entry(normalize_name(v.id.as_str()))
                .or_default()
                .insert(v.id.clone());
        }
        statements.sort_by_key(|s| s.seq);
        relations.sort_by_key(|r| r.seq);
        let stats = GraphStats {
            events: p.events,
            last_seq: p.last_seq,
            documents: document_count,
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
            statements,
            relations,
            stats,
        }
    }

    /// A stable digest (BLAKE3, hex) of everything the graph says: actors with their
    /// aliases and roles, statements, relations and edges, in a canonical order. The
    /// same log always gives the same digest.
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
                "S {} {} {} {:?} {:?} {:?} {}",
                st.seq, st.id, st.speaker, st.about, st.content, st.cue, st.kind
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
    pub fn statements(&self) -> &[StatementView] {
        &self.statements
    }

    /// All current relation observations, in log order.
    pub fn relations(&self) -> &[RelationView] {
        &self.relations
    }

    /// The node of an actor.
    pub fn node(&self, id: &ActorId) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// Actors a name refers to: an id, a canonical name or any alias ("Tehran" finds Iran).
    pub fn lookup(&self, name: &str) -> Vec<ActorId> {
        let key = normalize_name(name);
        self.index
            .get(&key)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default()
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
