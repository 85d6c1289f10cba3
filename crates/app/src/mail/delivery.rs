//! Delivering the outbox: what is due is claimed (a lease, so several
//! instances may deliver), handed to the transport one message at a time,
//! and the outcome recorded on the row. A failed delivery comes back later
//! with exponential backoff, so a mail server outage delays mail and loses
//! none. The transport itself (SMTP) is the edge's (`Transport`).

use crate::Desk;
use store::OutboxMail;

/// Messages claimed per pass.
const BATCH: i64 = 20;
/// How long a claim holds before another sender may take the message.
const CLAIM_SECS: i64 = 300;

/// Hands one message to the mail server.
#[async_trait::async_trait]
pub trait Transport: Send + Sync {
    /// Ok when the server took it; otherwise why not, kept on the row
    /// (never the message's text).
    async fn send(&self, mail: &OutboxMail) -> Result<(), String>;
}

/// How long to wait before the next attempt: 30 s, doubling, at most an hour.
pub fn backoff(attempts: i64) -> time::Duration {
    let secs = 30i64.saturating_mul(1i64 << attempts.clamp(0, 7));
    time::Duration::seconds(secs.min(3600))
}

/// Sends what is due now; returns how many were delivered. Failures are
/// logged: the timer's next pass tries again.
pub async fn deliver_due(desk: &Desk, transport: &dyn Transport) -> usize {
    let due = match desk
        .store
        .claim_due_mail(desk.now(), BATCH, CLAIM_SECS)
        .await
    {
        Ok(d) => d,
        Err(e) => {
            tracing::error!(error = %e, "claiming mail");
            return 0;
        }
    };
    let mut sent = 0;
    for m in due {
        let result = transport.send(&m).await;
        let now = desk.now();
        let stored = match result {
            Ok(()) => {
                sent += 1;
                desk.store.mark_mail_sent(m.id, now).await
            }
            Err(error) => {
                tracing::warn!(mail_id = m.id, attempts = m.attempts + 1, %error, "mail delivery failed");
                desk.store
                    .mark_mail_failed(m.id, &error, now + backoff(m.attempts))
                    .await
            }
        };
        if let Err(e) = stored {
            tracing::error!(error = %e, mail_id = m.id, "recording mail delivery");
        }
    }
    sent
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff(0).whole_seconds(), 30);
        assert_eq!(backoff(1).whole_seconds(), 60);
        assert_eq!(backoff(5).whole_seconds(), 960);
        assert_eq!(backoff(50).whole_seconds(), 3600);
    }
}
