//! New tickets, written in groups by a thread of their own.
//!
//! An incident brings bursts of submissions, and SQLite has one writer. Each
//! transaction of its own pays for a commit (WAL frames for every page it
//! touched, a new full-text segment) and for waking the writer. So
//! submissions that arrive while the writer is busy queue up and go in
//! together, one transaction for the lot: under load the cost of a commit is
//! shared, and a lone submission still goes in at once (nothing waits for a
//! batch to fill).
//!
//! The group is written on a dedicated thread through a connection of its
//! own (rusqlite), every statement a call on that thread. Through sqlx each
//! statement, and each row it returned, was a hand-off to the connection's
//! worker thread and back: with about thirty of them per group, those
//! wake-ups were a third of the writer's CPU (perf; BENCHMARKS.md, "SQLite,
//! session 10"). While it writes, the thread holds the store's one sqlx
//! write connection, so the store's other writes and the checkpointer's
//! pauses wait in that pool as before and SQLite never arbitrates between
//! two writers.
//!
//! Every caller still gets its own answer. If any ticket of a group fails
//! (a repeated submit key, say), the group's transaction is rolled back and
//! its tickets are written again one transaction each, so one bad submission
//! never takes another down with it and nothing half-written remains.

use crate::checkpoint::{self, WalFill};
use crate::rusqlite_err;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use sqlx::SqlitePool;
use std::path::Path;
use std::sync::{Arc, LazyLock};
use std::time::Duration;
use store::{NewTicket, Person, Result, StoreError, Ticket};
use store_sql::intake_queue::{IntakeQueue, Submission as Job};
use store_sql::new_tickets::{self, TICKET_COLUMNS, TICKET_VALUES, Value};
use store_sql::{json, ts};
use tokio::sync::mpsc;

/// At most this many tickets share a transaction, so one commit stays short.
const MAX_GROUP: usize = 64;
/// How long the writer's statements wait for a lock another process holds.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a group keeps taking in submissions that arrive while it is
/// written, before it commits.
/// Half a millisecond about doubled the group at 16 submissions in flight
/// (12 tickets a commit instead of 7, a quarter fewer WAL pages a ticket);
/// longer made the slowest submissions wait for the whole group.
const LINGER: Duration = Duration::from_micros(500);

/// Submissions that may wait for the writer; past it `create` is `Busy`.
/// At the measured intake rate this is about two seconds of work.
pub(crate) const QUEUE: usize = 4096;

/// The statements a group is written with, prepared once per connection
/// (rusqlite's statement cache).
static TICKET_INSERT: LazyLock<String> = LazyLock::new(|| {
    let marks: Vec<String> = (1..=TICKET_VALUES).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO tickets ({TICKET_COLUMNS}) VALUES ({})",
        marks.join(", ")
    )
});
const IDENTIFIER_INSERT: &str = "INSERT INTO ticket_identifiers (ticket_id, key, value) \
     VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";
const SEALED_INSERT: &str = "INSERT INTO sealed_values (ticket_id, key, ciphertext, destroy_after) \
     VALUES (?1, ?2, ?3, ?4)";
const CREATED_EVENT: &str = "INSERT INTO audit_events (ticket_id, actor_id, action, detail, at) \
     VALUES (?1, ?2, 'created', ?3, ?4)";
const NOTIFY_LAST_EVENT: &str =
    "INSERT INTO pending_notifications (event_id) VALUES (last_insert_rowid())";
const TEXT_INSERT: &str = "INSERT INTO ticket_text (rowid, ticket_id, body) VALUES (?1, ?2, ?3)";
const REQUESTER: &str = "SELECT name, email FROM users WHERE id = ?1";

/// The agents' text search rows of tickets: subject, description and fields
/// (comments are indexed by a trigger). The row's rowid is `id * 2^24`
/// (migration 0009), so matches walk newest first. [`text_row`] builds the
/// same row for the ticket writer.
const TEXT_ROWS: &str = "SELECT id * 16777216, id, \
     subject || ' ' || COALESCE(description, '') || ' ' || fields FROM tickets";

/// A new ticket's text search row as `TEXT_ROWS` reads it from the table:
/// rowid, ticket id, body.
fn text_row(id: i64, t: &NewTicket, fields: &str) -> (i64, i64, String) {
    let description = t.description.as_ref().map_or("", |d| d.as_str());
    let body = format!("{} {description} {fields}", t.subject.as_str());
    (id << 24, id, body)
}

/// Opens the writer's connection to `db` and starts its thread; new
/// tickets go in through the returned queue of `capacity` submissions.
pub(crate) fn start(
    db: &Path,
    write: SqlitePool,
    fill: Arc<WalFill>,
    capacity: usize,
) -> Result<IntakeQueue> {
    let conn = open(db).map_err(rusqlite_err)?;
    checkpoint::watch_frames(&conn);
    let (queue, jobs) = IntakeQueue::new(capacity);
    let runtime = tokio::runtime::Handle::current();
    std::thread::Builder::new()
        .name("ticket-writer".into())
        .spawn(move || runtime.block_on(run(conn, write, fill, jobs)))
        .map_err(|e| StoreError::Database(format!("starting the ticket writer: {e}")))?;
    Ok(queue)
}

/// The writer's connection, set up like the sqlx ones (`crate::pragmas`);
/// its statement journals stay in memory (a group's outgrew SQLite's 64 KiB
/// spill threshold and became a temporary file, opened and deleted each
/// time).
fn open(db: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    for (name, value) in crate::pragmas() {
        conn.pragma_update(None, name, value)?;
    }
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(conn)
}

/// Runs on the writer's thread: a current-thread executor for this future,
/// so the statements block only this thread.
async fn run(
    mut conn: Connection,
    write: SqlitePool,
    fill: Arc<WalFill>,
    mut jobs: mpsc::Receiver<Job>,
) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while jobs.recv_many(&mut group, MAX_GROUP).await > 0 {
        let group = std::mem::take(&mut group);
        let held = match write.acquire().await {
            Ok(held) => held,
            Err(e) => {
                let message = e.to_string();
                for job in group {
                    let _ = job.reply.send(Err(StoreError::Database(message.clone())));
                }
                continue;
            }
        };
        write_group(&mut conn, group, &mut jobs);
        // The checkpointer cuts the WAL past its soft limit; if it fell
        // behind (a starved machine), the writer cuts it itself before the
        // next group, so the WAL's bound does not depend on scheduling.
        if let Some(frames) = checkpoint::frames_here() {
            fill.set_frames(frames);
        }
        // The bound first: a RESTART asked for and failing group after group
        // (a reader outlasting its wait) must not keep the cut from running.
        if fill.bytes() > checkpoint::WAL_WRITER_LIMIT {
            fill.take_restart();
            checkpoint::truncate_here(&conn);
            fill.set_frames(0);
        } else if fill.take_restart() {
            if checkpoint::restart_here(&conn) {
                fill.set_frames(0);
            } else {
                fill.want_restart();
            }
        }
        drop(held);
    }
}

fn write_group(conn: &mut Connection, mut group: Vec<Job>, jobs: &mut mpsc::Receiver<Job>) {
    // On failure the group was rolled back: each ticket then gets its own
    // transaction and its own answer.
    if let Ok(tickets) = insert_all(conn, &mut group, Some(jobs)) {
        for (job, ticket) in group.into_iter().zip(tickets) {
            // A caller that went away still has its ticket stored.
            let _ = job.reply.send(Ok(ticket));
        }
        return;
    }
    for job in group {
        let mut one = vec![job];
        let result =
            insert_all(conn, &mut one, None).and_then(|mut t| t.pop().ok_or(StoreError::NotFound));
        let Some(job) = one.pop() else { continue };
        let _ = job.reply.send(result);
    }
}

/// The jobs' tickets in one transaction, in the order given.
///
/// Their text search rows go in last, together, one plain row per statement.
/// Once FTS5 has been written in a transaction, every later statement that
/// opens a statement savepoint (an insert with triggers, an `INSERT …
/// SELECT`) makes it flush its pending terms into a new segment, which
/// automerge then merges again: written between the tickets, that was one
/// segment per ticket and 22 % of the writer's time (perf, BENCHMARKS.md
/// "SQLite, session 11"). Written last, a group makes one segment.
///
/// With `more`, submissions that arrive while the group is written join it
/// (up to [`MAX_GROUP`]) and are committed with it. A commit rewrites every
/// page the group touched, most of them shared by all its tickets (each
/// index's newest leaf, the counters, the text index's segment), so the
/// larger the group, the fewer pages each ticket costs the WAL.
fn insert_all(
    conn: &mut Connection,
    group: &mut Vec<Job>,
    more: Option<&mut mpsc::Receiver<Job>>,
) -> Result<Vec<Ticket>> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(rusqlite_err)?;
    let mut texts = Vec::with_capacity(MAX_GROUP);
    let mut tickets = group
        .iter()
        .map(|job| insert_one(&tx, job, &mut texts))
        .collect::<Result<Vec<_>>>()?;
    if let Some(jobs) = more {
        let started = std::time::Instant::now();
        while group.len() < MAX_GROUP && started.elapsed() < LINGER {
            let Ok(job) = jobs.try_recv() else { break };
            let written = insert_one(&tx, &job, &mut texts);
            group.push(job);
            tickets.push(written?);
        }
    }
    let mut text = tx.prepare_cached(TEXT_INSERT).map_err(rusqlite_err)?;
    for (rowid, id, body) in texts {
        text.execute(rusqlite::params![rowid, id, body])
            .map_err(rusqlite_err)?;
    }
    drop(text);
    tx.commit().map_err(rusqlite_err)?;
    Ok(tickets)
}

/// One ticket and everything that belongs to it: its row, identifiers,
/// sealed values, "created" event (and its notification); its text search
/// row is added to `texts` for the caller to write. The ticket answered is
/// the one written, as a read would return it.
fn insert_one(tx: &Connection, job: &Job, texts: &mut Vec<(i64, i64, String)>) -> Result<Ticket> {
    let t = &job.ticket;
    let fields = new_tickets::fields_json(t)?;
    let values = new_tickets::ticket_values(t, job.schedule.as_ref(), job.now, &fields);
    tx.prepare_cached(&TICKET_INSERT)
        .and_then(|mut s| s.execute(rusqlite::params_from_iter(values.iter().map(sql_value))))
        .map_err(|e| {
            if is_unique(&e) {
                StoreError::Conflict("duplicate_submission")
            } else {
                rusqlite_err(e)
            }
        })?;
    let id = tx.last_insert_rowid();
    let mut identifiers = tx.prepare_cached(IDENTIFIER_INSERT).map_err(rusqlite_err)?;
    for (key, value) in &t.identifiers {
        identifiers
            .execute(rusqlite::params![id, key, value.as_str()])
            .map_err(rusqlite_err)?;
    }
    let mut sealed = tx.prepare_cached(SEALED_INSERT).map_err(rusqlite_err)?;
    for s in &t.sealed {
        sealed
            .execute(rusqlite::params![
                id,
                s.key,
                s.ciphertext,
                s.destroy_after.unix_timestamp()
            ])
            .map_err(rusqlite_err)?;
    }
    tx.prepare_cached(CREATED_EVENT)
        .and_then(|mut s| {
            s.execute(rusqlite::params![
                id,
                t.requester_id,
                new_tickets::created_detail(t),
                job.now.unix_timestamp()
            ])
        })
        .map_err(rusqlite_err)?;
    if store::NOTIFIED_ACTIONS.contains(&"created") {
        tx.prepare_cached(NOTIFY_LAST_EVENT)
            .and_then(|mut s| s.execute([]))
            .map_err(rusqlite_err)?;
    }
    texts.push(text_row(id, t, &fields));
    let (name, email) = tx
        .prepare_cached(REQUESTER)
        .and_then(|mut s| {
            s.query_row([t.requester_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .optional()
        })
        .map_err(rusqlite_err)?
        .ok_or(StoreError::NotFound)?;
    Ok(Ticket {
        id,
        form: t.form.clone(),
        subject: t.subject.as_str().to_owned(),
        description: t.description.as_ref().map(|d| d.as_str().to_owned()),
        status: domain::Status::New,
        priority: t.priority,
        requester: Person {
            id: t.requester_id,
            name,
            email,
        },
        org_id: t.org_id,
        assignee: None,
        fields: json(&fields)?,
        created_at: ts(job.now.unix_timestamp()),
        updated_at: ts(job.now.unix_timestamp()),
    })
}

fn sql_value<'a>(v: &'a Value<'a>) -> &'a dyn rusqlite::ToSql {
    match v {
        Value::Int(v) => v,
        Value::Text(v) => v,
    }
}

/// A unique index refused the row (the requester's submit key, the only
/// unique one a new ticket can meet).
fn is_unique(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
    )
}

/// `TEXT_ROWS` for tickets by id (the bulk seeder's way in, on sqlx).
pub(crate) async fn index_text_of(conn: &mut sqlx::SqliteConnection, ids: &[i64]) -> Result<()> {
    let ids = serde_json::to_string(ids).map_err(|e| StoreError::Database(e.to_string()))?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO ticket_text (rowid, ticket_id, body) {TEXT_ROWS} \
         WHERE id IN (SELECT value FROM json_each(?))"
    )))
    .bind(ids)
    .execute(&mut *conn)
    .await
    .map_err(crate::db_err)?;
    Ok(())
}
