//! The administrators' API: organizations, users and reveal grants, as the
//! command line makes them; nobody else may.

use crate::App;
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;

#[tokio::test]
async fn an_admin_makes_an_organization_a_user_and_a_reveal_grant() {
    let app = App::new().await;
    let (_, admin) = app.user("admin@desk.test", Role::Admin, None).await;
    let (agent_user, _) = app.user("agent@desk.test", Role::Agent, None).await;

    let org = app
        .api(
            Method::POST,
            "/api/v1/orgs",
            Some(&admin),
            Some(json!({"slug": "acme", "name": "Acme Pay", "shared": true, "client_ids": ["acmepay", "acmepay-sandbox"]})),
        )
        .await;
    assert_eq!(org.status, StatusCode::CREATED, "{}", org.text());
    let shown = app
        .api(Method::GET, "/api/v1/orgs/acme", Some(&admin), None)
        .await;
    assert_eq!(
        shown.json()["client_ids"],
        json!(["acmepay", "acmepay-sandbox"])
    );
    let again = app
        .api(
            Method::POST,
            "/api/v1/orgs",
            Some(&admin),
            Some(json!({"slug": "acme", "name": "Again"})),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text());

    let made = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(json!({"email": "dev@acme.test", "role": "requester", "org": "acme", "locale": "it", "password": "Tramonto sul lago 2026"})),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.text());
    assert!(
        !made.text().contains("Tramonto"),
        "the password is never echoed"
    );
    assert_eq!(made.json()["org_id"], org.json()["id"]);
    assert_eq!(made.json()["locale"], "it");
    assert!(
        !crate::contains(&app.data_bytes(), "Tramonto sul lago"),
        "only its hash is kept"
    );

    // The grant: an agent may be allowed, a requester may not.
    let agent_id = agent_user.id;
    let path = format!("/api/v1/users/{agent_id}/reveal");
    assert_eq!(
        app.api(Method::PUT, &path, Some(&admin), None).await.status,
        StatusCode::NO_CONTENT
    );
    let user = app
        .api(
            Method::GET,
            &format!("/api/v1/users/{agent_id}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(user.json()["can_reveal"], true);
    assert_eq!(
        app.api(Method::DELETE, &path, Some(&admin), None)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let user = app
        .api(
            Method::GET,
            &format!("/api/v1/users/{agent_id}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(user.json()["can_reveal"], false);
    let requester = made.json()["id"].as_i64().unwrap();
    let refused = app
        .api(
            Method::PUT,
            &format!("/api/v1/users/{requester}/reveal"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.error_code(), "reveal_needs_staff");
}

#[tokio::test]
async fn nobody_but_an_admin_may_and_bad_values_are_named() {
    let app = App::new().await;
    let (_, admin) = app.user("admin@desk.test", Role::Admin, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, requester) = app.user("dev@acme.test", Role::Requester, None).await;
    let body = json!({"slug": "acme", "name": "Acme"});
    for token in [&agent, &requester] {
        let r = app
            .api(
                Method::POST,
                "/api/v1/orgs",
                Some(token),
                Some(body.clone()),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = app
            .api(Method::PUT, "/api/v1/users/1/reveal", Some(token), None)
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
    let bad_slug = app
        .api(
            Method::POST,
            "/api/v1/orgs",
            Some(&admin),
            Some(json!({"slug": "Not A Slug!", "name": "x"})),
        )
        .await;
    assert_eq!(bad_slug.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad_slug.field_errors()[0].0, "slug");
    let secret_name = app
        .api(
            Method::POST,
            "/api/v1/orgs",
            Some(&admin),
            Some(json!({"slug": "acme", "name": "password: Tr0mbone!Sunset42"})),
        )
        .await;
    assert_eq!(secret_name.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!secret_name.text().contains("Tr0mbone"));
    let weak = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(json!({"email": "x@acme.test", "role": "agent", "password": "password123"})),
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!weak.text().contains("password123"));
    let unknown_org = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(json!({"email": "y@acme.test", "role": "agent", "org": "nowhere"})),
        )
        .await;
    assert_eq!(unknown_org.status, StatusCode::UNPROCESSABLE_ENTITY);
    let missing = app
        .api(Method::GET, "/api/v1/users/999", Some(&admin), None)
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}
