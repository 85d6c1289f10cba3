//! The agent workspace over JSON: views, search, bulk changes, tags,
//! problems, macros, incidents, the dashboard; requesters' unread replies.

use super::views;
use super::{query_get, query_pairs};
use crate::AppState;
use crate::auth::{ApiUser, StaffUser};
use crate::common::requester_scope;
use crate::common::workspace::{
    BulkBody, MacroBody, apply_bulk, dashboard_data, find, new_macro, tags_of,
};
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::i18n::Tr;
use crate::workspace::{self as ws, MacroRef, View};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use domain::sla::Timer;
use serde::Deserialize;
use serde_json::{Value, json};
use store::ViewRow;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/views", get(view_counts))
        .route("/views/{key}", get(view))
        .route("/search", get(search))
        .route("/tickets/bulk", post(bulk))
        .route("/tickets/{id}/workspace", get(ticket_workspace))
        .route("/tickets/{id}/tags", axum::routing::patch(tags))
        .route("/tickets/{id}/problem", put(link_problem))
        .route("/tickets/{id}/solve-problem", post(solve_problem))
        .route("/tickets/{id}/macros/{key}", post(apply_macro))
        .route("/macros", get(macros).post(create_macro))
        .route("/macros/{id}", delete(delete_macro))
        .route("/incidents", get(incidents))
        .route("/dashboard", get(dashboard))
        .route("/notifications", get(notifications))
        .route("/notifications/read", post(mark_read))
}

fn ts(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

fn timer_json(due: Option<OffsetDateTime>, timer: Option<Timer>) -> Value {
    match (due, timer) {
        (Some(due), Some(t)) => {
            let mut v = json!({ "due_at": ts(due), "state": t.key() });
            match t {
                Timer::Running(s) => v["remaining_secs"] = json!(s),
                Timer::Breached(s) => v["overdue_secs"] = json!(s),
                _ => {}
            }
            v
        }
        _ => Value::Null,
    }
}

pub fn row_json(r: &ViewRow, now: OffsetDateTime) -> Value {
    let mut v = views::ticket_summary(&r.ticket, true);
    let (first, resolution) = ws::timers(&r.meta, now);
    v["product"] = json!(r.meta.product);
    v["tags"] = json!(r.meta.tags);
    v["problem_id"] = json!(r.meta.problem_id);
    v["linked_count"] = json!(r.meta.linked_count);
    v["sla"] = json!({
        "first_reply": timer_json(r.meta.first_reply_due_at, first),
        "resolution": timer_json(r.meta.resolution_due_at, resolution),
    });
    v
}

async fn view_counts(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
) -> Result<Json<Value>, ApiError> {
    let now = state.clock.now();
    let mut out = Vec::new();
    for v in View::ALL {
        let count = state
            .store
            .count_view(&v.query(user.id, now), ws::VIEW_COUNT_CAP)
            .await?;
        out.push(json!({ "key": v.key(), "count": count.n, "count_capped": count.capped }));
    }
    Ok(Json(json!({ "views": out })))
}

async fn view(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(key): Path<String>,
    raw: RawQuery,
) -> Result<Json<Value>, ApiError> {
    let view = View::parse(&key).ok_or(ApiError::NotFound)?;
    let pairs = query_pairs(&raw)?;
    let now = state.clock.now();
    let mut q = view.query(user.id, now);
    ws::apply_filters(&mut q, |k| query_get(&pairs, k).map(str::to_owned), user.id)?;
    let rows = state.store.view(&q).await?;
    let mut counted = q.clone();
    counted.after = None;
    let count = state.store.count_view(&counted, ws::VIEW_COUNT_CAP).await?;
    let next = (rows.len() as i64 == q.limit)
        .then(|| rows.last().map(|r| q.sort.cursor(r).encode()))
        .flatten();
    Ok(Json(json!({
        "view": view.key(),
        "count": count.n,
        "count_capped": count.capped,
        "tickets": rows.iter().map(|r| row_json(r, now)).collect::<Vec<_>>(),
        "next_cursor": next,
    })))
}

async fn search(
    State(state): State<AppState>,
    _staff: StaffUser,
    raw: RawQuery,
) -> Result<Json<Value>, ApiError> {
    let pairs = query_pairs(&raw)?;
    let q = query_get(&pairs, "q").unwrap_or_default();
    let (exact, rows) = find(&state, q, 50).await?;
    let now = state.clock.now();
    Ok(Json(json!({
        "match": if exact { "identifier" } else { "text" },
        "tickets": rows.iter().map(|r| row_json(r, now)).collect::<Vec<_>>(),
    })))
}

async fn bulk(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<BulkBody>,
) -> Result<Json<Value>, ApiError> {
    let n = apply_bulk(&state, &user, &body).await?;
    Ok(Json(json!({ "updated": n })))
}

fn ticket_id(id: &str) -> Result<i64, ApiError> {
    id.parse().map_err(|_| ApiError::NotFound)
}

async fn ticket_workspace(
    State(state): State<AppState>,
    _staff: StaffUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = ticket_id(&id)?;
    let ticket = state.store.ticket(id).await?.ok_or(ApiError::NotFound)?;
    let meta = state
        .store
        .ticket_meta(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let now = state.clock.now();
    let (first, resolution) = ws::timers(&meta, now);
    let incident = ws::incident_around(&state, &ticket, &meta).await?;
    let client_id = ticket.fields.get("client_id").and_then(|v| v.as_str());
    let (by_requester, by_client) = state
        .store
        .related(id, ticket.requester.id, client_id, 10)
        .await?;
    let linked = state.store.linked_tickets(id).await?;
    let summaries = |ts: &[store::Ticket]| -> Vec<Value> {
        ts.iter().map(|t| views::ticket_summary(t, true)).collect()
    };
    Ok(Json(json!({
        "id": id,
        "product": meta.product,
        "tags": meta.tags,
        "error_signature": meta.error_signature,
        "possible_incident": incident.map(|n| json!({ "tickets_in_window": n })),
        "problem_id": meta.problem_id,
        "linked_tickets": summaries(&linked),
        "sla": {
            "first_reply": timer_json(meta.first_reply_due_at, first),
            "resolution": timer_json(meta.resolution_due_at, resolution),
        },
        "requester_tickets": summaries(&by_requester),
        "same_client_id": summaries(&by_client),
    })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TagsBody {
    #[serde(default)]
    add: Vec<String>,
    #[serde(default)]
    remove: Vec<String>,
}

async fn tags(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<TagsBody>,
) -> Result<Json<Value>, ApiError> {
    let id = ticket_id(&id)?;
    let tags = state
        .store
        .change_tags(
            id,
            &tags_of(&body.add)?,
            &tags_of(&body.remove)?,
            user.id,
            state.clock.now(),
        )
        .await?;
    Ok(Json(json!({ "tags": tags })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProblemBody {
    problem_id: Option<i64>,
}

async fn link_problem(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ProblemBody>,
) -> Result<Json<Value>, ApiError> {
    let id = ticket_id(&id)?;
    state
        .store
        .link_problem(id, body.problem_id, user.id, state.clock.now())
        .await?;
    Ok(Json(json!({ "id": id, "problem_id": body.problem_id })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SolveBody {
    body: String,
}

async fn solve_problem(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<SolveBody>,
) -> Result<Json<Value>, ApiError> {
    let id = ticket_id(&id)?;
    let problem = state.store.ticket(id).await?.ok_or(ApiError::NotFound)?;
    let solved = ws::solve_problem(&state, &user, &problem, &body.body).await?;
    Ok(Json(json!({ "solved": solved })))
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ApplyBody {
    #[serde(default)]
    public: Option<bool>,
}

async fn apply_macro(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path((id, key)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let body: ApplyBody = if body.iter().all(u8::is_ascii_whitespace) {
        ApplyBody::default()
    } else {
        serde_json::from_slice(&body).map_err(|_| ApiError::MalformedJson)?
    };
    let id = ticket_id(&id)?;
    let which = MacroRef::parse(&key).ok_or(ApiError::NotFound)?;
    let ticket = state.store.ticket(id).await?.ok_or(ApiError::NotFound)?;
    let public = body.public.unwrap_or(true);
    let c = ws::apply_macro(&state, &user, &ticket, &which, public).await?;
    Ok((StatusCode::CREATED, Json(views::comment(&c))))
}

async fn macros(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
) -> Result<Json<Value>, ApiError> {
    let mut all = vec![
        json!({ "id": "ask_missing", "builtin": true, "macro": ws::ask_missing(&Tr(user.locale)) }),
    ];
    for m in state.store.macros().await? {
        all.push(json!({ "id": m.id, "builtin": false, "macro": m }));
    }
    Ok(Json(json!({ "macros": all })))
}

async fn create_macro(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<MacroBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let m = state
        .store
        .create_macro(new_macro(body, user.id)?, state.clock.now())
        .await?;
    Ok((StatusCode::CREATED, Json(json!(m))))
}

async fn delete_macro(
    State(state): State<AppState>,
    _staff: StaffUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.store.delete_macro(ticket_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn incidents(
    State(state): State<AppState>,
    _staff: StaffUser,
) -> Result<Json<Value>, ApiError> {
    let clusters = ws::active_incidents(&state).await?;
    Ok(Json(json!({ "incidents": clusters })))
}

async fn dashboard(
    State(state): State<AppState>,
    _staff: StaffUser,
) -> Result<Json<Value>, ApiError> {
    let d = dashboard_data(&state).await?;
    Ok(Json(json!(d)))
}

async fn notifications(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Value>, ApiError> {
    let unread = state.store.unread(user.id, &requester_scope(&user)).await?;
    Ok(Json(json!({ "count": unread.len(), "unread": unread })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadBody {
    ticket_id: i64,
}

async fn mark_read(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    JsonBody(body): JsonBody<ReadBody>,
) -> Result<StatusCode, ApiError> {
    crate::submit::visible_ticket(&state, &user, body.ticket_id).await?;
    state.store.mark_read(user.id, body.ticket_id).await?;
    Ok(StatusCode::NO_CONTENT)
}
