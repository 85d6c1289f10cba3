//! Credentials in authentication syntax: `Bearer <token>`, `Basic
//! base64(id:secret)`, `Authorization: <scheme> <value>`, and curl's
//! `-u id:secret`.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};

use crate::Confidence;
use crate::Kind;
use crate::context::{Outcome, Sep, finding, refine, separator};
use crate::text::{is_placeholder, is_reference, looks_like_token};
use crate::value::{
    MAX_VALUE, QuoteMemo, Read, floor_boundary, read_value, skip_spaces, starts_with_ci,
    trim_prose_end,
};

pub(crate) fn bearer(text: &str, b: &[u8], key_end: usize, memo: &mut QuoteMemo) -> Outcome {
    let vstart = skip_spaces(b, key_end);
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if vstart == key_end {
        return none;
    }
    let (s, e, _) = read_value(b, vstart, Read::Token, memo);
    let e = trim_prose_end(b, s, e);
    let value = &text[s..e];
    // `"Bearer " + tok.AccessToken`: code building the header.
    if looks_like_token(value, 8) && !value.starts_with('+') && !is_reference(value) {
        Outcome {
            finding: finding(refine(Kind::AccessToken, value), s, e, Confidence::High),
            scanned_to: e,
        }
    } else {
        none
    }
}

/// `Basic base64(id:secret)`: only when it decodes to printable `id:secret`.
pub(crate) fn basic_credentials(value: &str) -> bool {
    let decoded = STANDARD
        .decode(value)
        .or_else(|_| STANDARD_NO_PAD.decode(value.trim_end_matches('=')));
    let Ok(raw) = decoded else {
        return false;
    };
    let Ok(s) = String::from_utf8(raw) else {
        return false;
    };
    match s.split_once(':') {
        Some((id, secret)) => {
            !id.is_empty()
                && !secret.is_empty()
                && s.chars().all(|c| !c.is_control())
                && !is_placeholder(secret)
        }
        None => false,
    }
}

pub(crate) fn basic(text: &str, b: &[u8], key_end: usize) -> Outcome {
    let vstart = skip_spaces(b, key_end);
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if vstart == key_end {
        return none;
    }
    let mut e = vstart;
    while e < b.len()
        && e - vstart < MAX_VALUE
        && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'+' | b'/' | b'='))
    {
        e += 1;
    }
    if e - vstart < 8 {
        return none;
    }
    if basic_credentials(&text[vstart..e]) {
        Outcome {
            finding: finding(Kind::ClientSecret, vstart, e, Confidence::High),
            scanned_to: e,
        }
    } else {
        none
    }
}

/// `Authorization: <value>` with a scheme other than Bearer/Basic (those
/// have their own triggers) or with no scheme at all.
pub(crate) fn authorization(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
    memo: &mut QuoteMemo,
) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    let Some((Sep::Strong, mut vstart)) = separator(b, key_start, key_end) else {
        return none;
    };
    if vstart < b.len() && (b[vstart] == b'"' || b[vstart] == b'\'') {
        vstart += 1;
    }
    for scheme in [
        &b"bearer"[..],
        b"basic",
        b"digest",
        b"negotiate",
        b"aws4-hmac-sha256",
    ] {
        if starts_with_ci(b, vstart, scheme) {
            return none;
        }
    }
    for scheme in [&b"token"[..], b"apikey", b"api-key", b"sso-key", b"key"] {
        if starts_with_ci(b, vstart, scheme) && b.get(vstart + scheme.len()) == Some(&b' ') {
            vstart = skip_spaces(b, vstart + scheme.len());
            break;
        }
    }
    let (s, e, _) = read_value(b, vstart, Read::Token, memo);
    let value = &text[s..e];
    if looks_like_token(value, 16) {
        Outcome {
            finding: finding(refine(Kind::AccessToken, value), s, e, Confidence::High),
            scanned_to: e,
        }
    } else {
        none
    }
}

/// `curl -u id:secret` / `--user id:secret`: the pair.
pub(crate) fn curl_user(text: &str, b: &[u8], key_start: usize, key_end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if key_start > 0 && !b[key_start - 1].is_ascii_whitespace() {
        return none;
    }
    let Some(&next) = b.get(key_end) else {
        return none;
    };
    if next != b' ' && next != b'=' && next != b'\t' {
        return none;
    }
    let mut v = skip_spaces(b, key_end + 1);
    let mut quote = None;
    if v < b.len() && (b[v] == b'"' || b[v] == b'\'') {
        quote = Some(b[v]);
        v += 1;
    }
    let limit = (v + 1024).min(b.len());
    let mut e = v;
    while e < limit && !b[e].is_ascii_whitespace() && Some(b[e]) != quote {
        e += 1;
    }
    let e = floor_boundary(b, e);
    let cred = &text[v..e];
    let Some((id, secret)) = cred.split_once(':') else {
        return none;
    };
    if id.is_empty() || secret.is_empty() || is_placeholder(secret) || is_placeholder(id) {
        return none;
    }
    // The whole `id:secret` pair is the credential: HTTP Basic sends
    // both, and the id tells which client the secret opens.
    Outcome {
        finding: finding(refine(Kind::ClientSecret, secret), v, e, Confidence::High),
        scanned_to: e,
    }
}
