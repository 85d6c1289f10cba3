//! The shared conformance stories, told by PostgreSQL, plus what only a
//! shared database has to prove: two instances (two pools) claiming the same
//! work never both get it. Each test runs on a fresh database created next
//! to `SPORTELLO_TEST_POSTGRES_URL`; without that variable they are skipped.
#![allow(clippy::unwrap_used, clippy::print_stderr)]

use std::collections::HashSet;
use std::future::Future;
use std::sync::Arc;
use store::{MailStore, SecretsStore, Store, WorkspaceStore};
use store_postgres::PgStore;
use store_postgres::testing::{ScratchDatabase, TEST_URL_VAR, test_url};
use time::OffsetDateTime;

fn s(text: impl Into<String>) -> guard::Screened {
    guard::screen(text).unwrap()
}

/// Runs `story` against a fresh database, dropped afterwards (also when
/// the story panics).
async fn on_fresh_db<F, Fut>(test: &str, story: F)
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(base) = test_url() else {
        eprintln!("{test}: skipped ({TEST_URL_VAR} is not set)");
        return;
    };
    let db = ScratchDatabase::create(&base).await.unwrap();
    let outcome = tokio::spawn(story(db.url().to_owned())).await;
    db.drop_database().await.unwrap();
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

#[tokio::test]
async fn postgres_tells_the_conformance_story() {
    on_fresh_db("postgres_tells_the_conformance_story", |url| async move {
        let store = PgStore::connect(&url).await.unwrap();
        store::conformance::run(&store).await;
        store::conformance::mail(&store).await;
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn postgres_tells_the_signin_story() {
    on_fresh_db("postgres_tells_the_signin_story", |url| async move {
        let store = PgStore::connect(&url).await.unwrap();
        store::conformance::signin_story(&store).await;
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn postgres_tells_the_password_reset_story() {
    on_fresh_db(
        "postgres_tells_the_password_reset_story",
        |url| async move {
            let store = PgStore::connect(&url).await.unwrap();
            store::conformance::password_reset_story(&store).await;
            store.close().await;
        },
    )
    .await;
}

#[tokio::test]
async fn postgres_tells_the_secrets_story() {
    on_fresh_db("postgres_tells_the_secrets_story", |url| async move {
        let store = PgStore::connect(&url).await.unwrap();
        store::conformance::secrets_story(&store).await;
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn postgres_tells_the_attachments_story() {
    on_fresh_db("postgres_tells_the_attachments_story", |url| async move {
        let store = PgStore::connect(&url).await.unwrap();
        store::conformance::attachments_story(&store).await;
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn postgres_tells_the_help_center_story() {
    on_fresh_db("postgres_tells_the_help_center_story", |url| async move {
        let store = PgStore::connect(&url).await.unwrap();
        store::conformance::help_center(&store).await;
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn postgres_tells_the_workspace_story() {
    on_fresh_db("postgres_tells_the_workspace_story", |url| async move {
        let store = PgStore::connect(&url).await.unwrap();
        store::workspace_conformance::run(&store).await;
        store.close().await;
    })
    .await;
}

/// What the story does not pin down but SQLite's FTS5 index (unicode61,
/// remove_diacritics 2) does: accents and case are ignored both ways, words
/// are prefixes, punctuation only separates words, and a word that is all
/// punctuation is left out.
#[tokio::test]
async fn workspace_search_folds_accents_like_fts5() {
    on_fresh_db(
        "workspace_search_folds_accents_like_fts5",
        |url| async move {
            use store::WorkspaceStore;
            let store = PgStore::connect(&url).await.unwrap();
            let user = store
                .create_user(
                    store::NewUser {
                        email: domain::Email::parse("fold@example.com").unwrap(),
                        name: s("fold"),
                        role: domain::Role::Requester,
                        org_id: None,
                        locale: domain::Locale::En,
                        password_hash: None,
                    },
                    at(0),
                )
                .await
                .unwrap();
            let ticket = store
                .create_ticket(
                    store::NewTicket {
                        form: "incident".into(),
                        subject: s("Café CRÈME: naïve-login failed"),
                        description: None,
                        requester_id: user.id,
                        org_id: None,
                        priority: domain::Priority::Normal,
                        fields: store::ScreenedFields::new(),
                        identifiers: vec![],
                        sealed: vec![],
                        seal_binding: None,
                        submit_key: None,
                    },
                    at(1),
                )
                .await
                .unwrap();
            for query in [
                "cafe",
                "CAFÉ crème",
                "naive-log",
                "naïve login",
                "fail",
                "'cafe'",
                "cafe :*",
            ] {
                let found = store.search_text(query, 10).await.unwrap();
                assert_eq!(
                    found.iter().map(|r| r.ticket.id).collect::<Vec<_>>(),
                    vec![ticket.id],
                    "{query}"
                );
            }
            for query in ["login-naive", "crema", ":*", "( *"] {
                let found = store.search_text(query, 10).await.unwrap();
                assert!(found.is_empty(), "{query}");
            }
            store.close().await;
        },
    )
    .await;
}

#[tokio::test]
async fn reconnecting_keeps_data_and_migrations_are_idempotent() {
    on_fresh_db(
        "reconnecting_keeps_data_and_migrations_are_idempotent",
        |url| async move {
            // Two instances starting at once both run the migrator.
            let (a, b) = tokio::join!(PgStore::connect(&url), PgStore::connect(&url));
            let (a, b) = (a.unwrap(), b.unwrap());
            let org = store::NewOrg {
                slug: domain::OrgSlug::parse("keep").unwrap(),
                name: s("Keep"),
                shared: false,
                client_ids: vec![],
            };
            a.create_org(org).await.unwrap();
            a.close().await;
            b.close().await;
            let again = PgStore::connect(&url).await.unwrap();
            assert!(again.org_by_slug("keep").await.unwrap().is_some());
            again.close().await;
        },
    )
    .await;
}

fn at(secs: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_790_000_000 + secs).unwrap()
}

/// Two instances' mail senders claim the same outbox at the same moment,
/// over and over: every mail is claimed by exactly one of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_never_claim_the_same_mail() {
    on_fresh_db(
        "two_instances_never_claim_the_same_mail",
        |url| async move {
            const MAILS: i64 = 300;
            let a = Arc::new(PgStore::connect(&url).await.unwrap());
            let b = Arc::new(PgStore::connect(&url).await.unwrap());
            for n in 0..MAILS {
                let mail = store::NewMail {
                    recipient: format!("r{n}@x.test"),
                    subject: s("s"),
                    text_body: s("t"),
                    html_body: s("<p>t</p>"),
                    reply_to: None,
                    ticket_id: None,
                };
                a.enqueue_mail(mail, at(0)).await.unwrap();
            }
            // Four senders per instance, each claiming small batches until the
            // outbox has nothing due; the lease outlasts the test.
            let mut senders = Vec::new();
            for (instance, store) in [("a", a.clone()), ("b", b.clone())] {
                for _ in 0..4 {
                    let store = store.clone();
                    senders.push(tokio::spawn(async move {
                        let mut got = Vec::new();
                        loop {
                            let batch = store.claim_due_mail(at(1), 7, 3600).await.unwrap();
                            if batch.is_empty() {
                                break;
                            }
                            got.extend(batch.into_iter().map(|m| m.id));
                        }
                        (instance, got)
                    }));
                }
            }
            let mut seen = HashSet::new();
            let mut per_instance = [0usize; 2];
            for s in senders {
                let (instance, got) = s.await.unwrap();
                per_instance[usize::from(instance == "b")] += got.len();
                for id in got {
                    assert!(seen.insert(id), "mail {id} was claimed twice");
                }
            }
            assert_eq!(seen.len() as i64, MAILS, "every mail claimed once");
            assert!(
                per_instance.iter().all(|n| *n > 0),
                "both instances took part: {per_instance:?}"
            );
            // Once the lease ends, an unsent mail can be claimed again (once).
            let again = b.claim_due_mail(at(3601), 1000, 60).await.unwrap();
            assert_eq!(again.len() as i64, MAILS);
            assert!(
                a.claim_due_mail(at(3602), 1000, 60)
                    .await
                    .unwrap()
                    .is_empty()
            );
            a.close().await;
            b.close().await;
        },
    )
    .await;
}

/// Many instances race for a job lease at the same instant: one wins.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_instance_wins_a_job_lease() {
    on_fresh_db("one_instance_wins_a_job_lease", |url| async move {
        let a = Arc::new(PgStore::connect(&url).await.unwrap());
        let b = Arc::new(PgStore::connect(&url).await.unwrap());
        for round in 0..20i64 {
            // Each round starts after the previous lease (60 s) has ended.
            let now = at(round * 100);
            let mut claims = Vec::new();
            for n in 0..8 {
                let store = if n % 2 == 0 { a.clone() } else { b.clone() };
                claims.push(tokio::spawn(async move {
                    let holder = format!("h{n}");
                    store.claim_job("purge", &holder, now, 60).await.unwrap()
                }));
            }
            let mut winners = 0;
            for c in claims {
                winners += usize::from(c.await.unwrap());
            }
            assert_eq!(winners, 1, "round {round}: exactly one holder");
        }
        a.close().await;
        b.close().await;
    })
    .await;
}

/// Rate-limit windows are shared: hits through both instances add up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_are_counted_across_instances() {
    on_fresh_db(
        "rate_limits_are_counted_across_instances",
        |url| async move {
            let a = Arc::new(PgStore::connect(&url).await.unwrap());
            let b = Arc::new(PgStore::connect(&url).await.unwrap());
            let mut hits = Vec::new();
            for n in 0..40 {
                let store = if n % 2 == 0 { a.clone() } else { b.clone() };
                hits.push(tokio::spawn(async move {
                    store
                        .rate_limit_hit(&s("signin:x"), at(5), 60, 10)
                        .await
                        .unwrap()
                }));
            }
            let mut allowed = 0;
            for h in hits {
                allowed += usize::from(h.await.unwrap() == store::RateDecision::Allowed);
            }
            assert_eq!(allowed, 10, "exactly max hits allowed in one window");
            a.close().await;
            b.close().await;
        },
    )
    .await;
}

/// The URL's `sslmode` is honoured: `require` gets an encrypted connection
/// (the CI server has TLS on) and `disable` a plain one.
#[tokio::test]
async fn sslmode_in_the_url_is_honoured() {
    on_fresh_db("sslmode_in_the_url_is_honoured", |url| async move {
        let sep = if url.contains('?') { '&' } else { '?' };
        let tls = PgStore::connect(&format!("{url}{sep}sslmode=require"))
            .await
            .unwrap();
        assert!(tls.connection_is_encrypted().await.unwrap());
        tls.close().await;
        let plain = PgStore::connect(&format!("{url}{sep}sslmode=disable"))
            .await
            .unwrap();
        assert!(!plain.connection_is_encrypted().await.unwrap());
        plain.close().await;
    })
    .await;
}

#[tokio::test]
async fn postgres_tells_the_people_story() {
    on_fresh_db("postgres_tells_the_people_story", |url| async move {
        let store = PgStore::connect(&url).await.unwrap();
        store::people_conformance::people_story(&store).await;
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn postgres_tells_the_fields_correction_story() {
    on_fresh_db(
        "postgres_tells_the_fields_correction_story",
        |url| async move {
            let store = PgStore::connect(&url).await.unwrap();
            store::workspace_conformance::fields_correction_story(&store).await;
            store.close().await;
        },
    )
    .await;
}

/// The view counts, open tickets and errors per day are kept on write as
/// appended changes (migrations 0018 and 0020): readers add the unfolded
/// ones, so counts are exact before a fold and after it, and a fold leaves
/// the kept rows equal to what the tickets say and no change behind.
#[tokio::test]
async fn postgres_keeps_counts_on_write_and_folds_them() {
    on_fresh_db(
        "postgres_keeps_counts_on_write_and_folds_them",
        |url| async move {
            let store = PgStore::connect(&url).await.unwrap();
            let now = store::workspace_conformance::kept_counts_story(&store).await;
            store.fold_counts().await.unwrap();
            let pool = sqlx::PgPool::connect(&url).await.unwrap();
            let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ticket_count_deltas")
                .fetch_one(&pool)
                .await
                .unwrap();
            assert_eq!(left, 0, "a fold leaves no change behind");
            let kept: Vec<(String, i64, i64)> = sqlx::query_as(
                "SELECT status, assignee_id, n FROM ticket_counts WHERE n != 0 ORDER BY 1, 2",
            )
            .fetch_all(&pool)
            .await
            .unwrap();
            let counted: Vec<(String, i64, i64)> = sqlx::query_as(
                "SELECT status, COALESCE(assignee_id, 0), COUNT(*) FROM tickets \
                 GROUP BY 1, 2 ORDER BY 1, 2",
            )
            .fetch_all(&pool)
            .await
            .unwrap();
            assert_eq!(kept, counted);
            let kept: Vec<(i64, i64)> =
                sqlx::query_as("SELECT day, n FROM ticket_open_days WHERE n != 0 ORDER BY 1")
                    .fetch_all(&pool)
                    .await
                    .unwrap();
            let counted: Vec<(i64, i64)> = sqlx::query_as(
                "SELECT created_at / 86400, COUNT(*) FROM tickets \
                 WHERE status NOT IN ('solved', 'closed') GROUP BY 1 ORDER BY 1",
            )
            .fetch_all(&pool)
            .await
            .unwrap();
            assert_eq!(kept, counted);
            store::workspace_conformance::counts_agree(&store, now).await;
            pool.close().await;
            store.close().await;
        },
    )
    .await;
}

/// The errors per day (migration 0020) after the workspace story's tickets
/// with errors, folded, equal what the tickets say.
#[tokio::test]
async fn postgres_keeps_errors_per_day() {
    on_fresh_db("postgres_keeps_errors_per_day", |url| async move {
        let store = PgStore::connect(&url).await.unwrap();
        store::workspace_conformance::run(&store).await;
        store.fold_counts().await.unwrap();
        let pool = sqlx::PgPool::connect(&url).await.unwrap();
        let kept: Vec<(i64, String, String, i64)> = sqlx::query_as(
            "SELECT day, product, error_signature, n FROM ticket_error_days \
             WHERE n != 0 ORDER BY 1, 2, 3",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        let counted: Vec<(i64, String, String, i64)> = sqlx::query_as(
            "SELECT created_at / 86400, product, error_signature, COUNT(*) FROM tickets \
             WHERE product IS NOT NULL AND error_signature IS NOT NULL \
             AND error_signature != '' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        assert!(!kept.is_empty(), "the story files tickets with errors");
        assert_eq!(kept, counted);
        pool.close().await;
        store.close().await;
    })
    .await;
}

/// Two intake transactions never wait on each other for the counts they
/// change (migrations 0018 and 0020 append changes; no counter row is
/// locked): with one ticket's transaction still open, another ticket of
/// the same status and error commits, under a lock timeout that would
/// fail it if it queued behind the first.
#[tokio::test]
async fn concurrent_tickets_do_not_wait_on_the_counts() {
    on_fresh_db(
        "concurrent_tickets_do_not_wait_on_the_counts",
        |url| async move {
            let store = PgStore::connect(&url).await.unwrap();
            let user = store
                .create_user(
                    store::NewUser {
                        email: domain::Email::parse("waiter@acme.test").unwrap(),
                        name: s("waiter"),
                        role: domain::Role::Requester,
                        org_id: None,
                        locale: domain::Locale::En,
                        password_hash: None,
                    },
                    OffsetDateTime::now_utc(),
                )
                .await
                .unwrap();
            let pool = sqlx::PgPool::connect(&url).await.unwrap();
            let insert = "INSERT INTO tickets (form, subject, status, priority, requester_id, \
                 fields, created_at, updated_at, product, error_signature) \
                 VALUES ('incident', 'x', 'new', 'normal', $1, '{\"product\":\"payments\"}', \
                 1790000000, 1790000000, 'payments', 'HTTP 500 on /v1/payments')";
            let mut first = pool.begin().await.unwrap();
            sqlx::query(insert)
                .bind(user.id)
                .execute(&mut *first)
                .await
                .unwrap();
            let mut second = pool.begin().await.unwrap();
            sqlx::query("SET LOCAL lock_timeout = '2s'")
                .execute(&mut *second)
                .await
                .unwrap();
            sqlx::query(insert)
                .bind(user.id)
                .execute(&mut *second)
                .await
                .unwrap();
            second.commit().await.unwrap();
            first.commit().await.unwrap();
            let new = store
                .count_view(
                    &store::ViewQuery {
                        statuses: vec![domain::Status::New],
                        ..store::ViewQuery::default()
                    },
                    0,
                )
                .await
                .unwrap();
            assert_eq!((new.n, new.capped), (2, false));
            pool.close().await;
            store.close().await;
        },
    )
    .await;
}

/// New tickets sent together go in in groups (`intake.rs`, one INSERT of
/// many rows): the shared story, then what the insert's statement
/// triggers (migration 0022) wrote for them: one text row each, made from
/// the ticket as stored, and their counts, errors and notifications once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submissions_sent_together_each_get_their_own_answer() {
    on_fresh_db(
        "submissions_sent_together_each_get_their_own_answer",
        |url| async move {
            let store = Arc::new(PgStore::connect(&url).await.unwrap());
            let created = store::conformance::submissions_sent_together(Arc::clone(&store)).await;
            store.fold_counts().await.unwrap();
            let pool = sqlx::PgPool::connect(&url).await.unwrap();
            let count = |sql: &'static str| {
                let pool = pool.clone();
                async move {
                    sqlx::query_scalar::<_, i64>(sql)
                        .fetch_one(&pool)
                        .await
                        .unwrap()
                }
            };
            let same = count(
                "SELECT COUNT(*) FROM tickets t JOIN ticket_text x ON x.ticket_id = t.id \
                 WHERE x.body = sportello_text_terms(t.subject || ' ' || \
                 COALESCE(t.description, '') || ' ' || t.fields)",
            )
            .await;
            let rows = count("SELECT COUNT(*) FROM ticket_text").await;
            assert_eq!((same, rows), (60, 60));
            let kept =
                count("SELECT COALESCE(SUM(n), 0)::BIGINT FROM ticket_counts WHERE status = 'new'")
                    .await;
            assert_eq!(kept, 60);
            let errors = count(
                "SELECT COALESCE(SUM(n), 0)::BIGINT FROM ticket_error_days \
                 WHERE product = 'payments' AND error_signature = 'timeout on get /v1/accounts'",
            )
            .await;
            assert_eq!(errors, 60);
            let owed = count(
                "SELECT COUNT(DISTINCT e.ticket_id) FROM pending_notifications p \
                 JOIN audit_events e ON e.id = p.event_id WHERE e.action = 'created'",
            )
            .await;
            let notifications = count("SELECT COUNT(*) FROM pending_notifications").await;
            assert_eq!((owed, notifications), (60, 60));
            assert_eq!(created.len(), 60);
            pool.close().await;
            store.close().await;
        },
    )
    .await;
}
