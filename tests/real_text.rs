//! The whole pipeline over real, messy articles: the 73 cluster articles and
//! the 24 GUM Wikinews texts in ../shared/bench, and arbitrary strings. No
//! panic, every span inside its text on character boundaries, every claim
//! with content.

use crosscheck::load::{load_inputs, Document};
use crosscheck::rules::Rules;
mod common;
use common::assert_sound;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn shared(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(rel)
}

fn cluster_docs() -> Vec<Document> {
    let dir = shared("bench/clusters");
    assert!(dir.is_dir(), "../shared/bench/clusters is beside the repository");
    let docs = load_inputs(&[dir]).expect("the clusters load");
    docs.into_iter().filter(|d| d.path.ends_with(".txt")).collect()
}

fn gum_docs() -> Vec<Document> {
    let text = std::fs::read_to_string(shared("bench/attribution/gum_news.jsonl")).expect("GUM data");
    text.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            Document::from_text(v["id"].as_str().unwrap(), v["text"].as_str().unwrap())
        })
        .collect()
}

#[test]
fn every_cluster_article_is_read_soundly() {
    let rules = Rules::builtin().unwrap();
    let docs = cluster_docs();
    assert_eq!(docs.len(), 73);
    let (mut claims, mut facts) = (0, 0);
    for d in &docs {
        let (c, f) = assert_sound(d, &rules);
        claims += c;
        facts += f;
    }
    // Real news is full of attributions and figures: a reader that finds
    // few of them is broken, not cautious.
    assert!(claims > 300, "only {claims} claims in 73 articles");
    assert!(facts > 300, "only {facts} figures in 73 articles");
}

/// What a figure in the cluster articles must never be: a clock time
/// ("at 4 p.m.", "at around 2 a.m."), a phone number ("202-324-3691"), a
/// month and day ("UPDATE 11/28"), an ordinal before its noun ("a fifth
/// victim"), a footnote ("incident.[12]"), a channel ("KHOU 11"), a ZIP
/// code ("LA 70727"), or the feet of a height read alone ("5" of
/// "5-foot-11").
fn names_instead_of_counting(before: &str, figure: &str, after: &str) -> Option<&'static str> {
    let next = after.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    let previous = before.split_whitespace().last().unwrap_or("");
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let digits = all_digits(figure);
    let groups: Vec<&str> = figure.split('-').collect();
    let last_word = figure.split_whitespace().last().unwrap_or("");
    if all_digits(last_word) && ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(&next.trim_end_matches([',', ';']))
    {
        return Some("clock time");
    }
    if digits && before.ends_with('[') && after.starts_with(']') && !before[..before.len() - 1].ends_with(' ') {
        return Some("footnote");
    }
    let call_sign = (3..=4).contains(&previous.len())
        && previous.starts_with(['K', 'W'])
        && previous.bytes().all(|b| b.is_ascii_uppercase());
    if digits && figure.len() <= 2 && call_sign && before.ends_with(' ') {
        return Some("channel");
    }
    if digits && figure.len() == 5 && previous.len() == 2 && previous.bytes().all(|b| b.is_ascii_uppercase()) {
        return Some("ZIP code");
    }
    if groups.len() >= 2 && groups.iter().all(|g| g.len() >= 3 && g.bytes().all(|b| b.is_ascii_digit())) {
        return Some("phone number");
    }
    if figure.split_once('/').is_some_and(|(m, d)| m.parse::<u32>().is_ok_and(|m| m <= 12) && d.len() == 2) {
        return Some("month and day");
    }
    if figure.starts_with('-') && figure[1..].trim_start().starts_with(char::is_alphabetic) {
        return Some("bullet read as a minus sign");
    }
    if figure.starts_with('.') && ["revolver", "caliber", "calibre"].iter().any(|w| next.trim_start_matches('-') == *w)
    {
        return Some("gun's calibre");
    }
    let guns = ["pistol", "handgun", "handguns", "rifle", "rounds", "ammunition"];
    if figure.to_ascii_lowercase().ends_with("mm") && guns.contains(&next.trim_start_matches('-')) {
        return Some("gun's calibre");
    }
    if digits && after.starts_with("-foot-") {
        return Some("height's feet without its inches");
    }
    let ordinal = ["a third", "a fourth", "a fifth", "a sixth"].contains(&figure.to_ascii_lowercase().as_str());
    (ordinal && !next.is_empty() && next.chars().all(char::is_alphabetic) && next != "of").then_some("ordinal")
}

#[test]
fn no_cluster_figure_is_a_time_a_phone_number_a_date_an_ordinal_or_a_label() {
    let rules = Rules::builtin().unwrap();
    let mut wrong = Vec::new();
    for d in &cluster_docs() {
        for f in crosscheck::analyze(d, &rules).facts {
            let (before, after) = (&d.text[..f.span.start()], &d.text[f.span.end()..]);
            if let Some(what) = names_instead_of_counting(before, f.span.text(&d.text), after) {
                wrong.push(format!("{}: {:?} is a {what}", d.path, f.span.text(&d.text)));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The 73 cluster articles run together into one archive-sized text (their
/// headers left out), read whole and in blocks of 16 KB of paragraphs: the
/// same figures with the same readings, sentences, claims and days, and
/// the same claims with the same sources as written. Only a source's
/// canonical name may differ: read whole, "officials" takes the name of a
/// fuller mention earlier in the file, even in another article.
#[test]
fn an_archive_read_in_blocks_reads_what_it_reads_whole() {
    let rules = Rules::builtin().unwrap();
    let text: String = cluster_docs()
        .iter()
        .flat_map(|d| d.text.lines().filter(|l| !l.starts_with("# ")).map(|l| format!("{l}\n")))
        .collect();
    let doc = Document::from_text("archive.txt", text);
    let (whole, blocks) = (
        crosscheck::analyze_in_blocks(&doc, &rules, usize::MAX),
        crosscheck::analyze_in_blocks(&doc, &rules, 16 << 10),
    );
    let fact = |f: &crosscheck::facts::Fact| {
        let words = serde_json::to_string(&f.subject.words()).unwrap();
        (
            f.span,
            f.value().to_string(),
            f.measure.clone(),
            f.sentence,
            f.claim.map(|c| c.get()),
            f.day.map(|d| d.get()),
            words,
        )
    };
    assert!(whole.facts.len() > 900, "{} figures", whole.facts.len());
    assert_eq!(whole.facts.iter().map(fact).collect::<Vec<_>>(), blocks.facts.iter().map(fact).collect::<Vec<_>>());
    let claim = |c: &crosscheck::extract::attribution::Claim| {
        (c.span(), c.content, c.sentence, c.parent, c.kind, c.source, c.source_text.to_string())
    };
    let claims = |a: &crosscheck::Analysis| a.extraction.claims.iter().map(claim).collect::<Vec<_>>();
    assert!(whole.extraction.claims.len() > 800);
    assert_eq!(claims(&whole), claims(&blocks));
    let day = |d: &crosscheck::extract::dates::DateMention| (d.span, d.sentence);
    let days = |a: &crosscheck::Analysis| a.extraction.dates.iter().map(day).collect::<Vec<_>>();
    assert_eq!(days(&whole), days(&blocks));
    assert_eq!((whole.sentences, whole.paragraphs), (blocks.sentences, blocks.paragraphs));
}

#[test]
fn every_gum_article_is_read_soundly() {
    let rules = Rules::builtin().unwrap();
    let docs = gum_docs();
    assert_eq!(docs.len(), 24);
    let claims: usize = docs.iter().map(|d| assert_sound(d, &rules).0).sum();
    assert!(claims > 100, "only {claims} claims in 24 articles");
}

#[test]
fn checking_one_cluster_finds_the_orlando_death_toll_dispute() {
    let rules = Rules::builtin().unwrap();
    let docs = load_inputs(&[shared("bench/clusters/gva-577157-orlando-pulse-nightclub-2016")]).unwrap();
    let report = crosscheck::check(&docs, &rules, true);
    let found = report.findings.iter().any(|f| {
        let texts: Vec<&str> = f.evidence.iter().map(|e| docs[e.doc].slice(e.span)).collect();
        f.code == "CC102" && texts.iter().any(|t| t.contains("49")) && texts.iter().any(|t| t.contains("50"))
    });
    assert!(found, "{:#?}", report.findings.iter().map(|f| &f.message).collect::<Vec<_>>());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        let rules = Rules::builtin().unwrap();
        let doc = Document::from_text("prop.txt", text);
        assert_sound(&doc, &rules);
    }

    #[test]
    fn newsy_text_never_panics(words in proptest::collection::vec(prop_oneof![
        Just("said"), Just("according to"), Just("“"), Just("”"), Just("\""), Just(","), Just("."),
        Just("more than"), Just("120"), Just("2,186.5"), Just("half an hour"), Just("the official"),
        Just("Reuters"), Just("told"), Just("\n"), Just("\n\n"), Just("a few hundred"), Just("miles"),
        Just("$"), Just("bn"), Just("U.S."), Just("Mr."), Just("’s"), Just("who"), Just("that"),
    ], 0..60)) {
        let rules = Rules::builtin().unwrap();
        let doc = Document::from_text("prop.txt", words.join(" "));
        assert_sound(&doc, &rules);
    }
}
