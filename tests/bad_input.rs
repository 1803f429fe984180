//! Bad input of every kind: one clear line on stderr naming the file (and
//! the line and column where one applies), exit code 2, never a panic.

mod common;
use common::*;

/// Run, and assert exit 2 with one stderr line that contains each of `needles`.
fn fails_with(args: &[&str], needles: &[&str]) {
    let o = run(args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    for n in needles {
        assert!(err.contains(n), "{args:?}: {err:?} lacks {n:?}");
    }
    assert!(stdout(&o).is_empty(), "no report on bad input");
}

#[test]
fn missing_file() {
    fails_with(&["check", "no/such/article.txt"], &["no/such/article.txt", "no such file"]);
}

#[test]
fn glob_patterns_that_match_nothing_or_do_not_parse() {
    fails_with(&["check", "seeds/*.nothing"], &["seeds/*.nothing", "matches no files"]);
    fails_with(&["check", "seeds/[.txt"], &["seeds/[.txt", "Pattern syntax error"]);
}

#[test]
fn globs_expand_to_the_files_they_match() {
    let (code, report) = json(&["check", "--format", "json", "seeds/*.txt"]);
    assert_eq!(code, 1);
    assert_eq!(report["documents"].as_array().map(|d| d.len()), Some(2), "{report}");
}

#[test]
fn html_page_with_no_text() {
    let tmp = scratch();
    let dir = tmp.path();
    let f = dir.join("page.html");
    std::fs::write(&f, "<html><head><style>p{}</style></head><body><!-- nothing --></body></html>").unwrap();
    let p = f.to_str().unwrap();
    fails_with(&["check", p], &[p, "empty"]);
}

#[test]
fn directory_without_text_files() {
    let tmp = scratch();
    let dir = tmp.path();
    std::fs::write(dir.join("image.png"), b"\x89PNG").unwrap();
    let d = dir.to_str().unwrap();
    fails_with(&["check", d], &[d, "no text files"]);
}

#[test]
fn invalid_utf8_names_line_column_and_offset() {
    let tmp = scratch();
    let dir = tmp.path();
    let f = dir.join("latin1.txt");
    std::fs::write(&f, b"Fine first line.\nCaf\xe9 au lait.\n").unwrap();
    let p = f.to_str().unwrap();
    fails_with(&["check", p, "seeds"], &[&format!("{p}:2:4:"), "invalid UTF-8", "byte offset 20"]);
}

#[test]
fn binary_file() {
    let tmp = scratch();
    let dir = tmp.path();
    let f = dir.join("a.txt");
    std::fs::write(&f, b"\x7fELF\x02\x01\x01\x00\x00\x00").unwrap();
    let p = f.to_str().unwrap();
    fails_with(&["facts", p], &[p, "binary file", "NUL byte"]);
}

#[test]
fn empty_and_blank_files() {
    let tmp = scratch();
    let dir = tmp.path();
    for (name, body) in [("empty.txt", ""), ("blank.txt", "  \n\n\t\n")] {
        let f = dir.join(name);
        std::fs::write(&f, body).unwrap();
        let p = f.to_str().unwrap();
        fails_with(&["claims", p], &[p, "empty file"]);
    }
}

#[test]
fn malformed_rule_files_point_at_file_line_column() {
    let tmp = scratch();
    let dir = tmp.path();
    let cases = [
        ("unknown.toml", "[cues]\nprepositions = [\"per\"]\nverbz = []\n", ":3:1:", "unknown field `verbz`"),
        ("syntax.toml", "[cues\nverbs = 1\n", ":1:", ""),
        (
            "value.toml",
            "[[check]]\ncode = \"X1\"\nseverity = \"fatal\"\nname = \"x\"\nmessage = \"m\"\ndoc = \"d\"\n",
            ":3:12:",
            "fatal",
        ),
        ("window.toml", "[subjects]\nwindow = 40\n", ":2:10:", "window must be 3 to 16 words, not 40"),
    ];
    for (name, body, at, what) in cases {
        let f = dir.join(name);
        std::fs::write(&f, body).unwrap();
        let p = f.to_str().unwrap();
        fails_with(&["--rules", p, "check", "seeds"], &[&format!("{p}{at}"), what]);
    }
    fails_with(&["--rules", "no/rules.toml", "check", "seeds"], &["no/rules.toml", "no such file"]);
}

#[test]
fn a_users_rule_file_extends_the_builtin_pack() {
    let tmp = scratch();
    let dir = tmp.path();
    let f = dir.join("house.toml");
    std::fs::write(&f, "[[check]]\ncode = \"CC101\"\nname = \"figure-differs\"\nseverity = \"error\"\nmessage = \"house: {measure} {a} vs {b}\"\ndoc = \"d\"\n").unwrap();
    let (code, report) = json(&["--rules", f.to_str().unwrap(), "check", "--format", "json", "seeds"]);
    assert_eq!(code, 1);
    assert_eq!(report["findings"][0]["severity"], "error");
    assert!(report["findings"][0]["message"].as_str().unwrap().starts_with("house: deaths"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(run(&["check", "--format", "yaml", "seeds"]).status.code(), Some(2));
    fails_with(&["rules", "explain", "CC999"], &["CC999", "no such check"]);
}

#[test]
fn rules_list_and_explain() {
    let out = stdout(&run(&["rules", "list"]));
    assert!(out.contains("CC101  figure-differs") && out.contains("CC102  figure-contradicts"), "{out}");
    assert!(out.contains("CC103  figure-conflicts-same-subject"), "{out}");
    let out = stdout(&run(&["rules", "explain", "cc101"]));
    assert!(out.starts_with("CC101 figure-differs (warning)") && out.contains("interval"), "{out}");
}
