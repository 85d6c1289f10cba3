//! The agents' side: every ticket, pivots on identifiers, changes, notes.

use super::views;
use super::{query_get, query_pairs, query_parse};
use crate::AppState;
use crate::auth::StaffUser;
use crate::common::{PIVOTS, normalize_identifier};
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::submit;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use domain::{CommentVisibility, Priority, Status};
use serde::{Deserialize, Deserializer};
use serde_json::{Value, json};
use store::{AssigneeFilter, Scope, TicketFilter, TicketPatch};

pub async fn list(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    raw: RawQuery,
) -> Result<Json<Value>, ApiError> {
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
    let count = state.store.count_tickets(&filter).await?;
    let tickets = state.store.list_tickets(&filter).await?;
    let next = (tickets.len() as i64 == filter.limit)
        .then(|| tickets.last().map(|t| t.id))
        .flatten();
    let items: Vec<Value> = tickets
        .iter()
        .map(|t| views::ticket_summary(t, true))
        .collect();
    Ok(Json(
        json!({ "tickets": items, "count": count, "next_before": next }),
    ))
}

pub async fn show(
    State(state): State<AppState>,
    _staff: StaffUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let ticket = state.store.ticket(id).await?.ok_or(ApiError::NotFound)?;
    let sealed = state.store.sealed_fields(id).await?;
    let comments = state.store.comments(id, true).await?;
    let audit = state.store.audit_log(id).await?;
    let mut v = views::ticket(&ticket, &sealed, true);
    v["comments"] = comments.iter().map(views::comment).collect();
    v["audit"] = serde_json::to_value(&audit).unwrap_or(Value::Null);
    Ok(Json(v))
}

/// `Some(None)` when the key is present with `null`, `None` when absent.
fn double_option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<i64>>, D::Error> {
    Option::<i64>::deserialize(d).map(Some)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatchBody {
    #[serde(default)]
    status: Option<Status>,
    #[serde(default)]
    priority: Option<Priority>,
    #[serde(default, deserialize_with = "double_option")]
    assignee_id: Option<Option<i64>>,
}

pub async fn update(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<PatchBody>,
) -> Result<Json<Value>, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let patch = TicketPatch {
        status: body.status,
        priority: body.priority,
        assignee_id: body.assignee_id,
    };
    let ticket = submit::update_ticket(&state, &user, id, &patch).await?;
    let sealed = state.store.sealed_fields(id).await?;
    Ok(Json(views::ticket(&ticket, &sealed, true)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentComment {
    body: String,
    #[serde(default = "yes")]
    public: bool,
    #[serde(default)]
    status: Option<Status>,
    #[serde(default)]
    redact: bool,
}

fn yes() -> bool {
    true
}

pub async fn comment(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<AgentComment>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let ticket = state.store.ticket(id).await?.ok_or(ApiError::NotFound)?;
    let visibility = CommentVisibility::from_public(body.public);
    let c = submit::add_comment(
        &state,
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
