//! Facts: each quantity normalised to its dimension's base unit, given a
//! measure from the words around it (rules/measures.toml), and linked to the
//! claim whose content holds it.

pub mod people;
pub mod subject;

use subject::Mark;

use rustc_hash::FxHashMap as HashMap;

use crate::extract::dates::DateMention;
use crate::extract::quantity::Quantity;
use crate::extract::stamps::Stamp;
use crate::extract::Extraction;
use crate::interval::Interval;
use crate::rules::phrase::PhraseSet;
use crate::rules::{Name, QualifierKind, Rules, UnitRule};
use crate::segment::Segments;
use crate::span::{Holders, Span};
use crate::words::{fold, with_folded, Token, TokenKind};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// What the figure counts: "deaths", "duration"; None when unknown.
    pub measure: Option<Name>,
    pub span: Span,
    /// The unit as written, with its dimension, base unit and size; None
    /// for counts. Read through [`Fact::unit`], [`Fact::dimension`],
    /// [`Fact::stated_unit`] and [`Fact::factor`]: one shared pointer, not
    /// three names and a number per fact.
    pub unit_rule: Option<Arc<UnitRule>>,
    /// The figure in the unit as written; [`Fact::value`] is in the base unit.
    pub stated: Interval,
    pub qualifier: Option<QualifierKind>,
    /// The figure before hedging, in the unit as written ([`Fact::nominal`]).
    pub stated_nominal: f64,
    /// Half the place of the last digit written, in the unit as written
    /// ([`Fact::rounding`]).
    pub stated_rounding: f64,
    /// Index of the innermost claim whose content holds the figure.
    pub claim: Option<Index>,
    pub sentence: u32,
    /// What the figure is about.
    pub subject: subject::Subject,
    /// The day its sentence gives the event, when it gives exactly one: an
    /// index into the extraction's dates.
    pub day: Option<Index>,
}

/// An index into one of a document's lists (its claims, its dates), kept
/// plus one and never zero, so that an absent one costs no extra bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Index(std::num::NonZeroU32);

impl Index {
    pub fn new(i: usize) -> Self {
        Index(crate::span::plus_one(crate::span::offset(i)))
    }

    pub fn get(self) -> usize {
        self.0.get() as usize - 1
    }
}

impl Fact {
    /// The fact read from a block of a document, its indexes moved to the
    /// whole document's (see [`crate::extract::BlockStart`]).
    pub fn moved(mut self, at: crate::extract::BlockStart) -> Fact {
        self.sentence += u32::try_from(at.sentence).expect("a document has under 2^32 sentences");
        self.claim = self.claim.map(|c| Index::new(c.get() + at.claim));
        self.day = self.day.map(|d| Index::new(d.get() + at.date));
        self
    }

    /// The dimension's base unit ("second", "metre", "USD"); None for counts.
    pub fn unit(&self) -> Option<&str> {
        self.unit_rule.as_deref().map(|u| &*u.base)
    }

    pub fn dimension(&self) -> Option<&str> {
        self.unit_rule.as_deref().map(|u| &*u.dimension)
    }

    /// The unit as written: "minute" for "30 minutes".
    pub fn stated_unit(&self) -> Option<&str> {
        self.unit_rule.as_deref().map(|u| &*u.name)
    }

    /// Size of the unit as written in the base unit (1 for counts).
    pub fn factor(&self) -> f64 {
        self.unit_rule.as_deref().map_or(1.0, |u| u.factor)
    }

    /// The figure in the base unit.
    pub fn value(&self) -> Interval {
        self.stated.scale(self.factor())
    }

    /// The figure before hedging, in the base unit.
    pub fn nominal(&self) -> f64 {
        self.stated_nominal * self.factor()
    }

    /// The count without `n` of those it includes: "13, including the
    /// gunman" less the gunman. For counts, which have no unit.
    pub fn less(&self, n: u8) -> Fact {
        let mut f = self.clone();
        f.stated = f.stated.shift(-f64::from(n));
        f.stated_nominal -= f64::from(n);
        f.subject.perpetrators -= n.min(f.subject.perpetrators);
        f
    }

    /// Half the place of the last digit written, in the base unit: "6.2
    /// miles" may be anything that rounds to 6.2 (80 m either way). Used
    /// when two figures are written in different units.
    pub fn rounding(&self) -> f64 {
        self.stated_rounding * self.factor()
    }
}

/// Facts from one document's extraction.
pub fn facts(text: &str, segments: &Segments, ex: &Extraction, rules: &Rules) -> Vec<Fact> {
    let year = subject::doc_year(segments.meta("date"))
        .or(ex.dateline.map(|(d, _)| d.year))
        .or_else(|| subject::latest_year(text, &ex.tokens));
    let holders = Holders::new(ex.claims.iter().map(|c| c.content));
    // Whether a sentence looks back is read once, not once per figure in it.
    let mut background: Vec<Option<subject::Background>> = vec![None; ex.tokens.len()];
    for &(sentence, _) in &ex.quantities {
        background[sentence].get_or_insert_with(|| {
            let mut bg = subject::background(text, &ex.tokens[sentence], year, rules);
            bg.cue |= subject::opens_in_past(text, &ex.tokens[sentence], year, rules)
                || goes_on_in_past(text, segments, ex, sentence, year, rules);
            bg
        });
    }
    let mut facts: Vec<Fact> = ex
        .quantities
        .iter()
        .map(|(sentence, q)| {
            // The innermost claim holding the figure; the first on a tie.
            let claim = holders.holding(q.span).min_by_key(|&i| (ex.claims[i].content.len(), i));
            let bg = background[*sentence].as_ref().expect("read for every sentence with a figure");
            let from = ex.quantities.partition_point(|(s, _)| s < sentence);
            let to = ex.quantities.partition_point(|(s, _)| s <= sentence);
            let figure = Figure { sentence: *sentence, q, in_sentence: &ex.quantities[from..to] };
            fact(text, &ex.tokens[*sentence], figure, claim, bg, rules)
        })
        .collect();
    let today = article_date(segments, ex);
    for f in &mut facts {
        f.day = event_day(&ex.dates, f.sentence as usize).map(Index::new);
        let when = f.day.and_then(|d| ex.dates[d.get()].resolve(today)).map(|(d, _)| d);
        if let (Some(when), Some(today)) = (when, today) {
            // "On April 20, a 6.4-magnitude earthquake jolted Maluku", in a
            // story of July 2: another, earlier event.
            f.subject.mark(Mark::Historical, (today - when).num_days() > EARLIER_EVENT_DAYS);
        }
    }
    share_coordinated_measures(text, &ex.tokens, &mut facts, rules);
    share_gapped_measures(text, &ex.tokens, &mut facts);
    people::link(text, &ex.tokens, &mut facts, rules);
    resolve_others(&mut facts);
    mark_parts(&mut facts);
    mark_breakdowns(&mut facts);
    mark_place_breakdowns(&mut facts);
    mark_superseded(segments, &ex.stamps, &mut facts);
    subject::share_lists(&mut facts.iter_mut().map(|f| &mut f.subject).collect::<Vec<_>>());
    facts
}

/// How many days before an article's date a figure's event day makes it
/// another, earlier event: a week covers a story told days later.
const EARLIER_EVENT_DAYS: i64 = 7;

/// The article's date: its `# date:` header, else its dateline.
fn article_date(segments: &Segments, ex: &Extraction) -> Option<chrono::NaiveDate> {
    let header = segments.date_header().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    header.or_else(|| ex.dateline.and_then(|(d, _)| chrono::NaiveDate::from_ymd_opt(d.year, d.month, d.day)))
}

/// How many stamped entries make an article a live blog.
const LIVE_BLOG_STAMPS: usize = 3;

/// In a live blog, a figure in an entry older than the newest entry giving
/// its measure is superseded (see [`subject::Subject::superseded`]).
/// Figures above the first stamp (headline, summary) are the blog's own
/// latest word and stay. Blogs run newest first or oldest first: the
/// stamps' times say which.
fn mark_superseded(segments: &Segments, stamps: &[Stamp], facts: &mut [Fact]) {
    if stamps.len() < LIVE_BLOG_STAMPS {
        return;
    }
    let falling = stamps.windows(2).filter(|w| w[1].minutes < w[0].minutes).count();
    let rising = stamps.windows(2).filter(|w| w[1].minutes > w[0].minutes).count();
    let newest_first = falling > rising;
    // How new the entry holding a fact is (0 = oldest); None above the first stamp.
    let age = |f: &Fact| {
        let paragraph = segments.sentences[f.sentence as usize].paragraph;
        let entry = stamps.partition_point(|s| s.paragraph <= paragraph).checked_sub(1)?;
        Some(if newest_first { stamps.len() - 1 - entry } else { entry })
    };
    let mut newest: HashMap<Name, usize> = HashMap::default();
    for f in facts
        .iter()
        .filter(|f| !f.subject.is(Mark::Part) && !f.subject.is(Mark::Remainder) && !f.subject.is(Mark::Historical))
    {
        if let (Some(m), Some(a)) = (&f.measure, age(f)) {
            let n = newest.entry(m.clone()).or_insert(a);
            *n = (*n).max(a);
        }
    }
    for f in facts.iter_mut() {
        let newer = f.measure.as_ref().and_then(|m| newest.get(m));
        if let (Some(&n), Some(a)) = (newer, age(f)) {
            f.subject.set(Mark::Superseded, a < n);
        }
    }
}

/// A sentence that counts one measure for two groups breaks it down: "five
/// children and three adults were shot". Neither group is the whole toll.
/// Facts come in sentence order, so each sentence's run is compared alone.
fn mark_breakdowns(facts: &mut [Fact]) {
    for run in facts.chunk_by_mut(|a, b| a.sentence == b.sentence) {
        for i in 0..run.len() {
            let split = run
                .iter()
                .enumerate()
                .any(|(j, g)| j != i && g.measure == run[i].measure && g.subject.counted() != run[i].subject.counted());
            run[i].subject.set(Mark::Breakdown, split);
        }
    }
}

/// "the three other officers injured" in an article that also gives the
/// whole ("seven officers were injured"): the remainder is a part. So is a
/// count for one area ("In Central Aceh district, 10 people were killed")
/// in an article that gives a larger count of the measure for no one area.
fn mark_parts(facts: &mut [Fact]) {
    // Per measure, read once (an archive-sized article has a million
    // figures): is a whole given, and the largest written total for no area.
    let mut wholes: HashMap<Name, (bool, f64)> = HashMap::default();
    for g in facts.iter().filter(|g| !g.subject.is(Mark::Historical) && !g.subject.is(Mark::Cumulative)) {
        let Some(m) = &g.measure else { continue };
        let w = wholes.entry(m.clone()).or_insert((false, f64::NEG_INFINITY));
        w.0 |= !g.subject.is(Mark::Remainder);
        // A vague "dozens" is no total to be part of.
        let written = g.stated.min == g.stated.max || g.qualifier.is_some();
        if !g.subject.is(Mark::Area) && !g.subject.is(Mark::Scene) && written {
            w.1 = w.1.max(g.nominal());
        }
    }
    for f in facts.iter_mut() {
        let Some(&(whole, largest)) = f.measure.as_ref().and_then(|m| wholes.get(m)) else { continue };
        let one_place = f.subject.is(Mark::Area) || f.subject.is(Mark::Scene);
        let whole_given = (f.subject.is(Mark::Remainder) && whole) || (one_place && largest > f.nominal());
        f.subject.mark(Mark::Part, whole_given);
    }
}

/// "Five more officers and four other civilians were injured": a count
/// joined by "and" to the next one, with only counted nouns between, shares
/// that count's measure (the verb after both). "He fired 3 times and 2
/// people died" does not: "times" counts nothing of a measure.
fn share_coordinated_measures(text: &str, tokens: &[Vec<Token>], facts: &mut [Fact], rules: &Rules) {
    for i in (0..facts.len().saturating_sub(1)).rev() {
        let (a, b) = (&facts[i], &facts[i + 1]);
        if a.measure.is_some() || a.unit().is_some() || b.unit().is_some() || b.sentence != a.sentence {
            continue;
        }
        let words: Vec<&str> = between(&tokens[a.sentence as usize], a, b).map(|t| t.text(text)).collect();
        if let Some((last, nouns)) = words.split_last() {
            let m = &rules.measures;
            let counted = |w: &&str| {
                m.filler.contains_word(w)
                    || crate::words::with_folded(w, |w| rules.subjects.demographic_counted.contains(w))
            };
            if last.eq_ignore_ascii_case("and") && nouns.len() <= COORDINATED_NOUNS && nouns.iter().all(counted) {
                facts[i].measure = facts[i + 1].measure.clone();
            }
        }
    }
}

/// The tokens of a sentence between two of its figures.
fn between<'t>(sentence: &'t [Token], a: &Fact, b: &Fact) -> impl Iterator<Item = &'t Token> {
    let (end, start) = (a.span.end(), b.span.start());
    sentence.iter().filter(move |t| t.start() >= end && t.end() <= start)
}

/// How many words may stand between a count and the "and" that joins it to
/// the next: "Five more police officers and ...".
const COORDINATED_NOUNS: usize = 3;

/// "Forty-two people were killed at Al Noor Mosque and seven at Linwood
/// Mosque": a bare count after "and", followed by the preposition that
/// followed the count before it, repeats that count's verb and measure.
fn share_gapped_measures(text: &str, tokens: &[Vec<Token>], facts: &mut [Fact]) {
    for i in 1..facts.len() {
        let (a, b) = (&facts[i - 1], &facts[i]);
        if b.measure.is_some()
            || a.measure.is_none()
            || a.unit().is_some()
            || b.unit().is_some()
            || b.sentence != a.sentence
        {
            continue;
        }
        let sentence = &tokens[a.sentence as usize];
        let gap: Vec<&Token> = between(sentence, a, b).collect();
        let joined = gap.last().is_some_and(|t| t.text(text).eq_ignore_ascii_case("and"));
        // The word after the bare count is a preposition the first count had too.
        let parallel = sentence.iter().find(|t| t.start() >= b.span.end()).is_some_and(|n| {
            let w = n.text(text);
            n.kind == TokenKind::Word
                && w.chars().all(|c| c.is_ascii_lowercase())
                && gap.iter().any(|t| t.text(text).eq_ignore_ascii_case(w))
        });
        if joined && parallel {
            facts[i].measure = facts[i - 1].measure.clone();
        }
    }
}

/// A sentence that gives one measure at two named places of one kind
/// ("42 at Al Noor Mosque and seven at Linwood Mosque") breaks it down by
/// place: each figure keeps only the place named right after it, and is
/// compared only with figures at that place
/// ([`subject::Subject::at_one_place`]).
fn mark_place_breakdowns(facts: &mut [Fact]) {
    for run in facts.chunk_by_mut(|a, b| a.sentence == b.sentence) {
        let places = run[0].subject.places().to_vec();
        let two_of_a_kind = places.iter().any(|p| places.iter().any(|q| q.noun == p.noun && !q.alike(p)));
        if !two_of_a_kind {
            continue;
        }
        for i in 0..run.len() {
            let measure = &run[i].measure;
            let shared = measure.is_some() && run.iter().filter(|g| &g.measure == measure).count() >= 2;
            let own = places.iter().filter(|p| p.span.start() >= run[i].span.end()).min_by_key(|p| p.span.start());
            if let (true, Some(own)) = (shared, own) {
                run[i].subject.keep_place(own.clone());
                run[i].subject.set(Mark::AtOnePlace, true);
            }
        }
    }
}

/// "killed five officers and injured seven others": the others are more of
/// the group counted earlier in the sentence (officers). "Some 30 people
/// were killed and 55 others injured": after people counted for another
/// measure, the others are everyone that measure counts, a whole.
fn resolve_others(facts: &mut [Fact]) {
    for i in 1..facts.len() {
        if facts[i].subject.counted() != Some("others") {
            continue;
        }
        let earlier = || facts[..i].iter().rev().take_while(|f| f.sentence == facts[i].sentence);
        let named =
            earlier().find_map(|f| f.subject.counted().filter(|&c| c != "people" && c != "others").map(str::to_string));
        let people_of_another_measure = earlier().next().is_some_and(|f| {
            f.measure.is_some() && f.measure != facts[i].measure && f.subject.counted().is_none_or(|c| c == "people")
        });
        if let Some(group) = named {
            facts[i].subject.set_counted(Some(&group));
        } else if people_of_another_measure {
            facts[i].subject.set_counted(Some("people"));
            facts[i].subject.set(Mark::Remainder, false);
        }
    }
}

/// The figures of one sentence, each with the sentence's index.
type Figures<'a> = &'a [(usize, Quantity)];

/// Where each figure of a sentence is.
fn spans(figures: Figures<'_>) -> impl Iterator<Item = Span> + '_ {
    figures.iter().map(|(_, q)| q.span)
}

/// A figure to read: its sentence, and every figure of that sentence.
struct Figure<'a> {
    sentence: usize,
    q: &'a Quantity,
    in_sentence: Figures<'a>,
}

fn fact(
    text: &str,
    tokens: &[Token],
    Figure { sentence, q, in_sentence }: Figure,
    claim: Option<usize>,
    background: &subject::Background,
    rules: &Rules,
) -> Fact {
    let unit = q.unit.map(|u| &rules.numbers.units[u]);
    let dimension = unit.map(|u| &u.dimension);
    // "it is unconfirmed if a fifth was also hurt": a count is whole, so a
    // bare fraction between nought and one counts nothing.
    let part_of_one = unit.is_none() && q.stated.min > 0.0 && q.stated.max < 1.0;
    // "killed 5 km from the border": a measure that counts takes no unit;
    // "three men in prison": a prison term takes only a length of time.
    let fits_the_unit = |&m: &usize| {
        let units = &rules.measures.units[m];
        !(rules.measures.counts[m] && unit.is_some())
            && (units.is_empty() || dimension.is_some_and(|d| units.iter().any(|u| **u == **d)))
    };
    let measure = measure_from_words(text, tokens, q.span, in_sentence, rules)
        .filter(fits_the_unit)
        .or_else(|| appositive_age(text, tokens, q, rules))
        .or_else(|| dimension.and_then(|d| rules.measures.by_dimension.get(&**d).copied()))
        .filter(|_| !part_of_one)
        .map(|m| rules.measures.names[m].clone());
    let mut subject = subject::subject(text, tokens, q.span, background, q.unit.is_none(), rules);
    // "about 20 minutes after the first call": a length of time counts no
    // noun, and "call" kept it from "roughly 15 minutes after the first 911 call".
    if dimension.is_some_and(|d| &**d == "time") {
        subject.set_counted(None);
    }
    Fact {
        measure,
        span: q.span,
        unit_rule: unit.cloned(),
        stated: q.stated,
        qualifier: q.qualifier,
        stated_nominal: q.nominal,
        stated_rounding: rounding(q.span.text(text), q.stated.min),
        claim: claim.map(Index::new),
        sentence: sentence as u32,
        subject,
        day: None,
    }
}

/// "In April last year an 8.6-magnitude quake struck off Banda Aceh. Five
/// people died ...": a sentence that names no time of its own, right after
/// one in its paragraph that opens in the past, goes on telling that past.
fn goes_on_in_past(
    text: &str,
    segments: &Segments,
    ex: &Extraction,
    i: usize,
    year: Option<i32>,
    rules: &Rules,
) -> bool {
    let Some(prev) = i.checked_sub(1) else { return false };
    let sentences = &segments.sentences;
    let first_date = ex.dates.partition_point(|d| (d.sentence as usize) < i);
    // A time of its own, unless it is as past as the sentence before: "Last
    // year, a quake rocked Sumatra. An 8.7-magnitude quake also hit off
    // Banda Aceh in May 2012."
    let present = |d: &DateMention| d.sentence as usize == i && d.year.is_none_or(|y| year.is_none_or(|now| y >= now));
    let own_time = ex.dates[first_date..].iter().take_while(|d| d.sentence as usize == i).any(present)
        || subject::names_a_present_year(text, &ex.tokens[i], year);
    sentences[prev].paragraph == sentences[i].paragraph
        && !own_time
        && subject::opens_in_past(text, &ex.tokens[prev], year, rules)
}

/// The one day sentence `sentence` gives for something that happened, if
/// it gives one ("killed 49 people early Sunday"); none when it names two.
fn event_day(dates: &[DateMention], sentence: usize) -> Option<usize> {
    let from = dates.partition_point(|d| (d.sentence as usize) < sentence);
    let mut days =
        dates[from..].iter().enumerate().take_while(|(_, d)| d.sentence as usize == sentence).filter(|(_, d)| d.event);
    let (first, d) = days.next()?;
    let same = |e: &DateMention| (e.weekday, e.month, e.day, e.year) == (d.weekday, d.month, d.day, d.year);
    days.all(|(_, e)| same(e)).then_some(from + first)
}

/// Half the place of the last digit of the first number written in `text`,
/// scaled to `stated` ("$44 million": half a million); 0.5 for number words.
fn rounding(text: &str, stated: f64) -> f64 {
    let Some(start) = text.find(|c: char| c.is_ascii_digit()) else { return 0.5 };
    let digits: String = text[start..].chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect();
    let digits = digits.trim_end_matches(['.', ',']).replace(',', "");
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let written: f64 = digits.parse().unwrap_or(0.0);
    let scale =
        if written > 0.0 && stated.is_finite() && stated.abs() > written { stated.abs() / written } else { 1.0 };
    0.5 * 10f64.powi(-(decimals as i32)) * scale
}

/// "Osei, 58, said", "the suspect, 34,", "said witness Maria Lopez, 34.":
/// a bare whole number after a comma right after a name, or a noun for one
/// person (`age_nouns` in rules/subjects.toml), and before a comma or the
/// sentence's final period, is the person's age.
fn appositive_age(text: &str, tokens: &[Token], q: &Quantity, rules: &Rules) -> Option<usize> {
    let k = tokens.iter().position(|t| t.start() == q.span.start())?;
    let end = tokens.iter().position(|t| t.start() >= q.span.end())?;
    let final_period = |j: usize| j + 1 == tokens.len() && tokens[j].text(text) == ".";
    let comma = |j: usize| tokens.get(j).is_some_and(|t| t.text(text) == ",");
    let person = |w: &str| crate::words::is_capitalized(w) || rules.subjects.age_nouns.contains(fold(w).as_str());
    let named = k >= 2 && tokens[k - 2].kind == TokenKind::Word && person(tokens[k - 2].text(text));
    let plausible =
        q.unit.is_none() && q.stated.is_point() && q.stated.min.fract() == 0.0 && (1.0..120.0).contains(&q.stated.min);
    if named && plausible && comma(k - 1) && (comma(end) || final_period(end)) {
        return rules.measures.names.iter().position(|n| &**n == "age");
    }
    None
}

/// The measure named by the words around the figure, strongest evidence
/// first: a measure word right after it ("129 dead"), a phrase right before
/// it ("killed 49 and injured 53": 49 is deaths), then a measure word after
/// filler ("more than 120 people died"). `figures` are the sentence's: the
/// whole a part is taken from ("three of the five victims died") takes no
/// measure from the verb after it, and the part takes it past the whole.
fn measure_from_words(text: &str, tokens: &[Token], span: Span, figures: Figures, rules: &Rules) -> Option<usize> {
    let m = &rules.measures;
    let mut k = tokens.iter().position(|t| t.start() >= span.end()).unwrap_or(tokens.len());
    // "58-year-old": the hyphen joins the figure to its measure word.
    if k < tokens.len() && tokens[k].text(text) == "-" {
        k += 1;
    }
    let end = tokens.last().map_or(span.end(), |t| t.end());
    let after_at = |j: usize| m.after.match_token(&text[tokens[j].start()..end], &tokens[j]).map(|hit| hit.value);
    // "won 142 of the 300 seats": the measure's own noun after a whole is
    // what the part counts; the whole is the total it is taken from.
    let noun_at = |j: usize| m.nouns.match_token(&text[tokens[j].start()..end], &tokens[j]).is_some();
    let first = tokens.iter().position(|t| t.start() >= span.start()).unwrap_or(tokens.len());
    if let Some(hit) = (k < tokens.len() && tokens[k].kind == TokenKind::Word).then(|| after_at(k)).flatten() {
        let whole_noun = noun_at(k) && whole_of_part(text, tokens, first, figures, rules);
        return Some(hit).filter(|_| !whole_noun);
    }
    if let Some(hit) = changed_noun(text, tokens, k, rules) {
        return Some(hit);
    }
    if let Some(hit) = measure_before(text, tokens, span, rules) {
        return Some(hit);
    }
    if whole_of_part(text, tokens, first, figures, rules) {
        return None;
    }
    let mut noun_skipped = false;
    let mut after_whole = None;
    while k < tokens.len() {
        k = after_part(text, tokens, k, rules).unwrap_or(k);
        if k >= tokens.len() || tokens[k].kind != TokenKind::Word {
            break;
        }
        if let Some(hit) = after_at(k) {
            // "300 cars were stolen" counts cars: past a noun, only a
            // measure that counts. "Five of the six hospitalized victims":
            // a word right after the whole is the whole's.
            let whole_word = after_whole == Some(k) && !noun_at(k);
            return Some(hit).filter(|&hit| (!noun_skipped || m.counts[hit]) && !whole_word);
        }
        let w = tokens[k].text(text);
        if w.eq_ignore_ascii_case("of") {
            let whole = past_whole(text, tokens, k, first, figures, rules);
            after_whole = whole;
            k = whole.unwrap_or(k + 1);
            continue;
        }
        if !m.filler.contains_word(w) {
            match subject_noun_end(text, tokens, k, rules).filter(|_| !noun_skipped) {
                Some(aux) => (k, noun_skipped) = (aux, true),
                None => break,
            }
            continue;
        }
        k += 1;
    }
    None
}

/// The measure whose noun follows a change noun and "in" right after the
/// figure (at `tokens[k]`): "a 21% jump in quarterly profit" is a profit
/// change; "a 5% rise in the number of arrests" names no measure's noun.
fn changed_noun(text: &str, tokens: &[Token], k: usize, rules: &Rules) -> Option<usize> {
    let m = &rules.measures;
    let change = tokens.get(k).is_some_and(|t| m.change_nouns.contains_token(text, t));
    let then_in = tokens.get(k + 1).is_some_and(|t| t.text(text).eq_ignore_ascii_case("in"));
    if !change || !then_in {
        return None;
    }
    let end = tokens.last().map_or(0, |t| t.end());
    let words = tokens[k + 2..].iter().take(CHANGE_MODIFIERS + 1).take_while(|t| t.kind == TokenKind::Word);
    words.filter_map(|t| m.nouns.match_token(&text[t.start()..end], t)).map(|hit| hit.value).next()
}

/// How many words may stand between "in" and the measure's noun after a
/// change noun: "in [second-quarter net] profit".
const CHANGE_MODIFIERS: usize = 2;

/// How many words a noun after a figure may have before its auxiliary:
/// "12 apartment buildings were destroyed".
const NOUN_REACH: usize = 2;

/// Where the auxiliary after a noun starting at `tokens[k]` is, when the
/// noun is the subject of what follows: "40 [homes] were destroyed",
/// "four [patients] were in critical condition". Not "two gunmen killed
/// 14": a verb straight after the noun has the figure as its doer.
fn subject_noun_end(text: &str, tokens: &[Token], k: usize, rules: &Rules) -> Option<usize> {
    let m = &rules.measures;
    // Not through a relative pronoun: in "15,000 Palestinians whose homes
    // have been destroyed" the verb is the homes', and in "the three men who
    // were killed were Gazans" the clause recalls a group, not a toll.
    // Nor a person's noun ("at least one woman was injured" on a bus, in a
    // story of a shooting spree, is one person met along the way): the plural
    // groups are [numbers] filler already.
    const RELATIVES: [&str; 4] = ["who", "whose", "which", "that"];
    let word = |t: &Token| {
        let w = t.text(text);
        t.kind == TokenKind::Word
            && w.bytes().all(|b| b.is_ascii_alphabetic())
            && !RELATIVES.iter().any(|r| w.eq_ignore_ascii_case(r))
            && !with_folded(w, |w| rules.subjects.demographic_counted.contains(w))
    };
    (k + 1..tokens.len().min(k + NOUN_REACH + 1))
        .take_while(|&j| word(&tokens[j - 1]) && !m.after.starts_at(text, &tokens[j - 1]))
        .find(|&j| m.noun_auxiliaries.contains_token(text, &tokens[j]))
}

/// How many determiners may stand between "of" and a whole's figure: "of
/// the plant's 1,200".
const DETERMINER_REACH: usize = 2;

/// Does the figure at `tokens[first]` name the whole a part is taken
/// from? "Three of the five", "nearly half of the 2,300", "most of its
/// 300": "of" and determiners before it, and a figure or a part word
/// ([numbers] part_words) before "of", the part being what the clause is
/// about. "All of the 150" is no part; in "was one of three people
/// killed", the part is said to be among the whole, which keeps its words.
fn whole_of_part(text: &str, tokens: &[Token], first: usize, figures: Figures, rules: &Rules) -> bool {
    let Some(last) = of_before(text, tokens, first, rules).and_then(|of| of.checked_sub(1)) else { return false };
    let t = &tokens[last];
    let part_start = match spans(figures).find(|f| f.end() == t.end()) {
        Some(f) => tokens.iter().position(|t| t.start() == f.start()),
        None => rules.measures.part_words.contains_token(text, t).then_some(last),
    };
    part_start.is_some_and(|p| !after_copula(text, tokens, p))
}

/// Is `tokens[k]` right after a form of "be" or "among": the complement of
/// a clause, not its subject.
fn after_copula(text: &str, tokens: &[Token], k: usize) -> bool {
    const COPULAS: [&str; 7] = ["is", "was", "were", "are", "be", "been", "among"];
    k.checked_sub(1).is_some_and(|j| COPULAS.iter().any(|c| tokens[j].text(text).eq_ignore_ascii_case(c)))
}

/// The index of "of" before `tokens[first]`, with only determiners and
/// possessives ("the plant's") between.
fn of_before(text: &str, tokens: &[Token], first: usize, rules: &Rules) -> Option<usize> {
    let determiner = |t: &Token| {
        let w = t.text(text);
        rules.measures.whole_determiners.contains_token(text, t) || w.ends_with("'s") || w.ends_with("’s")
    };
    let mut j = first.checked_sub(1)?;
    for _ in 0..=DETERMINER_REACH {
        if tokens[j].text(text).eq_ignore_ascii_case("of") {
            return Some(j);
        }
        if !determiner(&tokens[j]) {
            return None;
        }
        j = j.checked_sub(1)?;
    }
    None
}

/// The token after the whole's figure when "of" at `tokens[of]` opens one
/// and the part at `tokens[part]` is what the clause is about: "three [of
/// the five] victims died" reads the part's measure past it.
fn past_whole(text: &str, tokens: &[Token], of: usize, part: usize, figures: Figures, rules: &Rules) -> Option<usize> {
    if after_copula(text, tokens, part) {
        return None;
    }
    let whole = spans(figures).find(|f| {
        let first = tokens.iter().position(|t| t.start() == f.start());
        first.is_some_and(|j| j > of && j <= of + DETERMINER_REACH + 1 && of_before(text, tokens, j, rules) == Some(of))
    })?;
    tokens.iter().position(|t| t.start() >= whole.end())
}

/// How many tokens a part set off by commas may have: ", including two
/// children,".
const PART_REACH: usize = 10;

/// The token after a part set off by commas at `tokens[k]` (", including
/// two children,"): "Five people, including two children, were killed"
/// names its measure after it.
fn after_part(text: &str, tokens: &[Token], k: usize, rules: &Rules) -> Option<usize> {
    let opens = tokens[k].text(text) == ","
        && tokens.get(k + 1).is_some_and(|t| rules.subjects.part_openers.starts_at(text, t));
    let close = || (k + 2..tokens.len().min(k + PART_REACH)).find(|&j| tokens[j].text(text) == ",");
    opens.then(close).flatten().map(|j| j + 1)
}

/// How many words a measure phrase, a measure's noun or a link may have:
/// "killed at least", "the number of people killed", "has risen to".
const BEFORE_REACH: usize = 5;

/// A measure phrase ending right before the figure ("killed 49"), or a
/// measure's noun and a link ending there ("death toll of 24", "the number
/// of people killed has risen to 135").
fn measure_before(text: &str, tokens: &[Token], span: Span, rules: &Rules) -> Option<usize> {
    let m = &rules.measures;
    let figure = tokens.iter().position(|t| t.start() >= span.start())?;
    let link_end = earlier_figure(text, tokens, figure).or_else(|| change_before(text, tokens, figure, rules));
    let link_end = link_end.unwrap_or(figure);
    phrase_ending_at(&m.before, text, tokens, figure).or_else(|| {
        (link_end.saturating_sub(BEFORE_REACH)..link_end)
            .filter(|&link| phrase_between(&m.links, text, tokens, link, link_end).is_some())
            .find_map(|link| noun_ending_at(text, tokens, link, rules))
    })
}

/// How many words the phrase after a measure's noun may have: "the death
/// toll [from the earthquake] rose to 24".
const MODIFIER_REACH: usize = 4;

/// A measure's noun ending right before `tokens[end]`, or before a short
/// phrase of words opened by a [numbers] noun_modifiers preposition that
/// ends there: "shares [of the company] fell 7.5%".
fn noun_ending_at(text: &str, tokens: &[Token], end: usize, rules: &Rules) -> Option<usize> {
    let m = &rules.measures;
    phrase_ending_at(&m.nouns, text, tokens, end).or_else(|| {
        (end.saturating_sub(MODIFIER_REACH + 1)..end.saturating_sub(1))
            .filter(|&p| m.noun_modifiers.contains_token(text, &tokens[p]))
            .filter(|&p| tokens[p + 1..end].iter().all(|t| t.kind == TokenKind::Word))
            .find_map(|p| phrase_ending_at(&m.nouns, text, tokens, p))
    })
}

/// Where the figure a change starts from begins, when `tokens[figure]` is
/// the figure it ends at: "rose from [12] to 19". The link of 19 then ends
/// before 12 ("rose from").
fn earlier_figure(text: &str, tokens: &[Token], figure: usize) -> Option<usize> {
    let is = |k: usize, w: &str| tokens[k].text(text).eq_ignore_ascii_case(w);
    let to = figure.checked_sub(1).filter(|&k| is(k, "to"))?;
    let from = (to.saturating_sub(4)..to.saturating_sub(1)).rev().find(|&k| is(k, "from"))?;
    // Digits first, or a currency sign and digits: "from $12 million to".
    let sign = |t: &Token| matches!(t.text(text), "$" | "£" | "€" | "¥");
    let digits = if sign(&tokens[from + 1]) { from + 2 } else { from + 1 };
    // "from $ to 19": a sign with no figure after it is no earlier figure.
    let figure_then_words = digits < to
        && tokens[digits].kind == TokenKind::Number
        && tokens[digits + 1..to].iter().all(|t| t.kind == TokenKind::Word);
    figure_then_words.then_some(from + 1)
}

/// How many tokens the amount of a change may have: "rose [12 %] to",
/// "fell [$ 1.2 billion] to".
const CHANGE_TOKENS: usize = 4;

/// Where the amount of a change begins, when `tokens[figure]` is the level
/// it reached: "revenue rose [12%] to $8.1 billion". The link of $8.1
/// billion then ends before 12% ("rose"), as in "rose from 12 to 19".
fn change_before(text: &str, tokens: &[Token], figure: usize, rules: &Rules) -> Option<usize> {
    let to = figure.checked_sub(1).filter(|&k| tokens[k].text(text).eq_ignore_ascii_case("to"))?;
    let changes = &rules.numbers.change_verbs;
    let verb = (to.saturating_sub(CHANGE_TOKENS + 1)..to).rev().find(|&k| changes.contains_token(text, &tokens[k]))?;
    let amount = verb + 1 + usize::from(tokens.get(verb + 1).is_some_and(|t| t.text(text).eq_ignore_ascii_case("by")));
    let figure_between = amount < to && tokens[amount..to].iter().any(|t| t.kind == TokenKind::Number);
    figure_between.then_some(amount)
}

/// The value of the phrase of `set` that starts farthest back, within
/// [`BEFORE_REACH`] tokens, and ends right before `tokens[end]`.
fn phrase_ending_at(set: &PhraseSet, text: &str, tokens: &[Token], end: usize) -> Option<usize> {
    (end.saturating_sub(BEFORE_REACH)..end).find_map(|from| phrase_between(set, text, tokens, from, end))
}

/// The value of a phrase of `set` that starts at `tokens[from]` and ends
/// right before `tokens[end]`.
fn phrase_between(set: &PhraseSet, text: &str, tokens: &[Token], from: usize, end: usize) -> Option<usize> {
    let until = tokens[end].start();
    // By token: its lexicon id turns most words away without lexing them again.
    let hit = set.match_token(&text[tokens[from].start()..until], &tokens[from])?;
    (tokens[from].start() + hit.len == text[..until].trim_end().len()).then_some(hit.value)
}

#[cfg(test)]
mod tests {
    use super::Mark;
    use crate::load::Document;
    use crate::rules::Rules;

    /// Each figure of `text` with its measure and whether it is background.
    fn read(text: &str) -> Vec<(String, Option<String>, bool)> {
        let rules = Rules::builtin().unwrap();
        let doc = Document::from_text("t", text);
        let facts = crate::analyze(&doc, &rules).facts;
        facts
            .iter()
            .map(|f| {
                (
                    f.span.text(&doc.text).to_string(),
                    f.measure.as_deref().map(str::to_string),
                    f.subject.is(Mark::Historical),
                )
            })
            .collect()
    }

    fn measure_of(text: &str, figure: &str) -> Option<String> {
        let all = read(text);
        all.iter().find(|(t, _, _)| t == figure).unwrap_or_else(|| panic!("{figure} in {all:?}")).1.clone()
    }

    #[test]
    fn measures_of_quakes_markets_and_elections() {
        let cases = [
            ("The 6.1-magnitude quake struck inland.", "6.1", "magnitude"),
            ("An earthquake measuring 7.2 on the Richter scale struck.", "7.2", "magnitude"),
            ("The quake had a magnitude of 6.2, the agency said.", "6.2", "magnitude"),
            ("Revenue rose to $4.2 billion in the quarter.", "$4.2 billion", "revenue"),
            ("The firm booked $300 million in revenue.", "$300 million", "revenue"),
            ("Net profit of $1.1 billion was reported.", "$1.1 billion", "profit"),
            ("Shares fell 5% on Monday.", "5%", "share price move"),
            ("Turnout was 65%, officials said.", "65%", "turnout"),
            ("Labour won 52% of the vote.", "52%", "vote share"),
            ("The storm left 5,000 homeless.", "5,000", "homeless"),
            ("About 14,000 people were displaced by the floods.", "About 14,000", "displaced"),
            ("About 1000 people were sheltering in the school.", "About 1000", "sheltering"),
            ("Five more officers and four other civilians were injured.", "Five", "injuries"),
            ("The fire destroyed 40 homes on Tuesday.", "40", "destroyed"),
            ("A judge set bail at $2.5 million for the suspect.", "$2.5 million", "bail"),
            ("He is being held on $2 million bail.", "$2 million", "bail"),
            ("Rescuers pulled 12 survivors from the rubble.", "12", "rescued"),
            ("Some 400 aftershocks followed the quake.", "Some 400", "aftershocks"),
        ];
        assert_measures(&cases.map(|(t, f, m)| (t, f, Some(m))));
        // A fish's length is no quake's, and a stock of rifles moves no price.
        assert_eq!(measure_of("A fish measuring 2 metres was caught.", "2 metres").as_deref(), Some("distance"));
        assert_eq!(measure_of("The stock of 500 rifles was seized.", "500"), None);
        // A prison term is a length of time; men in prison are no term.
        assert_eq!(measure_of("He was sentenced to 12 years in prison.", "12 years").as_deref(), Some("prison term"));
        assert_eq!(measure_of("Three men are in prison awaiting trial.", "Three"), None);
    }

    #[test]
    fn a_noun_with_a_phrase_after_it_and_a_change_from_one_figure_to_another() {
        let cases = [
            ("The death toll from the earthquake rose to 24 on Wednesday.", "24", "deaths"),
            ("The number of people killed in the attack rose to 50.", "50", "deaths"),
            ("Gunness put the death toll of the shelling at 40, he said.", "40", "deaths"),
            ("Revenue at the chipmaker rose to $4.2 billion.", "$4.2 billion", "revenue"),
            ("Shares of the company fell 7.5% in early trading.", "7.5%", "share price move"),
            ("The toll rose from 12 to 19 overnight.", "12", "deaths"),
            ("The toll rose from 12 to 19 overnight.", "19", "deaths"),
            ("Revenue grew from $3 billion to $4.2 billion.", "$4.2 billion", "revenue"),
        ];
        assert_measures(&cases.map(|(t, f, m)| (t, f, Some(m))));
        // A phrase of words only: a figure or a comma ends it.
        assert_eq!(measure_of("The toll in 2015, officials said, was 40.", "40"), None);
        // "from" before words is no earlier figure: "rose to 24" keeps its noun.
        assert_eq!(measure_of("The death toll from the quake rose to 24.", "24").as_deref(), Some("deaths"));
        // Nor is a currency sign alone: this sliced past its end.
        assert_eq!(measure_of("The toll rose from $ to 19 overnight.", "19"), None);
    }

    #[test]
    fn shots_fired_and_ammunition_carried_are_two_measures() {
        let cases = [
            ("The gunman fired more than 60 rounds into the crowd.", "more than 60", Some("shots fired")),
            ("She said she heard roughly 10-20 gunshots.", "roughly 10-20", Some("shots fired")),
            ("He carried a bag with 1,300 rounds of ammunition.", "1,300", Some("ammunition")),
            ("The clinic gave 3 million shots last year.", "3 million", None),
            ("Two rounds of talks ended without a deal.", "Two", None),
        ];
        assert_measures(&cases);
    }

    #[test]
    fn a_part_set_off_by_commas_and_what_remains() {
        assert_measures(&[
            ("Five people, including two children, were killed.", "Five", Some("deaths")),
            ("Nearly 200 people remain unaccounted for.", "Nearly 200", Some("missing")),
            ("Twelve people remain hospitalized.", "Twelve", Some("hospitalized")),
        ]);
    }

    #[test]
    fn a_crowd_is_counted_by_what_it_did() {
        assert_measures(&[
            ("Between 200 and 300 protesters gathered outside the embassy.", "Between 200 and 300", Some("crowd size")),
            ("Organisers said 100,000 took part in the march.", "100,000", Some("crowd size")),
            ("A crowd of about 5,000 filled the square.", "about 5,000", Some("crowd size")),
            ("More than 300 people packed the club when he stormed in.", "More than 300", Some("crowd size")),
            // The group word alone names no measure: these are arrests.
            ("Police said 12 protesters were arrested.", "12", Some("arrests")),
        ]);
    }

    #[test]
    fn a_noun_before_an_auxiliary_passes_the_measure_on() {
        assert_measures(&[
            ("Around 40 houses were damaged by the quake.", "Around 40", Some("damaged")),
            ("More than 300 buildings have been damaged.", "More than 300", Some("damaged")),
            ("A spokeswoman said four patients were in critical condition.", "four", Some("critical condition")),
            ("About 40,000 customers were still without electricity.", "About 40,000", Some("without power")),
            // The figure does what the verb says: not a toll.
            ("Two gunmen killed 14 people.", "Two", None),
            ("Two gunmen killed 14 people.", "14", Some("deaths")),
            // Cars stolen are counted, not a value stolen.
            ("Police said 300 cars were stolen.", "300", None),
            // A value stolen is money: "grabbed" names no theft of rebounds.
            ("He grabbed 12 rebounds.", "12", None),
            ("Robbers made off with $12,000 in cash.", "$12,000", Some("stolen value")),
            ("Officials said 45,000 buildings had collapsed.", "45,000", Some("destroyed")),
            // An age set off by a comma ends a sentence too.
            ("He has been identified as Garrett Swasey, 44.", "44", Some("age")),
            ("Police named the officer as Michael Smith, 55, on Friday.", "55", Some("age")),
            // Every speed in its base unit, metres a second.
            ("Winds reached 150 mph.", "150 mph", Some("speed")),
            // The verb is the homes', or the clause recalls a group.
            (
                "Schools shelter more than 15,000 Palestinians whose homes have been destroyed.",
                "more than 15,000",
                None,
            ),
            ("The three men who were killed were Gazans.", "three", None),
        ]);
    }

    #[test]
    fn the_whole_a_part_is_taken_from_keeps_the_verb_for_the_part() {
        assert_measures(&[
            ("Three of the five victims died at the scene.", "Three", Some("deaths")),
            ("Three of the five victims died at the scene.", "five", None),
            ("Roughly two-thirds of the 4,000 residents were evacuated.", "4,000", None),
            ("Some 300 of the plant's 1,200 workers will lose their jobs.", "Some 300", Some("job cuts")),
            ("Some 300 of the plant's 1,200 workers will lose their jobs.", "1,200", None),
            // The whole's own noun is its measure; the verb is the part's.
            ("Most of the 300 passengers were rescued.", "300", Some("passengers")),
            // All of them: the whole is the count.
            ("All of the 150 people aboard were killed.", "150", Some("deaths")),
            // Said to be among the whole: the whole keeps its words.
            ("Swasey was one of three people killed Friday.", "three", Some("deaths")),
            // A word right after the whole is the whole's.
            ("Five of the six hospitalized victims are stable.", "Five", None),
            ("Five of the six hospitalized victims are stable.", "six", Some("hospitalized")),
            // The measure's own noun after the whole is what the part counts.
            ("The party won 142 of the 300 seats in parliament.", "142", Some("seats")),
            ("The party won 142 of the 300 seats in parliament.", "300", None),
        ]);
    }

    #[test]
    fn a_change_named_by_a_noun_a_load_and_a_fire_held() {
        assert_measures(&[
            ("Northwind reported a 21 percent jump in quarterly profit.", "21 percent", Some("profit")),
            ("Sales showed a 3% drop in annual revenue.", "3%", Some("revenue")),
            // No measure's noun after "in": the change names none.
            ("Police saw a 5% rise in the number of calls.", "5%", Some("percentage")),
            ("A passenger plane carrying 132 people crashed.", "132", Some("on board")),
            ("The Ridge Fire was 15% contained on Sunday.", "15%", Some("containment")),
            ("Some 1.4 million customers lost power.", "Some 1.4 million", Some("without power")),
        ]);
    }

    #[test]
    fn jobs_power_and_prices() {
        assert_measures(&[
            ("The company cut 1,500 jobs, or about 8% of its workforce.", "1,500", Some("job cuts")),
            ("The company said it would lay off 2,000 workers.", "2,000", Some("job cuts")),
            ("The storm left 1.2 million homes without power.", "1.2 million", Some("without power")),
            ("Inflation eased to 3.1% in January.", "3.1%", Some("inflation")),
            ("Annual inflation rose to 8.5 percent in March.", "8.5 percent", Some("inflation")),
            ("The unemployment rate fell to 3.5%.", "3.5%", Some("unemployment rate")),
            // A count of games is no job cut.
            ("The team has 5 games to go.", "5", None),
        ]);
    }

    #[test]
    fn a_toll_may_count_the_gunman() {
        let rules = Rules::builtin().unwrap();
        let perpetrators = |text: &str| {
            let doc = Document::from_text("t", text);
            crate::analyze(&doc, &rules).facts.iter().map(|f| f.subject.perpetrators).collect::<Vec<_>>()
        };
        assert_eq!(perpetrators("Thirteen people, including the gunman, died."), [1]);
        assert_eq!(perpetrators("Six people were killed, including the suspect, and four were injured."), [1, 0]);
        assert_eq!(perpetrators("Nine died, including the two attackers."), [2, 0]);
        assert_eq!(perpetrators("Twelve people, not including the gunman, died."), [0]);
        assert_eq!(perpetrators("Five people died, including two children."), [0, 0]);
    }

    #[test]
    fn seats_majorities_and_the_level_a_change_reached() {
        assert_measures(&[
            ("The Conservatives won 365 seats.", "365", Some("seats")),
            ("It gave them a majority of 80.", "80", Some("majority")),
            ("The Category 5 hurricane made landfall.", "5", Some("storm category")),
            // The change and the level it reached both belong to revenue.
            ("The company's revenue rose 12% to $8.1 billion.", "$8.1 billion", Some("revenue")),
            ("Revenue fell by $1.2 billion to $8.1 billion.", "$8.1 billion", Some("revenue")),
            // No change before "to": a plain figure.
            ("He gave $5 to charity.", "$5", Some("money")),
        ]);
    }

    #[test]
    fn another_toll_is_a_remainder() {
        let rules = Rules::builtin().unwrap();
        let doc =
            Document::from_text("t", "Five people died in the village. Another two people were killed in the town.");
        let facts = crate::analyze(&doc, &rules).facts;
        let marks: Vec<bool> = facts.iter().map(|f| f.subject.is(Mark::Remainder)).collect();
        assert_eq!(marks, [false, true]);
    }

    #[test]
    fn a_length_of_time_counts_no_noun() {
        let rules = Rules::builtin().unwrap();
        let doc =
            Document::from_text("t", "Officers shot him about 20 minutes after the first call. He fired 60 rounds.");
        let facts = crate::analyze(&doc, &rules).facts;
        let counted: Vec<_> = facts.iter().map(|f| f.subject.counted().map(str::to_string)).collect();
        assert_eq!(counted, [None, Some("round".to_string())]);
    }

    #[test]
    fn who_was_on_board_and_who_died_there() {
        assert_measures(&[
            ("The plane was carrying 132 passengers and nine crew members.", "132", Some("passengers")),
            ("The plane was carrying 132 passengers and nine crew members.", "nine", Some("crew")),
            ("There were 141 people aboard the flight.", "141", Some("on board")),
            ("The ferry had 476 passengers and crew aboard.", "476", Some("on board")),
            ("All 150 people on board were killed.", "150", Some("deaths")),
        ]);
    }

    /// Each (sentence, figure, measure): the figure's measure.
    fn assert_measures(cases: &[(&str, &str, Option<&str>)]) {
        for (text, figure, measure) in cases {
            assert_eq!(measure_of(text, figure).as_deref(), *measure, "{text}");
        }
    }

    #[test]
    fn an_age_follows_a_name_or_a_noun_for_one_person() {
        let cases = [
            ("Kwame Osei, 58, said the bridge shook.", "58", Some("age")),
            ("The suspect, 34, was arrested on Friday.", "34", Some("age")),
            ("Police said a woman, 38, was hurt.", "38", Some("age")),
            ("Three people, 12, 14 and 15, were hurt.", "12", None),
            ("He shot the man 20 times, police said.", "20", None),
            ("The victims, 12, were taken to hospital.", "12", None),
        ];
        assert_measures(&cases);
    }

    #[test]
    fn a_toll_follows_a_finite_verb_and_an_intent_is_none() {
        let cases = [
            ("The gunman fatally shot three people at the mall.", "three", Some("deaths")),
            ("He murdered two guards before fleeing.", "two", Some("deaths")),
            ("The blast hurt 12 people, police said.", "12", Some("injuries")),
            ("The shooter planned to kill hundreds, police said.", "hundreds", None),
            ("He hoped to kill 20 people that day.", "20", None),
            ("A soldier was killed 5 km from the border.", "5 km", Some("distance")),
            ("At least 129 people lost their lives.", "At least 129", Some("deaths")),
            ("Eight people were shot dead in the square.", "Eight", Some("deaths")),
            ("The death toll has risen to 129.", "129", Some("deaths")),
            ("This brings the death toll to 134.", "134", Some("deaths")),
            ("The number of people killed has risen to 135.", "135", Some("deaths")),
            ("Nine people suffered injuries in the blast.", "Nine", Some("injuries")),
            ("Two suspects were taken into custody.", "Two", Some("arrests")),
            ("Another 20 people are still missing.", "20", Some("missing")),
            ("Rescuers pulled 12 people alive from the rubble.", "12", None),
            ("Firefighters rescued 12 people from the building.", "12", Some("rescued")),
        ];
        assert_measures(&cases);
    }

    #[test]
    fn an_event_dated_weeks_before_the_article_is_background() {
        let text = "# date: 2013-07-02\n\nThe quake killed 24 people on Tuesday. On April 20, a 6.4-magnitude \
                    earthquake jolted Maluku. Last year, a quake rocked Sumatra. An 8.7-magnitude earthquake \
                    also hit off Banda Aceh in May 2012.";
        let facts = read(text);
        let background = |figure: &str| facts.iter().find(|(t, _, _)| t == figure).unwrap().2;
        assert!(!background("24"), "{facts:?}");
        assert!(background("6.4"), "{facts:?}");
        assert!(background("8.7"), "{facts:?}");
    }
}
