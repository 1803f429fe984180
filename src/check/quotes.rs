//! Quotes and statements across articles: the same words given to
//! different speakers (CC201), the same speaker quoted with different words
//! (CC202, with a word diff from `similar`), and the same reported statement
//! credited to different named sources (CC203). A quote that is part of a
//! fuller one agrees; told to two named outlets, it is noted (CC204).

use std::collections::{HashMap, HashSet};

use super::{enabled, finding, Evidence, Finding};
use crate::extract::attribution::{Claim, ClaimKind};
use crate::extract::numeral::whole_number_word;
use crate::load::Document;
use crate::rules::{QuoteRules, Rules};
use crate::span::Span;
use crate::words::{fold, with_folded};
use crate::Analysis;

/// Quotes whose words match at least this share (in order) are one quote.
const SAME_QUOTE: f32 = 0.6;

/// A direct quote with its speaker and its words for comparison.
struct Quoted<'a> {
    doc: usize,
    /// The words compared: a claim's content, or a quotation inside it.
    span: Span,
    speaker: &'a str,
    /// Lower-case words without punctuation, joined by spaces.
    words: String,
    /// Everyone the article credits along the chain: the speaker, whoever
    /// reported them ("Reuters reported that ..."), whoever they reported.
    chain: Vec<&'a str>,
    /// The outlet the speaker spoke to, when a name: "BBC" in "told the
    /// BBC" (an outlet's one name, from rules/sources.toml).
    channel: Option<String>,
}

/// Reported statements this alike (words in order) are one statement.
const SAME_STATEMENT: f32 = 0.8;
/// Shorter reported statements are too common to tell apart.
const STATEMENT_WORDS: usize = 8;

/// The words of a quote for comparison: case, quote marks and punctuation
/// removed, and each word in one house style ([quotes] spelling: the
/// Guardian's "organisation" is the AP's "organization").
/// An ellipsis, where a quote leaves words out, is kept as this word.
const ELIDED: &str = "…";

fn normalise(text: &str, quotes: &QuoteRules) -> String {
    quote_words(text, Some(quotes))
}

/// The words of a quote as [`normalise`] reads them, in one house style
/// when `style` is given, else each as the quote spells it (folded): word
/// for word, the same list.
fn quote_words(text: &str, style: Option<&QuoteRules>) -> String {
    let mut words = String::with_capacity(text.len());
    let mut push = |w: &str| {
        if !words.is_empty() {
            words.push(' ');
        }
        match style {
            _ if w == ELIDED => words.push_str(ELIDED),
            Some(quotes) => with_folded(w, |f| quotes.push_spelled(&mut words, f)),
            None => with_folded(w, |f| words.push_str(f)),
        }
    };
    // Most quotes elide nothing: no copy of their text.
    let text: std::borrow::Cow<str> =
        if text.contains("...") { text.replace("...", ELIDED).into() } else { text.into() };
    let word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '…';
    let chunks = text.split(|c: char| !word_char(c) && c != '-').filter(|w| !w.is_empty());
    for w in chunks.flat_map(hyphen_parts) {
        // "lost…quickly": each elision is a word of its own.
        for (i, part) in w.split('…').enumerate() {
            if i > 0 {
                push(ELIDED);
            }
            if !part.is_empty() {
                push(part);
            }
        }
    }
    words
}

/// The words of a chunk of a quote between spaces and marks: its parts
/// between hyphens, but a number in words ("twenty-one") stays one word,
/// whatever the style, so that a house style may read it as its digits
/// and the styled and written lists still match word for word.
fn hyphen_parts(chunk: &str) -> impl Iterator<Item = &str> {
    let number = chunk.contains('-') && with_folded(chunk, whole_number_word).is_some();
    let parts = chunk.split('-').filter(move |w| !number && !w.is_empty());
    std::iter::once(chunk).filter(move |_| number).chain(parts)
}

/// Does the quote `short`, which leaves words out ("every home that was
/// lost ... quickly"), hold only words of `full`, each run in its order?
/// Such a quote is a part of the other, not a misquote.
fn elided_from(short: &str, full: &str) -> bool {
    if !short.contains(ELIDED) {
        return false;
    }
    let full = format!(" {full} ");
    let mut from = 0;
    for run in short.split(ELIDED).map(str::trim).filter(|r| !r.is_empty()) {
        match full[from..].find(&format!(" {run} ")) {
            Some(at) => from += at + run.len() + 1,
            None => return false,
        }
    }
    true
}

/// Call `visit` with each claim for which `pick` gives a span (its content,
/// or a part of it), its document, its index, the span and its words
/// [`normalise`]d, in document order. A window of documents
/// is normalised in parallel at a time, so only a window's words are held;
/// a document whose claims alone pass the window's budget (unclosed quotes
/// running to the end of a huge file) is read a claim at a time.
fn for_each_normalised<'a>(
    docs: &[Document],
    analyses: &'a [Analysis],
    quotes: &QuoteRules,
    pick: impl Fn(&Document, &Claim) -> Option<Span> + Sync,
    mut visit: impl FnMut(usize, usize, &'a Claim, Span, String),
) {
    use rayon::prelude::*;
    const WINDOW: usize = 1024;
    const BUDGET: usize = 1 << 22;
    let pick = &pick;
    let kept = move |doc: usize| {
        let claims = analyses[doc].extraction.claims.iter().enumerate();
        claims.filter_map(move |(i, c)| pick(&docs[doc], c).map(|span| (i, c, span)))
    };
    let read =
        |doc: usize| kept(doc).map(move |(i, c, span)| (doc, i, c, span, normalise(docs[doc].slice(span), quotes)));
    // A string's own cost, its header and the allocator's, counts too.
    let bytes = |doc: usize| kept(doc).map(|(_, _, span)| span.len() + 64).sum::<usize>();
    let mut start = 0;
    while start < analyses.len() {
        let (mut end, mut held) = (start, 0);
        while end < analyses.len() && end - start < WINDOW {
            let more = bytes(end);
            if end > start && held + more > BUDGET {
                break;
            }
            held += more;
            end += 1;
        }
        if held > BUDGET {
            read(start).for_each(|(doc, i, c, span, words)| visit(doc, i, c, span, words));
        } else {
            let per_doc: Vec<Vec<_>> = (start..end).into_par_iter().map(|doc| read(doc).collect()).collect();
            per_doc.into_iter().flatten().for_each(|(doc, i, c, span, words)| visit(doc, i, c, span, words));
        }
        start = end;
    }
}

/// Is this the same speaker? Canonical names, the same surname, or a name
/// and its acronym ("US Geological Survey" and "USGS"). A surname is a
/// capitalised last word that names no body: "union general secretary
/// Shaye Candish" is "Shaye Candish", but "the deputy minister" is not "the
/// minister", nor "the Interior Ministry" "the Defence Ministry".
fn same_speaker(a: &str, b: &str, rules: &Rules) -> bool {
    let last = |s: &str| s.split_whitespace().last().map(fold);
    let src = &rules.sources;
    let body = |w: &str| src.organisation_words.contains_word(w) || src.nouns.contains_word(w);
    let named = |s: &str| s.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase) && !body(w));
    fold(a) == fold(b)
        || (last(a).is_some() && last(a) == last(b) && named(a) && named(b))
        || is_acronym_of(a, b)
        || is_acronym_of(b, a)
}

/// "USGS" for "US Geological Survey", "AFP" for "Agence France-Presse": the
/// initials of the capitalised words (an all-capitals word kept whole).
fn is_acronym_of(short: &str, long: &str) -> bool {
    let caps = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    if !caps(short) || !long.contains(' ') && !long.contains('-') {
        return false;
    }
    let initials: String = long
        .split([' ', '-'])
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| if caps(w) { w.replace('.', "") } else { w.chars().take(1).collect() })
        .collect();
    initials.len() >= 2 && initials == short.replace('.', "")
}

/// Direct quotes of four words or more, one per (words, speaker): the same
/// quote repeated by many articles is checked once. A quotation inside a
/// reported statement ('said the plan was "doomed to fail"') is the
/// speaker's words too.
fn quotes<'a>(docs: &'a [Document], analyses: &'a [Analysis], rules: &Rules) -> Vec<Quoted<'a>> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let pick = |doc: &Document, c: &Claim| match c.kind {
        ClaimKind::Direct => Some(c.content),
        ClaimKind::Indirect => quotation_inside(doc, c.content, rules),
    };
    for_each_normalised(docs, analyses, &rules.quotes, pick, |doc, _, c, span, words| {
        let channel = named_channel(&docs[doc], c, rules);
        if words.split(' ').count() >= 4 && seen.insert((words.clone(), fold(&c.canonical_source), channel.clone())) {
            out.push(Quoted { doc, span, speaker: &c.canonical_source, words, chain: Vec::new(), channel });
        }
    });
    out
}

/// The named outlet a claim's speaker spoke to ("told the BBC": "BBC";
/// "told Sky News"), in its one name; none for "told reporters".
fn named_channel(doc: &Document, c: &Claim, rules: &Rules) -> Option<String> {
    use crate::extract::attribution::{outlet_name, strip_determiner};
    let bare = strip_determiner(doc.slice(c.channel?));
    if !bare.starts_with(char::is_uppercase) {
        return None;
    }
    Some(outlet_name(&bare, rules).unwrap_or(bare))
}

/// The longest quotation of four words or more inside a reported
/// statement, unless a cue or a voicing verb comes before it in the
/// statement: in 'said the gunman shouted "..."' and 'said the crowd
/// chanted "..."' the words are the gunman's and the crowd's.
fn quotation_inside(doc: &Document, content: Span, rules: &Rules) -> Option<Span> {
    let text = doc.slice(content);
    // Double marks only, not extract::quotes' `is_open_mark`: its single
    // marks are apostrophes too, and this pairs marks without a paragraph's
    // context ("the victims’ families ... ‘unacceptable’").
    let open = |c: char| matches!(c, '“' | '"' | '«');
    let close = |c: char| matches!(c, '”' | '"' | '»');
    let mut best: Option<Span> = None;
    let mut from = 0;
    while let Some(start) = text[from..].find(open).map(|p| from + p) {
        let inner = start + text[start..].chars().next().map_or(1, char::len_utf8);
        let Some(end) = text[inner..].find(close).map(|p| inner + p) else { break };
        let lead = &text[..start];
        let cue = |w: &str| rules.cues.verbs.contains_word(w) || rules.cues.voicing_verbs.contains_word(w);
        if lead.split(|c: char| !c.is_alphabetic()).any(cue) {
            break;
        }
        let words = text[inner..end].split_whitespace().count();
        if words >= 4 && best.is_none_or(|b| b.len() < end - inner) {
            best = Some(Span::new(content.start() + inner, content.start() + end));
        }
        from = end + text[end..].chars().next().map_or(1, char::len_utf8);
    }
    best
}

/// Reported (indirect) statements of eight words or more credited to a named
/// source, each with the chain of sources its article gives.
fn statements<'a>(docs: &'a [Document], analyses: &'a [Analysis], rules: &Rules) -> Vec<Quoted<'a>> {
    let mut out = Vec::new();
    // Wire copy repeats statements word for word: each (words, source) once.
    let mut seen = HashSet::new();
    // Named where it is said: "Reuters said", not "she said" (a pronoun's
    // antecedent is a guess, too weak to accuse).
    let named = |c: &Claim| {
        c.kind == ClaimKind::Indirect
            && c.canonical_source.starts_with(char::is_uppercase)
            && !rules.sources.pronouns.contains_word(c.source_text.trim())
    };
    let pick = |_: &Document, c: &Claim| named(c).then_some(c.content);
    for_each_normalised(docs, analyses, &rules.quotes, pick, |doc, i, c, span, words| {
        if words.split(' ').count() >= STATEMENT_WORDS && seen.insert((words.clone(), fold(&c.canonical_source))) {
            let claims = &analyses[doc].extraction.claims;
            out.push(Quoted { doc, span, speaker: &c.canonical_source, words, chain: chain(claims, i), channel: None });
        }
    });
    out
}

/// The sources credited along claim `i`'s chain: its own, its parents',
/// and those of the claims it holds.
fn chain(claims: &[Claim], i: usize) -> Vec<&str> {
    let mut names = vec![claims[i].canonical_source.as_ref()];
    let mut up = claims[i].parent.map(|p| p as usize);
    while let Some(p) = up.filter(|&p| names.len() < 16 && p < claims.len()) {
        names.push(&claims[p].canonical_source);
        up = claims[p].parent.map(|p| p as usize);
    }
    names.extend(claims.iter().filter(|c| c.parent == Some(i as u32)).map(|c| c.canonical_source.as_ref()));
    names
}

/// Trigrams shared by more quotes than this say nothing ("one of the").
const COMMON_TRIGRAM: usize = 64;

/// The word trigrams of a quote's words, by their hash (an archive's
/// statements make millions of them), each once.
fn trigrams(words: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let words: Vec<&str> = words.split(' ').collect();
    let mut grams: Vec<u64> = words
        .windows(3)
        .map(|w| {
            let mut h = rustc_hash::FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// Call `visit` with each pair of quotes (i < j), in order, that come from
/// different documents and share a word trigram: the only ones that can be
/// the same quote. Cost grows with candidate pairs, not all pairs, and one
/// quote's candidates are held at a time, not every pair: a file of
/// thousands of look-alike statements makes millions.
fn for_each_candidate_pair(all: &[Quoted], mut visit: impl FnMut(usize, usize)) {
    let grams: Vec<Vec<u64>> = all.iter().map(|q| trigrams(&q.words)).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, gs) in grams.iter().enumerate() {
        for &g in gs {
            index.entry(g).or_default().push(i);
        }
    }
    let mut partners = Vec::new();
    for (i, (q, gs)) in all.iter().zip(&grams).enumerate() {
        partners.clear();
        for g in gs {
            let list = &index[g];
            if list.len() <= COMMON_TRIGRAM {
                partners.extend(list.iter().copied().filter(|&j| j > i && all[j].doc != q.doc));
            }
        }
        partners.sort_unstable();
        partners.dedup();
        partners.iter().for_each(|&j| visit(i, j));
    }
}

/// How alike two word lists (single spaces between words, as `normalise`
/// writes them) are: twice the words they share in order over all their
/// words. Words only: `similar::TextDiff::from_words` counts the spaces between
/// them as tokens too, and two unrelated quotes of one length then share
/// half their tokens.
fn word_ratio(a: &str, b: &str) -> f32 {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b);
    similar::diff_ratio(&ops, a.len(), b.len())
}

/// An upper bound of [`word_ratio`]: twice the words shared in any order
/// over all the words. Pairs below the threshold by this bound need no diff.
fn ratio_bound(a: &str, b: &str) -> f32 {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    let mut total = 0usize;
    for w in a.split(' ') {
        *counts.entry(w).or_default() += 1;
        total += 1;
    }
    let mut shared = 0usize;
    for w in b.split(' ') {
        total += 1;
        if let Some(c) = counts.get_mut(w).filter(|c| **c > 0) {
            *c -= 1;
            shared += 1;
        }
    }
    2.0 * shared as f32 / total.max(1) as f32
}

/// How the second quote's words differ from the first's: "[-removed-]
/// {+added+}", a run of changed words in one bracket ("[-we will-]
/// {+we'll+}"). The checks show quotes as written ([`shown_diff`]).
#[cfg(test)]
fn word_diff(a: &str, b: &str) -> String {
    shown_diff((a, a), (b, b))
}

/// [`word_diff`] of two quotes' styled words (`.0`, as [`normalise`] writes
/// them), each word shown as its quote spells it (`.1`, the same words
/// unstyled): a house style decides what differs, but the report never
/// shows "sentense" for the "sentence" the writer wrote.
fn shown_diff(a: (&str, &str), b: (&str, &str)) -> String {
    use similar::DiffTag;
    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }
    let (styled_a, styled_b) = (words(a.0), words(b.0));
    // Word for word the same lists (see `quote_words`); were they not, the
    // styled words are shown.
    let shown_a = Some(words(a.1)).filter(|w| w.len() == styled_a.len()).unwrap_or_else(|| styled_a.clone());
    let shown_b = Some(words(b.1)).filter(|w| w.len() == styled_b.len()).unwrap_or_else(|| styled_b.clone());
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &styled_a, &styled_b);
    let parts = ops.iter().map(|op| {
        let (tag, old, new) = op.as_tag_tuple();
        let (old, new) = (shown_a[old].join(" "), shown_b[new].join(" "));
        match tag {
            DiffTag::Equal => old,
            DiffTag::Delete => format!("[-{old}-]"),
            DiffTag::Insert => format!("{{+{new}+}}"),
            DiffTag::Replace => format!("[-{old}-] {{+{new}+}}"),
        }
    });
    parts.collect::<Vec<_>>().join(" ")
}

/// Check every pair of quotes from different documents.
pub fn check(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let all = quotes(docs, analyses, rules);
    let mut out = Vec::new();
    for_each_candidate_pair(&all, |i, j| out.extend(compare_quotes(docs, &all[i], &all[j], rules)));
    out
}

/// CC201 when two quotes of the same words have different speakers, CC202
/// when the same speaker's quotes differ in words (a quote that is part of
/// the other agrees).
fn compare_quotes(docs: &[Document], a: &Quoted, b: &Quoted, rules: &Rules) -> Option<Finding> {
    let part = a.words.contains(&b.words)
        || b.words.contains(&a.words)
        || elided_from(&a.words, &b.words)
        || elided_from(&b.words, &a.words);
    if !part && (ratio_bound(&a.words, &b.words) < SAME_QUOTE || word_ratio(&a.words, &b.words) < SAME_QUOTE) {
        return None;
    }
    if !same_speaker(a.speaker, b.speaker, rules) {
        return Some(credited_apart(enabled(rules, "CC201")?, docs, a, b));
    }
    if part {
        return told_apart(docs, a, b, rules);
    }
    let check = enabled(rules, "CC202")?;
    let shown = |q: &Quoted| quote_words(docs[q.doc].slice(q.span), None);
    let diff = shown_diff((&a.words, &shown(a)), (&b.words, &shown(b)));
    let values = [
        ("speaker", a.speaker.to_string()),
        ("a_doc", docs[a.doc].path.clone()),
        ("b_doc", docs[b.doc].path.clone()),
        ("diff", diff.clone()),
    ];
    let evidence = |q: &Quoted, label: String| Evidence { doc: q.doc, span: q.span, label };
    let ev = vec![evidence(a, format!("{} as quoted here", a.speaker)), evidence(b, format!("and here: {diff}"))];
    Some(finding(check, &values, ev))
}

/// The same reported statement credited to sources that share nothing along
/// their chains: "X said that ..." in one article, "Y said that ..." in the
/// other (CC203). "Reuters reported that X said ..." credits X too.
pub fn check_statements(docs: &[Document], analyses: &[Analysis], rules: &Rules) -> Vec<Finding> {
    let Some(check) = enabled(rules, "CC203") else { return Vec::new() };
    let all = statements(docs, analyses, rules);
    let mut out = Vec::new();
    for_each_candidate_pair(&all, |i, j| {
        let (a, b) = (&all[i], &all[j]);
        let shared_speaker = a.chain.iter().any(|x| b.chain.iter().any(|y| same_speaker(x, y, rules)));
        if !shared_speaker
            && ratio_bound(&a.words, &b.words) >= SAME_STATEMENT
            && word_ratio(&a.words, &b.words) >= SAME_STATEMENT
        {
            out.push(credited_apart(check, docs, a, b));
        }
    });
    out
}

/// CC204 when one speaker's same words were told to two named outlets:
/// "Smith told the BBC" in one article, "Smith told Sky News" in the other.
fn told_apart(docs: &[Document], a: &Quoted, b: &Quoted, rules: &Rules) -> Option<Finding> {
    let (Some(ca), Some(cb)) = (&a.channel, &b.channel) else { return None };
    if fold(ca) == fold(cb) {
        return None;
    }
    let check = enabled(rules, "CC204")?;
    let values = [
        ("speaker", a.speaker.to_string()),
        ("a_channel", ca.clone()),
        ("b_channel", cb.clone()),
        ("a_doc", docs[a.doc].path.clone()),
        ("b_doc", docs[b.doc].path.clone()),
    ];
    let ev = [(a, ca), (b, cb)]
        .iter()
        .map(|(q, c)| Evidence { doc: q.doc, span: q.span, label: format!("told to {c}") })
        .collect();
    Some(finding(check, &values, ev))
}

/// A finding that the same words are credited to `a`'s and `b`'s speakers.
fn credited_apart(check: &super::Check, docs: &[Document], a: &Quoted, b: &Quoted) -> Finding {
    let values = [
        ("a_speaker", a.speaker.to_string()),
        ("b_speaker", b.speaker.to_string()),
        ("a_doc", docs[a.doc].path.clone()),
        ("b_doc", docs[b.doc].path.clone()),
    ];
    let ev = [a, b]
        .iter()
        .map(|q| Evidence { doc: q.doc, span: q.span, label: format!("credited to {}", q.speaker) })
        .collect();
    finding(check, &values, ev)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`normalise`] with the built-in rules.
    fn words(text: &str) -> String {
        normalise(text, &Rules::builtin().unwrap().quotes)
    }

    #[test]
    fn normalising_drops_case_marks_and_punctuation() {
        assert_eq!(words("“We are mulling, over what!”"), "we are mulling over what");
    }

    #[test]
    fn a_quote_that_leaves_words_out_is_a_part_of_the_whole() {
        let full = words("We will rebuild every home that was lost, and we will do it quickly,");
        let elided = words("We will rebuild every home that was lost ... quickly.");
        assert_eq!(elided, "we will rebuild every home that was lost … quickly");
        assert!(elided_from(&elided, &full));
        assert!(elided_from(&words("…every home that was lost…"), &full));
        // The runs must be there, in order.
        assert!(!elided_from(&words("We will rebuild every house ... quickly."), &full));
        assert!(!elided_from(&words("quickly … we will rebuild"), &full));
        assert!(!elided_from(&full, &elided), "a quote with no elision is not one");
    }

    #[test]
    fn two_house_styles_spell_one_quote() {
        let british = words("The organisation will defend the honour of the centre.");
        assert_eq!(british, words("The organization will defend the honor of the center."));
        assert_eq!(british, "the organization will defend the honor of the center");
        // Short words keep their endings: "tour" is not "tor".
        assert_eq!(words("a tour of hours"), "a tour of hours");
    }

    #[test]
    fn a_number_in_words_is_its_digits() {
        assert_eq!(words("It lasted about five minutes"), words("It lasted about 5 minutes"));
        assert_eq!(words("Four of them, nine in all"), "4 of them 9 in all");
        // A number in words keeps its hyphen; other words split at theirs.
        assert_eq!(words("twenty-one shots"), words("21 shots"));
        assert_eq!(words("a Syrian-led force"), "a syrian led force");
        assert_eq!(quote_words("twenty-one shots", None), "twenty-one shots", "one word as written too");
        // A scale or an ordinal alone is a word.
        assert_eq!(words("a hundred fifth graders"), "a hundred fifth graders");
    }

    #[test]
    fn a_diff_shows_the_words_as_written_not_in_house_style() {
        let rules = Rules::builtin().unwrap();
        let (a, b) = ("\"The sentence is far harsher,\"", "\"This sentence is much harsher.\"");
        let styled = |t: &str| normalise(t, &rules.quotes);
        assert_eq!(styled(a), "the sentense is far harsher", "the house style reads it so");
        let diff = shown_diff((&styled(a), &quote_words(a, None)), (&styled(b), &quote_words(b, None)));
        assert_eq!(diff, "[-the-] {+this+} sentence is [-far-] {+much+} harsher");
    }

    #[test]
    fn diff_marks_removed_and_added_words() {
        assert_eq!(
            word_diff("an attack on the civilized world", "an assault on the civilized world"),
            "an [-attack-] {+assault+} on the civilized world"
        );
        assert_eq!(
            word_diff("families and we will fight it", "families and we'll fight it"),
            "families and [-we will-] {+we'll+} fight it"
        );
        assert_eq!(word_diff("we will win", "we will win now"), "we will win {+now+}");
    }

    #[test]
    fn the_bound_is_never_below_the_ratio() {
        let pairs = [("a b c d", "a b x d"), ("we will win", "win we will"), ("one two", "three four five")];
        for (a, b) in pairs {
            assert!(ratio_bound(a, b) >= word_ratio(a, b) - 1e-6, "{a} / {b}");
        }
    }

    #[test]
    fn quotes_alike_by_words_not_by_the_spaces_between() {
        let rubble = words("We are now concentrating on searching for people who may be trapped under the rubble,");
        let weapons = words("We make it very easy for people who are troubled to get violent weapons.");
        assert!(word_ratio(&rubble, &weapons) < 0.4, "{}", word_ratio(&rubble, &weapons));
        let a = words("We really have no choice but to build a powerful wall or steel barrier,");
        let b = words("We really have no choice but to build a powerful wall or a steel barrier,");
        assert!(word_ratio(&a, &b) > 0.9);
    }

    #[test]
    fn speakers_match_by_surname() {
        let rules = Rules::builtin().unwrap();
        let same = |a: &str, b: &str| same_speaker(a, b, &rules);
        assert!(same("President Obama", "Obama"));
        assert!(!same("Obama", "Putin"));
        assert!(same("US Geological Survey", "USGS"));
        assert!(same("AFP", "Agence France-Presse"));
        assert!(!same("AFP", "Associated Press"));
        assert!(same("union general secretary Shaye Candish", "Shaye Candish"));
        assert!(!same("the Interior Ministry", "Defence Ministry"));
        assert!(!same("the deputy minister", "the minister"));
    }
}
