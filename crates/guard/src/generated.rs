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
}
