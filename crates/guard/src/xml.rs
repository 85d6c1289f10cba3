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
            let Some(k) = std::str::from_utf8(local).ok().and_then(tables::field) else {
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
