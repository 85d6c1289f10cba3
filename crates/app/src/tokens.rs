//! API tokens, made from the profile page, the API or the command line: a
//! random token shown once, its SHA-256 kept under a label the guard has
//! seen. Sessions: a random id the browser keeps, its hash in the store.

use crate::keys::{random_token, token_hash};
use crate::{AppError, Desk, text};
use store::{ApiToken, User};
use time::Duration;

/// How every API token starts, so a leaked one is recognized.
pub const API_TOKEN_PREFIX: &str = "spt_";

/// A fresh API token.
pub fn new_api_token() -> String {
    format!("{API_TOKEN_PREFIX}{}", random_token(32))
}

/// Makes a token for `user`; returns it with its plaintext, which exists
/// nowhere else from now on.
pub async fn create(desk: &Desk, user: &User, label: &str) -> Result<(ApiToken, String), AppError> {
    let label = text::name("label", label)?;
    let token = new_api_token();
    let made = desk
        .store
        .create_api_token(user.id, &label, &token_hash(&token), desk.now())
        .await?;
    Ok((made, token))
}

/// The user's own tokens (never their plaintext).
pub async fn of_user(desk: &Desk, user: &User) -> Result<Vec<ApiToken>, AppError> {
    Ok(desk.store.api_tokens(user.id).await?)
}

/// Revokes one of the user's tokens; another's is "not found".
pub async fn revoke(desk: &Desk, user: &User, id: i64) -> Result<(), AppError> {
    Ok(desk.store.revoke_api_token(user.id, id).await?)
}

/// Starts a session for `user` lasting `days`: a new id (never one the
/// browser brought), returned for the cookie; only its hash is kept.
pub async fn start_session(desk: &Desk, user: &User, days: i64) -> Result<String, AppError> {
    let sid = random_token(32);
    let expires = desk.now() + Duration::days(days);
    desk.store
        .create_session(&token_hash(&sid), user.id, expires)
        .await?;
    Ok(sid)
}

/// Ends the session whose id the browser brought.
pub async fn end_session(desk: &Desk, sid: &str) -> Result<(), AppError> {
    Ok(desk.store.delete_session(&token_hash(sid)).await?)
}
