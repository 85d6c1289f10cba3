//! The one error type of the HTTP edge and its stable snake_case codes.
//!
//! An `ApiError` answers with the JSON shape of `docs/interfaces.md`. Its message
//! is rendered in the requester's language by `api::localize_errors`; the
//! code never changes with the language, so clients match on it.

use crate::i18n::{self, lookup, t};
use app::AppError;
use app::screening::FieldFinding;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Locale;
use domain::form::FieldError;
use serde::Serialize;
use std::sync::Arc;
use store::StoreError;
use utoipa::ToSchema;

#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    #[error("malformed JSON")]
    MalformedJson,
    #[error("malformed form body")]
    MalformedForm,
    #[error("invalid UTF-8")]
    InvalidUtf8,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("payload too large")]
    PayloadTooLarge,
    /// A control character (NUL, tab, CR, LF, …) in the query string,
    /// as sent or percent-decoded: no parameter carries one.
    #[error("invalid query")]
    InvalidQuery,
    /// The request (its body included) did not arrive and finish in time.
    #[error("request timeout")]
    Timeout,
    #[error("unauthorized")]
    Unauthorized,
    #[error("CSRF check failed")]
    CsrfFailed,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// No API route has this path (or method): a client bug, not a missing record.
    #[error("no such route")]
    NoRoute,
    /// Invalid fields, sensitive data, or both: everything found at once.
    #[error("unprocessable input")]
    Unprocessable {
        fields: Vec<FieldError>,
        findings: Vec<FieldFinding>,
    },
    #[error("unknown field")]
    UnknownField(String),
    /// A JSON value had the wrong type or shape; the string names the place.
    #[error("invalid value")]
    InvalidValue(String),
    #[error("conflict")]
    Conflict(&'static str),
    /// A limit on uploads was passed (413); the code says which.
    #[error("too large")]
    TooLarge(&'static str),
    /// A file refused for sensitive data found in it (code `sensitive_data`,
    /// as for any other finding); for a screenshot, `boxes` are where the
    /// words found are in the image, so they can be blacked out.
    #[error("unprocessable file")]
    SensitiveFile {
        findings: Vec<FieldFinding>,
        boxes: Vec<files::WordBox>,
    },
    /// Well-formed input refused for what it is (422); the code says why.
    #[error("refused")]
    Refused(&'static str),
    #[error("rate limited")]
    RateLimited { retry_after_secs: i64 },
    /// 503: too much waiting to be written; nothing was kept.
    #[error("busy")]
    Busy { retry_after_secs: i64 },
    #[error("internal error")]
    Internal,
}

impl ApiError {
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::MalformedJson => "malformed_json",
            ApiError::InvalidUtf8 => "invalid_utf8",
            ApiError::MalformedForm => "malformed_form",
            ApiError::UnsupportedMediaType => "unsupported_media_type",
            ApiError::PayloadTooLarge => "payload_too_large",
            ApiError::InvalidQuery => "invalid_query",
            ApiError::Timeout => "request_timeout",
            ApiError::Unauthorized => "unauthorized",
            ApiError::CsrfFailed => "csrf_failed",
            ApiError::Forbidden => "forbidden",
            ApiError::NotFound => "not_found",
            ApiError::NoRoute => "no_such_route",
            ApiError::Unprocessable { findings, .. } if !findings.is_empty() => "sensitive_data",
            ApiError::Unprocessable { .. } => "validation_failed",
            ApiError::SensitiveFile { .. } => "sensitive_data",
            ApiError::UnknownField(_) => "unknown_field",
            ApiError::InvalidValue(_) => "invalid_value",
            ApiError::Conflict(code) => code,
            ApiError::TooLarge(code) | ApiError::Refused(code) => code,
            ApiError::RateLimited { .. } => "rate_limited",
            ApiError::Busy { .. } => "busy",
            ApiError::Internal => "internal_error",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::MalformedJson
            | ApiError::MalformedForm
            | ApiError::InvalidUtf8
            | ApiError::InvalidQuery => StatusCode::BAD_REQUEST,
            ApiError::Timeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::PayloadTooLarge | ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::CsrfFailed | ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::NotFound | ApiError::NoRoute => StatusCode::NOT_FOUND,
            ApiError::Unprocessable { .. }
            | ApiError::SensitiveFile { .. }
            | ApiError::UnknownField(_)
            | ApiError::InvalidValue(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The JSON body in `locale`. Never contains a submitted value.
    pub fn body(&self, locale: Locale) -> ErrorBody {
        let message = t(locale, &format!("api.{}", self.code()));
        let fields: Vec<ErrorField> = match self {
            ApiError::Unprocessable { fields, .. } => fields
                .iter()
                .map(|e| ErrorField {
                    field: e.field.clone(),
                    code: e.code.as_str().to_owned(),
                    message: field_error_message(locale, e),
                })
                .collect(),
            ApiError::UnknownField(name) | ApiError::InvalidValue(name) => vec![ErrorField {
                field: name.clone(),
                code: self.code().to_owned(),
                message: message.clone(),
            }],
            _ => vec![],
        };
        let findings: Vec<ErrorFinding> = match self {
            ApiError::Unprocessable { findings, .. } | ApiError::SensitiveFile { findings, .. } => {
                findings
                    .iter()
                    .map(|f| ErrorFinding {
                        field: f.field.clone(),
                        kind: f.kind.code().to_owned(),
                        start: f.start,
                        end: f.end,
                        message: finding_message(locale, f.kind),
                    })
                    .collect()
            }
            _ => vec![],
        };
        let boxes = match self {
            ApiError::SensitiveFile { boxes, .. } => Some(
                boxes
                    .iter()
                    .map(|b| ErrorBox {
                        kind: b.kind.code().to_owned(),
                        x: b.x,
                        y: b.y,
                        width: b.width,
                        height: b.height,
                    })
                    .collect(),
            ),
            _ => None,
        };
        ErrorBody {
            error: ErrorDetail {
                code: self.code().to_owned(),
                message,
                fields,
                findings,
                boxes,
            },
        }
    }
}

/// The error body of every API answer that is not a success (`docs/interfaces.md`).
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Error)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable snake_case code: match on it (the message is localized).
    pub code: String,
    /// In the caller's language.
    pub message: String,
    /// The fields that are wrong, each with its own code.
    pub fields: Vec<ErrorField>,
    /// Sensitive data found: where (offsets), never the value.
    pub findings: Vec<ErrorFinding>,
    /// A screenshot refused for what OCR read in it: the boxes of the
    /// words found, in the stored image's pixels (never the text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boxes: Option<Vec<ErrorBox>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorField {
    pub field: String,
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorFinding {
    pub field: String,
    /// What was found (`access_token`, `card_number`, `iban`, …).
    pub kind: String,
    /// Character offsets into the field's value.
    pub start: usize,
    pub end: usize,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBox {
    pub kind: String,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// Every code an API error answers with, by status: the `code` enum of
/// each status's error schema in the OpenAPI document. A test checks that
/// every code the sources can produce is here.
pub const CODES_BY_STATUS: &[(u16, &[&str])] = &[
    (
        400,
        &[
            "malformed_json",
            "malformed_form",
            "invalid_utf8",
            "invalid_query",
        ],
    ),
    (401, &["unauthorized"]),
    (403, &["forbidden", "csrf_failed"]),
    (404, &["not_found", "no_such_route"]),
    (408, &["request_timeout"]),
    (
        409,
        &[
            "already_exists",
            "assignee_not_staff",
            "category_not_empty",
            "comments_closed",
            "duplicate_submission",
            "email_taken",
            "mail_empty",
            "mail_not_accepted",
            "mail_unreadable",
            "own_role",
            "no_form_fields",
            "problem_is_linked",
            "problem_is_self",
            "problem_not_found",
            "reveal_needs_staff",
            "sealed_value_damaged",
            "section_not_empty",
            "slug_taken",
            "ticket_closed",
            "ticket_is_problem",
            "too_many_files",
            "unknown_category",
            "unknown_section",
        ],
    ),
    (
        413,
        &[
            "payload_too_large",
            "file_too_large",
            "too_many_files",
            "image_too_large",
            "document_too_large",
        ],
    ),
    (415, &["unsupported_media_type"]),
    (
        422,
        &[
            "validation_failed",
            "sensitive_data",
            "unknown_field",
            "invalid_value",
            "document_unreadable",
            "document_without_text",
            "file_empty",
            "file_type_not_allowed",
            "har_invalid",
            "image_unreadable",
        ],
    ),
    (429, &["rate_limited"]),
    (503, &["busy"]),
];

/// "Enter the client id" rather than "client_id: required": a message per
/// field and code when there is one, else one per code naming the field.
pub fn field_error_message(locale: Locale, e: &FieldError) -> String {
    field_error_message_to(locale, e, Reader::Author)
}

/// Who reads a field's error: the person who wrote the value, or an agent
/// correcting a requester's ticket, for whom "your organization" would name
/// the wrong one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Author,
    Staff,
}

/// [`field_error_message`] for a reader: staff get their own wording where
/// the locale files have one (`error.staff.<field>.<code>`).
pub fn field_error_message_to(locale: Locale, e: &FieldError, reader: Reader) -> String {
    let code = e.code.as_str();
    if reader == Reader::Staff
        && let Some(m) = lookup(locale, &format!("error.staff.{}.{code}", e.field))
    {
        return m.to_owned();
    }
    if let Some(m) = lookup(locale, &format!("error.{}.{code}", e.field)) {
        return m.to_owned();
    }
    let label = lookup(locale, &format!("field.{}", e.field)).unwrap_or(&e.field);
    i18n::tf(locale, &format!("error.{code}"), &[("field", label)])
}

fn guard_locale(locale: Locale) -> guard::Locale {
    match locale {
        Locale::En => guard::Locale::En,
        Locale::It => guard::Locale::It,
    }
}

/// What was found and what to send instead, in the reader's language (the
/// guard owns these texts).
pub fn finding_message(locale: Locale, kind: guard::Kind) -> String {
    guard::message(kind, guard_locale(locale)).to_owned()
}

/// The application layer's errors, in HTTP's words: the one place where
/// `app` meets status codes.
impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        match e {
            AppError::Unprocessable { fields, findings } => {
                ApiError::Unprocessable { fields, findings }
            }
            AppError::InvalidValue(place) => ApiError::InvalidValue(place.to_owned()),
            AppError::NotFound => ApiError::NotFound,
            AppError::Forbidden => ApiError::Forbidden,
            AppError::Conflict(code) => ApiError::Conflict(code),
            AppError::Refused(code) => ApiError::Refused(code),
            AppError::TooLarge(code) => ApiError::TooLarge(code),
            AppError::SensitiveFile { findings, boxes } => {
                ApiError::SensitiveFile { findings, boxes }
            }
            AppError::RateLimited { retry_after_secs } => {
                ApiError::RateLimited { retry_after_secs }
            }
            AppError::Busy { retry_after_secs } => ApiError::Busy { retry_after_secs },
            AppError::Internal => ApiError::Internal,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::NotFound,
            StoreError::Conflict(code) => ApiError::Conflict(code),
            StoreError::Busy => ApiError::Busy {
                retry_after_secs: 1,
            },
            StoreError::Database(detail) => {
                tracing::error!(%detail, "store error");
                ApiError::Internal
            }
        }
    }
}

/// Carried in the response so `localize_errors` can re-render the body.
#[derive(Debug, Clone)]
pub struct RenderedError(pub Arc<ApiError>);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = (self.status(), axum::Json(self.body(Locale::En))).into_response();
        if let ApiError::RateLimited { retry_after_secs } | ApiError::Busy { retry_after_secs } =
            &self
            && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res.extensions_mut().insert(RenderedError(Arc::new(self)));
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A full intake queue is a 503 with `Retry-After` and the stable
    /// code `busy`, in either language, from the store or the app layer.
    #[test]
    fn a_busy_writer_is_503_with_retry_after() {
        for err in [
            ApiError::from(StoreError::Busy),
            ApiError::from(app::AppError::from(StoreError::Busy)),
        ] {
            assert_eq!(err.code(), "busy");
            let body = err.body(Locale::It);
            assert_eq!(body.error.code, "busy");
            let res = err.into_response();
            assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(res.headers()[header::RETRY_AFTER], "1");
        }
    }
}
