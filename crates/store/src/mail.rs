//! The mail outbox and per-ticket reply tokens. Mail is written to the
//! outbox in the same database as the change that caused it and sent later,
//! so an SMTP outage delays mail and loses none.

use crate::{AuditEvent, Result};
use async_trait::async_trait;
use guard::Screened;
use serde::Serialize;
use time::OffsetDateTime;

/// Audit actions people are told about: their events wait in the store
/// until the mail about them is queued (`pending_notifications`).
pub const NOTIFIED_ACTIONS: &[&str] = &["created", "replied", "updated"];

#[derive(Debug, Clone)]
pub struct NewMail {
    /// A user's address as the store keeps it (parsed at sign-up).
    pub recipient: String,
    pub subject: Screened,
    pub text_body: Screened,
    pub html_body: Screened,
    /// The address replies should go to (a ticket's reply address).
    pub reply_to: Option<String>,
    pub ticket_id: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutboxMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub reply_to: Option<String>,
    pub ticket_id: Option<i64>,
    pub attempts: i64,
    #[serde(with = "time::serde::rfc3339::option")]
    pub sent_at: Option<OffsetDateTime>,
    pub last_error: Option<String>,
}

#[async_trait]
pub trait MailStore: Send + Sync {
    async fn enqueue_mail(&self, mail: NewMail, now: OffsetDateTime) -> Result<i64>;
    /// Claims up to `limit` due mails for `lease_secs`; a sender that dies
    /// leaves them to be claimed again when the lease ends.
    async fn claim_due_mail(
        &self,
        now: OffsetDateTime,
        limit: i64,
        lease_secs: i64,
    ) -> Result<Vec<OutboxMail>>;
    async fn mark_mail_sent(&self, id: i64, now: OffsetDateTime) -> Result<()>;
    async fn mark_mail_failed(&self, id: i64, error: &str, retry_at: OffsetDateTime) -> Result<()>;
    /// Most recent first.
    async fn outbox(&self, limit: i64) -> Result<Vec<OutboxMail>>;
    /// How many mails wait to be sent (counted up to `cap`).
    async fn mail_backlog(&self, cap: i64) -> Result<i64>;
    /// The ticket of a reply token kept by a version that stored a random
    /// token per ticket (reply addresses are tagged now, and stored nowhere;
    /// `app::mail::inbound::reply_token`).
    async fn ticket_by_mail_token(&self, token: &str) -> Result<Option<i64>>;

    /// Events of [`NOTIFIED_ACTIONS`] whose mail is not queued yet, oldest
    /// first. They were written in the transaction of their change.
    async fn pending_notifications(&self, limit: i64) -> Result<Vec<AuditEvent>>;
    /// Queues `mails` and marks `events` as told, in one transaction. When
    /// another sender told any of them first, nothing is queued: Ok(false).
    async fn queue_notifications(
        &self,
        events: &[i64],
        mails: Vec<NewMail>,
        now: OffsetDateTime,
    ) -> Result<bool>;
}
