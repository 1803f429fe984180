//! Datelines: the date an article carries near its top ("Tuesday, July 2nd,
//! 2013", "WEDNESDAY 03 JULY 2013", "Updated: July 02, 2013 15:50 IST",
//! "Tue Jul 02 2013, 14:58 hrs"), read as an ISO date so tolls can be put in
//! the order they were reported. Small nom parsers: weekday, month, day,
//! year, and the two orders a written date comes in.

use crate::words::tag_ci;
use nom::branch::alt;
use nom::bytes::complete::{take_while1, take_while_m_n};
use nom::character::complete::{char, multispace0, multispace1};
use nom::combinator::{opt, verify};
use nom::sequence::preceded;
use nom::{IResult, Parser};

use crate::segment::Segments;
use crate::span::Span;

type Res<'a, T> = IResult<&'a str, T>;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(crate) const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A word of letters.
pub(crate) fn letters(i: &str) -> Res<'_, &str> {
    take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)
}

/// Does `w` name `name`, in full or cut short to `w`?
fn names(name: &str, w: &str, short: bool) -> bool {
    name.eq_ignore_ascii_case(w) || (short && name.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)))
}

/// The month a word names (1 for January): in full, cut to three letters,
/// or "Sept".
pub(crate) fn month_index(w: &str) -> Option<u32> {
    let short = w.len() == 3 || w.eq_ignore_ascii_case("sept");
    MONTHS.iter().position(|m| names(m, w, short)).map(|n| n as u32 + 1)
}

/// The weekday a word names (0 for Monday): in full, or cut to three letters
/// when `short` forms count.
pub(crate) fn weekday_index(w: &str, short: bool) -> Option<u32> {
    WEEKDAYS.iter().position(|d| names(d, w, short && w.len() == 3)).map(|n| n as u32)
}

/// "July", "Jul", "Jul.", "Sept.": the month's number.
pub(crate) fn month(i: &str) -> Res<'_, u32> {
    let (rest, w) = letters(i)?;
    let n = month_index(w).ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))?;
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, n))
}

/// "Tuesday,", "Tue", "WEDNESDAY": skipped.
pub(crate) fn weekday(i: &str) -> Res<'_, ()> {
    let (rest, _) = verify(letters, |w: &str| weekday_index(w, true).is_some()).parse(i)?;
    let (rest, _) = (opt(char('.')), opt(char(',')), multispace1).parse(rest)?;
    Ok((rest, ()))
}

/// "2", "02", "2nd", "23rd".
pub(crate) fn day(i: &str) -> Res<'_, u32> {
    let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = opt(alt((tag_ci("st"), tag_ci("nd"), tag_ci("rd"), tag_ci("th")))).parse(rest)?;
    let d: u32 = d.parse().unwrap_or(0);
    if !(1..=31).contains(&d) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, d))
}

/// A four-digit year from 1900 to 2099.
pub(crate) fn year(i: &str) -> Res<'_, i32> {
    let (rest, y) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    let y: i32 = y.parse().unwrap_or(0);
    if !(1900..=2099).contains(&y) || rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, y))
}

/// "July 2nd, 2013", "Jul 02 2013".
fn month_day_year(i: &str) -> Res<'_, Date> {
    let (rest, (m, _, d, _, _, y)) = (month, multispace1, day, opt(char(',')), multispace1, year).parse(i)?;
    Ok((rest, Date { year: y, month: m, day: d }))
}

/// "03 JULY 2013", "2 July, 2013".
fn day_month_year(i: &str) -> Res<'_, Date> {
    let (rest, (d, _, m, _, _, y)) = (day, multispace1, month, opt(char(',')), multispace1, year).parse(i)?;
    Ok((rest, Date { year: y, month: m, day: d }))
}

/// "2013-07-02".
fn iso_date(i: &str) -> Res<'_, Date> {
    let two = |i| take_while_m_n(2, 2, |c: char| c.is_ascii_digit()).parse(i);
    let (rest, (y, _, m, _, d)) = (year, char('-'), two, char('-'), two).parse(i)?;
    let (m, d): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, Date { year: y, month: m, day: d }))
}

/// A written date, with its weekday if it has one.
pub fn written_date(i: &str) -> Res<'_, Date> {
    preceded(opt(weekday), alt((month_day_year, day_month_year, iso_date))).parse(i)
}

/// "Updated:", "Published", "Posted on", "Last updated:" before a dateline.
fn dateline_label(i: &str) -> Res<'_, ()> {
    let word = alt((tag_ci("last updated"), tag_ci("updated"), tag_ci("published"), tag_ci("posted")));
    let (rest, _) = (word, opt(preceded(multispace1, tag_ci("on"))), opt(char(':')), multispace0).parse(i)?;
    Ok((rest, ()))
}

/// A line that opens with a date: "Updated: July 02, 2013 15:50 IST".
fn dateline_text(i: &str) -> Option<Date> {
    let i = i.trim_start();
    let (_, d) = preceded(opt(dateline_label), written_date).parse(i).ok()?;
    Some(d)
}

/// How many paragraphs from the top a dateline may stand in.
const DATELINE_PARAGRAPHS: usize = 4;

/// The article's dateline: the first of its top paragraphs that opens with
/// a date, with where it is. A date inside a sentence further down ("on
/// July 2, 2013 the quake ...") is not a dateline.
pub fn dateline(text: &str, segments: &Segments) -> Option<(Date, Span)> {
    segments.paragraphs.iter().take(DATELINE_PARAGRAPHS).find_map(|p| {
        let line = p.span.text(text);
        let line = line.split('\n').next().unwrap_or(line);
        // A dateline is short: a date, perhaps a time and zone.
        if line.len() > 60 || line.starts_with('#') {
            return None;
        }
        dateline_text(line).map(|d| (d, Span::new(p.span.start(), p.span.start() + line.len())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<String> {
        dateline_text(s).map(|d| d.iso())
    }

    #[test]
    fn datelines_as_news_sites_write_them() {
        assert_eq!(read("Tuesday, July 2nd, 2013").as_deref(), Some("2013-07-02"));
        assert_eq!(read("Tue Jul 2, 2013 1: 28PM GMT").as_deref(), Some("2013-07-02"));
        assert_eq!(read("WEDNESDAY 03 JULY 2013").as_deref(), Some("2013-07-03"));
        assert_eq!(read("Updated: July 02, 2013 15:50 IST").as_deref(), Some("2013-07-02"));
        assert_eq!(read("Tue Jul 02 2013, 14:58 hrs").as_deref(), Some("2013-07-02"));
        assert_eq!(read("Published on Sept. 14, 2016").as_deref(), Some("2016-09-14"));
        assert_eq!(read("2016-06-12").as_deref(), Some("2016-06-12"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_a_real_date_or_none(text in "(Tue|July|Jul\\.|[0-9]{1,5}|[a-zA-Z]{1,9}|,|: |\\PC){0,12}") {
            if let Ok((_, d)) = written_date(&text) {
                proptest::prop_assert!((1..=12).contains(&d.month) && (1..=31).contains(&d.day));
                proptest::prop_assert!((1900..=2099).contains(&d.year));
            }
        }
    }

    #[test]
    fn text_that_is_not_a_dateline() {
        assert_eq!(read("May 5 people died"), None);
        assert_eq!(read("The quake struck on July 2, 2013"), None);
        assert_eq!(read("July 32, 2013"), None);
        assert_eq!(read("Mar 2, 20130"), None);
    }
}
