//! New tickets, written in groups.
//!
//! A new ticket in a transaction of its own costs PostgreSQL about six
//! statements (each parsed, planned, executed and answered) and a commit,
//! whatever the ticket's size: at a million tickets that was 2.7 ms of
//! backend CPU a ticket, and intake stopped near 500 a second on two cores
//! (BENCHMARKS.md, "PostgreSQL, a million tickets, session 16"). So
//! submissions queue, and each writer takes whatever is waiting, up to
//! [`MAX_GROUP`], into one transaction of a few array statements: under
//! load the per-statement cost is shared, and a lone submission still goes
//! in at once (nothing waits for a group to fill).
//!
//! Two writers take groups in turn, so one group's statements run while
//! the other waits for its commit to reach the disk.
//!
//! Every caller still gets its own answer. If a group fails (a repeated
//! submit key, say), its transaction is rolled back and its tickets are
//! written again one transaction each, so one bad submission never takes
//! another down with it and nothing half-written remains.

use crate::{db_err, rows};
use sqlx::{AssertSqlSafe, PgConnection, PgPool};
use std::collections::HashMap;
use std::sync::Arc;
use store::{NOTIFIED_ACTIONS, Result, StoreError, Ticket};
use store_sql::intake_queue::{IntakeQueue, Submission as Job};
use store_sql::new_tickets::{self, TICKET_COLUMNS, TICKET_VALUES, Value};
use tokio::sync::{Mutex, mpsc};

/// At most this many tickets share a transaction, so one commit stays short.
const MAX_GROUP: usize = 64;
/// Writers taking groups in turn.
const WRITERS: usize = 2;
/// Submissions that may wait for a writer; past it `create` is `Busy`.
const QUEUE: usize = 4096;

/// Starts the writers; new tickets go in through the returned queue.
pub(crate) fn start(pool: PgPool) -> IntakeQueue {
    let (queue, submissions) = IntakeQueue::new(QUEUE);
    let submissions = Arc::new(Mutex::new(submissions));
    for _ in 0..WRITERS {
        tokio::spawn(run(pool.clone(), Arc::clone(&submissions)));
    }
    queue
}

async fn run(pool: PgPool, jobs: Arc<Mutex<mpsc::Receiver<Job>>>) {
    loop {
        let mut group = Vec::with_capacity(MAX_GROUP);
        // The lock is held only while waiting for work: the other writer
        // takes the next group while this one writes.
        if jobs.lock().await.recv_many(&mut group, MAX_GROUP).await == 0 {
            return;
        }
        write_group(&pool, group).await;
    }
}

async fn write_group(pool: &PgPool, group: Vec<Job>) {
    if group.len() > 1
        && let Ok(tickets) = insert_all(pool, &group).await
    {
        // A caller that went away still has its ticket stored.
        for (job, ticket) in group.into_iter().zip(tickets) {
            let _ = job.reply.send(Ok(ticket));
        }
        return;
    }
    // Alone, or the group was rolled back: each ticket gets its own
    // transaction and its own answer.
    for job in group {
        let written = insert_all(pool, std::slice::from_ref(&job))
            .await
            .and_then(|mut t| t.pop().ok_or(StoreError::NotFound));
        let _ = job.reply.send(written);
    }
}

/// The jobs' tickets with everything that belongs to them (identifiers,
/// sealed values, "created" events and their notifications), in one
/// transaction, each kind of row in one statement whatever the group's
/// size (arrays, so the statement's text, and its plan, is always the
/// same). The tickets answered are read back, as a read would return
/// them, in the order given.
async fn insert_all(pool: &PgPool, group: &[Job]) -> Result<Vec<Ticket>> {
    let mut tx = pool.begin().await.map_err(db_err)?;
    let ids = crate::seed::from_sequence(&mut tx, "tickets_id_seq", group.len()).await?;
    insert_tickets(&mut tx, &ids, group)
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => StoreError::Conflict("duplicate_submission"),
            other => other,
        })?;
    insert_identifiers(&mut tx, &ids, group).await?;
    insert_sealed(&mut tx, &ids, group).await?;
    insert_created_events(&mut tx, &ids, group).await?;
    let sql = format!("{} WHERE t.id = ANY($1)", rows::TICKET_SELECT);
    let read = sqlx::query(AssertSqlSafe(sql))
        .bind(&ids)
        .fetch_all(&mut *tx)
        .await
        .map_err(db_err)?;
    let mut by_id = HashMap::with_capacity(read.len());
    for row in &read {
        let ticket = rows::ticket(row)?;
        by_id.insert(ticket.id, ticket);
    }
    let tickets = ids
        .iter()
        .map(|id| by_id.remove(id).ok_or(StoreError::NotFound))
        .collect::<Result<Vec<_>>>()?;
    tx.commit().await.map_err(db_err)?;
    Ok(tickets)
}

/// One column of the tickets' rows, as an array to bind.
enum Column<'a> {
    Int(Vec<Option<i64>>),
    Text(Vec<Option<&'a str>>),
}

async fn insert_tickets(tx: &mut PgConnection, ids: &[i64], group: &[Job]) -> Result<()> {
    let fields = group
        .iter()
        .map(|job| new_tickets::fields_json(&job.ticket))
        .collect::<Result<Vec<_>>>()?;
    let rows: Vec<[Value<'_>; TICKET_VALUES]> = group
        .iter()
        .zip(&fields)
        .map(|(job, f)| new_tickets::ticket_values(&job.ticket, job.schedule.as_ref(), job.now, f))
        .collect();
    let Some(first) = rows.first() else {
        return Ok(());
    };
    // Every row gives each column the same kind of value.
    let mut columns: Vec<Column<'_>> = first
        .iter()
        .map(|v| match v {
            Value::Int(_) => Column::Int(Vec::with_capacity(rows.len())),
            Value::Text(_) => Column::Text(Vec::with_capacity(rows.len())),
        })
        .collect();
    for row in &rows {
        for (column, value) in columns.iter_mut().zip(row) {
            match (column, *value) {
                (Column::Int(c), Value::Int(v)) => c.push(v),
                (Column::Text(c), Value::Text(v)) => c.push(v),
                _ => return Err(StoreError::Database("a ticket column changed kind".into())),
            }
        }
    }
    let arrays: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| match c {
            Column::Int(_) => format!("${}::int8[]", i + 2),
            Column::Text(_) => format!("${}::text[]", i + 2),
        })
        .collect();
    let sql = format!(
        "INSERT INTO tickets (id, {TICKET_COLUMNS}) SELECT * FROM UNNEST($1::int8[], {})",
        arrays.join(", ")
    );
    let mut insert = sqlx::query(AssertSqlSafe(sql)).bind(ids);
    for column in columns {
        insert = match column {
            Column::Int(v) => insert.bind(v),
            Column::Text(v) => insert.bind(v),
        };
    }
    insert.execute(&mut *tx).await.map_err(db_err)?;
    Ok(())
}

async fn insert_identifiers(tx: &mut PgConnection, ids: &[i64], group: &[Job]) -> Result<()> {
    let (mut tickets, mut keys, mut values) = (Vec::new(), Vec::new(), Vec::new());
    for (id, job) in ids.iter().zip(group) {
        for (key, value) in &job.ticket.identifiers {
            tickets.push(*id);
            keys.push(key.as_str());
            values.push(value.as_str());
        }
    }
    if tickets.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO ticket_identifiers (ticket_id, key, value) \
         SELECT * FROM UNNEST($1::int8[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING",
    )
    .bind(tickets)
    .bind(keys)
    .bind(values)
    .execute(&mut *tx)
    .await
    .map_err(db_err)?;
    Ok(())
}

async fn insert_sealed(tx: &mut PgConnection, ids: &[i64], group: &[Job]) -> Result<()> {
    let (mut tickets, mut keys, mut ciphertexts, mut destroy) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (id, job) in ids.iter().zip(group) {
        for s in &job.ticket.sealed {
            tickets.push(*id);
            keys.push(s.key.as_str());
            ciphertexts.push(s.ciphertext.as_slice());
            destroy.push(s.destroy_after.unix_timestamp());
        }
    }
    if tickets.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO sealed_values (ticket_id, key, ciphertext, destroy_after) \
         SELECT * FROM UNNEST($1::int8[], $2::text[], $3::bytea[], $4::int8[])",
    )
    .bind(tickets)
    .bind(keys)
    .bind(ciphertexts)
    .bind(destroy)
    .execute(&mut *tx)
    .await
    .map_err(db_err)?;
    Ok(())
}

/// The "created" audit events, and the notifications they are owed.
async fn insert_created_events(tx: &mut PgConnection, ids: &[i64], group: &[Job]) -> Result<()> {
    let actors: Vec<i64> = group.iter().map(|j| j.ticket.requester_id).collect();
    let details: Vec<String> = group
        .iter()
        .map(|j| new_tickets::created_detail(&j.ticket))
        .collect();
    let at: Vec<i64> = group.iter().map(|j| j.now.unix_timestamp()).collect();
    let events = "INSERT INTO audit_events (ticket_id, actor_id, action, detail, at) \
         SELECT ticket_id, actor_id, 'created', detail, at \
         FROM UNNEST($1::int8[], $2::int8[], $3::text[], $4::int8[]) AS e(ticket_id, actor_id, detail, at)";
    let sql = if NOTIFIED_ACTIONS.contains(&"created") {
        format!(
            "WITH e AS ({events} RETURNING id) \
             INSERT INTO pending_notifications (event_id) SELECT id FROM e"
        )
    } else {
        events.to_owned()
    };
    sqlx::query(AssertSqlSafe(sql))
        .bind(ids)
        .bind(actors)
        .bind(details)
        .bind(at)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
    Ok(())
}
