//! Extract: find quotes, attributed claims and quantities in a segmented
//! document. Each extractor is its own module; all return document spans.

pub mod numeral;
pub mod quantity;
pub mod quotes;
pub mod attribution;
