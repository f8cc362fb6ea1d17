//! Store errors.

use std::path::PathBuf;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Another process (or another handle in this one) holds the store open.
    #[error("store is in use by another whosaid process ({})", path.display())]
    InUse {
        /// The store's path.
        path: PathBuf,
    },
    /// The path exists but is not a whosaid store, or was written by an unknown format.
    #[error("{} is not a whosaid store: {detail}", path.display())]
    NotAStore {
        /// The path.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// Stored bytes failed to decode or break an invariant of the log.
    #[error("store corruption at {location}: {detail}")]
    Corruption {
        /// Where: `event 42`, `document 3f2a...`, `log key`.
        location: String,
        /// What is wrong.
        detail: String,
    },
    /// A batch was refused before anything was written (it breaks a log invariant).
    #[error("invalid batch: {0}")]
    InvalidBatch(String),
    /// sled or the file system failed.
    #[error("storage I/O error: {0}")]
    Io(#[from] sled::Error),
}

/// Result with a [`StoreError`].
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
