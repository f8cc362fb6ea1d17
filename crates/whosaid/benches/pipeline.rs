//! The whosaid benchmark: ingest, append, replay and query on real news, each compared
//! in the same run with raw sled on the same bytes where a baseline exists.
//!
//! cargo bench -p whosaid --bench pipeline -- [--articles N] [--write-doc]
//!
//! Reads `../shared/corpus` (Reuters-21578, BBC News, Wikinews); articles beyond the
//! ~21,000 real ones are replicas with a varied last paragraph (so de-duplication does not
//! drop them). `--write-doc` writes the results into docs/PERFORMANCE.md.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use whosaid_model::{DocumentId, Event};
use whosaid_query::snapshot::SNAPSHOT_NAME;
use whosaid_query::{open_graph, replay, to_dot, who_said, AsOf, DotOptions, StatementFilter};
use whosaid_store::{codec, NewDocument, Store};

const FLUSH_EVERY: usize = 64;

struct Measured {
    wall: Duration,
    peak_rss_kib: u64,
    stdout: String,
}

/// Runs a command, sampling its peak resident memory (VmHWM) until it exits.
fn run(cmd: &mut Command) -> Measured {
    let start = Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn whosaid");
    let pid = child.id();
    let mut out = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).ok();
        s
    });
    let mut peak = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
            if let Some(kib) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak = peak.max(kib);
            }
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    Measured {
        wall: start.elapsed(),
        peak_rss_kib: peak,
        stdout: reader.join().unwrap_or_default(),
    }
}

/// Lets the disk finish writing what earlier phases left dirty, so that no appender
/// pays for its predecessor's write-back (each one flushes every 64 documents).
fn settle() {
    let _ = Command::new("sync").status();
    std::thread::sleep(Duration::from_secs(1));
}

fn pct(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn mib(kib: u64) -> String {
    format!("{:.0} MiB", kib as f64 / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let n: usize = arg("--articles")
        .and_then(|v| v.parse().ok())
        .unwrap_or(21_000);
    let queries: usize = arg("--queries").and_then(|v| v.parse().ok()).unwrap_or(200);
    let write_doc = args.iter().any(|a| a == "--write-doc");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = root.join("../shared/corpus");
    if !corpus.join("reuters21578.jsonl").exists() {
        eprintln!("bench: the corpora are missing: expected {} (../shared/corpus beside the project); nothing measured", corpus.display());
        return;
    }
    let bin = env!("CARGO_BIN_EXE_whosaid");
    let tmp = tempfile::tempdir().expect("temp dir");

    // 1. The corpus: real articles, then varied replicas.
    let mut base: Vec<serde_json::Value> = Vec::new();
    for f in [
        "reuters21578.jsonl",
        "bbc-news-2004-2005.jsonl",
        "gum-wikinews.jsonl",
    ] {
        let file = std::fs::File::open(corpus.join(f)).expect("corpus file");
        for line in std::io::BufReader::new(file).lines() {
            let v: serde_json::Value = serde_json::from_str(&line.expect("line")).expect("json");
            base.push(v);
        }
    }
    let jsonl = tmp.path().join("corpus.jsonl");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&jsonl).expect("corpus"));
    let mut bytes = 0u64;
    for i in 0..n {
        let b = &base[i % base.len()];
        let rep = i / base.len();
        let mut text = b["text"].as_str().unwrap_or("").to_owned();
        if rep > 0 {
            text.push_str(&format!(
                "\n\nThis is copy {rep} of the article, kept for the benchmark."
            ));
        }
        bytes += text.len() as u64;
        let line = serde_json::json!({"id": format!("bench-{i}"), "title": b["title"], "date": b["date"], "text": text});
        writeln!(w, "{line}").expect("write corpus");
    }
    w.flush().expect("flush corpus");
    drop(w);
    eprintln!("bench: {n} articles, {:.1} MB of text", bytes as f64 / 1e6);

    // 2. End-to-end ingest through the real binary (extraction in parallel, one writer).
    let store_path = tmp.path().join("whosaid.db");
    let ingest = run(Command::new(bin)
        .arg("--store")
        .arg(&store_path)
        .args(["ingest", "-q"])
        .arg(&jsonl));
    let summary = ingest.stdout.lines().last().unwrap_or("").to_owned();
    let stored: u64 = summary
        .split_whitespace()
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    eprintln!("bench: ingest: {summary}");

    // 3. The same bytes, for the baselines: every encoded event and every text, per document.
    let store = Store::open(&store_path).expect("open store");
    let events_total = store.len();
    let mut docs: Vec<(DocumentId, String, Vec<Event>)> = Vec::new();
    let mut encoded: Vec<(u64, Vec<u8>)> = Vec::with_capacity(events_total as usize);
    for env in store.read_from(0) {
        let env = env.expect("event");
        encoded.push((env.seq, codec::encode_envelope(&env)));
        match &env.event {
            Event::DocumentIngested(d) => {
                let text = store
                    .document_text(&d.document)
                    .expect("text")
                    .unwrap_or_default();
                docs.push((d.document.clone(), text, vec![env.event]));
            }
            _ => docs
                .last_mut()
                .expect("first event is a document")
                .2
                .push(env.event),
        }
    }
    let event_bytes: u64 = encoded.iter().map(|(_, v)| v.len() as u64 + 8).sum();
    let text_bytes: u64 = docs
        .iter()
        .map(|(id, t, _)| (t.len() + id.as_str().len()) as u64)
        .sum();
    let on_disk = store.size_on_disk().expect("size");
    let producer = whosaid_model::Extractor::new("bench", "1");

    // 4. Append: whosaid's store against raw sled, same documents, same flush cadence.
    let ours_path = tmp.path().join("ours.db");
    let mut ours = Store::open(&ours_path).expect("ours");
    settle();
    let t = Instant::now();
    for (i, (id, text, evs)) in docs.iter().enumerate() {
        ours.append_document(
            NewDocument {
                id: id.clone(),
                text: text.clone(),
                events: evs.clone(),
            },
            &producer,
        )
        .expect("append");
        if i % FLUSH_EVERY == FLUSH_EVERY - 1 {
            ours.flush().expect("flush");
        }
    }
    ours.flush().expect("flush");
    let ours_append = t.elapsed();
    drop(ours);
    // As ingest commits: a group of documents per atomic batch, one flush per group.
    let mut group = Store::open(tmp.path().join("group.db")).expect("group");
    settle();
    let t = Instant::now();
    for part in docs.chunks(FLUSH_EVERY) {
        let batch = part
            .iter()
            .map(|(id, text, evs)| NewDocument {
                id: id.clone(),
                text: text.clone(),
                events: evs.clone(),
            })
            .collect();
        group.append_documents(batch, &producer).expect("append");
        group.flush().expect("flush");
    }
    let group_append = t.elapsed();
    drop(group);
    let raw_db = sled::open(tmp.path().join("raw.db")).expect("raw");
    let (raw_log, raw_docs) = (
        raw_db.open_tree("log").expect("tree"),
        raw_db.open_tree("docs").expect("tree"),
    );
    settle();
    let t = Instant::now();
    let mut k = 0;
    for (i, (id, text, evs)) in docs.iter().enumerate() {
        let mut batch = sled::Batch::default();
        for _ in evs {
            let (seq, v) = &encoded[k];
            batch.insert(&seq.to_be_bytes(), v.as_slice());
            k += 1;
        }
        raw_log.apply_batch(batch).expect("batch");
        raw_docs
            .insert(id.as_str(), text.as_bytes())
            .expect("insert");
        if i % FLUSH_EVERY == FLUSH_EVERY - 1 {
            raw_db.flush().expect("flush");
        }
    }
    raw_db.flush().expect("flush");
    let raw_append = t.elapsed();
    let raw_on_disk = raw_db.size_on_disk().expect("size");

    // 5. Replay against raw scan + decode, in process: three rounds, alternating, the
    // median of each (single runs vary with what the machine is doing).
    settle();
    let (mut raw_scans, mut replays) = (Vec::new(), Vec::new());
    let mut decoded = 0u64;
    let mut last = None;
    for _ in 0..3 {
        let t = Instant::now();
        decoded = 0;
        for item in raw_log.iter() {
            let (_, v) = item.expect("scan");
            let _ = codec::decode_envelope(&v).expect("decode");
            decoded += 1;
        }
        raw_scans.push(t.elapsed());
        drop(last.take());
        let t = Instant::now();
        last = Some(replay(&store, AsOf::Latest).expect("replay"));
        replays.push(t.elapsed());
    }
    let (raw_scan, ours_replay) = (pct(raw_scans, 0.5), pct(replays, 0.5));
    let (graph, report) = last.expect("three rounds");
    // The same graph from the projection snapshot that ingest left (in process).
    let t = Instant::now();
    let (from_snapshot, _, snap_report) = open_graph(&store, AsOf::Latest).expect("open");
    let ours_open = t.elapsed();
    assert_eq!(
        from_snapshot.digest(),
        graph.digest(),
        "snapshot + tail = full replay"
    );
    drop(from_snapshot);
    let snapshot_bytes = store.snapshot_size(SNAPSHOT_NAME).unwrap_or(0);

    // 6. Queries, warm (graph in memory, words read back from the open store).
    let iran = graph.lookup("Iran");
    let officials = StatementFilter::officials();
    let mut warm = Vec::new();
    let mut answers = 0;
    for _ in 0..queries {
        let t = Instant::now();
        answers = who_said(&graph, &store, &iran, &officials)
            .expect("who-said")
            .len();
        warm.push(t.elapsed());
    }
    let top = who_said(&graph, &store, &iran, &StatementFilter::default())
        .expect("who-said")
        .first()
        .map(|a| a.id.clone());
    let mut by_actor = Vec::new();
    for _ in 0..queries {
        let t = Instant::now();
        let _ = whosaid_query::statements(
            &graph,
            &store,
            top.as_slice(),
            &[],
            &StatementFilter::default(),
        )
        .expect("statements")
        .len();
        by_actor.push(t.elapsed());
    }
    let mut hood = Vec::new();
    let opts = DotOptions {
        around: iran.clone(),
        depth: 2,
        ..DotOptions::default()
    };
    for _ in 0..(queries / 10).max(5) {
        let t = Instant::now();
        let _ = to_dot(&graph, &opts).len();
        hood.push(t.elapsed());
    }
    drop(graph);
    // Child processes need the store: this process lets go of it first.
    drop(store);
    let replay_child = run(Command::new(bin)
        .arg("--store")
        .arg(&store_path)
        .args(["replay", "--json"]));
    // Cold: a new process per query (open, load the snapshot, build, answer).
    let cold_runs = |args: &[&str]| {
        let (mut walls, mut rss) = (Vec::new(), 0);
        for _ in 0..5 {
            let m = run(Command::new(bin).arg("--store").arg(&store_path).args(args));
            rss = rss.max(m.peak_rss_kib);
            walls.push(m.wall);
        }
        (walls, rss)
    };
    let (cold, cold_rss) = cold_runs(&["who-said", "--about", "Iran", "--officials", "--json"]);
    let top_id = top.as_ref().map_or("", |t| t.as_str());
    let (cold_by, _) = cold_runs(&["statements", "--by", top_id, "--json"]);
    let (cold_hood, _) = cold_runs(&["graph", "--around", "Iran", "--depth", "2"]);
    // Cold without the snapshot: open, fold the whole log, query.
    let mut cold_full = Vec::new();
    for _ in 0..2 {
        let m = run(Command::new(bin).arg("--store").arg(&store_path).args([
            "--no-snapshot",
            "who-said",
            "--about",
            "Iran",
            "--officials",
            "--json",
        ]));
        cold_full.push(m.wall);
    }

    // 7. Report.
    let secs = |d: Duration| d.as_secs_f64().max(1e-9);
    let ours_rate = (event_bytes + text_bytes) as f64 / 1e6 / secs(ours_append);
    let raw_rate = (event_bytes + text_bytes) as f64 / 1e6 / secs(raw_append);
    let group_rate = (event_bytes + text_bytes) as f64 / 1e6 / secs(group_append);
    let replay_rate = report.events as f64 / secs(ours_replay);
    let scan_rate = decoded as f64 / secs(raw_scan);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut md = String::new();
    use std::fmt::Write as _;
    let _ = writeln!(md, "Measured by `cargo bench -p whosaid --bench pipeline -- --articles {n}` on {cores} cores ({cpu}), one run; release profile (optimised, with line tables for profilers).\n");
    let _ = writeln!(
        md,
        "| what | figure | baseline (raw sled, same bytes, same run) | ratio | target |"
    );
    let _ = writeln!(md, "| --- | --- | --- | --- | --- |");
    let _ = writeln!(md, "| corpus | {n} articles ({stored} stored), {:.1} MB of text, {events_total} events | | | |", bytes as f64 / 1e6);
    let _ = writeln!(md, "| ingest end to end (extraction on {cores} cores, one writer, durable per 64 documents) | {:.0} articles/s, {:.2} MB/s, {:.0} events/s in {:.1} s; peak RSS {} | | | ≥ 2,000 articles/s |", stored as f64 / secs(ingest.wall), bytes as f64 / 1e6 / secs(ingest.wall), events_total as f64 / secs(ingest.wall), ingest.wall.as_secs_f64(), mib(ingest.peak_rss_kib));
    let _ = writeln!(md, "| append (atomic document batches, flush per 64) | {:.1} MB/s ({:.2} s) | {:.1} MB/s ({:.2} s) | {:.0}% | ≥ 60% |", ours_rate, ours_append.as_secs_f64(), raw_rate, raw_append.as_secs_f64(), 100.0 * ours_rate / raw_rate);
    let _ = writeln!(md, "| append, {FLUSH_EVERY} documents per atomic batch (as ingest commits) | {:.1} MB/s ({:.2} s) | {:.1} MB/s ({:.2} s) | {:.0}% | |", group_rate, group_append.as_secs_f64(), raw_rate, raw_append.as_secs_f64(), 100.0 * group_rate / raw_rate);
    let _ = writeln!(md, "| replay + graph rebuild (in process, median of 3) | {:.0} events/s ({}) | scan + decode {:.0} events/s ({}) | {:.0}% | ≥ 50% |", replay_rate, ms(ours_replay), scan_rate, ms(raw_scan), 100.0 * replay_rate / scan_rate);
    let _ = writeln!(
        md,
        "| `whosaid replay` (new process) | {} wall, peak RSS {} | | | graph < 2 GiB at 200k |",
        ms(replay_child.wall),
        mib(replay_child.peak_rss_kib)
    );
    let _ = writeln!(md, "| who-said --about Iran --officials, warm ({answers} speakers) | p50 {}, p99 {} | | | p50 < 50 ms |", ms(pct(warm.clone(), 0.5)), ms(pct(warm, 0.99)));
    let _ = writeln!(md, "| graph from the projection snapshot + tail (in process) | {} ({} tail events; snapshot {:.1} MB) | full replay {} | {:.1}x faster | |", ms(ours_open), snap_report.events, snapshot_bytes as f64 / 1e6, ms(ours_replay), secs(ours_replay) / secs(ours_open));
    let _ = writeln!(md, "| who-said --about Iran --officials, cold (new process: open, load snapshot, build, query) | p50 {}, p99 {}; peak RSS {} | without the snapshot (`--no-snapshot`, full replay) p50 {} | {:.1}x faster | < 1 s |", ms(pct(cold.clone(), 0.5)), ms(pct(cold.clone(), 0.99)), mib(cold_rss), ms(pct(cold_full.clone(), 0.5)), secs(pct(cold_full, 0.5)) / secs(pct(cold, 0.5)));
    let _ = writeln!(
        md,
        "| statements by the top speaker, warm / cold | p50 {}, p99 {} / p50 {}, p99 {} | | | |",
        ms(pct(by_actor.clone(), 0.5)),
        ms(pct(by_actor, 0.99)),
        ms(pct(cold_by.clone(), 0.5)),
        ms(pct(cold_by, 0.99))
    );
    let _ = writeln!(
        md,
        "| 2-hop neighbourhood of Iran as DOT, warm / cold | p50 {}, p99 {} / p50 {}, p99 {} | | | |",
        ms(pct(hood.clone(), 0.5)),
        ms(pct(hood, 0.99)),
        ms(pct(cold_hood.clone(), 0.5)),
        ms(pct(cold_hood, 0.99))
    );
    let _ = writeln!(md, "| store size | {:.1} MB on disk; {:.0} bytes/event, {:.0} bytes/article | encoded events {:.1} MB + texts {:.1} MB; raw sled holding them: {:.1} MB | {:.2}x the bytes ({:.2}x raw sled) | ≤ 2x |", on_disk as f64 / 1e6, on_disk as f64 / events_total.max(1) as f64, on_disk as f64 / stored.max(1) as f64, event_bytes as f64 / 1e6, text_bytes as f64 / 1e6, raw_on_disk as f64 / 1e6, on_disk as f64 / (event_bytes + text_bytes).max(1) as f64, on_disk as f64 / raw_on_disk.max(1) as f64);
    println!("{md}");
    if write_doc {
        let doc = root.join("docs/PERFORMANCE.md");
        let old = std::fs::read_to_string(&doc).unwrap_or_default();
        let (start, end) = ("<!-- bench:start -->", "<!-- bench:end -->");
        let new = match (old.find(start), old.find(end)) {
            (Some(a), Some(b)) if a < b => {
                format!("{}{start}\n{md}{end}{}", &old[..a], &old[b + end.len()..])
            }
            _ => format!("{old}\n{start}\n{md}{end}\n"),
        };
        std::fs::write(&doc, new).expect("write docs/PERFORMANCE.md");
        eprintln!("bench: wrote {}", doc.display());
    }
}
