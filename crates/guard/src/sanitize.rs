//! What the HAR, curl and header sanitizers share: the report types and
//! the rules for header names, query parameters, cookies and bodies.

use std::fmt;

use serde::Serialize;

use crate::json::{key_kind, keyed_value_is_secret, redact_json};
use crate::text::is_placeholder;
use crate::{Kind, redact, scan};

/// Clean text plus a report of what was taken out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sanitized {
    pub text: String,
    pub removed: Vec<Removal>,
}

/// Where a value was removed and what it was; never the value itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removal {
    /// e.g. `entries[3].request.headers[Authorization]`.
    pub location: String,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SanitizeError {
    /// The input is not JSON; the message carries line and column only.
    InvalidJson(String),
    /// JSON, but not shaped like a HAR (`log.entries` missing).
    NotHar,
}

impl fmt::Display for SanitizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SanitizeError::InvalidJson(m) => write!(f, "invalid JSON: {m}"),
            SanitizeError::NotHar => write!(f, "not a HAR file: log.entries is missing"),
        }
    }
}

impl std::error::Error for SanitizeError {}

pub(crate) fn placeholder(kind: Kind) -> String {
    format!("[REDACTED:{}]", kind.code())
}

/// Headers whose whole value is a credential.
pub(crate) fn header_kind(name: &str, value: &str) -> Option<Kind> {
    let lower = name.trim().to_ascii_lowercase();
    match lower.as_str() {
        "authorization" | "proxy-authorization" => {
            let v = value.trim_start();
            if v.len() > 6 && v.as_bytes()[..6].eq_ignore_ascii_case(b"basic ") {
                Some(Kind::ClientSecret)
            } else {
                Some(Kind::AccessToken)
            }
        }
        "cookie"
        | "set-cookie"
        | "x-auth-token"
        | "x-access-token"
        | "x-amz-security-token"
        | "x-csrf-token"
        | "x-xsrf-token"
        | "x-session-token" => Some(Kind::AccessToken),
        "x-api-key" | "api-key" | "apikey" | "x-goog-api-key" => Some(Kind::VendorKey),
        "x-client-secret" => Some(Kind::ClientSecret),
        _ => key_kind(name),
    }
}

/// Query/form parameters that carry credentials. `client_id` is kept on
/// purpose: support needs it.
pub(crate) fn param_kind(name: &str) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    match lower.as_str() {
        "code" | "session" | "sessionid" | "session_id" | "sid" | "sig" | "signature" => {
            Some(Kind::AccessToken)
        }
        "key" | "api_key" | "apikey" | "api-key" => Some(Kind::VendorKey),
        "client_id" | "clientid" => None,
        _ => key_kind(name),
    }
}

fn is_blank(value: &str) -> bool {
    value.trim().is_empty() || is_placeholder(value)
}

/// Redacts free text and records each finding at `location`.
pub(crate) fn redact_text(text: &str, location: &str, removed: &mut Vec<Removal>) -> String {
    let found = scan(text);
    if found.is_empty() {
        return text.to_owned();
    }
    for f in &found {
        removed.push(Removal {
            location: location.to_owned(),
            kind: f.kind,
        });
    }
    redact(text, &found)
}

/// A header value: credentials headers are replaced whole; others are
/// scanned like text.
pub(crate) fn header_value(
    name: &str,
    value: &str,
    location: &str,
    removed: &mut Vec<Removal>,
) -> String {
    let lower = name.trim().to_ascii_lowercase();
    if lower == "cookie" || lower == "set-cookie" {
        return cookie_header(value, lower == "set-cookie", location, removed);
    }
    let Some(kind) = header_kind(name, value) else {
        return redact_text(value, location, removed);
    };
    // Keep the scheme so readers still see "Bearer" or "Basic".
    let is_auth = lower == "authorization" || lower == "proxy-authorization";
    let v = value.trim_start();
    let (scheme, credential) = match v.split_once(' ') {
        Some((scheme, rest))
            if is_auth
                && scheme.len() <= 20
                && scheme
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'-') =>
        {
            (Some(scheme), rest.trim())
        }
        _ => (None, v),
    };
    if is_blank(credential) {
        return value.to_owned();
    }
    removed.push(Removal {
        location: location.to_owned(),
        kind,
    });
    match scheme {
        Some(scheme) => format!("{scheme} {}", placeholder(kind)),
        None => placeholder(kind),
    }
}

/// `a=1; b=2` → `a=[REDACTED:access_token]; b=[REDACTED:access_token]`.
/// For Set-Cookie only the first pair is the cookie; attributes stay.
fn cookie_header(
    value: &str,
    set_cookie: bool,
    location: &str,
    removed: &mut Vec<Removal>,
) -> String {
    let mut out = Vec::new();
    let mut any = false;
    for (i, part) in value.split(';').enumerate() {
        let is_cookie = !set_cookie || i == 0;
        match part.split_once('=') {
            Some((name, v)) if is_cookie && !is_blank(v) => {
                any = true;
                out.push(format!("{name}={}", placeholder(Kind::AccessToken)));
            }
            _ => out.push(part.to_owned()),
        }
    }
    if any {
        removed.push(Removal {
            location: location.to_owned(),
            kind: Kind::AccessToken,
        });
    }
    out.join(";")
}

/// `a=1&access_token=xyz` with credential parameters replaced; other
/// values scanned as text.
pub(crate) fn query(q: &str, location: &str, removed: &mut Vec<Removal>) -> String {
    let mut parts = Vec::new();
    for pair in q.split('&') {
        match pair.split_once('=') {
            Some((name, value)) => {
                let decoded_name = name.replace("%5F", "_").replace("%5f", "_");
                match param_kind(&decoded_name) {
                    Some(kind) if !is_blank(value) => {
                        removed.push(Removal {
                            location: format!("{location}[{decoded_name}]"),
                            kind,
                        });
                        parts.push(format!("{name}={}", placeholder(kind)));
                    }
                    _ => {
                        let loc = format!("{location}[{decoded_name}]");
                        parts.push(format!("{name}={}", redact_text(value, &loc, removed)));
                    }
                }
            }
            None => parts.push(redact_text(pair, location, removed)),
        }
    }
    parts.join("&")
}

/// A URL with its query string and fragment (implicit-flow tokens live
/// there) sanitized.
pub(crate) fn url(u: &str, location: &str, removed: &mut Vec<Removal>) -> String {
    let (before_frag, frag) = match u.split_once('#') {
        Some((a, f)) => (a, Some(f)),
        None => (u, None),
    };
    let mut out = match before_frag.split_once('?') {
        Some((base, q)) => format!(
            "{}?{}",
            redact_text(base, location, removed),
            query(q, location, removed)
        ),
        None => redact_text(before_frag, location, removed),
    };
    if let Some(f) = frag {
        out.push('#');
        if f.contains('=') {
            out.push_str(&query(f, location, removed));
        } else {
            out.push_str(&redact_text(f, location, removed));
        }
    }
    out
}

/// A request or response body: JSON is redacted by key, form bodies by
/// parameter, anything else as text.
pub(crate) fn body(text: &str, location: &str, removed: &mut Vec<Removal>) -> String {
    let trimmed = text.trim_start();
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && let Ok(mut v) = serde_json::from_str::<serde_json::Value>(text)
    {
        let before = removed.len();
        removed.extend(redact_json(&mut v, location));
        if removed.len() == before {
            return text.to_owned();
        }
        return serde_json::to_string(&v).unwrap_or_else(|_| redact_text(text, location, removed));
    }
    let looks_form = !text.is_empty()
        && text.contains('=')
        && !text.bytes().any(|c| c.is_ascii_whitespace())
        && text.split('&').all(|p| p.contains('='));
    if looks_form {
        return query(text, location, removed);
    }
    redact_text(text, location, removed)
}

/// A value that already passed a key check elsewhere (HAR `params`).
pub(crate) fn param_value(
    name: &str,
    value: &str,
    location: &str,
    removed: &mut Vec<Removal>,
) -> String {
    if let Some(kind) = param_kind(name)
        && !is_blank(value)
        && (keyed_value_is_secret(kind, value)
            || matches!(
                kind,
                Kind::AccessToken | Kind::VendorKey | Kind::ClientSecret
            ))
    {
        removed.push(Removal {
            location: location.to_owned(),
            kind,
        });
        return placeholder(kind);
    }
    redact_text(value, location, removed)
}
