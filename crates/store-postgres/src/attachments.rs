//! Attachments on PostgreSQL: bytes in a BYTEA next to their metadata.

store_sql::attachments!();
