//! `crosscheck facts` on the seeds: every figure as an interval with its
//! measure; labels, years and wars are not figures.

mod common;
use common::*;

fn facts() -> Vec<serde_json::Value> {
    let (code, report) = json(&["facts", "--format", "json", SEED_A, SEED_B]);
    assert_eq!(code, 0);
    report["facts"].as_array().unwrap().clone()
}

fn fact(text: &str) -> serde_json::Value {
    let all = facts();
    let hits: Vec<_> = all.iter().filter(|f| f["text"] == text).collect();
    assert_eq!(hits.len(), 1, "{text}: {all:#?}");
    hits[0].clone()
}

#[test]
fn deaths_and_injuries_as_intervals() {
    let f = fact("more than 120");
    assert_eq!(
        (f["measure"].as_str(), f["value"]["min"].as_f64(), f["value"]["max"].as_f64()),
        (Some("deaths"), Some(120.0), None)
    );
    assert_eq!(f["value"]["min_inclusive"], false);
    assert_eq!(f["qualifier"], "above");
    let f = fact("129");
    assert_eq!(
        (f["measure"].as_str(), f["value"]["min"].as_f64(), f["value"]["max"].as_f64()),
        (Some("deaths"), Some(129.0), Some(129.0))
    );
    let f = fact("over 300");
    assert_eq!(
        (f["measure"].as_str(), f["value"]["min"].as_f64(), f["value"]["max"].as_f64()),
        (Some("injuries"), Some(300.0), None)
    );
}

#[test]
fn durations_normalise_to_1800_seconds() {
    let f = fact("30 Minutes");
    assert_eq!((f["measure"].as_str(), f["unit"].as_str()), (Some("duration"), Some("second")));
    assert_eq!((f["value"]["min"].as_f64(), f["value"]["max"].as_f64()), (Some(1800.0), Some(1800.0)));
    assert_eq!((f["stated"]["min"].as_f64(), f["stated"]["unit"].as_str()), (Some(30.0), Some("minute")));
    let f = fact("approximately half an hour");
    assert_eq!((f["measure"].as_str(), f["nominal"].as_f64()), (Some("duration"), Some(1800.0)));
    let (lo, hi) = (f["value"]["min"].as_f64().unwrap(), f["value"]["max"].as_f64().unwrap());
    assert!(lo < 1800.0 && 1800.0 < hi, "{f:#}");
}

#[test]
fn a_few_hundred_miles_is_a_distance_interval() {
    let f = fact("a few hundred miles");
    assert_eq!((f["measure"].as_str(), f["unit"].as_str()), (Some("distance"), Some("metre")));
    assert_eq!((f["stated"]["min"].as_f64(), f["stated"]["max"].as_f64()), (Some(200.0), Some(500.0)));
    let (lo, hi) = (f["value"]["min"].as_f64().unwrap(), f["value"]["max"].as_f64().unwrap());
    assert!((lo - 321_868.8).abs() < 1e-6 && (hi - 804_672.0).abs() < 1e-6, "{f:#}");
}

#[test]
fn labels_wars_and_copyright_years_are_not_figures() {
    for f in facts() {
        let t = f["text"].as_str().unwrap();
        for not_a_figure in ["G20", "II", "2025", "©", "2015"] {
            assert!(!t.contains(not_a_figure), "{t}");
        }
    }
}

#[test]
fn figures_inside_claims_name_their_claim() {
    let (_, report) = json(&["facts", "--format", "json", SEED_A, SEED_B]);
    let claims = report["claims"].as_array().unwrap();
    for f in report["facts"].as_array().unwrap() {
        if let Some(i) = f["claim"].as_u64() {
            let c = &claims[i as usize];
            assert_eq!(c["doc"], f["doc"]);
            let (cs, ce) = (c["content_span"]["start"].as_u64().unwrap(), c["content_span"]["end"].as_u64().unwrap());
            let fs = f["span"]["start"].as_u64().unwrap();
            assert!(cs <= fs && fs < ce, "{f:#} not in {c:#}");
        }
    }
}

#[test]
fn every_fact_span_covers_its_text() {
    for f in facts() {
        let text = read(f["doc"].as_str().unwrap());
        assert_eq!(covered(&text, &f["span"]), f["text"]);
    }
}
