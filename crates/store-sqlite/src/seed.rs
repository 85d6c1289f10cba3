//! Bulk seeding for `sportello bench scale` (`store_sql::seed`). SQLite's
//! part: ids follow the largest taken (one writer, so nobody takes them
//! meanwhile), and the tickets' own rows of the FTS5 index are written by
//! the intake's statement, before the comment trigger numbers their
//! comments' rows after them.

store_sql::seed!();

async fn seed_ids(
    tx: &mut sqlx::SqliteConnection,
    tickets: usize,
    comments: usize,
) -> Result<(Vec<i64>, Vec<i64>)> {
    Ok((
        ids_after_max(tx, "tickets", tickets).await?,
        ids_after_max(tx, "comments", comments).await?,
    ))
}

async fn ids_after_max(
    tx: &mut sqlx::SqliteConnection,
    table: &'static str,
    n: usize,
) -> Result<Vec<i64>> {
    let first: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COALESCE(MAX(id), 0) + 1 FROM {table}"
    )))
    .fetch_one(&mut *tx)
    .await
    .map_err(db_err)?;
    Ok((first..first + n as i64).collect())
}

async fn index_seeded_text(tx: &mut sqlx::SqliteConnection, ids: &[i64]) -> Result<()> {
    crate::intake::index_text_of(tx, ids).await
}
