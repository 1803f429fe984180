//! Subjects: what a figure is about, from the words of its clause. Two
//! figures are compared only when their subjects allow it (see
//! `check::figures`), so "49 killed" is weighed against "50 killed" but not
//! against a suspect's age or the length of a standoff.

use crate::extract::name_word;
use crate::rules::{Name, Rules, MARK_AREA, MARK_HISTORICAL, MARK_SCENE};
use crate::span::Span;
use crate::words::{fold, is_any, is_capitalized, with_folded, Token, TokenKind};
use std::sync::Arc;

/// Sorted, distinct folded words ("ati cash stock"): one of a subject's
/// word lists, read in place: space-separated words, or those of them a
/// mask picks (a subject's near words are some of its words).
#[derive(Debug, Clone, Copy, Default)]
pub struct Words<'a> {
    text: &'a str,
    /// Bit i picks the i-th word; None: every word.
    mask: Option<u32>,
}

impl<'a> Words<'a> {
    fn all(text: &'a str) -> Self {
        Words { text, mask: None }
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a str> + Clone {
        let mask = self.mask;
        let words = self.text.split(' ').filter(|w| !w.is_empty()).enumerate();
        words.filter(move |(i, _)| mask.is_none_or(|m| *i < 32 && m & (1 << i) != 0)).map(|(_, w)| w)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }

    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// How many words the two lists share (both are sorted: one merge).
    pub fn shared(&self, other: &Words) -> usize {
        self.shared_where(other, |_| true)
    }

    /// How many words for which `counts` holds the two lists share.
    pub fn shared_where(&self, other: &Words, counts: impl Fn(&str) -> bool) -> usize {
        let (mut a, mut b) = (self.iter().peekable(), other.iter().peekable());
        let mut n = 0;
        while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
            match x.cmp(y) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    n += usize::from(counts(x));
                    a.next();
                    b.next();
                }
            }
        }
        n
    }
}

impl serde::Serialize for Words<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// Two lists are equal when they hold the same words, however stored.
impl PartialEq for Words<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Words<'_> {}

impl std::hash::Hash for Words<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.iter().for_each(|w| w.hash(h));
    }
}

/// The mask that picks the words of `subset` out of `words` (a list of
/// [`word_list`]); every word of `subset` is one of `words`. The subset is
/// sorted as [`word_list`] sorts, but not joined into a string of its own.
fn mask_of(words: &str, mut subset: Vec<&str>) -> u32 {
    subset.sort_unstable();
    subset.dedup();
    // Both sorted: one merge, no copy of either.
    let mut all = Words::all(words).iter().enumerate();
    subset.iter().flat_map(|w| w.split(' ')).filter(|w| !w.is_empty()).fold(0, |mask, w| {
        let (i, _) = all.find(|&(_, v)| v == w).expect("near words are among a subject's words");
        mask | 1 << i
    })
}

/// Words sorted, made distinct and joined by spaces: the form [`Words`] reads.
pub fn word_list<S: std::borrow::Borrow<str> + Ord>(mut words: Vec<S>) -> String {
    words.sort();
    words.dedup();
    words.join(" ")
}

/// A subject's lists of words, in the order of [`Lists::ends`].
#[derive(Clone, Copy)]
enum List {
    Words,
    Proper,
    Counted,
    Names,
}

const LISTS: usize = 4;

/// A subject's word lists, each space-separated, one after the other in a
/// buffer, and its near words and the words after it as masks over its
/// words (they are among them: `window` in rules/subjects.toml is 3 to 16
/// words). Once an article's facts are made, its subjects share one buffer
/// ([`share_lists`]): an archive holds millions of figures, and a small
/// string for each would cost more in allocator overhead than in words.
#[derive(Clone, Default)]
struct Lists {
    buf: Arc<String>,
    /// Where the lists start in `buf`.
    start: u32,
    /// Where each list ends, from `start`; each starts where the one before ends.
    ends: [u32; LISTS],
    near: u32,
    after: u32,
}

impl Lists {
    /// The lists, and the masks over the first of its near words and of
    /// the words after it.
    fn new(parts: [&str; LISTS], near: u32, after: u32) -> Lists {
        let mut buf = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        let mut ends = [0; LISTS];
        for (end, part) in ends.iter_mut().zip(parts) {
            buf.push_str(part);
            *end = crate::span::offset(buf.len());
        }
        Lists { buf: Arc::new(buf), start: 0, ends, near, after }
    }

    fn get(&self, list: List) -> &str {
        let i = list as usize;
        let from = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[(self.start + from) as usize..(self.start + self.ends[i]) as usize]
    }

    /// All the lists, as they lie one after the other.
    fn text(&self) -> &str {
        &self.buf[self.start as usize..(self.start + self.ends[LISTS - 1]) as usize]
    }

    fn all(&self) -> [&str; LISTS] {
        use List::*;
        [Words, Proper, Counted, Names].map(|l| self.get(l))
    }

    /// The lists with one replaced; rare (a few facts per article), so a rebuild.
    fn with(&self, list: List, value: &str) -> Lists {
        let mut parts = self.all();
        parts[list as usize] = value;
        Lists::new(parts, self.near, self.after)
    }
}

/// Lists are equal when their words are, wherever they are kept.
impl PartialEq for Lists {
    fn eq(&self, other: &Self) -> bool {
        (self.text(), self.ends, self.near, self.after) == (other.text(), other.ends, other.near, other.after)
    }
}

/// Move the lists of an article's subjects into one shared buffer; they
/// keep their own when together they pass 32-bit offsets (hostile text).
pub fn share_lists(subjects: &mut [&mut Subject]) {
    let len: usize = subjects.iter().map(|s| s.lists.text().len()).sum();
    if u32::try_from(len).is_err() {
        return;
    }
    let mut buf = String::with_capacity(len);
    let starts: Vec<u32> = subjects
        .iter()
        .map(|s| {
            let start = crate::span::offset(buf.len());
            buf.push_str(s.lists.text());
            start
        })
        .collect();
    let buf = Arc::new(buf);
    for (s, start) in subjects.iter_mut().zip(starts) {
        s.lists.buf = Arc::clone(&buf);
        s.lists.start = start;
    }
}

impl std::fmt::Debug for Lists {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names = ["words", "proper", "counted", "names"];
        f.debug_map()
            .entries(names.iter().zip(self.all()))
            .entry(&"near", &self.near)
            .entry(&"after", &self.after)
            .finish()
    }
}

/// A person's names before a figure, in the order read (last name first):
/// "osei kwame" for "Kwame Osei, 58".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Names<'a>(&'a str);

impl<'a> Names<'a> {
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + Clone {
        self.0.split(' ').filter(|w| !w.is_empty())
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The names, space-separated, in the order read.
    pub fn as_str(&self) -> &'a str {
        self.0
    }
}

impl serde::Serialize for Names<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// What a figure's subject is marked as: one bit each of
/// [`Subject::marks`], read with [`Subject::is`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Background, not the reported event: "the 2004 tsunami killed 230,000".
    Historical,
    /// A running total of a longer conflict, not one incident's figure:
    /// "600 killed so far".
    Cumulative,
    /// The counted noun is a group of people ("women") that can be a whole toll.
    Demographic,
    /// The sentence splits the measure into groups ("five children and three adults").
    Breakdown,
    /// Counted as more of something or the rest of it: "three other
    /// officers", "two more people", "seven others".
    Remainder,
    /// Counted for one area: "in Bener Meriah district", "in Suka Makmur
    /// village" (an area word from rules/subjects.toml in its sentence).
    Area,
    /// Counted at one place within the scene: "injuring three people" on "a
    /// public bus" (a scene word from rules/subjects.toml in its sentence).
    Scene,
    /// Given for the whole event: "four people were injured in the incident".
    Whole,
    /// Given for one of the places its sentence names ("seven at Linwood
    /// Mosque" beside "42 at Al Noor Mosque"): its places hold that place
    /// alone, and the figure is compared only with figures there.
    AtOnePlace,
    /// A remainder in an article that also gives the measure's whole:
    /// "the three other officers injured" after "seven officers were
    /// injured". A part, not compared with other articles' totals.
    Part,
    /// In a live blog's entry that a later entry giving the same measure
    /// replaced: "UPDATE 1:35 p.m.: ... injuring three officers" before
    /// "UPDATE 7:02 p.m.: ... five officers and four civilians were
    /// injured". Not held against other articles.
    Superseded,
}

/// What a figure is about.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Subject {
    /// Its words, read through [`Subject::words`], [`Subject::near`],
    /// [`Subject::after`], [`Subject::proper`],
    /// [`Subject::counted`] and [`Subject::names`].
    lists: Lists,
    /// The earlier year that dates a background figure: "the 2004 tsunami".
    pub past_year: Option<i16>,
    /// Named places in its sentence ("the Bureij refugee camp") and its
    /// names, shared by the sentence's figures; read through
    /// [`Subject::places`] and [`Subject::sentence_names`].
    places: Option<std::sync::Arc<Places>>,
    /// A bit for each [`Mark`] it carries: a bit, not a bool, for each of
    /// eleven marks on millions of figures.
    marks: u16,
    /// How many who carried out the attack a toll counts: one in "13
    /// people, including the gunman, died" (see [`perpetrators_included`]).
    pub perpetrators: u8,
}

impl Subject {
    /// Does the subject carry `mark`?
    pub fn is(&self, mark: Mark) -> bool {
        self.marks & (1 << mark as u16) != 0
    }

    /// Set `mark` on or off.
    pub fn set(&mut self, mark: Mark, on: bool) {
        self.marks = (self.marks & !(1 << mark as u16)) | (u16::from(on) << mark as u16);
    }

    /// Add `mark` when `on` (keep it if already there).
    pub fn mark(&mut self, mark: Mark, on: bool) {
        self.marks |= u16::from(on) << mark as u16;
    }

    /// Content words around the figure in its sentence, folded, singular.
    pub fn words(&self) -> Words<'_> {
        Words::all(self.lists.get(List::Words))
    }

    /// The content words within three words of the figure: its head nouns.
    pub fn near(&self) -> Words<'_> {
        Words { text: self.lists.get(List::Words), mask: Some(self.lists.near) }
    }

    /// The content words in the three words after the figure: what it counts.
    pub fn after(&self) -> Words<'_> {
        Words { text: self.lists.get(List::Words), mask: Some(self.lists.after) }
    }

    /// The capitalised names among the words within three of the figure:
    /// whose figure it is ("Smith won 52%", "Jones won 45%").
    pub fn proper(&self) -> Words<'_> {
        Words::all(self.lists.get(List::Proper))
    }

    /// Every capitalised name in its sentence, when it names a place: the
    /// town the place is in ("the Tree of Life synagogue in Pittsburgh").
    pub fn sentence_names(&self) -> Words<'_> {
        Words::all(self.places.as_deref().map_or("", |p| &p.names))
    }

    /// The noun the figure counts: "officer" in "5 officers killed".
    pub fn counted(&self) -> Option<&str> {
        Some(self.lists.get(List::Counted)).filter(|c| !c.is_empty())
    }

    pub fn set_counted(&mut self, counted: Option<&str>) {
        self.lists = self.lists.with(List::Counted, counted.unwrap_or(""));
    }

    /// Capitalised names just before the figure: the person of "Osei, 58,".
    pub fn names(&self) -> Names<'_> {
        Names(self.lists.get(List::Names))
    }

    /// Named places in its sentence: "the Bureij refugee camp".
    pub fn places(&self) -> &[Place] {
        self.places.as_deref().map_or(&[], |p| &p.places)
    }

    /// Keep only `place` of the sentence's places (and all its names).
    pub fn keep_place(&mut self, place: Place) {
        let names = self.places.as_deref().map_or_else(String::new, |p| p.names.clone());
        self.places = Some(std::sync::Arc::new(Places { places: vec![place], names }));
    }

    /// Add a name the article gives the person elsewhere: "Robert" to "Bowers".
    pub fn add_name(&mut self, name: &str) {
        let names = self.lists.get(List::Names);
        let joined = if names.is_empty() { name.to_string() } else { format!("{names} {name}") };
        self.lists = self.lists.with(List::Names, &joined);
    }
}

/// A crude singular: "officers" -> "officer", "injuries" -> "injury"; a
/// possessive is its noun ("Fox's" -> "fox").
pub(crate) fn singular(w: &str) -> String {
    let mut noun = String::new();
    push_singular(&mut noun, w);
    noun
}

/// [`singular`], written at the end of `buf`: a figure's window reads a
/// dozen words, and one buffer spares a string for each.
fn push_singular(buf: &mut String, w: &str) {
    if let Some(noun) = w.strip_suffix("'s").filter(|n| !n.is_empty()) {
        buf.push_str(noun);
    } else if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() > 2) {
        buf.push_str(stem);
        buf.push('y');
    } else if let Some(stem) = w.strip_suffix("es").filter(|s| s.ends_with("ss")) {
        // "businesses", "witnesses": the plural of a word in "-ss".
        buf.push_str(stem);
    } else if w.ends_with("ss") || w.len() <= 3 {
        buf.push_str(w);
    } else {
        buf.push_str(w.strip_suffix('s').unwrap_or(w));
    }
}

/// How many tokens after a toll its "including" may stand: "Six people
/// were killed, including the suspect".
const PERPETRATOR_REACH: usize = 8;
/// How many words may stand between "including" and who is included:
/// "including the alleged lone gunman".
const INCLUDED_WORDS: usize = 4;

/// How many who carried out the attack the count at `span` includes: one
/// in "Thirteen people, including the gunman, died" and "six were killed,
/// including the suspect", two in "including the two attackers"; none in
/// "not including the gunman", or when another figure comes first.
pub fn perpetrators_included(text: &str, tokens: &[Token], span: Span, rules: &Rules) -> u8 {
    let is = |j: usize, w: &str| tokens[j].text(text).eq_ignore_ascii_case(w);
    let after = tokens.iter().position(|t| t.start() >= span.end()).unwrap_or(tokens.len());
    let reach = (after + PERPETRATOR_REACH).min(tokens.len());
    let Some(including) =
        (after..reach).take_while(|&j| tokens[j].kind != TokenKind::Number).find(|&j| is(j, "including"))
    else {
        return 0;
    };
    if including > 0 && is(including - 1, "not") {
        return 0;
    }
    let mut count = 1;
    for t in tokens.iter().skip(including + 1).take(INCLUDED_WORDS) {
        let word = t.text(text);
        if t.kind == TokenKind::Punct {
            return 0;
        }
        let number = crate::extract::numeral::numeral(false)(word).ok().filter(|(rest, _)| rest.is_empty());
        if let Some((_, n)) = number.filter(|(_, n)| (1.0..10.0).contains(n)) {
            count = n as u8;
        } else if with_folded(word, |w| rules.subjects.perpetrator_nouns.contains(w)) {
            return count;
        }
    }
    0
}

/// The subject of the figure at `span` in a sentence's `tokens`;
/// `background` is [`background`] of that sentence, read once per sentence.
/// `count` is true for a figure without a unit: for a count, a preposition
/// ends the search for its noun ("injured 3 at an MLK Day celebration");
/// for an amount it names the spending ("$4,272.78 on a cruise").
pub fn subject(
    text: &str,
    tokens: &[Token],
    span: Span,
    background: &Background,
    count: bool,
    rules: &Rules,
) -> Subject {
    let s = &rules.subjects;
    let first = tokens.iter().position(|t| t.start() >= span.start()).unwrap_or(0);
    let after = tokens.iter().position(|t| t.start() >= span.end()).unwrap_or(tokens.len());
    let lo = first.saturating_sub(s.window);
    let hi = (after + s.window).min(tokens.len());
    let near_lo = first.saturating_sub(3);
    let near_hi = (after + 3).min(tokens.len());
    // Each token's content word, read once for the three lists, into one buffer.
    let (from, to) = (lo.min(near_lo), hi.max(near_hi));
    // Room for eight bytes a token: growing it was 0.7% of the whole
    // analysis.
    let mut pool = String::with_capacity((to - from) * 8);
    let content: Vec<Option<(usize, usize)>> = tokens[from..to]
        .iter()
        .map(|t| {
            let word = (t.kind == TokenKind::Word && !s.stop_tokens.contains_token(text, t)).then(|| t.text(text))?;
            with_folded(word, |w| {
                (w.len() > 1).then(|| {
                    let start = pool.len();
                    push_singular(&mut pool, w);
                    // "killed" where another article says "dead".
                    if let Some(same) = s.same_as.get(&pool[start..]) {
                        pool.truncate(start);
                        pool.push_str(same);
                    }
                    (start, pool.len())
                })
            })
        })
        .collect();
    let pick = |range: std::ops::Range<usize>| range.filter_map(|k| content[k - from]).map(|(a, b)| &pool[a..b]);
    let words = word_list(pick(lo..first).chain(pick(after..hi)).collect());
    let near = mask_of(&words, pick(near_lo..first).chain(pick(after..near_hi)).collect());
    let after_words = mask_of(&words, pick(after..near_hi).collect());
    let proper = tokens[near_lo..first]
        .iter()
        .chain(&tokens[after..near_hi])
        .filter_map(|t| name_word(text, t, rules))
        .collect();
    let counted = counted_noun(text, &tokens[after..hi], count, rules);
    let demographic = counted.as_deref().is_some_and(|c| s.demographic_counted.contains(c));
    let additional = |t: &Token| with_folded(t.text(text), |w| s.additional_counted.contains(w));
    // "seven others were hurt", and before it: "another two were killed".
    let remainder = tokens[after..near_hi].iter().take_while(|t| t.kind == TokenKind::Word).any(additional)
        || first.checked_sub(1).is_some_and(|j| additional(&tokens[j]));
    // "Six civilians, including the two killed": a count that is part of a
    // larger count ("items including a $43,350 Rolex" is a price, whole).
    let included =
        count && tokens[first.saturating_sub(INCLUDED_REACH)..first].iter().any(|t| s.part_openers.starts_at(text, t));
    let names = names_before(text, &tokens[..first]).join(" ");
    let counted = counted.as_deref().unwrap_or("");
    let lists = Lists::new([&words, &word_list(proper), counted, &names], near, after_words);
    let past_year = background.year_of_figure(first, after).and_then(|j| year_of(tokens[j].text(text)));
    let mut subject = Subject {
        lists,
        places: background.places.clone(),
        past_year: past_year.and_then(|y| i16::try_from(y).ok()),
        marks: 0,
        perpetrators: if count { perpetrators_included(text, tokens, span, rules) } else { 0 },
    };
    subject.mark(Mark::Remainder, remainder);
    subject.mark(Mark::Area, background.area);
    subject.mark(Mark::Scene, background.scene);
    subject.mark(Mark::Whole, background.whole);
    subject.mark(Mark::Part, included);
    subject.mark(Mark::Demographic, demographic);
    subject.mark(Mark::Historical, background.covers(first, after));
    subject.mark(Mark::Cumulative, background.totals_at.iter().any(|&j| within(j, first, after, TOTAL_REACH)));
    subject
}

/// How many words before a figure a part opener ("including") reaches:
/// "including the two killed".
const INCLUDED_REACH: usize = 2;

/// The first plain noun after the figure, past words like "other" or "more":
/// "five officers", "four other officers", "seven others".
fn counted_noun(text: &str, after: &[Token], count: bool, rules: &Rules) -> Option<String> {
    let s = &rules.subjects;
    for (i, t) in after.iter().take(4).enumerate() {
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = fold(t.text(text));
        if rules.measures.after.contains_word(&w) || (count && s.counted_stops.contains(w.as_str())) {
            return None;
        }
        if s.generic_counted.contains(w.as_str()) {
            return Some("people".into());
        }
        if s.additional_counted.contains(w.as_str()) {
            // "four other officers" counts officers; "seven others" an extra group.
            let noun_follows = after.get(i + 1).is_some_and(|n| {
                let n = fold(n.text(text));
                n.chars().all(char::is_alphabetic)
                    && !s.stopwords.contains(n.as_str())
                    && !rules.measures.after.contains_word(&n)
            });
            if !noun_follows {
                return Some("others".into());
            }
            continue;
        }
        if s.counted_modifiers.contains(w.as_str()) {
            continue;
        }
        if !s.stopwords.contains(w.as_str()) && !rules.numbers.unit_fillers.contains_word(&w) {
            // "2,000 employees" and "1,500 jobs" ([subjects] same_words).
            let noun = singular(&w);
            let noun = s.same_as.get(&noun).cloned().unwrap_or(noun);
            return Some(with_coordinated(text, &after[i + 1..], noun, rules));
        }
    }
    None
}

/// "cash and stock": a noun joined by "and"/"or" is counted too; "cash and
/// 57 million shares" starts another figure.
fn with_coordinated(text: &str, rest: &[Token], noun: String, rules: &Rules) -> String {
    let joined = rest.first().is_some_and(|t| is_any(t.text(text), &["and", "or"]));
    let noun_like = |w: &str| {
        w.chars().all(char::is_lowercase)
            && !rules.measures.after.contains_word(w)
            && !rules.subjects.stopwords.contains(w)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && crate::extract::numeral::words_numeral(w).is_err()
    };
    match rest.get(1) {
        Some(n) if joined && n.kind == TokenKind::Word && noun_like(n.text(text)) => {
            format!("{noun}+{}", singular(&fold(n.text(text))))
        }
        _ => noun,
    }
}

/// Capitalised words right before the figure and its comma: "Kwame Osei,
/// 58", and a nickname in quotation marks among them: "Samir "Sam"
/// Zawahri, 55" is three names, not "Zawahri" alone.
fn names_before(text: &str, before: &[Token]) -> Vec<String> {
    let mut end = before.len();
    if end > 0 && before[end - 1].text(text) == "," {
        end -= 1;
    }
    let is_mark = |t: &Token| matches!(t.text(text), "\"" | "“" | "”" | "'" | "‘" | "’");
    before[..end]
        .iter()
        .rev()
        .take_while(|t| (t.kind == TokenKind::Word && is_capitalized(t.text(text))) || is_mark(t))
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| fold(t.text(text)).into())
        .collect()
}

/// What in a sentence marks its figures as background, not the reported
/// event: a word or phrase ("previous", "deadliest", "years after") marks
/// them all; an earlier year than the article's marks the figures near it
/// ("the 2004 tsunami killed 230,000"), not one a clause away ("more than
/// 10 packages ... Trump's 2016 presidential opponent").
#[derive(Debug, Clone, Default)]
pub struct Background {
    pub cue: bool,
    /// Token ranges of the sentence's [subjects] historical_phrases ("weeks
    /// before", "years ago"): background for every figure, but for one a
    /// phrase ending in a [numbers] duration closer holds, the time between
    /// two events ("bought the rifle two weeks before the attack"; "seven
    /// years ago" stays background). With: does it end in a closer?
    pub phrases_at: Vec<(usize, usize, bool)>,
    /// Token indexes of running-total phrases: "killed so far", "to date".
    pub totals_at: Vec<usize>,
    /// The sentence's named places and names: see [`Subject::places`];
    /// None when it names no place.
    pub places: Option<std::sync::Arc<Places>>,
    /// The sentence names an area: see [`Subject::area`].
    pub area: bool,
    /// See [`Subject::scene`].
    pub scene: bool,
    /// See [`Subject::whole`].
    pub whole: bool,
    /// Token indexes of years before the article's.
    pub past_years: Vec<usize>,
}

/// A sentence's named places, and every capitalised name in it (sorted,
/// distinct, space-separated): the town a place is in.
#[derive(Debug, Clone, PartialEq)]
pub struct Places {
    pub places: Vec<Place>,
    pub names: String,
}

/// A named place: "the Bureij refugee camp" is the noun "camp" and the
/// name "bureij" (both folded), with the words' span from name to noun.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub noun: Name,
    pub name: Box<str>,
    pub span: Span,
}

impl Place {
    /// One place written two ways shares a word of its name ("Fort
    /// Lauderdale-Hollywood International Airport", "the Fort Lauderdale
    /// airport").
    pub fn alike(&self, other: &Place) -> bool {
        self.noun == other.noun && self.name.split([' ', '-']).any(|w| other.name.split([' ', '-']).any(|v| v == w))
    }
}

/// "the Bureij refugee camp", "Bener Meriah district", "Cascade Mall": a
/// place noun from rules/subjects.toml after a capitalised name, with at
/// most one lower-case word between.
fn named_places(text: &str, tokens: &[Token], rules: &Rules) -> Vec<Place> {
    let s = &rules.subjects;
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate().filter(|(_, t)| t.kind == TokenKind::Word) {
        let Some(noun) = with_folded(t.text(text), |w| s.place_nouns.get(w).cloned()) else {
            continue;
        };
        let name_end = match tokens[..k].last() {
            Some(m) if m.kind == TokenKind::Word && !is_capitalized(m.text(text)) => k - 1,
            _ => k,
        };
        let words = tokens[..name_end].iter().rev().take_while(|n| name_word(text, n, rules).is_some()).count();
        if words > 0 {
            let first = &tokens[name_end - words];
            let name: Vec<String> =
                tokens[name_end - words..name_end].iter().map(|n| fold(n.text(text)).into()).collect();
            out.push(Place { noun, name: name.join(" ").into(), span: Span::new(first.start(), t.end()) });
        }
    }
    out
}

/// Is token `j` within `reach` tokens of the figure at tokens `first..after`?
fn within(j: usize, first: usize, after: usize, reach: usize) -> bool {
    (j < first && first - j <= reach) || (j >= after && j - after <= reach)
}

/// How many tokens from a figure a running-total phrase makes it one: "600
/// Palestinians have been killed so far", not "wounded around 100 people,
/// was the deadliest single strike of the offensive so far".
const TOTAL_REACH: usize = 8;

/// How many tokens before (after) a figure an earlier year still dates it.
const YEAR_REACH: usize = 12;

impl Background {
    /// Is the figure at tokens `first..after` background?
    pub fn covers(&self, first: usize, after: usize) -> bool {
        let covers = |&(s, e, closed): &(usize, usize, bool)| e <= first || s >= after || !closed;
        self.cue || self.phrases_at.iter().any(covers) || self.year_of_figure(first, after).is_some()
    }

    /// The token of the earlier year that dates the figure at tokens
    /// `first..after`, if one is near enough.
    pub fn year_of_figure(&self, first: usize, after: usize) -> Option<usize> {
        self.past_years.iter().copied().find(|&j| within(j, first, after, YEAR_REACH))
    }
}

/// Read a sentence's background markers once, for all its figures.
pub fn background(text: &str, tokens: &[Token], doc_year: Option<i32>, rules: &Rules) -> Background {
    let s = &rules.subjects;
    let mut bg = Background::default();
    // One pass over the sentence for every marker.
    for (j, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Word => {
                let marks = s.markers.match_token(&text[t.start()..], t).map_or(0, |m| m.value);
                bg.cue |= marks & MARK_HISTORICAL != 0;
                bg.area |= marks & MARK_AREA != 0;
                bg.scene |= marks & MARK_SCENE != 0 && after_preposition(text, &tokens[..j], rules);
            }
            TokenKind::Number if earlier_year(text, t, doc_year) => bg.past_years.push(j),
            _ => {}
        }
        if let Some(m) = s.historical_phrases.match_token(&text[t.start()..], t) {
            let end = j + tokens[j..].iter().take_while(|u| u.start() < t.start() + m.len).count();
            let closed = rules.numbers.duration_closers.contains_token(text, &tokens[end - 1]);
            bg.phrases_at.push((j, end, closed));
        }
        bg.whole |= s.whole_phrases.starts_at(text, t);
        if s.cumulative_phrases.starts_at(text, t) {
            bg.totals_at.push(j);
        }
    }
    // Only a sentence that names a place needs its names (see Subject::sentence_names).
    let places = named_places(text, tokens, rules);
    if !places.is_empty() {
        let names = word_list(tokens.iter().filter_map(|t| name_word(text, t, rules)).collect());
        bg.places = Some(std::sync::Arc::new(Places { places, names }));
    }
    bg
}

/// Does a preposition come within a few words before the end of `before`:
/// "at a public bus", "near the library", "on pedestrians and a city bus"
/// (not "The bus crash killed 12", where the bus is the event)?
fn after_preposition(text: &str, before: &[Token], rules: &Rules) -> bool {
    let from = before.len().saturating_sub(SCENE_REACH);
    before[from..].iter().any(|t| with_folded(t.text(text), |w| rules.subjects.scene_prepositions.contains(w)))
}

/// How many words before a scene word its preposition may stand: "at
/// pedestrians and a city bus".
const SCENE_REACH: usize = 5;

/// "In April last year ...", "In September 2009 ...", "Last year, ...":
/// the sentence opens with a time before the article's (an opener from
/// rules/subjects.toml, then an earlier year or a phrase such as "last
/// year" within a few words; or that phrase first).
pub fn opens_in_past(text: &str, tokens: &[Token], doc_year: Option<i32>, rules: &Rules) -> bool {
    let head = &tokens[..tokens.len().min(PAST_OPENING)];
    let s = &rules.subjects;
    let past = |t: &Token| {
        earlier_year(text, t, doc_year) || s.past_times.starts_at(text, t) || s.historical_phrases.starts_at(text, t)
    };
    let Some(first) = head.first() else { return false };
    let opener = with_folded(first.text(text), |w| s.past_openers.contains(w));
    s.past_times.starts_at(text, first) || (opener && head.iter().any(past))
}

/// How many words open a sentence: "In September 2009", "In April last year".
const PAST_OPENING: usize = 5;

/// Does the sentence name a year that is not before the article's?
pub fn names_a_present_year(text: &str, tokens: &[Token], doc_year: Option<i32>) -> bool {
    tokens
        .iter()
        .any(|t| t.kind == TokenKind::Number && year_of(t.text(text)).is_some() && !earlier_year(text, t, doc_year))
}

/// Is token `t` a year before the article's?
fn earlier_year(text: &str, t: &Token, doc_year: Option<i32>) -> bool {
    t.kind == TokenKind::Number && matches!((year_of(t.text(text)), doc_year), (Some(y), Some(d)) if y < d)
}

/// A four-digit year from 1800 to 2100.
fn year_of(w: &str) -> Option<i32> {
    w.parse::<i32>().ok().filter(|y| (1800..=2100).contains(y) && w.len() == 4)
}

/// Without a date header, the latest year an article names stands for its
/// own year ("Tuesday, July 2nd, 2013" in a story that recalls 2004).
pub fn latest_year(text: &str, sentences: &[Vec<Token>]) -> Option<i32> {
    sentences
        .iter()
        .flatten()
        .filter(|t| t.kind == TokenKind::Number && t.end() - t.start() == 4)
        .filter_map(|t| t.text(text).parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y))
        .max()
}

/// The year of an article, from a `# date: YYYY-MM-DD` header.
pub fn doc_year(date: Option<&str>) -> Option<i32> {
    date.and_then(|d| d.get(..4)).and_then(|y| y.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::tokenize;

    fn subject_of(sentence: &str, figure: &str, year: Option<i32>) -> Subject {
        let rules = Rules::builtin().unwrap();
        let start = sentence.find(figure).unwrap();
        let tokens = tokenize(sentence, 0);
        let bg = background(sentence, &tokens, year, &rules);
        let count = !figure.contains('$');
        subject(sentence, &tokens, Span::new(start, start + figure.len()), &bg, count, &rules)
    }

    #[test]
    fn plurals_read_in_the_singular() {
        for (plural, one) in [("businesses", "business"), ("witnesses", "witness"), ("business", "business")] {
            assert_eq!(singular(plural), one);
        }
        for (plural, one) in [("homes", "home"), ("casualties", "casualty"), ("gas", "gas"), ("Obama's", "Obama")] {
            assert_eq!(singular(plural), one);
        }
    }

    #[test]
    fn counted_nouns() {
        assert_eq!(
            subject_of("The gunman killed five officers and injured seven others.", "five", None).counted(),
            Some("officer")
        );
        assert_eq!(subject_of("The gunman injured seven others.", "seven", None).counted(), Some("others"));
        assert_eq!(subject_of("The gunman killed 49 people.", "49", None).counted(), Some("people"));
        assert_eq!(subject_of("He wounded four other officers.", "four", None).counted(), Some("officer"));
        assert_eq!(subject_of("The attacks left 129 dead.", "129", None).counted(), None);
        assert_eq!(
            subject_of("Disney will pay $52.4 billion for Fox's assets.", "$52.4 billion", None)
                .words()
                .iter()
                .collect::<Vec<_>>(),
            ["asset", "disney", "fox", "pay"]
        );
    }

    #[test]
    fn coordinated_nouns_count_together() {
        let total = subject_of(
            "ATI for around $5.4 billion in cash and stock, the companies said.",
            "around $5.4 billion",
            None,
        );
        let part = subject_of("a combination of $4.2 billion in cash and 57 million shares.", "$4.2 billion", None);
        assert_eq!(total.counted(), Some("cash+stock"));
        assert_eq!(part.counted(), Some("cash"));
    }

    #[test]
    fn names_and_history() {
        assert_eq!(
            subject_of("Kwame Osei, 58, said so.", "58", None).names().iter().collect::<Vec<_>>(),
            ["osei", "kwame"]
        );
        assert!(subject_of("The 2004 tsunami killed 230,000 people.", "230,000", Some(2013)).is(Mark::Historical));
        assert!(!subject_of("The quake killed 24 people.", "24", Some(2013)).is(Mark::Historical));
        // A year a clause away dates another thing, not the figure.
        let far = "Throughout the week, more than 10 packages containing potential explosive devices have been \
                   mailed to lawmakers and other public figures critical of Trump, including former President \
                   Barack Obama and Trump's 2016 presidential opponent Hillary Clinton.";
        assert!(!subject_of(far, "more than 10", Some(2018)).is(Mark::Historical));
        // The time between two events is no background to itself, but to
        // another figure; a time ago stays background.
        let rifle = "Price, who killed 3 people, bought the rifle two weeks before the attack.";
        assert!(!subject_of(rifle, "two weeks", None).is(Mark::Historical));
        assert!(subject_of(rifle, "3", None).is(Mark::Historical));
        assert!(subject_of("He moved to the city seven years ago.", "seven years", None).is(Mark::Historical));
    }

    #[test]
    fn word_lists_are_sorted_sets_in_one_string() {
        let a = word_list(vec!["quake", "aceh", "quake", "killed"]);
        let b = word_list(vec![String::from("killed"), "tsunami".into(), "aceh".into()]);
        assert_eq!(a, "aceh killed quake");
        let (a, b) = (Words::all(&a), Words::all(&b));
        assert_eq!(a.shared(&b), 2);
        assert!(a.contains("quake") && !a.contains("tsunami"));
        assert!(word_list(Vec::<&str>::new()).is_empty() && Words::default().iter().next().is_none());
        assert_eq!(serde_json::to_string(&a).unwrap(), r#"["aceh","killed","quake"]"#);
    }

    #[test]
    fn subject_words_leave_out_function_words() {
        let s = subject_of("AMD will pay $4.2 billion in cash for ATI.", "$4.2 billion", None);
        assert!(s.words().contains("cash") && s.words().contains("ati"), "{:?}", s.words());
        assert!(!s.words().contains("the"));
    }
}
