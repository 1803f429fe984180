//! The HTML report in a real browser: headless Chromium (Debian's
//! `chromium`, installed by .ci/run) loads the page, the page's own script
//! checks that every evidence link reaches its words, and the test reads the
//! rendered DOM: every finding of the JSON report is there with its message,
//! every link lands in an article, and the severity filter hides what it
//! should. Without Chromium the test is skipped locally and fails in CI.

mod common;

use common::{json, run, scratch, stdout};
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    let candidates = [std::env::var("CHROMIUM").unwrap_or_default(), "/usr/bin/chromium".into()];
    let found = candidates.iter().filter(|c| !c.is_empty()).map(PathBuf::from).find(|p| p.exists());
    if found.is_none() && std::env::var_os("CI").is_some() {
        panic!("CI must install Chromium (apt-get install chromium) for the HTML report test");
    }
    found
}

/// The DOM after the page's scripts ran, as Chromium serialises it.
fn rendered_dom(browser: &Path, page: &Path, fragment: &str, profile: &Path) -> String {
    let url = format!("file://{}{fragment}", page.display());
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", &url])
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn body_attr<'a>(dom: &'a str, name: &str) -> &'a str {
    let body = &dom[dom.find("<body").expect("a body")..];
    let body = &body[..body.find('>').unwrap()];
    let key = format!("{name}=\"");
    let at = body.find(&key).unwrap_or_else(|| panic!("<body> has no {name}: {body}"));
    let rest = &body[at + key.len()..];
    &rest[..rest.find('"').unwrap()]
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Render `inputs` as HTML, load it in Chromium, and check it against the JSON report.
fn check_in_browser(browser: &Path, tag: &str, inputs: &[&str]) {
    let tmp = scratch();
    let dir = tmp.path();
    let page = dir.join("report.html");
    let mut args = vec!["check", "--format", "html"];
    args.extend(inputs);
    let html = run(&args);
    std::fs::write(&page, stdout(&html)).unwrap();
    let mut args = vec!["check", "--format", "json"];
    args.extend(inputs);
    let (_, report) = json(&args);
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty(), "{tag}: the test needs findings to check");
    let evidence: usize = findings.iter().map(|f| f["evidence"].as_array().unwrap().len()).sum();

    let dom = rendered_dom(browser, &page, "", &dir.join("profile"));
    assert_eq!(body_attr(&dom, "data-check"), "ok", "{tag}: a link does not reach its words");
    assert_eq!(body_attr(&dom, "data-links"), format!("{evidence}/{evidence}"));
    assert_eq!(body_attr(&dom, "data-findings"), findings.len().to_string());
    assert_eq!(body_attr(&dom, "data-shown"), findings.len().to_string());
    for (i, f) in findings.iter().enumerate() {
        let li = format!(
            "id=\"f{i}\" data-severity=\"{}\" data-code=\"{}\"",
            f["severity"].as_str().unwrap(),
            f["rule"].as_str().unwrap()
        );
        assert!(dom.contains(&li), "{tag}: finding {i} missing: {li}");
        let message = escape(f["message"].as_str().unwrap());
        assert!(dom.contains(&message), "{tag}: message of finding {i} missing: {message}");
    }

    // The filter, set from the address: hide the warnings.
    let warnings = findings.iter().filter(|f| f["severity"] == "warning").count();
    let dom = rendered_dom(browser, &page, "#hide=warning", &dir.join("profile"));
    assert_eq!(body_attr(&dom, "data-shown"), (findings.len() - warnings).to_string(), "{tag}: filter");
}

#[test]
fn html_report_holds_every_finding_in_a_real_browser() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: no Chromium (set CHROMIUM or install Debian's chromium)");
        return;
    };
    check_in_browser(&browser, "seeds", &["seeds/"]);
    check_in_browser(&browser, "orlando", &["../shared/bench/clusters/gva-577157-orlando-pulse-nightclub-2016"]);
    check_in_browser(&browser, "dallas", &["../shared/bench/clusters/gva-597756-dallas-police-ambush-2016"]);
}
