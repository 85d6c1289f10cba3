//! Tickets and their conversation: who may see one, what a reply does to
//! its status, changing one. The faces add what is theirs around these
//! (mail to queue, SLA clocks to move), after the change is committed.

use crate::{AppError, Desk, text};
use domain::{CommentVisibility, Priority, Status};
use store::{Comment, NewComment, SlaDue, Store, Ticket, TicketPatch, User};
use time::OffsetDateTime;

/// A ticket the user may see; anything else is "not found", exactly like a
/// ticket that does not exist.
pub async fn visible(desk: &Desk, user: &User, id: i64) -> Result<Ticket, AppError> {
    let ticket = desk.store.ticket(id).await?.ok_or(AppError::NotFound)?;
    if domain::permissions::can_view_ticket(&user.viewer(), &ticket.ownership()) {
        Ok(ticket)
    } else {
        Err(AppError::NotFound)
    }
}

/// A ticket as the agents' views read it (internal notes, the audit log,
/// the workspace's panel): staff only, and for anyone else "not found",
/// exactly like a ticket that does not exist.
pub async fn for_staff(desk: &Desk, user: &User, id: i64) -> Result<Ticket, AppError> {
    if !user.role.is_staff() {
        return Err(AppError::NotFound);
    }
    visible(desk, user, id).await
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

/// The clustering signature of an error message as it is kept: derived
/// from the screened message and screened again itself.
pub fn error_signature(message: &str) -> Option<guard::Screened> {
    let signature = domain::clustering::normalize(message);
    (!signature.is_empty()).then(|| text::derived(signature))
}

/// What an agent's correction did.
#[derive(Debug)]
pub struct Corrected {
    pub ticket: Ticket,
    /// The keys that changed; empty when nothing did (nothing was written).
    pub changed: Vec<String>,
}

/// An agent corrects the incident fields a requester gave (a wrong client
/// id, the payment id that was missing): the changes over the kept values
/// go through the same normalizing, guard and validation as filing
/// (`submission::amend`), the error signature follows the new message,
/// and the store records which keys changed in the audit log.
pub async fn correct_fields(
    store: &dyn Store,
    agent: &User,
    id: i64,
    changes: domain::form::RawFields,
    wire_errors: Vec<domain::form::FieldError>,
    now: OffsetDateTime,
) -> Result<Corrected, AppError> {
    if !agent.role.is_staff() {
        return Err(AppError::NotFound);
    }
    let ticket = store.ticket(id).await?.ok_or(AppError::NotFound)?;
    let spec = domain::form::incident();
    if ticket.form != spec.key {
        return Err(AppError::Conflict("no_form_fields"));
    }
    let registered = match ticket.org_id {
        Some(org) => store
            .org_by_id(org)
            .await?
            .map(|o| o.client_ids)
            .unwrap_or_default(),
        None => vec![],
    };
    let ctx = domain::form::ValidationContext {
        now,
        registered_client_ids: &registered,
    };
    let amended = crate::submission::amend(
        &spec,
        &ticket.subject,
        ticket.description.as_deref(),
        &ticket.fields,
        changes,
        &ctx,
        wire_errors,
    )?;
    if amended.changed.is_empty() {
        return Ok(Corrected {
            ticket,
            changed: vec![],
        });
    }
    let error_signature = amended
        .fields
        .get("error_message")
        .and_then(|v| v.as_str())
        .and_then(error_signature);
    let change = store::FieldsChange {
        fields: amended.fields,
        identifiers: amended.identifiers,
        error_signature,
        changed: amended.changed.clone(),
    };
    let ticket = store
        .update_ticket_fields(id, &change, agent.id, now)
        .await?;
    Ok(Corrected {
        ticket,
        changed: amended.changed,
    })
}

/// A comment on a ticket the author may see (`comment`), then the news
/// (the requester's mail) goes out.
pub async fn reply(
    desk: &Desk,
    author: &User,
    ticket: &Ticket,
    body: &str,
    visibility: CommentVisibility,
    new_status: Option<Status>,
    redact: bool,
) -> Result<Comment, AppError> {
    let comment = comment(
        desk.store.as_ref(),
        author,
        ticket,
        body,
        visibility,
        new_status,
        redact,
        desk.now(),
    )
    .await?;
    desk.changed().await;
    Ok(comment)
}

/// Changes a ticket's status, priority or assignee (agents only), its SLA
/// due times with a new priority, and tells the requester when the status
/// changed.
pub async fn change(
    desk: &Desk,
    agent: &User,
    id: i64,
    patch: &TicketPatch,
) -> Result<Ticket, AppError> {
    let sla = |created, priority| crate::workspace::sla_due(desk, created, priority);
    let (_, after) = update(desk.store.as_ref(), agent, id, patch, &sla, desk.now()).await?;
    desk.changed().await;
    Ok(after)
}

/// An agent's correction of a request's incident fields (`correct_fields`).
pub async fn correct(
    desk: &Desk,
    agent: &User,
    id: i64,
    changes: domain::form::RawFields,
    wire_errors: Vec<domain::form::FieldError>,
) -> Result<Corrected, AppError> {
    correct_fields(
        desk.store.as_ref(),
        agent,
        id,
        changes,
        wire_errors,
        desk.now(),
    )
    .await
}

/// One save of a ticket by an agent (the ticket page's sidebar, the API's
/// `PATCH`): each part is optional, and only what differs from the ticket
/// is written.
#[derive(Debug, Default)]
pub struct Save {
    /// Corrections to the incident fields (`correct`), with the errors
    /// the wire shape already showed.
    pub fields: Option<(domain::form::RawFields, Vec<domain::form::FieldError>)>,
    /// Status, priority, assignee.
    pub patch: TicketPatch,
    /// The ticket's whole list of tags, as typed: what is added and
    /// removed is the difference from the tags it has.
    pub tags: Option<String>,
    /// The problem ticket to link to; `Some(None)` unlinks.
    pub problem: Option<Option<i64>>,
}

/// Why a save was not done.
#[derive(Debug)]
pub enum SaveError {
    /// The corrected incident fields were refused (field errors, the
    /// guard's findings, or both): nothing of the save was kept.
    Fields(AppError),
    /// Anything else; what came before it in the save order stands.
    Failed(AppError),
}

impl From<AppError> for SaveError {
    fn from(e: AppError) -> Self {
        SaveError::Failed(e)
    }
}

impl From<store::StoreError> for SaveError {
    fn from(e: store::StoreError) -> Self {
        SaveError::Failed(e.into())
    }
}

impl From<SaveError> for AppError {
    fn from(e: SaveError) -> Self {
        match e {
            SaveError::Fields(e) | SaveError::Failed(e) => e,
        }
    }
}

/// Saves what an agent changed on a ticket, in one order for every face:
/// the tags are checked first and the incident fields corrected next, so
/// a refusal of either keeps nothing; then the status, priority and
/// assignee change (the requester hears of a new status), the tags are
/// set and the problem is linked. Returns the ticket as saved.
pub async fn save(desk: &Desk, agent: &User, id: i64, save: Save) -> Result<Ticket, SaveError> {
    if !agent.role.is_staff() {
        return Err(AppError::NotFound.into());
    }
    let mut ticket = desk.store.ticket(id).await?.ok_or(AppError::NotFound)?;
    // The tags' difference, screened before anything is written.
    let mut problem_before = None;
    let tags = match &save.tags {
        None => None,
        Some(list) => {
            let wanted = domain::macros::parse_tags(list);
            let meta = desk.store.ticket_meta(id).await?.unwrap_or_default();
            problem_before = Some(meta.problem_id);
            let add: Vec<String> = wanted
                .iter()
                .filter(|t| !meta.tags.contains(t))
                .cloned()
                .collect();
            let remove: Vec<String> = meta
                .tags
                .iter()
                .filter(|t| !wanted.contains(t))
                .cloned()
                .collect();
            Some((text::tags(&add)?, text::tags(&remove)?))
        }
    };
    if let Some((changes, wire_errors)) = save.fields {
        match correct(desk, agent, id, changes, wire_errors).await {
            Ok(corrected) => ticket = corrected.ticket,
            Err(e @ AppError::Unprocessable { .. }) => return Err(SaveError::Fields(e)),
            Err(e) => return Err(e.into()),
        }
    }
    let patch = TicketPatch {
        status: save.patch.status.filter(|s| *s != ticket.status),
        priority: save.patch.priority.filter(|p| *p != ticket.priority),
        assignee_id: save
            .patch
            .assignee_id
            .filter(|a| *a != ticket.assignee.as_ref().map(|p| p.id)),
    };
    if patch.status.is_some() || patch.priority.is_some() || patch.assignee_id.is_some() {
        ticket = change(desk, agent, id, &patch).await?;
    }
    if let Some((add, remove)) = tags
        && (!add.is_empty() || !remove.is_empty())
    {
        crate::workspace::retag(desk, agent, id, &add, &remove).await?;
    }
    if let Some(problem_id) = save.problem {
        let before = match problem_before {
            Some(before) => before,
            None => {
                desk.store
                    .ticket_meta(id)
                    .await?
                    .unwrap_or_default()
                    .problem_id
            }
        };
        if before != problem_id {
            crate::workspace::link_problem(desk, agent, id, problem_id).await?;
        }
    }
    Ok(ticket)
}
