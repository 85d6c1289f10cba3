//! Body extractors that turn every kind of bad input into a precise
//! `ApiError` (never a 500, never an echo of the value).

use crate::auth::csrf::{self, CSRF_FIELD};
use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::path::ErrorKind;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use serde::de::DeserializeOwned;

async fn body_bytes<S: Send + Sync>(req: Request, state: &S) -> Result<Bytes, ApiError> {
    Bytes::from_request(req, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge
        } else {
            ApiError::MalformedJson
        }
    })
}

/// A JSON body of type `T`. Structs should use `deny_unknown_fields`.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| {
                let v = v.trim();
                v.eq_ignore_ascii_case("application/json")
                    || v.to_ascii_lowercase().ends_with("+json")
            });
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = body_bytes(req, state).await?;
        parse_json(&bytes).map(JsonBody)
    }
}

/// Path parameters. A segment that does not decode (invalid UTF-8 once
/// percent-decoded) is 400 `invalid_utf8` in the API's error shape, not
/// axum's plain-text rejection; any other mismatch is a 404.
#[derive(Debug)]
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(v)) => Ok(ApiPath(v)),
            Err(PathRejection::FailedToDeserializePathParams(e))
                if matches!(e.kind(), ErrorKind::InvalidUtf8InPathParam { .. }) =>
            {
                Err(ApiError::InvalidUtf8)
            }
            Err(_) => Err(ApiError::NotFound),
        }
    }
}

/// A JSON path fit to name in an error: segments the wire shapes define
/// (lower-case names and indexes). A segment that is not one of those is a
/// map key someone chose, and the path is cut before it.
fn place(path: &str) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for segment in path.split('.') {
        let ok = !segment.is_empty()
            && segment.len() <= 40
            && segment
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_[]$?".contains(&b));
        if !ok {
            break;
        }
        kept.push(segment);
    }
    if kept.is_empty() {
        "$".to_owned()
    } else {
        kept.join(".")
    }
}

pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ApiError::InvalidUtf8)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                // serde names an unknown member in its message, which may
                // also quote submitted values: only the kind of error is
                // kept, and the place is the object that holds the member
                // (a name someone chose is input, and errors never echo it).
                if inner.to_string().starts_with("unknown field") {
                    let holder = path.rsplit_once('.').map(|(p, _)| p).unwrap_or("$");
                    ApiError::UnknownField(place(holder))
                } else {
                    ApiError::InvalidValue(place(&path))
                }
            }
            _ => ApiError::MalformedJson,
        }
    })?;
    // Trailing data after the JSON value is malformed too.
    de.end().map_err(|_| ApiError::MalformedJson)?;
    Ok(value)
}

/// An `application/x-www-form-urlencoded` body whose `csrf_token` matched
/// the CSRF cookie. The pairs exclude the token.
#[derive(Debug)]
pub struct CsrfForm(pub Vec<(String, String)>);

impl CsrfForm {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

impl<S: Send + Sync> FromRequest<S> for CsrfForm {
    type Rejection = crate::pages::ErrorPage;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let headers = req.headers().clone();
        let locale = crate::pages::locale_from_headers(&headers);
        let bytes = body_bytes(req, state)
            .await
            .map_err(|e| crate::pages::ErrorPage::new(locale, e))?;
        csrf_pairs(&headers, &bytes).map(CsrfForm)
    }
}

/// Decodes an urlencoded body and checks its `csrf_token` against the cookie;
/// the pairs come back without the token.
fn csrf_pairs(
    headers: &HeaderMap,
    bytes: &[u8],
) -> Result<Vec<(String, String)>, crate::pages::ErrorPage> {
    let locale = crate::pages::locale_from_headers(headers);
    let fail = |e: ApiError| crate::pages::ErrorPage::new(locale, e);
    std::str::from_utf8(bytes).map_err(|_| fail(ApiError::InvalidUtf8))?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(bytes).map_err(|_| fail(ApiError::MalformedForm))?;
    let token = pairs
        .iter()
        .find(|(k, _)| k == CSRF_FIELD)
        .map(|(_, v)| v.as_str());
    if !csrf::matches(headers, token) {
        return Err(fail(ApiError::CsrfFailed));
    }
    Ok(pairs.into_iter().filter(|(k, _)| k != CSRF_FIELD).collect())
}

/// A `multipart/form-data` page form (one that carries files) whose
/// `csrf_token` matched the CSRF cookie: text fields as pairs, file parts
/// as raw files. The whole-body limit is off on such routes; each part is
/// limited as it is read instead.
#[derive(Debug)]
pub struct MultipartCsrfForm {
    pub pairs: Vec<(String, String)>,
    pub files: Vec<app::attachments::RawFile>,
}

impl MultipartCsrfForm {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

const MAX_TEXT_PART: usize = 64 * 1024;

/// Parts one multipart body may have, on every multipart route (pages and
/// API): an empty part costs the client a few bytes and the server a
/// header parse and a loop turn, so 200 MB of them stop at the 101st.
pub const MAX_PARTS: usize = 100;

/// A multipart reading error in our words: past the upload's byte budget
/// is 413, anything else a malformed form.
pub fn multipart_error(e: axum::extract::multipart::MultipartError) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::PayloadTooLarge
    } else {
        ApiError::MalformedForm
    }
}

/// One part of a multipart body, refused as `file_too_large` past `max`
/// bytes without reading further.
pub async fn read_part(
    mut field: axum::extract::multipart::Field<'_>,
    max: usize,
) -> Result<Vec<u8>, ApiError> {
    let mut out = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if out.len() + chunk.len() > max {
            return Err(ApiError::TooLarge("file_too_large"));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

impl FromRequest<crate::AppState> for MultipartCsrfForm {
    type Rejection = crate::pages::ErrorPage;
    async fn from_request(req: Request, state: &crate::AppState) -> Result<Self, Self::Rejection> {
        let urlencoded = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if urlencoded {
            // The same form without files (scripts, older pages). The route's
            // body limit is off for uploads, so the usual one applies here.
            let headers = req.headers().clone();
            let locale = crate::pages::locale_from_headers(&headers);
            let bytes = axum::body::to_bytes(req.into_body(), state.settings.max_body_bytes)
                .await
                .map_err(|_| crate::pages::ErrorPage::new(locale, ApiError::PayloadTooLarge))?;
            let pairs = csrf_pairs(&headers, &bytes)?;
            return Ok(MultipartCsrfForm {
                pairs,
                files: vec![],
            });
        }
        let headers = req.headers().clone();
        let locale = crate::pages::locale_from_headers(&headers);
        let fail = |e: ApiError| crate::pages::ErrorPage::new(locale, e);
        let mut mp = axum::extract::Multipart::from_request(req, state)
            .await
            .map_err(|_| fail(ApiError::MalformedForm))?;
        let max_file = state.settings.max_attachment_bytes;
        let max_files = usize::try_from(state.settings.max_attachments_per_message).unwrap_or(0);
        let mut form = MultipartCsrfForm {
            pairs: vec![],
            files: vec![],
        };
        let mut parts = 0;
        while let Some(field) = mp
            .next_field()
            .await
            .map_err(|e| fail(multipart_error(e)))?
        {
            parts += 1;
            if parts > MAX_PARTS {
                return Err(fail(ApiError::MalformedForm));
            }
            let name = field.name().unwrap_or_default().to_owned();
            if let Some(filename) = field.file_name().map(str::to_owned) {
                let bytes = read_part(field, max_file).await.map_err(fail)?;
                // An empty file input sends a nameless, empty part.
                if bytes.is_empty() && filename.is_empty() {
                    continue;
                }
                if form.files.len() >= max_files {
                    return Err(fail(ApiError::TooLarge("too_many_files")));
                }
                form.files.push(app::attachments::RawFile {
                    name: filename,
                    bytes,
                });
            } else {
                let bytes = read_part(field, MAX_TEXT_PART).await.map_err(fail)?;
                let text = String::from_utf8(bytes).map_err(|_| fail(ApiError::InvalidUtf8))?;
                form.pairs.push((name, text));
            }
        }
        let token = form.get(CSRF_FIELD);
        if !csrf::matches(&headers, token) {
            return Err(fail(ApiError::CsrfFailed));
        }
        form.pairs.retain(|(k, _)| k != CSRF_FIELD);
        Ok(form)
    }
}
