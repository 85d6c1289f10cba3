//! Prints, for one labeled corpus, each missed secret with the text around
//! it and each false alarm with the flagged spans, so misses can be read as
//! kinds of writing. A developer's tool over the crate's own files.
//!
//! Run: `cargo run --release -p guard --example misses -- tests/corpora/sealed10.jsonl`

#![allow(clippy::expect_used, clippy::panic, clippy::print_stdout)]

fn covered(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    let mut pos = start;
    for &(s, e) in spans {
        if e <= pos {
            continue;
        }
        if s > pos {
            return false;
        }
        pos = e;
        if pos >= end {
            return true;
        }
    }
    pos >= end
}

fn around(text: &str, start: usize, end: usize, width: usize) -> String {
    let mut a = start.saturating_sub(width);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + width).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!(
        "{}[[{}]]{}",
        &text[a..start],
        &text[start..end],
        &text[end..b]
    )
    .replace('\n', "⏎")
}

#[derive(serde::Deserialize)]
struct Secret {
    kind: String,
    value: String,
}

/// One labeled sample, in the corpus format of `docs/guard-corpora.md`.
#[derive(serde::Deserialize)]
struct Sample {
    id: String,
    text: String,
    secrets: Vec<Secret>,
}

fn main() {
    let path = std::env::args().nth(1).expect("a corpus path");
    let width: usize = std::env::args()
        .nth(2)
        .map_or(200, |w| w.parse().expect("a width in bytes"));
    let corpus = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    for (n, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let sample: Sample = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{path}:{}: not a labeled sample: {e}", n + 1));
        let (id, t) = (&sample.id, sample.text.as_str());
        let mut found = guard::scan(t);
        found.sort_by_key(|f| (f.start, f.end));
        let spans: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        if sample.secrets.is_empty() {
            for f in &found {
                println!(
                    "FA {id} {} {}",
                    f.kind.code(),
                    around(t, f.start, f.end, width)
                );
            }
            continue;
        }
        for Secret { kind, value: val } in &sample.secrets {
            for (i, _) in t.match_indices(val.as_str()) {
                if !covered(&spans, i, i + val.len()) {
                    println!("MISS {id} {kind} {}", around(t, i, i + val.len(), width));
                    break;
                }
            }
        }
    }
}
