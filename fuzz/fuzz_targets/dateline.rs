//! Fuzz the dateline, running-text date, live-blog stamp and title parsers:
//! any text, read as a written date, a paragraph's stamp and a sentence with
//! dates and titled names, must not panic, and what they return must be real
//! dates, times and spans inside the text.
#![no_main]

use crosscheck::extract::dateline::written_date;
use crosscheck::extract::dates::dates;
use crosscheck::extract::stamps::stamp;
use crosscheck::extract::titles::titles;
use crosscheck::rules::Rules;
use crosscheck::words::tokenize;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RULES: OnceLock<Rules> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok((_, d)) = written_date(text) {
        assert!((1..=12).contains(&d.month) && (1..=31).contains(&d.day));
    }
    let rules = RULES.get_or_init(|| Rules::builtin().expect("built-in rules"));
    if let Some((minutes, len)) = stamp(text, rules) {
        assert!(minutes < 24 * 60 && len <= text.len() && text.is_char_boundary(len));
    }
    let tokens = tokenize(text, 0);
    for t in titles(text, &tokens, rules) {
        assert!(t.span.end() <= text.len() && text.is_char_boundary(t.span.start()) && text.is_char_boundary(t.span.end()));
    }
    for d in dates(text, &tokens, text.len(), 0, rules) {
        assert!(d.span.end() <= text.len() && text.is_char_boundary(d.span.start()) && text.is_char_boundary(d.span.end()));
        assert!(d.weekday.is_none_or(|w| w < 7) && d.month.is_none_or(|m| (1..=12).contains(&m)));
        assert!(d.day.is_none_or(|n| (1..=31).contains(&n)));
    }
});
