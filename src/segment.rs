//! Segment: split a document into its metadata header, paragraphs and
//! sentences. Works on the original text and returns spans into it.

use nom::bytes::complete::{tag, take_till, take_while1};
use nom::character::complete::{char, space0, space1};
use nom::{IResult, Parser};

use crate::rules::SegmentRules;
use crate::span::Span;
use crate::words::{fold, is_space};

/// A `# key: value` line from the header of an article file.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub key: String,
    pub value: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub span: Span,
    /// Index of its first sentence in [`Segments::sentences`].
    pub first_sentence: usize,
    /// One past its last sentence.
    pub end_sentence: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Segments {
    pub metadata: Vec<Meta>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

impl Segments {
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.metadata.iter().find(|m| m.key == key).map(|m| m.value.as_str())
    }

    /// The `# date:` header's ISO date ("2016-06-13"), when the header opens
    /// with a real one: only such a header dates the article.
    pub fn date_header(&self) -> Option<&str> {
        self.meta("date").and_then(|d| d.get(..10)).filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
    }

    /// The sentences in runs of at most `max_bytes` of text each, in
    /// order, covering all: cut between paragraphs, and between the
    /// sentences of a paragraph only when it alone is longer (a 10 MB line).
    pub fn blocks(&self, max_bytes: usize) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let from = |s: usize| self.sentences[s].span.start();
        for p in self.paragraphs.iter().filter(|p| p.first_sentence < p.end_sentence) {
            if p.first_sentence > start && p.span.end() - from(start) > max_bytes {
                out.push(start..p.first_sentence);
                start = p.first_sentence;
            }
            for s in p.first_sentence + 1..p.end_sentence {
                if s > start && self.sentences[s].span.end() - from(start) > max_bytes {
                    out.push(start..s);
                    start = s;
                }
            }
        }
        if start < self.sentences.len() {
            out.push(start..self.sentences.len());
        }
        out
    }

    /// The segments of a run of `sentences` alone, indexes counted from its
    /// first sentence and paragraph; spans stay the document's, but for a
    /// paragraph the run cuts, which keeps only the run's part. The header
    /// comes along: it dates every part of the article.
    pub fn block(&self, sentences: std::ops::Range<usize>) -> Segments {
        let own = &self.sentences[sentences.clone()];
        let (Some(first), Some(last)) = (own.first(), own.last()) else {
            return Segments { metadata: self.metadata.clone(), ..Segments::default() };
        };
        let paragraph = |p: &Paragraph| {
            let (lo, hi) = (p.first_sentence.max(sentences.start), p.end_sentence.min(sentences.end));
            let whole = (lo, hi) == (p.first_sentence, p.end_sentence);
            let span = if whole || lo >= hi {
                p.span
            } else {
                Span::new(self.sentences[lo].span.start(), self.sentences[hi - 1].span.end())
            };
            Paragraph { span, first_sentence: lo - sentences.start, end_sentence: hi - sentences.start }
        };
        Segments {
            metadata: self.metadata.clone(),
            paragraphs: self.paragraphs[first.paragraph..=last.paragraph].iter().map(paragraph).collect(),
            sentences: own
                .iter()
                .map(|s| Sentence { span: s.span, paragraph: s.paragraph - first.paragraph })
                .collect(),
        }
    }
}

/// Split `text` into header, paragraphs and sentences.
pub fn segment(text: &str, rules: &SegmentRules) -> Segments {
    let mut out = Segments::default();
    let body_start = read_header(text, &mut out.metadata);
    // One buffer for each paragraph's sentences, and one for the pieces of
    // each, instead of two vectors per paragraph and sentence.
    let (mut sentences, mut pieces) = (Vec::new(), Vec::new());
    for para in paragraph_spans(text, body_start, rules) {
        let first = out.sentences.len();
        let index = out.paragraphs.len();
        sentences.clear();
        sentence_spans(text, para, rules, &mut sentences);
        for &sentence in &sentences {
            pieces.clear();
            cut_long(text, sentence, rules.max_sentence_bytes, &mut pieces);
            out.sentences.extend(pieces.iter().map(|&span| Sentence { span, paragraph: index }));
        }
        out.paragraphs.push(Paragraph { span: para, first_sentence: first, end_sentence: out.sentences.len() });
    }
    out
}

/// `# key: value` (the value runs to the end of the line).
fn header_line(i: &str) -> IResult<&str, (&str, &str)> {
    let key = take_while1(|c: char| c.is_alphanumeric() || c == '_' || c == '-');
    let (rest, (_, _, k, _, _, v)) = (tag("#"), space1, key, char(':'), space0, take_till(|c| c == '\n')).parse(i)?;
    Ok((rest, (k, v.trim_end_matches('\r'))))
}

/// Is `line` a `# key: value` metadata line?
pub fn is_header_line(line: &str) -> bool {
    header_line(line).is_ok()
}

/// Read the header lines at the top of `text`; return where the body starts.
fn read_header(text: &str, metadata: &mut Vec<Meta>) -> usize {
    let mut pos = 0;
    while let Ok((rest, (key, value))) = header_line(&text[pos..]) {
        let end = text.len() - rest.len();
        metadata.push(Meta { key: key.to_string(), value: value.trim().to_string(), span: Span::new(pos, end) });
        pos = end + usize::from(rest.starts_with('\n'));
    }
    pos
}

/// Lines of `text[from..]` with their spans, line breaks excluded.
fn lines_from(text: &str, from: usize) -> impl Iterator<Item = Span> + '_ {
    let body = &text[from..];
    body.split_inclusive('\n').scan(from, |pos, line| {
        let start = *pos;
        *pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        Some(Span::new(start, start + content.len()))
    })
}

/// Paragraphs: blocks of lines between blank lines; a line that does not
/// run on into the next one ends its paragraph (scraped copy puts one
/// paragraph per line).
fn paragraph_spans(text: &str, from: usize, rules: &SegmentRules) -> Vec<Span> {
    let mut paras: Vec<Span> = Vec::new();
    let mut open: Option<Span> = None;
    for line in lines_from(text, from) {
        let content = line.text(text).trim_matches(is_space);
        if content.is_empty() {
            paras.extend(open.take());
            continue;
        }
        let lead = line.text(text).len() - line.text(text).trim_start_matches(is_space).len();
        let line = Span::new(line.start() + lead, line.start() + lead + content.len());
        open = match open {
            Some(p) if runs_on(p.text(text), rules) => Some(p.cover(line)),
            Some(p) => {
                paras.push(p);
                Some(line)
            }
            None => Some(line),
        };
    }
    paras.extend(open);
    paras
}

/// Does a line that ends this way continue on the next line?
fn runs_on(para: &str, rules: &SegmentRules) -> bool {
    let trimmed = para.trim_end_matches(is_space);
    if trimmed.ends_with(',') {
        return true;
    }
    let last = trimmed.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    !last.is_empty() && trimmed.ends_with(last) && rules.run_on_words.contains(fold(last).as_str())
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Where the next sentence-ending character is in `p` from byte `from`
/// on: a vectorised byte search (memchr), as most of a paragraph is read
/// only here.
fn next_terminal(p: &str, from: usize) -> Option<usize> {
    let bytes = &p.as_bytes()[from..];
    let stop = memchr::memchr3(b'.', b'!', b'?', bytes);
    // '…' is the only terminal wider than a byte, and none of its bytes is
    // one of the three: an ellipsis counts only before the first of them.
    let ellipsis = memchr::memmem::find(&bytes[..stop.unwrap_or(bytes.len())], "…".as_bytes());
    ellipsis.or(stop).map(|at| from + at)
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Sentence spans inside one paragraph, pushed on `spans`.
fn sentence_spans(text: &str, para: Span, rules: &SegmentRules, spans: &mut Vec<Span>) {
    let p = para.text(text);
    let mut start = 0;
    let mut from = 0;
    while let Some(i) = next_terminal(p, from) {
        let c = p[i..].chars().next().expect("a terminal is a character");
        let run = p[i..].chars().take_while(|&d| is_terminal(d) || is_closing(d));
        let end = i + run.map(char::len_utf8).sum::<usize>();
        from = end;
        let after = &p[end..];
        let next_start = end + (after.len() - after.trim_start_matches(is_space).len());
        if next_start == end && end < p.len() {
            continue; // no space after: "6.1", "U.S.-led"
        }
        if end < p.len() && !is_boundary(p, i, c, &p[next_start..], rules) {
            continue;
        }
        push_trimmed(spans, para.start(), p, start, end);
        start = next_start;
    }
    push_trimmed(spans, para.start(), p, start, p.len());
}

/// A run-on "sentence" longer than `max` bytes, cut at the last space before
/// each limit (or at the limit, when there is no space), pushed on `out`.
fn cut_long(text: &str, sentence: Span, max: usize, out: &mut Vec<Span>) {
    let mut start = sentence.start();
    while sentence.end() - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = text[start..limit].rfind(is_space).map_or(limit, |at| start + at);
        // A limit inside the first character still moves on by that character.
        let cut = if cut > start { cut } else { start + text[start..].chars().next().map_or(1, char::len_utf8) };
        push_trimmed(out, start, &text[start..sentence.end()], 0, cut - start);
        start = cut;
    }
    push_trimmed(out, start, &text[start..sentence.end()], 0, sentence.end() - start);
}

fn push_trimmed(spans: &mut Vec<Span>, base: usize, p: &str, start: usize, end: usize) {
    let s = &p[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let body = s.trim_matches(is_space);
    if !body.is_empty() {
        spans.push(Span::new(base + start + lead, base + start + lead + body.len()));
    }
}

/// Is the terminal `c` at byte `i` of `p` the end of a sentence, given the
/// text that follows?
fn is_boundary(p: &str, i: usize, c: char, next: &str, rules: &SegmentRules) -> bool {
    let Some(first) = next.chars().next() else { return true };
    // A sentence does not open with a dash: `"…game." - Matthew Ingram` is a credit.
    if first.is_lowercase() || matches!(first, '—' | '–' | '-') {
        return false;
    }
    if c != '.' {
        return true;
    }
    let before = &p[..i];
    let word = before.rsplit(|ch: char| !(ch.is_alphanumeric() || ch == '.')).next().unwrap_or("");
    let key = fold(word.trim_end_matches('.'));
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false; // an initial: "J. K. Rowling"
    }
    if rules.never_final.contains(key.as_str()) {
        return false;
    }
    if rules.maybe_final.contains(key.as_str()) {
        let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        return rules.sentence_openers.contains(fold(&next_word).as_str());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    fn sentences(text: &str) -> Vec<String> {
        let rules = Rules::builtin().unwrap();
        segment(text, &rules.segment).sentences.iter().map(|s| s.span.text(text).to_string()).collect()
    }

    #[test]
    fn a_run_on_line_is_cut_at_spaces_and_keeps_every_word() {
        let words: Vec<String> = (0..5000).map(|i| format!("word{i}")).collect();
        let text = words.join(" ");
        let rules = Rules::builtin().unwrap();
        let max = rules.segment.max_sentence_bytes;
        let got = sentences(&text);
        assert!(got.len() > 1 && got.iter().all(|s| s.len() <= max), "{} sentences", got.len());
        let rejoined: Vec<String> = got.iter().flat_map(|s| s.split(' ')).map(String::from).collect();
        assert_eq!(rejoined, words);
    }

    #[test]
    fn a_limit_inside_a_character_cuts_after_it() {
        let text = "ééé ü";
        let mut spans = Vec::new();
        cut_long(text, Span::new(0, text.len()), 1, &mut spans);
        let cut: Vec<&str> = spans.iter().map(|s| s.text(text)).collect();
        assert_eq!(cut, ["é", "é", "é", "ü"]);
    }

    #[test]
    fn header_lines_are_metadata_not_text() {
        let text = "# source: http://x.org/a\n# date: 2016-06-14\n\nHeadline here\n\nBody one. Body two.";
        let rules = Rules::builtin().unwrap();
        let seg = segment(text, &rules.segment);
        assert_eq!(seg.meta("date"), Some("2016-06-14"));
        assert_eq!(seg.paragraphs.len(), 2);
        assert_eq!(sentences(text), ["Headline here", "Body one.", "Body two."]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met Sen. Jones at 4 p.m. Friday. Then the U.S. envoy left."),
            ["Mr. Smith met Sen. Jones at 4 p.m. Friday.", "Then the U.S. envoy left."]
        );
        assert_eq!(sentences("He went to the U.S. The trip was long."), ["He went to the U.S.", "The trip was long."]);
        assert_eq!(sentences("J. K. Rowling wrote it."), ["J. K. Rowling wrote it."]);
    }

    #[test]
    fn quotes_close_sentences_and_lowercase_continues() {
        assert_eq!(
            sentences("“We will win!” he said. “Soon.” Then he left."),
            ["“We will win!” he said.", "“Soon.”", "Then he left."]
        );
    }

    #[test]
    fn a_credit_after_a_quote_stays_with_it() {
        assert_eq!(sentences("\"It's a long game.\" - Matthew Ingram"), ["\"It's a long game.\" - Matthew Ingram"]);
    }

    #[test]
    fn a_line_ending_in_according_to_runs_on() {
        let text = "Putin spoke, according to\nReuters.\n\"We are mulling,\" Putin said.\nSaid the Times\nNext line.";
        assert_eq!(
            sentences(text),
            ["Putin spoke, according to\nReuters.", "\"We are mulling,\" Putin said.", "Said the Times", "Next line."]
        );
    }

    #[test]
    fn blocks_cover_the_paragraphs_in_runs_of_the_size_asked() {
        let text =
            "# date: 2016-06-12\n\nOne. Two.\n\nThree.\n\nA paragraph far longer than the rest.\n\nFour. Five.\n";
        let segs = segment(text, &Rules::builtin().unwrap().segment);
        assert_eq!(segs.paragraphs.len(), 4);
        assert_eq!(segs.blocks(usize::MAX), vec![0..6]);
        assert_eq!(segs.blocks(20), [0..3, 3..4, 4..6], "a sentence over the size is a block alone");
        assert_eq!(segs.blocks(10), [0..2, 2..3, 3..4, 4..5, 5..6], "a paragraph over the size is cut");
        let block = segs.block(4..6);
        assert_eq!(block.meta("date"), Some("2016-06-12"));
        assert_eq!((block.paragraphs[0].first_sentence, block.paragraphs[0].end_sentence), (0, 2));
        let texts: Vec<&str> = block.sentences.iter().map(|s| s.span.text(text)).collect();
        assert_eq!(texts, ["Four.", "Five."]);
        assert!(block.sentences.iter().all(|s| s.paragraph == 0));
        let cut = segs.block(1..2);
        assert_eq!(cut.paragraphs.len(), 1);
        assert_eq!(cut.paragraphs[0].span.text(text), "Two.", "a cut paragraph keeps its part");
    }

    #[test]
    fn blocks_of_a_run_on_paragraph_cover_its_sentences() {
        let text = "One. ".repeat(1000);
        let segs = segment(&text, &Rules::builtin().unwrap().segment);
        let blocks = segs.blocks(512);
        assert!(blocks.len() > 5, "{blocks:?}");
        assert!(blocks.windows(2).all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
        assert_eq!((blocks[0].start, blocks.last().unwrap().end), (0, segs.sentences.len()));
        for b in &blocks {
            let part = segs.block(b.clone());
            assert!(part.paragraphs[0].span.len() <= 512 && part.sentences.len() == b.len());
        }
    }
}
