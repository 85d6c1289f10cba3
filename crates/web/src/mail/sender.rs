//! Delivering the outbox over SMTP. A failed delivery comes back later
//! with exponential backoff, so a mail server outage delays mail and loses
//! none. Several instances may run senders: claims are leases in the store.

use crate::AppState;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;
use store::OutboxMail;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Plain SMTP (a local relay or a test server).
    None,
    StartTls,
    Tls,
}

#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: Option<String>,
    pub password: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SenderError {
    #[error("invalid sender address {0:?}")]
    From(String),
    #[error("SMTP setup: {0}")]
    Smtp(String),
}

pub struct Sender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Sender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sender")
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

/// How long to wait before the next attempt: 30 s, doubling, at most an hour.
pub fn backoff(attempts: i64) -> time::Duration {
    let secs = 30i64.saturating_mul(1i64 << attempts.clamp(0, 7));
    time::Duration::seconds(secs.min(3600))
}

impl Sender {
    pub fn new(cfg: &SmtpConfig, from: &str) -> Result<Self, SenderError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| SenderError::From(from.to_owned()))?;
        let smtp = |e: lettre::transport::smtp::Error| SenderError::Smtp(e.to_string());
        let mut builder = match cfg.security {
            Security::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&cfg.host),
            Security::StartTls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&cfg.host).map_err(smtp)?
            }
            Security::Tls => {
                AsyncSmtpTransport::<Tokio1Executor>::relay(&cfg.host).map_err(smtp)?
            }
        }
        .port(cfg.port)
        .timeout(Some(Duration::from_secs(20)));
        if let (Some(u), Some(p)) = (&cfg.username, &cfg.password) {
            builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(Sender {
            transport: builder.build(),
            from,
        })
    }

    fn message(&self, m: &OutboxMail) -> Result<Message, String> {
        let to: Mailbox = m
            .recipient
            .parse()
            .map_err(|_| "invalid recipient address".to_owned())?;
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone());
        if let Some(r) = &m.reply_to {
            b = b.reply_to(
                r.parse()
                    .map_err(|_| "invalid reply-to address".to_owned())?,
            );
        }
        b.multipart(MultiPart::alternative_plain_html(
            m.text_body.clone(),
            m.html_body.clone(),
        ))
        .map_err(|e| e.to_string())
    }

    /// Sends what is due now; returns how many were delivered.
    pub async fn run_once(&self, state: &AppState) -> usize {
        let now = state.desk.clock.now();
        let due = match state.desk.store.claim_due_mail(now, 20, 300).await {
            Ok(d) => d,
            Err(e) => {
                tracing::error!(error = %e, "claiming mail");
                return 0;
            }
        };
        let mut sent = 0;
        for m in due {
            let result = match self.message(&m) {
                Ok(msg) => self
                    .transport
                    .send(msg)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string()),
                Err(e) => Err(e),
            };
            let now = state.desk.clock.now();
            let stored = match result {
                Ok(()) => {
                    sent += 1;
                    state.desk.store.mark_mail_sent(m.id, now).await
                }
                Err(error) => {
                    tracing::warn!(mail_id = m.id, attempts = m.attempts + 1, %error, "mail delivery failed");
                    state
                        .desk
                        .store
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

    /// Delivers the outbox every `every` until the process ends.
    pub async fn run_forever(self, state: AppState, every: Duration) {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            self.run_once(&state).await;
        }
    }
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
