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

/// The lines after the one holding `from`, as (content start, content
/// end) with a quote's prefix (the bytes before the header on its line:
/// `> `, `| `) taken off each line that carries it.
struct Lines<'a> {
    b: &'a [u8],
    prefix: &'a [u8],
    pos: usize,
    hi: usize,
}

impl Iterator for Lines<'_> {
    type Item = (usize, usize);
    fn next(&mut self) -> Option<(usize, usize)> {
        let nl = memchr::memchr(b'\n', &self.b[self.pos..self.hi])?;
        let ls = self.pos + nl + 1;
        let le = memchr::memchr(b'\n', &self.b[ls..self.hi]).map_or(self.hi, |p| ls + p);
        self.pos = le;
        let le = if le > ls && self.b[le - 1] == b'\r' {
            le - 1
        } else {
            le
        };
        let line = &self.b[ls..le];
        let trimmed = self.prefix.trim_ascii_end();
        let cs = if !self.prefix.is_empty() && line.starts_with(self.prefix) {
            ls + self.prefix.len()
        } else if !trimmed.is_empty() && line == trimmed {
            le
        } else {
            ls
        };
        Some((cs, le))
    }
}

/// The end of the key file starting at `s`: past its `Private-MAC:` line
/// (or the MAC on the line below it), or past its last private line when
/// the MAC was not pasted. `None` when no `Private-Lines:` with at least
/// one line of base64 follows (the header quoted in prose, the private
/// lines elided). A file quoted in a reply (`> ` before each line) is
/// read through its quote marks.
fn key_file(b: &[u8], s: usize) -> Option<usize> {
    let hi = (s + SPAN).min(b.len());
    let ls = memchr::memrchr(b'\n', &b[..s]).map_or(0, |p| p + 1);
    let prefix = &b[ls..s];
    let prefix = if prefix.len() <= 8 && prefix.iter().all(|c| matches!(c, b' ' | b'>' | b'|')) {
        prefix
    } else {
        &[][..]
    };
    let mut lines = Lines {
        b,
        prefix,
        pos: s,
        hi,
    };
    // Up to the `Private-Lines:` line (a header and public lines before it).
    let n = lines.by_ref().take(80).find_map(|(cs, ce)| {
        let rest = b[cs..ce].strip_prefix(b"Private-Lines:")?;
        std::str::from_utf8(rest).ok()?.trim().parse::<usize>().ok()
    })?;
    // The private lines: each one base64, the first at least 16 bytes.
    let mut end = None;
    let mut after = None;
    for k in 0..n.min(64) {
        let Some((cs, ce)) = lines.next() else {
            break;
        };
        let line = &b[cs..ce];
        let base64 = line
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='));
        if !base64 || line.is_empty() || (k == 0 && line.len() < 16) {
            after = Some((cs, ce));
            break;
        }
        end = Some(ce);
    }
    let end = end?;
    // The MAC line right after, when pasted; its value may stand on the
    // line below its label.
    let (cs, ce) = after.or_else(|| lines.next())?;
    let Some(mac) = b[cs..ce].strip_prefix(b"Private-MAC:") else {
        return Some(end);
    };
    if !mac.trim_ascii().is_empty() {
        return Some(ce);
    }
    match lines.next() {
        Some((ms, me)) if me > ms && b[ms..me].iter().all(u8::is_ascii_hexdigit) => Some(me),
        _ => Some(ce),
    }
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

    #[test]
    fn a_key_file_quoted_in_a_reply() {
        let file = "> PuTTY-User-Key-File-3: ssh-ed25519\n> Encryption: none\n> Public-Lines: 1\n> AAAAC3NzaC1lZDI1NTE5AAAAIkX/CSSSKnbC8Axd\n> Private-Lines: 1\n> AAAAI8KrykS40bVYhJ1OVN4V3mi6JEJ7K9vK2IBstYQ4bD2H\n> Private-MAC:\n> c0c7c10fe561940c0d83d3e46871b7ad";
        let t = format!("see below\n{file}\n>\n> thanks");
        assert_eq!(found(&t), [&file[2..]]);
    }
}
