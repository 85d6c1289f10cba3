//! The JSON API under `/api/v1` (`docs/interfaces.md`).

mod admin;
pub(crate) mod attachments;
pub(crate) mod debug_ids;
mod docs;
mod forms;
mod help;
mod help_authoring;
mod inbound;
mod openapi;
mod password_resets;
pub(crate) mod requests;
pub(crate) mod tickets;
mod tokens;
mod views;
pub(crate) mod workspace;

use crate::auth::Authenticated;
use crate::error::{ApiError, RenderedError};
use crate::{AppState, i18n};
use axum::extract::{DefaultBodyLimit, RawQuery, Request};
use axum::http::header;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Router};
use domain::Locale;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouterExt};
use utoipa_axum::routes;

/// The JSON API and its OpenAPI document, both from one registration:
/// every route goes through `routes!`, which takes the operation from the
/// handler's `#[utoipa::path]` (a test checks nothing is routed around it).
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(forms::show))
        .routes(routes!(requests::list, requests::create))
        .routes(routes!(requests::show))
        .routes(routes!(requests::comment))
        .routes(routes!(tickets::list))
        .routes(routes!(tickets::show, tickets::update))
        .routes(routes!(tickets::comment))
        .routes(routes!(attachments::upload).layer(DefaultBodyLimit::disable()))
        .routes(routes!(attachments::download))
        .routes(routes!(debug_ids::list, debug_ids::create))
        .routes(routes!(debug_ids::show, debug_ids::revoke))
        .routes(routes!(admin::list_orgs, admin::create_org))
        .routes(routes!(admin::show_org, admin::update_org))
        .routes(routes!(admin::list_users, admin::create_user))
        .routes(routes!(admin::show_user, admin::update_user))
        .routes(routes!(admin::grant_reveal, admin::revoke_reveal))
        .routes(routes!(tokens::list, tokens::create))
        .routes(routes!(password_resets::create))
        .routes(routes!(tokens::revoke))
        .routes(routes!(help::list, help_authoring::create_article))
        .routes(routes!(
            help::show,
            help_authoring::update_article,
            help::delete_article
        ))
        .routes(routes!(help_authoring::save_translation))
        .routes(routes!(help_authoring::create_section))
        .routes(routes!(
            help_authoring::update_section,
            help::delete_section
        ))
        .routes(routes!(help_authoring::create_category))
        .routes(routes!(
            help_authoring::update_category,
            help::delete_category
        ))
        .routes(routes!(help::comments, help::add_comment))
        .routes(routes!(help::edit_comment, help::delete_comment))
        .routes(routes!(help::search))
        .routes(routes!(help::deflection))
        .routes(routes!(openapi::spec))
        .routes(routes!(inbound::receive).layer(DefaultBodyLimit::max(25 * 1024 * 1024)))
        .merge(workspace::routes())
}

/// The router mounted at `/api/v1`, serving the document at `/openapi.json`.
pub fn routes() -> Router<AppState> {
    let (router, doc) = api().split_for_parts();
    let doc = openapi::Document::new(doc);
    router
        .fallback(|| async { ApiError::NoRoute })
        .method_not_allowed_fallback(|| async { ApiError::NoRoute })
        .layer(Extension(doc))
        .layer(middleware::from_fn(localize_errors))
}

/// Renders error bodies in the caller's language: the user's own, else
/// Accept-Language, else English. Codes stay the same in every language.
async fn localize_errors(req: Request, next: Next) -> Response {
    let locale = req
        .extensions()
        .get::<Authenticated>()
        .map(|a| a.user.locale)
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(i18n::from_accept_language)
        })
        .unwrap_or_default();
    let res = next.run(req).await;
    match res.extensions().get::<RenderedError>() {
        Some(RenderedError(err)) if locale != Locale::En => {
            let mut localized = (err.status(), axum::Json(err.body(locale))).into_response();
            for (name, value) in res.headers() {
                if name != header::CONTENT_LENGTH {
                    localized.headers_mut().insert(name, value.clone());
                }
            }
            localized
        }
        _ => res,
    }
}

/// Query parameters as pairs; a query that does not decode is a 400.
pub(crate) fn query_pairs(raw: &RawQuery) -> Result<Vec<(String, String)>, ApiError> {
    match &raw.0 {
        Some(q) => serde_urlencoded::from_str(q).map_err(|_| ApiError::MalformedForm),
        None => Ok(vec![]),
    }
}

pub(crate) fn query_get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, v)| k == key && !v.is_empty())
        .map(|(_, v)| v.as_str())
}

/// Parses an optional query value, naming the parameter when it is wrong.
pub(crate) fn query_parse<T: std::str::FromStr>(
    pairs: &[(String, String)],
    key: &str,
) -> Result<Option<T>, ApiError> {
    query_get(pairs, key)
        .map(|v| {
            v.parse::<T>()
                .map_err(|_| ApiError::InvalidValue(key.to_owned()))
        })
        .transpose()
}
