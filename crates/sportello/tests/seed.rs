//! `sportello bench scale --seed-only` seeds in bulk on both backends
//! (`store_sql::seed`): the desk it leaves is one the write paths could
//! have left — every ticket there, found by its words, counted right by the
//! counts kept on write — and a ticket filed afterwards takes a new id.
//! The PostgreSQL half runs on a fresh database next to
//! `SPORTELLO_TEST_POSTGRES_URL`; without it, it is skipped with a message.
#![allow(clippy::unwrap_used, clippy::print_stderr)]

use domain::{Priority, Status};
use std::path::Path;
use std::process::Command;
use store::{AssigneeFilter, NewTicket, Scope, Store, TicketFilter, ViewQuery};
use store_postgres::testing::{ScratchDatabase, TEST_URL_VAR, test_url};
use time::OffsetDateTime;

const TICKETS: usize = 300;

fn seed(data: &Path, database: Option<&str>) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sportello"));
    c.env_remove("SPORTELLO_DATA")
        .env_remove("SPORTELLO_DATABASE_URL")
        .args(["--data", data.to_str().unwrap()]);
    if let Some(url) = database {
        c.args(["--database", url]);
    }
    let out = c
        .args([
            "bench",
            "scale",
            "--tickets",
            &TICKETS.to_string(),
            "--seed-only",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What both backends must show after the seeding.
async fn seeded_desk_holds(store: &dyn Store) {
    let all = TicketFilter::new(Scope::All);
    assert_eq!(store.count_tickets(&all).await.unwrap(), TICKETS as i64);
    let newest = store
        .view(&ViewQuery {
            limit: 1,
            ..ViewQuery::default()
        })
        .await
        .unwrap();
    let newest = &newest[0].ticket;
    // Found by a word of its subject, as an agent would search.
    let word = newest.subject.split_whitespace().next().unwrap().to_owned();
    let found = store.search_text(&word, 50).await.unwrap();
    // Newest first, so the newest ticket of all leads the page.
    assert_eq!(
        found.first().map(|r| r.ticket.id),
        Some(newest.id),
        "{word:?}"
    );
    // Every view by status (and the unassigned working ones) counts what
    // the tickets hold, exactly.
    let mut by_status = 0;
    for status in Status::ALL {
        let q = ViewQuery {
            statuses: vec![*status],
            ..ViewQuery::default()
        };
        let kept = store.count_view(&q, 10_000).await.unwrap();
        let listed = store
            .count_tickets(&TicketFilter {
                statuses: vec![*status],
                ..TicketFilter::new(Scope::All)
            })
            .await
            .unwrap();
        assert_eq!((kept.n, kept.capped), (listed, false), "{status:?}");
        by_status += listed;
    }
    assert_eq!(by_status, TICKETS as i64);
    let unassigned = store
        .count_view(
            &ViewQuery {
                assignee: Some(AssigneeFilter::Unassigned),
                ..ViewQuery::default()
            },
            10_000,
        )
        .await
        .unwrap();
    assert!(unassigned.n > 0 && unassigned.n < TICKETS as i64);
    // A ticket filed afterwards goes on from the seeded ids.
    let filed = store
        .create_ticket(
            NewTicket {
                form: "incident".into(),
                subject: guard::screen("after the seeding").unwrap(),
                description: None,
                requester_id: newest.requester.id,
                org_id: None,
                priority: Priority::Normal,
                fields: store::ScreenedFields::new(),
                identifiers: vec![],
                sealed: vec![],
                seal_binding: None,
                submit_key: None,
            },
            OffsetDateTime::now_utc(),
        )
        .await
        .unwrap();
    assert!(filed.id > newest.id);
}

#[tokio::test]
async fn sqlite_is_seeded_in_bulk() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path(), None);
    let store = store_sqlite::SqliteStore::open_dir(dir.path())
        .await
        .unwrap();
    seeded_desk_holds(&store).await;
    store.close().await;
}

#[tokio::test]
async fn postgres_is_seeded_in_bulk() {
    let Some(base) = test_url() else {
        eprintln!("postgres_is_seeded_in_bulk: skipped ({TEST_URL_VAR} is not set)");
        return;
    };
    let db = ScratchDatabase::create(&base).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path(), Some(db.url()));
    let store = store_postgres::PgStore::connect(db.url()).await.unwrap();
    seeded_desk_holds(&store).await;
    store.close().await;
    db.drop_database().await.unwrap();
}
