//! Writing the help center through the API: a category, a section, an
//! article published in two languages and found by search; a secret in a
//! title or hidden in Markdown is refused; requesters may not write.

use crate::App;
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;

#[tokio::test]
async fn an_agent_writes_publishes_and_finds_an_article_through_the_api() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let (_, dev) = app.user("dev@acme.test", Role::Requester, None).await;
    let post = |path: &'static str, body: serde_json::Value| {
        let app = &app;
        let agent = agent.clone();
        async move { app.api(Method::POST, path, Some(&agent), Some(body)).await }
    };

    let cat = post(
        "/api/v1/help/categories",
        json!({"names": [
        {"locale": "en", "name": "Payments API"}, {"locale": "it", "name": "API Pagamenti"}]}),
    )
    .await;
    assert_eq!(cat.status, StatusCode::CREATED, "{}", cat.text());
    let cat_id = cat.json()["id"].as_i64().unwrap();
    let sec = post(
        "/api/v1/help/sections",
        json!({"category_id": cat_id, "names": [
        {"locale": "en", "name": "Tokens"}]}),
    )
    .await;
    assert_eq!(sec.status, StatusCode::CREATED, "{}", sec.text());
    let sec_id = sec.json()["id"].as_i64().unwrap();

    let art = post(
        "/api/v1/help/articles",
        json!({"section_id": sec_id, "locale": "en",
        "title": "Why does my access token expire?",
        "body": "Access tokens last **one hour**. Ask for a new one with your refresh token.",
        "published": true}),
    )
    .await;
    assert_eq!(art.status, StatusCode::CREATED, "{}", art.text());
    let art_id = art.json()["id"].as_i64().unwrap();
    let it = app
        .api(
            Method::PUT,
            &format!("/api/v1/help/articles/{art_id}/translations/it"),
            Some(&agent),
            Some(json!({"title": "Perché il token di accesso scade?",
                "body": "I token di accesso durano **un'ora**.", "published": true})),
        )
        .await;
    assert_eq!(it.status, StatusCode::OK, "{}", it.text());

    // Readers find it in both languages.
    for (locale, q) in [("en", "expire"), ("it", "scade")] {
        let found = app
            .api(
                Method::GET,
                &format!("/api/v1/help/search?q={q}&locale={locale}"),
                None,
                None,
            )
            .await;
        assert!(
            found.text().contains(&format!("\"id\":{art_id}"))
                || found.text().contains(&format!("/{art_id}-")),
            "{locale}: {}",
            found.text()
        );
    }
    // Renamed and moved through PATCH.
    let renamed = app
        .api(
            Method::PATCH,
            &format!("/api/v1/help/categories/{cat_id}"),
            Some(&agent),
            Some(json!({"position": 2, "names": [{"locale": "en", "name": "Payments"}]})),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.text());
    assert_eq!(renamed.json()["position"], 2);
    let closed = app
        .api(
            Method::PATCH,
            &format!("/api/v1/help/articles/{art_id}"),
            Some(&agent),
            Some(json!({"comments_closed": true})),
        )
        .await;
    assert_eq!(closed.json()["comments_closed"], true);

    // Requesters may not write.
    let denied = app
        .api(
            Method::POST,
            "/api/v1/help/categories",
            Some(&dev),
            Some(json!({"names": [{"locale": "en", "name": "Mine"}]})),
        )
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn secrets_in_titles_names_or_markdown_are_refused() {
    let app = App::new().await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let cat = app
        .api(
            Method::POST,
            "/api/v1/help/categories",
            Some(&agent),
            Some(
                json!({"names": [{"locale": "en", "name": "client_secret: 8f3kQz1vX9pLm2Rt7wYb"}]}),
            ),
        )
        .await;
    assert_eq!(
        cat.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        cat.text()
    );
    assert!(!cat.text().contains("8f3kQz1vX9pLm2Rt7wYb"));
    let ok = app
        .api(
            Method::POST,
            "/api/v1/help/categories",
            Some(&agent),
            Some(json!({"names": [{"locale": "en", "name": "Cards"}]})),
        )
        .await;
    let sec = app
        .api(Method::POST, "/api/v1/help/sections", Some(&agent),
            Some(json!({"category_id": ok.json()["id"], "names": [{"locale": "en", "name": "Testing"}]})))
        .await;
    // A card number rebuilt by Markdown from pieces a reader sees joined.
    let art = app
        .api(Method::POST, "/api/v1/help/articles", Some(&agent),
            Some(json!({"section_id": sec.json()["id"], "locale": "en", "title": "Test cards",
                "body": "Use 4539<!-- -->1488<!-- -->0343<!-- -->6467 in the sandbox.", "published": true})))
        .await;
    assert_eq!(
        art.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        art.text()
    );
    let none = app
        .api(
            Method::POST,
            "/api/v1/help/categories",
            Some(&agent),
            Some(json!({"names": []})),
        )
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
}
