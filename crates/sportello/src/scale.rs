//! `sportello bench scale --tickets N`: seeds a realistic desk in bulk, on
//! SQLite or PostgreSQL (`store_sql::seed`: a batch per transaction, each
//! ticket written in its final state by the rules the write paths follow,
//! so the text index, identifiers, SLA due and breach times, error
//! signatures, tags, comments, audit events and kept counts are what they
//! would have made), then measures the budgets of issue 13:
//!
//! - pages and API calls in process through the router (server time, no
//!   network), ≥ 200 sequential requests each, p50/p99;
//! - start-up to the first answer, resident memory idle and under load, and
//!   intake over HTTP, against a `sportello serve` child process;
//! - on SQLite, the WAL's size after the load.
//!
//! Only for databases you made for it: it adds thousands of users.

use crate::bench;
use crate::config::Config;
use anyhow::{Context, bail};
use axum::body::Body;
use domain::{ClientId, CommentVisibility, Email, Locale, OrgSlug, Priority, Role, Status};
use http_body_util::BodyExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use store::{NewOrg, NewTicket, NewUser, Store, StoredFields};
use store_sqlite::seed::{SeedComment, SeedTicket};
use time::OffsetDateTime;
use tower::ServiceExt;

#[derive(Debug, Clone)]
pub struct ScaleOptions {
    pub tickets: usize,
    /// Sequential requests per measurement.
    pub requests: usize,
    /// Tickets filed over HTTP by the intake measurement (0 skips it).
    pub intake: usize,
    pub intake_concurrency: usize,
    /// Incidents a second for an open load (`bench intake --rate`); `None`
    /// for a closed loop of `intake_concurrency` clients.
    pub intake_rate: Option<f64>,
    /// The configuration file the `serve` child is given.
    pub config_file: PathBuf,
    /// Stop a measurement after this long even before `requests` (the
    /// report gives each one's n).
    pub max_seconds: u64,
    /// Seed (when empty) and stop: for copying a desk to measure twice.
    pub seed_only: bool,
}

/// A tiny deterministic generator (no extra dependency).
struct Rng(u64);
impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn uuid(&mut self) -> String {
        let a = self.next();
        let b = self.next();
        format!(
            "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            b >> 52,
            b & 0xffff_ffff_ffff
        )
    }
}

const ORGS: usize = 400;
const REQUESTERS: usize = 4000;
const AGENTS: usize = 25;
const BENCH_AGENT: &str = "scale-agent-0@bench.test";
const BENCH_REQUESTER: &str = "scale-requester-0@bench.test";
const INTAKE_USER: &str = "scale-intake@bench.test";
const INTAKE_CLIENT: &str = "scale-intake-client";
/// A word in about a fifth of the tickets (subjects and comments).
pub const COMMON_WORD: &str = "timeout";
const DAY: i64 = 86_400;

fn client_ids(org: usize) -> Vec<String> {
    (0..1 + org % 3)
        .map(|k| format!("client-{org:03}-{k}"))
        .collect()
}

const ERRORS: &[&str] = &[
    "HTTP 502 upstream_unavailable request {} at 2026-11-28T09:41:00Z",
    "invalid_grant: consent {} expired",
    "Timeout after {}s calling /v1/accounts",
    "HTTP 401 invalid_token for client {}",
    "payment {} rejected: insufficient_funds",
    "HTTP 429 rate_limited retry after {} seconds",
    "TLS handshake failed with code {}",
    "webhook delivery {} returned 500",
];
const SUBJECTS: &[&str] = &[
    "Accounts endpoint returns 502",
    "Consent expired after renewal",
    "Payments stuck in pending",
    "Webhook not delivered",
    "Rate limited on balances",
    "Sandbox token rejected",
    "Transactions missing for yesterday",
    "Refund request for duplicate payment",
];

/// Seeds `n` tickets (and the orgs, people and token the measurements use)
/// when the database has no tickets yet.
async fn seed(
    store: Arc<dyn Store>,
    backend: &Backend,
    state: &web::AppState,
    n: usize,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut orgs = Vec::with_capacity(ORGS);
    for o in 0..ORGS {
        let ids = client_ids(o)
            .iter()
            .map(|c| ClientId::parse(c).map_err(|_| anyhow::anyhow!("client id {c}")))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let org = store
            .create_org(NewOrg {
                slug: OrgSlug::parse(&format!("org-{o:03}"))
                    .map_err(|_| anyhow::anyhow!("slug"))?,
                name: s(format!("Organization {o}")),
                shared: o % 4 == 0,
                client_ids: ids,
            })
            .await?;
        orgs.push(org.id);
    }
    let intake_org = store
        .create_org(NewOrg {
            slug: OrgSlug::parse("scale-intake").map_err(|_| anyhow::anyhow!("slug"))?,
            name: s("Intake"),
            shared: false,
            client_ids: vec![ClientId::parse(INTAKE_CLIENT).map_err(|_| anyhow::anyhow!("id"))?],
        })
        .await?;
    let user = |email: String, role, org_id| NewUser {
        email: Email::parse(&email).unwrap_or_else(|_| unreachable!("valid bench e-mail")),
        name: s(email.split('@').next().unwrap_or("x")),
        role,
        org_id,
        locale: Locale::En,
        password_hash: None,
    };
    let mut agents = Vec::new();
    for a in 0..AGENTS {
        let u = store
            .create_user(
                user(format!("scale-agent-{a}@bench.test"), Role::Agent, None),
                now - time::Duration::days(400),
            )
            .await?;
        agents.push(u.id);
    }
    let mut requesters = Vec::with_capacity(REQUESTERS);
    for r in 0..REQUESTERS {
        // Requester 0 is the busiest (the one the requester pages measure).
        let o = r % ORGS;
        let u = store
            .create_user(
                user(
                    format!("scale-requester-{r}@bench.test"),
                    Role::Requester,
                    Some(orgs[o]),
                ),
                now - time::Duration::days(400),
            )
            .await?;
        requesters.push((u.id, orgs[o], o));
    }
    store
        .create_user(
            user(INTAKE_USER.into(), Role::Requester, Some(intake_org.id)),
            now,
        )
        .await?;
    let done = Arc::new(AtomicUsize::new(0));
    let progress = {
        let done = done.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(10)).await;
                let d = done.load(Ordering::Relaxed);
                eprintln!(
                    "seeded {d} of {n} tickets ({:.0}/s)",
                    d as f64 / started.elapsed().as_secs_f64()
                );
            }
        })
    };
    // Batches in one transaction each, planned while the last is written.
    let mut pending: Option<tokio::task::JoinHandle<store::Result<()>>> = None;
    let mut i = 0;
    while i < n {
        let end = (i + 5_000).min(n);
        let batch: Vec<SeedTicket> = (i..end)
            .map(|k| plan_ticket(state, &agents, &requesters, k, n, now))
            .collect();
        if let Some(p) = pending.take() {
            p.await??;
        }
        let b = backend.clone();
        let d = done.clone();
        pending = Some(tokio::spawn(async move {
            let len = batch.len();
            b.seed_tickets(&batch).await?;
            d.fetch_add(len, Ordering::Relaxed);
            Ok(())
        }));
        i = end;
    }
    if let Some(p) = pending.take() {
        p.await??;
    }
    backend.settle().await?;
    progress.abort();
    eprintln!(
        "seeded {n} tickets in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// One ticket's life: filed (created over the last year, in id order), then
/// — by its age — assigned, answered (sometimes late, so it breaches), moved
/// to its final status, tagged, commented on by its requester.
fn plan_ticket(
    state: &web::AppState,
    agents: &[i64],
    requesters: &[(i64, i64, usize)],
    i: usize,
    n: usize,
    now: OffsetDateTime,
) -> SeedTicket {
    let mut r = Rng::new(i as u64 + 1);
    let year = 365 * DAY;
    // Spread over the year, in id order; the last 0.2% arrive as a burst in
    // the last 20 minutes (so the incidents view has clusters to find).
    let burst = n / 500;
    let created = if i + burst >= n {
        now - time::Duration::seconds(r.below(20 * 60) as i64 + 1)
    } else {
        let at = year - (year as f64 * i as f64 / n as f64) as i64;
        now - time::Duration::seconds(at + r.below(600) as i64 + 1_200)
    };
    let age = (now - created).whole_seconds();
    // Skewed requesters: a few file many tickets.
    let req = if r.chance(3) {
        0
    } else {
        let x = r.below(1 << 16) as f64 / 65536.0;
        ((x * x * x) * REQUESTERS as f64) as usize % REQUESTERS
    };
    let (requester_id, org_id, org) = requesters[req];
    let clients = client_ids(org);
    let client = clients[r.below(clients.len() as u64) as usize].clone();
    let product = ["data", "data", "payments", "other"][r.below(4) as usize];
    let priority = Priority::ALL[[0, 1, 1, 1, 2, 2, 3][r.below(7) as usize]];
    let err_template = if i + burst >= n {
        ERRORS[r.below(2) as usize]
    } else {
        ERRORS[r.below(ERRORS.len() as u64) as usize]
    };
    let error = err_template.replace("{}", &r.below(100_000).to_string());
    let rid = r.uuid();
    let mut fields = StoredFields::new();
    fields.insert("product".into(), product.into());
    fields.insert("client_id".into(), client.clone().into());
    fields.insert("x_request_id".into(), rid.clone().into());
    fields.insert("error_message".into(), error.clone().into());
    fields.insert(
        "environment".into(),
        ["production", "sandbox"][i % 2].into(),
    );
    let mut identifiers = vec![
        ("client_id".to_owned(), client),
        ("x_request_id".to_owned(), rid),
    ];
    if product == "payments" {
        let simp = r.uuid();
        fields.insert("simp_id".into(), simp.clone().into());
        identifiers.push(("simp_id".into(), simp));
    }
    if r.chance(20) {
        let task = r.uuid();
        fields.insert("task_id".into(), task.clone().into());
        identifiers.push(("task_id".into(), task));
    }
    let timeout = r.chance(20);
    let subject = format!(
        "{}{} (#{i})",
        SUBJECTS[r.below(SUBJECTS.len() as u64) as usize],
        if timeout { " after a timeout" } else { "" }
    );
    let schedule = web::workspace::schedule(&state.desk, priority, created, &error);
    let mut seed = SeedTicket {
        ticket: NewTicket {
            form: "incident".into(),
            subject: s(subject),
            description: Some(s(
                "We saw this right after our deploy; nothing changed in our calls.",
            )),
            requester_id,
            org_id: Some(org_id),
            priority,
            fields: screened_fields(fields),
            identifiers: identifiers.into_iter().map(|(k, v)| (k, s(v))).collect(),
            sealed: vec![],
            seal_binding: None,
            submit_key: None,
        },
        schedule,
        created_at: created.unix_timestamp(),
        assigned: None,
        comments: vec![],
        tags: vec![],
    };
    let at = |secs: i64| {
        (created + time::Duration::seconds(secs))
            .min(now)
            .unix_timestamp()
    };
    // Final status by age: old tickets are mostly done.
    let status = if age > 30 * DAY {
        match r.below(100) {
            0..=59 => Status::Closed,
            60..=93 => Status::Solved,
            94..=96 => Status::Pending,
            97 => Status::OnHold,
            98 => Status::Open,
            _ => Status::New,
        }
    } else if age > DAY {
        Status::ALL[[0, 1, 1, 2, 2, 3, 4, 4, 4, 5][r.below(10) as usize]]
    } else {
        Status::ALL[[0, 0, 0, 1, 1, 2, 4][r.below(7) as usize]]
    };
    if status == Status::New {
        return seed;
    }
    let agent = agents[r.below(agents.len() as u64) as usize];
    let assigned = status != Status::Open || r.chance(70);
    // Most first replies within the SLA; one in eight late.
    let reply_after = if r.chance(12) {
        4 * 3600 + r.below(3 * DAY as u64) as i64
    } else {
        300 + r.below(3000) as i64
    };
    if assigned {
        seed.assigned = Some((agent, at(120)));
    }
    let word = if r.chance(10) { COMMON_WORD } else { "error" };
    seed.comments.push(SeedComment {
        author_id: agent,
        by_staff: true,
        body: s(format!(
            "Thanks, we are looking into it. Could you send the x-request-id of another call that hit the {word}?"
        )),
        visibility: CommentVisibility::Public,
        at: at(reply_after),
        new_status: Some(if matches!(status, Status::Solved | Status::Closed) {
            Status::Pending
        } else {
            status
        }),
    });
    if r.chance(25) {
        seed.comments.push(SeedComment {
            author_id: requester_id,
            by_staff: false,
            body: s("Here it is; the same happens in sandbox."),
            visibility: CommentVisibility::Public,
            at: at(reply_after + 1800),
            new_status: None,
        });
    }
    if matches!(status, Status::Solved | Status::Closed) {
        let late = r.chance(5);
        seed.comments.push(SeedComment {
            author_id: agent,
            by_staff: true,
            body: s("Fixed on our side: the upstream was restarted."),
            visibility: CommentVisibility::Internal,
            at: at(reply_after + if late { 9 * DAY } else { 3600 }),
            new_status: Some(status),
        });
    }
    if r.chance(15) {
        let tags = ["upstream", "consent", "sandbox", "billing", "vip"];
        seed.tags
            .push((s(tags[r.below(5) as usize]), at(reply_after + 7200)));
    }
    seed
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1000.0
}

/// One line of the report.
#[derive(Debug)]
struct Line {
    what: String,
    n: usize,
    p50: f64,
    p99: f64,
    budget: String,
    met: Option<bool>,
}

impl Line {
    fn timed(what: &str, mut v: Vec<Duration>, budget_ms: Option<f64>) -> Line {
        v.sort();
        let p99 = pct(&v, 99.0);
        Line {
            what: what.to_owned(),
            n: v.len(),
            p50: pct(&v, 50.0),
            p99,
            budget: budget_ms.map(|b| format!("≤ {b} ms")).unwrap_or_default(),
            met: budget_ms.map(|b| p99 <= b),
        }
    }
}

/// Sends `GET path` through the router; panics on anything but 200 only in
/// spirit: a non-200 is an error naming the path.
async fn get(router: &axum::Router, token: &str, path: &str) -> anyhow::Result<Vec<u8>> {
    let req = axum::http::Request::get(path)
        .header("authorization", format!("Bearer {token}"))
        .body(Body::empty())?;
    let res = router.clone().oneshot(req).await?;
    let status = res.status();
    let body = res.into_body().collect().await?.to_bytes().to_vec();
    if status != 200 {
        bail!(
            "GET {path}: {status}: {}",
            String::from_utf8_lossy(&body[..body.len().min(300)])
        );
    }
    Ok(body)
}

async fn time_paths(
    router: &axum::Router,
    token: &str,
    paths: &[String],
    n: usize,
    max: Duration,
) -> anyhow::Result<Vec<Duration>> {
    for p in paths.iter().take(3) {
        get(router, token, p).await?;
    }
    let mut out = Vec::with_capacity(n);
    let started = Instant::now();
    for k in 0..n {
        if k >= 20 && started.elapsed() > max {
            break;
        }
        let p = &paths[k % paths.len()];
        let t0 = Instant::now();
        get(router, token, p).await?;
        out.push(t0.elapsed());
    }
    Ok(out)
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).unwrap_or_default()
}

/// The store the measurements read through, and its backend for what the
/// trait does not say: bulk seeding and closing.
#[derive(Clone)]
enum Backend {
    Sqlite(store_sqlite::SqliteStore),
    Postgres(store_postgres::PgStore),
}

impl Backend {
    async fn seed_tickets(&self, batch: &[SeedTicket]) -> store::Result<()> {
        match self {
            Backend::Sqlite(s) => s.seed_tickets(batch).await,
            Backend::Postgres(p) => p.seed_tickets(batch).await,
        }
    }

    /// What a bulk load leaves to do before anything is measured.
    async fn settle(&self) -> store::Result<()> {
        match self {
            Backend::Sqlite(_) => Ok(()),
            Backend::Postgres(p) => p.settle_after_bulk_load().await,
        }
    }

    async fn close(&self) {
        match self {
            Backend::Sqlite(s) => s.close().await,
            Backend::Postgres(p) => p.close().await,
        }
    }
}

async fn open(config: &Config) -> anyhow::Result<(Arc<dyn Store>, Backend)> {
    match config.database_url.as_deref() {
        Some(url) if store_postgres::is_postgres_url(url) => {
            let p = store_postgres::PgStore::connect(url).await?;
            Ok((Arc::new(p.clone()), Backend::Postgres(p)))
        }
        Some(url) => {
            let s = store_sqlite::SqliteStore::open_url(url).await?;
            Ok((Arc::new(s.clone()), Backend::Sqlite(s)))
        }
        None => {
            let s = store_sqlite::SqliteStore::open_dir(&config.data).await?;
            Ok((Arc::new(s.clone()), Backend::Sqlite(s)))
        }
    }
}

fn state_for(config: &Config, store: Arc<dyn Store>) -> anyhow::Result<web::AppState> {
    config.workspace()?;
    Ok(web::AppState::new(
        store,
        Arc::new(web::SystemClock),
        config.settings(),
        web::seal::Sealer::new(&[7u8; 32]).map_err(|e| anyhow::anyhow!("{e}"))?,
    ))
}

async fn token_for(store: &dyn Store, email: &str) -> anyhow::Result<String> {
    let user = store
        .user_by_email(email)
        .await?
        .with_context(|| format!("no user {email}: seed first"))?;
    let token = web::auth::new_api_token();
    store
        .create_api_token(
            user.id,
            &s("bench scale"),
            &web::auth::token_hash(&token),
            OffsetDateTime::now_utc(),
        )
        .await?;
    Ok(token)
}

pub async fn run(config: &Config, exe: &Path, opts: ScaleOptions) -> anyhow::Result<()> {
    let now = OffsetDateTime::now_utc();
    let opened = Instant::now();
    let (store, backend) = open(config).await?;
    eprintln!(
        "opened (and migrated) in {:.1} s",
        opened.elapsed().as_secs_f64()
    );
    let state = state_for(config, store.clone())?;
    let existing = store
        .count_tickets(&store::TicketFilter::new(store::Scope::All))
        .await?;
    if existing == 0 {
        seed(store.clone(), &backend, &state, opts.tickets, now).await?;
    } else {
        eprintln!("the database holds {existing} tickets: measuring without seeding");
    }
    if opts.seed_only {
        backend.close().await;
        return Ok(());
    }
    let tickets = store
        .count_tickets(&store::TicketFilter::new(store::Scope::All))
        .await?;
    let mut lines = Vec::new();
    let router = web::router(state.clone());
    let agent = token_for(&*store, BENCH_AGENT).await?;
    let requester = token_for(&*store, BENCH_REQUESTER).await?;
    let n = opts.requests.max(1);
    let max = Duration::from_secs(opts.max_seconds);

    // Sample data from the store itself: recent and old ticket ids, their
    // identifiers, the busiest client ids.
    let all: serde_json::Value = json(&get(&router, &agent, "/api/v1/views/all").await?);
    let newest = all["tickets"][0]["id"].as_i64().unwrap_or(1);
    let mut r = Rng::new(42);
    let ids: Vec<i64> = (0..50)
        .map(|_| 1 + r.below(newest.max(1) as u64) as i64)
        .collect();
    let mut request_ids = Vec::new();
    for id in ids.iter().take(20) {
        if let Some(t) = store.ticket(*id).await?
            && let Some(v) = t.fields.get("x_request_id").and_then(|v| v.as_str())
        {
            request_ids.push(v.to_owned());
        }
    }
    // The busiest org's client ids (requester 0 files 3% of all tickets).
    let busiest: Vec<String> = client_ids(0);

    let leeway = budget_leeway(config);
    macro_rules! measure {
        ($what:expr, $paths:expr, $budget:expr, $token:expr) => {{
            let paths: Vec<String> = $paths;
            let v = time_paths(&router, $token, &paths, n, max).await?;
            let budget: Option<f64> = $budget;
            let line = Line::timed($what, v, budget.map(|b| b * leeway));
            eprintln!(
                "{:<48} p50 {:>9.3} ms  p99 {:>9.3} ms",
                line.what, line.p50, line.p99
            );
            lines.push(line);
        }};
    }
    measure!(
        "GET /api/v1/dashboard",
        vec!["/api/v1/dashboard".into()],
        Some(50.0),
        &agent
    );
    measure!(
        "GET /agent/dashboard (HTML)",
        vec!["/agent/dashboard".into()],
        Some(50.0),
        &agent
    );
    measure!(
        &format!("GET /api/v1/search?q={COMMON_WORD} (text, first page)"),
        vec![format!("/api/v1/search?q={COMMON_WORD}")],
        Some(10.0),
        &agent
    );
    measure!(
        "GET /api/v1/search?q=<two words>",
        vec![
            "/api/v1/search?q=consent+expired".into(),
            "/api/v1/search?q=webhook+delivered".into()
        ],
        Some(10.0),
        &agent
    );
    measure!(
        "GET /agent (HTML workspace)",
        vec!["/agent".into()],
        Some(50.0),
        &agent
    );
    measure!(
        "GET /api/v1/incidents",
        vec!["/api/v1/incidents".into()],
        Some(20.0),
        &agent
    );
    measure!(
        "GET /agent/tickets/{id} (HTML)",
        ids.iter().map(|i| format!("/agent/tickets/{i}")).collect(),
        Some(50.0),
        &agent
    );
    measure!(
        "GET /api/v1/search?q=<client id> (busiest)",
        busiest
            .iter()
            .map(|c| format!("/api/v1/search?q={c}"))
            .collect(),
        Some(10.0),
        &agent
    );
    measure!(
        "GET /api/v1/search?q=<client id> (any)",
        (0..40)
            .map(|o| format!("/api/v1/search?q={}", client_ids(o * 9 % ORGS)[0]))
            .collect(),
        Some(10.0),
        &agent
    );
    measure!(
        "GET /api/v1/views (9 counts)",
        vec!["/api/v1/views".into()],
        Some(10.0),
        &agent
    );
    for v in [
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
        measure!(
            &format!("GET /api/v1/views/{v}"),
            vec![format!("/api/v1/views/{v}")],
            Some(10.0),
            &agent
        );
    }
    // Deep pages of the all view, by cursor.
    let mut deep = Vec::new();
    let mut path = "/api/v1/views/all".to_owned();
    for _ in 0..20 {
        let page = json(&get(&router, &agent, &path).await?);
        let Some(c) = page["next_cursor"].as_str() else {
            break;
        };
        path = format!("/api/v1/views/all?cursor={c}");
        deep.push(path.clone());
    }
    if !deep.is_empty() {
        measure!(
            "GET /api/v1/views/all, pages 2–21",
            deep,
            Some(10.0),
            &agent
        );
    }
    measure!(
        "GET /api/v1/views/open?product=payments&priority=high",
        vec!["/api/v1/views/open?product=payments&priority=high".into()],
        Some(10.0),
        &agent
    );
    measure!(
        "GET /api/v1/views/all?client_id=<busiest>",
        vec![format!("/api/v1/views/all?client_id={}", busiest[0])],
        Some(10.0),
        &agent
    );
    measure!(
        "GET /api/v1/search?q=<x-request-id>",
        request_ids
            .iter()
            .map(|v| format!("/api/v1/search?q={v}"))
            .collect(),
        Some(2.0),
        &agent
    );
    measure!(
        "GET /api/v1/tickets/{id}",
        ids.iter().map(|i| format!("/api/v1/tickets/{i}")).collect(),
        Some(50.0),
        &agent
    );
    measure!(
        "GET /hc/en/requests (busiest requester)",
        vec!["/hc/en/requests".into()],
        Some(50.0),
        &requester
    );
    let mine = json(
        &get(&router, &requester, "/api/v1/requests")
            .await
            .unwrap_or_default(),
    );
    let my_ids: Vec<i64> = mine["requests"]
        .as_array()
        .map(|a| a.iter().filter_map(|t| t["id"].as_i64()).take(20).collect())
        .unwrap_or_default();
    if !my_ids.is_empty() {
        measure!(
            "GET /hc/en/requests/{id} (requester)",
            my_ids
                .iter()
                .map(|i| format!("/hc/en/requests/{i}"))
                .collect(),
            Some(50.0),
            &requester
        );
    }
    drop(router);
    drop(state);
    drop(store);
    backend.close().await;
    drop(backend);

    // The server as a process: start-up, memory, intake.
    let process = serve_measurements(config, exe, &opts).await?;

    print_report(tickets, &lines, &process, config);
    Ok(())
}

#[derive(Debug, Default)]
struct ProcessFigures {
    startup: Duration,
    rss_idle_kb: u64,
    rss_load_kb: u64,
    hwm_kb: u64,
    intake: Option<bench::IntakeReport>,
    wal_bytes: Option<u64>,
    db_bytes: Option<u64>,
}

fn proc_kb(pid: u32, key: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn free_port() -> anyhow::Result<u16> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(l.local_addr()?.port())
}

async fn answered(url: &str) -> bool {
    let Ok(uri) = url.parse::<hyper::Uri>() else {
        return false;
    };
    let client: hyper_util::client::legacy::Client<_, http_body_util::Full<hyper::body::Bytes>> =
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build(hyper_util::client::legacy::connect::HttpConnector::new());
    matches!(client.get(uri).await, Ok(r) if r.status().as_u16() < 500)
}

async fn serve_measurements(
    config: &Config,
    exe: &Path,
    opts: &ScaleOptions,
) -> anyhow::Result<ProcessFigures> {
    let mut figures = ProcessFigures::default();
    let intake_token = {
        let (store, backend) = open(config).await?;
        let t = token_for(&*store, INTAKE_USER).await?;
        drop(store);
        backend.close().await;
        t
    };
    let port = free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let mut cmd = std::process::Command::new(exe);
    cmd.arg("--data").arg(&config.data);
    if let Some(u) = &config.database_url {
        cmd.arg("--database").arg(u);
    }
    cmd.arg("--config")
        .arg(&opts.config_file)
        .args(["serve", "--listen"])
        .arg(format!("127.0.0.1:{port}"))
        .env("SPORTELLO_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit());
    let t0 = Instant::now();
    let mut child = cmd.spawn().context("starting sportello serve")?;
    let pid = child.id();
    let probe = format!("{base}/hc/en/");
    loop {
        if answered(&probe).await {
            figures.startup = t0.elapsed();
            break;
        }
        if t0.elapsed() > Duration::from_secs(120) || child.try_wait()?.is_some() {
            let _ = child.kill();
            bail!("the server did not answer within 120 s");
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    figures.rss_idle_kb = proc_kb(pid, "VmRSS:");
    if opts.intake > 0 {
        let sampling = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let sampler = {
            let (sampling, stop) = (sampling.clone(), stop.clone());
            tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    sampling.fetch_max(proc_kb(pid, "VmRSS:"), Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            })
        };
        let report = bench::intake(bench::IntakeOptions {
            url: base.clone(),
            token: intake_token,
            concurrency: opts.intake_concurrency,
            count: opts.intake,
            client_id: INTAKE_CLIENT.into(),
            progress: None,
            rate: opts.intake_rate,
        })
        .await?;
        stop.store(true, Ordering::Relaxed);
        let _ = sampler.await;
        figures.rss_load_kb = sampling.load(Ordering::Relaxed);
        figures.intake = Some(report);
    }
    figures.hwm_kb = proc_kb(pid, "VmHWM:");
    // SIGTERM to the child we started, by its id; it shuts down gracefully.
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let waited = Instant::now();
    while child.try_wait()?.is_none() {
        if waited.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    if config.database_url.is_none() {
        let db: PathBuf = config.data.join("sportello.db");
        figures.db_bytes = std::fs::metadata(&db).ok().map(|m| m.len());
        figures.wal_bytes = std::fs::metadata(config.data.join("sportello.db-wal"))
            .ok()
            .map(|m| m.len());
    }
    Ok(figures)
}

/// The budgets are SQLite's; PostgreSQL's are twice them (twice
/// the time and memory, half the intake rate).
fn budget_leeway(config: &Config) -> f64 {
    match &config.database_url {
        Some(u) if store_postgres::is_postgres_url(u) => 2.0,
        _ => 1.0,
    }
}

fn print_report(tickets: i64, lines: &[Line], p: &ProcessFigures, config: &Config) {
    let backend = match &config.database_url {
        Some(u) if store_postgres::is_postgres_url(u) => "PostgreSQL",
        _ => "SQLite",
    };
    let k = budget_leeway(config);
    println!();
    println!("## {tickets} tickets on {backend}");
    println!();
    println!("Server time in process through the router (no network), sequential requests.");
    println!();
    println!("| what | n | p50 | p99 | budget (p99) | |");
    println!("|---|---|---|---|---|---|");
    for l in lines {
        println!(
            "| `{}` | {} | {:.2} ms | {:.2} ms | {} | {} |",
            l.what,
            l.n,
            l.p50,
            l.p99,
            l.budget,
            match l.met {
                Some(true) => "✓",
                Some(false) => "✗",
                None => "",
            }
        );
    }
    println!(
        "| start-up to first answer (`serve` process) | 1 | {:.0} ms | | ≤ {:.0} ms | {} |",
        p.startup.as_secs_f64() * 1000.0,
        200.0 * k,
        if p.startup.as_secs_f64() <= 0.2 * k {
            "✓"
        } else {
            "✗"
        }
    );
    let mb = |kb: u64| kb as f64 / 1024.0;
    println!(
        "| resident memory, idle after start | | {:.1} MB | | ≤ {:.0} MB | {} |",
        mb(p.rss_idle_kb),
        64.0 * k,
        if mb(p.rss_idle_kb) <= 64.0 * k {
            "✓"
        } else {
            "✗"
        }
    );
    if let Some(i) = &p.intake {
        println!(
            "| resident memory under intake (max sampled; VmHWM {:.1} MB) | | {:.1} MB | | ≤ {:.0} MB | {} |",
            mb(p.hwm_kb),
            mb(p.rss_load_kb),
            128.0 * k,
            if mb(p.rss_load_kb) <= 128.0 * k {
                "✓"
            } else {
                "✗"
            }
        );
        let mut v = i.latencies.clone();
        v.sort();
        println!(
            "| intake over HTTP: {} created, {:.0}/s{} (client-side latency) | {} | {:.2} ms | {:.2} ms | ≥ {:.0}/s at p99 ≤ {:.0} ms | {} |",
            i.created.len(),
            i.throughput(),
            i.offered
                .map(|r| format!(", {r:.0}/s offered"))
                .unwrap_or_default(),
            v.len(),
            pct(&v, 50.0),
            pct(&v, 99.0),
            5000.0 / k,
            10.0 * k,
            if i.kept_up_with(5000.0 / k) && pct(&v, 99.0) <= 10.0 * k {
                "✓"
            } else {
                "✗"
            }
        );
        if i.created.len() != v.len() {
            println!("| intake statuses | {:?} | | | | |", i.statuses);
        }
    }
    if let (Some(db), wal) = (p.db_bytes, p.wal_bytes) {
        println!(
            "| database file / WAL after the load | | {:.0} MB | {:.1} MB | WAL ≤ 64 MB | {} |",
            db as f64 / 1e6,
            wal.unwrap_or(0) as f64 / 1e6,
            if wal.unwrap_or(0) <= 64_000_000 {
                "✓"
            } else {
                "✗"
            }
        );
    }
}

/// Seed text goes through the guard like typed text does (redacted, never
/// refused: a seed must not stop on a random string that looks like a key).
fn s(text: impl Into<String>) -> guard::Screened {
    guard::screen_redacting(text)
}

fn screened_fields(fields: store::StoredFields) -> store::ScreenedFields {
    fields
        .into_iter()
        .filter_map(|(k, v)| {
            let v = match v {
                serde_json::Value::String(t) => store::ScreenedValue::Text(s(t)),
                serde_json::Value::Bool(b) => store::ScreenedValue::Bool(b),
                serde_json::Value::Array(items) => store::ScreenedValue::List(
                    items
                        .into_iter()
                        .filter_map(|i| i.as_str().map(s))
                        .collect(),
                ),
                _ => return None,
            };
            Some((k, v))
        })
        .collect()
}
