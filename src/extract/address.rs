//! Street addresses: "18 Plymouth St", "5740 N. Academy Blvd.", "the 4100
//! block of Main Street". An address's number names a building, so the
//! figure scan skips it. The street types, compass points and block words
//! are rules (rules/numbers.toml).

use crate::rules::NumberRules;
use crate::words::{Token, TokenKind};

/// How many capitalised words a street's name may have: "Martin Luther
/// King Jr. Blvd" is about the longest.
const MAX_NAME_WORDS: usize = 4;

/// Is the number at `tokens[0]` a house number? Digits, and one letter
/// after them for a building of a plot ("221B Baker Street", not 221
/// billion), or the first of a range of them ("18-20 Plymouth St").
pub fn is_house_number(text: &str, tokens: &[Token], rules: &NumberRules) -> bool {
    let written = tokens[0].text(text);
    let digits = written.strip_suffix(|c: char| c.is_ascii_alphabetic()).unwrap_or(written);
    let plain = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    // "18-20 Plymouth St": the range's other end, then the street.
    let range_end = super::labels::dashed_number_after(text, tokens).map_or(0, |_| 2);
    let after = &tokens[1 + range_end..];
    plain && (before_block(text, after, rules) || before_street(text, after, rules))
}

/// "4100 block of": a block word, then "of".
fn before_block(text: &str, after: &[Token], rules: &NumberRules) -> bool {
    match after {
        [block, of, ..] => rules.street_blocks.contains_token(text, block) && of.text(text).eq_ignore_ascii_case("of"),
        _ => false,
    }
}

/// A word of a street's name: capitalised ("Plymouth"), or an ordinal
/// ("32nd Ave.").
fn is_name_part(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    match t.kind {
        TokenKind::Word => w.starts_with(char::is_uppercase),
        TokenKind::Number => ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)),
        TokenKind::Punct => false,
    }
}

/// "Plymouth St", "N. Academy Blvd.": an optional compass point, one or
/// more capitalised words, then a street type.
fn before_street(text: &str, after: &[Token], rules: &NumberRules) -> bool {
    let mut rest = after;
    if let Some((first, more)) = rest.split_first() {
        if rules.street_directions.contains_token(text, first) {
            rest = match more.split_first() {
                Some((dot, more)) if dot.text(text) == "." && dot.start() == first.end() => more,
                _ => rest,
            };
        }
    }
    for (names, t) in rest.iter().take(MAX_NAME_WORDS + 1).enumerate() {
        if names > 0 && rules.street_types.contains_token(text, t) {
            return true;
        }
        if !is_name_part(text, t) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::tokenize;

    fn house_number(s: &str) -> bool {
        let rules = crate::rules::Rules::builtin().unwrap();
        let tokens = tokenize(s, 0);
        is_house_number(s, &tokens, &rules.numbers)
    }

    #[test]
    fn a_number_before_a_street_is_an_address() {
        assert!(house_number("18 Plymouth St in Boston"));
        assert!(house_number("18-20 Plymouth St in Boston"));
        assert!(!house_number("18-20 people in Boston"));
        assert!(house_number("5740 N. Academy Blvd., near"));
        assert!(house_number("4100 block of Main Street"));
        assert!(house_number("10 Downing Street"));
        assert!(house_number("6011 N.W. 32nd Ave., in Miami"));
        assert!(house_number("6000 NW 32nd Court."));
        assert!(house_number("221B Baker Street in London"));
    }

    #[test]
    fn a_count_before_a_name_is_no_address() {
        assert!(!house_number("18 Marines died"));
        assert!(!house_number("40 New York police officers"));
        assert!(!house_number("12 people on Main Street"));
        assert!(!house_number("3 St"), "a street needs a name");
    }
}
