//! The mail outbox on SQLite.

store_sql::mail!();
