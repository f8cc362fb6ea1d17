//! Reading articles: plain-text files, directories (recursively), article JSONL and
//! standard input. Every problem is reported against its file (and line) and the rest
//! of the input goes on.

use serde::Deserialize;
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use whosaid_model::Date;

/// Largest article accepted, in bytes (protects memory; larger ones are rejected).
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// An article ready to ingest.
#[derive(Debug, Clone)]
pub struct Article {
    /// Where it was read: a path, `path:line`, or `-`.
    pub origin: String,
    /// The text exactly as read.
    pub text: String,
    /// Source-given id.
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
    /// Publisher.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
}

/// An input that could not be read as an article.
#[derive(Debug, Clone)]
pub struct Rejected {
    /// The file (and line).
    pub origin: String,
    /// What is wrong.
    pub reason: String,
}

/// One item of input: an article or a rejection.
pub type Item = Result<Article, Rejected>;

#[derive(Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    title: Option<String>,
    text: Option<serde_json::Value>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

fn reject(origin: impl Into<String>, reason: impl Into<String>) -> Rejected {
    Rejected {
        origin: origin.into(),
        reason: reason.into(),
    }
}

fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// Checks text read from a file: not empty, not binary, within the size limit, UTF-8.
pub fn check_text(origin: &str, bytes: Vec<u8>, max: usize) -> Result<String, Rejected> {
    if bytes.len() > max {
        return Err(reject(origin, format!("article is {} bytes, larger than the limit of {max} bytes (raise it with --max-article-bytes)", bytes.len())));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(reject(origin, "empty article (no text)"));
    }
    if bytes.contains(&0) {
        return Err(reject(
            origin,
            "binary file (contains NUL bytes), not an article",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        reject(
            origin,
            format!(
                "not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// A plain-text article: the file name may carry an ISO date.
fn text_article(origin: String, text: String, path: Option<&Path>) -> Article {
    let paras = whosaid_extract::text::paragraphs(&text, None);
    let title = paras
        .first()
        .filter(|p| p.kind == whosaid_extract::text::ParaKind::Title)
        .map(|p| text[p.start..p.end].trim().to_owned());
    let date = path
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
        .and_then(Date::find_iso);
    Article {
        origin,
        text,
        id: None,
        title,
        date,
        source: None,
        url: None,
    }
}

/// Parses one JSONL line into an article.
pub fn json_article(origin: &str, line: &str, max: usize) -> Result<Article, Rejected> {
    if line.len() > max {
        return Err(reject(
            origin,
            format!(
                "line is {} bytes, larger than the limit of {max} bytes",
                line.len()
            ),
        ));
    }
    let a: JsonArticle =
        serde_json::from_str(line).map_err(|e| reject(origin, format!("invalid JSON: {e}")))?;
    let text = match a.text {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return Err(reject(origin, "field `text` must be a string")),
        None => return Err(reject(origin, "missing field `text`")),
    };
    if text.trim().is_empty() {
        return Err(reject(origin, "field `text` is empty"));
    }
    if text.contains('\0') {
        return Err(reject(origin, "field `text` contains NUL characters"));
    }
    let id = match a.id {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(_) => return Err(reject(origin, "field `id` must be a string or number")),
    };
    let date = match a.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(Date::parse(d).ok_or_else(|| {
            reject(
                origin,
                format!("field `date` {d:?} is not a date (expected e.g. 2014-06-16)"),
            )
        })?),
    };
    Ok(Article {
        origin: origin.to_owned(),
        text,
        id,
        title: a.title,
        date,
        source: a.source,
        url: a.url,
    })
}

/// Reads all inputs named on the command line, calling `sink` for each item in order.
pub fn read_inputs(paths: &[PathBuf], max: usize, sink: &mut dyn FnMut(Item)) {
    let mut seen = HashSet::new();
    for p in paths {
        if p.as_os_str() == "-" {
            read_stdin(max, sink);
        } else {
            read_path(p, max, &mut seen, sink, true);
        }
    }
}

fn read_stdin(max: usize, sink: &mut dyn FnMut(Item)) {
    let mut bytes = Vec::new();
    let limit = max as u64 * 64;
    if let Err(e) = std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
    {
        sink(Err(reject("-", format!("cannot read standard input: {e}"))));
        return;
    }
    // JSONL on stdin when every non-empty line looks like a JSON object.
    let looks_jsonl = bytes.first() == Some(&b'{');
    if looks_jsonl {
        match String::from_utf8(bytes) {
            Ok(s) => {
                for (n, line) in s.lines().enumerate() {
                    if !line.trim().is_empty() {
                        sink(json_article(&format!("-:{}", n + 1), line, max));
                    }
                }
            }
            Err(e) => sink(Err(reject(
                "-",
                format!(
                    "not valid UTF-8 (first bad byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            ))),
        }
        return;
    }
    sink(check_text("-", bytes, max).map(|t| text_article("-".into(), t, None)));
}

fn read_path(
    p: &Path,
    max: usize,
    seen: &mut HashSet<PathBuf>,
    sink: &mut dyn FnMut(Item),
    top: bool,
) {
    let origin = p.display().to_string();
    let meta = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let what = if std::fs::symlink_metadata(p).is_ok() {
                "broken symbolic link"
            } else {
                "no such file or directory"
            };
            return sink(Err(reject(origin, what)));
        }
        Err(e) => return sink(Err(reject(origin, format!("cannot read: {e}")))),
    };
    if meta.is_dir() {
        let canon = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        if !seen.insert(canon) {
            if !top {
                sink(Err(reject(
                    origin,
                    "directory already visited (symbolic link loop), skipped",
                )));
            }
            return;
        }
        let entries = match std::fs::read_dir(p) {
            Ok(e) => e,
            Err(e) => return sink(Err(reject(origin, format!("cannot list directory: {e}")))),
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        for c in children {
            let hidden = c
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            let is_article = c.is_dir()
                || matches!(
                    c.extension().and_then(|e| e.to_str()),
                    Some("txt" | "md" | "text" | "jsonl" | "ndjson")
                );
            if !hidden && is_article {
                read_path(&c, max, seen, sink, false);
            }
        }
        return;
    }
    if is_jsonl(p) {
        let file = match std::fs::File::open(p) {
            Ok(f) => f,
            Err(e) => return sink(Err(reject(origin, format!("cannot open: {e}")))),
        };
        let mut reader = BufReader::new(file);
        let mut buf = Vec::new();
        let mut n = 0;
        loop {
            buf.clear();
            n += 1;
            // Bounded read: a line longer than the limit is skipped, not buffered whole.
            match (&mut reader)
                .take(max as u64 + 1)
                .read_until(b'\n', &mut buf)
            {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    sink(Err(reject(
                        format!("{origin}:{n}"),
                        format!("cannot read: {e}"),
                    )));
                    break;
                }
            }
            let line_origin = format!("{origin}:{n}");
            if buf.len() > max && !buf.ends_with(b"\n") {
                // Drain the rest of the over-long line.
                let mut rest = Vec::new();
                let _ = reader.read_until(b'\n', &mut rest);
                sink(Err(reject(
                    line_origin,
                    format!("line is longer than the limit of {max} bytes"),
                )));
                continue;
            }
            match std::str::from_utf8(&buf) {
                Ok(line) if line.trim().is_empty() => {}
                Ok(line) => sink(json_article(&line_origin, line.trim_end(), max)),
                Err(e) => sink(Err(reject(
                    line_origin,
                    format!(
                        "not valid UTF-8 (first bad byte at offset {})",
                        e.valid_up_to()
                    ),
                ))),
            }
        }
        return;
    }
    if meta.len() > max as u64 {
        return sink(Err(reject(origin, format!("article is {} bytes, larger than the limit of {max} bytes (raise it with --max-article-bytes)", meta.len()))));
    }
    match std::fs::read(p) {
        Ok(bytes) => {
            sink(check_text(&origin, bytes, max).map(|t| text_article(origin.clone(), t, Some(p))))
        }
        Err(e) => sink(Err(reject(origin, format!("cannot read: {e}")))),
    }
}
