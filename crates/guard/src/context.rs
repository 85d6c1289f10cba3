//! Values judged by the word or key in front of them: `password: x`,
//! `"client_secret": "..."`, `PIN 1234`, `Authorization: Bearer ...`,
//! `curl -u id:secret`. The key decides the kind; the value must still look
//! like a value (not a placeholder, not an ordinary word).

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};

use crate::text::{
    is_placeholder, is_stop_word, is_token_char, looks_like_token, mixed_case, shape,
};
use crate::{Confidence, Finding, Kind, iban, vendor};

/// How a keyword leads to its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    Keyed(Kind),
    /// A generic key ("token", "secret"): as `Keyed`, but UUID-shaped values
    /// are ids, not credentials.
    Generic(Kind),
    Bearer,
    Basic,
    Authorization,
    CurlUser,
}

/// Trigger words, lowercase; matched ASCII case-insensitively.
pub(crate) const KEYWORDS: &[(&str, Rule)] = &[
    ("access_token", Rule::Keyed(Kind::AccessToken)),
    ("access-token", Rule::Keyed(Kind::AccessToken)),
    ("accesstoken", Rule::Keyed(Kind::AccessToken)),
    ("access token", Rule::Keyed(Kind::AccessToken)),
    ("id_token", Rule::Keyed(Kind::AccessToken)),
    ("id-token", Rule::Keyed(Kind::AccessToken)),
    ("idtoken", Rule::Keyed(Kind::AccessToken)),
    ("auth_token", Rule::Keyed(Kind::AccessToken)),
    ("auth-token", Rule::Keyed(Kind::AccessToken)),
    ("authtoken", Rule::Keyed(Kind::AccessToken)),
    ("session_token", Rule::Keyed(Kind::AccessToken)),
    ("bearer_token", Rule::Keyed(Kind::AccessToken)),
    ("token", Rule::Generic(Kind::AccessToken)),
    ("client_secret", Rule::Keyed(Kind::ClientSecret)),
    ("client-secret", Rule::Keyed(Kind::ClientSecret)),
    ("clientsecret", Rule::Keyed(Kind::ClientSecret)),
    ("client secret", Rule::Keyed(Kind::ClientSecret)),
    ("app_secret", Rule::Keyed(Kind::ClientSecret)),
    ("api_secret", Rule::Keyed(Kind::ClientSecret)),
    ("consumer_secret", Rule::Keyed(Kind::ClientSecret)),
    ("secret", Rule::Generic(Kind::ClientSecret)),
    ("refresh_token", Rule::Keyed(Kind::RefreshToken)),
    ("refresh-token", Rule::Keyed(Kind::RefreshToken)),
    ("refreshtoken", Rule::Keyed(Kind::RefreshToken)),
    ("refresh token", Rule::Keyed(Kind::RefreshToken)),
    ("private_key", Rule::Keyed(Kind::PrivateKey)),
    ("private-key", Rule::Keyed(Kind::PrivateKey)),
    ("privatekey", Rule::Keyed(Kind::PrivateKey)),
    ("api_key", Rule::Keyed(Kind::VendorKey)),
    ("api-key", Rule::Keyed(Kind::VendorKey)),
    ("apikey", Rule::Keyed(Kind::VendorKey)),
    ("api key", Rule::Keyed(Kind::VendorKey)),
    ("secret_key", Rule::Keyed(Kind::VendorKey)),
    ("secret-key", Rule::Keyed(Kind::VendorKey)),
    ("secretkey", Rule::Keyed(Kind::VendorKey)),
    ("secret_access_key", Rule::Keyed(Kind::VendorKey)),
    ("card_number", Rule::Keyed(Kind::CardNumber)),
    ("card-number", Rule::Keyed(Kind::CardNumber)),
    ("cardnumber", Rule::Keyed(Kind::CardNumber)),
    ("card number", Rule::Keyed(Kind::CardNumber)),
    ("card no", Rule::Keyed(Kind::CardNumber)),
    ("numero carta", Rule::Keyed(Kind::CardNumber)),
    ("numero di carta", Rule::Keyed(Kind::CardNumber)),
    ("numero della carta", Rule::Keyed(Kind::CardNumber)),
    ("pan", Rule::Keyed(Kind::CardNumber)),
    ("cvv", Rule::Keyed(Kind::Cvv)),
    ("cvc", Rule::Keyed(Kind::Cvv)),
    ("cvv2", Rule::Keyed(Kind::Cvv)),
    ("cvc2", Rule::Keyed(Kind::Cvv)),
    ("cvv/cvc", Rule::Keyed(Kind::Cvv)),
    ("cvc/cvv", Rule::Keyed(Kind::Cvv)),
    ("csc", Rule::Keyed(Kind::Cvv)),
    ("security code", Rule::Keyed(Kind::Cvv)),
    ("security_code", Rule::Keyed(Kind::Cvv)),
    ("codice di sicurezza", Rule::Keyed(Kind::Cvv)),
    ("codice cvv", Rule::Keyed(Kind::Cvv)),
    ("codice cvc", Rule::Keyed(Kind::Cvv)),
    ("iban", Rule::Keyed(Kind::Iban)),
    ("sort_code", Rule::Keyed(Kind::UkBankAccount)),
    ("sort-code", Rule::Keyed(Kind::UkBankAccount)),
    ("sortcode", Rule::Keyed(Kind::UkBankAccount)),
    ("sort code", Rule::Keyed(Kind::UkBankAccount)),
    ("account_number", Rule::Keyed(Kind::UkBankAccount)),
    ("account-number", Rule::Keyed(Kind::UkBankAccount)),
    ("accountnumber", Rule::Keyed(Kind::UkBankAccount)),
    ("account number", Rule::Keyed(Kind::UkBankAccount)),
    ("account no", Rule::Keyed(Kind::UkBankAccount)),
    ("acct no", Rule::Keyed(Kind::UkBankAccount)),
    ("numero di conto", Rule::Keyed(Kind::UkBankAccount)),
    ("numero conto", Rule::Keyed(Kind::UkBankAccount)),
    ("password", Rule::Keyed(Kind::Password)),
    ("passwd", Rule::Keyed(Kind::Password)),
    ("pwd", Rule::Keyed(Kind::Password)),
    ("passcode", Rule::Keyed(Kind::Password)),
    ("passphrase", Rule::Keyed(Kind::Password)),
    ("parola d'ordine", Rule::Keyed(Kind::Password)),
    ("pin", Rule::Keyed(Kind::Pin)),
    ("pin code", Rule::Keyed(Kind::Pin)),
    ("pin_code", Rule::Keyed(Kind::Pin)),
    ("pincode", Rule::Keyed(Kind::Pin)),
    ("pin number", Rule::Keyed(Kind::Pin)),
    ("codice pin", Rule::Keyed(Kind::Pin)),
    ("bearer", Rule::Bearer),
    ("basic", Rule::Basic),
    ("authorization", Rule::Authorization),
    ("-u", Rule::CurlUser),
    ("--user", Rule::CurlUser),
];

/// Longest value we look at; bounds the work per trigger on hostile input.
const MAX_VALUE: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// `:`, `=`, `=>`, a JSON key's colon, or a `--flag value` pair.
    Strong,
    /// "is", "è", "was": a sentence. Values need more care.
    Prose,
    /// Nothing but spaces: "PIN 1234".
    Bare,
}

/// Result of trying one trigger: an optional finding and how far we read,
/// so the caller can skip triggers inside what was already judged.
pub(crate) struct Outcome {
    pub finding: Option<Finding>,
    pub scanned_to: usize,
}

fn keyword_boundary_before(b: &[u8], start: usize) -> bool {
    if start == 0 {
        return true;
    }
    let prev = b[start - 1];
    if !prev.is_ascii_alphanumeric() {
        return true;
    }
    // camelCase keys: `newPassword`, `cardCvv`.
    prev.is_ascii_lowercase() && b[start].is_ascii_uppercase()
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

fn starts_with_ci(b: &[u8], at: usize, word: &[u8]) -> bool {
    b.get(at..at + word.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(word))
}

/// Copulas that join a key to its value in a sentence ("e'" is how "è"
/// gets typed on keyboards without accents).
const PROSE_WORDS: &[&str] = &["is", "was", "are", "è", "e'", "é", "era", "sarebbe"];

/// Reads what joins a key to its value. Returns the separator type and
/// where the value may begin.
fn separator(b: &[u8], key_start: usize, key_end: usize) -> Option<(Sep, usize)> {
    let mut i = key_end;
    let quoted_key = i < b.len() && (b[i] == b'"' || b[i] == b'\'');
    if quoted_key {
        i += 1;
    }
    i = skip_spaces(b, i);
    let c = *b.get(i)?;
    if quoted_key && c != b':' && c != b'=' {
        // `"smtp_password".to_owned()`: a quoted key needs `:` or `=`.
        return None;
    }
    if c == b':' || c == b'=' {
        i += 1;
        if i < b.len() && (b[i] == b'=' || b[i] == b'>') {
            i += 1;
        }
        // A YAML/JSON value may sit on the same line only; a newline right
        // after `password:` is a heading, not a value.
        return Some((Sep::Strong, skip_spaces(b, i)));
    }
    if i == key_end {
        // A bare keyword must be followed by a space.
        return None;
    }
    // `--password value` on a command line.
    if key_start >= 2 && &b[key_start - 2..key_start] == b"--" {
        return Some((Sep::Strong, i));
    }
    for w in PROSE_WORDS {
        let wb = w.as_bytes();
        if starts_with_ci(b, i, wb) {
            let after = i + wb.len();
            let next = b.get(after).copied().unwrap_or(b' ');
            if next == b' ' || next == b':' || next == b'\t' {
                let mut j = after;
                if next == b':' {
                    j += 1;
                }
                return Some((Sep::Prose, skip_spaces(b, j)));
            }
        }
    }
    Some((Sep::Bare, i))
}

/// What a value may be made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Read {
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
}

/// A value's bytes: quoted strings up to the closing quote, otherwise up to
/// a delimiter. Returns (start, end, closed by a quote).
fn read_value(b: &[u8], start: usize, mode: Read, memo: &mut QuoteMemo) -> (usize, usize, bool) {
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
    let mut i = start;
    while i < limit {
        let c = b[i];
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
        let stop = match mode {
            Read::Token => !is_token_char(c),
            // Keyed values may be `id:secret` pairs or carry JSON escapes.
            Read::TokenOrColon => !is_token_char(c) && c != b':' && c != b'\\',
            Read::Free => {
                c.is_ascii_whitespace()
                    || (c == b'&' && next_is_param(b, i + 1))
                    || matches!(
                        c,
                        b'"' | b'\'' | b'<' | b'>' | b')' | b']' | b'}' | b'|' | b',' | b';'
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

/// `&name=` ends a value in a query string; a lone `&` is part of it.
fn next_is_param(b: &[u8], from: usize) -> bool {
    let mut i = from;
    while i < b.len()
        && i - from < 40
        && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-' || b[i] == b'.')
    {
        i += 1;
    }
    i > from && b.get(i) == Some(&b'=')
}

/// Moves `i` back to the start of a UTF-8 character.
fn floor_boundary(b: &[u8], mut i: usize) -> usize {
    while i > 0 && i < b.len() && (b[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

fn trim_prose_end(b: &[u8], start: usize, mut end: usize) -> usize {
    // "eyJhbGciOi..." is a truncated, elided value: keep the dots so the
    // placeholder check sees them.
    if b[start..end].ends_with(b"..") {
        return end;
    }
    while end > start && matches!(b[end - 1], b'.' | b',' | b';' | b':' | b')') {
        end -= 1;
    }
    end
}

/// Digits joined by single spaces or dashes, starting at `start`.
fn read_digit_groups(b: &[u8], start: usize) -> (usize, usize) {
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

fn digit_value(b: &[u8], start: usize, min: usize, max: usize, groups: bool) -> Option<usize> {
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

fn sort_code_value(b: &[u8], start: usize) -> Option<usize> {
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

fn finding(kind: Kind, start: usize, end: usize, confidence: Confidence) -> Option<Finding> {
    Some(Finding {
        kind,
        start,
        end,
        confidence,
    })
}

/// The kind a token-ish value really is when it carries its own shape.
fn refine(kind: Kind, value: &str) -> Kind {
    if matches!(
        kind,
        Kind::AccessToken | Kind::ClientSecret | Kind::Password | Kind::VendorKey
    ) && vendor::whole_value(value)
    {
        return Kind::VendorKey;
    }
    kind
}

/// Does a token-ish value, after a key, look like a credential?
fn token_value_ok(value: &str, sep: Sep) -> bool {
    match sep {
        Sep::Strong | Sep::Prose => {
            if value.len() < 8 || is_placeholder(value) || is_stop_word(value) {
                return false;
            }
            if !value
                .bytes()
                .all(|c| is_token_char(c) || c == b':' || c == b'\\')
            {
                return false;
            }
            if value.contains("::") {
                // `token: auth::Token`: a type path in code, not a value.
                return false;
            }
            let s = shape(value);
            s.digits > 0 || mixed_case(value) || s.other > 0 || value.len() >= 16
        }
        Sep::Bare => looks_like_token(value, 16) && shape(value).digits > 0,
    }
}

/// "password: vedi il vault aziendale": a plain lowercase word followed by
/// more words is the start of a sentence, not a password.
fn starts_a_sentence(b: &[u8], value: &str, end: usize) -> bool {
    let plain_word = value
        .chars()
        .all(|c| c.is_alphabetic() && !c.is_uppercase());
    plain_word
        && b.get(end) == Some(&b' ')
        && b.get(end + 1)
            .is_some_and(|c| c.is_ascii_lowercase() || *c >= 0x80)
}

fn looks_like_assignment(value: &str) -> bool {
    match value.split_once('=') {
        Some((name, _)) => {
            !name.is_empty()
                && name
                    .bytes()
                    .all(|c| c.is_ascii_lowercase() || c == b'_' || c == b'-')
        }
        None => false,
    }
}

/// Password values: anything that is not a placeholder or a word of the
/// surrounding sentence.
fn password_value_ok(value: &str, sep: Sep) -> bool {
    // Code, not a credential: `password: &str`, `password.to_owned(`,
    // "password `SASLprep`".
    if value.starts_with(['&', '.', '`']) || value.ends_with('(') || value.contains("::") {
        return false;
    }
    if value.chars().count() < 4
        || value.len() > 256
        || is_placeholder(value)
        || is_stop_word(value)
    {
        return false;
    }
    if sep == Sep::Bare {
        // "password hunter2": without a separator only a value that cannot
        // be a word counts.
        let s = shape(value);
        let letters = s.upper + s.lower;
        let mixed_inside =
            s.upper >= 2 || (s.upper == 1 && !value.starts_with(|c: char| c.is_ascii_uppercase()));
        let digits_only = s.digits == value.len();
        // Hyphens, dots and underscores join ordinary words ("fast-auth").
        let symbols = value
            .bytes()
            .filter(|c| c.is_ascii_punctuation() && !matches!(c, b'-' | b'.' | b'_' | b'\''))
            .count();
        return (digits_only && (4..=12).contains(&s.digits))
            || letters > 0
                && (s.digits > 0
                    || symbols > 0
                    || (value.len() >= 8 && s.lower > 0 && mixed_inside));
    }
    if sep == Sep::Prose && looks_like_assignment(value) {
        // "Password field: type=password": an attribute, not a value.
        return false;
    }
    if sep == Sep::Prose {
        // "la password è scaduta ieri": a plain word with no digit or
        // symbol after "è"/"is" is too likely to be prose.
        let s = shape(value);
        let only_letters = s.digits == 0 && s.other == 0;
        if only_letters && (value.len() < 8 || s.upper == 0 || s.non_ascii > 0) {
            return false;
        }
    }
    true
}

fn keyed(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
    kind: Kind,
    memo: &mut QuoteMemo,
) -> Outcome {
    let Some((sep, vstart)) = separator(b, key_start, key_end) else {
        return Outcome {
            finding: None,
            scanned_to: key_end,
        };
    };
    let first = keyed_value(text, b, key_end, kind, sep, vstart, memo);
    if first.finding.is_some() || sep != Sep::Bare {
        return first;
    }
    // "il PIN della carta è 1234", "the access token we use: abc...": a few
    // plain words may sit between the key and its separator.
    match lookahead(b, vstart) {
        Some(v) => keyed_value(text, b, key_end, kind, Sep::Prose, v, memo),
        None => first,
    }
}

/// From the first word after a key, skips up to four plain words on the
/// same line to a `:`/`=` or a copula ("è", "is"), and returns where the
/// value starts.
fn lookahead(b: &[u8], from: usize) -> Option<usize> {
    let limit = (from + 48).min(b.len());
    let mut i = from;
    let mut words = 0;
    while i < limit {
        let c = b[i];
        if c == b':' || c == b'=' {
            let v = skip_spaces(b, i + 1);
            return (v > i + 1 || c == b'=').then_some(v);
        }
        if c == b' ' {
            let j = skip_spaces(b, i);
            for w in PROSE_WORDS {
                let wb = w.as_bytes();
                if starts_with_ci(b, j, wb) && b.get(j + wb.len()) == Some(&b' ') {
                    return Some(skip_spaces(b, j + wb.len()));
                }
            }
            words += 1;
            if words > 4 {
                return None;
            }
            i = j;
            continue;
        }
        if !(c.is_ascii_alphabetic() || c == b'\'' || c >= 0x80) {
            return None;
        }
        i += 1;
    }
    None
}

fn keyed_value(
    text: &str,
    b: &[u8],
    key_end: usize,
    kind: Kind,
    sep: Sep,
    vstart: usize,
    memo: &mut QuoteMemo,
) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    let conf = if sep == Sep::Strong {
        Confidence::High
    } else {
        Confidence::Medium
    };
    match kind {
        Kind::Pin | Kind::Cvv => {
            let (min, max) = if kind == Kind::Pin { (4, 8) } else { (3, 4) };
            match digit_value(b, vstart, min, max, false) {
                Some(end) => {
                    let s = if b[vstart].is_ascii_digit() {
                        vstart
                    } else {
                        vstart + 1
                    };
                    Outcome {
                        finding: finding(kind, s, end, conf),
                        scanned_to: end,
                    }
                }
                None => none,
            }
        }
        Kind::CardNumber => {
            if sep == Sep::Bare {
                return none;
            }
            match digit_value(b, vstart, 12, 19, true) {
                Some(end) => {
                    let s = if b[vstart].is_ascii_digit() {
                        vstart
                    } else {
                        vstart + 1
                    };
                    Outcome {
                        finding: finding(kind, s, end, conf),
                        scanned_to: end,
                    }
                }
                None => none,
            }
        }
        Kind::UkBankAccount => {
            // Sort codes are `NN-NN-NN` (or spaced); account numbers are one
            // run of six to seventeen digits.
            let Some(end) =
                sort_code_value(b, vstart).or_else(|| digit_value(b, vstart, 6, 17, false))
            else {
                return none;
            };
            let s = if b[vstart].is_ascii_digit() {
                vstart
            } else {
                vstart + 1
            };
            Outcome {
                finding: finding(kind, s, end, conf),
                scanned_to: end,
            }
        }
        Kind::Iban => {
            let s = if b.get(vstart).is_some_and(|&c| c == b'"' || c == b'\'') {
                vstart + 1
            } else {
                vstart
            };
            match iban::read_at(b, s) {
                Some((end, compact))
                    if (sep != Sep::Bare || iban::is_valid(&compact))
                        && compact[2].is_ascii_digit()
                        && compact[3].is_ascii_digit()
                        && (end >= b.len() || !b[end].is_ascii_alphanumeric()) =>
                {
                    Outcome {
                        finding: finding(kind, s, end, conf),
                        scanned_to: end,
                    }
                }
                _ => none,
            }
        }
        Kind::Password => {
            let (s, mut e, quoted) = read_value(b, vstart, Read::Free, memo);
            if !quoted && sep != Sep::Strong {
                e = trim_prose_end(b, s, e);
            }
            let value = &text[s..e];
            if password_value_ok(value, sep) && (quoted || !starts_a_sentence(b, value, e)) {
                Outcome {
                    finding: finding(refine(kind, value), s, e, conf),
                    scanned_to: e,
                }
            } else {
                rejected(key_end, e, quoted)
            }
        }
        _ => {
            let mode = if sep == Sep::Bare {
                Read::Token
            } else {
                Read::TokenOrColon
            };
            let (s, mut e, quoted) = read_value(b, vstart, mode, memo);
            if !quoted {
                e = trim_prose_end(b, s, e);
            }
            let value = &text[s..e];
            if token_value_ok(value, sep) {
                Outcome {
                    finding: finding(refine(kind, value), s, e, conf),
                    scanned_to: e,
                }
            } else {
                rejected(key_end, e, quoted)
            }
        }
    }
}

fn bearer(text: &str, b: &[u8], key_end: usize, memo: &mut QuoteMemo) -> Outcome {
    let vstart = skip_spaces(b, key_end);
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if vstart == key_end {
        return none;
    }
    let (s, e, _) = read_value(b, vstart, Read::Token, memo);
    let e = trim_prose_end(b, s, e);
    let value = &text[s..e];
    if looks_like_token(value, 8) {
        Outcome {
            finding: finding(refine(Kind::AccessToken, value), s, e, Confidence::High),
            scanned_to: e,
        }
    } else {
        none
    }
}

/// `Basic base64(id:secret)`: only when it decodes to printable `id:secret`.
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
            !id.is_empty()
                && !secret.is_empty()
                && s.chars().all(|c| !c.is_control())
                && !is_placeholder(secret)
        }
        None => false,
    }
}

fn basic(text: &str, b: &[u8], key_end: usize) -> Outcome {
    let vstart = skip_spaces(b, key_end);
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if vstart == key_end {
        return none;
    }
    let mut e = vstart;
    while e < b.len()
        && e - vstart < MAX_VALUE
        && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'+' | b'/' | b'='))
    {
        e += 1;
    }
    if e - vstart < 8 {
        return none;
    }
    if basic_credentials(&text[vstart..e]) {
        Outcome {
            finding: finding(Kind::ClientSecret, vstart, e, Confidence::High),
            scanned_to: e,
        }
    } else {
        none
    }
}

/// `Authorization: <value>` with a scheme other than Bearer/Basic (those
/// have their own triggers) or with no scheme at all.
fn authorization(
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
    for scheme in [&b"token"[..], b"apikey", b"api-key", b"sso-key", b"key"] {
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

/// `curl -u id:secret` / `--user id:secret`: the part after the colon.
fn curl_user(text: &str, b: &[u8], key_start: usize, key_end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if key_start > 0 && !b[key_start - 1].is_ascii_whitespace() {
        return none;
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
    if id.is_empty() || secret.is_empty() || is_placeholder(secret) || is_placeholder(id) {
        return none;
    }
    let s = v + id.len() + 1;
    Outcome {
        finding: finding(refine(Kind::ClientSecret, secret), s, e, Confidence::High),
        scanned_to: e,
    }
}

/// A rejected value only hides later triggers when it was long: short
/// rejected values ("token -u ...") may be followed by a real trigger,
/// while long ones would otherwise make hostile input quadratic.
fn rejected(key_end: usize, value_end: usize, quoted: bool) -> Outcome {
    // Quoted values are bounded by their quotes, so re-judging triggers
    // inside them costs nothing extra; and skipping them would let the
    // outcome depend on the value's length.
    Outcome {
        finding: None,
        scanned_to: if !quoted && value_end > key_end + 64 {
            value_end
        } else {
            key_end
        },
    }
}

fn is_uuid(v: &[u8]) -> bool {
    v.len() == 36
        && v.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// Judges one trigger word found at `start..end`.
pub(crate) fn judge(
    text: &str,
    start: usize,
    end: usize,
    rule: Rule,
    memo: &mut QuoteMemo,
) -> Outcome {
    let b = text.as_bytes();
    let none = Outcome {
        finding: None,
        scanned_to: start,
    };
    if !keyword_boundary_before(b, start) && rule != Rule::CurlUser {
        return none;
    }
    if end < b.len() && b[end].is_ascii_alphanumeric() && rule != Rule::CurlUser {
        return none;
    }
    match rule {
        Rule::Keyed(kind) => keyed(text, b, start, end, kind, memo),
        Rule::Generic(kind) => {
            let mut o = keyed(text, b, start, end, kind, memo);
            if o.finding.is_some_and(|f| is_uuid(&b[f.start..f.end])) {
                o.finding = None;
            }
            o
        }
        Rule::Bearer => bearer(text, b, end, memo),
        Rule::Basic => basic(text, b, end),
        Rule::Authorization => authorization(text, b, start, end, memo),
        Rule::CurlUser => curl_user(text, b, start, end),
    }
}
