//! Backward compatibility: stores written by earlier releases stay readable.

use std::path::{Path, PathBuf};
use whosaid_query::{replay, who_said, AsOf, StatementFilter};
use whosaid_store::Store;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name);
    let dir = tempfile::tempdir().unwrap();
    let dst = dir.path().join(name);
    copy_dir(&src, &dst);
    (dir, dst)
}

#[test]
fn a_schema_1_store_still_decodes_and_answers() {
    let (_d, path) = fixture("store-schema-1");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.len(), 166);
    assert_eq!(store.document_count(), 6);
    let mut by_type = std::collections::BTreeMap::new();
    for (i, env) in store.read_from(0).enumerate() {
        let env = env.unwrap_or_else(|e| panic!("event {i} no longer decodes: {e}"));
        assert_eq!(env.seq, i as u64);
        assert_eq!(env.schema, 1);
        *by_type.entry(env.event.name()).or_insert(0) += 1;
    }
    assert_eq!(by_type["DocumentIngested"], 6);
    assert_eq!(by_type["DocumentExtracted"], 6);
    for id in store.document_ids() {
        assert!(store.document_text(&id.unwrap()).unwrap().is_some());
    }
    let (g, _) = replay(&store, AsOf::Latest).unwrap();
    let mut names: Vec<String> = who_said(
        &g,
        &store,
        &g.lookup("Tehran"),
        &StatementFilter::officials(),
    )
    .unwrap()
    .into_iter()
    .map(|a| a.name)
    .collect();
    names.sort();
    assert_eq!(names, ["John Kerry", "John Kirby"]);
}
