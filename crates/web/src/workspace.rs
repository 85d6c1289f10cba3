//! The agent workspace's behaviour shared by pages and API: views, SLA due
//! times and timers, incident clustering, macros, problems and unread
//! replies. Pure rules live in `domain::{sla, clustering, macros}`.

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::Tr;
use crate::submit;
use domain::clustering;
use domain::sla::{self, Timer};
use domain::{CommentVisibility, Priority, Status};
use std::collections::BTreeMap;
use store::{AssigneeFilter, Comment, Macro, Ticket, TicketMeta, User, ViewQuery};
use time::{Duration, OffsetDateTime};

/// Past this many tickets a view's count that is not kept on write stops
/// counting and shows "1000+": counting every ticket of a busy client id
/// would cost more than the page itself.
pub const VIEW_COUNT_CAP: i64 = 1_000;

/// A view's count as people read it: `42`, or `1000+` when capped.
pub fn count_label(c: store::ViewCount) -> String {
    if c.capped {
        format!("{}+", c.n)
    } else {
        c.n.to_string()
    }
}

/// What the workspace reads from configuration.
#[derive(Debug, Clone, Default)]
pub struct WorkspaceSettings {
    pub sla: sla::Targets,
    /// Count SLA time only within these hours; None counts calendar time.
    pub business_hours: Option<sla::BusinessHours>,
    /// Log search links per identifier key; `{value}` is replaced by the
    /// (URL-encoded) value.
    pub links: BTreeMap<String, String>,
    pub cluster: clustering::Rule,
}

/// Queues agents work from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Mine,
    Unassigned,
    Breaching,
    All,
}

pub const WORKING: [Status; 4] = [Status::New, Status::Open, Status::Pending, Status::OnHold];

impl View {
    pub const ALL: [View; 9] = [
        View::New,
        View::Open,
        View::Pending,
        View::OnHold,
        View::Solved,
        View::Mine,
        View::Unassigned,
        View::Breaching,
        View::All,
    ];
    pub fn key(self) -> &'static str {
        match self {
            View::New => "new",
            View::Open => "open",
            View::Pending => "pending",
            View::OnHold => "on_hold",
            View::Solved => "solved",
            View::Mine => "mine",
            View::Unassigned => "unassigned",
            View::Breaching => "breaching",
            View::All => "all",
        }
    }
    pub fn parse(s: &str) -> Option<View> {
        Self::ALL.into_iter().find(|v| v.key() == s)
    }
    pub fn query(self, me: i64, now: OffsetDateTime) -> ViewQuery {
        let mut q = ViewQuery {
            limit: 50,
            ..ViewQuery::default()
        };
        match self {
            View::New => q.statuses = vec![Status::New],
            View::Open => q.statuses = vec![Status::Open],
            View::Pending => q.statuses = vec![Status::Pending],
            View::OnHold => q.statuses = vec![Status::OnHold],
            View::Solved => q.statuses = vec![Status::Solved],
            View::Mine => {
                q.statuses = WORKING.to_vec();
                q.assignee = Some(AssigneeFilter::User(me));
            }
            View::Unassigned => {
                q.statuses = WORKING.to_vec();
                q.assignee = Some(AssigneeFilter::Unassigned);
            }
            View::Breaching => q.breaching_at = Some(now),
            View::All => {}
        }
        q
    }
}

/// Filters common to the views page and `GET /api/v1/views/{key}`, from
/// query pairs. Unknown values are errors naming the parameter.
pub fn apply_filters(
    q: &mut ViewQuery,
    get: impl Fn(&str) -> Option<String>,
    me: i64,
) -> Result<(), ApiError> {
    let bad = |k: &str| ApiError::InvalidValue(k.to_owned());
    if let Some(p) = get("product") {
        q.product = Some(p);
    }
    if let Some(o) = get("org") {
        q.org_id = Some(o.parse().map_err(|_| bad("org"))?);
    }
    if let Some(c) = get("client_id") {
        q.client_id = Some(c.trim().to_ascii_lowercase());
    }
    if let Some(p) = get("priority") {
        q.priority = Some(p.parse().map_err(|_| bad("priority"))?);
    }
    if let Some(a) = get("assignee") {
        q.assignee = Some(match a.as_str() {
            "me" => AssigneeFilter::User(me),
            "none" => AssigneeFilter::Unassigned,
            id => AssigneeFilter::User(id.parse().map_err(|_| bad("assignee"))?),
        });
    }
    if let Some(t) = get("tag") {
        q.tag = Some(domain::macros::parse_tag(&t).ok_or_else(|| bad("tag"))?);
    }
    if let Some(s) = get("signature") {
        q.signature = Some(s);
    }
    if let Some(s) = get("sort") {
        q.sort = store::ViewSort::parse(&s).ok_or_else(|| bad("sort"))?;
    }
    if let Some(c) = get("cursor") {
        q.after = Some(store::Cursor::decode(&c).ok_or_else(|| bad("cursor"))?);
    }
    if let Some(l) = get("limit") {
        q.limit = l.parse::<i64>().map_err(|_| bad("limit"))?.clamp(1, 200);
    }
    Ok(())
}

/// The first-reply and resolution timers of a ticket, when it has due times.
pub fn timers(meta: &TicketMeta, now: OffsetDateTime) -> (Option<Timer>, Option<Timer>) {
    (
        meta.first_reply_due_at
            .map(|d| Timer::at(d, meta.first_replied_at, now)),
        meta.resolution_due_at
            .map(|d| Timer::at(d, meta.solved_at, now)),
    )
}

/// Sets due times and the clustering signature of a new ticket. Failing
/// here must not fail the submission, which is already stored.
/// The SLA due times and error signature of a ticket created now.
pub fn schedule(
    state: &AppState,
    priority: Priority,
    created_at: OffsetDateTime,
    error_message: &str,
) -> store::TicketSchedule {
    let due = sla_due(state, created_at, priority);
    store::TicketSchedule {
        first_reply_due: due.first_reply,
        resolution_due: due.resolution,
        // Derived from the screened message, and screened again itself.
        error_signature: app::tickets::error_signature(error_message),
    }
}

/// For tickets created without a schedule (demo data, benchmarks).
pub async fn after_create(state: &AppState, ticket: &Ticket) {
    let message = ticket
        .fields
        .get("error_message")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let s = schedule(state, ticket.priority, ticket.created_at, message);
    if let Err(e) = state
        .store
        .set_sla_and_signature(
            ticket.id,
            s.first_reply_due,
            s.resolution_due,
            s.error_signature.as_ref(),
        )
        .await
    {
        tracing::error!(error = %e, "setting SLA due times and error signature");
    }
}

/// A changed priority moves the due times (counted from creation).
/// The SLA due times of a ticket created at `created` with `priority`.
pub fn sla_due(state: &AppState, created: OffsetDateTime, priority: Priority) -> store::SlaDue {
    let w = &state.settings.workspace;
    let hours = w.business_hours.as_ref();
    store::SlaDue {
        first_reply: sla::due(created, w.sla.first_reply(priority), hours),
        resolution: sla::due(created, w.sla.resolution(priority), hours),
    }
}

/// How many tickets with the same product and signature fall within one
/// clustering window around this ticket, when that makes a possible incident.
pub async fn incident_around(
    state: &AppState,
    ticket: &Ticket,
    meta: &TicketMeta,
) -> Result<Option<usize>, ApiError> {
    let (Some(product), Some(sig)) = (&meta.product, &meta.error_signature) else {
        return Ok(None);
    };
    if sig.is_empty() {
        return Ok(None);
    }
    let rule = state.settings.workspace.cluster;
    let w = Duration::seconds(rule.window_secs);
    let times = state
        .store
        .signature_times(product, sig, ticket.created_at - w, ticket.created_at + w)
        .await?;
    let peak = clustering::peak(&times, rule.window_secs);
    Ok(rule.is_incident(&times).then_some(peak))
}

/// Possible incidents now: signatures over the threshold in the last window.
pub async fn active_incidents(state: &AppState) -> Result<Vec<store::Cluster>, ApiError> {
    let rule = state.settings.workspace.cluster;
    let since = state.clock.now() - Duration::seconds(rule.window_secs);
    Ok(state.store.clusters(since, rule.threshold as i64).await?)
}

/// A macro to apply: the built-in one or a stored one.
#[derive(Debug, Clone)]
pub enum MacroRef {
    AskMissing,
    Stored(i64),
}

impl MacroRef {
    pub fn parse(s: &str) -> Option<MacroRef> {
        match s {
            "ask_missing" => Some(MacroRef::AskMissing),
            n => n.parse().ok().map(MacroRef::Stored),
        }
    }

    /// How the reference is written in a form or a query.
    pub fn param(&self) -> String {
        match self {
            MacroRef::AskMissing => "ask_missing".into(),
            MacroRef::Stored(id) => id.to_string(),
        }
    }
}

/// A macro filled in for one ticket: what it would say (in the requester's
/// language), the status it would set and the tags it would add. The
/// browser shows it in the composer for the agent to review and send.
#[derive(Debug, Clone)]
pub struct MacroDraft {
    pub reference: MacroRef,
    pub title: String,
    pub body: String,
    pub set_status: Option<Status>,
    pub add_tags: Vec<String>,
}

/// The built-in macro, in a language.
pub fn ask_missing(tr: &Tr) -> Macro {
    Macro {
        id: 0,
        title: tr.t("ws.macro.ask_missing.title"),
        body: tr.t("ws.macro.ask_missing.body"),
        set_status: Some(Status::Pending),
        add_tags: vec!["needs-info".into()],
    }
}

/// Placeholder values for a ticket, in the requester's language.
pub fn placeholder_values(ticket: &Ticket, agent: &User, tr: &Tr) -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    v.insert("requester.name".into(), ticket.requester.name.clone());
    v.insert("requester.email".into(), ticket.requester.email.clone());
    v.insert("agent.name".into(), agent.name.clone());
    v.insert("ticket.id".into(), ticket.id.to_string());
    v.insert("ticket.subject".into(), ticket.subject.clone());
    for (k, val) in &ticket.fields {
        if let Some(s) = val.as_str() {
            v.insert(format!("ticket.{k}"), s.to_owned());
        }
    }
    // Identifiers the ticket lacks stay empty rather than failing a macro.
    for f in domain::form::incident()
        .fields
        .iter()
        .filter(|f| f.identifier)
    {
        v.entry(format!("ticket.{}", f.key)).or_default();
    }
    let missing: Vec<String> = domain::macros::missing_identifiers(&ticket.fields)
        .into_iter()
        .map(|k| tr.t(&format!("field.{k}")))
        .collect();
    v.insert("missing_fields".into(), missing.join(", "));
    v
}

/// Applies a macro: renders its reply, sends it through the same path as
/// any agent reply (guard, status, mail), then adds its tags.
pub async fn macro_draft(
    state: &AppState,
    agent: &User,
    ticket: &Ticket,
    which: &MacroRef,
) -> Result<MacroDraft, ApiError> {
    let requester_locale = state
        .store
        .user_by_id(ticket.requester.id)
        .await?
        .map(|u| u.locale)
        .unwrap_or_default();
    let tr = Tr(requester_locale);
    let m = match which {
        MacroRef::AskMissing => ask_missing(&tr),
        MacroRef::Stored(id) => state
            .store
            .macros()
            .await?
            .into_iter()
            .find(|m| m.id == *id)
            .ok_or(ApiError::NotFound)?,
    };
    let values = placeholder_values(ticket, agent, &tr);
    let body = domain::macros::render(&m.body, &values)
        .map_err(|_| ApiError::InvalidValue("macro".into()))?;
    Ok(MacroDraft {
        reference: which.clone(),
        title: m.title,
        body,
        set_status: m.set_status,
        add_tags: m.add_tags,
    })
}

/// Applies a macro at once (the API's way; the browser reviews a draft
/// first): its reply, its status and its tags.
pub async fn apply_macro(
    state: &AppState,
    agent: &User,
    ticket: &Ticket,
    which: &MacroRef,
    public: bool,
) -> Result<Comment, ApiError> {
    let draft = macro_draft(state, agent, ticket, which).await?;
    let comment = submit::add_comment(
        state,
        agent,
        ticket,
        &draft.body,
        CommentVisibility::from_public(public),
        draft.set_status,
        false,
    )
    .await?;
    add_macro_tags(state, agent, ticket, &draft.add_tags).await?;
    Ok(comment)
}

/// The tags a macro adds, once its reply was sent.
pub async fn add_macro_tags(
    state: &AppState,
    agent: &User,
    ticket: &Ticket,
    tags: &[String],
) -> Result<(), ApiError> {
    if !tags.is_empty() {
        let add = app::text::tags(tags)?;
        state
            .store
            .change_tags(ticket.id, &add, &[], agent.id, state.clock.now())
            .await?;
    }
    Ok(())
}

/// Solves a problem: the reply goes to every linked ticket still open (and
/// to the problem itself), each of which is solved, all in one transaction.
/// Returns the solved ids.
pub async fn solve_problem(
    state: &AppState,
    agent: &User,
    problem: &Ticket,
    body: &str,
) -> Result<Vec<i64>, ApiError> {
    // Screened once: a refused reply changes nothing at all.
    let body = submit::screen_comment(body, false)?;
    let solved = state
        .store
        .solve_problem(problem.id, &body, agent.id, state.clock.now())
        .await?;
    crate::mail::notifier::after_change(state).await;
    Ok(solved)
}

/// An error message as a person reads it in a banner: its first line,
/// whitespace collapsed, cut at about a hundred characters.
pub fn readable_error(message: &str) -> String {
    let line = message
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > 100 {
        let cut: String = line.chars().take(99).collect();
        format!("{}…", cut.trim_end())
    } else {
        line
    }
}

/// A clustering signature made readable when no message is at hand:
/// placeholders become an ellipsis, "http" is written as people write it.
pub fn readable_signature(signature: &str) -> String {
    let words: Vec<String> = signature
        .split(' ')
        .map(|w| match w {
            "http" | "https" | "api" | "json" | "url" | "tls" | "dns" => w.to_uppercase(),
            _ => w
                .replace("<n>", "…")
                .replace("<id>", "…")
                .replace("<ts>", "…"),
        })
        .collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => joined,
    }
}

/// An error as a person reads it, wherever the desk names one (the incident
/// banner, possible incidents, the dashboard's top errors): the message a
/// requester wrote (`readable_error`), else the clustering signature made
/// readable. Never the signature itself.
pub fn error_words(ticket: Option<&store::Ticket>, signature: &str) -> String {
    ticket
        .and_then(|t| t.fields.get("error_message"))
        .and_then(|v| v.as_str())
        .map(readable_error)
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| readable_signature(signature))
}

/// The error a cluster is about, as the latest of its requesters wrote it.
pub async fn cluster_error(state: &AppState, c: &store::Cluster) -> String {
    let latest = state.store.ticket(c.latest_ticket_id).await.ok().flatten();
    error_words(latest.as_ref(), &c.signature)
}

/// The error of the tickets with this product and signature, as the
/// latest of their requesters wrote it (the dashboard's top errors).
pub async fn signature_error(state: &AppState, product: &str, signature: &str) -> String {
    let q = store::ViewQuery {
        product: Some(product.to_owned()),
        signature: Some(signature.to_owned()),
        limit: 1,
        ..Default::default()
    };
    let latest = match state.store.view(&q).await {
        Ok(rows) => rows.into_iter().next().map(|r| r.ticket),
        Err(e) => {
            tracing::error!(error = %e, "reading the latest ticket of a signature");
            None
        }
    };
    error_words(latest.as_ref(), signature)
}

/// The log link for an identifier value, when one is configured.
pub fn log_link(state: &AppState, key: &str, value: &str) -> Option<String> {
    let template = state.settings.workspace.links.get(key)?;
    Some(template.replace("{value}", &crate::pages::url_encode(value)))
}

/// Relative time in words ("3h 05m ago" / "in 20m").
pub fn relative(tr: &Tr, t: OffsetDateTime, now: OffsetDateTime) -> String {
    let secs = (now - t).whole_seconds();
    let d = sla::short_duration(secs);
    if secs >= 0 {
        tr.t("ws.ago").replace("{d}", &d)
    } else {
        tr.t("ws.in").replace("{d}", &d)
    }
}

#[cfg(test)]
mod readable_tests {
    #[test]
    fn signatures_read_without_placeholders() {
        assert_eq!(
            super::readable_signature("http <n> bad gateway from the consent service (<id>)"),
            "HTTP … bad gateway from the consent service (…)"
        );
        assert_eq!(
            super::readable_error("  \n  HTTP 502   Bad Gateway\nat line 2"),
            "HTTP 502 Bad Gateway"
        );
    }
}
