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
//! [`WAL_SOFT_LIMIT`], a RESTART checkpoint runs with writes held — by the
//! ticket writer between two groups, when this task asks
//! ([`WalFill::want_restart`]), or by this task on the one writer
//! connection when the writer is idle — which copies what the passive
//! runs have not and waits for readers still on old frames (new readers
//! read the database file). Writes are held only for a remnant: first,
//! passes beside the writer copy what it committed during the pass before,
//! each with less to do. The next
//! commit writes the WAL from its start again, over the blocks the file
//! already has ([`WalFill`]). The fill is looked at every [`TICK`]. On a
//! starved machine this task can fall behind the writer (a test saw 104 MB
//! with the load average at 9 on 2 cores), so the ticket writer checks
//! too, after each group, and cuts the WAL itself past `WAL_WRITER_LIMIT`.
//!
//! Under intake the WAL takes 30–40 KB a ticket (a group commit rewrites
//! every page it touched: each index's newest leaf, a random leaf per
//! request id, the counters), 150–200 MB/s at 5,000 tickets a second, so
//! these cycles run several times a second, and the fsyncs inside them are
//! what the slowest submissions wait for (BENCHMARKS.md, "SQLite, session
//! 15").

use sqlx::SqlitePool;
use std::cell::Cell;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::oneshot;

/// How often the WAL's fill is looked at (an atomic, and a `stat`).
const TICK: Duration = Duration::from_millis(50);
/// A PASSIVE checkpoint every this many ticks (500 ms): a page rewritten
/// many times between two runs is copied once.
const PASSIVE_EVERY: u32 = 10;
/// Before the writer is held, at most this many more passes beside it, each
/// copying what was committed during the one before, until no more than
/// [`REMNANT_FRAMES`] are left. At a million tickets the remnant's pages
/// lie scattered over the database file, and the RESTART's fsync of 100–200
/// of them held the writer 22–25 ms.
const MORE_PASSES: u32 = 6;
const REMNANT_FRAMES: u64 = 32;
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
    /// What the WAL holds, as the ticket writer last saw it.
    pub(crate) fill: Arc<WalFill>,
    /// Syncs the WAL as it is written, for as long as this task runs.
    pub(crate) _writeback: Option<crate::writeback::Writeback>,
}

/// The bytes the WAL holds since it last started over, as SQLite told the
/// ticket writer after its last commit (its WAL hook), for the
/// checkpointer to read. The file's length is no measure of it: the file
/// keeps its blocks for reuse (`journal_size_limit` at
/// [`WAL_WRITER_LIMIT`]), because cutting it back after every restart and
/// growing it again made the writer wait in `ftruncate` several times a
/// second under intake, and SQLite's own count is exact.
#[derive(Debug)]
pub(crate) struct WalFill {
    frames: AtomicU64,
    /// The checkpointer has copied what it could beside the writer and
    /// asks the writer to RESTART the WAL after its current group.
    restart: AtomicBool,
    /// A frame's size: its page and its 24-byte header.
    frame_bytes: u64,
}

impl WalFill {
    pub(crate) fn new(page_size: u64) -> WalFill {
        WalFill {
            frames: AtomicU64::new(0),
            restart: AtomicBool::new(false),
            frame_bytes: page_size + 24,
        }
    }

    pub(crate) fn frames(&self) -> u64 {
        self.frames.load(Ordering::Relaxed)
    }

    pub(crate) fn set_frames(&self, frames: u64) {
        self.frames.store(frames, Ordering::Relaxed);
    }

    pub(crate) fn want_restart(&self) {
        self.restart.store(true, Ordering::Relaxed);
    }

    /// Whether a RESTART was asked for; the asking ends here.
    pub(crate) fn take_restart(&self) -> bool {
        self.restart.swap(false, Ordering::Relaxed)
    }

    /// The bytes those frames take, with the WAL's 32-byte header.
    pub(crate) fn bytes(&self) -> u64 {
        32 + self.frames() * self.frame_bytes
    }
}

thread_local! {
    /// Frames in the WAL after the last commit on this thread's connection
    /// (the hook is a plain function, so its answer is kept here).
    static FRAMES: Cell<Option<u64>> = const { Cell::new(None) };
}

/// Installs the hook that notes the WAL's frames after every commit of
/// `conn`; read them with [`frames_here`] on the same thread. Set after the
/// connection's pragmas: `wal_autocheckpoint` replaces the hook.
pub(crate) fn watch_frames(conn: &rusqlite::Connection) {
    fn note(_: &rusqlite::hooks::Wal, frames: std::ffi::c_int) -> rusqlite::Result<()> {
        FRAMES.with(|f| f.set(u64::try_from(frames).ok()));
        Ok(())
    }
    conn.wal_hook(Some(note));
}

/// The WAL's frames after the last commit on this thread; `None` before
/// any.
pub(crate) fn frames_here() -> Option<u64> {
    FRAMES.with(Cell::get)
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

/// Run by the write connection each time it goes back to its pool: past
/// the journal limit the file holds that much (it is cut back to the limit
/// whenever the WAL starts over), so the WAL is cut here, before the next
/// write. The ticket writer counts only its own commits; this catches what
/// the other writes add (comments, changes, imports, the bulk seeder), for
/// which no RESTART would otherwise come: a million seeded tickets once
/// left a 14 GB WAL. A `stat` per write; the cut holds writes while it
/// copies (tens of milliseconds), as the ticket writer's own cut does.
///
/// The cut answers busy while the checkpointer's passive copy runs, and
/// that copy can take long on a busy disk; writes went on meanwhile and a
/// WAL once reached 110 MB. So the cut is tried again while writes wait,
/// briefly past the limit, and until it succeeds (for at most
/// [`CUT_PATIENCE`]) once the WAL is halfway from the limit to the bound.
pub(crate) async fn cut_past_limit(conn: &mut sqlx::SqliteConnection, wal: Option<&PathBuf>) {
    if wal_size(wal) <= WAL_WRITER_LIMIT {
        return;
    }
    let started = std::time::Instant::now();
    let again = |tries: u32| {
        let size = wal_size(wal);
        let urgent = size > (WAL_WRITER_LIMIT + WAL_BOUND) / 2;
        size > WAL_WRITER_LIMIT
            && if urgent {
                started.elapsed() < CUT_PATIENCE
            } else {
                tries < 3
            }
    };
    // A failed cut leaves the WAL as it was; the next write tries again.
    let _ = checkpoint_until_done(conn, "PRAGMA wal_checkpoint(TRUNCATE)", again).await;
}

/// How long writes wait, at most, for a cut of a WAL near its bound.
const CUT_PATIENCE: Duration = Duration::from_secs(2);

/// Copies every frame into the database and waits for readers still on old
/// frames, on the writer connection, so the next commit writes the WAL from
/// its beginning again. Unlike TRUNCATE the file keeps its length (cut to
/// `journal_size_limit`, [`WAL_WRITER_LIMIT`], only when longer): the next commits overwrite
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
    let mut conn = writer.acquire().await?;
    checkpoint_until_done(&mut conn, pragma, |tries| tries < TRIES).await
}

/// Runs the checkpoint `pragma` on `conn` until SQLite does not answer
/// busy, pausing briefly between tries, while `again(tries so far)` holds.
async fn checkpoint_until_done(
    conn: &mut sqlx::SqliteConnection,
    pragma: &'static str,
    mut again: impl FnMut(u32) -> bool,
) -> Result<(), sqlx::Error> {
    const PAUSE: Duration = Duration::from_millis(5);
    let mut tries = 0;
    loop {
        let busy: i64 = sqlx::query_scalar(pragma).fetch_one(&mut *conn).await?;
        tries += 1;
        if busy == 0 || !again(tries) {
            return Ok(());
        }
        tokio::time::sleep(PAUSE).await;
    }
}

/// A PASSIVE checkpoint beside the writer; how many frames are now in the
/// database, `None` when it failed. (Its own count of the WAL's frames is
/// the one it started from, so what was committed while it ran is read from
/// [`WalFill`].) A failed checkpoint loses nothing: the frames stay in the
/// WAL.
async fn passive(own: &SqlitePool) -> Option<u64> {
    let (_busy, _frames, copied): (i64, i64, i64) =
        sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)")
            .fetch_one(own)
            .await
            .ok()?;
    u64::try_from(copied).ok()
}

/// `truncate` on the ticket writer's own connection, from its thread, while
/// it holds the sqlx write connection (so nothing else writes meanwhile).
/// Tried once: if a reader still holds old frames, the frames stay in the
/// WAL and the writer tries again after its next group, rather than
/// holding every submission while it waits.
pub(crate) fn truncate_here(conn: &rusqlite::Connection) {
    let _ = on_writer_here(conn, "PRAGMA wal_checkpoint(TRUNCATE)");
}

/// The RESTART the checkpointer asked for ([`WalFill::want_restart`]), on
/// the ticket writer's own connection between two groups, while it holds
/// the sqlx write connection.
/// False when it could not finish (another checkpoint was running, or a
/// reader outlasted the wait): the writer asks again after its next group.
pub(crate) fn restart_here(conn: &rusqlite::Connection) -> bool {
    on_writer_here(conn, "PRAGMA wal_checkpoint(RESTART)")
}

/// Runs a checkpoint that waits for readers, polling them every 100 µs
/// for at most 20 ms. SQLite's own busy handler sleeps 1, 2, 5, 10… ms
/// between looks, so a reader that needed 0.1 ms held every submission
/// 18–25 ms (half the RESTARTs at a million tickets, timed); readers here
/// are point reads of a request. Then the connection's usual timeout is
/// back for its writes.
fn on_writer_here(conn: &rusqlite::Connection, pragma: &str) -> bool {
    fn brief(tries: i32) -> bool {
        if tries >= 200 {
            return false;
        }
        std::thread::sleep(Duration::from_micros(100));
        true
    }
    if conn.busy_handler(Some(brief)).is_err() {
        return false;
    }
    // The first column is 1 when the checkpoint could not finish.
    let done = conn
        .query_row(pragma, [], |r| r.get::<_, i64>(0))
        .is_ok_and(|busy| busy == 0);
    let _ = conn.busy_timeout(crate::intake::BUSY_TIMEOUT);
    done
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
        // The file's length counts too, for writes the ticket writer did not
        // see (it passes the journal limit only when the WAL held more).
        let over =
            task.fill.bytes() > WAL_SOFT_LIMIT || wal_size(task.wal.as_ref()) > WAL_WRITER_LIMIT;
        if !over && !ticks.is_multiple_of(PASSIVE_EVERY) {
            continue;
        }
        // Past the limit, the frames are first copied by PASSIVE runs on
        // this task's own connection, beside the writer, and only then is
        // the writer held for the RESTART, which has left to copy what was
        // committed meanwhile: writes wait for that, not for the whole WAL.
        let mut copied = passive(&task.own).await;
        if !over {
            continue;
        }
        for _ in 0..MORE_PASSES {
            let left = copied.map(|c| task.fill.frames().saturating_sub(c));
            if left.is_none_or(|n| n <= REMNANT_FRAMES) {
                break;
            }
            copied = passive(&task.own).await;
        }
        // Even with every frame copied the RESTART is needed: a commit starts
        // the WAL over only when no reader is still on its frames, and under
        // load some reader always is; the RESTART waits for them. The
        // ticket writer runs it after its current group; if it is idle
        // (nothing taken by the next tick), this task runs it itself.
        if task.fill.take_restart() {
            let _ = restart(&task.writer).await;
            task.fill.set_frames(0);
        } else if task.fill.bytes() > WAL_SOFT_LIMIT {
            // Still over: the writer may have started the WAL over while
            // the passes ran.
            task.fill.want_restart();
        }
    }
    task.own.close().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes the hook reports are the WAL's as SQLite counts them: the
    /// file's length while the WAL only grows, and, once it has started
    /// over inside the same file, only what was written since.
    #[test]
    fn the_hook_counts_what_the_wal_holds_not_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let conn = rusqlite::Connection::open(dir.path().join("x.db")).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;
             CREATE TABLE t (v TEXT);",
        )
        .unwrap();
        watch_frames(&conn);
        let page: i64 = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        let fill = WalFill::new(page as u64);
        let wal = Some(dir.path().join("x.db-wal"));
        for i in 0..200 {
            conn.execute("INSERT INTO t VALUES (?1)", [format!("{i:0>2000}")])
                .unwrap();
        }
        fill.set_frames(frames_here().unwrap());
        let grown = fill.bytes();
        assert_eq!(grown, wal_size(wal.as_ref()));
        // Every frame copied and no reader: the next commit starts over.
        conn.query_row("PRAGMA wal_checkpoint(RESTART)", [], |_| Ok(()))
            .unwrap();
        conn.execute("INSERT INTO t VALUES ('again')", []).unwrap();
        fill.set_frames(frames_here().unwrap());
        let again = fill.bytes();
        assert!(again < grown / 10, "{again} of {grown}");
        assert_eq!(wal_size(wal.as_ref()), grown, "the file keeps its blocks");
        // Another thread's connection has told it nothing.
        assert_eq!(std::thread::spawn(frames_here).join().unwrap(), None);
    }
}
