//! Case-insensitive, white-space-tolerant matching of multi-word phrases from
//! the rule files against text, longest phrase first.

use rustc_hash::FxHashMap as HashMap;

use crate::words::{fold, is_space, next_word, with_folded, word_eq, Token};

/// (the words after a phrase's second, value), longest first.
type Tails = Vec<(Vec<String>, usize)>;

/// The phrases sharing a first word, by their second word: the word after
/// the first in the text picks one short list, instead of trying each
/// phrase in turn (a common first word, "the", opens hundreds).
#[derive(Debug, Default, Clone)]
struct Continuations {
    /// The value of the first word alone, when it is a phrase (the first
    /// inserted, as duplicates keep the first).
    alone: Option<usize>,
    /// Second word (folded, as bytes) -> (the words after it, value),
    /// longest first and, among equals, in the order inserted.
    by_second: HashMap<Box<[u8]>, Tails>,
    /// A bit per first byte of the second words, as [`PhraseSet`]'s
    /// `first_bytes`: text going on with another ASCII byte is not lexed.
    second_bytes: [u64; 4],
}

impl Continuations {
    fn insert(&mut self, rest: &[String], value: usize) {
        let Some((second, tail)) = rest.split_first() else {
            self.alone.get_or_insert(value);
            return;
        };
        if let Some(&b) = second.as_bytes().first() {
            self.second_bytes[usize::from(b) / 64] |= 1 << (b % 64);
        }
        let list = self.by_second.entry(second.as_bytes().into()).or_default();
        // Sorting them all again at each insert made loading the rules
        // quadratic: insert in place instead.
        let at = list.partition_point(|e| e.0.len() >= tail.len());
        list.insert(at, (tail.to_vec(), value));
    }

    /// Each phrase's words after the first.
    fn rests(&self) -> impl Iterator<Item = Vec<&str>> {
        let alone = self.alone.map(|_| Vec::new());
        let longer = self.by_second.iter().flat_map(|(second, tails)| {
            tails
                .iter()
                .map(move |(tail, _)| std::iter::once(key_str(second)).chain(tail.iter().map(String::as_str)).collect())
        });
        alone.into_iter().chain(longer)
    }
}

/// A set of phrases, each with a value; matched at the start of a text.
#[derive(Debug, Default, Clone)]
pub struct PhraseSet {
    /// First word (folded, as bytes) -> its phrases in `entries`. Bytes,
    /// so a lower-cased stack copy of a token is a key as is.
    by_first: HashMap<Box<[u8]>, u32>,
    /// The phrases of each first word.
    entries: Vec<Continuations>,
    /// A bit per (length, first byte, last byte) of the ASCII first words:
    /// most tokens are turned away by one bit test before any lower-casing
    /// or hashing. A set of a few hundred words sets a few percent of bits.
    filter: Filter,
    /// A bit per first byte of the first words: text whose next word opens
    /// with another ASCII byte (a digit, for most sets) is turned away
    /// before the word is lexed.
    first_bytes: [u64; 4],
    /// A bit per [`Lexicon`] id of the set's first words, so a labelled
    /// token is answered with one bit test, and its phrases found by the
    /// bit's rank, without folding or hashing its text. Empty: not
    /// labelled (a set changed after the lexicon was built), and looked up
    /// by text.
    members: Vec<Members>,
    /// The index in `entries` of each member, in the order of their ids.
    by_rank: Vec<u32>,
}

/// 64 bits of a set's [`Lexicon`] ids, and how many bits are set before them.
#[derive(Debug, Default, Clone, Copy)]
struct Members {
    bits: u64,
    rank: u32,
}

/// A token's word id before [`Lexicon::label`], or when the lexicon ran
/// out of ids: its sets look it up by text.
pub const UNLABELLED: u16 = u16::MAX;
/// The id of a token that is the first word of no labelled set.
pub const NOT_A_RULE_WORD: u16 = 0;

/// Ids for the first words of the rules' phrase sets. Each token is folded
/// and looked up here once, instead of once per set that asks about it:
/// the extractors ask half a dozen sets about every token.
#[derive(Debug, Default, Clone)]
pub struct Lexicon {
    ids: HashMap<Box<[u8]>, u16>,
    /// The ids of ASCII words of up to 15 bytes by [`pack`]: nearly all
    /// tokens are such, and a `u128` key hashes and compares in a few
    /// instructions, with no folding.
    short: HashMap<u128, u16>,
    filter: Filter,
}

/// An ASCII word of one to fifteen bytes as a number: its lower-cased
/// bytes and its length.
fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 15 || !word.is_ascii() {
        return None;
    }
    let mut bytes = [0u8; 16];
    for (b, w) in bytes.iter_mut().zip(word) {
        *b = w.to_ascii_lowercase();
    }
    bytes[15] = word.len() as u8;
    Some(u128::from_le_bytes(bytes))
}

impl Lexicon {
    /// Give every first word of `sets` an id, and each set its bits.
    pub fn build(sets: &mut [&mut PhraseSet]) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for set in sets.iter() {
            for key in set.by_first.keys().filter(|k| !k.is_empty()) {
                let next = lexicon.ids.len() + 1;
                if next < usize::from(UNLABELLED) && !lexicon.ids.contains_key(key) {
                    lexicon.ids.insert(key.clone(), next as u16);
                    lexicon.filter.insert(key);
                    if let Some(packed) = pack(key) {
                        lexicon.short.insert(packed, next as u16);
                    }
                }
            }
        }
        for set in sets.iter_mut() {
            set.label(&lexicon.ids);
        }
        lexicon
    }

    /// The id of a word, [`NOT_A_RULE_WORD`] when no set starts with it.
    pub fn id(&self, word: &str) -> u16 {
        match pack(word.as_bytes()) {
            Some(packed) => self.short.get(&packed),
            None => get_folded(&self.ids, &self.filter, word),
        }
        .copied()
        .unwrap_or(NOT_A_RULE_WORD)
    }

    /// Give each token of `text` its id. Tokens must be read with the sets
    /// of the same rules.
    pub fn label(&self, text: &str, tokens: &mut [Token]) {
        for t in tokens {
            t.set_word_id(self.id(t.text(text)));
        }
    }
}

/// Bits of [`Filter`], a power of two.
const FILTER_BITS: usize = 4096;

#[derive(Debug, Clone)]
struct Filter(Box<[u64; FILTER_BITS / 64]>);

impl Default for Filter {
    fn default() -> Self {
        Filter(Box::new([0; FILTER_BITS / 64]))
    }
}

impl Filter {
    /// The bit of a word given its length and its first and last bytes,
    /// case folded the ASCII way.
    fn bit(word: &[u8]) -> usize {
        let (first, last) = (word[0].to_ascii_lowercase(), word[word.len() - 1].to_ascii_lowercase());
        let key = (word.len().min(255) as u32) << 16 | u32::from(first) << 8 | u32::from(last);
        (key.wrapping_mul(0x9E37_79B1) >> 20) as usize % FILTER_BITS
    }

    fn insert(&mut self, word: &[u8]) {
        let b = Self::bit(word);
        self.0[b / 64] |= 1 << (b % 64);
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        let b = Self::bit(word);
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// A match: how many bytes of the text it covers and the phrase's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub len: usize,
    pub value: usize,
}

impl PhraseSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Build a set where each phrase's value is its index.
    pub fn from_phrases<S: AsRef<str>>(phrases: &[S]) -> Self {
        let mut set = Self::new();
        for (i, p) in phrases.iter().enumerate() {
            set.insert(p.as_ref(), i);
        }
        set
    }

    pub fn insert(&mut self, phrase: &str, value: usize) {
        self.members = Vec::new();
        self.by_rank = Vec::new();
        let words = split_phrase(phrase);
        let Some((first, rest)) = words.split_first() else { return };
        let key = first.as_bytes();
        if let Some(&b) = key.first() {
            self.filter.insert(key);
            self.first_bytes[usize::from(b) / 64] |= 1 << (b % 64);
        }
        let next = self.entries.len() as u32;
        let at = *self.by_first.entry(key.into()).or_insert(next);
        if at == next {
            self.entries.push(Continuations::default());
        }
        self.entries[at as usize].insert(rest, value);
    }

    /// Set the bits of this set's first words; stays unlabelled when one
    /// of them has no id.
    fn label(&mut self, ids: &HashMap<Box<[u8]>, u16>) {
        self.members = Vec::new();
        self.by_rank = Vec::new();
        let mut by_id = Vec::with_capacity(self.by_first.len());
        for (key, &entry) in self.by_first.iter().filter(|(k, _)| !k.is_empty()) {
            let Some(&id) = ids.get(key) else { return };
            by_id.push((id, entry));
        }
        by_id.sort_unstable();
        let mut members = vec![Members::default(); (ids.len() + 1).div_ceil(64)];
        for &(id, _) in &by_id {
            members[usize::from(id) / 64].bits |= 1 << (id % 64);
        }
        let mut rank = 0;
        for block in &mut members {
            block.rank = rank;
            rank += block.bits.count_ones();
        }
        self.members = members;
        self.by_rank = by_id.into_iter().map(|(_, entry)| entry).collect();
    }

    /// Token `t`'s bit among the set's members, by its lexicon id: its
    /// block and the bit; None when the token or the set is not labelled.
    fn member_bit(&self, t: &Token) -> Option<(Members, u64)> {
        if t.word_id() == UNLABELLED || self.members.is_empty() {
            return None;
        }
        let id = usize::from(t.word_id());
        let block = self.members.get(id / 64).copied().unwrap_or_default();
        Some((block, 1 << (id % 64)))
    }

    /// The phrases starting with `word`: token `t`'s text, or its first
    /// part ("twenty" of "twenty-one"). For the whole token, its id
    /// answers: no phrase when its bit is clear, else those at the bit's
    /// rank, without folding or hashing its text.
    #[inline]
    fn first_of_token(&self, word: &str, t: &Token) -> Option<&Continuations> {
        match self.member_bit(t) {
            Some((block, bit)) if word.len() == t.end() - t.start() => {
                let rank = block.rank + (block.bits & (bit - 1)).count_ones();
                (block.bits & bit != 0).then(|| &self.entries[self.by_rank[rank as usize] as usize])
            }
            _ => self.first(word),
        }
    }

    /// False when, by its id alone, no phrase of the set starts with token
    /// `t`; true when one may (or the token or set is not labelled).
    #[inline]
    pub fn may_start(&self, t: &Token) -> bool {
        if t.word_id() == UNLABELLED || self.members.is_empty() {
            return true;
        }
        let id = usize::from(t.word_id());
        self.members.get(id / 64).is_some_and(|block| block.bits >> (id % 64) & 1 == 1)
    }

    /// True when token `t` of `text` is one of the set's one-word phrases.
    #[inline]
    pub fn contains_token(&self, text: &str, t: &Token) -> bool {
        // The bit test where the caller is: most tokens stop at it.
        self.may_start(t) && self.contains_part(t.text(text), t)
    }

    /// [`contains_word`](Self::contains_word) for `word`, token `t`'s text
    /// or its first part.
    pub fn contains_part(&self, word: &str, t: &Token) -> bool {
        self.first_of_token(word, t).is_some_and(has_one_word)
    }

    /// [`match_word_at`](Self::match_word_at) for token `t`, with `text`
    /// starting at it.
    #[inline]
    pub fn match_token(&self, text: &str, t: &Token) -> Option<PhraseMatch> {
        // The bit test where the caller is: most tokens stop at it.
        if !self.may_start(t) {
            return None;
        }
        self.match_part(text, t, t.end() - t.start())
    }

    /// [`match_word_at`](Self::match_word_at) with the first `first_len`
    /// bytes of token `t` as the first word, `text` starting at it.
    pub fn match_part(&self, text: &str, t: &Token, first_len: usize) -> Option<PhraseMatch> {
        let candidates = self.first_of_token(text.get(..first_len)?, t)?;
        longest(text, first_len, candidates)
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every phrase, its folded words joined by spaces.
    pub fn phrases(&self) -> impl Iterator<Item = String> + '_ {
        self.firsts().flat_map(|(first, rests)| {
            rests.rests().map(move |rest| std::iter::once(key_str(first)).chain(rest).collect::<Vec<_>>().join(" "))
        })
    }

    /// Every word of every phrase, folded.
    pub fn all_words(&self) -> impl Iterator<Item = &str> {
        self.firsts().flat_map(|(first, rests)| {
            let second = rests.by_second.keys().map(|k| key_str(k));
            let tails = rests.by_second.values().flatten().flat_map(|(tail, _)| tail.iter().map(String::as_str));
            std::iter::once(key_str(first)).chain(second).chain(tails)
        })
    }

    /// Each first word (folded) with its phrases.
    fn firsts(&self) -> impl Iterator<Item = (&[u8], &Continuations)> {
        self.by_first.iter().map(|(first, &at)| (&first[..], &self.entries[at as usize]))
    }

    /// True when the single word is one of the set's one-word phrases.
    pub fn contains_word(&self, word: &str) -> bool {
        self.first(word).is_some_and(has_one_word)
    }

    /// The phrases starting with `word`. Short ASCII words are lower-cased
    /// on the stack: this runs for every token against every set.
    fn first(&self, word: &str) -> Option<&Continuations> {
        get_folded(&self.by_first, &self.filter, word).map(|&at| &self.entries[at as usize])
    }

    /// Can a first word of the set open `text` (no white space before)?
    /// Exact for an ASCII first byte: folding lower-cases it and changes
    /// nothing else; any other byte may fold to a first word, and passes.
    fn may_open(&self, text: &str) -> bool {
        may_open_with(&self.first_bytes, text)
    }

    /// Does one of the phrases start at token `t` of `text`?
    pub fn starts_at(&self, text: &str, t: &Token) -> bool {
        self.match_token(&text[t.start()..], t).is_some()
    }

    /// Like [`match_at`](Self::match_at), for a caller that already knows the
    /// first word is `text[..first_len]` (a token): no lexing of that word.
    pub fn match_word_at(&self, text: &str, first_len: usize) -> Option<PhraseMatch> {
        let candidates = self.first(text.get(..first_len)?)?;
        longest(text, first_len, candidates)
    }

    /// The longest phrase that matches at the start of `text` (leading white
    /// space allowed) and ends on a word boundary.
    pub fn match_at(&self, text: &str) -> Option<PhraseMatch> {
        if !self.may_open(text.trim_start_matches(is_space)) {
            return None;
        }
        let (s, e) = next_word(text)?;
        let candidates = self.first(&text[s..e])?;
        longest(text, e, candidates)
    }
}

/// A word's entry in `map`, keyed by folded words that `filter` holds:
/// most short ASCII words are turned away by the filter before any
/// lower-casing or hashing.
fn get_folded<'m, V>(map: &'m HashMap<Box<[u8]>, V>, filter: &Filter, word: &str) -> Option<&'m V> {
    if word.len() <= 32 && word.is_ascii() && (word.is_empty() || !filter.may_hold(word.as_bytes())) {
        return None;
    }
    with_folded(word, |w| map.get(w.as_bytes()))
}

/// Can a word whose first bytes are in `bits` open `text`? Exact for an
/// ASCII first byte: folding lower-cases it and changes nothing else; any
/// other byte may fold to such a word, and passes.
fn may_open_with(bits: &[u64; 4], text: &str) -> bool {
    match text.as_bytes().first() {
        Some(&b) if b.is_ascii() => {
            let b = b.to_ascii_lowercase();
            bits[usize::from(b) / 64] >> (b % 64) & 1 == 1
        }
        _ => true,
    }
}

/// Is one of the phrases the first word alone?
fn has_one_word(candidates: &Continuations) -> bool {
    candidates.alone.is_some()
}

/// The longest of `candidates` whose remaining words follow the first
/// word, `text[..first_len]`; the first word alone when none does.
fn longest(text: &str, first_len: usize, candidates: &Continuations) -> Option<PhraseMatch> {
    longer(&text[first_len..], candidates)
        .map(|(len, value)| PhraseMatch { len: first_len + len, value })
        .or(candidates.alone.map(|value| PhraseMatch { len: first_len, value }))
}

/// The longest phrase of two words or more that goes on with `after` (the
/// text after its first word): its length in `after` and its value.
fn longer(after: &str, candidates: &Continuations) -> Option<(usize, usize)> {
    if candidates.by_second.is_empty() || !may_open_with(&candidates.second_bytes, after.trim_start_matches(is_space)) {
        return None;
    }
    let (s, e) = next_word(after)?;
    let tails = with_folded(&after[s..e], |w| candidates.by_second.get(w.as_bytes()))?;
    tails.iter().find_map(|(tail, value)| match_rest(&after[e..], tail).map(|len| (e + len, *value)))
}

/// A key as text: keys are folded words, inserted from `&str`.
fn key_str(k: &[u8]) -> &str {
    std::str::from_utf8(k).unwrap_or_default()
}

fn match_rest(text: &str, rest: &[String]) -> Option<usize> {
    let mut pos = 0;
    for w in rest {
        let at = text[pos..].trim_start_matches(is_space);
        if !may_start_with(at, w) {
            return None;
        }
        let (s, e) = next_word(&text[pos..])?;
        if !word_eq(&text[pos + s..pos + e], w) {
            return None;
        }
        pos += e;
    }
    Some(pos)
}

/// Can `at` start with the folded rule word `w`? Checked on bytes before
/// lexing the word, so that most continuations are turned away without
/// lexing; exact when both are ASCII (otherwise it answers yes, and the
/// lexer decides).
fn may_start_with(at: &str, w: &str) -> bool {
    let (a, b) = (at.as_bytes(), w.as_bytes());
    // Curly apostrophes and Unicode hyphens fold to these.
    if !w.is_ascii() || w.contains(['\'', '-']) {
        return true;
    }
    let head = &a[..b.len().min(a.len())];
    !head.is_ascii() || head.eq_ignore_ascii_case(b)
}

/// Split a rule phrase into folded words the way the lexer splits text.
fn split_phrase(phrase: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut rest = phrase;
    while let Some((s, e)) = next_word(rest) {
        words.push(fold(&rest[s..e]).into());
        rest = &rest[e..];
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins_and_spans_line_breaks() {
        let set = PhraseSet::from_phrases(&["according", "according to", "more than"]);
        let m = set.match_at("According to\nThe Guardian").unwrap();
        assert_eq!((m.len, m.value), (12, 1));
        assert_eq!(set.match_at("  more than 120").unwrap().len, 11);
        assert!(set.match_at("moreover").is_none());
    }

    /// Every set answers a labelled token as it answers the token's text,
    /// on the seed articles and on words the lexicon must fold.
    #[test]
    fn labelled_tokens_read_as_their_text() {
        let mut rules = crate::rules::Rules::builtin().unwrap();
        let lexicon = rules.lexicon.clone();
        let mut text = String::from("DON’T say “According to” the U.S. FIVE-YEAR-OLD Twenty-One No. 1 OVER a hundred ");
        for seed in ["000_ec28406811e2f7e6.txt", "004_d0d3fdf5298c6a03.txt"] {
            let path = format!("{}/seeds/{seed}", env!("CARGO_MANIFEST_DIR"));
            text.push_str(&std::fs::read_to_string(path).unwrap());
        }
        let mut tokens = crate::words::tokenize(&text, 0);
        lexicon.label(&text, &mut tokens);
        assert!(tokens.iter().any(|t| t.word_id() != NOT_A_RULE_WORD && t.word_id() != UNLABELLED));
        let mut checked = 0;
        for set in rules.phrase_sets() {
            assert!(!set.members.is_empty(), "every built-in set is labelled");
            for t in &tokens {
                let from = &text[t.start()..];
                let by_text = set.match_word_at(from, t.end() - t.start());
                assert_eq!(set.match_token(from, t), by_text, "{:?}", t.text(&text));
                assert_eq!(set.contains_token(&text, t), set.contains_word(t.text(&text)), "{:?}", t.text(&text));
                checked += usize::from(by_text.is_some());
            }
        }
        assert!(checked > 1000, "only {checked} matches");
    }

    #[test]
    fn changing_a_set_unlabels_it() {
        let mut rules = crate::rules::Rules::builtin().unwrap();
        let text = "zebra crossing";
        let mut tokens = crate::words::tokenize(text, 0);
        rules.lexicon.label(text, &mut tokens);
        assert!(!rules.numbers.starters.contains_token(text, &tokens[0]));
        rules.numbers.starters.insert("zebra", 0);
        assert!(rules.numbers.starters.contains_token(text, &tokens[0]));
    }

    /// The second word picks the candidates; among them the longest wins,
    /// and the first word alone is the fallback; a duplicate keeps its
    /// first value.
    #[test]
    fn second_word_picks_the_longest_phrase() {
        let mut set = PhraseSet::from_phrases(&["the", "the associated press", "the associated", "the guardian"]);
        set.insert("the", 9);
        set.insert("The Associated", 8);
        let m = |text: &str| set.match_at(text).map(|m| (m.len, m.value));
        assert_eq!(m("The Associated Press said"), Some((20, 1)));
        assert_eq!(m("the  associated\nstudents"), Some((15, 2)));
        assert_eq!(m("The Times"), Some((3, 0)));
        assert_eq!(m("the guardians"), Some((3, 0)));
        assert_eq!(m("theory"), None);
        let mut phrases: Vec<String> = set.phrases().collect();
        phrases.sort();
        assert_eq!(phrases, ["the", "the associated", "the associated", "the associated press", "the guardian"]);
        let mut words: Vec<&str> = set.all_words().collect();
        words.sort();
        words.dedup();
        assert_eq!(words, ["associated", "guardian", "press", "the"]);
    }

    #[test]
    fn needs_whole_words() {
        let set = PhraseSet::from_phrases(&["per cent"]);
        assert!(set.match_at("per centre").is_none());
        assert!(set.match_at("Per Cent.").is_some());
    }
}
