use crate::error::ApiError;
use axum::Json;
use axum::extract::Path;

pub async fn show(Path(key): Path<String>) -> Result<Json<domain::form::FormSpec>, ApiError> {
    match key.as_str() {
        "incident" => Ok(Json(domain::form::incident())),
        _ => Err(ApiError::NotFound),
    }
}
