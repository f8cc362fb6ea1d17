//! Extraction speed with the system allocator:
//! `cargo bench -p whosaid-extract --bench extract_system`. The same benchmark as
//! `extract` (see there), which runs with mimalloc as the `whosaid` binary does.

mod common;

fn main() {
    common::run("system");
}
