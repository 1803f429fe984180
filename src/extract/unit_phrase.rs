//! Unit phrases: the ways news ties an amount to a unit that a numeral and a
//! unit alone do not cover: "half an hour", "a quarter of an hour", "half a
//! gallon", "an hour and a half", "for a week", "a liter", "2 years and 3
//! months", "7 feet 10 inches", "1 hour thirty", "20 dollars 43 cents".
//! Units and their sizes come from rules/units.toml.

use crate::words::{is_any, tag_ci};
use nom::branch::alt;
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
    alt((tag_ci("an"), tag_ci("a"))).parse(i)
}

/// A unit from the rules' unit forms, written as a word (not "m" or "l"),
/// at the very start of `i`; its index.
pub fn any_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let m = rules.unit_forms.match_at(i).ok_or_else(|| fail(i))?;
        let (s, _) = crate::words::next_word(i).ok_or_else(|| fail(i))?;
        if s != 0 || m.len < 2 {
            return Err(fail(i));
        }
        Ok((&i[m.len..], m.value))
    }
}

fn is_time(rules: &NumberRules, unit: usize) -> bool {
    &*rules.units[unit].dimension == "time"
}

/// "half an hour", "half hour", "a half-hour", "a quarter of an hour",
/// "half a gallon", "quarter-litre": a fraction word before a unit.
pub fn fractional_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, (f64, usize)> {
    move |i| {
        let half = alt((tag_ci("half").map(|_| 0.5), tag_ci("quarter").map(|_| 0.25)));
        let between = alt((
            (multispace0, char('-'), multispace0).map(|_| ()),
            (multispace1, opt((tag_ci("of"), multispace1)), opt((article, multispace1))).map(|_| ()),
        ));
        let (rest, (_, f, _, unit)) = (opt((article, multispace1)), half, between, any_unit(rules)).parse(i)?;
        Ok((rest, (f, unit)))
    }
}

/// "an hour", "another month", "a liter": one unit. A unit of time is read
/// only after or before a word that makes it a length ("for an hour", "more
/// than a week", "a week before the attack"), since "once a day" and "$5 a
/// month" are rates.
pub fn one_unit<'a>(rules: &'a NumberRules, context: TimeContext) -> impl Fn(&'a str) -> Res<'a, (f64, usize)> {
    let in_context = context == TimeContext::Length;
    move |i| {
        if let Ok((rest, unit)) = hyphenated_whole_unit(rules, i) {
            return Ok((rest, (1.0, unit)));
        }
        let another = tag_ci("another").map(|_| true);
        // "for the week": after "for", the article of one whole unit of time.
        let the = tag_ci("the").map(|_| false);
        let whole =
            (opt((article, multispace1)), |w| phrase_in(&rules.whole_unit_words, w), opt(char('-'))).map(|_| true);
        let (rest, (always, _, unit)) =
            (alt((another, whole, article.map(|_| false), the)), multispace0, any_unit(rules)).parse(i)?;
        let after_the = i.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("the"));
        // "in the years 2006 through 2011", "in the days that followed":
        // a plural after "the" names a stretch of time, not one unit.
        let plural = i[..i.len() - rest.len()].ends_with(['s', 'S']);
        if after_the && !(in_context && is_time(rules, unit) && !plural) {
            return Err(fail(i));
        }
        if second_as_ordinal(&i[..i.len() - rest.len()], rest) {
            return Err(fail(i));
        }
        // "an hour and a half", "an hour and 45 minutes" are lengths wherever they stand.
        let compound = and_half(rest).is_ok() || !compound_tail(rest, unit, rules).1.is_empty();
        let closed = context != TimeContext::Rate
            && preceded(multispace1, |w| phrase_in(&rules.duration_closers, w)).parse(rest).is_ok();
        if is_time(rules, unit) && !(always || in_context || compound || closed) {
            return Err(fail(i));
        }
        Ok((rest, (1.0, unit)))
    }
}

/// What the words before one unit of time make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeContext {
    /// Nothing: "a day" is a length only when a word after it makes it one
    /// ("a day later").
    Open,
    /// A [numbers] duration opener or a qualifier: "for an hour", "more
    /// than a week".
    Length,
    /// A [numbers] rate opener: "once a day after meals" is a rate, never
    /// a length.
    Rate,
}

/// Words that may follow "a second" when it is a length of time: "for a
/// second or two", "a second later", "for a second he froze".
const AFTER_A_SECOND: [&str; 30] = [
    "or", "and", "later", "ago", "before", "after", "earlier", "longer", "of", "to", "too", "in", "at", "as", "when",
    "while", "until", "then", "so", "but", "that", "he", "she", "it", "they", "we", "i", "you", "the", "there",
];

/// "a second gunman", "for the second time", "in the second half": after
/// an article, "second" before any other word is the ordinal, not the unit.
fn second_as_ordinal(read: &str, rest: &str) -> bool {
    let last = read.trim_end_matches('-').rsplit(char::is_whitespace).next().unwrap_or("");
    if !last.eq_ignore_ascii_case("second") || !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let next = rest.trim_start();
    let word_len = next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len());
    word_len > 0 && !AFTER_A_SECOND.iter().any(|w| next[..word_len].eq_ignore_ascii_case(w))
}

/// "and a half", "and half", "and a quarter", "and three quarters".
pub fn and_half(i: &str) -> Res<'_, f64> {
    let share = alt((
        tag_ci("half").map(|_| 0.5),
        tag_ci("quarter").map(|_| 0.25),
        (tag_ci("three"), multispace1, tag_ci("quarters")).map(|_| 0.75),
    ));
    let (rest, (_, _, _, _, f)) =
        (multispace1, tag_ci("and"), multispace1, opt((article, multispace1)), share).parse(i)?;
    if rest.starts_with(char::is_alphanumeric) {
        return Err(fail(i));
    }
    Ok((rest, f))
}

/// "all-day", "full-week": a whole-unit word and a unit of time in one word.
fn hyphenated_whole_unit<'a>(rules: &'a NumberRules, i: &'a str) -> Res<'a, usize> {
    let (rest, w) = crate::words::word(i)?;
    let (whole, unit) = w.split_once('-').ok_or_else(|| fail(i))?;
    if !rules.whole_unit_words.contains_word(whole) {
        return Err(fail(i));
    }
    let (left, u) = any_unit(rules)(unit).map_err(|_| fail(i))?;
    if !left.is_empty() || !is_time(rules, u) {
        return Err(fail(i));
    }
    Ok((rest, u))
}

/// A word from a rule phrase set at the start of `i`.
fn phrase_in<'a>(set: &crate::rules::PhraseSet, i: &'a str) -> Res<'a, ()> {
    let m = set.match_at(i).ok_or_else(|| fail(i))?;
    Ok((&i[m.len..], ()))
}

/// "of an hour" after a fraction: "three-quarters of an hour", "a tenth of a gallon".
pub fn of_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let (rest, (_, _, _, _, unit)) =
            (multispace1, tag_ci("of"), multispace1, opt((article, multispace1)), any_unit(rules)).parse(i)?;
        Ok((rest, unit))
    }
}

/// What a compound adds to its first part.
#[derive(Debug, Default)]
pub struct Compound {
    /// The parts after the first: (amount, unit).
    pub parts: Vec<(f64, usize)>,
    /// The smallest unit among the parts: the unit the whole is stated in.
    pub smallest: usize,
}

impl Compound {
    /// Does the compound add anything?
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The whole, `first` of `unit` plus the parts, in the smallest unit.
    pub fn total(&self, first: f64, unit: usize, rules: &NumberRules) -> f64 {
        let mut total = first * ratio(rules, unit, self.smallest);
        for &(n, u) in &self.parts {
            total += n * ratio(rules, u, self.smallest);
        }
        total
    }
}

/// What follows a measure and extends it: ", 3 months", " and 30 minutes",
/// " 10 inches", " and a half" (of the last unit), and a bare number in
/// the unit's next ([`bare_part`]). Each part must be in another unit of
/// the same dimension ("1 kilometer and 1 mile").
pub fn compound_tail<'a>(mut rest: &'a str, unit: usize, rules: &'a NumberRules) -> (&'a str, Compound) {
    let dimension = &rules.units[unit].dimension;
    let mut out = Compound { parts: Vec::new(), smallest: unit };
    let mut last = unit;
    loop {
        if let Ok((r, h)) = and_half(rest) {
            out.parts.push((h, last));
            return (r, out);
        }
        match unit_part(rest, rules) {
            Some((r, n, u)) if &rules.units[u].dimension == dimension && u != last => {
                out.parts.push((n, u));
                if rules.units[u].factor < rules.units[out.smallest].factor {
                    out.smallest = u;
                }
                last = u;
                rest = r;
            }
            _ => {
                if let Some((r, n, u)) = bare_part(rest, last, rules) {
                    out.parts.push((n, u));
                    out.smallest = u;
                    rest = r;
                }
                break;
            }
        }
    }
    (rest, out)
}

/// A part with its own unit: ", 3 months", " and 30 minutes", " 10 inches".
fn unit_part<'a>(rest: &'a str, rules: &'a NumberRules) -> Option<(&'a str, f64, usize)> {
    let (after_sep, _) = separator(rest).ok()?;
    let (after_num, n) = numeral(false)(after_sep).ok()?;
    let (r, u) = preceded(multispace0, unit_form(rules)).parse(after_num).ok()?;
    Some((r, n, u))
}

/// Words that may follow a bare part: it ends a clause, it counts nothing.
const AFTER_BARE_PART: [&str; 8] = ["and", "or", "but", "when", "while", "with", "as", "at"];

/// A bare whole number after a unit that names the unit of its next part
/// ([`crate::rules::schema::Unit::bare_next`]): " thirty" and "30" after
/// hours are minutes ("1 hour thirty", "1h30"), "-2" after "6-foot" is
/// inches, with that unit's own form if written ("6-foot-2-inch"). A
/// hyphen or a [`separator`] without its comma before it ("1 hour and
/// thirty"). After a space it must count nothing itself: "lasted 2 hours,
/// 15 people were hurt" and "2 hours 15 people" count people; hyphenated,
/// the whole is an adjective ("a 6-foot-2 man").
pub fn bare_part<'a>(rest: &'a str, last: usize, rules: &'a NumberRules) -> Option<(&'a str, f64, usize)> {
    let next = rules.bare_next[last]?;
    let hyphenated = rest.strip_prefix('-');
    let after_sep = match hyphenated {
        Some(r) => r,
        None if rest.starts_with(',') => return None,
        None => separator(rest).ok()?.0,
    };
    let (after_num, n) = numeral(false)(after_sep).ok()?;
    if !(n > 0.0 && n < ratio(rules, last, next) && n.fract() == 0.0 && ends_number(after_num)) {
        return None;
    }
    let own_form = preceded((multispace0, opt(char('-'))), unit_form(rules)).parse(after_num);
    if let Ok((r, u)) = own_form {
        return (u == next).then_some((r, n, next));
    }
    let (_, word) = preceded(multispace0, crate::words::word).parse(after_num).unwrap_or(("", ""));
    let counts_a_noun =
        hyphenated.is_none() && word.starts_with(char::is_alphabetic) && !is_any(word, &AFTER_BARE_PART);
    (!counts_a_noun).then_some((after_num, n, next))
}

/// How many of `small` make one `big`, with calendar ratios kept whole: a
/// year is 12 months inside "2 years and 3 months", as Duckling counts it.
pub fn ratio(rules: &NumberRules, big: usize, small: usize) -> f64 {
    let r = rules.units[big].factor / rules.units[small].factor;
    let whole = r.round();
    if r >= 2.0 && ((r - whole) / whole).abs() < 0.02 {
        whole
    } else {
        r
    }
}

/// Any unit form, short ones included ("h", "in", "c").
fn unit_form<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let m = rules.unit_forms.match_at(i).ok_or_else(|| fail(i))?;
        Ok((&i[m.len..], m.value))
    }
}

/// After a whole amount of money, the cents: " 43 cents", " and 43c", " 50"
/// ("15 dollars 50", "thirteen dollars forty five"). The value is in the
/// main unit.
pub fn cents_tail<'a>(rest: &'a str, rules: &'a NumberRules) -> (&'a str, f64) {
    let Ok((after_sep, _)) = separator(rest) else { return (rest, 0.0) };
    let Ok((after_num, n)) = numeral(false)(after_sep) else { return (rest, 0.0) };
    if !(n.fract() == 0.0 && n > 0.0 && n < 100.0) {
        return (rest, 0.0);
    }
    let cent = |r: &'a str| -> Option<&'a str> {
        let (r2, _) = cent_word(r).ok()?;
        ends_number(r2).then_some(r2)
    };
    match cent(after_num) {
        Some(r) => (r, n / 100.0),
        None if ends_number(after_num) && after_sep.len() < rest.len() && !starts_unit(after_num, rules) => {
            (after_num, n / 100.0)
        }
        None => (rest, 0.0),
    }
}

/// "cents", "cent", "c" (with optional space before).
fn cent_word(i: &str) -> Res<'_, &str> {
    preceded(multispace0, alt((tag_ci("cents"), tag_ci("cent"), tag_ci("c")))).parse(i)
}

/// Does a unit follow (then the number is a figure of its own)?
fn starts_unit(rest: &str, rules: &NumberRules) -> bool {
    preceded(multispace0, unit_form(rules)).parse(rest).is_ok()
}

/// Between the parts of a compound duration: ", ", " and ", " ", or nothing
/// ("1h30").
fn separator(i: &str) -> Res<'_, ()> {
    let (rest, _) = (opt(char(',')), multispace0, opt((tag_ci("and"), multispace1))).parse(i)?;
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
            assert_eq!((f, &*n.units[u].name), (0.5, "hour"), "{text}");
        }
        let (_, (f, _)) = fractional_unit(n)("a quarter of an hour").unwrap();
        assert_eq!(f, 0.25);
    }

    #[test]
    fn one_unit_only_in_context_and_singular_after_the() {
        let rules = Rules::builtin().unwrap();
        assert!(one_unit(&rules.numbers, TimeContext::Open)("a day").is_err());
        // The time between two events, but not a rate.
        assert!(one_unit(&rules.numbers, TimeContext::Open)("a week before the attack").is_ok());
        assert!(one_unit(&rules.numbers, TimeContext::Open)("a day later").is_ok());
        assert!(one_unit(&rules.numbers, TimeContext::Rate)("a day after meals").is_err());
        assert!(one_unit(&rules.numbers, TimeContext::Open)("a year ago").is_err());
        assert!(one_unit(&rules.numbers, TimeContext::Length)("an hour").is_ok());
        assert!(one_unit(&rules.numbers, TimeContext::Open)("another week").is_ok());
        assert!(one_unit(&rules.numbers, TimeContext::Length)("the week").is_ok(), "for the week");
        for stretch in ["the years", "the days", "the Hours"] {
            assert!(one_unit(&rules.numbers, TimeContext::Length)(stretch).is_err(), "in {stretch}: no one unit");
        }
    }

    #[test]
    fn second_before_a_noun_is_the_ordinal() {
        let rules = Rules::builtin().unwrap();
        let unit = |text: &str| one_unit(&rules.numbers, TimeContext::Length)(text).is_ok();
        for ordinal in ["a second gunman", "the second time", "the second half", "a second Obama term"] {
            assert!(!unit(ordinal), "{ordinal}");
        }
        for length in ["a second.", "a second or two", "a second later", "a second, he", "a second he froze"] {
            assert!(unit(length), "{length}");
        }
        assert!(unit("a minute amount"), "only 'second' is also an ordinal");
    }

    #[test]
    fn compound_durations_add_up() {
        let rules = Rules::builtin().unwrap();
        let n = &rules.numbers;
        let hour = n.units.iter().position(|u| &*u.name == "hour").unwrap();
        let year = n.units.iter().position(|u| &*u.name == "year").unwrap();
        let seconds = |text: &str, unit: usize| {
            let c = compound_tail(text, unit, n).1;
            c.total(1.0, unit, n) * n.units[c.smallest].factor
        };
        assert_eq!(seconds(" and 30 minutes", hour), 5400.0);
        assert_eq!(seconds(" thirty", hour), 5400.0);
        assert_eq!(seconds(" and a half", hour), 5400.0);
        assert_eq!(
            compound_tail(", 3 months", year, n).1.total(2.0, year, n),
            27.0,
            "2 years and 3 months = 27 months"
        );
        let foot = n.units.iter().position(|u| &*u.name == "foot").unwrap();
        let c = compound_tail(" 10 inches", foot, n).1;
        assert_eq!(&*n.units[c.smallest].name, "inch");
    }

    #[test]
    fn cents_after_dollars() {
        let rules = Rules::builtin().unwrap();
        assert_eq!(cents_tail(" 43 cents", &rules.numbers).1, 0.43);
        assert_eq!(cents_tail(" and 43c", &rules.numbers).1, 0.43);
        assert_eq!(cents_tail(" 50.", &rules.numbers).1, 0.5);
        assert_eq!(cents_tail(" 50 miles", &rules.numbers).1, 0.0);
    }
}
