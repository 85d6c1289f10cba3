//! Taking in a request or a comment, the same way for pages and the API.
//! The rules are `app`'s (normalize, screen or redact, validate; who may
//! reply and what a reply does); this adds what the web process owns:
//! sealing, SLA clocks and the mail each change sends.

use crate::AppState;
use crate::error::ApiError;
use domain::form::{self, RawFields, ValidationContext};
use domain::{CommentVisibility, Priority, Status};
use guard::Screened;
use store::{Comment, NewSealedField, NewTicket, SealedField, StoreError, Ticket, User};
use time::Duration;

/// What a submission may end in, besides a new ticket.
#[derive(Debug)]
pub enum SubmitError {
    Refused(ApiError),
    /// The same submit key was used before: the earlier ticket stands.
    Duplicate(i64),
}

impl From<ApiError> for SubmitError {
    fn from(e: ApiError) -> Self {
        SubmitError::Refused(e)
    }
}

impl From<StoreError> for SubmitError {
    fn from(e: StoreError) -> Self {
        SubmitError::Refused(e.into())
    }
}

/// The associated data of a sealed field: the ticket's seal binding and the
/// field, so a ciphertext moved to another ticket or field does not open.
/// Values sealed before tickets had a binding name only the field.
pub fn sealed_purpose(seal_binding: Option<&str>, key: &str) -> String {
    match seal_binding {
        Some(binding) => format!("ticket:{binding}:field:{key}"),
        None => format!("ticket-field:{key}"),
    }
}

/// A request just filed, with what was sealed for it (so answering needs
/// no second read of the store).
#[derive(Debug)]
pub struct Submitted {
    pub ticket: Ticket,
    pub sealed: Vec<SealedField>,
}

/// Files a request for `user`. With `redact`, sensitive spans are replaced
/// by `[REDACTED:kind]` instead of refusing the whole submission.
pub async fn submit_request(
    state: &AppState,
    user: &User,
    raw: RawFields,
    redact: bool,
    submit_key: Option<Screened>,
    wire_errors: Vec<form::FieldError>,
) -> Result<Submitted, SubmitError> {
    let spec = form::incident();
    let org = match user.org_id {
        Some(id) => state.store.org_by_id(id).await?,
        None => None,
    };
    let registered = org.map(|o| o.client_ids).unwrap_or_default();
    let now = state.clock.now();
    let ctx = ValidationContext {
        now,
        registered_client_ids: &registered,
    };
    let accepted =
        app::submission::accept(&spec, &raw, &ctx, redact, wire_errors).map_err(ApiError::from)?;
    if let Some(key) = &submit_key
        && let Some(existing) = state.store.ticket_by_submit_key(user.id, key).await?
    {
        return Err(SubmitError::Duplicate(existing.id));
    }
    let app::submission::Accepted {
        valid,
        subject,
        description,
        fields,
        identifiers,
    } = accepted;
    let destroy_after = now + Duration::days(state.settings.sealed_retention_days);
    let seal_binding = (!valid.sealed.is_empty()).then(|| crate::auth::random_token(16));
    let sealed: Vec<NewSealedField> = valid
        .sealed
        .iter()
        .map(|(key, value)| NewSealedField {
            key: (*key).to_owned(),
            ciphertext: state.sealer.seal(
                value.as_bytes(),
                &sealed_purpose(seal_binding.as_deref(), key),
            ),
            destroy_after,
        })
        .collect();
    let sealed_now = sealed
        .iter()
        .map(|s: &NewSealedField| SealedField {
            key: s.key.clone(),
            destroy_after: s.destroy_after,
            destroyed_at: None,
        })
        .collect();
    let ticket = NewTicket {
        form: valid.form.to_owned(),
        subject,
        description,
        requester_id: user.id,
        org_id: user.org_id,
        priority: Priority::Normal,
        fields,
        identifiers,
        sealed,
        seal_binding,
        submit_key: submit_key.clone(),
    };
    let message = ticket
        .fields
        .get("error_message")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let schedule = crate::workspace::schedule(state, ticket.priority, now, message);
    match state
        .store
        .create_ticket_scheduled(ticket, &schedule, now)
        .await
    {
        Ok(t) => {
            crate::mail::notifier::after_change(state).await;
            Ok(Submitted {
                ticket: t,
                sealed: sealed_now,
            })
        }
        Err(StoreError::Conflict("duplicate_submission")) => {
            let key = submit_key.unwrap_or_default();
            let existing = state
                .store
                .ticket_by_submit_key(user.id, &key)
                .await?
                .ok_or(ApiError::Internal)?;
            Err(SubmitError::Duplicate(existing.id))
        }
        Err(e) => Err(e.into()),
    }
}

/// Cleans, checks and screens a comment body; returns the text to store.
pub fn screen_comment(body: &str, redact: bool) -> Result<Screened, ApiError> {
    Ok(app::text::comment(body, redact)?)
}

/// Adds a comment to a ticket the author may see. Requesters' replies
/// reopen a waiting ticket; agents may set the status with their reply.
pub async fn add_comment(
    state: &AppState,
    author: &User,
    ticket: &Ticket,
    body: &str,
    visibility: CommentVisibility,
    new_status: Option<Status>,
    redact: bool,
) -> Result<Comment, ApiError> {
    let comment = app::tickets::comment(
        state.store.as_ref(),
        author,
        ticket,
        body,
        visibility,
        new_status,
        redact,
        state.clock.now(),
    )
    .await?;
    crate::mail::notifier::after_change(state).await;
    Ok(comment)
}

/// Changes a ticket's status, priority or assignee (agents only) and tells
/// the requester when the status changed.
pub async fn update_ticket(
    state: &AppState,
    agent: &User,
    id: i64,
    patch: &store::TicketPatch,
) -> Result<Ticket, ApiError> {
    let sla = |created, priority| crate::workspace::sla_due(state, created, priority);
    let (_, after) = app::tickets::update(
        state.store.as_ref(),
        agent,
        id,
        patch,
        &sla,
        state.clock.now(),
    )
    .await?;
    crate::mail::notifier::after_change(state).await;
    Ok(after)
}

/// Loads a ticket the user may see; anything else is "not found".
pub async fn visible_ticket(state: &AppState, user: &User, id: i64) -> Result<Ticket, ApiError> {
    Ok(app::tickets::visible(state.store.as_ref(), user, id).await?)
}

/// An agent's correction of a request's incident fields (agents only):
/// screened and validated as at filing, recorded in the audit log.
pub async fn correct_fields(
    state: &AppState,
    agent: &User,
    id: i64,
    changes: RawFields,
    wire_errors: Vec<form::FieldError>,
) -> Result<app::tickets::Corrected, ApiError> {
    Ok(app::tickets::correct_fields(
        state.store.as_ref(),
        agent,
        id,
        changes,
        wire_errors,
        state.clock.now(),
    )
    .await?)
}
