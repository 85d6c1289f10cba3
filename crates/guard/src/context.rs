//! Values judged by the word or key in front of them: `password: x`,
//! `"client_secret": "..."`, `PIN 1234`, `Authorization: Bearer ...`,
//! `curl -u id:secret`. The key decides the kind; the value must still look
//! like a value (not a placeholder, not an ordinary word).

use crate::auth::{authorization, basic, basic_value, bearer, curl_user, encoded_pair};
use crate::keywords::Rule;
use crate::text::{
    is_placeholder, is_reference, is_stop_word, is_token_char, looks_like_token, mixed_case, shape,
};
use crate::value::{
    MAX_VALUE, QuoteMemo, Read, digit_value, read_value, skip_spaces, sort_code_value,
    starts_with_ci, trim_prose_end,
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

/// For each first byte, the `PROSE_WORDS` starting with it, as a bit set
/// of their indices: a word is compared only with the copulas that share
/// its first byte, in the list's order.
static PROSE_BY_FIRST: [u32; 256] = {
    assert!(PROSE_WORDS.len() <= 32, "one bit per word");
    let mut t = [0u32; 256];
    let mut k = 0;
    while k < PROSE_WORDS.len() {
        t[PROSE_WORDS[k].as_bytes()[0] as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// The `PROSE_WORDS` whose first byte is `first` (lowercased), in order.
fn prose_words_from(first: u8) -> impl Iterator<Item = &'static [u8]> {
    let mut set = PROSE_BY_FIRST[usize::from(first)];
    std::iter::from_fn(move || {
        if set == 0 {
            return None;
        }
        let k = set.trailing_zeros() as usize;
        set &= set - 1;
        Some(PROSE_WORDS[k].as_bytes())
    })
}

/// Copulas that join a key to its value in a sentence ("e'" is how "è"
/// gets typed on keyboards without accents; "È" is how a message typed
/// in capitals writes it, which ASCII case folding does not reach).
const PROSE_WORDS: &[&str] = &[
    "is", "was", "are", "è", "È", "e'", "é", "era", "sarebbe", "est", "ist", "es", "to", "resta",
    "it's", "rimane", "now", "ora", "lautet", "lauten", "sind",
];

/// The literal the key ends reads the environment: `env.`, `environ`,
/// `ENV[` stand in it before the key (up to its quote, 48 bytes back at
/// most); `APP_ENV_TOKEN` is a name.
fn names_environment(b: &[u8], key_start: usize) -> bool {
    let lo = key_start.saturating_sub(48);
    let open = b[lo..key_start]
        .iter()
        .rposition(|&c| c == b'"' || c == b'\'')
        .map_or(lo, |p| lo + p + 1);
    let lit = &b[open..key_start];
    !lit.contains(&b' ')
        && lit.windows(4).any(|w| {
            w[..3].eq_ignore_ascii_case(b"env") && matches!(w[3], b'.' | b'[' | b'i' | b'I' | b'(')
        })
}

/// Reads what joins a key to its value. Returns the separator type and
/// where the value may begin.
pub(crate) fn separator(b: &[u8], key_start: usize, key_end: usize) -> Option<(Sep, usize)> {
    let mut i = key_end;
    // `token_di_accesso = …`, `cookie_de_session: …`: a field named in a
    // Romance language puts its qualifier after the noun, joined by a
    // preposition; the name ends after it.
    if b.get(i) == Some(&b'_')
        && let Some(j) = snake_qualifier(b, i)
    {
        i = j;
    }
    if b.get(i) == Some(&b'_')
        && let Some(v) = event_value(b, i)
    {
        return Some((Sep::Strong, v));
    }
    if b.get(i) == Some(&b' ')
        && let Some(v) = directive_value(b, key_start, i)
    {
        return Some((Sep::Strong, v));
    }
    // `Const API_TOKEN As String = "…"` (Visual Basic, VBA): the declared
    // type stands between the name and its `=`.
    if let Some(v) = vb_typed(b, i) {
        return Some((Sep::Strong, v));
    }
    // Voice dictation writes punctuation as words ("pw colon Inter1947",
    // "cvv2 due punti 125"): the spoken colon is a colon.
    if b.get(i) == Some(&b' ') && matches!(b.get(i + 1), Some(b'c' | b'C' | b'd' | b'D')) {
        for spoken in [&b" colon "[..], b" due punti "] {
            if crate::value::starts_with_ci(b, i, spoken) {
                return Some((Sep::Strong, i + spoken.len()));
            }
        }
    }
    if key_start > 0
        && matches!(b[key_start - 1], b'"' | b'\'' | b'_' | b'.' | b'-')
        && let Some(v) = named_element_text(b, key_start, key_end)
    {
        return Some((Sep::Strong, v));
    }
    // `<password>x</password>`, `<wsse:Password Type="…">x</wsse:Password>`.
    if let Some(open) = element_name_start(b, key_start) {
        let mut j = i;
        if b.get(j) == Some(&b' ') {
            // Attributes: skipped to the end of the tag, on the same line.
            let lim = (j + 256).min(b.len());
            j = j + b[j..lim].iter().position(|&c| c == b'>' || c == b'\n')?;
        }
        if b.get(j) != Some(&b'>') {
            return None;
        }
        let lim = (j + 512).min(b.len());
        let close = b[j..lim].iter().position(|&c| c == b'<' || c == b'\n')?;
        let _ = open;
        return (b.get(j + close) == Some(&b'<') && b.get(j + close + 1) == Some(&b'/'))
            .then_some((Sep::Strong, j + 1));
    }
    // `<key>ApiKey</key> <string>x</string>`, `<td>API password</td><td>x</td>`.
    if b.get(i..i + 2) == Some(b"</") {
        if let Some(v) = next_element_text(b, i) {
            return Some((Sep::Strong, v));
        }
        // `<strong>API key</strong>: x`: an inline tag closes the label.
        let j = skip_tags(b, i);
        if !matches!(b.get(j), Some(b':' | b'=')) {
            return None;
        }
        i = j;
    }
    // Markdown emphasis closing the label: `*Password*: x`, `**API key**:`.
    if key_start > 0 && matches!(b[key_start - 1], b'*' | b'_') {
        let mut j = i;
        while j < b.len() && j - i < 2 && b[j] == b[key_start - 1] {
            j += 1;
        }
        if j > i && matches!(b.get(j), Some(b':' | b'=')) {
            i = j;
        }
    }
    i = number_marker(b, key_start, i);
    let after_key = i;
    // `.clientSecret("…")`, `.password('…')`: a builder's or a setter's
    // method named by the key, a string literal its argument.
    if key_start > 0
        && b[key_start - 1] == b'.'
        && b.get(i) == Some(&b'(')
        && let Some(&q) = b.get(i + 1).filter(|&&q| q == b'"' || q == b'\'')
    {
        // One word in the literal: `.password("Password: ")` is a prompt.
        let lim = (i + 2 + 256).min(b.len());
        let close = b[i + 2..lim].iter().position(|&c| c == q || c == b'\n')?;
        return (!b[i + 2..i + 2 + close].contains(&b' ')).then_some((Sep::Strong, i + 1));
    }
    if matches!(b.get(i), Some(b'\'' | 0xE2))
        && let Some(v) = contracted_copula(b, i)
    {
        return Some((Sep::Prose, v));
    }
    let quoted_key = i < b.len() && (b[i] == b'"' || b[i] == b'\'');
    if quoted_key {
        i += 1;
        // `<add key="DbPassword" value="…"/>`, `{"key": "password",
        // "value": "…"}`: the name and its value as two fields.
        if let Some(v) = named_value(b, i) {
            return Some((Sep::Strong, v));
        }
    }
    i = skip_spaces(b, i);
    // `PIN -> 4711`, `pass → Gelso!42`: an arrow hands the key its value
    // as a colon does (lists written in a hurry, notes, chat).
    if !quoted_key
        && i > after_key
        && let Some(v) = arrow(b, i)
    {
        return Some((Sep::Prose, v));
    }
    let mut c = *b.get(i)?;
    // `s:7:"api_key";s:32:"…";`: PHP's `serialize()` (WordPress options,
    // Magento's core_config_data) writes a string key, then its value
    // as `s:<length>:"…"`.
    if quoted_key
        && c == b';'
        && let Some(v) = serialized_string(b, i + 1)
    {
        return Some((Sep::Strong, v));
    }
    if c == b'('
        && !quoted_key
        && let Some(close) = b[i + 1..(i + 64).min(b.len())]
            .iter()
            .position(|&x| x == b')' || x == b'\n' || x == b'(')
            .map(|o| i + 1 + o)
            .filter(|&o| b[o] == b')')
        && matches!(b.get(close + 1), Some(b':'))
        && !matches!(b.get(skip_spaces(b, close + 2)), None | Some(b'\n' | b'\r'))
    {
        // "Client Secret (prod): …", "Passcode (6 digits): …", "Passwort
        // (as our Berlin office says): …": a qualifier or a remark in
        // parentheses between the key and its colon, the value on the
        // key's line (a line ending in `):` introduces the value below).
        i = close + 1;
        c = b':';
    }
    if c == b'('
        && !quoted_key
        && let Some(close) = b[i + 1..(i + 64).min(b.len())]
            .iter()
            .position(|&x| x == b')' || x == b'\n' || x == b'(')
            .map(|o| i + 1 + o)
            .filter(|&o| {
                b[o] == b')'
                    && b[i + 1..o]
                        .iter()
                        .all(|c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'\''))
            })
        && let Some(v) = arrow(b, skip_spaces(b, close + 1))
    {
        // "PIN (updated yesterday) -> 4711": a remark in words, then the
        // arrow.
        return Some((Sep::Prose, v));
    }
    if (c == b')' || c == b']') && matches!(b.get(skip_spaces(b, i + 1)), Some(b':' | b'=')) {
        // "Codice di sicurezza (CVV2): 719", `["client_secret"] = "…"`.
        i = skip_spaces(b, i + 1);
        c = b[i];
    } else if c == b')' && !quoted_key && b.get(i + 1) == Some(&b' ') {
        // "la cuenta (CCC) 2100…": a key named in parentheses.
        return Some((Sep::Bare, skip_spaces(b, i + 1)));
    }
    if c == b'?' && !quoted_key && b.get(i + 1) == Some(&b'=') {
        // `CLIENT_SECRET ?= …`: Make's assignment when the environment
        // sets none, the value a default kept in the Makefile.
        i += 1;
        c = b'=';
    }
    if c == b',' {
        // `("connect.sid", "value")`, `CURLOPT_USERPWD, "id:secret"`: a
        // name and its value as arguments.
        let mut j = skip_spaces(b, i + 1);
        // `registry.add("api-key", () -> "…")`: a supplier that returns a
        // literal hands that literal over as the name's value.
        if quoted_key && let Some(k) = literal_supplier(b, j) {
            j = k;
        }
        // `'process.env.ACCESS_TOKEN', 'M-2Y…'` (an SQL row, a list): a
        // literal that reads the environment names no value; the next
        // literal is another field's.
        if quoted_key && names_environment(b, key_start) {
            return None;
        }
        if matches!(b.get(j), Some(b'"' | b'\''))
            && (quoted_key || key_start == 0 || b[key_start - 1] != b'"')
        {
            // `"\"value\""` (a string literal holding a quoted string, as
            // Gradle's buildConfigField wants): the inner quotes are not
            // part of the value.
            if b.get(j + 1) == Some(&b[j]) && b.get(j + 2).is_some_and(|&c| is_token_char(c)) {
                j += 1;
            }
            return Some((Sep::Strong, j));
        }
        if quoted_key {
            return None;
        }
        // "mi ha chiesto il PIN, gli ho detto 2790": a sentence goes on.
        return Some((Sep::Bare, j));
    }
    if quoted_key
        && c == b':'
        && let Some(v) = lone_array_string(b, skip_spaces(b, i + 1))
    {
        return Some((Sep::Strong, v));
    }
    if quoted_key && c == b':' && b.get(skip_spaces(b, i + 1)) == Some(&b'{') {
        i = skip_spaces(b, i + 1);
        c = b'{';
    }
    if quoted_key && c == b'{' {
        // `variable "db_password" { … default = "…" }` (Terraform), and
        // `terraform output -json`'s `"db_password": { "sensitive": true,
        // "type": "string", "value": "…" }`: the object's own member
        // holds the value (before the object closes).
        let lim = (i + 256).min(b.len());
        let close = memchr::memchr(b'}', &b[i..lim]).map_or(lim, |p| i + p);
        let body = &b[i..close];
        let (d, n) = match memchr::memmem::find(body, b"default") {
            Some(d) => (d, 7),
            None => (memchr::memmem::find(body, b"\"value\"")?, 7),
        };
        let mut j = skip_spaces(b, i + d + n);
        if !matches!(b.get(j), Some(b'=' | b':')) {
            return None;
        }
        j = skip_spaces(b, j + 1);
        return Some((Sep::Strong, j));
    }
    if quoted_key && c != b':' && c != b'=' {
        // `"smtp_password".to_owned()`: a quoted key needs `:` or `=`.
        return None;
    }
    if c == b':' || c == b'=' {
        let eq = c == b'=';
        i += 1;
        // `=>` and `==` (a comparison with a literal) lead to the value;
        // `key==value` in a properties file is a value starting with `=`.
        if i < b.len()
            && (b[i] == b'>' || (b[i] == b'=' && matches!(b.get(i + 1), Some(b' ' | b'"' | b'\''))))
        {
            i += 1;
        }
        let mut v = skip_spaces(b, i);
        if let Some(q) = var_dump_string(b, i) {
            v = q;
        }
        // `<b>Password:</b> x`, `Password: <code>x</code>`: inline tags
        // around the value.
        if b.get(v) == Some(&b'<') {
            let j = skip_tags(b, v);
            if j > v {
                v = skip_spaces(b, j);
            }
        }
        // `**Password:** x`: the emphasis closes after the colon.
        if !eq && matches!(b.get(v), Some(b'*' | b'_')) {
            let mut j = v;
            while j < b.len() && j - v < 2 && b[j] == b[v] {
                j += 1;
            }
            if matches!(b.get(j), Some(b' ' | b'\t')) {
                v = skip_spaces(b, j);
            }
        }
        // A YAML/JSON value may sit on the same line only; a newline right
        // after `password:` is a heading, not a value. After `=` in code
        // the value may follow on the next line (`SECRET =\n  "…"`).
        if eq && b.get(v) == Some(&b'(') {
            // `SECRET = (\n  "piece"\n  "piece"\n)`.
            let mut j = v + 1;
            while j < b.len() && j - v < 64 && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if matches!(b.get(j), Some(b'"' | b'\'')) {
                v = j;
            }
        }
        if eq && matches!(b.get(v), Some(b'\n' | b'\r')) {
            let mut j = v;
            while j < b.len() && j - v < 64 && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if matches!(b.get(j), Some(b'"' | b'\'')) {
                v = j;
            }
        }
        if !eq && matches!(b.get(v), Some(b'|' | b'>')) {
            // A YAML block scalar (`password: |`): the value is the next,
            // more indented line.
            let mut j = v + 1;
            if matches!(b.get(j), Some(b'-' | b'+')) {
                j += 1;
            }
            j = skip_spaces(b, j);
            if b.get(j) == Some(&b'\r') {
                j += 1;
            }
            if b.get(j) == Some(&b'\n') {
                let indent = |at: usize| {
                    let ls = memchr::memrchr(b'\n', &b[..at]).map_or(0, |p| p + 1);
                    skip_spaces(b, ls) - ls
                };
                let next = skip_spaces(b, j + 1);
                if indent(j + 1) < 64 && next - (j + 1) > indent(key_start) {
                    return Some((Sep::Strong, next));
                }
            }
        }
        if let Some(after) = set_from_nothing(b, v) {
            return Some((Sep::Strong, after));
        }
        return Some((Sep::Strong, v));
    }
    // No `:` or `=`: a dot leader, a label/value table row, a record's
    // name field.
    if let Some(v) = dot_leader(b, after_key)
        .or_else(|| pipe_row_value(b, key_start, after_key))
        .or_else(|| label_bar_value(b, key_start, after_key))
        .or_else(|| record_value(b, key_start, after_key))
    {
        return Some((Sep::Strong, v));
    }
    if i == key_end {
        // A bare keyword must be followed by a space.
        return None;
    }
    // `--password value` on a command line.
    if key_start >= 2 && &b[key_start - 2..key_start] == b"--" {
        return Some((Sep::Strong, i));
    }
    // "finds the client secret `cs_prod_…` hard-coded": a value of eight
    // characters or more in backticks right after the key, closed on its
    // line.
    if b.get(i) == Some(&b'`') {
        let lim = (i + 1 + 512).min(b.len());
        if let Some(close) = b[i + 1..lim].iter().position(|&c| c == b'`' || c == b'\n')
            && b[i + 1 + close] == b'`'
            && close >= 8
            && !b[i + 1..i + 1 + close].contains(&b' ')
        {
            return Some((Sep::Strong, i + 1));
        }
    }
    let first = b.get(i).map_or(0, u8::to_ascii_lowercase);
    for wb in prose_words_from(first) {
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

/// `_di_accesso`, `_de_session` at `i`, ending the name: where it ends.
fn snake_qualifier(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i..(i + 32).min(b.len()))?;
    let p = [
        &b"_di_"[..],
        b"_del_",
        b"_della_",
        b"_de_",
        b"_da_",
        b"_du_",
    ]
    .into_iter()
    .find(|p| rest.starts_with(p))?;
    let w = rest[p.len()..]
        .iter()
        .position(|c| !c.is_ascii_lowercase())
        .unwrap_or(rest.len() - p.len());
    let end = i + p.len() + w;
    (w >= 3 && matches!(b.get(end), Some(b' ' | b':' | b'=' | b'"' | b'\''))).then_some(end)
}

/// `-> ` or `→ ` at `i`: where the value after the arrow starts, on the
/// same line.
fn arrow(b: &[u8], i: usize) -> Option<usize> {
    let len = if b[i..].starts_with(b"->") {
        2
    } else if b[i..].starts_with("→".as_bytes()) {
        3
    } else {
        return None;
    };
    if b.get(i + len) != Some(&b' ') {
        return None;
    }
    let v = skip_spaces(b, i + len);
    (!matches!(b.get(v), None | Some(b'\n' | b'\r'))).then_some(v)
}

/// `auth: ""  ->  "ops:S3cret"`, `password: none → Gelso!42`: a change
/// written before → after (a config diff, a KV store's history) that sets
/// a key that held nothing; its value is the one after the arrow. (A
/// before value that is something is read as the key's value as usual.)
fn set_from_nothing(b: &[u8], v: usize) -> Option<usize> {
    let rest = b.get(v..(v + 16).min(b.len()))?;
    const NOTHING: &[&[u8]] = &[
        b"\"\"", b"''", b"none", b"null", b"unset", b"(empty)", b"(none)",
    ];
    let empty = NOTHING.iter().find(|w| {
        rest.len() >= w.len()
            && rest[..w.len()].eq_ignore_ascii_case(w)
            && rest.get(w.len()).is_none_or(|&c| c == b' ' || c == b'\t')
    })?;
    let a = skip_spaces(b, v + empty.len());
    if b.get(a..a + 2) == Some(b"=>") {
        let after = skip_spaces(b, a + 2);
        return (after > a + 2 && !matches!(b.get(after), None | Some(b'\n' | b'\r')))
            .then_some(after);
    }
    arrow(b, a)
}

/// After a name, ` As Type = `: where the value starts.
fn vb_typed(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i..(i + 48).min(b.len()))?;
    let t = rest.strip_prefix(b" As ")?;
    let ty = t
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'.'))?;
    if ty == 0 || !t[0].is_ascii_uppercase() {
        return None;
    }
    let mut j = i + 4 + ty;
    j = skip_spaces(b, j);
    if b.get(j) != Some(&b'=') {
        return None;
    }
    Some(skip_spaces(b, j + 1))
}

/// `Device PIN | 41769  [ ]`, `Password provvisoria | X   Mostra | Copia`:
/// a settings page copied as text, a label of a word or two at the head
/// of its line, a bar, then the value (and the page's buttons after it).
/// Returns where the value starts.
fn label_bar_value(b: &[u8], key_start: usize, i: usize) -> Option<usize> {
    // `_` too: a column's name in psql's expanded display (`\x`, one
    // `name | value` line per column) is an identifier (`otp_code`).
    let label = |c: u8| c.is_ascii_alphanumeric() || c == b' ' || c == b'_' || c >= 0x80;
    // A qualifier of a word after the key (`provvisoria`, `2`), then the
    // bar.
    let mut j = i;
    while j < b.len() && j - i < 24 && label(b[j]) {
        j += 1;
    }
    if b.get(j) != Some(&b'|')
        || b.get(j + 1) != Some(&b' ')
        || b[i..j]
            .split(|&c| c == b' ')
            .filter(|w| !w.is_empty())
            .count()
            > 1
    {
        return None;
    }
    // Only a word of label before the key, at the head of its line.
    let mut k = key_start;
    while k > 0 && key_start - k < 24 && label(b[k - 1]) && b[k - 1] != b'\n' {
        k -= 1;
    }
    if k > 0 && b[k - 1] != b'\n' {
        return None;
    }
    if b[k..key_start].iter().filter(|&&c| c == b' ').count() > 1 {
        return None;
    }
    let v = skip_spaces(b, j + 1);
    b.get(v)
        .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'|')
        .then_some(v)
}

/// `Password ............ X`, `Account no. ....... 12345678`: a dot leader
/// (a form printed as text) joins a label to its value; a word or two of
/// label may stand before it (`Password attuale ....`). Returns where the
/// value starts, on the same line.
fn dot_leader(b: &[u8], i: usize) -> Option<usize> {
    // Cheap first: a space after the key, two dots close by.
    if b.get(i) != Some(&b' ') {
        return None;
    }
    let w = &b[i..(i + 64).min(b.len())];
    memchr::memchr_iter(b'.', w).find(|&d| w.get(d + 1) == Some(&b'.'))?;
    let mut j = i;
    for _ in 0..3 {
        let k = skip_spaces(b, j);
        if k == j || k - j > 8 {
            return None;
        }
        let dots = |at: usize| {
            let mut e = at;
            let mut n = 0;
            while e < b.len() && e - at < 256 {
                if b[e] != b'.' {
                    break;
                }
                n += 1;
                e += 1;
            }
            (n, e)
        };
        let (n, e) = dots(k);
        if n >= 3 {
            let v = skip_spaces(b, e);
            return (v > e && b.get(v).is_some_and(|&c| c != b'\n' && c != b'\r')).then_some(v);
        }
        // A word of label: letters, perhaps ending in a dot ("no.").
        let mut w = k;
        while w < b.len() && w - k < 20 && (b[w].is_ascii_alphabetic() || b[w] >= 0x80) {
            w += 1;
        }
        if w == k {
            return None;
        }
        if b.get(w) == Some(&b'.') && b.get(w + 1) == Some(&b' ') {
            w += 1;
        }
        j = w;
    }
    None
}

/// `|Password portale|Qwe#fgh45|`: a row of a two-column table of labels
/// and values (Jira, Confluence, Markdown): the key's cell starts the row
/// and the value's cell ends it. Returns where the value's cell starts.
fn pipe_row_value(b: &[u8], key_start: usize, i: usize) -> Option<usize> {
    let label = |c: u8| c.is_ascii_alphabetic() || c == b' ' || c >= 0x80;
    memchr::memchr(b'|', &b[i..(i + 33).min(b.len())])?;
    // On to the key's cell's end first (it usually ends at once): label
    // words only, then a border.
    let mut j = i;
    while j < b.len() && j - i < 32 && label(b[j]) {
        j += 1;
    }
    if b.get(j) != Some(&b'|') {
        return None;
    }
    // Back to the row's first border: only label words before the key.
    let mut k = key_start;
    while k > 0 && key_start - k < 32 && label(b[k - 1]) {
        k -= 1;
    }
    if k == 0 || b[k - 1] != b'|' || (k >= 2 && !matches!(b[k - 2], b'\n' | b' ' | b'\t')) {
        return None;
    }
    let ls = memchr::memrchr(b'\n', &b[..k - 1]).map_or(0, |p| p + 1);
    if skip_spaces(b, ls) != k - 1 {
        return None;
    }
    let v = skip_spaces(b, j + 1);
    let lim = (v + 512).min(b.len());
    let close = v + memchr::memchr2(b'|', b'\n', &b[v..lim])?;
    if b[close] != b'|' || close == v {
        return None;
    }
    let end = skip_spaces(b, close + 1);
    matches!(b.get(end), None | Some(b'\n' | b'\r')).then_some(v)
}

/// `item { acct = api_secret; svce = …; v_Data = "…" }`: a record whose
/// name field holds the key, and whose value field (`v_Data`, `value`,
/// `data`) further on the line holds the value, as keychain and key-value
/// store dumps print them.
fn record_value(b: &[u8], key_start: usize, i: usize) -> Option<usize> {
    if b.get(skip_spaces(b, i)) != Some(&b';') {
        return None;
    }
    // The key is the name field's value (`acct = user_password;`).
    let mut k = key_start;
    while k > 0 && key_start - k < 32 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_') {
        k -= 1;
    }
    let word = k;
    while k > 0 && word - k < 4 && b[k - 1] == b' ' {
        k -= 1;
    }
    if k == 0 || !matches!(b[k - 1], b'=' | b':') {
        return None;
    }
    let lim = (i + 256).min(b.len());
    let line = &b[i..i + memchr::memchr(b'\n', &b[i..lim]).unwrap_or(lim - i)];
    for name in [&b"v_data"[..], b"value", b"data"] {
        let mut from = 0;
        while let Some(o) = line[from..]
            .windows(name.len())
            .position(|w| w.eq_ignore_ascii_case(name))
        {
            let at = from + o;
            from = at + 1;
            if at > 0 && (line[at - 1].is_ascii_alphanumeric() || line[at - 1] == b'_') {
                continue;
            }
            let mut j = skip_spaces(line, at + name.len());
            if !matches!(line.get(j), Some(b'=' | b':')) {
                continue;
            }
            j = skip_spaces(line, j + 1);
            if j < line.len() && !matches!(line[j], b';' | b'}') {
                return Some(i + j);
            }
        }
    }
    None
}

/// Where the line of a key ends when the line is a command typed at a
/// shell's prompt (`$ kubectl get secret … '{.data.password}' | base64 -d`,
/// `$ gcloud secrets versions access … --secret=db-password`,
/// `root@web-1:/app# printenv API_TOKEN`), or an input line of a browser
/// or REPL console ending in the key (`> localStorage.token`, `>>>
/// os.environ["API_TOKEN"]`) whose output follows: what it prints on the
/// next line, alone, is the value.
fn printed_below(b: &[u8], key_start: usize, key_end: usize, kind: Kind) -> Option<usize> {
    // `env | grep -iE "key|secret|pass"`: a word of a pattern's
    // alternation names what to match, not a variable to print.
    if key_start > 0 && b[key_start - 1] == b'|' || b.get(key_end) == Some(&b'|') {
        return None;
    }
    // The cheap test first: the line ends soon after the key (a variable
    // printed, a member read: `printenv API_TOKEN`); a password's command
    // may go on (`… '{.data.password}' | base64 -d`).
    let reach = if kind == Kind::Password { 256 } else { 48 };
    let hi = (key_end + reach).min(b.len());
    let le = key_end + memchr::memchr(b'\n', &b[key_end..hi])?;
    let lo = key_start.saturating_sub(256);
    let ls = match memchr::memrchr(b'\n', &b[lo..key_start]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let p = skip_spaces(b, ls);
    if p >= key_start {
        return None;
    }
    if b[p..].starts_with(b"> ") || b[p..].starts_with(b">>> ") {
        return console_input(b, key_end);
    }
    shell_prompt(b, p, key_start).then_some(le)
}

/// A shell's prompt starts the line at `p`, before the key: `$ `, `% `, or
/// a prompt with a host, a directory or a shell's name before its mark
/// (`root@web-1:/app# `, `bash-5.2$ `, `~ $ `, `PS C:\app> `), short, at
/// most two spaces in it; or `➜ `, `❯ `. `#` and `>` need something before
/// them (a Markdown heading, a quoted mail line are no prompt).
fn shell_prompt(b: &[u8], p: usize, key_start: usize) -> bool {
    if b[p..].starts_with("➜ ".as_bytes()) || b[p..].starts_with("❯ ".as_bytes()) {
        return true;
    }
    let lim = key_start.min(p + 64);
    let w = &b[p..lim];
    let m = match (
        memchr::memchr3(b'$', b'#', b'%', w),
        memchr::memchr(b'>', w),
    ) {
        (Some(x), Some(y)) => x.min(y),
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => return false,
    };
    let c = w[m];
    w.get(m + 1) == Some(&b' ')
        && (matches!(c, b'$' | b'%') || m > 0)
        && memchr::memchr_iter(b' ', &w[..m]).count() <= 2
}

/// After a console's input line (`> `, `>>> `) ending with the key (a
/// member, an index, a getter), its output on the next line (`< '…'`, `=>
/// "…"`, or the literal alone). Returns where the key's line ends.
fn console_input(b: &[u8], key_end: usize) -> Option<usize> {
    let hi = (key_end + 8).min(b.len());
    let mut e = key_end;
    while e < hi && matches!(b[e], b'"' | b'\'' | b']' | b')' | b' ' | b';') {
        e += 1;
    }
    if e < b.len() && !matches!(b[e], b'\n' | b'\r') {
        return None;
    }
    let le = e + usize::from(b.get(e) == Some(&b'\r'));
    let n = skip_spaces(b, le + 1);
    let out = b.get(n..(n + 3).min(b.len()))?;
    (out.starts_with(b"< ")
        || out.starts_with(b"<- ")
        || out.starts_with(b"=> ")
        || matches!(out.first(), Some(b'"' | b'\'')))
    .then_some(le)
}

/// Where the line of a key ends (its `\n`) when the line introduces a
/// value below it: the line (up to six words before the key, 96 bytes in
/// all) ends with `:`, or, for a PIN or CVV, with a copula ("è", "is").
fn introduced_below(b: &[u8], key_start: usize, key_end: usize, kind: Kind) -> Option<usize> {
    // The cheap test first: the key's line ends soon, with `:`, the key
    // itself, or (for a code) a letter.
    let hi = (key_end + 96).min(b.len());
    let le = key_end + memchr::memchr(b'\n', &b[key_end..hi])?;
    let last = b[key_end..le].trim_ascii_end().last().copied();
    let code = matches!(kind, Kind::Pin | Kind::Cvv);
    if !(last.is_none()
        || last == Some(b':')
        || (code && last.is_some_and(|c| c.is_ascii_alphabetic() || c >= 0x80)))
    {
        return None;
    }
    let lo = key_start.saturating_sub(64);
    let ls = if key_start == 0 {
        0
    } else {
        memchr::memrchr(b'\n', &b[lo..key_start])
            .map_or(if lo == 0 { Some(0) } else { None }, |p| Some(lo + p + 1))?
    };
    let line = b[ls..le].trim_ascii_end();
    let before = &b[ls..key_start];
    if before
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
        .count()
        > 6
        || before.contains(&b':')
        || before.contains(&b'=')
    {
        return None;
    }
    if ls + line.len() < key_end {
        return None;
    }
    let after = &b[key_end..ls + line.len()];
    let words_before = before
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
        .count();
    let ok = if after.is_empty() {
        // "Verification code", "Your API token": a short label alone on
        // its line.
        words_before <= 2
            && before
                .iter()
                .all(|&c| c.is_ascii_alphabetic() || c == b' ' || c >= 0x80)
    } else if let Some(head) = after.strip_suffix(b":") {
        // What a parenthesis says (a date, a time) is no key nor value.
        let mut depth = 0u8;
        let head: Vec<u8> = head
            .iter()
            .copied()
            .filter(|&c| {
                match c {
                    b'(' => depth = depth.saturating_add(1),
                    b')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth == 0
            })
            .collect();
        !head.contains(&b'=')
            && !head.contains(&b':')
            && (!head.contains(&b'"')
                // `"Client secret" in the form:`: the key's own closing quote.
                || (head.first() == Some(&b'"') && !head[1..].contains(&b'"')))
    } else {
        matches!(kind, Kind::Pin | Kind::Cvv)
            && after.len() <= 48
            && !after.iter().any(u8::is_ascii_digit)
            && PROSE_WORDS.iter().any(|w| {
                after.len() > w.len()
                    && after[after.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
                    && after[after.len() - w.len() - 1] == b' '
            })
    };
    ok.then_some(le)
}

/// A command-line client's numbered reply, names and values on alternate
/// lines (`redis-cli`'s `HGETALL` and `CONFIG GET`): `1) "access_token"`
/// followed by `2) "<value>"`. Returns the quoted value's span.
fn numbered_reply(b: &[u8], key_start: usize, key_end: usize) -> Option<(usize, usize)> {
    if b.get(key_end) != Some(&b'"') {
        return None;
    }
    // The key may end a field's name: `"smtp_pass"`, `"db.password"`.
    let mut q = key_start;
    if q > 0 && matches!(b[q - 1], b'_' | b'.' | b'-') {
        while q > 0
            && key_start - q < 32
            && (b[q - 1].is_ascii_alphanumeric() || matches!(b[q - 1], b'_' | b'.' | b'-'))
        {
            q -= 1;
        }
    }
    if q < 4 || b[q - 1] != b'"' {
        return None;
    }
    // `N) "` before the key, at the start of its line.
    let mut k = q - 1;
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    if k == 0 || b[k - 1] != b')' {
        return None;
    }
    k -= 1;
    let d = k;
    while k > 0 && b[k - 1].is_ascii_digit() && d - k < 6 {
        k -= 1;
    }
    if k == d || (k > 0 && !matches!(b[k - 1], b'\n' | b' ')) {
        return None;
    }
    // The next line: `N+1) "value"`.
    let mut i = key_end + 1;
    if b.get(i) == Some(&b'\r') {
        i += 1;
    }
    if b.get(i) != Some(&b'\n') {
        return None;
    }
    i = skip_spaces(b, i + 1);
    let d = i;
    while i < b.len() && b[i].is_ascii_digit() && i - d < 6 {
        i += 1;
    }
    if i == d || b.get(i) != Some(&b')') {
        return None;
    }
    i = skip_spaces(b, i + 1);
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let s = i + 1;
    let lim = (s + MAX_VALUE).min(b.len());
    let e = s + b[s..lim].iter().position(|&c| c == b'"' || c == b'\n')?;
    (b[e] == b'"' && e > s).then_some((s, e))
}

/// Names of keys that are public or not secrets at all.
const PUBLIC_KEYS: &[&str] = &[
    "public",
    "publishable",
    "pub",
    "primary",
    "foreign",
    "idempotency",
    "cache",
    "sort",
    "partition",
    "row",
    "object",
    "site",
    "hash",
    "routing",
    "dedup",
    "unique",
    "message",
    "translation",
    "i18n",
    "license",
    "map",
    "lookup",
    "id",
];

/// `SHOP_API_KEY=…`, `vendor.api.key: …`, `stripe-key=…`: "key" ending a
/// setting's name, with `=` or `:`, and a value no word looks like (20+
/// characters mixing upper case, lower case and digits).
/// `api:` over an indented `key: …`: YAML's nesting names the setting
/// `api.key`, as a properties file writes it in one name; the value is
/// judged as that setting's (a random run, or a vendor's own format).
fn yaml_api_key(
    text: &str,
    b: &[u8],
    start: usize,
    end: usize,
    memo: &mut QuoteMemo,
) -> Option<Finding> {
    if b.get(end) != Some(&b':') || start == 0 || b[start - 1] != b' ' {
        return None;
    }
    // Only spaces back to the line's start (walked over, never searched
    // for: a long line of `key:` costs no more per key).
    let mut ls = start;
    while ls > 0 && start - ls < 64 && b[ls - 1] == b' ' {
        ls -= 1;
    }
    let indent = start - ls;
    if ls == 0 || b[ls - 1] != b'\n' {
        return None;
    }
    // The line above, less indented, is the mapping's own key (a short
    // line: `api:` and its indent).
    let lo = (ls - 1).saturating_sub(indent + 8);
    let ps = match memchr::memrchr(b'\n', &b[lo..ls - 1]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let above = b[ps..ls - 1].strip_suffix(b"\r").unwrap_or(&b[ps..ls - 1]);
    let pi = above.iter().take_while(|&&c| c == b' ').count();
    if pi >= indent || !above[pi..].eq_ignore_ascii_case(b"api:") {
        return None;
    }
    api_key_value(text, b, skip_spaces(b, end + 1), memo)
}

/// The value of a setting named `api.key` by its nesting (YAML's `api:`,
/// an INI file's `[api]`): a random run, or a vendor's own format.
fn api_key_value(text: &str, b: &[u8], v: usize, memo: &mut QuoteMemo) -> Option<Finding> {
    let (s, e, _) = read_value(b, v, Read::Token, memo);
    let value = &text[s..e];
    let sh = shape(value);
    ((sh.digits >= 2 && sh.upper >= 2 && sh.lower >= 2 && looks_like_token(value, 20))
        && !is_reference(value)
        && !is_uuid(value.as_bytes())
        || crate::vendor::whole_value(value))
    .then(|| Finding {
        kind: vendor_kind(value).unwrap_or(Kind::AccessToken),
        start: s,
        end: e,
        confidence: Confidence::Medium,
    })
}

/// `[api]` then `key = …` a few lines below: an INI file's section names
/// the setting `api.key`, as YAML's nesting does (`yaml_api_key`). The
/// key stands at a line's start, `=` or `:` after it; the section's line
/// is searched for up the lines of its block (no blank line between,
/// 512 bytes at most), and its name holds the word `api` (`[api]`,
/// `[payments_api]`, `[api.sandbox]`).
#[inline(never)]
fn ini_api_key(
    text: &str,
    b: &[u8],
    start: usize,
    end: usize,
    memo: &mut QuoteMemo,
) -> Option<Finding> {
    if start == 0 || b[start - 1] != b'\n' {
        return None;
    }
    let sep = skip_spaces(b, end);
    if !matches!(b.get(sep), Some(b'=' | b':')) {
        return None;
    }
    let lo = start.saturating_sub(512);
    let mut le = start - 1;
    while le > lo {
        let ls = memchr::memrchr(b'\n', &b[lo..le]).map_or(lo, |p| lo + p + 1);
        if ls == lo && lo > 0 {
            return None;
        }
        let line = b[ls..le].strip_suffix(b"\r").unwrap_or(&b[ls..le]);
        if line.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        if let Some(name) = line.strip_prefix(b"[").and_then(|l| l.strip_suffix(b"]")) {
            let api = name
                .split(|c| !c.is_ascii_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(b"api"));
            return if api {
                api_key_value(text, b, skip_spaces(b, sep + 1), memo)
            } else {
                None
            };
        }
        if ls == 0 {
            return None;
        }
        le = ls - 1;
    }
    None
}

fn name_key(text: &str, b: &[u8], start: usize, end: usize, memo: &mut QuoteMemo) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: end,
    };
    if let Some((s, e)) = labelled_key(b, start, end)
        .or_else(|| crate::prose::key_in_prose(b, start, end))
        .or_else(|| key_introduced_above(b, start, end))
    {
        // A vendor's own format keeps its kind.
        let kind = vendor_kind(&text[s..e]).unwrap_or(Kind::AccessToken);
        return Outcome {
            finding: finding(kind, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    if let Some(f) =
        service_access_key(text, b, start, end, memo).or_else(|| record_key(b, start, end))
    {
        return Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    if let Some(f) =
        yaml_api_key(text, b, start, end, memo).or_else(|| ini_api_key(text, b, start, end, memo))
    {
        return Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    if start < 2
        || !matches!(b[start - 1], b'_' | b'.' | b'-')
        || !b[start - 2].is_ascii_alphanumeric()
    {
        return none;
    }
    let mut k = start - 1;
    while k > 0 && start - k < 64 && b[k - 1].is_ascii_alphanumeric() {
        k -= 1;
    }
    let part = text[k..start - 1].to_ascii_lowercase();
    if let Some(f) = alerting_key(&part, b, start, end) {
        return Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    if PUBLIC_KEYS.contains(&part.as_str()) {
        return none;
    }
    if let Some(f) = uuid_setting(b, k, start, end) {
        return Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    let Some((Sep::Strong, v)) = separator(b, start, end) else {
        return none;
    };
    if let Some(f) = base64_key(b, v) {
        return Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    if let Some(f) = generated_literal(b, v) {
        return Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    let (s, e, quoted) = read_value(b, v, Read::Token, memo);
    let value = &text[s..e];
    let sh = shape(value);
    // A vendor's key has a shape of its own (a prefix, or a Mailchimp
    // key's data centre after its hex, `…-us17`) that needs no mixed case
    // to be known.
    if (sh.digits >= 2
        && sh.upper >= 2
        && sh.lower >= 2
        && looks_like_token(value, 20)
        && !is_reference(value)
        && !is_uuid(value.as_bytes()))
        || crate::vendor::whole_value(value)
        || crate::vendor::datacenter_key(value)
    {
        let kind = if crate::vendor::datacenter_key(value) {
            Kind::VendorKey
        } else {
            refine(Kind::AccessToken, value)
        };
        return Outcome {
            finding: finding(kind, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    rejected(end, e, quoted)
}

/// `BROWSERSTACK_ACCESS_KEY: …`, `accessKey: '…'`, `access_key = …`: a
/// service's access key set as a field. Cloud storage names its public key
/// id so (AWS's `AKIA…`, capitals and digits, and the ids copied from it),
/// but a key that mixes cases like a random string, or a UUID, is the
/// secret half a test grid or a SaaS tool signs in with. (`…_KEY_ID`,
/// `accessKeyId` name the id and are not read.)
fn service_access_key(
    text: &str,
    b: &[u8],
    start: usize,
    end: usize,
    memo: &mut QuoteMemo,
) -> Option<Finding> {
    let lo = start.checked_sub(7)?;
    let snake = b[lo..start - 1].eq_ignore_ascii_case(b"access")
        && matches!(b[start - 1], b'_' | b'.' | b'-');
    let camel = b[lo + 1..start] == *b"access" && b[start] == b'K';
    if !snake && !camel {
        return None;
    }
    // `secretAccessKey`, `AWS_SECRET_ACCESS_KEY` are read as secret keys.
    let before = b[lo.saturating_sub(7)..lo + 1].to_ascii_lowercase();
    if memchr::memmem::find(&before, b"secret").is_some() {
        return None;
    }
    let (Sep::Strong, v) = separator(b, start, end)? else {
        return None;
    };
    let (s, e, _) = read_value(b, v, Read::Token, memo);
    let value = &text[s..e];
    let sh = shape(value);
    let random = value.len() >= 20
        && sh.other == 0
        && sh.upper >= 3
        && sh.lower >= 3
        && looks_like_token(value, 20);
    ((random || is_uuid(value.as_bytes())) && !is_reference(value) && !is_placeholder(value))
        .then(|| finding(Kind::VendorKey, s, e, Confidence::Medium))
        .flatten()
}

/// `npx cypress run --record --key 6e42…`: the key `cypress run` records
/// to its cloud with, given as the `--key` flag on the command's line.
fn record_key(b: &[u8], start: usize, end: usize) -> Option<Finding> {
    if start < 2 || &b[start - 2..start] != b"--" || !matches!(b.get(end), Some(b' ' | b'=')) {
        return None;
    }
    // (A command line's own words; looked at within 256 bytes, so a long
    // line of flags is not read again for each.)
    let lo = start.saturating_sub(256);
    let line_start = memchr::memrchr(b'\n', &b[lo..start]).map_or(lo, |p| lo + p + 1);
    let line = b[line_start..start].to_ascii_lowercase();
    memchr::memmem::find(&line, b"cypress run")?;
    let s = end + 1;
    let mut e = s;
    while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'-') {
        e += 1;
    }
    let v = &b[s..e];
    let sh = shape(std::str::from_utf8(v).ok()?);
    let ok = is_uuid(v) || (v.len() >= 16 && sh.digits >= 2 && sh.upper + sh.lower >= 4);
    ok.then(|| finding(Kind::VendorKey, s, e, Confidence::Medium))
        .flatten()
}

/// `GENIE_KEY=4f0c…-…`, `ALERTS_KEY_FOR_HEARTBEAT=4f0c…-…`: an environment
/// setting whose name holds `KEY` (last, or qualified after it) set to a
/// UUID. Several services issue their API keys as UUIDs, and a setting
/// named a key holds one; a name that says it holds an id (`…_KEY_ID`,
/// `TENANT`, `REQUEST`…) or a public key (`PUBLIC_KEYS`, checked by the
/// caller for the word before `KEY`) keeps its UUID as an id. Only in
/// capitals, with `=`: how an environment is written.
fn uuid_setting(b: &[u8], name_start: usize, start: usize, end: usize) -> Option<Finding> {
    const ID_SEGMENTS: &[&[u8]] = &[
        b"ID",
        b"IDS",
        b"UUID",
        b"GUID",
        b"REQUEST",
        b"TRACE",
        b"CORRELATION",
        b"IDEMPOTENCY",
        b"DEDUP",
        b"SESSION",
        b"TENANT",
        b"SUBSCRIPTION",
        b"VAULT",
        b"OBJECT",
        b"PRINCIPAL",
        b"PUBLIC",
        b"CACHE",
        b"PARTITION",
        b"SORT",
        b"ROUTING",
        b"MESSAGE",
        b"LICENSE",
    ];
    if &b[start..end] != b"KEY" {
        return None;
    }
    let mut e = end;
    while e < b.len()
        && e - end < 48
        && (b[e].is_ascii_uppercase() || b[e].is_ascii_digit() || b[e] == b'_')
    {
        e += 1;
    }
    if b.get(e) != Some(&b'=') {
        return None;
    }
    let name = &b[name_start..e];
    if !name
        .iter()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
        || name
            .split(|&c| c == b'_')
            .any(|seg| ID_SEGMENTS.contains(&seg))
    {
        return None;
    }
    let v = e + 1;
    let ve = v + 36;
    let alone = b
        .get(ve)
        .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'-');
    (b.get(v..ve).is_some_and(is_uuid) && alone).then_some(Finding {
        kind: Kind::VendorKey,
        start: v,
        end: ve,
        confidence: Confidence::Medium,
    })
}

/// `routing_key: 3f9c…` (32 hex digits), `"integration_key":"…"`: an
/// alerting service's events key (the key that lets anyone open incidents
/// on a team's pager) is 32 hex digits under these names. A message
/// broker's routing key is dotted words, never a 32-digit hex run, so the
/// shape decides between the two meanings of "routing key".
fn alerting_key(part: &str, b: &[u8], start: usize, end: usize) -> Option<Finding> {
    if part != "routing" && part != "integration" {
        return None;
    }
    let (Sep::Strong, v) = separator(b, start, end)? else {
        return None;
    };
    let v = if matches!(b.get(v), Some(b'"' | b'\'')) {
        v + 1
    } else {
        v
    };
    hex32_at(b, v).map(|e| Finding {
        kind: Kind::VendorKey,
        start: v,
        end: e,
        confidence: Confidence::Medium,
    })
}

/// The end of exactly 32 lowercase hex digits at `v`, with at least one
/// letter and one digit, standing alone (no word character after).
pub(crate) fn hex32_at(b: &[u8], v: usize) -> Option<usize> {
    let e = v + 32;
    let run = b.get(v..e)?;
    let hex = run
        .iter()
        .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c));
    let mixed = run.iter().any(u8::is_ascii_digit) && run.iter().any(u8::is_ascii_alphabetic);
    let alone = b
        .get(e)
        .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'_' && *c != b'-');
    (hex && mixed && alone).then_some(e)
}

/// `Key: 66XBVBS4PHINYP7VYY8VIL4E7AXJC3P0`: a settings page or a console
/// copied as text shows a generated API key under the label "Key" alone
/// at the head of its line. Only a random run counts: 24 to 64 letters
/// and digits with four digits or more and eight letters or more, not
/// hex (a key's id or fingerprint is printed in hex). The label may name
/// the environment the key is for (`sandbox key:`, `live key:`, `prod
/// key:`), and such a key may hold a `.`, `_` or `-`, as generated keys
/// do.
fn labelled_key(b: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
    const STAGES: &[&[u8]] = &[
        b"sandbox",
        b"live",
        b"test",
        b"prod",
        b"production",
        b"staging",
        b"dev",
    ];
    if b.get(end) != Some(&b':') || b.get(end + 1) != Some(&b' ') {
        return None;
    }
    let ls = memchr::memrchr(b'\n', &b[start.saturating_sub(16)..start])
        .map(|p| start.saturating_sub(16) + p + 1)
        .or((start < 16).then_some(0))?;
    let head = b[ls..start].trim_ascii();
    let staged =
        start > ls && b[start - 1] == b' ' && STAGES.iter().any(|w| head.eq_ignore_ascii_case(w));
    if !staged && !head.is_empty() {
        return None;
    }
    let s = skip_spaces(b, end + 1);
    let lim = (s + 65).min(b.len());
    let e = s + b[s..lim]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || (staged && matches!(c, b'.' | b'_' | b'-')))
        .count();
    let v = &b[s..e];
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let ends = b.get(e).is_none_or(|&c| c.is_ascii_whitespace());
    ((24..=64).contains(&v.len())
        && ends
        && digits >= 4
        && v.len() - digits >= 8
        && !v.iter().all(u8::is_ascii_hexdigit))
    .then_some((s, e))
}

/// The kind a vendor's own format gives a value, if it has one (a listed
/// vendor's prefix, or a key that says it is live).
fn vendor_kind(v: &str) -> Option<Kind> {
    crate::vendor::whole_kind(v)
        .or_else(|| crate::staged::whole(v.as_bytes()).then_some(Kind::VendorKey))
}

/// "Here's the key:" ending its line, the key alone on the next line:
/// "key" as the last word of a short sentence (not a public or a
/// license key) that introduces a random run as `labelled_key` reads one.
#[inline(never)]
fn key_introduced_above(b: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
    if b.get(end) != Some(&b':') || start == 0 || b[start - 1] != b' ' {
        return None;
    }
    let mut ls = end + 1;
    if b.get(ls) == Some(&b'\r') {
        ls += 1;
    }
    if b.get(ls) != Some(&b'\n') {
        return None;
    }
    let lo = start.saturating_sub(48);
    let line_start = memchr::memrchr(b'\n', &b[lo..start]).map(|p| lo + p + 1);
    let line_start = line_start.or((lo == 0).then_some(0))?;
    let mut before = b[line_start..start - 1].to_ascii_lowercase();
    // The sentence the key ends.
    if let Some(p) = before
        .iter()
        .rposition(|&c| matches!(c, b'.' | b'!' | b'?'))
    {
        before.drain(..=p);
    }
    let last = before.rsplit(|&c| c == b' ').next().unwrap_or(&[]);
    if PUBLIC_KEYS.iter().any(|k| k.as_bytes() == last)
        || matches!(last, b"license" | b"licence" | b"product" | b"ssh" | b"gpg")
        || before
            .split(|&c| c == b' ')
            .filter(|w| !w.is_empty())
            .count()
            > 6
    {
        return None;
    }
    let s = ls + 1;
    let lim = (s + 65).min(b.len());
    let e = s + b[s..lim]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let v = &b[s..e];
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let ends = b.get(e).is_none_or(|&c| c == b'\n' || c == b'\r');
    ((24..=64).contains(&v.len())
        && ends
        && digits >= 2
        && v.iter().any(u8::is_ascii_uppercase)
        && v.iter().any(u8::is_ascii_lowercase)
        && !v.iter().all(u8::is_ascii_hexdigit))
    .then_some((s, e))
}

/// `define('AUTH_KEY', 's1a8ImtI*-:F.2;:F^$33Ah…');` (WordPress's keys,
/// from its secret-key service): a quoted literal of 32 to 128 printable
/// characters without a space, mixing capitals, small letters, digits and
/// punctuation, as a generator writes them and no name, path or
/// sentence is.
fn generated_literal(b: &[u8], v: usize) -> Option<Finding> {
    let q = *b.get(v).filter(|c| matches!(c, b'"' | b'\''))?;
    let s = v + 1;
    let lim = (s + 129).min(b.len());
    let n = b[s..lim].iter().position(|&c| c == q)?;
    let lit = &b[s..s + n];
    let printable = lit.iter().all(|c| c.is_ascii_graphic());
    let sh = shape(std::str::from_utf8(lit).ok()?);
    (n >= 32 && printable && sh.upper >= 2 && sh.lower >= 2 && sh.digits >= 2 && sh.other >= 4)
        .then(|| finding(Kind::ClientSecret, s, s + n, Confidence::Medium))?
}

/// `APP_KEY=base64:mj8e+An9…=`: Laravel (and the frameworks that copied
/// it) write a binary key as `base64:` and its base64, 32 bytes for an
/// AES-256 key. The base64 after the prefix is the key.
fn base64_key(b: &[u8], v: usize) -> Option<Finding> {
    let quote = matches!(b.get(v), Some(b'"' | b'\''));
    let s = v + usize::from(quote) + 7;
    if !b.get(s - 7..s)?.eq_ignore_ascii_case(b"base64:") {
        return None;
    }
    let n = b[s..]
        .iter()
        .take(128)
        .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
        .count();
    (n >= 32).then(|| finding(Kind::ClientSecret, s, s + n, Confidence::High))?
}

/// A number sign after a key, as forms and letters abbreviate it:
/// `Konto-Nr.`, `Kto.-Nr.`, `conto n.`, `card no.`, `compte n°`, `PIN #`.
/// Returns where the separator may begin: past the abbreviation's dot and
/// the sign (followed by a space, `:` or `=`), or `i` unchanged.
fn number_marker(b: &[u8], key_start: usize, mut i: usize) -> usize {
    let key = &b[key_start..i];
    let ends =
        |w: &[u8]| key.len() >= w.len() && key[key.len() - w.len()..].eq_ignore_ascii_case(w);
    if b.get(i) == Some(&b'.')
        && (ends(b"nr") || ends(b"no") || ends(b"kto") || ends(b" n"))
        && matches!(b.get(i + 1), Some(b' ' | b'\t' | b':' | b'-'))
    {
        i += 1;
    }
    let j = match b.get(i) {
        Some(b'-' | b' ') => i + 1,
        _ => return i,
    };
    let rest = b.get(j..(j + 4).min(b.len())).unwrap_or_default();
    let sign = if rest.len() >= 2 && rest[..2].eq_ignore_ascii_case(b"nr") {
        2 + usize::from(rest.get(2) == Some(&b'.'))
    } else if (rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(b"no."))
        || rest.starts_with("n°".as_bytes())
        || rest.starts_with("nº".as_bytes())
    {
        3
    } else if rest.starts_with(b"#") {
        1
    } else {
        return i;
    };
    if matches!(b.get(j + sign), Some(b' ' | b'\t' | b':' | b'=')) {
        j + sign
    } else {
        i
    }
}

/// Inline markup tags from `i` (`</b>`, `<code>`, `<span class="x">`),
/// with the spaces between them: where the text goes on. Tags are short
/// and on one line.
fn skip_tags(b: &[u8], mut i: usize) -> usize {
    for _ in 0..4 {
        if b.get(i) != Some(&b'<') {
            break;
        }
        let lim = (i + 48).min(b.len());
        let Some(close) = b[i..lim].iter().position(|&c| c == b'>' || c == b'\n') else {
            break;
        };
        let tag = &b[i + 1..i + close];
        let name = tag.strip_prefix(b"/").unwrap_or(tag);
        if b[i + close] != b'>' || !name.first().is_some_and(u8::is_ascii_alphabetic) {
            break;
        }
        // `<your-password>`, `<API_KEY>`: a placeholder's words are joined
        // by `-` or `_`, which markup's inline tags never hold; it stands
        // where the value goes, and what follows it is the sentence.
        let tag_name = name.split(|&c| c == b' ').next().unwrap_or(name);
        if tag_name.iter().any(|&c| c == b'-' || c == b'_') {
            break;
        }
        // `PGPASSWORD=<password> psql`: an opening tag nothing closes on
        // its line is a placeholder in angle brackets, not markup; what
        // follows it is the command going on.
        if !tag.starts_with(b"/") && !closed_on_line(b, i + close + 1, tag_name) {
            break;
        }
        i = skip_spaces(b, i + close + 1);
    }
    i
}

/// Whether `</name` follows `from` on the same line: the opening tag
/// `<name>` before `from` is markup that wraps a value (`<code>x</code>`),
/// or a line break (`<br>`), which closes nothing.
fn closed_on_line(b: &[u8], from: usize, name: &[u8]) -> bool {
    if name.eq_ignore_ascii_case(b"br") {
        return true;
    }
    let lim = (from + 256).min(b.len());
    let line = &b[from..lim];
    let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
    memchr::memmem::find_iter(line, b"</").any(|p| {
        line.get(p + 2..p + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
}

/// "new secret's sec_…", "the password’s Tq7!…": English contracts the
/// copula onto the key at `i`; what follows is judged as after "is" (a
/// possessive, "the token's expiry", is followed by a word). Where the
/// value starts.
#[inline(never)]
fn contracted_copula(b: &[u8], i: usize) -> Option<usize> {
    [&b"'s "[..], "’s ".as_bytes()]
        .iter()
        .find(|c| b.get(i..i + c.len()) == Some(c))
        .map(|c| skip_spaces(b, i + c.len()))
}

/// `SetEnv DB_PASSWORD "…"` (Apache), `ENV DB_PASSWORD …` (a Dockerfile's
/// older form), `fastcgi_param DB_PASSWORD …;` (nginx), `setenv
/// DB_PASSWORD …` (csh), `#define WIFI_PASS "…"` (C's preprocessor): a
/// directive that sets a variable takes its name and, after a space, its
/// value. The key ends the name; returns where the
/// value starts.
fn directive_value(b: &[u8], key_start: usize, key_end: usize) -> Option<usize> {
    let mut k = key_start;
    while k > 0 && key_start - k < 64 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_') {
        k -= 1;
    }
    let lo = k.saturating_sub(32);
    let ls = memchr::memrchr(b'\n', &b[lo..k]).map_or(lo, |p| lo + p + 1);
    let head = b[ls..k].trim_ascii_start();
    let directive = [
        &b"SetEnv "[..],
        b"ENV ",
        b"setenv ",
        b"fastcgi_param ",
        b"env ",
    ]
    .contains(&head);
    // `#define WIFI_PASSWORD "…"` (C, C++, an Arduino sketch's
    // `secrets.h`): the preprocessor defines the name as what follows it,
    // and a string literal there is the value. (Only a literal: a macro
    // defined as another macro, `CONFIG_MQTT_PASSWORD`, or a number, `#define
    // LED_PIN 13`, names no secret.)
    let macro_ = matches!(head, b"#define " | b"# define ");
    // `setx ADMIN_PASSWORD "…"`: Windows' command that sets a variable for
    // good, typed at a prompt (`C:\Users\admin>setx …`).
    let setx = head.eq_ignore_ascii_case(b"setx ") || head.ends_with(b">setx ");
    let directive = directive || setx;
    if !directive && !macro_ {
        return None;
    }
    let v = skip_spaces(b, key_end);
    if macro_ && b.get(v) != Some(&b'"') {
        return None;
    }
    b.get(v)
        .is_some_and(|c| !c.is_ascii_whitespace())
        .then_some(v)
}

/// `DEBUG otp_submitted value=914535`, `password_set val=…`: a log line's
/// event, named by the key and what happened to it, then the event's
/// `value=` field. Returns where the value starts. Not when the name says
/// the value is about the credential (`otp_length value=6`).
fn event_value(b: &[u8], i: usize) -> Option<usize> {
    let mut e = i;
    while e < b.len() && e - i < 24 && (b[e].is_ascii_lowercase() || b[e] == b'_') {
        e += 1;
    }
    if e == i + 1 || crate::nearby::names_no_credential(&b[i..e]) {
        return None;
    }
    let rest = b.get(e..)?;
    [&b" value="[..], b" val="]
        .iter()
        .find(|f| rest.starts_with(f))
        .map(|f| e + f.len())
}

/// PHP's `var_dump`: `["client_secret"]=>` and, on the next line,
/// `string(32) "…"`, the value's type and length before it. Returns the
/// opening quote when `i` follows such an arrow.
/// `s:32:"` at `i` (PHP's serialized string): where its opening quote is.
#[inline(never)]
fn serialized_string(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i..)?.strip_prefix(b"s:")?;
    let digits = rest
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (digits > 0 && rest.get(digits..)?.starts_with(b":\"")).then_some(i + 2 + digits + 1)
}

fn var_dump_string(b: &[u8], i: usize) -> Option<usize> {
    if i < 2 || &b[i - 2..i] != b"=>" {
        return None;
    }
    let mut j = i;
    while j < b.len() && j - i < 64 && b[j].is_ascii_whitespace() {
        j += 1;
    }
    let rest = b.get(j..)?.strip_prefix(b"string(")?;
    let digits = rest
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let after = rest.get(digits..)?;
    (digits > 0 && after.starts_with(b") \"")).then_some(j + 7 + digits + 2)
}

/// `<string name="client_secret">…</string>` (Android resources),
/// `<entry key="db.password">…</entry>`, `<param name="card_pin">…`: the
/// key is inside the element's `name` or `key` attribute and the value is
/// the element's text. Returns where the text starts.
fn named_element_text(b: &[u8], key_start: usize, key_end: usize) -> Option<usize> {
    let ident = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-');
    let mut k = key_start;
    while k > 0 && key_start - k < 48 && ident(b[k - 1]) {
        k -= 1;
    }
    let q = *b.get(k.checked_sub(1)?)?;
    if !matches!(q, b'"' | b'\'') || k < 6 || b[k - 2] != b'=' {
        return None;
    }
    let attr = &b[..k - 2];
    if !(attr.ends_with(b" name") || attr.ends_with(b" key")) {
        return None;
    }
    let mut e = key_end;
    while e < b.len() && e - key_end < 48 && ident(b[e]) {
        e += 1;
    }
    if b.get(e) != Some(&q) || b.get(e + 1) != Some(&b'>') {
        return None;
    }
    let v = e + 2;
    let lim = (v + MAX_VALUE).min(b.len());
    let close = v + b[v..lim].iter().position(|&c| c == b'<' || c == b'\n')?;
    (b[close] == b'<' && b.get(close + 1) == Some(&b'/') && close > v).then_some(v)
}

/// `<password` or `<wsse:Password`: the key is an element's name.
fn element_name_start(b: &[u8], key_start: usize) -> Option<usize> {
    let mut k = key_start;
    // A namespace prefix: `wsse:`.
    if k > 0 && b[k - 1] == b':' {
        k -= 1;
        while k > 0 && key_start - k < 24 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_')
        {
            k -= 1;
        }
    }
    (k > 0 && b[k - 1] == b'<').then(|| k - 1)
}

/// After a closing tag at `i` (`</key>`, `</td>`, `</dt>`), the text of the
/// next element on the same or the next lines: `<string>x`, `<td>x`.
fn next_element_text(b: &[u8], i: usize) -> Option<usize> {
    let lim = (i + 32).min(b.len());
    let close = i + b[i..lim].iter().position(|&c| c == b'>')?;
    if !b[i + 2..close]
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || *c == b':')
    {
        return None;
    }
    let mut j = close + 1;
    while j < b.len() && j - close < 64 && b[j].is_ascii_whitespace() {
        j += 1;
    }
    if b.get(j) != Some(&b'<') || !b.get(j + 1).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let lim = (j + 128).min(b.len());
    let end = j + b[j..lim].iter().position(|&c| c == b'>' || c == b'\n')?;
    (b[end] == b'>' && b[end - 1] != b'/').then_some(end + 1)
}

/// After a quoted name, `value="…"` or `, "value": "…"` (possibly on the
/// next line): where the value's opening quote is.
fn named_value(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    let ws = |b: &[u8], mut j: usize, from: usize| {
        while j < b.len() && j - from < 64 && b[j].is_ascii_whitespace() {
            j += 1;
        }
        j
    };
    j = ws(b, j, i);
    if b.get(j) == Some(&b',') {
        j = ws(b, j + 1, i);
    }
    let quoted = matches!(b.get(j), Some(b'"' | b'\''));
    if quoted {
        j += 1;
    }
    if !b
        .get(j..j + 5)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"value"))
    {
        return None;
    }
    j += 5;
    if quoted {
        if !matches!(b.get(j), Some(b'"' | b'\'')) {
            return None;
        }
        j += 1;
    }
    j = skip_spaces(b, j);
    if !matches!(b.get(j), Some(b':' | b'=')) {
        return None;
    }
    let v = skip_spaces(b, j + 1);
    matches!(b.get(v), Some(b'"' | b'\'')).then_some(v)
}

/// A label alone on its line (`password:`, `client_secret`, `Codice OTP
/// ricevuto via SMS`) and its value alone on the next one: a form's
/// multi-line field, a copied settings page. Only a value no word or key
/// looks like counts.
fn next_line_value(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
    kind: Kind,
) -> Option<Outcome> {
    // The label starts its line (after indentation or a list mark)…
    let mut k = key_start;
    while k > 0 && key_start - k < 16 && matches!(b[k - 1], b' ' | b'\t' | b'-' | b'*' | b'#') {
        k -= 1;
    }
    // A key in parentheses glosses the label before it ("Chiave di rete
    // (password)", "Network key (password)"): the label starts the line.
    if k > 0 && b[k - 1] == b'(' {
        let mut j = k - 1;
        while j > 0
            && k - j < 48
            && (b[j - 1].is_ascii_alphabetic() || b[j - 1] == b' ' || b[j - 1] >= 0x80)
        {
            j -= 1;
        }
        if j == 0 || b[j - 1] == b'\n' {
            k = j;
        }
    }
    let at_start = k == 0 || b[k - 1] == b'\n';
    // …and ends it, with `:` at most; a few words of label may follow the
    // key ("Codice OTP ricevuto via SMS", "Password temporanea", "Codice
    // di verifica (TOTP)", the gloss's closing parenthesis).
    let mut i = key_end;
    let lim = (key_end + 48).min(b.len());
    while i < lim
        && (b[i].is_ascii_alphabetic() || matches!(b[i], b' ' | b'(' | b')') || b[i] >= 0x80)
    {
        i += 1;
    }
    if b.get(i) == Some(&b':') {
        i += 1;
    }
    i = skip_spaces(b, i);
    if b.get(i) == Some(&b'\r') {
        i += 1;
    }
    if !at_start || b.get(i) != Some(&b'\n') {
        // A sentence that introduces the value below with a colon: a few
        // words around the key, a parenthesis ("Field \"Client secret\" in
        // the form:", "refresh token (from the consent flow of 2 May):");
        // for a code, a copula ("il PIN della carta è").
        let printed = matches!(
            kind,
            Kind::Password
                | Kind::AccessToken
                | Kind::ClientSecret
                | Kind::RefreshToken
                | Kind::VendorKey
        );
        let shell = if printed {
            printed_below(b, key_start, key_end, kind)
        } else {
            None
        };
        i = match shell {
            Some(le) => le,
            None => introduced_below(b, key_start, key_end, kind)?,
        };
    }
    let mut s = skip_spaces(b, i + 1);
    // One blank line may stand between ("Verification code\n\n732494").
    if matches!(b.get(s), Some(b'\n' | b'\r')) {
        let mut j = s;
        if b[j] == b'\r' {
            j += 1;
        }
        if b.get(j) == Some(&b'\n') {
            s = skip_spaces(b, j + 1);
        }
    }
    // A console's output mark (`< `, `<- `, `=> `) and the quotes of the
    // literal it prints.
    for mark in [&b"< "[..], b"<- ", b"=> "] {
        if b[s..].starts_with(mark) {
            s += mark.len();
            break;
        }
    }
    // A whole line (a JWT printed alone is long), or nothing.
    let lim = (s + 2048).min(b.len());
    let e = s + b[s..lim]
        .iter()
        .position(|&c| c == b'\n' || c == b'\r')
        .unwrap_or(lim - s);
    if e == lim && lim < b.len() {
        return None;
    }
    let e = crate::value::floor_boundary(b, e);
    let mut line = crate::ui_chrome::without_chrome(&text[s..e]);
    if line.len() > 2
        && let Some(q) = line.bytes().next().filter(|&q| q == b'"' || q == b'\'')
        && line.ends_with(q as char)
    {
        s += 1;
        line = &line[1..line.len() - 1];
    }
    let e = s + line.len();
    let ok = match kind {
        Kind::Pin | Kind::Cvv => {
            let (min, max) = if kind == Kind::Pin { (4, 8) } else { (3, 4) };
            code_digits(b, s, min, max).is_some_and(|(_, ce)| ce == e)
        }
        Kind::Password => {
            !line.contains(' ')
                && !line.ends_with(':')
                && password_value_ok(line, Sep::Bare)
                && !is_reference(line)
                && !line.contains("://")
        }
        Kind::AccessToken | Kind::RefreshToken | Kind::ClientSecret | Kind::VendorKey => {
            !line.ends_with(':')
                && token_value_ok(line, Sep::Bare)
                && !is_reference(line)
                && !is_id(line.as_bytes())
                && !line.contains("://")
        }
        _ => false,
    };
    ok.then(|| Outcome {
        finding: finding(refine(kind, line), s, e, Confidence::Medium),
        scanned_to: e,
    })
}

/// `"clientAuthenticatorType": "client-secret", "secret": "<uuid>"`: an
/// identity provider's client that authenticates with a secret says so
/// in its own representation (Keycloak's realm export) just before the
/// secret, which such servers generate in a UUID's shape. Read in the
/// 300 bytes before the key.
fn client_authenticated_by_secret(b: &[u8], key_start: usize) -> bool {
    let before = &b[key_start.saturating_sub(300)..key_start];
    memchr::memmem::find(before, b"\"clientAuthenticatorType\": \"client-secret\"").is_some()
        || memchr::memmem::find(before, b"\"clientAuthenticatorType\":\"client-secret\"").is_some()
}

/// `-p` on the command line of a client whose `-p` is a password: glued
/// to it (`mysql -uroot -pS3cret`, `mysqldump … -p'S3cret'`) or, for
/// sshpass and docker login, after a space.
fn dash_p(text: &str, b: &[u8], start: usize, memo: &mut QuoteMemo) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: start + 2,
    };
    let ls = memchr::memrchr(b'\n', &b[start.saturating_sub(200)..start])
        .map_or(start.saturating_sub(200), |p| {
            start.saturating_sub(200) + p + 1
        });
    let line = b[ls..start].to_ascii_lowercase();
    let has = |w: &[u8]| memchr::memmem::find(&line, w).is_some();
    // `sqlcmd -S host -U user -P 'pw'`, `bcp … -P pw`: SQL Server's
    // clients spell the password flag in capitals (elsewhere `-P` is a
    // port: `mysql -P 3306`, `scp -P 2222`).
    let sql_server = has(b"sqlcmd") || has(b"osql ") || has(b"bcp ");
    // `ldapsearch -x -H ldaps://… -D "cn=…" -w 'pw'`: OpenLDAP's clients
    // (`ldapsearch`, `ldapmodify`, `ldapwhoami`…) take the bind DN's
    // password after `-w` (elsewhere `-w` is a width or a format).
    if b[start + 1] == b'w' {
        if !has(b"ldap") || !has(b" -d ") {
            return none;
        }
        let v = skip_spaces(b, start + 2);
        let (s, e, quoted) = read_value(b, v, Read::Free, memo);
        let value = &text[s..e];
        return if password_value_ok(value, Sep::Strong) && (quoted || !is_reference(value)) {
            Outcome {
                finding: finding(Kind::Password, s, e, Confidence::High),
                scanned_to: e,
            }
        } else {
            none
        };
    }
    // `mosquitto_sub -h broker -p 8883 -u ops -P 'pw'`: Mosquitto's
    // clients take the password after `-P` (`-p` is the broker's port).
    let mosquitto = has(b"mosquitto_sub") || has(b"mosquitto_pub") || has(b"mosquitto_rr");
    if mosquitto && b[start + 1] == b'p' {
        return none;
    }
    if b[start + 1] == b'P' && !sql_server && !mosquitto {
        return none;
    }
    let glued = has(b"mysql") || has(b"mariadb");
    // `az login --service-principal -u <app id> -p <secret>`: Azure CLI's
    // password flag (a client secret for a service principal).
    let azure = has(b"az login");
    // `rabbitmqadmin -u admin -p S3cret`, `mongo -u ops -p S3cret`: a
    // `-p` after a `-u <user>` pair on the same command is that user's
    // password (a port or a port mapping is digits, judged below). Not
    // for mysql, whose spaced `-p db` prompts and names a database.
    let after_user = !glued && user_flag_before(&line);
    let spaced =
        has(b"sshpass") || (has(b"docker") && has(b"login")) || azure || after_user || mosquitto;
    let mut v = start + 2;
    if b.get(v) == Some(&b' ') {
        if !spaced {
            return none;
        }
        v = skip_spaces(b, v);
    } else if !glued && !spaced {
        return none;
    }
    let (s, e, quoted) = read_value(b, v, Read::Free, memo);
    let value = &text[s..e];
    let digits_only = value.bytes().all(|c| c.is_ascii_digit());
    // `docker run -u 1000 -p 8080:80`: ports published, not a password.
    let port_map = after_user
        && value
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b':' | b'.' | b'/' | b'-'));
    if (quoted || !digits_only)
        && !port_map
        && password_value_ok(value, Sep::Strong)
        && (quoted || !is_reference(value))
    {
        let kind = if azure && has(b"--service-principal") {
            Kind::ClientSecret
        } else {
            Kind::Password
        };
        return Outcome {
            finding: finding(kind, s, e, Confidence::High),
            scanned_to: e,
        };
    }
    none
}

/// `Password for svc@EXAMPLE.ORG: x`, `[sudo] password for anna: x`: a
/// terminal's prompt for one account's password, at the start of its
/// line, with what was typed after it (a session pasted with the echo
/// on). The account is one word (a Kerberos principal, a user name);
/// returns where the value starts.
fn prompt_for(b: &[u8], key_start: usize, key_end: usize) -> Option<usize> {
    let line_start = key_start == 0 || b[key_start - 1] == b'\n';
    let sudo = key_start >= 7 && b[key_start - 7..key_start].eq_ignore_ascii_case(b"[sudo] ");
    if !(line_start || sudo) || !b.get(key_end..key_end + 5)?.eq_ignore_ascii_case(b" for ") {
        return None;
    }
    let a = key_end + 5;
    let n = b[a..(a + 81).min(b.len())]
        .iter()
        .take_while(|c| !c.is_ascii_whitespace() && **c != b':')
        .count();
    if !(2..=80).contains(&n) || b.get(a + n) != Some(&b':') || b.get(a + n + 1) != Some(&b' ') {
        return None;
    }
    let v = skip_spaces(b, a + n + 1);
    b.get(v)
        .is_some_and(|c| !c.is_ascii_whitespace())
        .then_some(v)
}

/// After a key, one lowercase word (2 to 12 letters) and its colon: where
/// the value starts (`pass email: x`).
fn qualified_colon(b: &[u8], key_end: usize) -> Option<usize> {
    if b.get(key_end) != Some(&b' ') {
        return None;
    }
    let w = key_end + 1;
    let n = b[w..(w + 13).min(b.len())]
        .iter()
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if !(2..=12).contains(&n) || b.get(w + n) != Some(&b':') || b.get(w + n + 1) != Some(&b' ') {
        return None;
    }
    Some(skip_spaces(b, w + n + 1))
}

/// The command before a `-p` (lowercased) passes `-u <user>`: the flag
/// after a space, then a word that is not another flag.
fn user_flag_before(line: &[u8]) -> bool {
    memchr::memmem::find_iter(line, b" -u ").any(|p| {
        line.get(p + 4)
            .is_some_and(|&c| c != b'-' && !c.is_ascii_whitespace())
    })
}

/// `INSERT INTO users (id, username, password) VALUES (…, 'x', 'Pw')`:
/// a key named in an INSERT's column list, and the literal at the same
/// place in its VALUES list (each list read within 400 bytes).
fn insert_value(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
    kind: Kind,
    memo: &mut QuoteMemo,
) -> Option<Outcome> {
    let mut e = key_end;
    if matches!(b.get(e), Some(b'"' | b'`' | b'\'' | b']')) {
        e += 1;
    }
    let e = skip_spaces(b, e);
    if !matches!(b.get(e), Some(b',' | b')')) {
        return None;
    }
    // In a column list a name follows `(` or `,`.
    let mut p = key_start;
    while p > 0 && matches!(b[p - 1], b' ' | b'\t' | b'\n' | b'"' | b'`' | b'\'' | b'[') {
        p -= 1;
    }
    if p == 0 || !matches!(b[p - 1], b'(' | b',') {
        return None;
    }
    // Back to the list's `(`, counting the columns before the key.
    let lo = key_start.saturating_sub(400);
    let mut i = key_start;
    let mut column = 0;
    while i > lo {
        i -= 1;
        match b[i] {
            b',' => column += 1,
            b'(' => break,
            b')' | b';' | b'=' => return None,
            _ => {}
        }
    }
    if b[i] != b'(' {
        return None;
    }
    let head = &b[i.saturating_sub(80)..i];
    let into = head.windows(5).any(|w| w.eq_ignore_ascii_case(b"into "));
    if !into {
        return None;
    }
    // On to the list's `)`, then `VALUES (`.
    let hi = (key_end + 400).min(b.len());
    let close = key_end + b[key_end..hi].iter().position(|&c| c == b')')?;
    let mut j = close + 1;
    while j < hi && b[j].is_ascii_whitespace() {
        j += 1;
    }
    if !b.get(j..j + 6)?.eq_ignore_ascii_case(b"values") {
        return None;
    }
    j += 6;
    while j < hi && b[j].is_ascii_whitespace() {
        j += 1;
    }
    if b.get(j) != Some(&b'(') {
        return None;
    }
    // The same column's value.
    let hi = (j + 400).min(b.len());
    let mut k = j + 1;
    let mut at = 0;
    while k < hi && at < column {
        match b[k] {
            b',' => at += 1,
            b')' => return None,
            q @ (b'\'' | b'"') => {
                k += 1;
                while k < hi && b[k] != q {
                    k += 1;
                }
            }
            _ => {}
        }
        k += 1;
    }
    let v = skip_spaces(b, k);
    if !matches!(b.get(v), Some(b'\'' | b'"')) {
        return None;
    }
    let (s, e, closed) = read_value(b, v, Read::Free, memo);
    let value = &text[s..e];
    let ok = closed
        && match kind {
            Kind::Password => password_value_ok(value, Sep::Strong),
            Kind::AccessToken | Kind::RefreshToken | Kind::ClientSecret | Kind::VendorKey => {
                token_value_ok(value, Sep::Strong)
            }
            _ => false,
        };
    ok.then(|| Outcome {
        finding: finding(refine(kind, value), s, e, Confidence::High),
        scanned_to: key_end,
    })
}

/// Words that put a value right after them in a sentence about a
/// password: copulas, "cioè"/"i.e.", and the adjectives
/// a password gets ("iniziale", "temporanea", "new").
#[rustfmt::skip]
const VALUE_INTRODUCERS: &[&str] = &[
    "è", "e'", "is", "was", "era", "sarebbe", "now", "ora", "resta", "rimane", "cioè", "cioe",
    "ovvero", "ossia", "i.e.", "ie", "ancora", "still", "sempre", "always", "iniziale",
    "temporanea", "temporaneo", "provvisoria", "provvisorio", "nuova", "new", "temporary",
    "initial", "default", "predefinita", "attuale", "current", "diventata", "temp",
    // "ho cambiato la password in X": Italian changes a thing into another.
    "in",
];

/// In the sentence after a password's key, a word built like a password:
/// letters with digits and symbols or mixed case (three kinds of
/// character), or letters with digits right after a word that introduces
/// a value ("è ancora tartaruga1931?", "pwd iniziale gattino1953"). Emails,
/// hosts, paths, ids, hashes and references are not. Stops at the end of
/// the line, sentence or field, or after 260 bytes.
fn sentence_value(
    text: &str,
    b: &[u8],
    from: usize,
    memo: &mut QuoteMemo,
) -> Option<(usize, usize)> {
    // A search from an earlier key (`memo.sentence`: from, stopped at,
    // ended the sentence, the last word introduced a value) found nothing
    // up to where it stopped: from a later start inside that stretch the
    // words are the same or fewer, so the search ends there too, or goes
    // on from where the earlier one stopped.
    let (m_from, m_to, m_ended, m_intro) = memo.sentence;
    let resume = from >= m_from && from < m_to;
    if resume && m_ended {
        return None;
    }
    let limit = (from + 260).min(b.len());
    let (mut i, mut prev_intro) = if resume {
        (m_to, m_intro)
    } else {
        (from, false)
    };
    let origin = if resume { m_from } else { from };
    let mut after_in = false;
    // A speaker's pause ("password... hang on... right: X", an ellipsis in
    // a transcript) does not end the sentence, but past one only a word
    // handed over after a colon is the value.
    let mut paused = false;
    let mut after_colon = false;
    while i < limit {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            memo.sentence = (origin, i, true, false);
            return None;
        }
        if c == b' ' || c == b'\t' {
            i += 1;
            continue;
        }
        // A field's or a cell's end ends the sentence too.
        if matches!(c, b'"' | b';' | b'|' | b'<' | b'>') && i > from {
            memo.sentence = (origin, i, true, false);
            return None;
        }
        // A word that starts before the limit is read whole (so a later
        // search resumes at a word's start).
        let word_lim = (limit + 64).min(b.len());
        let end = (i + 1..word_lim)
            .find(|&k| b[k].is_ascii_whitespace() || matches!(b[k], b'"' | b';' | b'|' | b'<'))
            .unwrap_or(word_lim);
        let end = crate::value::floor_boundary(b, end);
        let raw = &text[i..end];
        let s = i + raw.len() - raw.trim_start_matches(['(', '"', '\'', '[', '«']).len();
        let mut e = end;
        while e > s
            && matches!(
                b[e - 1],
                b'.' | b',' | b';' | b':' | b')' | b'"' | b'\'' | b']'
            )
        {
            e -= 1;
        }
        let e = crate::value::floor_boundary(b, e);
        let w = &text[s..e];
        // After "in" only a passphrase is taken as introduced: "la password
        // in Windows10" names where it is typed, a name and a number.
        // A colon after a pause introduces the value as a copula does.
        let introduced = prev_intro || paused && after_colon;
        if (!paused || after_colon)
            && (password_word(w, introduced && !after_in)
                || introduced && crate::text::joined_words(w))
            && !column_names(w)
        {
            return Some((s, e));
        }
        after_colon = b[end - 1] == b':';
        if raw.ends_with("...") || raw.ends_with('…') {
            paused = true;
            i = end;
            continue;
        }
        let is = |x: &str| x.eq_ignore_ascii_case(w);
        after_in = is("in");
        prev_intro = w.len() <= 12
            && (VALUE_INTRODUCERS.iter().any(|x| is(x))
                || (prev_intro && (is("la") || is("stessa") || is_stop_word(w))));
        // "pw temp. X": a key's qualifier shortened with its dot ends no
        // sentence.
        let abbreviated =
            b[end - 1] == b'.' && e - s <= 5 && e == end - 1 && qualifier_suffix(&b[s..e]);
        if matches!(b[end - 1], b'.' | b'?' | b'!') && end > i + 1 && !abbreviated {
            // The sentence ends with this word.
            memo.sentence = (origin, end, true, false);
            return None;
        }
        i = end;
    }
    // (A search that paused is not resumed: the pause is not remembered.)
    memo.sentence = (origin, i, paused, prev_intro);
    None
}

/// `Where,Last`, `Dove,Ultima`: words of letters only joined by commas
/// with no space are the next cells of a comma-separated header (the key
/// was a column's name), not a value typed with commas in it.
fn column_names(w: &str) -> bool {
    w.contains(',')
        && w.split(',')
            .all(|cell| !cell.is_empty() && cell.chars().all(char::is_alphabetic))
}

/// A word built like a password (see `sentence_value`).
pub(crate) fn password_word(w: &str, after_intro: bool) -> bool {
    if !(6..=64).contains(&w.len()) {
        return false;
    }
    let sh = shape(w);
    let letters = sh.upper + sh.lower;
    let symbols = w
        .bytes()
        .filter(|c| c.is_ascii_punctuation() && !matches!(c, b'.' | b'-' | b'_' | b'\''))
        .count();
    let classes = usize::from(sh.lower > 0)
        + usize::from(sh.upper > 0)
        + usize::from(sh.digits > 0)
        + usize::from(symbols > 0);
    // `Windows10`, `iPhone15`, `Office365`, `1Password8`: a name and a
    // number (a product, a version) switches between letters and digits
    // once (or digits around a name); a password without symbols mixes
    // them more (`Sunfl0w3r99`). After a word that introduces a value, a
    // name and a number is a password ("è ancora Gatto2024").
    let transitions = w
        .as_bytes()
        .windows(2)
        .filter(|p| p[0].is_ascii_digit() != p[1].is_ascii_digit())
        .count();
    let digit_ends =
        w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with(|c: char| c.is_ascii_digit());
    let name_number = w.bytes().all(|c| c.is_ascii_alphanumeric())
        && (transitions <= 1 || (transitions == 2 && digit_ends));
    let shaped = letters >= 2
        && ((classes >= 3 && (symbols > 0 || (w.len() >= 8 && !name_number)))
            || (after_intro && sh.digits >= 2 && letters >= 3 && w.len() >= 8));
    if !shaped {
        return false;
    }
    let hex = w.bytes().all(|c| c.is_ascii_hexdigit());
    // `prod/db/ReportingUser`: a path of names.
    let path = w.contains('/')
        && w.split('/').all(|seg| {
            seg.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
        });
    // `HTTP/1.1`, `TLSv1.2`, `OAuth2.0`: a name and a version.
    let letters_end = w
        .bytes()
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(w.len());
    let rest = w[letters_end..].trim_start_matches('/');
    let version = rest.contains('.')
        && rest.bytes().all(|c| c.is_ascii_digit() || c == b'.')
        && rest.starts_with(|c: char| c.is_ascii_digit());
    // An address's domain ends in a label of letters (`C@stell0.23` is a
    // password with an at sign).
    let email = w.split_once('@').is_some_and(|(_, d)| {
        d.rsplit_once('.')
            .is_some_and(|(_, tld)| tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic()))
    });
    !hex && !version
        && !path
        && !email
        && !timestamp(w)
        && !file_reference(w)
        && !w.contains("://")
        && !w.starts_with('/')
        && !w.starts_with('$')
        && !w.contains('=')
        && !is_placeholder(w)
        && !is_reference(w)
        && !is_id(w.as_bytes())
        && !member_access(w)
        && !w.contains("::")
        && !w.ends_with('(')
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
    ) && let Some(own) = vendor::whole_kind(value)
    {
        return own;
    }
    kind
}

/// Does a token-ish value, after a key, look like a credential?
fn token_value_ok(value: &str, sep: Sep) -> bool {
    // `arn:aws:secretsmanager:…:secret:prod/api-key-v9SZ1X`: where a
    // secret is kept (an ARN names a resource, its random tail included).
    if value.starts_with("arn:") {
        return false;
    }
    match sep {
        Sep::Strong | Sep::Prose => {
            if value.len() < 8 {
                return false;
            }
            // `%2F`, `%3D`: a URL-encoded token.
            if !value
                .bytes()
                .all(|c| is_token_char(c) || c == b':' || c == b'\\' || c == b'%')
                && !crate::text::ebay_token(value)
            {
                return false;
            }
            let s = shape(value);
            if s.digits == 0 && !mixed_case(value) {
                return false;
            }
            if is_placeholder(value) || is_stop_word(value) {
                return false;
            }
            if value.contains("::") {
                // `token: auth::Token`: a type path in code, not a value.
                return false;
            }
            // Punctuation alone proves nothing: `self.brace_token`,
            // `JOB_OBJECT_SECURITY` are identifiers.
            let s = shape(value);
            s.digits > 0 || (mixed_case(value) && !camel_word(value) && !name_words(value))
        }
        Sep::Bare => {
            looks_like_token(value, 16) && shape(value).digits > 0 && !assignment_inside(value)
        }
    }
}

/// `'QVk9LhA3%%OdilAVqv*9FLy1'`, `` `AGE8rQ7k2j04wpqj#SM6gB8Q` ``: a
/// secret generated with symbols (`%`, `*`, `#`, `!`…), which a token's
/// alphabet does not hold, read whole between its quotes or backticks:
/// 16 to 128 printable characters, no space, upper case, lower case,
/// digits and a symbol mixed; no URL, path or placeholder.
fn delimited_secret(v: &str) -> bool {
    let sh = shape(v);
    (16..=128).contains(&v.len())
        && v.bytes()
            .all(|c| c.is_ascii_graphic() && !matches!(c, b'"' | b'\'' | b'`'))
        && sh.upper > 0
        && sh.lower > 0
        && sh.digits > 0
        && v.bytes().any(|c| !is_token_char(c) && c != b':')
        && !v.contains("://")
        && !v.starts_with('/')
        && !v.contains("${")
        && !v.contains("{{")
        && !is_placeholder(v)
}

/// `client_id=2dfc…`: a `name=value` pair read after a bare key word.
fn assignment_inside(value: &str) -> bool {
    value.split_once('=').is_some_and(|(name, rest)| {
        !rest.is_empty()
            && name.len() >= 2
            && name
                .bytes()
                .all(|c| c.is_ascii_alphabetic() || c == b'_' || c == b'-')
    })
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

/// `Invoke-RestMethod`, `New-SFTPSession`, `ProcessInfo`: names made of
/// words (capitalized words and acronyms joined by `-`, `_` or `.`), with
/// no digit. Random tokens switch case far more often.
fn name_words(value: &str) -> bool {
    value.split(['-', '_', '.']).all(|part| {
        let b = part.as_bytes();
        if b.is_empty() || !b.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        // Every lowercase run is at least two letters long, and the case
        // changes from lower to upper at most three times.
        let mut switches = 0;
        let mut run = 0;
        for &c in b {
            if c.is_ascii_lowercase() {
                run += 1;
            } else {
                if run == 1 {
                    return false;
                }
                if run > 0 {
                    switches += 1;
                }
                run = 0;
            }
        }
        run != 1 && switches <= 3
    })
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
        && !crate::text::dotted_words(&value.split('.').collect::<Vec<_>>(), false)
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
    let amp_ref = value.starts_with('&')
        && value[1..]
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.');
    // `-AsPlainText`: a command-line switch.
    let switch = value.starts_with('-')
        && value[1..].starts_with(|c: char| c.is_ascii_alphabetic())
        && value[1..]
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-');
    if value.starts_with([':', '.', '`'])
        || amp_ref
        || switch
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

/// `@./pw.txt`, `@secret.txt`, `@~/creds`: curl's and HTTPie's way of
/// reading a value from a file, not the value.
fn file_reference(value: &str) -> bool {
    let Some(rest) = value.strip_prefix('@') else {
        return false;
    };
    let pathy = rest
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'/' | b'_' | b'-' | b'~'));
    let ext = rest.rsplit_once('.').is_some_and(|(n, e)| {
        !n.is_empty() && (1..=5).contains(&e.len()) && e.bytes().all(|c| c.is_ascii_lowercase())
    });
    pathy && (rest.starts_with(['.', '/', '~']) || ext)
}

/// `2026-04-05`, `2026-04-05T03:47:36.951Z`, `2026-04-05 03:47`: a date or
/// a time stamp.
pub(crate) fn timestamp(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && b[10..].iter().all(|&c| {
            c.is_ascii_digit() || matches!(c, b'T' | b'Z' | b':' | b'.' | b'+' | b'-' | b' ')
        })
}

/// `name@host.tld`: an e-mail address.
fn email_address(value: &str) -> bool {
    value.split_once('@').is_some_and(|(l, d)| {
        !l.is_empty()
            && l.bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'+'))
            && d.contains('.')
            && d.bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
    })
}

/// Password values: anything that is not a placeholder or a word of the
/// surrounding sentence.
pub(crate) fn password_value_ok(value: &str, sep: Sep) -> bool {
    // Code, not a credential: `password: &str`, `password.to_owned(`,
    // "password `SASLprep`".
    // (`&Xq7vLm2p`, capitals, small letters and digits mixed, is a
    // value that starts with `&`, not a borrow.)
    let amp_ref = value.starts_with('&')
        && value[1..]
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b' ')
        && {
            let sh = shape(&value[1..]);
            !(sh.upper > 0 && sh.lower > 0 && sh.digits > 0)
        };
    if amp_ref || value.starts_with(['.', '`']) || value.ends_with('(') || value.contains("::") {
        return false;
    }
    if value.chars().count() < 4
        || value.len() > 256
        || is_placeholder(value)
        || is_stop_word(value)
        || file_reference(value)
        || timestamp(value)
    {
        return false;
    }
    if sep != Sep::Strong && email_address(value) {
        // "send the reset link to x@y.it": whom to write to, not a secret.
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
        // Hyphens, dots and underscores join ordinary words ("fast-auth");
        // a question mark or a full stop ends one ("con che password
        // entri?").
        let symbols = value
            .trim_end_matches(['?', '!', '.', ',', ';', ':'])
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
    strong_only: bool,
) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    // "Kto-Nr 5551234": a number sign makes an ordinary word a key.
    let strong_only = strong_only && number_marker(b, key_start, key_end) == key_end;
    if let Some((s, e)) = numbered_reply(b, key_start, key_end) {
        let value = &text[s..e];
        let ok = if kind == Kind::Password {
            password_value_ok(value, Sep::Strong)
        } else {
            token_value_ok(value, Sep::Strong)
        };
        if ok && !is_reference(value) {
            return Outcome {
                finding: finding(refine(kind, value), s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
    }
    if kind == Kind::Password
        && let Some(v) = prompt_for(b, key_start, key_end)
    {
        let (s, e, _) = read_value(b, v, Read::Free, memo);
        let value = &text[s..e];
        if e > s && password_value_ok(value, Sep::Strong) && !is_reference(value) {
            return Outcome {
                finding: finding(kind, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
    }
    if let Some(o) = next_line_value(text, b, key_start, key_end, kind) {
        return o;
    }
    if let Some(o) = insert_value(text, b, key_start, key_end, kind, memo) {
        return o;
    }
    let token = matches!(
        kind,
        Kind::AccessToken | Kind::ClientSecret | Kind::VendorKey | Kind::RefreshToken
    );
    // "and the password... hang on... right: X": a speaker pausing right
    // after the key; the sentence goes on past the pause.
    if kind == Kind::Password
        && !strong_only
        && (b[key_end..].starts_with(b"...") || b[key_end..].starts_with("…".as_bytes()))
        && let Some((s, e)) = sentence_value(text, b, key_end, memo)
    {
        return Outcome {
            finding: finding(kind, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    let Some((sep, vstart)) = separator(b, key_start, key_end) else {
        // "… col token" / "eccolo 9xQ…": handed over in the next message;
        // "… the API key. Ours is <uuid>".
        if token
            && !strong_only
            && let Some((s, e)) = crate::prose::presented_token(b, key_end, memo).or_else(|| {
                matches!(kind, Kind::ClientSecret | Kind::VendorKey)
                    .then(|| crate::prose::uuid_after(b, key_end))
                    .flatten()
            })
        {
            return Outcome {
                finding: finding(kind, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
        // "does anyone have the staging password?": the answer may follow.
        if b.get(key_end) == Some(&b'?')
            && !strong_only
            && let Some((s, e)) = far_value(text, b, key_end, kind, memo)
        {
            return Outcome {
                finding: finding(kind, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
        return none;
    };
    // A key glued into an identifier (`SFTP_PASSWORD -AsPlainText`,
    // `userPassword hash`) leads to a value only through `:` or `=`.
    let glued =
        key_start > 0 && (b[key_start - 1] == b'_' || b[key_start - 1].is_ascii_alphanumeric());
    if sep == Sep::Bare && glued && !strong_only && kind != Kind::Password {
        // `SetEnv SPORTELLO_API_KEY abc…`: an environment name and a value
        // no word looks like.
        let (s, e, _) = read_value(b, vstart, Read::Token, memo);
        let v = &text[s..e];
        let sh = shape(v);
        if v.len() >= 20
            && sh.digits >= 2
            && sh.upper >= 2
            && sh.lower >= 2
            && looks_like_token(v, 20)
        {
            return Outcome {
                finding: finding(refine(kind, v), s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
    }
    // "nuovo pass email: V1olino.80", "pass wifi: …": an ordinary word as
    // key, qualified by what it opens, then its colon; only a value built
    // like a password counts ("pass rate: 95%" is none).
    if strong_only
        && kind == Kind::Password
        && let Some(v) = qualified_colon(b, key_end)
    {
        let (s, e, _) = read_value(b, v, Read::Free, memo);
        let e = trim_prose_end(b, s, e);
        if e > s && password_word(&text[s..e], false) {
            return Outcome {
                finding: finding(kind, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
    }
    // "user ops_admin pass Tr0mb@ne!": after a user's name, a bare value.
    let after_user = sep == Sep::Bare && strong_only && kind == Kind::Password && {
        // On the key's line, or the line above in a two-line layout
        // ("utente   ops\npass     X"), also as quoted in a reply
        // ("> User: ops\n> pass X").
        let lo = key_start.saturating_sub(60);
        let line = &b[lo..key_start];
        let line = match memchr::memrchr(b'\n', line) {
            Some(p)
                if line[p + 1..]
                    .iter()
                    .all(|&c| matches!(c, b' ' | b'\t' | b'>')) =>
            {
                line
            }
            Some(p) => &line[p + 1..],
            None => line,
        };
        let lower = line.to_ascii_lowercase();
        [&b"user"[..], b"utente", b"login"]
            .iter()
            .any(|w| memchr::memmem::find(&lower, w).is_some())
    };
    // `smtp_pass ⇥ Anna_2001` in a settings export: the key alone in the
    // line's first cell, its value in the second.
    let tab_cell = sep == Sep::Bare
        && strong_only
        && b.get(key_end) == Some(&b'\t')
        && b.get(key_end + 1)
            .is_some_and(|&c| !c.is_ascii_whitespace())
        && {
            // The line's start within 24 bytes (looked for no further, so
            // a long line of cells costs no more per key).
            let lo = key_start.saturating_sub(25);
            let ls = match memchr::memrchr(b'\n', &b[lo..key_start]) {
                Some(p) => lo + p + 1,
                None if lo == 0 => 0,
                None => key_start + 1,
            };
            ls <= key_start
                && b[ls..key_start]
                    .iter()
                    .all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
        };
    if tab_cell
        && kind == Kind::AccessToken
        && let Some(o) = session_cookie_cell(text, b, vstart)
    {
        return o;
    }
    if ((sep == Sep::Prose || after_user) && !glued || tab_cell)
        && strong_only
        && kind == Kind::Password
    {
        // "la pass è Pantera_88": an ordinary word as key, so only a value
        // built like a password (three kinds of character) counts.
        let (s, e, _) = read_value(b, vstart, Read::Free, memo);
        let e = trim_prose_end(b, s, e);
        let v = &text[s..e];
        // "user ops pass heron2291": a user's name just before introduces
        // the value as a prose "è"/"is" does.
        if password_word(v, after_user) {
            return Outcome {
                finding: finding(kind, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
    }
    // "la pass del pannello esercente è X", "the pass for the shop app is
    // X": whose password it is, then the copula; "pw falcon-lemon-…",
    // "psw admin storm-falcon-…": a passphrase of dashed words right after
    // the key (one word, whose account, between).
    if kind == Kind::Password && !glued && sep != Sep::Strong {
        let from = if strong_only {
            qualified_copula(b, key_end)
        } else {
            None
        };
        let (s, e) = match from {
            Some(v) => {
                let (s, e, _) = read_value(b, v, Read::Free, memo);
                let e = trim_prose_end(b, s, e);
                let e = dashed_passphrase(b, s).unwrap_or(e);
                (s, e)
            }
            None => {
                let s = one_word_then(b, key_end);
                (s, dashed_passphrase(b, s).unwrap_or(s))
            }
        };
        if e > s
            && (dashed_passphrase(b, s) == Some(e)
                || from.is_some() && password_word(&text[s..e], false))
        {
            return Outcome {
                finding: finding(kind, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
    }
    if strong_only
        && sep != Sep::Strong
        && (!glued || b[key_start].is_ascii_uppercase())
        && let Some((s, e)) = bare_number(b, vstart)
    {
        // "Die TAN 551204", "mobileTAN lautet 551204": an ordinary word
        // as key, followed by what can only be a code; "cuenta 0200051332"
        // or "compte 12345678901" beside a bank's routing code (BLZ,
        // entidad, guichet, ABI/CAB, sort code).
        let n = e - s;
        let year = n == 4 && (b[s..].starts_with(b"19") || b[s..].starts_with(b"20"));
        let ok = match kind {
            Kind::Pin => (4..=8).contains(&n) && !year,
            Kind::BankAccount | Kind::UkBankAccount => {
                (6..=12).contains(&n) && !glued && routing_nearby(b, key_start, e)
            }
            _ => false,
        };
        if ok {
            return Outcome {
                finding: finding(kind, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
    }
    // "integrazione: chiave X, impostata …", "la chiave che uso è X".
    if strong_only
        && kind == Kind::VendorKey
        && sep != Sep::Strong
        && let Some((s, e)) = crate::prose::key_in_prose(b, key_start, key_end)
    {
        let kind = vendor_kind(&text[s..e]).unwrap_or(Kind::AccessToken);
        return Outcome {
            finding: finding(kind, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    if sep != Sep::Strong && (strong_only || glued) {
        return none;
    }
    let first = keyed_value(text, b, key_end, kind, sep, vstart, memo);
    if first.finding.is_some() {
        return first;
    }
    if sep == Sep::Strong
        && let Some(v) = fallback_literal(b, vstart)
    {
        // `getenv("X") ?? "G4tt0-76"`: the default is a literal value.
        let o = keyed_value(text, b, key_end, kind, Sep::Strong, v, memo);
        if o.finding.is_some() {
            return o;
        }
    }
    if strong_only {
        return first;
    }
    // "il PIN della carta è 1234", "the access token we use: abc...",
    // "la password del db è sempre quella: X": a few plain words may sit
    // between the key and its separator or value.
    if matches!(
        kind,
        Kind::Pin | Kind::Cvv | Kind::CardNumber | Kind::BankAccount | Kind::UkBankAccount
    ) {
        if sep == Sep::Strong {
            return first;
        }
        if matches!(kind, Kind::Pin | Kind::Cvv) {
            // "il PIN della carta è 1234", "security code for the payment of
            // € 12,50 with card ****4078 is 482913": amounts and masked
            // numbers passed over; six digits are a one-time code.
            let (min, max) = if kind == Kind::Pin { (4, 8) } else { (3, 4) };
            let found = code_after(text, b, key_end, min, max, false)
                .map(|r| (kind, r))
                .or_else(|| {
                    (kind == Kind::Cvv)
                        .then(|| code_after(text, b, key_end, 5, 8, false))
                        .flatten()
                        .map(|r| (Kind::Pin, r))
                })
                .or_else(|| {
                    (kind == Kind::Pin)
                        .then(|| spoken_value(b, key_end, false))
                        .flatten()
                        .map(|r| (Kind::Pin, r))
                });
            let found = found.or_else(|| {
                (kind == Kind::Pin)
                    .then(|| {
                        crate::login_block::pin_under_password(b, key_start, key_end)
                            .or_else(|| crate::shown_below::pin_below(b, key_end))
                    })
                    .flatten()
                    .map(|r| (Kind::Pin, r))
            });
            if let Some((k, (s, e))) = found {
                return Outcome {
                    finding: finding(k, s, e, Confidence::Medium),
                    scanned_to: e,
                };
            }
            return first;
        }
        if let Some(v) = digit_lookahead(b, key_end, false)
            && v != vstart
            && !names_other_code(&text[key_end..v])
        {
            let o = keyed_value(text, b, key_end, kind, Sep::Prose, v, memo);
            if o.finding.is_some() {
                return o;
            }
        }
        return first;
    }
    if sep == Sep::Strong {
        return first;
    }
    let mut from = vstart;
    for _ in 0..2 {
        let Some(v) = lookahead(b, from) else {
            break;
        };
        let o = keyed_value(text, b, key_end, kind, Sep::Prose, v, memo);
        if o.finding.is_some() {
            return o;
        }
        if v <= from {
            break;
        }
        from = v;
    }
    if kind == Kind::Password
        && let Some((s, e)) =
            sentence_value(text, b, vstart, memo).or_else(|| spoken_value(b, vstart, true))
    {
        return Outcome {
            finding: finding(kind, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    if let Some((s, e)) = far_value(text, b, key_end, kind, memo) {
        return Outcome {
            finding: finding(kind, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    if matches!(kind, Kind::ClientSecret | Kind::VendorKey)
        && let Some((s, e)) = crate::prose::uuid_after(b, key_end)
    {
        return Outcome {
            finding: finding(kind, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    first
}

/// A run of 4+ digits at `i` that stands alone: not glued to letters, and
/// not a decimal, a date, a time, a range or a grouped number going on.
fn bare_number(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut e = i;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
    }
    if e - i < 4 || e - i > 12 {
        return None;
    }
    match b.get(e) {
        None => {}
        Some(c) if c.is_ascii_alphanumeric() || *c == b'%' || *c == b'_' => return None,
        Some(b'.' | b',' | b'-' | b'/' | b':' | b' ')
            if b.get(e + 1).is_some_and(u8::is_ascii_digit) =>
        {
            return None;
        }
        Some(_) => {}
    }
    Some((i, e))
}

/// Words that name a bank's or a branch's public routing code, which an
/// account number is written beside.
const ROUTING_WORDS: &[&[u8]] = &[
    b"blz",
    b"bankleitzahl",
    b"entidad",
    b"oficina",
    b"sucursal",
    b"banque",
    b"guichet",
    b"abi",
    b"cab",
    b"sort code",
    b"sort-code",
    b"bic",
    b"swift",
    b"rib",
    b"routing",
    // The US routing number (ABA), Canada's transit and institution
    // numbers, Australia's BSB, India's IFSC.
    b"aba",
    b"transit",
    b"institution",
    b"bsb",
    b"ifsc",
];

/// True when a routing-code word stands on the same line as the key at
/// `key_start` or the value ending at `end` (within 120 bytes).
fn routing_nearby(b: &[u8], key_start: usize, end: usize) -> bool {
    let mut lo = key_start.saturating_sub(120);
    if let Some(p) = memchr::memrchr(b'\n', &b[lo..key_start]) {
        lo += p + 1;
    }
    let mut hi = (end + 120).min(b.len());
    if let Some(p) = memchr::memchr(b'\n', &b[end..hi]) {
        hi = end + p;
    }
    let lower = b[lo..hi].to_ascii_lowercase();
    // "(sort 20-19-57)": "sort" alone, right before a sort code.
    let sort = memchr::memmem::find_iter(&lower, b"sort").any(|p| {
        (p == 0 || !lower[p - 1].is_ascii_alphanumeric()) && {
            let mut k = p + 4;
            while k < lower.len() && matches!(lower[k], b' ' | b':') {
                k += 1;
            }
            k > p + 4
                && lower.len() >= k + 8
                && lower[k + 2] == b'-'
                && lower[k + 5] == b'-'
                && [0, 1, 3, 4, 6, 7]
                    .iter()
                    .all(|&o| lower[k + o].is_ascii_digit())
        }
    });
    sort || ROUTING_WORDS.iter().any(|w| {
        memchr::memmem::find_iter(&lower, w).any(|p| {
            (p == 0 || !lower[p - 1].is_ascii_alphanumeric())
                && lower
                    .get(p + w.len())
                    .is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    })
}

/// A value a sentence or two after its key, in the same paragraph ("il
/// token che ci avete dato … Quello di prod è questo:\n<token>"). Only
/// values no word looks like count: for tokens, 20+ characters mixing
/// upper case, lower case and digits; for a password, after a question
/// about it ("mi passi la password?"), a line that is only a value with
/// letters, digits and symbols. The window is bounded and a window that
/// found nothing is not searched again.
fn far_value(
    text: &str,
    b: &[u8],
    key_end: usize,
    kind: Kind,
    memo: &mut QuoteMemo,
) -> Option<(usize, usize)> {
    let token = matches!(
        kind,
        Kind::AccessToken | Kind::RefreshToken | Kind::ClientSecret | Kind::VendorKey
    );
    if !token && kind != Kind::Password {
        return None;
    }
    let mut limit = (key_end + 240).min(b.len());
    // A question about the token ("il refresh token dura solo 10
    // minuti?") is answered in the next message, past a blank line.
    let asked = memchr::memchr3(b'?', b'\n', b'.', &b[key_end..limit])
        .is_some_and(|q| b[key_end + q] == b'?');
    if token
        && !asked
        && let Some(p) = crate::text::find2(&b[key_end..limit], *b"\n\n")
    {
        // The paragraph ends the search (and what is remembered of it).
        limit = key_end + p;
    }
    let mut i = key_end.max(memo.far_miss.min(limit));
    if i >= limit {
        return None;
    }
    // A password only after a question about it.
    if kind == Kind::Password {
        let q = b[key_end..limit]
            .iter()
            .position(|&c| c == b'?' || c == b'\n' || c == b'.')?;
        if b[key_end + q] != b'?' {
            return None;
        }
        i = i.max(key_end + q + 1);
        if let Some(found) = answer_line(text, b, i, limit) {
            return Some(found);
        }
    }
    if token && !memo.mixed_run(b, i, limit) {
        memo.far_miss = limit;
        return None;
    }
    // A key whose line reads its value from elsewhere has none further on,
    // nor one said to be absent ("API key missing: ask IT").
    if crate::readers::line_reads_elsewhere(b, key_end) || said_absent(b, key_end) {
        return None;
    }
    while i < limit {
        // A window cut inside a character (a word longer than `MAX_VALUE`
        // ending in a multi-byte one) resumes at the next character.
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        // Word by word: whitespace splits them (memchr finds the ends).
        if b[i].is_ascii_whitespace() {
            if b[i] == b'\n' && b.get(i + 1) == Some(&b'\n') && kind != Kind::Password && !asked {
                break;
            }
            i += 1;
            continue;
        }
        // A PEM block is read by `pem`, which knows a certificate or a
        // public key from a private one: its body is no far key's value.
        if b[i] == b'-' && b[i..].starts_with(b"-----BEGIN") {
            break;
        }
        // A word that starts in the window is read whole.
        let word_lim = (i + MAX_VALUE).min(b.len());
        let word_end =
            memchr::memchr3(b' ', b'\n', b'\t', &b[i..word_lim]).map_or(word_lim, |o| i + o);
        let mut s = i;
        while s < word_end && matches!(b[s], b'(' | b'"' | b'\'' | b'<' | b'[') {
            s += 1;
        }
        let mut e = s;
        while e < word_end && !matches!(b[e], b',' | b'"' | b'\'' | b')' | b'(' | b'<' | b'>') {
            e += 1;
        }
        i = word_end;
        // Cheap length test first: tokens are long, passwords not tiny.
        if (token && e - s < 20) || (!token && !(6..=70).contains(&(e - s))) {
            continue;
        }
        let e = trim_prose_end(b, s, crate::value::floor_boundary(b, e));
        let v = &text[s..e];
        let sh = shape(v);
        let ok = if token {
            v.len() >= 20
                && !assignment_inside(v)
                && !v.trim_end_matches('=').contains('=')
                && v.bytes().all(is_token_char)
                && sh.upper >= 2
                && sh.lower >= 2
                && sh.digits >= 2
                && !is_id(v.as_bytes())
                && !crate::text::is_reference(v)
                && b.get(e) != Some(&b'(')
                && !v.contains("://")
                && !v.starts_with('/')
                && !crate::vendor::whole_value(v)
                && !own_label(b, s)
                && !id_in_its_clause(b, s)
                && !listed_example(b, s)
        } else {
            let line_start =
                s == 0 || b[s - 1] == b'\n' || (s >= 2 && b[s - 2] == b':' && b[s - 1] == b' ');
            let line_end = b.get(e).is_none_or(|&c| c == b'\n' || c == b'\r');
            line_start
                && line_end
                && (6..=64).contains(&v.len())
                && sh.digits > 0
                && sh.upper + sh.lower > 0
                && !v.contains(' ')
                && !is_placeholder(v)
        };
        if ok {
            return Some((s, e));
        }
    }
    memo.far_miss = limit;
    None
}

/// `password       Maple2526.` (a `vault kv get` table, a report's
/// columns): a value set apart from its key by a wide gap (two spaces or
/// more, or a tab) and ending its line stands in a column, not in a
/// sentence, so a full stop at its end is part of it.
fn column_cell(b: &[u8], key_end: usize, s: usize, e: usize) -> bool {
    let gap = &b[key_end..s];
    let wide = (gap.len() >= 2 || gap == b"\t") && gap.iter().all(|&c| c == b' ' || c == b'\t');
    wide && b.get(e).is_none_or(|&c| c == b'\n' || c == b'\r')
}

/// `kid: x3sp…`, `x5t#S256: 2wJ0…`, `ERROR  trace: 7Fq…`: a value with a
/// label of its own at the head of its line (or after a log line's
/// columns) belongs to that label, not to a key a sentence or two above.
/// A label that itself names a credential (`key:`, `auth:`) does not
/// count: its value may be the one the sentence above announced.
/// Parts of labels that name a credential.
const CREDENTIAL: &[&[u8]] = &[
    b"key", b"token", b"secret", b"pass", b"pwd", b"auth", b"cred", b"bearer", b"value", b"chiave",
    b"segret", b"cle", b"clave",
];

/// "Il debug id che mi ha dato la pagina di errore è DBG-…", "the trace
/// ID they showed me was 7Fq…": a value whose own clause (since the line
/// or the sentence began, 96 bytes at most) names an id and no credential
/// ("the secret, not the client id, is …" names both) is that id, not
/// the value a key a sentence or two above announced.
fn id_in_its_clause(b: &[u8], s: usize) -> bool {
    let lo = s.saturating_sub(96);
    let from = (lo..s)
        .rev()
        .find(|&k| {
            b[k] == b'\n'
                || (matches!(b[k], b'.' | b'?' | b'!' | b';') && b.get(k + 1) == Some(&b' '))
        })
        .map_or(lo, |k| k + 1);
    let clause = b[from..s].to_ascii_lowercase();
    let words = || {
        clause
            .split(|c| !c.is_ascii_alphanumeric() && *c < 0x80)
            .filter(|w| !w.is_empty())
    };
    words().any(|w| w == b"id" || w == b"ids")
        && !words().any(|w| {
            CREDENTIAL
                .iter()
                .any(|c| memchr::memmem::find(w, c).is_some())
        })
}

/// "609 payments failed (e.g. ord_…, PAY-…)", "(es. …)": a value in the
/// parenthesized examples a sentence gives of what it counts (payments,
/// orders, requests) is one of those, not the value a key a line or two
/// above announced.
fn listed_example(b: &[u8], s: usize) -> bool {
    let lo = s.saturating_sub(96);
    let Some(open) = memchr::memrchr2(b'(', b'\n', &b[lo..s]).map(|p| lo + p) else {
        return false;
    };
    if b[open] != b'(' {
        return false;
    }
    let inner = b[skip_spaces(b, open + 1)..s].to_ascii_lowercase();
    [
        &b"e.g."[..],
        b"eg ",
        b"es.",
        b"ad es",
        b"ex.",
        b"for example",
        b"for instance",
        b"per esempio",
        b"such as",
    ]
    .iter()
    .any(|m| inner.starts_with(m))
}

fn own_label(b: &[u8], s: usize) -> bool {
    let mut p = s;
    while p > 0 && matches!(b[p - 1], b' ' | b'\t') {
        p -= 1;
    }
    // A browser's network panel copies each header as its name alone on
    // a line (`cf-ray:`) and its value alone on the next: the label ends
    // the line above the value.
    if p > 0 && b[p - 1] == b'\n' && s - p <= 1 {
        p -= 1;
        if p > 0 && b[p - 1] == b'\r' {
            p -= 1;
        }
    }
    if p == 0 || !matches!(b[p - 1], b':' | b'=') {
        return false;
    }
    let colon = p - 1;
    let mut k = colon;
    while k > 0
        && colon - k < 40
        && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'_' | b'-' | b'#' | b'.'))
    {
        k -= 1;
    }
    if k == colon {
        return false;
    }
    let label = b[k..colon].to_ascii_lowercase();
    if CREDENTIAL
        .iter()
        .any(|w| memchr::memmem::find(&label, w).is_some())
    {
        return false;
    }
    // `Q: …?` / `A: …`, `Risposta: …`: the answer to the question above,
    // which is what the key there asked for.
    const ANSWER: &[&[u8]] = &[b"answer", b"reply", b"risposta", b"antwort", b"respuesta"];
    if label.len() <= 2 || ANSWER.contains(&label.as_slice()) {
        return false;
    }
    // A field's name: written as an identifier (`X-Request-Id`,
    // `x5t#S256`, `ETag`, `trace_id`), or a word that names an id, a hash
    // or a version. A plain word ("eccolo:", "here:") introduces the value
    // the sentence above announced.
    const NAMES_AN_ID: &[&[u8]] = &[
        b"id",
        b"kid",
        b"jti",
        b"trace",
        b"span",
        b"hash",
        b"sha",
        b"md5",
        b"digest",
        b"checksum",
        b"fingerprint",
        b"thumb",
        b"etag",
        b"nonce",
        b"correlation",
        b"request",
        b"build",
        b"commit",
        b"version",
        b"cursor",
        b"ref",
    ];
    let identifier = b[k..colon]
        .iter()
        .any(|c| !c.is_ascii_lowercase() && *c < 0x80);
    if !identifier
        && !NAMES_AN_ID
            .iter()
            .any(|w| memchr::memmem::find(&label, w).is_some())
    {
        return false;
    }
    // At the head of the line (after a list's bullet or a quote's `>`),
    // or after a run of spaces that separates a log line's columns.
    let mut h = k;
    while h > 0 && matches!(b[h - 1], b' ' | b'\t' | b'-' | b'*' | b'>') {
        h -= 1;
    }
    h == 0 || b[h - 1] == b'\n' || (k >= 2 && matches!(&b[k - 2..k], b"  " | [_, b'\t']))
}

/// A run of 20+ token characters with upper case, lower case and digits in
/// `from..to`: one pass of table lookups, so a window without a candidate
/// costs little.
pub(crate) fn mixed_run(b: &[u8], from: usize, to: usize) -> bool {
    const fn classes() -> [u8; 256] {
        let mut t = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            let c = i as u8;
            t[i] = if c.is_ascii_uppercase() {
                1
            } else if c.is_ascii_lowercase() {
                2
            } else if c.is_ascii_digit() {
                4
            } else if matches!(c, b'_' | b'-' | b'.' | b'~' | b'+' | b'/' | b'=') {
                8
            } else {
                0
            };
            i += 1;
        }
        t
    }
    static CLASS: [u8; 256] = classes();
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A run of 20 token characters holds a whole 8-byte block with no
    // space, control or non-ASCII byte (wherever the blocks start: a run
    // of 15 holds one). Blocks are tested eight bytes at a time; only the
    // run around a block that passes is read byte by byte.
    let w = &b[from..to];
    let mut k = 0;
    while let Some(block) = w.get(k..k + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(block);
        let x = u64::from_le_bytes(bytes);
        let stop = x & HIGHS != 0 || (x.wrapping_sub(ONES * 0x21) & !x & HIGHS) != 0;
        if stop {
            k += 8;
            continue;
        }
        let mut s = k;
        while s > 0 && CLASS[usize::from(w[s - 1])] != 0 {
            s -= 1;
        }
        // One pass from the start of the run, a stretch of token
        // characters at a time: a byte of no class inside the block ends
        // one stretch, the first one after the block ends the read. A
        // stretch counts by its length and the classes it holds.
        let mut e = s;
        loop {
            let start = e;
            let mut seen = 0u8;
            while e < w.len() && CLASS[usize::from(w[e])] != 0 {
                seen |= CLASS[usize::from(w[e])];
                e += 1;
            }
            if e - start >= 20 && seen & 7 == 7 {
                return true;
            }
            if e >= w.len() || e >= k + 8 {
                break;
            }
            e += 1;
        }
        k = e + 1;
    }
    false
}

/// From the first word after a key, skips up to ten plain words on the
/// same line to a `:`/`=`, a copula ("è", "is", "est") or a parenthesis,
/// and returns where the value starts.
fn lookahead(b: &[u8], from: usize) -> Option<usize> {
    let limit = (from + 80).min(b.len());
    let mut i = from;
    let mut words = 0;
    let first = b.get(from).map_or(0, u8::to_ascii_lowercase);
    for wb in prose_words_from(first) {
        if starts_with_ci(b, from, wb) && b.get(from + wb.len()) == Some(&b' ') {
            return Some(skip_spaces(b, from + wb.len()));
        }
    }
    while i < limit {
        let c = b[i];
        if c == b':' || c == b'=' {
            let v = skip_spaces(b, i + 1);
            return (v > i + 1 || c == b'=').then_some(v);
        }
        if c == b'(' && i > from {
            // "la password che ci avete mandato (X) non funziona".
            return Some(i + 1);
        }
        // "Token copied from the console -> X": an arrow points at it.
        if (c == b'-' || c == b'=')
            && b.get(i + 1) == Some(&b'>')
            && b.get(i + 2) == Some(&b' ')
            && i > from
        {
            return Some(skip_spaces(b, i + 2));
        }
        if c == b' ' || c == b',' {
            let j = skip_spaces(b, i + 1);
            let first = b.get(j).map_or(0, u8::to_ascii_lowercase);
            for wb in prose_words_from(first) {
                if starts_with_ci(b, j, wb) && matches!(b.get(j + wb.len()), Some(b' ' | b':')) {
                    let mut v = j + wb.len();
                    if b.get(v) == Some(&b':') {
                        v += 1;
                    }
                    return Some(past_demonstrative(b, skip_spaces(b, v)));
                }
            }
            words += 1;
            if words > 9 {
                return None;
            }
            i = j;
            continue;
        }
        if !(c.is_ascii_alphabetic() || c == b'\'' || c >= 0x80 || c == b'-' || c == b'/') {
            return None;
        }
        i += 1;
    }
    None
}

/// "il token che uso è questo X", "the key I use is this: X": a
/// demonstrative after the copula points at the value that follows it on
/// the line. Returns where that value starts, or `v` unchanged.
fn past_demonstrative(b: &[u8], v: usize) -> usize {
    for w in [
        &b"questo"[..],
        b"questa",
        b"this one",
        b"this",
        b"quello",
        b"the following",
    ] {
        if starts_with_ci(b, v, w) {
            let mut j = v + w.len();
            if b.get(j) == Some(&b':') {
                j += 1;
            }
            if b.get(j) == Some(&b' ') {
                return skip_spaces(b, j);
            }
        }
    }
    v
}

/// After a reference on the same line, the literal a fallback operator
/// (`??`, `?:`, `||`, `or`) or a getter's default argument supplies.
fn fallback_literal(b: &[u8], from: usize) -> Option<usize> {
    let limit = (from + 160).min(b.len());
    // `client_secret: str = "…"`: a typed field and its default.
    let mut t = from;
    while t < limit && (b[t].is_ascii_alphanumeric() || b[t] == b'_') {
        t += 1;
    }
    if t > from
        && CODE_WORDS.contains(&std::str::from_utf8(&b[from..t]).unwrap_or(""))
        && b.get(skip_spaces(b, t)) == Some(&b'=')
    {
        let j = skip_spaces(b, skip_spaces(b, t) + 1);
        if matches!(b.get(j), Some(b'"' | b'\'')) {
            return Some(j);
        }
    }
    let mut i = from;
    let mut depth = 0i32;
    let mut call = false;
    while i < limit && b[i] != b'\n' {
        let c = b[i];
        match c {
            b'(' => {
                depth += 1;
                call = true;
            }
            b')' => depth -= 1,
            _ => {}
        }
        // `.unwrap_or_else(|_| "…".into())`, `.unwrap_or("…")`,
        // `.getOrElse("…")`, `.orElse("…")`: a method naming the default
        // it falls back on, its argument (or its closure's) a literal.
        if c == b'.'
            && let Some(j) = default_method_literal(b, i + 1, limit)
        {
            return Some(j);
        }
        let op = match (c, b.get(i + 1)) {
            (b'?', Some(b'?' | b':')) | (b'|', Some(b'|')) => 2,
            (b' ', _) if b.get(i + 1..i + 4) == Some(b"or ") => 3,
            (b',', _) if call && depth == 1 && env_getter(&b[from..i]) => 1,
            // Ruby's `ENV.fetch("X") { "…" }`: the block supplies it.
            (b'{', _) if call && depth == 0 && env_getter(&b[from..i]) => 1,
            _ => 0,
        };
        if op > 0 {
            let j = skip_spaces(b, i + op);
            if matches!(b.get(j), Some(b'"' | b'\'')) {
                return Some(j);
            }
        }
        i += 1;
    }
    None
}

/// After a method call's dot at `m`: a method naming the default a value
/// falls back on (`unwrap_or`, `unwrap_or_else`, `unwrap_or_default`
/// aside, `or_else`, `getOrElse`, `orElse`, `orElseGet`), then `(`, a
/// closure's head (`|_|`, `||`, `() ->`) and a literal: where its quote
/// is.
#[inline(never)]
fn default_method_literal(b: &[u8], m: usize, limit: usize) -> Option<usize> {
    const METHODS: &[&[u8]] = &[
        b"unwrap_or_else(",
        b"unwrap_or(",
        b"or_else(",
        b"getOrElse(",
        b"orElseGet(",
        b"orElse(",
    ];
    let rest = b.get(m..limit)?;
    let name = METHODS.iter().find(|w| rest.starts_with(w))?;
    let mut j = skip_spaces(b, m + name.len());
    // A closure's head: `|_|`, `|e|`, `||`, `() ->`, `_ =>`.
    if b.get(j) == Some(&b'|') {
        let close = b[j + 1..limit.min(j + 16)]
            .iter()
            .position(|&c| c == b'|')?;
        j = skip_spaces(b, j + 2 + close);
    } else if b[j..limit].starts_with(b"() ->") {
        j = skip_spaces(b, j + 5);
    }
    matches!(b.get(j), Some(b'"' | b'\'')).then_some(j)
}

/// "API key missing", "token not set", "password mancante": the word
/// after a key says it has no value.
#[inline(never)]
fn said_absent(b: &[u8], key_end: usize) -> bool {
    let i = skip_spaces(b, key_end);
    let rest = &b[i..(i + 16).min(b.len())];
    [
        &b"missing"[..],
        b"is missing",
        b"not set",
        b"is not set",
        b"mancante",
        b"manca",
        b"non impostat",
        b"assente",
    ]
    .iter()
    .any(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w))
}

/// `getenv(`, `environ.get(`, `ENV.fetch(`: reads the environment.
fn env_getter(code: &[u8]) -> bool {
    let lower = code.to_ascii_lowercase();
    memchr::memmem::find(&lower, b"env").is_some()
}

/// `new ClientCredentials("id", "secret")`, `setBasicAuth(user, "p4ss")`:
/// string literals after the first argument of a credentials call.
fn call_args(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
    kind: Kind,
    memo: &mut QuoteMemo,
) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    if b.get(key_end) != Some(&b'(') {
        let mut o = keyed(text, b, key_start, key_end, kind, memo, true);
        if let Some(f) = o.finding.as_mut()
            && let Some(e) = pair_closing_symbols(text, f.start, f.end)
        {
            f.end = e;
            o.scanned_to = o.scanned_to.max(e);
        }
        if o.finding.is_some() || !b[key_start..key_end].eq_ignore_ascii_case(b"credentials") {
            return o;
        }
        // "the credentials are ops:Tr0mb@ne!": an `id:secret` pair a few
        // words on, on the same line.
        let lim = (key_end + 80).min(b.len());
        let mut i = key_end;
        for _ in 0..6 {
            i = skip_spaces(b, i);
            let s = i;
            while i < lim && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            if s == i || i >= lim {
                break;
            }
            let e = crate::value::floor_boundary(b, i);
            let w = text[s..e].trim_end_matches(['.', ',', ';']);
            if crate::auth::credential_pair(w) {
                return Outcome {
                    finding: finding(Kind::ClientSecret, s, s + w.len(), Confidence::Medium),
                    scanned_to: e,
                };
            }
        }
        return none;
    }
    // Perl's LWP, `$ua->credentials("host:443", "realm", "user", "…")`:
    // four literals, the password last.
    if let Some(f) = crate::calls::four_literal_credentials(text, b, key_end) {
        return Outcome {
            scanned_to: f.end,
            finding: Some(f),
        };
    }
    let limit = (key_end + 512).min(b.len());
    match literal_args(text, b, key_end + 1, limit, kind) {
        Some(f) => Outcome {
            scanned_to: f.end,
            finding: Some(f),
        },
        None => none,
    }
}

/// `BASIC_AUTH=api:Rondine_77!`: a password ends in a symbol as often as
/// not, which the token reader leaves out. When the value read is an
/// `id:secret` pair and one to three of `! ? $ * # % &` follow it up to a
/// space, a quote, a cell's bar or the line's end, they close its secret.
#[inline(never)]
fn pair_closing_symbols(text: &str, s: usize, e: usize) -> Option<usize> {
    let b = text.as_bytes();
    let n = b[e..]
        .iter()
        .take(4)
        .take_while(|c| matches!(c, b'!' | b'?' | b'$' | b'*' | b'#' | b'%' | b'&'))
        .count();
    let closed = b
        .get(e + n)
        .is_none_or(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'|'));
    ((1..=3).contains(&n) && closed && crate::auth::credential_pair(&text[s..e + n]))
        .then_some(e + n)
}

/// `Credentials.basic("id", "secret")`, Faraday's `f.request
/// :authorization, :basic, "id", "secret"`: HTTP Basic credentials handed
/// to a client as the arguments after the word `basic` (in parentheses, or
/// after a symbol's comma up to the line's end); the second literal is the
/// secret.
pub(crate) fn basic_args(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
) -> Option<Finding> {
    match b.get(key_end) {
        Some(b'(') => literal_args(
            text,
            b,
            key_end + 1,
            (key_end + 512).min(b.len()),
            Kind::ClientSecret,
        ),
        Some(b',') if key_start > 0 && b[key_start - 1] == b':' => {
            let lim = (key_end + 512).min(b.len());
            let line_end = memchr::memchr(b'\n', &b[key_end..lim]).map_or(lim, |o| key_end + o);
            literal_args(text, b, key_end + 1, line_end, Kind::ClientSecret)
                .or_else(|| crate::calls::basic_pair_literal(text, b, key_end))
        }
        _ => None,
    }
}

/// `Some`, `Optional.of`, `Option.of`: what wraps an optional argument,
/// right before its `(`.
fn option_wrapper(before: &[u8]) -> bool {
    [
        &b"Some"[..],
        b"Optional.of",
        b"Option.of",
        b"Optional.ofNullable",
    ]
    .iter()
    .any(|w| {
        before.ends_with(w)
            && before
                .len()
                .checked_sub(w.len() + 1)
                .is_none_or(|k| !before[k].is_ascii_alphanumeric() && before[k] != b'_')
    })
}

/// The first string literal after the first argument, from `i` (just
/// inside an argument list) to `limit` or the list's close, when it is
/// built like a secret.
fn literal_args(text: &str, b: &[u8], from: usize, limit: usize, kind: Kind) -> Option<Finding> {
    let mut i = from;
    let mut arg = 0;
    let mut depth = 0;
    // `Some("…")`, `Optional.of("…")`, `Just "…"`: an optional argument's
    // wrapper (Rust's `basic_auth(id, Some(secret))`) is not a nesting.
    let mut wrapped = 0u32;
    while i < limit {
        match b[i] {
            b'(' if option_wrapper(&b[from..i]) && wrapped == 0 => wrapped = 1,
            b')' if wrapped == 1 => wrapped = 0,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => break,
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => arg += 1,
            q @ (b'"' | b'\'') => {
                let s = i + 1;
                let mut e = s;
                while e < limit && b[e] != q && b[e] != b'\n' {
                    e += if b[e] == b'\\' { 2 } else { 1 };
                }
                let e = e.min(limit);
                if arg >= 1 && depth == 0 && e > s {
                    let e = crate::value::floor_boundary(b, e);
                    let v = &text[s..e];
                    let sh = shape(v);
                    let name = v
                        .bytes()
                        .all(|c| c.is_ascii_lowercase() || c == b'_' || c == b'-');
                    if v.len() >= 6
                        && !v.contains(' ')
                        && !name
                        && !is_placeholder(v)
                        && !is_reference(v)
                        && (sh.digits > 0 || sh.other > 0 || mixed_case(v))
                        && !is_id(v.as_bytes())
                        && !v.contains("://")
                    {
                        return finding(refine(kind, v), s, e, Confidence::High);
                    }
                }
                i = e + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// "login con mario@x.it / S3gr3t!", "utente: demo / Pa55!": within a
/// short window after the word, `user / value` where the value has
/// letters and digits or symbols.
/// Verbs of typing a value into a field.
const TYPED: &[&str] = &[
    "typed",
    "entered",
    "pasted",
    "put",
    "inserted",
    "scritto",
    "digitato",
    "inserito",
    "messo",
    "incollato",
];

/// A password told by where it was typed, before the sign-in word that
/// names the field: "I typed X into the login box", "ho scritto X nella
/// schermata di login". On the key's line, within 64 bytes: a verb of
/// typing, one word built like a password, then up to four short words
/// (into the, nella schermata di) to the key.
fn typed_before(text: &str, b: &[u8], key_start: usize) -> Option<Outcome> {
    let from = key_start.saturating_sub(64);
    let line = memchr::memrchr(b'\n', &b[from..key_start]).map_or(from, |o| from + o + 1);
    let before = text.get(line..key_start)?;
    let words: Vec<(usize, &str)> = before
        .split(' ')
        .scan(line, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    // The verb, the value, then the short words to the key.
    let verb = words
        .iter()
        .rposition(|(_, w)| TYPED.contains(&w.to_lowercase().as_str()))?;
    let &(s, v) = words.get(verb + 1)?;
    let rest = &words[verb + 2..];
    if rest.is_empty() || rest.len() > 4 || rest.iter().any(|(_, w)| w.len() > 10) {
        return None;
    }
    let sh = shape(v);
    let symbols = v
        .bytes()
        .filter(|c| c.is_ascii_punctuation() && !matches!(c, b'-' | b'.' | b'_' | b'\''))
        .count();
    let built = (6..=64).contains(&v.len())
        && sh.upper + sh.lower > 0
        && sh.digits + symbols > 0
        && (sh.upper > 0 || symbols > 0)
        && !is_email(v)
        && !is_placeholder(v)
        && !is_reference(v);
    built.then(|| Outcome {
        finding: finding(Kind::Password, s, s + v.len(), Confidence::Medium),
        scanned_to: key_start,
    })
}

/// `name@host.tld`: a user, not a password (`0rch@rd10!` is one).
fn is_email(v: &str) -> bool {
    v.rsplit_once('@').is_some_and(|(_, d)| {
        d.contains('.')
            && d.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    })
}

/// Words that name the user's field rather than hold a user.
const USER_LABELS: &[&[u8]] = &[
    b"user",
    b"username",
    b"utente",
    b"login",
    b"benutzer",
    b"utilisateur",
    b"usuario",
    b"account",
];

/// Quotes around a user or a `user / password` pair.
const QUOTES: [&str; 4] = ["\"", "'", "\u{201d}", "&quot;"];

pub(crate) fn user_pass(text: &str, b: &[u8], key_end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    let limit = (key_end + 160).min(b.len());
    let Some(off) = memchr::memmem::find(&b[key_end..limit], b" / ") else {
        return none;
    };
    let slash = key_end + off;
    // The user before: one word (an e-mail, an id) right before ` / `,
    // or its closing quote (`"tom.w" / Grill054?`).
    let user_end = QUOTES
        .iter()
        .find(|q| b[..slash].ends_with(q.as_bytes()))
        .map_or(slash, |q| slash - q.len());
    if user_end == 0 || !(b[user_end - 1].is_ascii_alphanumeric() || b[user_end - 1] == b'_') {
        return none;
    }
    // `Utente / ID;Segreto`, `User / ID,Secret`: a column header that
    // names a field by two words; the word before ` / ` is a label of a
    // user, not a user.
    let mut user_start = user_end;
    while user_start > 0 && b[user_start - 1].is_ascii_alphabetic() {
        user_start -= 1;
    }
    // Only a whole word: `api-user / …` names a user.
    let whole = user_start == 0
        || matches!(
            b[user_start - 1],
            b' ' | b'\t' | b'\n' | b'"' | b';' | b',' | b'|'
        );
    if whole && user_end - user_start <= 12 {
        let word = &b[user_start..user_end];
        if USER_LABELS.iter().any(|l| word.eq_ignore_ascii_case(l)) {
            return none;
        }
    }
    let s = slash + 3;
    let mut e = s;
    while e < b.len() && e - s < 64 && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    let e = crate::value::floor_boundary(b, e);
    // A pair quoted whole ends at its closing quote (`"aconti / x1y2z3".`).
    let mut v = text[s..e].trim_end_matches([',', ';']);
    let unpunctuated = v.trim_end_matches(['.', ')']);
    if let Some(q) = QUOTES.iter().find(|q| unpunctuated.ends_with(*q)) {
        v = &unpunctuated[..unpunctuated.len() - q.len()];
    }
    let e = s + v.len();
    // `Sandbox / @acme/sdk 2.1.0 / build 9f3e`: three or more parts
    // joined by ` / ` are a breadcrumb (environment, package, build), not
    // a user and a password.
    // Within 80 bytes on the same line either side (searched no further,
    // so a long line costs no more than a short one).
    let ahead = (e + 80).min(b.len());
    let line_end = memchr::memchr(b'\n', &b[e..ahead]).map_or(ahead, |o| e + o);
    let behind = slash.saturating_sub(80);
    let line_start = memchr::memrchr(b'\n', &b[behind..slash]).map_or(behind, |o| behind + o + 1);
    if memchr::memmem::find(&b[e..line_end], b" / ").is_some()
        || memchr::memmem::find(&b[line_start..slash], b" / ").is_some()
    {
        return none;
    }
    let sh = shape(v);
    // Hyphens, dots and underscores join words ("read-only").
    let symbols = v
        .bytes()
        .filter(|c| c.is_ascii_punctuation() && !matches!(c, b'-' | b'.' | b'_' | b'\''))
        .count();
    if (6..=64).contains(&v.len())
        && !v.ends_with(':')
        && sh.upper + sh.lower > 0
        && sh.digits + symbols + sh.non_ascii > 0
        && !is_placeholder(v)
        && !is_reference(v)
        && !v.contains("://")
        && !v.starts_with('/')
    {
        return Outcome {
            finding: finding(Kind::Password, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    // "mario@x.it / volpe prato lanterna 42 ma non entra": a passphrase.
    if let Some(e) = passphrase_words(b, s, 3)
        && e > s
    {
        return Outcome {
            finding: finding(Kind::Password, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    none
}

/// "del pannello esercente è ", "for the shop app is ": after a password
/// key, a phrase that says whose password it is (a preposition, then up
/// to three plain words) and a copula or a colon; where the value starts.
#[inline(never)]
fn qualified_copula(b: &[u8], key_end: usize) -> Option<usize> {
    const HEADS: &[&[u8]] = &[
        b"del", b"della", b"dello", b"dell'", b"dei", b"di", b"of", b"for", b"per", b"sul",
    ];
    const COPULAS: &[&[u8]] = &["è".as_bytes(), b"is", b"was", b"era"];
    if b.get(key_end) != Some(&b' ') {
        return None;
    }
    let mut i = key_end + 1;
    let mut words = 0;
    while words < 5 {
        let w0 = i;
        // A login's name among the words (`fivetran_user`, `svc-etl01`):
        // whose account, written as the account is named.
        while i < b.len()
            && i - w0 < 24
            && (b[i].is_ascii_alphabetic()
                || b[i] == b'\''
                || b[i] >= 0x80
                || (i > w0 && (b[i].is_ascii_digit() || matches!(b[i], b'_' | b'-'))))
        {
            i += 1;
        }
        let w = &b[w0..i];
        if w.is_empty() {
            return None;
        }
        let lower = w.to_ascii_lowercase();
        if words == 0 {
            // `dell'account`: the article glued to the next word.
            let head = HEADS.iter().any(|h| {
                lower == *h || h.ends_with(b"'") && lower.starts_with(h) && lower.len() > h.len()
            });
            if !head {
                return None;
            }
        } else if COPULAS.contains(&lower.as_slice()) && words >= 2 {
            return (b.get(i) == Some(&b' ')).then(|| skip_spaces(b, i + 1));
        }
        if b.get(i) == Some(&b':') && words >= 1 {
            return (b.get(i + 1) == Some(&b' ')).then(|| skip_spaces(b, i + 1));
        }
        if b.get(i) != Some(&b' ') {
            return None;
        }
        i += 1;
        words += 1;
    }
    None
}

/// After a key at `key_end`, a space and at most one word of letters
/// (whose account: "admin pw X", "psw admin X"): where the value starts.
fn one_word_then(b: &[u8], key_end: usize) -> usize {
    if b.get(key_end) != Some(&b' ') {
        return key_end;
    }
    let s = key_end + 1;
    let w = b[s..(s + 12).min(b.len())]
        .iter()
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if w >= 2 && b.get(s + w) == Some(&b' ') && dashed_passphrase(b, s).is_none() {
        return s + w + 1;
    }
    s
}

/// `falcon-falcon-lemon-pepper`: four words or more of three to ten
/// lowercase letters joined by single dashes, as passphrase generators
/// print them; ended by a space, a quote, punctuation or the line's end.
/// Its end.
#[inline(never)]
pub(crate) fn dashed_passphrase(b: &[u8], s: usize) -> Option<usize> {
    let mut i = s;
    let mut words = 0;
    loop {
        let w0 = i;
        while i < b.len() && i - w0 <= 10 && b[i].is_ascii_lowercase() {
            i += 1;
        }
        if !(3..=10).contains(&(i - w0)) {
            return None;
        }
        words += 1;
        if b.get(i) == Some(&b'-') && b.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
            i += 1;
        } else {
            break;
        }
    }
    let end_ok = b.get(i).is_none_or(|&c| {
        c.is_ascii_whitespace()
            || matches!(c, b'"' | b'\'' | b'.' | b',' | b';' | b')' | b'!' | b'?')
    });
    (words >= 4 && end_ok && (s == 0 || !b[s - 1].is_ascii_alphanumeric() && b[s - 1] != b'-'))
        .then_some(i)
}

/// Words of a passphrase from `s`: lowercase words of three letters or
/// more (a number may close it), none of them an ordinary word of a
/// sentence, up to the end of the line or the first ordinary word or
/// punctuation. Returns the end when there are `min` words or more.
pub(crate) fn passphrase_words(b: &[u8], s: usize, min: usize) -> Option<usize> {
    let limit = (s + 120).min(b.len());
    let mut i = s;
    let mut end = s;
    let mut words = 0;
    let mut number = false;
    while i < limit && words < 10 {
        let w0 = i;
        while i < limit && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let w = &b[w0..i];
        let alpha = w.len() >= 3 && w.iter().all(u8::is_ascii_lowercase);
        let digits = !w.is_empty() && w.len() <= 6 && w.iter().all(u8::is_ascii_digit);
        let word = std::str::from_utf8(w).unwrap_or("");
        if number || !(alpha || (digits && words >= 2)) || is_stop_word(word) {
            i = w0;
            break;
        }
        number = digits;
        words += 1;
        end = i;
        if b.get(i) == Some(&b' ') && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        } else {
            break;
        }
    }
    let _ = i;
    // The phrase ends there: at a line end, punctuation or a word.
    let next = b.get(end).copied().unwrap_or(b'\n');
    let stops = matches!(
        next,
        b'\n' | b'\r' | b' ' | b'.' | b',' | b'"' | b'\'' | b')'
    );
    (words >= min && stops).then_some(end)
}

/// What a reply says before the value it gives ("I typed X").
const ANSWER_LEADS: &[&str] = &[
    "i typed",
    "i tried",
    "i used",
    "i entered",
    "i put",
    "i set",
    "typed",
    "tried",
    "it's",
    "it is",
    "ho messo",
    "ho usato",
    "ho provato",
    "ho scritto",
    "ho inserito",
    "ho digitato",
    "metto",
    "uso",
    "è",
];

/// After a question about a password, a reply line that is only a value:
/// one word built like a password, or a passphrase of three words or more.
/// A chat line's `name: ` prefix is skipped.
fn answer_line(text: &str, b: &[u8], from: usize, limit: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < limit {
        let nl = memchr::memchr(b'\n', &b[i..limit]).map_or(limit, |o| i + o);
        let line_end = if nl > i && b[nl - 1] == b'\r' {
            nl - 1
        } else {
            nl
        };
        // A quoted mail's `> ` prefix is not part of the answer.
        let mut q = i;
        while q < line_end && q - i < 8 && matches!(b[q], b'>' | b' ') {
            q += 1;
        }
        let line = &b[i..line_end];
        let mut starts = vec![q];
        if let Some(p) = crate::text::find2(&line[..line.len().min(64)], *b": ") {
            starts.push(i + p + 2);
        }
        // "It's X (without quotes)": a remark in parentheses closing the
        // line is not part of the value.
        let line_end = if b[..line_end].ends_with(b")")
            && let Some(p) = memchr::memrchr(b'(', line)
            && p > 0
            && line[p - 1] == b' '
            && !line[p + 1..].contains(&b'(')
        {
            let mut e = i + p;
            while e > i && b[e - 1] == b' ' {
                e -= 1;
            }
            e
        } else {
            line_end
        };
        for s in starts {
            let mut s = crate::value::skip_spaces(b, s);
            // "I typed X", "ho messo X": a few words saying what was done.
            for lead in ANSWER_LEADS {
                if starts_with_ci(b, s, lead.as_bytes()) && b.get(s + lead.len()) == Some(&b' ') {
                    s = crate::value::skip_spaces(b, s + lead.len() + 1);
                    break;
                }
            }
            // `from` may fall inside a character (found by fuzzing): start
            // at the next character.
            while s < line_end && !text.is_char_boundary(s) {
                s += 1;
            }
            if s >= line_end || nl >= limit && limit < b.len() {
                continue;
            }
            let v = &text[s..crate::value::floor_boundary(b, line_end)];
            let v = v.trim_end();
            let sh = shape(v);
            // "Thanks!": a word and its punctuation is no value.
            let core = shape(v.trim_end_matches(['.', '!', '?', ',']));
            let single = !v.contains(' ')
                && (6..=64).contains(&v.len())
                && sh.upper + sh.lower >= 3
                && (core.digits > 0 || core.other > 0)
                && !v.ends_with(':')
                && !is_placeholder(v)
                && !is_reference(v)
                && !is_id(v.as_bytes())
                && !v.contains("://")
                && !v.contains('@');
            if single {
                return Some((s, s + v.len()));
            }
            if let Some(e) = passphrase_words(b, s, 3)
                && e == s + v.len()
            {
                return Some((s, e));
            }
        }
        i = nl + 1;
    }
    None
}

/// After "CAB 66172": "n. 1234/567890", "- C/C 000012345678", "conto
/// 123456": the account number that follows the branch code.
fn cab_account(b: &[u8], key_end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    let mut i = skip_spaces(b, key_end);
    if matches!(b.get(i), Some(b':')) {
        i = skip_spaces(b, i + 1);
    }
    let c0 = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i - c0 != 5 {
        return none;
    }
    // Joining words and marks, then the account.
    let limit = (i + 40).min(b.len());
    let mut newline_seen = false;
    while i < limit {
        let lower = b[i].to_ascii_lowercase();
        if matches!(lower, b' ' | b',' | b'-' | b'.' | b':' | b';' | b'/') {
            i += 1;
            continue;
        }
        if b[i..].len() >= 3 && b[i..i + 3].eq_ignore_ascii_case(b"c/c") {
            i += 3;
            continue;
        }
        // "cc", conto corrente without its slash ("abi … cab … cc …").
        if b[i..].len() >= 3
            && b[i..i + 2].eq_ignore_ascii_case(b"cc")
            && matches!(b[i + 2], b' ' | b'.' | b':')
        {
            i += 2;
            continue;
        }
        // The account named in English ("ABI 03069, CAB 66172, account
        // …", "Account no.: …"), or on the line below the CAB's (a form's
        // fields, one a line, a quote's `>` before them).
        if let Some(e) = account_label_at(b, i) {
            i = e;
            continue;
        }
        if lower == b'n' && matches!(b.get(i + 1), Some(b'.' | b' ' | b'r' | b'o')) {
            i += 1;
            continue;
        }
        if b[i..].len() >= 5 && b[i..i + 5].eq_ignore_ascii_case(b"conto") {
            i += 5;
            continue;
        }
        if b[i] == b'\n' && !newline_seen {
            newline_seen = true;
            i += 1;
            while i < limit && matches!(b[i], b'>' | b' ' | b'\t') {
                i += 1;
            }
            continue;
        }
        break;
    }
    match account_value(b, i).or_else(|| cin_checked_account(b, key_end, c0)) {
        Some((s, e)) => Outcome {
            finding: finding(Kind::BankAccount, s, e, Confidence::Medium),
            scanned_to: e,
        },
        None => none,
    }
}

/// An English label for the account after a CAB ("account", "acct",
/// "a/c", "number", "no", "nr"), ended by a mark or a space: where it ends.
fn account_label_at(b: &[u8], i: usize) -> Option<usize> {
    const LABELS: &[&[u8]] = &[b"account", b"acct", b"a/c", b"number", b"no", b"nr"];
    LABELS.iter().find_map(|w| {
        let e = i + w.len();
        (b.get(i..e).is_some_and(|g| g.eq_ignore_ascii_case(w))
            && b.get(e)
                .is_some_and(|&c| matches!(c, b' ' | b'.' | b':' | b'\t')))
        .then_some(e)
    })
}

/// A SEPA mandate or a bank form writes `ABI 05034 CAB 21250` on one line
/// and `Account no. 46ADP3L7RDM2  CIN Z` below: the account (12 letters
/// and digits) is the one whose CIN, computed over ABI + CAB + account,
/// is the letter written after "CIN" within the next three lines. The
/// check decides, so no label for the account is needed. `key_end` ends
/// "CAB", its five digits start at `cab`; "ABI" and its digits stand in
/// the 24 bytes before it.
fn cin_checked_account(b: &[u8], key_end: usize, cab: usize) -> Option<(usize, usize)> {
    let key_start = key_end.checked_sub(3)?;
    let lo = key_start.saturating_sub(24);
    let abi_key = lo + memchr::memmem::rfind(&b[lo..key_start].to_ascii_lowercase(), b"abi")?;
    let mut a = skip_spaces(b, abi_key + 3);
    if b.get(a) == Some(&b':') {
        a = skip_spaces(b, a + 1);
    }
    let abi = b.get(a..a + 5)?;
    if !abi.iter().all(u8::is_ascii_digit) || b.get(a + 5).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut bank = [0u8; 22];
    bank[..5].copy_from_slice(abi);
    bank[5..10].copy_from_slice(b.get(cab..cab + 5)?);
    // Three lines after the CAB, 240 bytes at most.
    let from = cab + 5;
    let mut hi = (from + 240).min(b.len());
    if let Some(third) = memchr::memchr_iter(b'\n', &b[from..hi]).nth(2) {
        hi = from + third;
    }
    let window = &b[from..hi];
    // The 12-character words (with a digit) first: most windows have none,
    // and each is then tried against each CIN written.
    let mut words = [(0usize, 0usize); 4];
    let mut n = 0;
    let mut i = 0;
    while i < window.len() && n < words.len() {
        if !window[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let s = i;
        while i < window.len() && window[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i - s == 12 && window[s..i].iter().any(u8::is_ascii_digit) {
            words[n] = (s, i);
            n += 1;
        }
    }
    if n == 0 {
        return None;
    }
    let lower = window.to_ascii_lowercase();
    for c in memchr::memmem::find_iter(&lower, b"cin") {
        if c > 0 && window[c - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut l = c + 3;
        while l < window.len() && matches!(window[l], b' ' | b':' | b'\t') {
            l += 1;
        }
        let letter = *window.get(l)?;
        if !letter.is_ascii_alphabetic() || window.get(l + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        for &(s, e) in &words[..n] {
            bank[10..].copy_from_slice(&window[s..e]);
            if crate::national::it_cin(&bank) == Some(letter.to_ascii_uppercase()) {
                return Some((from + s, from + e));
            }
        }
    }
    None
}

/// Words that never lead from a "code" to a one-time code: the code is an
/// error, an order, a tax id, a product.
const NOT_OTP: &[&str] = &[
    "errore",
    "error",
    "errori",
    "fiscale",
    "cliente",
    "customer",
    "ordine",
    "order",
    "status",
    "stato",
    "http",
    "postale",
    "postal",
    "zip",
    "articolo",
    "prodotto",
    "product",
    "pratica",
    "fattura",
    "invoice",
    "tracking",
    "spedizione",
    "iban",
    "bic",
    "swift",
    "abi",
    "cab",
    "transazione",
    "transaction",
    "merchant",
    "esercente",
    "reason",
    "motivo",
    "esito",
    "response",
    "risposta",
    "causale",
    "riferimento",
    "reference",
    "ticket",
    "promo",
    "sconto",
    "coupon",
    "discount",
    "ateco",
    "cup",
    "cig",
    "tributo",
    "catastale",
    "destinatario",
    "sdi",
    "ipa",
    "exit",
    "uscita",
    "return",
    "ritorno",
    "mcc",
    "paese",
    "country",
    "area",
    "sorgente",
    "source",
    "dipendente",
    "employee",
    // An employer's registration with a social-security or insurance
    // body ("codice ditta" at INAIL, a firm's "matricola" at INPS): a
    // public id on every payslip and filing.
    "ditta",
    "matricola",
    "employer",
    "contratto",
    "contract",
    "mandato",
    "mandate",
    "offerta",
    "voucher",
    "regalo",
    "gift",
    "sconto",
    "rejection",
    "rifiuto",
    "decline",
    "autorizzazione",
    "authorization",
    "authorisation",
    "auth",
    "banca",
    "bank",
    "filiale",
    "branch",
    "nazione",
    "lotto",
    "batch",
    "chiamata",
    "call",
    "cap",
    "istat",
    "comune",
    "tel",
    "telefono",
    "phone",
    "cellulare",
    "mobile",
    "fax",
    "iva",
    "vat",
    "partita",
    "protocollo",
    "rif",
    "ref",
    "aut",
    // A bank's or a branch's public routing code ("Code banque 30003
    // Code guichet 99607" on a RIB, "Sort  code 09-42-14" with OCR's
    // doubled space, which the "sort code" key does not match).
    "banque",
    "guichet",
    "agence",
    "sort",
    "entidad",
    "oficina",
    "sucursal",
    "blz",
    "bankleitzahl",
    "routing",
    "aba",
    "bsb",
    "ifsc",
];

/// Words that name what a number right after them is ("the POS terminal
/// 49019722"), even after a PIN's key.
const NAMED_NUMBERS: &[&str] = &[
    "terminal",
    "terminale",
    "tid",
    "serial",
    "seriale",
    // A device's model number ("the token model 5200").
    "model",
    "modello",
    "matricola",
];

fn names_other_code(between: &str) -> bool {
    names_other_code_for(between, false)
}

/// `names_other_code`; with `owned`, whose it is ("il PIN carta del
/// cliente: 5334", the customer's PIN) names no other code: the key was a
/// PIN's own word, not a generic "code".
fn names_other_code_for(between: &str, owned: bool) -> bool {
    names_other_code_unless(between, owned, false)
}

/// The words of `NOT_OTP` that name an authorisation: a card issuer's
/// approval code, unless strong customer authentication is named with it.
const AUTHORISATION: &[&str] = &[
    "approval",
    "autorizzazione",
    "authorization",
    "authorisation",
    "auth",
    "aut",
];

/// `names_other_code_for`; with `sca`, an authorisation word names no
/// other code: "SCA authorisation code", "codice di autorizzazione SCA"
/// is the one-time code PSD2's strong customer authentication sends.
fn names_other_code_unless(between: &str, owned: bool, sca: bool) -> bool {
    let lower = between.to_lowercase();
    let last = lower
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .find(|w| !w.is_empty())
        .unwrap_or("");
    // "PIN du terminal : 5521": a label that closes with `:` names what
    // the value is for, not what the number is.
    let labelled = lower.trim_end().ends_with([':', '=']);
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (NAMED_NUMBERS.contains(&last) && !labelled)
        || words.iter().enumerate().any(|(i, &w)| {
            // Whose the code is, strong authentication named with it, or
            // the device it is sent to: no other code after all.
            let excused = (owned && matches!(w, "cliente" | "customer"))
                || (sca && AUTHORISATION.contains(&w))
                || destination(&words, i);
            NOT_OTP.contains(&w) && !excused
        })
}

/// "the code for the demo phone", "il codice sul telefono": a device the
/// code goes to (a preposition before it, an article or one more word
/// allowed) is where a one-time code is sent, not a name for another
/// code (as "phone code" would be).
fn destination(words: &[&str], i: usize) -> bool {
    if !matches!(
        words[i],
        "phone" | "telefono" | "cellulare" | "device" | "dispositivo" | "smartphone"
    ) {
        return false;
    }
    let to = |w: &str| {
        matches!(
            w,
            "for" | "to" | "on" | "per" | "sul" | "al" | "nel" | "auf"
        )
    };
    (1..=3).any(|back| i >= back && to(words[i - back]))
}

/// "sca" as a word of its own in `w` (lower case), not inside "scartata"
/// or "scadenza".
fn sca_word(w: &[u8]) -> bool {
    w.windows(3).enumerate().any(|(i, t)| {
        t == b"sca"
            && (i == 0 || !w[i - 1].is_ascii_alphabetic())
            && w.get(i + 3).is_none_or(|n| !n.is_ascii_alphabetic())
    })
}

/// A cue from `OTP_CUES` in `window` (lower case). "sca" (strong
/// customer authentication) counts only as a word of its own: inside
/// "scartata dallo SDI con codice 00404" it says nothing about the code.
fn otp_cue(window: &str) -> bool {
    OTP_CUES.iter().any(|c| {
        if *c != "sca" {
            return window.contains(c);
        }
        sca_word(window.as_bytes())
    })
}

/// Words of a countdown shown beside a code: it expires in moments, as
/// one-time codes do.
const COUNTDOWN: &[&str] = &[
    "timer",
    "countdown",
    "expires in",
    "scade tra",
    "valid for",
    "valido per",
];

fn countdown(window: &str) -> bool {
    COUNTDOWN.iter().any(|c| window.contains(c))
}

/// Words near a "code" that say it is a one-time code.
const OTP_CUES: &[&str] = &[
    // What a code opens when it is kept rather than sent: a safe, an
    // alarm's keypad (a PIN by another name).
    "alarm",
    "allarme",
    "cassaforte",
    "safe ",
    "safe (",
    "keypad",
    "tastierino",
    "padlock",
    "lucchetto",
    // A parcel locker's door, opened by the pickup code it sends.
    "locker",
    "pickup",
    "pick-up",
    "ritiro",
    // A code said to expire ("hurry it expires", "sbrigati che scade"),
    // as one-time codes do; a verb that opens with it ("per sbloccare").
    "expires",
    "scade",
    "sblocca",
    // Urgency, because it expires: "hurry", "be quick", "sbrigati",
    // "fai veloce", "in fretta", "asap".
    "hurry",
    "be quick",
    "quickly",
    "sbrigati",
    "fai veloce",
    "fai presto",
    "in fretta",
    // A countdown beside it (`COUNTDOWN`); a code told over the phone.
    "timer",
    "countdown",
    "expires in",
    "scade tra",
    "al telefono",
    "over the phone",
    "on the phone",
    "sms",
    "otp",
    "sca",
    "3ds",
    "3-d",
    "3d secure",
    "3d-secure",
    "securecode",
    "verific",
    "verif",
    "conferma",
    "confirm",
    "sblocco",
    "unlock",
    "one-time",
    "monouso",
    "2fa",
    "mfa",
    "authenticator",
    // What shows a code: a key fob, "la chiavetta", a phone's screenshot,
    // the phone itself ("copied from my phone", "copiato dal telefono";
    // not a "Phone:" label nor a number's owner).
    "my phone",
    "the phone",
    "your phone",
    "dal telefono",
    "sul telefono",
    "il telefono",
    "mio telefono",
    "chiavetta",
    // The app that shows it ("me lo detta l'app", "the app shows").
    "l'app",
    "dall'app",
    "the app",
    "key fob",
    "keyfob",
    "screenshot",
    // "arrivato", "che mi arriva", "that arrives": a code that came to
    // the writer, as one-time codes do (not "arriva da", comes from).
    "arrivat",
    "mi arriva",
    "ci arriva",
    "arrive me",
    "arrives",
    "arrived",
    "ricevut",
    "received",
    "dispositivo",
    "device",
    "accesso",
    "login",
    "sign-in",
    "tan",
    "token",
    "usa e getta",
    "temporane",
    "autenticazione",
    "authentication",
    "challenge",
    "texted",
    "inviato",
    "sent you",
    "security code",
    "sicurezza",
    "activation",
    "attivazione",
    "cifre",
    "digits",
    "fronte",
    "retro",
    "front",
    "digit",
    "got",
    "typed",
    "entered",
    "digitat",
    "inserit",
    "scadut",
    // "prima della scadenza": an expiry close by (once found inside
    // "sca", now said by its own word).
    "scadenz",
    "expired",
    "text message",
    "messaggio",
    "passcode",
    "nuovo codice",
    "new code",
    "tuo codice",
    "your code",
    // "Code to approve your payment", "codice per autorizzare il
    // bonifico": the code a bank texts to approve one payment (the
    // noun, "authorisation code", is a card issuer's approval code).
    "to approve",
    "per approvare",
    "to authorise",
    "to authorize",
    "per autorizzare",
];

/// Before "non comunicarlo a nessuno" / "never share this code", in the
/// same message (200 bytes, not across a blank line): the last number of
/// four to eight digits that is not an amount, a masked card or a time.
/// `+39 084 452625`: the digits at `at` end an international phone
/// number (a sender's, shown above an SMS): back over digit groups joined
/// by single spaces, dashes or dots, a `+` opens the number.
fn phone_group(b: &[u8], at: usize) -> bool {
    let mut k = at;
    while k > 0
        && at - k < 20
        && (b[k - 1].is_ascii_digit()
            || (matches!(b[k - 1], b' ' | b'-' | b'.') && k >= 2 && b[k - 2].is_ascii_digit()))
    {
        k -= 1;
    }
    k < at && k > 0 && b[k - 1] == b'+'
}

/// A run of four or more mask characters (`******`, `••••`) in `between`.
#[inline(never)]
fn masked_between(between: &[u8]) -> bool {
    let s = String::from_utf8_lossy(between);
    let mut run = 0;
    for c in s.chars() {
        if matches!(c, '*' | '•' | '●') {
            run += 1;
            if run >= 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

fn code_before(b: &[u8], key_start: usize, key_end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    // The closing must be about the code: "non comunicarlo", "never share
    // it / this code", "non condividere il codice"; not "do not share this
    // email".
    let after = &b[key_end..(key_end + 24).min(b.len())];
    let lower = after.to_ascii_lowercase();
    let about_code = b[key_start..key_end].ends_with(b"lo")
        || [&b"code"[..], b"codice", b"it", b"otp", b"pin", b"passcode"]
            .iter()
            .any(|w| lower.split(|c| !c.is_ascii_alphanumeric()).any(|x| x == *w));
    if !about_code {
        return none;
    }
    let mut lo = key_start.saturating_sub(200);
    // A code already found (and redacted) before the closing is its code.
    if let Some(p) = memchr::memmem::rfind(&b[lo..key_start], b"[REDACTED:") {
        lo += p;
    }
    if let Some(p) = memchr::memmem::rfind(&b[lo..key_start], b"\n\n") {
        lo += p + 2;
    }
    let mut last = None;
    let mut i = lo;
    while i < key_start {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let glued = i > 0
            && (b[i - 1].is_ascii_alphanumeric()
                || matches!(
                    b[i - 1],
                    b'*' | b'+' | b'.' | b',' | b'_' | b'/' | b':' | b'-'
                ));
        let found = if glued || phone_group(b, i) {
            None
        } else {
            code_digits(b, i, 4, 8)
        };
        // `88.10`, `1.250,00`: an amount.
        let amount = found.is_some_and(|(s, e)| {
            e >= s + 3
                && matches!(b[e - 3], b'.' | b',')
                && b[e - 2..e].iter().all(u8::is_ascii_digit)
        });
        match found {
            Some((s, e)) if e <= key_start && !amount => {
                last = Some((s, e));
                i = e;
            }
            Some((_, e)) if amount => i = e,
            _ => {
                while i < key_start && (b[i].is_ascii_digit() || matches!(b[i], b'.' | b',')) {
                    i += 1;
                }
            }
        }
    }
    let Some((s, e)) = last else {
        return none;
    };
    // "Your verification code is ******. Do not share it.": the code the
    // closing is about stands masked after the last number, which is then
    // something else (the recipient's phone number above the body).
    if masked_between(&b[e..key_start]) {
        return none;
    }
    // "order 99812 confirmed. Do not share it": the number names another
    // code.
    let word_before = b[s.saturating_sub(24)..s]
        .split(|c| !c.is_ascii_alphanumeric())
        .rev()
        .find(|w| !w.is_empty())
        .map(|w| String::from_utf8_lossy(w).to_lowercase())
        .unwrap_or_default();
    if names_other_code(&word_before) {
        return none;
    }
    Outcome {
        finding: finding(Kind::Pin, s, e, Confidence::Medium),
        scanned_to: key_end,
    }
}

/// "codice" / "code": a one-time code when the words around it say so.
/// `…&grant_type=authorization_code&redirect_uri=…&code=582b…`: the
/// body of a token request (RFC 6749 §4.1.3) hands the token endpoint
/// the authorization code, which with the client's credentials (or none,
/// for a public client) is exchanged for tokens. Read when the form's
/// line names the grant; the code is 10 to 512 URL-safe characters.
fn exchanged_code(b: &[u8], key_start: usize, key_end: usize) -> Option<Outcome> {
    if key_start == 0 || !matches!(b[key_start - 1], b'&' | b'?') || b.get(key_end) != Some(&b'=') {
        return None;
    }
    let lo = key_start.saturating_sub(2048);
    let ls = memchr::memrchr(b'\n', &b[lo..key_start]).map_or(lo, |p| lo + p + 1);
    let vs = key_end + 1;
    let lim = (vs + 512).min(b.len());
    let ve = vs
        + b[vs..lim]
            .iter()
            .take_while(|&&c| {
                c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~' | b'%')
            })
            .count();
    let hi = (ve + 2048).min(b.len());
    let le = memchr::memchr(b'\n', &b[ve..hi]).map_or(hi, |p| ve + p);
    let grant = |r: &[u8]| memchr::memmem::find(r, b"grant_type=authorization_code").is_some();
    ((10..=512).contains(&(ve - vs)) && (grant(&b[ls..key_start]) || grant(&b[ve..le]))).then(
        || Outcome {
            finding: finding(Kind::AccessToken, vs, ve, Confidence::High),
            scanned_to: ve,
        },
    )
}

fn one_time_code(
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
    if let Some(o) = exchanged_code(b, key_start, key_end) {
        return o;
    }
    // `1) "code"` over `2) "723516"` (a Redis hash's fields and values
    // in a client's numbered reply): with a one-time code's cue near (the
    // hash's key, `otp:…`), the value of the field named "code".
    if let Some((s, e)) = numbered_reply(b, key_start, key_end)
        && (4..=8).contains(&(e - s))
        && b[s..e].iter().all(u8::is_ascii_digit)
    {
        let lo = floor_char(text, key_start.saturating_sub(48));
        let window = text[lo..floor_char(text, e)].to_lowercase();
        if otp_cue(&window) {
            return Outcome {
                finding: finding(Kind::Pin, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
    }
    let first = digit_lookahead(b, key_end, true);
    let spoken = if first.is_none() {
        spoken_value(b, key_end, false)
    } else {
        None
    };
    // A sentence about the code that ends its line ("I just texted you a
    // verification code.", "le ho mandato un SMS, me lo legge?"): the
    // answer on the next line (a chat's `name: ` and a few words before
    // the number allowed).
    let reply = if first.is_none() && spoken.is_none() {
        sentence_ends_line(b, key_end)
            .and_then(|next| digit_lookahead(b, next, true).map(|v| (next, v)))
    } else {
        None
    };
    // With no value on the line, only a label alone on its line (its value
    // below) is worth the cues.
    if first.is_none() && spoken.is_none() && reply.is_none() && !label_ends_line(b, key_end) {
        return none;
    }
    if let Some((next, v)) = reply {
        let lo = floor_char(text, key_start.saturating_sub(48));
        let hi = floor_char(text, (v + 64).min(b.len()));
        let window = text[lo..hi].to_lowercase();
        if otp_cue(&window)
            && let Some((s, e)) = code_after(text, b, next, 4, 8, true)
        {
            return Outcome {
                finding: finding(Kind::Pin, s, e, Confidence::Medium),
                scanned_to: e,
            };
        }
        return none;
    }
    let v = first.or(spoken.map(|(s, _)| s)).unwrap_or(key_end);
    if first.is_some() && labelled_in_next_sentence(b, key_end, v) {
        return none;
    }
    // The words between key and value, and the word before the key, must
    // not name another kind of code ("reason code 4855").
    let before = text[floor_char(text, key_start.saturating_sub(24))..key_start].to_lowercase();
    let prev_word = before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let lo = floor_char(text, key_start.saturating_sub(48));
    let hi = floor_char(text, (v + 64).min(b.len()));
    let window = text[lo..hi].to_lowercase();
    // "non comunicarlo a nessuno": an SMS one-time code, whatever it is called.
    let sms = [
        "non comunicarlo",
        "non condividerlo",
        "do not share",
        "don't share",
        "sms",
        "otp",
    ]
    .iter()
    .any(|c| window.contains(c));
    let between = &text[key_end..floor_char(text, v)];
    // "the code over the phone: …": how the code was told, not a phone
    // number's code.
    let told = told_by_phone(between);
    let between = if told { "" } else { between };
    // Strong customer authentication named in the key's own phrase (the
    // words just before it or between it and the value).
    // (Looked for only when another code seems named.)
    let named = names_other_code(between) || NOT_OTP.contains(&prev_word);
    // A code shown with its countdown ("timer at 00:43", "expires in 60
    // s") is one-time, whatever word of approval names it.
    let sca = named
        && (sca_word(before.as_bytes())
            || sca_word(between.to_lowercase().as_bytes())
            || countdown(&window));
    let other_before = NOT_OTP.contains(&prev_word) && !(sca && AUTHORISATION.contains(&prev_word));
    if !sms && named && (names_other_code_unless(between, false, sca) || other_before) {
        return none;
    }
    if !otp_cue(&window) {
        return none;
    }
    let _ = memo;
    // "Codice OTP ricevuto via SMS\n962 789": a label and its value below.
    if let Some(o) = next_line_value(text, b, key_start, key_end, Kind::Pin) {
        return o;
    }
    let pin = |(s, e): (usize, usize), kind: Kind| Outcome {
        finding: finding(kind, s, e, Confidence::Medium),
        scanned_to: e,
    };
    if first.is_some() {
        if let Some(found) = code_after(text, b, key_end, 4, 8, true) {
            return pin(found, Kind::Pin);
        }
        // "Codice di autorizzazione: 457789" shown with its countdown: the
        // words between name the approval, read from the number on.
        if sca
            && named
            && let Some(found) = code_after(text, b, v, 4, 8, true)
        {
            return pin(found, Kind::Pin);
        }
        if let Some(found) = dictated_digits(b, key_end, v) {
            return pin(found, Kind::Pin);
        }
        // "the 4-digit code on the back is 446": a card's security code.
        if ["front", "back", "fronte", "retro", "cvv", "cvc"]
            .iter()
            .any(|c| window.contains(c))
            && let Some(found) = code_after(text, b, key_end, 3, 4, true)
        {
            return pin(found, Kind::Cvv);
        }
    }
    match spoken {
        Some(found) => pin(found, Kind::Pin),
        None => none,
    }
}

/// The words between a code's key and its value say it was told over
/// the phone.
#[inline(never)]
fn told_by_phone(between: &str) -> bool {
    let lower = between.to_ascii_lowercase();
    [
        "over the phone",
        "on the phone",
        "al telefono",
        "per telefono",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// "il codice: 0 8 3 0 6 8": a code read out digit by digit, written as
/// four to eight single digits with one space between, right after the
/// key's colon (or a space) and ending the sentence or the line.
#[inline(never)]
fn dictated_digits(b: &[u8], key_end: usize, v: usize) -> Option<(usize, usize)> {
    // Right after the key, or after a few words closed by a colon ("the
    // code over the phone: …").
    let gap = &b[key_end..v];
    let short = gap.len() <= 3 && gap.iter().all(|&c| matches!(c, b' ' | b':'));
    let said = gap.len() <= 40 && !gap.contains(&b'\n') && gap.trim_ascii_end().ends_with(b":");
    if !short && !said {
        return None;
    }
    let mut i = v;
    let mut n = 0;
    while n <= 8
        && b.get(i).is_some_and(u8::is_ascii_digit)
        && !b.get(i + 1).is_some_and(u8::is_ascii_digit)
    {
        n += 1;
        i += 1;
        if b.get(i) == Some(&b' ') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    let ends = b
        .get(i)
        .is_none_or(|&c| matches!(c, b'.' | b',' | b'\n' | b'\r' | b' ' | b';'));
    ((4..=8).contains(&n) && ends).then_some((v, i))
}

/// `… the code comes by SMS. Build 6720`, `… via SMS.\nRoom 12`: the
/// sentence holding the code's word ended, and the next one starts with a
/// capitalised word right before the number. That word labels the number
/// (a build, a room, a version); a code handed over after its sentence
/// stands alone or after a colon or a copula ("SMS received. It is 4821").
fn labelled_in_next_sentence(b: &[u8], key_end: usize, v: usize) -> bool {
    let mut i = v;
    while i > key_end && b[i - 1] == b' ' {
        i -= 1;
    }
    if i == v {
        return false;
    }
    let word_end = i;
    while i > key_end && b[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    if word_end - i < 2 || !b[i].is_ascii_uppercase() {
        return false;
    }
    let mut j = i;
    while j > key_end && matches!(b[j - 1], b' ' | b'\n' | b'\r') {
        j -= 1;
    }
    j < i && j > key_end && matches!(b[j - 1], b'.' | b'!' | b'?')
}

/// The rest of the line after a key is the end of its sentence: up to
/// twelve words with no digit, ending in `.`, `?` or `!`. Returns the next
/// line's start (a blank line may stand between).
fn sentence_ends_line(b: &[u8], key_end: usize) -> Option<usize> {
    let lim = (key_end + 96).min(b.len());
    let nl = memchr::memchr(b'\n', &b[key_end..lim])? + key_end;
    let rest = b[key_end..nl].trim_ascii_end();
    if !rest.ends_with(b".") && !rest.ends_with(b"?") && !rest.ends_with(b"!") {
        return None;
    }
    if rest.iter().any(u8::is_ascii_digit) || rest.split(|&c| c == b' ').count() > 12 {
        return None;
    }
    let mut next = nl + 1;
    if b.get(next) == Some(&b'\r') {
        next += 1;
    }
    if b.get(next) == Some(&b'\n') {
        next += 1;
    }
    // A chat line's speaker (`Cliente: `, `[10:02] Anna: `) is not part of
    // the answer.
    let lim = (next + 32).min(b.len());
    if let Some(p) = crate::text::find2(&b[next..lim], *b": ")
        && !b[next..next + p].contains(&b'\n')
    {
        next += p + 2;
    }
    (next < b.len()).then_some(next)
}

/// The rest of the line after a key is a few words of label at most
/// ("Codice OTP ricevuto via SMS"), possibly with a colon.
fn label_ends_line(b: &[u8], key_end: usize) -> bool {
    let mut i = key_end;
    let lim = (key_end + 48).min(b.len());
    // A gloss in parentheses may close the label ("Codice di verifica
    // (TOTP)").
    while i < lim
        && (b[i].is_ascii_alphabetic() || matches!(b[i], b' ' | b'(' | b')') || b[i] >= 0x80)
    {
        i += 1;
    }
    if b.get(i) == Some(&b':') {
        i += 1;
    }
    i = skip_spaces(b, i);
    matches!(b.get(i), None | Some(b'\n' | b'\r'))
}

/// The first code of `min..=max` digits after a key, in the same
/// sentence: amounts (`€ 3.520,55`), masked numbers (`****4078`, `••• 436`)
/// and numbers too short to be the code are passed over, up to four of
/// them. Words naming another code stop it.
fn code_after(
    text: &str,
    b: &[u8],
    key_end: usize,
    min: usize,
    max: usize,
    code: bool,
) -> Option<(usize, usize)> {
    let mut from = key_end;
    for _ in 0..4 {
        let v = digit_lookahead(b, from, code)?;
        // The words since the key must not name another code; past a
        // number passed over (a new clause: "… to ••• 436. Customer
        // entered 701961"), the word right before the number must not.
        let between = &text[floor_char(text, from)..floor_char(text, v)];
        let named = if from == key_end {
            // (SCA looked for only when another code seems named.)
            (names_other_code_for(between, !code)
                && (names_other_code_unless(between, !code, true)
                    || !sca_word(between.to_lowercase().as_bytes())))
                || another_fields_label(between.as_bytes())
        } else {
            let last = between
                .rsplit(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .unwrap_or("");
            names_other_code(last)
        };
        if named {
            return None;
        }
        let mut k = v;
        if matches!(b.get(k), Some(b'(' | b'"' | b'\'' | b'[')) {
            k += 1;
        }
        let d0 = k;
        while k < b.len()
            && (b[k].is_ascii_digit()
                || (matches!(b[k], b'.' | b',' | b' ')
                    && b.get(k + 1).is_some_and(u8::is_ascii_digit)))
        {
            k += 1;
        }
        // An amount ends in a decimal separator and two digits (`32.86`,
        // `3.520,55`); a masked number has `*`, `•` or `x` before it.
        let amount = k >= d0 + 4
            && matches!(b[k - 3], b',' | b'.')
            && !b
                .get(k)
                .is_some_and(|&c| matches!(c, b'/' | b':' | b'-' | b'.'));
        let mask_lo = d0.saturating_sub(4);
        let masked = b[mask_lo..d0]
            .iter()
            .any(|&c| matches!(c, b'*' | b'x' | b'X' | 0xA2))
            || last_digits_named(b, d0);
        // "3 volte sul POS 19696996": eight digits right after "POS" are
        // the terminal's id (its PIN, "il PIN del POS (78605)", is short).
        let terminal = k >= d0 + 8 && {
            let w = &b[v.saturating_sub(4)..v];
            w.len() == 4 && w[..3].eq_ignore_ascii_case(b"pos") && w[3] == b' '
        };
        if k > d0 && (amount || masked || terminal) {
            from = k;
            continue;
        }
        // "on 10 Jul 2025": a year after a month's name.
        if k == d0 + 4 && matches!(&b[d0..d0 + 2], b"19" | b"20") && after_month(b, d0) {
            return None;
        }
        // "the token expires after 3600 seconds": a number counted in a
        // unit is a quantity, however near a code's cue it stands.
        if crate::nearby::quantity_after(text, k) {
            return None;
        }
        return code_digits(b, v, min, max);
    }
    None
}

/// The bytes between a key and a number hold another field's label, so
/// the number is that field's value: the key's own field ended first
/// (`currency_code: "EUR" units: 6345` in Protobuf text, a key inside a
/// quoted attribute followed by `time="0.938"` in JUnit XML). A label is a
/// word (or a quoted word) right before `:` or `=`; the key's own label is
/// the first, so a second one, or one after the quote that closed the
/// key's value, belongs to another field.
fn another_fields_label(between: &[u8]) -> bool {
    let closed = matches!(between.first(), Some(b'"' | b'\''))
        && between
            .get(1)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b',');
    let mut labels = 0;
    for (i, &c) in between.iter().enumerate() {
        if !matches!(c, b':' | b'=') || i == 0 {
            continue;
        }
        let p = between[i - 1];
        let labelled = p.is_ascii_alphabetic()
            || p == b'_'
            || (matches!(p, b'"' | b'\'')
                && i >= 2
                && (between[i - 2].is_ascii_alphanumeric() || between[i - 2] == b'_'));
        // `::`, `:=`, `==` and `://` are no labels.
        let next = between.get(i + 1).copied();
        if labelled && !matches!(next, Some(b':' | b'=' | b'/')) {
            labels += 1;
        }
    }
    // The key's own `:` right after it is not counted (nor a label
    // between the key and its `:`, "Codice OTP: 123456"): with it, any
    // later label is another field's; `closed` means the key sat inside
    // a value, so any label is another's.
    let own = between
        .iter()
        .position(|c| !matches!(c, b'"' | b'\'' | b' ' | b'\t'))
        .is_some_and(|k| matches!(between[k], b':' | b'='));
    labels >= 1 && (own || closed)
}

/// The words before `at` say the number is the end of a longer one ("the
/// card ending 7492", "ending in", "terminante con", "che termina con",
/// "finisce con"): a masked card, named by its last digits.
fn last_digits_named(b: &[u8], at: usize) -> bool {
    const ENDINGS: &[&[u8]] = &[
        b"ending",
        b"ending in",
        b"ends in",
        b"ends with",
        b"terminante con",
        b"termina con",
        b"terminante in",
        b"finisce con",
        b"finale",
        b"finali",
    ];
    let lo = at.saturating_sub(24);
    let mut before = &b[lo..at];
    while let [rest @ .., b' ' | b'\t' | b':'] = before {
        before = rest;
    }
    ENDINGS.iter().any(|w| {
        before.len() >= w.len()
            && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
            && (before.len() == w.len()
                || !before[before.len() - w.len() - 1].is_ascii_alphabetic())
    })
}

/// The word before `at` is a month's name or its abbreviation (English or
/// Italian).
fn after_month(b: &[u8], at: usize) -> bool {
    #[rustfmt::skip]
    const MONTHS: &[&[u8]] = &[
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct",
        b"nov", b"dec", b"gen", b"mag", b"giu", b"lug", b"ago", b"set", b"ott", b"dic",
    ];
    let mut e = at;
    while e > 0 && matches!(b[e - 1], b' ' | b'.' | b',') {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && e - s < 12 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    e - s >= 3 && MONTHS.contains(&b[s..s + 3].to_ascii_lowercase().as_slice())
}

/// Digits said as words (a phone call typed out, voice-to-text): "uno
/// cinque otto due otto", "eight five two nine", and for passwords the
/// spelling alphabet too ("mike 2 papa sei otto"). The first run of four
/// words or more in the rest of the line (160 bytes, 16 words).
fn spoken_value(b: &[u8], from: usize, spelling: bool) -> Option<(usize, usize)> {
    #[rustfmt::skip]
    const NUMBERS: &[&[u8]] = &[
        b"zero", b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine",
        b"oh", b"uno", b"due", b"tre", b"quattro", b"cinque", b"sei", b"sette", b"otto", b"nove",
    ];
    #[rustfmt::skip]
    const SPELLING: &[&[u8]] = &[
        b"alfa", b"alpha", b"bravo", b"charlie", b"delta", b"echo", b"foxtrot", b"golf",
        b"hotel", b"india", b"juliett", b"juliet", b"kilo", b"lima", b"mike", b"november",
        b"oscar", b"papa", b"quebec", b"romeo", b"sierra", b"tango", b"uniform", b"victor",
        b"whiskey", b"xray", b"x-ray", b"yankee", b"zulu",
    ];
    let limit = (from + 160).min(b.len());
    let mut i = from;
    let mut run: Option<(usize, usize, usize, usize)> = None; // start, end, tokens, spelled
    let mut words = 0;
    while i < limit && words < 16 {
        if b[i] == b'\n' || b[i] == b'.' && b.get(i + 1).is_none_or(u8::is_ascii_whitespace) {
            break;
        }
        if b[i] == b' ' || b[i] == b',' {
            i += 1;
            continue;
        }
        let w0 = i;
        while i < limit && !matches!(b[i], b' ' | b',' | b'\n' | b'.') {
            i += 1;
        }
        words += 1;
        let w = &b[w0..i];
        let digit = !w.is_empty() && w.len() <= 2 && w.iter().all(u8::is_ascii_digit);
        // Number words start with one of these letters.
        // (A match, not a search of a byte string: `slice::contains`
        // calls `memchr`, whose cost follows the string's alignment.)
        let may_number = w.first().is_some_and(|c| {
            matches!(
                c.to_ascii_lowercase(),
                b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'u' | b'd' | b'q' | b'c'
            )
        });
        let number = may_number && NUMBERS.iter().any(|n| n.eq_ignore_ascii_case(w));
        let spelled = spelling && SPELLING.iter().any(|n| n.eq_ignore_ascii_case(w));
        if digit || number || spelled {
            let r = run.get_or_insert((w0, i, 0, 0));
            r.1 = i;
            r.2 += 1;
            r.3 += usize::from(number || spelled);
            continue;
        }
        if let Some(r) = run.take()
            && let Some(found) = spoken_ok(r, spelling)
        {
            return Some(found);
        }
    }
    run.and_then(|r| spoken_ok(r, spelling))
}

/// A spoken run long enough to be a value: four words or more; a code
/// (not spelled) has at most eight digits (ten are a phone number).
fn spoken_ok(
    (s, e, n, sp): (usize, usize, usize, usize),
    spelling: bool,
) -> Option<(usize, usize)> {
    (n >= 4 && sp >= 2 && (spelling || n <= 8)).then_some((s, e))
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// From just after a key, skips up to eight words on the same sentence to
/// the first digit (or a `(`/quote right before one). Returns where the
/// value starts. Words with digits, and sentence ends, stop the search.
/// A currency sign written as a non-ASCII character (`£`, `€`, `¥`,
/// `₹`) right before `at`: what follows is an amount.
fn currency_before(b: &[u8], at: usize) -> bool {
    ["£", "€", "¥", "₹"]
        .iter()
        .any(|c| b[..at].ends_with(c.as_bytes()))
}

fn digit_lookahead(b: &[u8], from: usize, code: bool) -> Option<usize> {
    let limit = (from + 96).min(b.len());
    let mut i = from;
    let mut words = 0;
    let mut in_word = false;
    // A masked number was passed over (the key's own value, shown masked).
    let mut masked = false;
    while i < limit {
        let c = b[i];
        if c.is_ascii_digit() {
            if in_word {
                // "2fa", "3ds" are words; "IT06", "A1B2C3" are other values.
                let w0 = (from..i)
                    .rev()
                    .find(|&k| !b[k].is_ascii_alphanumeric())
                    .map_or(from, |k| k + 1);
                while i < limit && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                if w0 > from && currency_before(b, w0) {
                    // `£20,455.52`: an amount, passed over whole (its
                    // groups after the first are no number of their own);
                    // the words are counted anew after it, as a caller
                    // passing over an amount looks again from its end.
                    while i < limit
                        && (b[i].is_ascii_digit()
                            || (matches!(b[i], b'.' | b',')
                                && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
                    {
                        i += 1;
                    }
                    in_word = false;
                    words = 0;
                    continue;
                }
                if w0 > from && matches!(b[w0 - 1], b'*' | 0x80..=0xBF) {
                    // `****4078`, `••••4078`: a masked number.
                    in_word = false;
                    masked = true;
                    continue;
                }
                if b[w0..i].iter().filter(|c| c.is_ascii_digit()).count() >= 6 {
                    // `CC1087066163`: an account written with its letters.
                    return Some(w0);
                }
                if i - w0 > 3 {
                    return None;
                }
                in_word = false;
                continue;
            }
            if i >= 2 && b[i - 1] == b'-' && b[i - 2].is_ascii_alphabetic() {
                // `SEPA-55654053`: the number of an identifier.
                return None;
            }
            // "a 4 cifre", "3 digits": a short count before a word.
            let mut k = i;
            while k < limit && b[k].is_ascii_digit() {
                k += 1;
            }
            if k - i <= 2
                && b.get(k) == Some(&b' ')
                && b.get(k + 1).is_some_and(|c| c.is_ascii_alphabetic())
            {
                i = k;
                continue;
            }
            if k - i <= 2 && b.get(k).is_some_and(u8::is_ascii_alphabetic) {
                // "3D Secure", "2FA": a short word that starts with a digit.
                let mut e = k;
                while e < limit && b[e].is_ascii_alphanumeric() {
                    e += 1;
                }
                if e - i <= 4 {
                    words += 1;
                    i = e;
                    continue;
                }
            }
            return Some(i);
        }
        if matches!(c, b'(' | b'"' | b'\'' | b'[') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return Some(i);
        }
        if c.is_ascii_alphabetic() || c >= 0x80 || c == b'\'' || c == b'*' {
            if !in_word {
                words += 1;
                if words > 8 {
                    return None;
                }
            }
            in_word = true;
            i += 1;
            continue;
        }
        in_word = false;
        if c == b'\n' && i > from && b[..i].trim_ascii_end().ends_with(b":") {
            // "è:\n\n    66109": the value alone on a following line.
            let mut j = i;
            while j < limit && j - i < 24 && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                return Some(j);
            }
            return None;
        }
        // "conto n. …367   CRO: 68089026196": past the account shown
        // masked, a label opens another field (a transfer's reference).
        if c == b':' && masked && !code && i > from && b[i - 1].is_ascii_alphabetic() {
            return None;
        }
        match c {
            b' ' | b'\t' | b',' | b':' | b'=' | b'-' | b'(' | b')' | b'/' => i += 1,
            // "Pin del pod (POS!!) è …": marks inside a parenthesis go on.
            b'!' | b'?' if matches!(b.get(i + 1), Some(b'!' | b'?' | b')')) => i += 1,
            b'"' if code => i += 1,
            // "c/c n. 1234", "conto nr. 1234": abbreviations go on.
            b'.' if !code && b.get(i + 1) == Some(&b' ') && !abbreviation(b, from, i) => {
                return None;
            }
            b'.' => i += 1,
            _ => return None,
        }
    }
    None
}

/// The word before `dot` is "n", "nr", "no" or "num" (a number sign).
fn abbreviation(b: &[u8], from: usize, dot: usize) -> bool {
    let w0 = (from..dot)
        .rev()
        .find(|&k| !b[k].is_ascii_alphabetic())
        .map_or(from, |k| k + 1);
    let w = b[w0..dot].to_ascii_lowercase();
    matches!(
        w.as_slice(),
        b"n" | b"nr" | b"no" | b"num" | b"num\xc3\xa9ro"
    )
}

/// A short code written with any separators: `1234`, `12 34`, `1 2 3 4`,
/// `12-34`, `(123456)`. Dates, times, amounts and longer numbers are not
/// codes. Returns the digits' span.
pub(crate) fn code_digits(
    b: &[u8],
    start: usize,
    min: usize,
    max: usize,
) -> Option<(usize, usize)> {
    let mut s = start;
    if matches!(b.get(s), Some(b'(' | b'"' | b'\'' | b'[')) {
        s += 1;
    }
    if !b.get(s)?.is_ascii_digit() {
        return None;
    }
    let mut i = s;
    let mut digits = 0;
    let mut groups = 0;
    let mut dotted = false;
    let mut sizes = [0usize; 3];
    // Where the number ended before a gap of two spaces or more, and its
    // digits then: a column's gap may part it from the next cell
    // (`176 871   13s`, a code and its countdown).
    let mut before_gap: Option<(usize, usize)> = None;
    loop {
        let g0 = i;
        while i < b.len() && b[i].is_ascii_digit() && i - g0 <= max {
            i += 1;
        }
        if g0 > s && g0 - 2 > s && b[g0 - 1] == b' ' && b[g0 - 2] == b' ' {
            let mut k = g0;
            while k > s && b[k - 1] == b' ' {
                k -= 1;
            }
            before_gap = Some((k, digits));
        }
        digits += i - g0;
        if groups < 3 {
            sizes[groups] = i - g0;
        }
        groups += 1;
        if digits > max {
            return None;
        }
        let mut j = i;
        if j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
            while j < b.len() && j - i < 3 && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
        } else if j < b.len() && matches!(b[j], b'-' | b'.') {
            dotted |= b[j] == b'.';
            j += 1;
        }
        if j > i && b.get(j).is_some_and(u8::is_ascii_digit) {
            i = j;
            continue;
        }
        break;
    }
    let mut end = i;
    if b.get(end)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
    {
        match before_gap {
            Some((k, d)) => {
                end = k;
                digits = d;
            }
            None => return None,
        }
    }
    if digits < min {
        return None;
    }
    // `601111******5128`: digits running into a mask are the shown part
    // of a masked card or account, not a code of their own.
    if b.get(end..end + 2) == Some(b"**") || b[end.min(b.len())..].starts_with("••".as_bytes())
    {
        return None;
    }
    if end + 1 < b.len()
        && matches!(b[end], b'.' | b',' | b':' | b'/')
        && b[end + 1].is_ascii_digit()
    {
        return None;
    }
    // 12.05.2024: a date.
    if dotted && groups == 3 && sizes[0] <= 2 && sizes[1] <= 2 {
        return None;
    }
    // `code 4059 'otp_attempts_exceeded'`: a number followed by a quoted
    // error name (snake_case) is the error's code.
    if error_name_after(b, end) {
        return None;
    }
    Some((s, end))
}

/// A quoted snake_case name right after `at` (one space allowed):
/// `'otp_attempts_exceeded'`, `"invalid_grant"`.
pub(crate) fn error_name_after(b: &[u8], at: usize) -> bool {
    let mut i = at;
    if b.get(i) == Some(&b' ') {
        i += 1;
    }
    if !matches!(b.get(i), Some(b'\'' | b'"' | b'`')) {
        return false;
    }
    let s = i + 1;
    let mut e = s;
    while e < b.len()
        && e - s < 64
        && (b[e].is_ascii_lowercase() || b[e].is_ascii_digit() || b[e] == b'_')
    {
        e += 1;
    }
    e > s && b[s].is_ascii_lowercase() && b[s..e].contains(&b'_') && b.get(e) == Some(&b[i])
}

/// A national account number: digits, possibly with letters (Italian
/// `CC0030062568`, French `7D161573095`) and groups joined by one space or
/// dash (a RIB or CCC written out). Masked values do not count.
pub(crate) fn account_value(b: &[u8], start: usize) -> Option<(usize, usize)> {
    let mut s = start;
    if matches!(b.get(s), Some(b'"' | b'\'')) {
        s += 1;
    }
    let mut i = s;
    let mut alnum = 0;
    let mut digits = 0;
    let mut end = s;
    loop {
        let g0 = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() && i - g0 < 34 {
            i += 1;
        }
        let g = &b[g0..i];
        if g.is_empty() {
            break;
        }
        let gd = g.iter().filter(|c| c.is_ascii_digit()).count();
        // Later groups must be mostly digits ("bei der DKB" ends it); the
        // first may be a BBAN's CIN letter.
        if g0 > s && gd * 2 < g.len() {
            if g.iter().all(|&c| c == b'X' || c == b'x') {
                // `0182-0640-XX-XXXX`: masked.
                return None;
            }
            break;
        }
        if g0 == s && gd * 2 < g.len() && g.len() > 1 {
            return None;
        }
        alnum += g.len();
        digits += gd;
        end = i;
        if i + 1 < b.len() && matches!(b[i], b' ' | b'-' | b'/') && b[i + 1].is_ascii_alphanumeric()
        {
            i += 1;
            continue;
        }
        if i + 1 < b.len() && matches!(b[i], b' ' | b'-') && matches!(b[i + 1], b'*' | b'\xE2') {
            // `0081 8731 ** ****7454`, `1234 ••••`: masked.
            return None;
        }
        break;
    }
    // `02/01/2023`: a date, not an account.
    let v = &b[s..end];
    if let Some(sl) = v.iter().position(|&c| c == b'/')
        && sl <= 2
    {
        return None;
    }
    if !(6..=34).contains(&alnum) || digits < 6 {
        return None;
    }
    let v = &b[s..end];
    if v.iter().all(|&c| c == v[0] || c == b' ' || c == b'-') {
        return None;
    }
    if b.get(end).is_some_and(|&c| c == b'*' || c == b'_') {
        return None;
    }
    if end + 1 < b.len() && matches!(b[end], b'.' | b',' | b'/') && b[end + 1].is_ascii_digit() {
        // `…,1741.53` in a CSV row: four digits or more, or digits then a
        // decimal point, after the comma are the next field's amount, not
        // the account's decimals (`1234,56`) or thousands (`1,234`).
        let n = b[end + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let point =
            b.get(end + 1 + n) == Some(&b'.') && b.get(end + 2 + n).is_some_and(u8::is_ascii_digit);
        if b[end] != b',' || (n < 4 && !point) {
            return None;
        }
    }
    Some((s, end))
}

/// `05387/03200/593136032532`, `70436964 7129690431`: after the digit
/// run, a separator and more digits: the number goes on in groups.
fn more_digit_groups(b: &[u8], e: usize) -> bool {
    matches!(b.get(e), Some(b' ' | b'/' | b'-')) && b.get(e + 1).is_some_and(u8::is_ascii_digit)
}

/// Under an account key, a number longer than a UK account or grouped
/// (`ABI/CAB/conto`, `BLZ Kontonummer`, a CCC's `entidad oficina DC
/// cuenta`, a twenty-digit CCC in one run): an account written with its
/// bank's codes. Only digits, ten to thirty-four of them, so a count or a
/// year after a short number ("account 123456 2 items") does not join it.
fn national_account(b: &[u8], vstart: usize) -> Option<(usize, usize)> {
    let (s, e) = account_value(b, vstart)?;
    let v = &b[s..e];
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let joined = v
        .iter()
        .all(|&c| c.is_ascii_digit() || matches!(c, b' ' | b'/' | b'-'));
    let groups_long = v
        .split(|&c| matches!(c, b' ' | b'/' | b'-'))
        .all(|g| g.len() >= 2);
    (joined && groups_long && (10..=34).contains(&digits)).then_some((s, e))
}

/// "sort code 20-00-00": reported with the account number that follows
/// within a short window; a sort code alone is a public bank identifier.
fn sort_code(b: &[u8], key_start: usize, key_end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    let Some((_, mut vstart)) = separator(b, key_start, key_end) else {
        return none;
    };
    if !b
        .get(vstart)
        .is_some_and(|c| c.is_ascii_digit() || *c == b'"' || *c == b'\'')
        && let Some(v) = digit_lookahead(b, key_end, false)
    {
        // "sort code and account 42-00-52, 93422092", "Sort code / account:".
        vstart = v;
    }
    let vs = if matches!(b.get(vstart), Some(b'"' | b'\'')) {
        vstart + 1
    } else {
        vstart
    };
    let end = match sort_code_value(b, vstart) {
        Some(e) => e,
        None => match code_digits(b, vs, 6, 6) {
            Some((_, e)) => e,
            None => return none,
        },
    };
    // An unmasked 6–10 digit run after an account word within the 64
    // bytes before the key ("account 12345678, sort code 20-00-00")…
    let lo = key_start.saturating_sub(64);
    let before = b[lo..key_start].to_ascii_lowercase();
    let word = ["account", "acct", "a/c", "conto", "konto"]
        .iter()
        .filter_map(|w| memchr::memmem::rfind(&before, w.as_bytes()).map(|p| p + w.len()))
        .max();
    if let Some(from) = word {
        let mut k = lo + from;
        while k < key_start && !b[k].is_ascii_digit() && b[k] != b'*' {
            k += 1;
        }
        let r = k;
        while k < key_start && b[k].is_ascii_digit() {
            k += 1;
        }
        let masked = r > 0 && matches!(b[r - 1], b'*' | b'X' | b'x');
        if (6..=10).contains(&(k - r)) && !masked {
            return Outcome {
                finding: finding(Kind::UkBankAccount, vs, end, Confidence::Medium),
                scanned_to: end,
            };
        }
    }
    // …or within the next 64 bytes.
    let limit = (end + 64).min(b.len());
    let mut i = end;
    while i < limit {
        if b[i].is_ascii_digit() {
            let r = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let masked = r > 0 && matches!(b[r - 1], b'*' | b'X' | b'x');
            let glued = b
                .get(i)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'*');
            // "Available balance £2207.26" on the next row of a copied
            // page: an amount (a currency sign before it, or cents after a
            // decimal separator) is no account number.
            let cents = matches!(b.get(i), Some(b'.' | b','))
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && b.get(i + 2).is_some_and(u8::is_ascii_digit)
                && !b.get(i + 3).is_some_and(u8::is_ascii_digit);
            let currency = b[r.saturating_sub(3)..r]
                .iter()
                .any(|&c| matches!(c, b'$' | 0xA3 | 0xAC));
            if cents || currency {
                return none;
            }
            if (6..=10).contains(&(i - r)) && !masked && !glued {
                return Outcome {
                    finding: finding(Kind::UkBankAccount, vs, i, Confidence::Medium),
                    scanned_to: i,
                };
            }
            // `3372 8112`: an account written in groups; `51-77-61`, in a
            // sort code's pairs, is another sort code.
            if !masked
                && sort_code_value(b, r).is_none()
                && let Some((_, e)) = code_digits(b, r, 6, 10)
                && e > i
            {
                return Outcome {
                    finding: finding(Kind::UkBankAccount, vs, e, Confidence::Medium),
                    scanned_to: e,
                };
            }
            return none;
        }
        if b[i] == b'\n' && b.get(i + 1) == Some(&b'\n') {
            break;
        }
        i += 1;
    }
    none
}

/// `Cookie: a=1; session=…` and `Set-Cookie: sid=…; Path=/`: the values
/// that look like tokens, from the first to the last.
fn cookie(text: &str, b: &[u8], key_end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: key_end,
    };
    let mut i = key_end;
    if matches!(b.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    i = skip_spaces(b, i);
    // "from devtools (Application > Cookies):" and, on the next line, the
    // cookies as the browser lists them (`sid=…; path=/; HttpOnly`).
    if b.get(i) != Some(&b':')
        && let Some(ls) = cookie_line_below(b, key_end)
    {
        i = ls - 1;
    } else if b.get(i) != Some(&b':') {
        // "session cookie portal_sid is …": named in a sentence, one value.
        let Some(v) = crate::prose::named_cookie_value(b, key_end) else {
            return none;
        };
        let (s, e, _) = read_value(b, v, Read::Token, &mut QuoteMemo::default());
        let value = &text[s..e];
        let sh = shape(value);
        return if looks_like_token(value, 16)
            && sh.upper + sh.lower >= 8
            && !is_reference(value)
            && !is_id(value.as_bytes())
        {
            Outcome {
                finding: finding(Kind::AccessToken, s, e, Confidence::Medium),
                scanned_to: e,
            }
        } else {
            none
        };
    }
    i += 1;
    let limit = (i + MAX_VALUE).min(b.len());
    let mut span: Option<(usize, usize)> = None;
    while i < limit && b[i] != b'\n' && b[i] != b'\r' && b[i] != b'"' {
        i = skip_spaces(b, i);
        let n0 = i;
        while i < limit && !matches!(b[i], b'=' | b';' | b'\n' | b'\r' | b' ' | b'"' | b'\'') {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            i += 1;
            continue;
        }
        let name = &text[n0..i];
        i += 1;
        let v0 = i;
        while i < limit && !matches!(b[i], b';' | b'\n' | b'\r' | b' ' | b'"' | b'\'' | b',') {
            i += 1;
        }
        let v = floor_char(text, i);
        let value = &text[v0..v];
        let attribute = ["path", "domain", "expires", "max-age", "samesite"]
            .iter()
            .any(|a| name.eq_ignore_ascii_case(a));
        // WordPress's login cookies (`wordpress_logged_in_<hash>`,
        // `wordpress_sec_<hash>`): `user|expiry|token|hmac`, URL-encoded.
        let wordpress = (name.starts_with("wordpress_logged_in_")
            || name.starts_with("wordpress_sec_"))
            && value.len() >= 40;
        if wordpress {
            span = Some((span.map_or(v0, |x| x.0), v));
        } else if !attribute && value.len() >= 12 && !is_placeholder(value) && !is_reference(value)
        {
            let sh = shape(value);
            // Analytics ids (`GA1.2.98746.17112`) are digits and dots.
            // `s%3A…` (a signed session, URL-encoded): judged without
            // its escapes.
            let plain = without_escapes(value);
            if looks_like_token(&plain, 16) && sh.upper + sh.lower >= 8 && !is_id(value.as_bytes())
            {
                span = Some((span.map_or(v0, |x| x.0), v));
            }
        }
    }
    match span {
        Some((s, e)) => Outcome {
            finding: finding(Kind::AccessToken, s, e, Confidence::High),
            scanned_to: e,
        },
        None => none,
    }
}

/// A line naming cookies that ends in a colon (`… > Cookies):`) with the
/// cookies on the next line as a browser shows them: `name=value` pairs
/// joined by `; ` and a cookie's attributes among them (`path=`,
/// `HttpOnly`, `Secure`, `SameSite=`). Where that line starts.
#[inline(never)]
fn cookie_line_below(b: &[u8], key_end: usize) -> Option<usize> {
    let lim = (key_end + 48).min(b.len());
    let le = key_end + memchr::memchr(b'\n', &b[key_end..lim])?;
    let label = b[key_end..le].trim_ascii_end();
    if !label.ends_with(b":") || label.contains(&b'=') {
        return None;
    }
    let ls = le + 1;
    let ne = memchr::memchr(b'\n', &b[ls..(ls + MAX_VALUE).min(b.len())])
        .map_or((ls + MAX_VALUE).min(b.len()), |p| ls + p);
    let line = b[ls..ne].to_ascii_lowercase();
    let has = |w: &[u8]| memchr::memmem::find(&line, w).is_some();
    let first_pair = line.iter().take_while(|&&c| c != b';').any(|&c| c == b'=');
    (first_pair && has(b"; ") && (has(b"path=") || has(b"httponly") || has(b"samesite=")))
        .then_some(ls)
}

/// `sid ⇥ 0w1k… ⇥ shop.example ⇥ / ⇥ 2027-…`: a browser's cookie table
/// (the developer tools' storage view, a cookie export) lists each cookie
/// as a row of tab-separated cells, name then value then domain. A
/// session cookie's value is the session itself, whatever its alphabet
/// (hex, lowercase, signed and URL-encoded); a cell after it says the row
/// goes on, as a sentence's tab never does.
fn session_cookie_cell(text: &str, b: &[u8], vstart: usize) -> Option<Outcome> {
    let lim = (vstart + MAX_VALUE).min(b.len());
    let e = vstart
        + b[vstart..lim]
            .iter()
            .position(|&c| matches!(c, b'\t' | b'\n' | b'\r'))?;
    if b[e] != b'\t' {
        return None;
    }
    let value = &text[vstart..e];
    let plain = without_escapes(value);
    let sh = shape(&plain);
    let random = plain.len() >= 20
        && sh.digits >= 2
        && sh.upper + sh.lower >= 8
        && plain
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"-_.+/=".contains(&c));
    (random && !is_placeholder(value) && !is_uuid(value.as_bytes())).then_some(Outcome {
        finding: finding(Kind::AccessToken, vstart, e, Confidence::Medium),
        scanned_to: e,
    })
}

/// `value` without its URL escapes (`%3A`, `%2F`).
fn without_escapes(value: &str) -> String {
    let b = value.as_bytes();
    let mut out = String::with_capacity(value.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            i += 3;
            continue;
        }
        out.push(char::from(b[i]));
        i += 1;
    }
    out
}

/// "passphrase: cavallo forno sole ponte": the words to the end of the
/// line, a closing quote or parenthesis, or a sentence's end. With a
/// password key (`min_words` 3) only words that are none of the ordinary
/// words of a sentence about passwords.
fn passphrase(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
    memo: &mut QuoteMemo,
    min_words: usize,
) -> Outcome {
    let single = keyed(text, b, key_start, key_end, Kind::Password, memo, false);
    // A value with digits or symbols is a password already, not the first
    // word of a phrase.
    if single
        .finding
        .is_some_and(|f| !text[f.start..f.end].chars().all(char::is_alphabetic))
    {
        return single;
    }
    // "la password è «tramonto verde sul lago»": quoted in guillemets or
    // typographic quotes.
    if single.finding.is_none()
        && let Some((s, e)) = crate::prose::quoted_password(text, b, key_end)
    {
        return Outcome {
            finding: finding(Kind::Password, s, e, Confidence::Medium),
            scanned_to: e,
        };
    }
    let Some((sep, mut v)) = separator(b, key_start, key_end) else {
        return single;
    };
    if sep == Sep::Bare && !matches!(b.get(v), Some(b'"' | b'\'')) {
        match lookahead(b, v) {
            Some(x) => v = x,
            None => return single,
        }
    }
    let quoted = matches!(b.get(v), Some(b'"' | b'\''));
    if quoted {
        v += 1;
    }
    let limit = (v + 160).min(b.len());
    let mut e = v;
    while e < limit && !matches!(b[e], b'\n' | b'\r' | b'"' | b'(' | b';' | b'\'') {
        if b[e] == b'.' && b.get(e + 1).is_none_or(|c| c.is_ascii_whitespace()) {
            break;
        }
        e += 1;
    }
    let e = floor_char(text, e);
    let phrase = text[v..e].trim_end_matches([' ', ',', '\t']);
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let plain = words
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
    let lower_words = words
        .iter()
        .skip(1)
        .all(|w| !w.starts_with(|c: char| c.is_uppercase()));
    if (min_words..=10).contains(&words.len())
        && plain
        && lower_words
        && !words.iter().any(|w| is_stop_word(w))
        && single.finding.is_none_or(|f| f.end <= v + phrase.len())
    {
        let end = v + phrase.len();
        return Outcome {
            finding: finding(Kind::Password, v, end, Confidence::Medium),
            scanned_to: end,
        };
    }
    single
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
            // After `:` or `=`, a PIN may be as long as ten digits (the
            // Italian revenue agency's Fisconline and Entratel PINs are).
            let pin_max = if sep == Sep::Strong { 10 } else { 8 };
            let (min, max) = if kind == Kind::Pin {
                (4, pin_max)
            } else {
                (3, 4)
            };
            // A code in Markdown backticks (`cvv \`123\``).
            let code = if b.get(vstart) == Some(&b'`') {
                code_digits(b, vstart + 1, min, max).filter(|&(_, e)| b.get(e) == Some(&b'`'))
            } else {
                code_digits(b, vstart, min, max)
            };
            match code {
                Some((s, end)) => Outcome {
                    finding: finding(kind, s, end, conf),
                    scanned_to: end,
                },
                None => none,
            }
        }
        Kind::CardNumber => {
            if sep == Sep::Bare {
                return none;
            }
            match code_digits(b, vstart, 12, 19) {
                Some((s, end)) => {
                    let d: Vec<u8> = b[s..end]
                        .iter()
                        .copied()
                        .filter(u8::is_ascii_digit)
                        .collect();
                    if !crate::card::luhn_valid(&d) {
                        return none;
                    }
                    Outcome {
                        finding: finding(kind, s, end, conf),
                        scanned_to: end,
                    }
                }
                None => none,
            }
        }
        Kind::BankAccount => match account_value(b, vstart) {
            // "sul conto IT78 T030 …": an IBAN whose check digits fail is
            // no account number either.
            Some((s, _))
                if iban::read_at(b, s).is_some_and(|(_, compact)| {
                    compact.len() >= 15 && !iban::is_valid(&compact)
                }) =>
            {
                none
            }
            Some((s, end)) => Outcome {
                finding: finding(kind, s, end, conf),
                scanned_to: end,
            },
            None => none,
        },
        Kind::UkBankAccount => {
            // Sort codes are `NN-NN-NN` (or spaced); account numbers are one
            // run of six to seventeen digits.
            let end = match sort_code_value(b, vstart) {
                // A sort code under an account key counts with the account
                // number after it (`60-76-81 12345678`), not with a mask.
                Some(e) => match b.get(e) {
                    Some(b' ' | b'/' | b'-') => match digit_value(b, e + 1, 6, 10, false) {
                        Some(e2) => e2,
                        None => return none,
                    },
                    _ => return none,
                },
                None => match digit_value(b, vstart, 6, 17, false) {
                    Some(e) if !more_digit_groups(b, e) => e,
                    run => match (national_account(b, vstart), run) {
                        (Some((s, e)), _) => {
                            return Outcome {
                                finding: finding(Kind::BankAccount, s, e, conf),
                                scanned_to: e,
                            };
                        }
                        (None, Some(e)) => e,
                        (None, None) => return none,
                    },
                },
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
                    if iban::is_valid(&compact)
                        && compact[2].is_ascii_digit()
                        && compact[3].is_ascii_digit()
                        && (end >= b.len() || !b[end].is_ascii_alphanumeric()) =>
                {
                    Outcome {
                        finding: finding(kind, s, end, conf),
                        scanned_to: end,
                    }
                }
                Some((end, compact))
                    if (end >= b.len() || !b[end].is_ascii_alphanumeric())
                        && ocr_iban_valid(&compact) =>
                {
                    Outcome {
                        finding: finding(kind, s, end, Confidence::Medium),
                        scanned_to: end,
                    }
                }
                _ => none,
            }
        }
        Kind::Password
        | Kind::AccessToken
        | Kind::ClientSecret
        | Kind::RefreshToken
        | Kind::VendorKey
            if sep == Sep::Strong && b.get(vstart) == Some(&b'`') =>
        {
            // A value in Markdown backticks (`password: \`x\``).
            let s = vstart + 1;
            let lim = (s + MAX_VALUE).min(b.len());
            let Some(e) = b[s..lim]
                .iter()
                .position(|&c| c == b'`' || c == b'\n')
                .map(|o| s + o)
                .filter(|&e| b[e] == b'`')
            else {
                return none;
            };
            let value = &text[s..e];
            let ok = if kind == Kind::Password {
                password_value_ok(value, Sep::Strong)
            } else {
                token_value_ok(value, Sep::Strong) || delimited_secret(value)
            };
            if ok && !is_reference(value) {
                Outcome {
                    finding: finding(refine(kind, value), s, e, conf),
                    scanned_to: e,
                }
            } else {
                rejected(key_end, e, true)
            }
        }
        Kind::Password | Kind::AccessToken | Kind::ClientSecret | Kind::RefreshToken
            if sep == Sep::Strong
                && vstart >= 2
                && b[vstart - 1] == b'>'
                && !matches!(b[vstart - 2], b'=' | b'-') =>
        {
            // An element's text (`<Password>…</Password>`, `<td>…</td>`):
            // everything up to the next tag.
            let lim = (vstart + MAX_VALUE).min(b.len());
            let e = b[vstart..lim]
                .iter()
                .position(|&c| c == b'<' || c == b'\n')
                .map_or(lim, |o| vstart + o);
            let e = crate::value::floor_boundary(b, e);
            let value = text[vstart..e].trim();
            let s = vstart + (text[vstart..e].len() - text[vstart..e].trim_start().len());
            let e = s + value.len();
            let ok = if kind == Kind::Password {
                password_value_ok(value, Sep::Strong)
            } else {
                token_value_ok(value, Sep::Strong)
            };
            if ok && !is_reference(value) {
                Outcome {
                    finding: finding(refine(kind, value), s, e, conf),
                    scanned_to: e,
                }
            } else {
                rejected(key_end, e, true)
            }
        }
        Kind::Password => {
            let (s, mut e, quoted) = read_value(b, vstart, Read::Free, memo);
            if !quoted && sep != Sep::Strong && !column_cell(b, key_end, s, e) {
                e = trim_prose_end(b, s, e);
            }
            let value = &text[s..e];
            if password_value_ok(value, sep)
                && (quoted || !starts_a_sentence(b, value, e))
                && (quoted || !looks_like_code(b, key_end, vstart, value, e))
                && (quoted || !is_reference(value))
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
            if (token_value_ok(value, sep) || (quoted && delimited_secret(value)))
                && (quoted || !looks_like_code(b, key_end, vstart, value, e))
                && (quoted || !is_reference(value))
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

/// An IBAN read from a screenshot, after its key: OCR confuses O with 0
/// and I or l with 1 (and S with 5, B with 8, Z with 2). When the value
/// holds an O, I or l next to a digit, a few readings that undo those
/// confusions are tried (with and without the fifth character, a BBAN's
/// leading letter in some countries); the checksum decides. Four readings
/// at most, so a wrong IBAN passes in about one case in 25.
fn ocr_iban_valid(compact: &[u8]) -> bool {
    let strong = |c: u8| matches!(c, b'O' | b'o' | b'I' | b'l');
    let next_to_digit = (2..compact.len()).any(|k| {
        strong(compact[k])
            && (compact[k - 1].is_ascii_digit()
                || compact.get(k + 1).is_some_and(u8::is_ascii_digit))
    });
    if !next_to_digit {
        return false;
    }
    for wide in [false, true] {
        for keep_fifth in [true, false] {
            let mut v = compact.to_vec();
            for (k, c) in v.iter_mut().enumerate().skip(2) {
                if k == 4 && keep_fifth {
                    continue;
                }
                *c = match *c {
                    b'O' | b'o' => b'0',
                    b'I' | b'l' => b'1',
                    b'S' if wide => b'5',
                    b'B' if wide => b'8',
                    b'Z' if wide => b'2',
                    other => other,
                };
            }
            if v[2].is_ascii_digit() && v[3].is_ascii_digit() && iban::is_valid(&v) {
                return true;
            }
        }
    }
    false
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

/// A UUID or a prefixed object id (`pay_…`): ids, not credentials.
pub(crate) fn is_id(v: &[u8]) -> bool {
    is_uuid(v) || object_id(v) || issue_key(v)
}

/// `OPS-29175`, `SUP-41`: an issue tracker's key (a project's capitals,
/// a dash, the issue's number), cited in every incident write-up; no
/// generator makes a secret of capitals and a number alone.
pub(crate) fn issue_key(v: &[u8]) -> bool {
    let Some(dash) = v.iter().position(|&c| c == b'-') else {
        return false;
    };
    let (project, number) = (&v[..dash], &v[dash + 1..]);
    (2..=10).contains(&project.len())
        && project[0].is_ascii_uppercase()
        && project
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && (1..=8).contains(&number.len())
        && number.iter().all(u8::is_ascii_digit)
}

pub(crate) fn is_uuid(v: &[u8]) -> bool {
    v.len() == 36
        && v.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// `pay_E2LeUpLQ0t`, `po_3efDy5P3`: an object id with a short lowercase
/// prefix, named in prose ("the card token pay_…"), not a credential.
fn object_id(v: &[u8]) -> bool {
    const OBJECTS: &[&[u8]] = &[
        b"pay", b"pmt", b"po", b"pi", b"cus", b"ch", b"txn", b"inv", b"ord", b"req", b"evt",
        b"acct", b"sub", b"prod", b"price", b"src", b"card", b"pm", b"seti", b"in", b"ii", b"ba",
        b"tr", b"py", b"re", b"dbg", b"task", b"trx", b"ref", b"cli", b"usr", b"user", b"org",
        b"mnd", b"sepa", b"tx", b"ev", b"id", b"obj", b"doc", b"file", b"ticket",
        // A card tokenized by the processor (usable only with the merchant's
        // own secret key) and a webhook endpoint's id.
        b"tok", b"we", // Publishable keys are public by design.
        b"pk", b"pub",
    ];
    // What an AI model's API names its objects (a completion, a message,
    // a request, an organization, a project, an assistant's thread, run
    // and tool call, a batch): logged and pasted beside every answer, read
    // by nobody's key. OpenAI writes a few with a dash (`chatcmpl-…`,
    // `org-…`, `file-…`).
    const MODEL_OBJECTS: &[&[u8]] = &[
        b"msg",
        b"chatcmpl",
        b"cmpl",
        b"resp",
        b"proj",
        b"asst",
        b"thread",
        b"run",
        b"step",
        b"toolu",
        b"call",
        b"batch",
        b"ftjob",
        b"vs",
        b"org",
        b"file",
    ];
    if crate::refs::ulid_id(v) {
        return true;
    }
    let Some(us) = v.iter().position(|&c| c == b'_' || c == b'-') else {
        return false;
    };
    let prefix = &v[..us];
    let known = if v[us] == b'_' {
        OBJECTS.contains(&prefix) || MODEL_OBJECTS.contains(&prefix)
    } else {
        matches!(prefix, b"chatcmpl" | b"cmpl" | b"org" | b"file")
    };
    // An object's id is short after its prefix (Stripe's 14 to 24
    // characters, a completion's 29); 32 random characters or more after
    // a word like `prod_` are a token named for its environment. A
    // publishable key is public at any length.
    let short = v.len() - us - 1 <= 30 || matches!(prefix, b"pk" | b"pub");
    known
        && short
        && v[us + 1..]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'_')
        && !crate::vendor::whole_value(std::str::from_utf8(v).unwrap_or(""))
}

/// `pk_…`, `pub_…`: publishable keys are public by design, but under a
/// `token=` a team treats one as the credential it sends, so only a key
/// with no `:`/`=` (a mention) lets one pass.
fn publishable(v: &[u8]) -> bool {
    v.starts_with(b"pk_") || v.starts_with(b"pub_")
}

/// Suffixes a key may carry (`password_db`, `otpValue`, `pin_code`).
const KEY_SUFFIXES: &[&str] = &[
    "db",
    "database",
    "app",
    "user",
    "admin",
    "root",
    "prod",
    "staging",
    "test",
    "dev",
    // A vendor's test environment (`password_sandbox`, `utente_sandbox`).
    "sandbox",
    "smtp",
    "mail",
    "redis",
    "sql",
    "ldap",
    "ftp",
    "sftp",
    "api",
    "svc",
    "service",
    "login",
    "value",
    "val",
    "plain",
    "plaintext",
    "clear",
    // Italian exports say "in clear" as `password_chiaro` / `_in_chiaro`.
    "chiaro",
    "chiara",
    "utente",
    "cliente",
    "client",
    "number",
    "code",
    // What a code was for or who typed it (`otp_inserito`, `pin_operatore`,
    // `SecretAccessKey`).
    "accesskey",
    "key",
    "inserito",
    "inserita",
    "entered",
    "input",
    "operatore",
    "operator",
    "supervisore",
    "supervisor",
    "cassiere",
    "cashier",
    "ricevuto",
    "received",
    // Which device or card the code opens, and which of a user's
    // passwords it is in its life (`pin_dispositivo`, `password_iniziale`,
    // `password_new`).
    "dispositivo",
    "device",
    "terminale",
    "terminal",
    "pos",
    "cassa",
    "till",
    "bancomat",
    "atm",
    "iniziale",
    "initial",
    "temporanea",
    "temporaneo",
    "temporary",
    "temp",
    "provvisoria",
    "provvisorio",
    "default",
    "nuova",
    "nuovo",
    "new",
    "vecchia",
    "vecchio",
    "old",
    "attuale",
    "current",
    "personale",
    "personal",
    "portale",
    "portal",
];

/// A word that may follow a key in a snake_case name and still name the
/// same value (`pin_dispositivo`, `password_iniziale`): one of
/// `KEY_SUFFIXES`.
pub(crate) fn qualifier_suffix(word: &[u8]) -> bool {
    word.len() <= 16
        && KEY_SUFFIXES
            .iter()
            .any(|k| k.as_bytes().eq_ignore_ascii_case(word))
}

/// The end of `key` + `_suffix` or `key` + `Suffix` when the suffix is one
/// of `KEY_SUFFIXES` and the whole identifier is followed by `:`/`=`/quote.
fn key_suffix(b: &[u8], start: usize, end: usize) -> Option<usize> {
    let camel = b[end].is_ascii_uppercase();
    // `clientSecretValue`, `SecretAccessKey` (camelCase or PascalCase),
    // not `SECRETKEY`.
    if camel && !b[start + 1].is_ascii_lowercase() {
        return None;
    }
    let s = if b[end] == b'_' { end + 1 } else { end };
    let mut e = s;
    while e < b.len() && e - s < 16 && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    let suffix = std::str::from_utf8(&b[s..e]).ok()?.to_ascii_lowercase();
    if !KEY_SUFFIXES.contains(&suffix.as_str()) {
        return None;
    }
    let after = skip_spaces(b, e + usize::from(matches!(b.get(e), Some(b'"' | b'\''))));
    matches!(b.get(after), Some(b':' | b'=')).then_some(e)
}

/// "nel gestore password (mai in Confluence!)", "le gestionnaire de mots
/// de passe": in the Romance languages the tool comes first and the word
/// for passwords follows it (with or without "of the"); what follows is
/// about the tool, not a password.
fn managed_by_tool(b: &[u8], start: usize) -> bool {
    const HEADS: &[&[u8]] = &[
        b"gestore ",
        b"gestore delle ",
        b"gestore di ",
        b"gestore dei ",
        b"gestionnaire de ",
        b"gestionnaire des ",
        b"gestor de ",
        b"gestor de las ",
    ];
    HEADS
        .iter()
        .any(|h| start >= h.len() && b[start - h.len()..start].eq_ignore_ascii_case(h))
}

/// Judges one trigger word found at `start..end`.
pub(crate) fn judge(
    text: &str,
    start: usize,
    end: usize,
    rule: Rule,
    memo: &mut QuoteMemo,
) -> Outcome {
    // (`AuthorizationKey`: sixteen letters.)
    if rule == Rule::Keyed(Kind::Password)
        && end - start == 16
        && let Some(f) = crate::ocpp::authorization_key(text.as_bytes(), start, end)
    {
        return Outcome {
            finding: f,
            scanned_to: f.map_or(end, |f| f.end),
        };
    }
    let mut o = judge_rule(text, start, end, rule, memo);
    if o.finding.is_none()
        && rule == Rule::Keyed(Kind::AccessToken)
        && end - start > 6
        && matches!(text.as_bytes()[start] | 0x20, b's' | b'c')
        && let Some(c) = session_cookie_named(text.as_bytes(), start, end)
    {
        o = cookie(text, text.as_bytes(), c + 6);
    }
    if o.finding.is_none()
        && matches!(
            rule,
            Rule::Keyed(Kind::Password) | Rule::Strong(Kind::Password)
        )
        && let Some(f) = option_value(text, end)
    {
        o = Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    if o.finding.is_none()
        && matches!(rule, Rule::Keyed(_) | Rule::Strong(_))
        && let Some(f) = postman_auth_value(text, start, end)
    {
        o = Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    if o.finding.is_none()
        && let Rule::Keyed(kind) | Rule::Strong(kind) = rule
        && matches!(
            kind,
            Kind::Password | Kind::ClientSecret | Kind::AccessToken | Kind::VendorKey
        )
        && let Some(f) = literal_setter(text, start, end, kind)
    {
        o = Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    // `verify_otp(user, "482913")`, `mfa.confirm(session, "482913")`: a
    // code's word in a call confirming it (`calls::confirmed_code`).
    if o.finding.is_none()
        && rule == Rule::Keyed(Kind::Pin)
        && let Some(f) = crate::calls::confirmed_code(text.as_bytes(), start, end)
    {
        o = Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    // `param sqlAdminPassword string = '…'`, `const TOKEN: &str = "…"`,
    // `HMAC_KEY: [u8; 32] = [0x6b, …]`.
    if o.finding.is_none()
        && let Rule::Keyed(kind) | Rule::Strong(kind) | Rule::Generic(kind) = rule
        && let Some(f) = crate::declared::value(text, end, kind)
    {
        o = Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    // `$pwd = ConvertTo-SecureString "…" -AsPlainText`: the key's value is
    // the cmdlet's literal, not the cmdlet's name.
    if let Some(f) = o.finding
        && text.as_bytes()[f.start..f.end].eq_ignore_ascii_case(b"convertto-securestring")
    {
        o.finding = crate::code::secure_string_password(text, text.as_bytes(), f.end);
        o.scanned_to = o.finding.map_or(f.end, |g| g.end);
    }
    // What code hands to an HTTP client as its credential is one, whatever
    // it looks like; what a key names may be a processor's object id.
    let sent = matches!(
        rule,
        Rule::Bearer | Rule::Authorization | Rule::Basic | Rule::Call(_) | Rule::CurlUser
    );
    if let Some(f) = o.finding
        && (not_a_value(&text.as_bytes()[f.start..f.end], f.kind)
            || (!sent && named_object(&text.as_bytes()[f.start..f.end], f.kind))
            || not_a_value_here(text.as_bytes(), f)
            || anonymous_login(text.as_bytes(), f)
            || next_field(text.as_bytes(), f)
            || card_token_key(text.as_bytes(), start, end, f.kind)
            || names_whose(&text.as_bytes()[f.start..f.end], f.kind))
    {
        o.finding = None;
    }
    // "chiave in chiaro nel README: X": a key reported in the clear (its
    // value may be an `id:secret` pair, which a key's value is not).
    if o.finding.is_none()
        && matches!(
            rule,
            Rule::NameKey | Rule::Keyed(_) | Rule::Strong(_) | Rule::Generic(_)
        )
        && crate::in_clear::may_follow(text.as_bytes(), end)
        && let Some(f) = crate::in_clear::after_key(text, end)
    {
        o = Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    // "… a@b.it and pass is X", `{"username":"u","key":"…"}`.
    if o.finding.is_none()
        && end - start <= 8
        && let Some(f) = match rule {
            Rule::Strong(Kind::Password) => crate::login_pair::pass_after_address(text, start, end)
                .or_else(|| crate::login_pair::screen_row_password(text, start, end)),
            Rule::Keyed(Kind::Password) => crate::login_pair::screen_row_password(text, start, end),
            Rule::NameKey => crate::login_pair::key_beside_username(text.as_bytes(), start, end),
            _ => None,
        }
    {
        o = Outcome {
            finding: Some(f),
            scanned_to: f.end,
        };
    }
    o
}

/// "il cookie di sessione sportello_sid vale …": a session cookie named
/// in words (`session cookie`, `cookie di sessione`) and then by its own
/// name is read as the word "cookie" reads one; where that word starts.
#[inline(never)]
fn session_cookie_named(b: &[u8], start: usize, end: usize) -> Option<usize> {
    b[start..end]
        .windows(6)
        .position(|w| w.eq_ignore_ascii_case(b"cookie"))
        .map(|c| start + c)
}

/// `setPassword("…")`, `.withPassword("…")`, `set_password('…')`, a
/// builder's `.password("…")`, FactoryBot's `password { "…" }`: code that
/// sets the named field hands it one string literal, and that literal is
/// the value (a getter or a call passing a variable holds none).
fn literal_setter(text: &str, start: usize, end: usize, kind: Kind) -> Option<Finding> {
    let b = text.as_bytes();
    let before = &b[start.saturating_sub(4)..start];
    let ends = |w: &[u8]| {
        before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    let setter = ends(b"set") || ends(b"with") || ends(b"set_") || ends(b"with_");
    let token = matches!(kind, Kind::AccessToken | Kind::VendorKey);
    // `req_auth_bearer_token("…")`: a function named for the credential
    // it takes (a getter's argument is a name: `get_token("x")`).
    let named_for = start >= 2
        && b[start - 1] == b'_'
        && b[start - 2].is_ascii_alphanumeric()
        && !(ends(b"get_") || ends(b"read_") || ends(b"load_") || ends(b"find_"));
    let (open, close) = match b.get(end) {
        Some(b'(') if setter || named_for || (start > 0 && b[start - 1] == b'.') => (end + 1, b')'),
        Some(b' ') if b.get(end + 1) == Some(&b'{') => (end + 2, b'}'),
        _ => return None,
    };
    let q = skip_spaces(b, open);
    let quote = *b.get(q).filter(|c| matches!(c, b'"' | b'\''))?;
    let s = q + 1;
    let lim = (s + 130).min(b.len());
    let e = s + memchr::memchr(quote, &b[s..lim])?;
    if b.get(skip_spaces(b, e + 1)) != Some(&close) || e - s < 4 {
        return None;
    }
    let v = text.get(s..e)?;
    (!v.contains(['\n', ' ', '$', '{', '<'])
        && (!token || looks_like_token(v, 16))
        && !crate::text::is_placeholder(v)
        && !crate::text::is_reference(v))
    .then(|| finding(kind, s, e, Confidence::Medium))
    .flatten()
}

/// Postman's API-key auth, `"apikey": [{"key": "key", "value":
/// "X-Api-Key"}, {"key": "value", "value": "…"}]`: the header's name is
/// the value of the entry keyed `key`, and the key itself the value of
/// the next entry, the one keyed `value`.
fn postman_auth_value(text: &str, start: usize, end: usize) -> Option<Finding> {
    let b = text.as_bytes();
    let open =
        memchr::memrchr(b'"', &b[start.saturating_sub(12)..start])? + start.saturating_sub(12);
    if b.get(end) != Some(&b'"')
        || !b[open + 1..start]
            .iter()
            .all(|c| c.is_ascii_alphabetic() || *c == b'-')
    {
        return None;
    }
    let head = &b[open.saturating_sub(12)..open];
    let head = std::str::from_utf8(head).ok()?.trim_end();
    if !head.ends_with("\"value\":") {
        return None;
    }
    let lim = (end + 240).min(b.len());
    let win = &b[end..lim];
    let k = memchr::memmem::find(win, b"\"key\": \"value\"")
        .or_else(|| memchr::memmem::find(win, b"\"key\":\"value\""))?;
    // No other entry's key between the name and this one.
    if memchr::memmem::find(&win[..k], b"\"key\"").is_some() {
        return None;
    }
    let after = end + k + 14;
    let v = after + memchr::memmem::find(&b[after..lim], b"\"value\"")?;
    let mut q = skip_spaces(b, v + 7);
    if b.get(q) != Some(&b':') {
        return None;
    }
    q = skip_spaces(b, q + 1);
    if b.get(q) != Some(&b'"') {
        return None;
    }
    let s = q + 1;
    let e = s + memchr::memchr2(b'"', b'\n', &b[s..lim])?;
    let v = text.get(s..e)?;
    (b[e] == b'"' && looks_like_token(v, 16) && !is_placeholder(v) && !is_reference(v))
        .then(|| finding(Kind::AccessToken, s, e, Confidence::Medium))
        .flatten()
}

/// `() -> "…"` (Java, Kotlin), `() => "…"` (JavaScript, C#): a function
/// of no arguments returning a string literal; where the literal starts.
fn literal_supplier(b: &[u8], j: usize) -> Option<usize> {
    if b.get(j..j + 2) != Some(b"()") {
        return None;
    }
    let a = skip_spaces(b, j + 2);
    if !matches!(b.get(a..a + 2), Some(b"->" | b"=>")) {
        return None;
    }
    let q = skip_spaces(b, a + 2);
    matches!(b.get(q), Some(b'"' | b'\'')).then_some(q)
}

/// `"client_secret": [ "…" ]`, the array broken over lines as MockServer
/// and form-parameter dumps print it (each parameter a list of values):
/// one string alone in the array is the key's value.
fn lone_array_string(b: &[u8], open: usize) -> Option<usize> {
    if b.get(open) != Some(&b'[') {
        return None;
    }
    let ws = |mut j: usize| {
        while j < b.len() && j - open < 64 && b[j].is_ascii_whitespace() {
            j += 1;
        }
        j
    };
    let q = ws(open + 1);
    if q == open + 1 || b.get(q) != Some(&b'"') {
        return None;
    }
    let lim = (q + 1 + 512).min(b.len());
    let close = q + 1 + memchr::memchr2(b'"', b'\n', &b[q + 1..lim])?;
    (b[close] == b'"' && b.get(ws(close + 1)) == Some(&b']')).then_some(q)
}

/// `card_token`, `cardToken`, "card token": a card's token is what a
/// processor or vault hands back in place of the number (`tok_…`,
/// `vt_…`), a reference only the merchant's own key can charge, never a
/// credential that grants access.
fn card_token_key(b: &[u8], start: usize, end: usize, kind: Kind) -> bool {
    if kind != Kind::AccessToken
        || end < start + 5
        || !b[end - 5..end].eq_ignore_ascii_case(b"token")
    {
        return false;
    }
    let lo = start.saturating_sub(5);
    let key = &b[lo..end - 5];
    key.len() >= 5
        && key[key.len() - 5..key.len() - 1].eq_ignore_ascii_case(b"card")
        && matches!(key[key.len() - 1], b'_' | b'-' | b' ')
        || key.len() >= 4 && key[key.len() - 4..].eq_ignore_ascii_case(b"card")
}

/// `(client=cli_…)`, `user=4f1c…`: a value that opens with its own field
/// name naming whose it is (a client, a user, a tenant) is a log line's
/// `name=value` pair, an identifier, not the token a word before it
/// mentioned ("token expired, refreshing (client=…)").
fn names_whose(v: &[u8], kind: Kind) -> bool {
    const WHOSE: &[&[u8]] = &[
        b"client",
        b"client_id",
        b"clientid",
        b"user",
        b"user_id",
        b"userid",
        b"uid",
        b"tenant",
        b"tenant_id",
        b"account",
        b"account_id",
        b"app",
        b"app_id",
    ];
    matches!(
        kind,
        Kind::AccessToken | Kind::RefreshToken | Kind::ClientSecret
    ) && v
        .iter()
        .position(|&c| c == b'=')
        .is_some_and(|eq| WHOSE.iter().any(|w| v[..eq].eq_ignore_ascii_case(w)))
}

/// `user(DBT_PROD) password(Load_GZIA591!)`: a command's options written
/// as `name(value)` (Stata's `odbc`, SAS and R call styles): the word in
/// the parentheses right after the key, bare (no quotes, no spaces), is
/// the password when it is built like one; a variable's name passed to a
/// function (`password(pw)`, `password(user_pw)`) is not.
#[inline(never)]
fn option_value(text: &str, key_end: usize) -> Option<Finding> {
    let b = text.as_bytes();
    if b.get(key_end) != Some(&b'(') {
        return None;
    }
    let s = key_end + 1;
    let lim = (s + 65).min(b.len());
    let close = s + memchr::memchr(b')', &b[s..lim])?;
    let v = &b[s..close];
    if v.is_empty()
        || v.iter()
            .any(|c| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'(' | b','))
    {
        return None;
    }
    let w = text.get(s..close)?;
    (password_word(w, false) && !is_reference(w)).then_some(Finding {
        kind: Kind::Password,
        start: s,
        end: close,
        confidence: Confidence::Medium,
    })
}

/// `jdbc:postgresql://host:5432/db?user=x`, `https://…`: a whole address
/// with its scheme is where a password is sent (a connection string, a
/// login page), never the password itself; one written inside it is read
/// by the address's own rules.
#[inline(never)]
fn url_with_scheme(v: &[u8]) -> bool {
    let head = &v[..v.len().min(40)];
    memchr::memmem::find(head, b"://").is_some_and(|at| {
        at >= 2
            && v[0].is_ascii_alphabetic()
            && head[..at]
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'+' | b'.' | b'-'))
    })
}

/// `pan_token`, `card_token`, `"card": {"token": "…"}`: a token named as a
/// card's is the surrogate a payment vault or a processor stores in the
/// card number's place (format-preserving digits, `tok_…`, a UUID): it
/// stands for the card inside the merchant's own systems and opens no API.
/// Read from the key right before the value (a `pan`/`card` part glued to
/// a token word), or from the object the key opens (`"card": {"token"`);
/// and twelve to nineteen bare digits read as a token are such a
/// surrogate whatever found them (it keeps the card's length and digits;
/// bearer credentials are not bare numbers).
#[inline(never)]
pub(crate) fn card_token(b: &[u8], f: &Finding) -> bool {
    if !matches!(f.kind, Kind::AccessToken | Kind::RefreshToken) {
        return false;
    }
    let v = &b[f.start..f.end];
    // (A Luhn-valid run may be the card itself, which a card's rule may
    // have yielded to the token: it stays, whatever its key.)
    let digits = v.iter().all(u8::is_ascii_digit);
    if digits && crate::card::luhn_valid(v) {
        return false;
    }
    if digits && (12..=19).contains(&v.len()) {
        return true;
    }
    let part = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-');
    let card_word = |w: &[u8]| {
        w.eq_ignore_ascii_case(b"pan")
            || w.eq_ignore_ascii_case(b"card")
            || w.eq_ignore_ascii_case(b"carta")
    };
    let lo = f.start.saturating_sub(48);
    let skip = |mut k: usize, set: &[u8]| {
        while k > lo && set.contains(&b[k - 1]) {
            k -= 1;
        }
        k
    };
    // The key: what stands before `:`/`=` right before the value.
    let k = skip(f.start, b"\"' ");
    if k == lo || !matches!(b[k - 1], b':' | b'=') {
        return false;
    }
    let ke = skip(k - 1, b"\"' ");
    let ks = ke - b[lo..ke].iter().rev().take_while(|&&c| part(c)).count();
    let key = &b[ks..ke];
    if payment_attempt_id(key, v) {
        return true;
    }
    let token_word = |w: &[u8]| w.eq_ignore_ascii_case(b"token") || w.eq_ignore_ascii_case(b"tok");
    let words: Vec<&[u8]> = key
        .split(|&c| matches!(c, b'_' | b'-'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| token_word(w)) && words.iter().any(|w| card_word(w)) {
        return true;
    }
    if !(words.len() == 1 && token_word(words[0])) {
        return false;
    }
    // `"card": {"token": …`: the object's name right before its brace.
    let k = skip(ks, b"\"' ");
    if k == lo || b[k - 1] != b'{' {
        return false;
    }
    let e = skip(k - 1, b"\"' :=");
    let s = e - b[lo..e].iter().rev().take_while(|&&c| part(c)).count();
    s < e && card_word(&b[s..e])
}

/// `"paymentToken": "4e9c…"`: a token named as a payment's, hex or a
/// UUID, is the id a payment platform gives one payment attempt (pagoPA's
/// receipts carry it beside the notice number); it is printed on the
/// receipt and authorizes nothing. (A wallet's payment token is a blob,
/// not an id, and a tokenized card's digits are read above.)
fn payment_attempt_id(key: &[u8], v: &[u8]) -> bool {
    let k: Vec<u8> = key
        .iter()
        .filter(|&&c| c != b'_' && c != b'-')
        .map(u8::to_ascii_lowercase)
        .collect();
    let hex = v.len() == 32 && v.iter().all(u8::is_ascii_hexdigit);
    k == b"paymenttoken" && (hex || is_uuid(v))
}

/// `&{ClientID:web ClientSecret: Timeout:30s}` (Go's `%+v`),
/// `client_secret= timeout=30s` (logfmt): in a record of fields glued to
/// their separator, an empty field is followed by the next field's name,
/// glued to the same separator. What was read as the value is that next
/// field.
fn next_field(b: &[u8], f: Finding) -> bool {
    let s = f.start;
    if s < 3 || b[s - 1] != b' ' {
        return false;
    }
    let v = &b[s..f.end];
    let name = v
        .iter()
        .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'_')
        .count();
    let Some(&sep) = v.get(name).filter(|c| matches!(c, b':' | b'=')) else {
        return false;
    };
    if name < 2
        || !v[0].is_ascii_alphabetic()
        || v.get(name + 1).is_none_or(u8::is_ascii_whitespace)
    {
        return false;
    }
    // The key glued to the same separator, right before (`ClientSecret:`).
    if b[s - 2] == sep && (b[s - 3].is_ascii_alphanumeric() || b[s - 3] == b'_') {
        return true;
    }
    // Or a record of such fields on the line before the value, which the
    // key's own field (a placeholder, `SecretKey:<api-key>`) sits in.
    let lo = s.saturating_sub(256);
    let ls = memchr::memrchr(b'\n', &b[lo..s]).map_or(lo, |p| lo + p + 1);
    let line = &b[ls..s];
    let glued = line
        .windows(2)
        .enumerate()
        .filter(|&(k, w)| {
            w[0].is_ascii_alphanumeric()
                && w[1] == sep
                && line.get(k + 2).is_some_and(|c| !c.is_ascii_whitespace())
        })
        .count();
    glued >= 3
}

/// What anonymous and guest logins conventionally take as a password:
/// an e-mail address (or just `name@`), `guest`, `anonymous`.
pub(crate) fn conventional_guest_password(v: &[u8]) -> bool {
    v.ends_with(b"@")
        || std::str::from_utf8(v).is_ok_and(email_address)
        || v.eq_ignore_ascii_case(b"guest")
        || v.eq_ignore_ascii_case(b"anonymous")
}

/// `default login anonymous password anonymous@`, `USER anonymous` then
/// `PASS guest@example.com`: anonymous FTP's convention (RFC 1635) asks
/// for the user's e-mail address, or `guest`, as the password of the
/// login `anonymous`; it opens only what is public. Read when the login
/// `anonymous` stands within the 96 bytes before a password that is such
/// an address or word.
fn anonymous_login(b: &[u8], f: Finding) -> bool {
    if f.kind != Kind::Password {
        return false;
    }
    let v = &b[f.start..f.end];
    conventional_guest_password(v) && {
        let before = &b[f.start.saturating_sub(96)..f.start];
        before
            .windows(9)
            .any(|w| w.eq_ignore_ascii_case(b"anonymous"))
    }
}

/// What the bytes right after a value show it is not: a size
/// (`password:  1136 bytes` in `kubectl describe secret`), the few first
/// characters of a value cut short (`secret: eyJhbGciOi…`), or, for a
/// token found without `:` or `=`, a name in kebab case
/// (`kubectl describe secret payments-api-credentials-v2`).
fn not_a_value_here(b: &[u8], f: Finding) -> bool {
    let v = &b[f.start..f.end];
    let after = &b[f.end..(f.end + 8).min(b.len())];
    let size = v.iter().all(u8::is_ascii_digit)
        && (after.starts_with(b" bytes") || after.starts_with(b" byte"));
    // A PIN or a security code is short and whole: dots after it are a
    // sentence trailing off ("er pin 3283... ma nun va"), not a value cut
    // short.
    let whole_code = matches!(f.kind, Kind::Pin | Kind::Cvv)
        && (3..=8).contains(&v.len())
        && v.iter().all(u8::is_ascii_digit);
    let cut = v.len() < 16
        && !whole_code
        && (after.starts_with(b"...") || after.starts_with("…".as_bytes()));
    let token = matches!(
        f.kind,
        Kind::AccessToken | Kind::ClientSecret | Kind::RefreshToken | Kind::VendorKey
    );
    let secret = token || f.kind == Kind::Password;
    // `"grant_type": "password", "username": …`: a quoted word followed by
    // a colon is the next field's name, not the value of the word before.
    let next_key = f.start > 0
        && matches!(b[f.start - 1], b'"' | b'\'')
        && after.first() == Some(&b[f.start - 1])
        && after.get(1) == Some(&b':')
        && after.get(2) != Some(&b':');
    size || cut
        || (token && numeric_setting(v))
        || (secret && next_key)
        || (token && f.confidence == Confidence::Medium && kebab_name(v))
        // A value a key found lines away that sits under a label naming
        // an id of its own (`uid: 96ca…` in `kubectl get secret -o yaml`).
        || (token && f.confidence == Confidence::Medium && own_label(b, f.start))
        // A base64 value that decodes to readable text, found by a key
        // lines away (`kubectl get secret …` above a dump): it is judged
        // by what it decodes to (`encoded`), not by its shape.
        || (token
            && f.confidence == Confidence::Medium
            && v.len() >= 16
            && crate::encoded::plain_and_clean(v))
        || (secret && lookup(v, after))
        || no_clear_secret(b, f.kind, f.start, f.end)
}

/// `expires_in=3600`, `ttl=300`: a setting in lowercase snake case given
/// a number, printed beside a token ("Token acquired (expires_in=3600,
/// scope=…)"), is a field of its own, not the token. A token is not
/// spelled `name=digits`.
fn numeric_setting(v: &[u8]) -> bool {
    let Some(eq) = memchr::memchr(b'=', v) else {
        return false;
    };
    let (name, num) = (&v[..eq], &v[eq + 1..]);
    name.len() >= 2
        && name[0].is_ascii_lowercase()
        && name.iter().all(|&c| c.is_ascii_lowercase() || c == b'_')
        && !num.is_empty()
        && num.iter().all(u8::is_ascii_digit)
}

/// What holds no secret in the clear whichever look found it: a secret
/// object's name, a cmdlet that reads a secret, ciphertext, a Windows SID.
/// Also applied to the second look's candidates (`nearby`).
pub(crate) fn no_clear_secret(b: &[u8], kind: Kind, s: usize, e: usize) -> bool {
    let v = &b[s..e];
    let after = &b[e..(e + 8).min(b.len())];
    let token = matches!(
        kind,
        Kind::AccessToken | Kind::ClientSecret | Kind::RefreshToken | Kind::VendorKey
    );
    let secret = token || kind == Kind::Password;
    (token && resource_name(v))
        || (secret && cmdlet_call(v, after))
        || (secret && (encrypted_here(b, s, v) || encrypted_name(b, s)))
        || windows_sid(v)
        || (secret && env_lookup(b, s))
        || (secret && crate::readers::reads_elsewhere(b, s, e))
}

/// `getenv("DB_PASSWORD")`, `os.Getenv("API_TOKEN")`, `ENV["SECRET"]`,
/// `os.environ.get('PWD')`, `lookup('env', 'WIFI_PSK')` (Ansible): the
/// value is the name of an environment
/// variable a program reads, not what it holds. Read right before the
/// value (its quote, then the call or index).
fn env_lookup(b: &[u8], s: usize) -> bool {
    let mut k = s;
    if k > 0 && matches!(b[k - 1], b'"' | b'\'') {
        k -= 1;
    }
    let before = &b[k.saturating_sub(24)..k];
    let ends = |w: &[u8]| {
        before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    ends(b"getenv(")
        || ends(b"environ[")
        || ends(b"environ.get(")
        || ends(b"env[")
        || ends(b"env.fetch(")
        || ends(b"environmentvariable(")
        // Ansible's `{{ lookup('env', 'WIFI_PSK') }}`.
        || ends(b"lookup('env', ")
        || ends(b"lookup('env',")
        || ends(b"lookup(\"env\", ")
        || ends(b"lookup(\"env\",")
}

/// `<string name="__androidx_security_crypto_encrypted_prefs_key_keyset__">…`,
/// `encryptedPassword: "…"`, `"EncryptedData": "…"`: the value's own
/// name says it is stored encrypted (the key that opens it lives in a
/// key store or a KMS), so what is written is ciphertext. Only the name
/// right before the value is read (past its quotes, `>` and `=`/`:`), and
/// "unencrypted" says the opposite.
fn encrypted_name(b: &[u8], s: usize) -> bool {
    let mut k = s;
    while k > 0 && s - k < 4 && matches!(b[k - 1], b'"' | b'\'' | b'>' | b'=' | b':' | b' ') {
        k -= 1;
    }
    let e = k;
    while k > 0
        && e - k < 96
        && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'_' | b'-' | b'.'))
    {
        k -= 1;
    }
    let name = &b[k..e];
    let mut from = 0;
    while let Some(p) = name.get(from..).and_then(|n| {
        n.windows(8)
            .position(|w| w.eq_ignore_ascii_case(b"ncrypted"))
    }) {
        let at = from + p;
        let un = at >= 3 && name[at - 3..at - 1].eq_ignore_ascii_case(b"un");
        if at >= 1 && name[at - 1].eq_ignore_ascii_case(&b'e') && !un {
            return true;
        }
        from = at + 8;
    }
    false
}

/// `existingSecret: psd2-credentials`, `kubectl describe secret
/// gateway-creds-v2`, `secretName: payments-tls`: a resource's name, in
/// lowercase words joined by dashes (a word may end in a few digits),
/// one of them naming a stored secret. The name of a secret object is a
/// reference to it. Passwords are left alone: `blue-horse-battery-9` is
/// a passphrase.
fn resource_name(v: &[u8]) -> bool {
    const STORES: &[&[u8]] = &[
        b"credentials",
        b"creds",
        b"cred",
        b"secret",
        b"secrets",
        b"keys",
        b"tls",
        b"certs",
        b"auth",
        b"tokens",
        b"credenziali",
        b"segreti",
        b"chiavi",
    ];
    let parts: Vec<&[u8]> = v.split(|&c| c == b'-').collect();
    parts.len() >= 2
        && parts.len() <= 8
        && parts.iter().all(|p| {
            let letters = p.iter().take_while(|c| c.is_ascii_lowercase()).count();
            letters >= 2 && p.len() - letters <= 3 && p[letters..].iter().all(u8::is_ascii_digit)
        })
        && parts.iter().any(|p| STORES.contains(p))
}

/// `$pw = Read-Host -AsSecureString "PIN"`, `$c = Get-Credential`,
/// `Import-Clixml .\cred.xml`: a PowerShell cmdlet that reads a secret
/// (from the keyboard, a prompt, a file) holds none.
fn cmdlet_call(v: &[u8], after: &[u8]) -> bool {
    let Some(dash) = v.iter().position(|&c| c == b'-') else {
        return false;
    };
    let (verb, noun) = (&v[..dash], &v[dash + 1..]);
    [&b"Read"[..], b"Get", b"Import"].contains(&verb)
        && noun.len() >= 3
        && noun[0].is_ascii_uppercase()
        && noun.iter().all(u8::is_ascii_alphabetic)
        && (after.is_empty()
            || after.starts_with(b" -")
            || matches!(after[0], b'\r' | b'\n' | b'(' | b')' | b'|' | b';'))
}

/// Ciphertext is not a secret in the clear: a value inside sops'
/// `ENC[…]`, after Ansible's `!vault` (or below its `$ANSIBLE_VAULT`
/// header), or under a YAML `encryptedData:` block (a SealedSecret).
/// Looks back over the value's parent lines only (at most 40 lines, 2 KB).
fn encrypted_here(b: &[u8], s: usize, v: &[u8]) -> bool {
    if v.starts_with(b"ENC[") || v.starts_with(b"$ANSIBLE_VAULT") {
        return true;
    }
    // Bounded (a key's marker sits close to its value; parents within
    // 2 KB): a 10 MB line with many findings must stay linear.
    let floor = s.saturating_sub(2048);
    let line = memchr::memrchr(b'\n', &b[floor..s]).map_or(floor, |p| floor + p + 1);
    // The markers as their tools write them (no lowercase copy per value).
    let marked = |l: &[u8]| {
        [
            &b"ENC["[..],
            b"!vault",
            b"encryptedData:",
            b"encrypted_data:",
        ]
        .iter()
        .any(|m| memchr::memmem::find(l, m).is_some())
    };
    if marked(&b[line.max(s.saturating_sub(256))..s]) {
        return true;
    }
    if line == floor && floor > 0 {
        return false;
    }
    let indent = |l: &[u8]| l.iter().take_while(|c| matches!(c, b' ' | b'\t')).count();
    let mut cur = indent(&b[line..s]);
    let mut end = line;
    let mut n = 0;
    while cur > 0 && end > floor && n < 40 {
        let e = end - 1;
        let st = memchr::memrchr(b'\n', &b[floor..e]).map_or(floor, |p| floor + p + 1);
        let l = &b[st..e];
        end = st;
        n += 1;
        let ind = indent(l);
        if ind == l.len() {
            continue;
        }
        if l[ind..].starts_with(b"$ANSIBLE_VAULT") {
            return true;
        }
        if ind < cur {
            if marked(l) {
                return true;
            }
            cur = ind;
        }
    }
    false
}

/// `S-1-5-21-1271888568-220732584-298119023-1518`: a Windows security
/// identifier names an account or a group; it opens nothing.
fn windows_sid(v: &[u8]) -> bool {
    v.starts_with(b"S-1-")
        && v[2..].split(|&c| c == b'-').count() >= 3
        && v[2..]
            .split(|&c| c == b'-')
            .all(|p| !p.is_empty() && p.len() <= 10 && p.iter().all(u8::is_ascii_digit))
}

/// `os.environ["DB_PASSWORD"]`, `getenv("X")`, `process.env.X`,
/// `secrets.DB_PASSWORD`, `%API_TOKEN%`, `vault:secret/data/app#password`,
/// `op://vault/item/field`: where a value is read from (the environment,
/// a CI's secrets, a secret store), written where the value goes, often
/// inside quotes a config file puts around every string. No one's
/// credential is spelled like a lookup. `v` may have been cut at an inner
/// quote (`os.environ[`); `after` is what follows it.
fn lookup(v: &[u8], after: &[u8]) -> bool {
    let lower = v.to_ascii_lowercase();
    let l = lower.as_slice();
    // A getter, cut or whole: the environment read by its usual names.
    let getter = [
        &b"os.environ["[..],
        b"os.environ.get(",
        b"environ[",
        b"os.getenv(",
        b"getenv(",
        b"system.getenv(",
        b"env[",
        b"env.fetch(",
        b"process.env.",
        b"process.env[",
        b"environment.getenvironmentvariable(",
    ]
    .iter()
    .any(|g| l.starts_with(g));
    // `secrets.DB_PASSWORD`, `vars.API_TOKEN`: a CI's named secret, the
    // name in capitals.
    let ci_secret = [&b"secrets."[..], b"vars."].iter().any(|p| {
        l.starts_with(p)
            && v.len() > p.len()
            && v[p.len()..]
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
    });
    // A secret store's address.
    let store = [
        &b"vault:"[..],
        b"op://",
        b"sm://",
        b"ssm:/",
        b"secretsmanager:",
    ]
    .iter()
    .any(|p| l.starts_with(p))
        && v.iter().any(|&c| c == b'/' || c == b'#');
    // `%NAME%`: a Windows environment variable (the closing `%` may be
    // left outside the value).
    let percent = v.len() >= 3
        && v[0] == b'%'
        && (v.ends_with(b"%") || after.first() == Some(&b'%'))
        && v[1..]
            .iter()
            .filter(|&&c| c != b'%')
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_');
    getter || ci_secret || store || percent
}

/// Where a setting is written as a pair of fields, its name in one and its
/// value in the other: Kubernetes `env` (`- name: DB_PASSWORD` then `value:
/// …`), Terraform and Helm `set { name = "auth.password" value = "…" }`,
/// Ansible items `{'name': 'API_KEY', 'value': '…'}`, AWS `Name`/`Value`.
/// The key sits inside the `name` field's value; returns where the word
/// `value` of the same item starts (on the same line or the next one).
fn named_pair_value(b: &[u8], start: usize, end: usize) -> Option<usize> {
    // Back over the rest of the setting's name and its opening quote.
    let mut k = start;
    while k > 0
        && start - k < 64
        && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'_' | b'.' | b'-' | b'/'))
    {
        k -= 1;
    }
    if k > 0 && matches!(b[k - 1], b'"' | b'\'') {
        k -= 1;
    }
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    if k == 0 || !matches!(b[k - 1], b':' | b'=') {
        return None;
    }
    k -= 1;
    if k > 0 && matches!(b[k - 1], b'"' | b'\'') {
        k -= 1;
    }
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    if k < 4 || !b[k - 4..k].eq_ignore_ascii_case(b"name") {
        return None;
    }
    if k > 4 && (b[k - 5].is_ascii_alphanumeric() || b[k - 5] == b'_') {
        return None;
    }
    // Forward past the name to the item's `value` field: at most one line
    // break, and no other field's name in between.
    let mut i = end;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.' | b'-')) {
        i += 1;
    }
    // `name="token_expiry" value="1719081299000"`: the rest of the name
    // says the value is about the credential (when it expires, its type),
    // not the credential.
    if crate::nearby::names_no_credential(&b[end..i]) {
        return None;
    }
    let hi = (i + 96).min(b.len());
    let mut lines = 0;
    while i + 5 <= hi {
        match b[i] {
            b'\n' => {
                lines += 1;
                if lines > 1 {
                    return None;
                }
            }
            c if (c == b'v' || c == b'V')
                && b[i..i + 5].eq_ignore_ascii_case(b"value")
                && !b[i - 1].is_ascii_alphanumeric()
                && b[i - 1] != b'_' =>
            {
                let mut j = i + 5;
                if matches!(b.get(j), Some(b'"' | b'\'')) {
                    j += 1;
                }
                let j = skip_spaces(b, j);
                return matches!(b.get(j), Some(b':' | b'=')).then_some(i);
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `${DB_PASSWORD:?required}`, `{{ .Values.redis.password }}`,
/// `#{secrets.token}`: the key is a variable's name inside an expression a
/// shell or a template fills in, and what follows it up to the closing
/// brace is that expression's syntax (a default, a message), not a value.
fn inside_template(b: &[u8], start: usize, end: usize) -> bool {
    let lo = start.saturating_sub(64);
    let Some(o) = memchr::memrchr3(b'{', b'}', b'\n', &b[lo..start]) else {
        return false;
    };
    let open = lo + o;
    if b[open] != b'{' {
        return false;
    }
    let opener = open > 0 && matches!(b[open - 1], b'$' | b'{' | b'#' | b'%');
    // What follows the name: the closing brace, a filter (`| b64enc`) or
    // shell's `:?message`. A default after `:` or `:-`
    // (`${app.client-secret:c8c8…}`) is a literal written in the file, so
    // the key still leads to it.
    let i = skip_spaces(b, end);
    opener
        && (b.get(i) == Some(&b'}')
            || b.get(i) == Some(&b'|')
            || b[i.min(b.len())..].starts_with(b":?"))
}

/// `payments-api-credentials-v2`, `db-creds`: lowercase words joined by
/// dashes (the last may be a short version or number), as resources are
/// named. Random tokens are not made of dash-separated lowercase words.
fn kebab_name(v: &[u8]) -> bool {
    let parts: Vec<&[u8]> = v.split(|&c| c == b'-').collect();
    let n = parts.len();
    n >= 2
        && parts.iter().enumerate().all(|(k, p)| {
            !p.is_empty()
                && (p.iter().all(u8::is_ascii_lowercase)
                    || (k == n - 1
                        && p.len() <= 3
                        && p.iter()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())))
        })
}

/// What no key makes a value: a file's path (`~/.ssh/id_ed25519`,
/// `./certs/key.pem`, `/etc/ssl/private/x.key`), and for an account a UK
/// sort code alone (`49-14-91`: a public branch code, "il mio conto è
/// sort code …" with no account number).
fn not_a_value(v: &[u8], kind: Kind) -> bool {
    const ROOTS: &[&[u8]] = &[
        b"/etc/", b"/home/", b"/usr/", b"/var/", b"/opt/", b"/tmp/", b"/root/", b"/Users/",
        b"/srv/", b"/mnt/",
    ];
    // `C:\certs\qseal.p12`, `\\fileserver\keys`: a Windows path.
    let windows_path = (v.len() > 3
        && v[0].is_ascii_alphabetic()
        && v[1] == b':'
        && v[2] == b'\\'
        && v[3] != b'\\')
        || (v.len() > 3 && v.starts_with(b"\\\\") && v[2].is_ascii_alphanumeric());
    if v.starts_with(b"~/")
        || v.starts_with(b"./")
        || v.starts_with(b"../")
        || ROOTS.iter().any(|r| v.starts_with(r))
        || windows_path
    {
        return true;
    }
    let sort_code = v.len() == 8
        && v[2] == v[5]
        && matches!(v[2], b'-' | b' ')
        && [0, 1, 3, 4, 6, 7].iter().all(|&k| v[k].is_ascii_digit());
    // (The sort code rule reports a sort code beside its account as
    // `UkBankAccount`; only an account key's value is judged here.)
    if sort_code && kind == Kind::BankAccount {
        return true;
    }
    let token = matches!(
        kind,
        Kind::AccessToken | Kind::ClientSecret | Kind::RefreshToken
    );
    // A number of a card, an account or a code is never a calendar date
    // ("Incorrect PIN) on 27 transactions on 2024-08-17").
    let number = matches!(
        kind,
        Kind::Pin | Kind::Cvv | Kind::CardNumber | Kind::BankAccount | Kind::UkBankAccount
    );
    (number && std::str::from_utf8(v).is_ok_and(timestamp))
        || (kind == Kind::Password && url_with_scheme(v))
        || masked_tail(v)
        || (token && crate::jwt::header_alone(v))
        || ((token || kind == Kind::Password) && crate::refs::secret_location(v))
}

/// A payment processor's object id under a key (`"token": "tok_…"`, a
/// tokenized card; `endpoint we_…`): it names an object, and only the
/// merchant's own secret key can use it.
fn named_object(v: &[u8], kind: Kind) -> bool {
    matches!(
        kind,
        Kind::AccessToken | Kind::ClientSecret | Kind::RefreshToken
    ) && object_id(v)
        && !publishable(v)
}

/// `xxxxxxxxxxxxxxxx6FF7`, `****************a1b2`, `sk_live_••••••••4242`:
/// a value shown masked with its last (or first) few characters left to
/// recognize it by. The mask is a run of one masking character covering
/// most of the value; random values do not repeat one character that long.
fn masked_tail(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v);
    let mut best = 0usize;
    let mut run = 0usize;
    let mut prev = None;
    let mut total = 0usize;
    let mut star = 0usize;
    for c in s.chars() {
        total += 1;
        if matches!(c, '*' | 'x' | 'X' | '•' | '●' | '#') && prev == Some(c) {
            run += 1;
        } else if matches!(c, '*' | 'x' | 'X' | '•' | '●' | '#') {
            run = 1;
        } else {
            run = 0;
        }
        prev = Some(c);
        best = best.max(run);
        if matches!(c, '*' | '•' | '●') {
            star = star.max(run);
        }
    }
    // A short run of stars or bullets (`****6B4i`, `eyJ***`) is a mask
    // too: no generator emits three stars in a row, while `x` and `#` do
    // occur in typed values.
    (best >= 6 && best * 2 >= total) || (star >= 3 && star * 2 >= total)
}

/// `Session: 4C1F…` in a crash report's header, `session_id: txn-…` on a
/// log line: a session named with a bare colon labels which session a
/// report is about, as a request or trace id does. The session a client
/// holds as its credential is set (`session=…` in a cookie, a query, an
/// environment) or kept as a quoted value (`"session": "…"`), and those
/// still lead to their value; so do the cookies' own names (`JSESSIONID`,
/// `PHPSESSID`).
fn session_label(b: &[u8], start: usize, end: usize, rule: Rule) -> bool {
    if rule == Rule::Strong(Kind::AccessToken) && b.get(end) == Some(&b'=') {
        return logged_session(b, start, end);
    }
    if rule != Rule::Strong(Kind::AccessToken) || b.get(end) != Some(&b':') {
        return false;
    }
    let word = b[start..end].to_ascii_lowercase();
    if !matches!(
        word.as_slice(),
        b"session" | b"session_id" | b"sessionid" | b"sid"
    ) {
        return false;
    }
    // `Session:` glued to a quote (`"session":`) is a JSON key, kept.
    if start > 0 && matches!(b[start - 1], b'"' | b'\'') {
        return false;
    }
    let v = skip_spaces(b, end + 1);
    !matches!(b.get(v), Some(b'"' | b'\'' | b'`' | b'\n') | None)
}

/// `… pid=4821 session=0f6c…-…` on a log line: `key=value` pairs set
/// apart by spaces (logfmt) name what the line is about, and a session
/// named by a UUID there is which session, as a request id is. A cookie
/// sets its session after `; ` or at its header's start, so is not read
/// so; a value that is not a UUID is still read. (A query's UUID session:
/// `query_session_uuid`.)
fn logged_session(b: &[u8], start: usize, end: usize) -> bool {
    if start >= 2 && b[start - 1] == b' ' && session_id_logged(b, start, end) {
        return true;
    }
    if start >= 1 && matches!(b[start - 1], b'?' | b'&') {
        return query_session_uuid(b, start, end);
    }
    if !b[start..end].eq_ignore_ascii_case(b"session") || start < 2 || b[start - 1] != b' ' {
        return false;
    }
    let v = end + 1;
    if !b.get(v..v + 36).is_some_and(is_uuid)
        || b.get(v + 36).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return false;
    }
    // The pair before: a word, `=`, a value without spaces or `;`.
    let mut k = start - 1;
    let mut saw_eq = false;
    while k > 0 && start - k < 80 {
        let c = b[k - 1];
        if c == b' ' || c == b'\n' {
            break;
        }
        if c == b';' || c == b'&' {
            return false;
        }
        saw_eq |= c == b'=';
        k -= 1;
    }
    saw_eq && b[k..start - 1].first().is_some_and(u8::is_ascii_alphabetic)
}

/// `https://park.example/z/3?meter=PM-71&session=4e4f…-…`: a URL's query
/// that names a session by a UUID names which session the page shows (a
/// parking stay, a checkout, a support chat), as a generic key's UUID is
/// an id (`Rule::Generic`). A session a URL carries as its credential is
/// a random run of the server's own alphabet, and is still read.
#[inline(never)]
fn query_session_uuid(b: &[u8], start: usize, end: usize) -> bool {
    let word = &b[start..end];
    if ![&b"session"[..], b"session_id", b"sessionid"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let v = end + 1;
    b.get(v..v + 36).is_some_and(is_uuid)
        && b.get(v + 36).is_none_or(|&c| {
            matches!(
                c,
                b'&' | b'#' | b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b')' | b'>'
            )
        })
}

/// `… last_ok: 13:54Z  session_id=0f6c…-…` on a status line: a name that
/// says it is an id (`session_id`, `sessionId`), set apart by a space and
/// holding a UUID that closes the pair, names which session the line is
/// about, as `request_id` does. A cookie sets its session before `;` (or
/// on a `Cookie` line) and is still read.
fn session_id_logged(b: &[u8], start: usize, end: usize) -> bool {
    let word = b[start..end].to_ascii_lowercase();
    if !matches!(word.as_slice(), b"session_id" | b"sessionid") {
        return false;
    }
    let v = end + 1;
    let closes = b
        .get(v + 36)
        .is_none_or(|&c| c == b' ' || c == b'\t' || c == b'\n' || c == b'\r');
    if !b.get(v..v + 36).is_some_and(is_uuid) || !closes {
        return false;
    }
    let lo = start.saturating_sub(200);
    let ls = memchr::memrchr(b'\n', &b[lo..start]).map_or(lo, |p| lo + p + 1);
    let line = b[ls..start].to_ascii_lowercase();
    memchr::memmem::find(&line, b"cookie").is_none()
}

/// `PWD=/srv/app`, `PWD                     /srv/checkout` (an environment
/// listing), `$PWD/bin`: the shell's working directory, in capitals,
/// before a path or read as a variable. A password's `pwd` is not spelled
/// so.
/// Checked before a key is judged or given a second look: it is no key.
pub(crate) fn working_directory(b: &[u8], start: usize, end: usize) -> bool {
    if &b[start..end] != b"PWD" {
        return false;
    }
    if start > 0 && b[start - 1] == b'$' {
        return true;
    }
    let mut v = end;
    if b.get(v) == Some(&b'=') {
        v += 1;
    }
    let v = skip_spaces(b, v);
    matches!(b.get(v), Some(b'/' | b'~'))
}

/// `AccountSid`, `MessagingServiceSid`, `callSid`, `ObjectSid`: `Sid` as
/// the last hump of a compound name names a resource's identifier (an
/// SMS gateway's account or message, a Windows security identifier),
/// which webhooks and logs print beside every request. A session's cookie
/// is named `sid` on its own (`sid=…`, `connect.sid`), and still leads to
/// its value.
fn resource_sid(b: &[u8], start: usize, end: usize, rule: Rule) -> bool {
    rule == Rule::Strong(Kind::AccessToken)
        && start > 0
        && b[start - 1].is_ascii_lowercase()
        && b[start] == b'S'
        && b[start..end].eq_ignore_ascii_case(b"sid")
}

/// `TLS: Initial packet from [AF_INET]192.0.2.5:1194, sid=3efe58d8
/// 0294b3a2`: OpenVPN logs a TLS session's id as `sid=` and two runs of
/// eight hex digits (its 64-bit session id, printed in two halves), in
/// every client's and server's log; it names the session, and grants
/// nothing without the keys negotiated inside it.
fn openvpn_session_id(b: &[u8], start: usize, end: usize, rule: Rule) -> bool {
    let eight = |at: usize| {
        b.get(at..at + 8)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
            && b.get(at + 8).is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    rule == Rule::Strong(Kind::AccessToken)
        && b[start..end].eq_ignore_ascii_case(b"sid")
        && b.get(end) == Some(&b'=')
        && eight(end + 1)
        && b.get(end + 9) == Some(&b' ')
        && eight(end + 10)
}

/// `next_page_token`, `pageToken`, `NextToken`, `continuation_token`: a
/// token that names where a listing resumes. It is a cursor the server
/// hands out to anyone who may list (often base64 of a small JSON object),
/// not a credential; what grants access is sent beside it.
fn pagination_cursor(b: &[u8], start: usize, rule: Rule) -> bool {
    if rule != Rule::Generic(Kind::AccessToken) {
        return false;
    }
    // The identifier the word `token` ends, read back over its separators.
    let mut k = start;
    while k > 0 && start - k < 32 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_') {
        k -= 1;
    }
    if k == start {
        return false;
    }
    let before = b[k..start].to_ascii_lowercase();
    let before = before.strip_suffix(b"_").unwrap_or(&before);
    [
        &b"page"[..],
        b"next",
        b"nextpage",
        b"next_page",
        b"prev_page",
        b"previous_page",
        b"continuation",
        b"pagination",
        b"sync",
        b"cursor",
    ]
    .contains(&before)
}

/// The rules read from a device's or a tool's own syntax (`code`,
/// `at_command`, `hex_key`), kept out of `judge_rule` so that its hot
/// path stays as small as before they were added.
#[inline(never)]
fn device_rule(
    text: &str,
    b: &[u8],
    start: usize,
    end: usize,
    rule: Rule,
    memo: &mut QuoteMemo,
) -> Outcome {
    let found = |f: Option<Finding>| Outcome {
        scanned_to: f.map_or(end, |f| f.end),
        finding: f,
    };
    match rule {
        Rule::Const => found(crate::code::run_together_constant(text, b, end)),
        Rule::PasswdFile => found(crate::code::plain_passwd_file(text, b, end)),
        Rule::Connect => found(crate::code::connect_password(text, b, start, end)),
        Rule::ScaCall => found(crate::calls::confirmed_code(b, start, end)),
        Rule::Mnemonic => found(crate::wallet::mnemonic(b, end)),
        Rule::BatchFtp => found(crate::jcl::batch_ftp_password(b, start, end)),
        Rule::Wire => found(crate::wire::value(text, b, start, end)),
        // (The word `account` inside `accounts` was no key before either.)
        Rule::Accounts => found(crate::wallet::account_key(b, end)),
        Rule::AtCommand => crate::at_command::credential(b, start, end),
        Rule::HexKey(kind) => {
            let o = crate::hex_key::value(b, start, end, kind);
            // `APP_KEY=base64:…` (Laravel's): a name ending in "key"
            // without a key's hex is read as the word `key` would be
            // (`Rule::NameKey`).
            if o.finding.is_none()
                && end - start > 3
                && b[end - 3..end].eq_ignore_ascii_case(b"key")
            {
                return name_key(text, b, end - 3, end, memo);
            }
            o
        }
        _ => found(None),
    }
}

fn judge_rule(text: &str, start: usize, end: usize, rule: Rule, memo: &mut QuoteMemo) -> Outcome {
    let b = text.as_bytes();
    let none = Outcome {
        finding: None,
        scanned_to: start,
    };
    if rule == Rule::EncodedPair {
        // `ToBase64String`, `'base64'`, `| base64`: anywhere in a word.
        return encoded_pair(text, b, start);
    }
    if rule == Rule::DashP {
        return dash_p(text, b, start, memo);
    }
    if matches!(
        rule,
        Rule::Const
            | Rule::PasswdFile
            | Rule::Connect
            | Rule::AtCommand
            | Rule::HexKey(_)
            | Rule::ScaCall
            | Rule::Mnemonic
            | Rule::Accounts
            | Rule::BatchFtp
            | Rule::Wire
    ) {
        return device_rule(text, b, start, end, rule, memo);
    }
    if rule == Rule::TriedAgain {
        let f = crate::prose::tried_again(text, b, start, end)
            .and_then(|(s, e)| finding(Kind::Password, s, e, Confidence::Medium));
        return Outcome {
            scanned_to: f.map_or(start, |f| f.end),
            finding: f,
        };
    }
    if rule == Rule::CharArray {
        return Outcome {
            finding: crate::code::char_array_password(text, b, start),
            scanned_to: start,
        };
    }
    if rule == Rule::SecureString {
        return Outcome {
            finding: crate::code::secure_string_password(text, b, end),
            scanned_to: end,
        };
    }
    if rule == Rule::NetUse {
        return Outcome {
            finding: crate::code::net_use_password(text, b, end),
            scanned_to: end,
        };
    }
    if !keyword_boundary_before(b, start) && rule != Rule::CurlUser {
        return none;
    }
    // `password_db = …`, `otpValue: …`: a key with a suffix that names
    // where the value belongs, not what else it is.
    let mut end = end;
    if matches!(rule, Rule::Keyed(_) | Rule::Generic(_))
        && end < b.len()
        && (b[end] == b'_' || b[end].is_ascii_uppercase())
        && let Some(e) = key_suffix(b, start, end)
    {
        end = e;
    }
    if end < b.len() && b[end].is_ascii_alphanumeric() && rule != Rule::CurlUser {
        return none;
    }
    // "codice sblocco (quella che ha impostato Anna) è 5143": a remark
    // after the key, then the copula; the key is read as ending there.
    if matches!(
        rule,
        Rule::Keyed(_) | Rule::Generic(_) | Rule::Strong(_) | Rule::Code
    ) && matches!(b.get(end), Some(b' '))
        && let Some(e) = crate::aside::after_aside(b, end)
    {
        end = e;
    }
    if let Rule::Keyed(kind) | Rule::Generic(kind) | Rule::Strong(kind) = rule
        && let Some(v) = named_pair_value(b, start, end)
    {
        // (`keyed` reads the `value` field as if the key stood there; an
        // SSM parameter's name is a path, so this comes before paths.)
        let mut o = keyed(text, b, v, v + 5, kind, memo, true);
        o.scanned_to = o.scanned_to.max(end);
        if o.finding.is_some() {
            return o;
        }
    }
    // `/run/secrets/client_secret`: a file's name at the end of a path,
    // not a key (unless `=` or `:` gives it a value).
    if !matches!(b.get(end), Some(b'=' | b':')) {
        let mut k = start;
        while k > 0
            && start - k < 64
            && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'_' | b'-' | b'.'))
        {
            k -= 1;
        }
        if k > 0 && b[k - 1] == b'/' {
            return none;
        }
    }
    if inside_template(b, start, end) {
        return none;
    }
    // "the shared password manager ('Payments' folder)": the name of a
    // tool, not a key.
    if matches!(
        rule,
        Rule::Keyed(Kind::Password) | Rule::Strong(Kind::Password)
    ) && (matches!(b.get(end), Some(b' ' | b'-'))
        && [&b"manager"[..], b"vault"]
            .iter()
            .any(|w| starts_with_ci(b, end + 1, w))
        || managed_by_tool(b, start))
    {
        return none;
    }
    // `arn:aws:secretsmanager:…:secret:prod/db`, `urn:…:token:…`: a segment
    // of a colon-separated name, not a key.
    if start > 0 && b[start - 1] == b':' && b.get(end) == Some(&b':') {
        return none;
    }
    // `KEYS session:*`, `"session:5907a0fe"`: a namespaced name (a Redis
    // key, a cache key), the word glued to what follows its colon.
    if let Rule::Strong(kind) = rule
        && kind != Kind::Password
        && b.get(end) == Some(&b':')
        && b.get(end + 1)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'*')
        && b[start].is_ascii_lowercase()
        && (start == 0 || matches!(b[start - 1], b'"' | b'\'' | b' ' | b'\t' | b'\n'))
    {
        return none;
    }
    if session_label(b, start, end, rule)
        || pagination_cursor(b, start, rule)
        || resource_sid(b, start, end, rule)
        || openvpn_session_id(b, start, end, rule)
    {
        return none;
    }
    if rule == Rule::Keyed(Kind::BankAccount) && crate::refs::statement_word(b, start) {
        return none;
    }
    if rule == Rule::Keyed(Kind::Cvv)
        && b[start..end].eq_ignore_ascii_case(b"cid")
        && !crate::refs::card_near(b, start)
    {
        return none;
    }
    match rule {
        Rule::Keyed(Kind::Password) => passphrase(text, b, start, end, memo, 3),
        Rule::Keyed(kind) => keyed(text, b, start, end, kind, memo, false),
        Rule::Strong(kind) => {
            let mut o = keyed(text, b, start, end, kind, memo, true);
            // `"Account": "512719455904"` beside `arn:aws:iam::512719455904:…`:
            // a cloud account's id, twelve digits, not a bank account.
            if kind == Kind::UkBankAccount
                && o.finding.is_some_and(|f| {
                    let v = &b[f.start..f.end];
                    // Searched near the value only (bounded work per key).
                    let near = &b[f.start.saturating_sub(2048)..(f.end + 2048).min(b.len())];
                    v.len() == 12
                        && v.iter().all(u8::is_ascii_digit)
                        && memchr::memmem::find(near, b"arn:aws").is_some()
                })
            {
                o.finding = None;
            }
            o
        }
        Rule::Generic(kind) => {
            let mut o = keyed(text, b, start, end, kind, memo, false);
            if o.finding.is_some_and(|f| {
                (is_uuid(&b[f.start..f.end])
                    && !(kind == Kind::ClientSecret
                        && (crate::prose::uuid_stated(b, f.start)
                            || client_authenticated_by_secret(b, start))))
                    || (f.confidence == Confidence::Medium && object_id(&b[f.start..f.end]))
            }) {
                o.finding = None;
            }
            o
        }
        Rule::SortCode => sort_code(b, start, end),
        Rule::Code => one_time_code(text, b, start, end, memo),
        Rule::Cookie => match crate::erlang::distribution_cookie(b, start, end) {
            Some(f) => Outcome {
                finding: Some(f),
                scanned_to: f.end,
            },
            None => cookie(text, b, end),
        },
        Rule::DontShare => code_before(b, start, end),
        // `stats auth user:pass`: HAProxy's directive before the word.
        Rule::BasicValue if crate::haproxy::directive_before(b, start) => {
            crate::haproxy::stats_auth(b, end)
        }
        Rule::BasicValue => basic_value(text, b, start, end, memo),
        Rule::EncodedPair
        | Rule::DashP
        | Rule::CharArray
        | Rule::SecureString
        | Rule::NetUse
        | Rule::TriedAgain
        | Rule::AtCommand
        | Rule::Connect
        | Rule::ScaCall
        | Rule::Mnemonic
        | Rule::Accounts
        | Rule::BatchFtp
        | Rule::Wire
        | Rule::PasswdFile
        | Rule::Const
        | Rule::HexKey(_) => none,
        Rule::Passphrase => passphrase(text, b, start, end, memo, 2),
        Rule::Wifi => match crate::wifi::labelled(text, end, memo) {
            Some((s, e)) => Outcome {
                finding: finding(Kind::Password, s, e, Confidence::Medium),
                scanned_to: e,
            },
            None => Outcome {
                finding: None,
                scanned_to: end,
            },
        },
        Rule::Column | Rule::Near | Rule::Again | Rule::Listed | Rule::Printed => none,
        Rule::NameKey => name_key(text, b, start, end, memo),
        Rule::UserPass => {
            let o = user_pass(text, b, end);
            if o.finding.is_none()
                && let Some((s, e)) = crate::auth::format_noted_pair(text, b, end)
            {
                return Outcome {
                    finding: finding(Kind::ClientSecret, s, e, Confidence::High),
                    scanned_to: e,
                };
            }
            match o.finding {
                Some(_) => o,
                None => match crate::login_as::password_after(text, b, end) {
                    Some(f) => Outcome {
                        finding: Some(f),
                        scanned_to: f.end,
                    },
                    None => typed_before(text, b, start).unwrap_or(o),
                },
            }
        }
        Rule::Cab => cab_account(b, end),
        Rule::Call(kind) => {
            let o = call_args(text, b, start, end, kind, memo);
            // "Portal credentials: amministrazione / eCDJ…": the English
            // word heads a user/password pair as "credenziali" does.
            if o.finding.is_none() && b[start..end].eq_ignore_ascii_case(b"credentials") {
                let u = user_pass(text, b, end);
                if u.finding.is_some() {
                    return u;
                }
                if let Some((s, e)) = crate::auth::format_noted_pair(text, b, end) {
                    return Outcome {
                        finding: finding(Kind::ClientSecret, s, e, Confidence::High),
                        scanned_to: e,
                    };
                }
            }
            o
        }
        Rule::National => {
            // RIB, CCC, BBAN: the whole number (18+ characters); a bank and
            // branch code alone are public.
            let mut o = keyed(text, b, start, end, Kind::BankAccount, memo, false);
            if o.finding.is_some_and(|f| {
                b[f.start..f.end]
                    .iter()
                    .filter(|c| c.is_ascii_alphanumeric())
                    .count()
                    < 18
            }) {
                // What was read is no whole number, so the words after the
                // key are judged on their own (`RIB / compte : account no.
                // 27173634 (ABI …)`).
                o.finding = None;
                o.scanned_to = end;
            }
            o
        }
        Rule::Bearer => bearer(text, b, end, memo),
        Rule::Basic => match basic_args(text, b, start, end) {
            Some(f) => Outcome {
                scanned_to: f.end,
                finding: Some(f),
            },
            None => basic(text, b, end),
        },
        Rule::Authorization => authorization(text, b, start, end, memo),
        Rule::CurlUser => curl_user(text, b, start, end),
    }
}
#[cfg(test)]
mod tests {
    use crate::{Kind, found_as as found, scan};

    #[test]
    fn a_logged_field_naming_whose_is_no_token() {
        // A log line mentions a token, then names the client it refreshed.
        let t = "WARN TokenCache - token expired, renewing (client=7c0e2b91-44fa-4d1e-a2b3-5f6e7d8c9b0a)\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        let t = "token stale (user=Hx82mPq4Lz9Rw3Kt)\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        // The token itself after the same words is still one.
        let t = "token expired (Hx82mPq4Lz9Rw3KtVb7N)\n";
        assert_eq!(found(t, Kind::AccessToken), ["Hx82mPq4Lz9Rw3KtVb7N"]);
    }

    #[test]
    fn a_services_access_key_mixing_case_is_its_secret() {
        let t = "      GRIDCLOUD_ACCESS_KEY: pQmRtzXwYvLkNhBsDfAe\n";
        assert_eq!(found(t, Kind::VendorKey), ["pQmRtzXwYvLkNhBsDfAe"]);
        let t = "  'grid:options': { accessKey: '0c7d2e11-5a4b-4f3e-9d8c-7b6a5f4e3d2c' },\n";
        assert_eq!(
            found(t, Kind::VendorKey),
            ["0c7d2e11-5a4b-4f3e-9d8c-7b6a5f4e3d2c"]
        );
        // An access key id of capitals and digits is a public id.
        assert!(scan("STORE_ACCESS_KEY=Q3AM3UQ867SPQQA43P2F\n").is_empty());
        assert!(scan("accessKey: 'minioadmin'\n").is_empty());
    }

    #[test]
    fn a_record_key_on_a_cypress_run_line() {
        let t =
            "$ npx cypress run --record --key 9a1f0e3c-2b4d-4c6e-8f7a-1d2c3b4a5e6f --parallel\n";
        assert_eq!(
            found(t, Kind::VendorKey),
            ["9a1f0e3c-2b4d-4c6e-8f7a-1d2c3b4a5e6f"]
        );
        // Another tool's `--key` flag names a file or a field.
        assert!(scan("$ gpg --key 9a1f0e3c-2b4d-4c6e-8f7a-1d2c3b4a5e6f\n").is_empty());
        assert!(scan("$ npx cypress run --record --key $CYPRESS_RECORD_KEY\n").is_empty());
    }

    #[test]
    fn a_lone_string_in_a_parameters_array() {
        let t = "\"client_secret\": [\n  \"Vb3Nq8Lz2Kx7Wm4Rt9Pc6Hd1\"\n],\n";
        assert_eq!(found(t, Kind::ClientSecret), ["Vb3Nq8Lz2Kx7Wm4Rt9Pc6Hd1"]);
        // An array of scopes or of several values is no one secret.
        let t = "\"client_secret\": [\n  \"read\",\n  \"Vb3Nq8Lz2Kx7Wm4Rt9Pc6Hd1\"\n],\n";
        assert!(found(t, Kind::ClientSecret).is_empty());
    }

    #[test]
    fn a_property_supplied_by_a_lambda() {
        let t = "    r.add(\"billing.api-key\", () -> \"Tq8Vn3Lp7Zx2Rk9Wm4Hc6Jd1\");\n";
        assert_eq!(scan(t).len(), 1);
        assert!(t[scan(t)[0].start..scan(t)[0].end].eq("Tq8Vn3Lp7Zx2Rk9Wm4Hc6Jd1"));
        // A lambda reading a container's setting holds no literal.
        assert!(scan("    r.add(\"billing.api-key\", () -> mock.getKey());\n").is_empty());
    }

    #[test]
    fn a_postman_api_key_auth_entry() {
        let t = "\"apikey\": [\n  {\"key\": \"key\", \"value\": \"X-Api-Key\", \"type\": \"string\"},\n  {\"key\": \"value\", \"value\": \"Zr7Kq2Xm9Lp4Vn8Tc3Hb6Wd1\", \"type\": \"string\"}\n]\n";
        assert_eq!(found(t, Kind::AccessToken), ["Zr7Kq2Xm9Lp4Vn8Tc3Hb6Wd1"]);
        // Where the key is sent (`in`) is no secret.
        let t = "\"apikey\": [\n  {\"key\": \"key\", \"value\": \"X-Api-Key\"},\n  {\"key\": \"in\", \"value\": \"header\"}\n]\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
    }

    #[test]
    fn a_setter_handed_one_literal() {
        let t = "    db.setPassword(\"Brezza!41kq\");\n";
        assert_eq!(found(t, Kind::Password), ["Brezza!41kq"]);
        let t = "  .withPassword('mela-rossa-nove-12')\n";
        assert_eq!(found(t, Kind::Password), ["mela-rossa-nove-12"]);
        let t = "    password { \"Gz7!pLw2qa\" }\n";
        assert_eq!(found(t, Kind::Password), ["Gz7!pLw2qa"]);
        // A variable, an environment lookup or a getter holds no literal.
        assert!(scan("db.setPassword(dbPass);\n").is_empty());
        assert!(scan("db.withPassword(\"${DB_PASS}\");\n").is_empty());
        assert!(scan("String p = cfg.getPassword();\n").is_empty());
    }

    #[test]
    fn a_pairs_secret_keeps_its_closing_symbol() {
        assert_eq!(
            found("BASIC_AUTH=svc:Rondine77!\n", Kind::ClientSecret),
            ["svc:Rondine77!"]
        );
        // A sentence's mark after a pair that is no credential stays out.
        assert!(scan("basic_auth=enabled!\n").is_empty());
    }

    #[test]
    fn a_key_introduced_by_the_line_above() {
        let t = "Sorry for the delay. Here is the key:\nTq4Lm8Zx2Wc7Rv5Np1Yb6Hd3\nThanks";
        assert_eq!(found(t, Kind::AccessToken), ["Tq4Lm8Zx2Wc7Rv5Np1Yb6Hd3"]);
        // A public key, a heading over prose, hex below.
        assert!(scan("Our public key:\nTq4Lm8Zx2Wc7Rv5Np1Yb6Hd3\n").is_empty());
        assert!(scan("The key:\nrotate it every month\n").is_empty());
        assert!(scan("Key fingerprint key:\n9f86d081884c7d659a2feaa0c55ad015\n").is_empty());
    }

    #[test]
    fn cookies_listed_below_their_label() {
        let t = "copied from the browser (Storage > Cookies):\nfrontend=k3v9q2m8x7p4z1w6r5t0y8u2ab; path=/; HttpOnly\nthanks";
        assert_eq!(found(t, Kind::AccessToken), ["k3v9q2m8x7p4z1w6r5t0y8u2ab"]);
        let t = "Cookie: wordpress_logged_in_5d41402abc4b2a76b9719d911017c592=editor%7C1767225600%7CqW3eRt5yUi8oP0aSd2fGh4jKl6zXc9vBn1mQ%7Cf0e1d2c3b4a5968778695a4b3c2d1e0f; path=/";
        assert_eq!(scan(t).len(), 1);
        // A label with no cookie line below, or a line of settings.
        assert!(scan("Cookies:\nwe clear them every day; nothing stays").is_empty());
        assert!(scan("cookie settings:\nlang=it; theme=dark").is_empty());
    }

    #[test]
    fn a_php_serialized_option() {
        let t = r#"a:3:{s:7:"enabled";s:3:"yes";s:6:"secret";s:24:"Zt8qLm2VxR4nWp7KdY3bHc6J";s:4:"mode";s:4:"live";}"#;
        assert_eq!(found(t, Kind::ClientSecret), ["Zt8qLm2VxR4nWp7KdY3bHc6J"]);
        // Other members of the same option are no secret.
        assert_eq!(scan(t).len(), 1);
    }

    #[test]
    fn a_copula_typed_in_capitals() {
        let t = "SCUSATE MA LA PASS È Girasole77! O FORSE CON LA MAIUSCOLA";
        assert_eq!(found(t, Kind::Password), ["Girasole77!"]);
        // A capital È before a plain word gives no password.
        assert!(scan("LA PASS È SCADUTA, COME FACCIO?").is_empty());
    }

    #[test]
    fn a_card_token_is_no_credential() {
        // A format-preserving token in a card's column, a processor's
        // token in an object named `card`, a `pan_token` key.
        let t = "| id | pan_token | brand |\n|---|---|---|\n| 97cbe5aa | 8107473719914178 | VISA |";
        assert!(found(t, Kind::AccessToken).is_empty());
        let t = r#"payload = {"card": {"token": "vt_3S6HU2ZRQ1M4VDCN", "exp_month": 8}}"#;
        assert!(found(t, Kind::AccessToken).is_empty());
        let t = "card_token=tkn-f48094bc-80a0-4cd7-a7ae-33808aec5b70";
        assert!(found(t, Kind::AccessToken).is_empty());
        // A token under a key of its own, or in an object named otherwise.
        let t = r#"payload = {"auth": {"token": "vt_3S6HU2ZRQ1M4VDCN", "ttl": 8}}"#;
        assert_eq!(found(t, Kind::AccessToken), ["vt_3S6HU2ZRQ1M4VDCN"]);
        let t = "api_token=tkn-f48094bc-80a0-4cd7-a7ae-33808aec5b70";
        assert_eq!(
            found(t, Kind::AccessToken),
            ["tkn-f48094bc-80a0-4cd7-a7ae-33808aec5b70"]
        );
    }

    #[test]
    fn a_password_given_as_a_command_option() {
        let t =
            r#"odbc load, exec("SELECT 1") dsn("DWH") user(looker_svc) password(Corvo*9282) clear"#;
        assert_eq!(found(t, Kind::Password), ["Corvo*9282"]);
        // A variable handed to a function is no value.
        let t = "conn = connect(user(u), password(db_password))";
        assert!(found(t, Kind::Password).is_empty());
    }

    #[test]
    fn a_connection_address_is_no_password() {
        let t = "JDBC URL (SSO/IAM, no password): jdbc:postgresql://pg.internal:5432/analytics?user=DBT&password=&sslmode=verify-full";
        assert!(found(t, Kind::Password).is_empty());
        let t = "JDBC URL (no password): jdbc:snowflake://xy12345.snowflakecomputing.com/?db=REPORTING&authenticator=externalbrowser";
        assert!(found(t, Kind::Password).is_empty());
        // A password given after the same words still is one.
        let t = "DB password: Tr0mb@ne!2024";
        assert_eq!(found(t, Kind::Password), ["Tr0mb@ne!2024"]);
    }

    #[test]
    fn a_code_shown_masked_leaves_the_numbers_before_it() {
        let t = r#"{"to": "+1 (415) 422-8621", "body": "Your verification code is ******. Do not share it."}"#;
        assert!(found(t, Kind::Pin).is_empty());
        let t = "Your verification code is 482913. Do not share it.";
        assert_eq!(found(t, Kind::Pin), ["482913"]);
    }

    #[test]
    fn a_password_said_whose_login_then_given() {
        let t = "la pass del service user etl_loader è FiumeLento42! (non dirlo)";
        assert_eq!(found(t, Kind::Password), ["FiumeLento42!"]);
        let t = "the pass for user svc-etl01 is Harbor#Light77";
        assert_eq!(found(t, Kind::Password), ["Harbor#Light77"]);
        // Whose pass, then no value built like one.
        assert!(scan("la pass del service user etl_loader è scaduta").is_empty());
    }

    #[test]
    fn a_password_said_whose_then_given() {
        let t = "allora la pass del pannello esercente è Marepizza27$ 😅";
        assert_eq!(found(t, Kind::Password), ["Marepizza27$"]);
        let t = "tieni la pass dell'account sandbox è river-falcon-cloud-rocket";
        assert_eq!(found(t, Kind::Password), ["river-falcon-cloud-rocket"]);
        // Whose pass it is, then no value built like a password.
        assert!(scan("la pass del parcheggio è scaduta ieri").is_empty());
    }

    #[test]
    fn a_dashed_passphrase_right_after_its_key() {
        let t = "\"admin pw falcon-falcon-lemon-pepper\"";
        assert_eq!(found(t, Kind::Password), ["falcon-falcon-lemon-pepper"]);
        let t = "psw admin storm-falcon-coffee-blue";
        assert_eq!(found(t, Kind::Password), ["storm-falcon-coffee-blue"]);
        // Three words are a name in kebab case, not a passphrase.
        assert!(scan("pw reset-link-sent to the customer").is_empty());
    }

    #[test]
    fn a_code_said_to_expire_or_to_unlock() {
        let t = "mom the code is 069244 hurry it expires";
        assert_eq!(found(t, Kind::Pin), ["069244"]);
        let t = "per sbloccare lo sportello il codice è 6218 giusto?";
        assert_eq!(found(t, Kind::Pin), ["6218"]);
        let t = "the van padlock and the till use the same code: 2146";
        assert_eq!(found(t, Kind::Pin), ["2146"]);
        let t = "code ➡\u{fe0f} 40🔢48🔢57 ⬅\u{fe0f} be quick";
        assert_eq!(found(t, Kind::Pin), ["40🔢48🔢57"]);
        // A code with no such word is still no one-time code.
        assert!(scan("the code is 069244 in the catalogue").is_empty());
    }

    #[test]
    fn an_approval_code_shown_with_its_countdown() {
        let t = "the app showed 'Approval code: 418 302' with a timer at 00:51";
        assert_eq!(found(t, Kind::Pin), ["418 302"]);
        let t = "a video: 'Codice di autorizzazione: 418302', timer a 00:51";
        assert_eq!(found(t, Kind::Pin), ["418302"]);
        // On a receipt, with no countdown, another code.
        assert!(scan("POS receipt: approval code: 418302, amount 12.40").is_empty());
    }

    #[test]
    fn a_code_read_out_digit_by_digit() {
        let t = "over the phone they gave me the code: 5 1 9 0 7. Please hurry.";
        assert_eq!(found(t, Kind::Pin), ["5 1 9 0 7"]);
        let t = "the bank gave the code over the phone: 5 1 9 0 7. Thanks";
        assert_eq!(found(t, Kind::Pin), ["5 1 9 0 7"]);
        // Single digits listed without a one-time code's cue.
        assert!(scan("error code: 5 1 9 0 7 in the table").is_empty());
    }

    #[test]
    fn a_code_kept_for_a_safe_or_an_alarm() {
        assert_eq!(found("back office safe → code 40917", Kind::Pin), ["40917"]);
        assert_eq!(
            found("allarme magazzino, codice: 662190", Kind::Pin),
            ["662190"]
        );
        // A code that names something else near the same words.
        assert!(scan("the alarm fired with error code 40917").is_empty());
    }

    #[test]
    fn a_german_transaction_number() {
        assert_eq!(
            found("Bitte TAN-Nummer 551204 eingeben", Kind::Pin),
            ["551204"]
        );
    }

    #[test]
    fn an_account_after_abi_and_cab_named_in_english_or_on_the_next_line() {
        assert_eq!(
            found(
                "ABI 05696, CAB 11200, account CC0071234455",
                Kind::BankAccount
            ),
            ["CC0071234455"]
        );
        assert_eq!(
            crate::found("ABI: 05696\nCAB: 11200\nAccount no.: CC0071234455\n"),
            ["CC0071234455"]
        );
        // ABI and CAB alone, then something else on the next line.
        assert!(scan("ABI: 05696\nCAB: 11200\nBranch: Via Roma 12, Milano\n").is_empty());
    }

    #[test]
    fn a_uuid_secret_of_a_client_that_says_it_uses_one() {
        let t = "{\"clientId\": \"web\", \"clientAuthenticatorType\": \"client-secret\", \"secret\": \"0c6f7a52-9d1e-4b3a-8f20-5e7d9c1b2a43\"}";
        assert_eq!(crate::found(t), ["0c6f7a52-9d1e-4b3a-8f20-5e7d9c1b2a43"]);
        // Without the client saying so, a UUID under `secret` is an id.
        let t = "{\"clientId\": \"web\", \"secret\": \"0c6f7a52-9d1e-4b3a-8f20-5e7d9c1b2a43\"}";
        assert!(crate::found(t).is_empty());
    }

    #[test]
    fn a_prompt_for_an_accounts_password_and_what_was_typed() {
        let t = "kadmin\nPassword for svc_web@EXAMPLE.ORG: tramonto-biscotto-falco-17\nwkt web.keytab\n";
        assert_eq!(crate::found(t), ["tramonto-biscotto-falco-17"]);
        // A prompt in prose is none, nor a prompt with nothing typed.
        assert!(
            crate::found("It asks Password for svc_web@EXAMPLE.ORG: and then hangs\n").is_empty()
        );
        assert!(
            crate::found("Password for svc_web@EXAMPLE.ORG: \nkinit: Preauthentication failed\n")
                .is_empty()
        );
    }

    #[test]
    fn an_ldap_clients_dash_w_is_the_bind_password() {
        let t = "ldapsearch -x -H ldaps://dc.example.org -D \"cn=reader,dc=example,dc=org\" -w 'Kx7#pQ2m!v' -b dc=example,dc=org\n";
        assert_eq!(crate::found(t), ["Kx7#pQ2m!v"]);
        // Elsewhere `-w` is a width or a format.
        assert!(crate::found("curl -s -w '%{http_code}' https://example.org\n").is_empty());
        assert!(crate::found("grep -w Token2024x app.log\n").is_empty());
    }

    #[test]
    fn a_dash_p_after_a_dash_u_user_is_the_password() {
        let t = "mqadmin -u deploy -p Ginestra_77 list queues\n";
        assert_eq!(found(t, Kind::Password), ["Ginestra_77"]);
        // Ports and published ports are digits; mysql's spaced `-p` names
        // a database after prompting.
        assert!(scan("docker run -u 1000 -p 8080:80 nginx\n").is_empty());
        assert!(scan("svc -u deploy -p 5672\n").is_empty());
        assert!(scan("mysql -u root -p shopdb\n").is_empty());
    }

    #[test]
    fn a_bare_pass_after_a_users_name_takes_letters_and_digits() {
        let t = "the box is up: user deploy pass lantern.grove5512 then sudo\n";
        assert_eq!(found(t, Kind::Password), ["lantern.grove5512"]);
        assert!(scan("this user will pass validation2 soon\n").is_empty());
    }

    #[test]
    fn a_session_id_on_a_status_line_names_the_session() {
        let t = "worker: OK  jobs: 12  session_id=3c1f9a2e-7b4d-4e8a-9c0b-5d6e7f8a9b0c\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        // A session's value that is no UUID is still read.
        let t = "worker: OK  session_id=q8Zr2Lx9Vk4Wp8Tn3Hc6Jb5Xm\n";
        assert!(!scan(t).is_empty());
    }

    #[test]
    fn digits_running_into_a_mask_are_no_code() {
        let t = "the OTP code never arrives for card 552100******8841\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        assert_eq!(found("the OTP code is 552100\n", Kind::Pin), ["552100"]);
    }

    #[test]
    fn an_issue_trackers_key_is_an_id() {
        let t = "follow-up: secret rotation drill planned (SEC-4410)\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        assert!(super::is_id(b"SEC-4410") && !super::is_id(b"Sec-4410x"));
    }

    #[test]
    fn a_key_set_from_nothing_takes_the_value_after_the_arrow() {
        let t = "  smtp.password: \"\"  ->  \"Quercia+71x\"\n";
        assert_eq!(found(t, Kind::Password), ["Quercia+71x"]);
        // A flag's change from nothing holds no secret.
        assert!(scan("  token: none -> required\n").is_empty());
    }

    #[test]
    fn a_uuid_under_a_setting_named_a_key() {
        let k = "7d0e4c21-9a3b-4f5e-8c6d-1b2a3c4d5e6f";
        assert_eq!(found(&format!("PAGER_KEY={k}\n"), Kind::VendorKey), [k]);
        assert_eq!(
            found(&format!("PAGER_KEY_FOR_CRON={k}\n"), Kind::VendorKey),
            [k]
        );
        // A name that says it holds an id, or a public key's, keeps it an id.
        assert!(scan(&format!("PAGER_KEY_ID={k}\n")).is_empty());
        assert!(scan(&format!("IDEMPOTENCY_KEY={k}\n")).is_empty());
        assert!(scan(&format!("pager_key={k}\n")).is_empty());
    }

    #[test]
    fn an_account_closing_a_csv_field_before_an_amount() {
        let t =
            "ref,name,account,amount\nr1,Ada Srl,ABI 03069 CAB 11884 conto 100000123456,1520.40\n";
        assert_eq!(found(t, Kind::BankAccount), ["100000123456"]);
        // A decimal comma still makes the number an amount.
        assert!(scan("saldo conto 1234567,89 euro\n").is_empty());
    }

    #[test]
    fn a_pass_qualified_by_what_it_opens_then_its_colon() {
        let t = "3/4 - nuovo pass posta: Gelso.Viola42 (deciso da Ada)\n";
        assert_eq!(found(t, Kind::Password), ["Gelso.Viola42"]);
        assert!(scan("pass rate: 95% this week\n").is_empty());
    }

    #[test]
    fn a_french_password_setting_name() {
        let t = "[smtp]\nmot_de_passe = Brezza%Lune42 ; du fichier\n";
        assert_eq!(found(t, Kind::Password), ["Brezza%Lune42"]);
    }

    #[test]
    fn two_dotted_words_closing_with_a_number_under_a_password_key() {
        assert_eq!(
            found("password: heron.dusk4471\n", Kind::Password),
            ["heron.dusk4471"]
        );
        // Its closing word capitalised, the same.
        assert_eq!(
            found("password: heron.Dusk4471\n", Kind::Password),
            ["heron.Dusk4471"]
        );
        // A field read off an object stays a reference.
        assert!(scan("password: config.dbPassword\n").is_empty());
        assert!(scan("password: settings.Password12\n").is_empty());
        assert!(scan("password = creds.secret\n").is_empty());
    }

    #[test]
    fn a_remark_then_an_arrow_before_the_value() {
        assert_eq!(
            found("alarm PIN (changed on Monday) -> 58213\n", Kind::Pin),
            ["58213"]
        );
        // A signature's return type is no value.
        let t = "def valid(pin: str) -> bool:\n    return len(pin) == 5\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
    }

    #[test]
    fn a_locks_combination_is_a_pin() {
        assert_eq!(
            found("storeroom padlock, combination: 3917\n", Kind::Pin),
            ["3917"]
        );
        let t = "use a combination of 12 letters and digits\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
    }

    #[test]
    fn a_snake_name_qualified_after_its_noun() {
        let t = "token_di_servizio = \"Wq3Lr8Zt1Xv6Kp2Nc9Bm4Hj7\"\n";
        assert_eq!(crate::found(t), ["Wq3Lr8Zt1Xv6Kp2Nc9Bm4Hj7"]);
        let t = "token_di_servizio = os.environ[\"SERVICE_TOKEN\"]\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
    }

    #[test]
    fn a_visual_basic_constant_with_its_type() {
        let t = "Private Const WEBHOOK_SECRET As String = \"Zq7Lm2Xv9Rt4Kp8Wc3Nb6Hj\"\n";
        assert_eq!(crate::found(t), ["Zq7Lm2Xv9Rt4Kp8Wc3Nb6Hj"]);
        // A type read from elsewhere holds no value.
        let t = "Dim token As String = GetSetting(\"app\", \"api\", \"token\")\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
    }

    #[test]
    fn a_vendors_own_shape_under_any_name_ending_in_key() {
        let k = "0a1b2c3d4e5f60718293a4b5c6d7e8f9-us21";
        assert_eq!(found(&format!("MAILER_KEY={k}\n"), Kind::VendorKey), [k]);
        // Hex alone under such a name is no vendor's shape.
        assert!(scan("CACHE_KEY=0a1b2c3d4e5f60718293a4b5c6d7e8f9\n").is_empty());
    }

    #[test]
    fn a_spoken_pause_does_not_end_the_sentence() {
        let t = "the login is mario and the password... wait, I look it up... here: Tulip-48river then enter";
        assert_eq!(found(t, Kind::Password), ["Tulip-48river"]);
        // Past a pause only a word after a colon is handed over.
        assert!(scan("I reset the password... then Office365-Admin locked me out").is_empty());
    }

    #[test]
    fn a_column_gap_parts_a_code_from_the_next_cell() {
        let t = "Authenticator\nOne-time code\n482 913   21s\n";
        assert_eq!(found(t, Kind::Pin), ["482 913"]);
        // Digits glued to letters with no gap are no code.
        assert!(scan("One-time code\n482 91321s\n").is_empty());
    }

    #[test]
    fn conto_corrente_abbreviated_after_its_branch() {
        assert_eq!(
            found(
                "coordinate: abi 03069 cab 11884 cc 100000061234",
                Kind::BankAccount
            ),
            ["100000061234"]
        );
        // A carbon copy's "cc" after other numbers leads to no account.
        assert!(scan("ticket 12345, cc mario@example.com").is_empty());
    }

    #[test]
    fn bank_details_name_an_account() {
        assert_eq!(
            found(
                "payee_bank_details: 43060967 1122334455\n",
                Kind::BankAccount
            ),
            ["43060967 1122334455"]
        );
        assert_eq!(
            found(
                "le coordinate bancarie: 43060967 1122334455.",
                Kind::BankAccount
            ),
            ["43060967 1122334455"]
        );
        // Asking for them names no value.
        assert!(scan("Please update your bank details in the portal by 2026.").is_empty());
    }

    #[test]
    fn a_code_field_of_a_hash_kept_for_one_time_codes() {
        let t = "127.0.0.1:6379> HGETALL otp:9f3a21\n1) \"code\"\n2) \"604117\"\n3) \"tries\"\n4) \"1\"\n";
        assert_eq!(found(t, Kind::Pin), ["604117"]);
        // A hash of error codes holds no one-time code.
        let t = "127.0.0.1:6379> HGETALL errors:9f3a21\n1) \"code\"\n2) \"404117\"\n";
        assert!(found(t, Kind::Pin).is_empty());
    }

    #[test]
    fn a_code_sent_to_a_phone_is_a_one_time_code() {
        let t = "SMS code for the test phone: the simulator takes 318204";
        assert_eq!(found(t, Kind::Pin), ["318204"]);
        // A phone's own code (its unlock or its number) is another code.
        assert!(found("phone code 318204", Kind::Pin).is_empty());
    }

    #[test]
    fn a_number_counted_in_a_unit_is_no_code() {
        // A lifetime in seconds beside a code's cue is a quantity.
        assert!(scan("Keep it out of the code: the session token lasts 7200 seconds.").is_empty());
        // A code handed over near the same cue is still one.
        assert_eq!(
            found(
                "Keep it out of the code. The token the app showed is 583920.",
                Kind::Pin
            ),
            ["583920"]
        );
    }

    #[test]
    fn a_long_run_after_an_object_word_is_a_token() {
        let t = "\"access_token\": \"prod_Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc4\"";
        assert_eq!(
            found(t, Kind::AccessToken),
            ["prod_Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc4"]
        );
        // A product's id, short after its prefix, is an id.
        assert!(scan("\"access_token\": \"prod_Qw3Er5Ty7Ui9Op\"").is_empty());
    }

    #[test]
    fn a_model_apis_object_ids_are_ids() {
        let t = "The refresh token expired again. Log of the call:\nchatcmpl-Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk (proj_Zx8Cv6Bn4Mq2Wl9Ek7Rj5Th3)";
        assert!(scan(t).is_empty());
        // A token with no object's prefix is still the value.
        let t = "The refresh token expired again. The new one:\nQw3Er5Ty7Ui9Op1As3Df5Gh7Jk";
        assert_eq!(found(t, Kind::RefreshToken), ["Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk"]);
    }

    #[test]
    fn a_csv_header_after_a_password_column_is_no_value() {
        assert!(scan("Site,Login,Password,Owner,Updated\n").is_empty());
        assert_eq!(
            found(
                "Site,Login,Password,Owner\nshop,anna,Gr4pe!vine9,Anna\n",
                Kind::Password
            ),
            ["Gr4pe!vine9"]
        );
    }

    #[test]
    fn a_session_uuid_in_a_query_names_the_session() {
        let t = "il QR apre https://park.example/z/3?meter=PM-71&session=4b2d8c1e-7f3a-4e5b-9c6d-1a2b3c4d5e6f\n";
        assert!(scan(t).is_empty());
        // A random session a URL carries is its credential.
        let t = "https://app.example/cb?session=9ceb2b243f22743368b74e143071e4a14432d370\n";
        assert_eq!(
            found(t, Kind::AccessToken),
            ["9ceb2b243f22743368b74e143071e4a14432d370"]
        );
    }

    #[test]
    fn a_session_uuid_on_a_logfmt_line_names_the_session() {
        let t = "level=info msg=connected session=4b2d8c1e-7f3a-4e5b-9c6d-1a2b3c4d5e6f\n";
        assert!(scan(t).is_empty());
        // A cookie's session is its credential.
        let t = "Cookie: theme=dark; session=4b2d8c1e-7f3a-4e5b-9c6d-1a2b3c4d5e6f\n";
        assert!(!scan(t).is_empty());
    }

    #[test]
    fn makes_conditional_assignment() {
        let t = "API_SECRET ?= 3f9a0c7e21b84d6f95e0a1c3b7d2e8f4a6c1b9d0e3f7a2c5\n";
        assert_eq!(
            found(t, Kind::ClientSecret),
            ["3f9a0c7e21b84d6f95e0a1c3b7d2e8f4a6c1b9d0e3f7a2c5"]
        );
        // A default that reads the environment holds no value.
        assert!(scan("API_SECRET ?= $(shell cat /run/secrets/api)\n").is_empty());
    }

    #[test]
    fn a_column_of_psqls_expanded_display() {
        let t = "-[ RECORD 1 ]-+-------\nid            | 7\nsms_pin       | 482913\ncreated_at    | 2026-03-01\n";
        assert_eq!(found(t, Kind::Pin), ["482913"]);
        // A column that names no secret keeps its value.
        let t = "-[ RECORD 1 ]-+-------\nretry_count   | 482913\n";
        assert!(scan(t).is_empty());
    }

    #[test]
    fn a_session_cookies_row_in_a_cookie_table() {
        let t = "Name\tValue\tDomain\tPath\nsid\tq0v7mz3kx9wl2rn8tb4yd6hc1p\tapp.example.org\t/\nlocale\tde-DE\tapp.example.org\t/\n";
        assert_eq!(found(t, Kind::AccessToken), ["q0v7mz3kx9wl2rn8tb4yd6hc1p"]);
        // A logged-out session, and the session's tab in a sentence.
        let t = "Name\tValue\tDomain\nsession\tdeleted\tapp.example.org\n";
        assert!(scan(t).is_empty());
        let t = "session\tclosed by the server after 2026-01-01T10:00:00Z\n";
        assert!(scan(t).is_empty());
    }

    #[test]
    fn an_account_written_with_its_bank_codes_is_read_whole() {
        assert_eq!(
            found("PAYEE_ACCOUNT=10020030/0012345678", Kind::BankAccount),
            ["10020030/0012345678"]
        );
        assert_eq!(
            found("account: 06230 12400 000047112233", Kind::BankAccount),
            ["06230 12400 000047112233"]
        );
        assert_eq!(
            found(
                "\"account_no\": \"00491234509876543210\"",
                Kind::BankAccount
            ),
            ["00491234509876543210"]
        );
        // A short account and a count after it stay apart.
        assert_eq!(
            found("account: 40308812 2 payments pending", Kind::UkBankAccount),
            ["40308812"]
        );
    }

    #[test]
    fn a_placeholder_in_angle_brackets_is_not_markup_before_the_value() {
        // The command after the placeholder is not the password.
        assert!(found("DB_PASSWORD=<pass> mysqldump -u app shop", Kind::Password).is_empty());
        assert!(
            found(
                "mvn deploy -Dsecret.password=<password> -Dtoken=######## -X",
                Kind::Password
            )
            .is_empty()
        );
        // Markup around the value is still crossed.
        assert_eq!(
            found("Password: <code>Gx7!wq_Lamp2</code>", Kind::Password),
            ["Gx7!wq_Lamp2"]
        );
        assert_eq!(
            found("Password:<br>Tulipano#884", Kind::Password),
            ["Tulipano#884"]
        );
    }

    #[test]
    fn a_remark_in_parentheses_between_key_and_colon() {
        assert_eq!(
            found(
                "Kennwort (wie es unser Admin nennt): Vq3mTz8LpR",
                Kind::Password
            ),
            ["Vq3mTz8LpR"]
        );
        assert_eq!(
            found("Password (prod): 7HwkQe2Rtn", Kind::Password),
            ["7HwkQe2Rtn"]
        );
        // A line ending in `):` introduces what is below, not the remark.
        assert!(scan("Password (see the policy page): required").is_empty());
    }

    #[test]
    fn a_full_stop_ending_a_column_is_the_values() {
        let t = "Key         Value\n---         -----\npassword    Quercia1987.\nusername    ops\n";
        assert_eq!(found(t, Kind::Password), ["Quercia1987."]);
        // In a sentence, the full stop is the sentence's.
        assert_eq!(
            found("my password Quercia1987. Thanks", Kind::Password),
            ["Quercia1987"]
        );
    }

    #[test]
    fn an_example_in_parentheses_is_not_the_keys_value() {
        let t = "API key rotated\nImpact: 31 orders failed (e.g. ORD-Hq7Zt2xWm9Lk4Rp8Yc3N, ORD-Bv5Qw1Zt8Lp3Xc7Mn2Rd).";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        // The key's value on the next line is still read.
        assert_eq!(
            found(
                "API key rotated, the new one:\nHq7Zt2xWm9Lk4Rp8Yc3NvB",
                Kind::VendorKey
            ),
            ["Hq7Zt2xWm9Lk4Rp8Yc3NvB"]
        );
    }

    #[test]
    fn a_number_labelled_in_the_sentence_after_the_codes() {
        // The app asks for the code; the report goes on to its version.
        assert!(
            scan("Our app asks for the SMS code later. Release 4471, tablet model x.").is_empty()
        );
        assert!(scan("Il codice arriva via SMS. Stanza 2093 al secondo piano.").is_empty());
        // The code itself, after a colon or on its own, is still one.
        assert_eq!(found("SMS received. Code: 582914", Kind::Pin), ["582914"]);
        assert_eq!(found("the SMS code is 582914", Kind::Pin), ["582914"]);
    }

    #[test]
    fn strong_customer_authentication_names_the_authorisation() {
        assert_eq!(found("SCA authorisation code: 7315", Kind::Pin), ["7315"]);
        assert_eq!(
            found("il codice di autorizzazione SCA è 604219", Kind::Pin),
            ["604219"]
        );
        // A card issuer's approval code stays another code.
        assert!(scan("Codice autorizzazione: 604219").is_empty());
        assert!(scan("authorization code 604219 for the SCA exemption").is_empty());
    }

    #[test]
    fn an_arrow_or_a_demonstrative_points_at_the_value() {
        let hex = "9c1e7a04d2b85f3e6a0c9d17b4e2f8a35c6d0e91";
        assert_eq!(
            found(
                &format!("Token pulled from the dev tools -> {hex}"),
                Kind::AccessToken
            ),
            [hex]
        );
        assert_eq!(
            found(
                &format!("il token che mi dà l'app è questo {hex}"),
                Kind::AccessToken
            ),
            [hex]
        );
        // An arrow between words, a demonstrative before a word.
        assert!(scan("token refresh -> retry -> fail, every time").is_empty());
        assert!(scan("il token che uso è questo qui, quello vecchio").is_empty());
    }

    #[test]
    fn an_id_named_in_its_own_clause() {
        // A value a sentence after a key, named an id in its own clause.
        let t = "The token refresh fails again.\nThe trace id the page showed me is TRC-Wq8x2Lmz9Rk4Tp7Yb3Nc.";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        // Named a secret as well as an id: the secret's.
        let t = "Hi,\nthe secret from the portal (not the app id) is Wq8x2Lmz9Rk4Tp7Yb3NcVd6";
        assert_eq!(found(t, Kind::ClientSecret), ["Wq8x2Lmz9Rk4Tp7Yb3NcVd6"]);
    }

    #[test]
    fn a_second_sort_code_is_no_account() {
        assert!(scan("Sort code: 20-45-77, the other branch has sort code 40-11-62.").is_empty());
        assert!(
            !found(
                "Sort code: 20-45-77, account 3372 8112",
                Kind::UkBankAccount
            )
            .is_empty()
        );
    }

    #[test]
    fn an_amount_after_a_currency_sign_is_read_whole() {
        assert!(scan("they asked for my card PIN to release £31,208.75.").is_empty());
        assert_eq!(
            found(
                "SMS: code to approve your payment of €2,140.90 at GROCER LTD: 58302917",
                Kind::Pin
            ),
            ["58302917"]
        );
    }

    #[test]
    fn past_a_masked_account_a_label_opens_another_field() {
        assert!(scan("Conto addebitato: conto n. …742   Operazione: 51730926604").is_empty());
        assert_eq!(
            found(
                "Conto n. 000041750923, ABI 03069 CAB 66172",
                Kind::BankAccount
            ),
            ["000041750923"]
        );
    }

    #[test]
    fn a_literal_that_reads_the_environment_names_no_value() {
        let t = "VALUES (7, 'os.environ.API_TOKEN', 'ORD-7QK2M9ZX4T')";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        let t = r#"cookies.set("app.session_token", "Qm7xT2vLk9RpZ4wN8cY1bF3h")"#;
        assert!(!scan(t).is_empty());
    }

    #[test]
    fn a_terminal_id_after_pos() {
        assert!(
            scan("Inserire un PIN errato 3 volte sul POS 40718852, poi aprire l'app").is_empty()
        );
        assert_eq!(
            found("il PIN del POS (40718) non passa", Kind::Pin),
            ["40718"]
        );
    }

    #[test]
    fn a_phone_number_above_an_sms_is_no_code() {
        let t =
            "Messaggi\n+39 051 730926\nIl tuo codice è nel messaggio. Non condividerlo con nessuno";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        let t = "Messaggi\n+39 051 730926\nCodice 730926. Non condividerlo con nessuno";
        assert!(!found(t, Kind::Pin).is_empty());
    }

    #[test]
    fn a_code_to_approve_a_payment() {
        assert_eq!(
            found(
                "Use code 583021 to approve the transfer to J. ROSSI.",
                Kind::Pin
            ),
            ["583021"]
        );
        // The card issuer's approval code, by its noun.
        assert!(scan("Authorisation code 583021 for the refund of 12.00 EUR").is_empty());
    }

    #[test]
    fn a_cookie_named_in_a_sentence() {
        let hex = "5b0e3c9a71d24f86e0b1c7a93d5f2e48a6c1b07d";
        assert_eq!(
            found(
                &format!("the session cookie shop_sess is {hex}"),
                Kind::AccessToken
            ),
            [hex]
        );
        assert_eq!(
            found(
                &format!("il cookie di sessione app.sid vale {hex}"),
                Kind::AccessToken
            ),
            [hex]
        );
        assert!(scan("the session cookie shop_sess is missing after the redirect").is_empty());
        assert!(scan("cookie consent_v2 is 2026-03-01T10:00:00Z").is_empty());
    }

    #[test]
    fn a_placeholder_in_angle_brackets_is_no_tag() {
        assert!(scan("the template reads 'Token: <tuo-token-qui>', should I edit it?").is_empty());
        assert!(scan("sul modulo: \"Password: <NEW_PASSWORD>\" e poi niente").is_empty());
        // Markup's inline tags around a value are still read through.
        assert_eq!(
            found("Password: <b>Grano!Duro58</b> da cambiare", Kind::Password),
            ["Grano!Duro58"]
        );
    }

    #[test]
    fn a_qualifier_shortened_with_its_dot() {
        assert_eq!(
            found(
                "reset done, pw temp. marmotta_2291 given by phone",
                Kind::Password
            ),
            ["marmotta_2291"]
        );
        assert_eq!(
            found(
                "reset fatto, psw temp. Orologio_72 data a voce",
                Kind::Password
            ),
            ["Orologio_72"]
        );
        // A sentence that ends does not hand its key to the next one.
        assert!(
            found(
                "password reset to the temp. Call Maria2024 tomorrow",
                Kind::Password
            )
            .is_empty()
        );
    }

    #[test]
    fn a_key_under_the_label_key_alone() {
        let t = "Webservice\nKey: Q7ZP2M9KXW4RT8VBN3YLC6HD5JGF0SA1\nDescription: app";
        assert_eq!(
            found(t, Kind::AccessToken),
            ["Q7ZP2M9KXW4RT8VBN3YLC6HD5JGF0SA1"]
        );
        // A fingerprint in hex, a word, a short id.
        assert!(scan("Key: 3AA5C34371567BD2AB7DE1A0F2B6F7C9D1E4A3B5").is_empty());
        assert!(scan("Key: ReadOnlyAccessForTheWarehouseTeam").is_empty());
        assert!(scan("Key: AB12CD34").is_empty());
    }

    #[test]
    fn a_password_changed_into_a_new_one() {
        assert_eq!(
            found(
                "ho cambiato la password in pietra-fiume-cortile42 stamattina",
                Kind::Password
            ),
            ["pietra-fiume-cortile42"]
        );
        assert!(scan("la password in allegato non si apre").is_empty());
        assert!(scan("ho messo la password in Windows10 e non entra").is_empty());
        assert!(scan("ho cambiato la password in quella nuova").is_empty());
    }

    #[test]
    fn mosquittos_clients_take_the_password_after_capital_p() {
        let t = "mosquitto_sub -h iot.example.it -p 8883 --cafile ca.crt -u admin -P 'Lupo2170$RSA' -t 'vend/#' -v\n";
        assert_eq!(found(t, Kind::Password), ["Lupo2170$RSA"]);
        assert!(scan("mosquitto_pub -h 10.0.0.5 -p 8883 -u ops -t x -m hello\n").is_empty());
        assert!(scan("mosquitto_sub -h b -p 8883 -u ops -P \"$MQTT_PASS\" -t x\n").is_empty());
    }

    #[test]
    fn a_key_labelled_by_its_environment() {
        let t = "sprint 28\nsandbox key: w3KPF1cd.yY2dRGrxGpybneFtwWmJAQOtcFZfv8bKy\n";
        assert_eq!(
            found(t, Kind::AccessToken),
            ["w3KPF1cd.yY2dRGrxGpybneFtwWmJAQOtcFZfv8bKy"]
        );
        assert!(scan("sandbox key: see the vault entry payments/sandbox\n").is_empty());
        assert!(scan("test key: 3f9c0a7e5b1d4c8a2e6f0b9d7c5a3e1f\n").is_empty());
    }

    #[test]
    fn a_session_cookie_named_in_words() {
        let t =
            "- mobile app — session cookie: RsMQuPJwJhy3oEq6Hi1YbnXQ8YDM2UvoAp65V-uQmzR1GPjWGIBl\n";
        assert_eq!(
            found(t, Kind::AccessToken),
            ["RsMQuPJwJhy3oEq6Hi1YbnXQ8YDM2UvoAp65V-uQmzR1GPjWGIBl"]
        );
        let t =
            "Il cookie di sessione sportello_sid vale 1927ec9d3db14f1049afca39a45d9b94aa94cc5a\n";
        assert_eq!(
            found(t, Kind::AccessToken),
            ["1927ec9d3db14f1049afca39a45d9b94aa94cc5a"]
        );
        assert!(scan("the session cookie expires after 30 minutes").is_empty());
        assert!(scan("Session cookie: none set").is_empty());
    }

    #[test]
    fn a_copula_contracted_onto_the_key() {
        let t = "new secret's sec_sO2Fzm9PqJf7ToYPNyxK8tY0sCuk1kroehqi, client id unchanged.";
        assert_eq!(
            found(t, Kind::ClientSecret),
            ["sec_sO2Fzm9PqJf7ToYPNyxK8tY0sCuk1kroehqi"]
        );
        assert!(scan("the token's expiry is 3600 seconds").is_empty());
        assert!(scan("the password's length must be 12").is_empty());
    }

    #[test]
    fn a_lockers_pickup_code() {
        assert_eq!(
            found(
                "The locker sent me pickup code 770311 but the door won't open",
                Kind::Pin
            ),
            ["770311"]
        );
        assert_eq!(
            found(
                "Il locker mi ha mandato il codice di ritiro 75893 ma non apre",
                Kind::Pin
            ),
            ["75893"]
        );
        assert!(scan("locker L-12 error code 4012 on the pickup screen").is_empty());
    }

    #[test]
    fn a_macro_defined_as_a_literal() {
        let t = "#define WIFI_SSID \"KIOSK-7\"\n#define WIFI_PASSWORD \"Tq7!mLw2\"\n#define MQTT_PASS \"=Vx9#kR2p\"\n";
        assert_eq!(found(t, Kind::Password), ["Tq7!mLw2", "=Vx9#kR2p"]);
        // Defined as another macro, empty, a placeholder, a pin number.
        assert!(scan("#define MQTT_PASS CONFIG_MQTT_PASSWORD  // menuconfig\n").is_empty());
        assert!(scan("#define WIFI_PASSWORD \"\"  // set at the factory\n").is_empty());
        assert!(scan("#define SECRET_PASS \"YOUR_WIFI_PASSWORD\"\n").is_empty());
        assert!(scan("#define LED_PIN 13\n#define MQTT_USER \"dev2009\"\n").is_empty());
        let t = "C:\\Users\\admin>setx ADMIN_PASSWORD \"panettone.girasole.balena\"\n";
        assert_eq!(found(t, Kind::Password), ["panettone.girasole.balena"]);
        assert!(scan("C:\\Users\\admin>setx ADMIN_PASSWORD %NEW_PW%\n").is_empty());
    }

    #[test]
    fn a_payment_attempts_token_is_its_id() {
        for t in [
            "{\"paymentToken\": \"4e9c889a158ce5b035bb0f64f8e864aa\"}",
            "payment_token=0f6b2c1e-8d3a-4b7e-9c21-5e4f3a2b1c0d\n",
        ] {
            assert!(scan(t).is_empty(), "{t}");
        }
        // A token of another name, or a payment token that is no id.
        assert!(!scan("{\"accessToken\": \"4e9c889a158ce5b035bb0f64f8e864aa\"}").is_empty());
    }

    #[test]
    fn an_authorization_code_exchanged_for_tokens() {
        let c = "9a1f3c5e7b2d4f6a8c0e1b3d5f7a9c2e";
        let t = format!(
            "POST /token\nclient_id=abc&grant_type=authorization_code&redirect_uri=https%3A%2F%2Fx%2Fcb&code={c}\n"
        );
        assert!(crate::has(&t, c), "{t}");
        // A `code` parameter of another request is no such code.
        assert!(scan(&format!("GET /orders?status=open&code={c}\n")).is_empty());
    }

    #[test]
    fn a_pass_under_its_user_in_a_quoted_reply() {
        let t = "> URL: https://portal.example/login\n> User: m.rossi@example.it\n> pass Qz7#mWv!2pLe\n> thanks\n";
        assert!(crate::has(t, "Qz7#mWv!2pLe"), "{t}");
        // A bare "pass" with no user above is a word.
        assert!(scan("> they let it pass anyway\n").is_empty());
    }

    #[test]
    fn a_key_under_its_api_mapping() {
        let t = "service:\n  api:\n    key: Rk-7dQw2ZpL9xVb4NcT1mHs8\n    client-id: town-hall\n";
        assert!(crate::has(t, "Rk-7dQw2ZpL9xVb4NcT1mHs8"), "{t}");
        // Another mapping's key, or a word.
        assert!(scan("cache:\n  key: Rk-7dQw2ZpL9xVb4NcT1mHs8\n").is_empty());
        assert!(scan("api:\n  key: session-id\n").is_empty());
    }

    #[test]
    fn a_key_under_its_ini_api_section() {
        let t = "; config.ini\n[api]\nbase = https://api.sandbox.example.eu\nkey = xtXZxMupwVp8uB5CMQfuFMPcuEC5RNmx\n\n[smtp]\nuser = a@b.it\n";
        assert!(crate::has(t, "xtXZxMupwVp8uB5CMQfuFMPcuEC5RNmx"), "{t}");
        let t = "[payments_api]\nkey=live_fv1x4BeAuqLZzG3HPdOtngQ7TBSq9LN0\n";
        assert!(
            crate::has(t, "live_fv1x4BeAuqLZzG3HPdOtngQ7TBSq9LN0"),
            "{t}"
        );
        // Another section's key, a key past a blank line, a word.
        assert!(scan("[cache]\nkey = xtXZxMupwVp8uB5CMQfuFMPcuEC5RNmx\n").is_empty());
        assert!(scan("[api]\nbase = x\n\nkey = xtXZxMupwVp8uB5CMQfuFMPcuEC5RNmx\n").is_empty());
        assert!(scan("[api]\nkey = session_id\n").is_empty());
    }

    #[test]
    fn an_employers_registration_is_no_code() {
        let t = "Codice ditta: 68779807\npassword: l'accesso con SPID\n";
        assert!(found(t, Kind::Pin).is_empty(), "{t}");
    }

    #[test]
    fn an_openvpn_session_id_is_no_token() {
        let t = "2026-01-02 10:00:01 TLS: Initial packet from [AF_INET]198.51.100.4:1194, sid=9a0c1e7f 44b2d3e1\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
        // A session cookie named `sid` still leads to its value.
        let t = "Cookie: sid=Q2hlY2tvdXQtc2Vzc2lvbi0xMjM0NTY3OA\n";
        assert!(!scan(t).is_empty());
    }
}
