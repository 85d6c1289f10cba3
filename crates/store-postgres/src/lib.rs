//! PostgreSQL behind the `Store` trait, for running several Sportello
//! instances on one database: sessions, rate-limit windows, job leases and
//! the mail outbox all live in it, and background work is claimed with
//! `FOR UPDATE SKIP LOCKED` so each job runs once.
//!
//! Migrations are embedded and run at connect, under sqlx's advisory lock,
//! so instances starting together do not race. The schema mirrors the
//! SQLite one (same migration numbers, unix seconds in BIGINT); the shared
//! conformance story keeps the two backends telling the same story.

mod attachments;
mod counts;
mod dialect;
mod help_center;
mod intake;
mod mail;
mod password_reset;
mod people;
mod rows;
mod secrets;
pub mod seed;
mod store_impl;
pub mod testing;
mod workspace;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use std::str::FromStr;
use std::time::Duration;
use store::{Result, StoreError};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
    /// New tickets go in in groups (`intake`).
    intake: store_sql::intake_queue::IntakeQueue,
    /// Dropped with the last handle, which stops the task folding the
    /// kept ticket counts (`counts.rs`).
    _counts: std::sync::Arc<tokio::sync::oneshot::Sender<()>>,
}

pub(crate) use store_sql::db_err;

// What the shared SQL in `store_sql` expands against.
type Store = PgStore;
type Row = sqlx::postgres::PgRow;
type Db = sqlx::Postgres;
type Pool = PgPool;
type Conn = sqlx::PgConnection;

impl PgStore {
    /// One pool serves reads and writes alike.
    fn reads(&self) -> &PgPool {
        &self.pool
    }

    fn writes(&self) -> &PgPool {
        &self.pool
    }
}

/// Whether `url` names a PostgreSQL database (`postgres://` or `postgresql://`).
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

impl PgStore {
    /// Connects to a `postgres://` URL and applies pending migrations.
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_with(url, 10).await
    }

    /// Like `connect`, with at most `max_connections` pooled connections.
    pub async fn connect_with(url: &str, max_connections: u32) -> Result<Self> {
        // NOTICEs ("relation already exists, skipping" from the migrator on
        // every start) are not worth a log line; warnings still are.
        let opts = PgConnectOptions::from_str(url)
            .map_err(db_err)?
            .options([("client_min_messages", "warning")]);
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await
            .map_err(db_err)?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|e| StoreError::Database(e.to_string()))?;
        let (stop, stopped) = tokio::sync::oneshot::channel();
        tokio::spawn(counts::run(pool.clone(), stopped));
        let intake = intake::start(pool.clone());
        Ok(PgStore {
            pool,
            intake,
            _counts: std::sync::Arc::new(stop),
        })
    }

    /// Folds the ticket count changes not yet folded now, rather than at
    /// the next tick (tests, and a bulk load that wants them folded).
    pub async fn fold_counts(&self) -> Result<()> {
        counts::fold(&self.pool).await
    }

    /// After a bulk load: folds the count changes, then vacuums and
    /// analyzes. Without it the planner has no statistics for the loaded
    /// rows, and the change table keeps the pages of every change folded
    /// (readers add its rows, so they would read them all) until
    /// autovacuum gets round to it.
    pub async fn settle_after_bulk_load(&self) -> Result<()> {
        self.fold_counts().await?;
        sqlx::query("VACUUM (ANALYZE)")
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// True when this store's connections to the server are encrypted
    /// (the URL's `sslmode`: `disable`, `prefer` — the default —, `require`,
    /// `verify-ca`, `verify-full`, with `sslrootcert` for a private CA).
    pub async fn connection_is_encrypted(&self) -> Result<bool> {
        let row: (Option<bool>,) =
            sqlx::query_as("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                .fetch_one(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(row.0.unwrap_or(false))
    }
}
