//! tmp
pub mod lexicon;
pub mod mention;
pub mod text;
