//! Writing the help center through the API (agents): categories and
//! sections with their names per locale, articles and their translations,
//! publishing. The same rules as the authoring pages: names and articles
//! are screened as kept, Markdown is rendered on the blocking pool and
//! screened as written and as readers see it.

use super::docs::{self, LocaleDoc};
use super::views::{AuthoredArticleView, CategoryView, SectionView};
use crate::AppState;
use crate::auth::StaffUser;
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use crate::help;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::Locale;
use serde::Deserialize;
use store::{HcArticlePatch, NewHcName};
use utoipa::ToSchema;

/// A name in one locale.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NameBody {
    #[schema(value_type = LocaleDoc)]
    locale: Locale,
    name: String,
    #[serde(default)]
    description: String,
}

fn names(given: &[NameBody]) -> Result<Vec<NewHcName>, ApiError> {
    let given: Vec<(Locale, &str, &str)> = given
        .iter()
        .map(|n| (n.locale, n.name.as_str(), n.description.as_str()))
        .collect();
    Ok(app::article::names(&given)?)
}

fn id(s: &str) -> Result<i64, ApiError> {
    s.parse().map_err(|_| ApiError::NotFound)
}

/// A category: its place and its names.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryBody {
    #[serde(default)]
    position: i64,
    names: Vec<NameBody>,
}

/// `POST /help/categories`
#[utoipa::path(
    post,
    path = "/help/categories",
    tag = "help center",
    summary = "Agents: a category",
    request_body = CategoryBody,
    responses(
        (status = 201, description = "The category", body = CategoryView),
        docs::Always,
        docs::Auth,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn create_category(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<CategoryBody>,
) -> Result<(StatusCode, Json<CategoryView>), ApiError> {
    let names = names(&body.names)?;
    let made = app::help::create_category(&state.desk, &user, body.position, &names).await?;
    Ok((StatusCode::CREATED, Json(CategoryView::from(&made))))
}

/// `PATCH /help/categories/{id}`: position and names, replaced whole.
#[utoipa::path(
    patch,
    path = "/help/categories/{id}",
    tag = "help center",
    summary = "Agents: change a category's position and names",
    params(("id" = i64, Path)),
    request_body = CategoryBody,
    responses(
        (status = 200, description = "The category", body = CategoryView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn update_category(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(cid): ApiPath<String>,
    JsonBody(body): JsonBody<CategoryBody>,
) -> Result<Json<CategoryView>, ApiError> {
    let names = names(&body.names)?;
    let cid = id(&cid)?;
    let updated =
        app::help::update_category(&state.desk, &user, cid, body.position, &names).await?;
    Ok(Json(CategoryView::from(&updated)))
}

/// A section: its category, place and names.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionBody {
    category_id: i64,
    #[serde(default)]
    position: i64,
    names: Vec<NameBody>,
}

/// `POST /help/sections`
#[utoipa::path(
    post,
    path = "/help/sections",
    tag = "help center",
    summary = "Agents: a section",
    request_body = SectionBody,
    responses(
        (status = 201, description = "The section", body = SectionView),
        docs::Always,
        docs::Auth,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn create_section(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<SectionBody>,
) -> Result<(StatusCode, Json<SectionView>), ApiError> {
    let names = names(&body.names)?;
    let made =
        app::help::create_section(&state.desk, &user, body.category_id, body.position, &names)
            .await?;
    Ok((StatusCode::CREATED, Json(SectionView::from(&made))))
}

/// `PATCH /help/sections/{id}`: category, position and names.
#[utoipa::path(
    patch,
    path = "/help/sections/{id}",
    tag = "help center",
    summary = "Agents: move a section or change its names",
    params(("id" = i64, Path)),
    request_body = SectionBody,
    responses(
        (status = 200, description = "The section", body = SectionView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn update_section(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(sid): ApiPath<String>,
    JsonBody(body): JsonBody<SectionBody>,
) -> Result<Json<SectionView>, ApiError> {
    let names = names(&body.names)?;
    let sid = id(&sid)?;
    let updated = app::help::update_section(
        &state.desk,
        &user,
        sid,
        body.category_id,
        body.position,
        &names,
    )
    .await?;
    Ok(Json(SectionView::from(&updated)))
}

/// A new article with its first translation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleBody {
    section_id: i64,
    #[serde(default)]
    position: i64,
    #[serde(default)]
    comments_closed: bool,
    #[schema(value_type = LocaleDoc)]
    locale: Locale,
    title: String,
    /// Markdown.
    body: String,
    #[serde(default)]
    published: bool,
}

/// `POST /help/articles`: an article with its first translation.
#[utoipa::path(
    post,
    path = "/help/articles",
    tag = "help center",
    summary = "Agents: an article with its first translation",
    description = "Title and body (Markdown) are screened as written and as rendered.",
    request_body = ArticleBody,
    responses(
        (status = 201, description = "The article with its translations", body = AuthoredArticleView),
        docs::Always,
        docs::Auth,
        docs::E409,
        docs::JsonErrors,
        docs::E503,
    )
)]
pub async fn create_article(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(b): JsonBody<ArticleBody>,
) -> Result<(StatusCode, Json<AuthoredArticleView>), ApiError> {
    let translation =
        help::translation_input_pooled(&state, b.locale, &b.title, &b.body, b.published).await?;
    let made = app::help::create_article(
        &state.desk,
        &user,
        b.section_id,
        b.position,
        b.comments_closed,
        translation,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(AuthoredArticleView::from(&made))))
}

/// Where an article sits and whether it takes comments; only the keys
/// sent change.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticlePatchBody {
    #[serde(default)]
    section_id: Option<i64>,
    #[serde(default)]
    position: Option<i64>,
    #[serde(default)]
    comments_closed: Option<bool>,
}

/// `PATCH /help/articles/{id}`: where it sits and whether it takes comments.
#[utoipa::path(
    patch,
    path = "/help/articles/{id}",
    tag = "help center",
    summary = "Agents: move an article, open or close its comments",
    params(("id" = i64, Path)),
    request_body = ArticlePatchBody,
    responses(
        (status = 200, description = "The article", body = AuthoredArticleView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn update_article(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(aid): ApiPath<String>,
    JsonBody(b): JsonBody<ArticlePatchBody>,
) -> Result<Json<AuthoredArticleView>, ApiError> {
    let patch = HcArticlePatch {
        section_id: b.section_id,
        position: b.position,
        comments_closed: b.comments_closed,
    };
    let aid = id(&aid)?;
    let updated = app::help::update_article(&state.desk, &user, aid, &patch).await?;
    Ok(Json(AuthoredArticleView::from(&updated)))
}

/// One translation of an article.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TranslationBody {
    title: String,
    /// Markdown.
    body: String,
    #[serde(default)]
    published: bool,
}

/// `PUT /help/articles/{id}/translations/{locale}`: creates or replaces one
/// translation; `published` puts it in (or takes it out of) the help
/// center and its search.
#[utoipa::path(
    put,
    path = "/help/articles/{id}/translations/{locale}",
    tag = "help center",
    summary = "Agents: create or replace one translation",
    description = "`published` puts it in the help center and its search.",
    params(
        ("id" = i64, Path),
        ("locale" = LocaleDoc, Path),
    ),
    request_body = TranslationBody,
    responses(
        (status = 200, description = "The article", body = AuthoredArticleView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
        docs::E503,
    )
)]
pub async fn save_translation(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath((aid, locale)): ApiPath<(String, String)>,
    JsonBody(b): JsonBody<TranslationBody>,
) -> Result<Json<AuthoredArticleView>, ApiError> {
    let aid = id(&aid)?;
    let locale: Locale = locale.parse().map_err(|_| ApiError::NotFound)?;
    let translation =
        help::translation_input_pooled(&state, locale, &b.title, &b.body, b.published).await?;
    let saved = app::help::save_translation(&state.desk, &user, aid, translation).await?;
    Ok(Json(AuthoredArticleView::from(&saved)))
}
