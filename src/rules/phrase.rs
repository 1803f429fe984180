//! Case-insensitive, white-space-tolerant matching of multi-word phrases from
//! the rule files against text, longest phrase first.

use rustc_hash::FxHashMap as HashMap;

use crate::words::{fold, is_space, next_word, word_eq, Token};

/// The phrases sharing a first word: (remaining words, value), longest first.
type Continuations = Vec<(Vec<String>, usize)>;

/// A set of phrases, each with a value; matched at the start of a text.
#[derive(Debug, Default, Clone)]
pub struct PhraseSet {
    /// First word (folded, as bytes) -> (remaining words, value), longest
    /// first. Bytes, so a lower-cased stack copy of a token is a key as is.
    by_first: HashMap<Box<[u8]>, Continuations>,
    /// A bit per (length, first byte, last byte) of the ASCII first words:
    /// most tokens are turned away by one bit test before any lower-casing
    /// or hashing. A set of a few hundred words sets a few percent of bits.
    filter: Filter,
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
        let words = split_phrase(phrase);
        let Some((first, rest)) = words.split_first() else { return };
        let key = first.as_bytes();
        if !key.is_empty() {
            self.filter.insert(key);
        }
        let entry = self.by_first.entry(key.into()).or_default();
        entry.push((rest.to_vec(), value));
        entry.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every phrase, its folded words joined by spaces.
    pub fn phrases(&self) -> impl Iterator<Item = String> + '_ {
        self.by_first.iter().flat_map(|(first, rests)| {
            rests.iter().map(move |(rest, _)| {
                std::iter::once(key_str(first)).chain(rest.iter().map(String::as_str)).collect::<Vec<_>>().join(" ")
            })
        })
    }

    /// Every word of every phrase, folded.
    pub fn all_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.iter().flat_map(|(first, rests)| {
            std::iter::once(key_str(first)).chain(rests.iter().flat_map(|(r, _)| r.iter().map(String::as_str)))
        })
    }

    /// True when the single word is one of the set's one-word phrases.
    pub fn contains_word(&self, word: &str) -> bool {
        self.first(word).is_some_and(|v| v.iter().any(|(rest, _)| rest.is_empty()))
    }

    /// The phrases starting with `word`. Short ASCII words are lower-cased
    /// on the stack: this runs for every token against every set.
    fn first(&self, word: &str) -> Option<&Continuations> {
        let mut buf = [0u8; 32];
        if word.len() <= buf.len() && word.is_ascii() {
            if word.is_empty() || !self.filter.may_hold(word.as_bytes()) {
                return None;
            }
            let bytes = &mut buf[..word.len()];
            bytes.copy_from_slice(word.as_bytes());
            bytes.make_ascii_lowercase();
            return self.by_first.get(&*bytes);
        }
        self.by_first.get(fold(word).as_bytes())
    }

    /// Does one of the phrases start at token `t` of `text`?
    pub fn starts_at(&self, text: &str, t: &Token) -> bool {
        self.match_word_at(&text[t.start()..], t.end() - t.start()).is_some()
    }

    /// Like [`match_at`](Self::match_at), for a caller that already knows the
    /// first word is `text[..first_len]` (a token): no lexing of that word.
    pub fn match_word_at(&self, text: &str, first_len: usize) -> Option<PhraseMatch> {
        let candidates = self.first(text.get(..first_len)?)?;
        candidates.iter().find_map(|(rest, value)| {
            match_rest(&text[first_len..], rest).map(|len| PhraseMatch { len: first_len + len, value: *value })
        })
    }

    /// The longest phrase that matches at the start of `text` (leading white
    /// space allowed) and ends on a word boundary.
    pub fn match_at(&self, text: &str) -> Option<PhraseMatch> {
        let (s, e) = next_word(text)?;
        let candidates = self.first(&text[s..e])?;
        candidates.iter().find_map(|(rest, value)| {
            match_rest(&text[e..], rest).map(|len| PhraseMatch { len: e + len, value: *value })
        })
    }
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
        words.push(fold(&rest[s..e]));
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

    #[test]
    fn needs_whole_words() {
        let set = PhraseSet::from_phrases(&["per cent"]);
        assert!(set.match_at("per centre").is_none());
        assert!(set.match_at("Per Cent.").is_some());
    }
}
