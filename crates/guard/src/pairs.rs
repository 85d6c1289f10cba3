//! Quoted name/value pairs as serializers print them — JSON
//! (`"acctNumber": "…"`), Python reprs of bind parameters
//! (`'kontonummer_1': '…'`) — and environment entries (`"ACCOUNT_NO=…"`
//! in `docker inspect`, `export ACCOUNT_NO=…`), where the name is a field's
//! name in code rather than a key word: it is read as a column's header is
//! (camel case and `_` split, a parameter's number dropped).

use memchr::memmem;

use crate::{Confidence, Finding, tables};

/// Names longer than this are not field names.
const MAX_NAME: usize = 64;
/// Values longer than this are documents, not values.
const MAX_VALUE: usize = 512;

fn push(text: &str, name: (usize, usize), value: (usize, usize), out: &mut Vec<Finding>) {
    let Some(kind) = tables::field(&text[name.0..name.1]) else {
        return;
    };
    if let Some((k, s, e)) = tables::judge_field(text, value, kind) {
        out.push(Finding {
            kind: k,
            start: s,
            end: e,
            confidence: Confidence::Medium,
        });
    }
}

fn name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')
}

pub(crate) fn scan(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // `": "` or `': '`: one search for the colon and space, the quotes
    // checked around it.
    for colon in memmem::find_iter(b, b": ") {
        if colon == 0 || colon + 2 >= b.len() {
            continue;
        }
        let q = b[colon - 1];
        if !matches!(q, b'"' | b'\'') || b[colon + 2] != q {
            continue;
        }
        let at = colon - 1;
        // The name, back to its opening quote.
        let mut s = at;
        while s > 0 && at - s <= MAX_NAME && name_char(b[s - 1]) {
            s -= 1;
        }
        if s == at || s == 0 || b[s - 1] != q {
            continue;
        }
        let vs = at + 4;
        let Some(len) = memchr::memchr(q, &b[vs..(vs + MAX_VALUE).min(b.len())]) else {
            continue;
        };
        let mut ve = vs + len;
        // A JSON string escapes its quotes inside another string.
        if ve > vs && b[ve - 1] == b'\\' {
            ve -= 1;
        }
        push(text, (s, at), (vs, ve), out);
    }
    // `NAME=value` as an environment entry: the name in capitals, at the
    // start of a quoted string or after `export `.
    for at in memchr::memchr_iter(b'=', b) {
        let mut s = at;
        while s > 0
            && at - s <= MAX_NAME
            && (b[s - 1].is_ascii_uppercase() || b[s - 1].is_ascii_digit() || b[s - 1] == b'_')
        {
            s -= 1;
        }
        if s == at || !b[s].is_ascii_uppercase() {
            continue;
        }
        let entry = s > 0 && b[s - 1] == b'"' || b[..s].ends_with(b"export ");
        if !entry {
            continue;
        }
        let vs = at + 1;
        let mut ve = vs;
        while ve < b.len() && ve - vs < MAX_VALUE && !matches!(b[ve], b'"' | b'\n' | b' ' | b'\r') {
            ve += 1;
        }
        if ve > vs {
            push(text, (s, at), (vs, ve), out);
        }
    }
}
