//! Projection snapshots: loading one and replaying the tail gives exactly the graph a
//! full replay gives, and a snapshot that is missing, stale, corrupt or from another
//! version is reported and not used.

use whosaid_model::{ActorsMerged, DocumentId, DocumentIngested, Event};
use whosaid_query::snapshot::{self, PROJECTION_FORMAT, SNAPSHOT_NAME};
use whosaid_query::{load, open_graph, replay, who_said, AsOf, SnapshotUse, StatementFilter};
use whosaid_store::{NewDocument, Store};

const ARTICLES: &[&str] = &[
    "Talks with Iran\n\n\u{201c}We may talk with Iran,\u{201d} U.S. Secretary of State John Kerry said on Monday.",
    "Pentagon on Iraq\n\nPentagon spokesman Rear Admiral John Kirby said the United States would not coordinate military activity with Iran.",
    "Oil prices\n\n\u{201c}Supply is tight,\u{201d} said Maria Lopez, an analyst at Commerzbank in Frankfurt.",
    "Kremlin\n\nKremlin spokesman Dmitry Peskov said Russia was ready to talk with Iran.",
    "Tehran replies\n\nIran's Foreign Minister Mohammad Javad Zarif said Tehran would answer Washington.",
];

fn ingest(store: &mut Store, text: &str) {
    let id = DocumentId::for_text(text);
    let extractor = whosaid_extract::extractor();
    let mut events = vec![Event::DocumentIngested(DocumentIngested {
        document: id.clone(),
        source_id: None,
        title: None,
        date: None,
        source: None,
        url: None,
        origin: "test".into(),
        bytes: text.len() as u64,
    })];
    events.extend(whosaid_extract::extract(text, None).to_events(&id, &extractor));
    let doc = NewDocument {
        id,
        text: text.into(),
        events,
    };
    store.append_document(doc, &extractor).unwrap();
    store.flush().unwrap();
}

/// A store with the first `n` articles, and a snapshot taken after the first `at`.
fn store_with_snapshot(dir: &std::path::Path, at: usize, n: usize) -> Store {
    let mut store = Store::open(dir.join("db")).unwrap();
    for (i, text) in ARTICLES[..n].iter().enumerate() {
        ingest(&mut store, text);
        if i + 1 == at {
            let (p, _, _) = load(&store, AsOf::Latest).unwrap();
            assert!(snapshot::save(&store, &p).unwrap().is_some());
        }
    }
    store
}

fn full_digest(store: &Store, as_of: AsOf) -> String {
    replay(store, as_of).unwrap().0.digest()
}

#[test]
fn snapshot_and_tail_give_the_full_replay() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_snapshot(dir.path(), 2, ARTICLES.len());
    let (g, _, report) = open_graph(&store, AsOf::Latest).unwrap();
    let SnapshotUse::Loaded { seq } = report.snapshot else {
        panic!("snapshot not loaded: {:?}", report.snapshot);
    };
    assert_eq!(
        report.events,
        store.len() - seq - 1,
        "only the tail is read"
    );
    assert!(report.events > 0);
    assert_eq!(g.digest(), full_digest(&store, AsOf::Latest));
    // Answers read their words back from the log.
    let who = who_said(&g, &store, &g.lookup("Tehran"), &StatementFilter::default()).unwrap();
    let kerry = who.iter().find(|a| a.name == "John Kerry").expect("Kerry");
    assert_eq!(kerry.statements[0].content, "We may talk with Iran");
}

#[test]
fn curation_after_the_snapshot_applies() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_with_snapshot(dir.path(), ARTICLES.len(), ARTICLES.len());
    let (g, _, _) = open_graph(&store, AsOf::Latest).unwrap();
    let kirby = g.lookup("John Kirby")[0].clone();
    let kerry = g.lookup("John Kerry")[0].clone();
    let merge = Event::ActorsMerged(ActorsMerged {
        from: kirby,
        into: kerry.clone(),
        reason: "test".into(),
    });
    store
        .append(vec![merge], &whosaid_extract::extractor())
        .unwrap();
    let (g, _, report) = open_graph(&store, AsOf::Latest).unwrap();
    assert!(matches!(report.snapshot, SnapshotUse::Loaded { .. }));
    assert_eq!(report.events, 1);
    assert_eq!(g.lookup("John Kirby"), vec![kerry]);
    assert_eq!(g.digest(), full_digest(&store, AsOf::Latest));
}

#[test]
fn deleting_the_snapshot_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_snapshot(dir.path(), 3, ARTICLES.len());
    let with = open_graph(&store, AsOf::Latest).unwrap().0.digest();
    store.remove_snapshot(SNAPSHOT_NAME).unwrap();
    let (g, _, report) = open_graph(&store, AsOf::Latest).unwrap();
    assert_eq!(report.snapshot, SnapshotUse::Missing);
    assert_eq!(report.events, store.len());
    assert_eq!(g.digest(), with);
}

fn rejected_reason(store: &Store) -> String {
    let (g, _, report) = open_graph(store, AsOf::Latest).unwrap();
    assert_eq!(g.digest(), full_digest(store, AsOf::Latest));
    match report.snapshot {
        SnapshotUse::Rejected { reason } => reason,
        other => panic!("expected a rejected snapshot, got {other:?}"),
    }
}

fn snapshot_file(dir: &std::path::Path) -> std::path::PathBuf {
    dir.join("db/projections/projection.snap")
}

#[test]
fn a_corrupt_snapshot_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_snapshot(dir.path(), 3, ARTICLES.len());
    let path = snapshot_file(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    std::fs::write(&path, &bytes).unwrap();
    assert!(rejected_reason(&store).contains("checksum"));
    // Cut short.
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    assert!(rejected_reason(&store).contains("truncated"));
    // Not a snapshot at all.
    std::fs::write(&path, b"hello").unwrap();
    assert!(rejected_reason(&store).contains("bad header"));
}

#[test]
fn a_snapshot_of_another_log_is_stale() {
    let dir = tempfile::tempdir().unwrap();
    drop(store_with_snapshot(dir.path(), 2, ARTICLES.len()));
    // Another store whose log differs at the snapshot's sequence number.
    let other = tempfile::tempdir().unwrap();
    let mut o = Store::open(other.path().join("db")).unwrap();
    for text in ARTICLES.iter().rev() {
        ingest(&mut o, text);
    }
    drop(o);
    std::fs::create_dir_all(other.path().join("db/projections")).unwrap();
    std::fs::copy(snapshot_file(dir.path()), snapshot_file(other.path())).unwrap();
    let o = Store::open(other.path().join("db")).unwrap();
    assert!(rejected_reason(&o).contains("stale"));
    // A shorter log than the snapshot's.
    drop(o);
    let short = tempfile::tempdir().unwrap();
    let mut s = Store::open(short.path().join("db")).unwrap();
    ingest(&mut s, ARTICLES[0]);
    drop(s);
    std::fs::create_dir_all(short.path().join("db/projections")).unwrap();
    let late = store_with_snapshot(dir.path().join("late").as_path(), 5, 5);
    drop(late);
    std::fs::copy(
        snapshot_file(&dir.path().join("late")),
        snapshot_file(short.path()),
    )
    .unwrap();
    let s = Store::open(short.path().join("db")).unwrap();
    assert!(rejected_reason(&s).contains("stale"));
}

#[test]
fn a_snapshot_of_another_format_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_snapshot(dir.path(), 2, ARTICLES.len());
    let seq = store.len() - 1;
    store
        .write_snapshot(
            SNAPSHOT_NAME,
            PROJECTION_FORMAT + 1,
            seq,
            b"from the future",
        )
        .unwrap();
    assert!(rejected_reason(&store).contains("another version"));
}

#[test]
fn history_before_the_snapshot_is_folded_from_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_snapshot(dir.path(), 4, ARTICLES.len());
    let early = AsOf::Seq(5);
    let (g, _, report) = open_graph(&store, early).unwrap();
    assert!(matches!(report.snapshot, SnapshotUse::TooNew { .. }));
    assert_eq!(g.stats().last_seq, Some(5));
    assert_eq!(g.digest(), full_digest(&store, early));
    // A point after the snapshot uses it.
    let later = AsOf::Seq(store.len() - 2);
    let (g, _, report) = open_graph(&store, later).unwrap();
    assert!(matches!(report.snapshot, SnapshotUse::Loaded { .. }));
    assert_eq!(g.digest(), full_digest(&store, later));
}
