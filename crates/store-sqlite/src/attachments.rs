//! Attachments on SQLite: bytes in a BLOB next to their metadata.

store_sql::attachments!();
