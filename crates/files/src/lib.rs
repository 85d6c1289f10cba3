//! Taking in a file: its type by content (magic bytes), never by name; then
//! the cleaning that type needs before anything is stored. Pure of HTTP and
//! of the store: bytes in, cleaned bytes or a [`FileError`] out.
//!
//! - Images are decoded under limits and re-encoded (no EXIF, GPS or XMP
//!   survives); then, when Tesseract is installed, the stored pixels are
//!   read by OCR (`ocr`) and what it reads is screened, a finding refusing
//!   the file with the boxes of the words it covers.
//! - Text passes the guard; HAR files pass the HAR sanitizer.
//! - PDFs: the text of every page (and the metadata) is extracted by
//!   poppler's `pdftotext`/`pdfinfo` in a bounded process (`pdf`, `run`)
//!   and screened; a PDF that cannot be read, or a page that is only a
//!   picture, refuses the file (fail closed).
//! - Office files (docx, xlsx, pptx): every XML part's text is read from
//!   the zip under limits against zip bombs (`office`) and screened.
//!
//! Everything here blocks (decoding, external programs): call it from a
//! blocking thread.

mod image;
pub mod ocr;
pub mod office;
pub mod pdf;
pub mod run;
#[cfg(feature = "testing")]
pub mod testing;

pub use self::image::{ImageLimits, reencode};
pub use self::office::ArchiveLimits;
pub use self::run::RunLimits;

use guard::Removal;
use serde::Serialize;
use serde_json::Value;
use std::sync::OnceLock;

/// The types Sportello accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Jpeg,
    WebP,
    Gif,
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Text,
    Log,
    Json,
    Har,
}

impl FileKind {
    pub fn is_image(self) -> bool {
        matches!(
            self,
            FileKind::Png | FileKind::Jpeg | FileKind::WebP | FileKind::Gif
        )
    }

    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::WebP => "image/webp",
            FileKind::Gif => "image/gif",
            FileKind::Pdf => "application/pdf",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileKind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            FileKind::Text | FileKind::Log => "text/plain; charset=utf-8",
            FileKind::Json => "application/json",
            FileKind::Har => "application/har+json",
        }
    }
}

/// The type of `bytes` by content. `name` only tells a log from other
/// plain text; it never makes a file acceptable.
pub fn sniff(bytes: &[u8], name: &str) -> Option<FileKind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(FileKind::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(FileKind::Jpeg);
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some(FileKind::Gif);
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some(FileKind::WebP);
    }
    if bytes.starts_with(b"%PDF-") {
        return Some(FileKind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // A zip is accepted only as one of the Office types.
        return office::kind_of(bytes);
    }
    let text = text_of(bytes)?;
    let trimmed = text.trim_start();
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && let Ok(v) = serde_json::from_str::<Value>(text)
    {
        let is_har = v
            .get("log")
            .and_then(|l| l.get("entries"))
            .is_some_and(Value::is_array);
        return Some(if is_har {
            FileKind::Har
        } else {
            FileKind::Json
        });
    }
    if name.to_ascii_lowercase().ends_with(".log") {
        Some(FileKind::Log)
    } else {
        Some(FileKind::Text)
    }
}

/// UTF-8 text without NUL or other binary control bytes (a BOM is dropped).
fn text_of(bytes: &[u8]) -> Option<&str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).ok()?;
    let binary = text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'));
    (!binary).then_some(text)
}

/// One finding in a file: the kind, byte offsets into the text that was
/// screened (the file's text, or what was extracted or read from it), and
/// where in the file that text came from ("page 2", "word/document.xml",
/// "line 3"). Never the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    pub kind: guard::Kind,
    pub start: usize,
    pub end: usize,
    pub place: Option<String>,
}

/// Where in an image a finding was read: the box of one word, in the
/// stored image's pixels (after its EXIF orientation was applied).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WordBox {
    pub kind: guard::Kind,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// Why a file was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("file type not allowed")]
    UnsupportedType,
    /// An image that does not decode.
    #[error("image unreadable")]
    BadImage,
    /// An image larger than the limits once decoded (a decompression bomb).
    #[error("image too large")]
    ImageTooLarge,
    /// Sensitive data in the file's text, in what was extracted from a
    /// document, or in what OCR read in an image (then `boxes` says where).
    #[error("sensitive data")]
    Sensitive {
        found: Vec<Found>,
        boxes: Vec<WordBox>,
    },
    #[error("invalid HAR file")]
    InvalidHar,
    /// A PDF or Office file the reader cannot read (damaged, encrypted,
    /// not what it claims), or a reader that failed or ran out of budget.
    #[error("document unreadable")]
    DocumentUnreadable,
    /// A PDF with a page that is only a picture (a scan): its text cannot
    /// be read, so it is not stored unread.
    #[error("document without a text layer")]
    NoTextLayer,
    /// A document past the limits: too many pages or parts, a part or the
    /// whole too large once unpacked, a compression ratio of a zip bomb.
    #[error("document too large")]
    DocumentTooLarge,
    /// OCR failed or ran out of budget on an image: fail closed.
    #[error("image could not be read")]
    OcrFailed,
}

/// Every limit of the cleaning.
#[derive(Debug, Clone, Copy, Default)]
pub struct Limits {
    pub image: ImageLimits,
    pub archive: ArchiveLimits,
    /// Budget of each reader process (pdftotext, pdfinfo, tesseract).
    pub run: RunLimits,
    pub pdf: pdf::PdfLimits,
}

/// Which external readers this machine has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Readers {
    /// Tesseract: screenshots are read.
    pub ocr: bool,
    /// poppler-utils: PDFs are read (without them every PDF is refused).
    pub pdf: bool,
}

/// The readers installed, found once per process (by running each with
/// its version flag under the same limits as a real run).
pub fn readers() -> Readers {
    static READERS: OnceLock<Readers> = OnceLock::new();
    *READERS.get_or_init(|| Readers {
        ocr: ocr::languages().is_some(),
        pdf: ["pdftotext", "pdfinfo", "pdfimages", "pdftoppm"]
            .iter()
            .all(|p| run::available(p, "-v")),
    })
}

/// A file ready to store.
#[derive(Debug, Clone)]
pub struct Cleaned {
    pub kind: FileKind,
    pub content_type: &'static str,
    pub data: Vec<u8>,
    /// What the sanitizers took out (locations and kinds, never values).
    pub removed: Vec<Removal>,
    /// The file name, with the extension matching what is stored.
    pub filename: String,
}

/// Cleans an upload. With `redact`, sensitive spans in text are replaced
/// by `[REDACTED:kind]` instead of refusing the file; documents and images
/// cannot be redacted here and are refused whatever `redact` says (the
/// browser's redactor blacks out an image's boxes before sending it again).
pub fn clean(
    bytes: &[u8],
    name: &str,
    redact: bool,
    limits: &Limits,
) -> Result<Cleaned, FileError> {
    let kind = sniff(bytes, name).ok_or(FileError::UnsupportedType)?;
    let filename = safe_filename(name, kind);
    let done = |kind: FileKind, data: Vec<u8>, removed: Vec<Removal>, filename: String| Cleaned {
        kind,
        content_type: kind.content_type(),
        data,
        removed,
        filename,
    };
    match kind {
        k if k.is_image() => {
            let (out_kind, data) = reencode(bytes, k, &limits.image)?;
            if readers().ocr {
                let words = ocr::read(&data, &limits.run)?;
                ocr::screen(&words)?;
            }
            let filename = safe_filename(name, out_kind);
            Ok(done(out_kind, data, vec![], filename))
        }
        FileKind::Pdf => {
            if !readers().pdf {
                return Err(FileError::DocumentUnreadable);
            }
            let parts = pdf::read(bytes, &limits.pdf, &limits.run, readers().ocr)?;
            screen_parts(&parts)?;
            Ok(done(kind, bytes.to_vec(), vec![], filename))
        }
        FileKind::Docx | FileKind::Xlsx | FileKind::Pptx => {
            let (parts, images) = office::read(bytes, &limits.archive)?;
            screen_parts(&parts)?;
            if readers().ocr {
                screen_pictures(&images, limits)?;
            }
            Ok(done(kind, bytes.to_vec(), vec![], filename))
        }
        FileKind::Har => {
            let text = text_of(bytes).ok_or(FileError::UnsupportedType)?;
            let s = guard::har::sanitize(text).map_err(|_| FileError::InvalidHar)?;
            Ok(done(kind, s.text.into_bytes(), s.removed, filename))
        }
        FileKind::Json => {
            let text = text_of(bytes).ok_or(FileError::UnsupportedType)?;
            let mut v: Value =
                serde_json::from_str(text).map_err(|_| FileError::UnsupportedType)?;
            let findings = guard::scan_json(&v);
            if findings.is_empty() {
                return Ok(done(kind, text.as_bytes().to_vec(), vec![], filename));
            }
            if !redact {
                return Err(FileError::Sensitive {
                    found: findings
                        .iter()
                        .map(|f| Found {
                            kind: f.kind,
                            start: f.start,
                            end: f.end,
                            place: None,
                        })
                        .collect(),
                    boxes: vec![],
                });
            }
            let removed = guard::redact_json(&mut v, "");
            let out = serde_json::to_vec_pretty(&v).map_err(|_| FileError::UnsupportedType)?;
            Ok(done(kind, out, removed, filename))
        }
        _ => {
            let text = text_of(bytes).ok_or(FileError::UnsupportedType)?;
            let findings = guard::scan(text);
            if findings.is_empty() {
                return Ok(done(kind, text.as_bytes().to_vec(), vec![], filename));
            }
            if !redact {
                return Err(FileError::Sensitive {
                    found: findings
                        .iter()
                        .map(|f| Found {
                            kind: f.kind,
                            start: f.start,
                            end: f.end,
                            place: Some(format!("line {}", line_of(text, f.start))),
                        })
                        .collect(),
                    boxes: vec![],
                });
            }
            let removed = findings
                .iter()
                .map(|f| Removal {
                    location: format!("line {}", line_of(text, f.start)),
                    kind: f.kind,
                })
                .collect();
            let out = guard::redact(text, &findings);
            Ok(done(kind, out.into_bytes(), removed, filename))
        }
    }
}

/// Reads the pictures embedded in a document (a screenshot pasted into a
/// Word file or a slide) by OCR, as an uploaded screenshot is read; a
/// finding refuses the document, named by the picture's part. Pictures of
/// types we do not decode (EMF, TIFF, …) are not read.
fn screen_pictures(images: &[(String, Vec<u8>)], limits: &Limits) -> Result<(), FileError> {
    let started = std::time::Instant::now();
    for (name, bytes) in images {
        if started.elapsed().as_secs() >= limits.archive.ocr_budget_secs {
            return Err(FileError::DocumentTooLarge);
        }
        let Some(kind) = sniff(bytes, name).filter(|k| k.is_image()) else {
            continue;
        };
        let Ok((_, data)) = reencode(bytes, kind, &limits.image) else {
            continue;
        };
        let words = ocr::read(&data, &limits.run)?;
        ocr::screen(&words).map_err(|e| match e {
            FileError::Sensitive { found, .. } => FileError::Sensitive {
                found: found
                    .into_iter()
                    .map(|f| Found {
                        place: Some(name.clone()),
                        ..f
                    })
                    .collect(),
                boxes: vec![],
            },
            other => other,
        })?;
    }
    Ok(())
}

/// Text read from a document, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// "page 2", "metadata", "word/document.xml".
    pub place: String,
    pub text: String,
}

/// Screens a document's text. The parts are screened as one text (so a
/// value split across two parts, or its keyword in one and value in the
/// next, is still seen) and each finding is named by its part.
fn screen_parts(parts: &[Part]) -> Result<(), FileError> {
    let mut all = String::new();
    let mut starts = Vec::with_capacity(parts.len());
    for p in parts {
        starts.push(all.len());
        all.push_str(&p.text);
        all.push('\n');
    }
    let findings = guard::scan(&all);
    if findings.is_empty() {
        return Ok(());
    }
    let found = findings
        .iter()
        .map(|f| {
            let i = starts.partition_point(|s| *s <= f.start).saturating_sub(1);
            Found {
                kind: f.kind,
                start: f.start,
                end: f.end,
                place: parts.get(i).map(|p| p.place.clone()),
            }
        })
        .collect();
    Err(FileError::Sensitive {
        found,
        boxes: vec![],
    })
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// A file name safe to show and to put in Content-Disposition: no path,
/// no quotes or control characters, at most 100 characters, and an
/// extension that matches the stored type.
pub fn safe_filename(name: &str, kind: FileKind) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | ';' | '<' | '>' | '\\' | '/'))
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.');
    let ext = match kind {
        FileKind::Png => "png",
        FileKind::Jpeg => "jpg",
        FileKind::WebP => "webp",
        FileKind::Gif => "gif",
        FileKind::Pdf => "pdf",
        FileKind::Docx => "docx",
        FileKind::Xlsx => "xlsx",
        FileKind::Pptx => "pptx",
        FileKind::Text => "txt",
        FileKind::Log => "log",
        FileKind::Json => "json",
        FileKind::Har => "har",
    };
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ if cleaned.is_empty() => "file",
        _ => cleaned,
    };
    format!("{stem}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content_not_name() {
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n....", "a.txt"),
            Some(FileKind::Png)
        );
        assert_eq!(sniff(b"%PDF-1.7\n", "a.png"), Some(FileKind::Pdf));
        assert_eq!(sniff(b"hello\n", "a.png"), Some(FileKind::Text));
        assert_eq!(sniff(b"GET / 502\n", "server.LOG"), Some(FileKind::Log));
        assert_eq!(sniff(b"{\"a\":1}", "x.txt"), Some(FileKind::Json));
        assert_eq!(
            sniff(b"{\"log\":{\"entries\":[]}}", "x.json"),
            Some(FileKind::Har)
        );
        assert_eq!(sniff(b"MZ\x90\x00\x03", "setup.txt"), None);
        assert_eq!(sniff(&[0xff, 0xfe, 0x00], "a.txt"), None);
    }

    #[test]
    fn filenames_lose_paths_and_get_the_right_extension() {
        assert_eq!(
            safe_filename("../../etc/passwd", FileKind::Text),
            "passwd.txt"
        );
        assert_eq!(safe_filename("shot.PNG", FileKind::Png), "shot.png");
        assert_eq!(safe_filename("a\"b;c.exe", FileKind::Pdf), "abc.pdf");
        assert_eq!(safe_filename("", FileKind::Json), "file.json");
        assert_eq!(safe_filename("photo.webp", FileKind::Png), "photo.png");
    }

    #[test]
    fn text_with_a_secret_is_refused_or_redacted() {
        let limits = Limits::default();
        let text = "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'\n";
        assert!(matches!(
            clean(text.as_bytes(), "notes.txt", false, &limits),
            Err(FileError::Sensitive { .. })
        ));
        let ok =
            clean(text.as_bytes(), "notes.txt", true, &limits).unwrap_or_else(|e| panic!("{e:?}"));
        let stored = String::from_utf8(ok.data).unwrap_or_default();
        assert!(!stored.contains("eyJhbGci"));
        assert!(!ok.removed.is_empty());
    }
}
