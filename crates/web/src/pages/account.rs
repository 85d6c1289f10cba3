//! Signing up, in and out; the profile page with API tokens; language.

use super::PagePath;
use super::{ErrorPage, LANG_COOKIE, PageCtx, render, safe_next};
use crate::AppState;
use crate::auth::{self, PageUser, SESSION_COOKIE, cookie, csrf};
use crate::common::client::ClientAddr;
use crate::error::ApiError;
use crate::extract::CsrfForm;
use app::signin;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::account::{NewPassword, PasswordError};
use domain::{Email, Locale, Role};
use guard::Screened;
use serde::Deserialize;
use store::{NewUser, User};

#[derive(Debug, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "signin.html")]
struct SigninTemplate<'a> {
    ctx: &'a PageCtx,
    next: String,
    email: String,
    error: String,
}

pub async fn signin_form(ctx: PageCtx, Query(q): Query<NextQuery>) -> Response {
    let page = SigninTemplate {
        ctx: &ctx,
        next: safe_next(q.next.as_deref()),
        email: String::new(),
        error: String::new(),
    };
    render(StatusCode::OK, &page)
}

/// Starts a session: a new id (never one the browser brought), a rotated
/// CSRF token, and a redirect to where the person was going.
async fn start_session(state: &AppState, user: &User, next: &str) -> Response {
    let days = state.settings.session_days;
    let sid = match app::tokens::start_session(&state.desk, user, days).await {
        Ok(sid) => sid,
        Err(e) => return ErrorPage::new(user.locale, e.into()).into_response(),
    };
    let secure = state.settings.https;
    let mut res = Redirect::to(next).into_response();
    let session = cookie(SESSION_COOKIE, &sid, days * 86_400, "Lax", secure);
    let (_, csrf_cookie) = csrf::fresh(secure);
    for c in [session, csrf_cookie] {
        if let Ok(v) = HeaderValue::from_str(&c) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

pub async fn signin(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientAddr(addr): ClientAddr,
    form: CsrfForm,
) -> Response {
    let email = form.get("email").unwrap_or_default().trim().to_lowercase();
    let password = form.get("password").unwrap_or_default();
    let next = safe_next(form.get("next"));
    let attempt = signin::Attempt::new(state.settings.signin, &email, addr);
    let store = state.desk.store.as_ref();
    let now = state.desk.clock.now();
    if let Err(e) = attempt.check(store, now).await {
        return ErrorPage::new(ctx.locale(), e.into()).into_response();
    }
    let found = match state.desk.store.credentials(&email).await {
        Ok(found) => found,
        Err(e) => return ErrorPage::new(ctx.locale(), e.into()).into_response(),
    };
    let phc = found.as_ref().and_then(|(_, phc)| phc.clone());
    let verified = match auth::verify_password_pooled(&state.blocking, password, phc).await {
        Ok(verified) => verified,
        Err(e) => return ErrorPage::new(ctx.locale(), e).into_response(),
    };
    let user = match found {
        Some((user, Some(_))) if verified => Some(user),
        _ => None,
    };
    let outcome = match &user {
        Some(_) => attempt.succeeded(store).await,
        None => attempt.failed(store, now).await,
    };
    if let Err(e) = outcome {
        return ErrorPage::new(ctx.locale(), e.into()).into_response();
    }
    match user {
        Some(user) => start_session(&state, &user, &next).await,
        None => {
            let page = SigninTemplate {
                ctx: &ctx,
                next,
                email,
                error: ctx.t("signin.failed"),
            };
            render(StatusCode::UNAUTHORIZED, &page)
        }
    }
}

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupTemplate<'a> {
    ctx: &'a PageCtx,
    name: String,
    email: String,
    errors: Vec<(String, String)>,
}

impl SignupTemplate<'_> {
    fn error_for(&self, field: &str) -> String {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
            .unwrap_or_default()
    }
}

pub async fn signup_form(ctx: PageCtx) -> Response {
    render(
        StatusCode::OK,
        &SignupTemplate {
            ctx: &ctx,
            name: String::new(),
            email: String::new(),
            errors: vec![],
        },
    )
}

pub async fn signup(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientAddr(addr): ClientAddr,
    form: CsrfForm,
) -> Response {
    let per_hour = state.settings.signups_per_hour;
    let now = state.desk.clock.now();
    if let Err(e) = signin::signup_allowed(state.desk.store.as_ref(), addr, per_hour, now).await {
        return ErrorPage::new(ctx.locale(), e.into()).into_response();
    }
    let raw_name = form.get("name").unwrap_or_default();
    let raw_email = form.get("email").unwrap_or_default().trim().to_owned();
    let mut errors = Vec::new();
    // Cleaned as it will be kept, then screened.
    let name = match app::text::name("name", raw_name) {
        Ok(name) => Some(name),
        Err(e) if e.sensitive().is_some() => {
            errors.push(("name".to_owned(), ctx.t("signup.error.name_sensitive")));
            None
        }
        Err(_) => {
            errors.push(("name".to_owned(), ctx.t("signup.error.name")));
            None
        }
    };
    let email = Email::parse(&raw_email);
    if email.is_err() {
        errors.push(("email".to_owned(), ctx.t("signup.error.email")));
    }
    let password = NewPassword::parse(form.get("password").unwrap_or_default());
    if let Err(e) = &password {
        let key = match e {
            PasswordError::Common => "signup.error.password_common",
            PasswordError::Simple => "signup.error.password_simple",
            PasswordError::TooShort | PasswordError::TooLong => "signup.error.password",
        };
        errors.push(("password".to_owned(), ctx.t(key)));
    }
    if let (Ok(email), Ok(password), Some(name), true) =
        (&email, &password, &name, errors.is_empty())
    {
        let password_hash =
            match auth::hash_password_pooled(&state.blocking, password.expose()).await {
                Ok(hash) => hash,
                Err(e) => return ErrorPage::new(ctx.locale(), e).into_response(),
            };
        let user = NewUser {
            email: email.clone(),
            name: name.clone(),
            role: Role::Requester,
            org_id: None,
            locale: ctx.locale(),
            password_hash: Some(password_hash),
        };
        match app::accounts::sign_up(&state.desk, user).await {
            Ok(user) => {
                return start_session(
                    &state,
                    &user,
                    &format!("/hc/{}/requests/new", ctx.tr.code()),
                )
                .await;
            }
            Err(app::AppError::Conflict(_)) => {
                errors.push(("email".to_owned(), ctx.t("signup.error.email_taken")))
            }
            Err(e) => return ErrorPage::new(ctx.locale(), e.into()).into_response(),
        }
    }
    // Shown back only when the guard let it through.
    let page = SignupTemplate {
        ctx: &ctx,
        name: name.map(Screened::into_string).unwrap_or_default(),
        email: raw_email,
        errors,
    };
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

pub async fn signout(
    State(state): State<AppState>,
    headers: HeaderMap,
    _form: CsrfForm,
) -> Response {
    if let Some(sid) = auth::cookie_value(&headers, SESSION_COOKIE)
        && let Err(e) = app::tokens::end_session(&state.desk, sid).await
    {
        return ErrorPage::new(Locale::En, e.into()).into_response();
    }
    let mut res = Redirect::to("/").into_response();
    let gone = cookie(SESSION_COOKIE, "", 0, "Lax", state.settings.https);
    if let Ok(v) = HeaderValue::from_str(&gone) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

pub struct TokenRow {
    pub id: i64,
    pub label: String,
    pub created: super::Moment,
    pub last_used: Option<super::Moment>,
}

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfileTemplate<'a> {
    ctx: &'a PageCtx,
    user: &'a User,
    tokens: Vec<TokenRow>,
    new_token: String,
    label_error: String,
}

async fn profile_page(
    state: &AppState,
    ctx: &PageCtx,
    user: &User,
    new_token: String,
    label_error: String,
) -> Response {
    let tokens = match app::tokens::of_user(&state.desk, user).await {
        Ok(t) => t,
        Err(e) => return ErrorPage::new(ctx.locale(), e.into()).into_response(),
    };
    let tokens = tokens
        .iter()
        .map(|t| TokenRow {
            id: t.id,
            label: t.label.clone(),
            created: ctx.time(t.created_at),
            last_used: t.last_used_at.map(|t| ctx.time(t)),
        })
        .collect();
    let status = if label_error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &ProfileTemplate {
            ctx,
            user,
            tokens,
            new_token,
            label_error,
        },
    )
}

pub async fn profile(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
) -> Response {
    profile_page(&state, &ctx, &user, String::new(), String::new()).await
}

pub async fn create_token(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    let label = form.get("label").unwrap_or_default();
    match app::tokens::create(&state.desk, &user, label)
        .await
        .map_err(ApiError::from)
    {
        // Shown once, on this response only; only its hash is kept.
        Ok((_, token)) => profile_page(&state, &ctx, &user, token, String::new()).await,
        Err(ApiError::Unprocessable { .. } | ApiError::InvalidValue(_)) => {
            let error = ctx.t("profile.label_error");
            profile_page(&state, &ctx, &user, String::new(), error).await
        }
        Err(e) => ErrorPage::new(ctx.locale(), e).into_response(),
    }
}

pub async fn revoke_token(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<String>,
    _form: CsrfForm,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response();
    };
    match app::tokens::revoke(&state.desk, &user, id).await {
        Ok(()) => Redirect::to("/profile").into_response(),
        Err(e) => ErrorPage::new(ctx.locale(), e.into()).into_response(),
    }
}

pub async fn switch_language(
    State(state): State<AppState>,
    PagePath(locale): PagePath<String>,
    Query(q): Query<NextQuery>,
) -> Response {
    let Ok(locale) = locale.parse::<Locale>() else {
        return ErrorPage::new(Locale::En, ApiError::NotFound).into_response();
    };
    let mut res = Redirect::to(&safe_next(q.next.as_deref())).into_response();
    let c = cookie(
        LANG_COOKIE,
        locale.as_str(),
        365 * 86_400,
        "Lax",
        state.settings.https,
    );
    if let Ok(v) = HeaderValue::from_str(&c) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}
