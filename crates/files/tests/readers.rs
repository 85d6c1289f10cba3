//! The readers on real files: PDFs, Office files and screenshots built
//! here, read by the real poppler, zip reader and Tesseract.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use files::{FileError, FileKind, Limits, clean, testing};

const CARD: &str = "4539 1488 0343 6467";
const IBAN: &str = "IT60X0542811101000000123456";

fn refused(bytes: &[u8], name: &str) -> FileError {
    match clean(bytes, name, false, &Limits::default()) {
        Ok(c) => panic!("{name} was accepted as {:?}", c.kind),
        Err(e) => e,
    }
}

fn accepted(bytes: &[u8], name: &str) -> files::Cleaned {
    clean(bytes, name, false, &Limits::default()).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn sensitive(e: FileError) -> (Vec<files::Found>, Vec<files::WordBox>) {
    match e {
        FileError::Sensitive { found, boxes } => (found, boxes),
        other => panic!("not refused for its content: {other:?}"),
    }
}

#[test]
fn pdf_secret_on_page_two_is_found_there() {
    let pdf = testing::pdf(&[
        "Monthly report\nThe 502 started at 09:41.",
        &format!("Customer paid with card {CARD}\nthen the call failed"),
        "Nothing else to add.",
    ]);
    let (found, boxes) = sensitive(refused(&pdf, "report.pdf"));
    assert!(boxes.is_empty());
    assert_eq!(found[0].kind, guard::Kind::CardNumber);
    assert_eq!(found[0].place.as_deref(), Some("page 2"));
}

#[test]
fn a_clean_pdf_is_stored_as_sent() {
    let pdf = testing::pdf(&[
        "Request 3f2c1e9a-8b7d-4c6e-9f01-23456789abcd failed",
        "GET /v1/accounts returned 502",
    ]);
    let c = accepted(&pdf, "trace.txt");
    assert_eq!(c.kind, FileKind::Pdf);
    assert_eq!(c.content_type, "application/pdf");
    assert_eq!(c.filename, "trace.pdf");
    assert_eq!(c.data, pdf);
}

#[test]
fn unreadable_and_scanned_pdfs_are_refused() {
    assert_eq!(
        refused(b"%PDF-1.4\n%%EOF\n", "a.pdf"),
        FileError::DocumentUnreadable
    );
    let mut broken = testing::pdf(&["hello"]);
    broken.truncate(40);
    assert_eq!(refused(&broken, "a.pdf"), FileError::DocumentUnreadable);
    // Without OCR a scanned page cannot be read: refused.
    let run = files::RunLimits::default();
    let pdf_limits = files::pdf::PdfLimits::default();
    assert_eq!(
        files::pdf::read(&testing::scanned_pdf(), &pdf_limits, &run, false),
        Err(FileError::NoTextLayer)
    );
    // With OCR, past the number of pages it may read: refused.
    let one_page = files::pdf::PdfLimits {
        max_ocr_pages: 0,
        ..pdf_limits
    };
    assert_eq!(
        files::pdf::read(&testing::scanned_pdf(), &one_page, &run, true),
        Err(FileError::NoTextLayer)
    );
}

#[test]
fn a_scanned_pdf_is_read_by_ocr() {
    if !ocr_on() {
        return;
    }
    let scan = testing::scanned_pdf_showing(&["Refund request", &format!("Card {CARD}")]);
    let (found, boxes) = sensitive(refused(&scan, "scan.pdf"));
    assert_eq!(found[0].kind, guard::Kind::CardNumber);
    assert_eq!(found[0].place.as_deref(), Some("page 1 (read by OCR)"));
    assert!(boxes.is_empty());
    let clean_scan = testing::scanned_pdf_showing(&["Refund request", "order 3f2c1e9a"]);
    assert_eq!(accepted(&clean_scan, "scan.pdf").kind, FileKind::Pdf);
    // Past the file's OCR budget (none here), a page is not read: refused.
    let no_budget = files::pdf::PdfLimits {
        ocr_budget_secs: 0,
        ..files::pdf::PdfLimits::default()
    };
    assert_eq!(
        files::pdf::read(&clean_scan, &no_budget, &files::RunLimits::default(), true),
        Err(FileError::DocumentTooLarge)
    );
}

#[test]
fn a_screenshot_pasted_into_a_pdf_page_with_text_is_read() {
    if !ocr_on() {
        return;
    }
    let pdf = testing::pdf_with_screenshot(
        "Incident report, see the screenshot",
        &["Checkout", &format!("Card {CARD}")],
    );
    let (found, _) = sensitive(refused(&pdf, "report.pdf"));
    assert_eq!(found[0].kind, guard::Kind::CardNumber);
    assert_eq!(found[0].place.as_deref(), Some("page 1 (read by OCR)"));
    let fine = testing::pdf_with_screenshot("Incident report", &["502 Bad Gateway at 09:41"]);
    assert_eq!(accepted(&fine, "report.pdf").kind, FileKind::Pdf);
}

#[test]
fn a_screenshot_pasted_into_a_word_file_is_read() {
    if !ocr_on() {
        return;
    }
    let shot = testing::screenshot(&["Checkout", &format!("IBAN {IBAN}")], 18.0);
    let docx = testing::docx_with_picture(&["See the picture"], None, Some(&shot));
    let (found, _) = sensitive(refused(&docx, "notes.docx"));
    assert_eq!(found[0].kind, guard::Kind::Iban);
    assert_eq!(found[0].place.as_deref(), Some("word/media/image1.png"));
    let fine = testing::screenshot(&["502 Bad Gateway at 09:41"], 18.0);
    let docx = testing::docx_with_picture(&["See the picture"], None, Some(&fine));
    assert_eq!(accepted(&docx, "notes.docx").kind, FileKind::Docx);
}

#[test]
fn office_files_are_read_in_every_part() {
    let clean_docx = testing::docx(
        &[
            "The 502 started at 09:41.",
            "Request 3f2c1e9a-8b7d-4c6e-9f01-23456789abcd",
        ],
        Some("see the logs"),
    );
    let c = accepted(&clean_docx, "notes");
    assert_eq!(c.kind, FileKind::Docx);
    assert_eq!(c.filename, "notes.docx");
    assert_eq!(
        c.content_type,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );

    // In the body, split across runs.
    let docx = testing::docx(&["Hello", &format!("IBAN {IBAN} of the customer")], None);
    let (found, _) = sensitive(refused(&docx, "letter.docx"));
    assert_eq!(found[0].kind, guard::Kind::Iban);
    assert_eq!(found[0].place.as_deref(), Some("word/document.xml"));
    // In a comment only.
    let docx = testing::docx(
        &["Hello"],
        Some("client_secret=canarySecretQ1w2e3r4t5y6u7i8"),
    );
    let (found, _) = sensitive(refused(&docx, "letter.docx"));
    assert_eq!(found[0].place.as_deref(), Some("word/comments.xml"));

    let xlsx = testing::xlsx(&[&["name", "card"], &["Ann", "4539148803436467"]]);
    assert_eq!(
        sensitive(refused(&xlsx, "export.xlsx")).0[0].kind,
        guard::Kind::CardNumber
    );
    let xlsx = testing::xlsx(&[&["note"], &["=inline:password: CanaryPw!2026xyz"]]);
    assert_eq!(
        sensitive(refused(&xlsx, "export.xlsx")).0[0].kind,
        guard::Kind::Password
    );
    let ok = testing::xlsx(&[&["endpoint", "status"], &["/v1/accounts", "502"]]);
    assert_eq!(accepted(&ok, "x.bin").kind, FileKind::Xlsx);
    assert_eq!(accepted(&ok, "x.bin").filename, "x.xlsx");

    let pptx = testing::pptx(
        &["Incident review", "Timeline"],
        Some(&format!("card {CARD}")),
    );
    let (found, _) = sensitive(refused(&pptx, "deck.pptx"));
    assert_eq!(
        found[0].place.as_deref(),
        Some("ppt/notesSlides/notesSlide1.xml")
    );
    let ok = testing::pptx(&["Incident review"], Some("talk about retries"));
    assert_eq!(accepted(&ok, "deck.pptx").kind, FileKind::Pptx);
}

#[test]
fn zip_bombs_and_other_zips_are_refused() {
    // 8 MiB of spaces in a few KiB: the ratio gives it away.
    let bomb = testing::zip_bomb(8 * 1024 * 1024);
    assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
    assert_eq!(refused(&bomb, "bomb.docx"), FileError::DocumentTooLarge);
    // Per-entry and total caps, with the ratio out of the way.
    let limits = Limits {
        archive: files::ArchiveLimits {
            max_entry_bytes: 1024,
            ..files::ArchiveLimits::default()
        },
        ..Limits::default()
    };
    let big = testing::docx(&[&"x".repeat(2000)], None);
    assert_eq!(
        clean(&big, "a.docx", false, &limits).err(),
        Some(FileError::DocumentTooLarge)
    );
    let limits = Limits {
        archive: files::ArchiveLimits {
            max_entries: 2,
            ..files::ArchiveLimits::default()
        },
        ..Limits::default()
    };
    let doc = testing::docx(&["hello"], None);
    assert_eq!(
        clean(&doc, "a.docx", false, &limits).err(),
        Some(FileError::DocumentTooLarge)
    );
    // A zip that is not an Office file.
    let other = testing::zip(&[("readme.txt", b"hello".to_vec())]);
    assert_eq!(refused(&other, "a.docx"), FileError::UnsupportedType);
}

fn ocr_on() -> bool {
    let on = files::readers().ocr;
    if !on {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs tesseract-ocr: screenshots must be read there"
        );
    }
    on
}

#[test]
fn a_screenshot_with_a_card_number_is_refused_with_its_boxes() {
    if !ocr_on() {
        return;
    }
    let png = testing::screenshot(&["Payment failed", &format!("Card {CARD} exp 04/29")], 18.0);
    let (found, boxes) = sensitive(refused(&png, "shot.png"));
    assert_eq!(found[0].kind, guard::Kind::CardNumber);
    assert!(boxes.len() >= 4, "{boxes:?}");
    let img = image::load_from_memory(&png).unwrap();
    for b in &boxes {
        assert_eq!(b.kind, guard::Kind::CardNumber);
        assert!(b.width > 0 && b.height > 0);
        assert!(
            b.x + b.width <= img.width() && b.y + b.height <= img.height(),
            "{b:?}"
        );
        // On the second line, right of the word "Card".
        assert!(b.y > img.height() / 3, "{b:?}");
        assert!(b.x > 40, "{b:?}");
    }
}

#[test]
fn a_screenshot_with_an_iban_is_refused() {
    if !ocr_on() {
        return;
    }
    let png = testing::screenshot(&["Bonifico verso", &format!("IBAN: {IBAN}")], 20.0);
    let (found, boxes) = sensitive(refused(&png, "bonifico.jpg"));
    assert_eq!(found[0].kind, guard::Kind::Iban);
    assert!(!boxes.is_empty());
    // Tesseract reads this one's "IT" as "1T": the country code is read
    // back as letters and the checksum decides.
    let png = testing::screenshot(&[&format!("IBAN {IBAN}")], 18.0);
    let (found, _) = sensitive(refused(&png, "iban.png"));
    assert_eq!(found[0].kind, guard::Kind::Iban);
}

#[test]
fn a_screenshot_with_a_request_id_is_accepted() {
    if !ocr_on() {
        return;
    }
    let png = testing::screenshot(
        &[
            "Error 502 Bad Gateway",
            "request id 3f2c1e9a-8b7d-4c6e-9f01-23456789abcd",
            "GET /v1/accounts at 09:41",
        ],
        18.0,
    );
    let c = accepted(&png, "error.png");
    assert_eq!(c.kind, FileKind::Png);
}

#[test]
fn a_screenshot_of_a_secret_in_a_config_is_refused() {
    if !ocr_on() {
        return;
    }
    let png = testing::screenshot(
        &[
            "client_id = acme-prod",
            "client_secret = canarySecretQ1w2e3r4t5y6u7i8",
        ],
        18.0,
    );
    let (found, _) = sensitive(refused(&png, "config.png"));
    assert_eq!(found[0].kind, guard::Kind::ClientSecret);
}
