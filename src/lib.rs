//! crosscheck: read several articles about one event, extract who said what
//! and the figures they give, cross-check them, and report discrepancies.
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`load`] -> [`segment`] -> [`extract`] -> [`facts`] -> [`check`] -> [`report`].
//! [`rules`] holds the newsroom-editable data every stage reads.

pub mod error;
pub mod load;
pub mod rules;
pub mod segment;
pub mod span;
pub mod words;
pub mod extract;
pub mod interval;
