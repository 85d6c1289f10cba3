//! A second look near credential words, after the passes that read keys
//! by their syntax. People hand a value over in ways no key syntax names:
//! "the 'Client secret' field showing X", "the password, which I changed
//! last night, is now X", "943825 is your security code", a key ending its
//! line and the value alone on the next one. Here a candidate token is
//! judged by its shape for the key's kind (digits for a code, a password's
//! mix of characters, a token's length and alphabet; never an id, a hash
//! named as such, a date, an amount, a path, a reference) and by what
//! stands between the key and it: a short bridge ending in a colon, `=`, a
//! copula ("is", "è", "ist", "est") or a verb that shows a value ("shows",
//! "reads", "mostra"), never a sentence's end or another key.
//!
//! The keys are the trigger pass's (`triggers`, every language and
//! abbreviation it knows, mistyped keys included) where the first reading
//! found no value; each reads a bounded window after it, so the pass is
//! linear in the text.

use std::sync::OnceLock;

use crate::keywords::Rule;
use crate::{Confidence, Finding, Kind};

/// What a key asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Want {
    Password,
    /// A PIN or one-time code: 4–8 digits.
    Code,
    /// "code"/"codice" alone: a one-time code only with a cue near
    /// (SMS, received, typed…) and no word naming another code.
    WeakCode,
    /// A card's security code (3–4 digits), or a one-time code (5–8).
    Cvv,
    Token(Kind),
    /// "the new one is", "quello nuovo è": a value of the kind the text
    /// names elsewhere, handed over by reference to it.
    Again,
}

/// One credential word the first reading found no value beside.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Key {
    pub start: usize,
    pub end: usize,
    pub want: Want,
}

/// What a trigger word's rule asks for, for the kinds a second look can
/// judge by shape.
pub(crate) fn want_of(rule: Rule) -> Option<Want> {
    match rule {
        // Not `Strong` keys: ordinary words ("pass", "session", "key")
        // are keys only right before their `:` or `=`, which the first
        // reading judged.
        Rule::Keyed(k) | Rule::Generic(k) => match k {
            Kind::Password => Some(Want::Password),
            Kind::Pin => Some(Want::Code),
            Kind::Cvv => Some(Want::Cvv),
            // "PrivateKey (WireGuard) c'è y63i…=": a key written as one
            // token (32 bytes of base64) a few words after its name.
            Kind::AccessToken
            | Kind::RefreshToken
            | Kind::ClientSecret
            | Kind::VendorKey
            | Kind::PrivateKey => Some(Want::Token(k)),
            _ => None,
        },
        Rule::Passphrase => Some(Want::Password),
        Rule::Code => Some(Want::WeakCode),
        Rule::Again => Some(Want::Again),
        _ => None,
    }
}

/// Whether the key at `s..e` stands as a key: not glued to a name's
/// continuation (`otp_attempts`), not a variable or a placeholder
/// (`$token`, `${CLIENT_SECRET}`), not a name whose first words make it
/// no credential (`next_page_token`, `sort_code`).
fn admit(text: &str, key: &Key) -> bool {
    let b = text.as_bytes();
    let (s, e) = (key.start, key.end);
    if key.want == Want::Again {
        return true;
    }
    if b.get(e)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
    {
        return false;
    }
    let mut ns = s;
    while ns > 0
        && s - ns < 64
        && (b[ns - 1].is_ascii_alphanumeric() || matches!(b[ns - 1], b'_' | b'.' | b'-'))
    {
        ns -= 1;
    }
    // `$token = …`, `@password`: a variable in code, not a value's key;
    // `${CLIENT_SECRET}`, `{{token}}`, `<your-token>`: a placeholder.
    if ns > 0 && matches!(b[ns - 1], b'$' | b'@' | b'%' | b'{' | b'<') {
        return false;
    }
    if ns < s {
        // `sort_code`, `error.code`: a prefix names another code.
        if key.want == Want::WeakCode {
            return false;
        }
        if names_no_credential(&b[ns..s]) {
            return false;
        }
    }
    true
}

/// A word of a name's other part (`next_page`, `_expiry`, `.type`) is one
/// of `NOT_CREDENTIALS`: the name is of a field about the credential, not
/// of the credential. Each word is compared once (a match on its bytes).
pub(crate) fn names_no_credential(name: &[u8]) -> bool {
    name.split(|&c| matches!(c, b'_' | b'.' | b'-')).any(|seg| {
        let mut buf = [0u8; 16];
        let Some(low) = buf.get_mut(..seg.len()) else {
            return false;
        };
        low.copy_from_slice(seg);
        low.make_ascii_lowercase();
        NOT_CREDENTIALS
            .iter()
            .any(|q| low.starts_with(q.as_bytes()))
    })
}

/// Qualifiers in a name that make its token or code no credential:
/// pagination cursors, request and trace ids, public keys.
const NOT_CREDENTIALS: &[&str] = &[
    "page",
    "next",
    "cursor",
    "continuation",
    "sync",
    "idempotency",
    "request",
    "trace",
    "span",
    "correlation",
    "public",
    "publishable",
    "csrf",
    "xsrf",
    "file",
    "path",
    "hash",
    "length",
    "type",
    "expir",
    "ttl",
    "reset",
    "forgot",
];

/// Words a copula may stand before the value with: "is now X", "è
/// ancora X", "is the new one: X".
const FILLERS: &[&str] = &[
    "now",
    "still",
    "ancora",
    "adesso",
    "ora",
    "sempre",
    "the",
    "new",
    "nuova",
    "nuovo",
    "one",
    "la",
    "il",
    "lo",
    "my",
    "mia",
    "mio",
    "just",
    "solo",
    "simply",
    "semplicemente",
    "quindi",
    "so",
    "then",
    "poi",
    "già",
    "already",
    "stata",
    "stato",
    "set",
    "impostata",
    "impostato",
    "changed",
    "cambiata",
    "cambiato",
    "updated",
    "aggiornata",
    "aggiornato",
];

/// Words that end a bridge and hand over what follows: copulas and verbs
/// that show a value, in the desk's languages.
const INTRODUCERS: &[&str] = &[
    "is",
    "was",
    "are",
    "it's",
    "its",
    "è",
    "e'",
    "é",
    "era",
    "sarebbe",
    "resta",
    "rimane",
    "ist",
    "lautet",
    "war",
    "est",
    "était",
    "es",
    "era",
    "showing",
    "shows",
    "shown",
    "reads",
    "says",
    "displays",
    "displaying",
    "mostra",
    "riporta",
    "dice",
    "visualizza",
    "i.e.",
    "i.e.,",
    "ie",
    "cioè",
    "ovvero",
    "ossia",
    "namely",
    "to",
];

/// Words after which a clause goes on about something else: the key's
/// value is not past them.
const CLAUSE_ENDS: &[&str] = &[
    "but", "ma", "però", "and", "e", "because", "perché", "if", "se", "when", "quando", "aber",
    "mais", "pero", "or", "oppure", "o",
];

/// Relative pronouns: "the password, which I changed yesterday, is X".
const RELATIVES: &[&str] = &[
    "che", "which", "that", "cui", "quale", "que", "die", "qui", "den",
];

/// Words after a number that make it a quantity, not a code.
const UNITS: &[&str] = &[
    "%",
    "€",
    "eur",
    "euro",
    "usd",
    "gbp",
    "chf",
    "sec",
    "secs",
    "second",
    "seconds",
    "secondi",
    "s",
    "ms",
    "min",
    "mins",
    "minute",
    "minutes",
    "minuti",
    "ore",
    "hours",
    "hour",
    "giorni",
    "days",
    "bytes",
    "byte",
    "kb",
    "mb",
    "cifre",
    "digits",
    "digit",
    "caratteri",
    "characters",
    "chars",
    "times",
    "volte",
    "tentativi",
    "attempts",
    "tries",
    "righe",
    "rows",
    "lines",
    "utenti",
    "users",
    "pezzi",
    "items",
    "stelle",
];

/// The number ending at `e` is a quantity: a unit of time, size or count
/// ("3600 seconds", "20 tentativi") or a currency or percent sign follows
/// it. A code is never counted in a unit.
pub(crate) fn quantity_after(text: &str, e: usize) -> bool {
    let Some(rest) = text.get(e..) else {
        return false;
    };
    let after = rest.trim_start();
    let after = &after[..crate::value::floor_boundary(after.as_bytes(), after.len().min(32))];
    let next = lower_word(after.split_whitespace().next().unwrap_or(""));
    // "… 7200 seconds." : the unit may end its sentence.
    let unit = next.trim_end_matches(['.', '!', '?', ':']);
    UNITS.contains(&unit) || after.starts_with(['€', '%', '£', '$'])
}

/// Words naming another code: a "code" near them is not a one-time code.
pub(crate) const OTHER_CODES: &[&str] = &[
    "error",
    "errore",
    "errori",
    "fehler",
    "erreur",
    "status",
    "stato",
    "http",
    "order",
    "ordine",
    "reason",
    "motivo",
    "promo",
    "sconto",
    "coupon",
    "discount",
    "postal",
    "postale",
    "zip",
    "cap",
    "fiscale",
    "tax",
    "swift",
    "bic",
    "abi",
    "cab",
    "product",
    "prodotto",
    "articolo",
    "tracking",
    "spedizione",
    "pratica",
    "exit",
    "return",
    "risponde",
    "responds",
    "answers",
    "returns",
    "restituisce",
    "response",
    "risposta",
    "ateco",
    "iso",
    "country",
    "paese",
    "sorgente",
    "source",
    "qr",
    "bar",
    "barcode",
    "ean",
    "sku",
    "client",
    "cliente",
    "customer",
    "merchant",
    "esercente",
    "terminal",
    "terminale",
    "serial",
    "seriale",
    "phone",
    "telefono",
    "authorisation",
    "authorization",
    "autorizzazione",
    "auth",
    "lotto",
    "batch",
    "job",
    "transaction",
    "transazione",
    "refund",
    "rimborso",
    "ticket",
    "case",
    "caso",
    "area",
];

/// Cues that make "code" a one-time code.
const CODE_CUES: &[&str] = &[
    "sms",
    "otp",
    "received",
    "receive",
    "ricevuto",
    "ricevuta",
    "arrivato",
    "arrivata",
    "arriva",
    "sent",
    "mandato",
    "mandata",
    "inviato",
    "inviata",
    "typed",
    "type",
    "digitato",
    "entered",
    "inserito",
    "paste",
    "pasted",
    "incollo",
    "incollato",
    "copied",
    "copiato",
    "copy",
    "phone",
    "telefono",
    "cellulare",
    "app",
    "verification",
    "verifica",
    "login",
    "accesso",
    "2fa",
    "mfa",
    "sca",
    "posta",
    "mail",
    "email",
    "expired",
    "scaduto",
    "security",
    "sicurezza",
    "dispositivo",
    "device",
    "attivazione",
    "activation",
    "conferma",
    "confirm",
    "confirmation",
    "sblocco",
    "unlock",
    // "codice usa e getta", "codice monouso": a single-use code.
    "getta",
    "monouso",
];

/// What a word is to a bridge: bits of `FILLER`, `INTRO`, `CLAUSE`, `REL`.
const FILLER: u8 = 1;
const INTRO: u8 = 2;
const CLAUSE: u8 = 4;
const REL: u8 = 8;
/// A word that points at a value named after it (`POINTING`).
const POINT: u8 = 16;
/// A word naming a value's place on a screen (`PLACES`).
const PLACE: u8 = 32;
/// A copula after a value named after it (`COPULAS`).
const COPULA: u8 = 64;
/// "as", "come" (`AS`).
const AS_BIT: u8 = 128;

/// The bridge's words by their first byte, each with its bits, so a word
/// is looked up once among the few that start like it (a key's bridge
/// reads up to 25 words).
fn class(w: &str) -> u8 {
    type Table = Vec<Vec<(&'static str, u8)>>;
    static TABLE: OnceLock<Table> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: Table = vec![Vec::new(); 256];
        for (list, bit) in [
            (FILLERS, FILLER),
            (INTRODUCERS, INTRO),
            (CLAUSE_ENDS, CLAUSE),
            (RELATIVES, REL),
            (POINTING, POINT),
            (PLACES, PLACE),
            (COPULAS, COPULA),
            (AS, AS_BIT),
        ] {
            for w in list {
                let Some(&c) = w.as_bytes().first() else {
                    continue;
                };
                let bucket = &mut t[usize::from(c.to_ascii_lowercase())];
                match bucket.iter_mut().find(|(x, _)| x == w) {
                    Some(e) => e.1 |= bit,
                    None => bucket.push((w, bit)),
                }
            }
        }
        t
    });
    let t = trim_word(w);
    let Some(&c) = t.as_bytes().first() else {
        return 0;
    };
    table[usize::from(c.to_ascii_lowercase())]
        .iter()
        .find(|(x, _)| x.eq_ignore_ascii_case(t))
        .map_or(0, |&(_, bits)| bits)
}

fn trim_word(w: &str) -> &str {
    let edge = |c: char| {
        matches!(
            c,
            ',' | ';' | '"' | '\'' | '`' | '*' | '(' | ')' | '[' | ']' | '«' | '»' | '“' | '”'
        )
    };
    // Most words have nothing to trim: looked at by their edge bytes.
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => w,
        _ => w.trim_matches(edge),
    }
}

fn lower_word(w: &str) -> String {
    w.trim_matches(|c: char| {
        matches!(
            c,
            ',' | ';' | '"' | '\'' | '`' | '*' | '(' | ')' | '[' | ']' | '«' | '»' | '“' | '”'
        )
    })
    .to_lowercase()
}

/// A byte that ends a sentence when a space, a line end or the text's end
/// follows it.
fn sentence_end(w: &str) -> bool {
    let b = w.as_bytes();
    // Most words end in a letter or a digit: nothing to look at.
    if b.last().is_none_or(u8::is_ascii_alphanumeric) {
        return false;
    }
    let t = w.trim_end_matches(['"', '\'', ')', '»', '”', '*']);
    (t.ends_with('.') && !t.ends_with("i.e.") && !t.ends_with("cod.") && t.len() > 1)
        || t.ends_with('?')
        || t.ends_with('!')
        || t.ends_with(';')
}

/// Words of the line after `from`: (start, end) of each, up to `max`.
fn words_after<'a>(
    b: &[u8],
    from: usize,
    max: usize,
    buf: &'a mut [(usize, usize); 26],
) -> &'a [(usize, usize)] {
    let max = max.min(buf.len());
    let mut n = 0;
    let mut i = from;
    let lim = (from + 400).min(b.len());
    while i < lim && n < max {
        while i < lim && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= lim || matches!(b[i], b'\n' | b'\r') {
            break;
        }
        let s = i;
        // Bounded: a text may be one word megabytes long.
        while i < lim && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        buf[n] = (s, crate::value::floor_boundary(b, i));
        n += 1;
    }
    &buf[..n]
}

/// The candidate that starts at `s` for what `want` asks: its span, or
/// none when what stands there is not built like such a value.
pub(crate) fn candidate(
    text: &str,
    s: usize,
    want: Want,
    near_card: bool,
) -> Option<(usize, usize)> {
    candidate_after(text, s, want, near_card, false)
}

/// `candidate`, for a word right after what hands a value over (a colon,
/// an arrow, a copula): there a name and a number is a password as well
/// ("password → Capriolo2017").
fn candidate_after(
    text: &str,
    s: usize,
    want: Want,
    near_card: bool,
    introduced: bool,
) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut s = s;
    while s < b.len() && matches!(b[s], b'"' | b'\'' | b'`' | b'(' | b'[') {
        s += 1;
    }
    for open in ["«", "“", "‘"] {
        if text[s..].starts_with(open) {
            s += open.len();
        }
    }
    // `****6B4i`, `••••1234`, `xxxx-4507`, `lp_live_XXXXXXXX`: a mask.
    let head = &text[s..crate::value::floor_boundary(b, (s + 8).min(b.len()))];
    let word = &b[s..word_end(b, s)];
    if ["**", "••", "xxx", "XXX", "##"]
        .iter()
        .any(|m| head.contains(m))
        || [&b"xxxxxx"[..], b"XXXXXX", b"******"]
            .iter()
            .any(|m| memchr::memmem::find(word, m).is_some())
    {
        return None;
    }
    match want {
        Want::Code | Want::WeakCode | Want::Cvv => code_at(text, s, want, near_card),
        Want::Password => {
            let e = word_end(b, s);
            let v = trim_value(&text[s..e]);
            (v.len() >= 6
                && (crate::context::password_word(v, introduced) || crate::text::joined_words(v))
                && !email(v)
                // `@{body('x')}`: a workflow's expression.
                && !v.starts_with('@')
                && !v.contains("@{")
                && !crate::text::is_reference(v))
            .then_some((s, s + v.len()))
        }
        Want::Token(_) | Want::Again => {
            let e = word_end(b, s);
            let v = trim_value(&text[s..e]);
            token_ok(v).then_some((s, s + v.len()))
        }
    }
}

/// An address: a name, `@`, and a domain whose last label is letters
/// (`C@stell0.23` is a password with an at sign, not an address).
fn email(v: &str) -> bool {
    v.split_once('@').is_some_and(|(_, d)| {
        d.rsplit_once('.')
            .is_some_and(|(_, tld)| tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic()))
    })
}

fn word_end(b: &[u8], s: usize) -> usize {
    let mut e = s;
    while e < b.len() && e - s < 600 && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    crate::value::floor_boundary(b, e)
}

fn trim_value(v: &str) -> &str {
    v.trim_end_matches([
        '.', ',', ';', ':', '!', '?', ')', '"', '\'', '`', ']', '»', '”', '’',
    ])
}

/// Built like a token the key names: 16+ characters of a token's alphabet
/// with letters and digits (or mixed case); never an id, a path, a host or
/// dotted name, a URL, a reference, a date, nor a name in kebab case.
pub(crate) fn token_ok(v: &str) -> bool {
    // express-session's signed cookie as a browser shows it: `s:` (URL
    // encoded) before the id, a dot, the signature.
    let v = v.strip_prefix("s%3A").unwrap_or(v);
    if crate::text::ebay_token(v) && (64..=2048).contains(&v.len()) {
        return true;
    }
    if !(16..=512).contains(&v.len()) || !v.bytes().all(crate::text::is_token_char) {
        return false;
    }
    let sh = crate::text::shape(v);
    let letters = sh.upper + sh.lower;
    if letters == 0 || (sh.digits == 0 && (v.len() < 32 || !crate::text::mixed_case(v))) {
        return false;
    }
    // `KEY=value`, `Timeout:PT30S`: a setting, not a token (base64's
    // padding aside).
    if v.trim_end_matches('=').contains('=') || v.contains(':') {
        return false;
    }
    let lowercase_words = |sep: char| {
        v.contains(sep)
            && v.split(sep).all(|seg| {
                seg.bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
            && sh.upper == 0
            && v.split(sep)
                .filter(|seg| seg.len() >= 3 && seg.bytes().all(|c| c.is_ascii_lowercase()))
                .count()
                >= 2
    };
    !(lowercase_words('-')
        || lowercase_words('.')
        || lowercase_words('_')
        || v.starts_with('/')
        || v.starts_with("./")
        || v.starts_with("arn:")
        || v.contains("://")
        || v.contains("..")
        || crate::text::is_placeholder(v)
        || crate::text::is_reference(v)
        || crate::context::is_id(v.as_bytes())
        || crate::refs::ulid_id(v.as_bytes())
        || crate::refs::secret_location(v.as_bytes())
        || crate::context::timestamp(v))
}

/// Digits of a code at `s`: 4–8 (3–4 for a card's code), one group or
/// digits spaced one by one (`2 3 1 0 4`, `3.1.8.1.5`); not a year, a
/// quantity, an amount, a time or a date.
fn code_at(text: &str, s: usize, want: Want, near_card: bool) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if s > 0 && (b[s - 1].is_ascii_digit() || matches!(b[s - 1], b'$' | b'#' | b'+')) {
        return None;
    }
    if text[..s].ends_with('€') || text[..s].ends_with('£') {
        return None;
    }
    let mut e = s;
    let mut digits = 0;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
        digits += 1;
    }
    if digits == 0 {
        return None;
    }
    // Digits spaced one by one.
    if digits == 1 {
        let mut j = e;
        while j + 1 < b.len() && matches!(b[j], b' ' | b'.' | b'-') && b[j + 1].is_ascii_digit() {
            if b.get(j + 2).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            j += 2;
            digits += 1;
        }
        if digits < 4 {
            return None;
        }
        e = j;
    }
    // What follows must end the number: not a decimal, a time, a date, a
    // longer identifier.
    match b.get(e) {
        Some(&c) if c.is_ascii_alphanumeric() || matches!(c, b'/' | b'_' | b'%' | b'@') => {
            return None;
        }
        Some(b'.' | b',' | b':' | b'-') if b.get(e + 1).is_some_and(u8::is_ascii_digit) => {
            return None;
        }
        _ => {}
    }
    if quantity_after(text, e) {
        return None;
    }
    // `403 code 4059 'otp_attempts_exceeded'`: a code named by an error.
    if crate::context::error_name_after(b, e) {
        return None;
    }
    let whole = &text[s..e];
    let year = digits == 4
        && whole.len() == 4
        && whole
            .parse::<u32>()
            .is_ok_and(|y| (1950..=2099).contains(&y));
    let ok = match want {
        Want::Cvv => {
            (3..=4).contains(&digits) && whole.len() == digits
                || (5..=8).contains(&digits) && !near_card
        }
        _ => (4..=8).contains(&digits) && !year,
    };
    ok.then_some((s, e))
}

/// Whether "code" at `key` is a one-time code by the words of its line
/// near it (120 bytes either side, within `lo..hi`): a cue of one-time
/// codes (SMS, received, pasted…) and no word naming another code. Words
/// are read in place, lower-cased in a small buffer.
pub(crate) fn weak_code_ok(text: &str, key: &Key, lo: usize, hi: usize) -> bool {
    let b = text.as_bytes();
    let at = key.start;
    let lo = lo.max(at.saturating_sub(120));
    let hi = hi.min(key.end + 120).min(b.len());
    let ls = memchr::memrchr(b'\n', &b[lo..at]).map_or(lo, |p| lo + p + 1);
    let le = memchr::memchr(b'\n', &b[at..hi]).map_or(hi, |p| at + p);
    let (mut cue, mut other) = (false, false);
    let mut buf = [0u8; 24];
    for w in b[ls..le].split(|&c| !(c.is_ascii_alphanumeric() || c == b'\'' || c >= 0x80)) {
        if w.is_empty() || w.len() > buf.len() {
            continue;
        }
        let low = &mut buf[..w.len()];
        low.copy_from_slice(w);
        low.make_ascii_lowercase();
        let Ok(low) = std::str::from_utf8(low) else {
            continue;
        };
        cue |= CODE_CUES.contains(&low);
        other |= OTHER_CODES.contains(&low);
    }
    cue && !other
}

fn kind_of(want: Want, value: &str) -> Kind {
    match want {
        Want::Password => Kind::Password,
        Want::Code | Want::WeakCode => Kind::Pin,
        Want::Cvv => {
            if value.bytes().filter(u8::is_ascii_digit).count() <= 4 {
                Kind::Cvv
            } else {
                Kind::Pin
            }
        }
        Want::Token(k) => k,
        Want::Again => Kind::AccessToken,
    }
}

fn push(out: &mut Vec<Finding>, kind: Kind, s: usize, e: usize) {
    out.push(Finding {
        kind,
        start: s,
        end: e,
        confidence: Confidence::Medium,
    });
}

/// The second look: every credential word, its bridge and its candidate.
/// `found` holds what the other passes found (a card number before "code"
/// makes it a card's code).
/// "PrivateKey (WireGuard) c'è y63i…=", "I tried n3EA…= as the
/// PrivateKey": a private key written as one token, 32 bytes of base64
/// (43 characters and `=`: a WireGuard or X25519 key, an Ed25519 seed), on
/// the key's line or the next, either side of its name (200 bytes).
fn raw_key_near(b: &[u8], key: &Key) -> Option<(usize, usize)> {
    let b64 = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/');
    let mut lo = key.start.saturating_sub(200);
    if let Some(nl) = memchr::memrchr(b'\n', &b[lo..key.start]) {
        lo += nl + 1;
    }
    let mut hi = (key.end + 200).min(b.len());
    if let Some(nl) = memchr::memchr(b'\n', &b[key.end..hi]) {
        let next = key.end + nl + 1;
        hi = memchr::memchr(b'\n', &b[next..hi]).map_or(hi, |o| next + o);
    }
    let mut i = lo;
    while i < hi {
        if !b64(b[i]) || (i > 0 && (b64(b[i - 1]) || b[i - 1] == b'=')) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < hi && b64(b[j]) {
            j += 1;
        }
        if j - i == 43
            && b.get(j) == Some(&b'=')
            && !b.get(j + 1).is_some_and(|&c| b64(c) || c == b'=')
        {
            let t = &b[i..j];
            if t.iter().any(u8::is_ascii_digit)
                && t.iter().any(u8::is_ascii_uppercase)
                && t.iter().any(u8::is_ascii_lowercase)
            {
                return Some((i, j + 1));
            }
        }
        i = j.max(i + 1);
    }
    None
}

pub(crate) fn scan(text: &str, keys: &[Key], rereading: bool, found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // Read again after redaction, only keys near a redacted span can read
    // differently than the first time (what they read reaches at most 120
    // bytes before them and 600 after, or a few lines for a reply).
    let marks: Vec<usize> = if rereading {
        memchr::memmem::find_iter(b, b"[REDACTED:").collect()
    } else {
        Vec::new()
    };
    let near_mark = |k: &Key| {
        let p = marks.partition_point(|&m| m + 120 < k.start);
        marks.get(p).is_some_and(|&m| m < k.end + 2000)
    };
    let ks: Vec<Key> = keys
        .iter()
        .copied()
        .filter(|k| (!rereading || near_mark(k)) && admit(text, k))
        .collect();
    if ks.is_empty() {
        return;
    }
    let mut cards: Vec<usize> = found
        .iter()
        .filter(|f| f.kind == Kind::CardNumber)
        .map(|f| f.end)
        .collect();
    cards.sort_unstable();
    // Where passwords found end, for a correction ("that's the old one,
    // it's …"): sorted once, searched per key.
    let mut passwords: Vec<usize> = if ks.iter().any(|k| k.want == Want::Again) {
        found
            .iter()
            .filter(|f| f.kind == Kind::Password)
            .map(|f| f.end)
            .collect()
    } else {
        Vec::new()
    };
    passwords.sort_unstable();
    let tokens: Vec<Key> = ks
        .iter()
        .copied()
        .filter(|k| matches!(k.want, Want::Token(_)))
        .collect();
    // Only a text being read again after redaction holds the marker. A
    // card may hide in any redacted span (`Bearer 4000…` is a token), so
    // any marker just before the key counts as one: the redacted text
    // then finds no code the original did not.
    let redacted = memchr::memmem::find(b, b"[REDACTED:").is_some();
    let mut add = Vec::new();
    for (i, key) in ks.iter().enumerate() {
        if key.want == Want::Token(Kind::PrivateKey) {
            if let Some((s, e)) = raw_key_near(b, key) {
                add.push((Kind::PrivateKey, s, e));
            }
            continue;
        }
        // A card found just before the key makes "code" a card's code; a
        // card possibly there (found, or hidden in a redacted span) keeps a
        // card's code from being read as a one-time code. (So the redacted
        // text finds nothing the original did not.)
        let card_found = {
            let p = cards.partition_point(|&c| c <= key.start);
            p > 0 && key.start - cards[p - 1] <= 24
        };
        let near_card = card_found || {
            let lo = crate::value::floor_boundary(b, key.start.saturating_sub(48));
            redacted && memchr::memmem::find(&b[lo..key.start], b"[REDACTED:").is_some()
        };
        let want = if card_found && key.want == Want::WeakCode {
            Want::Cvv
        } else if key.want == Want::Again {
            // The token or secret the text names nearest (either side);
            // else a password given just before ("pw: X … wait, that's
            // the old one, it's Y"): the writer corrects it.
            match nearest_token_key(&tokens, key) {
                Some(w) => w,
                None if password_before(&passwords, key.start) => Want::Password,
                None => continue,
            }
        } else {
            key.want
        };
        // Neighbouring keys bound what this one reads (dense keys must
        // not each read the same bytes again).
        let prev_start = i.checked_sub(1).map_or(0, |p| ks[p].start);
        let next_end = ks.get(i + 1).map_or(b.len(), |k| k.end);
        if want == Want::WeakCode && !weak_code_ok(text, key, prev_start, next_end) {
            continue;
        }
        let next_key = ks.get(i + 1).map_or(usize::MAX, |k| k.start);
        let found_here = if key.want == Want::Again {
            again(text, key, want)
        } else if promising(b, key.end, next_end) {
            bridged(text, key, want, near_card, next_key)
        } else {
            None
        };
        if let Some((s, e)) = found_here {
            add.push((kind_of(want, &text[s..e]), s, e));
        }
    }
    if ks
        .iter()
        .any(|k| matches!(k.want, Want::Code | Want::WeakCode | Want::Cvv))
    {
        value_before_code(text, &ks, &mut add);
    }
    if ks
        .iter()
        .any(|k| matches!(k.want, Want::Password | Want::Token(_)))
    {
        answered_question(text, &ks, &mut add);
    }
    if ks.iter().any(|k| {
        matches!(
            k.want,
            Want::Password | Want::Token(_) | Want::Code | Want::Cvv | Want::WeakCode
        )
    }) {
        value_before_its_name(text, &ks, &mut add);
    }
    crate::replies::scan(text, &ks, &mut add);
    for (k, s, e) in add {
        if crate::context::no_clear_secret(b, k, s, e) {
            continue;
        }
        push(found, k, s, e);
    }
}

/// Whether anything a value could be made of follows the key in its
/// sentence (160 bytes at most): a digit, a symbol, a capital inside a
/// word. Every candidate has one (codes are digits; a password or token
/// mixes classes; a passphrase ends in a number), so a key followed only
/// by plain words is passed over without reading its bridge. A line that
/// ends in a colon or a short copula ("is", "è") goes on to the next.
fn promising(b: &[u8], from: usize, hi: usize) -> bool {
    // Per byte: 1 a value's byte (digit, symbol), 2 a sentence's end
    // when a space follows, 3 a line break, 4 a capital, 0 anything else.
    static KIND: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut c = 0;
        while c < 256 {
            let b = c as u8;
            t[c] = match b {
                b'0'..=b'9'
                | b'!'
                | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'*'
                | b'+'
                | b'/'
                | b'='
                | b'@'
                | b'^'
                | b'_'
                | b'~'
                | b'|'
                | b'<'
                | b'>'
                | b'{'
                | b'}'
                | b'['
                | b']'
                | b'\\' => 1,
                b'.' | b'?' | b';' => 2,
                b'\n' => 3,
                b'A'..=b'Z' => 4,
                _ => 0,
            };
            c += 1;
        }
        t
    };
    let lim = (from + 160).min(hi).min(b.len());
    let mut i = from;
    while i < lim {
        match KIND[usize::from(b[i])] {
            0 => {}
            1 => return true,
            4 => {
                if i > from && b[i - 1].is_ascii_lowercase() {
                    return true;
                }
            }
            2 => {
                // "i.e." and "cod." go on.
                let ends = b.get(i + 1).is_none_or(|&n| n == b' ');
                if ends && !(b[i] == b'.' && (b[..i].ends_with(b"i.e") || b[..i].ends_with(b"cod")))
                {
                    return false;
                }
            }
            _ => {
                // The line's last word: a colon or a short copula leads on.
                let t = b[from..i].trim_ascii_end();
                let last = t.rsplit(|&c| c == b' ').next().unwrap_or(t);
                // A label alone (`Access Token`, `Secret Key *`) leads
                // on too: a settings page puts the value under it.
                return t.ends_with(b":")
                    || t.trim_ascii().is_empty()
                    || t.trim_ascii() == b"*"
                    || (1..=4).contains(&last.len()) && last.iter().any(|c| !c.is_ascii_digit());
            }
        }
        i += 1;
    }
    true
}

/// After the key, over a short bridge on its line, to a candidate; or, when
/// the line ends with the bridge's colon or copula, the next line's lone
/// value.
fn bridged(
    text: &str,
    key: &Key,
    want: Want,
    near_card: bool,
    next_key: usize,
) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut from = key.end;
    // The key's decoration: `'Client secret'`, `**PIN**`.
    while from < b.len() && matches!(b[from], b'\'' | b'"' | b'*' | b'`' | b')') {
        from += 1;
    }
    let relative = {
        let rest = &text[from..crate::value::floor_boundary(b, (from + 40).min(b.len()))];
        let rest = rest.trim_start();
        rest.starts_with(',') && class(rest[1..].split_whitespace().next().unwrap_or("")) & REL != 0
    };
    let mut max_words = if relative { 24 } else { 8 };
    // "the PIN for the card I made in the app is 883407", "il pin della
    // carta che ho creato nell'app è 473089": a relative clause with no
    // comma (a relative pronoun, or a subject pronoun after the noun)
    // within the key's first words lengthens the bridge to its copula;
    // a clause's `and`/`but` still ends it.
    let mut clause = false;
    // `key=value`, `key:value`: the separator glued to both.
    let mut introduced = false;
    // (Not `:`: `…:secret:prod/db` is a segment of a resource's name.)
    if b.get(from) == Some(&b'=')
        && b.get(from + 1)
            .is_some_and(|&c| !c.is_ascii_whitespace() && c != b'=')
    {
        from += 1;
        introduced = true;
    }
    let mut last: Option<(usize, usize)> = None;
    // Words are read one at a time: most bridges end after a few.
    let lim = (from + 400).min(b.len());
    let mut i = from;
    for n in 0..=24 {
        if n > max_words {
            break;
        }
        while i < lim && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= lim || matches!(b[i], b'\n' | b'\r') {
            break;
        }
        let ws = i;
        // Bounded: a text may be one word megabytes long.
        while i < lim && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        // (A word cut by the bound ends on a character's boundary.)
        let we = crate::value::floor_boundary(b, i);
        last = Some((ws, we));
        if ws >= next_key {
            return None;
        }
        let w = &text[ws..we];
        // A value already found and redacted stands between: what follows
        // it is not this key's (and `scan(redact(t))` stays empty).
        if w.contains("[REDACTED") {
            return None;
        }
        let bits = class(w);
        if introduced {
            if let Some(span) = candidate_after(text, ws, want, near_card, true) {
                return Some(span);
            }
            if want == Want::Password {
                let mut buf = [(0usize, 0usize); 26];
                if let Some(span) = passphrase(text, words_after(b, ws, 8, &mut buf)) {
                    return Some(span);
                }
            }
            // What stands after the colon or copula is the value, and it
            // is none: a placeholder, a mask, a reference, a word. Only
            // "is now", "è ancora" go on to the value.
            if bits & FILLER == 0 {
                return None;
            }
            continue;
        }
        // `access token «6eoT…»`: a value in guillemets right after the
        // key (or its qualifiers: `token di rinnovo «…»`) is quoted as its
        // value. Only a whole word: « » also quote prose. Inside a string
        // (a JSON field's text, `"desc": "…cvc2 «4460»"}`) the string's
        // own closing quote and brackets may follow.
        if n <= 3
            && w.starts_with('«')
            && trim_value(w).len() + '»'.len_utf8() <= w.len()
            && text[..we]
                .trim_end_matches(['.', ',', ';', ')'])
                .trim_end_matches(['"', '}', ']', ','])
                .ends_with('»')
        {
            return candidate(text, ws, want, near_card);
        }
        // `Client Secret *⇥FAC9…`: a settings page's required-field mark
        // between the label and its value.
        if n == 0 && w == "*" && b.get(we) == Some(&b'\t') {
            introduced = true;
            continue;
        }
        // An arrow or a pointing hand hands the value over as a colon
        // does (`password → Capriolo2017.`, `contraseña 👉 …`).
        if w.ends_with(':')
            || matches!(
                w,
                "=" | ":" | "->" | "=>" | "-" | "-->" | "→" | "⇒" | "👉" | "➡" | "➡️"
            )
        {
            // A colon past other words: a prose label ("for the portal:"),
            // never another field's name (`"merchant":`, `exp_year:`).
            let label = w.trim_end_matches(':');
            if n > 0
                && !label
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == ')')
            {
                return None;
            }
            introduced = true;
            continue;
        }
        if !relative
            && !clause
            && (1..=4).contains(&n)
            && (bits & REL != 0 || matches!(trim_word(w), "I" | "we" | "you" | "they"))
        {
            clause = true;
            max_words = 16;
        }
        // "il suo PIN della carta sandbox, 3732, e il terminale…": a code
        // set off by commas right after the key's words (an apposition).
        if want == Want::Code
            && n <= 4
            && w.ends_with(',')
            && let Some(span) = apposed_code(text, we, lim, near_card)
        {
            return Some(span);
        }
        let to = trim_word(w).eq_ignore_ascii_case("to");
        if bits & INTRO != 0 && !to {
            introduced = true;
            continue;
        }
        if to && n > 0 && want != Want::Password {
            // "updated it to X", "changed to X".
            introduced = true;
            continue;
        }
        if sentence_end(w) || (bits & CLAUSE != 0 && !relative) {
            return None;
        }
        if n >= max_words {
            return None;
        }
    }
    // A settings page's label alone on its line (`Access Token`, `Secret
    // Key *`): the value is the next line, alone.
    if last.is_none_or(|(ws, we)| last.is_some() && &text[ws..we] == "*" && ws <= key.end + 2)
        && label_alone(b, key.start)
    {
        return next_line_value(text, key.end, want, near_card);
    }
    // The line ended: a value alone on the next line after a colon or a
    // copula ending this one (not `=`: `KEY=` is an empty setting).
    let last_word = last.map(|(ws, we)| &text[ws..we]);
    if !introduced || last_word.is_none_or(|w| w.ends_with('=') || w == "-") {
        return None;
    }
    let last_end = last.map_or(from, |w| w.1);
    next_line_value(text, last_end, want, near_card)
}

/// The code after a word that ends in a comma, itself closed by a comma
/// or the sentence's end (`, 3732, e…`, `, 3732.`): an apposition.
fn apposed_code(text: &str, we: usize, lim: usize, near_card: bool) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if b.get(we) != Some(&b' ') || we + 1 >= lim {
        return None;
    }
    let (s, e) = code_at(text, we + 1, Want::Code, near_card)?;
    let closed = match b.get(e) {
        None | Some(b'\n') => true,
        Some(b',' | b';') => true,
        Some(b'.' | b'!' | b'?') => b.get(e + 1).is_none_or(u8::is_ascii_whitespace),
        _ => false,
    };
    (closed && b[s..e].iter().all(u8::is_ascii_digit)).then_some((s, e))
}

/// Whether the key at `s` starts its line (after spaces only).
fn label_alone(b: &[u8], s: usize) -> bool {
    let lo = s.saturating_sub(16);
    let head = &b[lo..s];
    match memchr::memrchr(b'\n', head) {
        Some(nl) => head[nl + 1..].iter().all(|&c| matches!(c, b' ' | b'\t')),
        None => lo == 0 && head.iter().all(|&c| matches!(c, b' ' | b'\t')),
    }
}

/// The kind of the token key nearest to `key` (within 1,500 bytes).
fn nearest_token_key(tokens: &[Key], key: &Key) -> Option<Want> {
    // `tokens` are sorted by position: the nearest is one of the two
    // around the key's.
    let p = tokens.partition_point(|k| k.start < key.start);
    [p.checked_sub(1), Some(p)]
        .into_iter()
        .flatten()
        .filter_map(|i| tokens.get(i))
        .map(|k| (k.start.abs_diff(key.start), k.want))
        .filter(|&(d, _)| d <= 1500)
        .min_by_key(|&(d, _)| d)
        .map(|(_, w)| w)
}

/// After "the new one is": a token on the same line or alone on the next
/// (a quoted mail's `> ` skipped), 20+ characters no word looks like.
fn again(text: &str, key: &Key, want: Want) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let s = crate::value::skip_spaces(b, key.end);
    let span = if b.get(s).is_none_or(|&c| matches!(c, b'\n' | b'\r')) {
        next_line_value(text, s, want, false)?
    } else {
        candidate(text, s, want, false)?
    };
    // A password is built like one (`candidate`); a token is long.
    (want == Want::Password || span.1 - span.0 >= 20).then_some(span)
}

/// A password found in the 600 bytes before `at` (`ends`: where found
/// passwords end, sorted).
fn password_before(ends: &[usize], at: usize) -> bool {
    let p = ends.partition_point(|&e| e <= at);
    p > 0 && at - ends[p - 1] <= 600
}

/// A passphrase after a copula or colon: three to six plain words ended by
/// a number of one to three digits ("treno felice sul tetto 30"), the
/// number ending its clause.
fn passphrase(text: &str, words: &[(usize, usize)]) -> Option<(usize, usize)> {
    const PROSE: &[&str] = &[
        "the", "same", "as", "before", "not", "no", "non", "still", "stessa", "stesso", "quella",
        "quello", "prima", "come", "ancora", "sempre", "uguale", "my", "your", "mia", "mio", "tua",
        "tuo", "sua", "suo", "is", "was", "è", "era", "for", "per", "with", "con", "from", "da",
        "dal", "dalla", "since", "dopo", "after", "about", "circa", "only", "solo", "soltanto",
        "almeno", "least", "than", "more", "più", "meno", "less",
    ];
    let first = words.first()?;
    let mut plain = 0;
    for &(ws, we) in words.iter().take(7) {
        let w = &text[ws..we];
        let t = trim_value(w);
        if !t.is_empty()
            && t.len() <= 3
            && t.bytes().all(|c| c.is_ascii_digit())
            && t.len() == w.len().min(t.len() + 1)
        {
            if plain >= 3 && (t.len() == w.len() || w.ends_with([',', '.'])) {
                return Some((first.0, ws + t.len()));
            }
            return None;
        }
        let lw = w.to_lowercase();
        if lw.is_empty()
            || !lw.chars().all(|c| c.is_alphabetic() || c == '\'')
            || PROSE.contains(&lw.as_str())
        {
            return None;
        }
        if lw.chars().count() >= 2 {
            plain += 1;
        }
    }
    None
}

/// A value alone on the next non-blank line (a quoted mail's `> ` prefix
/// skipped), at most two blank lines below.
fn next_line_value(text: &str, from: usize, want: Want, near_card: bool) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let nl = memchr::memchr(b'\n', &b[from..(from + 4).min(b.len())]).map(|p| from + p)?;
    let mut i = nl + 1;
    for _ in 0..3 {
        if i >= b.len() {
            return None;
        }
        // A value alone on its line: a longer line holds none.
        let hi = (i + 600).min(b.len());
        let le = memchr::memchr(b'\n', &b[i..hi]).map_or(hi, |p| i + p);
        if le == hi && hi < b.len() {
            return None;
        }
        let mut s = i;
        while s < le && matches!(b[s], b'>' | b' ' | b'\t') {
            s += 1;
        }
        let content = text[s..le].trim_end();
        if content.is_empty() {
            if le >= b.len() {
                return None;
            }
            i = le + 1;
            continue;
        }
        let span = candidate(text, s, want, near_card)?;
        // Alone on its line.
        // Controls a screen prints beside the field (`👁`, `Copy`) are no
        // other text.
        return (crate::ui_chrome::without_chrome(&text[span.1..le])
            .trim_end_matches(['.', ',', ')', '"', '\'', '`'])
            .trim()
            .is_empty())
        .then_some(span);
    }
    None
}

/// `"Betty190766@" - that's the password the technician left me`,
/// `«Lazio1964!» — questa è la password`, `whk_… <- signing secret`: a
/// value first, then what ties it to the words that name it, the key
/// among them (a PIN's or a one-time code's too: `41458 <- pin
/// bancomat`). The tie is a pointer (a dash, an arrow), a copula or "as"
/// (`X is the Kennwort`, `I tried X as the PIN`, `X come passw.`), a
/// parenthesis that closes on the name (`X (mot de passe)`, `X (next to
/// the label refresh token)`), or a caret under the value's line (`X` /
/// `^ that is the CVC`). Between the tie and the key only words that
/// point ("that's the", "questa è la", "my new") and one qualifier of the
/// key ("signing", "wifi"); before the tie a quoted value, or a word
/// shaped for the key's kind. Reads 48 bytes before each such key.
fn value_before_its_name(text: &str, ks: &[Key], add: &mut Vec<(Kind, usize, usize)>) {
    let b = text.as_bytes();
    for key in ks.iter().filter(|k| {
        matches!(
            k.want,
            Want::Password | Want::Token(_) | Want::Code | Want::Cvv | Want::WeakCode
        )
    }) {
        let lo = crate::value::floor_boundary(b, key.start.saturating_sub(48));
        // On the key's line.
        let ls = memchr::memrchr(b'\n', &b[lo..key.start]).map(|o| lo + o + 1);
        let lo = ls.unwrap_or(lo);
        let Some(tie) = tie_before(text, lo, ls.is_some(), key) else {
            continue;
        };
        // "code" alone is a one-time code only with its cues near.
        if key.want == Want::WeakCode && !weak_code_ok(text, key, 0, b.len()) {
            continue;
        }
        // A code is tied by an arrow, a parenthesis, "as" or a caret: a
        // dash before "il pin" also ends a clause about something else
        // ("il TID 14866568 — il pin della carta è bloccato"), and "is"
        // a sentence about a number ("2 is the PIN's length").
        let coded = matches!(key.want, Want::Code | Want::WeakCode | Want::Cvv);
        if coded && matches!(tie.how, How::Dash | How::Copula) {
            continue;
        }
        let want = if key.want == Want::WeakCode {
            Want::Code
        } else {
            key.want
        };
        let span = if tie.how == How::Caret {
            value_above(text, lo, want)
        } else {
            value_ending_at(text, tie.at, want)
        };
        // Digits after another group of digits end a longer number (`+39
        // 330 836 8616 (SMS)`), not a code.
        let span = span.filter(|&(s, _)| {
            let before = text[..s].trim_end_matches(' ');
            let group = before
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit()));
            !coded || !group
        });
        if let Some((s, e)) = span {
            add.push((kind_of(want, &text[s..e]), s, e));
        }
    }
}

/// How a value ahead of its name is tied to it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    /// `-`, `—`, `–` between spaces.
    Dash,
    /// `<-`, `→`, `-->`…
    Arrow,
    /// "is", "è", "ist", "est".
    Copula,
    /// "as", "come", "als".
    As,
    /// `X (the name)`.
    Paren,
    /// `^` starting the line under the value's.
    Caret,
}

struct Tie {
    /// Where the value ends (the space before the tie).
    at: usize,
    how: How,
}

/// Words that point at a value named after it.
const POINTING: &[&str] = &[
    "that's", "thats", "that", "this", "it's", "its", "is", "the", "my", "our", "new", "questa",
    "questo", "è", "e'", "la", "il", "mia", "mio", "nuova", "nuovo", "ecco", "a", "an", "un",
    "una", "der", "die", "das", "le", "el",
    // Which of the credentials over time: "7854 <-- current 2FA code".
    "current", "attuale", "old", "vecchia", "vecchio",
];

/// Words that tie a value to the name after it: a copula, "as".
const COPULAS: &[&str] = &["is", "was", "è", "e'", "era", "ist", "war", "est", "es"];
const AS: &[&str] = &["as", "come", "als", "comme", "como"];

/// Words a parenthesis names a value's place on a form or screen with:
/// "(next to the label PIN)", "(accanto all'etichetta codice SMS)".
const PLACES: &[&str] = &[
    "next",
    "to",
    "beside",
    "under",
    "label",
    "field",
    "accanto",
    "all'etichetta",
    "etichetta",
    "campo",
    "sotto",
    "voce",
    "alla",
    "al",
];

/// The tie between a value and the words naming it, read back from the
/// key over pointing words and at most one qualifier (`lo` is the window's
/// start, the line's when `at_line` says so).
fn tie_before(text: &str, lo: usize, at_line: bool, key: &Key) -> Option<Tie> {
    let b = text.as_bytes();
    // Words are looked up once, among the few that start like them.
    let is_pointing = |w: &str| class(w) & POINT != 0;
    let is_place = |w: &str| class(w) & PLACE != 0;
    // The last pointer in the window: every one holds `-` or starts
    // with the lead byte of `—`, `–`, `←` (most windows have none,
    // and pay one scan of 48 bytes).
    if let Some((at, len)) = memchr::memrchr2_iter(b'-', 0xE2, &b[lo..key.start])
        .map(|o| lo + o)
        .find_map(|m| pointer_around(b, lo, key.start, m))
    {
        // Pointing words, then at most one qualifier right before the key.
        let ws = split_words(text, at + len, key.start);
        let n = ws.len();
        let fits = n <= 5
            && ws
                .iter()
                .enumerate()
                .all(|(i, &(_, w))| is_pointing(w) || i + 1 == n);
        if !fits {
            return None;
        }
        let arrow = b[at + 1..at + len - 1].contains(&b'<')
            || b[at + 1..at + len - 1].contains(&b'>')
            || b[at + 1..at + len - 1].starts_with("←".as_bytes())
            || b[at + 1..at + len - 1].starts_with("→".as_bytes());
        let how = if arrow { How::Arrow } else { How::Dash };
        return Some(Tie { at, how });
    }
    // Past a pointer, the key is a word of its own (not `x=secrets.TOKEN`).
    if key.start > 0
        && (b[key.start - 1].is_ascii_alphanumeric()
            || matches!(b[key.start - 1], b'.' | b'_' | b'=' | b'-' | b'/' | b':'))
    {
        return None;
    }
    // Back from the key word by word, with no allocation (most keys stop
    // at the second word): pointing words (and places, inside a
    // parenthesis), one qualifier right before the key, then the tie.
    let mut i = key.start;
    let mut placed = false;
    // A key glued to its parenthesis: `(mot de passe)`.
    if i > lo && b[i - 1] == b'(' {
        return paren_tie(text, i - 1, key);
    }
    for n in 0..7 {
        while i > lo && b[i - 1] == b' ' {
            i -= 1;
        }
        if i <= lo {
            return None;
        }
        let e = i;
        while i > lo && b[i - 1] != b' ' {
            i -= 1;
        }
        let w = &text[i..e];
        if w == "^" {
            // A caret starting the key's line points at the line above.
            return (at_line && !placed && text[lo..i].trim().is_empty()).then_some(Tie {
                at: lo,
                how: How::Caret,
            });
        }
        if let Some(inner) = w.strip_prefix('(') {
            if !(inner.is_empty() || is_pointing(inner) || is_place(inner) || n == 0) {
                return None;
            }
            return paren_tie(text, i, key);
        }
        let bits = class(w);
        let copula = bits & COPULA != 0;
        if copula || bits & AS_BIT != 0 {
            // "that is the": the copula points on; "X is the": it ties.
            let before = text[lo..i].trim_end().rsplit(' ').next().unwrap_or("");
            if !(copula && is_pointing(before)) {
                let how = if copula { How::Copula } else { How::As };
                return (!placed && i > 0 && b[i - 1] == b' ').then(|| Tie { at: i - 1, how });
            }
        }
        if bits & POINT != 0 {
            continue;
        }
        if bits & PLACE != 0 {
            placed = true;
            continue;
        }
        if n > 0 {
            return None;
        }
    }
    None
}

/// The tie of a parenthesis opened at `open` on the words naming a
/// value: it closes within two words after the key, holds no value of
/// its own, and the value stands right before it.
fn paren_tie(text: &str, open: usize, key: &Key) -> Option<Tie> {
    let b = text.as_bytes();
    let hi = crate::value::floor_boundary(b, (key.end + 24).min(b.len()));
    let rest = &text[key.end..hi];
    // The key's own value inside (`(token: ****ua5g)`) is not a name.
    // Nor is one that says where the key's value is kept (`(secret in
    // vault)`, `(password nel vault)`, `(token im Tresor)`): the value
    // is there, not before the parenthesis.
    let closes = rest.find(')').is_some_and(|c| {
        let words = || rest[..c].split_whitespace();
        !rest[..c].contains(['(', '\n', ':', '='])
            && words().count() <= 2
            && !words().next().is_some_and(|w| {
                ["in", "nel", "nella", "im", "dans", "en", "stored", "kept"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
    });
    // `then`, not `then_some`: the tie's position is only computed when
    // there is a character before the parenthesis.
    (closes && open > 0 && b[open - 1] == b' ').then(|| Tie {
        at: open - 1,
        how: How::Paren,
    })
}

/// The words of `text[from..to]` split at spaces, each with its start.
fn split_words(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut i = from;
    for w in text[from..to].split(' ') {
        if !w.is_empty() {
            out.push((i, w));
        }
        i += w.len() + 1;
    }
    out
}

/// The value that ends at `ve`: quoted (and judged whole), or a word
/// shaped for `want`.
fn value_ending_at(text: &str, ve: usize, want: Want) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if ve == 0 {
        return None;
    }
    let close = text[..ve].chars().next_back().unwrap_or(' ');
    let open = match close {
        '"' => Some('"'),
        '\'' => Some('\''),
        '`' => Some('`'),
        '»' => Some('«'),
        '”' => Some('“'),
        _ => None,
    };
    if let Some(open) = open {
        let inner_end = ve - close.len_utf8();
        let from = crate::value::floor_boundary(b, inner_end.saturating_sub(128));
        let o = text[from..inner_end].rfind(open)?;
        let vs = from + o + open.len_utf8();
        let v = &text[vs..inner_end];
        if v.is_empty() || v.contains(char::is_whitespace) {
            return None;
        }
        // Quoted and named, the value is judged whole (an `@` or a
        // final `!` is part of it).
        let ok = match want {
            Want::Password => {
                crate::context::password_word(v, true) && !crate::text::is_reference(v)
            }
            Want::Token(_) => token_ok(v),
            Want::Code => (4..=8).contains(&v.len()) && v.bytes().all(|c| c.is_ascii_digit()),
            Want::Cvv => (3..=4).contains(&v.len()) && v.bytes().all(|c| c.is_ascii_digit()),
            _ => false,
        };
        return ok.then_some((vs, inner_end));
    }
    let floor = ve.saturating_sub(600);
    let vs = b[floor..ve]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(floor, |k| floor + k + 1);
    if let Some(span) = candidate(text, vs, want, false).filter(|&(_, e)| e == ve) {
        return Some(span);
    }
    // Named as a password, an `@` inside a word is the password's, not an
    // address's (`C@v@llo!68 (passwd)`; `mario@shop.it` has a dot after it).
    let v = &text[vs..ve];
    (want == Want::Password
        && v.contains('@')
        && !v.rsplit('@').next().is_some_and(|d| d.contains('.'))
        && crate::context::password_word(v, false)
        && !crate::text::is_reference(v))
    .then_some((vs, ve))
}

/// The last word of the nearest non-blank line above `line` (a caret's
/// line), when it is shaped for `want`.
fn value_above(text: &str, line: usize, want: Want) -> Option<(usize, usize)> {
    let above = text[..line.checked_sub(1)?].trim_end();
    if above.is_empty() || above.len() + 600 < line {
        return None;
    }
    value_ending_at(text, above.len(), want)
}

/// The pointer (`-`, `—`, `–`, `<-`, `<--`, `←`, `→`, `->`, `-->` between
/// spaces)
/// that holds the byte at `m`, within `lo..hi`: where it starts (its space
/// before) and its length with both spaces.
fn pointer_around(b: &[u8], lo: usize, hi: usize, m: usize) -> Option<(usize, usize)> {
    // A pointer is at most three bytes long: a space lies that near.
    let s = (lo.max(m.saturating_sub(3))..m)
        .rev()
        .find(|&k| b[k] == b' ')?;
    let e = (m..hi.min(m + 4)).find(|&k| b[k] == b' ')?;
    let token = &b[s + 1..e];
    [
        &b"-"[..],
        "—".as_bytes(),
        "–".as_bytes(),
        b"<-",
        b"<--",
        "←".as_bytes(),
        "→".as_bytes(),
        b"->",
        b"-->",
    ]
    .contains(&token)
    .then_some((s, e + 1 - s))
}

/// "ti ricordi la password del wifi? era \"B4s1l1c0+20!\" mi pare", "what
/// was the password? it was 'X'": a question naming the key, answered at
/// once in the same message by a past or present copula and the value.
/// The question mark comes within 64 bytes of the key; the answer's
/// words are at most two; the value is quoted, or shaped for the key.
fn answered_question(text: &str, ks: &[Key], add: &mut Vec<(Kind, usize, usize)>) {
    const ANSWERS: &[&str] = &[
        "era", "è", "e'", "was", "is", "it's", "it was", "forse", "credo", "maybe", "i think",
    ];
    let b = text.as_bytes();
    for key in ks
        .iter()
        .filter(|k| matches!(k.want, Want::Password | Want::Token(_)))
    {
        let hi = (key.end + 64).min(b.len());
        let Some(q) = memchr::memchr(b'?', &b[key.end..hi]).map(|o| key.end + o) else {
            continue;
        };
        // The question is one clause: no line break nor full stop in it.
        if b[key.end..q]
            .iter()
            .any(|&c| matches!(c, b'\n' | b'.' | b'!'))
        {
            continue;
        }
        let mut i = q + 1;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        let rest_end = crate::value::floor_boundary(b, (i + 24).min(b.len()));
        let rest = text[i..rest_end].to_lowercase();
        let Some(a) = ANSWERS
            .iter()
            .filter(|a| rest.starts_with(*a) && rest[a.len()..].starts_with([' ', ':']))
            .max_by_key(|a| a.len())
        else {
            continue;
        };
        let mut v = i + a.len();
        while v < b.len() && matches!(b[v], b' ' | b':') {
            v += 1;
        }
        let close = match b.get(v) {
            Some(b'"') => Some("\""),
            Some(b'\'') => Some("'"),
            Some(b'`') => Some("`"),
            _ if text[v..].starts_with('«') => Some("»"),
            _ if text[v..].starts_with('“') => Some("”"),
            _ => None,
        };
        let span = if let Some(c) = close {
            let vs = v + text[v..].chars().next().map_or(1, char::len_utf8);
            let lim = crate::value::floor_boundary(b, (vs + 128).min(b.len()));
            let Some(o) = text[vs..lim].find(c) else {
                continue;
            };
            let val = &text[vs..vs + o];
            let ok = !val.is_empty()
                && !val.contains(char::is_whitespace)
                && match key.want {
                    Want::Password => {
                        crate::context::password_word(val, true) && !crate::text::is_reference(val)
                    }
                    Want::Token(_) => token_ok(val),
                    _ => false,
                };
            ok.then_some((vs, vs + o))
        } else {
            candidate(text, v, key.want, false)
        };
        if let Some((s, e)) = span {
            add.push((kind_of(key.want, &text[s..e]), s, e));
        }
    }
}

/// "943825 is your security code", "866565 è il tuo codice": a one-time
/// code given before the words that name it, as services write their
/// messages (and people forward them).
fn value_before_code(text: &str, ks: &[Key], add: &mut Vec<(Kind, usize, usize)>) {
    const PHRASES: &[&str] = &[
        " is your ",
        " è il tuo ",
        " è il suo ",
        " e' il tuo ",
        " ist ihr ",
        " ist dein ",
        " est votre ",
        " es tu ",
        " es su ",
    ];
    const NAMES: &[&str] = &[
        "code", "codice", "otp", "pin", "passcode", "código", "tan", "codigo",
    ];
    let b = text.as_bytes();
    // Only the 60 bytes before a code's key are searched for the phrase.
    let mut done = 0;
    for key in ks
        .iter()
        .filter(|k| matches!(k.want, Want::Code | Want::WeakCode | Want::Cvv))
    {
        let lo = key.start.saturating_sub(60).max(done);
        done = key.start;
        let window = &b[lo..key.start];
        for p in PHRASES {
            for at in memchr::memmem::find_iter(window, p.as_bytes()).map(|a| lo + a) {
                // The number right before.
                let mut s = at;
                while s > 0 && b[s - 1].is_ascii_digit() {
                    s -= 1;
                }
                let digits = at - s;
                if !(4..=8).contains(&digits)
                    || (s > 0
                        && (b[s - 1].is_ascii_alphanumeric()
                            || matches!(b[s - 1], b'.' | b',' | b'-' | b'/' | b':')))
                {
                    continue;
                }
                // A code's name within the next few words.
                let rest_end = crate::value::floor_boundary(b, (at + p.len() + 60).min(b.len()));
                let rest = text[at + p.len()..rest_end].to_lowercase();
                let named = rest
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .take(6)
                    .any(|w| NAMES.contains(&w));
                if named {
                    add.push((Kind::Pin, s, at));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Kind, scan};

    #[test]
    fn a_guillemet_quoted_value_inside_a_json_string() {
        let t = "{\"name\": \"POS\", \"desc\": \"Per il tecnico:\\ncvc2 «4460»\", \"idList\": \"9e272dda1736a8abbc16ad7b\"}";
        assert_eq!(crate::found(t), ["4460"]);
        // Prose in guillemets inside a string stays.
        let t = "{\"desc\": \"la password «non funziona»\", \"idList\": \"9e272dda\"}";
        assert!(crate::found(t).is_empty(), "{:?}", crate::found(t));
    }

    #[test]
    fn a_value_pointed_at_by_its_current_name() {
        assert_eq!(crate::found("page 3:\n5092 <-- current PIN\n"), ["5092"]);
        assert_eq!(crate::found("Quercia#71 <- old password\n"), ["Quercia#71"]);
    }

    #[test]
    fn an_arrow_hands_over_a_name_and_a_number() {
        assert_eq!(
            crate::found("3/4 new wifi password → Heron2019"),
            ["Heron2019"]
        );
        assert_eq!(crate::found("the password -> M@rmot.77"), ["M@rmot.77"]);
        // An address after the arrow is where to write, not a password.
        assert!(crate::found("password reset → anna.rossi@example.com").is_empty());
    }

    #[test]
    fn a_parenthesis_that_says_where_the_value_is_kept() {
        assert!(scan("App ID: q8zk2mw7rt4vx9np3hc6 (secret in vault)").is_empty());
        let t = "q8Zk2mW7rT4vX9nP3hC6 (client secret) for prod";
        assert!(!scan(t).is_empty(), "{:?}", scan(t));
    }

    #[test]
    fn a_password_corrected_by_its_writer() {
        let t = "password: Gabbiano!07\nsorry, that's the old one, it's Rondine?33";
        assert_eq!(crate::found(t), ["Gabbiano!07", "Rondine?33"]);
        let t = "la pass è Tulipano#12\nho sbagliato, quella giusta è Ciclamino#40 scusate";
        assert_eq!(crate::found(t), ["Tulipano#12", "Ciclamino#40"]);
        // No password before: the right one of something else.
        assert!(crate::found("the right one is Rondine?33 in the drawer").is_empty());
    }

    #[test]
    fn a_code_after_a_relative_clause_without_comma() {
        for (t, v) in [
            (
                "yeah so the PIN for the virtual card I made in the course app is 883407 and the terminal won't take it",
                "883407",
            ),
            (
                "sì allora il pin della carta virtuale che ho creato nell'app del corso è 473089 e non va",
                "473089",
            ),
        ] {
            assert_eq!(crate::found_as(t, Kind::Pin), [v], "{t}");
        }
        // A clause's `and` ends the bridge; a number that is no code passes.
        for t in [
            "the PIN for the card I made is wrong and my order is 883407",
            "il pin della carta che ho creato è sbagliato e l'ordine 883407 è fermo",
        ] {
            assert!(crate::found_as(t, Kind::Pin).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_code_set_off_by_commas_after_its_key() {
        let t =
            "mi ha detto a voce il suo PIN della carta sandbox, 3732, e il terminale risponde 55";
        assert_eq!(crate::found_as(t, Kind::Pin), ["3732"]);
        assert_eq!(
            crate::found_as("my PIN, 48213, is refused.", Kind::Pin),
            ["48213"]
        );
        // A number going on past the comma, or a year, is none.
        assert!(
            crate::found_as("il PIN della carta, 3732 tentativi, poi blocco", Kind::Pin).is_empty()
        );
        assert!(crate::found_as("the PIN, 12, is too short", Kind::Pin).is_empty());
    }

    #[test]
    fn a_bearer_named_for_its_token() {
        let tok = "Qv7LmZ2pX9rT4wK8nB3yH6cJ1dF5gS0aQv7LmZ2p";
        let t = format!("{tok}\n^ this is the bearer the /token call gave me, is it wrong?");
        assert_eq!(crate::found(&t), [tok]);
        assert!(crate::found("Bearer auth is required on every call since v2.3").is_empty());
    }
}
