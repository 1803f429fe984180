//! Titles: the role an article gives a named person right before the name:
//! "national security advisor Susan Rice", "France's foreign minister
//! Laurent Fabius", "Vice President Joe Biden". The title must end in a head
//! word from rules/titles.toml; the name is two or more capitalised words.

use crate::rules::{Name, Rules};
use crate::span::Span;
use crate::words::{fold, is_capitalized, Token, TokenKind};

/// A person and the title an article gives them.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// Where the name is written: "Susan Rice".
    pub person: Span,
    /// Where the title is written: "national security advisor".
    pub title: Span,
    /// The head word in its one spelling: "advisor".
    pub head: Name,
    /// Words that change the role ("former", "deputy"), folded and sorted.
    pub ranks: Vec<String>,
    /// The title and the name.
    pub span: Span,
}

/// How many words before its head a title may run: "deputy national
/// security advisor".
const TITLE_WORDS: usize = 4;

/// Every titled name in one sentence.
pub fn titles(text: &str, tokens: &[Token], rules: &Rules) -> Vec<Title> {
    let mut out = Vec::new();
    let mut i = 1;
    while i < tokens.len() {
        let name_len = name_run(text, &tokens[i..], rules);
        if name_len < 2 {
            i += 1;
            continue;
        }
        if let Some(t) = title_before(text, tokens, i, i + name_len, rules) {
            out.push(t);
        }
        i += name_len;
    }
    out
}

/// How many capitalised words (initials and "Jr." included) open `tokens`.
fn name_run(text: &str, tokens: &[Token], rules: &Rules) -> usize {
    tokens
        .iter()
        .take_while(|t| {
            let w = t.text(text);
            t.kind == TokenKind::Word
                && is_capitalized(w)
                && rules.titles.head_of_token(text, t).is_none()
                && !rules.sources.not_names.contains(w)
        })
        .count()
}

/// The word of an abbreviated head right before the name at `tokens[start]`,
/// its period a token of its own: "Sgt" of "Police Sgt. Maria Lopez".
fn abbreviation_before(tokens: &[Token], start: usize) -> Option<usize> {
    let (period, word) = (&tokens[start.checked_sub(1)?], &tokens[start.checked_sub(2)?]);
    let glued = period.kind == TokenKind::Punct && period.start() == word.end() && period.end() == period.start() + 1;
    (glued && word.kind == TokenKind::Word).then_some(start - 2)
}

/// The title right before the name at `tokens[start..end]`, if its last word
/// is a head word.
fn title_before(text: &str, tokens: &[Token], start: usize, end: usize, rules: &Rules) -> Option<Title> {
    let t = &rules.titles;
    let head_at = abbreviation_before(tokens, start).unwrap_or(start - 1);
    let head_tok = &tokens[head_at];
    if head_tok.kind != TokenKind::Word {
        return None;
    }
    let head = t.head_of_token(text, head_tok)?.clone();
    let title_end = tokens[start - 1].end();
    // Walk back over the title's other words; a possessive ("France's") or
    // a function word ends it.
    let mut first = head_at;
    while first > 0 && start - first <= TITLE_WORDS {
        let prev = &tokens[first - 1];
        let w = prev.text(text);
        // "by", "the", "and" end it; "Police" in "Acting Police Chief" does not.
        let lower = w.starts_with(char::is_lowercase);
        let function =
            lower && rules.subjects.stopwords.contains(fold(w).as_str()) && !t.ranks.contains(fold(w).as_str());
        if prev.kind != TokenKind::Word || w.ends_with("'s") || w.ends_with("’s") || function {
            break;
        }
        first -= 1;
    }
    let mut ranks: Vec<String> = tokens[first..start]
        .iter()
        .map(|k| fold(k.text(text)))
        .filter(|w| t.ranks.contains(w.as_str()))
        .map(String::from)
        .collect();
    ranks.sort();
    ranks.dedup();
    Some(Title {
        person: Span::new(tokens[start].start(), tokens[end - 1].end()),
        title: Span::new(tokens[first].start(), title_end),
        head,
        ranks,
        span: Span::new(tokens[first].start(), tokens[end - 1].end()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::tokenize;

    fn read(s: &str) -> Vec<(String, String, String, Vec<String>)> {
        let rules = Rules::builtin().unwrap();
        let text = |span: Span| span.text(s).to_string();
        titles(s, &tokenize(s, 0), &rules)
            .into_iter()
            .map(|t| (text(t.person), text(t.title), t.head.to_string(), t.ranks))
            .collect()
    }

    #[test]
    fn titles_before_names() {
        let r = read("The men were joined by Obama's national security advisor Susan Rice and another man.");
        assert_eq!(r, [("Susan Rice".into(), "national security advisor".into(), "advisor".into(), vec![])]);
        let r = read("Obama and national security adviser Susan Rice sat down.");
        assert_eq!(r[0].2, "advisor", "one spelling");
        let r = read("France's foreign minister Laurent Fabius said so.");
        assert_eq!(r[0].1, "foreign minister");
        let r = read("He met former Vice President Joe Biden.");
        assert_eq!((r[0].2.as_str(), r[0].3.clone()), ("president", vec!["former".to_string(), "vice".to_string()]));
    }

    #[test]
    fn an_abbreviated_rank_is_its_head() {
        let r = read("Police Sgt. Maria Lopez said the suspect fled.");
        assert_eq!(r, [("Maria Lopez".into(), "Police Sgt.".into(), "sergeant".into(), vec![])]);
        let r = read("Lt. Col. Steve Warren spoke.");
        assert_eq!(r[0].2, "colonel");
        // A sentence's period is no abbreviation: "... Chief. Maria Lopez".
        assert!(read("He met the chief . Maria Lopez left.").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_titles_inside_it(text in "(Acting |former |[A-Z][a-z]{0,6} |minister |advisor |\\PC){0,16}") {
            let rules = Rules::builtin().unwrap();
            for t in titles(&text, &tokenize(&text, 0), &rules) {
                proptest::prop_assert!(t.span.end() <= text.len());
                proptest::prop_assert!(text[t.span.start()..t.span.end()].ends_with(t.person.text(&text)));
            }
        }
    }

    #[test]
    fn no_title_no_fact() {
        assert!(read("Barack Obama and Vladimir Putin met.").is_empty());
        assert!(read("The president met Putin.").is_empty(), "one capitalised word is not a name here");
    }
}
