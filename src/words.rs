//! The word lexer shared by every stage: words, numbers and punctuation with
//! their byte offsets. Built from small nom parsers on the raw text, so
//! "U.S.", "Obama’s", "Syrian-led", "G20" and "2,186.5" each stay one token.

use compact_str::CompactString;
use nom::branch::alt;
use nom::bytes::complete::{take_while, take_while1, take_while_m_n};
use nom::character::complete::{anychar, char, satisfy};
use nom::combinator::{opt, recognize};
use nom::error::{ErrorKind, ParseError};
use nom::multi::many0_count;
use nom::{IResult, Parser};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter: "Obama", "U.S.", "G20", "COVID-19".
    Word,
    /// Starts with a digit: "129", "2,186.5", "4:17", "100k", "3rd".
    Number,
    /// Any other single character that is not white space.
    Punct,
}

/// A token: a byte range into the text it was lexed from, plus its kind.
/// Offsets are 32-bit, as in [`crate::span::Span`]: a whole document's
/// tokens are held while it is read, and a 200 MB file has 40 million.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// The token's id in the rules' [`Lexicon`](crate::rules::phrase::Lexicon),
    /// so each phrase set answers for it with a bit test. It fills what was
    /// padding: a token is still 12 bytes.
    word: u16,
    pub kind: TokenKind,
}

impl Token {
    pub fn new(start: usize, end: usize, kind: TokenKind) -> Self {
        let word = crate::rules::phrase::UNLABELLED;
        Token { start: crate::span::offset(start), end: crate::span::offset(end), word, kind }
    }

    /// The lexicon id given by [`Lexicon::label`](crate::rules::phrase::Lexicon::label).
    pub fn word_id(&self) -> u16 {
        self.word
    }

    pub fn set_word_id(&mut self, id: u16) {
        self.word = id;
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start()..self.end()]
    }
}

/// nom's `tag_no_case`, comparing bytes the ASCII way: nom's lower-cases
/// both sides a character at a time, and the figure parsers try a few dozen
/// tags at every candidate token. Tags are ASCII words ("between", "a.m.").
pub fn tag_ci<'a, 't, E: ParseError<&'a str>>(tag: &'t str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str, E> + 't {
    move |i: &'a str| {
        let n = tag.len();
        if i.len() >= n && i.as_bytes()[..n].eq_ignore_ascii_case(tag.as_bytes()) && i.is_char_boundary(n) {
            Ok((&i[n..], &i[..n]))
        } else {
            Err(nom::Err::Error(E::from_error_kind(i, ErrorKind::Tag)))
        }
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‐' | '‑')
}

/// A run of letters and digits.
fn alnum_run(i: &str) -> IResult<&str, &str> {
    take_while1(char::is_alphanumeric).parse(i)
}

/// A joiner or an inner period followed by more letters: "-led", "’s", ".S".
fn joined_part(i: &str) -> IResult<&str, &str> {
    recognize((satisfy(|c| is_joiner(c) || c == '.'), alnum_run)).parse(i)
}

/// The common word, read a byte at a time: an ASCII letter, then ASCII
/// letters and digits, ended by a byte that cannot go on a word, or by a
/// joiner or period that nothing joins ("said." at a sentence's end). Its
/// length; None for anything else (a joined part, a byte of a wider
/// character next), which the full parser reads. Most words of English
/// copy are such, and decoding each as characters was a tenth of the whole
/// analysis.
fn plain_ascii_word(i: &str) -> Option<usize> {
    let bytes = i.as_bytes();
    if !bytes.first()?.is_ascii_alphabetic() {
        return None;
    }
    let n = bytes.iter().position(|&b| !ALNUM[usize::from(b)]).unwrap_or(bytes.len());
    match bytes.get(n) {
        Some(&b) if !b.is_ascii() => None,
        Some(b'-' | b'\'' | b'.') => (!may_go_on(bytes.get(n + 1))).then_some(n),
        _ => Some(n),
    }
}

/// ASCII letters and digits, by byte: one load a byte in the lexer's
/// hottest loop instead of three range tests.
static ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Can a word or number go on with this byte after a joiner or separator:
/// a letter or digit, or any byte of a wider character (which may be one)?
fn may_go_on(next: Option<&u8>) -> bool {
    next.is_some_and(|b| !b.is_ascii() || b.is_ascii_alphanumeric())
}

/// A word: letter first, then letters, digits and inner joiners. An
/// abbreviation with inner periods ("U.S.", "a.m.") keeps its final period.
pub fn word(i: &str) -> IResult<&str, &str> {
    match plain_ascii_word(i) {
        Some(n) => Ok((&i[n..], &i[..n])),
        None => any_word(i),
    }
}

/// [`word`] in full, for any word.
fn any_word(i: &str) -> IResult<&str, &str> {
    let (rest, w) =
        recognize((satisfy(char::is_alphabetic), take_while(char::is_alphanumeric), many0_count(joined_part)))
            .parse(i)?;
    // The period after is the rarer test, and a byte compare: this runs for
    // every word of every article.
    if rest.as_bytes().first() == Some(&b'.') && w.as_bytes().contains(&b'.') {
        let with_period = w.len() + 1;
        return Ok((&i[with_period..], &i[..with_period]));
    }
    Ok((rest, w))
}

/// A separator between digit groups: "2,186", "6.1", "4:17", "9/11". A
/// comma joins only a group of three: "22,24,26" is a list.
fn digit_separator(i: &str) -> IResult<&str, &str> {
    let comma_group = recognize((char(','), take_while_m_n(3, 3, |c: char| c.is_ascii_digit())));
    let (rest, sep) = alt((
        comma_group,
        recognize((satisfy(|c| matches!(c, '.' | ':' | '/')), take_while1(|c: char| c.is_ascii_digit()))),
    ))
    .parse(i)?;
    if sep.starts_with(',') && rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, sep))
}

/// Digits ended by a byte that neither separates digit groups nor starts a
/// suffix, or by a separator with no digit after it ("2015." at a
/// sentence's end): the common number, read without the full parser. Its
/// length.
fn plain_digits(i: &str) -> Option<usize> {
    let bytes = i.as_bytes();
    let n = bytes.iter().position(|b| !b.is_ascii_digit()).unwrap_or(bytes.len());
    match bytes.get(n) {
        _ if n == 0 => None,
        Some(&b) if !b.is_ascii() || b.is_ascii_alphabetic() => None,
        Some(b',' | b'.' | b':' | b'/') => (!may_go_on(bytes.get(n + 1))).then_some(n),
        _ => Some(n),
    }
}

/// A number token: digits first, inner separators, and a letter suffix
/// ("100k", "3rd", "1990s").
pub fn number(i: &str) -> IResult<&str, &str> {
    match plain_digits(i) {
        Some(n) => Ok((&i[n..], &i[..n])),
        None => any_number(i),
    }
}

/// [`number`] in full, for any number token.
fn any_number(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while1(|c: char| c.is_ascii_digit()),
        many0_count(digit_separator),
        opt(take_while1(char::is_alphabetic)),
    ))
    .parse(i)
}

fn token(i: &str) -> IResult<&str, (TokenKind, &str)> {
    match i.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => return number.map(|s| (TokenKind::Number, s)).parse(i),
        Some(b) if b.is_ascii_alphabetic() => return word.map(|s| (TokenKind::Word, s)).parse(i),
        // Neither a number nor a word starts with an ASCII sign: one byte.
        Some(b) if b.is_ascii() => return Ok((&i[1..], (TokenKind::Punct, &i[..1]))),
        _ => {}
    }
    any_token(i)
}

/// [`token`] in full: a number, a word, or one character of anything else.
fn any_token(i: &str) -> IResult<&str, (TokenKind, &str)> {
    alt((
        number.map(|s| (TokenKind::Number, s)),
        word.map(|s| (TokenKind::Word, s)),
        recognize(anychar).map(|s| (TokenKind::Punct, s)),
    ))
    .parse(i)
}

/// Lex `text`, offsetting every token by `base` (the text's position in its
/// document). The vector keeps its spare room: tokens are held for one
/// block of a document (see [`crate::BLOCK_BYTES`]) and dropped once its
/// facts are read, and trimming each sentence's cost a copy.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    // English copy runs about five bytes a token, spaces included: a
    // quarter of its bytes rarely grows.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 4);
    let mut rest = text;
    loop {
        rest = skip_space(rest);
        if rest.is_empty() {
            return tokens;
        }
        let (after, (kind, _)) = token(rest).expect("anychar always matches non-empty input");
        let start = text.len() - rest.len();
        let end = text.len() - after.len();
        tokens.push(Token::new(base + start, base + end, kind));
        rest = after;
    }
}

/// `text` after its leading white space: ASCII spaces a byte at a time,
/// then any wider white space as characters.
fn skip_space(text: &str) -> &str {
    let ascii = text.bytes().position(|b| !matches!(b, b' ' | b'\n' | b'\r' | b'\t')).unwrap_or(text.len());
    let rest = &text[ascii..];
    match rest.as_bytes().first() {
        Some(&b) if !b.is_ascii() || b <= b' ' => rest.trim_start_matches(is_space),
        _ => rest,
    }
}

/// White space, including the no-break space and the byte-order mark.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// The next word at the start of `text` (after white space), for phrase
/// matching: its byte range in `text`.
pub fn next_word(text: &str) -> Option<(usize, usize)> {
    let trimmed = skip_space(text);
    if trimmed.is_empty() {
        return None;
    }
    let start = text.len() - trimmed.len();
    let (after, _) = token(trimmed).ok()?;
    Some((start, text.len() - after.len()))
}

/// Compare a word from the text with a lower-case rule word, ignoring case
/// and treating curly apostrophes as straight ones.
pub fn word_eq(word: &str, rule_word: &str) -> bool {
    // An ASCII word lower-cases byte for byte; rule words are folded.
    if word.is_ascii() {
        return word.eq_ignore_ascii_case(rule_word);
    }
    let mut a = word.chars().flat_map(char::to_lowercase).map(fold_apostrophe);
    let mut b = rule_word.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// Is `word` one of the folded `words`, as [`word_eq`] compares: a test
/// against a few grammar words without folding a copy of `word`.
pub fn is_any(word: &str, words: &[&str]) -> bool {
    // Lengths differ for most: compared before any byte.
    if word.is_ascii() {
        return words.iter().any(|w| w.len() == word.len() && word.eq_ignore_ascii_case(w));
    }
    words.iter().any(|w| word_eq(word, w))
}

/// Lower-case a word and fold curly apostrophes: the key form used by rule
/// tables. Words of up to 24 bytes stay inline (no allocation): folding
/// runs for most tokens, on every stage.
pub fn fold(word: &str) -> CompactString {
    // Curly apostrophes and Unicode hyphens are not ASCII: an ASCII word
    // only needs lower-casing.
    if word.is_ascii() {
        let mut folded = CompactString::from(word);
        folded.make_ascii_lowercase();
        return folded;
    }
    word.chars().flat_map(char::to_lowercase).map(fold_apostrophe).collect()
}

/// Call `f` with the folded form of `word`, for lookups that run per token
/// and keep nothing: a word already folded (most are lower-case ASCII) is
/// passed as it is, and [`fold`] keeps short words on the stack.
pub fn with_folded<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    if word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'\'' || b == b'.') {
        return f(word);
    }
    f(&fold(word))
}

fn fold_apostrophe(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' => '\'',
        '‐' | '‑' => '-',
        c => c,
    }
}

/// Does `word` end with the lower-case ASCII `suffix`, ignoring ASCII case
/// ("Reporting" ends with "ing")? No allocation, unlike folding first.
pub fn ends_with_ci(word: &str, suffix: &str) -> bool {
    let (w, s) = (word.as_bytes(), suffix.as_bytes());
    w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// True when a word begins with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn words_keep_abbreviations_possessives_and_hyphens() {
        assert_eq!(texts("the U.S. senior official"), ["the", "U.S.", "senior", "official"]);
        assert_eq!(texts("Obama’s Syrian-led G20"), ["Obama’s", "Syrian-led", "G20"]);
        assert_eq!(texts("Mr. Smith."), ["Mr", ".", "Smith", "."]);
    }

    #[test]
    fn numbers_keep_separators_and_suffixes() {
        assert_eq!(
            texts("2,186.5 people at 4:17 on 9/11, 100k"),
            ["2,186.5", "people", "at", "4:17", "on", "9/11", ",", "100k"]
        );
        assert_eq!(texts("120."), ["120", "."]);
        assert_eq!(tokenize("120", 7)[0], Token::new(7, 10, TokenKind::Number));
    }

    #[test]
    fn punctuation_and_quotes_are_single_tokens() {
        assert_eq!(texts("“Yes,” he said"), ["“", "Yes", ",", "”", "he", "said"]);
        assert_eq!(texts("according to\nThe Guardian."), ["according", "to", "The", "Guardian", "."]);
    }

    /// The byte-wise readings of common words and numbers stop where the
    /// full parsers do, at every word and number start of the seeds and of
    /// the cluster articles.
    #[test]
    fn fast_paths_agree_with_the_full_parsers_on_whole_articles() {
        let (mut words, mut numbers) = (0, 0);
        for text in crate::test_texts::articles() {
            for at in (0..text.len()).filter(|&p| text.is_char_boundary(p)) {
                let rest = &text[at..];
                if let Some(n) = plain_ascii_word(rest) {
                    assert_eq!(any_word(rest).unwrap().1, &rest[..n]);
                    words += 1;
                }
                if let Some(n) = plain_digits(rest) {
                    assert_eq!(any_number(rest).unwrap().1, &rest[..n]);
                    numbers += 1;
                }
            }
        }
        assert!(words > 60_000 && numbers > 2_000, "{words} words, {numbers} numbers");
    }

    #[test]
    fn an_ascii_sign_is_one_token_as_the_full_parser_reads_it() {
        let signs = (0u8..128).filter(|b| !b.is_ascii_alphanumeric()).map(char::from);
        for sign in signs.filter(|c| !is_space(*c)) {
            for after in ["", "5", "a", "-", "’s", "é", " x"] {
                let s = format!("{sign}{after}");
                assert_eq!(token(&s).unwrap(), any_token(&s).unwrap(), "{s:?}");
            }
        }
    }

    #[test]
    fn fast_paths_leave_joiners_periods_and_wider_characters_to_the_full_parsers() {
        for s in ["U.S. officials", "Obama’s", "Syrian-led", "won't", "e.g", "café", "S.é", "x-ö"] {
            assert_eq!(plain_ascii_word(s), None, "{s}");
        }
        for s in ["said, adding", "said.", "said.\"", "well- known", "students' union", "was-"] {
            let n = s.find(|c: char| !c.is_ascii_alphanumeric()).unwrap();
            assert_eq!(plain_ascii_word(s), Some(n), "{s}");
            assert_eq!(any_word(s).unwrap().1, &s[..n], "{s}");
        }
        for s in ["2,186", "6.1", "4:17", "9/11", "100k", "3rd", "1,é"] {
            assert_eq!(plain_digits(s), None, "{s}");
        }
        for s in ["129 dead", "2015.", "22, 24", "12: noon", "4/ 5", "1990.\""] {
            let n = s.find(|c: char| !c.is_ascii_digit()).unwrap();
            assert_eq!(plain_digits(s), Some(n), "{s}");
            assert_eq!(any_number(s).unwrap().1, &s[..n], "{s}");
        }
        assert_eq!(skip_space(" \u{a0}\u{feff}\x0bword"), "word");
    }

    #[test]
    fn word_eq_folds_case_and_apostrophes() {
        assert!(word_eq("Obama’s", "obama's"));
        assert!(word_eq("SAID", "said"));
        assert!(!word_eq("sai", "said"));
    }
}
