//! HTML and Markdown input on real articles: every cluster article and both
//! seeds, written out as an HTML page (entities for quotes and apostrophes, a
//! script and a style block, one <p> a line) and as Markdown (emphasis, a
//! link), must give the same claims and figures as the plain text, at
//! offsets that point at the same words in the marked-up file.

use crosscheck::load::{load_inputs, Document};
use crosscheck::rules::Rules;
use std::path::Path;

/// The articles' bodies: a page carries its date in its own markup, not in
/// crosscheck's `# key: value` header lines, so those are left out.
fn articles() -> Vec<Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs = vec![root.join("seeds")];
    inputs.push(root.join("../shared/bench/clusters"));
    let docs = load_inputs(&inputs).expect("seeds and clusters load");
    docs.into_iter()
        .map(|d| {
            let body: Vec<&str> = d.text.lines().skip_while(|l| l.starts_with("# ") && l.contains(':')).collect();
            Document::from_text(d.path.clone(), body.join("\n"))
        })
        .collect()
}

fn html_page(text: &str) -> String {
    let mut page = String::from(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>p { margin: 0 }</style>\
         <script>var views = 1200;</script></head><body><article>\n",
    );
    // A paragraph a block of lines, its lines broken by <br> as a CMS writes them.
    for block in text.split("\n\n") {
        let escaped = block
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('“', "&ldquo;")
            .replace('”', "&rdquo;")
            .replace('’', "&rsquo;")
            .replace('\n', "<br>");
        page.push_str(&format!("<p>{escaped}</p>\n"));
    }
    page.push_str("</article><!-- 300 related stories --></body></html>\n");
    page
}

fn markdown_page(text: &str) -> String {
    text.lines()
        .map(|l| match l.split_once(" said") {
            Some((a, b)) if !l.starts_with('#') => format!("**{a}** [said](https://example.com/said){b}\n"),
            _ => format!("{l}\n"),
        })
        .collect()
}

/// Claims and figures as comparable text: figure words, values, measures,
/// sources.
fn reading(doc: &Document, rules: &Rules) -> (Vec<String>, Vec<String>) {
    let a = crosscheck::analyze(doc, rules);
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let facts =
        a.facts.iter().map(|f| format!("{} = {} {:?}", flat(doc.slice(f.span)), f.value(), f.measure)).collect();
    let claims =
        a.extraction.claims.iter().map(|c| format!("{} <- {}", c.canonical_source, flat(&c.source_text))).collect();
    (facts, claims)
}

/// Each figure's span starts on the same word in the marked-up file.
fn offsets_hold(doc: &Document, rules: &Rules) -> usize {
    let a = crosscheck::analyze(doc, rules);
    for f in &a.facts {
        let plain = doc.slice(f.span);
        let first: String = plain.chars().take_while(|c| c.is_alphanumeric()).collect();
        assert!(
            doc.original()[f.span.start()..].starts_with(&first),
            "{}: {plain:?} is not at its offset in the file",
            doc.path
        );
    }
    a.facts.len()
}

#[test]
fn html_pages_read_like_their_plain_text() {
    let rules = Rules::builtin().unwrap();
    let mut figures = 0;
    for doc in articles() {
        let page = Document::from_marked_up(format!("{}.html", doc.path), html_page(&doc.text));
        assert_eq!(page.text.len(), page.original().len());
        assert_eq!(reading(&page, &rules), reading(&doc, &rules), "{}", doc.path);
        figures += offsets_hold(&page, &rules);
    }
    assert!(figures > 500, "the articles hold figures to compare: {figures}");
}

#[test]
fn markdown_pages_read_like_their_plain_text() {
    let rules = Rules::builtin().unwrap();
    for doc in articles() {
        let page = Document::from_marked_up(format!("{}.md", doc.path), markdown_page(&doc.text));
        let (facts, _) = reading(&page, &rules);
        assert_eq!(facts, reading(&doc, &rules).0, "{}", doc.path);
        offsets_hold(&page, &rules);
    }
}

#[test]
fn html_line_numbers_are_the_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let seed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_ec28406811e2f7e6.txt")).unwrap();
    std::fs::write(dir.join("seed.html"), html_page(&seed)).unwrap();
    let docs = load_inputs(&[dir.join("seed.html")]).unwrap();
    let a = crosscheck::analyze(&docs[0], &Rules::builtin().unwrap());
    let toll = a.facts.iter().find(|f| docs[0].slice(f.span) == "more than 120").expect("the toll is read");
    // The seed's lines are one paragraph joined by <br>: line 3 of the page,
    // after two lines of head.
    let (line, col) = docs[0].line_col(toll.span.start());
    assert_eq!(line, 3);
    let page_line = std::fs::read_to_string(dir.join("seed.html")).unwrap().lines().nth(2).unwrap().to_string();
    assert!(page_line.chars().skip(col - 1).collect::<String>().starts_with("more than 120"));
    // A page of markup alone is empty input.
    std::fs::write(dir.join("empty.html"), "<html><body><script>var x = 1;</script></body></html>").unwrap();
    let err = load_inputs(&[dir.join("empty.html")]).unwrap_err().to_string();
    assert!(err.contains("empty.html"), "{err}");
}
