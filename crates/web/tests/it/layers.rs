//! The two faces, the JSON API (`src/api/`) and the HTML pages
//! (`src/pages/`), never import each other: what both need lives below
//! them (`app`, `src/common/`, `workspace`, `help`). Nothing in `web`
//! changes the store itself: every write is a use case of `app`. This
//! reads the sources, so a new import across the line, or a write past
//! `app`, fails here.

use std::path::{Path, PathBuf};

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
                if code.contains(&pattern) {
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

/// Store methods that change something: by how their names begin (those
/// ending in `_`), or by name.
const WRITES: &[&str] = &[
    "create_",
    "update_",
    "delete_",
    "add_",
    "change_",
    "link_",
    "mark_",
    "revoke_",
    "save_",
    "set_",
    "enqueue_",
    "reveal_",
    "solve_",
    "complete_",
    "queue_",
    "claim_",
    "finish_job",
    "purge_",
    "hc_create_",
    "hc_update_",
    "hc_delete_",
    "hc_save_",
    "hc_record_",
    "hc_add_",
    "hc_edit_",
    "hc_set_",
    "hc_vote",
    "rate_limit_hit",
    "comment_on",
];

/// The store method called after each `.store` in `text` (across line
/// breaks: `state.desk\n    .store\n    .create_macro(`).
fn store_calls(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(at) = rest.find(".store") {
        let after = &rest[at + ".store".len()..];
        let next = after.trim_start();
        if !after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
            && let Some(call) = next.strip_prefix('.')
        {
            let name: String = call
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let line = text[..offset + at].lines().count().max(1);
            out.push((line, name));
        }
        offset += at + ".store".len();
        rest = &rest[at + ".store".len()..];
    }
    out
}

/// The faces (`api/`, `pages/`) and the rest of the edge (mail, jobs,
/// auth) alike: every write is a use case of `app`, with no exceptions.
#[test]
fn the_faces_write_only_through_the_application_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for path in sources(&src) {
        let rel = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).unwrap();
        for (line, name) in store_calls(&text) {
            let write = WRITES.iter().any(|w| {
                if w.ends_with('_') {
                    name.starts_with(w)
                } else {
                    name == *w
                }
            });
            if write {
                found.push(format!("{rel}:{line}: .store.{name}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "web writes to the store itself; make it a use case in `app`:\n{}",
        found.join("\n")
    );
}

#[test]
fn store_calls_are_found_across_lines() {
    let calls =
        store_calls("let x = state.desk\n    .store\n    .create_macro(m);\nstate.stores.x");
    assert_eq!(calls, vec![(2, "create_macro".to_owned())]);
}
