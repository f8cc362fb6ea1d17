//! Scoring extraction against gold attributions (the PolNeAR-style shape documented in
//! the corpus README): quote precision, recall and F1 at span-overlap thresholds,
//! speaker-mention overlap, resolved-name accuracy, and a breakdown of error kinds.
//!
//! Gold spans are character (code point) offsets; they are converted to the byte
//! offsets the extractor uses before comparing.

use crate::Extraction;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One gold attribution.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// `[start, end)` character offsets of the content.
    pub quote_span: [usize; 2],
    /// `[start, end)` character offsets of the speaker mention, if annotated.
    #[serde(default)]
    pub speaker_span: Option<[usize; 2]>,
    /// The speaker mention as written.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The resolved speaker name, when the annotation gives one.
    #[serde(default)]
    pub reference: Option<String>,
    /// Whether the content is inside quotation marks.
    #[serde(default)]
    pub direct: bool,
}

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    /// Id.
    #[serde(default)]
    pub id: Option<String>,
    /// Text. Empty in a standoff annotation, whose text lives elsewhere and is
    /// attached by id (see [`GoldDoc::attach_text`]).
    #[serde(default)]
    pub text: String,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// The document id (BLAKE3 of the text, as `DocumentId`) of the text a standoff
    /// annotation was made on.
    #[serde(default)]
    pub document: Option<String>,
    /// Attributions.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

impl GoldDoc {
    /// Whether this is a standoff annotation: spans without the text they point into.
    pub fn is_standoff(&self) -> bool {
        self.text.is_empty() && self.document.is_some()
    }

    /// Gives a standoff annotation its text (and headline, when it has none), after
    /// checking that the text is the one annotated: the same document id, and every
    /// span inside it.
    pub fn attach_text(&mut self, text: String, title: Option<String>) -> Result<(), String> {
        let got = whosaid_model::DocumentId::for_text(&text);
        if let Some(want) = self.document.as_deref() {
            if got.as_str() != want {
                return Err(format!(
                    "its text is not the one annotated (document {want}, this text is {got})"
                ));
            }
        }
        let chars = text.chars().count();
        if let Some(q) = self.quotes.iter().find(|q| {
            q.quote_span
                .iter()
                .chain(q.speaker_span.iter().flatten())
                .any(|&i| i > chars)
        }) {
            return Err(format!(
                "span {:?} runs past the end of the text ({chars} characters)",
                q.quote_span
            ));
        }
        self.text = text;
        if self.title.is_none() {
            self.title = title;
        }
        Ok(())
    }
}

/// Precision, recall and F1 at one overlap threshold.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Prf {
    /// Overlap threshold.
    pub overlap: f64,
    /// Predicted statements that overlap a gold attribution.
    pub precision: f64,
    /// Gold attributions found.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
    /// Recall over direct gold attributions only.
    pub direct_recall: f64,
}

/// The scores over a gold set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    /// Documents scored.
    pub documents: usize,
    /// Gold attributions (all / direct).
    pub gold: usize,
    /// Gold direct attributions.
    pub gold_direct: usize,
    /// Statements predicted.
    pub predicted: usize,
    /// Scores at overlaps 0.3 and 0.8.
    pub at: Vec<Prf>,
    /// Of the gold direct attributions found at 0.3 that have a gold speaker span, the
    /// share whose predicted speaker mention overlaps it.
    pub direct_speaker_mention_accuracy: f64,
    /// The same over all found attributions.
    pub speaker_mention_accuracy: f64,
    /// Of the found attributions whose gold gives a resolved name, the share whose
    /// resolved speaker name matches it. A description of this document's only, with
    /// no name in it ("party"), matches none.
    pub resolved_name_accuracy: f64,
    /// How many found attributions had a resolved gold name.
    pub resolved_name_cases: usize,
    /// Error kinds and how often they happened.
    pub errors: BTreeMap<String, usize>,
    /// Bytes of text extracted.
    pub bytes: usize,
    /// Seconds spent in extraction alone.
    pub extract_seconds: f64,
    /// Up to a few examples of each error kind: document id and text.
    pub examples: BTreeMap<String, Vec<String>>,
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// A name's words in lower case, without honorifics, British "-isation" spelt "-ization"
/// (the gazetteer's "World Trade Organization" is the article's "World Trade
/// Organisation").
fn norm_name(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::engine::spelt_z)
        .filter(|w| {
            !matches!(
                w.as_str(),
                "mr" | "mrs" | "ms" | "dr" | "the" | "sen" | "gov" | "rep" | "president"
            )
        })
        .collect()
}

/// Whether a resolved name matches a gold name: same words, or one's words contain the
/// other's (a full name against the surname the annotation gives).
pub fn names_match(ours: &str, gold: &str) -> bool {
    let (a, b) = (norm_name(ours), norm_name(gold));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a == b || a.iter().all(|w| b.contains(w)) || b.iter().all(|w| a.contains(w))
}

/// Accumulates scores document by document.
#[derive(Debug, Default)]
pub struct Scorer {
    s: Scores,
    found: [usize; 2],
    found_direct: [usize; 2],
    correct_pred: [usize; 2],
    mention_ok: usize,
    mention_cases: usize,
    direct_mention_ok: usize,
    direct_mention_cases: usize,
    name_ok: usize,
    max_examples: usize,
}

const THRESHOLDS: [f64; 2] = [0.3, 0.8];

impl Scorer {
    /// A scorer with nothing counted.
    pub fn new() -> Self {
        Self::default()
    }

    fn err(&mut self, kind: &str) {
        *self.s.errors.entry(kind.to_owned()).or_insert(0) += 1;
    }

    fn example(&mut self, kind: &str, doc: &GoldDoc, text: String) {
        let v = self.s.examples.entry(kind.to_owned()).or_default();
        if v.len() < self.max_examples {
            v.push(format!("{}: {}", doc.id.as_deref().unwrap_or("?"), text));
        }
    }

    /// Keeps up to `n` examples of each error kind.
    pub fn with_examples(mut self, n: usize) -> Self {
        self.max_examples = n;
        self
    }

    /// Scores one document's extraction against its gold attributions.
    pub fn add(&mut self, doc: &GoldDoc, x: &Extraction) {
        let map = char_to_byte(&doc.text);
        let to_bytes = |sp: [usize; 2]| -> Option<(usize, usize)> {
            let (a, b) = (sp[0].min(sp[1]), sp[0].max(sp[1]));
            Some((*map.get(a)?, *map.get(b)?))
        };
        self.s.documents += 1;
        self.s.predicted += x.statements.len();
        let preds: Vec<(usize, usize)> = x
            .statements
            .iter()
            .map(|s| (s.content.start as usize, s.content.end as usize))
            .collect();
        let golds: Vec<Option<(usize, usize)>> =
            doc.quotes.iter().map(|q| to_bytes(q.quote_span)).collect();
        self.s.gold += doc.quotes.len();
        self.s.gold_direct += doc.quotes.iter().filter(|q| q.direct).count();
        for (t, &th) in THRESHOLDS.iter().enumerate() {
            for p in &preds {
                let len = (p.1 - p.0).max(1);
                if golds
                    .iter()
                    .flatten()
                    .any(|g| overlap(*p, *g) as f64 / len as f64 >= th)
                {
                    self.correct_pred[t] += 1;
                } else if t == 0 {
                    self.err("false positive: statement overlaps no gold attribution");
                    self.example(
                        "false positive: statement overlaps no gold attribution",
                        doc,
                        doc.text[p.0..p.1].to_owned(),
                    );
                }
            }
            for (gi, g) in golds.iter().enumerate() {
                let Some(g) = g else { continue };
                let glen = (g.1 - g.0).max(1);
                let best = preds
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (i, overlap(*p, *g) as f64 / glen as f64))
                    .max_by(|a, b| a.1.total_cmp(&b.1));
                let q = &doc.quotes[gi];
                match best {
                    Some((pi, o)) if o >= th => {
                        self.found[t] += 1;
                        if q.direct {
                            self.found_direct[t] += 1;
                        }
                        if t == 0 {
                            self.score_speaker(doc, q, &x.statements[pi], &to_bytes);
                        }
                    }
                    _ if t == 0 => {
                        let kind = match (q.direct, best.is_some_and(|(_, o)| o > 0.0)) {
                            (true, true) => "missed direct quote (overlap below 0.3)",
                            (true, false) => "missed direct quote",
                            (false, true) => "missed indirect attribution (overlap below 0.3)",
                            (false, false) => "missed indirect attribution",
                        };
                        self.err(kind);
                        let ctx_start = floor_char(&doc.text, g.0.saturating_sub(80));
                        let ctx_end = ceil_char(&doc.text, (g.1 + 80).min(doc.text.len()));
                        let shown = format!(
                            "{}[[{}]]{}",
                            &doc.text[ctx_start..g.0],
                            &doc.text[g.0..g.1],
                            &doc.text[g.1..ctx_end]
                        )
                        .replace('\n', " / ");
                        self.example(kind, doc, shown);
                    }
                    _ => {}
                }
            }
        }
    }

    fn score_speaker(
        &mut self,
        doc: &GoldDoc,
        q: &GoldQuote,
        s: &crate::Statement,
        to_bytes: &dyn Fn([usize; 2]) -> Option<(usize, usize)>,
    ) {
        if let Some(gs) = q.speaker_span.and_then(to_bytes) {
            self.mention_cases += 1;
            if q.direct {
                self.direct_mention_cases += 1;
            }
            let ok = s
                .speaker
                .mention
                .as_ref()
                .is_some_and(|m| overlap((m.start as usize, m.end as usize), gs) > 0);
            if ok {
                self.mention_ok += 1;
                if q.direct {
                    self.direct_mention_ok += 1;
                }
            } else {
                let kind = match (s.speaker.mention.is_none(), q.direct) {
                    (true, true) => {
                        "speaker mention missing (continuation or participle), direct quote"
                    }
                    (true, false) => {
                        "speaker mention missing (continuation or participle), indirect"
                    }
                    (false, true) => "speaker mention does not overlap gold speaker, direct quote",
                    (false, false) => "speaker mention does not overlap gold speaker, indirect",
                };
                self.err(kind);
                let m = s.speaker.mention.as_ref();
                self.example(
                    kind,
                    doc,
                    format!(
                        "ours {:?} at {}, gold {:?} at {}: {}",
                        m.map_or("", |m| m.text.as_str()),
                        m.map_or(0, |m| m.start),
                        q.speaker,
                        gs.0,
                        s.content.text.chars().take(80).collect::<String>()
                    ),
                );
            }
        }
        if let Some(r) = q.reference.as_deref().filter(|r| !r.trim().is_empty()) {
            self.s.resolved_name_cases += 1;
            // A description with no name in it ("party", "king") is no resolved name,
            // even when its words are in the gold name ("UK Independence Party",
            // "Kristin King"); one with a name is ("Liverpool Echo newspaper").
            let named = !crate::engine::is_document_local(&s.speaker.id)
                || s.speaker
                    .name
                    .split(' ')
                    .any(|w| w.starts_with(char::is_uppercase));
            if named && names_match(&s.speaker.name, r) {
                self.name_ok += 1;
            } else {
                self.err("resolved speaker name differs from gold reference");
                self.example(
                    "resolved speaker name differs from gold reference",
                    doc,
                    format!("ours {:?}, gold {r:?}", s.speaker.name),
                );
            }
        }
    }

    /// Records time spent extracting `bytes` bytes.
    pub fn timing(&mut self, bytes: usize, seconds: f64) {
        self.s.bytes += bytes;
        self.s.extract_seconds += seconds;
    }

    /// The final scores.
    pub fn finish(mut self) -> Scores {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        self.s.at = THRESHOLDS
            .iter()
            .enumerate()
            .map(|(t, &th)| {
                let p = ratio(self.correct_pred[t], self.s.predicted);
                let r = ratio(self.found[t], self.s.gold);
                Prf {
                    overlap: th,
                    precision: p,
                    recall: r,
                    f1: if p + r == 0.0 {
                        0.0
                    } else {
                        2.0 * p * r / (p + r)
                    },
                    direct_recall: ratio(self.found_direct[t], self.s.gold_direct),
                }
            })
            .collect();
        self.s.speaker_mention_accuracy = ratio(self.mention_ok, self.mention_cases);
        self.s.direct_speaker_mention_accuracy =
            ratio(self.direct_mention_ok, self.direct_mention_cases);
        self.s.resolved_name_accuracy = ratio(self.name_ok, self.s.resolved_name_cases);
        self.s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores one gold quote (character spans) against the extraction of `text`.
    fn score_one(
        text: &str,
        quote: [usize; 2],
        speaker: [usize; 2],
        name: &str,
        direct: bool,
    ) -> Scores {
        let doc = GoldDoc {
            id: None,
            title: None,
            document: None,
            text: text.into(),
            quotes: vec![GoldQuote {
                quote_span: quote,
                speaker_span: Some(speaker),
                speaker: None,
                reference: Some(name.into()),
                direct,
            }],
        };
        let mut s = Scorer::new();
        s.add(&doc, &crate::extract(text, None));
        s.finish()
    }

    #[test]
    fn scores_adocument() {
        let text = "\u{201c}We will win,\u{201d} Mayor Ann Lee said. The weather was fine.";
        let r = score_one(text, [1, 12], [14, 26], "Ann Lee", true);
        assert_eq!((r.gold, r.predicted), (1, 1));
        assert_eq!(r.at[0].recall, 1.0);
        assert_eq!(r.at[0].precision, 1.0);
        assert_eq!(r.direct_speaker_mention_accuracy, 1.0);
        assert_eq!(r.resolved_name_accuracy, 1.0);
        assert!(r.errors.is_empty(), "{:?}", r.errors);
    }

    #[test]
    fn a_description_is_no_resolved_name() {
        // "party" has only words of "UK Independence Party", but names nobody.
        let text = "Defections\n\nThe party says the pair should give up their seats.";
        let r = score_one(text, [27, 62], [12, 21], "UK Independence Party", false);
        assert_eq!(r.at[0].recall, 1.0);
        assert_eq!(r.resolved_name_cases, 1);
        assert_eq!(r.resolved_name_accuracy, 0.0);
    }

    #[test]
    fn names() {
        assert!(names_match("John Kirby", "Kirby"));
        assert!(names_match("Hillary Clinton", "Mrs. Clinton"));
        assert!(!names_match("John Kerry", "John Kirby"));
        assert!(!names_match("", "Kirby"));
        assert!(names_match(
            "World Trade Organization",
            "World Trade Organisation"
        ));
        assert!(!names_match(
            "World Trade Organization",
            "World Health Organisation"
        ));
    }
}
