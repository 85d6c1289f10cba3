//! Folds the count changes that ticket writes append (migrations 0018,
//! 0020, 0023 and 0024) into the kept counts, once a second, so what readers add up stays
//! a few rows. Writers never update a counter row themselves: concurrent
//! intake would queue on its lock.

use crate::db_err;
use sqlx::PgPool;
use std::time::Duration;
use store::Result;
use tokio::sync::oneshot;

const EVERY: Duration = Duration::from_secs(1);

/// One folder at a time across instances sharing the database; the others
/// skip that tick (an arbitrary, fixed advisory lock key).
const FOLD_LOCK: i64 = 0x5370_6f72_7465_0018;

/// In one statement, so the deltas taken are the deltas added: a delta
/// committed meanwhile is not in the DELETE's snapshot and waits for the
/// next fold. Rows are grouped, so no kept row is touched twice.
const FOLD: &str = "WITH d AS (DELETE FROM ticket_count_deltas RETURNING status, assignee_id, day, n), \
     counts AS (INSERT INTO ticket_counts (status, assignee_id, n) \
       SELECT status, assignee_id, SUM(n)::BIGINT FROM d GROUP BY 1, 2 ORDER BY 1, 2 \
       ON CONFLICT (status, assignee_id) DO UPDATE SET n = ticket_counts.n + EXCLUDED.n), \
     e AS (DELETE FROM ticket_error_deltas RETURNING day, product, error_signature, n), \
     errors AS (INSERT INTO ticket_error_days (day, product, error_signature, n) \
       SELECT day, product, error_signature, SUM(n)::BIGINT FROM e GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 \
       ON CONFLICT (day, product, error_signature) DO UPDATE SET n = ticket_error_days.n + EXCLUDED.n), \
     s AS (DELETE FROM ticket_sla_deltas RETURNING day, product, replied_hour, breached, n), \
     m AS (DELETE FROM ticket_error_minute_deltas RETURNING minute, product, error_signature, n), \
     minutes AS (INSERT INTO ticket_error_minutes (minute, product, error_signature, n) \
       SELECT minute, product, error_signature, SUM(n)::BIGINT FROM m GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 \
       ON CONFLICT (minute, product, error_signature) DO UPDATE SET n = ticket_error_minutes.n + EXCLUDED.n), \
     sla AS (INSERT INTO ticket_sla_days (day, product, replied_hour, breached, n) \
       SELECT day, product, replied_hour, breached, SUM(n)::BIGINT FROM s GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 \
       ON CONFLICT (day, product, replied_hour, breached) DO UPDATE SET n = ticket_sla_days.n + EXCLUDED.n) \
     INSERT INTO ticket_open_days (day, n) \
       SELECT day, SUM(n)::BIGINT FROM d WHERE status NOT IN ('solved', 'closed') GROUP BY 1 ORDER BY 1 \
       ON CONFLICT (day) DO UPDATE SET n = ticket_open_days.n + EXCLUDED.n";

/// Folds what is there now; a no-op when another instance is folding.
pub(crate) async fn fold(pool: &PgPool) -> Result<()> {
    let mut tx = pool.begin().await.map_err(db_err)?;
    let ours: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
        .bind(FOLD_LOCK)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
    if ours {
        sqlx::query(FOLD).execute(&mut *tx).await.map_err(db_err)?;
    }
    tx.commit().await.map_err(db_err)
}

/// Runs until `stop` is dropped (the last store handle went away) or the
/// pool is closed. A failed fold loses nothing: the deltas stay, readers
/// still add them, and the next tick tries again.
pub(crate) async fn run(pool: PgPool, mut stop: oneshot::Receiver<()>) {
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
        if let Err(e) = fold(&pool).await {
            tracing::warn!(error = %e, "folding the kept ticket counts failed; retrying");
        }
    }
}
