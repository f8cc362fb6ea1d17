//! Property test: any text, however mangled, extracts without panicking, and every span
//! the extractor reports cuts the text on character boundaries and matches its text.

use proptest::prelude::*;
use whosaid_extract::{extract, Text};

const VOCAB: &[&str] = &[
    "\u{201c}",
    "\u{201d}",
    "\"",
    "'",
    "\u{2018}",
    "\u{2019}",
    "said",
    "says",
    "told",
    "adding",
    "saying",
    "according",
    "to",
    "the",
    "he",
    "she",
    "they",
    "Kirby",
    "John",
    "Kerry",
    "Rear",
    "Admiral",
    "Pentagon",
    "spokesman",
    "U.S.",
    "U.S.-Iranian",
    "Iran",
    "Tehran",
    "Washington",
    "officials",
    "President",
    "of",
    "State",
    "Secretary",
    "with",
    "talks",
    "will",
    "not",
    "could",
    "coordinate",
    "its",
    "adversary",
    "called",
    "an",
    ".",
    ",",
    ":",
    ";",
    "(",
    ")",
    "\u{2014}",
    "-",
    "\u{2026}",
    "...",
    "\n",
    "\n\n",
    "\u{a0}",
    "\u{2009}",
    "By",
    "Reuters",
    "(Reuters)",
    "Mr.",
    "Gen.",
    "a.m.",
    "J.",
    "al-Maliki",
    "\u{e9}",
    "\u{1F600}",
    "\u{fffd}",
    "\t",
    "0",
    "2014-06-16",
    "Asked",
    "if",
];

fn check_text(doc: &str, t: &Text) {
    let (a, b) = (t.start as usize, t.end as usize);
    assert!(
        a <= b && b <= doc.len(),
        "span {a}..{b} outside a text of {} bytes",
        doc.len()
    );
    assert_eq!(
        doc.get(a..b),
        Some(t.text.as_str()),
        "span {a}..{b} does not match its text"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn token_soup_never_panics(words in prop::collection::vec((0..VOCAB.len(), 0..3usize), 0..120)) {
        let mut doc = String::new();
        for (w, sp) in words {
            doc.push_str(VOCAB[w]);
            doc.push_str(["", " ", "  "][sp]);
        }
        let x = extract(&doc, None);
        for s in &x.statements {
            check_text(&doc, &s.content);
            check_text(&doc, &s.attribution);
            if let Some(c) = &s.cue { check_text(&doc, c); }
            if let Some(m) = &s.speaker.mention { check_text(&doc, m); }
        }
        for a in &x.actors {
            for m in &a.mentions { check_text(&doc, m); }
            for r in &a.roles { check_text(&doc, &r.evidence); }
        }
        for r in &x.relations {
            check_text(&doc, &r.evidence);
            prop_assert!(r.claimed_in.is_none_or(|i| i < x.statements.len()));
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(doc in "\\PC{0,400}") {
        let x = extract(&doc, None);
        for s in &x.statements {
            check_text(&doc, &s.content);
        }
    }
}
