//! The requester's pages under `/hc/{locale}`: "Submit a request",
//! my requests, one request with its conversation.

use super::PagePath;
use super::fields::{self, FieldView, SummaryItem};
use super::{ErrorPage, PageCtx, render, ua};
use crate::AppState;
use crate::auth::PageUser;
use crate::common::requester_scope;
use crate::error::ApiError;
use crate::extract::{CsrfForm, MultipartCsrfForm};
use app::attachments::{RawFile, Upload};
use app::filing::{self, SubmitError};
use app::screening::{self, FieldFinding};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::form::{self, FieldError, RawFields};
use domain::{CommentVisibility, Locale, Status};
use files::FileError;
use serde::Deserialize;
use store::{Comment, Ticket, TicketFilter};

fn check_locale(locale: &str) -> Result<Locale, Response> {
    locale
        .parse::<Locale>()
        .map_err(|_| ErrorPage::new(Locale::En, ApiError::NotFound).into_response())
}

pub async fn home_redirect(PagePath(locale): PagePath<String>) -> Response {
    match check_locale(&locale) {
        Ok(l) => Redirect::permanent(&format!("/hc/{}/", l.as_str())).into_response(),
        Err(r) => r,
    }
}

#[derive(Template)]
#[template(path = "request_new.html")]
struct NewRequestTemplate<'a> {
    ctx: &'a PageCtx,
    fields: Vec<FieldView>,
    summary: Vec<SummaryItem>,
    /// The refusal step: what the guard removed, send or edit.
    review: Option<fields::Review>,
    submit_key: String,
    files_error: String,
}

fn new_request_page(
    ctx: &PageCtx,
    status: StatusCode,
    raw: &RawFields,
    errors: &[FieldError],
    findings: &[FieldFinding],
    files_error: Option<String>,
) -> Response {
    let spec = form::incident();
    let (fields, mut summary) = fields::views(
        ctx,
        &spec,
        raw,
        errors,
        findings,
        crate::error::Reader::Author,
    );
    if let Some(message) = &files_error {
        summary.push(SummaryItem {
            target: "files".into(),
            message: message.clone(),
        });
    }
    let page = NewRequestTemplate {
        ctx,
        fields,
        summary,
        review: fields::Review::of(
            ctx,
            "request-form",
            findings,
            |k| ctx.t(&format!("field.{k}")),
            |k| {
                if matches!(
                    spec.field(k).map(|f| &f.kind),
                    Some(form::FieldKind::DateTime { .. })
                ) {
                    format!("{k}-date")
                } else {
                    k.to_owned()
                }
            },
        ),
        submit_key: crate::auth::random_token(16),
        files_error: files_error.unwrap_or_default(),
    };
    render(status, &page)
}

pub async fn new_form(
    ctx: PageCtx,
    _user: PageUser,
    PagePath(locale): PagePath<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = check_locale(&locale) {
        return r;
    }
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mut raw = RawFields::new();
    raw.insert("device".into(), form::RawValue::Text(ua::device(agent)));
    raw.insert("browser".into(), form::RawValue::Text(ua::browser(agent)));
    new_request_page(&ctx, StatusCode::OK, &raw, &[], &[], None)
}

/// Checks files sent with a new request before anything is stored, so a
/// refused file refuses the whole submission; returns the message to show,
/// or the error page when the blocking pool is full.
async fn check_files(
    state: &AppState,
    ctx: &PageCtx,
    files: &[RawFile],
    redact: bool,
) -> Result<Option<String>, ApiError> {
    let refused = app::attachments::check(&state.blocking, files, redact).await?;
    Ok(refused.map(|r| {
        let key = match r {
            FileError::Sensitive { .. } => "attach.error.sensitive",
            FileError::UnsupportedType => "attach.error.type",
            FileError::InvalidHar => "attach.error.har",
            FileError::BadImage | FileError::ImageTooLarge | FileError::OcrFailed => {
                "attach.error.image"
            }
            FileError::DocumentUnreadable
            | FileError::NoTextLayer
            | FileError::DocumentTooLarge => "attach.error.document",
        };
        ctx.t(key)
    }))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(locale): PagePath<String>,
    form: MultipartCsrfForm,
) -> Response {
    if let Err(r) = check_locale(&locale) {
        return r;
    }
    let spec = form::incident();
    let raw = fields::raw_from_form(&spec, &form.pairs);
    let redact = form.get("redact").is_some();
    let refusal = match check_files(&state, &ctx, &form.files, redact).await {
        Ok(refusal) => refusal,
        Err(e) => return ErrorPage::new(ctx.locale(), e).into_response(),
    };
    if let Some(message) = refusal {
        return new_request_page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            &raw,
            &[],
            &[],
            Some(message),
        );
    }
    let submit_key = form
        .get("submit_key")
        .filter(|k| !k.is_empty() && k.len() <= 64)
        // The page writes a random key; anything else the guard refuses is
        // dropped (the form then files without one), never kept.
        .and_then(|k| app::keys::idempotency(k).ok().flatten());
    match filing::submit(&state.desk, &user, raw.clone(), redact, submit_key, vec![]).await {
        Ok(filing::Submitted { ticket, .. }) => {
            if !form.files.is_empty() {
                let upload = Upload {
                    files: form.files,
                    redact,
                    comment_id: None,
                };
                if let Err(e) =
                    app::attachments::attach(&state.desk, &state.blocking, &user, &ticket, upload)
                        .await
                {
                    tracing::warn!(error = %e, ticket_id = ticket.id, "storing files sent with a request");
                }
            }
            Redirect::to(&format!("{}/requests/{}?filed=1", ctx.hc(), ticket.id)).into_response()
        }
        // A second click of the same form: the request was filed once.
        Err(SubmitError::Duplicate(id)) => {
            Redirect::to(&format!("{}/requests/{id}?filed=1", ctx.hc())).into_response()
        }
        Err(SubmitError::Refused(app::AppError::Unprocessable { fields, findings })) => {
            // The page shown back never carries the secret: the fields that
            // held one come back redacted, everything else as typed.
            let mut shown = raw;
            if !findings.is_empty() {
                screening::redact_submission(&spec, &mut shown);
            }
            let again = (!form.files.is_empty()).then(|| ctx.t("attach.choose_again"));
            new_request_page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                &shown,
                &fields,
                &findings,
                again,
            )
        }
        Err(SubmitError::Refused(e)) => ErrorPage::new(ctx.locale(), e.into()).into_response(),
    }
}

/// A ticket as a row in a list.
pub struct Row {
    pub id: i64,
    pub subject: String,
    pub status: Status,
    pub requester: String,
    pub assignee: String,
    pub client_id: String,
    pub updated: super::Moment,
}

impl Row {
    pub fn from(ctx: &PageCtx, t: &Ticket) -> Row {
        Row {
            id: t.id,
            subject: t.subject.clone(),
            status: t.status,
            requester: t.requester.name.clone(),
            assignee: t
                .assignee
                .as_ref()
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            client_id: t
                .fields
                .get("client_id")
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned(),
            updated: ctx.time(t.updated_at),
        }
    }
}

#[derive(Template)]
#[template(path = "requests_list.html")]
struct ListTemplate<'a> {
    ctx: &'a PageCtx,
    rows: Vec<Row>,
    shared: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(locale): PagePath<String>,
) -> Response {
    if let Err(r) = check_locale(&locale) {
        return r;
    }
    let mut filter = TicketFilter::new(requester_scope(&user));
    filter.limit = 200;
    match state.desk.store.list_tickets(&filter).await {
        Ok(tickets) => {
            let rows = tickets.iter().map(|t| Row::from(&ctx, t)).collect();
            render(
                StatusCode::OK,
                &ListTemplate {
                    ctx: &ctx,
                    rows,
                    shared: user.org_shared,
                },
            )
        }
        Err(e) => ErrorPage::new(ctx.locale(), e.into()).into_response(),
    }
}

/// A structured field as shown in the panel.
pub struct FieldLine {
    pub label: String,
    pub value: String,
    pub mono: bool,
    /// An identifier: one line, never wrapped (cut with an ellipsis, the
    /// whole value in its title and copy button).
    pub ident: bool,
}

/// The ticket's fields in form order, labelled in the page's language.
pub fn field_lines(ctx: &PageCtx, t: &Ticket) -> Vec<FieldLine> {
    let spec = form::incident();
    spec.fields
        .iter()
        .filter(|f| f.key != "subject" && f.key != "description")
        .filter_map(|f| {
            let v = t.fields.get(f.key)?;
            let value = match v {
                serde_json::Value::String(s) => match &f.kind {
                    form::FieldKind::Choice { .. } => ctx.t(&format!("option.{}.{s}", f.key)),
                    // A moment reads in the viewer's language and zone.
                    form::FieldKind::DateTime { .. } => time::OffsetDateTime::parse(
                        s,
                        &time::format_description::well_known::Rfc3339,
                    )
                    .map(|t| super::human_time(ctx.locale(), ctx.tz_minutes, t))
                    .unwrap_or_else(|_| s.clone()),
                    _ => s.clone(),
                },
                serde_json::Value::Array(items) => items
                    .iter()
                    .filter_map(|i| i.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
                serde_json::Value::Bool(b) => ctx.t(if *b { "yes" } else { "no" }),
                _ => return None,
            };
            let mono = f.identifier || matches!(f.kind, form::FieldKind::EndpointList { .. });
            Some(FieldLine {
                label: ctx.t(&format!("field.{}", f.key)),
                value,
                mono,
                ident: f.identifier,
            })
        })
        .collect()
}

/// A comment as shown in a conversation.
pub struct CommentView {
    pub author: String,
    pub staff: bool,
    pub internal: bool,
    pub body: String,
    pub at: super::Moment,
}

pub fn comment_views(ctx: &PageCtx, comments: &[Comment]) -> Vec<CommentView> {
    comments
        .iter()
        .map(|c| CommentView {
            author: c.author.name.clone(),
            staff: c.author_role.is_staff(),
            internal: c.visibility == CommentVisibility::Internal,
            body: c.body.clone(),
            at: ctx.time(c.created_at),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "request_show.html")]
struct ShowTemplate<'a> {
    ctx: &'a PageCtx,
    ticket: &'a Ticket,
    created: super::Moment,
    lines: Vec<FieldLine>,
    sealed: Vec<String>,
    comments: Vec<CommentView>,
    can_reply: bool,
    reply_error: Vec<String>,
    review: Option<fields::Review>,
    reply_value: String,
    files: Vec<super::attachments::FileView>,
    upload_action: String,
    /// Just filed: the page confirms it.
    filed: bool,
}

async fn show_page(
    state: &AppState,
    ctx: &PageCtx,
    ticket: &Ticket,
    refusal: Refusal,
    reply_value: String,
    status: StatusCode,
    filed: bool,
) -> Response {
    let comments = match state.desk.store.comments(ticket.id, false).await {
        Ok(c) => c,
        Err(e) => return ErrorPage::new(ctx.locale(), e.into()).into_response(),
    };
    let sealed = state
        .desk
        .store
        .sealed_fields(ticket.id)
        .await
        .unwrap_or_default();
    let page = ShowTemplate {
        ctx,
        ticket,
        created: ctx.time(ticket.created_at),
        lines: field_lines(ctx, ticket),
        sealed: sealed
            .iter()
            .map(|s| ctx.t(&format!("field.{}", s.key)))
            .collect(),
        comments: comment_views(ctx, &comments),
        can_reply: ticket.status.accepts_requester_replies(),
        reply_error: refusal.errors,
        review: refusal.review,
        reply_value,
        files: match &ctx.user {
            Some(u) => super::attachments::load_views(state, ctx, u, ticket.id).await,
            None => vec![],
        },
        upload_action: format!("{}/requests/{}/attachments", ctx.hc(), ticket.id),
        filed,
    };
    render(status, &page)
}

#[derive(Debug, Deserialize)]
pub struct ShowQuery {
    filed: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath((locale, id)): PagePath<(String, String)>,
    Query(q): Query<ShowQuery>,
) -> Response {
    if let Err(r) = check_locale(&locale) {
        return r;
    }
    let Ok(id) = id.parse::<i64>() else {
        return ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response();
    };
    match app::tickets::visible(&state.desk, &user, id)
        .await
        .map_err(ApiError::from)
    {
        Ok(ticket) => {
            super::workspace::mark_seen(&state, &user, &ticket).await;
            let filed = q.filed.is_some();
            show_page(
                &state,
                &ctx,
                &ticket,
                Refusal::none(),
                String::new(),
                StatusCode::OK,
                filed,
            )
            .await
        }
        Err(e) => ErrorPage::new(ctx.locale(), e).into_response(),
    }
}

/// Messages for a refused form, in the page's language.
pub fn comment_errors(ctx: &PageCtx, e: &ApiError) -> Vec<String> {
    match e {
        ApiError::Unprocessable { fields, findings } => fields
            .iter()
            .map(|f| crate::error::field_error_message(ctx.locale(), f))
            .chain(
                findings
                    .iter()
                    .map(|f| crate::error::finding_message(ctx.locale(), f.kind)),
            )
            .collect(),
        other => vec![ctx.t(&format!("api.{}", other.code()))],
    }
}

/// A refused comment, in the page's language: what is wrong with it (the
/// error summary) and what the guard removed from it (the refusal step).
pub struct Refusal {
    pub errors: Vec<String>,
    pub review: Option<fields::Review>,
}

impl Refusal {
    pub fn none() -> Refusal {
        Refusal {
            errors: vec![],
            review: None,
        }
    }

    /// `form_id` is the reply form's id, `label_key` its message box's label.
    pub fn of(ctx: &PageCtx, e: &ApiError, form_id: &str, label_key: &str) -> Refusal {
        match e {
            ApiError::Unprocessable { fields, findings } => Refusal {
                errors: fields
                    .iter()
                    .map(|f| crate::error::field_error_message(ctx.locale(), f))
                    .collect(),
                review: fields::Review::of(
                    ctx,
                    form_id,
                    findings,
                    |_| ctx.t(label_key),
                    |_| "body".to_owned(),
                ),
            },
            other => Refusal {
                errors: vec![ctx.t(&format!("api.{}", other.code()))],
                review: None,
            },
        }
    }
}

pub async fn comment(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath((locale, id)): PagePath<(String, String)>,
    form: CsrfForm,
) -> Response {
    if let Err(r) = check_locale(&locale) {
        return r;
    }
    let Ok(id) = id.parse::<i64>() else {
        return ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response();
    };
    let ticket = match app::tickets::visible(&state.desk, &user, id)
        .await
        .map_err(ApiError::from)
    {
        Ok(t) => t,
        Err(e) => return ErrorPage::new(ctx.locale(), e).into_response(),
    };
    let body = form.get("body").unwrap_or_default();
    let redact = form.get("redact").is_some();
    match app::tickets::reply(
        &state.desk,
        &user,
        &ticket,
        body,
        CommentVisibility::Public,
        None,
        redact,
    )
    .await
    .map_err(ApiError::from)
    {
        Ok(_) => Redirect::to(&format!("{}/requests/{id}#conversation", ctx.hc())).into_response(),
        Err(e) => {
            // Shown back redacted, so the page never carries the secret.
            let shown = screening::redact_text(body);
            show_page(
                &state,
                &ctx,
                &ticket,
                Refusal::of(&ctx, &e, "reply", "request.reply"),
                shown,
                e.status(),
                false,
            )
            .await
        }
    }
}
