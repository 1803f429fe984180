//! Discrepancy detection against answer keys for 12 real clusters
//! (tests/data/cluster_keys.toml). Counted: findings that claim a conflict
//! (CC102 contradiction, CC103 conflict on shared words, CC104 update,
//! CC201, CC202 and CC203 quotes and statements, CC301 title ranks, CC401
//! weekdays, CC402 event days); CC101 "compatible but different" and CC302 "another role" are
//! notes, not claims of conflict. A finding is right when a key discrepancy
//! has its measure (or, for a key that names one, its rule) and all its
//! words. Run with `--nocapture` for the scores and every false positive
//! and miss.

use crosscheck::load::load_inputs;
use crosscheck::rules::Rules;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Keys {
    cluster: Vec<Cluster>,
}

#[derive(Deserialize)]
struct Cluster {
    id: String,
    #[serde(default)]
    discrepancy: Vec<Discrepancy>,
}

#[derive(Deserialize)]
struct Discrepancy {
    /// The figures' measure, for a figure finding.
    #[serde(default)]
    measure: String,
    /// The rule that must report it, for a finding that is not about figures.
    #[serde(default)]
    rule: Option<String>,
    figures: Vec<String>,
    /// Different but both true: expected as a CC101 note, not a conflict.
    #[serde(default)]
    compatible: bool,
    #[allow(dead_code)]
    note: String,
}

impl Discrepancy {
    fn matches(&self, code: &str, measure: &str, texts: &[&str]) -> bool {
        let what = match &self.rule {
            Some(rule) => rule == code,
            None => self.measure == measure,
        };
        what && texts.iter().all(|t| self.figures.iter().any(|k| k == t))
    }
}

const CONFLICTS: [&str; 9] = ["CC102", "CC103", "CC104", "CC201", "CC202", "CC203", "CC301", "CC401", "CC402"];

#[test]
fn discrepancy_detection_against_answer_keys() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let keys: Keys =
        toml::from_str(&std::fs::read_to_string(root.join("tests/data/cluster_keys.toml")).unwrap()).unwrap();
    assert!(keys.cluster.len() >= 8, "at least 8 clusters have keys");
    let rules = Rules::builtin().unwrap();
    let (mut tp, mut fp, mut found, mut total) = (0, 0, 0, 0);
    let (mut noted, mut compatible) = (0, 0);
    for c in &keys.cluster {
        let docs = load_inputs(&[root.join("../shared/bench/clusters").join(&c.id)]).unwrap();
        let report = crosscheck::check(&docs, &rules, true);
        let mut hit = vec![false; c.discrepancy.len()];
        let found_in = |f: &crosscheck::check::Finding| {
            let measure = f.message.split(':').next().unwrap_or("").to_string();
            let texts: Vec<&str> = f.evidence.iter().map(|e| docs[e.doc].slice(e.span)).collect();
            (measure, texts)
        };
        for d in c.discrepancy.iter().filter(|d| d.compatible) {
            compatible += 1;
            let seen = report.findings.iter().filter(|f| f.code == "CC101").any(|f| {
                let (m, t) = found_in(f);
                d.matches(&f.code, &m, &t)
            });
            if seen {
                noted += 1;
            } else {
                println!("NOT NOTED {}: {} {:?}", c.id, d.measure, d.figures);
            }
        }
        for f in report.findings.iter().filter(|f| CONFLICTS.contains(&f.code.as_str())) {
            let measure = f.message.split(':').next().unwrap_or("");
            let texts: Vec<&str> = f.evidence.iter().map(|e| docs[e.doc].slice(e.span)).collect();
            let matched = c.discrepancy.iter().position(|d| !d.compatible && d.matches(&f.code, measure, &texts));
            match matched {
                Some(k) => {
                    tp += 1;
                    hit[k] = true;
                }
                None => {
                    fp += 1;
                    println!("FALSE POSITIVE {}: {} {measure} {texts:?}", c.id, f.code);
                }
            }
        }
        for (d, h) in c.discrepancy.iter().zip(&hit).filter(|(d, _)| !d.compatible) {
            total += 1;
            if *h {
                found += 1;
            } else {
                println!("MISSED {}: {} {:?}", c.id, d.measure, d.figures);
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = found as f64 / total.max(1) as f64;
    println!(
        "precision {precision:.3} ({tp} of {} findings)  recall {recall:.3} ({found} of {total} discrepancies)",
        tp + fp
    );
    println!("compatible differences noted (CC101): {noted} of {compatible}");
    // Floors at today's measure, so a regression fails; issue 5's targets are 0.9 and 0.9.
    assert!(precision >= PRECISION_FLOOR, "precision {precision:.3} < {PRECISION_FLOOR}");
    assert!(recall >= RECALL_FLOOR, "recall {recall:.3} < {RECALL_FLOOR}");
}

const PRECISION_FLOOR: f64 = 0.9;
const RECALL_FLOOR: f64 = 0.9;
