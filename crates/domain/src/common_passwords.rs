//! Passwords too easy to guess: a list of common passwords built into the
//! binary, and repeated characters or simple sequences.
//!
//! `data/common-passwords.txt` is the list Django ships with its
//! `CommonPasswordValidator` (`django/contrib/auth/common-passwords.txt.gz`
//! in the `django` 5.2.19 package on PyPI, BSD-3-Clause): 20,000 common
//! passwords from public breach corpora compiled by Royce Williams, which
//! Django lowercases; here deduplicated again, one per line, 19,640 in all.
//! See `data/README.md` to rebuild it.

use std::collections::HashSet;
use std::sync::LazyLock;

static LIST: &str = include_str!("../data/common-passwords.txt");

static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| LIST.lines().filter(|l| !l.is_empty()).collect());

/// How many passwords the built-in list holds.
#[cfg(test)]
fn count() -> usize {
    COMMON.len()
}

/// The password, compared case-insensitively, is on the list, or is a
/// listed password with digits, symbols or spaces only around it
/// (`Password2024!`), or a listed password twice (`dragondragon`).
pub fn is_common(raw: &str) -> bool {
    let lower = raw.to_lowercase();
    let listed = |s: &str| COMMON.contains(s) || twice_listed(s);
    if listed(&lower) || listed(lower.trim()) {
        return true;
    }
    let core = lower.trim_matches(|c: char| !c.is_alphabetic());
    core.chars().count() >= 3 && listed(core)
}

fn twice_listed(s: &str) -> bool {
    let half = s.len() / 2;
    s.len().is_multiple_of(2)
        && s.is_char_boundary(half)
        && s[..half] == s[half..]
        && COMMON.contains(&s[..half])
}

/// Rows people type along; each also counts backwards and wrapping round
/// (`7890123456`, `xyzabc`).
const ROWS: [&str; 6] = [
    "abcdefghijklmnopqrstuvwxyz",
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
];

/// One character repeated (`aaaaaaaaaaaa`), a short group repeated
/// (`abcabcabcabc`, `12341234…`), or a run along the alphabet, the digits
/// or a keyboard row, forwards or backwards (`123456789012`, `qwertyuiopas`
/// is not one row, `zyxwvutsrqpo` is).
pub fn is_simple(raw: &str) -> bool {
    let chars: Vec<char> = raw.to_lowercase().chars().collect();
    let n = chars.len();
    if n == 0 {
        return true;
    }
    // A group of at most four characters repeated to the end.
    if (1..=4.min(n / 2)).any(|k| chars.iter().enumerate().all(|(i, c)| *c == chars[i % k])) {
        return true;
    }
    let s: String = chars.iter().collect();
    ROWS.iter().any(|row| {
        let forward: String = row.repeat(n / row.len() + 2);
        let backward: String = forward.chars().rev().collect();
        forward.contains(&s) || backward.contains(&s)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_built_in_and_large() {
        assert!(count() >= 10_000, "{}", count());
        assert!(is_common("password"));
        assert!(is_common("qwertyuiop123"));
    }

    #[test]
    fn common_in_any_case_and_with_decoration() {
        for pw in [
            "Password1234",
            "PASSWORD1234",
            "password2024!",
            "  iloveyou!!!!",
            "#1 sunshine 2024",
            "dragondragon",
            "MonkeyMonkey",
            "qwertyqwerty",
            "1q2w3e4r5t6y",
        ] {
            assert!(is_common(pw), "{pw}");
        }
        for pw in [
            "a long enough password",
            "correct horse battery",
            "cavallo forno sole ponte",
            "sunshine and rain 2024",
            "Tr0ub4dor&3x",
        ] {
            assert!(!is_common(pw), "{pw}");
        }
    }

    #[test]
    fn repeats_and_sequences() {
        for pw in [
            "aaaaaaaaaaaa",
            "............",
            "abcabcabcabc",
            "121212121212",
            "abcdabcdabcd",
            "123456789012",
            "098765432109",
            "abcdefghijkl",
            "ZYXWVUTSRQPO",
            "xyzabcdefghi",
            "qwertyuiopqw",
            "lkjhgfdsalkj",
            "mnbvcxzmnbvc",
        ] {
            assert!(is_simple(pw), "{pw}");
        }
        for pw in [
            "a long enough password",
            "abcdefghijk1",
            "qwertyuiopas",
            "abcdeabcdeab",
        ] {
            assert!(!is_simple(pw), "{pw}");
        }
    }
}
