//! The extractor's version changes whenever its output does: the output for the bundled
//! example articles (real news: the seed article and the Wikinews set) is pinned to the
//! version that produced it.

use std::path::Path;
use whosaid_extract::{extract, EXTRACTOR_VERSION};

/// The version and the BLAKE3 of the examples' extraction (JSON) it produces.
const PINNED: (&str, &str) = (
    "0.1.0+rules.204",
    "b55a4af30a1362a2f0e536fb129e87f10ec8c78bce52f2e815641a1e8521502b",
);

fn fingerprint() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    let mut h = blake3::Hasher::new();
    let seed = std::fs::read_to_string(dir.join("pentagon-iran-iraq-2014-06-16.txt"))
        .expect("examples/articles/pentagon-iran-iraq-2014-06-16.txt");
    let x = extract(&seed, None);
    h.update(serde_json::to_string(&x).expect("json").as_bytes());
    let wikinews = std::fs::read_to_string(dir.join("wikinews.jsonl"))
        .expect("examples/articles/wikinews.jsonl");
    for line in wikinews.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = v["text"].as_str().expect("text");
        let x = extract(text, v["title"].as_str());
        h.update(serde_json::to_string(&x).expect("json").as_bytes());
    }
    h.finalize().to_hex().to_string()
}

#[test]
fn output_changes_only_with_the_version() {
    let fp = fingerprint();
    assert_eq!(
        (EXTRACTOR_VERSION, fp.as_str()),
        PINNED,
        "the extraction of examples/articles changed: bump the rules revision in \
         EXTRACTOR_VERSION (crates/whosaid-extract/src/lib.rs) and pin the new version and \
         fingerprint here"
    );
}
