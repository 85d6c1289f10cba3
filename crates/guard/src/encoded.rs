//! Values a Kubernetes Secret keeps base64-encoded under its `data` key
//! (`kubectl get secret -o yaml` or `-o json`): each is decoded and read
//! with its key as `key: value` by the whole guard, so a PIN, an account
//! number or a private key is found whatever the encoding hides; what is
//! reported is the encoded value as it stands in the text.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use memchr::memmem;

use crate::{Confidence, Finding};

/// Entries read below one `data` key; a Secret holds a few.
const MAX_ENTRIES: usize = 64;

/// `secret`: the text holds `Secret` (`landmarks`).
pub(crate) fn scan(text: &str, secret: bool, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // Only a Secret's dump: `kind: Secret` or `"kind": "Secret"`, or the
    // command that prints one (`kubectl get secret x -o yaml`, or its
    // `-o jsonpath="{.data}" | jq`, whose object starts the next line).
    let command = memmem::find(b, b"get secret").is_some();
    if !secret && !command {
        return;
    }
    let jq = command.then(|| memmem::find_iter(b, b"{.data}").collect::<Vec<_>>());
    let braces = jq.iter().flatten().filter_map(|&at| {
        let nl = at + memchr::memchr(b'\n', &b[at..])?;
        b[nl + 1..].starts_with(b"{\n").then_some(nl + 1)
    });
    for at in memmem::find_iter(b, b"data").chain(braces) {
        let after = b.get(at + 4..).unwrap_or_default();
        let yaml = after.starts_with(b":\n") || after.starts_with(b":\r\n");
        let json = after.starts_with(b"\": {");
        let object = b[at..].starts_with(b"{\n");
        if !yaml && !json && !object {
            continue;
        }
        let ls = memchr::memrchr(b'\n', &b[..at]).map_or(0, |n| n + 1);
        let indent = b[ls..].iter().take_while(|&&c| c == b' ').count();
        let mut i = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |n| at + n + 1);
        for _ in 0..MAX_ENTRIES {
            if i >= b.len() {
                break;
            }
            let le = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n);
            let line = &b[i..le];
            let ind = line.iter().take_while(|&&c| c == b' ').count();
            if ind <= indent || line[ind..].starts_with(b"}") {
                break;
            }
            entry(text, i + ind, le, out);
            i = le + 1;
        }
    }
}

/// One `KEY: value` or `"KEY": "value",` line.
fn entry(text: &str, s: usize, e: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut k = s;
    if b[k] == b'"' {
        k += 1;
    }
    let ks = k;
    while k < e && !matches!(b[k], b'"' | b':' | b' ') {
        k += 1;
    }
    if k == ks || k - ks > 64 {
        return;
    }
    let key = &text[ks..k];
    while k < e && matches!(b[k], b'"' | b':' | b' ') {
        k += 1;
    }
    let vs = k;
    while k < e && (b[k].is_ascii_alphanumeric() || matches!(b[k], b'+' | b'/' | b'=')) {
        k += 1;
    }
    let ve = k;
    if ve - vs < 4 || ve - vs > 16 * 1024 {
        return;
    }
    let Ok(raw) = STANDARD.decode(&b[vs..ve]) else {
        return;
    };
    let Ok(value) = String::from_utf8(raw) else {
        return;
    };
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        return;
    }
    // The key's words as a label ("TERMINAL_PIN" -> "TERMINAL PIN"), so
    // the guard reads it as a person would.
    let label: String = key
        .chars()
        .map(|c| if matches!(c, '_' | '-' | '.') { ' ' } else { c })
        .collect();
    let probe = format!("{label}: {value}\n");
    let from = label.len() + 2;
    if let Some(f) = crate::scan(&probe).into_iter().find(|f| f.end > from) {
        out.push(Finding {
            kind: f.kind,
            start: vs,
            end: ve,
            confidence: Confidence::High,
        });
    }
}

/// Decodes `v` as standard base64 (padded, or unpadded with a length a
/// whole number of bytes), line breaks of a wrapped dump skipped, into
/// text a person could read: valid UTF-8, no control characters but line
/// breaks and tabs. A random token almost never decodes so.
pub(crate) fn decoded_text(v: &[u8]) -> Option<String> {
    let clean: Vec<u8> = v
        .iter()
        .copied()
        .filter(|&c| c != b'\n' && c != b'\r')
        .collect();
    if clean.len() < 8 {
        return None;
    }
    let raw = STANDARD
        .decode(&clean)
        .or_else(|_| STANDARD_NO_PAD.decode(&clean))
        .ok()?;
    let s = String::from_utf8(raw).ok()?;
    let readable = !s
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
    readable.then_some(s)
}

/// `v` is base64 of readable text that holds no secret: not an
/// `id:secret` pair (HTTP Basic's form), and nothing the guard finds in it.
pub(crate) fn plain_and_clean(v: &[u8]) -> bool {
    let Some(plain) = decoded_text(v) else {
        return false;
    };
    let pair = std::str::from_utf8(v).is_ok_and(crate::auth::basic_credentials);
    !pair && crate::scan(&plain).is_empty()
}

/// Longest base64 blob read (a `.env` or a key file encoded whole).
const MAX_BLOB: usize = 64 * 1024;

/// Base64's alphabet without padding, looked up for every byte of every
/// text `blobs` reads (the comparisons it replaced were a sixth of a clean
/// text's scan).
static BASE64_ALPHABET: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'+' || b == b'/';
        c += 1;
    }
    t
};

/// Base64 blobs anywhere in the text (`echo … | base64` output wrapped at
/// 76 columns, a JSON or `.env` file encoded into one value, a config
/// value someone encoded): each that decodes to readable text is read by
/// the whole guard, and whatever it finds there makes the blob, as it
/// stands in the text, a secret of that kind. The decoded text is shorter
/// than the blob, so reading it again stays linear.
pub(crate) fn blobs(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let is64 = |c: u8| BASE64_ALPHABET[usize::from(c)];
    let mut i = 0;
    while i < b.len() {
        if !is64(b[i]) {
            i += 1;
            continue;
        }
        if i > 0 && (is64(b[i - 1]) || matches!(b[i - 1], b'=' | b'-' | b'_' | b'.' | b'%' | b'\\'))
        {
            // Inside a run, or a run glued to what precedes it: no blob
            // starts anywhere in the rest of this run.
            while i < b.len() && is64(b[i]) {
                i += 1;
            }
            continue;
        }
        let s = i;
        // A blob is 20 bytes at least, two of them perhaps padding: a run
        // that breaks off within its first 18 bytes is none, nor is any run
        // that starts inside it. Most words do, so look from the far end
        // and go on past the break.
        if s + 18 > b.len() {
            break;
        }
        if let Some(p) = (s..s + 18).rev().find(|&p| !is64(b[p])) {
            i = p + 1;
            continue;
        }
        let mut line_start = i;
        let mut e = i;
        loop {
            while e < b.len() && is64(b[e]) && e - s < MAX_BLOB {
                e += 1;
            }
            // A dump wrapped at a fixed width: a long full line, the next
            // one going on in the same alphabet.
            let width = e - line_start;
            let nl = if b.get(e) == Some(&b'\n') {
                1
            } else if b.get(e) == Some(&b'\r') && b.get(e + 1) == Some(&b'\n') {
                2
            } else {
                0
            };
            if nl > 0 && width >= 40 && b.get(e + nl).is_some_and(|&c| is64(c)) {
                e += nl;
                line_start = e;
                continue;
            }
            break;
        }
        let mut end = e;
        while end < b.len() && end - e < 2 && b[end] == b'=' {
            end += 1;
        }
        i = end.max(s + 1);
        // Glued to more of a word (`_`, `-`, `.`): an identifier, a URL
        // part, a JWT's segment, not one base64 value.
        if b.get(end).is_some_and(|&c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'%' | b'\\')
        }) {
            continue;
        }
        if end - s < 20 {
            continue;
        }
        let Some(plain) = decoded_text(&b[s..end]) else {
            continue;
        };
        if let Some(f) = crate::scan(&plain).first() {
            out.push(Finding {
                kind: f.kind,
                start: s,
                end,
                confidence: Confidence::High,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_blob_decoding_to_a_secret_is_one() {
        let t = "the env file, base64 as asked: QVBQX0VOVj1zdGFnaW5nCkRCX1BBU1NXT1JEPUx1bWFjYS03NzMxIXgKTE9HX0xFVkVMPWRlYnVnCg==\nthanks";
        assert_eq!(
            found(t),
            vec![
                "QVBQX0VOVj1zdGFnaW5nCkRCX1BBU1NXT1JEPUx1bWFjYS03NzMxIXgKTE9HX0xFVkVMPWRlYnVnCg=="
            ]
        );
        // Wrapped at a fixed width like `base64` prints it.
        let w = "echo it | base64\nQVBQX0VOVj1zdGFnaW5nCkRCX1BBU1NXT1JEPUx1\nbWFjYS03NzMxIXgKTE9HX0xFVkVMPWRlYnVnCg==\nthanks";
        assert_eq!(
            found(w),
            vec![
                "QVBQX0VOVj1zdGFnaW5nCkRCX1BBU1NXT1JEPUx1\nbWFjYS03NzMxIXgKTE9HX0xFVkVMPWRlYnVnCg=="
            ]
        );
    }

    #[test]
    fn the_shortest_blob_counts_its_padding_and_a_short_word_after_it_is_none() {
        // 18 characters and `==`: the length a blob needs, padding included.
        let t = "login as base64 cGFzcz1acTgja0xtMg== please";
        assert_eq!(found(t), vec!["cGFzcz1acTgja0xtMg=="]);
        // Short runs all around it change nothing.
        let u = "ok so: a bc def ghij cGFzcz1acTgja0xtMg== klmno pq";
        assert_eq!(found(u), vec!["cGFzcz1acTgja0xtMg=="]);
    }

    #[test]
    fn a_blob_decoding_to_plain_settings_is_none() {
        let t = "the env file, base64 as asked: QVBQX0VOVj1zdGFnaW5nCkxPR19MRVZFTD1kZWJ1ZwpSRUdJT049ZXUtc291dGgtMQo=\nthanks";
        assert!(found(t).is_empty());
    }

    #[test]
    fn a_secret_printed_as_json_by_jsonpath_is_decoded() {
        let t = "$ kubectl get secret bot -o jsonpath=\"{.data}\" | jq\n{\n  \"created\": \"MjAyMy0wNC0wNSAxMDoxMToxMiBVVEM=\",\n  \"db_password\": \"R2lyYXNvbGUhODgxMg==\"\n}\n";
        assert_eq!(found(t), vec!["R2lyYXNvbGUhODgxMg=="]);
    }

    #[test]
    fn a_value_decoding_to_plain_text_under_get_secret_is_none() {
        let t = "kubectl get secret -o yaml output:\napiVersion: v1\nkind: Secret\ndata:\n  created: MjAyMy0wNC0wNSAxMDoxMToxMiBVVEM=\n";
        assert!(found(t).is_empty());
    }
}
