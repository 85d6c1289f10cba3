//! Credentials that code hands over in an idiom of its language rather
//! than under a key's name.

use crate::context::{Sep, finding, password_value_ok};
use crate::text::{is_placeholder, is_reference};
use crate::{Confidence, Finding, Kind};

/// `ks.load(stream, "s3cret".toCharArray())`, `kmf.init(ks,
/// "pw".toCharArray())`: Java and Kotlin keep passwords as character
/// arrays, and a literal converted to one where a key store or a key
/// manager is opened (or a password is named) on the same line is that
/// password. `at` is where `toCharArray` starts; the literal is read back
/// from the `.` before it.
pub(crate) fn char_array_password(text: &str, b: &[u8], at: usize) -> Option<Finding> {
    if at < 3 || b[at - 1] != b'.' || !matches!(b[at - 2], b'"' | b'\'') {
        return None;
    }
    let q = b[at - 2];
    let close = at - 2;
    let line_start = memchr::memrchr(b'\n', &b[close.saturating_sub(400)..close])
        .map_or(close.saturating_sub(400), |o| {
            close.saturating_sub(400) + o + 1
        });
    let open = memchr::memrchr(q, &b[line_start..close]).map(|o| line_start + o)?;
    let s = open + 1;
    if s >= close || !text.is_char_boundary(s) {
        return None;
    }
    let line_end = memchr::memchr(b'\n', &b[at..(at + 400).min(b.len())])
        .map_or((at + 400).min(b.len()), |o| at + o);
    let line = b[line_start..line_end].to_ascii_lowercase();
    const OPENERS: &[&[u8]] = &[
        b"load(",
        b"getkey(",
        b"setkeyentry(",
        b"init(",
        b"keystore",
        b"keymanager",
        b"trustmanager",
        b".p12",
        b".pfx",
        b".jks",
        b"pkcs12",
        b"password",
        b"passphrase",
        b"storepass",
        b"keypass",
    ];
    if !OPENERS
        .iter()
        .any(|w| memchr::memmem::find(&line, w).is_some())
    {
        return None;
    }
    let v = &text[s..close];
    (password_value_ok(v, Sep::Strong) && !is_placeholder(v) && !is_reference(v))
        .then(|| finding(Kind::Password, s, close, Confidence::High))
        .flatten()
}
