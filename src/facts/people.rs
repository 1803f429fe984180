//! People within an article: a surname given alone ("Bowers, 48") stands for
//! the person the article names in full with it ("Robert Bowers"), so that
//! ages can be weighed against other articles' ("Robert Bowers, 46"). Only
//! the article's own names count: another article may name a relative in
//! full, and a surname two people of the article share ("Samir Zawahri",
//! "John Zawahri") stays alone.

use crate::rules::Rules;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::words::{fold, is_capitalized, with_folded, Token, TokenKind};

use super::Fact;

/// Give each figure's lone surname the one given name the article writes
/// before it.
pub fn link(text: &str, tokens: &[Vec<Token>], facts: &mut [Fact], rules: &Rules) {
    let lone = |f: &Fact| f.subject.names().len() == 1;
    let surnames: HashSet<&str> = facts.iter().filter(|f| lone(f)).map(|f| f.subject.names().as_str()).collect();
    if surnames.is_empty() {
        return;
    }
    let given = given_names(text, tokens, &surnames, rules);
    for f in facts.iter_mut().filter(|f| lone(f)) {
        if let Some(Some(g)) = given.get(f.subject.names().as_str()) {
            f.subject.add_name(&g.clone());
        }
    }
}

/// Each of `surnames` (folded) that the article writes capitalised with
/// a given name right before it, and that name: one pass over the text;
/// None when two given names precede it.
fn given_names(
    text: &str,
    tokens: &[Vec<Token>],
    surnames: &HashSet<&str>,
    rules: &Rules,
) -> HashMap<String, Option<String>> {
    let mut found: HashMap<String, Option<String>> = HashMap::default();
    for pair in tokens.iter().flat_map(|sentence| sentence.windows(2)) {
        let (before, name) = (&pair[0], &pair[1]);
        if name.kind != TokenKind::Word || !is_capitalized(name.text(text)) {
            continue;
        }
        if !with_folded(name.text(text), |n| surnames.contains(n)) {
            continue;
        }
        let Some(given) = given_name(text, before, rules) else { continue };
        found
            .entry(fold(name.text(text)).into())
            .and_modify(|g| {
                if g.as_ref().is_some_and(|g| *g != given) {
                    *g = None;
                }
            })
            .or_insert(Some(given));
    }
    found
}

/// A capitalised word that can be a given name: not a function word, a
/// title ("Officer", "Mayor") or an abbreviation ("Mr.", "Dr.").
fn given_name(text: &str, t: &Token, rules: &Rules) -> Option<String> {
    let w = t.text(text);
    if w.ends_with('.') || w.len() < 2 {
        return None;
    }
    let f = crate::extract::name_word(text, t, rules)?;
    let title = rules.titles.head_words.match_word_at(&f, f.len()).is_some() || rules.titles.ranks.contains(&f);
    let abbreviation = matches!(f.as_str(), "mr" | "mrs" | "ms" | "dr" | "miss");
    (!title && !abbreviation).then_some(f)
}

#[cfg(test)]
mod tests {
    use crate::load::Document;
    use crate::rules::Rules;

    fn names(text: &str) -> Vec<Vec<String>> {
        let rules = Rules::builtin().unwrap();
        crate::analyze(&Document::from_text("t", text), &rules)
            .facts
            .iter()
            .map(|f| f.subject.names().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn a_lone_surname_takes_the_articles_given_name() {
        let n = names("Police named the suspect as Robert Bowers. Bowers, 48, was taken into custody.");
        assert_eq!(n[0], ["bowers", "robert"]);
    }

    #[test]
    fn a_surname_two_people_share_stays_alone() {
        let n = names("John Zawahri killed his father, Samir Zawahri. Zawahri, 23, was shot by police.");
        assert_eq!(n[0], ["zawahri"]);
        // A title is no given name.
        let n = names("Mayor Bill Peduto spoke. Officer Smith said so. Smith, 40, was hurt.");
        assert_eq!(n[0], ["smith"]);
    }
}
