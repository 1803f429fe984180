//! Discrepancy detection against answer keys for all 16 real clusters
//! (tests/data/cluster_keys.toml). Counted: findings that claim a conflict
//! (CC102 contradiction, CC103 conflict on shared words, CC104 update,
//! CC201, CC202 and CC203 quotes and statements, CC301 title ranks, CC401
//! weekdays, CC402 event days, CC403 event places, CC404 an event noun's
//! day); CC101 "compatible but different" and CC302 "another role" are
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
    /// One of the four messiest clusters, scored apart as well.
    #[serde(default)]
    raw: bool,
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

const CONFLICTS: [&str; 11] =
    ["CC102", "CC103", "CC104", "CC201", "CC202", "CC203", "CC301", "CC401", "CC402", "CC403", "CC404"];

/// Findings and discrepancies counted over some clusters.
#[derive(Default, Clone, Copy)]
struct Score {
    right: usize,
    wrong: usize,
    found: usize,
    total: usize,
    noted: usize,
    compatible: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        self.right as f64 / (self.right + self.wrong).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.found as f64 / self.total.max(1) as f64
    }

    fn add(&mut self, o: &Score) {
        self.right += o.right;
        self.wrong += o.wrong;
        self.found += o.found;
        self.total += o.total;
        self.noted += o.noted;
        self.compatible += o.compatible;
    }

    fn print(&self, what: &str) {
        println!(
            "{what}: precision {:.3} ({} of {} findings)  recall {:.3} ({} of {} discrepancies)  CC101 notes {} of {}",
            self.precision(),
            self.right,
            self.right + self.wrong,
            self.recall(),
            self.found,
            self.total,
            self.noted,
            self.compatible
        );
    }
}

/// Score one cluster against its key, printing each false positive and miss.
fn score(root: &Path, c: &Cluster, rules: &Rules) -> Score {
    let docs = load_inputs(&[root.join("../shared/bench/clusters").join(&c.id)]).unwrap();
    let report = crosscheck::check(&docs, rules, true);
    let mut s = Score::default();
    let mut hit = vec![false; c.discrepancy.len()];
    let found_in = |f: &crosscheck::check::Finding| {
        let measure = f.message.split(':').next().unwrap_or("").to_string();
        let texts: Vec<&str> = f.evidence.iter().map(|e| docs[e.doc].slice(e.span)).collect();
        (measure, texts)
    };
    for d in c.discrepancy.iter().filter(|d| d.compatible) {
        s.compatible += 1;
        let seen = report.findings.iter().filter(|f| f.code == "CC101").any(|f| {
            let (m, t) = found_in(f);
            d.matches(&f.code, &m, &t)
        });
        if seen {
            s.noted += 1;
        } else {
            println!("NOT NOTED {}: {} {:?}", c.id, d.measure, d.figures);
        }
    }
    for f in report.findings.iter().filter(|f| CONFLICTS.contains(&f.code.as_str())) {
        let (measure, texts) = found_in(f);
        match c.discrepancy.iter().position(|d| !d.compatible && d.matches(&f.code, &measure, &texts)) {
            Some(k) => {
                s.right += 1;
                hit[k] = true;
            }
            None => {
                s.wrong += 1;
                println!("FALSE POSITIVE {}: {} {measure} {texts:?}", c.id, f.code);
            }
        }
    }
    for (d, h) in c.discrepancy.iter().zip(&hit).filter(|(d, _)| !d.compatible) {
        s.total += 1;
        if *h {
            s.found += 1;
        } else {
            println!("MISSED {}: {} {:?}", c.id, d.rule.as_deref().unwrap_or(&d.measure), d.figures);
        }
    }
    s
}

#[test]
fn discrepancy_detection_against_answer_keys() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let keys: Keys =
        toml::from_str(&std::fs::read_to_string(root.join("tests/data/cluster_keys.toml")).unwrap()).unwrap();
    assert!(keys.cluster.len() >= 8, "at least 8 clusters have keys");
    let rules = Rules::builtin().unwrap();
    let (mut clean, mut raw) = (Score::default(), Score::default());
    for c in &keys.cluster {
        let s = score(root, c, &rules);
        if c.raw {
            raw.add(&s)
        } else {
            clean.add(&s)
        }
    }
    let mut all = clean;
    all.add(&raw);
    clean.print("12 clusters");
    raw.print("4 raw clusters");
    all.print("all 16");
    // Issue 5's targets, 0.9 and 0.9, on the twelve and on all 16 (the four
    // raw clusters, live blogs, evolving tolls and district breakdowns,
    // included).
    assert!(clean.precision() >= 0.9 && clean.recall() >= 0.9, "12 clusters below 0.9");
    assert!(all.precision() >= 0.9, "all 16: precision {:.3}", all.precision());
    assert!(all.recall() >= 0.9, "all 16: recall {:.3}", all.recall());
}
