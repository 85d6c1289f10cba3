//! The requester's side: file a request, list and read one's own (and one's
//! shared organization's), and reply.

use super::views;
use super::{query_pairs, query_parse};
use crate::AppState;
use crate::auth::ApiUser;
use crate::common::requester_scope;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::submit::{self, SubmitError};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use domain::CommentVisibility;
use domain::form::{FieldError, FieldErrorCode, RawFields, RawValue};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use store::TicketFilter;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateRequest {
    #[serde(default)]
    form: Option<String>,
    #[serde(default)]
    subject: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    fields: BTreeMap<String, Value>,
    #[serde(default)]
    redact: bool,
}

/// JSON values to raw form values; values of the wrong type are reported.
fn raw_fields(body: CreateRequest) -> (RawFields, Vec<FieldError>) {
    let mut raw = RawFields::new();
    let mut errors = Vec::new();
    for (key, value) in body.fields {
        let converted = match value {
            _ if key == "subject" || key == "description" => {
                errors.push(FieldError {
                    field: domain::form::UNKNOWN_FIELD_PLACE.to_owned(),
                    code: FieldErrorCode::UnknownField,
                });
                continue;
            }
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
    for (key, value) in [("subject", body.subject), ("description", body.description)] {
        if let Some(v) = value {
            raw.insert(key.to_owned(), RawValue::Text(v));
        }
    }
    (raw, errors)
}

pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    JsonBody(body): JsonBody<CreateRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    if body.form.as_deref().is_some_and(|f| f != "incident") {
        return Err(ApiError::InvalidValue("form".into()));
    }
    let submit_key = match headers.get("idempotency-key").and_then(|v| v.to_str().ok()) {
        Some(raw) => app::keys::idempotency(raw)?,
        None => None,
    };
    let redact = body.redact;
    let (raw, wire_errors) = raw_fields(body);
    match submit::submit_request(&state, &user, raw, redact, submit_key, wire_errors).await {
        Ok(submit::Submitted { ticket, sealed }) => Ok((
            StatusCode::CREATED,
            Json(views::ticket(&ticket, &sealed, false)),
        )),
        Err(SubmitError::Refused(e)) => Err(e),
        Err(SubmitError::Duplicate(_)) => Err(ApiError::Conflict("duplicate_submission")),
    }
}

pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    raw: RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = query_pairs(&raw)?;
    let mut filter = TicketFilter::new(requester_scope(&user));
    if let Some(status) = query_parse(&q, "status")? {
        filter.statuses = vec![status];
    }
    filter.before_id = query_parse(&q, "before")?;
    filter.limit = query_parse(&q, "limit")?.unwrap_or(50i64).clamp(1, 100);
    let tickets = state.store.list_tickets(&filter).await?;
    let next = (tickets.len() as i64 == filter.limit)
        .then(|| tickets.last().map(|t| t.id))
        .flatten();
    let items: Vec<Value> = tickets
        .iter()
        .map(|t| views::ticket_summary(t, false))
        .collect();
    Ok(Json(json!({ "requests": items, "next_before": next })))
}

pub async fn show(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let ticket = submit::visible_ticket(&state, &user, id).await?;
    let sealed = state.store.sealed_fields(id).await?;
    let comments = state.store.comments(id, false).await?;
    let mut v = views::ticket(&ticket, &sealed, false);
    v["comments"] = comments.iter().map(views::comment).collect();
    Ok(Json(v))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommentBody {
    body: String,
    #[serde(default)]
    redact: bool,
}

pub async fn comment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<CommentBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    let ticket = submit::visible_ticket(&state, &user, id).await?;
    // Requesters' comments are always public, whoever they are.
    let c = submit::add_comment(
        &state,
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
