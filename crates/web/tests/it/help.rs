//! The help center: public pages in both languages, fallback, search,
//! votes, comments through the guard, sanitized Markdown, drafts, authoring.

use crate::{App, Browser, NOW};
use axum::http::{Method, StatusCode};
use domain::{Locale, Role};
use serde_json::json;
use store::{HelpCenterStore, NewHcArticle, NewHcName, Store as _};

const JWT: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

fn names(en: &str, it: &str) -> Vec<NewHcName> {
    vec![
        NewHcName {
            locale: Locale::En,
            name: ::guard::screen(en).unwrap(),
            description: Default::default(),
        },
        NewHcName {
            locale: Locale::It,
            name: ::guard::screen(it).unwrap(),
            description: Default::default(),
        },
    ]
}

/// A category with one section; returns the section id.
async fn section(app: &App) -> i64 {
    let c = app
        .store
        .hc_create_category(0, &names("Troubleshooting", "Risoluzione dei problemi"))
        .await
        .unwrap();
    app.store
        .hc_create_section(c.id, 0, &names("Payments", "Pagamenti"))
        .await
        .unwrap()
        .id
}

struct Art<'a> {
    en: Option<(&'a str, &'a str)>,
    it: Option<(&'a str, &'a str)>,
    published: bool,
    closed: bool,
}

async fn article(app: &App, section_id: i64, a: Art<'_>) -> i64 {
    let mut texts = vec![];
    if let Some((t, b)) = a.en {
        texts.push(web::help::translation_input(Locale::En, t, b, a.published).unwrap());
    }
    if let Some((t, b)) = a.it {
        texts.push(web::help::translation_input(Locale::It, t, b, a.published).unwrap());
    }
    let mut texts = texts.into_iter();
    let created = app
        .store
        .hc_create_article(
            NewHcArticle {
                section_id,
                position: 0,
                comments_closed: a.closed,
                author_id: None,
                translation: texts.next().unwrap(),
            },
            NOW,
        )
        .await
        .unwrap();
    for t in texts {
        app.store
            .hc_save_translation(created.id, t, NOW)
            .await
            .unwrap();
    }
    created.id
}

fn both(id: i64, slug_en: &str, slug_it: &str) -> (String, String) {
    (
        format!("/hc/en/articles/{id}-{slug_en}"),
        format!("/hc/it/articles/{id}-{slug_it}"),
    )
}

async fn refund_article(app: &App, sec: i64, closed: bool) -> i64 {
    article(
        app,
        sec,
        Art {
            en: Some(("Refused payments", "Why a **payment** is refused.")),
            it: Some((
                "Pagamenti rifiutati",
                "Perché un **pagamento** viene rifiutato.",
            )),
            published: true,
            closed,
        },
    )
    .await
}

#[tokio::test]
async fn pages_work_for_anonymous_and_signed_in_visitors_in_both_languages() {
    let app = App::new().await;
    app.user("req@example.com", Role::Requester, None).await;
    let sec = section(&app).await;
    let id = refund_article(&app, sec, false).await;
    let other = article(
        &app,
        sec,
        Art {
            en: Some(("Another one", "More text.")),
            it: Some(("Un altro", "Altro testo.")),
            published: true,
            closed: false,
        },
    )
    .await;
    let (en, it) = both(id, "refused-payments", "pagamenti-rifiutati");
    let mut b = Browser::new(&app);

    let home = b.get("/hc/en/").await;
    assert_eq!(home.status, StatusCode::OK);
    let home = home.text();
    assert!(home.contains("Troubleshooting") && home.contains("Payments"));
    assert!(home.contains("action=\"/hc/en/search\""), "search box");
    assert!(home.contains("Submit a request"));
    let home_it = b.get("/hc/it/").await.text();
    assert!(
        home_it.contains("Risoluzione dei problemi") && home_it.contains("Invia una richiesta")
    );

    let cat = b.get("/hc/en/categories/1-troubleshooting").await;
    assert_eq!(cat.status, StatusCode::OK);
    assert!(cat.text().contains(&en));
    let sec_page = b.get(&format!("/hc/it/sections/{sec}-pagamenti")).await;
    assert_eq!(sec_page.status, StatusCode::OK);
    assert!(sec_page.text().contains(&it) && sec_page.text().contains("Un altro"));

    // Anonymous article page: breadcrumbs, body, votes, callout, comments.
    let page = b.get(&en).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    for needle in [
        "class=\"breadcrumbs\"",
        "Troubleshooting",
        "Refused payments",
        "<strong>payment</strong>",
        "Updated",
        "Was this article helpful?",
        "Nobody has rated this article yet.",
        "Have more questions? Submit a request",
        "0 comments",
        "Sign in to add a comment",
        "Related articles",
        "Another one",
    ] {
        assert!(html.contains(needle), "{needle} missing");
    }
    assert!(html.contains(&format!(
        "/signin?next=/hc/en/articles/{id}-refused-payments"
    )));
    assert!(!html.contains(&format!("/articles/{id}/comments\" class=\"reply")));
    let page_it = b.get(&it).await.text();
    assert!(page_it.contains("Questo articolo ti è stato utile?"));
    assert!(
        page_it.contains("0 commenti") && page_it.contains("Accedi per aggiungere un commento")
    );

    // Wrong or missing slugs redirect to the canonical address.
    let r = b.get(&format!("/hc/en/articles/{id}")).await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::PERMANENT_REDIRECT, en.clone())
    );
    assert_eq!(
        b.get("/hc/en/articles/abc").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get("/hc/en/articles/999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get("/hc/fr/articles/1").await.status,
        StatusCode::NOT_FOUND
    );

    // Signed in: the comment form is there; sign-in came back to the article.
    let res = b
        .post(
            "/signin",
            &[
                ("email", "req@example.com"),
                ("password", "a long enough password"),
                ("next", &en),
            ],
        )
        .await;
    assert_eq!(res.location(), en);
    let html = b.get(&en).await.text();
    assert!(html.contains(&format!("action=\"/hc/en/articles/{id}/comments\"")));
    assert!(!html.contains("Sign in to add a comment"));
    let _ = other;
}

#[tokio::test]
async fn a_missing_translation_falls_back_with_a_notice() {
    let app = App::new().await;
    let sec = section(&app).await;
    let id = article(
        &app,
        sec,
        Art {
            en: Some(("Only in English", "Body.")),
            it: None,
            published: true,
            closed: false,
        },
    )
    .await;
    let mut b = Browser::new(&app);
    let page = b
        .get(&format!("/hc/it/articles/{id}-only-in-english"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("id=\"fallback-notice\""));
    assert!(html.contains("non è ancora disponibile in italiano"));
    assert!(html.contains("lang=\"en\""));
    let en = b
        .get(&format!("/hc/en/articles/{id}-only-in-english"))
        .await
        .text();
    assert!(!en.contains("fallback-notice"));
    let api = app
        .api(
            Method::GET,
            &format!("/api/v1/help/articles/{id}?locale=it"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(api["fallback"], true);
    assert_eq!(api["locale"], "en");
}

#[tokio::test]
async fn search_stems_folds_accents_ranks_and_escapes() {
    let app = App::new().await;
    let sec = section(&app).await;
    let pay = article(
        &app,
        sec,
        Art {
            en: Some(("Payment refused", "What to send when a payment is refused.")),
            it: Some((
                "Pagamento rifiutato",
                "Perché il pagamento viene rifiutato: il codice `a<b>` indica un limite.",
            )),
            published: true,
            closed: false,
        },
    )
    .await;
    let body_only = article(
        &app,
        sec,
        Art {
            en: Some(("Tokens", "A token is needed before any payments call.")),
            it: Some(("Token", "Serve un token prima di ogni chiamata.")),
            published: true,
            closed: false,
        },
    )
    .await;
    let search = |q: &str, l: &str| format!("/api/v1/help/search?locale={l}&q={}", web_encode(q));
    let ids = |v: &serde_json::Value| -> Vec<i64> {
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect()
    };
    // Italian: plural finds singular, no accent finds the accent.
    let r = app
        .api(Method::GET, &search("pagamenti", "it"), None, None)
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(ids(&r.json()), vec![pay]);
    let r = app
        .api(Method::GET, &search("perche", "it"), None, None)
        .await
        .json();
    assert_eq!(ids(&r), vec![pay]);
    assert!(
        r["results"][0]["snippet"]
            .as_str()
            .unwrap()
            .contains("<mark>Perché</mark>")
    );
    // Snippets are escaped text with <mark> only.
    let r = app
        .api(Method::GET, &search("codice limite", "it"), None, None)
        .await
        .json();
    let snippet = r["results"][0]["snippet"].as_str().unwrap();
    assert!(
        snippet.contains("a&lt;b&gt;") && !snippet.contains("<b>"),
        "{snippet}"
    );
    assert!(snippet.contains("<mark>codice</mark>"));
    // English: stemming, and a title match ranks above a body match.
    let r = app
        .api(Method::GET, &search("payments", "en"), None, None)
        .await
        .json();
    assert_eq!(ids(&r), vec![pay, body_only]);
    // Locale matters: the Italian index has no "payments".
    let r = app
        .api(Method::GET, &search("refused", "it"), None, None)
        .await
        .json();
    assert!(ids(&r).is_empty());
    // Only stop words or symbols: a clear empty result.
    for (q, l) in [
        ("the of and", "en"),
        ("il la di", "it"),
        ("*** ?! ()", "en"),
    ] {
        let r = app.api(Method::GET, &search(q, l), None, None).await;
        assert_eq!(r.status, StatusCode::OK, "{q}");
        assert_eq!(r.json()["searchable"], false);
        assert!(ids(&r.json()).is_empty());
    }
    assert_eq!(
        app.api(Method::GET, "/api/v1/help/search?q=x&locale=fr", None, None)
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // Suggestions match the last word as a prefix.
    let r = app
        .api(
            Method::GET,
            "/api/v1/help/search?locale=en&suggest=1&q=paym",
            None,
            None,
        )
        .await
        .json();
    assert_eq!(ids(&r), vec![pay, body_only]);

    // The HTML page.
    let mut b = Browser::new(&app);
    let page = b.get("/hc/it/search?q=pagamenti").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("<mark>pagamento</mark>") || html.contains("<mark>Pagamento</mark>"));
    assert!(html.contains(&format!("/hc/it/articles/{pay}-pagamento-rifiutato")));
    let html = b.get("/hc/en/search?q=the+of").await.text();
    assert!(html.contains("only very common words"));
    let html = b.get("/hc/en/search?q=zzzz").await.text();
    assert!(html.contains("No article matches"));
    let html = b
        .get("/hc/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await
        .text();
    assert!(!html.contains("<script>alert(1)"));
}

#[tokio::test]
async fn search_finds_words_cut_short_mistyped_and_category_names() {
    let app = App::new().await;
    let sec = section(&app).await;
    let pay = refund_article(&app, sec, false).await;
    let ids = |v: &serde_json::Value| -> Vec<i64> {
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect()
    };
    let search = |q: &str, l: &str| format!("/api/v1/help/search?locale={l}&q={}", web_encode(q));
    // A word cut short or with a typo, in both languages.
    for (q, l) in [
        ("pagament", "it"),
        ("pagamnto rifutato", "it"),
        ("paymnet", "en"),
        ("refus", "en"),
    ] {
        let r = app.api(Method::GET, &search(q, l), None, None).await.json();
        assert_eq!(ids(&r), vec![pay], "{q}");
    }
    // Far from every word: nothing.
    let r = app
        .api(Method::GET, &search("zebra", "en"), None, None)
        .await
        .json();
    assert!(ids(&r).is_empty());
    // The section's and the category's names are searched too.
    let r = app
        .api(Method::GET, &search("troubleshooting", "en"), None, None)
        .await
        .json();
    let places = r["places"].as_array().unwrap();
    assert_eq!(places.len(), 1, "{r}");
    assert_eq!(places[0]["kind"], "category");
    assert_eq!(places[0]["name"], "Troubleshooting");
    let mut b = Browser::new(&app);
    let html = b.get("/hc/it/search?q=pagamenti").await.text();
    assert!(
        html.contains(&format!("href=\"/hc/it/sections/{sec}-pagamenti\"")),
        "the section is listed"
    );
    assert!(html.contains("Categorie e sezioni"));
}

async fn post(b: &mut Browser<'_>, path: String, v: Vec<(&'static str, String)>) -> crate::Resp {
    let pairs: Vec<(&str, &str)> = v.iter().map(|(k, v)| (*k, v.as_str())).collect();
    b.post(&path, &pairs).await
}

fn web_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn votes_count_once_per_user_and_per_anonymous_browser() {
    let app = App::new().await;
    app.user("voter@example.com", Role::Requester, None).await;
    let sec = section(&app).await;
    let id = refund_article(&app, sec, false).await;
    let (en, _) = both(id, "refused-payments", "");
    let votes = format!("/hc/en/articles/{id}/votes");

    let mut anon = Browser::new(&app);
    let r = anon.post(&votes, &[("helpful", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with(&en));
    anon.post(&votes, &[("helpful", "yes")]).await;
    assert!(
        anon.get(&en)
            .await
            .text()
            .contains("1 of 1 person found this helpful")
    );
    // Changing one's mind replaces the vote.
    anon.post(&votes, &[("helpful", "no")]).await;
    assert!(
        anon.get(&en)
            .await
            .text()
            .contains("0 of 1 person found this helpful")
    );
    anon.post(&votes, &[("helpful", "yes")]).await;

    let mut other = Browser::new(&app);
    other.post(&votes, &[("helpful", "no")]).await;
    let mut user = Browser::new(&app);
    user.sign_in("voter@example.com").await;
    user.post(&votes, &[("helpful", "yes")]).await;
    user.post(&votes, &[("helpful", "yes")]).await;
    let html = user.get(&format!("{en}?voted=1")).await.text();
    assert!(html.contains("2 of 3 people found this helpful"), "{html}");
    assert!(html.contains("Thank you for your feedback"));
    assert!(html.contains("value=\"yes\" class=\"button\" aria-pressed=\"true\""));

    // Bad value, no CSRF token, unknown article.
    assert_eq!(
        user.post(&votes, &[("helpful", "maybe")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        user.post_raw(&votes, "helpful=yes").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        user.post("/hc/en/articles/999/votes", &[("helpful", "yes")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let api = app
        .api(
            Method::GET,
            &format!("/api/v1/help/articles/{id}"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(api["votes"], json!({ "helpful": 2, "total": 3 }));
}

#[tokio::test]
async fn comments_pass_the_guard_and_obey_ownership_and_moderation() {
    let app = App::new().await;
    let (_, author_token) = app.user("author@example.com", Role::Requester, None).await;
    let (_, other_token) = app.user("other@example.com", Role::Requester, None).await;
    let (_, agent_token) = app.user("agent@example.com", Role::Agent, None).await;
    let sec = section(&app).await;
    let id = refund_article(&app, sec, false).await;
    let (en, _) = both(id, "refused-payments", "");
    let comments = format!("/hc/en/articles/{id}/comments");

    // Anonymous visitors are sent to sign in.
    let mut anon = Browser::new(&app);
    let r = anon.post(&comments, &[("body", "hello")]).await;
    assert!(r.location().starts_with("/signin?next="));

    // A secret is refused, named, and never shown back or stored.
    let mut author = Browser::new(&app);
    author.sign_in("author@example.com").await;
    let body = format!("My header was Authorization: Bearer {JWT}");
    let r = author.post(&comments, &[("body", &body)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text();
    assert!(html.contains("looks like an access token"));
    assert!(!html.contains(JWT) && html.contains("[REDACTED:"));
    let api = app
        .api(
            Method::POST,
            &format!("/api/v1/help/articles/{id}/comments"),
            Some(&author_token),
            Some(json!({ "body": body })),
        )
        .await;
    assert_eq!(api.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(api.error_code(), "sensitive_data");
    assert!(!api.text().contains(JWT));
    assert!(!crate::contains(&app.data_bytes(), &JWT[40..80]));

    // A clean comment goes through; "Redact and send" works too.
    let r = author
        .post(&comments, &[("body", "Thanks, this helped.")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with(&format!("{en}#comment-")));
    let html = author.get(&en).await.text();
    assert!(html.contains("Thanks, this helped.") && html.contains("1 comment"));
    let redacted = app
        .api(
            Method::POST,
            &format!("/api/v1/help/articles/{id}/comments"),
            Some(&author_token),
            Some(json!({ "body": body, "redact": true })),
        )
        .await;
    assert_eq!(redacted.status, StatusCode::CREATED);
    assert!(
        redacted.json()["body"]
            .as_str()
            .unwrap()
            .contains("[REDACTED:")
    );
    let cid = redacted.json()["id"].as_i64().unwrap();

    // Only the author edits; the author or an agent deletes.
    let path = format!("/api/v1/help/articles/{id}/comments/{cid}");
    let r = app
        .api(
            Method::PATCH,
            &path,
            Some(&other_token),
            Some(json!({ "body": "mine now" })),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.api(Method::DELETE, &path, Some(&other_token), None)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let r = app
        .api(
            Method::PATCH,
            &path,
            Some(&author_token),
            Some(json!({ "body": format!("edited {JWT}") })),
        )
        .await;
    assert_eq!(r.error_code(), "sensitive_data");
    let r = app
        .api(
            Method::PATCH,
            &path,
            Some(&author_token),
            Some(json!({ "body": "Edited text" })),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["body"], "Edited text");
    // Requesters cannot hide; agents can, and hidden comments vanish for others.
    assert_eq!(
        app.api(
            Method::PATCH,
            &path,
            Some(&author_token),
            Some(json!({ "hidden": true }))
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let r = app
        .api(
            Method::PATCH,
            &path,
            Some(&agent_token),
            Some(json!({ "hidden": true })),
        )
        .await;
    assert_eq!(r.json()["hidden"], true);
    let list = app
        .api(
            Method::GET,
            &format!("/api/v1/help/articles/{id}/comments"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(list["comments"].as_array().unwrap().len(), 1);
    assert!(!anon.get(&en).await.text().contains("Edited text"));
    let mut agent = Browser::new(&app);
    agent.sign_in("agent@example.com").await;
    let html = agent.get(&en).await.text();
    assert!(html.contains("Edited text") && html.contains("Hidden"));

    // HTML edit and delete by the author; agent delete of anyone's.
    let first = app.store.hc_comments(id, true).await.unwrap()[0].id;
    let edit = format!("/hc/en/articles/{id}/comments/{first}/edit");
    assert_eq!(author.get(&edit).await.status, StatusCode::OK);
    let mut other = Browser::new(&app);
    other.sign_in("other@example.com").await;
    assert_eq!(other.get(&edit).await.status, StatusCode::FORBIDDEN);
    let r = author
        .post(&edit, &[("body", "Thanks, this helped a lot.")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(author.get(&en).await.text().contains("a lot."));
    let r = other
        .post(
            &format!("/hc/en/articles/{id}/comments/{first}/delete"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = agent
        .post(
            &format!("/hc/en/articles/{id}/comments/{first}/delete"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = agent
        .post(
            &format!("/hc/en/articles/{id}/comments/{cid}/hide"),
            &[("hidden", "0")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.api(Method::DELETE, &path, Some(&author_token), None)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert!(anon.get(&en).await.text().contains("0 comments"));
}

#[tokio::test]
async fn a_closed_article_refuses_new_comments_clearly() {
    let app = App::new().await;
    let (_, token) = app.user("c@example.com", Role::Requester, None).await;
    let sec = section(&app).await;
    let id = refund_article(&app, sec, true).await;
    let (en, _) = both(id, "refused-payments", "");
    let mut b = Browser::new(&app);
    b.sign_in("c@example.com").await;
    let html = b.get(&en).await.text();
    assert!(html.contains("Comments are closed for this article"));
    assert!(!html.contains(&format!("action=\"/hc/en/articles/{id}/comments\"")));
    let r = b
        .post(&format!("/hc/en/articles/{id}/comments"), &[("body", "hi")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.text().contains("Comments are closed"));
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/help/articles/{id}/comments"),
            Some(&token),
            Some(json!({ "body": "hi" })),
        )
        .await;
    assert_eq!(
        (r.status, r.error_code()),
        (StatusCode::CONFLICT, "comments_closed".into())
    );
}

#[tokio::test]
async fn markdown_is_sanitized_before_it_reaches_the_page() {
    let app = App::new().await;
    let sec = section(&app).await;
    let id = article(
        &app,
        sec,
        Art {
            en: Some((
                "Hostile",
                "Hello <script>alert('x')</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(2)> [docs](https://example.com/docs)",
            )),
            it: None,
            published: true,
            closed: false,
        },
    )
    .await;
    let mut b = Browser::new(&app);
    let html = b.get(&format!("/hc/en/articles/{id}-hostile")).await.text();
    let body = html.split("article-body").nth(1).unwrap();
    assert!(!body.contains("<script") && !body.contains("javascript:"));
    assert!(!body.contains("onerror"));
    assert!(body.contains("rel=\"nofollow noopener noreferrer\""));
    let api = app
        .api(
            Method::GET,
            &format!("/api/v1/help/articles/{id}"),
            None,
            None,
        )
        .await
        .json();
    assert!(!api["body_html"].as_str().unwrap().contains("<script"));
}

#[tokio::test]
async fn drafts_are_invisible_to_the_public() {
    let app = App::new().await;
    let sec = section(&app).await;
    let id = article(
        &app,
        sec,
        Art {
            en: Some(("Secret plan", "A draft about payments.")),
            it: Some(("Piano", "Una bozza sui pagamenti.")),
            published: false,
            closed: false,
        },
    )
    .await;
    let mut b = Browser::new(&app);
    assert_eq!(
        b.get(&format!("/hc/en/articles/{id}-secret-plan"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !b.get(&format!("/hc/en/sections/{sec}-payments"))
            .await
            .text()
            .contains("Secret plan")
    );
    assert!(
        !b.get("/hc/en/search?q=draft")
            .await
            .text()
            .contains("Secret plan")
    );
    for path in [
        format!("/api/v1/help/articles/{id}"),
        format!("/api/v1/help/articles/{id}/comments"),
    ] {
        assert_eq!(
            app.api(Method::GET, &path, None, None).await.status,
            StatusCode::NOT_FOUND
        );
    }
    let list = app
        .api(Method::GET, "/api/v1/help/articles?locale=en", None, None)
        .await
        .json();
    assert!(list["articles"].as_array().unwrap().is_empty());
    assert_eq!(
        b.post(
            &format!("/hc/en/articles/{id}/votes"),
            &[("helpful", "yes")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn agents_author_categories_sections_and_articles() {
    let app = App::new().await;
    app.user("agent@example.com", Role::Agent, None).await;
    app.user("req@example.com", Role::Requester, None).await;
    let mut req = Browser::new(&app);
    req.sign_in("req@example.com").await;
    assert_eq!(req.get("/agent/help").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        req.post("/agent/help/categories", &[("name_en", "X")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let mut a = Browser::new(&app);
    a.sign_in("agent@example.com").await;
    assert_eq!(a.get("/agent/help").await.status, StatusCode::OK);
    let r = a
        .post(
            "/agent/help/categories",
            &[
                ("name_en", "Guides"),
                ("name_it", "Guide"),
                ("position", "1"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/agent/help");
    let r = a
        .post(
            "/agent/help/categories",
            &[("name_en", ""), ("name_it", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let cat = app.store.hc_categories().await.unwrap()[0].id;
    for (en, it) in [("First", "Primo"), ("Second", "Secondo")] {
        let r = a
            .post(
                "/agent/help/sections",
                &[
                    ("category_id", &cat.to_string()),
                    ("name_en", en),
                    ("name_it", it),
                ],
            )
            .await;
        assert_eq!(r.location(), "/agent/help");
    }
    let secs = app.store.hc_sections(Some(cat)).await.unwrap();
    let (s1, s2) = (secs[0].id.to_string(), secs[1].id.to_string());
    let r = a
        .post(
            &format!("/agent/help/sections/{s2}"),
            &[
                ("category_id", &cat.to_string()),
                ("name_en", "Second, renamed"),
                ("name_it", "Secondo"),
                ("position", "5"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        a.get(&format!("/agent/help/categories/{cat}")).await.status,
        StatusCode::OK
    );

    // Preview renders sanitized Markdown without saving anything.
    let fields = |action: &'static str, section: &str| {
        vec![
            ("locale", "en".to_owned()),
            ("title", "Rotating keys".to_owned()),
            (
                "body",
                "# Rotate\n\nDo it **now**. <script>x()</script>".to_owned(),
            ),
            ("section_id", section.to_owned()),
            ("position", "0".to_owned()),
            ("action", action.to_owned()),
        ]
    };
    let r = post(
        &mut a,
        "/agent/help/articles".into(),
        fields("preview", &s1),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let html = r.text();
    assert!(html.contains("<strong>now</strong>") && !html.contains("<script>x()"));
    assert!(
        app.store
            .hc_articles(&Default::default())
            .await
            .unwrap()
            .is_empty()
    );
    // A secret in the body is refused.
    let mut bad = fields("save", &s1);
    bad[2].1 = format!("Use {JWT}");
    let r = post(&mut a, "/agent/help/articles".into(), bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Save as draft: invisible; publish: visible.
    let r = post(&mut a, "/agent/help/articles".into(), fields("save", &s1)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let id = app.store.hc_articles(&Default::default()).await.unwrap()[0].id;
    assert!(
        r.location()
            .starts_with(&format!("/agent/help/articles/{id}"))
    );
    let public = format!("/hc/en/articles/{id}-rotating-keys");
    let mut anon = Browser::new(&app);
    assert_eq!(anon.get(&public).await.status, StatusCode::NOT_FOUND);
    let edit = format!("/agent/help/articles/{id}");
    let r = post(&mut a, edit.clone(), fields("publish", &s1)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(anon.get(&public).await.status, StatusCode::OK);
    assert!(
        a.get(&format!("{edit}?locale=en"))
            .await
            .text()
            .contains("Unpublish")
    );

    // An Italian translation under the same id, and a move to another section.
    let mut it = fields("publish", &s2);
    it[0].1 = "it".into();
    it[1].1 = "Ruotare le chiavi".into();
    it[2].1 = "Fallo **subito**.".into();
    post(&mut a, edit.clone(), it).await;
    let art = app.store.hc_article(id).await.unwrap().unwrap();
    assert_eq!(art.translations.len(), 2);
    assert_eq!(art.section_id.to_string(), s2);
    let html = anon
        .get(&format!("/hc/it/articles/{id}-ruotare-le-chiavi"))
        .await
        .text();
    assert!(html.contains("<strong>subito</strong>") && !html.contains("Second, renamed"));
    assert!(html.contains("Secondo"));

    // Unpublish both: gone again.
    post(&mut a, edit.clone(), fields("unpublish", &s2)).await;
    let mut it = fields("unpublish", &s2);
    it[0].1 = "it".into();
    post(&mut a, edit.clone(), it).await;
    assert_eq!(anon.get(&public).await.status, StatusCode::NOT_FOUND);
    assert!(a.get("/agent/help").await.text().contains("Rotating keys"));
}

#[tokio::test]
async fn api_lists_shows_and_records_deflections() {
    let app = App::new().await;
    let (_, token) = app.user("d@example.com", Role::Requester, None).await;
    let sec = section(&app).await;
    let id = refund_article(&app, sec, false).await;
    let list = app
        .api(Method::GET, "/api/v1/help/articles?locale=it", None, None)
        .await
        .json();
    assert_eq!(list["articles"][0]["title"], "Pagamenti rifiutati");
    assert_eq!(
        list["articles"][0]["url"],
        format!("/hc/it/articles/{id}-pagamenti-rifiutati")
    );
    let one = app
        .api(
            Method::GET,
            &format!("/api/v1/help/articles/{id}?locale=en"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(one["title"], "Refused payments");
    assert_eq!(one["comment_count"], 0);
    assert_eq!(
        app.api(Method::GET, "/api/v1/help/articles/nope", None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let record = |event: &'static str| {
        app.api(
            Method::POST,
            "/api/v1/help/deflections",
            Some(&token),
            Some(json!({ "article_id": id, "event": event })),
        )
    };
    assert_eq!(record("shown").await.status, StatusCode::NO_CONTENT);
    assert_eq!(record("opened").await.status, StatusCode::NO_CONTENT);
    assert_eq!(
        record("clicked").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.api(
            Method::POST,
            "/api/v1/help/deflections",
            None,
            Some(json!({ "article_id": id, "event": "shown" }))
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );
    let d = app.store.hc_deflections(id).await.unwrap();
    assert_eq!((d.shown, d.opened), (1, 1));
    // The request form carries what the suggestion script needs.
    let mut b = Browser::new(&app);
    b.sign_in("d@example.com").await;
    let html = b.get("/hc/it/requests/new").await.text();
    assert!(html.contains("data-hc-locale=\"it\""));
}

#[tokio::test]
async fn agents_delete_articles_and_empty_sections_and_categories() {
    let app = App::new().await;
    let (_, agent_token) = app.user("agent@example.com", Role::Agent, None).await;
    let (reader, req_token) = app.user("req@example.com", Role::Requester, None).await;
    let sec = section(&app).await;
    let cat = app
        .store
        .hc_section(sec)
        .await
        .unwrap()
        .unwrap()
        .category_id;
    let id = refund_article(&app, sec, false).await;
    let (en, _) = both(id, "refused-payments", "pagamenti-rifiutati");
    app.store
        .hc_vote(id, &format!("u:{}", reader.id), true, NOW)
        .await
        .unwrap();
    let comment = app
        .store
        .hc_add_comment(
            store::NewHcComment {
                article_id: id,
                author_id: reader.id,
                locale: Locale::En,
                body: ::guard::Screened::constant("Thanks."),
            },
            NOW,
        )
        .await
        .unwrap();
    let found = |q: &'static str| {
        let app = &app;
        async move {
            app.api(
                Method::GET,
                &format!("/api/v1/help/search?locale=en&q={q}"),
                None,
                None,
            )
            .await
            .json()["results"]
                .as_array()
                .unwrap()
                .len()
        }
    };
    assert_eq!(found("refused").await, 1);

    // Requesters: the pages do not exist for them, the API refuses.
    let mut req = Browser::new(&app);
    req.sign_in("req@example.com").await;
    for path in [
        format!("/agent/help/articles/{id}/delete"),
        format!("/agent/help/sections/{sec}/delete"),
        format!("/agent/help/categories/{cat}/delete"),
    ] {
        assert_eq!(req.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(req.post(&path, &[]).await.status, StatusCode::NOT_FOUND);
    }
    for path in [
        format!("/api/v1/help/articles/{id}"),
        format!("/api/v1/help/sections/{sec}"),
        format!("/api/v1/help/categories/{cat}"),
    ] {
        let r = app.api(Method::DELETE, &path, Some(&req_token), None).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
        let r = app.api(Method::DELETE, &path, None, None).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{path}");
    }
    assert!(app.store.hc_article(id).await.unwrap().is_some());

    // A section that holds an article is refused, in both languages.
    let r = app
        .api(
            Method::DELETE,
            &format!("/api/v1/help/sections/{sec}"),
            Some(&agent_token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.error_code(), "section_not_empty");
    // An Italian-speaking agent reads the refusal in Italian.
    let italian = app
        .store
        .create_user(
            store::NewUser {
                email: domain::Email::parse("agente@example.com").unwrap(),
                name: ::guard::Screened::constant("Agente"),
                role: Role::Agent,
                org_id: None,
                locale: Locale::It,
                password_hash: None,
            },
            NOW,
        )
        .await
        .unwrap();
    let it_token = web::auth::new_api_token();
    app.store
        .create_api_token(
            italian.id,
            &::guard::screen("test").unwrap(),
            &web::auth::token_hash(&it_token),
            NOW,
        )
        .await
        .unwrap();
    let it = app
        .api(
            Method::DELETE,
            &format!("/api/v1/help/categories/{cat}"),
            Some(&it_token),
            None,
        )
        .await;
    assert_eq!(it.status, StatusCode::CONFLICT);
    assert_eq!(it.error_code(), "category_not_empty");
    assert!(
        it.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("contiene ancora sezioni"),
        "{}",
        it.text()
    );
    let mut a = Browser::new(&app);
    a.sign_in("agent@example.com").await;
    let page = a.get(&format!("/agent/help/sections/{sec}/delete")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("still holds articles"));
    assert!(!page.text().contains("Yes, delete it"));
    let r = a
        .post(&format!("/agent/help/sections/{sec}/delete"), &[])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.text().contains("still holds articles"));
    a.get("/lang/it?next=/agent/help").await;
    let r = a
        .post(&format!("/agent/help/categories/{cat}/delete"), &[])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(
        r.text()
            .contains("Questa categoria contiene ancora sezioni")
    );
    a.get("/lang/en?next=/agent/help").await;

    // The article: a confirmation page that says what goes with it, and a
    // form that needs the CSRF token.
    let confirm = a.get(&format!("/agent/help/articles/{id}/delete")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    let html = confirm.text();
    assert!(html.contains("Refused payments") && html.contains("Yes, delete it"));
    assert!(
        html.contains("translations (2), votes (1) and comments (1)"),
        "{html}"
    );
    assert!(app.store.hc_article(id).await.unwrap().is_some());
    let forged = a
        .post_raw(&format!("/agent/help/articles/{id}/delete"), "")
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(app.store.hc_article(id).await.unwrap().is_some());
    let r = a
        .post(&format!("/agent/help/articles/{id}/delete"), &[])
        .await;
    assert_eq!(r.location(), "/agent/help");
    assert!(app.store.hc_article(id).await.unwrap().is_none());
    assert!(app.store.hc_comment(comment.id).await.unwrap().is_none());
    assert_eq!(app.store.hc_votes(id).await.unwrap().total, 0);
    assert_eq!(found("refused").await, 0);
    assert_eq!(
        Browser::new(&app).get(&en).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        a.get(&format!("/agent/help/articles/{id}/delete"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Now empty, the section and then the category go; the API says 404
    // for what is already gone.
    let r = a
        .post(&format!("/agent/help/sections/{sec}/delete"), &[])
        .await;
    assert_eq!(r.location(), "/agent/help");
    let r = app
        .api(
            Method::DELETE,
            &format!("/api/v1/help/sections/{sec}"),
            Some(&agent_token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app
        .api(
            Method::DELETE,
            &format!("/api/v1/help/categories/{cat}"),
            Some(&agent_token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(app.store.hc_categories().await.unwrap().is_empty());
    assert_eq!(
        app.api(
            Method::DELETE,
            &format!("/api/v1/help/articles/{id}"),
            Some(&agent_token),
            None,
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_api_deletes_an_article_and_search_forgets_it() {
    let app = App::new().await;
    let (_, agent_token) = app.user("agent@example.com", Role::Agent, None).await;
    let sec = section(&app).await;
    let id = refund_article(&app, sec, false).await;
    let search = |l: &'static str, q: &'static str| {
        let app = &app;
        async move {
            app.api(
                Method::GET,
                &format!("/api/v1/help/search?locale={l}&q={q}"),
                None,
                None,
            )
            .await
            .json()["results"]
                .as_array()
                .unwrap()
                .len()
        }
    };
    assert_eq!(search("it", "pagamenti").await, 1);
    let r = app
        .api(
            Method::DELETE,
            &format!("/api/v1/help/articles/{id}"),
            Some(&agent_token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(search("it", "pagamenti").await, 0);
    assert_eq!(search("en", "payment").await, 0);
    // A new article may reuse the deleted translation's row id; it must
    // not be found by the deleted article's words.
    let next = article(
        &app,
        sec,
        Art {
            en: Some(("Webhook retries", "How webhooks are retried.")),
            it: None,
            published: true,
            closed: false,
        },
    )
    .await;
    assert_eq!(search("en", "payment").await, 0);
    assert_eq!(search("en", "webhook").await, 1);
    let r = app
        .api(
            Method::DELETE,
            &format!("/api/v1/help/articles/{next}x"),
            Some(&agent_token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
