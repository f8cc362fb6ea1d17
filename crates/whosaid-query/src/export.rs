//! Exports of the replayed graph for other tools: GraphML (Gephi, yEd, NetworkX,
//! Cytoscape), CSV for `neo4j-admin database import`, and statements as CSV for
//! spreadsheets. Every text value is escaped for its format here.

use crate::graph::{EdgeKind, Graph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;
use whosaid_model::{ActorId, Modality, Polarity};
use whosaid_store::Store;

/// Escapes text for XML content and attribute values.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

fn statement_counts(g: &Graph) -> HashMap<&ActorId, usize> {
    let mut n = HashMap::new();
    for s in g.statements() {
        *n.entry(&s.speaker).or_insert(0) += 1;
    }
    n
}

fn edge_label(kind: &EdgeKind) -> (String, &'static str, &'static str, &'static str) {
    match kind {
        EdgeKind::Relation {
            predicate,
            polarity,
            modality,
        } => (
            predicate.to_string(),
            "relation",
            polarity.as_str(),
            modality.as_str(),
        ),
        EdgeKind::Role { title } => (
            whosaid_model::Predicate::for_role(title)
                .map_or_else(|| title.clone(), |p| p.to_string()),
            "role",
            Polarity::Positive.as_str(),
            Modality::Asserted.as_str(),
        ),
        EdgeKind::SpokeAbout => (
            "spoke-about".into(),
            "spoke-about",
            Polarity::Positive.as_str(),
            Modality::Asserted.as_str(),
        ),
        EdgeKind::PartOf => (
            "part-of".into(),
            "part-of",
            Polarity::Positive.as_str(),
            Modality::Asserted.as_str(),
        ),
    }
}

/// Writes the graph as GraphML: actors with kind, roles, aliases, official and
/// statement count; edges with label, type, polarity, modality and count.
pub fn write_graphml(g: &Graph, out: &mut dyn Write) -> io::Result<()> {
    let counts = statement_counts(g);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, for_, name, ty) in [
        ("name", "node", "name", "string"),
        ("kind", "node", "kind", "string"),
        ("roles", "node", "roles", "string"),
        ("aliases", "node", "aliases", "string"),
        ("official", "node", "official", "boolean"),
        ("government", "node", "government", "boolean"),
        ("statements", "node", "statements", "int"),
        ("documents", "node", "documents", "int"),
        ("label", "edge", "label", "string"),
        ("type", "edge", "type", "string"),
        ("polarity", "edge", "polarity", "string"),
        ("modality", "edge", "modality", "string"),
        ("count", "edge", "count", "int"),
    ] {
        writeln!(
            out,
            r#"  <key id="{id}" for="{for_}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="whosaid" edgedefault="directed">"#)?;
    for n in g.graph.node_indices() {
        let Some(a) = g.graph.node_weight(n).and_then(|id| g.actor(id)) else {
            continue;
        };
        let roles = role_labels(a);
        let aliases: Vec<&str> = a.aliases.iter().map(String::as_str).collect();
        writeln!(out, r#"    <node id="{}">"#, escape_xml(a.id.as_str()))?;
        writeln!(
            out,
            r#"      <data key="name">{}</data>"#,
            escape_xml(&a.name)
        )?;
        writeln!(out, r#"      <data key="kind">{}</data>"#, a.kind)?;
        writeln!(
            out,
            r#"      <data key="roles">{}</data>"#,
            escape_xml(&roles.join("; "))
        )?;
        writeln!(
            out,
            r#"      <data key="aliases">{}</data>"#,
            escape_xml(&aliases.join("; "))
        )?;
        writeln!(out, r#"      <data key="official">{}</data>"#, a.official)?;
        writeln!(
            out,
            r#"      <data key="government">{}</data>"#,
            a.government
        )?;
        writeln!(
            out,
            r#"      <data key="statements">{}</data>"#,
            counts.get(&a.id).copied().unwrap_or(0)
        )?;
        writeln!(out, r#"      <data key="documents">{}</data>"#, a.documents)?;
        writeln!(out, "    </node>")?;
    }
    for (i, e) in (&g.graph).edge_references().enumerate() {
        let (src, dst) = (&g.graph[e.source()], &g.graph[e.target()]);
        let (label, ty, pol, modal) = edge_label(&e.weight().kind);
        writeln!(
            out,
            r#"    <edge id="e{i}" source="{}" target="{}">"#,
            escape_xml(src.as_str()),
            escape_xml(dst.as_str())
        )?;
        writeln!(
            out,
            r#"      <data key="label">{}</data>"#,
            escape_xml(&label)
        )?;
        writeln!(out, r#"      <data key="type">{ty}</data>"#)?;
        writeln!(out, r#"      <data key="polarity">{pol}</data>"#)?;
        writeln!(out, r#"      <data key="modality">{modal}</data>"#)?;
        writeln!(
            out,
            r#"      <data key="count">{}</data>"#,
            e.weight().count
        )?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")?;
    Ok(())
}

/// "spokesman of Pentagon", "Rear Admiral": an actor's roles as text.
fn role_labels(a: &crate::graph::ActorView) -> Vec<String> {
    a.roles
        .iter()
        .map(|r| match &r.of_name {
            Some(of) => format!("{} of {of}", r.title),
            None => r.title.clone(),
        })
        .collect()
}

fn csv_err(e: csv::Error) -> io::Error {
    io::Error::other(e)
}

/// Neo4j node and relationship label/type names derived from whosaid names.
fn neo4j_type(label: &str) -> String {
    label.replace('-', "_").to_uppercase()
}

/// Writes a folder of CSV files for `neo4j-admin database import full`:
/// `actors.csv`, `statements.csv` (nodes), `relations.csv`, `said.csv`, `about.csv`
/// (relationships), with neo4j-admin's header conventions (`:ID(Actor)`, `:LABEL`,
/// `:START_ID(Actor)`, `:TYPE`, `;`-separated arrays). Returns the files written.
pub fn write_neo4j_csv(g: &Graph, store: &Store, dir: &Path) -> io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let counts = statement_counts(g);
    let mut actors = csv::Writer::from_path(dir.join("actors.csv")).map_err(csv_err)?;
    actors
        .write_record([
            "actorId:ID(Actor)",
            "name",
            "kind",
            "official:boolean",
            "government:boolean",
            "statements:int",
            "documents:int",
            "roles:string[]",
            "aliases:string[]",
            ":LABEL",
        ])
        .map_err(csv_err)?;
    for a in g.actors() {
        let roles = role_labels(a);
        let aliases: Vec<&str> = a.aliases.iter().map(String::as_str).collect();
        let mut label = format!("Actor;{}", capitalize(a.kind.as_str()));
        if a.official {
            label.push_str(";Official");
        }
        actors
            .write_record([
                a.id.as_str(),
                &a.name,
                a.kind.as_str(),
                if a.official { "true" } else { "false" },
                if a.government { "true" } else { "false" },
                &counts.get(&a.id).copied().unwrap_or(0).to_string(),
                &a.documents.to_string(),
                &roles.join(";").replace('\n', " "),
                &aliases.join(";").replace('\n', " "),
                &label,
            ])
            .map_err(csv_err)?;
    }
    actors.flush()?;
    let mut rel = csv::Writer::from_path(dir.join("relations.csv")).map_err(csv_err)?;
    rel.write_record([
        ":START_ID(Actor)",
        ":END_ID(Actor)",
        ":TYPE",
        "label",
        "polarity",
        "modality",
        "count:int",
    ])
    .map_err(csv_err)?;
    for e in (&g.graph).edge_references() {
        if matches!(e.weight().kind, EdgeKind::SpokeAbout) {
            continue; // carried by statements.csv, said.csv and about.csv
        }
        let (label, _, pol, modal) = edge_label(&e.weight().kind);
        rel.write_record([
            g.graph[e.source()].as_str(),
            g.graph[e.target()].as_str(),
            &neo4j_type(&label),
            &label,
            pol,
            modal,
            &e.weight().count.to_string(),
        ])
        .map_err(csv_err)?;
    }
    rel.flush()?;
    let mut st = csv::Writer::from_path(dir.join("statements.csv")).map_err(csv_err)?;
    st.write_record([
        "statementId:ID(Statement)",
        "kind",
        "content",
        "cue",
        "date:date",
        "document",
        "origin",
        "start:int",
        "end:int",
        "extractor",
        ":LABEL",
    ])
    .map_err(csv_err)?;
    let mut said = csv::Writer::from_path(dir.join("said.csv")).map_err(csv_err)?;
    said.write_record([":START_ID(Actor)", ":END_ID(Statement)", ":TYPE", "mention"])
        .map_err(csv_err)?;
    let mut about = csv::Writer::from_path(dir.join("about.csv")).map_err(csv_err)?;
    about
        .write_record([":START_ID(Statement)", ":END_ID(Actor)", ":TYPE"])
        .map_err(csv_err)?;
    for s in g.statements() {
        let s = g.statement_view(store, s).map_err(io::Error::other)?;
        st.write_record([
            s.id.as_str(),
            s.kind.as_str(),
            &s.content,
            s.cue.as_deref().unwrap_or(""),
            &s.date.map(|d| d.to_string()).unwrap_or_default(),
            s.document.as_str(),
            &s.origin,
            &s.content_span.start.to_string(),
            &s.content_span.end.to_string(),
            &s.extractor.to_string(),
            "Statement",
        ])
        .map_err(csv_err)?;
        said.write_record([
            s.speaker.as_str(),
            s.id.as_str(),
            "SAID",
            s.speaker_mention.as_deref().unwrap_or(""),
        ])
        .map_err(csv_err)?;
        for a in &s.about {
            about
                .write_record([s.id.as_str(), a.as_str(), "ABOUT"])
                .map_err(csv_err)?;
        }
    }
    st.flush()?;
    said.flush()?;
    about.flush()?;
    Ok([
        "actors.csv",
        "statements.csv",
        "relations.csv",
        "said.csv",
        "about.csv",
    ]
    .map(String::from)
    .to_vec())
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Writes one CSV row per statement, for spreadsheets.
pub fn write_statements_csv(g: &Graph, store: &Store, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "date",
        "speaker",
        "speaker_kind",
        "official",
        "role",
        "kind",
        "cue",
        "content",
        "about",
        "speaker_mention",
        "document",
        "title",
        "origin",
        "start",
        "end",
        "extractor",
    ])
    .map_err(csv_err)?;
    for s in g.statements() {
        let s = g.statement_view(store, s).map_err(io::Error::other)?;
        let a = g.actor(&s.speaker);
        let about: Vec<&str> = s
            .about
            .iter()
            .map(|id| g.actor(id).map_or(id.as_str(), |a| a.name.as_str()))
            .collect();
        w.write_record([
            s.id.as_str(),
            &s.date.map(|d| d.to_string()).unwrap_or_default(),
            &s.speaker_name,
            a.map_or("", |a| a.kind.as_str()),
            if a.is_some_and(|a| a.official) {
                "yes"
            } else {
                "no"
            },
            &a.and_then(|a| a.headline_role()).unwrap_or_default(),
            s.kind.as_str(),
            s.cue.as_deref().unwrap_or(""),
            &s.content,
            &about.join("; "),
            s.speaker_mention.as_deref().unwrap_or(""),
            s.document.as_str(),
            s.title.as_deref().unwrap_or(""),
            &s.origin,
            &s.content_span.start.to_string(),
            &s.content_span.end.to_string(),
            &s.extractor.to_string(),
        ])
        .map_err(csv_err)?;
    }
    w.flush()
}
