//! The HTTP edge. Only this crate knows wire shapes: HTML pages (askama),
//! the JSON API under `/api/v1`, cookies, CSRF and translations. Handlers
//! parse input into domain types, ask the `Store`, and render.

// The hand-written OpenAPI document is one large `json!` literal.
#![recursion_limit = "256"]

pub mod api;
pub mod auth;
mod common;
pub mod error;
mod extract;
pub mod help;
pub mod i18n;
pub mod jobs;
mod limits;
pub mod mail;
pub mod metrics;
mod pages;
pub mod password_reset;
mod request_log;
mod security;
pub mod server;
pub mod workspace;

pub use app::clock::{Clock, FixedClock, SystemClock};
pub use app::seal;
pub use common::blocking::{Blocking, Job};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use std::sync::Arc;
use store::Store;

/// Knobs the binary reads from configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Mark cookies `Secure` and send HSTS: set when served over https.
    pub https: bool,
    pub session_days: i64,
    /// Pauses between failed sign-ins (see `app::signin`).
    pub signin: app::signin::Throttle,
    /// Accounts one client address may create in an hour.
    pub signups_per_hour: i64,
    /// Proxies whose `X-Forwarded-For` names the client (`common::client`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Days after which a sealed value is destroyed at the latest.
    pub sealed_retention_days: i64,
    /// Largest request body accepted, in bytes (uploads have their own).
    pub max_body_bytes: usize,
    /// Mail in and out; None turns mail off.
    pub mail: Option<MailSettings>,
    /// Largest attachment accepted, in bytes.
    pub max_attachment_bytes: usize,
    /// Files one message (the request or a reply) may carry.
    pub max_attachments_per_message: i64,
    /// Debug ids one user may create in an hour.
    pub debug_ids_per_hour: i64,
    /// SLA targets, business hours, log links, clustering.
    pub workspace: workspace::WorkspaceSettings,
    /// Bearer token that opens `/metrics` on the main listener; None
    /// leaves it closed there (a separate metrics listener needs none).
    pub metrics_token: Option<String>,
    /// Blocking jobs (Markdown, mail, files) at once; 0 means one per core.
    pub blocking_threads: usize,
    /// How long a blocking job waits for a free place before `busy`.
    pub blocking_wait_ms: u64,
    /// Connections served at once; past it a new one is answered 503.
    pub max_connections: usize,
    /// A client must send a request's whole header within this time.
    pub header_read_timeout_secs: u64,
    /// A request (its body included) must be answered within this time.
    pub request_timeout_secs: u64,
    /// The time the body of a request carrying files (multipart, inbound
    /// mail) has to arrive; reading the files is bounded by the pool.
    pub upload_timeout_secs: u64,
}

/// How Sportello speaks mail (the SMTP connection itself is configured in
/// the binary and handed to `mail::sender`).
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The From header, e.g. `Acme Support <support@acme.example>`.
    pub from: String,
    /// The support address; replies go to its `+token` variant.
    pub support_address: String,
    /// Where links in mail point, e.g. `https://help.acme.example`.
    pub base_url: String,
    /// Mail agents about every new ticket.
    pub notify_agents_on_new: bool,
    /// Shared secret for `POST /api/v1/inbound/email`; None disables it.
    pub inbound_secret: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            https: false,
            session_days: 14,
            signin: app::signin::Throttle::default(),
            signups_per_hour: 20,
            trusted_proxies: Vec::new(),
            sealed_retention_days: 30,
            max_body_bytes: 1024 * 1024,
            mail: None,
            max_attachment_bytes: 10 * 1024 * 1024,
            max_attachments_per_message: 5,
            debug_ids_per_hour: 10,
            workspace: workspace::WorkspaceSettings::default(),
            metrics_token: None,
            blocking_threads: 0,
            blocking_wait_ms: 2_000,
            max_connections: 1_024,
            header_read_timeout_secs: 10,
            request_timeout_secs: 30,
            upload_timeout_secs: 300,
        }
    }
}

/// What every handler can reach. One shared allocation: axum clones the
/// state for every middleware layer and handler of every request, and a
/// clone of the parts was one reference count per field (perf put their
/// clones and drops at about 2 % of the server's CPU under intake).
#[derive(Clone, Debug)]
pub struct AppState(Arc<StateParts>);

impl std::ops::Deref for AppState {
    type Target = StateParts;
    fn deref(&self) -> &StateParts {
        &self.0
    }
}

/// The parts of [`AppState`] (a test changes one and makes a state of them).
#[derive(Clone)]
pub struct StateParts {
    /// The store, clock, sealer and rules the use cases in `app` reach.
    pub desk: app::Desk,
    pub settings: Arc<Settings>,
    pub metrics: metrics::Metrics,
    /// Where blocking work runs (`common::blocking`).
    pub blocking: Blocking,
    /// The help center's search vocabularies, read from the index.
    pub search_terms: Arc<help::Vocabularies>,
}

impl AppState {
    /// The state of a desk on `store`: the use cases' `app::Desk` (told
    /// of every change through `mail::notifier`), the blocking pool, the
    /// metrics and search vocabularies, from one `Settings`.
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        settings: Settings,
        sealer: seal::Sealer,
    ) -> AppState {
        let desk_settings = app::DeskSettings {
            sealed_retention_days: settings.sealed_retention_days,
            debug_ids_per_hour: settings.debug_ids_per_hour,
            max_attachments_per_message: settings.max_attachments_per_message,
            max_attachment_bytes: settings.max_attachment_bytes,
            workspace: settings.workspace.clone(),
        };
        let sealer = Arc::new(sealer);
        let news: Arc<dyn app::News> = Arc::new(mail::notifier::Teller {
            store: store.clone(),
            clock: clock.clone(),
            mail: settings.mail.clone(),
            sealer: sealer.clone(),
        });
        AppState(Arc::new(StateParts {
            desk: app::Desk {
                store,
                clock,
                sealer,
                settings: Arc::new(desk_settings),
                news,
            },
            blocking: Blocking::for_settings(&settings),
            metrics: metrics::Metrics::new(),
            search_terms: Default::default(),
            settings: Arc::new(settings),
        }))
    }
}

impl From<StateParts> for AppState {
    fn from(parts: StateParts) -> AppState {
        AppState(Arc::new(parts))
    }
}

impl std::fmt::Debug for StateParts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

/// `GET /healthz`: the process answers, and which readers it has —
/// `ocr: false` means screenshots are stored without being read, `pdf:
/// false` that every PDF is refused. The readers are looked for once per
/// process (`serve` does it at start), so this stays off the bounded pool:
/// a health check must answer while the pool is full.
async fn healthz() -> axum::Json<serde_json::Value> {
    let readers = tokio::task::spawn_blocking(files::readers)
        .await
        .unwrap_or(files::Readers {
            ocr: false,
            pdf: false,
        });
    axum::Json(serde_json::json!({
        "status": "ok",
        "ocr": readers.ocr,
        "pdf": readers.pdf,
    }))
}

/// `GET /readyz`: 200 when the database answers, 503 when it does not
/// (a load balancer stops sending requests here meanwhile).
async fn readyz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    match state.desk.store.mail_backlog(1).await {
        Ok(_) => axum::Json(serde_json::json!({"status": "ready"})).into_response(),
        Err(_) => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "database_unavailable"})),
        )
            .into_response(),
    }
}

/// The whole application: pages, API and assets, with security headers,
/// body limits and authentication applied to every route.
pub fn router(state: AppState) -> Router {
    let limit = state.settings.max_body_bytes;
    Router::new()
        .route("/healthz", axum::routing::get(healthz))
        .route("/readyz", axum::routing::get(readyz))
        .route("/metrics", axum::routing::get(metrics::scrape))
        .merge(pages::routes())
        .nest("/api/v1", api::routes())
        .route_layer(axum::middleware::from_fn(request_log::mark_route))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            pages::workspace::unread_badge,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::resolve_user,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::csrf::ensure_cookie,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limits::deadline,
        ))
        .layer(axum::middleware::from_fn(limits::plain_query))
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::middleware::from_fn(request_log::log))
        .with_state(state)
}
