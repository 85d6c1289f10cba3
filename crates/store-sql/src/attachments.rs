/// `AttachmentStore`: bytes in a BLOB (SQLite) or BYTEA (PostgreSQL) next
/// to their metadata.
#[macro_export]
macro_rules! attachments {
    () => {
        use crate::rows::{json, ts};
        use crate::store_impl::{audit, lock_ticket};
        use crate::{Row, Store, db_err};
        use $crate::async_trait::async_trait;
        use $crate::serde_json;
        use sqlx::Row as _;
        use store::{Attachment, AttachmentStore, NewAttachment, Result, StoreError};
        use time::OffsetDateTime;

        const ATTACHMENT_COLUMNS: &str = "id, ticket_id, comment_id, uploader_id, filename, content_type, \
             size, sha256, removed, created_at";

        fn attachment(row: &Row) -> Result<Attachment> {
            Ok(Attachment {
                id: row.try_get("id").map_err(db_err)?,
                ticket_id: row.try_get("ticket_id").map_err(db_err)?,
                comment_id: row.try_get("comment_id").map_err(db_err)?,
                uploader_id: row.try_get("uploader_id").map_err(db_err)?,
                filename: row.try_get("filename").map_err(db_err)?,
                content_type: row.try_get("content_type").map_err(db_err)?,
                size: row.try_get("size").map_err(db_err)?,
                sha256: row.try_get("sha256").map_err(db_err)?,
                removed: json(row.try_get::<&str, _>("removed").map_err(db_err)?)?,
                created_at: ts(row.try_get("created_at").map_err(db_err)?),
            })
        }

        #[async_trait]
        impl AttachmentStore for Store {
            async fn add_attachment(
                &self,
                a: NewAttachment,
                sha256: &str,
                max_per_message: i64,
                now: OffsetDateTime,
            ) -> Result<Attachment> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                // The ticket's row lock (PostgreSQL; SQLite's one writer) makes
                // count-then-insert safe against a concurrent upload to the same
                // message.
                if lock_ticket(&mut tx, a.ticket_id).await?.is_none() {
                    return Err(StoreError::NotFound);
                }
                if let Some(cid) = a.comment_id {
                    let on_ticket: Option<i64> =
                        sqlx::query_scalar("SELECT id FROM comments WHERE id = $1 AND ticket_id = $2")
                            .bind(cid)
                            .bind(a.ticket_id)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(db_err)?;
                    if on_ticket.is_none() {
                        return Err(StoreError::NotFound);
                    }
                }
                let count: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM attachments WHERE ticket_id = $1 AND comment_id IS NOT DISTINCT FROM $2",
                )
                .bind(a.ticket_id)
                .bind(a.comment_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
                if count >= max_per_message {
                    return Err(StoreError::Conflict("too_many_files"));
                }
                let sql = format!(
                    "INSERT INTO attachments (ticket_id, comment_id, uploader_id, filename, content_type, size, \
                     sha256, removed, data, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                     RETURNING {ATTACHMENT_COLUMNS}"
                );
                let row = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(a.ticket_id)
                    .bind(a.comment_id)
                    .bind(a.uploader_id)
                    .bind(a.filename.as_str())
                    .bind(&a.content_type)
                    .bind(a.data.len() as i64)
                    .bind(sha256)
                    .bind(a.removed.to_string())
                    .bind(&a.data)
                    .bind(now.unix_timestamp())
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                let out = attachment(&row)?;
                audit(
                    &mut tx,
                    a.ticket_id,
                    Some(a.uploader_id),
                    "attachment_added",
                    serde_json::json!({ "attachment_id": out.id, "comment_id": a.comment_id }),
                    now,
                )
                .await?;
                tx.commit().await.map_err(db_err)?;
                Ok(out)
            }

            async fn attachment(&self, id: i64) -> Result<Option<Attachment>> {
                let sql = format!("SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE id = $1");
                let row = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?;
                row.as_ref().map(attachment).transpose()
            }

            async fn attachment_data(&self, id: i64) -> Result<Option<(Attachment, Vec<u8>)>> {
                let sql = format!("SELECT {ATTACHMENT_COLUMNS}, data FROM attachments WHERE id = $1");
                let row = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?;
                match row {
                    Some(row) => Ok(Some((
                        attachment(&row)?,
                        row.try_get("data").map_err(db_err)?,
                    ))),
                    None => Ok(None),
                }
            }

            async fn attachments(&self, ticket_id: i64) -> Result<Vec<Attachment>> {
                let sql = format!(
                    "SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE ticket_id = $1 ORDER BY id"
                );
                let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(ticket_id)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(attachment).collect()
            }
        }
    };
}
