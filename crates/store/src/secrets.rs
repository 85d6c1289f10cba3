//! Sealed secrets at rest: debug ids (an access token exchanged for an
//! opaque id), the reveal permission and its audit trail, scheduled
//! destruction, and the database leases background jobs run under.
//!
//! The store only ever sees ciphertext; sealing happens in the web layer.

use crate::{Result, SealedCiphertext};
use async_trait::async_trait;
use guard::Screened;
use serde::Serialize;
use time::OffsetDateTime;

#[derive(Debug, Clone)]
pub struct NewDebugId {
    /// `dbg_` + 26 base32 characters, chosen by the caller.
    pub id: String,
    pub user_id: i64,
    pub org_id: Option<i64>,
    /// Read from the claims of a token someone pasted: screened text.
    pub client_id: Option<Screened>,
    pub scopes: Vec<Screened>,
    /// The sealed access token.
    pub ciphertext: Vec<u8>,
    pub expires_at: OffsetDateTime,
}

/// A debug id's metadata; never the token.
#[derive(Debug, Clone, Serialize)]
pub struct DebugId {
    pub id: String,
    pub user_id: i64,
    pub org_id: Option<i64>,
    pub client_id: Option<String>,
    pub scopes: Vec<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub revoked_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub purged_at: Option<OffsetDateTime>,
}

impl DebugId {
    /// Whether the sealed token is still held.
    pub fn token_held(&self) -> bool {
        self.purged_at.is_none()
    }
}

/// What one purge pass destroyed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeCounts {
    pub sealed_values: u64,
    pub debug_tokens: u64,
    /// Expired sessions deleted.
    pub sessions: u64,
    /// Rate-limit and sign-in failure rows untouched for a day, deleted.
    pub rate_rows: u64,
}

#[async_trait]
pub trait SecretsStore: Send + Sync + 'static {
    /// Stores a debug id; an id already taken is `Conflict("already_exists")`.
    async fn create_debug_id(&self, d: NewDebugId, now: OffsetDateTime) -> Result<DebugId>;
    async fn debug_id(&self, id: &str) -> Result<Option<DebugId>>;
    /// A user's debug ids, newest first.
    async fn debug_ids_of(&self, user_id: i64) -> Result<Vec<DebugId>>;
    /// Revokes one of `user_id`'s debug ids and drops its token at once.
    /// Someone else's (or an unknown) id is `NotFound`.
    async fn revoke_debug_id(&self, id: &str, user_id: i64, now: OffsetDateTime) -> Result<()>;

    /// The sealed token behind a debug id, recording the reveal in the
    /// audit log of `ticket_id` in the same transaction. None (and no audit
    /// event) when the token was purged, revoked or never existed, or when
    /// the ticket is not its owner's: neither theirs nor their
    /// organization's (a debug id pasted into someone else's ticket reveals
    /// nothing).
    async fn reveal_debug_token(
        &self,
        id: &str,
        ticket_id: i64,
        actor_id: i64,
        now: OffsetDateTime,
    ) -> Result<Option<Vec<u8>>>;
    /// The ciphertext of a ticket's sealed field and the ticket's seal
    /// binding, recording the reveal in the same transaction. None (and no
    /// audit event) once destroyed.
    async fn reveal_sealed(
        &self,
        ticket_id: i64,
        key: &str,
        actor_id: i64,
        now: OffsetDateTime,
    ) -> Result<Option<SealedCiphertext>>;

    /// Whether a user was granted the reveal permission (admins have it
    /// by role; this is the per-agent grant).
    async fn can_reveal(&self, user_id: i64) -> Result<bool>;
    async fn set_can_reveal(&self, user_id: i64, allowed: bool, now: OffsetDateTime) -> Result<()>;

    /// Destroys what is due at `now`: sealed values past `destroy_after` or
    /// whose ticket is solved or closed, and debug tokens past expiry; and
    /// deletes expired sessions and rate-limit and sign-in failure rows
    /// untouched for a day.
    async fn purge_due(&self, now: OffsetDateTime) -> Result<PurgeCounts>;

    /// Claims the job `name` for `holder` until `now + lease_secs` when no
    /// one else holds an unexpired lease. True when the claim succeeded.
    async fn claim_job(
        &self,
        name: &str,
        holder: &str,
        now: OffsetDateTime,
        lease_secs: i64,
    ) -> Result<bool>;
    /// Ends `holder`'s lease on `name` and records when the job last ran.
    async fn finish_job(&self, name: &str, holder: &str, now: OffsetDateTime) -> Result<()>;
}
