//! The article readers on arbitrary bytes: a JSONL line and a plain-text file either
//! give an article or a rejection naming the origin; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::input::{check_text, json_article};

fuzz_target!(|data: &[u8]| {
    if let Ok(line) = std::str::from_utf8(data) {
        match json_article("fuzz.jsonl:1", line, 1 << 16) {
            Ok(a) => assert!(!a.text.trim().is_empty()),
            Err(r) => assert_eq!(r.origin, "fuzz.jsonl:1"),
        }
    }
    match check_text("fuzz.txt", data.to_vec(), 1 << 16) {
        Ok(t) => assert_eq!(t.as_bytes(), data),
        Err(r) => assert_eq!(r.origin, "fuzz.txt"),
    }
});
