//! Fuzz the rules loader: any text as a newsroom's rule file must give rules
//! or a positioned error, never a panic.
#![no_main]

use crosscheck::rules::Rules;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Rules::with_extra(&[("fuzz.toml".to_string(), text.to_string())]) {
        Ok(_) => {}
        Err(e) => assert!(e.line >= 1 && e.column >= 1),
    }
});
