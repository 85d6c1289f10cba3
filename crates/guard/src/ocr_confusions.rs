//! Digits OCR read as letters: `0`/`O`, `1`/`I`/`l`, `2`/`Z`, `5`/`S`,
//! `6`/`G`/`b`, `8`/`B`. A value with a checksum (an IBAN's mod-97, a
//! card's Luhn) read through these confusions counts when the checksum
//! holds on the digits OCR lost: the checksum, not the look, decides.

/// The digit a letter is often read for, if any. The one table of these
/// confusions: the OCR reader's views of a screenshot (`files::ocr`) use it
/// too.
pub fn digit_for(c: u8) -> Option<u8> {
    Some(match c {
        b'O' | b'o' | b'Q' | b'D' => b'0',
        b'I' | b'l' | b'i' | b'|' => b'1',
        b'Z' | b'z' => b'2',
        b'S' | b's' => b'5',
        b'G' | b'b' => b'6',
        b'B' => b'8',
        _ => return None,
    })
}

/// At most this many letters are tried as digits (2^4 readings).
const MAX_CONFUSED: usize = 4;

/// An IBAN whose check fails as read but holds when some of its letters
/// after the check digits are read as the digits OCR confuses them with.
/// Returns the compact form as corrected.
pub(crate) fn iban_through_confusions(compact: &[u8]) -> Option<Vec<u8>> {
    // Only a letter amid digits, past the BBAN's first character: a
    // BBAN's real letters (the Italian CIN, `INGB`, `BOFI`) lead it or
    // stand together, and a deliberately wrong IBAN stays wrong.
    let digit = |i: usize| compact.get(i).is_some_and(u8::is_ascii_digit);
    let confused: Vec<usize> = (5..compact.len())
        .filter(|&i| digit_for(compact[i]).is_some() && digit(i - 1) && digit(i + 1))
        .collect();
    if confused.is_empty() || confused.len() > MAX_CONFUSED {
        return None;
    }
    let mut v = compact.to_vec();
    // Every non-empty subset: a BBAN may hold real letters too (the
    // Italian CIN, a British bank's code), so not all are digits.
    for mask in 1u32..(1 << confused.len()) {
        for (bit, &i) in confused.iter().enumerate() {
            v[i] = if mask & (1 << bit) != 0 {
                digit_for(compact[i]).unwrap_or(compact[i])
            } else {
                compact[i]
            };
        }
        if crate::iban::is_valid(&v) {
            return Some(v);
        }
    }
    None
}

/// Words a card number is printed after when it is not grouped (a
/// receipt's `PAN 5454549Z95504704`).
const CARD_LABELS: &[&[u8]] = &[
    b"pan", b"card", b"carta", b"number", b"numero", b"nummer", b"tarjeta", b"carte", b"karte",
];

/// A cheap look before `card_through_confusions`, at the end of a run
/// of digits: a confused letter, or a group's separator and what may
/// start the next group. Most numbers in prose (dates, amounts, times)
/// stop here.
#[inline]
pub(crate) fn may_be_confused_card(b: &[u8], run_end: usize) -> bool {
    match b.get(run_end) {
        Some(&c) if digit_for(c).is_some() => true,
        Some(b' ' | b'.' | b'-') => b
            .get(run_end + 1)
            .is_some_and(|&c| c == b' ' || c.is_ascii_digit() || digit_for(c).is_some()),
        _ => false,
    }
}

/// A card number from `start` (a digit that starts a word) read through
/// OCR's confusions (`4242 4Z31 7883 8I93`, `5200B24|98966657`): one to
/// three letters among its digits, grouped as cards are printed (or glued
/// right after a card's label), Luhn and an issuer's range holding on the
/// digits read back. Returns where it ends.
#[inline(never)]
pub(crate) fn card_through_confusions(b: &[u8], start: usize) -> Option<usize> {
    let mut digits = [0u8; 19];
    let mut n = 0;
    let mut confused = 0;
    let mut groups = [0usize; 6];
    let mut g = 0;
    let mut i = start;
    let mut end = start;
    while i < b.len() && n < 19 {
        let c = b[i];
        let d = if c.is_ascii_digit() {
            Some(c)
        } else if c == b'|' {
            // A bar is a 1 only between digits, not a cell's border.
            (b.get(i + 1).is_some_and(u8::is_ascii_digit) && i > start).then_some(b'1')
        } else {
            digit_for(c)
        };
        if let Some(d) = d {
            if d != c {
                confused += 1;
            }
            digits[n] = d;
            n += 1;
            groups[g] += 1;
            i += 1;
            end = i;
            continue;
        }
        // One separator (two spaces at most) between groups.
        let sep = match c {
            b' ' if b.get(i + 1) == Some(&b' ') => 2,
            b' ' | b'.' | b'-' => 1,
            _ => break,
        };
        // The next group starts with a digit, or a confused letter and a
        // digit (`b921`, `I340`; not the word after the number).
        let next = b.get(i + sep).copied().unwrap_or(b' ');
        let then = b.get(i + sep + 1).copied().unwrap_or(b' ');
        let starts = next.is_ascii_digit() || (digit_for(next).is_some() && then.is_ascii_digit());
        if g + 1 >= groups.len() || !starts {
            break;
        }
        g += 1;
        i += sep;
    }
    if !(1..=3).contains(&confused) || n < 13 {
        return None;
    }
    if b.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let groups = &groups[..=g];
    let grouped = crate::card::GROUPINGS.contains(&groups);
    let labelled = groups.len() == 1 && after_card_label(b, start);
    if !(grouped || labelled) {
        return None;
    }
    crate::card::is_card(&digits[..n]).then_some(end)
}

/// Whether the word before `start` (past spaces and a colon) labels a card.
fn after_card_label(b: &[u8], start: usize) -> bool {
    let mut e = start;
    while e > 0 && matches!(b[e - 1], b' ' | b':' | b'\t') && start - e < 4 {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphabetic() && e - s < 8 {
        s -= 1;
    }
    let word = &b[s..e];
    CARD_LABELS.iter().any(|l| word.eq_ignore_ascii_case(l))
}

#[cfg(test)]
mod tests {
    use super::{card_through_confusions, iban_through_confusions};

    #[test]
    fn an_iban_read_through_ocr() {
        // DE89 3704 0044 0532 0130 00, with O for 0 and I for 1.
        assert!(iban_through_confusions(b"DE89370400440532O13O00").is_some());
        assert!(iban_through_confusions(b"DE8937040044O532O13000").is_some());
        // A bank's letters are no digits.
        assert!(iban_through_confusions(b"NL11INGB8824930727").is_none());
        // A wrong digit stays wrong.
        assert!(iban_through_confusions(b"DE89370400440532O13O01").is_none());
        // Nothing confused: nothing to try.
        assert!(iban_through_confusions(b"DE89370400440532013001").is_none());
    }

    #[test]
    fn a_card_read_through_ocr() {
        // 4242 4242 4242 4242 with Z for 2 and I for 1 where Luhn allows.
        let t = b"4242 4Z42 4242 4242 ok";
        assert_eq!(card_through_confusions(t, 0), Some(19));
        assert_eq!(
            card_through_confusions(b"PAN 42424Z4242424242", 4),
            Some(20)
        );
        // Not grouped and no label: nothing.
        assert_eq!(card_through_confusions(b"id 42424Z4242424242", 3), None);
        // No confusion: the ordinary scan's business.
        assert_eq!(card_through_confusions(b"4242 4242 4242 4242", 0), None);
        // A letter that is no digit ends it.
        assert_eq!(card_through_confusions(b"4242 4Z42 4242 4242x", 0), None);
    }
}
