//! Mail in: a received message becomes a reply on its ticket (found by the
//! token in the `support+TOKEN@` address) or, sent to the plain support
//! address by a known person, a new request. The text and the files pass
//! the guard first: a message carrying a secret is refused (the face tells
//! the sender why, `tell_refused`) and nothing of it is stored. Parsing
//! the message is the face's (on its blocking pool); its files are read
//! here, on the same pool (`attachments::Pool`).

use crate::attachments::{self, Pool, RawFile, Upload};
use crate::seal::Sealer;
use crate::{AppError, Desk, keys, text, tickets, workspace};
use domain::{CommentVisibility, Locale, Priority};
use files::{FileError, Limits};
use store::{Comment, NewMail, NewTicket, ScreenedFields, StoreError, Ticket, User};

/// A message as read: who sent it, to whom, its text (the reply part,
/// quotes and signature already cut) and its attached and inline files.
#[derive(Debug, Clone, Default)]
pub struct Received {
    pub recipients: Vec<String>,
    pub subject: String,
    pub body: String,
    pub message_id: Option<String>,
    pub files: Vec<RawFile>,
}

/// What became of a message.
#[derive(Debug)]
pub enum Taken {
    Replied {
        ticket: Ticket,
        comment: Comment,
    },
    /// A new request; `ticket` is None when the same message was taken
    /// before (the earlier request stands, nothing new was stored).
    Created {
        ticket_id: i64,
        ticket: Option<Ticket>,
    },
    /// Refused by the guard: these kinds were found.
    Refused {
        kinds: Vec<guard::Kind>,
    },
}

/// Why a message was not taken, by the face (mail off, a message it
/// cannot read) or by the rules here. Every way in (the API, `sportello
/// mail receive`) answers from this one list.
#[derive(Debug, thiserror::Error)]
pub enum NotTaken {
    #[error("mail is not configured")]
    MailOff,
    #[error("the message could not be parsed")]
    Unparseable,
    #[error("the message has no sender address")]
    NoSender,
    /// Unknown sender, unknown token, or a sender who may not see the
    /// ticket: the same answer for all, so nothing is revealed.
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

/// The sender, when the desk knows them.
pub async fn sender(desk: &Desk, from: &str) -> Result<User, NotTaken> {
    desk.store
        .user_by_email(from)
        .await?
        .ok_or(NotTaken::NotAccepted)
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

const REPLY_TOKEN: &str = "reply-token";

/// The reply token of a ticket: its id and a tag of it only this desk can
/// make, so mail about a new ticket needs nothing written for it (a token
/// kept per ticket cost a transaction per new ticket with mail on).
pub fn reply_token(sealer: &Sealer, ticket_id: i64) -> String {
    let id = ticket_id.to_string();
    let tag = sealer.tag(REPLY_TOKEN, id.as_bytes());
    format!("{id}-{}", hex::encode(tag))
}

/// The ticket a reply token names: one this desk tagged, or one kept in
/// the store by a version that stored random tokens (mail it sent may
/// still be answered).
pub async fn ticket_of_reply_token(desk: &Desk, token: &str) -> store::Result<Option<i64>> {
    if let Some((id, tag)) = token.split_once('-')
        && let Ok(ticket_id) = id.parse::<i64>()
        && let Ok(tag) = hex::decode(tag)
        && desk.sealer.tag_matches(REPLY_TOKEN, id.as_bytes(), &tag)
    {
        return Ok(Some(ticket_id));
    }
    desk.store.ticket_by_mail_token(token).await
}

/// Takes a message from `sender`: a reply when it is addressed to a
/// ticket's token, else a new request when sent to `support_address`,
/// with the files it carries. `no_subject` names a request sent without a
/// subject, in a language. A new request's news goes out once its files
/// are stored, so the mail and the ticket agree; a reply's goes out with
/// the reply, as for a reply on a page.
pub async fn take(
    desk: &Desk,
    pool: &impl Pool,
    sender: &User,
    support_address: &str,
    m: Received,
    no_subject: impl FnOnce(Locale) -> String,
) -> Result<Taken, NotTaken> {
    let token = m
        .recipients
        .iter()
        .find_map(|r| token_in(r, support_address));
    let (files, mut found) = read_files(desk, pool, m.files).await?;
    if let Some(token) = token {
        let ticket_id = ticket_of_reply_token(desk, &token)
            .await?
            .ok_or(NotTaken::NotAccepted)?;
        let ticket = tickets::visible(desk, sender, ticket_id)
            .await
            .map_err(|_| NotTaken::NotAccepted)?;
        found.extend(guard::scan(&m.body).into_iter().map(|f| f.kind));
        if !found.is_empty() {
            return Ok(Taken::Refused { kinds: found });
        }
        return match tickets::reply(
            desk,
            sender,
            &ticket,
            &m.body,
            CommentVisibility::Public,
            None,
            false,
        )
        .await
        {
            Ok(comment) => {
                attach(desk, pool, sender, &ticket, files, Some(comment.id)).await;
                Ok(Taken::Replied { ticket, comment })
            }
            Err(AppError::Unprocessable { findings, .. }) if !findings.is_empty() => {
                Ok(Taken::Refused {
                    kinds: findings.iter().map(|f| f.kind).collect(),
                })
            }
            Err(AppError::Conflict("ticket_closed")) => Err(NotTaken::Closed),
            Err(AppError::Unprocessable { .. }) => Err(NotTaken::Empty),
            Err(_) => Err(NotTaken::NotAccepted),
        };
    }

    let to_support = m
        .recipients
        .iter()
        .any(|r| r.trim().eq_ignore_ascii_case(support_address));
    if !to_support {
        return Err(NotTaken::NotAccepted);
    }
    // The subject as it will be kept (cleaned, cut to the form's length),
    // then screened: the guard sees the final value.
    let subject: String = domain::form::clean_text(&m.subject, false)
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
    let body = match text::comment(&m.body, false) {
        Ok(b) => Some(b),
        Err(AppError::Unprocessable { findings, .. }) if !findings.is_empty() => {
            found.extend(findings.iter().map(|f| f.kind));
            None
        }
        Err(_) => return Err(NotTaken::Empty),
    };
    let subject = match subject {
        Some(s) if found.is_empty() => s,
        _ => return Ok(Taken::Refused { kinds: found }),
    };
    let subject = if subject.is_empty() {
        text::derived(no_subject(sender.locale))
    } else {
        subject
    };
    let submit_key = m.message_id.as_deref().map(keys::message_id);
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
    let now = desk.now();
    let schedule = workspace::schedule(desk, new.priority, now, "");
    match desk
        .store
        .create_ticket_scheduled(new, &schedule, now)
        .await
    {
        Ok(ticket) => {
            attach(desk, pool, sender, &ticket, files, None).await;
            desk.changed().await;
            Ok(Taken::Created {
                ticket_id: ticket.id,
                ticket: Some(ticket),
            })
        }
        // The same message delivered twice opens one request.
        Err(StoreError::Conflict("duplicate_submission")) => {
            let key = submit_key.unwrap_or_default();
            let existing = desk
                .store
                .ticket_by_submit_key(sender.id, &key)
                .await?
                .ok_or(NotTaken::NotAccepted)?;
            Ok(Taken::Created {
                ticket_id: existing.id,
                ticket: None,
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// The message's files that the attachment rules accept, and the kinds of
/// secret found in any of them (which refuses the whole message). Files
/// that are empty, too large, of other types or unreadable are left out.
/// When the pool is busy the whole message waits for the sender's next
/// try; when reading failed, none of the files is taken.
async fn read_files(
    desk: &Desk,
    pool: &impl Pool,
    parts: Vec<RawFile>,
) -> Result<(Vec<RawFile>, Vec<guard::Kind>), NotTaken> {
    let max_bytes = desk.settings.max_attachment_bytes;
    let parts: Vec<RawFile> = parts
        .into_iter()
        .filter(|f| !f.bytes.is_empty() && f.bytes.len() <= max_bytes)
        .collect();
    let checked = pool
        .read_files(Box::new(move || {
            let limits = Limits::default();
            let mut files = Vec::new();
            let mut found = Vec::new();
            for f in parts {
                match files::clean(&f.bytes, &f.name, false, &limits) {
                    Ok(_) => files.push(f),
                    Err(FileError::Sensitive { found: kinds, .. }) => {
                        found.extend(kinds.into_iter().map(|k| k.kind));
                    }
                    Err(other) => tracing::info!(?other, "mail attachment left out"),
                }
            }
            (files, found)
        }))
        .await;
    match checked {
        Ok(checked) => Ok(checked),
        Err(AppError::Busy { .. }) => Err(NotTaken::Busy),
        Err(_) => {
            tracing::warn!("reading mail attachments failed; they are left out");
            Ok((vec![], vec![]))
        }
    }
}

/// Stores the accepted files on the ticket; a failure here does not undo
/// the reply or request they came with, so it is logged.
async fn attach(
    desk: &Desk,
    pool: &impl Pool,
    sender: &User,
    ticket: &Ticket,
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
    };
    if let Err(e) = attachments::attach(desk, pool, sender, ticket, upload).await {
        tracing::warn!(error = %e, ticket_id = ticket.id, "storing mail attachments");
    }
}

/// Queues the mail telling a sender why their message was not stored
/// (composed by the face, in their language, naming the kinds found and
/// never quoting them).
pub async fn tell_refused(desk: &Desk, mail: NewMail) -> Result<(), NotTaken> {
    desk.store.enqueue_mail(mail, desk.now()).await?;
    Ok(())
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
