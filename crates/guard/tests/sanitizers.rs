//! The HAR, curl and header sanitizers on realistic inputs: what goes, what
//! stays, and the report (locations and kinds, never values).

#![allow(clippy::unwrap_used)]

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use guard::{Kind, SanitizeError, curl, har, headers, scan};
use serde_json::{Value, json};

fn har_with(entry: Value) -> String {
    json!({"log": {"version": "1.2", "creator": {"name": "devtools", "version": "1"}, "entries": [entry]}}).to_string()
}

fn locations(removed: &[guard::Removal]) -> Vec<(String, Kind)> {
    removed
        .iter()
        .map(|r| (r.location.clone(), r.kind))
        .collect()
}

#[test]
fn har_redirect_fragment_and_location_header() {
    let input = har_with(json!({
        "request": {"method": "GET", "url": "https://auth.example.com/authorize?client_id=sandbox-acmepay-1a2b3c&response_type=token", "headers": [], "cookies": [], "queryString": []},
        "response": {"status": 302, "headers": [
            {"name": "Location", "value": "https://app.example.com/cb#access_token=Zk93Hq2LmPq8Rt5v&token_type=bearer"}
        ], "cookies": [{"name": "sid", "value": "abc"}], "content": {"size": 0, "mimeType": "text/html", "text": ""},
        "redirectURL": "https://app.example.com/cb#access_token=Zk93Hq2LmPq8Rt5v&token_type=bearer"}
    }));
    let out = har::sanitize(&input).unwrap();
    assert!(!out.text.contains("Zk93Hq2LmPq8Rt5v"));
    assert!(out.text.contains("sandbox-acmepay-1a2b3c"));
    let locs = locations(&out.removed);
    assert!(
        locs.contains(&(
            "entries[0].response.redirectURL[access_token]".into(),
            Kind::AccessToken
        )),
        "{locs:?}"
    );
    assert!(
        locs.contains(&("entries[0].response.cookies[sid]".into(), Kind::AccessToken)),
        "{locs:?}"
    );
    assert!(
        locs.iter()
            .any(|(l, _)| l == "entries[0].response.headers[Location]"),
        "{locs:?}"
    );
}

#[test]
fn har_base64_bodies_and_form_params() {
    let body = STANDARD.encode(r#"{"access_token":"Qw8Zr3Lk5Mn7Pb2Vx9Ty","expires_in":3600}"#);
    let png = STANDARD.encode([0x89u8, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]);
    let input = har_with(json!({
        "request": {"method": "POST", "url": "https://api.example.com/oauth/token", "headers": [
            {"name": "Content-Type", "value": "application/x-www-form-urlencoded"},
            {"name": "Proxy-Authorization", "value": "Basic c2FuZGJveC1hY21lOnMzY3IzdA=="}
        ], "cookies": [], "queryString": [],
        "postData": {"mimeType": "application/x-www-form-urlencoded",
            "params": [{"name": "grant_type", "value": "authorization_code"}, {"name": "code", "value": "SplxlOBeZQQYbYS6WxSbIA"}, {"name": "client_id", "value": "sandbox-acmepay-1a2b3c"}],
            "text": "grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&client_id=sandbox-acmepay-1a2b3c"}},
        "response": {"status": 200, "headers": [], "cookies": [],
            "content": {"size": 60, "mimeType": "application/json", "encoding": "base64", "text": body}},
    }));
    let mut second: Value = serde_json::from_str(&input).unwrap();
    second["log"]["entries"][0]["response"]["content"]["text"] = Value::String(png.clone());
    second["log"]["entries"][0]["response"]["content"]["mimeType"] =
        Value::String("image/png".into());

    let out = har::sanitize(&input).unwrap();
    assert!(!out.text.contains("SplxlOBeZQQYbYS6WxSbIA"));
    assert!(!out.text.contains("c2FuZGJveC1hY21lOnMzY3IzdA=="));
    let v: Value = serde_json::from_str(&out.text).unwrap();
    let decoded = STANDARD
        .decode(
            v["log"]["entries"][0]["response"]["content"]["text"]
                .as_str()
                .unwrap(),
        )
        .unwrap();
    let decoded = String::from_utf8(decoded).unwrap();
    assert!(decoded.contains("[REDACTED:access_token]"), "{decoded}");
    let locs = locations(&out.removed);
    assert!(
        locs.contains(&(
            "entries[0].request.postData.params[code]".into(),
            Kind::AccessToken
        )),
        "{locs:?}"
    );
    assert!(
        locs.contains(&(
            "entries[0].request.headers[Proxy-Authorization]".into(),
            Kind::ClientSecret
        )),
        "{locs:?}"
    );

    // Binary bodies are left alone.
    let out = har::sanitize(&second.to_string()).unwrap();
    assert!(out.text.contains(&png));
}

#[test]
fn har_errors_and_clean_input() {
    assert!(matches!(
        har::sanitize("not json"),
        Err(SanitizeError::InvalidJson(_))
    ));
    assert_eq!(har::sanitize("[1,2]"), Err(SanitizeError::NotHar));
    let clean = har_with(
        json!({"request": {"method": "GET", "url": "https://api.example.com/v1/tasks/c39df0fb-a684-447c-9fbc-3f24c288f608", "headers": [{"name": "X-Request-Id", "value": "c39df0fb-a684-447c-9fbc-3f24c288f608"}]}}),
    );
    let out = har::sanitize(&clean).unwrap();
    assert!(out.removed.is_empty());
    assert!(out.text.contains("c39df0fb-a684-447c-9fbc-3f24c288f608"));
}

#[test]
fn curl_forms_and_flags() {
    let cmd = "curl https://api.example.com/oauth/token \\\n  --data-urlencode 'client_secret=Zx8Kq2mN4pL7vB1c' \\\n  -d grant_type=client_credentials \\\n  -F 'password=Tr0ub4dor&3' \\\n  --oauth2-bearer Qw8Zr3Lk5Mn7Pb2Vx9Ty \\\n  --header=\"X-Api-Key: 3f9a7c2e1b4d8f60a5c3e7b9d1f2a4c6\" \\\n  -b cookies.txt";
    let out = curl::sanitize(cmd);
    for secret in [
        "Zx8Kq2mN4pL7vB1c",
        "Tr0ub4dor",
        "Qw8Zr3Lk5Mn7Pb2Vx9Ty",
        "3f9a7c2e1b4d8f60a5c3e7b9d1f2a4c6",
    ] {
        assert!(!out.text.contains(secret), "{secret} in {}", out.text);
    }
    assert!(out.text.contains("-b cookies.txt"));
    assert!(out.text.contains("grant_type=client_credentials"));
    let kinds: Vec<Kind> = out.removed.iter().map(|r| r.kind).collect();
    assert!(kinds.contains(&Kind::ClientSecret));
    assert!(kinds.contains(&Kind::Password));
    assert!(kinds.contains(&Kind::AccessToken));
    assert!(kinds.contains(&Kind::VendorKey));
    assert!(scan(&out.text).is_empty(), "{:?}", scan(&out.text));
}

#[test]
fn header_block_keeps_ids_and_line_endings() {
    let raw = "POST /v1/payments HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer Qw8Zr3Lk5Mn7Pb2Vx9Ty\nX-Request-Id: c39df0fb-a684-447c-9fbc-3f24c288f608\nSet-Cookie: sid=abc123; Path=/; Secure\nX-Note: card 4111 1111 1111 1111\n";
    let out = headers::sanitize(raw);
    assert_eq!(out.text.lines().count(), raw.lines().count());
    assert!(
        out.text
            .contains("Authorization: Bearer [REDACTED:access_token]\n")
    );
    assert!(
        out.text
            .contains("Set-Cookie: sid=[REDACTED:access_token]; Path=/; Secure\n")
    );
    assert!(out.text.contains("X-Note: card [REDACTED:card_number]\n"));
    assert!(out.text.contains("c39df0fb-a684-447c-9fbc-3f24c288f608"));
    let locs = locations(&out.removed);
    assert!(locs.contains(&("headers[X-Note]".into(), Kind::CardNumber)));
}

#[test]
fn multibyte_text_near_header_schemes_does_not_panic() {
    // Found by cargo-fuzz: a scheme check sliced inside "è".
    for raw in [
        "Authorization: basicè x",
        "Authorization: abcdè",
        "Proxy-Authorization: èèèè",
    ] {
        let _ = headers::sanitize(raw);
        let _ = curl::sanitize(&format!("curl -H '{raw}'"));
    }
}

#[test]
fn browser_har_headers_that_are_not_secrets_stay() {
    let headers = json!([
        {"name": ":authority", "value": "api.example.com"},
        {"name": "accept-language", "value": "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7"},
        {"name": "sec-ch-ua", "value": "\"Chromium\";v=\"122\", \"Not(A:Brand\";v=\"24\""},
        {"name": "user-agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"},
        {"name": "traceparent", "value": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"},
        {"name": "x-request-id", "value": "c39df0fb-a684-447c-9fbc-3f24c288f608"},
        {"name": "if-none-match", "value": "W/\"33a64df551425fcc55e4d42a148795d9f25f89d4\""},
        {"name": "date", "value": "Tue, 12 Mar 2024 09:41:07 GMT"},
        {"name": "content-length", "value": "1024"}
    ]);
    let input = har_with(json!({
        "startedDateTime": "2024-03-12T09:41:07.123Z", "time": 183.4,
        "request": {"method": "GET", "url": "https://api.example.com/v1/payments?simp_id=9b2f7c1e-3d4a-4e5f-8a6b-7c8d9e0f1a2b&limit=20", "httpVersion": "h2", "headers": headers, "cookies": [], "queryString": [{"name": "limit", "value": "20"}], "headersSize": -1, "bodySize": 0},
        "response": {"status": 200, "statusText": "", "httpVersion": "h2", "headers": [], "cookies": [],
            "content": {"size": 52, "mimeType": "application/json", "text": "{\"id\":\"pay_81723\",\"amount\":1250,\"currency\":\"EUR\",\"status\":\"settled\"}"},
            "redirectURL": "", "headersSize": -1, "bodySize": 52},
        "timings": {"send": 0.1, "wait": 180.2, "receive": 3.1}
    }));
    let out = har::sanitize(&input).unwrap();
    assert!(out.removed.is_empty(), "{:?}", locations(&out.removed));
}
