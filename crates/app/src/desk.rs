//! What every use case reaches: the store, the clock, the sealer, the
//! settings the rules need, and who to tell when a change people hear
//! about was committed. `web::AppState` holds one; the faces call the use
//! cases with it (`app::filing::submit(&state.desk, …)`).

use crate::clock::Clock;
use crate::seal::Sealer;
use std::sync::Arc;
use store::Store;
use time::OffsetDateTime;

/// The settings the use cases read (the binary's configuration, through
/// `web::Settings`).
#[derive(Debug, Clone)]
pub struct DeskSettings {
    /// Days after which a sealed value is destroyed at the latest.
    pub sealed_retention_days: i64,
    /// Debug ids one user may create in an hour.
    pub debug_ids_per_hour: i64,
    /// Files one message (the request or a reply) may carry.
    pub max_attachments_per_message: i64,
    /// Largest file taken from a mail, in bytes (larger ones are left out).
    pub max_attachment_bytes: usize,
    /// SLA targets, business hours, log links, clustering.
    pub workspace: crate::workspace::WorkspaceSettings,
}

impl Default for DeskSettings {
    fn default() -> Self {
        DeskSettings {
            sealed_retention_days: 30,
            debug_ids_per_hour: 10,
            max_attachments_per_message: 5,
            max_attachment_bytes: 10 * 1024 * 1024,
            workspace: Default::default(),
        }
    }
}

/// Told after a change people hear about is committed (the store wrote its
/// pending notification in the change's transaction). `web` queues the
/// mail; a failure there is its own to log, the change stands.
#[async_trait::async_trait]
pub trait News: Send + Sync {
    async fn changed(&self);
}

/// No one to tell (mail off, tests of the rules alone).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoNews;

#[async_trait::async_trait]
impl News for NoNews {
    async fn changed(&self) {}
}

#[derive(Clone)]
pub struct Desk {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub sealer: Arc<Sealer>,
    pub settings: Arc<DeskSettings>,
    pub news: Arc<dyn News>,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl Desk {
    pub fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    /// After a committed change: the news goes out (mail is queued).
    pub async fn changed(&self) {
        self.news.changed().await;
    }
}
