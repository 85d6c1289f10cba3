//! Destroying what falls due: sealed values and debug tokens past their
//! time, expired sessions and rate-limit rows untouched for a day. The
//! schedule lives in the rows themselves (`destroy_after`, `expires_at`),
//! so a restart loses nothing: the next pass destroys whatever fell due
//! while the process was down. A lease in the store keeps two instances
//! from running a pass at once. The face runs `run_once` on a timer.

use store::{PurgeCounts, Store, StoreError};
use time::OffsetDateTime;

pub const PURGE_JOB: &str = "purge_secrets";
/// Longer than any pass takes; a crashed holder's lease simply runs out.
const LEASE_SECS: i64 = 300;

/// One purge pass at `now`, if `holder` can claim the job. None when
/// another instance holds the lease.
pub async fn run_once(
    store: &dyn Store,
    holder: &str,
    now: OffsetDateTime,
) -> Result<Option<PurgeCounts>, StoreError> {
    if !store.claim_job(PURGE_JOB, holder, now, LEASE_SECS).await? {
        return Ok(None);
    }
    let counts = store.purge_due(now).await;
    // The lease is given back even when the pass failed.
    store.finish_job(PURGE_JOB, holder, now).await?;
    let counts = counts?;
    if counts != PurgeCounts::default() {
        tracing::info!(
            sealed_values = counts.sealed_values,
            debug_tokens = counts.debug_tokens,
            sessions = counts.sessions,
            rate_rows = counts.rate_rows,
            "purged"
        );
    }
    Ok(Some(counts))
}
