//! A PEM private key whose armor a word processor or a phone's keyboard
//! "corrected": smart punctuation turns `--` into an em dash and `-` runs
//! into en dashes, so `-----BEGIN PRIVATE KEY-----` arrives as
//! `——-BEGIN PRIVATE KEY——-`. The `pem` rule reads ASCII armor only; this
//! reads an armor line whose run of dashes holds a typographic one, the
//! base64 lines under it, and the END line when one follows them.
//!
//! Woken only by `BEGIN ` right after such a run (found from the dashes'
//! lead byte); each block's body is read once, at most `MAX_BODY` bytes,
//! so the pass is linear.

use crate::{Confidence, Finding, Kind};

const EM: &[u8] = "\u{2014}".as_bytes();
const EN: &[u8] = "\u{2013}".as_bytes();
const MAX_LABEL: usize = 48;
const MAX_BODY: usize = 16 * 1024;

/// The length of a dash (ASCII, en or em) at `i`, and whether it is a
/// typographic one.
fn dash_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    let rest = &b[i.min(b.len())..];
    if rest.first() == Some(&b'-') {
        Some((1, false))
    } else if rest.starts_with(EM) || rest.starts_with(EN) {
        Some((3, true))
    } else {
        None
    }
}

/// The run of dashes ending at `end`, read back at most 8 dashes: where
/// it starts and whether it holds a typographic dash.
fn run_before(b: &[u8], end: usize) -> (usize, bool) {
    let (mut k, mut typo) = (end, false);
    for _ in 0..8 {
        if k >= 1 && b[k - 1] == b'-' {
            k -= 1;
        } else if k >= 3 && (b[k - 3..k] == *EM || b[k - 3..k] == *EN) {
            k -= 3;
            typo = true;
        } else {
            break;
        }
    }
    (k, typo)
}

/// The run of dashes from `i`, at most 8: where it ends and whether it
/// holds a typographic dash.
fn run_after(b: &[u8], i: usize) -> (usize, bool) {
    let (mut k, mut typo) = (i, false);
    for _ in 0..8 {
        match dash_at(b, k) {
            Some((n, t)) => {
                k += n;
                typo |= t;
            }
            None => break,
        }
    }
    (k, typo)
}

/// The length of one line break (`\n` or `\r\n`) at `i`, or 0.
fn line_break(b: &[u8], i: usize) -> usize {
    match b.get(i..) {
        Some([b'\n', ..]) => 1,
        Some([b'\r', b'\n', ..]) => 2,
        _ => 0,
    }
}

/// The end of the base64 lines from `at` (past the line break that ends
/// the armor line): whole lines of base64 only, the last one ending the
/// run; with the count of base64 characters read.
fn body_end(b: &[u8], at: usize) -> (usize, usize) {
    let hi = (at + MAX_BODY).min(b.len());
    let (mut i, mut end, mut chars) = (at, at, 0);
    while i < hi {
        let line = i;
        while i < hi && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'+' | b'/' | b'=')) {
            i += 1;
        }
        let n = i - line;
        let at_break = i == b.len() || b[i] == b'\n' || b[i] == b'\r';
        if n == 0 || !at_break {
            break;
        }
        chars += n;
        end = i;
        i += line_break(b, i);
        if i == end {
            break;
        }
    }
    (end, chars)
}

/// Blocks with typographic dashes in their armor, added to `found`.
/// Returns whether any was added.
pub(crate) fn extend(text: &str, found: &mut Vec<Finding>) -> bool {
    let b = text.as_bytes();
    let mut added = false;
    let mut from = 0;
    // Each typographic dash's lead byte; a run of dashes from it that
    // `BEGIN ` follows.
    for lead in memchr::memchr_iter(0xE2, b) {
        if lead < from || !(b[lead..].starts_with(EM) || b[lead..].starts_with(EN)) {
            continue;
        }
        let (run_end, _) = run_after(b, lead);
        from = run_end;
        if !b[run_end..].starts_with(b"BEGIN ") {
            continue;
        }
        let at = run_end;
        let (start, typo_open) = run_before(b, at);
        let label_at = at + 6;
        let label_len = b[label_at..(label_at + MAX_LABEL).min(b.len())]
            .iter()
            .take_while(|c| c.is_ascii_uppercase() || **c == b' ')
            .count();
        let label = &b[label_at..label_at + label_len];
        if !(label.ends_with(b"PRIVATE KEY") || label.ends_with(b"PRIVATE KEY BLOCK")) {
            continue;
        }
        let (armor_end, typo_close) = run_after(b, label_at + label_len);
        if armor_end == label_at + label_len || !(typo_open || typo_close) {
            continue;
        }
        // The body starts on the next line (a PGP block after a blank
        // line and its headers is left to other rules).
        let mut body = armor_end;
        while body < b.len() && b[body] == b'\r' {
            body += 1;
        }
        if b.get(body) != Some(&b'\n') {
            continue;
        }
        body += 1;
        let (mut end, chars) = body_end(b, body);
        if chars < 40 {
            continue;
        }
        // The END line right under the body.
        let k = end + line_break(b, end);
        let (dashes, _) = run_after(b, k);
        if dashes > k && b[dashes..].starts_with(b"END ") {
            let l = dashes + 4;
            if b[l..].starts_with(label) {
                let (close, _) = run_after(b, l + label.len());
                end = close;
            }
        }
        found.push(Finding {
            kind: Kind::PrivateKey,
            start,
            end,
            confidence: Confidence::High,
        });
        added = true;
        from = end.max(from);
    }
    added
}

#[cfg(test)]
mod tests {
    use crate::found;

    const BODY: &str = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQBqqBrDKHTYYKu7\nNny/Yo4XPviVh9MU5UE5O7aG64wdaYFHIJhMQyC7fqO16OyArahf4rAMTSPT4RRQ";

    #[test]
    fn armor_with_smart_dashes_is_a_key() {
        let t = format!(
            "the key on the server:\n——-BEGIN PRIVATE KEY——-\n{BODY}\n——-END PRIVATE KEY——-\n\nSent from my phone"
        );
        let block = format!("——-BEGIN PRIVATE KEY——-\n{BODY}\n——-END PRIVATE KEY——-");
        assert_eq!(found(&t), [block.as_str()]);
        // Cut short: the base64 lines under the header.
        let t =
            format!("id_rsa:\n——-BEGIN ENCRYPTED PRIVATE KEY——-\n{BODY}\n\nSent from my Galaxy");
        let block = format!("——-BEGIN ENCRYPTED PRIVATE KEY——-\n{BODY}");
        assert_eq!(found(&t), [block.as_str()]);
    }

    #[test]
    fn public_blocks_and_named_formats_stay() {
        for t in [
            format!("——-BEGIN PUBLIC KEY——-\n{BODY}\n——-END PUBLIC KEY——-"),
            format!("——-BEGIN CERTIFICATE——-\n{BODY}\n——-END CERTIFICATE——-"),
            "use PKCS#8 (——-BEGIN PRIVATE KEY——-) not PKCS#1".to_owned(),
            "——-BEGIN PRIVATE KEY——-\n<your key here>\n——-END PRIVATE KEY——-".to_owned(),
            "——-BEGIN PRIVATE KEY——-\nMIIE...\n——-END PRIVATE KEY——-".to_owned(),
        ] {
            assert!(found(&t).is_empty(), "{t}: {:?}", found(&t));
        }
    }
}
