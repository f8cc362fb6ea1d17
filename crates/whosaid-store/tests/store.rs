//! Behaviour of the event store on a real sled directory.

use proptest::prelude::*;
use whosaid_model::{
    ActorId, ActorsMerged, DocumentId, DocumentIngested, Event, Extractor, StatementId,
    StatementRetracted,
};
use whosaid_store::{Appended, NewDocument, Store, StoreError};

/// The store's sled opened directly, as a tool that damages it would: waits for the
/// directory lock that a store just dropped may still hold (sled lets go of it from a
/// background thread a little after the handle is dropped; `Store::open` waits too).
fn raw_sled(path: &std::path::Path) -> sled::Db {
    let started = std::time::Instant::now();
    loop {
        match sled::open(path) {
            Ok(db) => return db,
            Err(e)
                if e.to_string().contains("could not acquire lock")
                    && started.elapsed() < std::time::Duration::from_secs(5) =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => panic!("sled refused {}: {e}", path.display()),
        }
    }
}

fn producer() -> Extractor {
    Extractor::new("store-test", "1")
}

fn doc(text: &str) -> NewDocument {
    let id = DocumentId::for_text(text);
    NewDocument {
        id: id.clone(),
        text: text.to_owned(),
        events: vec![Event::DocumentIngested(DocumentIngested {
            document: id,
            source_id: None,
            title: Some(format!("title of {text}")),
            date: None,
            source: None,
            url: None,
            origin: "test".into(),
            bytes: text.len() as u64,
        })],
    }
}

fn merge(n: usize) -> Event {
    Event::ActorsMerged(ActorsMerged {
        from: ActorId::new(format!("a{n}")).unwrap(),
        into: ActorId::new("b").unwrap(),
        reason: format!("test {n}"),
    })
}

#[test]
fn same_text_twice_appends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("s")).unwrap();
    assert_eq!(
        store.append_document(doc("one"), &producer()).unwrap(),
        Appended::Stored { seqs: 0..1 }
    );
    assert_eq!(
        store.append_document(doc("one"), &producer()).unwrap(),
        Appended::AlreadyStored { seq: 0 }
    );
    assert_eq!(store.len(), 1);
    assert_eq!(store.document_count(), 1);
}

#[test]
fn a_group_of_documents_is_one_batch_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("s")).unwrap();
    store.append_document(doc("old"), &producer()).unwrap();
    // A long text, to be stored compressed and read back exactly.
    let long: String = (0..20_000).map(|i| format!("word{} ", i % 97)).collect();
    let answers = store
        .append_documents(
            vec![doc("new"), doc("old"), doc(&long), doc("new")],
            &producer(),
        )
        .unwrap();
    assert_eq!(
        answers,
        [
            Appended::Stored { seqs: 1..2 },
            Appended::AlreadyStored { seq: 0 },
            Appended::Stored { seqs: 2..3 },
            Appended::AlreadyStored { seq: 1 },
        ]
    );
    store.flush().unwrap();
    drop(store);
    let store = Store::open(dir.path().join("s")).unwrap();
    assert_eq!(store.len(), 3);
    assert_eq!(store.document_count(), 3);
    let id = DocumentId::for_text(&long);
    assert_eq!(
        store.document_text(&id).unwrap().as_deref(),
        Some(long.as_str())
    );
    assert!(store.check().is_ok());
    // One bad document refuses the whole group, and nothing is written.
    let mut bad = doc("bad");
    bad.id = DocumentId::for_text("something else");
    let mut store = store;
    assert!(matches!(
        store.append_documents(vec![doc("fine"), bad], &producer()),
        Err(StoreError::InvalidBatch(_))
    ));
    assert_eq!(store.len(), 3);
}

#[test]
fn second_handle_is_refused_as_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let _first = Store::open(&path).unwrap();
    match Store::open(&path) {
        Err(StoreError::InUse { path: p }) => assert_eq!(p, path),
        other => panic!("expected InUse, got {other:?}"),
    }
    let msg = Store::open(&path).unwrap_err().to_string();
    assert!(
        msg.contains("store is in use by another whosaid process"),
        "{msg}"
    );
}

#[test]
fn a_file_or_foreign_directory_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("f");
    std::fs::write(&file, "x").unwrap();
    assert!(matches!(
        Store::open(&file),
        Err(StoreError::NotAStore { .. })
    ));
    let foreign = dir.path().join("d");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("notes.txt"), "x").unwrap();
    assert!(matches!(
        Store::open(&foreign),
        Err(StoreError::NotAStore { .. })
    ));
}

#[test]
fn batches_that_break_invariants_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("s")).unwrap();
    let mut bad = doc("text");
    bad.text = "other text".into();
    assert!(matches!(
        store.append_document(bad, &producer()),
        Err(StoreError::InvalidBatch(_))
    ));
    let missing = Event::StatementRetracted(StatementRetracted {
        statement: StatementId::new("x.y.s1").unwrap(),
        reason: "r".into(),
    });
    assert_eq!(store.append(vec![missing], &producer()).unwrap(), 0..1);
    let foreign = doc("never stored").events;
    assert!(matches!(
        store.append(foreign, &producer()),
        Err(StoreError::InvalidBatch(_))
    ));
    assert_eq!(store.len(), 1);
}

#[test]
fn envelopes_carry_sequence_time_schema_and_producer() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("s")).unwrap();
    store.append_document(doc("a"), &producer()).unwrap();
    store.append(vec![merge(1), merge(2)], &producer()).unwrap();
    let all: Vec<_> = store.read_from(0).collect::<Result<_, _>>().unwrap();
    assert_eq!(all.iter().map(|e| e.seq).collect::<Vec<_>>(), [0, 1, 2]);
    assert!(all
        .windows(2)
        .all(|w| w[0].recorded_at_ms <= w[1].recorded_at_ms));
    assert!(all
        .iter()
        .all(|e| e.schema == whosaid_model::SCHEMA_VERSION && e.producer == producer()));
    assert_eq!(store.read_from(2).count(), 1);
}

#[test]
fn damaged_event_bytes_are_reported_as_corruption_with_the_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    {
        let mut store = Store::open(&path).unwrap();
        store.append_document(doc("a"), &producer()).unwrap();
        store.append(vec![merge(1)], &producer()).unwrap();
        store.flush().unwrap();
    }
    {
        // Overwrite event 1 with garbage through sled directly.
        let db = raw_sled(&path);
        db.open_tree("log")
            .unwrap()
            .insert(1u64.to_be_bytes(), &[1u8, 200, 200, 200][..])
            .unwrap();
        db.flush().unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.len(), 2);
    let err = store
        .read_from(0)
        .find_map(Result::err)
        .expect("corruption");
    assert!(matches!(store.get(1), Err(StoreError::Corruption { .. })));
    let msg = err.to_string();
    assert!(msg.contains("corruption at event 1"), "{msg}");
}

#[derive(Debug, Clone)]
enum Op {
    AddDoc(u8),
    AddEvents(u8),
    Reopen,
    ReadFrom(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => any::<u8>().prop_map(Op::AddDoc),
        2 => (1u8..5).prop_map(Op::AddEvents),
        1 => Just(Op::Reopen),
        2 => any::<u8>().prop_map(Op::ReadFrom),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random appends, reopens and reads, checked against an in-memory list.
    #[test]
    fn store_matches_a_vec_model(ops in prop::collection::vec(op(), 1..40)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        let mut store = Some(Store::open(&path).unwrap());
        let mut model: Vec<Event> = Vec::new();
        let mut texts: std::collections::BTreeSet<String> = Default::default();
        let mut n = 0;
        for op in ops {
            let s = store.as_mut().unwrap();
            match op {
                Op::AddDoc(k) => {
                    let text = format!("doc {}", k % 16);
                    let d = doc(&text);
                    let events = d.events.clone();
                    let out = s.append_document(d, &producer()).unwrap();
                    if texts.insert(text) {
                        let stored = matches!(out, Appended::Stored { .. });
                        prop_assert!(stored);
                        model.extend(events);
                    } else {
                        let already = matches!(out, Appended::AlreadyStored { .. });
                        prop_assert!(already);
                    }
                }
                Op::AddEvents(k) => {
                    let events: Vec<Event> = (0..k).map(|_| { n += 1; merge(n) }).collect();
                    s.append(events.clone(), &producer()).unwrap();
                    model.extend(events);
                }
                Op::Reopen => {
                    s.flush().unwrap();
                    drop(store.take());
                    store = Some(Store::open(&path).unwrap());
                }
                Op::ReadFrom(k) => {
                    let from = u64::from(k) % (model.len() as u64 + 2);
                    let got: Vec<Event> = s.read_from(from).map(|e| e.unwrap().event).collect();
                    let want: Vec<Event> = model.iter().skip(from as usize).cloned().collect();
                    prop_assert_eq!(got, want);
                }
            }
            let s = store.as_ref().unwrap();
            prop_assert_eq!(s.len(), model.len() as u64);
            prop_assert_eq!(s.document_count(), texts.len());
        }
    }
}

fn extracted_doc(text: &str, facts: usize) -> NewDocument {
    let mut d = doc(text);
    let id = d.id.clone();
    d.events
        .push(Event::DocumentExtracted(whosaid_model::DocumentExtracted {
            document: id.clone(),
            extractor: producer(),
            facts: facts as u32,
        }));
    for n in 0..facts {
        d.events
            .push(Event::ActorIdentified(whosaid_model::ActorIdentified {
                actor: ActorId::new(format!("a{n}")).unwrap(),
                name: format!("A {n}"),
                kind: whosaid_model::ActorKind::Person,
                mention: format!("A {n}"),
                part_of: None,
                government: false,
                provenance: whosaid_model::Provenance {
                    document: id.clone(),
                    span: whosaid_model::Span::new(0, 1),
                    extractor: producer(),
                },
            }));
    }
    d
}

#[test]
fn check_passes_a_sound_store_and_names_every_problem_of_a_damaged_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .append_document(extracted_doc("one", 3), &producer())
            .unwrap(); // events 0..=4
        store
            .append_document(extracted_doc("two", 2), &producer())
            .unwrap(); // events 5..=8
        store.append(vec![merge(1)], &producer()).unwrap(); // event 9
        let report = store.check();
        assert!(report.is_ok(), "{:?}", report.problems);
        assert_eq!(
            (report.events, report.documents, report.extraction_runs),
            (10, 2, 2)
        );
        store.flush().unwrap();
    }
    {
        let db = raw_sled(&path);
        let log = db.open_tree("log").unwrap();
        log.remove(3u64.to_be_bytes()).unwrap(); // a fact of document "one"
        log.insert(7u64.to_be_bytes(), &[1u8, 255, 255][..])
            .unwrap(); // garbage
        db.flush().unwrap();
    }
    let report = Store::open(&path).unwrap().check();
    let all = report.problems.join("\n");
    assert!(all.contains("event 4: sequence gap, expected 3"), "{all}");
    assert!(all.contains("announces 3 facts, 2 follow it"), "{all}");
    assert!(all.contains("corruption at event 7"), "{all}");
}

fn store_with_snapshot_file(name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .append_document(extracted_doc("one", 3), &producer())
            .unwrap();
        store
            .append_document(extracted_doc("two", 2), &producer())
            .unwrap();
        store.flush().unwrap();
    }
    // What a process killed while sled wrote a snapshot leaves behind: sled 0.34 reads
    // the last `snap.*` file by name, even an unfinished one, and refuses to open.
    std::fs::write(path.join(name), vec![0xAB; 5000]).unwrap();
    (dir, path)
}

/// Regression: after a SIGKILL the crash test found stores sled would not reopen
/// ("Read corrupted data at file offset None"): an unfinished snapshot file.
#[test]
fn an_unfinished_sled_snapshot_is_set_aside_and_nothing_is_lost() {
    let (_d, path) = store_with_snapshot_file("snap.00000000FFFFFFFF.generating");
    assert!(sled::open(&path).is_err(), "sled alone refuses this store");
    let store = Store::open(&path).unwrap();
    assert!(
        store
            .recovery()
            .unwrap()
            .contains("incomplete sled snapshot"),
        "{:?}",
        store.recovery()
    );
    assert!(store.check().is_ok(), "{:?}", store.check().problems);
    assert_eq!((store.len(), store.document_count()), (9, 2));
    let kept: Vec<_> = std::fs::read_dir(path.join("recovered")).unwrap().collect();
    assert_eq!(kept.len(), 1, "the set-aside file is kept, not deleted");
    drop(store);
    assert!(
        Store::open(&path).unwrap().recovery().is_none(),
        "a second open needs no repair"
    );
}

#[test]
fn a_corrupt_finished_snapshot_is_set_aside_and_rebuilt_from_the_log() {
    let (_d, path) = store_with_snapshot_file("snap.00000000FFFFFFFF");
    let store = Store::open(&path).unwrap();
    assert!(
        store
            .recovery()
            .unwrap()
            .contains("rebuilt from sled's log"),
        "{:?}",
        store.recovery()
    );
    assert!(store.check().is_ok());
    assert_eq!((store.len(), store.document_count()), (9, 2));
}
