//! CPU-time throughput of `scan` on the bench's mixed ticket text. Criterion
//! measures wall time, which a busy shared machine distorts; user+system
//! CPU time from /proc/self/stat does not care how many other jobs run.
//!
//! Run: `CARGO_TARGET_DIR=/work/target-guard cargo run --release -p guard --example throughput`

#![allow(clippy::unwrap_used, clippy::print_stdout)]

fn cpu_ticks() -> u64 {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap();
    let f: Vec<&str> = s.rsplit(')').next().unwrap().split_whitespace().collect();
    f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
}

fn measure(label: &str, text: &str, rounds: usize) {
    let t0 = cpu_ticks();
    let mut found = 0;
    for _ in 0..rounds {
        found += guard::scan(std::hint::black_box(text)).len();
    }
    // Kernel clock ticks are 10 ms on Linux.
    let secs = (cpu_ticks() - t0) as f64 / 100.0;
    let bytes = rounds as f64 * text.len() as f64;
    println!(
        "{label}: {:.0} MB/s CPU time ({:.2} µs per call, {} findings per call)",
        bytes / secs / 1e6,
        secs * 1e6 / rounds as f64,
        found / rounds
    );
}

fn main() {
    let bench = include_str!("../benches/scan.rs");
    let start = bench.find("r#\"").unwrap() + 3;
    let end = bench[start..].find("\"#").unwrap() + start;
    let unit = &bench[start..end];
    for with_secrets in [false, true] {
        let mut text = String::new();
        let mut i = 0;
        while text.len() < 1 << 20 {
            text.push_str(unit);
            text.push_str(&format!("ticket #{i} amount 12{i}.50 EUR\n"));
            if with_secrets && i % 8 == 0 {
                text.push_str("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c card 4111 1111 1111 1111 password: Gatto2024!\n");
            }
            i += 1;
        }
        let label = if with_secrets {
            "mixed ticket text with secrets, 1 MB"
        } else {
            "mixed ticket text, clean, 1 MB"
        };
        measure(label, &text, 600);
    }
    let mut ticket = unit.to_string();
    ticket.push_str("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c card 4111 1111 1111 1111\n");
    while ticket.len() < 2048 {
        ticket.push_str("Il pagamento risulta ancora in stato pending. ");
    }
    ticket.truncate(2048);
    measure("2 KB ticket with 2 secrets", &ticket, 300_000);
    let mut clean = unit.to_string();
    while clean.len() < 2048 {
        clean.push_str("Il pagamento risulta ancora in stato pending. ");
    }
    clean.truncate(2048);
    measure("2 KB ticket, clean", &clean, 300_000);
    for (name, unit) in [
        (
            "hostile 10 MB line: base64 run",
            "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk+/",
        ),
        (
            "hostile 10 MB line: digit run",
            "4111111111111111222233334444555566667777888899990000",
        ),
        ("hostile 10 MB line: digit groups", "4111 1111 1111 111"),
        (
            "hostile 10 MB line: trigger soup",
            "password=password=pin=eyJhbGci\"token \"Bearer -----BEGIN sk_live_",
        ),
    ] {
        let mut line = String::with_capacity(10 << 20);
        while line.len() < 10 << 20 {
            line.push_str(unit);
        }
        measure(name, &line, 5);
    }
}
