//! Background work: destroying sealed values and debug tokens when they
//! fall due, and deleting expired sessions and stale rate-limit rows. The schedule lives in the database (each value carries its own
//! `destroy_after` / `expires_at`), so a restart loses nothing: the next
//! pass after start destroys whatever fell due while the process was down.
//! A lease in the database keeps two instances from running a pass at once.

use crate::AppState;
use std::time::Duration;
use store::{PurgeCounts, Store, StoreError};
use time::OffsetDateTime;

pub const PURGE_JOB: &str = "purge_secrets";
/// Longer than any pass takes; a crashed holder's lease simply runs out.
const LEASE_SECS: i64 = 300;

/// A name for this process's leases.
pub fn holder_id() -> String {
    format!("{}-{}", std::process::id(), crate::auth::random_token(6))
}

/// One purge pass at `now`, if this holder can claim the job. None when
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

/// Runs `run_once` now and then every `every`, on the state's clock, until
/// the runtime shuts down.
pub fn spawn_purger(state: AppState, every: Duration) -> tokio::task::JoinHandle<()> {
    let holder = holder_id();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let outcome =
                run_once(state.desk.store.as_ref(), &holder, state.desk.clock.now()).await;
            state.metrics.job_ran("purge", outcome.is_ok());
            if let Err(e) = outcome {
                tracing::error!(error = %e, "purge pass failed");
            }
        }
    })
}
