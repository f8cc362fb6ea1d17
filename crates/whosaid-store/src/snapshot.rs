//! Snapshots of derived data: a file per name under `<store>/projections/`, holding bytes
//! that some reader derived from the log up to a sequence number.
//!
//! A snapshot is a cache, never a source of truth: deleting it loses nothing, and a
//! snapshot that does not match the log is refused, never trusted. The file says what it
//! was derived from and checks itself:
//!
//! | bytes | what |
//! | --- | --- |
//! | 8 | magic `WHOSNAP1` (the layout below) |
//! | 2 | event schema version of the build that wrote it (little-endian) |
//! | 4 | payload format, chosen by the reader that owns the snapshot |
//! | 8 | sequence number of the last event it includes |
//! | 32 | BLAKE3 of that event's stored bytes (which log it came from) |
//! | 8 | payload length |
//! | 32 | BLAKE3 of the payload |
//! | n | payload |
//!
//! It is written to a temporary file, synced, then renamed over the old one, so a crash
//! leaves either the old snapshot or the new one.

use crate::{seq_key, Result, Store, StoreError};
use std::io::Write;
use std::path::PathBuf;
use whosaid_model::SCHEMA_VERSION;

const MAGIC: &[u8; 8] = b"WHOSNAP1";
const HEADER: usize = 8 + 2 + 4 + 8 + 32 + 8 + 32;
const DIR: &str = "projections";

/// What [`Store::read_snapshot`] found.
#[derive(Debug)]
pub enum SnapshotRead {
    /// There is no snapshot of that name.
    Missing,
    /// A snapshot that matches this log and this build.
    Valid {
        /// Sequence number of the last event it includes.
        seq: u64,
        /// The payload, as written.
        payload: Vec<u8>,
    },
    /// A snapshot that must not be used, and why (stale, corrupt, or another version's).
    Rejected(String),
}

fn io_err(e: std::io::Error) -> StoreError {
    StoreError::Io(sled::Error::Io(e))
}

impl Store {
    fn snapshot_path(&self, name: &str) -> PathBuf {
        self.path.join(DIR).join(format!("{name}.snap"))
    }

    /// BLAKE3 of the stored bytes of event `seq`, if it exists.
    fn fingerprint(&self, seq: u64) -> Result<Option<[u8; 32]>> {
        Ok(self
            .log
            .get(seq_key(seq))?
            .map(|v| *blake3::hash(&v).as_bytes()))
    }

    /// Writes (replaces) the snapshot `name`: `payload` derived from the log up to and
    /// including event `seq`, in the reader's payload `format`. Returns the file's size.
    pub fn write_snapshot(&self, name: &str, format: u32, seq: u64, payload: &[u8]) -> Result<u64> {
        let fingerprint = self.fingerprint(seq)?.ok_or_else(|| {
            StoreError::InvalidBatch(format!(
                "snapshot at event {seq}, which the log does not hold"
            ))
        })?;
        let path = self.snapshot_path(name);
        let dir = path.parent().expect("snapshot paths have a parent");
        std::fs::create_dir_all(dir).map_err(io_err)?;
        let tmp = path.with_extension("snap.tmp");
        let mut f = std::io::BufWriter::new(std::fs::File::create(&tmp).map_err(io_err)?);
        f.write_all(MAGIC).map_err(io_err)?;
        f.write_all(&SCHEMA_VERSION.to_le_bytes()).map_err(io_err)?;
        f.write_all(&format.to_le_bytes()).map_err(io_err)?;
        f.write_all(&seq.to_le_bytes()).map_err(io_err)?;
        f.write_all(&fingerprint).map_err(io_err)?;
        f.write_all(&(payload.len() as u64).to_le_bytes())
            .map_err(io_err)?;
        f.write_all(blake3::hash(payload).as_bytes())
            .map_err(io_err)?;
        f.write_all(payload).map_err(io_err)?;
        let f = f.into_inner().map_err(|e| io_err(e.into_error()))?;
        f.sync_all().map_err(io_err)?;
        drop(f);
        std::fs::rename(&tmp, &path).map_err(io_err)?;
        if let Ok(d) = std::fs::File::open(dir) {
            // Makes the rename durable; some file systems cannot sync a directory.
            let _ = d.sync_all();
        }
        Ok((HEADER + payload.len()) as u64)
    }

    /// Reads the snapshot `name` and checks it against this log and this build: its
    /// layout, schema and payload `format`, its checksum, and that the event it was
    /// taken at is still in the log with the same bytes.
    pub fn read_snapshot(&self, name: &str, format: u32) -> Result<SnapshotRead> {
        let mut bytes = match std::fs::read(self.snapshot_path(name)) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(SnapshotRead::Missing),
            Err(e) => return Err(io_err(e)),
        };
        let reject = |why: String| Ok(SnapshotRead::Rejected(why));
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return reject("not a whosaid snapshot (bad header)".into());
        }
        let u16_at = |i: usize| u16::from_le_bytes(bytes[i..i + 2].try_into().expect("2 bytes"));
        let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().expect("4 bytes"));
        let u64_at = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
        let (schema, fmt, seq) = (u16_at(8), u32_at(10), u64_at(14));
        if schema != SCHEMA_VERSION || fmt != format {
            return reject(format!(
                "written by another version (schema {schema}, format {fmt}; this build: schema {SCHEMA_VERSION}, format {format})"
            ));
        }
        let fingerprint = &bytes[22..54];
        let len = u64_at(54);
        let hash = &bytes[62..94];
        let payload = &bytes[HEADER..];
        if payload.len() as u64 != len {
            return reject(format!(
                "truncated or overlong: {} payload bytes, header says {len}",
                payload.len()
            ));
        }
        if blake3::hash(payload).as_bytes() != hash {
            return reject("corrupt: payload checksum mismatch".into());
        }
        match self.fingerprint(seq)? {
            None => reject(format!(
                "stale: taken at event {seq}, but the log holds {} events",
                self.len()
            )),
            Some(f) if f != fingerprint => reject(format!(
                "stale: event {seq} is not the event the snapshot was taken at"
            )),
            Some(_) => {
                bytes.drain(..HEADER);
                Ok(SnapshotRead::Valid {
                    seq,
                    payload: bytes,
                })
            }
        }
    }

    /// Deletes the snapshot `name`, if there is one.
    pub fn remove_snapshot(&self, name: &str) -> Result<()> {
        match std::fs::remove_file(self.snapshot_path(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_err(e)),
            _ => Ok(()),
        }
    }

    /// Size in bytes of the snapshot `name`, if there is one.
    pub fn snapshot_size(&self, name: &str) -> Option<u64> {
        std::fs::metadata(self.snapshot_path(name))
            .ok()
            .map(|m| m.len())
    }
}
