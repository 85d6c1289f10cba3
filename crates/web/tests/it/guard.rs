//! Proof that nothing lands: canary secrets of every kind go through every
//! entry point, refused and redacted-and-sent — typed, and inside PDFs,
//! Office files and screenshots — and then no byte under the data
//! directory (database, WAL, shared memory) contains any of them.

use crate::{App, Browser, contains, incident};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use domain::Role;
use serde_json::json;
use store::{HelpCenterStore, MailStore, NewHcName, Store as _};

/// (what the person types, the secret part that must never be stored, kind)
const CANARIES: &[(&str, &str, &str)] = &[
    (
        "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlLWNhbmFyeS0xMjM",
        "eyJzdWIiOiJjYW5hcnkifQ",
        "access_token",
    ),
    (
        "curl -H \"Authorization: Bearer canaryOpaqueTokenZ9y8x7w6v5u4t3s2\" https://api.example.com/v1/x",
        "canaryOpaqueTokenZ9y8x7w6v5u4t3s2",
        "access_token",
    ),
    (
        "client_secret=canarySecretQ1w2e3r4t5y6u7i8",
        "canarySecretQ1w2e3r4t5y6u7i8",
        "client_secret",
    ),
    (
        "curl -u myclient:canaryBasicSecret77 https://api.example.com/token",
        "canaryBasicSecret77",
        "client_secret",
    ),
    (
        "refresh_token=canaryRefreshR3fr3shR3fr3sh99",
        "canaryRefreshR3fr3shR3fr3sh99",
        "refresh_token",
    ),
    (
        "card 4539 1488 0343 6467 was declined",
        "4539 1488 0343 6467",
        "card_number",
    ),
    (
        "IBAN IT60X0542811101000000123456 of the customer",
        "IT60X0542811101000000123456",
        "iban",
    ),
    ("password: CanaryPw!2026xyz", "CanaryPw!2026xyz", "password"),
    ("il codice PIN è 493817", "PIN è 493817", "pin"),
    (
        "aws key AKIAQ7CANARY5XYZ12AB",
        "AKIAQ7CANARY5XYZ12AB",
        "vendor_key",
    ),
    (
        "sort code 20-00-00 account number 55779911",
        "55779911",
        "uk_bank_account",
    ),
    ("cvv: 737 on the card", "cvv: 737", "cvv"),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAcanarykeymaterialcanarykeymaterial\n-----END RSA PRIVATE KEY-----",
        "canarykeymaterialcanarykeymaterial",
        "private_key",
    ),
];

#[tokio::test]
async fn no_canary_lands_anywhere_under_the_data_directory() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let ticket = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let mut browser = Browser::new(&app);
    browser.sign_in("ann@acme.test").await;

    for (text, secret, kind) in CANARIES {
        // Every text field of the form, the subject and the description.
        for place in [
            "subject",
            "description",
            "error_message",
            "steps",
            "device",
            "browser",
        ] {
            let mut body = incident();
            match place {
                "subject" | "description" => body[place] = json!(format!("see {text}")),
                field => body["fields"][field] = json!(format!("see {text}")),
            }
            let refused = app.create_request(&token, body.clone()).await;
            assert_eq!(
                refused.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{kind} in {place}"
            );
            assert_eq!(refused.error_code(), "sensitive_data", "{kind} in {place}");
            let finding = &refused.json()["error"]["findings"][0];
            assert_eq!(finding["field"], place, "{kind}");
            assert_eq!(finding["kind"], *kind, "{kind} in {place}");
            assert!(
                !refused.text().contains(secret),
                "the refusal never quotes the secret"
            );

            body["redact"] = json!(true);
            let sent = app.create_request(&token, body).await;
            // A subject may now be too long, which is fine; anything stored is clean.
            if sent.status == StatusCode::CREATED {
                assert!(
                    sent.text().contains(&format!("[REDACTED:{kind}]")),
                    "{kind} in {place}: {}",
                    sent.text()
                );
            }
            assert!(!sent.text().contains(secret));
        }
        // Endpoints: credentials in a query string.
        if let Some(param) = ["access_token", "client_secret", "refresh_token"]
            .into_iter()
            .find(|k| k == kind)
        {
            let mut body = incident();
            body["fields"]["endpoints"] =
                json!(["GET /v1/ok", format!("GET /v1/x?{param}={secret}&limit=5")]);
            let res = app.create_request(&token, body).await;
            assert_eq!(res.error_code(), "sensitive_data", "{kind} in endpoints");
            assert_eq!(res.json()["error"]["findings"][0]["field"], "endpoints");
        }

        // Replies, notes and requester comments, refused then redacted.
        let comment_paths = [
            (
                format!("/api/v1/requests/{ticket}/comments"),
                &token,
                json!({ "body": text }),
            ),
            (
                format!("/api/v1/tickets/{ticket}/comments"),
                &agent,
                json!({ "body": text, "public": true }),
            ),
            (
                format!("/api/v1/tickets/{ticket}/comments"),
                &agent,
                json!({ "body": text, "public": false }),
            ),
        ];
        for (path, who, body) in comment_paths {
            let refused = app
                .api(Method::POST, &path, Some(who), Some(body.clone()))
                .await;
            assert_eq!(refused.error_code(), "sensitive_data", "{kind} via {path}");
            assert!(!refused.text().contains(secret));
            let mut redacted = body;
            redacted["redact"] = json!(true);
            let sent = app
                .api(Method::POST, &path, Some(who), Some(redacted))
                .await;
            assert_eq!(sent.status, StatusCode::CREATED, "{kind} via {path}");
            assert!(
                sent.json()["body"]
                    .as_str()
                    .unwrap()
                    .contains(&format!("[REDACTED:{kind}]")),
                "{kind}"
            );
        }

        // The HTML form: refused, shown back redacted, then "Redact and send".
        let fields = [
            ("subject", "Declined"),
            ("product", "data"),
            ("client_id", "sandbox-acme-1a2b3c"),
            ("occurred_at-date", "2026-11-28"),
            ("occurred_at-time", "09:41"),
            ("occurred_at-offset", "+00:00"),
            ("error_message", text),
            ("steps", "steps"),
            ("endpoints", "GET /v1/x"),
            ("device", "Linux"),
            ("browser", "Firefox"),
        ];
        let page = browser.post("/hc/en/requests/new", &fields).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{kind}");
        assert!(
            !page.text().contains(secret),
            "the page shown back never carries the secret ({kind})"
        );
        assert!(
            page.text().contains("name=\"redact\""),
            "offers Redact and send"
        );
        let mut with_redact = fields.to_vec();
        with_redact.push(("redact", "1"));
        let sent = browser.post("/hc/en/requests/new", &with_redact).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{kind}");
        let reply = browser
            .post(
                &format!("/hc/en/requests/{ticket}/comments"),
                &[("body", text)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!reply.text().contains(secret));
    }

    // Profile fields go through the guard too.
    let mut b = Browser::new(&app);
    let res = b
        .post(
            "/signup",
            &[
                ("name", "password: CanaryPw!2026xyz"),
                ("email", "x@y.test"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = browser
        .post(
            "/profile/tokens",
            &[("label", "client_secret=canarySecretQ1w2e3r4t5y6u7i8")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);

    canaries_in_documents_and_screenshots(&app, &token, ticket, &browser).await;

    let bytes = app.data_bytes();
    assert!(bytes.len() > 10_000, "the database was written");
    for (_, secret, kind) in CANARIES {
        assert!(
            !contains(&bytes, secret),
            "{kind} canary {secret:?} landed under the data directory"
        );
    }
}

/// Every canary inside a PDF (on page 2), a docx, an xlsx and a pptx, and
/// the ones a screenshot can show (as a PNG, a scanned PDF and a picture
/// pasted into a docx), through the API (refused, and refused
/// again when asked to redact), the ticket page's upload form and the
/// new-request form. Nothing is attached anywhere. (Office files are
/// deflated and screenshots are pixels, so the byte search of the data
/// directory cannot see them: the attachment lists are checked instead.)
async fn canaries_in_documents_and_screenshots(
    app: &App,
    token: &str,
    ticket: i64,
    browser: &Browser<'_>,
) {
    use crate::attachments::{multipart as api_multipart, ocr_on, upload_parts};
    use store::{AttachmentStore, Store};
    let mut files: Vec<(String, Vec<u8>, &str)> = Vec::new();
    for (text, _, kind) in CANARIES {
        let page_two = format!("attached for support\n{text}\nthanks");
        files.push((
            format!("{kind}.pdf"),
            files::testing::pdf(&["Incident notes", &page_two]),
            kind,
        ));
        files.push((
            format!("{kind}.docx"),
            files::testing::docx(&["Notes", text], None),
            kind,
        ));
        files.push((
            format!("{kind}.xlsx"),
            files::testing::xlsx(&[&["note"], &[text]]),
            kind,
        ));
        files.push((
            format!("{kind}.pptx"),
            files::testing::pptx(&["Review"], Some(text)),
            kind,
        ));
    }
    if ocr_on() {
        for (text, kind) in [
            ("Card 4539 1488 0343 6467 was declined", "card_number"),
            ("IBAN IT60X0542811101000000123456", "iban"),
            (
                "client_secret = canarySecretQ1w2e3r4t5y6u7i8",
                "client_secret",
            ),
        ] {
            let shot = files::testing::screenshot(&["Support", text], 18.0);
            // The same picture as a scanned PDF and pasted into a Word file.
            files.push((
                format!("{kind}-scan.pdf"),
                files::testing::scanned_pdf_showing(&["Support", text]),
                kind,
            ));
            files.push((
                format!("{kind}-pasted.docx"),
                files::testing::docx_with_picture(&["See the picture"], None, Some(&shot)),
                kind,
            ));
            files.push((format!("{kind}.png"), shot, kind));
        }
    }
    let cookies = browser
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let csrf = browser.cookie("sportello_csrf").unwrap();
    for (name, bytes, kind) in &files {
        for redact in [&b"false"[..], b"true"] {
            let r = upload_parts(
                app,
                token,
                ticket,
                &[("redact", None, redact), ("file", Some(name), bytes)],
            )
            .await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{name}: {}",
                r.text()
            );
            assert_eq!(r.error_code(), "sensitive_data", "{name}");
            assert_eq!(r.json()["error"]["findings"][0]["kind"], *kind, "{name}");
        }
        // The ticket page's upload form.
        let body = api_multipart(&[
            ("csrf_token", None, csrf.as_bytes()),
            ("file", Some(name), bytes),
        ]);
        let page = app
            .send(
                Request::post(format!("/hc/en/requests/{ticket}/attachments"))
                    .header(header::COOKIE, cookies.clone())
                    .header(
                        header::CONTENT_TYPE,
                        "multipart/form-data; boundary=XsportelloBoundary42",
                    )
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        // The new-request form, with the file.
        let mut fields = crate::pages::form_fields();
        fields.push(("csrf_token", &csrf));
        let (ct, body) = crate::pages::multipart(&fields, &[("files", name, bytes)]);
        let page = app
            .send(
                Request::post("/hc/en/requests/new")
                    .header(header::COOKIE, cookies.clone())
                    .header(header::CONTENT_TYPE, ct)
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
    }
    let tickets = app
        .store
        .list_tickets(&store::TicketFilter::new(store::Scope::All))
        .await
        .unwrap();
    for t in tickets {
        assert!(
            app.store.attachments(t.id).await.unwrap().is_empty(),
            "no file was attached to ticket {}",
            t.id
        );
    }
}

/// Every line `tracing` writes in this test binary, from every test: one
/// global subscriber, since a per-thread one misses lines while other
/// tests register callsites concurrently. More lines only make the
/// "nothing in the log" check stricter.
#[derive(Clone, Copy, Default)]
struct LogSink;

static LOG: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

impl std::io::Write for LogSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOG.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let subscriber = tracing_subscriber::fmt()
            .with_writer(|| LogSink)
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
    });
}

const SUPPORT: &str = "support@acme.example";
const INBOUND_SECRET: &str = "inbound-shared-secret";

/// Every other path that keeps, logs, mails or echoes person-typed text
/// (ARCHITECTURE.md, "What passes the guard"): keys, names, tags, macros,
/// articles as written and as rendered, help-center comments, file names,
/// inbound mail and its Message-ID, the sign-in box, the request log and
/// validation errors. Afterwards no canary is in any byte of the data
/// directory, the log or the outbox, and no answer quoted one.
#[tokio::test]
async fn no_canary_lands_through_keys_names_tags_articles_files_mail_or_logs() {
    use crate::attachments::upload;
    use web::{MailSettings, Settings};
    capture_logs();
    let app = App::with_settings(Settings {
        mail: Some(MailSettings {
            from: format!("Acme Support <{SUPPORT}>"),
            support_address: SUPPORT.into(),
            base_url: "https://help.acme.example".into(),
            notify_agents_on_new: true,
            inbound_secret: Some(INBOUND_SECRET.into()),
        }),
        ..web::Settings::default()
    })
    .await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let ticket = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let mut staff = Browser::new(&app);
    staff.sign_in("agent@desk.test").await;
    let section = {
        let names = [NewHcName {
            locale: domain::Locale::En,
            name: ::guard::Screened::constant("Guides"),
            description: ::guard::Screened::default(),
        }];
        let c = app.store.hc_create_category(0, &names).await.unwrap();
        app.store
            .hc_create_section(c.id, 0, &names)
            .await
            .unwrap()
            .id
    };
    let mut answers = String::new();

    for (text, secret, kind) in CANARIES {
        let one_line = text.replace('\n', " ");
        // The Idempotency-Key header (a header value is one line).
        let req = axum::http::Request::post("/api/v1/requests")
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .header("idempotency-key", one_line.as_str())
            .body(axum::body::Body::from(incident().to_string()))
            .unwrap();
        let res = app.send(req).await;
        // Refused, or (a value that is not visible ASCII) not read at all.
        assert!(
            res.error_code() == "sensitive_data" || res.status == StatusCode::CREATED,
            "{kind} in Idempotency-Key: {}",
            res.text()
        );
        answers.push_str(&res.text());

        // A field name someone made up is not echoed.
        let mut body = incident();
        body["fields"][text.to_string()] = json!("x");
        body[text.to_string()] = json!(1);
        answers.push_str(&app.create_request(&token, body).await.text());

        // Tags, macro titles and bodies.
        for body in [
            json!({ "add": [text] }),
            json!({ "add": [format!("x-{one_line}")] }),
        ] {
            let path = format!("/api/v1/tickets/{ticket}/tags");
            let res = app
                .api(Method::PATCH, &path, Some(&agent), Some(body))
                .await;
            assert!(res.status.is_client_error(), "{kind} in a tag");
            answers.push_str(&res.text());
        }
        for body in [
            json!({ "title": one_line, "body": "Hello" }),
            json!({ "title": "Greeting", "body": text }),
        ] {
            let res = app
                .api(Method::POST, "/api/v1/macros", Some(&agent), Some(body))
                .await;
            assert!(res.status.is_client_error(), "{kind} in a macro");
            answers.push_str(&res.text());
        }

        // A file name.
        let name = format!("{}.txt", one_line.replace(['/', '\\'], " "));
        // Cleaned to what is kept, then screened: refused, or kept clean
        // (the bytes checked at the end tell).
        let res = upload(&app, &token, ticket, &name, b"plain notes").await;
        answers.push_str(&res.text());

        // A help-center article's title and body, and the request log of a
        // path carrying the text.
        for (title, body) in [(one_line.as_str(), "Body"), ("Title", *text)] {
            let res = staff
                .post(
                    "/agent/help/articles",
                    &[
                        ("locale", "en"),
                        ("title", title),
                        ("body", body),
                        ("section_id", &section.to_string()),
                        ("position", "0"),
                        ("action", "publish"),
                    ],
                )
                .await;
            assert_eq!(
                res.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{kind} in an article"
            );
        }
        let path = format!("/api/v1/debug-ids/{}", pct(secret));
        answers.push_str(&app.api(Method::GET, &path, Some(&token), None).await.text());

        // The sign-in box: a password typed into the e-mail field.
        let mut b = Browser::new(&app);
        b.post(
            "/signin",
            &[("email", text), ("password", "whatever it is")],
        )
        .await;

        // Mail: a Message-ID, a subject, a body.
        for (message_id, subject, body) in [
            (one_line.as_str(), "Webhooks", "They stopped."),
            ("<clean-1@mail.example>", one_line.as_str(), "They stopped."),
            ("<clean-2@mail.example>", "Webhooks", *text),
        ] {
            let raw = format!(
                "From: ann@acme.test\r\nTo: {SUPPORT}\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n\r\n{}\r\n",
                body.replace('\n', "\r\n")
            );
            let req = axum::http::Request::post("/api/v1/inbound/email")
                .header("x-sportello-inbound-secret", INBOUND_SECRET)
                .header("content-type", "message/rfc822")
                .body(axum::body::Body::from(raw))
                .unwrap();
            answers.push_str(&app.send(req).await.text());
        }
    }

    // Articles whose rendering rebuilds a card number.
    for body in [
        "Card 4539<!-- -->1488<!-- -->0343<!-- -->6467 was declined.",
        "Card 4539&#32;1488&#32;0343&#32;6467 was declined.",
    ] {
        let res = staff
            .post(
                "/agent/help/articles",
                &[
                    ("locale", "en"),
                    ("title", "Declines"),
                    ("body", body),
                    ("section_id", &section.to_string()),
                    ("position", "0"),
                    ("action", "publish"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    }
    assert!(
        app.store
            .hc_articles(&Default::default())
            .await
            .unwrap()
            .is_empty(),
        "no article was saved"
    );
    let rendered_card = "4539 1488 0343 6467";

    let bytes = app.data_bytes();
    let logs = String::from_utf8_lossy(&LOG.lock().unwrap()).into_owned();
    assert!(logs.contains("request"), "the request log was captured");
    assert!(
        logs.contains("/api/v1/debug-ids/{debug_id}"),
        "the log names route templates"
    );
    let outbox = serde_json::to_string(&app.store.outbox(1000).await.unwrap()).unwrap();
    assert!(outbox.contains("[#"), "mail was queued: {outbox}");
    for (_, secret, kind) in CANARIES
        .iter()
        .copied()
        .chain([("", rendered_card, "rendered card")])
    {
        assert!(
            !contains(&bytes, secret),
            "{kind} canary {secret:?} landed under the data directory"
        );
        assert!(
            !logs.contains(secret),
            "{kind} canary {secret:?} reached the log"
        );
        assert!(
            !outbox.contains(secret),
            "{kind} canary {secret:?} reached the outbox"
        );
        assert!(
            !answers.contains(secret),
            "{kind} canary {secret:?} was echoed"
        );
    }
}

/// The value kept for each field is the one the guard saw: what the
/// application does to a value (NUL removed, line breaks folded in one-line
/// fields, trimming) happens before screening, so a secret it would join
/// is refused rather than stored whole.
#[tokio::test]
async fn the_stored_value_of_every_field_is_the_value_the_guard_saw() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    for (place, value) in [
        ("subject", "card 4539\u{0}148803436467"),
        ("device", "card 4539\u{0}1488\u{0}0343\u{0}6467"),
        ("subject", "password:\nCanaryPw!2026xyz"),
        ("browser", "password:\r\nCanaryPw!2026xyz"),
        ("error_message", "card 4539 1488\u{0} 0343 6467 declined"),
    ] {
        let mut body = incident();
        match place {
            "subject" => body[place] = json!(value),
            field => body["fields"][field] = json!(value),
        }
        let res = app.create_request(&token, body).await;
        assert_eq!(res.error_code(), "sensitive_data", "{place}: {value:?}");
        assert_eq!(res.json()["error"]["findings"][0]["field"], place);
    }

    // A clean submission: each stored value is one the guard accepts as
    // it is, in the form the application made of it.
    let mut body = incident();
    body["subject"] = json!("  Accounts\u{0} endpoint\r\nreturns 502  ");
    body["fields"]["steps"] = json!("Call it\r\nsee 502\u{0}");
    body["fields"]["device"] = json!("Linux\nserver");
    let res = app.create_request(&token, body).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let id = res.json()["id"].as_i64().unwrap();
    let stored = app.store.ticket(id).await.unwrap().unwrap();
    assert_eq!(stored.subject, "Accounts endpoint  returns 502");
    assert_eq!(stored.fields["steps"], "Call it\nsee 502");
    assert_eq!(stored.fields["device"], "Linux server");
    let mut texts = vec![stored.subject.clone()];
    texts.extend(stored.description.clone());
    for value in stored.fields.values() {
        match value {
            serde_json::Value::String(s) => texts.push(s.clone()),
            serde_json::Value::Array(items) => {
                texts.extend(items.iter().filter_map(|i| i.as_str().map(str::to_owned)))
            }
            _ => {}
        }
    }
    for text in texts {
        let seen = ::guard::screen(text.as_str()).unwrap();
        assert_eq!(seen.as_str(), text, "stored exactly as screened");
    }
}

/// Every byte but letters and digits percent-encoded, for a path segment.
fn pct(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
