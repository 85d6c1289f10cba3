//! Reading a value after its key: quoted or bare, token-shaped or free
//! text, digits with separators. Every read is bounded so hostile input
//! stays linear.

use crate::text::is_token_char;

/// Longest value we look at; bounds the work per trigger on hostile input.
pub(crate) const MAX_VALUE: usize = 4096;

pub(crate) fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

pub(crate) fn starts_with_ci(b: &[u8], at: usize, word: &[u8]) -> bool {
    b.get(at..at + word.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(word))
}

/// What a value may be made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Read {
    /// Passwords: anything up to whitespace or a delimiter.
    Free,
    /// Bare tokens (after "Bearer", or a key with no separator).
    Token,
    /// Token after an explicit key and separator.
    TokenOrColon,
}

/// Remembers where a search for a closing quote failed, so later triggers
/// on the same line do not search the same bytes again (hostile input with
/// thousands of unclosed quotes stays linear).
#[derive(Debug, Default)]
pub(crate) struct QuoteMemo {
    /// Per quote char (`"`, `'`): no closing quote in `from..to`; `newline`
    /// when the search stopped at a line break.
    miss: [(usize, usize, bool); 2],
    /// A search for a value far from its key found nothing before this.
    pub far_miss: usize,
    /// A search for a password in its sentence from `.0` stopped at `.1`
    /// having found nothing: at the sentence's end (`.2`), or at its byte
    /// limit with the last word introducing a value or not (`.3`).
    pub sentence: (usize, usize, bool, bool),
    /// The text was searched for runs of 20+ token characters mixing
    /// upper case, lower case and digits up to `mixed_to`; `mixed_at` is
    /// the start of the last such run found (`usize::MAX`: none), and
    /// `mixed_clear` where the text after which none was found begins.
    mixed_to: usize,
    mixed_clear: usize,
}

impl QuoteMemo {
    /// Whether `from..to` may hold a run of 20+ token characters mixing
    /// upper case, lower case and digits (`context::mixed_run`). A window
    /// inside text already found clear answers at once, and a window
    /// that goes past it is searched only past what is known, so
    /// overlapping windows (keys close together) cost one pass.
    pub(crate) fn mixed_run(&mut self, b: &[u8], from: usize, to: usize) -> bool {
        if from >= self.mixed_clear && to <= self.mixed_to {
            return false;
        }
        // Search from where the known-clear text ends (when the window
        // starts inside it), backing up to the start of the run of token
        // characters that crosses that end.
        let mut s = from;
        if from >= self.mixed_clear && from < self.mixed_to {
            s = self.mixed_to;
            while s > from && crate::text::is_token_char(b[s - 1]) {
                s -= 1;
            }
        }
        let found = crate::context::mixed_run(b, s, to);
        if !found {
            if s > from {
                // The crossing run was read whole: the clear stretch grows.
                self.mixed_to = to;
            } else {
                self.mixed_clear = from;
                self.mixed_to = to;
            }
        }
        found
    }
}

/// A value's bytes: quoted strings up to the closing quote, otherwise up to
/// a delimiter. Returns (start, end, closed by a quote).
pub(crate) fn read_value(
    b: &[u8],
    start: usize,
    mode: Read,
    memo: &mut QuoteMemo,
) -> (usize, usize, bool) {
    let mut start = past_inline_tags(b, start);
    // `b"…"`, `r'…'`: Python's bytes and raw literals (and `u"…"`) hold
    // the same value as a plain string literal; the prefix is no part of it.
    if matches!(b.get(start), Some(b'b' | b'r' | b'u' | b'B' | b'R'))
        && matches!(b.get(start + 1), Some(b'"' | b'\''))
        && (start == 0 || !b[start - 1].is_ascii_alphanumeric())
    {
        start += 1;
    }
    let limit = (start + MAX_VALUE).min(b.len());
    if start < b.len() && (b[start] == b'"' || b[start] == b'\'') {
        let q = b[start];
        let qi = usize::from(q == b'\'');
        let mut i = start + 1;
        let (from, to, newline) = memo.miss[qi];
        let known_miss = i > from && i < to;
        if known_miss && !newline {
            i = to;
        }
        if !(known_miss && newline) {
            while i < limit {
                let c = b[i];
                if c == b'\\' {
                    i += 2;
                    continue;
                }
                if c == q {
                    return (start + 1, i, true);
                }
                if c == b'\n' {
                    memo.miss[qi] = (start, i, true);
                    break;
                }
                i += 1;
            }
            if i >= limit {
                memo.miss[qi] = (start, i.min(b.len()), false);
            }
        }
        // No closing quote: read it as an unquoted value.
        let (s, e, _) = read_value(b, start + 1, mode, memo);
        return (s, e, false);
    }
    // eBay's OAuth tokens (`v^1.1#i^1#p^3#…#t^` and base64) carry `^` and
    // `#` as part of the token.
    let ebay = mode != Read::Free && b[start..limit].starts_with(b"v^1.1#");
    let mut i = start;
    while i < limit {
        let c = b[i];
        if ebay && (c == b'^' || c == b'#') {
            i += 1;
            continue;
        }
        // A value that runs into an earlier redaction is read through it,
        // so it spans the same bytes it did before redaction, and is then
        // rejected as a placeholder.
        if c == b'[' && mode != Read::Free && b[i..].starts_with(b"[REDACTED:") {
            match b[i..limit].iter().position(|&x| x == b']') {
                Some(close) => {
                    i += close + 1;
                    continue;
                }
                None => break,
            }
        }
        // `Maple"19%`: a double quote inside a password, not a string's
        // close (see `inner_quote`).
        if c == b'"'
            && mode == Read::Free
            && let Some(next) = inner_quote(b, start, i)
        {
            i = next;
            continue;
        }
        let stop = match mode {
            Read::Token => !is_token_char(c),
            // Keyed values may be `id:secret` pairs or carry JSON escapes.
            Read::TokenOrColon => {
                !is_token_char(c)
                    && c != b':'
                    && c != b'\\'
                    && !(c == b'%' && b.get(i + 1).is_some_and(u8::is_ascii_hexdigit))
            }
            Read::Free => {
                c.is_ascii_whitespace()
                    || (c == b'&' && next_is_param(b, i + 1) && query_line(b, start))
                    || (c == b'&' && escaped_separator(b, start, i))
                    || (c == b';' && !closes_reference(b, start, i))
                    || matches!(
                        c,
                        b'"' | b'\'' | b'<' | b'>' | b')' | b']' | b'}' | b'|' | b','
                    )
            }
        };
        if stop {
            break;
        }
        i += 1;
    }
    (start, floor_boundary(b, i), false)
}

/// `Maple"19%`, `Maple""19%` (a CSV field doubles it), `Maple\"19%` (a
/// JSON string escapes it): a double quote with a letter or digit right
/// before it and a letter or digit right after it is one of the value's
/// characters. A string the value never opened cannot close there, and a
/// closing quote is followed by a space, a line's end or punctuation
/// (`,`, `}`, `?` in `"password expired"?`), not by a letter or a digit.
/// Returns where the value goes on.
pub(crate) fn inner_quote(b: &[u8], start: usize, q: usize) -> Option<usize> {
    let mut before = q;
    if before > start && b[before - 1] == b'\\' {
        before -= 1;
    }
    if before <= start || !b[before - 1].is_ascii_alphanumeric() {
        return None;
    }
    let mut next = q + 1;
    if b.get(next) == Some(&b'"') {
        next += 1;
    }
    let goes_on = b.get(next).is_some_and(u8::is_ascii_alphanumeric);
    goes_on.then_some(next)
}

/// `<b>`, `<strong>`, `<code>`, `<td>`…: inline HTML tags (at most two)
/// that format a value in a mail's body or a copied page sit before it,
/// not in it (the value then ends at the closing tag's `<`). A tag with
/// attributes or any other name (`<your-token>`) is left to be read.
fn past_inline_tags(b: &[u8], mut at: usize) -> usize {
    const TAGS: &[&[u8]] = &[
        b"<b>",
        b"<strong>",
        b"<i>",
        b"<em>",
        b"<u>",
        b"<code>",
        b"<tt>",
        b"<kbd>",
        b"<mark>",
        b"<span>",
    ];
    // Objective-C's `@"…"` string.
    if b.get(at) == Some(&b'@') && b.get(at + 1) == Some(&b'"') {
        return at + 1;
    }
    for _ in 0..2 {
        if b.get(at) != Some(&b'<') {
            break;
        }
        // Erlang's binary string, `<<"…">>`.
        if b.get(at + 1) == Some(&b'<') && b.get(at + 2) == Some(&b'"') {
            return at + 2;
        }
        match TAGS
            .iter()
            .find(|t| b.len() >= at + t.len() && b[at..at + t.len()].eq_ignore_ascii_case(t))
        {
            Some(t) => at += t.len(),
            None => break,
        }
    }
    at
}

/// The `;` at `semi` closes a markup character reference begun inside
/// the value (`7Dscs&amp;62`, `Pepp&quot;er`, `Mead&#52;`): the reference
/// stands for one character of the value (the normalized view leaves
/// markup's own characters written as references), so it does not end it.
fn closes_reference(b: &[u8], start: usize, semi: usize) -> bool {
    let lo = semi.saturating_sub(7).max(start);
    let Some(amp) = b[lo..semi].iter().rposition(|&c| c == b'&').map(|o| lo + o) else {
        return false;
    };
    let name = &b[amp + 1..semi];
    matches!(name, b"amp" | b"lt" | b"gt" | b"quot" | b"apos")
        || (name.len() >= 2 && name[0] == b'#' && name[1..].iter().all(u8::is_ascii_digit))
}

/// `&name=` ends a value in a query string; a lone `&` is part of it.
pub(crate) fn next_is_param(b: &[u8], from: usize) -> bool {
    let mut i = from;
    while i < b.len()
        && i - from < 40
        && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-' || b[i] == b'.')
    {
        i += 1;
    }
    i > from && b.get(i) == Some(&b'=')
}

/// `pass=wVdc25&amp;return=%2F`: in a URL written into HTML (a link's
/// `href`, a mail's body) the query's `&` is escaped as `&amp;`, so
/// `&amp;name=` ends a value that was set with `=`, as `&name=` does.
fn escaped_separator(b: &[u8], start: usize, amp: usize) -> bool {
    start > 0
        && b[start - 1] == b'='
        && b.get(amp + 1..amp + 5) == Some(b"amp;".as_slice())
        && next_is_param(b, amp + 5)
}

/// `Kennwort⇥Tund&rock=251`, "la password è Ombr&basi=693": a value not
/// set with `=`, on a line holding no query before it (no `?` or `&`), is
/// no parameter list, so an `&name=` inside it is the value's own. True
/// when `&name=` may end the value starting at `start`.
fn query_line(b: &[u8], start: usize) -> bool {
    if start == 0 || b[start - 1] == b'=' {
        return true;
    }
    let lo = start.saturating_sub(256);
    let ls = memchr::memrchr(b'\n', &b[lo..start]).map_or(lo, |p| lo + p + 1);
    memchr::memchr2(b'?', b'&', &b[ls..start]).is_some()
}

/// Moves `i` back to the start of a UTF-8 character.
pub(crate) fn floor_boundary(b: &[u8], mut i: usize) -> usize {
    while i > 0 && i < b.len() && (b[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

pub(crate) fn trim_prose_end(b: &[u8], start: usize, mut end: usize) -> usize {
    // "eyJhbGciOi..." is a truncated, elided value: keep the dots so the
    // placeholder check sees them.
    if b[start..end].ends_with(b"..") {
        return end;
    }
    while end > start && matches!(b[end - 1], b'.' | b',' | b';' | b':' | b')' | b'`') {
        // "la pass è tigre04Arsenal., l'ho…": a full stop right before
        // the comma that closes the clause ends no sentence; it is the
        // value's last character.
        if b[end - 1] == b'.'
            && matches!(b.get(end), Some(b',' | b';'))
            && end - start > 1
            && b[end - 2].is_ascii_alphanumeric()
        {
            break;
        }
        end -= 1;
    }
    end
}

/// Digits joined by single spaces or dashes, starting at `start`.
pub(crate) fn read_digit_groups(b: &[u8], start: usize) -> (usize, usize) {
    let mut i = start;
    let mut digits = 0;
    while i < b.len() && i - start < 64 {
        if b[i].is_ascii_digit() {
            digits += 1;
            i += 1;
        } else if (b[i] == b' ' || b[i] == b'-')
            && i > start
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    (i, digits)
}

pub(crate) fn digit_value(
    b: &[u8],
    start: usize,
    min: usize,
    max: usize,
    groups: bool,
) -> Option<usize> {
    let mut s = start;
    let quoted = s < b.len() && (b[s] == b'"' || b[s] == b'\'');
    if quoted {
        s += 1;
    }
    let (end, n) = if groups {
        read_digit_groups(b, s)
    } else {
        let mut i = s;
        while i < b.len() && b[i].is_ascii_digit() && i - s <= max {
            i += 1;
        }
        (i, i - s)
    };
    if n < min || n > max {
        return None;
    }
    // The number must end there: "PIN 12345678901" is not a PIN.
    if end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'_') {
        return None;
    }
    if end + 1 < b.len() && matches!(b[end], b'.' | b',') && b[end + 1].is_ascii_digit() {
        return None;
    }
    if quoted && b.get(end) != Some(&b[start]) {
        return None;
    }
    Some(end)
}

pub(crate) fn sort_code_value(b: &[u8], start: usize) -> Option<usize> {
    let s = if b.get(start).is_some_and(|&c| c == b'"' || c == b'\'') {
        start + 1
    } else {
        start
    };
    let v = b.get(s..s + 8)?;
    let sep = v[2];
    let shaped = (sep == b'-' || sep == b' ')
        && v[5] == sep
        && [0, 1, 3, 4, 6, 7].iter().all(|&k| v[k].is_ascii_digit());
    let end = s + 8;
    let glued = b.get(end).is_some_and(|c| c.is_ascii_alphanumeric())
        || (b.get(end).is_some_and(|&c| c == b'-')
            && b.get(end + 1).is_some_and(u8::is_ascii_digit));
    (shaped && !glued).then_some(end)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bytes_or_raw_literals_prefix_is_no_part_of_it() {
        let t = "WEBHOOK_SECRET = b\"ad85887bc98b17dd22863059f3b72dc45f20a0824883358a9b147d8ed35f6e07\"\n";
        assert_eq!(
            crate::found(t),
            ["ad85887bc98b17dd22863059f3b72dc45f20a0824883358a9b147d8ed35f6e07"]
        );
        assert_eq!(
            crate::found("api_key = r'Zx8vLm2Qp9RtYw4KsNb7'\n"),
            ["Zx8vLm2Qp9RtYw4KsNb7"]
        );
        // A placeholder stays one behind its prefix; a word ending in `b`
        // before a quote is no prefix.
        assert!(crate::found("WEBHOOK_SECRET = b\"changeme\"\n").is_empty());
    }

    #[test]
    fn a_full_stop_before_a_comma_is_the_values() {
        assert_eq!(
            crate::found("la password è tigre04Arsenal., l'ho scritta giusta\n"),
            ["tigre04Arsenal."]
        );
        // A full stop that ends the sentence is not.
        assert_eq!(
            crate::found("la password è tigre04Arsenal. Grazie\n"),
            ["tigre04Arsenal"]
        );
    }

    #[test]
    fn an_ampersand_in_a_value_outside_a_query() {
        assert_eq!(crate::found("Kennwort\tTund&rock=251\n"), ["Tund&rock=251"]);
        assert_eq!(
            crate::found("Contraseña: Sadd&viol=239\n"),
            ["Sadd&viol=239"]
        );
        // In a query or a form body the next parameter ends it.
        let t = "curl -d 'grant_type=password&password=Xq7!vT2m&scope=openid'\n";
        assert_eq!(crate::found(t), ["Xq7!vT2m"]);
    }

    #[test]
    fn an_escaped_ampersand_ends_a_query_value_in_html() {
        let t = "<a href=\"/login?user=ops&amp;password=wVdcLamp66x&amp;return=home\">x</a>\n";
        assert_eq!(crate::found(t), ["wVdcLamp66x"]);
        // A reference inside a value not set with `=` stays in it.
        assert_eq!(
            crate::found("<p>la password è <b>Copp&amp;diz=8</b> ok?</p>\n"),
            ["Copp&amp;diz=8"]
        );
    }

    use super::*;

    fn free(t: &str) -> &str {
        let (s, e, _) = read_value(t.as_bytes(), 0, Read::Free, &mut QuoteMemo::default());
        &t[s..e]
    }

    #[test]
    fn a_double_quote_inside_a_password() {
        assert_eq!(free("Lantern\"52! next"), "Lantern\"52!");
        assert_eq!(free("Lantern\"\"52! next"), "Lantern\"\"52!");
        assert_eq!(free("Lantern\\\"52!"), "Lantern\\\"52!");
        // A closing quote: punctuation, a space or nothing after it.
        assert_eq!(free("expired\"? why"), "expired");
        assert_eq!(free("hunter2\", \"next\""), "hunter2");
        assert_eq!(free("hunter2\"}"), "hunter2");
        // Apostrophes are Italian elisions (`l'ho`), left as they were.
        assert_eq!(free("Lantern'52"), "Lantern");
    }
}
