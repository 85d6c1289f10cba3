//! The public help center under `/hc/{locale}`: home (search box,
//! categories), category, section and article pages, search, votes and
//! comments.

use super::PagePath;
use super::{ErrorPage, PageCtx, render};
use crate::AppState;
use crate::auth::csrf::CSRF_COOKIE;
use crate::auth::{PageUser, cookie_value};
use crate::error::{ApiError, finding_message};
use crate::extract::CsrfForm;
use crate::help::{self, Hit};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Locale;
use serde::Deserialize;
use store::{HcArticle, HcArticleFilter, HcArticleSummary, HcComment, HcVotes};

fn check_locale(locale: &str) -> Result<Locale, Response> {
    locale
        .parse::<Locale>()
        .map_err(|_| ErrorPage::new(Locale::En, ApiError::NotFound).into_response())
}

fn fail(ctx: &PageCtx, e: ApiError) -> Response {
    ErrorPage::new(ctx.locale(), e).into_response()
}

/// A link in a list: an article title, marked when it is in the other language.
pub struct Link {
    pub href: String,
    pub title: String,
    /// Set when the title is the other locale's (no translation yet).
    pub lang: Option<&'static str>,
}

pub struct SectionView {
    pub href: String,
    pub name: String,
    pub description: String,
    pub articles: Vec<Link>,
}

pub struct CategoryView {
    pub href: String,
    pub name: String,
    pub description: String,
    pub sections: Vec<SectionView>,
}

fn links<'a>(list: impl IntoIterator<Item = &'a HcArticleSummary>, locale: Locale) -> Vec<Link> {
    list.into_iter()
        .filter_map(|a| {
            help::pick_title(&a.titles, locale).map(|(t, fallback)| Link {
                href: help::article_url(locale, a.id, &t.title),
                title: t.title.clone(),
                lang: fallback.then(|| t.locale.as_str()),
            })
        })
        .collect()
}

async fn article_links(
    state: &AppState,
    locale: Locale,
    section_id: i64,
    except: Option<i64>,
    limit: i64,
) -> Result<Vec<Link>, ApiError> {
    let list = state
        .desk
        .store
        .hc_articles(&HcArticleFilter {
            section_id: Some(section_id),
            published_only: true,
            except,
            limit,
            ..HcArticleFilter::default()
        })
        .await?;
    Ok(links(&list, locale))
}

/// A section's view with the links given (none on the home page).
fn section_view(locale: Locale, s: &store::HcSection, articles: Vec<Link>) -> SectionView {
    let (name, description) = help::pick_name(&s.names, locale);
    SectionView {
        href: help::section_url(locale, s.id, &name),
        articles,
        name,
        description,
    }
}

fn category_href(locale: Locale, id: i64, name: &str) -> String {
    help::category_url(locale, id, name)
}

#[derive(Template)]
#[template(path = "hc_home.html")]
struct HomeTemplate<'a> {
    ctx: &'a PageCtx,
    categories: Vec<CategoryView>,
}

pub async fn home(
    State(state): State<AppState>,
    ctx: PageCtx,
    PagePath(locale): PagePath<String>,
) -> Response {
    let locale = match check_locale(&locale) {
        Ok(l) => l,
        Err(r) => return r,
    };
    // Two queries whatever the number of categories: all categories, all
    // sections. The home page lists section names only, no articles.
    let load = async {
        let mut sections = state.desk.store.hc_sections(None).await?;
        let mut categories = Vec::new();
        for c in state.desk.store.hc_categories().await? {
            let (name, description) = help::pick_name(&c.names, locale);
            let (mine, rest): (Vec<_>, Vec<_>) =
                sections.into_iter().partition(|s| s.category_id == c.id);
            sections = rest;
            categories.push(CategoryView {
                href: category_href(locale, c.id, &name),
                name,
                description,
                sections: mine
                    .iter()
                    .map(|s| section_view(locale, s, vec![]))
                    .collect(),
            });
        }
        Ok::<_, ApiError>(categories)
    };
    match load.await {
        Ok(categories) => render(
            StatusCode::OK,
            &HomeTemplate {
                ctx: &ctx,
                categories,
            },
        ),
        Err(e) => fail(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "hc_category.html")]
struct CategoryTemplate<'a> {
    ctx: &'a PageCtx,
    category: CategoryView,
}

pub async fn category(
    State(state): State<AppState>,
    ctx: PageCtx,
    PagePath((locale, id)): PagePath<(String, String)>,
) -> Response {
    let locale = match check_locale(&locale) {
        Ok(l) => l,
        Err(r) => return r,
    };
    let load = async {
        let id = help::parse_id_slug(&id).ok_or(ApiError::NotFound)?;
        let c = state
            .desk
            .store
            .hc_category(id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let (name, description) = help::pick_name(&c.names, locale);
        // The first six articles of every section in one query.
        let articles = state
            .desk
            .store
            .hc_articles(&HcArticleFilter {
                category_id: Some(c.id),
                per_section: Some(6),
                published_only: true,
                limit: 10_000,
                ..HcArticleFilter::default()
            })
            .await?;
        let sections = state
            .desk
            .store
            .hc_sections(Some(c.id))
            .await?
            .iter()
            .map(|s| {
                let mine = articles.iter().filter(|a| a.section_id == s.id);
                section_view(locale, s, links(mine, locale))
            })
            .collect();
        Ok::<_, ApiError>(CategoryView {
            href: category_href(locale, c.id, &name),
            name,
            description,
            sections,
        })
    };
    match load.await {
        Ok(category) => render(
            StatusCode::OK,
            &CategoryTemplate {
                ctx: &ctx,
                category,
            },
        ),
        Err(e) => fail(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "hc_section.html")]
struct SectionTemplate<'a> {
    ctx: &'a PageCtx,
    category: Link,
    section: SectionView,
}

pub async fn section(
    State(state): State<AppState>,
    ctx: PageCtx,
    PagePath((locale, id)): PagePath<(String, String)>,
) -> Response {
    let locale = match check_locale(&locale) {
        Ok(l) => l,
        Err(r) => return r,
    };
    let load = async {
        let id = help::parse_id_slug(&id).ok_or(ApiError::NotFound)?;
        let s = state
            .desk
            .store
            .hc_section(id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let c = state
            .desk
            .store
            .hc_category(s.category_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let (cname, _) = help::pick_name(&c.names, locale);
        Ok::<_, ApiError>((
            Link {
                href: category_href(locale, c.id, &cname),
                title: cname,
                lang: None,
            },
            section_view(
                locale,
                &s,
                article_links(&state, locale, s.id, None, 1000).await?,
            ),
        ))
    };
    match load.await {
        Ok((category, section)) => render(
            StatusCode::OK,
            &SectionTemplate {
                ctx: &ctx,
                category,
                section,
            },
        ),
        Err(e) => fail(&ctx, e),
    }
}

pub struct CommentView {
    pub id: i64,
    pub author: String,
    pub staff: bool,
    pub body: String,
    pub at: super::Moment,
    pub edited: bool,
    pub hidden: bool,
    pub can_edit: bool,
    pub can_delete: bool,
    pub can_hide: bool,
}

fn comment_view(ctx: &PageCtx, c: &HcComment) -> CommentView {
    let user = ctx.user.as_ref();
    CommentView {
        id: c.id,
        author: c.author.name.clone(),
        staff: c.author_role.is_staff(),
        body: c.body.clone(),
        at: ctx.time(c.created_at),
        edited: c.updated_at != c.created_at && !c.hidden,
        hidden: c.hidden,
        can_edit: user.is_some_and(|u| help::can_edit(u, c)),
        can_delete: user.is_some_and(|u| help::can_delete(u, c)),
        can_hide: ctx.is_staff(),
    }
}

#[derive(Template)]
#[template(path = "hc_article.html")]
struct ArticleTemplate<'a> {
    ctx: &'a PageCtx,
    id: i64,
    title: String,
    /// Sanitized when the article was saved (see `help::render_markdown`).
    body_html: String,
    /// The language of the text shown, when it is not the page's.
    fallback_lang: Option<&'static str>,
    updated: super::Moment,
    category: Link,
    section: Link,
    related: Vec<Link>,
    votes: HcVotes,
    my_vote: Option<bool>,
    comments_closed: bool,
    comments: Vec<CommentView>,
    comment_errors: Vec<String>,
    comment_value: String,
    signin_href: String,
    /// Set right after a vote.
    voted: bool,
}

impl ArticleTemplate<'_> {
    pub fn votes_line(&self) -> String {
        crate::i18n::votes_line(self.ctx.locale(), self.votes.helpful, self.votes.total)
    }
    pub fn comments_count(&self) -> String {
        let visible = self.comments.iter().filter(|c| !c.hidden).count();
        self.ctx.plural("hc.comments.count", visible as i64)
    }
}

struct CommentState {
    errors: Vec<String>,
    value: String,
    status: StatusCode,
}

async fn article_page(
    state: &AppState,
    ctx: &PageCtx,
    headers: &HeaderMap,
    article: &HcArticle,
    comment: CommentState,
    voted: bool,
) -> Result<Response, ApiError> {
    let locale = ctx.locale();
    let (t, fallback) = help::pick(article, locale).ok_or(ApiError::NotFound)?;
    let section = state
        .desk
        .store
        .hc_section(article.section_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let category = state
        .desk
        .store
        .hc_category(section.category_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let (sname, _) = help::pick_name(&section.names, locale);
    let (cname, _) = help::pick_name(&category.names, locale);
    let voter = help::voter_key(ctx.user.as_ref(), cookie_value(headers, CSRF_COOKIE));
    let my_vote = match &voter {
        Some(v) => state.desk.store.hc_my_vote(article.id, v).await?,
        None => None,
    };
    let comments = state
        .desk
        .store
        .hc_comments(article.id, ctx.is_staff())
        .await?
        .iter()
        .map(|c| comment_view(ctx, c))
        .collect();
    let href = help::article_url(locale, article.id, &t.title);
    let page = ArticleTemplate {
        ctx,
        id: article.id,
        signin_href: format!("/signin?next={}", super::url_encode(&href)),
        title: t.title.clone(),
        body_html: t.body_html.clone(),
        fallback_lang: fallback.then(|| t.locale.as_str()),
        updated: ctx.time(t.updated_at),
        category: Link {
            href: category_href(locale, category.id, &cname),
            title: cname,
            lang: None,
        },
        section: Link {
            href: help::section_url(locale, section.id, &sname),
            title: sname,
            lang: None,
        },
        related: article_links(state, locale, section.id, Some(article.id), 8).await?,
        votes: state.desk.store.hc_votes(article.id).await?,
        my_vote,
        comments_closed: article.comments_closed,
        comments,
        comment_errors: comment.errors,
        comment_value: comment.value,
        voted,
    };
    Ok(render(comment.status, &page))
}

#[derive(Debug, Deserialize)]
pub struct ArticleQuery {
    #[serde(default)]
    voted: Option<String>,
}

pub async fn article(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    PagePath((locale, id)): PagePath<(String, String)>,
    Query(q): Query<ArticleQuery>,
) -> Response {
    let locale = match check_locale(&locale) {
        Ok(l) => l,
        Err(r) => return r,
    };
    let Some(num) = help::parse_id_slug(&id) else {
        return fail(&ctx, ApiError::NotFound);
    };
    let article = match help::public_article(&state.desk, num)
        .await
        .map_err(ApiError::from)
    {
        Ok(a) => a,
        Err(e) => return fail(&ctx, e),
    };
    // One address per article and language: other slugs redirect to it.
    if let Some((t, _)) = help::pick(&article, locale) {
        let canonical = help::article_url(locale, num, &t.title);
        if ctx.path != canonical {
            return Redirect::permanent(&canonical).into_response();
        }
    }
    let comment = CommentState {
        errors: vec![],
        value: String::new(),
        status: StatusCode::OK,
    };
    article_page(&state, &ctx, &headers, &article, comment, q.voted.is_some())
        .await
        .unwrap_or_else(|e| fail(&ctx, e))
}

async fn load_for_post(
    state: &AppState,
    ctx: &PageCtx,
    locale: &str,
    id: &str,
) -> Result<HcArticle, Response> {
    check_locale(locale)?;
    let id = help::parse_id_slug(id).ok_or_else(|| fail(ctx, ApiError::NotFound))?;
    help::public_article(&state.desk, id)
        .await
        .map_err(ApiError::from)
        .map_err(|e| fail(ctx, e))
}

fn back_to(ctx: &PageCtx, article: &HcArticle, anchor: &str) -> Response {
    let title = help::pick(article, ctx.locale())
        .map(|(t, _)| t.title.clone())
        .unwrap_or_default();
    let url = help::article_url(ctx.locale(), article.id, &title);
    Redirect::to(&format!("{url}{anchor}")).into_response()
}

pub async fn vote(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    PagePath((locale, id)): PagePath<(String, String)>,
    form: CsrfForm,
) -> Response {
    let article = match load_for_post(&state, &ctx, &locale, &id).await {
        Ok(a) => a,
        Err(r) => return r,
    };
    let helpful = match form.get("helpful") {
        Some("yes") => true,
        Some("no") => false,
        _ => return fail(&ctx, ApiError::InvalidValue("helpful".into())),
    };
    let Some(voter) = help::voter_key(ctx.user.as_ref(), cookie_value(&headers, CSRF_COOKIE))
    else {
        return fail(&ctx, ApiError::CsrfFailed);
    };
    if let Err(e) = help::vote(&state.desk, &article, &voter, helpful).await {
        return fail(&ctx, e.into());
    }
    let title = help::pick(&article, ctx.locale())
        .map(|(t, _)| t.title.clone())
        .unwrap_or_default();
    let url = help::article_url(ctx.locale(), article.id, &title);
    Redirect::to(&format!("{url}?voted=1#vote")).into_response()
}

fn comment_error_messages(ctx: &PageCtx, e: &ApiError) -> Vec<String> {
    match e {
        ApiError::Unprocessable { fields, findings } => {
            let mut out: Vec<String> = fields
                .iter()
                .map(|f| crate::error::field_error_message(ctx.locale(), f))
                .collect();
            out.extend(
                findings
                    .iter()
                    .map(|f| finding_message(ctx.locale(), f.kind)),
            );
            out.dedup();
            out
        }
        other => vec![ctx.t(&format!("api.{}", other.code()))],
    }
}

pub async fn comment(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    headers: HeaderMap,
    PagePath((locale, id)): PagePath<(String, String)>,
    form: CsrfForm,
) -> Response {
    let article = match load_for_post(&state, &ctx, &locale, &id).await {
        Ok(a) => a,
        Err(r) => return r,
    };
    let body = form.get("body").unwrap_or("");
    let redact = form.get("redact").is_some();
    match help::add_comment(&state.desk, &user, &article, ctx.locale(), body, redact)
        .await
        .map_err(ApiError::from)
    {
        Ok(c) => back_to(&ctx, &article, &format!("#comment-{}", c.id)),
        Err(e) => {
            // What is shown back never carries the secret.
            let value = match &e {
                ApiError::Unprocessable { findings, .. } if !findings.is_empty() => {
                    app::screening::redact_text(body)
                }
                _ => body.to_owned(),
            };
            let state_ = CommentState {
                errors: comment_error_messages(&ctx, &e),
                value,
                status: e.status(),
            };
            article_page(&state, &ctx, &headers, &article, state_, false)
                .await
                .unwrap_or_else(|e| fail(&ctx, e))
        }
    }
}

#[derive(Template)]
#[template(path = "hc_comment_edit.html")]
struct EditTemplate<'a> {
    ctx: &'a PageCtx,
    article_href: String,
    title: String,
    action: String,
    value: String,
    errors: Vec<String>,
}

async fn load_comment(
    state: &AppState,
    ctx: &PageCtx,
    user: &store::User,
    locale: &str,
    id: &str,
    cid: &str,
) -> Result<(HcArticle, HcComment), Response> {
    let article = load_for_post(state, ctx, locale, id).await?;
    let cid = cid
        .parse::<i64>()
        .map_err(|_| fail(ctx, ApiError::NotFound))?;
    let c = help::visible_comment(&state.desk, Some(user), article.id, cid)
        .await
        .map_err(ApiError::from)
        .map_err(|e| fail(ctx, e))?;
    Ok((article, c))
}

fn edit_page(
    ctx: &PageCtx,
    article: &HcArticle,
    c: &HcComment,
    value: String,
    errors: Vec<String>,
    status: StatusCode,
) -> Response {
    let title = help::pick(article, ctx.locale())
        .map(|(t, _)| t.title.clone())
        .unwrap_or_default();
    render(
        status,
        &EditTemplate {
            ctx,
            article_href: help::article_url(ctx.locale(), article.id, &title),
            title,
            action: format!(
                "{}/articles/{}/comments/{}/edit",
                ctx.hc(),
                article.id,
                c.id
            ),
            value,
            errors,
        },
    )
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath((locale, id, cid)): PagePath<(String, String, String)>,
) -> Response {
    let (article, c) = match load_comment(&state, &ctx, &user, &locale, &id, &cid).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    if !help::can_edit(&user, &c) {
        return fail(&ctx, ApiError::Forbidden);
    }
    edit_page(&ctx, &article, &c, c.body.clone(), vec![], StatusCode::OK)
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath((locale, id, cid)): PagePath<(String, String, String)>,
    form: CsrfForm,
) -> Response {
    let (article, c) = match load_comment(&state, &ctx, &user, &locale, &id, &cid).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let body = form.get("body").unwrap_or("");
    let redact = form.get("redact").is_some();
    match help::edit_comment(&state.desk, &user, &c, body, redact)
        .await
        .map_err(ApiError::from)
    {
        Ok(c) => back_to(&ctx, &article, &format!("#comment-{}", c.id)),
        Err(ApiError::Forbidden) => fail(&ctx, ApiError::Forbidden),
        Err(e) => {
            let value = match &e {
                ApiError::Unprocessable { findings, .. } if !findings.is_empty() => {
                    app::screening::redact_text(body)
                }
                _ => body.to_owned(),
            };
            let errors = comment_error_messages(&ctx, &e);
            edit_page(&ctx, &article, &c, value, errors, e.status())
        }
    }
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath((locale, id, cid)): PagePath<(String, String, String)>,
    _form: CsrfForm,
) -> Response {
    let (article, c) = match load_comment(&state, &ctx, &user, &locale, &id, &cid).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    match help::delete_comment(&state.desk, &user, &c)
        .await
        .map_err(ApiError::from)
    {
        Ok(()) => back_to(&ctx, &article, "#comments"),
        Err(e) => fail(&ctx, e),
    }
}

pub async fn hide(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath((locale, id, cid)): PagePath<(String, String, String)>,
    form: CsrfForm,
) -> Response {
    let (article, c) = match load_comment(&state, &ctx, &user, &locale, &id, &cid).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let hidden = form.get("hidden") != Some("0");
    match help::hide_comment(&state.desk, &user, &c, hidden)
        .await
        .map_err(ApiError::from)
    {
        Ok(c) => back_to(&ctx, &article, &format!("#comment-{}", c.id)),
        Err(e) => fail(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "hc_search.html")]
struct SearchTemplate<'a> {
    ctx: &'a PageCtx,
    q: String,
    /// The query held words, but none that can be searched for.
    no_terms: bool,
    hits: Vec<Hit>,
    places: Vec<help::Place>,
}

impl SearchTemplate<'_> {
    pub fn heading(&self) -> String {
        crate::i18n::tf(
            self.ctx.locale(),
            "hc.search.results_for",
            &[("query", &self.q)],
        )
    }
}

#[derive(Debug, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

pub async fn search(
    State(state): State<AppState>,
    ctx: PageCtx,
    PagePath(locale): PagePath<String>,
    Query(q): Query<SearchQuery>,
) -> Response {
    let locale = match check_locale(&locale) {
        Ok(l) => l,
        Err(r) => return r,
    };
    let query = q.q.trim().to_owned();
    let outcome = match help::search(&state, locale, &query, false, 25).await {
        Ok(o) => o,
        Err(e) => return fail(&ctx, e),
    };
    render(
        StatusCode::OK,
        &SearchTemplate {
            ctx: &ctx,
            no_terms: !query.is_empty() && outcome.terms.is_empty(),
            q: query,
            hits: outcome.hits,
            places: outcome.places,
        },
    )
}

impl Hit {
    pub fn updated(&self, ctx: &PageCtx) -> String {
        super::human_time(ctx.locale(), ctx.tz_minutes, self.updated_at)
    }
}
