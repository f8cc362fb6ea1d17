//! Whole-store verification: every event decodes, sequence numbers run without gaps,
//! every document batch is complete, and the document texts agree with the log.

use crate::{decode_at, decode_document, key_seq, Store};
use serde::Serialize;
use std::collections::HashMap;
use whosaid_model::{DocumentId, Event};

/// What [`Store::check`] found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CheckReport {
    /// Events read.
    pub events: u64,
    /// Documents in the text tree.
    pub documents: u64,
    /// Extraction runs seen.
    pub extraction_runs: u64,
    /// Problems, each naming where: `event 42: ...`, `document 3f2a...: ...`.
    pub problems: Vec<String>,
}

impl CheckReport {
    /// Whether nothing is wrong.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

struct OpenRun {
    document: DocumentId,
    expected: u32,
    seen: u32,
    started: u64,
}

impl Store {
    /// Reads the whole store and reports every inconsistency it finds (it does not stop
    /// at the first, and never panics on damaged bytes).
    pub fn check(&self) -> CheckReport {
        let mut r = CheckReport::default();
        let mut ingested: HashMap<DocumentId, u64> = HashMap::new();
        let mut run: Option<OpenRun> = None;
        let mut expect_seq = 0u64;
        let close = |run: &mut Option<OpenRun>, r: &mut CheckReport| {
            if let Some(o) = run.take() {
                if o.seen != o.expected {
                    r.problems.push(format!(
                        "document {}: extraction run at event {} announces {} facts, {} follow it",
                        o.document, o.started, o.expected, o.seen
                    ));
                }
            }
        };
        for item in self.log.iter() {
            let (k, v) = match item {
                Ok(kv) => kv,
                Err(e) => {
                    r.problems.push(format!("log: cannot read: {e}"));
                    break;
                }
            };
            let seq = match key_seq(&k) {
                Ok(s) => s,
                Err(e) => {
                    r.problems.push(e.to_string());
                    continue;
                }
            };
            r.events += 1;
            if seq != expect_seq {
                r.problems
                    .push(format!("event {seq}: sequence gap, expected {expect_seq}"));
            }
            expect_seq = seq + 1;
            let env = match decode_at(seq, &v) {
                Ok(e) => e,
                Err(e) => {
                    r.problems.push(e.to_string());
                    continue;
                }
            };
            if env.seq != seq {
                r.problems
                    .push(format!("event {seq}: envelope says sequence {}", env.seq));
            }
            let in_run = match (&mut run, env.event.document()) {
                (Some(o), Some(d))
                    if *d == o.document
                        && o.seen < o.expected
                        && !matches!(
                            env.event,
                            Event::DocumentIngested(_) | Event::DocumentExtracted(_)
                        ) =>
                {
                    o.seen += 1;
                    true
                }
                _ => false,
            };
            if in_run {
                continue;
            }
            close(&mut run, &mut r);
            match &env.event {
                Event::DocumentIngested(d)
                    if ingested.insert(d.document.clone(), seq).is_some() =>
                {
                    r.problems.push(format!(
                        "event {seq}: document {} ingested twice",
                        d.document
                    ));
                }
                Event::DocumentIngested(_) => {}
                Event::DocumentExtracted(x) => {
                    if !ingested.contains_key(&x.document) {
                        r.problems.push(format!(
                            "event {seq}: extraction of document {} before it was ingested",
                            x.document
                        ));
                    }
                    r.extraction_runs += 1;
                    run = Some(OpenRun {
                        document: x.document.clone(),
                        expected: x.facts,
                        seen: 0,
                        started: seq,
                    });
                }
                e if e.document().is_some() => {
                    r.problems.push(format!(
                        "event {seq}: {} for document {} outside an extraction run",
                        e.name(),
                        e.document().map(|d| d.as_str()).unwrap_or("")
                    ));
                }
                _ => {}
            }
        }
        close(&mut run, &mut r);
        for item in self.docs.iter() {
            let (k, v) = match item {
                Ok(kv) => kv,
                Err(e) => {
                    r.problems.push(format!("documents: cannot read: {e}"));
                    break;
                }
            };
            r.documents += 1;
            let Some(id) = std::str::from_utf8(&k)
                .ok()
                .and_then(|s| DocumentId::new(s).ok())
            else {
                r.problems
                    .push(format!("documents: key {k:?} is not a document id"));
                continue;
            };
            match decode_document(&id, &v) {
                Err(e) => r.problems.push(e.to_string()),
                Ok(doc) => {
                    if DocumentId::for_text(&doc.text) != id {
                        r.problems
                            .push(format!("document {id}: text does not hash to its id"));
                    }
                    match ingested.remove(&id) {
                        Some(seq) if seq == doc.seq => {}
                        Some(seq) => r.problems.push(format!(
                            "document {id}: text says event {}, log has it at event {seq}",
                            doc.seq
                        )),
                        None => r.problems.push(format!(
                            "document {id}: text stored but no DocumentIngested event"
                        )),
                    }
                }
            }
        }
        for (id, seq) in ingested {
            r.problems.push(format!(
                "document {id}: ingested at event {seq} but its text is missing"
            ));
        }
        r.problems.sort();
        r
    }
}
