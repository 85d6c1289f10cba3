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
    if !label.ends_with(b"PRIVATE KEY") && !label.ends_with(b"PRIVATE KEY BLOCK") {
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
        let placeholder = std::str::from_utf8(body.trim_ascii())
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
    fn public_keys_and_certs_are_not_secrets() {
        let t = b"-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----";
        assert_eq!(match_at(t, 0, &mut PemState::default()), None);
        let t = b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";
        assert_eq!(match_at(t, 0, &mut PemState::default()), None);
    }
}
