//! Figures: the same measure given as different figures in different
//! articles. Facts are indexed by (measure, dimension), so the cost grows with
//! candidate pairs, not all pairs. Verdicts come from the intervals:
//! agree (no finding), differ but compatible (CC101), contradict (CC102).

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;

use super::{enabled, finding, Evidence, Finding};
use crate::facts::subject::{Mark, Names, Place, Subject, Words};
use crate::facts::Fact;
use crate::load::Document;
use crate::rules::{QualifierKind, Rules};
use crate::Analysis;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Agree,
    Differ,
    Contradict,
}

/// Is the figure a hedge ("about", "nearly") or a vague amount, which agrees
/// with any figure it holds?
fn hedged(f: &Fact) -> bool {
    match f.qualifier {
        Some(QualifierKind::About | QualifierKind::Nearly) => true,
        None | Some(QualifierKind::Exactly) => !f.stated.is_point(),
        _ => false,
    }
}

/// Is `x` exactly the figure `y` is bounded by: "nine" and "at least nine",
/// "700" and "up to 700"? The bound is met, not just allowed.
fn meets_bound(x: &Fact, y: &Fact) -> bool {
    let (p, v) = (x.value(), y.value());
    let lower = v.max.is_infinite() && v.min_inclusive && v.min == p.min;
    // "up to 700" is read [0, 700]: an upper bound starts at 0 or below.
    let upper = v.max_inclusive && v.max == p.max && (v.min == 0.0 || v.min.is_infinite());
    p.is_point() && (lower || upper)
}

/// Written in different units, two figures agree when each is the other
/// rounded as written: "10 km" and "6.2 miles" (9,978 m).
fn same_after_conversion(a: &Fact, b: &Fact) -> bool {
    a.stated_unit() != b.stated_unit()
        && a.value().is_point()
        && b.value().is_point()
        && (a.value().min - b.value().min).abs() <= a.rounding() + b.rounding()
}

/// Compare two facts about the same measure.
pub fn verdict(a: &Fact, b: &Fact) -> Verdict {
    verdict_within(a, b, 0.0)
}

/// Compare two facts whose measure lets figures within `tolerance` (a
/// share of the larger) agree.
pub fn verdict_within(a: &Fact, b: &Fact, tolerance: f64) -> Verdict {
    let (x, y) = (a.value(), b.value());
    let close = x.is_point() && y.is_point() && (x.min - y.min).abs() <= tolerance * x.min.abs().max(y.min.abs());
    if same_after_conversion(a, b) || (tolerance > 0.0 && close) {
        return Verdict::Agree;
    }
    if !a.value().intersects(&b.value()) {
        return Verdict::Contradict;
    }
    if a.value() == b.value()
        || (hedged(a) && a.value().contains(&b.value()))
        || (hedged(b) && b.value().contains(&a.value()))
        || (hedged(a) && hedged(b))
        || meets_bound(a, b)
        || meets_bound(b, a)
    {
        return Verdict::Agree;
    }
    Verdict::Differ
}

/// Do two facts agree once compared on the victims alone ([`on_victims`])?
fn agree_on_victims(a: &Fact, b: &Fact, tolerance: f64) -> bool {
    let (a, b) = on_victims(a, b);
    verdict_within(&a, &b, tolerance) == Verdict::Agree
}

/// How a fact was read, for messages and labels: "(120, ∞)", "1800 s",
/// "13, counting 1 perpetrator".
pub fn reading(f: &Fact, rules: &Rules) -> String {
    let unit = f.unit().and_then(|u| rules.numbers.units.iter().find(|x| &*x.name == u)).map(|u| u.short.as_str());
    let value = match unit {
        Some(u) => format!("{} {u}", f.value().in_words()),
        None => f.value().in_words(),
    };
    match f.subject.perpetrators {
        0 => value,
        1 => format!("{value}, counting 1 perpetrator"),
        n => format!("{value}, counting {n} perpetrators"),
    }
}

type Key<'a> = (&'a str, Option<&'a str>);

/// Facts with a measure, grouped by (measure, dimension), one per distinct
/// value per document.
/// Facts that read alike (one interval, counted noun, background flag, near
/// words and names) in one or more articles: compared once, however many
/// articles repeat them, so the cost grows with distinct readings.
struct Reading<'a> {
    facts: Vec<(usize, &'a Fact)>,
}

impl<'a> Reading<'a> {
    fn first(&self) -> (usize, &'a Fact) {
        self.facts[0]
    }

    /// A fact from another article than `doc`, if the reading has one.
    fn other_than(&self, doc: usize) -> Option<(usize, &'a Fact)> {
        self.facts.iter().copied().find(|(d, _)| *d != doc)
    }

    fn articles(&self) -> usize {
        let mut docs: Vec<usize> = self.facts.iter().map(|(d, _)| *d).collect();
        docs.dedup();
        docs.len()
    }
}

/// What makes two facts one reading: the value (as bits), the counted
/// noun, background or not, the head words and the person's names.
type ReadingKey<'a> = (u64, u64, bool, bool, Option<&'a str>, bool, Words<'a>, &'a str, u8);

/// Borrowed from the fact: ten thousand articles hold 170,000 figures, and
/// a formatted key for each was 10 MB of strings.
fn reading_key(f: &Fact) -> ReadingKey<'_> {
    let s = &f.subject;
    let v = f.value();
    let (min, max) = (v.min.to_bits(), v.max.to_bits());
    let names = s.names().as_str();
    (min, max, v.min_inclusive, v.max_inclusive, s.counted(), s.is(Mark::Historical), s.near(), names, s.perpetrators)
}

/// Two tolls of which one counts who carried out the attack ("13 people,
/// including the gunman, died") and the other does not ("killed 12"),
/// compared on the victims alone: each less the perpetrators only it counts.
pub fn on_victims<'f>(a: &'f Fact, b: &'f Fact) -> (Cow<'f, Fact>, Cow<'f, Fact>) {
    let common = a.subject.perpetrators.min(b.subject.perpetrators);
    let less = |f: &'f Fact| match f.subject.perpetrators - common {
        0 => Cow::Borrowed(f),
        extra => Cow::Owned(f.less(extra)),
    };
    (less(a), less(b))
}

/// How many content words next to both figures make them comparable
/// without three shared words in their clauses.
const NEAR_WORDS_ALONE: usize = 2;

/// The measure compared only for one named person ("Kwame Osei, 58" and
/// "Osei, 59"): never a guess from shared words.
const AGE: &str = "age";

/// Readings grouped by (measure, dimension).
fn index(analyses: &[Analysis]) -> BTreeMap<Key<'_>, Vec<Reading<'_>>> {
    // Readings are found by their key's hash (the keys themselves would be
    // 80 bytes a figure), and the key is compared on a hit.
    let mut groups: BTreeMap<Key, (Vec<Reading>, FxHashMap<u64, usize>)> = BTreeMap::new();
    for (doc, a) in analyses.iter().enumerate() {
        for f in &a.facts {
            let Some(m) = f.measure.as_deref() else { continue };
            let (readings, seen) = groups.entry((m, f.dimension())).or_default();
            let key = reading_key(f);
            let same = |r: &Reading| reading_key(r.first().1) == key;
            let found = match seen.entry(rustc_hash::FxBuildHasher.hash_one(key)) {
                Entry::Occupied(e) if same(&readings[*e.get()]) => Some(*e.get()),
                // Another key with the same hash: rare, so a scan.
                Entry::Occupied(_) => readings.iter().position(same),
                Entry::Vacant(e) => {
                    e.insert(readings.len());
                    None
                }
            };
            match found {
                Some(i) => readings[i].facts.push((doc, f)),
                None => readings.push(Reading { facts: vec![(doc, f)] }),
            }
        }
    }
    groups.into_iter().map(|(k, (readings, _))| (k, readings)).collect()
}

/// May two facts with the same measure be compared at all? Background
/// figures never; counted nouns must agree ("5 officers" is not "49
/// people"); ages must belong to the same named person; figures of measures
/// that are not the event's own must share a word next to them and three
/// words of their clauses.
pub fn comparable(a: &Fact, b: &Fact, event_level: bool, rules: &Rules) -> bool {
    comparable_but_for_place(a, b, event_level, rules) && other_places(&a.subject, &b.subject).is_none()
}

/// [`comparable`], whatever places their sentences name: for the check that
/// reports the same figure at two places (CC403).
pub fn comparable_but_for_place(a: &Fact, b: &Fact, event_level: bool, rules: &Rules) -> bool {
    let (sa, sb) = (&a.subject, &b.subject);
    let telling = telling(a, rules);
    if sa.is(Mark::Part)
        || sb.is(Mark::Part)
        || sa.is(Mark::Superseded)
        || sb.is(Mark::Superseded)
        || sa.is(Mark::Cumulative) != sb.is(Mark::Cumulative)
    {
        return false;
    }
    // One place's share of a breakdown compares only with figures there.
    let one_place = || sa.places().iter().any(|p| sb.places().iter().any(|q| p.alike(q)));
    if (sa.is(Mark::AtOnePlace) || sb.is(Mark::AtOnePlace)) && !one_place() {
        return false;
    }
    // A count at one place in the scene is part of a count for the whole.
    let within =
        |x: &Fact, y: &Fact| x.subject.is(Mark::Scene) && y.subject.is(Mark::Whole) && x.nominal() <= y.nominal();
    if within(a, b) || within(b, a) {
        return false;
    }
    // Background figures compare only with background figures about the
    // same thing ("the 2004 tsunami killed 170,000" / "230,000"). A
    // person's age in a sentence that looks back ("bought the rifle two
    // weeks before the attack") is still their age, unless a past year
    // dates it.
    let undated_age = a.measure.as_deref() == Some(AGE) && sa.past_year.is_none() && sb.past_year.is_none();
    if (sa.is(Mark::Historical) || sb.is(Mark::Historical)) && !undated_age {
        // Two background figures dated by different years are two events.
        let other_years = matches!((sa.past_year, sb.past_year), (Some(x), Some(y)) if x != y);
        let same_background = sa.is(Mark::Historical)
            && sb.is(Mark::Historical)
            && !other_years
            && sa.near().shared_where(&sb.near(), &telling) > 0;
        if !same_background {
            return false;
        }
    }
    // A figure with a unit is checked on its counted noun only when both
    // name one: "$5.4 billion in cash and stock" is not "$4.2 billion in cash".
    let both_counted = sa.counted().is_some() && sb.counted().is_some();
    // "four women had been killed" may be the whole toll; "five children and
    // three adults" is a breakdown.
    let whole = |s: &crate::facts::subject::Subject| s.is(Mark::Demographic) && !s.is(Mark::Breakdown);
    let total = |c: Option<&str>| c.is_none_or(|c| c == "people");
    let group_as_total = (whole(sa) && total(sb.counted())) || (whole(sb) && total(sa.counted()));
    // A measure that counts nothing names what it measures on one side
    // only: "a magnitude 7.1 earthquake" and "a 7.0-magnitude earthquake".
    let unnamed = sa.counted().is_none() || sb.counted().is_none();
    let counted_ok = if a.unit().is_none() {
        counted_compatible(sa.counted(), sb.counted()) || (unnamed && !measure_counts(rules, a))
    } else {
        !both_counted || unit_counted_compatible(sa, sb)
    };
    if !counted_ok && !group_as_total {
        return false;
    }
    if a.measure.as_deref() == Some(AGE) {
        return same_person(sa.names(), sb.names());
    }
    let shared_near = sa.near().shared_where(&sb.near(), &telling);
    let shared_words = sa.words().shared_where(&sb.words(), &telling);
    // Two content words right next to both figures ("won 52% of the vote" /
    // "took 54% of the vote": smith, vote) say as much as three in their
    // clauses; not for background, where two past quakes share words too.
    let adjacent = !sa.is(Mark::Historical) && shared_near >= NEAR_WORDS_ALONE;
    // Shared words do not make "Smith won 52%" and "Jones won 45%" one figure.
    let other_names = !sa.proper().is_empty() && !sb.proper().is_empty() && sa.proper().shared(&sb.proper()) == 0;
    let by_words = !other_names && ((shared_near > 0 && shared_words >= 3) || adjacent);
    event_level || by_words || same_event_length(a, b, rules)
}

/// Does a word shared by two figures' sentences tell that they are about
/// one thing? Not a toll's own verb: "dead" for deaths, which "killed" and
/// "died" count as ([subjects] same_words), is in every death toll's
/// sentence. A measure's other words ("revenue", "bail") still tell.
fn telling<'a>(f: &'a Fact, rules: &'a Rules) -> impl Fn(&str) -> bool + 'a {
    move |w: &str| {
        let head = rules.subjects.same_as.get(w).is_some_and(|h| h == w);
        let own = || {
            let phrase = rules.measures.after.match_word_at(w, w.len()).filter(|m| m.len == w.len());
            phrase.is_some_and(|m| f.measure.as_deref() == Some(&*rules.measures.names[m.value]))
        };
        !(head && own())
    }
}

/// Two durations next to one event noun ("the spree lasted 10 minutes", "a
/// 13-minute shooting spree") both give that event's length.
fn same_event_length(a: &Fact, b: &Fact, rules: &Rules) -> bool {
    let lasting = |f: &Fact| f.dimension() == Some("time");
    let events = &rules.subjects.event_nouns;
    lasting(a) && lasting(b) && a.subject.near().iter().any(|w| events.contains(w) && b.subject.near().contains(w))
}

/// Do the two sentences name different places of one kind ("the Bureij
/// camp", "the Jabaliya camp"), and no place of that kind in common? The
/// first such pair. Names sharing a word are one place (see [`Place::alike`]).
pub fn other_places<'s>(sa: &'s Subject, sb: &'s Subject) -> Option<(&'s Place, &'s Place)> {
    sa.places().iter().find_map(|pa| {
        let same_kind = || sb.places().iter().filter(|pb| pb.noun == pa.noun);
        // "the Tree of Life synagogue in Pittsburgh" is "a Pittsburgh synagogue":
        // a name the other sentence names too is the town the place is in.
        let named_there = |p: &Place, s: &Subject| p.name.split([' ', '-']).any(|w| s.sentence_names().contains(w));
        let one_in_common =
            same_kind().any(|pb| sa.places().iter().any(|x| x.alike(pb)) || named_there(pb, sa) || named_there(pa, sb));
        if one_in_common {
            return None;
        }
        same_kind().next().map(|pb| (pa, pb))
    })
}

/// A figure as written, and how it was read when that says more: "\"about
/// 40\" (read as 36 to 44)", but "\"129\"" and "\"more than 120\"".
fn quoted_reading(written: &str, read: &str) -> String {
    if reads_as_written(written, read) {
        format!("\"{written}\"")
    } else {
        format!("\"{written}\" (read as {read})")
    }
}

/// The label under a figure: its measure, and its reading when that says
/// more than the words above it ("deaths: read as 36 to 44" under "about
/// 40", "deaths" under "129").
fn reading_label(measure: &str, written: &str, read: &str) -> String {
    if reads_as_written(written, read) {
        measure.to_string()
    } else {
        format!("{measure}: read as {read}")
    }
}

/// Is the reading the figure's own words ("129", "more than 120")?
fn reads_as_written(written: &str, read: &str) -> bool {
    written.split_whitespace().eq(read.split_whitespace()) || written.eq_ignore_ascii_case(read)
}

/// Are the two figures more than `times` apart ("40" and "more than 600")?
/// Each is taken at its written figure, before any hedge.
fn far_apart(a: &Fact, b: &Fact, times: f64) -> bool {
    let (x, y) = (a.nominal().abs(), b.nominal().abs());
    let (lo, hi) = (x.min(y), x.max(y));
    hi > times * lo.max(1.0)
}

/// For figures with a unit, the nouns right after them need only be related:
/// "a $43,000 Rolex" and "a $43,350 gold-plated men's Rolex" share "rolex". A
/// coordination ("cash and stock") must match exactly: a part is not the whole.
fn unit_counted_compatible(sa: &crate::facts::subject::Subject, sb: &crate::facts::subject::Subject) -> bool {
    let (Some(ca), Some(cb)) = (sa.counted(), sb.counted()) else { return true };
    if ca.contains('+') || cb.contains('+') {
        return ca == cb;
    }
    ca == cb || sb.after().contains(ca) || sa.after().contains(cb)
}

/// Ages compare only for one person: the same names, or at least two in
/// common ("John Zawahri" and "John Samir Zawahri", not "Samir Zawahri").
fn same_person(a: Names, b: Names) -> bool {
    let shared = a.iter().filter(|n| b.iter().any(|m| m == *n)).count();
    let same_set = !a.is_empty() && a.len() == b.len() && shared == a.len();
    same_set || shared >= 2
}

/// Do two counted nouns count the same thing? Totals ("49 killed", "49
/// people") match totals; a group matches itself ("officers", and "seven
/// others" after "five officers"); an extra group left unnamed ("four
/// others were also hospitalized") matches only another such group.
fn counted_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    let total = |c: Option<&str>| c.is_none_or(|c| c == "people");
    (total(a) && total(b)) || a == b
}

/// Draft figures with a measure that no source figure agrees with (CC105).
pub fn unsupported(docs: &[Document], analyses: &[Analysis], drafts: usize, rules: &Rules) -> Vec<Finding> {
    let Some(check) = enabled(rules, "CC105") else { return Vec::new() };
    let sources: Vec<&Fact> =
        analyses[drafts..].iter().flat_map(|a| &a.facts).filter(|f| f.measure.is_some()).collect();
    let mut out = Vec::new();
    for (doc, a) in analyses.iter().enumerate().take(drafts) {
        for f in a.facts.iter().filter(|f| f.measure.is_some()) {
            // A source figure that agrees supports it; one that differs or
            // conflicts is already a finding of its own (CC101-CC103).
            let (event_level, tolerance) = measure_rule(rules, f.measure.as_deref().unwrap_or_default());
            let supported = sources.iter().any(|s| {
                s.measure == f.measure
                    && s.dimension() == f.dimension()
                    && (agree_on_victims(f, s, tolerance) || comparable(f, s, event_level, rules))
            });
            if supported {
                continue;
            }
            let measure = f.measure.as_deref().unwrap_or_default();
            let read = reading(f, rules);
            let values = [
                ("measure", measure.to_string()),
                ("a", quoted_reading(docs[doc].slice(f.span), &read)),
                ("a_doc", docs[doc].path.clone()),
            ];
            let label = reading_label(measure, docs[doc].slice(f.span), &read);
            let evidence = vec![Evidence { doc, span: f.span, label }];
            out.push(finding(check, &values, evidence));
        }
    }
    out
}

/// Is `b`, reported on a later date, a higher toll than `a`?
fn is_update(a: &Fact, b: &Fact, date_a: Option<&str>, date_b: Option<&str>) -> bool {
    matches!((date_a, date_b), (Some(x), Some(y)) if y > x) && b.value().min > a.value().min
}

/// A measure's place in rules/measures.toml.
fn measure_index(rules: &Rules, measure: &str) -> Option<usize> {
    rules.measures.names.iter().position(|n| &**n == measure)
}

/// Does the fact's measure count people or things ("deaths", "job cuts"),
/// as opposed to measuring one ("magnitude", "share price move")?
fn measure_counts(rules: &Rules, f: &Fact) -> bool {
    f.measure.as_deref().and_then(|m| measure_index(rules, m)).is_some_and(|i| rules.measures.counts[i])
}

/// What rules/measures.toml says of a measure: is it the event's own
/// (deaths, injuries: compared without shared subject words), and within
/// what share do its figures agree?
pub(crate) fn measure_rule(rules: &Rules, measure: &str) -> (bool, f64) {
    let m = &rules.measures;
    measure_index(rules, measure).map_or((false, 0.0), |i| (m.event_level[i], m.tolerance[i]))
}

/// Compare every pair of facts in the same group from different documents.
pub fn check(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    let mut seen: HashMap<(&str, &str, usize, String, usize, String), usize> = HashMap::new();
    // Each article's date (ISO dates sort as text), read once.
    let dates: Vec<Option<String>> = analyses.iter().map(Analysis::date).collect();
    for ((measure, _), group) in index(analyses) {
        let (event_level, tolerance) = measure_rule(rules, measure);
        for (i, left) in group.iter().enumerate() {
            for right in &group[i + 1..] {
                // One fact from each reading, from two different articles.
                let (da, a) = left.first();
                let Some((db, b)) = right.other_than(da) else { continue };
                if !comparable(a, b, event_level && !far_apart(a, b, rules.numbers.far_apart), rules) {
                    continue;
                }
                let more = left.articles() + right.articles() - 2;
                // Tolls rise as news comes in: order the pair by date.
                let ((da, a), (db, b)) = match (&dates[da], &dates[db]) {
                    (Some(x), Some(y)) if y < x => ((db, b), (da, a)),
                    _ => ((da, a), (db, b)),
                };
                let (date_a, date_b) = (dates[da].as_deref(), dates[db].as_deref());
                let update = event_level && is_update(a, b, date_a, date_b);
                let (va, vb) = on_victims(a, b);
                let code = match verdict_within(&va, &vb, tolerance) {
                    Verdict::Agree => continue,
                    _ if update => "CC104",
                    Verdict::Differ => "CC101",
                    // An age is matched to one named person: no guess either.
                    Verdict::Contradict if event_level || measure == AGE => "CC102",
                    // Matched on shared words only: the figures may describe different things.
                    Verdict::Contradict => "CC103",
                };
                let Some(check) = enabled(rules, code) else { continue };
                let text = |doc: usize, f: &Fact| docs[doc].slice(f.span).to_string();
                let (ra, rb) = (reading(a, rules), reading(b, rules));
                let values = [
                    ("measure", measure.to_string()),
                    ("a", quoted_reading(&text(da, a), &ra)),
                    ("b", quoted_reading(&text(db, b), &rb)),
                    ("a_doc", docs[da].path.clone()),
                    ("b_doc", docs[db].path.clone()),
                    ("a_date", date_a.unwrap_or("undated").to_string()),
                    ("b_date", date_b.unwrap_or("undated").to_string()),
                ];
                let also = if more > 0 {
                    format!(" ({more} more articles repeat one of these figures)")
                } else {
                    String::new()
                };
                // The same two figures of the same two articles, met again in
                // other sentences: one finding, each place shown.
                let pair = (code, measure, da, ra.clone(), db, rb.clone());
                if let Some(&k) = seen.get(&pair) {
                    let f: &mut Finding = &mut out[k];
                    for (doc, span, r) in [(da, a.span, &ra), (db, b.span, &rb)] {
                        if !f.evidence.iter().any(|e| e.doc == doc && e.span == span) {
                            let label = format!("{} (again)", reading_label(measure, docs[doc].slice(span), r));
                            f.evidence.push(Evidence { doc, span, label });
                        }
                    }
                    continue;
                }
                seen.insert(pair, out.len());
                let evidence = vec![
                    Evidence {
                        doc: da,
                        span: a.span,
                        label: format!("{}{also}", reading_label(measure, &text(da, a), &ra)),
                    },
                    Evidence { doc: db, span: b.span, label: reading_label(measure, &text(db, b), &rb) },
                ];
                out.push(finding(check, &values, evidence));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interval::Interval;
    use crate::span::Span;

    /// A figure of `stated` minutes (seconds in the base unit); `None` for a count.
    fn fact(stated: Interval, minutes: bool, qualifier: Option<QualifierKind>) -> Fact {
        let minute = crate::rules::UnitRule {
            name: "minute".into(),
            short: "min".into(),
            dimension: "time".into(),
            base: "second".into(),
            factor: 60.0,
        };
        Fact {
            measure: Some("deaths".into()),
            span: Span::new(0, 1),
            unit_rule: minutes.then(|| std::sync::Arc::new(minute)),
            stated,
            qualifier,
            stated_nominal: stated.min,
            stated_rounding: 0.5,
            claim: None,
            sentence: 0,
            subject: Default::default(),
            day: None,
        }
    }

    fn above(v: f64) -> Interval {
        Interval { min: v, max: f64::INFINITY, min_inclusive: false, max_inclusive: false }
    }

    #[test]
    fn more_than_and_an_exact_figure_differ() {
        let a = fact(above(120.0), false, Some(QualifierKind::Above));
        let b = fact(Interval::point(129.0), false, None);
        assert_eq!(verdict(&a, &b), Verdict::Differ);
    }

    #[test]
    fn a_hedge_that_holds_the_figure_agrees() {
        let a = fact(Interval::point(30.0), true, None);
        let b = fact(Interval::closed(1620.0, 1980.0), false, Some(QualifierKind::About));
        assert_eq!(verdict(&a, &b), Verdict::Agree);
    }

    #[test]
    fn disjoint_figures_contradict() {
        let a = fact(Interval::point(49.0), false, None);
        let b = fact(Interval::point(50.0), false, None);
        assert_eq!(verdict(&a, &b), Verdict::Contradict);
        let c = fact(above(10.0), false, Some(QualifierKind::Above));
        assert_eq!(verdict(&c, &fact(Interval::point(10.0), false, None)), Verdict::Contradict);
    }
}
