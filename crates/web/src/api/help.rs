//! The help center's JSON API: published articles, search, comments and
//! deflection records. Reads need no account; writes do.

use super::{query_get, query_pairs, query_parse};
use crate::AppState;
use crate::auth::{ApiUser, MaybeUser, StaffUser};
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::help;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use domain::Locale;
use serde::Deserialize;
use serde_json::{Value, json};
use store::{DeflectionEvent, HcArticleFilter, HcComment};
use time::format_description::well_known::Rfc3339;

fn ts(t: time::OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// `?locale=`, else Accept-Language, else English; an unknown one is a 422.
fn locale(pairs: &[(String, String)], headers: &HeaderMap) -> Result<Locale, ApiError> {
    match query_get(pairs, "locale") {
        Some(l) => l
            .parse()
            .map_err(|_| ApiError::InvalidValue("locale".into())),
        None => Ok(headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(crate::i18n::from_accept_language)
            .unwrap_or_default()),
    }
}

/// A path id (article, section or category); anything else is a 404.
fn article_id(id: &str) -> Result<i64, ApiError> {
    id.parse::<i64>().map_err(|_| ApiError::NotFound)
}

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    raw: RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = query_pairs(&raw)?;
    let locale = locale(&q, &headers)?;
    let filter = HcArticleFilter {
        section_id: query_parse(&q, "section_id")?,
        published_only: true,
        limit: query_parse(&q, "limit")?.unwrap_or(100i64).clamp(1, 1000),
        ..HcArticleFilter::default()
    };
    let items: Vec<Value> = state
        .store
        .hc_articles(&filter)
        .await?
        .iter()
        .filter_map(|a| {
            help::pick_title(&a.titles, locale).map(|(t, fallback)| {
                json!({
                    "id": a.id,
                    "section_id": a.section_id,
                    "title": t.title,
                    "locale": t.locale,
                    "fallback": fallback,
                    "url": help::article_url(locale, a.id, &t.title),
                    "updated_at": ts(t.updated_at),
                })
            })
        })
        .collect();
    Ok(Json(json!({ "locale": locale, "articles": items })))
}

pub async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    raw: RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = query_pairs(&raw)?;
    let locale = locale(&q, &headers)?;
    let a = help::public_article(&state, article_id(&id)?).await?;
    let (t, fallback) = help::pick(&a, locale).ok_or(ApiError::NotFound)?;
    let votes = state.store.hc_votes(a.id).await?;
    let comments = state.store.hc_comments(a.id, false).await?.len();
    Ok(Json(json!({
        "id": a.id,
        "section_id": a.section_id,
        "locale": t.locale,
        "fallback": fallback,
        "title": t.title,
        "body_html": t.body_html,
        "body_markdown": t.body_md,
        "url": help::article_url(locale, a.id, &t.title),
        "updated_at": ts(t.updated_at),
        "comments_closed": a.comments_closed,
        "comment_count": comments,
        "votes": { "helpful": votes.helpful, "total": votes.total },
    })))
}

/// `DELETE /help/articles/{id}`: agents delete an article, drafts too,
/// with its translations, votes, comments and deflection records.
pub async fn delete_article(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    help::delete_article(&state, article_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /help/sections/{id}`: 409 `section_not_empty` while it holds
/// articles (see `help::delete_section` for why it does not cascade).
pub async fn delete_section(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    help::delete_section(&state, article_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /help/categories/{id}`: 409 `category_not_empty` while it holds
/// sections.
pub async fn delete_category(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    help::delete_category(&state, article_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /help/search?q=&locale=[&suggest=1][&limit=]`. A query of only stop
/// words or symbols answers 200 with no results and `"searchable": false`.
pub async fn search(
    State(state): State<AppState>,
    headers: HeaderMap,
    raw: RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = query_pairs(&raw)?;
    let locale = locale(&q, &headers)?;
    let text = query_get(&q, "q").unwrap_or("");
    let suggest = query_get(&q, "suggest").is_some_and(|v| v == "1" || v == "true");
    let limit = query_parse(&q, "limit")?.unwrap_or(10i64).clamp(1, 50);
    let outcome = help::search(&state, locale, text, suggest, limit).await?;
    let results: Vec<Value> = outcome
        .hits
        .iter()
        .map(|h| {
            json!({
                "id": h.id,
                "title": h.title,
                "url": h.url,
                "snippet": h.snippet_html(),
                "updated_at": ts(h.updated_at),
            })
        })
        .collect();
    let places: Vec<Value> = outcome
        .places
        .iter()
        .map(|p| json!({ "kind": p.kind, "name": p.name, "url": p.url }))
        .collect();
    Ok(Json(json!({
        "locale": locale,
        "searchable": !outcome.terms.is_empty(),
        "results": results,
        "places": places,
    })))
}

fn comment_json(c: &HcComment) -> Value {
    json!({
        "id": c.id,
        "article_id": c.article_id,
        "author": { "id": c.author.id, "name": c.author.name, "role": c.author_role },
        "locale": c.locale,
        "body": c.body,
        "hidden": c.hidden,
        "created_at": ts(c.created_at),
        "updated_at": ts(c.updated_at),
    })
}

pub async fn comments(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let a = help::public_article(&state, article_id(&id)?).await?;
    let staff = user.as_ref().is_some_and(|u| u.role.is_staff());
    let list: Vec<Value> = state
        .store
        .hc_comments(a.id, staff)
        .await?
        .iter()
        .map(comment_json)
        .collect();
    Ok(Json(json!({ "comments": list })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommentBody {
    body: String,
    #[serde(default)]
    redact: bool,
    #[serde(default)]
    locale: Option<Locale>,
}

pub async fn add_comment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<CommentBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let a = help::public_article(&state, article_id(&id)?).await?;
    let locale = body.locale.unwrap_or(user.locale);
    let c = help::add_comment(&state, &user, &a, locale, &body.body, body.redact).await?;
    Ok((StatusCode::CREATED, Json(comment_json(&c))))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditBody {
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    redact: bool,
    /// Agents only.
    #[serde(default)]
    hidden: Option<bool>,
}

pub async fn edit_comment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, cid)): Path<(String, String)>,
    JsonBody(body): JsonBody<EditBody>,
) -> Result<Json<Value>, ApiError> {
    let a = help::public_article(&state, article_id(&id)?).await?;
    let cid = cid.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let mut c = help::visible_comment(&state, Some(&user), a.id, cid).await?;
    if let Some(hidden) = body.hidden {
        c = help::hide_comment(&state, &user, &c, hidden).await?;
    }
    if let Some(text) = &body.body {
        c = help::edit_comment(&state, &user, &c, text, body.redact).await?;
    }
    Ok(Json(comment_json(&c)))
}

pub async fn delete_comment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, cid)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let a = help::public_article(&state, article_id(&id)?).await?;
    let cid = cid.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let c = help::visible_comment(&state, Some(&user), a.id, cid).await?;
    help::delete_comment(&state, &user, &c).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeflectionBody {
    article_id: i64,
    event: String,
}

/// Records that an article was suggested while a request was being
/// written, or that the suggestion was opened. No query text is kept.
pub async fn deflection(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    JsonBody(body): JsonBody<DeflectionBody>,
) -> Result<StatusCode, ApiError> {
    let event = match body.event.as_str() {
        "shown" => DeflectionEvent::Shown,
        "opened" => DeflectionEvent::Opened,
        _ => return Err(ApiError::InvalidValue("event".into())),
    };
    help::public_article(&state, body.article_id).await?;
    state
        .store
        .hc_record_deflection(body.article_id, Some(user.id), event, state.clock.now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
