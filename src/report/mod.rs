//! Report: the result of a run and the printers that show it. The library
//! builds a [`Report`]; each output format is its own module and knows
//! nothing of how findings were made.

pub mod json;
pub mod line;
pub mod text;

use crate::check::Finding;
use crate::rules::Severity;
use crate::Analysis;

/// Everything a run found: per-document analyses and cross-document findings.
#[derive(Debug, Clone)]
pub struct Report {
    pub analyses: Vec<Analysis>,
    pub findings: Vec<Finding>,
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
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
        self.findings.retain(|f| f.severity >= level);
    }

    /// Does any finding reach `level`? (The CLI's exit code.)
    pub fn has_at_least(&self, level: Severity) -> bool {
        self.findings.iter().any(|f| f.severity >= level)
    }
}
