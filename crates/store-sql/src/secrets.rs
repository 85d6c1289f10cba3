/// `SecretsStore`: debug ids, reveals, scheduled destruction and job
/// leases. Expanded in each backend's `secrets` module, which provides
/// `claim_job` (an upsert on SQLite's one writer, `SKIP LOCKED` on
/// PostgreSQL).
#[macro_export]
macro_rules! secrets {
    () => {
        use crate::dialect::{BYTEWISE, for_share};
        use crate::rows::{json, opt_ts, ts};
        use crate::store_impl::audit;
        use crate::{Row, Store, db_err};
        use $crate::async_trait::async_trait;
        use $crate::serde_json;
        use sqlx::Row as _;
        use store::{
            DebugId, NewDebugId, PurgeCounts, Result, SealedCiphertext, SecretsStore, StoreError,
        };
        use time::OffsetDateTime;

        const DEBUG_ID_COLUMNS: &str = "id, user_id, org_id, client_id, scopes, created_at, expires_at, \
             revoked_at, purged_at";

        fn debug_id(row: &Row) -> Result<DebugId> {
            Ok(DebugId {
                id: row.try_get("id").map_err(db_err)?,
                user_id: row.try_get("user_id").map_err(db_err)?,
                org_id: row.try_get("org_id").map_err(db_err)?,
                client_id: row.try_get("client_id").map_err(db_err)?,
                scopes: json(row.try_get::<&str, _>("scopes").map_err(db_err)?)?,
                created_at: ts(row.try_get("created_at").map_err(db_err)?),
                expires_at: ts(row.try_get("expires_at").map_err(db_err)?),
                revoked_at: opt_ts(row, "revoked_at")?,
                purged_at: opt_ts(row, "purged_at")?,
            })
        }

        #[async_trait]
        impl SecretsStore for Store {
            async fn create_debug_id(&self, d: NewDebugId, now: OffsetDateTime) -> Result<DebugId> {
                let scopes =
                    serde_json::to_string(&d.scopes).map_err(|e| StoreError::Database(e.to_string()))?;
                let sql = format!(
                    "INSERT INTO debug_ids (id, user_id, org_id, client_id, scopes, ciphertext, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {DEBUG_ID_COLUMNS}"
                );
                let row = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(&d.id)
                    .bind(d.user_id)
                    .bind(d.org_id)
                    .bind(d.client_id.as_deref())
                    .bind(scopes)
                    .bind(&d.ciphertext)
                    .bind(now.unix_timestamp())
                    .bind(d.expires_at.unix_timestamp())
                    .fetch_one(self.writes())
                    .await
                    .map_err(db_err)?;
                debug_id(&row)
            }

            async fn debug_id(&self, id: &str) -> Result<Option<DebugId>> {
                let sql = format!("SELECT {DEBUG_ID_COLUMNS} FROM debug_ids WHERE id = $1");
                let row = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?;
                row.as_ref().map(debug_id).transpose()
            }

            async fn debug_ids_of(&self, user_id: i64) -> Result<Vec<DebugId>> {
                let sql = format!(
                    "SELECT {DEBUG_ID_COLUMNS} FROM debug_ids WHERE user_id = $1 \
                     ORDER BY created_at DESC, id{BYTEWISE}"
                );
                let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(user_id)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(debug_id).collect()
            }

            async fn revoke_debug_id(&self, id: &str, user_id: i64, now: OffsetDateTime) -> Result<()> {
                let done = sqlx::query(
                    "UPDATE debug_ids SET ciphertext = NULL, revoked_at = COALESCE(revoked_at, $1), \
                     purged_at = COALESCE(purged_at, $1) WHERE id = $2 AND user_id = $3",
                )
                .bind(now.unix_timestamp())
                .bind(id)
                .bind(user_id)
                .execute(self.writes())
                .await
                .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    Err(StoreError::NotFound)
                } else {
                    Ok(())
                }
            }

            async fn reveal_debug_token(
                &self,
                id: &str,
                ticket_id: i64,
                actor_id: i64,
                now: OffsetDateTime,
            ) -> Result<Option<Vec<u8>>> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                // Shared-locked (`for_share`): a revoke or purge waits until
                // the reveal is recorded. Only on a ticket of the token's
                // owner: theirs, or their organization's. Pasted anywhere
                // else, the id opens nothing.
                let found: Option<(Option<Vec<u8>>, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT d.ciphertext, d.user_id FROM debug_ids d JOIN tickets t ON t.id = $1 \
                     WHERE d.id = $2 AND d.expires_at > $3 AND d.revoked_at IS NULL \
                     AND (d.user_id = t.requester_id OR (d.org_id IS NOT NULL AND d.org_id = t.org_id)) \
                     {}",
                    for_share("d")
                )))
                .bind(ticket_id)
                .bind(id)
                .bind(now.unix_timestamp())
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
                let Some((Some(ct), owner_id)) = found else {
                    return Ok(None);
                };
                audit(
                    &mut tx,
                    ticket_id,
                    Some(actor_id),
                    "debug_token_revealed",
                    serde_json::json!({ "debug_id": id, "owner_id": owner_id }),
                    now,
                )
                .await?;
                tx.commit().await.map_err(db_err)?;
                Ok(Some(ct))
            }

            async fn reveal_sealed(
                &self,
                ticket_id: i64,
                key: &str,
                actor_id: i64,
                now: OffsetDateTime,
            ) -> Result<Option<SealedCiphertext>> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let ct: Option<(Option<Vec<u8>>, Option<String>)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT s.ciphertext, t.seal_binding FROM sealed_values s \
                     JOIN tickets t ON t.id = s.ticket_id WHERE s.ticket_id = $1 AND s.key = $2 \
                     AND s.destroyed_at IS NULL AND s.destroy_after > $3 ORDER BY s.id DESC LIMIT 1 \
                     {}",
                    for_share("s")
                )))
                .bind(ticket_id)
                .bind(key)
                .bind(now.unix_timestamp())
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
                let Some((Some(ciphertext), seal_binding)) = ct else {
                    return Ok(None);
                };
                audit(
                    &mut tx,
                    ticket_id,
                    Some(actor_id),
                    "sealed_revealed",
                    serde_json::json!({ "key": key }),
                    now,
                )
                .await?;
                tx.commit().await.map_err(db_err)?;
                Ok(Some(SealedCiphertext {
                    ciphertext,
                    seal_binding,
                }))
            }

            async fn can_reveal(&self, user_id: i64) -> Result<bool> {
                let found: Option<i64> =
                    sqlx::query_scalar("SELECT user_id FROM reveal_grants WHERE user_id = $1")
                        .bind(user_id)
                        .fetch_optional(self.reads())
                        .await
                        .map_err(db_err)?;
                Ok(found.is_some())
            }

            async fn set_can_reveal(&self, user_id: i64, allowed: bool, now: OffsetDateTime) -> Result<()> {
                if allowed {
                    sqlx::query(
                        "INSERT INTO reveal_grants (user_id, granted_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    )
                    .bind(user_id)
                    .bind(now.unix_timestamp())
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?;
                } else {
                    sqlx::query("DELETE FROM reveal_grants WHERE user_id = $1")
                        .bind(user_id)
                        .execute(self.writes())
                        .await
                        .map_err(db_err)?;
                }
                Ok(())
            }

            async fn purge_due(&self, now: OffsetDateTime) -> Result<PurgeCounts> {
                let now = now.unix_timestamp();
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                // The ciphertext is set NULL: SQLite (secure_delete) zeroes the freed
                // space at once, PostgreSQL when VACUUM reclaims the old row version.
                let sealed = sqlx::query(
                    "UPDATE sealed_values SET ciphertext = NULL, destroyed_at = $1 \
                     WHERE destroyed_at IS NULL AND (destroy_after <= $1 OR ticket_id IN \
                       (SELECT id FROM tickets WHERE status IN ('solved', 'closed')))",
                )
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
                let tokens = sqlx::query(
                    "UPDATE debug_ids SET ciphertext = NULL, purged_at = $1 \
                     WHERE purged_at IS NULL AND expires_at <= $1",
                )
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
                let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                // Every window and delay is shorter than a day: rows untouched for
                // one count nothing any more.
                let stale = now - 86_400;
                let mut rate_rows = 0;
                for sql in [
                    "DELETE FROM rate_limits WHERE window_start < $1",
                    "DELETE FROM signin_failures WHERE last_at < $1",
                ] {
                    rate_rows += sqlx::query(sql)
                        .bind(stale)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?
                        .rows_affected();
                }
                tx.commit().await.map_err(db_err)?;
                Ok(PurgeCounts {
                    sealed_values: sealed,
                    debug_tokens: tokens,
                    sessions,
                    rate_rows,
                })
            }

            async fn claim_job(
                &self,
                name: &str,
                holder: &str,
                now: OffsetDateTime,
                lease_secs: i64,
            ) -> Result<bool> {
                claim_job(self, name, holder, now.unix_timestamp(), lease_secs).await
            }

            async fn finish_job(&self, name: &str, holder: &str, now: OffsetDateTime) -> Result<()> {
                sqlx::query(
                    "UPDATE job_leases SET lease_until = $1, last_run_at = $1 WHERE name = $2 AND holder = $3",
                )
                .bind(now.unix_timestamp())
                .bind(name)
                .bind(holder)
                .execute(self.writes())
                .await
                .map_err(db_err)?;
                Ok(())
            }
        }
    };
}
