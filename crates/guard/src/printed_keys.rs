//! Key material that tools print labelled in their own words, so the
//! label says what the value is: Vault's `operator init` prints each key
//! share as `Unseal Key 3: <base64>` (or `Recovery Key 3:` under
//! auto-unseal), enough of which open the whole store; `klist -K` prints
//! each keytab entry's key bytes as `(0x<hex>)` after its encryption type
//! (`(aes256-cts-hmac-sha1-96)`), the key a service signs in with. The
//! shares' names come from the trigger pass (as `Listed` keys), the key
//! bytes' `(0x` from `landmarks`.

use crate::{Confidence, Finding, Kind};

fn push(out: &mut Vec<Finding>, start: usize, end: usize) {
    out.push(Finding {
        kind: Kind::PrivateKey,
        start,
        end,
        confidence: Confidence::High,
    });
}

/// `Unseal Key 1: MWXq…`: after the share's number and its colon, a run
/// of base64 (or hex) of 24 to 120 characters that ends its line.
pub(crate) fn shares(text: &str, ends: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &e in ends {
        // Only after "unseal key" / "recovery key" and one space.
        if e < 3 || !b[e - 3..e].eq_ignore_ascii_case(b"key") || b.get(e) != Some(&b' ') {
            continue;
        }
        let e = e + 1;
        let digits = b[e..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let mut i = e + digits;
        if digits == 0 || b.get(i) != Some(&b':') {
            continue;
        }
        i += 1;
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        let len = b[i..]
            .iter()
            .take(121)
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
            .count();
        let ends_line = matches!(b.get(i + len), None | Some(b'\n' | b'\r' | b' ' | b'\t'));
        let mixed = b[i..i + len].iter().any(u8::is_ascii_digit)
            && b[i..i + len].iter().any(u8::is_ascii_alphabetic);
        if (24..=120).contains(&len) && ends_line && mixed {
            push(out, i, i + len);
        }
    }
}

/// `… (aes256-cts-hmac-sha1-96)  (0xba4f…)`: the key bytes in hex after
/// `(0x`, 32 to 64 digits closed by `)`, on a line that names a Kerberos
/// encryption type before them (`-cts-`, `arcfour-hmac`, `des3-cbc`).
/// `starts` are where each `(0x` starts.
pub(crate) fn keytab_keys(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &at in starts {
        let s = at + 3;
        let len = b[s..]
            .iter()
            .take(65)
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        if !(32..=64).contains(&len) || b.get(s + len) != Some(&b')') {
            continue;
        }
        let lo = at.saturating_sub(200);
        let ls = memchr::memrchr(b'\n', &b[lo..at]).map_or(lo, |p| lo + p + 1);
        let line = &b[ls..at];
        let named = [&b"-cts-"[..], b"arcfour-hmac", b"des3-cbc", b"des-cbc"]
            .iter()
            .any(|w| memchr::memmem::find(line, w).is_some());
        if named {
            push(out, s, s + len);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn vault_key_shares_are_private_keys() {
        let t = "$ vault operator init\nUnseal Key 1: q3Rk8ZtVb2mLx9Pw0NcYs7HdJf4Ga1Ue6Ko5Wi+T/Ex\n\
                 Recovery Key 2: Zt0mVb3xK1yLp7Rw2N8s4QhGdF6jC9aE5uBo+I/lTy\n";
        assert_eq!(found(t).len(), 2, "{:?}", found(t));
        // The words in prose, with no share after them, find nothing.
        assert!(found("Unseal Key 1: lost it last year\n").is_empty());
    }

    #[test]
    fn keytab_key_bytes_are_private_keys() {
        let t = "   2 01/03/2026 10:00:00 HTTP/web.example.org@EXAMPLE.ORG (aes128-cts-hmac-sha1-96)  (0x0a1b2c3d4e5f60718293a4b5c6d7e8f9)\n";
        assert_eq!(found(t), ["0a1b2c3d4e5f60718293a4b5c6d7e8f9"]);
        // An error code in parentheses on another line is none.
        assert!(found("enctype aes256-cts-hmac-sha1-96\nfailed (0x80070005)\n").is_empty());
    }
}
