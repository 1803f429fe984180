//! The parts of a numeral around its integer: a sign ("-", "minus",
//! "negative"), fractions ("3/4", "2 1/4", "two thirds", "a fifth", "one and a
//! half", "one over three", "one out of three"), spoken decimals ("two point
//! five") and multipliers after a numeral ("two dozen", "three billions").

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, multispace0, multispace1, satisfy, space0};
use nom::combinator::{not, opt, peek, recognize};
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::numeral::{tens_value, words_numeral};
use crate::words::{ends_with_ci, fold, tag_ci, with_folded, word};

type Res<'a, T> = IResult<&'a str, T>;

fn fail(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

/// "-", "- ", "minus ", "negative ". A dash before words is a list's
/// bullet or a dash, not a minus sign ("-Six people were hurt", "- two"):
/// a spelled-out number is made negative by "minus".
pub fn sign(i: &str) -> Res<'_, ()> {
    let minus_word = (alt((tag_ci("minus"), tag_ci("negative"))), multispace1);
    let dash = (alt((char('-'), char('−'))), space0);
    let minus_dash = recognize(dash).and(peek(not(satisfy(char::is_alphabetic)))).map(|(d, ())| d);
    let (rest, _) = alt((minus_dash, recognize(minus_word))).parse(i)?;
    Ok((rest, ()))
}

fn small_digits(i: &str) -> Res<'_, f64> {
    let (rest, d) = take_while_m_n(1, 9, |c: char| c.is_ascii_digit()).parse(i)?;
    Ok((rest, d.parse().map_err(|_| fail(i))?))
}

/// "3/4", not part of a date ("5/17/2018").
pub fn digit_fraction(i: &str) -> Res<'_, f64> {
    let (rest, (a, _, b)) = (small_digits, char('/'), small_digits).parse(i)?;
    let (rest, _) = not(peek(alt((tag("/"), take_while1(|c: char| c.is_ascii_digit()))))).parse(rest)?;
    if b == 0.0 {
        return Err(fail(i));
    }
    Ok((rest, a / b))
}

/// "3/4" or "2 1/4": a fraction in digits alone.
pub fn digit_fraction_or_mixed(i: &str) -> Res<'_, f64> {
    alt((mixed_fraction, digit_fraction)).parse(i)
}

/// "2 1/4": a whole number and a proper fraction.
pub fn mixed_fraction(i: &str) -> Res<'_, f64> {
    let (rest, (whole, _, frac)) = (small_digits, multispace1, digit_fraction).parse(i)?;
    if frac >= 1.0 {
        return Err(fail(i));
    }
    Ok((rest, whole + frac))
}

/// The denominator a word names: "thirds" 3, "quarter" 4, "hundredths" 100,
/// "twenty-fifth" 25. "second" is left out: it is a unit of time.
pub fn denominator(w: &str) -> Option<f64> {
    if !ends_like_a_denominator(w) {
        return None;
    }
    any_denominator(w)
}

/// [`denominator`] without the byte test first.
fn any_denominator(w: &str) -> Option<f64> {
    let w = fold(w);
    let w = w.strip_suffix('s').filter(|s| !s.ends_with('s')).unwrap_or(&w);
    let w = if w == "halve" { "half" } else { w };
    if let Some((tens, unit)) = w.split_once('-') {
        let tens = tens_value(tens)?;
        let unit = ordinal_unit(unit).filter(|&u| u < 10.0)?;
        return Some(tens + unit);
    }
    match w {
        "half" => Some(2.0),
        "quarter" => Some(4.0),
        "hundredth" => Some(1e2),
        "thousandth" => Some(1e3),
        "millionth" => Some(1e6),
        "billionth" => Some(1e9),
        "trillionth" => Some(1e12),
        _ => ordinal_unit(w).filter(|&u| u >= 3.0).or_else(|| ordinal_tens(w)),
    }
}

/// Every denominator word ends so, before a plural "s": a byte test
/// turns most words away before they are folded and looked up, as the
/// fraction grammar asks at every word that may open a figure.
const DENOMINATOR_ENDINGS: [&str; 7] = ["th", "half", "halve", "quarter", "third", "first", "second"];

/// Could `w` be a denominator word? Exact for ASCII words; a wider one
/// (a curly apostrophe, a Unicode hyphen) is left to the full test.
fn ends_like_a_denominator(w: &str) -> bool {
    if !w.is_ascii() {
        return true;
    }
    let stem = w.strip_suffix(['s', 'S']).unwrap_or(w);
    DENOMINATOR_ENDINGS.iter().any(|e| ends_with_ci(stem, e))
}

fn ordinal_unit(w: &str) -> Option<f64> {
    const ORD: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    ORD.iter().position(|o| *o == w).map(|p| p as f64 + 1.0)
}

fn ordinal_tens(w: &str) -> Option<f64> {
    const ORD: [&str; 8] =
        ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
    ORD.iter().position(|o| *o == w).map(|p| 20.0 + 10.0 * p as f64)
}

/// A denominator word, optionally after a spaced hyphen ("thirds", "-
/// eighths"), and whether it may follow a numerator above one: a plural
/// does, and so do "half" and "quarter" ("three quarter hour"), which
/// are nouns before they are ordinals.
fn denominator_word(i: &str) -> Res<'_, (f64, bool)> {
    let (rest, w) = preceded(opt((multispace0, char('-'), multispace0)), word).parse(i)?;
    let d = denominator(w).ok_or_else(|| fail(i))?;
    let noun = with_folded(w, |w| w.starts_with("half") || w.starts_with("quarter"));
    Ok((rest, (d, noun || w.ends_with(['s', 'S']))))
}

/// An ordinal written apart that may end a numeral: a compound
/// ("twenty fifth") or one word ("fifth", "thirds"; see
/// [`spaced_ordinal_unit`]), its value and whether it is plural.
pub fn spaced_ordinal(i: &str) -> Res<'_, (f64, bool)> {
    spaced_compound_denominator(i).or_else(|_| {
        let (rest, w) = word(i)?;
        spaced_ordinal_unit(w).map(|read| (rest, read)).ok_or_else(|| fail(i))
    })
}

/// "twenty fifths", "ninety thirds": a tens word and an ordinal written
/// apart, read as one denominator, and whether it is plural.
fn spaced_compound_denominator(i: &str) -> Res<'_, (f64, bool)> {
    let (rest, (tens, _, unit)) = (word, multispace1, word).parse(i)?;
    let tens = with_folded(tens, tens_value).ok_or_else(|| fail(i))?;
    let (unit, plural) = spaced_ordinal_unit(unit).ok_or_else(|| fail(i))?;
    Ok((rest, (tens + unit, plural)))
}

/// The ordinals that, written after a tens word and apart from it, make
/// one compound ordinal with it ("twenty fifth", "ninety thirds"), and
/// whether the ordinal is plural. Not "second", a unit of time ("twenty
/// seconds"), nor a singular "first" ("twenty first responders").
pub fn spaced_ordinal_unit(w: &str) -> Option<(f64, bool)> {
    with_folded(w, |w| {
        let (stem, plural) = match w.strip_suffix('s') {
            Some(stem) => (stem, true),
            None => (w, false),
        };
        let unit = ordinal_unit(stem)?;
        (unit >= 3.0 && unit < 10.0 || unit == 1.0 && plural).then_some((unit, plural))
    })
}

/// "one-eighth", "three-quarters": one hyphenated word.
fn hyphenated_fraction(i: &str) -> Res<'_, f64> {
    let (rest, w) = word(i)?;
    let (num, den) = w.rsplit_once(['-', '‐']).ok_or_else(|| fail(i))?;
    // "twenty-fifth" is an ordinal, not twenty fifths.
    if denominator(w).is_some() {
        return Err(fail(i));
    }
    let d = denominator(den).ok_or_else(|| fail(i))?;
    let (left, n) = words_numeral(num).map_err(|_| fail(i))?;
    if !left.is_empty() {
        return Err(fail(i));
    }
    Ok((rest, n / d))
}

/// "two thirds", "a fifth", "one - fourth".
fn word_fraction<'a>(i: &'a str, numerator: Res<'a, f64>) -> Res<'a, f64> {
    let (after_numerator, n) = match numerator {
        Ok((rest, n)) => (rest, Some(n)),
        Err(_) => alt((tag_ci("an"), tag_ci("a"))).map(|_| None).parse(i)?,
    };
    let compound = |i| n.is_some().then(|| preceded(multispace1, spaced_compound_denominator).parse(i));
    let (rest, (d, takes_many)) = match preceded(multispace0, denominator_word).parse(after_numerator) {
        Ok(read) => read,
        Err(e) => compound(after_numerator).unwrap_or(Err(e))?,
    };
    if n.is_none() && !names_half_or_quarter(after_numerator) && ordinal_before_a_noun(rest) {
        return Err(fail(i));
    }
    // "three fifth graders" are pupils, not three fifths.
    if n.is_some_and(|n| n > 1.0) && !takes_many {
        return Err(fail(i));
    }
    let n = n.unwrap_or(1.0);
    // "two thirds of a million"
    let (rest, scale) = opt(preceded(
        (multispace1, tag_ci("of"), multispace1, alt((tag_ci("an"), tag_ci("a"))), multispace1),
        super::numeral::scale_word,
    ))
    .parse(rest)?;
    Ok((rest, n / d * scale.unwrap_or(1.0)))
}

/// "a half hour", "a quarter mile": these measure the word after them.
fn names_half_or_quarter(i: &str) -> bool {
    preceded(multispace0, word).parse(i).is_ok_and(|(_, w)| {
        let w = fold(w);
        w.starts_with("half") || w.starts_with("halv") || w.starts_with("quarter")
    })
}

/// Words after "a third" that leave it a fraction: "a third of the vote",
/// "larger than a third to veto", "a third or more".
const AFTER_A_FRACTION: [&str; 16] =
    ["of", "to", "in", "and", "or", "but", "for", "by", "from", "than", "at", "on", "with", "since", "over", "per"];

/// "a third term", "a twenty-fifth anniversary", "a fifth was hurt": after
/// an article, an ordinal followed by a word other than a preposition or a
/// conjunction ranks that word, or stands for it; it is no fraction ("a
/// third of the vote", "cut by a third.").
fn ordinal_before_a_noun(rest: &str) -> bool {
    preceded(multispace1, word)
        .parse(rest)
        .is_ok_and(|(_, w)| !AFTER_A_FRACTION.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// A fraction in words or digits. Its first character decides which forms
/// can match (digits, a word, a vulgar fraction), so that the others are
/// not tried at every number of a text; words may follow white space.
pub fn fraction(i: &str) -> Res<'_, f64> {
    fraction_with(i, || words_numeral(i))
}

/// [`fraction`], with `numerator` reading the number words at `i` when a
/// word fraction ("two thirds") is tried: a caller that reads them anyway
/// passes what it read.
pub fn fraction_with<'a>(i: &'a str, numerator: impl FnOnce() -> Res<'a, f64>) -> Res<'a, f64> {
    match i.chars().next() {
        Some(c) if c.is_ascii_digit() => {
            alt((mixed_fraction, digit_fraction)).parse(i).or_else(|_| word_fraction(i, numerator()))
        }
        Some(c) if c.is_alphabetic() => {
            hyphenated_fraction(i).or_else(|_| word_fraction(i, numerator())).or_else(|_| half_of_scale(i))
        }
        _ => vulgar(i).or_else(|_| word_fraction(i, numerator())),
    }
}

/// "½", "¾", "⅔": a vulgar fraction character.
pub fn vulgar(i: &str) -> Res<'_, f64> {
    let mut chars = i.chars();
    let v = match chars.next() {
        Some('½') => 0.5,
        Some('⅓') => 1.0 / 3.0,
        Some('⅔') => 2.0 / 3.0,
        Some('¼') => 0.25,
        Some('¾') => 0.75,
        Some('⅕') => 0.2,
        Some('⅖') => 0.4,
        Some('⅗') => 0.6,
        Some('⅘') => 0.8,
        Some('⅙') => 1.0 / 6.0,
        Some('⅚') => 5.0 / 6.0,
        Some('⅛') => 0.125,
        Some('⅜') => 0.375,
        Some('⅝') => 0.625,
        Some('⅞') => 0.875,
        _ => return Err(fail(i)),
    };
    Ok((chars.as_str(), v))
}

/// "half million", "quarter million", "half of": a bare fraction word before
/// a scale or "of", or standing alone.
fn half_of_scale(i: &str) -> Res<'_, f64> {
    let (rest, w) = word(i)?;
    let f = match fold(w).as_str() {
        "half" => 0.5,
        "quarter" => 0.25,
        _ => return Err(fail(i)),
    };
    // "half a million": the article's scale is what the fraction takes.
    let mut article_scale = (multispace1, tag_ci("a"), multispace1, super::numeral::scale_word);
    if let Ok((rest, (_, _, _, s))) = article_scale.parse(rest) {
        return Ok((rest, f * s));
    }
    let before_scale = peek(preceded(multispace1, super::numeral::scale_word)).parse(rest).is_ok();
    let before_of = peek((multispace1::<&str, nom::error::Error<&str>>, tag_ci("of"), multispace1)).parse(rest).is_ok();
    if !(before_scale || before_of || rest.trim().is_empty()) {
        return Err(fail(i));
    }
    Ok((rest, f))
}

/// "and a half", "and three fifths", "and fifty-four hundredths" after a
/// whole number.
pub fn and_fraction(i: &str) -> Res<'_, f64> {
    let (rest, (_, _, _, f)) = (multispace1, tag_ci("and"), multispace1, fraction).parse(i)?;
    if f >= 1.0 {
        return Err(fail(i));
    }
    Ok((rest, f))
}

/// "over three", "out of 20", "in every five": the denominator of a spoken
/// ratio.
pub fn over_tail(i: &str) -> Res<'_, f64> {
    let keyword = alt((tag_ci("out of"), tag_ci("over"), tag_ci("in")));
    let every = opt((tag_ci("every"), multispace1));
    let (at, (_, key, _, _)) = (multispace1, keyword, multispace1, every).parse(i)?;
    let (rest, d) = alt((super::numeral::digits, words_numeral)).parse(at)?;
    // "1 in 5" is a ratio; "300 in 2008" is a year, "1 in 2,000" is not.
    let year = at.len() - rest.len() == 4 && (1000.0..=2100.0).contains(&d);
    if key.eq_ignore_ascii_case("in") && year {
        return Err(fail(i));
    }
    // "over 3 years" is no ratio; "one in four voters" and "two out of five
    // residents" are.
    let word_follows = rest.trim_start().starts_with(char::is_alphabetic) && rest.starts_with(char::is_whitespace);
    if d == 0.0 || (word_follows && key.eq_ignore_ascii_case("over")) {
        return Err(fail(i));
    }
    Ok((rest, d))
}

fn digit_word(w: &str) -> Option<String> {
    const UNITS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    let w = fold(w);
    if let Some(p) = UNITS.iter().position(|u| *u == w.as_str()).or((w == "oh" || w == "o").then_some(0)) {
        return Some(p.to_string());
    }
    let (_, v) = words_numeral(&w).ok().filter(|(rest, _)| rest.is_empty())?;
    Some((v as u64).to_string())
}

/// "point five", "point zero three", "point 77": the decimals after "point".
pub fn point_tail(i: &str) -> Res<'_, f64> {
    let (mut rest, _) = (multispace0, tag_ci("point"), multispace1).parse(i)?;
    if let Ok((r, d)) = take_while1::<_, &str, nom::error::Error<&str>>(|c: char| c.is_ascii_digit()).parse(rest) {
        return Ok((r, format!("0.{d}").parse().map_err(|_| fail(i))?));
    }
    let mut digits = String::new();
    while let Ok((r, w)) = preceded(multispace0, word).parse(rest) {
        let Some(d) = digit_word(w) else { break };
        digits.push_str(&d);
        rest = r;
    }
    if digits.is_empty() {
        return Err(fail(i));
    }
    Ok((rest, format!("0.{digits}").parse().map_err(|_| fail(i))?))
}

/// "dozen", "dozens", "billions" after a numeral: a multiplier.
pub fn multiplier(i: &str) -> Res<'_, f64> {
    let (rest, w) = preceded(multispace1, word).parse(i)?;
    let m = match fold(w).as_str() {
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => 12.0,
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return Err(fail(i)),
    };
    Ok((rest, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word that names a denominator passes the byte test first:
    /// the ordinals and fraction words, and every word of the seeds and
    /// the cluster articles.
    #[test]
    fn the_byte_test_keeps_every_denominator() {
        let mut text = String::from("Halves HALF quarters Thirds twenty-first Thirty-Second ninety-ninths ");
        for n in ["third", "fourth", "fifth", "eighth", "ninth", "twelfth", "twentieth", "hundredth", "trillionth"] {
            text.push_str(&format!("{n} {n}s {} ", n.to_uppercase()));
        }
        text.extend(crate::test_texts::articles());
        let mut named = 0;
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
            if any_denominator(w).is_some() {
                assert!(ends_like_a_denominator(w), "{w}");
                named += 1;
            }
        }
        assert!(named > 50, "{named}");
    }

    #[test]
    fn fractions_in_digits_and_words() {
        assert_eq!(fraction("3/4").unwrap().1, 0.75);
        assert_eq!(fraction("2 1/4").unwrap().1, 2.25);
        assert!(fraction("5/17/2018").is_err());
        assert_eq!(fraction("two thirds").unwrap().1, 2.0 / 3.0);
        assert_eq!(fraction("a fifth").unwrap().1, 0.2);
        assert_eq!(fraction("one-eighth").unwrap().1, 0.125);
        assert_eq!(fraction("five - eighths").unwrap().1, 0.625);
        assert_eq!(fraction("one twenty-fifth").unwrap().1, 0.04);
        assert!(fraction("one second").is_err(), "a second is time, not a fraction");
    }

    #[test]
    fn an_ordinal_that_ranks_a_noun_is_no_fraction() {
        assert!(fraction("a third term").is_err());
        assert!(fraction("a twenty-fifth anniversary").is_err());
        assert!(fraction("twenty-fifth").is_err());
        assert_eq!(fraction("a third of the vote").unwrap().1, 1.0 / 3.0);
        assert_eq!(fraction("a fifth.").unwrap().1, 0.2);
        assert_eq!(fraction("a third to veto").unwrap().1, 1.0 / 3.0);
        assert!(fraction("a fifth was also hurt").is_err());
        assert_eq!(fraction("a quarter mile").unwrap().1, 0.25);
        assert_eq!(fraction("one hundred thirty-fifths").unwrap().1, 100.0 / 35.0);
    }

    #[test]
    fn a_compound_ordinal_written_apart() {
        // After a numerator, a tens word and an ordinal make one denominator.
        assert_eq!(fraction("three twenty fifths").unwrap().1, 3.0 / 25.0);
        assert_eq!(fraction("twenty twenty fifths").unwrap().1, 20.0 / 25.0);
        assert_eq!(fraction("three twenty firsts").unwrap().1, 3.0 / 21.0);
        assert_eq!(fraction("one hundred thirty fifths").unwrap().1, 100.0 / 35.0);
        // Alone, the tens word is the numerator; after "and", part of it.
        assert_eq!(fraction("twenty fifths").unwrap().1, 4.0);
        assert_eq!(fraction("one hundred and thirty fifths").unwrap().1, 26.0);
        // "second" is time, a singular "first" ranks a noun.
        assert!(fraction("three twenty seconds").is_err());
        assert_eq!(spaced_ordinal_unit("first"), None);
        assert_eq!(spaced_ordinal_unit("Firsts"), Some((1.0, true)));
        assert_eq!(spaced_ordinal_unit("ninth"), Some((9.0, false)));
    }

    #[test]
    fn more_than_one_takes_a_plural_ordinal() {
        assert!(fraction("three fifth graders").is_err());
        assert!(fraction("two millionth").is_err());
        assert_eq!(fraction("one fifth").unwrap().1, 0.2);
        assert_eq!(fraction("three fifths").unwrap().1, 0.6);
        // "half" and "quarter" are nouns too: "three quarter hour".
        assert_eq!(fraction("three quarter hour").unwrap().1, 0.75);
    }

    #[test]
    fn tails() {
        assert_eq!(and_fraction(" and a quarter").unwrap().1, 0.25);
        assert_eq!(point_tail(" point zero three").unwrap().1, 0.03);
        assert_eq!(point_tail(" point 77").unwrap().1, 0.77);
        assert_eq!(over_tail(" out of three").unwrap().1, 3.0);
        assert_eq!(multiplier(" dozens").unwrap().1, 12.0);
        assert!(sign("minus 5").is_ok() && sign("-5").is_ok() && sign("mind").is_err());
    }
}
