//! A decoded JSON Web Token's header and claims, pasted from a debugger
//! (jwt.io, `jwt decode`) or a log: `{"alg": "RS256", "kid": "…"}`,
//! `{"iss": …, "sub": …, "sid": "…", "exp": …}`. Those members name the
//! signing key (`kid`, an id the issuer publishes in its key set), the
//! subject, the login session (`sid`, the logout claim) and the token
//! itself (`jti`, `nonce`, the `at_hash` of its access token). None grants
//! access: that takes the signed token, which such a paste leaves out. A
//! finding that is one of those members' string value, in an object that
//! also holds the header's `alg` or two registered claims, is none.
//!
//! Read per finding in a bounded window (the object's braces within 512
//! bytes either side), so the check stays linear in the text.

/// Members that identify (a key, a subject, a session, the token) and are
/// printed in the clear by every decoder.
const IDENTIFYING: &[&[u8]] = &[
    b"kid", b"sid", b"jti", b"nonce", b"at_hash", b"c_hash", b"s_hash", b"sub", b"azp", b"x5t",
];

/// Registered claims (RFC 7519) that only a token's payload holds
/// together.
const REGISTERED: &[&[u8]] = &[b"\"iss\"", b"\"aud\"", b"\"exp\"", b"\"iat\"", b"\"nbf\""];

/// How far the object's braces are looked for, either side.
const REACH: usize = 512;

/// Whether `s..e` is the string value of an identifying member of a
/// decoded token's header or claims.
pub(crate) fn identifying_member(b: &[u8], s: usize, e: usize) -> bool {
    if s == 0 || b[s - 1] != b'"' || b.get(e) != Some(&b'"') {
        return false;
    }
    // Back over `": "` to the member's name.
    let mut k = s - 1;
    while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
        k -= 1;
    }
    if k == 0 || b[k - 1] != b':' {
        return false;
    }
    k -= 1;
    while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
        k -= 1;
    }
    if k == 0 || b[k - 1] != b'"' {
        return false;
    }
    let name_end = k - 1;
    let lo = name_end.saturating_sub(16);
    let Some(q) = memchr::memrchr(b'"', &b[lo..name_end]) else {
        return false;
    };
    let name_start = lo + q + 1;
    if !IDENTIFYING.contains(&&b[name_start..name_end]) {
        return false;
    }
    let lo = name_start.saturating_sub(REACH);
    let Some(open) = memchr::memrchr(b'{', &b[lo..name_start]) else {
        return false;
    };
    let hi = (e + REACH).min(b.len());
    let Some(close) = memchr::memchr(b'}', &b[e..hi]) else {
        return false;
    };
    let object = &b[lo + open..e + close];
    let has = |w: &[u8]| memchr::memmem::find(object, w).is_some();
    has(b"\"alg\"") || REGISTERED.iter().filter(|w| has(w)).count() >= 2
}

/// "the token header kid is d1sg…", "il kid nell'header del token è
/// 0moe…": a value named in its own clause by `kid` (the key id a
/// token's header carries, which the issuer publishes) is that id, even
/// when the clause also names the token whose header it is. Only the
/// phrase from `kid` to the value is read (its line, 96 bytes): words,
/// no digit, comma, quote or bracket, at most one `:` or `=` just before
/// the value, so a second field and its value ("kid 4, secret: X") end
/// it.
#[inline(never)]
pub(crate) fn key_id_in_prose(b: &[u8], s: usize, e: usize) -> bool {
    if e - s > 64 || b[s..e].iter().any(|c| c.is_ascii_whitespace()) {
        return false;
    }
    let lo = s.saturating_sub(96);
    let window = &b[lo..s];
    let from = memchr::memrchr(b'\n', window).map_or(0, |p| p + 1);
    let window = &window[from..];
    let Some(at) = (0..window.len().saturating_sub(2)).rev().find(|&k| {
        window[k..k + 3].eq_ignore_ascii_case(b"kid")
            && (k == 0 || !window[k - 1].is_ascii_alphanumeric())
            && window
                .get(k + 3)
                .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'\'')
    }) else {
        return false;
    };
    let phrase = &window[at + 3..];
    let trimmed = phrase.trim_ascii_end();
    let inner = trimmed
        .strip_suffix(b":")
        .or_else(|| trimmed.strip_suffix(b"="))
        .unwrap_or(trimmed);
    inner
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
        .count()
        <= 8
        && !inner.iter().any(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    b',' | b';'
                        | b':'
                        | b'='
                        | b'"'
                        | b'('
                        | b')'
                        | b'['
                        | b']'
                        | b'{'
                        | b'}'
                        | b'.'
                        | b'?'
                        | b'!'
                )
        })
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_decoded_tokens_header_and_claims_are_no_secret() {
        let header = "Header as the debugger shows it:\n{\n  \"typ\": \"JWT\",\n  \"alg\": \"ES256\",\n  \"kid\": \"Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua0EoWiXqVtMr\"\n}\n";
        assert!(found(header).is_empty(), "{:?}", found(header));
        let claims = "{\"iss\": \"https://login.example.org\", \"sid\": \"0f4e2b9c-7a1d-4c3e-9b8f-2d6a5e1c7f30\", \"iat\": 1700000000, \"exp\": 1700003600}";
        assert!(found(claims).is_empty(), "{:?}", found(claims));
    }

    #[test]
    fn a_key_id_named_in_prose_is_no_token() {
        let t = "the token header kid is d1sgmlb4, where's the public key?";
        assert!(found(t).is_empty(), "{:?}", found(t));
        let t = "il kid nell'header del token è 0moe8pnv, dove trovo la chiave pubblica?";
        assert!(found(t).is_empty(), "{:?}", found(t));
        // A child's ("my kid's token") is no key id.
        let t = "my kid's token is Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua0Eo";
        assert_eq!(found(t), ["Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua0Eo"]);
        // Another field after the key id names its own value.
        let t = "kid 4 and the access token: Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua0Eo";
        assert_eq!(found(t), ["Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua0Eo"]);
    }

    #[test]
    fn a_session_outside_a_tokens_claims_is_still_one() {
        // A session store's record: no claims beside the session id.
        let t = "{\"sid\": \"0f4e2b9c-7a1d-4c3e-9b8f-2d6a5e1c7f30\", \"user\": \"ada\"}";
        assert_eq!(found(t), ["0f4e2b9c-7a1d-4c3e-9b8f-2d6a5e1c7f30"]);
        assert_eq!(
            found("Cookie: sid=0f4e2b9c-7a1d-4c3e-9b8f-2d6a5e1c7f30"),
            ["0f4e2b9c-7a1d-4c3e-9b8f-2d6a5e1c7f30"]
        );
    }
}
