//! Hostile markup typed into every field comes back escaped on every page
//! that shows it; HSTS is sent when served over https.

use crate::{App, Browser, incident};
use axum::http::{Method, StatusCode, header};
use domain::Role;
use serde_json::json;

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(2)>",
    "<svg/onload=alert(3)>",
    "'><iframe src=javascript:alert(4)>",
    "</textarea><script>alert(5)</script>",
];

#[tokio::test]
async fn hostile_markup_is_escaped_everywhere_it_is_shown() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let mut ids = Vec::new();
    for p in PAYLOADS {
        let mut body = incident();
        body["subject"] = json!(format!("S {p}"));
        body["description"] = json!(format!("D {p}"));
        body["fields"]["error_message"] = json!(format!("E {p}"));
        body["fields"]["steps"] = json!(format!("St {p}"));
        body["fields"]["device"] = json!(format!("Dv {p}"));
        let res = app.create_request(&token, body).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
        let id = res.json()["id"].as_i64().unwrap();
        let reply = json!({ "body": format!("R {p}") });
        app.api(
            Method::POST,
            &format!("/api/v1/tickets/{id}/comments"),
            Some(&agent),
            Some(reply),
        )
        .await;
        ids.push(id);
    }
    let mut requester = Browser::new(&app);
    requester.sign_in("ann@acme.test").await;
    let mut desk = Browser::new(&app);
    desk.sign_in("agent@desk.test").await;
    let mut pages = vec![
        requester.get("/hc/en/requests").await.text(),
        desk.get("/agent?view=all").await.text(),
    ];
    for id in &ids {
        pages.push(requester.get(&format!("/hc/en/requests/{id}")).await.text());
        pages.push(desk.get(&format!("/agent/tickets/{id}")).await.text());
    }
    for page in &pages {
        for p in PAYLOADS {
            assert!(!page.contains(p), "raw payload {p:?} in a page");
        }
        assert!(
            !page.contains("<script>alert"),
            "no injected script element"
        );
        assert!(!page.contains("<img src=x"), "no injected element");
    }
    assert!(
        pages[2].contains("S &#60;script&#62;alert(1)"),
        "shown as text: {}",
        &pages[2][pages[2].find("<h1>").unwrap_or(0)..][..200]
    );
}

#[tokio::test]
async fn hsts_only_when_served_over_https() {
    let plain = App::new().await;
    let res = plain.api(Method::GET, "/hc/en/", None, None).await;
    assert!(res.headers.get(header::STRICT_TRANSPORT_SECURITY).is_none());
    let secure = App::with_settings(web::Settings {
        https: true,
        ..web::Settings::default()
    })
    .await;
    let res = secure.api(Method::GET, "/hc/en/", None, None).await;
    assert!(res.headers.get(header::STRICT_TRANSPORT_SECURITY).is_some());
    let cookie = res
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
}
