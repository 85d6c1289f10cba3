//! The agent workspace's use cases, shared by the views page and the API:
//! views, SLA due times and timers, incident clustering, finding tickets,
//! bulk changes, macros, problems and the dashboard's numbers. Pure rules
//! live in `domain::{sla, clustering, macros}`; words and links are the
//! faces' (`web::workspace`).

use crate::{AppError, Desk, text, tickets};
use domain::clustering;
use domain::sla::{self, Timer};
use domain::{CommentVisibility, Locale, Priority, Status};
use guard::Screened;
use std::collections::BTreeMap;
use store::{
    AssigneeFilter, Comment, DashboardData, Macro, NewMacro, Ticket, TicketMeta, TicketPatch, User,
    ViewQuery, ViewRow,
};
use time::{Duration, OffsetDateTime};

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
            View::Breaching => {
                q.breaching_at = Some(now);
                // Longest overdue first, read in order from the breach
                // index: newest first would walk every recent ticket not
                // yet due.
                q.sort = store::ViewSort::Breach;
            }
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
) -> Result<(), AppError> {
    let bad = |k: &'static str| AppError::InvalidValue(k);
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
        // Solving a ticket ends its wait for a first reply, as it ends
        // every clock in `sla_breach_at` and on the dashboard.
        meta.first_reply_due_at
            .map(|d| Timer::at(d, meta.first_replied_at.or(meta.solved_at), now)),
        meta.resolution_due_at
            .map(|d| Timer::at(d, meta.solved_at, now)),
    )
}

/// The SLA due times and error signature of a ticket created now.
pub fn schedule(
    desk: &Desk,
    priority: Priority,
    created_at: OffsetDateTime,
    error_message: &str,
) -> store::TicketSchedule {
    let due = sla_due(desk, created_at, priority);
    store::TicketSchedule {
        first_reply_due: due.first_reply,
        resolution_due: due.resolution,
        // Derived from the screened message, and screened again itself.
        error_signature: tickets::error_signature(error_message),
    }
}

/// For tickets created without a schedule (demo data, benchmarks).
pub async fn after_create(desk: &Desk, ticket: &Ticket) {
    let message = ticket
        .fields
        .get("error_message")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let s = schedule(desk, ticket.priority, ticket.created_at, message);
    if let Err(e) = desk
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

/// The SLA due times of a ticket created at `created` with `priority`.
pub fn sla_due(desk: &Desk, created: OffsetDateTime, priority: Priority) -> store::SlaDue {
    let w = &desk.settings.workspace;
    let hours = w.business_hours.as_ref();
    store::SlaDue {
        first_reply: sla::due(created, w.sla.first_reply(priority), hours),
        resolution: sla::due(created, w.sla.resolution(priority), hours),
    }
}

/// How many tickets with the same product and signature fall within one
/// clustering window around this ticket, when that makes a possible incident.
pub async fn incident_around(
    desk: &Desk,
    ticket: &Ticket,
    meta: &TicketMeta,
) -> Result<Option<usize>, AppError> {
    let (Some(product), Some(sig)) = (&meta.product, &meta.error_signature) else {
        return Ok(None);
    };
    if sig.is_empty() {
        return Ok(None);
    }
    let rule = desk.settings.workspace.cluster;
    let w = Duration::seconds(rule.window_secs);
    let (from, to) = (ticket.created_at - w, ticket.created_at + w);
    // A burst is counted to the minute from what is kept per minute;
    // reading each of its tickets' times made the page of every ticket in
    // it slow (56 ms p99 with 40,000 in half an hour). The minutes give a
    // lower bound: one below the threshold leaves it to the times.
    let minutes = desk.store.signature_minutes(product, sig, from, to).await?;
    if minutes.iter().map(|(_, n)| n).sum::<i64>() > EXACT_PEAK_UP_TO {
        let peak = clustering::peak_of_minutes(&minutes, rule.window_secs);
        if rule.threshold > 0 && peak >= rule.threshold {
            return Ok(Some(peak));
        }
    }
    let times = desk.store.signature_times(product, sig, from, to).await?;
    let peak = clustering::peak(&times, rule.window_secs);
    Ok(rule.is_incident(&times).then_some(peak))
}

/// Past this many tickets around one, its incident is counted to the
/// minute rather than to the second.
const EXACT_PEAK_UP_TO: i64 = 1_000;

/// Possible incidents now: signatures over the threshold in the last window.
pub async fn active_incidents(desk: &Desk) -> Result<Vec<store::Cluster>, AppError> {
    let rule = desk.settings.workspace.cluster;
    let since = desk.now() - Duration::seconds(rule.window_secs);
    Ok(desk.store.clusters(since, rule.threshold as i64).await?)
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

/// The words a macro needs in a language, which the face owns (its
/// translations): the built-in macro and the labels of fields.
pub trait MacroWords: Send + Sync {
    /// The built-in macro's title and body (with placeholders).
    fn ask_missing(&self, locale: Locale) -> (String, String);
    /// A field's label, e.g. "Client ID".
    fn field_label(&self, locale: Locale, key: &str) -> String;
}

/// The built-in macro, in a language.
pub fn ask_missing(words: &dyn MacroWords, locale: Locale) -> Macro {
    let (title, body) = words.ask_missing(locale);
    Macro {
        id: 0,
        title,
        body,
        set_status: Some(Status::Pending),
        add_tags: vec!["needs-info".into()],
    }
}

/// Placeholder values for a ticket, in the requester's language.
pub fn placeholder_values(
    ticket: &Ticket,
    agent: &User,
    words: &dyn MacroWords,
    locale: Locale,
) -> BTreeMap<String, String> {
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
        .map(|k| words.field_label(locale, k))
        .collect();
    v.insert("missing_fields".into(), missing.join(", "));
    v
}

/// A macro filled in for one ticket, in the requester's language.
pub async fn macro_draft(
    desk: &Desk,
    words: &dyn MacroWords,
    agent: &User,
    ticket: &Ticket,
    which: &MacroRef,
) -> Result<MacroDraft, AppError> {
    let locale = desk
        .store
        .user_by_id(ticket.requester.id)
        .await?
        .map(|u| u.locale)
        .unwrap_or_default();
    let m = match which {
        MacroRef::AskMissing => ask_missing(words, locale),
        MacroRef::Stored(id) => desk
            .store
            .macros()
            .await?
            .into_iter()
            .find(|m| m.id == *id)
            .ok_or(AppError::NotFound)?,
    };
    let values = placeholder_values(ticket, agent, words, locale);
    let body =
        domain::macros::render(&m.body, &values).map_err(|_| AppError::InvalidValue("macro"))?;
    Ok(MacroDraft {
        reference: which.clone(),
        title: m.title,
        body,
        set_status: m.set_status,
        add_tags: m.add_tags,
    })
}

/// Applies a macro at once (the API's way; the browser reviews a draft
/// first): its reply through the same path as any agent reply (guard,
/// status, mail), its status and its tags.
pub async fn apply_macro(
    desk: &Desk,
    words: &dyn MacroWords,
    agent: &User,
    ticket: &Ticket,
    which: &MacroRef,
    public: bool,
) -> Result<Comment, AppError> {
    let draft = macro_draft(desk, words, agent, ticket, which).await?;
    let comment = tickets::reply(
        desk,
        agent,
        ticket,
        &draft.body,
        CommentVisibility::from_public(public),
        draft.set_status,
        false,
    )
    .await?;
    add_macro_tags(desk, agent, ticket, &draft.add_tags).await?;
    Ok(comment)
}

/// The tags a macro adds, once its reply was sent.
pub async fn add_macro_tags(
    desk: &Desk,
    agent: &User,
    ticket: &Ticket,
    tags: &[String],
) -> Result<(), AppError> {
    if !tags.is_empty() {
        let add = text::tags(tags)?;
        desk.store
            .change_tags(ticket.id, &add, &[], agent.id, desk.now())
            .await?;
    }
    Ok(())
}

/// What a new macro is made of, as typed.
#[derive(Debug, Clone, Default)]
pub struct MacroInput {
    pub title: String,
    pub body: String,
    pub status: Option<Status>,
    pub tags: Vec<String>,
}

/// Checks a macro: a title, a body the guard accepts, known placeholders.
pub fn new_macro(m: MacroInput, author: i64) -> Result<NewMacro, AppError> {
    let title = text::title("title", &m.title, 120)?;
    let body = text::comment(&m.body, false)?;
    let known = |p: &str| {
        matches!(
            p,
            "requester.name" | "requester.email" | "agent.name" | "missing_fields"
        ) || p.starts_with("ticket.")
    };
    if !domain::macros::placeholders(&body).iter().all(|p| known(p)) {
        return Err(AppError::InvalidValue("body"));
    }
    Ok(NewMacro {
        title,
        body,
        set_status: m.status,
        add_tags: text::tags(&m.tags)?,
        created_by: author,
    })
}

/// Saves a new macro (agents).
pub async fn create_macro(desk: &Desk, agent: &User, m: MacroInput) -> Result<Macro, AppError> {
    Ok(desk
        .store
        .create_macro(new_macro(m, agent.id)?, desk.now())
        .await?)
}

/// Solves a problem: the reply goes to every linked ticket still open (and
/// to the problem itself), each of which is solved, all in one transaction.
/// Returns the solved ids.
pub async fn solve_problem(
    desk: &Desk,
    agent: &User,
    problem: &Ticket,
    body: &str,
) -> Result<Vec<i64>, AppError> {
    // Screened once: a refused reply changes nothing at all.
    let body = text::comment(body, false)?;
    let solved = desk
        .store
        .solve_problem(problem.id, &body, agent.id, desk.now())
        .await?;
    desk.changed().await;
    Ok(solved)
}

/// Identifier query parameters agents can pivot on, exactly.
pub const PIVOTS: &[&str] = &[
    "client_id",
    "x_request_id",
    "simp_id",
    "task_id",
    "debug_id",
];

/// Identifiers are stored in canonical form (UUIDs lower-case).
pub fn normalize_identifier(v: &str) -> String {
    v.trim().to_ascii_lowercase()
}

/// Finds tickets by a pasted value: an exact identifier match first; when
/// none matches, free text over subjects, fields and comments.
pub async fn find(desk: &Desk, q: &str, limit: i64) -> Result<(bool, Vec<ViewRow>), AppError> {
    let q = q.trim();
    if q.is_empty() {
        return Ok((false, vec![]));
    }
    let exact = desk
        .store
        .find_by_identifier(&normalize_identifier(q), PIVOTS, limit)
        .await?;
    if !exact.is_empty() {
        return Ok((true, exact));
    }
    Ok((false, desk.store.search_text(q, limit).await?))
}

/// One change to many tickets.
#[derive(Debug, Clone, Default)]
pub struct Bulk {
    pub ids: Vec<i64>,
    pub status: Option<Status>,
    /// An agent's id, or `Some(None)` to unassign.
    pub assignee_id: Option<Option<i64>>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    pub problem_id: Option<i64>,
}

/// Applies one change to many tickets; stops at the first failure.
pub async fn apply_bulk(desk: &Desk, agent: &User, b: &Bulk) -> Result<usize, AppError> {
    if b.ids.is_empty() || b.ids.len() > 500 {
        return Err(AppError::InvalidValue("ids"));
    }
    let add = text::tags(&b.add_tags)?;
    let remove = text::tags(&b.remove_tags)?;
    let patch = TicketPatch {
        status: b.status,
        priority: None,
        assignee_id: b.assignee_id,
    };
    for id in &b.ids {
        if !patch.is_empty() {
            tickets::change(desk, agent, *id, &patch).await?;
        }
        if !add.is_empty() || !remove.is_empty() {
            desk.store
                .change_tags(*id, &add, &remove, agent.id, desk.now())
                .await?;
        }
        if let Some(p) = b.problem_id {
            desk.store
                .link_problem(*id, Some(p), agent.id, desk.now())
                .await?;
        }
    }
    Ok(b.ids.len())
}

/// Adds and removes a ticket's tags (agents).
pub async fn change_tags(
    desk: &Desk,
    agent: &User,
    id: i64,
    add: &[String],
    remove: &[String],
) -> Result<Vec<String>, AppError> {
    let (add, remove) = (text::tags(add)?, text::tags(remove)?);
    retag(desk, agent, id, &add, &remove).await
}

/// Tags already screened (a form that checks every part before it writes
/// any) added and removed.
pub async fn retag(
    desk: &Desk,
    agent: &User,
    id: i64,
    add: &[Screened],
    remove: &[Screened],
) -> Result<Vec<String>, AppError> {
    Ok(desk
        .store
        .change_tags(id, add, remove, agent.id, desk.now())
        .await?)
}

/// The replies on a ticket just shown to its requester are now read.
pub async fn mark_seen(desk: &Desk, user: &User, ticket: &Ticket) -> Result<(), AppError> {
    Ok(desk.store.mark_read(user.id, ticket.id).await?)
}

/// Links a ticket to a problem ticket (None unlinks).
pub async fn link_problem(
    desk: &Desk,
    agent: &User,
    id: i64,
    problem_id: Option<i64>,
) -> Result<(), AppError> {
    Ok(desk
        .store
        .link_problem(id, problem_id, agent.id, desk.now())
        .await?)
}

/// Deletes a stored macro (agents).
pub async fn delete_macro(desk: &Desk, agent: &User, id: i64) -> Result<(), AppError> {
    if !agent.role.is_staff() {
        return Err(AppError::Forbidden);
    }
    Ok(desk.store.delete_macro(id).await?)
}

/// The replies on a ticket the user may see are now read.
pub async fn mark_read(desk: &Desk, user: &User, ticket_id: i64) -> Result<(), AppError> {
    tickets::visible(desk, user, ticket_id).await?;
    Ok(desk.store.mark_read(user.id, ticket_id).await?)
}

pub const FIRST_REPLY_BOUNDS: [i64; 4] = [3600, 4 * 3600, 8 * 3600, 24 * 3600];

pub const BACKLOG_BOUNDS: [i64; 4] = [86_400, 3 * 86_400, 7 * 86_400, 30 * 86_400];

pub const DASHBOARD_DAYS: i64 = 14;

/// The dashboard's numbers over the last `DASHBOARD_DAYS` days.
pub async fn dashboard_data(desk: &Desk) -> Result<DashboardData, AppError> {
    let now = desk.now();
    let since = (now - Duration::days(DASHBOARD_DAYS - 1)).replace_time(time::Time::MIDNIGHT);
    Ok(desk
        .store
        .dashboard(since, now, &FIRST_REPLY_BOUNDS, &BACKLOG_BOUNDS)
        .await?)
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
pub fn error_words(ticket: Option<&Ticket>, signature: &str) -> String {
    ticket
        .and_then(|t| t.fields.get("error_message"))
        .and_then(|v| v.as_str())
        .map(readable_error)
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| readable_signature(signature))
}

/// The error a cluster is about, as the latest of its requesters wrote it.
pub async fn cluster_error(desk: &Desk, c: &store::Cluster) -> String {
    let latest = desk.store.ticket(c.latest_ticket_id).await.ok().flatten();
    error_words(latest.as_ref(), &c.signature)
}

/// The dashboard's top errors, each as the latest of its requesters wrote
/// it, in the order given: one lookup for them all, not one per error.
pub async fn top_error_words(desk: &Desk, errors: &[(String, String, i64)]) -> Vec<String> {
    let keys: Vec<(String, String)> = errors
        .iter()
        .map(|(product, signature, _)| (product.clone(), signature.clone()))
        .collect();
    let latest = match desk.store.latest_with_signatures(&keys).await {
        Ok(latest) => latest,
        Err(e) => {
            tracing::error!(error = %e, "reading the latest tickets of the top errors");
            vec![None; keys.len()]
        }
    };
    keys.iter()
        .zip(latest.iter().chain(std::iter::repeat(&None)))
        .map(|((_, signature), ticket)| error_words(ticket.as_ref(), signature))
        .collect()
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

#[cfg(test)]
mod timer_tests {
    use super::*;

    #[test]
    fn solving_ends_the_wait_for_a_first_reply() {
        let t = |h: i64| OffsetDateTime::UNIX_EPOCH + Duration::hours(h);
        let mut meta = TicketMeta {
            first_reply_due_at: Some(t(8)),
            resolution_due_at: Some(t(48)),
            ..TicketMeta::default()
        };
        // Unanswered past its due time: breached, and still counting.
        assert_eq!(timers(&meta, t(10)).0, Some(Timer::Breached(2 * 3600)));
        // Solved within the first-reply target without a public reply: met,
        // and it stays met however late it is read.
        meta.solved_at = Some(t(5));
        assert_eq!(timers(&meta, t(100)), (Some(Timer::Met), Some(Timer::Met)));
        // Solved after it: late, not breached for ever.
        meta.solved_at = Some(t(9));
        assert_eq!(timers(&meta, t(100)).0, Some(Timer::MetLate));
        // A public reply is the first reply, whenever the solve came.
        meta.first_replied_at = Some(t(7));
        assert_eq!(timers(&meta, t(100)).0, Some(Timer::Met));
    }
}
