//! "key in plain text in README: live_C63D…", "chiave in chiaro nel
//! README: cli_72…:n6xM…": a reviewer or a scanner reporting a key left
//! exposed says so ("in plain text", "in chiaro", "en clair", "im
//! Klartext"), names where at most, and gives the value after a colon.
//! Read from the key the trigger pass found, when the phrase follows it
//! at once: a few words of place, a colon, and a value built like a token
//! or a `name:secret` pair.

use crate::{Confidence, Finding, Kind};

/// The phrases, after the key's space and its preposition.
const PHRASES: &[&[u8]] = &[
    b"plain text",
    b"plaintext",
    b"clear",
    b"chiaro",
    b"clair",
    b"klartext",
];

/// A preposition after the key's space (" in ", " en ", " im "): checked
/// before `after_key` is called, so most keys pay two comparisons.
#[inline]
pub(crate) fn may_follow(b: &[u8], key_end: usize) -> bool {
    b.get(key_end) == Some(&b' ')
        && matches!(b.get(key_end + 1), Some(b'i' | b'e'))
        && matches!(b.get(key_end + 2), Some(b'n' | b'm'))
        && b.get(key_end + 3) == Some(&b' ')
}

/// The value a key ending at `key_end` is reported with in the clear
/// (`key in plain text in README: X`), if the phrase follows the key.
#[inline(never)]
pub(crate) fn after_key(text: &str, key_end: usize) -> Option<Finding> {
    let b = text.as_bytes();
    let rest = &b[key_end..(key_end + 14).min(b.len())];
    let phrase = [&b" in "[..], b" en ", b" im "]
        .iter()
        .any(|p| rest.starts_with(p))
        && PHRASES
            .iter()
            .any(|p| rest.len() >= 4 + p.len() && rest[4..4 + p.len()].eq_ignore_ascii_case(p));
    if !phrase {
        return None;
    }
    value_after(text, key_end)
}

/// After the phrase: up to four words of place (`in README`, `nel
/// repo`), a colon, one space, the value (48 bytes at most before it,
/// on the line).
fn value_after(text: &str, s: usize) -> Option<Finding> {
    let b = text.as_bytes();
    let mut i = s + 1;
    // The phrase itself.
    while i < b.len() && b[i] != b' ' {
        i += 1;
    }
    let lim = (i + 48).min(b.len());
    let colon = i + memchr::memchr(b':', &b[i..lim])?;
    let bridge = &b[i..colon];
    if bridge.contains(&b'\n')
        || bridge
            .split(|&c| c == b' ')
            .filter(|w| !w.is_empty())
            .count()
            > 5
        || !bridge
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'.' | b'\'' | b'-' | b'_'))
    {
        return None;
    }
    let vs = colon + 1 + usize::from(b.get(colon + 1) == Some(&b' '));
    let mut ve = vs;
    while ve < b.len() && !b[ve].is_ascii_whitespace() && ve - vs < 512 {
        ve += 1;
    }
    while ve > vs && matches!(b[ve - 1], b'.' | b',' | b';' | b')') {
        ve -= 1;
    }
    let v = std::str::from_utf8(&b[vs..ve]).ok()?;
    let (kind, ok) = match v.split_once(':') {
        Some((id, secret)) => (
            Kind::ClientSecret,
            id.len() >= 2
                && id
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
                && crate::nearby::token_ok(secret),
        ),
        None => (
            crate::vendor::whole_kind(v).unwrap_or(Kind::AccessToken),
            crate::nearby::token_ok(v),
        ),
    };
    ok.then_some(Finding {
        kind,
        start: vs,
        end: ve,
        confidence: Confidence::Medium,
    })
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_key_reported_in_plain_text() {
        for (t, v) in [
            (
                "T14;github.com/x/hackpay;59;key in plain text in README: live_C63D6a3dbB0cb81eE41039B70F07Fca1\n",
                "live_C63D6a3dbB0cb81eE41039B70F07Fca1",
            ),
            (
                "T18,github.com/x/hackpay,53,chiave in chiaro nel README: cli_725ae299b58b836b:n6xMx0Dz9wZFbbSOr_m0pQb8gYUbaprYm9fyT-ee17FaO-Y3\n",
                "cli_725ae299b58b836b:n6xMx0Dz9wZFbbSOr_m0pQb8gYUbaprYm9fyT-ee17FaO-Y3",
            ),
            (
                "the token in clear text: 63j2hNcL5wPCD7rpOy0vzIy8IezUhgzX0Ua5iQL8.\n",
                "63j2hNcL5wPCD7rpOy0vzIy8IezUhgzX0Ua5iQL8",
            ),
        ] {
            assert_eq!(found(t), [v], "{t}");
        }
    }

    #[test]
    fn the_phrase_without_a_key_or_a_value_passes() {
        for t in [
            // No credential word before the phrase.
            "data in plain text in README: see section 3\n",
            "the name in plain text: Giulia_Rossi_2024_report\n",
            // A key said to be in the clear, with no value after it.
            "never keep a key in plain text: use the vault\n",
            "key in plain text in README: yes, fixed in 4f2a91c\n",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }
}
