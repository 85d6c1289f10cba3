//! The agents' side: every ticket, pivots on identifiers, changes, notes.

use super::docs::{self, FieldValue, PriorityDoc, StatusDoc};
use super::views::{self, AuditView, CommentView, TicketList, TicketView};
use super::{query_get, query_pairs, query_parse};
use crate::AppState;
use crate::auth::StaffUser;
use crate::common::{PIVOTS, normalize_identifier};
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use domain::{CommentVisibility, Priority, Status};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::collections::BTreeMap;
use store::{AssigneeFilter, Scope, TicketFilter, TicketPatch};
use utoipa::ToSchema;

/// `GET /api/v1/tickets`
#[utoipa::path(
    get,
    path = "/tickets",
    tag = "tickets",
    summary = "Agents: tickets by status, assignee, text or identifier",
    description = "At most one identifier pivot (`client_id`, `x_request_id`, `simp_id`, \
        `task_id`, `debug_id`, …) at a time; values are matched exactly.",
    params(
        ("status" = Option<String>, Query, description = "Statuses, comma-separated"),
        ("assignee" = Option<String>, Query, description = "`me`, `none` or a user id"),
        ("q" = Option<String>, Query, description = "Free text"),
        ("client_id" = Option<String>, Query),
        ("x_request_id" = Option<String>, Query),
        ("simp_id" = Option<String>, Query),
        ("task_id" = Option<String>, Query),
        ("before" = Option<i64>, Query, description = "Tickets older than this id"),
        ("limit" = Option<i64>, Query, description = "At most this many (1–200, default 50)"),
    ),
    responses(
        (status = 200, description = "A page of tickets", body = TicketList),
        docs::Always,
        docs::Auth,
        docs::E422,
    )
)]
pub async fn list(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    raw: RawQuery,
) -> Result<Json<TicketList>, ApiError> {
    let q = query_pairs(&raw)?;
    let mut filter = TicketFilter::new(Scope::All);
    if let Some(status) = query_get(&q, "status") {
        filter.statuses = status
            .split(',')
            .map(|s| {
                s.trim()
                    .parse::<Status>()
                    .map_err(|_| ApiError::InvalidValue("status".into()))
            })
            .collect::<Result<_, _>>()?;
    }
    filter.assignee = match query_get(&q, "assignee") {
        None => None,
        Some("me") => Some(AssigneeFilter::User(user.id)),
        Some("none") => Some(AssigneeFilter::Unassigned),
        Some(id) => Some(AssigneeFilter::User(
            id.parse()
                .map_err(|_| ApiError::InvalidValue("assignee".into()))?,
        )),
    };
    let pivots: Vec<(&str, &str)> = PIVOTS
        .iter()
        .filter_map(|k| query_get(&q, k).map(|v| (*k, v)))
        .collect();
    match pivots.as_slice() {
        [] => {}
        [(k, v)] => filter.identifier = Some(((*k).to_owned(), normalize_identifier(v))),
        _ => return Err(ApiError::InvalidValue("identifier".into())),
    }
    filter.text = query_get(&q, "q").map(str::to_owned);
    filter.before_id = query_parse(&q, "before")?;
    filter.limit = query_parse(&q, "limit")?.unwrap_or(50i64).clamp(1, 200);
    let count = state.desk.store.count_tickets(&filter).await?;
    let tickets = state.desk.store.list_tickets(&filter).await?;
    let next = (tickets.len() as i64 == filter.limit)
        .then(|| tickets.last().map(|t| t.id))
        .flatten();
    let tickets = tickets
        .iter()
        .map(|t| views::ticket_summary(t, true))
        .collect();
    Ok(Json(TicketList {
        tickets,
        count,
        next_before: next,
    }))
}

/// `GET /api/v1/tickets/{id}`
#[utoipa::path(
    get,
    path = "/tickets/{id}",
    tag = "tickets",
    summary = "Agents: a ticket with every comment and its audit log",
    params(("id" = i64, Path, description = "The ticket's number")),
    responses(
        (status = 200, description = "The ticket, with `comments` and `audit`", body = TicketView),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn show(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<TicketView>, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let ticket = app::tickets::for_staff(&state.desk, &user, id).await?;
    let sealed = state.desk.store.sealed_fields(id).await?;
    let comments = state.desk.store.comments(id, true).await?;
    let audit = state.desk.store.audit_log(id).await?;
    let mut v = views::ticket(&ticket, &sealed, true);
    v.comments = Some(comments.iter().map(views::comment).collect());
    v.audit = Some(audit.iter().map(AuditView::from).collect());
    Ok(Json(v))
}

/// `Some(None)` when the key is present with `null`, `None` when absent.
fn double_option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<i64>>, D::Error> {
    Option::<i64>::deserialize(d).map(Some)
}

/// A change to a ticket: only the keys sent change.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchBody {
    #[serde(default)]
    #[schema(value_type = Option<StatusDoc>)]
    status: Option<Status>,
    #[serde(default)]
    #[schema(value_type = Option<PriorityDoc>)]
    priority: Option<Priority>,
    /// An agent's id, or `null` to unassign.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<i64>)]
    assignee_id: Option<Option<i64>>,
    /// Corrections to the incident fields the requester gave, by key (see
    /// `GET /forms/incident`; not `subject`, `description` or sealed
    /// fields); `null` or `""` clears an optional one. The ticket's fields
    /// with these changes are screened and validated as at filing, and the
    /// keys that changed are named in the audit log.
    #[serde(default)]
    #[schema(value_type = Option<BTreeMap<String, FieldValue>>)]
    fields: Option<BTreeMap<String, Value>>,
}

/// `PATCH /api/v1/tickets/{id}`
#[utoipa::path(
    patch,
    path = "/tickets/{id}",
    tag = "tickets",
    summary = "Agents: change status, priority, assignee or the incident fields",
    description = "`fields` are taken in first: a correction that is refused (422, with \
        `fields` and `findings` as at filing) changes nothing.",
    params(("id" = i64, Path, description = "The ticket's number")),
    request_body = PatchBody,
    responses(
        (status = 200, description = "The ticket", body = TicketView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn update(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
    JsonBody(body): JsonBody<PatchBody>,
) -> Result<Json<TicketView>, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let save = app::tickets::Save {
        fields: body
            .fields
            .map(|fields| super::requests::json_fields(fields, true)),
        patch: TicketPatch {
            status: body.status,
            priority: body.priority,
            assignee_id: body.assignee_id,
        },
        tags: None,
        problem: None,
    };
    let ticket = app::tickets::save(&state.desk, &user, id, save)
        .await
        .map_err(app::AppError::from)?;
    let sealed = state.desk.store.sealed_fields(id).await?;
    Ok(Json(views::ticket(&ticket, &sealed, true)))
}

/// An agent's reply (public) or internal note.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgentComment {
    body: String,
    /// False for an internal note.
    #[serde(default = "yes")]
    #[schema(default = true)]
    public: bool,
    /// The status the ticket moves to with this comment.
    #[serde(default)]
    #[schema(value_type = Option<StatusDoc>)]
    status: Option<Status>,
    #[serde(default)]
    redact: bool,
}

fn yes() -> bool {
    true
}

/// `POST /api/v1/tickets/{id}/comments`
#[utoipa::path(
    post,
    path = "/tickets/{id}/comments",
    tag = "tickets",
    summary = "Agents: public reply or internal note",
    params(("id" = i64, Path, description = "The ticket's number")),
    request_body = AgentComment,
    responses(
        (status = 201, description = "The comment", body = CommentView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn comment(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
    JsonBody(body): JsonBody<AgentComment>,
) -> Result<(StatusCode, Json<CommentView>), ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let ticket = app::tickets::visible(&state.desk, &user, id).await?;
    let visibility = CommentVisibility::from_public(body.public);
    let c = app::tickets::reply(
        &state.desk,
        &user,
        &ticket,
        &body.body,
        visibility,
        body.status,
        body.redact,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(views::comment(&c))))
}
