//! The HTML report: one self-contained page (no external requests) with the
//! articles side by side, their claims and figures highlighted, and each
//! finding linked to its words in every article, filterable by severity.
//! A script in the page checks that every link reaches its words and writes
//! the result on `<body>`, so a headless browser can verify the page.

use std::fmt::Write as _;

use super::Report;
use crate::check::Finding;
use crate::load::Document;
use crate::rules::Severity;
use crate::span::Span;
use crate::Analysis;

const STYLE: &str = include_str!("html/style.css");
const SCRIPT: &str = include_str!("html/script.js");

/// A highlighted stretch of an article.
struct Mark {
    span: Span,
    class: &'static str,
    title: String,
    /// Findings whose evidence this is: (finding index, evidence index).
    findings: Vec<(usize, usize)>,
    severity: Option<Severity>,
}

/// The whole page.
pub fn render(docs: &[Document], report: &Report) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>crosscheck report</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>crosscheck</h1>\n");
    let summary = super::text::summary_line(docs, report);
    let summary = summary.trim_start_matches("crosscheck: ");
    let _ = writeln!(out, "<p class=\"summary\">{}</p>", escape(summary));
    out.push_str(&filters(report));
    out.push_str("</header>\n");
    out.push_str(&findings_list(docs, report));
    out.push_str("<main class=\"articles\">\n");
    for (i, doc) in docs.iter().enumerate() {
        out.push_str(&article(i, doc, &report.analyses[i], report));
    }
    out.push_str("</main>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// One checkbox per severity, with its count.
fn filters(report: &Report) -> String {
    let s = report.summary();
    let mut out = String::from("<form class=\"filters\" aria-label=\"Show findings by severity\">\n");
    for (level, n) in [("error", s.errors), ("warning", s.warnings), ("info", s.infos)] {
        let _ = writeln!(
            out,
            "<label class=\"sev-{level}\"><input type=\"checkbox\" data-level=\"{level}\" checked> {level} ({n})</label>"
        );
    }
    out.push_str("</form>\n");
    out
}

/// The findings, each with a link to its words in every article.
fn findings_list(docs: &[Document], report: &Report) -> String {
    if report.findings.is_empty() {
        return "<section class=\"findings\"><p class=\"none\">No discrepancies found.</p></section>\n".into();
    }
    let mut out = String::from("<section class=\"findings\">\n<ol>\n");
    for (i, f) in report.findings.iter().enumerate() {
        out.push_str(&finding_item(docs, i, f));
    }
    out.push_str("</ol>\n</section>\n");
    out
}

fn finding_item(docs: &[Document], i: usize, f: &Finding) -> String {
    let level = f.severity.as_str();
    let mut out = format!(
        "<li class=\"finding sev-{level}\" id=\"f{i}\" data-severity=\"{level}\" data-code=\"{}\">\n\
         <span class=\"level\">{level}</span> <span class=\"code\">{}</span> <span class=\"name\">{}</span>\n\
         <p class=\"message\">{}</p>\n<ul class=\"evidence\">\n",
        escape(&f.code),
        escape(&f.code),
        escape(&f.name),
        escape(&f.message)
    );
    for (j, e) in f.evidence.iter().enumerate() {
        let d = &docs[e.doc];
        let (line, col) = d.line_col(e.span.start());
        let _ = writeln!(
            out,
            "<li><a class=\"ev-link\" href=\"#f{i}-e{j}\">{}:{line}:{col}</a> <q>{}</q> <span class=\"label\">{}</span></li>",
            escape(&d.path),
            escape(d.slice(e.span)),
            escape(&e.label)
        );
    }
    out.push_str("</ul>\n</li>\n");
    out
}

/// One article column: its path and its text with the marks.
fn article(index: usize, doc: &Document, analysis: &Analysis, report: &Report) -> String {
    let marks = marks_for(index, doc, analysis, report);
    format!(
        "<article id=\"doc{index}\">\n<h2>{}</h2>\n<div class=\"text\">{}</div>\n</article>\n",
        escape(&doc.path),
        highlight(&doc.text, &marks)
    )
}

/// What to highlight in one document: claims (content, source, cue), figures,
/// and the evidence of each finding.
fn marks_for(index: usize, doc: &Document, analysis: &Analysis, report: &Report) -> Vec<Mark> {
    let plain = |span: Span, class: &'static str, title: String| Mark {
        span,
        class,
        title,
        findings: Vec::new(),
        severity: None,
    };
    let mut marks = Vec::new();
    for c in &analysis.extraction.claims {
        let title = format!("{}: {}", c.canonical_source, c.cue_word.as_deref().unwrap_or("quote"));
        marks.push(plain(c.content, "claim", title.clone()));
        if let Some(s) = c.source {
            marks.push(plain(s, "source", title.clone()));
        }
        if let Some(s) = c.cue {
            marks.push(plain(s, "cue", title));
        }
    }
    for f in &analysis.facts {
        let title = format!("{}: {}", f.measure.as_deref().unwrap_or("figure"), f.value());
        marks.push(plain(f.span, "figure", title));
    }
    for (i, f) in report.findings.iter().enumerate() {
        for (j, e) in f.evidence.iter().enumerate().filter(|(_, e)| e.doc == index && e.span.end() <= doc.text.len()) {
            marks.push(Mark {
                span: e.span,
                class: "ev",
                title: format!("{} {}: {}", f.code, f.severity.as_str(), f.message),
                findings: vec![(i, j)],
                severity: Some(f.severity),
            });
        }
    }
    marks.retain(|m| m.span.start() <= m.span.end() && m.span.end() <= doc.text.len());
    marks.sort_by_key(|m| (m.span.start(), std::cmp::Reverse(m.span.end())));
    marks
}

/// The text with every mark as a `<mark>`, overlaps split at each boundary;
/// each piece of evidence opens with its anchor (`f3-e1`).
fn highlight(text: &str, marks: &[Mark]) -> String {
    let mut points: Vec<usize> = marks.iter().flat_map(|m| [m.span.start(), m.span.end()]).collect();
    points.extend([0, text.len()]);
    points.sort_unstable();
    points.dedup();
    let mut out = String::with_capacity(text.len() * 2);
    let mut active: Vec<usize> = Vec::new();
    let mut next = 0;
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|&k| marks[k].span.end() > a);
        while next < marks.len() && marks[next].span.start() <= a {
            if marks[next].span.end() > a {
                active.push(next);
            }
            for &(i, j) in &marks[next].findings {
                let _ = write!(out, "<span class=\"anchor\" id=\"f{i}-e{j}\"></span>");
            }
            next += 1;
        }
        segment(&mut out, &text[a..b], &active, marks);
    }
    // Evidence that opens at the very end of the text still gets its anchor.
    for m in &marks[next..] {
        for &(i, j) in &m.findings {
            let _ = write!(out, "<span class=\"anchor\" id=\"f{i}-e{j}\"></span>");
        }
    }
    out
}

/// One stretch of text under the marks active over it, written to `out`.
fn segment(out: &mut String, piece: &str, active: &[usize], marks: &[Mark]) {
    if active.is_empty() {
        out.push_str(&escape(piece));
        return;
    }
    let mut classes: Vec<&str> = active.iter().map(|&k| marks[k].class).collect();
    classes.sort_unstable();
    classes.dedup();
    let findings: Vec<String> =
        active.iter().flat_map(|&k| marks[k].findings.iter().map(|(i, _)| format!("f{i}"))).collect();
    let severity = active.iter().filter_map(|&k| marks[k].severity).max();
    let title = active.iter().rev().map(|&k| marks[k].title.as_str()).next().unwrap_or("");
    let mut attrs = format!("class=\"{}\" title=\"{}\"", classes.join(" "), escape(title));
    if let Some(s) = severity {
        let _ = write!(attrs, " data-severity=\"{}\" data-f=\"{}\"", s.as_str(), findings.join(" "));
    }
    let _ = write!(out, "<mark {attrs}>{}</mark>", escape(piece));
}

/// Text made safe for HTML content and attribute values.
/// Every attribute here is double-quoted, so one escape serves both.
fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, class: &'static str) -> Mark {
        Mark { span: Span::new(start, end), class, title: String::new(), findings: Vec::new(), severity: None }
    }

    #[test]
    fn overlapping_marks_split_at_each_boundary() {
        let text = "more than 120 <died>";
        let marks = vec![mark(0, 20, "claim"), mark(0, 13, "figure")];
        let html = highlight(text, &marks);
        assert_eq!(
            html,
            "<mark class=\"claim figure\" title=\"\">more than 120</mark><mark class=\"claim\" title=\"\"> &lt;died&gt;</mark>"
        );
    }

    #[test]
    fn evidence_opens_with_its_anchor() {
        let text = "killed 49 people";
        let mut ev = mark(7, 9, "ev");
        ev.findings = vec![(2, 1)];
        ev.severity = Some(Severity::Error);
        let html = highlight(text, &[ev]);
        assert!(html.starts_with("killed <span class=\"anchor\" id=\"f2-e1\"></span><mark class=\"ev\""), "{html}");
        assert!(html.contains("data-severity=\"error\" data-f=\"f2\">49</mark> people"), "{html}");
    }
}
