//! The `Store` trait on PostgreSQL (`store_sql::store_impl!`), with what is
//! PostgreSQL's own: a new ticket in one transaction of its own.

store_sql::store_impl!();

fn load(store: &Store) -> store::StoreLoad {
    store::StoreLoad {
        connections: store.pool.size(),
        idle: u32::try_from(store.pool.num_idle()).unwrap_or(u32::MAX),
        intake_waiting: None,
    }
}

/// Creates a ticket with everything that belongs to it, its SLA due
/// times and error signature included, in one transaction.
async fn create_ticket(
    store: &Store,
    t: NewTicket,
    schedule: Option<&TicketSchedule>,
    now: OffsetDateTime,
) -> Result<Ticket> {
    let mut tx = store.writes().begin().await.map_err(db_err)?;
    let ticket = insert_ticket_on(&mut tx, &t, schedule, now).await?;
    tx.commit().await.map_err(db_err)?;
    Ok(ticket)
}

/// The token's user and when the token was last used (unix seconds).
async fn lookup_token_user(store: &Store, token_hash: &str) -> Result<Option<(User, Option<i64>)>> {
    let row = sqlx::query(AssertSqlSafe(token_user_select()))
        .bind(token_hash)
        .fetch_optional(store.reads())
        .await
        .map_err(db_err)?;
    row.map(|r| Ok((rows::user(&r)?, r.try_get("last_used_at").map_err(db_err)?)))
        .transpose()
}

async fn lookup_session_user(
    store: &Store,
    id_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<User>> {
    let row = sqlx::query(AssertSqlSafe(session_user_select()))
        .bind(id_hash)
        .bind(now.unix_timestamp())
        .fetch_optional(store.reads())
        .await
        .map_err(db_err)?;
    row.as_ref().map(rows::user).transpose()
}

async fn lookup_org(store: &Store, id: i64) -> Result<Option<Org>> {
    let row = sqlx::query(AssertSqlSafe(org_by_id_select()))
        .bind(id)
        .fetch_optional(store.reads())
        .await
        .map_err(db_err)?;
    row.as_ref().map(org).transpose()
}

/// `dialect::CLIENT_IDS` selects an array.
fn client_ids(row: &Row) -> Result<Vec<String>> {
    row.try_get("client_ids").map_err(db_err)
}
