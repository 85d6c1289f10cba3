//! Bulk seeding for `sportello bench scale` (`store_sql::seed`).
//! PostgreSQL's part: ids come from the tables' own sequences, so intake
//! after the seeding goes on from them, and the text index is written by
//! the insert triggers of migration 0005 (nothing to do here).

store_sql::seed!();

async fn seed_ids(
    tx: &mut sqlx::PgConnection,
    tickets: usize,
    comments: usize,
) -> Result<(Vec<i64>, Vec<i64>)> {
    Ok((
        from_sequence(tx, "tickets_id_seq", tickets).await?,
        from_sequence(tx, "comments_id_seq", comments).await?,
    ))
}

/// `n` new values of `sequence`, in order (the seeder's ids, and the
/// group writer's: `intake`).
pub(crate) async fn from_sequence(
    tx: &mut sqlx::PgConnection,
    sequence: &'static str,
    n: usize,
) -> Result<Vec<i64>> {
    sqlx::query_scalar("SELECT nextval($1::regclass) FROM generate_series(1, $2) ORDER BY 1")
        .bind(sequence)
        .bind(n as i64)
        .fetch_all(&mut *tx)
        .await
        .map_err(db_err)
}

async fn index_seeded_text(_tx: &mut sqlx::PgConnection, _ids: &[i64]) -> Result<()> {
    Ok(())
}
