//! Library side of the `whosaid` command-line tool: reading articles from files,
//! directories, JSONL and standard input, and validating extractions imported from other
//! tools (shared by the binary and the fuzz targets).
#![deny(missing_docs)]

pub mod import;
pub mod input;
