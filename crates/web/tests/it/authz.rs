//! Who sees what: another requester's ticket is a 404, a shared
//! organization's is visible, agents see everything, notes stay internal.

use crate::{App, incident};
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;

#[tokio::test]
async fn the_authorization_matrix() {
    let app = App::new().await;
    let shared = app.org("shared", true, &[]).await;
    let private = app.org("private", false, &[]).await;
    let (_, owner) = app
        .user("owner@shared.test", Role::Requester, Some(&shared))
        .await;
    let (_, teammate) = app
        .user("mate@shared.test", Role::Requester, Some(&shared))
        .await;
    let (_, outsider) = app
        .user("out@private.test", Role::Requester, Some(&private))
        .await;
    let (_, loner) = app.user("loner@nowhere.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, admin) = app.user("admin@desk.test", Role::Admin, None).await;

    let id = app.create_request(&owner, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let show = format!("/api/v1/requests/{id}");
    let comment = format!("/api/v1/requests/{id}/comments");
    for (who, token, expected) in [
        ("owner", &owner, StatusCode::OK),
        ("shared-org teammate", &teammate, StatusCode::OK),
        ("other organization", &outsider, StatusCode::NOT_FOUND),
        ("no organization", &loner, StatusCode::NOT_FOUND),
        ("agent", &agent, StatusCode::OK),
        ("admin", &admin, StatusCode::OK),
    ] {
        assert_eq!(
            app.api(Method::GET, &show, Some(token), None).await.status,
            expected,
            "{who} reads"
        );
        let write = app
            .api(
                Method::POST,
                &comment,
                Some(token),
                Some(json!({ "body": "hi" })),
            )
            .await
            .status;
        let expected_write = if expected == StatusCode::OK {
            StatusCode::CREATED
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(write, expected_write, "{who} writes");
    }
    // A missing ticket and a forbidden one look the same.
    let missing = app
        .api(
            Method::GET,
            "/api/v1/requests/999999",
            Some(&outsider),
            None,
        )
        .await;
    let forbidden = app.api(Method::GET, &show, Some(&outsider), None).await;
    assert_eq!(missing.body, forbidden.body);

    // Lists follow the same rules.
    let count = |token: &str| {
        let app = &app;
        let token = token.to_owned();
        async move {
            app.api(Method::GET, "/api/v1/requests", Some(&token), None)
                .await
                .json()["requests"]
                .as_array()
                .unwrap()
                .len()
        }
    };
    assert_eq!(count(&teammate).await, 1);
    assert_eq!(count(&outsider).await, 0);

    // Private organizations do not share.
    let (_, colleague) = app
        .user("colleague@private.test", Role::Requester, Some(&private))
        .await;
    let private_id = app.create_request(&outsider, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let res = app
        .api(
            Method::GET,
            &format!("/api/v1/requests/{private_id}"),
            Some(&colleague),
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);

    // The agents' routes are for agents.
    for (method, path) in [
        (Method::GET, "/api/v1/tickets".to_owned()),
        (Method::GET, format!("/api/v1/tickets/{id}")),
        (Method::PATCH, format!("/api/v1/tickets/{id}")),
        (Method::POST, format!("/api/v1/tickets/{id}/comments")),
    ] {
        let body = (method != Method::GET).then(|| json!({ "body": "x", "status": "open" }));
        let res = app.api(method.clone(), &path, Some(&owner), body).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{method} {path}");
    }
}

#[tokio::test]
async fn no_or_bad_credentials_get_401() {
    let app = App::new().await;
    for path in ["/api/v1/requests", "/api/v1/tickets", "/api/v1/requests/1"] {
        let res = app.api(Method::GET, path, None, None).await;
        assert_eq!(
            (res.status, res.error_code()),
            (StatusCode::UNAUTHORIZED, "unauthorized".into()),
            "{path}"
        );
        assert_eq!(
            app.api(Method::GET, path, Some("spt_forged"), None)
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
}
