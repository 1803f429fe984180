//! Dates: a weekday written beside a date it does not fall on ("Thursday,
//! July 8, 2016" when July 8, 2016 was a Friday: CC401). A date without its
//! year takes the year that puts it nearest the article's own date.

use chrono::{Datelike, NaiveDate};

use super::{enabled, finding, Evidence, Finding};
use crate::extract::dates::{weekday_title, DateMention};
use crate::load::Document;
use crate::rules::Rules;
use crate::Analysis;

/// The article's date, if it has one.
fn article_date(a: &Analysis) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&a.date()?, "%Y-%m-%d").ok()
}

/// The calendar date a mention names: its own year, else the year (the
/// article's, the one before or after) nearest the article's date.
fn resolve(m: &DateMention, around: Option<NaiveDate>) -> Option<(NaiveDate, bool)> {
    let (month, day) = (m.month?, m.day?);
    if let Some(y) = m.year {
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

/// CC401: every weekday written beside a date it does not fall on; one
/// finding per article for each such pair, with every place it is written
/// (a repeated caption is one mistake).
pub fn check_weekdays(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let Some(check) = enabled(rules, "CC401") else { return Vec::new() };
    let mut out = Vec::new();
    for (doc, a) in analyses.iter().enumerate() {
        let around = article_date(a);
        let mut seen: Vec<(u32, NaiveDate, usize)> = Vec::new();
        for m in &a.extraction.dates {
            let (Some(weekday), Some((date, year_assumed))) = (m.weekday, resolve(m, around)) else { continue };
            let actual = date.weekday().num_days_from_monday();
            if actual == weekday {
                continue;
            }
            let label = format!("{} was a {}", date.format("%B %-d, %Y"), weekday_title(actual));
            if let Some(&(_, _, at)) = seen.iter().find(|(w, d, _)| (*w, *d) == (weekday, date)) {
                let f: &mut Finding = &mut out[at];
                f.evidence.push(Evidence { doc, span: m.span, label });
                continue;
            }
            seen.push((weekday, date, out.len()));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn mention(weekday: u32, month: u32, day: u32, year: Option<i32>) -> DateMention {
        DateMention {
            span: Span::new(0, 1),
            weekday: Some(weekday),
            month: Some(month),
            day: Some(day),
            year,
            sentence: 0,
        }
    }

    #[test]
    fn a_date_without_its_year_takes_the_nearest() {
        let around = NaiveDate::from_ymd_opt(2017, 1, 2);
        let (d, assumed) = resolve(&mention(4, 12, 30, None), around).unwrap();
        assert_eq!((d, assumed), (NaiveDate::from_ymd_opt(2016, 12, 30).unwrap(), true));
        assert_eq!(resolve(&mention(4, 12, 30, None), None), None);
        assert_eq!(resolve(&mention(4, 2, 30, Some(2016)), around), None, "no such day");
    }
}
