use super::docs::{self, FormSpecDoc};
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::Json;

/// `GET /api/v1/forms/{key}`: the form's fields and rules.
#[utoipa::path(
    get,
    path = "/forms/{key}",
    tag = "requests",
    summary = "A form's fields and rules",
    security(()),
    params(("key" = String, Path, description = "The form (`incident`)")),
    responses(
        (status = 200, description = "The form spec", body = FormSpecDoc),
        docs::Always,
        docs::E404,
    )
)]
pub async fn show(ApiPath(key): ApiPath<String>) -> Result<Json<domain::form::FormSpec>, ApiError> {
    match key.as_str() {
        "incident" => Ok(Json(domain::form::incident())),
        _ => Err(ApiError::NotFound),
    }
}
