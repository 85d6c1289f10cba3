//! Prints what `scan` finds in stdin (one text per line when `-l`), and
//! times `screen_redacting` on hostile inputs with `--hostile`.
//!
//! Run: `CARGO_TARGET_DIR=/work/target-guard cargo run --release -p guard --example probe`

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::io::Read;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--hostile") {
        for unit in [
            "password: ",
            "token=",
            "pin ",
            "4111 ",
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
            "never share ",
            "cod. uno due ",
            "mysql -p",
            "**Password:** ",
            "<b>Password:</b> ",
            "(password, ",
            "the password is now ",
            "base64 'a:b' ",
            "> AUTH a b ",
            "1) \"password\"\n",
            "X_KEY=",
            "$ password\n",
            "the refresh token (x):\n",
            "Kto.-Nr. ",
            "4111\n",
            "\"Account\": \"123456789012\" ",
            "cuenta 0123456789 BLZ ",
            "C0dice PlN ",
            "pin uno ",
            "numero quattro, ",
            "PIN tre due uno e ",
            // The second look near keys (`nearby`, `replies`): bridges,
            // chat replies, "the new one is", dense weak codes.
            "[09:12] Lea: pin?\n",
            "the new one is\n> ",
            "token, which ",
            "cvv è 1234 ",
            "sms.\nx: ",
            "password: capital a, ",
            "la password è b, ",
            "I T sei ",
            "4 5 3 9 ",
            "pazzword secrete ",
            "-----BEGIN PUBLIC KEY-----\n",
            "-----BEGIN CERTIFICATE----- ",
            "password=password=pin=eyJhbGci\"token \"Bearer -----BEGIN sk_live_",
            "4539148803436467 exp 01/29 cvv ",
            "1\tConto\n2\t",
            "token=RT.Qw8sLmZt3VbN1xKp7\n",
            "a@b:/x# printenv X_TOKEN\n",
            "> s.token\n",
            "|Password x|",
            "Password x .. ",
            "acct = user_password; ",
            ".clientSecret(\"a",
            "password (x",
            // A user/password key before ` / ` on one long line (round 11:
            // the line's ends were searched to the text's end).
            "login a / ",
            "sticky note \"a\" / ",
            "six digits ",
            // Round 22: a login joined by a colon, PowerShell's escaped
            // quotes, a decoded token's members, a card record's code, a
            // credential column, a number after an SMS sentence.
            "Basic auth: a:b ",
            "{`\"k`\":`\"v",
            "{\"alg\": \"x\", \"kid\": \"a\", ",
            "4111 1111 1111 1111 \"code\": \"1\", ",
            "| Credential |\n",
            "the SMS. Build 1 ",
            // Round 23: a variable's value behind `Bearer $x`, a public PEM
            // block cut short, a cookie table's session row, a history
            // entry's command, an identifier before a bar, a property
            // flag, a placeholder in angle brackets, a grouped account.
            "t=Vq8Rk2Lm5Xz9Tb3Wn7Yc t Bearer $t ",
            "-----BEGIN CERTIFICATE-----\nTUlJQ0\n",
            "sid\tq0v7mz3kx9wl2rn8tb4y\tx\n",
            "sid\t",
            ": 1:0;redis-cli -a ",
            "otp_code   | ",
            " -DapiKey=",
            "PASSWORD=<password> ",
            "account: 12345 67890 ",
            // A URL's userinfo: the scheme was once lowered with all the
            // text before it, each time (58 s at 4 MB).
            "https://u:ghp_xxxx@h ",
            "redis://:pw@h ",
        ] {
            let mut s = String::new();
            // `HOSTILE_MB`: the size of each input (2 MB unless told), to
            // check that time grows with it in proportion.
            let mb: usize = std::env::var("HOSTILE_MB")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(2);
            while s.len() < mb * 1024 * 1024 {
                s.push_str(unit);
            }
            let t = Instant::now();
            let r = guard::screen_redacting(s.clone());
            let red = t.elapsed();
            let t = Instant::now();
            let n = guard::scan(&s).len();
            println!(
                "{unit:?}: screen_redacting {red:?} ({} bytes), scan {:?} ({n} findings)",
                r.len(),
                t.elapsed()
            );
        }
        return;
    }
    if args.iter().any(|a| a == "--mixed") {
        let bench = include_str!("../benches/scan.rs");
        let start = bench.find("r#\"").unwrap() + 3;
        let end = bench[start..].find("\"#").unwrap() + start;
        let unit = &bench[start..end];
        let mut text = String::new();
        let mut i = 0;
        // `MIXED_SECRETS=1`: the throughput example's text with secrets.
        let secrets = std::env::var_os("MIXED_SECRETS").is_some();
        while text.len() < 1 << 20 {
            text.push_str(unit);
            text.push_str(&format!("ticket #{i} amount 12{i}.50 EUR\n"));
            if secrets && i % 8 == 0 {
                text.push_str("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c card 4111 1111 1111 1111 password: Gatto2024!\n");
            }
            i += 1;
        }
        let t = Instant::now();
        let mut n = 0;
        let rounds: u32 = std::env::var("MIXED_N")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(200);
        for _ in 0..rounds {
            n += guard::scan(std::hint::black_box(&text)).len();
        }
        println!("{n} {:?} per MB", t.elapsed() / rounds);
        return;
    }
    if let Some(pos) = args.iter().position(|a| a == "--corpus") {
        corpus(
            &args[pos + 1],
            args.get(pos + 2).map(String::as_str).unwrap_or("all"),
        );
        return;
    }
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let texts: Vec<String> = if args.iter().any(|a| a == "-l") {
        input.lines().map(str::to_owned).collect()
    } else {
        vec![input]
    };
    for t in texts {
        let found = guard::scan(&t);
        println!("{t:?}");
        for f in found {
            println!("  {:?} {:?}", f.kind, &t[f.start..f.end]);
        }
    }
}

fn ctx(t: &str, s: usize, e: usize, w: usize) -> String {
    let mut a = s.saturating_sub(w);
    while !t.is_char_boundary(a) {
        a -= 1;
    }
    let mut z = (e + w).min(t.len());
    while !t.is_char_boundary(z) {
        z += 1;
    }
    format!("{:?}", &t[a..z])
}

fn corpus(path: &str, what: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap();
        let t = v["text"].as_str().unwrap();
        let secrets = v["secrets"].as_array().unwrap();
        let found = guard::scan(t);
        if secrets.is_empty() {
            if !found.is_empty() && what != "miss" {
                println!("FP {id}");
                for f in &found {
                    println!("   {:?} {}", f.kind, ctx(t, f.start, f.end, 60));
                    println!("      => {:?}", &t[f.start..f.end]);
                }
            }
            continue;
        }
        for s in secrets {
            let val = s["value"].as_str().unwrap();
            let kind = s["kind"].as_str().unwrap();
            for (i, _) in t.match_indices(val) {
                let mut pos = i;
                for f in &found {
                    if f.end <= pos {
                        continue;
                    }
                    if f.start > pos {
                        break;
                    }
                    pos = f.end;
                }
                if pos < i + val.len() && what != "fp" {
                    println!("MISS {id} {kind} {:?}", val);
                    println!("   {}", ctx(t, i, i + val.len(), 100));
                    for f in &found {
                        println!("   found {:?} {:?}", f.kind, &t[f.start..f.end]);
                    }
                    break;
                }
            }
        }
    }
}
