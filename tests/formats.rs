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
fn html_is_one_self_contained_page_with_escaped_text() {
    let tmp = scratch();
    let dir = tmp.path();
    // Markup in an article is text, never markup of the page.
    std::fs::write(dir.join("a.txt"), "<script>alert(1)</script> The attack killed 49 people, police said.\n").unwrap();
    std::fs::write(dir.join("b.txt"), "The attack killed 50 people & injured 53, officials said.\n").unwrap();
    let o = run(&["check", "--format", "html", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let page = stdout(&o);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert_eq!(page.matches("<script>").count(), 1, "only the page's own script");
    assert!(page.contains("&lt;script&gt;alert(") && page.contains(")&lt;/script&gt;"));
    assert!(page.contains(" people &amp; injured "), "{page}");
    for external in ["src=\"http", "href=\"http", "@import", "url("] {
        assert!(!page.contains(external), "the page must work offline: {external}");
    }
    // The finding, its link and the anchor it points at.
    assert!(page.contains("id=\"f0\" data-severity=\"error\" data-code=\"CC102\""), "{page}");
    assert!(page.contains("href=\"#f0-e0\"") && page.contains("id=\"f0-e0\""));
    assert!(page.contains("href=\"#f0-e1\"") && page.contains("id=\"f0-e1\""));
}

#[test]
fn github_format_annotates_and_writes_a_step_summary() {
    let tmp = scratch();
    let summary = tmp.path().join("summary.md");
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

/// Copy the seeds into a scratch directory, optionally with a line put
/// before the first article's text (which moves every line number).
fn scratch_seeds(shift: bool) -> tempfile::TempDir {
    let tmp = scratch();
    let dir = tmp.path();
    for name in [SEED_A, SEED_B] {
        let mut text = read(name);
        if shift && name == SEED_A {
            text = format!("Editor's note: updated.\n\n{text}");
        }
        std::fs::write(dir.join(std::path::Path::new(name).file_name().unwrap()), text).unwrap();
    }
    tmp
}

fn sarif(dir: &std::path::Path) -> serde_json::Value {
    let o = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--format", "sarif", "."])
        .current_dir(dir)
        .output()
        .unwrap();
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn sarif_has_what_code_scanning_needs() {
    let log = sarif(scratch_seeds(false).path());
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "crosscheck");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "CC101" && r["defaultConfiguration"]["level"] == "warning"));
    assert!(rules.iter().all(|r| r["fullDescription"]["text"].as_str().is_some_and(|t| !t.is_empty())));
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "CC101");
    assert_eq!(rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"], "CC101");
    assert_eq!(result["level"], "warning");
    let loc = &result["locations"][0]["physicalLocation"];
    let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
    assert!(!uri.starts_with('/') && uri.ends_with("000_ec28406811e2f7e6.txt"), "relative path: {uri}");
    assert_eq!((loc["region"]["startLine"].as_u64(), loc["region"]["startColumn"].as_u64()), (Some(2), Some(76)));
    assert_eq!(result["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"], "129");
    assert!(result["partialFingerprints"]["crosscheckFinding/v1"].as_str().is_some_and(|f| f.len() == 32));
}

#[test]
fn fingerprints_survive_edits_elsewhere_and_baselines_hide_known_findings() {
    let plain = sarif(scratch_seeds(false).path());
    let shifted_tmp = scratch_seeds(true);
    let shifted_dir = shifted_tmp.path();
    let shifted = sarif(shifted_dir);
    let fp =
        |log: &serde_json::Value| log["runs"][0]["results"][0]["partialFingerprints"]["crosscheckFinding/v1"].clone();
    assert_eq!(shifted["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"], 4);
    assert_eq!(fp(&plain), fp(&shifted), "line numbers are not part of the fingerprint");
    let base = shifted_dir.join("baseline.json");
    let bin = env!("CARGO_BIN_EXE_crosscheck");
    let o = Command::new(bin)
        .args(["check", "--format", "line", "--write-baseline", base.to_str().unwrap(), "."])
        .current_dir(shifted_dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let o = Command::new(bin)
        .args(["check", "--format", "line", "--baseline", base.to_str().unwrap(), "."])
        .current_dir(shifted_dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "the known finding is hidden: {}", stdout(&o));
    assert!(stdout(&o).is_empty());
}

#[test]
fn init_writes_a_config_that_is_found_from_below_and_merged() {
    let tmp = scratch();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("desk/today")).unwrap();
    let bin = env!("CARGO_BIN_EXE_crosscheck");
    let o = Command::new(bin).arg("init").current_dir(dir).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let o = Command::new(bin).arg("init").current_dir(dir).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "never overwrites: {}", stderr(&o));
    // The commented template is valid as it stands.
    let o = Command::new(bin).args(["rules", "test"]).current_dir(dir.join("desk/today")).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    // A house rule in the discovered file takes effect, unless --no-config.
    std::fs::write(
        dir.join("crosscheck.toml"),
        "[[check]]\ncode = \"CC101\"\nname = \"figure-differs\"\nseverity = \"error\"\nmessage = \"house\"\ndoc = \"d\"\n",
    )
    .unwrap();
    let o = Command::new(bin).args(["rules", "list"]).current_dir(dir.join("desk/today")).output().unwrap();
    assert!(stdout(&o).lines().any(|l| l.starts_with("CC101") && l.ends_with("error")), "{}", stdout(&o));
    let o =
        Command::new(bin).args(["--no-config", "rules", "list"]).current_dir(dir.join("desk/today")).output().unwrap();
    assert!(stdout(&o).lines().any(|l| l.starts_with("CC101") && l.ends_with("warning")), "{}", stdout(&o));
    // A broken config names itself.
    std::fs::write(dir.join("crosscheck.toml"), "[cues]\nverbz = 1\n").unwrap();
    let o = Command::new(bin).args(["rules", "list"]).current_dir(dir.join("desk/today")).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("crosscheck.toml:2:1"), "{}", stderr(&o));
}

#[test]
fn completions_cover_every_subcommand_and_option() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = run(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        for word in ["check", "claims", "facts", "rules", "init", "against", "fail-on", "baseline"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
        // Elvish and PowerShell complete option names, not their values.
        if ["bash", "zsh", "fish"].contains(&shell) {
            assert!(script.contains("sarif"), "{shell} completions lack the format names");
        }
    }
    let o = run(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2), "an unknown shell is a usage error");
}

#[test]
fn standard_input_is_an_article() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--format", "line", "-", "seeds/004_d0d3fdf5298c6a03.txt"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(read(SEED_A).as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("<stdin>:2:76: warning CC101"), "{text}");
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let run_with = |args: &[&str], no_color: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
        cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
        if no_color {
            cmd.env("NO_COLOR", "1");
        } else {
            cmd.env_remove("NO_COLOR");
        }
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    assert!(run_with(&["--color", "always", "check", "seeds"], false).contains("\u{1b}["));
    assert!(!run_with(&["--color", "never", "check", "seeds"], false).contains('\u{1b}'));
    // Piped, with auto: no colour.
    assert!(!run_with(&["check", "seeds"], false).contains('\u{1b}'));
    assert!(!run_with(&["check", "seeds"], true).contains('\u{1b}'));
}
