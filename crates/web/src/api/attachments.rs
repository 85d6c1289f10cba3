//! Uploading files to a request or a reply, and downloading them.
//!
//! Uploads read the multipart body as a stream and stop at the first byte
//! past the per-file limit or the first file past the per-message count,
//! so the global body limit does not apply here (the route disables it).

use super::docs;
use super::views::{AttachmentView, ts};
use crate::AppState;
use crate::auth::ApiUser;
use crate::auth::csrf::{self, CSRF_FIELD};
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::{MAX_PARTS, multipart_error};
use app::screening::FieldFinding;
use axum::Json;
use axum::extract::State;
use axum::extract::multipart::{Field, Multipart, MultipartRejection};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::form::{FieldError, FieldErrorCode};
use files::{FileError, Limits};
use serde_json::Value;
use sha2::{Digest, Sha256};
use store::{Attachment, NewAttachment, Ticket, User};
use utoipa::ToSchema;

/// Downloads are sandboxed: nothing in them may run or load anything.
pub const DOWNLOAD_CSP: &str =
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/// A file as received, before cleaning.
#[derive(Debug)]
pub struct RawFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What an upload form or call sent.
#[derive(Debug, Default)]
pub struct Upload {
    pub files: Vec<RawFile>,
    pub redact: bool,
    pub comment_id: Option<i64>,
    pub csrf_token: Option<String>,
}

async fn read_limited(mut field: Field<'_>, max: usize) -> Result<Vec<u8>, ApiError> {
    let mut out = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if out.len() + chunk.len() > max {
            return Err(ApiError::TooLarge("file_too_large"));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

async fn read_text(field: Field<'_>) -> Result<String, ApiError> {
    let bytes = read_limited(field, 4096)
        .await
        .map_err(|_| ApiError::MalformedForm)?;
    String::from_utf8(bytes).map_err(|_| ApiError::InvalidUtf8)
}

/// Reads a multipart upload: parts `file` (repeatable), `redact`,
/// `comment_id` and, for pages, `csrf_token`. Unknown parts are refused.
pub async fn receive(state: &AppState, mut mp: Multipart) -> Result<Upload, ApiError> {
    let max_bytes = state.settings.max_attachment_bytes;
    let max_files = usize::try_from(state.settings.max_attachments_per_message).unwrap_or(0);
    let mut up = Upload::default();
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
                let bytes = read_limited(field, max_bytes).await?;
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
            CSRF_FIELD => up.csrf_token = Some(read_text(field).await?),
            _ => return Err(ApiError::UnknownField(name)),
        }
    }
    Ok(up)
}

/// The CSRF check for a page's multipart form.
pub fn check_csrf(headers: &HeaderMap, up: &Upload) -> Result<(), ApiError> {
    if csrf::matches(headers, up.csrf_token.as_deref()) {
        Ok(())
    } else {
        Err(ApiError::CsrfFailed)
    }
}

/// The API's answer to a refused file. Findings name the field `file`,
/// with offsets into the text screened (the file's, or what was read from
/// a document or a screenshot); a screenshot's also carry the boxes.
fn rejection(r: FileError) -> ApiError {
    match r {
        FileError::UnsupportedType => ApiError::Refused("file_type_not_allowed"),
        FileError::BadImage | FileError::OcrFailed => ApiError::Refused("image_unreadable"),
        FileError::ImageTooLarge => ApiError::TooLarge("image_too_large"),
        FileError::InvalidHar => ApiError::Refused("har_invalid"),
        FileError::DocumentUnreadable => ApiError::Refused("document_unreadable"),
        FileError::NoTextLayer => ApiError::Refused("document_without_text"),
        FileError::DocumentTooLarge => ApiError::TooLarge("document_too_large"),
        FileError::Sensitive { found, boxes } => {
            let findings = found
                .into_iter()
                .map(|f| FieldFinding {
                    field: "file".into(),
                    kind: f.kind,
                    start: f.start,
                    end: f.end,
                })
                .collect();
            if boxes.is_empty() {
                ApiError::Unprocessable {
                    fields: vec![],
                    findings,
                }
            } else {
                ApiError::SensitiveFile { findings, boxes }
            }
        }
    }
}

/// Cleans and stores every file of an upload on `ticket`. Nothing is
/// stored unless every file passes.
pub async fn store_upload(
    state: &AppState,
    user: &User,
    ticket: &Ticket,
    up: Upload,
) -> Result<Vec<Attachment>, ApiError> {
    if up.files.is_empty() {
        return Err(ApiError::Unprocessable {
            fields: vec![FieldError {
                field: "file".into(),
                code: FieldErrorCode::Required,
            }],
            findings: vec![],
        });
    }
    if !user.role.is_staff() && !ticket.status.accepts_requester_replies() {
        return Err(ApiError::Conflict("ticket_closed"));
    }
    if let Some(cid) = up.comment_id {
        let comments = state
            .desk
            .store
            .comments(ticket.id, user.role.is_staff())
            .await?;
        if !comments
            .iter()
            .any(|c| c.id == cid && c.author.id == user.id)
        {
            return Err(ApiError::InvalidValue("comment_id".into()));
        }
    }
    let redact = up.redact;
    let files = up.files;
    let cleaned = state
        .blocking
        .run(crate::Job::Files, move || {
            let limits = Limits::default();
            files
                .iter()
                .map(|f| {
                    if f.bytes.is_empty() {
                        return Err(ApiError::Refused("file_empty"));
                    }
                    let mut c =
                        files::clean(&f.bytes, &f.name, redact, &limits).map_err(rejection)?;
                    // The cleaned name is the kept one; the guard sees it last.
                    let name =
                        app::text::screen("filename", std::mem::take(&mut c.filename), redact)?;
                    Ok((c, name))
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .await??;
    let mut out = Vec::new();
    for (c, filename) in cleaned {
        let sha = hex::encode(Sha256::digest(&c.data));
        let new = NewAttachment {
            ticket_id: ticket.id,
            comment_id: up.comment_id,
            uploader_id: user.id,
            filename,
            content_type: c.content_type.to_owned(),
            removed: serde_json::to_value(&c.removed).unwrap_or(Value::Null),
            data: c.data,
        };
        let stored = state
            .desk
            .store
            .add_attachment(
                new,
                &sha,
                state.settings.max_attachments_per_message,
                state.desk.clock.now(),
            )
            .await
            .map_err(|e| match e {
                store::StoreError::Conflict("too_many_files") => {
                    ApiError::TooLarge("too_many_files")
                }
                other => other.into(),
            })?;
        out.push(stored);
    }
    Ok(out)
}

pub fn download_url(id: i64) -> String {
    format!("/api/v1/attachments/{id}")
}

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
    let up = receive(&state, mp).await?;
    if up.files.len() > 1 {
        return Err(ApiError::InvalidValue("file".into()));
    }
    let stored = store_upload(&state, &user, &ticket, up).await?;
    let first = stored.first().ok_or(ApiError::Internal)?;
    Ok((StatusCode::CREATED, Json(view(first))))
}

/// A ticket's attachments the user may see, or None when the ticket is
/// hidden from them. Files on internal notes reach staff only.
pub async fn visible_attachments(
    state: &AppState,
    user: &User,
    ticket_id: i64,
) -> Result<Vec<Attachment>, ApiError> {
    let all = state.desk.store.attachments(ticket_id).await?;
    if user.role.is_staff() {
        return Ok(all);
    }
    let public = state.desk.store.comments(ticket_id, false).await?;
    Ok(all
        .into_iter()
        .filter(|a| {
            a.comment_id
                .is_none_or(|c| public.iter().any(|p| p.id == c))
        })
        .collect())
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
    let meta = state
        .desk
        .store
        .attachment(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    app::tickets::visible(&state.desk, &user, meta.ticket_id).await?;
    let visible = visible_attachments(&state, &user, meta.ticket_id).await?;
    if !visible.iter().any(|a| a.id == id) {
        return Err(ApiError::NotFound);
    }
    let (meta, data) = state
        .desk
        .store
        .attachment_data(id)
        .await?
        .ok_or(ApiError::NotFound)?;
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
