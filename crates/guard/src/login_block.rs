//! A login written as a block of lines: a user, a password, then a PIN
//! (a tax portal's or a bank's credentials handed over together). Such a
//! PIN may run longer than a card's four to eight digits (ten, for some
//! portals); under a password it is the login's third secret whatever
//! its length, up to twelve digits.

/// The key `pin` at `key_start..key_end` ends its label (a colon or
/// spaces after it), one of the two lines above names a password, and
/// the label's line holds only nine to twelve digits after it. Returns
/// their span. (Four to eight digits are read by the ordinary PIN rule.)
#[inline(never)]
pub(crate) fn pin_under_password(
    b: &[u8],
    key_start: usize,
    key_end: usize,
) -> Option<(usize, usize)> {
    let mut i = key_end;
    while i < b.len() && matches!(b[i], b' ' | b':' | b'\t') && i - key_end < 4 {
        i += 1;
    }
    let s = i;
    while i < b.len() && b[i].is_ascii_digit() && i - s <= 12 {
        i += 1;
    }
    if !(9..=12).contains(&(i - s))
        || b.get(i)
            .is_some_and(|&c| !matches!(c, b'\n' | b'\r' | b' '))
    {
        return None;
    }
    // The two lines above the key's.
    // (Looked back 200 bytes at most: the work per key stays bounded.)
    let lo = key_start.saturating_sub(200);
    let ls = lo + memchr::memrchr(b'\n', &b[lo..key_start])? + 1;
    let lo = ls.saturating_sub(200);
    let above = &b[lo..ls];
    let from = memchr::memrchr_iter(b'\n', above.get(..above.len().saturating_sub(1))?)
        .nth(1)
        .map_or(0, |p| p + 1);
    let lines = above[from..].to_ascii_lowercase();
    [&b"password"[..], b"passwort", b"parola d'ordine"]
        .iter()
        .any(|w| memchr::memmem::find(&lines, w).is_some())
        .then_some((s, i))
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as};

    #[test]
    fn a_long_pin_under_a_user_and_a_password() {
        let t = "portal login\nuser: RSSGNN70A01F205X\npassword: Lm4#trQ9\nPIN 7730194452\n";
        assert_eq!(found_as(t, Kind::Pin), ["7730194452"]);
        // Without a password above, ten digits after PIN are something else.
        assert!(found_as("terminal id\nPIN 7730194452\n", Kind::Pin).is_empty());
    }
}
