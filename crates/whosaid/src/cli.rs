//! Command-line definitions. Doc comments are the help text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// whosaid: turn news articles into an event-sourced graph of who said what about whom.
///
/// Example:
///   whosaid ingest examples/articles
///   whosaid who-said --about Iran --officials
///   whosaid graph --about Iran --format svg -o iran.svg
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, about, long_about, propagate_version = true)]
pub struct Cli {
    /// Path of the store (a sled directory); created by `ingest` if missing.
    #[arg(
        long,
        global = true,
        env = "WHOSAID_STORE",
        default_value = "whosaid.db"
    )]
    pub store: PathBuf,

    /// Rebuild from the whole log, ignoring the projection snapshot (and not writing one).
    ///
    /// Queries normally load the snapshot of derived data kept in the store and replay
    /// only the events after it; the answers are the same either way.
    #[arg(long, global = true, env = "WHOSAID_NO_SNAPSHOT")]
    pub no_snapshot: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ingest articles: extract their facts and append them to the store.
    ///
    /// Accepts plain-text files (title line, optional caption, body, byline),
    /// directories (recursively: .txt, .md, .jsonl), article JSONL (one object per line
    /// with `text` and optional `id`, `title`, `date`, `source`, `url`) and `-` for
    /// standard input. The same text twice is stored once.
    ///
    /// Example: whosaid ingest examples/articles news.jsonl
    Ingest {
        /// Files, directories, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Largest article accepted, in bytes.
        #[arg(long, default_value_t = crate::input::DEFAULT_MAX_ARTICLE_BYTES)]
        max_article_bytes: usize,
        /// Print only the summary and errors, not a line per article.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Extract one document and print its facts as JSON, without a store.
    ///
    /// Offsets are UTF-8 byte offsets into the file's text exactly as read.
    ///
    /// Example: whosaid extract --json examples/articles/pentagon-iran-iraq-2014-06-16.txt
    Extract {
        /// Print JSON (the only format; kept for scripts that pass it).
        #[arg(long)]
        json: bool,
        /// The article file, or `-` for standard input.
        file: PathBuf,
    },
    /// Who made statements about an actor (any alias: "Tehran" finds Iran).
    ///
    /// Example: whosaid who-said --about Iran --officials --since 2014-01-01
    WhoSaid {
        /// The actor the statements are about.
        #[arg(long)]
        about: String,
        /// Only officials: people holding government, military, diplomatic or
        /// intergovernmental roles.
        #[arg(long)]
        officials: bool,
        #[command(flatten)]
        dates: DateRange,
        #[command(flatten)]
        view: View,
    },
    /// List statements, by a speaker and/or about an actor.
    ///
    /// Example: whosaid statements --by Kirby --about Iran
    Statements {
        /// Only statements by this actor.
        #[arg(long)]
        by: Option<String>,
        /// Only statements about this actor.
        #[arg(long)]
        about: Option<String>,
        #[command(flatten)]
        dates: DateRange,
        #[command(flatten)]
        view: View,
    },
    /// Show an actor: aliases, roles, statements and relations.
    ///
    /// Example: whosaid actor "John Kirby"
    Actor {
        /// Name, alias or id.
        name: String,
        #[command(flatten)]
        view: View,
    },
    /// List relations between actors, with polarity and modality.
    ///
    /// Example: whosaid relations --actor Iran
    Relations {
        /// Only relations involving this actor.
        #[arg(long)]
        actor: Option<String>,
        #[command(flatten)]
        view: View,
    },
    /// Draw a Graphviz diagram of actors, roles and relations.
    ///
    /// Node shape by kind (person ellipse, organization box, country double octagon,
    /// group egg, media note, location house); officials drawn bold; negated relations
    /// dashed red; possible and planned ones dotted. svg and png need Graphviz's `dot`.
    ///
    /// Example: whosaid graph --around "John Kirby" --depth 2 --format svg -o kirby.svg
    Graph {
        /// Only actors within --depth hops of this one.
        #[arg(long)]
        around: Option<String>,
        /// Hops from --around.
        #[arg(long, default_value_t = 1)]
        depth: usize,
        /// Only the speakers who spoke about this actor, linked to it.
        #[arg(long)]
        about: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Dot)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Rebuild as of a sequence number or a date.
        #[arg(long, value_name = "SEQ|DATE")]
        as_of: Option<String>,
    },
    /// Rebuild the graph from the log and report what it holds and how long it took.
    ///
    /// Example: whosaid replay --as-of 41
    Replay {
        /// Rebuild as of a sequence number (inclusive) or a date (events recorded on or
        /// before that day, UTC).
        #[arg(long, value_name = "SEQ|DATE")]
        as_of: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the event log.
    ///
    /// Example: whosaid log --from 10 --json | jq .event
    Log {
        /// First sequence number to print.
        #[arg(long, default_value_t = 0)]
        from: u64,
        /// Print JSON Lines, one envelope per line.
        #[arg(long)]
        json: bool,
    },
    /// Score extraction against gold attributions (JSONL: `text` and `quotes` with
    /// character-offset `quote_span`, `speaker_span`, `reference`, `direct`).
    ///
    /// Prints quote precision, recall and F1 at span overlaps 0.3 and 0.8, recall of
    /// direct quotes, speaker-mention overlap, resolved-name accuracy, the error kinds,
    /// and extraction speed. Needs no store.
    ///
    /// A standoff gold file (spans and a `document` id, no text, for articles whose text
    /// may not be copied) takes the texts from the article JSONL given with --texts,
    /// joined by `id`; a text that is not the one annotated is rejected.
    ///
    /// Example: whosaid eval ../shared/corpus/polnear-dev.jsonl
    ///
    /// Example: whosaid eval crates/whosaid-extract/tests/data/bbc-heldout.standoff.jsonl
    /// --texts ../shared/corpus/bbc-news-2004-2005.jsonl
    Eval {
        /// Gold JSONL file.
        gold: PathBuf,
        /// Article JSONL holding the texts of a standoff gold file, by `id`.
        #[arg(long, value_name = "ARTICLES")]
        texts: Option<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Show up to this many examples of each error kind.
        #[arg(long, default_value_t = 0)]
        examples: usize,
    },
    /// Export the graph, the statements or the event log for other tools.
    ///
    /// graphml: Gephi, yEd, NetworkX, Cytoscape. neo4j-csv: a folder of node and
    /// relationship files for `neo4j-admin database import full` (needs -o DIR).
    /// statements-csv: one row per statement, for spreadsheets. events-jsonl: the log,
    /// one envelope per line. Formats are described in docs/FORMATS.md.
    ///
    /// Example: whosaid export --format graphml -o whosaid.graphml
    Export {
        /// What to write.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// File (or, for neo4j-csv, folder) to write; standard output when omitted.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Export as of a sequence number or a date.
        #[arg(long, value_name = "SEQ|DATE")]
        as_of: Option<String>,
    },
    /// Append extractions made by another tool (a spaCy or LLM pipeline): JSON Lines in
    /// the shape of `whosaid extract --json`, with the document and the extractor's name
    /// and version (docs/FORMATS.md). Each line is validated before anything is stored;
    /// queries use the newest extraction of each document.
    ///
    /// Example: whosaid import-events my-pipeline.jsonl
    ImportEvents {
        /// JSONL file, or `-` for standard input.
        file: PathBuf,
    },
    /// Re-run this build's extractor over stored articles whose current extraction came
    /// from another extractor or version; the old extraction stays in the log.
    ///
    /// Example: whosaid reextract
    Reextract {
        /// Re-run even where the current extraction is this extractor's.
        #[arg(long)]
        force: bool,
    },
    /// Print shell completions.
    ///
    /// Example: whosaid completions bash > /etc/bash_completion.d/whosaid
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    ///
    /// Example: whosaid man > whosaid.1 && man ./whosaid.1
    Man,
    /// Record that two actors are the same entity: NAME is folded into INTO_NAME.
    ///
    /// A curation event in the log (undo it with `whosaid undo SEQ`).
    ///
    /// Example: whosaid merge Kirby "John Kirby" --reason "same spokesman"
    Merge {
        /// The actor that disappears (name, alias or id).
        name: String,
        /// The actor that remains (name, alias or id).
        into_name: String,
        /// Why (kept in the log).
        #[arg(long)]
        reason: String,
    },
    /// Withdraw a wrong statement or relation by its id (see `statements --json`).
    ///
    /// Example: whosaid retract 8cfb4bdeb53f.42912738.s3 --reason "misattributed"
    Retract {
        /// Statement or relation id.
        id: String,
        /// Why (kept in the log).
        #[arg(long)]
        reason: String,
    },
    /// Give an actor another canonical name (the old one stays an alias).
    ///
    /// Example: whosaid rename "Yonhap" "Yonhap News Agency" --reason "full name"
    Rename {
        /// The actor (name, alias or id).
        name: String,
        /// Its new canonical name.
        new_name: String,
        /// Why (kept in the log).
        #[arg(long)]
        reason: String,
    },
    /// Correct an actor's kind.
    ///
    /// Example: whosaid set-kind KCNA media --reason "state news agency"
    SetKind {
        /// The actor (name, alias or id).
        name: String,
        /// Its kind.
        #[arg(value_parser = kind_parser())]
        kind: whosaid_model::ActorKind,
        /// Why (kept in the log).
        #[arg(long)]
        reason: String,
    },
    /// Undo an earlier curation event (merge, retract, rename, set-kind) by its sequence number.
    ///
    /// Example: whosaid undo 166 --reason "merged the wrong Kirby"
    Undo {
        /// Sequence number of the curation event (see `whosaid log`).
        seq: u64,
        /// Why (kept in the log).
        #[arg(long)]
        reason: String,
    },
    /// Verify the whole store: every event decodes, sequence numbers have no gaps,
    /// every document batch is complete, texts match the log. Exit 0 when sound, 2 when not.
    ///
    /// Example: whosaid check
    Check {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Summarise the store: events by type, documents, size on disk.
    ///
    /// Example: whosaid stats --json | jq .events_by_type
    Stats {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Output options shared by query commands.
#[derive(Debug, Args)]
pub struct View {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Answer as of a sequence number (inclusive) or a date.
    #[arg(long, value_name = "SEQ|DATE")]
    pub as_of: Option<String>,
}

/// A range of document dates.
#[derive(Debug, Args)]
pub struct DateRange {
    /// Only statements from documents dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only statements from documents dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// GraphML with actor and edge attributes.
    Graphml,
    /// CSV files for neo4j-admin import (a folder).
    Neo4jCsv,
    /// Statements as CSV.
    StatementsCsv,
    /// The event log as JSON Lines.
    EventsJsonl,
}

/// Parses an actor kind by its lowercase name (`person`, `media`, ...), offering the
/// names as possible values in help and completions.
fn kind_parser() -> impl clap::builder::TypedValueParser<Value = whosaid_model::ActorKind> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(whosaid_model::ActorKind::ALL.map(|k| k.as_str())).map(
        |s| {
            whosaid_model::ActorKind::ALL
                .into_iter()
                .find(|k| k.as_str() == s)
                .unwrap_or(whosaid_model::ActorKind::Organization)
        },
    )
}

/// Diagram formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Graphviz DOT source.
    Dot,
    /// SVG, rendered by Graphviz's `dot`.
    Svg,
    /// PNG, rendered by Graphviz's `dot`.
    Png,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
