//! Prints one line per extracted statement of every article in a JSON Lines file
//! (`id`, `text`, optionally `title`): article id, kind, speaker name and the start of
//! the content. A development aid: diff its output between two builds to read every
//! statement whose speaker a rule change moved.
//!
//! `cargo run --release -p whosaid-extract --example speakers -- ../shared/corpus/bbc-news-2004-2005.jsonl`
use std::io::Write;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: speakers FILE.jsonl");
        std::process::exit(2);
    };
    let content = match std::fs::read_to_string(&path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("speakers: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (n, line) in content.lines().enumerate() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            eprintln!("speakers: {path}:{}: not a JSON object", n + 1);
            continue;
        };
        let (Some(id), Some(text)) = (v["id"].as_str(), v["text"].as_str()) else {
            continue;
        };
        let x = whosaid_extract::extract(text, v["title"].as_str());
        for s in &x.statements {
            let content: String = s.content.text.chars().take(70).collect();
            let _ = writeln!(out, "{id}\t{:?}\t{}\t{content}", s.kind, s.speaker.name);
        }
    }
}
