//! Article structure, tokens and sentences. Every position is a UTF-8 byte offset into
//! the text exactly as given: nothing is normalised in place.

/// What a paragraph is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaKind {
    /// The headline.
    Title,
    /// A photo caption.
    Caption,
    /// A date line or similar metadata.
    Meta,
    /// Article body.
    Body,
    /// "By Reuters", "Reporting by ...".
    Byline,
    /// A republisher's disclaimer, "Read more", copyright lines.
    Boilerplate,
}

/// A paragraph: a run of text between blank lines, or one unwrapped line.
#[derive(Debug, Clone)]
pub struct Para {
    /// First byte of the paragraph's content (after any dateline).
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Its role in the article.
    pub kind: ParaKind,
}

/// Whether a character separates words (including non-breaking and thin spaces).
pub fn is_space(c: char) -> bool {
    // (ASCII first: nearly every character asked is.)
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r');
    }
    c.is_whitespace()
        || matches!(
            c,
            '\u{00a0}' | '\u{2009}' | '\u{202f}' | '\u{200b}' | '\u{feff}'
        )
}

/// A line longer than this (in characters) is not hard-wrapped text.
const UNWRAPPED_LINE: usize = 100;

/// Splits text into paragraphs at blank lines (and at line breaks in a block whose
/// lines are not hard-wrapped) and classifies them.
pub fn paragraphs(text: &str, title_hint: Option<&str>) -> Vec<Para> {
    let mut raw: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_nonblank_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.chars().all(is_space);
        if blank {
            if let Some(s) = start.take() {
                raw.push((s, last_nonblank_end));
            }
        } else {
            let lead = line.len() - line.trim_start_matches(is_space).len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            last_nonblank_end = pos + line.trim_end_matches(is_space).len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        raw.push((s, last_nonblank_end));
    }
    // A block whose lines are longer than any hard wrap puts one paragraph on each line
    // (web copy often separates paragraphs by a single line break); a hard-wrapped block
    // is one paragraph.
    let raw: Vec<(usize, usize)> = raw
        .into_iter()
        .flat_map(|(s, e)| {
            let block = &text[s..e];
            let unwrapped = block.contains('\n')
                && block
                    .split('\n')
                    .any(|l| l.len() > UNWRAPPED_LINE && l.chars().count() > UNWRAPPED_LINE);
            let mut out = Vec::new();
            if unwrapped {
                let mut pos = s;
                for line in block.split('\n') {
                    let lead = line.len() - line.trim_start_matches(is_space).len();
                    let body = line.trim_matches(is_space);
                    if !body.is_empty() {
                        out.push((pos + lead, pos + lead + body.len()));
                    }
                    pos += line.len() + 1;
                }
            } else {
                out.push((s, e));
            }
            out
        })
        .collect();
    let n = raw.len();
    let mut paras: Vec<Para> = raw
        .iter()
        .map(|&(s, e)| Para {
            start: s,
            end: e,
            kind: ParaKind::Body,
        })
        .collect();
    // Headline: the first paragraph when it is short and unterminated, or equals the
    // title given by metadata.
    if n > 1 {
        let first = &text[paras[0].start..paras[0].end];
        // The title as given, perhaps without the full stop the text puts after it.
        let bare = |s: &str| norm_ws(s).trim_end_matches('.').to_owned();
        let hinted = title_hint.is_some_and(|t| bare(t) == bare(first));
        let unterminated = !first.trim_end().ends_with(['.', '?', '!', '"', '\u{201d}']);
        if hinted
            || (unterminated && !first.contains('\n') && first.split_whitespace().count() <= 25)
        {
            paras[0].kind = ParaKind::Title;
        }
    }
    let datelines: Vec<Option<usize>> = paras
        .iter()
        .map(|p| dateline_len(&text[p.start..p.end]))
        .collect();
    let dateline_at = datelines.iter().position(Option::is_some);
    let mut after_sources = false;
    for (i, p) in paras.iter_mut().enumerate() {
        let t = &text[p.start..p.end];
        if p.kind == ParaKind::Title {
            continue;
        }
        // A "Sources" heading starts the list of cited articles: their titles are not
        // statements.
        if after_sources || is_boilerplate(t) {
            after_sources |= is_sources_heading(t);
            p.kind = ParaKind::Boilerplate;
        } else if is_credited_media(t) {
            p.kind = ParaKind::Caption;
        } else if is_byline(t) {
            p.kind = ParaKind::Byline;
        } else if is_date_line(t) {
            p.kind = ParaKind::Meta;
        } else if dateline_at.is_some_and(|d| i < d) && i <= 2 && !t.contains(['"', '\u{201c}']) {
            // Between the headline and the dateline: a photo caption.
            p.kind = ParaKind::Caption;
        } else if let Some(skip) = datelines[i] {
            p.start += skip;
        }
    }
    paras
}

fn norm_ws(s: &str) -> String {
    s.split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Length in bytes of a wire-service dateline at the start of a paragraph:
/// `(Reuters) – `, `WASHINGTON (Reuters) - `, `SALVADOR, Feb 26 - `.
fn dateline_len(t: &str) -> Option<usize> {
    let head: &str = {
        let mut end = t.len().min(80);
        while !t.is_char_boundary(end) {
            end -= 1;
        }
        &t[..end]
    };
    // The first dash after a space, by bytes (this runs for every paragraph): "-", or
    // the en or em dash's three bytes.
    let bytes = head.as_bytes();
    let dash = head.find([' ', '\u{a0}']).and(
        (1..bytes.len())
            .filter_map(|i| match bytes[i] {
                b'-' => Some((i, 1)),
                0xe2 if bytes[i + 1..].starts_with(&[0x80])
                    && matches!(bytes.get(i + 2), Some(0x93 | 0x94)) =>
                {
                    Some((i, 3))
                }
                _ => None,
            })
            .find(|&(i, _)| head[..i].ends_with(is_space))
            .map(|(i, n)| i + n),
    )?;
    let before = head[..dash]
        .trim_end_matches(['-', '\u{2013}', '\u{2014}'])
        .trim_end_matches(is_space);
    let agency = before.ends_with(')') && before.contains('(');
    let caps_place = {
        let first_part = before.split(',').next().unwrap_or("");
        first_part.len() >= 3
            && first_part
                .chars()
                .all(|c| c.is_uppercase() || is_space(c) || c == '.' || c == '\'')
    };
    if !(agency || caps_place) {
        return None;
    }
    let rest = &t[dash..];
    Some(dash + (rest.len() - rest.trim_start_matches(is_space).len()))
}

fn is_byline(t: &str) -> bool {
    (t.starts_with("By ")
        && t.split_whitespace().take(9).count() <= 8
        && !t.contains(['"', '\u{201c}']))
        || [
            "Reporting by",
            "Writing by",
            "Editing by",
            "Additional reporting by",
            "Compiled by",
        ]
        .iter()
        .any(|p| t.starts_with(p))
}

fn is_boilerplate(t: &str) -> bool {
    // Boilerplate is a line or two; a long paragraph is body text (and lowercasing and
    // searching every paragraph was a measurable share of extraction time).
    if t.len() > 600 {
        return false;
    }
    // The phrases are ASCII: ASCII lowering (byte-wise, fast) finds what Unicode lowering
    // would.
    let lower = t.to_ascii_lowercase();
    [
        "not responsible for the content",
        "all rights reserved",
        "read the rest",
        "click here",
        "follow us on",
        "copyright ©",
        "this story has been corrected",
    ]
    .iter()
    .any(|p| lower.contains(p))
        // (Signing up and related news are news as often: "are in discussions to sign up
        // for the new series", "Variety and other related news outlets"; a newsletter's
        // or a heading's only.)
        || (lower.contains("sign up for") && lower.contains("newsletter"))
        || (t.len() <= 40 && lower.contains("related news"))
        || is_sources_heading(t)
}

/// A "Sources" or "References" heading: the list of cited articles follows.
fn is_sources_heading(t: &str) -> bool {
    let t = t.trim();
    t.eq_ignore_ascii_case("sources") || t.eq_ignore_ascii_case("references")
}

/// A caption that ends with its picture's credit ("... Image: Nick Moreau.", "Video:
/// ...", "Audio: ...").
fn is_credited_media(t: &str) -> bool {
    if t.len() >= 400 {
        return false;
    }
    // The credit is at the end: only the last words are searched.
    let mut from = t.len().saturating_sub(80);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let tail = &t[from..];
    tail.contains(": ")
        && ["Image: ", "Photo: ", "Video: ", "Audio: "]
            .iter()
            .any(|c| {
                tail.rfind(c).is_some_and(|at| {
                    tail[at..].split_whitespace().count() <= 8 && !tail[at..].contains('"')
                })
            })
}

fn is_date_line(t: &str) -> bool {
    // Words are read lazily: this runs for every paragraph.
    let mut words = t
        .split(|c: char| is_space(c) || c == ',')
        .filter(|w| !w.is_empty());
    matches!(
        words.next(),
        Some("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
    ) && words.take(5).count() <= 4
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tk {
    /// A word (letters, digits, inner apostrophes, hyphens and abbreviation dots).
    Word,
    /// An opening double quotation mark.
    Open,
    /// A closing double quotation mark.
    Close,
    /// An opening single quotation mark.
    SOpen,
    /// A closing single quotation mark.
    SClose,
    /// A dash used as punctuation.
    Dash,
    /// Any other punctuation character (`.`, `,`, `:`, `;`, `(`...).
    Punct(char),
}

/// A token with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Tk,
    /// For a word, the reporting verb it is (looked up once here: the rules ask often).
    pub cue: Option<crate::lexicon::CueKind>,
}

impl Tok {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether it is the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Tk::Punct(c)
    }
}

/// Whether token `j` is a plural's possessive apostrophe standing alone after its word
/// ("Musicians' Union", "Bankers' Association").
pub fn plural_possessive_mark(toks: &[Tok], text: &str, j: usize) -> bool {
    toks[j].kind == Tk::SClose
        && j > 0
        && toks[j - 1].kind == Tk::Word
        && toks[j - 1].text(text).ends_with('s')
}

/// Abbreviations whose final period belongs to the word.
fn abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Adm"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Lt"
            | "Col"
            | "Sgt"
            | "Capt"
            | "Maj"
            | "Brig"
            | "Cmdr"
            | "Gens"
            | "St"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mt"
            | "Ft"
            | "vs"
            | "No"
            | "Nos"
            | "etc"
            | "approx"
            | "Pres"
            | "Amb"
            | "Rev"
            | "Fr"
            | "Hon"
            | "Dept"
            | "Univ"
            | "Ave"
    ) || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
        // ("U.S", "p.m"; not a decimal figure: "$42.09bn." ends its sentence.)
        || (word.len() >= 3 && word.contains('.') && !word.as_bytes()[0].is_ascii_digit())
}

/// Abbreviations that still end a sentence when a sentence plainly begins after them.
fn weak_abbreviation(word: &str) -> bool {
    word.contains('.') || matches!(word, "Inc" | "Corp" | "Co" | "Ltd" | "Jr" | "Sr" | "etc")
}

/// The character at byte `p` of `s`, if any (`p` on a character boundary).
#[inline]
fn char_at(s: &str, p: usize) -> Option<char> {
    match s.as_bytes().get(p) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s[p..].chars().next(),
        None => None,
    }
}

/// The character that ends just before byte `p` of `s`, if any.
#[inline]
fn char_before(s: &str, p: usize) -> Option<char> {
    match p.checked_sub(1).map(|q| s.as_bytes()[q]) {
        Some(b) if b < 0x80 => Some(b as char),
        Some(_) => s[..p].chars().next_back(),
        None => None,
    }
}

/// Tokenises `text[start..end]`.
pub fn tokens(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let s = &text[start..end];
    // Walks byte offsets, reading the characters around each one where a rule asks:
    // news text is nearly all ASCII, read without decoding.
    let at = |p: usize| char_at(s, p);
    let after = |p: usize| at(p).and_then(|c| at(p + c.len_utf8()));
    let mut out = Vec::with_capacity(s.len() / 5);
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(c) = at(i) {
        // An ASCII space is passed over without reading the characters around it.
        if matches!(bytes[i], b' ' | b'\n' | b'\r' | b'\t') {
            i += 1;
            continue;
        }
        let abs = start + i;
        let width = c.len_utf8();
        if is_space(c) {
            i += width;
            continue;
        }
        if c.is_alphanumeric() {
            let mut last = c;
            let mut j = i + width;
            loop {
                // A run of ASCII letters and digits joins without looking further.
                let run = bytes[j..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - j);
                if run > 0 {
                    j += run;
                    last = char::from(bytes[j - 1]);
                }
                // A word ends at an ASCII space.
                if bytes.get(j).is_some_and(|&b| matches!(b, b' ' | b'\n')) {
                    break;
                }
                let Some(cj) = at(j) else { break };
                let nj = after(j);
                let join = cj.is_alphanumeric()
                    || (matches!(cj, '\'' | '\u{2019}' | '-' | '\u{2010}' | '&')
                        && nj.is_some_and(char::is_alphanumeric))
                    || (cj == '.'
                        && nj.is_some_and(|n| n.is_alphanumeric())
                        && last.is_alphanumeric()
                        && (last.is_ascii_digit() == nj.is_some_and(|n| n.is_ascii_digit())))
                    || (cj == ','
                        && last.is_ascii_digit()
                        && nj.is_some_and(|n| n.is_ascii_digit()))
                    || (cj == '!' && nj.is_some_and(char::is_uppercase) && last.is_lowercase());
                if !join {
                    break;
                }
                last = cj;
                j += cj.len_utf8();
            }
            let word = &s[i..j];
            // Keep an abbreviation's final period ("Adm.", "U.S.", "J.").
            if at(j) == Some('.') && abbreviation(word) {
                j += 1;
                // "U.S.-Iranian": the compound goes on after the abbreviation.
                if at(j) == Some('-') && after(j).is_some_and(char::is_alphanumeric) {
                    j += 1;
                    while let Some(cj) = at(j) {
                        if !(cj.is_alphanumeric()
                            || (cj == '-' && after(j).is_some_and(char::is_alphanumeric)))
                        {
                            break;
                        }
                        j += cj.len_utf8();
                    }
                }
            }
            out.push(Tok {
                start: abs,
                end: start + j,
                kind: Tk::Word,
                cue: crate::lexicon::cue(&s[i..j]),
            });
            i = j;
            continue;
        }
        let next = at(i + width);
        let prev = char_before(s, i);
        // Two apostrophes (or two backticks) as a double quotation mark, as some
        // newspaper archives and typesetting write it: ''Quote,'' she said.
        if (c == '\'' && next == Some('\'')) || (c == '`' && next == Some('`')) {
            let after = at(i + 2);
            let open = c == '`'
                || prev.is_none_or(|p| {
                    is_space(p)
                        || matches!(p, '(' | '[' | '\u{2014}' | '\u{2013}' | '-')
                        || (matches!(p, ':' | ',') && after.is_some_and(char::is_alphanumeric))
                });
            out.push(Tok {
                start: abs,
                end: abs + 2,
                kind: if open { Tk::Open } else { Tk::Close },
                cue: None,
            });
            i += 2;
            continue;
        }
        let kind = match c {
            '\u{201c}' | '\u{201e}' | '\u{ab}' => Tk::Open,
            '\u{201d}' | '\u{bb}' => Tk::Close,
            '"' => {
                // Opening after a space, a bracket or a dash, and after a colon or
                // comma with no space when a word follows (`Gowdy:"I have`).
                if prev.is_none_or(|p| {
                    is_space(p)
                        || matches!(p, '(' | '[' | '\u{2014}' | '\u{2013}' | '-')
                        || (matches!(p, ':' | ',') && next.is_some_and(char::is_alphanumeric))
                }) {
                    Tk::Open
                } else {
                    Tk::Close
                }
            }
            '\u{2018}' => Tk::SOpen,
            '\u{2019}' | '\'' => {
                if c == '\'' && prev.is_none_or(is_space) && next.is_some_and(char::is_alphanumeric)
                {
                    Tk::SOpen
                } else {
                    Tk::SClose
                }
            }
            '\u{2013}' | '\u{2014}' | '\u{2015}' => Tk::Dash,
            '-' if prev.is_none_or(is_space) => Tk::Dash,
            '\u{2026}' => Tk::Punct('\u{2026}'),
            '.' if next == Some('.') && at(i + 2) == Some('.') => {
                out.push(Tok {
                    start: abs,
                    end: abs + 3,
                    kind: Tk::Punct('\u{2026}'),
                    cue: None,
                });
                i += 3;
                continue;
            }
            other => Tk::Punct(other),
        };
        out.push(Tok {
            start: abs,
            end: abs + width,
            kind,
            cue: None,
        });
        i += width;
    }
    written_cues(text, &mut out);
    phrasal_cues(text, &mut out);
    cues_in_context(text, &mut out);
    spaced_closings(text, &mut out);
    glued_openings(text, &mut out);
    out
}

/// A straight quotation mark with a space on both sides, where a quotation is open,
/// closes it: `... £630 worse off a year. " And Chancellor Gordon Brown said`, a space
/// put in by typesetting. (An opening mark is glued to the word it opens.)
fn spaced_closings(text: &str, toks: &mut [Tok]) {
    let mut open = false;
    for k in 0..toks.len() {
        match toks[k].kind {
            Tk::Open => {
                let spaced = open
                    && &text[toks[k].start..toks[k].end] == "\""
                    && text[toks[k].end..].starts_with([' ', '\t']);
                if spaced {
                    toks[k].kind = Tk::Close;
                    open = false;
                } else {
                    open = true;
                }
            }
            Tk::Close => open = false,
            _ => {}
        }
    }
}

/// A straight quotation mark glued to a capitalised word after it, where no quotation
/// is open, opens one: "... on the red carpet."It's unlike anything", a space lost in
/// typesetting.
fn glued_openings(text: &str, toks: &mut [Tok]) {
    let mut open = false;
    for k in 0..toks.len() {
        match toks[k].kind {
            Tk::Open => open = true,
            Tk::Close => {
                let glued = !open
                    && &text[toks[k].start..toks[k].end] == "\""
                    && toks.get(k + 1).is_some_and(|n| {
                        n.start == toks[k].end
                            && n.kind == Tk::Word
                            && n.text(text).starts_with(char::is_uppercase)
                    });
                if glued {
                    toks[k].kind = Tk::Open;
                }
                open = glued;
            }
            _ => {}
        }
    }
}

/// "read" and "reads" report what a document says right after the document's noun ("a
/// BBC statement read."), or when a colon or a quotation follows and the document's
/// noun comes shortly before: "A statement from Chelsea explaining the decision read:
/// "We want ..."", "The letter reads: ...". Elsewhere "read" is no reporting verb
/// ("read the book", "The message's subject line reads "..."") and its cue is cleared
/// here, the one place that decides it. The same pass finds an opening "Said"
/// ([`inverted_cue`]).
fn written_cues(text: &str, toks: &mut [Tok]) {
    for k in 0..toks.len() {
        // (First byte and length before the text: this runs for every token.)
        let t = toks[k];
        if t.kind != Tk::Word {
            continue;
        }
        let first = text.as_bytes()[t.start];
        if first == b'S' {
            inverted_cue(text, toks, k);
            continue;
        }
        if first == b'd' && matches!(t.end - t.start, 2..=4) {
            supported_cue(text, toks, k);
            continue;
        }
        if first != b'r'
            || !matches!(t.end - t.start, 4 | 5)
            || !matches!(t.text(text), "read" | "reads")
        {
            continue;
        }
        let quoted = toks
            .get(k + 1)
            .is_some_and(|t| t.is(':') || t.kind == Tk::Open);
        let document = |t: &Tok| t.kind == Tk::Word && crate::lexicon::document_noun(t.text(text));
        // Right after the document's noun, whatever follows: "a BBC statement read."
        let right_after = k > 0 && document(&toks[k - 1]);
        let before = toks[k.saturating_sub(8)..k].iter().any(document);
        toks[k].cue = (right_after || (quoted && before)).then_some(crate::lexicon::CueKind::Verb);
    }
}

/// A verb's base form after "did", "does" or "do" before "that" reports what follows:
/// "did stress that", "does insist that". (The base forms are nouns as often, "the
/// stress", and no cue alone.) Asked by [`written_cues`] of each short word that opens
/// with "d".
fn supported_cue(text: &str, toks: &mut [Tok], k: usize) {
    if !matches!(toks[k].text(text), "did" | "does" | "do") {
        return;
    }
    let word_at = |j: usize, w: &str| {
        toks.get(j)
            .is_some_and(|t| t.kind == Tk::Word && t.text(text) == w)
    };
    let v = k + 1;
    if v + 1 >= toks.len() || toks[v].kind != Tk::Word || !word_at(v + 1, "that") {
        return;
    }
    if matches!(
        toks[v].text(text),
        "stress"
            | "insist"
            | "admit"
            | "warn"
            | "claim"
            | "argue"
            | "confirm"
            | "deny"
            | "suggest"
            | "explain"
            | "predict"
            | "acknowledge"
            | "concede"
            | "emphasise"
            | "emphasize"
    ) {
        toks[v].cue = Some(crate::lexicon::CueKind::Verb);
    }
}

/// "Said" opening a sentence before its speaker and a colon: "Said the Pew report:
/// "...", "Said Wales assistant coach Scott Johnson: "..."". (A capitalised word is
/// otherwise no reporting verb: "Said" is a name as often.) Asked by [`written_cues`]
/// of each word that opens with "S".
fn inverted_cue(text: &str, toks: &mut [Tok], k: usize) {
    if !matches!(toks[k].text(text), "Said" | "Says") {
        return;
    }
    let opens = k == 0
        || toks[k - 1].kind == Tk::Punct('.')
        || (toks[k - 1].kind == Tk::Close
            && k >= 2
            && matches!(toks[k - 2].kind, Tk::Punct('.' | '?' | '!')));
    let colon = toks[k + 1..toks.len().min(k + 10)]
        .iter()
        .take_while(|t| t.kind == Tk::Word || t.is(':') || t.is(','))
        .position(|t| t.is(':'));
    if opens && colon.is_some_and(|c| c > 0) {
        toks[k].cue = Some(crate::lexicon::CueKind::Verb);
    }
}

/// Reporting phrases whose last word carries the cue, before a clause: "has made it
/// clear he will pick", "pointed out that", "expressed concern that". The speaker stands
/// before the phrase's first word ([`phrasal_lead`]).
fn phrasal_cues(text: &str, toks: &mut [Tok]) {
    for k in 2..toks.len() {
        // (By length and first byte first: this looks at every token.)
        let t = &toks[k];
        let first = text.as_bytes()[t.start];
        if !matches!(
            (t.end - t.start, first),
            (5 | 7 | 8 | 10, b'c') | (2 | 3, b'o')
        ) || phrasal_lead(toks, text, k) == 0
        {
            continue;
        }
        // "went on" and "pointed out" report what came before them, closing the
        // sentence: "New Labour had failed on school discipline, he went on", "Other
        // surveys show a slowdown, she pointed out."
        // (Not "as Trump points out, is quite a bit".)
        let word = toks[k].text(text);
        if matches!(word, "on" | "out") {
            let closing = toks
                .get(k + 1)
                .is_none_or(|t| t.kind != Tk::Word && !t.is(','))
                && (k.saturating_sub(5)..k - 1).any(|j| toks[j].is(','));
            // Or a quotation after a colon: "He went on: “Giving evidence is ...”".
            let quoting = word == "on"
                && toks.get(k + 1).is_some_and(|t| t.is(':'))
                && toks.get(k + 2).is_some_and(|t| t.kind == Tk::Open);
            if closing || quoting {
                toks[k].cue = Some(crate::lexicon::CueKind::Verb);
                continue;
            }
            // ("went on" reports only so; "pointed out that" goes on below.)
            if word == "on" {
                continue;
            }
        }
        // A clause follows: "that", or a subject ("he will", "the squad"); after
        // "made clear" without "it" only "that" or a pronoun ("made clear the
        // importance of" is no clause).
        let bare = phrasal_lead(toks, text, k) == 1;
        let clause = toks.get(k + 1).is_some_and(|t| {
            t.kind == Tk::Word && {
                let w = t.text(text);
                w == "that"
                    // ("pointed out there are", "pointing out he had").
                    || (toks[k].text(text) == "out"
                        && matches!(w, "he" | "she" | "it" | "they" | "we" | "there"))
                    || (toks[k].text(text) == "clear"
                        && bare
                        && matches!(w, "he" | "she" | "it" | "they" | "we" | "there"))
                    || (toks[k].text(text) == "clear"
                        && !bare
                        && (w.starts_with(char::is_uppercase)
                            || matches!(
                                w,
                                "he" | "she"
                                    | "it"
                                    | "they"
                                    | "we"
                                    | "there"
                                    | "the"
                                    | "his"
                                    | "her"
                                    | "their"
                                    | "its"
                            )))
            }
        });
        if clause {
            // ("pointing out" goes on from the sentence's speaker: "Mr Pearson picks up
            // the theme, pointing out there are ...".)
            let participle = toks[k - 1].text(text) == "pointing";
            toks[k].cue = Some(if participle {
                crate::lexicon::CueKind::Participle
            } else {
                crate::lexicon::CueKind::Verb
            });
        }
    }
}

/// How many words before the cue word at `k` belong to its reporting phrase: 2 for
/// "made it clear", 1 for "made clear", "pointed out", "expressed concern" or "went on",
/// else 0.
pub fn phrasal_lead(toks: &[Tok], text: &str, k: usize) -> usize {
    // Bytes, not string slices: this is asked of every token.
    let word = |j: usize| {
        let t = &toks[j];
        (t.kind == Tk::Word).then(|| &text.as_bytes()[t.start..t.end])
    };
    match word(k) {
        Some(b"clear") if k >= 2 && word(k - 1) == Some(b"it") => {
            usize::from(matches!(word(k - 2), Some(b"made" | b"makes" | b"making"))) * 2
        }
        // "He also made clear he intended to ...", without "it".
        Some(b"clear") if k >= 1 => {
            usize::from(matches!(word(k - 1), Some(b"made" | b"makes" | b"making")))
        }
        Some(b"out") if k >= 1 => usize::from(matches!(
            word(k - 1),
            Some(b"pointed" | b"points" | b"point" | b"pointing")
        )),
        Some(b"on") if k >= 1 => usize::from(matches!(word(k - 1), Some(b"went" | b"goes"))),
        Some(b"concern" | b"concerns" | b"confidence") if k >= 1 => usize::from(matches!(
            word(k - 1),
            Some(b"expressed" | b"expresses" | b"voiced" | b"voices")
        )),
        _ => 0,
    }
}

/// Reporting verbs that their neighbours say are none. A verb in the form a plural
/// subject takes ("claim", "argue") is one only after such a subject: a name, a plural
/// noun or a pronoun, adverbs ("also") aside; "a false claim", "the debunked claim" are
/// nouns. A participle between an article and a noun is an adjective ("the recommended
/// term"). "hinted at" / "hints at" hints at no content, nor does denying someone
/// something ("denied Luscombe the opportunity").
fn cues_in_context(text: &str, toks: &mut [Tok]) {
    for k in 0..toks.len() {
        let Some(cue) = toks[k].cue else { continue };
        let word = toks[k].text(text);
        // Whether the token at `j` is the word `w`.
        let word_at = |j: usize, w: &str| {
            toks.get(j)
                .is_some_and(|t| t.kind == Tk::Word && t.text(text) == w)
        };
        // "continues to live": what goes on is no speech (but "continued to insist").
        if matches!(word, "continue" | "continues" | "continued")
            && word_at(k + 1, "to")
            && toks.get(k + 2).is_none_or(|t| t.cue.is_none())
        {
            toks[k].cue = None;
            continue;
        }
        // "wrote, directed and starred in the film": one of a list of past verbs.
        if word == "wrote"
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is(',') || (t.kind == Tk::Word && t.text(text) == "and"))
            && toks.get(k + 2).is_some_and(|t| {
                t.kind == Tk::Word && {
                    let w = t.text(text);
                    w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
                }
            })
        {
            toks[k].cue = None;
            continue;
        }
        if matches!(word, "hints" | "hinted") && word_at(k + 1, "at") {
            toks[k].cue = None;
            continue;
        }
        // "suggesting" reports a clause that "that" or a pronoun opens ("suggesting it
        // was done"), not a noun phrase ("suggesting a rapid rise of inflation").
        if word == "suggesting"
            && !toks.get(k + 1).is_some_and(|t| {
                t.kind == Tk::Word
                    && matches!(
                        t.text(text),
                        "that" | "he" | "she" | "it" | "they" | "we" | "I" | "there"
                    )
            })
        {
            toks[k].cue = None;
            continue;
        }
        // "Contepomi replied in kind": an act, not words.
        if matches!(word, "replied" | "replies" | "reply")
            && word_at(k + 1, "in")
            && word_at(k + 2, "kind")
        {
            toks[k].cue = None;
            continue;
        }
        // "Investors have snapped up shares": buying, not speaking.
        if word == "snapped" && word_at(k + 1, "up") {
            toks[k].cue = None;
            continue;
        }
        // "reports" before a form of "be" or "have" is a noun: "some media reports have
        // cast doubt".
        if word == "reports"
            && toks.get(k + 1).is_some_and(|t| {
                t.kind == Tk::Word
                    && matches!(
                        t.text(text),
                        "have" | "has" | "had" | "are" | "were" | "is" | "was" | "say" | "said"
                    )
            })
        {
            toks[k].cue = None;
            continue;
        }
        // "report" is a noun most often: a verb only before "that" or closing the
        // sentence after a lowercase subject ("..., state media report.", not "... in
        // its latest Beige Book report."), and never after a determiner ("in its daily
        // operations report that", "a New York Times report that").
        // ("The papers report that": the plural subject's own article.)
        // (A closure: asked only of "report", not of every cue.)
        let report_noun = || {
            let plural_subject = k >= 2 && toks[k - 1].kind == Tk::Word && {
                let p = toks[k - 1].text(text);
                p.starts_with(char::is_lowercase)
                    && (crate::lexicon::group_noun(p) || (p.len() > 3 && p.ends_with('s')))
            };
            let determiner_at = |j: usize| {
                toks[j].kind == Tk::Word
                    && matches!(
                        &*crate::lexicon::ascii_lower(toks[j].text(text)),
                        "its" | "their" | "his" | "her" | "the" | "a" | "an" | "this" | "that"
                    )
            };
            let determined = (k.saturating_sub(4)..k).any(|j| {
                determiner_at(j) && !(j + 2 == k && plural_subject && word_at(k + 1, "that"))
            });
            let closing_after_lowercase = toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.kind, Tk::Punct('.')))
                && k > 0
                && toks[k - 1].kind == Tk::Word
                && toks[k - 1].text(text).starts_with(char::is_lowercase);
            determined || !(word_at(k + 1, "that") || closing_after_lowercase)
        };
        if word == "report" && report_noun() {
            toks[k].cue = None;
            continue;
        }
        // To agree reports a clause only with "that": not "I agree with the plan", "agree
        // on the need".
        if matches!(word, "agree" | "agrees") && !word_at(k + 1, "that") {
            toks[k].cue = None;
            continue;
        }
        // "estimates" is a noun as often ("Recent estimates put", "Cost estimates, he
        // added"): a verb only before the clause or object it reports ("estimates that",
        // "estimates it will", "estimates the cost at", "estimates 1986 output at").
        if word == "estimates"
            && !toks.get(k + 1).is_some_and(|n| {
                n.kind == Tk::Word
                    && (matches!(
                        n.text(text),
                        "that" | "it" | "its" | "the" | "a" | "an" | "there" | "about" | "around"
                    ) || n.text(text).starts_with(|c: char| c.is_ascii_digit()))
            })
        {
            toks[k].cue = None;
            continue;
        }
        // "England ruled the roost": an idiom, no ruling.
        if matches!(word, "rule" | "rules" | "ruled" | "ruling") && word_at(k + 2, "roost") {
            toks[k].cue = None;
            continue;
        }
        // A participle between an article (and perhaps a compound or a number) and a
        // noun is an adjective: "the recommended term", "a reported deal", "the
        // nine-year recommended term".
        let article =
            |j: usize| toks[j].kind == Tk::Word && matches!(toks[j].text(text), "the" | "a" | "an");
        // (Not an age, which is a noun: "the 34-year-old revealed she ...".)
        let modifier = |j: usize| {
            toks[j].kind == Tk::Word && {
                let w = toks[j].text(text);
                (w.contains('-') && !w.ends_with("-old")) || w.bytes().all(|b| b.is_ascii_digit())
            }
        };
        if word.ends_with("ed")
            && ((k > 0 && article(k - 1)) || (k > 1 && modifier(k - 1) && article(k - 2)))
            && toks.get(k + 1).is_some_and(|t| {
                let w = t.text(text);
                t.kind == Tk::Word
                    && t.cue.is_none()
                    && w.starts_with(char::is_lowercase)
                    // Not a clause's start: "revealed she", "said the".
                    && !crate::lexicon::function_word(w)
                    && !crate::lexicon::preposition(w)
                    && !matches!(w, "he" | "she" | "it" | "they" | "we" | "the" | "a" | "an")
            })
        {
            toks[k].cue = None;
            continue;
        }
        // "denied Luscombe the opportunity", "denied him a place": to deny someone
        // something reports nothing.
        if matches!(word, "deny" | "denies" | "denied" | "denying") {
            let object = toks.get(k + 1).is_some_and(|t| {
                t.kind == Tk::Word && {
                    let w = t.text(text);
                    matches!(w, "him" | "her" | "them" | "us" | "me")
                        || (w.starts_with(char::is_uppercase)
                            && !matches!(w, "He" | "She" | "It" | "They" | "We" | "I"))
                }
            });
            let thing = toks.get(k + 2).is_some_and(|t| {
                t.kind == Tk::Word
                    && matches!(
                        t.text(text),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "any" | "access"
                    )
            });
            if object && thing {
                toks[k].cue = None;
                continue;
            }
        }
        // "states" is a plural noun ("The eight central European states which joined
        // the EU") unless a clause or a quotation follows it, a pronoun comes before it
        // or a quotation just before ends at it ("the report states that", "Article 5
        // states:", "it states the", "“...,” the document states.").
        if word == "states" {
            let verb = toks.get(k + 1).is_some_and(|t| {
                t.kind == Tk::Open || t.is(':') || (t.kind == Tk::Word && t.text(text) == "that")
            }) || (k > 0
                && toks[k - 1].kind == Tk::Word
                && matches!(toks[k - 1].text(text), "it" | "he" | "she" | "It" | "He" | "She"))
                // After a quotation: "“...,” a voice-over in the ad states."
                || (toks.get(k + 1).is_some_and(|t| t.is('.') || t.is(','))
                    && toks[k.saturating_sub(8)..k].iter().any(|t| t.kind == Tk::Close));
            if !verb {
                toks[k].cue = None;
            }
            continue;
        }
        // "claims" before a preposition, or after a verb or "off" it follows, is the
        // noun: "shrugged off claims from Conservative leader Michael Howard that ...",
        // "rejected claims of bias".
        if word == "claims"
            && (toks.get(k + 1).is_some_and(|t| {
                t.kind == Tk::Word
                    && matches!(
                        t.text(text),
                        "from" | "of" | "by" | "about" | "over" | "against" | "made" | "for"
                    )
            }) || (k > 0 && toks[k - 1].kind == Tk::Word && {
                let w = toks[k - 1].text(text);
                w == "off"
                    || (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
            }))
        {
            toks[k].cue = None;
            continue;
        }
        // "forecasts" is a verb after its subject ("the UNECE forecasts", "the bank
        // forecasts"), a plural noun after a preposition, a possessive or a modifier
        // ("with forecasts suggesting", "ahead of IMF forecasts", "official forecasts").
        if word == "forecasts" {
            let noun = k == 0
                || toks[k - 1].kind != Tk::Word
                || {
                    let w = toks[k - 1].text(text);
                    crate::lexicon::preposition(w)
                        || crate::lexicon::function_word(w)
                        || w.ends_with("'s")
                        || w.ends_with("\u{2019}s")
                        || (w.starts_with(char::is_lowercase)
                            && crate::lexicon::nominal_speaker(w).is_none())
                        || (k > 1
                            && toks[k - 2].kind == Tk::Word
                            && crate::lexicon::preposition(toks[k - 2].text(text)))
                }
                // "Market forecasts are for a deficit": a verb or preposition after it.
                || toks.get(k + 1).is_some_and(|t| {
                    t.kind == Tk::Word
                        && (crate::lexicon::helping_verb(t.text(text))
                            || crate::lexicon::preposition(t.text(text)))
                });
            if noun {
                toks[k].cue = None;
            }
            continue;
        }
        if !crate::lexicon::plural_form(word) || cue != crate::lexicon::CueKind::Verb {
            continue;
        }
        let mut j = k;
        let subject = loop {
            if j == 0 || toks[j - 1].kind != Tk::Word {
                break false;
            }
            j -= 1;
            let w = toks[j].text(text);
            if w.ends_with("ly") || matches!(w, "also" | "still" | "now" | "itself" | "themselves")
            {
                continue;
            }
            // After "will" it is a verb whatever the subject: "the Tory leader will
            // argue" (a speech to come; "would argue" is mostly a supposition); so it is
            // after "continues to", "went on to".
            // So it is after "did" or "does": "Allen did admit that".
            if matches!(w, "will" | "did" | "does")
                || (w == "to" && going_on_before(toks, text, 0, j + 1).is_some())
            {
                break true;
            }
            // "Clinton's claim that ...", "The claim": a noun.
            if matches!(
                w,
                "The" | "A" | "An" | "This" | "That" | "Its" | "His" | "Her" | "Their"
            ) || w.ends_with("'s")
                || w.ends_with("\u{2019}s")
            {
                break false;
            }
            break w.starts_with(char::is_uppercase)
                || matches!(w, "they" | "we" | "I" | "you" | "media" | "police" | "people")
                // (An adjective in "-ous" is no plural: "the previous estimate".)
                || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous"));
        };
        if !subject {
            toks[k].cue = None;
        }
    }
}

/// How many words before token `k` say that its subject goes on speaking: "continues
/// to", "continued to", "is continuing to", "went on to" ("The government is
/// continuing to insist that"); none when they do not.
pub(crate) fn going_on_before(toks: &[Tok], text: &str, start: usize, k: usize) -> Option<usize> {
    if k < start + 2 || toks[k - 1].kind != Tk::Word || toks[k - 1].text(text) != "to" {
        return None;
    }
    let w = |j: usize| (j >= start && toks[j].kind == Tk::Word).then(|| toks[j].text(text));
    match w(k - 2)? {
        "continue" | "continues" | "continued" => Some(2),
        "continuing" => Some(
            if w(k - 3).is_some_and(|b| matches!(b, "is" | "are" | "was" | "were")) {
                3
            } else {
                2
            },
        ),
        "on" if w(k - 3).is_some_and(|b| matches!(b, "went" | "goes" | "go")) => Some(3),
        _ => None,
    }
}

/// Words that commonly start a sentence after a weak abbreviation ("... the U.S. The ...").
fn sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "In"
            | "But"
            | "A"
            | "An"
            | "This"
            | "That"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "And"
            | "On"
            | "At"
            | "As"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Some"
            | "Officials"
            | "However"
    )
}

/// Splits a paragraph's tokens into sentences: returns token index ranges.
pub fn sentences(text: &str, toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut begin = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let ends = match t.kind {
            Tk::Punct('.' | '?' | '!') => true,
            Tk::Word => {
                let w = t.text(text);
                // A web address keeps the sentence's full stop ("says Gawker.com.").
                let site = w
                    .strip_suffix('.')
                    .is_some_and(|a| a.contains('.') && crate::lexicon::web_address(a));
                // An abbreviation's period closing a quotation ends the sentence too
                // ("... since Prisoner Cell Block H." Labour had ...).
                site || (w.ends_with('.')
                    && toks.get(i + 1).is_some_and(|n| {
                        (n.kind == Tk::Word
                            && weak_abbreviation(w.trim_end_matches('.'))
                            && sentence_starter(n.text(text)))
                            || n.kind == Tk::Close
                    }))
            }
            _ => false,
        };
        if ends {
            // Closing quotes and brackets right after the stop belong to this sentence.
            let mut j = i + 1;
            while j < toks.len() && matches!(toks[j].kind, Tk::Close | Tk::SClose | Tk::Punct(')'))
            {
                j += 1;
            }
            let next_starts = toks.get(j).is_none_or(|n| {
                let first = n.text(text).chars().next().unwrap_or(' ');
                first.is_uppercase()
                    || first.is_ascii_digit()
                    || matches!(n.kind, Tk::Open | Tk::SOpen | Tk::Dash)
                    || n.is('(')
            });
            if next_starts {
                out.push(begin..j);
                begin = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if begin < toks.len() {
        out.push(begin..toks.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, 0, text.len())
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    fn split(text: &str) -> Vec<String> {
        let toks = tokens(text, 0, text.len());
        sentences(text, &toks)
            .into_iter()
            .map(|r| text[toks[r.start].start..toks[r.end - 1].end].to_owned())
            .collect()
    }

    #[test]
    fn tokens_keep_abbreviations_names_and_contractions() {
        assert_eq!(
            words("Rear Adm. John Kirby said U.S.-Iranian talks won’t start."),
            [
                "Rear",
                "Adm.",
                "John",
                "Kirby",
                "said",
                "U.S.-Iranian",
                "talks",
                "won’t",
                "start",
                "."
            ]
        );
        assert_eq!(
            words("Yahoo!News, 1,200.5 al-Maliki"),
            ["Yahoo!News", ",", "1,200.5", "al-Maliki"]
        );
        assert_eq!(
            words("“It’s possible…”"),
            ["“", "It’s", "possible", "…", "”"]
        );
    }

    #[test]
    fn straight_quotes_open_and_close_by_context() {
        let t = "He said \"yes,\" then 'maybe' and it's done.";
        let kinds: Vec<Tk> = tokens(t, 0, t.len()).iter().map(|t| t.kind).collect();
        assert_eq!(kinds.iter().filter(|k| **k == Tk::Open).count(), 1);
        assert_eq!(kinds.iter().filter(|k| **k == Tk::Close).count(), 1);
        assert_eq!(kinds.iter().filter(|k| **k == Tk::SOpen).count(), 1);
    }

    #[test]
    fn sentences_survive_news_abbreviations() {
        assert_eq!(
            split("Gen. Smith met Mr. Jones in the U.S. on Monday. He left at 5 p.m. The end."),
            [
                "Gen. Smith met Mr. Jones in the U.S. on Monday.",
                "He left at 5 p.m.",
                "The end."
            ]
        );
        assert_eq!(split("“Go,” he said. “Now.”"), ["“Go,” he said.", "“Now.”"]);
        assert_eq!(
            split("\"The worst since Cell Block H.\" Labour lost."),
            ["\"The worst since Cell Block H.\"", "Labour lost."]
        );
        assert_eq!(
            split("It rose 2.5 pct. Prices fell."),
            ["It rose 2.5 pct.", "Prices fell."]
        );
    }

    #[test]
    fn paragraphs_classify_structure() {
        let text = "Pentagon: talks possible\n\nA man speaks at a briefing, June 13, 2014.\n\n(Reuters) – Talks may happen, the Pentagon said.\n\nBy Reuters\n\n\nThe Site is not responsible for the content of quoted articles.";
        let ps = paragraphs(text, None);
        let kinds: Vec<ParaKind> = ps.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParaKind::Title,
                ParaKind::Caption,
                ParaKind::Body,
                ParaKind::Byline,
                ParaKind::Boilerplate
            ]
        );
        assert!(text[ps[2].start..ps[2].end].starts_with("Talks may happen"));
        let ps = paragraphs("WASHINGTON (Reuters) - Officials said so.", None);
        assert_eq!(
            &"WASHINGTON (Reuters) - Officials said so."[ps[0].start..],
            "Officials said so."
        );
    }

    #[test]
    fn news_about_signing_up_is_no_boilerplate() {
        // A newsletter's sign-up line is boilerplate; a report of farmers signing up for
        // a programme is news (before rules.180 it was dropped with its statement).
        let text = "Wheat\n\nOnly a few farmers would likely sign up for the programme, economists said.\n\nFor more, sign up for the What's Working newsletter.\n\nRelated News";
        let kinds: Vec<ParaKind> = paragraphs(text, None).iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParaKind::Title,
                ParaKind::Body,
                ParaKind::Boilerplate,
                ParaKind::Boilerplate
            ]
        );
    }
}
