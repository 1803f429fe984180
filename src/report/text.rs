//! The text report: findings as rustc-style diagnostics (the source line with
//! the words underlined in each article), plus listings of claims and facts
//! with `path:line:column`.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Report;
use crate::check::{figures::reading, Finding};
use crate::load::Document;
use crate::rules::{Rules, Severity};

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

fn group<'a>(docs: &'a [Document], f: &'a Finding) -> Group<'a> {
    let title = level(f.severity).primary_title(f.message.as_str()).id(f.code.as_str());
    Group::with_title(title).elements(f.evidence.iter().map(|e| {
        let doc = &docs[e.doc];
        // A byte-order mark is no column: the source is shown without it.
        let source = doc.original();
        let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let span = e.span.start().saturating_sub(bom)..e.span.end().saturating_sub(bom);
        Snippet::source(&source[bom..])
            .path(doc.path.as_str())
            .line_start(1)
            .fold(true)
            .annotation(AnnotationKind::Primary.span(span).label(e.label.as_str()))
    }))
}

/// Every finding as a diagnostic, then a summary line. `styled` adds ANSI
/// colour (the caller decides whether the terminal wants it).
pub fn render_findings(docs: &[Document], report: &Report, styled: bool) -> String {
    let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&renderer.render(&[group(docs, f)]));
        out.push_str("\n\n");
    }
    out.push_str(&summary_line(docs, report));
    out.push('\n');
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "crosscheck: 2 documents, 18 claims, 12 figures: 0 errors, 1 warning, 0 infos"
pub fn summary_line(docs: &[Document], report: &Report) -> String {
    let s = report.summary();
    let claims: usize = report.analyses.iter().map(|a| a.extraction.claims.len()).sum();
    let facts: usize = report.analyses.iter().map(|a| a.facts.len()).sum();
    let hidden = if s.hidden > 0 { format!(" ({} below --min-level, not shown)", s.hidden) } else { String::new() };
    format!(
        "crosscheck: {}, {}, {}: {}, {}, {}{hidden}",
        plural(docs.len(), "document", "documents"),
        plural(claims, "claim", "claims"),
        plural(facts, "figure", "figures"),
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.infos, "info", "infos"),
    )
}

fn clip(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    format!("{cut}…")
}

/// One line per claim: `path:line:col: SOURCE [cue] (via CHANNEL): CONTENT`.
pub fn render_claims(docs: &[Document], report: &Report) -> String {
    let mut out = String::new();
    for (doc, a) in docs.iter().zip(&report.analyses) {
        for c in &a.extraction.claims {
            let (line, col) = doc.line_col(c.span().start());
            let cue = c.cue.map_or_else(|| "(quote follows)".to_string(), |s| format!("[{}]", clip(doc.slice(s), 40)));
            let via = c.channel.map(|s| format!(" via {}", doc.slice(s))).unwrap_or_default();
            let written =
                if c.canonical_source != c.source_text { format!(" (\"{}\")", c.source_text) } else { String::new() };
            out.push_str(&format!(
                "{}:{line}:{col}: {}{written} {cue}{via} {}: {}\n",
                doc.path,
                c.canonical_source,
                serde_json::to_string(&c.kind).unwrap_or_default().trim_matches('"'),
                clip(doc.slice(c.content), 120)
            ));
        }
    }
    out
}

/// One line per figure: `path:line:col: "TEXT" MEASURE = READING`.
pub fn render_facts(docs: &[Document], report: &Report, rules: &Rules) -> String {
    let mut out = String::new();
    for (doc, a) in docs.iter().zip(&report.analyses) {
        for f in &a.facts {
            let (line, col) = doc.line_col(f.span.start());
            let who = f
                .claim
                .map(|c| format!(" (claimed by {})", a.extraction.claims[c.get()].canonical_source))
                .unwrap_or_default();
            out.push_str(&format!(
                "{}:{line}:{col}: \"{}\" {} = {}{who}\n",
                doc.path,
                clip(doc.slice(f.span), 60),
                f.measure.as_deref().unwrap_or("(no measure)"),
                reading(f, rules)
            ));
        }
    }
    out
}
