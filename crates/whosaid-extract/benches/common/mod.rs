//! The extraction benchmark shared by `extract` (with mimalloc, the allocator of the
//! `whosaid` binary) and `extract_system` (with the system allocator): see `extract.rs`.

use std::path::PathBuf;
use std::time::Instant;

/// Runs the benchmark; `allocator` names the global allocator of the calling binary.
pub fn run(allocator: &str) {
    let mut runs = 5usize;
    let mut limit = usize::MAX;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).unwrap_or(runs),
            "--limit" => limit = args.next().and_then(|v| v.parse().ok()).unwrap_or(limit),
            "--bench" => {}
            other if other.starts_with("--") => {}
            other => files.push(PathBuf::from(other)),
        }
    }
    if files.is_empty() {
        let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
        for name in ["polnear-train.jsonl", "bbc-news-2004-2005.jsonl"] {
            files.push(corpus.join(name));
        }
    }
    for file in files {
        let content = match std::fs::read_to_string(&file) {
            Ok(c) => c,
            Err(e) => {
                eprintln!(
                    "extract bench: skipping {}: {e} (the corpora live in ../shared/corpus)",
                    file.display()
                );
                continue;
            }
        };
        let mut docs: Vec<(String, Option<String>)> = Vec::new();
        let mut bytes = 0usize;
        for (n, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("extract bench: {}:{}: {e}", file.display(), n + 1);
                    continue;
                }
            };
            let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
                continue;
            };
            let title = v.get("title").and_then(|t| t.as_str()).map(str::to_owned);
            bytes += text.len();
            docs.push((text.to_owned(), title));
            if bytes >= limit {
                break;
            }
        }
        let mut speeds = Vec::with_capacity(runs);
        let mut facts = 0usize;
        for run in 0..runs {
            let started = Instant::now();
            facts = 0;
            for (text, title) in &docs {
                let x = whosaid_extract::extract(text, title.as_deref());
                facts += x.statements.len();
            }
            let secs = started.elapsed().as_secs_f64();
            let mbs = bytes as f64 / 1e6 / secs;
            println!(
                "{}: run {}: {:.2} MB/s ({} bytes, {} documents, {} statements, {:.3} s)",
                file.file_name().unwrap_or_default().to_string_lossy(),
                run + 1,
                mbs,
                bytes,
                docs.len(),
                facts,
                secs
            );
            speeds.push(mbs);
        }
        speeds.sort_by(f64::total_cmp);
        if let (Some(median), Some(best)) = (speeds.get(speeds.len() / 2), speeds.last()) {
            // The best run shows the code's speed on a machine whose neighbours steal
            // time; the median, what a run can expect.
            println!(
                "{}: median {median:.2} MB/s, best {best:.2} MB/s on one core over {runs} runs \
                 ({facts} statements, {allocator} allocator)",
                file.file_name().unwrap_or_default().to_string_lossy()
            );
        }
    }
}
