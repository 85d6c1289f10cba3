//! Filing a request, the same way for pages, the API and mail: the
//! fields normalized, screened (or redacted) and validated
//! (`submission::accept`), sealed fields sealed to the new ticket, SLA due
//! times and the error signature written with it, and the news told.

use crate::{AppError, Desk};
use domain::Priority;
use domain::form::{self, RawFields, ValidationContext};
use guard::Screened;
use store::{NewSealedField, NewTicket, SealedField, StoreError, Ticket, User};
use time::Duration;

/// What a submission may end in, besides a new ticket.
#[derive(Debug)]
pub enum SubmitError {
    Refused(AppError),
    /// The same submit key was used before: the earlier ticket stands.
    Duplicate(i64),
}

impl From<AppError> for SubmitError {
    fn from(e: AppError) -> Self {
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
pub async fn submit(
    desk: &Desk,
    user: &User,
    raw: RawFields,
    redact: bool,
    submit_key: Option<Screened>,
    wire_errors: Vec<form::FieldError>,
) -> Result<Submitted, SubmitError> {
    let spec = form::incident();
    let org = match user.org_id {
        Some(id) => desk.store.org_by_id(id).await?,
        None => None,
    };
    let registered = org.map(|o| o.client_ids).unwrap_or_default();
    let now = desk.now();
    let ctx = ValidationContext {
        now,
        registered_client_ids: &registered,
    };
    let accepted = crate::submission::accept(&spec, &raw, &ctx, redact, wire_errors)?;
    if let Some(key) = &submit_key
        && let Some(existing) = desk.store.ticket_by_submit_key(user.id, key).await?
    {
        return Err(SubmitError::Duplicate(existing.id));
    }
    let crate::submission::Accepted {
        valid,
        subject,
        description,
        fields,
        identifiers,
    } = accepted;
    let destroy_after = now + Duration::days(desk.settings.sealed_retention_days);
    let seal_binding = (!valid.sealed.is_empty()).then(|| crate::keys::random_token(16));
    let sealed: Vec<NewSealedField> = valid
        .sealed
        .iter()
        .map(|(key, value)| NewSealedField {
            key: (*key).to_owned(),
            ciphertext: desk.sealer.seal(
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
    let schedule = crate::workspace::schedule(desk, ticket.priority, now, message);
    match desk
        .store
        .create_ticket_scheduled(ticket, &schedule, now)
        .await
    {
        Ok(t) => {
            desk.changed().await;
            Ok(Submitted {
                ticket: t,
                sealed: sealed_now,
            })
        }
        Err(StoreError::Conflict("duplicate_submission")) => {
            let key = submit_key.unwrap_or_default();
            let existing = desk
                .store
                .ticket_by_submit_key(user.id, &key)
                .await?
                .ok_or(AppError::Internal)?;
            Err(SubmitError::Duplicate(existing.id))
        }
        Err(e) => Err(e.into()),
    }
}
