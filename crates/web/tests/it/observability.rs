//! `/metrics`, `/healthz` and `/readyz` as an operator's scraper and load
//! balancer see them.

use crate::{App, NOW, incident};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use domain::Role;
use store::MailStore;
use web::Settings;

async fn scrape(app: &App, token: Option<&str>) -> crate::Resp {
    let mut req = Request::builder().uri("/metrics");
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    app.send(req.body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn metrics_are_closed_without_a_token_and_scraped_with_it() {
    let closed = App::new().await;
    assert_eq!(scrape(&closed, None).await.status, StatusCode::NOT_FOUND);

    let app = App::with_settings(Settings {
        metrics_token: Some("scrape-me-please".into()),
        ..Settings::default()
    })
    .await;
    assert_eq!(scrape(&app, None).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        scrape(&app, Some("scrape-me-not")).await.status,
        StatusCode::UNAUTHORIZED
    );

    let org = app.org("acme", false, &["sandbox-acme-1a2b3c"]).await;
    let (_, token) = app.user("dev@acme.test", Role::Requester, Some(&org)).await;
    let created = app.create_request(&token, incident()).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let id = created.json()["id"].as_i64().unwrap();
    let shown = app
        .api(
            Method::GET,
            &format!("/api/v1/requests/{id}?q=querysecretvalue"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(shown.status, StatusCode::OK);
    let _ = app
        .api(
            Method::GET,
            "/api/v1/requests/987654321",
            Some(&token),
            None,
        )
        .await;
    let mail = app.store.mail_backlog(10).await.unwrap();

    let res = scrape(&app, Some("scrape-me-please")).await;
    assert_eq!(res.status, StatusCode::OK);
    let body = res.text();
    // Latency per route template and status class, never the path as sent.
    assert!(
        body.contains(
            r#"sportello_http_request_duration_seconds_count{method="GET",route="/api/v1/requests/{id}",status="2xx"} 1"#
        ),
        "{body}"
    );
    assert!(
        body.contains(
            r#"sportello_http_request_duration_seconds_count{method="GET",route="/api/v1/requests/{id}",status="4xx"} 1"#
        ),
        "{body}"
    );
    assert!(
        body.contains(r#"route="/api/v1/requests",status="2xx"} 1"#),
        "{body}"
    );
    assert!(!body.contains("987654321") && !body.contains("querysecretvalue"));
    assert!(body.contains("sportello_http_requests_in_flight"), "{body}");
    assert!(
        body.contains(&format!("sportello_mail_outbox_backlog {mail}")),
        "{body}"
    );
    // The incident was screened: the guard's totals moved.
    let scans: f64 = body
        .lines()
        .find_map(|l| l.strip_prefix("sportello_guard_scans_total "))
        .unwrap_or_else(|| panic!("{body}"))
        .parse()
        .unwrap();
    assert!(scans >= 1.0, "{body}");
    assert!(body.contains("sportello_ocr_seconds_total"), "{body}");
    // The pools answered this request, so they hold a connection; nothing
    // waits for the ticket writer once the request was answered.
    let gauge = |name: &str| -> i64 {
        body.lines()
            .find_map(|l| l.strip_prefix(&format!("sportello_{name} ")))
            .unwrap_or_else(|| panic!("no {name}: {body}"))
            .parse()
            .unwrap()
    };
    assert!(gauge("db_pool_connections") >= 1, "{body}");
    assert!(
        gauge("db_pool_idle") <= gauge("db_pool_connections"),
        "{body}"
    );
    assert_eq!(gauge("intake_queue_depth"), 0, "{body}");
    let _ = NOW;
}

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = App::new().await;
    let get = |path: &'static str| {
        let app = &app;
        async move {
            app.send(Request::builder().uri(path).body(Body::empty()).unwrap())
                .await
        }
    };
    let health = get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.json()["status"], "ok");
    let ready = get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.json()["status"], "ready");
    // A closed database is not ready.
    app.store.close().await;
    let down = get("/readyz").await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(down.json()["status"], "database_unavailable");
}
