//! The attribution yardstick: 24 Wikinews articles from GUM with 219 gold
//! attributions (../shared/bench/attribution). Scored by span overlap as
//! issue 3 specifies: a predicted claim matches a gold one when their content
//! spans overlap by at least half the shorter span; a source matches when the
//! source spans overlap; matching is one-to-one. Run with `--nocapture` to
//! see the scores (and with GUM_MISSES=1 every miss and extra).
//!
//! "source" scores the source spans claims name in their own text, as the
//! JSON report gives them (`source_span`; null for a follow-on quote, which
//! therefore predicts no source). "source+" also credits a follow-on quote
//! with the span of the speaker it inherits; joint always does.

use crosscheck::load::Document;
use crosscheck::rules::Rules;
use crosscheck::span::Span;
use std::path::Path;

struct Gold {
    source: Option<Span>,
    cue: Option<Span>,
    content: Span,
}

struct Pred {
    source: Option<Span>,
    /// For a follow-on quote, the span naming the speaker it inherits.
    inherited: Option<Span>,
    cue: Option<Span>,
    content: Span,
}

fn span(v: &serde_json::Value) -> Option<Span> {
    let a = v.as_array()?;
    Some(Span::new(a[0].as_u64()? as usize, a[1].as_u64()? as usize))
}

fn overlap(a: Span, b: Span) -> usize {
    a.end().min(b.end()).saturating_sub(a.start().max(b.start()))
}

fn content_match(a: Span, b: Span) -> bool {
    let shorter = a.len().min(b.len()).max(1);
    2 * overlap(a, b) >= shorter && overlap(a, b) > 0
}

fn opt_overlap(a: Option<Span>, b: Option<Span>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if overlap(a, b) > 0)
}

/// Greedy one-to-one matching; returns how many pairs matched.
fn matched<F: Fn(&Gold, &Pred) -> Option<usize>>(gold: &[Gold], pred: &[Pred], score: F) -> usize {
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (g, gd) in gold.iter().enumerate() {
        for (p, pd) in pred.iter().enumerate() {
            if let Some(s) = score(gd, pd) {
                pairs.push((s, g, p));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut n = 0;
    for (_, g, p) in pairs {
        if !gu[g] && !pu[p] {
            gu[g] = true;
            pu[p] = true;
            n += 1;
        }
    }
    n
}

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    gold: usize,
    pred: usize,
}

impl Prf {
    fn add(&mut self, tp: usize, gold: usize, pred: usize) {
        self.tp += tp;
        self.gold += gold;
        self.pred += pred;
    }
    fn p(&self) -> f64 {
        self.tp as f64 / self.pred.max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / self.gold.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

struct Scores {
    /// Sources named in the claim's own text (the JSON's `source_span`).
    source: Prf,
    /// The same, with follow-on quotes credited with the speaker they inherit.
    source_inherited: Prf,
    cue: Prf,
    content: Prf,
    joint: Prf,
}

fn score_all(verbose: bool) -> Scores {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/attribution/gum_news.jsonl");
    let data = std::fs::read_to_string(path).expect("GUM benchmark beside the repository");
    let rules = Rules::builtin().unwrap();
    let mut s = Scores {
        source: Prf::default(),
        source_inherited: Prf::default(),
        cue: Prf::default(),
        content: Prf::default(),
        joint: Prf::default(),
    };
    for line in data.lines() {
        let rec: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = rec["text"].as_str().unwrap();
        let gold: Vec<Gold> = rec["attributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| Gold {
                source: span(&a["source_span"]),
                cue: span(&a["cue_span"]),
                content: span(&a["content_span"]).unwrap(),
            })
            .collect();
        let doc = Document::from_text(rec["id"].as_str().unwrap(), text);
        let analysis = crosscheck::analyze(&doc, &rules);
        let pred: Vec<Pred> = analysis
            .extraction
            .claims
            .iter()
            .map(|c| Pred { source: c.source, inherited: c.source.or(c.antecedent), cue: c.cue, content: c.content })
            .collect();
        let n_src = |v: &[Gold]| v.iter().filter(|g| g.source.is_some()).count();
        s.content.add(
            matched(&gold, &pred, |g, p| content_match(g.content, p.content).then(|| overlap(g.content, p.content))),
            gold.len(),
            pred.len(),
        );
        s.source.add(
            matched(&gold, &pred, |g, p| {
                opt_overlap(g.source, p.source).then(|| overlap(g.source.unwrap(), p.source.unwrap()))
            }),
            n_src(&gold),
            pred.iter().filter(|p| p.source.is_some()).count(),
        );
        s.source_inherited.add(
            matched(&gold, &pred, |g, p| {
                opt_overlap(g.source, p.inherited).then(|| overlap(g.source.unwrap(), p.inherited.unwrap()))
            }),
            n_src(&gold),
            pred.iter().filter(|p| p.inherited.is_some()).count(),
        );
        s.cue.add(
            matched(&gold, &pred, |g, p| opt_overlap(g.cue, p.cue).then_some(1)),
            gold.iter().filter(|g| g.cue.is_some()).count(),
            pred.iter().filter(|p| p.cue.is_some()).count(),
        );
        // Joint credits a follow-on quote's inherited speaker: a quote given
        // to the right person counts whether or not its sentence names them.
        let joint = |g: &Gold, p: &Pred| {
            (content_match(g.content, p.content) && opt_overlap(g.source, p.inherited))
                .then(|| overlap(g.content, p.content))
        };
        s.joint.add(matched(&gold, &pred, joint), gold.len(), pred.len());
        if verbose {
            report_misses(rec["id"].as_str().unwrap(), text, &gold, &pred);
        }
    }
    s
}

fn report_misses(id: &str, text: &str, gold: &[Gold], pred: &[Pred]) {
    let show = |s: Option<Span>| s.map_or("-".to_string(), |s| format!("{:?}", &text[s.start()..s.end()]));
    for g in gold {
        if !pred.iter().any(|p| content_match(g.content, p.content) && opt_overlap(g.source, p.inherited)) {
            let clip: String = text[g.content.start()..g.content.end()].chars().take(90).collect();
            println!("MISS {id}: src={} cue={} content={clip:?}", show(g.source), show(g.cue));
        }
    }
    for g in gold {
        for p in pred.iter().filter(|p| opt_overlap(g.source, p.source) && !content_match(g.content, p.content)) {
            let gc: String = text[g.content.start()..g.content.end()].chars().take(70).collect();
            let pc: String = text[p.content.start()..p.content.end()].chars().take(70).collect();
            println!("CONTENT {id}: src={} gold={gc:?} pred={pc:?}", show(g.source));
        }
    }
    for p in pred {
        if !gold.iter().any(|g| content_match(g.content, p.content) && opt_overlap(g.source, p.inherited)) {
            let clip: String = text[p.content.start()..p.content.end()].chars().take(90).collect();
            println!("EXTRA {id}: src={} cue={} content={clip:?}", show(p.source), show(p.cue));
        }
    }
}

#[test]
fn gum_attribution_scores() {
    let verbose = std::env::var_os("GUM_MISSES").is_some();
    let s = score_all(verbose);
    let rows = [
        ("source", s.source),
        ("source+", s.source_inherited),
        ("cue", s.cue),
        ("content", s.content),
        ("joint", s.joint),
    ];
    for (name, prf) in rows {
        println!(
            "{name:8} P {:.3}  R {:.3}  F1 {:.3}   (tp {} / pred {} / gold {})",
            prf.p(),
            prf.r(),
            prf.f1(),
            prf.tp,
            prf.pred,
            prf.gold
        );
    }
    assert_eq!(s.content.gold, 219, "all 219 gold attributions are scored");
    // Floors at what the extractor measures today, so a regression fails;
    // issue 3's targets are joint 0.85 and source 0.88.
    assert!(s.joint.f1() >= JOINT_FLOOR, "joint F1 {:.3} fell below {JOINT_FLOOR}", s.joint.f1());
    assert!(s.source.f1() >= SOURCE_FLOOR, "source F1 {:.3} fell below {SOURCE_FLOOR}", s.source.f1());
}

const JOINT_FLOOR: f64 = 0.86;
const SOURCE_FLOOR: f64 = 0.90;
