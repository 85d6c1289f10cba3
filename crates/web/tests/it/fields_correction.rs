//! An agent corrects the incident fields a requester gave: through the
//! ticket page's one sidebar save and `PATCH /api/v1/tickets/{id}`, with
//! the same normalizing, guard and validation as filing, recorded in the
//! audit log.

use crate::{App, Browser, incident};
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;

const SIMP: &str = "0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30";

async fn pivot(app: &App, agent: &str, q: &str) -> Vec<i64> {
    let res = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets?{q}"),
            Some(agent),
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    res.json()["tickets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn the_api_corrects_fields_as_filing_checks_them() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/tickets/{id}");
    let patch = |body: serde_json::Value, who: &str| {
        let (app, path, who) = (&app, path.clone(), who.to_owned());
        async move { app.api(Method::PATCH, &path, Some(&who), Some(body)).await }
    };

    // Payments API without its payment id: refused as at filing, nothing kept.
    let res = patch(json!({ "fields": { "product": "payments" } }), &agent).await;
    assert_eq!(
        res.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        res.text()
    );
    assert_eq!(res.error_code(), "validation_failed");
    assert_eq!(
        res.field_errors(),
        vec![("simp_id".to_owned(), "required".to_owned())]
    );

    // A secret in a corrected field: refused by the guard, never echoed.
    let res = patch(
        json!({ "fields": { "device": "card 4539 1488 0343 6467" } }),
        &agent,
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.error_code(), "sensitive_data");
    assert!(!res.text().contains("4539"));

    // The requester's own words and sealed values are not the agent's to change.
    for body in [
        json!({ "fields": { "subject": "x" } }),
        json!({ "fields": { "refresh_token": "x" } }),
        json!({ "fields": { "nonsense": "x" } }),
        json!({ "fields": { "client_id": 7 } }),
    ] {
        let res = patch(body.clone(), &agent).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    }
    // Requesters may not use the agents' PATCH.
    let res = patch(json!({ "fields": { "client_id": "live-acme" } }), &token).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.text());

    let before = app.api(Method::GET, &path, Some(&agent), None).await.json();
    assert_eq!(before["fields"]["product"], "data");
    assert_eq!(before["fields"]["client_id"], "sandbox-acme-1a2b3c");

    // A correction that holds: normalized like filing (the UUID lower-cased,
    // the endpoint trimmed), the pivots follow, `null` clears.
    let res = patch(
        json!({
            "priority": "high",
            "fields": {
                "product": "payments",
                "simp_id": SIMP.to_uppercase(),
                "client_id": "live-acme",
                "error_message": "HTTP 504 gateway timeout",
                "endpoints": ["  POST /v1/payments  "],
                "x_request_id": null
            }
        }),
        &agent,
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let v = res.json();
    assert_eq!(v["priority"], "high");
    assert_eq!(v["fields"]["product"], "payments");
    assert_eq!(v["fields"]["simp_id"], SIMP);
    assert_eq!(v["fields"]["client_id"], "live-acme");
    assert_eq!(v["fields"]["endpoints"], json!(["POST /v1/payments"]));
    assert!(v["fields"].get("x_request_id").is_none());
    assert_eq!(v["subject"], "Accounts endpoint returns 502");

    assert_eq!(
        pivot(&app, &agent, &format!("simp_id={SIMP}")).await,
        vec![id]
    );
    assert_eq!(pivot(&app, &agent, "client_id=live-acme").await, vec![id]);
    assert!(
        pivot(&app, &agent, "client_id=sandbox-acme-1a2b3c")
            .await
            .is_empty()
    );
    assert!(
        pivot(
            &app,
            &agent,
            "x_request_id=c39df0fb-a684-447c-9fbc-3f24c288f608"
        )
        .await
        .is_empty()
    );
    // The agents' text search reads the corrected fields, not the old ones.
    let found = |q: &'static str| {
        let app = &app;
        async move {
            app.state
                .desk
                .store
                .search_text(q, 10)
                .await
                .unwrap()
                .iter()
                .map(|r| r.ticket.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(found("504").await, vec![id]);
    assert!(found("upstream").await.is_empty());

    // The audit log names the keys that changed, never the values.
    let shown = app.api(Method::GET, &path, Some(&agent), None).await.json();
    let event = shown["audit"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "fields_changed")
        .expect("a fields_changed event")
        .clone();
    assert_eq!(
        event["detail"]["fields"],
        json!([
            "client_id",
            "endpoints",
            "error_message",
            "product",
            "simp_id",
            "x_request_id"
        ])
    );
    assert!(!event.to_string().contains("live-acme"));

    // Sending the same values again changes nothing and records nothing.
    let res = patch(json!({ "fields": { "client_id": "live-acme" } }), &agent).await;
    assert_eq!(res.status, StatusCode::OK);
    let shown = app.api(Method::GET, &path, Some(&agent), None).await.json();
    let n = shown["audit"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "fields_changed")
        .count();
    assert_eq!(n, 1);
}

fn sidebar<'a>(client_id: &'a str, device: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("status", "new"),
        ("priority", "normal"),
        ("assignee_id", ""),
        ("tags", ""),
        ("incident_fields", "1"),
        ("product", "data"),
        ("simp_id", ""),
        ("client_id", client_id),
        ("occurred_at-date", "2026-11-28"),
        ("occurred_at-time", "09:41:00"),
        ("occurred_at-offset", "+01:00"),
        ("error_message", "HTTP 502 upstream_unavailable"),
        ("steps", "Call GET /v1/accounts with a valid consent"),
        ("endpoints", "GET /v1/accounts?limit=10"),
        ("request_mode", "sync"),
        ("task_id", ""),
        ("device", device),
        ("browser", "server"),
        ("debug_id", ""),
        ("x_request_id", "c39df0fb-a684-447c-9fbc-3f24c288f608"),
    ]
}

#[tokio::test]
async fn the_sidebar_corrects_fields_with_its_one_save() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    app.user("agent@desk.test", Role::Agent, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let mut a = Browser::new(&app);
    a.sign_in("agent@desk.test").await;
    let page_path = format!("/agent/tickets/{id}");
    let page = a.get(&page_path).await.text();
    // The fields are in the sidebar's form, with their kept values.
    assert!(page.contains("name=\"incident_fields\""));
    assert!(page.contains("id=\"fix-client_id\" name=\"client_id\" value=\"sandbox-acme-1a2b3c\""));
    assert!(!page.contains("name=\"subject\""));
    assert!(!page.contains("name=\"refresh_token\""));

    // Posting the form unchanged changes nothing.
    let res = a
        .post(&page_path, &sidebar("sandbox-acme-1a2b3c", "Linux server"))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    let page = a.get(&page_path).await.text();
    assert!(!page.contains("corrected the fields"));

    // A wrong client id: 422, the summary links to the sidebar's field,
    // nothing saved (not even the status).
    let mut bad = sidebar("no spaces allowed", "Linux server");
    bad[0] = ("status", "pending");
    let res = a.post(&page_path, &bad).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text();
    assert!(html.contains("href=\"#fix-client_id\""), "{html}");
    assert!(html.contains("<details class=\"fix-fields\" open>"));
    let t = app.state.desk.store.ticket(id).await.unwrap().unwrap();
    assert_eq!(t.status, domain::Status::New);
    assert_eq!(t.fields["client_id"], "sandbox-acme-1a2b3c");

    // A secret: refused, and shown back redacted.
    let res = a
        .post(
            &page_path,
            &sidebar("sandbox-acme-1a2b3c", "card 4539 1488 0343 6467"),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!res.text().contains("4539 1488"));

    // A good correction with the rest of the sidebar.
    let mut good = sidebar("live-acme", "macOS 15");
    good[1] = ("priority", "high");
    let res = a.post(&page_path, &good).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    let t = app.state.desk.store.ticket(id).await.unwrap().unwrap();
    assert_eq!(t.fields["client_id"], "live-acme");
    assert_eq!(t.fields["device"], "macOS 15");
    assert_eq!(t.priority, domain::Priority::High);
    let page = a.get(&page_path).await.text();
    assert!(
        page.contains("corrected the fields: Client id, Device"),
        "history names the fields"
    );
}

/// The sidebar's one save has one order (`app::tickets::save`, which the
/// API's PATCH takes too): the tags are screened before anything is
/// written, so a tag the guard refuses keeps nothing of the save — not the
/// corrected fields, not the status.
#[tokio::test]
async fn a_refused_tag_keeps_nothing_of_the_sidebar_save() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    app.user("agent@desk.test", Role::Agent, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let mut a = Browser::new(&app);
    a.sign_in("agent@desk.test").await;
    let page_path = format!("/agent/tickets/{id}");
    let mut save = sidebar("live-acme", "macOS 15");
    save[0] = ("status", "pending");
    save[3] = ("tags", "outage, it60x0542811101000000123456");
    let res = a.post(&page_path, &save).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!res.text().contains("0542811101000000123456"));
    let t = app.state.desk.store.ticket(id).await.unwrap().unwrap();
    assert_eq!(t.status, domain::Status::New);
    assert_eq!(t.fields["client_id"], "sandbox-acme-1a2b3c");
    let meta = app.state.desk.store.ticket_meta(id).await.unwrap().unwrap();
    assert!(meta.tags.is_empty(), "{:?}", meta.tags);

    // The same save with a clean tag keeps all of it.
    save[3] = ("tags", "outage");
    let res = a.post(&page_path, &save).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    let t = app.state.desk.store.ticket(id).await.unwrap().unwrap();
    assert_eq!(t.status, domain::Status::Pending);
    assert_eq!(t.fields["client_id"], "live-acme");
    let meta = app.state.desk.store.ticket_meta(id).await.unwrap().unwrap();
    assert_eq!(meta.tags, vec!["outage".to_owned()]);
}

#[tokio::test]
async fn an_agent_reads_about_the_requesters_organization_not_their_own() {
    let app = App::new().await;
    let acme = app.org("acme", false, &["sandbox-acme-1a2b3c"]).await;
    let (_, token) = app
        .user("ann@acme.test", Role::Requester, Some(&acme))
        .await;
    app.user("agent@desk.test", Role::Agent, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let mut a = Browser::new(&app);
    a.sign_in("agent@desk.test").await;
    let res = a
        .post(
            &format!("/agent/tickets/{id}"),
            &sidebar("live-elsewhere", "Linux server"),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text();
    assert!(
        html.contains("not registered for the requester&#39;s organization")
            || html.contains("not registered for the requester's organization"),
        "{html}"
    );
    assert!(!html.contains("for your organization"), "{html}");
    // The requester, filing the same value, reads about their own.
    let mut fields = incident();
    fields["fields"]["client_id"] = json!("live-elsewhere");
    let res = app.create_request(&token, fields).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
}
