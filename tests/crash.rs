//! Crash safety: a child `whosaid ingest` is killed with SIGKILL at random moments. After
//! every kill the store must open, pass `check` (every document wholly present or wholly
//! absent), hold every document the child had reported as stored, and replay.
//!
//! `WHOSAID_CRASH_KILLS` sets the number of kills (default 50), `WHOSAID_CRASH_SEED` the
//! random seed (printed, so a failure can be replayed).

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use whosaid_model::DocumentId;
use whosaid_query::{replay, AsOf};
use whosaid_store::Store;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Writes a JSONL corpus of `n` distinct articles built from the bundled examples (round
/// `round` gets texts no other round has) and returns the document id of each origin.
fn corpus(dir: &Path, round: usize, n: usize) -> (std::path::PathBuf, HashMap<String, DocumentId>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    let mut texts =
        vec![std::fs::read_to_string(root.join("pentagon-iran-iraq-2014-06-16.txt")).unwrap()];
    for line in std::fs::read_to_string(root.join("wikinews.jsonl"))
        .unwrap()
        .lines()
    {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        texts.push(v["text"].as_str().unwrap().to_owned());
    }
    let path = dir.join(format!("corpus-{round}.jsonl"));
    let mut out = String::new();
    let mut ids = HashMap::new();
    for i in 0..n {
        let text = format!(
            "{}\n\nEditor's note: copy {i} of round {round}.",
            texts[i % texts.len()]
        );
        ids.insert(
            format!("{}:{}", path.display(), i + 1),
            DocumentId::for_text(&text),
        );
        out.push_str(
            &serde_json::json!({ "id": format!("doc-{round}-{i}"), "text": text }).to_string(),
        );
        out.push('\n');
    }
    std::fs::write(&path, out).unwrap();
    (path, ids)
}

fn ingest(store: &Path, corpus: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .arg("--store")
        .arg(store)
        .arg("ingest")
        .arg(corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn verify(
    store_path: &Path,
    reported: &HashSet<DocumentId>,
    round: usize,
    seed: u64,
    replay_twice: bool,
) -> bool {
    let store = Store::open(store_path)
        .unwrap_or_else(|e| panic!("round {round} (seed {seed}): store does not open: {e}"));
    let report = store.check();
    assert!(
        report.is_ok(),
        "round {round} (seed {seed}): {:?}",
        report.problems
    );
    for id in reported {
        assert!(
            store.contains_document(id).unwrap(),
            "round {round} (seed {seed}): document {id} was reported stored but is missing"
        );
    }
    let (a, _) = replay(&store, AsOf::Latest).unwrap();
    assert_eq!(a.stats().documents as u64, report.documents);
    if replay_twice {
        let (b, _) = replay(&store, AsOf::Latest).unwrap();
        assert_eq!(
            a.digest(),
            b.digest(),
            "round {round} (seed {seed}): replay is not deterministic"
        );
    }
    store.recovery().is_some()
}

#[test]
fn sigkill_during_ingest_never_loses_or_half_writes_a_document() {
    let kills: usize = std::env::var("WHOSAID_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let seed: u64 = std::env::var("WHOSAID_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
                | 1
        });
    eprintln!("crash test: {kills} kills, seed {seed}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    const PER_ROUND: usize = 100;
    // How long an uninterrupted ingest of one round takes: kills land within it.
    let (cal, _) = corpus(dir.path(), usize::MAX, PER_ROUND);
    let t = std::time::Instant::now();
    ingest(&dir.path().join("calibration.db"), &cal)
        .wait()
        .unwrap();
    let window = (t.elapsed().as_millis() as u64).max(20);
    let mut reported: HashSet<DocumentId> = HashSet::new();
    let mut all: HashSet<DocumentId> = HashSet::new();
    let mut corpora = Vec::new();
    let mut killed_mid_run = 0;
    let mut repairs = 0;
    for round in 0..kills {
        let (path, ids) = corpus(dir.path(), round, PER_ROUND);
        all.extend(ids.values().cloned());
        let mut child = ingest(&store, &path);
        std::thread::sleep(Duration::from_millis(rng.next() % window));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        if !finished {
            killed_mid_run += 1;
        }
        let mut out = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        for line in out.lines() {
            if let Some(rest) = line.strip_prefix("stored     ") {
                let origin = rest.split("  ").next().unwrap();
                reported.insert(ids[origin].clone());
            }
        }
        if verify(&store, &reported, round, seed, round % 10 == 9) {
            repairs += 1;
        }
        corpora.push(path);
    }
    // Finally an uninterrupted run completes the store.
    let status = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .arg("--store")
        .arg(&store)
        .arg("ingest")
        .arg("-q")
        .args(&corpora)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    verify(&store, &all, kills, seed, true);
    eprintln!(
        "crash test: {killed_mid_run} of {kills} kills interrupted a running ingest (window {window} ms); {repairs} reopenings set aside an unfinished sled snapshot; {} documents were reported stored before a kill; {} in the end",
        reported.len(),
        all.len()
    );
}
