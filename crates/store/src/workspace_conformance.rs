//! The workspace part of the conformance story (`WorkspaceStore`). Backend
//! crates call `run` against a fresh, empty database.
#![allow(clippy::unwrap_used, clippy::panic)]

use crate::*;
use domain::{CommentVisibility, Email, Locale, Priority, Role, Status};
use guard::Screened;
use time::{Duration, OffsetDateTime};

/// The story's own texts, through the guard like any text a store keeps.
fn s(text: &str) -> Screened {
    guard::screen(text).unwrap()
}

const T0: i64 = 1_790_000_000;

fn at(secs: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(T0 + secs).unwrap()
}

async fn user(store: &dyn Store, email: &str, role: Role) -> User {
    store
        .create_user(
            NewUser {
                email: Email::parse(email).unwrap(),
                name: s(email.split('@').next().unwrap()),
                role,
                org_id: None,
                locale: Locale::En,
                password_hash: None,
            },
            at(0),
        )
        .await
        .unwrap()
}

async fn ticket(
    store: &dyn Store,
    requester: &User,
    subject: &str,
    product: &str,
    ids: &[(&str, &str)],
    when: i64,
) -> Ticket {
    let mut fields = ScreenedFields::new();
    fields.insert("product".into(), ScreenedValue::Text(s(product)));
    for (k, v) in ids {
        fields.insert((*k).into(), ScreenedValue::Text(s(v)));
    }
    store
        .create_ticket(
            NewTicket {
                form: "incident".into(),
                subject: s(subject),
                description: None,
                requester_id: requester.id,
                org_id: None,
                priority: Priority::Normal,
                fields,
                identifiers: ids.iter().map(|(k, v)| ((*k).to_owned(), s(v))).collect(),
                sealed: vec![],
                seal_binding: None,
                submit_key: None,
            },
            at(when),
        )
        .await
        .unwrap()
}

fn ids(rows: &[ViewRow]) -> Vec<i64> {
    rows.iter().map(|r| r.ticket.id).collect()
}

pub async fn run(store: &dyn Store) {
    let agent = user(store, "wagent@example.com", Role::Agent).await;
    let req = user(store, "wreq@example.com", Role::Requester).await;

    let other = user(store, "wother@example.com", Role::Requester).await;
    let rid = "c39df0fb-a684-447c-9fbc-3f24c288f608";
    let a = ticket(
        store,
        &req,
        "Accounts return 502",
        "data",
        &[("client_id", "acme-1"), ("x_request_id", rid)],
        0,
    )
    .await;
    let b = ticket(
        store,
        &req,
        "Payment stuck",
        "payments",
        &[("client_id", "acme-1")],
        60,
    )
    .await;
    let c = ticket(
        store,
        &other,
        "Consent page blank",
        "data",
        &[("client_id", "beta-2")],
        120,
    )
    .await;

    // The product is a column; meta starts empty.
    let m = store.ticket_meta(a.id).await.unwrap().unwrap();
    assert_eq!(m.product.as_deref(), Some("data"));
    assert!(m.first_replied_at.is_none() && m.solved_at.is_none() && m.tags.is_empty());
    assert!(store.ticket_meta(999_999).await.unwrap().is_none());

    // Views: filters, counts, sorts and keyset pages.
    let mut q = ViewQuery {
        limit: 2,
        ..ViewQuery::default()
    };
    let page1 = store.view(&q).await.unwrap();
    assert_eq!(ids(&page1), vec![c.id, b.id]);
    q.after = Some(q.sort.cursor(page1.last().unwrap()));
    assert_eq!(ids(&store.view(&q).await.unwrap()), vec![a.id]);
    q.after = None;
    q.sort = ViewSort::Oldest;
    assert_eq!(ids(&store.view(&q).await.unwrap()), vec![a.id, b.id]);
    q.sort = ViewSort::Newest;
    q.limit = 50;
    q.product = Some("data".into());
    assert_eq!(
        store.count_view(&q, 100).await.unwrap(),
        ViewCount {
            n: 2,
            capped: false
        }
    );
    // Past the cap, a count that is not kept on write stops: "more than 1".
    let mut data_client = q.clone();
    data_client.client_id = Some("acme-1".into());
    data_client.product = None;
    assert_eq!(
        store.count_view(&data_client, 1).await.unwrap(),
        ViewCount { n: 1, capped: true }
    );
    q.client_id = Some("acme-1".into());
    assert_eq!(ids(&store.view(&q).await.unwrap()), vec![a.id]);
    // A client's view pages newest and oldest first like any other, and
    // holds only that client's tickets.
    let mut by_client = ViewQuery {
        client_id: Some("acme-1".into()),
        limit: 1,
        ..ViewQuery::default()
    };
    let first = store.view(&by_client).await.unwrap();
    assert_eq!(ids(&first), vec![b.id]);
    by_client.after = Some(by_client.sort.cursor(first.last().unwrap()));
    assert_eq!(ids(&store.view(&by_client).await.unwrap()), vec![a.id]);
    by_client.after = None;
    by_client.sort = ViewSort::Oldest;
    by_client.limit = 50;
    assert_eq!(
        ids(&store.view(&by_client).await.unwrap()),
        vec![a.id, b.id]
    );
    assert_eq!(
        store.count_view(&by_client, 100).await.unwrap(),
        ViewCount {
            n: 2,
            capped: false
        }
    );
    by_client.client_id = Some("beta-2".into());
    by_client.sort = ViewSort::Updated;
    assert_eq!(ids(&store.view(&by_client).await.unwrap()), vec![c.id]);

    // Identifier pivots: any key, exact value.
    let found = store
        .find_by_identifier(rid, &["x_request_id", "simp_id"], 10)
        .await
        .unwrap();
    assert_eq!(ids(&found), vec![a.id]);
    assert!(
        store
            .find_by_identifier(&rid[..8], &["x_request_id"], 10)
            .await
            .unwrap()
            .is_empty()
    );
    let both = store
        .find_by_identifier("acme-1", &["client_id"], 10)
        .await
        .unwrap();
    assert_eq!(ids(&both), vec![b.id, a.id]);

    // Full text: subjects, fields and comments; query syntax is inert.
    assert_eq!(
        ids(&store.search_text("consent", 10).await.unwrap()),
        vec![c.id]
    );
    assert_eq!(
        ids(&store.search_text("beta-2", 10).await.unwrap()),
        vec![c.id]
    );
    assert!(store.search_text("\" OR ) *", 10).await.unwrap().is_empty());
    // SLA: due times, the first public staff reply and solving stop clocks.
    store.set_sla_due(a.id, at(3600), at(7200)).await.unwrap();
    store.set_sla_due(b.id, at(3600), at(86_400)).await.unwrap();
    let breaching = ViewQuery {
        breaching_at: Some(at(4000)),
        limit: 50,
        ..ViewQuery::default()
    };
    assert_eq!(
        ids(&store.view(&breaching).await.unwrap()),
        vec![b.id, a.id]
    );
    breach_sort_story(store, &breaching, &a, &b, &c).await;
    store
        .add_comment(
            NewComment {
                ticket_id: b.id,
                author_id: agent.id,
                body: s("internal first"),
                visibility: CommentVisibility::Internal,
                new_status: None,
            },
            at(200),
        )
        .await
        .unwrap();
    assert!(
        store
            .ticket_meta(b.id)
            .await
            .unwrap()
            .unwrap()
            .first_replied_at
            .is_none()
    );
    store
        .add_comment(
            NewComment {
                ticket_id: b.id,
                author_id: agent.id,
                body: s("Looking into the stuck payment"),
                visibility: CommentVisibility::Public,
                new_status: Some(Status::Open),
            },
            at(300),
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .ticket_meta(b.id)
            .await
            .unwrap()
            .unwrap()
            .first_replied_at,
        Some(at(300))
    );
    assert_eq!(ids(&store.view(&breaching).await.unwrap()), vec![a.id]);
    assert_eq!(
        ids(&store.search_text("stuck payment", 10).await.unwrap()),
        vec![b.id]
    );
    let patch = TicketPatch {
        status: Some(Status::Solved),
        ..TicketPatch::default()
    };
    store
        .update_ticket(a.id, &patch, agent.id, at(5000))
        .await
        .unwrap();
    assert_eq!(
        store.ticket_meta(a.id).await.unwrap().unwrap().solved_at,
        Some(at(5000))
    );
    assert!(store.view(&breaching).await.unwrap().is_empty());
    let reopen = TicketPatch {
        status: Some(Status::Open),
        ..TicketPatch::default()
    };
    store
        .update_ticket(a.id, &reopen, agent.id, at(5100))
        .await
        .unwrap();
    assert!(
        store
            .ticket_meta(a.id)
            .await
            .unwrap()
            .unwrap()
            .solved_at
            .is_none()
    );

    // Tags: added, removed, audited, filterable.
    let tags = store
        .change_tags(a.id, &[s("outage"), s("psd2")], &[], agent.id, at(10))
        .await
        .unwrap();
    assert_eq!(tags, vec!["outage", "psd2"]);
    let tags = store
        .change_tags(a.id, &[], &[s("psd2")], agent.id, at(11))
        .await
        .unwrap();
    assert_eq!(tags, vec!["outage"]);
    assert!(
        store
            .audit_log(a.id)
            .await
            .unwrap()
            .iter()
            .any(|e| e.action == "tagged")
    );
    let tagged = ViewQuery {
        tag: Some("outage".into()),
        limit: 50,
        ..ViewQuery::default()
    };
    assert_eq!(ids(&store.view(&tagged).await.unwrap()), vec![a.id]);
    assert!(matches!(
        store
            .change_tags(999_999, &[s("x")], &[], agent.id, at(12))
            .await,
        Err(StoreError::NotFound)
    ));

    // Problems: link, no chains, no self links, listing.
    let p = ticket(store, &other, "Data API outage", "data", &[], 400).await;
    store
        .link_problem(a.id, Some(p.id), agent.id, at(500))
        .await
        .unwrap();
    store
        .link_problem(c.id, Some(p.id), agent.id, at(500))
        .await
        .unwrap();
    assert!(matches!(
        store
            .link_problem(p.id, Some(p.id), agent.id, at(500))
            .await,
        Err(StoreError::Conflict("problem_is_self"))
    ));
    assert!(matches!(
        store
            .link_problem(b.id, Some(a.id), agent.id, at(500))
            .await,
        Err(StoreError::Conflict("problem_is_linked"))
    ));
    assert!(matches!(
        store
            .link_problem(p.id, Some(b.id), agent.id, at(500))
            .await,
        Err(StoreError::Conflict("ticket_is_problem"))
    ));
    let linked: Vec<i64> = store
        .linked_tickets(p.id)
        .await
        .unwrap()
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(linked, vec![c.id, a.id]);
    assert_eq!(
        store.ticket_meta(p.id).await.unwrap().unwrap().linked_count,
        2
    );
    store
        .link_problem(c.id, None, agent.id, at(501))
        .await
        .unwrap();
    assert_eq!(store.linked_tickets(p.id).await.unwrap().len(), 1);

    // Clustering: signatures and their times in a window.
    for (t, when) in [(&a, 0), (&b, 60), (&c, 120)] {
        let _ = when;
        store
            .set_error_signature(t.id, &s("http <n> upstream"))
            .await
            .unwrap();
    }
    let times = store
        .signature_times("data", "http <n> upstream", at(-10), at(1000))
        .await
        .unwrap();
    assert_eq!(times, vec![T0, T0 + 120]);
    // The same to the minute; the other product's ticket is not counted.
    let minutes = store
        .signature_minutes("data", "http <n> upstream", at(-10), at(1000))
        .await
        .unwrap();
    assert_eq!(minutes, vec![(T0 / 60, 1), ((T0 + 120) / 60, 1)]);
    let clusters = store.clusters(at(-10), 2).await.unwrap();
    assert_eq!(clusters.len(), 1);
    assert_eq!(
        (clusters[0].product.as_str(), clusters[0].count),
        ("data", 2)
    );
    assert!(store.clusters(at(-10), 3).await.unwrap().is_empty());
    // The window starts mid-minute (T0 is 20 s into one): the ticket in
    // its first partial minute and the one two minutes on both count, and
    // the cluster spans them.
    let c0 = &clusters[0];
    assert_eq!((c0.first_at, c0.last_at), (at(0), at(120)));
    assert_eq!(c0.latest_ticket_id, c.id);
    // From 30 s on: `c` alone for data, `b` (at 60) for payments; a tie
    // of counts goes to the later latest ticket.
    let later = store.clusters(at(30), 1).await.unwrap();
    let seen: Vec<(&str, i64, OffsetDateTime, i64)> = later
        .iter()
        .map(|c| (c.product.as_str(), c.count, c.first_at, c.latest_ticket_id))
        .collect();
    assert_eq!(
        seen,
        vec![("data", 1, at(120), c.id), ("payments", 1, at(60), b.id)]
    );
    assert!(store.clusters(at(121), 1).await.unwrap().is_empty());
    // The latest ticket of each (product, signature), in the order asked.
    let latest = store
        .latest_with_signatures(&[
            ("data".into(), "never seen".into()),
            ("data".into(), "http <n> upstream".into()),
        ])
        .await
        .unwrap();
    assert_eq!(
        latest
            .iter()
            .map(|t| t.as_ref().map(|t| t.id))
            .collect::<Vec<_>>(),
        vec![None, Some(c.id)]
    );
    assert!(store.latest_with_signatures(&[]).await.unwrap().is_empty());
    let sig = ViewQuery {
        signature: Some("http <n> upstream".into()),
        limit: 50,
        ..ViewQuery::default()
    };
    assert_eq!(store.count_view(&sig, 100).await.unwrap().n, 3);

    // Related tickets.
    let (mine, same_client) = store
        .related(a.id, req.id, Some("acme-1"), 10)
        .await
        .unwrap();
    assert_eq!(mine.iter().map(|t| t.id).collect::<Vec<_>>(), vec![b.id]);
    assert_eq!(
        same_client.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![b.id]
    );

    // Macros.
    let m = store
        .create_macro(
            NewMacro {
                title: s("Solved by deploy"),
                body: s("Hi {{requester.name}}"),
                set_status: Some(Status::Solved),
                add_tags: vec![s("deploy")],
                created_by: agent.id,
            },
            at(0),
        )
        .await
        .unwrap();
    let all = store.macros().await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].set_status, all[0].add_tags.clone()),
        (Some(Status::Solved), vec!["deploy".to_owned()])
    );
    store.delete_macro(m.id).await.unwrap();
    assert!(matches!(
        store.delete_macro(m.id).await,
        Err(StoreError::NotFound)
    ));

    // Unread replies for requesters: staff public replies only, until read.
    let scope = Scope::Requester {
        user_id: req.id,
        shared_org_id: None,
    };
    let unread = store.unread(req.id, &scope).await.unwrap();
    assert_eq!(unread.len(), 1);
    assert_eq!((unread[0].ticket_id, unread[0].count), (b.id, 1));
    store.mark_read(req.id, b.id).await.unwrap();
    assert!(store.unread(req.id, &scope).await.unwrap().is_empty());
    store.mark_read(req.id, b.id).await.unwrap();

    // Dashboard aggregates.
    let d = store
        .dashboard(at(-86_400), at(10_000), &[3600, 4 * 3600], &[86_400])
        .await
        .unwrap();
    let created: i64 = d.created_per_day.iter().map(|(_, _, n)| n).sum();
    assert_eq!(created, 4);
    assert_eq!(d.first_reply_buckets.len(), 4);
    assert_eq!(
        d.first_reply_buckets.iter().sum::<i64>() - d.first_reply_buckets[3],
        1
    );
    assert_eq!(d.first_reply_buckets[3], 3);
    assert_eq!(d.backlog_buckets.iter().sum::<i64>(), 4);
    assert!(d.breaches_per_day.iter().map(|(_, n)| n).sum::<i64>() >= 1);
    assert_eq!(d.top_errors.first().map(|e| e.2), Some(2));
    let _ = Duration::ZERO;

    // A scheduled create stores the due times and signature with the ticket.
    let schedule = TicketSchedule {
        first_reply_due: at(3_600),
        resolution_due: at(86_400),
        error_signature: Some(s("http <n> upstream_unavailable")),
    };
    let new = NewTicket {
        form: "incident".into(),
        subject: s("Scheduled"),
        description: None,
        requester_id: req.id,
        org_id: None,
        priority: Priority::High,
        fields: ScreenedFields::new(),
        identifiers: vec![],
        sealed: vec![],
        seal_binding: None,
        submit_key: None,
    };
    let scheduled = store
        .create_ticket_scheduled(new, &schedule, at(0))
        .await
        .unwrap();
    let meta = store.ticket_meta(scheduled.id).await.unwrap().unwrap();
    assert_eq!(meta.first_reply_due_at, Some(schedule.first_reply_due));
    assert_eq!(meta.resolution_due_at, Some(schedule.resolution_due));
    assert_eq!(
        meta.error_signature.as_deref(),
        schedule.error_signature.as_deref()
    );
    // ...and breaches at the earlier due time, with no update in between.
    let breaching_at = |secs| ViewQuery {
        breaching_at: Some(at(secs)),
        limit: 50,
        ..ViewQuery::default()
    };
    let before = ids(&store.view(&breaching_at(3_599)).await.unwrap());
    let after = ids(&store.view(&breaching_at(3_601)).await.unwrap());
    assert!(!before.contains(&scheduled.id) && after.contains(&scheduled.id));

    // A new priority and its due times are one change: written together,
    // and the breach time follows without any other write.
    let urgent = SlaDue {
        first_reply: at(600),
        resolution: at(7_200),
    };
    let patch = TicketPatch {
        priority: Some(Priority::Urgent),
        ..TicketPatch::default()
    };
    let changed = store
        .update_ticket_with_sla(scheduled.id, &patch, Some(urgent), req.id, at(60))
        .await
        .unwrap();
    assert_eq!(changed.priority, Priority::Urgent);
    let meta = store.ticket_meta(scheduled.id).await.unwrap().unwrap();
    assert_eq!(meta.first_reply_due_at, Some(urgent.first_reply));
    assert_eq!(meta.resolution_due_at, Some(urgent.resolution));
    assert!(ids(&store.view(&breaching_at(601)).await.unwrap()).contains(&scheduled.id));
    // A patch that changes nothing writes no due times either.
    let same = store
        .update_ticket_with_sla(
            scheduled.id,
            &patch,
            Some(SlaDue {
                first_reply: schedule.first_reply_due,
                resolution: schedule.resolution_due,
            }),
            req.id,
            at(61),
        )
        .await
        .unwrap();
    assert_eq!(same.priority, Priority::Urgent);
    let meta = store.ticket_meta(scheduled.id).await.unwrap().unwrap();
    assert_eq!(meta.first_reply_due_at, Some(urgent.first_reply));

    // Solving a problem: each open linked ticket, then the problem, gets
    // the reply and is solved, in one transaction; a solved one is left be.
    let problem = ticket(store, &req, "Gateway down", "data", &[], 9_000).await;
    let one = ticket(store, &req, "502 on accounts", "data", &[], 9_001).await;
    let two = ticket(store, &other, "502 on balances", "data", &[], 9_002).await;
    let done = ticket(store, &other, "502 yesterday", "data", &[], 9_003).await;
    for t in [&one, &two, &done] {
        store
            .link_problem(t.id, Some(problem.id), agent.id, at(9_010))
            .await
            .unwrap();
    }
    let solved_already = TicketPatch {
        status: Some(Status::Solved),
        ..TicketPatch::default()
    };
    store
        .update_ticket(done.id, &solved_already, agent.id, at(9_011))
        .await
        .unwrap();
    let reply = s("The gateway was restarted; calls succeed again.");
    let solved = store
        .solve_problem(problem.id, &reply, agent.id, at(9_100))
        .await
        .unwrap();
    assert_eq!(solved, vec![two.id, one.id, problem.id]);
    for id in &solved {
        assert_eq!(
            store.ticket(*id).await.unwrap().unwrap().status,
            Status::Solved
        );
        let said = store.comments(*id, false).await.unwrap();
        assert_eq!(said.last().map(|c| c.body.as_str()), Some(reply.as_str()));
    }
    assert!(store.comments(done.id, false).await.unwrap().is_empty());
    // Nothing left to solve: a second call changes nothing.
    assert!(
        store
            .solve_problem(problem.id, &reply, agent.id, at(9_200))
            .await
            .unwrap()
            .is_empty()
    );

    // The word itself ranks before longer words that start with it, and a
    // page the whole word does not fill is completed by them, newest first.
    let older = ticket(store, &other, "Webhook retries pile up", "data", &[], 130).await;
    let newer = ticket(store, &other, "Retry storm after deploy", "data", &[], 140).await;
    assert_eq!(
        ids(&store.search_text("retry", 10).await.unwrap()),
        vec![newer.id]
    );
    assert_eq!(
        ids(&store.search_text("retr", 10).await.unwrap()),
        vec![newer.id, older.id]
    );
    let newest = ticket(store, &other, "Retries exhausted", "data", &[], 150).await;
    assert_eq!(
        ids(&store.search_text("retr", 1).await.unwrap()),
        vec![newest.id]
    );
    assert_eq!(
        ids(&store.search_text("retries", 10).await.unwrap()),
        vec![newest.id, older.id]
    );
    // A ticket whose text and comments both match is listed once.
    store
        .add_comment(
            NewComment {
                ticket_id: newer.id,
                author_id: agent.id,
                body: s("The storm is back tonight"),
                visibility: CommentVisibility::Public,
                new_status: None,
            },
            at(160),
        )
        .await
        .unwrap();
    assert_eq!(
        ids(&store.search_text("storm", 10).await.unwrap()),
        vec![newer.id]
    );
}

/// An agent's correction of a ticket's fields: the fields, the product,
/// the identifiers and the text index follow it, and the audit log names
/// the keys that changed (never their values).
/// The breach sort: the next due time of either clock, soonest (so the
/// longest overdue) first, ties by ticket number, tickets without a running
/// target last, and keyset pages that cross ties and the end of the
/// targets. `a` and `b` are both due a first reply at 3600, `c` has none.
async fn breach_sort_story(
    store: &dyn Store,
    breaching: &ViewQuery,
    a: &Ticket,
    b: &Ticket,
    c: &Ticket,
) {
    let mut q = breaching.clone();
    q.sort = ViewSort::Breach;
    assert_eq!(ids(&store.view(&q).await.unwrap()), vec![a.id, b.id]);
    store.set_sla_due(b.id, at(1800), at(86_400)).await.unwrap();
    let meta = store.ticket_meta(b.id).await.unwrap().unwrap();
    assert_eq!(meta.sla_breach_at, Some(at(1800)));
    q.limit = 1;
    let mut pages = vec![];
    loop {
        let page = store.view(&q).await.unwrap();
        let Some(last) = page.last() else { break };
        q.after = Some(q.sort.cursor(last));
        pages.extend(ids(&page));
    }
    assert_eq!(pages, vec![b.id, a.id]);
    // Every ticket, one page at a time: the one without a target last.
    let mut all = ViewQuery {
        sort: ViewSort::Breach,
        limit: 1,
        ..ViewQuery::default()
    };
    let mut pages = vec![];
    loop {
        let page = store.view(&all).await.unwrap();
        let Some(last) = page.last() else { break };
        all.after = Some(all.sort.cursor(last));
        pages.extend(ids(&page));
    }
    assert_eq!(pages, vec![b.id, a.id, c.id]);
    store.set_sla_due(b.id, at(3600), at(86_400)).await.unwrap();
}

pub async fn fields_correction_story(store: &dyn Store) {
    let agent = user(store, "fixer@example.com", Role::Agent).await;
    let req = user(store, "typo@example.com", Role::Requester).await;
    let t = ticket(
        store,
        &req,
        "Refund rejected",
        "payments",
        &[("client_id", "acme-typo-1")],
        100,
    )
    .await;

    let mut fields = ScreenedFields::new();
    fields.insert("product".into(), ScreenedValue::Text(s("accounts")));
    fields.insert("client_id".into(), ScreenedValue::Text(s("acme-right-1")));
    fields.insert(
        "error_message".into(),
        ScreenedValue::Text(s("quasarwobble refused")),
    );
    let after = store
        .update_ticket_fields(
            t.id,
            &FieldsChange {
                fields,
                identifiers: vec![("client_id".into(), s("acme-right-1"))],
                error_signature: Some(s("quasarwobble refused")),
                changed: vec!["client_id".into(), "product".into(), "error_message".into()],
            },
            agent.id,
            at(200),
        )
        .await
        .unwrap();
    assert_eq!(after.fields["client_id"], "acme-right-1");
    let meta = store.ticket_meta(t.id).await.unwrap().unwrap();
    assert_eq!(meta.product.as_deref(), Some("accounts"));
    assert_eq!(
        meta.error_signature.as_deref(),
        Some("quasarwobble refused")
    );
    assert!(
        store
            .find_by_identifier("acme-typo-1", &["client_id"], 10)
            .await
            .unwrap()
            .is_empty(),
        "the old identifier no longer finds the ticket"
    );
    assert_eq!(
        ids(&store
            .find_by_identifier("acme-right-1", &["client_id"], 10)
            .await
            .unwrap()),
        vec![t.id]
    );
    assert_eq!(
        ids(&store.search_text("quasarwobble", 10).await.unwrap()),
        vec![t.id],
        "the text index holds the corrected fields"
    );
    let log = store.audit_log(t.id).await.unwrap();
    let event = log
        .iter()
        .find(|e| e.action == "fields_changed")
        .expect("a fields_changed event");
    assert_eq!(event.actor_id, Some(agent.id));
    assert!(
        !event.detail.to_string().contains("acme-right-1"),
        "keys, not values"
    );
    assert!(matches!(
        store
            .update_ticket_fields(
                i64::MAX,
                &FieldsChange {
                    fields: ScreenedFields::new(),
                    identifiers: vec![],
                    error_signature: None,
                    changed: vec![],
                },
                agent.id,
                at(300),
            )
            .await,
        Err(StoreError::NotFound)
    ));
}

/// Counts a backend may keep on write (view counts by status and assignee,
/// the dashboard's backlog by age) agree with the tickets after they move
/// through every status and assignee, are reopened and unassigned, and
/// solved by a comment. Returns the story's "now" for `counts_agree`.
pub async fn kept_counts_story(store: &dyn Store) -> OffsetDateTime {
    let req = user(store, "counts-requester@acme.test", Role::Requester).await;
    let mut agents = vec![];
    for i in 0..3 {
        agents.push(user(store, &format!("counts-agent-{i}@acme.test"), Role::Agent).await);
    }
    let mut tickets = vec![];
    for i in 0..40 {
        // Six hours apart: tickets over ten days.
        let t = ticket(
            store,
            &req,
            &format!("counted {i}"),
            "data",
            &[],
            6 * 3600 * i,
        )
        .await;
        tickets.push(t.id);
    }
    // SLA targets on most, first replies on some (early, late, a day and
    // more later), so every part of the dashboard's window has tickets.
    for (k, id) in tickets.iter().enumerate() {
        let created = 6 * 3600 * k as i64;
        if k % 5 != 4 {
            let reply_due = created + (k as i64 % 3 + 1) * 3600;
            store
                .set_sla_due(*id, at(reply_due), at(created + 2 * 86_400))
                .await
                .unwrap();
        }
        if k % 3 == 0 {
            let delay = [600, 2 * 3600, 5 * 3600, 30 * 3600][k / 3 % 4];
            store
                .add_comment(
                    NewComment {
                        ticket_id: *id,
                        author_id: agents[k % 3].id,
                        body: s("first answer"),
                        visibility: CommentVisibility::Public,
                        new_status: None,
                    },
                    at(created + delay),
                )
                .await
                .unwrap();
        }
    }
    // Ages from a few hours to ten days: every backlog bucket holds some.
    let now = at(10 * 86_400);
    for (k, id) in tickets.iter().enumerate() {
        let assignee = match k % 4 {
            0 => None,
            n => Some(agents[n - 1].id),
        };
        let patch = TicketPatch {
            status: Some(Status::ALL[k % Status::ALL.len()]),
            assignee_id: Some(assignee),
            priority: None,
        };
        store
            .update_ticket(*id, &patch, agents[0].id, now)
            .await
            .unwrap();
    }
    counts_agree(store, now).await;
    for id in tickets.iter().step_by(7) {
        let patch = TicketPatch {
            status: Some(Status::Open),
            assignee_id: Some(None),
            priority: None,
        };
        store
            .update_ticket(*id, &patch, agents[0].id, now)
            .await
            .unwrap();
    }
    store
        .add_comment(
            NewComment {
                ticket_id: tickets[3],
                author_id: agents[1].id,
                body: s("solved"),
                visibility: CommentVisibility::Public,
                new_status: Some(Status::Solved),
            },
            now,
        )
        .await
        .unwrap();
    counts_agree(store, now).await;
    now
}

/// Every count a view by status and assignee shows, and the dashboard's
/// backlog by age, equal what the tickets themselves say (listed, not
/// counted, so no kept count takes part in the truth).
pub async fn counts_agree(store: &dyn Store, now: OffsetDateTime) {
    let all = store
        .view(&ViewQuery {
            limit: 500,
            ..ViewQuery::default()
        })
        .await
        .unwrap();
    assert!(all.len() < 500, "the story lists every ticket on one page");
    assert!(
        all.len() > 10,
        "more tickets than the cap the counts are asked with"
    );
    let working = [Status::New, Status::Open, Status::Pending, Status::OnHold];
    let assignees: Vec<Option<i64>> = all
        .iter()
        .map(|r| r.ticket.assignee.as_ref().map(|p| p.id))
        .collect();
    let mut filters = vec![(vec![], None), (vec![Status::Open], None)];
    filters.push((working.to_vec(), Some(AssigneeFilter::Unassigned)));
    for a in assignees.iter().flatten() {
        filters.push((working.to_vec(), Some(AssigneeFilter::User(*a))));
        filters.push((vec![Status::Solved], Some(AssigneeFilter::User(*a))));
    }
    for (statuses, assignee) in filters {
        let expected = all
            .iter()
            .filter(|r| statuses.is_empty() || statuses.contains(&r.ticket.status))
            .filter(|r| match &assignee {
                None => true,
                Some(AssigneeFilter::Unassigned) => r.ticket.assignee.is_none(),
                Some(AssigneeFilter::User(id)) => {
                    r.ticket.assignee.as_ref().map(|p| p.id) == Some(*id)
                }
            })
            .count() as i64;
        let q = ViewQuery {
            statuses: statuses.clone(),
            assignee: assignee.clone(),
            limit: 50,
            ..ViewQuery::default()
        };
        // Kept on write by both backends, so exact past any cap (a counted
        // view would stop at 10 and say "more").
        let count = store.count_view(&q, 10).await.unwrap();
        assert_eq!(
            (count.n, count.capped),
            (expected, false),
            "{statuses:?} {assignee:?}"
        );
    }
    let bounds = [86_400, 3 * 86_400, 7 * 86_400];
    let data = store
        .dashboard(now - Duration::days(14), now, &[3600], &bounds)
        .await
        .unwrap();
    let mut expected = vec![0i64; bounds.len() + 1];
    for r in &all {
        if matches!(r.ticket.status, Status::Solved | Status::Closed) {
            continue;
        }
        let age = (now - r.ticket.created_at).whole_seconds();
        let bucket = bounds.iter().position(|b| age < *b).unwrap_or(bounds.len());
        expected[bucket] += 1;
    }
    assert_eq!(data.backlog_buckets, expected);
    assert!(
        expected.iter().filter(|n| **n > 0).count() > 1,
        "the story spans several buckets"
    );
    // The window, from a midnight and from mid-day, with bounds the kept
    // hours answer and with one they cannot.
    let midnight = (now - Duration::days(7)).replace_time(time::Time::MIDNIGHT);
    for since in [now - Duration::days(7), midnight] {
        for first_reply_bounds in [&[3600, 4 * 3600][..], &[5400][..]] {
            window_agrees(store, &all, since, now, first_reply_bounds).await;
        }
    }
}

/// The dashboard's window as the tickets themselves say it: created per day
/// and product, first-reply buckets, and tickets per day of creation that
/// missed a target or are past one now (solving ends every clock).
async fn window_agrees(
    store: &dyn Store,
    all: &[ViewRow],
    since: OffsetDateTime,
    now: OffsetDateTime,
    bounds: &[i64],
) {
    use domain::sla::Timer;
    use std::collections::BTreeMap;
    let data = store
        .dashboard(since, now, bounds, &[86_400])
        .await
        .unwrap();
    let day = |t: OffsetDateTime| t.unix_timestamp().div_euclid(86_400) * 86_400;
    let mut created: BTreeMap<(i64, String), i64> = BTreeMap::new();
    let mut breached: BTreeMap<i64, i64> = BTreeMap::new();
    let mut buckets = vec![0i64; bounds.len() + 2];
    for r in all.iter().filter(|r| r.ticket.created_at >= since) {
        let m = &r.meta;
        let product = m.product.clone().unwrap_or_else(|| "other".into());
        *created
            .entry((day(r.ticket.created_at), product))
            .or_default() += 1;
        match m.first_replied_at {
            None => buckets[bounds.len() + 1] += 1,
            Some(replied) => {
                let delay = (replied - r.ticket.created_at).whole_seconds();
                buckets[bounds
                    .iter()
                    .position(|b| delay < *b)
                    .unwrap_or(bounds.len())] += 1;
            }
        }
        let first = m
            .first_reply_due_at
            .map(|d| Timer::at(d, m.first_replied_at.or(m.solved_at), now));
        let resolution = m.resolution_due_at.map(|d| Timer::at(d, m.solved_at, now));
        if first.is_some_and(Timer::breached) || resolution.is_some_and(Timer::breached) {
            *breached.entry(day(r.ticket.created_at)).or_default() += 1;
        }
    }
    let created: Vec<(i64, String, i64)> =
        created.into_iter().map(|((d, p), n)| (d, p, n)).collect();
    let breached: Vec<(i64, i64)> = breached.into_iter().collect();
    assert_eq!(data.created_per_day, created, "{since} {bounds:?}");
    assert_eq!(data.first_reply_buckets, buckets, "{since} {bounds:?}");
    assert_eq!(data.breaches_per_day, breached, "{since} {bounds:?}");
    assert!(breached.len() > 1 && buckets.iter().filter(|n| **n > 0).count() > 2);
}
