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

/// Creates a ticket with everything that belongs to it (identifiers,
/// sealed values, its "created" event), its SLA due times and error
/// signature included, in one transaction, and reads it back. The derived
/// columns are written by the INSERT (`store_sql::new_tickets`), not by
/// triggers updating the row just written.
async fn create_ticket(
    store: &Store,
    t: NewTicket,
    schedule: Option<&TicketSchedule>,
    now: OffsetDateTime,
) -> Result<Ticket> {
    use store_sql::new_tickets::{self, TICKET_COLUMNS, TICKET_VALUES, Value};
    let mut tx = store.writes().begin().await.map_err(db_err)?;
    let fields = new_tickets::fields_json(&t)?;
    let marks: Vec<String> = (1..=TICKET_VALUES).map(|i| format!("${i}")).collect();
    let sql = format!(
        "INSERT INTO tickets ({TICKET_COLUMNS}) VALUES ({}) RETURNING id",
        marks.join(", ")
    );
    let mut insert = sqlx::query_scalar::<_, i64>(AssertSqlSafe(sql));
    for value in new_tickets::ticket_values(&t, schedule, now, &fields) {
        insert = match value {
            Value::Int(v) => insert.bind(v),
            Value::Text(v) => insert.bind(v),
        };
    }
    let id = insert
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match db_err(e) {
            StoreError::Conflict(_) => StoreError::Conflict("duplicate_submission"),
            other => other,
        })?;
    insert_identifiers(&mut tx, id, &t.identifiers).await?;
    for s in &t.sealed {
        sqlx::query(
            "INSERT INTO sealed_values (ticket_id, key, ciphertext, destroy_after) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(&s.key)
        .bind(&s.ciphertext)
        .bind(s.destroy_after.unix_timestamp())
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
    }
    let event = (
        id,
        Some(t.requester_id),
        new_tickets::created_detail(&t),
        now,
    );
    audit_all(&mut tx, "created", &[event]).await?;
    let sql = format!("{TICKET_SELECT} WHERE t.id = $1");
    let row = sqlx::query(AssertSqlSafe(sql))
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
    let ticket = rows::ticket(&row)?;
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
