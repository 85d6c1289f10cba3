use crate::{SqliteStore, db_err};
use async_trait::async_trait;
use store::{PasswordResetStore, Result};
use time::OffsetDateTime;

#[async_trait]
impl PasswordResetStore for SqliteStore {
    async fn create_password_reset(
        &self,
        user_id: i64,
        token_hash: &str,
        now: OffsetDateTime,
        expires_at: OffsetDateTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) \
             VALUES (?, ?, ?, ?)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(now.unix_timestamp())
        .bind(expires_at.unix_timestamp())
        .execute(&self.write)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn password_reset_user(
        &self,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<i64>> {
        sqlx::query_scalar(
            "SELECT user_id FROM password_resets \
             WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
        )
        .bind(token_hash)
        .bind(now.unix_timestamp())
        .fetch_optional(&self.read)
        .await
        .map_err(db_err)
    }

    async fn complete_password_reset(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<i64>> {
        let mut tx = self.write.begin().await.map_err(db_err)?;
        // Claiming the token is the first write: a second use finds it used.
        let user_id: Option<i64> = sqlx::query_scalar(
            "UPDATE password_resets SET used_at = ? \
             WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING user_id",
        )
        .bind(now.unix_timestamp())
        .bind(token_hash)
        .bind(now.unix_timestamp())
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        let Some(user_id) = user_id else {
            return Ok(None);
        };
        sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
            .bind(password_hash)
            .bind(user_id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        sqlx::query("UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
            .bind(now.unix_timestamp())
            .bind(user_id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        sqlx::query("DELETE FROM sessions WHERE user_id = ?")
            .bind(user_id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(Some(user_id))
    }
}
