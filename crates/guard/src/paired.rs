//! A token printed beside its partner: OAuth hands out an access token
//! and a refresh token together, and people paste both as two short
//! lines (`access: …` over `refresh: …`). "access" alone is an ordinary
//! word ("access: denied", "access: 10.0.0.0/8"); next to a refresh
//! token's line, on a line of the same indentation, it names the access
//! token.

use crate::text::{is_placeholder, looks_like_token};
use crate::{Confidence, Finding, Kind};

/// Longest line looked at: a pasted pair is two short lines.
const MAX_LINE: usize = 1024;

/// The access token on the line above or below the refresh key at
/// `key_start`, when that key starts its line.
pub(crate) fn access_beside(text: &str, key_start: usize) -> Option<Finding> {
    let b = text.as_bytes();
    let lo = key_start.saturating_sub(MAX_LINE);
    let ls = match memchr::memrchr(b'\n', &b[lo..key_start]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let lead = &b[ls..key_start];
    let indent_len = lead
        .iter()
        .take_while(|&&c| matches!(c, b' ' | b'\t'))
        .count();
    // `const REFRESH = '…'`: the pair declared as two constants in a
    // script; the same declaration word opens the access token's line.
    let declared = declaration(&lead[indent_len..]);
    if declared.is_none()
        && !lead
            .iter()
            .all(|&c| matches!(c, b' ' | b'\t' | b'"' | b'\''))
    {
        return None;
    }
    let indent = indent_len;
    // The line above.
    if ls >= 1 {
        let above_end = ls - 1;
        let lo = above_end.saturating_sub(MAX_LINE);
        let above_start = memchr::memrchr(b'\n', &b[lo..above_end]).map_or(lo, |p| lo + p + 1);
        if (above_start > 0 || lo == 0)
            && let Some(f) = access_line(text, above_start, above_end, indent, declared)
        {
            return Some(f);
        }
    }
    // The line below.
    let nl = key_start + memchr::memchr(b'\n', &b[key_start..(key_start + MAX_LINE).min(b.len())])?;
    let below_start = nl + 1;
    let hi = (below_start + MAX_LINE).min(b.len());
    let below_end = memchr::memchr(b'\n', &b[below_start..hi]).map_or(hi, |p| below_start + p);
    access_line(text, below_start, below_end, indent, declared)
}

/// Words that declare a variable or a constant in the languages scripts
/// are written in (JavaScript, TypeScript, Rust, Kotlin, Swift, shell).
const DECLARATIONS: &[&[u8]] = &[
    b"const ",
    b"let ",
    b"var ",
    b"val ",
    b"export ",
    b"readonly ",
    b"static ",
    b"final ",
];

/// The declaration word `lead` is made of (`const `), if it is only that.
fn declaration(lead: &[u8]) -> Option<&'static [u8]> {
    DECLARATIONS.iter().copied().find(|d| lead == *d)
}

/// `access: <token>` (or `=`, quoted key or value) on `s..e`, indented by
/// `indent` bytes.
fn access_line(
    text: &str,
    s: usize,
    e: usize,
    indent: usize,
    declared: Option<&[u8]>,
) -> Option<Finding> {
    let b = text.as_bytes();
    let e = if e > s && b[e - 1] == b'\r' { e - 1 } else { e };
    let mut i = s;
    while i < e && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    if i - s != indent {
        return None;
    }
    if let Some(d) = declared {
        if !b[i..e].starts_with(d) {
            return None;
        }
        i += d.len();
    }
    if matches!(b.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    if !b
        .get(i..i + 6)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"access"))
    {
        return None;
    }
    i += 6;
    if matches!(b.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    while i < e && b[i] == b' ' {
        i += 1;
    }
    if !matches!(b.get(i), Some(b':' | b'=')) {
        return None;
    }
    i += 1;
    while i < e && b[i] == b' ' {
        i += 1;
    }
    let mut ve = e;
    // (A statement's `;` closes a declared constant.)
    while ve > i && matches!(b[ve - 1], b' ' | b',' | b'"' | b'\'' | b';') {
        ve -= 1;
    }
    if matches!(b.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    let v = text.get(i..ve)?;
    (looks_like_token(v, 20) && !is_placeholder(v)).then_some(Finding {
        kind: Kind::AccessToken,
        start: i,
        end: ve,
        confidence: Confidence::Medium,
    })
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn an_access_token_over_its_refresh_token() {
        let t = "```\naccess: Xq7vR2mT9pL4kW8zN3bY6cH1dF5gJ0sA\nrefresh: rt_Vb8Nq3Lp7Zx2Mk9Wc4Ty6Rh1Jd5Gs0Fa\n```";
        assert_eq!(
            found(t),
            vec![
                "Xq7vR2mT9pL4kW8zN3bY6cH1dF5gJ0sA",
                "rt_Vb8Nq3Lp7Zx2Mk9Wc4Ty6Rh1Jd5Gs0Fa"
            ]
        );
        // Declared as two constants in a script.
        let t = "const ACCESS = 'Hq4Lm8Zt2Wx6Pc9Rv3Bn7Ks1';\nconst REFRESH = 'Yd5Gf0Ja4Se8Qo2Ui6Tl9Mr3';\n";
        assert_eq!(
            found(t),
            vec!["Hq4Lm8Zt2Wx6Pc9Rv3Bn7Ks1", "Yd5Gf0Ja4Se8Qo2Ui6Tl9Mr3"]
        );
        // A constant named for access control beside no refresh token.
        assert!(
            found("const ACCESS = 'ReadOnlyForAuditors2026';\nconst OWNER = 'team';\n").is_empty()
        );
        // "access" is an ordinary word without its partner.
        assert!(found("access: 10.0.0.0/8\nrefresh: every 5 minutes").is_empty());
        assert!(found("access: ReadOnlyForAuditors2026\nowner: team-payments").is_empty());
    }
}
