//! The line-oriented report formats and the show/fail levels, on the seeds.

mod common;
use common::*;
use std::process::Command;

#[test]
fn line_format_is_path_line_col_level_code_message() {
    let o = run(&["check", "--format", "line", "seeds"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.starts_with("seeds/000_ec28406811e2f7e6.txt:2:76: warning CC101: deaths: \"more than 120\""), "{out}");
}

#[test]
fn jsonl_is_one_finding_a_line() {
    let out = stdout(&run(&["check", "--format", "jsonl", "seeds"]));
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["schema"], "crosscheck/finding@1");
    assert_eq!(rows[0]["rule"], "CC101");
    assert_eq!(rows[0]["evidence"][1]["text"], "129");
    assert_eq!(rows[0]["evidence"][1]["line"], 9);
}

#[test]
fn github_format_annotates_and_writes_a_step_summary() {
    let summary = std::env::temp_dir().join(format!("crosscheck-summary-{}.md", std::process::id()));
    let _ = std::fs::remove_file(&summary);
    let o = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--format", "github", "seeds"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "::warning file=seeds/000_ec28406811e2f7e6.txt,line=2,col=76,title=CC101 figure-differs::deaths:"
        ),
        "{out}"
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(
        md.contains("## crosscheck") && md.contains("| warning | CC101 | `seeds/000_ec28406811e2f7e6.txt:2:76` |"),
        "{md}"
    );
}

#[test]
fn min_level_hides_findings_but_not_the_exit_code() {
    let o = run(&["check", "--format", "line", "--min-level", "error", "seeds"]);
    assert_eq!(o.status.code(), Some(1), "--fail-on warning still fails on the hidden warning");
    assert!(stdout(&o).is_empty());
    let o = run(&["check", "--format", "line", "--min-level", "error", "--fail-on", "error", "seeds"]);
    assert_eq!(o.status.code(), Some(0));
}
