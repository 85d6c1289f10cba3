//! Bad input gets a precise 4xx with a stable code, never a 500, and
//! nothing already stored is harmed.

use crate::{App, Browser, incident};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use domain::Role;
use serde_json::json;

async fn post_raw(app: &App, token: &str, content_type: &str, body: Vec<u8>) -> crate::Resp {
    let req = Request::post("/api/v1/requests")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .unwrap();
    app.send(req).await
}

#[tokio::test]
async fn malformed_bodies_get_stable_codes() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let stored = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let cases: Vec<(&str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "application/json",
            b"{\"subject\": ".to_vec(),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            "application/json",
            b"".to_vec(),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            "application/json",
            b"{} trailing".to_vec(),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            "application/json",
            b"{\"subject\": \"caf\xe9\"}".to_vec(),
            StatusCode::BAD_REQUEST,
            "invalid_utf8",
        ),
        (
            "text/plain",
            b"{}".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            "application/json",
            b"[1, 2]".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
        ),
        (
            "application/json",
            b"{\"subject\": 5}".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
        ),
        (
            "application/json",
            b"{\"colour\": \"blue\"}".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_field",
        ),
    ];
    for (ct, body, status, code) in cases {
        let shown = String::from_utf8_lossy(&body).into_owned();
        let res = post_raw(&app, &token, ct, body).await;
        assert_eq!(
            (res.status, res.error_code().as_str()),
            (status, code),
            "{shown}"
        );
    }
    let res = post_raw(
        &app,
        &token,
        "application/json",
        b"{\"colour\": \"blue\"}".to_vec(),
    )
    .await;
    assert_eq!(
        res.field_errors(),
        vec![("$".into(), "unknown_field".into())],
        "the object holding the unknown field is named, never the field (input is not echoed)"
    );
    assert!(!res.text().contains("colour"));
    let res = post_raw(
        &app,
        &token,
        "application/json",
        b"{\"subject\": 5}".to_vec(),
    )
    .await;
    assert_eq!(res.field_errors()[0].0, "subject");

    let mut wrong_type = incident();
    wrong_type["fields"]["device"] = json!(42);
    wrong_type["fields"]["endpoints"] = json!([1]);
    let res = app.create_request(&token, wrong_type).await;
    let mut errs = res.field_errors();
    errs.sort();
    assert_eq!(
        errs,
        vec![
            ("device".into(), "invalid_type".into()),
            ("endpoints".into(), "invalid_type".into())
        ]
    );

    // Nothing stored was harmed, and nothing new was stored.
    let list = app
        .api(Method::GET, "/api/v1/requests", Some(&token), None)
        .await
        .json();
    let ids: Vec<i64> = list["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![stored]);
}

#[tokio::test]
async fn oversized_bodies_get_413() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let mut body = incident();
    body["description"] = json!("x".repeat(1024 * 1024 + 10));
    let res = app.create_request(&token, body).await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large".into())
    );
    let mut browser = Browser::new(&app);
    browser.get("/signin").await;
    let res = browser
        .post("/signin", &[("email", &"a".repeat(1024 * 1024 + 10))])
        .await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn errors_speak_the_callers_language_with_the_same_code() {
    let app = App::new().await;
    let req = Request::get("/api/v1/requests")
        .header(header::ACCEPT_LANGUAGE, "it-IT,it;q=0.9")
        .body(Body::empty());
    let res = app.send(req.unwrap()).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(res.error_code(), "unauthorized");
    assert!(
        res.json()["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Accedi"),
        "{}",
        res.text()
    );
    let unknown = app.api(Method::GET, "/api/v1/nowhere", None, None).await;
    assert_eq!(
        (unknown.status, unknown.error_code()),
        (StatusCode::NOT_FOUND, "no_such_route".into())
    );
}

#[tokio::test]
async fn cookie_authenticated_api_writes_need_the_csrf_header() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut browser = Browser::new(&app);
    assert_eq!(
        browser.sign_in("ann@acme.test").await.status,
        StatusCode::SEE_OTHER
    );
    let cookies = format!(
        "sportello_session={}; sportello_csrf={}",
        browser.cookie("sportello_session").unwrap(),
        browser.cookie("sportello_csrf").unwrap()
    );
    let build = |csrf: Option<String>| {
        let mut req = Request::post("/api/v1/requests")
            .header(header::COOKIE, cookies.clone())
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(c) = csrf {
            req = req.header("x-csrf-token", c);
        }
        req.body(Body::from(incident().to_string())).unwrap()
    };
    let refused = app.send(build(None)).await;
    assert_eq!(
        (refused.status, refused.error_code()),
        (StatusCode::FORBIDDEN, "csrf_failed".into())
    );
    let wrong = app.send(build(Some("x".repeat(43)))).await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let ok = app.send(build(browser.cookie("sportello_csrf"))).await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.text());
    // Reads need no token.
    let req = Request::get("/api/v1/requests")
        .header(header::COOKIE, cookies)
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.send(req).await.status, StatusCode::OK);
}

/// A program's call with a bearer token needs no CSRF token and is handed
/// no cookie; a browser's page is.
#[tokio::test]
async fn bearer_calls_get_no_csrf_cookie_and_pages_do() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let created = app.create_request(&token, incident()).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let listed = app
        .api(Method::GET, "/api/v1/requests", Some(&token), None)
        .await;
    assert_eq!(listed.status, StatusCode::OK);
    for res in [&created, &listed] {
        assert!(
            res.headers.get(header::SET_COOKIE).is_none(),
            "{:?}",
            res.headers
        );
    }
    let page = app
        .send(Request::get("/hc/en").body(Body::empty()).unwrap())
        .await;
    assert!(
        page.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|v| v.to_str().unwrap().starts_with("sportello_csrf=")),
        "{:?}",
        page.headers
    );
}

#[tokio::test]
async fn html_forms_without_the_csrf_token_are_refused() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut browser = Browser::new(&app);
    browser.get("/signin").await;
    let res = browser
        .post_raw(
            "/signin",
            "email=ann%40acme.test&password=a+long+enough+password",
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(browser.cookie("sportello_session").is_none());
    let res = browser
        .post_raw(
            "/signin",
            "csrf_token=forged&email=ann%40acme.test&password=x",
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = browser
        .post_raw("/signin", "csrf_token=%FF%FE&email=x")
        .await;
    assert!(res.status.is_client_error(), "{}", res.status);
}
