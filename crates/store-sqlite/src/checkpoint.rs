//! Copies the write-ahead log back into the database file beside the writer,
//! not inside it.
//!
//! SQLite's automatic checkpoint runs in whichever commit crosses 1,000 WAL
//! pages: under a burst of submissions that was the ticket writer, several
//! times a second, each time copying pages and waiting for an fsync while
//! every queued submission waited too. Here a connection of its own runs a
//! PASSIVE checkpoint twice a second instead: it never waits for the writer
//! or a reader, a page rewritten many times between two runs is copied once,
//! and what it cannot copy yet (a reader still needs it) is copied next time.

use sqlx::SqlitePool;
use std::time::Duration;
use tokio::sync::oneshot;

const EVERY: Duration = Duration::from_millis(500);

/// Runs until `stop` is dropped (the last store handle went away) or the
/// pool is closed.
pub(crate) async fn run(pool: SqlitePool, mut stop: oneshot::Receiver<()>) {
    let mut tick = tokio::time::interval(EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = &mut stop => break,
            _ = tick.tick() => {}
        }
        if pool.is_closed() {
            break;
        }
        // A failed checkpoint loses nothing: the frames stay in the WAL,
        // readers still see them, and the next run tries again.
        let _ = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .execute(&pool)
            .await;
    }
    pool.close().await;
}
