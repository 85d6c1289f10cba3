//! Attachments on SQLite: bytes in a BLOB next to their metadata.

use crate::rows::ts;
use crate::store_impl::audit;
use crate::{SqliteStore, db_err};
use async_trait::async_trait;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use store::{Attachment, AttachmentStore, NewAttachment, Result, StoreError};
use time::OffsetDateTime;

const ATTACHMENT_COLUMNS: &str = "id, ticket_id, comment_id, uploader_id, filename, content_type, \
     size, sha256, removed, created_at";

fn attachment(row: &SqliteRow) -> Result<Attachment> {
    let removed: String = row.try_get("removed").map_err(db_err)?;
    Ok(Attachment {
        id: row.try_get("id").map_err(db_err)?,
        ticket_id: row.try_get("ticket_id").map_err(db_err)?,
        comment_id: row.try_get("comment_id").map_err(db_err)?,
        uploader_id: row.try_get("uploader_id").map_err(db_err)?,
        filename: row.try_get("filename").map_err(db_err)?,
        content_type: row.try_get("content_type").map_err(db_err)?,
        size: row.try_get("size").map_err(db_err)?,
        sha256: row.try_get("sha256").map_err(db_err)?,
        removed: serde_json::from_str(&removed).map_err(|e| StoreError::Database(e.to_string()))?,
        created_at: ts(row.try_get("created_at").map_err(db_err)?),
    })
}

#[async_trait]
impl AttachmentStore for SqliteStore {
    async fn add_attachment(
        &self,
        a: NewAttachment,
        sha256: &str,
        max_per_message: i64,
        now: OffsetDateTime,
    ) -> Result<Attachment> {
        let mut tx = self.write.begin().await.map_err(db_err)?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM tickets WHERE id = ?")
            .bind(a.ticket_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
        if exists.is_none() {
            return Err(StoreError::NotFound);
        }
        if let Some(cid) = a.comment_id {
            let on_ticket: Option<i64> =
                sqlx::query_scalar("SELECT id FROM comments WHERE id = ? AND ticket_id = ?")
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
            "SELECT COUNT(*) FROM attachments WHERE ticket_id = ? AND comment_id IS ?",
        )
        .bind(a.ticket_id)
        .bind(a.comment_id)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
        if count >= max_per_message {
            return Err(StoreError::Conflict("too_many_files"));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO attachments (ticket_id, comment_id, uploader_id, filename, content_type, size, \
             sha256, removed, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
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
        audit(
            &mut tx,
            a.ticket_id,
            Some(a.uploader_id),
            "attachment_added",
            serde_json::json!({ "attachment_id": id, "comment_id": a.comment_id }),
            now,
        )
        .await?;
        let sql = format!("SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        let out = attachment(&row)?;
        tx.commit().await.map_err(db_err)?;
        Ok(out)
    }

    async fn attachment(&self, id: i64) -> Result<Option<Attachment>> {
        let sql = format!("SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.read)
            .await
            .map_err(db_err)?;
        row.as_ref().map(attachment).transpose()
    }

    async fn attachment_data(&self, id: i64) -> Result<Option<(Attachment, Vec<u8>)>> {
        let sql = format!("SELECT {ATTACHMENT_COLUMNS}, data FROM attachments WHERE id = ?");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.read)
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
        let sql =
            format!("SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE ticket_id = ? ORDER BY id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(ticket_id)
            .fetch_all(&self.read)
            .await
            .map_err(db_err)?;
        rows.iter().map(attachment).collect()
    }
}
