//! How much work the guard has done in this process: scans, bytes and time,
//! read by the server's `/metrics`. Three relaxed atomic adds per scan.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

static SCANS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);
static NANOS: AtomicU64 = AtomicU64::new(0);

/// Totals since the process started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub scans: u64,
    pub bytes: u64,
    pub nanos: u64,
}

pub(crate) fn record(bytes: usize, took: Duration) {
    SCANS.fetch_add(1, Ordering::Relaxed);
    BYTES.fetch_add(bytes as u64, Ordering::Relaxed);
    NANOS.fetch_add(
        u64::try_from(took.as_nanos()).unwrap_or(u64::MAX),
        Ordering::Relaxed,
    );
}

/// The totals so far.
pub fn stats() -> Stats {
    Stats {
        scans: SCANS.load(Ordering::Relaxed),
        bytes: BYTES.load(Ordering::Relaxed),
        nanos: NANOS.load(Ordering::Relaxed),
    }
}
