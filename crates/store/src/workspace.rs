//! What the agent workspace asks of a database: views with filters, sorts
//! and keyset pages; SLA due times; incident clustering; problems and
//! linked incidents; tags; macros; requesters' unread replies; the
//! dashboard's aggregates. Times are parameters, as everywhere.

use crate::{AssigneeFilter, Result, Scope, Ticket};
use async_trait::async_trait;
use domain::{Priority, Status};
use guard::Screened;
use serde::Serialize;
use time::OffsetDateTime;

/// Workspace facts about one ticket, beside the `Ticket` itself.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TicketMeta {
    pub product: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub first_replied_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub solved_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub first_reply_due_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub resolution_due_at: Option<OffsetDateTime>,
    pub error_signature: Option<String>,
    /// The earliest due time still running: first reply until replied,
    /// then resolution; `None` once solved or without targets.
    #[serde(with = "time::serde::rfc3339::option")]
    pub sla_breach_at: Option<OffsetDateTime>,
    /// The problem ticket this one is linked to.
    pub problem_id: Option<i64>,
    /// How many tickets are linked to this one as their problem.
    pub linked_count: i64,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ViewRow {
    pub ticket: Ticket,
    pub meta: TicketMeta,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ViewSort {
    #[default]
    Newest,
    Oldest,
    /// Most recently updated first.
    Updated,
    /// Resolution due soonest first; tickets without a due time last.
    Due,
    /// The next SLA breach (first reply or resolution) soonest first, so
    /// the longest overdue lead; tickets without a running target last.
    Breach,
}

impl ViewSort {
    pub const ALL: [ViewSort; 5] = [
        ViewSort::Newest,
        ViewSort::Oldest,
        ViewSort::Updated,
        ViewSort::Due,
        ViewSort::Breach,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ViewSort::Newest => "newest",
            ViewSort::Oldest => "oldest",
            ViewSort::Updated => "updated",
            ViewSort::Due => "due",
            ViewSort::Breach => "breach",
        }
    }
    pub fn parse(s: &str) -> Option<ViewSort> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
    /// The cursor that continues a page after `row`.
    pub fn cursor(self, row: &ViewRow) -> Cursor {
        let key = match self {
            ViewSort::Newest | ViewSort::Oldest => 0,
            ViewSort::Updated => row.ticket.updated_at.unix_timestamp(),
            ViewSort::Due => row
                .meta
                .resolution_due_at
                .map_or(i64::MAX, |d| d.unix_timestamp()),
            ViewSort::Breach => row
                .meta
                .sla_breach_at
                .map_or(i64::MAX, |d| d.unix_timestamp()),
        };
        Cursor {
            key,
            id: row.ticket.id,
        }
    }
}

/// Where the next page starts: the sort key and id of the last row seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub key: i64,
    pub id: i64,
}

impl Cursor {
    pub fn encode(self) -> String {
        format!("{}.{}", self.key, self.id)
    }
    pub fn decode(s: &str) -> Option<Cursor> {
        let (k, i) = s.split_once('.')?;
        Some(Cursor {
            key: k.parse().ok()?,
            id: i.parse().ok()?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewQuery {
    pub statuses: Vec<Status>,
    pub assignee: Option<AssigneeFilter>,
    pub product: Option<String>,
    pub org_id: Option<i64>,
    pub client_id: Option<String>,
    pub priority: Option<Priority>,
    pub tag: Option<String>,
    pub signature: Option<String>,
    pub problem_id: Option<i64>,
    /// Only tickets whose SLA is breached at this moment (open and past a due time).
    pub breaching_at: Option<OffsetDateTime>,
    pub sort: ViewSort,
    pub after: Option<Cursor>,
    pub limit: i64,
}

/// Tickets with the same product and error signature created recently.
#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    pub product: String,
    pub signature: String,
    pub count: i64,
    pub latest_ticket_id: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub first_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub last_at: OffsetDateTime,
}

#[derive(Debug, Clone)]
pub struct NewMacro {
    pub title: Screened,
    pub body: Screened,
    pub set_status: Option<Status>,
    pub add_tags: Vec<Screened>,
    pub created_by: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Macro {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub set_status: Option<Status>,
    pub add_tags: Vec<String>,
}

/// A ticket with public replies its requester has not seen.
#[derive(Debug, Clone, Serialize)]
pub struct Unread {
    pub ticket_id: i64,
    pub subject: String,
    pub count: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub latest_at: OffsetDateTime,
}

/// How many tickets a view holds: exact, or, where counting further would
/// walk much of the table, "more than `n`" (`capped`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ViewCount {
    pub n: i64,
    pub capped: bool,
}

impl ViewCount {
    /// `counted` rows read with `LIMIT cap + 1`.
    pub fn from_limited(counted: i64, cap: i64) -> Self {
        ViewCount {
            n: counted.min(cap),
            capped: counted > cap,
        }
    }
}

/// The dashboard's numbers over a period.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DashboardData {
    /// (day as unix seconds at UTC midnight, product, tickets created).
    pub created_per_day: Vec<(i64, String, i64)>,
    /// Tickets per first-reply-time bucket (bounds are given by the caller);
    /// the last entry counts tickets still waiting for a first reply.
    pub first_reply_buckets: Vec<i64>,
    /// (day, tickets whose first reply or resolution came late or is overdue),
    /// by the day the ticket was created.
    pub breaches_per_day: Vec<(i64, i64)>,
    /// (product, signature, tickets), most frequent first.
    pub top_errors: Vec<(String, String, i64)>,
    /// Open tickets per age bucket (bounds given by the caller).
    pub backlog_buckets: Vec<i64>,
}

#[async_trait]
pub trait WorkspaceStore: Send + Sync {
    async fn view(&self, q: &ViewQuery) -> Result<Vec<ViewRow>>;
    /// The view's size; a backend may stop counting past `cap` where the
    /// count is not kept on write (then `capped` is set).
    async fn count_view(&self, q: &ViewQuery, cap: i64) -> Result<ViewCount>;
    async fn ticket_meta(&self, id: i64) -> Result<Option<TicketMeta>>;
    /// Tickets carrying `value` under any of `keys`, newest first.
    async fn find_by_identifier(
        &self,
        value: &str,
        keys: &[&str],
        limit: i64,
    ) -> Result<Vec<ViewRow>>;
    /// Full-text search over subjects, fields, descriptions and comments.
    async fn search_text(&self, query: &str, limit: i64) -> Result<Vec<ViewRow>>;
    /// Other tickets of a requester, or with a client id (newest first).
    async fn related(
        &self,
        ticket_id: i64,
        requester_id: i64,
        client_id: Option<&str>,
        limit: i64,
    ) -> Result<(Vec<Ticket>, Vec<Ticket>)>;

    async fn set_sla_due(
        &self,
        id: i64,
        first_reply_due: OffsetDateTime,
        resolution_due: OffsetDateTime,
    ) -> Result<()>;
    async fn set_error_signature(&self, id: i64, signature: &Screened) -> Result<()>;
    /// Both of the above for a new ticket. Backends should do it in one
    /// write: it is on the path of every submission.
    async fn set_sla_and_signature(
        &self,
        id: i64,
        first_reply_due: OffsetDateTime,
        resolution_due: OffsetDateTime,
        signature: Option<&Screened>,
    ) -> Result<()> {
        self.set_sla_due(id, first_reply_due, resolution_due)
            .await?;
        match signature {
            Some(sig) => self.set_error_signature(id, sig).await,
            None => Ok(()),
        }
    }
    /// Creation times (unix seconds) of tickets with this product and
    /// signature created in `[from, to]`.
    async fn signature_times(
        &self,
        product: &str,
        signature: &str,
        from: OffsetDateTime,
        to: OffsetDateTime,
    ) -> Result<Vec<i64>>;
    /// Tickets with this product and signature per minute of creation
    /// (unix seconds / 60, ascending) for the minutes `[from, to]` touch:
    /// what `signature_times` says, to the minute, without reading each
    /// ticket of a burst.
    async fn signature_minutes(
        &self,
        product: &str,
        signature: &str,
        from: OffsetDateTime,
        to: OffsetDateTime,
    ) -> Result<Vec<(i64, i64)>>;
    /// Signatures with at least `min` tickets created since `since`.
    async fn clusters(&self, since: OffsetDateTime, min: i64) -> Result<Vec<Cluster>>;

    /// Adds and removes tags, recording the change in the audit log.
    async fn change_tags(
        &self,
        id: i64,
        add: &[Screened],
        remove: &[Screened],
        actor_id: i64,
        now: OffsetDateTime,
    ) -> Result<Vec<String>>;
    /// Links a ticket to a problem ticket (None unlinks). A problem cannot
    /// itself be linked, and a ticket cannot be its own problem.
    async fn link_problem(
        &self,
        id: i64,
        problem_id: Option<i64>,
        actor_id: i64,
        now: OffsetDateTime,
    ) -> Result<()>;
    async fn linked_tickets(&self, problem_id: i64) -> Result<Vec<Ticket>>;
    /// Solves a problem and its linked tickets still open, in one
    /// transaction: each gets `body` as a public reply by `agent_id` and the
    /// status solved (the problem last). Returns the ids solved, in order.
    async fn solve_problem(
        &self,
        problem_id: i64,
        body: &Screened,
        agent_id: i64,
        now: OffsetDateTime,
    ) -> Result<Vec<i64>>;

    async fn create_macro(&self, m: NewMacro, now: OffsetDateTime) -> Result<Macro>;
    async fn macros(&self) -> Result<Vec<Macro>>;
    async fn delete_macro(&self, id: i64) -> Result<()>;

    /// Marks every comment of the ticket so far as seen by the user.
    async fn mark_read(&self, user_id: i64, ticket_id: i64) -> Result<()>;
    /// Tickets in scope with staff public replies the user has not seen.
    async fn unread(&self, user_id: i64, scope: &Scope) -> Result<Vec<Unread>>;

    async fn dashboard(
        &self,
        since: OffsetDateTime,
        now: OffsetDateTime,
        first_reply_bounds: &[i64],
        backlog_bounds: &[i64],
    ) -> Result<DashboardData>;
    /// For each (product, error signature), the ticket created last with
    /// it, if any, in the order asked: one query for the dashboard's top
    /// errors, each answered from one entry of the signature index.
    async fn latest_with_signatures(
        &self,
        keys: &[(String, String)],
    ) -> Result<Vec<Option<Ticket>>>;
}

/// What the work desk knows about a ticket when it is created: its SLA due
/// times and error signature, written with the ticket in one transaction.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketSchedule {
    pub first_reply_due: OffsetDateTime,
    pub resolution_due: OffsetDateTime,
    /// Derived from the error message after it was screened; screened
    /// again, since normalizing can join what the guard saw apart.
    pub error_signature: Option<Screened>,
}

impl TicketSchedule {
    /// When a new ticket breaches its SLA if nobody acts: the earlier of its
    /// due times (the backends' update triggers keep the same rule later).
    pub fn breach_at(&self) -> OffsetDateTime {
        self.first_reply_due.min(self.resolution_due)
    }
}
