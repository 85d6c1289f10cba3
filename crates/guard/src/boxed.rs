//! `|I|T|6|0|X|0|5|4|…|`, `I T 6 0 X 0 5 4 …`: an IBAN written one
//! character per box, as a form's boxed field comes out of a PDF's text
//! layer or OCR. Read after the word "IBAN" (a trigger), within the next
//! 120 bytes; the characters, joined, must be a valid IBAN (country,
//! length, check digits), so no other run of single letters counts.

use crate::{Confidence, Finding, Kind};

/// How far after the key the boxes may start.
const AHEAD: usize = 120;

/// `ends` are where each "IBAN" keyword ends.
pub(crate) fn scan(text: &str, ends: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut last = 0;
    for &e in ends {
        if e < last {
            continue;
        }
        let hi = (e + AHEAD).min(b.len());
        let mut i = e;
        while i < hi {
            if let Some((s, z)) = boxed_iban(b, i) {
                out.push(Finding {
                    kind: Kind::Iban,
                    start: s,
                    end: z,
                    confidence: Confidence::High,
                });
                last = z;
                break;
            }
            i += 1;
        }
    }
}

/// A boxed IBAN starting at `i`: a letter standing alone (after a box's
/// `|`, a space or a line's start), then single characters each parted
/// by the same separator (`|` or one space). Returns the span from the
/// first character to the last.
fn boxed_iban(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let c = *b.get(i)?;
    if !c.is_ascii_uppercase() || i == 0 || !matches!(b[i - 1], b'|' | b' ' | b'\n' | b'\t') {
        return None;
    }
    let sep = *b.get(i + 1)?;
    if sep != b'|' && sep != b' ' {
        return None;
    }
    let mut compact = [0u8; 34];
    let mut n = 0;
    let mut k = i;
    let mut end = i;
    while let Some(&ch) = b.get(k) {
        if !ch.is_ascii_alphanumeric() || n == compact.len() {
            break;
        }
        // One character per box: the next byte is the separator or the end.
        if b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        compact[n] = ch.to_ascii_uppercase();
        n += 1;
        end = k + 1;
        if b.get(k + 1) != Some(&sep) {
            break;
        }
        k += 2;
    }
    (n >= 15 && crate::iban::is_valid(&compact[..n])).then_some((i, end))
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as as found, scan};

    #[test]
    fn an_iban_in_boxes_parted_by_bars() {
        let t = "Account (IBAN)\n|G|B|8|2|W|E|S|T|1|2|3|4|5|6|9|8|7|6|5|4|3|2|\n";
        assert_eq!(
            found(t, Kind::Iban),
            ["G|B|8|2|W|E|S|T|1|2|3|4|5|6|9|8|7|6|5|4|3|2"]
        );
    }

    #[test]
    fn an_iban_in_boxes_parted_by_spaces() {
        let t = "IBAN: G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2\n";
        assert_eq!(
            found(t, Kind::Iban),
            ["G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2"]
        );
    }

    #[test]
    fn boxes_failing_the_check_digits_are_none() {
        let t = "IBAN |G|B|8|3|W|E|S|T|1|2|3|4|5|6|9|8|7|6|5|4|3|2|\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
    }
}
