//! Who is asking: passwords (argon2id), session cookies, API tokens, and the
//! middleware that resolves the current user once per request.

pub mod csrf;
mod extractors;

pub use extractors::{ApiUser, MaybeUser, PageUser, StaffUser};

use crate::AppState;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;
use store::User;

pub const SESSION_COOKIE: &str = "sportello_session";
pub use app::tokens::{API_TOKEN_PREFIX, new_api_token};

/// How the current user proved who they are. Cookie-authenticated writes
/// need a CSRF token; bearer tokens carry no ambient authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    Session,
    Bearer,
}

/// Put in request extensions by `resolve_user`.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub user: User,
    pub method: AuthMethod,
}

/// `n` random bytes, base64url without padding.
pub use app::keys::random_token;

/// What we store instead of a session id or API token.
pub use app::keys::token_hash;

pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).unwrap_or_else(|e| panic!("OS random generator failed: {e}"));
    let salt = SaltString::encode_b64(&salt).unwrap_or_else(|e| panic!("salt encoding: {e}"));
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .unwrap_or_else(|e| panic!("argon2id hashing failed: {e}"))
}

pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// Spends the same time as a real verification, so a sign-in for an unknown
/// email cannot be told apart by its speed.
pub fn verify_password_dummy(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash_password("not a real password"));
    let _ = verify_password(password, phc);
}

/// `hash_password` on the blocking pool's password lane (argon2id holds a
/// core for tens of milliseconds: never on the async workers).
pub async fn hash_password_pooled(
    pool: &crate::Blocking,
    password: &str,
) -> Result<String, crate::error::ApiError> {
    let password = password.to_owned();
    pool.run(crate::Job::Password, move || hash_password(&password))
        .await
}

/// Whether `password` matches `phc`, on the password lane. Without a hash
/// (no such account, or one without a password) it spends the time of a
/// real check and answers false, so the answer's speed tells nothing.
pub async fn verify_password_pooled(
    pool: &crate::Blocking,
    password: &str,
    phc: Option<String>,
) -> Result<bool, crate::error::ApiError> {
    let password = password.to_owned();
    pool.run(crate::Job::Password, move || match phc {
        Some(phc) => verify_password(&password, &phc),
        None => {
            verify_password_dummy(&password);
            false
        }
    })
    .await
}

pub fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value: HttpOnly, SameSite, Path=/, Secure behind https.
pub fn cookie(name: &str, value: &str, max_age_secs: i64, same_site: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{name}={value}; Path=/; Max-Age={max_age_secs}; HttpOnly; SameSite={same_site}{secure}"
    )
}

/// Resolves the user from `Authorization: Bearer` or the session cookie.
pub async fn resolve_user(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let now = state.desk.clock.now();
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let resolved = if let Some(token) = bearer {
        match state
            .desk
            .store
            .api_token_user(&token_hash(token), now)
            .await
        {
            Ok(Some(user)) => Some(Authenticated {
                user,
                method: AuthMethod::Bearer,
            }),
            Ok(None) => None,
            Err(e) => {
                tracing::error!(error = %e, "resolving API token");
                None
            }
        }
    } else if let Some(sid) = cookie_value(req.headers(), SESSION_COOKIE) {
        match state.desk.store.session_user(&token_hash(sid), now).await {
            Ok(Some(user)) => Some(Authenticated {
                user,
                method: AuthMethod::Session,
            }),
            Ok(None) => None,
            Err(e) => {
                tracing::error!(error = %e, "resolving session");
                None
            }
        }
    } else {
        None
    };
    if let Some(auth) = resolved {
        req.extensions_mut().insert(auth);
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argon2id_round_trip() {
        let phc = hash_password("correct horse battery");
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &phc));
        assert!(!verify_password("wrong horse battery", &phc));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn cookies_are_found_by_name() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; sportello_session=abc; b=2"
                .parse()
                .unwrap_or_else(|_| unreachable!()),
        );
        assert_eq!(cookie_value(&h, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie_value(&h, "c"), None);
    }
}
