//! The persistence boundary. `Store` is what the web layer and the CLI ask
//! of a database; each backend crate implements it and runs the shared
//! `conformance` story, so backends cannot drift apart.
//!
//! Times are passed in by the caller (never read from the system clock
//! here), so tests control the clock.

mod attachments;
#[cfg(feature = "conformance")]
pub mod conformance;
mod help_center;
mod mail;
mod models;
mod password_reset;
mod people;
#[cfg(feature = "conformance")]
pub mod people_conformance;
mod secrets;
mod workspace;
#[cfg(feature = "conformance")]
pub mod workspace_conformance;

pub use attachments::*;
pub use help_center::*;
pub use mail::*;
pub use models::*;
pub use password_reset::*;
pub use people::*;
pub use secrets::*;
pub use workspace::*;

use async_trait::async_trait;
use guard::Screened;
use time::OffsetDateTime;

/// An API token's "last used" is kept to the minute: writing it on every
/// call would add a write to every request of a busy API client.
pub const TOKEN_LAST_USED_RESOLUTION_SECS: i64 = 60;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A uniqueness rule was broken; the string is a stable snake_case code.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("database error: {0}")]
    Database(String),
    /// Too much is waiting to be written already; try again shortly. The
    /// submission was not queued, so nothing of it is stored.
    #[error("busy")]
    Busy,
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[async_trait]
pub trait Store:
    HelpCenterStore
    + MailStore
    + SecretsStore
    + AttachmentStore
    + WorkspaceStore
    + PasswordResetStore
    + PeopleStore
    + Send
    + Sync
    + 'static
{
    /// How busy the database side is now (read for `/metrics`; no query).
    fn load(&self) -> StoreLoad;

    // Organizations
    async fn create_org(&self, org: NewOrg) -> Result<Org>;
    async fn org_by_slug(&self, slug: &str) -> Result<Option<Org>>;
    async fn org_by_id(&self, id: i64) -> Result<Option<Org>>;

    // Users and credentials
    async fn create_user(&self, user: NewUser, now: OffsetDateTime) -> Result<User>;
    async fn user_by_id(&self, id: i64) -> Result<Option<User>>;
    async fn user_by_email(&self, email: &str) -> Result<Option<User>>;
    /// The user and their argon2id password hash (None when they have none).
    async fn credentials(&self, email: &str) -> Result<Option<(User, Option<String>)>>;
    async fn staff(&self) -> Result<Vec<User>>;
    async fn count_users(&self) -> Result<i64>;

    // Sessions (ids are stored hashed)
    async fn create_session(
        &self,
        id_hash: &str,
        user_id: i64,
        expires_at: OffsetDateTime,
    ) -> Result<()>;
    async fn session_user(&self, id_hash: &str, now: OffsetDateTime) -> Result<Option<User>>;
    async fn delete_session(&self, id_hash: &str) -> Result<()>;

    // API tokens (stored hashed)
    async fn create_api_token(
        &self,
        user_id: i64,
        label: &Screened,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> Result<ApiToken>;
    async fn api_token_user(&self, token_hash: &str, now: OffsetDateTime) -> Result<Option<User>>;
    async fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>>;
    async fn revoke_api_token(&self, user_id: i64, token_id: i64) -> Result<()>;

    /// Counts one hit against `key` in a fixed window; refuses past `max`.
    /// A key is kept as a row, so it is screened like any kept text.
    async fn rate_limit_hit(
        &self,
        key: &Screened,
        now: OffsetDateTime,
        window_secs: i64,
        max: i64,
    ) -> Result<RateDecision>;

    /// Failed sign-ins counted against each of `buckets` (hashed keys), in
    /// the same order; a bucket never failed, or cleared, is None.
    async fn signin_failures(&self, buckets: &[Screened]) -> Result<Vec<Option<SigninFailures>>>;
    /// Counts one failed sign-in against each bucket; a bucket whose last
    /// failure is more than `forget_after_secs` old starts again from one.
    async fn record_signin_failure(
        &self,
        buckets: &[Screened],
        now: OffsetDateTime,
        forget_after_secs: i64,
    ) -> Result<()>;
    /// Forgets the failures of each bucket (a successful sign-in).
    async fn clear_signin_failures(&self, buckets: &[Screened]) -> Result<()>;

    // Tickets
    /// Creates a ticket, its identifiers, sealed values and an audit event in
    /// one transaction. A repeated `submit_key` of the same requester gives
    /// `Conflict("duplicate_submission")`.
    async fn create_ticket(&self, ticket: NewTicket, now: OffsetDateTime) -> Result<Ticket>;
    /// `create_ticket` with its SLA due times and error signature. Backends
    /// should write it all in one transaction: this is the submission path.
    async fn create_ticket_scheduled(
        &self,
        ticket: NewTicket,
        schedule: &TicketSchedule,
        now: OffsetDateTime,
    ) -> Result<Ticket> {
        let t = self.create_ticket(ticket, now).await?;
        self.set_sla_and_signature(
            t.id,
            schedule.first_reply_due,
            schedule.resolution_due,
            schedule.error_signature.as_ref(),
        )
        .await?;
        self.ticket(t.id).await?.ok_or(StoreError::NotFound)
    }
    async fn ticket(&self, id: i64) -> Result<Option<Ticket>>;
    async fn ticket_by_submit_key(
        &self,
        requester_id: i64,
        submit_key: &str,
    ) -> Result<Option<Ticket>>;
    async fn list_tickets(&self, filter: &TicketFilter) -> Result<Vec<Ticket>>;
    async fn count_tickets(&self, filter: &TicketFilter) -> Result<i64>;
    /// Applies a change and records it in the audit log in one transaction.
    async fn update_ticket(
        &self,
        id: i64,
        patch: &TicketPatch,
        actor_id: i64,
        now: OffsetDateTime,
    ) -> Result<Ticket> {
        self.update_ticket_with_sla(id, patch, None, actor_id, now)
            .await
    }
    /// `update_ticket`, writing the SLA due times recomputed for the change
    /// (a new priority) in the same transaction, when given.
    async fn update_ticket_with_sla(
        &self,
        id: i64,
        patch: &TicketPatch,
        sla_due: Option<SlaDue>,
        actor_id: i64,
        now: OffsetDateTime,
    ) -> Result<Ticket>;

    /// Replaces a ticket's plain fields (an agent's correction) with its
    /// product, identifiers, error signature and text index, and writes a
    /// `fields_changed` audit event naming `change.changed`, in one
    /// transaction. Sealed values, subject and description are untouched.
    async fn update_ticket_fields(
        &self,
        id: i64,
        change: &FieldsChange,
        actor_id: i64,
        now: OffsetDateTime,
    ) -> Result<Ticket>;

    // Conversation
    /// Adds a comment (and an optional status change) in one transaction.
    async fn add_comment(&self, comment: NewComment, now: OffsetDateTime) -> Result<Comment>;
    async fn comments(&self, ticket_id: i64, include_internal: bool) -> Result<Vec<Comment>>;
    async fn audit_log(&self, ticket_id: i64) -> Result<Vec<AuditEvent>>;
    async fn sealed_fields(&self, ticket_id: i64) -> Result<Vec<SealedField>>;
}
