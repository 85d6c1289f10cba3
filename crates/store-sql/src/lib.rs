//! The SQL both backends share, written once.
//!
//! sqlx binds `$N` on SQLite as on PostgreSQL, and the two dialects agree on
//! most of what the store says, so the queries and the code around them are
//! written here and expanded in each backend. They are macros rather than
//! functions generic over `sqlx::Database`: expanded, they are ordinary code
//! over the backend's own pool, connection and row types, so the async
//! trait's futures stay `Send` without a page of higher-ranked bounds.
//!
//! A macro refers to what it expands next to by name. Each backend's crate
//! root provides:
//! - `Store`, its store type, with `reads()` and `writes()` naming the pool
//!   to read from and the one to write to (one pool on PostgreSQL);
//! - `Db`, `Pool`, `Row` and `Conn`: its `sqlx::Database`, pool, row and
//!   connection types;
//! - `db_err` (re-exported from here), the `rows` module (`rows!` plus its
//!   `USER_COLUMNS`) and the `dialect` module: the words the two spell
//!   differently (row locks, `SKIP LOCKED`, booleans, `ILIKE`, ...).
//!
//! What truly differs beyond words (SQLite's group commit, FTS5 searches
//! and rollups; PostgreSQL's job claim and text search) stays in the
//! backend module the macro is expanded in, as functions of the same name
//! in both: each macro's comment lists what it expects there.

// `crate::` in these macros means the backend they are expanded in, on
// purpose: that is where `Store`, `rows` and `dialect` live.
#![allow(clippy::crate_in_macro_def)]

mod attachments;
mod help_center;
pub mod intake_queue;
mod mail;
pub mod new_tickets;
mod password_reset;
mod people;
mod rows;
mod secrets;
pub mod seed;
mod store_impl;
mod workspace;

// The macros name these through this crate, so a backend need not declare
// what only the shared code uses.
#[doc(hidden)]
pub use {async_trait, serde_json};

use store::StoreError;
use time::OffsetDateTime;

/// A unique violation is a conflict the caller can answer; anything else is
/// the database failing.
pub fn db_err(e: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(d) = &e
        && d.is_unique_violation()
    {
        return StoreError::Conflict("already_exists");
    }
    StoreError::Database(e.to_string())
}

/// Unix seconds as stored (BIGINT on both backends) back to a time.
pub fn ts(secs: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// A stored enum's text back to its type.
pub fn parse<T: std::str::FromStr>(s: &str) -> store::Result<T> {
    s.parse()
        .map_err(|_| StoreError::Database(format!("unexpected stored value {s:?}")))
}

/// JSON kept as TEXT on both backends.
pub fn json<T: serde::de::DeserializeOwned>(text: &str) -> store::Result<T> {
    serde_json::from_str(text).map_err(|e| StoreError::Database(e.to_string()))
}
