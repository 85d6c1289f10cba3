//! Mail out: from changes to the outbox, without losing any in between. A
//! change people are told about leaves a pending notification in its own
//! transaction (the store does it with the audit event); a pass here
//! decides who hears about each pending event (`notices`), has the face
//! compose the messages (its words, templates and links: `Composer`), and
//! queues them in one transaction with marking the events told. A crash
//! between the change and the pass loses nothing: the next pass, right
//! after the next change or on the timer, finds the events.
//!
//! Internal notes and sealed values never appear in mail: notices carry
//! only the subject, public comment bodies and statuses.

pub mod delivery;
pub mod inbound;

use crate::Clock;
use domain::Status;
use std::sync::atomic::{AtomicU64, Ordering};
use store::{AuditEvent, NewMail, Result, Store, Ticket, User};

/// Events composed per transaction.
const BATCH: i64 = 100;

/// One pass at a time in a process; between processes, the store's claim
/// in `queue_notifications` keeps a mail from being queued twice.
static ONE_PASS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Passes started in this process, counted under `ONE_PASS` before a pass
/// reads the pending events (see [`pass_after_change`]).
static PASSES_STARTED: AtomicU64 = AtomicU64::new(0);

/// Who hears about a change to a ticket, and what.
#[derive(Debug, Clone)]
pub enum Notice {
    /// A public reply by staff, told to the requester.
    Reply {
        to: User,
        author: String,
        body: String,
    },
    /// A change of status without a reply, told to the requester.
    Status { to: User, status: Status },
    /// A new ticket, told to an agent.
    NewTicket { to: User },
}

/// Composes the messages of the notices about one ticket (in each
/// recipient's language, with the face's templates and links).
pub trait Composer: Send + Sync {
    /// Whether agents hear about every new ticket.
    fn notify_agents_on_new(&self) -> bool;
    fn compose(&self, ticket: &Ticket, notices: Vec<Notice>) -> Vec<NewMail>;
}

/// The desk's staff, read at most once per pass: every new ticket is told
/// to all of them, and a pass tells up to a hundred.
pub type StaffOnce = tokio::sync::OnceCell<Vec<User>>;

/// Who hears about one event. Events of tickets or people that are gone
/// ask for none.
pub async fn notices(
    store: &dyn Store,
    notify_agents_on_new: bool,
    staff: &StaffOnce,
    event: &AuditEvent,
) -> Result<Option<(Ticket, Vec<Notice>)>> {
    // Most events under intake are new tickets; when nobody hears of them
    // (agents not told, or no staff yet) the ticket is not read at all.
    let tells_someone = match event.action.as_str() {
        "created" => {
            notify_agents_on_new && !staff.get_or_try_init(|| store.staff()).await?.is_empty()
        }
        "replied" | "updated" => true,
        _ => false,
    };
    if !tells_someone {
        return Ok(None);
    }
    let Some(ticket) = store.ticket(event.ticket_id).await? else {
        return Ok(None);
    };
    let requester = || store.user_by_id(ticket.requester.id);
    let notices = match event.action.as_str() {
        "created" if notify_agents_on_new => staff
            .get_or_try_init(|| store.staff())
            .await?
            .iter()
            .map(|to| Notice::NewTicket { to: to.clone() })
            .collect(),
        "replied" => {
            let Some(comment_id) = event.detail["comment_id"].as_i64() else {
                return Ok(None);
            };
            let comments = store.comments(ticket.id, false).await?;
            match comments.into_iter().find(|c| c.id == comment_id) {
                Some(c) if c.author_role.is_staff() => match requester().await? {
                    Some(to) => vec![Notice::Reply {
                        to,
                        author: c.author.name,
                        body: c.body,
                    }],
                    None => vec![],
                },
                _ => vec![],
            }
        }
        // A status changed with a reply is told by the reply.
        "updated" if event.detail.get("comment_id").is_none() => {
            let status = event.detail["status"][1]
                .as_str()
                .and_then(|s| s.parse::<Status>().ok());
            match status {
                Some(status) => match requester().await? {
                    Some(to) => vec![Notice::Status { to, status }],
                    None => vec![],
                },
                None => vec![],
            }
        }
        _ => vec![],
    };
    Ok(Some((ticket, notices)))
}

/// Queues the mail of every pending event; returns how many were told.
/// With mail turned off (no composer) the events are marked told without
/// mail, so turning mail on later does not send old news.
pub async fn pass(
    store: &dyn Store,
    clock: &dyn Clock,
    composer: Option<&dyn Composer>,
) -> Result<usize> {
    let _one = ONE_PASS.lock().await;
    PASSES_STARTED.fetch_add(1, Ordering::SeqCst);
    run_pass(store, clock, composer).await
}

/// A pass for a change its caller has just committed, so its mail is
/// queued before the caller answers. When a pass that started after the
/// change has finished while this caller waited for its turn, that pass
/// read the change's events, and there is nothing left to do: under a burst
/// of submissions one pass tells everything committed before it started,
/// where a pass per request, one after another, each read and wrote the
/// store again (with mail on, intake fell to a quarter; BENCHMARKS.md,
/// "SQLite, session 11"). A pass that failed leaves its events to the
/// timer's next pass, as before.
pub async fn pass_after_change(
    store: &dyn Store,
    clock: &dyn Clock,
    composer: Option<&dyn Composer>,
) -> Result<usize> {
    let before = PASSES_STARTED.load(Ordering::SeqCst);
    let _one = ONE_PASS.lock().await;
    if PASSES_STARTED.load(Ordering::SeqCst) != before {
        return Ok(0);
    }
    PASSES_STARTED.fetch_add(1, Ordering::SeqCst);
    run_pass(store, clock, composer).await
}

async fn run_pass(
    store: &dyn Store,
    clock: &dyn Clock,
    composer: Option<&dyn Composer>,
) -> Result<usize> {
    let mut told = 0;
    let staff = StaffOnce::new();
    loop {
        let events = store.pending_notifications(BATCH).await?;
        if events.is_empty() {
            return Ok(told);
        }
        let mut mails = Vec::new();
        if let Some(composer) = composer {
            for event in &events {
                if let Some((ticket, notices)) =
                    notices(store, composer.notify_agents_on_new(), &staff, event).await?
                    && !notices.is_empty()
                {
                    mails.extend(composer.compose(&ticket, notices));
                }
            }
        }
        let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
        if store.queue_notifications(&ids, mails, clock.now()).await? {
            told += ids.len();
        }
        if ids.len() < BATCH as usize {
            return Ok(told);
        }
    }
}
