//! Attribution: who said what. Finds cue verbs ("said", "told"), prepositional
//! cues ("according to"), and descriptions ("described by X as"), reads the
//! source phrase and the content around them in each of the orders news uses
//! (source-cue-content, content-source-cue, content-cue-source), separates a
//! channel from the speaker ("told Reuters"), gives uncued full-sentence
//! quotes to the speaker before them, and resolves "the Times" or "the
//! official" to an earlier, fuller name.

use super::quotes::{is_close_mark, is_open_mark, Quote};
use crate::rules::{Name, PhraseSet, Rules};
use crate::segment::Segments;
use crate::span::{Holders, Span};
use crate::words::{ends_with_ci, fold, is_any, is_capitalized, with_folded, Token, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Direct,
    Indirect,
}

/// An attributed statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// Where the source is named; None when inherited by a follow-on quote.
    pub source: Option<Span>,
    /// The source as written (or as inherited).
    pub source_text: Name,
    /// Where an inherited source was named: the speaker of the claim a
    /// follow-on quote continues.
    pub antecedent: Option<Span>,
    /// The source after aliases and earlier mentions: "The New York Times".
    pub canonical_source: Name,
    pub cue: Option<Span>,
    /// The cue's lemma ("say") or phrase ("according to").
    pub cue_word: Option<Name>,
    pub content: Span,
    /// Who the source spoke to, when that is not the speaker: "Reuters".
    pub channel: Option<Span>,
    /// The claim whose content holds this one: "Reuters reported that a
    /// U.S. official said ...".
    pub parent: Option<u32>,
    pub sentence: u32,
}

impl Claim {
    /// The whole attribution: source, cue, channel and content.
    pub fn span(&self) -> Span {
        [self.source, self.cue, self.channel].into_iter().flatten().fold(self.content, Span::cover)
    }
}

/// A claim found in a sentence, with where its attributing clause starts so
/// that earlier content can be cut there.
struct Found {
    claim: Claim,
    attr_start: usize,
}

/// One sentence's tokens and the document text, with helpers over them.
struct Sent<'a> {
    text: &'a str,
    toks: &'a [Token],
    span: Span,
    index: usize,
    rules: &'a Rules,
    quotes: &'a [Quote],
}

impl<'a> Sent<'a> {
    fn w(&self, k: usize) -> &'a str {
        self.toks[k].text(self.text)
    }

    /// Is token k one of the set's one-word phrases?
    fn is(&self, set: &PhraseSet, k: usize) -> bool {
        set.contains_token(self.text, &self.toks[k])
    }

    fn is_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn is_punct(&self, k: usize, set: &[char]) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.w(k).chars().next().is_some_and(|c| set.contains(&c)))
    }

    fn is_comma(&self, k: usize) -> bool {
        self.is_punct(k, &[','])
    }

    fn is_close_quote(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.w(k).chars().next().is_some_and(is_close_mark))
    }

    /// The text from token k to the end of the sentence, for phrase matching.
    fn from(&self, k: usize) -> &'a str {
        &self.text[self.toks[k].start()..self.span.end()]
    }

    /// How many tokens a phrase match of `len` bytes starting at token k covers.
    fn tokens_in(&self, k: usize, len: usize) -> usize {
        let end = self.toks[k].start() + len;
        self.toks[k..].iter().take_while(|t| t.end() <= end).count()
    }

    fn span_of(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].start(), self.toks[to - 1].end())
    }

    /// Index of the last token before any final punctuation.
    fn content_end(&self) -> usize {
        self.toks.len()
    }

    fn found(
        &self,
        source: Span,
        cue: Span,
        cue_word: &str,
        content: Span,
        channel: Option<Span>,
        attr_start: usize,
    ) -> Found {
        Found {
            claim: Claim {
                kind: ClaimKind::Indirect,
                source: Some(source),
                source_text: "".into(),
                antecedent: None,
                canonical_source: "".into(),
                cue: Some(cue),
                cue_word: Some(self.rules.cues.name(cue_word)),
                content,
                channel,
                parent: None,
                sentence: self.index as u32,
            },
            attr_start,
        }
    }
}

/// Every claim in a document, in text order, with parents and canonical
/// sources resolved.
/// `tokens` holds each sentence's tokens, in sentence order.
pub fn claims(text: &str, segments: &Segments, tokens: &[Vec<Token>], quotes: &[Quote], rules: &Rules) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    for (index, s) in segments.sentences.iter().enumerate() {
        let sent = Sent { text, toks: &tokens[index], span: s.span, index, rules, quotes };
        let mut found = claims_in_sentence(&sent);
        cut_contents(text, &mut found, quotes);
        out.extend(found.into_iter().map(|f| f.claim));
    }
    out.extend(follow_on_quotes(text, segments, quotes, &out));
    out.sort_by_key(|c| (c.content.start().min(c.span().start()), c.content.end()));
    out.retain(|c| !c.content.is_empty());
    for c in &mut out {
        finish_kind(text, c, quotes);
        if let Some(s) = c.source {
            c.source_text = collapse_space(s.text(text)).into();
        }
    }
    link_parents(&mut out);
    resolve_sources(text, tokens, &mut out, rules);
    out
}

/// Find every cue in the sentence and read the claim around it.
fn claims_in_sentence(s: &Sent) -> Vec<Found> {
    let cues = &s.rules.cues;
    let mut found = Vec::new();
    let mut k = 0;
    while k < s.toks.len() {
        if !s.is_word(k) {
            found.extend(credit_line(s, k));
            k += 1;
            continue;
        }
        let (rest, tok) = (s.from(k), &s.toks[k]);
        let step = if let Some(m) = cues.descriptions.match_token(rest, tok) {
            let n = s.tokens_in(k, m.len);
            found.extend(description(s, k, n));
            n
        } else if let Some(m) = cues.prepositions.match_token(rest, tok) {
            let n = s.tokens_in(k, m.len);
            found.extend(preposition(s, k, n));
            n
        } else if let Some(m) = cues.verbs.match_token(rest, tok).filter(|_| is_verb_position(s, k)) {
            let n = s.tokens_in(k, m.len);
            found.extend(verb(s, k, n, m.value));
            n
        } else {
            1
        };
        k += step.max(1);
    }
    found
}

/// A capitalised cue word inside a sentence is part of a name ("United
/// States"), not a verb.
fn is_verb_position(s: &Sent, k: usize) -> bool {
    !is_capitalized(s.w(k)) || k == 0 || !s.is_word(k - 1)
}

/// Where the clause holding token k begins: the sentence start, or the start
/// of the quote the clause opens with.
fn clause_start(s: &Sent, upto: usize) -> usize {
    let start = s.toks[0].start();
    // Quotes never overlap, so only the last one opening before the
    // sentence can hold its start.
    let k = s.quotes.partition_point(|q| q.span.start() < start);
    k.checked_sub(1)
        .map(|p| &s.quotes[p])
        .filter(|q| q.span.end() > start && q.span.end() <= upto)
        .map_or(start, |q| q.span.start())
}

/// "CONTENT, said SOURCE" / "CONTENT, SOURCE said": the content ends at the
/// comma or closing quote before token `k`.
fn content_before(s: &Sent, k: usize) -> Option<Span> {
    if k == 0 {
        return None;
    }
    let end = s.toks[k - 1].end();
    let start = clause_start(s, end);
    (end > start + 1).then(|| Span::new(start, end))
}

/// Does token k close a clause that can be content: ",", ",”", "?”", "!”"?
fn closes_content(s: &Sent, k: usize) -> bool {
    s.is_comma(k) || (s.is_close_quote(k) && k > 0 && s.is_punct(k - 1, &[',', '?', '!', '.', '—', '–']))
}

/// The content after a cue: from token `from` to the sentence end.
fn content_after(s: &Sent, from: usize) -> Option<Span> {
    let mut from = from;
    while from < s.toks.len() && s.is_punct(from, &[',', ':', '—', '–']) {
        from += 1;
    }
    (s.content_end() > from + 1).then(|| s.span_of(from, s.content_end()))
}

/// A credit line: `"Headline" — CBC.ca, August 15, 2008`. The quote before
/// the dash belongs to the name after it; there is no cue word.
fn credit_line(s: &Sent, k: usize) -> Option<Found> {
    if k == 0 {
        return None;
    }
    let dash = s.is_punct(k, &['—', '–']) || (s.is_punct(k, &['-']) && s.toks[k].start() > s.toks[k - 1].end());
    if !dash || !s.is_close_quote(k - 1) {
        return None;
    }
    let (src_end, source) = np_after(s, k + 1, false)?;
    let rest_is_dateline =
        (src_end..s.toks.len()).all(|j| !s.is_word(j) || is_capitalized(s.w(j)) || s.toks[j].kind == TokenKind::Number);
    if !rest_is_dateline {
        return None;
    }
    let end = s.toks[k - 1].end();
    let quote = s.quotes.get(s.quotes.partition_point(|q| q.span.end() < end)).filter(|q| q.span.end() == end)?;
    let mut f = s.found(source, source, "credit", quote.span, None, s.toks[k].start());
    f.claim.cue = None;
    Some(f)
}

/// "according to SOURCE, CONTENT" or "CONTENT, according to SOURCE".
fn preposition(s: &Sent, k: usize, n: usize) -> Option<Found> {
    let (src_end, source) = np_after(s, k + n, false).or_else(|| determiner_phrase_after(s, k + n))?;
    let (src_end, source) = extend_with_plain_nouns(s, k + n, src_end, source);
    let (src_end, source) = extend_with_post_modifier(s, k + n, src_end, source);
    let cue = s.span_of(k, k + n);
    let word = fold(cue.text(s.text));
    let leading = k == 0 || (k == 1 && !s.is_word(0));
    if leading {
        let content = content_after(s, after_relative_clause(s, src_end))?;
        return Some(s.found(source, cue, &word, content, None, s.toks[k].start()));
    }
    // "..., according to AFP, the UN has criticised": the cue interrupts its
    // content. When the words before it cannot stand alone ("has learned
    // that,") or a quotation follows, the content is what follows; else the
    // whole sentence.
    let opener_at = |j: usize| s.is_word(j) && s.is(&s.rules.cues.clause_openers, j);
    let after_that = opener_at(k - 1);
    if s.is_comma(k - 1) || after_that {
        let commas: Vec<usize> =
            (src_end..(src_end + 14).min(s.toks.len())).filter(|&j| s.is_comma(j)).take(3).collect();
        let quoted = commas.iter().copied().find(|&c| opens_quote_at(s, c + 1));
        if let Some(comma) = quoted.or(commas.first().copied()) {
            // "The agency, citing police sources, said 14 people ...": the
            // relay's own cue follows, and its content is the sources' too.
            let verb_next = s.is_word(comma + 1) && s.is(&s.rules.cues.verbs, comma + 1);
            let that_next = comma + 2 < s.toks.len() && s.is(&s.rules.cues.complementizers, comma + 2);
            // "Reuters reported, citing three people ..., that the deal ...":
            // the relay's verb is before the cue, its "that" after it.
            let that_then = s.is_word(comma + 1) && s.is(&s.rules.cues.complementizers, comma + 1);
            let from = match (verb_next, that_then) {
                (true, _) => comma + 2 + usize::from(that_next),
                (false, true) => comma + 2,
                _ => comma + 1,
            };
            if let Some(rest) = content_after(s, from) {
                let dangling = after_that || that_then || (k >= 2 && opener_at(k - 2));
                let whole = s.span_of(0, s.toks.len());
                let content = if dangling || quoted.is_some() || verb_next { rest } else { whole };
                return Some(s.found(source, cue, &word, content, None, s.toks[k].start()));
            }
        }
    }
    let content = content_before(s, k)?;
    Some(s.found(source, cue, &word, content, None, s.toks[k].start()))
}

/// "According to police, who arrived at 3 a.m., the gunman fled": where the
/// content starts after a relative clause on the source (the comma that
/// closes it), or `from` when none follows the source's comma.
fn after_relative_clause(s: &Sent, from: usize) -> usize {
    let relative = |j: usize| s.is_word(j) && is_any(s.w(j), &["who", "which", "whose"]);
    if !(s.is_comma(from) && relative(from + 1)) {
        return from;
    }
    (from + 2..s.toks.len()).find(|&j| s.is_comma(j)).map_or(from, |comma| comma + 1)
}

/// "according to the event website,": a determiner and up to three plain
/// words that end the clause.
fn determiner_phrase_after(s: &Sent, k: usize) -> Option<(usize, Span)> {
    if k >= s.toks.len() || !s.is_word(k) || !s.is(&s.rules.sources.determiners, k) {
        return None;
    }
    let mut j = k + 1;
    while j < s.toks.len() && j <= k + 3 && s.is_word(j) && !is_function_word(s, j) {
        j += 1;
    }
    let ends_clause = j == s.toks.len() || s.is_punct(j, &[',', '.', ';', ':']);
    (j > k + 1 && ends_clause).then(|| (j, s.span_of(k, j)))
}

/// "according to an Internet posting": after a determiner and a name, up to
/// two plain words still belong to the source.
fn extend_with_plain_nouns(s: &Sent, start: usize, end: usize, span: Span) -> (usize, Span) {
    let det_led = s.is_word(start) && s.is(&s.rules.sources.determiners, start);
    if !det_led {
        return (end, span);
    }
    let mut j = end;
    while j < s.toks.len() && j < end + 2 && s.is_word(j) && s.is(&s.rules.sources.nouns, j) {
        j += 1;
    }
    (j, s.span_of(start, j))
}

/// How many words a source's post-modifier may have: "from the White
/// House Press Office".
const POST_MODIFIER_WORDS: usize = 8;

/// "according to a statement from the White House, ...": a preposition
/// after the source, and words up to a comma or the sentence's end, still
/// belong to it.
fn extend_with_post_modifier(s: &Sent, start: usize, end: usize, span: Span) -> (usize, Span) {
    // "a statement released by the army": a participle before the preposition.
    let participle = s.is_word(end) && !is_capitalized(s.w(end)) && ends_with_ci(s.w(end), "ed");
    let preposition = end + usize::from(participle);
    if preposition >= s.toks.len() || !s.is_word(preposition) || !s.is(&s.rules.sources.post_modifiers, preposition) {
        return (end, span);
    }
    let end = preposition;
    let wordish = |j: usize| s.is_word(j) || s.toks[j].kind == TokenKind::Number;
    let last = s.content_end();
    let limit = (end + 1 + POST_MODIFIER_WORDS).min(last);
    let stop = (end + 1..limit).find(|&j| !wordish(j)).unwrap_or(limit);
    let closes = s.is_comma(stop) || (stop..last).all(|j| !wordish(j));
    if closes && stop > end + 1 {
        return (stop, s.span_of(start, stop));
    }
    (end, span)
}

/// "... described by SOURCE as CONTENT".
fn description(s: &Sent, k: usize, n: usize) -> Option<Found> {
    let (src_end, source) = np_after(s, k + n, false)?;
    if src_end >= s.toks.len() || !s.w(src_end).eq_ignore_ascii_case("as") {
        return None;
    }
    let content = content_after(s, src_end + 1)?;
    let cue = s.span_of(k, k + n);
    Some(s.found(source, cue, &fold(cue.text(s.text)), content, None, s.toks[k].start()))
}

/// A cue verb at token k spanning n tokens, with lemma index `lemma`.
fn verb(s: &Sent, k: usize, n: usize, lemma: usize) -> Option<Found> {
    let cues = &s.rules.cues;
    let cue = s.span_of(k, k + n);
    let word = cues.lemmas[lemma].clone();
    let after = k + n;
    // "asked not to be named": a negation before the infinitive.
    let negated = s.is_word(after) && ["not", "never"].iter().any(|w| s.w(after).eq_ignore_ascii_case(w));
    let to = after + usize::from(negated);
    let to_infinitive = to + 1 < s.toks.len()
        && s.is_word(to)
        && s.w(to).eq_ignore_ascii_case("to")
        && !(s.is_word(to + 1) && source_word(s, to + 1))
        && !s.is(&s.rules.sources.determiners, to + 1);
    if to_infinitive && cues.channel_verbs.match_at(s.from(k)).is_none() {
        return None; // "claim to belong", "said to be": not a report of words
    }
    // CONTENT, said SOURCE / CONTENT, said SOURCE, CONTENT (interposed). Not
    // after "told": in '"...," a doctor, told AFP' the name after it is
    // the channel.
    let channel = s.rules.cues.channel_verbs.match_at(s.from(k)).is_some();
    if k > 0 && closes_content(s, k - 1) && !channel {
        if let Some((src_end, source)) = np_after(s, after, false) {
            // The inversion itself marks the cue: any adjunct may follow.
            let named = s.is_word(after) && is_name_word(s.w(after));
            let inverted_tail = named && s.is_word(src_end) && s.is(&s.rules.cues.adjuncts, src_end);
            if tail_is_adjunct(s, src_end) || inverted_tail {
                let content = content_before(s, k)?;
                return Some(s.found(source, cue, &word, content, None, s.toks[k].start()));
            }
            if s.is_comma(src_end) {
                let content = content_before(s, k)?.cover(content_after(s, src_end + 1)?);
                return Some(s.found(source, cue, &word, content, None, s.toks[k].start()));
            }
        }
    }
    if participle_after_report(s, k) {
        return None; // "said the talks were useful, adding that ...": one claim
    }
    let (src_start, source) = participle_subject(s, k)
        .or_else(|| np_before(s, k))
        .or_else(|| subject_before_that(s, k, after))
        .or_else(|| it_after_quote(s, k))?;
    if !agrees_with_subject(s, k, src_start, &word) || is_passive(s, k) {
        return None;
    }
    let found = verb_content(s, k, lemma, &word, cue, (src_start, source), after)?;
    Some(with_relative_antecedent(s, src_start, found))
}

/// How many tokens a clause before ", saying" may have for its subject to
/// speak: "The company denied the allegations on Friday, saying".
const PARTICIPLE_CLAUSE: usize = 16;
/// How many words the subject of such a clause may have.
const PARTICIPLE_SUBJECT: usize = 6;

/// Is `tokens[k]` a cue's "-ing" form after a comma: ", saying", ", adding"?
fn participle_cue(s: &Sent, k: usize) -> bool {
    k >= 2 && s.is_comma(k - 1) && ends_with_ci(s.w(k), "ing")
}

/// Does a cue verb of its own report words in the clause before the
/// participle at `k`? Then the participle goes on with that report: "Obama
/// said the talks were useful, adding that more work was needed". Not
/// "denied the allegations, saying": a verb that needs "that" or a quote
/// and has neither reports nothing.
fn participle_after_report(s: &Sent, k: usize) -> bool {
    let cues = &s.rules.cues;
    let reports = |j: usize| {
        let Some(m) = cues.verbs.match_token(s.from(j), &s.toks[j]) else { return false };
        let after = s.tokens_in(j, m.len) + j;
        // "rejected the claim, arguing": after a determiner, a noun.
        let noun = j > 0 && s.is_word(j - 1) && s.is(&s.rules.sources.determiners, j - 1);
        is_verb_position(s, j)
            && !noun
            && (!cues.need_complement.contains(&m.value)
                || complementizer_at(s, after).is_some()
                || opens_quote_at(s, after))
    };
    // '..., adding, "Many people were injured"': a quotation of its own.
    let quoted = || (k + 1..k + 3).any(|j| opens_quote_at(s, j));
    participle_cue(s, k) && !quoted() && (0..k - 1).any(|j| s.is_word(j) && reports(j))
}

/// The subject of the clause a participle cue closes, who speaks in it:
/// "[The company] denied the allegations, saying it had ...", "[Police]
/// arrested the man, saying he had fired". The sentence opens with the
/// subject, and a lower-case verb follows it.
fn participle_subject(s: &Sent, k: usize) -> Option<(usize, Span)> {
    if !participle_cue(s, k) || k > PARTICIPLE_CLAUSE {
        return None;
    }
    let opens = usize::from(!s.is_word(0));
    let verb_at = |j: usize| s.is_word(j) && !is_capitalized(s.w(j)) && !is_function_word(s, j) && !source_word(s, j);
    // A head ends the subject: not "A" of "A few workers head into".
    let head =
        |j: usize| source_head(s, j) && !s.is(&s.rules.sources.determiners, j) || s.is(&s.rules.sources.pronouns, j);
    (opens + 1..=(opens + PARTICIPLE_SUBJECT).min(k - 2))
        .filter(|&j| verb_at(j) && head(j - 1))
        .find_map(|j| np_before(s, j).filter(|(start, _)| *start == opens))
}

/// `"...", it added`: right after a quotation "it" is an organisation
/// speaking; elsewhere ("It was noted that") it is no source.
fn it_after_quote(s: &Sent, k: usize) -> Option<(usize, Span)> {
    (k >= 2 && s.w(k - 1).eq_ignore_ascii_case("it") && closes_content(s, k - 2)).then(|| (k - 1, s.span_of(k - 1, k)))
}

/// "Laurent Fabius, who told him ...": "who" speaks for the name before it.
fn with_relative_antecedent(s: &Sent, src_start: usize, mut found: Found) -> Found {
    if s.w(src_start).eq_ignore_ascii_case("who")
        && src_start >= 2
        && s.is_word(src_start - 2)
        && source_head(s, src_start - 2)
    {
        let start = name_phrase_start(s, src_start - 1);
        found.claim.antecedent = Some(s.span_of(start, src_start - 1));
    }
    found
}

/// The content of a verb cue whose source is known: before it (content,
/// source, cue), around it (a split quote), or after it (source, cue, content).
fn verb_content(
    s: &Sent,
    k: usize,
    lemma: usize,
    word: &str,
    cue: Span,
    src: (usize, Span),
    after: usize,
) -> Option<Found> {
    let cues = &s.rules.cues;
    let (src_start, source) = src;
    let (after, channel) = channel_after(s, k, after);
    // CONTENT, SOURCE said (to CHANNEL) (in September).
    if src_start > 0 && closes_content(s, src_start - 1) {
        if tail_is_adjunct(s, after) {
            let content = content_before(s, src_start)?;
            return Some(s.found(source, cue, word, content, channel, s.toks[src_start].start()));
        }
        // "We are mulling," Putin said, "over what ...": one quote split by its cue.
        if s.is_close_quote(src_start - 1) && opens_quote_at(s, after) {
            let first = content_before(s, src_start)?;
            let rest = content_after(s, after)?;
            return Some(s.found(source, cue, word, first.cover(rest), channel, s.toks[src_start].start()));
        }
        // "The attack, police said, was carried out by two men": the cue
        // interposed, the content on both sides ('After the match, Gomez
        // said, "..."' opens a quote after it: the content is the quote).
        if s.is_comma(src_start - 1) && s.is_comma(after) && !opens_quote_at(s, after) {
            let first = content_before(s, src_start)?;
            let rest = content_after(s, after + 1)?;
            return Some(s.found(source, cue, word, first.cover(rest), channel, s.toks[src_start].start()));
        }
    }
    // SOURCE said (on Friday) (that) CONTENT
    let that_at = complementizer_at(s, after);
    let has_that = that_at.is_some();
    let after = that_at.unwrap_or(after);
    let opens_quote = opens_quote_at(s, after);
    let wh_clause = after < s.toks.len() && s.is_word(after) && s.is(&cues.wh_openers, after);
    let clause = looks_like_clause(s, after) || fronted_adverbial(s, after);
    if cues.need_complement.contains(&lemma) && !has_that && !opens_quote && !wh_clause && !clause {
        return None;
    }
    let from = after + usize::from(has_that);
    let word_at = |set: &PhraseSet| from < s.toks.len() && s.is_word(from) && s.is(set, from);
    let bare = word_at(&cues.bare_contents) && !looks_like_clause(s, from);
    let blocked = word_at(&cues.not_content_openers) || bare;
    if !has_that && blocked && !fronted_adverbial(s, from) {
        return None;
    }
    let content = content_after(s, from)?;
    Some(s.found(source, cue, word, content, channel, s.toks[src_start].start()))
}

/// Does the text after a cue read as a clause (a finite verb within its
/// first words) rather than a noun phrase ("a gun in the car")?
fn looks_like_clause(s: &Sent, from: usize) -> bool {
    let markers = &s.rules.cues.clause_markers;
    let relative = |j: usize| is_any(s.w(j), &["which", "who", "whom", "whose", "that"]);
    (from + 1..(from + 12).min(s.toks.len())).take_while(|&j| !s.is_punct(j, &[';', ':', ',']) && !relative(j)).any(
        |j| {
            let w = s.w(j);
            s.is_word(j)
                && (markers.contains_word(w)
                    || (w.len() > 4 && !is_capitalized(w) && w.ends_with("ed") && !before_plain_noun(s, j)))
        },
    )
}

/// An "-ed" word right before a plain word is an adjective ("numerous
/// bloodied bodies"), unless that word is an "-ing" form ("favoured changing").
fn before_plain_noun(s: &Sent, j: usize) -> bool {
    let next = j + 1;
    next < s.toks.len()
        && s.is_word(next)
        && !is_capitalized(s.w(next))
        && !is_function_word(s, next)
        && !s.is(&s.rules.sources.determiners, next)
        && !ends_with_ci(s.w(next), "ing")
        && !ends_with_ci(s.w(next), "ly")
}

/// "estimated by 2050, increasing population ...": a short phrase and a
/// comma before the clause.
fn fronted_adverbial(s: &Sent, from: usize) -> bool {
    let Some(comma) = (from + 1..(from + 5).min(s.toks.len())).find(|&j| s.is_comma(j)) else { return false };
    let dated =
        (from + 1..comma).any(|j| s.toks[j].kind == TokenKind::Number || (s.is_word(j) && is_capitalized(s.w(j))));
    dated && looks_like_clause(s, comma)
}

/// A quote opens at token `at` or right after a comma or colon there.
fn opens_quote_at(s: &Sent, at: usize) -> bool {
    (at..(at + 2).min(s.toks.len())).any(|j| s.w(j).chars().next().is_some_and(is_open_mark))
}

/// A bare cue form ("tweet", "say", "post") needs a plural or first-person
/// subject, or an auxiliary before it: after a singular name it is a noun
/// ("Obama tweet to student", "a blog post").
fn agrees_with_subject(s: &Sent, k: usize, src_start: usize, lemma: &str) -> bool {
    let form = fold(s.w(k));
    if form != lemma.replace('_', " ").split(' ').next().unwrap_or(lemma) {
        return true;
    }
    if k > 0 && s.is_word(k - 1) && s.is(&s.rules.cues.auxiliaries, k - 1) {
        return true;
    }
    let head = s.w(k - 1);
    let folded = fold(head);
    matches!(folded.as_str(), "i" | "we" | "they" | "you" | "police" | "people" | "staff")
        || (folded.ends_with('s') && !folded.ends_with("ss"))
        || (head.len() > 1 && head.chars().all(|c| c.is_uppercase() || c == '.'))
        || src_start >= k
}

/// "I'm told", "she was told", "had been denied": a passive subject heard or
/// underwent, it did not speak.
fn is_passive(s: &Sent, k: usize) -> bool {
    if k == 0 || !s.is_word(k - 1) {
        return false;
    }
    let be = |w: &str| {
        with_folded(w, |w| {
            matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being" | "get" | "got")
                || w.ends_with("'m")
                || w.ends_with("'re")
        })
    };
    let adverb = |j: usize| {
        s.is_word(j) && (ends_with_ci(s.w(j), "ly") || is_any(s.w(j), &["twice", "never", "not", "also", "once"]))
    };
    let mut j = k - 1;
    while j > 0 && adverb(j) && k - j < 3 {
        j -= 1;
    }
    s.is_word(j) && be(s.w(j))
}

/// Where "that" opens the content: right after the cue, or after a short
/// adjunct ("announced on Friday that", "told reporters in a statement that").
fn complementizer_at(s: &Sent, after: usize) -> Option<usize> {
    let is_that =
        |j: usize| j < s.toks.len() && s.is_word(j) && s.rules.cues.complementizers.match_at(s.from(j)).is_some();
    if is_that(after) {
        return Some(after);
    }
    // "reported, citing three people familiar with the matter, that ...".
    let interposed = s.is_comma(after) && after + 1 < s.toks.len() && s.is(&s.rules.cues.prepositions, after + 1);
    if interposed {
        let close = (after + 2..(after + 16).min(s.toks.len())).find(|&j| s.is_comma(j));
        return close.map(|c| c + 1).filter(|&j| is_that(j));
    }
    if !(s.is_word(after) && s.is(&s.rules.cues.adjuncts, after)) {
        return None;
    }
    // "said Friday morning that", not "announced Friday a plan that".
    let reach = if s.is(&s.rules.cues.lone_adjuncts, after) { 3 } else { 6 };
    (after + 1..(after + reach).min(s.toks.len()))
        .take_while(|&j| s.is_word(j) || s.toks[j].kind == TokenKind::Number)
        .find(|&j| is_that(j))
}

/// After "told": the channel the source spoke to ("told Reuters",
/// "told reporters").
fn channel_after(s: &Sent, k: usize, after: usize) -> (usize, Option<Span>) {
    // "stated to LA Weekly that": "to" and a name make a channel too.
    if after < s.toks.len() && s.is_word(after) && s.w(after).eq_ignore_ascii_case("to") {
        if let Some((end, span)) = np_after(s, after + 1, false) {
            return (end, Some(span));
        }
    }
    if s.rules.cues.channel_verbs.match_at(s.from(k)).is_none() {
        return (after, None);
    }
    match np_after(s, after, true) {
        Some((end, span)) => (end, Some(span)),
        None => (after, None),
    }
}

/// True when what follows a trailing cue is only punctuation or a short
/// adjunct ("in September", "on Tuesday", ", adding ...").
/// How many words an adjunct after a trailing cue may have: "in a statement
/// released through their lawyer".
const ADJUNCT_WORDS: usize = 8;

fn tail_is_adjunct(s: &Sent, from: usize) -> bool {
    let rest: Vec<usize> =
        (from..s.toks.len()).filter(|&j| s.is_word(j) || s.toks[j].kind == TokenKind::Number).collect();
    if rest.is_empty() || s.is_punct(from, &[';']) {
        return true;
    }
    if s.is_comma(from) {
        let next = from + 1;
        let cues = &s.rules.cues;
        // "said Maria Lopez, 45, who ...", "said John Smith, a witness": the
        // speaker's age or an appositive, not more of what was said.
        let age = s.toks.get(next).is_some_and(|t| t.kind == TokenKind::Number);
        let appositive = |j: usize| s.is(&s.rules.sources.appositive_openers, j);
        // "..., the Times reported, citing two aides.": the relay's sources.
        let relay = |j: usize| cues.prepositions.starts_at(s.text, &s.toks[j]);
        return next < s.toks.len()
            && (age
                || s.is_word(next)
                    && (s.is(&cues.adjuncts, next)
                        || s.is(&cues.clause_openers, next)
                        || appositive(next)
                        || relay(next)
                        || bare_title(s, next)));
    }
    s.is_word(from) && s.rules.cues.adjuncts.match_at(s.from(from)).is_some() && rest.len() <= ADJUNCT_WORDS
}

/// "said Shaye Candish, general secretary of the union": a title with no
/// article after the speaker, its words source modifiers and nouns up to
/// the sentence's end or a [sources] post_modifier ("of", "for", "at").
fn bare_title(s: &Sent, from: usize) -> bool {
    let src = &s.rules.sources;
    let title_word = |j: &usize| s.is_word(*j) && (s.is(&src.nouns, *j) || s.is(&src.modifiers, *j));
    let end = (from..s.toks.len()).find(|j| !title_word(j)).unwrap_or(s.toks.len());
    let headed = end > from && s.is(&src.nouns, end - 1);
    headed && (end == s.toks.len() || !s.is_word(end) || src.post_modifiers.starts_at(s.text, &s.toks[end]))
}

/// Is the word at k one that can be part of a source phrase?
fn source_word(s: &Sent, k: usize) -> bool {
    let w = s.w(k);
    let src = &s.rules.sources;
    if src.not_names.contains(w) {
        return false;
    }
    is_name_word(w) || src.nouns.contains_word(w) || src.modifiers.contains_word(w)
}

/// Can the word at k head a source phrase (be its last word)?
fn source_head(s: &Sent, k: usize) -> bool {
    let w = s.w(k);
    let src = &s.rules.sources;
    (is_name_word(w) && !src.not_names.contains(w)) || src.nouns.contains_word(w)
}

/// A capitalised word, or a name with a lower-case particle: "al-Amr", "bin-Salman".
fn is_name_word(w: &str) -> bool {
    is_capitalized(w)
        || w.split_once(['-', '\'']).is_some_and(|(particle, rest)| particle.len() <= 3 && is_capitalized(rest))
}

/// The source phrase ending just before the cue at k, skipping auxiliaries
/// ("has stated") and an appositive (", who is standing in ...,").
/// Returns (first token, span).
fn np_before(s: &Sent, k: usize) -> Option<(usize, Span)> {
    let src = &s.rules.sources;
    let mut end = before_auxiliaries(s, k);
    end = before_acronym(s, end);
    if end > 0 && s.is_comma(end - 1) {
        match skip_appositive(s, end - 1)? {
            Appositive::After(open) => end = open,
            Appositive::Whole(start, comma) => return Some((start, s.span_of(start, comma))),
            Appositive::Named { phrase, name, comma } => return Some((phrase, s.span_of(name, comma))),
        }
    }
    if end == 0 || !s.is_word(end - 1) {
        return None;
    }
    if s.is(&src.pronouns, end - 1) {
        if s.w(end - 1) == "WHO" {
            return Some((end - 1, s.span_of(end - 1, end))); // the World Health Organization
        }
        let relative_ok = !s.w(end - 1).eq_ignore_ascii_case("who") || (end >= 2 && s.is_comma(end - 2));
        return relative_ok.then(|| (end - 1, s.span_of(end - 1, end)));
    }
    if is_possessive(s.w(end - 1)) {
        return None; // "Obama’s pledge to ...": a possessive owns a noun, it does not speak
    }
    let start = if source_head(s, end - 1) {
        name_phrase_start(s, end)
    } else {
        common_noun_phrase_start(s, end).or_else(|| post_modified_source(s, end))?
    };
    let start = title_before_name(s, start).unwrap_or(start);
    let start = speaker_before(s, start).unwrap_or(start);
    Some((start, s.span_of(start, end)))
}

/// Where the source before the cue at `k` ends: before the auxiliaries
/// ("has stated", "has also said").
fn before_auxiliaries(s: &Sent, k: usize) -> usize {
    let mut end = k;
    while end > 0 && s.is_word(end - 1) && s.is(&s.rules.cues.auxiliaries, end - 1) && !modal_as_name(s, end - 1, k) {
        end -= 1;
    }
    end
}

/// Is the modal at `j` a name, since no modal can stand there: before the
/// cue at `k` inflected ("Theresa May told", not "may tell") or before a
/// finite auxiliary ("Theresa May has said")?
fn modal_as_name(s: &Sent, j: usize, k: usize) -> bool {
    const MODALS: [&str; 9] = ["will", "would", "can", "could", "may", "might", "shall", "should", "must"];
    const FINITE: [&str; 8] = ["has", "had", "was", "were", "is", "are", "does", "did"];
    if !is_any(s.w(j), &MODALS) || j + 1 >= s.toks.len() {
        return false;
    }
    let cues = &s.rules.cues;
    let inflected_cue = || {
        let lemma = cues.verbs.match_token(s.from(k), &s.toks[k]).map(|m| cues.lemmas[m.value].as_str());
        lemma.is_some_and(|l| !s.w(k).eq_ignore_ascii_case(l))
    };
    (j + 1 == k && inflected_cue()) || (j + 1 < k && is_any(s.w(j + 1), &FINITE))
}

/// Where a source ends when an acronym in brackets follows it: "The World
/// Health Organisation (WHO) recommends", "The National Transportation
/// Safety Board (NTSB) said". The source is the name the acronym stands for.
fn before_acronym(s: &Sent, end: usize) -> usize {
    let acronym = |w: &str| (2..=8).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase() || c == '&');
    let bracketed = end >= 4 && s.is_punct(end - 1, &[')']) && s.is_punct(end - 3, &['(']);
    if bracketed && s.is_word(end - 2) && acronym(s.w(end - 2)) && s.is_word(end - 4) {
        end - 3
    } else {
        end
    }
}

/// "A spokeswoman for the hospital said", "Officials in Dallas said": a
/// source noun and a preposition ([sources] post_modifiers) before the
/// phrase are the speaker it belongs to.
fn speaker_before(s: &Sent, start: usize) -> Option<usize> {
    let preposition = start.checked_sub(1)?;
    let noun = preposition.checked_sub(1)?;
    let src = &s.rules.sources;
    let joined = s.is_word(preposition) && s.is(&src.post_modifiers, preposition);
    (joined && s.is_word(noun) && src.nouns.contains_word(s.w(noun))).then(|| name_phrase_start(s, noun + 1))
}

/// Does a phrase starting at token `start` open its clause (so it can be a
/// subject)? In "those watching the video noted", "the video" does not; in
/// "Police said the gunman shouted", "the gunman" opens the reported clause
/// (but not after a cue that takes an object: "answered the door").
fn opens_clause(s: &Sent, start: usize) -> bool {
    let before = start.wrapping_sub(1);
    let cues = &s.rules.cues;
    let reporting = |j: usize| {
        let lemma = cues.verbs.match_token(s.w(j), &s.toks[j]).map(|m| m.value);
        lemma.is_some_and(|l| !cues.need_complement.contains(&l))
    };
    start == 0 || !s.is_word(before) || s.is(&cues.clause_openers, before) || reporting(before)
}

/// How many tokens may stand between a source noun and its cue:
/// "A source familiar with the details of the talks told".
const SOURCE_REACH: usize = 9;

/// "Officials at the scene told", "A source familiar with the matter
/// said", "Two people with knowledge of the plan said": a source noun, a
/// preposition ([sources] post_modifiers) and plain words up to the cue.
/// The phrase must open its clause, so "He met members of the committee
/// said" gives nothing.
fn post_modified_source(s: &Sent, end: usize) -> Option<usize> {
    let src = &s.rules.sources;
    let plain = |j: usize| {
        (s.is_word(j) || s.toks[j].kind == TokenKind::Number)
            && !s.is(&s.rules.cues.verbs, j)
            && !s.is(&s.rules.cues.auxiliaries, j)
            && !s.is(&s.rules.cues.clause_openers, j)
    };
    let first = end.saturating_sub(SOURCE_REACH).max(1);
    let preposition = (first..end)
        .rev()
        .take_while(|&j| plain(j))
        .find(|&j| src.post_modifiers.match_at(s.from(j)).is_some() && src.nouns.contains_word(s.w(j - 1)))?;
    let start = name_phrase_start(s, preposition);
    opens_clause(s, start).then_some(start)
}

/// Back from a name or source noun over names, source nouns, modifiers and
/// possessors, then one determiner: "a U.S. senior official", "France's
/// foreign minister Laurent Fabius", "the governor's office".
fn name_phrase_start(s: &Sent, end: usize) -> usize {
    let mut start = end - 1;
    // A particle, or a run of them ("von der"), right after a name word.
    let particle = |j: usize| {
        let before = (0..j).rev().find(|&i| !is_particle(s, i));
        is_particle(s, j) && before.is_some_and(|i| s.is_word(i) && is_name_word(s.w(i)))
    };
    loop {
        if start > 0
            && s.is_word(start - 1)
            && (source_word(s, start - 1) || particle(start - 1) || is_possessive(s.w(start - 1)))
        {
            start -= 1;
        } else if start > 1 && title_period(s, start - 1) {
            start -= 2; // "Gen. Mark Milley"
        } else if start > 1 && plural_possessive(s, start - 1) {
            start -= 2; // "The victims' families": the lexer leaves the mark apart
        } else if let Some(name) = name_joined_at(s, start) {
            start = name; // "the Bank of England", "Gunness of the UN Relief and Works Agency"
        } else {
            break;
        }
    }
    // "report that Miami-Dade police announced": "that" after a cue opens
    // the reported clause; it is no determiner of the source.
    let cues = &s.rules.cues;
    let opens_report =
        |j: usize| s.is(&cues.complementizers, j) && j > 0 && s.is_word(j - 1) && s.is(&cues.verbs, j - 1);
    if start > 0 && s.is_word(start - 1) && s.is(&s.rules.sources.determiners, start - 1) && !opens_report(start - 1) {
        start -= 1;
    }
    start
}

/// The capitalised word before a joining word that ends at the name word
/// `start`: "Bank [of] England", "Relief [and] Works", "Gunness [of the]
/// UN". A name of a name, an organisation of two, a person of one.
fn name_joined_at(s: &Sent, start: usize) -> Option<usize> {
    let name = |k: usize| s.is_word(k) && is_name_word(s.w(k)) && !s.rules.sources.not_names.contains(s.w(k));
    let joiner = |k: usize| s.is_word(k) && matches!(s.w(k), "of" | "and" | "&");
    let before = match start.checked_sub(1)? {
        the if s.w(the) == "the" && the > 0 && s.w(the - 1) == "of" => the - 1,
        j => j,
    };
    (name(start) && before > 0 && joiner(before) && name(before - 1)).then(|| before - 1)
}

/// A determiner and up to three plain words before the cue: "His father",
/// "The authors", "a recent poll", "The report's authors".
fn common_noun_phrase_start(s: &Sent, end: usize) -> Option<usize> {
    let det =
        |j: usize| s.is_word(j) && (s.is(&s.rules.sources.determiners, j) || (is_possessive(s.w(j)) && j + 1 < end));
    let plain = |j: usize| s.is_word(j) && !is_function_word(s, j) && !s.is(&s.rules.cues.verbs, j);
    let mut j = end - 1;
    if !plain(j) {
        return None;
    }
    for _ in 0..4 {
        // "But media have said", "Critics say": a bare plural opening its clause.
        let clause_edge = j == 0 || !s.is_word(j - 1) || s.is(&s.rules.cues.clause_openers, j - 1);
        if clause_edge && j == end - 1 && fold(s.w(j)).ends_with(['s', 'a']) {
            return Some(j);
        }
        if j == 0 {
            return None;
        }
        j -= 1;
        if det(j) {
            let starts_det = j > 0 && s.is_word(j - 1) && s.is(&s.rules.sources.determiners, j - 1);
            let start = if starts_det { j - 1 } else { j };
            // The phrase must open its clause: in "those watching the video
            // noted", "the video" is an object, not the subject.
            return opens_clause(s, start).then_some(start);
        }
        if !plain(j) {
            return None;
        }
    }
    None
}

/// "Malaysia's Prime Minister, Najib Razak said": a title phrase before the
/// name, set off by a comma, belongs to the source.
fn title_before_name(s: &Sent, start: usize) -> Option<usize> {
    if start < 2 || !s.is_comma(start - 1) || !is_capitalized(s.w(start)) {
        return None;
    }
    let head = start - 2;
    let title = s.is_word(head) && s.is(&s.rules.sources.nouns, head);
    // "In a statement, Governor ... said": the noun is a preposition's object.
    let object = |p: usize| p > 0 && s.is_word(p - 1) && s.is(&s.rules.cues.not_content_openers, p - 1);
    title.then(|| name_phrase_start(s, head + 1)).filter(|&p| !object(p))
}

/// Given the comma at `comma` just before a cue, find the comma that opens an
/// appositive after a name and return the token index after the name:
/// "Khaled Al-Maeena, editor at large at the Saudi Gazette, said", "Cynthia
/// Thompson, curator of exhibits at the University of Arkansas, Fayetteville,
/// said". With no such comma, a short clause that opens with a name is the
/// source: "Lydia Buchtmann for Food Standards Australia, says".
fn skip_appositive(s: &Sent, comma: usize) -> Option<Appositive> {
    let commas: Vec<usize> = (comma.saturating_sub(30)..comma).rev().filter(|&j| s.is_comma(j)).take(4).collect();
    if let Some(&open) = commas.first() {
        if let Some(name) = name_after_title(s, open, comma) {
            return Some(Appositive::Named { phrase: name_phrase_start(s, open), name, comma });
        }
    }
    if let Some(&open) = commas.iter().find(|&&open| is_appositive(s, open, comma)) {
        return Some(Appositive::After(before_age(s, open)));
    }
    let start = commas.first().map_or(0, |&c| c + 1);
    let named = start < comma && s.is_word(start) && source_head(s, start) && comma - start <= 12;
    let plain = (start..comma).all(|j| !s.is_word(j) || !s.is(&s.rules.cues.verbs, j));
    (named && plain && start == 0).then_some(Appositive::Whole(start, comma))
}

/// "A White House spokesman, Tom Reed, said": a name set off by commas
/// after a source noun names the speaker. Returns the name's first token.
fn name_after_title(s: &Sent, open: usize, close: usize) -> Option<usize> {
    let name = open + 1;
    let words = close.checked_sub(name)?;
    let all_names = (name..close).all(|j| s.is_word(j) && is_name_word(s.w(j)) && !s.is(&s.rules.sources.nouns, j));
    let after_title = open > 0 && s.is_word(open - 1) && s.rules.sources.nouns.contains_word(s.w(open - 1));
    ((2..=4).contains(&words) && all_names && after_title && !is_capitalized(s.w(open - 1))).then_some(name)
}

/// What stands between a source and its cue.
enum Appositive {
    /// The name ends before this comma.
    After(usize),
    /// The source is these tokens: a short clause opening with a name.
    Whole(usize, usize),
    /// "his father, Rick Zamarripa,": the speaker is the name (`name` to
    /// `comma`), and the phrase naming them starts at `phrase`.
    Named { phrase: usize, name: usize, comma: usize },
}

/// Is `open..close` (two commas) an appositive after the name before `open`?
fn is_appositive(s: &Sent, open: usize, close: usize) -> bool {
    let opener = open + 1;
    // "Maria Lopez, 45, said": the speaker's age.
    if age_after_name(s, open, close) {
        return true;
    }
    // "Smith, 45, who was shot, said": the clause follows the age.
    let open = before_age(s, open);
    if opener >= close || !s.is_word(opener) || open == 0 || !s.is_word(open - 1) {
        return false;
    }
    // "The company, which declined to comment, said": a relative clause on
    // the source.
    let relative = match fold(s.w(opener)).as_str() {
        "who" => true,
        "which" => source_head(s, open - 1),
        _ => false,
    };
    if s.is(&s.rules.cues.clause_openers, opener) && !relative {
        return false; // ", and Chairman of ...": the list goes on
    }
    if s.is(&s.rules.sources.appositive_openers, opener) {
        return true;
    }
    // ", in remarks to al-Ikhbariya television,": a prepositional aside.
    if s.is(&s.rules.cues.adjuncts, opener) && source_head(s, open - 1) && close - opener <= 12 {
        return true;
    }
    let after_name = source_head(s, open - 1) && !is_possessive(s.w(open - 1));
    let words = || (opener..close).filter(|&j| s.is_word(j));
    let no_cue = words().all(|j| !s.is(&s.rules.cues.verbs, j));
    let titled = words().any(|j| s.is(&s.rules.sources.nouns, j));
    let acronym = close - opener <= 2 && words().all(|j| s.w(j).chars().all(|c| c.is_uppercase() || c == '.'));
    after_name && no_cue && close - opener <= 25 && (!is_capitalized(s.w(opener)) || titled || acronym)
}

/// Is `open..close` (two commas) an age set off after a name: "Maria
/// Lopez[,] 45[,]"?
fn age_after_name(s: &Sent, open: usize, close: usize) -> bool {
    let age = close == open + 2 && s.toks[open + 1].kind == TokenKind::Number;
    age && open > 0 && s.is_word(open - 1) && source_head(s, open - 1)
}

/// The comma before an age set off after a name, when `open` is the comma
/// after it ("Smith[,] 45[,] who"); else `open`.
fn before_age(s: &Sent, open: usize) -> usize {
    let age = open >= 2 && s.is_comma(open - 2) && age_after_name(s, open - 2, open);
    if age {
        open - 2
    } else {
        open
    }
}

/// "those watching the video noted that ...": with "that" after the cue, the
/// subject is the clause back to the last comma, if it is short and not "it".
fn subject_before_that(s: &Sent, k: usize, after: usize) -> Option<(usize, Span)> {
    let that = after < s.toks.len() && s.rules.cues.complementizers.match_at(s.from(after)).is_some();
    let weak = !that && !opens_quote_at(s, after);
    if weak && !looks_like_clause(s, after) {
        return None;
    }
    let end = before_auxiliaries(s, k);
    let start = (0..end).rev().find(|&j| !s.is_word(j)).map_or(0, |j| j + 1);
    if !(2..=16).contains(&end.saturating_sub(start)) {
        return None;
    }
    let first = fold(s.w(start));
    let expletive = matches!(first.as_str(), "it" | "there" | "this" | "which" | "who" | "that" | "what" | "you");
    // "I was basically hauled in and told that": a clause, not a subject;
    // nor is "Police said the gunman" before "shouted".
    // Nor "The number of" before "confirmed cases rose": a subject ends
    // in its noun, not a function word.
    let clausal = (start..end).any(|j| s.is(&s.rules.cues.auxiliaries, j) || s.is(&s.rules.cues.verbs, j))
        || s.is(&s.rules.cues.clause_openers, end - 1)
        || with_folded(s.w(end - 1), is_grammar_word);
    // With only the clause test to go on, the subject must look like one:
    // "A new study ... has revealed many are ...", not "Citing privacy rules".
    let subject_like = !weak || {
        let w = s.w(start);
        let opens = s.rules.sources.determiners.contains_word(w)
            || (is_capitalized(w) && !s.rules.sources.not_names.contains(w));
        let inside_ok = (start..end).all(|j| !s.is_word(j) || !s.is(&s.rules.cues.clause_openers, j));
        opens && !ends_with_ci(w, "ing") && inside_ok && start == 0
    };
    (!expletive && !clausal && subject_like).then(|| (start, s.span_of(start, end)))
}

/// A source phrase starting at token k: "the Times", "Hugh Hill", "a NBC
/// report". With `lower_ok`, lower-case nouns may head it ("reporters").
fn np_after(s: &Sent, k: usize, lower_ok: bool) -> Option<(usize, Span)> {
    let src = &s.rules.sources;
    let mut j = k;
    if j < s.toks.len() && s.is_word(j) && s.is(&src.determiners, j) {
        j += 1;
    }
    let first = j;
    while j < s.toks.len() && s.is_word(j) && (source_word(s, j) || (lower_ok && j == first && !is_function_word(s, j)))
    {
        j += 1;
        // "Col. Steve Warren", "Sen. Chris Murphy": a title's period.
        if title_period(s, j) {
            j += 1;
        }
        // "Secretary of State", "spokesperson for the company"
        if j + 1 < s.toks.len() && is_any(s.w(j), &["of", "for"]) && s.is_word(j + 1) && is_capitalized(s.w(j + 1)) {
            j += 1;
        }
        // "Bill de Blasio", "Ursula von der Leyen": particles inside a name.
        j = past_particles(s, j);
    }
    if j == first || !(first..j).any(|i| source_head(s, i) || (lower_ok && s.is_word(i))) {
        return None;
    }
    Some((j, s.span_of(k, j)))
}

/// Is token `j` a name particle ([sources] name_particles: "de", "von")?
fn is_particle(s: &Sent, j: usize) -> bool {
    s.is_word(j) && s.is(&s.rules.sources.name_particles, j)
}

/// Past a run of name particles at `j` that a name word follows ("de
/// Blasio", "von der Leyen"); else `j`.
fn past_particles(s: &Sent, j: usize) -> usize {
    let mut end = j;
    while end < s.toks.len() && is_particle(s, end) {
        end += 1;
    }
    let name_follows = end > j && end < s.toks.len() && s.is_word(end) && is_name_word(s.w(end));
    if name_follows {
        end
    } else {
        j
    }
}

/// Is token `j` the period of a title abbreviation ("Col. Steve", "Dr.
/// Jane"; such words never end a sentence, [segment] never_final) or of a
/// middle initial ("Robert L. Wilkins"), glued to it, with a name after it?
fn title_period(s: &Sent, j: usize) -> bool {
    let glued = j > 0 && j + 1 < s.toks.len() && s.toks[j - 1].end() == s.toks[j].start();
    let before = if j > 0 { s.w(j - 1) } else { "" };
    let initial = before.len() == 1 && before.bytes().all(|b| b.is_ascii_uppercase());
    glued
        && s.is_punct(j, &['.'])
        && s.is_word(j + 1)
        && is_name_word(s.w(j + 1))
        && (initial || s.rules.segment.never_final.contains(fold(before).as_str()))
}

/// Is token `j` the apostrophe of a plural possessive, glued to a word
/// ending in "s" ("victims'"), with a word after it?
fn plural_possessive(s: &Sent, j: usize) -> bool {
    let glued = j > 0 && s.toks[j - 1].end() == s.toks[j].start();
    glued && s.is_punct(j, &['\'', '’']) && s.is_word(j - 1) && ends_with_ci(s.w(j - 1), "s") && s.is_word(j + 1)
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

fn is_function_word(s: &Sent, k: usize) -> bool {
    with_folded(s.w(k), |w| is_grammar_word(w) || s.rules.cues.adjuncts.contains_word(w))
}

/// An article, a preposition, a conjunction or a form of "be" (`folded`):
/// never the last word of a noun phrase.
fn is_grammar_word(folded: &str) -> bool {
    matches!(
        folded,
        "that" | "the" | "a" | "an" | "to" | "in" | "on" | "of" | "and" | "it" | "is" | "was" | "are" | "were"
    )
}

/// Cut each claim's content where a later attribution in the same sentence
/// begins: "Fabius said X, said the Guardian" gives Fabius only X.
fn cut_contents(text: &str, found: &mut [Found], quotes: &[Quote]) {
    // An attribution inside a quotation ("... I think ...") cuts nothing.
    let quoted = |a: usize| inside_quote(quotes, a);
    let starts: Vec<usize> =
        found.iter().map(|f| if quoted(f.attr_start) { usize::MAX } else { f.attr_start }).collect();
    for (i, f) in found.iter_mut().enumerate() {
        let c = f.claim.content;
        let later = starts.iter().enumerate().filter(|&(j, &a)| j != i && a > c.start() && a < c.end());
        if let Some((_, &cut)) = later.min_by_key(|&(_, &a)| a) {
            let kept = text[c.start()..cut].trim_end();
            f.claim.content = Span::new(c.start(), c.start() + kept.len());
        }
    }
}

/// Is byte `a` between the marks of a quote? Quotes come in text order and
/// never overlap, so only the last one opening before `a` can hold it.
fn inside_quote(quotes: &[Quote], a: usize) -> bool {
    let k = quotes.partition_point(|q| q.inner.start() <= a);
    k > 0 && a < quotes[k - 1].inner.end()
}

/// Quotes that fill their sentences and have no cue of their own belong to
/// the speaker of the claim just before them, in the same paragraph or at
/// the end of the previous one.
fn follow_on_quotes(text: &str, segments: &Segments, quotes: &[Quote], claims: &[Claim]) -> Vec<Claim> {
    let covered = Holders::new(claims.iter().map(Claim::span));
    // The outermost claim of the latest sentence before a quote speaks next:
    // in "Heald noted the findings show ...", Heald, not the findings.
    let speaker_key = |c: &Claim| (c.sentence, c.span().len());
    let mut by_key: Vec<usize> = (0..claims.len()).collect();
    by_key.sort_by_key(|&i| speaker_key(&claims[i]));
    let mut out: Vec<Claim> = Vec::new();
    // Follow-on claims start at their quotes, in text order: one reach covers them.
    let mut out_reach = 0;
    for q in quotes {
        if covered.any_overlapping(q.span) || out_reach > q.span.start() {
            continue;
        }
        let Some((first, last)) = sentences_filled_by(text, segments, q) else { continue };
        let para = segments.sentences[first].paragraph;
        let before = by_key.partition_point(|&i| (claims[i].sentence as usize) < first);
        let from_claims = before.checked_sub(1).map(|p| &claims[by_key[p]]);
        let from_out = out.iter().rev().find(|c| (c.sentence as usize) < first);
        // On a tie the later one in the article wins.
        let prev = match (from_claims, from_out) {
            (Some(c), Some(o)) if speaker_key(c) > speaker_key(o) => Some(c),
            (c, None) => c,
            (_, o) => o,
        };
        let Some(prev) = prev else { continue };
        let prev_para = segments.sentences[prev.sentence as usize].paragraph;
        let adjacent =
            prev_para == para || (prev_para + 1 == para && segments.paragraphs[para].first_sentence == first);
        if !adjacent {
            continue;
        }
        let inherited = prev.source.map(|s| s.text(text).to_string()).unwrap_or_else(|| prev.source_text.to_string());
        out.push(Claim {
            kind: ClaimKind::Direct,
            source: None,
            source_text: collapse_space(&inherited).into(),
            antecedent: prev.source.or(prev.antecedent),
            canonical_source: "".into(),
            cue: None,
            cue_word: None,
            content: Span::new(q.span.start(), segments.sentences[last].span.end().max(q.span.end())),
            channel: None,
            parent: None,
            sentence: first as u32,
        });
        out_reach = out_reach.max(segments.sentences[last].span.end().max(q.span.end()));
    }
    out
}

/// The first and last sentence a quote fills, when it starts a sentence and
/// ends one (its own punctuation aside).
fn sentences_filled_by(text: &str, segments: &Segments, q: &Quote) -> Option<(usize, usize)> {
    let sentences = &segments.sentences;
    let first = sentences.binary_search_by_key(&q.span.start(), |s| s.span.start()).ok()?;
    let last_char = Span::new(q.span.end().saturating_sub(1), q.span.end());
    let last = sentences.partition_point(|s| s.span.start() <= last_char.start()).checked_sub(1)?;
    sentences[last].span.contains(last_char).then_some(())?;
    let tail = &text[q.span.end()..segments.sentences[last].span.end()];
    tail.chars().all(|c| c.is_ascii_punctuation() || c.is_whitespace()).then_some((first, last))
}

/// Direct when the content is one quote, give or take punctuation.
fn finish_kind(text: &str, c: &mut Claim, quotes: &[Quote]) {
    let content = c.content;
    let from = quotes.partition_point(|q| q.span.start() < content.start());
    let direct = quotes[from..].iter().take_while(|q| q.span.start() <= content.end()).any(|q| {
        let lead = &text[content.start()..q.span.start().max(content.start())];
        let tail = &text[q.span.end().min(content.end())..content.end()];
        q.span.start() >= content.start()
            && q.span.end() <= content.end()
            && lead.trim().is_empty()
            && tail.chars().all(|ch| ch.is_ascii_punctuation() || ch.is_whitespace())
    });
    c.kind = if direct { ClaimKind::Direct } else { ClaimKind::Indirect };
}

/// A claim whose whole span lies inside another's content is nested in it.
fn link_parents(claims: &mut [Claim]) {
    let holders = Holders::new(claims.iter().map(|c| c.content));
    for i in 0..claims.len() {
        let span = claims[i].span();
        claims[i].parent = holders
            .holding(span)
            .filter(|&j| j != i && claims[j].content != claims[i].content)
            .min_by_key(|&j| (claims[j].content.len(), j))
            .map(|j| j as u32);
    }
}

fn collapse_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many claims back an earlier mention or a pronoun's speaker is sought.
const SOURCE_LOOKBACK: usize = 200;
/// How many bytes back a titled name is sought for "he" or "she".
const NAME_LOOKBACK: usize = 5000;

/// Canonical names: outlets by alias, "the Times" and "the official" by an
/// earlier, fuller source in the same article, pronouns by the nearest named
/// speaker.
/// `sentences`: each sentence's tokens, in order.
fn resolve_sources(text: &str, sentences: &[Vec<Token>], claims: &mut [Claim], rules: &Rules) {
    // The document's tokens in one list, made at the first "he" or "she"
    // that looks for a titled name: a document without one needs none.
    let tokens = std::cell::OnceCell::new();
    // An article names its few sources over and over: its claims share one
    // copy of each name.
    let mut names: rustc_hash::FxHashSet<Name> = Default::default();
    let mut share = |name: &str| {
        names.get(name).cloned().unwrap_or_else(|| {
            let name = Name::from(name);
            names.insert(name.clone());
            name
        })
    };
    for i in 0..claims.len() {
        // Earlier mentions and pronouns look back this far, not to the top
        // of a 100,000-claim file.
        let earlier = i.saturating_sub(SOURCE_LOOKBACK)..i;
        let relative = claims[i].source.is_some() && claims[i].source_text.eq_ignore_ascii_case("who");
        let written = match claims[i].antecedent {
            Some(a) if relative => collapse_space(a.text(text)),
            _ => claims[i].source_text.to_string(),
        };
        let mut canonical = canonical_source(text, &written, &claims[earlier.clone()], rules);
        // Only a definite description of one person: "the doctor", not
        // "Police" (whose chief's appositive may say "police").
        let definite = written.get(..4).is_some_and(|the| the.eq_ignore_ascii_case("the "));
        let one_word = canonical == strip_determiner(&written) && !canonical.contains(' ') && canonical.len() > 2;
        if definite && one_word && !rules.sources.organisation_words.contains_word(&canonical) {
            canonical = described_earlier(text, &canonical, &claims[earlier.clone()]).unwrap_or(canonical);
        }
        if let (Some(src), Some(gender)) = (claims[i].source, pronoun_gender(&written)) {
            let tokens = tokens.get_or_init(|| sentences.concat());
            let nearer = nearer_titled_name(text, tokens, src.start(), gender, &claims[earlier], rules);
            canonical = nearer.unwrap_or(canonical);
        }
        claims[i].canonical_source = share(&canonical);
        claims[i].source_text = share(&claims[i].source_text.clone());
    }
}

/// For "he"/"she": a titled name mentioned after the last quoted speaker is
/// nearer ("Mr. Trump praised the police. 'These acts are despicable,' he
/// said." is Trump, not the witness quoted before).
/// `tokens`: the document's.
fn nearer_titled_name(
    text: &str,
    tokens: &[Token],
    before: usize,
    gender: Gender,
    earlier: &[Claim],
    rules: &Rules,
) -> Option<String> {
    let mut window = before.saturating_sub(NAME_LOOKBACK);
    while !text.is_char_boundary(window) {
        window -= 1;
    }
    let last_speaker = earlier
        .iter()
        .filter_map(|c| c.source.map(|s| s.end()))
        .filter(|&e| e <= before)
        .max()
        .unwrap_or(0)
        .max(window);
    let titled = nearest_titled_name(text, within(tokens, last_speaker, before), rules)
        .filter(|(_, _, named)| named.is_none_or(|g| g == gender))
        .map(|(at, name, _)| (at, name));
    let fits = |name: &str| known_gender(text, name, earlier, rules).is_none_or(|g| g == gender);
    let opening = speaker_opening_a_sentence(text, last_speaker, before, earlier, rules).filter(|(_, n)| fits(n));
    let (at, name) = titled.into_iter().chain(opening).max_by_key(|(at, _)| *at)?;
    (at >= last_speaker).then_some(name)
}

/// The last sentence in `text[from..to]` that opens with the surname of a
/// person quoted earlier ("Trump spent most of his speech ..."): where,
/// and that person's name. The subject of a sentence after the last quoted
/// speaker is the nearer "he".
fn speaker_opening_a_sentence(
    text: &str,
    from: usize,
    to: usize,
    earlier: &[Claim],
    rules: &Rules,
) -> Option<(usize, String)> {
    let window = text.get(from..to)?;
    let mut best: Option<(usize, String)> = None;
    // An article quotes its few people again and again: each is looked
    // for once, and the first to open the latest sentence wins as before.
    let mut seen: Vec<&str> = Vec::new();
    for c in earlier {
        let name = c.canonical_source.as_ref();
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        if !names_a_person(name, rules) {
            continue;
        }
        let Some(surname) = name.split_whitespace().last() else { continue };
        let opens_sentence = |at: usize| {
            let before = window[..at].trim_end_matches([' ', '\t']);
            let after = &window[at + surname.len()..];
            let ends_word = !after.starts_with(char::is_alphanumeric);
            ends_word && (before.is_empty() || before.ends_with(['\n', '.', '!', '?']))
        };
        let at = window.match_indices(surname).map(|(at, _)| at).filter(|&at| opens_sentence(at)).last();
        if let Some(at) = at.filter(|&at| best.as_ref().is_none_or(|(b, _)| from + at > *b)) {
            best = Some((from + at, c.canonical_source.to_string()));
        }
    }
    best
}

/// The tokens that lie within `text[from..to]`.
fn within(tokens: &[Token], from: usize, to: usize) -> &[Token] {
    let first = tokens.partition_point(|t| t.start() < from);
    let end = tokens.partition_point(|t| t.end() <= to);
    &tokens[first..end.max(first)]
}

/// The last titled name ("Mr. Trump", "President Obama", "Senator Lisa
/// Murkowski") among `toks`: its offset, its words after the title, and
/// the gender its title says.
fn nearest_titled_name(text: &str, toks: &[Token], rules: &Rules) -> Option<(usize, String, Option<Gender>)> {
    let src = &rules.sources;
    let title = |t: &Token| {
        t.kind == TokenKind::Word
            && is_capitalized(t.text(text))
            && (src.masculine.contains_token(text, t)
                || src.feminine.contains_token(text, t)
                || src.nouns.contains_token(text, t))
    };
    let mut best = None;
    for (k, t) in toks.iter().enumerate().filter(|(_, t)| title(t)) {
        let mut j = k + 1;
        if toks.get(j).is_some_and(|d| d.text(text) == ".") {
            j += 1;
        }
        let name: Vec<&str> = toks[j..]
            .iter()
            .take_while(|n| {
                n.kind == TokenKind::Word && is_name_word(n.text(text)) && !src.not_names.contains(n.text(text))
            })
            .map(|n| n.text(text))
            .collect();
        if !name.is_empty() {
            let w = t.text(text);
            let gender = if src.masculine.contains_word(w) {
                Some(Gender::Masculine)
            } else if src.feminine.contains_word(w) {
                Some(Gender::Feminine)
            } else {
                None
            };
            best = Some((t.start(), name.join(" "), gender));
        }
    }
    best
}

fn canonical_source(text: &str, written: &str, earlier: &[Claim], rules: &Rules) -> String {
    let src = &rules.sources;
    let bare = strip_determiner(written);
    if src.pronouns.contains_word(&bare) {
        return resolve_pronoun(text, &bare, earlier, rules).unwrap_or(bare);
    }
    if bare.len() < written.len() || !bare.contains(' ') {
        let last = fold(bare.rsplit(' ').next().unwrap_or(&bare));
        let last = last.trim_end_matches('s');
        let fuller = earlier.iter().rev().map(|c| c.canonical_source.as_ref()).find(|c| {
            c.len() > bare.len()
                && c.rsplit(' ').next().is_some_and(|l| with_folded(l, |l| l.trim_end_matches('s') == last))
        });
        if let Some(f) = fuller {
            return f.to_string();
        }
    }
    outlet_name(written, rules).or_else(|| outlet_name(&bare, rules)).unwrap_or(bare)
}

/// How far an appositive may reach from a name to its noun: "Ema Suryani,
/// a doctor at a health clinic".
const APPOSITIVE_REACH: usize = 80;

/// "the doctor" after "Ema Suryani, a doctor at a health clinic, told
/// AFP": the nearest earlier speaker whose appositive (after the name, or
/// before it: "his father, Rick Zamarripa") has the noun.
fn described_earlier(text: &str, noun: &str, earlier: &[Claim]) -> Option<String> {
    let has_noun = |part: &str| part.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(noun));
    let after = |span: Span| {
        let rest = &text[span.end()..];
        let rest = rest.strip_prefix(',')?;
        let clause = rest.split([',', '.', ';']).next()?;
        (clause.len() <= APPOSITIVE_REACH).then_some(clause)
    };
    let before = |span: Span| {
        let head = text[..span.start()].trim_end().strip_suffix(',')?;
        let mark = head.rfind([',', '.', ';', '"', '“', '”']);
        let from = mark.map_or(0, |p| p + head[p..].chars().next().map_or(1, char::len_utf8));
        let clause = &head[from..];
        (clause.len() <= APPOSITIVE_REACH).then_some(clause)
    };
    earlier.iter().rev().filter(|c| c.canonical_source.contains(' ')).find_map(|c| {
        let span = c.source?;
        let described = after(span).is_some_and(has_noun) || before(span).is_some_and(has_noun);
        described.then(|| c.canonical_source.to_string())
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Gender {
    Masculine,
    Feminine,
}

/// The gender a pronoun asks for; None for "they", "we", "I".
fn pronoun_gender(pronoun: &str) -> Option<Gender> {
    match fold(pronoun).as_str() {
        "he" => Some(Gender::Masculine),
        "she" => Some(Gender::Feminine),
        _ => None,
    }
}

/// What an article has shown of a speaker's gender: the words of its source
/// phrases ("Ms Bauchtman", "spokeswoman"), the pronouns already resolved
/// to it, and the pronoun its own reported speech opens with ("Smith said
/// he saw the shooter": in reported speech that is the speaker).
fn known_gender(text: &str, name: &str, earlier: &[Claim], rules: &Rules) -> Option<Gender> {
    let src = &rules.sources;
    let words = |text: &str| -> Option<Gender> {
        text.split_whitespace().find_map(|w| {
            if src.masculine.contains_word(w) {
                Some(Gender::Masculine)
            } else if src.feminine.contains_word(w) {
                Some(Gender::Feminine)
            } else {
                None
            }
        })
    };
    let speaks_of_self = |c: &Claim| {
        let first = c.content.text(text).split_whitespace().next()?;
        pronoun_gender(first).filter(|_| c.kind == ClaimKind::Indirect)
    };
    let by_name = earlier.iter().filter(|c| &*c.canonical_source == name);
    by_name
        .clone()
        .find_map(|c| words(&c.source_text))
        .or_else(|| by_name.rev().find_map(speaks_of_self))
        .or_else(|| words(name))
}

/// The nearest earlier named speaker a pronoun can refer to.
fn resolve_pronoun(text: &str, pronoun: &str, earlier: &[Claim], rules: &Rules) -> Option<String> {
    let wanted = pronoun_gender(pronoun);
    let named = |c: &&Claim| {
        let name = c.canonical_source.as_ref();
        if wanted.is_some() {
            names_a_person(name, rules)
        } else {
            is_named(name, rules)
        }
    };
    earlier
        .iter()
        .rev()
        .filter(named)
        .find(|c| match (wanted, known_gender(text, &c.canonical_source, earlier, rules)) {
            (Some(w), Some(g)) => w == g,
            _ => true,
        })
        .map(|c| c.canonical_source.to_string())
}

/// A source by name, not by pronoun ("Obama", "Reuters", not "they").
fn is_named(name: &str, rules: &Rules) -> bool {
    is_capitalized(name) && !rules.sources.pronouns.contains_word(name)
}

/// A name a "he" or "she" can stand for: no organisation, and no group
/// capitalised only to open a sentence ("Witnesses said ...", "Police
/// said ...").
fn names_a_person(name: &str, rules: &Rules) -> bool {
    let group = name.split_whitespace().all(|w| rules.sources.nouns.contains_word(w));
    is_named(name, rules) && !is_organisation(name, rules) && !group
}

/// An outlet ("Agence France-Presse") or a name ending in an organisation
/// word ("US Geological Survey"): not a "he" or a "she".
fn is_organisation(name: &str, rules: &Rules) -> bool {
    let last = name.split_whitespace().last().unwrap_or(name);
    outlet_name(name, rules).is_some() || rules.sources.organisation_words.contains_word(last)
}

/// The outlet a name or alias stands for, when it is all of `name`.
pub fn outlet_name(name: &str, rules: &Rules) -> Option<String> {
    let m = rules.sources.outlets.match_at(name)?;
    name[m.len..].trim().is_empty().then(|| rules.sources.outlet_names[m.value].clone())
}

/// Drop a leading article: "the official" -> "official", "a U.S. senior
/// official" -> "U.S. senior official". Other determiners carry meaning
/// ("those watching") and stay.
pub(crate) fn strip_determiner(written: &str) -> String {
    match written.split_once(' ') {
        Some((first, rest)) if is_any(first, &["the", "a", "an"]) => rest.to_string(),
        _ => written.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::quotes;
    use crate::segment::segment;

    /// (source, cue, content, channel, canonical) for each claim.
    fn read(text: &str) -> Vec<(String, String, String, String, String)> {
        let rules = Rules::builtin().unwrap();
        let seg = segment(text, &rules.segment);
        let q = quotes(text, &seg);
        let tokens: Vec<_> =
            seg.sentences.iter().map(|s| crate::words::tokenize(s.span.text(text), s.span.start())).collect();
        claims(text, &seg, &tokens, &q, &rules)
            .iter()
            .map(|c| {
                (
                    c.source_text.to_string(),
                    c.cue.map_or(String::new(), |s| s.text(text).to_string()),
                    c.content.text(text).to_string(),
                    c.channel.map_or(String::new(), |s| s.text(text).to_string()),
                    c.canonical_source.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn source_cue_content_with_that() {
        let c = read("The Daily Mail reports that Barack Obama and Vladimir Putin were seen getting cozy.");
        assert_eq!(c.len(), 1);
        assert_eq!((c[0].0.as_str(), c[0].1.as_str()), ("The Daily Mail", "reports"));
        assert_eq!(c[0].2, "Barack Obama and Vladimir Putin were seen getting cozy.");
        assert_eq!(c[0].4, "Daily Mail");
    }

    #[test]
    fn a_word_that_says_nothing_alone_is_content_only_before_a_clause() {
        for text in ["Osama bin Laden said nothing.", "He said so.", "The mayor said little about the plan."] {
            assert_eq!(read(text), vec![], "{text}");
        }
        let contents = |text: &str| read(text).into_iter().map(|c| c.2).collect::<Vec<_>>();
        assert_eq!(contents("She said nothing would change."), ["nothing would change."]);
        assert_eq!(contents("Police said much of the city was destroyed."), ["much of the city was destroyed."]);
        assert_eq!(contents("Officials said more than 100 people died."), ["more than 100 people died."]);
    }

    #[test]
    fn wire_attributions_with_a_day_a_possessor_or_a_count() {
        let claim = source_and_content;
        let pair = |s: &str, c: &str| (s.to_string(), c.to_string());
        assert_eq!(claim("The gunman fled, officials said Sunday."), pair("officials", "The gunman fled,"));
        assert_eq!(
            claim("Police said Friday morning that two men were arrested."),
            pair("Police", "two men were arrested.")
        );
        assert_eq!(
            claim("The governor's office said the roads would reopen."),
            pair("The governor's office", "the roads would reopen.")
        );
        assert_eq!(
            claim("\"It was terrifying,\" said one witness, who asked not to be named."),
            pair("one witness", "\"It was terrifying,\"")
        );
        assert_eq!(claim("News outlets report that Miami-Dade police announced it.").0, "News outlets");
        assert_eq!(read("Trump announced Friday a short-term plan that will reopen the government."), vec![]);
    }

    #[test]
    fn sources_with_a_post_modifier_or_a_relative_clause() {
        let claim = |text: &str| {
            let c = read(text);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            (c[0].0.clone(), c[0].2.clone(), c[0].3.clone())
        };
        let (source, content, channel) =
            claim("A source familiar with the matter told CNN that the talks had stalled.");
        assert_eq!(
            (source.as_str(), content.as_str(), channel.as_str()),
            ("A source familiar with the matter", "the talks had stalled.", "CNN")
        );
        let (source, _, channel) =
            claim("Officials at the scene told The Associated Press that at least 30 people had died.");
        assert_eq!((source.as_str(), channel.as_str()), ("Officials at the scene", "The Associated Press"));
        let text = "Two people with knowledge of the plan, who spoke on condition of anonymity, said it would be announced Monday.";
        assert_eq!(claim(text).0, "Two people with knowledge of the plan");
        let text = "The company, which declined to comment, said in a statement that profits fell.";
        assert_eq!(claim(text).0, "The company");
        assert_eq!(claim("The death toll rose to 45, state media reported.").0, "state media");
        let text = "The victims' families, in a joint statement, said they were devastated.";
        assert_eq!(claim(text).0, "The victims' families");
        assert_eq!(claim("The minister was quoted as saying that the army would withdraw.").0, "The minister");
    }

    /// (source, content) of the one claim of `text`.
    fn source_and_content(text: &str) -> (String, String) {
        let c = read(text);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        (c[0].0.clone(), c[0].2.clone())
    }

    #[test]
    fn a_participle_cue_speaks_for_the_subject_of_its_clause() {
        let pair = |s: &str, c: &str| (s.to_string(), c.to_string());
        let cases = [
            (
                "The company denied the allegations, saying it had always complied.",
                "The company",
                "it had always complied.",
            ),
            (
                "Police arrested the man on Friday, saying he had fired at officers.",
                "Police",
                "he had fired at officers.",
            ),
            (
                "The ministry issued a statement, warning that the storm could bring floods.",
                "The ministry",
                "the storm could bring floods.",
            ),
            ("He rejected the claim, arguing that the figures were wrong.", "He", "the figures were wrong."),
            (
                "Seabrooks has declined to identify the shooter, saying family members were still being notified.",
                "Seabrooks",
                "family members were still being notified.",
            ),
        ];
        for (text, source, content) in cases {
            assert_eq!(source_and_content(text), pair(source, content), "{text}");
        }
        // A report of its own before the participle: one claim, which holds it.
        let c = read("Obama said the talks were useful, adding that more work was needed.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].2, "the talks were useful, adding that more work was needed.");
    }

    #[test]
    fn an_executive_named_after_a_comma_and_agencies_with_a_field() {
        let cases = [
            ("The chief executive, Jane Morris, said sales would recover.", "Jane Morris"),
            ("The company's chief executive, Jane Morris, said sales would recover.", "Jane Morris"),
            ("The UN human rights office said it had documented cases.", "The UN human rights office"),
            ("The UN's refugee agency said it had documented cases.", "The UN's refugee agency"),
        ];
        for (text, source) in cases {
            assert_eq!(source_and_content(text).0, source, "{text}");
        }
    }

    #[test]
    fn a_relay_citing_its_sources_before_that() {
        let c =
            read("Reuters reported, citing three people familiar with the matter, that the deal was worth $2 billion.");
        let got: Vec<(&str, &str, &str)> = c.iter().map(|c| (c.0.as_str(), c.1.as_str(), c.2.as_str())).collect();
        let content = "the deal was worth $2 billion.";
        assert_eq!(got, [("Reuters", "reported", content), ("three people", "citing", content)]);
    }

    #[test]
    fn a_participle_and_its_agent_belong_to_the_source() {
        let text = "Two soldiers were killed, according to a statement released by the army.";
        let want = ("a statement released by the army", "Two soldiers were killed,");
        assert_eq!(source_and_content(text), (want.0.to_string(), want.1.to_string()));
    }

    #[test]
    fn a_relay_citing_its_sources_gives_them_its_content() {
        let c = read("The agency, citing police sources, said that 14 people had been detained.");
        let pairs: Vec<_> = c.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
        assert_eq!(
            pairs,
            [("The agency", "14 people had been detained."), ("police sources", "14 people had been detained.")]
        );
    }

    #[test]
    fn an_interposed_cue_has_content_on_both_sides() {
        let text = "The attack, police said, was carried out by two men.";
        assert_eq!(source_and_content(text), ("police".to_string(), text.to_string()));
        // A fronted phrase before a speaker who opens a quote is no content.
        let c = read("After the match, Gomez said, \"We have learned a lot from today.\"");
        assert_eq!(c.iter().map(|c| c.2.as_str()).collect::<Vec<_>>(), ["\"We have learned a lot from today.\""]);
    }

    #[test]
    fn a_name_set_off_after_a_title_is_the_speaker() {
        let one = |text: &str| {
            let c = read(text);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            c[0].clone()
        };
        let c = one("A White House spokesman, Tom Reed, said the administration was confident.");
        assert_eq!((c.0.as_str(), c.2.as_str()), ("Tom Reed", "the administration was confident."));
        // After the quote, the title phrase is neither content nor speaker.
        let c = one("\"Patrick would help anybody,\" his father, Rick Zamarripa, said Friday.");
        assert_eq!((c.0.as_str(), c.2.as_str()), ("Rick Zamarripa", "\"Patrick would help anybody,\""));
        // "told AFP" after a quote: AFP is the channel, the name the speaker.
        let c = one("\"We have received around 50 people,\" Ema Suryani, a doctor at a clinic, told AFP.");
        assert_eq!((c.0.as_str(), c.3.as_str()), ("Ema Suryani", "AFP"));
    }

    #[test]
    fn the_title_of_an_earlier_speaker_names_them_again() {
        let c = read(
            "\"Five died,\" Ema Suryani, a doctor at a health clinic in Lampahan city, told AFP. \"Thirty are hurt,\" added the doctor.",
        );
        assert_eq!(c.iter().map(|c| c.4.as_str()).collect::<Vec<_>>(), ["Ema Suryani", "Ema Suryani"]);
        // A source opening with a multi-byte character is read whole.
        assert_eq!(read("CNN’s law enforcement sources said the man fled.")[0].2, "the man fled.");
        // A curly quote mark before the title phrase is no place to cut.
        let c = read("“Five died.” His father, Rick Zamarripa, said it. “Wait,” added the father.");
        assert_eq!(c.last().map(|c| c.4.as_str()), Some("Rick Zamarripa"));
        // "Police" is an organisation, not the chief whose title holds the word.
        let c = read("Col. Michael Edmonson, superintendent of State Police, said it was over. Police said he fled.");
        assert_eq!(c.last().map(|c| c.4.as_str()), Some("Police"));
    }

    #[test]
    fn a_phrase_after_a_reporting_verb_opens_the_reported_clause() {
        let c = read("Police said the gunman shouted \"we will win\" as he fled.");
        assert!(c.iter().any(|c| c.0 == "the gunman" && c.1 == "shouted"), "{c:?}");
        assert!(c.iter().all(|c| !c.0.contains("said")), "{c:?}");
        // An object of a cue that takes one opens nothing: "answered the door".
        let c = read("A woman who answered the door said the family was overwhelmed.");
        assert!(c.iter().all(|c| c.0 != "the door"), "{c:?}");
        // The phrase must open its clause: an object is no speaker.
        let text = "The gunman who attacked officers at the scene said he acted alone.";
        assert!(read(text).iter().all(|c| c.0 != "officers at the scene"), "{:?}", read(text));
    }

    #[test]
    fn content_cue_source_after_comma() {
        let c = read("Russia's air campaign has increased tensions between Obama and Putin, said the Times");
        assert_eq!(c[0].0, "the Times");
        assert_eq!(c[0].2, "Russia's air campaign has increased tensions between Obama and Putin,");
    }

    #[test]
    fn quote_then_source_then_channel() {
        let c = read("\"The Russians certainly understood the importance,\" the official told Reuters.");
        assert_eq!(c.len(), 1);
        assert_eq!((c[0].0.as_str(), c[0].1.as_str(), c[0].3.as_str()), ("the official", "told", "Reuters"));
        assert_eq!(c[0].2, "\"The Russians certainly understood the importance,\"");
    }

    #[test]
    fn a_long_adjunct_after_a_trailing_cue_is_no_content() {
        let c = read("\"We are devastated,\" the family said in a statement released through their lawyer.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!((c[0].0.as_str(), c[0].2.as_str()), ("the family", "\"We are devastated,\""));
    }

    #[test]
    fn a_speakers_age_or_appositive_after_a_quote_is_no_content() {
        for text in [
            "\"It was chaos,\" said Maria Lopez, 45, who witnessed the attack.",
            "\"It was chaos,\" said Maria Lopez, a witness.",
            "\"It was chaos,\" Maria Lopez, 45, said.",
            // A title without an article.
            "\"It was chaos,\" said Maria Lopez, general secretary of the nurses' union.",
            "\"It was chaos,\" said Maria Lopez, spokeswoman for the fire department.",
        ] {
            let c = read(text);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!((c[0].0.as_str(), c[0].2.as_str()), ("Maria Lopez", "\"It was chaos,\""), "{text}");
        }
        // A quote that goes on after the cue is still one content.
        let c = read("\"We are mulling,\" Putin said, \"over what to do.\"");
        assert_eq!(c[0].2, "\"We are mulling,\" Putin said, \"over what to do.\"");
    }

    #[test]
    fn a_source_goes_on_over_its_preposition_to_the_comma() {
        let cases = [
            (
                "According to a statement from the White House, the president was briefed.",
                "a statement from the White House",
                "the president was briefed.",
            ),
            ("The gunman acted alone, according to police in Dallas.", "police in Dallas", "The gunman acted alone,"),
            ("According to police, the gunman fled.", "police", "the gunman fled."),
            ("According to police, who arrived at 3 a.m., the gunman fled.", "police", "the gunman fled."),
        ];
        for (text, source, content) in cases {
            let c = read(text);
            assert_eq!((c[0].0.as_str(), c[0].2.as_str()), (source, content), "{text}");
        }
    }

    /// Each text's first claim has the source as written.
    fn first_sources_are(cases: &[(&str, &str)]) {
        for &(text, source) in cases {
            let c = read(text);
            assert_eq!(c.first().map(|c| c.0.as_str()), Some(source), "{text}: {c:?}");
        }
    }

    #[test]
    fn a_speaker_for_an_organisation_and_names_with_particles() {
        let cases = [
            ("A spokeswoman for the hospital said two patients were hurt.", "A spokeswoman for the hospital"),
            ("Officials in Dallas said the gunman acted alone.", "Officials in Dallas"),
            ("A spokesman for Mayor Bill de Blasio said the city was safe.", "A spokesman for Mayor Bill de Blasio"),
            ("President Ursula von der Leyen said the deal was done.", "President Ursula von der Leyen"),
            ("The governor of Louisiana said the attack was unjustified.", "The governor of Louisiana"),
            ("\"It's a tragedy,\" said Mayor Bill de Blasio.", "Mayor Bill de Blasio"),
        ];
        first_sources_are(&cases);
    }

    /// A modal where none can stand is a name: "Theresa May told", "Dan
    /// May has said"; "officials may say" keeps its modal.
    #[test]
    fn a_modal_before_an_inflected_cue_is_a_name() {
        let cases = [
            ("Prime Minister Theresa May told parliament the deal was dead.", "Prime Minister Theresa May"),
            ("District Attorney Dan May has said the charges stand.", "District Attorney Dan May"),
            ("Officials may say the plan failed.", "Officials"),
            ("Officials will also say the plan failed.", "Officials"),
        ];
        first_sources_are(&cases);
    }

    #[test]
    fn names_joined_by_of_and_and_an_acronym_in_brackets() {
        let cases = [
            ("The Bank of England said inflation would fall.", "The Bank of England"),
            (
                "The Federal Bureau of Investigation (FBI) said the suspect acted alone.",
                "The Federal Bureau of Investigation",
            ),
            (
                "The World Health Organisation (WHO) recommends that all salt be iodised.",
                "The World Health Organisation",
            ),
            ("Sen. Bill Nelson of Florida said the gunman carried a military ID.", "Sen. Bill Nelson of Florida"),
            ("CNN and NBC reported that a package was found in California.", "CNN and NBC"),
            // A source noun after a preposition is no title: the speaker is Obama.
            ("At the White House, Obama said there was no justification.", "Obama"),
        ];
        first_sources_are(&cases);
    }

    #[test]
    fn a_titles_or_an_initials_period_stays_in_the_source() {
        let cases = [
            ("\"There is no evidence,\" said Col. Steve Warren, a Pentagon spokesman.", "Col. Steve Warren"),
            ("\"It is over,\" Gen. Mark Milley told reporters.", "Gen. Mark Milley"),
            ("Dr. Jane Smith said the patient was stable.", "Dr. Jane Smith"),
            (
                "U.S. District Judge Robert L. Wilkins said the plea was accepted.",
                "U.S. District Judge Robert L. Wilkins",
            ),
        ];
        first_sources_are(&cases);
    }

    #[test]
    fn he_is_the_quoted_person_who_opens_the_sentence_before() {
        let text = "\"I will sign it,\" Trump said. \"The solution was to separate the issues,\" Schumer said.\n\n\
                    Trump spent most of his speech on the border.\n\n\"We have no choice,\" he said.";
        let c = read(text);
        assert_eq!(c.last().map(|c| c.4.as_str()), Some("Trump"), "{c:?}");
        // Named inside what the last speaker said, a person is not the subject.
        let text = "\"I will sign it,\" Trump said. Schumer said Trump was wrong.\n\n\"We have no choice,\" he said.";
        assert_eq!(read(text).last().map(|c| c.4.as_str()), Some("Schumer"));
    }

    #[test]
    fn according_to_before_and_after() {
        let c = read("According to Afghan Ambassador Hamdullah Mohib, the team shows progress.");
        assert_eq!(
            (c[0].0.as_str(), c[0].2.as_str()),
            ("Afghan Ambassador Hamdullah Mohib", "the team shows progress.")
        );
        let c = read("Putin talked about it in September, according to\nReuters.");
        assert_eq!((c[0].0.as_str(), c[0].2.as_str()), ("Reuters", "Putin talked about it in September,"));
    }

    #[test]
    fn appositive_between_source_and_cue_and_nested_trailing_cue() {
        let c = read("France's foreign minister Laurent Fabius, who is standing in for president François Hollande, said extremists were \"not at all terrorists,\" said the Guardian");
        assert_eq!(c.len(), 2, "{c:?}");
        let fabius = c.iter().find(|x| x.0.contains("Fabius")).unwrap();
        assert_eq!(fabius.0, "France's foreign minister Laurent Fabius");
        assert_eq!(fabius.2, "extremists were \"not at all terrorists,\"");
        assert!(c.iter().any(|x| x.0 == "the Guardian" && x.4 == "The Guardian"));
    }

    #[test]
    fn the_official_resolves_to_an_earlier_fuller_source() {
        let c = read("Reuters reported that a U.S. senior official said diplomacy must be part of the solution.\n\"We need a process,\" the official told Reuters.");
        assert_eq!(c.len(), 3, "{c:?}");
        assert_eq!(c[1].0, "a U.S. senior official");
        assert_eq!(c[2].4, "U.S. senior official");
    }

    #[test]
    fn a_quote_paragraph_inherits_the_previous_speaker() {
        let c = read("President Obama said that the attack was on the world.\n\n“The killing of innocent people is an attack on the civilized world.”\n\nThe pair sat down.");
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].0, "President Obama");
        assert_eq!(c[1].1, "");
    }

    #[test]
    fn no_claim_without_a_source() {
        assert!(read("It was noted that video of the pair was shown.").is_empty());
        assert!(read("What do you think about Barack Obama meeting Putin?").is_empty());
        assert!(read("The United States will stand with France.").is_empty());
        assert!(read("Police found a gun in the car.").is_empty());
        assert!(read("It follows President Barack Obama’s pledge to “redouble” his fight.").is_empty());
        // A subject ends in its noun: "The number of" does not confirm.
        assert!(read("The number of confirmed cases rose to 1,024 on Sunday.").is_empty());
        assert!(read("All of the confirmed packages listed the same office.").is_empty());
    }

    #[test]
    fn a_credit_line_gives_the_headline_to_the_outlet() {
        let c = read("\"Sensitive government document found on rainy Ottawa street\" — CBC.ca, August 15, 2008");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!((c[0].0.as_str(), c[0].1.as_str()), ("CBC.ca", ""));
        assert!(c[0].2.starts_with("\"Sensitive"));
    }

    #[test]
    fn an_interposed_cue_splits_its_content() {
        let c =
            read("Institutional recipients, said Mauer, are required to exhibit their photographs every ten years.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "Mauer");
        assert_eq!(
            c[0].2,
            "Institutional recipients, said Mauer, are required to exhibit their photographs every ten years."
        );
    }

    #[test]
    fn appositives_with_titles_and_several_commas() {
        let c = read("Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said the images document his life.");
        assert_eq!(c[0].0, "Cynthia Thompson");
        let c = read("Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at guidelines.");
        assert_eq!(c[0].0, "Lydia Buchtmann for Food Standards Australia New Zealand");
        let c = read("\"It was worse,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said.");
        assert_eq!(c[0].0, "Khaled Al-Maeena");
        // An age before the clause: "Smith, 45, who was shot".
        let c = read("Smith, 45, who was shot in the leg, said he saw the shooter reload.");
        assert_eq!(c[0].0, "Smith");
    }

    #[test]
    fn object_verbs_need_a_clause() {
        assert_eq!(read("The results show the anti-establishment camp maintained a majority.").len(), 1);
        assert!(read("Kim Min-Woo conceded a penalty which the referee awarded Sweden.").is_empty());
        assert!(read("NASA tweeted support of Ahmed Mohamed via its account.").is_empty());
        assert!(read("They were twice denied visas to enter the United States.").is_empty());
    }

    #[test]
    fn pronouns_resolve_to_a_compatible_speaker() {
        let c = read("Ms Lydia Buchtmann says labels will change. Professor Eastman said the study was clear. He said more work is needed. She says the issue is complicated.");
        assert_eq!(c.len(), 4, "{c:?}");
        assert_eq!(c[2].4, "Professor Eastman");
        assert_eq!(c[3].4, "Ms Lydia Buchtmann");
        // A group opening a sentence is capitalised, but no "she".
        let c = read(
            "Ms Lydia Buchtmann says labels will change. Witnesses said they heard shots. \"I don't know,\" she said.",
        );
        assert_eq!(c.last().unwrap().4, "Ms Lydia Buchtmann", "{c:?}");
        // Reported speech opening with "he" tells the speaker's gender.
        let c = read("Jane Doe said she heard shots. Smith said he saw the shooter. \"I ran,\" she said.");
        assert_eq!(c.last().unwrap().4, "Jane Doe", "{c:?}");
    }

    #[test]
    fn a_titled_name_after_the_last_speaker_takes_the_pronoun() {
        let c = read("\"It was unsettling,\" said David Cypkin, a film producer.\n\nSpeaking at the White House on Friday, Mr. Trump praised law enforcement officials.\n\n\"These terrorizing acts are despicable,\" he said.");
        assert_eq!(c.last().unwrap().4, "Trump", "{c:?}");
    }

    #[test]
    fn clause_subject_before_noted_that() {
        let c = read("Though there was no sound, those watching the video noted that Obama was gesturing.");
        assert_eq!(c[0].0, "those watching the video");
    }
}
