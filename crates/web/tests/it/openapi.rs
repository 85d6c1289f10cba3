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
    for (path, ops) in paths {
        let concrete = path.replace("{key}", "incident").replace("{id}", "1");
        for method in ops.as_object().unwrap().keys() {
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let res = app.api(m.clone(), &concrete, None, None).await;
            // Unauthenticated calls are refused, but the route exists: never
            // 404 or 405 for a documented path and method.
            assert!(
                res.status != StatusCode::NOT_FOUND && res.status != StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path} -> {}",
                res.status
            );
        }
    }
}
