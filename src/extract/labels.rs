//! Numbers a label beside them makes a name: a footnote marker ("incident.[12]"),
//! a broadcaster's channel ("KHOU 11", "WESH 2"), a ZIP code ("Denham
//! Springs LA 70727"). None counts anything, so the figure scan skips them.
//! Call-sign letters and the states before ZIP codes are rules
//! (rules/numbers.toml); a footnote is shape alone.

use crate::rules::NumberRules;
use crate::words::{Token, TokenKind};

/// Is the number at `tokens[k]` a label, not a count?
pub fn is_label(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> bool {
    is_footnote(text, tokens, k) || is_channel(text, tokens, k, rules) || is_zip_code(text, tokens, k, rules)
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// "incident.[12]", "[4][15]": digits in square brackets glued to the word
/// or mark before them, as encyclopaedias and scraped pages cite.
fn is_footnote(text: &str, tokens: &[Token], k: usize) -> bool {
    let (Some(open), Some(close)) = (k.checked_sub(1).and_then(|j| tokens.get(j)), tokens.get(k + 1)) else {
        return false;
    };
    let t = &tokens[k];
    let bracketed = open.text(text) == "[" && close.text(text) == "]";
    let tight = open.end() == t.start() && close.start() == t.end();
    let glued_before = open.start() > 0 && !text[..open.start()].ends_with(char::is_whitespace);
    bracketed && tight && glued_before && digits(t.text(text))
}

/// The most digits a channel number has: "KHOU 11".
const CHANNEL_DIGITS: usize = 2;

/// "KHOU 11", "WESH 2 News": one or two digits after a broadcaster's call
/// sign, three or four capitals opening with a call-sign letter.
fn is_channel(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> bool {
    let Some(sign) = k.checked_sub(1).map(|j| &tokens[j]) else { return false };
    let number = tokens[k].text(text);
    let s = sign.text(text);
    let is_sign = sign.kind == TokenKind::Word
        && (3..=4).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_uppercase())
        && rules.call_sign_letters.iter().any(|l| s.starts_with(l.as_str()));
    is_sign && digits(number) && number.len() <= CHANNEL_DIGITS
}

/// Digits in a ZIP code: "70727", and "70727-1234" read as one token.
const ZIP_DIGITS: usize = 5;

/// "LA 70727", "Houston, Texas 77002": five digits (and an optional
/// "-1234") after a state named by its postal code or its name.
fn is_zip_code(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> bool {
    let t = &tokens[k];
    let number = t.text(text);
    let (zip, plus_four) = number.split_once('-').unwrap_or((number, "0000"));
    let shaped = zip.len() == ZIP_DIGITS && digits(zip) && plus_four.len() == 4 && digits(plus_four);
    // Case matters: "IN" is Indiana, "in" is not; so the names are matched
    // as written, whole words.
    let before = text[..t.start()].trim_end();
    let names_state =
        |state: &String| before.strip_suffix(state.as_str()).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric));
    shaped && rules.zip_states.iter().any(names_state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;
    use crate::words::tokenize;

    /// Is the number in `s` that starts at the first `[n]` marker (or the
    /// first number) a label? The marker is taken out of the text.
    fn label(marked: &str) -> bool {
        let at = marked.find("[n]");
        let s = marked.replace("[n]", "");
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(&s, 0);
        let k = tokens.iter().position(|t| t.kind == TokenKind::Number && at.is_none_or(|a| t.start() == a)).unwrap();
        is_label(&s, &tokens, k, &rules.numbers)
    }

    #[test]
    fn footnote_markers_are_labels() {
        assert!(label("were injured in the incident.[1][2]"));
        assert!(label("the Santa Monica College library,[4] he"));
        assert!(!label("the toll rose to [12] on Friday"));
        assert!(!label("[12] people died"));
        assert!(!label("died.[12 people"));
    }

    #[test]
    fn channels_after_call_signs_are_labels() {
        assert!(label("Speaking by phone with KHOU 11, the mayor"));
        assert!(label("told WESH 2 News on Monday"));
        assert!(!label("the WHO 2019 report"));
        assert!(!label("ABC 7 reported"), "ABC opens with no call-sign letter");
        assert!(!label("KHOU 110 people"));
    }

    #[test]
    fn zip_codes_after_states_are_labels() {
        assert!(label("PO Box 938 Denham Springs LA [n]70727 For"));
        assert!(label("Houston, Texas 77002-1234"));
        assert!(!label("Texas 770 people"));
        assert!(!label("about 70727 people"));
        assert!(!label("one in 10000 homes"), "\"IN\" is Indiana, \"in\" is not");
        assert!(!label("in BOLA 70727"));
    }
}
