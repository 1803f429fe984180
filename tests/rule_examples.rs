//! Every rule's own examples (in rules/checks.toml) hold: the built-in pack
//! passes `crosscheck rules test`, through the library and the binary.

mod common;
use common::*;
use crosscheck::rules::Rules;

#[test]
fn every_builtin_rule_example_holds() {
    let rules = Rules::builtin().unwrap();
    let results = crosscheck::check::test_examples(&rules);
    assert!(results.len() >= 14, "every check carries examples: {results:?}");
    let failed: Vec<_> = results.iter().filter(|r| !r.passed()).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    for code in ["CC101", "CC102", "CC103", "CC104", "CC105", "CC201", "CC202"] {
        assert!(results.iter().any(|r| r.code == code && r.expected), "{code} has an example that triggers it");
        assert!(
            results.iter().any(|r| r.code == code && !r.expected),
            "{code} has an example that must not trigger it"
        );
    }
}

#[test]
fn rules_test_runs_a_newsrooms_own_examples() {
    let o = run(&["rules", "test"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).trim_end().ends_with("0 failed"), "{}", stdout(&o));
    // A newsroom's rule whose example is wrong fails the command.
    let tmp = scratch();
    let dir = tmp.path();
    let f = dir.join("house.toml");
    std::fs::write(
        &f,
        "[[check]]\ncode = \"CC101\"\nname = \"figure-differs\"\nseverity = \"warning\"\nmessage = \"m\"\ndoc = \"d\"\nexamples = [ { articles = [\"49 died.\", \"49 people died.\"], triggers = true } ]\n",
    )
    .unwrap();
    let o = run(&["--rules", f.to_str().unwrap(), "rules", "test"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("CC101 example 1 (triggers): FAILED"), "{}", stdout(&o));
}
