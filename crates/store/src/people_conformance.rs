//! The administrators' story about organizations and users, told the same
//! way by every backend.
#![allow(clippy::unwrap_used, clippy::panic)]

use crate::*;
use domain::{ClientId, Email, Locale, OrgSlug, Role};
use guard::Screened;
use time::OffsetDateTime;

fn s(text: &str) -> Screened {
    guard::screen(text).unwrap()
}

fn cid(v: &str) -> ClientId {
    ClientId::parse(v).unwrap()
}

fn now() -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_790_000_000).unwrap()
}

async fn org(store: &dyn Store, slug: &str, client_ids: &[&str]) -> Org {
    store
        .create_org(NewOrg {
            slug: OrgSlug::parse(slug).unwrap(),
            name: s(&format!("{slug} Ltd")),
            shared: false,
            client_ids: client_ids.iter().map(|c| cid(c)).collect(),
        })
        .await
        .unwrap()
}

async fn user(store: &dyn Store, email: &str, role: Role, org_id: Option<i64>) -> User {
    store
        .create_user(
            NewUser {
                email: Email::parse(email).unwrap(),
                name: s(email.split('@').next().unwrap()),
                role,
                org_id,
                locale: Locale::En,
                password_hash: None,
            },
            now(),
        )
        .await
        .unwrap()
}

pub async fn people_story(store: &dyn Store) {
    // Lists are id-ordered keyset pages that pick up where the last ended.
    let acme = org(store, "people-acme", &["acme-live-1", "acme-sandbox-1"]).await;
    let beta = org(store, "people-beta", &["beta-live-1"]).await;
    let gamma = org(store, "people-gamma", &[]).await;
    let first = store.list_orgs(0, 2).await.unwrap();
    let after_first: Vec<i64> = first.iter().map(|o| o.id).collect();
    let rest = store
        .list_orgs(*after_first.last().unwrap(), 100)
        .await
        .unwrap();
    let all: Vec<i64> = after_first
        .iter()
        .copied()
        .chain(rest.iter().map(|o| o.id))
        .collect();
    for o in [&acme, &beta, &gamma] {
        assert_eq!(
            all.iter().filter(|&&id| id == o.id).count(),
            1,
            "org {} once",
            o.slug
        );
    }
    assert!(
        all.windows(2).all(|w| w[0] < w[1]),
        "orgs in id order: {all:?}"
    );
    let listed = rest
        .iter()
        .chain(first.iter())
        .find(|o| o.id == acme.id)
        .unwrap();
    assert_eq!(listed.client_ids, vec!["acme-live-1", "acme-sandbox-1"]);

    // An edit replaces the name, the sharing and the whole client-id list.
    let changed = store
        .update_org(
            acme.id,
            OrgChange {
                name: s("Acme Payments"),
                shared: true,
                client_ids: vec![cid("acme-live-2"), cid("acme-live-1")],
            },
        )
        .await
        .unwrap();
    assert_eq!(changed.slug, "people-acme", "the slug stays");
    assert_eq!(changed.name, "Acme Payments");
    assert!(changed.shared);
    assert_eq!(changed.client_ids, vec!["acme-live-1", "acme-live-2"]);
    assert_eq!(
        store.org_by_id(acme.id).await.unwrap().unwrap().client_ids,
        vec!["acme-live-1", "acme-live-2"],
        "the edit is kept"
    );
    assert!(matches!(
        store
            .update_org(
                i64::MAX,
                OrgChange {
                    name: s("Nobody"),
                    shared: false,
                    client_ids: vec![],
                },
            )
            .await,
        Err(StoreError::NotFound)
    ));

    // Users: filtered by organization and by role, in id order.
    let ada = user(store, "ada@people.example", Role::Requester, Some(acme.id)).await;
    let bob = user(store, "bob@people.example", Role::Requester, Some(beta.id)).await;
    let cy = user(store, "cy@people.example", Role::Agent, None).await;
    let of_acme = store
        .list_users(
            UserFilter {
                org_id: Some(acme.id),
                role: None,
            },
            0,
            100,
        )
        .await
        .unwrap();
    assert_eq!(
        of_acme.iter().map(|u| u.id).collect::<Vec<_>>(),
        vec![ada.id]
    );
    assert!(
        of_acme[0].org_shared,
        "the organization's sharing comes along"
    );
    let agents = store
        .list_users(
            UserFilter {
                org_id: None,
                role: Some(Role::Agent),
            },
            0,
            100,
        )
        .await
        .unwrap();
    assert!(agents.iter().any(|u| u.id == cy.id));
    assert!(agents.iter().all(|u| u.role == Role::Agent));
    let page = store
        .list_users(UserFilter::default(), ada.id, 1)
        .await
        .unwrap();
    assert_eq!(page.len(), 1);
    assert!(page[0].id > ada.id, "a page starts after the cursor");

    // An edit moves a user, changes the role and the language; the
    // address stays.
    let moved = store
        .update_user(
            bob.id,
            UserChange {
                name: s("Bob Rossi"),
                role: Role::Agent,
                org_id: None,
                locale: Locale::It,
            },
        )
        .await
        .unwrap();
    assert_eq!(moved.email, "bob@people.example");
    assert_eq!(moved.name, "Bob Rossi");
    assert_eq!(moved.role, Role::Agent);
    assert_eq!(moved.org_id, None);
    assert_eq!(moved.locale, Locale::It);
    assert_eq!(
        store.user_by_id(bob.id).await.unwrap().unwrap().role,
        Role::Agent
    );
    assert!(matches!(
        store
            .update_user(
                i64::MAX,
                UserChange {
                    name: s("Nobody"),
                    role: Role::Requester,
                    org_id: None,
                    locale: Locale::En,
                },
            )
            .await,
        Err(StoreError::NotFound)
    ));
}
