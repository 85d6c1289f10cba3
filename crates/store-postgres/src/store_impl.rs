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

/// `dialect::CLIENT_IDS` selects an array.
fn client_ids(row: &Row) -> Result<Vec<String>> {
    row.try_get("client_ids").map_err(db_err)
}
