//! "- Redis: svc_app / Gufo!Nero_88": a list of accounts, one an item,
//! each a service's name, a colon, then its user and password joined by
//! ` / `. The item's shape says it is a login without a word about
//! signing in; the pair is judged as `context::user_pass` judges one.

use crate::Finding;

/// `slashes` are the starts of ` / ` in `text` (a landmark).
pub(crate) fn scan(text: &str, slashes: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut last_line = usize::MAX;
    for &p in slashes {
        // The user: the word right before ` / `, right after `: `.
        let lo = p.saturating_sub(96);
        let Some(colon) = memchr::memrchr(b' ', &b[lo..p]).map(|o| lo + o) else {
            continue;
        };
        if colon == 0 || b[colon - 1] != b':' || colon + 1 >= p {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &b[lo..colon])
            .map_or(if lo == 0 { 0 } else { usize::MAX }, |o| lo + o + 1);
        // One pair a line, and the line's start within reach.
        if line_start == usize::MAX
            || line_start == last_line
            || !list_item(&b[line_start..colon - 1])
        {
            continue;
        }
        last_line = line_start;
        if let Some(f) = crate::context::user_pass(text, b, colon).finding {
            out.push(f);
        }
    }
}

/// A list item's start: spaces, then `-`, `*`, `•`, `->`, `→` or a
/// number with `.` or `)`, then a space; the rest (a service's name)
/// holds no `/` and no second colon.
fn list_item(head: &[u8]) -> bool {
    let h = &head[head.iter().take_while(|c| **c == b' ').count()..];
    let rest = if let Some(r) = h
        .strip_prefix(b"->")
        .or_else(|| h.strip_prefix("→".as_bytes()))
        .or_else(|| h.strip_prefix("•".as_bytes()))
        .or_else(|| h.strip_prefix(b"-"))
        .or_else(|| h.strip_prefix(b"*"))
    {
        r
    } else {
        let n = h.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || n > 2 || !matches!(h.get(n), Some(b'.' | b')')) {
            return false;
        }
        &h[n + 1..]
    };
    rest.first() == Some(&b' ') && !rest.contains(&b':') && !rest.contains(&b'/')
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_listed_login_is_a_password() {
        let t = "Accounts:\n- Redis: svc_app / Gufo!Nero_88\n- wiki: read-only\n";
        assert_eq!(found(t), ["Gufo!Nero_88"]);
    }

    #[test]
    fn a_listed_path_or_ratio_is_none() {
        let t = "- Route: Milano / Roma\n- Score: 12 / 20\n- Build: main / 2026-01-04\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
    }
}
