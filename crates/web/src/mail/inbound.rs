//! Mail in at the edge: the message parsed and its files read on the
//! blocking pool, then taken by `app::mail::inbound` (a reply on its
//! ticket or a new request, through the guard); the files stored with what
//! it became, and a refused sender told why in their language.

use super::notify::compose;
use super::reply_text;
use crate::api::attachments::{RawFile, Upload, store_upload};
use crate::error::ApiError;
use crate::{AppState, Job, i18n};
use app::mail::inbound::{NotTaken, Received, Taken};
use domain::Locale;
use files::{FileError, Limits, clean};
use mail_parser::{Address, Message, MessageParser, MimeHeaders};
use store::{NewMail, StoreError, User};

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Replied {
        ticket_id: i64,
        comment_id: i64,
    },
    Created {
        ticket_id: i64,
    },
    /// Refused by the guard; the sender was told why.
    Refused,
}

#[derive(Debug, thiserror::Error)]
pub enum InboundError {
    #[error("mail is not configured")]
    MailOff,
    #[error("the message could not be parsed")]
    Unparseable,
    #[error("the message has no sender address")]
    NoSender,
    /// Unknown sender, unknown token, or a sender who may not see the ticket:
    /// the same answer for all, so nothing is revealed.
    #[error("the message is not accepted")]
    NotAccepted,
    #[error("the message has no text")]
    Empty,
    #[error("the ticket is closed")]
    Closed,
    /// The blocking pool is full (or the message took too long to read):
    /// nothing was kept, the sender's server should try again later.
    #[error("busy, try again later")]
    Busy,
    #[error("store error: {0}")]
    Store(#[from] StoreError),
}

fn addresses(a: Option<&Address<'_>>) -> Vec<String> {
    a.map(|a| {
        a.iter()
            .filter_map(|x| x.address().map(str::to_owned))
            .collect()
    })
    .unwrap_or_default()
}

pub async fn receive(state: &AppState, raw: &[u8]) -> Result<Outcome, InboundError> {
    let mail = state.settings.mail.as_ref().ok_or(InboundError::MailOff)?;
    // A hostile message (deep MIME nesting, megabytes of headers) must not
    // hold an async worker while it is parsed.
    let raw = raw.to_vec();
    let message = state
        .blocking
        .run(Job::Render, move || {
            MessageParser::default()
                .parse(&raw)
                .map(Message::into_owned)
        })
        .await
        .map_err(|e| match e {
            ApiError::Busy { .. } => InboundError::Busy,
            _ => InboundError::Unparseable,
        })?
        .ok_or(InboundError::Unparseable)?;
    let from = addresses(message.from())
        .into_iter()
        .next()
        .ok_or(InboundError::NoSender)?;
    let mut recipients = addresses(message.to());
    recipients.extend(addresses(message.cc()));
    for header in ["Delivered-To", "X-Original-To"] {
        if let Some(v) = message.header_raw(header) {
            recipients.push(v.trim().to_owned());
        }
    }
    let sender = app::mail::inbound::sender(&state.desk, &from).await?;
    let body = message
        .body_text(0)
        .map(|b| reply_text(&b))
        .unwrap_or_default();
    let (files, found) = mail_files(state, &message).await?;
    let received = Received {
        recipients,
        subject: message.subject().unwrap_or("").to_owned(),
        body,
        message_id: message.message_id().map(str::to_owned),
        found_in_files: found,
    };
    let no_subject = |locale| i18n::t(locale, "mail.no_subject");
    match app::mail::inbound::take(
        &state.desk,
        &sender,
        &mail.support_address,
        received,
        no_subject,
    )
    .await?
    {
        Taken::Replied { ticket, comment } => {
            attach(state, &sender, &ticket, files, Some(comment.id)).await;
            Ok(Outcome::Replied {
                ticket_id: ticket.id,
                comment_id: comment.id,
            })
        }
        Taken::Created { ticket_id, ticket } => {
            if let Some(ticket) = ticket {
                attach(state, &sender, &ticket, files, None).await;
            }
            Ok(Outcome::Created { ticket_id })
        }
        Taken::Refused { kinds } => {
            refuse(state, &sender, &kinds).await?;
            Ok(Outcome::Refused)
        }
    }
}

impl From<NotTaken> for InboundError {
    fn from(e: NotTaken) -> Self {
        match e {
            NotTaken::NotAccepted => InboundError::NotAccepted,
            NotTaken::Empty => InboundError::Empty,
            NotTaken::Closed => InboundError::Closed,
            NotTaken::Store(e) => InboundError::Store(e),
        }
    }
}

/// The message's attached and inline files that the attachment rules
/// accept, and the kinds of secret found in any of them (which refuses the
/// whole message). Files of other types or too large are left out. The
/// reading (decoding, OCR, document text) runs on the blocking pool; when
/// that is full, the whole message waits for the sender's next try.
async fn mail_files(
    state: &AppState,
    message: &mail_parser::Message<'_>,
) -> Result<(Vec<RawFile>, Vec<guard::Kind>), InboundError> {
    let parts: Vec<RawFile> = message
        .attachments()
        .map(|part| RawFile {
            name: part.attachment_name().unwrap_or("attachment").to_owned(),
            bytes: part.contents().to_vec(),
        })
        .filter(|f| !f.bytes.is_empty() && f.bytes.len() <= state.settings.max_attachment_bytes)
        .collect();
    let checked = state
        .blocking
        .run(Job::Files, move || {
            let limits = Limits::default();
            let mut files = Vec::new();
            let mut found = Vec::new();
            for f in parts {
                match clean(&f.bytes, &f.name, false, &limits) {
                    Ok(_) => files.push(f),
                    Err(FileError::Sensitive { found: kinds, .. }) => {
                        found.extend(kinds.into_iter().map(|k| k.kind));
                    }
                    Err(other) => tracing::info!(?other, "mail attachment left out"),
                }
            }
            (files, found)
        })
        .await;
    match checked {
        Ok(checked) => Ok(checked),
        Err(ApiError::Busy { .. }) => Err(InboundError::Busy),
        // A reader that panicked: none of the files is taken.
        Err(_) => {
            tracing::warn!("reading mail attachments failed; they are left out");
            Ok((vec![], vec![]))
        }
    }
}

/// Stores accepted files on the ticket; a failure here does not undo the
/// reply it came with, so it is logged.
async fn attach(
    state: &AppState,
    sender: &User,
    ticket: &store::Ticket,
    files: Vec<RawFile>,
    comment_id: Option<i64>,
) {
    if files.is_empty() {
        return;
    }
    let upload = Upload {
        files,
        redact: false,
        comment_id,
        csrf_token: None,
    };
    if let Err(e) = store_upload(state, sender, ticket, upload).await {
        tracing::warn!(error = %e, ticket_id = ticket.id, "storing mail attachments");
    }
}

/// Tells the sender their message was not stored, naming the kinds found
/// and never quoting them.
async fn refuse(state: &AppState, to: &User, kinds: &[guard::Kind]) -> Result<(), InboundError> {
    let Some(mail) = &state.settings.mail else {
        return Ok(());
    };
    let locale: Locale = to.locale;
    let mut names: Vec<String> = kinds
        .iter()
        .map(|k| i18n::t(locale, &format!("mail.kind.{}", k.code())))
        .collect();
    names.sort();
    names.dedup();
    let lines = [
        i18n::tf(locale, "mail.refused", &[("kinds", &names.join(", "))]),
        i18n::t(locale, "mail.refused_hint"),
    ];
    let link = format!(
        "{}/hc/{}/requests/new",
        mail.base_url.trim_end_matches('/'),
        locale.as_str()
    );
    let message = compose(
        locale,
        i18n::t(locale, "mail.refused_subject"),
        &lines,
        None,
        &link,
    );
    let new = NewMail {
        recipient: to.email.clone(),
        // Composed from templates and screened text; screened as a whole,
        // since composing can join what the guard saw apart.
        subject: app::text::derived(message.subject),
        text_body: app::text::derived(message.text),
        html_body: app::text::derived(message.html),
        reply_to: None,
        ticket_id: None,
    };
    state
        .desk
        .store
        .enqueue_mail(new, state.desk.clock.now())
        .await?;
    Ok(())
}
