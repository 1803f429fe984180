//! Per-stage benchmarks (divan) on real text: every article of
//! ../shared/bench/clusters, one stage at a time, so a slowdown is pinned to
//! segment, extract, facts or check. Throughput is in input bytes.
//! Run: `cargo bench --bench stages`.

use crosscheck::load::{load_inputs, Document};
use crosscheck::rules::Rules;
use crosscheck::{analyze, analyze_all, check, extract, facts, segment};
use divan::counter::BytesCount;
use divan::{black_box, Bencher};

fn main() {
    divan::main();
}

fn corpus() -> Vec<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench/clusters");
    load_inputs(&[dir]).expect("../shared/bench/clusters beside the repository")
}

fn bytes(docs: &[Document]) -> BytesCount {
    BytesCount::new(docs.iter().map(|d| d.text.len()).sum::<usize>())
}

#[divan::bench]
fn segment_stage(b: Bencher) {
    let (docs, rules) = (corpus(), Rules::builtin().unwrap());
    b.counter(bytes(&docs)).bench(|| {
        for d in &docs {
            black_box(segment::segment(&d.text, &rules.segment));
        }
    });
}

#[divan::bench]
fn extract_stage(b: Bencher) {
    let (docs, rules) = (corpus(), Rules::builtin().unwrap());
    let segs: Vec<_> = docs.iter().map(|d| segment::segment(&d.text, &rules.segment)).collect();
    b.counter(bytes(&docs)).bench(|| {
        for (d, s) in docs.iter().zip(&segs) {
            black_box(extract::extract(&d.text, s, &rules));
        }
    });
}

#[divan::bench]
fn facts_stage(b: Bencher) {
    let (docs, rules) = (corpus(), Rules::builtin().unwrap());
    let segs: Vec<_> = docs.iter().map(|d| segment::segment(&d.text, &rules.segment)).collect();
    let exs: Vec<_> = docs.iter().zip(&segs).map(|(d, s)| extract::extract(&d.text, s, &rules)).collect();
    b.counter(bytes(&docs)).bench(|| {
        for ((d, s), ex) in docs.iter().zip(&segs).zip(&exs) {
            black_box(facts::facts(&d.text, s, ex, &rules));
        }
    });
}

#[divan::bench]
fn analyze_one_thread(b: Bencher) {
    let (docs, rules) = (corpus(), Rules::builtin().unwrap());
    b.counter(bytes(&docs)).bench(|| {
        for d in &docs {
            black_box(analyze(d, &rules));
        }
    });
}

#[divan::bench]
fn check_stage(b: Bencher) {
    let (docs, rules) = (corpus(), Rules::builtin().unwrap());
    let analyses = analyze_all(&docs, &rules);
    b.counter(bytes(&docs)).bench(|| black_box(crosscheck::check::run(&docs, &analyses, &rules)));
}

#[divan::bench]
fn whole_check(b: Bencher) {
    let (docs, rules) = (corpus(), Rules::builtin().unwrap());
    b.counter(bytes(&docs)).bench(|| black_box(check(&docs, &rules, true)));
}

#[divan::bench]
fn compile_rules() -> Rules {
    Rules::builtin().unwrap()
}
