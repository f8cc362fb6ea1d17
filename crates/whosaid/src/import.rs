//! Importing extractions made by other tools (a spaCy or LLM pipeline): one JSON object
//! per line, in the shape `whosaid extract --json` prints, plus the document and the
//! extractor. Everything is validated before anything is appended; see docs/FORMATS.md.

use serde::Deserialize;
use whosaid_extract::{Actor, ActorRef, Extraction, Relation, Role, Speaker, Statement, Text};
use whosaid_model::{
    ActorId, ActorKind, Date, DocumentId, Extractor, Modality, Polarity, Predicate, RoleCategory,
    Span, StatementKind,
};

/// The document an imported extraction is about.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportDocument {
    /// The text (required unless `id` names a stored document).
    pub text: Option<String>,
    /// The id of a document already in the store.
    pub id: Option<String>,
    /// The source's own id.
    pub source_id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date (YYYY-MM-DD).
    pub date: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ImportSpan {
    start: u32,
    end: u32,
    text: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ImportRef {
    id: Option<String>,
    name: String,
}

#[derive(Debug, Deserialize)]
struct ImportSpeaker {
    id: Option<String>,
    name: String,
    kind: Option<ActorKind>,
    mention: Option<ImportSpan>,
}

#[derive(Debug, Deserialize)]
struct ImportStatement {
    kind: StatementKind,
    content: ImportSpan,
    cue: Option<ImportSpan>,
    speaker: ImportSpeaker,
    #[serde(default)]
    about: Vec<ImportRef>,
    attribution: Option<ImportSpan>,
}

#[derive(Debug, Deserialize)]
struct ImportRole {
    title: String,
    of: Option<ImportRef>,
    category: Option<RoleCategory>,
    evidence: ImportSpan,
}

#[derive(Debug, Deserialize)]
struct ImportActor {
    id: Option<String>,
    name: String,
    kind: ActorKind,
    #[serde(default)]
    mentions: Vec<ImportSpan>,
    #[serde(default)]
    roles: Vec<ImportRole>,
    part_of: Option<ImportRef>,
    #[serde(default)]
    government: bool,
}

#[derive(Debug, Deserialize)]
struct ImportRelation {
    source: ImportRef,
    predicate: String,
    target: ImportRef,
    polarity: Polarity,
    modality: Modality,
    evidence: ImportSpan,
    claimed_in: Option<usize>,
}

/// One line of an import file.
#[derive(Debug, Deserialize)]
pub struct ImportLine {
    /// The document.
    pub document: ImportDocument,
    /// Who extracted (recorded in every fact's provenance).
    pub extractor: Extractor,
    #[serde(default)]
    statements: Vec<ImportStatement>,
    #[serde(default)]
    actors: Vec<ImportActor>,
    #[serde(default)]
    relations: Vec<ImportRelation>,
}

/// A validated import: the document and the extraction to record for it.
#[derive(Debug)]
pub struct Validated {
    /// The document's id.
    pub id: DocumentId,
    /// Its text, when the line carried it.
    pub text: Option<String>,
    /// Metadata for a new document.
    pub title: Option<String>,
    /// Date.
    pub date: Option<Date>,
    /// Source id.
    pub source_id: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// The extractor.
    pub extractor: Extractor,
    /// The facts.
    pub extraction: Extraction,
}

fn actor_id(id: Option<&str>, name: &str, what: &str) -> Result<ActorId, String> {
    match id {
        Some(id) => ActorId::new(id).map_err(|e| format!("{what}: {e}")),
        None => ActorId::from_name(name).ok_or_else(|| {
            format!("{what}: name {name:?} has no letter or digit to make an id from")
        }),
    }
}

fn aref(r: &ImportRef, what: &str) -> Result<ActorRef, String> {
    if r.name.trim().is_empty() {
        return Err(format!("{what}: empty name"));
    }
    Ok(ActorRef {
        id: actor_id(r.id.as_deref(), &r.name, what)?,
        name: r.name.trim().to_owned(),
    })
}

impl ImportLine {
    /// Checks every span against the text (in bounds, on character boundaries, and equal
    /// to the `text` given with it), every id, name and predicate, and builds the
    /// extraction. `stored_text` is the text of the document when it is already stored.
    pub fn validate(
        self,
        stored_text: impl Fn(&DocumentId) -> Option<String>,
    ) -> Result<Validated, String> {
        if self.extractor.name.trim().is_empty() || self.extractor.version.trim().is_empty() {
            return Err("extractor: name and version must not be empty".into());
        }
        if self.extractor.name == whosaid_extract::EXTRACTOR_NAME {
            return Err(format!(
                "extractor: the name {:?} is whosaid's own; name your tool",
                self.extractor.name
            ));
        }
        let d = self.document;
        let (id, text, new_text) = match (d.text, d.id.as_deref()) {
            (Some(t), given) => {
                let id = DocumentId::for_text(&t);
                if let Some(g) = given {
                    if g != id.as_str() {
                        return Err(format!(
                            "document: id {g:?} is not the hash of the text ({id})"
                        ));
                    }
                }
                if t.trim().is_empty() {
                    return Err("document: text is empty".into());
                }
                (id, t.clone(), Some(t))
            }
            (None, Some(g)) => {
                let id = DocumentId::new(g).map_err(|e| format!("document: {e}"))?;
                let t = stored_text(&id)
                    .ok_or_else(|| format!("document: {id} is not stored; include its text"))?;
                (id, t, None)
            }
            (None, None) => {
                return Err("document: give its text, or the id of a stored document".into())
            }
        };
        let date = match d.date.as_deref() {
            Some(s) => {
                Some(Date::parse(s).ok_or_else(|| format!("document: date {s:?} is not a date"))?)
            }
            None => None,
        };
        let span = |s: &ImportSpan, what: &str| -> Result<Text, String> {
            let sp = Span {
                start: s.start.min(s.end),
                end: s.start.max(s.end),
            };
            let cut = text.get(sp.range()).ok_or_else(|| {
                format!(
                    "{what}: bytes {}..{} are outside the text or not on character boundaries",
                    s.start, s.end
                )
            })?;
            if let Some(t) = &s.text {
                if t != cut {
                    return Err(format!(
                        "{what}: text {t:?} does not match bytes {}..{} ({cut:?})",
                        s.start, s.end
                    ));
                }
            }
            Ok(Text::cut(&text, sp))
        };
        let mut actors = Vec::new();
        for (i, a) in self.actors.iter().enumerate() {
            let what = format!("actors[{i}]");
            if a.name.trim().is_empty() {
                return Err(format!("{what}: empty name"));
            }
            let mentions = a
                .mentions
                .iter()
                .enumerate()
                .map(|(j, m)| span(m, &format!("{what}.mentions[{j}]")))
                .collect::<Result<Vec<_>, _>>()?;
            let mut roles = Vec::new();
            for (j, r) in a.roles.iter().enumerate() {
                let w = format!("{what}.roles[{j}]");
                if r.title.trim().is_empty() {
                    return Err(format!("{w}: empty title"));
                }
                roles.push(Role {
                    title: r.title.trim().to_owned(),
                    of: r.of.as_ref().map(|o| aref(o, &w)).transpose()?,
                    category: r.category.unwrap_or(RoleCategory::Civil),
                    evidence: span(&r.evidence, &w)?,
                });
            }
            actors.push(Actor {
                id: actor_id(a.id.as_deref(), &a.name, &what)?,
                name: a.name.trim().to_owned(),
                kind: a.kind,
                mentions,
                official: a.kind == ActorKind::Person
                    && roles.iter().any(|r| r.category.is_official()),
                roles,
                part_of: a.part_of.as_ref().map(|p| aref(p, &what)).transpose()?,
                government: a.government,
            });
        }
        let mut statements = Vec::new();
        for (i, s) in self.statements.iter().enumerate() {
            let what = format!("statements[{i}]");
            let content = span(&s.content, &format!("{what}.content"))?;
            if content.text.trim().is_empty() {
                return Err(format!("{what}.content: empty"));
            }
            if s.speaker.name.trim().is_empty() {
                return Err(format!("{what}.speaker: empty name"));
            }
            let speaker_id = actor_id(
                s.speaker.id.as_deref(),
                &s.speaker.name,
                &format!("{what}.speaker"),
            )?;
            let kind = s
                .speaker
                .kind
                .or_else(|| {
                    actors
                        .iter()
                        .find(|a: &&Actor| a.id == speaker_id)
                        .map(|a| a.kind)
                })
                .unwrap_or(ActorKind::Person);
            statements.push(Statement {
                kind: s.kind,
                cue: s
                    .cue
                    .as_ref()
                    .map(|c| span(c, &format!("{what}.cue")))
                    .transpose()?,
                speaker: Speaker {
                    id: speaker_id,
                    name: s.speaker.name.trim().to_owned(),
                    kind,
                    mention: s
                        .speaker
                        .mention
                        .as_ref()
                        .map(|m| span(m, &format!("{what}.speaker.mention")))
                        .transpose()?,
                },
                about: s
                    .about
                    .iter()
                    .map(|r| aref(r, &format!("{what}.about")))
                    .collect::<Result<_, _>>()?,
                attribution: match &s.attribution {
                    Some(a) => span(a, &format!("{what}.attribution"))?,
                    None => content.clone(),
                },
                content,
            });
        }
        let mut relations = Vec::new();
        for (i, r) in self.relations.iter().enumerate() {
            let what = format!("relations[{i}]");
            let predicate = Predicate::new(r.predicate.clone()).ok_or_else(|| {
                format!(
                    "{what}: predicate {:?} is not kebab-case (like talks-with)",
                    r.predicate
                )
            })?;
            if r.claimed_in.is_some_and(|c| c >= statements.len()) {
                return Err(format!(
                    "{what}: claimed_in points past the {} statements",
                    statements.len()
                ));
            }
            relations.push(Relation {
                source: aref(&r.source, &what)?,
                predicate,
                target: aref(&r.target, &what)?,
                polarity: r.polarity,
                modality: r.modality,
                evidence: span(&r.evidence, &what)?,
                claimed_in: r.claimed_in,
            });
        }
        // Every actor a statement or relation names is an actor of the document.
        let mut known: std::collections::HashSet<ActorId> =
            actors.iter().map(|a| a.id.clone()).collect();
        let mut extra = Vec::new();
        let mut need = |r: &ActorRef, kind: ActorKind| {
            if known.insert(r.id.clone()) {
                extra.push(Actor {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    kind,
                    mentions: vec![],
                    roles: vec![],
                    part_of: None,
                    government: false,
                    official: false,
                });
            }
        };
        for s in &statements {
            need(
                &ActorRef {
                    id: s.speaker.id.clone(),
                    name: s.speaker.name.clone(),
                },
                s.speaker.kind,
            );
            for a in &s.about {
                need(a, ActorKind::Organization);
            }
        }
        for r in &relations {
            need(&r.source, ActorKind::Organization);
            need(&r.target, ActorKind::Organization);
        }
        actors.extend(extra);
        Ok(Validated {
            id,
            text: new_text,
            title: d.title,
            date,
            source_id: d.source_id,
            source: d.source,
            url: d.url,
            extractor: self.extractor,
            extraction: Extraction {
                statements,
                actors,
                relations,
            },
        })
    }
}
