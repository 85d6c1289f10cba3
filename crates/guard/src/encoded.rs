//! Values a Kubernetes Secret keeps base64-encoded under its `data` key
//! (`kubectl get secret -o yaml` or `-o json`): each is decoded and read
//! with its key as `key: value` by the whole guard, so a PIN, an account
//! number or a private key is found whatever the encoding hides; what is
//! reported is the encoded value as it stands in the text.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use memchr::memmem;

use crate::{Confidence, Finding};

/// Entries read below one `data` key; a Secret holds a few.
const MAX_ENTRIES: usize = 64;

/// `secret`: the text holds `Secret` (`landmarks`).
pub(crate) fn scan(text: &str, secret: bool, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // Only a Secret's dump: `kind: Secret` or `"kind": "Secret"`.
    if !secret {
        return;
    }
    for at in memmem::find_iter(b, b"data") {
        let after = &b[at + 4..];
        let yaml = after.starts_with(b":\n") || after.starts_with(b":\r\n");
        let json = after.starts_with(b"\": {");
        if !yaml && !json {
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
