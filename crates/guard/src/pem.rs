//! PEM private key blocks (`-----BEGIN ... PRIVATE KEY-----`).

use memchr::memmem;

const MAX_LABEL: usize = 64;

/// State that keeps repeated BEGIN markers from rescanning the same tail
/// for an END marker that is not there.
#[derive(Default)]
pub(crate) struct PemState {
    no_end_after: Option<usize>,
}

/// `start` points at `-----BEGIN`. Returns the end of the block: after the
/// END line when present, otherwise after the run of base64 body lines.
pub(crate) fn match_at(text: &[u8], start: usize, state: &mut PemState) -> Option<usize> {
    let after_begin = start + b"-----BEGIN".len();
    let label_end = memmem::find(
        &text[after_begin..(after_begin + MAX_LABEL + 5).min(text.len())],
        b"-----",
    )
    .map(|o| after_begin + o)?;
    let label = &text[after_begin..label_end];
    // OpenVPN's own blocks (`OpenVPN Static key V1`, used by `--secret`,
    // `tls-auth` and `tls-crypt`; `OpenVPN tls-crypt-v2 client key`) are
    // shared secret keys whole.
    if !label.ends_with(b"PRIVATE KEY")
        && !label.ends_with(b"PRIVATE KEY BLOCK")
        && !label.starts_with(b" OpenVPN ")
    {
        return None;
    }
    let body_start = label_end + 5;
    let search_end = match state.no_end_after {
        Some(p) if p <= body_start => None,
        _ => memmem::find(&text[body_start..], b"-----END").map(|o| body_start + o),
    };
    if let Some(end_marker) = search_end {
        // `-----BEGIN PRIVATE KEY-----\n...\n-----END…`: an elided block.
        let body = &text[body_start..end_marker];
        let key_chars = body
            .iter()
            .enumerate()
            .filter(|&(k, c)| {
                (c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/'))
                    && !(*c == b'n' && k > 0 && body[k - 1] == b'\\')
            })
            .count();
        let elided =
            memmem::find(body, b"...").is_some() || memmem::find(body, "…".as_bytes()).is_some();
        // `[REDACTED]`, `<your key here>`, `xxxx`: a placeholder for the body.
        // A body whose lines HTML's `<br>` joins (a mail's HTML part read
        // as text) is lines of a key, not one `<…>`.
        let placeholder = !html_lines(body)
            && std::str::from_utf8(body.trim_ascii())
                .is_ok_and(|b| !b.contains('\n') && crate::text::is_placeholder(b));
        if key_chars < 4 || (elided && key_chars < 40) || placeholder {
            return None;
        }
        // Don't let the END of a later block close this one if a new BEGIN
        // comes first: the body would then hold another header.
        let line_end = memmem::find(
            &text[end_marker + 8..(end_marker + 8 + MAX_LABEL + 5).min(text.len())],
            b"-----",
        )
        .map(|o| end_marker + 8 + o + 5)
        .unwrap_or(end_marker + 8);
        // Inside a JSON string the line's `\n` escape goes with it.
        if text[line_end..].starts_with(b"\\n") {
            return Some(line_end + 2);
        }
        return Some(line_end);
    }
    state.no_end_after = Some(body_start);
    // A header with no body after it ("PKCS#8 (`-----BEGIN PRIVATE
    // KEY-----`) or PKCS#1?", "-----BEGIN PRIVATE KEY----- ... non la
    // mando") names a format: a key's body starts with a line of base64.
    if !base64_follows(text, body_start) {
        return None;
    }
    // Truncated paste: take the base64 body (including `\n` escapes).
    let mut i = body_start;
    while i < text.len() {
        let c = text[i];
        if c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=' | b'\n' | b'\r' | b'\\') {
            i += 1;
        } else {
            break;
        }
    }
    Some(i)
}

/// `<br>`, `<br/>`, `<br />` (any case) between two base64 characters
/// in `body`: lines an HTML mail broke with tags instead of line feeds.
fn html_lines(body: &[u8]) -> bool {
    memchr::memchr_iter(b'<', body).any(|at| {
        let tag = &body[at..(at + 6).min(body.len())];
        let close = [&b"<br>"[..], b"<br/>", b"<br />"]
            .iter()
            .find(|t| tag.len() >= t.len() && tag[..t.len()].eq_ignore_ascii_case(t))
            .map(|t| at + t.len());
        let b64 = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=');
        close.is_some_and(|e| at > 0 && b64(body[at - 1]) && body.get(e).is_some_and(|&c| b64(c)))
    })
}

/// A run of 16 base64 characters or more starts within a few bytes of
/// `at`, past line breaks (real or `\n` escapes), indentation, quotes and
/// `>` quoting. Reads at most 64 bytes.
fn base64_follows(text: &[u8], at: usize) -> bool {
    let end = (at + 64).min(text.len());
    let mut i = at;
    while i < end {
        match text[i] {
            b' ' | b'\t' | b'\r' | b'\n' | b'"' | b'\'' | b'>' | b'+' => i += 1,
            b'\\' if text.get(i + 1) == Some(&b'n') => i += 2,
            _ => break,
        }
    }
    let run = text[i.min(end)..end]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/'))
        .count();
    run >= 16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_block() {
        let t = b"key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nAAAA\n-----END RSA PRIVATE KEY-----\nbye";
        let start = memmem::find(t, b"-----BEGIN").expect("begin");
        let end = match_at(t, start, &mut PemState::default()).expect("block");
        assert_eq!(&t[end..], b"\nbye");
    }

    #[test]
    fn an_openvpn_static_key_is_a_key() {
        let body = "7d3c0a91e4b25f68".repeat(2);
        let block = format!(
            "-----BEGIN OpenVPN Static key V1-----\n{body}\n{body}\n-----END OpenVPN Static key V1-----"
        );
        let t = format!("<tls-auth>\n{block}\n</tls-auth>\n");
        assert!(crate::has(&t, &block), "{:?}", crate::found(&t));
        // A certificate beside it is public.
        assert!(
            crate::found(
                "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_body_broken_by_html_line_breaks_is_a_key() {
        let l1 = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";
        let l2 = "k9bI8h6TsURt/+UC74x6wqyaKMO0ktrH5UFZs2kzTYLJwglxYzVcWNrm83EDulLobdyJJ6";
        for br in ["<br>", "<br />", "<BR/>"] {
            let t = format!(
                "id_rsa: -----BEGIN OPENSSH PRIVATE KEY-----{br}{l1}{br}{l2}{br}-----END OPENSSH PRIVATE KEY-----"
            );
            let block = &t["id_rsa: ".len()..];
            assert_eq!(crate::found(&t), [block], "{br}");
        }
        // A placeholder between tags stays one.
        for t in [
            "-----BEGIN PRIVATE KEY-----<br><your key here><br>-----END PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----<br>...<br>-----END PRIVATE KEY-----",
        ] {
            assert!(crate::found(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_placeholder_body_is_no_key() {
        for body in ["[REDACTED]", "<your private key>", "{{ key }}"] {
            let t = format!("-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----");
            assert_eq!(
                match_at(t.as_bytes(), 0, &mut PemState::default()),
                None,
                "{body}"
            );
        }
        let t = b"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";
        assert!(match_at(t, 0, &mut PemState::default()).is_some());
    }

    #[test]
    fn a_header_without_a_body_is_no_key() {
        for t in [
            "should the key be PKCS#8 (-----BEGIN PRIVATE KEY-----) rather than PKCS#1?",
            "la privata resta da noi (-----BEGIN PRIVATE KEY----- ... non la mando)",
            "-----BEGIN RSA PRIVATE KEY-----\n",
        ] {
            let at = memmem::find(t.as_bytes(), b"-----BEGIN").expect("begin");
            assert_eq!(
                match_at(t.as_bytes(), at, &mut PemState::default()),
                None,
                "{t}"
            );
        }
        for t in [
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAu65vzOjtdrZYml",
            "key: |\n  -----BEGIN PRIVATE KEY-----\n    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            "\"-----BEGIN PRIVATE KEY-----\\n\" +\n  \"MIIEvQIBADANBgkqhkiG9w0B",
        ] {
            let at = memmem::find(t.as_bytes(), b"-----BEGIN").expect("begin");
            assert!(
                match_at(t.as_bytes(), at, &mut PemState::default()).is_some(),
                "{t}"
            );
        }
    }

    #[test]
    fn public_keys_and_certs_are_not_secrets() {
        let t = b"-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----";
        assert_eq!(match_at(t, 0, &mut PemState::default()), None);
        let t = b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";
        assert_eq!(match_at(t, 0, &mut PemState::default()), None);
    }
}
