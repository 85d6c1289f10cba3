//! In-process tests of every route: the router is called directly with
//! `oneshot`, on a real SQLite database in a temporary directory.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_debug_implementations
)]

mod admin;
mod api_requests;
mod api_tickets;
mod attachments;
mod authz;
mod bad_input;
mod debug_ids;
mod fields_correction;
mod guard;
mod help;
mod help_authoring;
mod hostile;
mod i18n;
mod layers;
mod mail;
mod observability;
mod openapi;
mod pages;
mod password_reset;
mod sealed;
mod signin;
mod tokens;
mod workspace;
mod xss;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use domain::{ClientId, Email, Locale, OrgSlug, Role};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use std::sync::Arc;
use store::{NewOrg, NewUser, Org, Store, User};
use store_sqlite::SqliteStore;
use time::macros::datetime;
use tower::ServiceExt;
use web::{AppState, FixedClock, Settings};

pub const NOW: time::OffsetDateTime = datetime!(2026-11-28 10:00 UTC);

pub struct App {
    pub router: Router,
    pub state: AppState,
    pub store: Arc<SqliteStore>,
    pub clock: Arc<FixedClock>,
    pub dir: tempfile::TempDir,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.text()))
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn location(&self) -> String {
        self.headers
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    }
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
    /// `(field, code)` pairs of a 422.
    pub fn field_errors(&self) -> Vec<(String, String)> {
        self.json()["error"]["fields"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|f| {
                        (
                            f["field"].as_str().unwrap().to_owned(),
                            f["code"].as_str().unwrap().to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl App {
    pub async fn new() -> App {
        Self::with_settings(Settings::default()).await
    }

    pub async fn with_settings(settings: Settings) -> App {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SqliteStore::open_dir(dir.path()).await.unwrap());
        let clock = Arc::new(FixedClock::new(NOW));
        let state = AppState::new(
            store.clone(),
            clock.clone(),
            settings,
            web::seal::Sealer::new(&[42u8; 32]).unwrap(),
        );
        App {
            router: web::router(state.clone()),
            state,
            store,
            clock,
            dir,
        }
    }

    pub async fn send(&self, req: Request<Body>) -> Resp {
        send_to(self.router.clone(), req).await
    }

    /// A JSON API call with a bearer token.
    pub async fn api(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Resp {
        self.send(api_request(method, path, token, body)).await
    }

    pub async fn org(&self, slug: &str, shared: bool, client_ids: &[&str]) -> Org {
        self.store
            .create_org(NewOrg {
                slug: OrgSlug::parse(slug).unwrap(),
                name: ::guard::screen(slug.to_uppercase()).unwrap(),
                shared,
                client_ids: client_ids
                    .iter()
                    .map(|c| ClientId::parse(c).unwrap())
                    .collect(),
            })
            .await
            .unwrap()
    }

    /// A user with an API token.
    pub async fn user(&self, email: &str, role: Role, org: Option<&Org>) -> (User, String) {
        let user = self
            .store
            .create_user(
                NewUser {
                    email: Email::parse(email).unwrap(),
                    name: ::guard::screen(email.split('@').next().unwrap()).unwrap(),
                    role,
                    org_id: org.map(|o| o.id),
                    locale: Locale::En,
                    password_hash: Some(web::auth::hash_password("a long enough password")),
                },
                NOW,
            )
            .await
            .unwrap();
        let token = web::auth::new_api_token();
        self.store
            .create_api_token(
                user.id,
                &::guard::Screened::constant("test"),
                &web::auth::token_hash(&token),
                NOW,
            )
            .await
            .unwrap();
        (user, token)
    }

    pub async fn create_request(&self, token: &str, body: Value) -> Resp {
        self.api(Method::POST, "/api/v1/requests", Some(token), Some(body))
            .await
    }

    /// Every byte under the data directory, for "nothing landed" checks.
    pub fn data_bytes(&self) -> Vec<u8> {
        let mut all = Vec::new();
        for entry in std::fs::read_dir(self.dir.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                all.extend(std::fs::read(path).unwrap());
            }
        }
        all
    }
}

/// A JSON API call with a bearer token, as a request (for [`send_to`] from
/// tasks of their own, or [`App::send`]).
pub fn api_request(
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Request<Body> {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .unwrap()
}

/// Sends `req` through `router` and reads the whole answer.
pub async fn send_to(router: Router, req: Request<Body>) -> Resp {
    let res = router.oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Resp {
        status,
        headers,
        body,
    }
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// A complete, valid incident for the Data API.
pub fn incident() -> Value {
    json!({
        "form": "incident",
        "subject": "Accounts endpoint returns 502",
        "description": "Started after our deploy at 09:30.",
        "fields": {
            "product": "data",
            "client_id": "sandbox-acme-1a2b3c",
            "occurred_at": "2026-11-28T09:41:00+01:00",
            "error_message": "HTTP 502 upstream_unavailable",
            "steps": "Call GET /v1/accounts with a valid consent",
            "endpoints": ["GET /v1/accounts?limit=10"],
            "device": "Linux server",
            "browser": "server",
            "x_request_id": "C39DF0FB-A684-447C-9FBC-3F24C288F608"
        }
    })
}

/// A browser: a cookie jar over the router, for the HTML pages.
pub struct Browser<'a> {
    pub app: &'a App,
    pub cookies: Vec<(String, String)>,
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a App) -> Self {
        Browser {
            app,
            cookies: vec![],
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn absorb(&mut self, headers: &HeaderMap) {
        for v in headers.get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            let pair = v.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.retain(|(k, _)| k != name);
            if !value.is_empty() && !v.contains("Max-Age=0") {
                self.cookies.push((name.to_owned(), value.to_owned()));
            }
        }
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let req = Request::get(path)
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .unwrap();
        let res = self.app.send(req).await;
        self.absorb(&res.headers);
        res
    }

    /// Posts a form with the CSRF token taken from the cookie.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        if self.cookie("sportello_csrf").is_none() {
            self.get("/signin").await;
        }
        let csrf = self.cookie("sportello_csrf").unwrap();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &csrf)];
        all.extend_from_slice(fields);
        self.post_raw(path, &serde_urlencoded::to_string(&all).unwrap())
            .await
    }

    pub async fn post_raw(&mut self, path: &str, body: &str) -> Resp {
        let req = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.to_owned()))
            .unwrap();
        let res = self.app.send(req).await;
        self.absorb(&res.headers);
        res
    }

    pub async fn sign_in(&mut self, email: &str) -> Resp {
        self.post(
            "/signin",
            &[
                ("email", email),
                ("password", "a long enough password"),
                ("next", "/"),
            ],
        )
        .await
    }
}
