//! Digits that name something instead of counting it: clock times ("4
//! p.m."), phone numbers ("202-324-3691", "324-3691"), codes with a leading
//! zero ("07", "0737 GMT") and a month with its day ("11/30", "5/17",
//! "30/11"). The figure scan skips them whole, so no part of them is read
//! as a count.

use nom::bytes::complete::take_while1;
use nom::character::complete::char;
use nom::sequence::preceded;
use nom::{IResult, Parser};

fn digit_group(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_ascii_digit()).parse(i)
}

/// How many bytes at the start of `text` are a code, not a figure; None
/// when the digits there may be a figure.
pub fn code_len(text: &str) -> Option<usize> {
    if let Ok((rest, _)) = super::stamps::clock(text) {
        return Some(text.len() - rest.len());
    }
    let (rest, first) = digit_group(text).ok()?;
    let after = area_code(first, rest)
        .or_else(|| month_and_day(first, rest).then(|| slash_tail(rest)))
        .or_else(|| phone_or_zero_led(first, rest))?;
    Some(text.len() - after.len())
}

/// A phone number ("324-3691", "305-471-TIPS") or a code with a leading
/// zero ("0737") from its `first` digit group on; the text after it.
fn phone_or_zero_led<'a>(first: &str, rest: &'a str) -> Option<&'a str> {
    let (after, groups) = hyphen_chain(rest);
    let leading_zero = first.len() > 1 && first.starts_with('0');
    spelled_ending(first, &groups, after).or((leading_zero || is_phone_number(first, &groups)).then_some(after))
}

/// "313) 222-2058", "305) 471-TIPS": the area code of a phone number,
/// its number after it; the text after the number.
fn area_code<'a>(first: &str, rest: &'a str) -> Option<&'a str> {
    let (number, _) =
        (char(')'), nom::character::complete::space0::<&str, nom::error::Error<&str>>).parse(rest).ok()?;
    let local = code_len(number)?;
    (first.len() == 3).then(|| &number[local..])
}

/// The groups after the first in "324-3691" or "202-324-3691": how many,
/// and the length and value of the first of them.
#[derive(Default)]
struct Groups {
    count: usize,
    second: Option<(usize, u64)>,
}

/// "-3691", "-324-3691": digit groups each after a hyphen, no space.
fn hyphen_chain(rest: &str) -> (&str, Groups) {
    let mut groups = Groups::default();
    let mut at = rest;
    while let Ok((r, g)) = preceded(char('-'), digit_group).parse(at) {
        if groups.count == 0 {
            groups.second = Some((g.len(), g.parse().unwrap_or(u64::MAX)));
        }
        groups.count += 1;
        at = r;
    }
    (at, groups)
}

/// Three or more groups ("202-324-3691", "1-800-555-1212"), or a local
/// number of three and four digits ("324-3691") that is no round range
/// ("100-1000" may be one).
fn is_phone_number(first: &str, groups: &Groups) -> bool {
    if groups.count >= 2 {
        return true;
    }
    let Some((len, value)) = groups.second.filter(|_| groups.count == 1) else { return false };
    let round = first.parse::<u64>().is_ok_and(|v| v % 10 == 0) && value % 10 == 0;
    first.len() == 3 && len == 4 && !round
}

/// "305-471-TIPS", "471-TIPS": three digits, maybe three or four more,
/// then capital letters spelling the rest of the number ("100-mile" is
/// no phone number); the text after the letters.
fn spelled_ending<'a>(first: &str, groups: &Groups, after: &'a str) -> Option<&'a str> {
    let local = groups.count == 0 || (groups.count == 1 && groups.second.is_some_and(|(n, _)| n >= 3));
    let letters = take_while1::<_, &str, nom::error::Error<&str>>(|c: char| c.is_ascii_uppercase());
    let (rest, spelled) = preceded(char('-'), letters).parse(after).ok()?;
    (first.len() == 3 && local && spelled.len() >= 4).then_some(rest)
}

/// The denominators a fraction in digits is written with: "3/4", "5/16".
/// Any other pair that could be a month and a day is a date.
const FRACTION_DENOMINATORS: [u64; 8] = [2, 3, 4, 5, 6, 8, 10, 16];

/// "11/30", "5/17", "30/11": one part at most 12, the other at most 31,
/// and no usual denominator after the slash.
fn month_and_day(first: &str, rest: &str) -> bool {
    let Ok((_, second)) = preceded(char('/'), digit_group).parse(rest) else { return false };
    let (Ok(a), Ok(b)) = (first.parse::<u64>(), second.parse::<u64>()) else { return false };
    let day_month = (1..=12).contains(&a.min(b)) && (1..=31).contains(&a.max(b));
    day_month && !FRACTION_DENOMINATORS.contains(&b)
}

/// The text after "/30" or "/17/2018": after every slash group.
fn slash_tail(rest: &str) -> &str {
    let mut at = rest;
    while let Ok((r, _)) = preceded(char('/'), digit_group).parse(at) {
        at = r;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_codes() {
        assert_eq!(code_len("202-324-3691 or"), Some(12));
        assert_eq!(code_len("324-3691."), Some(8));
        assert_eq!(code_len("1-800-555-1212"), Some(14));
        assert_eq!(code_len("305-471-TIPS."), Some(12));
        assert_eq!(code_len("313) 222-2058 or"), Some(13));
        assert_eq!(code_len("305) 471-TIPS."), Some(13));
        assert_eq!(code_len("12) 45 people"), None);
        assert_eq!(code_len("10-year-old"), None);
        assert_eq!(code_len("100-mile race"), None);
        assert_eq!(code_len("471-TIPS"), Some(8));
        assert_eq!(code_len("100-1000 people"), None, "a round range");
        assert_eq!(code_len("250-300 troops"), None);
        assert_eq!(code_len("2003-07"), None, "a span of years, read elsewhere");
    }

    #[test]
    fn clock_times_are_codes() {
        assert_eq!(code_len("4 p.m. on Friday"), Some(6));
        assert_eq!(code_len("11:30 AM"), Some(8));
        assert_eq!(code_len("4 people"), None);
        assert_eq!(code_len("4 amendments"), None);
    }

    #[test]
    fn leading_zeros_are_codes() {
        assert_eq!(code_len("0737 GMT"), Some(4));
        assert_eq!(code_len("07"), Some(2));
        assert_eq!(code_len("0.5 percent"), None);
        assert_eq!(code_len("0 deaths"), None);
    }

    #[test]
    fn a_month_and_its_day_are_a_code() {
        assert_eq!(code_len("11/30 5:04"), Some(5));
        assert_eq!(code_len("5/17/2018?"), Some(9));
        assert_eq!(code_len("30/11"), Some(5));
        assert_eq!(code_len("3/4 of"), None);
        assert_eq!(code_len("5/16 inch"), None);
        assert_eq!(code_len("1/40 of"), None);
    }
}
