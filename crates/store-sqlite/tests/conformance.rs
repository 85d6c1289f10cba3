#![allow(clippy::unwrap_used)]

use store_sqlite::SqliteStore;

fn s(text: impl Into<String>) -> guard::Screened {
    guard::screen(text).unwrap()
}

/// A requester to file tickets as.
async fn requester(store: &dyn store::Store, email: &str) -> store::User {
    store
        .create_user(
            store::NewUser {
                email: domain::Email::parse(email).unwrap(),
                name: s("Requester"),
                role: domain::Role::Requester,
                org_id: None,
                locale: domain::Locale::En,
                password_hash: None,
            },
            time::OffsetDateTime::UNIX_EPOCH,
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn sqlite_tells_the_conformance_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::conformance::run(&store).await;
    store::conformance::mail(&store).await;
    store::conformance::help_center(&store).await;
    assert!(store.integrity_ok().await.unwrap());
}

#[tokio::test]
async fn sqlite_tells_the_workspace_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::workspace_conformance::run(&store).await;
    assert!(store.integrity_ok().await.unwrap());
}

#[tokio::test]
async fn reopening_keeps_data_and_migrations_are_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    use store::Store;
    let org = store::NewOrg {
        slug: domain::OrgSlug::parse("keep").unwrap(),
        name: s("Keep"),
        shared: false,
        client_ids: vec![],
    };
    store.create_org(org).await.unwrap();
    store.close().await;
    let again = SqliteStore::open_dir(dir.path()).await.unwrap();
    assert!(again.org_by_slug("keep").await.unwrap().is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_during_writes_restores_and_passes_the_integrity_check() {
    use store::Store;
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(SqliteStore::open_dir(dir.path()).await.unwrap());
    let user = requester(&*store, "w@x.test").await;
    let writer = {
        let store = store.clone();
        tokio::spawn(async move {
            for n in 0..400 {
                let t = store::NewTicket {
                    form: "incident".into(),
                    subject: s(format!("t{n}")),
                    description: Some(s("x".repeat(500))),
                    requester_id: user.id,
                    org_id: None,
                    priority: domain::Priority::Normal,
                    fields: store::ScreenedFields::new(),
                    identifiers: vec![("client_id".into(), s(format!("c{n}")))],
                    sealed: vec![],
                    seal_binding: None,
                    submit_key: None,
                };
                store
                    .create_ticket(t, time::OffsetDateTime::UNIX_EPOCH)
                    .await
                    .unwrap();
            }
        })
    };
    // Restore = copy the backup file into an empty data directory.
    let restored = tempfile::tempdir().unwrap();
    let backup = restored.path().join("sportello.db");
    store.backup_to(&backup).await.unwrap();
    writer.await.unwrap();
    assert!(
        matches!(
            store.backup_to(&backup).await,
            Err(store::StoreError::Conflict(_))
        ),
        "never overwrites"
    );
    let copy = SqliteStore::open_dir(restored.path()).await.unwrap();
    assert!(copy.integrity_ok().await.unwrap());
    let filter = store::TicketFilter::new(store::Scope::All);
    let copied = copy.count_tickets(&filter).await.unwrap();
    let live = store.count_tickets(&filter).await.unwrap();
    assert_eq!(live, 400);
    assert!(copied <= live, "a consistent snapshot: {copied} of {live}");
    // Every copied ticket is whole: its identifier row came with it.
    for t in copy
        .list_tickets(&store::TicketFilter {
            limit: 500,
            ..filter.clone()
        })
        .await
        .unwrap()
    {
        let mut by_id = store::TicketFilter::new(store::Scope::All);
        by_id.identifier = Some(("client_id".into(), format!("c{}", &t.subject[1..])));
        assert_eq!(copy.count_tickets(&by_id).await.unwrap(), 1);
    }
}

#[tokio::test]
async fn sqlite_tells_the_secrets_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::conformance::secrets_story(&store).await;
}

#[tokio::test]
async fn sqlite_tells_the_attachments_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::conformance::attachments_story(&store).await;
}

/// Submissions that arrive together are written in one transaction; each
/// still gets its own answer, and one refused submission (a repeated submit
/// key) takes none of the others down with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submissions_written_together_each_get_their_own_answer() {
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(SqliteStore::open_dir(dir.path()).await.unwrap());
    store::conformance::submissions_sent_together(std::sync::Arc::clone(&store)).await;
    // The writer builds each text row itself; it is the row the bulk
    // seeder's SQL (and a rebuild) makes from the ticket as stored.
    let opts = sqlx::sqlite::SqliteConnectOptions::new().filename(dir.path().join("sportello.db"));
    let pool = sqlx::SqlitePool::connect_with(opts).await.unwrap();
    let same: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM tickets t JOIN ticket_text x ON x.rowid = t.id * 16777216 \
         WHERE x.ticket_id = t.id \
           AND x.body = t.subject || ' ' || COALESCE(t.description, '') || ' ' || t.fields",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ticket_text")
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    assert_eq!((same, rows), (60, 60));
    assert!(store.integrity_ok().await.unwrap());
}

/// Rows in one locale's search table, read straight from the file.
async fn search_rows(dir: &std::path::Path, table: &str) -> i64 {
    let opts = sqlx::sqlite::SqliteConnectOptions::new().filename(dir.join("sportello.db"));
    let pool = sqlx::SqlitePool::connect_with(opts).await.unwrap();
    let n = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    n
}

/// A database written before migration 0006 (one search table with a
/// locale column) keeps its search after the upgrade, and deleting an
/// article leaves no search row behind.
#[tokio::test]
async fn help_center_search_survives_the_per_locale_upgrade() {
    use store::{HcSearch, HelpCenterStore};
    let dir = tempfile::tempdir().unwrap();
    // Migrate with the files before 0006 only, as an older release did.
    let old = tempfile::tempdir().unwrap();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name.as_str() < "0006" {
            std::fs::copy(&path, old.path().join(name)).unwrap();
        }
    }
    let opts = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(dir.path().join("sportello.db"))
        .create_if_missing(true)
        .foreign_keys(true);
    let pool = sqlx::SqlitePool::connect_with(opts).await.unwrap();
    sqlx::migrate::Migrator::new(old.path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    for sql in [
        "INSERT INTO hc_categories (id, position) VALUES (1, 0)",
        "INSERT INTO hc_sections (id, category_id, position) VALUES (1, 1, 0)",
        "INSERT INTO hc_articles (id, section_id, created_at, updated_at) VALUES (1, 1, 0, 0)",
        "INSERT INTO hc_article_translations (id, article_id, locale, title, body_md, body_html, body_text, published, updated_at) \
         VALUES (1, 1, 'en', 'Refused payment', 'x', 'x', 'Why a payment is refused.', 1, 0), \
                (2, 1, 'it', 'Pagamento rifiutato', 'x', 'x', 'Perché un pagamento viene rifiutato.', 1, 0)",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    // The old table held the terms domain::search makes, with the locale.
    use domain::Locale::{En, It};
    for (id, l, title, body) in [
        (1, En, "Refused payment", "Why a payment is refused."),
        (
            2,
            It,
            "Pagamento rifiutato",
            "Perché un pagamento viene rifiutato.",
        ),
    ] {
        sqlx::query("INSERT INTO hc_search (rowid, title, body, locale) VALUES (?, ?, ?, ?)")
            .bind(id)
            .bind(domain::search::index_text(l, title))
            .bind(domain::search::index_text(l, body))
            .bind(l.as_str())
            .execute(&pool)
            .await
            .unwrap();
    }
    pool.close().await;

    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    let search = |locale, q: &str| HcSearch {
        locale,
        terms: domain::search::query_terms(locale, q)
            .into_iter()
            .map(|t| vec![t])
            .collect(),
        prefix_last: false,
        limit: 10,
    };
    let en = store
        .hc_search(&search(domain::Locale::En, "payments"))
        .await
        .unwrap();
    assert_eq!(en.len(), 1);
    assert_eq!(en[0].title, "Refused payment");
    let it = store
        .hc_search(&search(domain::Locale::It, "pagamenti perche"))
        .await
        .unwrap();
    assert_eq!(it.len(), 1);
    assert_eq!(it[0].title, "Pagamento rifiutato");
    // English words are not found in Italian, and the other way round.
    assert!(
        store
            .hc_search(&search(domain::Locale::It, "payment"))
            .await
            .unwrap()
            .is_empty()
    );

    store.hc_delete_article(1).await.unwrap();
    store.close().await;
    assert_eq!(search_rows(dir.path(), "hc_search_en").await, 0);
    assert_eq!(search_rows(dir.path(), "hc_search_it").await, 0);
}

/// Commits do not checkpoint; the store's own task copies the WAL into the
/// database file while it serves (without it the file would not grow until
/// the store closed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wal_is_checkpointed_beside_the_writer() {
    use store::Store;
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    let user = requester(&store, "c@x.test").await;
    let file = dir.path().join("sportello.db");
    let before = std::fs::metadata(&file).unwrap().len();
    for n in 0..300 {
        let t = store::NewTicket {
            form: "incident".into(),
            subject: s(format!("t{n}")),
            description: Some(s("x".repeat(4000))),
            requester_id: user.id,
            org_id: None,
            priority: domain::Priority::Normal,
            fields: store::ScreenedFields::new(),
            identifiers: vec![],
            sealed: vec![],
            seal_binding: None,
            submit_key: None,
        };
        store
            .create_ticket(t, time::OffsetDateTime::UNIX_EPOCH)
            .await
            .unwrap();
    }
    // The task runs twice a second; give it a generous bound.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut after = before;
    while std::time::Instant::now() < deadline {
        after = std::fs::metadata(&file).unwrap().len();
        if after >= before + 1_000_000 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        after >= before + 1_000_000,
        "the database file grew from {before} to {after} bytes only"
    );
    assert!(store.integrity_ok().await.unwrap());
}

/// The WAL file's size, sampled every 2 ms on a thread of its own from
/// `start` until `peak_within_bound`.
struct WalWatch {
    largest: std::sync::Arc<std::sync::atomic::AtomicU64>,
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<()>,
}

impl WalWatch {
    fn start(wal: std::path::PathBuf) -> WalWatch {
        use std::sync::atomic::Ordering;
        let largest = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let thread = {
            let (largest, done) = (largest.clone(), done.clone());
            std::thread::spawn(move || {
                while !done.load(Ordering::Relaxed) {
                    largest.fetch_max(wal_size(&wal), Ordering::Relaxed);
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
            })
        };
        WalWatch {
            largest,
            done,
            thread,
        }
    }

    /// Stops watching and checks the bound: the load needed a cut (the WAL
    /// passed the soft limit), yet the WAL never passed `WAL_BOUND`, and is
    /// under it now.
    fn peak_within_bound(self, wal: &std::path::Path, load: &str) {
        use std::sync::atomic::Ordering;
        self.done.store(true, Ordering::Relaxed);
        self.thread.join().unwrap();
        let during = self.largest.load(Ordering::Relaxed);
        assert!(
            during > store_sqlite::WAL_SOFT_LIMIT,
            "the WAL peaked at {during} bytes: {load} never needed a cut"
        );
        assert!(
            during <= store_sqlite::WAL_BOUND,
            "the WAL reached {during} bytes under {load}"
        );
        assert!(wal_size(wal) <= store_sqlite::WAL_BOUND, "after {load}");
    }
}

fn wal_size(wal: &std::path::Path) -> u64 {
    std::fs::metadata(wal).map_or(0, |m| m.len())
}

/// Tickets filed without pause never let the write-ahead log grow past
/// `WAL_BOUND`: it is measured on disk all along, after the load, and after
/// a reopen. (Before the checkpointer truncated it, 8,000 such tickets left
/// a WAL of several hundred MB that never shrank.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wal_stays_bounded_under_continuous_intake() {
    use std::sync::Arc;
    use store::Store;
    const WRITERS: usize = 8;
    const EACH: usize = 1_000;

    let dir = tempfile::tempdir().unwrap();
    let wal = dir.path().join("sportello.db-wal");
    let store = Arc::new(SqliteStore::open_dir(dir.path()).await.unwrap());
    let user = requester(&*store, "load@x.test").await;

    let watch = WalWatch::start(wal.clone());
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let store = store.clone();
        writers.push(tokio::spawn(async move {
            for n in 0..EACH {
                // Varied text so every ticket adds its own full-text terms.
                let words: String = (0..120)
                    .map(|i| format!("w{}x{} ", (w * EACH + n) * 7 + i, i % 13))
                    .collect();
                let t = store::NewTicket {
                    form: "incident".into(),
                    subject: s(format!("load {w}-{n}")),
                    description: Some(s(words)),
                    requester_id: user.id,
                    org_id: None,
                    priority: domain::Priority::Normal,
                    fields: store::ScreenedFields::new(),
                    identifiers: vec![("client_id".into(), s(format!("c{w}-{n}")))],
                    sealed: vec![],
                    seal_binding: None,
                    submit_key: None,
                };
                store
                    .create_ticket(t, time::OffsetDateTime::UNIX_EPOCH)
                    .await
                    .unwrap();
            }
        }));
    }
    for w in writers {
        w.await.unwrap();
    }
    // The load is large enough to need the checkpointer's cut: without it
    // the WAL only grows (several hundred MB for this load).
    watch.peak_within_bound(&wal, "intake");
    let filter = store::TicketFilter::new(store::Scope::All);
    assert_eq!(
        store.count_tickets(&filter).await.unwrap(),
        (WRITERS * EACH) as i64
    );
    store.close().await;
    drop(store);
    let again = SqliteStore::open_dir(dir.path()).await.unwrap();
    assert!(
        wal_size(&wal) <= store_sqlite::WAL_SOFT_LIMIT,
        "after a reopen"
    );
    assert_eq!(
        again.count_tickets(&filter).await.unwrap(),
        (WRITERS * EACH) as i64
    );
    assert!(again.integrity_ok().await.unwrap());
}

/// Writes that do not go through the ticket writer (comments here; also
/// status changes, imports, the bulk seeder) never let the write-ahead log
/// grow past `WAL_BOUND` either, though the ticket writer, which counts
/// the WAL's frames, sees none of them. (The checkpointer used to start
/// the WAL over only when the ticket writer's count said so: a million
/// seeded tickets left a 14 GB WAL.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wal_stays_bounded_under_writes_beside_intake() {
    use std::sync::Arc;
    use store::Store;
    const WRITERS: usize = 4;
    const EACH: usize = 2_000;

    let dir = tempfile::tempdir().unwrap();
    let wal = dir.path().join("sportello.db-wal");
    let store = Arc::new(SqliteStore::open_dir(dir.path()).await.unwrap());
    let user = requester(&*store, "talk@x.test").await;
    let mut tickets = Vec::new();
    for w in 0..WRITERS {
        let t = store::NewTicket {
            form: "incident".into(),
            subject: s(format!("thread {w}")),
            description: None,
            requester_id: user.id,
            org_id: None,
            priority: domain::Priority::Normal,
            fields: store::ScreenedFields::new(),
            identifiers: vec![],
            sealed: vec![],
            seal_binding: None,
            submit_key: None,
        };
        let created = store
            .create_ticket(t, time::OffsetDateTime::UNIX_EPOCH)
            .await
            .unwrap();
        tickets.push(created.id);
    }

    let watch = WalWatch::start(wal.clone());
    let mut writers = Vec::new();
    for (w, ticket_id) in tickets.into_iter().enumerate() {
        let store = store.clone();
        writers.push(tokio::spawn(async move {
            for n in 0..EACH {
                // Varied text so every comment adds its own full-text terms.
                let words: String = (0..120)
                    .map(|i| format!("c{}x{} ", (w * EACH + n) * 7 + i, i % 13))
                    .collect();
                let comment = store::NewComment {
                    ticket_id,
                    author_id: user.id,
                    body: s(words),
                    visibility: domain::CommentVisibility::Public,
                    new_status: None,
                };
                store
                    .add_comment(comment, time::OffsetDateTime::UNIX_EPOCH)
                    .await
                    .unwrap();
            }
        }));
    }
    for w in writers {
        w.await.unwrap();
    }
    watch.peak_within_bound(&wal, "comments");
    assert!(store.integrity_ok().await.unwrap());
}

/// The data directory is 0700 and every file in it 0600 — the database,
/// its WAL and shared memory, and a backup — even when an older version
/// left them readable by everyone.
#[cfg(unix)]
#[tokio::test]
async fn the_data_directory_and_its_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let db = dir.join("sportello.db");
    std::fs::write(&db, b"").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();

    let store = SqliteStore::open_dir(&dir).await.unwrap();
    assert_eq!(mode(&dir), 0o700);
    for name in ["sportello.db", "sportello.db-wal", "sportello.db-shm"] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }
    let backup = parent.path().join("backup.db");
    store.backup_to(&backup).await.unwrap();
    assert_eq!(mode(&backup), 0o600);
    // A fresh directory is private from the start.
    let fresh = parent.path().join("fresh/nested");
    let _fresh = SqliteStore::open_dir(&fresh).await.unwrap();
    assert_eq!(mode(&fresh), 0o700);
    assert_eq!(mode(&fresh.join("sportello.db")), 0o600);
}

/// When more submissions wait for the writer than the queue holds, the
/// extra ones are answered `Busy` at once and nothing of them is stored;
/// every other one is stored and answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_intake_queue_answers_busy_and_keeps_nothing_of_the_refused() {
    use std::sync::Arc;
    use store::Store;
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(
        SqliteStore::open_dir_with_queue(dir.path(), 2)
            .await
            .unwrap(),
    );
    let user = requester(&*store, "busy@x.test").await;
    let mut calls = Vec::new();
    for n in 0..200 {
        let store = store.clone();
        calls.push(tokio::spawn(async move {
            let t = store::NewTicket {
                form: "incident".into(),
                subject: s(format!("burst {n}")),
                description: Some(s("x".repeat(2_000))),
                requester_id: user.id,
                org_id: None,
                priority: domain::Priority::Normal,
                fields: store::ScreenedFields::new(),
                identifiers: vec![],
                sealed: vec![],
                seal_binding: None,
                submit_key: None,
            };
            store
                .create_ticket(t, time::OffsetDateTime::UNIX_EPOCH)
                .await
        }));
    }
    let (mut stored, mut busy) = (0i64, 0i64);
    for c in calls {
        match c.await.unwrap() {
            Ok(_) => stored += 1,
            Err(store::StoreError::Busy) => busy += 1,
            Err(e) => panic!("{e}"),
        }
    }
    assert!(busy > 0, "200 at once never filled a queue of 2");
    assert!(stored > 0);
    let filter = store::TicketFilter::new(store::Scope::All);
    assert_eq!(store.count_tickets(&filter).await.unwrap(), stored);
}

#[tokio::test]
async fn sqlite_tells_the_signin_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::conformance::signin_story(&store).await;
}

#[tokio::test]
async fn sqlite_tells_the_password_reset_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::conformance::password_reset_story(&store).await;
}

#[tokio::test]
async fn sqlite_tells_the_people_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::people_conformance::people_story(&store).await;
}

#[tokio::test]
async fn sqlite_tells_the_kept_counts_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::workspace_conformance::kept_counts_story(&store).await;
}

#[tokio::test]
async fn sqlite_tells_the_fields_correction_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::workspace_conformance::fields_correction_story(&store).await;
}

/// The request path's token, session and organization reads run on
/// connections of their own (`lookups`); a change made through another
/// handle on the same file (the CLI while the server runs) is seen by the
/// next read, not after some cache expires.
#[tokio::test]
async fn a_revocation_through_another_handle_is_seen_at_once() {
    use store::Store as _;
    let dir = tempfile::tempdir().unwrap();
    let server = SqliteStore::open_dir(dir.path()).await.unwrap();
    let cli = SqliteStore::open_dir(dir.path()).await.unwrap();
    let at = |s: i64| time::OffsetDateTime::from_unix_timestamp(s).unwrap();

    let org = cli
        .create_org(store::NewOrg {
            slug: domain::OrgSlug::parse("acme").unwrap(),
            name: s("Acme"),
            shared: false,
            client_ids: vec![domain::ClientId::parse("acmepay").unwrap()],
        })
        .await
        .unwrap();
    let ann = requester(&cli, "ann@example.com").await;
    let token = cli
        .create_api_token(ann.id, &s("ci"), "hash-of-token", at(0))
        .await
        .unwrap();
    cli.create_session("hash-of-session", ann.id, at(100))
        .await
        .unwrap();

    let seen = server.api_token_user("hash-of-token", at(1)).await.unwrap();
    assert_eq!(seen.map(|u| u.email), Some("ann@example.com".to_owned()));
    let seen = server.session_user("hash-of-session", at(1)).await.unwrap();
    assert_eq!(seen.map(|u| u.id), Some(ann.id));
    let seen = server.org_by_id(org.id).await.unwrap().unwrap();
    assert_eq!(seen.client_ids, ["acmepay"]);
    assert!(server.org_by_id(org.id + 1).await.unwrap().is_none());

    cli.revoke_api_token(ann.id, token.id).await.unwrap();
    cli.delete_session("hash-of-session").await.unwrap();
    assert!(
        server
            .api_token_user("hash-of-token", at(2))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        server
            .session_user("hash-of-session", at(2))
            .await
            .unwrap()
            .is_none()
    );
}
