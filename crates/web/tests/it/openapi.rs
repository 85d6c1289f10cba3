//! The OpenAPI document is the API: every route has an operation, every
//! operation says what it answers (a schema for every body, errors
//! included) and what it takes, and every documented operation is routed.
//!
//! Routes and operations come from one registration (`utoipa_axum`'s
//! `routes!` in `src/api/`), so a route without an operation can only be
//! one added around it; the sources are read to catch that, and the router
//! is probed for methods the document does not list.

use crate::App;
use axum::http::{Method, StatusCode};
use serde_json::Value;
use std::path::{Path, PathBuf};

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

async fn document(app: &App) -> Value {
    let res = app
        .api(Method::GET, "/api/v1/openapi.json", None, None)
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(
        res.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    res.json()
}

fn concrete(path: &str) -> String {
    let key = if path.starts_with("/api/v1/forms") {
        "incident"
    } else {
        "new"
    };
    path.replace("{key}", key)
        .replace("{id}", "1")
        .replace("{cid}", "1")
        .replace("{slug}", "acme")
        .replace("{locale}", "en")
        .replace("{debug_id}", "dbg_x")
}

fn error_code(res: &crate::Resp) -> Option<String> {
    serde_json::from_slice::<Value>(&res.body)
        .ok()
        .and_then(|v| v["error"]["code"].as_str().map(str::to_owned))
}

#[tokio::test]
async fn every_documented_path_is_routed() {
    let app = App::new().await;
    let doc = document(&app).await;
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
        let concrete = concrete(path);
        for method in ops.as_object().unwrap().keys() {
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let res = app.api(m.clone(), &concrete, None, None).await;
            // Calls may be refused or find no record, but the route exists.
            let code = error_code(&res);
            assert_ne!(code.as_deref(), Some("no_such_route"), "{method} {path}");
            assert_ne!(
                res.status,
                StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path}"
            );
        }
    }
}

/// A method routed on a documented path is documented too: every other
/// method answers `no_such_route`.
#[tokio::test]
async fn no_method_is_routed_without_an_operation() {
    let app = App::new().await;
    let doc = document(&app).await;
    for (path, ops) in doc["paths"].as_object().unwrap() {
        let concrete = concrete(path);
        for method in METHODS {
            if ops.get(method).is_some() {
                continue;
            }
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let res = app.api(m, &concrete, None, None).await;
            assert_eq!(
                error_code(&res).as_deref(),
                Some("no_such_route"),
                "{method} {path} is routed but has no operation"
            );
        }
    }
}

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn api_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api")
}

/// Every route of the API goes through `routes!`, which registers the
/// handler's operation with it: nothing is routed with axum's own
/// `.route(…)` or `axum::routing::…`, which would leave it undocumented.
#[test]
fn every_api_route_is_registered_with_its_operation() {
    let mut found = vec![];
    for path in sources(&api_dir()) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if code.contains(".route(")
                || code.contains(".route_service(")
                || code.contains(".nest(")
                || code.contains("axum::routing")
            {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "routes outside routes!(…):\n{}",
        found.join("\n")
    );
}

/// A handler annotated with `#[utoipa::path(METHOD, path = "…")]`: its
/// method, path and whether its signature reads a body.
#[derive(Debug)]
struct Handler {
    method: String,
    path: String,
    takes_body: bool,
    file: String,
}

fn handlers() -> Vec<Handler> {
    let mut out = vec![];
    for file in sources(&api_dir()) {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("#[utoipa::path(") {
            rest = &rest[at + "#[utoipa::path(".len()..];
            let method = rest
                .trim_start()
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap()
                .to_owned();
            let path_at = rest.find("path = \"").unwrap() + "path = \"".len();
            let path = rest[path_at..].split('"').next().unwrap().to_owned();
            // The signature: from `fn` to the body's opening brace.
            let fn_at = rest.find("fn ").unwrap();
            let signature = rest[fn_at..].split(") ->").next().unwrap();
            let takes_body = ["JsonBody<", "Multipart", "Bytes", "Json<"]
                .iter()
                .any(|t| signature.contains(t));
            out.push(Handler {
                method,
                path: format!("/api/v1{path}"),
                takes_body,
                file: file.display().to_string(),
            });
        }
    }
    out
}

fn schema_of(content: &Value) -> bool {
    content.as_object().is_some_and(|types| {
        !types.is_empty()
            && types
                .values()
                .all(|t| t.get("schema").is_some_and(Value::is_object))
    })
}

/// Every operation answers with schemas: a success response, and every
/// response that has a body (all but 204) says its shape; every error
/// response is an error schema; an operation whose handler reads a body
/// documents it with a schema.
#[tokio::test]
async fn every_operation_has_its_schemas() {
    let app = App::new().await;
    let doc = document(&app).await;
    let paths = doc["paths"].as_object().unwrap();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let mut missing = vec![];
    let mut operations = 0;
    let mut ids = std::collections::BTreeSet::new();
    for (path, ops) in paths {
        for (method, op) in ops.as_object().unwrap() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            operations += 1;
            let id = op["operationId"].as_str().unwrap_or_default().to_owned();
            if id.is_empty() || !ids.insert(id.clone()) {
                missing.push(format!(
                    "{method} {path}: operation id {id:?} missing or repeated"
                ));
            }
            let responses = op["responses"].as_object().unwrap();
            if !responses.keys().any(|s| s.starts_with('2')) {
                missing.push(format!("{method} {path}: no success response"));
            }
            for (status, r) in responses {
                if status == "204" {
                    continue;
                }
                if !schema_of(&r["content"]) {
                    missing.push(format!("{method} {path} {status}: no response schema"));
                }
                if !status.starts_with('2') {
                    let schema = &r["content"]["application/json"]["schema"]["$ref"];
                    let name = format!("#/components/schemas/Error{status}");
                    if schema.as_str() != Some(name.as_str()) {
                        missing.push(format!("{method} {path} {status}: not an error schema"));
                    }
                }
            }
            // Where the API can be called without signing in, it says so;
            // everywhere else, signing in is a 401 it lists.
            let public = op["security"].as_array().is_some_and(|s| {
                s.iter()
                    .any(|r| r.as_object().is_some_and(|o| o.is_empty()))
            });
            if !public && !responses.contains_key("401") {
                missing.push(format!("{method} {path}: no 401"));
            }
        }
    }
    assert!(operations >= 50, "{operations} operations");
    for status in [400, 401, 403, 404, 409, 413, 415, 422, 429] {
        let s = &schemas[&format!("Error{status}")];
        let codes = &s["allOf"][1]["properties"]["error"]["properties"]["code"]["enum"];
        assert!(
            codes.as_array().is_some_and(|c| !c.is_empty()),
            "Error{status}: {s}"
        );
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    assert!(doc["components"]["securitySchemes"]["session"].is_object());

    let handlers = handlers();
    assert!(handlers.len() >= 50, "{} handlers", handlers.len());
    for h in &handlers {
        let Some(op) = paths.get(&h.path).and_then(|p| p.get(&h.method)) else {
            missing.push(format!(
                "{} {} ({}): not in the document",
                h.method, h.path, h.file
            ));
            continue;
        };
        if h.takes_body && !schema_of(&op["requestBody"]["content"]) {
            missing.push(format!(
                "{} {}: takes a body without a request schema",
                h.method, h.path
            ));
        }
    }
    // Every schema referenced is defined.
    let text = doc.to_string();
    for part in text.split("\"#/components/schemas/").skip(1) {
        let name = part.split('"').next().unwrap();
        if !schemas.contains_key(name) {
            missing.push(format!("schema {name} is referenced, not defined"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Every error code the sources can produce is in the `code` enum of its
/// status's schema: the literal codes of conflicts, refusals and limits
/// anywhere in the workspace.
#[test]
fn every_error_code_is_documented() {
    let all: Vec<&str> = web::error::CODES_BY_STATUS
        .iter()
        .flat_map(|(_, codes)| codes.iter().copied())
        .collect();
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut undocumented = vec![];
    for krate in std::fs::read_dir(&crates).unwrap() {
        let src = krate.unwrap().path().join("src");
        if !src.is_dir() {
            continue;
        }
        for file in sources(&src) {
            let text = std::fs::read_to_string(&file).unwrap();
            for pattern in ["Conflict(\"", "Refused(\"", "TooLarge(\""] {
                for part in text.split(pattern).skip(1) {
                    let code = part.split('"').next().unwrap();
                    // Codes the command line's own errors use never reach the API.
                    if code == "backup_target_exists" {
                        continue;
                    }
                    if !all.contains(&code) {
                        undocumented.push(format!("{}: {code}", file.display()));
                    }
                }
            }
        }
    }
    assert!(undocumented.is_empty(), "{}", undocumented.join("\n"));
}

/// What schemathesis found answered in plain text, outside the document:
/// a path segment that is not UTF-8 once decoded, and an upload that is
/// not multipart. Both are the API's JSON errors now, with the status
/// they had.
#[tokio::test]
async fn undecodable_paths_and_uploads_answer_the_error_shape() {
    let app = App::new().await;
    let (_, token) = app
        .user("req@example.com", domain::Role::Requester, None)
        .await;
    for path in [
        "/api/v1/requests/%FF",
        "/api/v1/forms/%C0",
        "/api/v1/help/articles/%FF",
    ] {
        let res = app.api(Method::GET, path, Some(&token), None).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(res.error_code(), "invalid_utf8", "{path}");
    }
    let res = app
        .send(
            axum::http::Request::post("/api/v1/requests/1/attachments")
                .header("authorization", format!("Bearer {token}"))
                .header("content-type", "multipart/form-data")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(res.error_code(), "malformed_form");
}
