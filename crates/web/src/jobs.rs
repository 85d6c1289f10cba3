//! Background work at the edge: the timer that runs `app::purge` (what
//! falls due is destroyed, under a database lease), with its metric.

use crate::AppState;
use std::time::Duration;

pub use app::purge::{PURGE_JOB, run_once};

/// A name for this process's leases.
pub fn holder_id() -> String {
    format!("{}-{}", std::process::id(), crate::auth::random_token(6))
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
