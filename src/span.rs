//! Byte spans into a document's original text, and the line index that turns
//! them into 1-based line and column numbers for people.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a document's original text.
/// Offsets are kept in 32 bits: a document is at most 1 GiB
/// ([`crate::load::MAX_FILE_BYTES`]), and an archive holds millions of spans.
/// The end is kept plus one, never zero, so that an `Option<Span>` (a
/// claim has four) is no larger than a span.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    start: u32,
    end_plus_one: std::num::NonZeroU32,
}

/// A byte offset (or an index) within one document in 32 bits: a document
/// is at most 1 GiB ([`crate::load::MAX_FILE_BYTES`]), which also leaves
/// room for [`plus_one`].
pub fn offset(at: usize) -> u32 {
    u32::try_from(at).ok().filter(|&o| o < u32::MAX).expect("a document is at most 1 GiB")
}

/// `at` plus one, never zero: an `Option` of it costs no extra bytes.
pub fn plus_one(at: u32) -> std::num::NonZeroU32 {
    std::num::NonZeroU32::MIN.saturating_add(at)
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} runs backwards");
        Span::of(offset(start), offset(end))
    }

    fn of(start: u32, end: u32) -> Self {
        Span { start, end_plus_one: plus_one(end) }
    }

    fn end32(&self) -> u32 {
        self.end_plus_one.get() - 1
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end32() as usize
    }

    pub fn len(&self) -> usize {
        (self.end32() - self.start) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end32()
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end_plus_one: self.end_plus_one.max(other.end_plus_one) }
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end_plus_one <= self.end_plus_one
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end32() && other.start < self.end32()
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start()..self.end()]
    }
}

impl Default for Span {
    fn default() -> Self {
        Span::of(0, 0)
    }
}

impl std::fmt::Debug for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Span").field("start", &self.start).field("end", &self.end32()).finish()
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Span", 2)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end32())?;
        st.end()
    }
}

/// Start offsets of every line, so a byte offset maps to line and column in
/// O(log lines), and, on lines longer than a few KB only, character counts
/// at anchors every few KB, so a column on a 9 MB one-line file costs a few
/// KB of counting, not the whole line. Ordinary lines get no anchors: their
/// columns are counted when asked for, and most never are.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    /// Byte offsets, 32-bit as in [`Span`]: ten thousand articles have
    /// half a million lines.
    starts: Vec<u32>,
    /// (byte offset, characters between its line's start and it), sorted.
    anchors: Vec<(usize, usize)>,
}

/// Bytes between character-count anchors.
const ANCHOR_STEP: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| offset(i + 1)));
        let mut anchors = Vec::new();
        let ends = starts.iter().skip(1).map(|&e| e as usize).chain(std::iter::once(text.len()));
        let starts_at = starts.iter().map(|&s| s as usize);
        for (start, end) in starts_at.zip(ends).filter(|(s, e)| e - s > ANCHOR_STEP) {
            // A byte-order mark is no character of the first line.
            let bom = if start == 0 && text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
            let (mut at, mut count) = (start + bom, 0);
            while at + ANCHOR_STEP < end {
                let mut next = at + ANCHOR_STEP;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                count += text[at..next].chars().count();
                anchors.push((next, count));
                at = next;
            }
        }
        LineIndex { starts, anchors }
    }

    /// Characters between `line_start` and `offset`, a character boundary on
    /// the same line: from the nearest anchor of that line, if any.
    fn chars_between(&self, text: &str, line_start: usize, offset: usize) -> usize {
        let a = self.anchors.partition_point(|&(b, _)| b <= offset);
        match a.checked_sub(1).map(|a| self.anchors[a]) {
            Some((base, count)) if base > line_start => count + text[base..offset].chars().count(),
            _ => text[line_start..offset].chars().count(),
        }
    }

    /// 1-based line and 1-based column counted in characters, as editors and
    /// rustc count them.
    /// A byte-order mark opening the text is no character of its first line:
    /// editors do not show it.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.line_start(text, line, offset);
        let column =
            if text.is_char_boundary(offset) { self.chars_between(text, start, offset) } else { offset - start };
        (line + 1, column + 1)
    }

    /// The 0-based line holding `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s as usize <= offset) - 1
    }

    /// Where `line`'s columns are counted from, for an `offset` on it: past
    /// a byte-order mark opening the text.
    fn line_start(&self, text: &str, line: usize, offset: usize) -> usize {
        if line == 0 && text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8().min(offset)
        } else {
            self.starts[line] as usize
        }
    }

    /// A reader of many positions in one text, most near the one before.
    pub fn cursor<'a>(&'a self, text: &'a str) -> LineCursor<'a> {
        LineCursor { index: self, text, last: None }
    }
}

/// [`LineIndex::line_col`] for positions asked in turn, as a report asks
/// for the spans of one claim after another: a column on the line of the
/// position before is counted from it, not from the line's start. A
/// paragraph is one line, so a claim's five spans on it cost five short
/// counts instead of five counts from the paragraph's start.
pub struct LineCursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// The last position read: (offset, 0-based line, 0-based column).
    last: Option<(usize, usize, usize)>,
}

impl LineCursor<'_> {
    /// 1-based line and column of `offset`, as [`LineIndex::line_col`].
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let text = self.text;
        let offset = offset.min(text.len());
        let (line, column) = match self.last {
            Some((at, line, column)) if self.on_line(line, at, offset) => {
                let between = |a: usize, b: usize| text[a..b].chars().count();
                let column = if offset >= at { column + between(at, offset) } else { column - between(offset, at) };
                (line + 1, column + 1)
            }
            _ => self.index.line_col(text, offset),
        };
        if text.is_char_boundary(offset) {
            self.last = Some((offset, line - 1, column - 1));
        }
        (line, column)
    }

    /// Can `offset`'s column be counted from `at`'s, on `line`: both
    /// character boundaries on that line, past its start?
    fn on_line(&self, line: usize, at: usize, offset: usize) -> bool {
        let index = self.index;
        let start = index.line_start(self.text, line, usize::MAX);
        let end = index.starts.get(line + 1).map_or(self.text.len() + 1, |&s| s as usize);
        offset >= start && offset < end && at >= start && self.text.is_char_boundary(offset)
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
        indexed.sort_by_key(|&(_, s)| s.start());
        let order = indexed.iter().map(|&(i, _)| i).collect();
        let spans: Vec<Span> = indexed.iter().map(|&(_, s)| s).collect();
        let reach = spans
            .iter()
            .scan(0, |far, s| {
                *far = s.end().max(*far);
                Some(*far)
            })
            .collect();
        Holders { order, spans, reach }
    }

    /// Does any of the spans overlap `span`?
    pub fn any_overlapping(&self, span: Span) -> bool {
        let k = self.spans.partition_point(|s| s.start() < span.end());
        k > 0 && self.reach[k - 1] > span.start()
    }

    /// Caller's indices of every span that contains `inner`, in no set order.
    pub fn holding(&self, inner: Span) -> impl Iterator<Item = usize> + '_ {
        let upto = self.spans.partition_point(|s| s.start <= inner.start);
        (0..upto)
            .rev()
            .take_while(move |&p| self.reach[p] >= inner.end())
            .filter(move |&p| self.spans[p].end() >= inner.end())
            .map(move |p| self.order[p])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cursor's answer is the index's, in any order of positions, on
    /// text with a byte-order mark, multi-byte characters, CRLF and lines
    /// long enough to carry anchors.
    fn cursor_agrees(text: &str, offsets: &[usize]) {
        let index = LineIndex::new(text);
        let mut cursor = index.cursor(text);
        for &o in offsets {
            assert_eq!(cursor.line_col(o), index.line_col(text, o), "offset {o} of {text:?}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_no_column_past_the_first_anchor() {
        let text = format!("\u{feff}{}", "a".repeat(3 * ANCHOR_STEP));
        let index = LineIndex::new(&text);
        let last = text.len();
        // Three bytes of mark, then one column per letter.
        assert_eq!(index.line_col(&text, last), (1, last - 3 + 1));
        assert_eq!(index.line_col(&text, 3 + 10), (1, 11));
    }

    #[test]
    fn cursor_counts_as_the_index_does() {
        let long = format!("\u{feff}“Né” {}\r\nsecond “line”\n\nlast", "é a ".repeat(3000));
        let every: Vec<usize> = (0..=long.len() + 2).collect();
        cursor_agrees(&long, &every);
        cursor_agrees(&long, &every.iter().rev().copied().collect::<Vec<_>>());
        let jumps: Vec<usize> = (0..4000).map(|k| (k * 7919) % (long.len() + 1)).collect();
        cursor_agrees(&long, &jumps);
    }

    proptest::proptest! {
        #[test]
        fn cursor_agrees_on_any_text(text in "(\u{feff})?[a-zé“\n\r ]{0,60}", offsets in proptest::collection::vec(0usize..70, 0..40)) {
            cursor_agrees(&text, &offsets);
        }
    }

    #[test]
    fn holders_finds_exactly_the_containing_spans() {
        let spans = [Span::new(0, 100), Span::new(10, 20), Span::new(15, 18), Span::new(30, 40), Span::new(12, 60)];
        let holders = Holders::new(spans);
        for probe in [Span::new(16, 17), Span::new(35, 36), Span::new(0, 100), Span::new(50, 70), Span::new(12, 12)] {
            let mut found: Vec<usize> = holders.holding(probe).collect();
            found.sort();
            let expected: Vec<usize> = (0..spans.len()).filter(|&i| spans[i].contains(probe)).collect();
            assert_eq!(found, expected, "spans holding {probe:?}");
            let overlapping = spans.iter().any(|s| s.overlaps(probe));
            assert_eq!(holders.any_overlapping(probe), overlapping, "spans overlapping {probe:?}");
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
    fn a_byte_order_mark_is_not_a_column() {
        let text = "\u{feff}ab\ncd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 3), (1, 1));
        assert_eq!(idx.line_col(text, 4), (1, 2));
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 7), (2, 2));
    }

    #[test]
    fn columns_on_long_lines_count_across_anchors() {
        let line: String = "é“x” ab ".repeat(3000);
        let text = format!("first\n{line}\nlast");
        let idx = LineIndex::new(&text);
        let line_start = text.find('\n').unwrap() + 1;
        for probe in [line_start, line_start + 4097, line_start + 9999, text.len() - 2] {
            let offset = (probe..).find(|&o| text.is_char_boundary(o)).unwrap();
            let (l, c) = idx.line_col(&text, offset);
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let want_line = text[..offset].matches('\n').count() + 1;
            assert_eq!((l, c), (want_line, text[start..offset].chars().count() + 1), "at byte {offset}");
        }
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
