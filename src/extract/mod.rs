//! Extract: find quotes, attributed claims and quantities in a segmented
//! document. Each extractor is its own module; all return document spans.
//! Sentences are lexed once here and shared by the extractors.

pub mod address;
pub mod attribution;
pub mod codes;
pub mod dateline;
pub mod dates;
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
use crate::words::{tokenize, Token};
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
    /// A live blog's entry stamps: "UPDATE 1:35 p.m.:".
    pub stamps: Vec<stamps::Stamp>,
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
    let dates = segments
        .sentences
        .iter()
        .zip(&tokens)
        .enumerate()
        .flat_map(|(i, (s, toks))| dates::dates(text, toks, s.span.end(), i, rules))
        .collect();
    let stamps = stamps::stamps(text, segments, rules);
    Extraction { tokens, quotes, claims, quantities, dateline, titles, dates, stamps }
}
