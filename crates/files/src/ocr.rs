//! Screenshots: what Tesseract reads in an image, screened by the guard.
//!
//! `tesseract` (Debian's tesseract-ocr, with the English and Italian
//! models) runs as a bounded process (see `run`) on a grayscale copy of
//! the stored pixels, enlarged twice when the image is small (screen text
//! is often smaller than Tesseract reads well), and prints TSV: one row
//! per word with its box. The words are laid out again as lines of text
//! and screened; every finding is answered with the boxes of the words it
//! covers, in the stored image's pixels, so the person can black them out.
//!
//! OCR confuses letters and digits (O/0, l/1/I, S/5, B/8, Z/2, G/6). A
//! second view of the text maps those letters to digits where they stand
//! in a run with digits, and a third turns digits back into letters in an
//! IBAN's country code ("1T60…" is "IT60…"); a finding in those views
//! counts only for the kinds a checksum decides (card numbers by Luhn,
//! IBANs by mod-97), so the mapping cannot invent a password or a token.

use crate::run::{RunError, RunLimits, run};
use crate::{FileError, Found, WordBox};
use image::ImageFormat;
use std::io::Cursor;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// One word Tesseract read, with its box in the stored image's pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    /// Tesseract's (block, paragraph, line): words of one line share it.
    pub line: (u32, u32, u32),
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// The `-l` argument for Tesseract: English, and Italian when its model is
/// installed; `None` when Tesseract or its English model is missing (then
/// screenshots are not read). Found once per process.
pub fn languages() -> Option<&'static str> {
    static LANGS: OnceLock<Option<&'static str>> = OnceLock::new();
    *LANGS.get_or_init(|| {
        let limits = RunLimits {
            wall_secs: 20,
            cpu_secs: 20,
            ..RunLimits::default()
        };
        let out = run("tesseract", &["--list-langs"], b"", &limits).ok()?;
        let out = String::from_utf8_lossy(&out);
        let has = |l: &str| out.lines().any(|line| line.trim() == l);
        match (has("eng"), has("ita")) {
            (true, true) => Some("eng+ita"),
            (true, false) => Some("eng"),
            _ => None,
        }
    })
}

/// Images whose longer side is at most this are enlarged twice for OCR.
const ENLARGE_BELOW: u32 = 1600;

/// Reads the words of `image` (PNG or JPEG bytes, as stored).
pub fn read(image: &[u8], limits: &RunLimits) -> Result<Vec<Word>, FileError> {
    let started = std::time::Instant::now();
    let words = read_timed(image, limits);
    let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
    OCR_RUNS.fetch_add(1, Ordering::Relaxed);
    OCR_NANOS.fetch_add(nanos, Ordering::Relaxed);
    words
}

static OCR_RUNS: AtomicU64 = AtomicU64::new(0);
static OCR_NANOS: AtomicU64 = AtomicU64::new(0);

/// OCR runs in this process and the nanoseconds they took, for `/metrics`.
pub fn totals() -> (u64, u64) {
    (
        OCR_RUNS.load(Ordering::Relaxed),
        OCR_NANOS.load(Ordering::Relaxed),
    )
}

fn read_timed(image: &[u8], limits: &RunLimits) -> Result<Vec<Word>, FileError> {
    let img = image::load_from_memory(image).map_err(|_| FileError::BadImage)?;
    let mut gray = img.to_luma8();
    let scale = if gray.width().max(gray.height()) <= ENLARGE_BELOW {
        2
    } else {
        1
    };
    if scale > 1 {
        gray = image::imageops::resize(
            &gray,
            gray.width() * scale,
            gray.height() * scale,
            image::imageops::FilterType::Triangle,
        );
    }
    let mut png = Vec::new();
    gray.write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| FileError::BadImage)?;
    let langs = languages().ok_or(FileError::OcrFailed)?;
    let tsv = run(
        "tesseract",
        &["stdin", "stdout", "-l", langs, "--dpi", "144", "tsv"],
        &png,
        limits,
    )
    .map_err(|e| match e {
        RunError::Spawn | RunError::Failed | RunError::TooMuchOutput => FileError::OcrFailed,
    })?;
    Ok(parse_tsv(&String::from_utf8_lossy(&tsv), scale))
}

/// The word rows (level 5) of Tesseract's TSV, boxes divided by `scale`.
pub fn parse_tsv(tsv: &str, scale: u32) -> Vec<Word> {
    let scale = scale.max(1);
    tsv.lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 12 || cols[0] != "5" {
                return None;
            }
            let n = |i: usize| cols[i].trim().parse::<u32>().ok();
            let text = cols[11..].join("\t").trim().to_owned();
            if text.is_empty() {
                return None;
            }
            let (x, y, w, h) = (n(6)?, n(7)?, n(8)?, n(9)?);
            Some(Word {
                text,
                line: (n(2)?, n(3)?, n(4)?),
                x: x / scale,
                y: y / scale,
                width: w.div_ceil(scale),
                height: h.div_ceil(scale),
            })
        })
        .collect()
}

/// The words laid out as text (a space between words, a line break
/// between lines) and each word's byte span in it.
fn layout(words: &[Word]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(words.len());
    let mut last_line = None;
    for w in words {
        if let Some(l) = last_line {
            text.push(if l == w.line { ' ' } else { '\n' });
        }
        let start = text.len();
        text.push_str(&w.text);
        spans.push((start, text.len()));
        last_line = Some(w.line);
    }
    (text, spans)
}

/// `text` with confusable letters turned into digits wherever they stand
/// in an unbroken run of digits and confusables holding at least one
/// digit. Byte for byte (every mapped character is ASCII), so offsets into
/// one are offsets into the other.
pub fn digit_view(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        if !(bytes[i].is_ascii_digit() || guard::ocr_digit(bytes[i]).is_some()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || guard::ocr_digit(bytes[i]).is_some())
        {
            i += 1;
        }
        if bytes[start..i].iter().any(u8::is_ascii_digit) {
            for j in start..i {
                if let Some(d) = guard::ocr_digit(bytes[j]) {
                    out[j] = d;
                }
            }
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// The letter a digit stands for in an IBAN's country code ("1T60…").
fn letter_for(b: u8) -> Option<u8> {
    Some(match b {
        b'1' | b'l' | b'|' => b'I',
        b'0' => b'O',
        b'5' => b'S',
        b'8' => b'B',
        b'2' => b'Z',
        b'6' => b'G',
        _ => return None,
    })
}

/// `digit_view(text)` where, in words that start like an IBAN (two
/// characters then two digits) but with a digit among the first two, those
/// digits become the letters OCR mistook for them. Byte for byte too.
pub fn iban_view(text: &str) -> String {
    let digits = digit_view(text);
    let mut out = digits.clone().into_bytes();
    let bytes = digits.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let word_start = i == 0 || bytes[i - 1].is_ascii_whitespace() || bytes[i - 1] == b':';
        if word_start
            && i + 4 <= bytes.len()
            && bytes[i + 2].is_ascii_digit()
            && bytes[i + 3].is_ascii_digit()
            && bytes[i..i + 2]
                .iter()
                .all(|b| b.is_ascii_uppercase() || letter_for(*b).is_some())
            && bytes[i..i + 2].iter().any(|b| !b.is_ascii_uppercase())
        {
            for j in i..i + 2 {
                if let Some(l) = letter_for(bytes[j]) {
                    out[j] = l;
                }
            }
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or(digits)
}

/// Screens the words read: `Ok` when nothing is found, else the findings
/// and the boxes of the words they cover.
pub fn screen(words: &[Word]) -> Result<(), FileError> {
    let (text, spans) = layout(words);
    let mut findings = guard::scan(&text);
    let mapped = digit_view(&text);
    if mapped != text {
        findings.extend(
            guard::scan(&mapped)
                .into_iter()
                .filter(|f| matches!(f.kind, guard::Kind::CardNumber | guard::Kind::Iban)),
        );
    }
    let ibans = iban_view(&text);
    if ibans != mapped {
        findings.extend(
            guard::scan(&ibans)
                .into_iter()
                .filter(|f| f.kind == guard::Kind::Iban),
        );
    }
    if findings.is_empty() {
        return Ok(());
    }
    let mut boxes: Vec<WordBox> = Vec::new();
    let mut found = Vec::new();
    for f in &findings {
        found.push(Found {
            kind: f.kind,
            start: f.start,
            end: f.end,
            place: Some("image".into()),
        });
        for (w, (s, e)) in words.iter().zip(&spans) {
            if *s < f.end && f.start < *e {
                let b = WordBox {
                    kind: f.kind,
                    x: w.x,
                    y: w.y,
                    width: w.width,
                    height: w.height,
                };
                if !boxes.contains(&b) {
                    boxes.push(b);
                }
            }
        }
    }
    Err(FileError::Sensitive { found, boxes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, line: u32, x: u32) -> Word {
        Word {
            text: text.into(),
            line: (1, 1, line),
            x,
            y: line * 20,
            width: 40,
            height: 12,
        }
    }

    #[test]
    fn tsv_rows_become_words() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t\n\
5\t1\t1\t1\t1\t1\t20\t40\t91\t25\t96.1\tcard\n\
5\t1\t1\t1\t1\t2\t121\t40\t61\t25\t95.0\t4539\n";
        let w = parse_tsv(tsv, 2);
        assert_eq!(w.len(), 2);
        assert_eq!(w[1].text, "4539");
        assert_eq!((w[1].x, w[1].y, w[1].width, w[1].height), (60, 20, 31, 13));
    }

    #[test]
    fn letters_in_digit_runs_become_digits() {
        assert_eq!(
            digit_view("card 4S39 l488 O343 6467"),
            "card 4539 1488 0343 6467"
        );
        assert_eq!(
            digit_view("IBAN IT60X054281110l000000123456"),
            "IBAN IT60X0542811101000000123456"
        );
        assert_eq!(digit_view("Hello Sportello OK"), "Hello Sportello OK");
    }

    #[test]
    fn digits_in_an_iban_country_code_become_letters() {
        assert_eq!(
            iban_view("IBAN 1T60X0542811101000000123456"),
            "IBAN IT60X0542811101000000123456"
        );
        assert_eq!(iban_view("card 4539 1488"), "card 4539 1488");
        let words = [
            word("IBAN", 1, 0),
            word("1T60X0542811101000000123456", 1, 50),
        ];
        let Err(FileError::Sensitive { boxes, .. }) = screen(&words) else {
            panic!("not found");
        };
        assert_eq!(boxes.len(), 1);
        assert_eq!(boxes[0].kind, guard::Kind::Iban);
    }

    #[test]
    fn a_misread_card_number_is_found_by_its_checksum() {
        let words = [
            word("card", 1, 0),
            word("4S39", 1, 50),
            word("l488", 1, 100),
            word("O343", 1, 150),
            word("6467", 1, 200),
            word("declined", 2, 0),
        ];
        let Err(FileError::Sensitive { boxes, .. }) = screen(&words) else {
            panic!("not found");
        };
        let xs: Vec<u32> = boxes.iter().map(|b| b.x).collect();
        assert_eq!(xs, vec![50, 100, 150, 200]);
        assert!(boxes.iter().all(|b| b.kind == guard::Kind::CardNumber));
    }

    #[test]
    fn a_misread_number_that_fails_its_checksum_passes() {
        // Luhn fails: an order number, not a card.
        let words = [
            word("order", 1, 0),
            word("4S39", 1, 50),
            word("l488", 1, 100),
            word("O343", 1, 150),
            word("6468", 1, 200),
        ];
        assert_eq!(screen(&words), Ok(()));
        let words = [
            word("request", 1, 0),
            word("3f2c1e9a-8b7d-4c6e-9f01-23456789abcd", 1, 80),
        ];
        assert_eq!(screen(&words), Ok(()));
    }
}
