//! Extraction quality on the project's hand-annotated Wikinews gold (24 real articles,
//! 185 attributions): a floor under the figures docs/EXTRACTION.md reports, so a change
//! that loses quotes, speakers or resolved names fails here rather than in the next
//! evaluation run. The floors sit a little under the measured figures; raise them when
//! extraction improves.

use std::path::Path;
use whosaid_extract::eval::{GoldDoc, Scorer};
use whosaid_extract::extract;

#[test]
fn wikinews_gold_quality_does_not_fall() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wikinews-gold.jsonl");
    let gold = std::fs::read_to_string(&path).expect("tests/data/wikinews-gold.jsonl");
    let mut scorer = Scorer::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let doc: GoldDoc = serde_json::from_str(line).expect("a gold document");
        let x = extract(&doc.text, doc.title.as_deref());
        scorer.add(&doc, &x);
    }
    let s = scorer.finish();
    assert_eq!((s.documents, s.gold), (24, 185));
    let at03 = &s.at[0];
    let floors = [
        ("quote precision at 0.3", at03.precision, 0.88),
        ("quote recall at 0.3", at03.recall, 0.82),
        ("quote F1 at 0.3", at03.f1, 0.86),
        ("direct-quote recall at 0.3", at03.direct_recall, 0.92),
        (
            "speaker mention on direct quotes",
            s.direct_speaker_mention_accuracy,
            0.88,
        ),
        ("resolved speaker names", s.resolved_name_accuracy, 0.91),
    ];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what}: {got:.3} fell below {floor}");
    }
}
