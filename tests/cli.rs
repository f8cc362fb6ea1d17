//! End-to-end tests: the real `whosaid` binary on real article text.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seed() -> PathBuf {
    root().join("examples/articles/pentagon-iran-iraq-2014-06-16.txt")
}

fn wikinews() -> PathBuf {
    root().join("examples/articles/wikinews.jsonl")
}

fn whosaid(store: &Path) -> Command {
    let mut c = Command::cargo_bin("whosaid").unwrap();
    c.arg("--store").arg(store).env_remove("WHOSAID_STORE");
    c
}

fn json(store: &Path, args: &[&str]) -> Value {
    let out = whosaid(store).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn names(v: &Value) -> Vec<String> {
    let mut n: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_owned())
        .collect();
    n.sort();
    n
}

fn ingested_seed() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("whosaid.db");
    whosaid(&store).arg("ingest").arg(seed()).assert().success();
    (dir, store)
}

/// Names of the officials who spoke about Iran.
fn iran_officials(store: &Path) -> Vec<String> {
    names(&json(
        store,
        &["who-said", "--about", "Iran", "--officials", "--json"],
    ))
}

fn ingested_all() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    whosaid(&store)
        .arg("ingest")
        .arg(seed())
        .arg(wikinews())
        .assert()
        .success();
    (dir, store)
}

#[test]
fn officials_who_spoke_about_iran_in_the_seed_article() {
    let (_d, store) = ingested_seed();
    let v = json(
        &store,
        &["who-said", "--about", "Iran", "--officials", "--json"],
    );
    assert_eq!(names(&v), ["John Kerry", "John Kirby"]);
    let kirby = v
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "John Kirby")
        .unwrap();
    assert_eq!(kirby["role"], "spokesman (Pentagon)");
    // Every statement carries its provenance back to the sentence.
    let text = std::fs::read_to_string(seed()).unwrap();
    for s in kirby["statements"].as_array().unwrap() {
        let (a, b) = (
            s["content_span"]["start"].as_u64().unwrap() as usize,
            s["content_span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], s["content"].as_str().unwrap());
        assert!(s["origin"]
            .as_str()
            .unwrap()
            .ends_with("pentagon-iran-iraq-2014-06-16.txt"));
        assert_eq!(s["date"], "2014-06-16");
    }
    // Obama spoke about Iraq, not Iran; without --officials the Pentagon itself appears.
    let all = json(&store, &["who-said", "--about", "Iran", "--json"]);
    assert_eq!(names(&all), ["John Kerry", "John Kirby", "Pentagon"]);
    let iraq = json(
        &store,
        &["who-said", "--about", "Iraq", "--officials", "--json"],
    );
    assert!(names(&iraq).contains(&"Barack Obama".to_owned()));
}

#[test]
fn any_alias_finds_the_actor() {
    let (_d, store) = ingested_seed();
    let by_name = json(
        &store,
        &["who-said", "--about", "Iran", "--officials", "--json"],
    );
    let by_capital = json(
        &store,
        &["who-said", "--about", "Tehran", "--officials", "--json"],
    );
    assert_eq!(by_name, by_capital);
    let us = json(&store, &["actor", "U.S.", "--json"]);
    let aliases = us[0]["actor"]["aliases"].as_array().unwrap();
    assert!(aliases.iter().any(|a| a == "Washington"), "{aliases:?}");
}

#[test]
fn human_output_lists_speakers_roles_and_sources() {
    let (_d, store) = ingested_seed();
    whosaid(&store)
        .args(["who-said", "--about", "Iran", "--officials"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "John Kirby (person, spokesman (Pentagon)): 4 statements",
        ))
        .stdout(predicates::str::contains(
            "John Kerry (person, Secretary of State (United States)): 1 statement",
        ))
        .stdout(predicates::str::contains(
            "pentagon-iran-iraq-2014-06-16.txt (2014-06-16) bytes",
        ))
        .stdout(predicates::str::contains("Obama").not());
}

#[test]
fn extract_json_resolves_speakers_with_byte_offsets() {
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["extract", "--json"])
        .arg(seed())
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = std::fs::read_to_string(seed()).unwrap();
    let st = v["statements"].as_array().unwrap();
    for s in st {
        let c = &s["content"];
        let (a, b) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[a..b],
            c["text"].as_str().unwrap(),
            "offsets are bytes into the text as read"
        );
    }
    let find = |prefix: &str| {
        st.iter()
            .find(|s| s["content"]["text"].as_str().unwrap().starts_with(prefix))
            .unwrap_or_else(|| panic!("no statement {prefix:?}"))
    };
    let he = find("But there is absolutely no intention");
    assert_eq!(he["speaker"]["name"], "John Kirby");
    assert_eq!(he["speaker"]["mention"]["text"], "he");
    assert_eq!(he["kind"], "direct");
    assert_eq!(
        find("It’s possible that on the sidelines")["speaker"]["name"],
        "John Kirby"
    );
    assert_eq!(
        find("I wouldn’t rule out anything")["speaker"]["name"],
        "John Kerry"
    );
    let kerry_about: Vec<&str> = find("I wouldn’t rule out anything")["about"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert!(
        kerry_about.contains(&"Iran"),
        "framed by the question about Tehran: {kerry_about:?}"
    );
    let obama = find("the United States would consider military options");
    assert_eq!(obama["speaker"]["name"], "Barack Obama");
    assert_eq!(obama["kind"], "indirect");
    assert!(!obama["about"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["name"] == "Iran"));
    assert_eq!(
        find("U.S. officials may hold discussions")["speaker"]["name"],
        "Pentagon"
    );
    assert_eq!(find("existential threat")["kind"], "mixed");
    assert_eq!(
        find("there were no plans for military-to-military")["speaker"]["name"],
        "John Kirby"
    );
    // Nothing from the byline or the republisher's disclaimer.
    assert!(!st.iter().any(|s| s["content"]["text"]
        .as_str()
        .unwrap()
        .contains("not responsible")));
    // Roles and relations.
    let rel = |p: &str| {
        v["relations"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["predicate"] == p)
            .cloned()
            .collect::<Vec<_>>()
    };
    assert!(rel("talks-with")
        .iter()
        .any(|r| r["source"]["name"] == "United States"
            && r["target"]["name"] == "Iran"
            && r["modality"] == "possible"));
    assert!(rel("coordinates-military-with")
        .iter()
        .any(|r| r["polarity"] == "negative"));
    let kirby = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "John Kirby")
        .unwrap();
    assert!(kirby["roles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["title"] == "spokesman" && r["of"]["name"] == "Pentagon"));
    assert_eq!(kirby["official"], true);
}

#[test]
fn graph_shows_roles_possible_talks_and_negated_coordination() {
    let (_d, store) = ingested_seed();
    let out = whosaid(&store).args(["graph"]).output().unwrap();
    assert!(out.status.success());
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.starts_with("digraph {"), "{dot}");
    let node = |name: &str| {
        let line = dot
            .lines()
            .find(|l| l.contains(&format!("label=\"{name}")))
            .unwrap_or_else(|| panic!("no node {name}"));
        line.split_whitespace().next().unwrap().to_owned()
    };
    let (kirby, pentagon, us, iran) = (
        node("John Kirby"),
        node("Pentagon"),
        node("United States"),
        node("Iran"),
    );
    let edge = |a: &str, b: &str, label: &str| {
        dot.lines()
            .any(|l| l.contains(&format!("{a} -> {b} ")) && l.contains(label))
    };
    assert!(edge(&kirby, &pentagon, "label=\"spokesman-of\""), "{dot}");
    assert!(edge(&us, &iran, "talks-with (possible)"), "{dot}");
    let negated = dot
        .lines()
        .find(|l| {
            l.contains(&format!("{us} -> {iran} ")) && l.contains("not coordinates-military-with")
        })
        .expect("negated edge");
    assert!(negated.contains("style=\"dashed\""), "{negated}");
    // Kirby's node is drawn as a person, the Pentagon as an organization.
    assert!(dot
        .lines()
        .any(|l| l.trim_start().starts_with(&format!("{kirby} ")) && l.contains("shape=ellipse")));
    assert!(dot
        .lines()
        .any(|l| l.trim_start().starts_with(&format!("{pentagon} ")) && l.contains("shape=box")));
}

#[test]
fn graph_around_an_actor_keeps_its_neighbourhood() {
    let (_dir, store) = ingested_all();
    let around = whosaid(&store)
        .args(["graph", "--around", "Kirby", "--depth", "1"])
        .output()
        .unwrap();
    let dot = String::from_utf8(around.stdout).unwrap();
    assert!(dot.contains("John Kirby") && dot.contains("Pentagon"));
    assert!(
        !dot.contains("North Korea"),
        "unrelated actors are left out"
    );
    let whole = String::from_utf8(whosaid(&store).arg("graph").output().unwrap().stdout).unwrap();
    assert!(whole.contains("North Korea"));
}

#[test]
fn svg_uses_graphviz_or_says_how_to_install_it() {
    let (d, store) = ingested_seed();
    let svg = d.path().join("g.svg");
    let out = whosaid(&store)
        .args(["graph", "--format", "svg", "-o"])
        .arg(&svg)
        .output()
        .unwrap();
    let has_dot = std::process::Command::new("dot").arg("-V").output().is_ok();
    if has_dot {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let s = std::fs::read_to_string(&svg).unwrap();
        assert!(s.contains("<svg") && s.contains("John Kirby"));
    } else {
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("apt-get install graphviz"));
        assert!(!svg.exists());
    }
}

#[test]
fn ingesting_the_same_article_twice_adds_no_events() {
    let (_d, store) = ingested_seed();
    let before = json(&store, &["stats", "--json"]);
    whosaid(&store)
        .arg("ingest")
        .arg(seed())
        .assert()
        .success()
        .stdout(predicates::str::contains("0 stored, 1 unchanged"));
    // The same text through another door (standard input) is the same document.
    whosaid(&store)
        .args(["ingest", "-"])
        .write_stdin(std::fs::read(seed()).unwrap())
        .assert()
        .success()
        .stdout(predicates::str::contains("0 stored, 1 unchanged"));
    assert_eq!(before, json(&store, &["stats", "--json"]));
}

#[test]
fn replay_is_repeatable_and_as_of_excludes_later_articles() {
    let (_d, store) = ingested_seed();
    let seed_events = json(&store, &["stats", "--json"])["events"]
        .as_u64()
        .unwrap();
    whosaid(&store)
        .arg("ingest")
        .arg(wikinews())
        .assert()
        .success();
    let latest = json(&store, &["replay", "--json"]);
    assert_eq!(
        latest["stats"],
        json(&store, &["replay", "--json"])["stats"],
        "same log, same graph"
    );
    let before = json(
        &store,
        &[
            "replay",
            "--as-of",
            &(seed_events - 1).to_string(),
            "--json",
        ],
    );
    assert_eq!(before["stats"]["documents"], 1);
    assert!(latest["stats"]["documents"].as_u64().unwrap() > 1);
    // North Korea is only in a Wikinews article, ingested second.
    let nk_now = json(&store, &["who-said", "--about", "North Korea", "--json"]);
    assert!(!nk_now.as_array().unwrap().is_empty());
    let nk_then = json(
        &store,
        &[
            "who-said",
            "--about",
            "North Korea",
            "--as-of",
            &(seed_events - 1).to_string(),
            "--json",
        ],
    );
    assert_eq!(nk_then, Value::Array(vec![]));
    // Before the store existed, nothing; today, everything.
    assert_eq!(
        json(&store, &["replay", "--as-of", "2000-01-01", "--json"])["stats"]["events"],
        0
    );
    let today = whosaid_model::Date::from_unix_ms(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64,
    );
    assert_eq!(
        json(&store, &["replay", "--as-of", &today.to_string(), "--json"])["stats"],
        latest["stats"]
    );
}

#[test]
fn date_range_filters_by_document_date() {
    let (_dir, store) = ingested_all();
    let in_2014 = json(
        &store,
        &[
            "statements",
            "--since",
            "2014-01-01",
            "--until",
            "2014-12-31",
            "--json",
        ],
    );
    assert!(!in_2014.as_array().unwrap().is_empty());
    assert!(in_2014
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["date"].as_str().unwrap().starts_with("2014")));
    let none = json(
        &store,
        &[
            "who-said",
            "--about",
            "Iran",
            "--until",
            "2010-01-01",
            "--json",
        ],
    );
    assert_eq!(none, Value::Array(vec![]));
    whosaid(&store)
        .args(["who-said", "--about", "Iran", "--since", "June"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--since \"June\" is not a date"));
}

#[test]
fn bad_input_is_named_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(inputs.join("empty.txt"), "  \n\n").unwrap();
    std::fs::write(inputs.join("binary.txt"), b"GIF89a\0\0\x01").unwrap();
    std::fs::write(inputs.join("latin1.txt"), b"Caf\xe9 said it was fine.").unwrap();
    std::fs::write(inputs.join("broken.jsonl"), "{\"id\":\"a\",\"text\":\"Officials said the talks would go on.\"}\n{not json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"The minister said prices would rise.\",\"date\":\"soon\"}\n").unwrap();
    std::fs::copy(seed(), inputs.join("seed.txt")).unwrap();
    let out = whosaid(&store)
        .arg("ingest")
        .arg(&inputs)
        .arg(dir.path().join("missing.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "some input rejected");
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "empty.txt: empty article",
        "binary.txt: binary file",
        "latin1.txt: not valid UTF-8 (first bad byte at offset 3)",
        "broken.jsonl:2: invalid JSON",
        "broken.jsonl:3: missing field `text`",
        "broken.jsonl:4: field `date` \"soon\" is not a date",
        "missing.txt: no such file or directory",
    ] {
        assert!(err.contains(needle), "stderr lacks {needle:?}:\n{err}");
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("2 stored, 0 unchanged, 7 rejected"),
        "{stdout}"
    );
    assert_eq!(json(&store, &["stats", "--json"])["documents"], 2);
}

#[test]
fn articles_over_the_size_limit_are_rejected_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "word ".repeat(400)).unwrap();
    whosaid(&dir.path().join("db"))
        .args(["ingest", "--max-article-bytes", "1000"])
        .arg(&big)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "big.txt: article is 2000 bytes, larger than the limit of 1000 bytes",
        ));
}

#[test]
fn a_second_process_gets_store_in_use() {
    let (_d, store) = ingested_seed();
    let _held = whosaid_store::Store::open(&store).unwrap();
    whosaid(&store)
        .args(["who-said", "--about", "Iran"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "store is in use by another whosaid process",
        ));
}

#[test]
fn queries_on_a_missing_store_say_how_to_create_one() {
    let dir = tempfile::tempdir().unwrap();
    whosaid(&dir.path().join("nope.db"))
        .args(["stats"])
        .assert()
        .code(2)
        .stderr(
            predicates::str::contains("no store at")
                .and(predicates::str::contains("whosaid ingest")),
        );
}

#[test]
fn unknown_names_give_hints_not_errors() {
    let (_d, store) = ingested_seed();
    whosaid(&store)
        .args(["who-said", "--about", "Kir", "--json"])
        .assert()
        .success()
        .stdout("[]\n")
        .stderr(predicates::str::contains("did you mean: John Kirby"));
}

#[test]
fn log_is_json_lines_with_envelopes() {
    let (_d, store) = ingested_seed();
    let out = whosaid(&store).args(["log", "--json"]).output().unwrap();
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["seq"], 0);
    assert_eq!(lines[0]["schema"], 1);
    assert!(lines[0]["event"]["DocumentIngested"].is_object());
    assert!(lines[1]["event"]["DocumentExtracted"]["extractor"]["name"] == "whosaid-extract");
    assert!(lines
        .windows(2)
        .all(|w| w[1]["seq"].as_u64() == w[0]["seq"].as_u64().map(|s| s + 1)));
    let from = whosaid(&store)
        .args(["log", "--from", "5"])
        .output()
        .unwrap();
    assert!(String::from_utf8(from.stdout)
        .unwrap()
        .trim_start()
        .starts_with("5 "));
}

#[test]
fn help_carries_worked_examples() {
    Command::cargo_bin("whosaid")
        .unwrap()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "whosaid who-said --about Iran --officials",
        ));
    Command::cargo_bin("whosaid")
        .unwrap()
        .args(["graph", "--help"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Example: whosaid graph"));
    for sub in [
        "ingest",
        "extract",
        "who-said",
        "statements",
        "actor",
        "relations",
        "graph",
        "replay",
        "log",
        "eval",
        "export",
        "completions",
        "man",
        "merge",
        "retract",
        "rename",
        "set-kind",
        "undo",
        "import-events",
        "reextract",
        "check",
        "stats",
    ] {
        Command::cargo_bin("whosaid")
            .unwrap()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicates::str::contains("Example: whosaid"));
    }
}

use predicates::prelude::PredicateBooleanExt;

#[test]
fn eval_scores_gold_with_character_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    // "é" and the curly quotes are multibyte: gold offsets count characters.
    let text = "Café owners met.\n\n\u{201c}We will stay open,\u{201d} Mayor Ann Lee said.";
    let chars: Vec<char> = text.chars().collect();
    let pos = |needle: &str| {
        let n: Vec<char> = needle.chars().collect();
        (0..chars.len())
            .find(|&i| chars[i..].starts_with(&n))
            .unwrap()
    };
    let (q, sp) = (pos("We will stay open"), pos("Mayor Ann Lee"));
    let line = serde_json::json!({"id": "t1", "text": text, "quotes": [
        {"quote": "We will stay open", "quote_span": [q, q + 17], "speaker": "Mayor Ann Lee", "speaker_span": [sp, sp + 13], "verb": "said", "reference": "Ann Lee", "direct": true}
    ]});
    std::fs::write(&gold, format!("{line}\n{{broken\n")).unwrap();
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .arg("eval")
        .arg(&gold)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "the broken line is rejected, the rest scored"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("gold.jsonl:2"));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["gold"], 1);
    assert_eq!(v["at"][0]["recall"], 1.0);
    assert_eq!(v["at"][0]["precision"], 1.0);
    assert_eq!(v["direct_speaker_mention_accuracy"], 1.0);
    assert_eq!(v["resolved_name_accuracy"], 1.0);
}

#[test]
fn eval_joins_standoff_gold_to_its_texts_by_id_and_rejects_other_texts() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Talks ended.\n\n\"We will stay open,\" Mayor Ann Lee said.";
    let q = text.find("\"We").unwrap();
    let sp = text.find("Mayor").unwrap();
    let standoff = |id: &str, annotated: &str| {
        serde_json::json!({"id": id, "document": whosaid_model::DocumentId::for_text(annotated).as_str(), "quotes": [
            {"quote_span": [q, q + 20], "speaker_span": [sp, sp + 13], "speaker": "Mayor Ann Lee", "reference": "Ann Lee", "direct": true}
        ]})
    };
    let gold = dir.path().join("standoff.jsonl");
    // a2's text was edited after it was annotated.
    std::fs::write(
        &gold,
        format!("{}\n{}\n", standoff("a1", text), standoff("a2", text)),
    )
    .unwrap();
    let texts = dir.path().join("articles.jsonl");
    std::fs::write(
        &texts,
        format!(
            "{}\n{}\n",
            serde_json::json!({"id": "a1", "title": "Talks", "text": text}),
            serde_json::json!({"id": "a2", "text": text.replace("open", "shut")}),
        ),
    )
    .unwrap();
    let run = |args: &[&std::ffi::OsStr]| {
        Command::cargo_bin("whosaid")
            .unwrap()
            .arg("eval")
            .args(args)
            .arg("--json")
            .output()
            .unwrap()
    };

    let alone = run(&[gold.as_os_str()]);
    assert_eq!(alone.status.code(), Some(1));
    let err = String::from_utf8_lossy(&alone.stderr);
    assert!(
        err.contains("standoff.jsonl:1") && err.contains("--texts"),
        "{err}"
    );

    let joined = run(&[gold.as_os_str(), "--texts".as_ref(), texts.as_os_str()]);
    assert_eq!(joined.status.code(), Some(1), "a2 is rejected");
    let err = String::from_utf8_lossy(&joined.stderr);
    assert!(
        err.contains("standoff.jsonl:2") && err.contains("not the one annotated"),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&joined.stdout).unwrap();
    assert_eq!(v["documents"], 1);
    assert_eq!(v["at"][0]["recall"], 1.0);
    assert_eq!(v["resolved_name_accuracy"], 1.0);

    let missing = run(&[
        gold.as_os_str(),
        "--texts".as_ref(),
        dir.path().join("nowhere.jsonl").as_os_str(),
    ]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nowhere.jsonl"));
}

/// Regression: roles with the same title and count but different organizations were
/// ordered by HashMap iteration, so two replays of one log could differ.
#[test]
fn replay_digest_is_the_same_in_every_process() {
    let (_d, store) = ingested_all();
    let digests: std::collections::BTreeSet<String> = (0..6)
        .map(|_| {
            json(&store, &["replay", "--json"])["digest"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(digests.len(), 1, "{digests:?}");
}

#[test]
fn check_reports_a_sound_store() {
    let (_d, store) = ingested_all();
    whosaid(&store)
        .arg("check")
        .assert()
        .success()
        .stdout(predicates::str::contains("no problems"));
    let v = json(&store, &["check", "--json"]);
    assert_eq!(v["problems"], Value::Array(vec![]));
    assert_eq!(v["documents"], 6);
    // It also says what state the projection snapshot is in.
    assert_eq!(
        v["snapshot"],
        "none yet; the next query rebuilds it from the log"
    );
    whosaid(&store).arg("replay").assert().success();
    let v = json(&store, &["check", "--json"]);
    let last = v["events"].as_u64().unwrap() - 1;
    assert_eq!(
        v["snapshot"],
        format!("at event {last}, valid; 0 events after it")
    );
}

#[test]
fn symlink_loops_and_oversized_articles_are_named_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(inputs.join("sub")).unwrap();
    std::os::unix::fs::symlink(&inputs, inputs.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(inputs.join("nowhere.txt"), inputs.join("dangling.txt")).unwrap();
    std::fs::copy(seed(), inputs.join("sub/seed.txt")).unwrap();
    // Larger than the default 8 MiB limit.
    std::fs::write(
        inputs.join("huge.txt"),
        "Officials said talks went on. ".repeat(300_000),
    )
    .unwrap();
    let out = whosaid(&dir.path().join("db"))
        .arg("ingest")
        .arg(&inputs)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("loop: directory already visited (symbolic link loop)"),
        "{err}"
    );
    assert!(err.contains("dangling.txt: broken symbolic link"), "{err}");
    assert!(
        err.contains("huge.txt: article is 9000000 bytes, larger than the limit of 8388608 bytes"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 stored, 0 unchanged, 3 rejected"));
}

#[test]
fn curation_is_events_that_replay_and_can_be_undone() {
    let (_d, store) = ingested_seed();
    let events = |store: &Path| {
        json(store, &["stats", "--json"])["events"]
            .as_u64()
            .unwrap()
    };
    let before = events(&store);
    let kirby_statements = |store: &Path| -> Vec<Value> {
        json(store, &["statements", "--by", "Kirby", "--json"])
            .as_array()
            .unwrap()
            .clone()
    };
    let all = kirby_statements(&store);
    let first_id = all[0]["id"].as_str().unwrap().to_owned();

    // Retract one of Kirby's statements: it leaves the answers, and the log says why.
    whosaid(&store)
        .args(["retract", &first_id, "--reason", "test retraction"])
        .assert()
        .success()
        .stdout(predicates::str::contains("StatementRetracted"));
    let retract_seq = before;
    assert_eq!(kirby_statements(&store).len(), all.len() - 1);
    assert_eq!(events(&store), before + 1);

    // Rename and re-kind the Pentagon; old names still find it.
    whosaid(&store)
        .args([
            "rename",
            "Pentagon",
            "U.S. Department of Defense",
            "--reason",
            "official name",
        ])
        .assert()
        .success();
    let dod = json(&store, &["actor", "Pentagon", "--json"]);
    assert_eq!(dod[0]["actor"]["name"], "U.S. Department of Defense");
    whosaid(&store)
        .args(["set-kind", "Pentagon", "group", "--reason", "test"])
        .assert()
        .success();
    assert_eq!(
        json(&store, &["actor", "Pentagon", "--json"])[0]["actor"]["kind"],
        "group"
    );

    // Merge Kerry into Kirby (wrong on purpose), then undo it.
    whosaid(&store)
        .args(["merge", "Kerry", "John Kirby", "--reason", "test merge"])
        .assert()
        .success();
    let merged = json(
        &store,
        &["who-said", "--about", "Iran", "--officials", "--json"],
    );
    assert_eq!(names(&merged), ["John Kirby"]);
    let merge_seq = events(&store) - 1;
    whosaid(&store)
        .args(["undo", &merge_seq.to_string(), "--reason", "wrong merge"])
        .assert()
        .success();
    assert_eq!(iran_officials(&store), ["John Kerry", "John Kirby"]);

    // Undoing the retraction brings the statement back.
    whosaid(&store)
        .args(["undo", &retract_seq.to_string(), "--reason", "it was right"])
        .assert()
        .success();
    assert_eq!(kirby_statements(&store).len(), all.len());

    // Refusals write nothing.
    let n = events(&store);
    whosaid(&store)
        .args(["merge", "Narnia", "Kirby", "--reason", "x"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no actor named \"Narnia\""));
    whosaid(&store)
        .args(["merge", "Kirby", "John Kirby", "--reason", "x"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("already the same actor"));
    whosaid(&store)
        .args(["retract", "nope", "--reason", "x"])
        .assert()
        .code(2);
    whosaid(&store)
        .args(["undo", "0", "--reason", "x"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a curation event"));
    whosaid(&store)
        .args(["undo", &merge_seq.to_string(), "--reason", "x"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("already undone"));
    whosaid(&store)
        .args(["rename", "Kirby", "x", "--reason", " "])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--reason must say why"));
    assert_eq!(events(&store), n);
    // The store is sound and the curation is visible in the log.
    whosaid(&store).arg("check").assert().success();
    let log = String::from_utf8(whosaid(&store).arg("log").output().unwrap().stdout).unwrap();
    for name in [
        "StatementRetracted",
        "ActorRenamed",
        "ActorKindSet",
        "ActorsMerged",
        "CurationReverted",
    ] {
        assert!(log.contains(name), "{name} missing from the log");
    }
}

/// An article whose names and quotes carry every character the export formats escape.
fn tricky_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let article = dir.path().join("tricky.txt");
    std::fs::write(
        &article,
        "Phone deal\n\n\u{201c}Prices <will> rise & \"stay\" high, C:\\\\path\\n too,\u{201d} AT&T spokesman Bob Jones said on Monday.\n",
    )
    .unwrap();
    whosaid(&store)
        .arg("ingest")
        .arg(seed())
        .arg(&article)
        .assert()
        .success();
    (dir, store)
}

#[test]
fn graphml_export_reads_back_with_an_xml_parser() {
    let (d, store) = tricky_store();
    let path = d.path().join("g.graphml");
    whosaid(&store)
        .args(["export", "--format", "graphml", "-o"])
        .arg(&path)
        .assert()
        .success();
    let xml = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed GraphML");
    let data = |node: roxmltree::Node, key: &str| {
        node.children()
            .find(|c| c.attribute("key") == Some(key))
            .and_then(|c| c.text())
            .unwrap_or("")
            .to_owned()
    };
    let nodes: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("node"))
        .collect();
    let kirby = nodes
        .iter()
        .find(|n| data(**n, "name") == "John Kirby")
        .expect("Kirby node");
    assert_eq!(data(*kirby, "official"), "true");
    assert_eq!(data(*kirby, "kind"), "person");
    assert!(data(*kirby, "roles").contains("spokesman of Pentagon"));
    assert_eq!(data(*kirby, "statements"), "4");
    assert!(
        nodes.iter().any(|n| data(*n, "name") == "AT&T"),
        "escaped & reads back"
    );
    let edges: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .collect();
    assert!(edges
        .iter()
        .any(|e| e.attribute("source") == Some("john-kirby")
            && e.attribute("target") == Some("pentagon")
            && data(*e, "label") == "spokesman-of"));
    assert!(edges
        .iter()
        .any(|e| data(*e, "label") == "coordinates-military-with"
            && data(*e, "polarity") == "negative"));
    let ids: std::collections::HashSet<&str> =
        nodes.iter().filter_map(|n| n.attribute("id")).collect();
    assert!(edges
        .iter()
        .all(|e| ids.contains(e.attribute("source").unwrap())
            && ids.contains(e.attribute("target").unwrap())));
}

#[test]
fn neo4j_csv_export_has_import_headers_and_consistent_ids() {
    let (d, store) = tricky_store();
    let dir = d.path().join("neo");
    whosaid(&store)
        .args(["export", "--format", "neo4j-csv"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("pass -o DIR"));
    whosaid(&store)
        .args(["export", "--format", "neo4j-csv", "-o"])
        .arg(&dir)
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "neo4j-admin database import full",
        ));
    let read = |f: &str| -> (Vec<String>, Vec<Vec<String>>) {
        let mut r = csv::Reader::from_path(dir.join(f)).unwrap();
        let headers = r.headers().unwrap().iter().map(String::from).collect();
        (
            headers,
            r.records()
                .map(|rec| rec.unwrap().iter().map(String::from).collect())
                .collect(),
        )
    };
    let (ah, actors) = read("actors.csv");
    assert_eq!(ah[0], "actorId:ID(Actor)");
    assert!(ah.contains(&":LABEL".to_owned()) && ah.contains(&"roles:string[]".to_owned()));
    let actor_ids: std::collections::HashSet<String> =
        actors.iter().map(|r| r[0].clone()).collect();
    let (sh, statements) = read("statements.csv");
    assert_eq!(sh[0], "statementId:ID(Statement)");
    let statement_ids: std::collections::HashSet<String> =
        statements.iter().map(|r| r[0].clone()).collect();
    for (file, start, end) in [
        ("relations.csv", &actor_ids, &actor_ids),
        ("said.csv", &actor_ids, &statement_ids),
        ("about.csv", &statement_ids, &actor_ids),
    ] {
        let (h, rows) = read(file);
        assert!(
            h[0].starts_with(":START_ID(") && h[1].starts_with(":END_ID(") && h[2] == ":TYPE",
            "{file}: {h:?}"
        );
        for r in rows {
            assert!(
                start.contains(&r[0]) && end.contains(&r[1]),
                "{file}: dangling id in {r:?}"
            );
        }
    }
    let tricky = statements
        .iter()
        .find(|r| r[2].contains("Prices"))
        .expect("tricky statement");
    assert_eq!(
        tricky[2],
        "Prices <will> rise & \"stay\" high, C:\\\\path\\n too"
    );
}

#[test]
fn statements_csv_and_events_jsonl_read_back() {
    let (d, store) = tricky_store();
    let out = whosaid(&store)
        .args(["export", "--format", "statements-csv"])
        .output()
        .unwrap();
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let expected = json(&store, &["statements", "--json"]);
    assert_eq!(rows.len(), expected.as_array().unwrap().len());
    let tricky = rows
        .iter()
        .find(|r| r[2] == *"Bob Jones")
        .expect("Bob Jones row");
    assert_eq!(
        &tricky[8],
        "Prices <will> rise & \"stay\" high, C:\\\\path\\n too"
    );
    assert_eq!(&tricky[4], "no", "a company spokesman is not an official");
    let kirby = rows.iter().find(|r| r[2] == *"John Kirby").unwrap();
    assert_eq!((&kirby[1], &kirby[4]), ("2014-06-16", "yes"));
    let path = d.path().join("events.jsonl");
    whosaid(&store)
        .args(["export", "--format", "events-jsonl", "-o"])
        .arg(&path)
        .assert()
        .success();
    let lines: Vec<Value> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len() as u64,
        json(&store, &["stats", "--json"])["events"]
            .as_u64()
            .unwrap()
    );
    assert!(lines.iter().enumerate().all(|(i, e)| e["seq"] == i as u64));
}

#[test]
fn completions_and_man_page_are_generated_from_the_cli() {
    for shell in ["bash", "zsh", "fish"] {
        let out = Command::cargo_bin("whosaid")
            .unwrap()
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("who-said") && text.contains("export"),
            "{shell}"
        );
    }
    let man = Command::cargo_bin("whosaid")
        .unwrap()
        .arg("man")
        .output()
        .unwrap();
    let man = String::from_utf8(man.stdout).unwrap();
    assert!(man.starts_with(".ie") && man.contains(".TH whosaid 1") && man.contains("who\\-said"));
}

#[test]
fn imported_extractions_supersede_and_reextract_restores() {
    let (d, store) = ingested_seed();
    // Another tool's extraction, in the shape `extract --json` prints.
    let mut x = {
        let out = Command::cargo_bin("whosaid")
            .unwrap()
            .args(["extract", "--json"])
            .arg(seed())
            .output()
            .unwrap();
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let kerry: Vec<Value> = x["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["speaker"]["name"] == "John Kerry")
        .cloned()
        .collect();
    x["statements"] = Value::Array(kerry);
    x["relations"] = Value::Array(vec![]);
    let text = std::fs::read_to_string(seed()).unwrap();
    let good = serde_json::json!({"document": {"text": text}, "extractor": {"name": "my-pipeline", "version": "2.0"},
        "statements": x["statements"], "actors": x["actors"], "relations": x["relations"]});
    let mut bad_span = good.clone();
    bad_span["statements"][0]["content"]["end"] = Value::from(999_999);
    let mut own_name = good.clone();
    own_name["extractor"]["name"] = Value::from("whosaid-extract");
    let file = d.path().join("import.jsonl");
    std::fs::write(
        &file,
        format!("{good}\n{bad_span}\n{own_name}\n{{\"document\":{{}}}}\n"),
    )
    .unwrap();
    let out = whosaid(&store)
        .arg("import-events")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("import.jsonl:2: statements[0].content: bytes")
            && err.contains("outside the text"),
        "{err}"
    );
    assert!(
        err.contains("import.jsonl:3: extractor: the name \"whosaid-extract\" is whosaid's own"),
        "{err}"
    );
    assert!(err.contains("import.jsonl:4:"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 imported, 3 rejected"));
    // The imported run is now the document's newest: only Kerry speaks.
    assert_eq!(
        names(&json(&store, &["who-said", "--about", "Iran", "--json"])),
        ["John Kerry"]
    );
    let st = json(&store, &["statements", "--json"]);
    assert!(st
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["extractor"]["name"] == "my-pipeline"));
    // Re-extraction makes whosaid's own run the newest again; history stays.
    whosaid(&store)
        .arg("reextract")
        .assert()
        .success()
        .stdout(predicates::str::contains("re-extracted 1 document"));
    assert_eq!(iran_officials(&store), ["John Kerry", "John Kirby"]);
    whosaid(&store)
        .arg("reextract")
        .assert()
        .success()
        .stdout(predicates::str::contains("re-extracted 0 documents"));
    let v = json(&store, &["check", "--json"]);
    assert_eq!(
        (
            v["problems"].as_array().unwrap().len(),
            v["extraction_runs"].as_u64()
        ),
        (0, Some(3))
    );
}

/// The import example in docs/FORMATS.md is valid input.
#[test]
fn the_documented_import_example_imports() {
    let doc = std::fs::read_to_string(root().join("docs/FORMATS.md")).unwrap();
    let section = &doc[doc.find("whosaid import-events FILE").unwrap()..];
    let start = section.find("```json\n").unwrap() + 8;
    let block = &section[start..start + section[start..].find("```").unwrap()];
    let value: Value = serde_json::from_str(block).expect("the example is JSON");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("example.jsonl");
    std::fs::write(&file, format!("{value}\n")).unwrap();
    let store = dir.path().join("db");
    whosaid(&store)
        .arg("import-events")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicates::str::contains("1 imported, 0 rejected"));
    let v = json(&store, &["statements", "--json"]);
    assert_eq!(v[0]["speaker_name"], "Ann Lee");
    assert_eq!(v[0]["cue"], "said");
    assert_eq!(
        json(&store, &["actor", "Ann Lee", "--json"])[0]["actor"]["official"],
        true
    );
}

#[test]
fn color_respects_no_color_and_pipes_get_no_progress_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let out = whosaid(&store).arg("ingest").arg(seed()).output().unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains('\r'),
        "no progress line when stderr is not a terminal"
    );
    let colored = whosaid(&store)
        .args(["who-said", "--about", "Iran"])
        .env("CLICOLOR_FORCE", "1")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&colored.stdout).contains("\x1b[1mJohn Kirby\x1b[0m"));
    let plain = whosaid(&store)
        .args(["who-said", "--about", "Iran"])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains('\x1b'));
    let piped = whosaid(&store)
        .args(["relations"])
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let text = String::from_utf8(piped.stdout).unwrap();
    assert!(!text.contains('\x1b'));
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .trim_start()
            .starts_with("source")
            && text.contains("not coordinates-military-with")
    );
}

/// Regression: `whosaid log --json | head -1` printed "Broken pipe" (serde_json wraps the
/// I/O error).
#[test]
fn a_closed_pipe_ends_quietly() {
    let (_d, store) = ingested_all();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .arg("--store")
        .arg(&store)
        .args(["log", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "exit {:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn queries_start_from_the_snapshot_and_survive_a_damaged_one() {
    let (_d, store) = ingested_seed();
    let out = whosaid(&store).arg("replay").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("snapshot   saved at event"), "{text}");
    let snap = store.join("projections/projection.snap");
    assert!(snap.exists());
    // Articles after the snapshot are in the answers (the tail is replayed): the same
    // answers, words and all, as from the whole log.
    whosaid(&store)
        .arg("ingest")
        .arg(wikinews())
        .assert()
        .success();
    let ask = ["who-said", "--about", "Iran", "--json"];
    let from_log = json(&store, &[&["--no-snapshot"], &ask[..]].concat());
    assert_eq!(json(&store, &ask), from_log);
    let before = iran_officials(&store);
    // A damaged snapshot is reported on stderr, and the answer comes from the log.
    let mut bytes = std::fs::read(&snap).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0xff;
    std::fs::write(&snap, &bytes).unwrap();
    let out = whosaid(&store)
        .args(["who-said", "--about", "Iran", "--officials", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("projection snapshot not used: corrupt: payload checksum mismatch"),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(names(&v), before);
    // Deleted, or ignored on request: the same answer.
    std::fs::remove_file(&snap).unwrap();
    assert_eq!(iran_officials(&store), before);
    let v = json(
        &store,
        &[
            "--no-snapshot",
            "who-said",
            "--about",
            "Iran",
            "--officials",
            "--json",
        ],
    );
    assert_eq!(names(&v), before);
}
