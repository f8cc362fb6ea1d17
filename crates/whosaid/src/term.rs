//! Terminal niceties: colour that respects `NO_COLOR` (and `CLICOLOR_FORCE` for pipes),
//! a progress line for long ingests on a terminal, and aligned tables.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Whether standard output should be coloured.
pub fn color_stdout() -> bool {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0") {
        return true;
    }
    std::io::stdout().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// ANSI styling, or plain text when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Style(pub bool);

impl Style {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }

    /// Bold.
    pub fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }

    /// Dim (for provenance lines).
    pub fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }

    /// Red (negated relations).
    pub fn red(self, s: &str) -> String {
        self.wrap("31", s)
    }

    /// Cyan (roles).
    pub fn cyan(self, s: &str) -> String {
        self.wrap("36", s)
    }
}

/// A progress line on standard error, redrawn at most five times a second, shown only
/// when standard error is a terminal.
pub struct Progress {
    on: bool,
    started: Instant,
    last: Instant,
}

impl Progress {
    /// A progress line, if standard error is a terminal.
    pub fn new() -> Self {
        let now = Instant::now();
        Self {
            on: std::io::stderr().is_terminal(),
            started: now,
            last: now,
        }
    }

    /// Redraws the line with the counts so far.
    pub fn update(
        &mut self,
        read: usize,
        stored: usize,
        unchanged: usize,
        rejected: usize,
        bytes: u64,
    ) {
        if !self.on || self.last.elapsed() < Duration::from_millis(200) {
            return;
        }
        self.last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        eprint!(
            "\r\x1b[2Kingesting: {read} articles ({:.0}/s, {:.1} MB/s), {stored} stored, {unchanged} unchanged, {rejected} rejected",
            read as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
    }

    /// Clears the line.
    pub fn finish(&self) {
        if self.on {
            eprint!("\r\x1b[2K");
        }
    }
}

/// Formats rows as columns aligned on the widest cell (in characters).
pub fn table(rows: &[Vec<String>]) -> Vec<String> {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    rows.iter()
        .map(|r| {
            let mut line = String::new();
            for (c, cell) in r.iter().enumerate() {
                line.push_str(cell);
                if c + 1 < r.len() {
                    line.push_str(&" ".repeat(widths[c] - cell.chars().count() + 2));
                }
            }
            line
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_on_characters() {
        let rows = vec![
            vec!["a".into(), "bé".into(), "c".into()],
            vec!["long one".into(), "x".into(), "y".into()],
        ];
        assert_eq!(table(&rows), ["a         bé  c", "long one  x   y"]);
    }

    #[test]
    fn plain_style_adds_nothing() {
        assert_eq!(Style(false).bold("x"), "x");
        assert_eq!(Style(true).bold("x"), "\x1b[1mx\x1b[0m");
    }
}
