//! IBANs: per-country length and the ISO 13616 mod-97 check.

/// (country code, total IBAN length) from the SWIFT IBAN registry.
const LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BI", 27),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DJ", 27),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FK", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"LY", 25),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MN", 20),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NI", 28),
    (b"NL", 18),
    (b"NO", 15),
    (b"OM", 23),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"RU", 33),
    (b"SA", 24),
    (b"SC", 31),
    (b"SD", 18),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"SO", 23),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
    (b"YE", 30),
];

/// Expected IBAN length for a country code (either case).
pub fn country_length(cc: [u8; 2]) -> Option<usize> {
    let cc = [cc[0].to_ascii_uppercase(), cc[1].to_ascii_uppercase()];
    LENGTHS.iter().find(|(c, _)| **c == cc).map(|(_, n)| *n)
}

/// mod-97 over the compact form (no spaces), letters as 10..35.
pub fn mod97_valid(compact: &[u8]) -> bool {
    if compact.len() < 5 {
        return false;
    }
    let mut rem: u32 = 0;
    let rotated = compact[4..].iter().chain(compact[..4].iter());
    for &b in rotated {
        let b = b.to_ascii_uppercase();
        if b.is_ascii_digit() {
            rem = (rem * 10 + u32::from(b - b'0')) % 97;
        } else if b.is_ascii_uppercase() {
            let v = u32::from(b - b'A') + 10;
            rem = (rem * 100 + v) % 97;
        } else {
            return false;
        }
    }
    rem == 1
}

/// A full check on a compact candidate: country, length, digits, checksum.
pub fn is_valid(compact: &[u8]) -> bool {
    if compact.len() < 15 {
        return false;
    }
    let cc = [compact[0], compact[1]];
    if !cc.iter().all(u8::is_ascii_alphabetic)
        || !compact[2].is_ascii_digit()
        || !compact[3].is_ascii_digit()
    {
        return false;
    }
    // Mixed-case country codes ("It60...") are prose more often than IBANs.
    if cc[0].is_ascii_uppercase() != cc[1].is_ascii_uppercase() {
        return false;
    }
    country_length(cc) == Some(compact.len()) && mod97_valid(compact)
}

/// Tries to read an IBAN starting at `start` (the country code). Between
/// characters it allows what careless layouts put there: a space, a dash,
/// a tab, a table's cell border (`|`), or a line break with the next
/// line's indentation (a cell too narrow for it). Returns (end, compact)
/// when the exact country length is reached; the checksum decides.
pub(crate) fn read_at(bytes: &[u8], start: usize) -> Option<(usize, Vec<u8>)> {
    let cc = [*bytes.get(start)?, *bytes.get(start + 1)?];
    let want = country_length(cc)?;
    let mut compact = Vec::with_capacity(want);
    let mut i = start;
    while compact.len() < want {
        let b = *bytes.get(i)?;
        if b.is_ascii_alphanumeric() {
            compact.push(b);
            i += 1;
            continue;
        }
        if compact.len() < 2 {
            return None;
        }
        // A separator run: bounded, one line break and one border at most.
        let run = i;
        let (mut newlines, mut bars, mut dashes) = (0, 0, 0);
        // Right after the line break, a quoted mail's `> ` (`>> `, `> > `)
        // prefix is part of the break: a reply quoting an IBAN a mail
        // client wrapped (`iban IT60\n> X054 …`). Mod-97 still decides.
        let mut line_start = false;
        while i < bytes.len() && i - run < 64 {
            match bytes[i] {
                b' ' | b'\t' | b'\r' => {}
                b'>' if line_start => {}
                b'\n' => {
                    newlines += 1;
                    line_start = true;
                    i += 1;
                    continue;
                }
                b'|' => bars += 1,
                // `GB34.BARC.3550…`: a dot groups like a dash.
                b'-' | b'.' => dashes += 1,
                _ => break,
            }
            line_start &= matches!(bytes[i], b' ' | b'\t' | b'\r' | b'>');
            i += 1;
        }
        if newlines > 1 || bars > 1 || dashes > 1 || (dashes == 1 && i - run > 1) {
            return None;
        }
        if !bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
    }
    Some((i, compact))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ibans() {
        assert!(is_valid(b"IT60X0542811101000000123456"));
        assert!(is_valid(b"GB29NWBK60161331926819"));
        assert!(is_valid(b"DE89370400440532013000"));
        assert!(is_valid(b"de89370400440532013000"));
        assert!(!is_valid(b"DE89370400440532013001"));
        assert!(!is_valid(b"DE8937040044053201300"));
    }

    #[test]
    fn reads_dotted_form() {
        let t = b"DE89.3704.0044.0532.0130.00. ok";
        let (end, compact) = read_at(t, 0).expect("reads");
        assert_eq!(end, 27);
        assert!(is_valid(&compact));
        assert!(read_at(b"DE89..3704.0044.0532.0130.00", 0).is_none());
    }

    #[test]
    fn reads_spaced_form() {
        let t = b"IT60 X054 2811 1010 0000 0123 456 ok";
        let (end, compact) = read_at(t, 0).expect("reads");
        assert_eq!(end, 33);
        assert!(is_valid(&compact));
    }

    #[test]
    fn reads_careless_layouts() {
        for t in [
            &b"IT60-X054-2811-1010-0000-0123-456"[..],
            b"IT60 X054 2811\n      1010 0000 0123 456",
            b"IT60 X054 2811 1010 | 0000 0123 456",
            b"IT60 X054 2811 1010\t0000 0123 456",
        ] {
            let (_, compact) = read_at(t, 0).expect("reads");
            assert!(is_valid(&compact), "{t:?}");
        }
        assert!(read_at(b"IT60 X054\n\nX2811", 0).is_none());
    }

    #[test]
    fn reads_across_a_quoted_wrap() {
        for t in [
            &b"IT60\n> X054 2811 1010 0000 0123 456 ok"[..],
            b"IT60 X054 2811\n> > 1010 0000 0123 456",
            b"GB29NWBK6016\n>>> 1331926819",
        ] {
            let (_, compact) = read_at(t, 0).expect("reads");
            assert!(is_valid(&compact), "{t:?}");
        }
        // The prefix only opens a line; a `>` inside a line still ends it,
        // and so does a second break.
        assert!(read_at(b"IT60 X054 > 2811 1010 0000 0123 456", 0).is_none());
        assert!(read_at(b"IT60 X054\n>\n> 2811 1010 0000 0123 456", 0).is_none());
    }
}
