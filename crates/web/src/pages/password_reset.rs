//! The password reset pages: ask for a link by e-mail address, then choose
//! a new password through the link (`crate::password_reset` does the work).

use super::PagePath;
use super::{ErrorPage, PageCtx, render};
use crate::AppState;
use crate::common::client::ClientAddr;
use crate::extract::CsrfForm;
use crate::password_reset::{self as reset, ResetError};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::account::PasswordError;

#[derive(Template)]
#[template(path = "password_reset_ask.html")]
struct AskTemplate<'a> {
    ctx: &'a PageCtx,
    email: String,
    sent: bool,
}

pub async fn ask_form(ctx: PageCtx) -> Response {
    render(
        StatusCode::OK,
        &AskTemplate {
            ctx: &ctx,
            email: String::new(),
            sent: false,
        },
    )
}

pub async fn ask(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientAddr(client): ClientAddr,
    form: CsrfForm,
) -> Response {
    let email = form.get("email").unwrap_or_default();
    match reset::request(&state, email, ctx.locale(), client).await {
        // The same page whether or not an account has the address.
        Ok(()) => render(
            StatusCode::OK,
            &AskTemplate {
                ctx: &ctx,
                email: String::new(),
                sent: true,
            },
        ),
        Err(e) => ErrorPage::new(ctx.locale(), e).into_response(),
    }
}

#[derive(Template)]
#[template(path = "password_reset_new.html")]
struct NewPasswordTemplate<'a> {
    ctx: &'a PageCtx,
    token: String,
    /// The link is unknown, used or expired: say so, offer a new one.
    dead_link: bool,
    error: String,
    done: bool,
}

pub async fn new_password_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    PagePath(token): PagePath<String>,
) -> Response {
    let works = match reset::link_works(&state, &token).await {
        Ok(w) => w,
        Err(e) => return ErrorPage::new(ctx.locale(), e).into_response(),
    };
    let page = NewPasswordTemplate {
        ctx: &ctx,
        token: if works { token } else { String::new() },
        dead_link: !works,
        error: String::new(),
        done: false,
    };
    render(
        if works {
            StatusCode::OK
        } else {
            StatusCode::GONE
        },
        &page,
    )
}

pub async fn set_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    PagePath(token): PagePath<String>,
    form: CsrfForm,
) -> Response {
    let password = form.get("password").unwrap_or_default();
    let (status, dead_link, error, done) = match reset::complete(&state, &token, password).await {
        Ok(_) => (StatusCode::OK, false, String::new(), true),
        Err(ResetError::Link) => (StatusCode::GONE, true, String::new(), false),
        Err(ResetError::Password(e)) => {
            let key = match e {
                PasswordError::Common => "signup.error.password_common",
                PasswordError::Simple => "signup.error.password_simple",
                PasswordError::TooShort | PasswordError::TooLong => "signup.error.password",
            };
            (StatusCode::UNPROCESSABLE_ENTITY, false, ctx.t(key), false)
        }
        Err(ResetError::Other(e)) => return ErrorPage::new(ctx.locale(), e.into()).into_response(),
    };
    let page = NewPasswordTemplate {
        ctx: &ctx,
        token: if dead_link || done {
            String::new()
        } else {
            token
        },
        dead_link,
        error,
        done,
    };
    render(status, &page)
}
