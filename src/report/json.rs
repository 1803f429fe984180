//! The JSON report, a public contract: `crosscheck/report@1`, documented in
//! docs/report-format.md. Fields may be added; none is renamed or dropped
//! without a new schema version.

use serde::Serialize;

use super::{Report, Summary};
use crate::extract::attribution::{Claim, ClaimKind};
use crate::extract::dates::{weekday_title, DateMention};
use crate::facts::Fact;
use crate::interval::Interval;
use crate::load::Document;
use crate::rules::QualifierKind;
use crate::span::Span;

pub const SCHEMA: &str = "crosscheck/report@1";

#[derive(Serialize)]
struct JsonReport<'a> {
    schema: &'static str,
    documents: Vec<JsonDocument<'a>>,
    claims: Claims<'a>,
    facts: Facts<'a>,
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
}

/// Every claim of every document, serialised as it is read: an archive's
/// claims are never all held as JSON records at once.
struct Claims<'a>(&'a [Document], &'a Report);

/// Every fact of every document, streamed like [`Claims`].
struct Facts<'a>(&'a [Document], &'a Report);

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

impl Serialize for Claims<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            with_claim_offsets(self.0, self.1)
                .flat_map(|(d, a, off)| a.extraction.claims.iter().map(move |c| claim(d, c, off))),
        )
    }
}

impl Serialize for Facts<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            with_claim_offsets(self.0, self.1).flat_map(|(d, a, off)| a.facts.iter().map(move |f| fact(d, a, f, off))),
        )
    }
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
    words: &'a crate::facts::subject::WordList,
    near: &'a crate::facts::subject::WordList,
    counted: Option<&'a str>,
    names: &'a [String],
    historical: bool,
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

fn span(doc: &Document, s: Span) -> JsonSpan {
    let (line, column) = doc.line_col(s.start);
    let (end_line, end_column) = doc.line_col(s.end);
    JsonSpan { start: s.start, end: s.end, line, column, end_line, end_column }
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

fn claim<'a>(doc: &'a Document, c: &'a Claim, offset: usize) -> JsonClaim<'a> {
    let opt = |s: Option<Span>| s.map(|s| span(doc, s));
    JsonClaim {
        doc: &doc.path,
        kind: c.kind,
        source: &c.source_text,
        canonical_source: &c.canonical_source,
        cue: c.cue.map(|s| doc.slice(s)),
        cue_lemma: c.cue_word.as_deref(),
        content: doc.slice(c.content),
        span: span(doc, c.span()),
        source_span: opt(c.source),
        cue_span: opt(c.cue),
        content_span: span(doc, c.content),
        channel: c.channel.map(|s| doc.slice(s)),
        channel_span: opt(c.channel),
        parent: c.parent.map(|p| p + offset),
    }
}

fn day<'a>(doc: &'a Document, d: &DateMention) -> JsonDay<'a> {
    JsonDay {
        text: doc.slice(d.span),
        span: span(doc, d.span),
        weekday: d.weekday.map(weekday_title),
        month: d.month,
        day: d.day,
        year: d.year,
    }
}

fn fact<'a>(doc: &'a Document, a: &'a crate::Analysis, f: &'a Fact, offset: usize) -> JsonFact<'a> {
    JsonFact {
        doc: &doc.path,
        measure: f.measure.as_deref(),
        text: doc.slice(f.span),
        span: span(doc, f.span),
        unit: f.unit.as_deref(),
        dimension: f.dimension.as_deref(),
        value: value(f.value),
        nominal: f.nominal,
        stated: JsonStated { min: f.stated.finite_min(), max: f.stated.finite_max(), unit: f.stated_unit.as_deref() },
        qualifier: f.qualifier.map(qualifier_name),
        claim: f.claim.map(|c| c + offset),
        subject: JsonSubject {
            words: &f.subject.words,
            near: &f.subject.near,
            counted: f.subject.counted.as_deref(),
            names: &f.subject.names,
            historical: f.subject.historical,
        },
        day: f.day.map(|i| day(doc, &a.extraction.dates[i])),
    }
}

/// Render the report as pretty-printed JSON.
pub fn render(docs: &[Document], report: &Report) -> String {
    let mut out = Vec::new();
    write(&mut out, docs, report).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Stream the report as pretty-printed JSON: an archive-sized report is
/// never held in memory as one string.
pub fn write<W: std::io::Write>(w: W, docs: &[Document], report: &Report) -> std::io::Result<()> {
    let (claims, facts) = (Claims(docs, report), Facts(docs, report));
    let findings = report
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
                    JsonEvidence { doc: &d.path, text: d.slice(e.span), label: &e.label, span: span(d, e.span) }
                })
                .collect(),
        })
        .collect();
    let documents = docs
        .iter()
        .zip(&report.analyses)
        .map(|(d, a)| JsonDocument {
            doc: &d.path,
            bytes: d.text.len(),
            sentences: a.segments.sentences.len(),
            paragraphs: a.segments.paragraphs.len(),
            date: a.date(),
        })
        .collect();
    let out = JsonReport { schema: SCHEMA, documents, claims, facts, findings, summary: report.summary() };
    serde_json::to_writer_pretty(w, &out).map_err(std::io::Error::other)
}
