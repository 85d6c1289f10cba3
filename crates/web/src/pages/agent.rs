//! The agent ticket page (the queues are in `workspace.rs`).

use super::PagePath;
use super::requests::{CommentView, FieldLine, Refusal, comment_views, field_lines};
use super::{ErrorPage, PageCtx, fields, render};
use crate::AppState;
use crate::auth::PageUser;
use crate::error::ApiError;
use crate::extract::CsrfForm;
use crate::workspace::{self as ws, MacroDraft, MacroRef};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::{CommentVisibility, Priority, Status};
use serde::Deserialize;
use store::{AuditEvent, Ticket, TicketPatch, User};

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct AuditLine {
    pub at: super::Moment,
    pub text: String,
}

#[derive(Template)]
#[template(path = "agent_ticket.html")]
struct TicketTemplate<'a> {
    ctx: &'a PageCtx,
    ticket: &'a Ticket,
    created: super::Moment,
    lines: Vec<FieldLine>,
    comments: Vec<CommentView>,
    statuses: Vec<Choice>,
    priorities: Vec<Choice>,
    assignees: Vec<Choice>,
    reply_statuses: Vec<Choice>,
    audit: Vec<AuditLine>,
    reply_error: Vec<String>,
    review: Option<super::fields::Review>,
    reply_value: String,
    files: Vec<super::attachments::FileView>,
    upload_action: String,
    can_reply: bool,
    /// A Sportello debug id quoted in the ticket, linked to its metadata.
    debug_id: Option<String>,
    sealed_keys: Vec<(String, String, bool)>,
    may_reveal: bool,
    ws: super::workspace::WsPanel,
    /// A macro filled into the composer for review: its title and the
    /// reference the send form carries back (for its tags).
    draft_title: String,
    draft_ref: String,
    /// The composer is on "internal note" (kept across a refused send).
    internal_checked: bool,
    /// The status the composer's one send button submits as.
    submit_status: String,
    /// The incident fields the agent may correct (empty for tickets not
    /// filed through the form), and what a refused correction found.
    fix_fields: Vec<super::fields::FieldView>,
    fix_summary: Vec<super::fields::SummaryItem>,
}

/// A refused correction of the incident fields: the values as sent (shown
/// redacted) and what was wrong with them.
pub struct FieldsRefusal {
    raw: domain::form::RawFields,
    errors: Vec<domain::form::FieldError>,
    findings: Vec<app::screening::FieldFinding>,
}

/// The sidebar's editable incident fields: the kept values, or the ones a
/// refused correction sent, with its errors.
fn fix_views(
    ctx: &PageCtx,
    ticket: &Ticket,
    refusal: Option<&FieldsRefusal>,
) -> (
    Vec<super::fields::FieldView>,
    Vec<super::fields::SummaryItem>,
) {
    let spec = domain::form::incident();
    if ticket.form != spec.key {
        return (vec![], vec![]);
    }
    let kept = app::submission::kept_raw(&ticket.fields);
    let (raw, errors, findings) = match refusal {
        Some(r) => (&r.raw, r.errors.as_slice(), r.findings.as_slice()),
        None => (&kept, &[][..], &[][..]),
    };
    let (views, summary) = super::fields::views(
        ctx,
        &spec,
        raw,
        errors,
        findings,
        crate::error::Reader::Staff,
    );
    let views = views
        .into_iter()
        .filter(|v| app::submission::correctable(&spec, &v.key))
        .collect();
    let summary = summary
        .into_iter()
        .map(|mut item| {
            item.target = format!("fix-{}", item.target);
            item
        })
        .collect();
    (views, summary)
}

fn audit_lines(ctx: &PageCtx, events: &[AuditEvent], staff: &[User]) -> Vec<AuditLine> {
    let name = |id: Option<i64>| {
        id.and_then(|id| staff.iter().find(|u| u.id == id).map(|u| u.name.clone()))
            .unwrap_or_else(|| ctx.t("agent.audit.requester"))
    };
    events
        .iter()
        .map(|e| {
            let what = match e.action.as_str() {
                "updated" => {
                    let changes: Vec<String> = e
                        .detail
                        .as_object()
                        .map(|m| {
                            m.keys()
                                .map(|k| ctx.t(&format!("agent.audit.changed.{k}")))
                                .collect()
                        })
                        .unwrap_or_default();
                    format!("{} {}", ctx.t("agent.audit.updated"), changes.join(", "))
                }
                "fields_changed" => {
                    let keys: Vec<String> = e.detail["fields"]
                        .as_array()
                        .map(|keys| {
                            keys.iter()
                                .filter_map(|k| k.as_str())
                                .map(|k| ctx.t(&format!("field.{k}")))
                                .collect()
                        })
                        .unwrap_or_default();
                    format!(
                        "{} {}",
                        ctx.t("agent.audit.fields_changed"),
                        keys.join(", ")
                    )
                }
                "sealed_revealed" | "debug_token_revealed" | "attachment_added" => {
                    let detail = e.detail["key"]
                        .as_str()
                        .map(|k| ctx.t(&format!("field.{k}")))
                        .or_else(|| e.detail["debug_id"].as_str().map(str::to_owned))
                        .unwrap_or_default();
                    format!("{} {detail}", ctx.t(&format!("seal.audit.{}", e.action)))
                        .trim_end()
                        .to_owned()
                }
                other => ctx.t(&format!("agent.audit.{other}")),
            };
            AuditLine {
                at: ctx.time(e.at),
                text: format!("{} — {what}", name(e.actor_id)),
            }
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn ticket_page(
    state: &AppState,
    ctx: &PageCtx,
    ticket: &Ticket,
    refusal: Refusal,
    reply_value: String,
    status: StatusCode,
    draft: Option<MacroDraft>,
    internal_checked: bool,
    fields_refusal: Option<FieldsRefusal>,
) -> Response {
    let (fix_fields, fix_summary) = fix_views(ctx, ticket, fields_refusal.as_ref());
    let loaded = async {
        let comments = state.desk.store.comments(ticket.id, true).await?;
        let sealed = state.desk.store.sealed_fields(ticket.id).await?;
        let staff = state.desk.store.staff().await?;
        let audit = state.desk.store.audit_log(ticket.id).await?;
        let ws = super::workspace::panel(state, ctx, ticket).await?;
        Ok::<_, ApiError>((comments, sealed, staff, audit, ws))
    }
    .await;
    let (comments, sealed, staff, audit, ws) = match loaded {
        Ok(v) => v,
        Err(e) => return ErrorPage::new(ctx.locale(), e).into_response(),
    };
    // What the one send button submits as: the macro's status, else the
    // status the ticket is in (a new ticket is opened by an answer).
    let submit_as = draft
        .as_ref()
        .and_then(|d| d.set_status)
        .unwrap_or(match ticket.status {
            Status::New => Status::Open,
            s => s,
        });
    let status_choices = |selected: Status| -> Vec<Choice> {
        Status::ALL
            .iter()
            .map(|s| Choice {
                value: s.as_str().into(),
                label: ctx.label("status", s.as_str()),
                selected: *s == selected,
            })
            .collect()
    };
    let (reply_value, draft_title, draft_ref) = match draft {
        Some(d) if reply_value.is_empty() => (d.body, d.title, d.reference.param()),
        _ => (reply_value, String::new(), String::new()),
    };
    let assignee_id = ticket.assignee.as_ref().map(|a| a.id);
    let mut assignees = vec![Choice {
        value: String::new(),
        label: ctx.t("agent.unassigned"),
        selected: assignee_id.is_none(),
    }];
    assignees.extend(staff.iter().map(|u| Choice {
        value: u.id.to_string(),
        label: u.name.clone(),
        selected: Some(u.id) == assignee_id,
    }));
    let page = TicketTemplate {
        ctx,
        ticket,
        created: ctx.time(ticket.created_at),
        lines: field_lines(ctx, ticket),
        comments: comment_views(ctx, &comments),
        statuses: status_choices(ticket.status),
        priorities: Priority::ALL
            .iter()
            .map(|p| Choice {
                value: p.as_str().into(),
                label: ctx.t(&format!("priority.{}", p.as_str())),
                selected: *p == ticket.priority,
            })
            .collect(),
        assignees,
        reply_statuses: status_choices(submit_as),
        audit: audit_lines(ctx, &audit, &staff),
        reply_error: refusal.errors,
        review: refusal.review,
        reply_value,
        files: match &ctx.user {
            Some(u) => super::attachments::load_views(state, ctx, u, ticket.id).await,
            None => vec![],
        },
        upload_action: format!("/agent/tickets/{}/attachments", ticket.id),
        can_reply: true,
        debug_id: ticket
            .fields
            .get("debug_id")
            .and_then(|v| v.as_str())
            .filter(|v| domain::form::is_debug_id(v))
            .map(str::to_owned),
        sealed_keys: sealed
            .iter()
            .map(|s| {
                (
                    s.key.clone(),
                    ctx.t(&format!("field.{}", s.key)),
                    s.destroyed_at.is_none(),
                )
            })
            .collect(),
        may_reveal: match &ctx.user {
            Some(u) => app::debug_ids::may_reveal(&state.desk, u).await,
            None => false,
        },
        ws,
        draft_title,
        draft_ref,
        internal_checked,
        submit_status: ctx.label("status", submit_as.as_str()),
        fix_fields,
        fix_summary,
    };
    render(status, &page)
}

async fn load(state: &AppState, ctx: &PageCtx, user: &User, id: &str) -> Result<Ticket, Response> {
    // Staff only, and another's or a missing ticket alike: `for_staff`.
    let not_found = || ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response();
    let id = id.parse::<i64>().map_err(|_| not_found())?;
    app::tickets::for_staff(&state.desk, user, id)
        .await
        .map_err(|e| ErrorPage::new(ctx.locale(), e.into()).into_response())
}

#[derive(Debug, Deserialize)]
pub struct TicketQuery {
    #[serde(rename = "macro")]
    macro_ref: Option<String>,
}

pub async fn ticket(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<String>,
    Query(q): Query<TicketQuery>,
) -> Response {
    let ticket = match load(&state, &ctx, &user, &id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    // `?macro=…`: the composer opens with the macro filled in; nothing is
    // sent until the agent sends it.
    let draft = match q.macro_ref.as_deref().map(MacroRef::parse) {
        None => None,
        Some(None) => {
            let e = ApiError::InvalidValue("macro".into());
            return ErrorPage::new(ctx.locale(), e).into_response();
        }
        Some(Some(which)) => match ws::macro_draft(&state.desk, &ws::Words, &user, &ticket, &which)
            .await
            .map_err(ApiError::from)
        {
            Ok(d) => Some(d),
            Err(e) => return ErrorPage::new(ctx.locale(), e).into_response(),
        },
    };
    ticket_page(
        &state,
        &ctx,
        &ticket,
        Refusal::none(),
        String::new(),
        StatusCode::OK,
        draft,
        false,
        None,
    )
    .await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<String>,
    form: CsrfForm,
) -> Response {
    let ticket = match load(&state, &ctx, &user, &id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let bad = |name: &str| {
        ErrorPage::new(ctx.locale(), ApiError::InvalidValue(name.into())).into_response()
    };
    let status = match form.get("status").map(str::parse::<Status>).transpose() {
        Ok(s) => s,
        Err(_) => return bad("status"),
    };
    let priority = match form.get("priority").map(str::parse::<Priority>).transpose() {
        Ok(p) => p,
        Err(_) => return bad("priority"),
    };
    let assignee_id = match form.get("assignee_id") {
        None => None,
        Some("") => Some(None),
        Some(v) => match v.parse::<i64>() {
            Ok(id) => Some(Some(id)),
            Err(_) => return bad("assignee_id"),
        },
    };
    let problem_id = match form
        .get("problem_id")
        .map(|v| v.trim().trim_start_matches('#'))
    {
        None => None,
        Some("") => Some(None),
        Some(v) => match v.parse::<i64>() {
            Ok(p) => Some(Some(p)),
            Err(_) => return bad("problem_id"),
        },
    };
    let spec = domain::form::incident();
    let changes: Option<domain::form::RawFields> = form.get("incident_fields").map(|_| {
        super::fields::raw_from_form(&spec, &form.0)
            .into_iter()
            .filter(|(k, _)| app::submission::correctable(&spec, k))
            .collect()
    });
    let save = app::tickets::Save {
        fields: changes.clone().map(|c| (c, vec![])),
        patch: TicketPatch {
            status,
            priority,
            assignee_id,
        },
        tags: form.get("tags").map(str::to_owned),
        problem: problem_id,
    };
    match app::tickets::save(&state.desk, &user, ticket.id, save).await {
        Ok(_) => Redirect::to(&format!("/agent/tickets/{}", ticket.id)).into_response(),
        Err(app::tickets::SaveError::Fields(app::AppError::Unprocessable { fields, findings })) => {
            // Shown back redacted, like a refused request.
            let mut raw = app::submission::kept_raw(&ticket.fields);
            raw.extend(changes.unwrap_or_default());
            app::screening::redact_submission(&spec, &mut raw);
            let refusal = FieldsRefusal {
                raw,
                errors: fields,
                findings,
            };
            ticket_page(
                &state,
                &ctx,
                &ticket,
                Refusal::none(),
                String::new(),
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                false,
                Some(refusal),
            )
            .await
        }
        Err(e) => ErrorPage::new(ctx.locale(), app::AppError::from(e).into()).into_response(),
    }
}

pub async fn comment(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<String>,
    form: CsrfForm,
) -> Response {
    let ticket = match load(&state, &ctx, &user, &id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let body = form.get("body").unwrap_or_default();
    let visibility = CommentVisibility::from_public(form.get("visibility") != Some("internal"));
    let new_status = form
        .get("status")
        .filter(|s| !s.is_empty())
        .and_then(|s| s.parse::<Status>().ok())
        // Submitting as the status the ticket is in changes nothing (a new
        // ticket stays new only when the agent says so).
        .filter(|s| *s != ticket.status || *s == Status::New);
    let redact = form.get("redact").is_some();
    match app::tickets::reply(
        &state.desk,
        &user,
        &ticket,
        body,
        visibility,
        new_status,
        redact,
    )
    .await
    .map_err(ApiError::from)
    {
        Ok(_) => {
            // Sent from a macro's draft: its tags go on now.
            if let Some(which) = form.get("macro").and_then(MacroRef::parse) {
                let tagged =
                    match ws::macro_draft(&state.desk, &ws::Words, &user, &ticket, &which).await {
                        Ok(d) => ws::add_macro_tags(&state.desk, &user, &ticket, &d.add_tags).await,
                        Err(e) => Err(e),
                    };
                if let Err(e) = tagged {
                    return ErrorPage::new(ctx.locale(), e.into()).into_response();
                }
            }
            Redirect::to(&format!("/agent/tickets/{}#conversation", ticket.id)).into_response()
        }
        Err(e) => {
            let shown = app::screening::redact_text(body);
            ticket_page(
                &state,
                &ctx,
                &ticket,
                Refusal::of(&ctx, &e, "reply", "agent.message"),
                shown,
                e.status(),
                None,
                visibility == CommentVisibility::Internal,
                None,
            )
            .await
        }
    }
}
