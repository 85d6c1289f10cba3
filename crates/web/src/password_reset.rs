//! "Forgot your password?": a single-use link by mail that expires after an
//! hour. The answer to a request is the same whether or not an account has
//! the address (no account enumeration); only the token's hash is stored;
//! setting the new password ends every session of the account.

use crate::auth::{self, token_hash};
use crate::error::ApiError;
use crate::{AppState, i18n};
use domain::Locale;
use domain::account::NewPassword;
use std::net::IpAddr;
use store::NewMail;
use time::Duration;

/// How long a reset link works.
pub const TTL: Duration = Duration::hours(1);
/// Resets asked for one address per hour (more are dropped silently).
const PER_ADDRESS_PER_HOUR: i64 = 5;
/// Resets asked from one network address per hour.
const PER_CLIENT_PER_HOUR: i64 = 30;

async fn allowed(
    state: &AppState,
    key: guard::Screened,
    max: i64,
) -> Result<Option<i64>, ApiError> {
    let now = state.clock.now();
    match state.store.rate_limit_hit(&key, now, 3600, max).await? {
        store::RateDecision::Allowed => Ok(None),
        store::RateDecision::Limited { retry_after_secs } => Ok(Some(retry_after_secs)),
    }
}

/// Mails a reset link when an account has this address; does nothing
/// otherwise. Callers answer the same either way.
pub async fn request(
    state: &AppState,
    raw_email: &str,
    locale: Locale,
    client: Option<IpAddr>,
) -> Result<(), ApiError> {
    if let Some(ip) = client
        && let Some(retry_after_secs) = allowed(
            state,
            app::keys::hashed("reset:addr", &ip.to_string()),
            PER_CLIENT_PER_HOUR,
        )
        .await?
    {
        return Err(ApiError::RateLimited { retry_after_secs });
    }
    let email = raw_email.trim().to_lowercase();
    if email.is_empty() || email.len() > 320 {
        return Ok(());
    }
    // Counted for every address, known or not, and never said.
    if allowed(
        state,
        app::keys::hashed("reset:email", &email),
        PER_ADDRESS_PER_HOUR,
    )
    .await?
    .is_some()
    {
        return Ok(());
    }
    let Some(user) = state.store.user_by_email(&email).await? else {
        return Ok(());
    };
    let token = auth::random_token(32);
    let now = state.clock.now();
    state
        .store
        .create_password_reset(user.id, &token_hash(&token), now, now + TTL)
        .await?;
    let Some(mail) = &state.settings.mail else {
        tracing::warn!("a password reset was asked for, but mail is off: no link was sent");
        return Ok(());
    };
    let link = format!(
        "{}/password-reset/{token}?lang={}",
        mail.base_url.trim_end_matches('/'),
        locale.as_str()
    );
    let t = |k: &str| i18n::t(locale, k);
    let message = crate::mail::notify::compose(
        locale,
        t("reset.mail.subject"),
        &[
            t("reset.mail.intro"),
            t("reset.mail.expiry"),
            t("reset.mail.ignore"),
        ],
        None,
        &link,
    );
    state
        .store
        .enqueue_mail(
            NewMail {
                recipient: user.email.clone(),
                // Templates and a random link: nothing a person typed.
                subject: app::text::derived(message.subject),
                text_body: app::text::derived(message.text),
                html_body: app::text::derived(message.html),
                reply_to: None,
                ticket_id: None,
            },
            now,
        )
        .await?;
    Ok(())
}

/// Why a new password was not set.
#[derive(Debug)]
pub enum ResetError {
    /// The link is unknown, used or expired.
    Link,
    /// The password breaks the sign-up rules.
    Password(domain::account::PasswordError),
    Other(ApiError),
}

/// Whether a link still works (for showing the form).
pub async fn link_works(state: &AppState, token: &str) -> Result<bool, ApiError> {
    Ok(state
        .store
        .password_reset_user(&token_hash(token), state.clock.now())
        .await?
        .is_some())
}

/// Sets the new password through a link: the same rules as sign-up,
/// argon2id, the link used up and every session of the account ended.
pub async fn complete(state: &AppState, token: &str, password: &str) -> Result<i64, ResetError> {
    let password = NewPassword::parse(password).map_err(ResetError::Password)?;
    // Checked before the slow hash, and again when it is used.
    if !link_works(state, token).await.map_err(ResetError::Other)? {
        return Err(ResetError::Link);
    }
    let hash = auth::hash_password_pooled(&state.blocking, password.expose())
        .await
        .map_err(ResetError::Other)?;
    match state
        .store
        .complete_password_reset(&token_hash(token), &hash, state.clock.now())
        .await
    {
        Ok(Some(user_id)) => Ok(user_id),
        Ok(None) => Err(ResetError::Link),
        Err(e) => Err(ResetError::Other(e.into())),
    }
}
