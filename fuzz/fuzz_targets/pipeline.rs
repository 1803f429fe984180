//! Fuzz the whole pipeline: load (from bytes), segment, extract, facts,
//! check, and the JSON report (every span's line and column).
#![no_main]

use crosscheck::load::Document;
use crosscheck::rules::Rules;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RULES: OnceLock<Rules> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let rules = RULES.get_or_init(|| Rules::builtin().expect("built-in rules"));
    // Two documents from one input, so the cross-checks run too.
    let mid = data.len() / 2;
    let docs: Vec<Document> = [&data[..mid], &data[mid..]]
        .iter()
        .filter_map(|half| Document::from_bytes("fuzz.txt", half.to_vec()).ok())
        .collect();
    let report = crosscheck::check(&docs, rules, true);
    for (doc, a) in docs.iter().zip(&report.analyses) {
        for c in &a.extraction.claims {
            assert!(doc.text.is_char_boundary(c.content.start()) && doc.text.is_char_boundary(c.content.end()));
        }
    }
    let json = crosscheck::report::json::render(&docs, &report);
    assert!(json.ends_with('}'));
});
