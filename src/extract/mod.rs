//! Extract: find quotes, attributed claims and quantities in a segmented
//! document. Each extractor is its own module; all return document spans.
//! Sentences are lexed once here and shared by the extractors.

pub mod address;
pub mod attribution;
pub mod codes;
pub mod dateline;
pub mod dates;
pub mod events;
pub mod fraction;
pub mod labels;
pub mod numeral;
pub mod quantity;
pub mod quotes;
pub mod stamps;
pub mod titles;
pub mod unit_phrase;

use crate::rules::Rules;
use crate::segment::Segments;
use crate::words::{is_capitalized, tokenize, with_folded, Token, TokenKind};
use attribution::Claim;
use quantity::Quantity;
use quotes::Quote;

/// What the extractors found in one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Each sentence's tokens, in sentence order. Emptied once the facts are
    /// read (see `analyze`), to keep memory near the input's size.
    pub tokens: Vec<Vec<Token>>,
    /// Quotation-mark spans: read by attribution, then emptied with the tokens.
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    /// Each quantity with the index of its sentence.
    pub quantities: Vec<(usize, Quantity)>,
    /// The date the article carries near its top, and where.
    pub dateline: Option<(dateline::Date, crate::span::Span)>,
    /// Titled names: "national security advisor Susan Rice".
    pub titles: Vec<titles::Title>,
    /// Weekdays and dates in the text: "on Thursday, July 7".
    pub dates: Vec<dates::DateMention>,
    /// Events their sentence gives a day: "the shooting happened Saturday".
    pub events: Vec<events::EventDay>,
    /// A live blog's entry stamps: "UPDATE 1:35 p.m.:".
    pub stamps: Vec<stamps::Stamp>,
}

/// Where a block of a document starts: its first sentence, paragraph and
/// claim, and its first date mention, in the whole document's lists.
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockStart {
    pub sentence: usize,
    pub paragraph: usize,
    pub claim: usize,
    pub date: usize,
}

impl Extraction {
    /// Add what was read from the next block of the document, its indexes
    /// moved to the document's. Tokens, quotes and quantities, which serve
    /// the facts of their block only, are not kept.
    pub fn append(&mut self, block: Extraction, at: BlockStart) {
        let offset = |i: usize, by: usize| u32::try_from(i + by).expect("a document has under 2^32 sentences");
        self.claims.extend(block.claims.into_iter().map(|mut c| {
            c.parent = c.parent.map(|p| offset(p as usize, at.claim));
            c.sentence = offset(c.sentence as usize, at.sentence);
            c
        }));
        self.dates.extend(block.dates.into_iter().map(|mut d| {
            d.sentence = offset(d.sentence as usize, at.sentence);
            d
        }));
        self.events.extend(block.events.into_iter().map(|mut e| {
            e.date.sentence = offset(e.date.sentence as usize, at.sentence);
            e
        }));
        self.stamps.extend(block.stamps.into_iter().map(|mut s| {
            s.paragraph += at.paragraph;
            s
        }));
        self.titles.extend(block.titles);
    }
}

/// A capitalised word that is no function word ("Smith", not "The"),
/// folded: a word of a name.
pub fn name_word(text: &str, t: &Token, rules: &Rules) -> Option<String> {
    let w = t.text(text);
    if t.kind != TokenKind::Word || !is_capitalized(w) || rules.subjects.stop_tokens.contains_token(text, t) {
        return None;
    }
    Some(with_folded(w, str::to_string))
}

/// Run every extractor over a segmented document.
pub fn extract(text: &str, segments: &Segments, rules: &Rules) -> Extraction {
    let tokens: Vec<Vec<Token>> = segments
        .sentences
        .iter()
        .map(|s| {
            let mut tokens = tokenize(s.span.text(text), s.span.start());
            rules.lexicon.label(text, &mut tokens);
            tokens
        })
        .collect();
    let quotes = quotes::quotes(text, segments);
    let claims = attribution::claims(text, segments, &tokens, &quotes, rules);
    let quantities = segments
        .sentences
        .iter()
        .zip(&tokens)
        .enumerate()
        .flat_map(|(i, (s, toks))| {
            quantity::quantities(text, toks, s.span.end(), &rules.numbers).into_iter().map(move |q| (i, q))
        })
        .collect();
    let dateline = dateline::dateline(text, segments);
    let titles = tokens.iter().flat_map(|toks| titles::titles(text, toks, rules)).collect();
    let (mut dates, mut events) = (Vec::new(), Vec::new());
    for (i, (s, toks)) in segments.sentences.iter().zip(&tokens).enumerate() {
        let found = dates::dates(text, toks, s.span.end(), i, rules);
        events.extend(events::events(text, toks, &found, rules));
        dates.extend(found);
    }
    let stamps = stamps::stamps(text, segments, rules);
    Extraction { tokens, quotes, claims, quantities, dateline, titles, dates, events, stamps }
}
