//! Markup: turn HTML and Markdown into plain text of the same length, so every
//! byte offset found in the plain text is an offset in the original file.
//! Tags, comments, scripts and Markdown syntax become spaces (newlines kept;
//! a block-level tag starts a new line); an entity becomes its character,
//! with the rest of its word moved up against it and the freed bytes blanked
//! after the word, so "Obama&rsquo;s" still reads as one word.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_until, take_while1, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{opt, recognize};
use nom::sequence::delimited;
use nom::{IResult, Parser};

/// Tags after which the text starts a new paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "blockquote",
    "article",
    "section",
    "header",
    "footer",
    "title",
    "figcaption",
    "figure",
    "hr",
    "pre",
    "main",
    "aside",
    "nav",
];

/// Elements whose content is not text: blanked with their tags.
const HIDDEN_ELEMENTS: &[&str] = &["script", "style", "noscript", "template", "svg"];

/// Which markup a file is written in, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Plain,
    Markdown,
    Html,
}

impl Markup {
    pub fn from_path(path: &str) -> Markup {
        let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Markup::Html,
            "md" | "markdown" => Markup::Markdown,
            _ => Markup::Plain,
        }
    }
}

/// The plain text of `text`, byte for byte as long, or None when there is
/// no markup to strip.
pub fn strip(text: &str, markup: Markup) -> Option<String> {
    match markup {
        Markup::Plain => None,
        Markup::Html => Some(strip_html(text)),
        Markup::Markdown => Some(strip_markdown(text)),
    }
}

/// Write `n` bytes of blank into `out`, keeping the newlines of `original`.
fn blank(out: &mut Vec<u8>, original: &[u8]) {
    out.extend(original.iter().map(|&b| if b == b'\n' || b == b'\r' { b } else { b' ' }));
}

type Res<'a, T> = IResult<&'a str, T>;

/// `<!-- ... -->`
fn comment(i: &str) -> Res<'_, &str> {
    recognize(delimited(tag("<!--"), take_until("-->"), tag("-->"))).parse(i)
}

/// `<!DOCTYPE ...>`, `<?xml ...?>`
fn declaration(i: &str) -> Res<'_, &str> {
    recognize((alt((tag("<!"), tag("<?"))), take_until(">"), tag(">"))).parse(i)
}

/// A start or end tag, with its lower-cased name: `<p class="x">`, `</div>`.
fn element_tag(i: &str) -> Res<'_, (String, &str)> {
    let (rest, (_, _, name)) =
        (char('<'), opt(char('/')), take_while1(|c: char| c.is_ascii_alphanumeric())).parse(i)?;
    let (rest, _) = take_until(">")(rest)?;
    let len = i.len() - rest.len() + 1;
    Ok((&i[len..], (name.to_ascii_lowercase(), &i[..len])))
}

/// `&amp;`, `&#8217;`, `&#x2019;`
fn entity(i: &str) -> Res<'_, &str> {
    let name = take_while_m_n(1, 32, |c: char| c.is_ascii_alphanumeric() || c == '#');
    recognize((char('&'), name, char(';'))).parse(i)
}

/// Blank a hidden element from its start tag to the end of its end tag.
fn hidden_element<'a>(i: &'a str, name: &str) -> &'a str {
    let close = format!("</{name}");
    let lower = i.to_ascii_lowercase();
    match lower.find(&close) {
        Some(at) => {
            let end = i[at..].find('>').map_or(i.len(), |e| at + e + 1);
            &i[..end]
        }
        None => i,
    }
}

fn strip_html(text: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let consumed = match c {
            '<' => html_markup(rest, &mut out),
            '&' => html_entity(rest, &mut out),
            _ => None,
        };
        let n = consumed.unwrap_or_else(|| {
            out.extend_from_slice(&rest.as_bytes()[..c.len_utf8()]);
            c.len_utf8()
        });
        rest = &rest[n..];
    }
    debug_assert_eq!(out.len(), text.len());
    String::from_utf8(out).expect("only whole characters and ASCII blanks are written")
}

/// A tag, comment or hidden element at the start of `i`, blanked into `out`.
fn html_markup(i: &str, out: &mut Vec<u8>) -> Option<usize> {
    let whole = if let Ok((_, c)) = alt((comment, declaration)).parse(i) {
        c
    } else {
        let (_, (name, tag_text)) = element_tag(i).ok()?;
        let whole = if HIDDEN_ELEMENTS.contains(&name.as_str()) && !tag_text.starts_with("</") {
            hidden_element(i, &name)
        } else {
            tag_text
        };
        if BLOCK_TAGS.contains(&name.as_str()) {
            out.push(b'\n');
            blank(out, &whole.as_bytes()[1..]);
            return Some(whole.len());
        }
        whole
    };
    blank(out, whole.as_bytes());
    Some(whole.len())
}

/// An entity, decoded. At the start of a word ("&ldquo;120") the blanks come
/// first, so the word keeps its offset; inside or after a word
/// ("Obama&rsquo;s") the rest of the word moves up against the character
/// and the blanks follow it.
fn html_entity(i: &str, out: &mut Vec<u8>) -> Option<usize> {
    let (after, ent) = entity(i).ok()?;
    let decoded = html_escape::decode_html_entities(ent);
    if decoded == ent || decoded.len() > ent.len() {
        return None;
    }
    let decoded = if decoded == "\u{a0}" { " ".into() } else { decoded };
    if out.last().is_none_or(|b| b.is_ascii_whitespace()) {
        out.extend(std::iter::repeat_n(b' ', ent.len() - decoded.len()));
        out.extend_from_slice(decoded.as_bytes());
        return Some(ent.len());
    }
    let word_len = after.find(|c: char| c.is_whitespace() || c == '<' || c == '&').unwrap_or(after.len());
    out.extend_from_slice(decoded.as_bytes());
    out.extend_from_slice(&after.as_bytes()[..word_len]);
    out.extend(std::iter::repeat_n(b' ', ent.len() - decoded.len()));
    Some(ent.len() + word_len)
}

/// Markdown: heading and quote markers at line starts, emphasis runs,
/// inline code marks, and link and image syntax. A `# key: value` header
/// line (crosscheck's own metadata) is kept.
fn strip_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(&markdown_line(line));
    }
    out
}

fn markdown_line(line: &str) -> String {
    let is_metadata = crate::segment::is_header_line(line);
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    if !is_metadata {
        if let Ok((r, marker)) = line_marker(rest) {
            out.push_str(&" ".repeat(marker.len()));
            rest = r;
        }
    }
    while let Some(c) = rest.chars().next() {
        if let Ok((r, syntax)) = inline_syntax(rest) {
            out.push_str(&inline_blanked(syntax));
            rest = r;
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// `## `, `> `, `- ` at the start of a line.
fn line_marker(i: &str) -> Res<'_, &str> {
    let heading = recognize((take_while_m_n(1, 6, |c| c == '#'), char(' ')));
    let quote = recognize((take_while1(|c| c == '>'), opt(char(' '))));
    alt((heading, quote)).parse(i)
}

/// `**`, `__`, a backtick, `![alt](url)`, `](url)` closing a link, `[`.
fn inline_syntax(i: &str) -> Res<'_, &str> {
    let image = recognize((tag("!["), take_until("]("), tag("]("), take_until(")"), char(')')));
    let link_end = recognize((tag("]("), take_while1(|c: char| c != ')' && !c.is_whitespace()), char(')')));
    let emphasis = alt((tag("**"), tag("__"), tag("`")));
    // The link's own text holds no bracket: "[12][13] ... [said](url)"
    // keeps its footnote markers.
    let link_text = (take_till(|c| c == '[' || c == ']'), tag("]("));
    let link_start = recognize((char('['), nom::combinator::peek(link_text)));
    alt((image, link_end, emphasis, link_start)).parse(i)
}

/// Blanks as many bytes long as `syntax`, its newlines kept.
fn inline_blanked(syntax: &str) -> String {
    let mut out = Vec::with_capacity(syntax.len());
    blank(&mut out, syntax.as_bytes());
    String::from_utf8(out).expect("blanks and line breaks are ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_text_of_the_same_length() {
        let html = "<html><head><title>G20</title><style>p{color:red}</style></head>\n<body><p>Obama&rsquo;s aide said &ldquo;120 died&rdquo;.</p><!-- ad --><p>AT&amp;T</p></body></html>";
        let text = strip_html(html);
        assert_eq!(text.len(), html.len());
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("Obama’s aide said “120 died”."), "{text:?}");
        assert!(text.contains("AT&T"));
        assert!(!text.contains('<') && !text.contains("color"));
        // The figure sits at its offset in the original.
        let at = text.find("120").unwrap();
        assert_eq!(&html[at..at + 3], "120");
    }

    #[test]
    fn block_tags_start_lines_and_script_is_hidden() {
        let text = strip_html("<p>one</p><script>var x = 1 < 2;</script><p>two</p>");
        assert_eq!(text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>(), ["one", "two"]);
    }

    #[test]
    fn markdown_syntax_is_blanked_and_metadata_kept() {
        let md =
            "# date: 2015-11-16\n## Putin meets **Obama**\n> \"We agree,\" [Reuters](https://reuters.com/x) said.\n";
        let text = strip_markdown(md);
        assert_eq!(text.len(), md.len());
        assert!(text.starts_with("# date: 2015-11-16\n"));
        assert!(text.contains("   Putin meets   Obama  \n"), "{text:?}");
        assert!(text.contains("  \"We agree,\"  Reuters "), "{text:?}");
        assert!(!text.contains("https"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_keeps_its_length_and_newlines(text in "(<[a-z/!-]{0,6}|&[a-z#0-9]{0,6};?|\\*\\*|\\]\\(|\\PC|\n){0,80}") {
            for markup in [Markup::Html, Markup::Markdown] {
                let plain = strip(&text, markup).unwrap();
                proptest::prop_assert_eq!(plain.len(), text.len());
                for (i, b) in text.bytes().enumerate().filter(|(_, b)| *b == b'\n') {
                    proptest::prop_assert_eq!(plain.as_bytes()[i], b);
                }
            }
        }
    }

    #[test]
    fn text_that_only_looks_like_markup_is_kept() {
        assert_eq!(strip_html("5 < 6 & 7 > 3"), "5 < 6 & 7 > 3");
        assert_eq!(strip_html("&unknownentity; x"), "&unknownentity; x");
        let cited = "died.[12][13] Police [said](https://x.org) so";
        let plain = strip_markdown(cited);
        assert_eq!(plain.len(), cited.len());
        assert_eq!(plain.split_whitespace().collect::<Vec<_>>(), ["died.[12][13]", "Police", "said", "so"]);
    }
}
