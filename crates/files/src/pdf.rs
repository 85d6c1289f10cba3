//! PDFs: the text of every page, and the document's metadata, read by
//! poppler (`pdfinfo`, `pdftotext`, `pdfimages` from Debian's
//! poppler-utils), each run as a bounded process (see `run`).
//!
//! Why poppler in a process rather than a pure-Rust parser: poppler is the
//! extractor most PDFs in the wild are tested against (it reads fonts'
//! ToUnicode maps, object streams, broken cross-reference tables), and in
//! its own process a hostile file can crash it, loop or allocate without
//! touching the server: the kernel enforces the address-space and CPU
//! limits and `timeout` the wall clock. The pure-Rust crates we looked at
//! read less of the format, and a panic or an endless loop inside ours
//! could only be bounded in time by abandoning a thread that keeps running.
//!
//! Fail closed: a PDF poppler cannot read (damaged, encrypted, over
//! budget) is refused. A page without a text layer (a scan, a screenshot
//! pasted as a page, text drawn as outlines), or one showing a picture the
//! size of a screenshot, is rendered by `pdftoppm` and read by Tesseract,
//! within the same per-process budget and at most `max_ocr_pages` of them;
//! past that count the PDF is refused, and without Tesseract so is one
//! with a page that has no text but shows a picture.

use crate::run::{RunLimits, run};
use crate::{FileError, Part};

/// Limits specific to PDFs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdfLimits {
    /// More pages than this is refused before any text is extracted.
    pub max_pages: u32,
    /// Pages without a text layer read by OCR; a PDF with more such pages
    /// is refused (`NoTextLayer`).
    pub max_ocr_pages: usize,
    /// The longer side, in pixels, a page is rendered at for OCR.
    pub ocr_side: u32,
    /// Wall-clock seconds all the pages' OCR of one file may take; a page
    /// is not started past it and the file is refused.
    pub ocr_budget_secs: u64,
}

impl Default for PdfLimits {
    fn default() -> Self {
        PdfLimits {
            max_pages: 500,
            max_ocr_pages: 20,
            ocr_side: 2200,
            ocr_budget_secs: 120,
        }
    }
}

/// Poppler reads its input from standard input with this file name.
const STDIN: &str = "fd://0";

/// The text of `bytes`: one part for the metadata, then one per page.
/// Pages without a text layer (scans, text drawn as outlines) are rendered
/// by `pdftoppm` and read by OCR when `ocr` is on, a finding there refusing
/// the file; without OCR, such a page that shows anything refuses it.
pub fn read(
    bytes: &[u8],
    limits: &PdfLimits,
    run_limits: &RunLimits,
    ocr: bool,
) -> Result<Vec<Part>, FileError> {
    let started = std::time::Instant::now();
    let info = run("pdfinfo", &["-enc", "UTF-8", STDIN], bytes, run_limits)
        .map_err(|_| FileError::DocumentUnreadable)?;
    let info = String::from_utf8_lossy(&info);
    let (pages, metadata) = parse_info(&info);
    let pages = pages.ok_or(FileError::DocumentUnreadable)?;
    if pages > limits.max_pages {
        return Err(FileError::DocumentTooLarge);
    }
    let text = run(
        "pdftotext",
        // -layout keeps the page's lines as they are: the default mode
        // joins a line ending in "-" to the next (dehyphenation), which
        // rewrites values such as a PEM block's "-----" lines.
        &["-layout", "-enc", "UTF-8", "-eol", "unix", "-q", STDIN, "-"],
        bytes,
        run_limits,
    )
    .map_err(|e| match e {
        crate::run::RunError::TooMuchOutput => FileError::DocumentTooLarge,
        _ => FileError::DocumentUnreadable,
    })?;
    let text = String::from_utf8_lossy(&text);
    // pdftotext ends every page with a form feed.
    let page_texts: Vec<&str> = text.split('\x0c').take(pages as usize).collect();
    let mut parts = vec![Part {
        place: "metadata".into(),
        text: metadata,
    }];
    let mut blank = Vec::new();
    for i in 0..pages as usize {
        let t = page_texts.get(i).copied().unwrap_or("");
        if t.trim().is_empty() {
            blank.push(i + 1);
        }
        parts.push(Part {
            place: format!("page {}", i + 1),
            text: t.to_owned(),
        });
    }
    if ocr {
        if blank.len() > limits.max_ocr_pages {
            return Err(FileError::NoTextLayer);
        }
        // Pages with a picture the size of a screenshot are read by OCR
        // too (a screenshot pasted into a report); logos and icons are not.
        let list = run("pdfimages", &["-list", STDIN], bytes, run_limits)
            .map_err(|_| FileError::DocumentUnreadable)?;
        let mut to_read = blank.clone();
        for p in pages_with_pictures(&String::from_utf8_lossy(&list)) {
            if !to_read.contains(&p) && p <= pages as usize {
                to_read.push(p);
            }
        }
        if to_read.len() > limits.max_ocr_pages {
            return Err(FileError::DocumentTooLarge);
        }
        to_read.sort_unstable();
        for page in &to_read {
            if started.elapsed().as_secs() >= limits.ocr_budget_secs {
                return Err(FileError::DocumentTooLarge);
            }
            ocr_page(bytes, *page, limits, run_limits)?;
        }
        return Ok(parts);
    }
    if pages > 0 && blank.len() == pages as usize {
        return Err(FileError::NoTextLayer);
    }
    if !blank.is_empty() {
        // A page without text is fine when it is blank, not when it shows
        // a picture we cannot read.
        let list = run("pdfimages", &["-list", STDIN], bytes, run_limits)
            .map_err(|_| FileError::DocumentUnreadable)?;
        let with_images = pages_with_images(&String::from_utf8_lossy(&list));
        if blank.iter().any(|p| with_images.contains(p)) {
            return Err(FileError::NoTextLayer);
        }
    }
    Ok(parts)
}

/// Renders page `page` and screens what OCR reads on it (with OCR's
/// confusions undone where a checksum decides, as for screenshots).
fn ocr_page(
    bytes: &[u8],
    page: usize,
    limits: &PdfLimits,
    run_limits: &RunLimits,
) -> Result<(), FileError> {
    let n = page.to_string();
    let side = limits.ocr_side.to_string();
    let png = run(
        "pdftoppm",
        &[
            "-f",
            &n,
            "-l",
            &n,
            "-scale-to",
            &side,
            "-gray",
            "-png",
            STDIN,
        ],
        bytes,
        run_limits,
    )
    .map_err(|_| FileError::DocumentUnreadable)?;
    let words = crate::ocr::read(&png, run_limits)?;
    crate::ocr::screen(&words).map_err(|e| match e {
        FileError::Sensitive { found, .. } => FileError::Sensitive {
            found: found
                .into_iter()
                .map(|f| crate::Found {
                    place: Some(format!("page {page} (read by OCR)")),
                    ..f
                })
                .collect(),
            boxes: vec![],
        },
        other => other,
    })
}

/// The page count and the free-text metadata fields of `pdfinfo`'s output.
fn parse_info(info: &str) -> (Option<u32>, String) {
    let mut pages = None;
    let mut meta = String::new();
    for line in info.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        match key.trim() {
            "Pages" => pages = value.trim().parse().ok(),
            "Title" | "Subject" | "Keywords" | "Author" | "Creator" | "Producer" => {
                meta.push_str(value.trim());
                meta.push('\n');
            }
            _ => {}
        }
    }
    (pages, meta)
}

/// The page numbers `pdfimages -list` names (its first column, after two
/// header lines).
fn pages_with_images(list: &str) -> Vec<usize> {
    list.lines()
        .skip(2)
        .filter_map(|l| l.split_whitespace().next()?.parse().ok())
        .collect()
}

/// The pages showing an image large enough to hold readable text (at
/// least 300 × 60 pixels, not a mask), each once.
fn pages_with_pictures(list: &str) -> Vec<usize> {
    let mut pages: Vec<usize> = list
        .lines()
        .skip(2)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            let page: usize = cols.first()?.parse().ok()?;
            let kind = *cols.get(2)?;
            let w: u32 = cols.get(3)?.parse().ok()?;
            let h: u32 = cols.get(4)?.parse().ok()?;
            (kind == "image" && w.max(h) >= 300 && w.min(h) >= 60).then_some(page)
        })
        .collect();
    pages.dedup();
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_gives_pages_and_metadata() {
        let info = "Title:           Q3 report\nAuthor:          Ann\nPages:           3\nEncrypted:       no\n";
        assert_eq!(parse_info(info), (Some(3), "Q3 report\nAnn\n".to_owned()));
    }

    #[test]
    fn image_list_gives_pages() {
        let list = "page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio\n\
--------------------------------------------------------------------------------------------\n   \
2     0 image    1700  2200  gray    1   8  jpeg   no         9  0   200   200  180K 4.9%\n";
        assert_eq!(pages_with_images(list), vec![2]);
        assert_eq!(pages_with_pictures(list), vec![2]);
        let logo = "h\n-\n   1     0 image      64    32  rgb     3   8  image  no         7  0    72    72 1K 10%\n";
        assert_eq!(pages_with_pictures(logo), Vec::<usize>::new());
    }
}
