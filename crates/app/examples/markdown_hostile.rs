//! Rendering time of hostile Markdown bodies at growing sizes, as a
//! Markdown table (BENCHMARKS.md, "Hostile input"):
//! `cargo run --release -p app --example markdown_hostile`.
#![allow(clippy::print_stdout, clippy::unwrap_used)]

use std::time::{Duration, Instant};

type Body = fn(usize) -> String;

const BODIES: &[(&str, Body)] = &[
    ("`>` × n", |n| ">".repeat(n)),
    ("`> ` × n/2", |n| "> ".repeat(n / 2)),
    ("`>` × n/2, lazy lines", |n| {
        format!("{}a\n{}", ">".repeat(n / 2), "b\n".repeat(n / 4))
    }),
    ("`1. ` × n/3", |n| "1. ".repeat(n / 3)),
    ("`- ` × n/2", |n| "- ".repeat(n / 2)),
    ("`*a` × n/2", |n| "*a".repeat(n / 2)),
    ("`[` × n", |n| "[".repeat(n)),
    ("`<div>` × n/5", |n| "<div>".repeat(n / 5)),
    ("`<ul><li>` × n/8", |n| "<ul><li>".repeat(n / 8)),
    ("table as wide as n/8", |n| {
        format!(
            "{}\n{}\n{}",
            "|a".repeat(n / 8),
            "|-".repeat(n / 8),
            "a\n".repeat(n / 4)
        )
    }),
];

fn best_of_three(body: &str) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(app::article::render_markdown(body));
            started.elapsed()
        })
        .min()
        .unwrap()
}

fn main() {
    let sizes = [22_500, 45_000, 90_000];
    println!(
        "| body | {} |",
        sizes.map(|n| format!("n = {n}")).join(" | ")
    );
    println!("|---|{}", "---:|".repeat(sizes.len()));
    for (name, make) in BODIES {
        let times = sizes.map(|n| format!("{:.1} ms", best_of_three(&make(n)).as_secs_f64() * 1e3));
        println!("| {name} | {} |", times.join(" | "));
    }
}
