//! Prometheus metrics at `/metrics`: request latency per route template,
//! requests in flight, the mail outbox's backlog, job runs, and the work
//! of the guard and of OCR. Labels are route templates and status classes, never paths
//! or values someone typed, so nothing a person sent reaches a scrape.
//!
//! `/metrics` answers only with the configured bearer token
//! (`Settings::metrics_token`), or on its own listener (`metrics_router`,
//! bound where the operator chose); with neither it is a 404.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::sync::Arc;
use std::time::Instant;
use subtle::ConstantTimeEq;

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
    status: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobLabels {
    job: &'static str,
    outcome: &'static str,
}

fn latency_histogram() -> Histogram {
    // 0.1 ms to ~3.3 s.
    Histogram::new(exponential_buckets(0.0001, 2.0, 16))
}

/// The process's metrics; cheap to clone (one registry behind an `Arc`).
#[derive(Clone)]
pub struct Metrics(Arc<Inner>);

struct Inner {
    registry: Registry,
    requests: Family<RouteLabels, Histogram, fn() -> Histogram>,
    in_flight: Gauge,
    outbox_backlog: Gauge,
    db_connections: Gauge,
    db_idle: Gauge,
    intake_waiting: Gauge,
    jobs: Family<JobLabels, Counter>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics(..)")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("sportello");
        let requests = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        registry.register(
            "http_request_duration_seconds",
            "Time from routing to the response, per route template",
            requests.clone(),
        );
        let in_flight = Gauge::default();
        registry.register(
            "http_requests_in_flight",
            "Requests being answered",
            in_flight.clone(),
        );
        let outbox_backlog = Gauge::default();
        registry.register(
            "mail_outbox_backlog",
            "Mails waiting to be sent (counted up to 100,000)",
            outbox_backlog.clone(),
        );
        let db_connections = Gauge::default();
        registry.register(
            "db_pool_connections",
            "Database connections the pools hold open",
            db_connections.clone(),
        );
        let db_idle = Gauge::default();
        registry.register(
            "db_pool_idle",
            "Open database connections no request is using (none idle: requests wait)",
            db_idle.clone(),
        );
        let intake_waiting = Gauge::default();
        registry.register(
            "intake_queue_depth",
            "New tickets waiting for the writer (SQLite's group commit)",
            intake_waiting.clone(),
        );
        let jobs = Family::<JobLabels, Counter>::default();
        registry.register("job_runs", "Background job runs by outcome", jobs.clone());
        registry.register_collector(Box::new(WorkTotals));
        Metrics(Arc::new(Inner {
            registry,
            requests,
            in_flight,
            outbox_backlog,
            db_connections,
            db_idle,
            intake_waiting,
            jobs,
        }))
    }

    /// Counts one run of a background job.
    pub fn job_ran(&self, job: &'static str, ok: bool) {
        let outcome = if ok { "ok" } else { "error" };
        self.0.jobs.get_or_create(&JobLabels { job, outcome }).inc();
    }

    /// The text exposition, with the gauges read from the store now.
    pub async fn render(&self, state: &AppState) -> String {
        if let Ok(n) = state.desk.store.mail_backlog(100_000).await {
            self.0.outbox_backlog.set(n);
        }
        let load = state.desk.store.load();
        self.0.db_connections.set(i64::from(load.connections));
        self.0.db_idle.set(i64::from(load.idle));
        self.0.intake_waiting.set(
            load.intake_waiting
                .map_or(0, |n| i64::try_from(n).unwrap_or(i64::MAX)),
        );
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.0.registry);
        out
    }
}

/// The guard's and OCR's totals, kept by those crates (every path that
/// screens or reads a picture counts, whichever layer called it).
#[derive(Debug)]
struct WorkTotals;

impl Collector for WorkTotals {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let guard = guard::stats();
        let (ocr_runs, ocr_nanos) = files::ocr::totals();
        let counters: [(&str, &str, ConstCounter<f64>); 5] = [
            (
                "guard_scans",
                "Texts the guard scanned",
                ConstCounter::new(guard.scans as f64),
            ),
            (
                "guard_scanned_bytes",
                "Bytes the guard scanned",
                ConstCounter::new(guard.bytes as f64),
            ),
            (
                "guard_scan_seconds",
                "Time the guard spent scanning",
                ConstCounter::new(guard.nanos as f64 / 1e9),
            ),
            (
                "ocr_runs",
                "Pictures read by OCR",
                ConstCounter::new(ocr_runs as f64),
            ),
            (
                "ocr_seconds",
                "Time spent reading pictures by OCR",
                ConstCounter::new(ocr_nanos as f64 / 1e9),
            ),
        ];
        for (name, help, counter) in counters {
            let metric = encoder.encode_descriptor(name, help, None, counter.metric_type())?;
            counter.encode(metric)?;
        }
        Ok(())
    }
}

fn status_class(status: StatusCode) -> &'static str {
    match status.as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

/// A route layer: runs after routing, so the route's template is known.
pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let m = &state.metrics.0;
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(no route)".to_owned(), |p| p.as_str().to_owned());
    let method = req.method().as_str().to_owned();
    m.in_flight.inc();
    let started = Instant::now();
    let res = next.run(req).await;
    m.in_flight.dec();
    m.requests
        .get_or_create(&RouteLabels {
            method,
            route,
            status: status_class(res.status()),
        })
        .observe(started.elapsed().as_secs_f64());
    res
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
}

fn exposition(text: String) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

/// `GET /metrics` on the main listener: only with the configured token.
pub async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(expected) = state.settings.metrics_token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let given = bearer(&headers).unwrap_or("");
    if !bool::from(given.as_bytes().ct_eq(expected.as_bytes())) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    exposition(state.metrics.render(&state).await)
}

/// The router for a listener of its own (`metrics_listen`): `/metrics`
/// without a token, since who can reach that address is the control.
pub fn metrics_router(state: AppState) -> axum::Router {
    async fn open(State(state): State<AppState>) -> Response {
        exposition(state.metrics.render(&state).await)
    }
    axum::Router::new()
        .route("/metrics", axum::routing::get(open))
        .with_state(state)
}
