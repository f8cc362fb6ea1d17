//! The extractor on arbitrary text: never panics, every span matches its text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_extract::{extract, Text};

fn check(doc: &str, t: &Text) {
    assert_eq!(doc.get(t.start as usize..t.end as usize), Some(t.text.as_str()));
}

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = std::str::from_utf8(data) else { return };
    let x = extract(doc, None);
    for s in &x.statements {
        assert!(!s.content.text.is_empty());
        check(doc, &s.content);
        check(doc, &s.attribution);
        if let Some(m) = &s.speaker.mention {
            check(doc, m);
        }
    }
    for a in &x.actors {
        for m in &a.mentions {
            check(doc, m);
        }
    }
    for r in &x.relations {
        check(doc, &r.evidence);
    }
});
