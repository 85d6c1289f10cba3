//! HAR files: credential headers, cookies and token parameters are
//! replaced, bodies are scanned, and the result is still a valid HAR.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use crate::json::redact_json;
use crate::sanitize::{self, Removal, SanitizeError, Sanitized, placeholder};
use crate::{Kind, redact, scan};

fn str_field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// `[{name, value}]` arrays: headers, queryString, postData.params.
fn name_values(
    list: Option<&mut Value>,
    location: &str,
    removed: &mut Vec<Removal>,
    judge: fn(&str, &str, &str, &mut Vec<Removal>) -> String,
) {
    let Some(Value::Array(items)) = list else {
        return;
    };
    for item in items {
        let name = str_field(item, "name").unwrap_or("").to_owned();
        let Some(value) = str_field(item, "value") else {
            continue;
        };
        let loc = format!("{location}[{name}]");
        let clean = judge(&name, value, &loc, removed);
        if clean != value {
            item["value"] = Value::String(clean);
        }
    }
}

fn cookies(list: Option<&mut Value>, location: &str, removed: &mut Vec<Removal>) {
    let Some(Value::Array(items)) = list else {
        return;
    };
    for item in items {
        let name = str_field(item, "name").unwrap_or("").to_owned();
        let has_value =
            str_field(item, "value").is_some_and(|v| !v.is_empty() && !v.starts_with("[REDACTED"));
        if has_value {
            item["value"] = Value::String(placeholder(Kind::AccessToken));
            removed.push(Removal {
                location: format!("{location}[{name}]"),
                kind: Kind::AccessToken,
            });
        }
    }
}

fn string_at(
    v: &mut Value,
    key: &str,
    location: &str,
    removed: &mut Vec<Removal>,
    f: fn(&str, &str, &mut Vec<Removal>) -> String,
) {
    if let Some(Value::String(s)) = v.get_mut(key) {
        let clean = f(s, location, removed);
        if clean != *s {
            *s = clean;
        }
    }
}

fn request(req: &mut Value, loc: &str, removed: &mut Vec<Removal>) {
    string_at(req, "url", &format!("{loc}.url"), removed, sanitize::url);
    name_values(
        req.get_mut("headers"),
        &format!("{loc}.headers"),
        removed,
        sanitize::header_value,
    );
    cookies(req.get_mut("cookies"), &format!("{loc}.cookies"), removed);
    name_values(
        req.get_mut("queryString"),
        &format!("{loc}.queryString"),
        removed,
        sanitize::param_value,
    );
    if let Some(post) = req.get_mut("postData") {
        name_values(
            post.get_mut("params"),
            &format!("{loc}.postData.params"),
            removed,
            sanitize::param_value,
        );
        string_at(
            post,
            "text",
            &format!("{loc}.postData.text"),
            removed,
            sanitize::body,
        );
    }
}

fn response(resp: &mut Value, loc: &str, removed: &mut Vec<Removal>) {
    name_values(
        resp.get_mut("headers"),
        &format!("{loc}.headers"),
        removed,
        sanitize::header_value,
    );
    cookies(resp.get_mut("cookies"), &format!("{loc}.cookies"), removed);
    string_at(
        resp,
        "redirectURL",
        &format!("{loc}.redirectURL"),
        removed,
        sanitize::url,
    );
    let Some(content) = resp.get_mut("content") else {
        return;
    };
    let text_loc = format!("{loc}.content.text");
    let is_b64 = str_field(content, "encoding").is_some_and(|e| e.eq_ignore_ascii_case("base64"));
    if is_b64 {
        // Binary bodies (images) do not decode to UTF-8 and are left alone.
        if let Some(Value::String(s)) = content.get_mut("text") {
            let decoded = STANDARD
                .decode(s.as_bytes())
                .ok()
                .and_then(|raw| String::from_utf8(raw).ok());
            if let Some(plain) = decoded {
                let before = removed.len();
                let clean = sanitize::body(&plain, &text_loc, removed);
                if removed.len() != before {
                    *s = STANDARD.encode(clean.as_bytes());
                }
            }
        }
    } else {
        string_at(content, "text", &text_loc, removed, sanitize::body);
    }
}

/// Sanitizes a HAR document. Invalid JSON is an error; so is JSON without
/// `log.entries`.
pub fn sanitize(input: &str) -> Result<Sanitized, SanitizeError> {
    let mut doc: Value = serde_json::from_str(input).map_err(|e| {
        SanitizeError::InvalidJson(format!("line {} column {}", e.line(), e.column()))
    })?;
    let mut removed = Vec::new();
    {
        let Some(Value::Array(entries)) = doc.get_mut("log").and_then(|l| l.get_mut("entries"))
        else {
            return Err(SanitizeError::NotHar);
        };
        for (i, entry) in entries.iter_mut().enumerate() {
            let loc = format!("entries[{i}]");
            if let Some(req) = entry.get_mut("request") {
                request(req, &format!("{loc}.request"), &mut removed);
            }
            if let Some(resp) = entry.get_mut("response") {
                response(resp, &format!("{loc}.response"), &mut removed);
            }
        }
    }
    // Whatever the structured pass did not know about (comments, pages,
    // custom fields) still goes through the scanner.
    let log = doc.get_mut("log");
    if let Some(log) = log {
        removed.extend(redact_json(log, ""));
    }
    let text = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| redact(input, &scan(input)));
    Ok(Sanitized { text, removed })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HAR: &str = r#"{"log":{"version":"1.2","creator":{"name":"test","version":"1"},"entries":[{
      "request":{"method":"POST","url":"https://api.example.com/token?client_id=sandbox-acmepay-1a2b3c&access_token=abc123def456ghi789",
        "headers":[{"name":"Authorization","value":"Bearer abcDEF123456ghiJKL789"},{"name":"X-Request-Id","value":"c39df0fb-a684-447c-9fbc-3f24c288f608"},{"name":"Cookie","value":"sid=s%3Aabc123; theme=dark"}],
        "cookies":[{"name":"sid","value":"s%3Aabc123"}],
        "queryString":[{"name":"client_id","value":"sandbox-acmepay-1a2b3c"},{"name":"access_token","value":"abc123def456ghi789"}],
        "postData":{"mimeType":"application/x-www-form-urlencoded","text":"grant_type=refresh_token&refresh_token=def50200aa11bb22&client_secret=Sup3rS3cret",
          "params":[{"name":"refresh_token","value":"def50200aa11bb22"},{"name":"client_id","value":"sandbox-acmepay-1a2b3c"}]}},
      "response":{"status":200,"headers":[{"name":"Set-Cookie","value":"sid=xyz789abc; Path=/; HttpOnly"}],"cookies":[],
        "content":{"mimeType":"application/json","text":"{\"access_token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMifQ.abc\",\"expires_in\":3600}"}}}]}}"#;

    #[test]
    fn removes_credentials_and_keeps_ids() {
        let s = sanitize(HAR).expect("valid HAR");
        for secret in [
            "abc123def456ghi789",
            "abcDEF123456ghiJKL789",
            "s%3Aabc123",
            "def50200aa11bb22",
            "Sup3rS3cret",
            "xyz789abc",
            "eyJzdWIiOiIxMjMifQ",
        ] {
            assert!(!s.text.contains(secret), "{secret} left in output");
        }
        assert!(s.text.contains("sandbox-acmepay-1a2b3c"));
        assert!(s.text.contains("c39df0fb-a684-447c-9fbc-3f24c288f608"));
        assert!(s.text.contains("Bearer [REDACTED:access_token]"));
        let locs: Vec<&str> = s.removed.iter().map(|r| r.location.as_str()).collect();
        assert!(
            locs.contains(&"entries[0].request.headers[Authorization]"),
            "{locs:?}"
        );
        assert!(
            locs.contains(&"entries[0].request.cookies[sid]"),
            "{locs:?}"
        );
        assert!(
            locs.contains(&"entries[0].request.queryString[access_token]"),
            "{locs:?}"
        );
        assert!(
            locs.contains(&"entries[0].request.postData.params[refresh_token]"),
            "{locs:?}"
        );
        let again: Value = serde_json::from_str(&s.text).expect("still JSON");
        assert!(again["log"]["entries"][0]["request"]["headers"].is_array());
        assert!(scan(&s.text).is_empty(), "{:?}", scan(&s.text));
    }

    #[test]
    fn errors() {
        assert!(matches!(
            sanitize("{not json"),
            Err(SanitizeError::InvalidJson(_))
        ));
        assert_eq!(sanitize("{\"a\":1}"), Err(SanitizeError::NotHar));
    }
}
