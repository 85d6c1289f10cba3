//! JSON Web Tokens recognized by structure: a base64url JSON header naming
//! `alg` or `typ`, a base64url JSON payload, and a signature segment.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::text::is_b64url;

/// Headers are short; anything longer is not a JWT header, and the cap
/// keeps hostile input linear.
const MAX_HEADER: usize = 2048;
const MAX_TOKEN: usize = 64 * 1024;

fn decode_segment(seg: &[u8]) -> Option<Vec<u8>> {
    // Some encoders keep the padding; tolerate it.
    let trimmed = seg
        .strip_suffix(b"==")
        .or_else(|| seg.strip_suffix(b"="))
        .unwrap_or(seg);
    URL_SAFE_NO_PAD.decode(trimmed).ok()
}

fn header_ok(seg: &[u8]) -> bool {
    let Some(raw) = decode_segment(seg) else {
        return false;
    };
    match serde_json::from_slice::<serde_json::Value>(&raw) {
        Ok(serde_json::Value::Object(map)) => map.contains_key("alg") || map.contains_key("typ"),
        _ => false,
    }
}

/// A JWT's header standing alone (`eyJhbGciOiJSUzI1NiJ9` with no payload
/// after it): it names the algorithm and nothing else, so it is what people
/// paste to show which kind of token they have, not a credential.
pub(crate) fn header_alone(v: &[u8]) -> bool {
    v.len() <= MAX_HEADER && v.starts_with(b"eyJ") && v.iter().all(|&c| is_b64url(c)) && {
        // Cut anywhere, the whole groups of four before the cut decode.
        let Some(raw) =
            decode_segment(v).or_else(|| URL_SAFE_NO_PAD.decode(&v[..v.len() - v.len() % 4]).ok())
        else {
            return false;
        };
        match serde_json::from_slice::<serde_json::Value>(&raw) {
            Ok(serde_json::Value::Object(map)) => {
                map.contains_key("alg")
                    && map
                        .keys()
                        .all(|k| matches!(k.as_str(), "alg" | "typ" | "kid" | "cty" | "x5t"))
            }
            // `eyJhbGciOiJSUzI1NiIs…`: a header cut short (the text then
            // says so with an ellipsis) is still only the algorithm's name.
            _ => raw.starts_with(br#"{"alg":"#) && !raw.contains(&b'}'),
        }
    }
}

/// A JSON object's start (`{"` is `eyJ` in base64url). The header has
/// already said `alg`/`typ`; a payload cut short or mangled in a paste is
/// still the token's.
fn payload_ok(seg: &[u8]) -> bool {
    seg.len() >= 8 && seg.starts_with(b"eyJ")
}

fn segment_end(b: &[u8], from: usize, cap: usize) -> Option<usize> {
    let mut i = from;
    while i < b.len() && is_b64url(b[i]) {
        i += 1;
        if i - from > cap {
            return None;
        }
    }
    // Padding is not base64url but some libraries emit it.
    while i < b.len() && b[i] == b'=' {
        i += 1;
    }
    Some(i)
}

/// If a JWT starts at `start` (which points at `eyJ`), returns its end.
pub(crate) fn match_at(b: &[u8], start: usize) -> Option<usize> {
    if start > 0 && (is_b64url(b[start - 1]) || b[start - 1] == b'.') {
        return None;
    }
    let h_end = segment_end(b, start, MAX_HEADER)?;
    if b.get(h_end) != Some(&b'.') || !header_ok(&b[start..h_end]) {
        return None;
    }
    let p_start = h_end + 1;
    let p_end = segment_end(b, p_start, MAX_TOKEN)?;
    if p_end == p_start || b.get(p_end) != Some(&b'.') || !payload_ok(&b[p_start..p_end]) {
        return None;
    }
    let s_start = p_end + 1;
    // The signature may be empty for `alg: none`.
    let s_end = segment_end(b, s_start, MAX_TOKEN)?;
    Some(s_end)
}

/// A software statement (RFC 7591 §2.3, Open Banking's SSA): a JWT whose
/// claims describe a piece of software (`software_id`, its roles, its
/// redirect URIs) for a registration request. A directory signs it for
/// anyone to check and the client sends it in the clear when it
/// registers; it names software and grants no access, so it is no bearer
/// token. (A token that grants carries a scope, which a statement does
/// not.) `v` is a whole JWT as `match_at` found it.
pub(crate) fn software_statement(v: &[u8]) -> bool {
    let mut parts = v.split(|&c| c == b'.');
    let (Some(_), Some(payload)) = (parts.next(), parts.next()) else {
        return false;
    };
    let Some(raw) = decode_segment(payload) else {
        return false;
    };
    match serde_json::from_slice::<serde_json::Value>(&raw) {
        Ok(serde_json::Value::Object(map)) => {
            map.contains_key("software_id")
                && !map.contains_key("scope")
                && !map.contains_key("scp")
        }
        _ => false,
    }
}

/// `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwi…`:
/// documentation shows a token whose claims are placeholders (a subject
/// counting `1234567890`, a person called John or Jane Doe), signed with a
/// key it prints beside it. Such a token is copied from public pages and
/// opens nothing; when the text introduces it as an example ("example
/// token", "token di esempio", "sample JWT", on its line or the line
/// above), it passes. The same token pasted after `Bearer` or into a
/// request with no such word is still found (it is what people paste to
/// test that a header is redacted). `v` is a whole JWT; 160 bytes before
/// it are read.
#[inline(never)]
pub(crate) fn introduced_example(b: &[u8], start: usize, end: usize) -> bool {
    let v = &b[start..end];
    if !v.starts_with(b"eyJ") || !placeholder_claims(v) {
        return false;
    }
    let lo = start.saturating_sub(160);
    // The value's line and the line above it.
    let mut from = lo;
    if let Some(nl) = memchr::memrchr(b'\n', &b[lo..start]) {
        from = memchr::memrchr(b'\n', &b[lo..lo + nl]).map_or(lo, |p| lo + p + 1);
    }
    let before = b[from..start].to_ascii_lowercase();
    [
        &b"example"[..],
        b"esempio",
        b"sample",
        b"beispiel",
        b"exemple",
        b"ejemplo",
    ]
    .iter()
    .any(|w| memchr::memmem::find(&before, w).is_some())
}

/// The payload's claims are a documentation's placeholders: a subject of
/// digits counting up (`1234567890`), a name that stands for anyone (John
/// or Jane Doe) if any, and otherwise only times and an `admin` flag.
fn placeholder_claims(v: &[u8]) -> bool {
    let mut parts = v.split(|&c| c == b'.');
    let (Some(_), Some(payload)) = (parts.next(), parts.next()) else {
        return false;
    };
    let Some(raw) = decode_segment(payload) else {
        return false;
    };
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(&raw)
    else {
        return false;
    };
    let counting = map
        .get("sub")
        .and_then(serde_json::Value::as_str)
        .is_some_and(|s| {
            let d = s.as_bytes();
            d.len() >= 6
                && d.iter().all(u8::is_ascii_digit)
                && d.windows(2).all(|w| (w[0] - b'0' + 1) % 10 == w[1] - b'0')
        });
    let anyone = map.get("name").is_none_or(|n| {
        n.as_str()
            .is_some_and(|n| matches!(n, "John Doe" | "Jane Doe"))
    });
    counting
        && anyone
        && map
            .keys()
            .all(|k| matches!(k.as_str(), "sub" | "name" | "iat" | "exp" | "nbf" | "admin"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const JWT: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    #[test]
    fn finds_jwt() {
        let t = format!("Bearer {JWT} end");
        assert_eq!(match_at(t.as_bytes(), 7), Some(7 + JWT.len()));
    }

    #[test]
    fn a_header_cut_short_is_no_token() {
        // `{"alg":"ES256","` cut inside the header.
        assert!(header_alone(b"eyJhbGciOiJFUzI1NiIsIn"));
        assert!(
            crate::found("client_secret=eyJhbGciOiJFUzI1NiIsIn\u{2026}\nscope=read").is_empty()
        );
        // A header and a payload are a token's.
        assert!(!header_alone(b"eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0"));
    }

    #[test]
    fn rejects_base64_that_is_not_jwt() {
        assert_eq!(match_at(b"eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.x", 0), None);
        assert_eq!(match_at(b"eyJhbGciOiJIUzI1NiJ9", 0), None);
        assert_eq!(match_at(b"xeyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.x", 1), None);
    }

    fn b64(s: &str) -> String {
        URL_SAFE_NO_PAD.encode(s)
    }

    #[test]
    fn a_software_statement_is_no_bearer_token() {
        let h = b64(r#"{"alg":"PS256","kid":"k1","typ":"JWT"}"#);
        let p = b64(
            r#"{"iss":"Directory","software_id":"abc123XYZ","software_roles":["AISP"],"org_id":"0015"}"#,
        );
        let ssa = format!("{h}.{p}.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMDEyMzQ1Njc4OQ");
        assert!(software_statement(ssa.as_bytes()));
        let t = format!("Software statement from the directory:\n{ssa}\n");
        assert!(crate::found(&t).is_empty(), "{t}");
    }

    #[test]
    fn a_documentations_example_token_introduced_as_one_passes() {
        for t in [
            format!("Example token from the jwt.io homepage:\n{JWT}\n\nBest,\nRyan"),
            format!("Token di esempio dalla home di jwt.io:\n{JWT}\n"),
            format!("A sample JWT: {JWT}\n"),
        ] {
            assert!(crate::found(&t).is_empty(), "{t}");
        }
    }

    #[test]
    fn the_example_token_in_use_or_real_claims_are_found() {
        // Pasted into a header or a message with no word of example.
        for t in [
            format!("My header was Authorization: Bearer {JWT}"),
            format!("edited {JWT}"),
            format!("token {JWT}"),
        ] {
            assert!(crate::has(&t, JWT), "{t}");
        }
        // Introduced as an example, but its claims name a real subject.
        let h = b64(r#"{"alg":"HS256","typ":"JWT"}"#);
        let p = b64(r#"{"sub":"u-20931","name":"Anna Conti","iat":1765355497}"#);
        let tok = format!("{h}.{p}.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMDEyMzQ1Njc4OQ");
        assert!(crate::has(
            &format!("Example token from our app:\n{tok}\n"),
            &tok
        ));
    }

    #[test]
    fn a_token_with_a_scope_is_still_one() {
        let h = b64(r#"{"alg":"RS256","typ":"JWT"}"#);
        let p =
            b64(r#"{"sub":"u1","software_id":"abc","scope":"accounts payments","exp":1765355497}"#);
        let tok = format!("{h}.{p}.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMDEyMzQ1Njc4OQ");
        assert!(!software_statement(tok.as_bytes()));
        assert!(crate::has(&format!("Authorization: Bearer {tok}\n"), &tok));
    }
}
