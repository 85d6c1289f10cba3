/// `PasswordResetStore`, the same on both backends.
#[macro_export]
macro_rules! password_reset {
    () => {
        use crate::{Store, db_err};
        use $crate::async_trait::async_trait;
        use store::{PasswordResetStore, Result};
        use time::OffsetDateTime;

        #[async_trait]
        impl PasswordResetStore for Store {
            async fn create_password_reset(
                &self,
                user_id: i64,
                token_hash: &str,
                now: OffsetDateTime,
                expires_at: OffsetDateTime,
            ) -> Result<()> {
                sqlx::query(
                    "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(token_hash)
                .bind(user_id)
                .bind(now.unix_timestamp())
                .bind(expires_at.unix_timestamp())
                .execute(self.writes())
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
                     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
                )
                .bind(token_hash)
                .bind(now.unix_timestamp())
                .fetch_optional(self.reads())
                .await
                .map_err(db_err)
            }

            async fn complete_password_reset(
                &self,
                token_hash: &str,
                password_hash: &str,
                now: OffsetDateTime,
            ) -> Result<Option<i64>> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                // Claiming the token is the first write: a second use finds it used.
                let user_id: Option<i64> = sqlx::query_scalar(
                    "UPDATE password_resets SET used_at = $1 \
                     WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
                     RETURNING user_id",
                )
                .bind(now.unix_timestamp())
                .bind(token_hash)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
                let Some(user_id) = user_id else {
                    return Ok(None);
                };
                sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                    .bind(password_hash)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                sqlx::query(
                    "UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL",
                )
                .bind(now.unix_timestamp())
                .bind(user_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                Ok(Some(user_id))
            }
        }
    };
}
