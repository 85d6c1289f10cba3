//! API tokens through the API: made and shown once, listed without the
//! token, revoked; someone else's token is not found; a label carrying a
//! secret is refused.

use crate::App;
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;

#[tokio::test]
async fn a_token_made_through_the_api_works_until_revoked() {
    let app = App::new().await;
    let (_, ann) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, bob) = app.user("bob@other.test", Role::Requester, None).await;

    let made = app
        .api(
            Method::POST,
            "/api/v1/tokens",
            Some(&ann),
            Some(json!({ "label": "deploy pipeline" })),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.text());
    let token = made.json()["token"].as_str().unwrap().to_owned();
    let id = made.json()["id"].as_i64().unwrap();
    assert_eq!(made.json()["label"], "deploy pipeline");

    // It works, and the listing names it without showing it.
    let listed = app
        .api(Method::GET, "/api/v1/tokens", Some(&token), None)
        .await;
    assert_eq!(listed.status, StatusCode::OK);
    assert!(!listed.text().contains(&token));
    let labels: Vec<String> = listed.json()["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["label"].as_str().unwrap().to_owned())
        .collect();
    assert!(labels.contains(&"deploy pipeline".to_owned()), "{labels:?}");
    assert!(
        !crate::contains(&app.data_bytes(), &token),
        "only its hash is kept"
    );

    // Bob can neither see nor revoke it.
    let bobs = app
        .api(Method::GET, "/api/v1/tokens", Some(&bob), None)
        .await;
    assert!(!bobs.text().contains("deploy pipeline"));
    let path = format!("/api/v1/tokens/{id}");
    let denied = app.api(Method::DELETE, &path, Some(&bob), None).await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);
    assert_eq!(denied.error_code(), "not_found");

    let revoked = app.api(Method::DELETE, &path, Some(&ann), None).await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT);
    let after = app
        .api(Method::GET, "/api/v1/tokens", Some(&token), None)
        .await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    let again = app.api(Method::DELETE, &path, Some(&ann), None).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_label_with_a_secret_or_unknown_fields_is_refused() {
    let app = App::new().await;
    let (_, ann) = app.user("ann@acme.test", Role::Requester, None).await;
    let secret = app
        .api(
            Method::POST,
            "/api/v1/tokens",
            Some(&ann),
            Some(json!({ "label": "password: Tr0mbone!Sunset42" })),
        )
        .await;
    assert_eq!(
        secret.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        secret.text()
    );
    assert!(!secret.text().contains("Tr0mbone"));
    let unknown = app
        .api(
            Method::POST,
            "/api/v1/tokens",
            Some(&ann),
            Some(json!({ "label": "ci", "scopes": ["admin"] })),
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.text()
    );
    assert_eq!(unknown.error_code(), "unknown_field");
    let empty = app
        .api(
            Method::POST,
            "/api/v1/tokens",
            Some(&ann),
            Some(json!({ "label": "" })),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
}
