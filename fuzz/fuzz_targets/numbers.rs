//! Fuzz the number parsers: numerals alone and quantities in a sentence.
#![no_main]

use crosscheck::extract::numeral::numeral;
use crosscheck::extract::quantity::quantities;
use crosscheck::rules::Rules;
use crosscheck::words::tokenize;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RULES: OnceLock<Rules> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = numeral(false)(text);
    let _ = numeral(true)(text);
    let rules = RULES.get_or_init(|| Rules::builtin().expect("built-in rules"));
    let tokens = tokenize(text, 0);
    for q in quantities(text, &tokens, text.len(), &rules.numbers) {
        assert!(text.is_char_boundary(q.span.start()) && text.is_char_boundary(q.span.end()));
        assert!(q.stated.min <= q.stated.max);
    }
});
