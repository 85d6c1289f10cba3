//! Secrets a generator writes in an alphabet no id, name or word uses: a
//! random run of letters and digits with `~` in it, as Microsoft Entra
//! (Azure AD) writes client secrets (`Xk8Q~…`) and others copied. Found
//! without a key, so a secret pasted under the wrong label ("Client ID:")
//! or none is still found. Woken by `~`, which clean prose rarely holds.

use crate::{Confidence, Finding, Kind};

/// The characters of such a run.
fn in_run(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'~' | b'.' | b'_' | b'-')
}

pub(crate) fn scan(text: &str, found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(o) = memchr::memchr(b'~', &b[from..]) {
        let t = from + o;
        // The run around the `~`, read once: the next search starts past it.
        let mut s = t;
        while s > 0 && t - s < 256 && in_run(b[s - 1]) {
            s -= 1;
        }
        let mut e = t + 1;
        while e < b.len() && e - t < 256 && in_run(b[e]) {
            e += 1;
        }
        from = e;
        // Punctuation closing a sentence is not the secret's.
        let mut end = e;
        while end > s && matches!(b[end - 1], b'.' | b'-' | b'_') {
            end -= 1;
        }
        // Entra's secrets are 40 characters, `Q~` after the fourth: one
        // that lacks its last character here ended with a dot.
        if end - s == 39 && end < e && b[s + 4] == b'Q' && b[s + 5] == b'~' {
            end += 1;
        }
        // (A run another rule found too is merged with it by `resolve`.)
        if random_with_tilde(&b[s..end]) && !path_or_url(b, s, end) {
            found.push(Finding {
                kind: Kind::ClientSecret,
                start: s,
                end,
                confidence: Confidence::Medium,
            });
        }
    }
}

/// 32 to 128 characters starting with a letter or digit, a `~` inside,
/// capitals, small letters and digits (two of each at least), and no
/// `..` (a version range, a relative path).
fn random_with_tilde(v: &[u8]) -> bool {
    let count = |f: fn(&u8) -> bool| v.iter().filter(|c| f(c)).count();
    (32..=128).contains(&v.len())
        && v[0].is_ascii_alphanumeric()
        && v[1..].contains(&b'~')
        && count(u8::is_ascii_uppercase) >= 2
        && count(u8::is_ascii_lowercase) >= 2
        && count(u8::is_ascii_digit) >= 2
        && !v.windows(2).any(|w| w == b"..")
}

/// A `~` of a path or a URL (`/~user/`, `~/.ssh`, `host/~a`): a `/` or a
/// `:` glued to the run.
fn path_or_url(b: &[u8], s: usize, e: usize) -> bool {
    (s > 0 && matches!(b[s - 1], b'/' | b':' | b'\\')) || matches!(b.get(e), Some(b'/' | b'\\'))
}

/// `rates_reminders-<uuid>-<uuid>`: an API key a service generates as
/// the key's name followed by two UUIDs, its service's id and the secret
/// (GOV.UK Notify's keys are written so). Two UUIDs glued by a dash
/// behind a name are no single id: found without a label. The two UUIDs
/// are 73 bytes of hex digits and dashes, so the text is probed every 73
/// bytes and only a run of such bytes that long is read.
pub(crate) fn scan_named_uuid_pairs(text: &str, found: &mut Vec<Finding>) {
    const SPAN: usize = 73;
    let b = text.as_bytes();
    let hexish = |c: u8| c.is_ascii_hexdigit() || c == b'-';
    let mut i = SPAN - 1;
    while i < b.len() {
        // A run of 73 through `i` holds the 36 bytes before it or the 36
        // after it: two bytes of each half are tried first.
        let half = |a: usize, z: usize| {
            b.get(a).is_some_and(|&c| hexish(c)) && b.get(z).is_some_and(|&c| hexish(c))
        };
        if !hexish(b[i]) || !(i >= 36 && half(i - 36, i - 18) || half(i + 18, i + 36)) {
            i += SPAN;
            continue;
        }
        // The run around the probe (back at most to the last probe).
        let mut s = i;
        while s > 0 && i - s < SPAN && hexish(b[s - 1]) {
            s -= 1;
        }
        let mut e = i + 1;
        while e < b.len() && hexish(b[e]) {
            e += 1;
        }
        let mut p = s.max(1);
        while p + SPAN <= e {
            if b[p - 1] == b'-'
                && b[p + 36] == b'-'
                && uuid_at(b, p)
                && uuid_at(b, p + 37)
                && let Some(f) = named_pair(b, p - 1)
            {
                found.push(f);
                p += SPAN;
                continue;
            }
            p += 1;
        }
        i = e + SPAN;
    }
}

/// The key whose first UUID follows the dash at `d`: a name before it
/// (letters, digits, `_`, `-`, with a letter, not glued to a word), and
/// nothing glued after the second UUID.
fn named_pair(b: &[u8], d: usize) -> Option<Finding> {
    let end = d + 1 + 36 + 1 + 36;
    if b.get(end)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'-')
    {
        return None;
    }
    let mut s = d;
    while s > 0
        && d - s < 64
        && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'_' | b'-'))
    {
        s -= 1;
    }
    if s == d || (s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'_')) {
        return None;
    }
    b[s..d]
        .iter()
        .any(u8::is_ascii_alphabetic)
        .then_some(Finding {
            kind: Kind::VendorKey,
            start: s,
            end,
            confidence: Confidence::High,
        })
}

/// A UUID (8-4-4-4-12 hex digits) at `at`.
fn uuid_at(b: &[u8], at: usize) -> bool {
    let Some(u) = b.get(at..at + 36) else {
        return false;
    };
    u[8] == b'-'
        && u[13] == b'-'
        && u[18] == b'-'
        && u[23] == b'-'
        && u.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Vec<&str> {
        let mut found = Vec::new();
        scan(t, &mut found);
        found.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_random_run_with_a_tilde() {
        let secret = "Wm3q8Q~Zr.T5kLp_2vNx-Hb7Yc4Ds9Fg1Jt6Ke0A";
        assert_eq!(run(&format!("Client ID: {secret}")), [secret]);
        assert_eq!(run(&format!("value {secret}.")), [secret]);
        // Paths, ranges and short or plain runs are not.
        assert!(run("see https://example.org/~Alice2024/Files_Q3_Report_Final42").is_empty());
        assert!(run("deps: pkg ~1.2.3 and ~/.config/App2024/SettingsBackup99").is_empty());
        assert!(run("abc~def").is_empty());
        // An Entra secret whose last character is a dot keeps it.
        let entra = "aB38Q~xY7zK2mN9pQ4rS6tU8vW1cD5eF0gH3jK6.";
        assert_eq!(run(&format!("client_secret: {entra}\n")), [entra]);
        assert!(run("approximately~twenty~five~words~in~a~row~here~and~there").is_empty());
    }

    #[test]
    fn a_key_named_then_two_uuids() {
        let key = "billing_live-0f6b2c1e-8d3a-4b7e-9c21-5e4f3a2b1c0d-7a9e8f10-2b3c-4d5e-8f6a-1b2c3d4e5f60";
        let t = format!("client = NotifyClient(\"{key}\")\n");
        assert!(crate::has(&t, key), "{t}");
        let t = format!("our staging key: {key} (rotated monthly)");
        assert!(crate::has(&t, key), "{t}");
    }

    #[test]
    fn one_uuid_or_ids_side_by_side_pass() {
        for t in [
            "template_id: 4e7de14c-7ed1-4b2a-9f00-1c2d3e4f5a6b\n",
            "request 0f6b2c1e-8d3a-4b7e-9c21-5e4f3a2b1c0d, trace 7a9e8f10-2b3c-4d5e-8f6a-1b2c3d4e5f60\n",
            "0f6b2c1e-8d3a-4b7e-9c21-5e4f3a2b1c0d-7a9e8f10-2b3c-4d5e-8f6a-1b2c3d4e5f60\n",
        ] {
            assert!(crate::found(t).is_empty(), "{t}");
        }
    }
}
