//! Prints, for one labeled corpus, each missed secret with the text around
//! it and each false alarm with the flagged spans, so misses can be read as
//! kinds of writing. A developer's tool over the crate's own files.
//!
//! Run: `cargo run --release -p guard --example misses -- tests/corpora/sealed10.jsonl`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

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

fn main() {
    let path = std::env::args().nth(1).expect("a corpus path");
    let width: usize = std::env::args().nth(2).map_or(200, |w| w.parse().unwrap());
    let text = std::fs::read_to_string(&path).expect("corpus");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap();
        let t = v["text"].as_str().unwrap();
        let mut found = guard::scan(t);
        found.sort_by_key(|f| (f.start, f.end));
        let spans: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        let secrets = v["secrets"].as_array().unwrap();
        if secrets.is_empty() {
            for f in &found {
                println!(
                    "FA {id} {} {}",
                    f.kind.code(),
                    around(t, f.start, f.end, width)
                );
            }
            continue;
        }
        for s in secrets {
            let val = s["value"].as_str().unwrap();
            let kind = s["kind"].as_str().unwrap();
            for (i, _) in t.match_indices(val) {
                if !covered(&spans, i, i + val.len()) {
                    println!("MISS {id} {kind} {}", around(t, i, i + val.len(), width));
                    break;
                }
            }
        }
    }
}
