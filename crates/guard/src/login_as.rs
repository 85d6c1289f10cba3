//! "you log in as kevin with Lantern969!", "accedi come mario con
//! Tr0mb@ne": a login told as a sentence, the user after "as" / "come"
//! and the password after "with" / "con". Read after the login words of
//! the trigger pass (`log in`, `login`, `logged`, `sign in`, `accedi`…).

use crate::context::{Sep, finding, password_value_ok};
use crate::text::{is_placeholder, is_reference};
use crate::{Confidence, Finding, Kind};

/// After a login word ending at `key_end`: ` as <user> with <password>`
/// (or ` come <user> con <password>`) on the same line. A sentence's
/// closing dot after the password is not part of it.
#[inline(never)]
pub(crate) fn password_after(text: &str, b: &[u8], key_end: usize) -> Option<Finding> {
    let rest = b.get(key_end..(key_end + 200).min(b.len()))?;
    let (user_at, joins): (usize, &[&[u8]]) = if rest.starts_with(b" as ") {
        (4, &[b" with ", b" using "])
    } else if rest.starts_with(b" come ") {
        (6, &[b" con ", b" e password "])
    } else {
        return None;
    };
    let mut i = key_end + user_at;
    let u = i;
    while i < b.len() && !b[i].is_ascii_whitespace() && i - u <= 64 {
        i += 1;
    }
    if i == u || i - u > 64 {
        return None;
    }
    let join = joins.iter().find(|j| b[i..].starts_with(j))?;
    let s = i + join.len();
    let mut e = s;
    while e < b.len() && !b[e].is_ascii_whitespace() && e - s <= 128 {
        e += 1;
    }
    if e - s > 128 {
        return None;
    }
    // "… with Lantern969!." — the sentence's dot; "with Orchard1457.." —
    // the password's own dot, then the sentence's.
    if e > s && matches!(b[e - 1], b'.' | b',' | b';') {
        e -= 1;
    }
    if e <= s || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return None;
    }
    let v = &text[s..e];
    // "with SSO", "with the badge": a way of logging in, not a password.
    let word = v.bytes().all(|c| c.is_ascii_alphabetic());
    (!word && password_value_ok(v, Sep::Strong) && !is_placeholder(v) && !is_reference(v))
        .then(|| finding(Kind::Password, s, e, Confidence::Medium))
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as};

    #[test]
    fn a_login_told_as_a_sentence() {
        let t = "For the NAS you log in as backup with Quill738#. Thanks";
        assert_eq!(found_as(t, Kind::Password), ["Quill738#"]);
        let t = "per il gestionale accedi come ufficio con Brezza55! e poi cambia";
        assert_eq!(found_as(t, Kind::Password), ["Brezza55!"]);
        // A way of logging in, not a password.
        assert!(found_as("you log in as admin with SSO.", Kind::Password).is_empty());
    }
}
