//! The help center's JSON API: published articles, search, comments and
//! deflection records. Reads need no account; writes do.

use super::docs::{self, LocaleDoc};
use super::views::{
    ArticleCommentList, ArticleCommentView, ArticleList, ArticleListItem, ArticleView, SearchPlace,
    SearchResult, SearchResults, VotesView, ts,
};
use super::{query_get, query_pairs, query_parse};
use crate::AppState;
use crate::auth::{ApiUser, MaybeUser, StaffUser};
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use crate::help;
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use domain::Locale;
use serde::Deserialize;
use store::{DeflectionEvent, HcArticleFilter};
use utoipa::ToSchema;

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

/// `GET /api/v1/help/articles`
#[utoipa::path(
    get,
    path = "/help/articles",
    tag = "help center",
    summary = "Published help-center articles",
    description = "A missing translation falls back to the other locale (`fallback`).",
    security((), ("bearer" = []), ("session" = [])),
    params(
        ("locale" = Option<LocaleDoc>, Query, description = "Else Accept-Language, else English"),
        ("section_id" = Option<i64>, Query),
        ("limit" = Option<i64>, Query, description = "1–1000, default 100"),
    ),
    responses(
        (status = 200, description = "Articles", body = ArticleList),
        docs::Always,
        docs::E422,
    )
)]
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    raw: RawQuery,
) -> Result<Json<ArticleList>, ApiError> {
    let q = query_pairs(&raw)?;
    let locale = locale(&q, &headers)?;
    let filter = HcArticleFilter {
        section_id: query_parse(&q, "section_id")?,
        published_only: true,
        limit: query_parse(&q, "limit")?.unwrap_or(100i64).clamp(1, 1000),
        ..HcArticleFilter::default()
    };
    let articles = state
        .desk
        .store
        .hc_articles(&filter)
        .await?
        .iter()
        .filter_map(|a| {
            help::pick_title(&a.titles, locale).map(|(t, fallback)| ArticleListItem {
                id: a.id,
                section_id: a.section_id,
                title: t.title.clone(),
                locale: t.locale,
                fallback,
                url: help::article_url(locale, a.id, &t.title),
                updated_at: ts(t.updated_at),
            })
        })
        .collect();
    Ok(Json(ArticleList { locale, articles }))
}

/// `GET /api/v1/help/articles/{id}`
#[utoipa::path(
    get,
    path = "/help/articles/{id}",
    tag = "help center",
    summary = "One published article with sanitized HTML body and votes",
    security((), ("bearer" = []), ("session" = [])),
    params(
        ("id" = i64, Path, description = "The article's id"),
        ("locale" = Option<LocaleDoc>, Query, description = "Else Accept-Language, else English"),
    ),
    responses(
        (status = 200, description = "The article", body = ArticleView),
        docs::Always,
        docs::E404,
        docs::E422,
    )
)]
pub async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<String>,
    raw: RawQuery,
) -> Result<Json<ArticleView>, ApiError> {
    let q = query_pairs(&raw)?;
    let locale = locale(&q, &headers)?;
    let a = help::public_article(&state.desk, article_id(&id)?).await?;
    let (t, fallback) = help::pick(&a, locale).ok_or(ApiError::NotFound)?;
    let votes = state.desk.store.hc_votes(a.id).await?;
    let comments = state.desk.store.hc_comments(a.id, false).await?.len();
    Ok(Json(ArticleView {
        id: a.id,
        section_id: a.section_id,
        locale: t.locale,
        fallback,
        title: t.title.clone(),
        body_html: t.body_html.clone(),
        body_markdown: t.body_md.clone(),
        url: help::article_url(locale, a.id, &t.title),
        updated_at: ts(t.updated_at),
        comments_closed: a.comments_closed,
        comment_count: comments,
        votes: VotesView {
            helpful: votes.helpful,
            total: votes.total,
        },
    }))
}

/// `DELETE /help/articles/{id}`: agents delete an article, drafts too,
/// with its translations, votes, comments and deflection records.
#[utoipa::path(
    delete,
    path = "/help/articles/{id}",
    tag = "help center",
    summary = "Agents: delete an article (drafts too) with its translations, votes and comments",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn delete_article(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    help::delete_article(&state.desk, &user, article_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /help/sections/{id}`: 409 `section_not_empty` while it holds
/// articles (see `help::delete_section` for why it does not cascade).
#[utoipa::path(
    delete,
    path = "/help/sections/{id}",
    tag = "help center",
    summary = "Agents: delete an empty section (409 `section_not_empty` while it holds articles)",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
    )
)]
pub async fn delete_section(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    help::delete_section(&state.desk, &user, article_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /help/categories/{id}`: 409 `category_not_empty` while it holds
/// sections.
#[utoipa::path(
    delete,
    path = "/help/categories/{id}",
    tag = "help center",
    summary = "Agents: delete an empty category (409 `category_not_empty` while it holds sections)",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
    )
)]
pub async fn delete_category(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    help::delete_category(&state.desk, &user, article_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /help/search?q=&locale=[&suggest=1][&limit=]`. A query of only stop
/// words or symbols answers 200 with no results and `"searchable": false`.
#[utoipa::path(
    get,
    path = "/help/search",
    tag = "help center",
    summary = "Search the published articles of one locale",
    security((), ("bearer" = []), ("session" = [])),
    params(
        ("q" = Option<String>, Query, description = "The words to find"),
        ("locale" = Option<LocaleDoc>, Query, description = "Else Accept-Language, else English"),
        ("suggest" = Option<String>, Query, description = "`1` or `true`: the last word is a prefix (while typing)"),
        ("limit" = Option<i64>, Query, description = "1–50, default 10"),
    ),
    responses(
        (status = 200, description = "Results", body = SearchResults),
        docs::Always,
        docs::E422,
    )
)]
pub async fn search(
    State(state): State<AppState>,
    headers: HeaderMap,
    raw: RawQuery,
) -> Result<Json<SearchResults>, ApiError> {
    let q = query_pairs(&raw)?;
    let locale = locale(&q, &headers)?;
    let text = query_get(&q, "q").unwrap_or("");
    let suggest = query_get(&q, "suggest").is_some_and(|v| v == "1" || v == "true");
    let limit = query_parse(&q, "limit")?.unwrap_or(10i64).clamp(1, 50);
    let outcome = help::search(&state, locale, text, suggest, limit).await?;
    let results = outcome
        .hits
        .iter()
        .map(|h| SearchResult {
            id: h.id,
            title: h.title.clone(),
            url: h.url.clone(),
            snippet: h.snippet_html(),
            updated_at: ts(h.updated_at),
        })
        .collect();
    let places = outcome
        .places
        .iter()
        .map(|p| SearchPlace {
            kind: p.kind,
            name: p.name.clone(),
            url: p.url.clone(),
        })
        .collect();
    Ok(Json(SearchResults {
        locale,
        searchable: !outcome.terms.is_empty(),
        results,
        places,
    }))
}

/// `GET /api/v1/help/articles/{id}/comments`
#[utoipa::path(
    get,
    path = "/help/articles/{id}/comments",
    tag = "help center",
    summary = "An article's comments (agents also see hidden ones)",
    security((), ("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, description = "The article's id")),
    responses(
        (status = 200, description = "Comments", body = ArticleCommentList),
        docs::Always,
        docs::E404,
    )
)]
pub async fn comments(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<ArticleCommentList>, ApiError> {
    let a = help::public_article(&state.desk, article_id(&id)?).await?;
    let staff = user.as_ref().is_some_and(|u| u.role.is_staff());
    let comments = state
        .desk
        .store
        .hc_comments(a.id, staff)
        .await?
        .iter()
        .map(ArticleCommentView::from)
        .collect();
    Ok(Json(ArticleCommentList { comments }))
}

/// A comment on an article.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentBody {
    body: String,
    #[serde(default)]
    redact: bool,
    /// The comment's language (default: the user's).
    #[serde(default)]
    #[schema(value_type = Option<LocaleDoc>)]
    locale: Option<Locale>,
}

/// `POST /api/v1/help/articles/{id}/comments`
#[utoipa::path(
    post,
    path = "/help/articles/{id}/comments",
    tag = "help center",
    summary = "Comment on an article",
    params(("id" = i64, Path, description = "The article's id")),
    request_body = CommentBody,
    responses(
        (status = 201, description = "The comment", body = ArticleCommentView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn add_comment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<String>,
    JsonBody(body): JsonBody<CommentBody>,
) -> Result<(StatusCode, Json<ArticleCommentView>), ApiError> {
    let a = help::public_article(&state.desk, article_id(&id)?).await?;
    let locale = body.locale.unwrap_or(user.locale);
    let c = help::add_comment(&state.desk, &user, &a, locale, &body.body, body.redact).await?;
    Ok((StatusCode::CREATED, Json(ArticleCommentView::from(&c))))
}

/// A change to a comment: its text (its author), or hidden (agents).
#[derive(Debug, Deserialize, ToSchema)]
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

/// `PATCH /api/v1/help/articles/{id}/comments/{cid}`
#[utoipa::path(
    patch,
    path = "/help/articles/{id}/comments/{cid}",
    tag = "help center",
    summary = "Edit a comment (its author) or hide it (agents)",
    params(
        ("id" = i64, Path, description = "The article's id"),
        ("cid" = i64, Path, description = "The comment's id"),
    ),
    request_body = EditBody,
    responses(
        (status = 200, description = "The comment", body = ArticleCommentView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn edit_comment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath((id, cid)): ApiPath<(String, String)>,
    JsonBody(body): JsonBody<EditBody>,
) -> Result<Json<ArticleCommentView>, ApiError> {
    let a = help::public_article(&state.desk, article_id(&id)?).await?;
    let cid = cid.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let mut c = help::visible_comment(&state.desk, Some(&user), a.id, cid).await?;
    if let Some(hidden) = body.hidden {
        c = help::hide_comment(&state.desk, &user, &c, hidden).await?;
    }
    if let Some(text) = &body.body {
        c = help::edit_comment(&state.desk, &user, &c, text, body.redact).await?;
    }
    Ok(Json(ArticleCommentView::from(&c)))
}

/// `DELETE /api/v1/help/articles/{id}/comments/{cid}`
#[utoipa::path(
    delete,
    path = "/help/articles/{id}/comments/{cid}",
    tag = "help center",
    summary = "Delete a comment (its author or agents)",
    params(
        ("id" = i64, Path, description = "The article's id"),
        ("cid" = i64, Path, description = "The comment's id"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn delete_comment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath((id, cid)): ApiPath<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let a = help::public_article(&state.desk, article_id(&id)?).await?;
    let cid = cid.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let c = help::visible_comment(&state.desk, Some(&user), a.id, cid).await?;
    help::delete_comment(&state.desk, &user, &c).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An article suggested while a request was written, or opened.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeflectionBody {
    article_id: i64,
    /// `shown` or `opened`.
    event: String,
}

/// Records that an article was suggested while a request was being
/// written, or that the suggestion was opened. No query text is kept.
#[utoipa::path(
    post,
    path = "/help/deflections",
    tag = "help center",
    summary = "Record that an article was suggested (`shown`) or opened",
    request_body = DeflectionBody,
    responses(
        (status = 204, description = "Recorded"),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::JsonErrors,
    )
)]
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
    app::help::record_deflection(&state.desk, &user, body.article_id, event).await?;
    Ok(StatusCode::NO_CONTENT)
}
