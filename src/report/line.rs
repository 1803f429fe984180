//! Line-oriented reports: `line` (`path:line:col: level code: message`, one
//! finding a line, for editors' problem matchers), `jsonl` (one JSON finding
//! a line, for streaming) and `github` (workflow commands that annotate a
//! pull request, and a Markdown summary for the job's page).

use serde::Serialize;

use super::Report;
use crate::check::Finding;
use crate::load::Document;

/// Where a finding is anchored: its first evidence.
fn anchor<'a>(docs: &'a [Document], f: &Finding) -> (&'a str, usize, usize) {
    f.evidence.first().map_or(("", 1, 1), |e| {
        let d = &docs[e.doc];
        let (line, col) = d.line_col(e.span.start());
        (d.path.as_str(), line, col)
    })
}

/// `path:line:col: warning CC101: message`, one finding a line.
pub fn render_lines(docs: &[Document], report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let (path, line, col) = anchor(docs, f);
        out.push_str(&format!("{path}:{line}:{col}: {} {}: {}\n", f.severity.as_str(), f.code, f.message));
    }
    out
}

#[derive(Serialize)]
struct JsonlEvidence<'a> {
    doc: &'a str,
    text: &'a str,
    label: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct JsonlFinding<'a> {
    schema: &'static str,
    rule: &'a str,
    name: &'a str,
    severity: &'static str,
    message: &'a str,
    evidence: Vec<JsonlEvidence<'a>>,
}

/// One JSON object a line, each a finding (schema `crosscheck/finding@1`).
pub fn render_jsonl(docs: &[Document], report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let evidence = f
            .evidence
            .iter()
            .map(|e| {
                let d = &docs[e.doc];
                let (line, column) = d.line_col(e.span.start());
                JsonlEvidence {
                    doc: &d.path,
                    text: d.slice(e.span),
                    label: &e.label,
                    start: e.span.start(),
                    end: e.span.end(),
                    line,
                    column,
                }
            })
            .collect();
        let row = JsonlFinding {
            schema: "crosscheck/finding@1",
            rule: &f.code,
            name: &f.name,
            severity: f.severity.as_str(),
            message: &f.message,
            evidence,
        };
        out.push_str(&serde_json::to_string(&row).expect("a finding serialises"));
        out.push('\n');
    }
    out
}

/// Escape workflow-command data: GitHub reads "%", CR and LF specially.
fn escape(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape(s).replace(':', "%3A").replace(',', "%2C")
}

/// `::error file=...,line=...,col=...,title=CC102::message` for each finding.
pub fn render_github(docs: &[Document], report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let (path, line, col) = anchor(docs, f);
        let kind = match f.severity {
            crate::rules::Severity::Error => "error",
            crate::rules::Severity::Warning => "warning",
            crate::rules::Severity::Info => "notice",
        };
        let title = escape_property(&format!("{} {}", f.code, f.name));
        out.push_str(&format!(
            "::{kind} file={},line={line},col={col},title={title}::{}\n",
            escape_property(path),
            escape(&f.message)
        ));
    }
    out
}

/// A Markdown summary of the run for `$GITHUB_STEP_SUMMARY`: annotations are
/// capped per step, the summary is not.
pub fn github_summary(docs: &[Document], report: &Report) -> String {
    let s = report.summary();
    let mut out = format!(
        "## crosscheck\n\n{} articles: **{} errors**, {} warnings, {} infos\n\n",
        docs.len(),
        s.errors,
        s.warnings,
        s.infos
    );
    if !report.findings.is_empty() {
        out.push_str("| level | rule | where | finding |\n|---|---|---|---|\n");
        for f in &report.findings {
            let (path, line, col) = anchor(docs, f);
            let message = f.message.replace('|', "\\\\|");
            out.push_str(&format!("| {} | {} | `{path}:{line}:{col}` | {message} |\n", f.severity.as_str(), f.code));
        }
    }
    out
}
