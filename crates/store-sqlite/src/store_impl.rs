//! The `Store` trait on SQLite (`store_sql::store_impl!`), with what is
//! SQLite's own: new tickets go through the group commit (`intake`).

store_sql::store_impl!();

/// Both pools the requests use (the checkpointer's is its own), and the
/// group commit's queue.
fn load(store: &Store) -> store::StoreLoad {
    let pools = [&store.write, &store.read];
    store::StoreLoad {
        connections: pools.iter().map(|p| p.size()).sum(),
        idle: pools
            .iter()
            .map(|p| u32::try_from(p.num_idle()).unwrap_or(u32::MAX))
            .sum(),
        intake_waiting: Some(store.intake.waiting()),
    }
}

async fn create_ticket(
    store: &Store,
    t: NewTicket,
    schedule: Option<&TicketSchedule>,
    now: OffsetDateTime,
) -> Result<Ticket> {
    store.intake.create(t, schedule.cloned(), now).await
}

/// The request path's point reads run inline (`lookups`).
async fn lookup_token_user(store: &Store, token_hash: &str) -> Result<Option<(User, Option<i64>)>> {
    store.lookups.token_user(token_hash)
}

async fn lookup_session_user(
    store: &Store,
    id_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<User>> {
    store.lookups.session_user(id_hash, now.unix_timestamp())
}

async fn lookup_org(store: &Store, id: i64) -> Result<Option<Org>> {
    store.lookups.org(id)
}

/// `dialect::CLIENT_IDS` selects a JSON array.
fn client_ids(row: &Row) -> Result<Vec<String>> {
    rows::json(row.try_get::<&str, _>("client_ids").map_err(db_err)?)
}
