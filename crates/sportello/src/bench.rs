//! `sportello bench intake`: submits realistic incidents over HTTP with N
//! concurrent clients and reports throughput and latency percentiles. Only
//! for servers you run yourself, on this machine.
//!
//! Two ways to load: closed (each of N clients sends its next incident when
//! the last one is answered) and, with a rate, open (incidents are due at a
//! fixed pace whatever the answers, at most N in flight). A desk's traffic
//! is the open kind: integrators do not wait for each other. In a closed
//! loop a slow answer also delays the requests that would have followed it,
//! so the latencies seen are those of a lighter load than the one claimed;
//! with a rate, a request that found no free client is timed from when it
//! was due, so time spent waiting for one counts too.

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

#[derive(Debug, Clone)]
pub struct IntakeOptions {
    /// Base URL, e.g. `http://127.0.0.1:8080`.
    pub url: String,
    pub token: String,
    pub concurrency: usize,
    pub count: usize,
    /// The client id put in every incident (must be registered for the
    /// token's organization when it has any).
    pub client_id: String,
    /// Counts created tickets as they happen, for callers that watch.
    pub progress: Option<Arc<AtomicUsize>>,
    /// Incidents due per second (an open load); `None` for a closed loop.
    pub rate: Option<f64>,
}

/// When incident `n` is due, from the start, at `rate` a second (an open
/// load); a closed loop sends each one as soon as a client is free.
fn due(n: usize, rate: Option<f64>) -> Option<Duration> {
    open_rate(rate).map(|r| Duration::from_secs_f64(n as f64 / r))
}

/// The rate of an open load; none (a closed loop) for a rate that is no
/// positive number.
fn open_rate(rate: Option<f64>) -> Option<f64> {
    rate.filter(|r| r.is_finite() && *r > 0.0)
}

#[derive(Debug, Default)]
pub struct IntakeReport {
    pub statuses: BTreeMap<u16, usize>,
    /// Requests that got no HTTP answer at all (connection refused or reset).
    pub transport_errors: usize,
    /// Ticket ids of every 201 answer.
    pub created: Vec<i64>,
    pub latencies: Vec<Duration>,
    pub elapsed: Duration,
    /// The open load's rate, when there was one.
    pub offered: Option<f64>,
}

impl IntakeReport {
    pub fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }

    pub fn throughput(&self) -> f64 {
        self.created.len() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// Whether the desk took in `per_sec` incidents a second: under an open
    /// load, one offered at least that fast and answered every one with a
    /// new ticket (falling behind shows in the latencies, counted from when
    /// each was due); under a closed loop, the tickets created over the
    /// elapsed time.
    pub fn kept_up_with(&self, per_sec: f64) -> bool {
        match self.offered {
            Some(rate) => {
                rate >= per_sec
                    && self.transport_errors == 0
                    && self.created.len() == self.latencies.len()
            }
            None => self.throughput() >= per_sec,
        }
    }

    pub fn print(&self) {
        println!(
            "requests    {}",
            self.latencies.len() + self.transport_errors
        );
        println!("created     {}", self.created.len());
        println!("statuses    {:?}", self.statuses);
        println!("no answer   {}", self.transport_errors);
        println!("elapsed     {:.2} s", self.elapsed.as_secs_f64());
        if let Some(rate) = self.offered {
            println!("offered     {rate:.0}/s (latency counted from when each was due)");
        }
        println!("throughput  {:.0} created/s", self.throughput());
        for p in [50.0, 95.0, 99.0] {
            println!(
                "p{p:<2}         {:.2} ms",
                self.percentile(p).as_secs_f64() * 1000.0
            );
        }
    }
}

fn uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A realistic incident: mostly Data API, some Payments with a payment id,
/// some asynchronous calls with a task id.
fn incident(n: usize, client_id: &str) -> serde_json::Value {
    let product = ["data", "data", "payments", "other"][n % 4];
    let mode = if n.is_multiple_of(5) { "async" } else { "sync" };
    let mut fields = serde_json::json!({
        "product": product,
        "client_id": client_id,
        "occurred_at": "2026-01-15T09:41:00+01:00",
        "error_message": format!("HTTP 502 upstream_unavailable (attempt {n})"),
        "steps": "Called the endpoint from our backend with a valid consent; it fails every time since 09:40.",
        "endpoints": ["GET /v1/accounts?limit=10", "POST /v1/payments"],
        "device": "Linux server",
        "browser": "server",
        "request_mode": mode,
        "x_request_id": uuid(),
    });
    if product == "payments" {
        fields["simp_id"] = serde_json::json!(uuid());
    }
    if mode == "async" {
        fields["task_id"] = serde_json::json!(uuid());
    }
    serde_json::json!({
        "form": "incident",
        "subject": format!("Accounts endpoint returns 502 ({n})"),
        "description": "We saw this right after our deploy; nothing changed in our calls.",
        "fields": fields,
    })
}

pub async fn intake(opts: IntakeOptions) -> anyhow::Result<IntakeReport> {
    let mut connector = HttpConnector::new();
    connector.set_nodelay(true);
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build(connector);
    let url: hyper::Uri = format!("{}/api/v1/requests", opts.url.trim_end_matches('/')).parse()?;
    let next = Arc::new(AtomicUsize::new(0));
    let report = Arc::new(Mutex::new(IntakeReport::default()));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..opts.concurrency.max(1) {
        let (client, url, next, report, opts) = (
            client.clone(),
            url.clone(),
            next.clone(),
            report.clone(),
            opts.clone(),
        );
        workers.push(tokio::spawn(async move {
            let mut local = IntakeReport::default();
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= opts.count {
                    break;
                }
                let body = incident(n, &opts.client_id).to_string();
                let req = hyper::Request::post(url.clone())
                    .header("authorization", format!("Bearer {}", opts.token))
                    .header("content-type", "application/json")
                    .body(Full::new(Bytes::from(body)));
                let Ok(req) = req else { continue };
                // An open load counts from when the incident was due if no
                // client was free by then; otherwise from when it was sent,
                // so the timer's millisecond steps are not counted as the
                // server's.
                let t0 = match due(n, opts.rate) {
                    Some(at) if started + at <= Instant::now() => started + at,
                    Some(at) => {
                        tokio::time::sleep_until((started + at).into()).await;
                        Instant::now()
                    }
                    None => Instant::now(),
                };
                match client.request(req).await {
                    Ok(res) => {
                        let status = res.status().as_u16();
                        let bytes = res
                            .into_body()
                            .collect()
                            .await
                            .map(|b| b.to_bytes())
                            .unwrap_or_default();
                        local.latencies.push(t0.elapsed());
                        *local.statuses.entry(status).or_default() += 1;
                        if status == 201
                            && let Some(id) = serde_json::from_slice::<serde_json::Value>(&bytes)
                                .ok()
                                .and_then(|v| v["id"].as_i64())
                        {
                            local.created.push(id);
                            if let Some(p) = &opts.progress {
                                p.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    }
                    Err(_) => local.transport_errors += 1,
                }
            }
            let mut r = report.lock().await;
            r.latencies.extend(local.latencies);
            r.created.extend(local.created);
            r.transport_errors += local.transport_errors;
            for (k, v) in local.statuses {
                *r.statuses.entry(k).or_default() += v;
            }
        }));
    }
    for w in workers {
        w.await?;
    }
    let mut report = std::mem::take(&mut *report.lock().await);
    report.elapsed = started.elapsed();
    report.offered = open_rate(opts.rate);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_load_spaces_incidents_evenly_and_a_closed_one_never_waits() {
        assert_eq!(due(0, Some(5000.0)), Some(Duration::ZERO));
        assert_eq!(due(5000, Some(5000.0)), Some(Duration::from_secs(1)));
        assert_eq!(due(1, Some(4.0)), Some(Duration::from_millis(250)));
        assert_eq!(due(7, None), None);
        // Nonsense rates are a closed loop, not a division by zero.
        assert_eq!(due(7, Some(0.0)), None);
        assert_eq!(due(7, Some(f64::NAN)), None);
    }

    fn answered(created: usize, other: usize, offered: Option<f64>) -> IntakeReport {
        let mut r = IntakeReport {
            created: (0..created as i64).collect(),
            latencies: vec![Duration::from_millis(1); created + other],
            elapsed: Duration::from_secs(1),
            offered,
            ..IntakeReport::default()
        };
        r.statuses.insert(201, created);
        r
    }

    #[test]
    fn an_open_load_is_kept_up_with_only_when_every_incident_became_a_ticket() {
        assert!(answered(4990, 0, Some(5000.0)).kept_up_with(5000.0));
        assert!(!answered(4990, 10, Some(5000.0)).kept_up_with(5000.0));
        assert!(!answered(4000, 0, Some(4000.0)).kept_up_with(5000.0));
        // A closed loop is judged by what it created in the time it took.
        assert!(!answered(4990, 0, None).kept_up_with(5000.0));
        assert!(answered(5000, 0, None).kept_up_with(5000.0));
    }
}
