//! `POST /api/v1/password-resets`: asks for a reset link by mail. The
//! answer is the same whether or not an account has the address, so the
//! endpoint tells nobody which addresses have accounts.

use super::docs::{self, LocaleDoc};
use crate::common::client::ClientAddr;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::{AppState, i18n, password_reset};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::Locale;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Whose password to reset, and the language of the mail.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetBody {
    /// The account's e-mail address.
    email: String,
    /// The mail's language (default English).
    #[serde(default)]
    #[schema(value_type = Option<LocaleDoc>)]
    locale: Option<Locale>,
}

/// The same answer for every address.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResetAccepted {
    /// Always `accepted`.
    status: &'static str,
    /// What to expect, in the asked language.
    message: String,
}

/// `POST /api/v1/password-resets`
#[utoipa::path(
    post,
    path = "/password-resets",
    tag = "accounts",
    summary = "Mail a password-reset link",
    description = "Always 202 with the same body, whether or not an account has the address. \
                   The link works once, for an hour.",
    security(()),
    request_body = ResetBody,
    responses(
        (status = 202, description = "Accepted (a mail is sent if the address has an account)", body = ResetAccepted),
        docs::Always,
        docs::JsonErrors,
        docs::E429,
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    JsonBody(body): JsonBody<ResetBody>,
) -> Result<(StatusCode, Json<ResetAccepted>), ApiError> {
    let locale = body.locale.unwrap_or_default();
    password_reset::request(&state, &body.email, locale, client).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(ResetAccepted {
            status: "accepted",
            message: i18n::t(locale, "reset.sent"),
        }),
    ))
}
