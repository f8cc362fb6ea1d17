//! Queries over a whosaid store: replay the event log into a [`Graph`] (a petgraph
//! `StableGraph` of actors with a name/alias index), ask who said what about whom,
//! and export Graphviz DOT. This crate never writes to the store.
//!
//! ```
//! use whosaid_model::DocumentId;
//! use whosaid_query::{replay, AsOf, StatementFilter};
//! use whosaid_store::{NewDocument, Store};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = Store::open(dir.path().join("db")).unwrap();
//! let text = "Talks\n\n\u{201c}We may talk with Iran,\u{201d} U.S. Secretary of State John Kerry said.";
//! let id = DocumentId::for_text(text);
//! let mut events = vec![whosaid_model::Event::DocumentIngested(whosaid_model::DocumentIngested {
//!     document: id.clone(), source_id: None, title: None, date: None, source: None,
//!     url: None, origin: "doc".into(), bytes: text.len() as u64 })];
//! let extractor = whosaid_extract::extractor();
//! events.extend(whosaid_extract::extract(text, None).to_events(&id, &extractor));
//! store.append_document(NewDocument { id, text: text.into(), events }, &extractor).unwrap();
//!
//! let (graph, _) = replay(&store, AsOf::Latest).unwrap();
//! let about = graph.lookup("Tehran");   // no mention of Tehran: nothing
//! assert!(about.is_empty());
//! let who = whosaid_query::who_said(&graph, &graph.lookup("Iran"), &StatementFilter::officials());
//! assert_eq!(who[0].name, "John Kerry");
//! ```
#![deny(missing_docs)]

mod dot;
mod export;
mod graph;
mod projection;

pub use dot::{escape_label, shape, to_dot, DotOptions};
pub use export::{escape_xml, write_graphml, write_neo4j_csv, write_statements_csv};
pub use graph::{
    normalize_name, ActorView, Edge, EdgeKind, Graph, GraphStats, RelationView, RoleView,
    StatementView,
};
pub use projection::Projection;

use serde::Serialize;
use std::time::{Duration, Instant};
use whosaid_model::{ActorId, ActorKind, Date};
use whosaid_store::{Store, StoreError};

/// Errors of queries.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// Reading the log failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Which point of the log's history to rebuild.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOf {
    /// Everything.
    Latest,
    /// Events with sequence numbers up to and including this one.
    Seq(u64),
    /// Events recorded on or before this day (UTC).
    Date(Date),
}

impl AsOf {
    fn includes(self, seq: u64, recorded_at_ms: i64) -> bool {
        match self {
            AsOf::Latest => true,
            AsOf::Seq(s) => seq <= s,
            AsOf::Date(d) => recorded_at_ms < Date::from_days(d.days() + 1).start_unix_ms(),
        }
    }
}

/// How a replay went.
#[derive(Debug, Clone, Serialize)]
pub struct ReplayReport {
    /// Events read and applied.
    pub events: u64,
    /// Time to read and decode the log and apply every event.
    pub fold: Duration,
    /// Time to materialise the graph.
    pub build: Duration,
}

/// Folds the log into a projection, as of a point in its history.
pub fn fold(store: &Store, as_of: AsOf) -> Result<Projection, QueryError> {
    let mut p = Projection::new();
    for env in store.read_from(0) {
        let env = env?;
        if !as_of.includes(env.seq, env.recorded_at_ms) {
            // The log is in sequence and recording-time order.
            break;
        }
        p.apply_owned(env);
    }
    Ok(p)
}

/// Rebuilds the graph from the log, as of a point in its history.
pub fn replay(store: &Store, as_of: AsOf) -> Result<(Graph, ReplayReport), QueryError> {
    let t0 = Instant::now();
    let p = fold(store, as_of)?;
    let fold = t0.elapsed();
    let t1 = Instant::now();
    let events = p.events();
    let g = Graph::build_owned(p);
    let report = ReplayReport {
        events,
        fold,
        build: t1.elapsed(),
    };
    Ok((g, report))
}

/// Which statements to consider.
#[derive(Debug, Clone, Default)]
pub struct StatementFilter {
    /// Only speakers who are officials.
    pub officials: bool,
    /// Only from documents dated on or after.
    pub since: Option<Date>,
    /// Only from documents dated on or before.
    pub until: Option<Date>,
}

impl StatementFilter {
    /// Officials only, any date.
    pub fn officials() -> Self {
        Self {
            officials: true,
            ..Self::default()
        }
    }

    fn date_ok(&self, d: Option<Date>) -> bool {
        match (self.since, self.until, d) {
            (None, None, _) => true,
            (_, _, None) => false,
            (s, u, Some(d)) => s.is_none_or(|s| d >= s) && u.is_none_or(|u| d <= u),
        }
    }
}

/// One speaker's statements about the asked-for actors.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerAnswer {
    /// Speaker id.
    pub id: ActorId,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// The role to show ("spokesman (Pentagon)").
    pub role: Option<String>,
    /// Whether an official.
    pub official: bool,
    /// How many statements.
    pub count: usize,
    /// The statements, in log order.
    pub statements: Vec<StatementView>,
}

/// Who made statements about any of `about`: speakers by number of statements, then name.
pub fn who_said(g: &Graph, about: &[ActorId], filter: &StatementFilter) -> Vec<SpeakerAnswer> {
    // An empty `about` names nobody here (for `statements` it means anything).
    if about.is_empty() {
        return Vec::new();
    }
    let mut by: std::collections::BTreeMap<ActorId, SpeakerAnswer> = Default::default();
    for s in statements(g, &[], about, filter) {
        let Some(actor) = g.actor(&s.speaker) else {
            continue;
        };
        let e = by.entry(actor.id.clone()).or_insert_with(|| SpeakerAnswer {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind,
            role: actor.headline_role(),
            official: actor.official,
            count: 0,
            statements: Vec::new(),
        });
        e.count += 1;
        e.statements.push(s.clone());
    }
    let mut out: Vec<SpeakerAnswer> = by.into_values().collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    out
}

/// Statements by any of `by` (all speakers when empty) about any of `about` (anything
/// when empty), in log order.
pub fn statements<'g>(
    g: &'g Graph,
    by: &[ActorId],
    about: &[ActorId],
    filter: &StatementFilter,
) -> Vec<&'g StatementView> {
    g.statements()
        .iter()
        .filter(|s| by.is_empty() || by.contains(&s.speaker))
        .filter(|s| about.is_empty() || s.about.iter().any(|a| about.contains(a)))
        .filter(|s| filter.date_ok(s.date))
        .filter(|s| !filter.officials || g.actor(&s.speaker).is_some_and(|a| a.official))
        .collect()
}

/// Relation observations involving any of `actors` (all when empty), in log order.
pub fn relations<'g>(g: &'g Graph, actors: &[ActorId]) -> Vec<&'g RelationView> {
    g.relations()
        .iter()
        .filter(|r| actors.is_empty() || actors.contains(&r.source) || actors.contains(&r.target))
        .collect()
}
