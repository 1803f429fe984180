//! Byte spans into a document's original text, and the line index that turns
//! them into 1-based line and column numbers for people.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} runs backwards");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Start offsets of every line, so a byte offset maps to line and column in
/// O(log lines).
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and 1-based column counted in characters, as editors and
    /// rustc count them.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = text.get(start..offset).map_or(offset - start, |s| s.chars().count()) + 1;
        (line + 1, column)
    }
}

/// Many spans sorted by start with the furthest end reached so far, so the
/// spans holding a given span are found without scanning them all: the scan
/// walks back from the last start at or before it and stops once no earlier
/// span reaches far enough.
#[derive(Debug, Clone, Default)]
pub struct Holders {
    /// Index into the caller's list, sorted by start.
    order: Vec<usize>,
    spans: Vec<Span>,
    reach: Vec<usize>,
}

impl Holders {
    pub fn new(spans: impl IntoIterator<Item = Span>) -> Self {
        let mut indexed: Vec<(usize, Span)> = spans.into_iter().enumerate().collect();
        indexed.sort_by_key(|&(_, s)| s.start);
        let order = indexed.iter().map(|&(i, _)| i).collect();
        let spans: Vec<Span> = indexed.iter().map(|&(_, s)| s).collect();
        let reach = spans
            .iter()
            .scan(0, |far, s| {
                *far = s.end.max(*far);
                Some(*far)
            })
            .collect();
        Holders { order, spans, reach }
    }

    /// Caller's indices of every span that contains `inner`, in no set order.
    pub fn holding(&self, inner: Span) -> impl Iterator<Item = usize> + '_ {
        let upto = self.spans.partition_point(|s| s.start <= inner.start);
        (0..upto)
            .rev()
            .take_while(move |&p| self.reach[p] >= inner.end)
            .filter(move |&p| self.spans[p].end >= inner.end)
            .map(move |p| self.order[p])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_finds_exactly_the_containing_spans() {
        let spans = [Span::new(0, 100), Span::new(10, 20), Span::new(15, 18), Span::new(30, 40), Span::new(12, 60)];
        let holders = Holders::new(spans);
        for probe in [Span::new(16, 17), Span::new(35, 36), Span::new(0, 100), Span::new(50, 70), Span::new(12, 12)] {
            let mut found: Vec<usize> = holders.holding(probe).collect();
            found.sort();
            let expected: Vec<usize> = (0..spans.len()).filter(|&i| spans[i].contains(probe)).collect();
            assert_eq!(found, expected, "spans holding {probe:?}");
        }
    }

    #[test]
    fn line_and_column_count_characters_from_one() {
        let text = "ab\n“cd” ef\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        let e = text.find('e').unwrap();
        assert_eq!(idx.line_col(text, e), (2, 6));
        assert_eq!(idx.line_col(text, text.len()), (3, 1));
    }

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert!(a.cover(b).contains(b));
    }
}
