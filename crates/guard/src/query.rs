//! Credentials that a URL's query carries by a specification's name:
//! - an OAuth 2.0 authorization code (RFC 6749 §4.1.2): the redirect back
//!   to the client carries `code` and `state`; whoever holds the code
//!   (and the client's credentials, or none for a public client) gets the
//!   tokens;
//! - an Azure Storage shared access signature: `sig` beside `sv` (the
//!   service version) and `se`/`sp` (expiry, permissions); the URL opens
//!   the blob to anyone until it expires.
//!
//! Each is read only when the query holds the parameters that make it
//! one: `code=` alone (an error or an order code) and `sig=` alone are
//! left to the other rules.

use crate::{Confidence, Finding, Kind};

/// How long a URL is read.
const SPAN: usize = 2048;

/// The query of each URL whose `://` is at `urls` (from the trigger
/// pass).
pub(crate) fn scan(text: &str, urls: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for &at in urls {
        if at < done {
            continue;
        }
        let hi = (at + SPAN).min(b.len());
        let ue = b[at..hi]
            .iter()
            .position(|&c| ends(c))
            .map_or(hi, |p| at + p);
        done = ue;
        let Some(q) = memchr::memchr(b'?', &b[at..ue]).map(|p| at + p) else {
            continue;
        };
        let query = &b[q..ue];
        // A password-reset or account-recovery link: its token (`t`,
        // `token`) lets whoever follows the link set the password.
        let path = b[at..q].to_ascii_lowercase();
        if memchr::memmem::find(&path, b"reset").is_some()
            || memchr::memmem::find(&path, b"recover").is_some()
        {
            for name in [&b"t"[..], b"token"] {
                let Some(p) = param(query, name) else {
                    continue;
                };
                let vs = q + p + name.len() + 1;
                let ve = b[vs..ue]
                    .iter()
                    .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.')))
                    .map_or(ue, |o| vs + o);
                let v = &b[vs..ve];
                if v.len() >= 20
                    && v.iter().any(u8::is_ascii_digit)
                    && v.iter().any(u8::is_ascii_alphabetic)
                {
                    out.push(Finding {
                        kind: Kind::AccessToken,
                        start: vs,
                        end: ve,
                        confidence: Confidence::High,
                    });
                }
            }
        }
        let wanted = |name: &[u8]| match name {
            b"code" => param(query, b"state").is_some(),
            b"sig" => {
                param(query, b"sv").is_some()
                    && (param(query, b"se").is_some() || param(query, b"sp").is_some())
            }
            _ => false,
        };
        for name in [&b"code"[..], b"sig"] {
            let Some(p) = param(query, name).filter(|_| wanted(name)) else {
                continue;
            };
            let vs = q + p + name.len() + 1;
            let ve = b[vs..ue]
                .iter()
                .position(|&c| c == b'&' || c == b'#')
                .map_or(ue, |o| vs + o);
            if ve - vs >= 16 {
                out.push(Finding {
                    kind: Kind::AccessToken,
                    start: vs,
                    end: ve,
                    confidence: Confidence::High,
                });
            }
        }
    }
}

/// What ends a URL in text.
fn ends(c: u8) -> bool {
    c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'<' | b'>' | b'`')
}

/// Where `name=` starts as one of the query's parameters (the query
/// starts with its `?`).
fn param(query: &[u8], name: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(query, name).find(|&p| {
        p > 0 && matches!(query[p - 1], b'&' | b'?') && query.get(p + name.len()) == Some(&b'=')
    })
}

#[cfg(test)]
mod tests {
    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        let starts: Vec<usize> = t.match_indices("://").map(|(p, _)| p).collect();
        super::scan(t, &starts, &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn parameters_the_specifications_name() {
        assert_eq!(
            found("https://app.x.io/oauth/callback?code=87CaVyIgYg4ToJNeh4Z0jAmtfLhL&state=luXnrM"),
            ["87CaVyIgYg4ToJNeh4Z0jAmtfLhL"]
        );
        assert!(found("https://x.io/orders?code=ORD-2024-000123456&page=2").is_empty());
        // A reset link's token; the same parameter on another page is
        // a timestamp or a tab.
        assert_eq!(
            found("https://id.example.org/account/recover?t=Hq72kLmz0PwX9cVb4NrT&lang=en"),
            ["Hq72kLmz0PwX9cVb4NrT"]
        );
        assert!(found("https://example.org/video?t=Hq72kLmz0PwX9cVb4NrT").is_empty());
        assert_eq!(
            found(
                "https://st.blob.core.windows.net/c/f.zip?sp=r&se=2026-05-29&sv=2022-11-02&sr=b&sig=lNe35znmikMJYSJw4lnFBLSpEr%2B"
            ),
            ["lNe35znmikMJYSJw4lnFBLSpEr%2B"]
        );
    }
}
