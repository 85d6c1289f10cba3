//! "Forgot your password?" at the edge: the rules are
//! `app::password_reset`; this composes the link's mail in the asker's
//! language and hashes the new password on the blocking pool.

use crate::error::ApiError;
use crate::{AppState, i18n};
use domain::Locale;
use std::net::IpAddr;
use store::NewMail;

pub use app::password_reset::{ResetError, TTL};

/// Mails a reset link when an account has this address; does nothing
/// otherwise. Callers answer the same either way.
pub async fn request(
    state: &AppState,
    raw_email: &str,
    locale: Locale,
    client: Option<IpAddr>,
) -> Result<(), ApiError> {
    let mail = |user: &store::User, token: &str| {
        let mail = state.settings.mail.as_ref()?;
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
        Some(NewMail {
            recipient: user.email.clone(),
            // Templates and a random link: nothing a person typed.
            subject: app::text::derived(message.subject),
            text_body: app::text::derived(message.text),
            html_body: app::text::derived(message.html),
            reply_to: None,
            ticket_id: None,
        })
    };
    Ok(app::password_reset::request(&state.desk, raw_email, client, mail).await?)
}

/// Whether a link still works (for showing the form).
pub async fn link_works(state: &AppState, token: &str) -> Result<bool, ApiError> {
    Ok(app::password_reset::link_works(&state.desk, token).await?)
}

/// Sets the new password through a link (`app::password_reset::complete`),
/// argon2id on the pool's password lane.
pub async fn complete(state: &AppState, token: &str, password: &str) -> Result<i64, ResetError> {
    app::password_reset::complete(&state.desk, token, password, |password| async move {
        crate::auth::hash_password_pooled(&state.blocking, &password)
            .await
            .map_err(pool_error)
    })
    .await
}

/// The pool's refusals in the application's words (it answers only busy
/// or internal).
fn pool_error(e: ApiError) -> app::AppError {
    match e {
        ApiError::Busy { retry_after_secs } => app::AppError::Busy { retry_after_secs },
        _ => app::AppError::Internal,
    }
}
