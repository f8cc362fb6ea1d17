//! The vocabulary of extracted facts: spans, provenance, actor kinds, roles, statement
//! kinds, relation predicates, polarity and modality.

use crate::id::DocumentId;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A `[start, end)` range of UTF-8 byte offsets into a document's text, exactly as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span; `start` and `end` are swapped if given in the wrong order.
    pub fn new(start: usize, end: usize) -> Self {
        let (a, b) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        Self {
            start: u32::try_from(a).unwrap_or(u32::MAX),
            end: u32::try_from(b).unwrap_or(u32::MAX),
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>` for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Whether `other` lies within this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A span together with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextSpan {
    /// Where in the document.
    pub span: Span,
    /// The covered text, verbatim.
    pub text: String,
}

impl TextSpan {
    /// Cuts `span` out of `text`; `None` when the span is out of bounds or not on
    /// character boundaries.
    pub fn cut(text: &str, span: Span) -> Option<Self> {
        text.get(span.range()).map(|t| Self {
            span,
            text: t.to_owned(),
        })
    }
}

/// Which program produced a fact, and which version of it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Extractor {
    /// Name, e.g. `whosaid-extract` or an importer's own name.
    pub name: String,
    /// Version string, e.g. `0.1.0`.
    pub version: String,
}

impl Extractor {
    /// An extractor reference.
    pub fn new(name: impl Into<String>, version: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            version: version.into(),
        }
    }

    /// A short stable tag (8 hex digits) used inside fact ids.
    pub fn tag(&self) -> String {
        let mut h = blake3::Hasher::new();
        h.update(self.name.as_bytes());
        h.update(b"\0");
        h.update(self.version.as_bytes());
        h.finalize().to_hex().as_str()[..8].to_owned()
    }
}

impl fmt::Display for Extractor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.name, self.version)
    }
}

/// Where a fact came from: the document, the bytes that support it, and the extractor.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// The source document.
    pub document: DocumentId,
    /// The supporting bytes in that document.
    pub span: Span,
    /// The extractor that found the fact.
    pub extractor: Extractor,
}

/// What kind of actor something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named individual.
    Person,
    /// A company, agency, party, government body or other organization.
    Organization,
    /// A country or its government.
    Country,
    /// An unnamed group of people ("U.S. officials", "Western diplomats").
    Group,
    /// A news organization.
    Media,
    /// A place that is not a country (a city used as a place, a region).
    Location,
}

impl ActorKind {
    /// All kinds, in declaration order.
    pub const ALL: [ActorKind; 6] = [
        Self::Person,
        Self::Organization,
        Self::Country,
        Self::Group,
        Self::Media,
        Self::Location,
    ];

    /// Lowercase name used in output (`person`, `country`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Country => "country",
            Self::Group => "group",
            Self::Media => "media",
            Self::Location => "location",
        }
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The sphere a role belongs to; government, military, diplomatic and
/// intergovernmental roles make their holder an official.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoleCategory {
    /// Heads of state and government, ministers, legislators, spokespeople of government bodies.
    Government,
    /// Military ranks and commands.
    Military,
    /// Ambassadors, envoys, diplomats.
    Diplomatic,
    /// Officials of intergovernmental organizations (UN, NATO, EU).
    Intergovernmental,
    /// Company and other non-government roles.
    Civil,
}

impl RoleCategory {
    /// Whether holding a role of this category makes a person an official.
    pub fn is_official(self) -> bool {
        !matches!(self, Self::Civil)
    }

    /// Lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Government => "government",
            Self::Military => "military",
            Self::Diplomatic => "diplomatic",
            Self::Intergovernmental => "intergovernmental",
            Self::Civil => "civil",
        }
    }
}

/// How a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// Verbatim, inside quotation marks.
    Direct,
    /// Reported speech, paraphrased.
    Indirect,
    /// Reported speech with a quoted fragment ("called the advance an 'existential threat'").
    Mixed,
}

impl StatementKind {
    /// Lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Indirect => "indirect",
            Self::Mixed => "mixed",
        }
    }
}

impl fmt::Display for StatementKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a relation holds or is said not to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// It holds ("will coordinate").
    Positive,
    /// It does not hold ("won't coordinate").
    Negative,
}

impl Polarity {
    /// Lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Positive => "positive",
            Self::Negative => "negative",
        }
    }
}

/// How certain the text is about a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Stated as possible ("could discuss", "may hold talks").
    Possible,
    /// Stated as intended or scheduled ("plans to meet").
    Planned,
    /// Reported as denied by someone ("denied holding talks").
    Denied,
}

impl Modality {
    /// Lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Asserted => "asserted",
            Self::Possible => "possible",
            Self::Planned => "planned",
            Self::Denied => "denied",
        }
    }
}

/// A relation predicate in kebab case: `spokesman-of`, `talks-with`, `adversary-of`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Predicate(String);

impl Predicate {
    /// Validates a kebab-case predicate (lowercase ASCII letters, digits and single dashes).
    pub fn new(value: impl Into<String>) -> Option<Self> {
        let value = value.into();
        let ok = !value.is_empty()
            && value.len() <= 64
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--")
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then_some(Self(value))
    }

    /// The predicate of a role title: `"Secretary of State"` -> `secretary-of-state-of`.
    pub fn for_role(title: &str) -> Option<Self> {
        let s = crate::id::slug(title);
        if s.is_empty() {
            return None;
        }
        let s = if s.len() > 61 { &s[..61] } else { &s[..] };
        Self::new(format!("{}-of", s.trim_end_matches('-')))
    }

    /// The predicate as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_predicates() {
        assert_eq!(
            Predicate::for_role("spokesman").unwrap().as_str(),
            "spokesman-of"
        );
        assert_eq!(
            Predicate::for_role("Secretary of State").unwrap().as_str(),
            "secretary-of-state-of"
        );
        assert_eq!(
            Predicate::for_role("Prime Minister").unwrap().as_str(),
            "prime-minister-of"
        );
        assert!(Predicate::for_role("—").is_none());
        assert!(Predicate::new("Talks").is_none());
        assert!(Predicate::new("a--b").is_none());
    }

    #[test]
    fn spans() {
        let s = Span::new(5, 2);
        assert_eq!((s.start, s.end, s.len()), (2, 5, 3));
        assert!(Span::new(0, 10).contains(Span::new(2, 5)));
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 5)));
        assert_eq!(TextSpan::cut("héllo", Span::new(0, 2)), None);
        assert_eq!(TextSpan::cut("héllo", Span::new(0, 3)).unwrap().text, "hé");
    }
}
