//! The two faces, the JSON API (`src/api/`) and the HTML pages
//! (`src/pages/`), never import each other: what both need lives below
//! them (`app`, `src/common/`, `submit`, `workspace`, `help`). This reads
//! the sources, so a new import across the line fails here.

use std::path::{Path, PathBuf};

/// `api::attachments` is shared by the pages and inbound mail until it
/// moves into its own crate (`crates/files`, under way); it is the one
/// known crossing, and it may not grow.
const UNTIL_FILES_CRATE: &[(&str, &str)] = &[
    ("pages/attachments.rs", "crate::api::attachments"),
    ("pages/requests.rs", "crate::api::attachments"),
];

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
    out
}

/// Every place in `face` that names `other` (`crate::other`, `super::other`
/// or `super::super::other`).
fn crossings(src: &Path, face: &str, other: &str) -> Vec<String> {
    let mut found = Vec::new();
    for path in sources(&src.join(face)) {
        let rel = path
            .strip_prefix(src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for pattern in [
                format!("crate::{other}"),
                format!("super::{other}"),
                format!("super::super::{other}"),
            ] {
                let allowed = UNTIL_FILES_CRATE
                    .iter()
                    .any(|(file, what)| rel == *file && code.contains(what));
                if code.contains(&pattern) && !allowed {
                    found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn the_api_and_the_pages_never_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = crossings(&src, "api", "pages");
    found.extend(crossings(&src, "pages", "api"));
    assert!(
        found.is_empty(),
        "a face imports the other; move what both need below them:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_application_layer_knows_no_http() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/Cargo.toml"))
            .unwrap();
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap_or_default()
        .split("\n[")
        .next()
        .unwrap_or_default();
    for http in ["axum", "hyper", "tower", "http", "askama", "web", "sqlx"] {
        assert!(
            !deps
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{http}."))
                    || l.trim_start().starts_with(&format!("{http} "))),
            "crates/app depends on {http}"
        );
    }
}

/// Blocking work reaches a thread only through the bounded pool
/// (`common/blocking.rs`: lanes, a short wait, a deadline): no other
/// `spawn_blocking` (but `/healthz`'s, which reads a value found once),
/// and no handler hashes a password or renders Markdown on an async
/// worker — `auth` and `help` hold the pooled wrappers.
#[test]
fn blocking_work_goes_through_the_pool() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rules: &[(&str, &[&str])] = &[
        ("spawn_blocking", &["common/blocking.rs", "lib.rs"]),
        ("hash_password(", &["auth/mod.rs"]),
        ("verify_password(", &["auth/mod.rs"]),
        ("verify_password_dummy(", &["auth/mod.rs"]),
        ("render_markdown(", &["help.rs"]),
        ("translation_input(", &["help.rs"]),
        ("MessageParser::default()", &["mail/inbound.rs"]),
    ];
    let mut found = Vec::new();
    for path in sources(&src) {
        let rel = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for (call, allowed) in rules {
                if code.contains(call) && !allowed.contains(&rel.as_str()) {
                    found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "blocking work outside the pool; use `state.blocking.run`:\n{}",
        found.join("\n")
    );
}
