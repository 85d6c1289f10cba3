//! Uploading files to a request or a reply, and downloading them: the
//! JSON face of `app::attachments` (the multipart body is read by
//! `common::upload`).

use super::docs;
use super::views::{AttachmentView, ts};
use crate::AppState;
use crate::auth::ApiUser;
use crate::common::upload::{self, download_url};
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::Json;
use axum::extract::State;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use store::Attachment;
use utoipa::ToSchema;

/// Downloads are sandboxed: nothing in them may run or load anything.
pub const DOWNLOAD_CSP: &str =
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

pub fn view(a: &Attachment) -> AttachmentView {
    AttachmentView {
        id: a.id,
        ticket_id: a.ticket_id,
        comment_id: a.comment_id,
        filename: a.filename.clone(),
        content_type: a.content_type.clone(),
        size: a.size,
        sha256: a.sha256.clone(),
        removed: a.removed.clone(),
        url: download_url(a.id),
        created_at: ts(a.created_at),
    }
}

/// The parts of an upload (the schema of the multipart body).
#[allow(dead_code)] // described, never built
#[derive(Debug, ToSchema)]
pub struct UploadForm {
    /// The file.
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
    /// `true` redacts what the guard finds in a text file instead of refusing it.
    pub redact: Option<bool>,
    /// One of your comments on the request, to attach the file to.
    pub comment_id: Option<i64>,
}

/// `POST /api/v1/requests/{id}/attachments`: one part named `file`.
#[utoipa::path(
    post,
    path = "/requests/{id}/attachments",
    tag = "requests",
    summary = "Attach a file (multipart part `file`; optional `comment_id`, `redact`)",
    description = "PNG, JPEG, WebP, GIF, PDF, docx, xlsx, pptx, text, log, JSON or HAR, by \
        content. Images are re-encoded without metadata and read by OCR (a finding answers \
        422 `sensitive_data` with `boxes`); the text of every PDF page and Office part passes \
        the guard (422 `document_unreadable`, `document_without_text` for a scan, 413 \
        `document_too_large` for a zip bomb); text passes the guard; HAR files are sanitized \
        and `removed` says where.",
    params(("id" = i64, Path, description = "The request's number")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "The attachment", body = AttachmentView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
        docs::E503,
    )
)]
pub async fn upload(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<String>,
    mp: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<AttachmentView>), ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    // Not multipart, or no boundary: our error, not axum's plain text.
    let mp = mp.map_err(|_| ApiError::MalformedForm)?;
    let ticket = app::tickets::visible(&state.desk, &user, id).await?;
    let got = upload::receive(&state, mp).await?;
    if got.upload.files.len() > 1 {
        return Err(ApiError::InvalidValue("file".into()));
    }
    let stored =
        app::attachments::attach(&state.desk, &state.blocking, &user, &ticket, got.upload).await?;
    let first = stored.first().ok_or(ApiError::Internal)?;
    Ok((StatusCode::CREATED, Json(view(first))))
}

/// `GET /api/v1/attachments/{id}`: authorized as the ticket is; 404 else.
#[utoipa::path(
    get,
    path = "/attachments/{id}",
    tag = "requests",
    summary = "Download an attachment (authorized as its ticket)",
    params(("id" = i64, Path, description = "The attachment's id")),
    responses(
        (status = 200, description = "The file, as stored (cleaned)", content(
            (Vec<u8> = "image/png"),
            (Vec<u8> = "image/jpeg"),
            (Vec<u8> = "image/webp"),
            (Vec<u8> = "image/gif"),
            (Vec<u8> = "application/pdf"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            (String = "text/plain"),
            (String = "application/json"),
            (String = "application/har+json"),
            (Vec<u8> = "application/octet-stream"),
        )),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn download(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Response, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let (meta, data) = app::attachments::download(&state.desk, &user, id).await?;
    let mut res = data.into_response();
    let h = res.headers_mut();
    let ct = HeaderValue::from_str(&meta.content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    h.insert(header::CONTENT_TYPE, ct);
    let disposition = if meta.content_type.starts_with("image/") {
        "inline"
    } else {
        "attachment"
    };
    // Stored names are already free of quotes and control characters.
    let ascii: String = meta
        .filename
        .chars()
        .map(|c| if c.is_ascii() { c } else { '_' })
        .collect();
    let value = format!(
        "{disposition}; filename=\"{ascii}\"; filename*=UTF-8''{}",
        crate::common::url_encode(&meta.filename)
    );
    if let Ok(v) = HeaderValue::from_str(&value) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(DOWNLOAD_CSP),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}
