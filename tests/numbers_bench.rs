//! The numbers yardstick: ../shared/bench/numbers (Duckling, Recognizers-Text,
//! quantulum3, rustling-ontology and text2num test cases). Scored as issue 4
//! says: a record is right when a fact whose span overlaps the expected text
//! has the expected min and max (in `value`, the base unit, or in `stated`,
//! the unit as written; durations in seconds). Records tagged scientific or
//! indian_scale, Duckling's prefix-match surround tests and those Recognizers'
//! reference implementation skips (`not_supported` lists dotnet) are left out.
//! Negatives must give no figure of their dimension. Run with `--nocapture`
//! for the scores; NUM_MISSES=numerals (durations, quantities, negatives)
//! lists the misses.

use crosscheck::facts::Fact;
use crosscheck::load::Document;
use crosscheck::rules::Rules;
use serde_json::Value;
use std::path::Path;

fn records(file: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/numbers").join(file);
    let text = std::fs::read_to_string(path).expect("numbers benchmark beside the repository");
    text.lines().map(|l| serde_json::from_str(l).unwrap()).filter(kept).collect()
}

fn kept(r: &Value) -> bool {
    let has = |key: &str, v: &str| r[key].as_array().is_some_and(|a| a.iter().any(|x| x == v));
    !has("features", "scientific")
        && !has("features", "indian_scale")
        && r["match"] != "prefix"
        && !has("not_supported", "dotnet")
}

/// The input and the byte range of the expected text in it.
fn input(r: &Value) -> (String, std::ops::Range<usize>) {
    match r["context"].as_str() {
        Some(ctx) => {
            let span = r["span"].as_array().unwrap();
            let (s, e) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
            let byte = |c: usize| ctx.char_indices().nth(c).map_or(ctx.len(), |(b, _)| b);
            (ctx.to_string(), byte(s)..byte(e))
        }
        None => {
            let t = r["text"].as_str().unwrap().to_string();
            let n = t.len();
            (t, 0..n)
        }
    }
}

fn facts(text: &str, rules: &Rules) -> Vec<Fact> {
    crosscheck::analyze(&Document::from_text("bench", text), rules).facts
}

/// What a record expects: bounds (None = unbounded) or an approximate point.
#[derive(Debug, Clone, Copy)]
struct Expect {
    min: Option<f64>,
    max: Option<f64>,
    approx: bool,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0) * 1e3
}

fn bound_eq(got: Option<f64>, want: Option<f64>) -> bool {
    match (got, want) {
        (None, None) => true,
        (Some(g), Some(w)) => close(g, w),
        _ => false,
    }
}

/// Does the fact hold what the record expects, in the base unit or as stated?
fn agrees(f: &Fact, e: Expect) -> bool {
    if e.approx {
        let v = e.min.unwrap();
        return close(f.nominal(), v) || close(f.nominal() / f.factor(), v);
    }
    [f.value(), f.stated].iter().any(|iv| {
        // "less than 30" reads as [0, 30): a lower end of 0 is no bound.
        let min = iv.finite_min().filter(|&m| !(m == 0.0 && e.min.is_none()));
        bound_eq(min, e.min) && bound_eq(iv.finite_max(), e.max)
    })
}

fn expect_point(v: f64) -> Expect {
    Expect { min: Some(v), max: Some(v), approx: false }
}

fn expect_numeral(r: &Value) -> Expect {
    expect_point(r["value"].as_f64().unwrap())
}

fn expect_duration(r: &Value) -> Expect {
    let s = r["seconds"].as_f64().unwrap();
    match r["qualifier"].as_str() {
        Some("more_than") => Expect { min: Some(s), max: None, approx: false },
        Some("less_than") => Expect { min: None, max: Some(s), approx: false },
        Some("approx") => Expect { min: Some(s), max: Some(s), approx: true },
        _ => expect_point(s),
    }
}

fn expect_quantity(r: &Value) -> Expect {
    let f = |k: &str| r[k].as_f64();
    match r["qualifier"].as_str() {
        Some("more_than") => Expect { min: f("min"), max: None, approx: false },
        Some("less_than") => Expect { min: None, max: f("max"), approx: false },
        Some("range") => Expect { min: f("min"), max: f("max"), approx: false },
        Some("approx") => Expect { min: f("value"), max: f("value"), approx: true },
        _ => expect_point(f("value").or(f("min")).unwrap()),
    }
}

/// Score positive records: (right, total, misses).
fn score(file: &str, expect: fn(&Value) -> Expect, rules: &Rules) -> (usize, usize, Vec<String>) {
    let recs = records(file);
    let mut right = 0;
    let mut misses = Vec::new();
    for r in &recs {
        let (text, want) = input(r);
        let e = expect(r);
        let found = facts(&text, rules);
        let hit = found.iter().any(|f| f.span.start() < want.end && want.start < f.span.end() && agrees(f, e));
        if hit {
            right += 1;
        } else {
            let got: Vec<String> = found
                .iter()
                .map(|f| format!("{:?}={}/{}", &text[f.span.start()..f.span.end()], f.value(), f.stated))
                .collect();
            misses.push(format!("{:?} in {:?}: want {e:?}, got {got:?}", &text[want.clone()], text));
        }
    }
    (right, recs.len(), misses)
}

/// Which fact dimensions a negative record's dimension forbids.
fn forbidden(dimension: &str, f: &Fact) -> bool {
    let dim = f.dimension().unwrap_or("");
    match dimension {
        // A plain number: a length or a duration is another entity.
        "number" => dim.is_empty(),
        // A range or bound; a single number is another entity.
        "numberrange" => !f.stated.is_point(),
        "duration" => dim == "time",
        "currency" => dim.starts_with("money:"),
        "percentage" => dim.starts_with("percent"),
        // Recognizers' DimensionModel: lengths, masses, volumes, areas,
        // speeds, data sizes; temperatures and angles are other entities.
        "dimension" | "quantity" => matches!(dim, "length" | "mass" | "volume" | "area" | "speed" | "information"),
        // crosscheck reads no ordinals, temperatures, ages or dates as figures yet.
        _ => false,
    }
}

fn score_negatives(rules: &Rules) -> (usize, usize, Vec<String>) {
    let recs = records("negatives.jsonl");
    let mut right = 0;
    let mut misses = Vec::new();
    for r in &recs {
        let text = r["text"].as_str().unwrap();
        let whole_only = r["match"] == "whole_input";
        let dimension = r["dimension"].as_str().unwrap();
        let bad: Vec<Fact> = facts(text, rules)
            .into_iter()
            .filter(|f| forbidden(dimension, f))
            .filter(|f| !whole_only || (f.span.start() == 0 && f.span.end() == text.trim_end().len()))
            .collect();
        if bad.is_empty() {
            right += 1;
        } else {
            misses.push(format!(
                "{text:?} ({dimension}) gave {:?}",
                bad.iter().map(|f| &text[f.span.start()..f.span.end()]).collect::<Vec<_>>()
            ));
        }
    }
    (right, recs.len(), misses)
}

#[test]
fn numbers_benchmark_scores() {
    let rules = Rules::builtin().unwrap();
    let show = std::env::var("NUM_MISSES").unwrap_or_default();
    let rows = [
        ("numerals", score("numerals.jsonl", expect_numeral, &rules), NUMERALS_FLOOR),
        ("durations", score("durations.jsonl", expect_duration, &rules), DURATIONS_FLOOR),
        ("quantities", score("quantities.jsonl", expect_quantity, &rules), QUANTITIES_FLOOR),
        ("negatives", score_negatives(&rules), NEGATIVES_FLOOR),
    ];
    let mut failed = Vec::new();
    for (name, (right, total, misses), floor) in &rows {
        let pct = 100.0 * *right as f64 / *total as f64;
        println!("{name:10} {right:4} / {total:4} = {pct:5.1}%");
        if show == *name {
            misses.iter().for_each(|m| println!("  MISS {m}"));
        }
        if pct < *floor {
            failed.push(format!("{name} {pct:.1}% < {floor}%"));
        }
    }
    assert!(failed.is_empty(), "below the floor: {failed:?}");
}

// Floors at what the parsers score today, so a regression fails. Issue 4's
// targets: numerals 97, durations 95, quantities 90, negatives 95. The
// numerals floor went down from 87 on purpose: the bench counts the parts of
// phone numbers ("+1-222-2222"), leading-zero codes ("0033") and a month
// and day ("3/15") as numerals, which news text must not read as counts.
// It went up to 87 again with spaced compound ordinals ("three twenty
// fifths") read as denominators.
const NUMERALS_FLOOR: f64 = 87.0;
const DURATIONS_FLOOR: f64 = 95.0;
const QUANTITIES_FLOOR: f64 = 90.0;
const NEGATIVES_FLOOR: f64 = 99.0;
