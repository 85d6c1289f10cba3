//! The point reads every request makes (who holds this API token or
//! session, which client ids the requester's organization registered), run
//! on the caller's own thread.
//!
//! Through sqlx each statement is handed to a connection's worker thread
//! and its rows handed back, two thread wake-ups per statement; on the
//! intake path those hand-offs, not SQLite, were most of the server's CPU
//! (perf; BENCHMARKS.md, "SQLite, session 9: the request's own reads, the
//! WAL's pages"). These lookups are one indexed row each, a few
//! microseconds, so they run inline on a small pool of read-only
//! connections instead, and still read the database every time: a revoked
//! token or an expired session is refused on the next request, whichever
//! process changed it.

use crate::rusqlite_err;
use crate::store_impl::{org_by_id_select, session_user_select, token_user_select};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row};
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};
use std::time::Duration;
use store::{Org, Result, User};
use store_sql::{json, parse, ts};

/// Connections kept between requests; more are opened while more callers
/// run at once, and closed again.
const KEEP: usize = 4;

#[derive(Debug)]
pub(crate) struct Lookups {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

// The texts are the shared ones (`store_sql::store_impl!`), made once.
static TOKEN_USER: LazyLock<String> = LazyLock::new(token_user_select);
static SESSION_USER: LazyLock<String> = LazyLock::new(session_user_select);
static ORG: LazyLock<String> = LazyLock::new(org_by_id_select);

impl Lookups {
    pub(crate) fn new(path: &Path) -> Self {
        Lookups {
            path: path.to_owned(),
            idle: Mutex::new(Vec::new()),
        }
    }

    /// The database file the lookups read.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    fn with<T>(&self, read: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let conn = match idle {
            Some(conn) => conn,
            None => {
                let conn = Connection::open_with_flags(
                    &self.path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
                .map_err(rusqlite_err)?;
                conn.busy_timeout(Duration::from_secs(10))
                    .map_err(rusqlite_err)?;
                conn
            }
        };
        let answer = read(&conn).map_err(rusqlite_err);
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < KEEP
        {
            idle.push(conn);
        }
        answer
    }

    /// The token's user and when the token was last used (unix seconds).
    pub(crate) fn token_user(&self, token_hash: &str) -> Result<Option<(User, Option<i64>)>> {
        let found = self.with(|c| {
            c.prepare_cached(&TOKEN_USER)?
                .query_row([token_hash], |row| {
                    Ok((user_cells(row)?, row.get::<_, Option<i64>>("last_used_at")?))
                })
                .optional()
        })?;
        found
            .map(|(cells, last_used)| Ok((cells.user()?, last_used)))
            .transpose()
    }

    pub(crate) fn session_user(&self, id_hash: &str, now: i64) -> Result<Option<User>> {
        let found = self.with(|c| {
            c.prepare_cached(&SESSION_USER)?
                .query_row(rusqlite::params![id_hash, now], user_cells)
                .optional()
        })?;
        found.map(UserCells::user).transpose()
    }

    pub(crate) fn org(&self, id: i64) -> Result<Option<Org>> {
        let found = self.with(|c| {
            c.prepare_cached(&ORG)?
                .query_row([id], |row| {
                    Ok((
                        Org {
                            id: row.get("id")?,
                            slug: row.get("slug")?,
                            name: row.get("name")?,
                            shared: row.get("shared")?,
                            client_ids: Vec::new(),
                        },
                        row.get::<_, String>("client_ids")?,
                    ))
                })
                .optional()
        })?;
        found
            .map(|(org, ids)| {
                Ok(Org {
                    client_ids: json(&ids)?,
                    ..org
                })
            })
            .transpose()
    }
}

/// A user's columns as read, before the stored words are parsed (rusqlite's
/// row closure can only fail with its own error).
struct UserCells {
    id: i64,
    email: String,
    name: String,
    role: String,
    org_id: Option<i64>,
    org_shared: bool,
    locale: String,
    created_at: i64,
}

fn user_cells(row: &Row<'_>) -> rusqlite::Result<UserCells> {
    Ok(UserCells {
        id: row.get("id")?,
        email: row.get("email")?,
        name: row.get("name")?,
        role: row.get("role")?,
        org_id: row.get("org_id")?,
        org_shared: row.get("org_shared")?,
        locale: row.get("locale")?,
        created_at: row.get("created_at")?,
    })
}

impl UserCells {
    fn user(self) -> Result<User> {
        Ok(User {
            id: self.id,
            email: self.email,
            name: self.name,
            role: parse(&self.role)?,
            org_id: self.org_id,
            org_shared: self.org_shared,
            locale: parse(&self.locale)?,
            created_at: ts(self.created_at),
        })
    }
}
