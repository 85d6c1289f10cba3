//! `POST /api/v1/inbound/email`: a raw RFC 5322 message from a mail
//! provider, authenticated by a shared secret in `X-Sportello-Inbound-Secret`.

use super::docs;
use super::views::InboundOutcome;
use crate::AppState;
use crate::error::ApiError;
use crate::mail::inbound::{self, Outcome};
use app::mail::inbound::NotTaken;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};

pub const SECRET_HEADER: &str = "x-sportello-inbound-secret";

fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `POST /api/v1/inbound/email`
#[utoipa::path(
    post,
    path = "/inbound/email",
    tag = "mail",
    summary = "A raw RFC 5322 message from a mail provider",
    description = "Authenticated by the shared secret in `X-Sportello-Inbound-Secret` \
        (with none configured, every call is 401).",
    security(()),
    params(("X-Sportello-Inbound-Secret" = String, Header, description = "The inbound secret")),
    request_body(content = String, content_type = "message/rfc822"),
    responses(
        (status = 202, description = "Replied, created or refused", body = InboundOutcome),
        docs::Always,
        docs::E401,
        docs::E404,
        docs::E409,
        docs::E413,
        docs::E503,
    )
)]
pub async fn receive(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<InboundOutcome>), ApiError> {
    // With no secret configured the door is shut: nobody can present it.
    let expected = state
        .settings
        .mail
        .as_ref()
        .and_then(|m| m.inbound_secret.as_deref())
        .ok_or(ApiError::Unauthorized)?;
    let given = headers
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !same(given, expected.as_bytes()) {
        return Err(ApiError::Unauthorized);
    }
    let outcome = inbound::receive(&state, &body).await.map_err(|e| match e {
        NotTaken::MailOff => ApiError::NotFound,
        NotTaken::Unparseable | NotTaken::NoSender => ApiError::Conflict("mail_unreadable"),
        NotTaken::NotAccepted => ApiError::Conflict("mail_not_accepted"),
        NotTaken::Empty => ApiError::Conflict("mail_empty"),
        NotTaken::Closed => ApiError::Conflict("ticket_closed"),
        NotTaken::Busy => ApiError::Busy {
            retry_after_secs: 2,
        },
        NotTaken::Store(e) => e.into(),
    })?;
    let body = match outcome {
        Outcome::Replied {
            ticket_id,
            comment_id,
        } => InboundOutcome {
            outcome: "replied".into(),
            ticket_id: Some(ticket_id),
            comment_id: Some(comment_id),
        },
        Outcome::Created { ticket_id } => InboundOutcome {
            outcome: "created".into(),
            ticket_id: Some(ticket_id),
            comment_id: None,
        },
        Outcome::Refused => InboundOutcome {
            outcome: "refused".into(),
            ticket_id: None,
            comment_id: None,
        },
    };
    Ok((StatusCode::ACCEPTED, Json(body)))
}
