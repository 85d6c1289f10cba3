//! How prose hands a value over after its key has been named: in
//! guillemets or typographic quotes, with "here it is" in the next
//! message, tried again "also with …", or stated as the secret even when
//! it is shaped like an id. Each is looked for from a key the trigger
//! pass already found, within a bounded window.

use crate::context::{is_uuid, password_word};
use crate::text::{is_placeholder, is_reference, is_stop_word, is_token_char, shape};

/// Opening and closing quotes people type in prose or that word
/// processors substitute: « », “ ”, „ “, ‹ ›.
const QUOTES: &[(&str, &str)] = &[("«", "»"), ("“", "”"), ("„", "“"), ("‹", "›")];

/// "my password (Xq7mT!2pLw) is right", "la password (girasole.pietra.fiume4)
/// non va": one word in parentheses right after a password key, the
/// sentence going on after it (not a remark before a colon: "Password
/// (prod): …" is read elsewhere). The parentheses set the value apart, so
/// a passphrase of joined words counts, and letters alone when they mix
/// case as no name does (three capitals and three small letters, not a
/// capitalized or camel-case word).
pub(crate) fn parenthesized(text: &str, b: &[u8], key_end: usize) -> Option<(usize, usize)> {
    // (A space before it: `get_password(…)` is a call.)
    let open = key_end + 1;
    if b.get(key_end) != Some(&b' ') || b.get(open) != Some(&b'(') {
        return None;
    }
    let s = open + 1;
    let lim = (s + 65).min(b.len());
    let close = s + b[s..lim]
        .iter()
        .position(|&c| c == b')' || c.is_ascii_whitespace())?;
    if b[close] != b')'
        || matches!(
            b.get(crate::value::skip_spaces(b, close + 1)),
            Some(b':' | b'=')
        )
    {
        return None;
    }
    let v = text.get(s..close)?;
    let sh = shape(v);
    let letters_only = sh.digits == 0 && sh.other == 0 && sh.non_ascii == 0;
    let camel = v.starts_with(|c: char| c.is_ascii_uppercase())
        && !v
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase());
    let random_letters = letters_only && v.len() >= 8 && sh.upper >= 3 && sh.lower >= 3 && !camel;
    ((password_word(v, true) || crate::text::joined_words(v) || random_letters)
        && !is_reference(v)
        && !is_placeholder(v)
        && !v.contains('@'))
    .then_some((s, close))
}

/// "la password è «tramonto verde sul lago»", "password “Ribes-44”": a
/// value in guillemets or typographic quotes a few words after a password
/// key, on the same line. Quoting marks the value as such, so a phrase of
/// plain words counts (three or more, none a stop word), or one word
/// built like a password.
pub(crate) fn quoted_password(text: &str, b: &[u8], key_end: usize) -> Option<(usize, usize)> {
    let lim = (key_end + 48).min(b.len());
    // (Every quote here starts with one of these two bytes.)
    let mut i = key_end + memchr::memchr2(0xC2, 0xE2, &b[key_end..lim])?;
    if b[key_end..i]
        .iter()
        .any(|&c| matches!(c, b'\n' | b'.' | b'?' | b'!'))
        || b[key_end..i].iter().filter(|&&c| c == b' ').count() > 4
    {
        return None;
    }
    let mut words = 0;
    while i < lim {
        let c = b[i];
        if c == b'\n' || c == b'.' || c == b'?' || c == b'!' {
            return None;
        }
        if c == b' ' {
            words += 1;
            if words > 4 {
                return None;
            }
            i += 1;
            continue;
        }
        if c >= 0x80 {
            for (open, close) in QUOTES {
                if b[i..].starts_with(open.as_bytes()) {
                    let s = i + open.len();
                    let hi = (s + 160).min(b.len());
                    let e = memchr::memmem::find(&b[s..hi], close.as_bytes()).map(|o| s + o)?;
                    let v = text.get(s..e)?;
                    if v.contains('\n') {
                        return None;
                    }
                    return quoted_ok(v).then_some((s, e));
                }
            }
        }
        i += 1;
    }
    None
}

fn quoted_ok(v: &str) -> bool {
    if v.len() < 4 || is_placeholder(v) || is_reference(v) {
        return false;
    }
    let words: Vec<&str> = v.split_whitespace().collect();
    if words.len() == 1 {
        let sh = shape(v);
        return sh.upper + sh.lower >= 3 && (sh.digits > 0 || sh.other > 0);
    }
    (3..=10).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && !words.iter().any(|w| is_stop_word(w))
}

/// What a message says when it hands over what was just named: "eccolo",
/// "here it is", "ecco qui".
const PRESENTERS: &[&str] = &[
    "eccolo",
    "eccola",
    "eccoli",
    "eccotelo",
    "ecco qui",
    "ecco",
    "here it is",
    "here you go",
    "here's it",
    "here goes",
    "this is it",
    "voilà",
    "hier ist er",
    "hier ist es",
];

/// "ho un problema col token" … next message: "eccolo 9xQ…": a token
/// named at the end of a sentence and handed over in the next sentence or
/// message (within four lines and 240 bytes, no blank line), right after a word that
/// presents it. Only a value no word looks like counts (20+ characters of
/// a token's alphabet mixing upper case, lower case and digits).
pub(crate) fn presented_token(
    b: &[u8],
    key_end: usize,
    memo: &mut crate::value::QuoteMemo,
) -> Option<(usize, usize)> {
    // The key ends its sentence or its line.
    let next = crate::value::skip_spaces(b, key_end);
    if !b
        .get(next)
        .is_none_or(|&c| matches!(c, b'\n' | b'\r' | b'.' | b'!'))
    {
        return None;
    }
    let lim = (key_end + 240).min(b.len());
    // The value must be a run no word looks like: known at once (and
    // remembered across keys close together) when there is none.
    if !memo.mixed_run(b, key_end, lim) {
        return None;
    }
    let window = &b[key_end..lim];
    let stop = crate::text::find2(window, *b"\n\n").map_or(lim, |p| key_end + p);
    let mut lines = 0;
    let mut i = key_end;
    while i < stop {
        let c = b[i];
        if c == b'\n' {
            lines += 1;
            if lines > 4 {
                return None;
            }
        }
        let word_start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if word_start && matches!(c | 0x20, b'e' | b'h' | b't' | b'v') {
            for p in PRESENTERS {
                let pb = p.as_bytes();
                if b.len() >= i + pb.len() && b[i..i + pb.len()].eq_ignore_ascii_case(pb) {
                    let mut s = i + pb.len();
                    if b.get(s).is_some_and(u8::is_ascii_alphanumeric) {
                        break;
                    }
                    while s < b.len() && matches!(b[s], b' ' | b':' | b',') && s - i < pb.len() + 3
                    {
                        s += 1;
                    }
                    let mut e = s;
                    while e < b.len() && e - s <= 512 && is_token_char(b[e]) {
                        e += 1;
                    }
                    let v = std::str::from_utf8(&b[s..e]).ok()?;
                    let v = v.trim_end_matches(['.', ',']);
                    let sh = shape(v);
                    if v.len() >= 20
                        && sh.upper >= 2
                        && sh.lower >= 2
                        && sh.digits >= 2
                        && !is_reference(v)
                        && !crate::context::is_id(v.as_bytes())
                        && b.get(s + v.len()).is_none_or(|&c| {
                            matches!(c, b' ' | b'\n' | b'\r' | b'\t' | b'.' | b',' | b')')
                        })
                    {
                        return Some((s, s + v.len()));
                    }
                    break;
                }
            }
        }
        i += 1;
    }
    None
}

/// "ho provato con la vecchia password X ma niente" / "anche con Y": a
/// second value tried after a password was named on the line before or
/// the same line, introduced by "anche con", "also with", "also tried".
/// `end` is where the introducing words end; the value is the next word,
/// built like a password (`password_word`), as the first was.
pub(crate) fn tried_again(
    text: &str,
    b: &[u8],
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    if b.get(end) != Some(&b' ') {
        return None;
    }
    // The value first (most words after "anche con" are none): the next
    // word, built like a password; "anche con la nuova" is prose.
    let s = end + 1;
    let mut e = s;
    while e < b.len() && e - s < 64 && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    let e = crate::value::floor_boundary(b, e);
    let v = text[s..e].trim_end_matches([',', ';']);
    if !password_word(v, true) || is_reference(v) || v.contains('@') {
        return None;
    }
    // The password's key: on this line or the one before it, with a
    // first value given right after it ("la vecchia password rocket1005
    // ma niente"): only then is the second a password too ("password su
    // Safari" / "anche con Chrome120" names browsers).
    let lo = start.saturating_sub(240);
    let mut from = lo;
    if let Some(p) = memchr::memrchr(b'\n', &b[lo..start]) {
        let line = lo + p;
        from = memchr::memrchr(b'\n', &b[lo..line]).map_or(lo, |q| lo + q + 1);
    }
    let mut buf = [0u8; 240];
    let before = &mut buf[..start - from];
    before.copy_from_slice(&b[from..start]);
    before.make_ascii_lowercase();
    let named = [
        &b"password "[..],
        b"passwort ",
        b"pwd ",
        b"parola d'ordine ",
    ]
    .iter()
    .any(|w| {
        memchr::memmem::rfind(before, w).is_some_and(|p| {
            let ks = from + p + w.len();
            let ke = b[ks..start]
                .iter()
                .position(|c| c.is_ascii_whitespace())
                .map_or(start, |o| ks + o);
            let ke = crate::value::floor_boundary(b, ke);
            text.get(ks..ke).is_some_and(|w| password_word(w, true))
        })
    });
    named.then_some((s, s + v.len()))
}

/// Words that make a UUID an identifier when they stand in its clause.
const ID_WORDS: &[&[u8]] = &[
    b"id",
    b"ids",
    b"uuid",
    b"guid",
    b"identifier",
    b"identificativo",
    b"request",
    b"richiesta",
    b"trace",
    b"correlation",
    b"order",
    b"ordine",
    b"payment",
    b"pagamento",
    b"transaction",
    b"transazione",
    b"tenant",
    b"subscription",
    b"account",
    b"user",
    b"utente",
    b"pratica",
    b"ticket",
    b"idempotency",
    b"nonce",
];

/// "ecco il secret nuovo: 1a9e…", "the API key … Ours is e9df…": a UUID
/// stated as the value, right after a colon or a copula, in a clause that
/// names no id (request, trace, order, client id…). Consoles generate
/// secrets and API keys shaped like UUIDs; an id is named as one.
pub(crate) fn uuid_stated(b: &[u8], s: usize) -> bool {
    let lo = s.saturating_sub(80);
    let before = b[lo..s].to_ascii_lowercase();
    let copula = [&b": "[..], b" is ", b" \xc3\xa8 ", b" e' ", b" = "]
        .iter()
        .any(|c| before.ends_with(c));
    if !copula {
        return false;
    }
    // The clause: back to the sentence's or the line's start.
    let clause_start = before
        .iter()
        .rposition(|&c| matches!(c, b'.' | b'\n' | b';' | b'?' | b'!'))
        .map_or(0, |p| p + 1);
    let clause = &before[clause_start..];
    let words = || clause.split(|c| !c.is_ascii_alphanumeric());
    // "Il client è 9f7a…": a client, an app or a merchant named alone is
    // identified by the UUID; its secret or key is named as such.
    const OWNERS: &[&[u8]] = &[
        b"client",
        b"cliente",
        b"app",
        b"application",
        b"applicazione",
        b"merchant",
        b"esercente",
        b"customer",
        b"shop",
        b"negozio",
        b"project",
        b"progetto",
        b"device",
        b"dispositivo",
    ];
    const SECRETS: &[&[u8]] = &[
        b"secret",
        b"segreto",
        b"key",
        b"chiave",
        b"token",
        b"password",
    ];
    let owner = words().any(|w| OWNERS.contains(&w));
    let secret = words().any(|w| SECRETS.contains(&w));
    !words().any(|w| ID_WORDS.contains(&w)) && (!owner || secret)
}

/// A UUID stated as a secret's value (`uuid_stated`) within 200 bytes
/// after its key, in the same paragraph.
pub(crate) fn uuid_after(b: &[u8], key_end: usize) -> Option<(usize, usize)> {
    // A key whose own line reads its value from elsewhere has none below.
    if crate::readers::line_reads_elsewhere(b, key_end) {
        return None;
    }
    let lim = (key_end + 200).min(b.len());
    for o in memchr::memchr_iter(b'-', &b[key_end..lim]) {
        let i = key_end + o;
        if i < key_end + 8 || i + 28 > lim {
            continue;
        }
        let s = i - 8;
        if (s == 0 || !b[s - 1].is_ascii_alphanumeric())
            && is_uuid(&b[s..s + 36])
            && b.get(s + 36)
                .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'-')
        {
            // Within the key's paragraph only.
            let same_paragraph = crate::text::find2(&b[key_end..s], *b"\n\n").is_none();
            return (same_paragraph && uuid_stated(b, s)).then_some((s, s + 36));
        }
    }
    None
}

/// "Bearer (expires in an hour, I think) 3f9a…", "il bearer (scade tra
/// un'ora): 3f9a…": a remark in parentheses between a key and its value,
/// on the key's line. A remark is words with spaces between them (a
/// call's argument list, `bearer(token)`, has none), at most 64 bytes.
/// Returns where the value starts, past a `:` after the remark.
pub(crate) fn past_remark(b: &[u8], key_end: usize) -> Option<usize> {
    let open = crate::value::skip_spaces(b, key_end);
    if b.get(open) != Some(&b'(') {
        return None;
    }
    let lim = (open + 64).min(b.len());
    let close = open + 1 + b[open + 1..lim].iter().position(|&c| c == b')')?;
    let remark = &b[open + 1..close];
    let words = remark.iter().all(|&c| {
        c.is_ascii_alphanumeric() || matches!(c, b' ' | b'\'' | b',' | b'-') || c >= 0x80
    });
    if !words || !remark.contains(&b' ') || !remark[0].is_ascii_alphabetic() && remark[0] < 0x80 {
        return None;
    }
    let mut v = crate::value::skip_spaces(b, close + 1);
    if b.get(v) == Some(&b':') {
        v = crate::value::skip_spaces(b, v + 1);
    }
    (v > close + 1).then_some(v)
}

/// "session cookie portal_sid is 3f9a…", "il cookie di sessione
/// portal_sid vale 3f9a…": a cookie named in a sentence, then a copula or
/// `=`/`:` and its value. Up to three plain words may stand between the
/// key and the name ("di sessione"); the name is an identifier joined by
/// `_`, `.` or `-` (`connect.sid`), as cookies are named and words are
/// not. Returns where the value starts.
pub(crate) fn named_cookie_value(b: &[u8], key_end: usize) -> Option<usize> {
    let mut i = crate::value::skip_spaces(b, key_end);
    for _ in 0..4 {
        let w0 = i;
        while i < b.len()
            && i - w0 < 48
            && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.' | b'-'))
        {
            i += 1;
        }
        let word = &b[w0..i];
        if word.is_empty() || b.get(i) != Some(&b' ') {
            return None;
        }
        let joined = word.len() >= 3
            && word[0].is_ascii_alphabetic()
            && word[1..word.len() - 1]
                .iter()
                .any(|c| matches!(c, b'_' | b'.' | b'-'))
            && word[word.len() - 1].is_ascii_alphanumeric();
        i = crate::value::skip_spaces(b, i);
        if !joined {
            if !word.iter().all(u8::is_ascii_alphabetic) {
                return None;
            }
            continue;
        }
        // The name: a copula or a sign after it ("è", typed "e'" too).
        let seps: [&[u8]; 9] = [
            b"is ",
            b"vale ",
            b"= ",
            b": ",
            b"was ",
            b"ist ",
            b"est ",
            "è ".as_bytes(),
            b"e' ",
        ];
        return seps
            .iter()
            .find(|w| crate::value::starts_with_ci(b, i, w))
            .map(|w| crate::value::skip_spaces(b, i + w.len()));
    }
    None
}

/// "integration: key X, set in …", "la chiave che uso è X", "the key I
/// use is X": "key" or "chiave" as a word of prose (not a setting's name),
/// and the value right after it or after a short bridge (up to six words
/// of its clause) ending in a copula. Only a value no word or name can
/// be: 24 to 128 letters, digits, `_` and `-`, with two capitals, two
/// small letters and two digits at least, closed by a space, a comma, a
/// period or the line's end; never hex (an id, a fingerprint) nor a UUID.
/// A key named public, publishable, primary, idempotency… is none.
#[inline(never)]
pub(crate) fn key_in_prose(b: &[u8], key_start: usize, key_end: usize) -> Option<(usize, usize)> {
    let word_before_ok = key_start == 0 || matches!(b[key_start - 1], b' ' | b'\t' | b'\n');
    if !word_before_ok || b.get(key_end) != Some(&b' ') {
        return None;
    }
    // The word before the key names what key it is.
    let mut p = key_start;
    while p > 0 && b[p - 1] == b' ' {
        p -= 1;
    }
    let mut q = p;
    while q > 0 && b[q - 1].is_ascii_alphabetic() {
        q -= 1;
    }
    let before = b[q..p].to_ascii_lowercase();
    const NOT_SECRET: &[&[u8]] = &[
        b"public",
        b"publishable",
        b"pub",
        b"primary",
        b"foreign",
        b"idempotency",
        b"cache",
        b"sort",
        b"partition",
        b"row",
        b"object",
        b"site",
        b"license",
        b"licence",
        b"product",
        b"ssh",
        b"gpg",
        b"pgp",
        b"host",
        b"pubblica",
        b"primaria",
    ];
    if NOT_SECRET.contains(&before.as_slice()) {
        return None;
    }
    // A key's 32 hex digits (an API gateway's subscription key, an MD5-
    // sized key) count only once a copula or a colon handed them over,
    // never right after the word, and never when the bridge named an id,
    // a fingerprint or a hash.
    let hex_key = |s: usize| -> Option<(usize, usize)> {
        let e = s + b[s..(s + 33).min(b.len())]
            .iter()
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        let closed = b
            .get(e)
            .is_none_or(|&c| matches!(c, b' ' | b',' | b'.' | b';' | b'\n' | b'\r' | b')'));
        let v = &b[s..e];
        let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
        (v.len() == 32 && closed && (4..=28).contains(&digits)).then_some((s, e))
    };
    let token_at = |s: usize| -> Option<(usize, usize)> {
        let lim = (s + 129).min(b.len());
        let e = s + b[s..lim]
            .iter()
            .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
            .count();
        let v = &b[s..e];
        let count = |f: fn(&u8) -> bool| v.iter().filter(|c| f(c)).count();
        let closed = b
            .get(e)
            .is_none_or(|&c| matches!(c, b' ' | b',' | b'.' | b';' | b'\n' | b'\r' | b')'));
        ((24..=128).contains(&v.len())
            && closed
            && count(u8::is_ascii_uppercase) >= 2
            && count(u8::is_ascii_lowercase) >= 2
            && count(u8::is_ascii_digit) >= 2
            && !v.iter().all(u8::is_ascii_hexdigit)
            && !is_uuid(v))
        .then_some((s, e))
    };
    let first = key_end + 1;
    if let Some(found) = token_at(first) {
        return Some(found);
    }
    // A short bridge in the clause, to a copula.
    let mut i = first;
    let mut named_other = false;
    for _ in 0..7 {
        let ws = i;
        while i < b.len() && !matches!(b[i], b' ' | b'\n' | b',' | b'.' | b';' | b':') {
            i += 1;
        }
        let w = &b[ws..i];
        named_other |= [
            &b"id"[..],
            b"ids",
            b"fingerprint",
            b"hash",
            b"checksum",
            b"serial",
            b"kid",
            b"thumbprint",
            b"impronta",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x));
        // `(chiave secondaria: …)`: a colon closing the bridge.
        if b.get(i) == Some(&b':') && b.get(i + 1) == Some(&b' ') && i > ws {
            return (!named_other).then(|| hex_key(i + 2)).flatten();
        }
        if b.get(i) != Some(&b' ') || i == ws {
            return None;
        }
        i += 1;
        let copula = [
            &b"is"[..],
            b"was",
            "è".as_bytes(),
            "È".as_bytes(),
            b"era",
            b"ist",
            b"est",
        ]
        .iter()
        .any(|c| w.eq_ignore_ascii_case(c));
        if copula {
            return token_at(i).or_else(|| (!named_other).then(|| hex_key(i)).flatten());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_named_in_prose() {
        let k = "Wq4nLz8TcR2vYb6HkP0sMd3F";
        let t = format!("- gateway: key {k}, set in the admin");
        assert_eq!(crate::found(&t), [k]);
        let t = format!("la chiave che uso è {k} ma non va");
        assert_eq!(crate::found(&t), [k]);
        let t = format!("the key we were given is {k}.");
        assert_eq!(crate::found(&t), [k]);
        // A public key, a word, hex, or a sentence that goes elsewhere.
        assert!(crate::found(&format!("public key {k} is fine")).is_empty());
        assert!(crate::found("the key point is Reliability2024Matters today").is_empty());
        assert!(crate::found("key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c").is_empty());
        assert!(crate::found(&format!("the key to success, not {k}")).is_empty());
    }

    #[test]
    fn a_hex_key_handed_over_by_a_copula_or_a_colon() {
        let k = "5f0c2a9e7d1b4e3f8a6c0d2e4b1f9a73";
        for t in [
            format!("we put ours in: the key is {k}, right format?"),
            format!("la chiave è {k}, giusto?"),
            format!("the key for staging: {k}"),
        ] {
            assert!(crate::has(&t, k), "{t}");
        }
        for t in [
            format!("key {k}"),
            format!("the key id is {k}."),
            format!("key fingerprint: {k}"),
        ] {
            assert!(crate::found(&t).is_empty(), "{t}");
        }
    }

    #[test]
    fn remarks_and_cookie_names() {
        let t = b"Bearer (expires soon): x";
        assert_eq!(past_remark(t, 6), Some(23));
        // A call's argument is no remark.
        assert_eq!(past_remark(b"bearer(token) x", 6), None);
        let c = b"cookie di sessione web_sid vale abc";
        assert_eq!(named_cookie_value(c, 6), Some(32));
        // Plain words are no cookie's name.
        assert_eq!(named_cookie_value(b"cookie banner is shown", 6), None);
    }

    #[test]
    fn a_password_set_apart_in_parentheses() {
        assert_eq!(
            crate::found("my password (vetro.lampone.cortile8) is right"),
            ["vetro.lampone.cortile8"]
        );
        assert_eq!(
            crate::found("la password (qWERtyUIop) non va"),
            ["qWERtyUIop"]
        );
        // A remark, a product, a call.
        assert!(crate::found("the password (OneDrive) expired").is_empty());
        assert!(crate::found("password (attuale) scaduta").is_empty());
        assert!(crate::found("x = keyring.get_password(svc_name2, user)").is_empty());
    }
}
