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

use crate::auth::random_token;
use crate::{AppState, MailSettings};
use store::Result;

/// The reply address of a ticket: `local+TOKEN@domain`.
pub async fn reply_address(
    state: &AppState,
    mail: &MailSettings,
    ticket_id: i64,
) -> Result<String> {
    let token = state
        .store
        .ticket_mail_token(ticket_id, &random_token(18).to_ascii_lowercase())
        .await?;
    let (local, domain) = mail
        .support_address
        .split_once('@')
        .unwrap_or((&mail.support_address, "localhost"));
    Ok(format!("{local}+{token}@{domain}"))
}

/// The token in a `local+TOKEN@domain` address, if it is ours.
pub fn token_in(address: &str, support_address: &str) -> Option<String> {
    let (local, domain) = support_address.split_once('@')?;
    let (addr_local, addr_domain) = address.trim().trim_matches(['<', '>']).rsplit_once('@')?;
    if !addr_domain.eq_ignore_ascii_case(domain) {
        return None;
    }
    let addr_local = addr_local.to_ascii_lowercase();
    let token = addr_local
        .strip_prefix(&local.to_ascii_lowercase())?
        .strip_prefix('+')?;
    (!token.is_empty()
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then(|| token.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::token_in;

    #[test]
    fn reply_tokens_are_read_from_our_addresses_only() {
        assert_eq!(
            token_in("support+abc-12@acme.example", "support@acme.example").as_deref(),
            Some("abc-12")
        );
        assert_eq!(
            token_in("<SUPPORT+ABC@ACME.example>", "support@acme.example").as_deref(),
            Some("abc")
        );
        assert_eq!(
            token_in("support+abc@evil.example", "support@acme.example"),
            None
        );
        assert_eq!(
            token_in("support@acme.example", "support@acme.example"),
            None
        );
        assert_eq!(
            token_in("supportx+abc@acme.example", "support@acme.example"),
            None
        );
        assert_eq!(
            token_in("support+a b@acme.example", "support@acme.example"),
            None
        );
    }
}
