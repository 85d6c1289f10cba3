//! Limits every request meets before any handler: no control character in
//! the query string; a deadline for the whole request or, for a request
//! carrying files (multipart, inbound mail), for its body to arrive, with a
//! budget of bytes. Errors here are answered in the face's shape and the
//! caller's language: JSON under `/api/`, an error page elsewhere.

use crate::AppState;
use crate::common::has_control;
use crate::error::ApiError;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hyper::body::Frame;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::Sleep;

/// Which face a request is for, to answer an error in its shape.
#[derive(Debug, Clone, Copy)]
struct Face {
    api: bool,
    locale: domain::Locale,
}

impl Face {
    fn of(req: &Request) -> Face {
        Face {
            api: req.uri().path().starts_with("/api/"),
            locale: crate::pages::locale_from_headers(req.headers()),
        }
    }

    fn answer(self, error: ApiError) -> Response {
        if self.api {
            // Status and headers as always; the message in the caller's
            // language (`api::localize_errors` is inside the routes).
            let body = serde_json::to_string(&error.body(self.locale)).unwrap_or_default();
            let mut res = error.into_response();
            *res.body_mut() = Body::from(body);
            res
        } else {
            crate::pages::ErrorPage::new(self.locale, error).into_response()
        }
    }
}

/// 400 `invalid_query` for a control character anywhere in the query.
pub async fn plain_query(req: Request, next: Next) -> Response {
    if req.uri().query().is_some_and(has_control) {
        return Face::of(&req).answer(ApiError::InvalidQuery);
    }
    next.run(req).await
}

/// Where files come in: the multipart forms and calls, and inbound mail
/// (a raw message, its attachments read like uploads).
fn carries_files(req: &Request) -> bool {
    req.uri().path() == "/api/v1/inbound/email"
        || req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().starts_with("multipart/"))
}

/// 408 `request_timeout` for a request not answered within
/// `request_timeout_secs`. A request carrying files instead has
/// `upload_timeout_secs` for its body to arrive (a client sending a byte a
/// second would otherwise hold a connection for hours) and a budget of
/// bytes for all its parts (413 `payload_too_large`, at once when the
/// declared length is over it); reading the files after (OCR may take
/// minutes) is bounded by the blocking pool's deadline, not this one.
pub async fn deadline(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let face = Face::of(&req);
    if !carries_files(&req) {
        let limit = Duration::from_secs(state.settings.request_timeout_secs);
        return match tokio::time::timeout(limit, next.run(req)).await {
            Ok(res) => res,
            Err(_) => face.answer(ApiError::Timeout),
        };
    }
    let budget = upload_budget(&state.settings);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > budget) {
        return face.answer(ApiError::PayloadTooLarge);
    }
    let stop = Arc::new(Stop::default());
    let limit = Duration::from_secs(state.settings.upload_timeout_secs);
    let req = req.map(|body| {
        Body::new(UploadBody {
            inner: body,
            deadline: Box::pin(tokio::time::sleep(limit)),
            left: budget,
            stop: stop.clone(),
        })
    });
    let res = next.run(req).await;
    // The handler saw a body error (a malformed form); say what it was.
    if stop.late.load(Ordering::Relaxed) {
        face.answer(ApiError::Timeout)
    } else if stop.too_large.load(Ordering::Relaxed) {
        face.answer(ApiError::PayloadTooLarge)
    } else {
        res
    }
}

/// Bytes a multipart body may carry: every file a message may have at its
/// largest, plus an ordinary body's worth for the text fields and headers.
fn upload_budget(settings: &crate::Settings) -> u64 {
    let files = u64::try_from(settings.max_attachments_per_message.max(0)).unwrap_or(0);
    let file = u64::try_from(settings.max_attachment_bytes).unwrap_or(u64::MAX);
    let text = u64::try_from(settings.max_body_bytes).unwrap_or(u64::MAX);
    files.saturating_mul(file).saturating_add(text)
}

/// Why an upload's body was cut off.
#[derive(Debug, Default)]
struct Stop {
    late: AtomicBool,
    too_large: AtomicBool,
}

/// A request body that fails once its deadline passes or its budget of
/// bytes is spent.
struct UploadBody {
    inner: Body,
    deadline: Pin<Box<Sleep>>,
    left: u64,
    stop: Arc<Stop>,
}

impl HttpBody for UploadBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.deadline.as_mut().poll(cx).is_ready() {
            self.stop.late.store(true, Ordering::Relaxed);
            return Poll::Ready(Some(Err(axum::Error::new("upload deadline passed"))));
        }
        let frame = Pin::new(&mut self.inner).poll_frame(cx);
        if let Poll::Ready(Some(Ok(f))) = &frame
            && let Some(data) = f.data_ref()
        {
            let n = u64::try_from(data.len()).unwrap_or(u64::MAX);
            if n > self.left {
                self.stop.too_large.store(true, Ordering::Relaxed);
                return Poll::Ready(Some(Err(axum::Error::new("upload too large"))));
            }
            self.left -= n;
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.inner.size_hint()
    }
}
