//! Report: the result of a run and the printers that show it. The library
//! builds a [`Report`]; each output format is its own module and knows
//! nothing of how findings were made.

pub mod html;
pub mod json;
pub mod line;
pub mod sarif;
pub mod text;

use crate::check::Finding;
use crate::load::Document;
use crate::rules::Severity;
use crate::Analysis;

/// Everything a run found: per-document analyses and cross-document findings.
#[derive(Debug, Clone)]
pub struct Report {
    pub analyses: Vec<Analysis>,
    pub findings: Vec<Finding>,
    /// Findings left out by [`keep_at_least`](Report::keep_at_least): they
    /// may still fail the run, so the summary says they exist.
    pub hidden: usize,
}

/// A finding's stable identity for baselines and SARIF: its rule code and
/// the words of its evidence (case and spacing folded, file names kept, line
/// numbers left out), hashed. Editing an article elsewhere keeps it; changing
/// the figures or the articles involved does not.
pub fn fingerprint(docs: &[Document], f: &Finding) -> String {
    use sha2::{Digest, Sha256};
    let mut parts: Vec<String> = f
        .evidence
        .iter()
        .map(|e| {
            let d = &docs[e.doc];
            let name =
                std::path::Path::new(&d.path).file_name().map_or(d.path.clone(), |n| n.to_string_lossy().into_owned());
            let words = d.slice(e.span).split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            format!("{name}\u{1f}{words}")
        })
        .collect();
    parts.sort();
    let digest = Sha256::digest(format!("{}\u{1e}{}", f.code, parts.join("\u{1e}")).as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings below `--min-level`, counted but not shown.
    pub hidden: usize,
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut s = Summary { hidden: self.hidden, ..Summary::default() };
        for f in &self.findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }

    /// Keep only the findings at or above `level` (what is shown).
    pub fn keep_at_least(&mut self, level: Severity) {
        let before = self.findings.len();
        self.findings.retain(|f| f.severity >= level);
        self.hidden += before - self.findings.len();
    }

    /// Does any finding reach `level`? (The CLI's exit code.)
    pub fn has_at_least(&self, level: Severity) -> bool {
        self.findings.iter().any(|f| f.severity >= level)
    }
}
