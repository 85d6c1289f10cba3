//! SMTP, the transport `app::mail::delivery` delivers the outbox through
//! (claims, backoff and the record of each outcome are there).

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

pub use app::mail::delivery::backoff;

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
        app::mail::delivery::deliver_due(&state.desk, self).await
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

#[async_trait::async_trait]
impl app::mail::delivery::Transport for Sender {
    async fn send(&self, m: &OutboxMail) -> Result<(), String> {
        let msg = self.message(m)?;
        self.transport
            .send(msg)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}
