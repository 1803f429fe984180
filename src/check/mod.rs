//! Check: the rules engine. Runs each enabled check over the facts and
//! claims of all documents and returns findings, each with evidence spans in
//! every document involved. Codes, severities and message templates come
//! from rules/checks.toml.

pub mod dates;
pub mod figures;
pub mod places;
pub mod quotes;
pub mod titles;

use crate::load::Document;
use crate::rules::{Check, Rules, Severity};
use crate::span::Span;
use crate::Analysis;

/// Where a finding points: words in one document, and how they were read.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub doc: usize,
    pub span: Span,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub code: String,
    pub name: String,
    pub severity: Severity,
    pub message: String,
    pub evidence: Vec<Evidence>,
}

/// Run every enabled check over the documents and their analyses.
pub fn run(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    // The checks read the analyses and nothing else: they run side by side.
    let ((mut findings, statements), (quotes, rest)) = rayon::join(
        || rayon::join(|| figures::check(docs, analyses, rules), || quotes::check_statements(docs, analyses, rules)),
        || {
            rayon::join(
                || quotes::check(docs, analyses, rules),
                || {
                    let mut rest = titles::check(docs, analyses, rules);
                    rest.extend(dates::check_weekdays(docs, analyses, rules));
                    rest.extend(dates::check_event_days(docs, analyses, rules));
                    rest.extend(dates::check_event_nouns(docs, analyses, rules));
                    rest.extend(places::check(docs, analyses, rules));
                    rest
                },
            )
        },
    );
    findings.extend(quotes);
    findings.extend(statements);
    findings.extend(rest);
    findings.sort_by(|a, b| {
        b.severity.cmp(&a.severity).then_with(|| {
            let key = |f: &Finding| f.evidence.first().map(|e| (e.doc, e.span.start()));
            key(a).cmp(&key(b))
        })
    });
    findings
}

/// Draft mode: the first `drafts` documents are drafts, the rest sources.
/// Keep the findings that hold a draft against a source (draft evidence
/// first) and those about a draft alone, and add CC105 for each draft
/// figure no source agrees with. The sources' own findings are not the
/// draft's business.
pub fn run_against(docs: &[Document], analyses: &[Analysis], drafts: usize, rules: &Rules) -> Vec<Finding> {
    let is_draft = |d: usize| d < drafts;
    let mut findings: Vec<Finding> = run(docs, analyses, rules)
        .into_iter()
        .filter(|f| {
            let draft = f.evidence.iter().any(|e| is_draft(e.doc));
            let source = f.evidence.iter().any(|e| !is_draft(e.doc));
            let one_doc = f.evidence.windows(2).all(|w| w[0].doc == w[1].doc);
            draft && (source || one_doc)
        })
        .map(|mut f| {
            f.evidence.sort_by_key(|e| !is_draft(e.doc));
            f
        })
        .collect();
    findings.extend(figures::unsupported(docs, analyses, drafts, rules));
    findings
}

/// The outcome of one of a rule's own examples.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleResult {
    pub code: String,
    pub index: usize,
    pub expected: bool,
    pub triggered: bool,
}

impl ExampleResult {
    pub fn passed(&self) -> bool {
        self.expected == self.triggered
    }
}

/// Run every enabled check's own examples (`crosscheck rules test`).
pub fn test_examples(rules: &Rules) -> Vec<ExampleResult> {
    let mut out = Vec::new();
    for c in rules.checks.iter().filter(|c| c.enabled) {
        for (index, ex) in c.examples.iter().enumerate() {
            let docs: Vec<Document> = ex
                .articles
                .iter()
                .enumerate()
                .map(|(i, t)| Document::from_text(format!("example-{}.txt", i + 1), t.as_str()))
                .collect();
            let report =
                if ex.draft { crate::check_against(&docs, 1, rules) } else { crate::check(&docs, rules, true) };
            let triggered = report.findings.iter().any(|f| f.code == c.code);
            out.push(ExampleResult { code: c.code.clone(), index, expected: ex.triggers, triggered });
        }
    }
    out
}

/// Build a finding from a check's template, filling `{name}` placeholders.
pub fn finding(check: &Check, values: &[(&str, String)], evidence: Vec<Evidence>) -> Finding {
    Finding {
        code: check.code.clone(),
        name: check.name.clone(),
        severity: check.severity,
        message: fill(&check.message, values),
        evidence,
    }
}

/// One article's side of a figure both articles give, with the words beside
/// it that they disagree on (a day, a place) and how those were read.
pub struct Beside {
    pub doc: usize,
    pub figure: Span,
    pub words: Span,
    pub label: String,
}

/// A finding about words beside an agreed figure: `what` names them in the
/// template ("day" fills `{a_day}` and `{b_day}`), `verb` in the figure's
/// label ("the figure it dates"). Evidence: both articles' words, then both
/// figures; `extra` adds template values.
pub fn beside_figure(
    check: &Check,
    docs: &[Document],
    measure: &str,
    (what, verb): (&str, &str),
    [a, b]: [Beside; 2],
    extra: &[(&str, String)],
) -> Finding {
    let text = |doc: usize, s: Span| docs[doc].slice(s).to_string();
    let (key_a, key_b) = (format!("a_{what}"), format!("b_{what}"));
    let mut values = vec![
        ("measure", measure.to_string()),
        ("a_figure", text(a.doc, a.figure)),
        ("b_figure", text(b.doc, b.figure)),
        (key_a.as_str(), text(a.doc, a.words)),
        (key_b.as_str(), text(b.doc, b.words)),
        ("a_doc", docs[a.doc].path.clone()),
        ("b_doc", docs[b.doc].path.clone()),
    ];
    values.extend(extra.iter().cloned());
    let evidence = vec![
        Evidence { doc: a.doc, span: a.words, label: a.label },
        Evidence { doc: b.doc, span: b.words, label: b.label },
        Evidence { doc: a.doc, span: a.figure, label: format!("{measure}: the figure it {verb}") },
        Evidence { doc: b.doc, span: b.figure, label: format!("{measure}: the same figure") },
    ];
    finding(check, &values, evidence)
}

/// Replace `{key}` with its value; unknown keys are left as written so a
/// typo in a newsroom's template shows up in the output.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (k, v) in values {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// An enabled check by code.
pub fn enabled<'r>(rules: &'r Rules, code: &str) -> Option<&'r Check> {
    rules.check(code).filter(|c| c.enabled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_keys_only() {
        assert_eq!(fill("{a} and {b} vs {c}", &[("a", "1".into()), ("b", "2".into())]), "1 and 2 vs {c}");
    }
}
