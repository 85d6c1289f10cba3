//! The `Store` trait on PostgreSQL (`store_sql::store_impl!`), with what is
//! PostgreSQL's own: a new ticket in one transaction of its own.

store_sql::store_impl!();

/// Creates a ticket with everything that belongs to it, its SLA due
/// times and error signature included, in one transaction.
async fn create_ticket(
    store: &Store,
    t: NewTicket,
    schedule: Option<&TicketSchedule>,
    now: OffsetDateTime,
) -> Result<Ticket> {
    let mut tx = store.writes().begin().await.map_err(db_err)?;
    let fields =
        serde_json::to_string(&t.fields).map_err(|e| StoreError::Database(e.to_string()))?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO tickets (form, subject, description, status, priority, requester_id, org_id, fields, \
         submit_key, created_at, updated_at, first_reply_due_at, resolution_due_at, sla_breach_at, \
         error_signature, seal_binding) \
         VALUES ($1, $2, $3, 'new', $4, $5, $6, $7, $8, $9, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(&t.form)
    .bind(t.subject.as_str())
    .bind(t.description.as_deref())
    .bind(t.priority.as_str())
    .bind(t.requester_id)
    .bind(t.org_id)
    .bind(fields)
    .bind(t.submit_key.as_deref())
    .bind(now.unix_timestamp())
    .bind(schedule.map(|s| s.first_reply_due.unix_timestamp()))
    .bind(schedule.map(|s| s.resolution_due.unix_timestamp()))
    .bind(schedule.map(|s| s.breach_at().unix_timestamp()))
    .bind(schedule.and_then(|s| s.error_signature.as_deref()))
    .bind(t.seal_binding.as_deref())
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| match db_err(e) {
        StoreError::Conflict(_) => StoreError::Conflict("duplicate_submission"),
        other => other,
    })?;
    if !t.identifiers.is_empty() {
        let mut q =
            QueryBuilder::<Db>::new("INSERT INTO ticket_identifiers (ticket_id, key, value) ");
        q.push_values(&t.identifiers, |mut row, (key, value)| {
            row.push_bind(id).push_bind(key).push_bind(value.as_str());
        });
        q.push(" ON CONFLICT DO NOTHING");
        q.build().execute(&mut *tx).await.map_err(db_err)?;
    }
    for s in &t.sealed {
        sqlx::query(
            "INSERT INTO sealed_values (ticket_id, key, ciphertext, destroy_after) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(&s.key)
        .bind(&s.ciphertext)
        .bind(s.destroy_after.unix_timestamp())
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
    }
    audit(
        &mut tx,
        id,
        Some(t.requester_id),
        "created",
        serde_json::json!({ "form": t.form }),
        now,
    )
    .await?;
    let ticket = store
        .ticket_on(&mut tx, id)
        .await?
        .ok_or(StoreError::NotFound)?;
    tx.commit().await.map_err(db_err)?;
    Ok(ticket)
}

/// `dialect::CLIENT_IDS` selects an array.
fn client_ids(row: &Row) -> Result<Vec<String>> {
    row.try_get("client_ids").map_err(db_err)
}
