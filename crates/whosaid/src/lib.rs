//! Library side of the `whosaid` command-line tool: reading articles from files,
//! directories, JSONL and standard input (shared by the binary and the fuzz targets).
#![deny(missing_docs)]

pub mod input;
