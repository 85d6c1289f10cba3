//! A received message becomes a reply on its ticket (found by the token in
//! the `support+TOKEN@` address) or, sent to the plain support address by a
//! known person, a new request. The text passes the guard first: a message
//! carrying a secret is answered with an explanation and nothing of it is
//! stored.

use super::notify::compose;
use super::{reply_text, token_in};
use crate::api::attachments::{RawFile, Upload, store_upload};
use crate::error::ApiError;
use crate::submit::{self, screen_comment};
use crate::{AppState, Job, i18n};
use domain::{CommentVisibility, Locale, Priority};
use files::{FileError, Limits, clean};
use mail_parser::{Address, Message, MessageParser, MimeHeaders};
use store::{NewMail, NewTicket, ScreenedFields, StoreError, User};

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
    let sender = state
        .store
        .user_by_email(&from)
        .await?
        .ok_or(InboundError::NotAccepted)?;
    let body = message
        .body_text(0)
        .map(|b| reply_text(&b))
        .unwrap_or_default();
    let token = recipients
        .iter()
        .find_map(|r| token_in(r, &mail.support_address));
    let (files, mut found) = mail_files(state, &message).await?;

    if let Some(token) = token {
        let ticket_id = state
            .store
            .ticket_by_mail_token(&token)
            .await?
            .ok_or(InboundError::NotAccepted)?;
        let ticket = submit::visible_ticket(state, &sender, ticket_id)
            .await
            .map_err(|_| InboundError::NotAccepted)?;
        found.extend(guard::scan(&body).into_iter().map(|f| f.kind));
        if !found.is_empty() {
            refuse(state, &sender, &found).await?;
            return Ok(Outcome::Refused);
        }
        return match submit::add_comment(
            state,
            &sender,
            &ticket,
            &body,
            CommentVisibility::Public,
            None,
            false,
        )
        .await
        {
            Ok(c) => {
                attach(state, &sender, &ticket, files, Some(c.id)).await;
                Ok(Outcome::Replied {
                    ticket_id,
                    comment_id: c.id,
                })
            }
            Err(ApiError::Unprocessable { findings, .. }) if !findings.is_empty() => {
                refuse(
                    state,
                    &sender,
                    &findings.iter().map(|f| f.kind).collect::<Vec<_>>(),
                )
                .await?;
                Ok(Outcome::Refused)
            }
            Err(ApiError::Conflict("ticket_closed")) => Err(InboundError::Closed),
            Err(ApiError::Unprocessable { .. }) => Err(InboundError::Empty),
            Err(_) => Err(InboundError::NotAccepted),
        };
    }

    let to_support = recipients
        .iter()
        .any(|r| r.trim().eq_ignore_ascii_case(&mail.support_address));
    if !to_support {
        return Err(InboundError::NotAccepted);
    }
    // The subject as it will be kept (cleaned, cut to the form's length),
    // then screened: the guard sees the final value.
    let subject: String = domain::form::clean_text(message.subject().unwrap_or(""), false)
        .chars()
        .take(150)
        .collect();
    let subject = match guard::screen(subject.trim_end()) {
        Ok(s) => Some(s),
        Err(findings) => {
            found.extend(findings.into_iter().map(|f| f.kind));
            None
        }
    };
    let body = match screen_comment(&body, false) {
        Ok(b) => Some(b),
        Err(ApiError::Unprocessable { findings, .. }) if !findings.is_empty() => {
            found.extend(findings.iter().map(|f| f.kind));
            None
        }
        Err(_) => return Err(InboundError::Empty),
    };
    let subject = match subject {
        Some(s) if found.is_empty() => s,
        _ => {
            refuse(state, &sender, &found).await?;
            return Ok(Outcome::Refused);
        }
    };
    let subject = if subject.is_empty() {
        app::text::derived(i18n::t(sender.locale, "mail.no_subject"))
    } else {
        subject
    };
    let submit_key = message.message_id().map(app::keys::message_id);
    let new = NewTicket {
        form: "email".into(),
        subject,
        description: body,
        requester_id: sender.id,
        org_id: sender.org_id,
        priority: Priority::Normal,
        fields: ScreenedFields::new(),
        identifiers: vec![],
        sealed: vec![],
        seal_binding: None,
        submit_key: submit_key.clone(),
    };
    let now = state.clock.now();
    let schedule = crate::workspace::schedule(state, new.priority, now, "");
    match state
        .store
        .create_ticket_scheduled(new, &schedule, now)
        .await
    {
        Ok(ticket) => {
            attach(state, &sender, &ticket, files, None).await;
            super::notifier::after_change(state).await;
            Ok(Outcome::Created {
                ticket_id: ticket.id,
            })
        }
        // The same message delivered twice opens one request.
        Err(StoreError::Conflict("duplicate_submission")) => {
            let key = submit_key.unwrap_or_default();
            let existing = state
                .store
                .ticket_by_submit_key(sender.id, &key)
                .await?
                .ok_or(InboundError::NotAccepted)?;
            Ok(Outcome::Created {
                ticket_id: existing.id,
            })
        }
        Err(e) => Err(e.into()),
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
    state.store.enqueue_mail(new, state.clock.now()).await?;
    Ok(())
}
