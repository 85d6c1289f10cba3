//! curl command lines: headers, `-u`, cookies, bodies and URLs. Tokens are
//! split the way a POSIX shell would; a changed argument is re-quoted with
//! single quotes, everything else is left byte for byte.

use crate::Kind;
use crate::sanitize::{self, Removal, Sanitized, placeholder};
use crate::text::is_placeholder;

struct Arg {
    start: usize,
    end: usize,
    value: String,
}

/// Splits a command line into shell words with their raw spans.
fn split_args(cmd: &str) -> Vec<Arg> {
    let b = cmd.as_bytes();
    let mut args = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // Whitespace and line continuations separate words.
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if b[i] == b'\\' && matches!(b.get(i + 1), Some(b'\n') | Some(b'\r')) {
            i += 2;
            continue;
        }
        let start = i;
        let mut value = Vec::new();
        while i < b.len() && !b[i].is_ascii_whitespace() {
            match b[i] {
                b'\'' => {
                    i += 1;
                    while i < b.len() && b[i] != b'\'' {
                        value.push(b[i]);
                        i += 1;
                    }
                    i += 1;
                }
                b'"' => {
                    i += 1;
                    while i < b.len() && b[i] != b'"' {
                        if b[i] == b'\\'
                            && i + 1 < b.len()
                            && matches!(b[i + 1], b'"' | b'\\' | b'$' | b'`')
                        {
                            i += 1;
                        }
                        value.push(b[i]);
                        i += 1;
                    }
                    i += 1;
                }
                b'\\' if i + 1 < b.len() => {
                    if matches!(b[i + 1], b'\n' | b'\r') {
                        break;
                    }
                    value.push(b[i + 1]);
                    i += 2;
                }
                c => {
                    value.push(c);
                    i += 1;
                }
            }
        }
        let end = i.min(b.len());
        args.push(Arg {
            start,
            end,
            value: String::from_utf8_lossy(&value).into_owned(),
        });
    }
    args
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

enum Slot {
    Header,
    User,
    Cookie,
    Data,
    Url,
    Bearer,
}

fn slot_for(flag: &str) -> Option<Slot> {
    Some(match flag {
        "-H" | "--header" | "--proxy-header" => Slot::Header,
        "-u" | "--user" | "-U" | "--proxy-user" => Slot::User,
        "-b" | "--cookie" => Slot::Cookie,
        "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-ascii" | "--data-urlencode"
        | "--json" | "-F" | "--form" | "--form-string" => Slot::Data,
        "--url" => Slot::Url,
        "--oauth2-bearer" => Slot::Bearer,
        _ => return None,
    })
}

fn clean_value(slot: &Slot, value: &str, removed: &mut Vec<Removal>) -> String {
    match slot {
        Slot::Header => match value.split_once(':') {
            Some((name, v)) => {
                let loc = format!("headers[{}]", name.trim());
                let clean = sanitize::header_value(name, v.trim_start(), &loc, removed);
                format!("{name}: {clean}")
            }
            None => sanitize::redact_text(value, "headers", removed),
        },
        Slot::User => match value.split_once(':') {
            Some((id, secret)) if !secret.is_empty() && !is_placeholder(secret) => {
                removed.push(Removal {
                    location: "user".into(),
                    kind: Kind::ClientSecret,
                });
                format!("{id}:{}", placeholder(Kind::ClientSecret))
            }
            _ => sanitize::redact_text(value, "user", removed),
        },
        Slot::Cookie => {
            if value.contains('=') {
                sanitize::header_value("Cookie", value, "cookie", removed)
            } else {
                // A cookie jar file name.
                value.to_owned()
            }
        }
        Slot::Data => {
            // `-F name=value` and `--data-urlencode name=value` are one pair.
            sanitize::body(value, "data", removed)
        }
        Slot::Url => sanitize::url(value, "url", removed),
        Slot::Bearer => {
            if is_placeholder(value) {
                value.to_owned()
            } else {
                removed.push(Removal {
                    location: "oauth2-bearer".into(),
                    kind: Kind::AccessToken,
                });
                placeholder(Kind::AccessToken)
            }
        }
    }
}

/// Sanitizes a curl command (possibly several lines, with `\` continuations
/// and surrounding shell such as `export TOKEN=...`).
pub fn sanitize(input: &str) -> Sanitized {
    let args = split_args(input);
    let mut removed = Vec::new();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut pending: Option<Slot> = None;
    for arg in &args {
        let before = removed.len();
        let new_value = if let Some(slot) = pending.take() {
            Some(clean_value(&slot, &arg.value, &mut removed))
        } else if let Some(slot) = slot_for(&arg.value) {
            pending = Some(slot);
            None
        } else if let Some((flag, v)) = arg
            .value
            .split_once('=')
            .filter(|(f, _)| f.starts_with("--"))
        {
            slot_for(flag).map(|slot| format!("{flag}={}", clean_value(&slot, v, &mut removed)))
        } else if arg.value.len() > 2 && arg.value.starts_with("-H") && !arg.value.starts_with("--")
        {
            Some(format!(
                "-H{}",
                clean_value(&Slot::Header, &arg.value[2..], &mut removed)
            ))
        } else if arg.value.starts_with("http://") || arg.value.starts_with("https://") {
            Some(sanitize::url(&arg.value, "url", &mut removed))
        } else {
            Some(sanitize::redact_text(&arg.value, "command", &mut removed))
        };
        if removed.len() != before
            && let Some(v) = new_value
        {
            edits.push((arg.start, arg.end, shell_quote(&v)));
        }
    }
    let mut text = String::with_capacity(input.len());
    let mut pos = 0;
    for (s, e, v) in edits {
        text.push_str(&input[pos..s]);
        text.push_str(&v);
        pos = e;
    }
    text.push_str(&input[pos..]);
    Sanitized { text, removed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan;

    #[test]
    fn headers_user_data_cookie_url() {
        let cmd = "curl -X POST 'https://api.example.com/v1/pay?client_id=sandbox-acmepay-1a2b3c&access_token=tok123456789abc' \\\n  -H 'Authorization: Bearer abcDEF123456ghiJKL789' \\\n  -H \"X-Request-Id: c39df0fb-a684-447c-9fbc-3f24c288f608\" \\\n  -u sandbox-acmepay-1a2b3c:Sup3rS3cretValue \\\n  -b 'session=abc123xyz' \\\n  --data-raw '{\"amount\":100,\"card_number\":\"4111 1111 1111 1111\",\"cvv\":\"123\"}'";
        let s = sanitize(cmd);
        for secret in [
            "tok123456789abc",
            "abcDEF123456ghiJKL789",
            "Sup3rS3cretValue",
            "abc123xyz",
            "4111 1111",
            "\"123\"",
        ] {
            assert!(!s.text.contains(secret), "{secret} left in {}", s.text);
        }
        assert!(
            s.text
                .contains("sandbox-acmepay-1a2b3c:[REDACTED:client_secret]")
        );
        assert!(s.text.contains("c39df0fb-a684-447c-9fbc-3f24c288f608"));
        assert!(s.text.contains("\"amount\":100"));
        let kinds: Vec<Kind> = s.removed.iter().map(|r| r.kind).collect();
        assert!(kinds.contains(&Kind::ClientSecret));
        assert!(kinds.contains(&Kind::CardNumber));
        assert!(kinds.contains(&Kind::Cvv));
        assert!(scan(&s.text).is_empty(), "{:?}", scan(&s.text));
    }

    #[test]
    fn clean_command_is_unchanged() {
        let cmd = "curl -H 'Authorization: Bearer $TOKEN' https://api.example.com/v1/tasks/c39df0fb-a684-447c-9fbc-3f24c288f608";
        let s = sanitize(cmd);
        assert_eq!(s.text, cmd);
        assert!(s.removed.is_empty());
    }

    #[test]
    fn basic_and_env() {
        let cmd = "export STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\ncurl -H 'Authorization: Basic c2FuZGJveC1hY21lOnMzY3IzdA==' https://x.test";
        let s = sanitize(cmd);
        assert!(!s.text.contains("sk_live_4eC39"));
        assert!(
            s.text.contains("Basic [REDACTED:client_secret]"),
            "{}",
            s.text
        );
    }
}
