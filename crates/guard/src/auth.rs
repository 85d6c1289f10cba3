//! Credentials in authentication syntax: `Bearer <token>`, `Basic
//! base64(id:secret)`, `Authorization: <scheme> <value>`, and curl's
//! `-u id:secret`.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};

use crate::Confidence;
use crate::Kind;
use crate::context::{Outcome, Sep, finding, refine, separator};
use crate::text::{is_placeholder, is_reference, looks_like_token};
use crate::value::{
    MAX_VALUE, QuoteMemo, Read, floor_boundary, read_value, skip_spaces, starts_with_ci,
    trim_prose_end,
};

pub(crate) fn bearer(text: &str, b: &[u8], key_end: usize, memo: &mut QuoteMemo) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    // `.bearer_auth("…")`, `AuthenticationHeaderValue("Bearer", "…")`: the
    // token as the call's (next) string argument.
    let mut k = key_end;
    if matches!(b.get(k), Some(b'"' | b'\'')) {
        k = skip_spaces(b, k + 1);
        if b.get(k) == Some(&b',') {
            k = skip_spaces(b, k + 1);
        }
    } else if b.get(k) == Some(&b'(') {
        k += 1;
    }
    if k > key_end {
        if !matches!(b.get(k), Some(b'"' | b'\'')) {
            return none;
        }
        let (s, e, _) = read_value(b, k, Read::Token, memo);
        let value = &text[s..e];
        return if looks_like_token(value, 16) && !is_reference(value) {
            Outcome {
                finding: finding(refine(Kind::AccessToken, value), s, e, Confidence::High),
                scanned_to: e,
            }
        } else {
            none
        };
    }
    // A remark in parentheses before the token: only a value no word
    // looks like counts after it.
    if let Some(v) = crate::prose::past_remark(b, key_end) {
        let (s, e, _) = read_value(b, v, Read::Token, memo);
        let value = &text[s..e];
        return if looks_like_token(value, 16)
            && !is_reference(value)
            && !crate::context::is_id(value.as_bytes())
        {
            Outcome {
                finding: finding(refine(Kind::AccessToken, value), s, e, Confidence::Medium),
                scanned_to: e,
            }
        } else {
            none
        };
    }
    let vstart = skip_spaces(b, key_end);
    if vstart == key_end {
        return none;
    }
    let (s, e, _) = read_value(b, vstart, Read::Token, memo);
    let e = trim_prose_end(b, s, past_url_escapes(b, e));
    let value = &text[s..e];
    // `"Bearer " + tok.AccessToken`: code building the header.
    let plain = value.replace('%', "");
    if looks_like_token(&plain, 8)
        && !value.starts_with('+')
        && !is_reference(value)
        && !next_field_label(b, value, e)
    {
        Outcome {
            finding: finding(refine(Kind::AccessToken, value), s, e, Confidence::High),
            scanned_to: e,
        }
    } else if let Some((vs, ve)) = crate::assigned::value_at(text, vstart)
        && looks_like_token(&text[vs..ve].replace('%', ""), 16)
        && !is_reference(&text[vs..ve])
        && !is_placeholder(&text[vs..ve])
    {
        // `Bearer $tok`: the token is what `$tok` was set to.
        Outcome {
            finding: finding(
                refine(Kind::AccessToken, &text[vs..ve]),
                vs,
                ve,
                Confidence::Medium,
            ),
            scanned_to: e.max(vstart),
        }
    } else {
        none
    }
}

/// `TokenType:Bearer RefreshToken:…` (Go's `%+v`, a struct printed as
/// `Name:value` fields): a name glued to `:` and a value after `Bearer`
/// is the next field's label, and `Bearer` was a value itself.
fn next_field_label(b: &[u8], value: &str, e: usize) -> bool {
    b.get(e) == Some(&b':')
        && b.get(e + 1).is_some_and(|c| !c.is_ascii_whitespace())
        && value.starts_with(|c: char| c.is_ascii_alphabetic())
        && value
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// `Bearer s%3Af65k…`: a token copied URL-encoded (a signed session
/// cookie's `s:` written `s%3A`) goes on past each `%XX` escape and the
/// token characters after it. Returns where the value ends.
fn past_url_escapes(b: &[u8], mut e: usize) -> usize {
    let start = e;
    while e - start < MAX_VALUE
        && b.get(e) == Some(&b'%')
        && b.get(e + 1).is_some_and(u8::is_ascii_hexdigit)
        && b.get(e + 2).is_some_and(u8::is_ascii_hexdigit)
    {
        e += 3;
        while e < b.len() && e - start < MAX_VALUE && crate::text::is_token_char(b[e]) {
            e += 1;
        }
    }
    e
}

/// `Basic base64(id:secret)`: only when it decodes to printable `id:secret`.
/// `6E4D2213:BFB1`, `3f2a9c10:0042`: two groups of hex digits joined by a
/// colon, the second short, is an error or incident id (a code and its
/// offset), not an id and its secret.
fn hex_id_pair(id: &str, secret: &str) -> bool {
    let hex = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_hexdigit());
    hex(id) && hex(secret) && id.len() >= 4 && secret.len() <= 8
}

/// `2023-04-05 10:11:12 UTC`: a date and a clock time (digits on both
/// sides of the colon, a space before it) is no `id:secret`.
fn clock_time(id: &str, secret: &str) -> bool {
    id.contains(' ')
        && id.ends_with(|c: char| c.is_ascii_digit())
        && secret.starts_with(|c: char| c.is_ascii_digit())
}

pub(crate) fn basic_credentials(value: &str) -> bool {
    let decoded = STANDARD
        .decode(value)
        .or_else(|_| STANDARD_NO_PAD.decode(value.trim_end_matches('=')));
    let Ok(raw) = decoded else {
        return false;
    };
    let Ok(s) = String::from_utf8(raw) else {
        return false;
    };
    match s.split_once(':') {
        Some((id, secret)) => {
            // `{"page":5,"limit":100}`: base64 of JSON (a cursor, a
            // context header) has colons but no user id.
            !id.is_empty()
                && !id.contains(['{', '[', '"'])
                && !secret.is_empty()
                && s.chars().all(|c| !c.is_control())
                && !is_placeholder(secret)
                && !hex_id_pair(id, secret)
                && !clock_time(id, secret)
        }
        None => false,
    }
}

pub(crate) fn basic(text: &str, b: &[u8], key_end: usize) -> Outcome {
    let vstart = skip_spaces(b, key_end);
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if vstart == key_end {
        // `basic.auth.user.info=id:secret`: a dotted setting's name that
        // starts with the word, its pair glued after `=`.
        if b.get(key_end) == Some(&b'.')
            && let Some((s, e)) = pair_on_the_line(text, b, key_end)
        {
            return Outcome {
                finding: finding(Kind::ClientSecret, s, e, Confidence::High),
                scanned_to: e,
            };
        }
        return none;
    }
    let mut e = vstart;
    while e < b.len()
        && e - vstart < MAX_VALUE
        && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'+' | b'/' | b'='))
    {
        e += 1;
    }
    if e - vstart >= 8 && basic_credentials(&text[vstart..e]) {
        return Outcome {
            finding: finding(Kind::ClientSecret, vstart, e, Confidence::High),
            scanned_to: e,
        };
    }
    if let Some((s, e)) = pair_on_the_line(text, b, key_end) {
        return Outcome {
            finding: finding(Kind::ClientSecret, s, e, Confidence::High),
            scanned_to: e,
        };
    }
    // A table's "Basic (user:pass) | id:secret" or "Basic (base64) |
    // blob": the next cell on the same line.
    let lim = (key_end + 120).min(b.len());
    let Some(cell) = b[key_end..lim]
        .iter()
        .position(|&c| matches!(c, b'|' | b'\t' | b'\n'))
        .map(|o| key_end + o)
        .filter(|&c| b[c] != b'\n')
    else {
        return none;
    };
    let s = skip_spaces(b, cell + 1);
    let mut e = s;
    while e < b.len() && e - s < MAX_VALUE && !b[e].is_ascii_whitespace() && b[e] != b'|' {
        e += 1;
    }
    let e = floor_boundary(b, e);
    let v = &text[s..e];
    if (v.len() >= 8 && basic_credentials(v)) || credential_pair(v) {
        return Outcome {
            finding: finding(Kind::ClientSecret, s, e, Confidence::High),
            scanned_to: e,
        };
    }
    none
}

/// "Basic Auth = id:secret", "basic creds (id:secret) id:secret": the
/// `id:secret` pair written out a few words after "Basic", on its line
/// (within 120 bytes). Each word is judged as a pair (`credential_pair`:
/// a time, a URL, `id:secret` itself are none).
fn pair_on_the_line(text: &str, b: &[u8], key_end: usize) -> Option<(usize, usize)> {
    let lim = (key_end + 120).min(b.len());
    let lim = memchr::memchr(b'\n', &b[key_end..lim]).map_or(lim, |o| key_end + o);
    let delim = |c: u8| {
        c.is_ascii_whitespace()
            || matches!(c, b'"' | b'\'' | b'`' | b'(' | b')' | b',' | b'<' | b'>')
    };
    let mut i = key_end;
    while i < lim {
        // `<base64 di client_id:client_secret>`: what angle brackets hold
        // is a placeholder.
        if b[i] == b'<' {
            i = memchr::memchr(b'>', &b[i..lim]).map_or(lim, |o| i + o + 1);
            continue;
        }
        if delim(b[i]) {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && i - s < 300 && !delim(b[i]) {
            i += 1;
        }
        let e = floor_boundary(b, i);
        // `basic.auth.user.info=id:secret`: the rest of a dotted key glued
        // to its value by `=` is the key's, not the pair's.
        let s = glued_key_end(b, s, e);
        if s < e && b[s..e].contains(&b':') && credential_pair(&text[s..e]) {
            return Some((s, e));
        }
    }
    None
}

/// After the last `=` that stands before the first `:` of `b[s..e]`, when
/// what precedes it is a key's name (letters, digits, `.`, `_`, `-`).
#[inline(never)]
fn glued_key_end(b: &[u8], s: usize, e: usize) -> usize {
    let w = &b[s..e];
    let colon = memchr::memchr(b':', w).unwrap_or(w.len());
    match memchr::memrchr(b'=', &w[..colon]) {
        Some(eq)
            if eq > 0
                && w[..eq]
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-')) =>
        {
            s + eq + 1
        }
        _ => s,
    }
}

/// "client creds (id:secret) kiosk-fleet:9bcd…", "credenziali client
/// (user:pass) …": a credentials word, at most one more word, then a
/// parenthesis that gives the pair's format (two names joined by a colon)
/// announces the pair written right after it. The pair is judged as one
/// (`credential_pair`), on the key's line, within 120 bytes.
#[inline(never)]
pub(crate) fn format_noted_pair(text: &str, b: &[u8], key_end: usize) -> Option<(usize, usize)> {
    let lim = (key_end + 120).min(b.len());
    let line = &b[key_end..lim];
    let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
    let open = memchr::memchr(b'(', line)?;
    // Up to one word between the key and the parenthesis.
    if line[..open]
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
        .count()
        > 1
        || line[..open]
            .iter()
            .any(|c| !(c.is_ascii_alphabetic() || *c == b' '))
    {
        return None;
    }
    let close = open + memchr::memchr(b')', &line[open..])?;
    let note = &line[open + 1..close];
    let name = |w: &[u8]| {
        !w.is_empty() && w.iter().all(|c| c.is_ascii_alphabetic() || *c == b'_') && w.len() <= 16
    };
    let colon = memchr::memchr(b':', note)?;
    if !(name(&note[..colon]) && name(&note[colon + 1..])) {
        return None;
    }
    let s = key_end + close + 1;
    let s = s + b[s..].iter().take_while(|c| **c == b' ').count();
    let mut e = s;
    while e < key_end + line.len() && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    let e = floor_boundary(b, e);
    let v = text[s..e].trim_end_matches(['.', ',', ';']);
    let e = s + v.len();
    (s < e && credential_pair(v)).then_some((s, e))
}

/// `id:secret` written out: an id of three or more id characters, a colon,
/// and a secret of six or more that no word looks like (digits, symbols or
/// mixed case), not a placeholder, reference, URL or time.
/// `2TP6i7gX4aYJ9d+1fUArU4Nv/rznmKoAXcH…`: a generated secret in base64
/// holds `/` as any other character; a path or an address does not come
/// as one long run of the base64 alphabet with all three character
/// classes and no `//`.
#[inline(never)]
fn base64_secret(secret: &str) -> bool {
    let sh = crate::text::shape(secret);
    secret.len() >= 24
        && !secret.starts_with('/')
        && !secret.contains("//")
        && secret
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
        && sh.upper > 0
        && sh.lower > 0
        && sh.digits > 0
}

pub(crate) fn credential_pair(v: &str) -> bool {
    let Some((id, secret)) = v.split_once(':') else {
        return false;
    };
    let id_ok = id.len() >= 3
        && id
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'@'))
        && id.bytes().any(|c| c.is_ascii_alphabetic());
    let sh = crate::text::shape(secret);
    let symbols = secret
        .bytes()
        .filter(|c| c.is_ascii_punctuation() && !matches!(c, b'-' | b'.' | b'_'))
        .count();
    id_ok
        && !secret.starts_with(':')
        && (6..=256).contains(&secret.len())
        && !secret.contains(' ')
        && (!secret.contains('/') || base64_secret(secret))
        && sh.upper + sh.lower > 0
        && (sh.digits > 0 || symbols > 0 || crate::text::mixed_case(secret))
        && !is_placeholder(secret)
        && !is_placeholder(id)
        && !is_reference(secret)
        && !secret.starts_with('$')
}

/// A quoted `id:secret` literal on the line of a base64 encoding (or the
/// line before it): `echo -n 'id:secret' | base64`,
/// `Buffer.from('id:secret').toString('base64')`, `$pair = "id:secret"`
/// then `ToBase64String(…$pair)`. `at` is where "base64" or "btoa" was
/// found.
pub(crate) fn encoded_pair(text: &str, b: &[u8], at: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: at,
    };
    let line_start = memchr::memrchr(b'\n', &b[at.saturating_sub(400)..at])
        .map_or(at.saturating_sub(400), |o| at.saturating_sub(400) + o + 1);
    let prev_start = if line_start > 0 {
        let lo = line_start.saturating_sub(300);
        memchr::memrchr(b'\n', &b[lo..line_start - 1]).map_or(lo, |o| lo + o + 1)
    } else {
        line_start
    };
    // `btoa("id:secret")`, `base64.b64encode(b"id:secret")`: the literal
    // may follow the call on its line too.
    let line_end = memchr::memchr(b'\n', &b[at..(at + 300).min(b.len())])
        .map_or((at + 300).min(b.len()), |o| at + o);
    let mut i = prev_start;
    while i < line_end {
        let q = b[i];
        if q != b'"' && q != b'\'' {
            i += 1;
            continue;
        }
        let s = i + 1;
        let lim = (s + 300).min(b.len());
        let Some(e) = b[s..lim]
            .iter()
            .position(|&c| c == q || c == b'\n')
            .map(|o| s + o)
        else {
            return none;
        };
        if b[e] == q {
            let v = &text[s..e];
            if credential_pair(v) {
                return Outcome {
                    finding: finding(Kind::ClientSecret, s, e, Confidence::High),
                    scanned_to: at,
                };
            }
        }
        i = e + 1;
    }
    none
}

/// `auth: <base64>`, `$b64 = "<base64>"`, `.auth = ("id", "secret")`:
/// a value that decodes to `id:secret`, or the second string of a pair.
pub(crate) fn basic_value(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
    memo: &mut QuoteMemo,
) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    // `red:auth("…")`, `authenticate("id", "…")`.
    if b.get(key_end) == Some(&b'(')
        && let Some(f) = crate::calls::auth_call(text, b, key_start)
    {
        return Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    if let Some(o) = prompt_auth(text, b, key_start, key_end) {
        return o;
    }
    let Some((Sep::Strong, mut v)) = separator(b, key_start, key_end) else {
        return none;
    };
    if b[key_end..v].contains(&b'(') || b.get(v) == Some(&b'(') {
        // `("id", "secret")`: the second string.
        let lim = (v + 300).min(b.len());
        let mut strings = 0;
        let mut i = v;
        while i < lim && b[i] != b')' && b[i] != b'\n' {
            if matches!(b[i], b'"' | b'\'') {
                let (s, e, closed) = read_value(b, i, Read::Free, memo);
                if !closed {
                    return none;
                }
                strings += 1;
                let val = &text[s..e];
                let sh = crate::text::shape(val);
                if strings == 2
                    && val.len() >= 8
                    && !is_placeholder(val)
                    && !is_reference(val)
                    && (sh.digits > 0 || crate::text::mixed_case(val))
                {
                    return Outcome {
                        finding: finding(Kind::ClientSecret, s, e, Confidence::High),
                        scanned_to: e,
                    };
                }
                i = e + 1;
                continue;
            }
            i += 1;
        }
        return none;
    }
    if let Some(&q) = b.get(v).filter(|&&q| q == b'"' || q == b'\'') {
        // `auth: "ops:S3cret!"`: the pair itself, quoted, as Basic
        // credentials are kept before they are encoded.
        let (s, e, closed) = read_value(b, v, Read::Free, memo);
        if closed && b.get(e) == Some(&q) && credential_pair(&text[s..e]) {
            return Outcome {
                finding: finding(Kind::ClientSecret, s, e, Confidence::High),
                scanned_to: e,
            };
        }
        v += 1;
    }
    let mut e = v;
    while e < b.len()
        && e - v < MAX_VALUE
        && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'+' | b'/' | b'='))
    {
        e += 1;
    }
    if e - v >= 16 && basic_credentials(&text[v..e]) {
        return Outcome {
            finding: finding(Kind::ClientSecret, v, e, Confidence::High),
            scanned_to: e,
        };
    }
    none
}

/// `Authorization: <value>` with a scheme other than Bearer/Basic (those
/// have their own triggers) or with no scheme at all.
pub(crate) fn authorization(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
    memo: &mut QuoteMemo,
) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    let Some((Sep::Strong, mut vstart)) = separator(b, key_start, key_end) else {
        return none;
    };
    if vstart < b.len() && (b[vstart] == b'"' || b[vstart] == b'\'') {
        vstart += 1;
    }
    for scheme in [
        &b"bearer"[..],
        b"basic",
        b"digest",
        b"negotiate",
        b"aws4-hmac-sha256",
    ] {
        if starts_with_ci(b, vstart, scheme) {
            return none;
        }
    }
    // `Authorization: OAuth <token>`: the scheme Statuspage and older
    // OAuth 1.0 / GitHub clients send a bare access token under.
    for scheme in [
        &b"token"[..],
        b"apikey",
        b"api-key",
        b"sso-key",
        b"key",
        b"oauth",
    ] {
        if starts_with_ci(b, vstart, scheme) && b.get(vstart + scheme.len()) == Some(&b' ') {
            vstart = skip_spaces(b, vstart + scheme.len());
            break;
        }
    }
    let (s, e, _) = read_value(b, vstart, Read::Token, memo);
    let value = &text[s..e];
    if looks_like_token(value, 16) {
        Outcome {
            finding: finding(refine(Kind::AccessToken, value), s, e, Confidence::High),
            scanned_to: e,
        }
    } else {
        none
    }
}

/// `curl -u id:secret` / `--user id:secret`: the pair.
/// The line before `at` runs HTTPie: its command word `http` or `https`
/// (after a prompt's `$ ` or at the line's start).
fn httpie_line(b: &[u8], at: usize) -> bool {
    let line = command_line(b, at);
    line.starts_with(b"http ") || line.starts_with(b"https ")
}

/// The command typed on `at`'s line, before `at` (a `$ ` prompt and
/// indentation skipped; 200 bytes at most).
fn command_line(b: &[u8], at: usize) -> &[u8] {
    let lo = at.saturating_sub(200);
    let ls = memchr::memrchr(b'\n', &b[lo..at]).map_or(lo, |p| lo + p + 1);
    let mut line = &b[ls..at];
    if line.first() == Some(&b'>') {
        line = past_quote_marks(line);
    }
    let line = line.strip_prefix(b"$ ").unwrap_or(line);
    // `+ cmd …`: the shell's trace (`set -x`) of a command it ran.
    let line = line.strip_prefix(b"+ ").unwrap_or(line);
    past_history_entry(line.trim_ascii_start())
}

/// A quoted mail's `> ` marks (any depth) before a command. Kept out of
/// line: inlined into `command_line`, it changed how the crate's hot
/// digit pass was compiled (+3.5 % instructions on the mixed probe),
/// though it runs only on lines that start with `>`.
#[inline(never)]
fn past_quote_marks(mut line: &[u8]) -> &[u8] {
    while let Some(rest) = line.strip_prefix(b">") {
        line = rest.trim_ascii_start();
    }
    line
}

/// A shell history's entry, the command after what the history adds:
/// zsh's `: 1764…:0;` (time and duration), fish's `- cmd: `, and the
/// entry number `history` prints (`  311  `).
fn past_history_entry(line: &[u8]) -> &[u8] {
    if let Some(rest) = line.strip_prefix(b"- cmd: ") {
        return rest.trim_ascii_start();
    }
    if let Some(rest) = line.strip_prefix(b": ")
        && let Some(semi) = rest.iter().position(|&c| c == b';')
        && rest[..semi]
            .iter()
            .all(|&c| c.is_ascii_digit() || c == b':')
    {
        return &rest[semi + 1..];
    }
    let digits = line.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && line.get(digits..digits + 2) == Some(b"  ") {
        return line[digits..].trim_ascii_start();
    }
    line
}

pub(crate) fn curl_user(text: &str, b: &[u8], key_start: usize, key_end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if key_start > 0 && !b[key_start - 1].is_ascii_whitespace() {
        return none;
    }
    // `-a` and `--auth` are HTTPie's (`http -a id:secret POST …`); other
    // commands use `-a` for anything (`ls -a`, `git commit -a`).
    let flag = &b[key_start..key_end];
    // `redis-cli -h host -a S3cret ping`: Redis's client takes the
    // server's password after `-a`.
    if flag == b"-a" && command_line(b, key_start).starts_with(b"redis-cli ") {
        let v = skip_spaces(b, key_end);
        let lim = (v + 256).min(b.len());
        let e = v + b[v..lim]
            .iter()
            .take_while(|c| !c.is_ascii_whitespace())
            .count();
        let e = floor_boundary(b, e);
        let value = text[v..e].trim_matches(['"', '\'']);
        let s = v + text[v..e].find(value).unwrap_or(0);
        if v < e && crate::context::password_value_ok(value, Sep::Strong) && !is_reference(value) {
            return Outcome {
                finding: finding(Kind::Password, s, s + value.len(), Confidence::High),
                scanned_to: e,
            };
        }
        return none;
    }
    if (flag == b"-a" || flag.eq_ignore_ascii_case(b"--auth")) && !httpie_line(b, key_start) {
        return none;
    }
    // `lftp -u user,password`: lftp joins the login with a comma.
    if flag == b"-u"
        && command_line(b, key_start).starts_with(b"lftp ")
        && let Some(o) = lftp_password(text, b, key_end)
    {
        return o;
    }
    let Some(&next) = b.get(key_end) else {
        return none;
    };
    if next != b' ' && next != b'=' && next != b'\t' {
        return none;
    }
    let mut v = skip_spaces(b, key_end + 1);
    let mut quote = None;
    if v < b.len() && (b[v] == b'"' || b[v] == b'\'') {
        quote = Some(b[v]);
        v += 1;
    }
    let limit = (v + 1024).min(b.len());
    let mut e = v;
    while e < limit && !b[e].is_ascii_whitespace() && Some(b[e]) != quote {
        e += 1;
    }
    let e = floor_boundary(b, e);
    let cred = &text[v..e];
    let Some((id, secret)) = cred.split_once(':') else {
        return none;
    };
    // `-u 98035422-…-afa0d713a7d5:`: an API key sent as the Basic login's
    // user with an empty password, as several APIs take theirs (Companies
    // House, Stripe); the key is the user. Only a value no name is: a
    // UUID or a long random run.
    if secret.is_empty() && key_as_user(id) {
        return Outcome {
            finding: finding(Kind::VendorKey, v, v + id.len(), Confidence::High),
            scanned_to: e,
        };
    }
    // `id:process.env.CLIENT_SECRET`: where the secret is read from.
    if id.is_empty()
        || secret.is_empty()
        || is_placeholder(secret)
        || is_placeholder(id)
        || is_reference(secret)
    {
        return none;
    }
    // The whole `id:secret` pair is the credential: HTTP Basic sends
    // both, and the id tells which client the secret opens.
    Outcome {
        finding: finding(refine(Kind::ClientSecret, secret), v, e, Confidence::High),
        scanned_to: e,
    }
}

/// A Basic login's user that is an API key: a UUID, or 20 to 128
/// letters, digits, `_` and `-` mixing both cases and digits.
fn key_as_user(id: &str) -> bool {
    let b = id.as_bytes();
    if crate::context::is_uuid(b) {
        return true;
    }
    let sh = crate::text::shape(id);
    (20..=128).contains(&b.len())
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
        && sh.upper >= 2
        && sh.lower >= 2
        && sh.digits >= 2
        && !is_placeholder(id)
}

/// After lftp's `-u `: `user,password` (the password quoted or up to the
/// next space); the password is found.
fn lftp_password(text: &str, b: &[u8], key_end: usize) -> Option<Outcome> {
    let v = skip_spaces(b, key_end);
    let lim = (v + 256).min(b.len());
    let comma = v + b[v..lim]
        .iter()
        .position(|&c| c == b',' || c.is_ascii_whitespace())?;
    if b[comma] != b',' || comma == v {
        return None;
    }
    let mut s = comma + 1;
    let e = if matches!(b.get(s), Some(b'"' | b'\'')) {
        let q = b[s];
        s += 1;
        s + memchr::memchr(q, &b[s..lim])?
    } else {
        s + b[s..lim]
            .iter()
            .take_while(|c| !c.is_ascii_whitespace())
            .count()
    };
    let e = floor_boundary(b, e);
    let value = text.get(s..e)?;
    (s < e
        && !value.starts_with('$')
        && crate::context::password_value_ok(value, Sep::Strong)
        && !is_reference(value))
    .then(|| Outcome {
        finding: finding(Kind::Password, s, e, Confidence::High),
        scanned_to: e,
    })
}

/// `127.0.0.1:6379> AUTH <password>`, `redis> AUTH <user> <password>`: the
/// command typed at a client's prompt; its last argument is the password.
fn prompt_auth(text: &str, b: &[u8], key_start: usize, key_end: usize) -> Option<Outcome> {
    if &b[key_start..key_end] != b"AUTH" || key_start < 2 || b.get(key_end) != Some(&b' ') {
        return None;
    }
    let mut k = key_start;
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    if k == key_start || k == 0 || b[k - 1] != b'>' {
        return None;
    }
    // Bounded: a prompt's command is short.
    let lim = (key_end + 512).min(b.len());
    let line_end = memchr::memchr(b'\n', &b[key_end..lim]).map_or(lim, |p| key_end + p);
    let line_end = if line_end > key_end && b[line_end - 1] == b'\r' {
        line_end - 1
    } else {
        line_end
    };
    let args: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut i = key_end;
        while i < line_end && v.len() < 3 {
            while i < line_end && b[i] == b' ' {
                i += 1;
            }
            let s = i;
            while i < line_end && b[i] != b' ' {
                i += 1;
            }
            if i > s {
                v.push((s, i));
            }
        }
        v
    };
    if !(1..=2).contains(&args.len()) {
        return None;
    }
    let (mut s, mut e) = args[args.len() - 1];
    if e - s >= 2 && matches!(b[s], b'"' | b'\'') && b[e - 1] == b[s] {
        s += 1;
        e -= 1;
    }
    let value = &text[s..e];
    (crate::context::password_value_ok(value, Sep::Strong) && !is_reference(value)).then(|| {
        Outcome {
            finding: finding(Kind::Password, s, e, Confidence::High),
            scanned_to: e,
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::{Kind, scan};

    #[test]
    fn a_basic_auth_key_glued_to_its_pair() {
        let t = "basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=QX7KD2M4PLW9RZ3T:v8Hj2kLp+Qw9Zx4nRt6Yb/Mc3Vd7Fg1S\n";
        assert_eq!(
            crate::found_as(t, Kind::ClientSecret),
            ["QX7KD2M4PLW9RZ3T:v8Hj2kLp+Qw9Zx4nRt6Yb/Mc3Vd7Fg1S"]
        );
        // A setting glued to a time or an address is no pair.
        let t = "basic.auth.window=10:30\nbasic.auth.url=https://registry.example.com\n";
        assert!(crate::found_as(t, Kind::ClientSecret).is_empty());
    }

    #[test]
    fn a_pair_after_a_note_of_its_format() {
        let t = "client creds (id:secret) kiosk-fleet:9bcde40893d3a73dde321ee0cae03ded\n";
        assert_eq!(
            crate::found(t),
            ["kiosk-fleet:9bcde40893d3a73dde321ee0cae03ded"]
        );
        let t = "credenziali client (id:secret) driver-app:P5egCKk8KjDM49kGhVYrBAj5hGDX";
        assert_eq!(crate::found(t), ["driver-app:P5egCKk8KjDM49kGhVYrBAj5hGDX"]);
        // A time after the note is no pair.
        assert!(scan("creds (id:secret) at 10:30 tomorrow").is_empty());
    }

    #[test]
    fn a_command_quoted_in_a_reply() {
        let t = "> > redis-cli -h cache.internal -a 'Quercia+71' ping\n";
        assert_eq!(crate::found(t), ["Quercia+71"]);
    }

    #[test]
    fn a_quoted_pair_under_auth_is_basic_credentials() {
        let t = "  upstream.auth: \"relay:Quercia+71\"\n";
        assert_eq!(crate::found(t), ["relay:Quercia+71"]);
        assert!(crate::scan("  upstream.auth: \"oauth2:required\"\n").is_empty());
    }

    #[test]
    fn the_oauth_scheme_carries_a_bare_token() {
        let t = "-H \"Authorization: OAuth Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5\"";
        assert_eq!(crate::found(t), ["Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5"]);
    }

    #[test]
    fn lftp_joins_its_login_with_a_comma() {
        let t = "+ lftp -u uploader,'Kq7!marsh 20' sftp://files.example.net -e 'ls'";
        assert_eq!(crate::found(t), ["Kq7!marsh 20"]);
        // A variable holds the password elsewhere.
        assert!(scan("lftp -u uploader,\"$FTP_PASS\" sftp://files.example.net").is_empty());
    }

    #[test]
    fn a_remark_between_bearer_and_its_token() {
        let t = "Bearer (valid for an hour, they said) Qm7xT2vLk9RpZ4wN8cY1bF3h";
        let found: Vec<_> = scan(t)
            .into_iter()
            .filter(|f| f.kind == Kind::AccessToken)
            .map(|f| &t[f.start..f.end])
            .collect();
        assert_eq!(found, ["Qm7xT2vLk9RpZ4wN8cY1bF3h"]);
        // After a remark only a token-shaped value counts.
        assert!(scan("the bearer (not the basic one) header is missing").is_empty());
    }

    #[test]
    fn a_bearer_token_copied_url_encoded() {
        let t = "Authorization: Bearer s%3AqT7vLm2ZrW.k9Xc4Hd8Np3Rb6Yf1Gs5Jt0";
        assert_eq!(crate::found(t), ["s%3AqT7vLm2ZrW.k9Xc4Hd8Np3Rb6Yf1Gs5Jt0"]);
        // A percentage after the word is no escape.
        assert!(crate::found("Bearer 100% of the calls fail").is_empty());
    }

    #[test]
    fn a_hex_error_id_pair_or_a_time_is_no_basic_credential() {
        assert!(!super::basic_credentials("QTFCMkMzRDQ6MDBGRg=="));
        assert!(!super::basic_credentials(
            "MjAyMy0wNC0wNSAxMDoxMToxMiBVVEM="
        ));
        assert!(super::basic_credentials("b3BzLWJvdDpHaXJhc29sZSE4ODEy"));
    }

    #[test]
    fn a_bearer_variable_is_the_value_assigned_to_it() {
        let t = "$ AUTH=Hq3vN8zLw2RxT5mYk7Pc4Bd9\n$ curl -H \"Authorization: Bearer $AUTH\" https://api.example.net/v2/me";
        assert_eq!(crate::found(t), ["Hq3vN8zLw2RxT5mYk7Pc4Bd9"]);
        // A variable set from a command or a placeholder holds no value here.
        let t = "$ AUTH=$(cat ~/.token)\n$ curl -H \"Authorization: Bearer $AUTH\" https://api.example.net";
        assert!(crate::found(t).is_empty());
        let t =
            "PS> $jwt = \"<paste-token>\"\nPS> iwr -Headers @{ Authorization = \"Bearer $jwt\" }";
        assert!(crate::found(t).is_empty());
    }

    #[test]
    fn a_field_label_after_bearer_in_a_struct_dump() {
        let t = "resp={Scheme:Bearer IdToken:<nil> Lifetime:900}";
        assert!(crate::found(t).is_empty());
        let t = "sess=&{Kind:Bearer SessionKey:null Ttl:60}";
        assert!(crate::found(t).is_empty());
        // A token after `Bearer` with a colon and a space after it is
        // still the token.
        let t = "Bearer Nq4Tz8Wm2Lk7Rb3Xy6Pc9Hv: it fails";
        assert_eq!(crate::found(t), ["Nq4Tz8Wm2Lk7Rb3Xy6Pc9Hv"]);
    }

    #[test]
    fn a_bearer_named_as_a_tables_field() {
        let t = "| field | value |\n|---|---|\n| bearer | Zq8Lm3Xv7Tp2Rk9Wn4Yc6Hb1 |\n";
        let found = crate::found(t);
        assert_eq!(found, ["Zq8Lm3Xv7Tp2Rk9Wn4Yc6Hb1"]);
        assert!(crate::scan("| auth | bearer | required |\n").is_empty());
    }

    #[test]
    fn a_redis_clients_password_flag() {
        let t = "$ redis-cli -h 10.1.2.3 -p 6380 -a Vq7mLp2Xz9 ping\nPONG";
        let found = crate::found(t);
        assert_eq!(found, ["Vq7mLp2Xz9"]);
        assert!(crate::scan("$ ls -a /etc/redis").is_empty());
        assert!(crate::scan("$ redis-cli -a $REDIS_PASSWORD ping").is_empty());
        // Commands as a shell's history keeps them.
        for t in [
            ": 1700000000:0;redis-cli -h cache.local -a 'Tq4!mVz8Lp' ping",
            "- cmd: redis-cli -h cache.local -a 'Tq4!mVz8Lp' ping",
            "  42  redis-cli -h cache.local -a 'Tq4!mVz8Lp' ping",
        ] {
            assert_eq!(crate::found(t), ["Tq4!mVz8Lp"], "{t}");
        }
        // `-a` of another command in the history is no password.
        assert!(crate::scan(": 1700000000:0;tar -a -cf out.tar.gz src").is_empty());
    }

    #[test]
    fn a_key_sent_as_the_user_with_no_password() {
        let k = "0f6b2c1e-8d3a-4b7e-9c21-5e4f3a2b1c0d";
        let t = format!("curl -u {k}: https://api.example.gov.uk/company/OC001561\n");
        assert!(crate::has(&t, k), "{t}");
        // A user's name with no password is no key.
        assert!(crate::found("curl -u mario: https://example.com/\n").is_empty());
    }
}
