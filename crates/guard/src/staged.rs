//! API keys that say they are live in their prefix, as Stripe's
//! `sk_live_…` did and many providers copied (`rk_live_`, `cs_live_`, a
//! desk's own `xyz_live_…`): a short lowercase prefix, `_live_` and a
//! random body. Found by that shape for any provider, not only the ones
//! `vendor` lists; publishable keys (`pk_`, `pub_`), public by design,
//! are not. One search with a finder built once (`_` is too common in
//! code for the landmarks' automaton to look at each). `_test_` and
//! `_prod_` would cost a search each (about 0.7 % of a clean text's
//! scan) for three keys more on the corpora, and are not searched.

use std::sync::OnceLock;

use memchr::memmem::Finder;

use crate::{Confidence, Finding, Kind};

fn finder() -> &'static Finder<'static> {
    static F: OnceLock<Finder<'static>> = OnceLock::new();
    F.get_or_init(|| Finder::new("_live_"))
}

/// Prefixes of keys meant to be public (a browser's publishable key).
const PUBLIC: &[&[u8]] = &[b"pk", b"pub"];

pub(crate) fn scan(text: &str, found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut last_end = 0;
    for at in finder().find_iter(b) {
        if at < last_end {
            continue;
        }
        if let Some((s, e)) = key_at(b, at) {
            found.push(Finding {
                kind: Kind::VendorKey,
                start: s,
                end: e,
                confidence: Confidence::Medium,
            });
            last_end = e;
        }
    }
}

/// Whether `v` is wholly such a key.
pub(crate) fn whole(v: &[u8]) -> bool {
    memchr::memmem::find(v, b"_live_").is_some_and(|at| key_at(v, at) == Some((0, v.len())))
}

/// The key around the `_live_` at `at`: 2 to 6 lowercase letters
/// starting a word before it, and after it a body of 20 to 128 letters
/// and digits mixing capitals, small letters and digits, ending the word. Not in a URL's path (`/pay/cs_live_…` is a checkout
/// session's id) nor glued to another word.
fn key_at(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut s = at;
    while s > 0 && at - s < 7 && b[s - 1].is_ascii_lowercase() {
        s -= 1;
    }
    let prefix = &b[s..at];
    if !(2..=6).contains(&prefix.len()) || PUBLIC.contains(&prefix) {
        return None;
    }
    // `pnx_sk_live_…`: a provider's own short name before the key's kind
    // (two to five lowercase letters and `_`) is part of the key.
    if s >= 3 && b[s - 1] == b'_' {
        let mut p = s - 1;
        while p > 0 && s - 1 - p < 6 && b[p - 1].is_ascii_lowercase() {
            p -= 1;
        }
        if (2..=5).contains(&(s - 1 - p))
            && (p == 0
                || !(b[p - 1].is_ascii_alphanumeric()
                    || matches!(b[p - 1], b'_' | b'-' | b'/' | b'.' | b'@')))
        {
            s = p;
        }
    }
    if s > 0
        && (b[s - 1].is_ascii_alphanumeric()
            || matches!(b[s - 1], b'_' | b'-' | b'/' | b'.' | b'@'))
    {
        return None;
    }
    let body = at + 6;
    let mut e = body;
    while e < b.len() && e - body <= 128 && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    let v = &b[body..e];
    let ends = b
        .get(e)
        .is_none_or(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'/')));
    let mixed = v.iter().any(u8::is_ascii_uppercase)
        && v.iter().any(u8::is_ascii_lowercase)
        && v.iter().filter(|c| c.is_ascii_digit()).count() >= 2;
    // A body in lowercase hex (32 to 64 digits, letters and digits both
    // plenty) is as random.
    let hex = (32..=64).contains(&v.len())
        && v.iter()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
        && v.iter().filter(|c| c.is_ascii_digit()).count() >= 6
        && v.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 6;
    ((20..=128).contains(&v.len()) && ends && (mixed || hex)).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &str) -> Vec<&str> {
        let mut found = Vec::new();
        scan(t, &mut found);
        found.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_key_that_says_it_is_live() {
        let k = "hdx_live_Q7mZp2Kx9LwR4tYb8NcV3sHj";
        assert_eq!(keys(&format!("our key is {k}, rotated")), [k]);
        assert_eq!(
            keys("(abc_live_9fKq2LmX7pWz4RtY8vNb)"),
            ["abc_live_9fKq2LmX7pWz4RtY8vNb"]
        );
        let k = "qx_live_5e0c9a7b3d1f28e4c6a0b9d7f5e3c1a2b4d6f8e0";
        assert_eq!(keys(&format!("usando {k} ricevo 403")), [k]);
        // Publishable keys, masked keys, names and URL paths are not.
        assert!(keys("pk_live_Q7mZp2Kx9LwR4tYb8NcV3sHj").is_empty());
        // A provider's short name before the key's kind.
        let k = "qrs_sk_live_Hq4Zt8mWv2Lp9XcR3bNy7KdF";
        assert_eq!(keys(&format!("la chiave {k}, impostata ieri")), [k]);
        assert!(keys("qrs_pk_live_Hq4Zt8mWv2Lp9XcR3bNy7KdF").is_empty());
        assert!(keys("my_long_name_sk_live_Hq4Zt8mWv2Lp9XcR3bNy7KdF").is_empty());
        assert!(keys("hdx_live_XXXXXXXXXXXXXXXXXXXXXXXX").is_empty());
        assert!(keys("set is_live_mode_enabled2024Q3Release to true").is_empty());
        assert!(keys("go_live_deadbeefdeadbeefdeadbeefdeadbeef").is_empty());
        assert!(keys("https://pay.example/c/cs_live_Q7mZp2Kx9LwR4tYb8NcV3sHj").is_empty());
    }
}
