//! Office files (docx, xlsx, pptx): a zip of XML parts. The type is told
//! by `[Content_Types].xml` naming the main part's content type (the
//! macro-enabled variants are not accepted). The text read is that of
//! every XML part — the body, headers and footers, footnotes, comments,
//! shared strings and sheets' inline strings, values and formulas, slides
//! and their notes, document properties, custom XML — and the targets of
//! relationships (hyperlinks carry tokens in their query strings).
//! Embedded pictures (`…/media/*.png|jpg|gif|webp`) are returned to be
//! read by OCR like a screenshot; other binary parts are not read.
//!
//! Zip bombs: the number of entries, each entry's and the total inflated
//! size and each entry's compression ratio are capped, counting the bytes
//! actually inflated, not the sizes the archive declares.

use crate::{FileError, FileKind, Part};
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// Limits on reading an archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveLimits {
    pub max_entries: usize,
    /// Inflated bytes of one entry.
    pub max_entry_bytes: u64,
    /// Inflated bytes of all entries read.
    pub max_total_bytes: u64,
    /// Inflated ÷ compressed, for entries larger than `ratio_floor`.
    pub max_ratio: u64,
    pub ratio_floor: u64,
    /// Embedded pictures read by OCR; more is refused.
    pub max_pictures: usize,
    /// Wall-clock seconds the pictures' OCR of one file may take; a picture
    /// is not started past it and the file is refused.
    pub ocr_budget_secs: u64,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits {
            max_entries: 2_000,
            max_entry_bytes: 32 * 1024 * 1024,
            max_total_bytes: 128 * 1024 * 1024,
            max_ratio: 100,
            ratio_floor: 1024 * 1024,
            max_pictures: 20,
            ocr_budget_secs: 120,
        }
    }
}

const MAIN_TYPES: [(&str, FileKind); 3] = [
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        FileKind::Docx,
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        FileKind::Xlsx,
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        FileKind::Pptx,
    ),
];

/// The Office type of a zip, by its `[Content_Types].xml`; `None` for any
/// other zip (or one that cannot be read).
pub fn kind_of(bytes: &[u8]) -> Option<FileKind> {
    let limits = ArchiveLimits::default();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    // Too many entries is judged by `read` (an Office file too large, not
    // a type refused).
    let types = read_entry(&mut zip, "[Content_Types].xml", &limits).ok()?;
    content_types_kind(&types)
}

fn content_types_kind(xml: &[u8]) -> Option<FileKind> {
    let text = std::str::from_utf8(xml).ok()?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut found = None;
    loop {
        match reader.read_event() {
            Ok(Event::Empty(e) | Event::Start(e)) if e.local_name().as_ref() == b"Override" => {
                for a in e.attributes().flatten() {
                    if a.key.local_name().as_ref() == b"ContentType" {
                        let v = a.unescape_value().ok()?;
                        if let Some((_, k)) = MAIN_TYPES.iter().find(|(t, _)| *t == v) {
                            if found.is_some_and(|f| f != *k) {
                                return None;
                            }
                            found = Some(*k);
                        }
                    }
                }
            }
            Ok(Event::Eof) => return found,
            Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// Reads one entry under the limits, counting what is really inflated.
fn read_entry(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limits: &ArchiveLimits,
) -> Result<Vec<u8>, FileError> {
    let entry = zip
        .by_name(name)
        .map_err(|_| FileError::DocumentUnreadable)?;
    inflate(entry, limits)
}

fn inflate<R: Read>(
    entry: zip::read::ZipFile<'_, R>,
    limits: &ArchiveLimits,
) -> Result<Vec<u8>, FileError> {
    let compressed = entry.compressed_size();
    let mut out = Vec::new();
    entry
        .take(limits.max_entry_bytes.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|_| FileError::DocumentUnreadable)?;
    let n = out.len() as u64;
    if n > limits.max_entry_bytes {
        return Err(FileError::DocumentTooLarge);
    }
    if n > limits.ratio_floor && n / compressed.max(1) > limits.max_ratio {
        return Err(FileError::DocumentTooLarge);
    }
    Ok(out)
}

/// True for the parts whose text is read: XML parts and relationships.
fn holds_text(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".xml") || lower.ends_with(".rels") || lower.ends_with(".vml")
}

/// True for embedded pictures (read by OCR when it is on).
fn is_picture(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.contains("/media/")
        && [".png", ".jpg", ".jpeg", ".gif", ".webp"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// The embedded pictures of an Office file: (part name, bytes).
pub type Pictures = Vec<(String, Vec<u8>)>;

/// The text of every part of an Office file that holds text, and its
/// embedded pictures.
pub fn read(bytes: &[u8], limits: &ArchiveLimits) -> Result<(Vec<Part>, Pictures), FileError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| FileError::DocumentUnreadable)?;
    if zip.len() > limits.max_entries {
        return Err(FileError::DocumentTooLarge);
    }
    let mut total: u64 = 0;
    let mut parts = Vec::new();
    let mut pictures = Vec::new();
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(|_| FileError::DocumentUnreadable)?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().to_owned();
        if entry.encrypted() {
            return Err(FileError::DocumentUnreadable);
        }
        let picture = is_picture(&name);
        if !holds_text(&name) && !picture {
            continue;
        }
        let data = inflate(entry, limits)?;
        total += data.len() as u64;
        if total > limits.max_total_bytes {
            return Err(FileError::DocumentTooLarge);
        }
        if picture {
            if pictures.len() >= limits.max_pictures {
                return Err(FileError::DocumentTooLarge);
            }
            pictures.push((name, data));
            continue;
        }
        let text = xml_text(&data).ok_or(FileError::DocumentUnreadable)?;
        if !text.trim().is_empty() {
            parts.push(Part { place: name, text });
        }
    }
    Ok((parts, pictures))
}

/// Elements whose end separates text (paragraphs, rows, cells, list items).
fn ends_a_block(local: &[u8]) -> bool {
    matches!(
        local,
        b"p" | b"tr" | b"tc" | b"c" | b"row" | b"si" | b"is" | b"v" | b"f" | b"txBody" | b"comment"
    )
}

/// The text of an XML part: text and CDATA nodes; runs of a paragraph are
/// joined as written (Word splits words across runs), blocks are separated
/// by line breaks, tabs and breaks kept; attributes that carry text people
/// wrote (link targets, alt text, titles) are read too.
fn xml_text(xml: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(xml).ok()?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut out = String::new();
    // Whether the element now open holds text directly (then its end
    // separates it from what follows, for elements outside a paragraph's
    // runs such as document properties).
    let mut direct_text = false;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => {
                attributes_text(&e, &mut out);
                direct_text = false;
            }
            Event::Empty(e) => {
                attributes_text(&e, &mut out);
                match e.local_name().as_ref() {
                    b"tab" => out.push('\t'),
                    b"br" | b"cr" => out.push('\n'),
                    _ => {}
                }
            }
            Event::Text(t) => {
                let s = t.unescape().ok()?;
                if !s.trim().is_empty() {
                    out.push_str(&s);
                    direct_text = true;
                } else if !s.is_empty() && direct_text {
                    out.push_str(&s);
                }
            }
            Event::CData(t) => {
                out.push_str(&String::from_utf8_lossy(&t.into_inner()));
                direct_text = true;
            }
            Event::End(e) => {
                let local = e.local_name();
                let local = local.as_ref();
                if ends_a_block(local) || (direct_text && local != b"t" && local != b"instrText") {
                    out.push('\n');
                }
                direct_text = false;
            }
            Event::Eof => return Some(out),
            _ => {}
        }
    }
}

/// Attribute values that hold text a person wrote or pasted.
fn attributes_text(e: &quick_xml::events::BytesStart<'_>, out: &mut String) {
    for a in e.attributes().flatten() {
        let key = a.key.local_name();
        if matches!(
            key.as_ref(),
            b"Target" | b"descr" | b"title" | b"tooltip" | b"alt"
        ) && let Ok(v) = a.unescape_value()
            && v.chars().count() > 3
        {
            out.push(' ');
            out.push_str(&v);
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_joined_and_paragraphs_separated() {
        let xml = br#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>card 4539</w:t></w:r><w:proofErr/><w:r><w:t xml:space="preserve"> 1488 0343</w:t></w:r><w:r><w:t> 6467</w:t></w:r></w:p><w:p><w:r><w:t>next &amp; more</w:t></w:r></w:p></w:body></w:document>"#;
        let t = xml_text(xml).unwrap_or_default();
        assert!(t.contains("card 4539 1488 0343 6467\n"), "{t:?}");
        assert!(t.contains("next & more"), "{t:?}");
    }

    #[test]
    fn properties_are_separated() {
        let xml = br#"<cp:coreProperties xmlns:cp="a" xmlns:dc="b"><dc:title>Q3</dc:title><dc:creator>Ann</dc:creator></cp:coreProperties>"#;
        assert_eq!(xml_text(xml).as_deref(), Some("Q3\nAnn\n"));
    }

    #[test]
    fn relationship_targets_are_read() {
        let xml = br#"<Relationships><Relationship Id="rId1" Type="h" Target="https://x.test/?access_token=abc" TargetMode="External"/></Relationships>"#;
        assert!(
            xml_text(xml)
                .unwrap_or_default()
                .contains("https://x.test/?access_token=abc")
        );
    }
}
