//! Payment card numbers: Luhn checksum and issuer ranges.

/// Luhn check over ASCII digits (separators must already be stripped).
pub fn luhn_valid(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        if !d.is_ascii_digit() {
            return false;
        }
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

fn prefix_num(digits: &[u8], n: usize) -> u32 {
    digits
        .iter()
        .take(n)
        .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'))
}

/// The issuer whose range and length fit, if any. Lengths matter: a
/// 13-digit number starting with 5 is no Mastercard.
pub fn issuer(digits: &[u8]) -> Option<&'static str> {
    let len = digits.len();
    if !(12..=19).contains(&len) || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let p1 = prefix_num(digits, 1);
    let p2 = prefix_num(digits, 2);
    let p3 = prefix_num(digits, 3);
    let p4 = prefix_num(digits, 4);
    let p6 = prefix_num(digits, 6);
    if p1 == 4 && matches!(len, 13 | 16 | 19) {
        return Some("visa");
    }
    if ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16 {
        return Some("mastercard");
    }
    if (p2 == 34 || p2 == 37) && len == 15 {
        return Some("amex");
    }
    if (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || (622126..=622925).contains(&p6))
        && (16..=19).contains(&len)
    {
        return Some("discover");
    }
    if (3528..=3589).contains(&p4) && (16..=19).contains(&len) {
        return Some("jcb");
    }
    // Diners Club issues fourteen digits, and sixteen since its cards
    // joined Discover's network; a longer run starting 30 or 36–39 is a
    // reference (a payment notice's 17 or 18 digits) that Luhn let
    // through.
    if ((300..=305).contains(&p3) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39)
        && matches!(len, 14 | 16)
    {
        return Some("diners");
    }
    if p2 == 62 && (16..=19).contains(&len) {
        return Some("unionpay");
    }
    if (2200..=2204).contains(&p4) && (16..=19).contains(&len) {
        return Some("mir");
    }
    // Maestro where it is issued: 50 (5018, 5020, 5038, the national
    // debit schemes beside them), 5893, 60, 63 (6304), 67 (6759, 6761…).
    // The rest of the old 56–69 block (56–58, 61, 66, 68, 69) holds no
    // card in use, but holds the ids a catalog or an ad platform counts
    // with (`5789…`, `6110…`), which Luhn lets through one time in ten.
    if (p2 == 50 || p4 == 5893 || matches!(p2, 60 | 63 | 67)) && (12..=19).contains(&len) {
        return Some("maestro");
    }
    None
}

/// Group layouts people write cards in. Contiguous digits are handled
/// separately; these are for space- or dash-separated groups.
pub(crate) const GROUPINGS: &[&[usize]] = &[
    &[4, 4, 4, 4, 3],
    &[4, 4, 4, 4, 2],
    &[4, 4, 4, 4, 1],
    &[4, 4, 4, 4],
    &[4, 6, 5],
    &[4, 6, 4],
    &[4, 4, 4, 3],
    &[4, 4, 4, 2],
    &[4, 4, 4, 1],
    &[4, 4, 5],
    &[6, 13],
    &[6, 10],
];

pub fn is_card(digits: &[u8]) -> bool {
    (13..=19).contains(&digits.len()) && luhn_valid(digits) && issuer(digits).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_known_values() {
        assert!(luhn_valid(b"4111111111111111"));
        assert!(luhn_valid(b"378282246310005"));
        assert!(!luhn_valid(b"4111111111111112"));
    }

    #[test]
    fn issuers() {
        assert_eq!(issuer(b"4111111111111111"), Some("visa"));
        assert_eq!(issuer(b"5555555555554444"), Some("mastercard"));
        assert_eq!(issuer(b"2223003122003222"), Some("mastercard"));
        assert_eq!(issuer(b"378282246310005"), Some("amex"));
        assert_eq!(issuer(b"6011111111111117"), Some("discover"));
        assert_eq!(issuer(b"3530111333300000"), Some("jcb"));
        assert_eq!(issuer(b"30569309025904"), Some("diners"));
        assert_eq!(issuer(b"3056930902590400"), Some("diners"));
        // Seventeen and eighteen digits starting 36–39: no Diners card.
        assert_eq!(issuer(b"36620344254911072"), None);
        assert_eq!(issuer(b"380543501274923355"), None);
        assert_eq!(issuer(b"6200000000000005"), Some("unionpay"));
        assert_eq!(issuer(b"6221260000000000"), Some("discover"));
        assert_eq!(issuer(b"1700000000000"), None);
        assert_eq!(issuer(b"9111111111111111"), None);
        assert_eq!(issuer(b"6759000000000000"), Some("maestro"));
        assert_eq!(issuer(b"5893000000000000"), Some("maestro"));
        assert_eq!(issuer(b"5018000000000000"), Some("maestro"));
        // Outside the ranges cards are issued in: an ad platform's or a
        // catalog's sixteen digits.
        assert_eq!(issuer(b"5712000000000000"), None);
        assert_eq!(issuer(b"6145000000000000"), None);
        assert_eq!(issuer(b"564000000000000"), None);
    }
}
