//! Titles across articles: one person given the same role at different ranks
//! ("acting chief" / "chief", "deputy director" / "director", "Sgt." /
//! "Lt.", two grades of one ladder: CC301), or
//! roles with different head words ("advisor" / "ambassador": CC302, a note,
//! since one person may hold two roles). Spellings agree ("advisor" /
//! "adviser"); descriptive words ("national", "U.S.") do not count.

use std::collections::BTreeMap;

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
    (t.head.to_string(), t.ranks.clone())
}

/// Where each role a person is given appears: role -> (document, title)s.
type Roles<'a> = BTreeMap<(String, Vec<String>), Vec<(usize, &'a Title)>>;

/// Check every person titled in two or more articles. Roles are compared,
/// not articles: a role repeated by a hundred articles is one role.
pub fn check(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let mut by_person: BTreeMap<String, Roles> = BTreeMap::new();
    for (doc, a) in analyses.iter().enumerate() {
        for t in &a.extraction.titles {
            let person = person_key(docs[doc].slice(t.person));
            let places = by_person.entry(person).or_default().entry(role(t)).or_default();
            if places.last().is_none_or(|(d, _)| *d != doc) {
                places.push((doc, t));
            }
        }
    }
    let mut out = Vec::new();
    for roles in by_person.values().filter(|r| r.len() > 1) {
        let roles: Vec<&Vec<(usize, &Title)>> = roles.values().collect();
        for (i, left) in roles.iter().enumerate() {
            for right in &roles[i + 1..] {
                // One place for each role, from two different articles.
                let Some((&(da, a), &(db, b))) =
                    left.iter().find_map(|l| right.iter().find(|r| r.0 != l.0).map(|r| (l, r)))
                else {
                    continue;
                };
                // "Sgt." and "Lt.": one ladder, so a rank, not a second role.
                let graded = |t: &Title| rules.titles.grades.contains(&*t.head);
                let code = if a.head == b.head || (graded(a) && graded(b)) { "CC301" } else { "CC302" };
                let Some(check) = enabled(rules, code) else { continue };
                let (a_title, b_title) = (docs[da].slice(a.title), docs[db].slice(b.title));
                let values = [
                    ("person", docs[da].slice(a.person).to_string()),
                    ("a_title", a_title.to_string()),
                    ("b_title", b_title.to_string()),
                    ("a_doc", docs[da].path.clone()),
                    ("b_doc", docs[db].path.clone()),
                ];
                let evidence = vec![
                    Evidence { doc: da, span: a.span, label: format!("title: {a_title}") },
                    Evidence { doc: db, span: b.span, label: format!("title: {b_title}") },
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
