//! `crosscheck check` on the two seed articles: the deaths discrepancy is
//! found and explained, the agreeing durations are not reported, and the
//! text report points at the words like rustc does.

mod common;
use common::*;

fn findings_covering(report: &serde_json::Value, a: &str, b: &str) -> Vec<serde_json::Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            let ev = f["evidence"].as_array().unwrap();
            let has = |doc: &str, words: &str| {
                ev.iter().any(|e| {
                    e["doc"] == doc
                        && covered(&read(doc), &e["span"]).contains(words)
                        && e["text"].as_str().unwrap().contains(words)
                })
            };
            has(SEED_A, a) && has(SEED_B, b) || has(SEED_B, a) && has(SEED_A, b)
        })
        .cloned()
        .collect()
}

#[test]
fn json_report_flags_more_than_120_against_129() {
    let (code, report) = json(&["check", "--format", "json", SEED_A, SEED_B]);
    assert_eq!(code, 1, "a warning fails the run by default");
    assert_eq!(report["schema"], "crosscheck/report@1");
    let hits = findings_covering(&report, "more than 120", "129");
    assert_eq!(hits.len(), 1, "{report:#}");
    let f = &hits[0];
    assert!(f["severity"] == "warning" || f["severity"] == "error");
    let msg = f["message"].as_str().unwrap();
    assert!(msg.contains("more than 120") && msg.contains("129") && msg.contains("compatible but different"), "{msg}");
    assert_eq!(report["summary"]["warnings"].as_u64().unwrap() as usize, report["findings"].as_array().unwrap().len());
}

#[test]
fn agreeing_durations_are_not_reported() {
    let (_, report) = json(&["check", "--format", "json", SEED_A, SEED_B]);
    for f in report["findings"].as_array().unwrap() {
        let texts: Vec<&str> = f["evidence"].as_array().unwrap().iter().map(|e| e["text"].as_str().unwrap()).collect();
        let thirty = texts.iter().any(|t| t.contains("30 Minutes"));
        let half = texts.iter().any(|t| t.contains("half an hour"));
        assert!(!(thirty && half), "30 Minutes and half an hour agree: {f:#}");
    }
}

#[test]
fn only_the_deaths_finding_on_the_seeds() {
    let (_, report) = json(&["check", "--format", "json", "seeds"]);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "nothing spurious: {findings:#?}");
    assert_eq!(findings[0]["rule"], "CC101");
}

#[test]
fn text_report_shows_path_line_column_and_underlines_the_words() {
    let o = run(&["check", SEED_A, SEED_B]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("warning[CC101]"), "{out}");
    assert!(out.contains("--> seeds/000_ec28406811e2f7e6.txt:2:76"), "{out}");
    assert!(out.contains("::: seeds/004_d0d3fdf5298c6a03.txt:9:197"), "{out}");
    // The source line is shown with the figure underlined below it.
    let lines: Vec<&str> = out.lines().collect();
    let at = lines.iter().position(|l| l.contains("where more than 120 died.")).expect("source line shown");
    let under = lines[at + 1];
    let col = lines[at].find("more than 120").unwrap();
    assert_eq!(&under[col..col + 13], "^^^^^^^^^^^^^", "{under}");
    assert!(out.trim_end().ends_with("0 errors, 1 warning, 0 infos"), "{out}");
}

#[test]
fn fail_on_controls_the_exit_code() {
    assert_eq!(run(&["check", "--fail-on", "error", "seeds"]).status.code(), Some(0));
    assert_eq!(run(&["check", "--fail-on", "never", "seeds"]).status.code(), Some(0));
    assert_eq!(run(&["check", "--fail-on", "warning", "seeds"]).status.code(), Some(1));
    assert_eq!(run(&["check", SEED_A]).status.code(), Some(0), "one article alone has nothing to disagree with");
}
