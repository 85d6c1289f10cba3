//! Writing the help center through the API (agents): categories and
//! sections with their names per locale, articles and their translations,
//! publishing. The same rules as the authoring pages: names and articles
//! are screened as kept, Markdown is rendered on the blocking pool and
//! screened as written and as readers see it.

use crate::AppState;
use crate::auth::StaffUser;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::help;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::Locale;
use serde::Deserialize;
use store::{HcArticle, HcArticlePatch, HcCategory, HcSection, NewHcArticle, NewHcName};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameBody {
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryBody {
    #[serde(default)]
    position: i64,
    names: Vec<NameBody>,
}

/// `POST /help/categories`
pub async fn create_category(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    JsonBody(body): JsonBody<CategoryBody>,
) -> Result<(StatusCode, Json<HcCategory>), ApiError> {
    let names = names(&body.names)?;
    let made = state
        .store
        .hc_create_category(body.position, &names)
        .await?;
    Ok((StatusCode::CREATED, Json(made)))
}

/// `PATCH /help/categories/{id}`: position and names, replaced whole.
pub async fn update_category(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    Path(cid): Path<String>,
    JsonBody(body): JsonBody<CategoryBody>,
) -> Result<Json<HcCategory>, ApiError> {
    let names = names(&body.names)?;
    let cid = id(&cid)?;
    Ok(Json(
        state
            .store
            .hc_update_category(cid, body.position, &names)
            .await?,
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionBody {
    category_id: i64,
    #[serde(default)]
    position: i64,
    names: Vec<NameBody>,
}

/// `POST /help/sections`
pub async fn create_section(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    JsonBody(body): JsonBody<SectionBody>,
) -> Result<(StatusCode, Json<HcSection>), ApiError> {
    let names = names(&body.names)?;
    let made = state
        .store
        .hc_create_section(body.category_id, body.position, &names)
        .await?;
    Ok((StatusCode::CREATED, Json(made)))
}

/// `PATCH /help/sections/{id}`: category, position and names.
pub async fn update_section(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    Path(sid): Path<String>,
    JsonBody(body): JsonBody<SectionBody>,
) -> Result<Json<HcSection>, ApiError> {
    let names = names(&body.names)?;
    let sid = id(&sid)?;
    let updated = state
        .store
        .hc_update_section(sid, body.category_id, body.position, &names)
        .await?;
    Ok(Json(updated))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleBody {
    section_id: i64,
    #[serde(default)]
    position: i64,
    #[serde(default)]
    comments_closed: bool,
    locale: Locale,
    title: String,
    /// Markdown.
    body: String,
    #[serde(default)]
    published: bool,
}

/// `POST /help/articles`: an article with its first translation.
pub async fn create_article(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(b): JsonBody<ArticleBody>,
) -> Result<(StatusCode, Json<HcArticle>), ApiError> {
    let translation =
        help::translation_input_pooled(&state, b.locale, &b.title, &b.body, b.published).await?;
    let new = NewHcArticle {
        section_id: b.section_id,
        position: b.position,
        comments_closed: b.comments_closed,
        author_id: Some(user.id),
        translation,
    };
    let made = state
        .store
        .hc_create_article(new, state.clock.now())
        .await?;
    Ok((StatusCode::CREATED, Json(made)))
}

#[derive(Debug, Deserialize)]
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
pub async fn update_article(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    Path(aid): Path<String>,
    JsonBody(b): JsonBody<ArticlePatchBody>,
) -> Result<Json<HcArticle>, ApiError> {
    let patch = HcArticlePatch {
        section_id: b.section_id,
        position: b.position,
        comments_closed: b.comments_closed,
    };
    let aid = id(&aid)?;
    Ok(Json(
        state
            .store
            .hc_update_article(aid, &patch, state.clock.now())
            .await?,
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationBody {
    title: String,
    body: String,
    #[serde(default)]
    published: bool,
}

/// `PUT /help/articles/{id}/translations/{locale}`: creates or replaces one
/// translation; `published` puts it in (or takes it out of) the help
/// center and its search.
pub async fn save_translation(
    State(state): State<AppState>,
    StaffUser(_): StaffUser,
    Path((aid, locale)): Path<(String, String)>,
    JsonBody(b): JsonBody<TranslationBody>,
) -> Result<Json<HcArticle>, ApiError> {
    let aid = id(&aid)?;
    let locale: Locale = locale.parse().map_err(|_| ApiError::NotFound)?;
    let translation =
        help::translation_input_pooled(&state, locale, &b.title, &b.body, b.published).await?;
    let saved = state
        .store
        .hc_save_translation(aid, translation, state.clock.now())
        .await?;
    Ok(Json(saved))
}
