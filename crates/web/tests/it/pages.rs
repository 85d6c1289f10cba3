//! The HTML pages, as a browser without JavaScript uses them.

use crate::{App, Browser, incident};
use axum::http::{StatusCode, header};
use domain::Role;

pub fn form_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("subject", "Accounts endpoint returns 502"),
        ("product", "data"),
        ("client_id", "sandbox-acme-1a2b3c"),
        ("occurred_at-date", "2026-11-28"),
        ("occurred_at-time", "09:41"),
        ("occurred_at-offset", "+01:00"),
        ("error_message", "HTTP 502"),
        ("steps", "Call the accounts endpoint"),
        ("endpoints", "GET /v1/accounts\r\nPOST /v1/payments"),
        ("device", "Linux"),
        ("browser", "Firefox 140"),
        ("request_mode", "sync"),
        ("submit_key", "k-1"),
    ]
}

#[tokio::test]
async fn public_pages_render_with_security_headers() {
    let app = App::new().await;
    let mut b = Browser::new(&app);
    for (path, status) in [
        ("/hc/en/", StatusCode::OK),
        ("/hc/it/", StatusCode::OK),
        ("/signin", StatusCode::OK),
        ("/signup", StatusCode::OK),
        ("/assets/app.css", StatusCode::OK),
        ("/assets/app.js", StatusCode::OK),
        ("/hc/fr/", StatusCode::NOT_FOUND),
        ("/nowhere", StatusCode::NOT_FOUND),
    ] {
        let res = b.get(path).await;
        assert_eq!(res.status, status, "{path}");
        let csp = res
            .headers
            .get(header::CONTENT_SECURITY_POLICY)
            .unwrap()
            .to_str()
            .unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(
            res.headers.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(),
            "nosniff"
        );
        assert!(res.headers.get(header::REFERRER_POLICY).is_some());
    }
    let home = b.get("/hc/it/").await.text();
    assert!(home.contains("Invia una richiesta") && home.contains("lang=\"it\""));
    let root = b.get("/").await;
    assert_eq!(
        (root.status, root.location()),
        (StatusCode::SEE_OTHER, "/hc/en/".to_owned())
    );
    let req = axum::http::Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "it-IT,it;q=0.9")
        .body(axum::body::Body::empty());
    assert_eq!(app.send(req.unwrap()).await.location(), "/hc/it/");
    assert!(!home.contains("<script>"), "no inline script");
}

#[tokio::test]
async fn signed_out_visitors_are_sent_to_sign_in_and_back() {
    let app = App::new().await;
    let mut b = Browser::new(&app);
    for path in [
        "/hc/en/requests/new",
        "/hc/en/requests",
        "/hc/en/requests/1",
        "/agent",
        "/profile",
    ] {
        let res = b.get(path).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{path}");
        assert!(res.location().starts_with("/signin?next="), "{path}");
    }
    app.user("ann@acme.test", Role::Requester, None).await;
    b.get("/signin?next=/hc/en/requests").await;
    let res = b
        .post(
            "/signin",
            &[
                ("email", "ann@acme.test"),
                ("password", "a long enough password"),
                ("next", "/hc/en/requests"),
            ],
        )
        .await;
    assert_eq!(res.location(), "/hc/en/requests");
    let evil = b
        .post(
            "/signin",
            &[
                ("email", "ann@acme.test"),
                ("password", "a long enough password"),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(evil.location(), "/", "no open redirect");
}

#[tokio::test]
async fn sign_up_submit_and_see_the_request() {
    let app = App::new().await;
    let mut b = Browser::new(&app);
    let res = b
        .post(
            "/signup",
            &[
                ("name", "Ann"),
                ("email", "Ann@Acme.test"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(
        (res.status, res.location()),
        (StatusCode::SEE_OTHER, "/hc/en/requests/new".to_owned())
    );
    let session = res
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("sportello_session="))
        .unwrap();
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax"));
    let form = b.get("/hc/en/requests/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains("name=\"csrf_token\""));

    let res = b.post("/hc/en/requests/new", &form_fields()).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    let page = b.get(&res.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("Accounts endpoint returns 502"));
    assert!(html.contains("Your request was filed"), "a confirmation");
    // Read as people write it (no time zone cookie yet: in UTC, saying so).
    assert!(html.contains("28 Nov 2026, 08:41 UTC"), "{html}");
    assert!(html.contains("GET /v1/accounts\nPOST /v1/payments"));
    // The same submit key again (a double click) lands on the same ticket.
    let again = b.post("/hc/en/requests/new", &form_fields()).await;
    assert_eq!(again.location(), res.location());
    let list = b.get("/hc/en/requests").await.text();
    assert_eq!(list.matches("Accounts endpoint returns 502").count(), 1);
    // Taken email.
    let mut other = Browser::new(&app);
    let taken = other
        .post(
            "/signup",
            &[
                ("name", "X"),
                ("email", "ann@acme.test"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.text().contains("already exists"));
}

#[tokio::test]
async fn sign_up_says_which_password_rule_failed_in_both_languages() {
    let app = App::new().await;
    let mut b = Browser::new(&app);
    async fn sign_up(b: &mut Browser<'_>, password: &str) -> String {
        let res = b
            .post(
                "/signup",
                &[
                    ("name", "Ann"),
                    ("email", "ann@acme.test"),
                    ("password", password),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{password}");
        res.text()
    }
    assert!(
        sign_up(&mut b, "elevenchars")
            .await
            .contains("at least 12 characters")
    );
    assert!(
        sign_up(&mut b, "Password2024!")
            .await
            .contains("list of common passwords")
    );
    assert!(
        sign_up(&mut b, "123456789012")
            .await
            .contains("simple sequence")
    );
    b.get("/lang/it?next=/signup").await;
    assert!(
        sign_up(&mut b, "elevenchars")
            .await
            .contains("almeno 12 caratteri")
    );
    assert!(
        sign_up(&mut b, "QWERTYUIOP123")
            .await
            .contains("elenco di password comuni")
    );
    assert!(
        sign_up(&mut b, "aaaaaaaaaaaaaa")
            .await
            .contains("sequenza semplice")
    );
}

#[tokio::test]
async fn an_invalid_form_shows_every_error_and_keeps_every_value() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    b.sign_in("ann@acme.test").await;
    let mut fields = form_fields();
    fields.retain(|(k, _)| *k != "error_message");
    fields.iter_mut().for_each(|f| {
        if f.0 == "product" {
            f.1 = "payments";
        }
        if f.0 == "request_mode" {
            f.1 = "async";
        }
    });
    let res = b.post("/hc/it/requests/new", &fields).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text();
    assert!(html.contains("class=\"error-summary\""));
    for msg in [
        "Inserisci il messaggio di errore",
        "id del pagamento: è obbligatorio",
        "Inserisci il task id",
    ] {
        assert!(html.contains(msg), "{msg} missing");
    }
    assert!(
        html.contains("href=\"#simp_id\"") && html.contains("href=\"#task_id\""),
        "summary links to fields"
    );
    assert!(
        html.contains("value=\"sandbox-acme-1a2b3c\""),
        "typed values kept"
    );
    assert!(
        html.contains("GET /v1/accounts\r\nPOST /v1/payments"),
        "the textarea comes back as typed"
    );
    assert!(html.contains("value=\"2026-11-28\""));
}

#[tokio::test]
async fn the_form_is_prefilled_from_the_user_agent() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    let res = b.sign_in("ann@acme.test").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let cookies = format!(
        "sportello_session={}",
        b.cookie("sportello_session").unwrap()
    );
    let req = axum::http::Request::get("/hc/en/requests/new")
        .header(header::COOKIE, cookies)
        .header(
            header::USER_AGENT,
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
        )
        .body(axum::body::Body::empty())
        .unwrap();
    let html = app.send(req).await.text();
    assert!(html.contains("value=\"Windows\"") && html.contains("value=\"Firefox 140\""));
}

#[tokio::test]
async fn agent_replies_and_notes_in_the_browser() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (agent, _) = app.user("agent@desk.test", Role::Agent, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();

    let mut a = Browser::new(&app);
    a.sign_in("agent@desk.test").await;
    let queue = a.get("/agent").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.text().contains("Accounts endpoint returns 502"));
    let by_id = a
        .get("/agent?q=c39df0fb-a684-447c-9fbc-3f24c288f608")
        .await
        .text();
    assert!(
        by_id.contains(&format!("/agent/tickets/{id}")),
        "pasting an X-Request-Id finds the ticket"
    );
    let page = a.get(&format!("/agent/tickets/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("sandbox-acme-1a2b3c"));
    let path = format!("/agent/tickets/{id}/comments");
    let res = a
        .post(
            &path,
            &[
                ("visibility", "public"),
                ("body", "Looking into it now."),
                ("status", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    a.post(
        &path,
        &[
            ("visibility", "internal"),
            ("body", "Bank sandbox flaky"),
            ("status", "pending"),
        ],
    )
    .await;
    let agent_id = agent.id.to_string();
    let res = a
        .post(
            &format!("/agent/tickets/{id}"),
            &[
                ("status", "pending"),
                ("priority", "high"),
                ("assignee_id", &agent_id),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = a.get(&format!("/agent/tickets/{id}")).await.text();
    assert!(page.contains("Bank sandbox flaky") && page.contains("Looking into it now."));
    // Staff read the status as theirs: "Pending", not "Awaiting your reply".
    let badge = &page[page.find("badge badge-pending").unwrap()..];
    assert!(
        badge[..badge.find("</span>").unwrap()].ends_with(">Pending"),
        "{badge:.80}"
    );
    assert!(!page.contains("Awaiting your reply"));
    let bad = a
        .post(&format!("/agent/tickets/{id}"), &[("status", "bogus")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    let mut r = Browser::new(&app);
    r.sign_in("ann@acme.test").await;
    let mine = r.get(&format!("/hc/en/requests/{id}")).await.text();
    assert!(mine.contains("Looking into it now."));
    assert!(
        !mine.contains("Bank sandbox flaky"),
        "no internal note in the requester's page"
    );
    assert!(mine.contains("Awaiting your reply"));
    let reply = r
        .post(
            &format!("/hc/en/requests/{id}/comments"),
            &[("body", "Here is more detail.")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(
        r.get(&format!("/hc/en/requests/{id}"))
            .await
            .text()
            .contains("Here is more detail.")
    );
    // Requesters cannot reach the workspace, not even by guessing.
    assert_eq!(r.get("/agent").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        r.get(&format!("/agent/tickets/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let mut other = Browser::new(&app);
    app.user("eve@else.test", Role::Requester, None).await;
    other.sign_in("eve@else.test").await;
    assert_eq!(
        other.get(&format!("/hc/en/requests/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let res = other
        .post(
            &format!("/hc/en/requests/{id}/comments"),
            &[("body", "mine now")],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn sign_out_ends_the_session() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    let ok = b.sign_in("ann@acme.test").await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let sid = b.cookie("sportello_session").unwrap();
    assert_eq!(b.get("/profile").await.status, StatusCode::OK);
    b.post("/signout", &[]).await;
    assert!(b.cookie("sportello_session").is_none());
    // The old cookie no longer works: the session ended on the server.
    b.cookies.push(("sportello_session".into(), sid));
    assert_eq!(b.get("/profile").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_new_session_id_at_every_sign_in() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    b.cookies
        .push(("sportello_session".into(), "attacker-chosen".into()));
    b.sign_in("ann@acme.test").await;
    let first = b.cookie("sportello_session").unwrap();
    assert_ne!(first, "attacker-chosen");
    b.sign_in("ann@acme.test").await;
    assert_ne!(b.cookie("sportello_session").unwrap(), first);
}

#[tokio::test]
async fn api_tokens_from_the_profile_are_shown_once_and_work() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    b.sign_in("ann@acme.test").await;
    let res = b.post("/profile/tokens", &[("label", "CI pipeline")]).await;
    assert_eq!(res.status, StatusCode::OK);
    let html = res.text();
    let start = html.find("spt_").unwrap();
    let token: String = html[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    assert!(token.len() > 40);
    let list = app
        .api(
            axum::http::Method::GET,
            "/api/v1/requests",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(list.status, StatusCode::OK);
    let profile = b.get("/profile").await.text();
    assert!(
        profile.contains("CI pipeline") && !profile.contains(&token),
        "shown once"
    );
    assert!(
        !crate::contains(&app.data_bytes(), &token),
        "only the hash is stored"
    );
    let empty = b.post("/profile/tokens", &[("label", "")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let tokens = app.store.api_tokens(1).await.unwrap();
    use store::Store;
    let ci = tokens.iter().find(|t| t.label == "CI pipeline").unwrap();
    let revoke = b
        .post(&format!("/profile/tokens/{}/revoke", ci.id), &[])
        .await;
    assert_eq!(revoke.status, StatusCode::SEE_OTHER);
    let after = app
        .api(
            axum::http::Method::GET,
            "/api/v1/requests",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn language_switch_sets_a_cookie_and_returns() {
    let app = App::new().await;
    let mut b = Browser::new(&app);
    let res = b.get("/lang/it?next=/signin").await;
    assert_eq!(res.location(), "/signin");
    assert!(b.get("/signin").await.text().contains("Accedi"));
    assert_eq!(b.get("/lang/xx").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.get("/lang/en?next=https://evil.example").await.location(),
        "/"
    );
}

/// A multipart body: text fields, then files as (field, filename, bytes).
pub fn multipart(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----sportello-test-boundary";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    for (k, name, bytes) in files {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn files_sent_with_a_new_request_are_cleaned_and_attached_or_refuse_it() {
    use base64::Engine;
    use store::{AttachmentStore, Store};
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    b.sign_in("ann@acme.test").await;
    let csrf = b.cookie("sportello_csrf").unwrap();
    let cookies = format!(
        "sportello_csrf={csrf}; sportello_session={}",
        b.cookie("sportello_session").unwrap()
    );
    let png = base64::engine::general_purpose::STANDARD
        .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        .unwrap();
    let mut fields = form_fields();
    fields.push(("csrf_token", &csrf));
    let send = |fields: Vec<(&str, &str)>, files: Vec<(&str, &str, &[u8])>| {
        let (ct, body) = multipart(&fields, &files);
        axum::http::Request::post("/hc/en/requests/new")
            .header(header::COOKIE, cookies.clone())
            .header(header::CONTENT_TYPE, ct)
            .body(axum::body::Body::from(body))
            .unwrap()
    };

    let secret_log: &[u8] = b"trace\nclient_secret=formFileCanary1q2w3e4r5t6y\n";
    let mut refused_fields = fields.clone();
    refused_fields.retain(|(k, _)| *k != "submit_key");
    refused_fields.push(("submit_key", "k-refused"));
    let refused = app
        .send(send(
            refused_fields,
            vec![("files", "trace.log", secret_log)],
        ))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("href=\"#files\""),
        "the summary links to the file input"
    );
    assert!(
        refused.text().contains("value=\"sandbox-acme-1a2b3c\""),
        "typed values kept"
    );
    assert!(
        !crate::contains(&app.data_bytes(), "formFileCanary1q2w3e4r5t6y"),
        "nothing stored"
    );
    assert!(
        app.store
            .list_tickets(&store::TicketFilter::new(store::Scope::All))
            .await
            .unwrap()
            .is_empty()
    );

    let ok = app
        .send(send(
            fields,
            vec![
                ("files", "screen.png", &png),
                ("files", "notes.txt", b"all calls fail at 09:41"),
            ],
        ))
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text());
    let location = ok.location();
    let path = location.strip_suffix("?filed=1").unwrap();
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    let files = app.store.attachments(id).await.unwrap();
    let mut types: Vec<&str> = files.iter().map(|f| f.content_type.as_str()).collect();
    types.sort();
    assert_eq!(types, vec!["image/png", "text/plain; charset=utf-8"]);

    // Without files the form still posts urlencoded, under the usual body limit.
    let big = format!("csrf_token={csrf}&subject={}", "x".repeat(1024 * 1024 + 10));
    let req = axum::http::Request::post("/hc/en/requests/new")
        .header(header::COOKIE, cookies.clone())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(big))
        .unwrap();
    assert_eq!(app.send(req).await.status, StatusCode::PAYLOAD_TOO_LARGE);
}

/// A conditional field sits right after the field that reveals it and is
/// marked required, since it is only shown when it is.
#[tokio::test]
async fn conditional_fields_follow_what_reveals_them_and_say_they_are_required() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    b.sign_in("ann@acme.test").await;
    let html = b.get("/hc/en/requests/new").await.text();
    let order: Vec<&str> = html
        .match_indices("id=\"field-")
        .map(|(i, _)| {
            let rest = &html[i + 10..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    let after = |revealer: &str| order[order.iter().position(|k| *k == revealer).unwrap() + 1];
    assert_eq!(after("product"), "simp_id", "{order:?}");
    assert_eq!(after("request_mode"), "task_id", "{order:?}");
    for key in ["simp_id", "task_id"] {
        let field = &html[html.find(&format!("id=\"field-{key}\"")).unwrap()..];
        let label = &field[..field.find("</label>").unwrap()];
        assert!(
            label.contains("class=\"required\""),
            "{key} is marked required"
        );
    }
}

#[tokio::test]
async fn undecodable_or_mistyped_page_paths_get_an_error_page() {
    let app = App::new().await;
    let (_, _) = app.user("agent@desk.test", Role::Agent, None).await;
    let mut b = Browser::new(&app);
    b.sign_in("agent@desk.test").await;
    for (path, status) in [
        ("/hc/en/articles/%FF", StatusCode::BAD_REQUEST),
        ("/hc/%C0/requests", StatusCode::BAD_REQUEST),
        ("/agent/tickets/%FF", StatusCode::BAD_REQUEST),
        ("/agent/tickets/not-a-number", StatusCode::NOT_FOUND),
    ] {
        let res = b.get(path).await;
        assert_eq!(res.status, status, "{path}");
        let content_type = res.headers[axum::http::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            content_type.starts_with("text/html"),
            "{path}: {content_type}"
        );
        assert!(
            res.text().contains("<html"),
            "{path}: an error page, not plain text"
        );
    }
}
