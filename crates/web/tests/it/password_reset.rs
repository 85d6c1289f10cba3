//! "Forgot your password?": the same answer for every address, a mailed
//! link that works once and for an hour, only its hash stored, the
//! sign-up password rules, and every session ended.

use crate::{App, Browser};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use domain::Role;
use store::{MailStore, PasswordResetStore};
use time::Duration;
use web::{MailSettings, Settings};

async fn app() -> App {
    App::with_settings(Settings {
        mail: Some(MailSettings {
            from: "Support <support@acme.example>".into(),
            support_address: "support@acme.example".into(),
            base_url: "https://help.acme.example".into(),
            notify_agents_on_new: false,
            inbound_secret: None,
        }),
        ..Settings::default()
    })
    .await
}

/// The reset link in the latest mail to `to`, as a path.
async fn link_for(app: &App, to: &str) -> String {
    let mail = app
        .store
        .outbox(50)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.recipient == to)
        .expect("a reset mail");
    let start = mail
        .text_body
        .find("https://help.acme.example/password-reset/")
        .expect("a link in the mail");
    let link: String = mail.text_body[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    link.trim_start_matches("https://help.acme.example")
        .to_owned()
}

const NEW: &str = "plum kettle orbit sandal";

#[tokio::test]
async fn the_answer_is_the_same_whether_or_not_the_account_exists() {
    let app = app().await;
    app.user("dev@acme.test", Role::Requester, None).await;
    let mut br = Browser::new(&app);
    let known = br
        .post("/password-reset", &[("email", "dev@acme.test")])
        .await;
    let unknown = br
        .post("/password-reset", &[("email", "nobody@acme.test")])
        .await;
    assert_eq!(known.status, StatusCode::OK);
    assert_eq!(unknown.status, known.status);
    let main = |html: String| {
        let start = html.find("<main").unwrap();
        html[start..].replace(&br_csrf(&html), "")
    };
    assert_eq!(main(known.text()), main(unknown.text()));
    // Only the real account got mail.
    let outbox = app.store.outbox(10).await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].recipient, "dev@acme.test");
    // The API answers the same way too.
    for email in ["dev@acme.test", "nobody@acme.test"] {
        let r = app
            .send(
                Request::post("/api/v1/password-resets")
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(format!("{{\"email\": \"{email}\"}}")))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text());
        assert_eq!(r.json()["status"], "accepted");
    }
    assert_eq!(app.store.outbox(10).await.unwrap().len(), 2);
}

/// The CSRF token differs per page; the rest must not.
fn br_csrf(html: &str) -> String {
    html.split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_link_works_once_sets_the_password_and_ends_every_session() {
    let app = app().await;
    app.user("dev@acme.test", Role::Requester, None).await;
    // Signed in on two devices.
    let mut phone = Browser::new(&app);
    phone.sign_in("dev@acme.test").await;
    let mut laptop = Browser::new(&app);
    laptop.sign_in("dev@acme.test").await;
    assert_eq!(laptop.get("/profile").await.status, StatusCode::OK);

    let mut br = Browser::new(&app);
    br.post("/password-reset?lang=it", &[("email", "DEV@acme.test ")])
        .await;
    let link = link_for(&app, "dev@acme.test").await;
    let token = link
        .trim_start_matches("/password-reset/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    assert!(token.len() >= 40, "{link}");
    // The mail speaks the language the reset was asked in.
    let mail = &app.store.outbox(1).await.unwrap()[0];
    assert!(
        mail.text_body.contains("Il link funziona una volta sola"),
        "{}",
        mail.text_body
    );
    // Only a hash of the token is stored for the reset (the mail itself
    // carries the link until it is sent, like any mail).
    let hashed = web::auth::token_hash(&token);
    assert_eq!(
        app.store
            .password_reset_user(&token, crate::NOW)
            .await
            .unwrap(),
        None
    );
    assert!(
        app.store
            .password_reset_user(&hashed, crate::NOW)
            .await
            .unwrap()
            .is_some()
    );

    let page = br.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Scegli una nuova password"));
    // The sign-up rules apply.
    let weak = br.post(&link, &[("password", "password1234")]).await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.text().contains("error-summary"));
    // Without the CSRF token, nothing happens.
    let forged = br
        .post_raw(&link, &format!("password={}", NEW.replace(' ', "+")))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let done = br.post(&link, &[("password", NEW)]).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text());
    // Every session of the account is over.
    for device in [&mut phone, &mut laptop] {
        let r = device.get("/profile").await;
        assert_ne!(r.status, StatusCode::OK, "still signed in");
    }
    // The new password works, the old one does not.
    let mut again = Browser::new(&app);
    let old = again.sign_in("dev@acme.test").await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = again
        .post(
            "/signin",
            &[("email", "dev@acme.test"), ("password", NEW), ("next", "/")],
        )
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
    // The link is used up.
    assert_eq!(br.get(&link).await.status, StatusCode::GONE);
    let twice = br
        .post(&link, &[("password", "another fine passphrase")])
        .await;
    assert_eq!(twice.status, StatusCode::GONE);
    assert!(
        twice.text().contains("Richiedi un nuovo link")
            || twice.text().contains("Ask for a new link")
    );
}

#[tokio::test]
async fn a_link_expires_after_an_hour() {
    let app = app().await;
    app.user("dev@acme.test", Role::Requester, None).await;
    let mut br = Browser::new(&app);
    br.post("/password-reset", &[("email", "dev@acme.test")])
        .await;
    let link = link_for(&app, "dev@acme.test").await;
    app.clock.advance(Duration::minutes(59));
    assert_eq!(br.get(&link).await.status, StatusCode::OK);
    app.clock.advance(Duration::minutes(2));
    assert_eq!(br.get(&link).await.status, StatusCode::GONE);
    let late = br.post(&link, &[("password", NEW)]).await;
    assert_eq!(late.status, StatusCode::GONE);
    // The old password still works.
    let mut again = Browser::new(&app);
    assert_eq!(
        again.sign_in("dev@acme.test").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn sign_in_offers_the_reset_in_the_help_centers_language() {
    let app = app().await;
    let mut br = Browser::new(&app);
    let page = br
        .get("/signin?next=%2Fhc%2Fit%2Frequests%2Fnew")
        .await
        .text();
    assert!(page.contains("<html lang=\"it\">"), "{page}");
    assert!(page.contains("Hai dimenticato la password?"));
    assert!(page.contains("href=\"/password-reset?lang=it\""));
    let page = br.get("/password-reset?lang=it").await.text();
    assert!(page.contains("Reimposta la password"));
    let page = br.get("/signup?lang=it").await.text();
    assert!(page.contains("<html lang=\"it\">"));
}
