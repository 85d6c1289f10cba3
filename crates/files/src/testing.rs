//! Real files for tests (feature `testing`): PDFs written by a minimal PDF
//! writer, Office files zipped from their XML parts, screenshots drawn
//! with a real font (DejaVu Sans, Debian's fonts-dejavu-core) so
//! Tesseract reads them as it reads a screen, and a zip bomb.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ab_glyph::{Font, FontVec, PxScale, ScaleFont, point};
use image::{ImageFormat, Rgb, RgbImage};
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;

/// A PDF with one page per item of `pages`, each line of an item a line
/// of Helvetica text on that page (WinAnsi: Latin-1 letters such as "è"
/// are written as such, anything else as "?").
pub fn pdf(pages: &[&str]) -> Vec<u8> {
    let n = pages.len();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} >>",
            (0..n)
                .map(|i| format!("{} 0 R", 3 + 2 * i))
                .collect::<Vec<_>>()
                .join(" ")
        )
        .into_bytes(),
    ];
    let font = 3 + 2 * n;
    for (i, text) in pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>",
                4 + 2 * i
            )
            .into_bytes(),
        );
        let mut content = b"BT /F1 12 Tf 14 TL 72 720 Td\n".to_vec();
        for line in text.lines() {
            content.push(b'(');
            for c in line.chars() {
                match c {
                    '\\' | '(' | ')' => content.extend_from_slice(&[b'\\', c as u8]),
                    c if u32::from(c) < 0x100 => content.push(c as u8),
                    _ => content.push(b'?'),
                }
            }
            content.extend_from_slice(b") Tj T*\n");
        }
        content.extend_from_slice(b"ET");
        let mut obj = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        obj.extend_from_slice(&content);
        obj.extend_from_slice(b"\nendstream");
        objects.push(obj);
    }
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    assemble_pdf(&objects)
}

/// A PDF whose only page shows a picture and holds no text (a scan) of a
/// plain gray square.
pub fn scanned_pdf() -> Vec<u8> {
    picture_pdf(8, 8, &[0x80u8; 64], None)
}

/// A PDF whose only page is a scan (a picture, no text layer) of `lines`
/// of text.
pub fn scanned_pdf_showing(lines: &[&str]) -> Vec<u8> {
    let png = screenshot(lines, 24.0);
    let img = image::load_from_memory(&png).unwrap().to_luma8();
    picture_pdf(img.width(), img.height(), img.as_raw(), None)
}

/// A PDF page with `text` in its text layer and, below it, a picture (a
/// pasted screenshot) showing `lines`.
pub fn pdf_with_screenshot(text: &str, lines: &[&str]) -> Vec<u8> {
    let png = screenshot(lines, 24.0);
    let img = image::load_from_memory(&png).unwrap().to_luma8();
    picture_pdf(img.width(), img.height(), img.as_raw(), Some(text))
}

fn picture_pdf(w: u32, h: u32, pixels: &[u8], text: Option<&str>) -> Vec<u8> {
    let mut image = format!(
        "<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length {} >>\nstream\n",
        pixels.len()
    )
    .into_bytes();
    image.extend_from_slice(pixels);
    image.extend_from_slice(b"\nendstream");
    let height = 500 * h / w.max(1);
    let mut content = String::new();
    if let Some(t) = text {
        let escaped = t
            .replace('\\', "\\\\")
            .replace('(', "\\(")
            .replace(')', "\\)");
        content.push_str(&format!("BT /F1 12 Tf 72 760 Td ({escaped}) Tj ET\n"));
    }
    content.push_str(&format!(
        "q 500 0 0 {height} 50 {} cm /Im1 Do Q",
        742 - height
    ));
    let mut contents = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
    contents.extend_from_slice(content.as_bytes());
    contents.extend_from_slice(b"\nendstream");
    assemble_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> /Font << /F1 6 0 R >> >> >>".to_vec(),
        contents,
        image,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
    ])
}

fn assemble_pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A zip of `(name, bytes)` entries, deflated.
pub fn zip(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn content_types(main_part: &str, main_type: &str, others: &[(&str, &str)]) -> Vec<u8> {
    let mut x = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#,
    );
    x.push_str(&format!(
        r#"<Override PartName="{main_part}" ContentType="{main_type}"/>"#
    ));
    for (part, ty) in others {
        x.push_str(&format!(
            r#"<Override PartName="{part}" ContentType="{ty}"/>"#
        ));
    }
    x.push_str("</Types>");
    x.into_bytes()
}

fn rels(target: &str) -> Vec<u8> {
    format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{target}"/></Relationships>"#).into_bytes()
}

/// A Word document: one paragraph per item of `paragraphs`, each split in
/// two runs in the middle (as Word does), and `comment` in comments.xml.
pub fn docx(paragraphs: &[&str], comment: Option<&str>) -> Vec<u8> {
    docx_with_picture(paragraphs, comment, None)
}

/// `docx`, with `picture` (PNG bytes) embedded as word/media/image1.png.
pub fn docx_with_picture(
    paragraphs: &[&str],
    comment: Option<&str>,
    picture: Option<&[u8]>,
) -> Vec<u8> {
    let mut body = String::new();
    for p in paragraphs {
        let mid = p
            .char_indices()
            .nth(p.chars().count() / 2)
            .map_or(0, |(i, _)| i);
        let (a, b) = p.split_at(mid);
        body.push_str(&format!(
            r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
            escape(a),
            escape(b)
        ));
    }
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut entries = vec![
        (
            "[Content_Types].xml",
            content_types(
                "/word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                &[(
                    "/word/comments.xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                )],
            ),
        ),
        ("_rels/.rels", rels("word/document.xml")),
        ("word/document.xml", doc.into_bytes()),
    ];
    if let Some(c) = comment {
        entries.push((
            "word/comments.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Ann"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:comment></w:comments>"#,
                escape(c)
            )
            .into_bytes(),
        ));
    }
    if let Some(p) = picture {
        entries.push(("word/media/image1.png", p.to_vec()));
    }
    zip(&entries)
}

/// A workbook with one sheet: `rows` of cells, text cells through the
/// shared strings table except those starting with `=inline:` (an inline
/// string) and numbers (a value).
pub fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut shared = Vec::new();
    let mut sheet = String::new();
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let reference = format!("{}{}", (b'A' + c as u8) as char, r + 1);
            if let Some(inline) = cell.strip_prefix("=inline:") {
                sheet.push_str(&format!(
                    r#"<c r="{reference}" t="inlineStr"><is><t>{}</t></is></c>"#,
                    escape(inline)
                ));
            } else if !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit()) {
                sheet.push_str(&format!(r#"<c r="{reference}"><v>{cell}</v></c>"#));
            } else {
                sheet.push_str(&format!(
                    r#"<c r="{reference}" t="s"><v>{}</v></c>"#,
                    shared.len()
                ));
                shared.push(*cell);
            }
        }
        sheet.push_str("</row>");
    }
    let sst: String = shared
        .iter()
        .map(|s| format!("<si><t>{}</t></si>", escape(s)))
        .collect();
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    zip(&[
        (
            "[Content_Types].xml",
            content_types(
                "/xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                &[
                    ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
                    ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
                ],
            ),
        ),
        ("_rels/.rels", rels("xl/workbook.xml")),
        (
            "xl/workbook.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>"#).into_bytes(),
        ),
        (
            "xl/sharedStrings.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="{0}" uniqueCount="{0}">{sst}</sst>"#, shared.len()).into_bytes(),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{sheet}</sheetData></worksheet>"#).into_bytes(),
        ),
    ])
}

/// A presentation with one slide per item of `slides`, and `notes` as the
/// speaker notes of the last slide.
pub fn pptx(slides: &[&str], notes: Option<&str>) -> Vec<u8> {
    let a = "http://schemas.openxmlformats.org/drawingml/2006/main";
    let p = "http://schemas.openxmlformats.org/presentationml/2006/main";
    let shape = |text: &str| {
        format!(
            r#"<p:sp><p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="en-US"/><a:t>{}</a:t></a:r></a:p></p:txBody></p:sp>"#,
            escape(text)
        )
    };
    let mut entries = vec![
        (
            "[Content_Types].xml".to_owned(),
            content_types(
                "/ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                &[],
            ),
        ),
        ("_rels/.rels".to_owned(), rels("ppt/presentation.xml")),
        (
            "ppt/presentation.xml".to_owned(),
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="{p}"><p:sldIdLst/></p:presentation>"#).into_bytes(),
        ),
    ];
    for (i, s) in slides.iter().enumerate() {
        entries.push((
            format!("ppt/slides/slide{}.xml", i + 1),
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:a="{a}" xmlns:p="{p}"><p:cSld><p:spTree>{}</p:spTree></p:cSld></p:sld>"#, shape(s)).into_bytes(),
        ));
    }
    if let Some(n) = notes {
        entries.push((
            "ppt/notesSlides/notesSlide1.xml".to_owned(),
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><p:notes xmlns:a="{a}" xmlns:p="{p}"><p:cSld><p:spTree>{}</p:spTree></p:cSld></p:notes>"#, shape(n)).into_bytes(),
        ));
    }
    let borrowed: Vec<(&str, Vec<u8>)> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    zip(&borrowed)
}

/// A docx whose document part inflates to `inflated` bytes of spaces (a
/// zip bomb: a few KiB on the wire).
pub fn zip_bomb(inflated: usize) -> Vec<u8> {
    let mut doc = br#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>"#.to_vec();
    doc.resize(doc.len() + inflated, b' ');
    doc.extend_from_slice(b"</w:body></w:document>");
    zip(&[
        (
            "[Content_Types].xml",
            content_types(
                "/word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                &[],
            ),
        ),
        ("word/document.xml", doc),
    ])
}

/// Where Debian's fonts-dejavu-core puts the font screenshots are drawn in.
pub const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// A PNG screenshot: dark text on a light window, one line per item of
/// `lines`, drawn in DejaVu Sans at `px` pixels.
pub fn screenshot(lines: &[&str], px: f32) -> Vec<u8> {
    let data = std::fs::read(FONT)
        .unwrap_or_else(|e| panic!("{FONT}: {e} (apt-get install fonts-dejavu-core)"));
    let font = FontVec::try_from_vec(data).unwrap();
    let scale = PxScale::from(px);
    let scaled = font.as_scaled(scale);
    let line_height = (scaled.height() + scaled.line_gap()).ceil() * 1.3;
    let margin = px;
    let width = lines
        .iter()
        .map(|l| {
            l.chars()
                .map(|c| scaled.h_advance(font.glyph_id(c)))
                .sum::<f32>()
        })
        .fold(0.0f32, f32::max)
        + 2.0 * margin;
    let height = line_height * lines.len() as f32 + 2.0 * margin;
    let mut img = RgbImage::from_pixel(
        width.ceil() as u32,
        height.ceil() as u32,
        Rgb([246, 247, 249]),
    );
    for (i, line) in lines.iter().enumerate() {
        let mut x = margin;
        let baseline = margin + scaled.ascent() + line_height * i as f32;
        let mut prev = None;
        for c in line.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = prev {
                x += scaled.kern(p, id);
            }
            let glyph = id.with_scale_and_position(scale, point(x, baseline));
            x += scaled.h_advance(id);
            prev = Some(id);
            if let Some(outlined) = font.outline_glyph(glyph) {
                let bounds = outlined.px_bounds();
                outlined.draw(|gx, gy, coverage| {
                    let px = bounds.min.x as i64 + i64::from(gx);
                    let py = bounds.min.y as i64 + i64::from(gy);
                    if px >= 0 && py >= 0 && (px as u32) < img.width() && (py as u32) < img.height()
                    {
                        let p = img.get_pixel_mut(px as u32, py as u32);
                        for ch in 0..3 {
                            let bg = f32::from(p.0[ch]);
                            p.0[ch] = (bg * (1.0 - coverage) + 30.0 * coverage) as u8;
                        }
                    }
                });
            }
        }
    }
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .unwrap();
    out
}
