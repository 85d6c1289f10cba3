//! The caller's API tokens: `POST` makes one and shows it once, `GET` lists
//! them (never the token), `DELETE` revokes one. Another user's token is a
//! 404, like one that does not exist.

use super::docs;
use super::views::{TokenList, TokenView};
use crate::AppState;
use crate::auth::ApiUser;
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use app::tokens;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

/// A new API token.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateBody {
    /// What the token is for (shown in lists).
    label: String,
}

/// `POST /api/v1/tokens`
#[utoipa::path(
    post,
    path = "/tokens",
    tag = "tokens",
    summary = "Make an API token",
    description = "The answer's `token` is shown this once; only its hash is kept.",
    request_body = CreateBody,
    responses(
        (status = 201, description = "The token, with `token`", body = TokenView),
        docs::Always,
        docs::Auth,
        docs::JsonErrors,
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    JsonBody(body): JsonBody<CreateBody>,
) -> Result<(StatusCode, Json<TokenView>), ApiError> {
    let (made, token) = tokens::create(&state.desk, &user, &body.label).await?;
    let mut shown = TokenView::from(&made);
    shown.token = Some(token);
    Ok((StatusCode::CREATED, Json(shown)))
}

/// `GET /api/v1/tokens`
#[utoipa::path(
    get,
    path = "/tokens",
    tag = "tokens",
    summary = "Your API tokens (labels and dates, never the token)",
    responses(
        (status = 200, description = "Your tokens", body = TokenList),
        docs::Always,
        docs::Auth,
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<TokenList>, ApiError> {
    let tokens = tokens::of_user(&state.desk, &user)
        .await?
        .iter()
        .map(TokenView::from)
        .collect();
    Ok(Json(TokenList { tokens }))
}

/// `DELETE /api/v1/tokens/{id}`
#[utoipa::path(
    delete,
    path = "/tokens/{id}",
    tag = "tokens",
    summary = "Revoke one of your API tokens",
    params(("id" = i64, Path, description = "The token's id")),
    responses(
        (status = 204, description = "Revoked"),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn revoke(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    tokens::revoke(&state.desk, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
