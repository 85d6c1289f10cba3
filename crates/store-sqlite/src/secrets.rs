//! Debug ids, reveals, scheduled destruction and job leases on SQLite.

store_sql::secrets!();

/// One upsert on the one writer: nobody else can be claiming meanwhile.
async fn claim_job(
    store: &Store,
    name: &str,
    holder: &str,
    now: i64,
    lease_secs: i64,
) -> Result<bool> {
    let claimed: Option<String> = sqlx::query_scalar(
        "INSERT INTO job_leases (name, holder, lease_until) VALUES (?1, ?2, ?3 + ?4) \
         ON CONFLICT(name) DO UPDATE SET holder = ?2, lease_until = ?3 + ?4 \
           WHERE job_leases.lease_until <= ?3 OR job_leases.holder = ?2 \
         RETURNING holder",
    )
    .bind(name)
    .bind(holder)
    .bind(now)
    .bind(lease_secs)
    .fetch_optional(store.writes())
    .await
    .map_err(db_err)?;
    Ok(claimed.as_deref() == Some(holder))
}
