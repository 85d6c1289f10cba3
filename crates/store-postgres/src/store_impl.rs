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

/// One new ticket as `insert_tickets_on` writes it: what was filed,
/// its SLA schedule, and the time it was filed.
type Filed<'a> = (&'a NewTicket, Option<&'a TicketSchedule>, OffsetDateTime);

/// Writes one ticket and everything that belongs to it on `conn`,
/// inside the caller's transaction, and reads it back.
async fn insert_ticket_on(
    conn: &mut Conn,
    t: &NewTicket,
    schedule: Option<&TicketSchedule>,
    now: OffsetDateTime,
) -> Result<Ticket> {
    let mut tickets = insert_tickets_on(conn, &[(t, schedule, now)]).await?;
    tickets.pop().ok_or(StoreError::NotFound)
}

/// Writes new tickets and everything that belongs to them on `conn`,
/// inside the caller's transaction, and reads them back in the order
/// given. Their derived columns (product, SLA due and breach times,
/// error signature) are written here, not by triggers updating the
/// rows just written (PostgreSQL's insert trigger sets the product
/// the same way). Each ticket row is one statement (its id is what
/// the rest hangs on); identifiers, sealed values, audit events and
/// the read-back are one statement each for the whole group, so a
/// burst pays for them once, not per ticket.
async fn insert_tickets_on(conn: &mut Conn, filed: &[Filed<'_>]) -> Result<Vec<Ticket>> {
    let ids = insert_ticket_rows(&mut *conn, filed).await?;
    let identifiers: Vec<(i64, &(String, Screened))> = ids
        .iter()
        .zip(filed)
        .flat_map(|(id, (t, _, _))| t.identifiers.iter().map(move |i| (*id, i)))
        .collect();
    insert_identifier_rows(&mut *conn, &identifiers).await?;
    let sealed: Vec<(i64, &NewSealedField)> = ids
        .iter()
        .zip(filed)
        .flat_map(|(id, (t, _, _))| t.sealed.iter().map(move |s| (*id, s)))
        .collect();
    if !sealed.is_empty() {
        let mut q = QueryBuilder::<Db>::new(
            "INSERT INTO sealed_values (ticket_id, key, ciphertext, destroy_after) ",
        );
        q.push_values(&sealed, |mut row, (id, s)| {
            row.push_bind(*id)
                .push_bind(&s.key)
                .push_bind(&s.ciphertext)
                .push_bind(s.destroy_after.unix_timestamp());
        });
        q.build().execute(&mut *conn).await.map_err(db_err)?;
    }
    let events: Vec<_> = ids
        .iter()
        .zip(filed)
        .map(|(id, (t, _, now))| {
            (
                *id,
                Some(t.requester_id),
                store_sql::new_tickets::created_detail(t),
                *now,
            )
        })
        .collect();
    audit_all(&mut *conn, "created", &events).await?;
    let sql = format!("{TICKET_SELECT} WHERE t.id {IN_IDS} ORDER BY t.id");
    let rows = sqlx::query(AssertSqlSafe(sql))
        .bind(ids_param(&ids)?)
        .fetch_all(&mut *conn)
        .await
        .map_err(db_err)?;
    let tickets = rows.iter().map(rows::ticket).collect::<Result<Vec<_>>>()?;
    // Everything above hung identifiers, sealed values and events on
    // `ids` by position: each ticket read back must be the one filed
    // at its place.
    let in_place = tickets.len() == filed.len()
        && tickets
            .iter()
            .zip(&ids)
            .zip(filed)
            .all(|((t, id), (f, _, _))| {
                t.id == *id && t.requester.id == f.requester_id && t.subject == f.subject.as_str()
            });
    if !in_place {
        return Err(StoreError::Database(
            "new tickets read back out of order".into(),
        ));
    }
    Ok(tickets)
}

/// The tickets' rows in one statement, their ids in the order given.
/// Ids come from one growing sequence, handed out row by row in the
/// order of the VALUES list, so sorted they are that order (RETURNING
/// itself promises none).
async fn insert_ticket_rows(conn: &mut Conn, filed: &[Filed<'_>]) -> Result<Vec<i64>> {
    let fields = filed
        .iter()
        .map(|(t, _, _)| store_sql::new_tickets::fields_json(t))
        .collect::<Result<Vec<_>>>()?;
    let mut q = QueryBuilder::<Db>::new(format!(
        "INSERT INTO tickets ({}) ",
        store_sql::new_tickets::TICKET_COLUMNS
    ));
    q.push_values(
        filed.iter().zip(&fields),
        |mut row, ((t, schedule, now), fields)| {
            for value in store_sql::new_tickets::ticket_values(t, *schedule, *now, fields) {
                match value {
                    store_sql::new_tickets::Value::Int(v) => row.push_bind(v),
                    store_sql::new_tickets::Value::Text(v) => row.push_bind(v),
                };
            }
        },
    );
    q.push(" RETURNING id");
    let mut ids: Vec<i64> = q
        .build_query_scalar()
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| match db_err(e) {
            StoreError::Conflict(_) => StoreError::Conflict("duplicate_submission"),
            other => other,
        })?;
    ids.sort_unstable();
    Ok(ids)
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
