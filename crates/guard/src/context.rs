//! Values judged by the word or key in front of them: `password: x`,
//! `"client_secret": "..."`, `PIN 1234`, `Authorization: Bearer ...`,
//! `curl -u id:secret`. The key decides the kind; the value must still look
//! like a value (not a placeholder, not an ordinary word).

use crate::auth::{authorization, basic, bearer, curl_user};
use crate::keywords::Rule;
use crate::text::{
    is_placeholder, is_stop_word, is_token_char, looks_like_token, mixed_case, shape,
};
use crate::value::{
    QuoteMemo, Read, digit_value, read_value, skip_spaces, sort_code_value, starts_with_ci,
    trim_prose_end,
};
use crate::{Confidence, Finding, Kind, iban, vendor};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sep {
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

/// Copulas that join a key to its value in a sentence ("e'" is how "è"
/// gets typed on keyboards without accents).
const PROSE_WORDS: &[&str] = &["is", "was", "are", "è", "e'", "é", "era", "sarebbe"];

/// Reads what joins a key to its value. Returns the separator type and
/// where the value may begin.
pub(crate) fn separator(b: &[u8], key_start: usize, key_end: usize) -> Option<(Sep, usize)> {
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

pub(crate) fn finding(
    kind: Kind,
    start: usize,
    end: usize,
    confidence: Confidence,
) -> Option<Finding> {
    Some(Finding {
        kind,
        start,
        end,
        confidence,
    })
}

/// The kind a token-ish value really is when it carries its own shape.
pub(crate) fn refine(kind: Kind, value: &str) -> Kind {
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
            // Punctuation alone proves nothing: `self.brace_token`,
            // `JOB_OBJECT_SECURITY` are identifiers.
            let s = shape(value);
            s.digits > 0 || (mixed_case(value) && !camel_word(value))
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

/// `AtomicUsize`, `InitToken`: capitalized words run together, as type
/// names are. Tokens with no digit rarely look like this.
fn camel_word(value: &str) -> bool {
    let b = value.as_bytes();
    if b.is_empty() || !b[0].is_ascii_uppercase() || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    // Every uppercase letter starts a run of at least two lowercase ones.
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_uppercase() {
            return false;
        }
        let mut j = i + 1;
        while j < b.len() && b[j].is_ascii_lowercase() {
            j += 1;
        }
        if j - i < 3 {
            return false;
        }
        i = j;
    }
    true
}

/// Type names and keywords that follow `password:` or `token:` in source
/// code (struct fields, parameters, constants), never as values.
const CODE_WORDS: &[&str] = &[
    "str", "&str", "String", "string", "impl", "expr", "usize", "isize", "u8", "u16", "u32", "u64",
    "u128", "i8", "i16", "i32", "i64", "i128", "bool", "boolean", "int", "char", "void", "number",
    "any", "object", "text", "varchar", "bytes", "Option", "Vec", "None", "Some", "DWORD",
    "LPCSTR", "LPCWSTR", "LPSTR", "LPWSTR", "PCWSTR", "NTSTATUS", "status_t", "c_char", "BSTR",
];

/// `node.dot2_token`: lowercase identifiers joined by dots.
fn member_access(value: &str) -> bool {
    value.contains('.')
        && value.split('.').all(|seg| {
            seg.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
                && seg
                    .bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
        })
}

/// `D3D10_SB_RESOURCE_RETURN_TYPE`: an upper-case constant name.
fn constant_name(value: &str) -> bool {
    value.bytes().filter(|&c| c == b'_').count() >= 2
        && value
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_')
}

/// An unquoted value that reads as code rather than data: a path
/// (`::`), a pointer or reference type, a private identifier, a call
/// (`value(`), a known type name, or a `key: Type = ...` annotation.
fn looks_like_code(b: &[u8], key_end: usize, vstart: usize, value: &str, end: usize) -> bool {
    let private_ident = value.starts_with('_')
        && value
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_');
    if value.starts_with([':', '&', '.', '`'])
        || value.starts_with("*mut")
        || value.starts_with("*const")
        || private_ident
        || value.contains("::")
        || value.ends_with('(')
        || (value.contains('(') && !value.contains(')'))
        || CODE_WORDS.contains(&value)
        || member_access(value)
        || constant_name(value)
        || b.get(end) == Some(&b'(')
    {
        return true;
    }
    let colon_sep = b
        .get(key_end..vstart)
        .is_some_and(|sep| sep.contains(&b':'));
    if colon_sep {
        let after = skip_spaces(b, end);
        let eq = b.get(after) == Some(&b'=');
        let next = b.get(after + 1).copied().unwrap_or(b' ');
        if eq && next != b'=' && next != b'>' {
            return true;
        }
    }
    false
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
            if password_value_ok(value, sep)
                && (quoted || !starts_a_sentence(b, value, e))
                && (quoted || !looks_like_code(b, key_end, vstart, value, e))
            {
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
            if token_value_ok(value, sep)
                && (quoted || !looks_like_code(b, key_end, vstart, value, e))
            {
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
