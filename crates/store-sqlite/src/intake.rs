//! New tickets, written in groups.
//!
//! An incident brings bursts of submissions, and SQLite has one writer. Each
//! transaction of its own pays for a commit (WAL frames for every page it
//! touched, a new full-text segment) and for waking the writer thread. So
//! submissions that arrive while the writer is busy queue up and go in
//! together, one transaction for the lot: under load the cost of a commit is
//! shared, and a lone submission still goes in at once (nothing waits for a
//! batch to fill).
//!
//! Every caller still gets its own answer. If any ticket of a group fails
//! (a repeated submit key, say), the group's transaction is rolled back and
//! its tickets are written again one transaction each, so one bad submission
//! never takes another down with it and nothing half-written remains.

use crate::checkpoint;

use crate::db_err;
use crate::store_impl::{insert_ticket_on, insert_tickets_on};
use sqlx::{Connection, SqliteConnection, SqlitePool};
use std::path::PathBuf;
use store::{NewTicket, Result, StoreError, Ticket, TicketSchedule};
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

/// At most this many tickets share a transaction, so one commit stays short.
const MAX_GROUP: usize = 64;

/// Submissions that may wait for the writer; past it `create` is `Busy`.
/// At the measured intake rate this is about two seconds of work.
pub(crate) const QUEUE: usize = 4096;

struct Job {
    ticket: NewTicket,
    schedule: Option<TicketSchedule>,
    now: OffsetDateTime,
    reply: oneshot::Sender<Result<Ticket>>,
}

/// The handle the store keeps; the writing happens on a task of its own.
#[derive(Debug, Clone)]
pub(crate) struct Intake {
    queue: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job").finish_non_exhaustive()
    }
}

impl Intake {
    /// Starts the writing task; it ends when the last handle is dropped.
    pub(crate) fn start(write: SqlitePool, wal: Option<PathBuf>, capacity: usize) -> Self {
        let (queue, jobs) = mpsc::channel(capacity);
        tokio::spawn(run(write, wal, jobs));
        Intake { queue }
    }

    /// Submissions queued for the writer now.
    pub(crate) fn waiting(&self) -> u64 {
        (self.queue.max_capacity() - self.queue.capacity()) as u64
    }

    pub(crate) async fn create(
        &self,
        ticket: NewTicket,
        schedule: Option<TicketSchedule>,
        now: OffsetDateTime,
    ) -> Result<Ticket> {
        let (reply, answer) = oneshot::channel();
        let job = Job {
            ticket,
            schedule,
            now,
            reply,
        };
        let stopped = || StoreError::Database("the ticket writer has stopped".into());
        // A full queue answers at once rather than holding the request (and
        // its memory) until the writer catches up: the caller says 503.
        self.queue.try_send(job).map_err(|e| match e {
            mpsc::error::TrySendError::Full(_) => StoreError::Busy,
            mpsc::error::TrySendError::Closed(_) => stopped(),
        })?;
        answer.await.map_err(|_| stopped())?
    }
}

async fn run(write: SqlitePool, wal: Option<PathBuf>, mut jobs: mpsc::Receiver<Job>) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while jobs.recv_many(&mut group, MAX_GROUP).await > 0 {
        write_group(&write, std::mem::take(&mut group)).await;
        // The checkpointer cuts the WAL past its soft limit; if it fell
        // behind (a starved machine), the writer stops here and cuts it
        // itself, so the WAL's bound does not depend on scheduling.
        if checkpoint::wal_size(wal.as_ref()) > checkpoint::WAL_WRITER_LIMIT {
            let _ = checkpoint::truncate(&write).await;
        }
    }
}

async fn write_group(write: &SqlitePool, group: Vec<Job>) {
    let mut conn = match write.acquire().await {
        Ok(conn) => conn,
        Err(e) => {
            let message = e.to_string();
            for job in group {
                let _ = job.reply.send(Err(StoreError::Database(message.clone())));
            }
            return;
        }
    };
    // On failure the group was rolled back: each ticket then gets its own
    // transaction and its own answer.
    if group.len() > 1
        && let Ok(tickets) = insert_all(&mut conn, &group).await
    {
        for (job, ticket) in group.into_iter().zip(tickets) {
            // A caller that went away still has its ticket stored.
            let _ = job.reply.send(Ok(ticket));
        }
        return;
    }
    for job in group {
        let result = insert_alone(&mut conn, &job).await;
        let _ = job.reply.send(result);
    }
}

async fn insert_all(conn: &mut SqliteConnection, group: &[Job]) -> Result<Vec<Ticket>> {
    let mut tx = conn.begin().await.map_err(db_err)?;
    let filed: Vec<_> = group
        .iter()
        .map(|job| (&job.ticket, job.schedule.as_ref(), job.now))
        .collect();
    let tickets = insert_tickets_on(&mut tx, &filed).await?;
    index_text(&mut tx, &tickets).await?;
    tx.commit().await.map_err(db_err)?;
    Ok(tickets)
}

async fn insert_alone(conn: &mut SqliteConnection, job: &Job) -> Result<Ticket> {
    let mut tx = conn.begin().await.map_err(db_err)?;
    let ticket = insert_ticket_on(&mut tx, &job.ticket, job.schedule.as_ref(), job.now).await?;
    index_text(&mut tx, std::slice::from_ref(&ticket)).await?;
    tx.commit().await.map_err(db_err)?;
    Ok(ticket)
}

/// Adds the tickets' subject, description and fields to the agents' text
/// search, in one statement (comments are indexed by a trigger). The row's
/// rowid is `id * 2^24` (migration 0009), so matches walk newest first.
async fn index_text(conn: &mut SqliteConnection, tickets: &[Ticket]) -> Result<()> {
    index_text_of(conn, &tickets.iter().map(|t| t.id).collect::<Vec<_>>()).await
}

/// `index_text` by ticket id (the bulk seeder's way in).
pub(crate) async fn index_text_of(conn: &mut SqliteConnection, ids: &[i64]) -> Result<()> {
    let ids = serde_json::to_string(ids).map_err(|e| StoreError::Database(e.to_string()))?;
    sqlx::query(
        "INSERT INTO ticket_text (rowid, ticket_id, body) \
         SELECT id * 16777216, id, subject || ' ' || COALESCE(description, '') || ' ' || fields FROM tickets \
         WHERE id IN (SELECT value FROM json_each(?))",
    )
    .bind(ids)
    .execute(&mut *conn)
    .await
    .map_err(db_err)?;
    Ok(())
}
