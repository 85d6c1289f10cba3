//! Who hears about what: the mail each kind of change asks for, composed in
//! the recipient's language. `notifier` queues it; the sender delivers it.

use super::reply_address;
use crate::{AppState, MailSettings, i18n};
use askama::Template;
use domain::{Locale, Status};
use store::{AuditEvent, NewMail, Result, Ticket, User};

#[derive(Template)]
#[template(path = "mail.html")]
struct MailHtml<'a> {
    lang: &'a str,
    heading: &'a str,
    paragraphs: &'a [String],
    quote: Option<&'a str>,
    link: &'a str,
    link_label: &'a str,
    footer: &'a str,
}

/// A message in one language, as plain text and HTML.
pub(crate) struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub(crate) fn compose(
    locale: Locale,
    subject: String,
    paragraphs: &[String],
    quote: Option<&str>,
    link: &str,
) -> Composed {
    let t = |k: &str| i18n::t(locale, k);
    let (link_label, footer) = (t("mail.open_link"), t("mail.footer"));
    let mut text = paragraphs.join("\n\n");
    if let Some(q) = quote {
        text.push_str("\n\n");
        text.push_str(q);
    }
    text.push_str(&format!("\n\n{link_label}: {link}\n\n-- \n{footer}\n"));
    let page = MailHtml {
        lang: locale.as_str(),
        heading: &subject,
        paragraphs,
        quote,
        link,
        link_label: &link_label,
        footer: &footer,
    };
    let html = page.render().unwrap_or_else(|_| String::new());
    Composed {
        subject,
        text,
        html,
    }
}

fn subject_line(ticket: &Ticket) -> String {
    format!("[#{}] {}", ticket.id, ticket.subject)
}

fn mail_to(reply_to: &str, to: &User, ticket: &Ticket, message: Composed) -> NewMail {
    NewMail {
        recipient: to.email.clone(),
        // Composed from templates and screened text; screened as a whole,
        // since composing can join what the guard saw apart.
        subject: app::text::derived(message.subject),
        text_body: app::text::derived(message.text),
        html_body: app::text::derived(message.html),
        reply_to: Some(reply_to.to_owned()),
        ticket_id: Some(ticket.id),
    }
}

fn requester_link(mail: &MailSettings, locale: Locale, ticket: &Ticket) -> String {
    format!(
        "{}/hc/{}/requests/{}",
        mail.base_url.trim_end_matches('/'),
        locale.as_str(),
        ticket.id
    )
}

/// The mail one change asks for: who hears about what. Events of tickets
/// or people that are gone ask for none.
pub(super) async fn mails_for(
    state: &AppState,
    mail: &MailSettings,
    event: &AuditEvent,
) -> Result<Vec<NewMail>> {
    let Some(ticket) = state.store.ticket(event.ticket_id).await? else {
        return Ok(vec![]);
    };
    match event.action.as_str() {
        "created" => new_ticket(state, mail, &ticket).await,
        "replied" => {
            let Some(comment_id) = event.detail["comment_id"].as_i64() else {
                return Ok(vec![]);
            };
            let comments = state.store.comments(ticket.id, false).await?;
            match comments.into_iter().find(|c| c.id == comment_id) {
                Some(c) if c.author_role.is_staff() => {
                    public_reply(state, mail, &ticket, &c.author.name, &c.body).await
                }
                _ => Ok(vec![]),
            }
        }
        // A status changed with a reply is told by the reply.
        "updated" if event.detail.get("comment_id").is_none() => {
            let status = event.detail["status"][1]
                .as_str()
                .and_then(|s| s.parse::<Status>().ok());
            match status {
                Some(status) => status_changed(state, mail, &ticket, status).await,
                None => Ok(vec![]),
            }
        }
        _ => Ok(vec![]),
    }
}

/// A public reply by an agent: the requester gets it, in their language.
async fn public_reply(
    state: &AppState,
    mail: &MailSettings,
    ticket: &Ticket,
    author: &str,
    body: &str,
) -> Result<Vec<NewMail>> {
    let Some(to) = state.store.user_by_id(ticket.requester.id).await? else {
        return Ok(vec![]);
    };
    let locale = to.locale;
    let intro = i18n::tf(locale, "mail.reply_intro", &[("author", author)]);
    let hint = i18n::t(locale, "mail.reply_hint");
    let link = requester_link(mail, locale, ticket);
    let message = compose(
        locale,
        subject_line(ticket),
        &[intro, hint],
        Some(body),
        &link,
    );
    let reply_to = reply_address(state, mail, ticket.id).await?;
    Ok(vec![mail_to(&reply_to, &to, ticket, message)])
}

/// A change of status, told to the requester.
async fn status_changed(
    state: &AppState,
    mail: &MailSettings,
    ticket: &Ticket,
    status: Status,
) -> Result<Vec<NewMail>> {
    let Some(to) = state.store.user_by_id(ticket.requester.id).await? else {
        return Ok(vec![]);
    };
    let locale = to.locale;
    let status_label = i18n::t(locale, &format!("status.{}", status.as_str()));
    let line = i18n::tf(locale, "mail.status_changed", &[("status", &status_label)]);
    let link = requester_link(mail, locale, ticket);
    let message = compose(locale, subject_line(ticket), &[line], None, &link);
    let reply_to = reply_address(state, mail, ticket.id).await?;
    Ok(vec![mail_to(&reply_to, &to, ticket, message)])
}

/// A new ticket, told to every agent when configured.
async fn new_ticket(
    state: &AppState,
    mail: &MailSettings,
    ticket: &Ticket,
) -> Result<Vec<NewMail>> {
    if !mail.notify_agents_on_new {
        return Ok(vec![]);
    }
    let reply_to = reply_address(state, mail, ticket.id).await?;
    let mut mails = Vec::new();
    for agent in state.store.staff().await? {
        let locale = agent.locale;
        let line = i18n::tf(
            locale,
            "mail.new_ticket",
            &[("requester", &ticket.requester.name)],
        );
        let link = format!(
            "{}/agent/tickets/{}",
            mail.base_url.trim_end_matches('/'),
            ticket.id
        );
        let message = compose(locale, subject_line(ticket), &[line], None, &link);
        mails.push(mail_to(&reply_to, &agent, ticket, message));
    }
    Ok(mails)
}
