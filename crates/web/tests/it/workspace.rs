//! The agent workspace: identifier search, SLA timers on a controlled
//! clock, clustering thresholds, problems and incidents, macros, bulk
//! changes, unread replies and the dashboard.

use crate::{App, Browser, incident};
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::{Value, json};
use store::Store;
use time::Duration;
use web::Settings;

fn with_error(subject: &str, error: &str, request_id: &str) -> Value {
    let mut v = incident();
    v["subject"] = json!(subject);
    v["fields"]["error_message"] = json!(error);
    v["fields"]["x_request_id"] = json!(request_id);
    v
}

async fn file(app: &App, token: &str, body: Value) -> i64 {
    let r = app.create_request(token, body).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    r.json()["id"].as_i64().unwrap()
}

async fn get(app: &App, token: &str, path: &str) -> Value {
    app.api(Method::GET, path, Some(token), None).await.json()
}

fn uuid(n: u32) -> String {
    format!("{n:08x}-a684-447c-9fbc-3f24c288f608")
}

#[tokio::test]
async fn pasted_identifiers_find_tickets_exactly_and_text_searches_everything() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let a = file(
        &app,
        &dev,
        with_error("Accounts 502", "HTTP 502 upstream_unavailable", &uuid(1)),
    )
    .await;
    let mut other = with_error("Consent page blank", "blank page", &uuid(2));
    other["fields"]["client_id"] = json!("beta-client-9");
    let b = file(&app, &dev, other).await;

    // A UUID pasted in upper case finds its ticket by x_request_id only.
    let q = uuid(1).to_uppercase();
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/search?q={q}"),
            Some(&agent),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["match"], "identifier");
    let ids: Vec<i64> = r.json()["tickets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![a]);
    // A prefix is not an identifier match.
    let r = app
        .api(
            Method::GET,
            "/api/v1/search?q=00000001-a684",
            Some(&agent),
            None,
        )
        .await;
    assert_ne!(r.json()["match"], "identifier");
    // A client_id.
    let r = app
        .api(
            Method::GET,
            "/api/v1/search?q=beta-client-9",
            Some(&agent),
            None,
        )
        .await;
    assert_eq!(r.json()["match"], "identifier");
    assert_eq!(r.json()["tickets"][0]["id"], b);
    // Free text: fields and comments, not just subjects.
    let r = app
        .api(
            Method::GET,
            "/api/v1/search?q=upstream_unavailable",
            Some(&agent),
            None,
        )
        .await;
    assert_eq!(r.json()["match"], "text");
    assert_eq!(r.json()["tickets"][0]["id"], a);
    app.api(
        Method::POST,
        &format!("/api/v1/tickets/{b}/comments"),
        Some(&agent),
        Some(json!({"body": "Reproduced on the staging cluster", "public": false})),
    )
    .await;
    let r = app
        .api(
            Method::GET,
            "/api/v1/search?q=staging%20cluster",
            Some(&agent),
            None,
        )
        .await;
    assert_eq!(r.json()["tickets"][0]["id"], b);
    // Requesters may not search.
    let r = app
        .api(Method::GET, "/api/v1/search?q=x", Some(&dev), None)
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The HTML search box does the same.
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    let page = br.get(&format!("/agent?q={}", uuid(1))).await;
    assert!(page.text().contains(&format!("/agent/tickets/{a}")));
    assert!(!page.text().contains(&format!("/agent/tickets/{b}\"")));
    // Search results are not a view: no tab says it is the current page.
    assert!(!page.text().contains("aria-current=\"page\""));
    let view = br.get("/agent").await.text();
    assert!(
        view.contains("aria-current=\"page\""),
        "the New view is current"
    );
}

#[tokio::test]
async fn the_breaching_view_puts_the_longest_overdue_first() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    // Normal priority: a first reply is due 8 hours after filing.
    let older = file(&app, &dev, incident()).await;
    app.clock.advance(Duration::hours(2));
    let newer = file(&app, &dev, incident()).await;
    app.clock.advance(Duration::hours(9));
    let not_yet = file(&app, &dev, incident()).await;
    let ids = |v: &Value| -> Vec<i64> {
        v["tickets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_i64().unwrap())
            .collect()
    };
    let view = get(&app, &agent, "/api/v1/views/breaching").await;
    assert_eq!(ids(&view), vec![older, newer], "{view}");
    assert!(!ids(&view).contains(&not_yet));
    // Another order when asked for; pages follow the view's own order.
    let newest = get(&app, &agent, "/api/v1/views/breaching?sort=newest").await;
    assert_eq!(ids(&newest), vec![newer, older]);
    let first = get(&app, &agent, "/api/v1/views/breaching?limit=1").await;
    assert_eq!(ids(&first), vec![older]);
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let second = get(
        &app,
        &agent,
        &format!("/api/v1/views/breaching?limit=1&cursor={cursor}"),
    )
    .await;
    assert_eq!(ids(&second), vec![newer]);
    // The queue page shows the order it uses.
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    let page = br.get("/agent?view=breaching").await.text();
    assert!(
        page.contains(r#"<option value="breach" selected>"#),
        "{page}"
    );
    let page = br.get("/agent?view=new").await.text();
    assert!(page.contains(r#"<option value="newest" selected>"#));
}

#[tokio::test]
async fn sla_timers_follow_the_clock() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let id = file(&app, &dev, incident()).await;
    let path = format!("/api/v1/tickets/{id}/workspace");
    // Normal priority: first reply within 8 hours, resolution within 5 days.
    let v = get(&app, &agent, &path).await;
    assert_eq!(v["sla"]["first_reply"]["state"], "running");
    assert_eq!(v["sla"]["first_reply"]["remaining_secs"], 8 * 3600);
    assert_eq!(v["sla"]["resolution"]["remaining_secs"], 5 * 86_400);
    assert_eq!(
        get(&app, &agent, "/api/v1/views/breaching").await["count"],
        0
    );
    app.clock.advance(Duration::hours(9));
    let v = get(&app, &agent, &path).await;
    assert_eq!(v["sla"]["first_reply"]["state"], "breached");
    assert_eq!(v["sla"]["first_reply"]["overdue_secs"], 3600);
    assert_eq!(
        get(&app, &agent, "/api/v1/views/breaching").await["count"],
        1
    );
    // Raising the priority moves the due times.
    app.api(
        Method::PATCH,
        &format!("/api/v1/tickets/{id}"),
        Some(&agent),
        Some(json!({"priority": "low"})),
    )
    .await;
    assert_eq!(
        get(&app, &agent, &path).await["sla"]["first_reply"]["state"],
        "running"
    );
    app.api(
        Method::PATCH,
        &format!("/api/v1/tickets/{id}"),
        Some(&agent),
        Some(json!({"priority": "urgent"})),
    )
    .await;
    assert_eq!(
        get(&app, &agent, &path).await["sla"]["first_reply"]["state"],
        "breached"
    );
    // An internal note does not stop the first-reply clock; a public reply does.
    app.api(
        Method::POST,
        &format!("/api/v1/tickets/{id}/comments"),
        Some(&agent),
        Some(json!({"body": "looking", "public": false})),
    )
    .await;
    assert_eq!(
        get(&app, &agent, &path).await["sla"]["first_reply"]["state"],
        "breached"
    );
    app.api(
        Method::POST,
        &format!("/api/v1/tickets/{id}/comments"),
        Some(&agent),
        Some(json!({"body": "On it."})),
    )
    .await;
    let v = get(&app, &agent, &path).await;
    assert_eq!(v["sla"]["first_reply"]["state"], "met_late");
    assert_eq!(v["sla"]["resolution"]["state"], "breached");
    app.api(
        Method::PATCH,
        &format!("/api/v1/tickets/{id}"),
        Some(&agent),
        Some(json!({"status": "solved"})),
    )
    .await;
    assert_eq!(
        get(&app, &agent, &path).await["sla"]["resolution"]["state"],
        "met_late"
    );
    assert_eq!(
        get(&app, &agent, "/api/v1/views/breaching").await["count"],
        0
    );
    // The ticket page and the queue show the timers.
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    let page = br.get(&format!("/agent/tickets/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("met late"), "{}", page.text());
}

#[tokio::test]
async fn business_hours_pause_sla_time() {
    let mut settings = Settings::default();
    settings.workspace.business_hours = Some("mon-fri 09:00-18:00 +00:00".parse().unwrap());
    let app = App::with_settings(settings).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    // NOW is Saturday 2026-11-28 10:00 UTC: the clock starts Monday 09:00.
    let id = file(&app, &dev, incident()).await;
    let v = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets/{id}/workspace"),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(v["sla"]["first_reply"]["due_at"], "2026-11-30T17:00:00Z");
}

#[tokio::test]
async fn three_similar_errors_in_thirty_minutes_raise_a_possible_incident() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    // Spread out: 0, 20 and 40 minutes never put three in one window.
    let mut spread = vec![];
    for i in 0..3 {
        spread.push(
            file(
                &app,
                &dev,
                with_error(
                    &format!("slow {i}"),
                    &format!("Timeout after {}s on req_{i}8f3a2b91", 30 + i),
                    &uuid(10 + i),
                ),
            )
            .await,
        );
        app.clock.advance(Duration::minutes(20));
    }
    let v = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets/{}/workspace", spread[1]),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert!(v["possible_incident"].is_null(), "{v}");
    app.clock.advance(Duration::hours(2));
    // Two within the window: not yet.
    let first = file(
        &app,
        &dev,
        with_error(
            "502 a",
            "HTTP 502 upstream_unavailable request 1 at 2026-11-28T09:41:00Z",
            &uuid(20),
        ),
    )
    .await;
    app.clock.advance(Duration::minutes(10));
    file(
        &app,
        &dev,
        with_error(
            "502 b",
            "http 503 Upstream_unavailable request 77 at 2026-11-28T09:52:13Z",
            &uuid(21),
        ),
    )
    .await;
    assert_eq!(
        get(&app, &agent, "/api/v1/incidents").await["incidents"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // A different product does not count.
    let mut payments = with_error("502 c", "HTTP 502 upstream_unavailable", &uuid(22));
    payments["fields"]["product"] = json!("payments");
    payments["fields"]["simp_id"] = json!(uuid(23));
    file(&app, &dev, payments).await;
    assert_eq!(
        get(&app, &agent, "/api/v1/incidents").await["incidents"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // The third within 30 minutes does.
    app.clock.advance(Duration::minutes(15));
    file(
        &app,
        &dev,
        with_error(
            "502 d",
            "HTTP 504 upstream_unavailable request 9 at 2026-11-28T10:07:00Z",
            &uuid(24),
        ),
    )
    .await;
    let r = app
        .api(Method::GET, "/api/v1/incidents", Some(&agent), None)
        .await
        .json();
    assert_eq!(r["incidents"].as_array().unwrap().len(), 1, "{r}");
    assert_eq!(r["incidents"][0]["count"], 3);
    assert_eq!(r["incidents"][0]["product"], "data");
    let v = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets/{first}/workspace"),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(v["possible_incident"]["tickets_in_window"], 3);
    // The banner shows in the workspace and on the ticket.
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    assert!(br.get("/agent").await.text().contains("banner-incident"));
    assert!(
        br.get(&format!("/agent/tickets/{first}"))
            .await
            .text()
            .contains("banner-incident")
    );
    // The window slides on: an hour later it is over.
    app.clock.advance(Duration::hours(1));
    assert_eq!(
        get(&app, &agent, "/api/v1/incidents").await["incidents"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[tokio::test]
async fn the_clustering_threshold_is_configurable() {
    let mut settings = Settings::default();
    settings.workspace.cluster = domain::clustering::Rule {
        threshold: 2,
        window_secs: 300,
    };
    let app = App::with_settings(settings).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    file(&app, &dev, with_error("a", "Invalid consent 42", &uuid(1))).await;
    app.clock.advance(Duration::minutes(6));
    file(&app, &dev, with_error("b", "invalid consent 43", &uuid(2))).await;
    let r = app
        .api(Method::GET, "/api/v1/incidents", Some(&agent), None)
        .await
        .json();
    assert_eq!(r["incidents"].as_array().unwrap().len(), 0);
    app.clock.advance(Duration::minutes(2));
    file(&app, &dev, with_error("c", "invalid consent 44", &uuid(3))).await;
    let r = app
        .api(Method::GET, "/api/v1/incidents", Some(&agent), None)
        .await
        .json();
    assert_eq!(r["incidents"][0]["count"], 2, "{r}");
}

#[tokio::test]
async fn solving_a_problem_replies_to_and_solves_every_linked_ticket() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let (_, dev2) = app.user("dev2@beta.test", Role::Requester, None).await;
    let problem = file(
        &app,
        &dev,
        with_error("Data API outage", "HTTP 502", &uuid(1)),
    )
    .await;
    let a = file(&app, &dev, with_error("502 here", "HTTP 502", &uuid(2))).await;
    let b = file(&app, &dev2, with_error("502 too", "HTTP 502", &uuid(3))).await;
    let c = file(&app, &dev2, with_error("502 again", "HTTP 502", &uuid(4))).await;
    // Link one through the API, the others in bulk.
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/tickets/{a}/problem"),
            Some(&agent),
            Some(json!({"problem_id": problem})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let r = app
        .api(
            Method::POST,
            "/api/v1/tickets/bulk",
            Some(&agent),
            Some(json!({"ids": [b, c], "problem_id": problem, "add_tags": ["outage"]})),
        )
        .await;
    assert_eq!(r.json()["updated"], 2);
    // No chains.
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/tickets/{problem}/problem"),
            Some(&agent),
            Some(json!({"problem_id": a})),
        )
        .await;
    assert_eq!(
        (r.status, r.error_code()),
        (StatusCode::CONFLICT, "problem_is_linked".into())
    );
    // One linked ticket was already solved: it is left alone.
    app.api(
        Method::PATCH,
        &format!("/api/v1/tickets/{c}"),
        Some(&agent),
        Some(json!({"status": "solved"})),
    )
    .await;
    // A reply with a secret changes nothing.
    let r = app.api(Method::POST, &format!("/api/v1/tickets/{problem}/solve-problem"), Some(&agent), Some(json!({"body": "Fixed. Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets/{a}"),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_ne!(t["status"], "solved");
    let r = app.api(Method::POST, &format!("/api/v1/tickets/{problem}/solve-problem"), Some(&agent), Some(json!({"body": "The Data API gateway was restarted at 10:20 UTC; calls succeed again."}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let solved: Vec<i64> = r.json()["solved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert_eq!(solved, vec![b, a, problem]);
    for id in [a, b, problem] {
        let t = app
            .api(
                Method::GET,
                &format!("/api/v1/tickets/{id}"),
                Some(&agent),
                None,
            )
            .await
            .json();
        assert_eq!(t["status"], "solved");
        let last = t["comments"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["public"], true);
        assert!(
            last["body"]
                .as_str()
                .unwrap()
                .contains("gateway was restarted")
        );
    }
    // The requesters see the reply on their own requests.
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/requests/{b}"),
            Some(&dev2),
            None,
        )
        .await;
    assert!(r.text().contains("gateway was restarted"));
    // The linked tickets carry the tag; the view filter finds them.
    let r = app
        .api(
            Method::GET,
            "/api/v1/views/all?tag=outage",
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(r["count"], 2);
}

#[tokio::test]
async fn macros_fill_placeholders_and_set_status_and_tags() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let id = file(&app, &dev, incident()).await;
    // Built in: asks for the identifiers the ticket lacks, status pending.
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/tickets/{id}/macros/ask_missing"),
            Some(&agent),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let body = r.json()["body"].as_str().unwrap().to_owned();
    assert!(body.contains("Hello dev,"), "{body}");
    assert!(
        body.contains("Debug id") || body.contains("debug"),
        "{body}"
    );
    assert!(!body.contains("{{"), "{body}");
    let t = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets/{id}"),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(t["status"], "pending");
    let w = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets/{id}/workspace"),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(w["tags"], json!(["needs-info"]));
    // A stored macro.
    let r = app.api(Method::POST, "/api/v1/macros", Some(&agent), Some(json!({"title": "Client check", "body": "Hi {{requester.name}}, we checked {{ticket.client_id}}.", "status": "solved", "tags": ["checked"]}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let mid = r.json()["id"].as_i64().unwrap();
    let r = app
        .api(
            Method::POST,
            "/api/v1/macros",
            Some(&agent),
            Some(json!({"title": "Bad", "body": "Hi {{nobody.here}}"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/tickets/{id}/macros/{mid}"),
            Some(&agent),
            Some(json!({"public": true})),
        )
        .await;
    assert_eq!(r.json()["body"], "Hi dev, we checked sandbox-acme-1a2b3c.");
    let t = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets/{id}"),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(t["status"], "solved");
    // The browser form applies macros too.
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    let page = br.get(&format!("/agent/tickets/{id}")).await.text();
    assert!(page.contains("Client check"));
    let before = app.store.comments(id, true).await.unwrap().len();
    let r = br
        .post(
            &format!("/agent/tickets/{id}/macro"),
            &[("macro", "ask_missing"), ("visibility", "internal")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Nothing is sent: the composer opens with the macro filled in.
    assert_eq!(
        r.location(),
        format!("/agent/tickets/{id}?macro=ask_missing#reply")
    );
    assert_eq!(app.store.comments(id, true).await.unwrap().len(), before);
    let page = br
        .get(&format!("/agent/tickets/{id}?macro={mid}"))
        .await
        .text();
    let composer = &page[page.find("id=\"reply\"").unwrap()..];
    let composer = &composer[..composer.find("</form>").unwrap()];
    assert!(
        composer.contains("we checked sandbox-acme-1a2b3c"),
        "{composer}"
    );
    assert!(
        composer.contains("<option value=\"solved\" selected>"),
        "{composer}"
    );
    // The agent edits and sends; the macro's tags go on with it.
    let sent = br
        .post(
            &format!("/agent/tickets/{id}/comments"),
            &[
                (
                    "body",
                    "Hi, we checked sandbox-acme-1a2b3c: it works again.",
                ),
                ("status", "solved"),
                ("macro", &mid.to_string()),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let comments = app.store.comments(id, true).await.unwrap();
    assert_eq!(comments.len(), before + 1);
    assert_eq!(
        comments.last().unwrap().body,
        "Hi, we checked sandbox-acme-1a2b3c: it works again."
    );
    let r = br.get("/agent/macros").await;
    assert!(r.text().contains("Client check"));
}

#[tokio::test]
async fn views_filter_sort_page_and_bulk_change() {
    let app = App::new().await;
    let (agent_user, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let mut ids = vec![];
    for i in 0..5 {
        let mut v = with_error(&format!("t{i}"), "boom", &uuid(i));
        if i % 2 == 0 {
            v["fields"]["product"] = json!("payments");
            v["fields"]["simp_id"] = json!(uuid(100 + i));
        }
        ids.push(file(&app, &dev, v).await);
        app.clock.advance(Duration::minutes(1));
    }
    let r = app
        .api(Method::GET, "/api/v1/views", Some(&agent), None)
        .await
        .json();
    let new = r["views"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["key"] == "new")
        .unwrap()
        .clone();
    assert_eq!(new["count"], 5);
    let r = app
        .api(
            Method::GET,
            "/api/v1/views/new?product=payments&limit=2",
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(r["count"], 3);
    let page1: Vec<i64> = r["tickets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_i64().unwrap())
        .collect();
    assert_eq!(page1, vec![ids[4], ids[2]]);
    let cursor = r["next_cursor"].as_str().unwrap().to_owned();
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/views/new?product=payments&limit=2&cursor={cursor}"),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(r["tickets"][0]["id"], ids[0]);
    assert!(r["next_cursor"].is_null());
    let r = app
        .api(
            Method::GET,
            "/api/v1/views/new?sort=oldest&limit=1",
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(r["tickets"][0]["id"], ids[0]);
    let r = app
        .api(
            Method::GET,
            "/api/v1/views/new?sort=sideways",
            Some(&agent),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Bulk: assign and set status from the browser.
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    let page = br.get("/agent?view=new&product=payments").await;
    assert_eq!(page.status, StatusCode::OK);
    let me = agent_user.id.to_string();
    let (a, b) = (ids[0].to_string(), ids[2].to_string());
    let r = br
        .post(
            "/agent/bulk",
            &[
                ("ids", &a),
                ("ids", &b),
                ("status", "open"),
                ("assignee_id", &me),
                ("add_tags", "psd2"),
                ("back", "/agent?view=mine"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(r.location(), "/agent?view=mine");
    let r = app
        .api(Method::GET, "/api/v1/views/mine", Some(&agent), None)
        .await
        .json();
    assert_eq!(r["count"], 2);
    assert_eq!(r["tickets"][0]["tags"], json!(["psd2"]));
    let html = br.get("/agent?view=mine").await.text();
    assert!(html.contains("psd2"));
}

#[tokio::test]
async fn ticket_page_links_identifiers_to_logs_and_related_tickets() {
    let mut settings = Settings::default();
    settings.workspace.links.insert(
        "x_request_id".into(),
        "https://logs.example.com/search?q={value}".into(),
    );
    let app = App::with_settings(settings).await;
    app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let first = file(&app, &dev, incident()).await;
    let id = file(&app, &dev, with_error("again", "HTTP 502", &uuid(7))).await;
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    let page = br.get(&format!("/agent/tickets/{id}")).await.text();
    assert!(
        page.contains(&format!("https://logs.example.com/search?q={}", uuid(7))),
        "{page}"
    );
    assert!(page.contains(&format!("/agent/tickets/{first}")));
    // occurred_at in the agent's zone (cookie from app.js), relative with
    // the exact time on hover.
    br.cookies.push(("sportello_tz".into(), "60".into()));
    let page = br.get(&format!("/agent/tickets/{id}")).await.text();
    assert!(page.contains("28 Nov 2026, 09:41"), "{page}");
    assert!(page.contains("1 hour ago"), "{page}");
    assert!(page.contains("datetime=\"2026-11-28T08:41:00Z\""), "{page}");
}

#[tokio::test]
async fn requesters_see_unread_replies_until_they_open_them() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let id = file(&app, &dev, incident()).await;
    assert_eq!(get(&app, &dev, "/api/v1/notifications").await["count"], 0);
    app.api(
        Method::POST,
        &format!("/api/v1/tickets/{id}/comments"),
        Some(&agent),
        Some(json!({"body": "internal", "public": false})),
    )
    .await;
    assert_eq!(get(&app, &dev, "/api/v1/notifications").await["count"], 0);
    app.api(
        Method::POST,
        &format!("/api/v1/tickets/{id}/comments"),
        Some(&agent),
        Some(json!({"body": "We are on it."})),
    )
    .await;
    assert_eq!(get(&app, &dev, "/api/v1/notifications").await["count"], 1);
    let mut br = Browser::new(&app);
    br.sign_in("dev@acme.test").await;
    let home = br.get("/hc/en/").await.text();
    assert!(home.contains("unread-badge"), "{home}");
    let list = br.get("/hc/en/notifications").await.text();
    assert!(list.contains(&format!("/hc/en/requests/{id}")));
    br.get(&format!("/hc/en/requests/{id}")).await;
    assert_eq!(get(&app, &dev, "/api/v1/notifications").await["count"], 0);
    assert!(!br.get("/hc/en/").await.text().contains("unread-badge"));
    // Or through the API.
    app.api(
        Method::POST,
        &format!("/api/v1/tickets/{id}/comments"),
        Some(&agent),
        Some(json!({"body": "Fixed."})),
    )
    .await;
    assert_eq!(get(&app, &dev, "/api/v1/notifications").await["count"], 1);
    let r = app
        .api(
            Method::POST,
            "/api/v1/notifications/read",
            Some(&dev),
            Some(json!({"ticket_id": id})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(get(&app, &dev, "/api/v1/notifications").await["count"], 0);
}

#[tokio::test]
async fn dashboard_draws_svg_charts() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    for i in 0..3 {
        file(
            &app,
            &dev,
            with_error(&format!("d{i}"), "HTTP 502", &uuid(i)),
        )
        .await;
    }
    let r = app
        .api(Method::GET, "/api/v1/dashboard", Some(&agent), None)
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["top_errors"][0][2], 3);
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    let page = br.get("/agent/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.matches("<svg").count() >= 3, "{html}");
    // The error reads as its latest requester wrote it (as in the incident
    // banner), not as its internal signature.
    assert!(html.contains("Data API: HTTP 502"), "{html}");
    assert!(!html.contains("HTTP …") && !html.contains("http &lt;n&gt;"));
    assert!(!html.contains("&lt;n&gt;") && !html.contains("&#60;n&#62;"));
    // Every chart says what its colours mean.
    assert!(html.matches("class=\"legend\"").count() >= 3, "{html}");
    assert!(!html.contains("<script>") && !html.contains(" style="));
    // Requesters get no dashboard.
    br.sign_in("dev@acme.test").await;
    assert_eq!(
        br.get("/agent/dashboard").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_built_in_macro_asks_only_what_applies_in_the_requesters_language() {
    use domain::{Email, Locale};
    let app = App::new().await;
    app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let italian = app
        .store
        .create_user(
            store::NewUser {
                email: Email::parse("sviluppo@acme.test").unwrap(),
                name: ::guard::screen("Giulia").unwrap(),
                role: Role::Requester,
                org_id: None,
                locale: Locale::It,
                password_hash: Some(web::auth::hash_password("a long enough password")),
            },
            crate::NOW,
        )
        .await
        .unwrap();
    let token = web::auth::new_api_token();
    app.store
        .create_api_token(
            italian.id,
            &::guard::Screened::constant("test"),
            &web::auth::token_hash(&token),
            crate::NOW,
        )
        .await
        .unwrap();
    // A synchronous call (the default): no task id to ask for.
    let sync_id = file(&app, &token, incident()).await;
    let mut asynchronous = incident();
    asynchronous["fields"]["request_mode"] = json!("async");
    asynchronous["fields"]["task_id"] = json!(uuid(7));
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    // The agent reads English; the reply is drafted in Italian.
    let page = br
        .get(&format!("/agent/tickets/{sync_id}?macro=ask_missing"))
        .await
        .text();
    let composer = &page[page.find("id=\"reply\"").unwrap()..];
    let composer = &composer[..composer.find("</textarea>").unwrap()];
    assert!(composer.contains("Giulia"), "{composer}");
    assert!(composer.contains("Rispondi"), "{composer}");
    assert!(!composer.contains("Please reply"), "{composer}");
    assert!(!composer.to_lowercase().contains("task"), "{composer}");
    // An asynchronous call that gave its task id: English, still no task id.
    let async_id = file(&app, &dev, asynchronous).await;
    let page = br
        .get(&format!("/agent/tickets/{async_id}?macro=ask_missing"))
        .await
        .text();
    let composer = &page[page.find("id=\"reply\"").unwrap()..];
    let composer = &composer[..composer.find("</textarea>").unwrap()];
    assert!(composer.contains("Please reply"), "{composer}");
    assert!(
        !composer.to_lowercase().contains("task"),
        "has its task id: {composer}"
    );
}

#[tokio::test]
async fn one_save_changes_the_whole_sidebar() {
    let app = App::new().await;
    let (agent_user, _) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let problem = file(&app, &dev, incident()).await;
    let id = file(&app, &dev, incident()).await;
    let mut br = Browser::new(&app);
    br.sign_in("agent@desk.test").await;
    let page = br.get(&format!("/agent/tickets/{id}")).await.text();
    let sidebar = &page[page.find("class=\"properties\"").unwrap()..];
    let sidebar = &sidebar[..sidebar.find("</form>").unwrap()];
    for name in ["status", "priority", "assignee_id", "tags", "problem_id"] {
        assert!(sidebar.contains(&format!("name=\"{name}\"")), "{name}");
    }
    assert_eq!(
        page.matches("type=\"submit\" class=\"button button-primary\">Save<")
            .count(),
        1
    );
    let r = br
        .post(
            &format!("/agent/tickets/{id}"),
            &[
                ("status", "open"),
                ("priority", "high"),
                ("assignee_id", &agent_user.id.to_string()),
                ("tags", "outage, psd2"),
                ("problem_id", &format!("#{problem}")),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let t = app.store.ticket(id).await.unwrap().unwrap();
    assert_eq!(t.status, domain::Status::Open);
    assert_eq!(t.priority, domain::Priority::High);
    assert_eq!(t.assignee.map(|a| a.id), Some(agent_user.id));
    let meta = store::WorkspaceStore::ticket_meta(app.store.as_ref(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(meta.tags, vec!["outage", "psd2"]);
    assert_eq!(meta.problem_id, Some(problem));
    // Removing a word removes its tag; nothing else changes.
    let audit_before = app.store.audit_log(id).await.unwrap().len();
    let r = br
        .post(
            &format!("/agent/tickets/{id}"),
            &[
                ("status", "open"),
                ("priority", "high"),
                ("assignee_id", &agent_user.id.to_string()),
                ("tags", "outage"),
                ("problem_id", &problem.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let meta = store::WorkspaceStore::ticket_meta(app.store.as_ref(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(meta.tags, vec!["outage"]);
    assert_eq!(
        app.store.audit_log(id).await.unwrap().len(),
        audit_before + 1
    );
    // The composer: one send button, and a note looks like a note.
    let page = br.get(&format!("/agent/tickets/{id}")).await.text();
    let composer = &page[page.find("id=\"reply\"").unwrap()..];
    let composer = &composer[..composer.find("</form>").unwrap()];
    assert_eq!(composer.matches("type=\"submit\"").count(), 1, "{composer}");
    assert!(composer.contains("Send as Open"), "{composer}");
    assert!(composer.contains("Add note as Open"), "{composer}");
}

/// Past 1,000 tickets around one, its possible incident is counted to the
/// minute from the errors kept per minute rather than second by second:
/// two groups 29 minutes and a second apart fall in one thirty-minute
/// window by the second, but in no thirty whole minutes together.
#[tokio::test]
async fn a_burst_around_a_ticket_is_counted_to_the_minute() {
    use app::clock::Clock;
    use store::{NewTicket, ScreenedFields, ScreenedValue, TicketSchedule, WorkspaceStore};
    use store_sqlite::seed::SeedTicket;
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (dev_user, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let error = "HTTP 502 upstream_unavailable";
    let probe = file(&app, &dev, with_error("502", error, &uuid(1))).await;
    let meta = app.store.ticket_meta(probe).await.unwrap().unwrap();
    let signature = meta.error_signature.clone().unwrap();
    let minute = app.clock.now().unix_timestamp() / 60 + 1;
    let seeded = |created_at: i64| {
        let mut fields = ScreenedFields::new();
        fields.insert(
            "product".into(),
            ScreenedValue::Text(guard::screen("data").unwrap()),
        );
        let at = time::OffsetDateTime::from_unix_timestamp(created_at).unwrap();
        SeedTicket {
            ticket: NewTicket {
                form: "incident".into(),
                subject: guard::screen("502 again").unwrap(),
                description: None,
                requester_id: dev_user.id,
                org_id: None,
                priority: domain::Priority::Normal,
                fields,
                identifiers: vec![],
                sealed: vec![],
                seal_binding: None,
                submit_key: None,
            },
            schedule: TicketSchedule {
                first_reply_due: at + Duration::hours(8),
                resolution_due: at + Duration::days(5),
                error_signature: Some(guard::screen(signature.clone()).unwrap()),
            },
            created_at,
            assigned: None,
            comments: vec![],
            tags: vec![],
        }
    };
    let mut batch: Vec<SeedTicket> = (0..600).map(|_| seeded(minute * 60 + 59)).collect();
    batch.extend((0..600).map(|_| seeded((minute + 30) * 60)));
    app.store.seed_tickets(&batch).await.unwrap();
    app.clock.advance(Duration::seconds(
        (minute + 30) * 60 + 10 - app.clock.now().unix_timestamp(),
    ));
    let last = file(&app, &dev, with_error("502 z", error, &uuid(2))).await;
    let v = get(&app, &agent, &format!("/api/v1/tickets/{last}/workspace")).await;
    // The second group and the ticket itself share whole minutes; by the
    // second the first group would join them (1,201).
    assert_eq!(v["possible_incident"]["tickets_in_window"], 601, "{v}");
}
