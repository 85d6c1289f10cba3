//! Writes what `scan` finds in every sample text the crate has, one line
//! per text (spans and kinds, never the text), so a change meant to keep
//! the findings (a speed change) can be checked with `diff`: the labeled
//! corpora, the handwritten samples, the same texts in ASCII capitals and
//! run together in pairs (keys and values across samples), the bench texts
//! and the hostile probe inputs (64 KB of each).
//!
//! Run: `CARGO_TARGET_DIR=/work/target-guard cargo run --release -p guard --example findings_dump > /tmp/findings.txt`

// A developer's check over the crate's own files: a missing or malformed
// corpus is a broken checkout, and stopping with its name is the answer.
#![allow(clippy::expect_used, clippy::print_stdout)]

use std::fmt::Write as _;
use std::path::Path;

fn line(label: &str, text: &str) -> String {
    let mut found = guard::scan(text);
    found.sort_by_key(|f| (f.start, f.end));
    let mut s = format!("{label} {}:", text.len());
    for f in found {
        write!(
            s,
            " {}-{}:{}:{:?}",
            f.start,
            f.end,
            f.kind.code(),
            f.confidence
        )
        .expect("writing to a String cannot fail");
    }
    s
}

fn texts(path: &Path) -> Vec<String> {
    let where_ = path.display();
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("reading {where_}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{where_}: a line is not JSON: {e}"));
            v["text"]
                .as_str()
                .unwrap_or_else(|| panic!("{where_}: a sample without text"))
                .to_owned()
        })
        .collect()
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files: Vec<_> = std::fs::read_dir(dir.join("corpora"))
        .expect("reading tests/corpora")
        .map(|e| e.expect("listing tests/corpora").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    files.push(dir.join("data/handwritten.jsonl"));
    for file in &files {
        let name = file.file_stem().unwrap_or_default().to_string_lossy();
        let all = texts(file);
        for (i, t) in all.iter().enumerate() {
            println!("{}", line(&format!("{name}#{i}"), t));
            println!(
                "{}",
                line(&format!("{name}#{i}/upper"), &t.to_ascii_uppercase())
            );
            if let Some(next) = all.get(i + 1) {
                println!(
                    "{}",
                    line(&format!("{name}#{i}+next"), &format!("{t}\n{next}"))
                );
            }
        }
    }
    let bench = include_str!("../benches/scan.rs");
    let start = bench.find("r#\"").expect("the bench's ticket text") + 3;
    let end = bench[start..]
        .find("\"#")
        .expect("the end of the bench's text")
        + start;
    let unit = &bench[start..end];
    for with_secrets in [false, true] {
        let mut text = String::new();
        let mut i = 0;
        while text.len() < 1 << 18 {
            text.push_str(unit);
            text.push_str(&format!("ticket #{i} amount 12{i}.50 EUR\n"));
            if with_secrets && i % 8 == 0 {
                text.push_str("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c card 4111 1111 1111 1111 password: Gatto2024!\n");
            }
            i += 1;
        }
        println!("{}", line(&format!("bench/mixed/{with_secrets}"), &text));
    }
    for unit in [
        "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk+/",
        "4111111111111111222233334444555566667777888899990000",
        "4111 1111 1111 111",
        "password=password=pin=eyJhbGci\"token \"Bearer -----BEGIN sk_live_",
        "password: ",
        "token=",
        "pin ",
        "a&#52;",
        "%41",
        "\u{200b}1",
        "codice ",
        "| password |\n",
        "token aB3dE5fG7hJ9kL1mN3pQ ",
        "Zm9vOmJhcg==",
        "\"a\" +\n",
        "12345 67890 ",
        "passphrase: ",
        "conto n. ",
        "cod. uno due ",
        "mysql -p",
        "**Password:** ",
        "<b>Password:</b> ",
        "the password is now ",
        "base64 'a:b' ",
        "1) \"password\"\n",
        "X_KEY=",
        "Kto.-Nr. ",
        "\"Account\": \"123456789012\" ",
        "C0dice PlN ",
        "password: capital a, ",
        "4539148803436467 exp 01/29 cvv ",
        "token=RT.Qw8sLmZt3VbN1xKp7\n",
        ".clientSecret(\"a",
    ] {
        let mut s = String::new();
        while s.len() < 64 * 1024 {
            s.push_str(unit);
        }
        println!("{}", line(&format!("hostile/{unit:?}"), &s));
    }
}
