//! Debug ids, reveals, scheduled destruction and job leases on PostgreSQL.

store_sql::secrets!();

async fn claim_job(
    store: &Store,
    name: &str,
    holder: &str,
    now: i64,
    lease_secs: i64,
) -> Result<bool> {
    // The job's row exists from its first claim on (an expired lease
    // nobody holds), so the claim itself is a plain row lock.
    sqlx::query(
        "INSERT INTO job_leases (name, holder, lease_until) VALUES ($1, '', 0) \
         ON CONFLICT (name) DO NOTHING",
    )
    .bind(name)
    .execute(store.writes())
    .await
    .map_err(db_err)?;
    // SKIP LOCKED: while another instance is claiming (or finishing)
    // the job, this one does not wait for it; it simply does not get it.
    let claimed: Option<String> = sqlx::query_scalar(
        "UPDATE job_leases SET holder = $2, lease_until = $3 + $4 \
         WHERE name = (SELECT name FROM job_leases WHERE name = $1 \
           AND (lease_until <= $3 OR holder = $2) FOR UPDATE SKIP LOCKED) \
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
