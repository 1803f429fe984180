//! crosscheck: read several articles about one event, extract who said what
//! and the figures they give, cross-check them, and report discrepancies.
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`load`] -> [`segment`] -> [`extract`] -> [`facts`] -> [`check`] -> [`report`].
//! [`rules`] holds the newsroom-editable data every stage reads. The library
//! never prints: it returns a [`report::Report`] and the CLI picks a printer.

pub mod check;
pub mod error;
pub mod extract;
pub mod facts;
pub mod interval;
pub mod load;
pub mod markup;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;
pub mod words;

#[cfg(test)]
mod test_texts;

use extract::Extraction;
use facts::Fact;
use load::Document;
use rules::Rules;
use segment::Segments;

/// Everything read from one document: its segments, extractions and facts.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Its segments; after [`Analysis::slim`], only its metadata.
    pub segments: Segments,
    /// How many sentences and paragraphs it has (kept by [`Analysis::slim`]).
    pub sentences: usize,
    pub paragraphs: usize,
    pub extraction: Extraction,
    pub facts: Vec<Fact>,
    /// The date assumed for an article that carries none (`--date`).
    pub assumed_date: Option<String>,
}

impl Analysis {
    /// The article's date (ISO): its `# date:` header, else its dateline,
    /// else the date the caller assumed for it (`--date`).
    pub fn date(&self) -> Option<String> {
        let header = self.segments.date_header().map(str::to_string);
        header.or_else(|| self.extraction.dateline.map(|(d, _)| d.iso())).or_else(|| self.assumed_date.clone())
    }

    /// Drop what the checks and reports do not read once the facts are
    /// made: the sentences and paragraphs (their counts stay; ten thousand
    /// articles hold over half a million of them) and the header lines but
    /// the date.
    pub fn slim(mut self) -> Self {
        self.segments.sentences = Vec::new();
        self.segments.paragraphs = Vec::new();
        self.segments.metadata.retain(|m| m.key == "date");
        self.segments.metadata.shrink_to_fit();
        self
    }
}

/// A document longer than this is read a block of whole paragraphs (or, in
/// a paragraph longer still, of sentences) at a time, so that its tokens
/// (three times the text's size) and the work of reading it are held for
/// one block, not for an archive-sized file whole. Articles are far
/// shorter, and read whole.
pub const BLOCK_BYTES: usize = 1 << 20;

/// Segment, extract and normalise one document.
pub fn analyze(doc: &Document, rules: &Rules) -> Analysis {
    analyze_in_blocks(doc, rules, BLOCK_BYTES)
}

/// [`analyze`], reading runs of paragraphs (or sentences, see
/// [`segment::Segments::blocks`]) of at most `block_bytes` at a time. The
/// dateline, which needs the article whole, is read once. A block sees
/// none of the others' words: a source's canonical name cannot come from a
/// fuller mention in an earlier block, nor a bare figure's year from
/// another block's dates, and a quote cut by a block's edge is read as two.
pub fn analyze_in_blocks(doc: &Document, rules: &Rules, block_bytes: usize) -> Analysis {
    let text = &doc.text;
    let mut segments = segment::segment(text, &rules.segment);
    let blocks = segments.blocks(block_bytes);
    let (mut extraction, mut facts) = if blocks.len() <= 1 {
        let extraction = extract::extract(text, &segments, rules);
        let facts = facts::facts(text, &segments, &extraction, rules);
        (extraction, facts)
    } else {
        read_blocks(text, &segments, blocks, rules)
    };
    // Tokens, raw quote spans and the quantities behind the facts serve
    // extraction and facts only (claims keep what the quotes said, facts
    // what the figures read); an archive-sized run must not keep them, nor
    // the spare room of vectors that grew as they were read.
    extraction.tokens = Vec::new();
    extraction.quotes = Vec::new();
    extraction.quantities = Vec::new();
    extraction.claims.shrink_to_fit();
    extraction.titles.shrink_to_fit();
    extraction.dates.shrink_to_fit();
    segments.sentences.shrink_to_fit();
    segments.paragraphs.shrink_to_fit();
    facts.shrink_to_fit();
    let (sentences, paragraphs) = (segments.sentences.len(), segments.paragraphs.len());
    Analysis { segments, sentences, paragraphs, extraction, facts, assumed_date: None }
}

/// Extract and read the facts of each run of sentences, a few runs at a
/// time in parallel, and keep what each gives in order, its indexes moved
/// to the whole document's. A run's tokens are dropped as soon as its
/// facts are read; only one run per thread is held apart from the whole.
fn read_blocks(
    text: &str,
    segments: &Segments,
    blocks: Vec<std::ops::Range<usize>>,
    rules: &Rules,
) -> (Extraction, Vec<Fact>) {
    use rayon::prelude::*;
    let dateline = extract::dateline::dateline(text, segments);
    let read_block = |sentences: &std::ops::Range<usize>| {
        let part = segments.block(sentences.clone());
        let mut read = extract::extract(text, &part, rules);
        read.dateline = dateline;
        let facts = facts::facts(text, &part, &read, rules);
        (read, facts)
    };
    let mut whole = Extraction { dateline, ..Extraction::default() };
    let mut facts = Vec::new();
    for window in blocks.chunks(rayon::current_num_threads()) {
        let read: Vec<(Extraction, Vec<Fact>)> = window.par_iter().map(read_block).collect();
        for (sentences, (read, block_facts)) in window.iter().zip(read) {
            let at = extract::BlockStart {
                sentence: sentences.start,
                paragraph: segments.sentences[sentences.start].paragraph,
                claim: whole.claims.len(),
                date: whole.dates.len(),
            };
            facts.extend(block_facts.into_iter().map(|f| f.moved(at)));
            whole.append(read, at);
        }
    }
    (whole, facts)
}

/// Analyse documents in parallel: each is read on its own, and kept
/// [`Analysis::slim`].
pub fn analyze_all(docs: &[Document], rules: &Rules) -> Vec<Analysis> {
    analyze_all_with(docs, rules, &|| {})
}

/// Like [`analyze_all`], calling `done` as each document is finished (from
/// any thread): a caller's progress bar.
pub fn analyze_all_with(docs: &[Document], rules: &Rules, done: &(dyn Fn() + Sync)) -> Vec<Analysis> {
    use rayon::prelude::*;
    docs.par_iter()
        .map(|d| {
            let a = analyze(d, rules).slim();
            done();
            a
        })
        .collect()
}

/// Which documents are compared with which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// No cross-checking: analyses only (`claims`, `facts`).
    None,
    /// Every document with every other.
    All,
    /// Draft mode: the first n documents against the rest.
    DraftsFirst(usize),
}

/// Cross-check documents already analysed.
pub fn cross_check(docs: &[Document], analyses: Vec<Analysis>, how: Comparison, rules: &Rules) -> report::Report {
    let findings = match how {
        Comparison::None => Vec::new(),
        Comparison::All => check::run(docs, &analyses, rules),
        Comparison::DraftsFirst(n) => check::run_against(docs, &analyses, n, rules),
    };
    report::Report { analyses, findings, hidden: 0 }
}

/// Draft mode: cross-check the first `drafts` documents against the rest.
pub fn check_against(docs: &[Document], drafts: usize, rules: &Rules) -> report::Report {
    cross_check(docs, analyze_all(docs, rules), Comparison::DraftsFirst(drafts), rules)
}

/// Analyse every document; with `run_checks`, cross-check them too.
pub fn check(docs: &[Document], rules: &Rules, run_checks: bool) -> report::Report {
    let how = if run_checks { Comparison::All } else { Comparison::None };
    cross_check(docs, analyze_all(docs, rules), how, rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the `pipeline` fuzz target: a `# date:` header whose tenth
    /// byte falls inside a character.
    #[test]
    fn a_date_header_that_is_no_date_dates_nothing() {
        let rules = Rules::builtin().unwrap();
        for header in ["2excuses” for his conduct", "2016-06-1”", "June 12, 2016", "2016-13-40"] {
            let doc = Document::from_text("a.txt", format!("# date: {header}\n\nFive people died on Sunday.\n"));
            assert_eq!(analyze(&doc, &rules).date(), None, "{header}");
        }
        let doc = Document::from_text("a.txt", "# date: 2016-06-12T10:00\n\nFive people died.\n");
        assert_eq!(analyze(&doc, &rules).date().as_deref(), Some("2016-06-12"));
    }
}
