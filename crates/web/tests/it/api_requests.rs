//! The requester's API: filing, listing, reading and replying.

use crate::{App, NOW, contains, incident};
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;

#[tokio::test]
async fn form_spec_is_published() {
    let app = App::new().await;
    let res = app
        .api(Method::GET, "/api/v1/forms/incident", None, None)
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let spec = res.json();
    let keys: Vec<&str> = spec["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["key"].as_str().unwrap())
        .collect();
    assert!(keys.contains(&"simp_id") && keys.contains(&"refresh_token"));
    let simp = spec["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "simp_id")
        .unwrap();
    assert_eq!(simp["required"]["when"], "if");
    assert_eq!(
        app.api(Method::GET, "/api/v1/forms/nope", None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_complete_incident_is_created_with_canonical_fields() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let res = app.create_request(&token, incident()).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let t = res.json();
    assert_eq!(t["status"], "new");
    assert_eq!(t["subject"], "Accounts endpoint returns 502");
    assert_eq!(
        t["fields"]["x_request_id"], "c39df0fb-a684-447c-9fbc-3f24c288f608",
        "UUIDs are lower-cased"
    );
    assert_eq!(t["fields"]["request_mode"], "sync", "default applied");
    assert_eq!(
        t["fields"]["endpoints"],
        json!(["GET /v1/accounts?limit=10"])
    );
    let id = t["id"].as_i64().unwrap();
    let again = app.create_request(&token, incident()).await.json();
    assert_eq!(again["id"].as_i64().unwrap(), id + 1, "sequential numbers");
}

#[tokio::test]
async fn every_missing_required_field_is_named_at_once() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let res = app.create_request(&token, json!({ "fields": {} })).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.error_code(), "validation_failed");
    let fields: Vec<String> = res
        .field_errors()
        .into_iter()
        .map(|(f, c)| format!("{f}:{c}"))
        .collect();
    assert_eq!(
        fields,
        [
            "subject",
            "product",
            "client_id",
            "occurred_at",
            "error_message",
            "steps",
            "endpoints",
            "device",
            "browser"
        ]
        .map(|f| format!("{f}:required"))
    );
    for field in res.json()["error"]["fields"].as_array().unwrap() {
        assert!(!field["message"].as_str().unwrap().is_empty());
    }
}

#[tokio::test]
async fn each_required_field_missing_is_refused_through_the_api() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    for key in [
        "product",
        "client_id",
        "occurred_at",
        "error_message",
        "steps",
        "endpoints",
        "device",
        "browser",
    ] {
        let mut body = incident();
        body["fields"].as_object_mut().unwrap().remove(key);
        let res = app.create_request(&token, body).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{key}");
        assert_eq!(
            res.field_errors(),
            vec![(key.to_owned(), "required".to_owned())],
            "{key}"
        );
    }
    let mut body = incident();
    body.as_object_mut().unwrap().remove("subject");
    assert_eq!(
        app.create_request(&token, body).await.field_errors(),
        vec![("subject".into(), "required".into())]
    );
}

#[tokio::test]
async fn conditional_rules_apply_through_the_api() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let with = |k: &str, v: serde_json::Value| {
        let mut b = incident();
        b["fields"][k] = v;
        b
    };
    let payments = with("product", json!("payments"));
    let res = app.create_request(&token, payments.clone()).await;
    assert_eq!(
        res.field_errors(),
        vec![("simp_id".into(), "required".into())]
    );
    let mut ok = payments;
    ok["fields"]["simp_id"] = json!("0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30");
    assert_eq!(
        app.create_request(&token, ok).await.status,
        StatusCode::CREATED
    );

    let batch = with("request_mode", json!("batch"));
    assert_eq!(
        app.create_request(&token, batch).await.field_errors(),
        vec![("task_id".into(), "required".into())]
    );

    let refresh = with("refresh_token", json!("opaque-refresh-value-123"));
    assert_eq!(
        app.create_request(&token, refresh.clone())
            .await
            .field_errors(),
        vec![("refresh_token".into(), "not_allowed".into())]
    );
    let mut allowed = refresh;
    allowed["fields"]["refresh_related"] = json!(true);
    let res = app.create_request(&token, allowed).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let t = res.json();
    assert_eq!(t["sealed"]["refresh_token"]["sealed"], true);
    assert!(t["fields"].get("refresh_token").is_none());
    assert!(
        !res.text().contains("opaque-refresh-value-123"),
        "sealed values are never sent back"
    );
    assert!(
        !contains(&app.data_bytes(), "opaque-refresh-value-123"),
        "sealed values are stored encrypted"
    );
}

#[tokio::test]
async fn client_id_must_be_registered_when_the_organization_has_some() {
    let app = App::new().await;
    let org = app.org("acme", false, &["acmepay"]).await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, Some(&org)).await;
    let res = app.create_request(&token, incident()).await;
    assert_eq!(
        res.field_errors(),
        vec![("client_id".into(), "unknown_client_id".into())]
    );
    let mut body = incident();
    body["fields"]["client_id"] = json!("acmepay");
    assert_eq!(
        app.create_request(&token, body).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn occurred_at_may_not_be_in_the_future() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let mut body = incident();
    body["fields"]["occurred_at"] = json!("2026-11-28T10:06:00Z");
    assert_eq!(
        app.create_request(&token, body.clone())
            .await
            .field_errors(),
        vec![("occurred_at".into(), "in_future".into())]
    );
    app.clock.advance(time::Duration::minutes(2));
    assert_eq!(
        app.create_request(&token, body).await.status,
        StatusCode::CREATED,
        "the clock moved on"
    );
    assert!(NOW < app.clock_now());
}

impl App {
    fn clock_now(&self) -> time::OffsetDateTime {
        use web::Clock;
        self.clock.now()
    }
}

#[tokio::test]
async fn requesters_list_read_and_reply() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let list = app
        .api(Method::GET, "/api/v1/requests", Some(&token), None)
        .await
        .json();
    assert_eq!(list["requests"].as_array().unwrap().len(), 1);
    assert_eq!(list["requests"][0]["id"], id);
    let res = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/comments"),
            Some(&token),
            Some(json!({ "body": "Any news?" })),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED);
    assert_eq!(res.json()["public"], true);
    let shown = app
        .api(
            Method::GET,
            &format!("/api/v1/requests/{id}"),
            Some(&token),
            None,
        )
        .await
        .json();
    assert_eq!(shown["comments"][0]["body"], "Any news?");
    let empty = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/comments"),
            Some(&token),
            Some(json!({ "body": "  " })),
        )
        .await;
    assert_eq!(
        empty.field_errors(),
        vec![("body".into(), "required".into())]
    );
    let filtered = app
        .api(
            Method::GET,
            "/api/v1/requests?status=solved",
            Some(&token),
            None,
        )
        .await
        .json();
    assert_eq!(filtered["requests"].as_array().unwrap().len(), 0);
    let bad = app
        .api(
            Method::GET,
            "/api/v1/requests?status=done",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(
        (bad.status, bad.error_code()),
        (StatusCode::UNPROCESSABLE_ENTITY, "invalid_value".into())
    );
}

#[tokio::test]
async fn duplicate_submits_with_an_idempotency_key_store_one_ticket() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let send = || {
        let req = axum::http::Request::post("/api/v1/requests")
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .header("idempotency-key", "submit-1")
            .body(axum::body::Body::from(incident().to_string()))
            .unwrap();
        app.send(req)
    };
    assert_eq!(send().await.status, StatusCode::CREATED);
    let second = send().await;
    assert_eq!(
        (second.status, second.error_code()),
        (StatusCode::CONFLICT, "duplicate_submission".into())
    );
    let list = app
        .api(Method::GET, "/api/v1/requests", Some(&token), None)
        .await
        .json();
    assert_eq!(list["requests"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn closed_requests_take_no_replies_and_replies_reopen_solved_ones() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/tickets/{id}");
    app.api(
        Method::PATCH,
        &path,
        Some(&agent),
        Some(json!({ "status": "solved" })),
    )
    .await;
    let comments = format!("/api/v1/requests/{id}/comments");
    app.api(
        Method::POST,
        &comments,
        Some(&token),
        Some(json!({ "body": "Still broken" })),
    )
    .await;
    assert_eq!(
        app.api(Method::GET, &path, Some(&agent), None).await.json()["status"],
        "open"
    );
    app.api(
        Method::PATCH,
        &path,
        Some(&agent),
        Some(json!({ "status": "closed" })),
    )
    .await;
    let res = app
        .api(
            Method::POST,
            &comments,
            Some(&token),
            Some(json!({ "body": "Hello?" })),
        )
        .await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::CONFLICT, "ticket_closed".into())
    );
}
