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
