//! Intervals: every figure is read as the set of values it allows, so "more
//! than 120" and "129" can be compared without guessing.

use std::fmt;

/// A real interval; infinite ends are `f64::INFINITY`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub min: f64,
    pub max: f64,
    pub min_inclusive: bool,
    pub max_inclusive: bool,
}

impl Interval {
    pub fn point(v: f64) -> Self {
        Interval::closed(v, v)
    }

    pub fn closed(min: f64, max: f64) -> Self {
        Interval { min, max, min_inclusive: true, max_inclusive: true }
    }

    pub fn is_point(&self) -> bool {
        self.min == self.max && self.min_inclusive && self.max_inclusive
    }

    /// Multiply both ends by a positive factor (unit conversion).
    pub fn scale(self, factor: f64) -> Self {
        Interval { min: self.min * factor, max: self.max * factor, ..self }
    }

    /// Add `by` to both ends ("13, including the gunman": 12 victims).
    pub fn shift(self, by: f64) -> Self {
        Interval { min: self.min + by, max: self.max + by, ..self }
    }

    /// Do the two intervals share at least one value?
    pub fn intersects(&self, other: &Interval) -> bool {
        let lo_ok = self.min < other.max || (self.min == other.max && self.min_inclusive && other.max_inclusive);
        let hi_ok = other.min < self.max || (other.min == self.max && other.min_inclusive && self.max_inclusive);
        lo_ok && hi_ok
    }

    /// Does `self` hold every value of `other`?
    pub fn contains(&self, other: &Interval) -> bool {
        let lo = self.min < other.min || (self.min == other.min && (self.min_inclusive || !other.min_inclusive));
        let hi = other.max < self.max || (other.max == self.max && (self.max_inclusive || !other.max_inclusive));
        lo && hi
    }

    /// The finite lower end, or None when unbounded.
    pub fn finite_min(&self) -> Option<f64> {
        self.min.is_finite().then_some(self.min)
    }

    pub fn finite_max(&self) -> Option<f64> {
        self.max.is_finite().then_some(self.max)
    }
}

/// A number as people write it: no trailing ".0", at most a few decimals.
pub fn fmt_number(v: f64) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return format!("{}", v as i64);
    }
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_point() {
            return f.write_str(&fmt_number(self.min));
        }
        let open = if self.min_inclusive { '[' } else { '(' };
        let close = if self.max_inclusive && self.max.is_finite() { ']' } else { ')' };
        write!(f, "{open}{}, {}{close}", fmt_number(self.min), fmt_number(self.max))
    }
}

impl Interval {
    /// The interval as an editor would say it: "129", "more than 120", "at
    /// least 40", "at most 5", "less than 3", "36 to 44".
    pub fn in_words(&self) -> String {
        let (lo, hi) = (fmt_number(self.min), fmt_number(self.max));
        match (self.min.is_finite(), self.max.is_finite()) {
            _ if self.is_point() => lo,
            (true, false) if self.min_inclusive => format!("at least {lo}"),
            (true, false) => format!("more than {lo}"),
            (false, true) if self.max_inclusive => format!("at most {hi}"),
            (false, true) => format!("less than {hi}"),
            (true, true) => format!("{lo} to {hi}"),
            (false, false) => "any amount".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_words_as_an_editor_says_it() {
        assert_eq!(above(120.0).in_words(), "more than 120");
        assert_eq!(Interval { min_inclusive: true, ..above(40.0) }.in_words(), "at least 40");
        assert_eq!(Interval::point(129.0).in_words(), "129");
        assert_eq!(Interval::closed(36.0, 44.0).in_words(), "36 to 44");
        let below = Interval { min: f64::NEG_INFINITY, max: 5.0, min_inclusive: false, max_inclusive: true };
        assert_eq!(below.in_words(), "at most 5");
        assert_eq!(Interval { max_inclusive: false, ..below }.in_words(), "less than 5");
    }

    fn above(v: f64) -> Interval {
        Interval { min: v, max: f64::INFINITY, min_inclusive: false, max_inclusive: false }
    }

    #[test]
    fn open_ends_respect_inclusivity() {
        assert!(above(120.0).intersects(&Interval::point(129.0)));
        assert!(!above(120.0).intersects(&Interval::point(120.0)));
        assert!(Interval::closed(1620.0, 1980.0).contains(&Interval::point(1800.0)));
        assert!(!Interval::point(1800.0).contains(&Interval::closed(1620.0, 1980.0)));
    }

    #[test]
    fn display_reads_like_maths() {
        assert_eq!(above(120.0).to_string(), "(120, ∞)");
        assert_eq!(Interval::point(129.0).to_string(), "129");
        assert_eq!(Interval::closed(1620.0, 1980.0).to_string(), "[1620, 1980]");
        assert_eq!(fmt_number(321868.8), "321868.8");
    }
}
