//! Live-blog stamps: the clock time that opens each entry of a live blog
//! ("UPDATE 11/28 4:01 p.m.:", "Saturday 9:10 a.m. UPDATE", "12:54 p.m.:"),
//! read at the start of each paragraph. The facts stage uses them to tell a
//! blog's latest figures from the ones its later entries replaced.

use crate::words::tag_ci;
use nom::branch::alt;
use nom::bytes::complete::{take_while1, take_while_m_n};
use nom::character::complete::{char, multispace1, space0};
use nom::combinator::{not, opt, peek, verify};
use nom::sequence::preceded;
use nom::{IResult, Parser};

use crate::rules::Rules;
use crate::segment::Segments;
use crate::span::Span;

type Res<'a, T> = IResult<&'a str, T>;

/// One entry's stamp.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stamp {
    /// The paragraph it opens.
    pub paragraph: usize,
    pub span: Span,
    /// Minutes after midnight.
    pub minutes: u32,
}

/// How many words after the time an update word may come: "7 P.M. PRESS
/// CONFERENCE UPDATE:".
const UPDATE_REACH: usize = 4;

/// "a.m.", "p.m", "PM": true for the afternoon.
fn meridiem(i: &str) -> Res<'_, bool> {
    let am = alt((tag_ci("a.m."), tag_ci("a.m"), tag_ci("am")));
    let pm = alt((tag_ci("p.m."), tag_ci("p.m"), tag_ci("pm")));
    let (rest, afternoon) = alt((am.map(|_| false), pm.map(|_| true))).parse(i)?;
    let (rest, _) = not(peek(verify(nom::character::complete::anychar, |c: &char| c.is_alphanumeric()))).parse(rest)?;
    Ok((rest, afternoon))
}

/// "4:01 p.m.", "7 P.M.", "12:54 p.m": minutes after midnight.
pub fn clock(i: &str) -> Res<'_, u32> {
    let digits = |n| take_while_m_n(n, 2, |c: char| c.is_ascii_digit());
    let (rest, (hours, minutes, _, afternoon)) =
        (digits(1), opt(preceded(char(':'), digits(2))), space0, meridiem).parse(i)?;
    let hours: u32 = hours.parse().unwrap_or(0);
    let minutes: u32 = minutes.map_or(0, |m| m.parse().unwrap_or(0));
    if !(1..=12).contains(&hours) || minutes > 59 {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, (hours % 12 + if afternoon { 12 } else { 0 }) * 60 + minutes))
}

/// "11/28 ": a month and day.
fn month_day(i: &str) -> Res<'_, ()> {
    let digits = || take_while_m_n(1, 2, |c: char| c.is_ascii_digit());
    let (rest, _) = (digits(), char('/'), digits(), multispace1).parse(i)?;
    Ok((rest, ()))
}

/// "UPDATE", "Update:" followed by space.
fn update_word<'a>(rules: &'a Rules) -> impl Fn(&'a str) -> Res<'a, ()> {
    move |i| {
        let (rest, _) =
            verify(take_while1(char::is_alphabetic), |w: &str| rules.dates.update_words.contains_word(w)).parse(i)?;
        let (rest, _) = (opt(char(':')), multispace1).parse(rest)?;
        Ok((rest, ()))
    }
}

/// The stamp opening `i`, if it opens with one: its minutes and length.
pub fn stamp<'a>(i: &'a str, rules: &'a Rules) -> Option<(u32, usize)> {
    let (rest, (update_first, _, _, minutes)) =
        (opt(update_word(rules)), opt(crate::extract::dateline::weekday), opt(month_day), clock).parse(i).ok()?;
    let line = rest.split('\n').next().unwrap_or("");
    let marked = update_first.is_some()
        || line.trim_start().starts_with(':')
        || line.trim().is_empty()
        || line
            .split_whitespace()
            .take(UPDATE_REACH)
            .any(|w| rules.dates.update_words.contains_word(w.trim_matches(|c: char| !c.is_alphabetic())));
    marked.then_some((minutes, i.len() - rest.len()))
}

/// The stamps opening the document's paragraphs, in order.
pub fn stamps(text: &str, segments: &Segments, rules: &Rules) -> Vec<Stamp> {
    segments
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(paragraph, p)| {
            let (minutes, len) = stamp(p.span.text(text), rules)?;
            Some(Stamp { paragraph, span: Span::new(p.span.start(), p.span.start() + len), minutes })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<u32> {
        stamp(s, &Rules::builtin().unwrap()).map(|(m, _)| m)
    }

    #[test]
    fn stamps_in_the_forms_blogs_write_them() {
        assert_eq!(read("UPDATE 1:35 p.m.: CSPD Lt. Catherine Buckley says"), Some(13 * 60 + 35));
        assert_eq!(read("UPDATE 11/28 4:01 p.m.: New numbers released"), Some(16 * 60 + 1));
        assert_eq!(read("UPDATE: 5:16 p.m.: \"This is a horrible tragedy\""), Some(17 * 60 + 16));
        assert_eq!(read("Saturday 9:10 a.m. UPDATE"), Some(9 * 60 + 10));
        assert_eq!(read("Friday 7 P.M. PRESS CONFERENCE UPDATE:"), Some(19 * 60));
        assert_eq!(read("12:54 p.m.: At least three officers are injured"), Some(12 * 60 + 54));
        assert_eq!(read("12:05 a.m.\nPolice said"), Some(5));
        assert_eq!(read("1:43 p.m."), Some(13 * 60 + 43));
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_a_real_time_or_none(text in "(UPDATE|Saturday|11/28|[0-9]{1,3}|:|a\\.m\\.|P\\.M\\.|pm|[a-zA-Z]{1,6}| |\n|\\PC){0,10}") {
            let rules = Rules::builtin().unwrap();
            if let Some((minutes, len)) = stamp(&text, &rules) {
                proptest::prop_assert!(minutes < 24 * 60);
                proptest::prop_assert!(len <= text.len() && text.is_char_boundary(len));
            }
        }
    }

    #[test]
    fn times_in_sentences_are_not_stamps() {
        assert_eq!(read("4 p.m. is when the police arrived at the scene."), None);
        assert_eq!(read("11:52 a.m PDT on June 7, 2013 of shots fired."), None);
        assert_eq!(read("The update came at 4:01 p.m.:"), None);
        assert_eq!(read("13:20 p.m.: nonsense hour"), None);
        assert_eq!(read("5 amps were drawn"), None);
    }
}
