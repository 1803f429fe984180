//! Quantities: a numeral with its qualifier ("more than"), currency symbol,
//! vague amount ("a few hundred"), and unit ("miles", "-minute", "%"), read
//! as an interval in the unit as written. Years, clock times, ordinals and
//! labels such as "G20" are not quantities.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{multispace0, multispace1};
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::numeral::{numeral, scale_word};
use crate::interval::Interval;
use crate::rules::{NumberRules, PhraseSet, QualifierKind};
use crate::span::Span;
use crate::words::{Token, TokenKind};

/// A figure as written, before its measure is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub span: Span,
    /// The interval in `unit` as written (before conversion to a base unit).
    pub stated: Interval,
    /// Index into the rules' units; None for a bare count.
    pub unit: Option<usize>,
    pub qualifier: Option<QualifierKind>,
    /// The figure before any hedge widened it: 1800 for "about half an hour".
    pub nominal: f64,
}

type Res<'a, T> = IResult<&'a str, T>;

fn fail(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

/// A phrase from a rule set, as a nom parser returning the phrase's value.
fn phrase(set: &PhraseSet) -> impl Fn(&str) -> Res<'_, usize> + '_ {
    move |i| set.match_at(i).map(|m| (&i[m.len..], m.value)).ok_or_else(|| fail(i))
}

fn article(i: &str) -> Res<'_, &str> {
    alt((tag_no_case("an"), tag_no_case("a"))).parse(i)
}

/// What the amount parsers return: the core interval and a unit they read.
struct Amount {
    core: Interval,
    unit: Option<usize>,
}

/// "half an hour", "half a day".
fn half_a_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, Amount> {
    move |i| {
        let (rest, (_, _, _, _, unit)) =
            (tag_no_case("half"), multispace1, article, multispace1, phrase(&rules.unit_forms)).parse(i)?;
        Ok((rest, Amount { core: Interval::point(0.5), unit: Some(unit) }))
    }
}

/// "an hour and a half".
fn a_unit_and_a_half<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, Amount> {
    move |i| {
        let (rest, (_, _, unit, _)) = (article, multispace1, phrase(&rules.unit_forms), and_a_half).parse(i)?;
        Ok((rest, Amount { core: Interval::point(1.5), unit: Some(unit) }))
    }
}

fn and_a_half(i: &str) -> Res<'_, ()> {
    let (rest, _) =
        (multispace1, tag_no_case("and"), multispace1, article, multispace1, tag_no_case("half")).parse(i)?;
    Ok((rest, ()))
}

/// "a few hundred", "dozens", "several thousand".
fn vague<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, Amount> {
    move |i| {
        let (rest, idx) = phrase(&rules.vague)(i)?;
        let v = &rules.vague_rules[idx];
        if !v.scaled {
            return Ok((rest, Amount { core: Interval::closed(v.min, v.max), unit: None }));
        }
        let (rest, scale) = preceded(multispace1, scale_word).parse(rest)?;
        Ok((rest, Amount { core: Interval::closed(v.min * scale, v.max * scale), unit: None }))
    }
}

/// A plain numeral, with "and a half" ("two and a half hours").
fn plain(after_currency: bool) -> impl Fn(&str) -> Res<'_, Amount> {
    move |i| {
        let (rest, v) = numeral(after_currency)(i)?;
        let (rest, half) = opt(and_a_half).parse(rest)?;
        let v = if half.is_some() { v + 0.5 } else { v };
        Ok((rest, Amount { core: Interval::point(v), unit: None }))
    }
}

/// Apply a qualifier to the core interval.
fn qualify(core: Interval, q: Option<QualifierKind>, rules: &NumberRules) -> Interval {
    let inf = f64::INFINITY;
    let open = |min, max, min_inclusive, max_inclusive| Interval { min, max, min_inclusive, max_inclusive };
    match q {
        None | Some(QualifierKind::Exactly) => core,
        Some(QualifierKind::Above) => open(core.max, inf, false, false),
        Some(QualifierKind::AtLeast) => open(core.min, inf, true, false),
        Some(QualifierKind::AtMost) => Interval::closed(0.0, core.max),
        Some(QualifierKind::Below) => open(0.0, core.min, true, false),
        Some(QualifierKind::About) => {
            let t = rules.approx_tolerance;
            Interval::closed(core.min * (1.0 - t), core.max * (1.0 + t))
        }
        Some(QualifierKind::Nearly) => Interval::closed(core.min * (1.0 - rules.nearly_tolerance), core.max),
    }
}

/// What follows a figure must not glue it to a label, time or date:
/// "3rd", "4:17", "9/11", "1990s".
fn ends_cleanly(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(':' | '/') => !chars.next().is_some_and(|d| d.is_ascii_digit()),
        Some(_) => true,
    }
}

/// Parse one quantity at the start of `i`.
pub fn quantity<'a>(i: &'a str, rules: &'a NumberRules) -> Res<'a, Quantity> {
    let (rest, qualifier) = opt((phrase(&rules.qualifiers), multispace1)).parse(i)?;
    let (rest, symbol) = opt((phrase(&rules.unit_symbols), multispace0)).parse(rest)?;
    let after_currency = symbol.is_some();
    let (rest, amount) =
        alt((half_a_unit(rules), a_unit_and_a_half(rules), vague(rules), plain(after_currency))).parse(rest)?;
    let (rest, unit_after) = if amount.unit.is_some() {
        (rest, amount.unit)
    } else {
        opt(preceded(alt((multispace0, tag("-"))), phrase(&rules.unit_forms))).parse(rest)?
    };
    if !ends_cleanly(rest) {
        return Err(fail(i));
    }
    let unit = symbol.map(|(u, _)| u).or(unit_after);
    let qualifier = qualifier.map(|(q, _)| rules.qualifier_kinds[q]);
    let core = amount.core;
    if unit.is_none() && qualifier.is_none() && is_year(i, rest, core, rules) {
        return Err(fail(i));
    }
    let stated = qualify(core, qualifier, rules);
    let nominal = (core.min + core.max) / 2.0;
    Ok((rest, Quantity { span: Span::new(0, i.len() - rest.len()), stated, unit, qualifier, nominal }))
}

/// A bare four-digit whole number in the year range is a year: "2015",
/// "© 2025".
fn is_year(i: &str, rest: &str, core: Interval, rules: &NumberRules) -> bool {
    let text = &i[..i.len() - rest.len()];
    let [lo, hi] = rules.year_range;
    core.is_point() && text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && core.min >= lo && core.min <= hi
}

/// Every quantity in a sentence, given its tokens. Spans are document
/// offsets.
pub fn quantities(doc_text: &str, tokens: &[Token], end: usize, rules: &NumberRules) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (k, tok) in tokens.iter().enumerate() {
        if tok.start < skip_to {
            continue;
        }
        let text = &doc_text[tok.start..end];
        if let Some(m) = rules.not_figures.match_at(text) {
            skip_to = tok.start + m.len;
            continue;
        }
        if !could_start_quantity(tok, doc_text) || follows_excluded(doc_text, tokens, k, rules) {
            continue;
        }
        if let Ok((_, mut q)) = quantity(text, rules) {
            q.span = Span::new(tok.start + q.span.start, tok.start + q.span.end);
            skip_to = q.span.end;
            out.push(q);
        }
    }
    out
}

/// Only words, numbers, signs and currency symbols can open a quantity, and
/// not when glued to what precedes them ("%2020" in a URL, "x2").
fn could_start_quantity(tok: &Token, text: &str) -> bool {
    let glued = text[..tok.start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || "%=/&?#_@^".contains(c));
    if glued {
        return false;
    }
    match tok.kind {
        TokenKind::Number | TokenKind::Word => true,
        TokenKind::Punct => {
            matches!(tok.text(text), "$" | "€" | "£" | "." | "-" | "−")
                || super::fraction::vulgar(tok.text(text)).is_ok()
        }
    }
}

/// "© 2025", "No. 5": the words before the number make it no figure.
fn follows_excluded(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> bool {
    let line_start = if k == 0 { tokens[0].start } else { tokens[k.saturating_sub(2)].start };
    let before = text[line_start..tokens[k].start].trim_end();
    rules.not_after.iter().any(|x| before.ends_with(x.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;
    use crate::words::tokenize;

    fn read(s: &str) -> Vec<(String, String, Option<String>)> {
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(s, 0);
        quantities(s, &tokens, s.len(), &rules.numbers)
            .into_iter()
            .map(|q| {
                (q.span.text(s).to_string(), q.stated.to_string(), q.unit.map(|u| rules.numbers.units[u].name.clone()))
            })
            .collect()
    }

    fn one(s: &str) -> (String, String, Option<String>) {
        let mut v = read(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.remove(0)
    }

    #[test]
    fn qualifiers_make_intervals() {
        assert_eq!(one("attacks where more than 120 died."), ("more than 120".into(), "(120, ∞)".into(), None));
        assert_eq!(one("over 300 injured"), ("over 300".into(), "(300, ∞)".into(), None));
        assert_eq!(one("at least 40 dead"), ("at least 40".into(), "[40, ∞)".into(), None));
        assert_eq!(one("up to 700 people"), ("up to 700".into(), "[0, 700]".into(), None));
        assert_eq!(one("fewer than 30 people").1, "[0, 30)");
        assert_eq!(one("nearly 130 dead").1, "[117, 130]");
    }

    #[test]
    fn durations_and_lengths_with_units() {
        assert_eq!(one("Power Huddle For 30 Minutes"), ("30 Minutes".into(), "30".into(), Some("minute".into())));
        assert_eq!(
            one("for approximately half an hour before"),
            ("approximately half an hour".into(), "[0.45, 0.55]".into(), Some("hour".into()))
        );
        assert_eq!(one("a 10-minute walk").0, "10-minute");
        assert_eq!(one("an hour and a half later").1, "1.5");
        assert_eq!(
            one("just a few hundred miles from"),
            ("a few hundred miles".into(), "[200, 500]".into(), Some("mile".into()))
        );
        assert_eq!(one("ran 10km").2, Some("kilometre".into()));
    }

    #[test]
    fn money_and_percent() {
        assert_eq!(one("cost $4.2 billion"), ("$4.2 billion".into(), "4200000000".into(), Some("USD".into())));
        assert_eq!(one("a $2bn deal").1, "2000000000");
        assert_eq!(one("4.2 billion dollars").2, Some("USD".into()));
        assert_eq!(one("rose 5%").2, Some("percent".into()));
    }

    #[test]
    fn labels_years_times_and_ordinals_are_not_figures() {
        assert!(read("the G20 summit").is_empty());
        assert!(read("since World War II").is_empty());
        assert!(read("© 2025 Newsmax. All rights reserved.").is_empty());
        assert!(read("in 2015, at 4:17 a.m. on 9/11, the 3rd time").is_empty());
        assert!(read("no one anticipated it").is_empty());
        assert!(read("COVID-19 cases").is_empty());
        assert!(read("over a coffee table").is_empty());
    }
}
