//! `crosscheck claims` on the seeds: exactly the attributions a reader finds,
//! each with source, cue and content spans that point at those words.

mod common;
use common::*;

/// (document, source as written, canonical source, cue, content start, channel)
type Expected = (&'static str, &'static str, &'static str, Option<&'static str>, &'static str, Option<&'static str>);

const EXPECTED: &[Expected] = &[
    (SEED_A, "The Guardian", "The Guardian", Some("according to"), "Obama and Putin came to a consensus", None),
    (SEED_A, "The New York Times", "The New York Times", Some("described by"), "animated, with both men", None),
    (SEED_A, "the Times", "The New York Times", Some("said"), "Russia's air campaign", None),
    (
        SEED_A,
        "France's foreign minister Laurent Fabius",
        "France's foreign minister Laurent Fabius",
        Some("said"),
        "extremists were trying",
        None,
    ),
    (SEED_A, "the Guardian", "The Guardian", Some("said"), "France's foreign minister Laurent Fabius, who", None),
    (
        SEED_A,
        "Fabius",
        "France's foreign minister Laurent Fabius",
        Some("said"),
        "the attacks were against French values",
        None,
    ),
    (SEED_A, "Reuters", "Reuters", Some("according to"), "Putin had talked about supporting", None),
    (SEED_A, "Putin", "Putin", Some("said"), "\"We are mulling over", None),
    (SEED_A, "Putin", "Putin", None, "\"There is (an) opportunity", None),
    (SEED_A, "Reuters", "Reuters", Some("reported"), "a U.S. senior official said diplomacy", None),
    (SEED_A, "a U.S. senior official", "U.S. senior official", Some("said"), "diplomacy must be part", None),
    (
        SEED_A,
        "the official",
        "U.S. senior official",
        Some("told"),
        "\"The Russians certainly understood",
        Some("Reuters"),
    ),
    (SEED_B, "The Daily Mail", "Daily Mail", Some("reports"), "Barack Obama and Vladimir Putin were seen", None),
    (
        SEED_B,
        "those watching the video of the encounter",
        "those watching the video of the encounter",
        Some("noted"),
        "President Obama was gesturing",
        None,
    ),
    (SEED_B, "Obama", "Obama", Some("stated"), "the United States will stand with France", None),
    (SEED_B, "President Obama", "President Obama", Some("said"), "the attack was not just on France", None),
    (SEED_B, "President Obama", "President Obama", None, "“The killing of innocent people", None),
    (
        SEED_B,
        "U.S. government officials",
        "U.S. government officials",
        Some("noted"),
        "Putin’s involvement in the war",
        None,
    ),
];

fn claims() -> Vec<serde_json::Value> {
    let (code, report) = json(&["claims", "--format", "json", SEED_A, SEED_B]);
    assert_eq!(code, 0);
    report["claims"].as_array().unwrap().clone()
}

#[test]
fn exactly_these_claims() {
    let got = claims();
    let summary: Vec<String> =
        got.iter().map(|c| format!("{} | {} | {}", c["source"], c["cue"], c["content"])).collect();
    assert_eq!(got.len(), EXPECTED.len(), "{summary:#?}");
    for (c, (doc, source, canonical, cue, content, channel)) in got.iter().zip(EXPECTED) {
        assert_eq!(c["doc"], *doc);
        assert_eq!(c["source"], *source, "{c:#}");
        assert_eq!(c["canonical_source"], *canonical, "{c:#}");
        assert_eq!(c["cue"].as_str(), *cue, "{c:#}");
        assert!(c["content"].as_str().unwrap().starts_with(content), "{c:#}");
        assert_eq!(c["channel"].as_str(), *channel, "{c:#}");
    }
}

#[test]
fn spans_point_at_the_words() {
    for c in claims() {
        let text = read(c["doc"].as_str().unwrap());
        assert_eq!(covered(&text, &c["content_span"]), c["content"]);
        if !c["source_span"].is_null() {
            assert_eq!(covered(&text, &c["source_span"]).split_whitespace().collect::<Vec<_>>().join(" "), c["source"]);
        }
        if !c["cue_span"].is_null() {
            assert_eq!(covered(&text, &c["cue_span"]), c["cue"]);
        }
        let span = covered(&text, &c["span"]);
        assert!(span.contains(c["content"].as_str().unwrap()));
    }
}

#[test]
fn according_to_the_guardian_spans_the_line_break() {
    let c = &claims()[0];
    assert_eq!(c["cue_span"]["line"], 3);
    assert_eq!(c["source_span"]["line"], 4);
    assert_eq!(c["source_span"]["column"], 1);
}

#[test]
fn nested_attributions_keep_their_chain() {
    let got = claims();
    let index = |source: &str, cue: &str| got.iter().position(|c| c["source"] == source && c["cue"] == cue).unwrap();
    let official = index("a U.S. senior official", "said");
    assert_eq!(got[official]["parent"], index("Reuters", "reported"));
    let fabius = index("France's foreign minister Laurent Fabius", "said");
    assert_eq!(got[fabius]["parent"], index("the Guardian", "said"));
}

#[test]
fn quotes_are_direct_and_paraphrases_indirect() {
    for c in claims() {
        let content = c["content"].as_str().unwrap();
        let quoted = content.starts_with('"') || content.starts_with('“');
        assert_eq!(c["kind"] == "direct", quoted, "{c:#}");
    }
}

#[test]
fn text_listing_names_path_line_and_column() {
    let out = stdout(&run(&["claims", SEED_A]));
    assert!(
        out.lines().next().unwrap().starts_with("seeds/000_ec28406811e2f7e6.txt:3:1: The Guardian [according to]"),
        "{out}"
    );
    assert!(out.contains("U.S. senior official (\"the official\") [told] via Reuters direct:"), "{out}");
}
