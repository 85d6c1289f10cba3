//! Files at the edge, for both faces: reading a multipart upload as a
//! stream (stopping at the first byte past the per-file limit or the first
//! file past the per-message count, so the global body limit does not
//! apply: the upload routes disable it), the CSRF check of a page's upload
//! form, and where a stored file is downloaded. Cleaning, screening and
//! storing them is `app::attachments`.

use crate::AppState;
use crate::auth::csrf::{self, CSRF_FIELD};
use crate::error::ApiError;
use crate::extract::{MAX_PARTS, multipart_error, read_part};
use app::attachments::{RawFile, Upload};
use axum::extract::multipart::{Field, Multipart};
use axum::http::HeaderMap;

/// What an upload form or call sent: the files and, for pages, the form's
/// CSRF token.
#[derive(Debug, Default)]
pub struct Received {
    pub upload: Upload,
    pub csrf_token: Option<String>,
}

async fn read_text(field: Field<'_>) -> Result<String, ApiError> {
    let bytes = read_part(field, 4096)
        .await
        .map_err(|_| ApiError::MalformedForm)?;
    String::from_utf8(bytes).map_err(|_| ApiError::InvalidUtf8)
}

/// Reads a multipart upload: parts `file` (repeatable), `redact`,
/// `comment_id` and, for pages, `csrf_token`. Unknown parts are refused.
pub async fn receive(state: &AppState, mut mp: Multipart) -> Result<Received, ApiError> {
    let max_bytes = state.settings.max_attachment_bytes;
    let max_files = usize::try_from(state.settings.max_attachments_per_message).unwrap_or(0);
    let mut got = Received::default();
    let up = &mut got.upload;
    let mut parts = 0;
    while let Some(field) = mp.next_field().await.map_err(multipart_error)? {
        parts += 1;
        if parts > MAX_PARTS {
            return Err(ApiError::MalformedForm);
        }
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" | "files" => {
                let filename = field.file_name().unwrap_or_default().to_owned();
                // An empty file input in a browser form sends a nameless, empty part.
                let bytes = read_part(field, max_bytes).await?;
                if bytes.is_empty() && filename.is_empty() {
                    continue;
                }
                if up.files.len() >= max_files {
                    return Err(ApiError::TooLarge("too_many_files"));
                }
                up.files.push(RawFile {
                    name: filename,
                    bytes,
                });
            }
            "redact" => {
                let v = read_text(field).await?;
                up.redact = matches!(v.trim(), "1" | "true" | "on" | "yes");
            }
            "comment_id" => {
                let v = read_text(field).await?;
                let v = v.trim();
                if !v.is_empty() {
                    up.comment_id = Some(
                        v.parse()
                            .map_err(|_| ApiError::InvalidValue("comment_id".into()))?,
                    );
                }
            }
            CSRF_FIELD => got.csrf_token = Some(read_text(field).await?),
            _ => return Err(ApiError::UnknownField(name)),
        }
    }
    Ok(got)
}

/// The CSRF check for a page's multipart form.
pub fn check_csrf(headers: &HeaderMap, got: &Received) -> Result<(), ApiError> {
    if csrf::matches(headers, got.csrf_token.as_deref()) {
        Ok(())
    } else {
        Err(ApiError::CsrfFailed)
    }
}

/// Where a stored file is downloaded (the API's route, which the pages
/// link to as well).
pub fn download_url(id: i64) -> String {
    format!("/api/v1/attachments/{id}")
}
