//! The whosaid event store: an append-only log of [`Envelope`]s in sled, keyed by
//! big-endian `u64` sequence numbers, plus the text of every ingested document.
//!
//! Only this crate touches sled and the [`codec`]. A document's events and its text are
//! written in one sled transaction, so a document is either wholly stored or absent.
//! Appends are not durable until [`Store::flush`] returns; callers report a document as
//! stored only after that (group commit: many documents, one flush).
//!
//! ```
//! use whosaid_model::{DocumentId, DocumentIngested, Event, Extractor};
//! use whosaid_store::{Appended, NewDocument, Store};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = Store::open(dir.path().join("whosaid.db")).unwrap();
//! let text = "Kirby said talks were possible.";
//! let id = DocumentId::for_text(text);
//! let ingested = Event::DocumentIngested(DocumentIngested {
//!     document: id.clone(), source_id: None, title: None, date: None,
//!     source: None, url: None, origin: "-".into(), bytes: text.len() as u64,
//! });
//! let me = Extractor::new("doc-test", "1");
//! let doc = NewDocument { id: id.clone(), text: text.into(), events: vec![ingested] };
//! assert!(matches!(store.append_document(doc.clone(), &me).unwrap(), Appended::Stored { .. }));
//! assert!(matches!(store.append_document(doc, &me).unwrap(), Appended::AlreadyStored { .. }));
//! store.flush().unwrap();
//! assert_eq!(store.len(), 1);
//! assert_eq!(store.document_text(&id).unwrap().as_deref(), Some(text));
//! ```
#![deny(missing_docs)]

mod check;
pub mod codec;
mod error;
mod snapshot;

pub use check::CheckReport;
pub use snapshot::SnapshotRead;

pub use error::{Result, StoreError};

use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::Transactional;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use whosaid_model::{DocumentId, Envelope, Event, Extractor, SCHEMA_VERSION};

/// The on-disk layout version, written once when a store is created.
pub const STORE_FORMAT: u32 = 1;

const META_FORMAT_KEY: &[u8] = b"store-format";
const TREE_LOG: &str = "log";
const TREE_DOCS: &str = "docs";
const TREE_META: &str = "meta";

/// A document to store: its text and the events that describe it (its
/// `DocumentIngested` first, then any extraction run).
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// Content hash of `text`.
    pub id: DocumentId,
    /// The article text exactly as read.
    pub text: String,
    /// Events to append with it, in order.
    pub events: Vec<Event>,
}

/// What [`Store::append_document`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Appended {
    /// The document was new; its events got these sequence numbers.
    Stored {
        /// Sequence numbers of the appended events.
        seqs: Range<u64>,
    },
    /// A document with the same text was stored before; nothing was appended.
    AlreadyStored {
        /// Sequence number of its `DocumentIngested` event.
        seq: u64,
    },
}

/// The text of a stored document and where its ingest event sits in the log.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredDocument {
    seq: u64,
    text: String,
}

/// An open store. One process at a time: sled locks the directory.
pub struct Store {
    path: PathBuf,
    db: sled::Db,
    log: sled::Tree,
    docs: sled::Tree,
    next_seq: u64,
    last_recorded_ms: i64,
    recovery: Option<String>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("next_seq", &self.next_seq)
            .finish_non_exhaustive()
    }
}

/// How long `open` waits for a lock that a handle just dropped may still hold.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_millis(1000);

fn sled_open(path: &Path) -> Result<sled::Db> {
    // sled releases its directory lock when the last of its background threads lets go
    // of the file, which may come a little after the handle was dropped (a store
    // reopened at once in the same process, under load): wait for it a short while
    // before calling the store in use.
    let started = std::time::Instant::now();
    loop {
        match sled::Config::new().path(path).open() {
            Ok(db) => return Ok(db),
            Err(sled::Error::Io(ref io)) if io.to_string().contains("could not acquire lock") => {
                if started.elapsed() >= LOCK_WAIT {
                    return Err(StoreError::InUse {
                        path: path.to_path_buf(),
                    });
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(other) => return Err(StoreError::Io(other)),
        }
    }
}

/// Moves sled snapshot files matching `pick` into `recovered/<time>/`; returns their names.
fn set_aside_snapshots(path: &Path, pick: impl Fn(&str) -> bool) -> Result<Vec<String>> {
    let io = |e: std::io::Error| StoreError::Io(sled::Error::Io(e));
    let mut names: Vec<String> = std::fs::read_dir(path)
        .map_err(io)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("snap.") && pick(n))
        .collect();
    names.sort();
    if names.is_empty() {
        return Ok(names);
    }
    let dir = path.join("recovered").join(now_ms().to_string());
    std::fs::create_dir_all(&dir).map_err(io)?;
    for n in &names {
        std::fs::rename(path.join(n), dir.join(n)).map_err(io)?;
    }
    Ok(names)
}

/// Opens sled, repairing the one known way sled 0.34 fails to reopen after a kill.
fn open_sled(path: &Path) -> Result<(sled::Db, Option<String>)> {
    match sled_open(path) {
        Err(StoreError::Io(sled::Error::Corruption { .. })) => {}
        other => return other.map(|db| (db, None)),
    }
    let recovered = path.join("recovered");
    let incomplete = set_aside_snapshots(path, |n| n.ends_with(".generating"))?;
    if !incomplete.is_empty() {
        if let Ok(db) = sled_open(path) {
            let note = format!(
                "set aside an incomplete sled snapshot left by an interrupted run ({}), kept in {}",
                incomplete.join(", "),
                recovered.display()
            );
            return Ok((db, Some(note)));
        }
    }
    let all = set_aside_snapshots(path, |_| true)?;
    let db = sled_open(path)?;
    let note = format!(
        "sled snapshots ({}) did not load; set aside in {} and rebuilt from sled's log",
        all.join(", "),
        recovered.display()
    );
    Ok((db, Some(note)))
}

fn seq_key(seq: u64) -> [u8; 8] {
    seq.to_be_bytes()
}

fn key_seq(key: &[u8]) -> Result<u64> {
    let bytes: [u8; 8] = key.try_into().map_err(|_| StoreError::Corruption {
        location: "log key".into(),
        detail: format!("key of {} bytes, expected 8", key.len()),
    })?;
    Ok(u64::from_be_bytes(bytes))
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl Store {
    /// Opens the store at `path`, creating it if it does not exist.
    ///
    /// Fails with [`StoreError::InUse`] when another handle holds it, and with
    /// [`StoreError::NotAStore`] when the path is something else.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        if path.exists() && !path.is_dir() {
            return Err(StoreError::NotAStore {
                path,
                detail: "it is a file, not a store directory".into(),
            });
        }
        if path.is_dir() && !path.join("conf").exists() && !path.join("db").exists() {
            let empty = std::fs::read_dir(&path)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if !empty {
                return Err(StoreError::NotAStore {
                    path,
                    detail: "the directory exists, is not empty and holds no sled database".into(),
                });
            }
        }
        let (db, recovery) = open_sled(&path)?;
        let meta = db.open_tree(TREE_META)?;
        match meta.get(META_FORMAT_KEY)? {
            None => {
                meta.insert(META_FORMAT_KEY, &STORE_FORMAT.to_be_bytes())?;
            }
            Some(v) if v.as_ref() == STORE_FORMAT.to_be_bytes() => {}
            Some(v) => {
                return Err(StoreError::NotAStore {
                    path,
                    detail: format!("unknown store format {v:?}, this build reads {STORE_FORMAT}"),
                })
            }
        }
        let log = db.open_tree(TREE_LOG)?;
        let docs = db.open_tree(TREE_DOCS)?;
        let (next_seq, last_recorded_ms) = match log.last()? {
            None => (0, 0),
            Some((k, v)) => {
                let seq = key_seq(&k)?;
                // A damaged last event must not make the store unopenable: readers
                // report it as corruption at its sequence number.
                let recorded = decode_at(seq, &v).map(|e| e.recorded_at_ms).unwrap_or(0);
                (seq + 1, recorded)
            }
        };
        Ok(Self {
            path,
            db,
            log,
            docs,
            next_seq,
            last_recorded_ms,
            recovery,
        })
    }

    /// What opening had to repair, if anything: sled 0.34 can leave an incomplete
    /// snapshot behind when its process is killed, after which it refuses to open
    /// (sled issues #1509, #1527, #1533). The snapshot is sled's cached page table,
    /// rebuilt from its log; the files set aside are kept under `recovered/`.
    pub fn recovery(&self) -> Option<&str> {
        self.recovery.as_deref()
    }

    /// The store's directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Number of events in the log (the next sequence number).
    pub fn len(&self) -> u64 {
        self.next_seq
    }

    /// Whether the log holds no event.
    pub fn is_empty(&self) -> bool {
        self.next_seq == 0
    }

    /// Number of stored documents.
    pub fn document_count(&self) -> usize {
        self.docs.len()
    }

    /// Whether a document with this id is stored.
    pub fn contains_document(&self, id: &DocumentId) -> Result<bool> {
        Ok(self.docs.contains_key(id.as_str())?)
    }

    /// The text of a stored document.
    pub fn document_text(&self, id: &DocumentId) -> Result<Option<String>> {
        Ok(self.stored_document(id)?.map(|d| d.text))
    }

    fn stored_document(&self, id: &DocumentId) -> Result<Option<StoredDocument>> {
        self.docs
            .get(id.as_str())?
            .map(|v| decode_document(id, &v))
            .transpose()
    }

    /// Ids of all stored documents, in id order.
    pub fn document_ids(&self) -> impl Iterator<Item = Result<DocumentId>> + '_ {
        self.docs.iter().keys().map(|k| {
            let k = k?;
            std::str::from_utf8(&k)
                .ok()
                .and_then(|s| DocumentId::new(s).ok())
                .ok_or_else(|| StoreError::Corruption {
                    location: "document key".into(),
                    detail: format!("{k:?} is not a document id"),
                })
        })
    }

    /// Encodes a batch's envelopes, all stamped with the one recording time of the batch.
    fn envelopes(
        first: u64,
        events: Vec<Event>,
        producer: &Extractor,
        recorded_at_ms: i64,
    ) -> Vec<(u64, Vec<u8>)> {
        events
            .into_iter()
            .enumerate()
            .map(|(i, event)| {
                let seq = first + i as u64;
                let env = Envelope {
                    schema: SCHEMA_VERSION,
                    seq,
                    recorded_at_ms,
                    producer: producer.clone(),
                    event,
                };
                (seq, codec::encode_envelope(&env))
            })
            .collect()
    }

    /// Appends a new document and its events atomically, or nothing if a document with
    /// the same text is already stored. Call [`Store::flush`] before reporting success.
    pub fn append_document(&mut self, doc: NewDocument, producer: &Extractor) -> Result<Appended> {
        let mut done = self.append_documents(vec![doc], producer)?;
        Ok(done.remove(0))
    }

    /// Appends new documents and their events in one atomic batch: every document is
    /// wholly stored or absent, and so is the batch. A document whose text is already
    /// stored, or comes twice, is not appended again ([`Appended::AlreadyStored`]). The
    /// answers are in the order of `docs`. Call [`Store::flush`] before reporting success.
    ///
    /// One batch for many documents is how ingest commits a group: fewer, larger sled
    /// transactions write faster and leave less garbage in sled's segments than one per
    /// document.
    pub fn append_documents(
        &mut self,
        docs: Vec<NewDocument>,
        producer: &Extractor,
    ) -> Result<Vec<Appended>> {
        for doc in &docs {
            check_document(doc)?;
        }
        let recorded = now_ms().max(self.last_recorded_ms);
        let mut answers = Vec::with_capacity(docs.len());
        let mut writes = Vec::with_capacity(docs.len());
        let mut in_batch: std::collections::HashMap<DocumentId, u64> = Default::default();
        let mut next = self.next_seq;
        for doc in docs {
            let earlier = match in_batch.get(&doc.id) {
                Some(&seq) => Some(seq),
                None => self.document_seq(&doc.id)?,
            };
            if let Some(seq) = earlier {
                answers.push(Appended::AlreadyStored { seq });
                continue;
            }
            let first = next;
            let count = doc.events.len() as u64;
            let encoded = Self::envelopes(first, doc.events, producer, recorded);
            let stored = codec::encode_compressed(&StoredDocument {
                seq: first,
                text: doc.text,
            });
            in_batch.insert(doc.id.clone(), first);
            writes.push((doc.id, stored, encoded));
            answers.push(Appended::Stored {
                seqs: first..first + count,
            });
            next += count;
        }
        if writes.is_empty() {
            return Ok(answers);
        }
        let result = (&self.log, &self.docs).transaction(|(log, docs)| {
            for (id, stored, encoded) in &writes {
                let key = id.as_str().as_bytes();
                if docs.get(key)?.is_some() {
                    return Err(ConflictableTransactionError::Abort(id.clone()));
                }
                docs.insert(key, stored.as_slice())?;
                for (seq, bytes) in encoded {
                    log.insert(&seq_key(*seq), bytes.as_slice())?;
                }
            }
            Ok(())
        });
        match result {
            Ok(()) => {
                self.next_seq = next;
                self.last_recorded_ms = recorded;
                Ok(answers)
            }
            Err(TransactionError::Abort(id)) => Err(StoreError::InvalidBatch(format!(
                "document {id} was stored by someone else while this batch was written"
            ))),
            Err(TransactionError::Storage(e)) => Err(StoreError::Io(e)),
        }
    }

    fn document_seq(&self, id: &DocumentId) -> Result<Option<u64>> {
        Ok(self.stored_document(id)?.map(|d| d.seq))
    }

    /// Appends events that do not add a document (a new extraction run of a stored
    /// document, curation) atomically. Document-scoped events must name stored documents.
    pub fn append(&mut self, events: Vec<Event>, producer: &Extractor) -> Result<Range<u64>> {
        for e in &events {
            if let Event::DocumentIngested(d) = e {
                return Err(StoreError::InvalidBatch(format!(
                    "DocumentIngested for {} must come with its text (append_document)",
                    d.document
                )));
            }
            if let Some(doc) = e.document() {
                if !self.contains_document(doc)? {
                    return Err(StoreError::InvalidBatch(format!(
                        "{} names document {doc}, which is not stored",
                        e.name()
                    )));
                }
            }
        }
        let first = self.next_seq;
        let count = events.len() as u64;
        let recorded = now_ms().max(self.last_recorded_ms);
        let mut batch = sled::Batch::default();
        for (seq, bytes) in Self::envelopes(first, events, producer, recorded) {
            batch.insert(&seq_key(seq), bytes);
        }
        self.log.apply_batch(batch)?;
        self.next_seq = first + count;
        self.last_recorded_ms = recorded;
        Ok(first..first + count)
    }

    /// Makes everything appended so far durable on disk.
    pub fn flush(&self) -> Result<usize> {
        Ok(self.db.flush()?)
    }

    /// Reads the log from sequence number `from` on, in order.
    pub fn read_from(&self, from: u64) -> impl Iterator<Item = Result<Envelope>> + '_ {
        self.log.range(seq_key(from)..).map(|item| {
            let (k, v) = item?;
            let seq = key_seq(&k)?;
            let env = decode_at(seq, &v)?;
            if env.seq != seq {
                return Err(StoreError::Corruption {
                    location: format!("event {seq}"),
                    detail: format!("envelope says sequence {}", env.seq),
                });
            }
            Ok(env)
        })
    }

    /// Reads one event.
    pub fn get(&self, seq: u64) -> Result<Option<Envelope>> {
        match self.log.get(seq_key(seq))? {
            None => Ok(None),
            Some(v) => decode_at(seq, &v).map(Some),
        }
    }

    /// Bytes the store occupies on disk.
    pub fn size_on_disk(&self) -> Result<u64> {
        Ok(self.db.size_on_disk()?)
    }
}

/// Refuses a document batch that breaks a log invariant, before anything is written.
fn check_document(doc: &NewDocument) -> Result<()> {
    if doc.id != DocumentId::for_text(&doc.text) {
        return Err(StoreError::InvalidBatch(format!(
            "document id {} is not the hash of its text",
            doc.id
        )));
    }
    if doc.events.iter().any(|e| e.document() != Some(&doc.id)) {
        return Err(StoreError::InvalidBatch(format!(
            "every event in a document batch must belong to document {}",
            doc.id
        )));
    }
    if !matches!(doc.events.first(), Some(Event::DocumentIngested(_))) {
        return Err(StoreError::InvalidBatch(
            "a document batch starts with its DocumentIngested event".into(),
        ));
    }
    Ok(())
}

fn decode_document(id: &DocumentId, bytes: &[u8]) -> Result<StoredDocument> {
    codec::decode(bytes).map_err(|e| StoreError::Corruption {
        location: format!("document {id}"),
        detail: e.0,
    })
}

fn decode_at(seq: u64, bytes: &[u8]) -> Result<Envelope> {
    codec::decode_envelope(bytes).map_err(|e| StoreError::Corruption {
        location: format!("event {seq}"),
        detail: e.0,
    })
}
