//! Fuzz the markup stripper: HTML and Markdown of any shape must come out
//! as valid text of exactly the same length, and the pipeline must read it.
#![no_main]

use crosscheck::markup::{strip, Markup};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for markup in [Markup::Html, Markup::Markdown] {
        let plain = strip(text, markup).expect("markup is stripped");
        assert_eq!(plain.len(), text.len());
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                assert_eq!(plain.as_bytes()[i], b'\n', "newlines stay where they are");
            }
        }
    }
});
