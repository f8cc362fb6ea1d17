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
//! let who = whosaid_query::who_said(&graph, &store, &graph.lookup("Iran"), &StatementFilter::officials()).unwrap();
//! assert_eq!(who[0].name, "John Kerry");
//! ```
#![deny(missing_docs)]

mod dot;
mod export;
mod graph;
mod projection;
pub mod snapshot;

pub use dot::{escape_label, shape, to_dot, DotOptions};
pub use export::{escape_xml, write_graphml, write_neo4j_csv, write_statements_csv};
pub use graph::{
    normalize_name, ActorView, Edge, EdgeKind, Graph, GraphStats, RelationRec, RelationView,
    RoleView, StatementRec, StatementView,
};
pub use projection::Projection;
pub use snapshot::SnapshotUse;

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
    /// The graph points at an event the log does not hold as it should.
    #[error("event {seq} {what}; the store and its derived data disagree (run `whosaid check`)")]
    Inconsistent {
        /// The sequence number.
        seq: u64,
        /// What is wrong with it.
        what: String,
    },
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
    /// Events applied from the log (after the snapshot, when one was loaded).
    pub events: u64,
    /// How the snapshot was used.
    pub snapshot: SnapshotUse,
    /// Time to load the snapshot, read and decode the log and apply its events.
    pub fold: Duration,
    /// Time to materialise the graph.
    pub build: Duration,
}

impl ReplayReport {
    /// Whether the snapshot is worth rewriting: it was missing, refused or far behind,
    /// and the log is long enough for a snapshot to pay off.
    pub fn snapshot_is_behind(&self) -> bool {
        snapshot::is_behind(&self.snapshot, self.events)
    }
}

/// Applies the log's events after `p`'s last one, up to `as_of`; returns how many.
fn fold_tail(store: &Store, p: &mut Projection, as_of: AsOf) -> Result<u64, QueryError> {
    let from = p.last_seq().map_or(0, |s| s + 1);
    let mut n = 0;
    for env in store.read_from(from) {
        let env = env?;
        if !as_of.includes(env.seq, env.recorded_at_ms) {
            // The log is in sequence and recording-time order.
            break;
        }
        p.apply_owned(env);
        n += 1;
    }
    Ok(n)
}

/// Folds the whole log into a projection, as of a point in its history.
pub fn fold(store: &Store, as_of: AsOf) -> Result<Projection, QueryError> {
    let mut p = Projection::new();
    fold_tail(store, &mut p, as_of)?;
    Ok(p)
}

/// The projection as of a point in history: the store's snapshot when it is usable,
/// brought up to date with the events after it; otherwise the whole log.
pub fn load(store: &Store, as_of: AsOf) -> Result<(Projection, SnapshotUse, u64), QueryError> {
    let (mut p, used) = snapshot::load(store, as_of)?;
    let tail = fold_tail(store, &mut p, as_of)?;
    Ok((p, used, tail))
}

fn timed(
    store: &Store,
    as_of: AsOf,
    use_snapshot: bool,
) -> Result<(Graph, Projection, ReplayReport), QueryError> {
    let t0 = Instant::now();
    let (p, snapshot, events) = if use_snapshot {
        load(store, as_of)?
    } else {
        let p = fold(store, as_of)?;
        let n = p.events();
        (p, SnapshotUse::NotUsed, n)
    };
    let fold = t0.elapsed();
    let t1 = Instant::now();
    let g = Graph::build(&p);
    let report = ReplayReport {
        events,
        snapshot,
        fold,
        build: t1.elapsed(),
    };
    Ok((g, p, report))
}

/// Rebuilds the graph from the whole log, as of a point in its history (no snapshot).
pub fn replay(store: &Store, as_of: AsOf) -> Result<(Graph, ReplayReport), QueryError> {
    rebuild(store, as_of).map(|(g, _, r)| (g, r))
}

/// [`replay`], also returning the projection (to save as the snapshot).
pub fn rebuild(
    store: &Store,
    as_of: AsOf,
) -> Result<(Graph, Projection, ReplayReport), QueryError> {
    timed(store, as_of, false)
}

/// The graph as of a point in history, from the snapshot and the events after it (see
/// [`load`]). Also returns the projection, to refresh the snapshot with
/// ([`snapshot::save`]) when [`ReplayReport::snapshot_is_behind`].
pub fn open_graph(
    store: &Store,
    as_of: AsOf,
) -> Result<(Graph, Projection, ReplayReport), QueryError> {
    timed(store, as_of, true)
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
    /// The statements, in log order, with their words read back from the log.
    pub statements: Vec<StatementView>,
}

/// Who made statements about any of `about`: speakers by number of statements, then name.
pub fn who_said(
    g: &Graph,
    store: &Store,
    about: &[ActorId],
    filter: &StatementFilter,
) -> Result<Vec<SpeakerAnswer>, QueryError> {
    // An empty `about` names nobody here (for `statements` it means anything).
    if about.is_empty() {
        return Ok(Vec::new());
    }
    let mut by: std::collections::BTreeMap<&ActorId, Vec<&StatementRec>> = Default::default();
    for s in statement_recs(g, &[], about, filter) {
        if g.actor(&s.speaker).is_some() {
            by.entry(&s.speaker).or_default().push(s);
        }
    }
    let mut out = Vec::with_capacity(by.len());
    for (id, recs) in by {
        let actor = g.actor(id).expect("kept only known speakers");
        out.push(SpeakerAnswer {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind,
            role: actor.headline_role(),
            official: actor.official,
            count: recs.len(),
            statements: recs
                .into_iter()
                .map(|s| g.statement_view(store, s))
                .collect::<Result<_, _>>()?,
        });
    }
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    Ok(out)
}

/// Statements by any of `by` (all speakers when empty) about any of `about` (anything
/// when empty), in log order, without their words (see [`statements`]).
pub fn statement_recs<'g>(
    g: &'g Graph,
    by: &[ActorId],
    about: &[ActorId],
    filter: &StatementFilter,
) -> Vec<&'g StatementRec> {
    g.statements()
        .iter()
        .filter(|s| by.is_empty() || by.contains(&s.speaker))
        .filter(|s| about.is_empty() || s.about.iter().any(|a| about.contains(a)))
        .filter(|s| filter.date_ok(s.date))
        .filter(|s| !filter.officials || g.actor(&s.speaker).is_some_and(|a| a.official))
        .collect()
}

/// Statements by any of `by` (all speakers when empty) about any of `about` (anything
/// when empty), in log order, with their words read back from the log.
pub fn statements(
    g: &Graph,
    store: &Store,
    by: &[ActorId],
    about: &[ActorId],
    filter: &StatementFilter,
) -> Result<Vec<StatementView>, QueryError> {
    statement_recs(g, by, about, filter)
        .into_iter()
        .map(|s| g.statement_view(store, s))
        .collect()
}

/// Relation observations involving any of `actors` (all when empty), in log order,
/// with their evidence read back from the log.
pub fn relations(
    g: &Graph,
    store: &Store,
    actors: &[ActorId],
) -> Result<Vec<RelationView>, QueryError> {
    g.relations()
        .iter()
        .filter(|r| actors.is_empty() || actors.contains(&r.source) || actors.contains(&r.target))
        .map(|r| g.relation_view(store, r))
        .collect()
}
