//! Migration 0009 (issue 13): the counters and rollups kept by triggers
//! agree with the tickets after every kind of write, the searches return
//! what the old queries returned, and the query plans that make them fast at
//! a million tickets hold (the plan is the contract: no full scan, no
//! temporary b-tree where the page reads in index order).
#![allow(clippy::unwrap_used)]

use domain::{CommentVisibility, Email, Locale, Priority, Role};
use sqlx::SqlitePool;
use store::ScreenedValue;
use store::{NewComment, NewTicket, NewUser, Store, WorkspaceStore};
use store_sqlite::SqliteStore;

fn s(text: impl Into<String>) -> guard::Screened {
    guard::screen(text).unwrap()
}
use time::{Duration, OffsetDateTime};

async fn pool(dir: &std::path::Path) -> SqlitePool {
    let opts = sqlx::sqlite::SqliteConnectOptions::new().filename(dir.join("sportello.db"));
    SqlitePool::connect_with(opts).await.unwrap()
}

/// The plan's detail lines for `sql` (parameters bound as NULL).
async fn plan(pool: &SqlitePool, sql: &str) -> Vec<String> {
    use sqlx::Row;
    sqlx::query(sqlx::AssertSqlSafe(format!("EXPLAIN QUERY PLAN {sql}")))
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>("detail"))
        .collect()
}

fn assert_no_scan_or_sort(plan: &[String]) {
    for line in plan {
        assert!(
            !line.contains("TEMP B-TREE"),
            "a temporary b-tree in {plan:#?}"
        );
        assert!(
            !line.starts_with("SCAN ") || line.contains("VIRTUAL TABLE"),
            "a full scan in {plan:#?}"
        );
    }
}

struct Desk {
    store: SqliteStore,
    agents: Vec<i64>,
    requester: i64,
    t0: OffsetDateTime,
}

async fn desk(dir: &std::path::Path) -> Desk {
    let store = SqliteStore::open_dir(dir).await.unwrap();
    let t0 = OffsetDateTime::from_unix_timestamp(1_790_000_000).unwrap();
    let user = |email: &str, role| NewUser {
        email: Email::parse(email).unwrap(),
        name: s(email),
        role,
        org_id: None,
        locale: Locale::En,
        password_hash: None,
    };
    let mut agents = vec![];
    for i in 0..3 {
        agents.push(
            store
                .create_user(user(&format!("a{i}@scale.test"), Role::Agent), t0)
                .await
                .unwrap()
                .id,
        );
    }
    let requester = store
        .create_user(user("r@scale.test", Role::Requester), t0)
        .await
        .unwrap()
        .id;
    Desk {
        store,
        agents,
        requester,
        t0,
    }
}

impl Desk {
    async fn ticket(&self, i: i64, subject: &str, client: &str) -> i64 {
        let mut fields = store::ScreenedFields::new();
        fields.insert("client_id".into(), ScreenedValue::Text(s(client)));
        fields.insert(
            "product".into(),
            ScreenedValue::Text(s(["data", "payments"][i as usize % 2])),
        );
        self.store
            .create_ticket(
                NewTicket {
                    form: "incident".into(),
                    subject: s(subject),
                    description: None,
                    requester_id: self.requester,
                    org_id: None,
                    priority: Priority::Normal,
                    fields,
                    identifiers: vec![("client_id".into(), s(client))],
                    sealed: vec![],
                    seal_binding: None,
                    submit_key: None,
                },
                // Six hours apart: tickets over several days.
                self.t0 + Duration::hours(6 * i),
            )
            .await
            .unwrap()
            .id
    }
}

#[tokio::test]
async fn counters_and_rollups_agree_with_the_tickets_after_every_write() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    // Tickets over ten days moved through every status and assignee,
    // reopened, unassigned and solved by a comment; the story checks the
    // view counts and the backlog through the store. Here: the rows the
    // triggers keep, and the dashboard's window, against the tickets.
    let now = store::workspace_conformance::kept_counts_story(&store).await;
    let p = pool(dir.path()).await;
    let kept: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT status, assignee_id, n FROM ticket_counts WHERE n != 0 ORDER BY 1, 2",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    let counted: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT status, COALESCE(assignee_id, 0), COUNT(*) FROM tickets GROUP BY 1, 2 ORDER BY 1, 2",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    assert_eq!(kept, counted);
    let kept: Vec<(i64, i64)> =
        sqlx::query_as("SELECT day, n FROM ticket_open_days WHERE n != 0 ORDER BY 1")
            .fetch_all(&p)
            .await
            .unwrap();
    let counted: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT created_at / 86400, COUNT(*) FROM tickets \
         WHERE status NOT IN ('solved', 'closed') GROUP BY 1 ORDER BY 1",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    assert_eq!(kept, counted);
    // The SLA outcomes per day, the dashboard's whole days.
    let kept: Vec<(i64, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT day, product, replied_hour, breached, n FROM ticket_sla_days WHERE n != 0 ORDER BY 1, 2, 3, 4",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    let counted: Vec<(i64, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT created_at / 86400, COALESCE(product, 'other'), \
           CASE WHEN first_replied_at IS NULL THEN -1 \
                WHEN first_replied_at - created_at < 0 THEN 0 \
                WHEN first_replied_at - created_at >= 86400 THEN 24 \
                ELSE (first_replied_at - created_at) / 3600 END, \
           CASE WHEN (first_reply_due_at IS NOT NULL AND COALESCE(first_replied_at, solved_at) > first_reply_due_at) \
                  OR (resolution_due_at IS NOT NULL AND solved_at > resolution_due_at) THEN 1 ELSE 0 END, \
           COUNT(*) FROM tickets GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    assert!(kept.iter().any(|r| r.2 >= 0) && kept.iter().any(|r| r.3 == 1));
    assert_eq!(kept, counted);

    let bounds = [86_400, 3 * 86_400, 7 * 86_400];
    let data = store
        .dashboard(now - Duration::days(14), now, &[3600], &bounds)
        .await
        .unwrap();
    let n = now.unix_timestamp();

    // The window's one pass equals the three scans it replaced.
    let since = (now - Duration::days(14)).unix_timestamp();
    let created: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT (created_at / 86400) * 86400, COALESCE(product, 'other'), COUNT(*) FROM tickets \
         WHERE created_at >= ? GROUP BY 1, 2 ORDER BY 1, 2",
    )
    .bind(since)
    .fetch_all(&p)
    .await
    .unwrap();
    assert_eq!(data.created_per_day, created);
    assert!(created.len() > 5, "the window spans several days");
    let replied: (i64, i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN first_replied_at - created_at < 3600 THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN first_replied_at - created_at >= 3600 THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN first_replied_at IS NULL THEN 1 ELSE 0 END), 0) \
         FROM tickets WHERE created_at >= ?",
    )
    .bind(since)
    .fetch_one(&p)
    .await
    .unwrap();
    assert_eq!(
        data.first_reply_buckets,
        vec![replied.0, replied.1, replied.2]
    );
    let breaches: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT (created_at / 86400) * 86400, COUNT(*) FROM tickets WHERE created_at >= ?1 AND ( \
           (first_reply_due_at IS NOT NULL AND COALESCE(first_replied_at, solved_at, ?2) > first_reply_due_at) \
           OR (resolution_due_at IS NOT NULL AND COALESCE(solved_at, ?2) > resolution_due_at)) \
         GROUP BY 1 ORDER BY 1",
    )
    .bind(since)
    .bind(n)
    .fetch_all(&p)
    .await
    .unwrap();
    assert_eq!(data.breaches_per_day, breaches);

    // The latest public staff reply kept on each ticket is the one the
    // comments say.
    let kept: Vec<(i64, Option<i64>)> =
        sqlx::query_as("SELECT id, last_staff_reply_id FROM tickets ORDER BY id")
            .fetch_all(&p)
            .await
            .unwrap();
    let derived: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT t.id, (SELECT MAX(c.id) FROM comments c JOIN users u ON u.id = c.author_id \
           WHERE c.ticket_id = t.id AND c.visibility = 'public' AND u.role IN ('agent', 'admin')) \
         FROM tickets t ORDER BY t.id",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    assert_eq!(kept, derived);
    assert!(kept.iter().any(|(_, r)| r.is_some()));
    p.close().await;
}

#[tokio::test]
async fn text_and_identifier_search_return_the_newest_matches_like_the_old_queries() {
    let dir = tempfile::tempdir().unwrap();
    let d = desk(dir.path()).await;
    let mut ids = vec![];
    for i in 0..120 {
        let subject = if i % 3 == 0 {
            format!("gateway timeout {i}")
        } else {
            format!("other {i}")
        };
        let client = if i % 2 == 0 {
            "busy-client"
        } else {
            "quiet-client"
        };
        ids.push(d.ticket(i, &subject, client).await);
    }
    // Old tickets found only through a later comment, some several times.
    for id in [ids[1], ids[2], ids[2], ids[100]] {
        d.store
            .add_comment(
                NewComment {
                    ticket_id: id,
                    author_id: d.agents[0],
                    body: s("was it a timeout?"),
                    visibility: CommentVisibility::Internal,
                    new_status: None,
                },
                d.t0 + Duration::days(40),
            )
            .await
            .unwrap();
    }
    let p = pool(dir.path()).await;
    for limit in [1, 3, 10, 41, 45, 200] {
        let found: Vec<i64> = d
            .store
            .search_text("timeout", limit)
            .await
            .unwrap()
            .iter()
            .map(|r| r.ticket.id)
            .collect();
        let expected: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM tickets WHERE id IN \
             (SELECT ticket_id FROM ticket_text WHERE ticket_text MATCH '\"timeout\"*') \
             ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&p)
        .await
        .unwrap();
        assert_eq!(found, expected, "limit {limit}");
        let by_client: Vec<i64> = d
            .store
            .find_by_identifier("busy-client", &["client_id", "x_request_id"], limit)
            .await
            .unwrap()
            .iter()
            .map(|r| r.ticket.id)
            .collect();
        let expected: Vec<i64> = sqlx::query_scalar(
            "SELECT ticket_id FROM ticket_identifiers WHERE value = 'busy-client' \
             ORDER BY ticket_id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&p)
        .await
        .unwrap();
        assert_eq!(by_client, expected, "limit {limit}");
    }
    assert!(found_in(&d, "timeout", ids[1]).await);
    // Related tickets by client id: newest first, the ticket itself left out.
    let (_, by_client) = d
        .store
        .related(ids[118], d.requester, Some("busy-client"), 5)
        .await
        .unwrap();
    let got: Vec<i64> = by_client.iter().map(|t| t.id).collect();
    assert_eq!(got, vec![ids[116], ids[114], ids[112], ids[110], ids[108]]);
    // A comment's text row sits in its ticket's rowid range.
    let rowids: Vec<i64> = sqlx::query_scalar(
        "SELECT rowid FROM ticket_text WHERE rowid >= ? * 16777216 AND rowid < (? + 1) * 16777216 ORDER BY rowid",
    )
    .bind(ids[2])
    .bind(ids[2])
    .fetch_all(&p)
    .await
    .unwrap();
    let base = ids[2] << 24;
    assert_eq!(rowids, vec![base, base + 1, base + 2]);
    p.close().await;
}

async fn found_in(d: &Desk, q: &str, id: i64) -> bool {
    d.store
        .search_text(q, 500)
        .await
        .unwrap()
        .iter()
        .any(|r| r.ticket.id == id)
}

/// The top errors kept per day (migration 0015) follow every write to a
/// ticket's signature, product or existence, and the dashboard's top errors
/// are what a count over its window gives, the partial first day included.
#[tokio::test]
async fn the_error_rollup_agrees_with_the_tickets_and_the_dashboard_with_a_count() {
    use store::WorkspaceStore;
    let dir = tempfile::tempdir().unwrap();
    let d = desk(dir.path()).await;
    let mut ids = vec![];
    for i in 0..24 {
        ids.push(d.ticket(i, &format!("ticket {i}"), "acme").await);
    }
    // Three signatures, unevenly; some tickets have none.
    for (k, id) in ids.iter().enumerate() {
        if k % 5 != 4 {
            let sig = if k % 4 == 0 {
                "timeout <n>"
            } else {
                ["502 upstream", "invalid consent"][k % 2]
            };
            d.store.set_error_signature(*id, &s(sig)).await.unwrap();
        }
    }
    // Corrections: a signature changed, a product changed, one removed.
    d.store
        .set_error_signature(ids[0], &s("invalid consent"))
        .await
        .unwrap();
    let p = pool(dir.path()).await;
    sqlx::query("UPDATE tickets SET product = 'other' WHERE id = ?")
        .bind(ids[1])
        .execute(&p)
        .await
        .unwrap();
    sqlx::query("DELETE FROM tickets WHERE id = ?")
        .bind(ids[2])
        .execute(&p)
        .await
        .unwrap();

    let kept: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT day, product, error_signature, n FROM ticket_error_days WHERE n != 0 ORDER BY 1, 2, 3",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    let counted: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT created_at / 86400, product, error_signature, COUNT(*) FROM tickets \
         WHERE product IS NOT NULL AND error_signature IS NOT NULL AND error_signature != '' \
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    assert!(!kept.is_empty());
    assert_eq!(kept, counted);
    // Likewise per minute, for the incidents' window.
    let kept: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT minute, product, error_signature, n FROM ticket_error_minutes WHERE n != 0 ORDER BY 1, 2, 3",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    let counted: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT created_at / 60, product, error_signature, COUNT(*) FROM tickets \
         WHERE product IS NOT NULL AND error_signature IS NOT NULL AND error_signature != '' \
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    )
    .fetch_all(&p)
    .await
    .unwrap();
    assert!(kept.len() > 3);
    assert_eq!(kept, counted);

    // A window starting mid-day: whole days from the rollup, the rest counted.
    let since = d.t0 + Duration::hours(6 * 5 + 3);
    let now = d.t0 + Duration::days(30);
    let dash = d
        .store
        .dashboard(since, now, &[3600], &[86_400])
        .await
        .unwrap();
    let mut expected: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT product, error_signature, COUNT(*) FROM tickets WHERE created_at >= ? \
         AND product IS NOT NULL AND error_signature IS NOT NULL AND error_signature != '' \
         GROUP BY 1, 2",
    )
    .bind(since.unix_timestamp())
    .fetch_all(&p)
    .await
    .unwrap();
    expected.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
    expected.truncate(8);
    assert!(expected.len() > 2);
    assert_eq!(dash.top_errors, expected);
    p.close().await;
}

#[tokio::test]
async fn the_plans_that_keep_a_million_tickets_fast() {
    let dir = tempfile::tempdir().unwrap();
    let d = desk(dir.path()).await;
    d.ticket(0, "one", "acme").await;
    let p = pool(dir.path()).await;
    // ANALYZE-free plans, as a fresh database has them.

    // Text search: the FTS5 table walks its matches by rowid, descending.
    let text = plan(
        &p,
        "SELECT rowid FROM ticket_text WHERE ticket_text MATCH ? AND rowid < ? \
         ORDER BY rowid DESC LIMIT ?",
    )
    .await;
    assert_no_scan_or_sort(&text);

    // Identifier search: newest first from the table's own order (value,
    // ticket_id, key), no sort.
    let ident = plan(
        &p,
        "SELECT ticket_id FROM ticket_identifiers NOT INDEXED \
         WHERE value = ? AND key IN (?, ?, ?) ORDER BY ticket_id DESC LIMIT ?",
    )
    .await;
    assert_no_scan_or_sort(&ident);
    assert!(
        ident
            .iter()
            .any(|l| l.contains("SEARCH ticket_identifiers USING PRIMARY KEY (value=?)")),
        "{ident:#?}"
    );

    // A ticket's own identifiers (a field corrected, a ticket purged): the
    // index by ticket, not every ticket's identifiers.
    for sql in [
        "SELECT key, value FROM ticket_identifiers WHERE ticket_id = ?",
        "DELETE FROM ticket_identifiers WHERE ticket_id = ?",
    ] {
        let lines = plan(&p, sql).await;
        assert!(
            lines
                .iter()
                .any(|l| l.contains("USING COVERING INDEX ticket_identifiers_ticket (ticket_id=?)")),
            "{lines:#?}"
        );
    }

    // Related tickets by client id: the primary key, newest first.
    let related = plan(
        &p,
        "SELECT ticket_id FROM ticket_identifiers WHERE key = 'client_id' AND value = ? \
         AND ticket_id != ? ORDER BY ticket_id DESC LIMIT ?",
    )
    .await;
    assert_no_scan_or_sort(&related);

    // A view filtered by client id (its page and its capped count): the
    // client's identifiers lead, newest first, each joined to its ticket by
    // primary key, so neither collects nor sorts a busy client's tickets.
    for sql in [
        "SELECT t.id FROM ticket_identifiers ci JOIN tickets t ON t.id = ci.ticket_id \
         WHERE 1=1 AND t.status IN (?, ?) AND ci.key = 'client_id' AND ci.value = ? \
         AND ci.ticket_id < ? ORDER BY ci.ticket_id DESC LIMIT ?",
        "SELECT COUNT(*) FROM (SELECT 1 FROM ticket_identifiers ci JOIN tickets t \
         ON t.id = ci.ticket_id WHERE 1=1 AND ci.key = 'client_id' AND ci.value = ? LIMIT ?) counted",
    ] {
        let lines = plan(&p, sql).await;
        // The count reads its capped subquery as a co-routine.
        let lines: Vec<String> = lines
            .into_iter()
            .filter(|l| !l.contains("counted"))
            .collect();
        assert_no_scan_or_sort(&lines);
        assert!(
            lines.first().is_some_and(|l| l.starts_with("SEARCH ci ")),
            "{lines:#?}"
        );
    }

    // Incidents: whole minutes from the kept counts, then each signature's
    // first, last and latest ticket of the window from the signature index
    // (one entry each, however many tickets the burst holds).
    let minutes = plan(
        &p,
        "SELECT product, error_signature, CAST(SUM(n) AS BIGINT) AS n FROM ticket_error_minutes \
         WHERE minute >= ? GROUP BY 1, 2",
    )
    .await;
    assert!(
        minutes
            .iter()
            .any(|l| l.contains("SEARCH ticket_error_minutes USING PRIMARY KEY (minute>?)")),
        "{minutes:#?}"
    );
    let window =
        "FROM tickets t WHERE t.product = k.p AND t.error_signature = k.s AND t.created_at >= ?";
    let ends = plan(
        &p,
        &format!(
            "WITH k(i, p, s) AS (VALUES (?, ?, ?)) SELECT k.i, (SELECT MIN(t.created_at) {window}) AS first_at, \
             (SELECT MAX(t.created_at) {window}) AS last_at, \
             (SELECT t.id {window} ORDER BY t.created_at DESC, t.id DESC LIMIT 1) AS latest FROM k"
        ),
    )
    .await;
    // The list of signatures itself is walked, of course.
    let ends: Vec<String> = ends
        .into_iter()
        .filter(|l| l != "SCAN k" && l != "SCAN CONSTANT ROW")
        .collect();
    assert_no_scan_or_sort(&ends);
    assert_eq!(
        ends.iter()
            .filter(|l| l.contains("USING COVERING INDEX tickets_signature (product=? AND error_signature=? AND created_at>?)"))
            .count(),
        3,
        "{ends:#?}"
    );

    // The dashboard's windows and the incidents' partial first minute: a
    // range of the covering index ordered by creation, never the table and
    // never the whole index.
    for sql in [
        "SELECT product, error_signature, COUNT(*) AS n FROM tickets INDEXED BY tickets_created_cover \
         WHERE created_at >= ? AND created_at < ? AND product IS NOT NULL \
         AND error_signature IS NOT NULL AND error_signature != '' GROUP BY 1, 2",
        "SELECT COUNT(*) FROM tickets INDEXED BY tickets_created_cover \
         WHERE created_at > ? AND created_at < ? AND status NOT IN ('solved', 'closed')",
        "SELECT (created_at / 86400) * 86400 AS day, COALESCE(product, 'other') AS product, \
         COUNT(*) AS n, \
         COALESCE(SUM(CASE WHEN (first_reply_due_at IS NOT NULL AND COALESCE(first_replied_at, ?2) > first_reply_due_at) \
           OR (resolution_due_at IS NOT NULL AND COALESCE(solved_at, ?2) > resolution_due_at) \
           THEN 1 ELSE 0 END), 0) AS breached, \
         COALESCE(SUM(CASE WHEN first_replied_at IS NULL THEN 1 ELSE 0 END), 0) AS unreplied, \
         COALESCE(SUM(CASE WHEN first_replied_at - created_at < 3600 THEN 1 ELSE 0 END), 0) \
         FROM tickets INDEXED BY tickets_created_cover WHERE created_at >= ?1 \
         GROUP BY 1, 2 ORDER BY 1, 2",
    ] {
        let lines = plan(&p, sql).await;
        assert!(
            lines.iter().any(|l| l.contains(
                "SEARCH tickets USING COVERING INDEX tickets_created_cover (created_at>"
            )),
            "{lines:#?}"
        );
        assert!(!lines.iter().any(|l| l.starts_with("SCAN ")), "{lines:#?}");
    }

    // A requester's pages: their own and their organization's tickets, a
    // page from each index newest first (no sort of a whole organization),
    // and the unread badge's candidates newest staff reply first.
    for col in ["requester_id", "org_id"] {
        let page = plan(
            &p,
            &format!("SELECT t.id FROM tickets t WHERE t.{col} = ? AND t.id < ? ORDER BY t.id DESC LIMIT ?"),
        )
        .await;
        assert_no_scan_or_sort(&page);
        let answered = plan(
            &p,
            &format!(
                "SELECT id, last_staff_reply_id FROM tickets WHERE {col} = ? \
                 AND last_staff_reply_id IS NOT NULL ORDER BY last_staff_reply_id DESC LIMIT ?"
            ),
        )
        .await;
        assert_no_scan_or_sort(&answered);
    }

    // The breaching view, longest overdue first, first page and later: a
    // range of the breach index, whose rows end in the ticket id, so no
    // recent ticket not yet due is read and nothing is sorted.
    for keyset in [
        "",
        " AND t.sla_breach_at >= ? AND (t.sla_breach_at > ? OR t.id > ?)",
    ] {
        let lines = plan(
            &p,
            &format!(
                "SELECT t.id FROM tickets t WHERE 1=1 AND t.sla_breach_at <= ?{keyset} \
                 ORDER BY t.sla_breach_at ASC, t.id ASC LIMIT ?"
            ),
        )
        .await;
        assert_no_scan_or_sort(&lines);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("INDEX tickets_breach (sla_breach_at")),
            "{lines:#?}"
        );
    }

    // The dashboard's whole days: the kept rows from the first day on, and
    // the open tickets past a due time as a range of the breach index,
    // which holds every column they are counted by.
    let kept = plan(
        &p,
        "SELECT day, product, replied_hour, breached, CAST(SUM(n) AS BIGINT) AS n \
         FROM ticket_sla_days WHERE day >= ? GROUP BY 1, 2, 3, 4",
    )
    .await;
    assert!(
        kept.iter()
            .any(|l| l.contains("SEARCH ticket_sla_days USING PRIMARY KEY (day>?)")),
        "{kept:#?}"
    );
    let overdue = plan(
        &p,
        "SELECT (created_at / 86400) * 86400 AS day, COUNT(*) AS n FROM tickets \
         WHERE sla_breach_at >= ?1 AND sla_breach_at < ?2 AND created_at >= ?1 \
         AND NOT (first_replied_at IS NOT NULL AND first_reply_due_at IS NOT NULL \
         AND first_replied_at > first_reply_due_at) GROUP BY 1",
    )
    .await;
    assert!(
        overdue.iter().any(|l| l.contains(
            "SEARCH tickets USING COVERING INDEX tickets_breach (sla_breach_at>? AND sla_breach_at<?)"
        )),
        "{overdue:#?}"
    );

    // View counts without filters read the trigger-kept counters.
    let counts = plan(
        &p,
        "SELECT COALESCE(SUM(n), 0) FROM ticket_counts WHERE status IN (?, ?) AND assignee_id = ?",
    )
    .await;
    assert_no_scan_or_sort(&counts);
    p.close().await;
}

/// The agents' text index merges its segments a step at a time: no commit
/// rewrites the whole index (migration 0026). Each commit below makes a
/// segment, as a group of new tickets does; 4,200 of them take the index
/// past the point where a level of 16 × 256 segments is merged. Merged
/// whole, that one commit wrote more WAL frames than the index has pages
/// (6,742 against 6,419); in steps, the largest commit wrote 284 frames of
/// an index of 8,336 pages.
#[tokio::test]
async fn the_text_index_is_merged_in_steps_not_in_one_commit() {
    use std::sync::atomic::{AtomicI64, Ordering};
    static FRAMES: AtomicI64 = AtomicI64::new(0);
    fn note(_: &rusqlite::hooks::Wal, frames: std::ffi::c_int) -> rusqlite::Result<()> {
        FRAMES.store(i64::from(frames), Ordering::Relaxed);
        Ok(())
    }

    let dir = tempfile::tempdir().unwrap();
    SqliteStore::open_dir(dir.path())
        .await
        .unwrap()
        .close()
        .await;
    let conn = rusqlite::Connection::open(dir.path().join("sportello.db")).unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.wal_hook(Some(note));

    // Distinct words, so each body spreads over many terms as ticket text
    // does; a fixed generator, so every run writes the same index.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let vocabulary: Vec<String> = (0..200_000)
        .map(|_| {
            let n = next();
            (0..3 + n % 7)
                .map(|i| char::from(b'a' + ((n >> (4 * i)) % 16) as u8))
                .collect()
        })
        .collect();
    let mut largest = 0;
    for ticket in 1..=4_200i64 {
        let body: Vec<&str> = (0..600)
            .map(|_| vocabulary[(next() % 200_000) as usize].as_str())
            .collect();
        let before = FRAMES.load(Ordering::Relaxed);
        conn.execute(
            "INSERT INTO ticket_text (rowid, ticket_id, body) VALUES (?1, ?2, ?3)",
            rusqlite::params![ticket << 24, ticket, body.join(" ")],
        )
        .unwrap();
        largest = largest.max(FRAMES.load(Ordering::Relaxed) - before);
        if FRAMES.load(Ordering::Relaxed) > 20_000 {
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .unwrap();
            FRAMES.store(0, Ordering::Relaxed);
        }
    }
    let pages: i64 = conn
        .query_row("SELECT COUNT(*) FROM ticket_text_data", [], |r| r.get(0))
        .unwrap();
    assert!(
        largest * 4 < pages,
        "one commit wrote {largest} WAL frames, the whole index has {pages} pages"
    );
}
