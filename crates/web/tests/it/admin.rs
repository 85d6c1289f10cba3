//! The administrators' API: organizations, users and reveal grants, as the
//! command line makes them; nobody else may.

use crate::App;
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;
use store::{SecretsStore, Store};

#[tokio::test]
async fn an_admin_makes_an_organization_a_user_and_a_reveal_grant() {
    let app = App::new().await;
    let (_, admin) = app.user("admin@desk.test", Role::Admin, None).await;
    let (agent_user, _) = app.user("agent@desk.test", Role::Agent, None).await;

    let org = app
        .api(
            Method::POST,
            "/api/v1/orgs",
            Some(&admin),
            Some(json!({"slug": "acme", "name": "Acme Pay", "shared": true, "client_ids": ["acmepay", "acmepay-sandbox"]})),
        )
        .await;
    assert_eq!(org.status, StatusCode::CREATED, "{}", org.text());
    let shown = app
        .api(Method::GET, "/api/v1/orgs/acme", Some(&admin), None)
        .await;
    assert_eq!(
        shown.json()["client_ids"],
        json!(["acmepay", "acmepay-sandbox"])
    );
    let again = app
        .api(
            Method::POST,
            "/api/v1/orgs",
            Some(&admin),
            Some(json!({"slug": "acme", "name": "Again"})),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text());

    let made = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(json!({"email": "dev@acme.test", "role": "requester", "org": "acme", "locale": "it", "password": "Tramonto sul lago 2026"})),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.text());
    assert!(
        !made.text().contains("Tramonto"),
        "the password is never echoed"
    );
    assert_eq!(made.json()["org_id"], org.json()["id"]);
    assert_eq!(made.json()["locale"], "it");
    assert!(
        !crate::contains(&app.data_bytes(), "Tramonto sul lago"),
        "only its hash is kept"
    );

    // The grant: an agent may be allowed, a requester may not.
    let agent_id = agent_user.id;
    let path = format!("/api/v1/users/{agent_id}/reveal");
    assert_eq!(
        app.api(Method::PUT, &path, Some(&admin), None).await.status,
        StatusCode::NO_CONTENT
    );
    let user = app
        .api(
            Method::GET,
            &format!("/api/v1/users/{agent_id}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(user.json()["can_reveal"], true);
    assert_eq!(
        app.api(Method::DELETE, &path, Some(&admin), None)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let user = app
        .api(
            Method::GET,
            &format!("/api/v1/users/{agent_id}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(user.json()["can_reveal"], false);
    let requester = made.json()["id"].as_i64().unwrap();
    let refused = app
        .api(
            Method::PUT,
            &format!("/api/v1/users/{requester}/reveal"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.error_code(), "reveal_needs_staff");
}

#[tokio::test]
async fn nobody_but_an_admin_may_and_bad_values_are_named() {
    let app = App::new().await;
    let (_, admin) = app.user("admin@desk.test", Role::Admin, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, requester) = app.user("dev@acme.test", Role::Requester, None).await;
    let body = json!({"slug": "acme", "name": "Acme"});
    for token in [&agent, &requester] {
        let r = app
            .api(
                Method::POST,
                "/api/v1/orgs",
                Some(token),
                Some(body.clone()),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = app
            .api(Method::PUT, "/api/v1/users/1/reveal", Some(token), None)
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
    let bad_slug = app
        .api(
            Method::POST,
            "/api/v1/orgs",
            Some(&admin),
            Some(json!({"slug": "Not A Slug!", "name": "x"})),
        )
        .await;
    assert_eq!(bad_slug.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad_slug.field_errors()[0].0, "slug");
    let secret_name = app
        .api(
            Method::POST,
            "/api/v1/orgs",
            Some(&admin),
            Some(json!({"slug": "acme", "name": "password: Tr0mbone!Sunset42"})),
        )
        .await;
    assert_eq!(secret_name.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!secret_name.text().contains("Tr0mbone"));
    let weak = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(json!({"email": "x@acme.test", "role": "agent", "password": "password123"})),
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!weak.text().contains("password123"));
    let unknown_org = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(json!({"email": "y@acme.test", "role": "agent", "org": "nowhere"})),
        )
        .await;
    assert_eq!(unknown_org.status, StatusCode::UNPROCESSABLE_ENTITY);
    let missing = app
        .api(Method::GET, "/api/v1/users/999", Some(&admin), None)
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_admin_lists_and_changes_organizations_and_users() {
    let app = App::new().await;
    let (admin_user, admin) = app.user("admin@desk.test", Role::Admin, None).await;
    let acme = app.org("acme", false, &["acme-live"]).await;
    let beta = app.org("beta", false, &[]).await;
    let (ada, _) = app
        .user("ada@acme.test", Role::Requester, Some(&acme))
        .await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;

    // Keyset pages: the second starts where the first's cursor says.
    let first = app
        .api(Method::GET, "/api/v1/orgs?limit=1", Some(&admin), None)
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text());
    assert_eq!(first.json()["orgs"][0]["slug"], "acme");
    let next = first.json()["next_after"].as_i64().unwrap();
    let second = app
        .api(
            Method::GET,
            &format!("/api/v1/orgs?limit=1&after={next}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(second.json()["orgs"][0]["slug"], "beta");
    assert_eq!(second.json()["orgs"][0]["id"], beta.id);

    // An edit replaces the client ids; the slug stays.
    let changed = app
        .api(
            Method::PUT,
            "/api/v1/orgs/acme",
            Some(&admin),
            Some(json!({"name": "Acme Payments", "shared": true, "client_ids": ["acme-live", "acme-eu"]})),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text());
    assert_eq!(changed.json()["slug"], "acme");
    assert_eq!(changed.json()["shared"], true);
    assert_eq!(
        changed.json()["client_ids"],
        json!(["acme-eu", "acme-live"])
    );
    let bad = app
        .api(
            Method::PUT,
            "/api/v1/orgs/acme",
            Some(&admin),
            Some(json!({"name": "Acme", "shared": false, "client_ids": ["not a client id!"]})),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.api(Method::GET, "/api/v1/orgs/acme", Some(&admin), None)
            .await
            .json()["client_ids"],
        json!(["acme-eu", "acme-live"]),
        "a refused edit changes nothing"
    );
    let gone = app
        .api(
            Method::PUT,
            "/api/v1/orgs/nowhere",
            Some(&admin),
            Some(json!({"name": "x", "shared": false, "client_ids": []})),
        )
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);

    // Users by organization and by role.
    let members = app
        .api(Method::GET, "/api/v1/users?org=acme", Some(&admin), None)
        .await;
    assert_eq!(members.status, StatusCode::OK, "{}", members.text());
    let members = members.json();
    let emails: Vec<&str> = members["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, vec!["ada@acme.test"]);
    let agents = app
        .api(Method::GET, "/api/v1/users?role=agent", Some(&admin), None)
        .await;
    assert!(
        agents.json()["users"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["role"] == "agent")
    );
    assert_eq!(
        app.api(Method::GET, "/api/v1/users?role=boss", Some(&admin), None)
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // A user moved to another organization and made an agent.
    let moved = app
        .api(
            Method::PUT,
            &format!("/api/v1/users/{}", ada.id),
            Some(&admin),
            Some(json!({"name": "Ada Rossi", "role": "agent", "org": "beta", "locale": "it"})),
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.text());
    assert_eq!(moved.json()["org_id"], beta.id);
    assert_eq!(moved.json()["role"], "agent");
    assert_eq!(moved.json()["email"], "ada@acme.test");

    // An administrator cannot change their own role.
    let own = app
        .api(
            Method::PUT,
            &format!("/api/v1/users/{}", admin_user.id),
            Some(&admin),
            Some(json!({"name": "Me", "role": "agent", "org": null, "locale": "en"})),
        )
        .await;
    assert_eq!(own.status, StatusCode::CONFLICT);
    assert_eq!(own.error_code(), "own_role");

    // Agents may not list or change people.
    for (method, path, body) in [
        (Method::GET, "/api/v1/orgs", None),
        (Method::GET, "/api/v1/users", None),
        (
            Method::PUT,
            "/api/v1/orgs/acme",
            Some(json!({"name": "x", "shared": false, "client_ids": []})),
        ),
    ] {
        let r = app.api(method, path, Some(&agent), body).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
    }
}

#[tokio::test]
async fn an_admin_manages_people_from_the_browser() {
    let app = App::new().await;
    let (_, _) = app.user("admin@desk.test", Role::Admin, None).await;
    let (_, _) = app.user("agent@desk.test", Role::Agent, None).await;
    let mut admin = crate::Browser::new(&app);
    admin.sign_in("admin@desk.test").await;

    let page = admin.get("/agent/people").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("agent@desk.test"));

    // A new organization, then its client ids changed.
    let made = admin
        .post(
            "/agent/people/orgs",
            &[
                ("name", "Acme Pay"),
                ("slug", "acme"),
                ("client_ids", "acme-live\nacme-sandbox"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.text());
    assert_eq!(made.location(), "/agent/people/orgs/acme");
    let saved = admin
        .post(
            "/agent/people/orgs/acme",
            &[
                ("name", "Acme Payments"),
                ("client_ids", "acme-live, acme-eu"),
                ("shared", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    assert_eq!(org.client_ids, vec!["acme-eu", "acme-live"]);
    assert!(org.shared);

    // A secret typed as a name is refused, the page says why and keeps
    // nothing of it.
    let refused = admin
        .post(
            "/agent/people/orgs/acme",
            &[
                ("name", "password: Tr0mbone!Sunset42"),
                ("client_ids", "acme-live"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("error-summary"));
    assert!(!crate::contains(&app.data_bytes(), "Tr0mbone!Sunset42"));

    // A new user in that organization, without a password.
    let user = admin
        .post(
            "/agent/people/users",
            &[
                ("email", "dev@acme.test"),
                ("name", "Dev"),
                ("role", "requester"),
                ("org", "acme"),
                ("locale", "it"),
            ],
        )
        .await;
    assert_eq!(user.status, StatusCode::SEE_OTHER, "{}", user.text());
    let dev = app
        .store
        .user_by_email("dev@acme.test")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(dev.org_id, Some(org.id));
    assert_eq!(user.location(), format!("/agent/people/users/{}", dev.id));
    let listed = admin.get("/agent/people?org=acme").await;
    assert!(listed.text().contains("dev@acme.test"));
    assert!(!listed.text().contains("agent@desk.test"));

    // Promoted to agent with the reveal permission.
    let promoted = admin
        .post(
            &format!("/agent/people/users/{}", dev.id),
            &[
                ("name", "Dev"),
                ("role", "agent"),
                ("org", ""),
                ("locale", "it"),
                ("can_reveal", "1"),
            ],
        )
        .await;
    assert_eq!(
        promoted.status,
        StatusCode::SEE_OTHER,
        "{}",
        promoted.text()
    );
    let dev = app.store.user_by_id(dev.id).await.unwrap().unwrap();
    assert_eq!(dev.role, Role::Agent);
    assert_eq!(dev.org_id, None);
    assert!(app.store.can_reveal(dev.id).await.unwrap());

    // An agent is shown "not found", like any page they may not see.
    let mut agent = crate::Browser::new(&app);
    agent.sign_in("agent@desk.test").await;
    assert_eq!(
        agent.get("/agent/people").await.status,
        StatusCode::NOT_FOUND
    );
    let r = agent
        .post("/agent/people/orgs", &[("name", "X"), ("slug", "x")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
