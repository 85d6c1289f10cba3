//! The OpenAPI document describes routes that exist.

use crate::App;
use axum::http::{Method, StatusCode};

#[tokio::test]
async fn every_documented_path_is_routed() {
    let app = App::new().await;
    let res = app
        .api(Method::GET, "/api/v1/openapi.json", None, None)
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 8);
    let bogus = app.api(Method::GET, "/api/v1/nope", None, None).await;
    assert_eq!(bogus.error_code(), "no_such_route");
    let wrong_method = app
        .api(Method::DELETE, "/api/v1/forms/incident", None, None)
        .await;
    assert_eq!(wrong_method.error_code(), "no_such_route");
    for (path, ops) in paths {
        let key = if path.starts_with("/api/v1/forms") {
            "incident"
        } else {
            "new"
        };
        let concrete = path
            .replace("{key}", key)
            .replace("{id}", "1")
            .replace("{debug_id}", "dbg_x");
        for method in ops.as_object().unwrap().keys() {
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let res = app.api(m.clone(), &concrete, None, None).await;
            // Calls may be refused or find no record, but the route exists.
            let code = serde_json::from_slice::<serde_json::Value>(&res.body)
                .ok()
                .and_then(|v| v["error"]["code"].as_str().map(str::to_owned));
            assert_ne!(code.as_deref(), Some("no_such_route"), "{method} {path}");
            assert_ne!(
                res.status,
                StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path}"
            );
        }
    }
}
