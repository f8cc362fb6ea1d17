//! Prints the extraction of a file as JSON (development aid).
//!
//! A plain text file is extracted whole and printed pretty. A JSON Lines file (records
//! with a `text` and optionally a `title` field, as in `../shared/corpus`) prints one
//! compact line per record: the whole extraction, so that two builds can be compared
//! with `diff` after a change meant to keep the output the same.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    if !path.ends_with(".jsonl") {
        let x = whosaid_extract::extract(&text, None);
        println!("{}", serde_json::to_string_pretty(&x).expect("json"));
        return;
    }
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON record per line");
        let Some(body) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let title = v.get("title").and_then(|t| t.as_str());
        let x = whosaid_extract::extract(body, title);
        println!("{}", serde_json::to_string(&x).expect("json"));
    }
}
