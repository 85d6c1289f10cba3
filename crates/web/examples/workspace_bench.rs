//! Workspace benchmark: seeds 100,000 tickets into a temporary SQLite
//! database and measures, in process through the router (server time, no
//! network): view pages and counts, identifier lookups, and what
//! clustering adds to a submission.
//!
//! `cargo run --release -p web --example workspace_bench [-- TICKETS]`
#![allow(
    clippy::unwrap_used,
    clippy::print_stdout,
    missing_debug_implementations
)]

use axum::body::Body;
use axum::http::{Request, header};
use domain::{Email, Locale, Priority, Role, Status};
use http_body_util::BodyExt;
use std::sync::Arc;
use std::time::{Duration as StdDuration, Instant};
use store::{NewTicket, NewUser, ScreenedFields, Store, TicketPatch, WorkspaceStore};
use store_sqlite::SqliteStore;
use time::macros::datetime;
use tower::ServiceExt;
use web::{AppState, FixedClock, Settings};

fn pct(mut v: Vec<StdDuration>, p: f64) -> f64 {
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i].as_secs_f64() * 1000.0
}

fn report(name: &str, v: Vec<StdDuration>) {
    println!(
        "{name:<58} n={:<5} p50={:>7.3} ms  p99={:>7.3} ms  max={:>7.3} ms",
        v.len(),
        pct(v.clone(), 0.5),
        pct(v.clone(), 0.99),
        pct(v, 1.0)
    );
}

/// A tiny deterministic generator (no extra dependency).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn uuid(r: &mut Rng) -> String {
    let a = r.next();
    let b = r.next();
    format!(
        "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        b >> 52,
        b & 0xffff_ffff_ffff
    )
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open_dir(dir.path()).await.unwrap());
    let now = datetime!(2026-11-28 10:00 UTC);
    let clock = Arc::new(FixedClock::new(now));
    let state = AppState::new(
        store.clone(),
        clock.clone(),
        Settings::default(),
        web::seal::Sealer::new(&[7u8; 32]).unwrap(),
    );
    let router = web::router(state.clone());
    let user = |email: &str, role| NewUser {
        email: Email::parse(email).unwrap(),
        name: screened(email),
        role,
        org_id: None,
        locale: Locale::En,
        password_hash: None,
    };
    let mut agents = vec![];
    for i in 0..5 {
        agents.push(
            store
                .create_user(user(&format!("agent{i}@b.test"), Role::Agent), now)
                .await
                .unwrap(),
        );
    }
    let mut requesters = vec![];
    for i in 0..500 {
        requesters.push(
            store
                .create_user(user(&format!("dev{i}@b.test"), Role::Requester), now)
                .await
                .unwrap(),
        );
    }
    let token = web::auth::new_api_token();
    store
        .create_api_token(
            agents[0].id,
            &screened("bench"),
            &web::auth::token_hash(&token),
            now,
        )
        .await
        .unwrap();

    let errors = [
        "HTTP 502 upstream_unavailable request {} at 2026-11-28T09:41:00Z",
        "invalid_grant: consent {} expired",
        "Timeout after {}s calling /v1/accounts",
        "HTTP 401 invalid_token for client {}",
        "payment {} rejected: insufficient_funds",
    ];
    let products = ["payments", "data", "other"];
    let mut rng = Rng(0x5eed_1234_abcd_9876);
    let mut sample_ids = vec![];
    let seed_start = Instant::now();
    for i in 0..n {
        let created = now - time::Duration::seconds(rng.below(60 * 86_400) as i64);
        let product = products[rng.below(3) as usize];
        let client = format!("client-{:04}", rng.below(2000));
        let rid = uuid(&mut rng);
        let err = errors[rng.below(5) as usize].replace("{}", &rng.below(100_000).to_string());
        let mut fields = ScreenedFields::new();
        fields.insert("product".into(), text(product));
        fields.insert("client_id".into(), text(client.clone()));
        fields.insert("x_request_id".into(), text(rid.clone()));
        fields.insert("error_message".into(), text(err));
        let requester = &requesters[rng.below(500) as usize];
        let t = store
            .create_ticket(
                NewTicket {
                    form: "incident".into(),
                    subject: screened(format!("Ticket {i} about {product}")),
                    description: None,
                    requester_id: requester.id,
                    org_id: None,
                    priority: Priority::ALL[rng.below(4) as usize],
                    fields,
                    identifiers: vec![
                        ("client_id".into(), screened(client)),
                        ("x_request_id".into(), screened(rid.clone())),
                    ],
                    sealed: vec![],
                    seal_binding: None,
                    submit_key: None,
                },
                created,
            )
            .await
            .unwrap();
        web::workspace::after_create(&state.desk, &t).await;
        let roll = rng.below(10);
        if roll >= 3 {
            let status = match roll {
                3 | 4 => Status::Open,
                5 => Status::Pending,
                6 => Status::OnHold,
                _ => Status::Solved,
            };
            let patch = TicketPatch {
                status: Some(status),
                priority: None,
                assignee_id: Some(Some(agents[rng.below(5) as usize].id)),
            };
            store
                .update_ticket(
                    t.id,
                    &patch,
                    agents[0].id,
                    created + time::Duration::hours(2),
                )
                .await
                .unwrap();
        }
        if i % 1000 == 0 {
            sample_ids.push(rid);
        }
    }
    println!(
        "seeded {n} tickets in {:.1} s",
        seed_start.elapsed().as_secs_f64()
    );

    let call = |path: String| {
        let router = router.clone();
        let token = token.clone();
        async move {
            let req = Request::get(path)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .body(Body::empty())
                .unwrap();
            let start = Instant::now();
            let res = router.oneshot(req).await.unwrap();
            assert!(res.status().is_success(), "{}", res.status());
            let _ = res.into_body().collect().await.unwrap();
            start.elapsed()
        }
    };
    let runs = 200;
    for view in [
        "new",
        "open",
        "pending",
        "on_hold",
        "solved",
        "mine",
        "unassigned",
        "breaching",
        "all",
    ] {
        let mut v = vec![];
        for _ in 0..runs {
            v.push(call(format!("/api/v1/views/{view}")).await);
        }
        report(&format!("GET /api/v1/views/{view} (50 rows + count)"), v);
    }
    for (label, q) in [
        (
            "filter product+priority",
            "/api/v1/views/open?product=payments&priority=high",
        ),
        (
            "filter client_id",
            "/api/v1/views/all?client_id=client-0042",
        ),
        ("sort updated", "/api/v1/views/open?sort=updated"),
        ("sort due", "/api/v1/views/open?sort=due"),
    ] {
        let mut v = vec![];
        for _ in 0..runs {
            v.push(call(q.to_owned()).await);
        }
        report(&format!("GET views: {label}"), v);
    }
    let mut v = vec![];
    for _ in 0..50 {
        v.push(call("/api/v1/views".to_owned()).await);
    }
    report("GET /api/v1/views (all 9 counts)", v);

    // Identifier lookup, in the store and through the API.
    let mut v = vec![];
    for rid in sample_ids.iter().cycle().take(1000) {
        let start = Instant::now();
        let found = store
            .find_by_identifier(rid, web_pivots(), 50)
            .await
            .unwrap();
        v.push(start.elapsed());
        assert!(!found.is_empty());
    }
    report("store find_by_identifier (x_request_id)", v);
    let mut v = vec![];
    for rid in sample_ids.iter().cycle().take(1000) {
        v.push(call(format!("/api/v1/search?q={}", rid.to_uppercase())).await);
    }
    report("GET /api/v1/search?q=<uuid> (identifier)", v);
    let mut v = vec![];
    for i in 0..200 {
        v.push(call(format!("/api/v1/search?q=client-{:04}", i % 2000)).await);
    }
    report("GET /api/v1/search?q=<client_id> (~50 tickets)", v);

    // Clustering's share of a submission: normalize + store the signature
    // (+ the SLA due times, same hook), timed on fresh tickets.
    let mut with_hook = vec![];
    let mut sig_only = vec![];
    for i in 0..500 {
        let mut fields = ScreenedFields::new();
        fields.insert("product".into(), text("data"));
        fields.insert(
            "error_message".into(),
            text(format!("HTTP 502 upstream_unavailable request {i}")),
        );
        let t = store
            .create_ticket(
                NewTicket {
                    form: "incident".into(),
                    subject: screened("x"),
                    description: None,
                    requester_id: requesters[0].id,
                    org_id: None,
                    priority: Priority::Normal,
                    fields,
                    identifiers: vec![],
                    sealed: vec![],
                    seal_binding: None,
                    submit_key: None,
                },
                now,
            )
            .await
            .unwrap();
        let start = Instant::now();
        let sig =
            domain::clustering::normalize(&format!("HTTP 502 upstream_unavailable request {i}"));
        store
            .set_error_signature(t.id, &screened(sig.clone()))
            .await
            .unwrap();
        sig_only.push(start.elapsed());
        let start = Instant::now();
        web::workspace::after_create(&state.desk, &t).await;
        with_hook.push(start.elapsed());
    }
    report("clustering: normalize + store signature", sig_only);

    // What a submission pays now: the schedule (normalize + SLA maths) is
    // computed, then written in the ticket's own transaction. Plain and
    // scheduled creates alternate so both see the same database.
    let mut plain = vec![];
    let mut scheduled = vec![];
    let mut compute = vec![];
    for i in 0..1000 {
        let message = format!("HTTP 502 upstream_unavailable request {i}");
        let mut fields = ScreenedFields::new();
        fields.insert("product".into(), text("data"));
        fields.insert("error_message".into(), text(message.clone()));
        let new = NewTicket {
            form: "incident".into(),
            subject: screened("x"),
            description: None,
            requester_id: requesters[0].id,
            org_id: None,
            priority: Priority::Normal,
            fields,
            identifiers: vec![],
            sealed: vec![],
            seal_binding: None,
            submit_key: None,
        };
        if i % 2 == 0 {
            let start = Instant::now();
            store.create_ticket(new, now).await.unwrap();
            plain.push(start.elapsed());
        } else {
            let start = Instant::now();
            let schedule = web::workspace::schedule(&state.desk, Priority::Normal, now, &message);
            compute.push(start.elapsed());
            store
                .create_ticket_scheduled(new, &schedule, now)
                .await
                .unwrap();
            scheduled.push(start.elapsed());
        }
    }
    report("create_ticket (no schedule)", plain);
    report("schedule computed (normalize + SLA due times)", compute);
    report(
        "create_ticket_scheduled (schedule + one transaction)",
        scheduled,
    );
    report("after_create hook (signature + SLA due times)", with_hook);
    let mut v = vec![];
    for _ in 0..200 {
        v.push(call("/api/v1/incidents".to_owned()).await);
    }
    report("GET /api/v1/incidents (window query)", v);
    let mut v = vec![];
    for _ in 0..20 {
        v.push(call("/api/v1/dashboard".to_owned()).await);
    }
    report("GET /api/v1/dashboard (14 days of aggregates)", v);
}

fn web_pivots() -> &'static [&'static str] {
    &[
        "client_id",
        "x_request_id",
        "simp_id",
        "task_id",
        "debug_id",
    ]
}

fn screened(text: impl Into<String>) -> guard::Screened {
    guard::screen(text).unwrap()
}

fn text(value: impl Into<String>) -> store::ScreenedValue {
    store::ScreenedValue::Text(screened(value))
}
