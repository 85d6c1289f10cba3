//! Runs the detectors and merges their findings. One pass finds every
//! trigger word, vendor prefix, `eyJ` and `-----BEGIN` (see `triggers`);
//! one byte pass handles digit runs. Neither pass rescans from each position.

use crate::counted;
use crate::keywords::Rule;
use crate::pem::PemState;
use crate::spoken::{self, Cue};
use crate::triggers::{self, Trigger};
use crate::value::QuoteMemo;
use crate::{Confidence, Finding, Kind, digits, jwt, pem, url, vendor, wifi};
use crate::{
    cobol, context, edifact, encoded, landmarks, nearby, normalize, pairs, qa, sql, tables, xml,
};

fn push(out: &mut Vec<Finding>, kind: Kind, start: usize, end: usize) {
    out.push(Finding {
        kind,
        start,
        end,
        confidence: Confidence::High,
    });
}

/// Positions the trigger pass notes for the passes after it.
#[derive(Default)]
struct Noted {
    /// Ends of "digits", "cifre": a count a number may match (`counted`).
    counts: Vec<usize>,
    /// Ends of "recovery codes" and its kin (`recovery`).
    listed: Vec<usize>,
    /// Ends of lldb's print prompt, `(lldb) p` (`eav::lldb_prints`).
    printed: Vec<usize>,
    /// The `://` of each URL (`query`).
    urls: Vec<usize>,
    /// Ends of "IBAN": a boxed IBAN may follow (`boxed`).
    ibans: Vec<usize>,
    /// A key in a SELECT's column list: the list may head rows printed
    /// without headers (`sql::headerless_rows`); one per line.
    selects: Vec<usize>,
}

fn scan_triggers(
    text: &str,
    out: &mut Vec<Finding>,
    headers: &mut Vec<usize>,
    mut cues: Option<&mut Vec<Cue>>,
    open: &mut Vec<nearby::Key>,
    noted: &mut Noted,
) {
    let b = text.as_bytes();
    // Start of the line holding the last trigger, found incrementally so
    // each byte is searched once.
    let mut line = (0usize, 0usize); // (searched up to, line start)
    // Triggers inside `accepted` (the last accepted span) are part of it;
    // keyword triggers before `skip_keywords` sit inside a value already
    // judged.
    let mut accepted = (0, 0);
    let mut skip_keywords = 0;
    let mut pem_state = PemState::default();
    let mut memo = QuoteMemo::default();
    triggers::for_each(text, |hit| {
        let (s, e) = (hit.start, hit.end);
        if s >= accepted.0 && s < accepted.1 {
            return;
        }
        match hit.trigger {
            Trigger::Context(rule) => {
                // A keyword written with its trailing space (`passw `)
                // ends at the word: the space is the key's boundary.
                let e = if b[e - 1] == b' ' { e - 1 } else { e };
                // "TAN" in capitals: the acronym is no ordinary word ("a
                // tan"), so it names its value a few words on as a key
                // does; unless it is a loan's nominal rate (Italian "TAN",
                // beside its TAEG or a percentage). A number right after
                // it is judged as after any such key ("die TAN 2025
                // Umstellung" is a year). Only the words listed as
                // acronyms: another `Strong` PIN word in capitals (a
                // heading's "PASSCODE") keeps its rule.
                let rule = match rule {
                    Rule::Strong(Kind::Pin)
                        if crate::keywords::ACRONYM_KEYS.contains(&&b[s..e])
                            && b.get(e) == Some(&b' ')
                            && b.get(e + 1).is_some_and(u8::is_ascii_alphabetic)
                            && !rate_named(b, s, e) =>
                    {
                        Rule::Keyed(Kind::Pin)
                    }
                    r => r,
                };
                // Keys of what people say aloud (numbers and passwords,
                // not tokens) mark where a spoken value may be.
                if let Some(c) = cues.as_deref_mut()
                    && spoken_key(rule)
                {
                    c.push(Cue {
                        start: s,
                        end: e,
                        password: matches!(
                            rule,
                            Rule::Keyed(Kind::Password)
                                | Rule::Strong(Kind::Password)
                                | Rule::Passphrase
                        ),
                    });
                }
                if rule == Rule::Listed {
                    noted.listed.push(e);
                    return;
                }
                if rule == Rule::Printed {
                    noted.printed.push(e);
                    return;
                }
                if rule == Rule::Keyed(Kind::Iban) {
                    noted.ibans.push(e);
                }
                if rule == Rule::Near {
                    // "six digits", "3 cifre": a count a number may match.
                    let word = &b[s..e];
                    if word.eq_ignore_ascii_case(b"digits") || word.eq_ignore_ascii_case(b"cifre") {
                        noted.counts.push(e);
                    }
                    return;
                }
                // The kind named inside a redaction marker is not a key:
                // `[REDACTED:password]: x` must not make `x` a password.
                if sql::selected_column(b, s, e) {
                    let lo = s.saturating_sub(240);
                    let line = memchr::memrchr(b'\n', &b[lo..s]).map_or(lo, |p| lo + p + 1);
                    if noted.selects.last().is_none_or(|&l| l < line) {
                        noted.selects.push(s);
                    }
                    return;
                }
                if s < skip_keywords
                    || b[..s].ends_with(b"[REDACTED:")
                    || context::working_directory(b, s, e)
                    || names_its_id(b, e, rule)
                    || path_segment(b, e, rule)
                    || url_matched(b, s, e)
                {
                    return;
                }
                let mut o = context::judge(text, s, e, rule, &mut memo);
                // "secret scanning in CI (OPS-2917)": whatever led to it, an
                // issue tracker's key is cited, never a credential.
                if o.finding.is_some_and(|f| {
                    f.kind != Kind::Password && context::issue_key(&b[f.start..f.end])
                }) {
                    o.finding = None;
                }
                // `| bearer | X |`: a field/value table names the token's
                // scheme as its field; the cell beside it is read as any
                // token key's.
                if o.finding.is_none()
                    && rule == Rule::Bearer
                    && b.get(crate::value::skip_spaces(b, e)) == Some(&b'|')
                {
                    o = context::judge(text, s, e, Rule::Keyed(Kind::AccessToken), &mut memo);
                }
                match o.finding {
                    // Words between the key and an accepted value ("il PIN
                    // della carta è") are still judged on their own.
                    Some(f) => {
                        accepted = (f.start, f.end);
                        out.push(f);
                        if rule == Rule::Generic(Kind::RefreshToken)
                            && let Some(a) = crate::paired::access_beside(text, s)
                        {
                            out.push(a);
                        }
                    }
                    None => {
                        skip_keywords = skip_keywords.max(o.scanned_to);
                        // A key left without a value gets a second look.
                        if matches!(
                            rule,
                            Rule::Keyed(Kind::Password) | Rule::Strong(Kind::Password)
                        ) && let Some((vs, ve)) = crate::prose::parenthesized(text, b, e)
                        {
                            push(out, Kind::Password, vs, ve);
                            accepted = (vs, ve);
                            return;
                        }
                        // "Basic auth: ops:Vq7!rT2z": a login joined by a
                        // colon after a word naming a credential.
                        if matches!(
                            rule,
                            Rule::UserPass
                                | Rule::Basic
                                | Rule::Keyed(Kind::ClientSecret)
                                | Rule::Generic(Kind::ClientSecret)
                        ) && let Some((vs, ve)) = crate::joined_pair::after_key(b, e)
                        {
                            push(out, Kind::ClientSecret, vs, ve);
                            accepted = (vs, ve);
                            return;
                        }
                        // `write('…')  # password`: the comment ending
                        // the line names the literal typed on it.
                        if let Some(kind) = commented_kind(rule)
                            && let Some((kind, vs, ve)) =
                                crate::commented::labelled_literal(text, s, e, kind)
                        {
                            push(out, kind, vs, ve);
                            accepted = (vs, ve);
                            return;
                        }
                        if rule == Rule::Strong(Kind::Password)
                            && let Some((vs, ve)) = copula_value(text, e)
                        {
                            push(out, Kind::Password, vs, ve);
                            accepted = (vs, ve);
                            return;
                        }
                        // "^ questo è il bearer che…": the scheme's name
                        // said in prose (lower case) for its token; the
                        // header's `Bearer` was judged with what follows.
                        let prose_bearer = rule == Rule::Bearer && b[s] == b'b';
                        // "which key?", "quale chiave?": the ordinary word
                        // asked about alone names the key a reply hands over.
                        let asked_key =
                            matches!(rule, Rule::Strong(Kind::VendorKey) | Rule::NameKey)
                                && b.get(e) == Some(&b'?');
                        let want = nearby::want_of(rule).or((prose_bearer || asked_key)
                            .then_some(nearby::Want::Token(Kind::AccessToken)));
                        if let Some(want) = want {
                            open.push(nearby::Key {
                                start: s,
                                end: e,
                                want,
                            });
                        }
                        // A key with no value beside it may head a table:
                        // when a cell border, a line end or a wide gap
                        // follows it. (What follows is looked at first: it
                        // is fewer bytes to read, and rules out more keys.)
                        if !heads_a_column(b, e) || !starts_a_cell(b, s) {
                            return;
                        }
                        if let Some(nl) = memchr::memrchr(b'\n', &b[line.0..s]) {
                            line.1 = line.0 + nl + 1;
                        }
                        line.0 = s;
                        if headers.last() != Some(&line.1) {
                            headers.push(line.1);
                        }
                    }
                }
            }
            Trigger::Jwt => {
                if let Some(end) = jwt::match_at(b, s) {
                    if !jwt::software_statement(&b[s..end]) {
                        push(out, Kind::AccessToken, s, end);
                    }
                    accepted = (s, end);
                }
            }
            Trigger::Pem => {
                if let Some(end) = pem::match_at(b, s, &mut pem_state) {
                    // A block quoted in a reply (`> -----BEGIN …`, each
                    // line behind `> `) is redacted with its first marker.
                    let s = quote_marker_before(b, s);
                    push(out, Kind::PrivateKey, s, end);
                    accepted = (s, end);
                }
            }
            Trigger::UrlCredentials => {
                noted.urls.push(s);
                if let Some((ps, pe)) = url::password_at(b, s) {
                    out.push(Finding {
                        kind: Kind::Password,
                        start: ps,
                        end: pe,
                        confidence: Confidence::High,
                    });
                    accepted = (ps, pe);
                } else if let Some((ks, ke)) = vendor::rpc_path_key(b, s) {
                    push(out, Kind::VendorKey, ks, ke);
                    accepted = (ks, ke);
                }
            }
            Trigger::Vendor(i) => {
                if let Some(end) = vendor::match_at(b, s, i) {
                    let kind = vendor::VENDORS.get(i).map_or(Kind::VendorKey, |v| v.kind);
                    push(out, kind, s, end);
                    accepted = (s, end);
                }
            }
        }
    });
}

/// A rate named near `s..e`: "TAEG" or a `%` within a few words.
/// A secret scanner's match field (`keywords::SCANNER_MATCHES`) whose
/// value, on the rest of its line, is a URL: the URL pass reads it.
fn url_matched(b: &[u8], s: usize, e: usize) -> bool {
    if !crate::keywords::SCANNER_MATCHES
        .iter()
        .any(|w| b[s..e].eq_ignore_ascii_case(w))
    {
        return false;
    }
    let line = &b[e..(e + 64).min(b.len())];
    let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
    memchr::memmem::find(line, b"://").is_some()
}

fn rate_named(b: &[u8], s: usize, e: usize) -> bool {
    let lo = s.saturating_sub(48);
    let hi = (e + 48).min(b.len());
    memchr::memchr(b'%', &b[lo..hi]).is_some()
        || memchr::memmem::find(&b[lo..hi], b"TAEG").is_some()
}

/// "API key ID", "API key name", `token_id`, "secret label": a
/// credential's key followed by "ID", "name" or "label" names what
/// consoles and tables show beside the credential (its identifier, its
/// name), not the credential; `api_key_ref`, "token ref" name a reference
/// to where the credential is kept (a secret store's entry, a variable).
/// (A session's id is its token: `Strong` keys, "session" among them, are
/// left alone.)
fn names_its_id(b: &[u8], e: usize, rule: Rule) -> bool {
    if !matches!(rule, Rule::Keyed(_) | Rule::Generic(_))
        || !matches!(b.get(e), Some(b' ' | b'_' | b'-'))
    {
        return false;
    }
    [&b"id"[..], b"name", b"label", b"ref"].iter().any(|w| {
        b.get(e + 1..e + 1 + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
            && b.get(e + 1 + w.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// `secret/data/payments/api`, `token/lookup`: a generic key's word
/// glued to `/` and a name is the head of a secret store's path (Vault's
/// mounts and API routes), which names where a value is kept, not a key
/// before its value.
fn path_segment(b: &[u8], e: usize, rule: Rule) -> bool {
    matches!(rule, Rule::Generic(_))
        && b.get(e) == Some(&b'/')
        && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)
}

/// The start of a quoted mail's `> ` (or `>> `) marker that alone
/// precedes `s` on its line; else `s`.
fn quote_marker_before(b: &[u8], s: usize) -> usize {
    let mut k = s;
    while k > 0 && s - k < 8 && matches!(b[k - 1], b' ' | b'>') {
        k -= 1;
    }
    if k < s && b[k] == b'>' && (k == 0 || b[k - 1] == b'\n') {
        k
    } else {
        s
    }
}

/// "a virtual card (4716 1293 7685 3325, code 164)": a code of three or
/// four digits named right after a card number (within its clause: a
/// comma or a space apart, "code", "codice", "cod.", "security code",
/// "CVV"/"CVC") is that card's security code. Read only after a card.
fn card_codes(text: &str, found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut add = Vec::new();
    for f in found.iter().filter(|f| f.kind == Kind::CardNumber) {
        let mut i = f.end;
        while i < b.len() && i - f.end < 3 && matches!(b[i], b',' | b';' | b' ' | b'/' | b'-') {
            i += 1;
        }
        let rest = &b[i..(i + 24).min(b.len())];
        const NAMES: &[&[u8]] = &[
            b"security code",
            b"codice di sicurezza",
            b"codice",
            b"code",
            b"cod.",
            b"cvv2",
            b"cvc2",
            b"cvv",
            b"cvc",
        ];
        let Some(n) = NAMES
            .iter()
            .find(|n| rest.len() >= n.len() && rest[..n.len()].eq_ignore_ascii_case(n))
        else {
            if let Some(code) = record_code(b, f.end).or_else(|| signature_strip(b, f)) {
                add.push(code);
            }
            continue;
        };
        let mut j = i + n.len();
        while j < b.len() && j - i < n.len() + 3 && matches!(b[j], b' ' | b':' | b'.' | b'=') {
            j += 1;
        }
        let d = b[j..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if j > i + n.len()
            && (3..=4).contains(&d)
            && !b.get(j + d).is_some_and(|c| {
                c.is_ascii_alphanumeric()
                    || matches!(c, b'.' | b',' | b'/' | b'-')
                        && b.get(j + d + 1).is_some_and(u8::is_ascii_digit)
            })
        {
            add.push((j, j + d));
        }
    }
    for (s, e) in add {
        push(found, Kind::Cvv, s, e);
    }
}

/// `8588 813` on a line of its own below a card's number ending in 8588:
/// a card's back, read by OCR or copied from a photo, prints the last four
/// digits of the number on the signature strip, then the security code.
/// Looked for in the 240 bytes after the card.
fn signature_strip(b: &[u8], f: &Finding) -> Option<(usize, usize)> {
    let digits: Vec<u8> = b[f.start..f.end]
        .iter()
        .filter(|c| c.is_ascii_digit())
        .copied()
        .collect();
    let last4 = digits.get(digits.len().checked_sub(4)?..)?;
    let hi = (f.end + 240).min(b.len());
    let mut line = f.end;
    while let Some(nl) = memchr::memchr(b'\n', &b[line..hi]) {
        let ls = line + nl + 1;
        let le = ls + memchr::memchr(b'\n', &b[ls..hi]).unwrap_or(hi - ls);
        let row = b[ls..le].trim_ascii();
        if row.len() == 8 && &row[..4] == last4 && row[4] == b' ' {
            let code = &row[5..];
            if code.iter().all(u8::is_ascii_digit) {
                let s = ls + (b[ls..le].len() - b[ls..le].trim_ascii_start().len()) + 5;
                return Some((s, s + 3));
            }
        }
        line = le;
    }
    None
}

/// `"number": "4242…", "expMonth": "11", "expYear": "2029", "code":
/// "608"`: a card's record (a password manager's or a wallet's export)
/// names its security code `code` (or `securityCode`, `card_code`) among
/// the card's other members. Read after the card number, up to the
/// record's closing brace (240 bytes at most); a member named for another
/// code (`postal_code`, `currency_code`) is not this one.
fn record_code(b: &[u8], from: usize) -> Option<(usize, usize)> {
    const NAMES: &[&[u8]] = &[
        b"code",
        b"securitycode",
        b"security_code",
        b"cardcode",
        b"card_code",
        b"verificationcode",
        b"verification_code",
    ];
    let hi = (from + 240).min(b.len());
    let window = &b[from..hi];
    let end = from + memchr::memchr(b'}', window).unwrap_or(window.len());
    let window = &b[from..end];
    for at in memchr::memmem::find_iter(window, b"\":") {
        let name_end = from + at;
        let lo = name_end.saturating_sub(24).max(from);
        let Some(q) = memchr::memrchr(b'"', &b[lo..name_end]) else {
            continue;
        };
        let name = b[lo + q + 1..name_end].to_ascii_lowercase();
        if !NAMES.contains(&name.as_slice()) {
            continue;
        }
        let mut v = crate::value::skip_spaces(b, name_end + 2);
        let quoted = b.get(v) == Some(&b'"');
        if quoted {
            v += 1;
        }
        let d = b[v..end]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let close = b.get(v + d).copied();
        let closed = if quoted {
            close == Some(b'"')
        } else {
            matches!(close, Some(b',' | b'\n' | b'\r' | b' ' | b'}'))
        };
        return ((3..=4).contains(&d) && closed).then_some((v, v + d));
    }
    None
}

/// "the new pass is Mario140496", "la pass è Gatto-Nero-Lampo-42": an
/// ordinary word that is also a password key (`Strong`: "pass"; the caller
/// asks only for those) is one when a
/// copula follows it, as a key's `:` would. The word after the copula is
/// the value when it is built like a password named as one (a name and a
/// number will do) or is a passphrase of three or more words joined by
/// dashes; "the boarding pass is ready" has neither.
#[cold]
#[inline(never)]
/// The kind a trailing comment's key names, for `commented`.
fn commented_kind(rule: Rule) -> Option<Kind> {
    match rule {
        Rule::Keyed(k) | Rule::Strong(k) | Rule::Generic(k) => Some(k),
        Rule::Passphrase => Some(Kind::Password),
        Rule::Code => Some(Kind::Pin),
        _ => None,
    }
}

fn copula_value(text: &str, e: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let after = &b[e..(e + 6).min(b.len())];
    let c = [&b" is "[..], " è ".as_bytes(), b" was ", b" era "]
        .into_iter()
        .find(|c| after.len() >= c.len() && after[..c.len()].eq_ignore_ascii_case(c))?;
    let vs = e + c.len();
    let mut ve = vs;
    while ve < b.len() && ve - vs < 64 && !b[ve].is_ascii_whitespace() {
        ve += 1;
    }
    let ve = crate::value::floor_boundary(b, ve);
    let v = text[vs..ve].trim_end_matches(['.', ',', ';', ':', ')']);
    let dashed = v
        .split('-')
        .filter(|w| w.len() >= 3 && w.bytes().all(|c| c.is_ascii_alphabetic()))
        .count()
        >= 3
        && v.split('-').all(|w| {
            (w.len() >= 3 && w.bytes().all(|c| c.is_ascii_alphabetic()))
                || (!w.is_empty() && w.len() <= 4 && w.bytes().all(|c| c.is_ascii_digit()))
        })
        && v.bytes().any(|c| c.is_ascii_digit());
    let shaped = crate::context::password_word(v, true)
        && !crate::text::is_reference(v)
        && !crate::text::is_placeholder(v)
        && !v.contains('@');
    (dashed || shaped).then_some((vs, vs + v.len()))
}

/// A key whose value people may say aloud or spell out: numbers (PIN,
/// one-time and security codes, cards, accounts, IBANs) and passwords.
/// Tokens, secrets and API keys are pasted, not read out.
fn spoken_key(rule: Rule) -> bool {
    match rule {
        Rule::Keyed(k) | Rule::Strong(k) | Rule::Generic(k) => matches!(
            k,
            Kind::Pin
                | Kind::Cvv
                | Kind::CardNumber
                | Kind::Iban
                | Kind::BankAccount
                | Kind::UkBankAccount
                | Kind::Password
        ),
        Rule::SortCode
        | Rule::Code
        | Rule::Column
        | Rule::National
        | Rule::UserPass
        | Rule::Cab
        | Rule::Passphrase
        | Rule::DontShare
        | Rule::Near => true,
        _ => false,
    }
}

/// Base64 that decodes to `id:secret` (client credentials kept in a
/// variable, a table, a CI file), found from its `=` padding: each `=`
/// looks back over base64 characters no further than the previous one.
fn base64_credentials(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let b64 = |c: u8| c.is_ascii_alphanumeric() || c == b'+' || c == b'/';
    let mut floor = 0;
    for eq in memchr::memchr_iter(b'=', b) {
        let lo = floor;
        floor = eq + 1;
        if eq == 0 || !b64(b[eq - 1]) {
            continue;
        }
        let mut end = eq + 1;
        if b.get(end) == Some(&b'=') {
            end += 1;
        }
        if b.get(end)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'=')
        {
            continue;
        }
        let mut start = eq;
        while start > lo && eq - start < 512 && b64(b[start - 1]) {
            start -= 1;
        }
        if eq - start < 16 || (start > 0 && b[start - 1].is_ascii_alphanumeric()) {
            continue;
        }
        if crate::auth::basic_credentials(&text[start..end]) {
            out.push(Finding {
                kind: Kind::ClientSecret,
                start,
                end,
                confidence: Confidence::High,
            });
        }
    }
}

/// A header's label starts its cell: the line, a cell border, a quote, or
/// a gap of two spaces (a space-aligned report) comes before it, possibly
/// with up to three words of label ("Numero carta", "Bank/building society
/// account number"), within 48 bytes.
/// "Steps: we call the token endpoint," in a sentence heads nothing.
fn starts_a_cell(b: &[u8], key_start: usize) -> bool {
    let mut k = key_start;
    let lo = key_start.saturating_sub(48);
    // `~/.pgpass`: a file's name marks its lines.
    if k > 0 && matches!(b[k - 1], b'.' | b'/') {
        return true;
    }
    // `admin_pin`, `supervisor_pin`: the key ends a snake_case name.
    if k > 0 && b[k - 1] == b'_' {
        while k > lo && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_') {
            k -= 1;
        }
    }
    // `BankAccountNumber`, `cardPin`: the key ends a camel-case name.
    if k > 0 && b[k - 1].is_ascii_lowercase() && b[k].is_ascii_uppercase() {
        while k > lo && b[k - 1].is_ascii_alphanumeric() {
            k -= 1;
        }
    }
    // Up to three words of label before the key, within 48 bytes.
    for _ in 0..4 {
        while k > lo && matches!(b[k - 1], b'"' | b'\'' | b'*' | b'`' | b'#' | b'_' | b'[') {
            k -= 1;
        }
        if k == 0 || matches!(b[k - 1], b'\n' | b'\r' | b'|' | b';' | b',' | b'\t' | b'+') {
            return true;
        }
        if b[k - 1] != b' ' || k <= lo {
            return false;
        }
        if k >= 2 && matches!(b[k - 2], b' ' | b'|' | b';' | b',' | b'\t' | b'\n') {
            return true;
        }
        k -= 1;
        while k > lo
            && !b[k - 1].is_ascii_whitespace()
            && !matches!(b[k - 1], b'|' | b';' | b',' | b'\t')
        {
            k -= 1;
        }
        if k == lo {
            return false;
        }
    }
    false
}

/// What follows a key that names a column: a cell border, the end of the
/// line (possibly after `:`), or a gap of two spaces or more.
fn heads_a_column(b: &[u8], mut i: usize) -> bool {
    // `password_iniziale`, `pin_dispositivo`: a snake_case qualifier.
    if b.get(i) == Some(&b'_') {
        let w = i + 1;
        let mut k = w;
        while k < b.len() && k - w <= 16 && b[k].is_ascii_alphabetic() {
            k += 1;
        }
        if context::qualifier_suffix(&b[w..k]) {
            i = k;
        }
    }
    // "PIN dispositivo", "Account No": up to two more words in the label.
    for _ in 0..2 {
        let w = i + 1;
        if b.get(i) != Some(&b' ')
            || !b
                .get(w)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
        {
            break;
        }
        let mut k = w;
        while k < b.len()
            && k - w < 24
            && (b[k].is_ascii_alphanumeric() || b[k] >= 0x80 || b[k] == b'.')
        {
            k += 1;
        }
        i = k;
    }
    // `Konto-Nr.`, `Acct. No.`: an abbreviation's dot ends the label.
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    while i < b.len() && matches!(b[i], b'"' | b'\'' | b'*' | b')' | b'`') {
        i += 1;
    }
    let s = i;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if i - s >= 2 {
        return true;
    }
    if b.get(i) == Some(&b':') {
        i += 1;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
    }
    match b.get(i) {
        None => true,
        Some(c) => matches!(c, b'\t' | b'|' | b';' | b',' | b'\n' | b'\r' | b'('),
    }
}

fn better(a: &Finding, b: &Finding) -> bool {
    (a.confidence, a.end - a.start) > (b.confidence, b.end - b.start)
}

/// Sorts findings and merges each overlapping cluster into one span that
/// covers all of it, so no part of any finding escapes redaction. The
/// cluster takes the kind of its strongest member (confidence, then
/// length).
pub(crate) fn resolve(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    let mut best: Option<Finding> = None;
    for f in found {
        if let Some(last) = out.last_mut()
            && f.start < last.end
        {
            let lead = best.get_or_insert(*last);
            if better(&f, lead) {
                *lead = f;
            }
            last.kind = lead.kind;
            last.confidence = lead.confidence;
            last.end = last.end.max(f.end);
            continue;
        }
        best = None;
        out.push(f);
    }
    out
}

fn scan_once(text: &str, cues: Option<&mut Vec<Cue>>) -> Vec<Finding> {
    let rereading = cues.is_none();
    let mut found = Vec::new();
    let mut headers = Vec::new();
    let mut open = Vec::new();
    let mut noted = Noted::default();
    scan_triggers(text, &mut found, &mut headers, cues, &mut open, &mut noted);
    // An INSERT's column list names fields and holds no value: a key word
    // in it (`pwd, offlineToken`) led to the next column's name.
    // The rare strings that wake the passes below, found in one pass.
    let marks = landmarks::find(text);
    let lists = sql::scan(text, &marks.inserts, &mut found);
    if !lists.is_empty() {
        found.retain(|f| !lists.iter().any(|&(s, e)| f.start >= s && f.end <= e));
    }
    if !headers.is_empty() {
        tables::scan(text, &headers, &mut found);
    }
    digits::scan(text, &mut found);
    base64_credentials(text, &mut found);
    crate::generated::scan(text, &mut found);
    crate::generated::scan_named_uuid_pairs(text, &mut found);
    encoded::scan(text, marks.secret, &mut found);
    encoded::blobs(text, &mut found);
    xml::scan(text, &marks.closes, &mut found);
    crate::typed::scan(text, &marks.tabs, &mut found);
    crate::eav::scan(text, &mut found);
    crate::eav::debugger_prints(text, &marks.prints, &mut found);
    if !noted.printed.is_empty() {
        crate::eav::lldb_prints(text, &noted.printed, &mut found);
    }
    crate::joined_pair::slashed(text, &mut found);
    pairs::scan(text, &mut found);
    qa::scan(text, marks.answer, &mut found);
    counted::scan(text, &noted.counts, &mut found);
    for &at in &noted.selects {
        sql::headerless_rows(text, at, &mut found);
    }
    // The second look near the keys left without a value; on a redacted
    // re-reading too (near what was redacted), so what it finds there is
    // merged and `scan(redact(t, scan(t)))` stays empty.
    if !open.is_empty() {
        nearby::scan(text, &open, rereading, &mut found);
    }
    card_codes(text, &mut found);
    crate::second_code::scan(text, &mut found);
    // An EDIFACT payment's bank segment names each party's account.
    if !marks.fii.is_empty() {
        edifact::scan(text, &marks.fii, &mut found);
    }
    // A COBOL copybook names the fields of the records below it.
    if !marks.pics.is_empty() {
        cobol::scan(text, &marks.pics, &mut found);
    }
    // A Wi-Fi QR payload says itself which field is the password.
    if !marks.wifi.is_empty() {
        wifi::scan(text, &marks.wifi, &mut found);
    }
    // A JSON Web Key says itself which of its members are private.
    if !marks.kty.is_empty() {
        crate::jwk::scan(text, &marks.kty, &mut found);
    }
    // eBay's OAuth tokens (a caret is rare enough to look for alone).
    vendor::ebay_tokens(text, &mut found);
    // An IBAN written one character per box after its name.
    if !noted.ibans.is_empty() {
        crate::boxed::scan(text, &noted.ibans, &mut found);
    }
    // A URL's query parameters that specifications make credentials.
    if !noted.urls.is_empty() {
        crate::query::scan(text, &noted.urls, &mut found);
    }
    // Key material a tool prints under its own label.
    if !noted.listed.is_empty() {
        crate::printed_keys::shares(text, &noted.listed, &mut found);
    }
    if !marks.hex_keys.is_empty() {
        crate::printed_keys::keytab_keys(text, &marks.hex_keys, &mut found);
    }
    // Two-factor recovery codes listed under their name.
    if !noted.listed.is_empty() {
        crate::recovery::scan(text, &noted.listed, &mut found);
    }
    // An API key naming its environment (`xyz_live_…`).
    crate::staged::scan(text, &mut found);
    // A PuTTY key file holds its private lines.
    if !marks.slashes.is_empty() {
        crate::listed_login::scan(text, &marks.slashes, &mut found);
    }
    if !marks.basic.is_empty() {
        crate::basic_pair::scan(text, &marks.basic, &mut found);
    }
    if !marks.ppk.is_empty() {
        crate::ppk::scan(text, &marks.ppk, &mut found);
    }
    if found.len() < 2 {
        return found;
    }
    resolve(found)
}

/// `Client Secret⏎ZSBlaZnW1Q1M⏎PXBkOUPwzbd3⏎⏎`: a PDF's text extraction
/// breaks a long value where its column ends. A token's finding (no
/// blanks in it) that ends its line goes on into the next line when that
/// line holds one fragment built like a piece of it (ten or more of a
/// token's characters, letters with digits or in mixed case) and the
/// value ends there: a blank line or the text's end follows.
fn wrapped_tail(text: &str, found: &mut [Finding]) {
    let b = text.as_bytes();
    for k in 0..found.len() {
        let f = found[k];
        if !matches!(
            f.kind,
            Kind::ClientSecret | Kind::AccessToken | Kind::RefreshToken | Kind::VendorKey
        ) || f.end - f.start < 8
            || b[f.start..f.end].iter().any(u8::is_ascii_whitespace)
        {
            continue;
        }
        let mut e = f.end;
        if b.get(e) == Some(&b'\r') {
            e += 1;
        }
        if b.get(e) != Some(&b'\n') {
            continue;
        }
        let s = e + 1;
        let le = memchr::memchr(b'\n', &b[s..]).map_or(b.len(), |o| s + o);
        let pe = if le > s && b[le - 1] == b'\r' {
            le - 1
        } else {
            le
        };
        let piece = &b[s..pe];
        // (`=` only as base64's padding: `NAME=value` is the next line's
        // own key.)
        let body = piece
            .strip_suffix(b"==")
            .or_else(|| piece.strip_suffix(b"="))
            .unwrap_or(piece);
        if !(10..=100).contains(&piece.len())
            || !body
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'+' | b'/'))
        {
            continue;
        }
        let upper = piece.iter().filter(|c| c.is_ascii_uppercase()).count();
        let lower = piece.iter().filter(|c| c.is_ascii_lowercase()).count();
        let digits = piece.iter().filter(|c| c.is_ascii_digit()).count();
        if !((digits > 0 && upper + lower > 0) || (upper >= 2 && lower >= 2)) {
            continue;
        }
        let rest = &b[le.min(b.len())..];
        let rest = rest.strip_prefix(b"\n").unwrap_or(rest);
        let next = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
        // (A piece found on its own is not this value's.)
        if next.iter().all(u8::is_ascii_whitespace)
            && !found.iter().any(|g| g.start < pe && g.end > s)
        {
            found[k].end = pe;
        }
    }
}

/// One redacted span: where it was in the original and where its
/// placeholder sits in the redacted text.
struct Span {
    orig: (usize, usize),
    red: (usize, usize),
}

fn redact_mapped(text: &str, found: &[Finding]) -> (String, Vec<Span>) {
    let mut out = String::with_capacity(text.len());
    let mut spans = Vec::with_capacity(found.len());
    let mut pos = 0;
    for f in found {
        out.push_str(&text[pos..f.start]);
        let red_start = out.len();
        out.push_str("[REDACTED:");
        out.push_str(f.kind.code());
        out.push(']');
        spans.push(Span {
            orig: (f.start, f.end),
            red: (red_start, out.len()),
        });
        pos = f.end;
    }
    out.push_str(&text[pos..]);
    (out, spans)
}

/// Maps a position of the redacted text back to the original. Positions
/// inside a placeholder snap outwards to the span it replaced.
fn to_original(spans: &[Span], pos: usize, is_end: bool) -> usize {
    let idx = spans.partition_point(|s| s.red.1 <= pos);
    match spans.get(idx) {
        Some(s) if pos > s.red.0 => {
            if is_end {
                s.orig.1
            } else {
                s.orig.0
            }
        }
        _ => {
            // In the gap after span `idx - 1` (or before the first span).
            let (red_end, orig_end) = idx
                .checked_sub(1)
                .map_or((0, 0), |i| (spans[i].red.1, spans[i].orig.1));
            pos - red_end + orig_end
        }
    }
}

/// Scans, then checks the redacted text: a value judged in context can
/// change verdict once a secret inside or beside it becomes a placeholder
/// (a rejected long value that no longer hides the keys inside it, say).
/// Whatever the redacted text still shows is mapped back and merged, so
/// `scan(redact(t, scan(t)))` is empty. Clean text pays nothing extra.
pub(crate) fn scan(text: &str) -> Vec<Finding> {
    let mut found = scan_viewed(text);
    crate::pin_tan::find(text, &mut found);
    if found.is_empty() {
        return found;
    }
    let mut found = without_public_pem_bodies(text, without_numbers_in_uuids(text, found));
    found.retain(|f| {
        f.kind != Kind::Password
            || !not_a_password(&text[f.start..f.end]) && !digest_of_password(text, f)
    });
    found.retain(|f| !masked_secret(f.kind, &unescaped(&text[f.start..f.end])));
    found.retain(|f| !crate::stored::points_elsewhere(text, f.kind, f.start, f.end));
    found.retain(|f| !crate::claims::identifying_member(text.as_bytes(), f.start, f.end));
    found.retain(|f| {
        !matches!(
            f.kind,
            Kind::AccessToken | Kind::RefreshToken | Kind::ClientSecret
        ) || !crate::claims::key_id_in_prose(text.as_bytes(), f.start, f.end)
    });
    found.retain(|f| {
        f.kind != Kind::Pin
            || !forbidden_example(text, f)
                && !masked_card_group(text, f)
                && !crate::join_code::game_pin(text, f.start)
    });
    found.retain(|f| {
        !matches!(f.kind, Kind::BankAccount | Kind::UkBankAccount)
            || !ledger_account(text, f)
                && !bank_and_branch_codes(&text[f.start..f.end])
                && !law_citation(text, f)
    });
    found.retain(|f| !crate::look_alikes::passes(text, f));
    wrapped_tail(text, &mut found);
    crate::look_alikes::with_encoding_prefix(text, &mut found);
    found
}

/// "conto 180010 'Banca c/c' dare 1.660,48": in double-entry bookkeeping
/// an entry names accounts of the chart of accounts, each with its amount
/// in the debit (dare) or credit (avere) column; such an account is a
/// ledger code, not a bank's. Read on the value's line, a few words after
/// it: "dare" or "avere" followed by an amount.
fn ledger_account(text: &str, f: &Finding) -> bool {
    let b = text.as_bytes();
    let hi = (f.end + 64).min(b.len());
    let line = &b[f.end..hi];
    let line = line[..memchr::memchr(b'\n', line).unwrap_or(line.len())].to_ascii_lowercase();
    [&b"dare "[..], b"avere "].iter().any(|w| {
        memchr::memmem::find_iter(&line, w).any(|at| {
            if at > 0 && line[at - 1].is_ascii_alphanumeric() {
                return false;
            }
            let mut j = at + w.len();
            let rest = |j: usize| &line[j.min(line.len())..];
            if rest(j).starts_with("€".as_bytes()) {
                j += "€".len();
            } else if rest(j).starts_with(b"eur") {
                j += 3;
            }
            while line.get(j) == Some(&b' ') {
                j += 1;
            }
            line.get(j).is_some_and(u8::is_ascii_digit)
        })
    })
}

/// "Law 136/2010", "D.Lgs. 82/2005", "legge n. 241/1990": an act cited by
/// its number and year, after a word naming a law or its number. Read on
/// a finding that is digits, a slash and a year (1900–2099), with one of
/// those words within the few bytes before it.
fn law_citation(text: &str, f: &Finding) -> bool {
    let v = &text.as_bytes()[f.start..f.end];
    let Some(slash) = v.iter().position(|&c| c == b'/') else {
        return false;
    };
    let (num, year) = (&v[..slash], &v[slash + 1..]);
    if !(1..=5).contains(&num.len())
        || !num.iter().all(u8::is_ascii_digit)
        || year.len() != 4
        || !year.iter().all(u8::is_ascii_digit)
        || !(year.starts_with(b"19") || year.starts_with(b"20"))
    {
        return false;
    }
    let mut lo = f.start.saturating_sub(24);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text[lo..f.start].to_ascii_lowercase();
    let last = before
        .split(|c: char| c.is_whitespace() || c == '(')
        .rev()
        .find(|w| !w.is_empty() && *w != "n." && *w != "no." && *w != "nr." && *w != "n°");
    last.is_some_and(|w| {
        matches!(
            w.trim_end_matches(['.', ',']),
            "law"
                | "act"
                | "legge"
                | "l"
                | "d.lgs"
                | "dlgs"
                | "d.l"
                | "dpr"
                | "d.p.r"
                | "decreto"
                | "regolamento"
                | "regulation"
                | "directive"
                | "direttiva"
                | "delibera"
                | "determina"
                | "ordinanza"
                | "circolare"
        )
    })
}

/// `03069 11101`, `30004/01234`: two groups of five digits are a bank's
/// and a branch's codes (Italian ABI and CAB, French code banque and code
/// guichet), which every customer of that branch shares; the account is
/// the longer number written after them.
fn bank_and_branch_codes(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 11
        && matches!(b[5], b' ' | b'/' | b'-' | b'.')
        && b[..5].iter().chain(&b[6..]).all(u8::is_ascii_digit)
}

/// A value as it reads once URL escapes (`%2A`, `%E2%80%A2`) and the
/// quoted-printable escapes of a character beyond ASCII (`=E2=80=A6`) are
/// undone; the value itself when it has none.
fn unescaped(v: &str) -> std::borrow::Cow<'_, str> {
    if !v.contains(['%', '=']) {
        return std::borrow::Cow::Borrowed(v);
    }
    let b = v.as_bytes();
    let hex = |k: usize| -> Option<u8> {
        let h = b.get(k..k + 2)?;
        u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    };
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let escaped = if c == b'%' {
            hex(i + 1)
        } else if c == b'=' {
            // Only a byte beyond ASCII: `=` is the value's own otherwise.
            hex(i + 1).filter(|&x| x >= 0x80)
        } else {
            None
        };
        match escaped {
            Some(x) => {
                out.push(x);
                i += 3;
            }
            None => {
                out.push(c);
                i += 1;
            }
        }
    }
    std::borrow::Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

/// A password or token masked by whoever pasted it: its characters
/// mostly masking marks (`xoxb-****-****-****`, `ghp_••••••••…`, at least
/// twice as many marks as letters and digits), or a run of `X` alone
/// (`CVV=XXX`, `password: xxxx`). A password with a few `*` in it
/// (`Pa**w0rd**!`) is kept.
fn masked_secret(kind: Kind, v: &str) -> bool {
    if matches!(kind, Kind::CardNumber | Kind::Iban | Kind::BankAccount) {
        return false;
    }
    let marks = v
        .chars()
        .filter(|c| matches!(c, '*' | '•' | '●' | '∙' | '·' | '…' | '■' | '█'))
        .count();
    let plain = v.chars().filter(|c| c.is_alphanumeric()).count();
    let xs = v.len() >= 3 && v.bytes().all(|c| c == b'X')
        || v.len() >= 4 && v.bytes().all(|c| c == b'x');
    // Cut short with an ellipsis (`J1LK…AB5j`): a token is never
    // written with one.
    let elided = kind != Kind::Password && v.contains('…');
    (marks >= 3 && marks >= 2 * plain)
        || xs
        || elided
        || twilio_account_sid(kind, v)
        || masked_groups(v)
        || encoded_placeholder(v)
}

/// `xxxx-xxxx-a773`, `XXXX-XXXX-0$16`: a value whose leading groups are
/// all masking letters, dash-joined, shows only its last few characters,
/// as consoles and auditors print a key they mean to hide.
fn masked_groups(v: &str) -> bool {
    let mut groups = v.split('-');
    let masked = |g: &str| g.len() >= 3 && g.bytes().all(|c| matches!(c, b'x' | b'X' | b'*'));
    let mut n = 0;
    let mut rest = 0;
    for g in groups.by_ref() {
        if masked(g) && rest == 0 {
            n += 1;
        } else {
            rest += g.len() + 1;
        }
    }
    n >= 2 && rest <= 8
}

/// `Q0hBTkdFX01F`: a base64 value (a Kubernetes Secret's `data`, an
/// encoded setting) that decodes to a placeholder ("CHANGE_ME",
/// "<password>") stands for no secret, as the placeholder would.
fn encoded_placeholder(v: &str) -> bool {
    use base64::Engine;
    if v.len() < 8 || v.len() > 64 || !v.len().is_multiple_of(4) {
        return false;
    }
    let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(v) else {
        return false;
    };
    std::str::from_utf8(&raw).is_ok_and(|d| {
        !d.is_empty() && d.bytes().all(|c| c.is_ascii_graphic()) && crate::text::is_placeholder(d)
    })
}

/// `AC` and 32 hex digits: a Twilio Account SID, the account's public
/// identifier shown beside its settings (its secret is the auth token).
fn twilio_account_sid(kind: Kind, v: &str) -> bool {
    kind != Kind::Password
        && v.len() == 34
        && v.starts_with("AC")
        && v[2..]
            .bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

/// "carta 4242 **** **** 0259", "•••• •••• •••• 4242": four digits
/// beside a group of mask characters are the visible part of a masked
/// card number, not a PIN.
fn masked_card_group(text: &str, f: &Finding) -> bool {
    let b = text.as_bytes();
    let is_mask = |c: char| matches!(c, '*' | '•' | '●' | '∙' | '·' | 'x' | 'X' | '#');
    let masked = |s: &str| s.chars().take(4).filter(|&c| is_mask(c)).count() == 4;
    let after = text[f.end..].strip_prefix([' ', '-']).unwrap_or("");
    let mut lo = f.start.saturating_sub(16);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text[lo..f.start].strip_suffix([' ', '-']).unwrap_or("");
    (f.end - f.start == 4 && b[f.start..f.end].iter().all(u8::is_ascii_digit))
        && (masked(after) || before.chars().rev().take(4).filter(|&c| is_mask(c)).count() == 4)
}

/// "Your PIN must be 5 digits and cannot be a sequence (12345)", "il PIN
/// non può essere 0000": a trivial run (digits all the same, or each one
/// more or one less than the last) in a sentence that states what a PIN
/// must or must not be is the example of a PIN refused, not someone's PIN.
/// Checked per PIN finding, over the sentence before it (160 bytes).
fn forbidden_example(text: &str, f: &Finding) -> bool {
    let d: Vec<u8> = text.as_bytes()[f.start..f.end]
        .iter()
        .filter(|c| c.is_ascii_digit())
        .copied()
        .collect();
    if d.len() < 4 {
        return false;
    }
    let steps = |k: i16| d.windows(2).all(|w| i16::from(w[1]) - i16::from(w[0]) == k);
    if !(steps(0) || steps(1) || steps(-1)) {
        return false;
    }
    let b = text.as_bytes();
    let mut lo = f.start.saturating_sub(160);
    // The sentence the value is in: from the last full stop, `?`, `!` or
    // line break before it.
    if let Some(k) = b[lo..f.start]
        .iter()
        .rposition(|&c| matches!(c, b'\n' | b'!' | b'?') || c == b'.')
    {
        lo += k + 1;
    }
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let sentence = text[lo..f.start].to_lowercase();
    const RULES: &[&str] = &[
        "must",
        "cannot",
        "can't",
        "can not",
        "should not",
        "shouldn't",
        "not allowed",
        "avoid",
        "sequence",
        "non può",
        "non puo",
        "non deve",
        "non devono",
        "deve essere",
        "non sono ammess",
        "non è ammess",
        "evita",
        "sequenza",
        "vietat",
        // A format shown by example ("6 digits like 12-34-56"): a run
        // that counts up or down is the illustration, not someone's code.
        " like ",
        " tipo ",
        "e.g.",
        "esempio",
        "for example",
        "for instance",
        "such as",
        " ad es",
    ];
    RULES.iter().any(|w| sentence.contains(w))
}

/// What sits where a password goes and is none: a stored hash in the
/// modular crypt format (`$2b$12$…`, `$argon2id$v=19$…`, Django's
/// `pbkdf2_sha256$…`), which cannot be typed in and is what a database
/// keeps instead of the password, and a password manager's name ("it is
/// in the vault (1Password)"); a span across a tab.
fn not_a_password(v: &str) -> bool {
    const HASHES: &[&str] = &[
        "$2a$",
        "$2b$",
        "$2y$",
        "$argon2",
        "$scrypt$",
        "$1$",
        "$5$",
        "$6$",
        "$pbkdf2",
        "pbkdf2_sha",
        "bcrypt$",
        "argon2$",
    ];
    const MANAGERS: &[&str] = &[
        "1password",
        "bitwarden",
        "keepass",
        "keepassxc",
        "lastpass",
        "dashlane",
    ];
    // No one types a tab into a password field: a span across a tab is
    // two cells of a label ⇥ value layout (`API Password ⇥` left empty,
    // then `Versione ⇥ 8.6.0.2` on the next line), not a password.
    v.contains('\t')
        || HASHES.iter().any(|h| v.starts_with(h)) && v.len() >= 20
        || MANAGERS.iter().any(|m| v.eq_ignore_ascii_case(m))
        || scheme_names(v)
        || hex_digest(v)
        || header_row(v)
        || questions_word(v)
        || quoted_variable(v)
}

/// `Password: «${DB_PASSWORD}»`: a shell or template variable behind a
/// guillemet or a typographic quote (which the value's reader took in)
/// is the variable still.
fn quoted_variable(v: &str) -> bool {
    v.strip_prefix(['«', '“', '‘', '„', '‹'])
        .is_some_and(|r| r.len() > 1 && r.starts_with('$') && crate::text::variable_reference(r))
}

/// "mi chiede la password, è phishing?": a word of lowercase letters
/// closed by the question mark is the question's last word; a password
/// built of plain letters would not carry the sentence's `?`.
fn questions_word(v: &str) -> bool {
    v.strip_suffix('?').is_some_and(|w| {
        w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
    })
}

/// `DDAF…64948D3:1436`, `5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8`: a
/// digest in hex (32 digits or more: an MD5, a SHA-1 or what is left of
/// one after a range query's prefix), in capitals as hash tools and breach
/// lists print them, or with the count of times it was seen. A password
/// is typed, not hashed; a digest stands where a text compares passwords
/// against what leaked.
fn hex_digest(v: &str) -> bool {
    let (hex, count) = v.split_once(':').unwrap_or((v, ""));
    let counted = !count.is_empty() && count.bytes().all(|c| c.is_ascii_digit());
    hex.len() >= 32
        && hex.bytes().all(|c| c.is_ascii_hexdigit())
        && (counted || !hex.bytes().any(|c| c.is_ascii_lowercase()))
        && (counted || count.is_empty())
}

/// "le password sono già hashate (bcrypt/argon2 come da lezione)": the
/// names of password-hashing schemes (one, or a few joined by `/`, `,` or
/// `+`) say how passwords are kept, and are none.
fn scheme_names(v: &str) -> bool {
    const SCHEMES: &[&str] = &[
        "bcrypt", "scrypt", "yescrypt", "argon2", "argon2id", "argon2i", "argon2d", "pbkdf2",
        "md5", "sha1", "sha-1", "sha256", "sha-256", "sha512", "sha-512", "ntlm",
    ];
    v.len() <= 48
        && v.split(['/', ',', '+'])
            .all(|p| SCHEMES.iter().any(|s| p.trim().eq_ignore_ascii_case(s)))
}

/// "SHA-256 of the student's password (for comparison): 3e49…", "SHA-256
/// della password: …": a digest named as a hash function's output of the
/// password (the function's name, then "of" in some language, before the
/// word password) is what a system keeps instead of it. Read on the
/// value's line, 120 bytes back; the value is hex of 32 digits or more.
#[inline(never)]
fn digest_of_password(text: &str, f: &Finding) -> bool {
    let v = &text.as_bytes()[f.start..f.end];
    if v.len() < 32 || !v.iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let b = text.as_bytes();
    let mut lo = f.start.saturating_sub(120);
    if let Some(nl) = memchr::memrchr(b'\n', &b[lo..f.start]) {
        lo += nl + 1;
    }
    let line = b[lo..f.start].to_ascii_lowercase();
    const FUNCTIONS: &[&[u8]] = &[
        b"sha-256 ",
        b"sha256 ",
        b"sha-1 ",
        b"sha1 ",
        b"sha-512 ",
        b"sha512 ",
        b"md5 ",
        b"hash ",
    ];
    const OF: &[&[u8]] = &[
        b"of ", b"della ", b"dello ", b"dell'", b"del ", b"di ", b"de la ", b"du ", b"des ",
        b"von ", b"der ", b"de ",
    ];
    FUNCTIONS.iter().any(|fun| {
        memchr::memmem::find_iter(&line, fun).any(|at| {
            let rest = &line[at + fun.len()..];
            OF.iter().any(|o| rest.starts_with(o))
                && (at == 0 || !line[at - 1].is_ascii_alphanumeric())
                && [&b"password"[..], b"passwort", b"mot de passe", b"contrase"]
                    .iter()
                    .any(|w| memchr::memmem::find(&rest[..rest.len().min(40)], w).is_some())
        })
    })
}

/// `name,url,username,password,note`: an export's header row, read as
/// the value of a sentence about the export ("the passwords are masked:")
/// that ends above it. Three or more comma-separated field names (lower
/// case letters and `_`), one of them naming the password column: the
/// file's columns, not a password.
fn header_row(v: &str) -> bool {
    let fields: Vec<&str> = v.split(',').collect();
    fields.len() >= 3
        && fields
            .iter()
            .all(|f| !f.is_empty() && f.bytes().all(|c| c.is_ascii_lowercase() || c == b'_'))
        && fields
            .iter()
            .any(|f| f.contains("pass") || f.contains("pwd"))
}

/// Findings added after the passes (a value found once, found again
/// where it stands alone) may change what the text around them says
/// ("codice di sicurezza 0000 12-34-56": the code is no CVV while a number
/// goes on after it, and is one once that number is a placeholder). The
/// redacted text is scanned again, as `scan_text` does, and what it still
/// shows is mapped back and merged, so `scan(redact(t, scan(t)))` stays
/// empty.
pub(crate) fn settle(text: &str, mut found: Vec<Finding>) -> Vec<Finding> {
    for _ in 0..4 {
        let (redacted, spans) = redact_mapped(text, &found);
        let again = scan(&redacted);
        if again.is_empty() {
            break;
        }
        for f in again {
            found.push(Finding {
                start: to_original(&spans, f.start, false),
                end: to_original(&spans, f.end, true),
                ..f
            });
        }
        found = resolve(found);
    }
    found
}

/// The body of a public PEM block (`PUBLIC KEY`, `CERTIFICATE`, `CERTIFICATE
/// REQUEST`…) is public: a line introducing it ("questa chiave:") or a
/// wrapped-blob rule does not make it a secret. Findings wholly inside
/// such a body are dropped. Blocks do not nest: each search starts after
/// the last END, so the work is linear.
fn without_public_pem_bodies(text: &str, found: Vec<Finding>) -> Vec<Finding> {
    let b = text.as_bytes();
    let mut bodies: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    let mut no_end = false;
    while let Some(o) = memchr::memmem::find(&b[from..], b"-----BEGIN ") {
        let at = from + o + 11;
        let Some(l) = memchr::memmem::find(&b[at..(at + 69).min(b.len())], b"-----") else {
            from = at;
            continue;
        };
        let body = at + l + 5;
        let end = if no_end {
            None
        } else {
            memchr::memmem::find(&b[body..], b"-----END").map(|e| body + e)
        };
        // `… | head -3`: a block cut short has no END; its body is the run
        // of base64 lines under the header. (One failed search for END
        // answers for every later block.)
        no_end = end.is_none();
        let body_end = end.unwrap_or_else(|| base64_lines_end(b, body));
        if memchr::memmem::find(&b[at..at + l], b"PRIVATE").is_none() {
            bodies.push((body, body_end));
        }
        from = end.map_or(body_end, |e| e + 8);
    }
    if bodies.is_empty() {
        return found;
    }
    // The bodies come in order and do not overlap, so the one that may
    // hold a finding is the last to start at or before it: a binary
    // search, where a look through them all made a line of headers
    // quadratic.
    found
        .into_iter()
        .filter(|f| {
            let i = bodies.partition_point(|&(s, _)| s <= f.start);
            i == 0 || f.end > bodies[i - 1].1
        })
        .collect()
}

/// Where the run of base64 lines from `at` ends (at the first line
/// holding anything else, a blank line or the text's end).
fn base64_lines_end(b: &[u8], at: usize) -> usize {
    let mut i = at;
    let mut end = at;
    let mut first = true;
    while i < b.len() {
        // Read the line only while it can still be base64: a line that is
        // not is left at its first other byte, never searched to its end
        // (a long line of `-----BEGIN ` headers made that quadratic).
        let (mut seen, mut gap, mut base64) = (false, false, true);
        let mut j = i;
        while j < b.len() && b[j] != b'\n' {
            let c = b[j];
            if c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=') {
                base64 &= !gap;
                seen = true;
            } else if c.is_ascii_whitespace() {
                gap |= seen;
            } else {
                base64 = false;
            }
            if !base64 {
                break;
            }
            j += 1;
        }
        // The header's own line may end right after it.
        if !base64 || (!seen && !first) {
            break;
        }
        if seen {
            end = j;
        }
        first = false;
        i = j + 1;
    }
    end
}

/// A UUID (a request, payment or task id: wanted in a ticket) is hex in
/// 8-4-4-4-12 groups. Read through its dashes, one in about ten thousand
/// spells a country code, check digits and a BBAN that pass mod-97, or a
/// Luhn-valid run. Number kinds found overlapping a whole UUID token are
/// dropped; keyed secrets (a token that happens to be a UUID) are not.
/// Only the dashes near a number finding are tried (a UUID overlapping
/// it starts at most 36 bytes before it), so text with many ids but no
/// number found pays nothing.
fn without_numbers_in_uuids(text: &str, found: Vec<Finding>) -> Vec<Finding> {
    let number = |f: &Finding| {
        matches!(
            f.kind,
            Kind::Iban | Kind::CardNumber | Kind::BankAccount | Kind::UkBankAccount
        )
    };
    if !found.iter().any(number) {
        return found;
    }
    let b = text.as_bytes();
    found
        .into_iter()
        .filter(|f| {
            if !number(f) {
                return true;
            }
            let lo = f.start.saturating_sub(36);
            let hi = (f.end + 8).min(b.len());
            !uuid_spans(b, lo, hi)
                .iter()
                .any(|&(a, z)| f.start < z && a < f.end)
        })
        .collect()
}

/// Byte spans of UUID-shaped tokens (not inside a longer word) whose
/// first dash lies in `lo..hi`. Each dash is tried once as a UUID's first
/// dash.
fn uuid_spans(b: &[u8], lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for dash in memchr::memchr_iter(b'-', &b[lo..hi]).map(|d| d + lo) {
        let Some(start) = dash.checked_sub(8) else {
            continue;
        };
        let end = start + 36;
        if end > b.len() || !crate::context::is_uuid(&b[start..end]) {
            continue;
        }
        let before = start.checked_sub(1).map(|i| b[i]);
        let after = b.get(end).copied();
        let word = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_');
        if !word(before) && !word(after) {
            out.push((start, end));
        }
    }
    out
}

fn scan_viewed(text: &str) -> Vec<Finding> {
    let Some(view) = normalize::normalize(text) else {
        return scan_spoken(text);
    };
    let found: Vec<Finding> = scan_spoken(&view.text)
        .into_iter()
        .filter(|f| f.end > f.start)
        .map(|f| {
            let (start, end) = view.span(f.start, f.end);
            // A terminal's colour codes that open the value (`grep
            // --color`) go with it, as those inside it do.
            let start = normalize::escapes_before(text.as_bytes(), start);
            Finding { start, end, ..f }
        })
        .collect();
    if found.len() < 2 {
        return found;
    }
    resolve(found)
}

/// `scan_text`, then the digits view of numbers said as words near the
/// keys the trigger pass saw (`spoken`): findings that touch a spoken run
/// are mapped back and merged.
fn scan_spoken(text: &str) -> Vec<Finding> {
    let mut cues = Vec::new();
    let mut found = scan_text(text, Some(&mut cues));
    if cues.is_empty() {
        return found;
    }
    let Some(view) = spoken::view(text, &cues) else {
        return found;
    };
    let before = found.len();
    for f in scan_text(&view.text, None) {
        if f.end > f.start && view.rewritten(f.start, f.end) {
            let (start, end) = view.span(f.start, f.end);
            found.push(Finding { start, end, ..f });
            if f.kind == Kind::Password
                && let Some((s, e)) = spoken::assembled_after(text, end)
            {
                found.push(Finding {
                    start: s,
                    end: e,
                    ..f
                });
            }
        }
    }
    if found.len() > before {
        found = resolve(found);
    }
    found
}

/// `scan` on text that needs no normalized view (or is one). `cues`
/// collects the keys the first pass saw.
fn scan_text(text: &str, cues: Option<&mut Vec<Cue>>) -> Vec<Finding> {
    let mut found = scan_once(text, cues);
    for _ in 0..4 {
        if found.is_empty() {
            break;
        }
        let (redacted, spans) = redact_mapped(text, &found);
        let again = scan_once(&redacted, None);
        if again.is_empty() {
            break;
        }
        for f in again {
            found.push(Finding {
                start: to_original(&spans, f.start, false),
                end: to_original(&spans, f.end, true),
                ..f
            });
        }
        found = resolve(found);
    }
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_variable_in_guillemets_is_no_password() {
        for t in [
            "◦ Password: «${DB_PASSWORD}»\n",
            "Password: “$DB_PASSWORD”\n",
        ] {
            assert!(crate::found(t).is_empty(), "{t}: {:?}", crate::found(t));
        }
        assert_eq!(crate::found("Password: «$Tramonto42!»\n").len(), 1);
    }
    use super::*;

    #[test]
    fn a_value_a_pdf_broke_over_two_lines() {
        let t = "The PDF splits it over two lines:\n\nClient secret:\ndyyeqeflRiOFRbXeX\nbXq5fI8wINCbyIE\n\n- 4 -\n";
        assert_eq!(crate::found(t), ["dyyeqeflRiOFRbXeX\nbXq5fI8wINCbyIE"]);
        // A word, or a line that goes on into more text, is no piece of it.
        let t = "Client secret:\ndyyeqeflRiOFRbXeX\nThanks\n\n";
        assert_eq!(crate::found(t), ["dyyeqeflRiOFRbXeX"]);
        let t = "Client secret:\ndyyeqeflRiOFRbXeX\nMerchant42ID\nNext line here\n";
        assert_eq!(crate::found(t), ["dyyeqeflRiOFRbXeX"]);
        // The next line of an env file is its own key's.
        let t =
            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYzz9KEY\nSENTRY_PROJECT=6778482\n\n";
        assert_eq!(crate::found(t), ["wJalrXUtnFEMIK7MDENGbPxRfiCYzz9KEY"]);
    }

    #[test]
    fn hashing_schemes_and_a_passwords_digest_are_no_password() {
        for t in [
            "Nel seed le password sono già hashate (bcrypt/argon2 come da lezione).",
            "the password is stored as bcrypt\n",
            "SHA-256 of the student's password (for comparison, not the password): f0307df2089112df95dd1031911d117d9e1f3db0bcab66a198ce8d2190a46ddc\n",
            "SHA-256 della password dello studente (per confronto): 626604297f173dfc5aa3ac4194f73f112ba49a266f9df9170fbde68f5046c798\n",
        ] {
            assert!(crate::scan(t).is_empty(), "{t}: {:?}", crate::scan(t));
        }
    }

    #[test]
    fn a_password_near_a_hash_is_still_found() {
        // A password that names a scheme among other things is one.
        assert_eq!(
            crate::found("password: bcrypt/Gatto42!\n"),
            ["bcrypt/Gatto42!"]
        );
        // A hex password with no hash function named before it.
        let t = "password: f0307df2089112df95dd1031911d117d9e1f3db0bcab66a198ce8d2190a46ddc\n";
        assert_eq!(
            crate::found(t),
            ["f0307df2089112df95dd1031911d117d9e1f3db0bcab66a198ce8d2190a46ddc"]
        );
        // The hash named after the password is not its digest.
        let t = "new password (not the md5 of it): 3e494dd435d3aad5d353b300d462dd9d\n";
        assert_eq!(crate::found(t), ["3e494dd435d3aad5d353b300d462dd9d"]);
    }

    #[test]
    fn a_questions_last_word_is_no_password() {
        let t = "ho ricevuto una mail che mi chiede la password, è phishing?";
        assert!(crate::scan(t).is_empty(), "{:?}", crate::scan(t));
        // A built password with a question mark in it stays one.
        assert_eq!(crate::found("la password è Gufo7nero?\n"), ["Gufo7nero?"]);
    }

    #[test]
    fn a_store_path_headed_by_a_generic_word_is_no_key() {
        let t = "moved to secret/data/shop/smtp\nrun: 0b7e1c9a-4d2f-4a6b-9e3c-8f1a2b3c4d5e\n";
        assert!(crate::scan(t).is_empty(), "{:?}", crate::scan(t));
    }

    #[test]
    fn an_issue_key_after_a_generic_word_is_no_secret() {
        let t = "action items: secret scanning in CI (SEC-4410)\n";
        assert!(crate::scan(t).is_empty(), "{:?}", crate::scan(t));
    }

    #[test]
    fn a_keys_ref_names_a_reference_not_a_value() {
        let t = "api_key_ref: PAYMENTS_KEY -> LEDGER_KEY\nchange: 7d0e4c21-9a3b-4f5e-8c6d-1b2a3c4d5e6f\n";
        assert!(crate::scan(t).is_empty(), "{:?}", crate::scan(t));
        // A key's value is still read where the key names no reference.
        let t = "api_key: Kq7Zr2Lx9Vk4Wp8Tn3Hc6Jb5Xm0\n";
        assert!(!crate::scan(t).is_empty());
    }

    #[test]
    fn a_credentials_id_or_name_is_no_key() {
        let t =
            "API key name   API key ID   Created\nbilling   Hq7Zt2xWm9Lk4Rp8Yc3NvB   2026-01-02";
        assert!(crate::scan(t).is_empty(), "{:?}", crate::scan(t));
        let t = "API key: Hq7Zt2xWm9Lk4Rp8Yc3NvB";
        assert!(!crate::scan(t).is_empty());
        // A key's value may be an id's shape; the key says what it is.
        assert!(!crate::scan("secret: Hq7Zt2xWm9Lk4Rp8Yc3NvB (the id is public)").is_empty());
    }

    #[test]
    fn positions_map_back_through_placeholders() {
        let text = "ab SECRET cd";
        let found = [Finding {
            kind: Kind::Pin,
            start: 3,
            end: 9,
            confidence: Confidence::High,
        }];
        let (red, spans) = redact_mapped(text, &found);
        assert_eq!(red, "ab [REDACTED:pin] cd");
        assert_eq!(to_original(&spans, 0, false), 0);
        assert_eq!(to_original(&spans, 3, false), 3);
        assert_eq!(to_original(&spans, 5, false), 3);
        assert_eq!(to_original(&spans, 5, true), 9);
        assert_eq!(to_original(&spans, 17, false), 9);
        assert_eq!(to_original(&spans, 17, true), 9);
        assert_eq!(to_original(&spans, 19, true), 11);
    }
}

#[cfg(test)]
mod masked_tests {
    use crate::found;

    #[test]
    fn a_bank_and_its_branch_are_no_account() {
        let t = "Fornitore;Conto\nFerramenta Bassi;06230 12400\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        assert!(found("account: 30004/01234").is_empty());
        // The account after the codes is one.
        let t = "Fornitore;Conto\nFerramenta Bassi;06230 12400 000047112233\n";
        assert_eq!(found(t), ["06230 12400 000047112233"]);
    }

    #[test]
    fn a_public_pem_block_cut_short_is_public() {
        // `| head -4` after a secret store's command: no END line.
        let t = "the app's secret, decoded:\n$ vault read -field=cert pki/app | head -4\n-----BEGIN CERTIFICATE-----\nMIIC9zCCAd+gAwIBAgIJAKx2Rq7mVbN3MA0GCSqGSIb3DQEBCwUAMBIxEDAOBgNV\nBAMMB3Rlc3QtY2EwHhcNMjYwMTAxMDAwMDAwWhcNMjcwMTAxMDAwMDAwWjASMRAw\nplease check why it fails\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        // A secret on the line after the body is still read.
        let t = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq3vLx9\n\npassword: Gelso!Rovere_42\n";
        assert_eq!(found(t), ["Gelso!Rovere_42"]);
    }

    #[test]
    fn a_masked_password_or_token_is_none() {
        assert!(found("user=anna&password=sk-****-****-********\n").is_empty());
        assert!(
            found("API token: tok_\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2026}\n")
                .is_empty()
        );
        assert!(found("DB_PASSWORD=XXXX\n").is_empty());
        // A few stars inside a password leave it one.
        assert_eq!(found("password: Ve**ro42na**!\n"), vec!["Ve**ro42na**!"]);
    }

    #[test]
    fn a_card_records_code_member_is_its_security_code() {
        let t = "{\"holder\": \"Ada Rossi\", \"number\": \"4111 1111 1111 1111\",\n \"exp\": \"07/31\", \"code\": \"472\"}";
        assert_eq!(found(t), vec!["4111 1111 1111 1111", "472"]);
        // Another code of the record (its billing address's) is not.
        let t = "{\"number\": \"4111 1111 1111 1111\", \"postal_code\": \"3012\"}";
        assert_eq!(found(t), vec!["4111 1111 1111 1111"]);
    }

    #[test]
    fn a_cards_back_prints_its_last_digits_then_the_code() {
        let t = "Photo of the card:\n4111 1111 1111 1111\nVALID THRU 09/31\nAUTHORISED SIGNATURE\n1111 275\n";
        assert_eq!(found(t), vec!["4111 1111 1111 1111", "275"]);
        // Other digits on the back (a phone's last group) are no code.
        let t = "4111 1111 1111 1111\nCall 0800 555 if lost\n2024 275\n";
        assert_eq!(found(t), vec!["4111 1111 1111 1111"]);
    }

    #[test]
    fn a_digest_listed_against_leaked_passwords_is_none() {
        // A breach list's range answer: digests with their counts.
        let t = "We compared our passwords:\n0A1B2C3D4E5F60718293A4B5C6D7E8F9012:77\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        assert!(found("password: 9F86D081884C7D659A2FEAA0C55AD015\n").is_empty());
        // A password of hex digits a person chose, in lower case, is kept;
        // so is a short one in capitals.
        assert_eq!(
            found("password: 3f9a0c7e5b2d4f6a8c1e3b5d7f9a0c2e\n"),
            vec!["3f9a0c7e5b2d4f6a8c1e3b5d7f9a0c2e"]
        );
        assert_eq!(found("password: CAFE42BEEF\n"), vec!["CAFE42BEEF"]);
    }

    #[test]
    fn an_exports_header_row_is_none() {
        let t = "Here is how the export looks (I blanked the passwords):\nsite,login,secret_pass,comment\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        // Fields that are not names (a password with commas) stay one.
        assert_eq!(found("password: ab,Cd9,ef7\n"), vec!["ab,Cd9,ef7"]);
    }

    #[test]
    fn url_escaped_utf8_is_read_as_its_character() {
        // Bullets a form encoded: a masked value.
        let t = "pwd_reset?user=anna&password=ab%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2\n";
        assert!(found(t).is_empty());
        // An accented letter inside a real one.
        let t = "login?user=anna&password=Tr%C3%A8no-4271!x\n";
        assert_eq!(found(t), vec!["Tr%C3%A8no-4271!x"]);
    }
}

#[cfg(test)]
mod reference_tests {
    use crate::found;

    #[test]
    fn a_word_of_a_grep_pattern_prints_nothing() {
        let t = "$ printenv | grep -iE \"user|pass|host\"\nAPP_USER=mario-bianchi\n$ ";
        assert!(found(t).is_empty());
        let t = "$ printenv DB_PASSWORD\nCiliegia!2290\n$ ";
        assert_eq!(found(t), vec!["Ciliegia!2290"]);
    }

    #[test]
    fn an_environment_lookup_names_a_variable() {
        assert!(found("the password os.getenv(\"SMTP_PASSWORD\") is read at boot\n").is_empty());
        assert_eq!(
            found("password: \"Mirtillo#5521\"\n"),
            vec!["Mirtillo#5521"]
        );
    }

    #[test]
    fn a_twilio_account_sid_is_an_identifier() {
        let sid = format!("AC{}", "0a1b2c3d".repeat(4));
        assert!(found(&format!("Account SID | {sid}\n")).is_empty());
        let token = format!("SK{}", "0a1b2c3d".repeat(4));
        assert_eq!(found(&format!("API key: {token}\n")), vec![token]);
    }

    #[test]
    fn todo_and_escaped_ellipsis_are_placeholders() {
        assert!(found("export DB_PASSWORD=TODO\n").is_empty());
        assert_eq!(
            found("export DB_PASSWORD=Todo-Lista9\n"),
            vec!["Todo-Lista9"]
        );
        // Quoted-printable `…` in a token cut short.
        assert!(found("API token: Zq8T=E2=80=A6w3Lp\n").is_empty());
    }

    #[test]
    fn a_double_url_encoded_call_is_read_through() {
        let t = "return?to=%2Fdone%3Fpassword%3Dgetenv%2528%2522DB_PASSWORD%2522%2529%26x%3D1&state=ab12\n";
        assert!(found(t).is_empty());
        let t = "return?to=%2Fdone%3Fpassword%3DMela%2521Verde77%26x%3D1&state=ab12\n";
        assert_eq!(found(t), vec!["Mela%2521Verde77"]);
    }
}

#[cfg(test)]
mod bookkeeping_tests {
    use crate::found;

    #[test]
    fn a_ledger_entry_names_accounts_of_the_chart() {
        let t = "Scrittura: conto 204300 'Fornitori' avere 310,00 EUR, conto 110200 'Cassa' dare € 310,00";
        assert!(found(t).is_empty(), "{:?}", found(t));
        // A bank account with words of ordinary prose after it is read.
        let t = "accredito sul conto 000012345678 per dare seguito al rimborso";
        assert_eq!(found(t), vec!["000012345678"]);
    }

    #[test]
    fn a_counting_run_shown_as_a_format() {
        assert!(found("i codici sono di 6 cifre, tipo 98-76-54, e scadono").is_empty());
        assert!(found("OTP codes have 6 digits, e.g. 123456, and expire").is_empty());
    }
}

#[cfg(test)]
mod round37_tests {
    use crate::found;

    #[test]
    fn a_value_masked_but_its_tail() {
        for t in [
            "NOTIFY_API_KEY=xxxx-xxxx-a773\n",
            "Authorization: Bearer xxxx-xxxx-6bc4\n",
            "password: XXXX-XXXX-0$16\n",
            "User Id=svc;Password=xxxx-xxxx-223#;\n",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
        // A password that only starts with x's is one.
        assert!(!found("password: xxxHunter-77b-Zq\n").is_empty());
    }

    #[test]
    fn an_encoded_placeholder_is_one() {
        // "CHANGE_ME" and "<secret>" in base64.
        for t in [
            "data:\n  DB_PASSWORD: Q0hBTkdFX01F\n",
            "API_KEY=PHNlY3JldD4=\n",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
        // A real value encoded is still found ("S3cr3t-Pa55!").
        assert!(!found("kind: Secret\ndata:\n  DB_PASSWORD: UzNjcjN0LVBhNTUh\n").is_empty());
    }

    #[test]
    fn a_law_cited_by_number_and_year() {
        for t in [
            "il conto dedicato ai sensi della legge 136/2010: vedi allegato",
            "bank account under Law 136/2010:\n",
            "conto corrente dedicato (L. 136/2010)",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
        assert!(!found("conto 136/2010").is_empty());
    }
}
