//! Durations: the ways news writes a length of time that a numeral and a
//! unit alone do not cover: "half an hour", "a quarter of an hour", "an hour
//! and a half", "for a week", "2 years and 3 months", "1 hour 15 minutes",
//! "1 hour thirty". Units and their sizes come from rules/units.toml.

use nom::branch::alt;
use nom::bytes::complete::tag_no_case;
use nom::character::complete::{char, multispace0, multispace1};
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::numeral::numeral;
use crate::rules::NumberRules;

type Res<'a, T> = IResult<&'a str, T>;

fn fail(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

fn article(i: &str) -> Res<'_, &str> {
    alt((tag_no_case("an"), tag_no_case("a"))).parse(i)
}

/// A unit of time from the rules' unit forms; its index.
pub fn time_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let m = rules.unit_forms.match_at(i).ok_or_else(|| fail(i))?;
        let (s, _) = crate::words::next_word(i).ok_or_else(|| fail(i))?;
        if s != 0 || rules.units[m.value].dimension != "time" {
            return Err(fail(i));
        }
        Ok((&i[m.len..], m.value))
    }
}

/// "half an hour", "half hour", "a half-hour", "a quarter of an hour",
/// "quarter-hour": a fraction word before a unit of time.
pub fn fractional_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, (f64, usize)> {
    move |i| {
        let half = alt((tag_no_case("half").map(|_| 0.5), tag_no_case("quarter").map(|_| 0.25)));
        let between = alt((
            (multispace0, char('-'), multispace0).map(|_| ()),
            (multispace1, opt((tag_no_case("of"), multispace1)), opt((article, multispace1))).map(|_| ()),
        ));
        let (rest, (_, f, _, unit)) = (opt((article, multispace1)), half, between, time_unit(rules)).parse(i)?;
        Ok((rest, (f, unit)))
    }
}

/// "an hour", "a week", "another month": one unit of time. Only read after a
/// word that makes it a length ("for an hour", "more than a week"), since
/// "once a day" and "$5 a month" are rates.
pub fn one_unit<'a>(rules: &'a NumberRules, in_context: bool) -> impl Fn(&'a str) -> Res<'a, (f64, usize)> {
    move |i| {
        let another = tag_no_case("another").map(|_| true);
        let (rest, (always, _, unit)) =
            (alt((another, article.map(|_| false))), multispace1, time_unit(rules)).parse(i)?;
        // "an hour and a half" is a length wherever it stands.
        if !(always || in_context || and_half(rest).is_ok()) {
            return Err(fail(i));
        }
        Ok((rest, (1.0, unit)))
    }
}

/// "and a half", "and half".
pub fn and_half(i: &str) -> Res<'_, f64> {
    let (rest, _) =
        (multispace1, tag_no_case("and"), multispace1, opt((article, multispace1)), tag_no_case("half")).parse(i)?;
    Ok((rest, 0.5))
}

/// "of an hour" after a fraction: "three-quarters of an hour".
pub fn of_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let (rest, (_, _, _, _, unit)) =
            (multispace1, tag_no_case("of"), multispace1, opt((article, multispace1)), time_unit(rules)).parse(i)?;
        Ok((rest, unit))
    }
}

/// What follows a length of time and extends it, in seconds: ", 3 months",
/// " and 30 minutes", " 15 seconds", " and a half" (of the last unit), and a
/// bare " thirty" after hours (minutes).
pub fn compound_tail<'a>(mut rest: &'a str, unit: usize, rules: &'a NumberRules) -> (&'a str, f64) {
    let mut extra = 0.0;
    let mut last_factor = rules.units[unit].factor;
    loop {
        if let Ok((r, h)) = and_half(rest) {
            return (r, extra + h * last_factor);
        }
        let sep = separator(rest);
        let Ok((after_sep, _)) = sep else { break };
        let Ok((after_num, n)) = numeral(false)(after_sep) else { break };
        let next = preceded(multispace0, time_unit(rules)).parse(after_num);
        match next {
            Ok((r, u)) if rules.units[u].factor < last_factor => {
                extra += n * rules.units[u].factor;
                last_factor = rules.units[u].factor;
                rest = r;
            }
            // "1 hour thirty", "1h30": minutes after hours.
            Err(_) if last_factor == 3600.0 && n > 0.0 && n < 60.0 && n.fract() == 0.0 && ends_number(after_num) => {
                extra += n * 60.0;
                rest = after_num;
                break;
            }
            _ => break,
        }
    }
    (rest, extra)
}

/// Between the parts of a compound duration: ", ", " and ", " ", or nothing
/// ("1h30").
fn separator(i: &str) -> Res<'_, ()> {
    let (rest, _) = (opt(char(',')), multispace0, opt((tag_no_case("and"), multispace1))).parse(i)?;
    Ok((rest, ()))
}

fn ends_number(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    #[test]
    fn fractions_of_units() {
        let rules = Rules::builtin().unwrap();
        let n = &rules.numbers;
        for text in ["half an hour", "half hour", "a half-hour", "half-hour"] {
            let (_, (f, u)) = fractional_unit(n)(text).unwrap_or_else(|_| panic!("{text}"));
            assert_eq!((f, n.units[u].name.as_str()), (0.5, "hour"), "{text}");
        }
        let (_, (f, _)) = fractional_unit(n)("a quarter of an hour").unwrap();
        assert_eq!(f, 0.25);
    }

    #[test]
    fn one_unit_only_in_context() {
        let rules = Rules::builtin().unwrap();
        assert!(one_unit(&rules.numbers, false)("a day").is_err());
        assert!(one_unit(&rules.numbers, true)("an hour").is_ok());
        assert!(one_unit(&rules.numbers, false)("another week").is_ok());
    }

    #[test]
    fn compound_durations_add_up() {
        let rules = Rules::builtin().unwrap();
        let n = &rules.numbers;
        let hour = n.units.iter().position(|u| u.name == "hour").unwrap();
        let year = n.units.iter().position(|u| u.name == "year").unwrap();
        assert_eq!(compound_tail(" and 30 minutes", hour, n).1, 1800.0);
        assert_eq!(compound_tail(" thirty", hour, n).1, 1800.0);
        assert_eq!(compound_tail(" and a half", hour, n).1, 1800.0);
        assert_eq!(compound_tail(", 3 months", year, n).1, 3.0 * 2592000.0);
        assert_eq!(compound_tail(" and 5 years", hour, n).1, 0.0, "a larger unit is a new figure");
    }
}
