//! Rules: the newsroom-editable data every stage reads. The default pack in
//! `rules/*.toml` is compiled into the binary; a newsroom's own files extend
//! or override it. Loaded, merged and compiled once into per-stage tables.

pub mod phrase;
pub mod schema;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};

use crate::error::RuleError;
use crate::span::LineIndex;
use crate::words::{fold, Token};
pub use phrase::{PhraseMatch, PhraseSet};
pub use schema::{Check, QualifierKind, RuleFile, Severity};

/// The default rule pack, compiled in so the binary runs with no config.
pub const BUILTIN: &[(&str, &str)] = &[
    ("rules/segment.toml", include_str!("../../rules/segment.toml")),
    ("rules/cues.toml", include_str!("../../rules/cues.toml")),
    ("rules/sources.toml", include_str!("../../rules/sources.toml")),
    ("rules/numbers.toml", include_str!("../../rules/numbers.toml")),
    ("rules/units.toml", include_str!("../../rules/units.toml")),
    ("rules/measures.toml", include_str!("../../rules/measures.toml")),
    ("rules/checks.toml", include_str!("../../rules/checks.toml")),
    ("rules/subjects.toml", include_str!("../../rules/subjects.toml")),
    ("rules/titles.toml", include_str!("../../rules/titles.toml")),
    ("rules/dates.toml", include_str!("../../rules/dates.toml")),
];

/// Parse one rule file, turning serde/toml errors into `path:line:col`.
pub fn parse_rule_file(path: &str, text: &str) -> Result<RuleFile, RuleError> {
    toml::from_str(text).map_err(|err| {
        let offset = err.span().map_or(0, |s| s.start);
        let (line, column) = LineIndex::new(text).line_col(text, offset);
        RuleError { path: path.to_string(), line, column, message: one_line(err.message()) }
    })
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Read a user's rule path: a file, or a directory of `*.toml` files (sorted).
pub fn read_rule_path(path: &Path) -> Result<Vec<(String, String)>, RuleError> {
    let shown = path.display().to_string();
    let files: Vec<PathBuf> = if path.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| io_rule_error(&shown, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        v.sort();
        if v.is_empty() {
            return Err(RuleError {
                path: shown,
                line: 1,
                column: 1,
                message: "directory holds no .toml rule files".into(),
            });
        }
        v
    } else {
        vec![path.to_path_buf()]
    };
    files
        .into_iter()
        .map(|p| {
            let shown = p.display().to_string();
            let bytes = std::fs::read(&p).map_err(|e| io_rule_error(&shown, e))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let offset = e.utf8_error().valid_up_to();
                let prefix = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
                let (line, column) = LineIndex::new(&prefix).line_col(&prefix, prefix.len());
                RuleError {
                    path: shown.clone(),
                    line,
                    column,
                    message: format!("invalid UTF-8 at byte offset {offset}"),
                }
            })?;
            Ok((shown, text))
        })
        .collect()
}

fn io_rule_error(path: &str, e: std::io::Error) -> RuleError {
    let message = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        _ => e.to_string(),
    };
    RuleError { path: path.to_string(), line: 1, column: 1, message }
}

/// Merge `next` into `base`: lists extend; named entries replace.
fn merge(base: &mut RuleFile, next: RuleFile) {
    let s = &mut base.segment;
    s.never_final.extend(next.segment.never_final);
    s.maybe_final.extend(next.segment.maybe_final);
    s.sentence_openers.extend(next.segment.sentence_openers);
    s.run_on_words.extend(next.segment.run_on_words);
    s.max_sentence_bytes = next.segment.max_sentence_bytes.or(s.max_sentence_bytes);
    let c = &mut base.cues;
    for (lemma, forms) in next.cues.verbs {
        c.verbs.entry(lemma).or_default().extend(forms);
    }
    c.channel_verbs.extend(next.cues.channel_verbs);
    c.prepositions.extend(next.cues.prepositions);
    c.descriptions.extend(next.cues.descriptions);
    c.auxiliaries.extend(next.cues.auxiliaries);
    c.complementizers.extend(next.cues.complementizers);
    c.need_complement.extend(next.cues.need_complement);
    c.voicing_verbs.extend(next.cues.voicing_verbs);
    c.adjuncts.extend(next.cues.adjuncts);
    c.lone_adjuncts.extend(next.cues.lone_adjuncts);
    c.not_content_openers.extend(next.cues.not_content_openers);
    c.bare_contents.extend(next.cues.bare_contents);
    c.clause_openers.extend(next.cues.clause_openers);
    c.clause_markers.extend(next.cues.clause_markers);
    c.wh_openers.extend(next.cues.wh_openers);
    let so = &mut base.sources;
    so.nouns.extend(next.sources.nouns);
    so.modifiers.extend(next.sources.modifiers);
    so.determiners.extend(next.sources.determiners);
    so.pronouns.extend(next.sources.pronouns);
    so.not_names.extend(next.sources.not_names);
    so.appositive_openers.extend(next.sources.appositive_openers);
    so.post_modifiers.extend(next.sources.post_modifiers);
    so.name_particles.extend(next.sources.name_particles);
    so.masculine.extend(next.sources.masculine);
    so.feminine.extend(next.sources.feminine);
    so.organisation_words.extend(next.sources.organisation_words);
    replace_by(&mut base.outlets, next.outlets, |o| o.name.to_lowercase());
    let n = &mut base.numbers;
    n.approx_tolerance = next.numbers.approx_tolerance.or(n.approx_tolerance);
    n.nearly_tolerance = next.numbers.nearly_tolerance.or(n.nearly_tolerance);
    n.year_range = next.numbers.year_range.or(n.year_range);
    n.far_apart = next.numbers.far_apart.or(n.far_apart);
    n.not_figures.extend(next.numbers.not_figures);
    n.not_after.extend(next.numbers.not_after);
    n.filler.extend(next.numbers.filler);
    n.duration_openers.extend(next.numbers.duration_openers);
    n.duration_closers.extend(next.numbers.duration_closers);
    n.rate_openers.extend(next.numbers.rate_openers);
    n.unit_fillers.extend(next.numbers.unit_fillers);
    n.change_verbs.extend(next.numbers.change_verbs);
    n.measure_links.extend(next.numbers.measure_links);
    n.noun_modifiers.extend(next.numbers.noun_modifiers);
    n.part_words.extend(next.numbers.part_words);
    n.whole_determiners.extend(next.numbers.whole_determiners);
    n.noun_auxiliaries.extend(next.numbers.noun_auxiliaries);
    n.change_nouns.extend(next.numbers.change_nouns);
    n.period_after_figure.extend(next.numbers.period_after_figure);
    n.whole_unit_words.extend(next.numbers.whole_unit_words);
    n.street_types.extend(next.numbers.street_types);
    n.street_directions.extend(next.numbers.street_directions);
    n.street_blocks.extend(next.numbers.street_blocks);
    n.calibre_words.extend(next.numbers.calibre_words);
    n.calibre_units.extend(next.numbers.calibre_units);
    n.call_sign_letters.extend(next.numbers.call_sign_letters);
    n.zip_states.extend(next.numbers.zip_states);
    n.time_zones.extend(next.numbers.time_zones);
    n.score_words.extend(next.numbers.score_words);
    n.result_nouns.extend(next.numbers.result_nouns);
    n.months.extend(next.numbers.months);
    base.qualifiers.extend(next.qualifiers);
    base.vague.extend(next.vague);
    replace_by(&mut base.units, next.units, |u| u.name.clone());
    replace_by(&mut base.measures, next.measures, |m| m.name.clone());
    replace_by(&mut base.checks, next.checks, |c| c.code.clone());
    let s = &mut base.subjects;
    s.stopwords.extend(next.subjects.stopwords);
    s.generic_counted.extend(next.subjects.generic_counted);
    s.window = next.subjects.window.or(s.window);
    s.historical.extend(next.subjects.historical);
    s.historical_phrases.extend(next.subjects.historical_phrases);
    s.cumulative_phrases.extend(next.subjects.cumulative_phrases);
    s.past_openers.extend(next.subjects.past_openers);
    s.part_openers.extend(next.subjects.part_openers);
    s.area_words.extend(next.subjects.area_words);
    s.scene_words.extend(next.subjects.scene_words);
    s.scene_prepositions.extend(next.subjects.scene_prepositions);
    s.event_nouns.extend(next.subjects.event_nouns);
    s.whole_phrases.extend(next.subjects.whole_phrases);
    s.place_nouns.extend(next.subjects.place_nouns);
    s.past_times.extend(next.subjects.past_times);
    s.additional_counted.extend(next.subjects.additional_counted);
    s.counted_stops.extend(next.subjects.counted_stops);
    s.demographic_counted.extend(next.subjects.demographic_counted);
    s.perpetrator_nouns.extend(next.subjects.perpetrator_nouns);
    s.counted_modifiers.extend(next.subjects.counted_modifiers);
    s.age_nouns.extend(next.subjects.age_nouns);
    s.same_words.extend(next.subjects.same_words);
    let t = &mut base.titles;
    t.heads.extend(next.titles.heads);
    t.ranks.extend(next.titles.ranks);
    t.grades.extend(next.titles.grades);
    t.variants.extend(next.titles.variants);
    base.quotes.spelling.extend(next.quotes.spelling);
    base.quotes.numbers_as_digits = next.quotes.numbers_as_digits.or(base.quotes.numbers_as_digits);
    base.dates.not_event_before.extend(next.dates.not_event_before);
    base.dates.loose.extend(next.dates.loose);
    base.dates.spans.extend(next.dates.spans);
    base.dates.relations.extend(next.dates.relations);
    base.dates.update_words.extend(next.dates.update_words);
    base.dates.event_nouns.extend(next.dates.event_nouns);
    base.dates.event_verbs.extend(next.dates.event_verbs);
}

fn replace_by<T, K: PartialEq>(base: &mut Vec<T>, next: Vec<T>, key: impl Fn(&T) -> K) {
    for item in next {
        let k = key(&item);
        match base.iter().position(|b| key(b) == k) {
            Some(i) => base[i] = item,
            None => base.push(item),
        }
    }
}

/// The compiled rules every stage reads.
#[derive(Debug, Clone)]
pub struct Rules {
    pub segment: SegmentRules,
    pub cues: CueRules,
    pub sources: SourceRules,
    pub numbers: NumberRules,
    pub measures: MeasureRules,
    pub checks: Vec<Check>,
    pub subjects: SubjectRules,
    pub titles: TitleRules,
    pub dates: DateRules,
    pub quotes: QuoteRules,
    /// Ids for the first words of every phrase set above: tokens labelled
    /// with them are answered by each set with a bit test.
    pub lexicon: phrase::Lexicon,
}

impl Rules {
    /// Every phrase set, for the lexicon.
    fn phrase_sets(&mut self) -> Vec<&mut PhraseSet> {
        let (c, s, n, m, sub, d) = (
            &mut self.cues,
            &mut self.sources,
            &mut self.numbers,
            &mut self.measures,
            &mut self.subjects,
            &mut self.dates,
        );
        vec![
            &mut d.not_event_before,
            &mut d.loose,
            &mut d.spans,
            &mut d.relations,
            &mut d.update_words,
            &mut d.event_nouns,
            &mut d.event_verbs,
            &mut self.titles.head_words,
            &mut sub.historical_phrases,
            &mut sub.cumulative_phrases,
            &mut sub.part_openers,
            &mut sub.whole_phrases,
            &mut sub.past_times,
            &mut sub.markers,
            &mut sub.stop_tokens,
            &mut c.verbs,
            &mut c.channel_verbs,
            &mut c.prepositions,
            &mut c.descriptions,
            &mut c.auxiliaries,
            &mut c.complementizers,
            &mut c.adjuncts,
            &mut c.lone_adjuncts,
            &mut c.not_content_openers,
            &mut c.bare_contents,
            &mut c.clause_openers,
            &mut c.clause_markers,
            &mut c.wh_openers,
            &mut s.nouns,
            &mut s.modifiers,
            &mut s.determiners,
            &mut s.pronouns,
            &mut s.appositive_openers,
            &mut s.post_modifiers,
            &mut s.name_particles,
            &mut s.masculine,
            &mut s.feminine,
            &mut s.organisation_words,
            &mut s.outlets,
            &mut n.qualifiers,
            &mut n.after_qualifiers,
            &mut n.vague,
            &mut n.unit_forms,
            &mut n.unit_symbols,
            &mut n.context_forms,
            &mut n.context_words,
            &mut n.not_figures,
            &mut n.duration_openers,
            &mut n.duration_closers,
            &mut n.rate_openers,
            &mut n.unit_fillers,
            &mut n.change_verbs,
            &mut n.period_after_figure,
            &mut n.starters,
            &mut n.figure_words,
            &mut n.article_openers,
            &mut n.whole_unit_words,
            &mut n.street_types,
            &mut n.street_directions,
            &mut n.street_blocks,
            &mut n.calibre_words,
            &mut n.score_words,
            &mut n.result_nouns,
            &mut m.after,
            &mut m.before,
            &mut m.nouns,
            &mut m.links,
            &mut m.filler,
            &mut m.part_words,
            &mut m.whole_determiners,
            &mut m.noun_auxiliaries,
            &mut m.change_nouns,
        ]
    }
}

#[derive(Debug, Clone)]
pub struct QuoteRules {
    /// (ending, ending it is read as), folded: "organisation" is compared
    /// as "organization".
    pub spelling: Vec<(String, String)>,
    /// See [`schema::QuoteSection::numbers_as_digits`].
    pub numbers_as_digits: bool,
}

impl QuoteRules {
    /// `word` (folded) in the house style, into `out`: a number word as
    /// its digits when the rules say so ("five" as "5", "twenty-one" as
    /// "21"), else with a house-style ending replaced. The ending must
    /// leave three letters before it: "four" keeps its "our".
    pub fn push_spelled(&self, out: &mut String, word: &str) {
        if let Some(n) = self.numbers_as_digits.then(|| crate::extract::numeral::whole_number_word(word)).flatten() {
            // Into the buffer, not through a string of its own.
            let _ = std::fmt::Write::write_fmt(out, format_args!("{n}"));
            return;
        }
        let styled =
            self.spelling.iter().find(|(from, _)| word.len() >= from.len() + 3 && word.ends_with(from.as_str()));
        match styled {
            Some((from, to)) => {
                out.push_str(&word[..word.len() - from.len()]);
                out.push_str(to);
            }
            None => out.push_str(word),
        }
    }
}

#[derive(Debug, Clone)]
pub struct DateRules {
    pub not_event_before: PhraseSet,
    pub loose: PhraseSet,
    pub spans: PhraseSet,
    pub relations: PhraseSet,
    pub update_words: PhraseSet,
    /// Each event noun and its plural; the value indexes `event_heads`.
    pub event_nouns: PhraseSet,
    /// The event nouns as written in the rules (folded).
    pub event_heads: Vec<String>,
    pub event_verbs: PhraseSet,
}

#[derive(Debug, Clone)]
pub struct TitleRules {
    /// Every spelling of a head word ("advisor", "adviser"); the value
    /// indexes `heads`. Looked up per capitalised token, without allocating.
    pub head_words: PhraseSet,
    /// Head words in their one spelling, shared by the titles read.
    pub heads: Vec<Name>,
    pub ranks: HashSet<String>,
    /// [titles] grades: "sergeant" and "lieutenant" are two ranks of one ladder.
    pub grades: HashSet<String>,
}

impl TitleRules {
    /// The head word token `t` of `text` spells, in its one spelling:
    /// "adviser" -> "advisor". Asked by the token's lexicon id first: most
    /// words are no head word.
    pub fn head_of_token(&self, text: &str, t: &Token) -> Option<&Name> {
        let word = t.text(text);
        let m = self.head_words.match_token(word, t)?;
        (m.len == word.len()).then(|| &self.heads[m.value])
    }
}

/// Head words in one spelling each, and every spelling pointing at its head.
fn compile_titles(t: &schema::TitleSection) -> TitleRules {
    let fold = crate::words::fold;
    let variants: HashMap<String, String> = t.variants.iter().map(|(k, v)| (fold(k).into(), fold(v).into())).collect();
    let one_spelling = |w: &str| variants.get(w).cloned().unwrap_or_else(|| w.to_string());
    let mut heads: Vec<String> = t.heads.iter().map(|h| one_spelling(&fold(h))).collect();
    heads.sort();
    heads.dedup();
    let mut head_words = PhraseSet::new();
    for (i, h) in heads.iter().enumerate() {
        head_words.insert(h, i);
    }
    for (spelling, head) in &variants {
        if let Ok(i) = heads.binary_search(head) {
            head_words.insert(spelling, i);
        }
    }
    let heads = heads.into_iter().map(Name::from).collect();
    TitleRules { head_words, heads, ranks: set_of(&t.ranks), grades: set_of(&t.grades) }
}

#[derive(Debug, Clone)]
pub struct SubjectRules {
    pub stopwords: HashSet<String>,
    /// `stopwords` as a lexicon-labelled set, for tokens: asked about
    /// every word near a figure.
    pub stop_tokens: PhraseSet,
    pub generic_counted: HashSet<String>,
    pub window: usize,
    pub historical_phrases: PhraseSet,
    pub cumulative_phrases: PhraseSet,
    pub past_openers: HashSet<String>,
    pub part_openers: PhraseSet,
    /// The one-word markers a sentence's figures read (`historical`,
    /// `area_words` and their plurals, `scene_words`), valued by
    /// [`MARK_HISTORICAL`], [`MARK_AREA`] and [`MARK_SCENE`] bits: looked
    /// up for every word of a sentence with a figure, so by token id.
    pub markers: PhraseSet,
    pub scene_prepositions: HashSet<String>,
    pub event_nouns: HashSet<String>,
    pub whole_phrases: PhraseSet,
    /// Shared by the places read (see `facts::subject::Place`).
    pub place_nouns: HashSet<Name>,
    pub past_times: PhraseSet,
    pub additional_counted: HashSet<String>,
    pub counted_stops: HashSet<String>,
    pub demographic_counted: HashSet<String>,
    /// [subjects] perpetrator_nouns: "gunman" in "13 died, including the gunman".
    pub perpetrator_nouns: HashSet<String>,
    pub counted_modifiers: HashSet<String>,
    pub age_nouns: HashSet<String>,
    /// Each word of a [subjects] same_words group (folded, singular) to the
    /// group's first word.
    pub same_as: HashMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct SegmentRules {
    pub never_final: HashSet<String>,
    pub maybe_final: HashSet<String>,
    pub sentence_openers: HashSet<String>,
    pub run_on_words: HashSet<String>,
    pub max_sentence_bytes: usize,
}

#[derive(Debug, Clone)]
pub struct CueRules {
    /// Verb forms; the value indexes `lemmas`.
    pub verbs: PhraseSet,
    pub lemmas: Vec<String>,
    pub channel_verbs: PhraseSet,
    pub prepositions: PhraseSet,
    pub descriptions: PhraseSet,
    pub auxiliaries: PhraseSet,
    pub complementizers: PhraseSet,
    /// Lemma indices that need "that" or a quote after them.
    pub need_complement: HashSet<usize>,
    pub adjuncts: PhraseSet,
    pub lone_adjuncts: PhraseSet,
    pub not_content_openers: PhraseSet,
    pub voicing_verbs: PhraseSet,
    pub bare_contents: PhraseSet,
    pub clause_openers: PhraseSet,
    pub clause_markers: PhraseSet,
    pub wh_openers: PhraseSet,
    /// Every cue word a claim can carry (lemmas, prepositions, descriptions,
    /// a photo credit), so that claims share one copy of each.
    pub names: HashSet<Name>,
}

impl CueRules {
    /// The shared name of a cue word; a new one for a form the rules do not list.
    pub fn name(&self, word: &str) -> Name {
        self.names.get(word).cloned().unwrap_or_else(|| word.into())
    }
}

#[derive(Debug, Clone)]
pub struct SourceRules {
    pub nouns: PhraseSet,
    pub modifiers: PhraseSet,
    pub determiners: PhraseSet,
    pub pronouns: PhraseSet,
    /// Exact forms: "Who" is not a name, "WHO" is.
    pub not_names: HashSet<String>,
    pub appositive_openers: PhraseSet,
    pub post_modifiers: PhraseSet,
    pub name_particles: PhraseSet,
    pub masculine: PhraseSet,
    pub feminine: PhraseSet,
    pub organisation_words: PhraseSet,
    /// Outlet names and aliases; the value indexes `outlet_names`.
    pub outlets: PhraseSet,
    pub outlet_names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnitRule {
    pub name: Name,
    pub short: String,
    pub dimension: Name,
    /// The name of its dimension's base unit (factor 1): "second" for "hour".
    pub base: Name,
    pub factor: f64,
}

/// A name from the rules (a measure, a unit, a dimension) that every fact
/// carrying it shares, or a source that an article's claims share: an
/// archive holds millions of facts, and a clone of a shared name is a count
/// increment, not an allocation. One pointer wide (an `Arc<str>` is two),
/// since each fact carries four.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(std::sync::Arc<String>);

impl std::ops::Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Self {
        Name(std::sync::Arc::new(s.to_string()))
    }
}

impl From<String> for Name {
    fn from(s: String) -> Self {
        Name(std::sync::Arc::new(s))
    }
}

impl std::fmt::Debug for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl serde::Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[derive(Debug, Clone)]
pub struct VagueRule {
    pub min: f64,
    pub max: f64,
    pub scaled: bool,
}

#[derive(Debug, Clone)]
pub struct NumberRules {
    pub approx_tolerance: f64,
    pub nearly_tolerance: f64,
    pub year_range: [f64; 2],
    /// Event figures this many times apart need shared subject words to be compared.
    pub far_apart: f64,
    /// Qualifier phrases before a figure; the value indexes `qualifier_kinds`.
    pub qualifiers: PhraseSet,
    /// Qualifier phrases after a figure ("or more"); the value indexes `qualifier_kinds`.
    pub after_qualifiers: PhraseSet,
    pub qualifier_kinds: Vec<QualifierKind>,
    pub vague: PhraseSet,
    pub vague_rules: Vec<VagueRule>,
    /// Unit forms written after a number; the value indexes `units`.
    pub unit_forms: PhraseSet,
    /// Unit symbols written before a number; the value indexes `units`.
    pub unit_symbols: PhraseSet,
    /// Unit forms glued to the digits, case-sensitive: ("C", unit index).
    pub glued_units: Vec<(String, usize)>,
    /// Glued forms read only after a duration word: ("W", week).
    pub glued_duration_units: Vec<(String, usize)>,
    /// For each unit, the unit of a bare number after it (see
    /// [`schema::Unit::bare_next`]): minutes after hours.
    pub bare_next: Vec<Option<usize>>,
    /// Forms read as a unit only in context ([`schema::UnitContext`]);
    /// the value indexes `units`.
    pub context_forms: PhraseSet,
    /// The words before a figure that call for a unit's context forms;
    /// the value indexes `units`.
    pub context_words: PhraseSet,
    /// The units whose context forms also count hyphenated to digits.
    pub hyphen_context: Vec<usize>,
    /// Shared with the facts written in them (see [`crate::facts::Fact::unit_rule`]).
    pub units: Vec<std::sync::Arc<UnitRule>>,
    /// The unit named "share": what a spoken ratio ("one in four", "a
    /// third of") is read in, so it compares with a percentage.
    pub share_unit: Option<usize>,
    pub not_figures: PhraseSet,
    /// The phrases of `not_figures` as written, by value: see
    /// [`schema::NumberSection::not_figures`].
    pub not_figure_phrases: Vec<String>,
    pub not_after: Vec<String>,
    pub duration_openers: PhraseSet,
    pub duration_closers: PhraseSet,
    pub rate_openers: PhraseSet,
    pub unit_fillers: PhraseSet,
    pub change_verbs: PhraseSet,
    pub period_after_figure: PhraseSet,
    /// Street types and compass points: see [`crate::extract::address`].
    pub street_types: PhraseSet,
    pub street_directions: PhraseSet,
    pub street_blocks: PhraseSet,
    pub calibre_words: PhraseSet,
    /// See [`schema::NumberSection::calibre_units`]: indexes into `units`.
    pub calibre_units: Vec<usize>,
    /// See [`crate::extract::labels`].
    pub call_sign_letters: Vec<String>,
    pub zip_states: Vec<String>,
    pub time_zones: Vec<String>,
    pub score_words: PhraseSet,
    pub result_nouns: PhraseSet,
    /// Words that can open a quantity: checked before any parser runs.
    pub starters: PhraseSet,
    /// Words that are themselves part of a figure (number words, vague
    /// amounts, units): an opener such as "the" or "about" is parsed only
    /// when one of these, or digits, follow it closely.
    pub figure_words: PhraseSet,
    /// Articles and whole-unit words ("the", "a", "all", "full"): alone,
    /// they open a figure only when one of its words comes right after
    /// them ("a dozen", "the whole year", "all day"), never before digits
    /// ("the 129 dead" opens at "129").
    pub article_openers: PhraseSet,
    pub whole_unit_words: PhraseSet,
    /// Month names, matched case-sensitively ("May" the month, not "may").
    pub months: HashSet<String>,
}

#[derive(Debug, Clone)]
pub struct MeasureRules {
    pub names: Vec<Name>,
    /// Per measure: compared as the event's own figure, without shared subject words.
    pub event_level: Vec<bool>,
    /// Per measure: the share within which two figures agree.
    pub tolerance: Vec<f64>,
    /// Per measure: it counts people or things, and takes no figure with a unit.
    pub counts: Vec<bool>,
    /// Per measure: the unit dimensions its figures must have (none: any).
    pub units: Vec<Vec<String>>,
    pub after: PhraseSet,
    pub before: PhraseSet,
    /// Each measure's nouns ("death toll", "revenue"), valued by measure:
    /// they name it before a link ("rose to", "was") right before the figure.
    pub nouns: PhraseSet,
    /// The change verbs (alone, with "to", "by" or "from") and [numbers]
    /// measure_links that stand between a measure's noun and its figure.
    pub links: PhraseSet,
    /// [numbers] noun_modifiers: "from" in "the death toll from the
    /// earthquake rose to 24".
    pub noun_modifiers: PhraseSet,
    pub by_dimension: HashMap<String, usize>,
    pub filler: PhraseSet,
    /// [numbers] part_words: "most" in "most of the 300 workers".
    pub part_words: PhraseSet,
    /// [numbers] whole_determiners: "the" in "three of the five victims".
    pub whole_determiners: PhraseSet,
    /// [numbers] noun_auxiliaries: "were" in "40 homes were destroyed".
    pub noun_auxiliaries: PhraseSet,
    /// [numbers] change_nouns: "jump" in "a 21% jump in quarterly profit".
    pub change_nouns: PhraseSet,
}

/// "rose to", "rose by", "rose", "was": what may stand between a measure's
/// noun and its figure ("revenue rose to $4.2 billion", "turnout was 65%").
/// Kept apart from the nouns, not multiplied out: a few nouns times every
/// link made thousands of phrases sharing a first word.
fn measure_links(numbers: &schema::NumberSection) -> PhraseSet {
    let verbs = numbers
        .change_verbs
        .iter()
        .flat_map(|v| [v.clone(), format!("{v} to"), format!("{v} by"), format!("{v} from")]);
    let links: Vec<String> = verbs.chain(numbers.measure_links.iter().cloned()).collect();
    PhraseSet::from_phrases(&links)
}

impl Rules {
    /// The built-in pack alone.
    pub fn builtin() -> Result<Rules, RuleError> {
        Rules::with_extra(&[])
    }

    /// The built-in pack extended by `(path, text)` rule files, in order.
    pub fn with_extra(extra: &[(String, String)]) -> Result<Rules, RuleError> {
        let mut merged = RuleFile::default();
        for (path, text) in BUILTIN {
            merge(&mut merged, parse_rule_file(path, text)?);
        }
        check_unit_names(&merged, BUILTIN.last().map_or(("", ""), |(p, t)| (*p, *t)))?;
        for (path, text) in extra {
            merge(&mut merged, parse_rule_file(path, text)?);
            check_unit_names(&merged, (path, text))?;
        }
        Ok(compile(merged))
    }

    /// The built-in pack extended by rule files or directories on disk.
    pub fn load(paths: &[PathBuf]) -> Result<Rules, RuleError> {
        let mut extra = Vec::new();
        for p in paths {
            extra.extend(read_rule_path(p)?);
        }
        Rules::with_extra(&extra)
    }

    pub fn check(&self, code: &str) -> Option<&Check> {
        self.checks.iter().find(|c| c.code.eq_ignore_ascii_case(code) || c.name == code)
    }
}

/// The unit a bare number after `unit` is in: another of its dimension,
/// smaller, by name; none when the name is no such unit.
fn bare_next(units: &[schema::Unit], unit: &schema::Unit) -> Option<usize> {
    let name = unit.bare_next.as_ref()?;
    units.iter().position(|u| &u.name == name && u.dimension == unit.dimension && u.factor < unit.factor)
}

/// The context forms of the units and the words that call for them, each
/// valued by its unit's index.
fn unit_contexts(units: &[schema::Unit]) -> (PhraseSet, PhraseSet) {
    let (mut forms, mut words) = (PhraseSet::new(), PhraseSet::new());
    for (i, c) in units.iter().enumerate().filter_map(|(i, u)| Some((i, u.in_context.as_ref()?))) {
        c.forms.iter().for_each(|f| forms.insert(f, i));
        c.after.iter().for_each(|w| words.insert(w, i));
    }
    (forms, words)
}

/// The qualifiers that pass `keep`, each valued by its index in the full list.
fn phrases_where(qualifiers: &[schema::Qualifier], keep: impl Fn(&schema::Qualifier) -> bool) -> PhraseSet {
    let mut set = PhraseSet::new();
    qualifiers.iter().enumerate().filter(|(_, q)| keep(q)).for_each(|(i, q)| set.insert(&q.phrase, i));
    set
}

/// Month names without their dots, as written and in capitals: captions
/// date in capitals, "COLORADO SPRINGS, CO - NOVEMBER 27".
fn month_names(months: &[String]) -> HashSet<String> {
    let bare = months.iter().map(|m| m.trim_end_matches('.'));
    bare.flat_map(|m| [m.to_string(), m.to_uppercase()]).collect()
}

/// Every phrase that can open a quantity: number words, articles and signs,
/// and the rules' qualifiers, vague amounts, unit symbols and whole-unit
/// words, each whole: "in" opens a quantity only as "in excess of", so "in
/// 2015" is never parsed as one.
fn quantity_starters(n: &NumberRules) -> PhraseSet {
    // Signs and fraction words that open a figure besides the number words and articles.
    const OPENERS: &[&str] = &["half", "quarter", "between", "from", "minus", "negative", "point"];
    let mut set = PhraseSet::new();
    let sets = [&n.qualifiers, &n.vague, &n.unit_symbols, &n.whole_unit_words, &n.not_figures];
    let learned: Vec<String> = sets.iter().flat_map(|s| s.phrases()).collect();
    let words = crate::extract::numeral::number_words().chain(OPENERS.iter().copied());
    for w in words.chain(ARTICLES.iter().copied()) {
        set.insert(w, 0);
    }
    for w in &learned {
        set.insert(w, 0);
    }
    set
}

/// The articles that open a figure: "a dozen", "another week", "the whole year".
const ARTICLES: &[&str] = &["a", "an", "another", "the"];

/// See [`NumberRules::article_openers`].
fn article_openers(n: &NumberRules) -> PhraseSet {
    let mut set = PhraseSet::new();
    for w in ARTICLES.iter().map(|a| a.to_string()).chain(n.whole_unit_words.phrases()) {
        set.insert(&w, 0);
    }
    set
}

/// Words that are part of a figure themselves: number words, fraction words,
/// the words of vague amounts (not their articles), units and symbols.
fn figure_words(n: &NumberRules) -> PhraseSet {
    const GLUE: &[&str] = &["a", "an", "the", "of", "and", "or", "per"];
    const FRACTIONS: &[&str] = &["half", "halves", "quarter", "quarters"];
    let mut set = PhraseSet::new();
    for w in crate::extract::numeral::number_words().chain(FRACTIONS.iter().copied()) {
        set.insert(w, 0);
    }
    let phrase_sets = [&n.vague, &n.unit_forms, &n.unit_symbols, &n.whole_unit_words];
    let words: Vec<String> = phrase_sets.iter().flat_map(|s| s.all_words().map(str::to_string)).collect();
    for w in words.iter().filter(|w| !GLUE.contains(&w.as_str())) {
        set.insert(w, 0);
    }
    set
}

/// Each word of each group to the group's first word, as subject words are
/// written: folded and singular.
fn same_as(groups: &[Vec<String>]) -> HashMap<String, String> {
    let key = |w: &String| crate::facts::subject::singular(&fold(w));
    groups
        .iter()
        .filter_map(|g| g.first().map(|first| (key(first), g)))
        .flat_map(|(first, g)| g.iter().map(move |w| (key(w), first.clone())))
        .collect()
}

/// A [`SubjectRules::markers`] bit: a `historical` word.
pub const MARK_HISTORICAL: usize = 1;
/// A [`SubjectRules::markers`] bit: an `area_words` word or its plural.
pub const MARK_AREA: usize = 2;
/// A [`SubjectRules::markers`] bit: a `scene_words` word.
pub const MARK_SCENE: usize = 4;

/// The marker words of `s` with their bits (see [`SubjectRules::markers`]).
/// Only words that are one token: a token is compared with them.
fn markers(s: &schema::SubjectSection) -> PhraseSet {
    let mut bits: HashMap<String, usize> = HashMap::default();
    let area = set_of(&s.area_words);
    let plurals = area.iter().map(|w| format!("{w}s")).collect();
    for (words, bit) in [
        (set_of(&s.historical), MARK_HISTORICAL),
        (area, MARK_AREA),
        (plurals, MARK_AREA),
        (set_of(&s.scene_words), MARK_SCENE),
    ] {
        for w in words {
            *bits.entry(w).or_default() |= bit;
        }
    }
    one_word_set(bits)
}

/// The words that are one token each, with their values, as a phrase set:
/// a token is compared with them, and a labelled one by its id alone.
fn one_word_set(words: impl IntoIterator<Item = (String, usize)>) -> PhraseSet {
    let mut set = PhraseSet::new();
    for (w, value) in words {
        if crate::words::next_word(&w) == Some((0, w.len())) {
            set.insert(&w, value);
        }
    }
    set
}

fn set_of(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| fold(w.trim_end_matches('.')).into()).collect()
}

fn compile(f: RuleFile) -> Rules {
    let segment = SegmentRules {
        never_final: set_of(&f.segment.never_final),
        maybe_final: set_of(&f.segment.maybe_final),
        sentence_openers: set_of(&f.segment.sentence_openers),
        run_on_words: set_of(&f.segment.run_on_words),
        max_sentence_bytes: f.segment.max_sentence_bytes.unwrap_or(usize::MAX).max(1),
    };
    let mut verbs = PhraseSet::new();
    let mut lemmas = Vec::new();
    for (i, (lemma, forms)) in f.cues.verbs.iter().enumerate() {
        lemmas.push(lemma.clone());
        for form in forms {
            verbs.insert(form, i);
        }
    }
    let names = (lemmas.iter().chain(&f.cues.prepositions).chain(&f.cues.descriptions))
        .map(|w| Name::from(fold(w).as_str()))
        .chain([Name::from("credit")])
        .collect();
    let cues = CueRules {
        names,
        verbs,
        lemmas,
        channel_verbs: PhraseSet::from_phrases(&f.cues.channel_verbs),
        prepositions: PhraseSet::from_phrases(&f.cues.prepositions),
        descriptions: PhraseSet::from_phrases(&f.cues.descriptions),
        auxiliaries: PhraseSet::from_phrases(&f.cues.auxiliaries),
        complementizers: PhraseSet::from_phrases(&f.cues.complementizers),
        need_complement: f
            .cues
            .verbs
            .keys()
            .enumerate()
            .filter(|(_, l)| f.cues.need_complement.contains(l))
            .map(|(i, _)| i)
            .collect(),
        adjuncts: PhraseSet::from_phrases(&f.cues.adjuncts),
        lone_adjuncts: PhraseSet::from_phrases(&f.cues.lone_adjuncts),
        not_content_openers: PhraseSet::from_phrases(&f.cues.not_content_openers),
        voicing_verbs: PhraseSet::from_phrases(&f.cues.voicing_verbs),
        bare_contents: PhraseSet::from_phrases(&f.cues.bare_contents),
        clause_openers: PhraseSet::from_phrases(&f.cues.clause_openers),
        clause_markers: PhraseSet::from_phrases(&f.cues.clause_markers),
        wh_openers: PhraseSet::from_phrases(&f.cues.wh_openers),
    };
    let mut outlets = PhraseSet::new();
    for (i, o) in f.outlets.iter().enumerate() {
        outlets.insert(&o.name, i);
        for a in &o.aliases {
            outlets.insert(a, i);
        }
    }
    let sources = SourceRules {
        nouns: PhraseSet::from_phrases(&f.sources.nouns),
        modifiers: PhraseSet::from_phrases(&f.sources.modifiers),
        determiners: PhraseSet::from_phrases(&f.sources.determiners),
        pronouns: PhraseSet::from_phrases(&f.sources.pronouns),
        not_names: f.sources.not_names.iter().cloned().collect(),
        appositive_openers: PhraseSet::from_phrases(&f.sources.appositive_openers),
        post_modifiers: PhraseSet::from_phrases(&f.sources.post_modifiers),
        name_particles: PhraseSet::from_phrases(&f.sources.name_particles),
        masculine: PhraseSet::from_phrases(&f.sources.masculine),
        feminine: PhraseSet::from_phrases(&f.sources.feminine),
        organisation_words: PhraseSet::from_phrases(&f.sources.organisation_words),
        outlets,
        outlet_names: f.outlets.iter().map(|o| o.name.clone()).collect(),
    };
    let mut unit_forms = PhraseSet::new();
    let mut unit_symbols = PhraseSet::new();
    for (i, u) in f.units.iter().enumerate() {
        u.forms.iter().for_each(|form| unit_forms.insert(form, i));
        u.symbols.iter().for_each(|sym| unit_symbols.insert(sym, i));
    }
    let (context_forms, context_words) = unit_contexts(&f.units);
    let numbers = NumberRules {
        approx_tolerance: f.numbers.approx_tolerance.unwrap_or(0.1),
        nearly_tolerance: f.numbers.nearly_tolerance.unwrap_or(0.1),
        year_range: f.numbers.year_range.unwrap_or([1000.0, 2100.0]),
        far_apart: f.numbers.far_apart.unwrap_or(5.0),
        qualifiers: phrases_where(&f.qualifiers, |q| !q.after),
        after_qualifiers: phrases_where(&f.qualifiers, |q| q.after),
        qualifier_kinds: f.qualifiers.iter().map(|q| q.kind).collect(),
        vague: PhraseSet::from_phrases(&f.vague.iter().map(|v| v.phrase.clone()).collect::<Vec<_>>()),
        vague_rules: f.vague.iter().map(|v| VagueRule { min: v.min, max: v.max, scaled: v.scaled }).collect(),
        unit_forms,
        unit_symbols,
        glued_units: f
            .units
            .iter()
            .enumerate()
            .flat_map(|(i, u)| u.glued.iter().map(move |g| (g.clone(), i)))
            .collect(),
        glued_duration_units: f
            .units
            .iter()
            .enumerate()
            .flat_map(|(i, u)| u.glued_in_duration.iter().map(move |g| (g.clone(), i)))
            .collect(),
        bare_next: f.units.iter().map(|u| bare_next(&f.units, u)).collect(),
        context_forms,
        context_words,
        hyphen_context: f
            .units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.in_context.as_ref().is_some_and(|c| c.hyphenated))
            .map(|(i, _)| i)
            .collect(),
        units: f
            .units
            .iter()
            .map(|u| {
                std::sync::Arc::new(UnitRule {
                    name: u.name.as_str().into(),
                    short: u.short.clone().unwrap_or_else(|| u.name.clone()),
                    dimension: u.dimension.as_str().into(),
                    base: base_unit(&f.units, &u.dimension).into(),
                    factor: u.factor,
                })
            })
            .collect(),
        share_unit: f.units.iter().position(|u| u.name == "share"),
        not_figures: PhraseSet::from_phrases(&f.numbers.not_figures),
        not_figure_phrases: f.numbers.not_figures.clone(),
        not_after: f.numbers.not_after.clone(),
        duration_openers: PhraseSet::from_phrases(&f.numbers.duration_openers),
        duration_closers: PhraseSet::from_phrases(&f.numbers.duration_closers),
        rate_openers: PhraseSet::from_phrases(&f.numbers.rate_openers),
        unit_fillers: PhraseSet::from_phrases(&f.numbers.unit_fillers),
        change_verbs: PhraseSet::from_phrases(&f.numbers.change_verbs),
        period_after_figure: PhraseSet::from_phrases(&f.numbers.period_after_figure),
        starters: PhraseSet::new(),
        figure_words: PhraseSet::new(),
        article_openers: PhraseSet::new(),
        whole_unit_words: PhraseSet::from_phrases(&f.numbers.whole_unit_words),
        street_types: PhraseSet::from_phrases(&f.numbers.street_types),
        street_directions: PhraseSet::from_phrases(&f.numbers.street_directions),
        street_blocks: PhraseSet::from_phrases(&f.numbers.street_blocks),
        calibre_words: PhraseSet::from_phrases(&f.numbers.calibre_words),
        calibre_units: f
            .units
            .iter()
            .enumerate()
            .filter(|(_, u)| f.numbers.calibre_units.contains(&u.name))
            .map(|(i, _)| i)
            .collect(),
        call_sign_letters: f.numbers.call_sign_letters.clone(),
        zip_states: f.numbers.zip_states.clone(),
        time_zones: f.numbers.time_zones.clone(),
        score_words: PhraseSet::from_phrases(&f.numbers.score_words),
        result_nouns: PhraseSet::from_phrases(&f.numbers.result_nouns),
        months: month_names(&f.numbers.months),
    };
    let mut numbers = numbers;
    numbers.starters = quantity_starters(&numbers);
    numbers.figure_words = figure_words(&numbers);
    numbers.article_openers = article_openers(&numbers);
    let mut after = PhraseSet::new();
    let mut before = PhraseSet::new();
    let mut nouns = PhraseSet::new();
    let mut by_dimension = HashMap::default();
    for (i, m) in f.measures.iter().enumerate() {
        m.after.iter().for_each(|w| after.insert(w, i));
        m.before.iter().for_each(|w| before.insert(w, i));
        m.nouns.iter().for_each(|w| nouns.insert(w, i));
        for d in &m.dimensions {
            by_dimension.insert(d.clone(), i);
        }
    }
    let measures = MeasureRules {
        names: f.measures.iter().map(|m| m.name.as_str().into()).collect(),
        event_level: f.measures.iter().map(|m| m.scope == schema::Scope::Event).collect(),
        tolerance: f.measures.iter().map(|m| m.tolerance.max(0.0)).collect(),
        counts: f.measures.iter().map(|m| m.counts).collect(),
        units: f.measures.iter().map(|m| m.units.clone()).collect(),
        after,
        before,
        nouns,
        links: measure_links(&f.numbers),
        noun_modifiers: PhraseSet::from_phrases(&f.numbers.noun_modifiers),
        by_dimension,
        filler: PhraseSet::from_phrases(&f.numbers.filler),
        part_words: PhraseSet::from_phrases(&f.numbers.part_words),
        whole_determiners: PhraseSet::from_phrases(&f.numbers.whole_determiners),
        noun_auxiliaries: PhraseSet::from_phrases(&f.numbers.noun_auxiliaries),
        change_nouns: PhraseSet::from_phrases(&f.numbers.change_nouns),
    };
    let stopwords = set_of(&f.subjects.stopwords);
    let subjects = SubjectRules {
        stop_tokens: one_word_set(stopwords.iter().map(|w| (w.clone(), 0))),
        stopwords,
        generic_counted: set_of(&f.subjects.generic_counted),
        window: f.subjects.window.unwrap_or(8),
        historical_phrases: PhraseSet::from_phrases(&f.subjects.historical_phrases),
        cumulative_phrases: PhraseSet::from_phrases(&f.subjects.cumulative_phrases),
        past_openers: set_of(&f.subjects.past_openers),
        part_openers: PhraseSet::from_phrases(&f.subjects.part_openers),
        markers: markers(&f.subjects),
        scene_prepositions: set_of(&f.subjects.scene_prepositions),
        event_nouns: set_of(&f.subjects.event_nouns),
        whole_phrases: PhraseSet::from_phrases(&f.subjects.whole_phrases),
        place_nouns: set_of(&f.subjects.place_nouns).into_iter().map(Name::from).collect(),
        past_times: PhraseSet::from_phrases(&f.subjects.past_times),
        additional_counted: set_of(&f.subjects.additional_counted),
        counted_stops: set_of(&f.subjects.counted_stops),
        demographic_counted: set_of(&f.subjects.demographic_counted),
        perpetrator_nouns: set_of(&f.subjects.perpetrator_nouns),
        counted_modifiers: set_of(&f.subjects.counted_modifiers),
        age_nouns: set_of(&f.subjects.age_nouns),
        same_as: same_as(&f.subjects.same_words),
    };
    let titles = compile_titles(&f.titles);
    // Listed, explained and tested in code order, wherever a file put them.
    let mut checks = f.checks;
    checks.sort_by(|a, b| a.code.cmp(&b.code));
    let dates = DateRules {
        not_event_before: PhraseSet::from_phrases(&f.dates.not_event_before),
        loose: PhraseSet::from_phrases(&f.dates.loose),
        spans: PhraseSet::from_phrases(&f.dates.spans),
        relations: PhraseSet::from_phrases(&f.dates.relations),
        update_words: PhraseSet::from_phrases(&f.dates.update_words),
        event_nouns: one_word_set(f.dates.event_nouns.iter().enumerate().flat_map(|(i, n)| {
            let n = fold(n).to_string();
            [(format!("{n}s"), i), (n, i)]
        })),
        event_heads: f.dates.event_nouns.iter().map(|n| fold(n).to_string()).collect(),
        event_verbs: PhraseSet::from_phrases(&f.dates.event_verbs),
    };
    let mut rules = Rules {
        segment,
        cues,
        sources,
        numbers,
        measures,
        checks,
        subjects,
        titles,
        dates,
        quotes: QuoteRules {
            spelling: f.quotes.spelling.into_iter().map(|[a, b]| (fold(&a).into(), fold(&b).into())).collect(),
            numbers_as_digits: f.quotes.numbers_as_digits.unwrap_or(false),
        },
        lexicon: phrase::Lexicon::default(),
    };
    rules.lexicon = phrase::Lexicon::build(&mut rules.phrase_sets());
    rules
}

/// Every unit the rules name must be one of theirs: a misspelt name would
/// otherwise do nothing, silently. Checked once the built-in pack is
/// merged and after each file merged over it, and reported at the name's
/// first mention in that file (`(path, text)`).
fn check_unit_names(merged: &RuleFile, (path, text): (&str, &str)) -> Result<(), RuleError> {
    let units = &merged.units;
    let calibre = merged.numbers.calibre_units.iter().find(|n| !units.iter().any(|u| &u.name == *n));
    let calibre = calibre.map(|n| (n.clone(), "is no unit of the rules".to_string()));
    let bare = units.iter().find_map(|u| {
        let name = u.bare_next.as_ref().filter(|_| bare_next(units, u).is_none())?;
        Some((name.clone(), format!("is no smaller unit of {}'s dimension", u.name)))
    });
    let Some((name, what)) = calibre.or(bare) else { return Ok(()) };
    let offset = text.find(&format!("\"{name}\"")).unwrap_or(0);
    let (line, column) = LineIndex::new(text).line_col(text, offset);
    Err(RuleError { path: path.to_string(), line, column, message: format!("unit \"{name}\" {what}") })
}

/// The base unit of a dimension: its unit of factor 1, else the dimension's
/// own name ("money:USD" has "USD").
fn base_unit(units: &[schema::Unit], dimension: &str) -> String {
    units
        .iter()
        .find(|u| u.dimension == dimension && u.factor == 1.0)
        .map_or_else(|| dimension.to_string(), |u| u.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_pack_compiles() {
        let rules = Rules::builtin().unwrap();
        assert!(rules.cues.lemmas.iter().any(|l| l == "say"));
        assert!(rules.check("CC101").is_some());
        assert!(rules.numbers.unit_forms.match_at("minutes").is_some());
    }

    /// A figure's value is given in its dimension's base unit: each
    /// dimension of the built-in pack has one, of factor 1 ("speed" had
    /// none, and its figures' unit read "speed").
    #[test]
    fn every_dimension_has_a_base_unit() {
        let rules = Rules::builtin().unwrap();
        for u in &rules.numbers.units {
            let base = rules.numbers.units.iter().find(|b| b.name == u.base);
            assert!(base.is_some_and(|b| b.factor == 1.0 && b.dimension == u.dimension), "{}: {}", u.name, u.base);
        }
    }

    #[test]
    fn a_newsroom_may_keep_numbers_in_words_apart_in_quotes() {
        assert!(Rules::builtin().unwrap().quotes.numbers_as_digits);
        let off = Rules::with_extra(&[("mine.toml".into(), "[quotes]\nnumbers_as_digits = false\n".into())]).unwrap();
        assert!(!off.quotes.numbers_as_digits);
        // A file that says nothing of it keeps the pack's choice.
        let silent = Rules::with_extra(&[("mine.toml".into(), "[quotes]\nspelling = []\n".into())]).unwrap();
        assert!(silent.quotes.numbers_as_digits);
    }

    #[test]
    fn unknown_field_names_file_line_and_column() {
        let err = Rules::with_extra(&[("mine.toml".into(), "[cues]\nprepositions = [\"per\"]\nverbz = []\n".into())])
            .unwrap_err();
        assert_eq!((err.path.as_str(), err.line, err.column), ("mine.toml", 3, 1));
        assert!(err.message.contains("verbz"), "{}", err.message);
    }

    #[test]
    fn a_unit_named_that_is_none_is_an_error_at_its_name() {
        let text = "[numbers]\ncalibre_units = [\"milimetre\"]\n";
        let err = Rules::with_extra(&[("mine.toml".into(), text.into())]).unwrap_err();
        assert_eq!((err.path.as_str(), err.line, err.column), ("mine.toml", 2, 18), "{err}");
        assert!(err.message.contains("milimetre"), "{err}");
        // A bare part in a bigger unit is no part.
        let text = "[[unit]]\nname = \"inch\"\ndimension = \"length\"\nfactor = 0.0254\nbare_next = \"foot\"\n";
        let err = Rules::with_extra(&[("mine.toml".into(), text.into())]).unwrap_err();
        assert_eq!((err.line, err.column), (5, 13), "{err}");
        let text = "[numbers]\ncalibre_units = [\"millimetre\", \"inch\"]\n";
        assert!(Rules::with_extra(&[("mine.toml".into(), text.into())]).is_ok());
    }

    #[test]
    fn bad_value_points_at_the_value() {
        let text = "[[check]]\ncode = \"X1\"\nseverity = \"fatal\"\nname = \"x\"\nmessage = \"m\"\ndoc = \"d\"\n";
        let err = Rules::with_extra(&[("mine.toml".into(), text.into())]).unwrap_err();
        assert_eq!((err.line, err.column), (3, 12), "{err}");
    }

    #[test]
    fn user_check_overrides_builtin_by_code() {
        let text = "[[check]]\ncode = \"CC101\"\nname = \"figure-differs\"\nseverity = \"error\"\nmessage = \"m\"\ndoc = \"d\"\n";
        let rules = Rules::with_extra(&[("mine.toml".into(), text.into())]).unwrap();
        assert_eq!(rules.check("CC101").unwrap().severity, Severity::Error);
    }
}
