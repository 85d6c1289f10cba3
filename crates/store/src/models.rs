use domain::{CommentVisibility, Locale, Priority, Role, Status};
use guard::Screened;
use serde::Serialize;
use std::collections::BTreeMap;
use time::OffsetDateTime;

#[derive(Debug, Clone, Serialize)]
pub struct Org {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub shared: bool,
    pub client_ids: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct NewOrg {
    pub slug: domain::OrgSlug,
    pub name: Screened,
    pub shared: bool,
    pub client_ids: Vec<domain::ClientId>,
}

#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub org_id: Option<i64>,
    /// Whether the user's organization shares requests among its members.
    pub org_shared: bool,
    pub locale: Locale,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl User {
    pub fn viewer(&self) -> domain::permissions::Viewer {
        domain::permissions::Viewer {
            user_id: self.id,
            role: self.role,
            org_id: self.org_id,
            org_shared: self.org_shared,
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: domain::Email,
    pub name: Screened,
    pub role: Role,
    pub org_id: Option<i64>,
    pub locale: Locale,
    /// An argon2id PHC string, or None for an account that cannot sign in yet.
    pub password_hash: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub label: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_used_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateDecision {
    Allowed,
    Limited { retry_after_secs: i64 },
}

/// Failed sign-ins counted against one bucket since its last success.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SigninFailures {
    pub count: i64,
    pub last_at: OffsetDateTime,
}

/// A field value as stored: text, a list of texts, or a flag.
pub type StoredFields = BTreeMap<String, serde_json::Value>;

/// A field value as it is written: text the guard saw, a list of such
/// texts, or a flag. Serialized exactly like the `StoredFields` it becomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ScreenedValue {
    Text(Screened),
    List(Vec<Screened>),
    Bool(bool),
}

impl ScreenedValue {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            ScreenedValue::Text(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

/// The fields of a new ticket, by key.
pub type ScreenedFields = BTreeMap<String, ScreenedValue>;

#[derive(Debug, Clone)]
pub struct NewTicket {
    pub form: String,
    pub subject: Screened,
    pub description: Option<Screened>,
    pub requester_id: i64,
    pub org_id: Option<i64>,
    pub priority: Priority,
    pub fields: ScreenedFields,
    /// Exact-match pivots (client_id, x_request_id, ...), key and value.
    pub identifiers: Vec<(String, Screened)>,
    /// Already encrypted values; the store never sees plaintext.
    pub sealed: Vec<NewSealedField>,
    /// The random name of this ticket that `sealed` was sealed to (part of
    /// their associated data); kept on the ticket, never beside the values.
    pub seal_binding: Option<String>,
    /// Client-chosen key that makes a repeated submit harmless (the
    /// `Idempotency-Key` header, a mail's Message-ID): typed by someone, so
    /// screened like any text.
    pub submit_key: Option<Screened>,
}

/// A sealed field's ciphertext and the name of the ticket it was sealed to
/// (None for values sealed before tickets had one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedCiphertext {
    pub ciphertext: Vec<u8>,
    pub seal_binding: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewSealedField {
    pub key: String,
    pub ciphertext: Vec<u8>,
    pub destroy_after: OffsetDateTime,
}

#[derive(Debug, Clone, Serialize)]
pub struct SealedField {
    pub key: String,
    #[serde(with = "time::serde::rfc3339")]
    pub destroy_after: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub destroyed_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ticket {
    pub id: i64,
    pub form: String,
    pub subject: String,
    pub description: Option<String>,
    pub status: Status,
    pub priority: Priority,
    pub requester: Person,
    pub org_id: Option<i64>,
    pub assignee: Option<Person>,
    pub fields: StoredFields,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

impl Ticket {
    pub fn ownership(&self) -> domain::permissions::TicketOwnership {
        domain::permissions::TicketOwnership {
            requester_id: self.requester.id,
            org_id: self.org_id,
        }
    }
}

/// Which tickets a list may contain.
#[derive(Debug, Clone, PartialEq)]
pub enum Scope {
    /// Agents: every ticket.
    All,
    /// A requester: their own, plus their organization's when it is shared.
    Requester {
        user_id: i64,
        shared_org_id: Option<i64>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum AssigneeFilter {
    Unassigned,
    User(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct TicketFilter {
    pub scope: Scope,
    pub statuses: Vec<Status>,
    pub assignee: Option<AssigneeFilter>,
    /// Exact match on one identifier, e.g. ("x_request_id", "c39d...").
    pub identifier: Option<(String, String)>,
    /// Case-insensitive substring of the subject.
    pub text: Option<String>,
    /// Keyset pagination: only tickets with a smaller id.
    pub before_id: Option<i64>,
    pub limit: i64,
}

impl TicketFilter {
    pub fn new(scope: Scope) -> Self {
        TicketFilter {
            scope,
            statuses: vec![],
            assignee: None,
            identifier: None,
            text: None,
            before_id: None,
            limit: 50,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TicketPatch {
    pub status: Option<Status>,
    pub priority: Option<Priority>,
    /// Some(None) unassigns.
    pub assignee_id: Option<Option<i64>>,
}

/// An agent's correction of a ticket's plain fields: the whole set as it
/// is to be kept (screened and validated by the application layer), with
/// what follows from it.
#[derive(Debug, Clone)]
pub struct FieldsChange {
    pub fields: ScreenedFields,
    /// Exact-match pivots, replacing the ticket's.
    pub identifiers: Vec<(String, Screened)>,
    /// The clustering signature of the (new) error message.
    pub error_signature: Option<Screened>,
    /// The keys whose values changed, named in the audit log (values never).
    pub changed: Vec<String>,
}

/// A ticket's SLA due times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlaDue {
    pub first_reply: OffsetDateTime,
    pub resolution: OffsetDateTime,
}

impl TicketPatch {
    pub fn is_empty(&self) -> bool {
        *self == TicketPatch::default()
    }
}

#[derive(Debug, Clone)]
pub struct NewComment {
    pub ticket_id: i64,
    pub author_id: i64,
    pub body: Screened,
    pub visibility: CommentVisibility,
    /// A status the ticket moves to with this comment.
    pub new_status: Option<Status>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Comment {
    pub id: i64,
    pub ticket_id: i64,
    pub author: Person,
    pub author_role: Role,
    pub body: String,
    pub visibility: CommentVisibility,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditEvent {
    pub id: i64,
    pub ticket_id: i64,
    pub actor_id: Option<i64>,
    pub action: String,
    pub detail: serde_json::Value,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// How busy the database side is, read from the pools without a query.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoreLoad {
    /// Connections the pools hold open, and how many of them are idle: when
    /// none is idle, a request waits for one.
    pub connections: u32,
    pub idle: u32,
    /// New tickets waiting for the writer (SQLite's group commit); None
    /// where each request writes its own ticket.
    pub intake_waiting: Option<u64>,
}
