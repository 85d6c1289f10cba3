//! JSON Web Keys (RFC 7517, members by RFC 7518 and RFC 8037): an object
//! with a `kty` member. Whether it is private is written in it: the
//! private members are `d` (RSA, EC, OKP), `p`, `q`, `dp`, `dq`, `qi`
//! (RSA's factors and CRT values) and `k` (an `oct` symmetric key). The
//! rest (`n`, `e`, `x`, `y`, `crv`, `kid`, `x5c`, `x5t`…) is public: a JWKS
//! served at `/.well-known/jwks.json` is meant to be read. Each private
//! member's value is a private key; what other rules read into the rest
//! of the object (a long base64url modulus near the word "token") is not.

use crate::{Confidence, Finding, Kind};

/// How far back from `kty` the object's `{` may be, and how long the
/// object may be (a 4096-bit RSA key with its CRT values is under 4 KB).
const BACK: usize = 1024;
const SPAN: usize = 16 * 1024;

/// The private members, by name.
const PRIVATE: &[&[u8]] = &[b"d", b"p", b"q", b"dp", b"dq", b"qi", b"k"];

/// Each `kty` at `starts` (from `landmarks`) that names a member of an
/// object: drops findings inside the object that are not inside one of
/// its private members, and adds each private member's value.
pub(crate) fn scan(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for &s in starts {
        if s < done || !member_name(b, s, s + 3) {
            continue;
        }
        let Some((open, close)) = object_around(b, s) else {
            continue;
        };
        done = close;
        let private = private_members(b, open, close);
        out.retain(|f| {
            f.end <= open
                || f.start >= close
                || private.iter().any(|&(ps, pe)| f.start >= ps && f.end <= pe)
        });
        for (ps, pe) in private {
            out.push(Finding {
                kind: Kind::PrivateKey,
                start: ps,
                end: pe,
                confidence: Confidence::High,
            });
        }
    }
}

/// `"kty":`, `'kty':`, `kty:` (a JavaScript object): the name between
/// quotes (or none), then a colon.
fn member_name(b: &[u8], s: usize, e: usize) -> bool {
    let quote = s > 0 && matches!(b[s - 1], b'"' | b'\'');
    if !quote && s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'_') {
        return false;
    }
    let mut i = e;
    if quote {
        if b.get(i) != Some(&b[s - 1]) {
            return false;
        }
        i += 1;
    }
    i = crate::value::skip_spaces(b, i);
    b.get(i) == Some(&b':')
}

/// The innermost `{ … }` around `at`: base64url and the members' names
/// hold no braces, so depth is counted over bytes.
fn object_around(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let lo = at.saturating_sub(BACK);
    let mut depth = 0usize;
    let mut open = None;
    for k in (lo..at).rev() {
        match b[k] {
            b'}' => depth += 1,
            b'{' if depth == 0 => {
                open = Some(k);
                break;
            }
            b'{' => depth -= 1,
            _ => {}
        }
    }
    let open = open?;
    let hi = (open + SPAN).min(b.len());
    let mut depth = 0usize;
    for (k, &c) in b.iter().enumerate().take(hi).skip(open + 1) {
        match c {
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some((open, k + 1)),
            b'}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The values of the object's own private members (not a nested
/// object's), when written in: a quoted string of base64url characters.
/// Names are quoted (JSON) or bare (a JavaScript object).
fn private_members(b: &[u8], open: usize, close: usize) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut i = open + 1;
    while i < close {
        let c = b[i];
        let name = match c {
            b'{' | b'[' => {
                depth += 1;
                None
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                None
            }
            b'"' | b'\'' if depth == 0 => b[i + 1..close]
                .iter()
                .position(|&x| x == c)
                .map(|n| (i + 1, i + 1 + n, i + 2 + n)),
            c if depth == 0 && c.is_ascii_alphabetic() && !b[i - 1].is_ascii_alphanumeric() => {
                let n = b[i..close]
                    .iter()
                    .take_while(|x| x.is_ascii_alphanumeric() || **x == b'_')
                    .count();
                Some((i, i + n, i + n))
            }
            _ => None,
        };
        let Some((ns, ne, after)) = name else {
            i += 1;
            continue;
        };
        i = after;
        // `:` and a quoted value.
        let colon = crate::value::skip_spaces(b, after);
        if b.get(colon) != Some(&b':') {
            continue;
        }
        let vq = crate::value::skip_spaces(b, colon + 1);
        let Some(&q) = b.get(vq).filter(|x| matches!(x, b'"' | b'\'')) else {
            i = vq.max(i);
            continue;
        };
        let vs = vq + 1;
        let Some(vl) = b[vs..close].iter().position(|&x| x == q) else {
            break;
        };
        let ve = vs + vl;
        i = ve + 1;
        if PRIVATE.contains(&&b[ns..ne]) && key_material(&b[vs..ve]) {
            found.push((vs, ve));
        }
    }
    found
}

/// Written in: base64url of at least 16 bytes (the smallest private
/// member, a P-256 or Ed25519 `d`, is 43), not elided or masked.
fn key_material(v: &[u8]) -> bool {
    v.len() >= 16
        && v.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'=' | b'+' | b'/'))
}

#[cfg(test)]
mod tests {
    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        let starts: Vec<usize> = memchr::memmem::find_iter(t.as_bytes(), b"kty").collect();
        super::scan(t, &starts, &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn private_members_are_keys_and_public_ones_are_not() {
        let ec = r#"{"keys":[{"kty":"EC","crv":"P-256","x":"1ZKSdW_wbwEYOAZbCA7wifRUiADOgXzDfTIYnuS276Y","y":"5GgxMHXFuiSjmfFk33CIzVXJKwubKgfWMALyfFOqQ5Y","d":"u5TTbRJwJu8GQHhx3yTw6_fFJW3qnBv97VTG1aK1IQI"}]}"#;
        assert_eq!(found(ec), ["u5TTbRJwJu8GQHhx3yTw6_fFJW3qnBv97VTG1aK1IQI"]);
        let public = r#"{ "kty": "RSA", "kid": "c1aCkyM6zAf8", "n": "ZchZZ_eWZkWUELI3YxUwr8U4ZtaBydqbvahsO5hiaHjnofA4lLfM7", "e": "AQAB" }"#;
        assert!(found(public).is_empty());
        let oct = "{ kty: 'oct', k: 'GawgguFyGrWKav7AX4VKUg', alg: 'A128KW' }";
        assert_eq!(found(oct), ["GawgguFyGrWKav7AX4VKUg"]);
        assert!(found(r#"{"kty":"EC","d":"<redacted>"}"#).is_empty());
        assert!(found("the kty field says RSA").is_empty());
    }
}
