//! Throwaway databases for tests: `SPORTELLO_TEST_POSTGRES_URL` names a
//! server and a database to connect through (e.g.
//! `postgres://postgres@127.0.0.1:5432/test`); each test creates its own
//! fresh database next to it and drops it at the end.

use crate::db_err;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;
use std::str::FromStr;
use store::{Result, StoreError};

/// The variable that turns the PostgreSQL tests on.
pub const TEST_URL_VAR: &str = "SPORTELLO_TEST_POSTGRES_URL";

/// The server to test against, or None when the variable is unset.
pub fn test_url() -> Option<String> {
    std::env::var(TEST_URL_VAR).ok().filter(|v| !v.is_empty())
}

/// A database created for one test; `drop_database` removes it.
#[derive(Debug)]
pub struct ScratchDatabase {
    admin: PgConnectOptions,
    name: String,
    url: String,
}

impl ScratchDatabase {
    /// Creates `sportello_test_<random>` on the server `base_url` points to.
    pub async fn create(base_url: &str) -> Result<Self> {
        let admin = PgConnectOptions::from_str(base_url).map_err(db_err)?;
        let name = format!("sportello_test_{}", uuid::Uuid::new_v4().simple());
        let mut conn = admin.connect().await.map_err(db_err)?;
        // The name is ours (hex digits), so formatting it in is safe.
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .map_err(db_err)?;
        let url = replace_database(base_url, &name)?;
        Ok(ScratchDatabase { admin, name, url })
    }

    /// A URL for the new database, with the base URL's user, host and options.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Drops the database, ending any connection still open to it.
    pub async fn drop_database(self) -> Result<()> {
        let mut conn = self.admin.connect().await.map_err(db_err)?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        )))
        .execute(&mut conn)
        .await
        .map_err(db_err)?;
        Ok(())
    }
}

/// `postgres://u@h:5432/test?x=y` with the database `test` swapped for `name`.
fn replace_database(base_url: &str, name: &str) -> Result<String> {
    let bad = || StoreError::Database(format!("{TEST_URL_VAR} is not a postgres:// URL"));
    let (scheme, rest) = base_url.split_once("://").ok_or_else(bad)?;
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let authority = before_query.split('/').next().ok_or_else(bad)?;
    let mut url = format!("{scheme}://{authority}/{name}");
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::replace_database;

    #[test]
    fn the_database_part_of_the_url_is_swapped() {
        assert_eq!(
            replace_database("postgres://postgres@127.0.0.1:5432/test", "x").unwrap(),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            replace_database("postgresql://u:p@h/test?sslmode=disable", "x").unwrap(),
            "postgresql://u:p@h/x?sslmode=disable"
        );
        assert_eq!(
            replace_database("postgres://h", "x").unwrap(),
            "postgres://h/x"
        );
    }
}
