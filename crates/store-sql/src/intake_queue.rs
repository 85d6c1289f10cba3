//! The queue in front of a backend's ticket writers (SQLite's thread,
//! PostgreSQL's tasks): each submission waits there with its own reply
//! channel, and a full queue answers `Busy` at once.

use store::{NewTicket, Result, StoreError, Ticket, TicketSchedule};
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

/// One new ticket waiting for a writer, and where its answer goes.
pub struct Submission {
    pub ticket: NewTicket,
    pub schedule: Option<TicketSchedule>,
    pub now: OffsetDateTime,
    pub reply: oneshot::Sender<Result<Ticket>>,
}

impl std::fmt::Debug for Submission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Submission").finish_non_exhaustive()
    }
}

/// The handle the store keeps; the writers hold the receiving end and stop
/// when the last handle is dropped.
#[derive(Debug, Clone)]
pub struct IntakeQueue {
    queue: mpsc::Sender<Submission>,
}

impl IntakeQueue {
    /// A queue of `capacity` submissions, and the end the writers read.
    pub fn new(capacity: usize) -> (Self, mpsc::Receiver<Submission>) {
        let (queue, submissions) = mpsc::channel(capacity);
        (IntakeQueue { queue }, submissions)
    }

    /// Submissions waiting for a writer now.
    pub fn waiting(&self) -> u64 {
        (self.queue.max_capacity() - self.queue.capacity()) as u64
    }

    /// Queues a ticket and waits for the writer's answer.
    pub async fn create(
        &self,
        ticket: NewTicket,
        schedule: Option<TicketSchedule>,
        now: OffsetDateTime,
    ) -> Result<Ticket> {
        let (reply, answer) = oneshot::channel();
        let submission = Submission {
            ticket,
            schedule,
            now,
            reply,
        };
        let stopped = || StoreError::Database("the ticket writer has stopped".into());
        // A full queue answers at once rather than holding the request (and
        // its memory) until the writers catch up: the caller says 503.
        self.queue.try_send(submission).map_err(|e| match e {
            mpsc::error::TrySendError::Full(_) => StoreError::Busy,
            mpsc::error::TrySendError::Closed(_) => stopped(),
        })?;
        answer.await.map_err(|_| stopped())?
    }
}
