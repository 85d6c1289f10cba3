//! Debug ids: issued for a token, claims shown, the token sealed and never
//! on disk in plaintext, the hourly limit, revocation and purge at expiry.

use crate::*;
use axum::http::{Method, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use domain::Role;
use serde_json::json;
use store::SecretsStore;

pub fn jwt(client_id: &str, exp: i64) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(
        json!({"sub": "user-7", "client_id": client_id, "scope": "accounts payments", "exp": exp})
            .to_string(),
    );
    format!("{header}.{payload}.U2lnbmF0dXJlT2ZUaGVUb2tlbkl0c2VsZkxvbmdFbm91Z2g")
}

#[tokio::test]
async fn a_token_becomes_a_debug_id_and_never_lands_in_plaintext() {
    let app = App::new().await;
    let acme = app.org("acme", false, &["acmepay", "sandbox-acme"]).await;
    let (_, ann) = app
        .user("ann@acme.test", Role::Requester, Some(&acme))
        .await;
    let exp = NOW.unix_timestamp() + 3600;
    let token = jwt("acmepay", exp);
    let r = app
        .api(
            Method::POST,
            "/api/v1/debug-ids",
            Some(&ann),
            Some(json!({ "access_token": format!("Bearer {token}") })),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let v = r.json();
    let id = v["debug_id"].as_str().unwrap().to_owned();
    assert!(domain::form::is_debug_id(&id), "{id}");
    assert_eq!(v["client_id"], "acmepay");
    assert_eq!(v["scopes"], json!(["accounts", "payments"]));
    assert_eq!(v["expires_at"], "2026-11-28T11:00:00Z");
    assert!(!r.text().contains(&token));
    assert!(!contains(&app.data_bytes(), &token));
    let signature = token.rsplit('.').next().unwrap();
    assert!(!contains(&app.data_bytes(), signature));

    // An opaque token is kept 24 hours.
    let opaque = "opaque-4f9a1c7e2b8d6a0f3e5c9b1d7a2f4e6c";
    let r = app
        .api(
            Method::POST,
            "/api/v1/debug-ids",
            Some(&ann),
            Some(json!({ "access_token": opaque })),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(r.json()["expires_at"], "2026-11-29T10:00:00Z");
    assert_eq!(r.json()["client_id"], serde_json::Value::Null);
    assert!(!contains(&app.data_bytes(), opaque));

    // A client id the organization did not register is refused.
    let r = app
        .api(
            Method::POST,
            "/api/v1/debug-ids",
            Some(&ann),
            Some(json!({ "access_token": jwt("someone-else", exp) })),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.field_errors(),
        vec![("access_token".into(), "unknown_client_id".into())]
    );
    // So is an expired token, and an empty one.
    let r = app
        .api(
            Method::POST,
            "/api/v1/debug-ids",
            Some(&ann),
            Some(json!({ "access_token": jwt("acmepay", NOW.unix_timestamp() - 1) })),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .api(
            Method::POST,
            "/api/v1/debug-ids",
            Some(&ann),
            Some(json!({ "access_token": "" })),
        )
        .await;
    assert_eq!(
        r.field_errors(),
        vec![("access_token".into(), "required".into())]
    );

    // The owner sees the metadata; another requester does not.
    let (_, bob) = app.user("bob@other.test", Role::Requester, None).await;
    let path = format!("/api/v1/debug-ids/{id}");
    assert_eq!(
        app.api(Method::GET, &path, Some(&ann), None).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.api(Method::GET, &path, Some(&bob), None).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.api(Method::DELETE, &path, Some(&bob), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let list = app
        .api(Method::GET, "/api/v1/debug-ids", Some(&ann), None)
        .await;
    assert_eq!(list.json()["debug_ids"].as_array().unwrap().len(), 2);

    // Purged at expiry by the background job.
    app.clock.advance(time::Duration::hours(1));
    let counts = web::jobs::run_once(
        app.store.as_ref(),
        "test",
        web::Clock::now(app.clock.as_ref()),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(counts.debug_tokens, 1);
    let d = app.store.debug_id(&id).await.unwrap().unwrap();
    assert!(!d.token_held());

    // Revoking drops the token at once.
    let other = app
        .api(Method::GET, "/api/v1/debug-ids", Some(&ann), None)
        .await
        .json()["debug_ids"][0]["debug_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let del = app
        .api(
            Method::DELETE,
            &format!("/api/v1/debug-ids/{other}"),
            Some(&ann),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    let d = app.store.debug_id(&other).await.unwrap().unwrap();
    assert!(d.revoked_at.is_some() && !d.token_held());
}

#[tokio::test]
async fn debug_ids_are_rate_limited_per_user() {
    let app = App::new().await;
    let (_, ann) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, bob) = app.user("bob@acme.test", Role::Requester, None).await;
    let body = || Some(json!({ "access_token": "opaque-token-0123456789abcdef" }));
    for _ in 0..10 {
        let r = app
            .api(Method::POST, "/api/v1/debug-ids", Some(&ann), body())
            .await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let r = app
        .api(Method::POST, "/api/v1/debug-ids", Some(&ann), body())
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.error_code(), "rate_limited");
    let retry: i64 = r.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0 && retry <= 3600);
    // Another user is not affected.
    let r = app
        .api(Method::POST, "/api/v1/debug-ids", Some(&bob), body())
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    app.clock.advance(time::Duration::seconds(retry));
    let r = app
        .api(Method::POST, "/api/v1/debug-ids", Some(&ann), body())
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
}

#[tokio::test]
async fn the_page_issues_a_debug_id_with_a_curl_example() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    b.sign_in("ann@acme.test").await;
    let page = b.get("/hc/en/debug-ids").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Get a debug id"));
    assert!(page.text().contains("curl"));
    let token = "opaque-page-token-7d1e9b3a5c";
    let r = b.post("/hc/en/debug-ids", &[("access_token", token)]).await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert!(r.text().contains("dbg_"));
    assert!(!r.text().contains(token));
    assert!(!contains(&app.data_bytes(), token));
    let it = b.get("/hc/it/debug-ids").await;
    assert!(it.text().contains("Ottieni un debug id"));
}

/// The debug-id page can be found: from the Debug id field, from a token
/// refusal and from the profile; its curl example names this server.
#[tokio::test]
async fn the_debug_id_page_is_linked_where_a_token_would_be_pasted() {
    let app = App::new().await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let mut b = Browser::new(&app);
    b.sign_in("ann@acme.test").await;
    let link = "href=\"/hc/en/debug-ids\"";

    let form = b.get("/hc/en/requests/new").await.text();
    let field = &form[form.find("id=\"field-debug_id\"").unwrap()..];
    let field = &field[..field.find("</div>").unwrap()];
    assert!(field.contains(link), "beside the Debug id field");
    assert!(
        b.get("/profile").await.text().contains(link),
        "on the profile"
    );

    let mut fields = crate::pages::form_fields();
    let pasted = format!(
        "Authorization: Bearer {}",
        jwt("acmepay", NOW.unix_timestamp() + 600)
    );
    fields.retain(|(k, _)| *k != "error_message");
    fields.push(("error_message", &pasted));
    let refused = b.post("/hc/en/requests/new", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    // The refusal step names what was removed and offers a debug id.
    let review = &html[html.find("refusal-review").unwrap()..];
    let review = &review[..review.find("</div>").unwrap()];
    assert!(
        review.contains("We removed 1 access token from"),
        "{review}"
    );
    assert!(review.contains(link), "the refusal offers a debug id");

    let page = b.get("/hc/en/debug-ids").await.text();
    assert!(!page.contains("YOUR-SPORTELLO"));
    assert!(page.contains("curl -X POST http://localhost/api/v1/debug-ids"));
}
