//! The rule-file schema: what a `rules/*.toml` file (built-in or a
//! newsroom's own) may contain. Every section is optional; unknown fields are
//! errors, so a misspelt key never silently does nothing.

use serde::Deserialize;
use std::collections::BTreeMap;

/// One rule file. Files merge in order: lists extend, named entries
/// (outlets, units, measures, checks) with the same name replace earlier ones.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RuleFile {
    pub segment: SegmentSection,
    pub cues: CueSection,
    pub sources: SourceSection,
    #[serde(rename = "outlet")]
    pub outlets: Vec<Outlet>,
    pub numbers: NumberSection,
    #[serde(rename = "qualifier")]
    pub qualifiers: Vec<Qualifier>,
    pub vague: Vec<Vague>,
    #[serde(rename = "unit")]
    pub units: Vec<Unit>,
    #[serde(rename = "measure")]
    pub measures: Vec<Measure>,
    #[serde(rename = "check")]
    pub checks: Vec<Check>,
    pub subjects: SubjectSection,
    pub titles: TitleSection,
    pub dates: DateSection,
    pub quotes: QuoteSection,
}

/// How quotes are compared.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuoteSection {
    /// Word endings that are one spelling in two house styles, each pair
    /// read as its second: ["isation", "ization"], ["our", "or"].
    pub spelling: Vec<[String; 2]>,
    /// A number in words is read as its digits ("five" as "5"), as house
    /// styles spell small numbers out or not; a later file may turn it off.
    pub numbers_as_digits: Option<bool>,
}

/// Which dates in running text give the day an event happened.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DateSection {
    /// Words after which a day is not the event's: "since", "until".
    pub not_event_before: Vec<String>,
    /// Words that put a day near midnight: "early", "night".
    pub loose: Vec<String>,
    /// Spans of time ("day", "hours") that, before a relation, relate two
    /// times: "one day after".
    pub spans: Vec<String>,
    /// "after", "before", "later".
    pub relations: Vec<String>,
    /// The word that marks a live blog's time-stamped entry: "UPDATE 1:35
    /// p.m.:", "2:48 p.m. UPDATE".
    pub update_words: Vec<String>,
    /// Nouns of events a sentence may give a day without a figure:
    /// "shooting", "earthquake" (CC404).
    pub event_nouns: Vec<String>,
    /// Verbs after an event noun that give it the sentence's day: "the
    /// shooting happened on Saturday".
    pub event_verbs: Vec<String>,
}

/// Titles and roles given to named people ("national security advisor Susan
/// Rice"): what counts as a title, and which of its words matter.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TitleSection {
    /// The word a title ends in: "advisor", "minister", "president".
    pub heads: Vec<String>,
    /// Words that change the role: "former", "deputy", "acting".
    pub ranks: Vec<String>,
    /// Heads that are grades of one ladder ("sergeant", "lieutenant"): one
    /// person holds one of them, so two differ in rank, not in role.
    #[serde(default)]
    pub grades: Vec<String>,
    /// Spellings of one word: `adviser = "advisor"`.
    pub variants: std::collections::BTreeMap<String, String>,
}

/// A subject's window holds the three words either side that are its near
/// words, and a subject keeps which of its words are near in 32 bits (see
/// `facts::subject`): 3 to 16 words either side.
fn subject_window<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    let n = usize::deserialize(d)?;
    if !(3..=16).contains(&n) {
        return Err(serde::de::Error::custom(format!("window must be 3 to 16 words, not {n}")));
    }
    Ok(Some(n))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SubjectSection {
    /// Words that say nothing about what a figure counts.
    pub stopwords: Vec<String>,
    /// Counted nouns that do not restrict what is counted ("people").
    pub generic_counted: Vec<String>,
    /// Words either side of a figure that make its subject: 3 to 16.
    #[serde(deserialize_with = "subject_window")]
    pub window: Option<usize>,
    /// Words that mark a figure as background ("previous", "since").
    pub historical: Vec<String>,
    /// Phrases that place a figure in another event ("days after").
    pub historical_phrases: Vec<String>,
    /// Nouns that name a place after a name: "camp", "district", "mall".
    pub place_nouns: Vec<String>,
    /// Words that scope a count to one area: "district", "village".
    pub area_words: Vec<String>,
    /// Events whose length two durations may both give: "spree", "standoff".
    pub event_nouns: Vec<String>,
    /// Places within an event's scene: "bus", "library", "bathroom".
    pub scene_words: Vec<String>,
    /// Prepositions that put a count at a scene: "at a bus", "near the library".
    pub scene_prepositions: Vec<String>,
    /// Phrases that give a count as the whole event's: "in the incident".
    pub whole_phrases: Vec<String>,
    /// Words right before a figure that make it part of a larger count: "including".
    pub part_openers: Vec<String>,
    /// Who carried out an attack: a toll "including the gunman" counts one
    /// more than its victims.
    #[serde(default)]
    pub perpetrator_nouns: Vec<String>,
    /// Words that open a sentence set in the past: "In April last year".
    pub past_openers: Vec<String>,
    /// Past times such an opener may name: "last year".
    pub past_times: Vec<String>,
    /// Phrases that make figures a running total ("so far", "to date").
    pub cumulative_phrases: Vec<String>,
    /// Counted nouns for an extra group ("others").
    pub additional_counted: Vec<String>,
    /// Words that end the search for a counted noun: "injured 3 at an MLK
    /// Day celebration" counts no "MLK".
    #[serde(default)]
    pub counted_stops: Vec<String>,
    /// Groups of people that may be a whole toll ("four women").
    pub demographic_counted: Vec<String>,
    /// Adjectives skipped on the way to the counted noun ("crude").
    pub counted_modifiers: Vec<String>,
    /// One person named by a common noun, whose age may follow between
    /// commas: "the suspect, 34,".
    #[serde(default)]
    pub age_nouns: Vec<String>,
    /// Groups of words that say the same of a figure's subject ("killed",
    /// "dead"): each counts as its group's first word.
    #[serde(default)]
    pub same_words: Vec<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SegmentSection {
    /// Abbreviations (without their final period) that never end a sentence.
    pub never_final: Vec<String>,
    /// Abbreviations that end a sentence only before a usual sentence opener.
    pub maybe_final: Vec<String>,
    /// Words that usually open a sentence.
    pub sentence_openers: Vec<String>,
    /// A line ending in one of these words (or a comma) runs on into the
    /// next line instead of ending its paragraph: "according to\nReuters."
    pub run_on_words: Vec<String>,
    /// A sentence longer than this many bytes is cut at a space: scraped
    /// tables and lists without stops are not sentences, and every reading
    /// of a sentence grows with its length.
    pub max_sentence_bytes: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CueSection {
    /// Reporting verbs: lemma -> the forms that cue an attribution.
    pub verbs: BTreeMap<String, Vec<String>>,
    /// Verb forms after which a following name is a channel ("told Reuters").
    pub channel_verbs: Vec<String>,
    /// Phrases followed by the source: "according to X".
    pub prepositions: Vec<String>,
    /// Phrases followed by the source and then "as ...": "described by X as".
    pub descriptions: Vec<String>,
    /// Words that may stand between a source and its verb: "has", "also".
    pub auxiliaries: Vec<String>,
    /// Words that open the content after a cue: "that".
    pub complementizers: Vec<String>,
    /// Lemmas that cue an attribution only with "that" or a quote after
    /// them ("police found that ..." but not "police found a gun").
    pub need_complement: Vec<String>,
    /// Words that may follow a trailing cue without being its content:
    /// "..., Putin said in September."
    pub adjuncts: Vec<String>,
    /// Adjuncts with no object ("Friday", "yesterday"): "that" after one
    /// opens content only right after it or a time of day.
    #[serde(default)]
    pub lone_adjuncts: Vec<String>,
    /// Words content never opens with ("stated as much").
    pub not_content_openers: Vec<String>,
    /// Verbs that voice words not the reporting speaker's own: in 'police
    /// said the crowd chanted "..."' the quotation is the crowd's.
    #[serde(default)]
    pub voicing_verbs: Vec<String>,
    /// Words that say nothing on their own ("said nothing", "said so"):
    /// content opening with one is a claim only when a clause follows.
    #[serde(default)]
    pub bare_contents: Vec<String>,
    /// Words that open a clause, so a noun phrase after them can be a subject.
    pub clause_openers: Vec<String>,
    /// Finite verbs and auxiliaries that mark content as a clause.
    pub clause_markers: Vec<String>,
    /// Words that open an indirect question: "asked how ...".
    pub wh_openers: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SourceSection {
    /// Nouns that can head a source: "official", "police", "spokesman".
    pub nouns: Vec<String>,
    /// Words that may modify a source noun: "senior", "foreign".
    pub modifiers: Vec<String>,
    /// Determiners that open a source phrase: "the", "a".
    pub determiners: Vec<String>,
    /// Personal pronouns that can be speakers.
    pub pronouns: Vec<String>,
    /// Capitalised words that are not names ("But", "However").
    pub not_names: Vec<String>,
    /// Words that open an appositive or relative clause after a name.
    pub appositive_openers: Vec<String>,
    /// Prepositions that carry a source on to the next comma after "according
    /// to": "according to a statement from the White House, ...".
    pub post_modifiers: Vec<String>,
    /// Lower-case words inside a name, between capitalised ones: "Bill de
    /// Blasio", "Ursula von der Leyen".
    pub name_particles: Vec<String>,
    /// Words that mark a source as one "he" can refer to.
    pub masculine: Vec<String>,
    /// Words that mark a source as one "she" can refer to.
    pub feminine: Vec<String>,
    /// Last words of an organisation's name ("Survey", "Ministry"): "he" and
    /// "she" never refer to one.
    #[serde(default)]
    pub organisation_words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NumberSection {
    /// Relative half-width of "about"-style hedges (0.1 = ±10%).
    pub approx_tolerance: Option<f64>,
    /// Relative width below the figure for "nearly"-style hedges.
    pub nearly_tolerance: Option<f64>,
    /// Bare whole numbers in this range with no unit are years, not figures.
    pub year_range: Option<[f64; 2]>,
    /// How many times apart two event figures must be to need shared
    /// subject words before they are compared.
    pub far_apart: Option<f64>,
    /// Phrases whose number word is not a figure: "no one", "one another".
    /// One written with a capital letter counts only as written ("Group
    /// of 20", not "a group of 20 protesters").
    pub not_figures: Vec<String>,
    /// Symbols or words right before a number that make it not a figure ("©", "No.").
    pub not_after: Vec<String>,
    /// Words skipped between a figure and the word naming its measure.
    pub filler: Vec<String>,
    /// Words before "a"/"an" + a unit of time that make it one unit.
    pub duration_openers: Vec<String>,
    /// Words after "a"/"an" + a unit of time that make it one unit: "a
    /// week before the attack".
    pub duration_closers: Vec<String>,
    /// Words before "a"/"an" + a unit of time that make it a rate: "once a
    /// day".
    pub rate_openers: Vec<String>,
    /// Words that may stand between a figure and its unit.
    pub unit_fillers: Vec<String>,
    /// Verbs that make "from X to Y" a change rather than a range.
    pub change_verbs: Vec<String>,
    /// Words between a measure's noun and its figure: "turnout was 65%".
    pub measure_links: Vec<String>,
    /// Prepositions opening a short phrase between a measure's noun and its
    /// link: "the death toll from the earthquake rose to 24".
    #[serde(default)]
    pub noun_modifiers: Vec<String>,
    /// Words that take a part of a whole before "of": "most of the 300".
    #[serde(default)]
    pub part_words: Vec<String>,
    /// Words between "of" and the whole's figure: "of the 300", "of its 300".
    #[serde(default)]
    pub whole_determiners: Vec<String>,
    /// Words after a figure's noun that make the noun the subject of what
    /// follows: "40 homes were destroyed".
    #[serde(default)]
    pub noun_auxiliaries: Vec<String>,
    /// Nouns of a change between a figure and "in" before the measure's
    /// noun: "a 21% jump in quarterly profit".
    #[serde(default)]
    pub change_nouns: Vec<String>,
    /// Qualifier words that, straight after another figure, mean "during":
    /// "$10bn over 10 years" is ten years, not more than ten.
    #[serde(default)]
    pub period_after_figure: Vec<String>,
    /// "all day", "a full week": words that make one whole unit of time.
    pub whole_unit_words: Vec<String>,
    /// Street types ("St", "Avenue", "Blvd."): a number before a name that
    /// ends in one is an address, "18 Plymouth St", not a count.
    #[serde(default)]
    pub street_types: Vec<String>,
    /// Compass points that may stand between an address's number and its
    /// street name: "5740 N. Academy Blvd.".
    #[serde(default)]
    pub street_directions: Vec<String>,
    /// "the 4100 block of Main Street": words after a house number, before
    /// "of" and the street.
    #[serde(default)]
    pub street_blocks: Vec<String>,
    /// Words after a number written from its point (".44 revolver",
    /// ".223-caliber") that make it a gun's calibre, a name, not a figure.
    #[serde(default)]
    pub calibre_words: Vec<String>,
    /// Units (by name) whose figure before a calibre word is a calibre
    /// too: "9mm handguns", "7.62mm rounds".
    #[serde(default)]
    pub calibre_units: Vec<String>,
    /// Letters that open a broadcaster's call sign ("KHOU", "WESH"): one
    /// or two digits after such a sign are its channel, "KHOU 11".
    #[serde(default)]
    pub call_sign_letters: Vec<String>,
    /// States by postal code and name: five digits after one are a ZIP
    /// code, "Denham Springs LA 70727".
    #[serde(default)]
    pub zip_states: Vec<String>,
    /// Time zones, as written: four digits before one are a clock time,
    /// "(2117 GMT)", "at 1430 local time".
    #[serde(default)]
    pub time_zones: Vec<String>,
    /// Words before a result ("defeated Panama 3 – 0", "voted 51-49"): two
    /// numbers joined by a dash after one are a score or a tally.
    #[serde(default)]
    pub score_words: Vec<String>,
    /// Nouns a result stands before ("a 5-4 decision", "the 2-1 win"):
    /// two numbers joined by a dash before one are a score or a tally.
    #[serde(default)]
    pub result_nouns: Vec<String>,
    /// Month names and abbreviations: numbers next to them are days of dates.
    pub months: Vec<String>,
}

/// How a qualifier bounds the figure it stands before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QualifierKind {
    /// "more than 120": (120, inf)
    Above,
    /// "at least 120": [120, inf)
    AtLeast,
    /// "up to 700": [0, 700]
    AtMost,
    /// "fewer than 30": [0, 30)
    Below,
    /// "about 40": 40 ± tolerance
    About,
    /// "nearly 3,400": [3,400 - tolerance, 3,400]
    Nearly,
    /// "exactly 40": [40, 40]
    Exactly,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qualifier {
    pub phrase: String,
    pub kind: QualifierKind,
    /// Written after the figure: "500 or more".
    #[serde(default)]
    pub after: bool,
}

/// A vague amount: "a dozen", "dozens", and with `scaled` a multiplier of
/// the scale word after it ("a few hundred").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vague {
    pub phrase: String,
    pub min: f64,
    pub max: f64,
    #[serde(default)]
    pub scaled: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub name: String,
    /// What it measures: "time", "length", "percent", "money:USD", ...
    pub dimension: String,
    /// Size in the dimension's base unit.
    pub factor: f64,
    /// Short form for reports ("s", "km", "%"); the name when absent.
    #[serde(default)]
    pub short: Option<String>,
    /// Forms written after the number ("minutes", "km").
    #[serde(default)]
    pub forms: Vec<String>,
    /// Symbols written before the number ("$", "US$").
    #[serde(default)]
    pub symbols: Vec<String>,
    /// Forms that count only written straight after the digits, exactly
    /// as given: "30C", "-10C" (a bare "C" after a space is a letter).
    #[serde(default)]
    pub glued: Vec<String>,
    /// Like `glued`, but only where a length of time is expected, after a
    /// word such as "for" or "lasted": "for 10D", "lasted 2W" ("3D" alone
    /// is a film format, not three days).
    #[serde(default)]
    pub glued_in_duration: Vec<String>,
    /// The unit, by name, of a bare number right after this one: minutes
    /// in "one hour thirty", inches in "6-foot-2". It must be smaller, of
    /// the same dimension; the bare number must be less than one of this.
    #[serde(default)]
    pub bare_next: Option<String>,
    /// Another unit's forms, read as this unit only where the words say
    /// so: "pounds" is money, but "weighs 180 pounds" and "a 500-pound
    /// bomb" weigh.
    #[serde(default)]
    pub in_context: Option<UnitContext>,
}

/// Where forms of another unit are read as this one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitContext {
    /// The forms, written after the number ("pounds").
    pub forms: Vec<String>,
    /// One-word phrases right before the figure or its qualifier: "weighs
    /// (about) 180 pounds".
    #[serde(default)]
    pub after: Vec<String>,
    /// Also a form hyphenated to digits, an adjective: "a 500-pound bomb"
    /// (not "a 5 million-pound deal", whose scale word says money).
    #[serde(default)]
    pub hyphenated: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub name: String,
    /// "event": a figure about the event itself (deaths, injuries), compared
    /// across articles without needing shared subject words; "subject" (the
    /// default): compared only when the figures share what they are about.
    #[serde(default)]
    pub scope: Scope,
    /// Words right after the figure that name the measure ("dead", "injured").
    #[serde(default)]
    pub after: Vec<String>,
    /// Phrases right before the figure ("killed", "death toll of").
    #[serde(default)]
    pub before: Vec<String>,
    /// Nouns that name the measure before a change verb or a link word
    /// ([numbers] measure_links) right before the figure: "revenue rose to
    /// $4.2 billion", "turnout was 65%", "a magnitude of 6.2".
    #[serde(default)]
    pub nouns: Vec<String>,
    /// Unit dimensions that imply this measure when no word does.
    #[serde(default)]
    pub dimensions: Vec<String>,
    /// Figures within this share of each other agree (0.01: 1%); none by
    /// default, so 49 and 50 dead conflict.
    #[serde(default)]
    pub tolerance: f64,
    /// The measure counts people or things: a figure with a unit ("5 km",
    /// "$5", "30%") never has it, whatever word stands by it ("killed 5 km
    /// from the border").
    #[serde(default)]
    pub counts: bool,
    /// The unit dimensions a figure must have to take the measure from the
    /// words around it ("12 years in prison", not "three men in prison");
    /// empty: any, or none.
    #[serde(default)]
    pub units: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Event,
    #[default]
    Subject,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Stable code, never reused: "CC101".
    pub code: String,
    /// Stable kebab-case name: "figure-differs".
    pub name: String,
    pub severity: Severity,
    /// Message template; `{placeholders}` are filled by the check.
    pub message: String,
    /// What the rule finds and why, for `crosscheck rules explain`.
    pub doc: String,
    /// Set false to switch a built-in rule off.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Article sets that must, or must not, trigger the check.
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// A rule's own test: these articles, checked together (the first as a
/// draft when `draft` is true), do or do not give a finding of this check.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub articles: Vec<String>,
    pub triggers: bool,
    #[serde(default)]
    pub draft: bool,
}

fn yes() -> bool {
    true
}
