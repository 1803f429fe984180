//! The JSON report, a public contract: `crosscheck/report@1`, documented in
//! docs/report-format.md. Fields may be added; none is renamed or dropped
//! without a new schema version.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

use super::Report;
use crate::extract::attribution::{Claim, ClaimKind};
use crate::extract::dates::{weekday_title, DateMention};
use crate::facts::subject::Mark;
use crate::facts::Fact;
use crate::interval::Interval;
use crate::load::Document;
use crate::rules::QualifierKind;
use crate::span::{LineCursor, Span};

pub const SCHEMA: &str = "crosscheck/report@1";

/// Each document with the index of its first claim (claim indexes are
/// report-wide).
fn with_claim_offsets<'a>(
    docs: &'a [Document],
    report: &'a Report,
) -> impl Iterator<Item = (&'a Document, &'a crate::Analysis, usize)> {
    docs.iter().zip(&report.analyses).scan(0, |offset, (d, a)| {
        let first = *offset;
        *offset += a.extraction.claims.len();
        Some((d, a, first))
    })
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    doc: &'a str,
    bytes: usize,
    sentences: usize,
    paragraphs: usize,
    /// The article's date (ISO), from its `# date:` header or dateline.
    date: Option<String>,
}

/// A span with the 1-based line and column of both ends.
#[derive(Serialize)]
struct JsonSpan {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct JsonClaim<'a> {
    doc: &'a str,
    kind: ClaimKind,
    source: &'a str,
    canonical_source: &'a str,
    cue: Option<&'a str>,
    cue_lemma: Option<&'a str>,
    content: &'a str,
    span: JsonSpan,
    source_span: Option<JsonSpan>,
    cue_span: Option<JsonSpan>,
    content_span: JsonSpan,
    channel: Option<&'a str>,
    channel_span: Option<JsonSpan>,
    parent: Option<usize>,
}

#[derive(Serialize)]
struct JsonValue {
    min: Option<f64>,
    max: Option<f64>,
    min_inclusive: bool,
    max_inclusive: bool,
}

#[derive(Serialize)]
struct JsonStated<'a> {
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonFact<'a> {
    doc: &'a str,
    measure: Option<&'a str>,
    text: &'a str,
    span: JsonSpan,
    unit: Option<&'a str>,
    dimension: Option<&'a str>,
    value: JsonValue,
    nominal: f64,
    stated: JsonStated<'a>,
    qualifier: Option<&'static str>,
    claim: Option<usize>,
    subject: JsonSubject<'a>,
    /// The day its sentence gives the event, as written.
    day: Option<JsonDay<'a>>,
}

/// A weekday or date in the text, read as far as it is written.
#[derive(Serialize)]
struct JsonDay<'a> {
    text: &'a str,
    span: JsonSpan,
    weekday: Option<&'static str>,
    month: Option<u32>,
    day: Option<u32>,
    year: Option<i32>,
}

/// What a figure is about, as the checks see it.
#[derive(Serialize)]
struct JsonSubject<'a> {
    words: crate::facts::subject::Words<'a>,
    near: crate::facts::subject::Words<'a>,
    counted: Option<&'a str>,
    names: crate::facts::subject::Names<'a>,
    historical: bool,
    /// How many who carried out the attack a toll counts ("including the gunman").
    perpetrators: u8,
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    doc: &'a str,
    text: &'a str,
    label: &'a str,
    span: JsonSpan,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    name: &'a str,
    severity: &'static str,
    message: &'a str,
    evidence: Vec<JsonEvidence<'a>>,
}

fn span(at: &mut LineCursor, s: Span) -> JsonSpan {
    let (line, column) = at.line_col(s.start());
    let (end_line, end_column) = at.line_col(s.end());
    JsonSpan { start: s.start(), end: s.end(), line, column, end_line, end_column }
}

fn value(i: Interval) -> JsonValue {
    JsonValue {
        min: i.finite_min(),
        max: i.finite_max(),
        min_inclusive: i.min_inclusive,
        max_inclusive: i.max_inclusive,
    }
}

pub fn qualifier_name(q: QualifierKind) -> &'static str {
    match q {
        QualifierKind::Above => "above",
        QualifierKind::AtLeast => "at_least",
        QualifierKind::AtMost => "at_most",
        QualifierKind::Below => "below",
        QualifierKind::About => "about",
        QualifierKind::Nearly => "nearly",
        QualifierKind::Exactly => "exactly",
    }
}

fn claim<'a>(doc: &'a Document, at: &mut LineCursor, c: &'a Claim, offset: usize) -> JsonClaim<'a> {
    let mut opt = |s: Option<Span>| s.map(|s| span(at, s));
    let (source_span, cue_span, channel_span) = (opt(c.source), opt(c.cue), opt(c.channel));
    JsonClaim {
        doc: &doc.path,
        kind: c.kind,
        source: &c.source_text,
        canonical_source: &c.canonical_source,
        cue: c.cue.map(|s| doc.slice(s)),
        cue_lemma: c.cue_word.as_deref(),
        content: doc.slice(c.content),
        span: span(at, c.span()),
        source_span,
        cue_span,
        content_span: span(at, c.content),
        channel: c.channel.map(|s| doc.slice(s)),
        channel_span,
        parent: c.parent.map(|p| p as usize + offset),
    }
}

fn day<'a>(doc: &'a Document, at: &mut LineCursor, d: &DateMention) -> JsonDay<'a> {
    JsonDay {
        text: doc.slice(d.span),
        span: span(at, d.span),
        weekday: d.weekday.map(|w| weekday_title(w.into())),
        month: d.month.map(u32::from),
        day: d.day.map(u32::from),
        year: d.year,
    }
}

fn fact<'a>(
    doc: &'a Document,
    at: &mut LineCursor,
    a: &'a crate::Analysis,
    f: &'a Fact,
    offset: usize,
) -> JsonFact<'a> {
    JsonFact {
        doc: &doc.path,
        measure: f.measure.as_deref(),
        text: doc.slice(f.span),
        span: span(at, f.span),
        unit: f.unit(),
        dimension: f.dimension(),
        value: value(f.value()),
        nominal: f.nominal(),
        stated: JsonStated { min: f.stated.finite_min(), max: f.stated.finite_max(), unit: f.stated_unit() },
        qualifier: f.qualifier.map(qualifier_name),
        claim: f.claim.map(|c| c.get() + offset),
        subject: JsonSubject {
            words: f.subject.words(),
            near: f.subject.near(),
            counted: f.subject.counted(),
            names: f.subject.names(),
            historical: f.subject.is(Mark::Historical),
            perpetrators: f.subject.perpetrators,
        },
        day: f.day.map(|i| day(doc, at, &a.extraction.dates[i.get()])),
    }
}

/// Render the report as pretty-printed JSON.
pub fn render(docs: &[Document], report: &Report) -> String {
    let mut out = Vec::new();
    write(&mut out, docs, report).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Stream the report as pretty-printed JSON. The claims and facts, most of
/// an archive's report, are rendered a window of documents at a time, the
/// documents of a window in parallel, and written in order: the report is
/// never held in memory whole, and two cores share its rendering. The bytes
/// are those `serde_json::to_writer_pretty` writes for the same report.
pub fn write<W: Write>(w: W, docs: &[Document], report: &Report) -> io::Result<()> {
    write_streaming_over(w, docs, report, STREAMED_ELEMENTS)
}

/// [`write`], writing a document element by element once it has more than
/// `streamed_over` claims (or facts).
fn write_streaming_over<W: Write>(
    mut w: W,
    docs: &[Document],
    report: &Report,
    streamed_over: usize,
) -> io::Result<()> {
    let offsets: Vec<DocAt> = with_claim_offsets(docs, report).collect();
    w.write_all(b"{\n  \"schema\": ")?;
    pretty_at(&mut w, &SCHEMA, 1)?;
    w.write_all(b",\n  \"documents\": ")?;
    pretty_at(&mut w, &documents(docs, report), 1)?;
    w.write_all(b",\n  \"claims\": ")?;
    let over = streamed_over;
    array_by_document(
        &mut w,
        &offsets,
        |&(d, a, off)| {
            let mut at = d.cursor();
            a.extraction.claims.iter().map(move |c| claim(d, &mut at, c, off))
        },
        over,
    )?;
    w.write_all(b",\n  \"facts\": ")?;
    array_by_document(
        &mut w,
        &offsets,
        |&(d, a, off)| {
            let mut at = d.cursor();
            a.facts.iter().map(move |f| fact(d, &mut at, a, f, off))
        },
        over,
    )?;
    w.write_all(b",\n  \"findings\": ")?;
    pretty_at(&mut w, &findings(docs, report), 1)?;
    w.write_all(b",\n  \"summary\": ")?;
    pretty_at(&mut w, &report.summary(), 1)?;
    w.write_all(b"\n}")
}

/// A document, its analysis, and the index of its first claim in the report.
type DocAt<'a> = (&'a Document, &'a crate::Analysis, usize);

/// Documents rendered together, then written, when streaming an array.
const WINDOW: usize = 64;

/// serde_json's pretty printer with a two-space indent, byte for byte,
/// writing each line break and its indent as one slice: its own writes
/// them two spaces at a time, and a report is mostly indentation.
struct Pretty {
    depth: usize,
    has_value: bool,
}

/// A line break and up to 64 levels of indentation.
const NEWLINE_INDENT: &[u8; 129] = &{
    let mut b = [b' '; 129];
    b[0] = b'\n';
    b
};

impl Pretty {
    /// A printer that writes a value as if `depth` levels deep in the report.
    fn at(depth: usize) -> Self {
        Pretty { depth, has_value: false }
    }

    fn newline<W: ?Sized + Write>(&self, w: &mut W) -> io::Result<()> {
        let width = 1 + 2 * self.depth;
        if width <= NEWLINE_INDENT.len() {
            return w.write_all(&NEWLINE_INDENT[..width]);
        }
        w.write_all(b"\n")?;
        (0..self.depth).try_for_each(|_| w.write_all(b"  "))
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Write `value` as a field's value at `depth`.
fn pretty_at<W: Write, T: Serialize + ?Sized>(w: &mut W, value: &T, depth: usize) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(w, Pretty::at(depth));
    value.serialize(&mut ser).map_err(io::Error::other)
}

/// Append one element of a top-level array: its separator, then the value.
fn element<T: Serialize>(out: &mut Vec<u8>, value: &T) -> io::Result<()> {
    out.extend_from_slice(b",\n    ");
    pretty_at(out, value, 2)
}

/// A document with more elements than this is written element by element,
/// not rendered whole first: a 200 MB file has a million facts.
const STREAMED_ELEMENTS: usize = 10_000;

/// Write a top-level array of the `elements` of each document: a window of
/// documents rendered in parallel, then written in order; a document too
/// large to hold rendered is written as it is rendered.
fn array_by_document<'a, W, T, E, I, F>(w: &mut W, items: &'a [T], elements: F, streamed_over: usize) -> io::Result<()>
where
    W: Write,
    T: Sync,
    E: Serialize,
    I: Iterator<Item = E>,
    F: Fn(&'a T) -> I + Sync,
{
    use rayon::prelude::*;
    let mut empty = true;
    let large: Vec<bool> = items.iter().map(|item| elements(item).size_hint().0 > streamed_over).collect();
    let mut start = 0;
    while start < items.len() {
        if large[start] {
            for e in elements(&items[start]) {
                w.write_all(if empty { b"[\n    " } else { b",\n    " })?;
                pretty_at(w, &e, 2)?;
                empty = false;
            }
            start += 1;
            continue;
        }
        let end = (start..items.len()).find(|&k| large[k]).unwrap_or(items.len());
        for chunk in items[start..end].chunks(WINDOW) {
            let parts: Vec<Vec<u8>> = chunk
                .par_iter()
                .map(|item| {
                    let mut out = Vec::new();
                    elements(item).try_for_each(|e| element(&mut out, &e)).map(|()| out)
                })
                .collect::<io::Result<_>>()?;
            for part in parts.iter().filter(|p| !p.is_empty()) {
                // The first element opens the array: no comma before it.
                let part = if empty { &part[1..] } else { &part[..] };
                w.write_all(if empty { b"[" } else { b"" })?;
                w.write_all(part)?;
                empty = false;
            }
        }
        start = end;
    }
    w.write_all(if empty { b"[]" } else { b"\n  ]" })
}

fn documents<'a>(docs: &'a [Document], report: &'a Report) -> Vec<JsonDocument<'a>> {
    docs.iter()
        .zip(&report.analyses)
        .map(|(d, a)| JsonDocument {
            doc: &d.path,
            bytes: d.text.len(),
            sentences: a.sentences,
            paragraphs: a.paragraphs,
            date: a.date(),
        })
        .collect()
}

fn findings<'a>(docs: &'a [Document], report: &'a Report) -> Vec<JsonFinding<'a>> {
    report
        .findings
        .iter()
        .map(|f| JsonFinding {
            rule: &f.code,
            name: &f.name,
            severity: f.severity.as_str(),
            message: &f.message,
            evidence: f
                .evidence
                .iter()
                .map(|e| {
                    let d = &docs[e.doc];
                    JsonEvidence {
                        doc: &d.path,
                        text: d.slice(e.span),
                        label: &e.label,
                        span: span(&mut d.cursor(), e.span),
                    }
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The report as one serde value, serialised by serde_json alone.
    #[derive(Serialize)]
    struct Whole<'a> {
        schema: &'static str,
        documents: Vec<JsonDocument<'a>>,
        claims: Vec<JsonClaim<'a>>,
        facts: Vec<JsonFact<'a>>,
        findings: Vec<JsonFinding<'a>>,
        summary: super::super::Summary,
    }

    #[test]
    fn streamed_in_windows_it_is_what_serde_json_writes() {
        let rules = crate::rules::Rules::builtin().unwrap();
        let seed = |n: &str| std::fs::read_to_string(format!("{}/seeds/{n}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        // Documents with nothing to list first, and more than a window of them.
        let mut docs: Vec<Document> =
            (0..WINDOW + 40).map(|i| Document::from_text(format!("plain-{i}.txt"), "Nothing to see here.")).collect();
        docs.push(Document::from_text("a.txt", seed("000_ec28406811e2f7e6.txt")));
        docs.extend((0..WINDOW).map(|i| Document::from_text(format!("b-{i}.txt"), seed("004_d0d3fdf5298c6a03.txt"))));
        let report = crate::check(&docs, &rules, true);
        let offsets: Vec<_> = with_claim_offsets(&docs, &report).collect();
        // Each span counted afresh from its line's start: the reference for
        // the cursor the writer reads them with.
        let whole = Whole {
            schema: SCHEMA,
            documents: documents(&docs, &report),
            claims: offsets
                .iter()
                .flat_map(|&(d, a, off)| a.extraction.claims.iter().map(move |c| claim(d, &mut d.cursor(), c, off)))
                .collect(),
            facts: offsets
                .iter()
                .flat_map(|&(d, a, off)| a.facts.iter().map(move |f| fact(d, &mut d.cursor(), a, f, off)))
                .collect(),
            findings: findings(&docs, &report),
            summary: report.summary(),
        };
        assert!(!whole.claims.is_empty() && !whole.facts.is_empty() && !whole.findings.is_empty());
        let expected = serde_json::to_string_pretty(&whole).unwrap();
        assert_eq!(render(&docs, &report), expected);
        // A document with many claims and facts is written as it is rendered.
        let mut streamed = Vec::new();
        write_streaming_over(&mut streamed, &docs, &report, 3).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), expected);
        let nothing = [Document::from_text("plain.txt", "Nothing to see here.")];
        let report = crate::check(&nothing, &rules, true);
        let empty = Whole {
            schema: SCHEMA,
            documents: documents(&nothing, &report),
            claims: Vec::new(),
            facts: Vec::new(),
            findings: Vec::new(),
            summary: report.summary(),
        };
        assert_eq!(render(&nothing, &report), serde_json::to_string_pretty(&empty).unwrap());
    }
}
