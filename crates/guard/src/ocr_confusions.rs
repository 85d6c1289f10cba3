//! Digits OCR read as letters: `0`/`O`, `1`/`I`/`l`, `2`/`Z`, `5`/`S`,
//! `6`/`G`/`b`, `8`/`B`. A value with a checksum (an IBAN's mod-97, a
//! card's Luhn) read through these confusions counts when the checksum
//! holds on the digits OCR lost: the checksum, not the look, decides.

/// The digit a letter is often read for, if any.
pub(crate) fn digit_for(c: u8) -> Option<u8> {
    Some(match c {
        b'O' | b'o' | b'D' => b'0',
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

#[cfg(test)]
mod tests {
    use super::iban_through_confusions;

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
}
