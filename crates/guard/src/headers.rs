//! A raw HTTP header block (optionally with its request or status line).

use crate::sanitize::{self, Sanitized};

/// Sanitizes a header block line by line; line endings are preserved.
pub fn sanitize(input: &str) -> Sanitized {
    let mut removed = Vec::new();
    let mut text = String::with_capacity(input.len());
    for (n, line) in input.split_inclusive('\n').enumerate() {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = &line[body.len()..];
        let is_request_line = n == 0
            && body.contains(" HTTP/")
            && body
                .split(' ')
                .nth(1)
                .is_some_and(|p| p.starts_with('/') || p.contains("://"));
        if is_request_line {
            let mut parts = body.splitn(3, ' ');
            let method = parts.next().unwrap_or("");
            let target = parts.next().unwrap_or("");
            let rest = parts.next().unwrap_or("");
            let clean = sanitize::url(target, "request-line", &mut removed);
            text.push_str(&format!("{method} {clean} {rest}"));
        } else if let Some((name, value)) = body.split_once(':').filter(|(name, _)| {
            !name.is_empty() && !name.contains(' ') && name.bytes().all(|c| c.is_ascii_graphic())
        }) {
            let lead = value.len() - value.trim_start().len();
            let loc = format!("headers[{name}]");
            let clean = sanitize::header_value(name, value.trim_start(), &loc, &mut removed);
            text.push_str(name);
            text.push(':');
            text.push_str(&value[..lead]);
            text.push_str(&clean);
        } else {
            text.push_str(&sanitize::redact_text(
                body,
                &format!("line {}", n + 1),
                &mut removed,
            ));
        }
        text.push_str(ending);
    }
    Sanitized { text, removed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    #[test]
    fn block() {
        let raw = "GET /v1/me?access_token=abc123def456ghi789&client_id=acme-1 HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Basic c2FuZGJveC1hY21lOnMzY3IzdA==\r\nCookie: sid=abc; lang=it\r\nX-Request-Id: c39df0fb-a684-447c-9fbc-3f24c288f608\r\nX-Api-Key: 0123456789abcdef\r\n\r\n";
        let s = sanitize(raw);
        assert!(
            s.text.starts_with(
                "GET /v1/me?access_token=[REDACTED:access_token]&client_id=acme-1 HTTP/1.1\r\n"
            ),
            "{}",
            s.text
        );
        assert!(
            s.text
                .contains("Authorization: Basic [REDACTED:client_secret]\r\n")
        );
        assert!(
            s.text
                .contains("Cookie: sid=[REDACTED:access_token]; lang=[REDACTED:access_token]\r\n")
        );
        assert!(
            s.text
                .contains("X-Request-Id: c39df0fb-a684-447c-9fbc-3f24c288f608\r\n")
        );
        assert!(s.text.contains("X-Api-Key: [REDACTED:vendor_key]\r\n"));
        assert!(s.text.ends_with("\r\n\r\n"));
        let locs: Vec<(&str, Kind)> = s
            .removed
            .iter()
            .map(|r| (r.location.as_str(), r.kind))
            .collect();
        assert!(locs.contains(&("headers[Authorization]", Kind::ClientSecret)));
        assert!(locs.contains(&("request-line[access_token]", Kind::AccessToken)));
    }

    #[test]
    fn clean_block_unchanged() {
        let raw = "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer error=\"invalid_token\"\n";
        let s = sanitize(raw);
        assert_eq!(s.text, raw);
        assert!(s.removed.is_empty());
    }
}
