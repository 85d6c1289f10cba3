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

use crate::MailSettings;
use crate::seal::Sealer;

/// The reply address of a ticket: `local+TOKEN@domain`.
pub fn reply_address(sealer: &Sealer, mail: &MailSettings, ticket_id: i64) -> String {
    let token = app::mail::inbound::reply_token(sealer, ticket_id);
    let (local, domain) = mail
        .support_address
        .split_once('@')
        .unwrap_or((&mail.support_address, "localhost"));
    format!("{local}+{token}@{domain}")
}

pub use app::mail::inbound::token_in;
