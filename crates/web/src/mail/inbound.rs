//! Mail in at the edge: the message parsed on the blocking pool, then
//! taken by `app::mail::inbound` (a reply on its ticket or a new request,
//! its files read and everything through the guard); a refused sender told
//! why in their language.

use super::notify::compose;
use super::reply_text;
use crate::error::ApiError;
use crate::{AppState, Job, i18n};
use app::attachments::RawFile;
use app::mail::inbound::{NotTaken, Received, Taken};
use domain::Locale;
use mail_parser::{Address, Message, MessageParser, MimeHeaders};
use store::{NewMail, User};

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

fn addresses(a: Option<&Address<'_>>) -> Vec<String> {
    a.map(|a| {
        a.iter()
            .filter_map(|x| x.address().map(str::to_owned))
            .collect()
    })
    .unwrap_or_default()
}

pub async fn receive(state: &AppState, raw: &[u8]) -> Result<Outcome, NotTaken> {
    let mail = state.settings.mail.as_ref().ok_or(NotTaken::MailOff)?;
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
            ApiError::Busy { .. } => NotTaken::Busy,
            _ => NotTaken::Unparseable,
        })?
        .ok_or(NotTaken::Unparseable)?;
    let from = addresses(message.from())
        .into_iter()
        .next()
        .ok_or(NotTaken::NoSender)?;
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
    let files = message
        .attachments()
        .map(|part| RawFile {
            name: part.attachment_name().unwrap_or("attachment").to_owned(),
            bytes: part.contents().to_vec(),
        })
        .collect();
    let received = Received {
        recipients,
        subject: message.subject().unwrap_or("").to_owned(),
        body,
        message_id: message.message_id().map(str::to_owned),
        files,
    };
    let no_subject = |locale| i18n::t(locale, "mail.no_subject");
    match app::mail::inbound::take(
        &state.desk,
        &state.blocking,
        &sender,
        &mail.support_address,
        received,
        no_subject,
    )
    .await?
    {
        Taken::Replied { ticket, comment } => Ok(Outcome::Replied {
            ticket_id: ticket.id,
            comment_id: comment.id,
        }),
        Taken::Created { ticket_id, .. } => Ok(Outcome::Created { ticket_id }),
        Taken::Refused { kinds } => {
            refuse(state, &sender, &kinds).await?;
            Ok(Outcome::Refused)
        }
    }
}

/// Tells the sender their message was not stored, naming the kinds found
/// and never quoting them.
async fn refuse(state: &AppState, to: &User, kinds: &[guard::Kind]) -> Result<(), NotTaken> {
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
    app::mail::inbound::tell_refused(&state.desk, new).await
}
