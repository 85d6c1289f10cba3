//! Who hears about what. Each function writes outbox rows and returns; the
//! sender delivers them later. With mail turned off they do nothing.

use super::reply_address;
use crate::{AppState, MailSettings, i18n};
use askama::Template;
use domain::{Locale, Status};
use store::{NewMail, Result, Ticket, User};

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
pub(super) struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub(super) fn compose(
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

async fn requester(state: &AppState, ticket: &Ticket) -> Result<Option<User>> {
    state.store.user_by_id(ticket.requester.id).await
}

async fn enqueue_for(
    state: &AppState,
    mail: &MailSettings,
    to: &User,
    ticket: &Ticket,
    message: Composed,
) -> Result<()> {
    let reply_to = reply_address(state, mail, ticket.id).await?;
    let new = NewMail {
        recipient: to.email.clone(),
        // Composed from templates and screened text; screened as a whole,
        // since composing can join what the guard saw apart.
        subject: app::text::derived(message.subject),
        text_body: app::text::derived(message.text),
        html_body: app::text::derived(message.html),
        reply_to: Some(reply_to),
        ticket_id: Some(ticket.id),
    };
    state.store.enqueue_mail(new, state.clock.now()).await?;
    Ok(())
}

fn requester_link(mail: &MailSettings, locale: Locale, ticket: &Ticket) -> String {
    format!(
        "{}/hc/{}/requests/{}",
        mail.base_url.trim_end_matches('/'),
        locale.as_str(),
        ticket.id
    )
}

/// A public reply by an agent: the requester gets it, in their language.
pub async fn public_reply(
    state: &AppState,
    ticket: &Ticket,
    author: &str,
    body: &str,
) -> Result<()> {
    let Some(mail) = &state.settings.mail else {
        return Ok(());
    };
    let Some(to) = requester(state, ticket).await? else {
        return Ok(());
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
    enqueue_for(state, mail, &to, ticket, message).await
}

/// A change of status, told to the requester.
pub async fn status_changed(state: &AppState, ticket: &Ticket, status: Status) -> Result<()> {
    let Some(mail) = &state.settings.mail else {
        return Ok(());
    };
    let Some(to) = requester(state, ticket).await? else {
        return Ok(());
    };
    let locale = to.locale;
    let status_label = i18n::t(locale, &format!("status.{}", status.as_str()));
    let line = i18n::tf(locale, "mail.status_changed", &[("status", &status_label)]);
    let link = requester_link(mail, locale, ticket);
    let message = compose(locale, subject_line(ticket), &[line], None, &link);
    enqueue_for(state, mail, &to, ticket, message).await
}

/// A new ticket, told to every agent when configured.
pub async fn new_ticket(state: &AppState, ticket: &Ticket) -> Result<()> {
    let Some(mail) = &state.settings.mail else {
        return Ok(());
    };
    if !mail.notify_agents_on_new {
        return Ok(());
    }
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
        enqueue_for(state, mail, &agent, ticket, message).await?;
    }
    Ok(())
}
