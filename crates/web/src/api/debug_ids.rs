//! Debug ids: an integrator hands over an access token once and gets an
//! opaque `dbg_…` id to quote in tickets instead. The token is sealed at
//! rest, shown to no one but an agent with the reveal permission (audited),
//! and purged at its expiry (24 hours for opaque tokens) or on revocation.

use super::docs;
use super::views::{DebugIdList, DebugIdView};
use crate::AppState;
use crate::auth::ApiUser;
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use app::debug_ids;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

/// An access token to exchange for a debug id.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateBody {
    /// Sealed at rest; never shown back.
    access_token: String,
}

/// `POST /api/v1/debug-ids`
#[utoipa::path(
    post,
    path = "/debug-ids",
    tag = "debug ids",
    summary = "Exchange an access token for a debug id",
    description = "429 with Retry-After past the hourly limit.",
    request_body = CreateBody,
    responses(
        (status = 201, description = "The debug id", body = DebugIdView),
        docs::Always,
        docs::Auth,
        docs::JsonErrors,
        docs::E429,
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    JsonBody(body): JsonBody<CreateBody>,
) -> Result<(StatusCode, Json<DebugIdView>), ApiError> {
    let d = debug_ids::issue(&state.desk, &user, &body.access_token).await?;
    Ok((StatusCode::CREATED, Json(DebugIdView::from(&d))))
}

/// `GET /api/v1/debug-ids`
#[utoipa::path(
    get,
    path = "/debug-ids",
    tag = "debug ids",
    summary = "Your debug ids",
    responses(
        (status = 200, description = "Your debug ids", body = DebugIdList),
        docs::Always,
        docs::Auth,
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<DebugIdList>, ApiError> {
    let debug_ids = debug_ids::of_user(&state.desk, &user)
        .await?
        .iter()
        .map(DebugIdView::from)
        .collect();
    Ok(Json(DebugIdList { debug_ids }))
}

/// `GET /api/v1/debug-ids/{debug_id}`: the owner and staff see a debug
/// id's metadata; others get 404.
#[utoipa::path(
    get,
    path = "/debug-ids/{debug_id}",
    tag = "debug ids",
    summary = "A debug id's metadata (its owner and agents)",
    params(("debug_id" = String, Path, description = "`dbg_…`")),
    responses(
        (status = 200, description = "The debug id", body = DebugIdView),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn show(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<DebugIdView>, ApiError> {
    let d = debug_ids::visible(&state.desk, &user, &id).await?;
    Ok(Json(DebugIdView::from(&d)))
}

/// `DELETE /api/v1/debug-ids/{debug_id}`
#[utoipa::path(
    delete,
    path = "/debug-ids/{debug_id}",
    tag = "debug ids",
    summary = "Revoke a debug id and destroy its token",
    params(("debug_id" = String, Path, description = "`dbg_…`")),
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
    debug_ids::revoke(&state.desk, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
