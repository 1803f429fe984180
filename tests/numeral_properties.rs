//! Properties of the number parser: every integer up to a trillion, spelled
//! out in English words by the speller below or written in digits with
//! thousands separators, parses back to itself; and no string, however odd,
//! makes the parsers panic.

use crosscheck::extract::numeral::numeral;
use crosscheck::extract::quantity::quantities;
use crosscheck::rules::Rules;
use crosscheck::words::tokenize;
use proptest::prelude::*;

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [(u64, &str); 3] = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];

/// Below one hundred: "seven", "forty-two".
fn spell_small(n: u64) -> String {
    match n {
        0..=19 => UNITS[n as usize].to_string(),
        _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        _ => format!("{}-{}", TENS[(n / 10) as usize], UNITS[(n % 10) as usize]),
    }
}

/// Below one thousand, British style with "and": "one hundred and five".
fn spell_hundreds(n: u64, and: bool) -> String {
    let (h, rest) = (n / 100, n % 100);
    match (h, rest) {
        (0, r) => spell_small(r),
        (h, 0) => format!("{} hundred", UNITS[h as usize]),
        (h, r) if and => format!("{} hundred and {}", UNITS[h as usize], spell_small(r)),
        (h, r) => format!("{} hundred {}", UNITS[h as usize], spell_small(r)),
    }
}

/// Any integer up to a trillion in words.
fn spell(n: u64, and: bool) -> String {
    if n == 1_000_000_000_000 {
        return "one trillion".into();
    }
    if n == 0 {
        return "zero".into();
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (size, name) in SCALES {
        if rest >= size {
            parts.push(format!("{} {name}", spell_hundreds(rest / size, and)));
            rest %= size;
        }
    }
    if rest > 0 {
        parts.push(spell_hundreds(rest, and));
    }
    parts.join(" ")
}

/// "1,234,567".
fn with_separators(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn parses_to(text: &str, n: u64) {
    let (rest, v) = numeral(false)(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
    assert!(rest.is_empty(), "{text:?} left {rest:?}");
    assert_eq!(v, n as f64, "{text:?}");
}

#[test]
fn the_speller_spells_what_people_write() {
    assert_eq!(spell(105, true), "one hundred and five");
    assert_eq!(spell(2_000_042, false), "two million forty-two");
    assert_eq!(spell(999_999_999_999, true).split(' ').next(), Some("nine"));
    assert_eq!(with_separators(1_234_567), "1,234,567");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spelled_integers_parse_back(n in 0u64..=1_000_000_000_000, and in any::<bool>()) {
        parses_to(&spell(n, and), n);
    }

    #[test]
    fn digits_with_separators_parse_back(n in 0u64..=1_000_000_000_000) {
        parses_to(&with_separators(n), n);
        parses_to(&n.to_string(), n);
    }

    #[test]
    fn the_number_parsers_never_panic(text in "\\PC{0,80}") {
        let _ = numeral(false)(&text);
        let _ = numeral(true)(&text);
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(&text, 0);
        for q in quantities(&text, &tokens, text.len(), &rules.numbers) {
            assert!(text.is_char_boundary(q.span.start()) && text.is_char_boundary(q.span.end()));
            assert!(q.stated.min <= q.stated.max);
        }
    }

    #[test]
    fn number_like_soup_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("one"), Just("hundred"), Just("and"), Just("a"), Just("half"), Just("-"), Just("1,000"), Just("3/4"),
        Just("point"), Just("five"), Just("million"), Just("over"), Just("out of"), Just("$"), Just("cents"),
        Just("hours"), Just("feet"), Just("between"), Just("to"), Just("½"), Just("minus"), Just(" "), Just("40 000"),
    ], 0..20)) {
        let text = parts.join(" ");
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(&text, 0);
        for q in quantities(&text, &tokens, text.len(), &rules.numbers) {
            assert!(q.stated.min <= q.stated.max, "{text}: {q:?}");
        }
    }
}
