//! The caller's API tokens: `POST` makes one and shows it once, `GET` lists
//! them (never the token), `DELETE` revokes one. Another user's token is a
//! 404, like one that does not exist.

use crate::AppState;
use crate::auth::ApiUser;
use crate::common::tokens;
use crate::error::ApiError;
use crate::extract::JsonBody;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};
use store::ApiToken;
use time::format_description::well_known::Rfc3339;

fn view(t: &ApiToken) -> Value {
    let ts = |t: time::OffsetDateTime| t.format(&Rfc3339).unwrap_or_default();
    json!({
        "id": t.id,
        "label": t.label,
        "created_at": ts(t.created_at),
        "last_used_at": t.last_used_at.map(ts),
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateBody {
    label: String,
}

pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    JsonBody(body): JsonBody<CreateBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let (made, token) = tokens::create(&state, &user, &body.label).await?;
    let mut shown = view(&made);
    shown["token"] = json!(token);
    Ok((StatusCode::CREATED, Json(shown)))
}

pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Value>, ApiError> {
    let items: Vec<Value> = state
        .store
        .api_tokens(user.id)
        .await?
        .iter()
        .map(view)
        .collect();
    Ok(Json(json!({ "tokens": items })))
}

pub async fn revoke(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    state.store.revoke_api_token(user.id, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
