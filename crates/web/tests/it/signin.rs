//! Sign-in cannot be turned against its owner (issue 14): failures ask for
//! pauses that grow, a success clears them, a guesser elsewhere costs the
//! owner a minute at most, proxies are believed only when trusted, and
//! sign-ups are limited per address.

use crate::{App, Browser, Resp};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use domain::Role;
use std::net::{IpAddr, SocketAddr};
use time::Duration;

const RIGHT: &str = "a long enough password";

fn throttled(free_failures: i64) -> web::Settings {
    web::Settings {
        signin: app::signin::Throttle {
            free_failures,
            max_delay_secs: 900,
        },
        trusted_proxies: vec!["10.0.0.0/8".parse().unwrap()],
        ..web::Settings::default()
    }
}

/// A sign-in form post from `peer`, optionally through a proxy header.
async fn attempt(
    app: &App,
    peer: &str,
    forwarded_for: Option<&str>,
    email: &str,
    password: &str,
) -> Resp {
    let mut b = Browser::new(app);
    b.get("/signin").await;
    let csrf = b.cookie("sportello_csrf").unwrap();
    let body = serde_urlencoded::to_string([
        ("csrf_token", csrf.as_str()),
        ("email", email),
        ("password", password),
        ("next", "/"),
    ])
    .unwrap();
    let ip: IpAddr = peer.parse().unwrap();
    let mut req = Request::post("/signin")
        .header(header::COOKIE, format!("sportello_csrf={csrf}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .extension(ConnectInfo(SocketAddr::from((ip, 40_000))));
    if let Some(chain) = forwarded_for {
        req = req.header("x-forwarded-for", chain);
    }
    app.send(req.body(Body::from(body)).unwrap()).await
}

fn retry_after(res: &Resp) -> i64 {
    res.headers
        .get(header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("a 429 says when to come back"))
}

#[tokio::test]
async fn failures_ask_for_growing_pauses_and_a_success_clears_them() {
    let app = App::with_settings(throttled(2)).await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let home = "198.51.100.20";
    for _ in 0..2 {
        let res = attempt(&app, home, None, "ann@acme.test", "wrong password!").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    // Past the allowance: one second, then two, then four.
    for pause in [1, 2, 4] {
        let res = attempt(&app, home, None, "ann@acme.test", RIGHT).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(retry_after(&res), pause);
        app.clock.advance(Duration::seconds(pause));
        if pause < 4 {
            let res = attempt(&app, home, None, "ann@acme.test", "still wrong!").await;
            assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        }
    }
    let ok = attempt(&app, home, None, "ann@acme.test", RIGHT).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "the pause is over");
    // The success cleared the count: the allowance is whole again.
    for _ in 0..2 {
        let res = attempt(&app, home, None, "ann@acme.test", "wrong again!").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn a_guesser_elsewhere_costs_the_owner_a_minute_at_most() {
    let app = App::with_settings(throttled(2)).await;
    app.user("ann@acme.test", Role::Requester, None).await;
    // Forty guesses against Ann from twenty addresses, none waiting.
    for host in 1..=20 {
        let addr = format!("203.0.113.{host}");
        for _ in 0..2 {
            attempt(&app, &addr, None, "ann@acme.test", "guess guess guess").await;
        }
    }
    // Ann, at her own address, waits at most a minute, not a lockout.
    let res = attempt(&app, "198.51.100.20", None, "ann@acme.test", RIGHT).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&res) <= 60, "{}", retry_after(&res));
    app.clock.advance(Duration::seconds(60));
    let ok = attempt(&app, "198.51.100.20", None, "ann@acme.test", RIGHT).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn one_address_is_slowed_across_accounts_but_others_are_not() {
    let app = App::with_settings(throttled(1)).await;
    // One address's allowance is five times one account's.
    for n in 0..5 {
        let email = format!("user{n}@x.test");
        let res = attempt(&app, "198.51.100.1", None, &email, "wrong password x").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "attempt {n}");
    }
    let res = attempt(
        &app,
        "198.51.100.1",
        None,
        "user99@x.test",
        "wrong password x",
    )
    .await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    let res = attempt(
        &app,
        "198.51.100.2",
        None,
        "user98@x.test",
        "wrong password x",
    )
    .await;
    assert_eq!(
        res.status,
        StatusCode::UNAUTHORIZED,
        "another address is not slowed"
    );
}

#[tokio::test]
async fn the_forwarded_address_is_believed_only_from_a_trusted_proxy() {
    let app = App::with_settings(throttled(1)).await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let proxy = "10.0.0.5";
    // Two clients behind the load balancer are two buckets.
    let first = attempt(
        &app,
        proxy,
        Some("203.0.113.7"),
        "ann@acme.test",
        "wrong one!",
    )
    .await;
    assert_eq!(first.status, StatusCode::UNAUTHORIZED);
    let again = attempt(&app, proxy, Some("203.0.113.7"), "ann@acme.test", RIGHT).await;
    assert_eq!(
        again.status,
        StatusCode::TOO_MANY_REQUESTS,
        "same client, paused"
    );
    let other = attempt(&app, proxy, Some("203.0.113.8"), "ann@acme.test", RIGHT).await;
    assert_eq!(
        other.status,
        StatusCode::SEE_OTHER,
        "another client behind the proxy"
    );

    // From anyone else the header is ignored: rotating it changes nothing.
    let direct = "198.51.100.9";
    let res = attempt(
        &app,
        direct,
        Some("192.0.2.1"),
        "bob@acme.test",
        "nope nope",
    )
    .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    let res = attempt(
        &app,
        direct,
        Some("192.0.2.2"),
        "bob@acme.test",
        "nope nope",
    )
    .await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn sign_ups_are_limited_per_address() {
    let app = App::with_settings(web::Settings {
        signups_per_hour: 2,
        ..web::Settings::default()
    })
    .await;
    let sign_up = |n: u32, ip: [u8; 4]| {
        let app = &app;
        async move {
            let mut b = Browser::new(app);
            b.get("/signup").await;
            let csrf = b.cookie("sportello_csrf").unwrap();
            let email = format!("new{n}@x.test");
            let body = serde_urlencoded::to_string([
                ("csrf_token", csrf.as_str()),
                ("name", "New Person"),
                ("email", email.as_str()),
                ("password", "Tramonto sul lago 2026"),
            ])
            .unwrap();
            let req = Request::post("/signup")
                .header(header::COOKIE, format!("sportello_csrf={csrf}"))
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .extension(ConnectInfo(SocketAddr::from((ip, 40_000))))
                .body(Body::from(body))
                .unwrap();
            app.send(req).await.status
        }
    };
    assert_eq!(sign_up(1, [198, 51, 100, 3]).await, StatusCode::SEE_OTHER);
    assert_eq!(sign_up(2, [198, 51, 100, 3]).await, StatusCode::SEE_OTHER);
    assert_eq!(
        sign_up(3, [198, 51, 100, 3]).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(sign_up(4, [198, 51, 100, 4]).await, StatusCode::SEE_OTHER);
    app.clock.advance(Duration::hours(1));
    assert_eq!(sign_up(5, [198, 51, 100, 3]).await, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn failures_are_forgotten_an_hour_after_the_last_one() {
    let app = App::with_settings(throttled(1)).await;
    app.user("ann@acme.test", Role::Requester, None).await;
    let office = "198.51.100.30";
    // Five colleagues mistype once each: the address reaches its allowance.
    for n in 0..5 {
        let email = format!("colleague{n}@acme.test");
        attempt(&app, office, None, &email, "typo typo typo").await;
    }
    let res = attempt(&app, office, None, "ann@acme.test", RIGHT).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    // An hour and a bit later the office starts afresh, not at the cap.
    app.clock.advance(Duration::seconds(3601));
    attempt(&app, office, None, "colleague9@acme.test", "typo again").await;
    let ok = attempt(&app, office, None, "ann@acme.test", RIGHT).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
}
