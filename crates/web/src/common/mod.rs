//! What the JSON API and the HTML pages share, below both: neither face
//! imports the other (a test in `tests/it/layers.rs` checks it), so a rule
//! both need lives here, in `app`, or in the shared modules beside this one
//! (`submit`, `workspace`, `help`).

pub mod client;
pub mod debug_ids;
pub mod tokens;
pub mod workspace;

use store::{Scope, User};

/// Percent-encodes a string for a query parameter.
pub fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn requester_scope(user: &User) -> Scope {
    Scope::Requester {
        user_id: user.id,
        shared_org_id: user.org_id.filter(|_| user.org_shared),
    }
}

/// Identifier query parameters agents can pivot on, exactly.
pub const PIVOTS: &[&str] = &[
    "client_id",
    "x_request_id",
    "simp_id",
    "task_id",
    "debug_id",
];

/// Identifiers are stored in canonical form (UUIDs lower-case).
pub fn normalize_identifier(v: &str) -> String {
    v.trim().to_ascii_lowercase()
}
