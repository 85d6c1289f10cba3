//! Debug ids: an integrator hands over an access token once and gets an
//! opaque `dbg_…` id to quote in tickets instead. The token is sealed at
//! rest, shown to no one but an agent with the reveal permission (audited),
//! and purged at its expiry (24 hours for opaque tokens) or on revocation.

use crate::AppState;
use crate::auth::ApiUser;
use crate::common::debug_ids::issue;
use crate::error::ApiError;
use crate::extract::JsonBody;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};
use store::DebugId;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

fn ts(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

pub fn view(d: &DebugId) -> Value {
    json!({
        "debug_id": d.id,
        "expires_at": ts(d.expires_at),
        "client_id": d.client_id,
        "scopes": d.scopes,
        "created_at": ts(d.created_at),
        "revoked_at": d.revoked_at.map(ts),
        "purged_at": d.purged_at.map(ts),
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateBody {
    access_token: String,
}

pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    JsonBody(body): JsonBody<CreateBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let d = issue(&state, &user, &body.access_token).await?;
    Ok((StatusCode::CREATED, Json(view(&d))))
}

pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Value>, ApiError> {
    let items: Vec<Value> = state
        .store
        .debug_ids_of(user.id)
        .await?
        .iter()
        .map(view)
        .collect();
    Ok(Json(json!({ "debug_ids": items })))
}

/// The owner and staff see a debug id's metadata; others get 404.
pub async fn show(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let d = state
        .store
        .debug_id(&id)
        .await?
        .filter(|d| d.user_id == user.id || user.role.is_staff())
        .ok_or(ApiError::NotFound)?;
    Ok(Json(view(&d)))
}

pub async fn revoke(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state
        .store
        .revoke_debug_id(&id, user.id, state.clock.now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
