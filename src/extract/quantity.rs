//! Quantities: a numeral with its qualifier ("more than"), currency symbol,
//! vague amount ("a few hundred"), and unit ("miles", "-minute", "%"), read
//! as an interval in the unit as written. Years, clock times, ordinals and
//! labels such as "G20" are not quantities.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, multispace0, multispace1};
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::fraction::fraction;
use super::numeral::{numeral, numeral_or_ratio, scale_word, Reading};
use super::unit_phrase::{self, TimeContext};
use crate::interval::Interval;
use crate::rules::{NumberRules, PhraseMatch, PhraseSet, QualifierKind};
use crate::span::Span;
use crate::words::{is_capitalized, tag_ci, Token, TokenKind};

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

/// A currency symbol, written without spaces inside: "A$" is Australian
/// dollars, "a $43,000" is an article and US dollars.
fn symbol(set: &PhraseSet) -> impl Fn(&str) -> Res<'_, usize> + '_ {
    move |i| {
        let m = set.match_at(i).ok_or_else(|| fail(i))?;
        let written = &i[..m.len];
        if written.trim_start().contains(char::is_whitespace) {
            return Err(fail(i));
        }
        Ok((&i[m.len..], m.value))
    }
}

/// A word of `set` glued to the digits after it: a currency code before its
/// amount ("USD3.14", "Rs20") or a unit inside a compact compound ("1h30",
/// "1min3sec"). Only letters, and only when a digit follows, so "CHFs" or
/// "RMS" stay words.
fn glued_before_digits(set: &PhraseSet) -> impl Fn(&str) -> Res<'_, usize> + '_ {
    move |i| {
        let letters = i.find(|c: char| !c.is_alphabetic()).unwrap_or(i.len());
        let rest = &i[letters..];
        if letters == 0 || !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(fail(i));
        }
        match set.match_at(&i[..letters]) {
            Some(m) if m.len == letters => Ok((rest, m.value)),
            _ => Err(fail(i)),
        }
    }
}

/// Does a word open with a glued currency code: "USD3.14"?
pub fn opens_with_glued_symbol(word: &str, rules: &NumberRules) -> bool {
    // Most words hold no digit: no parse needed.
    word.bytes().any(|b| b.is_ascii_digit()) && glued_before_digits(&rules.unit_symbols)(word).is_ok()
}

/// What the amount parsers return: the core interval and a unit they read.
struct Amount {
    core: Interval,
    unit: Option<usize>,
}

/// A unit of time read with its amount: "half an hour", "for a week".
fn timed<'a>(rules: &'a NumberRules, context: TimeContext) -> impl Fn(&'a str) -> Res<'a, Amount> {
    move |i| {
        let (rest, (v, unit)) =
            alt((unit_phrase::fractional_unit(rules), unit_phrase::one_unit(rules, context))).parse(i)?;
        Ok((rest, Amount { core: Interval::point(v), unit: Some(unit) }))
    }
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

/// A number read as an amount: a unit of time with its amount, a vague
/// amount, a share of a whole, or a plain numeral, in that order.
fn amount<'a>(
    rules: &'a NumberRules,
    context: TimeContext,
    after_currency: bool,
) -> impl Fn(&'a str) -> Res<'a, Amount> {
    move |i| {
        if let Ok(read) = alt((timed(rules, context), vague(rules))).parse(i) {
            return Ok(read);
        }
        let share_unit = rules.share_unit.filter(|_| !after_currency);
        let share = |(rest, v): (&'a str, f64), unit| (rest, Amount { core: Interval::point(v), unit: Some(unit) });
        if let (Some(unit), Ok(half)) = (share_unit, half_before_whole(i)) {
            return Ok(share(half, unit));
        }
        let read = numeral_or_ratio(after_currency)(i);
        if let Some(unit) = share_unit {
            if let Ok((rest, Reading { value, ratio: true })) = read {
                return Ok(share((rest, value), unit));
            }
            if let Ok(of) = fraction_of_whole_here(i, rules) {
                return Ok(share(of, unit));
            }
        }
        let (rest, Reading { value, .. }) = read?;
        let (rest, half) = opt(unit_phrase::and_half).parse(rest)?;
        Ok((rest, Amount { core: Interval::point(value + half.unwrap_or(0.0)), unit: None }))
    }
}

/// [`fraction_of_whole`], tried only where " of" stands within a few
/// words: a cheap test before the fraction grammar runs at a figure.
fn fraction_of_whole_here<'a>(i: &'a str, rules: &'a NumberRules) -> Res<'a, f64> {
    let window = &i.as_bytes()[..i.len().min(48)];
    if !window.windows(3).any(|x| x.eq_ignore_ascii_case(b" of")) {
        return Err(fail(i));
    }
    fraction_of_whole(i, rules)
}

/// A fraction of something, read as a share of a whole: "a third of the
/// vote", "1/4 of", but not of a unit ("a quarter of a mile").
fn fraction_of_whole<'a>(i: &'a str, rules: &'a NumberRules) -> Res<'a, f64> {
    let (rest, f) = fraction(i)?;
    let followed_by_of = (multispace1::<&str, nom::error::Error<&str>>, tag_ci("of"))
        .parse(rest)
        .is_ok_and(|(r, _)| !r.starts_with(char::is_alphanumeric));
    if !followed_by_of || unit_phrase::of_unit(rules)(rest).is_ok() || f >= 1.0 {
        return Err(fail(i));
    }
    Ok((rest, f))
}

/// Words after which "half" is a share of a whole named by them, or of
/// one named before: "half the victims", "half their homes", "half were
/// children". Only "half" stands before a determiner this way; "a third
/// the size" compares.
const AFTER_HALF_OF_A_WHOLE: [&str; 17] = [
    "the", "his", "their", "its", "our", "my", "your", "these", "those", "all", "were", "was", "are", "is", "had",
    "have", "died",
];

/// "half the victims", "nearly half were injured": "half" as a share,
/// without the "of" that the other fractions need.
fn half_before_whole(i: &str) -> Res<'_, f64> {
    let (rest, _) = tag_ci("half")(i)?;
    let (_, (_, next)) = (multispace1, crate::words::word).parse(rest).map_err(|_| fail(i))?;
    let next = crate::words::fold(next);
    if !AFTER_HALF_OF_A_WHOLE.contains(&next.as_str()) {
        return Err(fail(i));
    }
    Ok((rest, 0.5))
}

/// The unit after an amount: "30 minutes", "10-minute", "two more days",
/// "three-quarters of an hour". `called` is the unit the word before the
/// figure calls for ("weighs"); `after_digits`, whether the amount ends
/// in a digit.
fn unit_after<'a>(
    rules: &'a NumberRules,
    called: Option<usize>,
    after_digits: bool,
) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let filler = opt((multispace1, phrase(&rules.unit_fillers)));
        let direct = preceded((filler, multispace0, opt(tag("-"))), phrase(&rules.unit_forms));
        // "1h30": a unit glued between digits opens a compact compound.
        let compact = glued_before_digits(&rules.unit_forms);
        let dashed = unit_before_dash(rules);
        let in_context = unit_in_context(rules, called, after_digits);
        let with_bare_part = unit_before_bare_part(rules);
        alt((
            glued_unit(rules),
            compact,
            long_unit(rules),
            dashed,
            with_bare_part,
            in_context,
            direct,
            unit_phrase::of_unit(rules),
        ))
        .parse(i)
    }
}

/// A unit's context form where the context holds: "pounds" after
/// "weighs" (the `called` unit), "-pound" hyphenated to digits.
fn unit_in_context<'a>(
    rules: &'a NumberRules,
    called: Option<usize>,
    after_digits: bool,
) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let (rest, (space, hyphen)) = (multispace0, opt(tag("-"))).parse(i)?;
        let (rest, unit) = phrase(&rules.context_forms)(rest)?;
        let hyphenated = space.is_empty() && hyphen.is_some() && after_digits;
        if called == Some(unit) || (hyphenated && rules.hyphen_context.contains(&unit)) {
            return Ok((rest, unit));
        }
        Err(fail(i))
    }
}

/// "6-foot-2": a unit hyphenated to the bare number after it, which the
/// lexer would read as one word ("foot-2"); the compound tail reads the
/// bare number.
fn unit_before_bare_part<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let (rest, _) = opt(tag("-")).parse(i)?;
        let (w, tail) = leading_letters(rest);
        let unit = whole_unit_form(w, rules).filter(|&u| rules.bare_next[u].is_some()).ok_or_else(|| fail(i))?;
        let (after_dash, _) = tag("-")(tail)?;
        numeral(false)(after_dash)?;
        Ok((tail, unit))
    }
}

/// "3km-5km", "20 km-30 km": a unit, a dash, and the range's other end in
/// the same unit, which the lexer would read as one hyphenated word ("km-30").
/// "24703 L-202" is a name, not a range.
fn unit_before_dash<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let (w, tail) = leading_letters(i.trim_start());
        let unit = whole_unit_form(w, rules).ok_or_else(|| fail(i))?;
        let (after_dash, _) = alt((tag("-"), tag("–"))).parse(tail)?;
        let (after_end, _) = numeral(false)(after_dash)?;
        if whole_unit_form(leading_letters(after_end.trim_start()).0, rules) != Some(unit) {
            return Err(fail(i));
        }
        Ok((tail, unit))
    }
}

/// The letters at the start of `s` and what follows them: the word right
/// here, not a search through the rest of the sentence.
fn leading_letters(s: &str) -> (&str, &str) {
    s.split_at(s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len()))
}

/// The unit whose form is the whole of `w`: "km" in "km-30", not "k".
fn whole_unit_form(w: &str, rules: &NumberRules) -> Option<usize> {
    rules.unit_forms.match_at(w).filter(|m| m.len == w.len()).map(|m| m.value)
}

/// What a measure glued on by a hyphen says the figure measures: "-long",
/// "-wide". It adds nothing to the figure, and is grammar, not a rule.
const DIMENSION_ADJECTIVES: [&str; 6] = ["-long", "-wide", "-deep", "-high", "-tall", "-thick"];

/// "13-minute-long", "10-mile-long", "5km-wide": a unit and an adjective
/// of its dimension, which adds nothing.
fn long_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let (rest, _) = opt(tag("-")).parse(i)?;
        let (w, tail) = leading_letters(rest);
        let adjective = DIMENSION_ADJECTIVES.iter().find(|a| tail.starts_with(*a)).ok_or_else(|| fail(i))?;
        let tail = &tail[adjective.len()..];
        if tail.starts_with(char::is_alphanumeric) {
            return Err(fail(i));
        }
        Ok((tail, whole_unit_form(w, rules).ok_or_else(|| fail(i))?))
    }
}

/// A unit form glued to the digits, exactly as written: "30C", "-10C".
fn glued_unit<'a>(rules: &'a NumberRules) -> impl Fn(&'a str) -> Res<'a, usize> {
    glued_from(&rules.glued_units)
}

/// A unit glued to digits from `forms`, exactly as written.
fn glued_from<'a>(forms: &'a [(String, usize)]) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let clean = |rest: &str| !rest.starts_with(char::is_alphanumeric);
        forms
            .iter()
            .find_map(|(form, unit)| i.strip_prefix(form.as_str()).filter(|r| clean(r)).map(|r| (r, *unit)))
            .ok_or_else(|| fail(i))
    }
}

/// "2 degrees below zero": the figure is negative.
fn below_zero(i: &str) -> Res<'_, ()> {
    let (rest, _) = (multispace1, tag_ci("below"), multispace1, tag_ci("zero")).parse(i)?;
    Ok((rest, ()))
}

/// Apply a qualifier to the core interval.
/// Figures are counts and amounts, so "under 30" starts at 0; a negative
/// bound ("below -30") has no lower end. Hedges widen by a share of the
/// figure's size, whatever its sign.
fn qualify(core: Interval, q: Option<QualifierKind>, rules: &NumberRules) -> Interval {
    let inf = f64::INFINITY;
    let open = |min, max, min_inclusive, max_inclusive| Interval { min, max, min_inclusive, max_inclusive };
    let floor = |v: f64| if v > 0.0 { 0.0 } else { -inf };
    match q {
        None | Some(QualifierKind::Exactly) => core,
        Some(QualifierKind::Above) => open(core.max, inf, false, false),
        Some(QualifierKind::AtLeast) => open(core.min, inf, true, false),
        Some(QualifierKind::AtMost) => open(floor(core.max), core.max, core.max > 0.0, true),
        Some(QualifierKind::Below) => open(floor(core.min), core.min, core.min > 0.0, false),
        Some(QualifierKind::About) => {
            let t = rules.approx_tolerance;
            Interval::closed(core.min - core.min.abs() * t, core.max + core.max.abs() * t)
        }
        Some(QualifierKind::Nearly) => Interval::closed(core.min - core.min.abs() * rules.nearly_tolerance, core.max),
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
pub fn quantity<'a>(i: &'a str, rules: &'a NumberRules, ctx: Context) -> Res<'a, Quantity> {
    let (rest, opener) = opt(range_opener(ctx)).parse(i)?;
    let (rest, qualifier) =
        if opener.is_some() { (rest, None) } else { opt((phrase(&rules.qualifiers), multispace0)).parse(rest)? };
    let any_symbol = alt((symbol(&rules.unit_symbols), glued_before_digits(&rules.unit_symbols)));
    let (rest, symbol) = opt((any_symbol, multispace0)).parse(rest)?;
    let after_currency = symbol.is_some();
    let in_context = ctx.after_duration_word || qualifier.is_some();
    let time_context = if in_context {
        TimeContext::Length
    } else if ctx.after_rate_word {
        TimeContext::Rate
    } else {
        TimeContext::Open
    };
    let (rest, amount) = amount(rules, time_context, after_currency)(rest)?;
    let (rest, unit_after) = match amount.unit {
        Some(u) => (rest, Some(u)),
        // "for 10D." but not "for 3D printing": no word may follow.
        None if ctx.after_duration_word
            && glued_from(&rules.glued_duration_units)(rest)
                .is_ok_and(|(r, _)| !r.trim_start().starts_with(char::is_alphabetic)) =>
        {
            glued_from(&rules.glued_duration_units)(rest).map(|(r, u)| (r, Some(u)))?
        }
        None => {
            let after_digits = i[..i.len() - rest.len()].ends_with(|c: char| c.is_ascii_digit());
            opt(unit_after(rules, ctx.unit_context, after_digits)).parse(rest)?
        }
    };
    let mut core = amount.core;
    let change = ctx.after_change_verb || (ctx.after_change_by && (unit_after.is_some() || after_currency));
    // "5-foot-10": the number after the dash is inches, no range's end.
    let bare = unit_after.is_some_and(|u| rest.starts_with('-') && unit_phrase::bare_part(rest, u, rules).is_some());
    let tail = if change || bare { None } else { range_tail(rest, opener, after_currency, ctx.unit_context, rules) };
    let (rest, unit_after) = match tail {
        // "from -18 °C to -34 °C": after "from" or "between" the ends may come in either order.
        Some((r, hi, unit2))
            if core.is_point()
                && (hi > core.min || (descending_allowed(opener, core.min, hi)))
                && (unit_after.is_none() || unit2.is_none() || unit2 == unit_after) =>
        {
            core = Interval::closed(core.min.min(hi), core.min.max(hi));
            (r, unit_after.or(unit2))
        }
        _ if opener.is_some() => return Err(fail(i)),
        _ => (rest, unit_after),
    };
    let main_unit = symbol.map(|(u, _)| u).or(unit_after).filter(|_| core.is_point());
    let (rest, unit_after) = match main_unit {
        Some(u) if rules.units[u].dimension.starts_with("money:") => {
            let (r, cents) = if rules.units[u].factor == 1.0 && core.min.fract() == 0.0 {
                unit_phrase::cents_tail(rest, rules)
            } else {
                (rest, 0.0)
            };
            // "75 USD million": a scale after the currency word.
            let (r, scale) = opt(preceded(multispace1, scale_word)).parse(r)?;
            core = Interval::point((core.min + cents) * scale.unwrap_or(1.0));
            (r, unit_after)
        }
        Some(u) => {
            let (r, c) = unit_phrase::compound_tail(rest, u, rules);
            if !c.is_empty() {
                core = Interval::point(c.total(core.min, u, rules));
            }
            (r, unit_after.map(|_| c.smallest))
        }
        None => (rest, unit_after),
    };
    let (rest, core) = match below_zero(rest) {
        Ok((r, ())) if core.is_point() && core.min > 0.0 => (r, Interval::point(-core.min)),
        _ => (rest, core),
    };
    let (rest, after_q) = match preceded(multispace1, phrase(&rules.after_qualifiers)).parse(rest) {
        // "and less than 1 week", "plus zero point eight": another figure follows.
        Ok((r, q)) if !starts_another_figure(r) => (r, Some(q)),
        _ => (rest, None),
    };
    if !ends_cleanly(rest) {
        return Err(fail(i));
    }
    let unit = symbol.map(|(u, _)| u).or(unit_after);
    // "equal to 5000 or less": the bound after the figure is what it says.
    let qualifier = match (qualifier.map(|(q, _)| rules.qualifier_kinds[q]), after_q.map(|q| rules.qualifier_kinds[q]))
    {
        (Some(QualifierKind::Exactly), Some(after)) => Some(after),
        (before, after) => before.or(after),
    };
    // "more than 10 and less than 40": two bounds make one range.
    let bounds =
        qualifier.filter(|_| unit.is_none()).and_then(|q| bound_pair(rest, qualify(core, Some(q), rules), q, rules));
    if let Some((r, range)) = bounds {
        let nominal = (range.min + range.max) / 2.0;
        return Ok((
            r,
            Quantity { span: Span::new(0, i.len() - r.len()), stated: range, unit, qualifier: None, nominal },
        ));
    }
    if unit.is_none() && qualifier.is_none() && (is_year(i, rest, core, rules) || precedes_month(rest, rules)) {
        return Err(fail(i));
    }
    // "around 3-5 km": a range already says how sure it is; the hedge adds nothing.
    let hedge_on_range = !core.is_point() && matches!(qualifier, Some(QualifierKind::About | QualifierKind::Nearly));
    let stated = if hedge_on_range { core } else { qualify(core, qualifier, rules) };
    let nominal = (core.min + core.max) / 2.0;
    Ok((rest, Quantity { span: Span::new(0, i.len() - rest.len()), stated, unit, qualifier, nominal }))
}

/// "from 2004 to 2009", "2006 through 2011", "over 2000 - 2050": a range
/// whose two ends are bare years is a stretch of time, not a count. (A
/// hedge before it, "over", means "during"; its bounds are the range's.)
fn is_span_of_years(text: &str, q: &Quantity, rules: &NumberRules) -> bool {
    if q.unit.is_some() || q.qualifier.is_some_and(|k| k != QualifierKind::Above) {
        return false;
    }
    // The numbers as written, separators and all: "1,500" is no year.
    let written = &text[q.span.start()..q.span.end()];
    let mut numbers = written
        .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|w| w.trim_matches(['.', ',']))
        .filter(|w| !w.is_empty());
    let year = |w: &str| bare_year(w, rules);
    // Only the words of a span between the years: "above 1000 and below
    // 1500" bounds a count.
    const SPAN_WORDS: [&str; 7] = ["from", "between", "to", "through", "and", "over", "until"];
    let mut words = written.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    let span_words = words.all(|w| SPAN_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)));
    match (numbers.next(), numbers.next(), numbers.next()) {
        (Some(a), Some(b), None) => span_words && year(a) && year(b) && a < b,
        _ => false,
    }
}

/// What the words before a figure say about it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// "for", "during", ...: "for an hour" is a length of time.
    pub after_duration_word: bool,
    /// "rose", "fell", ...: "rose from 40 to 42" is a change, not a range.
    pub after_change_verb: bool,
    /// "fell by": "fell by $1.2 billion to $8.1 billion" is a change and the
    /// level it reached when the first figure has its own unit; "lowered by
    /// 20 to 30 percent" is a range.
    pub after_change_by: bool,
    /// "once", "twice": "once a day" is a rate, not a day.
    pub after_rate_word: bool,
    /// The unit a word such as "weighs" calls for: its context forms
    /// count ("weighs 180 pounds" is a mass).
    pub unit_context: Option<usize>,
}

/// How a range opens: "between X and Y", "from X to Y".
#[derive(Debug, Clone, Copy, PartialEq)]
enum RangeOpener {
    Between,
    From,
}

fn range_opener(ctx: Context) -> impl Fn(&str) -> Res<'_, RangeOpener> {
    move |i| {
        let between = tag_ci("between").map(|_| RangeOpener::Between);
        let (rest, (opener, _)) = (alt((between, tag_ci("from").map(|_| RangeOpener::From))), multispace1).parse(i)?;
        if opener == RangeOpener::From && ctx.after_change_verb {
            return Err(fail(i));
        }
        Ok((rest, opener))
    }
}

/// "between 10 and 5" is a range written backwards; "from -18 to -34" a
/// range of negatives. "from 20 to 10" is a change, not a range.
fn descending_allowed(opener: Option<RangeOpener>, lo: f64, hi: f64) -> bool {
    hi < lo && (opener == Some(RangeOpener::Between) || (opener == Some(RangeOpener::From) && lo < 0.0))
}

/// The upper end of a range: "- 50", "–4.0", " to 10", " and 30" (after
/// "between"), with its own unit if it has one ("5% to 10%"); `called`
/// as for [`unit_after`].
fn range_tail<'a>(
    rest: &'a str,
    opener: Option<RangeOpener>,
    after_currency: bool,
    called: Option<usize>,
    rules: &'a NumberRules,
) -> Option<(&'a str, f64, Option<usize>)> {
    let (r, _) = match opener {
        Some(RangeOpener::Between) => alt((spaced_word("and"), range_dash)).parse(rest).ok()?,
        // "8- to 16-meter": the first end's unit is left to the second.
        _ => {
            let suspended = preceded(tag("-"), spaced_word("to"));
            alt((suspended, spaced_word("to"), spaced_word("through"), range_dash)).parse(rest).ok()?
        }
    };
    // "and about 7.0 g", "- ~7 grams": a hedge on the upper end reads as its figure.
    let (r, _) =
        opt((alt((phrase(&rules.qualifiers).map(|_| ()), tag("~").map(|_| ()))), multispace0)).parse(r).ok()?;
    let (r, _) = opt(phrase(&rules.unit_symbols)).parse(r).ok()?;
    // "7-Eleven": a capitalised number word after a dash is a name's.
    if r.starts_with(|c: char| c.is_uppercase()) && rest.starts_with(['-', '–']) {
        return None;
    }
    let (after_hi, hi) = numeral(after_currency)(r).ok()?;
    // "+1-222-2222", "2020-01-05": more parts make a phone number or a date.
    let mut chars = after_hi.chars();
    if matches!(chars.next(), Some('-' | '/' | '–')) && chars.next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let after_digits = r[..r.len() - after_hi.len()].ends_with(|c: char| c.is_ascii_digit());
    let (r, unit2) = opt(unit_after(rules, called, after_digits)).parse(after_hi).ok()?;
    Some((r, hi, unit2))
}

/// After a bounded figure, the other bound makes a range: "... and less
/// than 40", ", lower or equal than three hundred", "... but below 1500".
fn bound_pair<'a>(
    rest: &'a str,
    first: Interval,
    kind: QualifierKind,
    rules: &NumberRules,
) -> Option<(&'a str, Interval)> {
    use QualifierKind::*;
    let (r, _) = bound_joiner(rest).ok()?;
    let (r, (q, _)) = (phrase(&rules.qualifiers), multispace0).parse(r).ok()?;
    let second_kind = rules.qualifier_kinds[q];
    let lower = |k: QualifierKind| matches!(k, Above | AtLeast);
    let upper = |k: QualifierKind| matches!(k, Below | AtMost);
    if !((lower(kind) && upper(second_kind)) || (upper(kind) && lower(second_kind))) {
        return None;
    }
    let (r, v) = numeral(false)(r).ok()?;
    let second = qualify(Interval::point(v), Some(second_kind), rules);
    let (low, high) = if lower(kind) { (first, second) } else { (second, first) };
    let range =
        Interval { min: low.min, max: high.max, min_inclusive: low.min_inclusive, max_inclusive: high.max_inclusive };
    (range.min < range.max).then_some((r, range))
}

/// Does another figure or comparison follow: " than", " or equal than",
/// " 0.8", " zero"?
fn starts_another_figure(rest: &str) -> bool {
    let t = rest.trim_start();
    let lower = t.get(..8).unwrap_or(t).to_lowercase();
    t.starts_with(|c: char| c.is_ascii_digit())
        || lower.starts_with("than")
        || lower.starts_with("or equal")
        || numeral(false)(t).is_ok()
}

/// ", and", " but", " and" between two bounds.
fn bound_joiner(i: &str) -> Res<'_, ()> {
    let joiner = opt((alt((tag_ci("and"), tag_ci("but"))), multispace1));
    let (rest, _) = (opt(char(',')), multispace1, joiner).parse(i)?;
    Ok((rest, ()))
}

/// "-", "–" or "—" between the ends of a range.
fn range_dash(i: &str) -> Res<'_, ()> {
    let (rest, _) = (multispace0, alt((tag("-"), tag("–"), tag("—"), tag("~"))), multispace0).parse(i)?;
    Ok((rest, ()))
}

/// A word between spaces: " to ", " and ".
fn spaced_word(w: &'static str) -> impl Fn(&str) -> Res<'_, ()> {
    move |i| {
        let (rest, _) = (multispace1, tag_ci(w), multispace1).parse(i)?;
        Ok((rest, ()))
    }
}

/// A bare four-digit whole number in the year range is a year: "2015",
/// "© 2025".
fn is_year(i: &str, rest: &str, core: Interval, rules: &NumberRules) -> bool {
    core.is_point() && bare_year(&i[..i.len() - rest.len()], rules)
}

/// Four digits, no separator, in the rules' year range: "2015", not
/// "2,015" or "20150".
fn bare_year(written: &str, rules: &NumberRules) -> bool {
    let [lo, hi] = rules.year_range;
    written.len() == 4
        && written.bytes().all(|b| b.is_ascii_digit())
        && written.parse::<f64>().is_ok_and(|v| (lo..=hi).contains(&v))
}

/// Every quantity in a sentence, given its tokens. Spans are document
/// offsets.
pub fn quantities(doc_text: &str, tokens: &[Token], end: usize, rules: &NumberRules) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (k, tok) in tokens.iter().enumerate() {
        if tok.start() < skip_to || plain_word(doc_text, tok, rules) {
            continue;
        }
        let text = &doc_text[tok.start()..end];
        if let Some(len) = not_figure_at(text, tok, rules) {
            skip_to = tok.start() + len;
            continue;
        }
        let word = tok.text(doc_text);
        let follows_figure = out.last().is_some_and(|q: &Quantity| k > 0 && tokens[k - 1].end() == q.span.end());
        if follows_figure && rules.period_after_figure.contains_token(doc_text, tok) {
            continue;
        }
        let first_part = before_hyphen(word);
        let starts = rules.starters.match_part(text, tok, first_part.len());
        if tok.kind == TokenKind::Word && starts.is_none() && !opens_with_glued_symbol(word, rules) {
            continue;
        }
        if tok.kind == TokenKind::Word
            && !figure_near(doc_text, &tokens[k..], figure_reach(&tokens[k..], starts), rules)
        {
            continue;
        }
        let no_figure_here = article_without_figure_word(doc_text, &tokens[k..], starts, rules)
            || sign_opening_no_figure(doc_text, tok)
            || dash_after_number(doc_text, tok);
        if no_figure_here {
            continue;
        }
        if let Some(end) = names_not_counts(doc_text, text, tokens, k, rules) {
            skip_to = end;
            continue;
        }
        if !could_start_quantity(tok, doc_text) {
            continue;
        }
        if follows_excluded(doc_text, tokens, k, rules) {
            // "Boeing 747-400": the variant after a dash is the label's too.
            skip_to = super::labels::dashed_number_after(doc_text, &tokens[k..]).unwrap_or(skip_to);
            continue;
        }
        if half_as_noun(doc_text, tokens, k) {
            skip_to = tok.end();
            continue;
        }
        let is = |set: &PhraseSet, n: usize| k >= n && set.contains_token(doc_text, &tokens[k - n]);
        let after = |w: &str| k >= 1 && tokens[k - 1].text(doc_text).eq_ignore_ascii_case(w);
        let change = is(&rules.change_verbs, 1) || (after("from") && is(&rules.change_verbs, 2));
        let ctx = Context {
            after_duration_word: is(&rules.duration_openers, 1),
            after_change_verb: change,
            after_change_by: after("by") && is(&rules.change_verbs, 2),
            after_rate_word: is(&rules.rate_openers, 1),
            unit_context: called_unit(doc_text, tokens, k, rules),
        };
        if let Ok((_, mut q)) = quantity(text, rules, ctx) {
            if is_calibre(text, &q, rules) || is_span_of_years(text, &q, rules) {
                skip_to = tok.start() + q.span.end();
                continue;
            }
            if let Some(end) = code_after_opener(doc_text, &tokens[k..], tok.start() + q.span.end(), end) {
                skip_to = end;
                continue;
            }
            q.span = Span::new(tok.start() + q.span.start(), tok.start() + q.span.end());
            skip_to = q.span.end();
            out.push(q);
        }
    }
    out
}

/// Where the number at `tokens[k]` ends when it names rather than counts:
/// a year, a code (a clock time, a phone number, a date), a house number,
/// or a label (a footnote, a channel, a ZIP code). `from_token` is the
/// sentence's text from the number on.
fn names_not_counts(
    doc_text: &str,
    from_token: &str,
    tokens: &[Token],
    k: usize,
    rules: &NumberRules,
) -> Option<usize> {
    let t = &tokens[k];
    if t.kind != TokenKind::Number {
        return None;
    }
    if plain_year(doc_text, tokens, k, rules) {
        return Some(t.end());
    }
    if let Some(len) = super::codes::code_len(from_token) {
        return Some(t.start() + len);
    }
    if let Some(len) = super::labels::score_len(doc_text, from_token, tokens, k, rules) {
        return Some(t.start() + len);
    }
    if let Some(end) = number_word_name(doc_text, tokens, k, rules) {
        return Some(end);
    }
    let named = super::address::is_house_number(doc_text, &tokens[k..], rules)
        || super::labels::is_label(doc_text, tokens, k, rules);
    named.then(|| super::labels::dashed_number_after(doc_text, &tokens[k..]).unwrap_or(t.end()))
}

/// Where a name ends that joins digits by a dash to a capitalised number
/// word: "7-Eleven" is a shop, not a range of 7 to 11.
fn number_word_name(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> Option<usize> {
    let (dash, word) = (tokens.get(k + 1)?, tokens.get(k + 2)?);
    let glued = dash.start() == tokens[k].end() && word.start() == dash.end() && dash.text(text) == "-";
    let named = word.kind == TokenKind::Word && is_capitalized(word.text(text));
    (glued && named && rules.figure_words.contains_token(text, word)).then(|| word.end())
}

/// Where a code ends whose number a figure's opening word stands before:
/// "at around 2 a.m.", "about 1 p.m." are clock times, not hedged counts.
/// `tokens` start at the opening word; the figure read ends at `figure_end`
/// and the sentence at `sentence_end`.
fn code_after_opener(text: &str, tokens: &[Token], figure_end: usize, sentence_end: usize) -> Option<usize> {
    if tokens[0].kind != TokenKind::Word {
        return None;
    }
    let number = tokens.iter().take_while(|t| t.start() < figure_end).find(|t| t.kind == TokenKind::Number)?;
    let len = super::codes::code_len(&text[number.start()..sentence_end])?;
    Some(number.start() + len)
}

/// ".44 revolver", ".223-caliber", "9mm handguns": a number written from
/// its point with no unit, or one in a calibre unit ([numbers]
/// calibre_units), with a calibre word after it, names a gun; "0.44",
/// ".5%" and "9 mm of rain" are figures.
fn is_calibre(text: &str, q: &Quantity, rules: &NumberRules) -> bool {
    let after = text[q.span.end()..].trim_start_matches(['-', ' ']);
    let from_point = q.unit.is_none() && text[q.span.start()..].starts_with('.');
    let calibre_unit = q.unit.is_some_and(|u| rules.calibre_units.contains(&u));
    (from_point || calibre_unit) && rules.calibre_words.match_at(after).is_some()
}

/// A bare year ("in 2015,", "the 2004 tsunami"): four digits in the year
/// range, with nothing after them that could make them a figure (a unit, a
/// scale, a range, a fraction). The quantity parser would reject it too,
/// after trying every form; this is the common case, decided at once.
fn plain_year(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> bool {
    if !bare_year(tokens[k].text(text), rules) {
        return false;
    }
    let Some(next) = tokens.get(k + 1) else { return true };
    let glued = next.start() == tokens[k].end();
    let w = next.text(text);
    match next.kind {
        TokenKind::Punct => {
            !glued && matches!(w, "," | "." | ";" | ")" | "\"" | "”") || (glued && matches!(w, "," | "." | ";" | ")"))
        }
        TokenKind::Word => {
            let joins = ["to", "and", "through", "or", "of", "in", "out", "over"];
            !glued
                && !joins.iter().any(|j| w.eq_ignore_ascii_case(j))
                && !rules.figure_words.contains_word(w)
                && !rules.after_qualifiers.contains_word(w)
        }
        TokenKind::Number => false,
    }
}

/// How far after an opening word ("the", "more", "between") its figure may
/// start: "more than a hundred".
const FIGURE_REACH: usize = 5;

/// How many tokens from `tokens[0]` on may hold the first word of its
/// figure: those of the opening phrase matched there (`starts`: "more
/// than", "between", "the"), an article ("more than a dozen", "the whole
/// year") and the figure's word, and at most [`FIGURE_REACH`] after it.
/// "the" in "the government shut for three weeks" opens nothing.
fn figure_reach(tokens: &[Token], starts: Option<PhraseMatch>) -> usize {
    let phrase_end = tokens[0].start() + starts.map_or(0, |m| m.len);
    let phrase = tokens.iter().take_while(|t| t.start() < phrase_end).count().max(1);
    (phrase + 2).min(FIGURE_REACH + 1)
}

/// Is one of the first `reach` tokens (the word at `tokens[0]` and those
/// after it) part of a figure (digits, a number word, a unit, a fraction,
/// a currency sign)? Most words that may open a quantity open none; this
/// spares them the parsers.
fn figure_near(text: &str, tokens: &[Token], reach: usize, rules: &NumberRules) -> bool {
    tokens.iter().take(reach).any(|t| match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => could_start_quantity(t, text) && t.text(text) != ".",
        TokenKind::Word => {
            let w = t.text(text);
            let first = before_hyphen(w);
            // Ordinal denominators ("thirds", "fifth") end so; "half" and
            // "quarter" are figure words.
            let ordinal = |s: &str| ["th", "ths", "rd", "rds"].iter().any(|e| s.ends_with(e));
            rules.figure_words.contains_part(first, t)
                || (ordinal(first) && super::fraction::denominator(first).is_some())
                || opens_with_glued_symbol(w, rules)
                || w.starts_with(|c: char| c.is_ascii_digit())
        }
    })
}

/// An article or whole-unit word alone (no longer phrase opens at it:
/// "a few", "an estimated") whose next token is no word of a figure: the
/// grammar reads these only before one ("a dozen", "the whole year",
/// "all day"), so "the government" and "the 129 dead" are not parsed at
/// the article.
fn article_without_figure_word(text: &str, tokens: &[Token], starts: Option<PhraseMatch>, rules: &NumberRules) -> bool {
    let tok = &tokens[0];
    let alone = starts.is_some_and(|m| m.len == tok.end() - tok.start());
    if tok.kind != TokenKind::Word || !alone || !rules.article_openers.contains_token(text, tok) {
        return false;
    }
    let next = &tokens[1..];
    !next.first().is_some_and(|t| t.kind == TokenKind::Word && figure_near(text, next, 1, rules))
}

/// A period no digit follows ("Mr. Obama"), or a dash before a word ("-
/// the", "-Six people"): only a decimal (".44") or a minus sign ("-10C",
/// "- 5") opens a figure there.
fn sign_opening_no_figure(text: &str, tok: &Token) -> bool {
    let after = &text[tok.end()..];
    match tok.text(text) {
        "." => !after.starts_with(|c: char| c.is_ascii_digit()),
        "-" | "−" => after.trim_start_matches([' ', '\t']).starts_with(char::is_alphabetic),
        _ => false,
    }
}

/// "Gate 4 - 6", "Arsenal 2 - 1": a dash right after a number joins two
/// numbers (a range, a score, a label's span); it is no minus sign, and
/// "- 6" is not minus six.
fn dash_after_number(text: &str, tok: &Token) -> bool {
    matches!(tok.text(text), "-" | "−")
        && text[..tok.start()].trim_end_matches([' ', '\t']).ends_with(|c: char| c.is_ascii_digit())
}

/// A word that neither opens a phrase the loop in [`quantities`] asks about
/// nor holds a hyphen or a digit: most tokens, turned away by their lexicon
/// id and bytes before any lookup.
fn plain_word(text: &str, tok: &Token, rules: &NumberRules) -> bool {
    let inner = |b: &u8| *b == b'-' || *b == 0xE2 || b.is_ascii_digit();
    tok.kind == TokenKind::Word
        && !rules.not_figures.may_start(tok)
        && !rules.starters.may_start(tok)
        && !text.as_bytes()[tok.start()..tok.end()].iter().any(inner)
}

/// A hyphenated word's first part ("twenty" of "twenty-one"); the word
/// when it has no hyphen. Bytes, not chars: it runs for every token.
fn before_hyphen(word: &str) -> &str {
    let hyphen = |(i, &b): (usize, &u8)| b == b'-' || (b == 0xE2 && word[i..].starts_with('‐'));
    word.as_bytes().iter().enumerate().find(|&p| hyphen(p)).map_or(word, |(i, _)| &word[..i])
}

/// Only words, numbers, signs and currency symbols can open a quantity, and
/// not when glued to what precedes them ("%2020" in a URL, "x2").
fn could_start_quantity(tok: &Token, text: &str) -> bool {
    let glued =
        text[..tok.start()].chars().next_back().is_some_and(|c| c.is_alphanumeric() || "%=/&?#_@^<>".contains(c));
    if glued {
        return false;
    }
    match tok.kind {
        TokenKind::Number => true,
        // Hyphenated number words ("twenty-one", "six-mile") open with their first part.
        TokenKind::Word => true,
        TokenKind::Punct => {
            matches!(tok.text(text), "$" | "€" | "£" | "." | "-" | "−" | "<" | ">" | "≥" | "≤" | "~")
                || super::fraction::vulgar(tok.text(text)).is_ok()
        }
    }
}

/// How many tokens before a number a [numbers] not_after label may take.
const EXCLUDED_REACH: usize = 3;

/// "© 2025", "No. 5": the words before the number make it no figure.
fn follows_excluded(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> bool {
    // Three tokens back: "S&P" of "the S&P 500" is three.
    let line_start = if k == 0 { tokens[0].start() } else { tokens[k.saturating_sub(EXCLUDED_REACH)].start() };
    let before = text[line_start..tokens[k].start()].trim_end();
    let is_month = |j: usize| tokens[j].kind == TokenKind::Word && rules.months.contains(tokens[j].text(text));
    // "June 28", "Nov. 15": the month right before the number.
    let dot = |j: usize| tokens[j].text(text) == ".";
    let month_before =
        tokens[k].kind == TokenKind::Number && k >= 1 && (is_month(k - 1) || (k >= 2 && dot(k - 1) && is_month(k - 2)));
    // The last byte first: the list is long, and most numbers follow none.
    let last = before.as_bytes().last();
    // A label that opens with a letter is a whole word: "S." in "S. 1234"
    // (a Senate bill) is not the end of "U.S.", nor "Box" of "Xbox".
    let whole = |x: &str| {
        let rest = &before[..before.len() - x.len()];
        !x.starts_with(char::is_alphanumeric) || !rest.ends_with(|c: char| c.is_alphanumeric() || c == '.')
    };
    let after_excluded =
        |x: &String| (x.is_empty() || x.as_bytes().last() == last) && before.ends_with(x.as_str()) && whole(x);
    rules.not_after.iter().any(after_excluded) || month_before || glued_plus(text, tokens, k)
}

/// "P5+1": a number glued by a plus sign to a name before it is part of
/// the name.
fn glued_plus(text: &str, tokens: &[Token], k: usize) -> bool {
    let glued = |a: &Token, b: &Token| a.end() == b.start();
    k >= 2
        && tokens[k - 1].text(text) == "+"
        && glued(&tokens[k - 1], &tokens[k])
        && glued(&tokens[k - 2], &tokens[k - 1])
        && tokens[k - 2].text(text).starts_with(|c: char| c.is_alphabetic())
}

/// How long a phrase of `[numbers] not_figures` at `text` (token `tok`)
/// is. One written with a capital letter counts only as written: "Group
/// of 20" is a name, "a group of 20 protesters" a count.
fn not_figure_at(text: &str, tok: &Token, rules: &NumberRules) -> Option<usize> {
    let m = rules.not_figures.match_token(text, tok)?;
    let phrase = &rules.not_figure_phrases[m.value];
    let written = || text[..m.len].split_whitespace().eq(phrase.split_whitespace());
    (!phrase.contains(char::is_uppercase) || written()).then_some(m.len)
}

/// The unit that the word before `tokens[k]` calls for, one word whole:
/// "weighs" calls for the mass of "pounds".
fn called_unit(text: &str, tokens: &[Token], k: usize, rules: &NumberRules) -> Option<usize> {
    let before = tokens.get(k.checked_sub(1)?)?;
    let word = before.text(text);
    rules.context_words.match_token(word, before).filter(|m| m.len == word.len()).map(|m| m.value)
}

/// "the first half of 2015", "the second half", "cut in half": "half" as
/// the name of a part, not a share of a whole.
fn half_as_noun(text: &str, tokens: &[Token], k: usize) -> bool {
    const BEFORE: [&str; 6] = ["first", "second", "other", "latter", "in", "a"];
    let is_half = tokens[k].text(text).eq_ignore_ascii_case("half");
    is_half && k > 0 && BEFORE.iter().any(|w| tokens[k - 1].text(text).eq_ignore_ascii_case(w))
}

/// "15 November": a day number right before a month name.
fn precedes_month(rest: &str, rules: &NumberRules) -> bool {
    let next: String = rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    rules.months.contains(next.as_str())
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
                (
                    q.span.text(s).to_string(),
                    q.stated.to_string(),
                    q.unit.map(|u| rules.numbers.units[u].name.to_string()),
                )
            })
            .collect()
    }

    /// Where an article, a whole-unit word, a period or a dash is turned
    /// away before the grammar runs, the grammar finds no figure, in any
    /// context: at every token of the seeds and the cluster articles.
    #[test]
    fn openers_turned_away_open_no_figure() {
        let rules = Rules::builtin().unwrap();
        let n = &rules.numbers;
        // Each of the 32 contexts, its flags the bits of a number; the
        // last calls for a unit read in context ("weighs").
        let called = n.hyphen_context.first().copied();
        assert!(called.is_some(), "the pack reads a unit in context");
        let contexts: Vec<Context> = (0..32)
            .map(|bits: u8| Context {
                after_duration_word: bits & 1 != 0,
                after_change_verb: bits & 2 != 0,
                after_change_by: bits & 4 != 0,
                after_rate_word: bits & 8 != 0,
                unit_context: called.filter(|_| bits & 16 != 0),
            })
            .collect();
        let (mut articles, mut signs) = (0, 0);
        for text in crate::test_texts::articles() {
            let mut tokens = tokenize(&text, 0);
            rules.lexicon.label(&text, &mut tokens);
            for (k, tok) in tokens.iter().enumerate() {
                let at = &text[tok.start()..];
                let starts = n.starters.match_part(at, tok, before_hyphen(tok.text(&text)).len());
                let article = article_without_figure_word(&text, &tokens[k..], starts, n);
                let sign = sign_opening_no_figure(&text, tok);
                if !(article || sign) {
                    continue;
                }
                (articles, signs) = (articles + usize::from(article), signs + usize::from(sign));
                for &ctx in &contexts {
                    assert!(quantity(at, n, ctx).is_err(), "{:?}", at.chars().take(30).collect::<String>());
                }
            }
        }
        assert!(articles > 3_000 && signs > 500, "{articles} {signs}");
    }

    #[test]
    fn a_word_before_its_hyphen() {
        assert_eq!(before_hyphen("twenty-one"), "twenty");
        assert_eq!(before_hyphen("twenty\u{2010}one"), "twenty");
        // An en dash or another character that opens with 0xE2 is no hyphen.
        assert_eq!(before_hyphen("x\u{2013}y\u{2019}s-z"), "x\u{2013}y\u{2019}s");
        assert_eq!(before_hyphen("plain"), "plain");
        assert_eq!(before_hyphen("-led"), "");
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
    fn labels_and_model_names_are_no_counts() {
        for s in [
            "the Boeing 737 crashed",
            "a Glock 19 Gen4 pistol",
            "Super Bowl 50 drew fans",
            "a Ward 5 councilman",
            "The Boeing 737 MAX 8 crashed",
            "The bill, known as H.R. 3684, passed",
            "The Senate passed S. 1234 on Friday",
            "while the P5+1 talks stalled",
            "the Apple Watch Series 9",
            "The UN passed Resolution 2231",
            "He stopped at a 7-Eleven on the way",
            "Fox 5 reported the crash",
            "the club Studio 54 closed",
            // A model's variant after a dash, and idioms with "one".
            "The Boeing 747-400 was grounded",
            "a one-time payment on a one-way ticket",
            // A score or tally before a noun of results, in either order.
            "The court ruled in a 5-4 decision",
            "United's 2-1 win lifted them",
            "City took a 3-0 lead",
            // Stock indexes and districts: names, three tokens before the number at most.
            "The S&P 500 rose and the FTSE 100 fell",
            "Voters in District 9 chose her",
        ] {
            assert_eq!(read(s), vec![], "{s}");
        }
        // A dash after a number is no minus sign.
        assert!(read("Go to Gate 4 - 6 now.").is_empty());
        assert_eq!(one("Temperatures fell to - 5 degrees.").1, "-5");
        // A calibre in millimetres names the gun; rain in millimetres is a figure.
        assert_eq!(one("two 9mm handguns were found").0, "two");
        assert!(read("a box of 7.62mm rounds").is_empty());
        assert_eq!(one("Up to 9 mm of rain fell").2, Some("millimetre".into()));
        // Lower case, or after a place's name, the number counts.
        assert_eq!(one("in stage two of the race").0, "two");
        assert_eq!(one("In the Bay Area 5 people died").0, "5");
        assert_eq!(one("In the U.S. 5 people died").0, "5");
        assert_eq!(one("Between 7-11 people were hurt").1, "[7, 11]");
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
        assert_eq!(
            one("the thirteen-minute-long shooting spree"),
            ("thirteen-minute-long".into(), "13".into(), Some("minute".into()))
        );
        assert_eq!(one("a 10-mile-long convoy").2, Some("mile".into()));
        assert_eq!(one("a long-term 5-year-long plan").0, "5-year-long");
    }

    /// A height's inches after its feet, hyphenated or spaced; after a
    /// space, a bare number that counts something is no part.
    #[test]
    fn bare_parts_after_feet_and_hours() {
        let inch = Some("inch".to_string());
        assert_eq!(one("a 6-foot-2 man in a hoodie"), ("6-foot-2".into(), "74".into(), inch.clone()));
        assert_eq!(one("The 5-foot-10 guard"), ("5-foot-10".into(), "70".into(), inch.clone()));
        assert_eq!(one("a six-foot-two man"), ("six-foot-two".into(), "74".into(), inch.clone()));
        assert_eq!(one("She is 5-foot-4-inch tall"), ("5-foot-4-inch".into(), "64".into(), inch.clone()));
        assert_eq!(one("He was 6 foot 2."), ("6 foot 2".into(), "74".into(), inch));
        // A number past the next unit's size is a range's end, or another figure.
        assert_eq!(read("a 6-8 foot wall").len(), 1);
        assert_eq!(read("The storm lasted 2 hours, 15 people were hurt.").len(), 2);
        assert_eq!(read("It took 2 hours 15 people to lift it.").len(), 2);
        assert_eq!(one("1 hour and thirty").1, "90");
        assert_eq!(read("He fell 30 feet, 4 people saw it.").len(), 2);
    }

    /// A name with a number in it counts nothing, but only as written:
    /// lower-cased, the same words count.
    #[test]
    fn capitalised_names_are_not_figures_only_as_written() {
        for name in ["Leaders of the Group of 20 met.", "The Big Ten voted.", "Police Code 10-4 was used."] {
            assert_eq!(read(name), vec![], "{name}");
        }
        assert_eq!(one("A group of 20 protesters was arrested.").1, "20");
        assert_eq!(one("the big three networks").1, "3");
    }

    /// "pounds" alone is money; after "weighs", or hyphenated to digits
    /// as an adjective, it weighs.
    #[test]
    fn pounds_weigh_in_context() {
        let unit = |s: &str| one(s).2;
        let mass = Some("pound (mass)".to_string());
        assert_eq!(unit("He was fined 500 pounds."), Some("GBP".into()));
        assert_eq!(unit("He weighs about 180 pounds."), mass);
        assert_eq!(unit("It weighed between 150 and 200 pounds."), mass);
        assert_eq!(unit("a 500-pound bomb"), mass);
        assert_eq!(unit("2,000-pound bombs"), mass);
        assert_eq!(unit("a 5 million-pound deal"), Some("GBP".into()));
        assert_eq!(unit("a five-pound note"), Some("GBP".into()));
    }

    #[test]
    fn spoken_ratios_and_fractions_of_a_whole_are_shares() {
        let share = Some("share".to_string());
        assert_eq!(one("one in four voters"), ("one in four".into(), "0.25".into(), share.clone()));
        assert_eq!(one("two out of five residents").2, share);
        assert_eq!(one("one in every four workers"), ("one in every four".into(), "0.25".into(), share.clone()));
        // A spoken ratio is a share wherever it stands, with or without an "of" near.
        assert_eq!(one("the vote went one over three."), ("one over three".into(), "0.3333".into(), share.clone()));
        assert_eq!(one("one over three, of course").2, share);
        // A denominator with a thousands comma is no year; a bare 4-digit one may be.
        assert_eq!(one("one in 2,000 births").1, "0.0005");
        assert_eq!(one("300 in 2008").0, "300");
        assert_eq!(one("a third of the vote").2, share);
        // "half" needs no "of" before a determiner or a verb.
        assert_eq!(one("Half the victims were children"), ("Half".into(), "0.5".into(), share.clone()));
        assert_eq!(one("Nearly half were injured").2, share);
        assert_eq!(one("nearly half their homes").1, "[0.45, 0.5]");
        assert!(read("cut in half by the blast").is_empty());
        assert!(
            read("In the second half the team scored").iter().all(|q| q.2 != share),
            "{:?}",
            read("In the second half the team scored")
        );
        assert!(read("in the first half of 2015").iter().all(|q| q.2 != share));
        assert!(read("the other half of the victims").is_empty());
        // Of a unit, or a scale, it is an amount, not a share.
        assert_eq!(one("a quarter of a mile").2, Some("mile".into()));
        assert_eq!(one("half a million people"), ("half a million".into(), "500000".into(), None));
        assert_eq!(one("three quarters of a million").1, "750000");
    }

    #[test]
    fn currency_codes_glued_to_the_amount() {
        assert_eq!(one("fined USD3.14 each"), ("USD3.14".into(), "3.14".into(), Some("USD".into())));
        assert_eq!(one("only Rs20 a day").2, Some("INR".into()));
        assert_eq!(one("it costs 3.14US$").2, Some("USD".into()));
        assert!(read("the RMS Titanic").is_empty());
    }

    #[test]
    fn glued_temperatures_below_zero_and_compact_durations() {
        assert_eq!(one("Now it is -10C outside").1, "-10");
        assert_eq!(one("-10C").2, Some("degree Celsius".into()));
        assert_eq!(one("2 degrees below zero").1, "-2");
        assert_eq!(one("for 1min3sec"), ("1min3sec".into(), "63".into(), Some("second".into())));
        assert_eq!(one("the cold lasted 2W.").2, Some("week".into()));
        assert!(read("funding for 3D printing").is_empty());
        // "over" straight after a figure is the period, not a bound.
        assert_eq!(read("to spend $10bn over 10 years")[1].1, "10");
        assert_eq!(one("a 10- to 15-minute walk").1, "[10, 15]");
        assert_eq!(one("temperatures ranged from -18 °C to -34 °C").1, "[-34, -18]");
    }

    #[test]
    fn a_hedge_does_not_widen_a_range() {
        assert_eq!(one("around 3-5 kilometers").1, "[3, 5]");
        assert_eq!(one("about $10-$20").1, "[10, 20]");
        assert_eq!(one("about 20 people").1, "[18, 22]");
    }

    #[test]
    fn an_article_before_a_dollar_sign_is_not_a_currency() {
        assert_eq!(one("a $43,000 Rolex").2, Some("USD".into()));
        assert_eq!(one("A$50 fine").2, Some("AUD".into()));
    }

    #[test]
    fn money_and_percent() {
        assert_eq!(one("cost $4.2 billion"), ("$4.2 billion".into(), "4200000000".into(), Some("USD".into())));
        assert_eq!(one("a $2bn deal").1, "2000000000");
        assert_eq!(one("4.2 billion dollars").2, Some("USD".into()));
        assert_eq!(one("rose 5%").2, Some("percent".into()));
    }

    #[test]
    fn ranges_and_changes() {
        assert_eq!(one("between 20 and 30 people").1, "[20, 30]");
        assert_eq!(one("aged 40 - 50 years").1, "[40, 50]");
        assert_eq!(
            one("from 5% to 10% of voters"),
            ("from 5% to 10%".into(), "[5, 10]".into(), Some("percent".into()))
        );
        let change = read("the toll rose from 40 to 42 on Sunday");
        assert_eq!(change.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), ["40", "42"]);
        let by = read("revenue fell by $1.2 billion to $8.1 billion");
        assert_eq!(by.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), ["$1.2 billion", "$8.1 billion"]);
        assert_eq!(one("capacity was lowered by 20 to 30 percent").0, "20 to 30 percent");
        // A unit glued to a dash and the other end in the same unit.
        assert_eq!(one("about 3km-5km away").0, "about 3km-5km");
        assert_eq!(one("a 20 km-30 km stretch").1, "[20, 30]");
        assert_eq!(one("a 24703 L-202 plate").0, "24703", "a name after a dash is no range");
    }

    #[test]
    fn adjectives_of_a_dimension_add_nothing_to_the_unit() {
        for (text, written) in [("the 5km-wide crater", "5km-wide"), ("a 30-foot-high wall", "30-foot-high")] {
            let (span, value, unit) = one(text);
            assert_eq!(span, written);
            assert!(unit.is_some(), "{text}: {value}");
        }
        assert_eq!(one("a 13-minute-long video").2.as_deref(), Some("minute"));
    }

    #[test]
    fn spans_of_years_are_not_figures() {
        for text in [
            "He served from 2004 to 2009 in the House.",
            "tax returns for 2006 through 2011",
            "ozone over 2000 - 2050 on crops",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
        assert_eq!(one("between 1,500 and 2,000 people").1, "[1500, 2000]");
        assert_eq!(one("above 1000 and below 1500").0, "above 1000 and below 1500", "bounds, not a span");
        assert_eq!(one("from 20 to 2009 people").0, "from 20 to 2009", "one end is no year");
    }

    #[test]
    fn clock_times_after_a_hedge_are_not_figures() {
        assert!(read("at around 2 a.m. on Sunday").is_empty());
        assert_eq!(one("about 1 p.m. about 30 people came").0, "about 30");
    }

    #[test]
    fn days_of_dates_are_not_counts() {
        assert!(read("on Nov. 15 and June 28, and from 15 November").is_empty());
        assert_eq!(one("the 09th of May for 2 days").0, "2 days");
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
