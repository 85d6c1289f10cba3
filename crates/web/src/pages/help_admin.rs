//! Authoring for agents under `/agent/help`: categories and sections,
//! articles and their translations in Markdown with a preview, publishing,
//! moving between sections. Works without JavaScript.

use super::PagePath;
use super::{ErrorPage, PageCtx, render};
use crate::AppState;
use crate::auth::PageUser;
use crate::error::{ApiError, field_error_message, finding_message};
use crate::extract::CsrfForm;
use crate::help;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::Locale;
use serde::Deserialize;
use store::{HcArticleFilter, HcArticlePatch, HcName, NewHcName, User};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/agent/help", get(index))
        .route("/agent/help/categories", post(create_category))
        .route(
            "/agent/help/categories/{id}",
            get(edit_category_form).post(update_category),
        )
        .route("/agent/help/sections", post(create_section))
        .route(
            "/agent/help/sections/{id}",
            get(edit_section_form).post(update_section),
        )
        .route("/agent/help/articles/new", get(new_article_form))
        .route("/agent/help/preview", post(preview))
        .route("/agent/help/articles", post(create_article))
        .route(
            "/agent/help/articles/{id}",
            get(edit_article_form).post(update_article),
        )
        .route(
            "/agent/help/categories/{id}/delete",
            get(confirm_delete_category).post(delete_category),
        )
        .route(
            "/agent/help/sections/{id}/delete",
            get(confirm_delete_section).post(delete_section),
        )
        .route(
            "/agent/help/articles/{id}/delete",
            get(confirm_delete_article).post(delete_article),
        )
}

fn staff(ctx: &PageCtx, user: &User) -> Result<(), Response> {
    if user.role.is_staff() {
        Ok(())
    } else {
        Err(ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response())
    }
}

fn fail(ctx: &PageCtx, e: ApiError) -> Response {
    ErrorPage::new(ctx.locale(), e).into_response()
}

pub struct AdminArticle {
    pub id: i64,
    pub title: String,
    pub states: Vec<(&'static str, String)>,
}

pub struct AdminSection {
    pub id: i64,
    pub name: String,
    pub articles: Vec<AdminArticle>,
}

pub struct AdminCategory {
    pub id: i64,
    pub name: String,
    pub sections: Vec<AdminSection>,
}

fn state_label(ctx: &PageCtx, published: Option<bool>) -> String {
    ctx.t(match published {
        Some(true) => "hc.admin.published",
        Some(false) => "hc.admin.draft",
        None => "hc.admin.missing",
    })
}

#[derive(Template)]
#[template(path = "hc_admin_index.html")]
struct IndexTemplate<'a> {
    ctx: &'a PageCtx,
    categories: Vec<AdminCategory>,
}

pub async fn index(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let locale = ctx.locale();
    // Three queries whatever the size of the help center: categories,
    // sections, articles with their titles.
    let load = async {
        let sections = state.desk.store.hc_sections(None).await?;
        let articles = state
            .desk
            .store
            .hc_articles(&HcArticleFilter {
                limit: 100_000,
                ..HcArticleFilter::default()
            })
            .await?;
        let admin_article = |a: &store::HcArticleSummary| {
            let title = a
                .titles
                .iter()
                .find(|t| t.locale == locale)
                .or(a.titles.first())
                .map(|t| t.title.clone())
                .unwrap_or_default();
            let states = Locale::ALL
                .iter()
                .map(|l| {
                    let p = a
                        .titles
                        .iter()
                        .find(|t| t.locale == *l)
                        .map(|t| t.published);
                    (l.as_str(), state_label(&ctx, p))
                })
                .collect();
            AdminArticle {
                id: a.id,
                title,
                states,
            }
        };
        let out = state
            .desk
            .store
            .hc_categories()
            .await?
            .iter()
            .map(|c| AdminCategory {
                id: c.id,
                name: help::pick_name(&c.names, locale).0,
                sections: sections
                    .iter()
                    .filter(|s| s.category_id == c.id)
                    .map(|s| AdminSection {
                        id: s.id,
                        name: help::pick_name(&s.names, locale).0,
                        articles: articles
                            .iter()
                            .filter(|a| a.section_id == s.id)
                            .map(admin_article)
                            .collect(),
                    })
                    .collect(),
            })
            .collect::<Vec<_>>();
        Ok::<_, ApiError>(out)
    };
    match load.await {
        Ok(categories) => render(
            StatusCode::OK,
            &IndexTemplate {
                ctx: &ctx,
                categories,
            },
        ),
        Err(e) => fail(&ctx, e),
    }
}

// ---- categories and sections ------------------------------------------

/// The names form shared by categories and sections.
pub struct NamesForm {
    pub name_en: String,
    pub name_it: String,
    pub description_en: String,
    pub description_it: String,
    pub position: String,
    pub category_id: i64,
}

impl NamesForm {
    fn from_form(form: &CsrfForm) -> Self {
        let g = |k: &str| form.get(k).unwrap_or("").trim().to_owned();
        NamesForm {
            name_en: g("name_en"),
            name_it: g("name_it"),
            description_en: g("description_en"),
            description_it: g("description_it"),
            position: g("position"),
            category_id: g("category_id").parse().unwrap_or(0),
        }
    }

    fn from_names(names: &[HcName], position: i64, category_id: i64) -> Self {
        let get = |l: Locale| names.iter().find(|n| n.locale == l);
        NamesForm {
            name_en: get(Locale::En).map(|n| n.name.clone()).unwrap_or_default(),
            name_it: get(Locale::It).map(|n| n.name.clone()).unwrap_or_default(),
            description_en: get(Locale::En)
                .map(|n| n.description.clone())
                .unwrap_or_default(),
            description_it: get(Locale::It)
                .map(|n| n.description.clone())
                .unwrap_or_default(),
            position: position.to_string(),
            category_id,
        }
    }

    /// Names of the locales that were filled in, or the message to show.
    fn parse(&self, ctx: &PageCtx) -> Result<(Vec<NewHcName>, i64), String> {
        // Cleaned, bounded and screened as they will be kept.
        let names = app::article::names(&[
            (Locale::En, &self.name_en, &self.description_en),
            (Locale::It, &self.name_it, &self.description_it),
        ])
        .map_err(|e| match e.sensitive() {
            Some(found) => finding_message(ctx.locale(), found[0].kind),
            None => ctx.t("hc.admin.error.name"),
        })?;
        let position = if self.position.is_empty() {
            0
        } else {
            self.position
                .parse()
                .map_err(|_| ctx.t("api.invalid_value"))?
        };
        Ok((names, position))
    }
}

#[derive(Template)]
#[template(path = "hc_admin_names.html")]
struct NamesTemplate<'a> {
    ctx: &'a PageCtx,
    heading: String,
    action: String,
    form: NamesForm,
    /// For sections: the categories to choose from.
    categories: Vec<(i64, String)>,
    error: Option<String>,
}

async fn category_choices(
    state: &AppState,
    locale: Locale,
) -> Result<Vec<(i64, String)>, ApiError> {
    Ok(state
        .desk
        .store
        .hc_categories()
        .await?
        .iter()
        .map(|c| (c.id, help::pick_name(&c.names, locale).0))
        .collect())
}

fn names_page(_ctx: &PageCtx, status: StatusCode, t: NamesTemplate<'_>) -> Response {
    render(status, &t)
}

pub async fn create_category(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let f = NamesForm::from_form(&form);
    match f.parse(&ctx) {
        Ok((names, position)) => {
            match app::help::create_category(&state.desk, &user, position, &names).await {
                Ok(_) => Redirect::to("/agent/help").into_response(),
                Err(e) => fail(&ctx, e.into()),
            }
        }
        Err(msg) => names_page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            NamesTemplate {
                ctx: &ctx,
                heading: ctx.t("hc.admin.new_category"),
                action: "/agent/help/categories".into(),
                form: f,
                categories: vec![],
                error: Some(msg),
            },
        ),
    }
}

pub async fn edit_category_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    match state.desk.store.hc_category(id).await {
        Ok(Some(c)) => names_page(
            &ctx,
            StatusCode::OK,
            NamesTemplate {
                ctx: &ctx,
                heading: ctx.t("hc.admin.edit_category"),
                action: format!("/agent/help/categories/{id}"),
                form: NamesForm::from_names(&c.names, c.position, 0),
                categories: vec![],
                error: None,
            },
        ),
        Ok(None) => fail(&ctx, ApiError::NotFound),
        Err(e) => fail(&ctx, e.into()),
    }
}

pub async fn update_category(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let f = NamesForm::from_form(&form);
    match f.parse(&ctx) {
        Ok((names, position)) => {
            match app::help::update_category(&state.desk, &user, id, position, &names).await {
                Ok(_) => Redirect::to("/agent/help").into_response(),
                Err(e) => fail(&ctx, e.into()),
            }
        }
        Err(msg) => names_page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            NamesTemplate {
                ctx: &ctx,
                heading: ctx.t("hc.admin.edit_category"),
                action: format!("/agent/help/categories/{id}"),
                form: f,
                categories: vec![],
                error: Some(msg),
            },
        ),
    }
}

pub async fn create_section(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let f = NamesForm::from_form(&form);
    let result = match f.parse(&ctx) {
        Ok((names, position)) => {
            app::help::create_section(&state.desk, &user, f.category_id, position, &names)
                .await
                .map_err(|e| ctx.t(&format!("api.{}", ApiError::from(e).code())))
        }
        Err(msg) => Err(msg),
    };
    match result {
        Ok(_) => Redirect::to("/agent/help").into_response(),
        Err(msg) => names_page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            NamesTemplate {
                ctx: &ctx,
                heading: ctx.t("hc.admin.new_section"),
                action: "/agent/help/sections".into(),
                form: f,
                categories: category_choices(&state, ctx.locale())
                    .await
                    .unwrap_or_default(),
                error: Some(msg),
            },
        ),
    }
}

pub async fn edit_section_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    match state.desk.store.hc_section(id).await {
        Ok(Some(s)) => names_page(
            &ctx,
            StatusCode::OK,
            NamesTemplate {
                ctx: &ctx,
                heading: ctx.t("hc.admin.edit_section"),
                action: format!("/agent/help/sections/{id}"),
                form: NamesForm::from_names(&s.names, s.position, s.category_id),
                categories: category_choices(&state, ctx.locale())
                    .await
                    .unwrap_or_default(),
                error: None,
            },
        ),
        Ok(None) => fail(&ctx, ApiError::NotFound),
        Err(e) => fail(&ctx, e.into()),
    }
}

pub async fn update_section(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let f = NamesForm::from_form(&form);
    let result = match f.parse(&ctx) {
        Ok((names, position)) => {
            app::help::update_section(&state.desk, &user, id, f.category_id, position, &names)
                .await
                .map_err(|e| ctx.t(&format!("api.{}", ApiError::from(e).code())))
        }
        Err(msg) => Err(msg),
    };
    match result {
        Ok(_) => Redirect::to("/agent/help").into_response(),
        Err(msg) => names_page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            NamesTemplate {
                ctx: &ctx,
                heading: ctx.t("hc.admin.edit_section"),
                action: format!("/agent/help/sections/{id}"),
                form: f,
                categories: category_choices(&state, ctx.locale())
                    .await
                    .unwrap_or_default(),
                error: Some(msg),
            },
        ),
    }
}

// ---- articles -----------------------------------------------------------

pub struct ArticleForm {
    pub locale: Locale,
    pub title: String,
    pub body: String,
    pub section_id: i64,
    pub position: String,
    pub comments_closed: bool,
}

impl ArticleForm {
    fn from_form(form: &CsrfForm) -> Self {
        ArticleForm {
            locale: form
                .get("locale")
                .and_then(|l| l.parse().ok())
                .unwrap_or_default(),
            title: form.get("title").unwrap_or("").trim().to_owned(),
            body: form.get("body").unwrap_or("").to_owned(),
            section_id: form
                .get("section_id")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0),
            position: form.get("position").unwrap_or("0").trim().to_owned(),
            comments_closed: form.get("comments_closed").is_some(),
        }
    }

    fn position(&self) -> i64 {
        self.position.parse().unwrap_or(0)
    }
}

#[derive(Template)]
#[template(path = "hc_admin_article.html")]
struct ArticleTemplate<'a> {
    ctx: &'a PageCtx,
    /// None while creating.
    id: Option<i64>,
    form: ArticleForm,
    /// `(id, "Category › Section")`.
    sections: Vec<(i64, String)>,
    /// Per locale: code, state label, whether it is the one being edited.
    translations: Vec<(&'static str, String, bool)>,
    published: bool,
    preview_html: Option<String>,
    errors: Vec<(String, String)>,
    saved: bool,
    public_href: Option<String>,
    /// Readers' feedback, one sentence per line.
    stats: Option<Vec<String>>,
}

impl ArticleTemplate<'_> {
    pub fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
    pub fn action(&self) -> String {
        match self.id {
            Some(id) => format!("/agent/help/articles/{id}"),
            None => "/agent/help/articles".into(),
        }
    }
}

async fn section_choices(state: &AppState, locale: Locale) -> Result<Vec<(i64, String)>, ApiError> {
    let cats = state.desk.store.hc_categories().await?;
    // Sections come in category order already.
    Ok(state
        .desk
        .store
        .hc_sections(None)
        .await?
        .iter()
        .map(|s| {
            let cname = cats
                .iter()
                .find(|c| c.id == s.category_id)
                .map(|c| help::pick_name(&c.names, locale).0)
                .unwrap_or_default();
            (
                s.id,
                format!("{cname} › {}", help::pick_name(&s.names, locale).0),
            )
        })
        .collect())
}

#[derive(Template)]
#[template(path = "hc_admin_preview.html")]
struct PreviewTemplate<'a> {
    ctx: &'a PageCtx,
    html: String,
    errors: Vec<(String, String)>,
}

/// `POST /agent/help/preview`: the article body rendered by the server's
/// own renderer (the reference), as an HTML fragment for the editor's live
/// preview. The same screening as saving applies; nothing is stored.
pub async fn preview(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let f = ArticleForm::from_form(&form);
    // A title is not needed to see the body.
    let title = if f.title.trim().is_empty() {
        "preview"
    } else {
        f.title.as_str()
    };
    let (status, html, errors) =
        match help::translation_input_pooled(&state, f.locale, title, &f.body, false).await {
            Ok(t) => (StatusCode::OK, t.body_html.as_str().to_owned(), vec![]),
            Err(e @ (ApiError::Busy { .. } | ApiError::Internal)) => return fail(&ctx, e),
            Err(e) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                String::new(),
                error_list(&ctx, &e),
            ),
        };
    let mut res = render(
        status,
        &PreviewTemplate {
            ctx: &ctx,
            html,
            errors,
        },
    );
    res.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    res
}

fn error_list(ctx: &PageCtx, e: &ApiError) -> Vec<(String, String)> {
    match e {
        ApiError::Unprocessable { fields, findings } => {
            let mut out: Vec<(String, String)> = fields
                .iter()
                .map(|f| (f.field.clone(), field_error_message(ctx.locale(), f)))
                .collect();
            out.extend(
                findings
                    .iter()
                    .map(|f| (f.field.clone(), finding_message(ctx.locale(), f.kind))),
            );
            out
        }
        other => vec![("section_id".into(), ctx.t(&format!("api.{}", other.code())))],
    }
}

struct PageExtras {
    id: Option<i64>,
    published: bool,
    preview_html: Option<String>,
    errors: Vec<(String, String)>,
    saved: bool,
}

async fn article_page(
    state: &AppState,
    ctx: &PageCtx,
    status: StatusCode,
    mut form: ArticleForm,
    extras: PageExtras,
) -> Response {
    let load = async {
        let sections = section_choices(state, ctx.locale()).await?;
        let mut translations = vec![];
        let mut public_href = None;
        let mut stats = None;
        if let Some(id) = extras.id {
            let a = state
                .desk
                .store
                .hc_article(id)
                .await?
                .ok_or(ApiError::NotFound)?;
            for l in Locale::ALL {
                let p = a.translation(l).map(|t| t.published);
                translations.push((l.as_str(), state_label(ctx, p), l == form.locale));
            }
            if let Some((t, _)) = help::pick(&a, form.locale) {
                public_href = Some(help::article_url(form.locale, id, &t.title));
            }
            let votes = state.desk.store.hc_votes(id).await?;
            let d = state.desk.store.hc_deflections(id).await?;
            stats = Some(vec![
                crate::i18n::votes_line(ctx.locale(), votes.helpful, votes.total),
                ctx.plural("hc.admin.suggested", d.shown),
                ctx.plural("hc.admin.opened", d.opened),
            ]);
        }
        Ok::<_, ApiError>((sections, translations, public_href, stats))
    };
    let (sections, translations, public_href, stats) = match load.await {
        Ok(v) => v,
        Err(e) => return fail(ctx, e),
    };
    if form.section_id == 0
        && let Some((first, _)) = sections.first()
    {
        form.section_id = *first;
    }
    render(
        status,
        &ArticleTemplate {
            ctx,
            id: extras.id,
            form,
            sections,
            translations,
            published: extras.published,
            preview_html: extras.preview_html,
            errors: extras.errors,
            saved: extras.saved,
            public_href,
            stats,
        },
    )
}

#[derive(Debug, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    section: Option<i64>,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    saved: Option<String>,
}

pub async fn new_article_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    Query(q): Query<NewQuery>,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let form = ArticleForm {
        locale: q
            .locale
            .and_then(|l| l.parse().ok())
            .unwrap_or(ctx.locale()),
        title: String::new(),
        body: String::new(),
        section_id: q.section.unwrap_or(0),
        position: "0".into(),
        comments_closed: false,
    };
    let extras = PageExtras {
        id: None,
        published: false,
        preview_html: None,
        errors: vec![],
        saved: false,
    };
    article_page(&state, &ctx, StatusCode::OK, form, extras).await
}

pub async fn create_article(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let action = form.get("action").unwrap_or("save").to_owned();
    let f = ArticleForm::from_form(&form);
    let checked =
        help::translation_input_pooled(&state, f.locale, &f.title, &f.body, action == "publish")
            .await;
    let mut extras = PageExtras {
        id: None,
        published: false,
        preview_html: None,
        errors: vec![],
        saved: false,
    };
    let translation = match checked {
        Ok(t) => t,
        Err(e @ (ApiError::Busy { .. } | ApiError::Internal)) => return fail(&ctx, e),
        Err(e) => {
            extras.errors = error_list(&ctx, &e);
            return article_page(&state, &ctx, StatusCode::UNPROCESSABLE_ENTITY, f, extras).await;
        }
    };
    if action == "preview" {
        // The rendering just screened: what is previewed is what is kept.
        extras.preview_html = Some(translation.body_html.as_str().to_owned());
        return article_page(&state, &ctx, StatusCode::OK, f, extras).await;
    }
    let made = app::help::create_article(
        &state.desk,
        &user,
        f.section_id,
        f.position(),
        f.comments_closed,
        translation,
    )
    .await;
    match made {
        Ok(a) => Redirect::to(&format!(
            "/agent/help/articles/{}?locale={}&saved=1",
            a.id,
            f.locale.as_str()
        ))
        .into_response(),
        Err(e) => {
            extras.errors = error_list(&ctx, &e.into());
            article_page(&state, &ctx, StatusCode::UNPROCESSABLE_ENTITY, f, extras).await
        }
    }
}

pub async fn edit_article_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
    Query(q): Query<NewQuery>,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let a = match state.desk.store.hc_article(id).await {
        Ok(Some(a)) => a,
        Ok(None) => return fail(&ctx, ApiError::NotFound),
        Err(e) => return fail(&ctx, e.into()),
    };
    let locale = q
        .locale
        .and_then(|l| l.parse().ok())
        .or_else(|| a.translations.first().map(|t| t.locale))
        .unwrap_or_default();
    let t = a.translation(locale);
    let form = ArticleForm {
        locale,
        title: t.map(|t| t.title.clone()).unwrap_or_default(),
        body: t.map(|t| t.body_md.clone()).unwrap_or_default(),
        section_id: a.section_id,
        position: a.position.to_string(),
        comments_closed: a.comments_closed,
    };
    let extras = PageExtras {
        id: Some(id),
        published: t.is_some_and(|t| t.published),
        // What is saved, as readers see it: the preview is never empty.
        preview_html: t.map(|t| t.body_html.clone()),
        errors: vec![],
        saved: q.saved.is_some(),
    };
    article_page(&state, &ctx, StatusCode::OK, form, extras).await
}

pub async fn update_article(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff(&ctx, &user) {
        return r;
    }
    let a = match state.desk.store.hc_article(id).await {
        Ok(Some(a)) => a,
        Ok(None) => return fail(&ctx, ApiError::NotFound),
        Err(e) => return fail(&ctx, e.into()),
    };
    let action = form.get("action").unwrap_or("save").to_owned();
    let f = ArticleForm::from_form(&form);
    let was_published = a.translation(f.locale).is_some_and(|t| t.published);
    let mut extras = PageExtras {
        id: Some(id),
        published: was_published,
        preview_html: None,
        errors: vec![],
        saved: false,
    };
    let mut translation =
        match help::translation_input_pooled(&state, f.locale, &f.title, &f.body, false).await {
            Ok(t) => t,
            Err(e @ (ApiError::Busy { .. } | ApiError::Internal)) => return fail(&ctx, e),
            Err(e) => {
                extras.errors = error_list(&ctx, &e);
                return article_page(&state, &ctx, StatusCode::UNPROCESSABLE_ENTITY, f, extras)
                    .await;
            }
        };
    if action == "preview" {
        // The rendering just screened: what is previewed is what is kept.
        extras.preview_html = Some(translation.body_html.as_str().to_owned());
        return article_page(&state, &ctx, StatusCode::OK, f, extras).await;
    }
    let published = match action.as_str() {
        "publish" => true,
        "unpublish" => false,
        _ => was_published,
    };
    translation.published = published;
    let patch = HcArticlePatch {
        section_id: Some(f.section_id),
        position: Some(f.position()),
        comments_closed: Some(f.comments_closed),
    };
    let saved = async {
        app::help::update_article(&state.desk, &user, id, &patch).await?;
        app::help::save_translation(&state.desk, &user, id, translation).await
    };
    match saved.await {
        Ok(_) => Redirect::to(&format!(
            "/agent/help/articles/{id}?locale={}&saved=1",
            f.locale.as_str()
        ))
        .into_response(),
        Err(e) => {
            extras.errors = error_list(&ctx, &e.into());
            article_page(&state, &ctx, StatusCode::UNPROCESSABLE_ENTITY, f, extras).await
        }
    }
}

// ---- deleting -----------------------------------------------------------
//
// Each delete has a confirmation page (GET) that says what goes with it,
// and a CSRF-protected form that does it (POST). A section or category
// that still holds something is refused with 409 and says why; see
// `help::delete_section` for why it does not cascade.

#[derive(Template)]
#[template(path = "hc_admin_delete.html")]
struct DeleteTemplate<'a> {
    ctx: &'a PageCtx,
    heading: String,
    /// What will be deleted, with what goes with it.
    what: String,
    action: String,
    back: String,
    /// Why it cannot be deleted now; hides the button.
    refusal: Option<String>,
}

/// What is being deleted: a localized name and the confirmation texts.
struct Doomed {
    heading: String,
    what: String,
    back: String,
    refusal: Option<String>,
}

fn delete_page(ctx: &PageCtx, status: StatusCode, action: String, d: Doomed) -> Response {
    render(
        status,
        &DeleteTemplate {
            ctx,
            heading: d.heading,
            what: d.what,
            action,
            back: d.back,
            refusal: d.refusal,
        },
    )
}

async fn doomed_category(state: &AppState, ctx: &PageCtx, id: i64) -> Result<Doomed, ApiError> {
    let c = state
        .desk
        .store
        .hc_category(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let name = help::pick_name(&c.names, ctx.locale()).0;
    let sections = state.desk.store.hc_sections(Some(id)).await?.len();
    Ok(Doomed {
        heading: ctx.t("hc.admin.delete_category"),
        what: crate::i18n::tf(
            ctx.locale(),
            "hc.admin.delete_category_what",
            &[("name", &name)],
        ),
        back: "/agent/help".into(),
        refusal: (sections > 0).then(|| ctx.t("api.category_not_empty")),
    })
}

async fn doomed_section(state: &AppState, ctx: &PageCtx, id: i64) -> Result<Doomed, ApiError> {
    let s = state
        .desk
        .store
        .hc_section(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let name = help::pick_name(&s.names, ctx.locale()).0;
    let articles = state
        .desk
        .store
        .hc_articles(&HcArticleFilter {
            section_id: Some(id),
            limit: 1,
            ..HcArticleFilter::default()
        })
        .await?;
    Ok(Doomed {
        heading: ctx.t("hc.admin.delete_section"),
        what: crate::i18n::tf(
            ctx.locale(),
            "hc.admin.delete_section_what",
            &[("name", &name)],
        ),
        back: "/agent/help".into(),
        refusal: (!articles.is_empty()).then(|| ctx.t("api.section_not_empty")),
    })
}

async fn doomed_article(state: &AppState, ctx: &PageCtx, id: i64) -> Result<Doomed, ApiError> {
    let a = state
        .desk
        .store
        .hc_article(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let title = a
        .translation(ctx.locale())
        .or(a.translations.first())
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let votes = state.desk.store.hc_votes(id).await?;
    let comments = state.desk.store.hc_comments(id, true).await?.len();
    Ok(Doomed {
        heading: ctx.t("hc.admin.delete_article"),
        what: crate::i18n::tf(
            ctx.locale(),
            "hc.admin.delete_article_what",
            &[
                ("title", &title),
                ("translations", &a.translations.len().to_string()),
                ("votes", &votes.total.to_string()),
                ("comments", &comments.to_string()),
            ],
        ),
        back: format!("/agent/help/articles/{id}"),
        refusal: None,
    })
}

#[derive(Clone, Copy)]
enum Kind {
    Category,
    Section,
    Article,
}

impl Kind {
    fn path(self) -> &'static str {
        match self {
            Kind::Category => "categories",
            Kind::Section => "sections",
            Kind::Article => "articles",
        }
    }

    async fn doomed(self, state: &AppState, ctx: &PageCtx, id: i64) -> Result<Doomed, ApiError> {
        match self {
            Kind::Category => doomed_category(state, ctx, id).await,
            Kind::Section => doomed_section(state, ctx, id).await,
            Kind::Article => doomed_article(state, ctx, id).await,
        }
    }

    async fn delete(self, state: &AppState, user: &User, id: i64) -> Result<(), ApiError> {
        Ok(match self {
            Kind::Category => help::delete_category(&state.desk, user, id).await,
            Kind::Section => help::delete_section(&state.desk, user, id).await,
            Kind::Article => help::delete_article(&state.desk, user, id).await,
        }?)
    }
}

async fn confirm(state: &AppState, ctx: &PageCtx, user: &User, kind: Kind, id: i64) -> Response {
    if let Err(r) = staff(ctx, user) {
        return r;
    }
    let action = format!("/agent/help/{}/{id}/delete", kind.path());
    match kind.doomed(state, ctx, id).await {
        Ok(d) => delete_page(ctx, StatusCode::OK, action, d),
        Err(e) => fail(ctx, e),
    }
}

async fn delete(state: &AppState, ctx: &PageCtx, user: &User, kind: Kind, id: i64) -> Response {
    if let Err(r) = staff(ctx, user) {
        return r;
    }
    match kind.delete(state, user, id).await {
        Ok(()) => Redirect::to("/agent/help").into_response(),
        // Something was added since the confirmation page: show it again,
        // now with the reason.
        Err(e @ ApiError::Conflict(_)) => match kind.doomed(state, ctx, id).await {
            Ok(mut d) => {
                d.refusal = Some(ctx.t(&format!("api.{}", e.code())));
                let action = format!("/agent/help/{}/{id}/delete", kind.path());
                delete_page(ctx, StatusCode::CONFLICT, action, d)
            }
            Err(_) => fail(ctx, e),
        },
        Err(e) => fail(ctx, e),
    }
}

pub async fn confirm_delete_category(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
) -> Response {
    confirm(&state, &ctx, &user, Kind::Category, id).await
}

pub async fn delete_category(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
    _form: CsrfForm,
) -> Response {
    delete(&state, &ctx, &user, Kind::Category, id).await
}

pub async fn confirm_delete_section(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
) -> Response {
    confirm(&state, &ctx, &user, Kind::Section, id).await
}

pub async fn delete_section(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
    _form: CsrfForm,
) -> Response {
    delete(&state, &ctx, &user, Kind::Section, id).await
}

pub async fn confirm_delete_article(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
) -> Response {
    confirm(&state, &ctx, &user, Kind::Article, id).await
}

pub async fn delete_article(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<i64>,
    _form: CsrfForm,
) -> Response {
    delete(&state, &ctx, &user, Kind::Article, id).await
}
