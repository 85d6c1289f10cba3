//! Sends the WAL's pages to the disk while they are written, so that a
//! checkpoint's fsync finds little left to write.
//!
//! Under intake the WAL takes 150–200 MB a second, and the kernel keeps
//! those pages in memory until something syncs the file: then each
//! checkpoint's fsync wrote them all at once, tens of milliseconds on the
//! 2-core test machine, and the RESTART that holds the ticket writer
//! (`checkpoint`) held it that long; the slowest submissions waited for
//! exactly that. Syncing the WAL from a thread of its own every [`EVERY`]
//! spreads the same writes out (BENCHMARKS.md, "SQLite, session 15").
//!
//! Only the WAL, which SQLite never locks. The database file and the WAL
//! index carry SQLite's POSIX locks, and closing any other descriptor of
//! them in this process would release those locks.

use crate::checkpoint::WalFill;
use std::path::PathBuf;
use std::sync::{Arc, mpsc};
use std::time::Duration;

/// How often the WAL is synced.
const EVERY: Duration = Duration::from_millis(10);

/// The running thread; it stops when this is dropped.
#[derive(Debug)]
pub(crate) struct Writeback {
    _stop: mpsc::Sender<()>,
}

/// Starts syncing `wal` every [`EVERY`] on a thread named `wal-writeback`,
/// when the ticket writer has committed since the last sync (`fill`): an
/// idle desk syncs nothing, and the store's other writes are few and synced
/// by the next checkpoint.
pub(crate) fn start(wal: PathBuf, fill: Arc<WalFill>) -> std::io::Result<Writeback> {
    let (stop, stopped) = mpsc::channel::<()>();
    std::thread::Builder::new()
        .name("wal-writeback".into())
        .spawn(move || {
            let mut synced = fill.frames();
            while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(EVERY) {
                let frames = fill.frames();
                if frames == synced {
                    continue;
                }
                synced = frames;
                // Opened each time: SQLite deletes the file when its last
                // connection closes and makes a new one at the next open.
                if let Ok(file) = std::fs::File::open(&wal) {
                    let _ = file.sync_data();
                }
            }
        })?;
    Ok(Writeback { _stop: stop })
}
