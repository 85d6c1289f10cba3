//! The `Store` trait on PostgreSQL (`store_sql::store_impl!`), with what is
//! PostgreSQL's own: new tickets go through the group writer (`intake`).

store_sql::store_impl!();

fn load(store: &Store) -> store::StoreLoad {
    store::StoreLoad {
        connections: store.pool.size(),
        idle: u32::try_from(store.pool.num_idle()).unwrap_or(u32::MAX),
        intake_waiting: Some(store.intake.waiting()),
    }
}

/// A new ticket goes through the group writer (`intake`): its rows,
/// identifiers, sealed values and "created" event in one transaction with
/// the other tickets waiting, read back as a read would return it.
async fn create_ticket(
    store: &Store,
    t: NewTicket,
    schedule: Option<&TicketSchedule>,
    now: OffsetDateTime,
) -> Result<Ticket> {
    store.intake.create(t, schedule.cloned(), now).await
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
