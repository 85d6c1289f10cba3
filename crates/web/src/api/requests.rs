//! The requester's side: file a request, list and read one's own (and one's
//! shared organization's), and reply.

use super::docs::{self, FieldValue, StatusDoc};
use super::views::{self, CommentView, RequestList, TicketView};
use super::{query_pairs, query_parse};
use crate::AppState;
use crate::auth::ApiUser;
use crate::common::requester_scope;
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use app::filing::{self, SubmitError};
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use domain::CommentVisibility;
use domain::form::{FieldError, FieldErrorCode, RawFields, RawValue};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use store::TicketFilter;
use utoipa::ToSchema;

/// A new request: the form's fields, screened before anything is kept.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateRequest {
    /// The form (`incident`, the default).
    #[serde(default)]
    form: Option<String>,
    #[serde(default)]
    subject: Option<String>,
    #[serde(default)]
    description: Option<String>,
    /// The form's other fields by key (see `GET /forms/incident`).
    #[serde(default)]
    #[schema(value_type = BTreeMap<String, FieldValue>)]
    fields: BTreeMap<String, Value>,
    /// Replace what the guard finds with `[REDACTED:kind]` instead of
    /// refusing the request.
    #[serde(default)]
    redact: bool,
}

/// JSON values to raw form values; values of the wrong type are reported.
fn raw_fields(body: CreateRequest) -> (RawFields, Vec<FieldError>) {
    let (mut raw, errors) = json_fields(body.fields, false);
    for (key, value) in [("subject", body.subject), ("description", body.description)] {
        if let Some(v) = value {
            raw.insert(key.to_owned(), RawValue::Text(v));
        }
    }
    (raw, errors)
}

/// The `fields` object of a body as raw form values; values of the wrong
/// type are reported. `null` is skipped, or with `null_clears` (a
/// correction) clears the field.
pub(crate) fn json_fields(
    fields: BTreeMap<String, Value>,
    null_clears: bool,
) -> (RawFields, Vec<FieldError>) {
    let mut raw = RawFields::new();
    let mut errors = Vec::new();
    for (key, value) in fields {
        let converted = match value {
            _ if key == "subject" || key == "description" => {
                errors.push(FieldError {
                    field: domain::form::UNKNOWN_FIELD_PLACE.to_owned(),
                    code: FieldErrorCode::UnknownField,
                });
                continue;
            }
            Value::Null if null_clears => Some(RawValue::Text(String::new())),
            Value::Null => continue,
            Value::String(s) => Some(RawValue::Text(s)),
            Value::Bool(b) => Some(RawValue::Bool(b)),
            Value::Array(items) => items
                .into_iter()
                .map(|v| match v {
                    Value::String(s) => Some(s),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()
                .map(RawValue::List),
            _ => None,
        };
        match converted {
            Some(v) => {
                raw.insert(key, v);
            }
            // A key the form knows is named; any other is input.
            None => errors.push(FieldError {
                field: if domain::form::incident().field(&key).is_some() {
                    key
                } else {
                    domain::form::UNKNOWN_FIELD_PLACE.to_owned()
                },
                code: FieldErrorCode::InvalidType,
            }),
        }
    }
    (raw, errors)
}

/// `POST /api/v1/requests`
#[utoipa::path(
    post,
    path = "/requests",
    tag = "requests",
    summary = "Submit a request",
    description = "Optional `Idempotency-Key` header: the same key sends the same request once \
        (409 `duplicate_submission`). 503 `busy` with Retry-After when more submissions wait \
        to be written than the desk holds (nothing is kept; send again).",
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a repeated submit harmless")),
    request_body = CreateRequest,
    responses(
        (status = 201, description = "The new request", body = TicketView),
        docs::Always,
        docs::Auth,
        docs::E409,
        docs::JsonErrors,
        docs::E503,
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    JsonBody(body): JsonBody<CreateRequest>,
) -> Result<(StatusCode, Json<TicketView>), ApiError> {
    if body.form.as_deref().is_some_and(|f| f != "incident") {
        return Err(ApiError::InvalidValue("form".into()));
    }
    let submit_key = match headers.get("idempotency-key").and_then(|v| v.to_str().ok()) {
        Some(raw) => app::keys::idempotency(raw)?,
        None => None,
    };
    let redact = body.redact;
    let (raw, wire_errors) = raw_fields(body);
    match filing::submit(&state.desk, &user, raw, redact, submit_key, wire_errors).await {
        Ok(filing::Submitted { ticket, sealed }) => Ok((
            StatusCode::CREATED,
            Json(views::ticket(&ticket, &sealed, false)),
        )),
        Err(SubmitError::Refused(e)) => Err(e.into()),
        Err(SubmitError::Duplicate(_)) => Err(ApiError::Conflict("duplicate_submission")),
    }
}

/// `GET /api/v1/requests`
#[utoipa::path(
    get,
    path = "/requests",
    tag = "requests",
    summary = "Your requests (and your shared organization's), newest first",
    params(
        ("status" = Option<StatusDoc>, Query, description = "Only this status"),
        ("before" = Option<i64>, Query, description = "Requests older than this id (the previous page's `next_before`)"),
        ("limit" = Option<i64>, Query, description = "At most this many (1–100, default 50)"),
    ),
    responses(
        (status = 200, description = "A page of requests", body = RequestList),
        docs::Always,
        docs::Auth,
        docs::E422,
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    raw: RawQuery,
) -> Result<Json<RequestList>, ApiError> {
    let q = query_pairs(&raw)?;
    let mut filter = TicketFilter::new(requester_scope(&user));
    if let Some(status) = query_parse(&q, "status")? {
        filter.statuses = vec![status];
    }
    filter.before_id = query_parse(&q, "before")?;
    filter.limit = query_parse(&q, "limit")?.unwrap_or(50i64).clamp(1, 100);
    let tickets = state.desk.store.list_tickets(&filter).await?;
    let next = (tickets.len() as i64 == filter.limit)
        .then(|| tickets.last().map(|t| t.id))
        .flatten();
    let requests = tickets
        .iter()
        .map(|t| views::ticket_summary(t, false))
        .collect();
    Ok(Json(RequestList {
        requests,
        next_before: next,
    }))
}

/// `GET /api/v1/requests/{id}`
#[utoipa::path(
    get,
    path = "/requests/{id}",
    tag = "requests",
    summary = "One request with its public conversation",
    params(("id" = i64, Path, description = "The request's number")),
    responses(
        (status = 200, description = "The request, with `comments`", body = TicketView),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn show(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<TicketView>, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let ticket = app::tickets::visible(&state.desk, &user, id).await?;
    let sealed = state.desk.store.sealed_fields(id).await?;
    let comments = state.desk.store.comments(id, false).await?;
    let mut v = views::ticket(&ticket, &sealed, false);
    v.comments = Some(comments.iter().map(views::comment).collect());
    Ok(Json(v))
}

/// A reply to one's own request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentBody {
    body: String,
    /// Redact what the guard finds instead of refusing the reply.
    #[serde(default)]
    redact: bool,
}

/// `POST /api/v1/requests/{id}/comments`
#[utoipa::path(
    post,
    path = "/requests/{id}/comments",
    tag = "requests",
    summary = "Reply to a request",
    params(("id" = i64, Path, description = "The request's number")),
    request_body = CommentBody,
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
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<String>,
    JsonBody(body): JsonBody<CommentBody>,
) -> Result<(StatusCode, Json<CommentView>), ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let ticket = app::tickets::visible(&state.desk, &user, id).await?;
    // Requesters' comments are always public, whoever they are.
    let c = app::tickets::reply(
        &state.desk,
        &user,
        &ticket,
        &body.body,
        CommentVisibility::Public,
        None,
        body.redact,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(views::comment(&c))))
}
