//! "Forgot your password?": a single-use link by mail that expires after an
//! hour. The answer to a request is the same whether or not an account has
//! the address (no account enumeration); only the token's hash is stored;
//! setting the new password ends every session of the account.

use crate::keys::{self, token_hash};
use crate::{AppError, Desk};
use domain::account::NewPassword;
use std::future::Future;
use std::net::IpAddr;
use store::{NewMail, User};
use time::Duration;

/// How long a reset link works.
pub const TTL: Duration = Duration::hours(1);
/// Resets asked for one address per hour (more are dropped silently).
const PER_ADDRESS_PER_HOUR: i64 = 5;
/// Resets asked from one network address per hour.
const PER_CLIENT_PER_HOUR: i64 = 30;

async fn allowed(desk: &Desk, key: guard::Screened, max: i64) -> Result<Option<i64>, AppError> {
    match desk
        .store
        .rate_limit_hit(&key, desk.now(), 3600, max)
        .await?
    {
        store::RateDecision::Allowed => Ok(None),
        store::RateDecision::Limited { retry_after_secs } => Ok(Some(retry_after_secs)),
    }
}

/// Mails a reset link when an account has this address; does nothing
/// otherwise. Callers answer the same either way. `mail` composes the
/// message for the account and the link's token (in the face's words and
/// with its links); None when mail is off, and then nothing is sent.
pub async fn request(
    desk: &Desk,
    raw_email: &str,
    client: Option<IpAddr>,
    mail: impl FnOnce(&User, &str) -> Option<NewMail>,
) -> Result<(), AppError> {
    if let Some(ip) = client
        && let Some(retry_after_secs) = allowed(
            desk,
            keys::hashed("reset:addr", &ip.to_string()),
            PER_CLIENT_PER_HOUR,
        )
        .await?
    {
        return Err(AppError::RateLimited { retry_after_secs });
    }
    let email = raw_email.trim().to_lowercase();
    if email.is_empty() || email.len() > 320 {
        return Ok(());
    }
    // Counted for every address, known or not, and never said.
    if allowed(
        desk,
        keys::hashed("reset:email", &email),
        PER_ADDRESS_PER_HOUR,
    )
    .await?
    .is_some()
    {
        return Ok(());
    }
    let Some(user) = desk.store.user_by_email(&email).await? else {
        return Ok(());
    };
    let token = keys::random_token(32);
    let now = desk.now();
    desk.store
        .create_password_reset(user.id, &token_hash(&token), now, now + TTL)
        .await?;
    let Some(message) = mail(&user, &token) else {
        tracing::warn!("a password reset was asked for, but mail is off: no link was sent");
        return Ok(());
    };
    desk.store.enqueue_mail(message, now).await?;
    Ok(())
}

/// Why a new password was not set.
#[derive(Debug)]
pub enum ResetError {
    /// The link is unknown, used or expired.
    Link,
    /// The password breaks the sign-up rules.
    Password(domain::account::PasswordError),
    Other(AppError),
}

/// Whether a link still works (for showing the form).
pub async fn link_works(desk: &Desk, token: &str) -> Result<bool, AppError> {
    Ok(desk
        .store
        .password_reset_user(&token_hash(token), desk.now())
        .await?
        .is_some())
}

/// Sets the new password through a link: the same rules as sign-up, the
/// hash made by `hash` (slow work the caller schedules), the link used up
/// and every session of the account ended.
pub async fn complete<F, Fut>(
    desk: &Desk,
    token: &str,
    password: &str,
    hash: F,
) -> Result<i64, ResetError>
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = Result<String, AppError>>,
{
    let password = NewPassword::parse(password).map_err(ResetError::Password)?;
    // Checked before the slow hash, and again when it is used.
    if !link_works(desk, token).await.map_err(ResetError::Other)? {
        return Err(ResetError::Link);
    }
    let hash = hash(password.expose().to_owned())
        .await
        .map_err(ResetError::Other)?;
    match desk
        .store
        .complete_password_reset(&token_hash(token), &hash, desk.now())
        .await
    {
        Ok(Some(user_id)) => Ok(user_id),
        Ok(None) => Err(ResetError::Link),
        Err(e) => Err(ResetError::Other(e.into())),
    }
}
