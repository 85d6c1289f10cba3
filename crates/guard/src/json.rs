//! JSON-aware scanning: a value under a key such as `client_secret` or
//! `pin` is judged by its key; every other string goes through the text
//! scanner.

use serde::Serialize;
use serde_json::Value;

use crate::text::{is_placeholder, is_stop_word};
use crate::{Confidence, Kind, Removal, redact, scan};

/// A finding inside a JSON document: `path` locates the string
/// (`entries[3].request.postData.text`), offsets are inside that string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JsonFinding {
    pub path: String,
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub confidence: Confidence,
}

/// The kind a key announces, if any. Case, `_`, `-` and `.` are ignored, so
/// `clientSecret`, `client-secret` and `CLIENT_SECRET` agree.
pub fn key_kind(key: &str) -> Option<Kind> {
    let norm: String = key
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | '.' | ' '))
        .flat_map(char::to_lowercase)
        .collect();
    let kind = match norm.as_str() {
        "accesstoken" | "idtoken" | "authtoken" | "sessiontoken" | "bearertoken" | "token"
        | "authorization" | "xauthtoken" | "jwt" => Kind::AccessToken,
        "clientsecret" | "appsecret" | "apisecret" | "consumersecret" | "secret" => {
            Kind::ClientSecret
        }
        "refreshtoken" => Kind::RefreshToken,
        "privatekey" => Kind::PrivateKey,
        "apikey" | "xapikey" | "secretkey" | "secretaccesskey" | "awssecretaccesskey" => {
            Kind::VendorKey
        }
        "cardnumber" | "pan" | "cardno" | "ccnumber" | "creditcardnumber" | "numerocarta" => {
            Kind::CardNumber
        }
        "cvv" | "cvc" | "cvv2" | "cvc2" | "csc" | "securitycode" | "cardcvv" | "cardcvc" => {
            Kind::Cvv
        }
        "iban" => Kind::Iban,
        "sortcode" | "accountnumber" | "bankaccountnumber" => Kind::UkBankAccount,
        "password" | "passwd" | "pwd" | "passcode" | "passphrase" | "newpassword"
        | "oldpassword" | "currentpassword" | "userpassword" | "dbpassword" => Kind::Password,
        "pin" | "pincode" | "codicepin" => Kind::Pin,
        _ => return None,
    };
    Some(kind)
}

/// Whether `value`, found under a key of `kind`, is an actual value rather
/// than a placeholder, empty string or word.
pub(crate) fn keyed_value_is_secret(kind: Kind, value: &str) -> bool {
    let v = value.trim();
    if v.is_empty() || is_placeholder(v) {
        return false;
    }
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    let only_digits_and_seps = v
        .bytes()
        .all(|c| c.is_ascii_digit() || c == b' ' || c == b'-');
    match kind {
        Kind::Pin => only_digits_and_seps && (4..=8).contains(&digits),
        Kind::Cvv => only_digits_and_seps && (3..=4).contains(&digits),
        Kind::CardNumber => only_digits_and_seps && (12..=19).contains(&digits),
        Kind::UkBankAccount => only_digits_and_seps && (6..=17).contains(&digits),
        Kind::Iban => {
            let compact: Vec<u8> = v.bytes().filter(|c| *c != b' ').collect();
            compact.len() >= 15
                && compact.len() <= 34
                && compact[..2].iter().all(u8::is_ascii_alphabetic)
                && compact[2..4].iter().all(u8::is_ascii_digit)
                && compact.iter().all(u8::is_ascii_alphanumeric)
        }
        Kind::Password => v.chars().count() >= 4 && !is_stop_word(v),
        _ => v.len() >= 8 && !is_stop_word(v),
    }
}

fn push_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn walk(value: &Value, path: &str, key: Option<Kind>, out: &mut Vec<JsonFinding>) {
    match value {
        Value::String(s) => {
            if let Some(kind) = key
                && keyed_value_is_secret(kind, s)
            {
                out.push(JsonFinding {
                    path: path.to_owned(),
                    kind,
                    start: 0,
                    end: s.len(),
                    confidence: Confidence::High,
                });
                return;
            }
            for f in scan(s) {
                out.push(JsonFinding {
                    path: path.to_owned(),
                    kind: f.kind,
                    start: f.start,
                    end: f.end,
                    confidence: f.confidence,
                });
            }
        }
        Value::Number(n) => {
            if let Some(kind) = key {
                let s = n.to_string();
                if keyed_value_is_secret(kind, &s) {
                    out.push(JsonFinding {
                        path: path.to_owned(),
                        kind,
                        start: 0,
                        end: s.len(),
                        confidence: Confidence::High,
                    });
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &format!("{path}[{i}]"), key, out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, &push_path(path, k), key_kind(k), out);
            }
        }
        Value::Bool(_) | Value::Null => {}
    }
}

/// Scans every string of a JSON document. Keyed values are reported whole.
pub fn scan_json(value: &Value) -> Vec<JsonFinding> {
    let mut out = Vec::new();
    walk(value, "", None, &mut out);
    out
}

fn placeholder(kind: Kind) -> String {
    format!("[REDACTED:{}]", kind.code())
}

fn redact_walk(value: &mut Value, path: &str, key: Option<Kind>, removed: &mut Vec<Removal>) {
    match value {
        Value::String(s) => {
            if let Some(kind) = key
                && keyed_value_is_secret(kind, s)
            {
                *s = placeholder(kind);
                removed.push(Removal {
                    location: path.to_owned(),
                    kind,
                });
                return;
            }
            let found = scan(s);
            if !found.is_empty() {
                for f in &found {
                    removed.push(Removal {
                        location: path.to_owned(),
                        kind: f.kind,
                    });
                }
                *s = redact(s, &found);
            }
        }
        Value::Number(n) => {
            if let Some(kind) = key
                && keyed_value_is_secret(kind, &n.to_string())
            {
                *value = Value::String(placeholder(kind));
                removed.push(Removal {
                    location: path.to_owned(),
                    kind,
                });
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                redact_walk(item, &format!("{path}[{i}]"), key, removed);
            }
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                let p = push_path(path, k);
                redact_walk(v, &p, key_kind(k), removed);
            }
        }
        Value::Bool(_) | Value::Null => {}
    }
}

/// Redacts a JSON document in place and reports what was removed, located
/// by path under `base` (e.g. `entries[0].response.content.text`).
pub fn redact_json(value: &mut Value, base: &str) -> Vec<Removal> {
    let mut removed = Vec::new();
    redact_walk(value, base, None, &mut removed);
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keyed_values() {
        let v = json!({
            "client_id": "sandbox-acmepay-1a2b3c",
            "client_secret": "s3cr3t-Value-123",
            "card": {"pan": "4111 1111 1111 1111", "cvv": 123},
            "user": {"password": "hunter22", "pin": "1234"},
            "note": "my iban is IT60X0542811101000000123456",
            "x_request_id": "c39df0fb-a684-447c-9fbc-3f24c288f608",
            "password": "",
        });
        let found = scan_json(&v);
        let kinds: Vec<(String, Kind)> = found.iter().map(|f| (f.path.clone(), f.kind)).collect();
        assert!(kinds.contains(&("client_secret".into(), Kind::ClientSecret)));
        assert!(kinds.contains(&("card.pan".into(), Kind::CardNumber)));
        assert!(kinds.contains(&("card.cvv".into(), Kind::Cvv)));
        assert!(kinds.contains(&("user.password".into(), Kind::Password)));
        assert!(kinds.contains(&("user.pin".into(), Kind::Pin)));
        assert!(kinds.contains(&("note".into(), Kind::Iban)));
        assert_eq!(found.len(), 6, "{kinds:?}");
    }

    #[test]
    fn redacts_in_place() {
        let mut v = json!({"refresh_token": "def50200abc123", "client_id": "acme-1"});
        let removed = redact_json(&mut v, "body");
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].location, "body.refresh_token");
        assert_eq!(v["refresh_token"], "[REDACTED:refresh_token]");
        assert_eq!(v["client_id"], "acme-1");
    }
}
