//! Keeps the write-ahead log small while tickets keep arriving.
//!
//! SQLite's automatic checkpoint runs in whichever commit crosses 1,000 WAL
//! pages: under a burst of submissions that was the ticket writer, several
//! times a second, each time copying pages and waiting for an fsync while
//! every queued submission waited too. So commits never checkpoint
//! (`wal_autocheckpoint=0`); this task does, from a connection of its own.
//!
//! Copying frames back (a PASSIVE checkpoint, twice a second) is not enough
//! on its own: SQLite starts writing the WAL from its beginning again only
//! when a writer finds *every* frame copied, and under continuous group
//! commits there is always a newer frame. The file then grows without end
//! (53 GB beside a 2.5 GB database after a million tickets; 400 MB after
//! the 8,000 tickets of this crate's WAL test). So when the WAL passes
//! [`WAL_SOFT_LIMIT`], this task takes the one writer connection — writes
//! queue behind it for as long as it takes — and runs a RESTART checkpoint
//! there, which copies what the passive runs (one just before it, beside
//! the writer) have not and waits for readers
//! still on old frames (new readers read the database file); the next
//! commit writes the WAL from its start again, and the file is cut back to
//! `journal_size_limit` (the soft limit), not to zero, so its blocks are
//! reused. The file is looked at every [`TICK`]. On a starved
//! machine this task can fall behind the writer (a test saw 104 MB with
//! the load average at 9 on 2 cores), so the ticket writer checks too, after
//! each group, and cuts the WAL itself past `WAL_WRITER_LIMIT`.

use sqlx::SqlitePool;
use std::path::PathBuf;
use std::time::Duration;
use tokio::sync::oneshot;

/// How often the WAL's size is looked at (a `stat`, nothing more).
const TICK: Duration = Duration::from_millis(50);
/// A PASSIVE checkpoint every this many ticks (500 ms): a page rewritten
/// many times between two runs is copied once.
const PASSIVE_EVERY: u32 = 10;
/// Above this size the WAL is checkpointed and truncated with writes paused.
pub const WAL_SOFT_LIMIT: u64 = 32 << 20;
/// Past this size the ticket writer cuts the WAL itself before its next
/// group: the checkpointer fell behind. One group writes a few MB at most.
pub(crate) const WAL_WRITER_LIMIT: u64 = 48 << 20;
/// The size the WAL stays under, whatever the load (checked by a test).
pub const WAL_BOUND: u64 = 64 << 20;

/// What the task needs: its own connection for passive checkpoints, the
/// writer's pool to pause writes, and the WAL file to measure (none for an
/// in-memory database).
#[derive(Debug)]
pub(crate) struct Checkpointer {
    pub(crate) own: SqlitePool,
    pub(crate) writer: SqlitePool,
    pub(crate) wal: Option<PathBuf>,
}

/// The WAL's size on disk in bytes; 0 when there is none.
pub(crate) fn wal_size(wal: Option<&PathBuf>) -> u64 {
    wal.and_then(|p| std::fs::metadata(p).ok())
        .map_or(0, |m| m.len())
}

/// Copies every frame into the database and cuts the WAL to zero bytes,
/// on the writer connection so no write interleaves. Run at open too, so a
/// large WAL left by a crash (or by an older version) is cut before serving.
pub(crate) async fn truncate(writer: &SqlitePool) -> Result<(), sqlx::Error> {
    on_writer(writer, "PRAGMA wal_checkpoint(TRUNCATE)").await
}

/// Copies every frame into the database and waits for readers still on old
/// frames, on the writer connection, so the next commit writes the WAL from
/// its beginning again. Unlike TRUNCATE the file keeps its length (cut to
/// `journal_size_limit`, [`WAL_SOFT_LIMIT`]): the next commits overwrite
/// blocks the file system already holds and pages the kernel already
/// caches, where a file cut to zero has every block allocated again (a
/// tenth of the server's CPU under intake, perf).
pub(crate) async fn restart(writer: &SqlitePool) -> Result<(), sqlx::Error> {
    on_writer(writer, "PRAGMA wal_checkpoint(RESTART)").await
}

/// SQLite answers a checkpoint it could not finish (a reader still on old
/// frames, another checkpoint running) with its `busy` column set rather
/// than an error, and leaves the WAL as it was; so that answer is read, and
/// the checkpoint tried again a few times, briefly, before giving up until
/// the next call.
async fn on_writer(writer: &SqlitePool, pragma: &'static str) -> Result<(), sqlx::Error> {
    // At most about 50 ms in all, while writes wait.
    const TRIES: u32 = 10;
    const PAUSE: Duration = Duration::from_millis(5);
    let mut conn = writer.acquire().await?;
    for _ in 0..TRIES {
        let busy: i64 = sqlx::query_scalar(pragma).fetch_one(&mut *conn).await?;
        if busy == 0 {
            return Ok(());
        }
        tokio::time::sleep(PAUSE).await;
    }
    Ok(())
}

/// `truncate` on the ticket writer's own connection, from its thread, while
/// it holds the sqlx write connection (so nothing else writes meanwhile).
/// Tried once: if a reader still holds old frames, the frames stay in the
/// WAL and the writer tries again after its next group, rather than
/// holding every submission while it waits.
pub(crate) fn truncate_here(conn: &rusqlite::Connection) {
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

/// Runs until `stop` is dropped (the last store handle went away) or the
/// pool is closed.
pub(crate) async fn run(task: Checkpointer, mut stop: oneshot::Receiver<()>) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut ticks = 0u32;
    loop {
        tokio::select! {
            _ = &mut stop => break,
            _ = tick.tick() => {}
        }
        if task.own.is_closed() || task.writer.is_closed() {
            break;
        }
        ticks = ticks.wrapping_add(1);
        let over = wal_size(task.wal.as_ref()) > WAL_SOFT_LIMIT;
        if !over && !ticks.is_multiple_of(PASSIVE_EVERY) {
            continue;
        }
        // A failed checkpoint loses nothing: the frames stay in the WAL,
        // readers still see them, and the next run tries again.
        // Past the limit, the frames are first copied by a PASSIVE run on
        // this task's own connection, beside the writer, and only then is
        // the writer held for the RESTART, which has left to copy what was
        // committed meanwhile: writes wait for that, not for the whole WAL.
        let _ = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .execute(&task.own)
            .await;
        if over {
            let _ = restart(&task.writer).await;
        }
    }
    task.own.close().await;
}
