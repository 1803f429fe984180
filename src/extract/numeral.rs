//! Numerals: digits ("2,186.5") and English number words ("one hundred and
//! five", "twenty-one", "a thousand"), with scale words ("1.2 million") and
//! suffixes ("100k", "$2bn"). Small nom parsers, case-insensitive.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, multispace0, multispace1};
use nom::combinator::{not, opt, peek, recognize};
use nom::multi::many1_count;
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::fraction;
use crate::words::{tag_ci, with_folded, word};

fn ascii_digits(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_ascii_digit()).parse(i)
}

/// ",186" in "2,186" (or "\u{202f}000", " 000"): a separator and exactly
/// three digits, not followed by another digit.
fn thousands_group(i: &str) -> IResult<&str, &str> {
    let sep = nom::character::complete::one_of(",\u{202f}\u{2009}\u{a0} ");
    recognize((sep, take_while_m_n(3, 3, |c: char| c.is_ascii_digit()), not(peek(ascii_digits)))).parse(i)
}

fn decimals(i: &str) -> IResult<&str, &str> {
    recognize((char('.'), ascii_digits)).parse(i)
}

/// Digits with optional thousands separators and decimals: "129", "2,186.5",
/// "40 000", ".5". Groups separated by spaces must not mix with commas.
pub fn digits(i: &str) -> IResult<&str, f64> {
    let grouped =
        recognize((take_while_m_n(1, 3, |c: char| c.is_ascii_digit()), many1_count(thousands_group), opt(decimals)));
    let plain = recognize((ascii_digits, opt(decimals)));
    let (rest, text) = alt((grouped, plain, recognize(decimals))).parse(i)?;
    let value = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect::<String>()
        .parse::<f64>()
        .map_err(|_| nom_error(i))?;
    if text.contains(',') && text.contains(|c: char| c.is_whitespace() || c == '\u{202f}') {
        return Err(nom_error(i));
    }
    if text.contains('.') && dotted_sequence_goes_on(rest) {
        return Err(nom_error(i));
    }
    Ok((rest, value))
}

/// "192.168.1.2", "2.1.3": a second point and digits after a decimal make an
/// address or a version, not a number.
fn dotted_sequence_goes_on(rest: &str) -> bool {
    rest.strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

fn nom_error(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

/// Scale words after a numeral: "1.2 million", "two dozen".
pub fn scale_word(i: &str) -> IResult<&str, f64> {
    let (rest, w) = word(i)?;
    let value = with_folded(w, |folded| match folded {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        "k" if w == "k" => Some(1e3),
        "mln" | "mn" | "mil" => Some(1e6),
        "bn" | "bln" => Some(1e9),
        "tn" | "tln" | "trn" => Some(1e12),
        _ if w == "M" || w == "MM" => Some(1e6),
        _ if w == "B" => Some(1e9),
        _ => None,
    });
    value.map(|v| (rest, v)).ok_or_else(|| nom_error(i))
}

/// Suffixes glued to digits: "100k", "2bn", "3.5m" (the last only after a
/// currency symbol, where it cannot be metres).
pub fn scale_suffix(after_currency: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i: &str| {
        let (rest, s) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
        let value = match s.to_ascii_lowercase().as_str() {
            "k" => 1e3,
            "bn" | "b" | "bln" => 1e9,
            "m" | "mn" | "mln" if after_currency || s != "m" => 1e6,
            "tn" | "trn" | "tln" => 1e12,
            // "$2.174T"; without a currency, "5T" is a label.
            "t" if after_currency => 1e12,
            "mil" => 1e6,
            _ if s == "MM" => 1e6,
            _ => return Err(nom_error(i)),
        };
        Ok((rest, value))
    }
}

/// The kind of a number word, for the grammar of spelled-out numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum WordKind {
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}

const UNITS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS: [&str; 10] =
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const OTHER_NUMBER_WORDS: [&str; 9] =
    ["nought", "naught", "nil", "fourty", "hundred", "thousand", "million", "billion", "trillion"];

/// Every word the spelled-out number grammar reads, for the set of words
/// that can open a figure.
pub fn number_words() -> impl Iterator<Item = &'static str> {
    UNITS.into_iter().chain(TEENS).chain(TENS).chain(OTHER_NUMBER_WORDS)
}

/// "twenty" .. "ninety" as 20 .. 90.
pub fn tens_value(w: &str) -> Option<f64> {
    TENS.iter().position(|t| *t == w).map(|p| 20.0 + 10.0 * p as f64)
}

fn number_word(w: &str) -> Option<(WordKind, f64)> {
    if w == "fourty" {
        return Some((WordKind::Tens, 40.0));
    }
    if let Some(v) = UNITS.iter().position(|u| *u == w) {
        return Some((WordKind::Unit, v as f64));
    }
    if matches!(w, "nought" | "naught" | "nil") {
        return Some((WordKind::Unit, 0.0));
    }
    if let Some(v) = TEENS.iter().position(|u| *u == w) {
        return Some((WordKind::Teen, 10.0 + v as f64));
    }
    if let Some(v) = tens_value(w) {
        return Some((WordKind::Tens, v));
    }
    match w {
        "hundred" => Some((WordKind::Hundred, 100.0)),
        // Plurals after a number ("twenty-five millions"); alone they are vague amounts.
        "thousand" | "thousands" => Some((WordKind::Scale, 1e3)),
        "million" | "millions" => Some((WordKind::Scale, 1e6)),
        "billion" | "billions" => Some((WordKind::Scale, 1e9)),
        "trillion" | "trillions" => Some((WordKind::Scale, 1e12)),
        _ => None,
    }
}

/// Accumulates spelled-out number words left to right, refusing sequences
/// that are two numbers ("two three") rather than one.
#[derive(Debug, Default)]
struct WordNumber {
    total: f64,
    current: f64,
    last: Option<WordKind>,
    /// The scale of the last scale word, so "thousand million" is refused.
    last_scale: f64,
    /// The value of the last word pushed.
    last_value: f64,
    /// At least one spelled-out word: digits alone are not a word numeral.
    has_word: bool,
    /// A "hundred" since the last scale word.
    hundred_in_group: bool,
    /// How many words or digit groups make up the numeral.
    count: usize,
}

impl WordNumber {
    fn accepts(&self, kind: WordKind, value: f64) -> bool {
        use WordKind::*;
        match (self.last, kind) {
            (None, Unit | Teen | Tens) => true,
            // "hundred fifteen", "thousand nine hundred": a bare scale opens
            // a numeral only when more number words follow (checked by the caller).
            (None, Hundred | Scale) => true,
            (Some(Tens), Unit) => value > 0.0,
            // One "hundred" per group: "3 hundred and 2 hundred" is two numbers.
            (Some(Unit | Teen | Tens), Hundred) => self.current % 1000.0 < 100.0 && !self.hundred_in_group,
            (Some(Unit | Teen | Tens | Hundred), Scale) => self.last_scale == 0.0 || value < self.last_scale,
            // "three thousand millions": a larger scale multiplies the whole.
            (Some(Scale), Scale) => self.current == 0.0 && value > self.last_scale,
            (Some(Hundred | Scale), Unit | Teen | Tens) => true,
            _ => false,
        }
    }

    fn push(&mut self, kind: WordKind, value: f64) {
        match kind {
            WordKind::Unit | WordKind::Teen | WordKind::Tens => self.current += value,
            WordKind::Hundred => {
                self.current = self.current.max(1.0) * 100.0;
                self.hundred_in_group = true;
            }
            WordKind::Scale if self.last == Some(WordKind::Scale) && self.current == 0.0 => {
                self.total *= value;
                self.last_scale = value;
            }
            WordKind::Scale => {
                self.hundred_in_group = false;
                self.total += self.current.max(1.0) * value;
                self.current = 0.0;
                self.last_scale = value;
            }
        }
        self.last = Some(kind);
        self.last_value = value;
    }

    fn value(&self) -> f64 {
        self.total + self.current
    }
}

/// The pieces of one spelled-out word ("twenty-one": twenty and one), kept
/// inline: numerals are tried at many places in a text and must not
/// allocate for each.
#[derive(Debug, Clone, Copy)]
struct Parts {
    items: [(WordKind, f64); MAX_PARTS],
    len: usize,
}

/// The most pieces one hyphenated number word has: "one-hundred-twenty-one".
const MAX_PARTS: usize = 4;

impl Parts {
    fn one(part: (WordKind, f64)) -> Parts {
        Parts { items: [part; MAX_PARTS], len: 1 }
    }

    fn as_slice(&self) -> &[(WordKind, f64)] {
        &self.items[..self.len]
    }
}

/// One spelled-out part: "twenty", or the pieces of "twenty-one".
fn number_word_parts(w: &str) -> Option<Parts> {
    with_folded(w, |w| {
        let mut pieces = w.split('-');
        let mut parts = Parts::one(number_word(pieces.next()?)?);
        for piece in pieces {
            if parts.len == MAX_PARTS {
                return None;
            }
            parts.items[parts.len] = number_word(piece)?;
            parts.len += 1;
        }
        Some(parts)
    })
}

/// A word that is one whole number in words, all of it: "five" 5,
/// "twenty-one" 21, "hundred" none (a scale alone), "fifth" none.
pub fn whole_number_word(w: &str) -> Option<u64> {
    let parts = number_word_parts(w)?;
    let mut acc = WordNumber::default();
    for &(k, v) in parts.as_slice() {
        if !acc.accepts(k, v) || matches!(k, WordKind::Hundred | WordKind::Scale) {
            return None;
        }
        acc.push(k, v);
    }
    Some(acc.value() as u64)
}

/// Spelled-out numbers: "one hundred and five", "twenty-one", "a thousand",
/// "three million". "and" is taken only when a number word follows it.
pub fn words_numeral(i: &str) -> IResult<&str, f64> {
    words_numeral_scaled(i).map(|(rest, (v, _))| (rest, v))
}

fn starts_with_article(i: &str) -> bool {
    let t = i.trim_start().to_ascii_lowercase();
    t.starts_with("a ") || t.starts_with("an ")
}

/// Do the first two parts of a hyphenated word make an ordinal:
/// "twenty-first", "thirty-fifths"?
fn starts_with_ordinal(w: &str) -> bool {
    let two_parts = w.match_indices('-').nth(1).map_or(w, |(k, _)| &w[..k]);
    fraction::denominator(two_parts).is_some()
}

/// Is the word after a tens word an ordinal that makes one compound with
/// it: a singular one always ("twenty fifth"), a plural one only after
/// a numerator (`after_numerator`: "three twenty fifths")?
fn opens_spaced_ordinal(after_tens: &str, after_numerator: bool) -> bool {
    preceded(multispace1, word)
        .parse(after_tens)
        .is_ok_and(|(_, w)| fraction::spaced_ordinal_unit(w).is_some_and(|(_, plural)| after_numerator || !plural))
}

/// Does a singular ordinal written apart follow: "fifth", "twenty fifth"?
fn singular_ordinal_follows(rest: &str) -> bool {
    preceded(multispace1, fraction::spaced_ordinal).parse(rest).is_ok_and(|(_, (_, plural))| !plural)
}

/// Up to three plain digits standing where a number word could: the "3" and
/// "21" of "3 hundred and 21".
fn digit_chunk(i: &str) -> IResult<&str, Parts> {
    let (rest, d) = take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)?;
    let glued = |c: char| c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | ':');
    let (rest, _) = not(peek(nom::character::complete::satisfy(glued))).parse(rest)?;
    let v: f64 = d.parse().map_err(|_| nom_error(i))?;
    let kind = if v < 10.0 {
        WordKind::Unit
    } else if v < 20.0 {
        WordKind::Teen
    } else {
        WordKind::Tens
    };
    Ok((rest, Parts::one((kind, v))))
}

/// Words (and small digit groups) read as one number, with the scale of its
/// last word when that word was a scale ("one million" -> 1e6), so a
/// following "and a half" can be read as half a million.
pub fn words_numeral_scaled(i: &str) -> IResult<&str, (f64, Option<f64>)> {
    let mut acc = WordNumber::default();
    let mut rest = i;
    // The numeral as it stood before the last "and", to fall back to.
    let mut before_and: Option<(WordNumber, &str)> = None;
    // "a hundred", "a thousand": the article stands for one.
    if let Ok((r, _)) = (alt((tag_ci("an"), tag_ci("a"))), multispace1::<&str, nom::error::Error<&str>>).parse(i) {
        if let Ok((r2, w)) = word(r) {
            if let Some([(k @ (WordKind::Hundred | WordKind::Scale), v)]) =
                number_word_parts(w).as_ref().map(Parts::as_slice)
            {
                acc.current = 1.0;
                acc.last = Some(WordKind::Unit);
                acc.push(*k, *v);
                acc.has_word = true;
                rest = r2;
            }
        }
    }
    loop {
        // "two million and one half": the fraction after "and" is not part of the whole.
        if acc.last.is_some() && fraction::and_fraction(rest).is_ok() {
            break;
        }
        if let Some((r, (v, t))) = comma_group(&acc, rest) {
            return Ok((r, (acc.value() + v, t)));
        }
        let (after_and, and) = if acc.last.is_some_and(|k| matches!(k, WordKind::Hundred | WordKind::Scale)) {
            opt(preceded(multispace1, alt((tag_ci("and"), tag("&"))))).parse(rest)?
        } else {
            (rest, None)
        };
        // "fifty - two": a spaced hyphen inside a compound.
        let (after_and, _) = if acc.last == Some(WordKind::Tens) {
            opt((multispace0, nom::character::complete::char('-'))).parse(after_and)?
        } else {
            (after_and, None)
        };
        let spaced: IResult<&str, &str> =
            if acc.last.is_none() { multispace0(after_and) } else { multispace1(after_and) };
        let Ok((after_sep, _)) = spaced else { break };
        let (after_word, parts, is_word) = if let Ok((r, w)) = word(after_sep) {
            match number_word_parts(w) {
                // "one hundred thirty fifths", "the twenty fifth day": the
                // tens word opens an ordinal written apart, as "thirty-fifths"
                // does; but "twenty fifths" alone is twenty of them, and "one
                // hundred and thirty fifths" joins the thirty to the hundred.
                Some(parts)
                    if parts.len == 1
                        && parts.items[0].0 == WordKind::Tens
                        && and.is_none()
                        && opens_spaced_ordinal(r, acc.last.is_some()) =>
                {
                    break
                }
                Some(parts) => (r, parts, true),
                // "six-mile", "three-ton": the number before the hyphen; not
                // the "twenty" of an ordinal ("twenty-first-century") or of
                // a denominator ("one hundred thirty-fifths").
                None => match w.split_once('-').and_then(|(num, _)| number_word_parts(num).map(|p| (num, p))) {
                    Some(_) if starts_with_ordinal(w) => break,
                    Some((num, parts)) => (&after_sep[num.len()..], parts, true),
                    None => break,
                },
            }
        } else if let Ok((r, parts)) = digit_chunk(after_sep) {
            // A digit group joins only scales: "3 hundred", "4 thousand 3".
            if acc.last.is_some_and(|k| !matches!(k, WordKind::Hundred | WordKind::Scale)) {
                break;
            }
            (r, parts, false)
        } else {
            break;
        };
        let parts = parts.as_slice();
        if and.is_some() && matches!(parts[0].0, WordKind::Hundred | WordKind::Scale) {
            break;
        }
        let mut probe = WordNumber { ..acc };
        let fits = parts.iter().all(|&(k, v)| {
            let ok = probe.accepts(k, v);
            if ok {
                probe.push(k, v);
            }
            ok
        });
        if !fits {
            // "3 hundred and 2 hundred": the "and" joined two numbers, not one.
            if let Some((saved, saved_rest)) = before_and.filter(|_| parts[0].0 == WordKind::Hundred) {
                acc = saved;
                rest = saved_rest;
            }
            break;
        }
        before_and = and.map(|_| (WordNumber { ..acc }, rest));
        acc = probe;
        acc.has_word |= is_word;
        acc.count += 1;
        rest = after_word;
    }
    let bare_scale_alone =
        acc.count == 1 && acc.total + acc.current == acc.last_value && acc.last_value >= 100.0 && acc.current != 1.0;
    if acc.last.is_none() || !acc.has_word || (bare_scale_alone && !starts_with_article(i)) {
        return Err(nom_error(i));
    }
    // "the one hundred fifth day", "one hundred twenty fifth": an ordinal.
    if matches!(acc.last, Some(WordKind::Hundred | WordKind::Scale)) && singular_ordinal_follows(rest) {
        return Err(nom_error(i));
    }
    // "one million and a half" is 1.5 million, but "one hundred and a half" is 100.5.
    let trailing = matches!(acc.last, Some(WordKind::Scale)).then_some(acc.last_value);
    Ok((rest, (acc.value(), trailing)))
}

/// "three million, two hundred & forty": after a scale word, a comma goes
/// on with a smaller whole group (one with a hundred or a scale word in
/// it), not with a word that starts a clause ("a thousand, two of them
/// children").
fn comma_group<'a>(acc: &WordNumber, rest: &'a str) -> Option<(&'a str, (f64, Option<f64>))> {
    if acc.last != Some(WordKind::Scale) {
        return None;
    }
    let (after, _) =
        (nom::character::complete::char(','), multispace1::<&str, nom::error::Error<&str>>).parse(rest).ok()?;
    let (r, (v, t)) = words_numeral_scaled(after).ok()?;
    (v >= 100.0 && v < acc.last_scale).then_some((r, (v, t)))
}

/// Any numeral with an optional scale: digits with a glued suffix or a
/// scale word ("1.2 million", "100k"), or number words.
pub fn numeral(after_currency: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i: &str| numeral_or_ratio(after_currency)(i).map(|(rest, read)| (rest, read.value))
}

/// A numeral as [`numeral`] reads it, and whether it was a spoken ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub value: f64,
    /// "one out of three", "1 in 5", "two in ten": the value is the ratio.
    pub ratio: bool,
}

/// [`numeral`], saying whether it read a spoken ratio: a caller that
/// takes a ratio for a share of a whole reads the number grammar once.
pub fn numeral_or_ratio(after_currency: bool) -> impl Fn(&str) -> IResult<&str, Reading> {
    move |i: &str| {
        let (rest, sign) = opt(fraction::sign).parse(i)?;
        let (rest, v) = unsigned(after_currency)(rest)?;
        // "one out of three" is a ratio; "12 out of 10" and "$2000 over 3
        // years" are two numbers.
        let (rest, v, ratio) = match fraction::over_tail(rest) {
            Ok((r, d)) if !after_currency && v < d => (r, v / d, true),
            _ => (rest, v, false),
        };
        Ok((rest, Reading { value: if sign.is_some() { -v } else { v }, ratio }))
    }
}

/// A numeral without its sign: a fraction, digits with a suffix or scale,
/// or number words, each with the tails that may follow it.
fn unsigned(after_currency: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i: &str| {
        let (rest, v) = if digits_alone(i) { digit_forms(after_currency)(i)? } else { all_forms(after_currency)(i)? };
        let (rest, m) = opt(fraction::multiplier).parse(rest)?;
        Ok((rest, v * m.unwrap_or(1.0)))
    }
}

/// Every form of a numeral without its sign and tails: a fraction with
/// its scale ("half million", "3/4 million"), number words, digits, or a
/// spoken decimal ("point 77").
fn all_forms(after_currency: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i| {
        // Read once: a word fraction's numerator, and the word form itself.
        let words = words_numeral_scaled(i);
        let numerator = || words.clone().map(|(rest, (v, _))| (rest, v));
        if let Ok(fraction) = fraction::fraction_with(i, numerator) {
            return with_scale(fraction);
        }
        if let Ok((rest, (v, trailing))) = words {
            return Ok(word_form_tail(rest, v, trailing));
        }
        alt((digit_form(after_currency), leading_point)).parse(i)
    }
}

/// [`all_forms`] for [`digits_alone`]: the forms that read digits alone.
fn digit_forms(after_currency: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i| alt((scaled_digit_fraction, digit_form(after_currency))).parse(i)
}

/// A fraction in digits alone, with the scale after it: "3/4 million",
/// "2 1/4".
fn scaled_digit_fraction(i: &str) -> IResult<&str, f64> {
    with_scale(fraction::digit_fraction_or_mixed(i)?)
}

/// A fraction read, times the scale word after it, if any.
fn with_scale((rest, f): (&str, f64)) -> IResult<&str, f64> {
    let (rest, s) = opt(preceded(multispace1, scale_word)).parse(rest)?;
    Ok((rest, f * s.unwrap_or(1.0)))
}

/// Digits that no number word follows ("129 dead", not "3 hundred" or
/// "20 five"): only the digit forms can read them, and the word grammar
/// (which takes digits only before a number word) is not run at every
/// figure of a text. Loose on purpose: white space and dashes are skipped
/// to the next word, and a word whose first part is a number word counts.
fn digits_alone(i: &str) -> bool {
    if !i.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let after = i.trim_start_matches(|c: char| c.is_ascii_digit());
    let next = after.trim_start_matches(|c: char| c.is_whitespace() || c == '-');
    let Ok((_, w)) = word(next) else { return true };
    // "twenty-one" has its number word first, as "six-mile" does.
    let first_part = w.split(['-', '‐']).next().unwrap_or(w);
    number_word_parts(first_part).is_none()
}

/// "point 77": a spoken decimal with no whole part.
fn leading_point(i: &str) -> IResult<&str, f64> {
    fraction::point_tail(i)
}

/// Digits with a glued suffix ("100k"), a spoken decimal ("1 point 1") or a
/// scale word ("1.2 million").
fn digit_form(after_currency: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i: &str| {
        let (rest, v) = digits(i)?;
        if let Ok((rest, s)) = scale_suffix(after_currency)(rest) {
            return Ok((rest, v * s));
        }
        let (rest, v) = match fraction::point_tail(rest) {
            Ok((r, d)) if v.fract() == 0.0 => (r, v + d),
            _ => (rest, v),
        };
        // "1.2 million", "$137-million"
        if let Ok((rest, s)) = preceded(alt((multispace1, tag("-"))), scale_word).parse(rest) {
            return Ok(with_and_fraction(rest, v * s, Some(s)));
        }
        let (rest, v) = match fraction::vulgar(rest) {
            Ok((r, f)) if v.fract() == 0.0 => (r, v + f),
            _ => (rest, v),
        };
        Ok((rest, v))
    }
}

/// What may follow number words, read up to `rest` as `v` (with the scale
/// of their last word, `trailing`): "two point two million", "one and a
/// half", "twenty and three fifths".
fn word_form_tail(rest: &str, v: f64, trailing: Option<f64>) -> (&str, f64) {
    if let Ok((rest, d)) = fraction::point_tail(rest) {
        let v = v + d;
        return match preceded(multispace1, scale_word).parse(rest) {
            Ok((rest, s)) => (rest, v * s),
            Err(_) => (rest, v),
        };
    }
    with_and_fraction(rest, v, trailing)
}

/// "and a half" after a number: "one and a half" 1.5, "one million and a
/// half" 1.5 million, "five and a half million", "one billion and a half
/// million".
fn with_and_fraction(rest: &str, v: f64, trailing: Option<f64>) -> (&str, f64) {
    let Ok((rest, f)) = fraction::and_fraction(rest) else { return (rest, v) };
    match preceded(multispace1, scale_word).parse(rest) {
        Ok((rest2, s)) if trailing.is_some() => (rest2, v + f * s),
        Ok((rest2, s)) => (rest2, (v + f) * s),
        Err(_) => (rest, v + f * trailing.unwrap_or(1.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(f64, &str)> {
        numeral(false)(s).ok().map(|(rest, v)| (v, rest))
    }

    /// At every digit of the seeds and the cluster articles that no
    /// number word follows, the digit forms read what all forms read.
    #[test]
    fn digits_alone_read_as_every_form_reads_them() {
        let mut variants = crate::test_texts::articles();
        variants.extend(["2 1/4 million", "3/4 of", "1 point 5", "4 dozen", "7 fifths", "5 ½"].map(String::from));
        let mut alone = 0;
        for text in &variants {
            for at in (0..text.len()).filter(|&p| text.as_bytes()[p].is_ascii_digit()) {
                let rest = &text[at..];
                if !digits_alone(rest) {
                    continue;
                }
                alone += 1;
                for currency in [false, true] {
                    assert_eq!(
                        digit_forms(currency)(rest).ok(),
                        all_forms(currency)(rest).ok(),
                        "{:?}",
                        rest.chars().take(30).collect::<String>()
                    );
                }
            }
        }
        assert!(alone > 5_000, "{alone}");
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(read("129 dead"), Some((129.0, " dead")));
        assert_eq!(read("2,186.5 people"), Some((2186.5, " people")));
        assert_eq!(read("43,885,310"), Some((43885310.0, "")));
        assert_eq!(read("1.2 million"), Some((1_200_000.0, "")));
        assert_eq!(read("100k"), Some((100_000.0, "")));
    }

    #[test]
    fn addresses_and_versions_are_not_decimals() {
        assert_eq!(read("192.168.1.2"), None);
        assert_eq!(read("2.1.3"), None);
        assert_eq!(read("2.5. Then"), Some((2.5, ". Then")));
        assert_eq!(read("1,200.5.6"), None);
    }

    #[test]
    fn glued_suffixes_scale_only_when_they_are_scales() {
        assert_eq!(read("3rd"), Some((3.0, "rd")));
        assert_eq!(read("100m race"), Some((100.0, "m race")));
        assert_eq!(numeral(true)("2bn").unwrap().1, 2e9);
        assert_eq!(numeral(true)("3.5m").unwrap().1, 3.5e6);
    }

    #[test]
    fn spelled_out_numbers() {
        assert_eq!(read("twenty-one"), Some((21.0, "")));
        assert_eq!(read("one hundred and five people"), Some((105.0, " people")));
        assert_eq!(read("a thousand"), Some((1000.0, "")));
        assert_eq!(read("Two of the"), Some((2.0, " of the")));
        assert_eq!(read("three million two hundred thousand"), Some((3_200_000.0, "")));
        assert_eq!(read("nineteen hundred"), Some((1900.0, "")));
    }

    #[test]
    fn a_comma_or_an_ampersand_inside_a_spelled_out_number() {
        assert_eq!(read("three million, two hundred & forty, you say?"), Some((3_000_240.0, ", you say?")));
        assert_eq!(read("one hundred & five"), Some((105.0, "")));
        assert_eq!(read("two million, four hundred thousand people"), Some((2_400_000.0, " people")));
        // A comma before a clause, a list, or a group no smaller ends it.
        assert_eq!(read("a thousand, two of them children"), Some((1000.0, ", two of them children")));
        assert_eq!(read("two million, three million"), Some((2e6, ", three million")));
        assert_eq!(read("five hundred, two hundred"), Some((500.0, ", two hundred")));
    }

    #[test]
    fn plural_scales_after_a_number_and_lists_of_numbers() {
        assert_eq!(read("one billion twenty-five millions"), Some((1_025_000_000.0, "")));
        assert_eq!(read("3 hundred and 2 hundred"), Some((300.0, " and 2 hundred")));
        assert_eq!(read("millions of"), None);
        assert_eq!(read("22,24,26"), Some((22.0, ",24,26")));
    }

    #[test]
    fn two_numbers_in_a_row_stay_apart() {
        assert_eq!(read("two three"), Some((2.0, " three")));
        assert_eq!(read("twenty-first-century"), None);
        assert_eq!(read("-Six people"), None, "a bullet, not a minus");
        assert_eq!(read("- two"), None);
        assert_eq!(read("minus two"), Some((-2.0, "")));
        assert_eq!(read("-2"), Some((-2.0, "")));
        assert_eq!(read("six-mile"), Some((6.0, "-mile")));
        assert_eq!(read("hundred"), None);
        assert_eq!(read("a coffee"), None);
        assert_eq!(read("one hundred and"), Some((100.0, " and")));
    }

    #[test]
    fn an_ordinal_written_apart_is_no_count() {
        assert_eq!(read("twenty fifth anniversary"), None);
        assert_eq!(read("one hundred fifth day"), None);
        assert_eq!(read("one hundred twenty fifth"), None);
        // A singular "first" or "second" after a tens word is read apart.
        assert_eq!(read("twenty first responders"), Some((20.0, " first responders")));
        assert_eq!(read("twenty seconds"), Some((20.0, " seconds")));
        assert_eq!(read("one hundred fifths"), Some((20.0, "")));
    }
}
