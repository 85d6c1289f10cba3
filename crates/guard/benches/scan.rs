//! Throughput of `scan` on mixed ticket text, latency on a 2 KB ticket, and
//! hostile single lines (10 MB of base64 characters, digits, trigger words).
//!
//! Run: `CARGO_TARGET_DIR=/work/target-guard cargo bench -p guard --bench scan`

#![allow(clippy::unwrap_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Ticket-like text: prose in both languages, a curl command, a JSON error
/// body, log lines with UUIDs and timestamps, a few secrets.
const TICKET: &str = r#"Buongiorno, da stamattina alle 09:41 le chiamate a POST /v1/payments restituiscono 401.
client_id: sandbox-acmepay-1a2b3c, simp_id 9b2f7c1e-3d4a-4e5f-8a6b-7c8d9e0f1a2b, X-Request-Id c39df0fb-a684-447c-9fbc-3f24c288f608.
Steps: we call the token endpoint, then POST the payment with the access token. It worked yesterday.
curl -X POST https://api.example.com/v1/payments -H 'Content-Type: application/json' -H 'Authorization: Bearer $TOKEN' -d '{"amount": 1250, "currency": "EUR", "reference": "order-88231"}'
Response: {"status":401,"error":"invalid_token","error_description":"The access token expired","request_id":"1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9"}
2024-03-12T09:41:07.123Z INFO  payments-client request_id=1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9 status=401 latency_ms=183
2024-03-12T09:41:08.004Z WARN  payments-client retrying in 2000 ms (attempt 2 of 5), commit 3f786850e387550fdab836ed7e6dc881de23001b
Device: MacBook Pro, macOS 14.3; Browser: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36
Abbiamo già provato a rigenerare il client secret dalla dashboard ma il problema resta. Il task 7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d è in pending.
Grazie, Mario
"#;

fn mixed(len: usize, with_secrets: bool) -> String {
    let mut s = String::with_capacity(len + TICKET.len());
    let mut i = 0u64;
    while s.len() < len {
        s.push_str(TICKET);
        // Vary a little so nothing is cached by accident.
        s.push_str(&format!("ticket #{i} amount 12{i}.50 EUR\n"));
        if with_secrets && i.is_multiple_of(8) {
            // Some tickets do carry secrets.
            s.push_str("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c card 4111 1111 1111 1111 password: Gatto2024!\n");
        }
        i += 1;
    }
    s
}

fn two_kb_ticket() -> String {
    let mut s = TICKET.to_string();
    s.push_str("Also: Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c and card 4111 1111 1111 1111.\n");
    while s.len() < 2048 {
        s.push_str("Il pagamento risulta ancora in stato pending dopo due ore. ");
    }
    s.truncate(2048);
    s
}

fn hostile(kind: &str) -> String {
    let n = 10 * 1024 * 1024;
    let unit: &str = match kind {
        "base64" => {
            "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk+/"
        }
        "digits" => "4111111111111111222233334444555566667777888899990000",
        "digit_groups" => "4111 1111 1111 111",
        "triggers" => "password=password=pin=eyJhbGci\"token \"Bearer -----BEGIN sk_live_",
        _ => "a",
    };
    let mut s = String::with_capacity(n + unit.len());
    while s.len() < n {
        s.push_str(unit);
    }
    s
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("mixed_ticket_text");
    for (name, with_secrets) in [("clean_1MB", false), ("with_secrets_1MB", true)] {
        let text = mixed(1024 * 1024, with_secrets);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| guard::scan(black_box(&text))));
    }
    g.finish();

    let ticket = two_kb_ticket();
    let mut g = c.benchmark_group("ticket_2KB");
    g.throughput(Throughput::Bytes(ticket.len() as u64));
    g.bench_function("scan", |b| b.iter(|| guard::scan(black_box(&ticket))));
    g.bench_function("scan_and_redact", |b| {
        b.iter(|| guard::scan_and_redact(black_box(&ticket)))
    });
    g.finish();

    let mut g = c.benchmark_group("hostile_10MB_line");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    for kind in ["base64", "digits", "digit_groups", "triggers"] {
        let line = hostile(kind);
        g.throughput(Throughput::Bytes(line.len() as u64));
        g.bench_function(kind, |b| b.iter(|| guard::scan(black_box(&line))));
    }
    g.finish();
}

criterion_group!(scan_benches, benches);
criterion_main!(scan_benches);
