//! Hostile input, whole: a 10 MB line with no newline, a million quote
//! marks, nested and unbalanced quotes, invalid UTF-8 deep in a large file,
//! CRLF with a byte-order mark, a 200 MB archive of articles in one file. Each is read without a panic, every span of
//! its analysis inside its text, and the binary answers with a report (or,
//! for bad bytes, one line naming the place) and the right exit code. How
//! long they take is measured by scripts/bench-hostile.sh, not here.

mod common;
use common::*;
use crosscheck::load::{load_inputs, Document};
use crosscheck::rules::Rules;

/// Words and figures of news, in a fixed pseudo-random order (a small LCG,
/// so the text is the same on every run), with no full stop or newline.
fn run_on(bytes: usize) -> String {
    const WORDS: [&str; 16] = [
        "more",
        "said",
        "died",
        "that",
        "Reuters",
        "to",
        "hurt",
        "120",
        "according",
        "the",
        "people",
        "3",
        "were",
        "and",
        "than",
        "official",
    ];
    let mut out = String::with_capacity(bytes + 16);
    let mut state: u32 = 7;
    while out.len() < bytes {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        out.push_str(WORDS[(state >> 16) as usize % WORDS.len()]);
        out.push(' ');
    }
    out
}

/// Write `text` to a scratch file and run `args` then the file's path.
fn run_on_file(name: &str, text: &[u8], args: &[&str]) -> (std::process::Output, tempfile::TempDir) {
    let tmp = scratch();
    let path = tmp.path().join(name);
    std::fs::write(&path, text).unwrap();
    let mut all: Vec<&str> = args.to_vec();
    let p = path.to_str().unwrap().to_string();
    all.push(&p);
    (run(&all), tmp)
}

#[test]
fn a_ten_megabyte_line_without_a_newline() {
    let text = run_on(10 << 20);
    assert!(!text.contains('\n'));
    let doc = Document::from_text("run-on.txt", text.as_str());
    let (claims, facts) = assert_sound(&doc, &Rules::builtin().unwrap());
    assert!(facts > 100_000 && claims > 0, "{claims} claims, {facts} facts");
    let (out, _tmp) = run_on_file("run-on.txt", text.as_bytes(), &["check", "--format", "line"]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn a_million_quote_marks() {
    let rules = Rules::builtin().unwrap();
    for mark in ["\"", "“", "”", "'"] {
        let text = mark.repeat(1_000_000);
        assert_sound(&Document::from_text("marks.txt", text.as_str()), &rules);
        let spaced = format!("{mark} ").repeat(1_000_000);
        assert_sound(&Document::from_text("spaced.txt", spaced.as_str()), &rules);
    }
    let (out, _tmp) = run_on_file("marks.txt", "“".repeat(1_000_000).as_bytes(), &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["documents"][0]["bytes"], 3_000_000);
}

#[test]
fn nested_and_unbalanced_quotes() {
    let text = "“He said ‘I “never” did it’ and left,” the official said.\n\n\
                “This one never closes, said the police chief, and 12 people died.\n\n\
                ”Backwards“ quotes, ‘half open, and \"straight \"nested\" ones\" too, Reuters said.\n\n\
                Finally: 49 people were killed, police said.";
    let doc = Document::from_text("nested.txt", text);
    let (claims, facts) = assert_sound(&doc, &Rules::builtin().unwrap());
    assert!(claims >= 2 && facts >= 2, "{claims} claims, {facts} facts");
    // The unclosed quote ends with its paragraph: the last one is still read.
    let report = crosscheck::check(std::slice::from_ref(&doc), &Rules::builtin().unwrap(), false);
    let a = &report.analyses[0];
    assert!(a.facts.iter().any(|f| doc.slice(f.span) == "49"), "{:?}", a.facts);
    assert!(a.extraction.claims.iter().any(|c| &*c.source_text == "police" && doc.slice(c.content).contains("49")));
}

#[test]
fn invalid_utf8_deep_in_a_large_file_names_its_offset() {
    let mut bytes = run_on(5 << 20).into_bytes();
    let at = bytes.len() / 2;
    // Keep the bad byte between words, so its place is exact.
    let at = at + bytes[at..].iter().position(|&b| b == b' ').unwrap() + 1;
    bytes.insert(at, 0xff);
    let (out, _tmp) = run_on_file("bad.txt", &bytes, &["check"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("invalid UTF-8") && err.contains(&format!("byte offset {at}")), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn crlf_and_a_byte_order_mark_keep_lines_and_columns() {
    let a = "\u{feff}Officials met on Monday.\r\nThe blast killed 49 people, police said.\r\n";
    let b = "The blast killed 50 people, officials said.\r\n";
    let tmp = scratch();
    std::fs::write(tmp.path().join("a.txt"), a).unwrap();
    std::fs::write(tmp.path().join("b.txt"), b).unwrap();
    let docs = load_inputs(&[tmp.path()]).unwrap();
    for d in &docs {
        assert_sound(d, &Rules::builtin().unwrap());
    }
    let o = run(&["check", "--format", "line", tmp.path().to_str().unwrap()]);
    let out = stdout(&o);
    // "49" is on line 2, column 18; "\r" ends the line before it.
    assert!(out.starts_with(&format!("{}:2:18: error CC102", docs[0].path)), "{out}");
    // A byte-order mark is no column: "49" on the first line is at column 18 too.
    std::fs::write(tmp.path().join("a.txt"), "\u{feff}The blast killed 49 people, police said.\r\n").unwrap();
    let out = stdout(&run(&["check", "--format", "line", tmp.path().to_str().unwrap()]));
    assert!(out.starts_with(&format!("{}:1:18: error CC102", docs[0].path)), "{out}");
    let out = stdout(&run(&["check", tmp.path().to_str().unwrap()]));
    assert!(out.contains(&format!("--> {}:1:18\n", docs[0].path)), "the diagnostic says so too: {out}");
}

/// Real articles run together into one file of 200 MB, as an archive
/// export comes: read a block of paragraphs at a time, it gives every copy
/// of the articles the same figures, and the same claims but at the cuts
/// between blocks. (Its time and peak memory: scripts/bench-hostile.sh.)
#[test]
fn a_two_hundred_megabyte_archive() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/clusters");
    let docs = load_inputs(&[dir]).expect("the clusters load");
    let one: String =
        docs.iter().flat_map(|d| d.text.lines().filter(|l| !l.starts_with("# ")).map(|l| format!("{l}\n"))).collect();
    let copies = (200 << 20) / one.len() + 1;
    let rules = Rules::builtin().unwrap();
    let single = crosscheck::analyze(&Document::from_text("one.txt", one.as_str()), &rules);
    let archive = Document::from_text("archive.txt", one.repeat(copies));
    assert!(archive.text.len() > 200 << 20);
    let read = crosscheck::analyze(&archive, &rules);
    assert_eq!(read.facts.len(), copies * single.facts.len());
    let claims = read.extraction.claims.len();
    let blocks = archive.text.len() / crosscheck::BLOCK_BYTES + 1;
    assert!(claims.abs_diff(copies * single.extraction.claims.len()) <= blocks, "{claims} claims");
    let last = |a: &crosscheck::Analysis, text: &str| {
        let f = a.facts.last().unwrap();
        (f.span.text(text).to_string(), f.value(), f.measure.clone())
    };
    assert_eq!(last(&read, &archive.text), last(&single, &one));
}
