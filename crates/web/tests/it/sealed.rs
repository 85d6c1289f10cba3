//! Sealed refresh tokens and debug-id tokens: the audited reveal, the
//! permission it needs, and destruction on schedule across a restart.

use crate::*;
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;
use store::{SecretsStore, Store};
use store_sqlite::SqliteStore;

const REFRESH: &str = "rt-3f8a9c1e7b2d4f6a8c0e1b3d5f7a9c2e";

fn refresh_incident(debug_id: Option<&str>) -> serde_json::Value {
    let mut body = incident();
    body["fields"]["refresh_related"] = json!(true);
    body["fields"]["refresh_token"] = json!(REFRESH);
    if let Some(d) = debug_id {
        body["fields"]["debug_id"] = json!(d);
    }
    body
}

#[tokio::test]
async fn reveal_needs_permission_is_audited_and_nothing_lands_in_plaintext() {
    let app = App::new().await;
    let (_, ann) = app.user("ann@acme.test", Role::Requester, None).await;
    let (agent, _) = app.user("agent@desk.test", Role::Agent, None).await;
    app.user("admin@desk.test", Role::Admin, None).await;
    let access = crate::debug_ids::jwt("acmepay", NOW.unix_timestamp() + 7200);
    let d = app
        .api(
            Method::POST,
            "/api/v1/debug-ids",
            Some(&ann),
            Some(json!({ "access_token": access })),
        )
        .await;
    let debug_id = d.json()["debug_id"].as_str().unwrap().to_owned();
    let r = app
        .create_request(&ann, refresh_incident(Some(&debug_id)))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    assert_eq!(r.json()["sealed"]["refresh_token"]["sealed"], true);
    assert!(!r.text().contains(REFRESH));
    let id = r.json()["id"].as_i64().unwrap();

    // The agent page links the debug id to its metadata, offers no reveal
    // without the permission, and refuses one.
    let mut b = Browser::new(&app);
    b.sign_in("agent@desk.test").await;
    let page = b.get(&format!("/agent/tickets/{id}")).await;
    assert!(
        page.text()
            .contains(&format!("/agent/debug-ids/{debug_id}?ticket={id}"))
    );
    assert!(!page.text().contains(REFRESH));
    let meta = b
        .get(&format!("/agent/debug-ids/{debug_id}?ticket={id}"))
        .await;
    assert_eq!(meta.status, StatusCode::OK);
    assert!(meta.text().contains("acmepay"));
    assert!(!meta.text().contains(&access));
    let refused = b
        .post(
            &format!("/agent/tickets/{id}/reveal"),
            &[("what", "refresh_token")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(!refused.text().contains(REFRESH));

    // A requester cannot reveal either (not even their own).
    let mut r = Browser::new(&app);
    r.sign_in("ann@acme.test").await;
    let res = r
        .post(
            &format!("/agent/tickets/{id}/reveal"),
            &[("what", "refresh_token")],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);

    // With the permission: shown once, and written to the history.
    app.store.set_can_reveal(agent.id, true, NOW).await.unwrap();
    let shown = b
        .post(
            &format!("/agent/tickets/{id}/reveal"),
            &[("what", "refresh_token")],
        )
        .await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.text().contains(REFRESH));
    let token = b
        .post(
            &format!("/agent/tickets/{id}/reveal"),
            &[("what", "debug_id")],
        )
        .await;
    assert!(token.text().contains(&access));
    let log = app.store.audit_log(id).await.unwrap();
    let reveals: Vec<_> = log
        .iter()
        .filter(|e| e.action.ends_with("_revealed"))
        .map(|e| (e.action.as_str(), e.actor_id))
        .collect();
    assert_eq!(
        reveals,
        vec![
            ("sealed_revealed", Some(agent.id)),
            ("debug_token_revealed", Some(agent.id))
        ]
    );
    let page = b.get(&format!("/agent/tickets/{id}")).await;
    assert!(page.text().contains("revealed the sealed value"));
    // Admins may reveal by role.
    let mut admin = Browser::new(&app);
    admin.sign_in("admin@desk.test").await;
    let shown = admin
        .post(
            &format!("/agent/tickets/{id}/reveal"),
            &[("what", "refresh_token")],
        )
        .await;
    assert_eq!(shown.status, StatusCode::OK);

    // The API never shows the value; the disk never holds it.
    let api = app
        .api(
            Method::GET,
            &format!("/api/v1/requests/{id}"),
            Some(&ann),
            None,
        )
        .await;
    assert!(!api.text().contains(REFRESH));
    let all = app.data_bytes();
    assert!(!contains(&all, REFRESH));
    assert!(!contains(&all, &access));

    // Solving the ticket destroys the value at the next pass.
    let (_, agent_token) = app.user("agent2@desk.test", Role::Agent, None).await;
    let p = app
        .api(
            Method::PATCH,
            &format!("/api/v1/tickets/{id}"),
            Some(&agent_token),
            Some(json!({"status": "solved"})),
        )
        .await;
    assert_eq!(p.status, StatusCode::OK, "{}", p.text());
    let counts = web::jobs::run_once(app.store.as_ref(), "t", NOW)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counts.sealed_values, 1);
    let gone = b
        .post(
            &format!("/agent/tickets/{id}/reveal"),
            &[("what", "refresh_token")],
        )
        .await;
    assert!(!gone.text().contains(REFRESH));
    assert!(gone.text().contains("Destroyed"));
}

#[tokio::test]
async fn the_purge_job_destroys_sealed_values_on_time_across_a_restart() {
    let app = App::new().await;
    let (_, ann) = app.user("ann@acme.test", Role::Requester, None).await;
    let r = app.create_request(&ann, refresh_incident(None)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let id = r.json()["id"].as_i64().unwrap();
    assert_eq!(
        r.json()["sealed"]["refresh_token"]["destroy_after"],
        "2026-12-28T10:00:00Z"
    );

    // The process stops; the data stays.
    app.store.close().await;
    let store = SqliteStore::open_dir(app.dir.path()).await.unwrap();
    let day = time::Duration::days(1);
    let before = NOW + 30 * day - time::Duration::seconds(1);
    let c = web::jobs::run_once(&store, "restarted", before)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.sealed_values, 0, "not before its time");
    // Another instance holding the lease keeps a second pass from running.
    assert!(
        web::jobs::run_once(&store, "other", before)
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        store
            .claim_job(web::jobs::PURGE_JOB, "holder-a", before, 60)
            .await
            .unwrap()
    );
    assert!(
        web::jobs::run_once(&store, "holder-b", before)
            .await
            .unwrap()
            .is_none()
    );

    let due = NOW + 30 * day;
    store
        .finish_job(web::jobs::PURGE_JOB, "holder-a", due)
        .await
        .unwrap();
    let c = web::jobs::run_once(&store, "restarted", due)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.sealed_values, 1);
    let sealed = store.sealed_fields(id).await.unwrap();
    assert_eq!(sealed[0].destroyed_at, Some(due));
    assert_eq!(
        store
            .reveal_sealed(id, "refresh_token", 1, due)
            .await
            .unwrap(),
        None
    );
    store.close().await;
    assert!(!contains(&app.data_bytes(), REFRESH));
}

/// What someone with write access to the database file (and not the seal
/// key) can do: move a ciphertext from one ticket's row to another's.
async fn move_ciphertext(app: &App, from_ticket: i64, to_ticket: i64) {
    let url = format!("sqlite://{}", app.dir.path().join("sportello.db").display());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let moved = sqlx::query(
        "UPDATE sealed_values SET ciphertext = \
           (SELECT ciphertext FROM sealed_values WHERE ticket_id = ?1) \
         WHERE ticket_id = ?2",
    )
    .bind(from_ticket)
    .bind(to_ticket)
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(moved.rows_affected(), 1);
    pool.close().await;
}

#[tokio::test]
async fn a_sealed_value_copied_to_another_ticket_does_not_open_there() {
    let app = App::new().await;
    let (_, ann) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, bob) = app.user("bob@other.test", Role::Requester, None).await;
    app.user("admin@desk.test", Role::Admin, None).await;
    let anns = app.create_request(&ann, refresh_incident(None)).await;
    assert_eq!(anns.status, StatusCode::CREATED, "{}", anns.text());
    let anns = anns.json()["id"].as_i64().unwrap();
    let mut body = refresh_incident(None);
    body["fields"]["refresh_token"] = json!("rt-0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    let bobs = app.create_request(&bob, body).await.json()["id"]
        .as_i64()
        .unwrap();

    move_ciphertext(&app, anns, bobs).await;
    let mut admin = Browser::new(&app);
    admin.sign_in("admin@desk.test").await;
    let res = admin
        .post(
            &format!("/agent/tickets/{bobs}/reveal"),
            &[("what", "refresh_token")],
        )
        .await;
    assert!(
        !res.text().contains(REFRESH),
        "Ann's token opened on Bob's ticket"
    );
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.text());
    // On its own ticket it still opens.
    let own = admin
        .post(
            &format!("/agent/tickets/{anns}/reveal"),
            &[("what", "refresh_token")],
        )
        .await;
    assert_eq!(own.status, StatusCode::OK);
    assert!(own.text().contains(REFRESH));
}

#[tokio::test]
async fn a_debug_id_pasted_into_someone_elses_ticket_reveals_nothing() {
    let app = App::new().await;
    let acme = app
        .org("acme", true, &["acmepay", "sandbox-acme-1a2b3c"])
        .await;
    let (_, ann) = app
        .user("ann@acme.test", Role::Requester, Some(&acme))
        .await;
    let (_, carla) = app
        .user("carla@acme.test", Role::Requester, Some(&acme))
        .await;
    let (_, bob) = app.user("bob@other.test", Role::Requester, None).await;
    app.user("admin@desk.test", Role::Admin, None).await;
    let access = crate::debug_ids::jwt("acmepay", NOW.unix_timestamp() + 7200);
    let d = app
        .api(
            Method::POST,
            "/api/v1/debug-ids",
            Some(&ann),
            Some(json!({ "access_token": access })),
        )
        .await;
    let debug_id = d.json()["debug_id"].as_str().unwrap().to_owned();
    let file = |token: String| {
        let app = &app;
        let debug_id = debug_id.clone();
        async move {
            let mut body = incident();
            body["fields"]["debug_id"] = json!(debug_id);
            let r = app.create_request(&token, body).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
            r.json()["id"].as_i64().unwrap()
        }
    };
    let bobs = file(bob.clone()).await;
    let carlas = file(carla.clone()).await;

    let mut admin = Browser::new(&app);
    admin.sign_in("admin@desk.test").await;
    let reveal = |id: i64| format!("/agent/tickets/{id}/reveal");
    let on_bobs = admin.post(&reveal(bobs), &[("what", "debug_id")]).await;
    assert!(
        !on_bobs.text().contains(&access),
        "revealed on a stranger's ticket"
    );
    let log = app.store.audit_log(bobs).await.unwrap();
    assert!(log.iter().all(|e| e.action != "debug_token_revealed"));

    // A colleague's ticket in Ann's organization may carry it.
    let on_carlas = admin.post(&reveal(carlas), &[("what", "debug_id")]).await;
    assert!(on_carlas.text().contains(&access));
    let log = app.store.audit_log(carlas).await.unwrap();
    let revealed = log
        .iter()
        .find(|e| e.action == "debug_token_revealed")
        .unwrap();
    assert_eq!(
        revealed.detail["owner_id"],
        json!(1),
        "names whose token it was"
    );
}
