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
fn ocr_debug() {
    let png = testing::screenshot(&["Payment failed for card 4539 1488 0343 6467", "request id 3f2c1e9a-8b7d-4c6e-9f01-23456789abcd"], 16.0);
    std::fs::write("/tmp/ex/shot.png", &png).unwrap();
    let words = files::ocr::read(&png, &files::RunLimits::default()).unwrap();
    for w in &words { eprintln!("{w:?}"); }
}
