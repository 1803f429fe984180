//! SARIF 2.1.0, for code-scanning dashboards (GitHub and others): one run,
//! the checks as rules with stable ids and their docs, each finding as a
//! result at its first evidence (the others as related locations), paths
//! relative to the working directory, and a stable fingerprint per finding.

use serde_json::{json, Value};

use super::{fingerprint, Report};
use crate::check::Finding;
use crate::load::Document;
use crate::rules::{Rules, Severity};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as SARIF wants it: relative to the working directory, with "/".
fn uri(path: &str) -> String {
    let p = std::path::Path::new(path);
    let rel = std::env::current_dir().ok().and_then(|cwd| p.strip_prefix(cwd).ok().map(|r| r.to_path_buf()));
    rel.unwrap_or_else(|| p.to_path_buf()).to_string_lossy().replace('\\', "/")
}

fn location(docs: &[Document], e: &crate::check::Evidence) -> Value {
    let d = &docs[e.doc];
    let (start_line, start_column) = d.line_col(e.span.start());
    let (end_line, end_column) = d.line_col(e.span.end());
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&d.path) },
            "region": {
                "startLine": start_line, "startColumn": start_column,
                "endLine": end_line, "endColumn": end_column,
                "snippet": { "text": d.slice(e.span) }
            }
        },
        "message": { "text": e.label }
    })
}

fn result(docs: &[Document], f: &Finding, rule_index: usize) -> Value {
    let mut locations = f.evidence.iter().map(|e| location(docs, e));
    json!({
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": locations.next().into_iter().collect::<Vec<_>>(),
        "relatedLocations": locations.enumerate().map(|(i, mut l)| { l["id"] = json!(i + 1); l }).collect::<Vec<_>>(),
        "partialFingerprints": { "crosscheckFinding/v1": fingerprint(docs, f) }
    })
}

/// Render the report as a SARIF 2.1.0 log.
pub fn render(docs: &[Document], report: &Report, rules: &Rules) -> String {
    let checks: Vec<Value> = rules
        .checks
        .iter()
        .map(|c| {
            json!({
                "id": c.code,
                "name": c.name,
                "shortDescription": { "text": c.name.replace('-', " ") },
                "fullDescription": { "text": c.doc.trim() },
                "help": { "text": c.doc.trim() },
                "defaultConfiguration": { "level": level(c.severity) }
            })
        })
        .collect();
    let index = |code: &str| rules.checks.iter().position(|c| c.code == code).unwrap_or(0);
    let results: Vec<Value> = report.findings.iter().map(|f| result(docs, f, index(&f.code))).collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "crosscheck",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://example.invalid/crosscheck",
                "rules": checks
            }},
            "results": results
        }]
    });
    serde_json::to_string_pretty(&log).expect("SARIF serialises")
}
