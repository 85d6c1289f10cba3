//! Hostile input over real HTTP (issue 14): the router served by
//! `web::server::serve` on a loopback port, as `sportello serve` runs it,
//! and spoken to byte by byte, so half-sent headers, stalled bodies and
//! connection floods are what a real client sends.

use crate::{App, incident};
use domain::Role;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use web::{Job, Settings};

/// Serves `app` on a free loopback port with its settings' limits.
async fn serve(app: &App) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let limits = web::server::ServeLimits::for_settings(&app.state.settings);
    tokio::spawn(web::server::serve(
        listener,
        app.router.clone(),
        limits,
        std::future::pending(),
    ));
    addr
}

#[derive(Debug)]
struct Answer {
    status: u16,
    head: String,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_owned())
        })
    }

    fn error_code(&self) -> String {
        let v: serde_json::Value =
            serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.body));
        v["error"]["code"].as_str().unwrap_or_default().to_owned()
    }
}

/// Reads one answer: the head, then as much body as it declares.
async fn read_answer(s: &mut TcpStream) -> Answer {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let read = async {
        loop {
            if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&buf[..end]).into_owned();
                let len = head
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse::<usize>().ok())?
                    })
                    .expect("answers here carry a content-length");
                if buf.len() >= end + 4 + len {
                    let body = String::from_utf8_lossy(&buf[end + 4..end + 4 + len]).into_owned();
                    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
                    return Answer { status, head, body };
                }
            }
            let n = s.read(&mut chunk).await.unwrap();
            assert!(
                n > 0,
                "closed before a whole answer: {:?}",
                String::from_utf8_lossy(&buf)
            );
            buf.extend_from_slice(&chunk[..n]);
        }
    };
    tokio::time::timeout(Duration::from_secs(60), read)
        .await
        .expect("an answer within a minute")
}

/// Sends `request` on a new connection and reads the answer.
async fn exchange(addr: SocketAddr, request: &[u8]) -> Answer {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(request).await.unwrap();
    read_answer(&mut s).await
}

fn get(path: &str, extra: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n{extra}\r\n").into_bytes()
}

fn post_form(path: &str, cookies: &str, fields: &[(&str, &str)]) -> Vec<u8> {
    let body = serde_urlencoded::to_string(fields).unwrap();
    format!(
        "POST {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\nCookie: {cookies}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// The `name=value` pairs an answer sets, for a `Cookie` header.
fn cookies_of(a: &Answer) -> Vec<String> {
    a.head
        .lines()
        .filter_map(|l| l.strip_prefix("set-cookie: "))
        .map(|c| c.split(';').next().unwrap().to_owned())
        .collect()
}

/// A browser's sign-in over the wire: the CSRF cookie, then the form.
/// Answers the sign-in's answer and the cookies to send from then on.
async fn sign_in(addr: SocketAddr, email: &str, next: &str) -> (Answer, String) {
    let form = exchange(addr, &get("/signin", "")).await;
    let mut cookies = cookies_of(&form);
    let csrf = cookies
        .iter()
        .find_map(|c| c.strip_prefix("sportello_csrf="))
        .unwrap()
        .to_owned();
    let answer = exchange(
        addr,
        &post_form(
            "/signin",
            &cookies.join("; "),
            &[
                ("csrf_token", &csrf),
                ("email", email),
                ("password", "a long enough password"),
                ("next", next),
            ],
        ),
    )
    .await;
    cookies.extend(cookies_of(&answer));
    (answer, cookies.join("; "))
}

fn csrf_of(cookies: &str) -> String {
    cookies
        .split("; ")
        .find_map(|c| c.strip_prefix("sportello_csrf="))
        .unwrap()
        .to_owned()
}

/// An agent's article preview of `body` over the wire.
async fn preview(addr: SocketAddr, cookies: &str, body: &str) -> Answer {
    let csrf = csrf_of(cookies);
    let request = post_form(
        "/agent/help/articles",
        cookies,
        &[
            ("csrf_token", &csrf),
            ("locale", "en"),
            ("title", "Nesting"),
            ("body", body),
            ("action", "preview"),
        ],
    );
    exchange(addr, &request).await
}

// ---- item 5: redirects and control characters ----

#[tokio::test]
async fn a_control_character_in_any_query_is_a_400_never_a_500() {
    let app = App::new().await;
    let (_, token) = app.user("agent@example.com", Role::Agent, None).await;
    let addr = serve(&app).await;
    let bearer = format!("Authorization: Bearer {token}\r\n");
    for path in [
        "/api/v1/search?q=%00",
        "/api/v1/help/search?q=a%0Ab",
        "/api/v1/tickets?q=%7F",
    ] {
        let a = exchange(addr, &get(path, &bearer)).await;
        assert_eq!(a.status, 400, "{path}: {a:?}");
        assert_eq!(a.error_code(), "invalid_query", "{path}");
    }
    // In the caller's language, like every API error.
    let a = exchange(
        addr,
        &get("/api/v1/search?q=%00", "Accept-Language: it\r\n"),
    )
    .await;
    assert!(a.body.contains("carattere di controllo"), "{}", a.body);
    for path in [
        "/agent?q=%00",
        "/signin?next=/%0d",
        "/lang/it?next=/%09/127.0.0.1/pwned",
        "/hc/en/search?q=%C2%85",
    ] {
        let a = exchange(addr, &get(path, "")).await;
        assert_eq!(a.status, 400, "{path}: {a:?}");
        assert!(a.header("location").is_none(), "{path} redirects");
        assert!(
            a.header("content-type").unwrap().starts_with("text/html"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn next_leads_only_to_a_path_on_this_site() {
    let app = App::new().await;
    app.user("req@example.com", Role::Requester, None).await;
    let addr = serve(&app).await;
    for next in [
        "/\t/127.0.0.1/pwned",
        "/\r/evil.example",
        "/\n/evil.example",
        "/\0/evil.example",
        "/%09/evil.example",
        "/%5C%5Cevil.example",
        "/%2F/evil.example",
        "\\\\evil.example",
    ] {
        let (a, _) = sign_in(addr, "req@example.com", next).await;
        assert_eq!(a.status, 303, "{next:?}: {a:?}");
        assert_eq!(a.header("location").as_deref(), Some("/"), "{next:?}");
    }
    let (a, _) = sign_in(addr, "req@example.com", "/hc/en/requests?page=2").await;
    assert_eq!(
        a.header("location").as_deref(),
        Some("/hc/en/requests?page=2")
    );
}

// ---- item 3: connections and bodies ----

fn quick() -> Settings {
    Settings {
        header_read_timeout_secs: 1,
        upload_timeout_secs: 1,
        ..Settings::default()
    }
}

/// Reads until the server closes; how long that took.
async fn closed_after(s: &mut TcpStream) -> Duration {
    let started = Instant::now();
    let mut sink = [0u8; 1024];
    let closed = tokio::time::timeout(Duration::from_secs(30), async {
        while s.read(&mut sink).await.is_ok_and(|n| n > 0) {}
    })
    .await;
    assert!(closed.is_ok(), "the connection is still open after 30 s");
    started.elapsed()
}

#[tokio::test]
async fn a_half_sent_header_or_an_idle_connection_is_dropped() {
    let app = App::with_settings(quick()).await;
    let addr = serve(&app).await;
    let mut half = TcpStream::connect(addr).await.unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n")
        .await
        .unwrap();
    let mut idle = TcpStream::connect(addr).await.unwrap();
    // The timeout is a second; the bound only says "not kept for minutes".
    assert!(closed_after(&mut half).await < Duration::from_secs(10));
    assert!(closed_after(&mut idle).await < Duration::from_secs(10));
}

#[tokio::test]
async fn connections_past_the_cap_are_answered_busy() {
    let app = App::with_settings(Settings {
        max_connections: 2,
        ..Settings::default()
    })
    .await;
    let addr = serve(&app).await;
    let held = [
        TcpStream::connect(addr).await.unwrap(),
        TcpStream::connect(addr).await.unwrap(),
    ];
    let a = exchange(addr, &get("/healthz", "")).await;
    assert_eq!(a.status, 503, "{a:?}");
    assert_eq!(a.error_code(), "busy");
    assert_eq!(a.header("retry-after").as_deref(), Some("1"));
    drop(held);
    // The places free up as the server sees the connections close.
    let started = Instant::now();
    loop {
        let a = exchange(addr, &get("/healthz", "")).await;
        if a.status == 200 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "{a:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A request id the test's requester may upload to.
async fn ticket(app: &App) -> (String, i64) {
    let (_, token) = app.user("req@example.com", Role::Requester, None).await;
    let created = app.create_request(&token, incident()).await;
    let id = created.json()["id"].as_i64().unwrap();
    (token, id)
}

fn upload_head(id: i64, token: &str, length: &str) -> String {
    format!(
        "POST /api/v1/requests/{id}/attachments HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {token}\r\nContent-Type: multipart/form-data; boundary=XX\r\n{length}\r\n"
    )
}

#[tokio::test]
async fn a_stalled_upload_is_cut_off() {
    let app = App::with_settings(quick()).await;
    let (token, id) = ticket(&app).await;
    let addr = serve(&app).await;
    let mut s = TcpStream::connect(addr).await.unwrap();
    let head = upload_head(id, &token, "Content-Length: 100000\r\n");
    s.write_all(head.as_bytes()).await.unwrap();
    s.write_all(
        b"--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nslow",
    )
    .await
    .unwrap();
    // ...and nothing more: a byte an hour is as good as none.
    let a = read_answer(&mut s).await;
    assert_eq!(a.status, 408, "{a:?}");
    assert_eq!(a.error_code(), "request_timeout");
}

#[tokio::test]
async fn an_upload_larger_than_any_message_is_refused_before_its_body() {
    let app = App::new().await;
    let (token, id) = ticket(&app).await;
    let addr = serve(&app).await;
    let mut s = TcpStream::connect(addr).await.unwrap();
    let head = upload_head(id, &token, "Content-Length: 200000000\r\n");
    s.write_all(head.as_bytes()).await.unwrap();
    let a = read_answer(&mut s).await;
    assert_eq!(a.status, 413, "{a:?}");
    assert_eq!(a.error_code(), "payload_too_large");
}

#[tokio::test]
async fn a_flood_of_empty_parts_is_refused_early_on_every_multipart_route() {
    let app = App::new().await;
    let (token, id) = ticket(&app).await;
    let addr = serve(&app).await;
    // 150 empty file parts, sent chunked, and the body left open: the
    // answer must come from the part count, not from the body's end.
    let parts = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n"
        .repeat(150);
    let mut s = TcpStream::connect(addr).await.unwrap();
    let head = upload_head(id, &token, "Transfer-Encoding: chunked\r\n");
    s.write_all(head.as_bytes()).await.unwrap();
    s.write_all(format!("{:x}\r\n{parts}\r\n", parts.len()).as_bytes())
        .await
        .unwrap();
    let a = read_answer(&mut s).await;
    assert_eq!(a.status, 400, "{a:?}");
    assert_eq!(a.error_code(), "malformed_form");
}

// ---- items 1 and 2: blocking work, and Markdown in linear time ----

/// One place of a lane of the pool, taken by a job that waits to be let go.
struct Held {
    release: std::sync::mpsc::Sender<()>,
    job: tokio::task::JoinHandle<Result<(), web::error::ApiError>>,
}

impl Held {
    /// Once it is back, the place is free (nothing races for it).
    async fn release(self) {
        drop(self.release);
        self.job.await.unwrap().unwrap();
    }
}

async fn hold(app: &App, job: Job) -> Held {
    let (release, released) = std::sync::mpsc::channel::<()>();
    let (started, running) = tokio::sync::oneshot::channel();
    let pool = app.state.blocking.clone();
    let job = tokio::spawn(async move {
        pool.run(job, move || {
            let _ = started.send(());
            let _ = released.recv();
        })
        .await
    });
    running.await.unwrap();
    Held { release, job }
}

#[tokio::test]
async fn blocking_work_past_a_full_pool_is_answered_busy() {
    let app = App::with_settings(Settings {
        blocking_threads: 1,
        blocking_wait_ms: 100,
        ..Settings::default()
    })
    .await;
    app.user("agent@example.com", Role::Agent, None).await;
    let addr = serve(&app).await;
    let (_, cookies) = sign_in(addr, "agent@example.com", "/agent").await;

    // Rendering's lane full: a preview waits briefly, then is told to come back.
    let held = hold(&app, Job::Render).await;
    let a = preview(addr, &cookies, "Some *Markdown*.").await;
    assert_eq!(a.status, 503, "{a:?}");
    assert_eq!(a.header("retry-after").as_deref(), Some("2"));
    // Meanwhile the async workers are free: other requests are answered.
    assert_eq!(exchange(addr, &get("/healthz", "")).await.status, 200);
    // Password hashing has a lane of its own.
    let (signed_in, _) = sign_in(addr, "agent@example.com", "/agent").await;
    assert_eq!(signed_in.status, 303, "{signed_in:?}");
    held.release().await;
    let a = preview(addr, &cookies, "Some *Markdown*.").await;
    assert_eq!(a.status, 200, "{a:?}");
    assert!(a.body.contains("<em>Markdown</em>"));

    // And the password lane full: sign-in is busy, previews are not.
    let held = hold(&app, Job::Password).await;
    let (a, _) = sign_in(addr, "agent@example.com", "/agent").await;
    assert_eq!(a.status, 503, "{a:?}");
    assert_eq!(preview(addr, &cookies, "plain").await.status, 200);
    held.release().await;
}

#[tokio::test]
async fn a_preview_of_deeply_nested_markdown_is_capped() {
    let app = App::new().await;
    app.user("agent@example.com", Role::Agent, None).await;
    let addr = serve(&app).await;
    let (_, cookies) = sign_in(addr, "agent@example.com", "/agent").await;
    // Uncapped, the first took over a minute and nested 90,000 quotes.
    for (body, tag) in [
        (">".repeat(90_000), "<blockquote>"),
        ("1. ".repeat(30_000), "<ol>"),
    ] {
        let a = preview(addr, &cookies, &body).await;
        assert_eq!(a.status, 200, "{a:?}");
        // A list's level is two elements deep (`<ol><li>`).
        let n = a.body.matches(tag).count();
        assert!((1..=app::article::MAX_NESTING).contains(&n), "{n} × {tag}");
    }
}
