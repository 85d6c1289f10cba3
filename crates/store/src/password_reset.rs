//! Password resets by mail: a single-use token that expires. Only the
//! token's hash is stored; using it sets the new password and ends every
//! session of its user, in one transaction.

use crate::Result;
use async_trait::async_trait;
use time::OffsetDateTime;

#[async_trait]
pub trait PasswordResetStore: Send + Sync {
    /// Stores a reset for `user_id` under `token_hash`, usable until
    /// `expires_at`.
    async fn create_password_reset(
        &self,
        user_id: i64,
        token_hash: &str,
        now: OffsetDateTime,
        expires_at: OffsetDateTime,
    ) -> Result<()>;
    /// The user a reset belongs to, while it is unused and unexpired.
    async fn password_reset_user(
        &self,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<i64>>;
    /// Uses a reset: sets the user's password hash, marks every reset of
    /// that user used and ends all their sessions, in one transaction.
    /// None (and nothing changed) when the token is unknown, used or expired.
    async fn complete_password_reset(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<i64>>;
}
