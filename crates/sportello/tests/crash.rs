//! Kill the server with SIGKILL in the middle of a load, start it again, and
//! check that every ticket that got a 201 is there and the database is sound.
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use store::Store;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sportello"));
    c.env_remove("SPORTELLO_DATA")
        .env_remove("SPORTELLO_DATABASE_URL");
    c
}

fn run(args: &[&str]) -> String {
    let out = bin().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A server process, killed (SIGKILL) and reaped when dropped.
struct Server(Child);

impl Server {
    fn kill(mut self) {
        self.0.kill().unwrap();
        self.0.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `serve` and returns once it printed its address (no sleeping).
fn serve(data: &str) -> (Server, String) {
    let mut child = Server(
        bin()
            .args(["--data", data, "serve", "--listen", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut reader = BufReader::new(child.0.stdout.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "server exited before it was ready"
        );
        if let Some(rest) = line.trim().strip_prefix("Sportello is running at ") {
            return (child, rest.trim_end_matches('/').to_owned());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_ticket_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    run(&[
        "--data",
        data,
        "org",
        "add",
        "--slug",
        "acme",
        "--name",
        "Acme",
        "--client-id",
        "acmepay",
    ]);
    run(&[
        "--data",
        data,
        "user",
        "add",
        "--email",
        "load@acme.test",
        "--role",
        "requester",
        "--org",
        "acme",
    ]);
    let token = run(&[
        "--data",
        data,
        "token",
        "create",
        "--email",
        "load@acme.test",
    ])
    .trim()
    .to_owned();

    let (server, url) = serve(data);
    let progress = Arc::new(AtomicUsize::new(0));
    let opts = sportello::bench::IntakeOptions {
        url: url.clone(),
        token,
        concurrency: 8,
        count: 20_000,
        client_id: "acmepay".into(),
        progress: Some(progress.clone()),
        rate: None,
    };
    let load = tokio::spawn(sportello::bench::intake(opts));
    // Kill once a few hundred tickets were acknowledged, mid-stream.
    let mut ticks = tokio::time::interval(std::time::Duration::from_millis(5));
    for _ in 0..12_000 {
        if progress.load(Ordering::Relaxed) >= 300 {
            break;
        }
        ticks.tick().await;
    }
    server.kill(); // SIGKILL
    let report = load.await.unwrap().unwrap();
    assert!(
        report.created.len() >= 300,
        "load ran: {:?}",
        report.statuses
    );
    assert!(
        report.transport_errors > 0,
        "the kill happened during the load"
    );
    assert!(
        report.statuses.keys().all(|s| *s == 201),
        "only 201s before the kill: {:?}",
        report.statuses
    );

    // It starts again on the same data…
    let (again, _) = serve(data);
    again.kill();
    // …and every acknowledged ticket is there, in a sound database.
    let store = store_sqlite::SqliteStore::open_dir(dir.path())
        .await
        .unwrap();
    assert!(store.integrity_ok().await.unwrap());
    for id in &report.created {
        assert!(
            store.ticket(*id).await.unwrap().is_some(),
            "ticket {id} got a 201 and was lost"
        );
    }
}
