//! The agents' API: pivots on identifiers, changes, replies and notes.

use crate::{App, incident};
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;

#[tokio::test]
async fn agents_filter_by_status_and_identifiers() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let first = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let mut other = incident();
    other["fields"]["client_id"] = json!("live-acme");
    other["fields"]["product"] = json!("payments");
    other["fields"]["simp_id"] = json!("0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30");
    other["fields"]["request_mode"] = json!("async");
    other["fields"]["task_id"] = json!("7d1c3b5a-9e2f-4a8b-b6c4-1e3f5a7b9d20");
    other["fields"]
        .as_object_mut()
        .unwrap()
        .remove("x_request_id");
    let second = app.create_request(&token, other).await.json()["id"]
        .as_i64()
        .unwrap();

    let ids = |q: &str| {
        let app = &app;
        let agent = agent.clone();
        let q = q.to_owned();
        async move {
            let res = app
                .api(
                    Method::GET,
                    &format!("/api/v1/tickets{q}"),
                    Some(&agent),
                    None,
                )
                .await;
            assert_eq!(res.status, StatusCode::OK, "{q}: {}", res.text());
            res.json()["tickets"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["id"].as_i64().unwrap())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(ids("").await, vec![second, first]);
    assert_eq!(ids("?client_id=live-acme").await, vec![second]);
    assert_eq!(
        ids("?x_request_id=C39DF0FB-A684-447C-9FBC-3F24C288F608").await,
        vec![first],
        "case-insensitive UUID"
    );
    assert_eq!(
        ids("?simp_id=0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30").await,
        vec![second]
    );
    assert_eq!(
        ids("?task_id=7d1c3b5a-9e2f-4a8b-b6c4-1e3f5a7b9d20").await,
        vec![second]
    );
    assert_eq!(
        ids("?task_id=00000000-0000-0000-0000-000000000000").await,
        Vec::<i64>::new()
    );
    assert_eq!(ids("?status=new").await, vec![second, first]);
    assert_eq!(ids("?status=open,pending").await, Vec::<i64>::new());
    assert_eq!(ids("?q=502").await, vec![second, first]);
    assert_eq!(ids("?limit=1").await, vec![second]);
    assert_eq!(ids(&format!("?before={second}")).await, vec![first]);
    let bad = app
        .api(
            Method::GET,
            "/api/v1/tickets?status=bogus",
            Some(&agent),
            None,
        )
        .await;
    assert_eq!(bad.error_code(), "invalid_value");
}

#[tokio::test]
async fn patch_changes_are_audited_and_validated() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (agent_user, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (requester, _) = app.user("bob@acme.test", Role::Requester, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/tickets/{id}");
    let body = json!({ "status": "pending", "priority": "urgent", "assignee_id": agent_user.id });
    let res = app
        .api(Method::PATCH, &path, Some(&agent), Some(body))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let t = res.json();
    assert_eq!(
        (t["status"].as_str(), t["priority"].as_str()),
        (Some("pending"), Some("urgent"))
    );
    assert_eq!(t["assignee"]["id"], agent_user.id);
    let unassign = app
        .api(
            Method::PATCH,
            &path,
            Some(&agent),
            Some(json!({ "assignee_id": null })),
        )
        .await;
    assert!(unassign.json()["assignee"].is_null());
    let to_requester = app
        .api(
            Method::PATCH,
            &path,
            Some(&agent),
            Some(json!({ "assignee_id": requester.id })),
        )
        .await;
    assert_eq!(
        (to_requester.status, to_requester.error_code()),
        (StatusCode::CONFLICT, "assignee_not_staff".into())
    );
    let bad = app
        .api(
            Method::PATCH,
            &path,
            Some(&agent),
            Some(json!({ "status": "done" })),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let unknown = app
        .api(
            Method::PATCH,
            &path,
            Some(&agent),
            Some(json!({ "colour": "red" })),
        )
        .await;
    assert_eq!(
        unknown.field_errors(),
        vec![("$".into(), "unknown_field".into())]
    );
    let shown = app.api(Method::GET, &path, Some(&agent), None).await.json();
    let actions: Vec<&str> = shown["audit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, vec!["created", "updated", "updated"]);
    assert_eq!(
        app.api(
            Method::PATCH,
            "/api/v1/tickets/999999",
            Some(&agent),
            Some(json!({ "status": "open" }))
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn public_reply_and_internal_note_reach_the_right_people() {
    let app = App::new().await;
    let (_, token) = app.user("ann@acme.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let id = app.create_request(&token, incident()).await.json()["id"]
        .as_i64()
        .unwrap();
    let comments = format!("/api/v1/tickets/{id}/comments");
    let reply = app
        .api(
            Method::POST,
            &comments,
            Some(&agent),
            Some(json!({ "body": "We are on it." })),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let note = json!({ "body": "Upstream bank API down since 09:35", "public": false });
    assert_eq!(
        app.api(Method::POST, &comments, Some(&agent), Some(note))
            .await
            .status,
        StatusCode::CREATED
    );

    let agent_view = app
        .api(
            Method::GET,
            &format!("/api/v1/tickets/{id}"),
            Some(&agent),
            None,
        )
        .await
        .json();
    assert_eq!(agent_view["comments"].as_array().unwrap().len(), 2);
    assert_eq!(
        agent_view["status"], "open",
        "a public reply opens a new ticket"
    );
    let requester_view = app
        .api(
            Method::GET,
            &format!("/api/v1/requests/{id}"),
            Some(&token),
            None,
        )
        .await;
    assert!(requester_view.text().contains("We are on it."));
    assert!(
        !requester_view.text().contains("Upstream bank API"),
        "internal notes never reach requesters"
    );
    assert_eq!(
        requester_view.json()["comments"].as_array().unwrap().len(),
        1
    );

    let with_status = json!({ "body": "Fixed on our side.", "status": "solved" });
    app.api(Method::POST, &comments, Some(&agent), Some(with_status))
        .await;
    assert_eq!(
        app.api(
            Method::GET,
            &format!("/api/v1/requests/{id}"),
            Some(&token),
            None
        )
        .await
        .json()["status"],
        "solved"
    );
}
