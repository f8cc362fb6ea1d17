//! Projection snapshots: the [`Projection`] at a sequence number, saved in the store
//! ([`Store::write_snapshot`]) so that a new process loads it and replays only the
//! events after it, instead of the whole log.
//!
//! The snapshot is derived data. Deleting it loses nothing (the next load folds the whole
//! log); one that is stale (the log no longer holds the event it was taken at, or holds
//! another), corrupt (checksum or decoding fails) or from another version (schema or
//! [`PROJECTION_FORMAT`]) is reported, not used, and replaced by the next refresh.

use crate::projection::Projection;
use crate::{AsOf, QueryError};
use serde::Serialize;
use whosaid_store::{codec, SnapshotRead, Store};

/// The snapshot's name in the store.
pub const SNAPSHOT_NAME: &str = "projection";

/// The serialized shape of [`Projection`]; bump it whenever that shape changes, so that
/// older snapshots are rebuilt instead of misread.
pub const PROJECTION_FORMAT: u32 = 2;

/// Events past the snapshot after which a reader rewrites it.
pub const REFRESH_AFTER: u64 = 10_000;

/// How a load used the snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "snapshot")]
pub enum SnapshotUse {
    /// Not asked for: the whole log was folded.
    NotUsed,
    /// There was none.
    Missing,
    /// Loaded; it included events up to and including `seq`.
    Loaded {
        /// Its last event.
        seq: u64,
    },
    /// It is newer than the point in history asked for.
    TooNew {
        /// Its last event.
        seq: u64,
    },
    /// Refused, and why.
    Rejected {
        /// What was wrong.
        reason: String,
    },
}

impl std::fmt::Display for SnapshotUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotUsed => f.write_str("not used"),
            Self::Missing => f.write_str("none yet"),
            Self::Loaded { seq } => write!(f, "loaded at event {seq}"),
            Self::TooNew { seq } => write!(f, "at event {seq}, newer than asked for"),
            Self::Rejected { reason } => write!(f, "rejected ({reason})"),
        }
    }
}

/// Whether a load that used the snapshot this way and then applied `tail` events should
/// rewrite it: it was missing, refused or far behind, and the log is long enough for a
/// snapshot to pay off. A load of an earlier point in history never rewrites it.
pub fn is_behind(used: &SnapshotUse, tail: u64) -> bool {
    match used {
        SnapshotUse::NotUsed | SnapshotUse::TooNew { .. } => false,
        _ => tail >= REFRESH_AFTER,
    }
}

/// Reads the snapshot, if there is a usable one for `as_of`.
pub(crate) fn load(store: &Store, as_of: AsOf) -> Result<(Projection, SnapshotUse), QueryError> {
    let (seq, payload) = match store.read_snapshot(SNAPSHOT_NAME, PROJECTION_FORMAT)? {
        SnapshotRead::Missing => return Ok((Projection::new(), SnapshotUse::Missing)),
        SnapshotRead::Rejected(reason) => {
            return Ok((Projection::new(), SnapshotUse::Rejected { reason }))
        }
        SnapshotRead::Valid { seq, payload } => (seq, payload),
    };
    let p: Projection = match codec::decode_snapshot(&payload) {
        Ok(p) => p,
        Err(e) => {
            let reason = format!("corrupt: does not decode: {e}");
            return Ok((Projection::new(), SnapshotUse::Rejected { reason }));
        }
    };
    drop(payload);
    if p.last_seq() != Some(seq) {
        let reason = format!(
            "corrupt: header says event {seq}, contents say {:?}",
            p.last_seq()
        );
        return Ok((Projection::new(), SnapshotUse::Rejected { reason }));
    }
    if !as_of.includes(seq, p.last_recorded_ms().unwrap_or(i64::MIN)) {
        return Ok((Projection::new(), SnapshotUse::TooNew { seq }));
    }
    Ok((p, SnapshotUse::Loaded { seq }))
}

/// Writes `p` as the store's snapshot; returns its size in bytes. An empty projection
/// is not written.
pub fn save(store: &Store, p: &Projection) -> Result<Option<u64>, QueryError> {
    let Some(seq) = p.last_seq() else {
        return Ok(None);
    };
    let payload = codec::encode_snapshot(p);
    Ok(Some(store.write_snapshot(
        SNAPSHOT_NAME,
        PROJECTION_FORMAT,
        seq,
        &payload,
    )?))
}
