//! When the passes of `app::mail` run (it decides who hears about what;
//! `notify` composes the mail): after each change, so mail is queued
//! before the answer goes out (`Teller`, the desk's `app::News`), and on a
//! timer.

use super::notify;
use crate::seal::Sealer;
use crate::{AppState, MailSettings};
use std::sync::Arc;
use std::time::Duration;
use store::{Result, Store};

/// Queues the mail of every pending event; returns how many were told.
/// With mail turned off the events are marked told without mail, so
/// turning mail on later does not send old news.
pub async fn pass(state: &AppState) -> Result<usize> {
    pass_on(
        state.desk.store.as_ref(),
        state.desk.clock.as_ref(),
        state.settings.mail.as_ref(),
        &state.desk.sealer,
    )
    .await
}

async fn pass_on(
    store: &dyn Store,
    clock: &dyn app::Clock,
    mail: Option<&MailSettings>,
    sealer: &Sealer,
) -> Result<usize> {
    let composer = mail.map(|mail| notify::Compose { mail, sealer });
    app::mail::pass(
        store,
        clock,
        composer.as_ref().map(|c| c as &dyn app::mail::Composer),
    )
    .await
}

/// What the use cases in `app` tell after a change (`app::News`): a
/// pass, so the mail is queued before the answer goes out.
pub(crate) struct Teller {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn app::Clock>,
    pub mail: Option<MailSettings>,
    pub sealer: Arc<Sealer>,
}

#[async_trait::async_trait]
impl app::News for Teller {
    /// A pass after a change. The change is committed whatever happens
    /// here, so a failure is logged and left to the timer's next pass.
    async fn changed(&self) {
        let Some(mail) = self.mail.as_ref() else {
            // Nothing to send; the timer's pass clears the events.
            return;
        };
        let composer = notify::Compose {
            mail,
            sealer: &self.sealer,
        };
        if let Err(e) =
            app::mail::pass_after_change(self.store.as_ref(), self.clock.as_ref(), Some(&composer))
                .await
        {
            tracing::error!(error = %e, "queueing notification mail");
        }
    }
}

/// A pass after a change (for what has not moved into `app` yet).
pub async fn after_change(state: &AppState) {
    state.desk.changed().await;
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
