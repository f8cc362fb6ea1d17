//! The `whosaid` command-line tool. Thin: it parses arguments, reads input, and calls
//! the library crates; all knowledge lives in them.

mod cli;
mod term;

use whosaid::input;

use anyhow::{bail, Context, Result};
use clap::Parser;
use cli::{Cli, Command, DateRange, ExportFormat, Format, View};
use std::collections::HashMap;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;
use whosaid_model::{ActorId, Date, DocumentId, DocumentIngested, Envelope, Event, Extractor};
use whosaid_query::{AsOf, Graph, SnapshotUse, StatementFilter, StatementView};
use whosaid_store::{Appended, NewDocument, Store};

/// The allocator: extraction allocates many small short-lived strings and vectors, and
/// mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit code: everything worked.
const EXIT_OK: u8 = 0;
/// Exit code: some input was rejected; the rest was processed.
const EXIT_REJECTED: u8 = 1;
/// Exit code: usage or store error.
const EXIT_ERROR: u8 = 2;

/// How many newly stored documents share one flush (group commit).
const FLUSH_EVERY: usize = 64;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    || c.downcast_ref::<serde_json::Error>()
                        .and_then(serde_json::Error::io_error_kind)
                        == Some(std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("whosaid: error: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn producer() -> Extractor {
    Extractor::new("whosaid", env!("CARGO_PKG_VERSION"))
}

fn run(cli: Cli) -> Result<u8> {
    let store = cli.store;
    USE_SNAPSHOT.store(!cli.no_snapshot, Ordering::Relaxed);
    match cli.command {
        Command::Ingest {
            paths,
            max_article_bytes,
            quiet,
        } => ingest(&store, &paths, max_article_bytes, quiet),
        Command::Extract { json: _, file } => extract(&file),
        Command::WhoSaid {
            about,
            officials,
            dates,
            view,
        } => who_said(&store, &about, officials, &dates, &view),
        Command::Statements {
            by,
            about,
            dates,
            view,
        } => statements(&store, by.as_deref(), about.as_deref(), &dates, &view),
        Command::Actor { name, view } => actor(&store, &name, &view),
        Command::Relations { actor, view } => relations(&store, actor.as_deref(), &view),
        Command::Graph {
            around,
            depth,
            about,
            format,
            output,
            as_of,
        } => graph(
            &store,
            around.as_deref(),
            depth,
            about.as_deref(),
            format,
            output.as_deref(),
            as_of.as_deref(),
        ),
        Command::Replay { as_of, json } => replay(&store, as_of.as_deref(), json),
        Command::Log { from, json } => log(&store, from, json),
        Command::Eval {
            gold,
            texts,
            json,
            examples,
        } => eval(&gold, texts.as_deref(), json, examples),
        Command::Merge {
            name,
            into_name,
            reason,
        } => curate(&store, &reason, |g, _| {
            let from = resolve_one(g, &name)?;
            let into = resolve_one(g, &into_name)?;
            if from == into {
                bail!("{name:?} and {into_name:?} are already the same actor ({from})");
            }
            Ok(Event::ActorsMerged(whosaid_model::ActorsMerged {
                from,
                into,
                reason: reason.clone(),
            }))
        }),
        Command::Retract { id, reason } => curate(&store, &reason, |g, _| {
            if let Some(s) = g.statements().iter().find(|s| s.id.as_str() == id) {
                return Ok(Event::StatementRetracted(
                    whosaid_model::StatementRetracted {
                        statement: s.id.clone(),
                        reason: reason.clone(),
                    },
                ));
            }
            if let Some(r) = g.relations().iter().find(|r| r.id.as_str() == id) {
                return Ok(Event::RelationRetracted(whosaid_model::RelationRetracted {
                    relation: r.id.clone(),
                    reason: reason.clone(),
                }));
            }
            bail!("no current statement or relation has id {id:?} (ids are shown by `whosaid statements` and `whosaid relations`; a retracted one is no longer current)")
        }),
        Command::Rename {
            name,
            new_name,
            reason,
        } => curate(&store, &reason, |g, _| {
            let actor = resolve_one(g, &name)?;
            let new_name = new_name.trim();
            if new_name.is_empty() {
                bail!("the new name is empty");
            }
            Ok(Event::ActorRenamed(whosaid_model::ActorRenamed {
                actor,
                name: new_name.to_owned(),
                reason: reason.clone(),
            }))
        }),
        Command::SetKind { name, kind, reason } => curate(&store, &reason, |g, _| {
            let actor = resolve_one(g, &name)?;
            Ok(Event::ActorKindSet(whosaid_model::ActorKindSet {
                actor,
                kind,
                reason: reason.clone(),
            }))
        }),
        Command::Undo { seq, reason } => curate(&store, &reason, |_, p| {
            if p.curation_event(seq).is_none() {
                bail!("event {seq} is not a curation event (merge, retract, rename, set-kind); see `whosaid log`");
            }
            if p.is_reverted(seq) {
                bail!("event {seq} was already undone");
            }
            Ok(Event::CurationReverted(whosaid_model::CurationReverted {
                seq,
                reason: reason.clone(),
            }))
        }),
        Command::Export {
            format,
            output,
            as_of,
        } => export(&store, format, output.as_deref(), as_of.as_deref()),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "whosaid", &mut std::io::stdout().lock());
            Ok(EXIT_OK)
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(cmd).render(&mut std::io::stdout().lock())?;
            Ok(EXIT_OK)
        }
        Command::ImportEvents { file } => import_events(&store, &file),
        Command::Reextract { force } => reextract(&store, force),
        Command::Check { json } => check(&store, json),
        Command::Stats { json } => stats(&store, json),
    }
}

fn open_existing(path: &Path) -> Result<Store> {
    if !path.exists() {
        bail!(
            "no store at {} (create one with `whosaid ingest FILES`, or pass --store PATH)",
            path.display()
        );
    }
    open_store(path)
}

/// Tells the user when opening the store had to repair it.
fn note_recovery(store: &Store) {
    if let Some(note) = store.recovery() {
        eprintln!(
            "whosaid: note: store {}: {note}; run `whosaid check` to verify it",
            store.path().display()
        );
    }
}

fn parse_as_of(s: Option<&str>) -> Result<AsOf> {
    match s {
        None => Ok(AsOf::Latest),
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => Ok(AsOf::Seq(
            s.parse().context("--as-of sequence number is too large")?,
        )),
        Some(s) => Date::parse(s).map(AsOf::Date).with_context(|| {
            format!("--as-of {s:?} is neither a sequence number nor a date (YYYY-MM-DD)")
        }),
    }
}

fn parse_date(flag: &str, s: Option<&str>) -> Result<Option<Date>> {
    s.map(|s| {
        Date::parse(s).with_context(|| format!("{flag} {s:?} is not a date (expected YYYY-MM-DD)"))
    })
    .transpose()
}

fn filter(dates: &DateRange, officials: bool) -> Result<StatementFilter> {
    Ok(StatementFilter {
        officials,
        since: parse_date("--since", dates.since.as_deref())?,
        until: parse_date("--until", dates.until.as_deref())?,
    })
}

/// Whether queries start from the projection snapshot (`--no-snapshot` turns it off).
static USE_SNAPSHOT: AtomicBool = AtomicBool::new(true);

/// Opens the store and rebuilds its graph as of a point in history: from the projection
/// snapshot and the events after it, refreshing the snapshot when it was missing, refused
/// or far behind (or from the whole log with `--no-snapshot`).
///
/// The graph is never dropped: it lives until the process exits, and freeing a large
/// graph piece by piece would only make every command slower.
fn load(store: &Path, as_of: Option<&str>) -> Result<(Store, ManuallyDrop<Graph>)> {
    let as_of = parse_as_of(as_of)?;
    let s = open_existing(store)?;
    let context = || format!("cannot replay store {}", store.display());
    if !USE_SNAPSHOT.load(Ordering::Relaxed) {
        let (g, _) = whosaid_query::replay(&s, as_of).with_context(context)?;
        return Ok((s, ManuallyDrop::new(g)));
    }
    let (g, p, report) = whosaid_query::open_graph(&s, as_of).with_context(context)?;
    if let SnapshotUse::Rejected { reason } = &report.snapshot {
        eprintln!("whosaid: note: projection snapshot not used: {reason}; rebuilt from the log");
    }
    if report.snapshot_is_behind() {
        save_snapshot(&s, &p);
    }
    std::mem::forget(p);
    Ok((s, ManuallyDrop::new(g)))
}

/// The projection as of now, from the snapshot and the events after it; the snapshot is
/// refreshed when it was missing, refused or far behind.
fn load_projection(s: &Store) -> Result<whosaid_query::Projection> {
    if !USE_SNAPSHOT.load(Ordering::Relaxed) {
        return Ok(whosaid_query::fold(s, AsOf::Latest)?);
    }
    let (p, used, tail) = whosaid_query::load(s, AsOf::Latest)?;
    if whosaid_query::snapshot::is_behind(&used, tail) {
        save_snapshot(s, &p);
    }
    Ok(p)
}

/// Writes the projection snapshot; a failure only costs speed, so it is a note.
fn save_snapshot(s: &Store, p: &whosaid_query::Projection) {
    if let Err(e) = whosaid_query::snapshot::save(s, p) {
        eprintln!("whosaid: note: could not write the projection snapshot: {e}");
    }
}

/// Actors a name refers to; says so on stderr (with suggestions) when none.
fn resolve(g: &Graph, name: &str) -> Vec<ActorId> {
    let ids = g.lookup(name);
    if ids.is_empty() {
        eprintln!("whosaid: {}", not_found(g, name));
    }
    ids
}

/// "no actor named ... in the store", with the names it may have meant.
fn not_found(g: &Graph, name: &str) -> String {
    let hints = g.suggest(name, 5);
    if hints.is_empty() {
        format!("no actor named {name:?} in the store (try `whosaid stats` to see what it holds)")
    } else {
        format!(
            "no actor named {name:?} in the store; did you mean: {}?",
            hints.join(", ")
        )
    }
}

/// Counters and output of one ingest run.
struct Ingest<'a> {
    store: &'a mut Store,
    quiet: bool,
    extractor: Extractor,
    producer: Extractor,
    stored: usize,
    unchanged: usize,
    rejected: usize,
    events: u64,
    read: usize,
    bytes: u64,
    batch: Vec<input::Article>,
    progress: term::Progress,
    out: std::io::StdoutLock<'static>,
}

impl Ingest<'_> {
    /// Extracts the batch's new articles in parallel, appends them in input order in one
    /// atomic batch, flushes once, and only then reports them as stored.
    fn process(&mut self) -> Result<()> {
        let batch = std::mem::take(&mut self.batch);
        let mut lines = Vec::with_capacity(batch.len());
        let mut todo = Vec::with_capacity(batch.len());
        for a in batch {
            let id = DocumentId::for_text(&a.text);
            if self
                .store
                .contains_document(&id)
                .context("cannot read the store")?
            {
                self.unchanged += 1;
                if !self.quiet {
                    lines.push(format!("unchanged  {}  (already stored)", a.origin));
                }
            } else {
                todo.push((id, a));
            }
        }
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(todo.len().max(1));
        let chunk = todo.len().div_ceil(workers).max(1);
        let extractions: Vec<whosaid_extract::Extraction> = std::thread::scope(|s| {
            let handles: Vec<_> = todo
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || {
                        part.iter()
                            .map(|(_, a)| whosaid_extract::extract(&a.text, a.title.as_deref()))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        });
        if extractions.len() != todo.len() {
            bail!("extraction failed for part of a batch (a worker thread panicked)");
        }
        let mut docs = Vec::with_capacity(todo.len());
        let mut about = Vec::with_capacity(todo.len());
        for ((id, a), x) in todo.into_iter().zip(extractions) {
            let mut evs = vec![Event::DocumentIngested(DocumentIngested {
                document: id.clone(),
                source_id: a.id.clone(),
                title: a.title.clone(),
                date: a.date,
                source: a.source.clone(),
                url: a.url.clone(),
                origin: a.origin.clone(),
                bytes: a.text.len() as u64,
            })];
            evs.extend(x.to_events(&id, &self.extractor));
            about.push((
                a.origin,
                x.statements.len(),
                x.actors.len(),
                x.relations.len(),
            ));
            docs.push(NewDocument {
                id,
                text: a.text,
                events: evs,
            });
        }
        // One atomic batch for the group: each document is whole or absent.
        let answers = self
            .store
            .append_documents(docs, &self.producer)
            .with_context(|| {
                let first = about.first().map_or("", |a| a.0.as_str());
                format!(
                    "cannot store the batch of {} articles starting with {first}",
                    about.len()
                )
            })?;
        for ((origin, statements, actors, relations), answer) in about.into_iter().zip(answers) {
            match answer {
                Appended::Stored { seqs } => {
                    self.stored += 1;
                    self.events += seqs.end - seqs.start;
                    if !self.quiet {
                        lines.push(format!(
                            "stored     {origin}  {statements} statements, {actors} actors, {relations} relations (events {}..{})",
                            seqs.start,
                            seqs.end - 1
                        ));
                    }
                }
                Appended::AlreadyStored { .. } => {
                    self.unchanged += 1;
                    if !self.quiet {
                        lines.push(format!("unchanged  {origin}  (already stored)"));
                    }
                }
            }
        }
        self.store
            .flush()
            .context("cannot make the store durable (flush failed)")?;
        for line in lines {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }
}

fn ingest(store_path: &Path, paths: &[PathBuf], max: usize, quiet: bool) -> Result<u8> {
    let started = Instant::now();
    let mut store = open_store(store_path)?;
    let mut run = Ingest {
        store: &mut store,
        quiet,
        extractor: whosaid_extract::extractor(),
        producer: producer(),
        stored: 0,
        unchanged: 0,
        rejected: 0,
        events: 0,
        read: 0,
        bytes: 0,
        batch: Vec::with_capacity(FLUSH_EVERY),
        progress: term::Progress::new(),
        out: std::io::stdout().lock(),
    };
    let mut fatal: Option<anyhow::Error> = None;
    input::read_inputs(paths, max, &mut |item| {
        if fatal.is_some() {
            return;
        }
        run.read += 1;
        run.progress
            .update(run.read, run.stored, run.unchanged, run.rejected, run.bytes);
        match item {
            Ok(a) => {
                run.bytes += a.text.len() as u64;
                run.batch.push(a);
                if run.batch.len() >= FLUSH_EVERY {
                    if let Err(e) = run.process() {
                        fatal = Some(e);
                    }
                }
            }
            Err(r) => {
                run.rejected += 1;
                run.progress.finish();
                eprintln!("whosaid: rejected {}: {}", r.origin, r.reason);
            }
        }
    });
    run.progress.finish();
    // Whatever was read before a failure is still stored and reported.
    if fatal.is_none() {
        run.process()?;
    }
    let (stored, unchanged, rejected, events) =
        (run.stored, run.unchanged, run.rejected, run.events);
    let mut out = run.out;
    writeln!(
        out,
        "{stored} stored, {unchanged} unchanged, {rejected} rejected; {events} events appended in {:.2}s; store {} holds {} documents, {} events",
        started.elapsed().as_secs_f64(),
        store_path.display(),
        store.document_count(),
        store.len()
    )?;
    if events > 0 {
        // Brings the projection snapshot up to date when it fell far behind, so that
        // the next query starts from it. The articles are stored either way: a failure
        // here only costs the next query time, so it is a note, like a failed save.
        if let Err(e) = load_projection(&store) {
            eprintln!("whosaid: note: projection snapshot not refreshed: {e:#}");
        }
    }
    if let Some(e) = fatal {
        return Err(e);
    }
    Ok(if rejected > 0 { EXIT_REJECTED } else { EXIT_OK })
}

fn extract(file: &Path) -> Result<u8> {
    let mut article = None;
    let mut rejected = None;
    input::read_inputs(
        std::slice::from_ref(&file.to_path_buf()),
        input::DEFAULT_MAX_ARTICLE_BYTES,
        &mut |item| match item {
            Ok(a) if article.is_none() => article = Some(a),
            Ok(_) => {}
            Err(r) => rejected = rejected.take().or(Some(r)),
        },
    );
    let Some(a) = article else {
        let r = rejected
            .map(|r| format!("{}: {}", r.origin, r.reason))
            .unwrap_or_else(|| format!("{}: no article found", file.display()));
        eprintln!("whosaid: rejected {r}");
        return Ok(EXIT_REJECTED);
    };
    let x = whosaid_extract::extract(&a.text, a.title.as_deref());
    print_json(&mut std::io::stdout().lock(), &x)
}

/// Prints a value as pretty JSON, followed by a newline.
fn print_json<T: serde::Serialize + ?Sized>(out: &mut impl Write, value: &T) -> Result<u8> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(EXIT_OK)
}

/// "1 statement", "3 statements".
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

fn source_line(s: &StatementView) -> String {
    let date = s.date.map(|d| format!(" ({d})")).unwrap_or_default();
    format!(
        "{}{} bytes {}..{}  [{}]",
        s.origin, date, s.content_span.start, s.content_span.end, s.id
    )
}

fn quote(s: &StatementView) -> String {
    match s.kind {
        whosaid_model::StatementKind::Direct => format!("\u{201c}{}\u{201d}", s.content),
        whosaid_model::StatementKind::Mixed => {
            format!("\u{2026}\u{201c}{}\u{201d}\u{2026}", s.content)
        }
        whosaid_model::StatementKind::Indirect => s.content.clone(),
    }
}

fn print_statement(
    out: &mut dyn Write,
    style: term::Style,
    s: &StatementView,
    with_speaker: bool,
) -> Result<()> {
    let cue = s.cue.as_deref().unwrap_or("(continues)");
    if with_speaker {
        writeln!(
            out,
            "  {} {} [{}]: {}",
            s.speaker_name,
            cue,
            s.kind,
            quote(s)
        )?;
    } else {
        writeln!(out, "  [{}] {}", s.kind, quote(s))?;
    }
    writeln!(out, "      {}", style.dim(&source_line(s)))?;
    Ok(())
}

fn who_said(
    store: &Path,
    about: &str,
    officials: bool,
    dates: &DateRange,
    view: &View,
) -> Result<u8> {
    let f = filter(dates, officials)?;
    let (s, g) = load(store, view.as_of.as_deref())?;
    let ids = resolve(&g, about);
    let answers = whosaid_query::who_said(&g, &s, &ids, &f)?;
    let mut out = std::io::stdout().lock();
    if view.json {
        return print_json(&mut out, &answers);
    }
    let total: usize = answers.iter().map(|a| a.count).sum();
    let target = ids
        .first()
        .and_then(|i| g.actor(i))
        .map_or(about.to_owned(), |a| a.name.clone());
    writeln!(
        out,
        "{} about {target}{}: {}, {}",
        if officials {
            "Officials' statements"
        } else {
            "Statements"
        },
        match (&dates.since, &dates.until) {
            (None, None) => String::new(),
            (s, u) => format!(
                " ({} to {})",
                s.as_deref().unwrap_or("any date"),
                u.as_deref().unwrap_or("any date")
            ),
        },
        count(answers.len(), "speaker"),
        count(total, "statement")
    )?;
    let style = term::Style(term::color_stdout());
    for a in &answers {
        writeln!(out)?;
        let role = a
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{} ({}{}): {}",
            style.bold(&a.name),
            a.kind,
            style.cyan(&role),
            count(a.count, "statement")
        )?;
        for s in &a.statements {
            print_statement(&mut out, style, s, false)?;
        }
    }
    Ok(EXIT_OK)
}

fn statements(
    store: &Path,
    by: Option<&str>,
    about: Option<&str>,
    dates: &DateRange,
    view: &View,
) -> Result<u8> {
    let f = filter(dates, false)?;
    let (s, g) = load(store, view.as_of.as_deref())?;
    let by_ids = by.map(|n| resolve(&g, n));
    let about_ids = about.map(|n| resolve(&g, n));
    // A name that finds nobody must give no statements, not all of them.
    let none =
        by_ids.as_ref().is_some_and(Vec::is_empty) || about_ids.as_ref().is_some_and(Vec::is_empty);
    let list = if none {
        Vec::new()
    } else {
        whosaid_query::statements(
            &g,
            &s,
            by_ids.as_deref().unwrap_or(&[]),
            about_ids.as_deref().unwrap_or(&[]),
            &f,
        )?
    };
    let mut out = std::io::stdout().lock();
    if view.json {
        return print_json(&mut out, &list);
    }
    writeln!(out, "{}", count(list.len(), "statement"))?;
    let style = term::Style(term::color_stdout());
    for s in &list {
        print_statement(&mut out, style, s, true)?;
    }
    Ok(EXIT_OK)
}

fn actor(store: &Path, name: &str, view: &View) -> Result<u8> {
    let (s, g) = load(store, view.as_of.as_deref())?;
    let ids = resolve(&g, name);
    #[derive(serde::Serialize)]
    struct ActorReport<'g> {
        actor: &'g whosaid_query::ActorView,
        statements: Vec<StatementView>,
        statements_about: usize,
        relations: Vec<whosaid_query::RelationView>,
    }
    let mut reports: Vec<ActorReport> = Vec::new();
    for id in &ids {
        let Some(a) = g.actor(id) else { continue };
        let one = std::slice::from_ref(id);
        let any = StatementFilter::default();
        reports.push(ActorReport {
            actor: a,
            statements: whosaid_query::statements(&g, &s, one, &[], &any)?,
            statements_about: whosaid_query::statement_recs(&g, &[], one, &any).len(),
            relations: whosaid_query::relations(&g, &s, one)?,
        });
    }
    let mut out = std::io::stdout().lock();
    if view.json {
        return print_json(&mut out, &reports);
    }
    let style = term::Style(term::color_stdout());
    for r in &reports {
        let a = r.actor;
        writeln!(
            out,
            "{} ({}{}) id {}",
            a.name,
            a.kind,
            if a.official { ", official" } else { "" },
            a.id
        )?;
        let aliases: Vec<&str> = a
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|x| *x != a.name)
            .collect();
        if !aliases.is_empty() {
            writeln!(out, "  aliases: {}", aliases.join(", "))?;
        }
        if let Some(p) = a.part_of.as_ref().and_then(|p| g.actor(p)) {
            writeln!(out, "  part of: {}", p.name)?;
        }
        for ro in &a.roles {
            let of = ro
                .of_name
                .as_deref()
                .map(|o| format!(" of {o}"))
                .unwrap_or_default();
            writeln!(
                out,
                "  role: {}{of} ({}; {})",
                ro.title,
                ro.category.as_str(),
                count(ro.documents, "document")
            )?;
        }
        writeln!(
            out,
            "  mentioned in {}; {} by, {} about",
            count(a.documents, "document"),
            count(r.statements.len(), "statement"),
            r.statements_about
        )?;
        for s in &r.statements {
            print_statement(&mut out, style, s, false)?;
        }
        for rel in &r.relations {
            writeln!(out, "  relation: {}", relation_line(rel))?;
        }
    }
    Ok(EXIT_OK)
}

fn relation_line(r: &whosaid_query::RelationView) -> String {
    format!(
        "{} {}{} {} ({}) [{}]",
        r.source_name,
        if r.polarity == whosaid_model::Polarity::Negative {
            "not "
        } else {
            ""
        },
        r.predicate,
        r.target_name,
        r.modality.as_str(),
        r.id
    )
}

fn relations(store: &Path, actor: Option<&str>, view: &View) -> Result<u8> {
    let (s, g) = load(store, view.as_of.as_deref())?;
    let ids = actor.map(|n| resolve(&g, n));
    let list = match &ids {
        Some(ids) if ids.is_empty() => Vec::new(),
        Some(ids) => whosaid_query::relations(&g, &s, ids)?,
        None => whosaid_query::relations(&g, &s, &[])?,
    };
    let mut out = std::io::stdout().lock();
    if view.json {
        return print_json(&mut out, &list);
    }
    writeln!(out, "{}", count(list.len(), "relation"))?;
    if list.is_empty() {
        return Ok(EXIT_OK);
    }
    let style = term::Style(term::color_stdout());
    let mut rows = vec![
        ["source", "relation", "target", "modality", "id", "evidence"]
            .map(String::from)
            .to_vec(),
    ];
    for r in &list {
        let negated = r.polarity == whosaid_model::Polarity::Negative;
        let rel = format!("{}{}", if negated { "not " } else { "" }, r.predicate);
        let evidence: String = r.evidence.chars().take(80).collect();
        rows.push(vec![
            r.source_name.clone(),
            rel,
            r.target_name.clone(),
            r.modality.as_str().to_owned(),
            r.id.to_string(),
            evidence,
        ]);
    }
    for (i, line) in term::table(&rows).into_iter().enumerate() {
        let negated = i > 0 && list[i - 1].polarity == whosaid_model::Polarity::Negative;
        let line = if i == 0 {
            style.bold(&line)
        } else if negated {
            style.red(&line)
        } else {
            line
        };
        writeln!(out, "  {line}")?;
    }
    Ok(EXIT_OK)
}

fn graph(
    store: &Path,
    around: Option<&str>,
    depth: usize,
    about: Option<&str>,
    format: Format,
    output: Option<&Path>,
    as_of: Option<&str>,
) -> Result<u8> {
    let (_, g) = load(store, as_of)?;
    let mut opts = whosaid_query::DotOptions {
        depth,
        spoke_about: true,
        ..Default::default()
    };
    if let Some(n) = around {
        opts.around = resolve(&g, n);
        if opts.around.is_empty() {
            return Ok(EXIT_ERROR);
        }
    }
    if let Some(n) = about {
        opts.about = resolve(&g, n);
        if opts.about.is_empty() {
            return Ok(EXIT_ERROR);
        }
    }
    let dot = whosaid_query::to_dot(&g, &opts);
    let bytes = match format {
        Format::Dot => dot.into_bytes(),
        Format::Svg | Format::Png => {
            render(&dot, if format == Format::Svg { "svg" } else { "png" })?
        }
    };
    match output {
        Some(path) => {
            std::fs::write(path, &bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("whosaid: wrote {} ({} bytes)", path.display(), bytes.len());
        }
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(EXIT_OK)
}

/// Runs Graphviz's `dot` to render DOT source.
fn render(dot: &str, format: &str) -> Result<Vec<u8>> {
    let child = std::process::Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "{format} output needs Graphviz's `dot`, which is not installed. Install it with `sudo apt-get install graphviz` (Debian, Ubuntu), `sudo dnf install graphviz` (Fedora) or `brew install graphviz` (macOS), or use --format dot"
        ),
        Err(e) => return Err(e).context("cannot run Graphviz's `dot`"),
    };
    let mut stdin = child.stdin.take().context("cannot write to `dot`")?;
    let source = dot.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(source.as_bytes()));
    let out = child.wait_with_output().context("`dot` failed")?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writing to `dot` panicked"))?
        .context("cannot write to `dot`")?;
    if !out.status.success() {
        bail!(
            "`dot` failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(out.stdout)
}

fn replay(store: &Path, as_of: Option<&str>, json: bool) -> Result<u8> {
    let as_of_v = parse_as_of(as_of)?;
    let s = open_existing(store)?;
    let started = Instant::now();
    let (g, p, report) = whosaid_query::rebuild(&s, as_of_v)?;
    let total = started.elapsed();
    // The replay is from the whole log, so it is also the snapshot to start from next
    // time (only for the log's present; a past point in history is not saved).
    let snapshot = if as_of_v == AsOf::Latest && USE_SNAPSHOT.load(Ordering::Relaxed) {
        whosaid_query::snapshot::save(&s, &p)
            .map_err(|e| eprintln!("whosaid: note: could not write the projection snapshot: {e}"))
            .ok()
            .flatten()
    } else {
        None
    };
    let stats = g.stats();
    let mut out = std::io::stdout().lock();
    if json {
        #[derive(serde::Serialize)]
        struct R<'a> {
            as_of: Option<&'a str>,
            stats: &'a whosaid_query::GraphStats,
            read_and_apply_ms: f64,
            build_ms: f64,
            total_ms: f64,
            log_events: u64,
            snapshot_bytes: Option<u64>,
            digest: String,
        }
        return print_json(
            &mut out,
            &R {
                as_of,
                stats,
                read_and_apply_ms: report.fold.as_secs_f64() * 1e3,
                build_ms: report.build.as_secs_f64() * 1e3,
                total_ms: total.as_secs_f64() * 1e3,
                log_events: s.len(),
                snapshot_bytes: snapshot,
                digest: g.digest(),
            },
        );
    }
    let upto = match stats.last_seq {
        Some(q) => format!("events 0..={q}"),
        None => "no events".into(),
    };
    writeln!(
        out,
        "replayed {} of {} events ({upto}){}",
        stats.events,
        s.len(),
        as_of.map(|a| format!(" as of {a}")).unwrap_or_default()
    )?;
    writeln!(out, "  documents  {}", stats.documents)?;
    writeln!(out, "  actors     {}", stats.actors)?;
    writeln!(out, "  statements {}", stats.statements)?;
    writeln!(out, "  relations  {}", stats.relations)?;
    writeln!(out, "  edges      {}", stats.edges)?;
    writeln!(
        out,
        "  merges {}, retractions {}",
        stats.merges, stats.retractions
    )?;
    writeln!(out, "  digest     {}", g.digest())?;
    writeln!(
        out,
        "  took {:.1} ms (read+apply {:.1} ms, build graph {:.1} ms)",
        total.as_secs_f64() * 1e3,
        report.fold.as_secs_f64() * 1e3,
        report.build.as_secs_f64() * 1e3
    )?;
    if let Some(bytes) = snapshot {
        writeln!(
            out,
            "  snapshot   saved at event {} ({:.1} MiB); queries start from it",
            stats.last_seq.unwrap_or(0),
            bytes as f64 / 1048576.0
        )?;
    }
    Ok(EXIT_OK)
}

fn time_of(ms: i64) -> String {
    let d = Date::from_unix_ms(ms);
    let secs = ms.rem_euclid(86_400_000) / 1000;
    format!(
        "{d}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

fn summary(e: &Event) -> String {
    match e {
        Event::DocumentIngested(d) => format!(
            "{} {:?} ({} bytes, from {})",
            d.document,
            d.title.as_deref().unwrap_or(""),
            d.bytes,
            d.origin
        ),
        Event::DocumentExtracted(x) => {
            format!("{} by {} ({} facts)", x.document, x.extractor, x.facts)
        }
        Event::ActorIdentified(a) => {
            format!("{} {:?} as {} ({})", a.actor, a.mention, a.name, a.kind)
        }
        Event::RoleAttributed(r) => format!(
            "{} {}{}",
            r.actor,
            r.title,
            r.of.as_ref()
                .map(|o| format!(" of {o}"))
                .unwrap_or_default()
        ),
        Event::StatementAttributed(s) => format!(
            "{} {} {} {:?}",
            s.statement,
            s.speaker,
            s.kind,
            s.content.text.chars().take(60).collect::<String>()
        ),
        Event::RelationObserved(r) => format!(
            "{} {} {}{} {} ({})",
            r.relation,
            r.source,
            if r.polarity == whosaid_model::Polarity::Negative {
                "not "
            } else {
                ""
            },
            r.predicate,
            r.target,
            r.modality.as_str()
        ),
        Event::ActorsMerged(m) => format!("{} into {} ({})", m.from, m.into, m.reason),
        Event::StatementRetracted(r) => format!("{} ({})", r.statement, r.reason),
        Event::RelationRetracted(r) => format!("{} ({})", r.relation, r.reason),
        Event::ActorRenamed(r) => format!("{} now named {:?} ({})", r.actor, r.name, r.reason),
        Event::ActorKindSet(k) => format!("{} is a {} ({})", k.actor, k.kind, k.reason),
        Event::CurationReverted(r) => format!("event {} undone ({})", r.seq, r.reason),
    }
}

/// Writes the log from `from` on as JSON Lines, one envelope per line; returns how many.
fn write_events_jsonl(s: &Store, from: u64, out: &mut dyn Write) -> Result<u64> {
    let mut n = 0;
    for env in s.read_from(from) {
        let env = env.with_context(|| format!("cannot read the log of {}", s.path().display()))?;
        serde_json::to_writer(&mut *out, &env)?;
        writeln!(out)?;
        n += 1;
    }
    out.flush()?;
    Ok(n)
}

fn log(store: &Path, from: u64, json: bool) -> Result<u8> {
    let s = open_existing(store)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        write_events_jsonl(&s, from, &mut out)?;
        return Ok(EXIT_OK);
    }
    for env in s.read_from(from) {
        let env: Envelope =
            env.with_context(|| format!("cannot read the log of {}", store.display()))?;
        writeln!(
            out,
            "{:>7}  {}  {:<19} {}",
            env.seq,
            time_of(env.recorded_at_ms),
            env.event.name(),
            summary(&env.event)
        )?;
    }
    out.flush()?;
    Ok(EXIT_OK)
}

fn stats(store: &Path, json: bool) -> Result<u8> {
    let s = open_existing(store)?;
    let mut by_kind: std::collections::BTreeMap<&'static str, u64> = Default::default();
    for env in s.read_from(0) {
        let env = env.with_context(|| format!("cannot read the log of {}", store.display()))?;
        *by_kind.entry(env.event.name()).or_insert(0) += 1;
    }
    let size = s.size_on_disk()?;
    let mut out = std::io::stdout().lock();
    if json {
        #[derive(serde::Serialize)]
        struct S<'a> {
            store: String,
            documents: usize,
            events: u64,
            events_by_type: &'a std::collections::BTreeMap<&'static str, u64>,
            bytes_on_disk: u64,
        }
        return print_json(
            &mut out,
            &S {
                store: store.display().to_string(),
                documents: s.document_count(),
                events: s.len(),
                events_by_type: &by_kind,
                bytes_on_disk: size,
            },
        );
    }
    writeln!(out, "store      {}", store.display())?;
    writeln!(out, "documents  {}", s.document_count())?;
    writeln!(out, "events     {}", s.len())?;
    for (k, v) in &by_kind {
        writeln!(out, "  {k:<20} {v}")?;
    }
    writeln!(out, "on disk    {:.1} MiB", size as f64 / (1024.0 * 1024.0))?;
    Ok(EXIT_OK)
}

fn eval(gold: &Path, texts: Option<&Path>, json: bool, examples: usize) -> Result<u8> {
    let content = std::fs::read_to_string(gold).with_context(|| {
        format!("cannot read gold file {} (the shared corpora live in ../shared/corpus/ beside the project)", gold.display())
    })?;
    let texts = texts.map(read_texts).transpose()?;
    let mut scorer = whosaid_extract::eval::Scorer::new().with_examples(examples);
    let mut score = |mut doc: whosaid_extract::eval::GoldDoc| -> Result<(), String> {
        if doc.is_standoff() {
            let id = doc.id.clone().unwrap_or_default();
            let attached = match &texts {
                None => Err("is a standoff annotation without its text; give the articles with --texts (for the BBC held-out set: --texts ../shared/corpus/bbc-news-2004-2005.jsonl)".to_owned()),
                Some((path, by_id)) => match by_id.get(&id) {
                    None => Err(format!("no article with id {id:?} in {}", path.display())),
                    Some((text, title)) => doc
                        .attach_text(text.clone(), title.clone())
                        .map_err(|e| format!("article {id:?}: {e}")),
                },
            };
            attached?;
        }
        let t = Instant::now();
        let x = whosaid_extract::extract(&doc.text, doc.title.as_deref());
        scorer.timing(doc.text.len(), t.elapsed().as_secs_f64());
        scorer.add(&doc, &x);
        Ok(())
    };
    let mut rejected = 0;
    let mut reject = |at: String, e: String| {
        rejected += 1;
        eprintln!("whosaid: rejected {at}: {e}");
    };
    // One pretty-printed gold document, or JSON Lines.
    if let Ok(doc) = serde_json::from_str::<whosaid_extract::eval::GoldDoc>(&content) {
        if let Err(e) = score(doc) {
            reject(gold.display().to_string(), e);
        }
    } else {
        for (n, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = format!("{}:{}", gold.display(), n + 1);
            if let Err(e) = serde_json::from_str(line)
                .map_err(|e| e.to_string())
                .and_then(&mut score)
            {
                reject(at, e);
            }
        }
    }
    let s = scorer.finish();
    let mut out = std::io::stdout().lock();
    if json {
        print_json(&mut out, &s)?;
    } else {
        let pct = |x: f64| format!("{:5.1}", x * 100.0);
        writeln!(
            out,
            "{}: {} documents, {} gold attributions ({} direct), {} statements extracted",
            gold.display(),
            s.documents,
            s.gold,
            s.gold_direct,
            s.predicted
        )?;
        writeln!(out, "overlap  precision  recall     F1  direct-recall")?;
        for a in &s.at {
            writeln!(
                out,
                "  {:.1}      {}   {}  {}          {}",
                a.overlap,
                pct(a.precision),
                pct(a.recall),
                pct(a.f1),
                pct(a.direct_recall)
            )?;
        }
        writeln!(
            out,
            "speaker mention overlaps gold: {}% of found direct quotes, {}% of all found",
            pct(s.direct_speaker_mention_accuracy),
            pct(s.speaker_mention_accuracy)
        )?;
        writeln!(
            out,
            "resolved speaker name matches gold reference: {}% of {} cases",
            pct(s.resolved_name_accuracy),
            s.resolved_name_cases
        )?;
        let mbps = if s.extract_seconds > 0.0 {
            s.bytes as f64 / 1e6 / s.extract_seconds
        } else {
            0.0
        };
        writeln!(
            out,
            "extraction speed: {:.2} MB/s on one core ({} bytes in {:.3} s)",
            mbps, s.bytes, s.extract_seconds
        )?;
        writeln!(out, "errors (at overlap 0.3):")?;
        let mut errs: Vec<(&String, &usize)> = s.errors.iter().collect();
        errs.sort_by(|a, b| b.1.cmp(a.1));
        for (k, v) in errs {
            writeln!(out, "  {v:>6}  {k}")?;
            for ex in s.examples.get(k).into_iter().flatten() {
                writeln!(out, "            {ex}")?;
            }
        }
    }
    Ok(if rejected > 0 { EXIT_REJECTED } else { EXIT_OK })
}

/// Texts (and headlines) by article id, from article JSONL, for standoff gold files.
type Texts = (PathBuf, HashMap<String, (String, Option<String>)>);

fn read_texts(path: &Path) -> Result<Texts> {
    #[derive(serde::Deserialize)]
    struct Row {
        id: String,
        text: String,
        #[serde(default)]
        title: Option<String>,
    }
    let content = std::fs::read_to_string(path).with_context(|| {
        format!("cannot read the article texts {} (the shared corpora live in ../shared/corpus/ beside the project)", path.display())
    })?;
    let mut by_id = HashMap::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(line).with_context(|| {
            format!(
                "{}:{}: not an article with id and text",
                path.display(),
                n + 1
            )
        })?;
        by_id.insert(row.id, (row.text, row.title));
    }
    Ok((path.to_owned(), by_id))
}

fn check(store: &Path, json: bool) -> Result<u8> {
    let s = open_existing(store)?;
    let started = Instant::now();
    let report = s.check();
    // The snapshot is derived data, so its state is reported, not counted as a problem.
    let snapshot = match whosaid_query::load(&s, AsOf::Latest) {
        Ok((_, SnapshotUse::Loaded { seq }, tail)) => {
            format!(
                "at event {seq}, valid; {} after it",
                count(tail as usize, "event")
            )
        }
        Ok((_, used, _)) => format!("{used}; the next query rebuilds it from the log"),
        Err(e) => format!("not checked: {e}"),
    };
    let mut out = std::io::stdout().lock();
    if json {
        #[derive(serde::Serialize)]
        struct Checked<'a> {
            #[serde(flatten)]
            report: &'a whosaid_store::CheckReport,
            snapshot: &'a str,
        }
        print_json(
            &mut out,
            &Checked {
                report: &report,
                snapshot: &snapshot,
            },
        )?;
    } else {
        writeln!(
            out,
            "checked {}, {}, {} in {:.2}s: {}",
            count(report.events as usize, "event"),
            count(report.documents as usize, "document"),
            count(report.extraction_runs as usize, "extraction run"),
            started.elapsed().as_secs_f64(),
            if report.is_ok() {
                "no problems".to_owned()
            } else {
                count(report.problems.len(), "problem")
            }
        )?;
        for p in &report.problems {
            writeln!(out, "  {p}")?;
        }
        writeln!(out, "projection snapshot: {snapshot}")?;
    }
    Ok(if report.is_ok() { EXIT_OK } else { EXIT_ERROR })
}

/// The one actor a name refers to, or an error that says what to do.
fn resolve_one(g: &Graph, name: &str) -> Result<ActorId> {
    let ids = g.lookup(name);
    match ids.as_slice() {
        [one] => Ok(one.clone()),
        [] => bail!("{}", not_found(g, name)),
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|id| format!("{id} ({})", g.actor(id).map_or("?", |a| a.name.as_str())))
                .collect();
            bail!(
                "{name:?} names {} actors: {}; pass an id instead",
                many.len(),
                list.join(", ")
            )
        }
    }
}

/// Appends one curation event after validating it against the current state.
fn curate(
    store: &Path,
    reason: &str,
    make: impl FnOnce(&Graph, &whosaid_query::Projection) -> Result<Event>,
) -> Result<u8> {
    if reason.trim().is_empty() {
        bail!("--reason must say why (it is kept in the log)");
    }
    let mut s = open_existing(store)?;
    let p = load_projection(&s)?;
    let g = Graph::build(&p);
    let event = make(&g, &p)?;
    let line = format!("{} {}", event.name(), summary(&event));
    let seqs = s.append(vec![event], &producer())?;
    s.flush()
        .context("cannot make the store durable (flush failed)")?;
    println!("recorded event {}: {line}", seqs.start);
    Ok(EXIT_OK)
}

fn export(
    store: &Path,
    format: ExportFormat,
    output: Option<&Path>,
    as_of: Option<&str>,
) -> Result<u8> {
    if format == ExportFormat::EventsJsonl {
        if as_of.is_some() {
            bail!("--as-of does not apply to events-jsonl; use `whosaid log --from SEQ --json`");
        }
        let s = open_existing(store)?;
        let mut out: Box<dyn Write> = match output {
            Some(p) => Box::new(std::io::BufWriter::new(
                std::fs::File::create(p)
                    .with_context(|| format!("cannot create {}", p.display()))?,
            )),
            None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        };
        let n = write_events_jsonl(&s, 0, &mut out)?;
        if let Some(p) = output {
            eprintln!(
                "whosaid: wrote {} ({})",
                p.display(),
                count(n as usize, "event")
            );
        }
        return Ok(EXIT_OK);
    }
    let (s, g) = load(store, as_of)?;
    match format {
        ExportFormat::Neo4jCsv => {
            let Some(dir) = output else {
                bail!("neo4j-csv writes a folder of files: pass -o DIR");
            };
            let files = whosaid_query::write_neo4j_csv(&g, &s, dir)
                .with_context(|| format!("cannot write {}", dir.display()))?;
            eprintln!("whosaid: wrote {} in {}; import with: neo4j-admin database import full --nodes=Actor={}/actors.csv --nodes=Statement={}/statements.csv --relationships={}/relations.csv --relationships={}/said.csv --relationships={}/about.csv --array-delimiter=';'",
                files.join(", "), dir.display(), dir.display(), dir.display(), dir.display(), dir.display(), dir.display());
        }
        ExportFormat::Graphml | ExportFormat::StatementsCsv => {
            let mut buf = Vec::new();
            if format == ExportFormat::Graphml {
                whosaid_query::write_graphml(&g, &mut buf)?;
            } else {
                whosaid_query::write_statements_csv(&g, &s, &mut buf)?;
            }
            match output {
                Some(p) => {
                    std::fs::write(p, &buf)
                        .with_context(|| format!("cannot write {}", p.display()))?;
                    eprintln!("whosaid: wrote {} ({} bytes)", p.display(), buf.len());
                }
                None => std::io::stdout().lock().write_all(&buf)?,
            }
        }
        ExportFormat::EventsJsonl => bail!("events-jsonl is written from the log, not the graph"),
    }
    Ok(EXIT_OK)
}

fn import_events(store_path: &Path, file: &Path) -> Result<u8> {
    use std::io::BufRead;
    let reader: Box<dyn BufRead> = if file.as_os_str() == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
        ))
    };
    let mut store = open_store(store_path)?;
    let producer = producer();
    let mut out = std::io::stdout().lock();
    let (mut imported, mut rejected, mut events) = (0usize, 0usize, 0u64);
    for (n, line) in reader.lines().enumerate() {
        let origin = format!("{}:{}", file.display(), n + 1);
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                rejected += 1;
                eprintln!("whosaid: rejected {origin}: cannot read: {e}");
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: whosaid::import::ImportLine = match serde_json::from_str(&line) {
            Ok(p) => p,
            Err(e) => {
                rejected += 1;
                eprintln!("whosaid: rejected {origin}: {e}");
                continue;
            }
        };
        let v = match parsed.validate(|id| store.document_text(id).ok().flatten()) {
            Ok(v) => v,
            Err(e) => {
                rejected += 1;
                eprintln!("whosaid: rejected {origin}: {e}");
                continue;
            }
        };
        let facts = v.extraction.to_events(&v.id, &v.extractor);
        let stored = store.contains_document(&v.id)?;
        let seqs = match v.text {
            Some(text) if !stored => {
                let mut evs = vec![Event::DocumentIngested(DocumentIngested {
                    document: v.id.clone(),
                    source_id: v.source_id,
                    title: v.title,
                    date: v.date,
                    source: v.source,
                    url: v.url,
                    origin: origin.clone(),
                    bytes: text.len() as u64,
                })];
                evs.extend(facts);
                match store.append_document(
                    NewDocument {
                        id: v.id.clone(),
                        text,
                        events: evs,
                    },
                    &producer,
                )? {
                    Appended::Stored { seqs } => seqs,
                    Appended::AlreadyStored { .. } => bail!(
                        "{origin}: document {} appeared in the store while importing",
                        v.id
                    ),
                }
            }
            _ => store.append(facts, &producer)?,
        };
        store
            .flush()
            .context("cannot make the store durable (flush failed)")?;
        imported += 1;
        events += seqs.end - seqs.start;
        writeln!(
            out,
            "imported   {origin}  document {} by {}: {}, {}, {} (events {}..{})",
            v.id,
            v.extractor,
            count(v.extraction.statements.len(), "statement"),
            count(v.extraction.actors.len(), "actor"),
            count(v.extraction.relations.len(), "relation"),
            seqs.start,
            seqs.end.saturating_sub(1)
        )?;
    }
    writeln!(
        out,
        "{imported} imported, {rejected} rejected; {events} events appended"
    )?;
    Ok(if rejected > 0 { EXIT_REJECTED } else { EXIT_OK })
}

fn open_store(path: &Path) -> Result<Store> {
    let store =
        Store::open(path).with_context(|| format!("cannot open store {}", path.display()))?;
    note_recovery(&store);
    Ok(store)
}

fn reextract(store_path: &Path, force: bool) -> Result<u8> {
    let started = Instant::now();
    let mut store = open_existing(store_path)?;
    let p = load_projection(&store)?;
    let extractor = whosaid_extract::extractor();
    let producer = producer();
    let (mut done, mut current, mut events) = (0usize, 0usize, 0u64);
    for (n, (id, run, title)) in p.documents().into_iter().enumerate() {
        if !force && run.as_ref() == Some(&extractor) {
            current += 1;
            continue;
        }
        let text = store
            .document_text(&id)?
            .with_context(|| format!("document {id} has no stored text; run `whosaid check`"))?;
        let x = whosaid_extract::extract(&text, title.as_deref());
        let seqs = store.append(x.to_events(&id, &extractor), &producer)?;
        events += seqs.end - seqs.start;
        done += 1;
        if n % 64 == 63 {
            store.flush()?;
        }
    }
    store
        .flush()
        .context("cannot make the store durable (flush failed)")?;
    println!(
        "re-extracted {} with {extractor} ({} already current); {events} events appended in {:.2}s",
        count(done, "document"),
        current,
        started.elapsed().as_secs_f64()
    );
    Ok(EXIT_OK)
}
