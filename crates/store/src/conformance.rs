//! The one story every backend must tell the same way. Backend crates call
//! `run` from their tests against a fresh, empty database.
//!
//! It panics (with a message saying which promise broke) on the first
//! difference, which is what a test wants.
#![allow(clippy::unwrap_used, clippy::panic)]

use crate::*;
use domain::{ClientId, CommentVisibility, Email, Locale, OrgSlug, Priority, Role, Status};
use guard::Screened;
use time::{Duration, OffsetDateTime};

/// The story's own texts, through the guard like any text a store keeps.
fn s(text: &str) -> Screened {
    guard::screen(text).unwrap()
}

const T0: i64 = 1_790_000_000;

fn at(offset_secs: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(T0 + offset_secs).unwrap()
}

fn new_user(email: &str, role: Role, org_id: Option<i64>) -> NewUser {
    NewUser {
        email: Email::parse(email).unwrap(),
        name: s(email.split('@').next().unwrap()),
        role,
        org_id,
        locale: Locale::En,
        password_hash: Some("$argon2id$fake".into()),
    }
}

fn new_ticket(requester: &User, subject: &str, client_id: &str) -> NewTicket {
    let mut fields = ScreenedFields::new();
    fields.insert("client_id".into(), ScreenedValue::Text(s(client_id)));
    NewTicket {
        form: "incident".into(),
        subject: s(subject),
        description: None,
        requester_id: requester.id,
        org_id: requester.org_id,
        priority: Priority::Normal,
        fields,
        identifiers: vec![("client_id".into(), s(client_id))],
        sealed: vec![],
        seal_binding: None,
        submit_key: None,
    }
}

pub async fn run(store: &dyn Store) {
    // Organizations keep their client ids; slugs are unique.
    let org = store
        .create_org(NewOrg {
            slug: OrgSlug::parse("acme").unwrap(),
            name: s("Acme Pay"),
            shared: true,
            client_ids: vec![
                ClientId::parse("acmepay").unwrap(),
                ClientId::parse("sandbox-acme").unwrap(),
            ],
        })
        .await
        .unwrap();
    assert_eq!(org.client_ids, vec!["acmepay", "sandbox-acme"]);
    assert!(org.shared);
    assert_eq!(store.org_by_slug("acme").await.unwrap().unwrap().id, org.id);
    let dup = NewOrg {
        slug: OrgSlug::parse("acme").unwrap(),
        name: s("x"),
        shared: false,
        client_ids: vec![],
    };
    assert!(matches!(
        store.create_org(dup).await,
        Err(StoreError::Conflict("slug_taken"))
    ));
    let private_org = store
        .create_org(NewOrg {
            slug: OrgSlug::parse("solo").unwrap(),
            name: s("Solo"),
            shared: false,
            client_ids: vec![],
        })
        .await
        .unwrap();

    // Users: unique email, case-insensitive lookup, org sharing flag carried.
    let ann = store
        .create_user(
            new_user("ann@acme.test", Role::Requester, Some(org.id)),
            at(0),
        )
        .await
        .unwrap();
    let bob = store
        .create_user(
            new_user("bob@acme.test", Role::Requester, Some(org.id)),
            at(0),
        )
        .await
        .unwrap();
    let sol = store
        .create_user(
            new_user("sol@solo.test", Role::Requester, Some(private_org.id)),
            at(0),
        )
        .await
        .unwrap();
    let agent = store
        .create_user(new_user("agent@desk.test", Role::Agent, None), at(0))
        .await
        .unwrap();
    assert!(ann.org_shared && !sol.org_shared);
    assert!(matches!(
        store
            .create_user(new_user("ANN@acme.test", Role::Requester, None), at(0))
            .await,
        Err(StoreError::Conflict("email_taken"))
    ));
    let (found, hash) = store.credentials("Ann@Acme.test").await.unwrap().unwrap();
    assert_eq!(
        (found.id, hash.as_deref()),
        (ann.id, Some("$argon2id$fake"))
    );
    assert_eq!(
        store
            .staff()
            .await
            .unwrap()
            .iter()
            .map(|u| u.id)
            .collect::<Vec<_>>(),
        vec![agent.id]
    );
    assert_eq!(store.count_users().await.unwrap(), 4);

    // Sessions expire and can be ended.
    store.create_session("h1", ann.id, at(3600)).await.unwrap();
    assert_eq!(
        store
            .session_user("h1", at(10))
            .await
            .unwrap()
            .map(|u| u.id),
        Some(ann.id)
    );
    assert!(
        store.session_user("h1", at(3600)).await.unwrap().is_none(),
        "expired"
    );
    store.delete_session("h1").await.unwrap();
    store.create_session("h2", ann.id, at(3600)).await.unwrap();
    store.delete_session("h2").await.unwrap();
    assert!(
        store.session_user("h2", at(10)).await.unwrap().is_none(),
        "signed out"
    );

    // API tokens: found by hash, listed, revoked only by their owner.
    let tok = store
        .create_api_token(ann.id, &s("ci"), "th1", at(0))
        .await
        .unwrap();
    assert_eq!(
        store
            .api_token_user("th1", at(5))
            .await
            .unwrap()
            .map(|u| u.id),
        Some(ann.id)
    );
    let listed = store.api_tokens(ann.id).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].last_used_at, Some(at(5)));
    assert!(matches!(
        store.revoke_api_token(bob.id, tok.id).await,
        Err(StoreError::NotFound)
    ));
    store.revoke_api_token(ann.id, tok.id).await.unwrap();
    assert!(store.api_token_user("th1", at(6)).await.unwrap().is_none());

    // Rate limits: a fixed window, Retry-After until it ends.
    for _ in 0..3 {
        assert_eq!(
            store.rate_limit_hit(&s("k"), at(0), 60, 3).await.unwrap(),
            RateDecision::Allowed
        );
    }
    assert_eq!(
        store.rate_limit_hit(&s("k"), at(20), 60, 3).await.unwrap(),
        RateDecision::Limited {
            retry_after_secs: 40
        }
    );
    assert_eq!(
        store.rate_limit_hit(&s("k"), at(60), 60, 3).await.unwrap(),
        RateDecision::Allowed,
        "new window"
    );
    assert_eq!(
        store
            .rate_limit_hit(&s("other"), at(20), 60, 3)
            .await
            .unwrap(),
        RateDecision::Allowed
    );

    // Tickets: sequential numbers, status new, audit of creation.
    let t1 = store
        .create_ticket(new_ticket(&ann, "First", "acmepay"), at(100))
        .await
        .unwrap();
    let t2 = store
        .create_ticket(new_ticket(&bob, "Second", "sandbox-acme"), at(200))
        .await
        .unwrap();
    let t3 = store
        .create_ticket(new_ticket(&sol, "Third 100%_done", "solo-client"), at(300))
        .await
        .unwrap();
    assert_eq!((t2.id, t3.id), (t1.id + 1, t1.id + 2));
    assert_eq!(t1.status, Status::New);
    assert_eq!(t1.requester.email, "ann@acme.test");
    assert_eq!(
        t1.fields.get("client_id"),
        Some(&serde_json::json!("acmepay"))
    );
    assert_eq!(t1.created_at, at(100));
    // What creating answers is the ticket as stored: what a read returns.
    for t in [&t1, &t2, &t3] {
        let read = store.ticket(t.id).await.unwrap().unwrap();
        assert_eq!(
            serde_json::to_value(&read).unwrap(),
            serde_json::to_value(t).unwrap()
        );
    }

    // Duplicate submit keys are refused per requester.
    let mut keyed = new_ticket(&ann, "Keyed", "acmepay");
    keyed.submit_key = Some(s("sk-1"));
    let k = store.create_ticket(keyed.clone(), at(400)).await.unwrap();
    assert!(matches!(
        store.create_ticket(keyed, at(401)).await,
        Err(StoreError::Conflict("duplicate_submission"))
    ));
    assert_eq!(
        store
            .ticket_by_submit_key(ann.id, "sk-1")
            .await
            .unwrap()
            .map(|t| t.id),
        Some(k.id)
    );
    let mut bobs = new_ticket(&bob, "Same key, other person", "acmepay");
    bobs.submit_key = Some(s("sk-1"));
    store.create_ticket(bobs, at(402)).await.unwrap();

    // Scopes: own, shared org, private org; identifiers; text; keyset paging.
    let ids = |v: Vec<Ticket>| v.into_iter().map(|t| t.id).collect::<Vec<_>>();
    let mine_only = TicketFilter::new(Scope::Requester {
        user_id: sol.id,
        shared_org_id: None,
    });
    assert_eq!(
        ids(store.list_tickets(&mine_only).await.unwrap()),
        vec![t3.id]
    );
    let shared = TicketFilter::new(Scope::Requester {
        user_id: ann.id,
        shared_org_id: Some(org.id),
    });
    assert_eq!(store.count_tickets(&shared).await.unwrap(), 4);
    let all_shared = ids(store.list_tickets(&shared).await.unwrap());
    assert!(!all_shared.contains(&t3.id));
    assert_eq!(all_shared.len(), 4);
    assert!(all_shared.windows(2).all(|w| w[0] > w[1]), "newest first");
    // Page by page, own and organization's tickets interleave the same way.
    let mut one_by_one = TicketFilter::new(Scope::Requester {
        user_id: ann.id,
        shared_org_id: Some(org.id),
    });
    one_by_one.limit = 1;
    let mut walked = Vec::new();
    loop {
        let page = ids(store.list_tickets(&one_by_one).await.unwrap());
        let Some(last) = page.last().copied() else {
            break;
        };
        walked.extend(page);
        one_by_one.before_id = Some(last);
    }
    assert_eq!(walked, all_shared);
    let mut by_id = TicketFilter::new(Scope::All);
    by_id.identifier = Some(("client_id".into(), "sandbox-acme".into()));
    assert_eq!(ids(store.list_tickets(&by_id).await.unwrap()), vec![t2.id]);
    let mut by_text = TicketFilter::new(Scope::All);
    by_text.text = Some("100%_".into());
    assert_eq!(
        ids(store.list_tickets(&by_text).await.unwrap()),
        vec![t3.id],
        "LIKE wildcards are literal"
    );
    let mut page = TicketFilter::new(Scope::All);
    page.limit = 2;
    let first = ids(store.list_tickets(&page).await.unwrap());
    assert_eq!(first.len(), 2);
    page.before_id = first.last().copied();
    let second = ids(store.list_tickets(&page).await.unwrap());
    assert!(second.iter().all(|id| *id < first[1]));

    // Updates: audited with before and after; assignees must be staff.
    let patch = TicketPatch {
        status: Some(Status::Open),
        priority: Some(Priority::High),
        assignee_id: Some(Some(agent.id)),
    };
    let updated = store
        .update_ticket(t1.id, &patch, agent.id, at(500))
        .await
        .unwrap();
    assert_eq!(
        (updated.status, updated.priority),
        (Status::Open, Priority::High)
    );
    assert_eq!(updated.assignee.as_ref().map(|a| a.id), Some(agent.id));
    assert_eq!(updated.updated_at, at(500));
    let bad = TicketPatch {
        assignee_id: Some(Some(bob.id)),
        ..TicketPatch::default()
    };
    assert!(matches!(
        store.update_ticket(t1.id, &bad, agent.id, at(501)).await,
        Err(StoreError::Conflict("assignee_not_staff"))
    ));
    assert!(matches!(
        store
            .update_ticket(9_999_999, &patch, agent.id, at(501))
            .await,
        Err(StoreError::NotFound)
    ));
    let mut status = TicketFilter::new(Scope::All);
    status.statuses = vec![Status::Open];
    assert_eq!(ids(store.list_tickets(&status).await.unwrap()), vec![t1.id]);
    status.statuses = vec![];
    status.assignee = Some(AssigneeFilter::User(agent.id));
    assert_eq!(ids(store.list_tickets(&status).await.unwrap()), vec![t1.id]);
    status.assignee = Some(AssigneeFilter::Unassigned);
    assert!(!ids(store.list_tickets(&status).await.unwrap()).contains(&t1.id));

    // Conversation: internal notes are only for those who ask for them.
    let reply = NewComment {
        ticket_id: t1.id,
        author_id: agent.id,
        body: s("Looking into it"),
        visibility: CommentVisibility::Public,
        new_status: Some(Status::Pending),
    };
    let c = store.add_comment(reply, at(600)).await.unwrap();
    assert_eq!((c.author.id, c.author_role), (agent.id, Role::Agent));
    let note = NewComment {
        ticket_id: t1.id,
        author_id: agent.id,
        body: s("Upstream 502s"),
        visibility: CommentVisibility::Internal,
        new_status: None,
    };
    store.add_comment(note, at(601)).await.unwrap();
    assert_eq!(store.comments(t1.id, false).await.unwrap().len(), 1);
    assert_eq!(store.comments(t1.id, true).await.unwrap().len(), 2);
    assert_eq!(
        store.ticket(t1.id).await.unwrap().unwrap().status,
        Status::Pending
    );
    let orphan = NewComment {
        ticket_id: 9_999_999,
        author_id: agent.id,
        body: s("x"),
        visibility: CommentVisibility::Public,
        new_status: None,
    };
    assert!(matches!(
        store.add_comment(orphan, at(602)).await,
        Err(StoreError::NotFound)
    ));

    let log = store.audit_log(t1.id).await.unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        vec!["created", "updated", "replied", "updated", "noted"]
    );
    assert_eq!(log[1].detail["status"], serde_json::json!(["new", "open"]));

    // Sealed values: the store keeps ciphertext and a destruction date only.
    let mut sealed = new_ticket(&ann, "Refresh fails", "acmepay");
    sealed.sealed = vec![NewSealedField {
        key: "refresh_token".into(),
        ciphertext: vec![1, 2, 3],
        destroy_after: at(0) + Duration::days(30),
    }];
    let s = store.create_ticket(sealed, at(700)).await.unwrap();
    let fields = store.sealed_fields(s.id).await.unwrap();
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].key, "refresh_token");
    assert!(fields[0].destroyed_at.is_none());
}

/// The outbox: due mail is claimed once, failures come back later, sent
/// mail stays sent; reply tokens are stable per ticket.
pub async fn mail(store: &dyn Store) {
    let ann = store
        .create_user(new_user("mail@acme.test", Role::Requester, None), at(0))
        .await
        .unwrap();
    let ticket = store
        .create_ticket(new_ticket(&ann, "Mail", "acmepay"), at(0))
        .await
        .unwrap();
    let mail = |to: &str| NewMail {
        recipient: to.into(),
        subject: s("s"),
        text_body: s("t"),
        html_body: s("<p>t</p>"),
        reply_to: None,
        ticket_id: Some(ticket.id),
    };
    let a = store.enqueue_mail(mail("a@x.test"), at(10)).await.unwrap();
    let b = store.enqueue_mail(mail("b@x.test"), at(10)).await.unwrap();
    assert!(
        store
            .claim_due_mail(at(5), 10, 60)
            .await
            .unwrap()
            .is_empty(),
        "not due before it was queued"
    );
    let claimed = store.claim_due_mail(at(10), 10, 60).await.unwrap();
    assert_eq!(claimed.iter().map(|m| m.id).collect::<Vec<_>>(), vec![a, b]);
    assert!(
        store
            .claim_due_mail(at(20), 10, 60)
            .await
            .unwrap()
            .is_empty(),
        "leased"
    );
    assert_eq!(store.mail_backlog(100).await.unwrap(), 2, "both wait");
    assert_eq!(
        store.mail_backlog(1).await.unwrap(),
        1,
        "counted up to the cap"
    );
    store.mark_mail_sent(a, at(21)).await.unwrap();
    assert_eq!(
        store.mail_backlog(100).await.unwrap(),
        1,
        "a sent mail no longer waits"
    );
    store
        .mark_mail_failed(b, "connection refused", at(100))
        .await
        .unwrap();
    assert!(
        store
            .claim_due_mail(at(99), 10, 60)
            .await
            .unwrap()
            .is_empty(),
        "waits for its retry time"
    );
    let again = store.claim_due_mail(at(100), 10, 60).await.unwrap();
    assert_eq!(
        again.iter().map(|m| (m.id, m.attempts)).collect::<Vec<_>>(),
        vec![(b, 1)]
    );
    assert_eq!(again[0].last_error.as_deref(), Some("connection refused"));
    let all = store.outbox(10).await.unwrap();
    assert_eq!(
        all.iter().find(|m| m.id == a).unwrap().sent_at,
        Some(at(21))
    );

    assert_eq!(store.ticket_by_mail_token("tok-2").await.unwrap(), None);

    // Each event is told once: a batch that names an event already told
    // queues nothing and leaves the others pending.
    let earlier = pending_ids(store, 1000).await;
    assert!(
        store
            .queue_notifications(&earlier, vec![], at(29))
            .await
            .unwrap()
    );
    for subject in ["Mail again", "Mail once more"] {
        store
            .create_ticket(new_ticket(&ann, subject, "acmepay"), at(30))
            .await
            .unwrap();
    }
    let pending = pending_ids(store, 10).await;
    assert_eq!(pending.len(), 2, "one created event per ticket");
    let (first, second) = (pending[0], pending[1]);
    assert!(
        store
            .queue_notifications(&[first], vec![mail("told@x.test")], at(31))
            .await
            .unwrap()
    );
    assert!(
        !store
            .queue_notifications(&[second, first], vec![mail("twice@x.test")], at(32))
            .await
            .unwrap(),
        "the first was told already"
    );
    let still = pending_ids(store, 10).await;
    assert_eq!(still, vec![second]);
    let recipients: Vec<String> = store
        .outbox(10)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.recipient)
        .collect();
    assert!(recipients.contains(&"told@x.test".to_owned()));
    assert!(!recipients.contains(&"twice@x.test".to_owned()));
    assert!(
        store
            .queue_notifications(&[second], vec![], at(33))
            .await
            .unwrap()
    );
    assert!(store.pending_notifications(10).await.unwrap().is_empty());
}

/// The ids of the events waiting to be told, oldest first.
async fn pending_ids(store: &dyn Store, limit: i64) -> Vec<i64> {
    store
        .pending_notifications(limit)
        .await
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect()
}

/// A requester and one of their tickets with a sealed refresh token that
/// is due at `at(3600)`; for the stories below, on a fresh database.
async fn sealed_ticket(store: &dyn Store, email: &str) -> (User, Ticket) {
    let user = store
        .create_user(new_user(email, Role::Requester, None), at(0))
        .await
        .unwrap();
    let mut t = new_ticket(&user, "Refresh fails", "acmepay");
    t.sealed = vec![NewSealedField {
        key: "refresh_token".into(),
        ciphertext: b"\x01\x02sealed-bytes".to_vec(),
        destroy_after: at(3600),
    }];
    let ticket = store.create_ticket(t, at(0)).await.unwrap();
    (user, ticket)
}

/// Debug ids, reveals with their audit events, scheduled destruction and
/// job leases.
pub async fn secrets_story(store: &dyn Store) {
    let (user, ticket) = sealed_ticket(store, "dev@secrets.example").await;
    let agent = store
        .create_user(new_user("agent@secrets.example", Role::Agent, None), at(0))
        .await
        .unwrap();

    // Debug ids keep metadata; ids are unique; only the owner revokes.
    let new = |id: &str, expires: i64| NewDebugId {
        id: id.into(),
        user_id: user.id,
        org_id: None,
        client_id: Some(s("acmepay")),
        scopes: vec![s("accounts"), s("payments")],
        ciphertext: b"ct".to_vec(),
        expires_at: at(expires),
    };
    let d = store
        .create_debug_id(new("dbg_aaaaaaaaaaaaaaaaaaaaaaaaaa", 7200), at(0))
        .await
        .unwrap();
    assert_eq!(d.scopes, vec!["accounts", "payments"]);
    assert_eq!(d.client_id.as_deref(), Some("acmepay"));
    assert!(d.token_held());
    assert!(matches!(
        store
            .create_debug_id(new("dbg_aaaaaaaaaaaaaaaaaaaaaaaaaa", 7200), at(0))
            .await,
        Err(StoreError::Conflict(_))
    ));
    store
        .create_debug_id(new("dbg_bbbbbbbbbbbbbbbbbbbbbbbbbb", 100_000), at(1))
        .await
        .unwrap();
    let mine = store.debug_ids_of(user.id).await.unwrap();
    assert_eq!(mine.len(), 2);
    assert_eq!(mine[0].id, "dbg_bbbbbbbbbbbbbbbbbbbbbbbbbb", "newest first");
    assert!(matches!(
        store
            .revoke_debug_id("dbg_bbbbbbbbbbbbbbbbbbbbbbbbbb", agent.id, at(2))
            .await,
        Err(StoreError::NotFound)
    ));

    // Reveals hand back the ciphertext and leave an audit event.
    assert!(!store.can_reveal(agent.id).await.unwrap());
    store.set_can_reveal(agent.id, true, at(0)).await.unwrap();
    assert!(store.can_reveal(agent.id).await.unwrap());
    let ct = store
        .reveal_sealed(ticket.id, "refresh_token", agent.id, at(10))
        .await
        .unwrap();
    assert_eq!(
        ct.map(|c| c.ciphertext).as_deref(),
        Some(&b"\x01\x02sealed-bytes"[..])
    );
    let tok = store
        .reveal_debug_token(
            "dbg_aaaaaaaaaaaaaaaaaaaaaaaaaa",
            ticket.id,
            agent.id,
            at(11),
        )
        .await
        .unwrap();
    assert_eq!(tok.as_deref(), Some(&b"ct"[..]));
    let log = store.audit_log(ticket.id).await.unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        vec!["created", "sealed_revealed", "debug_token_revealed"]
    );
    assert_eq!(log[1].actor_id, Some(agent.id));
    assert_eq!(log[1].detail["key"], "refresh_token");
    store.set_can_reveal(agent.id, false, at(0)).await.unwrap();
    assert!(!store.can_reveal(agent.id).await.unwrap());

    // Revoking drops the token at once.
    store
        .revoke_debug_id("dbg_bbbbbbbbbbbbbbbbbbbbbbbbbb", user.id, at(20))
        .await
        .unwrap();
    let revoked = store
        .debug_id("dbg_bbbbbbbbbbbbbbbbbbbbbbbbbb")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(revoked.revoked_at, Some(at(20)));
    assert!(!revoked.token_held());
    assert_eq!(
        store
            .reveal_debug_token(
                "dbg_bbbbbbbbbbbbbbbbbbbbbbbbbb",
                ticket.id,
                agent.id,
                at(21)
            )
            .await
            .unwrap(),
        None
    );

    // Nothing is due before its time; everything due goes at once.
    assert_eq!(
        store.purge_due(at(3599)).await.unwrap(),
        PurgeCounts::default()
    );
    let counts = store.purge_due(at(7200)).await.unwrap();
    assert_eq!(
        (counts.sealed_values, counts.debug_tokens),
        (1, 1),
        "{counts:?}"
    );
    let sealed = store.sealed_fields(ticket.id).await.unwrap();
    assert_eq!(sealed[0].destroyed_at, Some(at(7200)));
    assert_eq!(
        store
            .reveal_sealed(ticket.id, "refresh_token", agent.id, at(7201))
            .await
            .unwrap(),
        None
    );
    assert_eq!(store.audit_log(ticket.id).await.unwrap().len(), 3);
    assert_eq!(
        store.purge_due(at(7300)).await.unwrap(),
        PurgeCounts::default()
    );

    // Solving a ticket makes its sealed values due at once.
    let (_, solved) = sealed_ticket(store, "other@secrets.example").await;
    let patch = TicketPatch {
        status: Some(Status::Solved),
        ..TicketPatch::default()
    };
    store
        .update_ticket(solved.id, &patch, agent.id, at(5))
        .await
        .unwrap();
    assert_eq!(store.purge_due(at(6)).await.unwrap().sealed_values, 1);

    // Leases: one holder at a time until the lease ends.
    assert!(store.claim_job("purge", "a", at(0), 60).await.unwrap());
    assert!(!store.claim_job("purge", "b", at(30), 60).await.unwrap());
    assert!(store.claim_job("purge", "a", at(30), 60).await.unwrap());
    assert!(store.claim_job("purge", "b", at(91), 60).await.unwrap());
    store.finish_job("purge", "b", at(95)).await.unwrap();
    assert!(store.claim_job("purge", "a", at(95), 60).await.unwrap());
}

/// Attachments keep their bytes and metadata and respect the per-message cap.
pub async fn attachments_story(store: &dyn Store) {
    let (user, ticket) = sealed_ticket(store, "files@attach.example").await;
    let file = |name: &str, comment_id: Option<i64>| NewAttachment {
        ticket_id: ticket.id,
        comment_id,
        uploader_id: user.id,
        filename: s(name),
        content_type: "text/plain".into(),
        removed: serde_json::json!([]),
        data: name.as_bytes().to_vec(),
    };
    let a = store
        .add_attachment(file("one.txt", None), "00ff", 2, at(1))
        .await
        .unwrap();
    assert_eq!(a.size, 7);
    assert_eq!(a.filename, "one.txt");
    store
        .add_attachment(file("two.txt", None), "00ff", 2, at(2))
        .await
        .unwrap();
    assert!(matches!(
        store
            .add_attachment(file("three.txt", None), "00ff", 2, at(3))
            .await,
        Err(StoreError::Conflict("too_many_files"))
    ));
    // A reply is another message with its own allowance.
    let reply = store
        .add_comment(
            NewComment {
                ticket_id: ticket.id,
                author_id: user.id,
                body: s("screenshot attached"),
                visibility: CommentVisibility::Public,
                new_status: None,
            },
            at(4),
        )
        .await
        .unwrap();
    let on_reply = store
        .add_attachment(file("three.txt", Some(reply.id)), "00ff", 2, at(5))
        .await
        .unwrap();
    assert_eq!(on_reply.comment_id, Some(reply.id));
    let (meta, data) = store.attachment_data(a.id).await.unwrap().unwrap();
    assert_eq!(meta.id, a.id);
    assert_eq!(data, b"one.txt");
    assert_eq!(store.attachments(ticket.id).await.unwrap().len(), 3);
    assert!(store.attachment(9999).await.unwrap().is_none());
    let mut missing = file("x.txt", None);
    missing.ticket_id = 9999;
    assert!(matches!(
        store.add_attachment(missing, "00", 5, at(6)).await,
        Err(StoreError::NotFound)
    ));
    let log = store.audit_log(ticket.id).await.unwrap();
    assert!(log.iter().any(|e| e.action == "attachment_added"));
}

fn hc_names(en: &str, it: &str) -> Vec<NewHcName> {
    vec![
        NewHcName {
            locale: Locale::En,
            name: s(en),
            description: Screened::default(),
        },
        NewHcName {
            locale: Locale::It,
            name: s(it),
            description: Screened::default(),
        },
    ]
}

fn hc_text(locale: Locale, title: &str, body: &str, published: bool) -> HcTranslationInput {
    HcTranslationInput {
        locale,
        title: s(title),
        body_md: s(body),
        body_html: guard::screen(format!("<p>{body}</p>")).unwrap(),
        body_text: s(body),
        published,
    }
}

/// The help center's story: content in two locales, drafts, search with
/// stemming and accents, votes, comments and deflection records. Runs on
/// a database that may already hold `run`'s data.
pub async fn help_center(store: &dyn Store) {
    let author = store
        .create_user(new_user("hc-author@example.com", Role::Agent, None), at(0))
        .await
        .unwrap();
    let reader = store
        .create_user(
            new_user("hc-reader@example.com", Role::Requester, None),
            at(0),
        )
        .await
        .unwrap();

    // Categories and sections keep their order and names per locale.
    let second = store
        .hc_create_category(2, &hc_names("Accounts", "Account"))
        .await
        .unwrap();
    let first = store
        .hc_create_category(1, &hc_names("Incidents", "Segnalazioni"))
        .await
        .unwrap();
    let cats = store.hc_categories().await.unwrap();
    assert_eq!(
        cats.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![first.id, second.id]
    );
    assert_eq!(cats[0].names.len(), 2);
    let renamed = store
        .hc_update_category(
            second.id,
            3,
            &hc_names("Your account", "Il tuo account")[..1],
        )
        .await
        .unwrap();
    assert_eq!(renamed.position, 3);
    assert!(
        renamed
            .names
            .iter()
            .any(|n| n.locale == Locale::En && n.name == "Your account")
    );
    assert!(
        renamed
            .names
            .iter()
            .any(|n| n.locale == Locale::It && n.name == "Account")
    );
    let sec = store
        .hc_create_section(first.id, 0, &hc_names("Tickets", "Ticket"))
        .await
        .unwrap();
    let other_sec = store
        .hc_create_section(second.id, 0, &hc_names("Tokens", "Token"))
        .await
        .unwrap();
    assert!(matches!(
        store.hc_create_section(9999, 0, &[]).await,
        Err(StoreError::Conflict("unknown_category"))
    ));
    assert_eq!(store.hc_sections(Some(first.id)).await.unwrap().len(), 1);

    // Articles: one id, a translation per locale; drafts are not searchable.
    let pay = store
        .hc_create_article(
            NewHcArticle {
                section_id: sec.id,
                position: 1,
                comments_closed: false,
                author_id: Some(author.id),
                translation: hc_text(
                    Locale::It,
                    "Pagamento rifiutato",
                    "Perché il pagamento viene rifiutato e cosa inviare al supporto.",
                    true,
                ),
            },
            at(10),
        )
        .await
        .unwrap();
    let pay = store
        .hc_save_translation(
            pay.id,
            hc_text(
                Locale::En,
                "Payment refused",
                "Why payments are refused and what to send to support.",
                false,
            ),
            at(20),
        )
        .await
        .unwrap();
    assert_eq!(pay.translations.len(), 2);
    assert_eq!(pay.updated_at, at(20));
    let tok = store
        .hc_create_article(
            NewHcArticle {
                section_id: sec.id,
                position: 0,
                comments_closed: true,
                author_id: None,
                translation: hc_text(
                    Locale::En,
                    "Refresh token lifetime",
                    "A refresh token lasts ninety days. Payment calls need a fresh access token.",
                    true,
                ),
            },
            at(30),
        )
        .await
        .unwrap();
    let search = |locale, q: &str| HcSearch {
        locale,
        terms: domain::search::query_terms(locale, q)
            .into_iter()
            .map(|t| vec![t])
            .collect(),
        prefix_last: false,
        limit: 10,
    };
    let ids = |hits: Vec<HcSearchHit>| hits.iter().map(|h| h.article_id).collect::<Vec<_>>();
    assert_eq!(
        ids(store
            .hc_search(&search(Locale::It, "pagamenti"))
            .await
            .unwrap()),
        vec![pay.id]
    );
    assert_eq!(
        ids(store
            .hc_search(&search(Locale::It, "perche"))
            .await
            .unwrap()),
        vec![pay.id]
    );
    // The English translation is a draft: only the token article matches,
    // and a title match outranks a body match once both are published.
    assert_eq!(
        ids(store
            .hc_search(&search(Locale::En, "payments"))
            .await
            .unwrap()),
        vec![tok.id]
    );
    store
        .hc_set_published(pay.id, Locale::En, true, at(40))
        .await
        .unwrap();
    assert_eq!(
        ids(store
            .hc_search(&search(Locale::En, "payments"))
            .await
            .unwrap()),
        vec![pay.id, tok.id]
    );
    assert!(
        store
            .hc_search(&search(Locale::En, "the of and"))
            .await
            .unwrap()
            .is_empty()
    );
    let mut prefix = search(Locale::En, "refresh tok");
    prefix.prefix_last = true;
    assert_eq!(ids(store.hc_search(&prefix).await.unwrap()), vec![tok.id]);
    // The index's terms, to complete and correct words; a group matches
    // through any of its terms.
    let terms = store.hc_terms(Locale::En).await.unwrap();
    let lifetime = domain::search::term(Locale::En, "lifetime").unwrap();
    assert!(terms.contains(&lifetime), "{terms:?}");
    assert!(!terms.iter().any(|t| t.contains(' ')));
    let either = HcSearch {
        locale: Locale::En,
        terms: vec![vec!["nosuchterm".into(), lifetime.clone()]],
        prefix_last: false,
        limit: 10,
    };
    assert_eq!(ids(store.hc_search(&either).await.unwrap()), vec![tok.id]);
    store
        .hc_set_published(tok.id, Locale::En, false, at(50))
        .await
        .unwrap();
    assert!(
        store
            .hc_search(&search(Locale::En, "lifetime"))
            .await
            .unwrap()
            .is_empty()
    );
    let public = store
        .hc_articles(&HcArticleFilter {
            section_id: Some(sec.id),
            published_only: true,
            limit: 10,
            ..HcArticleFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        public.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![pay.id]
    );
    let all = store
        .hc_articles(&HcArticleFilter {
            section_id: Some(sec.id),
            limit: 10,
            ..HcArticleFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        all.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![tok.id, pay.id],
        "ordered by position"
    );

    // Moving between sections.
    let moved = store
        .hc_update_article(
            tok.id,
            &HcArticlePatch {
                section_id: Some(other_sec.id),
                ..HcArticlePatch::default()
            },
            at(60),
        )
        .await
        .unwrap();
    assert_eq!(moved.section_id, other_sec.id);
    assert!(moved.comments_closed);

    // Listing a whole category in one call: at most `per_section` articles
    // of each section, first in display order, each with all its titles.
    let mut drafts = vec![];
    for (position, title) in [(5, "Fifth"), (3, "Third")] {
        let a = store
            .hc_create_article(
                NewHcArticle {
                    section_id: other_sec.id,
                    position,
                    comments_closed: false,
                    author_id: None,
                    translation: hc_text(Locale::En, title, "Draft text.", false),
                },
                at(61),
            )
            .await
            .unwrap();
        drafts.push(a.id);
    }
    let listed = store
        .hc_articles(&HcArticleFilter {
            category_id: Some(second.id),
            per_section: Some(2),
            limit: 100,
            ..HcArticleFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        listed.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![tok.id, drafts[1]]
    );
    assert_eq!(listed[0].titles.len(), 1);
    assert_eq!(listed[1].titles[0].title, "Third");
    // Only published articles count towards `per_section`.
    store
        .hc_set_published(drafts[0], Locale::En, true, at(62))
        .await
        .unwrap();
    let public_only = store
        .hc_articles(&HcArticleFilter {
            category_id: Some(second.id),
            per_section: Some(2),
            published_only: true,
            limit: 100,
            ..HcArticleFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        public_only.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![drafts[0]]
    );
    // All sections at once come in their categories' order.
    assert_eq!(
        store
            .hc_sections(None)
            .await
            .unwrap()
            .iter()
            .filter(|s| s.id == sec.id || s.id == other_sec.id)
            .map(|s| (s.id, s.names.len()))
            .collect::<Vec<_>>(),
        vec![(sec.id, 2), (other_sec.id, 2)]
    );
    assert!(matches!(
        store
            .hc_update_article(
                tok.id,
                &HcArticlePatch {
                    section_id: Some(9999),
                    ..HcArticlePatch::default()
                },
                at(60)
            )
            .await,
        Err(StoreError::Conflict("unknown_section"))
    ));

    // Votes: one per voter, changing one's mind replaces it.
    assert_eq!(
        store.hc_vote(pay.id, "u:1", true, at(70)).await.unwrap(),
        HcVotes {
            helpful: 1,
            total: 1
        }
    );
    store.hc_vote(pay.id, "u:1", true, at(71)).await.unwrap();
    store.hc_vote(pay.id, "a:xyz", false, at(72)).await.unwrap();
    assert_eq!(
        store.hc_votes(pay.id).await.unwrap(),
        HcVotes {
            helpful: 1,
            total: 2
        }
    );
    store.hc_vote(pay.id, "u:1", false, at(73)).await.unwrap();
    assert_eq!(store.hc_votes(pay.id).await.unwrap().helpful, 0);
    assert_eq!(
        store.hc_my_vote(pay.id, "a:xyz").await.unwrap(),
        Some(false)
    );
    assert_eq!(store.hc_my_vote(pay.id, "nobody").await.unwrap(), None);

    // Comments: hidden ones are left out unless asked for.
    let c = store
        .hc_add_comment(
            NewHcComment {
                article_id: pay.id,
                author_id: reader.id,
                locale: Locale::It,
                body: s("Grazie, chiaro."),
            },
            at(80),
        )
        .await
        .unwrap();
    assert_eq!(c.author.id, reader.id);
    let edited = store
        .hc_edit_comment(c.id, &s("Grazie, molto chiaro."), at(81))
        .await
        .unwrap();
    assert_eq!(edited.body, "Grazie, molto chiaro.");
    assert_eq!(edited.updated_at, at(81));
    store
        .hc_set_comment_hidden(c.id, true, at(82))
        .await
        .unwrap();
    assert!(store.hc_comments(pay.id, false).await.unwrap().is_empty());
    assert_eq!(store.hc_comments(pay.id, true).await.unwrap().len(), 1);
    store.hc_delete_comment(c.id).await.unwrap();
    assert!(store.hc_comment(c.id).await.unwrap().is_none());
    assert!(matches!(
        store.hc_delete_comment(c.id).await,
        Err(StoreError::NotFound)
    ));

    // Deflection records count what was shown and what was opened.
    store
        .hc_record_deflection(pay.id, Some(reader.id), DeflectionEvent::Shown, at(90))
        .await
        .unwrap();
    store
        .hc_record_deflection(pay.id, None, DeflectionEvent::Shown, at(91))
        .await
        .unwrap();
    store
        .hc_record_deflection(pay.id, Some(reader.id), DeflectionEvent::Opened, at(92))
        .await
        .unwrap();
    assert_eq!(
        store.hc_deflections(pay.id).await.unwrap(),
        HcDeflections {
            shown: 2,
            opened: 1
        }
    );
    assert!(matches!(
        store
            .hc_record_deflection(9999, None, DeflectionEvent::Opened, at(93))
            .await,
        Err(StoreError::NotFound)
    ));

    // Deleting. A section or category that still holds something is
    // refused; an article goes with its translations, votes, comments and
    // deflection records, and leaves search.
    assert!(matches!(
        store.hc_delete_section(sec.id).await,
        Err(StoreError::Conflict("section_not_empty"))
    ));
    assert!(matches!(
        store.hc_delete_category(first.id).await,
        Err(StoreError::Conflict("category_not_empty"))
    ));
    let doomed_comment = store
        .hc_add_comment(
            NewHcComment {
                article_id: pay.id,
                author_id: reader.id,
                locale: Locale::En,
                body: s("Still here?"),
            },
            at(94),
        )
        .await
        .unwrap();
    store.hc_delete_article(pay.id).await.unwrap();
    assert!(store.hc_article(pay.id).await.unwrap().is_none());
    assert!(store.hc_comment(doomed_comment.id).await.unwrap().is_none());
    assert_eq!(store.hc_votes(pay.id).await.unwrap(), HcVotes::default());
    assert_eq!(
        store.hc_deflections(pay.id).await.unwrap(),
        HcDeflections::default()
    );
    for (locale, q) in [(Locale::It, "pagamenti"), (Locale::En, "payments")] {
        assert!(
            store
                .hc_search(&search(locale, q))
                .await
                .unwrap()
                .is_empty()
        );
    }
    assert!(matches!(
        store.hc_delete_article(pay.id).await,
        Err(StoreError::NotFound)
    ));
    // A new translation may get the deleted one's row id; the old words
    // must not find it.
    let fresh = store
        .hc_create_article(
            NewHcArticle {
                section_id: sec.id,
                position: 0,
                comments_closed: false,
                author_id: None,
                translation: hc_text(Locale::It, "Webhook", "Come ritentare un webhook.", true),
            },
            at(95),
        )
        .await
        .unwrap();
    assert!(
        store
            .hc_search(&search(Locale::It, "pagamenti"))
            .await
            .unwrap()
            .is_empty()
    );
    store.hc_delete_article(fresh.id).await.unwrap();
    // Empty now: the section, then its category, can go; names go with them.
    store.hc_delete_section(sec.id).await.unwrap();
    assert!(store.hc_section(sec.id).await.unwrap().is_none());
    assert!(matches!(
        store.hc_delete_section(sec.id).await,
        Err(StoreError::NotFound)
    ));
    store.hc_delete_category(first.id).await.unwrap();
    assert!(store.hc_category(first.id).await.unwrap().is_none());
    assert!(
        !store
            .hc_categories()
            .await
            .unwrap()
            .iter()
            .any(|c| c.id == first.id)
    );
    assert!(matches!(
        store.hc_delete_category(first.id).await,
        Err(StoreError::NotFound)
    ));
}

/// Sign-in failures are counted per bucket until a success clears them;
/// the purge deletes expired sessions and rows untouched for a day.
pub async fn signin_story(store: &dyn Store) {
    let (pair, account) = (s("signin:test:pair"), s("signin:test:account"));
    let both = [pair.clone(), account.clone()];
    assert_eq!(
        store.signin_failures(&both).await.unwrap(),
        vec![None, None]
    );
    store
        .record_signin_failure(&both, at(10), 3600)
        .await
        .unwrap();
    store
        .record_signin_failure(std::slice::from_ref(&pair), at(20), 3600)
        .await
        .unwrap();
    assert_eq!(
        store.signin_failures(&both).await.unwrap(),
        vec![
            Some(SigninFailures {
                count: 2,
                last_at: at(20)
            }),
            Some(SigninFailures {
                count: 1,
                last_at: at(10)
            }),
        ]
    );
    store
        .clear_signin_failures(std::slice::from_ref(&pair))
        .await
        .unwrap();
    let after = store.signin_failures(&both).await.unwrap();
    assert_eq!(after[0], None, "a success clears its bucket");
    assert_eq!(after[1].map(|f| f.count), Some(1), "and only its bucket");

    // A session past its expiry goes; a live one stays. Failures and
    // rate-limit windows untouched for a day go; recent ones stay.
    let user = store
        .create_user(
            new_user("throttled@example.com", Role::Requester, None),
            at(0),
        )
        .await
        .unwrap();
    store
        .create_session("expired-hash", user.id, at(100))
        .await
        .unwrap();
    store
        .create_session("live-hash", user.id, at(200_000))
        .await
        .unwrap();
    store
        .rate_limit_hit(&s("signup:test"), at(10), 3600, 5)
        .await
        .unwrap();
    store
        .record_signin_failure(std::slice::from_ref(&pair), at(90_000), 3600)
        .await
        .unwrap();
    let counts = store.purge_due(at(100_000)).await.unwrap();
    assert_eq!(counts.sessions, 1, "{counts:?}");
    // The account bucket (last failure at 10) and the sign-up window
    // (started at 10) are over a day old at 100,000; the pair's is not.
    assert_eq!(counts.rate_rows, 2, "{counts:?}");
    assert!(
        store
            .session_user("live-hash", at(100_000))
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        store
            .session_user("expired-hash", at(50))
            .await
            .unwrap()
            .is_none()
    );
    let left = store.signin_failures(&both).await.unwrap();
    assert_eq!(left[0].map(|f| f.count), Some(1));
    assert_eq!(left[1], None);

    // Within the window failures add up; past it they start again at one.
    let pair_only = std::slice::from_ref(&pair);
    store
        .record_signin_failure(pair_only, at(90_100), 3600)
        .await
        .unwrap();
    let count = |f: Vec<Option<SigninFailures>>| f[0].map(|f| f.count);
    assert_eq!(
        count(store.signin_failures(pair_only).await.unwrap()),
        Some(2)
    );
    store
        .record_signin_failure(pair_only, at(95_000), 3600)
        .await
        .unwrap();
    assert_eq!(
        count(store.signin_failures(pair_only).await.unwrap()),
        Some(1)
    );
}

/// Password resets: single use, expiry, the new password stored, every
/// session of the user ended, other users untouched.
pub async fn password_reset_story(store: &dyn Store) {
    let ada = store
        .create_user(new_user("ada@reset.example", Role::Requester, None), at(0))
        .await
        .unwrap();
    let bob = store
        .create_user(new_user("bob@reset.example", Role::Requester, None), at(0))
        .await
        .unwrap();
    store
        .create_session("ada-phone", ada.id, at(86_400))
        .await
        .unwrap();
    store
        .create_session("ada-laptop", ada.id, at(86_400))
        .await
        .unwrap();
    store
        .create_session("bob-laptop", bob.id, at(86_400))
        .await
        .unwrap();
    store
        .create_password_reset(ada.id, "hash-one", at(10), at(3610))
        .await
        .unwrap();
    store
        .create_password_reset(ada.id, "hash-two", at(20), at(3620))
        .await
        .unwrap();
    store
        .create_password_reset(bob.id, "hash-bob", at(30), at(40))
        .await
        .unwrap();
    // Unknown and expired tokens lead nowhere and change nothing.
    assert_eq!(
        store.password_reset_user("nope", at(50)).await.unwrap(),
        None
    );
    assert_eq!(
        store.password_reset_user("hash-bob", at(40)).await.unwrap(),
        None,
        "a reset is over at its expiry"
    );
    assert_eq!(
        store
            .complete_password_reset("hash-bob", "$argon2id$new-bob", at(41))
            .await
            .unwrap(),
        None
    );
    assert!(
        store
            .session_user("bob-laptop", at(50))
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(
        store.password_reset_user("hash-one", at(50)).await.unwrap(),
        Some(ada.id)
    );
    // Using one sets the password, ends every session of its user and
    // uses up the user's other resets too.
    assert_eq!(
        store
            .complete_password_reset("hash-one", "$argon2id$new-ada", at(60))
            .await
            .unwrap(),
        Some(ada.id)
    );
    let (_, hash) = store
        .credentials("ada@reset.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hash.as_deref(), Some("$argon2id$new-ada"));
    assert!(
        store
            .session_user("ada-phone", at(70))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .session_user("ada-laptop", at(70))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .session_user("bob-laptop", at(70))
            .await
            .unwrap()
            .is_some()
    );
    for used in ["hash-one", "hash-two"] {
        assert_eq!(store.password_reset_user(used, at(70)).await.unwrap(), None);
        assert_eq!(
            store
                .complete_password_reset(used, "$argon2id$again", at(70))
                .await
                .unwrap(),
            None,
            "a reset is used once"
        );
    }
    let (_, hash) = store
        .credentials("ada@reset.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hash.as_deref(), Some("$argon2id$new-ada"));
}

/// Submissions that arrive together (a backend may write them in one
/// transaction) each get their own answer, and one refused submission (a
/// repeated submit key) takes none of the others down with it: 80 sent at
/// once, 60 distinct submit keys, 20 of them twice. Each ticket created is
/// what a read returns, indexed for text search once, with its own
/// identifier and its schedule. Returns the tickets created, by key, for
/// the backend's own checks of its rows.
pub async fn submissions_sent_together<S: Store>(
    store: std::sync::Arc<S>,
) -> std::collections::BTreeMap<usize, i64> {
    let user = store
        .create_user(new_user("g@x.test", Role::Requester, None), at(0))
        .await
        .unwrap();
    let now = at(10);
    let schedule = TicketSchedule {
        first_reply_due: now + Duration::hours(1),
        resolution_due: now + Duration::hours(8),
        error_signature: Some(s("timeout on get /v1/accounts")),
    };
    let mut handles = Vec::new();
    for n in 0..80 {
        let key = n % 60;
        let store = std::sync::Arc::clone(&store);
        let schedule = schedule.clone();
        let mut fields = ScreenedFields::new();
        fields.insert("product".into(), ScreenedValue::Text(s("payments")));
        let t = NewTicket {
            form: "incident".into(),
            subject: s(&format!("word{key}x ticket")),
            description: (key % 2 == 0).then(|| s(&format!("seen at step {key}"))),
            requester_id: user.id,
            org_id: None,
            priority: Priority::Normal,
            fields,
            identifiers: vec![("x_request_id".into(), s(&format!("req-{key}")))],
            sealed: vec![],
            seal_binding: None,
            submit_key: Some(s(&format!("key-{key}"))),
        };
        handles.push(tokio::spawn(async move {
            (key, store.create_ticket_scheduled(t, &schedule, now).await)
        }));
    }
    let mut created = std::collections::BTreeMap::new();
    let mut refused = 0;
    for h in handles {
        match h.await.unwrap() {
            (key, Ok(ticket)) => {
                assert_eq!(ticket.subject, format!("word{key}x ticket"));
                // The answer is the ticket as stored: what a read returns.
                let read = store.ticket(ticket.id).await.unwrap().unwrap();
                assert_eq!(
                    serde_json::to_value(&read).unwrap(),
                    serde_json::to_value(&ticket).unwrap()
                );
                assert!(created.insert(key, ticket.id).is_none(), "key {key} twice");
            }
            (_, Err(StoreError::Conflict("duplicate_submission"))) => refused += 1,
            (key, Err(e)) => panic!("key {key}: {e}"),
        }
    }
    assert_eq!((created.len(), refused), (60, 20));
    let all = TicketFilter::new(Scope::All);
    assert_eq!(store.count_tickets(&all).await.unwrap(), 60);
    for (key, id) in &created {
        // Indexed for text search exactly once, with its identifiers and schedule.
        let found = store.search_text(&format!("word{key}x"), 10).await.unwrap();
        assert_eq!(
            found.iter().map(|r| r.ticket.id).collect::<Vec<_>>(),
            vec![*id]
        );
        assert_eq!(found[0].meta.product.as_deref(), Some("payments"));
        assert_eq!(
            found[0].meta.first_reply_due_at,
            Some(schedule.first_reply_due)
        );
        let mut by_id = TicketFilter::new(Scope::All);
        by_id.identifier = Some(("x_request_id".into(), format!("req-{key}")));
        assert_eq!(store.count_tickets(&by_id).await.unwrap(), 1);
        // The identifier hangs on its own ticket, not a neighbour's in the group.
        let owners: Vec<i64> = store
            .list_tickets(&by_id)
            .await
            .unwrap()
            .iter()
            .map(|t| t.id)
            .collect();
        assert_eq!(owners, vec![*id], "req-{key}");
        // One "created" event each, by its requester.
        let created_events: Vec<_> = store
            .audit_log(*id)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "created")
            .map(|e| e.actor_id)
            .collect();
        assert_eq!(created_events, vec![Some(user.id)], "key {key}");
    }
    let new = ViewQuery {
        statuses: vec![Status::New],
        ..ViewQuery::default()
    };
    assert_eq!(store.count_view(&new, 1000).await.unwrap().n, 60);
    created
}
