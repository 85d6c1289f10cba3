//! SQLite behind the `Store` trait: one file in the data directory, WAL,
//! foreign keys on, migrations embedded in the binary and run at open.
//!
//! Writes go through a pool of one connection so SQLite never has to
//! arbitrate between writers (no `SQLITE_BUSY` under load); reads use a
//! separate pool and see the last committed state through WAL. New tickets
//! queue for that writer and go in in groups (see `intake`); the WAL is
//! checkpointed beside the writer (see `checkpoint`).

mod attachments;
mod checkpoint;
mod dialect;
mod help_center;
mod intake;
mod lookups;
mod mail;
mod password_reset;
mod people;
pub mod private;
mod rows;
mod secrets;
pub mod seed;
mod store_impl;
mod workspace;
mod writeback;

pub use checkpoint::{WAL_BOUND, WAL_SOFT_LIMIT};

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;
use store::{Result, StoreError};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Clone)]
pub struct SqliteStore {
    write: SqlitePool,
    read: SqlitePool,
    intake: store_sql::intake_queue::IntakeQueue,
    lookups: std::sync::Arc<lookups::Lookups>,
    checkpointer: SqlitePool,
    /// Dropped with the last handle, which stops the checkpoint task.
    _checkpoints: std::sync::Arc<tokio::sync::oneshot::Sender<()>>,
}

pub(crate) use store_sql::db_err;

/// A rusqlite error (the ticket writer, the inline lookups) as the store's.
pub(crate) fn rusqlite_err(e: rusqlite::Error) -> StoreError {
    StoreError::Database(e.to_string())
}

// What the shared SQL in `store_sql` expands against.
type Store = SqliteStore;
type Row = sqlx::sqlite::SqliteRow;
type Db = sqlx::Sqlite;
type Pool = SqlitePool;
type Conn = sqlx::SqliteConnection;

impl SqliteStore {
    /// The read-only pool: reads see the last commit through WAL.
    fn reads(&self) -> &SqlitePool {
        &self.read
    }

    /// The one writer connection.
    fn writes(&self) -> &SqlitePool {
        &self.write
    }
}

/// What every read-write connection sets, sqlx's and the ticket writer's.
fn pragmas() -> [(&'static str, String); 5] {
    [
        ("synchronous", "NORMAL".into()),
        ("foreign_keys", "ON".into()),
        // Destroyed secrets are overwritten, not just unlinked from the b-tree.
        ("secure_delete", "ON".into()),
        // No commit checkpoints; `checkpoint` does it beside the writer.
        ("wal_autocheckpoint", "0".into()),
        // When SQLite restarts the WAL it cuts the file back to this size
        // only if it grew past it; below, its blocks are reused (see
        // `checkpoint::WalFill`).
        (
            "journal_size_limit",
            checkpoint::WAL_WRITER_LIMIT.to_string(),
        ),
    ]
}

/// The WAL file beside a database file; none for an in-memory database.
fn wal_path(opts: &SqliteConnectOptions) -> Option<std::path::PathBuf> {
    let db = opts.get_filename();
    let name = db.file_name()?.to_str()?;
    if name.is_empty() || name == ":memory:" || db.as_os_str().is_empty() {
        return None;
    }
    Some(db.with_file_name(format!("{name}-wal")))
}

impl SqliteStore {
    /// Opens (creating if needed) `sportello.db` inside `dir` and migrates it.
    /// The directory is made private (0700) and so is the database file
    /// (0600, whatever the umask); SQLite gives its WAL and shared-memory
    /// files the database file's mode.
    pub async fn open_dir(dir: &Path) -> Result<Self> {
        Self::open_dir_with_queue(dir, intake::QUEUE).await
    }

    /// Like `open_dir`, with room for `intake_queue` submissions waiting
    /// for the writer (a test uses a small one to see the queue fill).
    pub async fn open_dir_with_queue(dir: &Path, intake_queue: usize) -> Result<Self> {
        let io = |what: &str, p: &Path, e: std::io::Error| {
            StoreError::Database(format!("{what} {}: {e}", p.display()))
        };
        private::create_dir(dir).map_err(|e| io("creating", dir, e))?;
        let db = dir.join("sportello.db");
        private::create_file(&db).map_err(|e| io("creating", &db, e))?;
        for name in ["sportello.db-wal", "sportello.db-shm"] {
            let p = dir.join(name);
            if p.exists() {
                private::restrict(&p).map_err(|e| io("restricting", &p, e))?;
            }
        }
        let opts = SqliteConnectOptions::new().filename(db);
        Self::open_with(opts, intake_queue.max(1)).await
    }

    /// Opens a `sqlite:` URL and migrates it.
    pub async fn open_url(url: &str) -> Result<Self> {
        let opts = SqliteConnectOptions::from_str(url).map_err(db_err)?;
        Self::open(opts).await
    }

    async fn open(opts: SqliteConnectOptions) -> Result<Self> {
        Self::open_with(opts, intake::QUEUE).await
    }

    async fn open_with(opts: SqliteConnectOptions, intake_queue: usize) -> Result<Self> {
        let mut opts = opts
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(10));
        for (name, value) in pragmas() {
            opts = opts.pragma(name, value);
        }
        // No ping before handing out the one write connection: it is local,
        // and the ticket writer takes it for every group. Back in the pool,
        // it cuts a WAL grown past the limit (`checkpoint::cut_past_limit`).
        let wal = wal_path(&opts);
        let released_wal = wal.clone();
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .test_before_acquire(false)
            .after_release(move |conn, _| {
                let wal = released_wal.clone();
                Box::pin(async move {
                    checkpoint::cut_past_limit(conn, wal.as_ref()).await;
                    Ok(true)
                })
            })
            .connect_with(opts.clone())
            .await
            .map_err(db_err)?;
        MIGRATOR
            .run(&write)
            .await
            .map_err(|e| StoreError::Database(e.to_string()))?;
        let checkpointer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(opts.clone())
            .await
            .map_err(db_err)?;
        // A WAL left large by a crash is cut before anything is served.
        if checkpoint::wal_size(wal.as_ref()) > checkpoint::WAL_SOFT_LIMIT {
            checkpoint::truncate(&write).await.map_err(db_err)?;
        }
        let page_size: i64 = sqlx::query_scalar("PRAGMA page_size")
            .fetch_one(&write)
            .await
            .map_err(db_err)?;
        let fill = std::sync::Arc::new(checkpoint::WalFill::new(
            u64::try_from(page_size).unwrap_or(4096),
        ));
        let writeback =
            match &wal {
                Some(path) => Some(writeback::start(path.clone(), fill.clone()).map_err(|e| {
                    StoreError::Database(format!("starting the WAL's writeback: {e}"))
                })?),
                None => None,
            };
        let (stop, stopped) = tokio::sync::oneshot::channel();
        tokio::spawn(checkpoint::run(
            checkpoint::Checkpointer {
                own: checkpointer.clone(),
                writer: write.clone(),
                wal: wal.clone(),
                fill: fill.clone(),
                _writeback: writeback,
            },
            stopped,
        ));
        // Readers keep up to 8 MiB of pages each (SQLite's default is
        // 2 MiB): help-center search reads every posting list of its terms,
        // and with 10,000 articles one locale's FTS5 index alone is over
        // 3 MiB, so the default cache was evicted by every other query.
        // Not more: four readers' caches count against the memory budget.
        let db = opts.get_filename().to_owned();
        let lookups = std::sync::Arc::new(lookups::Lookups::new(&db));
        let read = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(opts.read_only(true).pragma("cache_size", "-8192"))
            .await
            .map_err(db_err)?;
        let intake = intake::start(&db, write.clone(), fill, intake_queue)?;
        Ok(SqliteStore {
            write,
            read,
            intake,
            lookups,
            checkpointer,
            _checkpoints: std::sync::Arc::new(stop),
        })
    }

    /// Runs SQLite's integrity check; true when the database is sound.
    /// On a read-write connection opened for it (FTS5 tables cannot be
    /// checked read-only): FTS5's check trusts the connection's cached index
    /// structure without asking whether another connection (the ticket
    /// writer) changed the index since, and reports a false checksum
    /// mismatch when one did. Its writes revalidate that cache; only the
    /// check does not.
    pub async fn integrity_ok(&self) -> Result<bool> {
        let db = self.lookups.path().to_owned();
        let check = move || -> rusqlite::Result<bool> {
            let conn = rusqlite::Connection::open(&db)?;
            conn.busy_timeout(Duration::from_secs(10))?;
            let answer: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            Ok(answer == "ok")
        };
        tokio::task::spawn_blocking(check)
            .await
            .map_err(|e| StoreError::Database(e.to_string()))?
            .map_err(rusqlite_err)
    }

    /// Writes a consistent copy of the database to `path` while serving
    /// (SQLite's `VACUUM INTO`). The target must not exist yet.
    pub async fn backup_to(&self, path: &Path) -> Result<()> {
        // Created empty and private first (SQLite writes into an empty
        // file): a backup holds everything the database does.
        match private::create_new_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(StoreError::Conflict("backup_target_exists"));
            }
            Err(e) => {
                return Err(StoreError::Database(format!(
                    "creating {}: {e}",
                    path.display()
                )));
            }
        }
        let target = path
            .to_str()
            .ok_or_else(|| StoreError::Database("backup path is not UTF-8".into()))?;
        sqlx::query("VACUUM INTO ?")
            .bind(target)
            .execute(&self.write)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    pub async fn close(&self) {
        self.checkpointer.close().await;
        self.read.close().await;
        self.write.close().await;
    }
}
