//! Look-alikes judged after the scan, from the finding's value and its
//! line: what a tool or a person writes in a secret's place without it
//! being one.
//!
//! - The nil UUID (`00000000-0000-0000-0000-000000000000`): a placeholder.
//! - `secret_id` beside `secret_key`: the public half of an id/key pair
//!   (a bank-data API's or a cloud's `SecretId`/`SecretKey`); alone, as
//!   Vault's AppRole writes it, a `secret_id` is still a secret.
//! - A value that states its own length (`PLEASE_REPLACE_WITH_32_CHAR_CODE`,
//!   `…Of32CharsExactly`): a template's instruction.
//! - A password manager's cipher string (`2.<iv>==|<data>|<mac>`), a
//!   config's expansion (`$__file{…}`, `process.env.X`), a code fence
//!   opener, a key-derivation parameter (`"salt": …`): no password.
//! - A bank account or card number on the line of a utility's supply
//!   point (`MPAN`, `MPRN`, `POD`, `PDR`) or named as a
//!   utility's account (`Energy account no.`): a customer account or a
//!   meter number, not a bank's.
//!
//! - `APP_KEY=base64:…`: the finding is widened over the prefix.
//!
//! Every look reaches a fixed number of bytes around the finding.

use crate::text::{boundary_after, boundary_before};
use crate::{Finding, Kind};

/// `APP_KEY=base64:mj8e…=`: a key written with its encoding's prefix is
/// copied, pasted and rotated as one value, so the finding covers the
/// prefix too (read at a fixed offset before each finding).
pub(crate) fn with_encoding_prefix(text: &str, found: &mut [Finding]) {
    let b = text.as_bytes();
    for f in found.iter_mut() {
        if matches!(f.kind, Kind::ClientSecret | Kind::PrivateKey)
            && f.start >= 7
            && b[f.start - 7..f.start].eq_ignore_ascii_case(b"base64:")
        {
            f.start -= 7;
        }
    }
}

/// Whether the finding is one of the look-alikes above.
pub(crate) fn passes(text: &str, f: &Finding) -> bool {
    let b = text.as_bytes();
    let v = &b[f.start..f.end];
    match f.kind {
        Kind::ClientSecret | Kind::AccessToken | Kind::RefreshToken | Kind::VendorKey => {
            nil_uuid(v) || self_described(v) || id_of_pair(b, f.start, f.end)
        }
        Kind::Password => {
            nil_uuid(v)
                || code_fence(v)
                || cipher_string(v)
                || expansion(v)
                || kdf_parameter(b, f.start)
        }
        Kind::BankAccount | Kind::UkBankAccount | Kind::CardNumber => {
            utility_line(b, f.start, f.end)
        }
        _ => false,
    }
}

fn unquoted(v: &[u8]) -> &[u8] {
    let q = |c: &u8| matches!(c, b'"' | b'\'' | b'`' | b',' | b';');
    let s = v.iter().position(|c| !q(c)).unwrap_or(v.len());
    let e = v.iter().rposition(|c| !q(c)).map_or(s, |i| i + 1);
    &v[s..e.max(s)]
}

/// `00000000-0000-0000-0000-000000000000`.
fn nil_uuid(v: &[u8]) -> bool {
    let v = unquoted(v);
    v.len() == 36
        && v.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c == b'0'
            }
        })
}

/// A digit count followed by "char" (`32_CHAR`, `Of32Chars`, `64 chars`):
/// a template says what to put there.
fn self_described(v: &[u8]) -> bool {
    let l = v.to_ascii_lowercase();
    memchr::memmem::find_iter(&l, b"char").any(|at| {
        let mut i = at;
        if i > 0 && matches!(l[i - 1], b'_' | b'-' | b' ') {
            i -= 1;
        }
        i > 0 && l[i - 1].is_ascii_digit()
    })
}

/// The line's bytes before `start`, at most `reach` of them.
fn line_before(b: &[u8], start: usize, reach: usize) -> &[u8] {
    let lo = start.saturating_sub(reach);
    let s = memchr::memrchr(b'\n', &b[lo..start]).map_or(lo, |i| lo + i + 1);
    &b[s..start]
}

/// The key directly before a value on its line, lower-cased, without the
/// quotes, spaces, `=` and `:` between them.
fn key_before(b: &[u8], start: usize) -> Vec<u8> {
    let before = line_before(b, start, 48);
    let end = before
        .iter()
        .rposition(|c| !matches!(c, b'"' | b'\'' | b' ' | b'\t' | b'=' | b':'))
        .map_or(0, |i| i + 1);
    let key = &before[..end];
    let s = key
        .iter()
        .rposition(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')))
        .map_or(0, |i| i + 1);
    key[s..].to_ascii_lowercase()
}

/// `secret_id` with `secret_key` within a few lines: an id/key pair whose
/// id is public.
fn id_of_pair(b: &[u8], start: usize, end: usize) -> bool {
    let key = key_before(b, start);
    let key: Vec<u8> = key
        .into_iter()
        .filter(|&c| c != b'_' && c != b'-')
        .collect();
    if !key.ends_with(b"secretid") {
        return false;
    }
    let lo = start.saturating_sub(400);
    let hi = (end + 400).min(b.len());
    let near = b[lo..hi].to_ascii_lowercase();
    [&b"secret_key"[..], b"secretkey", b"secret-key"]
        .iter()
        .any(|k| memchr::memmem::find(&near, k).is_some())
}

/// ```` ```sql ````, `~~~`: a Markdown fence opener.
fn code_fence(v: &[u8]) -> bool {
    v.starts_with(b"```") || v.starts_with(b"~~~")
}

/// `2.<iv>|<data>|<mac>`: a password manager's cipher string (an
/// encryption type, a dot, two or three base64 parts): the password
/// encrypted, which its export keeps.
fn cipher_string(v: &[u8]) -> bool {
    let v = unquoted(v);
    let Some(dot) = v.iter().position(|&c| c == b'.') else {
        return false;
    };
    if !(1..=2).contains(&dot) || !v[..dot].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let parts: Vec<&[u8]> = v[dot + 1..].split(|&c| c == b'|').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            p.len() >= 16
                && p.iter()
                    .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
        })
}

/// `$__file{/run/secrets/x}`, `$__env{X}` (Grafana's expansions),
/// `process.env.X`, `process.env['X']`: a read of the value elsewhere.
fn expansion(v: &[u8]) -> bool {
    let v = unquoted(v);
    v.starts_with(b"$__") && v.contains(&b'{')
        || v.starts_with(b"process.env.")
        || v.starts_with(b"process.env[")
}

/// `"salt": "…"`, `iv = …`: a key-derivation or cipher parameter, stored
/// beside what a password protects, is public.
fn kdf_parameter(b: &[u8], start: usize) -> bool {
    let key = key_before(b, start);
    matches!(key.as_slice(), b"salt" | b"iv" | b"nonce")
}

/// A utility's supply-point label on the finding's line, or a utility's
/// name right before the account word that labels it. No allocation: a
/// long run of account numbers pays a few short searches each.
fn utility_line(b: &[u8], start: usize, end: usize) -> bool {
    let before = line_before(b, start, 96);
    let hi = (end + 96).min(b.len());
    let after = &b[end..hi];
    let after = &after[..memchr::memchr(b'\n', after).unwrap_or(after.len())];
    let word = |hay: &[u8], w: &[u8]| {
        memchr::memmem::find_iter(hay, w)
            .any(|at| boundary_before(hay, at) && boundary_after(hay, at + w.len()))
    };
    // Case matters: "pod" and "pdr" are words too.
    let labels: [&[u8]; 4] = [b"MPAN", b"MPRN", b"POD", b"PDR"];
    let capitals = |hay: &[u8]| memchr::memchr2(b'M', b'P', hay).is_some();
    if (capitals(before) || capitals(after))
        && labels.iter().any(|w| word(before, w) || word(after, w))
    {
        return true;
    }
    const UTILITIES: [&[u8]; 7] = [
        b"energy",
        b"electricity",
        b"electric",
        b"gas",
        b"water",
        b"broadband",
        b"utility",
    ];
    memchr::memmem::find_iter(before, b"ccount").any(|at| {
        // "<utility> account", "<Utility> Account".
        let Some(sp) = at.checked_sub(2) else {
            return false;
        };
        if before[sp] != b' ' || !before[at - 1].eq_ignore_ascii_case(&b'a') {
            return false;
        }
        let w = &before[..sp];
        UTILITIES.iter().any(|u| {
            w.len() >= u.len()
                && w[w.len() - u.len()..].eq_ignore_ascii_case(u)
                && (w.len() == u.len() || !w[w.len() - u.len() - 1].is_ascii_alphanumeric())
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn public_half_of_an_id_key_pair_passes() {
        let t = "client = NordigenClient(\n    secret_id=\"52e9db60-ef7c-4584-8818-54ea9ac377a8\",\n    secret_key=os.environ[\"GC_SECRET_KEY\"]\n)\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        let t = "-d '{\"SecretId\":\"9bea976d-a807-4028-b255-57f74e11ac69\", \"SecretKey\":\"<secret_key>\"}'\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        // Vault's AppRole: the secret_id is the secret.
        let t = "vault write auth/approle/login role_id=5b1c2d3e-0000-4abc-8def-123456789abc secret_id=9a8b7c6d-1e2f-4a5b-8c9d-0e1f2a3b4c5d\n";
        assert_eq!(found(t), ["9a8b7c6d-1e2f-4a5b-8c9d-0e1f2a3b4c5d"]);
        // The key of the pair is still found.
        let t = "secret_id=\"52e9db60-ef7c-4584-8818-54ea9ac377a8\",\nsecret_key=\"fd8b292128eF6C1506b4f188758DFc12f26aA4ea5cf25b6e94b43D126C18cFF9\"\n";
        assert_eq!(
            found(t),
            ["fd8b292128eF6C1506b4f188758DFc12f26aA4ea5cf25b6e94b43D126C18cFF9"]
        );
    }

    #[test]
    fn nil_uuid_and_self_described_values_pass() {
        assert!(found("SECRET_ID=00000000-0000-0000-0000-000000000000\n").is_empty());
        assert!(found("STATIC_CRON_TOKEN=PLEASE_REPLACE_WITH_32_CHAR_CODE\n").is_empty());
        assert!(found("APP_KEY=SomeRandomStringOf32CharsExactly\n").is_empty());
        assert_eq!(
            found("STATIC_CRON_TOKEN=Hq7Lm2Vx9Rt4Kw8Pz3Nc6Bd1Fg5Js0Ya\n"),
            ["Hq7Lm2Vx9Rt4Kw8Pz3Nc6Bd1Fg5Js0Ya"]
        );
    }

    #[test]
    fn encrypted_and_referenced_passwords_pass() {
        let t = "\"login\": {\n  \"username\": \"2.WOWbB0NiWTO38EStImO4og==|+550R11XlPG8N2/DKfsDLQ==|MvD5IuNndeTxhrs1SXABEp7WZXYg2/m0at9c+VE2VHo=\",\n  \"password\": \"2.GeJO63kqIr3i0UGftFec8w==|dUMKqsroHVX48Yh2tuqvAQ8PWcBY5jPFkbepN7yy4vU=|/6dTLKfqP+ZBCxA4M2RZKGL8fX8PQ0dPIlqY+STSjF8=\"\n}\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        assert!(found("admin_password = $__file{/run/secrets/gf_admin}\n").is_empty());
        assert!(found("{ password: process.env.ACTUAL_E2E_PASSWORD });\n").is_empty());
        let t = "{\n  \"passwordProtected\": true,\n  \"salt\": \"GJ77+YUrnZPzc3pAQ/gXgg==\",\n  \"kdfType\": 0\n}\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        assert_eq!(found("admin_password = Vt9#pLw2Qx\n"), ["Vt9#pLw2Qx"]);
        assert_eq!(
            found("\"password\": \"Gq7!rTz2#mWx9\"\n"),
            ["Gq7!rTz2#mWx9"]
        );
    }

    #[test]
    fn an_encoded_key_is_found_with_its_prefix() {
        assert_eq!(
            found("APP_KEY=base64:8SH3oUCNb3e+Wn1WWa/CNIqJBuITKywDKBRcx8F1Qkk=\n"),
            ["base64:8SH3oUCNb3e+Wn1WWa/CNIqJBuITKywDKBRcx8F1Qkk="]
        );
    }

    #[test]
    fn utility_accounts_pass_bank_accounts_stay() {
        let t = "EDF - Bill 8456812249 dated 09/03/2025\nAccount number: 43515817-56   MPAN: 81 089 489 6396249606555\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        assert!(found("Energy account no. 2165384174\n").is_empty());
        let t = "Sort code: 20-00-00  Account number: 55779911\n";
        assert!(!found(t).is_empty());
    }
}
