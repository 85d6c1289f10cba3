//! `POST /api/v1/inbound/email`: a raw RFC 5322 message from a mail
//! provider, authenticated by a shared secret in `X-Sportello-Inbound-Secret`.

use crate::AppState;
use crate::error::ApiError;
use crate::mail::inbound::{self, InboundError, Outcome};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde_json::{Value, json};

pub const SECRET_HEADER: &str = "x-sportello-inbound-secret";

fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub async fn receive(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
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
        InboundError::MailOff => ApiError::NotFound,
        InboundError::Unparseable | InboundError::NoSender => ApiError::Conflict("mail_unreadable"),
        InboundError::NotAccepted => ApiError::Conflict("mail_not_accepted"),
        InboundError::Empty => ApiError::Conflict("mail_empty"),
        InboundError::Closed => ApiError::Conflict("ticket_closed"),
        InboundError::Busy => ApiError::Busy {
            retry_after_secs: 2,
        },
        InboundError::Store(e) => e.into(),
    })?;
    let body = match outcome {
        Outcome::Replied {
            ticket_id,
            comment_id,
        } => json!({ "outcome": "replied", "ticket_id": ticket_id, "comment_id": comment_id }),
        Outcome::Created { ticket_id } => json!({ "outcome": "created", "ticket_id": ticket_id }),
        Outcome::Refused => json!({ "outcome": "refused" }),
    };
    Ok((StatusCode::ACCEPTED, Json(body)))
}
