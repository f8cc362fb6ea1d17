//! The whosaid data model: actors, roles, statements, relations, their provenance, and
//! the events that record them. This crate does no I/O.
//!
//! ```
//! use whosaid_model::{ActorId, DocumentId, Predicate, Span, TextSpan};
//!
//! let text = "Kirby said talks were possible.";
//! let doc = DocumentId::for_text(text);
//! assert_eq!(doc.as_str().len(), 32);
//! assert_eq!(ActorId::from_name("John Kirby").unwrap().as_str(), "john-kirby");
//! assert_eq!(Predicate::for_role("spokesman").unwrap().as_str(), "spokesman-of");
//! assert_eq!(TextSpan::cut(text, Span::new(0, 5)).unwrap().text, "Kirby");
//! ```
#![deny(missing_docs)]

mod date;
mod event;
mod fact;
mod id;

pub use date::Date;
pub use event::{
    ActorIdentified, ActorKindSet, ActorRenamed, ActorsMerged, CurationReverted, DocumentExtracted,
    DocumentIngested, Envelope, Event, RelationObserved, RelationRetracted, RoleAttributed,
    StatementAttributed, StatementRetracted, SCHEMA_VERSION,
};
pub use fact::{
    ActorKind, Extractor, Modality, Polarity, Predicate, Provenance, RoleCategory, Span,
    StatementKind, TextSpan,
};
pub use id::{fold_char, slug, ActorId, DocumentId, IdError, RelationId, StatementId};
