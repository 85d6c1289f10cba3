//! Mail: notifications out through a durable outbox, replies in.
//!
//! `notify` decides who hears about what and writes the outbox rows;
//! `sender` delivers them over SMTP with retries; `inbound` turns a received
//! message into a comment or a new request, through the guard.
//! Internal notes and sealed values never appear in mail: messages are built
//! only from the subject, public comment bodies and statuses.

pub mod inbound;
pub mod notifier;
pub(crate) mod notify;
pub mod sender;
mod trim;

pub use trim::reply_text;

use crate::{AppState, MailSettings};
use store::Result;

/// The reply address of a ticket: `local+TOKEN@domain`.
pub async fn reply_address(
    state: &AppState,
    mail: &MailSettings,
    ticket_id: i64,
) -> Result<String> {
    reply_address_in(state.desk.store.as_ref(), mail, ticket_id).await
}

pub(crate) async fn reply_address_in(
    store: &dyn store::Store,
    mail: &MailSettings,
    ticket_id: i64,
) -> Result<String> {
    let token = app::mail::inbound::reply_token(store, ticket_id).await?;
    let (local, domain) = mail
        .support_address
        .split_once('@')
        .unwrap_or((&mail.support_address, "localhost"));
    Ok(format!("{local}+{token}@{domain}"))
}

pub use app::mail::inbound::token_in;
