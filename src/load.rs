//! Load: read articles from files, directories and standard input into
//! [`Document`]s that keep the original text and a line index. The only stage
//! that touches the file system.

use std::io::Read;
use std::path::Path;

use crate::error::LoadError;
use crate::span::{LineIndex, Span};

/// Extensions walked when a directory is given.
const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "text", "markdown", "html", "htm"];

/// Files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// One article: its path as the user gave it, its text, and a line index for
/// reporting positions. For HTML and Markdown, `text` is the plain text (the
/// markup blanked, byte for byte as long) and `original` the file as read,
/// so offsets into `text` are offsets into the file.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: String,
    pub text: String,
    original: Option<String>,
    lines: LineIndex,
}

impl Document {
    /// A document from text already in memory (tests, library users).
    pub fn from_text(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let lines = LineIndex::new(&text);
        Document { path: path.into(), text, original: None, lines }
    }

    /// A document whose markup (by the path's extension) is stripped.
    pub fn from_marked_up(path: impl Into<String>, original: String) -> Self {
        let path = path.into();
        match crate::markup::strip(&original, crate::markup::Markup::from_path(&path)) {
            Some(text) => {
                let lines = LineIndex::new(&original);
                Document { path, text, original: Some(original), lines }
            }
            None => Document::from_text(path, original),
        }
    }

    /// Decode bytes read from `path`, refusing binary and invalid UTF-8 with
    /// the position of the first bad byte.
    pub fn from_bytes(path: impl Into<String>, bytes: Vec<u8>) -> Result<Self, LoadError> {
        let path = path.into();
        if let Some(offset) = memchr_nul(&bytes) {
            let (line, column) = position_in_prefix(&bytes, offset);
            return Err(LoadError::Binary { path, line, column, offset });
        }
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                let (line, column) = position_in_prefix(err.as_bytes(), offset);
                return Err(LoadError::InvalidUtf8 { path, line, column, offset });
            }
        };
        let doc = Document::from_marked_up(path, text);
        if doc.text.trim().is_empty() {
            return Err(LoadError::Empty { path: doc.path });
        }
        Ok(doc)
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(self.original(), offset)
    }

    /// Line and column of many offsets in turn, each counted from the one
    /// before when on its line (see [`crate::span::LineCursor`]).
    pub fn cursor(&self) -> crate::span::LineCursor<'_> {
        self.lines.cursor(self.original())
    }

    /// The file as read: for HTML and Markdown, with its markup (the same
    /// offsets as `text`), for showing source lines as the file has them.
    pub fn original(&self) -> &str {
        self.original.as_deref().unwrap_or(&self.text)
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start()..span.end()]
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// Line and column of `offset` counted over the valid UTF-8 before it.
fn position_in_prefix(bytes: &[u8], offset: usize) -> (usize, usize) {
    let prefix = String::from_utf8_lossy(&bytes[..offset]);
    LineIndex::new(&prefix).line_col(&prefix, prefix.len())
}

/// Load every input: `-` is standard input, a directory is walked (sorted)
/// for text files, anything else is read as a file. Nothing given is dropped:
/// a directory without text files is an error, not silence.
pub fn load_inputs<P: AsRef<Path>>(inputs: &[P]) -> Result<Vec<Document>, LoadError> {
    if inputs.is_empty() {
        return Err(LoadError::NoInput);
    }
    let mut docs = Vec::new();
    for input in inputs {
        let path = input.as_ref();
        if path.as_os_str() == "-" {
            docs.push(load_stdin()?);
        } else if is_glob(path) {
            for p in expand_glob(path)? {
                docs.extend(load_path(&p)?);
            }
        } else {
            docs.extend(load_path(path)?);
        }
    }
    Ok(docs)
}

fn load_path(path: &Path) -> Result<Vec<Document>, LoadError> {
    if path.is_dir() {
        load_dir(path)
    } else {
        Ok(vec![load_file(path)?])
    }
}

/// A pattern such as `wires/*.txt` or `stories/**/*.html`, when no file has
/// that very name (a shell that did not expand it, or Windows).
fn is_glob(path: &Path) -> bool {
    let s = path.to_string_lossy();
    s.contains(['*', '?', '[']) && !path.exists()
}

/// The files a pattern matches, sorted; none is an error, not silence.
fn expand_glob(pattern: &Path) -> Result<Vec<std::path::PathBuf>, LoadError> {
    let shown = pattern.display().to_string();
    let paths =
        glob::glob(&shown).map_err(|e| LoadError::BadPattern { pattern: shown.clone(), message: e.to_string() })?;
    let mut out = Vec::new();
    for p in paths {
        let p =
            p.map_err(|e| LoadError::Io { path: e.path().display().to_string(), message: e.error().to_string() })?;
        out.push(p);
    }
    if out.is_empty() {
        return Err(LoadError::NoMatch { pattern: shown });
    }
    out.sort();
    Ok(out)
}

/// Read one file.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: shown, size: meta.len(), limit: MAX_FILE_BYTES });
    }
    let bytes = std::fs::read(path).map_err(|e| io_error(&shown, e))?;
    Document::from_bytes(shown, bytes)
}

fn load_stdin() -> Result<Document, LoadError> {
    let mut bytes = Vec::new();
    std::io::stdin().take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| io_error("<stdin>", e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: "<stdin>".into(), size: bytes.len() as u64, limit: MAX_FILE_BYTES });
    }
    Document::from_bytes("<stdin>", bytes)
}

fn load_dir(dir: &Path) -> Result<Vec<Document>, LoadError> {
    let shown = dir.display().to_string();
    let mut paths = Vec::new();
    let walker = walkdir::WalkDir::new(dir).sort_by_file_name().into_iter();
    for entry in walker.filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name())) {
        let entry = entry.map_err(|e| LoadError::Io {
            path: e.path().map_or(shown.clone(), |p| p.display().to_string()),
            message: e.to_string(),
        })?;
        if entry.file_type().is_file() && has_text_extension(entry.path()) {
            paths.push(entry.into_path());
        }
    }
    if paths.is_empty() {
        return Err(LoadError::EmptyDir { path: shown });
    }
    load_files(&paths)
}

/// Read files in parallel, in order; the first bad file in that order is
/// the error, whichever thread met it first.
fn load_files(paths: &[std::path::PathBuf]) -> Result<Vec<Document>, LoadError> {
    use rayon::prelude::*;
    let read: Vec<Result<Document, LoadError>> = paths.par_iter().map(|p| load_file(p)).collect();
    read.into_iter().collect()
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn io_error(path: &str, err: std::io::Error) -> LoadError {
    match err.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path: path.to_string() },
        _ => LoadError::Io { path: path.to_string(), message: err.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_reports_line_column_and_offset() {
        let err = Document::from_bytes("a.txt", b"ok\nab\xffcd".to_vec()).unwrap_err();
        assert_eq!(err.to_string(), "a.txt:2:3: invalid UTF-8 at byte offset 5");
    }

    #[test]
    fn nul_byte_is_binary() {
        let err = Document::from_bytes("b.bin", b"\x7fELF\x00\x01".to_vec()).unwrap_err();
        assert!(matches!(err, LoadError::Binary { offset: 4, .. }), "{err}");
    }

    #[test]
    fn blank_file_is_empty() {
        let err = Document::from_bytes("e.txt", b" \n\n\t".to_vec()).unwrap_err();
        assert!(matches!(err, LoadError::Empty { .. }));
    }

    #[test]
    fn crlf_and_bom_are_kept_verbatim() {
        let doc = Document::from_bytes("c.txt", "\u{feff}One.\r\nTwo.".as_bytes().to_vec()).unwrap();
        assert!(doc.text.starts_with('\u{feff}'));
        assert_eq!(doc.line_col(doc.text.find("Two").unwrap()), (2, 1));
    }
}
