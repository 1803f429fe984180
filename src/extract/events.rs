//! Events given a day by the words around their noun, with no figure needed:
//! "the shooting happened on Saturday", "Saturday's shooting", "the Sunday
//! attack". The nouns and verbs are rules/dates.toml's `event_nouns` and
//! `event_verbs`; the days are the sentence's [`DateMention`]s.

use super::dates::DateMention;
use super::name_word;
use crate::rules::Rules;
use crate::span::Span;
use crate::words::{next_word, Token, TokenKind};

/// An event noun and the day its sentence gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDay {
    /// The noun as written: "shooting".
    pub noun: Span,
    /// The noun folded, singular and grouped by [subjects] same_words
    /// ("quake" may stand for "earthquake"): what two articles compare.
    pub head: String,
    pub date: DateMention,
    /// The sentence's capitalised words other than its days and the noun,
    /// folded, sorted: two articles' mentions are one event only when they
    /// share one ("at the Riverside Mall"), as a week may hold two
    /// shootings.
    pub names: Vec<String>,
}

/// How many tokens after its verb an event's day may come: "happened
/// shortly after 10 p.m. on Saturday".
const DAY_REACH: usize = 8;

/// The events of one sentence (`tokens`) given a day by `dates`, the
/// sentence's day mentions.
pub fn events(text: &str, tokens: &[Token], dates: &[DateMention], rules: &Rules) -> Vec<EventDay> {
    // Most sentences name no day, and give no event one.
    if dates.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<EventDay> = dates.iter().filter_map(|d| noun_after_day(text, d, rules)).collect();
    let names = |noun: Span| sentence_names(text, tokens, dates, noun, rules);
    for (k, t) in tokens.iter().enumerate() {
        let Some(head) = event_head(&text[t.start()..], t, rules) else { continue };
        let Some(after_verb) = verb_after(text, tokens, k + 1, rules) else { continue };
        let reach = tokens.get(after_verb + DAY_REACH).map_or(usize::MAX, Token::start);
        let day = dates.iter().find(|d| d.event && d.span.start() >= t.end() && d.span.start() < reach);
        if let Some(d) = day.filter(|d| !out.iter().any(|e| e.date.span == d.span)) {
            let noun = Span::new(t.start(), t.end());
            out.push(EventDay { noun, head, date: *d, names: Vec::new() });
        }
    }
    for e in &mut out {
        e.names = names(e.noun);
    }
    out
}

/// The sentence's [`name_word`]s that are no days, no live blog's update
/// word and not `noun`, without a possessive's "'s": sorted, each once.
fn sentence_names(text: &str, tokens: &[Token], dates: &[DateMention], noun: Span, rules: &Rules) -> Vec<String> {
    let in_a_day = |t: &Token| dates.iter().any(|d| d.span.start() <= t.start() && t.end() <= d.span.end());
    let mut names: Vec<String> = tokens
        .iter()
        .filter(|t| t.start() != noun.start() && !in_a_day(t) && !rules.dates.update_words.contains_token(text, t))
        .filter_map(|t| name_word(text, t, rules))
        .map(|mut n| {
            if n.ends_with("'s") {
                n.truncate(n.len() - 2);
            }
            n
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// "Saturday's shooting", "the Sunday attack", "the Nov. 13 attacks": an
/// event noun right after the day, which then is the event's whatever else
/// the sentence says.
fn noun_after_day(text: &str, d: &DateMention, rules: &Rules) -> Option<EventDay> {
    let after = &text[d.span.end()..];
    let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).unwrap_or(after);
    let (s, e) = next_word(after)?;
    // A line break or punctuation between them: a dateline, a list.
    if !after[..s].chars().all(|c| c == ' ') {
        return None;
    }
    let start = text.len() - after.len() + s;
    let m = rules.dates.event_nouns.match_at(&after[s..]).filter(|m| m.len == e - s)?;
    let head = grouped(&rules.dates.event_heads[m.value], rules);
    Some(EventDay { noun: Span::new(start, start + (e - s)), head, date: *d, names: Vec::new() })
}

/// The event noun token `t` is ("shootings" is "shooting"), grouped;
/// `text` starts at the token. Asked of every token: by its id first.
fn event_head(text: &str, t: &Token, rules: &Rules) -> Option<String> {
    let m = rules.dates.event_nouns.match_token(text, t).filter(|m| m.len == t.end() - t.start())?;
    Some(grouped(&rules.dates.event_heads[m.value], rules))
}

/// A noun as its [subjects] same_words group's first word.
fn grouped(noun: &str, rules: &Rules) -> String {
    rules.subjects.same_as.get(noun).cloned().unwrap_or_else(|| noun.to_string())
}

/// The token after an event verb that follows `tokens[k]` at once ("took
/// place", "was held"), if one does.
fn verb_after(text: &str, tokens: &[Token], k: usize, rules: &Rules) -> Option<usize> {
    let t = tokens.get(k).filter(|t| t.kind == TokenKind::Word)?;
    let m = rules.dates.event_verbs.match_token(&text[t.start()..], t)?;
    let end = t.start() + m.len;
    Some(tokens[k..].iter().position(|t| t.start() >= end).map_or(tokens.len(), |n| k + n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads(text: &str) -> Vec<(String, String)> {
        let rules = Rules::builtin().unwrap();
        let tokens = crate::words::tokenize(text, 0);
        let dates = super::super::dates::dates(text, &tokens, text.len(), 0, &rules);
        let events = events(text, &tokens, &dates, &rules);
        events.iter().map(|e| (e.head.clone(), text[e.date.span.start()..e.date.span.end()].to_string())).collect()
    }

    #[test]
    fn a_verb_or_a_possessive_gives_an_event_its_day() {
        assert_eq!(heads("The shooting happened on Saturday near the mall."), [("shooting".into(), "Saturday".into())]);
        assert_eq!(
            heads("Police said Saturday's shootings left the town shaken."),
            [("shooting".into(), "Saturday".into())]
        );
        assert_eq!(heads("A vigil was held Thursday evening."), [("vigil".into(), "Thursday".into())]);
        assert_eq!(heads("The fire broke out shortly after 2 a.m. on Sunday."), [("fire".into(), "Sunday".into())]);
    }

    #[test]
    fn an_event_keeps_its_sentence_s_names_but_not_its_days() {
        let rules = Rules::builtin().unwrap();
        let text = "UPDATE: The shooting happened on Saturday, Nov. 28 at the Riverside Mall, Police said.";
        let tokens = crate::words::tokenize(text, 0);
        let dates = super::super::dates::dates(text, &tokens, text.len(), 0, &rules);
        let found = events(text, &tokens, &dates, &rules);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].names, ["mall", "riverside"]);
    }

    #[test]
    fn a_day_of_a_statement_or_a_day_after_since_is_not_the_event_s() {
        assert!(heads("Police said Sunday that the shooting was random.").is_empty());
        assert!(heads("The shooting happened since Friday.").is_empty());
        assert!(heads("The shooting was the third since Friday.").is_empty());
        assert!(heads("The shooting suspect appeared in court on Monday.").is_empty());
    }
}
