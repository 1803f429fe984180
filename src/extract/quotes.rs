//! Quotes: pair quotation marks within each paragraph. Curly and straight
//! double marks, guillemets, and single curly marks that are not apostrophes.
//! A quote left open at the end of a paragraph runs to the paragraph's end
//! (news style continues it in the next paragraph).

use crate::segment::Segments;
use crate::span::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quote with its marks.
    pub span: Span,
    /// The words between the marks.
    pub inner: Span,
    pub paragraph: usize,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Double,
    Single,
    Guillemet,
}

/// Every quote in the document, in order.
pub fn quotes(text: &str, segments: &Segments) -> Vec<Quote> {
    let mut out = Vec::new();
    for (index, para) in segments.paragraphs.iter().enumerate() {
        quotes_in_paragraph(text, para.span, index, &mut out);
    }
    out
}

fn quotes_in_paragraph(text: &str, para: Span, paragraph: usize, out: &mut Vec<Quote>) {
    let p = para.text(text);
    let mut open: Option<(Mark, usize, usize)> = None; // kind, start, inner start
                                                       // Only quotation marks matter: '"', and the lead bytes of “ ” ‘ ’ (E2)
                                                       // and « » (C2); the text between them is skipped, not walked.
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, p.as_bytes()) {
        let Some(c) = p[i..].chars().next() else { continue };
        let after = i + c.len_utf8();
        let next = p[after..].chars().next();
        let prev = p[..i].chars().next_back();
        let at_word_start = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
        match (c, open) {
            ('“', None) => open = Some((Mark::Double, i, after)),
            ('"', None) if next.is_some_and(|n| !n.is_whitespace()) => open = Some((Mark::Double, i, after)),
            ('«', None) => open = Some((Mark::Guillemet, i, after)),
            ('‘', None) if at_word_start => open = Some((Mark::Single, i, after)),
            ('”' | '"', Some((Mark::Double, s, inner))) | ('»', Some((Mark::Guillemet, s, inner))) => {
                out.push(closed_quote(para.start(), s, inner, i, after, paragraph));
                open = None;
            }
            ('’', Some((Mark::Single, s, inner))) if !next.is_some_and(char::is_alphanumeric) => {
                out.push(closed_quote(para.start(), s, inner, i, after, paragraph));
                open = None;
            }
            _ => {}
        }
    }
    if let Some((Mark::Double | Mark::Guillemet, s, inner)) = open {
        out.push(Quote {
            span: Span::new(para.start() + s, para.end()),
            inner: Span::new(para.start() + inner, para.end()),
            paragraph,
            closed: false,
        });
    }
}

fn closed_quote(base: usize, start: usize, inner: usize, close: usize, end: usize, paragraph: usize) -> Quote {
    Quote {
        span: Span::new(base + start, base + end),
        inner: Span::new(base + inner, base + close),
        paragraph,
        closed: true,
    }
}

/// Is `c` a mark that opens a quote?
pub fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '"' | '«' | '‘')
}

/// Is `c` a mark that closes a quote?
pub fn is_close_mark(c: char) -> bool {
    matches!(c, '”' | '"' | '»' | '’')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;
    use crate::segment::segment;

    fn inner(text: &str) -> Vec<(String, bool)> {
        let rules = Rules::builtin().unwrap();
        let seg = segment(text, &rules.segment);
        quotes(text, &seg).iter().map(|q| (q.inner.text(text).to_string(), q.closed)).collect()
    }

    #[test]
    fn curly_straight_and_single_marks() {
        assert_eq!(
            inner("He said “yes” and \"no\" in a ‘Power Huddle’ at Obama’s table."),
            [("yes".into(), true), ("no".into(), true), ("Power Huddle".into(), true)]
        );
    }

    #[test]
    fn apostrophes_inside_quotes_do_not_close_them() {
        assert_eq!(
            inner("“It’s an attack on the civilized world.”"),
            [("It’s an attack on the civilized world.".into(), true)]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        assert_eq!(
            inner("“We will fight on.\n\n“And we will win,” he said."),
            [("We will fight on.".into(), false), ("And we will win,".into(), true)]
        );
    }
}
