//! Graphviz DOT export through the dot-writer crate. Every label is escaped here, so
//! nothing in an article can break out of a quoted DOT string.

use crate::graph::{EdgeKind, Graph};
use dot_writer::{Attributes, DotWriter, Style};
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use std::collections::{BTreeSet, HashSet, VecDeque};
use whosaid_model::{ActorId, ActorKind, Modality, Polarity};

/// Escapes text for a double-quoted DOT string: backslashes, quotes and line breaks.
pub fn escape_label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Graphviz node shape of an actor kind.
pub fn shape(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "ellipse",
        ActorKind::Organization => "box",
        ActorKind::Country => "doubleoctagon",
        ActorKind::Group => "egg",
        ActorKind::Media => "note",
        ActorKind::Location => "house",
    }
}

/// Which part of the graph to draw.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// Only actors within `depth` hops of these.
    pub around: Vec<ActorId>,
    /// Hops from `around`.
    pub depth: usize,
    /// Only speakers who spoke about these, with them and the roles linking them.
    pub about: Vec<ActorId>,
    /// Draw "spoke about" edges.
    pub spoke_about: bool,
}

/// The nodes selected by the options.
fn select(g: &Graph, opts: &DotOptions) -> BTreeSet<NodeIndex> {
    let all: BTreeSet<NodeIndex> = g.graph.node_indices().collect();
    let mut keep = all.clone();
    if !opts.about.is_empty() {
        let mut sel = BTreeSet::new();
        for a in &opts.about {
            if let Some(n) = g.node(a) {
                sel.insert(n);
            }
        }
        for s in g.statements() {
            if s.about.iter().any(|a| opts.about.contains(a)) {
                if let Some(n) = g.node(&s.speaker) {
                    sel.insert(n);
                    // The organizations a speaker speaks for.
                    for e in g.graph.edges(n) {
                        if matches!(e.weight().kind, EdgeKind::Role { .. }) {
                            sel.insert(e.target());
                        }
                    }
                }
            }
        }
        keep = keep.intersection(&sel).copied().collect();
    }
    if !opts.around.is_empty() {
        let mut seen: HashSet<NodeIndex> = HashSet::new();
        let mut queue: VecDeque<(NodeIndex, usize)> = VecDeque::new();
        for a in &opts.around {
            if let Some(n) = g.node(a) {
                seen.insert(n);
                queue.push_back((n, 0));
            }
        }
        while let Some((n, d)) = queue.pop_front() {
            if d >= opts.depth {
                continue;
            }
            let next: Vec<NodeIndex> = g
                .graph
                .edges_directed(n, petgraph::Direction::Outgoing)
                .map(|e| e.target())
                .chain(
                    g.graph
                        .edges_directed(n, petgraph::Direction::Incoming)
                        .map(|e| e.source()),
                )
                .collect();
            for m in next {
                if seen.insert(m) {
                    queue.push_back((m, d + 1));
                }
            }
        }
        keep = keep
            .intersection(&seen.into_iter().collect())
            .copied()
            .collect();
    }
    keep
}

/// Writes the selected part of the graph as a DOT digraph.
pub fn to_dot(g: &Graph, opts: &DotOptions) -> String {
    let keep = select(g, opts);
    let mut out: Vec<u8> = Vec::new();
    {
        let mut w = DotWriter::from(&mut out);
        w.set_pretty_print(true);
        let mut d = w.digraph();
        d.graph_attributes()
            .set("rankdir", "LR", false)
            .set("fontname", "Helvetica", true)
            .set("label", "whosaid: actors, roles and relations", true);
        d.node_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "11", false);
        d.edge_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "9", false);
        for &n in &keep {
            let Some(actor) = g.graph.node_weight(n).and_then(|id| g.actor(id)) else {
                continue;
            };
            let mut label = actor.name.clone();
            if let Some(role) = actor.headline_role() {
                label.push('\n');
                label.push_str(&role);
            }
            let mut node = d.node_named(format!("n{}", n.index()));
            node.set_label(&escape_label(&label))
                .set("shape", shape(actor.kind), false);
            node.set("tooltip", &escape_label(actor.id.as_str()), true);
            if actor.official {
                node.set("penwidth", "2", false);
            }
            if actor.kind == ActorKind::Group {
                node.set_style(Style::Dashed);
            }
        }
        for e in (&g.graph).edge_references() {
            if !keep.contains(&e.source()) || !keep.contains(&e.target()) {
                continue;
            }
            let w = e.weight();
            let (label, dashed, color, dotted) = match &w.kind {
                EdgeKind::Relation {
                    predicate,
                    polarity,
                    modality,
                } => {
                    let mut l = String::new();
                    if *polarity == Polarity::Negative {
                        l.push_str("not ");
                    }
                    l.push_str(predicate.as_str());
                    if *modality != Modality::Asserted {
                        l.push_str(&format!(" ({})", modality.as_str()));
                    }
                    let color = if *polarity == Polarity::Negative {
                        "firebrick"
                    } else if *modality == Modality::Asserted {
                        "black"
                    } else {
                        "darkorange"
                    };
                    (
                        l,
                        *polarity == Polarity::Negative || *modality == Modality::Denied,
                        color,
                        *modality == Modality::Possible || *modality == Modality::Planned,
                    )
                }
                EdgeKind::Role { title } => (
                    whosaid_model::Predicate::for_role(title)
                        .map_or_else(|| title.clone(), |p| p.to_string()),
                    false,
                    "navy",
                    false,
                ),
                EdgeKind::SpokeAbout => {
                    if !opts.spoke_about {
                        continue;
                    }
                    ("spoke about".to_owned(), false, "gray50", true)
                }
                EdgeKind::PartOf => ("part-of".to_owned(), false, "gray30", false),
            };
            let label = if w.count > 1 {
                format!("{label} \u{d7}{}", w.count)
            } else {
                label
            };
            let mut attrs = d
                .edge(
                    format!("n{}", e.source().index()),
                    format!("n{}", e.target().index()),
                )
                .attributes();
            attrs
                .set_label(&escape_label(&label))
                .set("color", color, true)
                .set("fontcolor", color, true);
            if dashed {
                attrs.set_style(Style::Dashed);
            } else if dotted {
                attrs.set_style(Style::Dotted);
            }
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cannot_break_out_of_quotes() {
        assert_eq!(escape_label(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(escape_label("x\ny\u{7}"), "x\\ny");
    }
}
