//! Using whosaid as a library: extract an article, append its events to a store,
//! replay the log into a graph, ask who spoke about Iran, and print a DOT diagram.
//!
//! Run with: cargo run --example library

use whosaid_model::{DocumentId, DocumentIngested, Event};
use whosaid_query::{replay, to_dot, who_said, AsOf, DotOptions, StatementFilter};
use whosaid_store::{Appended, NewDocument, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/articles/pentagon-iran-iraq-2014-06-16.txt"
    );
    let text = std::fs::read_to_string(path)?;

    // 1. Extract: pure, no I/O.
    let extraction = whosaid_extract::extract(&text, None);
    println!(
        "extracted {} statements, {} actors, {} relations",
        extraction.statements.len(),
        extraction.actors.len(),
        extraction.relations.len()
    );

    // 2. Append the document and its extraction events atomically.
    let dir = std::env::temp_dir().join(format!("whosaid-library-example-{}", std::process::id()));
    let mut store = Store::open(&dir)?;
    let id = DocumentId::for_text(&text);
    let extractor = whosaid_extract::extractor();
    let mut events = vec![Event::DocumentIngested(DocumentIngested {
        document: id.clone(),
        source_id: None,
        title: None,
        date: whosaid_model::Date::parse("2014-06-16"),
        source: Some("Reuters".into()),
        url: None,
        origin: path.into(),
        bytes: text.len() as u64,
    })];
    events.extend(extraction.to_events(&id, &extractor));
    if let Appended::Stored { seqs } =
        store.append_document(NewDocument { id, text, events }, &extractor)?
    {
        println!("appended events {}..{}", seqs.start, seqs.end - 1);
    }
    store.flush()?;

    // 3. Replay the log into a graph and query it.
    let (graph, report) = replay(&store, AsOf::Latest)?;
    println!(
        "replayed {} events in {:?}",
        report.events,
        report.fold + report.build
    );
    // The graph holds who said what about whom; the words are read back from the log.
    for speaker in who_said(
        &graph,
        &store,
        &graph.lookup("Tehran"),
        &StatementFilter::officials(),
    )? {
        println!(
            "{} ({}): {} statements about Iran, first: {:?}",
            speaker.name,
            speaker.role.unwrap_or_default(),
            speaker.count,
            speaker.statements[0].content
        );
    }

    // 4. A diagram of Kirby's neighbourhood.
    let opts = DotOptions {
        around: graph.lookup("Kirby"),
        depth: 1,
        ..DotOptions::default()
    };
    println!("{}", to_dot(&graph, &opts));

    drop(store);
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
