//! API keys that name their environment in their prefix, as Stripe's
//! `sk_live_…` did and many providers copied (`rk_live_`, `cs_test_`, a
//! desk's own `xyz_prod_…`): a short lowercase prefix, `_live_`, `_prod_`
//! or `_test_`, and a random body. Found by that shape for any provider,
//! not only the ones `vendor` lists; publishable keys (`pk_`, `pub_`),
//! public by design, are not. Woken by the stage's landmark.

use crate::{Confidence, Finding, Kind};

/// Prefixes of keys meant to be public (a browser's publishable key).
const PUBLIC: &[&[u8]] = &[b"pk", b"pub"];

pub(crate) fn scan(text: &str, stages: &[usize], found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut last_end = 0;
    for &at in stages {
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

/// The key around the stage infix at `at` (its `_`): 2 to 6 lowercase
/// letters starting a word before it, and after the infix a body of 20
/// to 128 letters and digits mixing capitals, small letters and digits,
/// ending the word. Not in a URL's path (`/pay/cs_live_…` is a checkout
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
    ((20..=128).contains(&v.len()) && ends && mixed).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &str) -> Vec<&str> {
        let stages: Vec<usize> = crate::landmarks::find(t).stages;
        let mut found = Vec::new();
        scan(t, &stages, &mut found);
        found.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_key_that_names_its_environment() {
        let k = "hdx_live_Q7mZp2Kx9LwR4tYb8NcV3sHj";
        assert_eq!(keys(&format!("our key is {k}, rotated")), [k]);
        assert_eq!(
            keys("abc_prod_9fKq2LmX7pWz4RtY8vNb"),
            ["abc_prod_9fKq2LmX7pWz4RtY8vNb"]
        );
        // Publishable keys, masked keys, names and URL paths are not.
        assert!(keys("pk_live_Q7mZp2Kx9LwR4tYb8NcV3sHj").is_empty());
        assert!(keys("hdx_live_XXXXXXXXXXXXXXXXXXXXXXXX").is_empty());
        assert!(keys("run the job_test_suite_for_release now").is_empty());
        assert!(keys("https://pay.example/c/cs_live_Q7mZp2Kx9LwR4tYb8NcV3sHj").is_empty());
    }
}
