//! XML elements named for what they hold: `<apiSecret>…</apiSecret>`,
//! `<psp:DevicePin>…</psp:DevicePin>` (the element's local name read as a
//! field's name, as a column's is), and ISO 20022's account that is not an
//! IBAN: `<DbtrAcct><Id><Othr><Id>…</Id>` (the `Id` of the `Othr`
//! identification of an element ending in `Acct`).

use crate::{Confidence, Finding, Kind, tables};

/// Element text longer than this is a document, not a value.
const MAX_VALUE: usize = 512;

fn skip_ws_back(b: &[u8], mut i: usize) -> usize {
    while i > 0 && b[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    i
}

/// `b[..end]` ends with the opening tag `<name>` (a prefix allowed,
/// no attributes): where it starts.
fn opens(b: &[u8], end: usize, local: &[u8]) -> Option<usize> {
    if end == 0 || b[end - 1] != b'>' {
        return None;
    }
    let lt = memchr::memrchr(b'<', &b[end.saturating_sub(80)..end])? + end.saturating_sub(80);
    let tag = &b[lt + 1..end - 1];
    let name = tag.rsplit(|&c| c == b':').next()?;
    (name == local).then_some(lt)
}

/// An element ending in `Acct` opens before `i` (ISO 20022's `DbtrAcct`,
/// `CdtrAcct`, `Acct`), with `<Id><Othr>` between.
fn other_account_id(b: &[u8], value_start: usize) -> bool {
    let Some(id) = opens(b, value_start, b"Id") else {
        return false;
    };
    let Some(othr) = opens(b, skip_ws_back(b, id), b"Othr") else {
        return false;
    };
    let Some(outer) = opens(b, skip_ws_back(b, othr), b"Id") else {
        return false;
    };
    let e = skip_ws_back(b, outer);
    e > 0 && b[e - 1] == b'>' && b[..e - 1].ends_with(b"Acct")
}

/// The elements of .NET's `<RSAKeyValue>` that only a private key has
/// (`<Modulus>` and `<Exponent>` alone are a public key).
const PRIVATE_PARTS: [&[u8]; 6] = [b"P", b"Q", b"D", b"DP", b"DQ", b"InverseQ"];

/// Where `<RSAKeyValue>` opens and closes, found in one pass each when a
/// private part asks (so many closes cost no more than one search).
struct RsaKeys {
    opens: Vec<usize>,
    closes: Vec<usize>,
}

impl RsaKeys {
    fn find(b: &[u8]) -> RsaKeys {
        RsaKeys {
            opens: memchr::memmem::find_iter(b, b"<RSAKeyValue>").collect(),
            closes: memchr::memmem::find_iter(b, b"</RSAKeyValue>").collect(),
        }
    }

    /// A private part's value (base64 of 16 characters or more) inside an
    /// `<RSAKeyValue>` still open at `close`: the whole element, to its
    /// closing tag (or to this part's, when the paste was cut).
    fn private_at(&self, b: &[u8], close: usize, value: &[u8]) -> Option<(usize, usize)> {
        let base64 = value.len() >= 16
            && value
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='));
        let placeholder = std::str::from_utf8(value).is_ok_and(crate::text::is_placeholder);
        if !base64 || placeholder {
            return None;
        }
        let k = self.opens.partition_point(|&o| o < close);
        let open = *self.opens.get(k.checked_sub(1)?)?;
        let c = self.closes.partition_point(|&x| x < open);
        let end = match self.closes.get(c) {
            Some(&x) if x < close => return None,
            Some(&x) => x + b"</RSAKeyValue>".len(),
            None => memchr::memchr(b'>', &b[close..]).map_or(b.len(), |g| close + g + 1),
        };
        Some((open, end))
    }
}

/// The text of the innermost element in `b[lo..hi]`: between the last
/// `>` and the `<` after it, trimmed.
fn inner_text(b: &[u8], lo: usize, hi: usize) -> Option<(usize, usize)> {
    let first_close = lo + memchr::memmem::find(&b[lo..hi], b"</")?;
    let gt = lo + memchr::memrchr(b'>', &b[lo..first_close])?;
    let (mut s, mut e) = (gt + 1, first_close);
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (e > s).then_some((s, e))
}

/// A workflow's assignment written as elements (Windows Workflow and
/// UiPath XAML): `<Assign.To>` names the variable (`[strPassword]`, an
/// expression in brackets), `<Assign.Value>` holds what it is set to (a
/// quoted literal). The variable's name is read as a column's header is;
/// `close` is where `</Owner.Value>` starts.
fn assigned_value(text: &str, close: usize, owner: &[u8]) -> Option<Finding> {
    let b = text.as_bytes();
    if owner.is_empty()
        || owner.len() > 40
        || !owner
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'_'))
    {
        return None;
    }
    let open_tag: Vec<u8> = [&b"<"[..], owner, b".Value>"].concat();
    let lo = close.saturating_sub(MAX_VALUE);
    let vo = lo + memchr::memmem::rfind(&b[lo..close], &open_tag)?;
    let (vs, ve) = inner_text(b, vo + open_tag.len(), close)?;
    // A literal in quotes (VB and C# expressions quote their strings).
    if ve - vs < 3 || b[vs] != b'"' || b[ve - 1] != b'"' {
        return None;
    }
    let (vs, ve) = (vs + 1, ve - 1);
    // The `.To` element just before.
    let to_open: Vec<u8> = [&b"<"[..], owner, b".To>"].concat();
    let to_close: Vec<u8> = [&b"</"[..], owner, b".To>"].concat();
    let lo = vo.saturating_sub(MAX_VALUE);
    let tc = lo + memchr::memmem::rfind(&b[lo..vo], &to_close)?;
    if !b[tc + to_close.len()..vo]
        .iter()
        .all(u8::is_ascii_whitespace)
    {
        return None;
    }
    let to_open = lo + memchr::memmem::rfind(&b[lo..tc], &to_open)? + to_open.len();
    let (ns, ne) = inner_text(b, to_open, tc)?;
    let name = std::str::from_utf8(&b[ns..ne]).ok()?;
    let name = name.trim_start_matches('[').trim_end_matches(']');
    if !name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_') {
        return None;
    }
    let kind = tables::field(name)?;
    let (k, s, e) = tables::judge_field(text, (vs, ve), kind)?;
    Some(Finding {
        kind: k,
        start: s,
        end: e,
        confidence: Confidence::Medium,
    })
}

/// `<PasswordClienteGls>`, `<PasswordUtente>`, `<PwdWs>`: a courier's or
/// an ERP's element named as its fields are in Italian and many schemas,
/// the key first and whose it is after (the customer's, the user's, the
/// web service's). The words after the key must name an owner, not a
/// property of passwords (a policy, a hash, an expiry, a length…).
#[inline(never)]
fn whose_password(local: &[u8]) -> Option<Kind> {
    let mut words: Vec<&[u8]> = Vec::new();
    let mut s = 0;
    for i in 1..=local.len() {
        if i == local.len()
            || local[i] == b'_'
            || (local[i].is_ascii_uppercase() && local[i - 1].is_ascii_lowercase())
        {
            words.push(&local[s..i]);
            s = if i < local.len() && local[i] == b'_' {
                i + 1
            } else {
                i
            };
        }
    }
    let words: Vec<Vec<u8>> = words
        .iter()
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let first = words.first()?;
    if words.len() < 2
        || !matches!(
            first.as_slice(),
            b"password" | b"passwd" | b"pwd" | b"passwort"
        )
    {
        return None;
    }
    const PROPERTIES: &[&[u8]] = &[
        b"hash",
        b"hashed",
        b"salt",
        b"policy",
        b"expiry",
        b"expires",
        b"expired",
        b"expiration",
        b"scadenza",
        b"length",
        b"lunghezza",
        b"min",
        b"max",
        b"reset",
        b"required",
        b"changed",
        b"change",
        b"date",
        b"data",
        b"hint",
        b"strength",
        b"age",
        b"last",
        b"type",
        b"format",
        b"field",
        b"label",
        b"encrypted",
        b"enc",
        b"mode",
        b"rule",
        b"rules",
        b"set",
        b"url",
        b"link",
        b"mask",
        b"masked",
        b"confirm",
        b"history",
        b"version",
        b"needed",
        b"enabled",
        b"flag",
        b"ok",
        b"valid",
        b"validity",
        b"file",
        b"path",
        b"ref",
        b"id",
    ];
    if words[1..]
        .iter()
        .any(|w| PROPERTIES.contains(&w.as_slice()))
    {
        return None;
    }
    Some(Kind::Password)
}

/// `closes`: where `</` starts, in order (`landmarks`).
pub(crate) fn scan(text: &str, closes: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut rsa: Option<RsaKeys> = None;
    for &close in closes {
        let ns = close + 2;
        let Some(gt) = memchr::memchr(b'>', &b[ns..(ns + 64).min(b.len())]) else {
            continue;
        };
        let name = &b[ns..ns + gt];
        if let Some(owner) = name.strip_suffix(b".Value") {
            if let Some(f) = assigned_value(text, close, owner) {
                out.push(f);
            }
            continue;
        }
        let local = name.rsplit(|&c| c == b':').next().unwrap_or(name);
        if local.is_empty()
            || !local
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            continue;
        }
        // The text between the opening tag and this one.
        let lo = close.saturating_sub(MAX_VALUE);
        let Some(o) = memchr::memrchr(b'>', &b[lo..close]) else {
            continue;
        };
        let vs = lo + o + 1;
        if b[vs..close].contains(&b'<') || opens(b, vs, local).is_none() {
            continue;
        }
        let (mut s, mut e) = (vs, close);
        while s < e && b[s].is_ascii_whitespace() {
            s += 1;
        }
        while e > s && b[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        if e == s {
            continue;
        }
        if PRIVATE_PARTS.contains(&local) {
            let keys = rsa.get_or_insert_with(|| RsaKeys::find(b));
            if let Some((ks, ke)) = keys.private_at(b, close, &b[s..e]) {
                out.push(Finding {
                    kind: Kind::PrivateKey,
                    start: ks,
                    end: ke,
                    confidence: Confidence::High,
                });
            }
            continue;
        }
        let kind = if local == b"Id" {
            if !other_account_id(b, vs) {
                continue;
            }
            Kind::BankAccount
        } else {
            let Some(k) = std::str::from_utf8(local)
                .ok()
                .and_then(tables::field)
                .or_else(|| whose_password(local))
            else {
                continue;
            };
            k
        };
        if let Some((k, s, e)) = tables::judge_field(text, (s, e), kind) {
            out.push(Finding {
                kind: k,
                start: s,
                end: e,
                confidence: Confidence::Medium,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_password_element_named_for_whose_it_is() {
        let t = "<Login>\n  <CodiceCliente>4412</CodiceCliente>\n  <PasswordCliente>Rq7mLp2w</PasswordCliente>\n</Login>";
        assert_eq!(found(t), ["Rq7mLp2w"]);
        assert_eq!(found("<PwdUtenteWs>k3Jd9sQx</PwdUtenteWs>"), ["k3Jd9sQx"]);
        // A property of passwords is no password.
        assert!(found("<PasswordPolicy>Strong8</PasswordPolicy>").is_empty());
        assert!(found("<PasswordExpiryDays>90</PasswordExpiryDays>").is_empty());
        assert!(found("<PasswordHint>il cane</PasswordHint>").is_empty());
    }

    #[test]
    fn a_workflow_assignment_sets_its_variable() {
        let t = "<Assign>\n  <Assign.To><OutArgument x:TypeArguments=\"x:String\">[dbPassword]</OutArgument></Assign.To>\n  <Assign.Value><InArgument x:TypeArguments=\"x:String\">\"Quartz!Lake82\"</InArgument></Assign.Value>\n</Assign>";
        assert_eq!(found(t), ["Quartz!Lake82"]);
    }

    #[test]
    fn a_workflow_assignment_to_another_variable_holds_no_secret() {
        let t = "<Assign>\n  <Assign.To><OutArgument x:TypeArguments=\"x:String\">[strLogin]</OutArgument></Assign.To>\n  <Assign.Value><InArgument x:TypeArguments=\"x:String\">\"Quartz!Lake82\"</InArgument></Assign.Value>\n</Assign>";
        assert!(found(t).is_empty());
        // An expression, not a literal, reads the secret from elsewhere.
        let t = "<Assign.To><OutArgument>[dbPassword]</OutArgument></Assign.To>\n<Assign.Value><InArgument>[GetCredential(\"db\")]</InArgument></Assign.Value>";
        assert!(found(t).is_empty());
    }
}
