//! Helpers shared by the integration tests: run the built binary, read JSON.

#![allow(dead_code)]

use crosscheck::load::Document;
use crosscheck::rules::Rules;
use crosscheck::span::Span;
use std::process::{Command, Output};

pub const SEED_A: &str = "seeds/000_ec28406811e2f7e6.txt";
pub const SEED_B: &str = "seeds/004_d0d3fdf5298c6a03.txt";

/// Run `crosscheck` with `args` from the repository root.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// Run and parse stdout as the JSON report.
pub fn json(args: &[&str]) -> (i32, serde_json::Value) {
    let o = run(args);
    let v = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    (o.status.code().expect("exited"), v)
}

/// A fresh directory that is removed when the value is dropped.
pub fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("crosscheck-test-").tempdir().expect("a scratch directory")
}

/// The text of a file in the repository.
pub fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("readable")
}

/// The bytes a JSON span covers in its document.
pub fn covered<'t>(text: &'t str, span: &serde_json::Value) -> &'t str {
    let s = span["start"].as_u64().unwrap() as usize;
    let e = span["end"].as_u64().unwrap() as usize;
    &text[s..e]
}

/// Is `s` a span of `doc`'s text on character boundaries?
pub fn valid(doc: &Document, s: Span) -> bool {
    s.start() <= s.end()
        && s.end() <= doc.text.len()
        && doc.text.is_char_boundary(s.start())
        && doc.text.is_char_boundary(s.end())
}

/// Analyse one document and check every span of the analysis; the counts
/// of claims and facts.
pub fn assert_sound(doc: &Document, rules: &Rules) -> (usize, usize) {
    let a = crosscheck::analyze(doc, rules);
    for s in &a.segments.sentences {
        assert!(valid(doc, s.span) && !s.span.is_empty(), "{}: sentence {:?}", doc.path, s.span);
    }
    for c in &a.extraction.claims {
        for s in [Some(c.content), Some(c.span()), c.source, c.cue, c.channel].into_iter().flatten() {
            assert!(valid(doc, s), "{}: claim span {s:?}", doc.path);
        }
        assert!(!c.content.is_empty() && !c.source_text.is_empty(), "{}: {c:?}", doc.path);
        assert!(c.parent.is_none_or(|p| (p as usize) < a.extraction.claims.len()));
    }
    for f in &a.facts {
        assert!(valid(doc, f.span) && !f.span.is_empty(), "{}: fact {:?}", doc.path, f.span);
        assert!(f.value().min <= f.value().max, "{}: {f:?}", doc.path);
    }
    for d in &a.extraction.dates {
        assert!(valid(doc, d.span) && !d.span.is_empty(), "{}: date {:?}", doc.path, d.span);
    }
    (a.extraction.claims.len(), a.facts.len())
}
