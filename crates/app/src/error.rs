//! The one error enum of the application layer. It says what went wrong in
//! the product's words; `web::error` turns it into HTTP statuses and the
//! stable snake_case codes.

use crate::screening::FieldFinding;
use domain::form::FieldError;
use store::StoreError;

#[derive(Debug, Clone, thiserror::Error)]
pub enum AppError {
    /// Invalid fields, sensitive data, or both: everything found at once.
    /// Never carries a submitted value, only field names and offsets.
    #[error("unprocessable input")]
    Unprocessable {
        fields: Vec<FieldError>,
        findings: Vec<FieldFinding>,
    },
    /// A value of the wrong shape; names the place, never the value.
    #[error("invalid value")]
    InvalidValue(&'static str),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// A rule about the current state was broken; a stable snake_case code.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Well-formed input refused for what it is (a file's type, an empty
    /// file); a stable snake_case code.
    #[error("refused: {0}")]
    Refused(&'static str),
    /// A limit on what one may send was passed (a picture's size, the
    /// files a message may carry); a stable snake_case code.
    #[error("too large: {0}")]
    TooLarge(&'static str),
    /// A file refused for sensitive data read in it; for a screenshot,
    /// `boxes` are where the words found are in the stored image, so the
    /// person can black them out and send it again. Never the text.
    #[error("sensitive file")]
    SensitiveFile {
        findings: Vec<FieldFinding>,
        boxes: Vec<files::WordBox>,
    },
    #[error("rate limited")]
    RateLimited { retry_after_secs: i64 },
    /// The desk is taking in more than it can write; nothing was kept.
    #[error("busy")]
    Busy { retry_after_secs: i64 },
    /// Something that cannot happen did; details went to the log.
    #[error("internal error")]
    Internal,
}

impl AppError {
    /// One field refused for one reason.
    pub fn field(field: &str, code: domain::form::FieldErrorCode) -> AppError {
        AppError::Unprocessable {
            fields: vec![FieldError {
                field: field.to_owned(),
                code,
            }],
            findings: vec![],
        }
    }

    /// Guard findings, no field errors.
    pub fn findings(findings: Vec<FieldFinding>) -> AppError {
        AppError::Unprocessable {
            fields: vec![],
            findings,
        }
    }

    /// The guard's findings, if this is a refusal that has any.
    pub fn sensitive(&self) -> Option<&[FieldFinding]> {
        match self {
            AppError::Unprocessable { findings, .. } if !findings.is_empty() => Some(findings),
            AppError::SensitiveFile { findings, .. } => Some(findings),
            _ => None,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict(code) => AppError::Conflict(code),
            StoreError::Busy => AppError::Busy {
                retry_after_secs: 1,
            },
            StoreError::Database(detail) => {
                tracing::error!(%detail, "store error");
                AppError::Internal
            }
        }
    }
}
