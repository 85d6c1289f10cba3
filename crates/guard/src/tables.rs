//! Tables whose header names a column on another line than its values:
//! CSV, TSV, `;`-separated exports, Markdown and ASCII tables (SQL-client
//! output), space-aligned reports, and the vertical layout where a label
//! line is followed by its value line.
//!
//! The trigger pass reports the lines where a key word was found and led
//! to no value (`headers`); only those are read as headers. Each line of
//! the text is read at most once as a header or a row, so the pass is
//! linear.

use crate::context::{account_value, code_digits};
use crate::text::{is_placeholder, is_reference, is_stop_word, looks_like_token, shape};
use crate::{Confidence, Finding, Kind, card};

/// What a column holds, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Kind(Kind),
    SortCode,
    /// "Credential", "Credenziale": each row's own kind of secret (a
    /// password, a PIN, a token), told by the value's shape.
    Credential,
    /// The value column of a table whose rows name their own kind in the
    /// column at this index (`System | Credential | Value`).
    Labelled(usize),
}

/// Headers of a column of credentials of any kind.
const CREDENTIAL: &[&str] = &["credential", "credenziale", "credentials", "credenziali"];

const PASSWORD: &[&str] = &[
    "password",
    "passwort",
    "pwd",
    "passwd",
    "pass",
    "psw",
    "pw",
    "mot de passe",
    "mdp",
    "contraseña",
    "contrasena",
    "parola d'ordine",
    "kennwort",
    "passphrase",
    "clave",
    "parola chiave",
    // A Wi-Fi network's pre-shared key (`wifi_psk`), its password.
    "psk",
];
const PIN: &[&str] = &[
    "pin",
    "otp",
    "tan",
    "codice otp",
    "sms code",
    "codice sms",
    "pin dispositivo",
    "device pin",
    "codice sca",
    "sca code",
    "one-time code",
    "codice di verifica",
    "verification code",
    "pin code",
    "codice pin",
    "codice di sblocco",
    "unlock code",
];
const CVV: &[&str] = &[
    "cvv",
    "cvc",
    "cvv2",
    "cvc2",
    "csc",
    "codice di sicurezza",
    // The shortened spellings the keyword table already reads in prose
    // ("cod. sicurezza"), as a sheet's column names them.
    "codice sicurezza",
    "cod. sicurezza",
    "cod. di sicurezza",
    "security code",
    "cvv/cvc",
    "cvc/cvv",
];
const CARD: &[&str] = &[
    "pan",
    "card number",
    "card",
    "numero carta",
    "numero di carta",
    "carta",
    "card_number",
    "card no",
    "n. carta",
    "kartennummer",
    "numéro de carte",
    "numero de carte",
    "tarjeta",
    "número de tarjeta",
    "numero de tarjeta",
    "card_pan",
];
const BANK: &[&str] = &[
    "account",
    "account number",
    "account no",
    "acct",
    "account_number",
    "kontonummer",
    "konto",
    "konto-nr",
    "n° de compte",
    "numéro de compte",
    "numero de compte",
    "no de compte",
    "compte",
    "cuenta",
    "número de cuenta",
    "numero de cuenta",
    "numero conto",
    "conto",
    "conto corrente",
    "numero di conto",
    "c/c",
    "bban",
    "ccc",
    "n. conto",
    "nr. conto",
    "account_no",
    "bank account",
    "rib",
    "ccc",
    "bban",
    "coordinate",
    "coordinate bancarie",
    "domiciliazione",
    "rapporto",
    "iban (2)",
    "iban (2/2)",
    // SAP's name for the account number (LFBK, KNBK, BNKA exports list a
    // partner's bank details under their short field names).
    "bankn",
];
const SORT: &[&str] = &["sort code", "sort_code", "sortcode"];
const TOKEN: &[&str] = &[
    "token",
    "access token",
    "access_token",
    "refresh token",
    "refresh_token",
    "api key",
    "api_key",
    "apikey",
    "secret",
    "client secret",
    "client_secret",
    "secret key",
    "secret_key",
    "bearer",
    "session",
    "cookie",
    "webhook secret",
    "signing secret",
    "chiave segreta",
    "segreto",
    "api secret",
    "api_secret",
    // Eighth round: names of fields in code and markup (`<refresh_tok>`,
    // a `jwt` column) say token as developers shorten it.
    "jwt",
    "tok",
    // A refresh token's column as schemas shorten it (`refresh`, `rt`):
    // its cells are read only when they look like tokens.
    "refresh",
    "rt",
];

fn column(cell: &str) -> Option<Col> {
    let c = cell
        .trim()
        .trim_matches(|ch: char| matches!(ch, '"' | '\'' | '*' | ':' | '`' | '#'))
        .trim();
    // `Konto-Nr.`, `Acct.`: an abbreviation's dot is not part of the name.
    let c = c.strip_suffix('.').unwrap_or(c);
    if c.is_empty() || c.len() > 40 || !c.starts_with(char::is_alphabetic) {
        return None;
    }
    let c = c.to_lowercase();
    // `password_iniziale`, `PIN dispositivo`: a qualifier after the key
    // (which device, which of a user's passwords) names the same value.
    let qualified = c
        .rsplit_once([' ', '_'])
        .filter(|(head, last)| {
            !head.is_empty() && crate::context::qualifier_suffix(last.as_bytes())
        })
        .map(|(head, _)| head);
    let is = |list: &[&str]| {
        let ends = |c: &str| {
            list.iter().any(|k| {
                c == *k
                    || c.strip_suffix(k).is_some_and(|head| {
                        head.ends_with([' ', '_', '-', '.', '/'])
                            && head.split_whitespace().count() <= 3
                    })
            })
        };
        // `sms_code`, `codice_otp`: a snake-case name reads as its words.
        ends(&c) || qualified.is_some_and(ends) || (c.contains('_') && ends(&c.replace('_', " ")))
    };
    if is(SORT) {
        return Some(Col::SortCode);
    }
    if CREDENTIAL.contains(&c.as_str()) {
        return Some(Col::Credential);
    }
    if is(CVV) {
        return Some(Col::Kind(Kind::Cvv));
    }
    if is(PIN) {
        return Some(Col::Kind(Kind::Pin));
    }
    if is(PASSWORD) {
        return Some(Col::Kind(Kind::Password));
    }
    if is(CARD) {
        return Some(Col::Kind(Kind::CardNumber));
    }
    if is(BANK) {
        return Some(Col::Kind(Kind::BankAccount));
    }
    // `card_token`, `card token`: what a processor or vault gives back
    // in place of a card's number, a reference to charge, not a login.
    if c.strip_suffix("token").is_some_and(|head| {
        head.strip_suffix([' ', '_', '-', '.'])
            .unwrap_or(head)
            .ends_with("card")
    }) {
        return None;
    }
    if is(TOKEN) {
        return Some(Col::Kind(Kind::AccessToken));
    }
    None
}

/// A header cell written as one camel-case identifier, as accounting and
/// ERP exports name their columns (`BankAccountNumber`, `CardPin`): read
/// by its words, as a field named in code is.
fn camel_column(cell: &str) -> Option<Col> {
    let c = cell
        .trim()
        .trim_matches(|ch: char| matches!(ch, '"' | '\'' | '*'));
    let b = c.as_bytes();
    let humped = b
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    if !humped || !b.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    field(c).map(Col::Kind)
}

/// What a field named in code holds (`devicePin`, `sftp_password`,
/// `"securityCode"`): the words of its name (camel case and `_`, `-`, `.`
/// split), read as a header cell. A bind parameter's number (`db_pass_1`)
/// is not part of the name; a digit glued to it (`cvc2`) is.
pub(crate) fn field(name: &str) -> Option<Kind> {
    // The shell's working directory (`PWD=/srv/app` in an environment).
    if name.is_empty() || name.len() > 40 || name == "PWD" || name == "OLDPWD" {
        return None;
    }
    if !raw_last_word_known(name.as_bytes()) {
        return None;
    }
    let mut words = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    for ch in name.chars() {
        if matches!(ch, '_' | '-' | '.' | ' ') {
            words.push(' ');
            prev_lower = false;
            continue;
        }
        if ch.is_uppercase() && prev_lower {
            words.push(' ');
        }
        prev_lower = ch.is_lowercase() || ch.is_ascii_digit();
        words.extend(ch.to_lowercase());
    }
    let mut words = words.trim_end();
    if let Some((head, last)) = words.rsplit_once(' ')
        && last.bytes().all(|c| c.is_ascii_digit())
    {
        words = head.trim_end();
    }
    // Most names in code name nothing sensitive (`amount`, `status`):
    // their last word tells at once, before the lists are searched.
    if !known_last_word(words.rsplit(' ').next().unwrap_or(words)) {
        return None;
    }
    match column(words)? {
        // A field called just `Account` is a cloud's or a login's as often
        // as a bank's (`aws sts get-caller-identity` prints one); a bank's
        // is qualified (`accountNumber`, `payout_account`).
        Col::Kind(Kind::BankAccount) if words == "account" => None,
        // `NextToken`, `page_token`: where a listing resumes, handed to
        // anyone who may list (as the trigger pass judges it).
        Col::Kind(Kind::AccessToken)
            if words.split(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "next"
                        | "page"
                        | "prev"
                        | "previous"
                        | "continuation"
                        | "pagination"
                        | "sync"
                        | "cursor"
                )
            }) =>
        {
            None
        }
        Col::Kind(k) => Some(k),
        // A field named `credentials` in code holds an object or a
        // provider, no value of one kind.
        Col::SortCode | Col::Credential | Col::Labelled(_) => None,
    }
}

/// `known_last_word` of a name's last word as `field` splits it (after a
/// separator or a camel-case hump, a separated number dropped), read from
/// the bytes without building the words: most names fail here for a few
/// instructions.
fn raw_last_word_known(b: &[u8]) -> bool {
    let sep = |c: u8| matches!(c, b'_' | b'-' | b'.' | b' ');
    let mut e = b.len();
    let d = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if d > 0 && d < e && sep(b[e - d - 1]) {
        e -= d + 1;
    }
    while e > 0 && sep(b[e - 1]) {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && !sep(b[s - 1]) {
        if b[s - 1] >= 0x80 {
            // Letters outside ASCII: leave the judgement to the lists.
            return true;
        }
        s -= 1;
        if b[s].is_ascii_uppercase()
            && s > 0
            && (b[s - 1].is_ascii_lowercase() || b[s - 1].is_ascii_digit())
        {
            break;
        }
    }
    let mut buf = [0u8; 16];
    let w = &b[s..e];
    if w.is_empty() || w.len() > buf.len() {
        return false;
    }
    for (o, c) in buf.iter_mut().zip(w) {
        *o = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).is_ok_and(known_last_word)
}

/// The last word of some entry of the column lists (checked by a test):
/// a header or field name can only match an entry it ends like.
fn known_last_word(w: &str) -> bool {
    matches!(
        w,
        "account"
            | "acct"
            | "apikey"
            | "bancarie"
            | "bankn"
            | "bban"
            | "bearer"
            | "card"
            | "carta"
            | "carte"
            | "ccc"
            | "chiave"
            | "clave"
            | "code"
            | "compte"
            | "conto"
            | "contrasena"
            | "contraseña"
            | "cookie"
            | "coordinate"
            | "corrente"
            | "csc"
            | "cuenta"
            | "cvc"
            | "cvc2"
            | "cvv"
            | "cvv2"
            | "d'ordine"
            | "dispositivo"
            | "domiciliazione"
            | "jwt"
            | "kartennummer"
            | "kennwort"
            | "key"
            | "konto"
            | "kontonummer"
            | "mdp"
            | "no"
            | "nr"
            | "number"
            | "otp"
            | "pan"
            | "pass"
            | "passe"
            | "passphrase"
            | "passwd"
            | "password"
            | "passwort"
            | "pin"
            | "psk"
            | "psw"
            | "pw"
            | "pwd"
            | "rapporto"
            | "refresh"
            | "rib"
            | "rt"
            | "sblocco"
            | "sca"
            | "secret"
            | "segreta"
            | "segreto"
            | "session"
            | "sicurezza"
            | "sms"
            | "tan"
            | "tarjeta"
            | "tok"
            | "token"
            | "verifica"
    )
}

/// The value at `span` judged as a cell of a column holding `kind`.
pub(crate) fn judge_field(
    text: &str,
    span: (usize, usize),
    kind: Kind,
) -> Option<(Kind, usize, usize)> {
    judge(text, text.as_bytes(), span, Col::Kind(kind))
}

/// A header cell naming two or three fields joined by `;`, `/` or `,`
/// ("Kontonummer;BLZ", "Conto/ABI"): the first part that names a column,
/// with the separator and its place.
fn sub_column(cell: &str) -> Option<(Col, (u8, usize))> {
    let sep = [b';', b'/', b',']
        .into_iter()
        .find(|&c| cell.as_bytes().contains(&c))?;
    let parts: Vec<&str> = cell.split(char::from(sep)).collect();
    if parts.len() > 3 {
        return None;
    }
    parts
        .iter()
        .enumerate()
        .find_map(|(j, p)| column(p).map(|c| (c, (sep, j))))
}

/// Part `j` of a cell split by `sep`, trimmed; the cell must split into
/// as many parts as a header does at most (three).
fn sub_cell(b: &[u8], (s, e): (usize, usize), sep: u8, j: usize) -> Option<(usize, usize)> {
    let mut start = s;
    let mut k = 0;
    let mut i = s;
    loop {
        if i == e || b[i] == sep {
            if k == j {
                let mut a = start;
                let mut z = i;
                while a < z && b[a] == b' ' {
                    a += 1;
                }
                while z > a && b[z - 1] == b' ' {
                    z -= 1;
                }
                return (z > a).then_some((a, z));
            }
            if i == e || k >= 2 {
                return None;
            }
            k += 1;
            start = i + 1;
        }
        i += 1;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delim {
    Byte(u8),
    /// Two or more spaces (a report aligned with spaces).
    Spaces,
}

/// The cells of `line` (offsets into the text), trimmed and unquoted.
/// `\t\tDati carta\t\t\tEsito`: a sheet's group row, a label over merged
/// cells with most cells of the row empty, stands above the real header
/// (which names each column under it). It is no header of its own: the
/// line below is read as the header instead.
#[inline(never)]
fn group_row(d: Delim, cells: &[(usize, usize)]) -> bool {
    let filled = cells.iter().filter(|c| c.1 > c.0).count();
    matches!(d, Delim::Byte(b'\t' | b',' | b';')) && cells.len() >= 4 && filled * 2 < cells.len()
}

fn cells(b: &[u8], start: usize, end: usize, d: Delim, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut i = start;
    while i <= end {
        // One cell from i.
        let mut j = i;
        while j < end && (b[j] == b' ' || b[j] == b'\t' && d != Delim::Byte(b'\t')) {
            j += 1;
        }
        let cs = j;
        let mut ce;
        if j < end && (b[j] == b'"' || b[j] == b'\'') && d != Delim::Spaces {
            let q = b[j];
            let mut k = j + 1;
            while k < end && b[k] != q {
                k += 1;
            }
            ce = k.min(end);
            let inner = (cs + 1, ce);
            // Skip to the delimiter.
            let mut k = (k + 1).min(end);
            while k < end && !is_delim(b, k, d) {
                k += 1;
            }
            out.push(inner);
            i = next_after_delim(b, k, end, d);
            if i > end {
                break;
            }
            continue;
        }
        let mut k = j;
        while k < end && !is_delim(b, k, d) {
            k += 1;
        }
        ce = k;
        while ce > cs && (b[ce - 1] == b' ' || b[ce - 1] == b'\t') {
            ce -= 1;
        }
        out.push((cs, ce));
        i = next_after_delim(b, k, end, d);
        if i > end {
            break;
        }
    }
}

fn is_delim(b: &[u8], k: usize, d: Delim) -> bool {
    match d {
        Delim::Byte(c) => b[k] == c,
        Delim::Spaces => (b[k] == b' ' && b.get(k + 1) == Some(&b' ')) || b[k] == b'\t',
    }
}

/// Position after the delimiter at `k`, or past `end` when the line ended.
fn next_after_delim(b: &[u8], k: usize, end: usize, d: Delim) -> usize {
    if k >= end {
        return end + 1;
    }
    match d {
        Delim::Byte(_) => k + 1,
        Delim::Spaces => {
            let mut k = k;
            while k < end && (b[k] == b' ' || b[k] == b'\t') {
                k += 1;
            }
            if k >= end { end + 1 } else { k }
        }
    }
}

fn line_end(b: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |o| from + o)
}

fn trim_cr(b: &[u8], start: usize, mut end: usize) -> usize {
    while end > start && (b[end - 1] == b'\r' || b[end - 1] == b' ') {
        end -= 1;
    }
    end
}

/// Skips a quoted mail's `>` markers (and the spaces after them) at the
/// start of a line.
fn unquote(b: &[u8], mut start: usize, end: usize) -> usize {
    while start < end && b[start] == b'>' {
        start += 1;
        while start < end && b[start] == b' ' {
            start += 1;
        }
    }
    start
}

/// `       "   account_no    amount\n",`: a line of a JSON array of
/// lines (a notebook's output, as Jupyter saves it): the span inside its
/// quotes. A header's line ends in an escaped line break; a row's may end
/// the array (`"…"` alone).
fn json_line(b: &[u8], start: usize, end: usize, head: bool) -> Option<(usize, usize)> {
    let mut s = start;
    while s < end && b[s] == b' ' {
        s += 1;
    }
    if s >= end || b[s] != b'"' {
        return None;
    }
    let line = &b[s + 1..end];
    let tails: &[&[u8]] = if head {
        &[b"\\n\","]
    } else {
        &[b"\\n\",", b"\\n\"", b"\""]
    };
    let t = tails.iter().find(|t| line.ends_with(t))?;
    (line.len() > t.len()).then(|| (s + 1, end - t.len()))
}

/// Border and separator rows: `|---|:--|`, `+----+----+`, `-----  -----`.
fn is_rule(line: &[u8]) -> bool {
    line.iter().any(|&c| c == b'-' || c == b'=')
        && line
            .iter()
            .all(|&c| matches!(c, b'-' | b'+' | b'|' | b':' | b'=' | b' ' | b'\t'))
}

/// Judges one cell of a column. Returns the span to report.
fn judge(text: &str, b: &[u8], (s, e): (usize, usize), col: Col) -> Option<(Kind, usize, usize)> {
    if e <= s || e - s > 256 {
        return None;
    }
    // A Markdown code span fills the cell (`| \`Xq…\` |`): its text is
    // the value.
    let (s, e) = if e - s >= 3 && b[s] == b'`' && b[e - 1] == b'`' {
        (s + 1, e - 1)
    } else {
        (s, e)
    };
    let v = &text[s..e];
    // `management:` under `key-store-password:` is the next key.
    if is_placeholder(v)
        || v.ends_with(':')
        || v.contains("**")
        || v.contains('\u{2022}')
        || v.contains('X') && v.contains("XXX")
    {
        return None;
    }
    let whole = |r: Option<(usize, usize)>| r.filter(|&(a, z)| a == s && z == e);
    // Read the cell alone: what follows its border is another field.
    let b = &b[..e];
    // A credential column's value is a PIN when it is only digits, a token
    // when it is built like one, else judged as a password; but a word
    // only in mixed case ("Vault", "KeePass") names where it is kept.
    let col = match col {
        Col::Credential if v.bytes().all(|c| c.is_ascii_digit()) => Col::Kind(Kind::Pin),
        Col::Credential if looks_like_token(v, 16) => Col::Kind(Kind::AccessToken),
        Col::Credential if v.chars().all(char::is_alphabetic) => return None,
        Col::Credential => Col::Kind(Kind::Password),
        c => c,
    };
    match col {
        Col::Kind(Kind::Pin) => whole(code_digits(b, s, 4, 8)).map(|(a, z)| (Kind::Pin, a, z)),
        Col::Kind(Kind::Cvv) => whole(code_digits(b, s, 3, 4)).map(|(a, z)| (Kind::Cvv, a, z)),
        Col::Kind(Kind::CardNumber) => {
            let d: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
            let seps_ok = v
                .bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'.' | b'/'));
            (seps_ok && (12..=19).contains(&d.len()) && card::luhn_valid(&d)).then_some((
                Kind::CardNumber,
                s,
                e,
            ))
        }
        Col::Kind(Kind::BankAccount) | Col::SortCode => {
            whole(account_value(b, s)).map(|(a, z)| (Kind::BankAccount, a, z))
        }
        Col::Kind(Kind::Password) => {
            if v.contains(char::is_whitespace)
                || v.chars().count() < 4
                || is_stop_word(v)
                || is_reference(v)
            {
                return None;
            }
            let sh = shape(v);
            let varied =
                sh.digits > 0 || sh.other > 0 || sh.non_ascii > 0 || (sh.upper > 0 && sh.lower > 0);
            let date = v.bytes().all(|c| {
                c.is_ascii_digit() || matches!(c, b'-' | b'/' | b':' | b'.' | b'T' | b'Z')
            });
            (varied && !date).then_some((Kind::Password, s, e))
        }
        Col::Kind(k) => {
            (looks_like_token(v, 16) && !is_reference(v) && !crate::context::is_id(v.as_bytes()))
                .then_some((k, s, e))
        }
        // (Told apart above, and by the row's label in `scan`.)
        Col::Credential | Col::Labelled(_) => None,
    }
}

/// A header cell: a few words, no code punctuation (`=`, `(`, quotes).
fn label_like(cell: &str) -> bool {
    let outside_parens = cell.split('(').next().unwrap_or(cell);
    // What stands in a value's place on a settings page ("API Password
    // ⇥ ********", "⇥ (non impostata)"): a mask without a letter or a
    // remark wholly in parentheses names no column; the line is a label
    // and its value, not a header.
    let t = cell.trim();
    if !t.is_empty()
        && (!t.chars().any(char::is_alphanumeric) || t.starts_with('(') && t.ends_with(')'))
    {
        return false;
    }
    // A numbered field name (`NAME1`, `password2`, `addr_2`): exports
    // number repeated fields, and the number is part of a label.
    let numbered = {
        let w = outside_parens.trim();
        let stem = w.trim_end_matches(|c: char| c.is_ascii_digit());
        w.len() - stem.len() <= 2
            && stem.len() >= 2
            && stem.starts_with(|c: char| c.is_ascii_alphabetic())
            && !stem.contains(char::is_whitespace)
    };
    cell.len() <= 48
        && (numbered || !outside_parens.bytes().any(|c| c.is_ascii_digit()))
        && cell.split_whitespace().count() <= 5
        && !cell.contains(['=', '{', '}', '<', '>', '"', '`', '[', ']', '@'])
        && (!cell.contains('(') || cell.ends_with(')'))
        && !cell.trim_end_matches(':').contains(':')
}

/// Cheap test before splitting: the line holds `c` and every segment
/// between them is short, as header labels are.
fn quick_labels(line: &[u8], c: u8) -> bool {
    let mut any = false;
    let mut from = 0;
    loop {
        let end = memchr::memchr(c, &line[from..]).map_or(line.len(), |o| from + o);
        let seg = line[from..end].trim_ascii();
        if seg.len() > 64
            || seg.split(|&x| x == b' ').filter(|w| !w.is_empty()).count() > 5
            || seg
                .iter()
                .any(|&x| matches!(x, b'=' | b'{' | b'}' | b'<' | b'>' | b'`' | b'[' | b'@'))
        {
            return false;
        }
        if end == line.len() {
            return any;
        }
        any = true;
        from = end + 1;
    }
}

/// Key columns of a header: (cell index, what it holds, cell start).
/// With a sub-cell when the header cell names two fields ("Kontonummer;BLZ",
/// "Conto/ABI"): the separator and which part.
type Columns = Vec<(usize, Col, usize, Option<(u8, usize)>)>;

/// The header's delimiter and columns, when `line` is a header.
fn header(
    b: &[u8],
    text: &str,
    start: usize,
    end: usize,
    buf: &mut Vec<(usize, usize)>,
) -> Option<(Delim, Columns)> {
    for d in [
        Delim::Byte(b'\t'),
        Delim::Byte(b'|'),
        Delim::Byte(b';'),
        Delim::Byte(b','),
        Delim::Spaces,
    ] {
        match d {
            Delim::Byte(c) if !quick_labels(&b[start..end], c) => continue,
            Delim::Spaces if crate::text::find2(&b[start..end], *b"  ").is_none() => continue,
            _ => {}
        }
        cells(b, start, end, d, buf);
        if buf.len() < 2 && d != Delim::Spaces {
            continue;
        }
        // Header cells are labels: short words, no code punctuation. A
        // spreadsheet copied with its row numbers has one before them.
        let row_number = |s: usize, e: usize| {
            let c = text[s..e].trim();
            (1..=4).contains(&c.len()) && c.bytes().all(|x| x.is_ascii_digit())
        };
        let labels = buf
            .iter()
            .enumerate()
            .all(|(i, &(s, e))| label_like(&text[s..e]) || (i == 0 && row_number(s, e)));
        if !labels {
            continue;
        }
        let mut cols: Columns = buf
            .iter()
            .enumerate()
            .filter_map(|(i, &(s, e))| {
                column(&text[s..e])
                    .map(|c| (i, c, s, None))
                    .or_else(|| sub_column(&text[s..e]).map(|(c, sub)| (i, c, s, Some(sub))))
                    .or_else(|| camel_column(&text[s..e]).map(|c| (i, c, s, None)))
            })
            .collect();
        // `System | User | Credential | Value`: a credential column with a
        // value column after it names each row's kind of credential
        // (`password`, `API key`, `sha256`); the value stands in the later
        // column, read by the row's own label, not the header's.
        let typed_header = buf.iter().any(|&(s, e)| type_head(&text[s..e]));
        let valued_after = |i: usize| {
            buf.iter()
                .skip(i + 1)
                .any(|&(s, e)| value_head(&text[s..e]))
                || cols.iter().any(|c| c.0 > i && matches!(c.1, Col::Kind(_)))
        };
        let typed: Vec<usize> = cols
            .iter()
            .filter(|c| typed_header && matches!(c.1, Col::Credential) && valued_after(c.0))
            .map(|c| c.0)
            .collect();
        cols.retain(|c| !typed.contains(&c.0));
        // `Service | Login | Type | Secret / where`: a column naming each
        // row's kind (`Credential`, `Type`, `Field`) before a column of
        // values: each value is judged by its row's label.
        let label_col = typed_header
            .then(|| buf.iter().position(|&(s, e)| type_head(&text[s..e])))
            .flatten()
            .filter(|&i| typed.contains(&i) || !cols.iter().any(|c| c.0 == i));
        if let Some(li) = label_col {
            let vj = buf
                .iter()
                .enumerate()
                .skip(li + 1)
                .find(|&(j, &(s, e))| {
                    // A secret's column qualified as holding its place
                    // too (`Secret / where`) is as generic as `Value`; a
                    // named field (`login_password`) keeps its own kind.
                    value_head(&text[s..e])
                        || text[s..e].contains('/')
                            && cols.iter().any(|c| c.0 == j && matches!(c.1, Col::Kind(_)))
                })
                .map(|(j, &(s, _))| (j, s));
            if let Some((j, s)) = vj {
                cols.retain(|c| c.0 != j);
                cols.push((j, Col::Labelled(li), s, None));
            }
        }
        // A cookie export (`user,cookie,value,expires`): the value column
        // holds the cookie's value.
        let cookies = buf
            .iter()
            .any(|&(s, e)| text[s..e].trim().eq_ignore_ascii_case("cookie"));
        if cookies {
            for (i, &(s, e)) in buf.iter().enumerate() {
                if text[s..e].trim().eq_ignore_ascii_case("value") && !cols.iter().any(|c| c.0 == i)
                {
                    cols.push((i, Col::Kind(Kind::AccessToken), s, None));
                }
            }
        }
        // A table of one-time codes (`select phone, code, expires_at from
        // otp_challenges`): its plain "code" column holds them. The cue is
        // on the header line or in the lines just above it.
        if buf
            .iter()
            .any(|&(s, e)| text[s..e].trim().eq_ignore_ascii_case("code"))
        {
            let lo = start.saturating_sub(240);
            let around = b[lo..end].to_ascii_lowercase();
            let cue = [
                &b"otp"[..],
                b"sms",
                b"verification",
                b"2fa",
                b"mfa",
                b"one_time",
            ]
            .iter()
            .any(|c| memchr::memmem::find(&around, c).is_some());
            if cue {
                for (i, &(s, e)) in buf.iter().enumerate() {
                    if text[s..e].trim().eq_ignore_ascii_case("code")
                        && !cols.iter().any(|c| c.0 == i)
                    {
                        cols.push((i, Col::Kind(Kind::Pin), s, None));
                    }
                }
            }
        }
        if !cols.is_empty() && (buf.len() >= 2) {
            return Some((d, cols));
        }
    }
    None
}

/// The first line of the block of lines `hs` stands in: up to 16 lines
/// back, to a blank line or the text's start; reaching the previous
/// header line `prev` (its start and its block's top), that top.
fn block_top(b: &[u8], hs: usize, prev: Option<(usize, usize)>) -> usize {
    let mut top = hs;
    for _ in 0..16 {
        if top == 0 {
            break;
        }
        if let Some((p, t)) = prev
            && top <= p
        {
            return t;
        }
        let pe = top - 1;
        // A line longer than a header's 400 bytes ends the block: the
        // search back is bounded, so a text without line breaks costs no
        // more than one with them.
        let lo = pe.saturating_sub(400);
        let Some(ps) = memchr::memrchr(b'\n', &b[lo..pe])
            .map(|p| lo + p + 1)
            .or((lo == 0).then_some(0))
        else {
            break;
        };
        if b[ps..pe].iter().all(u8::is_ascii_whitespace) {
            break;
        }
        top = ps;
    }
    top
}

/// What a row's label (`pass`, `login pw`, `access token`, `PIN`) says its
/// value is: the label read as a header cell, or as a field's name.
fn row_label(cell: &str) -> Option<Col> {
    let c = cell.trim();
    if c.is_empty() || c.len() > 40 {
        return None;
    }
    // `token di accesso`, `code PIN`: Romance languages put the
    // qualifier after the noun, so the first word may be the name.
    column(c)
        .or_else(|| field(c).map(Col::Kind))
        .or_else(|| c.split_once(' ').and_then(|(first, _)| column(first)))
}

/// A header cell naming the column that says each row's kind of value.
fn type_head(cell: &str) -> bool {
    let c = cell.trim();
    TYPE.iter().any(|t| c.eq_ignore_ascii_case(t))
}

const TYPE: &[&str] = &[
    "credential",
    "credentials",
    "credenziale",
    "credenziali",
    "type",
    "tipo",
    "field",
    "campo",
    "item",
    "voce",
    "kind",
];

/// A header cell naming the column of values (`Value`, `Valore`, `Dove /
/// valore`, `Value / location`): its first or last word says so.
fn value_head(cell: &str) -> bool {
    let mut words = cell.split([' ', '/']).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let last = words.next_back().unwrap_or(first);
    VALUE
        .iter()
        .any(|v| first.eq_ignore_ascii_case(v) || last.eq_ignore_ascii_case(v))
}

const VALUE: &[&str] = &["value", "valore", "valeur", "wert", "valor", "data", "dati"];

/// A cheap look at a block's first line before it is read as a header:
/// a word naming a type column and one naming a value column.
fn names_type_and_value(line: &[u8]) -> bool {
    let words = || {
        line.split(|c| !c.is_ascii_alphabetic())
            .filter(|w| (4..=11).contains(&w.len()))
    };
    words().any(|w| TYPE.iter().any(|t| w.eq_ignore_ascii_case(t.as_bytes())))
        && words().any(|w| VALUE.iter().any(|v| w.eq_ignore_ascii_case(v.as_bytes())))
}

/// Reads the tables whose header lines hold one of `header_lines` (line
/// starts, ascending) and pushes what their key columns hold.
pub(crate) fn scan(text: &str, header_lines: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = Vec::new();
    let mut done = 0; // Lines before this were read already.
    // A key alone in a row's cell (`| pass |`) may stand under a header
    // naming no secret (`Item | Data`): the first line of its block is
    // tried too, and read only as a table whose rows label their values.
    let mut lines: Vec<(usize, bool)> = Vec::with_capacity(header_lines.len() * 2);
    // Header lines ascend: a walk up stops at the previous one, whose
    // block's top is known, so each byte is walked at most once.
    let mut prev: Option<(usize, usize)> = None;
    for &hs in header_lines {
        let top = block_top(b, hs, prev);
        if top < hs
            && prev.is_none_or(|(_, t)| t != top)
            && names_type_and_value(&b[top..line_end(b, top).min(top + 400)])
        {
            lines.push((top, true));
        }
        prev = Some((hs, top));
        lines.push((hs, false));
    }
    lines.sort_unstable();
    lines.dedup_by_key(|l| l.0);
    for (hs, woken) in lines {
        if hs < done {
            continue;
        }
        let h_nl = line_end(b, hs);
        let he = trim_cr(b, hs, h_nl);
        if he - hs > 400 {
            // A header is a short line; long lines are prose or data.
            done = h_nl + 1;
            continue;
        }
        // A notebook's output kept as a JSON array of lines: the table is
        // inside the quotes.
        let (hs, he, listed) =
            json_line(b, hs, he, true).map_or((hs, he, false), |(s, e)| (s, e, true));
        // A quoted mail's `> ` markers are not part of the table.
        let hs = unquote(b, hs, he);
        let head = header(b, text, hs, he, &mut buf)
            .filter(|(_, cols)| !woken || cols.iter().any(|c| matches!(c.1, Col::Labelled(_))));
        if head.is_none() && woken {
            continue;
        }
        if head.as_ref().is_some_and(|(d, _)| group_row(*d, &buf)) {
            continue;
        }
        done = h_nl + 1;
        if let Some((d, cols)) = head {
            let ncells = buf.len();
            let header_starts: Vec<usize> = buf.iter().map(|c| c.0 - hs).collect();
            // Rows below, to a blank line or a row of another shape.
            let mut ls = h_nl + 1;
            let mut rows = 0;
            while ls < b.len() && rows < 500 {
                let l_nl = line_end(b, ls);
                let le = trim_cr(b, ls, l_nl);
                let line = &b[ls..le];
                if line.iter().all(u8::is_ascii_whitespace) {
                    break;
                }
                if is_rule(line) {
                    ls = l_nl + 1;
                    done = ls;
                    continue;
                }
                let (rs, le) = if listed {
                    let Some(inner) = json_line(b, ls, le, false) else {
                        break;
                    };
                    inner
                } else {
                    (ls, le)
                };
                let row = unquote(b, rs, le);
                if row == le {
                    break;
                }
                cells(b, row, le, d, &mut buf);
                // A row one cell short of a wide header (an exporter that
                // drops an empty field, `…,notes,fields,reprompt,…`): its
                // cells are read from its end, where a password
                // manager's login columns stand, for the right half of
                // the header only.
                let short = d != Delim::Spaces && ncells >= 6 && buf.len() + 1 == ncells;
                let fits = if d == Delim::Spaces {
                    buf.len() >= 2
                } else {
                    buf.len() == ncells || short
                };
                if !fits {
                    break;
                }
                let mut sort: Option<(usize, usize)> = None;
                let mut account_ok = false;
                for &(i, col, hstart, sub) in &cols {
                    let cell = if d == Delim::Spaces {
                        // The cell that starts under the header's column.
                        let rel = hstart - hs;
                        let idx = header_starts.iter().position(|&x| x == rel).unwrap_or(i);
                        let lo = header_starts[idx];
                        let hi = header_starts.get(idx + 1).copied().unwrap_or(usize::MAX);
                        buf.iter()
                            .find(|c| {
                                let r = c.0 - row;
                                r + 2 >= lo && r < hi.saturating_sub(1)
                            })
                            .copied()
                    } else if short {
                        if i * 2 < ncells {
                            continue;
                        }
                        buf.get(i - 1).copied()
                    } else {
                        buf.get(i).copied()
                    };
                    let Some(mut cell) = cell else {
                        continue;
                    };
                    // A cell holding two fields, as its header does.
                    if let Some((sep, j)) = sub {
                        let Some(part) = sub_cell(b, cell, sep, j) else {
                            continue;
                        };
                        cell = part;
                    }
                    if col == Col::SortCode {
                        sort = Some(cell);
                        continue;
                    }
                    // The row's own label says what its value is; a label
                    // naming nothing secret (`sha256`, `tel`) reads none.
                    let col = match col {
                        Col::Labelled(li) => {
                            let label = if d == Delim::Spaces {
                                let lo = header_starts.get(li).copied().unwrap_or(usize::MAX);
                                let hi = header_starts.get(li + 1).copied().unwrap_or(usize::MAX);
                                buf.iter()
                                    .find(|c| {
                                        let r = c.0 - row;
                                        r + 2 >= lo && r < hi.saturating_sub(1)
                                    })
                                    .copied()
                            } else {
                                buf.get(li).copied()
                            };
                            let Some(c) = label.and_then(|(s, e)| row_label(&text[s..e])) else {
                                continue;
                            };
                            c
                        }
                        c => c,
                    };
                    if let Some((k, s, e)) = judge(text, b, cell, col) {
                        account_ok |= k == Kind::BankAccount;
                        out.push(Finding {
                            kind: k,
                            start: s,
                            end: e,
                            confidence: Confidence::Medium,
                        });
                    }
                }
                if let Some((s, e)) = sort
                    && account_ok
                    && e > s
                    && code_digits(b, s, 6, 6).is_some_and(|(_, z)| z == e)
                {
                    out.push(Finding {
                        kind: Kind::UkBankAccount,
                        start: s,
                        end: e,
                        confidence: Confidence::Medium,
                    });
                }
                rows += 1;
                ls = l_nl + 1;
                done = ls;
            }
        } else if memchr::memmem::find(&b[hs..he], b"pgpass").is_some() {
            // PostgreSQL's password file: `host:port:db:user:password`
            // lines after its name.
            let mut ls = h_nl + 1;
            let mut rows = 0;
            while ls < b.len() && rows < 50 {
                let l_nl = line_end(b, ls);
                let le = trim_cr(b, ls, l_nl);
                let line = &b[ls..le];
                let colons: Vec<usize> = line
                    .iter()
                    .enumerate()
                    .filter(|&(_, &c)| c == b':')
                    .map(|(k, _)| k)
                    .collect();
                if colons.len() < 4 || line.contains(&b' ') {
                    break;
                }
                let s = ls + colons[3] + 1;
                if s < le && !is_placeholder(&text[s..le]) {
                    out.push(Finding {
                        kind: Kind::Password,
                        start: s,
                        end: le,
                        confidence: Confidence::Medium,
                    });
                }
                rows += 1;
                ls = l_nl + 1;
                done = ls;
            }
        } else {
            // The vertical layout: a label alone on its line, the value alone
            // on the next one.
            let label = text[hs..he].trim().trim_end_matches(':').trim();
            let plain = label.chars().all(|c| {
                c.is_alphabetic() || matches!(c, ' ' | '.' | '°' | '\'' | '-' | '/' | '_')
            });
            if !plain || label.split_whitespace().count() > 4 {
                continue;
            }
            let Some(col) = column(label) else {
                continue;
            };
            let vs = h_nl + 1;
            if vs >= b.len() {
                continue;
            }
            let v_nl = line_end(b, vs);
            let ve = trim_cr(b, vs, v_nl);
            let mut s = vs;
            while s < ve && (b[s] == b' ' || b[s] == b'\t') {
                s += 1;
            }
            if col == Col::SortCode {
                continue;
            }
            if let Some((k, s, e)) = judge(text, b, (s, ve), col) {
                out.push(Finding {
                    kind: k,
                    start: s,
                    end: e,
                    confidence: Confidence::Medium,
                });
                done = v_nl + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_security_code_column_named_short() {
        let t = "\t\tCard\t\t\tResult\nrow\tcustomer\tnumero\tscad.\tcod. sicurezza\t\n2\tAnna Neri\t5425 7494 8039 7783\t04/30\t664\tOK\n3\tLuca Bo\t4000 0566 5562 3845\t06/30\t4541\tKO\n";
        assert_eq!(crate::found_as(t, crate::Kind::Cvv), ["664", "4541"]);
        // The same column of a sheet with no card holds no code.
        let t = "row\tcustomer\tcod. sicurezza\n2\tAnna Neri\tcontrollato\n";
        assert!(crate::found_as(t, crate::Kind::Cvv).is_empty());
    }

    use super::*;

    fn found(t: &str) -> Vec<&str> {
        let mut starts = vec![0];
        for (i, c) in t.char_indices() {
            if c == '\n' {
                starts.push(i + 1);
            }
        }
        let mut out = Vec::new();
        scan(t, &starts, &mut out);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_row_one_cell_short_is_read_from_its_end() {
        let t = "group,star,kind,title,memo,extra,uri,user,password,otp\nWork,,login,shop,,https://shop.example,anna,Copper#7721x,\n";
        assert_eq!(found(t), ["Copper#7721x"]);
        // A narrow table one cell short is not guessed at.
        let t = "site,user,password\nshop,Copper#7721x\n";
        assert!(found(t).is_empty());
    }

    #[test]
    fn every_entry_ends_in_a_known_word() {
        for list in [PASSWORD, PIN, CVV, CARD, BANK, TOKEN, SORT] {
            for k in list.iter().filter(|k| !k.contains(['(', '/'])) {
                let last = k.rsplit([' ', '_', '-', '.']).next().unwrap_or(k);
                assert!(
                    list == SORT || known_last_word(last),
                    "{k:?} ends in {last:?}, missing from known_last_word"
                );
            }
        }
    }

    #[test]
    fn erp_exports_short_and_camel_case_field_names() {
        // SAP's short field names, one numbered (`ORT01`): the account is
        // `BANKN`; the bank key beside it is no account on its own.
        let t = "PARTNER\tORT01\tBANKL\tBANKN\nV-0042\tTorino\t30020001\t7730118245\n";
        assert_eq!(found(t), vec!["7730118245"]);
        let t = "PARTNER\tORT01\tBANKL\nV-0042\tTorino\t30020001\n";
        assert!(found(t).is_empty());
        // One camel-case identifier per column: the account's number is
        // read, the account's holder name is not.
        let t = "SupplierName,BankAccountName,BankAccountNumber\nOfficina Sud,Officina Sud Srl,40417735118820\n";
        assert_eq!(found(t), vec!["40417735118820"]);
        let t = "SupplierName,BankAccountName\nOfficina Sud,Officina Sud Srl\n";
        assert!(found(t).is_empty());
        // "In chiaro": a password column qualified as stored in clear.
        let t = "| login | password_chiaro |\n| magazzino3 | Sedano!Rosso44 |\n";
        assert_eq!(found(t), vec!["Sedano!Rosso44"]);
    }

    #[test]
    fn a_header_cell_naming_two_fields() {
        let t = "| Kontonummer;BLZ | Inhaber | Betrag |\n|---|---|---|\n| 1234567890;50010517 | Firma A | 10,00 |\n| XXXX7890;50010517 | Firma B | 5,00 |\n";
        assert_eq!(found(t), vec!["1234567890"]);
        let t = "Nome\tConto / ABI\nRossi\t000012345678 / 03069\n";
        assert_eq!(found(t), vec!["000012345678"]);
    }

    #[test]
    fn a_notebooks_table_kept_as_json_lines() {
        let t = "       \"   account_number        amount     status\\n\",\n       \"0       756735549      22007.56     failed\\n\",\n       \"1       NaN      107.83     failed\"\n";
        assert_eq!(found(t), vec!["756735549"]);
        // Lines of a JSON array that is no table read nothing.
        let t = "    \"df.head()\\n\",\n    \"x = 756735549\"\n";
        assert!(found(t).is_empty());
    }

    #[test]
    fn a_spreadsheet_with_its_row_numbers() {
        let t = "\tA\tB\tC\n1\tCliente\tConto\tABI/CAB\n2\tRossi Srl\t000012345678\t03069/11101\n3\tTotale\t\t1.250,00\n";
        assert_eq!(found(t), vec!["000012345678"]);
        let t = "1\tCliente\tNote\n2\tRossi Srl\t2024 ok\n";
        assert!(found(t).is_empty());
    }

    #[test]
    fn a_snake_case_column_reads_as_its_words() {
        let t = "user;pwd;sms_code\nqa7@example.com;Lampo!7Tz;482913\n";
        assert_eq!(crate::found_as(t, Kind::Pin), ["482913"]);
        // A column of another name keeps its numbers.
        let t = "user;order_code\nqa7@example.com;482913\n";
        assert!(crate::found_as(t, Kind::Pin).is_empty());
    }

    #[test]
    fn a_column_named_for_its_environment() {
        let t = "squadra,client_id,utente_sandbox,password_sandbox\nLambda1,cli_4e69dc2aec4b9e0b,team01@hack.local,Coffee$748\n";
        assert_eq!(crate::found(t), ["Coffee$748"]);
        // The user's column beside it holds no secret.
        let t = "team,utente_sandbox,note\nLambda1,team01@hack.local,demo ok\n";
        assert!(crate::found(t).is_empty());
    }

    #[test]
    fn a_card_token_column_holds_references() {
        let t = "id,card_token,last4\n7,vt_Pq8Lm2Zx7Rw4Kt9Nb3Hc,4242\n";
        assert!(crate::scan(t).is_empty(), "{:?}", crate::scan(t));
        // A token column of another name is still read.
        let t = "id,access_token,last4\n7,Pq8Lm2Zx7Rw4Kt9Nb3HcVd,4242\n";
        assert!(!crate::scan(t).is_empty());
    }

    #[test]
    fn a_refresh_tokens_column_shortened() {
        let t = "| id | rt | secret |\n|---|---|---|\n| 7 | Hq2Lm9Vx4Tz7Rk3Wn8Yb5Pc1Jd6Fs0Ga | |\n";
        assert_eq!(crate::found(t), ["Hq2Lm9Vx4Tz7Rk3Wn8Yb5Pc1Jd6Fs0Ga"]);
        // A column of that name holding no token.
        let t = "| id | rt | secret |\n|---|---|---|\n| 7 | 12 ms | |\n";
        assert!(crate::found(t).is_empty());
    }

    #[test]
    fn a_column_of_credentials_of_any_kind() {
        let t = "| Host | Login | Credential | Owner |\n|---|---|---|---|\n| ci | bot | Quarry42!lake | ops |\n| hsm | adm | 730146 | sec |\n| api | svc | tk9Lr2Vq7Wz4Xb8Nc3Pm5Hd1 | dev |\n| vpn | adm | (in the vault) | sec |\n| db | ro | •••••••• | dba |\n| git | ci | see Bitwarden | dev |\n| sso | ada | KeePass | it |";
        assert_eq!(
            crate::found(t),
            ["Quarry42!lake", "730146", "tk9Lr2Vq7Wz4Xb8Nc3Pm5Hd1"]
        );
        // A column that only says where each credential is kept holds none.
        let t = "Sistema;Credenziale;Note\nportale;in cassaforte;ok\nsftp;chiave SSH;ruotata\n";
        assert!(crate::found(t).is_empty(), "{:?}", crate::found(t));
    }

    #[test]
    fn a_value_column_read_by_each_rows_label() {
        // The type column names each row's value; rows naming nothing
        // secret (a digest, a version) hold none.
        let t = "Host,Owner,Credential,Value\nnas,ops,pwd,Tasso!Grigio_31\nexport,-,sha256,9f2c0d41b7e6a8c3d5f1e0b9a7c6d4e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6\nagent,-,version,4.2.17\n";
        assert_eq!(crate::found(t), ["Tasso!Grigio_31"]);
        // Under a header naming no secret, a key alone in a row's cell
        // wakes the table.
        let t = "| Where | Who | Item | Data |\n|---|---|---|---|\n| nas | ops | pass | Tasso!Grigio_31 |\n| repo | - | commit | 4f2a9c1 |\n";
        assert_eq!(crate::found(t), ["Tasso!Grigio_31"]);
        let t = "| Where | Who | Item | Data |\n|---|---|---|---|\n| repo | - | commit | 4f2a9c1 |\n| nas | ops | pass | in the safe |\n";
        assert!(crate::found(t).is_empty(), "{:?}", crate::found(t));
    }

    #[test]
    fn columns_named_on_the_header_line() {
        assert_eq!(
            found("user,password\nanna,Gr4ppa!x\nbob,reset\n"),
            vec!["Gr4ppa!x"]
        );
        assert_eq!(
            found(
                "| name | Kontonummer | BLZ |\n|---|---|---|\n| Rossi | 1234567890 | 10010010 |\n| Bianchi | ****1234 | 10010010 |"
            ),
            vec!["1234567890"]
        );
        assert_eq!(
            found("nome\tpin\tstato\nLuca\t48213\tattivo\nAnna\t—\tbloccato"),
            vec!["48213"]
        );
        assert_eq!(
            found(
                "Code banque   Code guichet   N° de compte   Clé RIB\n30002         38879          L3042481365    80"
            ),
            vec!["L3042481365"]
        );
        assert_eq!(found("Scadenza\n01/28\nCVV\n694"), vec!["694"]);
        assert!(found("id,token_type,expires\n1,bearer,3600").is_empty());
    }
}
