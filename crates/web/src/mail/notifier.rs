//! From changes to mail, without losing any in between. A change people are
//! told about leaves a pending notification in its own transaction (the
//! store does it with the audit event); a pass here composes the mail for
//! the pending events and queues it in one transaction with marking them
//! told. A crash between the change and the pass loses nothing: the next
//! pass, right after the next change or on the timer, finds the events.
//!
//! Passes run after each change (so mail is queued before the answer goes
//! out) and on a timer. One pass at a time in a process; between
//! processes, the store's claim in `queue_notifications` keeps a mail from
//! being queued twice.

use super::notify;
use crate::AppState;
use std::time::Duration;
use store::Result;

/// Events composed per transaction.
const BATCH: i64 = 100;

static ONE_PASS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Queues the mail of every pending event; returns how many were told.
/// With mail turned off the events are marked told without mail, so
/// turning mail on later does not send old news.
pub async fn pass(state: &AppState) -> Result<usize> {
    let _one = ONE_PASS.lock().await;
    let mut told = 0;
    loop {
        let events = state.store.pending_notifications(BATCH).await?;
        if events.is_empty() {
            return Ok(told);
        }
        let mut mails = Vec::new();
        if let Some(mail) = &state.settings.mail {
            for event in &events {
                mails.extend(notify::mails_for(state, mail, event).await?);
            }
        }
        let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
        if state
            .store
            .queue_notifications(&ids, mails, state.clock.now())
            .await?
        {
            told += ids.len();
        }
        if ids.len() < BATCH as usize {
            return Ok(told);
        }
    }
}

/// A pass after a change. The change is committed whatever happens here,
/// so a failure is logged and left to the timer's next pass.
pub async fn after_change(state: &AppState) {
    if state.settings.mail.is_none() {
        // Nothing to send; the timer's pass clears the events.
        return;
    }
    if let Err(e) = pass(state).await {
        tracing::error!(error = %e, "queueing notification mail");
    }
}

/// Runs a pass every `every` until the runtime shuts down.
pub fn spawn(state: AppState, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let outcome = pass(&state).await;
            state.metrics.job_ran("notify", outcome.is_ok());
            if let Err(e) = outcome {
                tracing::error!(error = %e, "notification pass failed");
            }
        }
    })
}
