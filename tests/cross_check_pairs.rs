//! Hand-made article pairs for each kind of cross-check verdict: figures
//! that agree give nothing; conflicting tolls of the same event are errors;
//! figures about different things (another person's age, a part of a price,
//! an extra group, a past disaster) are not compared at all.

mod common;
use common::*;

/// Run `check --format json` on two articles; return (rule, texts) per finding.
fn check_pair(a: &str, b: &str) -> Vec<(String, Vec<String>)> {
    let tmp = scratch();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), a).unwrap();
    std::fs::write(dir.join("b.txt"), b).unwrap();
    let (_, report) = json(&["check", "--format", "json", dir.to_str().unwrap()]);
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let texts =
                f["evidence"].as_array().unwrap().iter().map(|e| e["text"].as_str().unwrap().to_string()).collect();
            (f["rule"].as_str().unwrap().to_string(), texts)
        })
        .collect()
}

#[test]
fn agreeing_figures_give_nothing() {
    let a = "# date: 2016-06-13\n\nThe siege lasted 30 minutes. AMD will pay $4.2 billion for ATI. The gunman killed 49 people.";
    let b = "# date: 2016-06-13\n\nThe siege lasted approximately half an hour. AMD will pay 4.2 billion dollars for ATI. Police said 49 people were killed.";
    assert_eq!(check_pair(a, b), vec![]);
}

#[test]
fn conflicting_tolls_of_the_event_are_errors() {
    let a = "The gunman killed 49 and injured 53 at the nightclub.";
    let b = "A total of 50 people were killed, the city said.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC102");
    assert_eq!(found[0].1, ["49", "50"]);
}

#[test]
fn a_bound_and_a_figure_that_fits_it_are_a_warning() {
    let found = check_pair("More than 120 died in the attacks.", "The attacks left 129 dead.");
    assert_eq!(found, vec![("CC101".to_string(), vec!["More than 120".to_string(), "129".to_string()])]);
}

#[test]
fn a_named_group_and_an_extra_group_compare() {
    let found = check_pair(
        "The sniper killed five officers and injured seven others.",
        "He wounded four other officers and two civilians.",
    );
    assert!(
        found
            .iter()
            .any(|(rule, t)| rule == "CC102" && t.contains(&"seven".to_string()) && t.contains(&"four".to_string())),
        "{found:?}"
    );
    assert!(!found.iter().any(|(_, t)| t.contains(&"two".to_string())), "civilians are another group: {found:?}");
}

#[test]
fn different_people_parts_and_groups_are_not_compared() {
    // Another person's age.
    assert_eq!(
        check_pair("John Zawahri, 23, was the gunman.", "His father, Samir Zawahri, 55, was among the dead."),
        vec![]
    );
    // A part of a price is not the price.
    assert_eq!(
        check_pair(
            "AMD agreed to buy ATI for $5.4 billion in cash and stock.",
            "The purchase is a combination of $4.2 billion in cash and 57 million shares."
        ),
        vec![]
    );
    // An extra group is not the total.
    assert_eq!(
        check_pair(
            "Nine people were injured in the shooting.",
            "Four others were also hospitalized for lesser injuries."
        ),
        vec![]
    );
}

#[test]
fn background_figures_are_not_todays_toll() {
    let a =
        "# date: 2013-07-02\n\nThe quake killed 24 people in Aceh. The 2004 tsunami killed 170,000 in the province.";
    let b = "# date: 2013-07-02\n\nAt least 24 people were killed. It came 10 days after a storm killed 5 fishermen.";
    let found = check_pair(a, b);
    assert!(
        found.iter().all(|(_, t)| !t.contains(&"170,000".to_string()) && !t.contains(&"5".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_later_higher_toll_is_an_update() {
    let a = "# date: 2016-09-23\n\nFour people were killed at the mall, police said.";
    let b = "# date: 2016-09-24\n\nFour people were killed at the mall on Friday. A fifth victim died overnight, bringing the toll to five killed.";
    let c = "# date: 2016-09-22\n\nFive people were killed at the mall.";
    let later = check_pair(a, b);
    assert!(later.iter().any(|(rule, t)| rule == "CC104" && t == &["Four", "five"]), "{later:?}");
    // Earlier and higher is no update: the usual error.
    let earlier = check_pair(c, "# date: 2016-09-24\n\nFour people were killed at the mall.");
    assert!(earlier.iter().any(|(rule, _)| rule == "CC102"), "{earlier:?}");
}

#[test]
fn the_same_quote_from_another_speaker_is_misattributed() {
    let a =
        "\"The Russians certainly understood the importance of a political resolution,\" the official told Reuters.";
    let b = "\"The Russians certainly understood the importance of a political resolution,\" Fabius said.";
    let found = check_pair(a, b);
    assert_eq!(found.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["CC201"], "{found:?}");
}

#[test]
fn a_quotation_inside_a_reported_statement_is_the_speakers_words() {
    let a = "A White House spokesman, Tom Reed, said the administration was \"confident the bill will pass.\"";
    let b = "\"We are confident the bill will pass,\" said Senator Mark Hill, a Republican.";
    let found = check_pair(a, b);
    assert_eq!(
        found,
        vec![(
            "CC201".to_string(),
            vec!["confident the bill will pass.".to_string(), "\"We are confident the bill will pass,\"".to_string()]
        )]
    );
    // The words a speaker reports of someone else are not the speaker's:
    // here they are the gunman's, and so are the ones credited apart.
    let shouted = "Police said the gunman shouted \"we are confident the bill will pass\" as he fled.";
    let (_, report) = {
        let tmp = scratch();
        std::fs::write(tmp.path().join("a.txt"), shouted).unwrap();
        std::fs::write(tmp.path().join("b.txt"), b).unwrap();
        json(&["check", "--format", "json", tmp.path().to_str().unwrap()])
    };
    let message = report["findings"][0]["message"].as_str().unwrap_or_default().to_string();
    assert!(message.contains("gunman") && !message.contains("Police"), "{message}");
}

#[test]
fn a_speaker_named_after_a_quote_and_told_a_channel_is_the_speaker() {
    let a = "\"We have received around 50 people with injuries,\" Ema Suryani, a doctor at a clinic, told AFP. \"The rest have only light injuries like minor cuts,\" added the doctor.";
    let b = "\"We have received around 50 people with injuries,\" Ema Suryani told reporters. \"The rest have only light injuries like minor cuts,\" she said.";
    assert_eq!(check_pair(a, b), vec![], "one speaker, the same words");
}

#[test]
fn the_same_speaker_with_other_words_is_misquoted_but_a_part_agrees() {
    let a = "President Obama said: \"The killing of innocent people is an attack not just on France but on the civilized world.\"";
    let b =
        "\"The killing of innocent people is an assault not just on France but on the civilized world,\" Obama said.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC202");
    let part = "\"an attack not just on France but on the civilized world,\" Obama said.";
    assert_eq!(check_pair(a, part), vec![], "a partial quote agrees");
}

#[test]
fn draft_mode_reports_the_drafts_disagreements_and_unsupported_figures() {
    let tmp = scratch();
    let dir = tmp.path();
    std::fs::write(dir.join("draft.txt"), "The gunman killed 49 people. The siege lasted 3 hours.").unwrap();
    std::fs::write(dir.join("src1.txt"), "A total of 50 people were killed, the city said.").unwrap();
    std::fs::write(dir.join("src2.txt"), "Officials said 51 people were killed.").unwrap();
    let d = |f: &str| dir.join(f).to_str().unwrap().to_string();
    let (code, report) =
        json(&["check", "--format", "json", &d("draft.txt"), "--against", &d("src1.txt"), &d("src2.txt")]);
    assert_eq!(code, 1);
    let findings = report["findings"].as_array().unwrap();
    let rules: Vec<&str> = findings.iter().map(|f| f["rule"].as_str().unwrap()).collect();
    // The draft's 49 against each source; the sources' own 50 vs 51 is not the draft's business.
    assert_eq!(rules.iter().filter(|r| **r == "CC102").count(), 2, "{findings:#?}");
    for f in findings.iter().filter(|f| f["rule"] == "CC102") {
        assert!(f["evidence"][0]["doc"].as_str().unwrap().ends_with("draft.txt"), "draft evidence first");
    }
    // Neither source gives the siege's length: unsupported, as info.
    assert!(findings.iter().any(|f| f["rule"] == "CC105" && f["evidence"][0]["text"] == "3 hours"), "{findings:#?}");
}

#[test]
fn a_group_can_be_the_whole_toll_unless_broken_down() {
    let found = check_pair("Four women had been killed at the mall.", "Five people were killed at the mall.");
    assert_eq!(found.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["CC102"], "{found:?}");
    let found = check_pair("Five children and three adults were shot.", "Eight people were shot in the park.");
    assert!(found.iter().all(|(_, t)| !t.contains(&"Five".to_string())), "a breakdown is not the total: {found:?}");
}

#[test]
fn two_plans_sharing_a_couple_of_words_are_not_compared() {
    let found = check_pair(
        "The deal reopens the government for three weeks.",
        "The measure would reopen the government for two weeks.",
    );
    assert_eq!(found, vec![], "{found:?}");
}

#[test]
fn matches_on_shared_words_only_are_warnings() {
    let found = check_pair(
        "The stopgap bill funds the federal government for three weeks.",
        "The stopgap bill would fund the federal government for two weeks.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC103");
}

#[test]
fn a_remainder_beside_the_whole_is_a_part_not_a_toll() {
    // Article a gives the whole (seven) and then the rest of a group (three
    // other officers): only the whole is compared.
    let a = "Seven officers were wounded in the ambush. DART says the three other officers injured are expected to recover.";
    let b = "The gunman wounded seven officers, police said.";
    assert_eq!(check_pair(a, b), vec![]);
    // Alone in its article, "four other officers" is that article's count.
    let c = "The attack wounded four other officers and two civilians.";
    let found = check_pair(b, c);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, ["seven", "four"]);
}

#[test]
fn a_count_with_a_place_after_it_is_still_a_toll() {
    // "injured 3 at an MLK Day celebration": "MLK" is where, not what is counted.
    let a = "Police are on the scene after a shooting that injured 3 at an MLK Day celebration.";
    let b = "The gunfire wounded eight people at the park on Monday.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1.clone()), ("CC102", vec!["3".to_string(), "eight".to_string()]));
    // An amount's preposition still says what it was spent on.
    let c = "Expenses included $4,272.78 on a cruise.";
    let d = "He used $750,000 in campaign money on personal items.";
    assert_eq!(check_pair(c, d), vec![]);
}

#[test]
fn a_condition_is_a_part_of_those_in_hospital() {
    let a = "Five of the victims are stable, while one is in critical condition.";
    let b = "Six people were hospitalized after the shooting.";
    assert_eq!(check_pair(a, b), vec![]);
}

#[test]
fn a_dateline_orders_a_rising_toll() {
    // No `# date:` header: the datelines say which article came later.
    let a = "Quake kills five in Aceh\nTuesday, July 2nd, 2013\n\nFive people were killed when the quake struck.";
    let b = "Aceh quake toll rises\nWEDNESDAY 03 JULY 2013\n\nThe quake killed 24 people, officials said.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC104", "a later, higher toll is an update: {found:?}");
    // The same toll on the same day, or undated, is a contradiction.
    let c = "Quake kills five in Aceh\n\nFive people were killed when the quake struck.";
    let d = "Aceh quake\n\nThe quake killed 24 people, officials said.";
    assert_eq!(check_pair(c, d)[0].0, "CC102");
}

#[test]
fn the_same_two_figures_met_again_make_one_finding() {
    let a = "The gunman killed 49 people. Police confirmed 49 were killed in the club.";
    let b = "A total of 50 people were killed. The 50 killed included the gunman.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.len(), 4, "every place is shown: {found:?}");
}

#[test]
fn a_figure_that_meets_a_bound_agrees() {
    // "at least nine" is met by "nine": no note. "at least 212" and "at
    // least 190" differ (a warning), as the issue has it.
    assert_eq!(check_pair("Nine people were wounded.", "At least nine people were wounded."), vec![]);
    assert_eq!(check_pair("The storm left up to 700 homeless.", "The storm left 700 homeless."), vec![]);
    let found = check_pair("At least 212 people died.", "At least 190 people died.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC101");
}

#[test]
fn the_same_statement_credited_to_different_sources_is_a_warning() {
    let a = "Mr Fabius, who is standing in for Hollande, said extremists were trying to start a civil war in France.";
    let b = "Prime Minister Manuel Valls said extremists were trying to start a civil war in France.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC203");
    // "she said" after an agency's statement is not the agency: no accusation.
    let c = "The quake struck at a depth of 10 km, the US Geological Survey said. \"Injured people were taken from several villages in two trucks,\" she said.";
    let d = "The quake struck at a depth of 10 km, the USGS said. Injured people were taken from several villages in two trucks, Agence France-Presse said.";
    assert!(check_pair(c, d).iter().all(|(code, _)| code != "CC203"));
}

#[test]
fn titles_agree_across_spellings_and_differ_by_rank_or_role() {
    // The seeds' own case: "advisor" and "adviser" are one title.
    let a = "The men were joined by Obama's national security advisor Susan Rice and another man.";
    let b = "Obama's national security adviser Susan Rice sat to the right of Obama.";
    assert_eq!(check_pair(a, b), vec![]);
    let c = "Acting Police Chief Martha Montalvo said the gunman was dead.";
    let d = "Police Chief Martha Montalvo said the gunman was dead.";
    let found = check_pair(c, d);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC301");
    let e = "Senator Chuck Schumer said the shutdown must end.";
    let f = "Senate Minority Leader Chuck Schumer said the shutdown must end.";
    assert_eq!(check_pair(e, f)[0].0, "CC302", "two roles of one person: a note");
}

#[test]
fn figures_in_other_units_agree_when_they_round_to_each_other() {
    let a = "The quake struck at a depth of 10 km below the town.";
    assert_eq!(check_pair(a, "The quake struck at a depth of 6.2 miles below the town."), vec![]);
    let found = check_pair(a, "The quake struck at a depth of 8 miles below the town.");
    assert_eq!(found.len(), 1, "{found:?}");
    // In one unit, rounding is no excuse: 49 is not 50.
    assert_eq!(check_pair("The attack killed 49 people.", "The attack killed 50 people.")[0].0, "CC102");
}

#[test]
fn a_measures_tolerance_comes_from_the_rules() {
    // rules/measures.toml gives distances 2%: 10 km and 10.1 km agree.
    let a = "The quake struck at a depth of 10 km below the town.";
    assert_eq!(check_pair(a, "The quake struck at a depth of 10.1 km below the town."), vec![]);
    assert_eq!(check_pair(a, "The quake struck at a depth of 11 km below the town.").len(), 1);
}

#[test]
fn date_option_dates_the_articles_that_carry_none() {
    let tmp = scratch();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), "Quake kills five\n\nFive people were killed when the quake struck.\n").unwrap();
    std::fs::write(dir.join("b.txt"), "# date: 2013-07-03\n\nThe quake killed 24 people, officials said.\n").unwrap();
    let d = dir.to_str().unwrap();
    let rule = |args: &[&str]| {
        let (_, report) = json(args);
        report["findings"][0]["rule"].as_str().unwrap_or_default().to_string()
    };
    // Undated, a. conflicts with b.; dated the day before, it is an earlier toll.
    assert_eq!(rule(&["check", "--format", "json", d]), "CC102");
    assert_eq!(rule(&["check", "--format", "json", "--date", "July 2, 2013", d]), "CC104");
}

#[test]
fn a_weekday_beside_a_date_it_is_not_is_reported_once_per_article() {
    let wrong = "Eleven officers were shot on Thursday, July 8, 2016. (Photo)\n\nEleven officers were shot on Thursday, July 8, 2016.";
    let found = check_pair(wrong, "Police said the gunman acted alone.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC401");
    assert_eq!(found[0].1, ["Thursday, July 8, 2016", "Thursday, July 8, 2016"], "both places, one finding");
    assert_eq!(check_pair("Eleven officers were shot on Thursday, July 7, 2016.", "No date."), vec![]);
    // "Tuesday (6 January)" in an article dated 2009: the year is the article's.
    let dated = "# date: 2009-01-07\n\nIsraeli forces on Tuesday (6 January) killed at least 40 people.";
    assert_eq!(check_pair(dated, "No date."), vec![]);
    let found = check_pair(&dated.replace("6 January", "7 January"), "No date.");
    assert_eq!(found.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["CC401"]);
}

#[test]
fn draft_mode_reports_a_drafts_own_weekday_mistake() {
    let tmp = scratch();
    let dir = tmp.path();
    std::fs::write(dir.join("draft.txt"), "The officers were shot on Thursday, July 8, 2016.").unwrap();
    std::fs::write(dir.join("src.txt"), "The officers were shot on Friday, July 8, 2016.").unwrap();
    let d = |f: &str| dir.join(f).to_str().unwrap().to_string();
    let (_, report) = json(&["check", "--format", "json", &d("draft.txt"), "--against", &d("src.txt")]);
    let found: Vec<(&str, &str)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["evidence"][0]["doc"].as_str().unwrap()))
        .collect();
    assert_eq!(found.len(), 1, "the draft's mistake; the source is right: {found:?}");
    assert!(found[0].0 == "CC401" && found[0].1.ends_with("draft.txt"), "{found:?}");
}

#[test]
fn the_same_figure_on_different_days_is_reported() {
    let a = "# date: 2016-06-13\n\nA gunman killed 49 people at the Pulse nightclub on Sunday.";
    let b = "# date: 2016-06-14\n\nA gunman killed 49 people at the Pulse nightclub on Friday, June 10.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC402");
    assert_eq!(found[0].1, ["Friday, June 10", "Sunday", "49", "49"], "both days, earlier first, then the figures");
    // Sunday before June 13 is June 12: the same day as a later article's "June 12".
    assert_eq!(check_pair(a, &b.replace("Friday, June 10", "June 12")), vec![]);
    // Near midnight, two days in a row may be one night.
    assert_eq!(check_pair(a, &b.replace("on Friday, June 10", "late Saturday")), vec![]);
    // The day of a statement, or a sentence relating two times, dates nothing.
    assert_eq!(check_pair(a, "Police said Friday that a gunman killed 49 people at the Pulse nightclub."), vec![]);
    assert_eq!(
        check_pair(a, "On Friday, two days after a gunman killed 49 people at the Pulse nightclub, ..."),
        vec![]
    );
    // Figures that differ are the figure checks' business (here a later, higher toll).
    let found = check_pair(a, &b.replace("49", "50"));
    assert_eq!(found.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["CC104"], "{found:?}");
}

#[test]
fn running_totals_compare_only_with_running_totals() {
    let incident = "The shelling of the school killed 40 people, officials said.";
    let total = "More than 600 Palestinians have been killed so far in the offensive, officials said.";
    assert_eq!(check_pair(incident, total), vec![]);
    let other_total = "Officials said 450 Palestinians have been killed so far in the offensive.";
    let found = check_pair(total, other_total);
    assert_eq!(found.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["CC102"], "{found:?}");
    // "so far" about something else, further off, leaves the figure the incident's.
    let deadliest =
        "The attack on the school, which killed 30 people, was the deadliest single strike of the offensive so far.";
    assert_eq!(check_pair(incident, deadliest).len(), 1);
}

#[test]
fn a_story_told_in_the_past_goes_on_in_the_next_sentence() {
    let today = "Five people died in the quake on Tuesday, officials said.";
    let recalled =
        "In April last year a quake struck off Banda Aceh. Two people died in the quake and its aftershocks.";
    assert_eq!(check_pair(today, recalled), vec![], "the two deaths are last year's");
    // A sentence with a time of its own is not the past's.
    let anchored = "In April last year a quake struck off Banda Aceh. On Tuesday two people died in the quake.";
    assert_eq!(check_pair(today, anchored).len(), 1);
}

#[test]
fn background_figures_of_different_years_are_different_events() {
    let a = "# date: 2013-07-03\n\nThe 2004 tsunami killed 170,000 people in the province.";
    let b = "# date: 2013-07-03\n\nIn September 2009 a major earthquake near Padang killed more than 1,000 people.";
    assert_eq!(check_pair(a, b), vec![]);
    let c = "# date: 2013-07-03\n\nThe 2004 tsunami killed 230,000 people in 13 countries.";
    assert_eq!(check_pair(a, c).iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["CC102"]);
}

#[test]
fn a_nickname_does_not_cut_a_name_short() {
    let a = "The gunman, Zawahri, 23, shot his father.";
    let b = "He killed his father, Samir \"Sam\" Zawahri, 55, police said.";
    assert_eq!(check_pair(a, b), vec![], "the son's age is not the father's");
}

#[test]
fn figures_far_apart_need_shared_words_to_be_one_thing() {
    let school = "The shelling of the UN school killed 40 people, officials said.";
    let war = "With the conflict now having taken more than 600 lives, the council met.";
    assert_eq!(check_pair(school, war), vec![], "forty at a school, six hundred in the war");
    // A slip of a digit in the same story is still caught.
    let slip = "The shelling of the UN school killed 400 people, officials said.";
    assert_eq!(check_pair(school, slip).iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["CC102"]);
}

#[test]
fn a_count_included_in_a_larger_one_is_a_part() {
    let a = "Six civilians, including the two killed, were shot at the clinic.";
    let b = "The gunman killed three people at the clinic, police said.";
    assert!(check_pair(a, b).iter().all(|(_, t)| !t.contains(&"two".to_string())), "{:?}", check_pair(a, b));
    // A price among items is a price, whole.
    let c = "He bought items including a $43,000 Rolex watch.";
    let d = "He bought items including a $43,350 gold-plated men's Rolex watch.";
    assert_eq!(check_pair(c, d).len(), 1);
}

#[test]
fn a_bare_fraction_counts_no_one() {
    let a = "Four officers are injured; it is unconfirmed if a fifth was also hurt.";
    let b = "Nine people were injured in the shooting, police said.";
    assert!(check_pair(a, b).iter().all(|(_, t)| !t.contains(&"a fifth".to_string())), "{:?}", check_pair(a, b));
}

#[test]
fn a_sentence_that_opens_last_year_is_background() {
    let today = "The quake killed at least three people on Tuesday, officials said.";
    let recalled = "Last year, a 6.4-magnitude quake rocked the coast, killing at least one person.";
    assert_eq!(check_pair(today, recalled), vec![]);
    // "last year" later in a sentence compares this year with last: both are read.
    let a = "Revenue rose to $4.2 billion, up from $3.9 billion last year.";
    let b = "Revenue rose to $4.5 billion, up from $3.9 billion last year.";
    assert!(!check_pair(a, b).is_empty());
}

#[test]
fn a_count_for_one_area_is_part_of_the_articles_total() {
    let a = "The quake killed 24 people, officials said. In neighbouring Central Aceh district, 10 people were killed.";
    let b = "The quake killed 24 people in Aceh, the agency said.";
    assert_eq!(check_pair(a, b), vec![], "ten is one district's");
    // Without a larger total in its article, an area's count is the count.
    let c = "In Central Aceh district, 10 people were killed by the quake.";
    assert_eq!(check_pair(c, b).len(), 1);
}

#[test]
fn figures_at_two_named_places_of_one_kind_are_two_incidents() {
    let a = "Shelling of houses in the Bureij refugee camp left 16 people injured.";
    let b = "The strike on the school in the Jabaliya refugee camp injured 55 people.";
    assert_eq!(check_pair(a, b), vec![], "two camps, two incidents");
    // One place written two ways is one place.
    let c = "A gunman injured six people at Fort Lauderdale-Hollywood International Airport.";
    let d = "A gunman injured eight people at the Fort Lauderdale airport.";
    assert_eq!(check_pair(c, d).len(), 1);
}

#[test]
fn the_same_figure_at_two_places_of_one_kind_is_reported() {
    let a = "A gunman killed 49 people at the Pulse nightclub early Sunday.";
    let b = "A gunman killed 49 people at the Parliament nightclub early Sunday.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC403");
    assert_eq!(found[0].1, ["Pulse nightclub", "Parliament nightclub", "49", "49"]);
    // A city and a club may both be right: places of two kinds are not held against each other.
    assert_eq!(check_pair(a, "A gunman killed 49 people in Orlando, Florida, early Sunday."), vec![]);
    // Different figures at two places are two incidents, not one misplaced.
    assert_eq!(check_pair(a, &b.replace("49", "12")), vec![]);
}

#[test]
fn coordinated_counts_share_the_verb_after_both() {
    let a =
        "Two civilians and one police officer were killed. Five more officers and four other civilians were injured.";
    let b = "Four police officers have been injured, police said.";
    let found = check_pair(a, b);
    assert!(found.iter().any(|(r, t)| r == "CC102" && t == &["Five", "Four"]), "{found:?}");
    // A figure joined by "and" to a count of something else is not counted with it.
    let c = "He fired 3 times and 2 people were injured.";
    let d = "Three people were injured in the attack.";
    assert!(check_pair(c, d).iter().all(|(_, t)| !t.contains(&"3".to_string())), "{:?}", check_pair(c, d));
}

#[test]
fn a_live_blogs_earlier_entries_give_way_to_its_later_ones() {
    let blog = "# date: 2015-11-27\n\nShooting at clinic\n\n\
                UPDATE 7:02 p.m.: Police say five officers and four civilians were injured.\n\n\
                UPDATE 4:06 p.m.: Four officers are confirmed injured.\n\n\
                UPDATE 1:35 p.m.: The gunman remains at large after injuring three officers.\n";
    let report = "# date: 2015-11-28\n\nFive officers were injured in the attack, police said.\n";
    assert_eq!(check_pair(blog, report), vec![], "only the newest entry speaks for the blog");
    // Oldest first works the same way: the last entry is the newest.
    let oldest_first = "# date: 2015-11-27\n\nShooting at clinic\n\n\
                        12:54 p.m.: At least one officer is hurt.\n\n\
                        1:35 p.m.: The gunman injured three officers.\n\n\
                        4:06 p.m.: Four officers are confirmed injured.\n";
    let found = check_pair(oldest_first, report);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1[0], "Four");
    // Without stamps, every figure of the article is held to account.
    let plain = "# date: 2015-11-27\n\nThe gunman injured three officers. Later, four officers were injured.\n";
    assert_eq!(check_pair(plain, report).len(), 2);
}

#[test]
fn a_count_at_one_place_in_the_scene_is_part_of_the_whole() {
    let whole = "# date: 2013-06-08\n\nSix people were killed and four people were injured in the incident.";
    let bus = "# date: 2013-06-08\n\nHe sprayed bullets at a public bus, injuring three people.";
    assert_eq!(check_pair(whole, bus), vec![], "three on the bus are part of four in all");
    // A whole count without a scene is still held against another.
    let other = "# date: 2013-06-08\n\nThe spree left five people dead and three people injured.";
    assert_eq!(check_pair(whole, other).len(), 2, "{:?}", check_pair(whole, other));
    // In its own article, a scene's count is part of the article's larger total.
    let own = "# date: 2013-06-08\n\nSix people were killed on Friday. Two people were killed near the library.";
    assert_eq!(check_pair(own, "# date: 2013-06-08\n\nSix people died."), vec![]);
    // When the vehicle is the event, its count is the whole.
    let crash = "# date: 2013-06-08\n\nThe bus crash killed 12 people and injured 30 in the incident.";
    let other = "# date: 2013-06-08\n\nA bus plunged into a ravine, killing 14 people in the incident.";
    assert_eq!(check_pair(crash, other).len(), 1, "{:?}", check_pair(crash, other));
}

#[test]
fn two_lengths_of_one_event_compare() {
    let a = "# date: 2013-06-10\n\nPolice said the spree lasted 10 minutes, ending when officers shot the gunman.";
    let b = "# date: 2013-06-10\n\nHe went on a 13-minute shooting spree spanning roughly 1.5 miles.";
    let found = check_pair(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, ["10 minutes", "13-minute"]);
    // The length of something else is not the event's.
    let c = "# date: 2013-06-10\n\nHe drove for 13 minutes to reach his father's house.";
    assert_eq!(check_pair(a, c), vec![]);
}

#[test]
fn one_persons_two_ages_are_an_error() {
    let a = "# date: 2016-02-22\n\nThe suspect, Jason Dalton, 45, was arrested at 12:40 a.m.";
    let b = "# date: 2016-02-22\n\nJason Dalton, 46, was taken into custody early Sunday.";
    assert_eq!(check_pair(a, b), vec![("CC102".to_string(), vec!["45".to_string(), "46".to_string()])]);
}

#[test]
fn homes_destroyed_and_bail_are_compared() {
    let a = "# date: 2017-03-10\n\nThe fire destroyed 40 homes. A judge set bail at $2.5 million for the suspect on Thursday.";
    let b = "# date: 2017-03-10\n\nThe blaze destroyed 45 homes. The suspect is being held on $2 million bail, a judge ruled Thursday.";
    let found = check_pair(a, b);
    assert!(found.contains(&("CC102".to_string(), vec!["40".to_string(), "45".to_string()])), "{found:?}");
    assert!(found.iter().any(|(r, t)| r == "CC103" && t == &["$2.5 million", "$2 million"]), "{found:?}");
    // Homes are not cars.
    let c = "# date: 2017-03-10\n\nThe blaze destroyed 45 cars.";
    assert_eq!(check_pair(a, c), vec![]);
}

#[test]
fn two_words_next_to_both_figures_compare_them_unless_names_differ() {
    let a = "# date: 2019-05-03\n\nSmith won 52% of the vote in the runoff. The storm dumped 12 inches of rain on the city.";
    let b = "# date: 2019-05-03\n\nSmith took 54% of the vote. The storm brought 8 inches of rain.";
    let found = check_pair(a, b);
    assert!(found.iter().any(|(r, t)| r == "CC103" && t == &["52%", "54%"]), "{found:?}");
    assert!(found.iter().any(|(r, t)| r == "CC103" && t == &["12 inches", "8 inches"]), "{found:?}");
    // Another candidate's share is another figure, however alike the words.
    let c = "# date: 2019-05-03\n\nJones won 45% of the vote in the runoff.";
    assert_eq!(check_pair(a, c), vec![]);
}

#[test]
fn a_lone_surname_is_the_person_its_article_names_in_full() {
    let a = "# date: 2018-10-27\n\nThe suspect, Robert Bowers, 46, was charged with 29 federal counts.";
    let b = "# date: 2018-10-27\n\nPolice named the gunman as Robert Bowers. Bowers, 48, was taken into custody.";
    assert_eq!(check_pair(a, b), vec![("CC102".to_string(), vec!["46".to_string(), "48".to_string()])]);
    // Another article's full name is not this article's person: the
    // gunman's surname alone is not his father named in full elsewhere.
    let c = "# date: 2013-06-08\n\nHis father, Samir Zawahri, 55, died.";
    let d = "# date: 2013-06-08\n\nThe gunman, Zawahri, 23, lived nearby.";
    assert_eq!(check_pair(c, d), vec![]);
}

#[test]
fn a_place_named_by_its_town_is_the_same_place() {
    let a = "# date: 2018-10-27\n\nA gunman killed 11 people at the Tree of Life synagogue in Pittsburgh on Saturday.";
    let b = "# date: 2018-10-27\n\nEleven people were killed when a gunman stormed a Pittsburgh synagogue on Saturday.";
    assert_eq!(check_pair(a, b), vec![], "one synagogue, named by its town");
    let c = "# date: 2018-10-27\n\nTwelve people were killed when a gunman stormed a Pittsburgh synagogue on Saturday.";
    assert_eq!(check_pair(a, c).len(), 1, "{:?}", check_pair(a, c));
}

#[test]
fn a_toll_broken_down_by_place_is_compared_place_by_place() {
    let a = "# date: 2019-03-15\n\nAt least 49 people were killed in shootings at two mosques on Friday. \
             Forty-one people died at the Al Noor mosque and seven at the Linwood mosque, police said.";
    let b = "# date: 2019-03-16\n\nForty-two people were killed at Al Noor Mosque and seven at Linwood Mosque.";
    let found = check_pair(a, b);
    // 42 at one mosque is no rival to 49 in all; 41 and 42 at the same mosque are.
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, ["Forty-one", "Forty-two"]);
    // The same day, the same mosque: a contradiction.
    let c = "# date: 2019-03-15\n\nForty-two people were killed at the Al Noor mosque, police said.";
    let found = check_pair(a, c);
    assert!(
        found.contains(&("CC102".to_string(), vec!["Forty-one".to_string(), "Forty-two".to_string()])),
        "{found:?}"
    );
}

#[test]
fn killed_and_shot_dead_say_the_same_of_a_durations_subject() {
    let found = check_pair(
        "The suspect was shot dead by officers about 20 minutes after the first call.",
        "The suspect was killed by officers roughly 15 minutes after the first 911 call, the chief said.",
    );
    let texts = vec!["about 20 minutes".to_string(), "roughly 15 minutes".to_string()];
    assert_eq!(found, vec![("CC103".to_string(), texts)]);
}

#[test]
fn two_past_tolls_sharing_only_their_verb_are_two_events() {
    // Both are background and both were "killed": the verb names no event.
    let found = check_pair(
        "# date: 2013-06-14\n\nA gunman who killed five people last week was treated in 2006.",
        "# date: 2013-06-14\n\nEight died in a hair salon shooting in Seal Beach three years ago.",
    );
    assert_eq!(found, vec![]);
}

#[test]
fn a_chant_inside_a_reported_statement_is_not_the_reporters_words() {
    let police = "Police said the crowd chanted \"no justice, no peace, no racist police\" as officers moved in.";
    let mayor = "\"No justice, no peace, no racist police,\" Mayor Tom Reed said on Sunday.";
    assert_eq!(check_pair(police, mayor), vec![]);
    // Said by the police themselves, the same words are credited to them.
    let own = "Police said the arrests were \"a matter of public safety and order\" on Sunday.";
    let other = "\"A matter of public safety and order,\" Mayor Tom Reed said of the arrests.";
    assert_eq!(check_pair(own, other).first().map(|f| f.0.as_str()), Some("CC201"));
}

#[test]
fn a_toll_counting_the_gunman_is_compared_on_the_victims() {
    let with_gunman = "Thirteen people, including the gunman, died at the church, police said.";
    // The gunman killed twelve: the same toll.
    assert_eq!(check_pair(with_gunman, "A gunman killed 12 people at the church."), vec![]);
    // Thirteen victims would be one more than the other article counts.
    let found = check_pair(with_gunman, "A gunman killed 13 people at the church.");
    assert_eq!(found, vec![("CC102".to_string(), vec!["Thirteen".to_string(), "13".to_string()])], "{found:?}");
    // Both count the gunman: compared as written.
    let found = check_pair("Six people were killed, including the suspect.", "Five deaths, including the gunman.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "CC102");
    // Not counting him: the victims alone, as the other article.
    assert_eq!(check_pair("Twelve people, not including the gunman, died.", "A gunman killed 12 people."), vec![]);
}

/// CC404 on whole articles: two real reports of the Colorado Springs
/// shooting ("Friday's shooting" in both) agree; moving one report's
/// shooting to Wednesday is found, with both days and both nouns; and the
/// same day moved in a report of another shooting that shares no name
/// (Santa Monica) is another event.
#[test]
fn an_event_given_two_days_is_reported_on_whole_articles() {
    let cluster = |id: &str, n: u32| {
        let path = format!("{}/../shared/bench/clusters/{id}/{n}.txt", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).unwrap()
    };
    let springs = "gva-454059-colorado-springs-planned-parenthood-2015";
    let (a, b) = (cluster(springs, 2), cluster(springs, 3));
    let event_days = |a: &str, b: &str| check_pair(a, b).into_iter().filter(|f| f.0 == "CC404").collect::<Vec<_>>();
    assert_eq!(event_days(&a, &b), vec![]);
    let moved = b.replace("Friday's shooting", "Wednesday's shooting");
    let found = event_days(&a, &moved);
    assert_eq!(found.len(), 1, "{found:?}");
    let texts = &found[0].1;
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(texts[..2].contains(&"Friday".to_string()) && texts[..2].contains(&"Wednesday".to_string()), "{texts:?}");
    assert!(texts[2..].iter().all(|t| t == "shooting"), "{texts:?}");
    let santa_monica = cluster("gva-489581-santa-monica-shooting-2013", 5).replace("Friday's", "Wednesday's");
    assert_eq!(event_days(&a, &santa_monica), vec![]);
}
