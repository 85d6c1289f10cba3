//! National bank account numbers that carry their own check digits, found
//! without a label: the Italian BBAN (CIN letter, ABI, CAB, conto), the
//! French RIB (banque, guichet, compte, clé) and the Spanish CCC (entidad,
//! oficina, two control digits, cuenta). The check decides; separators
//! between the parts may be spaces, dashes, slashes or dots.

const ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

fn alnum_index(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a')),
        _ => None,
    }
}

/// The Italian CIN over ABI + CAB + conto (22 characters).
pub(crate) fn it_cin(rest: &[u8]) -> Option<u8> {
    if rest.len() != 22 {
        return None;
    }
    let mut sum = 0;
    for (k, &c) in rest.iter().enumerate() {
        let v = alnum_index(c)?;
        sum += if k % 2 == 0 { ODD[v as usize] } else { v };
    }
    Some(b'A' + (sum % 26) as u8)
}

fn rib_digit(c: u8) -> Option<u64> {
    match c.to_ascii_uppercase() {
        b'0'..=b'9' => Some(u64::from(c - b'0')),
        b'A' | b'J' => Some(1),
        b'B' | b'K' | b'S' => Some(2),
        b'C' | b'L' | b'T' => Some(3),
        b'D' | b'M' | b'U' => Some(4),
        b'E' | b'N' | b'V' => Some(5),
        b'F' | b'O' | b'W' => Some(6),
        b'G' | b'P' | b'X' => Some(7),
        b'H' | b'Q' | b'Y' => Some(8),
        b'I' | b'R' | b'Z' => Some(9),
        _ => None,
    }
}

fn num(d: &[u8]) -> Option<u64> {
    d.iter()
        .try_fold(0u64, |acc, &c| Some(acc * 10 + rib_digit(c)?))
}

/// French RIB: 5 + 5 digits, 11 characters, 2-digit key.
pub(crate) fn fr_rib_valid(c: &[u8]) -> bool {
    if c.len() != 23
        || !c[..10].iter().all(u8::is_ascii_digit)
        || !c[21..].iter().all(u8::is_ascii_digit)
        || !c[10..21].iter().all(u8::is_ascii_alphanumeric)
        || c[10..21].iter().filter(|x| x.is_ascii_digit()).count() < 8
    {
        return false;
    }
    let (Some(bank), Some(branch), Some(account), Some(key)) =
        (num(&c[..5]), num(&c[5..10]), num(&c[10..21]), num(&c[21..]))
    else {
        return false;
    };
    let r = (89 * bank + 15 * branch + 3 * (account % 97)) % 97;
    97 - r == key
}

fn ccc_digit(d: &[u8]) -> u32 {
    const W: [u32; 10] = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
    let s: u32 = d.iter().zip(W).map(|(&c, w)| u32::from(c - b'0') * w).sum();
    match 11 - s % 11 {
        11 => 0,
        10 => 1,
        r => r,
    }
}

/// Spanish CCC: entidad (4), oficina (4), DC (2), cuenta (10).
pub(crate) fn es_ccc_valid(c: &[u8]) -> bool {
    if c.len() != 20 || !c.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut first = [b'0'; 10];
    first[2..].copy_from_slice(&c[..8]);
    let d1 = ccc_digit(&first);
    let d2 = ccc_digit(&c[10..]);
    u32::from(c[8] - b'0') == d1
        && u32::from(c[9] - b'0') == d2
        && c[10..].iter().any(|&x| x != b'0')
}

/// Italian BBAN: CIN letter, ABI (5 digits), CAB (5 digits), conto (12).
pub(crate) fn it_bban_valid(c: &[u8]) -> bool {
    c.len() == 23
        && c[0].is_ascii_alphabetic()
        && c[1..11].iter().all(u8::is_ascii_digit)
        && c[11..].iter().all(u8::is_ascii_alphanumeric)
        && c[11..].iter().filter(|x| x.is_ascii_digit()).count() >= 8
        && it_cin(&c[1..]) == Some(c[0].to_ascii_uppercase())
}

/// Reads a national account number starting at `start` (a digit, or the
/// CIN letter of an Italian BBAN). Returns its end when a check holds.
pub(crate) fn at(b: &[u8], start: usize) -> Option<usize> {
    // Cheap shape test first: the first part is a CIN letter, a 4- or
    // 5-digit bank code followed by a separator or more characters, or the
    // whole number.
    let mut k = start;
    while k < b.len() && b[k].is_ascii_alphanumeric() && k - start < 24 {
        k += 1;
    }
    let first = k - start;
    let sep_next = matches!(b.get(k), Some(b' ' | b'-' | b'/' | b'.'));
    if !(first == 20 || first == 23 || ((first == 1 || first == 4 || first == 5) && sep_next)) {
        return None;
    }
    if first < 20 {
        // The next part: ABI after a CIN letter (5), the branch after a
        // bank (same length as the bank code).
        let mut j = k + 1;
        while j < b.len() && b[j].is_ascii_digit() && j - k <= 24 {
            j += 1;
        }
        let second = j - k - 1;
        let ok = if first == 1 {
            second == 5 || second == 22
        } else {
            second == first || second == 6 + first
        };
        if !ok {
            return None;
        }
    }
    let mut compact = [0u8; 23];
    let mut n = 0;
    let mut i = start;
    let mut chunks = 0;
    loop {
        let c0 = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() && n < 23 {
            compact[n] = b[i];
            n += 1;
            i += 1;
        }
        if i == c0 {
            return None;
        }
        chunks += 1;
        // The number must end at a boundary to be tried.
        let ends = !b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        if ends {
            let c = &compact[..n];
            // Unlabeled and unseparated, a 20- or 23-digit run is as likely
            // a tracking or reference number: only the letter-led BBAN counts.
            let plain = chunks == 1 && c[0].is_ascii_digit();
            // (A label before it on its line says what it is: looked for
            // only once the check holds.)
            if ((n == 20 && es_ccc_valid(c)) || (n == 23 && (fr_rib_valid(c) || it_bban_valid(c))))
                && (!plain || labelled(b, start))
            {
                let glued = b.get(i).is_some_and(|&x| matches!(x, b'-' | b'/' | b'.'))
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit);
                return (!glued).then_some(i);
            }
        } else {
            return None;
        }
        if n >= 23 || chunks >= 6 {
            return None;
        }
        match (b.get(i), b.get(i + 1)) {
            (Some(b' ' | b'-' | b'/' | b'.'), Some(x)) if x.is_ascii_alphanumeric() => i += 1,
            _ => return None,
        }
    }
}

/// Words that name a national account number: the French RIB (and its
/// long name, relevé d'identité bancaire), the Spanish CCC and its
/// "cuenta", the BBAN, the account a "compte" or a "conto" holds.
const LABELS: &[&[u8]] = &[
    b"rib",
    b"relev",
    b"bancaire",
    b"ccc",
    b"cuenta",
    b"bban",
    b"compte",
    b"conto",
];

/// A label from `LABELS`, as a word of its own (or a word's start), in the
/// 48 bytes before `start` on its line.
fn labelled(b: &[u8], start: usize) -> bool {
    let lo = start.saturating_sub(48);
    let line = match memchr::memrchr(b'\n', &b[lo..start]) {
        Some(p) => &b[lo + p + 1..start],
        None => &b[lo..start],
    };
    (0..line.len()).any(|i| {
        (i == 0 || !line[i - 1].is_ascii_alphabetic())
            && LABELS
                .iter()
                .any(|w| line.len() >= i + w.len() && line[i..i + w.len()].eq_ignore_ascii_case(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits() {
        // From IBAN IT60 X054 2811 1010 0000 0123 456.
        assert!(it_bban_valid(b"X0542811101000000123456"));
        assert!(!it_bban_valid(b"Y0542811101000000123456"));
        // From IBAN FR76 3000 6000 0112 3456 7890 189.
        assert!(fr_rib_valid(b"30006000011234567890189"));
        assert!(!fr_rib_valid(b"30006000011234567890188"));
        // From IBAN ES91 2100 0418 4502 0005 1332.
        assert!(es_ccc_valid(b"21000418450200051332"));
        assert!(!es_ccc_valid(b"21000418460200051332"));
    }

    #[test]
    fn a_label_lets_a_run_of_digits_count() {
        let rib = "30006000011234567890189";
        let ccc = "21000418450200051332";
        for t in [
            format!("le RIB du client est {rib}"),
            format!("número de cuenta {ccc}"),
        ] {
            let start = t.len() - 23.min(t.len() - t.rfind(' ').unwrap() - 1);
            assert_eq!(at(t.as_bytes(), start), Some(t.len()), "{t}");
        }
        // Unlabeled, a run of digits may be a tracking number.
        let t = format!("tracking {rib}");
        assert_eq!(at(t.as_bytes(), 9), None);
    }

    #[test]
    fn written_out() {
        for t in [
            "X 05428 11101 000000123456",
            "X-05428-11101-000000123456",
            "X0542811101000000123456",
            "30006 00001 12345678901 89",
            "30006-00001-12345678901-89",
            "2100-0418-45-0200051332",
            "2100 0418 45 0200051332",
        ] {
            assert_eq!(at(t.as_bytes(), 0), Some(t.len()), "{t}");
        }
        assert_eq!(at(b"2100 0418 46 0200051332", 0), None);
    }
}
