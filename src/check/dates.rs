//! Dates: a weekday written beside a date it does not fall on ("Thursday,
//! July 8, 2016" when July 8, 2016 was a Friday: CC401), two articles
//! that agree on a figure but not on the day it happened (CC402), and two
//! that give one event noun different days (CC404). A date
//! without its year takes the year that puts it nearest the article's own
//! date; a weekday alone is the last such day on or before it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use super::figures::{comparable, measure_rule, verdict_within, Verdict};
use super::{beside_figure, enabled, finding, Beside, Evidence, Finding};
use crate::extract::dates::{weekday_title, DateMention};
use crate::extract::events::EventDay;
use crate::facts::Fact;
use crate::load::Document;
use crate::rules::{Check, Rules};
use crate::Analysis;

/// The article's date, if it has one.
fn article_date(a: &Analysis) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&a.date()?, "%Y-%m-%d").ok()
}

/// CC401: every weekday written beside a date it does not fall on; one
/// finding per article for each such pair, with every place it is written
/// (a repeated caption is one mistake).
pub fn check_weekdays(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let Some(check) = enabled(rules, "CC401") else { return Vec::new() };
    let mut out = Vec::new();
    for (doc, a) in analyses.iter().enumerate() {
        let around = article_date(a);
        // (weekday, date) -> its finding, so a repeated mistake is one finding.
        let mut seen: std::collections::HashMap<(u32, NaiveDate), usize> = std::collections::HashMap::new();
        for m in &a.extraction.dates {
            let (Some(weekday), Some((date, year_assumed))) = (m.weekday.map(u32::from), m.resolve(around)) else {
                continue;
            };
            let actual = date.weekday().num_days_from_monday();
            if actual == weekday {
                continue;
            }
            let label = format!("{} was a {}", date.format("%B %-d, %Y"), weekday_title(actual));
            if let Some(&at) = seen.get(&(weekday, date)) {
                let f: &mut Finding = &mut out[at];
                f.evidence.push(Evidence { doc, span: m.span, label });
                continue;
            }
            seen.insert((weekday, date), out.len());
            let written = docs[doc].slice(m.span).to_string();
            let year_note = if year_assumed { " (year from the article's date)" } else { "" };
            let values = [
                ("written", written),
                ("date", format!("{}{year_note}", date.format("%B %-d, %Y"))),
                ("weekday", weekday_title(weekday).to_string()),
                ("actual", weekday_title(actual).to_string()),
                ("doc", docs[doc].path.clone()),
            ];
            out.push(finding(check, &values, vec![Evidence { doc, span: m.span, label }]));
        }
    }
    out
}

/// A day as far as it can be placed: a calendar date when the mention or
/// the article's date allows, else a weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Day {
    Date(NaiveDate),
    Weekday(u32),
}

impl Day {
    fn weekday(self) -> u32 {
        match self {
            Day::Date(d) => d.weekday().num_days_from_monday(),
            Day::Weekday(w) => w,
        }
    }

    fn describe(self) -> String {
        match self {
            Day::Date(d) => d.format("%A, %B %-d, %Y").to_string(),
            Day::Weekday(w) => weekday_title(w).to_string(),
        }
    }
}

/// Where a mention puts its day. "On Sunday" in an article of Tuesday, June
/// 14 is Sunday, June 12: news writes the weekday of the past week.
fn place(m: &DateMention, around: Option<NaiveDate>) -> Option<Day> {
    if let Some((d, _)) = m.resolve(around) {
        return Some(Day::Date(d));
    }
    let w = u32::from(m.weekday?);
    Some(match around {
        Some(a) => {
            let back = (a.weekday().num_days_from_monday() + 7 - w) % 7;
            Day::Date(a - chrono::Days::new(u64::from(back)))
        }
        None => Day::Weekday(w),
    })
}

/// Days between two days: exact between dates, around the week otherwise.
fn apart(a: Day, b: Day) -> i64 {
    match (a, b) {
        (Day::Date(x), Day::Date(y)) => (x - y).num_days().abs(),
        _ => {
            let d = (i64::from(a.weekday()) - i64::from(b.weekday())).abs();
            d.min(7 - d)
        }
    }
}

/// Two days that cannot both be the day one thing happened: two or more
/// days apart, or one day apart when neither is near midnight ("late
/// Saturday" and "early Sunday" may be one night).
fn days_conflict(a: Day, ma: &DateMention, b: Day, mb: &DateMention) -> bool {
    match apart(a, b) {
        0 => false,
        1 => !ma.loose && !mb.loose,
        _ => true,
    }
}

/// Days further apart than this are taken for different events, so an
/// archive's days are compared with their neighbours only.
const NEIGHBOURING_DAYS: i64 = 7;

/// Figures kept per measure and day: enough to find an agreeing pair.
const PER_DAY: usize = 32;

/// A figure dated by its sentence: (document, fact, the day's mention).
type Dated<'a> = (usize, &'a Fact, &'a DateMention);

/// Every event-level figure whose sentence gives its day, by measure and day.
fn dated_figures<'a>(analyses: &'a [Analysis], rules: &Rules) -> BTreeMap<&'a str, BTreeMap<Day, Vec<Dated<'a>>>> {
    let mut out: BTreeMap<&str, BTreeMap<Day, Vec<Dated>>> = BTreeMap::new();
    for (doc, a) in analyses.iter().enumerate() {
        let around = article_date(a);
        for f in &a.facts {
            let (Some(measure), Some(i)) = (f.measure.as_deref(), f.day) else { continue };
            let m = &a.extraction.dates[i.get()];
            let Some(day) = place(m, around).filter(|_| measure_rule(rules, measure).0) else { continue };
            let list = out.entry(measure).or_default().entry(day).or_default();
            if list.len() < PER_DAY {
                list.push((doc, f, m));
            }
        }
    }
    out
}

/// CC402: two articles agree on an event's figure (same measure, same
/// subject, same value) but not on the day their sentences give it.
pub fn check_event_days(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let Some(check) = enabled(rules, "CC402") else { return Vec::new() };
    let mut out = Vec::new();
    for (measure, days) in dated_figures(analyses, rules) {
        let tolerance = measure_rule(rules, measure).1;
        let days: Vec<(&Day, &Vec<Dated>)> = days.iter().collect();
        for (i, &(&da, left)) in days.iter().enumerate() {
            for &(&db, right) in days[i + 1..].iter().filter(|(d, _)| apart(da, **d) <= NEIGHBOURING_DAYS) {
                let agreeing = left.iter().flat_map(|a| right.iter().map(move |b| (a, b))).find(|(a, b)| {
                    a.0 != b.0
                        && days_conflict(da, a.2, db, b.2)
                        && comparable(a.1, b.1, true, rules)
                        && verdict_within(a.1, b.1, tolerance) == Verdict::Agree
                });
                if let Some((a, b)) = agreeing {
                    out.push(day_finding(check, docs, measure, (da, a), (db, b)));
                }
            }
        }
    }
    out
}

/// An article's one day for an event noun: the article, its first mention
/// of the noun, and the names of all its sentences about it.
type EventSide<'a> = (usize, &'a EventDay, BTreeSet<&'a str>);

/// CC404: two articles give one event (the same event noun, grouped by
/// [subjects] same_words) days that cannot both be right, with no figure
/// needed: "the shooting happened on Saturday" and "the shooting took place
/// on Sunday". The two articles' sentences about it must share a name ("at
/// the Riverside Mall"): a week may hold two shootings. An article that
/// gives the noun two such days itself speaks of two events, and is left
/// out for that noun. One finding per noun and pair of days, however many
/// articles give each day.
pub fn check_event_nouns(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let Some(check) = enabled(rules, "CC404") else { return Vec::new() };
    let mut out = Vec::new();
    for (head, days) in event_days(analyses) {
        let days: Vec<(&Day, &Vec<EventSide>)> = days.iter().collect();
        for (i, &(&da, left)) in days.iter().enumerate() {
            for &(&db, right) in days[i + 1..].iter().filter(|(d, _)| apart(da, **d) <= NEIGHBOURING_DAYS) {
                let pair = left
                    .iter()
                    .flat_map(|a| right.iter().map(move |b| (a, b)))
                    .find(|(a, b)| a.0 != b.0 && !a.2.is_disjoint(&b.2) && days_conflict(da, &a.1.date, db, &b.1.date));
                if let Some((a, b)) = pair {
                    out.push(event_noun_finding(check, docs, head, (a.0, da, a.1), (b.0, db, b.1)));
                }
            }
        }
    }
    out
}

/// Each event noun's articles by the day each gives it, at most
/// [`PER_DAY`] articles a day.
fn event_days(analyses: &[Analysis]) -> BTreeMap<&str, BTreeMap<Day, Vec<EventSide<'_>>>> {
    let mut by_head: BTreeMap<&str, BTreeMap<Day, Vec<EventSide>>> = BTreeMap::new();
    for (doc, a) in analyses.iter().enumerate() {
        let around = article_date(a);
        // None: the article gives the noun two days.
        let mut own: BTreeMap<&str, Option<(Day, EventSide)>> = BTreeMap::new();
        for e in &a.extraction.events {
            let Some(day) = place(&e.date, around) else { continue };
            let entry = own.entry(e.head.as_str()).or_insert_with(|| Some((day, (doc, e, BTreeSet::new()))));
            match entry {
                Some((d, (_, first, _))) if days_conflict(*d, &first.date, day, &e.date) => *entry = None,
                Some((_, (_, _, names))) => names.extend(e.names.iter().map(String::as_str)),
                None => {}
            }
        }
        for (head, (day, side)) in own.into_iter().filter_map(|(head, kept)| Some((head, kept?))) {
            let list = by_head.entry(head).or_default().entry(day).or_default();
            if list.len() < PER_DAY {
                list.push(side);
            }
        }
    }
    by_head
}

fn event_noun_finding(
    check: &Check,
    docs: &[Document],
    head: &str,
    a: (usize, Day, &EventDay),
    b: (usize, Day, &EventDay),
) -> Finding {
    let text = |doc: usize, s: crate::span::Span| docs[doc].slice(s).to_string();
    let values = [
        ("event", head.to_string()),
        ("a_event", text(a.0, a.2.noun)),
        ("b_event", text(b.0, b.2.noun)),
        ("a_day", text(a.0, a.2.date.span)),
        ("b_day", text(b.0, b.2.date.span)),
        ("a_read", a.1.describe()),
        ("b_read", b.1.describe()),
        ("a_doc", docs[a.0].path.clone()),
        ("b_doc", docs[b.0].path.clone()),
    ];
    let evidence = vec![
        Evidence { doc: a.0, span: a.2.date.span, label: format!("day: read as {}", a.1.describe()) },
        Evidence { doc: b.0, span: b.2.date.span, label: format!("day: read as {}", b.1.describe()) },
        Evidence { doc: a.0, span: a.2.noun, label: format!("{head}: the event it dates") },
        Evidence { doc: b.0, span: b.2.noun, label: format!("{head}: the same event") },
    ];
    finding(check, &values, evidence)
}

fn day_finding(check: &Check, docs: &[Document], measure: &str, a: (Day, &Dated), b: (Day, &Dated)) -> Finding {
    let side = |(day, &(doc, fact, m)): (Day, &Dated)| Beside {
        doc,
        figure: fact.span,
        words: m.span,
        label: format!("day: read as {}", day.describe()),
    };
    let extra = [("a_read", a.0.describe()), ("b_read", b.0.describe())];
    beside_figure(check, docs, measure, ("day", "dates"), [side(a), side(b)], &extra)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn mention(weekday: u8, month: u8, day: u8, year: Option<i32>) -> DateMention {
        DateMention {
            span: Span::new(0, 1),
            weekday: Some(weekday),
            month: Some(month),
            day: Some(day),
            year,
            sentence: 0,
            loose: false,
            event: true,
        }
    }

    #[test]
    fn a_date_without_its_year_takes_the_nearest() {
        let around = NaiveDate::from_ymd_opt(2017, 1, 2);
        let (d, assumed) = mention(4, 12, 30, None).resolve(around).unwrap();
        assert_eq!((d, assumed), (NaiveDate::from_ymd_opt(2016, 12, 30).unwrap(), true));
        assert_eq!(mention(4, 12, 30, None).resolve(None), None);
        assert_eq!(mention(4, 2, 30, Some(2016)).resolve(around), None, "no such day");
    }
}
