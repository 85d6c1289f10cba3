//! Taking in a file: its type by content (magic bytes), never by name; then
//! the cleaning that type needs before anything is stored. Images are
//! decoded under limits and re-encoded (no EXIF, GPS or XMP survives), text
//! passes the guard, HAR files pass the HAR sanitizer.

mod image;

pub use self::image::{ImageLimits, reencode};

use guard::Removal;
use serde_json::Value;

/// The types Sportello accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Jpeg,
    WebP,
    Gif,
    Pdf,
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

/// Why a file was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    UnsupportedType,
    /// An image that does not decode, or that is larger than the limits
    /// once decoded (a decompression bomb).
    BadImage,
    ImageTooLarge,
    /// Text with sensitive data; offsets into the text, never the value.
    Sensitive(Vec<(guard::Kind, usize, usize)>),
    InvalidHar,
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
/// by `[REDACTED:kind]` instead of refusing the file.
pub fn clean(
    bytes: &[u8],
    name: &str,
    redact: bool,
    limits: &ImageLimits,
) -> Result<Cleaned, Rejection> {
    let kind = sniff(bytes, name).ok_or(Rejection::UnsupportedType)?;
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
            let (out_kind, data) = reencode(bytes, k, limits)?;
            let filename = safe_filename(name, out_kind);
            Ok(done(out_kind, data, vec![], filename))
        }
        FileKind::Pdf => Ok(done(kind, bytes.to_vec(), vec![], filename)),
        FileKind::Har => {
            let text = text_of(bytes).ok_or(Rejection::UnsupportedType)?;
            let s = guard::har::sanitize(text).map_err(|_| Rejection::InvalidHar)?;
            Ok(done(kind, s.text.into_bytes(), s.removed, filename))
        }
        FileKind::Json => {
            let text = text_of(bytes).ok_or(Rejection::UnsupportedType)?;
            let mut v: Value =
                serde_json::from_str(text).map_err(|_| Rejection::UnsupportedType)?;
            let findings = guard::scan_json(&v);
            if findings.is_empty() {
                return Ok(done(kind, text.as_bytes().to_vec(), vec![], filename));
            }
            if !redact {
                return Err(Rejection::Sensitive(
                    findings.iter().map(|f| (f.kind, f.start, f.end)).collect(),
                ));
            }
            let removed = guard::redact_json(&mut v, "");
            let out = serde_json::to_vec_pretty(&v).map_err(|_| Rejection::UnsupportedType)?;
            Ok(done(kind, out, removed, filename))
        }
        _ => {
            let text = text_of(bytes).ok_or(Rejection::UnsupportedType)?;
            let findings = guard::scan(text);
            if findings.is_empty() {
                return Ok(done(kind, text.as_bytes().to_vec(), vec![], filename));
            }
            if !redact {
                return Err(Rejection::Sensitive(
                    findings.iter().map(|f| (f.kind, f.start, f.end)).collect(),
                ));
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
        let limits = ImageLimits::default();
        let text = "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'\n";
        assert!(matches!(
            clean(text.as_bytes(), "notes.txt", false, &limits),
            Err(Rejection::Sensitive(_))
        ));
        let ok =
            clean(text.as_bytes(), "notes.txt", true, &limits).unwrap_or_else(|e| panic!("{e:?}"));
        let stored = String::from_utf8(ok.data).unwrap_or_default();
        assert!(!stored.contains("eyJhbGci"));
        assert!(!ok.removed.is_empty());
    }
}
