//! CSRF protection by double submit: a random token lives in a SameSite=Strict,
//! HttpOnly cookie and must come back in the form (`csrf_token`) or, for
//! cookie-authenticated API calls, in the `X-CSRF-Token` header. A page that
//! finds no cookie mints one and hands the same value to its forms.

use super::{cookie, cookie_value, random_token};
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

pub const CSRF_COOKIE: &str = "sportello_csrf";
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The token the current request's forms must carry.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// Whether the submitted token matches the cookie, in constant time.
pub fn matches(headers: &HeaderMap, submitted: Option<&str>) -> bool {
    match (cookie_value(headers, CSRF_COOKIE), submitted) {
        (Some(expected), Some(got)) if !expected.is_empty() && expected.len() == got.len() => {
            expected
                .bytes()
                .zip(got.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
        }
        _ => false,
    }
}

/// A fresh token and its Set-Cookie value (used at sign-in to rotate it).
pub fn fresh(secure: bool) -> (CsrfToken, String) {
    let token = random_token(32);
    let set = cookie(CSRF_COOKIE, &token, 60 * 60 * 24 * 30, "Strict", secure);
    (CsrfToken(token), set)
}

pub async fn ensure_cookie(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    // A program's call carries a bearer token, which a browser never adds
    // on its own (it may add Basic credentials for a proxy in front): it
    // has no form and needs no token, and minting one per call cost a
    // random token and a Set-Cookie on every answer.
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .is_some_and(|v| v.as_bytes().starts_with(b"Bearer "));
    if bearer {
        return next.run(req).await;
    }
    let existing = cookie_value(req.headers(), CSRF_COOKIE)
        .filter(|v| {
            v.len() >= 32
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(str::to_owned);
    let secure = state.settings.https;
    let (token, set_cookie) = match existing {
        Some(t) => (CsrfToken(t), None),
        None => {
            let (t, c) = fresh(secure);
            (t, Some(c))
        }
    };
    req.extensions_mut().insert(token);
    let mut res = next.run(req).await;
    if let Some(c) = set_cookie
        && !res
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|v| v.as_bytes().starts_with(CSRF_COOKIE.as_bytes()))
        && let Ok(v) = HeaderValue::from_str(&c)
    {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}
