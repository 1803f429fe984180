//! Places: two articles give an event's figure the same value but put it at
//! different named places of one kind ("49 people were killed at the Pulse
//! nightclub" / "at the Parliament nightclub": CC403). Figures at two places
//! are otherwise kept apart as two incidents; when they agree to the digit
//! and about the same thing, one of the places is likely wrong.

use std::collections::BTreeMap;

use super::figures::{comparable_but_for_place, measure_rule, other_places};
use super::{beside_figure, enabled, Beside, Finding};
use crate::facts::subject::Place;
use crate::facts::Fact;
use crate::load::Document;
use crate::rules::{Check, Rules};
use crate::Analysis;

/// Figures kept per measure, place kind, value and place name.
const PER_NAME: usize = 8;

/// An event figure whose sentence names a place: (document, fact, place).
type Placed<'a> = (usize, &'a Fact, &'a Place);

/// Event figures with a named place, by measure, place kind and value (to
/// the digit), then by the place's name.
type Index<'a> = BTreeMap<(&'a str, &'a str, u64), BTreeMap<&'a str, Vec<Placed<'a>>>>;

fn index<'a>(analyses: &'a [Analysis], rules: &Rules) -> Index<'a> {
    let mut out: Index = BTreeMap::new();
    for (doc, a) in analyses.iter().enumerate() {
        for f in &a.facts {
            let Some(measure) = f.measure.as_deref().filter(|m| measure_rule(rules, m).0) else { continue };
            for p in f.subject.places() {
                let names = out.entry((measure, &*p.noun, f.nominal().to_bits())).or_default();
                let list = names.entry(&*p.name).or_default();
                if list.len() < PER_NAME && list.last().is_none_or(|(d, g, _)| *d != doc || !std::ptr::eq(*g, f)) {
                    list.push((doc, f, p));
                }
            }
        }
    }
    out
}

/// CC403: the same event figure, about the same thing, at two places.
pub fn check(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let Some(check) = enabled(rules, "CC403") else { return Vec::new() };
    let mut out = Vec::new();
    for ((measure, _, _), names) in index(analyses, rules) {
        let names: Vec<&Vec<Placed>> = names.values().collect();
        for (i, left) in names.iter().enumerate() {
            for right in &names[i + 1..] {
                let pair = left.iter().flat_map(|a| right.iter().map(move |b| (a, b))).find(|(a, b)| {
                    a.0 != b.0
                        && !a.2.alike(b.2)
                        && other_places(&a.1.subject, &b.1.subject).is_some()
                        && comparable_but_for_place(a.1, b.1, true, rules)
                });
                if let Some((a, b)) = pair {
                    out.push(place_finding(check, docs, measure, a, b));
                }
            }
        }
    }
    out
}

/// The finding, the earlier document's place first.
fn place_finding(check: &Check, docs: &[Document], measure: &str, a: &Placed, b: &Placed) -> Finding {
    let (a, b) = if a.0 <= b.0 { (a, b) } else { (b, a) };
    let side = |&(doc, fact, place): &Placed| Beside {
        doc,
        figure: fact.span,
        words: place.span,
        label: format!("place: {}", place.name),
    };
    beside_figure(check, docs, measure, ("place", "places"), [side(a), side(b)], &[])
}
