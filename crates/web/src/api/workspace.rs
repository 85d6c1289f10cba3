//! The agent workspace over JSON: views, search, bulk changes, tags,
//! problems, macros, incidents, the dashboard; requesters' unread replies.

use super::docs::{self, StatusDoc};
use super::views::{self, CommentView, TicketSummary, ts};
use super::{query_get, query_pairs};
use crate::AppState;
use crate::auth::{ApiUser, StaffUser};
use crate::common::requester_scope;
use crate::common::workspace::{BulkBody, MacroBody};
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use crate::workspace::{self as ws, MacroRef, View};
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use domain::Status;
use domain::sla::Timer;
use serde::{Deserialize, Serialize};
use store::ViewRow;
use time::OffsetDateTime;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    ArrayBuilder, ArrayItems, KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type,
};
use utoipa::{PartialSchema, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(view_counts))
        .routes(routes!(view))
        .routes(routes!(search))
        .routes(routes!(bulk))
        .routes(routes!(ticket_workspace))
        .routes(routes!(tags))
        .routes(routes!(link_problem))
        .routes(routes!(solve_problem))
        .routes(routes!(apply_macro))
        .routes(routes!(macros, create_macro))
        .routes(routes!(delete_macro))
        .routes(routes!(incidents))
        .routes(routes!(dashboard))
        .routes(routes!(notifications))
        .routes(routes!(mark_read))
}

/// An SLA clock.
#[derive(Debug, Serialize, ToSchema)]
pub struct TimerView {
    #[schema(format = DateTime)]
    pub due_at: String,
    /// `running`, `breached`, `met` or `met_late`.
    #[schema(pattern = "^(running|breached|met|met_late)$")]
    pub state: &'static str,
    /// While running.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining_secs: Option<i64>,
    /// While breached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overdue_secs: Option<i64>,
}

fn timer_view(due: Option<OffsetDateTime>, timer: Option<Timer>) -> Option<TimerView> {
    match (due, timer) {
        (Some(due), Some(t)) => Some(TimerView {
            due_at: ts(due),
            state: t.key(),
            remaining_secs: match t {
                Timer::Running(s) => Some(s),
                _ => None,
            },
            overdue_secs: match t {
                Timer::Breached(s) => Some(s),
                _ => None,
            },
        }),
        _ => None,
    }
}

/// A ticket's SLA clocks (`null` where there is no target).
#[derive(Debug, Serialize, ToSchema)]
pub struct SlaView {
    pub first_reply: Option<TimerView>,
    pub resolution: Option<TimerView>,
}

/// A ticket in a workspace list: its summary and workspace facts.
#[derive(Debug, Serialize, ToSchema)]
pub struct RowView {
    #[serde(flatten)]
    pub ticket: TicketSummary,
    pub product: Option<String>,
    pub tags: Vec<String>,
    pub problem_id: Option<i64>,
    /// Tickets linked to this one as their problem.
    pub linked_count: i64,
    pub sla: SlaView,
}

pub fn row_view(r: &ViewRow, now: OffsetDateTime) -> RowView {
    let (first, resolution) = ws::timers(&r.meta, now);
    RowView {
        ticket: views::ticket_summary(&r.ticket, true),
        product: r.meta.product.clone(),
        tags: r.meta.tags.clone(),
        problem_id: r.meta.problem_id,
        linked_count: r.meta.linked_count,
        sla: SlaView {
            first_reply: timer_view(r.meta.first_reply_due_at, first),
            resolution: timer_view(r.meta.resolution_due_at, resolution),
        },
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ViewCount {
    pub key: &'static str,
    pub count: i64,
    /// True when counting stopped at `count` (1000): there are more.
    pub count_capped: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ViewCounts {
    pub views: Vec<ViewCount>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ViewPage {
    pub view: &'static str,
    /// Tickets in the view with these filters, on every page.
    pub count: i64,
    /// True when counting stopped at `count` (1000): there are more.
    pub count_capped: bool,
    pub tickets: Vec<RowView>,
    /// Pass as `cursor` for the next page; `null` on the last one.
    pub next_cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHits {
    /// `identifier` when the query was an identifier matched exactly,
    /// else `text`.
    #[serde(rename = "match")]
    #[schema(pattern = "^(identifier|text)$")]
    pub matched: &'static str,
    pub tickets: Vec<RowView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BulkResult {
    /// Tickets changed.
    pub updated: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PossibleIncident {
    /// Tickets with the same error in the clustering window.
    pub tickets_in_window: usize,
}

/// What the workspace shows beside a ticket.
#[derive(Debug, Serialize, ToSchema)]
pub struct TicketWorkspace {
    pub id: i64,
    pub product: Option<String>,
    pub tags: Vec<String>,
    pub error_signature: Option<String>,
    pub possible_incident: Option<PossibleIncident>,
    pub problem_id: Option<i64>,
    pub linked_tickets: Vec<TicketSummary>,
    pub sla: SlaView,
    /// The requester's other tickets.
    pub requester_tickets: Vec<TicketSummary>,
    /// Other tickets naming the same client id.
    pub same_client_id: Vec<TicketSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TagsView {
    pub tags: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemLink {
    pub id: i64,
    pub problem_id: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Solved {
    /// The tickets solved.
    pub solved: Vec<i64>,
}

/// A macro as stored.
#[derive(Debug, Serialize, ToSchema)]
pub struct MacroView {
    /// 0 for the built-in one.
    pub id: i64,
    pub title: String,
    pub body: String,
    #[schema(value_type = Option<StatusDoc>)]
    pub set_status: Option<Status>,
    pub add_tags: Vec<String>,
}

impl From<&store::Macro> for MacroView {
    fn from(m: &store::Macro) -> Self {
        MacroView {
            id: m.id,
            title: m.title.clone(),
            body: m.body.clone(),
            set_status: m.set_status,
            add_tags: m.add_tags.clone(),
        }
    }
}

/// How a macro is named in `/tickets/{id}/macros/{key}`: the built-in
/// one's name, or a stored one's id.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum MacroKey {
    Builtin(&'static str),
    Stored(i64),
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MacroEntry {
    pub id: MacroKey,
    pub builtin: bool,
    #[serde(rename = "macro")]
    pub definition: MacroView,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MacroList {
    pub macros: Vec<MacroEntry>,
}

/// Tickets with the same product and error signature created recently.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClusterView {
    pub product: String,
    pub signature: String,
    pub count: i64,
    pub latest_ticket_id: i64,
    #[schema(format = DateTime)]
    pub first_at: String,
    #[schema(format = DateTime)]
    pub last_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Incidents {
    pub incidents: Vec<ClusterView>,
}

/// The dashboard's numbers over its period. Its rows are JSON arrays (a
/// day, a product, a count); their schemas are written out below, as
/// utoipa describes a `Vec` of tuples with an invalid `items`.
#[derive(Debug, Serialize, ToSchema)]
pub struct DashboardView {
    /// [day (unix seconds at UTC midnight), product, tickets created].
    pub created_per_day: Vec<DayProductCount>,
    /// Tickets per first-reply-time bucket; the last counts tickets still
    /// waiting for a first reply.
    pub first_reply_buckets: Vec<i64>,
    /// [day, tickets whose first reply or resolution came late or is
    /// overdue], by the day the ticket was created.
    pub breaches_per_day: Vec<DayCount>,
    /// [product, signature, tickets], most frequent first.
    pub top_errors: Vec<ErrorCount>,
    /// Open tickets per age bucket.
    pub backlog_buckets: Vec<i64>,
}

/// `[day, product, count]`
#[derive(Debug, Serialize)]
pub struct DayProductCount(i64, String, i64);

/// `[day, count]`
#[derive(Debug, Serialize)]
pub struct DayCount(i64, i64);

/// `[product, signature, count]`
#[derive(Debug, Serialize)]
pub struct ErrorCount(String, String, i64);

fn int() -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
        .into()
}

fn text() -> Schema {
    ObjectBuilder::new().schema_type(Type::String).into()
}

/// A fixed-length JSON array of these items.
fn row(items: Vec<Schema>, description: &str) -> RefOr<Schema> {
    let n = items.len();
    ArrayBuilder::new()
        .items(ArrayItems::False)
        .prefix_items(items)
        .min_items(Some(n))
        .max_items(Some(n))
        .description(Some(description))
        .into()
}

impl PartialSchema for DayProductCount {
    fn schema() -> RefOr<Schema> {
        row(vec![int(), text(), int()], "[day, product, count]")
    }
}
impl ToSchema for DayProductCount {}

impl PartialSchema for DayCount {
    fn schema() -> RefOr<Schema> {
        row(vec![int(), int()], "[day, count]")
    }
}
impl ToSchema for DayCount {}

impl PartialSchema for ErrorCount {
    fn schema() -> RefOr<Schema> {
        row(vec![text(), text(), int()], "[product, signature, count]")
    }
}
impl ToSchema for ErrorCount {}

/// A ticket with public replies its requester has not read.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnreadView {
    pub ticket_id: i64,
    pub subject: String,
    pub count: i64,
    #[schema(format = DateTime)]
    pub latest_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Notifications {
    pub count: usize,
    pub unread: Vec<UnreadView>,
}

#[utoipa::path(
    get,
    path = "/views",
    tag = "workspace",
    summary = "Agents: the views and how many tickets each holds",
    responses(
        (status = 200, description = "Views", body = ViewCounts),
        docs::Always,
        docs::Auth,
    )
)]
async fn view_counts(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
) -> Result<Json<ViewCounts>, ApiError> {
    let now = state.desk.clock.now();
    let mut views = Vec::new();
    for v in View::ALL {
        let count = state
            .desk
            .store
            .count_view(&v.query(user.id, now), ws::VIEW_COUNT_CAP)
            .await?;
        views.push(ViewCount {
            key: v.key(),
            count: count.n,
            count_capped: count.capped,
        });
    }
    Ok(Json(ViewCounts { views }))
}

#[utoipa::path(
    get,
    path = "/views/{key}",
    tag = "workspace",
    summary = "Agents: a page of one view",
    params(
        ("key" = String, Path, description = "`new`, `open`, `pending`, `on_hold`, `solved`, `mine`, `unassigned`, `breaching` or `all`"),
        ("product" = Option<String>, Query),
        ("org" = Option<String>, Query, description = "An organization's id"),
        ("client_id" = Option<String>, Query),
        ("priority" = Option<String>, Query),
        ("assignee" = Option<String>, Query, description = "`me`, `none` or a user id"),
        ("tag" = Option<String>, Query),
        ("signature" = Option<String>, Query, description = "An error signature"),
        ("sort" = Option<String>, Query, description = "`newest`, `oldest`, `updated`, `due` or `breach`; each view has its own default (`breach`, longest overdue first, for `breaching`; `newest` for the rest)"),
        ("cursor" = Option<String>, Query, description = "The previous page's `next_cursor`"),
        ("limit" = Option<i64>, Query),
    ),
    responses(
        (status = 200, description = "A page of the view", body = ViewPage),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E422,
    )
)]
async fn view(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(key): ApiPath<String>,
    raw: RawQuery,
) -> Result<Json<ViewPage>, ApiError> {
    let view = View::parse(&key).ok_or(ApiError::NotFound)?;
    let pairs = query_pairs(&raw)?;
    let now = state.desk.clock.now();
    let mut q = view.query(user.id, now);
    ws::apply_filters(&mut q, |k| query_get(&pairs, k).map(str::to_owned), user.id)?;
    let rows = state.desk.store.view(&q).await?;
    let mut counted = q.clone();
    counted.after = None;
    let count = state
        .desk
        .store
        .count_view(&counted, ws::VIEW_COUNT_CAP)
        .await?;
    let next = (rows.len() as i64 == q.limit)
        .then(|| rows.last().map(|r| q.sort.cursor(r).encode()))
        .flatten();
    Ok(Json(ViewPage {
        view: view.key(),
        count: count.n,
        count_capped: count.capped,
        tickets: rows.iter().map(|r| row_view(r, now)).collect(),
        next_cursor: next,
    }))
}

#[utoipa::path(
    get,
    path = "/search",
    tag = "workspace",
    summary = "Agents: an identifier pivot, else free text",
    params(("q" = Option<String>, Query, description = "An identifier (client id, request id, debug id, …) or words")),
    responses(
        (status = 200, description = "Matching tickets", body = SearchHits),
        docs::Always,
        docs::Auth,
        docs::E422,
    )
)]
async fn search(
    State(state): State<AppState>,
    _staff: StaffUser,
    raw: RawQuery,
) -> Result<Json<SearchHits>, ApiError> {
    let pairs = query_pairs(&raw)?;
    let q = query_get(&pairs, "q").unwrap_or_default();
    let (exact, rows) = ws::find(&state.desk, q, 50).await?;
    let now = state.desk.clock.now();
    Ok(Json(SearchHits {
        matched: if exact { "identifier" } else { "text" },
        tickets: rows.iter().map(|r| row_view(r, now)).collect(),
    }))
}

#[utoipa::path(
    post,
    path = "/tickets/bulk",
    tag = "workspace",
    summary = "Agents: one change to many tickets (stops at the first failure)",
    request_body = BulkBody,
    responses(
        (status = 200, description = "How many changed", body = BulkResult),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
async fn bulk(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<BulkBody>,
) -> Result<Json<BulkResult>, ApiError> {
    let updated = ws::apply_bulk(&state.desk, &user, &(&body).into()).await?;
    Ok(Json(BulkResult { updated }))
}

fn ticket_id(id: &str) -> Result<i64, ApiError> {
    id.parse().map_err(|_| ApiError::NotFound)
}

#[utoipa::path(
    get,
    path = "/tickets/{id}/workspace",
    tag = "workspace",
    summary = "Agents: what the workspace shows beside a ticket",
    params(("id" = i64, Path, description = "The ticket's number")),
    responses(
        (status = 200, description = "Workspace facts", body = TicketWorkspace),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
async fn ticket_workspace(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<TicketWorkspace>, ApiError> {
    let id = ticket_id(&id)?;
    let ticket = app::tickets::visible(&state.desk, &user, id).await?;
    let meta = state
        .desk
        .store
        .ticket_meta(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let now = state.desk.clock.now();
    let (first, resolution) = ws::timers(&meta, now);
    let incident = ws::incident_around(&state.desk, &ticket, &meta).await?;
    let client_id = ticket.fields.get("client_id").and_then(|v| v.as_str());
    let (by_requester, by_client) = state
        .desk
        .store
        .related(id, ticket.requester.id, client_id, 10)
        .await?;
    let linked = state.desk.store.linked_tickets(id).await?;
    let summaries = |ts: &[store::Ticket]| -> Vec<TicketSummary> {
        ts.iter().map(|t| views::ticket_summary(t, true)).collect()
    };
    Ok(Json(TicketWorkspace {
        id,
        possible_incident: incident.map(|n| PossibleIncident {
            tickets_in_window: n,
        }),
        problem_id: meta.problem_id,
        linked_tickets: summaries(&linked),
        sla: SlaView {
            first_reply: timer_view(meta.first_reply_due_at, first),
            resolution: timer_view(meta.resolution_due_at, resolution),
        },
        requester_tickets: summaries(&by_requester),
        same_client_id: summaries(&by_client),
        product: meta.product,
        tags: meta.tags,
        error_signature: meta.error_signature,
    }))
}

/// Tags to add and to remove.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct TagsBody {
    #[serde(default)]
    add: Vec<String>,
    #[serde(default)]
    remove: Vec<String>,
}

#[utoipa::path(
    patch,
    path = "/tickets/{id}/tags",
    tag = "workspace",
    summary = "Agents: add and remove tags",
    params(("id" = i64, Path, description = "The ticket's number")),
    request_body = TagsBody,
    responses(
        (status = 200, description = "The ticket's tags", body = TagsView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::JsonErrors,
    )
)]
async fn tags(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
    JsonBody(body): JsonBody<TagsBody>,
) -> Result<Json<TagsView>, ApiError> {
    let id = ticket_id(&id)?;
    let tags = ws::change_tags(&state.desk, &user, id, &body.add, &body.remove).await?;
    Ok(Json(TagsView { tags }))
}

/// The problem ticket to link to, or `null` to unlink.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ProblemBody {
    problem_id: Option<i64>,
}

#[utoipa::path(
    put,
    path = "/tickets/{id}/problem",
    tag = "workspace",
    summary = "Agents: link a ticket to its problem ticket (or unlink it)",
    params(("id" = i64, Path, description = "The ticket's number")),
    request_body = ProblemBody,
    responses(
        (status = 200, description = "The link", body = ProblemLink),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
async fn link_problem(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
    JsonBody(body): JsonBody<ProblemBody>,
) -> Result<Json<ProblemLink>, ApiError> {
    let id = ticket_id(&id)?;
    ws::link_problem(&state.desk, &user, id, body.problem_id).await?;
    Ok(Json(ProblemLink {
        id,
        problem_id: body.problem_id,
    }))
}

/// The reply posted to every linked ticket.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct SolveBody {
    body: String,
}

#[utoipa::path(
    post,
    path = "/tickets/{id}/solve-problem",
    tag = "workspace",
    summary = "Agents: post one reply to every linked ticket and solve them all",
    params(("id" = i64, Path, description = "The problem ticket's number")),
    request_body = SolveBody,
    responses(
        (status = 200, description = "The solved tickets", body = Solved),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
async fn solve_problem(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
    JsonBody(body): JsonBody<SolveBody>,
) -> Result<Json<Solved>, ApiError> {
    let id = ticket_id(&id)?;
    let problem = app::tickets::visible(&state.desk, &user, id).await?;
    let solved = ws::solve_problem(&state.desk, &user, &problem, &body.body).await?;
    Ok(Json(Solved { solved }))
}

/// How to apply a macro (the body may be empty).
#[derive(Debug, Deserialize, Default, ToSchema)]
#[serde(deny_unknown_fields)]
struct ApplyBody {
    /// False posts the macro as an internal note (default true).
    #[serde(default)]
    public: Option<bool>,
}

#[utoipa::path(
    post,
    path = "/tickets/{id}/macros/{key}",
    tag = "workspace",
    summary = "Agents: apply a macro (or the built-in `ask_missing`)",
    params(
        ("id" = i64, Path, description = "The ticket's number"),
        ("key" = String, Path, description = "A macro's id, or `ask_missing`"),
    ),
    request_body(content = Option<ApplyBody>, description = "Optional"),
    responses(
        (status = 201, description = "The comment", body = CommentView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
async fn apply_macro(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath((id, key)): ApiPath<(String, String)>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<CommentView>), ApiError> {
    let body: ApplyBody = if body.iter().all(u8::is_ascii_whitespace) {
        ApplyBody::default()
    } else {
        serde_json::from_slice(&body).map_err(|_| ApiError::MalformedJson)?
    };
    let id = ticket_id(&id)?;
    let which = MacroRef::parse(&key).ok_or(ApiError::NotFound)?;
    let ticket = app::tickets::visible(&state.desk, &user, id).await?;
    let public = body.public.unwrap_or(true);
    let c = ws::apply_macro(&state.desk, &ws::Words, &user, &ticket, &which, public).await?;
    Ok((StatusCode::CREATED, Json(views::comment(&c))))
}

#[utoipa::path(
    get,
    path = "/macros",
    tag = "workspace",
    summary = "Agents: macros, the built-in one first",
    responses(
        (status = 200, description = "Macros", body = MacroList),
        docs::Always,
        docs::Auth,
    )
)]
async fn macros(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
) -> Result<Json<MacroList>, ApiError> {
    let mut macros = vec![MacroEntry {
        id: MacroKey::Builtin("ask_missing"),
        builtin: true,
        definition: MacroView::from(&ws::ask_missing(&ws::Words, user.locale)),
    }];
    for m in state.desk.store.macros().await? {
        macros.push(MacroEntry {
            id: MacroKey::Stored(m.id),
            builtin: false,
            definition: MacroView::from(&m),
        });
    }
    Ok(Json(MacroList { macros }))
}

#[utoipa::path(
    post,
    path = "/macros",
    tag = "workspace",
    summary = "Agents: create a macro",
    request_body = MacroBody,
    responses(
        (status = 201, description = "The macro", body = MacroView),
        docs::Always,
        docs::Auth,
        docs::JsonErrors,
    )
)]
async fn create_macro(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<MacroBody>,
) -> Result<(StatusCode, Json<MacroView>), ApiError> {
    let m = ws::create_macro(&state.desk, &user, body.into()).await?;
    Ok((StatusCode::CREATED, Json(MacroView::from(&m))))
}

#[utoipa::path(
    delete,
    path = "/macros/{id}",
    tag = "workspace",
    summary = "Agents: delete a macro",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
async fn delete_macro(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    ws::delete_macro(&state.desk, &user, ticket_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = "/incidents",
    tag = "workspace",
    summary = "Agents: possible incidents (clusters of similar errors)",
    responses(
        (status = 200, description = "Clusters", body = Incidents),
        docs::Always,
        docs::Auth,
    )
)]
async fn incidents(
    State(state): State<AppState>,
    _staff: StaffUser,
) -> Result<Json<Incidents>, ApiError> {
    let incidents = ws::active_incidents(&state.desk)
        .await?
        .iter()
        .map(|c| ClusterView {
            product: c.product.clone(),
            signature: c.signature.clone(),
            count: c.count,
            latest_ticket_id: c.latest_ticket_id,
            first_at: ts(c.first_at),
            last_at: ts(c.last_at),
        })
        .collect();
    Ok(Json(Incidents { incidents }))
}

#[utoipa::path(
    get,
    path = "/dashboard",
    tag = "workspace",
    summary = "Agents: dashboard figures",
    responses(
        (status = 200, description = "Figures", body = DashboardView),
        docs::Always,
        docs::Auth,
    )
)]
async fn dashboard(
    State(state): State<AppState>,
    _staff: StaffUser,
) -> Result<Json<DashboardView>, ApiError> {
    let d = ws::dashboard_data(&state.desk).await?;
    Ok(Json(DashboardView {
        created_per_day: d
            .created_per_day
            .into_iter()
            .map(|(day, product, n)| DayProductCount(day, product, n))
            .collect(),
        first_reply_buckets: d.first_reply_buckets,
        breaches_per_day: d
            .breaches_per_day
            .into_iter()
            .map(|(day, n)| DayCount(day, n))
            .collect(),
        top_errors: d
            .top_errors
            .into_iter()
            .map(|(product, signature, n)| ErrorCount(product, signature, n))
            .collect(),
        backlog_buckets: d.backlog_buckets,
    }))
}

#[utoipa::path(
    get,
    path = "/notifications",
    tag = "workspace",
    summary = "Requesters: unread replies",
    responses(
        (status = 200, description = "Unread replies", body = Notifications),
        docs::Always,
        docs::Auth,
    )
)]
async fn notifications(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Notifications>, ApiError> {
    let unread: Vec<UnreadView> = state
        .desk
        .store
        .unread(user.id, &requester_scope(&user))
        .await?
        .iter()
        .map(|u| UnreadView {
            ticket_id: u.ticket_id,
            subject: u.subject.clone(),
            count: u.count,
            latest_at: ts(u.latest_at),
        })
        .collect();
    Ok(Json(Notifications {
        count: unread.len(),
        unread,
    }))
}

/// The request whose replies were read.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ReadBody {
    ticket_id: i64,
}

#[utoipa::path(
    post,
    path = "/notifications/read",
    tag = "workspace",
    summary = "Requesters: mark a request's replies read",
    request_body = ReadBody,
    responses(
        (status = 204, description = "Done"),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::JsonErrors,
    )
)]
async fn mark_read(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    JsonBody(body): JsonBody<ReadBody>,
) -> Result<StatusCode, ApiError> {
    ws::mark_read(&state.desk, &user, body.ticket_id).await?;
    Ok(StatusCode::NO_CONTENT)
}
