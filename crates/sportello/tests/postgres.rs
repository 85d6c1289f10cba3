//! Many instances, one database: two `sportello serve` processes on one
//! PostgreSQL database share tickets, sessions and background work.
//! Runs on a fresh database next to `SPORTELLO_TEST_POSTGRES_URL`; skipped
//! (with a message) when it is not set.
#![allow(clippy::unwrap_used, clippy::print_stderr)]

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::header::{COOKIE, HeaderMap, LOCATION, SET_COOKIE};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use store::MailStore;
use store_postgres::testing::{ScratchDatabase, TEST_URL_VAR, test_url};

const PASSWORD: &str = "correct horse battery";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sportello"));
    c.env_remove("SPORTELLO_DATA")
        .env_remove("SPORTELLO_DATABASE_URL");
    c
}

/// Runs a command against `db` with `data` (the shared seal key) and
/// returns its standard output.
fn run(data: &Path, db: &str, args: &[&str], stdin: Option<&str>) -> String {
    let mut child = bin()
        .args(["--data", data.to_str().unwrap(), "--database", db])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(s) = stdin {
        input.write_all(s.as_bytes()).unwrap();
    }
    drop(input);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A server process, killed and reaped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `serve` on `db` and returns once it printed its address.
fn serve(data: &Path, db: &str, smtp_port: u16) -> (Server, String) {
    let mut child = Server(
        bin()
            .args(["--data", data.to_str().unwrap(), "--database", db])
            .args(["serve", "--listen", "127.0.0.1:0"])
            .env("SPORTELLO_MAIL_SUPPORT_ADDRESS", "support@desk.test")
            .env("SPORTELLO_SMTP_HOST", "127.0.0.1")
            .env("SPORTELLO_SMTP_PORT", smtp_port.to_string())
            .env("SPORTELLO_SMTP_SECURITY", "none")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut reader = BufReader::new(child.0.stdout.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "server exited before it was ready"
        );
        if let Some(rest) = line.trim().strip_prefix("Sportello is running at ") {
            return (child, rest.trim_end_matches('/').to_owned());
        }
    }
}

/// The SMTP sink fixture (a real SMTP server process), stopped when dropped.
struct Sink {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Sink {
    fn start() -> Sink {
        let dir = tempfile::tempdir().unwrap();
        let script =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/tests/fixtures/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg("0")
            .arg(dir.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 is needed for the SMTP sink");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line.trim().strip_prefix("PORT ").unwrap().parse().unwrap();
        Sink { child, port, dir }
    }

    /// How many delivered messages went to each envelope recipient.
    fn recipients(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for entry in std::fs::read_dir(self.dir.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "eml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines() {
                if let Some(rcpt) = line.strip_prefix("X-Sink-Rcpt:") {
                    let rcpt = rcpt.trim().trim_matches(|c| c == '<' || c == '>');
                    *counts.entry(rcpt.to_owned()).or_default() += 1;
                }
            }
        }
        counts
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Http(Client<HttpConnector, Full<Bytes>>);

impl Http {
    fn new() -> Http {
        Http(Client::builder(TokioExecutor::new()).build(HttpConnector::new()))
    }

    async fn send(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<(&str, String)>,
    ) -> (u16, HeaderMap, String) {
        let mut req = hyper::Request::builder().method(method).uri(url);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let body = match body {
            Some((content_type, body)) => {
                req = req.header("content-type", content_type);
                Full::new(Bytes::from(body))
            }
            None => Full::new(Bytes::new()),
        };
        let res = self.0.request(req.body(body).unwrap()).await.unwrap();
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            headers,
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    }
}

/// The value a response sets for cookie `name`.
fn set_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

fn form_encode(pairs: &[(&str, &str)]) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_one_postgres_database() {
    let Some(base) = test_url() else {
        eprintln!("two_instances_share_one_postgres_database: skipped ({TEST_URL_VAR} is not set)");
        return;
    };
    let db = ScratchDatabase::create(&base).await.unwrap();
    let outcome = tokio::spawn(two_instances(db.url().to_owned())).await;
    db.drop_database().await.unwrap();
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

async fn two_instances(db: String) {
    // One data directory for both: instances must share the seal key.
    let data_dir = tempfile::tempdir().unwrap();
    let data = data_dir.path();
    run(data, &db, &["migrate"], None);
    run(
        data,
        &db,
        &[
            "org",
            "add",
            "--slug",
            "acme",
            "--name",
            "Acme",
            "--client-id",
            "acmepay",
        ],
        None,
    );
    run(
        data,
        &db,
        &[
            "user",
            "add",
            "--email",
            "dev@acme.test",
            "--role",
            "requester",
            "--org",
            "acme",
            "--password-stdin",
        ],
        Some(PASSWORD),
    );
    let token = run(
        data,
        &db,
        &["token", "create", "--email", "dev@acme.test"],
        None,
    )
    .trim()
    .to_owned();

    let sink = Sink::start();
    let (_a, url_a) = serve(data, &db, sink.port);
    let (_b, url_b) = serve(data, &db, sink.port);
    assert_ne!(url_a, url_b);
    let http = Http::new();
    let bearer = format!("Bearer {token}");

    // (a) A ticket made through A is visible through B.
    let report = sportello::bench::intake(sportello::bench::IntakeOptions {
        url: url_a.clone(),
        token: token.clone(),
        concurrency: 2,
        count: 3,
        client_id: "acmepay".into(),
        progress: None,
        rate: None,
    })
    .await
    .unwrap();
    assert_eq!(report.created.len(), 3, "{:?}", report.statuses);
    for id in &report.created {
        let (status, _, body) = http
            .send(
                "GET",
                &format!("{url_b}/api/v1/requests/{id}"),
                &[("authorization", &bearer)],
                None,
            )
            .await;
        assert_eq!(status, 200, "ticket {id} through B: {body}");
        let ticket: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(ticket["id"].as_i64(), Some(*id));
    }

    // (b) A session started on A works on B.
    let (status, headers, _) = http
        .send("GET", &format!("{url_a}/signin"), &[], None)
        .await;
    assert_eq!(status, 200);
    let csrf = set_cookie(&headers, "sportello_csrf").expect("a CSRF cookie on the sign-in page");
    let form = form_encode(&[
        ("csrf_token", &csrf),
        ("email", "dev@acme.test"),
        ("password", PASSWORD),
        ("next", "/profile"),
    ]);
    let csrf_cookie = format!("sportello_csrf={csrf}");
    let (status, headers, body) = http
        .send(
            "POST",
            &format!("{url_a}/signin"),
            &[("cookie", &csrf_cookie)],
            Some(("application/x-www-form-urlencoded", form)),
        )
        .await;
    assert_eq!(status, 303, "signed in on A: {body}");
    let session = set_cookie(&headers, "sportello_session").expect("a session cookie");
    let (status, headers, _) = http
        .send("GET", &format!("{url_b}/profile"), &[], None)
        .await;
    assert_eq!(status, 303, "B without the cookie sends one to sign in");
    assert!(
        headers[LOCATION].to_str().unwrap().starts_with("/signin"),
        "{headers:?}"
    );
    let session_cookie = format!("sportello_session={session}");
    let (status, _, body) = http
        .send(
            "GET",
            &format!("{url_b}/profile"),
            &[(COOKIE.as_str(), &session_cookie)],
            None,
        )
        .await;
    assert_eq!(status, 200, "the session from A works on B");
    assert!(body.contains("dev@acme.test"));

    // (c) Both instances' mail senders work the one outbox: every mail is
    // delivered exactly once.
    const MAILS: usize = 60;
    let store = store_postgres::PgStore::connect_with(&db, 2).await.unwrap();
    let now = time::OffsetDateTime::now_utc();
    for n in 0..MAILS {
        let mail = store::NewMail {
            recipient: format!("job{n}@x.test"),
            subject: guard::screen(format!("Job {n}")).unwrap(),
            text_body: guard::screen("t").unwrap(),
            html_body: guard::screen("<p>t</p>").unwrap(),
            reply_to: None,
            ticket_id: None,
        };
        store.enqueue_mail(mail, now).await.unwrap();
    }
    // The senders wake every 5 seconds and take 20 mails each time.
    // Poll the condition (every mail sent), bounded by a deadline.
    let deadline = Instant::now() + Duration::from_secs(90);
    let mut poll = tokio::time::interval(Duration::from_millis(200));
    loop {
        poll.tick().await;
        let outbox = store.outbox(1000).await.unwrap();
        if outbox.iter().all(|m| m.sent_at.is_some()) {
            break;
        }
        assert!(Instant::now() < deadline, "the outbox was not delivered");
    }
    let delivered = sink.recipients();
    for n in 0..MAILS {
        let rcpt = format!("job{n}@x.test");
        assert_eq!(
            delivered.get(&rcpt),
            Some(&1),
            "{rcpt} delivered exactly once"
        );
    }
    let outbox = store.outbox(1000).await.unwrap();
    assert!(outbox.iter().all(|m| m.attempts == 1), "one attempt each");
    store.close().await;
}
