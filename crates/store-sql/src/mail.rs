/// `MailStore`: the outbox, reply tokens and pending notifications.
/// Senders claim due rows under a lease; on PostgreSQL, where senders on
/// several instances claim at once, `dialect::SKIP_LOCKED` makes one skip
/// rows another is claiming.
#[macro_export]
macro_rules! mail {
    () => {
        use crate::dialect::{IN_IDS, SKIP_LOCKED, ids_param};
        use crate::rows::opt_ts;
        use crate::{Row, Store, db_err};
        use $crate::async_trait::async_trait;
        use sqlx::Row as _;
        use store::{AuditEvent, MailStore, NewMail, OutboxMail, Result};
        use time::OffsetDateTime;

        const COLUMNS: &str = "id, recipient, subject, text_body, html_body, reply_to, ticket_id, attempts, sent_at, last_error";

        fn outbox_mail(r: &Row) -> Result<OutboxMail> {
            Ok(OutboxMail {
                id: r.try_get("id").map_err(db_err)?,
                recipient: r.try_get("recipient").map_err(db_err)?,
                subject: r.try_get("subject").map_err(db_err)?,
                text_body: r.try_get("text_body").map_err(db_err)?,
                html_body: r.try_get("html_body").map_err(db_err)?,
                reply_to: r.try_get("reply_to").map_err(db_err)?,
                ticket_id: r.try_get("ticket_id").map_err(db_err)?,
                attempts: r.try_get("attempts").map_err(db_err)?,
                sent_at: opt_ts(r, "sent_at")?,
                last_error: r.try_get("last_error").map_err(db_err)?,
            })
        }

        #[async_trait]
        impl MailStore for Store {
            async fn enqueue_mail(&self, m: NewMail, now: OffsetDateTime) -> Result<i64> {
                sqlx::query_scalar(
                    "INSERT INTO mail_outbox (recipient, subject, text_body, html_body, reply_to, ticket_id, \
                     next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
                )
                .bind(&m.recipient)
                .bind(m.subject.as_str())
                .bind(m.text_body.as_str())
                .bind(m.html_body.as_str())
                .bind(&m.reply_to)
                .bind(m.ticket_id)
                .bind(now.unix_timestamp())
                .fetch_one(self.writes())
                .await
                .map_err(db_err)
            }

            async fn claim_due_mail(
                &self,
                now: OffsetDateTime,
                limit: i64,
                lease_secs: i64,
            ) -> Result<Vec<OutboxMail>> {
                // Rows another sender is claiming right now are skipped, not waited
                // for (`SKIP_LOCKED`; SQLite's one writer has no one to skip); once
                // its claim commits, the lease (claimed_until) keeps them out of
                // every other claim until it ends.
                let sql = format!(
                    "UPDATE mail_outbox SET claimed_until = $1 + $2 WHERE id IN (\
                       SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 \
                       AND (claimed_until IS NULL OR claimed_until <= $1) ORDER BY id LIMIT $3{SKIP_LOCKED}) \
                     RETURNING {COLUMNS}"
                );
                let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(now.unix_timestamp())
                    .bind(lease_secs)
                    .bind(limit)
                    .fetch_all(self.writes())
                    .await
                    .map_err(db_err)?;
                let mut mails = rows.iter().map(outbox_mail).collect::<Result<Vec<_>>>()?;
                mails.sort_by_key(|m| m.id);
                Ok(mails)
            }

            async fn mark_mail_sent(&self, id: i64, now: OffsetDateTime) -> Result<()> {
                sqlx::query(
                    "UPDATE mail_outbox SET sent_at = $1, claimed_until = NULL, attempts = attempts + 1 WHERE id = $2",
                )
                .bind(now.unix_timestamp())
                .bind(id)
                .execute(self.writes())
                .await
                .map_err(db_err)?;
                Ok(())
            }

            async fn mark_mail_failed(&self, id: i64, error: &str, retry_at: OffsetDateTime) -> Result<()> {
                sqlx::query(
                    "UPDATE mail_outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2, \
                     claimed_until = NULL WHERE id = $3",
                )
                .bind(error)
                .bind(retry_at.unix_timestamp())
                .bind(id)
                .execute(self.writes())
                .await
                .map_err(db_err)?;
                Ok(())
            }

            async fn mail_backlog(&self, cap: i64) -> Result<i64> {
                let (n,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM mail_outbox WHERE sent_at IS NULL LIMIT $1) AS waiting",
                )
                .bind(cap)
                .fetch_one(self.reads())
                .await
                .map_err(db_err)?;
                Ok(n)
            }

            async fn outbox(&self, limit: i64) -> Result<Vec<OutboxMail>> {
                let sql = format!("SELECT {COLUMNS} FROM mail_outbox ORDER BY id DESC LIMIT $1");
                let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(limit)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(outbox_mail).collect()
            }

            async fn ticket_by_mail_token(&self, token: &str) -> Result<Option<i64>> {
                sqlx::query_scalar("SELECT ticket_id FROM ticket_mail_tokens WHERE token = $1")
                    .bind(token)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)
            }

            async fn pending_notifications(&self, limit: i64) -> Result<Vec<AuditEvent>> {
                let rows = sqlx::query(
                    "SELECT e.id, e.ticket_id, e.actor_id, e.action, e.detail, e.at \
                     FROM pending_notifications p JOIN audit_events e ON e.id = p.event_id \
                     ORDER BY p.event_id LIMIT $1",
                )
                .bind(limit)
                .fetch_all(self.reads())
                .await
                .map_err(db_err)?;
                rows.iter().map(crate::rows::audit_event).collect()
            }

            async fn queue_notifications(
                &self,
                events: &[i64],
                mails: Vec<NewMail>,
                now: OffsetDateTime,
            ) -> Result<bool> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                // Claim every event first, in one statement (a statement per
                // event held the one write connection, and so the ticket
                // writer, through a hundred round trips per batch): if another
                // sender told any of them, dropping the transaction queues
                // nothing twice.
                let mut distinct = events.to_vec();
                distinct.sort_unstable();
                distinct.dedup();
                let claimed = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DELETE FROM pending_notifications WHERE event_id {IN_IDS}"
                )))
                .bind(ids_param(&distinct)?)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
                if claimed != distinct.len() as u64 {
                    return Ok(false);
                }
                for m in &mails {
                    sqlx::query(
                        "INSERT INTO mail_outbox (recipient, subject, text_body, html_body, reply_to, ticket_id, \
                         next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .bind(&m.recipient)
                    .bind(m.subject.as_str())
                    .bind(m.text_body.as_str())
                    .bind(m.html_body.as_str())
                    .bind(&m.reply_to)
                    .bind(m.ticket_id)
                    .bind(now.unix_timestamp())
                    .bind(now.unix_timestamp())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)?;
                Ok(true)
            }
        }
    };
}
