//! Titles across articles: one person given the same role at different ranks
//! ("acting chief" / "chief", "deputy director" / "director": CC301), or
//! roles with different head words ("advisor" / "ambassador": CC302, a note,
//! since one person may hold two roles). Spellings agree ("advisor" /
//! "adviser"); descriptive words ("national", "U.S.") do not count.

use std::collections::{HashMap, HashSet};

use super::{enabled, finding, Evidence, Finding};
use crate::extract::titles::Title;
use crate::load::Document;
use crate::rules::Rules;
use crate::words::fold;
use crate::Analysis;

/// A person's name as a key: folded, single-letter initials dropped, so
/// "Susan E. Rice" is "Susan Rice".
fn person_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.trim_end_matches('.').chars().count() > 1)
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The role a title gives, for comparison: its head and ranks.
fn role(t: &Title) -> (String, Vec<String>) {
    (t.head.clone(), t.ranks.clone())
}

/// Check every person titled in two or more articles.
pub fn check(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    // Person -> one title per (document, role): an article that repeats a
    // title is read once.
    let mut by_person: HashMap<String, Vec<(usize, &Title)>> = HashMap::new();
    let mut seen = HashSet::new();
    for (doc, a) in analyses.iter().enumerate() {
        for t in &a.extraction.titles {
            let key = person_key(&t.person);
            if seen.insert((key.clone(), doc, role(t))) {
                by_person.entry(key).or_default().push((doc, t));
            }
        }
    }
    let mut people: Vec<_> = by_person.into_iter().collect();
    people.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Vec::new();
    let mut reported = HashSet::new();
    for (_, titled) in &people {
        for (i, &(da, a)) in titled.iter().enumerate() {
            for &(db, b) in &titled[i + 1..] {
                if da == db || role(a) == role(b) || !reported.insert((da, role(a), db, role(b))) {
                    continue;
                }
                let code = if a.head == b.head { "CC301" } else { "CC302" };
                let Some(check) = enabled(rules, code) else { continue };
                let values = [
                    ("person", a.person.clone()),
                    ("a_title", a.title.clone()),
                    ("b_title", b.title.clone()),
                    ("a_doc", docs[da].path.clone()),
                    ("b_doc", docs[db].path.clone()),
                ];
                let evidence = vec![
                    Evidence { doc: da, span: a.span, label: format!("title: {}", a.title) },
                    Evidence { doc: db, span: b.span, label: format!("title: {}", b.title) },
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

    #[test]
    fn people_match_without_middle_initials() {
        assert_eq!(person_key("Susan E. Rice"), person_key("Susan Rice"));
        assert_ne!(person_key("Jesse Jackson Jr."), person_key("Jesse Jackson"));
    }
}
