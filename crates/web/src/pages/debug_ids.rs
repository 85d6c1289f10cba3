//! "Get a debug id" for integrators; the debug id's metadata and the
//! audited reveal of sealed values for agents.

use super::PagePath;
use super::{ErrorPage, PageCtx, render};
use crate::AppState;
use crate::auth::PageUser;
use crate::error::ApiError;
use crate::extract::CsrfForm;
use app::debug_ids;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use store::{DebugId, User};

pub struct DebugIdView {
    pub id: String,
    pub client_id: String,
    pub scopes: String,
    pub created: super::Moment,
    pub expires: super::Moment,
    pub state: String,
    pub active: bool,
}

fn view(ctx: &PageCtx, d: &DebugId) -> DebugIdView {
    let state = if d.revoked_at.is_some() {
        "revoked"
    } else if d.purged_at.is_some() {
        "expired"
    } else {
        "active"
    };
    DebugIdView {
        id: d.id.clone(),
        client_id: d.client_id.clone().unwrap_or_else(|| "—".into()),
        scopes: if d.scopes.is_empty() {
            "—".into()
        } else {
            d.scopes.join(" ")
        },
        created: ctx.time(d.created_at),
        expires: ctx.exact_time(d.expires_at),
        state: ctx.t(&format!("debug.state.{state}")),
        active: state == "active",
    }
}

#[derive(Template)]
#[template(path = "debug_ids.html")]
struct DebugIdsTemplate<'a> {
    ctx: &'a PageCtx,
    created: Option<DebugIdView>,
    errors: Vec<String>,
    ids: Vec<DebugIdView>,
    /// This server's address, for the curl example.
    base_url: String,
}

/// Where this desk is reached: the configured public address when mail is
/// on (links in mail use it too), else the address the browser used.
fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(mail) = &state.settings.mail {
        return mail.base_url.trim_end_matches('/').to_owned();
    }
    let scheme = if state.settings.https {
        "https"
    } else {
        "http"
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    format!("{scheme}://{host}")
}

async fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &User,
    created: Option<DebugIdView>,
    errors: Vec<String>,
    status: StatusCode,
    headers: &HeaderMap,
) -> Response {
    let ids = match debug_ids::of_user(&state.desk, user).await {
        Ok(ids) => ids.iter().map(|d| view(ctx, d)).collect(),
        Err(e) => return ErrorPage::new(ctx.locale(), e.into()).into_response(),
    };
    render(
        status,
        &DebugIdsTemplate {
            ctx,
            created,
            errors,
            ids,
            base_url: base_url(state, headers),
        },
    )
}

fn bad_locale(ctx: &PageCtx, locale: &str) -> Option<Response> {
    locale
        .parse::<domain::Locale>()
        .is_err()
        .then(|| ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(locale): PagePath<String>,
    headers: HeaderMap,
) -> Response {
    if let Some(r) = bad_locale(&ctx, &locale) {
        return r;
    }
    page(&state, &ctx, &user, None, vec![], StatusCode::OK, &headers).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(locale): PagePath<String>,
    headers: HeaderMap,
    form: CsrfForm,
) -> Response {
    if let Some(r) = bad_locale(&ctx, &locale) {
        return r;
    }
    let token = form.get("access_token").unwrap_or_default();
    match debug_ids::issue(&state.desk, &user, token)
        .await
        .map_err(ApiError::from)
    {
        Ok(d) => {
            let v = view(&ctx, &d);
            page(
                &state,
                &ctx,
                &user,
                Some(v),
                vec![],
                StatusCode::CREATED,
                &headers,
            )
            .await
        }
        Err(ApiError::RateLimited { retry_after_secs }) => {
            ErrorPage::new(ctx.locale(), ApiError::RateLimited { retry_after_secs }).into_response()
        }
        Err(e) => {
            let errors = super::requests::comment_errors(&ctx, &e);
            page(&state, &ctx, &user, None, errors, e.status(), &headers).await
        }
    }
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath((locale, id)): PagePath<(String, String)>,
    _form: CsrfForm,
) -> Response {
    if let Some(r) = bad_locale(&ctx, &locale) {
        return r;
    }
    match debug_ids::revoke(&state.desk, &user, &id).await {
        Ok(()) => Redirect::to(&format!("{}/debug-ids", ctx.hc())).into_response(),
        Err(e) => ErrorPage::new(ctx.locale(), e.into()).into_response(),
    }
}

#[derive(Template)]
#[template(path = "agent_debug_id.html")]
struct AgentDebugIdTemplate<'a> {
    ctx: &'a PageCtx,
    d: DebugIdView,
    owner: String,
    ticket: Option<i64>,
    may_reveal: bool,
}

#[derive(Debug, Deserialize)]
pub struct TicketQuery {
    ticket: Option<i64>,
}

/// `GET /agent/debug-ids/{id}`: metadata, never the token.
pub async fn agent_show(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<String>,
    Query(q): Query<TicketQuery>,
) -> Response {
    let (d, owner) = match debug_ids::for_agent(&state.desk, &user, &id).await {
        Ok(found) => found,
        Err(e) => return ErrorPage::new(ctx.locale(), e.into()).into_response(),
    };
    let owner = owner
        .map(|u| format!("{} <{}>", u.name, u.email))
        .unwrap_or_default();
    render(
        StatusCode::OK,
        &AgentDebugIdTemplate {
            ctx: &ctx,
            d: view(&ctx, &d),
            owner,
            ticket: q.ticket,
            may_reveal: debug_ids::may_reveal(&state.desk, &user).await,
        },
    )
}

#[derive(Template)]
#[template(path = "reveal.html")]
struct RevealTemplate<'a> {
    ctx: &'a PageCtx,
    ticket_id: i64,
    label: String,
    value: Option<String>,
}

/// `POST /agent/tickets/{id}/reveal` with `what` = a sealed field's key or
/// `debug_id`: shows the plaintext once and records the reveal in the
/// ticket's history (`app::debug_ids::reveal`). Needs the reveal permission.
pub async fn reveal(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<String>,
    form: CsrfForm,
) -> Response {
    let err = |e: ApiError| ErrorPage::new(ctx.locale(), e).into_response();
    if !user.role.is_staff() {
        return err(ApiError::NotFound);
    }
    let Ok(ticket_id) = id.parse::<i64>() else {
        return err(ApiError::NotFound);
    };
    let what = form.get("what").unwrap_or_default();
    let value = match debug_ids::reveal(&state.desk, &user, ticket_id, what).await {
        Ok(value) => value,
        Err(e) => return err(e.into()),
    };
    let label = if what == "debug_id" {
        ctx.t("debug.token")
    } else {
        ctx.t(&format!("field.{what}"))
    };
    render(
        StatusCode::OK,
        &RevealTemplate {
            ctx: &ctx,
            ticket_id,
            label,
            value,
        },
    )
}
