//! Mail against a real SMTP server process (tests/fixtures/smtp_sink.py):
//! delivery, retry after an outage, language, nothing internal or sealed in
//! any mail; inbound replies in the formats real clients produce.

use crate::{App, contains, incident};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use domain::{Email, Locale, Role};
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use store::{AttachmentStore, MailStore, NewUser, Store};
use web::mail::sender::{Security, Sender, SmtpConfig};
use web::{MailSettings, Settings};

const SUPPORT: &str = "support@acme.example";
const SECRET: &str = "inbound-shared-secret";

/// The SMTP sink, stopped when dropped.
struct Sink {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Sink {
    fn start(port: u16) -> Sink {
        let dir = tempfile::tempdir().unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(port.to_string())
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

    fn messages(&self) -> Vec<String> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn mail_app() -> App {
    let mail = MailSettings {
        from: format!("Acme Support <{SUPPORT}>"),
        support_address: SUPPORT.into(),
        base_url: "https://help.acme.example".into(),
        notify_agents_on_new: true,
        inbound_secret: Some(SECRET.into()),
    };
    App::with_settings(Settings {
        mail: Some(mail),
        ..Settings::default()
    })
    .await
}

fn sender(port: u16) -> Sender {
    let cfg = SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        security: Security::None,
        username: None,
        password: None,
    };
    Sender::new(&cfg, &format!("Acme Support <{SUPPORT}>")).unwrap()
}

async fn italian_requester(app: &App) -> (store::User, String) {
    let user = app
        .store
        .create_user(
            NewUser {
                email: Email::parse("anna@acme.test").unwrap(),
                name: ::guard::Screened::constant("Anna"),
                role: Role::Requester,
                org_id: None,
                locale: Locale::It,
                password_hash: None,
            },
            crate::NOW,
        )
        .await
        .unwrap();
    let token = web::auth::new_api_token();
    app.store
        .create_api_token(
            user.id,
            &::guard::Screened::constant("t"),
            &web::auth::token_hash(&token),
            crate::NOW,
        )
        .await
        .unwrap();
    (user, token)
}

/// Decodes quoted-printable soft breaks enough to search mail text.
fn plain(mail: &str) -> String {
    mail.replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=C3=A8", "è")
        .replace("=E2=80=94", "—")
}

#[tokio::test]
async fn replies_are_mailed_in_the_requesters_language_and_notes_or_sealed_values_never() {
    let sink = Sink::start(0);
    let app = mail_app().await;
    let (_, token) = italian_requester(&app).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let mut body = incident();
    body["fields"]["refresh_related"] = json!(true);
    body["fields"]["refresh_token"] = json!("sealedCanaryRefreshValue123");
    let id = app.create_request(&token, body).await.json()["id"]
        .as_i64()
        .unwrap();
    let comments = format!("/api/v1/tickets/{id}/comments");
    let note = json!({ "body": "InternalNoteCanary about the bank", "public": false });
    app.api(Method::POST, &comments, Some(&agent), Some(note))
        .await;
    app.api(
        Method::POST,
        &comments,
        Some(&agent),
        Some(json!({ "body": "We fixed the base URL." })),
    )
    .await;
    app.api(
        Method::PATCH,
        &format!("/api/v1/tickets/{id}"),
        Some(&agent),
        Some(json!({ "status": "solved" })),
    )
    .await;

    assert_eq!(
        sender(sink.port).run_once(&app.state).await,
        3,
        "new-ticket, reply, status"
    );
    let mails: Vec<String> = sink.messages().iter().map(|m| plain(m)).collect();
    assert_eq!(mails.len(), 3);
    let to_agent = mails
        .iter()
        .find(|m| m.contains("X-Sink-Rcpt: <agent@desk.test>"))
        .unwrap();
    assert!(to_agent.contains(&format!("/agent/tickets/{id}")));
    let to_anna: Vec<&String> = mails
        .iter()
        .filter(|m| m.contains("X-Sink-Rcpt: <anna@acme.test>"))
        .collect();
    assert_eq!(to_anna.len(), 2);
    assert!(
        to_anna[0].contains("ha risposto alla tua richiesta"),
        "Italian for an Italian requester"
    );
    assert!(to_anna[0].contains("We fixed the base URL."));
    assert!(
        to_anna[0].contains("Reply-To: support+"),
        "replies thread back to the ticket"
    );
    assert!(to_anna[0].contains("text/html") && to_anna[0].contains("text/plain"));
    assert!(to_anna[1].contains("Risolta"));
    for m in &mails {
        assert!(
            !m.contains("InternalNoteCanary"),
            "no internal note in mail"
        );
        assert!(
            !m.contains("sealedCanaryRefreshValue123"),
            "no sealed value in mail"
        );
    }
    assert_eq!(
        sender(sink.port).run_once(&app.state).await,
        0,
        "sent mail is not sent again"
    );
}

#[tokio::test]
async fn mail_waits_out_a_server_outage_and_is_delivered_after() {
    let app = mail_app().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    app.create_request(&token, incident()).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let id = app
        .api(Method::GET, "/api/v1/requests", Some(&token), None)
        .await
        .json()["requests"][0]["id"]
        .as_i64()
        .unwrap();
    app.api(
        Method::POST,
        &format!("/api/v1/tickets/{id}/comments"),
        Some(&agent),
        Some(json!({ "body": "On it." })),
    )
    .await;

    let port = free_port();
    assert_eq!(
        sender(port).run_once(&app.state).await,
        0,
        "nobody listening"
    );
    let queued = app.store.outbox(10).await.unwrap();
    assert_eq!(
        queued.len(),
        1,
        "only the reply: the agent joined after the ticket was filed"
    );
    assert_eq!((queued[0].attempts, queued[0].sent_at), (1, None));
    assert!(queued[0].last_error.is_some());

    let sink = Sink::start(port);
    assert_eq!(
        sender(port).run_once(&app.state).await,
        0,
        "not before its retry time"
    );
    app.clock.advance(time::Duration::seconds(31));
    assert_eq!(sender(port).run_once(&app.state).await, 1);
    assert_eq!(sink.messages().len(), 1);
    assert!(sink.messages()[0].contains("On it."));
}

fn fixture(name: &str, ticket: i64, to: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/mail")
        .join(name);
    std::fs::read_to_string(path)
        .unwrap()
        .replace("{FROM}", "ann@acme.test")
        .replace("{TO}", to)
        .replace("{TICKET}", &ticket.to_string())
        .replace('\n', "\r\n")
        .into_bytes()
}

/// The address mail about ticket `id` asks replies to go to.
fn reply_address(app: &App, id: i64) -> String {
    web::mail::reply_address(
        &app.state.desk.sealer,
        app.state.settings.mail.as_ref().unwrap(),
        id,
    )
}

async fn inbound(app: &App, raw: Vec<u8>, secret: &str) -> crate::Resp {
    let req = Request::post("/api/v1/inbound/email")
        .header("x-sportello-inbound-secret", secret)
        .header("content-type", "message/rfc822")
        .body(Body::from(raw))
        .unwrap();
    app.send(req).await
}

#[tokio::test]
async fn inbound_replies_in_real_world_formats_are_threaded_and_trimmed() {
    let app = mail_app().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let address = reply_address(&app, id);

    let expectations = [
        (
            "gmail_reply.eml",
            "Grazie, adesso funziona. Il problema è risolto anche in produzione.",
        ),
        (
            "outlook_reply.eml",
            "Still failing for the live client. X-Request-Id is 0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30.",
        ),
        (
            "inline_image.eml",
            "Here is the consent screen as I see it.",
        ),
    ];
    for (name, text) in expectations {
        let res = inbound(&app, fixture(name, id, &address), SECRET).await;
        assert_eq!(res.status, StatusCode::ACCEPTED, "{name}: {}", res.text());
        assert_eq!(res.json()["outcome"], "replied", "{name}");
        let comments = app.store.comments(id, true).await.unwrap();
        assert_eq!(
            comments.last().unwrap().body,
            text,
            "{name}: quoted history and signature trimmed"
        );
    }

    let files = app.store.attachments(id).await.unwrap();
    assert_eq!(files.len(), 1, "the inline image was attached");
    assert_eq!(files[0].content_type, "image/png");

    let wrong = inbound(&app, fixture("gmail_reply.eml", id, &address), "nope").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let unknown = inbound(
        &app,
        fixture("gmail_reply.eml", id, "support+doesnotexist@acme.example"),
        SECRET,
    )
    .await;
    assert_eq!(unknown.error_code(), "mail_not_accepted");
    let stranger = String::from_utf8(fixture("gmail_reply.eml", id, &address))
        .unwrap()
        .replace("ann@acme.test", "eve@else.test");
    app.user("eve@else.test", Role::Requester, None).await;
    let res = inbound(&app, stranger.into_bytes(), SECRET).await;
    assert_eq!(
        res.error_code(),
        "mail_not_accepted",
        "a sender who may not see the ticket"
    );
    let garbage = inbound(&app, b"\xff\xfe not a message".to_vec(), SECRET).await;
    assert!(garbage.status.is_client_error());
}

#[tokio::test]
async fn a_mail_to_the_support_address_opens_a_request_once() {
    let app = mail_app().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let raw = fixture("new_request.eml", 0, SUPPORT);
    let res = inbound(&app, raw.clone(), SECRET).await;
    assert_eq!(res.json()["outcome"], "created", "{}", res.text());
    let id = res.json()["ticket_id"].as_i64().unwrap();
    let ticket = app.store.ticket(id).await.unwrap().unwrap();
    assert_eq!(ticket.subject, "Webhook deliveries stopped at 09:40");
    assert_eq!(
        ticket.description.as_deref(),
        Some("Since 09:40 CET we receive no webhooks for client sandbox-acme-1a2b3c.")
    );
    let again = inbound(&app, raw, SECRET).await;
    assert_eq!(
        again.json()["ticket_id"].as_i64(),
        Some(id),
        "the same message delivered twice"
    );
}

#[tokio::test]
async fn a_mail_carrying_a_secret_is_refused_with_an_explanation_and_nothing_stored() {
    let app = mail_app().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let address = reply_address(&app, id);
    let res = inbound(&app, fixture("secret_reply.eml", id, &address), SECRET).await;
    assert_eq!(res.json()["outcome"], "refused");
    assert!(app.store.comments(id, true).await.unwrap().is_empty());
    let outbox = app.store.outbox(10).await.unwrap();
    let refusal = outbox
        .iter()
        .find(|m| m.recipient == "ann@acme.test")
        .unwrap();
    assert!(refusal.text_body.contains("an access token"));
    assert!(
        !refusal.text_body.contains("mailCanaryToken"),
        "the reply never quotes the secret"
    );
    assert!(!contains(
        &app.data_bytes(),
        "mailCanaryTokenX9y8z7w6v5u4t3s2r1"
    ));
}

/// A reply to `to` carrying `files` as base64 attachments.
pub fn reply_with_files(to: &str, id: &str, files: &[(&str, &str, &[u8])]) -> Vec<u8> {
    use base64::Engine;
    let mut m = format!(
        "From: Ann Rossi <ann@acme.test>\r\nTo: {to}\r\nSubject: Re: files\r\nMessage-ID: <{id}@acme.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"mix\"\r\n\r\n--mix\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe files are attached.\r\n"
    );
    for (name, content_type, bytes) in files {
        let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        m.push_str(&format!(
            "--mix\r\nContent-Type: {content_type}; name=\"{name}\"\r\nContent-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        ));
        for chunk in b64.as_bytes().chunks(76) {
            m.push_str(std::str::from_utf8(chunk).unwrap());
            m.push_str("\r\n");
        }
    }
    m.push_str("--mix--\r\n");
    m.into_bytes()
}

#[tokio::test]
async fn mailed_documents_and_screenshots_are_read_before_anything_is_kept() {
    let app = mail_app().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let address = reply_address(&app, id);
    let pdf = files::testing::pdf(&["Report", "card 4539 1488 0343 6467"]);
    let docx = files::testing::docx(&["client_secret=mailDocxCanary7Q8w9e0r1t2y"], None);
    let mut refused = vec![
        ("report.pdf", "application/pdf", pdf),
        (
            "notes.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx,
        ),
    ];
    if crate::attachments::ocr_on() {
        refused.push((
            "shot.png",
            "image/png",
            files::testing::screenshot(&["IBAN IT60X0542811101000000123456"], 18.0),
        ));
    }
    for (i, (name, ct, bytes)) in refused.iter().enumerate() {
        let raw = reply_with_files(&address, &format!("files-{i}"), &[(name, ct, bytes)]);
        let res = inbound(&app, raw, SECRET).await;
        assert_eq!(res.json()["outcome"], "refused", "{name}: {}", res.text());
    }
    assert!(app.store.comments(id, true).await.unwrap().is_empty());
    assert!(app.store.attachments(id).await.unwrap().is_empty());
    assert!(!contains(&app.data_bytes(), "4539 1488 0343 6467"));

    let clean = files::testing::xlsx(&[&["endpoint", "status"], &["/v1/accounts", "502"]]);
    let raw = reply_with_files(
        &address,
        "files-ok",
        &[(
            "calls.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &clean,
        )],
    );
    let res = inbound(&app, raw, SECRET).await;
    assert_eq!(res.json()["outcome"], "replied", "{}", res.text());
    let stored = app.store.attachments(id).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].filename, "calls.xlsx");
}

/// The news of a change commits with the change: a process that dies after
/// the ticket's transaction and before any mail was queued (here: the store
/// is written directly, as if the handler never got further) leaves the
/// event pending, and the next pass queues its mail exactly once.
#[tokio::test]
async fn a_change_whose_process_died_before_its_mail_is_told_by_the_next_pass() {
    let app = mail_app().await;
    let (ann, _) = app.user("ann@acme.test", Role::Requester, None).await;
    app.user("agent@desk.test", Role::Agent, None).await;
    let ticket = app
        .store
        .create_ticket(
            store::NewTicket {
                form: "email".into(),
                subject: ::guard::screen("Webhook retries stopped").unwrap(),
                description: None,
                requester_id: ann.id,
                org_id: None,
                priority: domain::Priority::Normal,
                fields: store::ScreenedFields::new(),
                identifiers: vec![],
                sealed: vec![],
                seal_binding: None,
                submit_key: None,
            },
            crate::NOW,
        )
        .await
        .unwrap();
    assert!(app.store.outbox(10).await.unwrap().is_empty());

    assert_eq!(web::mail::notifier::pass(&app.state).await.unwrap(), 1);
    let queued = app.store.outbox(10).await.unwrap();
    assert_eq!(queued.len(), 1, "the agent hears of the new ticket");
    assert_eq!(queued[0].recipient, "agent@desk.test");
    assert_eq!(queued[0].ticket_id, Some(ticket.id));
    // Told once: another pass (or another instance's) finds nothing.
    assert_eq!(web::mail::notifier::pass(&app.state).await.unwrap(), 0);
    assert_eq!(app.store.outbox(10).await.unwrap().len(), 1);
}

/// A status change told by the reply it came with is not told twice; a
/// change of status alone is told once.
#[tokio::test]
async fn a_reply_that_changes_the_status_is_one_mail() {
    let app = mail_app().await;
    let (_, ann) = app.user("ann@acme.test", Role::Requester, None).await;
    let id = app.create_request(&ann, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let before = app.store.outbox(50).await.unwrap().len();
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/tickets/{id}/comments"),
            Some(&agent),
            Some(json!({ "body": "Fixed on our side.", "status": "pending" })),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    assert_eq!(app.store.outbox(50).await.unwrap().len(), before + 1);
    let solve = app
        .api(
            Method::PATCH,
            &format!("/api/v1/tickets/{id}"),
            Some(&agent),
            Some(json!({ "status": "solved" })),
        )
        .await;
    assert_eq!(solve.status, StatusCode::OK, "{}", solve.text());
    let outbox = app.store.outbox(50).await.unwrap();
    assert_eq!(outbox.len(), before + 2);
    assert_eq!(outbox[0].recipient, "ann@acme.test");
}

/// What the desk's news saw when it was told: the attachments of each
/// ticket with a pending event.
struct Watcher {
    store: std::sync::Arc<dyn Store>,
    seen: std::sync::Mutex<Vec<(i64, usize)>>,
}

#[async_trait::async_trait]
impl app::News for Watcher {
    async fn changed(&self) {
        let events = self.store.pending_notifications(100).await.unwrap();
        for e in events {
            let files = self.store.attachments(e.ticket_id).await.unwrap().len();
            self.seen.lock().unwrap().push((e.ticket_id, files));
        }
    }
}

/// A request opened by mail is told (the agents' mail is queued) once its
/// files are stored, so the mail and the ticket it links to agree.
#[tokio::test]
async fn a_mailed_request_is_told_after_its_files_are_stored() {
    let app = mail_app().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    app.user("agent@acme.example", Role::Agent, None).await;
    let watcher = std::sync::Arc::new(Watcher {
        store: app.store.clone(),
        seen: Default::default(),
    });
    let mut parts = (*app.state).clone();
    parts.desk.news = watcher.clone() as std::sync::Arc<dyn app::News>;
    let state = web::AppState::from(parts);
    let raw = reply_with_files(
        SUPPORT,
        "new-with-files",
        &[("notes.txt", "text/plain", b"GET /v1/accounts answered 502")],
    );
    let outcome = web::mail::inbound::receive(&state, &raw).await.unwrap();
    let web::mail::inbound::Outcome::Created { ticket_id } = outcome else {
        panic!("not created: {outcome:?}");
    };
    assert_eq!(app.store.attachments(ticket_id).await.unwrap().len(), 1);
    assert_eq!(
        *watcher.seen.lock().unwrap(),
        vec![(ticket_id, 1)],
        "told once, with the file stored"
    );
}

/// A reply address names its ticket with a tag only this desk makes, so
/// nothing is written for it: another ticket's id under the tag, a tag
/// changed by one character, or a token no one made is not taken, and a
/// token kept in the store by an earlier version still is.
#[tokio::test]
async fn reply_addresses_are_tagged_and_earlier_stored_tokens_still_work() {
    let app = mail_app().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    app.user("agent@acme.example", Role::Agent, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let other = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let address = reply_address(&app, id);
    let outbox = app.store.outbox(100).await.unwrap();
    assert!(
        outbox
            .iter()
            .any(|m| m.reply_to.as_deref() == Some(&address)),
        "the agent's mail asks replies to go to the ticket's address"
    );
    let tag = address
        .strip_prefix(&format!("support+{id}-"))
        .and_then(|rest| rest.strip_suffix("@acme.example"))
        .expect("support+ID-TAG@domain");
    let mut changed = tag.to_string();
    let last = if changed.ends_with('0') { "1" } else { "0" };
    changed.replace_range(changed.len() - 1.., last);
    for forged in [
        format!("support+{other}-{tag}@acme.example"),
        format!("support+{id}-{changed}@acme.example"),
        "support+doesnotexist@acme.example".to_string(),
    ] {
        let res = inbound(&app, fixture("gmail_reply.eml", id, &forged), SECRET).await;
        assert_ne!(res.json()["outcome"], "replied", "{forged}");
    }
    assert!(app.store.comments(id, true).await.unwrap().is_empty());
    assert!(app.store.comments(other, true).await.unwrap().is_empty());

    // A version before tagged addresses kept a random token per ticket.
    let db = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        app.dir.path().join("sportello.db").display()
    ))
    .await
    .unwrap();
    sqlx::query("INSERT INTO ticket_mail_tokens (ticket_id, token) VALUES (?1, 'kept-token_1')")
        .bind(other)
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    let res = inbound(
        &app,
        fixture(
            "gmail_reply.eml",
            other,
            "support+kept-token_1@acme.example",
        ),
        SECRET,
    )
    .await;
    assert_eq!(res.json()["outcome"], "replied", "{}", res.text());
    assert_eq!(app.store.comments(other, true).await.unwrap().len(), 1);
}

/// Submissions that arrive together share the passes that queue their
/// mail: when they have all been answered, each new ticket's mail is queued
/// once, without the timer's pass.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submissions_at_once_each_have_their_mail_queued_once_when_answered() {
    let app = mail_app().await;
    let org = app.org("acme", false, &["sandbox-acme-1a2b3c"]).await;
    let (_, token) = app.user("dev@acme.test", Role::Requester, Some(&org)).await;
    app.user("agent@desk.test", Role::Agent, None).await;
    let mut submissions = tokio::task::JoinSet::new();
    for n in 0..12 {
        let mut body = incident();
        body["subject"] = json!(format!("Accounts endpoint returns 502, call {n}"));
        let req = crate::api_request(Method::POST, "/api/v1/requests", Some(&token), Some(body));
        let router = app.router.clone();
        submissions.spawn(async move {
            let res = crate::send_to(router, req).await;
            assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
            res.json()["id"].as_i64().unwrap()
        });
    }
    let mut created = submissions.join_all().await;
    created.sort_unstable();
    let mut told: Vec<i64> = app
        .store
        .outbox(100)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.recipient == "agent@desk.test")
        .filter_map(|m| m.ticket_id)
        .collect();
    told.sort_unstable();
    assert_eq!(told, created);
    assert!(
        app.store
            .pending_notifications(100)
            .await
            .unwrap()
            .is_empty()
    );
}
