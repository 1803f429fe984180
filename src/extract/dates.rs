//! Dates in running text: "on Thursday", "Friday's rampage", "July 7",
//! "Nov. 15", "7 July 2016", "Thursday, July 8, 2016". Each is read as far as
//! it is written (a weekday, a month and day, a year) so that a weekday can
//! be held against its date, and one event's day against another article's.
//! Small nom parsers: a weekday, a calendar date in either order, and a
//! mention that is one or both.

use chrono::{Datelike, NaiveDate};
use nom::branch::alt;
use nom::character::complete::{char, multispace0, multispace1};
use nom::combinator::opt;
use nom::sequence::{delimited, preceded};
use nom::{IResult, Parser};

use super::dateline::{day, letters, month, weekday_index, year, MONTHS, WEEKDAYS};
use crate::rules::Rules;
use crate::span::Span;
use crate::words::Token;

type Res<'a, T> = IResult<&'a str, T>;

/// A date as far as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    /// 0 for Monday to 6 for Sunday. (Small types: an archive holds
    /// hundreds of thousands of mentions.)
    pub weekday: Option<u8>,
    /// 1 to 12.
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub year: Option<i32>,
    pub sentence: u32,
    /// "early Sunday", "Saturday night": near midnight, so the day before or
    /// after may be meant too.
    pub loose: bool,
    /// The day something happened: not "since Friday", not the day of a
    /// statement ("police said Sunday").
    pub event: bool,
}

impl DateMention {
    /// The calendar date a mention names: its own year, else the year (the
    /// article's, the one before or after) nearest the article's date.
    pub fn resolve(&self, around: Option<NaiveDate>) -> Option<(NaiveDate, bool)> {
        let (month, day) = (u32::from(self.month?), u32::from(self.day?));
        if let Some(y) = self.year {
            return NaiveDate::from_ymd_opt(y, month, day).map(|d| (d, false));
        }
        let around = around?;
        let y = around.year();
        [y - 1, y, y + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .min_by_key(|d| (*d - around).num_days().abs())
            .map(|d| (d, true))
    }
}

/// A month and day, perhaps with a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Calendar {
    month: u32,
    day: u32,
    year: Option<i32>,
}

fn fail(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

fn capitalised(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
}

/// "Thursday", "Friday's": a capitalised full weekday name, its index.
/// "Fridays" is a habit, not a day.
fn weekday_name(i: &str) -> Res<'_, u32> {
    let (rest, w) = letters(i)?;
    let n = weekday_index(w, false).filter(|_| capitalised(w)).ok_or_else(|| fail(i))?;
    Ok((rest, n))
}

/// "July", "Nov.", "Sept.": a capitalised month name in full, or cut short
/// with a full stop ("Mar" and "Jun" alone are too often something else).
fn month_name(i: &str) -> Res<'_, u32> {
    let (rest, n) = month(i)?;
    let written = &i[..i.len() - rest.len()];
    let full = written.len() == MONTHS[n as usize - 1].len();
    if !capitalised(written) || !(full || written.ends_with('.')) {
        return Err(fail(i));
    }
    Ok((rest, n))
}

/// A day number that ends its word: "7", "8th", not "7pm" or "75".
fn day_word(i: &str) -> Res<'_, u32> {
    let (rest, d) = day(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(fail(i));
    }
    Ok((rest, d))
}

/// ", 2016" or " 2016" after a day.
fn year_after(i: &str) -> Res<'_, i32> {
    preceded((opt(char(',')), multispace1), year).parse(i)
}

/// "July 8", "July 8, 2016", "Nov. 15".
fn month_day(i: &str) -> Res<'_, Calendar> {
    let (rest, (month, _, day, year)) = (month_name, multispace1, day_word, opt(year_after)).parse(i)?;
    Ok((rest, Calendar { month, day, year }))
}

/// "8 July", "8 July 2016".
fn day_month(i: &str) -> Res<'_, Calendar> {
    let (rest, (day, _, month, year)) = (day_word, multispace1, month_name, opt(year_after)).parse(i)?;
    Ok((rest, Calendar { month, day, year }))
}

fn calendar(i: &str) -> Res<'_, Calendar> {
    alt((month_day, day_month)).parse(i)
}

/// What joins a weekday to its date: "Thursday, July 8", "Tuesday (6
/// January)", "Sunday June 12".
fn weekday_then_date(i: &str) -> Res<'_, Calendar> {
    alt((
        preceded((char(','), multispace1), calendar),
        preceded(multispace0, delimited(char('('), calendar, char(')'))),
        preceded(multispace1, calendar),
    ))
    .parse(i)
}

/// One mention: a weekday, perhaps with its date, or a date alone.
fn mention(i: &str) -> Res<'_, (Option<u32>, Option<Calendar>)> {
    alt(((weekday_name, opt(weekday_then_date)).map(|(w, c)| (Some(w), c)), calendar.map(|c| (None, Some(c))))).parse(i)
}

/// "May 5 people died": the month May before a day is a date only when
/// nothing but punctuation, a year or the end follows.
fn may_is_a_verb(c: &Calendar, weekday: Option<u32>, rest: &str) -> bool {
    c.month == 5
        && c.year.is_none()
        && weekday.is_none()
        && rest.trim_start_matches([' ', '\t']).starts_with(|ch: char| ch.is_alphanumeric())
}

/// What stands around a mention of tokens `k..j`: whether a loose word
/// touches it, and whether it dates something that happened.
fn surroundings(text: &str, tokens: &[Token], k: usize, j: usize, rules: &Rules) -> (bool, bool) {
    let word = |t: &Token| t.text(text);
    let is_loose = |t: &Token| rules.dates.loose.contains_word(word(t));
    let is_cue = |t: &Token| rules.cues.verbs.contains_word(word(t));
    let before = tokens[..k].iter().rev().find(|t| !is_loose(t) && !word(t).eq_ignore_ascii_case("on"));
    let after = tokens[j..].iter().find(|t| !is_loose(t));
    let loose = k.checked_sub(1).is_some_and(|b| is_loose(&tokens[b])) || tokens.get(j).is_some_and(is_loose);
    let not_event = before.is_some_and(|t| rules.dates.not_event_before.contains_word(word(t)));
    let statement = before.is_some_and(is_cue) || after.is_some_and(is_cue);
    (loose, !not_event && !statement)
}

/// "one day after", "hours before": the sentence relates two times, so no
/// day in it is plainly the day something happened.
fn relates_times(text: &str, tokens: &[Token], rules: &Rules) -> bool {
    let r = &rules.dates;
    tokens.windows(2).any(|w| r.spans.contains_word(w[0].text(text)) && r.relations.contains_word(w[1].text(text)))
}

/// A date opens with a capitalised weekday or month name, or a day number:
/// every other token is passed over before any parsing.
fn could_open_a_date(word: &str) -> bool {
    match word.as_bytes() {
        [b, ..] if b.is_ascii_digit() => word.len() <= 4,
        [b, c, ..] if b.is_ascii_uppercase() && c.is_ascii_alphabetic() => {
            let at = usize::from(b.to_ascii_lowercase() - b'a') * 26 + usize::from(c.to_ascii_lowercase() - b'a');
            word.len() >= 3 && DATE_OPENINGS[at / 64] >> (at % 64) & 1 == 1
        }
        _ => false,
    }
}

/// A bit per pair of letters that opens a month's or a weekday's name
/// ("ja", "th"): most capitalised words ("The" aside: "Police", "Trump")
/// open none, and are not parsed.
const DATE_OPENINGS: [u64; 11] = openings(&WEEKDAYS, openings(&MONTHS, [0; 11]));

const fn openings(names: &[&str], mut bits: [u64; 11]) -> [u64; 11] {
    let mut k = 0;
    while k < names.len() {
        let name = names[k].as_bytes();
        let at = (name[0] - b'a') as usize * 26 + (name[1] - b'a') as usize;
        bits[at / 64] |= 1 << (at % 64);
        k += 1;
    }
    bits
}

/// Every date mention in one sentence, which ends at byte `end`.
pub fn dates(text: &str, tokens: &[Token], end: usize, sentence: usize, rules: &Rules) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let mut skip_to = 0;
    for (k, tok) in tokens.iter().enumerate() {
        if tok.start() < skip_to || !could_open_a_date(tok.text(text)) {
            continue;
        }
        let at = &text[tok.start()..end];
        let Ok((rest, (weekday, cal))) = mention(at) else { continue };
        if cal.is_some_and(|c| may_is_a_verb(&c, weekday, rest)) {
            continue;
        }
        let span = Span::new(tok.start(), tok.start() + at.len() - rest.len());
        skip_to = span.end();
        let j = tokens[k..].iter().position(|t| t.start() >= span.end()).map_or(tokens.len(), |n| k + n);
        let (loose, event) = surroundings(text, tokens, k, j, rules);
        out.push(DateMention {
            span,
            weekday: weekday.and_then(|w| u8::try_from(w).ok()),
            month: cal.and_then(|c| u8::try_from(c.month).ok()),
            day: cal.and_then(|c| u8::try_from(c.day).ok()),
            year: cal.and_then(|c| c.year),
            sentence: sentence as u32,
            loose,
            event,
        });
    }
    if !out.is_empty() && relates_times(text, tokens, rules) {
        out.iter_mut().for_each(|d| d.event = false);
    }
    out
}

/// A weekday's name as a report writes it, from its index (0 = Monday).
pub fn weekday_title(n: u32) -> &'static str {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][n as usize % 7]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::tokenize;

    /// (text, weekday, month, day, year) of each mention.
    type Read = (String, Option<u8>, Option<u8>, Option<u8>, Option<i32>);

    fn read(s: &str) -> Vec<Read> {
        let toks = tokenize(s, 0);
        dates(s, &toks, s.len(), 0, &Rules::builtin().unwrap())
            .into_iter()
            .map(|d| (d.span.text(s).to_string(), d.weekday, d.month, d.day, d.year))
            .collect()
    }

    #[test]
    fn weekdays_dates_and_both() {
        assert_eq!(
            read("11 officers were shot on Thursday, July 8, 2016 in Dallas."),
            [("Thursday, July 8, 2016".into(), Some(3), Some(7), Some(8), Some(2016))]
        );
        assert_eq!(read("after Friday's deadly shooting"), [("Friday".into(), Some(4), None, None, None)]);
        assert_eq!(
            read("on Nov. 15 and 7 July 2016"),
            [
                ("Nov. 15".into(), None, Some(11), Some(15), None),
                ("7 July 2016".into(), None, Some(7), Some(7), Some(2016)),
            ]
        );
        assert_eq!(
            read("forces on Tuesday (6 January) killed"),
            [("Tuesday (6 January)".into(), Some(1), Some(1), Some(6), None)]
        );
        assert_eq!(read("on Sunday, 49 people died"), [("Sunday".into(), Some(6), None, None, None)]);
    }

    /// (loose, event) of each mention.
    fn roles(s: &str) -> Vec<(bool, bool)> {
        let toks = tokenize(s, 0);
        dates(s, &toks, s.len(), 0, &Rules::builtin().unwrap()).iter().map(|d| (d.loose, d.event)).collect()
    }

    #[test]
    fn the_day_of_an_event_not_of_a_statement() {
        assert_eq!(roles("The gunman killed 49 people early Sunday."), [(true, true)]);
        assert_eq!(roles("Police said Sunday that 49 people died."), [(false, false)]);
        assert_eq!(roles("Police on Sunday night said 49 people died."), [(true, false)]);
        assert_eq!(roles("The mall has been closed since Friday."), [(false, false)]);
        assert_eq!(roles("Five people were killed on Friday, July 8."), [(false, true)]);
        assert_eq!(roles("Police spoke on June 8, one day after five died."), [(false, false)]);
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_real_days_inside_it(text in "(Thursday|July|Nov\\.|May|on|said|[0-9]{1,5}|[a-zA-Z]{1,9}|, |\\(|\\)| |\\PC){0,14}") {
            let toks = tokenize(&text, 0);
            for d in dates(&text, &toks, text.len(), 0, &Rules::builtin().unwrap()) {
                proptest::prop_assert!(d.span.end() <= text.len() && text.is_char_boundary(d.span.end()));
                proptest::prop_assert!(d.weekday.is_none_or(|w| w < 7));
                proptest::prop_assert!(d.month.is_none_or(|m| (1..=12).contains(&m)));
                proptest::prop_assert!(d.day.is_none_or(|n| (1..=31).contains(&n)));
            }
        }
    }

    #[test]
    fn words_that_are_not_dates() {
        assert!(read("He works Sundays and may 5 times").is_empty());
        assert!(read("May 5 people die?").is_empty());
        assert!(read("a sunday drive at 7pm March").is_empty());
        assert!(read("Jun 5 and Mar 3").is_empty());
        assert_eq!(read("It was May 5.").len(), 1);
    }
}
