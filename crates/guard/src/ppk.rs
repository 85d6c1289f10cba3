//! PuTTY's private key files (`.ppk`, versions 2 and 3): a
//! `PuTTY-User-Key-File-N: <algorithm>` header, `Encryption:`, `Comment:`,
//! `Public-Lines: N` and N lines of base64, (for version 3 with a
//! passphrase, the `Key-Derivation:` and `Argon2-*:` lines), then
//! `Private-Lines: N` and N lines of base64, then `Private-MAC:`. The file
//! always holds the private key (encrypted only when a passphrase was
//! set, as an encrypted PEM block is still a key): the whole file is
//! reported, from its header to the end of its MAC line, as a PEM block
//! is from `-----BEGIN` to `-----END`.

use crate::{Confidence, Finding, Kind};

/// How long a key file may be: an RSA-4096 `.ppk` is under 4 KB.
const SPAN: usize = 8 * 1024;

/// Each `PuTTY-User-Key-File-` at `starts` (from `landmarks`) that opens
/// a key file with private lines written in: one finding over the file.
pub(crate) fn scan(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &s in starts {
        if let Some(end) = key_file(b, s) {
            out.push(Finding {
                kind: Kind::PrivateKey,
                start: s,
                end,
                confidence: Confidence::High,
            });
        }
    }
}

/// The end of the key file starting at `s`: past its `Private-MAC:` line,
/// or past its last private line when the MAC was not pasted. `None`
/// when no `Private-Lines:` with at least one line of base64 follows
/// (the header quoted in prose, the private lines elided).
fn key_file(b: &[u8], s: usize) -> Option<usize> {
    let hi = (s + SPAN).min(b.len());
    let region = &b[s..hi];
    let at = memchr::memmem::find(region, b"\nPrivate-Lines:")? + 1;
    let mut i = s + at + b"Private-Lines:".len();
    i = crate::value::skip_spaces(b, i);
    let digits = b[i..hi].iter().take_while(|c| c.is_ascii_digit()).count();
    let n: usize = std::str::from_utf8(&b[i..i + digits]).ok()?.parse().ok()?;
    i += digits;
    // The private lines: each one base64, the first at least 16 bytes.
    let mut end = None;
    for k in 0..n.min(64) {
        let nl = memchr::memchr(b'\n', &b[i..hi])?;
        let ls = i + nl + 1;
        let le = memchr::memchr(b'\n', &b[ls..hi]).map_or(hi, |p| ls + p);
        let line = b[ls..le].strip_suffix(b"\r").unwrap_or(&b[ls..le]);
        let base64 = line
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='));
        if !base64 || line.is_empty() || (k == 0 && line.len() < 16) {
            break;
        }
        end = Some(ls + line.len());
        i = le;
    }
    let end = end?;
    // The MAC line right after, when pasted.
    let rest = b.get(end..hi)?;
    let rest = rest.strip_prefix(b"\r").unwrap_or(rest);
    if let Some(mac) = rest.strip_prefix(b"\nPrivate-MAC:") {
        let ms = hi - mac.len();
        let me = memchr::memchr(b'\n', mac).map_or(hi, |p| ms + p);
        let me = if me > ms && b[me - 1] == b'\r' {
            me - 1
        } else {
            me
        };
        return Some(me);
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        let starts: Vec<usize> =
            memchr::memmem::find_iter(t.as_bytes(), b"PuTTY-User-Key-File-").collect();
        super::scan(t, &starts, &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn the_whole_file_is_a_key_when_private_lines_are_written() {
        let file = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: sftp\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIkX/CSSSKnbC8Axd6UvI2NP0eqTub3MkgUFVGYRo\neRQz\nPrivate-Lines: 1\nAAAAI8KrykS40bVYhJ1OVN4V3mi6JEJ7K9vK2IBstYQ4bD2H\nPrivate-MAC: c0c7c10fe561940c0d83d3e46871b7ad";
        assert_eq!(found(&format!("the .ppk:\n\n{file}\n\nthanks")), [file]);
        assert!(
            found("PuTTY-User-Key-File-3: ssh-ed25519\nPublic-Lines: 1\nAAAA\nPrivate-Lines: 1\n(removed)\n")
                .is_empty()
        );
        assert!(found("convert it from PuTTY-User-Key-File-2 format first").is_empty());
    }
}
