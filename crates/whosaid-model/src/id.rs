//! Newtype identifiers with validating constructors.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// Why a string was refused as an identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The string was empty.
    #[error("{kind} id is empty")]
    Empty {
        /// Which kind of id.
        kind: &'static str,
    },
    /// The string contains a character the id kind does not allow.
    #[error("{kind} id {value:?} contains {ch:?}; allowed: a-z, 0-9, '-', '.', ':'")]
    BadChar {
        /// Which kind of id.
        kind: &'static str,
        /// The rejected string.
        value: String,
        /// The first offending character.
        ch: char,
    },
    /// The string is longer than the id kind allows.
    #[error("{kind} id is {len} bytes long; at most {max} allowed")]
    TooLong {
        /// Which kind of id.
        kind: &'static str,
        /// Its length.
        len: usize,
        /// The limit.
        max: usize,
    },
}

fn validate(kind: &'static str, value: &str, max: usize) -> Result<(), IdError> {
    if value.is_empty() {
        return Err(IdError::Empty { kind });
    }
    if value.len() > max {
        return Err(IdError::TooLong {
            kind,
            len: value.len(),
            max,
        });
    }
    if let Some(ch) = value
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | ':')))
    {
        return Err(IdError::BadChar {
            kind,
            value: value.to_owned(),
            ch,
        });
    }
    Ok(())
}

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $max:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        /// Cheap to clone: the text is shared.
        pub struct $name(Arc<str>);

        impl $name {
            /// Validates `value` (lowercase ASCII letters, digits, `-`, `.`, `:`) and wraps it.
            pub fn new(value: impl Into<String>) -> Result<Self, IdError> {
                let value = value.into();
                validate($kind, &value, $max)?;
                Ok(Self(value.into()))
            }

            /// The id as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, IdError> {
                Self::new(s)
            }
        }
    };
}

string_id!(
    /// A document's identity: the first 128 bits of the BLAKE3 hash of its text, in hex.
    ///
    /// Identical text gives the identical id, which is what makes ingest idempotent.
    DocumentId,
    "document",
    32
);

string_id!(
    /// An actor's identity: the slug of its canonical name (`john-kirby`, `united-states`).
    ///
    /// Deterministic across documents, so every document that names the same canonical
    /// actor adds to the same node.
    ActorId,
    "actor",
    128
);

string_id!(
    /// A statement's identity: `{document prefix}.{extractor tag}.s{n}`.
    StatementId,
    "statement",
    64
);

string_id!(
    /// A relation observation's identity: `{document prefix}.{extractor tag}.r{n}`.
    RelationId,
    "relation",
    64
);

impl DocumentId {
    /// The id of a document with this text.
    pub fn for_text(text: &str) -> Self {
        let hash = blake3::hash(text.as_bytes());
        let hex = hash.to_hex();
        Self(hex.as_str()[..32].into())
    }

    /// The first 12 hex digits, used to prefix the ids of facts from this document.
    pub fn short(&self) -> &str {
        &self.0[..self.0.len().min(12)]
    }
}

impl ActorId {
    /// The id for an actor with this canonical name, or `None` when the name has no
    /// letter or digit to build a slug from.
    pub fn from_name(name: &str) -> Option<Self> {
        let slug = slug(name);
        if slug.is_empty() {
            None
        } else {
            let mut slug = slug;
            slug.truncate(128);
            while slug.ends_with('-') {
                slug.pop();
            }
            Some(Self(slug.into()))
        }
    }
}

impl StatementId {
    /// The id of the `n`th statement an extractor (by its tag) found in a document.
    pub fn nth(document: &DocumentId, extractor_tag: &str, n: u32) -> Self {
        Self(format!("{}.{}.s{}", document.short(), extractor_tag, n).into())
    }
}

impl RelationId {
    /// The id of the `n`th relation an extractor (by its tag) found in a document.
    pub fn nth(document: &DocumentId, extractor_tag: &str, n: u32) -> Self {
        Self(format!("{}.{}.r{}", document.short(), extractor_tag, n).into())
    }
}

/// Lowercase ASCII slug of a name: letters and digits kept (diacritics folded where
/// simple), everything else collapsed to single `-`. `"U.S."` becomes `us`,
/// `"Nuri al-Maliki"` becomes `nuri-al-maliki`.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_dash = false;
    for c in name.chars() {
        let c = fold_char(c);
        if c.is_ascii_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(c.to_ascii_lowercase());
        } else if c == '.' || c == '\'' || c == '\u{2019}' {
            // "U.S." -> "us", "Shi'ite" -> "shiite": dots and apostrophes join.
        } else {
            pending_dash = true;
        }
    }
    out
}

/// Folds common Latin letters with diacritics to ASCII; other characters pass through.
pub fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ě' => 'E',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => 'I',
        'ñ' | 'ń' => 'n',
        'Ñ' | 'Ń' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => 'O',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' => 'Y',
        'š' | 'ś' | 'ş' => 's',
        'Š' | 'Ś' | 'Ş' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ł' => 'l',
        'Ł' => 'L',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_punctuation_and_diacritics() {
        assert_eq!(slug("U.S."), "us");
        assert_eq!(slug("Nuri al-Maliki"), "nuri-al-maliki");
        assert_eq!(slug("  John   Kirby "), "john-kirby");
        assert_eq!(slug("Shi’ite"), "shiite");
        assert_eq!(slug("Ségolène Royal"), "segolene-royal");
        assert_eq!(slug("Yahoo!News"), "yahoo-news");
    }

    #[test]
    fn ids_validate() {
        assert!(ActorId::new("john-kirby").is_ok());
        assert!(matches!(ActorId::new(""), Err(IdError::Empty { .. })));
        assert!(matches!(
            ActorId::new("John"),
            Err(IdError::BadChar { ch: 'J', .. })
        ));
        assert!(ActorId::from_name("!!!").is_none());
        assert_eq!(
            ActorId::from_name("United States").unwrap().as_str(),
            "united-states"
        );
    }

    #[test]
    fn document_ids_are_content_hashes() {
        let a = DocumentId::for_text("hello");
        assert_eq!(a, DocumentId::for_text("hello"));
        assert_ne!(a, DocumentId::for_text("hello "));
        assert_eq!(a.as_str().len(), 32);
        assert_eq!(a.short().len(), 12);
        let s = StatementId::nth(&a, "ab12", 3);
        assert!(s.as_str().ends_with(".ab12.s3"));
        assert!(StatementId::new(s.as_str()).is_ok());
    }
}
