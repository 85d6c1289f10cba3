//! The JSON API under `/api/v1` (DESIGN.md §5).

mod admin;
pub(crate) mod attachments;
pub(crate) mod debug_ids;
mod forms;
mod help;
mod help_authoring;
mod inbound;
mod openapi;
pub(crate) mod requests;
pub(crate) mod tickets;
mod tokens;
mod views;
pub(crate) mod workspace;

use crate::auth::Authenticated;
use crate::error::{ApiError, RenderedError};
use crate::{AppState, i18n};
use axum::Router;
use axum::extract::{RawQuery, Request};
use axum::http::header;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::Locale;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/forms/{key}", get(forms::show))
        .route("/requests", get(requests::list).post(requests::create))
        .route("/requests/{id}", get(requests::show))
        .route(
            "/requests/{id}/comments",
            axum::routing::post(requests::comment),
        )
        .route("/tickets", get(tickets::list))
        .route("/tickets/{id}", get(tickets::show).patch(tickets::update))
        .route(
            "/tickets/{id}/comments",
            axum::routing::post(tickets::comment),
        )
        .route(
            "/requests/{id}/attachments",
            axum::routing::post(attachments::upload)
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/attachments/{id}", get(attachments::download))
        .route("/debug-ids", get(debug_ids::list).post(debug_ids::create))
        .route(
            "/debug-ids/{debug_id}",
            get(debug_ids::show).delete(debug_ids::revoke),
        )
        .route("/orgs", axum::routing::post(admin::create_org))
        .route("/orgs/{slug}", get(admin::show_org))
        .route("/users", axum::routing::post(admin::create_user))
        .route("/users/{id}", get(admin::show_user))
        .route(
            "/users/{id}/reveal",
            axum::routing::put(admin::grant_reveal).delete(admin::revoke_reveal),
        )
        .route("/tokens", get(tokens::list).post(tokens::create))
        .route("/tokens/{id}", axum::routing::delete(tokens::revoke))
        .route(
            "/help/articles",
            get(help::list).post(help_authoring::create_article),
        )
        .route(
            "/help/articles/{id}",
            get(help::show)
                .patch(help_authoring::update_article)
                .delete(help::delete_article),
        )
        .route(
            "/help/articles/{id}/translations/{locale}",
            axum::routing::put(help_authoring::save_translation),
        )
        .route(
            "/help/sections",
            axum::routing::post(help_authoring::create_section),
        )
        .route(
            "/help/sections/{id}",
            axum::routing::patch(help_authoring::update_section).delete(help::delete_section),
        )
        .route(
            "/help/categories",
            axum::routing::post(help_authoring::create_category),
        )
        .route(
            "/help/categories/{id}",
            axum::routing::patch(help_authoring::update_category).delete(help::delete_category),
        )
        .route(
            "/help/articles/{id}/comments",
            get(help::comments).post(help::add_comment),
        )
        .route(
            "/help/articles/{id}/comments/{cid}",
            axum::routing::patch(help::edit_comment).delete(help::delete_comment),
        )
        .route("/help/search", get(help::search))
        .route("/help/deflections", axum::routing::post(help::deflection))
        .route("/openapi.json", get(openapi::spec))
        .route(
            "/inbound/email",
            axum::routing::post(inbound::receive)
                .layer(axum::extract::DefaultBodyLimit::max(25 * 1024 * 1024)),
        )
        .merge(workspace::routes())
        .fallback(|| async { ApiError::NoRoute })
        .method_not_allowed_fallback(|| async { ApiError::NoRoute })
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
