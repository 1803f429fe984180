//! The library's typed errors. Every message names the file and, where there
//! is one, the line and column, so the CLI can print it as one line.

use std::path::PathBuf;

/// A problem with an input article.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file or directory")]
    NotFound { path: String },
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    #[error("{path}:{line}:{column}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 { path: String, line: usize, column: usize, offset: usize },
    #[error("{path}:{line}:{column}: binary file (NUL byte at byte offset {offset})")]
    Binary { path: String, line: usize, column: usize, offset: usize },
    #[error("{path}: empty file, nothing to check")]
    Empty { path: String },
    #[error("{path}: directory holds no text files (.txt, .md, .text, .markdown, .html, .htm)")]
    EmptyDir { path: String },
    #[error("{path}: file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("no input files given")]
    NoInput,
    #[error("{pattern}: {message}")]
    BadPattern { pattern: String, message: String },
    #[error("{pattern}: pattern matches no files")]
    NoMatch { pattern: String },
}

/// A problem with a rule file (the built-in pack or a newsroom's own).
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}")]
pub struct RuleError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Any error the library returns.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Rule(#[from] RuleError),
    #[error("{}: {message}", path.display())]
    Other { path: PathBuf, message: String },
}
