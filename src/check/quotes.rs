//! Quotes across articles: the same words given to different speakers
//! (CC201), and the same speaker quoted with different words (CC202, with a
//! word diff from `similar`). A quote that is part of a fuller one agrees.

use std::collections::{HashMap, HashSet};

use similar::{ChangeTag, TextDiff};

use super::{enabled, finding, Evidence, Finding};
use crate::extract::attribution::{Claim, ClaimKind};
use crate::load::Document;
use crate::rules::Rules;
use crate::words::fold;
use crate::Analysis;

/// Quotes whose words match at least this share (in order) are one quote.
const SAME_QUOTE: f32 = 0.6;

/// A direct quote with its speaker and its words for comparison.
struct Quoted<'a> {
    doc: usize,
    claim: &'a Claim,
    speaker: &'a str,
    /// Lower-case words without punctuation, joined by spaces.
    words: String,
}

/// The words of a quote for comparison: case, quote marks and punctuation
/// removed.
fn normalise(text: &str) -> String {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Is this the same speaker? Canonical names, or the same surname.
fn same_speaker(a: &str, b: &str) -> bool {
    let last = |s: &str| s.split_whitespace().last().map(fold);
    fold(a) == fold(b) || (last(a).is_some() && last(a) == last(b) && a.chars().next().is_some_and(char::is_uppercase))
}

/// Direct quotes of four words or more, one per (words, speaker): the same
/// quote repeated by many articles is checked once.
fn quotes<'a>(docs: &'a [Document], analyses: &'a [Analysis]) -> Vec<Quoted<'a>> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (doc, a) in analyses.iter().enumerate() {
        for c in a.extraction.claims.iter().filter(|c| c.kind == ClaimKind::Direct) {
            let words = normalise(docs[doc].slice(c.content));
            if words.split(' ').count() >= 4 && seen.insert((words.clone(), fold(&c.canonical_source))) {
                out.push(Quoted { doc, claim: c, speaker: &c.canonical_source, words });
            }
        }
    }
    out
}

/// Trigrams shared by more quotes than this say nothing ("one of the").
const COMMON_TRIGRAM: usize = 64;

/// Pairs of quotes (i < j) that share a word trigram: the only ones that can
/// be the same quote. Cost grows with candidate pairs, not all pairs.
fn candidate_pairs(all: &[Quoted]) -> Vec<(usize, usize)> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, q) in all.iter().enumerate() {
        let words: Vec<&str> = q.words.split(' ').collect();
        let mut grams: Vec<String> = words.windows(3).map(|w| w.join(" ")).collect();
        grams.sort();
        grams.dedup();
        for g in grams {
            index.entry(g).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = index
        .values()
        .filter(|list| list.len() <= COMMON_TRIGRAM)
        .flat_map(|list| list.iter().enumerate().flat_map(move |(k, &i)| list[k + 1..].iter().map(move |&j| (i, j))))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// How the second quote's words differ from the first's:
/// "[-removed-] {+added+}", equal runs shortened.
pub fn word_diff(a: &str, b: &str) -> String {
    let diff = TextDiff::from_words(a, b);
    let mut out = String::new();
    let mut previous = ChangeTag::Equal;
    for change in diff.iter_all_changes() {
        let w = change.value();
        if previous == ChangeTag::Delete && change.tag() == ChangeTag::Insert {
            out.push(' ');
        }
        match change.tag() {
            ChangeTag::Equal => out.push_str(w),
            ChangeTag::Delete => out.push_str(&format!("[-{}-]", w.trim())),
            ChangeTag::Insert => out.push_str(&format!("{{+{}+}}", w.trim())),
        }
        if change.tag() != ChangeTag::Equal && w.ends_with(' ') {
            out.push(' ');
        }
        previous = change.tag();
    }
    out
}

/// Check every pair of quotes from different documents.
pub fn check(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let all = quotes(docs, analyses);
    let mut out = Vec::new();
    for (i, j) in candidate_pairs(&all) {
        let (a, b) = (&all[i], &all[j]);
        if a.doc == b.doc {
            continue;
        }
        {
            let part = a.words.contains(&b.words) || b.words.contains(&a.words);
            let ratio = TextDiff::from_words(&a.words, &b.words).ratio();
            if !part && ratio < SAME_QUOTE {
                continue;
            }
            let evidence = |q: &Quoted, label: String| Evidence { doc: q.doc, span: q.claim.content, label };
            if !same_speaker(a.speaker, b.speaker) {
                let Some(check) = enabled(rules, "CC201") else { continue };
                let values = [
                    ("a_speaker", a.speaker.to_string()),
                    ("b_speaker", b.speaker.to_string()),
                    ("a_doc", docs[a.doc].path.clone()),
                    ("b_doc", docs[b.doc].path.clone()),
                ];
                let ev = vec![
                    evidence(a, format!("credited to {}", a.speaker)),
                    evidence(b, format!("credited to {}", b.speaker)),
                ];
                out.push(finding(check, &values, ev));
            } else if !part {
                let Some(check) = enabled(rules, "CC202") else { continue };
                let diff = word_diff(&a.words, &b.words);
                let values = [
                    ("speaker", a.speaker.to_string()),
                    ("a_doc", docs[a.doc].path.clone()),
                    ("b_doc", docs[b.doc].path.clone()),
                    ("diff", diff.clone()),
                ];
                let ev = vec![
                    evidence(a, format!("{} as quoted here", a.speaker)),
                    evidence(b, format!("and here: {diff}")),
                ];
                out.push(finding(check, &values, ev));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_drops_case_marks_and_punctuation() {
        assert_eq!(normalise("“We are mulling, over what!”"), "we are mulling over what");
    }

    #[test]
    fn diff_marks_removed_and_added_words() {
        assert_eq!(
            word_diff("an attack on the civilized world", "an assault on the civilized world"),
            "an [-attack-] {+assault+} on the civilized world"
        );
    }

    #[test]
    fn speakers_match_by_surname() {
        assert!(same_speaker("President Obama", "Obama"));
        assert!(!same_speaker("Obama", "Putin"));
    }
}
