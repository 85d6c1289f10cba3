//! The mail each notice asks for (`app::mail` decides who hears about
//! what), composed in the recipient's language. `notifier` queues it; the
//! sender delivers it.

use super::reply_address;
use crate::seal::Sealer;
use crate::{MailSettings, i18n};
use app::mail::Notice;
use askama::Template;
use domain::{Locale, Status};
use store::{NewMail, Ticket, User};

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

/// Composes notices (`app::mail::Notice`) in each recipient's language.
pub(crate) struct Compose<'a> {
    pub mail: &'a MailSettings,
    /// Tags the reply addresses.
    pub sealer: &'a Sealer,
}

impl app::mail::Composer for Compose<'_> {
    fn notify_agents_on_new(&self) -> bool {
        self.mail.notify_agents_on_new
    }

    fn compose(&self, ticket: &Ticket, notices: Vec<Notice>) -> Vec<NewMail> {
        let mail = self.mail;
        let reply_to = reply_address(self.sealer, mail, ticket.id);
        notices
            .into_iter()
            .map(|notice| match notice {
                Notice::Reply { to, author, body } => {
                    public_reply(mail, &reply_to, ticket, to, &author, &body)
                }
                Notice::Status { to, status } => {
                    status_changed(mail, &reply_to, ticket, to, status)
                }
                Notice::NewTicket { to } => new_ticket(mail, &reply_to, ticket, to),
            })
            .collect()
    }
}

/// A public reply by an agent: the requester gets it, in their language.
fn public_reply(
    mail: &MailSettings,
    reply_to: &str,
    ticket: &Ticket,
    to: User,
    author: &str,
    body: &str,
) -> NewMail {
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
    mail_to(reply_to, &to, ticket, message)
}

/// A change of status, told to the requester.
fn status_changed(
    mail: &MailSettings,
    reply_to: &str,
    ticket: &Ticket,
    to: User,
    status: Status,
) -> NewMail {
    let locale = to.locale;
    let status_label = i18n::t(locale, &format!("status.{}", status.as_str()));
    let line = i18n::tf(locale, "mail.status_changed", &[("status", &status_label)]);
    let link = requester_link(mail, locale, ticket);
    let message = compose(locale, subject_line(ticket), &[line], None, &link);
    mail_to(reply_to, &to, ticket, message)
}

/// A new ticket, told to an agent.
fn new_ticket(mail: &MailSettings, reply_to: &str, ticket: &Ticket, agent: User) -> NewMail {
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
    mail_to(reply_to, &agent, ticket, message)
}
