//! Files attached to requests and replies. The web layer sniffs, cleans and
//! re-encodes them; the store keeps the resulting bytes (BLOB) with their
//! metadata, so a backup is one database.

use crate::Result;
use async_trait::async_trait;
use guard::Screened;
use serde::Serialize;
use time::OffsetDateTime;

#[derive(Debug, Clone)]
pub struct NewAttachment {
    pub ticket_id: i64,
    /// The reply it belongs to; None for the request itself.
    pub comment_id: Option<i64>,
    pub uploader_id: i64,
    /// Cleaned, then screened: the name as it is kept.
    pub filename: Screened,
    pub content_type: String,
    /// Where values were removed by the sanitizers (never the values).
    pub removed: serde_json::Value,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Attachment {
    pub id: i64,
    pub ticket_id: i64,
    pub comment_id: Option<i64>,
    pub uploader_id: i64,
    pub filename: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub removed: serde_json::Value,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[async_trait]
pub trait AttachmentStore: Send + Sync + 'static {
    /// Stores a file unless its message already has `max_per_message`
    /// files (`Conflict("too_many_files")`). Records an audit event.
    async fn add_attachment(
        &self,
        a: NewAttachment,
        sha256: &str,
        max_per_message: i64,
        now: OffsetDateTime,
    ) -> Result<Attachment>;
    async fn attachment(&self, id: i64) -> Result<Option<Attachment>>;
    /// The metadata and the bytes.
    async fn attachment_data(&self, id: i64) -> Result<Option<(Attachment, Vec<u8>)>>;
    /// A ticket's attachments in upload order (metadata only).
    async fn attachments(&self, ticket_id: i64) -> Result<Vec<Attachment>>;
}
