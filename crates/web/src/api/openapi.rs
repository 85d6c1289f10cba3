//! The OpenAPI description of `/api/v1`, generated: the operations come
//! from the handlers' `#[utoipa::path]` annotations as `api()` registers
//! them, the schemas from the request and response types, and `docs.rs`
//! adds the error responses' schemas and the security schemes. It is
//! built once, when the router is, and served as it was built.

use super::docs;
use axum::Extension;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use utoipa::openapi::OpenApi;
use utoipa::openapi::path::Paths;

/// Where the API is mounted; the document's paths carry it.
pub const PREFIX: &str = "/api/v1";

/// The finished document, serialized once.
#[derive(Debug, Clone)]
pub struct Document(Arc<String>);

impl Document {
    pub fn new(doc: OpenApi) -> Self {
        let doc = finish(doc);
        Document(Arc::new(doc.to_json().unwrap_or_default()))
    }
}

/// The routed operations with what every document carries: its title and
/// version, the prefix on every path, error schemas, security schemes.
pub fn finish(mut doc: OpenApi) -> OpenApi {
    doc.info.title = "Sportello API".into();
    doc.info.version = env!("CARGO_PKG_VERSION").into();
    doc.info.description = Some(
        "The JSON API of Sportello's support desk. Errors answer \
         `{\"error\": {\"code\", \"message\", \"fields\", \"findings\"}}` with a stable \
         snake_case `code`; each status's schema lists the codes it can carry."
            .into(),
    );
    doc.info.license = Some(utoipa::openapi::License::new("AGPL-3.0-or-later"));
    let mut paths = Paths::new();
    for (path, mut item) in std::mem::take(&mut doc.paths.paths) {
        // Handlers' names repeat across modules (`list`, `show`, …);
        // operation ids must not: `get_requests_id`, `post_requests`, …
        let slug: String = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| s.trim_matches(|c| c == '{' || c == '}').replace('-', "_"))
            .collect::<Vec<_>>()
            .join("_");
        for (method, op) in [
            ("get", &mut item.get),
            ("post", &mut item.post),
            ("put", &mut item.put),
            ("patch", &mut item.patch),
            ("delete", &mut item.delete),
        ] {
            if let Some(op) = op {
                op.operation_id = Some(format!("{method}_{slug}"));
            }
        }
        paths.paths.insert(format!("{PREFIX}{path}"), item);
    }
    doc.paths = paths;
    docs::complete(&mut doc);
    doc
}

/// `GET /api/v1/openapi.json`
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "meta",
    summary = "This document (OpenAPI 3.1)",
    security(()),
    responses(
        (status = 200, description = "The OpenAPI document", body = Object, content_type = "application/json"),
        docs::Always,
    )
)]
pub async fn spec(Extension(doc): Extension<Document>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        doc.0.as_str().to_owned(),
    )
        .into_response()
}
