#![allow(clippy::unwrap_used)]

use store_sqlite::SqliteStore;

#[tokio::test]
async fn sqlite_tells_the_conformance_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_dir(dir.path()).await.unwrap();
    store::conformance::run(&store).await;
    store::conformance::mail(&store).await;
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
        name: "Keep".into(),
        shared: false,
        client_ids: vec![],
    };
    store.create_org(org).await.unwrap();
    store.close().await;
    let again = SqliteStore::open_dir(dir.path()).await.unwrap();
    assert!(again.org_by_slug("keep").await.unwrap().is_some());
}
