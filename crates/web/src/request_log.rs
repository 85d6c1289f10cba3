//! One log line per request: method, route, status, time. The route is the
//! template the router matched (`/api/v1/debug-ids/{id}`), never the path
//! as sent: a path carries ids and, in the wrong place, tokens someone
//! pasted. Never the query string, never headers, never bodies.

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

/// What a request that matched no route is logged as.
const UNMATCHED: &str = "(no route)";

/// Runs on each route (a route layer), where the router has set the
/// template it matched, and hands it out on the response: the log line is
/// written outside the router, which never sees the match.
pub async fn mark_route(req: Request, next: Next) -> Response {
    let matched = req.extensions().get::<MatchedPath>().cloned();
    let mut res = next.run(req).await;
    if let Some(m) = matched {
        res.extensions_mut().insert(m);
    }
    res
}

pub async fn log(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let started = Instant::now();
    let res = next.run(req).await;
    let route = res
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED, |m| m.as_str())
        .to_owned();
    let status = res.status().as_u16();
    let micros = started.elapsed().as_micros();
    if res.status().is_server_error() {
        tracing::warn!(%method, %route, status, micros, "request");
    } else {
        tracing::info!(%method, %route, status, micros, "request");
    }
    res
}
