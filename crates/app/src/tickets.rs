//! Tickets and their conversation: who may see one, what a reply does to
//! its status, changing one. The faces add what is theirs around these
//! (mail to queue, SLA clocks to move), after the change is committed.

use crate::{AppError, text};
use domain::{CommentVisibility, Priority, Status};
use store::{Comment, NewComment, SlaDue, Store, Ticket, TicketPatch, User};
use time::OffsetDateTime;

/// A ticket the user may see; anything else is "not found", exactly like a
/// ticket that does not exist.
pub async fn visible(store: &dyn Store, user: &User, id: i64) -> Result<Ticket, AppError> {
    let ticket = store.ticket(id).await?.ok_or(AppError::NotFound)?;
    if domain::permissions::can_view_ticket(&user.viewer(), &ticket.ownership()) {
        Ok(ticket)
    } else {
        Err(AppError::NotFound)
    }
}

/// Adds a comment to a ticket the author may see. Requesters' replies
/// reopen a waiting ticket and are refused on a closed one; agents may set
/// the status with their reply, and their first public reply opens a new
/// ticket. The body is cleaned and screened (or redacted) first.
#[allow(clippy::too_many_arguments)]
pub async fn comment(
    store: &dyn Store,
    author: &User,
    ticket: &Ticket,
    body: &str,
    visibility: CommentVisibility,
    new_status: Option<Status>,
    redact: bool,
    now: OffsetDateTime,
) -> Result<Comment, AppError> {
    let body = text::comment(body, redact)?;
    let staff = author.role.is_staff();
    if !staff && !ticket.status.accepts_requester_replies() {
        return Err(AppError::Conflict("ticket_closed"));
    }
    let new_status = if staff {
        new_status.or(
            (ticket.status == Status::New && visibility == CommentVisibility::Public)
                .then_some(Status::Open),
        )
    } else {
        Some(ticket.status.after_requester_reply())
    };
    let comment = NewComment {
        ticket_id: ticket.id,
        author_id: author.id,
        body,
        visibility,
        new_status,
    };
    Ok(store.add_comment(comment, now).await?)
}

/// Changes a ticket's status, priority or assignee; returns it before and
/// after, so the caller can tell what changed.
pub async fn update(
    store: &dyn Store,
    agent: &User,
    id: i64,
    patch: &TicketPatch,
    sla: &(dyn Fn(OffsetDateTime, Priority) -> SlaDue + Sync),
    now: OffsetDateTime,
) -> Result<(Ticket, Ticket), AppError> {
    let before = store.ticket(id).await?.ok_or(AppError::NotFound)?;
    // Due times follow from the creation time and the priority alone, so
    // the ones for a new priority are known before the change and written
    // in its transaction.
    let sla_due = patch
        .priority
        .filter(|p| *p != before.priority)
        .map(|p| sla(before.created_at, p));
    let after = store
        .update_ticket_with_sla(id, patch, sla_due, agent.id, now)
        .await?;
    Ok((before, after))
}
