#![allow(clippy::unwrap_used)]
//! The binary's commands as an operator or a CI pipeline uses them.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn sportello(args: &[&str], stdin: Option<&str>, envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sportello"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.env_remove("SPORTELLO_DATA")
        .env_remove("SPORTELLO_DATABASE_URL");
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(s) = stdin {
        input.write_all(s.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn scan_exit_codes_and_json_lines() {
    let clean = sportello(
        &["scan", "-"],
        Some("X-Request-Id c39df0fb-a684-447c-9fbc-3f24c288f608\n"),
        &[],
    );
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    let secret = "line one\nsee client_secret=s3cr3tValueThatMustNotPrint\n";
    let found = sportello(&["scan", "-", "--format", "json"], Some(secret), &[]);
    assert_eq!(found.status.code(), Some(1));
    let out = stdout(&found);
    assert!(
        !out.contains("s3cr3tValueThatMustNotPrint"),
        "never the value"
    );
    let line: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(line["kind"], "client_secret");
    assert_eq!(line["line"], 2);
    let (start, end) = (
        line["start"].as_u64().unwrap() as usize,
        line["end"].as_u64().unwrap() as usize,
    );
    assert!(secret[start..end].contains("s3cr3tValue"));
    let missing = sportello(&["scan", "/nonexistent/file"], None, &[]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn org_user_and_token_commands() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let org = sportello(
        &[
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
            "--client-id",
            "sandbox-acme",
            "--shared",
        ],
        None,
        &[],
    );
    assert!(
        org.status.success(),
        "{}",
        String::from_utf8_lossy(&org.stderr)
    );
    let bad_org = sportello(
        &[
            "--data", data, "org", "add", "--slug", "Bad Slug", "--name", "x",
        ],
        None,
        &[],
    );
    assert_eq!(bad_org.status.code(), Some(2));
    let user = sportello(
        &[
            "--data",
            data,
            "user",
            "add",
            "--email",
            "ann@acme.test",
            "--role",
            "requester",
            "--org",
            "acme",
            "--password-stdin",
        ],
        Some("a long enough password\n"),
        &[],
    );
    assert!(
        user.status.success(),
        "{}",
        String::from_utf8_lossy(&user.stderr)
    );
    let dup = sportello(
        &[
            "--data",
            data,
            "user",
            "add",
            "--email",
            "ann@acme.test",
            "--role",
            "agent",
        ],
        None,
        &[],
    );
    assert_eq!(dup.status.code(), Some(2));
    let token = sportello(
        &[
            "--data",
            data,
            "token",
            "create",
            "--email",
            "ann@acme.test",
        ],
        None,
        &[],
    );
    assert!(token.status.success());
    let out = stdout(&token);
    assert_eq!(out.lines().count(), 1, "only the token on stdout");
    assert!(out.starts_with("spt_") && out.trim().len() > 40);
    let reveal = sportello(
        &[
            "--data",
            data,
            "user",
            "reveal",
            "--email",
            "ann@acme.test",
            "on",
        ],
        None,
        &[],
    );
    assert_eq!(reveal.status.code(), Some(2), "requesters never reveal");
    let agent = sportello(
        &[
            "--data",
            data,
            "user",
            "add",
            "--email",
            "agent@acme.test",
            "--role",
            "agent",
        ],
        None,
        &[],
    );
    assert!(agent.status.success());
    let reveal = sportello(
        &[
            "--data",
            data,
            "user",
            "reveal",
            "--email",
            "agent@acme.test",
            "on",
        ],
        None,
        &[],
    );
    assert!(
        reveal.status.success(),
        "{}",
        String::from_utf8_lossy(&reveal.stderr)
    );
    let migrate = sportello(&["--data", data, "migrate"], None, &[]);
    assert!(migrate.status.success());
    let backup = dir.path().join("copy.db");
    let b = sportello(
        &["--data", data, "backup", "--out", backup.to_str().unwrap()],
        None,
        &[],
    );
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    assert!(std::fs::metadata(&backup).unwrap().len() > 0);
}

#[test]
fn unknown_settings_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = sportello(
        &["--data", dir.path().to_str().unwrap(), "migrate"],
        None,
        &[("SPORTELLO_LISTN", "x")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SPORTELLO_LISTN"));
}

#[test]
fn mail_receive_reads_one_message_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let env = [
        ("SPORTELLO_MAIL_SUPPORT_ADDRESS", "support@acme.example"),
        ("SPORTELLO_SMTP_HOST", "127.0.0.1"),
    ];
    let add = sportello(
        &[
            "--data",
            data,
            "user",
            "add",
            "--email",
            "ann@acme.test",
            "--role",
            "requester",
        ],
        None,
        &[],
    );
    assert!(add.status.success());
    let message = "From: Ann <ann@acme.test>\r\nTo: support@acme.example\r\nSubject: Webhooks stopped\r\nMessage-ID: <m1@acme.test>\r\n\r\nNo webhooks since 09:40.\r\n";
    let ok = sportello(&["--data", data, "mail", "receive"], Some(message), &env);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(stdout(&ok).contains("Created"));
    let stranger = message.replace("ann@acme.test", "eve@else.test");
    let refused = sportello(&["--data", data, "mail", "receive"], Some(&stranger), &env);
    assert_eq!(refused.status.code(), Some(1));
    let off = sportello(&["--data", data, "mail", "receive"], Some(message), &[]);
    assert_eq!(off.status.code(), Some(1), "mail not configured");
}

/// Starts `serve` on a free port with `args`, asks for `path` once, stops
/// the server and returns what it wrote to stderr (its log).
fn serve_log(data: &std::path::Path, args: &[&str], path: &str) -> String {
    use std::io::{BufRead, BufReader, Read};
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sportello"));
    cmd.args(["--data", data.to_str().unwrap()])
        .args(args)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env_remove("SPORTELLO_DATA")
        .env_remove("SPORTELLO_DATABASE_URL")
        .env_remove("SPORTELLO_LOG_FORMAT")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let url = loop {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "server exited");
        if let Some(rest) = line.trim().strip_prefix("Sportello is running at ") {
            break rest.trim_end_matches('/').to_owned();
        }
    };
    let addr = url.trim_start_matches("http://");
    let mut conn = std::net::TcpStream::connect(addr).unwrap();
    write!(
        conn,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    conn.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 "), "{answer}");
    child.kill().unwrap();
    child.wait().unwrap();
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    log
}

#[test]
fn logs_are_json_lines_on_request_and_plain_text_without_colours_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let json = serve_log(dir.path(), &["--log-format", "json"], "/hc/en");
    let lines: Vec<&str> = json.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty(), "the server logged nothing");
    for l in &lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
        assert!(
            v.get("level").is_some() && v.get("timestamp").is_some(),
            "{l}"
        );
    }
    let text = serve_log(dir.path(), &[], "/hc/en");
    assert!(!text.trim().is_empty(), "the server logged nothing");
    assert!(
        !text.contains('\u{1b}'),
        "colour codes in a log file: {text:?}"
    );
}
