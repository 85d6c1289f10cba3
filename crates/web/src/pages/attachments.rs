//! Files on the ticket pages: the list with download links (and what the
//! sanitizers removed), and the multipart upload forms.

use super::PagePath;
use super::{ErrorPage, PageCtx};
use crate::AppState;
use crate::auth::PageUser;
use crate::common::upload::{self, download_url};
use crate::error::ApiError;
use axum::extract::State;
use axum::extract::multipart::Multipart;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use store::{Attachment, User};

/// An attachment as listed on a ticket page.
#[derive(Debug, Clone)]
pub struct FileView {
    pub url: String,
    pub filename: String,
    pub size: String,
    pub is_image: bool,
    /// "location (kind)" for each value the sanitizers removed.
    pub removed: Vec<String>,
}

fn size_label(bytes: i64) -> String {
    match bytes {
        b if b >= 1024 * 1024 => format!("{:.1} MiB", b as f64 / (1024.0 * 1024.0)),
        b if b >= 1024 => format!("{:.0} KiB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}

pub fn file_views(ctx: &PageCtx, files: &[Attachment]) -> Vec<FileView> {
    files
        .iter()
        .map(|a| FileView {
            url: download_url(a.id),
            filename: a.filename.clone(),
            size: size_label(a.size),
            is_image: a.content_type.starts_with("image/"),
            removed: a
                .removed
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .map(|r| {
                            let kind = r["kind"].as_str().unwrap_or_default();
                            format!(
                                "{} ({})",
                                r["location"].as_str().unwrap_or_default(),
                                ctx.t(&format!("attach.kind.{kind}"))
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect()
}

/// The files of a ticket the user may see, ready for a page.
pub async fn load_views(
    state: &AppState,
    ctx: &PageCtx,
    user: &User,
    ticket_id: i64,
) -> Vec<FileView> {
    match app::attachments::visible(&state.desk, user, ticket_id).await {
        Ok(files) => file_views(ctx, &files),
        Err(_) => vec![],
    }
}

async fn upload(
    state: &AppState,
    ctx: &PageCtx,
    user: &User,
    headers: &HeaderMap,
    ticket_id: &str,
    mp: Multipart,
    back: impl Fn(i64) -> String,
) -> Response {
    let fail = |e: ApiError| ErrorPage::new(ctx.locale(), e).into_response();
    let Ok(id) = ticket_id.parse::<i64>() else {
        return fail(ApiError::NotFound);
    };
    let ticket = match app::tickets::visible(&state.desk, user, id).await {
        Ok(t) => t,
        Err(e) => return fail(e.into()),
    };
    let got = match upload::receive(state, mp).await {
        Ok(u) => u,
        Err(e) => return fail(e),
    };
    if let Err(e) = upload::check_csrf(headers, &got) {
        return fail(e);
    }
    match app::attachments::attach(&state.desk, &state.blocking, user, &ticket, got.upload).await {
        Ok(_) => Redirect::to(&back(ticket.id)).into_response(),
        Err(e) => fail(e.into()),
    }
}

/// `POST /hc/{locale}/requests/{id}/attachments`.
pub async fn requester_upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath((locale, id)): PagePath<(String, String)>,
    headers: HeaderMap,
    mp: Multipart,
) -> Response {
    let hc = format!("/hc/{}", ctx.tr.code());
    if locale.parse::<domain::Locale>().is_err() {
        return ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response();
    }
    upload(&state, &ctx, &user, &headers, &id, mp, |tid| {
        format!("{hc}/requests/{tid}#files")
    })
    .await
}

/// `POST /agent/tickets/{id}/attachments`.
pub async fn agent_upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<String>,
    headers: HeaderMap,
    mp: Multipart,
) -> Response {
    if !user.role.is_staff() {
        return ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response();
    }
    upload(&state, &ctx, &user, &headers, &id, mp, |tid| {
        format!("/agent/tickets/{tid}#files")
    })
    .await
}
