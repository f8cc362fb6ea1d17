//! Extraction speed, alone: `cargo bench -p whosaid-extract --bench extract`.
//!
//! Reads the article texts of the real corpora beside the project
//! (`../shared/corpus`, or the files given as arguments: JSON Lines with a `text` and
//! optionally a `title` field), runs `whosaid_extract::extract` over all of them
//! several times on one thread, and prints bytes per second for each run and the median.
//! The target is 10 MB of article text per second per core.
//!
//! This bench runs with mimalloc as its global allocator, as the `whosaid` binary does;
//! `cargo bench -p whosaid-extract --bench extract_system` runs the same with the system
//! allocator (a library user's default), and `cargo bench -p whosaid-extract` runs both.
//!
//! Options: `--runs N` (default 5), `--limit BYTES` (stop reading a corpus after that
//! much text; default: all of it).

mod common;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    common::run("mimalloc");
}
