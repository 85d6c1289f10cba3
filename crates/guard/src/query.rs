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

/// How long a query is read, before and after the parameter.
const SPAN: usize = 2048;

/// Each `code=` / `sig=` at `starts` (from `landmarks`, pointing at the
/// `?` or `&` before the name).
pub(crate) fn scan(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &at in starts {
        let name_start = at + 1;
        let Some(eq) = memchr::memchr(b'=', &b[name_start..(name_start + 8).min(b.len())])
            .map(|p| name_start + p)
        else {
            continue;
        };
        let name = &b[name_start..eq];
        let (qs, qe) = query_bounds(b, at);
        let query = &b[qs..qe];
        let has = |p: &[u8]| param(query, p);
        let wanted = match name {
            b"code" => has(b"state"),
            b"sig" => has(b"sv") && (has(b"se") || has(b"sp")),
            _ => false,
        };
        if !wanted {
            continue;
        }
        let vs = eq + 1;
        let ve = b[vs..qe]
            .iter()
            .position(|&c| c == b'&' || c == b'#')
            .map_or(qe, |p| vs + p);
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

/// The query around `at`: from its `?` (or the start of the run) to the
/// first byte that ends a URL.
fn query_bounds(b: &[u8], at: usize) -> (usize, usize) {
    let ends = |c: u8| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'<' | b'>' | b'`');
    let lo = at.saturating_sub(SPAN);
    let qs = b[lo..at]
        .iter()
        .rposition(|&c| ends(c) || c == b'?')
        .map_or(lo, |p| lo + p + 1);
    let hi = (at + SPAN).min(b.len());
    let qe = b[at + 1..hi]
        .iter()
        .position(|&c| ends(c))
        .map_or(hi, |p| at + 1 + p);
    (qs, qe)
}

/// `name=` as one of the query's parameters.
fn param(query: &[u8], name: &[u8]) -> bool {
    memchr::memmem::find_iter(query, name).any(|p| {
        (p == 0 || matches!(query[p - 1], b'&' | b'?')) && query.get(p + name.len()) == Some(&b'=')
    })
}

#[cfg(test)]
mod tests {
    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        let starts: Vec<usize> = t
            .match_indices("code=")
            .chain(t.match_indices("sig="))
            .map(|(p, _)| p - 1)
            .collect();
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
        assert_eq!(
            found(
                "https://st.blob.core.windows.net/c/f.zip?sp=r&se=2026-05-29&sv=2022-11-02&sr=b&sig=lNe35znmikMJYSJw4lnFBLSpEr%2B"
            ),
            ["lNe35znmikMJYSJw4lnFBLSpEr%2B"]
        );
    }
}
