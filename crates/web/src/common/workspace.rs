//! The workspace's operations both faces offer: finding tickets, bulk
//! changes, new macros, the dashboard's numbers.

use super::{PIVOTS, normalize_identifier};
use crate::AppState;
use crate::error::ApiError;
use domain::Status;
use serde::Deserialize;
use store::{DashboardData, NewMacro, TicketPatch, ViewRow};
use time::Duration;

/// Finds tickets by a pasted value: an exact identifier match first; when
/// none matches, free text over subjects, fields and comments.
pub async fn find(state: &AppState, q: &str, limit: i64) -> Result<(bool, Vec<ViewRow>), ApiError> {
    let q = q.trim();
    if q.is_empty() {
        return Ok((false, vec![]));
    }
    let exact = state
        .store
        .find_by_identifier(&normalize_identifier(q), PIVOTS, limit)
        .await?;
    if !exact.is_empty() {
        return Ok((true, exact));
    }
    Ok((false, state.store.search_text(q, limit).await?))
}

/// One change to many tickets.
#[derive(Debug, Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkBody {
    pub ids: Vec<i64>,
    #[serde(default)]
    #[schema(value_type = Option<crate::common::schema::StatusDoc>)]
    pub status: Option<Status>,
    /// An agent's id, or `null` to unassign.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<i64>)]
    pub assignee_id: Option<Option<i64>>,
    #[serde(default)]
    pub add_tags: Vec<String>,
    #[serde(default)]
    pub remove_tags: Vec<String>,
    #[serde(default)]
    pub problem_id: Option<i64>,
}

fn double_option<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<i64>>, D::Error> {
    Option::<i64>::deserialize(d).map(Some)
}

pub fn tags_of(raw: &[String]) -> Result<Vec<guard::Screened>, ApiError> {
    Ok(app::text::tags(raw)?)
}

/// Applies one change to many tickets; stops at the first failure.
pub async fn apply_bulk(
    state: &AppState,
    agent: &store::User,
    b: &BulkBody,
) -> Result<usize, ApiError> {
    if b.ids.is_empty() || b.ids.len() > 500 {
        return Err(ApiError::InvalidValue("ids".into()));
    }
    let add = tags_of(&b.add_tags)?;
    let remove = tags_of(&b.remove_tags)?;
    let patch = TicketPatch {
        status: b.status,
        priority: None,
        assignee_id: b.assignee_id,
    };
    for id in &b.ids {
        if !patch.is_empty() {
            crate::submit::update_ticket(state, agent, *id, &patch).await?;
        }
        if !add.is_empty() || !remove.is_empty() {
            state
                .store
                .change_tags(*id, &add, &remove, agent.id, state.clock.now())
                .await?;
        }
        if let Some(p) = b.problem_id {
            state
                .store
                .link_problem(*id, Some(p), agent.id, state.clock.now())
                .await?;
        }
    }
    Ok(b.ids.len())
}

/// A new macro: a reply with placeholders (`{{requester.name}}`, …), a
/// status to set and tags to add.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MacroBody {
    pub title: String,
    pub body: String,
    #[serde(default)]
    #[schema(value_type = Option<crate::common::schema::StatusDoc>)]
    pub status: Option<Status>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// Checks a macro: a title, a body the guard accepts, known placeholders.
pub fn new_macro(b: MacroBody, author: i64) -> Result<NewMacro, ApiError> {
    let title = app::text::title("title", &b.title, 120)?;
    let body = crate::submit::screen_comment(&b.body, false)?;
    let known = |p: &str| {
        matches!(
            p,
            "requester.name" | "requester.email" | "agent.name" | "missing_fields"
        ) || p.starts_with("ticket.")
    };
    if !domain::macros::placeholders(&body).iter().all(|p| known(p)) {
        return Err(ApiError::InvalidValue("body".into()));
    }
    Ok(NewMacro {
        title,
        body,
        set_status: b.status,
        add_tags: tags_of(&b.tags)?,
        created_by: author,
    })
}

pub const FIRST_REPLY_BOUNDS: [i64; 4] = [3600, 4 * 3600, 8 * 3600, 24 * 3600];

pub const BACKLOG_BOUNDS: [i64; 4] = [86_400, 3 * 86_400, 7 * 86_400, 30 * 86_400];

pub const DASHBOARD_DAYS: i64 = 14;

pub async fn dashboard_data(state: &AppState) -> Result<DashboardData, ApiError> {
    let now = state.clock.now();
    let since = (now - Duration::days(DASHBOARD_DAYS - 1)).replace_time(time::Time::MIDNIGHT);
    Ok(state
        .store
        .dashboard(since, now, &FIRST_REPLY_BOUNDS, &BACKLOG_BOUNDS)
        .await?)
}
