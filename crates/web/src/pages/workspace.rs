//! Workspace pages: the views (filters, sort, keyset pages, bulk changes),
//! the workspace panel of the agent ticket page, macros, the dashboard
//! with server-rendered SVG charts, and requesters' unread replies.

use super::PagePath;
use super::requests::Row;
use super::{ErrorPage, PageCtx, render, safe_next, url_encode};
use crate::AppState;
use crate::auth::{Authenticated, PageUser};
use crate::common::requester_scope;
use crate::common::workspace::BulkBody;
use crate::error::ApiError;
use crate::extract::CsrfForm;
use crate::workspace::{self as ws, MacroRef, View};
use askama::Template;
use axum::extract::{Query, Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::sla::{Timer, short_duration};
use domain::{Priority, Status};
use std::collections::BTreeMap;
use store::{Ticket, User, ViewRow, ViewSort};
use time::OffsetDateTime;

pub const TZ_COOKIE: &str = "sportello_tz";

/// Requesters' count of tickets with unseen replies, for the header badge.
#[derive(Debug, Clone, Copy)]
pub struct UnreadCount(pub i64);

/// The server clock's "now" for this request, so pages say "3 minutes ago"
/// by the same clock that stamped the times.
#[derive(Debug, Clone, Copy)]
pub struct PageNow(pub OffsetDateTime);

pub async fn unread_badge(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    req.extensions_mut().insert(PageNow(state.desk.clock.now()));
    let path = req.uri().path();
    let page =
        req.method() == Method::GET && !path.starts_with("/api/") && !path.starts_with("/assets/");
    if page
        && let Some(user) = req
            .extensions()
            .get::<Authenticated>()
            .map(|a| a.user.clone())
        && !user.role.is_staff()
        && let Ok(unread) = state
            .desk
            .store
            .unread(user.id, &requester_scope(&user))
            .await
    {
        req.extensions_mut()
            .insert(UnreadCount(unread.len() as i64));
    }
    next.run(req).await
}

fn staff_only(ctx: &PageCtx, user: &User) -> Result<(), Response> {
    if user.role.is_staff() {
        Ok(())
    } else {
        Err(ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response())
    }
}

fn err(ctx: &PageCtx, e: impl Into<ApiError>) -> Response {
    ErrorPage::new(ctx.locale(), e.into()).into_response()
}

pub struct ViewTab {
    pub key: &'static str,
    pub label: String,
    pub count: String,
    pub current: bool,
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct QRow {
    pub id: i64,
    pub subject: String,
    pub client_id: String,
    pub requester: String,
    pub assignee: String,
    pub status: Status,
    pub priority: String,
    pub updated: super::Moment,
    pub sla: String,
    pub sla_class: &'static str,
    pub tags: Vec<String>,
}

fn timer_text(ctx: &PageCtx, t: Option<Timer>) -> (String, &'static str) {
    match t {
        None => (String::new(), ""),
        Some(Timer::Running(s)) => (
            ctx.t("ws.sla.left").replace("{d}", &short_duration(s)),
            "sla-running",
        ),
        Some(Timer::Breached(s)) => (
            ctx.t("ws.sla.overdue").replace("{d}", &short_duration(s)),
            "sla-breached",
        ),
        Some(Timer::Met) => (ctx.t("ws.sla.met"), "sla-met"),
        Some(Timer::MetLate) => (ctx.t("ws.sla.met_late"), "sla-breached"),
    }
}

fn qrow(ctx: &PageCtx, r: &ViewRow, now: OffsetDateTime) -> QRow {
    let base = Row::from(ctx, &r.ticket);
    let (first, resolution) = ws::timers(&r.meta, now);
    // The timer that matters next: the first reply until it is given.
    let shown = match first {
        Some(Timer::Running(_) | Timer::Breached(_)) => first,
        _ => resolution,
    };
    let (sla, sla_class) = timer_text(ctx, shown);
    QRow {
        id: base.id,
        subject: base.subject,
        client_id: base.client_id,
        requester: base.requester,
        assignee: base.assignee,
        status: base.status,
        priority: ctx.t(&format!("priority.{}", r.ticket.priority.as_str())),
        updated: base.updated,
        sla,
        sla_class,
        tags: r.meta.tags.clone(),
    }
}

pub struct IncidentBanner {
    /// "4 tickets about the Payments API in the last 30 minutes report:".
    pub text: String,
    /// The error as a requester wrote it.
    pub error: String,
    pub href: String,
}

/// The clustering window in words ("30 minutes").
fn window_words(ctx: &PageCtx, state: &AppState) -> String {
    let secs = state.settings.workspace.cluster.window_secs;
    if secs % 3600 == 0 {
        ctx.tr.plural("time.hours", secs / 3600)
    } else {
        ctx.tr.plural("time.minutes", (secs / 60).max(1))
    }
}

async fn incident_banner(state: &AppState, ctx: &PageCtx, c: &store::Cluster) -> IncidentBanner {
    IncidentBanner {
        text: ctx
            .tr
            .plural("ws.incident.queue", c.count)
            .replace(
                "{product}",
                &ctx.t(&format!("option.product.{}", c.product)),
            )
            .replace("{window}", &window_words(ctx, state)),
        error: ws::cluster_error(&state.desk, c).await,
        href: format!(
            "/agent?view=all&product={}&signature={}",
            url_encode(&c.product),
            url_encode(&c.signature)
        ),
    }
}

#[derive(Template)]
#[template(path = "agent_queue.html")]
struct QueueTemplate<'a> {
    ctx: &'a PageCtx,
    tabs: Vec<ViewTab>,
    rows: Vec<QRow>,
    q: String,
    heading: String,
    view: &'static str,
    products: Vec<Choice>,
    priorities: Vec<Choice>,
    assignees: Vec<Choice>,
    sorts: Vec<Choice>,
    tag: String,
    client_id: String,
    count: String,
    next_href: Option<String>,
    incidents: Vec<IncidentBanner>,
    back: String,
    bulk_statuses: Vec<Choice>,
    bulk_assignees: Vec<Choice>,
    filtered: bool,
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    Query(params): Query<BTreeMap<String, String>>,
) -> Response {
    if let Err(r) = staff_only(&ctx, &user) {
        return r;
    }
    let get = |k: &str| {
        params
            .get(k)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let now = state.desk.clock.now();
    let current = get("view")
        .and_then(|v| View::parse(&v))
        .unwrap_or(View::New);
    // A search shows its results, not a view: no tab is the current page.
    let searching = get("q").is_some_and(|q| !q.is_empty());
    let mut tabs = Vec::new();
    for v in View::ALL {
        let count = match state
            .desk
            .store
            .count_view(&v.query(user.id, now), ws::VIEW_COUNT_CAP)
            .await
        {
            Ok(c) => ws::count_label(c),
            Err(e) => return err(&ctx, e),
        };
        tabs.push(ViewTab {
            key: v.key(),
            label: ctx.t(&format!("ws.view.{}", v.key())),
            count,
            current: !searching && v == current,
        });
    }
    let incidents = match ws::active_incidents(&state.desk).await {
        Ok(clusters) => {
            let mut banners = Vec::new();
            for c in &clusters {
                banners.push(incident_banner(&state, &ctx, c).await);
            }
            banners
        }
        Err(e) => return err(&ctx, e),
    };
    let q = get("q").unwrap_or_default();
    let mut query = current.query(user.id, now);
    if let Err(e) = ws::apply_filters(&mut query, get, user.id) {
        return err(&ctx, e);
    }
    let (rows, heading, count) = if q.is_empty() {
        let rows = match state.desk.store.view(&query).await {
            Ok(r) => r,
            Err(e) => return err(&ctx, e),
        };
        let mut counted = query.clone();
        counted.after = None;
        let count = match state
            .desk
            .store
            .count_view(&counted, ws::VIEW_COUNT_CAP)
            .await
        {
            Ok(c) => ws::count_label(c),
            Err(e) => return err(&ctx, e),
        };
        (rows, ctx.t(&format!("ws.view.{}", current.key())), count)
    } else {
        match ws::find(&state.desk, &q, 100).await {
            Ok((_, rows)) => {
                let n = rows.len().to_string();
                (rows, ctx.t("agent.search_results"), n)
            }
            Err(e) => return err(&ctx, e),
        }
    };
    let next_href = (q.is_empty() && rows.len() as i64 == query.limit)
        .then(|| rows.last().map(|r| query.sort.cursor(r).encode()))
        .flatten()
        .map(|cursor| {
            let mut pairs: Vec<(String, String)> = params
                .iter()
                .filter(|(k, v)| *k != "cursor" && !v.is_empty())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            pairs.push(("cursor".into(), cursor));
            format!(
                "/agent?{}",
                serde_urlencoded::to_string(&pairs).unwrap_or_default()
            )
        });
    let staff = state.desk.store.staff().await.unwrap_or_default();
    let choice = |value: &str, label: String, cur: Option<&str>| Choice {
        value: value.to_owned(),
        label,
        selected: cur == Some(value),
    };
    let any = ctx.t("ws.filter.any");
    let product = get("product");
    let mut products = vec![choice("", any.clone(), Some(""))];
    for p in ["payments", "data", "other"] {
        products.push(choice(
            p,
            ctx.t(&format!("option.product.{p}")),
            product.as_deref(),
        ));
    }
    let priority = get("priority");
    let mut priorities = vec![choice("", any.clone(), Some(""))];
    for p in Priority::ALL {
        priorities.push(choice(
            p.as_str(),
            ctx.t(&format!("priority.{}", p.as_str())),
            priority.as_deref(),
        ));
    }
    let assignee = get("assignee");
    let mut assignees = vec![
        choice("", any, Some("")),
        choice("me", ctx.t("ws.filter.me"), assignee.as_deref()),
        choice("none", ctx.t("agent.unassigned"), assignee.as_deref()),
    ];
    for u in &staff {
        assignees.push(choice(
            &u.id.to_string(),
            u.name.clone(),
            assignee.as_deref(),
        ));
    }
    // The view's own order unless another was chosen (the breaching view
    // starts with the longest overdue).
    let sorts = ViewSort::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: ctx.t(&format!("ws.sort.{}", s.as_str())),
            selected: query.sort == *s,
        })
        .collect();
    let mut bulk_statuses = vec![choice("", ctx.t("agent.keep_status"), Some(""))];
    for s in Status::ALL {
        bulk_statuses.push(choice(s.as_str(), ctx.label("status", s.as_str()), None));
    }
    let mut bulk_assignees = vec![
        choice("", ctx.t("ws.bulk.keep_assignee"), Some("")),
        choice("none", ctx.t("agent.unassigned"), None),
    ];
    for u in &staff {
        bulk_assignees.push(choice(&u.id.to_string(), u.name.clone(), None));
    }
    let filtered = [
        "product",
        "priority",
        "assignee",
        "tag",
        "client_id",
        "signature",
    ]
    .iter()
    .any(|k| get(k).is_some());
    let back = match serde_urlencoded::to_string(&params) {
        Ok(s) if !s.is_empty() => format!("/agent?{s}"),
        _ => "/agent".to_owned(),
    };
    let page = QueueTemplate {
        ctx: &ctx,
        tabs,
        rows: rows.iter().map(|r| qrow(&ctx, r, now)).collect(),
        q,
        heading,
        view: current.key(),
        products,
        priorities,
        assignees,
        sorts,
        tag: get("tag").unwrap_or_default(),
        client_id: get("client_id").unwrap_or_default(),
        count,
        next_href,
        incidents,
        back,
        bulk_statuses,
        bulk_assignees,
        filtered,
    };
    render(StatusCode::OK, &page)
}

pub async fn bulk(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff_only(&ctx, &user) {
        return r;
    }
    let bad = |k: &str| err(&ctx, ApiError::InvalidValue(k.into()));
    let mut body = BulkBody::default();
    for (k, v) in &form.0 {
        if k == "ids" {
            match v.parse() {
                Ok(id) => body.ids.push(id),
                Err(_) => return bad("ids"),
            }
        }
    }
    let val = |k: &str| form.get(k).map(str::trim).filter(|v| !v.is_empty());
    if let Some(s) = val("status") {
        match s.parse() {
            Ok(s) => body.status = Some(s),
            Err(_) => return bad("status"),
        }
    }
    match val("assignee_id") {
        None => {}
        Some("none") => body.assignee_id = Some(None),
        Some(v) => match v.parse() {
            Ok(id) => body.assignee_id = Some(Some(id)),
            Err(_) => return bad("assignee_id"),
        },
    }
    if let Some(t) = val("add_tags") {
        body.add_tags = t
            .split([',', ' '])
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
    }
    if let Some(p) = val("problem_id") {
        match p.trim_start_matches('#').parse() {
            Ok(p) => body.problem_id = Some(p),
            Err(_) => return bad("problem_id"),
        }
    }
    match ws::apply_bulk(&state.desk, &user, &(&body).into()).await {
        Ok(_) => Redirect::to(&safe_next(form.get("back"))).into_response(),
        Err(e) => err(&ctx, e),
    }
}

pub struct IdLine {
    pub label: String,
    pub value: String,
    pub log_href: Option<String>,
    pub pivot_href: String,
}

pub struct TimerView {
    pub label: String,
    pub text: String,
    pub class: &'static str,
    pub due: super::Moment,
}

pub struct Related {
    pub id: i64,
    pub subject: String,
    pub status: Status,
}

fn related(ts: &[Ticket]) -> Vec<Related> {
    ts.iter()
        .map(|t| Related {
            id: t.id,
            subject: t.subject.clone(),
            status: t.status,
        })
        .collect()
}

/// The workspace part of the agent ticket page.
pub struct WsPanel {
    pub timers: Vec<TimerView>,
    pub occurred: Option<super::Moment>,
    pub identifiers: Vec<IdLine>,
    pub tags: Vec<String>,
    pub incident: Option<IncidentBanner>,
    pub problem_id: Option<i64>,
    pub linked: Vec<Related>,
    pub requester_tickets: Vec<Related>,
    pub same_client: Vec<Related>,
    pub macros: Vec<Choice>,
}

pub async fn panel(state: &AppState, ctx: &PageCtx, ticket: &Ticket) -> Result<WsPanel, ApiError> {
    let meta = state
        .desk
        .store
        .ticket_meta(ticket.id)
        .await?
        .unwrap_or_default();
    let now = state.desk.clock.now();
    let (first, resolution) = ws::timers(&meta, now);
    let mut timers = Vec::new();
    for (key, t, due) in [
        ("ws.sla.first_reply", first, meta.first_reply_due_at),
        ("ws.sla.resolution", resolution, meta.resolution_due_at),
    ] {
        if let (Some(t), Some(due)) = (t, due) {
            let (text, class) = timer_text(ctx, Some(t));
            timers.push(TimerView {
                label: ctx.t(key),
                text,
                class,
                due: ctx.exact_time(due),
            });
        }
    }
    let occurred = ticket
        .fields
        .get("occurred_at")
        .and_then(|v| v.as_str())
        .and_then(|s| {
            OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
        });
    let identifiers = domain::form::incident()
        .fields
        .iter()
        .filter(|f| f.identifier)
        .filter_map(|f| {
            let value = ticket.fields.get(f.key)?.as_str()?.to_owned();
            Some(IdLine {
                label: ctx.t(&format!("field.{}", f.key)),
                log_href: ws::log_link(state, f.key, &value),
                pivot_href: format!("/agent?q={}", url_encode(&value)),
                value,
            })
        })
        .collect();
    let incident = ws::incident_around(&state.desk, ticket, &meta)
        .await?
        .map(|n| {
            let product = meta.product.as_deref().unwrap_or_default();
            let href = format!(
                "/agent?view=all&product={}&signature={}",
                url_encode(product),
                url_encode(meta.error_signature.as_deref().unwrap_or_default())
            );
            let error = ws::error_words(
                Some(ticket),
                meta.error_signature.as_deref().unwrap_or_default(),
            );
            IncidentBanner {
                text: ctx
                    .tr
                    .plural("ws.incident.ticket", n as i64)
                    .replace("{product}", &ctx.t(&format!("option.product.{product}")))
                    .replace("{window}", &window_words(ctx, state)),
                error,
                href,
            }
        });
    let client_id = ticket.fields.get("client_id").and_then(|v| v.as_str());
    let (by_requester, by_client) = state
        .desk
        .store
        .related(ticket.id, ticket.requester.id, client_id, 10)
        .await?;
    let linked = state.desk.store.linked_tickets(ticket.id).await?;
    let mut macros = vec![Choice {
        value: "ask_missing".into(),
        label: ctx.t("ws.macro.ask_missing.title"),
        selected: true,
    }];
    macros.extend(
        state
            .desk
            .store
            .macros()
            .await?
            .into_iter()
            .map(|m| Choice {
                value: m.id.to_string(),
                label: m.title,
                selected: false,
            }),
    );
    Ok(WsPanel {
        timers,
        occurred: occurred.map(|t| ctx.time(t)),
        identifiers,
        tags: meta.tags,
        incident,
        problem_id: meta.problem_id,
        linked: related(&linked),
        requester_tickets: related(&by_requester),
        same_client: related(&by_client),
        macros,
    })
}

async fn load(state: &AppState, ctx: &PageCtx, user: &User, id: &str) -> Result<Ticket, Response> {
    // Staff only, and another's or a missing ticket alike: `for_staff`.
    let id = id
        .parse::<i64>()
        .map_err(|_| err(ctx, ApiError::NotFound))?;
    app::tickets::for_staff(&state.desk, user, id)
        .await
        .map_err(|e| err(ctx, e))
}

fn back_to(id: i64) -> Response {
    Redirect::to(&format!("/agent/tickets/{id}")).into_response()
}

pub async fn tags(
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
    let add = domain::macros::parse_tags(form.get("add").unwrap_or_default());
    let remove = domain::macros::parse_tags(form.get("remove").unwrap_or_default());
    match ws::change_tags(&state.desk, &user, ticket.id, &add, &remove).await {
        Ok(_) => back_to(ticket.id),
        Err(e) => err(&ctx, e),
    }
}

pub async fn problem(
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
    let problem_id = match form
        .get("problem_id")
        .map(|v| v.trim().trim_start_matches('#'))
    {
        None | Some("") => None,
        Some(v) => match v.parse::<i64>() {
            Ok(p) => Some(p),
            Err(_) => return err(&ctx, ApiError::InvalidValue("problem_id".into())),
        },
    };
    match ws::link_problem(&state.desk, &user, ticket.id, problem_id).await {
        Ok(()) => back_to(ticket.id),
        Err(e) => err(&ctx, e),
    }
}

pub async fn solve_problem(
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
    match ws::solve_problem(
        &state.desk,
        &user,
        &ticket,
        form.get("body").unwrap_or_default(),
    )
    .await
    {
        Ok(_) => back_to(ticket.id),
        Err(e) => err(&ctx, e),
    }
}

pub async fn apply_macro(
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
    let Some(which) = form.get("macro").and_then(MacroRef::parse) else {
        return err(&ctx, ApiError::InvalidValue("macro".into()));
    };
    // Nothing is sent here: the composer opens with the macro filled in,
    // for the agent to read, change and send.
    Redirect::to(&format!(
        "/agent/tickets/{}?macro={}#reply",
        ticket.id,
        which.param()
    ))
    .into_response()
}

#[derive(Template)]
#[template(path = "agent_macros.html")]
struct MacrosTemplate<'a> {
    ctx: &'a PageCtx,
    macros: Vec<store::Macro>,
    builtin: store::Macro,
    statuses: Vec<Choice>,
}

pub async fn macros_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
) -> Response {
    if let Err(r) = staff_only(&ctx, &user) {
        return r;
    }
    let macros = match state.desk.store.macros().await {
        Ok(m) => m,
        Err(e) => return err(&ctx, e),
    };
    let mut statuses = vec![Choice {
        value: String::new(),
        label: ctx.t("agent.keep_status"),
        selected: true,
    }];
    statuses.extend(Status::ALL.iter().map(|s| Choice {
        value: s.as_str().into(),
        label: ctx.label("status", s.as_str()),
        selected: false,
    }));
    let builtin = ws::ask_missing(&ws::Words, ctx.tr.0);
    render(
        StatusCode::OK,
        &MacrosTemplate {
            ctx: &ctx,
            macros,
            builtin,
            statuses,
        },
    )
}

pub async fn create_macro(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    if let Err(r) = staff_only(&ctx, &user) {
        return r;
    }
    let status = match form
        .get("status")
        .filter(|s| !s.is_empty())
        .map(str::parse::<Status>)
        .transpose()
    {
        Ok(s) => s,
        Err(_) => return err(&ctx, ApiError::InvalidValue("status".into())),
    };
    let input = ws::MacroInput {
        title: form.get("title").unwrap_or_default().to_owned(),
        body: form.get("body").unwrap_or_default().to_owned(),
        status,
        tags: domain::macros::parse_tags(form.get("tags").unwrap_or_default()),
    };
    match ws::create_macro(&state.desk, &user, input).await {
        Ok(_) => Redirect::to("/agent/macros").into_response(),
        Err(e) => err(&ctx, e),
    }
}

pub async fn delete_macro(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(id): PagePath<String>,
    _form: CsrfForm,
) -> Response {
    if let Err(r) = staff_only(&ctx, &user) {
        return r;
    }
    let Ok(id) = id.parse::<i64>() else {
        return err(&ctx, ApiError::NotFound);
    };
    match ws::delete_macro(&state.desk, &user, id).await {
        Ok(()) => Redirect::to("/agent/macros").into_response(),
        Err(e) => err(&ctx, e),
    }
}

// ---- Dashboard -------------------------------------------------------------

pub struct Rect {
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
    pub class: String,
    pub title: String,
}

pub struct Label {
    pub x: i64,
    pub y: i64,
    pub text: String,
    pub anchor: &'static str,
}

/// One SVG chart, laid out here so the template only draws. It is drawn
/// at its own size (never scaled down, so labels stay at 13 px); a narrow
/// screen scrolls it sideways inside its figure.
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub width: i64,
    pub height: i64,
    pub rects: Vec<Rect>,
    pub labels: Vec<Label>,
    pub empty: bool,
    /// What each colour means on this chart.
    pub legend: Vec<(String, String)>,
}

const CHART_W: i64 = 520;

/// Horizontal bars: one row per (label, value, colour class), the label
/// written above its bar so long labels are never cut.
fn hbars(
    id: &'static str,
    title: String,
    rows: &[(String, i64, &str)],
    legend: Vec<(String, String)>,
) -> Chart {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let (row_h, bar_h, bar_max) = (44, 16, CHART_W - 60);
    let mut rects = Vec::new();
    let mut labels = Vec::new();
    for (i, (label, v, class)) in rows.iter().enumerate() {
        let y = i as i64 * row_h;
        let w = (v * bar_max / max).max(if *v > 0 { 2 } else { 0 });
        let short: String = if label.chars().count() > 70 {
            format!("{}…", label.chars().take(69).collect::<String>())
        } else {
            label.clone()
        };
        labels.push(Label {
            x: 0,
            y: y + 15,
            text: short,
            anchor: "start",
        });
        rects.push(Rect {
            x: 0,
            y: y + 21,
            w,
            h: bar_h,
            class: (*class).to_owned(),
            title: format!("{label}: {v}"),
        });
        labels.push(Label {
            x: w + 6,
            y: y + 34,
            text: v.to_string(),
            anchor: "start",
        });
    }
    Chart {
        id,
        title,
        width: CHART_W,
        height: rows.len() as i64 * row_h + 4,
        rects,
        labels,
        empty: rows.iter().all(|r| r.1 == 0),
        legend,
    }
}

fn day_label(locale: domain::Locale, day: i64) -> String {
    OffsetDateTime::from_unix_timestamp(day)
        .map(|d| super::day_month(locale, d))
        .unwrap_or_default()
}

/// Vertical bars per day, stacked by series (name, colour class, values).
fn day_bars(
    locale: domain::Locale,
    id: &'static str,
    title: String,
    days: &[i64],
    series: &[(String, String, Vec<i64>)],
) -> Chart {
    let totals: Vec<i64> = (0..days.len())
        .map(|i| series.iter().map(|s| s.2[i]).sum())
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1);
    let (plot_h, top, left) = (160, 12, 36);
    let col_w = (CHART_W - left) / days.len().max(1) as i64;
    let mut rects = Vec::new();
    let mut labels = Vec::new();
    for (i, day) in days.iter().enumerate() {
        let x = left + i as i64 * col_w;
        let mut y = top + plot_h;
        for (name, class, values) in series {
            let v = values[i];
            if v == 0 {
                continue;
            }
            let h = (v * plot_h / max).max(1);
            y -= h;
            rects.push(Rect {
                x: x + 2,
                y,
                w: col_w - 4,
                h,
                class: class.clone(),
                title: format!("{} — {name}: {v}", day_label(locale, *day)),
            });
        }
        // Every third day is labelled, the last one always.
        if (days.len() - 1 - i).is_multiple_of(3) {
            labels.push(Label {
                x: x + col_w / 2,
                y: top + plot_h + 18,
                text: day_label(locale, *day),
                anchor: "middle",
            });
        }
    }
    labels.push(Label {
        x: left - 6,
        y: top + 10,
        text: max.to_string(),
        anchor: "end",
    });
    labels.push(Label {
        x: left - 6,
        y: top + plot_h,
        text: "0".into(),
        anchor: "end",
    });
    Chart {
        id,
        title,
        width: CHART_W,
        height: top + plot_h + 26,
        rects,
        labels,
        empty: totals.iter().all(|t| *t == 0),
        legend: series.iter().map(|s| (s.0.clone(), s.1.clone())).collect(),
    }
}

#[derive(Template)]
#[template(path = "agent_dashboard.html")]
struct DashboardTemplate<'a> {
    ctx: &'a PageCtx,
    charts: Vec<Chart>,
}

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
) -> Response {
    if let Err(r) = staff_only(&ctx, &user) {
        return r;
    }
    let d = match ws::dashboard_data(&state.desk).await {
        Ok(d) => d,
        Err(e) => return err(&ctx, e),
    };
    let locale = ctx.locale();
    let now = state.desk.clock.now();
    let today = now.unix_timestamp() / 86_400 * 86_400;
    let days: Vec<i64> = (0..ws::DASHBOARD_DAYS)
        .rev()
        .map(|i| today - i * 86_400)
        .collect();
    // Product colours only where the chart is about products.
    let products = ["payments", "data", "other"];
    let series: Vec<(String, String, Vec<i64>)> = products
        .iter()
        .map(|p| {
            let values = days
                .iter()
                .map(|day| {
                    d.created_per_day
                        .iter()
                        .filter(|(dd, pp, _)| {
                            dd == day
                                && (pp == p || (*p == "other" && !products.contains(&pp.as_str())))
                        })
                        .map(|r| r.2)
                        .sum()
                })
                .collect();
            (
                ctx.t(&format!("option.product.{p}")),
                format!("bar-{p}"),
                values,
            )
        })
        .collect();
    let breaches: Vec<i64> = days
        .iter()
        .map(|day| {
            d.breaches_per_day
                .iter()
                .filter(|(dd, _)| dd == day)
                .map(|r| r.1)
                .sum()
        })
        .collect();
    // Colours that mean something: quick is green, slow amber, late red.
    let fr_rows = [
        ("ws.dash.fr.under_1h", "bar-good"),
        ("ws.dash.fr.1_4h", "bar-good"),
        ("ws.dash.fr.4_8h", "bar-warn"),
        ("ws.dash.fr.8_24h", "bar-warn"),
        ("ws.dash.fr.over_24h", "bar-bad"),
    ];
    let mut fr: Vec<(String, i64, &str)> = fr_rows
        .iter()
        .zip(d.first_reply_buckets.iter().skip(1))
        .map(|((k, class), v)| (ctx.t(k), *v, *class))
        .collect();
    fr.push((
        ctx.t("ws.dash.waiting"),
        d.first_reply_buckets.last().copied().unwrap_or(0),
        "bar-waiting",
    ));
    let bl_rows = [
        ("ws.dash.bl.under_1d", "bar-good"),
        ("ws.dash.bl.1_3d", "bar-good"),
        ("ws.dash.bl.3_7d", "bar-warn"),
        ("ws.dash.bl.7_30d", "bar-warn"),
        ("ws.dash.bl.over_30d", "bar-bad"),
    ];
    let backlog: Vec<(String, i64, &str)> = bl_rows
        .iter()
        .zip(d.backlog_buckets.iter().skip(1))
        .map(|((k, class), v)| (ctx.t(k), *v, *class))
        .collect();
    // Each error as its latest requester wrote it, like the incident banner.
    let words = ws::top_error_words(&state.desk, &d.top_errors).await;
    let errors: Vec<(String, i64, &str)> = d
        .top_errors
        .iter()
        .zip(words)
        .map(|((p, _, n), words)| {
            (
                format!("{}: {words}", ctx.t(&format!("option.product.{p}"))),
                *n,
                "bar-neutral",
            )
        })
        .collect();
    let legend = |items: &[(&str, &str)]| -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, c)| (ctx.t(k), (*c).to_owned()))
            .collect()
    };
    let charts = vec![
        day_bars(locale, "per-day", ctx.t("ws.dash.per_day"), &days, &series),
        hbars(
            "first-reply",
            ctx.t("ws.dash.first_reply"),
            &fr,
            legend(&[
                ("ws.dash.legend.quick", "bar-good"),
                ("ws.dash.legend.slow", "bar-warn"),
                ("ws.dash.legend.late", "bar-bad"),
                ("ws.dash.waiting", "bar-waiting"),
            ]),
        ),
        day_bars(
            locale,
            "breaches",
            ctx.t("ws.dash.breaches"),
            &days,
            &[(ctx.t("ws.dash.legend.breaches"), "bar-bad".into(), breaches)],
        ),
        hbars(
            "top-errors",
            ctx.t("ws.dash.top_errors"),
            &errors,
            legend(&[("ws.dash.legend.tickets", "bar-neutral")]),
        ),
        hbars(
            "backlog",
            ctx.t("ws.dash.backlog"),
            &backlog,
            legend(&[
                ("ws.dash.legend.recent", "bar-good"),
                ("ws.dash.legend.ageing", "bar-warn"),
                ("ws.dash.legend.old", "bar-bad"),
            ]),
        ),
    ];
    render(StatusCode::OK, &DashboardTemplate { ctx: &ctx, charts })
}

// ---- Requesters' unread replies ---------------------------------------------

pub struct UnreadLine {
    pub ticket_id: i64,
    pub subject: String,
    pub count: i64,
    pub at: super::Moment,
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct NotificationsTemplate<'a> {
    ctx: &'a PageCtx,
    lines: Vec<UnreadLine>,
}

pub async fn notifications(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(locale): PagePath<String>,
) -> Response {
    if locale.parse::<domain::Locale>().is_err() {
        return err(&ctx, ApiError::NotFound);
    }
    match state
        .desk
        .store
        .unread(user.id, &requester_scope(&user))
        .await
    {
        Ok(list) => {
            let lines = list
                .into_iter()
                .map(|u| UnreadLine {
                    ticket_id: u.ticket_id,
                    subject: u.subject,
                    count: u.count,
                    at: ctx.time(u.latest_at),
                })
                .collect();
            render(StatusCode::OK, &NotificationsTemplate { ctx: &ctx, lines })
        }
        Err(e) => err(&ctx, e),
    }
}

/// Called when a requester opens a request: its replies are now seen.
pub async fn mark_seen(state: &AppState, user: &User, ticket: &store::Ticket) {
    if !user.role.is_staff()
        && let Err(e) = ws::mark_seen(&state.desk, user, ticket).await
    {
        tracing::error!(error = %e, "marking replies read");
    }
}
