//! Body extractors that turn every kind of bad input into a precise
//! `ApiError` (never a 500, never an echo of the value).

use crate::auth::csrf::{self, CSRF_FIELD};
use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
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

pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ApiError::InvalidUtf8)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                // serde names an unknown field in backticks; its message may
                // also quote submitted values, so only the name is kept.
                let msg = inner.to_string();
                match msg
                    .strip_prefix("unknown field `")
                    .and_then(|rest| rest.split_once('`'))
                {
                    Some((name, _)) if msg.starts_with("unknown field") => {
                        let prefix = path
                            .rsplit_once('.')
                            .map(|(p, _)| format!("{p}."))
                            .unwrap_or_default();
                        ApiError::UnknownField(format!("{prefix}{name}"))
                    }
                    _ => ApiError::InvalidValue(path),
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
        let fail = |e: ApiError| crate::pages::ErrorPage::new(locale, e);
        let bytes = body_bytes(req, state).await.map_err(fail)?;
        std::str::from_utf8(&bytes).map_err(|_| fail(ApiError::InvalidUtf8))?;
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| fail(ApiError::MalformedForm))?;
        let token = pairs
            .iter()
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.as_str());
        if !csrf::matches(&headers, token) {
            return Err(fail(ApiError::CsrfFailed));
        }
        Ok(CsrfForm(
            pairs.into_iter().filter(|(k, _)| k != CSRF_FIELD).collect(),
        ))
    }
}
