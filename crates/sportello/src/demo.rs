//! `serve --demo`: on an empty database, an organization, a requester, an
//! agent and an administrator (with random passwords printed once) and tickets in several states,
//! so a newcomer sees a living desk in a minute.

use domain::form::{self, RawFields, RawValue, ValidationContext};
use domain::{ClientId, CommentVisibility, Email, Locale, OrgSlug, Priority, Role, Status};
use guard::Screened;
use store::{NewComment, NewOrg, NewTicket, NewUser, Store, TicketPatch};
use time::{Duration, OffsetDateTime};

fn password() -> String {
    web::auth::random_token(12)
}

struct Demo {
    subject: &'static str,
    product: &'static str,
    client_id: &'static str,
    error: &'static str,
    endpoint: &'static str,
    extra: &'static [(&'static str, &'static str)],
    ago_hours: i64,
    status: Status,
    priority: Priority,
    reply: Option<&'static str>,
    note: Option<&'static str>,
}

const TICKETS: &[Demo] = &[
    Demo {
        subject: "Payment initiation returns 502 Bad Gateway",
        product: "payments",
        client_id: "sandbox-acmepay-1a2b3c",
        error: "HTTP 502 {\"error\":\"upstream_unavailable\"}",
        endpoint: "POST /v1/payments",
        extra: &[
            ("simp_id", "0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30"),
            ("x_request_id", "c39df0fb-a684-447c-9fbc-3f24c288f608"),
        ],
        ago_hours: 2,
        status: Status::New,
        priority: Priority::High,
        reply: None,
        note: None,
    },
    Demo {
        subject: "Batch account export never completes",
        product: "data",
        client_id: "acmepay",
        error: "Task stays in state PROCESSING after 6 hours",
        endpoint: "GET /v1/tasks/{task_id}",
        extra: &[
            ("request_mode", "batch"),
            ("task_id", "7d1c3b5a-9e2f-4a8b-b6c4-1e3f5a7b9d20"),
        ],
        ago_hours: 20,
        status: Status::Open,
        priority: Priority::Normal,
        reply: Some(
            "Thanks, we can see the task in our queue. We are looking into why the export worker stalled.",
        ),
        note: Some("Worker pool for exports was scaled to zero overnight; restarted at 08:10."),
    },
    Demo {
        subject: "Consent screen shows the wrong bank logo",
        product: "data",
        client_id: "acmepay",
        error: "No error; the logo of another bank is displayed",
        endpoint: "GET /v1/institutions?country=IT",
        extra: &[],
        ago_hours: 50,
        status: Status::Pending,
        priority: Priority::Low,
        reply: Some(
            "Could you tell us which institution id you selected and send a screenshot with any personal data covered?",
        ),
        note: None,
    },
    Demo {
        subject: "401 invalid_client on token exchange",
        product: "other",
        client_id: "sandbox-acmepay-1a2b3c",
        error: "HTTP 401 {\"error\":\"invalid_client\"}",
        endpoint: "POST /oauth/token",
        extra: &[],
        ago_hours: 96,
        status: Status::Solved,
        priority: Priority::Normal,
        reply: Some(
            "The sandbox client was calling the live token URL. Switching to the sandbox URL fixes it.",
        ),
        note: None,
    },
];

pub async fn seed(store: &dyn Store) -> anyhow::Result<()> {
    let articles = crate::demo_help::seed(store, OffsetDateTime::now_utc()).await?;
    if articles > 0 {
        println!("--demo: help center seeded with {articles} articles in English and Italian");
    }
    if store.count_users().await? > 0 {
        println!("--demo: the database already has users; nothing seeded");
        return Ok(());
    }
    let now = OffsetDateTime::now_utc();
    let org = store
        .create_org(NewOrg {
            slug: OrgSlug::parse("acme-pay").map_err(|e| anyhow::anyhow!("{e}"))?,
            name: Screened::constant("Acme Pay"),
            shared: true,
            client_ids: ["sandbox-acmepay-1a2b3c", "acmepay"]
                .iter()
                .map(|c| ClientId::parse(c).map_err(|e| anyhow::anyhow!("{e}")))
                .collect::<anyhow::Result<_>>()?,
        })
        .await?;
    let requester_pw = password();
    let agent_pw = password();
    let admin_pw = password();
    let requester = store
        .create_user(
            NewUser {
                email: Email::parse("giulia@acmepay.example")
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
                name: Screened::constant("Giulia Rossi"),
                role: Role::Requester,
                org_id: Some(org.id),
                locale: Locale::It,
                password_hash: Some(web::auth::hash_password(&requester_pw)),
            },
            now,
        )
        .await?;
    let agent = store
        .create_user(
            NewUser {
                email: Email::parse("agent@sportello.example")
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
                name: Screened::constant("Marco Bianchi"),
                role: Role::Agent,
                org_id: None,
                locale: Locale::En,
                password_hash: Some(web::auth::hash_password(&agent_pw)),
            },
            now,
        )
        .await?;
    // An administrator, so the people pages and the admin API can be tried.
    store
        .create_user(
            NewUser {
                email: Email::parse("admin@sportello.example")
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
                name: Screened::constant("Elena Conti"),
                role: Role::Admin,
                org_id: None,
                locale: Locale::En,
                password_hash: Some(web::auth::hash_password(&admin_pw)),
            },
            now,
        )
        .await?;
    let spec = form::incident();
    for d in TICKETS {
        let at = now - Duration::hours(d.ago_hours);
        let occurred =
            (at - Duration::minutes(20)).format(&time::format_description::well_known::Rfc3339)?;
        let text = |s: &str| RawValue::Text(s.to_owned());
        let mut raw = RawFields::from([
            ("subject".into(), text(d.subject)),
            ("product".into(), text(d.product)),
            ("client_id".into(), text(d.client_id)),
            ("occurred_at".into(), text(&occurred)),
            ("error_message".into(), text(d.error)),
            (
                "steps".into(),
                text("Called the endpoint from our backend with a valid sandbox consent."),
            ),
            ("endpoints".into(), RawValue::List(vec![d.endpoint.into()])),
            ("device".into(), text("Linux server")),
            ("browser".into(), text("server")),
        ]);
        for (k, v) in d.extra {
            raw.insert((*k).into(), text(v));
        }
        let ctx = ValidationContext {
            now,
            registered_client_ids: &org.client_ids,
        };
        // The same road as a submission: normalized, screened, validated.
        let accepted = app::submission::accept(&spec, &raw, &ctx, false, vec![])
            .map_err(|e| anyhow::anyhow!("demo ticket invalid: {e:?}"))?;
        let ticket = store
            .create_ticket(
                NewTicket {
                    form: accepted.valid.form.into(),
                    identifiers: accepted.identifiers,
                    subject: accepted.subject,
                    description: accepted.description,
                    requester_id: requester.id,
                    org_id: Some(org.id),
                    priority: d.priority,
                    fields: accepted.fields,
                    sealed: vec![],
                    seal_binding: None,
                    submit_key: None,
                },
                at,
            )
            .await?;
        if let Some(body) = d.note {
            let note = NewComment {
                ticket_id: ticket.id,
                author_id: agent.id,
                body: Screened::constant(body),
                visibility: CommentVisibility::Internal,
                new_status: None,
            };
            store.add_comment(note, at + Duration::minutes(30)).await?;
        }
        if let Some(body) = d.reply {
            let reply = NewComment {
                ticket_id: ticket.id,
                author_id: agent.id,
                body: Screened::constant(body),
                visibility: CommentVisibility::Public,
                new_status: Some(d.status),
            };
            store.add_comment(reply, at + Duration::minutes(45)).await?;
        }
        let assignee = (d.status != Status::New).then_some(agent.id);
        let patch = TicketPatch {
            status: Some(d.status),
            priority: None,
            assignee_id: Some(assignee),
        };
        store
            .update_ticket(ticket.id, &patch, agent.id, at + Duration::minutes(46))
            .await?;
    }
    println!("Demo data created. Sign in with:");
    println!("  requester  giulia@acmepay.example   password {requester_pw}");
    println!("  agent      agent@sportello.example  password {agent_pw}");
    println!("  admin      admin@sportello.example  password {admin_pw}");
    Ok(())
}
