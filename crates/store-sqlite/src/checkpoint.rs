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
//! there, which copies what the passive runs have not and waits for
//! readers still on old frames (new readers read the database file). The
//! writer is held only for a remnant: first, passes beside it copy what it
//! committed during the pass before, each with less to do. The next
//! commit writes the WAL from its start again, over the blocks the file
//! already has. The WAL is looked at every [`TICK`]. On a starved
//! machine this task can fall behind the writer (a test saw 104 MB with
//! the load average at 9 on 2 cores), so the ticket writer checks too, after
//! each group, and cuts the WAL itself past `WAL_WRITER_LIMIT`.
//!
//! What is measured is how much the WAL holds since it last started over
//! ([`WalFill`], read from SQLite's WAL index), not the file's length. The
//! file keeps its largest size (up to `journal_size_limit`) so that its
//! blocks are reused: cutting it back after every restart and growing it
//! again made the ticket writer wait in `ftruncate` (4–28 ms each time on
//! ext4, perf trace) several times a second under intake, and the length
//! stayed above the soft limit until the next commit, so every cycle
//! restarted twice.
//!
//! Under intake the WAL takes about 40 KB a ticket (a group of seven
//! tickets rewrites some seventy pages: every index's newest leaf, random
//! leaves for request ids), 200 MB/s at 5,000 tickets a second, so a cycle
//! runs several times a second, and its fsyncs are what the slowest
//! submissions wait for (on a RAM disk the p99 halves).

use sqlx::SqlitePool;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio::sync::oneshot;

/// How often the WAL's size is looked at (a `stat`, nothing more).
const TICK: Duration = Duration::from_millis(50);
/// A PASSIVE checkpoint every this many ticks (500 ms): a page rewritten
/// many times between two runs is copied once.
const PASSIVE_EVERY: u32 = 10;
/// Before the writer is held, passes beside it copy what it committed
/// meanwhile, at most this many more, until no more than [`REMNANT`] is left.
const MORE_PASSES: u32 = 3;
const REMNANT: u64 = 1 << 20;
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

/// How full the WAL is: the frames written since it last started over and
/// how many of them are already copied into the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WalFill {
    /// The bytes those frames take (header included).
    pub(crate) bytes: u64,
    /// The bytes of the frames not yet copied into the database. When every
    /// frame is copied, the next commit starts the WAL over by itself; a
    /// checkpoint would only wait.
    pub(crate) uncopied: u64,
}

impl WalFill {
    /// Past `limit`, with frames left to copy.
    pub(crate) fn over(self, limit: u64) -> bool {
        self.bytes > limit && self.uncopied > 0
    }
}

/// Reads the fill from the WAL index (the `-shm` file beside the WAL),
/// whose layout SQLite documents as part of its file format: a header
/// written twice (48 bytes each, in the machine's byte order) holding the
/// page size and the last valid frame, then the checkpoint's count of
/// frames copied. A header caught mid-update (its two copies differ), an
/// unknown version or a missing file give `None`, and the caller falls
/// back to the WAL file's length, which overstates and never understates.
pub(crate) fn wal_fill_from_index(shm: &Path) -> Option<WalFill> {
    // The only version of the WAL index SQLite has written since 3.7.0.
    const INDEX_VERSION: u32 = 3_007_000;
    const WAL_HEADER: u64 = 32;
    const FRAME_HEADER: u64 = 24;
    let mut head = [0u8; 104];
    std::fs::File::open(shm).ok()?.read_exact(&mut head).ok()?;
    let u32_at = |at: usize| -> u32 {
        u32::from_ne_bytes([head[at], head[at + 1], head[at + 2], head[at + 3]])
    };
    let initialized = head[12] == 1;
    if u32_at(0) != INDEX_VERSION || !initialized || head[..48] != head[48..96] {
        return None;
    }
    let page = match u16::from_ne_bytes([head[14], head[15]]) {
        // 65,536 does not fit the field and is written as 1.
        1 => 65_536,
        n => u64::from(n),
    };
    let frames = u64::from(u32_at(16));
    let copied = u64::from(u32_at(96)).min(frames);
    Some(WalFill {
        bytes: WAL_HEADER + frames * (page + FRAME_HEADER),
        uncopied: (frames - copied) * (page + FRAME_HEADER),
    })
}

/// The WAL's fill, from its index when that can be read, else from the
/// file's length (every frame counted as uncopied).
pub(crate) fn wal_fill(wal: Option<&PathBuf>) -> WalFill {
    let from_index = wal.and_then(|w| {
        let base = w.file_name()?.to_str()?.strip_suffix("-wal")?;
        wal_fill_from_index(&w.with_file_name(format!("{base}-shm")))
    });
    from_index.unwrap_or_else(|| {
        let bytes = wal_size(wal);
        WalFill {
            bytes,
            uncopied: bytes,
        }
    })
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
        let over = wal_fill(task.wal.as_ref()).over(WAL_SOFT_LIMIT);
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
            // Each pass beside the writer has less left to copy than the
            // one before (only what was committed while it ran), so the
            // writer is held for the last remnant, not for a whole pass.
            for _ in 0..MORE_PASSES {
                if wal_fill(task.wal.as_ref()).uncopied <= REMNANT {
                    break;
                }
                let _ = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                    .execute(&task.own)
                    .await;
            }
            let _ = restart(&task.writer).await;
        }
    }
    task.own.close().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fill read from a live database's WAL index agrees with what
    /// SQLite itself reports for the same WAL, before and after a
    /// checkpoint copies it.
    #[test]
    fn the_fill_read_from_the_index_is_what_sqlite_reports() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("x.db");
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;
             CREATE TABLE t (v TEXT);",
        )
        .unwrap();
        for i in 0..200 {
            conn.execute("INSERT INTO t VALUES (?1)", [format!("{i:0>2000}")])
                .unwrap();
        }
        let wal = Some(dir.path().join("x.db-wal"));
        let page: i64 = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        let page = page as u64;
        let fill = wal_fill(wal.as_ref());
        assert_eq!(fill.uncopied, fill.bytes - 32);
        // A PASSIVE checkpoint answers (busy, frames in the WAL, frames copied).
        let (frames, copied): (i64, i64) = conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                Ok((r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(frames, copied);
        let frames = frames as u64;
        assert_eq!(fill.bytes, 32 + frames * (page + 24));
        // The file itself is exactly that long: nothing was restarted yet.
        assert_eq!(fill.bytes, wal_size(wal.as_ref()));
        let after = wal_fill(wal.as_ref());
        assert_eq!(after.bytes, fill.bytes);
        assert_eq!(after.uncopied, 0, "every frame is copied");
        assert!(!after.over(0));
        // The next commit starts the WAL over inside the same file: the
        // fill is that commit's frames, the file keeps its length.
        conn.execute("INSERT INTO t VALUES ('again')", []).unwrap();
        let rewound = wal_fill(wal.as_ref());
        assert!(rewound.uncopied > 0);
        assert!(rewound.bytes < fill.bytes / 10, "{rewound:?}");
        assert_eq!(wal_size(wal.as_ref()), fill.bytes);
        // Without an index to read, the file's length stands in.
        assert_eq!(wal_fill_from_index(&dir.path().join("absent-shm")), None);
    }
}
