//! Numbers a label beside them makes a name: a footnote marker ("incident.[12]"),
//! a broadcaster's channel ("KHOU 11", "WESH 2"), a ZIP code ("Denham
//! Springs LA 70727"), a clock time before its zone ("2117 GMT"), a result
//! ("defeated Panama 3 – 0"). None counts anything, so the figure scan
//! skips them. Call-sign letters, the states before ZIP codes, time zones
//! and the words of results are rules (rules/numbers.toml); a footnote is
//! shape alone.

use nom::bytes::complete::{take_while, take_while_m_n};
use nom::character::complete::one_of;
use nom::{IResult, Parser};

use crate::rules::NumberRules;
use crate::words::{Token, TokenKind};

/// Is the number at `tokens[k]` a label, not a count?
pub fn is_label(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> bool {
    is_footnote(text, tokens, k)
        || is_channel(text, tokens, k, rules)
        || is_zip_code(text, tokens, k, rules)
        || is_zoned_clock(text, &tokens[k], rules)
}

/// "(2117 GMT)", "at 1430 local time": four digits that read as hours and
/// minutes, then a time zone as the rules write it.
fn is_zoned_clock(text: &str, t: &Token, rules: &NumberRules) -> bool {
    let n = t.text(text);
    let clock = n.len() == 4 && digits(n) && n[..2] <= *"23" && n[2..] <= *"59";
    let after = &text[t.end()..];
    let next = after.trim_start_matches([' ', '\u{a0}']);
    let spaced = next.len() < after.len();
    let zone_next =
        |zone: &String| next.strip_prefix(zone.as_str()).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    clock && spaced && rules.time_zones.iter().any(zone_next)
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

/// Where the digits end that a dash joins to the number `tokens[0]`: a
/// model's variant ("Boeing 747-400") or a range's other end ("Gate 4-6",
/// "Gate 4 - 6", "18-20 Plymouth St") belongs to the label the number is.
pub fn dashed_number_after(text: &str, tokens: &[Token]) -> Option<usize> {
    let [number, dash, end, ..] = tokens else { return None };
    // Glued ("4-6") or spaced ("4 - 6"), but only by spaces: not across a line.
    let gap = |from: usize, to: usize| text[from..to].bytes().all(|b| b == b' ' || b == b'\t');
    let joined = gap(number.end(), dash.start()) && gap(dash.end(), end.start()) && dash.text(text) == "-";
    (joined && end.kind == TokenKind::Number).then(|| end.end())
}

/// The most digits a side of a result has.
const SCORE_DIGITS: usize = 3;

/// "3 – 0", "51-49": two sides of up to three digits joined by a dash.
fn result_shape(i: &str) -> IResult<&str, ()> {
    let side = || take_while_m_n(1, SCORE_DIGITS, |c: char| c.is_ascii_digit());
    // Any white space, as scraped text has no-break spaces around dashes.
    let gap = || take_while(char::is_whitespace);
    (side(), gap(), one_of("-–—"), gap(), side()).map(|_| ()).parse(i)
}

/// Where a result ends that opens at the number `tokens[k]`: "3 – 0",
/// "51-49" after a word of results ("defeated", "lost", "voted"), before
/// a noun of results ("a 5-4 decision", "the 2-1 win") or between two
/// names ("Sweden 1 – 0 Korea", "Panama 3 – 0;"). "aged 8-10" and "Iowa
/// 8-10 inches" are ranges. `from_token` is the sentence from
/// the number on.
pub fn score_len(text: &str, from_token: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> Option<usize> {
    let (after, ()) = result_shape(from_token).ok()?;
    let len = from_token.len() - after.len();
    // "8-10years", "1-2.5", "1234-5": a side goes on.
    let decimal = after.strip_prefix('.').is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()));
    if after.starts_with(char::is_alphanumeric) || decimal {
        return None;
    }
    let name = |w: &str| w.starts_with(char::is_uppercase);
    let next = after.trim_start();
    let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    if rules.result_nouns.contains_word(&next_word) {
        return Some(len);
    }
    let before = k.checked_sub(1).map(|j| &tokens[j])?;
    // A lower-case noun after it makes a range of a count: "won 20-30 seats".
    let ends = next_word.is_empty() || name(&next_word);
    let result_word = rules.score_words.contains_token(text, before)
        && (ends || AFTER_A_RESULT.iter().any(|w| next_word.eq_ignore_ascii_case(w)));
    let named_sides = k >= 2 && before.kind == TokenKind::Word && name(before.text(text)) && ends;
    (result_word || named_sides).then_some(len)
}

/// Words that may follow a result: "lost 1 – 2 to England", "winning 2 – 1
/// and collecting", "won 3-1 after extra time", "drew 1-1 in Madrid".
/// Grammar, not a newsroom's choice.
const AFTER_A_RESULT: [&str; 16] = [
    "to", "in", "and", "on", "at", "against", "over", "with", "after", "for", "but", "as", "up", "win", "victory",
    "defeat",
];

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

    #[test]
    fn a_clock_before_its_zone_is_a_time() {
        let rules = Rules::builtin().unwrap();
        let zoned = |marked: &str| {
            let (s, tokens, k) = at_marker(marked);
            is_zoned_clock(&s, &tokens[k], &rules.numbers)
        };
        for s in ["at 4:17 a.m. local time ([n]2117 GMT)", "at 1430 local time", "from 0900 EST"] {
            assert!(zoned(s), "{s}");
        }
        // Not hours and minutes, not spaced, not a zone, or a zone's word in lower case.
        for s in ["(2517 GMT)", "1290 GMT", "2117GMT", "1500 local residents", "2000 est.", "1200 GMTs"] {
            assert!(!zoned(s), "{s}");
        }
    }

    /// The text with its `[n]` marker taken out, its tokens, and the index
    /// of the number at the marker (or of the first number).
    fn at_marker(marked: &str) -> (String, Vec<Token>, usize) {
        let at = marked.find("[n]");
        let s = marked.replace("[n]", "");
        let tokens = tokenize(&s, 0);
        let k = tokens.iter().position(|t| t.kind == TokenKind::Number && at.is_none_or(|a| t.start() == a)).unwrap();
        (s, tokens, k)
    }

    /// Is the number at the marker a label?
    fn label(marked: &str) -> bool {
        let (s, tokens, k) = at_marker(marked);
        is_label(&s, &tokens, k, &Rules::builtin().unwrap().numbers)
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

    /// Where the result that opens at the `[n]` marker ends, if it is one.
    fn score(marked: &str) -> Option<String> {
        let (s, tokens, k) = at_marker(marked);
        let at = tokens[k].start();
        let len = score_len(&s, &s[at..], &tokens, k, &Rules::builtin().unwrap().numbers)?;
        Some(s[at..at + len].to_string())
    }

    #[test]
    fn results_are_not_ranges() {
        assert_eq!(score("Belgium defeated debutants Panama [n]3 – 0; and").as_deref(), Some("3 – 0"));
        assert_eq!(score("and Tunisia lost [n]1 – 2 to England").as_deref(), Some("1 – 2"));
        assert_eq!(score("Group F — Sweden [n]1 – 0 Korea Republic").as_deref(), Some("1 – 0"));
        assert_eq!(score("The Senate voted [n]51-49 to pass it").as_deref(), Some("51-49"));
        assert_eq!(score("Children aged [n]8–10 years"), None);
        assert_eq!(score("In Iowa [n]8-10 inches of snow"), None);
        assert_eq!(score("Labour won [n]20-30 seats"), None, "a count of seats");
        assert_eq!(score("it ended [n]1-2.5 hours later"), None);
        // Before a noun of results, with no word of results before it.
        assert_eq!(score("ruled in a [n]5-4 decision on").as_deref(), Some("5-4"));
        assert_eq!(score("United's [n]2-1 win lifted them").as_deref(), Some("2-1"));
        assert_eq!(score("took a [n]3 – 0 lead").as_deref(), Some("3 – 0"));
        assert_eq!(score("face a [n]10-12 week wait"), None);
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
