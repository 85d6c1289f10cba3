//! A user and a password joined by a colon after a word naming a
//! credential: "Basic auth: admin:Vq7!rT2zLm", "Credenziali API:
//! \"svc_sync:Nebbia#214\"", "segreto cliente: hooks:Lago-77*". This is
//! how HTTP Basic authentication and `curl -u` take a login, and people
//! hand one over as it is typed. The pair is the credential, so the whole
//! of it is found.
//!
//! Read only for a key the first reading left without a value, in a
//! bounded window after it (the key's own line, or the next line when the
//! key ends its line).

/// Where a `user:password` pair stands right after the key ending at
/// `key_end`, behind a colon, `=`, a tab or an opening quote.
pub(crate) fn after_key(b: &[u8], key_end: usize) -> Option<(usize, usize)> {
    let key_end = past_label(b, key_end);
    let mut i = key_end;
    let lim = (key_end + 24).min(b.len());
    let mut lines = 0;
    while i < lim {
        match b[i] {
            b':' | b'=' | b' ' | b'\t' | b'"' | b'\'' | b'`' => i += 1,
            b'\r' => i += 1,
            b'\n' if lines == 0 => {
                lines += 1;
                i += 1;
            }
            _ => break,
        }
    }
    // The key's own separator or line end came first.
    if i == key_end || i >= b.len() {
        return None;
    }
    pair_at(b, i)
}

/// The end of up to two more words of the key's label before its colon
/// ("Basic auth:", "Credenziali API:", "segreto cliente:"); `key_end`
/// when no colon closes them.
fn past_label(b: &[u8], key_end: usize) -> usize {
    let mut j = key_end;
    for _ in 0..2 {
        let w = crate::value::skip_spaces(b, j);
        let mut k = w;
        while k < b.len() && k - w < 16 && (b[k].is_ascii_alphabetic() || b[k] >= 0x80) {
            k += 1;
        }
        if k == w {
            break;
        }
        j = k;
    }
    if j > key_end && b.get(j) == Some(&b':') {
        crate::value::floor_boundary(b, j)
    } else {
        key_end
    }
}

/// A pair starting at `s`: a user of 2–32 name characters, a colon, and
/// a password of 6–64 characters to the next space or quote, mixing
/// letters with digits or symbols. Not a URL (`https://`), a resource
/// name (`arn:aws:…`, `vault:secret/app`: a second colon, a slash), nor a
/// placeholder.
fn pair_at(b: &[u8], s: usize) -> Option<(usize, usize)> {
    let name = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.');
    let mut k = s;
    while k < b.len() && k - s <= 32 && name(b[k]) {
        k += 1;
    }
    if k - s < 2 || b.get(k) != Some(&b':') || !b[s].is_ascii_alphabetic() {
        return None;
    }
    let ps = k + 1;
    let mut e = ps;
    while e < b.len()
        && e - ps <= 64
        && !b[e].is_ascii_whitespace()
        && !matches!(b[e], b'"' | b'\'' | b'`')
    {
        e += 1;
    }
    let e = crate::value::floor_boundary(b, e);
    // A sentence's full stop or comma after the pair is not part of it.
    let e = e - b[ps..e]
        .iter()
        .rev()
        .take_while(|c| matches!(c, b'.' | b',' | b';' | b')'))
        .count();
    let pw = &b[ps..e];
    if !(6..=64).contains(&pw.len()) || pw.contains(&b':') || pw.contains(&b'/') {
        return None;
    }
    let letters = pw.iter().any(u8::is_ascii_alphabetic);
    let others = pw.iter().any(|c| !c.is_ascii_alphabetic());
    let v = std::str::from_utf8(&b[s..e]).ok()?;
    (letters && others && !crate::text::is_placeholder(v) && !crate::text::is_reference(v))
        .then_some((s, e))
}

/// Words on a line that say it gives a login: credentials, an account,
/// a user, the services one logs into with a user and a password.
const LOGIN_CUES: &[&[u8]] = &[
    b"cred",
    b"login",
    b"log in",
    b"account",
    b"user",
    b"utente",
    b"sftp",
    b"ftp",
    b"ssh",
    b"vpn",
    b"db ",
    b"database",
    b"admin",
    b"root",
    b"accesso",
];

/// `admin / Pingu-Aecn!`, `qa@shop.test / Saffron&2884`: a login written
/// as its user and its password set apart by a slash with spaces. The
/// user is an address, or a user name on a line that speaks of a login;
/// the password is built like one (letters with digits and symbols). The
/// password is found. Each ` / ` is looked at once, in a bounded window.
pub(crate) fn slashed(text: &str, out: &mut Vec<crate::Finding>) {
    static SLASH: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let b = text.as_bytes();
    let finder = SLASH.get_or_init(|| memchr::memmem::Finder::new(" / "));
    for at in finder.find_iter(b) {
        // The user: the word before the slash (spaces allowed).
        let mut ue = at;
        while ue > 0 && b[ue - 1] == b' ' {
            ue -= 1;
        }
        let mut us = ue;
        while us > 0
            && ue - us <= 64
            && (b[us - 1].is_ascii_alphanumeric()
                || matches!(b[us - 1], b'.' | b'_' | b'-' | b'@' | b'+'))
        {
            us -= 1;
        }
        if ue - us < 2 || (us > 0 && !matches!(b[us - 1], b' ' | b'\t' | b'\n' | b':' | b'(')) {
            continue;
        }
        let user = &b[us..ue];
        let email = user.contains(&b'@') && user.contains(&b'.');
        let username = user.iter().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
        });
        if !email && !username {
            continue;
        }
        // The password: the word after the slash.
        let s = crate::value::skip_spaces(b, at + 3);
        let lim = (s + 64).min(b.len());
        let e = s + b[s..lim]
            .iter()
            .take_while(|c| !c.is_ascii_whitespace())
            .count();
        let e = crate::value::floor_boundary(b, e);
        let Some(v) = text.get(s..e) else {
            continue;
        };
        let v = v.trim_end_matches([',', ';', ')']);
        if v.contains('/') || !crate::context::password_word(v, false) {
            continue;
        }
        if !email {
            let lo = us.saturating_sub(120);
            let ls = memchr::memrchr(b'\n', &b[lo..us]).map_or(lo, |p| lo + p + 1);
            let line = b[ls..ue].to_ascii_lowercase();
            if !LOGIN_CUES
                .iter()
                .any(|c| memchr::memmem::find(&line, c).is_some())
            {
                continue;
            }
        }
        out.push(crate::Finding {
            kind: crate::Kind::Password,
            start: s,
            end: s + v.len(),
            confidence: crate::Confidence::Medium,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_login_written_user_slash_password() {
        assert_eq!(
            found("VPN creds from the customer: mbianchi / Tulip#4471x"),
            ["Tulip#4471x"]
        );
        assert_eq!(
            found("log in as ops@shop.example / Gr4nite!cove"),
            ["Gr4nite!cove"]
        );
    }

    #[test]
    fn other_things_set_apart_by_a_slash() {
        // Pages, currencies, names: no login, no password.
        assert!(found("see settings / developers for the keys").is_empty());
        assert!(found("rates eur / Usd2024! are off").is_empty());
    }

    #[test]
    fn a_login_joined_by_a_colon_after_a_credential_word() {
        assert_eq!(
            found("Basic auth: ops_bot:Vq7!rT2zLm"),
            ["ops_bot:Vq7!rT2zLm"]
        );
        assert_eq!(
            found("Credenziali API:\t\"svc_sync:Nebbia#214\""),
            ["svc_sync:Nebbia#214"]
        );
    }

    #[test]
    fn a_resource_or_a_url_after_the_word_is_none() {
        assert!(found("segreto cliente: vault:secret/app/prod").is_empty());
        assert!(found("Credenziali API: https://vault.example.org/ui").is_empty());
        assert!(found("Basic auth: user:password").is_empty());
    }
}
